// The decoder's fast paths against pngjs 7.0.0 (the oracle): rows equal to the row above (Up filter, all zero
// differences: copied rather than added), 8-bit RGB widened to RGBA in place with whole-pixel stores and repeated
// rows copied, and Adam7 interlaced images decoded natively pass by pass — each with every row filter in use.
import { deflateSync, inflateSync } from 'node:zlib'
import { PNG } from 'pngjs'
import { BufferArena } from '../../src/visual/arena.js'
import { decodePng, decodePngAsync, decodePngInto, pngChunk, PNG_SIGNATURE } from '../../src/visual/png.js'

/** One arena for every image of this file, as a worker keeps one for a whole suite. */
const arena = new BufferArena()

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
] as const

/** PNG's five row filters, applied to one row (`prev` null on a pass's first row). */
function filterRow(type: number, row: Uint8Array, prev: Uint8Array | null, bpp: number): number[] {
  const out = [type]
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0
    const b = prev ? prev[i]! : 0
    const c = prev && i >= bpp ? prev[i - bpp]! : 0
    let pred = 0
    if (type === 1) pred = a
    else if (type === 2) pred = b
    else if (type === 3) pred = (a + b) >> 1
    else if (type === 4) {
      const p = a + b - c
      const pa = Math.abs(p - a)
      const pb = Math.abs(p - b)
      const pc = Math.abs(p - c)
      pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
    }
    out.push((row[i]! - pred) & 255)
  }
  return out
}

/**
 * A screenshot-like 8- or 16-bit image: bands of identical rows (flat backgrounds) between rows of varied pixels,
 * encoded with the filter `filterOf(pass, row)` on each row, optionally Adam7-interlaced.
 */
function screenshotPng(
  width: number,
  height: number,
  colorType: number,
  bitDepth: 8 | 16,
  interlace: boolean,
  filterOf: (pass: number, row: number) => number
): Buffer {
  const ch = CHANNELS[colorType]!
  const bpp = (ch * bitDepth) / 8
  const sample = (x: number, y: number, c: number): number => {
    const band = Math.floor(y / 6)
    const v = band % 3 === 0 ? band * 40 + c * 17 : (x * 31 + y * 7 + c * 59 + x * y) % 256
    return bitDepth === 16 ? v * 257 + ((x + c) % 3) : v
  }
  const bytes: number[] = []
  const passes = interlace ? ADAM7 : [[0, 0, 1, 1] as const]
  passes.forEach(([x0, y0, dx, dy], pass) => {
    const xs: number[] = []
    for (let x = x0; x < width; x += dx) xs.push(x)
    if (xs.length === 0) return
    let prev: Uint8Array | null = null
    for (let y = y0, r = 0; y < height; y += dy, r++) {
      const row = new Uint8Array(xs.length * bpp)
      let i = 0
      for (const x of xs)
        for (let c = 0; c < ch; c++) {
          const v = sample(x, y, c)
          if (bitDepth === 16) {
            row[i++] = v >> 8
            row[i++] = v & 255
          } else row[i++] = v
        }
      bytes.push(...filterRow(filterOf(pass, r), row, prev, bpp))
      prev = row
    }
  })
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = bitDepth
  ihdr[9] = colorType
  ihdr[12] = interlace ? 1 : 0
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from(bytes))),
    pngChunk('IEND', new Uint8Array(0))
  ])
}

async function expectAsPngjs(bytes: Buffer): Promise<void> {
  const expected = PNG.sync.read(bytes)
  const sync = decodePng(bytes)
  const async_ = await decodePngAsync(bytes)
  const reused = decodePngInto(bytes, 50_000_000, n => arena.take('image', n))
  expect([sync.width, sync.height]).toEqual([expected.width, expected.height])
  expect(sync.data.equals(expected.data)).toBe(true)
  expect(async_.data.equals(expected.data)).toBe(true)
  expect(reused.data.equals(expected.data)).toBe(true)
}

const allUp = () => 2
const mixed = (pass: number, row: number) => (pass * 3 + row) % 5
const sizes: Array<[number, number]> = [
  [1, 1],
  [3, 2],
  [9, 13],
  [37, 29],
  [64, 40]
]

describe('decoding equals pngjs 7.0.0 on the fast paths', () => {
  for (const colorType of [2, 6, 0, 4])
    for (const interlace of [false, true])
      for (const [name, filterOf] of [
        ['Up on every row', allUp],
        ['all five filters', mixed]
      ] as const)
        it(`colour type ${colorType}${interlace ? ', interlaced' : ''}, ${name}`, async () => {
          for (const [w, h] of sizes)
            await expectAsPngjs(screenshotPng(w, h, colorType, 8, interlace, filterOf))
        })

  it('16-bit RGB and RGBA, interlaced and not, every filter', async () => {
    for (const colorType of [2, 6])
      for (const interlace of [false, true])
        for (const [w, h] of sizes) await expectAsPngjs(screenshotPng(w, h, colorType, 16, interlace, mixed))
  })

  it('pngjs-written RGB and RGBA with long runs of identical rows (what browsers write)', async () => {
    for (const colorType of [2, 6])
      for (const filterType of [2, -1]) {
        const png = new PNG({ width: 300, height: 200, colorType: colorType as 2 | 6, inputHasAlpha: true })
        for (let y = 0; y < 200; y++)
          for (let x = 0; x < 300; x++) {
            const i = (y * 300 + x) * 4
            const text = y % 40 > 30 && x > 20 && x < 280
            png.data[i] = text ? (x * y) % 256 : 250
            png.data[i + 1] = text ? (x + y) % 256 : 250
            png.data[i + 2] = text ? 40 : 252
            png.data[i + 3] = colorType === 6 && x < 5 ? 128 : 255
          }
        const bytes = PNG.sync.write(png, { colorType: colorType as 2 | 6, filterType })
        await expectAsPngjs(bytes)
      }
  })

  it('an interlaced image whose image data ends early is a clear error, not a wrong picture', () => {
    // The IDAT rebuilt from a complete zlib stream of too few bytes: the last pass's last rows are missing.
    const full = screenshotPng(37, 29, 2, 8, true, mixed)
    const idatAt = full.indexOf('IDAT', 0, 'latin1')
    const len = full.readUInt32BE(idatAt - 4)
    const inflated = inflateSync(full.subarray(idatAt + 4, idatAt + 4 + len))
    const short = Buffer.concat([
      full.subarray(0, idatAt - 4),
      pngChunk('IDAT', deflateSync(inflated.subarray(0, inflated.length - 40))),
      pngChunk('IEND', new Uint8Array(0))
    ])
    expect(() => decodePng(short)).toThrow(/truncated PNG/)
  })
})
