// The fingerprint format is stable: approvals recorded earlier name diffs by these values, so a faster
// implementation must hash exactly the same bytes. The values below were computed by the first (v1) implementation
// on fixed pseudo-random inputs; a caller-given bounding box gives the same value as scanning the marks for it.
import { diffFingerprint, type FingerprintSizes } from '../../src/visual/fingerprint.js'
import type { Region } from '../../src/visual/model.js'
import type { RgbaImage } from '../../src/visual/png.js'

type Case = [RgbaImage, RgbaImage, Buffer, FingerprintSizes | undefined]

function cases(): Case[] {
  const out: Case[] = []
  let seed = 7
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24)
  const shapes: Array<[number, number, number, boolean]> = [
    [37, 23, 0.3, false],
    [64, 40, 1, false],
    [50, 30, 0.02, true],
    [9, 5, 0, false],
    [300, 120, 0.7, false]
  ]
  for (const [w, h, density, sized] of shapes) {
    const a = { width: w, height: h, data: Buffer.alloc(w * h * 4) }
    const b = { width: w, height: h, data: Buffer.alloc(w * h * 4) }
    const m = Buffer.alloc(w * h * 4)
    for (let i = 0; i < w * h * 4; i++) {
      a.data[i] = (rnd() * 256) | 0
      b.data[i] = (rnd() * 256) | 0
    }
    for (let i = 0; i < w * h; i++)
      if (rnd() < density && i % w > 2) {
        m[i * 4] = 255
        m[i * 4 + 3] = 255
      }
    const sizes = sized
      ? { baseline: { width: w + 3, height: h }, current: { width: w, height: h + 1 } }
      : undefined
    out.push([a, b, m, sizes])
  }
  return out
}

/** The marks' bounding box, by a plain scan (null when nothing is marked). */
function boxOf(m: Buffer, w: number, h: number): Region | null {
  let x0 = w
  let y0 = h
  let x1 = -1
  let y1 = -1
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (m[(y * w + x) * 4 + 3] !== 0) {
        x0 = Math.min(x0, x)
        x1 = Math.max(x1, x)
        y0 = Math.min(y0, y)
        y1 = Math.max(y1, y)
      }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 }
}

const V1 = [
  'v1.39e3c80d957bdaf83542ab7bfc880d89',
  'v1.f07cadf786f46342233866f77ec4a8cc',
  'v1.942bbcfab5b3df855f751af4716f6794',
  'v1.73a1594b4cd2832099a48c71d2443ffa',
  'v1.2c3d3f00a3be73ea3745f131baed4432'
]

describe('diff fingerprints keep their v1 values', () => {
  it('the same values as the first implementation on fixed inputs', () => {
    expect(cases().map(c => diffFingerprint(...c))).toEqual(V1)
  })

  it('given the rows that hold marks (as markDiff knows them, with gaps), the values are still v1', () => {
    const withRows = cases().map(([a, b, m, s]) => {
      const rows: Array<[number, number]> = []
      for (let y = 0; y < a.height; y++) {
        const marked = m.subarray(y * a.width * 4, (y + 1) * a.width * 4).some(v => v !== 0)
        const last = rows[rows.length - 1]
        if (!marked) continue
        if (last && last[1] === y - 1) last[1] = y
        else rows.push([y, y])
      }
      return diffFingerprint(a, b, m, s, boxOf(m, a.width, a.height), rows)
    })
    expect(withRows).toEqual(V1)
  })

  it('a given bounding box (as markDiff knows it) gives the same values as scanning for it', () => {
    const withBox = cases().map(([a, b, m, s]) => diffFingerprint(a, b, m, s, boxOf(m, a.width, a.height)))
    expect(withBox).toEqual(V1)
    // the case with nothing marked: a null box is "no change", as a scan finds
    expect(withBox[3]).toBe(diffFingerprint(...cases()[3]!))
  })
})
