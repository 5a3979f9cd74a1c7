// Bad and unusual input for the compare engine: every PNG flavour decodes exactly as pngjs decodes it (or is a
// clear per-image error), hostile files and names are per-image errors, and the rest of the suite is compared.
import { deflateSync } from 'node:zlib'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { compareSuites } from '../../src/visual/compare.js'
import {
  decodePng,
  decodePngAsync,
  encodePng,
  pngChunk,
  PNG_SIGNATURE,
  readPngHeader
} from '../../src/visual/png.js'

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'images', 'odiff', 'test', 'png')
const itCorpus = existsSync(corpus) ? it : it.skip

interface RawPng {
  width: number
  height: number
  bitDepth: number
  colorType: number
  /** sample value of pixel (x, y), channel c */
  sample: (x: number, y: number, c: number) => number
  palette?: number[]
  trns?: number[]
  interlace?: boolean
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }
// Adam7: [x0, y0, dx, dy] per pass
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
] as const

/** Writes any PNG flavour, unfiltered (filter 0), optionally Adam7-interlaced. */
function buildPng(p: RawPng): Buffer {
  const ch = CHANNELS[p.colorType]!
  const rows: number[] = []
  const emit = (xs: number[], y: number) => {
    rows.push(0)
    let acc = 0
    let bits = 0
    for (const x of xs)
      for (let c = 0; c < ch; c++) {
        const v = p.sample(x, y, c)
        if (p.bitDepth === 16) rows.push(v >> 8, v & 255)
        else if (p.bitDepth === 8) rows.push(v)
        else {
          acc = (acc << p.bitDepth) | v
          bits += p.bitDepth
          if (bits === 8) {
            rows.push(acc)
            acc = 0
            bits = 0
          }
        }
      }
    if (bits > 0) rows.push(acc << (8 - bits))
  }
  const passes = p.interlace ? ADAM7 : [[0, 0, 1, 1] as const]
  for (const [x0, y0, dx, dy] of passes) {
    const xs: number[] = []
    for (let x = x0; x < p.width; x += dx) xs.push(x)
    if (xs.length === 0) continue
    for (let y = y0; y < p.height; y += dy) emit(xs, y)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(p.width, 0)
  ihdr.writeUInt32BE(p.height, 4)
  ihdr[8] = p.bitDepth
  ihdr[9] = p.colorType
  ihdr[12] = p.interlace ? 1 : 0
  const chunks = [PNG_SIGNATURE, pngChunk('IHDR', ihdr)]
  if (p.palette) chunks.push(pngChunk('PLTE', Uint8Array.from(p.palette)))
  if (p.trns) chunks.push(pngChunk('tRNS', Uint8Array.from(p.trns)))
  chunks.push(pngChunk('IDAT', deflateSync(Buffer.from(rows))), pngChunk('IEND', new Uint8Array(0)))
  return Buffer.concat(chunks)
}

const seeded = (x: number, y: number, c: number, max: number) =>
  ((x * 7 + y * 13 + c * 29 + x * y) % (max + 1)) >>> 0

describe('PNG flavours decode exactly as pngjs 7.0.0 decodes them', () => {
  const flavours: Array<[string, RawPng]> = []
  for (const interlace of [false, true]) {
    const tag = interlace ? ' interlaced' : ''
    for (const bitDepth of [1, 2, 4, 8, 16])
      flavours.push([
        `grey ${bitDepth}-bit${tag}`,
        {
          width: 13,
          height: 9,
          bitDepth,
          colorType: 0,
          interlace,
          sample: (x, y, c) => seeded(x, y, c, (1 << bitDepth) - 1)
        }
      ])
    flavours.push([
      `grey 8-bit with tRNS${tag}`,
      {
        width: 7,
        height: 5,
        bitDepth: 8,
        colorType: 0,
        interlace,
        trns: [0, 3],
        sample: (x, y) => (x + y) % 5
      }
    ])
    for (const bitDepth of [8, 16]) {
      flavours.push([
        `grey+alpha ${bitDepth}-bit${tag}`,
        {
          width: 11,
          height: 6,
          bitDepth,
          colorType: 4,
          interlace,
          sample: (x, y, c) => seeded(x, y, c, (1 << bitDepth) - 1)
        }
      ])
      flavours.push([
        `RGB ${bitDepth}-bit${tag}`,
        {
          width: 10,
          height: 10,
          bitDepth,
          colorType: 2,
          interlace,
          sample: (x, y, c) => seeded(x, y, c, (1 << bitDepth) - 1)
        }
      ])
      flavours.push([
        `RGBA ${bitDepth}-bit${tag}`,
        {
          width: 9,
          height: 17,
          bitDepth,
          colorType: 6,
          interlace,
          sample: (x, y, c) => seeded(x, y, c, (1 << bitDepth) - 1)
        }
      ])
    }
    flavours.push([
      `RGB 8-bit with tRNS${tag}`,
      {
        width: 6,
        height: 6,
        bitDepth: 8,
        colorType: 2,
        interlace,
        trns: [0, 1, 0, 2, 0, 3],
        sample: (x, y, c) => ((x + y) % 2 === 0 ? c + 1 : 9)
      }
    ])
    for (const bitDepth of [1, 2, 4, 8]) {
      const n = Math.min(1 << bitDepth, 16)
      const palette = Array.from({ length: n * 3 }, (_, i) => (i * 37) % 256)
      flavours.push([
        `palette ${bitDepth}-bit + tRNS${tag}`,
        {
          width: 15,
          height: 7,
          bitDepth,
          colorType: 3,
          interlace,
          palette,
          trns: [0, 128],
          sample: (x, y) => (x + 2 * y) % n
        }
      ])
    }
  }

  it.each(flavours)('%s', async (_name, raw) => {
    const bytes = buildPng(raw)
    const ref = PNG.sync.read(bytes)
    const ours = decodePng(bytes)
    expect([ours.width, ours.height]).toEqual([raw.width, raw.height])
    expect(ours.data.equals(ref.data)).toBe(true)
    expect((await decodePngAsync(bytes)).data.equals(ref.data)).toBe(true)
  })

  it('every filter type (as pngjs writes them) round-trips', () => {
    const p = new PNG({ width: 37, height: 23 })
    for (let i = 0; i < p.data.length; i++) p.data[i] = (i * 31 + (i >> 7)) & 255
    for (const filterType of [0, 1, 2, 3, 4, -1]) {
      const bytes = PNG.sync.write(p, { filterType })
      expect(decodePng(bytes).data.equals(p.data)).toBe(true)
    }
  })
})

describe('hostile or broken files', () => {
  const good = encodePng({ width: 4, height: 4, data: Buffer.alloc(64, 200) })

  it('a header claiming 100000×100000 is refused from the header alone', () => {
    const big = Buffer.from(good)
    big.writeUInt32BE(100000, 16)
    big.writeUInt32BE(100000, 20)
    expect(() => readPngHeader(big)).toThrow('image too large: 100000×100000 is 10,000,000,000 pixels')
    expect(() => decodePng(big)).toThrow('image too large')
  })

  it('not a PNG, a truncated header, bad IHDR fields and cut image data each give a one-line reason', () => {
    expect(() => decodePng(Buffer.from('<html>not a png</html>'))).toThrow('not a PNG file')
    expect(() => decodePng(good.subarray(0, 20))).toThrow('truncated PNG: no complete IHDR chunk')
    const depth = Buffer.from(good)
    depth[24] = 3
    expect(() => decodePng(depth)).toThrow('bit depth 3 with colour type 6')
    const idatEnd = good.indexOf('IEND') - 4
    expect(() => decodePng(good.subarray(0, idatEnd - 6))).toThrow('truncated PNG: the image data ends early')
    const zeroSize = Buffer.from(good)
    zeroSize.writeUInt32BE(0, 16)
    expect(() => decodePng(zeroSize)).toThrow('invalid size 0×4')
  })

  itCorpus(
    'the corpus PNGs without IEND decode (their image data is complete) and equal pngjs on a repaired copy',
    () => {
      for (const f of ['orange_diff.png', 'orange_diff_green.png']) {
        const bytes = readFileSync(join(corpus, f))
        expect(bytes.includes('IEND')).toBe(false)
        expect(() => PNG.sync.read(bytes)).toThrow() // pngjs refuses it
        const repaired = Buffer.concat([bytes, pngChunk('IEND', new Uint8Array(0))])
        expect(decodePng(bytes).data.equals(PNG.sync.read(repaired).data)).toBe(true)
      }
    }
  )

  it('a suite with bad files, unsafe names and symlinks reports each as an error and compares the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visual-bad-'))
    try {
      const base = join(dir, 'base')
      const cur = join(dir, 'cur')
      mkdirSync(base)
      mkdirSync(cur)
      const changed = encodePng({ width: 4, height: 4, data: Buffer.alloc(64, 20) })
      const put = (name: string, a: Buffer, b: Buffer) => {
        writeFileSync(join(base, name), a)
        writeFileSync(join(cur, name), b)
      }
      put('ok.png', good, changed)
      put('html.png', good, Buffer.from('<!doctype html><p>oops</p>'))
      put('cut.png', good, changed.subarray(0, changed.length - 20))
      const huge = Buffer.from(good)
      huge.writeUInt32BE(100000, 16)
      huge.writeUInt32BE(100000, 20)
      put('huge.png', good, huge)
      writeFileSync(join(dir, 'secret.png'), good)
      writeFileSync(join(base, 'link.png'), good)
      symlinkSync(join(dir, 'secret.png'), join(cur, 'link.png'))
      symlinkSync(dir, join(cur, 'outside'))
      let decodes = 0
      const r = await compareSuites({
        baselineDir: base,
        currentDir: cur,
        names: ['ok.png', 'html.png', 'cut.png', 'huge.png', 'link.png', '../secret.png', 'a/../../x.png'],
        decoder: (b, m) => {
          decodes++
          return decodePngAsync(b, m)
        }
      })
      const by = Object.fromEntries(r.images.map(i => [i.name, `${i.status}: ${i.message ?? i.diffPixels}`]))
      expect(by).toEqual({
        'ok.png': 'changed: 16',
        'html.png': 'error: not a PNG file (no PNG signature)',
        'cut.png': 'error: current: truncated PNG: the image data ends early',
        'huge.png':
          'error: image too large: 100000×100000 is 10,000,000,000 pixels, over the limit of 50,000,000',
        'link.png': 'error: current: is a symbolic link (not followed)',
        '../secret.png': 'error: unsafe image name: ".." in the path',
        'a/../../x.png': 'error: unsafe image name: ".." in the path'
      })
      // ok.png and cut.png were decoded; the huge header was refused before its decoder ran
      expect(decodes).toBe(4)
      // Walking the directory never enters the symlinked folder either.
      const walked = await compareSuites({ baselineDir: base, currentDir: cur, poolSize: 0 })
      expect(walked.images.map(i => i.name)).toEqual([
        'cut.png',
        'html.png',
        'huge.png',
        'link.png',
        'ok.png',
        'outside'
      ])
      expect(walked.images.find(i => i.name === 'outside')).toMatchObject({
        status: 'error',
        message: 'current: is a symbolic link (not followed)'
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a missing directory is a UserError', async () => {
    await expect(
      compareSuites({ baselineDir: '/nonexistent/x', currentDir: '/nonexistent/y' })
    ).rejects.toThrow('baseline directory not found')
  })
})
