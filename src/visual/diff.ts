// The pixel comparison of one decoded pair: pure, no I/O.
//
// The count is pixelmatch 7.2.0's, called as is (never re-implemented): one pass with diffMask output gives the
// count and the changed bounding box in one go (with diffMask, pixelmatch only writes the counted pixels, so the
// pass costs little more than counting). The diff image shown to people is then drawn by pixelmatch for the
// shown box only: the box plus a 2-pixel apron (the reach of pixelmatch's anti-aliasing test) is cut from both
// images, so every pixel of the box is drawn exactly as in pixelmatch's full-image output (tested).
import pixelmatch from 'pixelmatch'
import type { Region } from './model.js'
import type { CompareOptions } from './options.js'
import type { RgbaImage } from './png.js'

/** How far pixelmatch looks around a pixel (its 3×3 test, on each neighbour's 3×3). */
const AA_REACH = 2
/** Solid-area rule of the subtle pass: a pixel belongs to an area if it lies in a fully marked 3×3 block. */
const AREA = 3

export interface PixelDiff {
  /** pixelmatch's return value. */
  diffPixels: number
  /** pixelmatch's diffMask output: counted pixels red, the rest transparent zeros. */
  marks: Buffer
  /** Bounding box of the counted pixels; null when none. */
  box: Region | null
}

/** One pixelmatch pass with diffMask output, and the counted pixels' bounding box read back from the marks. */
export function markDiff(a: RgbaImage, b: RgbaImage, threshold: number, includeAA: boolean): PixelDiff {
  const { width, height } = a
  const marks = Buffer.alloc(width * height * 4)
  const diffPixels = pixelmatch(a.data, b.data, marks, width, height, {
    threshold,
    includeAA,
    diffMask: true
  })
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = -1
  if (diffPixels > 0) {
    const m32 = new Uint32Array(marks.buffer, marks.byteOffset, width * height)
    for (let y = 0, i = 0; y < height; y++) {
      for (let x = 0; x < width; x++, i++) {
        if (m32[i] === 0) continue
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
    }
  }
  const box = maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 }
  return { diffPixels, marks, box }
}

/**
 * The subtle-colour pass's count: pixels marked at the strict threshold (AA excluded) that belong to a solid
 * marked 3×3 block — the morphological opening of the marks. Thin marks (anti-aliasing, isolated rendering
 * noise) vanish; flat areas whose colour shifted slightly remain. Bounded: 9 reads per pixel, twice.
 */
export function solidArea(
  marks: Buffer,
  width: number,
  height: number
): { pixels: number; box: Region | null } {
  if (width < AREA || height < AREA) return { pixels: 0, box: null }
  const m32 = new Uint32Array(marks.buffer, marks.byteOffset, width * height)
  const on = (x: number, y: number) => m32[y * width + x] !== 0
  // core[i] = 1 when the 3×3 block centred on i is entirely marked.
  const core = new Uint8Array(width * height)
  let anyCore = false
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      if (!on(x, y)) continue
      let all = true
      for (let dy = -1; dy <= 1 && all; dy++) for (let dx = -1; dx <= 1 && all; dx++) all = on(x + dx, y + dy)
      if (all) {
        core[y * width + x] = 1
        anyCore = true
      }
    }
  if (!anyCore) return { pixels: 0, box: null }
  let pixels = 0
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = -1
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let near = false
      for (let dy = -1; dy <= 1 && !near; dy++) {
        const yy = y + dy
        if (yy < 0 || yy >= height) continue
        for (let dx = -1; dx <= 1 && !near; dx++) {
          const xx = x + dx
          if (xx >= 0 && xx < width && core[yy * width + xx] === 1) near = true
        }
      }
      if (!near) continue
      pixels++
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
  return { pixels, box: { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 } }
}

/** Grows a box by `margin` on every side, clipped to the image. */
export function growBox(box: Region, margin: number, width: number, height: number): Region {
  const x = Math.max(0, box.x - margin)
  const y = Math.max(0, box.y - margin)
  return {
    x,
    y,
    width: Math.min(width, box.x + box.width + margin) - x,
    height: Math.min(height, box.y + box.height + margin) - y
  }
}

/** pixelmatch's drawing options (its defaults when absent). */
export interface DrawStyle {
  alpha?: number
  aaColor?: [number, number, number]
  diffColor?: [number, number, number]
  diffColorAlt?: [number, number, number]
}

/**
 * pixelmatch's diff image (without diffMask) for `box` only, byte-identical to that part of its full-image
 * output: pixelmatch runs on the box plus AA_REACH pixels around it (clipped to the image), then the apron is cut.
 */
export function drawDiff(
  a: RgbaImage,
  b: RgbaImage,
  box: Region,
  threshold: number,
  includeAA: boolean,
  style: DrawStyle = {}
): RgbaImage {
  const outer = growBox(box, AA_REACH, a.width, a.height)
  const ca = cropImage(a, outer)
  const cb = cropImage(b, outer)
  const drawn = Buffer.alloc(outer.width * outer.height * 4)
  pixelmatch(ca.data, cb.data, drawn, outer.width, outer.height, { threshold, includeAA, ...style })
  return cropImage(
    { width: outer.width, height: outer.height, data: drawn },
    { x: box.x - outer.x, y: box.y - outer.y, width: box.width, height: box.height }
  )
}

/** The `box` part of an image (a copy; the image itself when the box is all of it). */
export function cropImage(img: RgbaImage, box: Region): RgbaImage {
  if (box.x === 0 && box.y === 0 && box.width === img.width && box.height === img.height) return img
  const out = Buffer.allocUnsafe(box.width * box.height * 4)
  for (let y = 0; y < box.height; y++) {
    const s = ((box.y + y) * img.width + box.x) * 4
    img.data.copy(out, y * box.width * 4, s, s + box.width * 4)
  }
  return { width: box.width, height: box.height, data: out }
}

/** Makes the ignored parts of `current` equal to `base` (rectangles, and the mask's non-transparent pixels). */
export function applyIgnores(
  base: RgbaImage,
  current: RgbaImage,
  o: CompareOptions,
  mask: RgbaImage | null
): void {
  const { width, height } = base
  const a32 = new Uint32Array(base.data.buffer, base.data.byteOffset, width * height)
  const b32 = new Uint32Array(current.data.buffer, current.data.byteOffset, width * height)
  for (const r of o.ignore) {
    const x1 = Math.min(width, r.x + r.width)
    const y1 = Math.min(height, r.y + r.height)
    for (let y = Math.min(r.y, height); y < y1; y++)
      for (let x = Math.min(r.x, width); x < x1; x++) b32[y * width + x] = a32[y * width + x]!
  }
  if (mask) {
    const w = Math.min(width, mask.width)
    const h = Math.min(height, mask.height)
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        if (mask.data[(y * mask.width + x) * 4 + 3] !== 0) b32[y * width + x] = a32[y * width + x]!
  }
}
