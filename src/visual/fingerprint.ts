// The fingerprint of one visual change: what an approval records, so that the same change passes by itself on a
// later run, and identical changes in several images (stories, viewports, themes) are approved as one group.
//
// It hashes the diff itself, never a file name and never an unchanged pixel: the changed pixels' bounding box
// (position and size), the mask of changed pixels inside it, and at each changed pixel the baseline's and the
// current image's RGBA values; for a size change, both sizes too. Two diffs share a fingerprint only when the
// same pixels changed from the same values to the same values at the same place. The image's own size is left
// out on purpose, so that one change shown at two viewport heights is still one group.
//
// The mask is the one the verdict used (pair.ts: pixelmatch's counted pixels, or the strict pass's when that
// decided), so pixels the comparison ignored (below the threshold, anti-aliasing, ignore regions) change
// nothing. Work is linear in the box's area; the hash is fed row by row.
import { createHash } from 'node:crypto'
import type { Region } from './model.js'
import type { RgbaImage } from './png.js'

/** The fingerprint format's version: a fingerprint reads `v1.<32 hex digits>` (128 bits of SHA-256). */
export const FINGERPRINT_VERSION = 'v1'
export const FINGERPRINT_PATTERN = /^v1\.[0-9a-f]{32}$/

export interface FingerprintSizes {
  baseline: { width: number; height: number }
  current: { width: number; height: number }
}

/**
 * The fingerprint of the diff between `baseline` and `current` (same size: the overlap for a size change),
 * where `marks` (width × height × 4 bytes, as pixelmatch's diffMask output) is non-zero at each changed pixel.
 * `sizes` is given for a size change only. `box`, when the caller already knows it, is the marks' bounding box
 * (null: no marks); the marks are then not scanned for it. `markedRows`, when known, are row ranges [first, last]
 * in order outside which the marks hold nothing: those rows are not read at all. (Reading costs even where
 * nothing was written: on the bench VM, first touching the untouched pages of a zeroed 148 MB mask cost ~0.5 s.)
 */
export function diffFingerprint(
  baseline: RgbaImage,
  current: RgbaImage,
  marks: Uint8Array,
  sizes?: FingerprintSizes,
  box?: Region | null,
  markedRows?: ReadonlyArray<readonly [number, number]>
): string {
  const { width, height } = baseline
  if (current.width !== width || current.height !== height || marks.length !== width * height * 4)
    throw new Error('diffFingerprint: the images and the mask must have the same size')
  const m32 = new Uint32Array(marks.buffer, marks.byteOffset, width * height)
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = -1
  if (box !== undefined) {
    if (box) {
      minX = box.x
      minY = box.y
      maxX = box.x + box.width - 1
      maxY = box.y + box.height - 1
    }
  } else
    for (let y = 0, i = 0; y < height; y++)
      for (let x = 0; x < width; x++, i++) {
        if (m32[i] === 0) continue
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }

  const hash = createHash('sha256')
  const head = sizes
    ? `qg-visual-diff ${FINGERPRINT_VERSION} size ${sizes.baseline.width}x${sizes.baseline.height}>${sizes.current.width}x${sizes.current.height}`
    : `qg-visual-diff ${FINGERPRINT_VERSION}`
  if (maxX < 0) {
    hash.update(`${head} none\n`)
    return `${FINGERPRINT_VERSION}.${hash.digest('hex').slice(0, 32)}`
  }
  hash.update(`${head} box ${minX},${minY},${maxX - minX + 1},${maxY - minY + 1}\n`)
  // Per row of the box: one byte per pixel for the mask, then 8 bytes (baseline RGBA, current RGBA) per changed
  // pixel. The row's mask bytes come first, so the values can never be mistaken for mask bits. The hash is fed
  // the mask bytes and the values of a row as two updates (a hash of the concatenation either way); the values
  // are copied as whole 32-bit pixels, which keeps their bytes in memory order.
  const boxWidth = maxX - minX + 1
  const maskRow = Buffer.allocUnsafe(boxWidth)
  const values = Buffer.allocUnsafe(boxWidth * 8)
  const v32 = new Uint32Array(values.buffer, values.byteOffset, boxWidth * 2)
  const a32 = new Uint32Array(baseline.data.buffer, baseline.data.byteOffset, width * height)
  const b32 = new Uint32Array(current.data.buffer, current.data.byteOffset, width * height)
  // A row of the box outside markedRows holds no mark: a shared row of zeros is hashed for it, unread (the same
  // bytes the loop below would hash).
  const emptyMaskRow = Buffer.alloc(boxWidth)
  let range = 0
  for (let y = minY; y <= maxY; y++) {
    const row = y * width
    if (markedRows) {
      while (range < markedRows.length && markedRows[range]![1] < y) range++
      if (range === markedRows.length || markedRows[range]![0] > y) {
        hash.update(emptyMaskRow)
        continue
      }
    }
    let n = 0
    for (let x = minX, k = 0; x <= maxX; x++, k++) {
      if (m32[row + x] === 0) maskRow[k] = 0
      else {
        maskRow[k] = 1
        v32[n++] = a32[row + x]!
        v32[n++] = b32[row + x]!
      }
    }
    hash.update(maskRow)
    if (n > 0) hash.update(values.subarray(0, n * 4))
  }
  return `${FINGERPRINT_VERSION}.${hash.digest('hex').slice(0, 32)}`
}

/** Whether `value` is a fingerprint this version writes (checked on everything read back from GitHub). */
export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && FINGERPRINT_PATTERN.test(value)
}
