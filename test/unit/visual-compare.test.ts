// The compare engine against the corpus oracles (pixelmatch 7.2.0's own test fixtures, Playwright's labelled
// pairs), options per glob, size changes and the byte-identical / decoded-equal shortcuts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { compareSuites } from '../../src/visual/compare.js'
import { drawDiff, markDiff, type DrawStyle } from '../../src/visual/diff.js'
import { DEFAULT_OPTIONS, optionsResolver, type CompareOptions } from '../../src/visual/options.js'
import { comparePair } from '../../src/visual/pair.js'
import { decodePng, decodePngAsync, encodePng, type RgbaImage } from '../../src/visual/png.js'

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'images')
const haveCorpus = existsSync(join(corpus, 'pixelmatch', 'expected.json'))
const itCorpus = haveCorpus ? it : it.skip
if (!haveCorpus) console.log('visual-compare: ../shared/corpus absent, corpus tests skipped')

interface OracleCase {
  id: string
  img1: string
  img2: string
  width: number
  height: number
  options: Record<string, unknown>
  expected_mismatch: number
  expected_diff_image: string
}

function solid(width: number, height: number, rgba: [number, number, number, number]): RgbaImage {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i)
  return { width, height, data }
}

function options(o: Partial<CompareOptions> = {}): CompareOptions {
  return { ...DEFAULT_OPTIONS, ...o }
}

async function pair(a: Buffer, b: Buffer, o: Partial<CompareOptions> = {}, mask?: Buffer) {
  return comparePair({
    name: 'x.png',
    baseline: a,
    current: b,
    options: options(o),
    mask: mask ?? null,
    wantDiff: true,
    maxPixels: 50_000_000
  })
}

describe('pixelmatch 7.2.0 oracle (../shared/corpus/images/pixelmatch/expected.json)', () => {
  const cases: OracleCase[] = haveCorpus
    ? JSON.parse(readFileSync(join(corpus, 'pixelmatch', 'expected.json'), 'utf8')).cases
    : []
  const read = (f: string) => readFileSync(join(corpus, 'pixelmatch', f))

  itCorpus('the engine counts exactly pixelmatch’s number for every case', async () => {
    expect(cases).toHaveLength(12)
    for (const c of cases) {
      const o: Partial<CompareOptions> = { subtleThreshold: null }
      if (typeof c.options.threshold === 'number') o.threshold = c.options.threshold
      if (typeof c.options.includeAA === 'boolean') o.includeAA = c.options.includeAA
      const out = await pair(read(c.img1), read(c.img2), o)
      expect({ id: c.id, count: out.result.diffPixels }).toEqual({ id: c.id, count: c.expected_mismatch })
      expect(out.result.status).toBe(c.expected_mismatch > 0 ? 'changed' : 'unchanged')
    }
  })

  itCorpus('the diff images equal the oracle byte for byte (diffMask marks, and the drawn image)', () => {
    for (const c of cases) {
      const a = decodePng(read(c.img1))
      const b = decodePng(read(c.img2))
      const expected = decodePng(read(c.expected_diff_image))
      const threshold = (c.options.threshold as number | undefined) ?? 0.1
      const includeAA = c.options.includeAA === true
      let image: Buffer
      if (c.options.diffMask) {
        const d = markDiff(a, b, threshold, includeAA)
        expect(d.diffPixels).toBe(c.expected_mismatch)
        image = d.marks
      } else {
        const style: DrawStyle = {}
        for (const k of ['alpha', 'aaColor', 'diffColor', 'diffColorAlt'] as const)
          if (c.options[k] !== undefined) Object.assign(style, { [k]: c.options[k] })
        image = drawDiff(
          a,
          b,
          { x: 0, y: 0, width: a.width, height: a.height },
          threshold,
          includeAA,
          style
        ).data
      }
      expect({ id: c.id, equal: image.equals(expected.data) }).toEqual({ id: c.id, equal: true })
    }
  })

  itCorpus('includeAA and threshold pass through: 4a/4b gives 6889 / 252 / 10002', async () => {
    const [a, b] = [read('4a.png'), read('4b.png')]
    expect((await pair(a, b, { subtleThreshold: null })).result.diffPixels).toBe(6889)
    expect((await pair(a, b, { threshold: 0.2, subtleThreshold: null })).result.diffPixels).toBe(252)
    expect((await pair(a, b, { includeAA: true, subtleThreshold: null })).result.diffPixels).toBe(10002)
  })
})

describe("Playwright's should-match / should-fail pairs with the default options", () => {
  itCorpus('all 21 are classified right, and diffPixels stays pixelmatch’s count at 0.1', async () => {
    const m = JSON.parse(readFileSync(join(corpus, 'playwright', 'manifest.json'), 'utf8'))
    expect(m.fixtures).toHaveLength(21)
    const wrong: string[] = []
    for (const f of m.fixtures) {
      const expected = readFileSync(join(corpus, 'playwright', f.expected))
      const actual = readFileSync(join(corpus, 'playwright', f.actual))
      const out = await pair(expected, actual)
      const want = f.must_match ? 'unchanged' : 'changed'
      if (out.result.status !== want) wrong.push(`${f.id}: ${out.result.status}`)
      expect(out.result.diffPixels).toBe(f.pixelmatch_7_2_0_measured['threshold_0.1'])
    }
    expect(wrong).toEqual([])
  })

  itCorpus(
    'without the subtle pass, plain pixelmatch at 0.1 misses julia-ssim-trap (why the pass exists)',
    async () => {
      const dir = join(corpus, 'playwright', 'should-fail', 'julia-ssim-trap')
      const [e, a] = [readFileSync(join(dir, '1-expected.png')), readFileSync(join(dir, '1-actual.png'))]
      expect((await pair(e, a, { subtleThreshold: null })).result.status).toBe('unchanged')
      const on = await pair(e, a)
      expect(on.result).toMatchObject({ status: 'changed', diffPixels: 0, subtlePixels: 400 })
      expect(on.diffPng).toBeDefined()
    }
  )
})

describe('options per image or glob', () => {
  it('later matching overrides win field by field; unknown keys and bad values are refused', () => {
    const r = optionsResolver({
      threshold: 0.05,
      overrides: [
        { match: 'mobile/**', maxDiffPixels: 10 },
        { match: ['mobile/home.png'], threshold: 0.3 }
      ]
    })
    expect(r('desktop/a.png')).toMatchObject({ threshold: 0.05, maxDiffPixels: null })
    expect(r('mobile/a.png')).toMatchObject({ threshold: 0.05, maxDiffPixels: 10 })
    expect(r('mobile/home.png')).toMatchObject({ threshold: 0.3, maxDiffPixels: 10 })
    expect(() => optionsResolver({ threshhold: 0.1 } as never)).toThrow('unknown option "threshhold"')
    expect(() => optionsResolver({ threshold: 2 })).toThrow('threshold must be a number from 0 to 1')
    expect(() => optionsResolver({ maxDiffPixels: -1 })).toThrow('maxDiffPixels')
    expect(() => optionsResolver({ overrides: [{ match: '' }] })).toThrow('match must be a glob')
  })

  it('maxDiffPixels / maxDiffRatio allow a budget; ignore regions and masks remove areas', async () => {
    const a = solid(100, 50, [255, 255, 255, 255])
    const b = solid(100, 50, [255, 255, 255, 255])
    for (let y = 10; y < 20; y++) for (let x = 10; x < 20; x++) b.data.set([0, 0, 0, 255], (y * 100 + x) * 4)
    const [pa, pb] = [encodePng(a), encodePng(b)]
    expect((await pair(pa, pb)).result).toMatchObject({
      status: 'changed',
      diffPixels: 100,
      allowedPixels: 0
    })
    expect((await pair(pa, pb, { maxDiffPixels: 100 })).result.status).toBe('unchanged')
    expect((await pair(pa, pb, { maxDiffPixels: 99 })).result.status).toBe('changed')
    // 2% of 5000 px = 100 allowed; with both limits the smaller wins.
    expect((await pair(pa, pb, { maxDiffRatio: 0.02 })).result.status).toBe('unchanged')
    expect((await pair(pa, pb, { maxDiffRatio: 0.02, maxDiffPixels: 50 })).result.allowedPixels).toBe(50)
    const half = await pair(pa, pb, { ignore: [{ x: 0, y: 0, width: 15, height: 50 }] })
    expect(half.result).toMatchObject({ status: 'changed', diffPixels: 50 })
    expect((await pair(pa, pb, { ignore: [{ x: 10, y: 10, width: 10, height: 10 }] })).result.status).toBe(
      'unchanged'
    )
    // A mask: its non-transparent pixels are ignored.
    const mask = solid(100, 50, [0, 0, 0, 0])
    for (let y = 0; y < 50; y++)
      for (let x = 0; x < 100; x++) if (y >= 15) mask.data[(y * 100 + x) * 4 + 3] = 255
    const masked = await pair(pa, pb, { mask: 'm.png' }, encodePng(mask))
    expect(masked.result).toMatchObject({ status: 'changed', diffPixels: 50 })
    const wrongSize = await pair(pa, pb, { mask: 'm.png' }, encodePng(solid(3, 3, [0, 0, 0, 255])))
    expect(wrongSize.result.status).toBe('error')
    expect(wrongSize.result.message).toContain('mask m.png is 3×3, the image 100×50')
  })

  it('a suite applies the glob’s options to the matching images only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visual-glob-'))
    try {
      for (const side of ['base', 'cur']) mkdirSync(join(dir, side, 'mobile'), { recursive: true })
      const a = encodePng(solid(20, 20, [255, 255, 255, 255]))
      const b = solid(20, 20, [255, 255, 255, 255])
      b.data.set([0, 0, 0, 255], 0)
      for (const n of ['desk.png', 'mobile/m.png']) {
        writeFileSync(join(dir, 'base', n), a)
        writeFileSync(join(dir, 'cur', n), encodePng(b))
      }
      const r = await compareSuites({
        baselineDir: join(dir, 'base'),
        currentDir: join(dir, 'cur'),
        options: { overrides: [{ match: 'mobile/**', maxDiffPixels: 1 }] },
        poolSize: 0
      })
      expect(r.images.map(i => [i.name, i.status, i.diffPixels])).toEqual([
        ['desk.png', 'changed', 1],
        ['mobile/m.png', 'unchanged', 1]
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('size changes never pass silently', () => {
  it('diffs the overlap, counts the extra area and reports W×H → W′×H′', async () => {
    const a = solid(10, 10, [255, 255, 255, 255])
    const b = solid(12, 10, [255, 255, 255, 255])
    const out = await pair(encodePng(a), encodePng(b), { maxDiffPixels: 1000 })
    expect(out.result).toMatchObject({
      status: 'size-changed',
      diffPixels: 20,
      width: 12,
      height: 10,
      baselineWidth: 10,
      baselineHeight: 10,
      message: 'size changed: 10×10 → 12×10'
    })
    expect(out.diffPng).toBeDefined()
    // overlap changes are counted too: a black pixel in the overlap, and a taller, narrower image
    const c = solid(8, 14, [255, 255, 255, 255])
    c.data.set([0, 0, 0, 255], 0)
    const out2 = await pair(encodePng(a), encodePng(c))
    // canvas 10×14 = 140, overlap 8×10 = 80 → 60 extra, plus 1 in the overlap
    expect(out2.result).toMatchObject({ status: 'size-changed', diffPixels: 61 })
  })
})

describe('the cheap paths', () => {
  function suiteDir(): { dir: string; base: string; cur: string } {
    const dir = mkdtempSync(join(tmpdir(), 'visual-fast-'))
    const base = join(dir, 'base')
    const cur = join(dir, 'cur')
    mkdirSync(base)
    mkdirSync(cur)
    return { dir, base, cur }
  }

  it('byte-identical files are unchanged without decoding; only differing pairs are decoded', async () => {
    const { dir, base, cur } = suiteDir()
    try {
      const img = encodePng(solid(30, 30, [10, 20, 30, 255]))
      for (let i = 0; i < 5; i++) {
        writeFileSync(join(base, `same${i}.png`), img)
        writeFileSync(join(cur, `same${i}.png`), img)
      }
      writeFileSync(join(base, 'diff.png'), img)
      writeFileSync(join(cur, 'diff.png'), encodePng(solid(30, 30, [200, 20, 30, 255])))
      let decodes = 0
      const r = await compareSuites({
        baselineDir: base,
        currentDir: cur,
        diffDir: join(dir, 'diff'),
        decoder: (bytes, max) => {
          decodes++
          return decodePngAsync(bytes, max)
        }
      })
      expect(decodes).toBe(2)
      expect(r.stats).toMatchObject({ byteIdentical: 5, diffed: 1, decodedEqual: 0 })
      expect(r.images.find(i => i.name === 'diff.png')).toMatchObject({
        status: 'changed',
        diffPixels: 900,
        diffImage: 'diff.png'
      })
      // diff PNGs only for changed images
      expect(existsSync(join(dir, 'diff', 'diff.png'))).toBe(true)
      expect(existsSync(join(dir, 'diff', 'same0.png'))).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('equal pixels in different encodings skip the pixel loop', async () => {
    const { dir, base, cur } = suiteDir()
    try {
      const img = solid(16, 16, [1, 2, 3, 255])
      writeFileSync(join(base, 'a.png'), encodePng(img))
      const p = new PNG({ width: 16, height: 16 })
      img.data.copy(p.data)
      writeFileSync(join(cur, 'a.png'), PNG.sync.write(p)) // pngjs encodes differently
      const r = await compareSuites({ baselineDir: base, currentDir: cur, poolSize: 0 })
      expect(r.stats).toMatchObject({ byteIdentical: 0, decodedEqual: 1, diffed: 0 })
      expect(r.images[0]).toMatchObject({ status: 'unchanged', width: 16, height: 16 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the diff PNG is cropped to the changed box plus a margin and decodes to pixelmatch’s drawing', async () => {
    const a = solid(400, 300, [240, 240, 240, 255])
    const b = solid(400, 300, [240, 240, 240, 255])
    for (let y = 100; y < 110; y++)
      for (let x = 200; x < 230; x++) b.data.set([0, 0, 255, 255], (y * 400 + x) * 4)
    const out = await pair(encodePng(a), encodePng(b))
    expect(out.result.changedBox).toEqual({ x: 200, y: 100, width: 30, height: 10 })
    const diff = decodePng(out.diffPng!)
    expect([diff.width, diff.height]).toEqual([30 + 32, 10 + 32])
    // the same crop of pixelmatch's own full output
    const full = Buffer.alloc(400 * 300 * 4)
    pixelmatch(a.data, b.data, full, 400, 300, { threshold: 0.1 })
    const crop = Buffer.alloc(diff.data.length)
    for (let y = 0; y < diff.height; y++)
      full.copy(crop, y * 62 * 4, ((84 + y) * 400 + 184) * 4, ((84 + y) * 400 + 246) * 4)
    expect(diff.data.equals(crop)).toBe(true)
  })
})
