// Diff fingerprints on real PNG pairs (pixelmatch's own fixtures in ../shared/corpus/images): the same diff gives
// the same fingerprint whatever the file name or run, one pixel more or less gives another, and pixels that did
// not change (even if both images change them alike) play no part.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diffFingerprint, isFingerprint } from '../../src/visual/fingerprint.js'
import { DEFAULT_OPTIONS } from '../../src/visual/options.js'
import { comparePair } from '../../src/visual/pair.js'
import { decodePng, encodePng, type RgbaImage } from '../../src/visual/png.js'

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'images', 'pixelmatch')
const haveCorpus = existsSync(join(corpus, '1a.png'))
const itCorpus = haveCorpus ? it : it.skip
if (!haveCorpus) console.log('visual-fingerprint: ../shared/corpus absent, corpus tests skipped')
const read = (f: string) => readFileSync(join(corpus, f))

async function fingerprintOf(name: string, baseline: Buffer, current: Buffer, fingerprint = true) {
  const out = await comparePair({
    name,
    baseline,
    current,
    options: { ...DEFAULT_OPTIONS },
    wantDiff: false,
    fingerprint,
    maxPixels: 50_000_000
  })
  return out.result
}

/** A copy of `img` with pixel (x, y) set to `rgba`. */
function withPixel(img: RgbaImage, x: number, y: number, rgba: [number, number, number, number]): RgbaImage {
  const data = Buffer.from(img.data)
  data.set(rgba, (y * img.width + x) * 4)
  return { width: img.width, height: img.height, data }
}

/** The first pixel (row-major) of `img` equal in both images and whose 3×3 neighbourhood is equal too. */
function quietPixel(a: RgbaImage, b: RgbaImage, fromY = 0): [number, number] {
  for (let y = Math.max(1, fromY); y < a.height - 1; y++)
    for (let x = 1; x < a.width - 1; x++) {
      let same = true
      for (let dy = -1; dy <= 1 && same; dy++)
        for (let dx = -1; dx <= 1 && same; dx++) {
          const p = ((y + dy) * a.width + x + dx) * 4
          same = a.data.readUInt32LE(p) === b.data.readUInt32LE(p)
        }
      if (same) return [x, y]
    }
  throw new Error('no quiet pixel')
}

describe('diff fingerprints', () => {
  itCorpus('the same pair gives the same fingerprint, under any name and on every run', async () => {
    const first = await fingerprintOf('a.png', read('1a.png'), read('1b.png'))
    const again = await fingerprintOf('deep/other name.png', read('1a.png'), read('1b.png'))
    expect(first.status).toBe('changed')
    expect(isFingerprint(first.fingerprint)).toBe(true)
    expect(again.fingerprint).toBe(first.fingerprint)
    // Different pairs, different diffs.
    const other = await fingerprintOf('a.png', read('4a.png'), read('4b.png'))
    expect(other.status).toBe('changed')
    expect(other.fingerprint).not.toBe(first.fingerprint)
  })

  itCorpus(
    'one more changed pixel, or one changed pixel with another value, gives another fingerprint',
    async () => {
      const a = decodePng(read('1a.png'))
      const b = decodePng(read('1b.png'))
      const base = (await fingerprintOf('x.png', read('1a.png'), read('1b.png'))).fingerprint
      // A new changed pixel where both images agreed: black on the baseline's colour.
      const [x, y] = quietPixel(a, b)
      const oneMore = await fingerprintOf(
        'x.png',
        read('1a.png'),
        encodePng(withPixel(b, x, y, [0, 0, 0, 255]))
      )
      expect(oneMore.diffPixels).toBe(
        (await fingerprintOf('x.png', read('1a.png'), read('1b.png'))).diffPixels + 1
      )
      expect(oneMore.fingerprint).not.toBe(base)
      // The same new pixel in another colour: same mask, other values.
      const otherColour = await fingerprintOf(
        'x.png',
        read('1a.png'),
        encodePng(withPixel(b, x, y, [255, 0, 255, 255]))
      )
      expect(otherColour.diffPixels).toBe(oneMore.diffPixels)
      expect(otherColour.fingerprint).not.toBe(oneMore.fingerprint)
    }
  )

  itCorpus('pixels that did not change play no part, even when both images change them alike', async () => {
    const a = decodePng(read('1a.png'))
    const b = decodePng(read('1b.png'))
    const base = await fingerprintOf('x.png', read('1a.png'), read('1b.png'))
    const [x, y] = quietPixel(a, b)
    const same = await fingerprintOf(
      'x.png',
      encodePng(withPixel(a, x, y, [1, 2, 3, 255])),
      encodePng(withPixel(b, x, y, [1, 2, 3, 255]))
    )
    expect(same.diffPixels).toBe(base.diffPixels)
    expect(same.fingerprint).toBe(base.fingerprint)
  })

  it('hashes position, mask and values; not the image size', () => {
    const blank = (w: number, h: number): RgbaImage => ({
      width: w,
      height: h,
      data: Buffer.alloc(w * h * 4, 255)
    })
    const marksAt = (w: number, h: number, points: [number, number][]) => {
      const m = Buffer.alloc(w * h * 4)
      for (const [x, y] of points) m.writeUInt32LE(0xff0000ff, (y * w + x) * 4)
      return m
    }
    const pair = (w: number, h: number, points: [number, number][]) => {
      let b = blank(w, h)
      for (const [x, y] of points) b = withPixel(b, x, y, [0, 0, 0, 255])
      return diffFingerprint(blank(w, h), b, marksAt(w, h, points))
    }
    const here = pair(10, 10, [[2, 3]])
    expect(pair(10, 20, [[2, 3]])).toBe(here) // a taller page, the same change
    expect(pair(10, 10, [[3, 3]])).not.toBe(here) // moved by one pixel
    expect(
      pair(10, 10, [
        [2, 3],
        [4, 4]
      ])
    ).not.toBe(
      pair(10, 10, [
        [2, 3],
        [4, 5]
      ])
    )
    expect(() => diffFingerprint(blank(2, 2), blank(3, 2), Buffer.alloc(16))).toThrow(/same size/)
  })

  itCorpus(
    'unchanged images and callers that do not ask get no fingerprint; a size change gets one',
    async () => {
      expect((await fingerprintOf('x.png', read('1a.png'), read('1a.png'))).fingerprint).toBeUndefined()
      expect(
        (await fingerprintOf('x.png', read('1a.png'), read('1b.png'), false)).fingerprint
      ).toBeUndefined()
      const a = decodePng(read('1a.png'))
      const taller = encodePng({
        width: a.width,
        height: a.height + 1,
        data: Buffer.concat([a.data, Buffer.alloc(a.width * 4, 255)])
      })
      const sized = await fingerprintOf('x.png', read('1a.png'), taller)
      expect(sized.status).toBe('size-changed')
      expect(isFingerprint(sized.fingerprint)).toBe(true)
      expect((await fingerprintOf('y.png', read('1a.png'), taller)).fingerprint).toBe(sized.fingerprint)
    }
  )
})
