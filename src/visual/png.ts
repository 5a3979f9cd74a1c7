// PNG reading and writing for the compare engine.
//
// Reading: the header (IHDR) is parsed and checked — signature, chunk bounds, a valid bit depth / colour type,
// width × height under a pixel limit — before anything the size of the image is allocated. Non-interlaced
// images (all that browsers write) are decoded here: the IDAT stream is inflated by Node's zlib (natively, on
// the libuv pool when asynchronous, so two images inflate in parallel) and un-filtered in one pass; every bit
// depth and colour type is converted to 8-bit RGBA exactly as pngjs 7.0.0 converts it (16-bit samples scaled
// with rounding, grey/palette expanded, tRNS applied), which the tests check on every corpus image. Adam7
// interlaced images (rare) are decoded here too, pass by pass, then scattered: no PNG library is loaded at all,
// so a compare worker starts with nothing but this file, pixelmatch and Node's zlib.
// A file whose image data is complete but which lacks the IEND chunk (the corpus has two) is decoded: the zlib
// stream's own end marker and Adler-32 checksum prove the pixel data whole. Truncated image data is an error.
// Chunk CRCs are not verified (zlib's checksum covers the pixel data; ancillary chunks are not used).
//
// Writing: 8-bit RGBA, no row filter (filter type 0: the rows are copied as they are), deflate at level 1: diff
// images are written for people to look at, fast.
import { promisify } from 'node:util'
import { createDeflate, deflateSync, Inflate, inflate, inflateSync, constants as zc } from 'node:zlib'
import { groupThousands } from '../shared/digits.js'

const inflateAsync = promisify(inflate)

export const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
/** Default largest image accepted: 50 megapixels (200 MB decoded). A full-page 1280 px wide shot 39,000 px tall. */
export const DEFAULT_MAX_PIXELS = 50_000_000

export class PngError extends Error {
  override readonly name = 'PngError'
}

export interface PngHeader {
  width: number
  height: number
  bitDepth: number
  colorType: number
  interlaced: boolean
}

export interface RgbaImage {
  width: number
  height: number
  /** width × height × 4 bytes, RGBA. */
  data: Buffer
  /** True when every pixel is known to be fully opaque (decoded from a PNG without alpha or tRNS). */
  opaque?: boolean
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }
const DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16]
}
const COLOR_NAMES: Record<number, string> = {
  0: 'grey',
  2: 'RGB',
  3: 'palette',
  4: 'grey+alpha',
  6: 'RGBA'
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.equals(Buffer.from(bytes.buffer, bytes.byteOffset, 8))
}

/** Parses and checks the signature and IHDR, allocating nothing; throws PngError with a one-line reason. */
export function readPngHeader(bytes: Uint8Array, maxPixels = DEFAULT_MAX_PIXELS): PngHeader {
  if (!isPng(bytes)) throw new PngError('not a PNG file (no PNG signature)')
  if (bytes.length < 33) throw new PngError('truncated PNG: no complete IHDR chunk')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const len = view.getUint32(8)
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!)
  if (type !== 'IHDR' || len !== 13)
    throw new PngError('malformed PNG: the first chunk is not a 13-byte IHDR')
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  const bitDepth = bytes[24]!
  const colorType = bytes[25]!
  const compression = bytes[26]!
  const filter = bytes[27]!
  const interlace = bytes[28]!
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff)
    throw new PngError(`malformed PNG: invalid size ${width}×${height}`)
  if (!DEPTHS[colorType]?.includes(bitDepth))
    throw new PngError(`malformed PNG: bit depth ${bitDepth} with colour type ${colorType}`)
  if (compression !== 0 || filter !== 0 || interlace > 1)
    throw new PngError('malformed PNG: unknown compression, filter or interlace method')
  if (width * height > maxPixels)
    throw new PngError(
      `image too large: ${width}×${height} is ${groupThousands(width * height)} pixels, over the limit of ${groupThousands(maxPixels)}`
    )
  return { width, height, bitDepth, colorType, interlaced: interlace === 1 }
}

interface Chunks {
  header: PngHeader
  idat: Buffer
  palette: Uint8Array | null
  trns: Uint8Array | null
}

function readChunks(bytes: Buffer, maxPixels: number): Chunks {
  const header = readPngHeader(bytes, maxPixels)
  const idats: Buffer[] = []
  let palette: Uint8Array | null = null
  let trns: Uint8Array | null = null
  let pos = 33
  // Each step advances by at least 12 bytes, so the loop ends within bytes.length / 12 steps.
  while (pos + 8 <= bytes.length) {
    const len = bytes.readUInt32BE(pos)
    const type = bytes.toString('latin1', pos + 4, pos + 8)
    const start = pos + 8
    const end = start + len
    if (len > 0x7fffffff || end > bytes.length) {
      if (type === 'IDAT') throw new PngError('truncated PNG: the image data ends early')
      break
    }
    if (type === 'IDAT') idats.push(bytes.subarray(start, end))
    else if (type === 'PLTE') palette = bytes.subarray(start, end)
    else if (type === 'tRNS') trns = bytes.subarray(start, end)
    else if (type === 'IEND') break
    pos = end + 4
  }
  if (idats.length === 0) throw new PngError('truncated PNG: no image data (IDAT)')
  if (header.colorType === 3 && (!palette || palette.length % 3 !== 0 || palette.length === 0))
    throw new PngError('malformed PNG: palette image without a valid PLTE chunk')
  return { header, idat: idats.length === 1 ? idats[0]! : Buffer.concat(idats), palette, trns }
}

/** Adam7's seven passes: first column, first row, column step, row step. */
const ADAM7: ReadonlyArray<readonly [number, number, number, number]> = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
]

/** The size of one Adam7 pass's sub-image (0 × 0 when the image is too small to have pixels in it). */
function passSize(h: PngHeader, [x0, y0, dx, dy]: readonly [number, number, number, number]) {
  const width = h.width > x0 ? Math.ceil((h.width - x0) / dx) : 0
  const height = h.height > y0 ? Math.ceil((h.height - y0) / dy) : 0
  return width > 0 && height > 0 ? { width, height } : { width: 0, height: 0 }
}

/** Bytes per row (without the filter byte), bytes per pixel for the filters, and the whole inflated size
 *  (every pass's rows for an interlaced image). */
function rawSize(h: PngHeader): { stride: number; bpp: number; total: number } {
  const bitsPerPixel = CHANNELS[h.colorType]! * h.bitDepth
  const strideOf = (width: number) => Math.ceil((width * bitsPerPixel) / 8)
  const stride = strideOf(h.width)
  let total = (stride + 1) * h.height
  if (h.interlaced) {
    total = 0
    for (const pass of ADAM7) {
      const p = passSize(h, pass)
      total += p.height * (strideOf(p.width) + 1)
    }
  }
  return { stride, bpp: Math.max(1, bitsPerPixel >> 3), total }
}

function describeZlib(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e)
  if (/unexpected end/i.test(m)) return 'truncated PNG: the image data ends early'
  if (/output length|buffer/i.test(m)) return 'malformed PNG: more image data than its size allows'
  return `malformed PNG: corrupt image data (${m.slice(0, 80)})`
}

/**
 * Reverses one row's filter in place: the row's `stride` bytes start at `cur`, the un-filtered row above at
 * `prev` (ignored for the first row, `hasPrev` false). Each filter has its own tight loop over the typed array.
 * Returns true when the row is a plain copy of the row above (Up filter, all differences zero).
 */
function unfilterRow(
  raw: Uint8Array,
  type: number,
  cur: number,
  prev: number,
  hasPrev: boolean,
  stride: number,
  bpp: number,
  y: number
): boolean {
  const end = cur + stride
  if (type === 0) return false
  if (type === 2 && hasPrev && isZero(raw, cur, stride)) {
    // A row equal to the one above (flat backgrounds, blank margins: most rows of a screenshot): one memmove.
    raw.copyWithin(cur, prev, prev + stride)
    return true
  }
  if (type === 1 || (type === 4 && !hasPrev)) {
    // Sub (and Paeth with no row above, which is Sub). Stores into a Uint8Array wrap modulo 256.
    for (let i = cur + bpp; i < end; i++) raw[i] = raw[i]! + raw[i - bpp]!
  } else if (type === 2) {
    if (hasPrev) for (let i = cur, j = prev; i < end; i++, j++) raw[i] = raw[i]! + raw[j]!
  } else if (type === 3) {
    if (!hasPrev) {
      for (let i = cur + bpp; i < end; i++) raw[i] = raw[i]! + (raw[i - bpp]! >> 1)
    } else {
      for (let i = 0; i < bpp; i++) raw[cur + i] = raw[cur + i]! + (raw[prev + i]! >> 1)
      for (let i = cur + bpp, j = prev + bpp; i < end; i++, j++)
        raw[i] = raw[i]! + ((raw[i - bpp]! + raw[j]!) >> 1)
    }
  } else if (type === 4) {
    for (let i = 0; i < bpp; i++) raw[cur + i] = raw[cur + i]! + raw[prev + i]!
    for (let i = cur + bpp, j = prev + bpp; i < end; i++, j++) {
      const a = raw[i - bpp]!
      const b = raw[j]!
      const c = raw[j - bpp]!
      const pa = b > c ? b - c : c - b // |p − a| with p = a + b − c
      const pb = a > c ? a - c : c - a // |p − b|
      const pc0 = a + b - c - c
      const pc = pc0 < 0 ? -pc0 : pc0 // |p − c|
      raw[i] = raw[i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
    }
  } else {
    throw new PngError(`malformed PNG: unknown filter type ${type} on row ${y}`)
  }
  return false
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

let zeros = new Uint8Array(0)

/** Whether `len` bytes from `at` are all zero: one memcmp against a shared zero buffer. */
function isZero(raw: Uint8Array, at: number, len: number): boolean {
  if (zeros.length < len) zeros = new Uint8Array(len)
  return Buffer.compare(raw.subarray(at, at + len), zeros.subarray(0, len)) === 0
}

/** Reverses the per-row filters in place (rows of `stride` bytes, each after its filter-type byte). */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number): void {
  const rowLen = stride + 1
  for (let y = 0; y < height; y++) {
    const row = y * rowLen + 1
    unfilterRow(raw, raw[row - 1]!, row, row - rowLen, y > 0, stride, bpp, y)
  }
}

/**
 * 8-bit RGBA: rows un-filtered and moved down over the filter bytes in the inflated buffer itself, so the
 * pixels need no second buffer of the image's size. A moved row ends before the next row's bytes begin, and
 * the row above is read at its new place.
 */
function rgba8InPlace(raw: Buffer, width: number, height: number): Buffer {
  const w4 = width * 4
  const rowLen = w4 + 1
  for (let y = 0; y < height; y++) {
    const row = y * rowLen + 1
    unfilterRow(raw, raw[row - 1]!, row, (y - 1) * w4, y > 0, w4, 4, y)
    raw.copyWithin(y * w4, row, row + w4)
  }
  return raw.subarray(0, w4 * height)
}

/**
 * 8-bit RGB without tRNS, in the inflated buffer itself (zlib was given room for width × height × 4 bytes):
 * all rows un-filtered in place, then widened to RGBA from the last row back to the first, each row from its last
 * pixel back. A pixel's RGBA destination never starts before its RGB source (except pixel 0, read before it is
 * written), and a row's RGBA destination covers only source rows at or below it, already widened: no source byte
 * is overwritten before it is read. A row equal to the one below it (an Up-filtered row of zeros, noted while
 * un-filtering) is a copy of that row's RGBA: one memmove. One buffer of the image's RGBA size, nothing else.
 * Needs the buffer 4-byte aligned (checked by the caller): pixels are stored as one 32-bit word each.
 */
function rgb8InPlace(raw: Buffer, width: number, height: number): Buffer {
  const stride = width * 3
  const rowLen = stride + 1
  const w4 = width * 4
  const same = new Uint8Array(height) // same[y]: row y equals row y − 1
  for (let y = 0; y < height; y++) {
    const row = y * rowLen + 1
    if (unfilterRow(raw, raw[row - 1]!, row, row - rowLen, y > 0, stride, 3, y)) same[y] = 1
  }
  const px = new Uint32Array(raw.buffer, raw.byteOffset, width * height)
  const le = LITTLE_ENDIAN
  for (let y = height - 1; y >= 0; y--) {
    if (y + 1 < height && same[y + 1] === 1) {
      raw.copyWithin(y * w4, (y + 1) * w4, (y + 2) * w4)
      continue
    }
    const row = y * rowLen + 1
    for (let x = width - 1, p = row + x * 3, o = y * width + x; x >= 0; x--, p -= 3, o--) {
      const r = raw[p]!
      const g = raw[p + 1]!
      const b = raw[p + 2]!
      // Stored modulo 2³²: the same four bytes R, G, B, 255 in memory on either byte order.
      px[o] = le ? 0xff000000 | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | 0xff
    }
  }
  return raw.subarray(0, width * height * 4)
}

/** Un-filtered rows → 8-bit RGBA, converting as pngjs 7.0.0 does. */
function toRgba(raw: Buffer, c: Chunks, stride: number): Buffer {
  const { width, height, bitDepth, colorType } = c.header
  const rowLen = stride + 1
  const out = Buffer.allocUnsafe(width * height * 4)
  if (colorType === 6 && bitDepth === 8) {
    const w4 = width * 4
    for (let y = 0; y < height; y++) raw.copy(out, y * w4, y * rowLen + 1, y * rowLen + 1 + w4)
    return out
  }
  let o = 0
  if (bitDepth === 16) {
    // pngjs compares tRNS on the 16-bit samples, then scales each sample with rounding.
    const ch = CHANNELS[colorType]!
    const t = c.trns && c.trns.length >= 2 ? readTrns16(c.trns, colorType) : null
    const s = (v: number) => Math.floor((v * 255) / 65535 + 0.5)
    for (let y = 0; y < height; y++) {
      let p = y * rowLen + 1
      for (let x = 0; x < width; x++, p += ch * 2, o += 4) {
        const v0 = (raw[p]! << 8) | raw[p + 1]!
        if (ch <= 2) {
          const a = ch === 2 ? (raw[p + 2]! << 8) | raw[p + 3]! : 65535
          const grey = s(v0)
          if (t && t[0] === v0) {
            out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0
          } else {
            out[o] = out[o + 1] = out[o + 2] = grey
            out[o + 3] = s(a)
          }
        } else {
          const v1 = (raw[p + 2]! << 8) | raw[p + 3]!
          const v2 = (raw[p + 4]! << 8) | raw[p + 5]!
          const a = ch === 4 ? (raw[p + 6]! << 8) | raw[p + 7]! : 65535
          if (t && t.length === 3 && t[0] === v0 && t[1] === v1 && t[2] === v2) {
            out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0
          } else {
            out[o] = s(v0)
            out[o + 1] = s(v1)
            out[o + 2] = s(v2)
            out[o + 3] = s(a)
          }
        }
      }
    }
    return out
  }
  if (colorType === 2) {
    const t = c.trns && c.trns.length >= 6 ? readTrns16(c.trns, 2) : null
    for (let y = 0; y < height; y++) {
      let p = y * rowLen + 1
      for (let x = 0; x < width; x++, p += 3, o += 4) {
        const r = raw[p]!
        const g = raw[p + 1]!
        const b = raw[p + 2]!
        if (t && t[0] === r && t[1] === g && t[2] === b) {
          out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0
        } else {
          out[o] = r
          out[o + 1] = g
          out[o + 2] = b
          out[o + 3] = 255
        }
      }
    }
    return out
  }
  if (colorType === 4) {
    for (let y = 0; y < height; y++) {
      let p = y * rowLen + 1
      for (let x = 0; x < width; x++, p += 2, o += 4) {
        out[o] = out[o + 1] = out[o + 2] = raw[p]!
        out[o + 3] = raw[p + 1]!
      }
    }
    return out
  }
  // Grey (colour type 0) or palette (3), 1–8 bits per sample.
  const perByte = 8 / bitDepth
  const maskBits = (1 << bitDepth) - 1
  const palette = c.palette
  const entries = palette ? palette.length / 3 : 0
  const greyTrns = colorType === 0 && c.trns && c.trns.length >= 2 ? (c.trns[0]! << 8) | c.trns[1]! : -1
  const maxIn = maskBits
  for (let y = 0; y < height; y++) {
    const rowStart = y * rowLen + 1
    for (let x = 0; x < width; x++, o += 4) {
      let v: number
      if (bitDepth === 8) v = raw[rowStart + x]!
      else {
        const byte = raw[rowStart + Math.floor(x / perByte)]!
        const shift = 8 - bitDepth * ((x % perByte) + 1)
        v = (byte >> shift) & maskBits
      }
      if (colorType === 3) {
        if (v >= entries)
          throw new PngError(`malformed PNG: palette index ${v} out of range (${entries} colours)`)
        out[o] = palette![v * 3]!
        out[o + 1] = palette![v * 3 + 1]!
        out[o + 2] = palette![v * 3 + 2]!
        out[o + 3] = c.trns && v < c.trns.length ? c.trns[v]! : 255
      } else if (v === greyTrns) {
        out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0
      } else {
        const g = bitDepth === 8 ? v : Math.floor((v * 255) / maxIn + 0.5)
        out[o] = out[o + 1] = out[o + 2] = g
        out[o + 3] = 255
      }
    }
  }
  return out
}

function readTrns16(t: Uint8Array, colorType: number): number[] {
  const n = colorType === 2 || colorType === 6 ? 3 : 1
  const out: number[] = []
  for (let i = 0; i < n && i * 2 + 1 < t.length; i++) out.push((t[i * 2]! << 8) | t[i * 2 + 1]!)
  return out
}

/** An Adam7 image: each pass un-filtered and converted as a small image of its own, then its pixels scattered. */
function deinterlace(c: Chunks, raw: Buffer): RgbaImage {
  const { width, height } = c.header
  const out = Buffer.alloc(width * height * 4)
  let pos = 0
  for (const pass of ADAM7) {
    const p = passSize(c.header, pass)
    if (p.width === 0) continue
    const sub: PngHeader = { ...c.header, width: p.width, height: p.height, interlaced: false }
    const { stride, bpp } = rawSize(sub)
    const part = raw.subarray(pos, pos + (stride + 1) * p.height)
    pos += part.length
    unfilter(part, p.height, stride, bpp)
    const rgba = toRgba(part, { ...c, header: sub }, stride)
    const [x0, y0, dx, dy] = pass
    for (let y = 0, s = 0; y < p.height; y++) {
      let d = ((y0 + y * dy) * width + x0) * 4
      for (let x = 0; x < p.width; x++, s += 4, d += dx * 4) rgba.copy(out, d, s, s + 4)
    }
  }
  return { width, height, data: out }
}

function finish(c: Chunks, raw: Buffer): RgbaImage {
  const { stride, bpp, total } = rawSize(c.header)
  const { width, height, bitDepth, colorType } = c.header
  if (raw.length < total) throw new PngError('truncated PNG: the image data ends early')
  if (c.header.interlaced) return deinterlace(c, raw)
  // What browsers write (8-bit RGBA, or RGB without tRNS) takes a fused path: one pass per row, un-filter then
  // convert while the row is in cache. Everything else: un-filter all rows, then convert as pngjs does.
  if (bitDepth === 8 && colorType === 6 && raw.byteOffset % 4 === 0)
    return { width, height, data: rgba8InPlace(raw, width, height) }
  if (
    bitDepth === 8 &&
    colorType === 2 &&
    !c.trns &&
    raw.byteOffset % 4 === 0 &&
    raw.buffer.byteLength - raw.byteOffset >= width * height * 4
  ) {
    const room = Buffer.from(raw.buffer, raw.byteOffset, Math.max(total, width * height * 4))
    return { width, height, data: rgb8InPlace(room, width, height), opaque: true }
  }
  unfilter(raw, height, stride, bpp)
  return { width, height, data: toRgba(raw, c, stride) }
}

/**
 * zlib options for the image data: the output in one chunk (nothing concatenated or copied afterwards) with room
 * for the decoded RGBA of an 8-bit RGB image (widened in place) and for zlib to report the stream's end; no more
 * output than the header's size allows. Memory is touched only where written: on the VMs this runs on, a first
 * touch of fresh memory can cost more than the decoding itself.
 */
function inflateOptions(h: PngHeader, total: number) {
  const room = h.bitDepth === 8 && h.colorType === 2 ? Math.max(total, h.width * h.height * 4) : total
  return {
    maxOutputLength: total,
    chunkSize: Math.max(1024, room + 1024),
    finishFlush: zc.Z_SYNC_FLUSH
  }
}

/** Decodes a PNG to 8-bit RGBA (synchronously). Throws PngError with a one-line reason. */
export function decodePng(bytes: Buffer, maxPixels = DEFAULT_MAX_PIXELS): RgbaImage {
  const c = readChunks(bytes, maxPixels)
  const { total } = rawSize(c.header)
  let raw: Buffer
  try {
    raw = inflateSync(c.idat, inflateOptions(c.header, total))
  } catch (e) {
    throw new PngError(describeZlib(e))
  }
  return finish(c, raw)
}

/**
 * The inner parts of Node's zlib engine that let it inflate into a buffer we give it. Node's public API always
 * inflates into a buffer it allocates afresh; these fields have been the same from Node 10 to 24 (checked on
 * each use, with the public API as the fallback, and a test says which path the running Node takes).
 */
interface InflateInternals {
  _outBuffer: Buffer
  _outOffset: number
  _chunkSize: number
  _finishFlushFlag: number
  _processChunk(chunk: Buffer, flushFlag: number): Buffer
}

function internals(engine: Inflate): InflateInternals | null {
  const e = engine as unknown as Partial<InflateInternals>
  return typeof e._processChunk === 'function' &&
    Buffer.isBuffer(e._outBuffer) &&
    e._outOffset === 0 &&
    typeof e._chunkSize === 'number' &&
    typeof e._finishFlushFlag === 'number'
    ? (e as InflateInternals)
    : null
}

/** Whether this Node lets inflateInto write into a given buffer (else it falls back to a fresh one). */
export function canInflateInPlace(): boolean {
  const engine = new Inflate({ chunkSize: 64 })
  const ok = internals(engine) !== null
  engine.close()
  return ok
}

/**
 * Inflates the image data into memory from `room` (asked for zlib's output size: the image's bytes plus margin;
 * the result is a view of it) — or, where this Node's engine does not allow that or the memory is unaligned, into
 * a fresh buffer through the public API (`room` then not asked).
 */
function inflateInto(idat: Buffer, h: PngHeader, total: number, room: (bytes: number) => Buffer): Buffer {
  const opts = inflateOptions(h, total)
  const engine = new Inflate({ ...opts, chunkSize: 64 })
  const e = internals(engine)
  const out = e ? room(opts.chunkSize) : null
  if (!e || !out || out.length < opts.chunkSize || out.byteOffset % 4 !== 0) {
    engine.close()
    return inflateSync(idat, opts)
  }
  e._outBuffer = out
  e._chunkSize = out.length
  return e._processChunk(idat, e._finishFlushFlag)
}

/**
 * decodePng into memory the caller keeps between images (a worker's BufferArena): `room(n)` gives n bytes, and
 * the decoded pixels of an 8-bit RGB or RGBA image (what browsers write) are a view of them — valid until the
 * caller hands the same memory out again. Other formats are converted into a buffer of their own.
 */
export function decodePngInto(bytes: Buffer, maxPixels: number, room: (bytes: number) => Buffer): RgbaImage {
  const c = readChunks(bytes, maxPixels)
  const { total } = rawSize(c.header)
  let raw: Buffer
  try {
    raw = inflateInto(c.idat, c.header, total, room)
  } catch (e) {
    throw new PngError(describeZlib(e))
  }
  return finish(c, raw)
}

/** decodePng, with the inflating done on the libuv pool (so several images inflate in parallel). */
export async function decodePngAsync(bytes: Buffer, maxPixels = DEFAULT_MAX_PIXELS): Promise<RgbaImage> {
  const c = readChunks(bytes, maxPixels)
  const { total } = rawSize(c.header)
  let raw: Buffer
  try {
    raw = await inflateAsync(c.idat, inflateOptions(c.header, total))
  } catch (e) {
    throw new PngError(describeZlib(e))
  }
  return finish(c, raw)
}

// CRC-32 (ISO 3309, as PNG chunks use it), table-driven.
const CRC_TABLE = (() => {
  const t = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c
  }
  return t
})()

export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 255]! ^ (c >>> 8)
  return ~c >>> 0
}

/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  out.set(data, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

function ihdr(width: number, height: number): Buffer {
  const h = Buffer.alloc(13)
  h.writeUInt32BE(width, 0)
  h.writeUInt32BE(height, 4)
  h[8] = 8 // bit depth
  h[9] = 6 // RGBA
  return h
}

/** Rows `y0`.. of RGBA (`rows` of them) into `out`, each after filter byte 0 (None): one copy per row. */
function filterNoneInto(out: Buffer, rgba: Uint8Array, width: number, y0: number, rows: number): Buffer {
  const stride = width * 4
  for (let r = 0; r < rows; r++) {
    const o = r * (stride + 1)
    out[o] = 0
    out.set(rgba.subarray((y0 + r) * stride, (y0 + r + 1) * stride), o + 1)
  }
  return out
}

/** All rows, filtered, ready to deflate. */
function filterNone(rgba: Uint8Array, width: number, height: number): Buffer {
  return filterNoneInto(Buffer.allocUnsafe((width * 4 + 1) * height), rgba, width, 0, height)
}

/** Fastest deflate level: a diff image's flat grey areas still compress well without a row filter. */
const DEFLATE_OPTIONS = { level: 1, memLevel: 9 }

function assemble(width: number, height: number, compressed: Buffer): Buffer {
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', ihdr(width, height)),
    pngChunk('IDAT', compressed),
    pngChunk('IEND', new Uint8Array(0))
  ])
}

/** Encodes 8-bit RGBA as a PNG, fast settings. */
export function encodePng(img: RgbaImage): Buffer {
  return assemble(
    img.width,
    img.height,
    deflateSync(filterNone(img.data, img.width, img.height), DEFLATE_OPTIONS)
  )
}

/** Filtered rows per block handed to the deflate stream: about this many bytes. */
const ENCODE_BLOCK_BYTES = 256 * 1024

/**
 * encodePng with the deflating on the libuv pool, streamed: the rows are filtered block by block into two small
 * buffers used in turn (one deflating while the next is filled), never into a copy of the whole image, which for a
 * large diff image would be as big as the image and fresh memory to fault in.
 */
export async function encodePngAsync(img: RgbaImage): Promise<Buffer> {
  const { width, height, data } = img
  const stride = width * 4
  const rowsPerBlock = Math.max(1, Math.min(height, Math.floor(ENCODE_BLOCK_BYTES / (stride + 1))))
  const engine = createDeflate(DEFLATE_OPTIONS)
  const parts: Buffer[] = []
  engine.on('data', (part: Buffer) => parts.push(part))
  const ended = new Promise<void>((resolve, reject) => {
    engine.once('end', resolve)
    engine.once('error', reject)
  })
  ended.catch(() => {}) // awaited below; a zlib error may also leave the write in progress unanswered
  const blocks = [0, 1].map(() => Buffer.allocUnsafeSlow(rowsPerBlock * (stride + 1)))
  /** Settles when the block last written is consumed (zlib calls a write back once it has read the chunk). */
  let inFlight: Promise<void> = Promise.resolve()
  try {
    for (let y = 0, k = 0; y < height; y += rowsPerBlock, k ^= 1) {
      const rows = Math.min(rowsPerBlock, height - y)
      const block = filterNoneInto(blocks[k]!.subarray(0, rows * (stride + 1)), data, width, y, rows)
      // Block k was last written two blocks ago, and that write settled before the previous one was made. An
      // engine error ends the wait too (zlib then answers no pending write).
      await Promise.race([inFlight, ended])
      inFlight = new Promise<void>((resolve, reject) => engine.write(block, e => (e ? reject(e) : resolve())))
    }
    await Promise.race([inFlight, ended])
    engine.end()
    await ended
  } finally {
    engine.destroy()
  }
  return assemble(width, height, Buffer.concat(parts))
}

export function colorTypeName(colorType: number): string {
  return COLOR_NAMES[colorType] ?? `colour type ${colorType}`
}
