/**
 * Entry points of the coverage parsers: detect the format by content, parse into the normalised model
 * (src/coverage/model.ts) with repo-relative POSIX paths. Every bad input is a one-line UserError naming
 * the file.
 */
import { open, stat, type FileHandle } from 'node:fs/promises'
import { readSync } from 'node:fs'
import { UserError } from '../../shared/errors.js'
import type { CoverageFormat, CoverageReport } from '../model.js'
import { parseClover } from './clover.js'
import { parseCobertura } from './cobertura.js'
import { detectFormat } from './detect.js'
import { parseGo } from './go.js'
import { parseIstanbul } from './istanbul.js'
import { DEFAULT_SOURCE_ROOTS, parseJacoco } from './jacoco.js'
import { lcovStream, parseLcov } from './lcov.js'
import { PathNormalizer, type PathMapping } from './paths.js'

export { detectFormat } from './detect.js'
export type { PathMapping } from './paths.js'

export interface ParseOptions {
  /** Absolute; used to make paths repo-relative and to look files up (JaCoCo roots, CI prefixes, go.mod). */
  repoRoot?: string
  pathMappings?: PathMapping[]
  /** Skip detection. */
  format?: CoverageFormat
  /** JaCoCo: directories that hold package trees (default src/main/java, src/main/kotlin, …). */
  sourceRoots?: string[]
  /** Refuse larger files (default 1 GiB). */
  maxBytes?: number
  /** Read size for files parsed in chunks (default 1 MiB; at least 64 KiB, else files are read whole). */
  chunkBytes?: number
}

export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024
const FORMATS: CoverageFormat[] = ['lcov', 'istanbul', 'cobertura', 'jacoco', 'clover', 'go']

export async function parseCoverageFile(path: string, opts: ParseOptions = {}): Promise<CoverageReport> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  let size: number
  try {
    const st = await stat(path)
    if (!st.isFile()) throw new UserError(`${path}: not a regular file`)
    size = st.size
  } catch (e) {
    if (e instanceof UserError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new UserError(`${path}: cannot read the coverage report (${code ?? (e as Error).message})`)
  }
  if (size > maxBytes) {
    throw new UserError(`${path}: the coverage report is ${size} bytes, larger than the limit of ${maxBytes} bytes`)
  }
  const fh = await open(path, 'r')
  let buf: Buffer
  try {
    const chunk = opts.chunkBytes ?? CHUNK_BYTES
    if (size > chunk && chunk >= DETECT_BYTES) {
      // Large file: read the first chunk; LCOV (UTF-8) is then parsed chunk by chunk, never holding a
      // buffer the size of the file. Everything else is read whole as below.
      const first = Buffer.allocUnsafe(chunk)
      const n = await readFull(fh, first, 0, chunk, 0)
      const head = first.subarray(0, n)
      const format = streamableFormat(head, path, opts)
      if (format === 'lcov') {
        const paths = new PathNormalizer({ repoRoot: opts.repoRoot, pathMappings: opts.pathMappings })
        return await streamLcov(fh, first, n, size, path, paths)
      }
      buf = Buffer.allocUnsafe(size)
      head.copy(buf, 0)
      const off = n < chunk ? n : n + (await readFull(fh, buf, n, size - n, n))
      buf = off === size ? buf : buf.subarray(0, off)
    } else {
      buf = Buffer.allocUnsafe(size)
      const off = await readFull(fh, buf, 0, size, 0)
      buf = off === size ? buf : buf.subarray(0, off)
    }
  } finally {
    await fh.close()
  }
  return parseCoverageBuffer(buf, path, opts)
}

/** Read size for large reports parsed in chunks (LCOV). */
const CHUNK_BYTES = 1 << 20
/** Detection looks at this many leading bytes (as parseCoverageBuffer does). */
const DETECT_BYTES = 65536

/** Read up to `want` bytes at file position `at` into buf[off…]; fewer only at end of file. */
async function readFull(fh: FileHandle, buf: Buffer, off: number, want: number, at: number): Promise<number> {
  let got = 0
  while (got < want) {
    const { bytesRead } = await fh.read(buf, off + got, want - got, at + got)
    if (bytesRead === 0) break
    got += bytesRead
  }
  return got
}

/**
 * The format parseCoverageBuffer would parse these leading bytes as, when it is one parsed in chunks
 * (plain or BOM-prefixed UTF-8 LCOV); undefined otherwise (the file is then read whole and every check
 * happens in parseCoverageBuffer, in its usual order).
 */
function streamableFormat(head: Buffer, source: string, opts: ParseOptions): CoverageFormat | undefined {
  if (opts.format !== undefined && !FORMATS.includes(opts.format)) return undefined
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return undefined
  const format = opts.format ?? detectFormat(head.subarray(0, DETECT_BYTES), source)
  return format === 'lcov' ? format : undefined
}

/**
 * Parse an LCOV file from `first` (its first `n` bytes, already read) onwards, in whole-line pieces, up to
 * `size` bytes as stat saw them (like the whole-file read). A UTF-8 byte-order mark is skipped.
 */
async function streamLcov(
  fh: FileHandle,
  first: Buffer,
  n: number,
  size: number,
  source: string,
  paths: PathNormalizer
): Promise<CoverageReport> {
  const fd = fh.fd
  // Blocks whose functions/branches are tallied by name at the end are read again from the file.
  const reread = (from: number, to: number): Buffer => {
    const out = Buffer.allocUnsafe(to - from)
    let got = 0
    while (got < out.length) {
      const r = readSync(fd, out, got, out.length - got, from + got)
      if (r === 0) break
      got += r
    }
    return out.subarray(0, got)
  }
  const stream = lcovStream(source, paths, reread)
  // Two buffers: the next piece is read (on libuv's thread pool) while this one is parsed.
  let buf = first
  let spare: Buffer = Buffer.allocUnsafe(first.length)
  let start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0
  let filled = n
  let off = n
  /** Report offset of buf[0]. */
  let base = 0
  let eof = n < first.length
  for (;;) {
    if (eof || off >= size) {
      stream.push(buf.subarray(start, filled), base + start)
      return stream.finish()
    }
    const nl = buf.lastIndexOf(10, filled - 1)
    if (nl < start) {
      // One line longer than the buffer: keep it whole in a bigger one.
      buf.copyWithin(0, start, filled)
      filled -= start
      base += start
      start = 0
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2)
        buf.copy(bigger, 0, 0, filled)
        buf = bigger
        spare = Buffer.allocUnsafe(bigger.length)
      }
      const want = Math.min(buf.length - filled, size - off)
      const got = await readFull(fh, buf, filled, want, off)
      if (got < want) eof = true
      filled += got
      off += got
      continue
    }
    // The partial last line moves to the spare buffer, which is filled while this piece is parsed.
    const tail = filled - (nl + 1)
    buf.copy(spare, 0, nl + 1, filled)
    const want = Math.min(spare.length - tail, size - off)
    const reading = readFull(fh, spare, tail, want, off)
    try {
      stream.push(buf.subarray(start, nl + 1), base + start)
    } catch (e) {
      await reading.catch(() => 0) // let the read finish before the file is closed
      throw e
    }
    const got = await reading
    if (got < want) eof = true
    base += nl + 1
    off += got
    filled = tail + got
    start = 0
    const parsed = buf
    buf = spare
    spare = parsed
  }
}

export function parseCoverageBuffer(buf: Buffer, source: string, opts: ParseOptions = {}): CoverageReport {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (buf.length > maxBytes) {
    throw new UserError(`${source}: the coverage report is ${buf.length} bytes, larger than the limit of ${maxBytes} bytes`)
  }
  if (buf.length === 0) throw new UserError(`${source}: the coverage report is empty (0 bytes)`)
  if (opts.format !== undefined && !FORMATS.includes(opts.format)) {
    throw new UserError(`coverage format "${String(opts.format)}" is not one of ${FORMATS.join(', ')}`)
  }
  const format = opts.format ?? detectFormat(buf.subarray(0, DETECT_BYTES), source)
  const paths = new PathNormalizer({ repoRoot: opts.repoRoot, pathMappings: opts.pathMappings })
  // Text formats: drop a UTF-8 byte-order mark, re-encode UTF-16 (PowerShell `>` redirection) as UTF-8.
  if (format === 'lcov' || format === 'go' || format === 'istanbul') buf = textAsUtf8(buf)
  switch (format) {
    case 'lcov':
      return parseLcov(buf, source, paths)
    case 'istanbul':
      return parseIstanbul(buf, source, paths)
    case 'cobertura':
      return parseCobertura(buf, source, paths)
    case 'jacoco':
      return parseJacoco(buf, source, paths, opts.sourceRoots ?? DEFAULT_SOURCE_ROOTS)
    case 'clover':
      return parseClover(buf, source, paths)
    case 'go':
      return parseGo(buf, source, paths)
  }
}

function textAsUtf8(buf: Buffer): Buffer {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3)
  if (buf[0] === 0xff && buf[1] === 0xfe) return Buffer.from(buf.toString('utf16le', 2), 'utf8')
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const body = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)))
    return Buffer.from(body.swap16().toString('utf16le'), 'utf8')
  }
  return buf
}
