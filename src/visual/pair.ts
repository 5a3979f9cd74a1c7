// One baseline/current pair from bytes to verdict: the same code in a pool worker and in process.
//
// Cheapest first: equal bytes → unchanged (no decode); headers read and checked before decoding; equal decoded
// pixels → unchanged (no pixel loop); then pixelmatch; then, only if that pass alone would let the image pass,
// the subtle-colour pass. A diff PNG is encoded only for a changed image, cropped to the change plus a margin.
import { allowedPixels, type CompareOptions } from './options.js'
import { FRESH, type BufferArena, type Buffers } from './arena.js'
import { applyIgnores, cropImage, drawDiff, growBox, markDiff, solidArea } from './diff.js'
import { diffFingerprint } from './fingerprint.js'
import type { ImageResult, Region } from './model.js'
import {
  decodePngAsync,
  decodePngInto,
  encodePngAsync,
  PngError,
  readPngHeader,
  type RgbaImage
} from './png.js'

/** Margin around the changed box in the diff image, in pixels. */
export const DIFF_MARGIN = 16

/** Decodes one image of the pair; `role` names it, so a decoder that reuses memory gives each its own. */
export type Decoder = (
  bytes: Buffer,
  maxPixels: number,
  role: 'baseline' | 'current' | 'mask'
) => Promise<RgbaImage>

export interface PairInput {
  name: string
  baseline: Buffer
  current: Buffer
  options: CompareOptions
  /** The mask PNG's bytes when options.mask is set. */
  mask?: Buffer | null
  /** Encode a diff PNG for a changed image. */
  wantDiff: boolean
  /** Fingerprint a changed or size-changed image's diff (fingerprint.ts), for approvals. */
  fingerprint?: boolean
  maxPixels: number
}

export interface PairOutput {
  result: Omit<ImageResult, 'diffImage'>
  /** How the verdict was reached (for the suite's stats). */
  path: 'bytes' | 'decoded-equal' | 'diffed' | 'error'
  diffPng?: Buffer
}

function base(name: string): Omit<ImageResult, 'diffImage'> {
  return { name, status: 'unchanged', diffPixels: 0, subtlePixels: 0, allowedPixels: 0, width: 0, height: 0 }
}

function errorOut(name: string, message: string, width = 0, height = 0): PairOutput {
  return { result: { ...base(name), status: 'error', message, width, height }, path: 'error' }
}

/** Images over this many RGBA bytes (8 megapixels) are not kept by an arena's default bound anyway: they decode
 *  into buffers of their own, the two sides' inflating in parallel on the libuv pool. */
const ARENA_IMAGE_BYTES = 32 * 1024 * 1024

/** A lane's decoder: screenshot-sized images into the lane's arena (one slot per role), large ones apart. */
export function arenaDecoder(arena: BufferArena): Decoder {
  return async (bytes, maxPixels, role) => {
    const h = readPngHeader(bytes, maxPixels)
    if (h.width * h.height * 4 > ARENA_IMAGE_BYTES) return decodePngAsync(bytes, maxPixels)
    return decodePngInto(bytes, maxPixels, n => arena.take(role, n))
  }
}

/**
 * `buffers` gives the large working buffers (the diff marks): fresh ones by default; a worker passes its arena,
 * together with a decoder into that arena (the pixels are then views of memory the next pair reuses, so nothing
 * of them may outlive this call — only the result, the fingerprint and the encoded diff PNG leave it).
 */
export async function comparePair(
  input: PairInput,
  decode: Decoder = decodePngAsync,
  buffers: Buffers = FRESH
): Promise<PairOutput> {
  const { name, options: o, maxPixels } = input
  try {
    if (input.baseline.equals(input.current)) {
      const h = readPngHeader(input.current, maxPixels)
      return {
        result: {
          ...base(name),
          width: h.width,
          height: h.height,
          allowedPixels: allowedPixels(o, h.width * h.height)
        },
        path: 'bytes'
      }
    }
    readPngHeader(input.baseline, maxPixels)
    readPngHeader(input.current, maxPixels)
  } catch (e) {
    return errorOut(name, describe(e))
  }
  let a: RgbaImage
  let b: RgbaImage
  try {
    ;[a, b] = await Promise.all([
      decode(input.baseline, maxPixels, 'baseline').catch(e =>
        Promise.reject(new PngError(`baseline: ${describe(e)}`))
      ),
      decode(input.current, maxPixels, 'current').catch(e =>
        Promise.reject(new PngError(`current: ${describe(e)}`))
      )
    ])
  } catch (e) {
    return errorOut(name, describe(e))
  }
  let mask: RgbaImage | null = null
  if (o.mask !== null) {
    try {
      if (!input.mask) throw new PngError('not readable')
      mask = await decode(input.mask, maxPixels, 'mask')
    } catch (e) {
      return errorOut(name, `mask ${o.mask}: ${describe(e)}`, b.width, b.height)
    }
    if (mask.width !== b.width || mask.height !== b.height)
      return errorOut(
        name,
        `mask ${o.mask} is ${mask.width}×${mask.height}, the image ${b.width}×${b.height}`,
        b.width,
        b.height
      )
  }

  const sizeChanged = a.width !== b.width || a.height !== b.height
  const real = { bw: a.width, bh: a.height, cw: b.width, ch: b.height }
  const w = Math.min(a.width, b.width)
  const h = Math.min(a.height, b.height)
  const overlap: Region = { x: 0, y: 0, width: w, height: h }
  // The extra area: pixels of the larger canvas (max W × max H) outside the overlap, all counted as different.
  const extra = sizeChanged ? Math.max(a.width, b.width) * Math.max(a.height, b.height) - w * h : 0
  if (sizeChanged) {
    a = cropImage(a, overlap)
    b = cropImage(b, overlap)
  }
  applyIgnores(a, b, o, mask)
  const allowed = allowedPixels(o, real.cw * real.ch)
  const result: PairOutput['result'] = {
    ...base(name),
    width: real.cw,
    height: real.ch,
    allowedPixels: allowed
  }
  if (sizeChanged) {
    result.baselineWidth = real.bw
    result.baselineHeight = real.bh
    result.message = `size changed: ${real.bw}×${real.bh} → ${real.cw}×${real.ch}`
  }

  if (!sizeChanged && a.data.equals(b.data)) return { result, path: 'decoded-equal' }

  const d = markDiff(a, b, o.threshold, o.includeAA, buffers, 'marks')
  let box = d.box
  let drawn = { threshold: o.threshold, includeAA: o.includeAA }
  let subtlePixels = 0
  /** The changed pixels the verdict rests on: the fingerprint's mask. */
  let verdict = d
  if (
    d.diffPixels <= allowed &&
    o.subtleThreshold !== null &&
    o.subtleThreshold < o.threshold &&
    !a.data.equals(b.data)
  ) {
    const strict = markDiff(a, b, o.subtleThreshold, false, buffers, 'strict-marks')
    const area = solidArea(strict.marks, w, h)
    subtlePixels = area.pixels
    if (subtlePixels > allowed) {
      drawn = { threshold: o.subtleThreshold, includeAA: false }
      box = area.box
      verdict = strict
    }
  }
  const diffPixels = d.diffPixels + extra
  const changed = diffPixels > allowed || subtlePixels > allowed
  const out: PairOutput['result'] = {
    ...result,
    diffPixels,
    subtlePixels,
    status: sizeChanged ? 'size-changed' : changed ? 'changed' : 'unchanged'
  }
  if (box) out.changedBox = box
  if ((changed || sizeChanged) && input.fingerprint)
    out.fingerprint = diffFingerprint(
      a,
      b,
      verdict.marks,
      sizeChanged
        ? { baseline: { width: real.bw, height: real.bh }, current: { width: real.cw, height: real.ch } }
        : undefined,
      // markDiff gives its marks' bounding box and the rows they lie in: the fingerprint reads only those.
      verdict.box,
      verdict.markedRows
    )
  let diffPng: Buffer | undefined
  if ((changed || sizeChanged) && input.wantDiff) {
    // A size change with an identical overlap still gets an image: the whole overlap.
    const shown = growBox(box ?? overlap, DIFF_MARGIN, w, h)
    diffPng = await encodePngAsync(
      // The current image's last use: drawn over in place.
      drawDiff(a, b, shown, drawn.threshold, drawn.includeAA, { alpha: o.alpha }, true, buffers)
    )
  }
  return { result: out, path: 'diffed', ...(diffPng ? { diffPng } : {}) }
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 300)
}
