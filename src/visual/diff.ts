// The pixel comparison of one decoded pair: pure, no I/O.
//
// The count is pixelmatch 7.2.0's, called as is (never re-implemented): one pass with diffMask output gives the
// count and the changed bounding box in one go (with diffMask, pixelmatch only writes the counted pixels, so the
// pass costs little more than counting); rows identical in both images are skipped with memcmp first. The diff image shown to people is then drawn by pixelmatch for the
// shown box only: the box plus a 2-pixel apron (the reach of pixelmatch's anti-aliasing test) is cut from both
// images, so every pixel of the box is drawn exactly as in pixelmatch's full-image output (tested).
import pixelmatch from 'pixelmatch'
import { FRESH, type Buffers } from './arena.js'
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
  /** Row ranges [first, last], in order, outside which `marks` holds no mark (those rows are never written). */
  markedRows: Array<[number, number]>
}

/** Identical rows between two differing bands that are still merged into one band: the aprons (AA_REACH rows
 *  each side) of separate bands then always lie on identical rows. */
const BAND_GAP = 2 * AA_REACH

/**
 * The bands of rows where two equally sized images differ, as [first, last] row pairs: rows compared with
 * Buffer#compare (memcmp, no copy), runs of differing rows joined when fewer than BAND_GAP + 1 identical rows
 * separate them. Every differing row lies in exactly one band; rows outside every band are byte-identical.
 */
export function differingBands(a: RgbaImage, b: RgbaImage): Array<[number, number]> {
  const { width, height } = a
  const w4 = width * 4
  const bands: Array<[number, number]> = []
  let first = -1
  let last = -1
  for (let y = 0, s = 0; y < height; y++, s += w4) {
    if (a.data.compare(b.data, s, s + w4, s, s + w4) === 0) continue
    if (first >= 0 && y - last - 1 > BAND_GAP) {
      bands.push([first, last])
      first = y
    } else if (first < 0) first = y
    last = y
  }
  if (first >= 0) bands.push([first, last])
  return bands
}

/** Rows per pixelmatch call within a band: its marks land in a small reused buffer first, so the full-size
 *  marks buffer is written (and its memory touched) only where pixels were counted. */
const SLICE_ROWS = 128

/**
 * Rows `first`..`last` of an image `height` rows tall, cut into slices of SLICE_ROWS rows: each slice's own rows
 * y0..y1 and the rows top..bottom pixelmatch runs on (AA_REACH more on each side, clipped to the image). Short
 * calls also let V8 optimise pixelmatch after the first few: one call over a whole large image runs mostly in
 * unoptimised code (measured: about 4× slower per pixel).
 */
function* slices(first: number, last: number, height: number, rows = SLICE_ROWS) {
  for (let y0 = first; y0 <= last; y0 += rows) {
    const y1 = Math.min(last, y0 + rows - 1)
    yield { y0, y1, top: Math.max(0, y0 - AA_REACH), bottom: Math.min(height - 1, y1 + AA_REACH) }
  }
}

const opaqueCache = new WeakMap<RgbaImage, boolean>()

/**
 * Whether every pixel is fully opaque. pixelmatch blends a translucent pixel against a checkerboard whose colour
 * follows the pixel's byte offset in the buffer it was given: a slice or a crop moves that offset, so for images
 * with translucent pixels the comparison runs on the whole image, in one call, to stay exact. Screenshots are
 * opaque (browsers write RGB, which the decoder marks as such); for others, the scan (about 1 ms per megapixel)
 * runs once per image.
 */
export function opaque(img: RgbaImage): boolean {
  if (img.opaque === true) return true
  let known = opaqueCache.get(img)
  if (known === undefined) {
    const d = img.data
    known = true
    for (let i = 3; i < d.length; i += 4)
      if (d[i] !== 255) {
        known = false
        break
      }
    opaqueCache.set(img, known)
  }
  return known
}

/**
 * One pixelmatch pass with diffMask output, on the differing bands only, and the counted pixels' bounding box.
 *
 * pixelmatch never counts (nor, with diffMask, draws) a pixel equal in both images, and a pixel's verdict
 * depends only on the rows within AA_REACH of it. So each band is cut into slices of SLICE_ROWS rows, and
 * pixelmatch runs on a slice plus AA_REACH rows above and below (clipped to the image): full-width rows,
 * contiguous in memory, passed as views without copying. Its marks go to a scratch buffer; the marks it made on
 * the apron rows (whose verdicts may differ at the cut) are left out: the slice's count is the marked pixels of its
 * own rows (pixelmatch marks exactly the pixels it counts), and only those rows are copied to the marks. The sum is exactly pixelmatch's count on the whole image, with the same marks
 * (tested against pixelmatch on the corpus and on generated differences at slice and band edges).
 */
export function markDiff(
  a: RgbaImage,
  b: RgbaImage,
  threshold: number,
  includeAA: boolean,
  buffers: Buffers = FRESH,
  slot = 'marks'
): PixelDiff {
  const { width, height } = a
  const w4 = width * 4
  const marks = buffers.zeroed(slot, width * height * 4)
  let scratch: Buffer | null = null
  let diffPixels = 0
  const box = new BoxBuilder()
  const markedRows: Array<[number, number]> = []
  if (!opaque(a) || !opaque(b)) {
    // Translucent pixels: one call on the whole image (see opaque()).
    diffPixels = pixelmatch(a.data, b.data, marks, width, height, { threshold, includeAA, diffMask: true })
    buffers.dirtied(slot, 0, marks.length)
    box.addMarks(marks, width, 0)
    if (diffPixels > 0) markedRows.push([0, height - 1])
    return { diffPixels, marks, box: box.region(), markedRows }
  }
  for (const [first, last] of differingBands(a, b)) {
    for (const { y0, y1, top, bottom } of slices(first, last, height)) {
      const s = top * w4
      const e = (bottom + 1) * w4
      scratch ??= buffers.take('slice', Math.min(height, SLICE_ROWS + 2 * AA_REACH) * w4)
      const out = scratch.subarray(0, e - s)
      out.fill(0)
      const all = pixelmatch(a.data.subarray(s, e), b.data.subarray(s, e), out, width, bottom - top + 1, {
        threshold,
        includeAA,
        diffMask: true
      })
      if (all === 0) continue
      // The slice's own count: its marked pixels (the apron rows' marks are left out).
      const own = out.subarray((y0 - top) * w4, (y1 - top + 1) * w4)
      // pixelmatch counted exactly what it marked: the slice's own count is its total less the apron rows' marks
      // (at most 2 × AA_REACH rows to scan, not the slice's).
      const mine =
        all - countMarks(out.subarray(0, (y0 - top) * w4)) - countMarks(out.subarray((y1 - top + 1) * w4))
      if (mine === 0) continue
      diffPixels += mine
      marks.set(own, y0 * w4)
      buffers.dirtied(slot, y0 * w4, y0 * w4 + own.length)
      box.addMarks(own, width, y0)
      const prev = markedRows[markedRows.length - 1]
      if (prev && prev[1] === y0 - 1) prev[1] = y1
      else markedRows.push([y0, y1])
    }
  }
  return { diffPixels, marks, box: box.region(), markedRows }
}

/** Marked pixels (alpha 255) in a diffMask output. */
function countMarks(m: Uint8Array): number {
  let n = 0
  for (let i = 3; i < m.length; i += 4) if (m[i] !== 0) n++
  return n
}

/** Bounding box of marked pixels, fed slice by slice. */
class BoxBuilder {
  private minX = Infinity
  private minY = Infinity
  private maxX = -1
  private maxY = -1

  /**
   * Adds the marks of a diffMask output (marked: alpha 255; unmarked: all four bytes 0) whose first row is
   * image row `y0`. Buffer#indexOf jumps to the next marked row, lastIndexOf finds that row's last mark.
   */
  addMarks(m: Buffer, width: number, y0: number): void {
    const w4 = width * 4
    let pos = m.indexOf(255)
    while (pos >= 0) {
      const y = Math.floor(pos / w4)
      const rowStart = y * w4
      const rowEnd = rowStart + w4
      const x0 = (pos - rowStart) >> 2
      const x1 = (m.lastIndexOf(255, rowEnd - 1) - rowStart) >> 2
      if (y0 + y < this.minY) this.minY = y0 + y
      if (y0 + y > this.maxY) this.maxY = y0 + y
      if (x0 < this.minX) this.minX = x0
      if (x1 > this.maxX) this.maxX = x1
      pos = rowEnd < m.length ? m.indexOf(255, rowEnd) : -1
    }
  }

  region(): Region | null {
    if (this.maxX < 0) return null
    return {
      x: this.minX,
      y: this.minY,
      width: this.maxX - this.minX + 1,
      height: this.maxY - this.minY + 1
    }
  }
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
 * With `overwriteCurrent`, the image is drawn into `b`'s own memory (which then no longer holds the current
 * image): no buffer of the image's size is allocated, which for a large image saves faulting in fresh memory
 * (about 0.5 s for 148 MB on the bench VM). Its two slice buffers come from `buffers` (a lane's arena keeps them).
 */
export function drawDiff(
  a: RgbaImage,
  b: RgbaImage,
  box: Region,
  threshold: number,
  includeAA: boolean,
  style: DrawStyle = {},
  overwriteCurrent = false,
  buffers: Buffers = FRESH
): RgbaImage {
  let outer = growBox(box, AA_REACH, a.width, a.height)
  // A wide box is drawn on whole rows: the rows are passed as views, not copied (a few more pixels drawn).
  if (outer.width * 2 >= a.width) outer = { ...outer, x: 0, width: a.width }
  // Translucent pixels: the whole image, in one slice (see opaque()).
  const whole = !opaque(a) || !opaque(b)
  if (whole) outer = { x: 0, y: 0, width: a.width, height: a.height }
  const ca = cropImage(a, outer)
  const cb = cropImage(b, outer)
  const w4 = outer.width * 4
  const drawn = overwriteCurrent ? cb.data : Buffer.allocUnsafe(outer.height * w4)
  // pixelmatch over the crop slice by slice, each slice's own rows kept: the same bytes as one call on the crop
  // (a pixel's drawing depends on rows within AA_REACH only), in short calls. The next slice reads this one's
  // last AA_REACH rows as its apron, so a slice's rows are stored only after the next slice ran; no later slice
  // reaches back that far (SLICE_ROWS > 2 × AA_REACH): `drawn` may be the current image itself.
  const rowsPerSlice = whole ? outer.height : SLICE_ROWS
  const sliceBytes = Math.min(outer.height, rowsPerSlice + 2 * AA_REACH) * w4
  // Two slice buffers used in turn, each taken when first needed (one slice needs one).
  const scratch: Buffer[] = []
  let pending: { rows: Buffer; at: number } | null = null
  let k = 0
  for (const { y0, y1, top, bottom } of slices(0, outer.height - 1, outer.height, rowsPerSlice)) {
    const s = top * w4
    const e = (bottom + 1) * w4
    const out = (scratch[k] ??= buffers.take(`draw-slice-${k}`, sliceBytes)).subarray(0, e - s)
    k ^= 1
    pixelmatch(ca.data.subarray(s, e), cb.data.subarray(s, e), out, outer.width, bottom - top + 1, {
      threshold,
      includeAA,
      ...style
    })
    if (pending) drawn.set(pending.rows, pending.at)
    pending = { rows: out.subarray((y0 - top) * w4, (y1 - top + 1) * w4), at: y0 * w4 }
  }
  if (pending) drawn.set(pending.rows, pending.at)
  return cropImage(
    { width: outer.width, height: outer.height, data: drawn },
    { x: box.x - outer.x, y: box.y - outer.y, width: box.width, height: box.height }
  )
}

/** The `box` part of an image: a copy, or a view without copying when the box spans whole rows (the image
 *  itself when the box is all of it). Callers may write to the result only when they own the image. */
export function cropImage(img: RgbaImage, box: Region): RgbaImage {
  if (box.x === 0 && box.y === 0 && box.width === img.width && box.height === img.height) return img
  if (box.x === 0 && box.width === img.width) {
    const s = box.y * img.width * 4
    return {
      width: box.width,
      height: box.height,
      data: img.data.subarray(s, s + box.width * box.height * 4)
    }
  }
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
