// The fast paths of the pixel comparison and of the decoder, each proved against the plain libraries:
// markDiff skips identical rows and runs pixelmatch slice by slice (bands of differing rows, slices of
// SLICE_ROWS rows with an AA apron), so its count, marks and box must equal one whole-image pixelmatch call —
// on the corpus pairs and on generated differences placed on band and slice edges, with anti-aliasing there.
// The decoder's in-place paths (8-bit RGB widened in place, 8-bit RGBA compacted in place) must equal pngjs.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { differingBands, drawDiff, markDiff } from '../../src/visual/diff.js'
import { diffFingerprint } from '../../src/visual/fingerprint.js'
import type { Region } from '../../src/visual/model.js'
import { decodePng, decodePngAsync, encodePng, encodePngAsync, type RgbaImage } from '../../src/visual/png.js'

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'images')
const haveCorpus = existsSync(join(corpus, 'pixelmatch', 'expected.json'))
const itCorpus = haveCorpus ? it : it.skip

/** pixelmatch on the whole image, as the engine did before slicing: count, marks, box. */
function reference(a: RgbaImage, b: RgbaImage, threshold: number, includeAA: boolean) {
  const marks = Buffer.alloc(a.width * a.height * 4)
  const diffPixels = pixelmatch(a.data, b.data, marks, a.width, a.height, {
    threshold,
    includeAA,
    diffMask: true
  })
  let minX = Infinity
  let minY = Infinity
  let maxX = -1
  let maxY = -1
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++)
      if (marks[(y * a.width + x) * 4 + 3] !== 0) {
        minX = Math.min(minX, x)
        maxX = Math.max(maxX, x)
        minY = Math.min(minY, y)
        maxY = Math.max(maxY, y)
      }
  const box = maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 }
  return { diffPixels, marks, box }
}

function expectSame(a: RgbaImage, b: RgbaImage, threshold = 0.1, includeAA = false): number {
  const want = reference(a, b, threshold, includeAA)
  const got = markDiff(a, b, threshold, includeAA)
  expect(got.diffPixels).toBe(want.diffPixels)
  expect(got.box).toEqual(want.box)
  expect(got.marks.equals(want.marks)).toBe(true)
  return want.diffPixels
}

function image(width: number, height: number, px: (x: number, y: number) => number[]): RgbaImage {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(px(x, y), (y * width + x) * 4)
  return { width, height, data }
}

/** A page-like image: white, with dark "text" strokes whose edges are anti-aliased greys. */
function page(width: number, height: number, seed: number): RgbaImage {
  return image(width, height, (x, y) => {
    const h = Math.imul((x * 73856093) ^ (y * 19349663) ^ seed, 2654435761) >>> 24
    const stroke = (y % 11 < 2 || x % 17 === 3) && h > 90
    const edge = (y % 11 === 2 || x % 17 === 4) && h > 160
    const v = stroke ? 20 : edge ? 140 : 255
    return [v, v, v, 255]
  })
}

function copy(img: RgbaImage): RgbaImage {
  return { width: img.width, height: img.height, data: Buffer.from(img.data) }
}

function paint(img: RgbaImage, x0: number, y0: number, w: number, h: number, rgba: number[]): void {
  for (let y = y0; y < Math.min(img.height, y0 + h); y++)
    for (let x = x0; x < Math.min(img.width, x0 + w); x++) img.data.set(rgba, (y * img.width + x) * 4)
}

describe('differingBands', () => {
  it('finds the differing rows, joining runs separated by at most 4 identical rows', () => {
    const a = page(20, 60, 1)
    const b = copy(a)
    for (const y of [3, 5, 9, 20, 21, 59]) paint(b, 7, y, 1, 1, [255, 0, 0, 255])
    // 3 and 5: 1 row apart → one band; 9: 3 rows after 5 → same band; 20: 10 rows after → new band.
    expect(differingBands(a, b)).toEqual([
      [3, 9],
      [20, 21],
      [59, 59]
    ])
    expect(differingBands(a, copy(a))).toEqual([])
  })
})

describe('markDiff equals one whole-image pixelmatch call', () => {
  itCorpus('on every pixelmatch corpus pair, at each option set of the oracle', () => {
    const cases = JSON.parse(readFileSync(join(corpus, 'pixelmatch', 'expected.json'), 'utf8'))
      .cases as Array<{
      img1: string
      img2: string
      options: { threshold?: number; includeAA?: boolean }
      expected_mismatch: number
    }>
    const read = (f: string) => decodePng(readFileSync(join(corpus, 'pixelmatch', f)))
    let checked = 0
    for (const c of cases) {
      const a = read(c.img1)
      const b = read(c.img2)
      if (a.width !== b.width || a.height !== b.height) continue
      const n = expectSame(a, b, c.options.threshold ?? 0.1, c.options.includeAA ?? false)
      expect(n).toBe(c.expected_mismatch)
      checked++
    }
    expect(checked).toBeGreaterThan(8)
  })

  itCorpus('on the Playwright pairs (real browser renderings) at 0.1 and 0.2, AA on and off', () => {
    const dir = join(corpus, 'playwright')
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      fixtures: Array<{ actual: string; expected: string }>
    }
    const pairs = manifest.fixtures.map(f => [join(dir, f.expected), join(dir, f.actual)] as const)
    expect(pairs).toHaveLength(21)
    let checked = 0
    for (const [p1, p2] of pairs) {
      const a = decodePng(readFileSync(p1))
      const b = decodePng(readFileSync(p2))
      if (a.width !== b.width || a.height !== b.height) continue
      for (const t of [0.1, 0.2]) for (const aa of [false, true]) expectSame(a, b, t, aa)
      checked++
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('differences on slice edges (rows 127/128, 255/256) and band edges, with anti-aliased strokes there', () => {
    const a = page(64, 400, 7)
    // Every row differs slightly (a background shift below the threshold), so the whole image is one band cut
    // into 128-row slices; real differences sit on the slice boundaries and next to them.
    const b = image(64, 400, (x, y) => {
      const i = (y * 64 + x) * 4
      const v = a.data[i]!
      return [v === 255 ? 250 : v, v === 255 ? 250 : v, v === 255 ? 250 : v, 255]
    })
    for (const y of [0, 1, 126, 127, 128, 129, 254, 255, 256, 257, 398, 399])
      paint(b, 10 + (y % 40), y, 3, 1, [0, 0, 0, 255])
    // a thin dark line crossing a slice boundary: AA-like greys around it in one image only
    paint(b, 30, 120, 1, 16, [30, 30, 30, 255])
    paint(b, 29, 120, 1, 16, [150, 150, 150, 255])
    paint(b, 31, 120, 1, 16, [150, 150, 150, 255])
    for (const aa of [false, true]) for (const t of [0, 0.05, 0.1]) expectSame(a, b, t, aa)
  })

  it('separate bands with AA at their edges, and images smaller than the apron', () => {
    const a = page(50, 300, 3)
    const b = copy(a)
    paint(b, 5, 40, 6, 2, [0, 0, 0, 255])
    paint(b, 4, 39, 8, 1, [128, 128, 128, 255]) // grey fringe: anti-aliasing candidates on the band's first row
    paint(b, 20, 47, 2, 1, [0, 0, 0, 255]) // 5 identical rows after the first band: its own band
    paint(b, 0, 299, 50, 1, [255, 0, 0, 255]) // last row
    expect(differingBands(a, b).length).toBeGreaterThanOrEqual(3)
    for (const aa of [false, true]) expectSame(a, b, 0.1, aa)
    const tinyA = page(3, 2, 5)
    const tinyB = copy(tinyA)
    paint(tinyB, 1, 1, 1, 1, [255, 0, 0, 255])
    expect(expectSame(tinyA, tinyB)).toBeGreaterThan(0)
    expect(markDiff(tinyA, copy(tinyA), 0.1, false)).toMatchObject({ diffPixels: 0, box: null })
  })
})

describe('the decoder’s in-place paths equal pngjs', () => {
  it('8-bit RGB (widened in place) and RGBA (compacted in place), every filter, sync and async', async () => {
    for (const colorType of [2, 6] as const) {
      const p = new PNG({ width: 37, height: 23, colorType, inputHasAlpha: true })
      for (let i = 0; i < p.data.length; i++) p.data[i] = (Math.imul(i, 2654435761) >>> 27) << 3
      for (let i = 3; i < p.data.length; i += 4) p.data[i] = colorType === 2 ? 255 : p.data[i]!
      for (const filterType of [0, 1, 2, 3, 4, -1]) {
        const bytes = PNG.sync.write(p, { colorType, filterType, inputHasAlpha: true })
        expect(bytes[25]).toBe(colorType)
        const want = PNG.sync.read(bytes)
        for (const got of [decodePng(bytes), await decodePngAsync(bytes)]) {
          expect([got.width, got.height]).toEqual([37, 23])
          expect(got.data.equals(want.data)).toBe(true)
          expect(got.data.byteOffset % 4).toBe(0)
          expect(got.opaque === true).toBe(colorType === 2) // RGB without tRNS: opaque by construction
        }
      }
    }
  })
})

describe('drawDiff in slices, and drawn over the current image', () => {
  /** pixelmatch's whole-image drawing, cut to `box`. */
  function wholeDrawing(
    a: RgbaImage,
    b: RgbaImage,
    box: Region,
    threshold: number,
    includeAA: boolean
  ): Buffer {
    const out = Buffer.alloc(a.width * a.height * 4)
    pixelmatch(a.data, b.data, out, a.width, a.height, { threshold, includeAA, alpha: 0.3 })
    const rows: Buffer[] = []
    for (let y = box.y; y < box.y + box.height; y++) {
      const s = (y * a.width + box.x) * 4
      rows.push(out.subarray(s, s + box.width * 4))
    }
    return Buffer.concat(rows)
  }

  it('equals one whole-image pixelmatch call, fresh or in place, on slice edges, wide and narrow boxes', () => {
    const a = page(64, 400, 11)
    const changed = copy(a)
    for (const y of [0, 126, 127, 128, 129, 130, 255, 256, 257, 383, 384, 399])
      paint(changed, 8 + (y % 30), y, 4, 1, [0, 0, 0, 255])
    paint(changed, 40, 120, 1, 20, [140, 140, 140, 255]) // a grey line across the first slice edge
    const boxes: Region[] = [
      { x: 0, y: 0, width: 64, height: 400 }, // whole image: 4 slices, the last of 16 rows
      { x: 2, y: 100, width: 60, height: 290 }, // wide: drawn on whole rows
      { x: 30, y: 0, width: 12, height: 400 }, // narrow: a cropped copy, still sliced
      { x: 5, y: 125, width: 20, height: 133 } // two slices: 128 rows and 9 (the crop is 137 rows)
    ]
    for (const box of boxes)
      for (const aa of [false, true]) {
        const want = wholeDrawing(a, changed, box, 0.1, aa)
        const fresh = drawDiff(a, changed, box, 0.1, aa, { alpha: 0.3 })
        expect(Buffer.from(fresh.data).equals(want)).toBe(true)
        const current = copy(changed)
        const inPlace = drawDiff(a, current, box, 0.1, aa, { alpha: 0.3 }, true)
        expect([inPlace.width, inPlace.height]).toEqual([box.width, box.height])
        expect(Buffer.from(inPlace.data).equals(want)).toBe(true)
      }
  })

  it('a wide box drawn in place writes into the current image’s memory, allocating no image-sized buffer', () => {
    const a = page(64, 300, 5)
    const b = copy(a)
    paint(b, 10, 150, 30, 3, [0, 0, 0, 255])
    const drawn = drawDiff(a, b, { x: 0, y: 0, width: 64, height: 300 }, 0.1, false, {}, true)
    expect(drawn.data.buffer).toBe(b.data.buffer)
  })
})

describe('markDiff’s marked rows', () => {
  it('hold every mark, in order; a fingerprint reading only them equals one reading every row', () => {
    const a = page(80, 700, 9)
    const b = copy(a)
    for (const [y, h] of [
      [3, 2],
      [200, 1],
      [300, 150],
      [690, 10]
    ])
      paint(b, 20, y!, 10, h!, [0, 0, 0, 255])
    const d = markDiff(a, b, 0.1, false)
    expect(d.markedRows.length).toBeGreaterThan(1)
    for (let i = 1; i < d.markedRows.length; i++)
      expect(d.markedRows[i]![0]).toBeGreaterThan(d.markedRows[i - 1]![1] + 1)
    const inRows = (y: number) => d.markedRows.some(([f, l]) => y >= f && y <= l)
    for (let y = 0; y < a.height; y++) {
      const row = d.marks.subarray(y * a.width * 4, (y + 1) * a.width * 4)
      if (!inRows(y)) expect(row.every(v => v === 0)).toBe(true)
    }
    const scanned = diffFingerprint(a, b, d.marks)
    expect(diffFingerprint(a, b, d.marks, undefined, d.box, d.markedRows)).toBe(scanned)
    expect(diffFingerprint(a, b, d.marks, undefined, undefined, d.markedRows)).toBe(scanned)
  })
})

describe('the streamed PNG encoder', () => {
  it('writes the same bytes as the one-shot encoder, over many blocks and in one', async () => {
    for (const [w, h] of [
      [300, 900],
      [3, 2],
      [70000, 2]
    ] as const) {
      const img = image(w, h, (x, y) => [(x * 7) & 255, (y * 13) & 255, (x ^ y) & 255, 255])
      const streamed = await encodePngAsync(img)
      expect(streamed.equals(encodePng(img))).toBe(true)
      expect(decodePng(streamed).data.equals(img.data)).toBe(true)
    }
  })
})

describe('translucent pixels (pixelmatch blends them on a checkerboard that follows the byte offset)', () => {
  it('markDiff and drawDiff equal one whole-image pixelmatch call: no slice or crop moves the offsets', () => {
    const a = page(90, 300, 13)
    const b = copy(a)
    // Alpha differing between the images around slice edges and inside a cropped box.
    for (let y = 0; y < 300; y++)
      for (let x = 0; x < 90; x++) if ((x + y) % 7 === 0) b.data[(y * 90 + x) * 4 + 3] = 40 + ((x * y) % 200)
    paint(b, 30, 126, 20, 6, [10, 200, 30, 120])
    for (const aa of [false, true]) {
      expectSame(a, b, 0.1, aa)
      const want = Buffer.alloc(90 * 300 * 4)
      pixelmatch(a.data, b.data, want, 90, 300, { threshold: 0.1, includeAA: aa, alpha: 0.3 })
      for (const box of [
        { x: 0, y: 0, width: 90, height: 300 },
        { x: 25, y: 120, width: 30, height: 20 }
      ]) {
        const rows: Buffer[] = []
        for (let y = box.y; y < box.y + box.height; y++)
          rows.push(want.subarray((y * 90 + box.x) * 4, (y * 90 + box.x + box.width) * 4))
        const drawn = drawDiff(a, copy(b), box, 0.1, aa, { alpha: 0.3 }, true)
        expect(Buffer.from(drawn.data).equals(Buffer.concat(rows))).toBe(true)
      }
    }
  })
})
