/**
 * Entry points of the coverage parsers: detect the format by content, parse into the normalised model
 * (src/coverage/model.ts) with repo-relative POSIX paths. Every bad input is a one-line UserError naming
 * the file.
 */
import { open, stat } from 'node:fs/promises'
import { UserError } from '../../shared/errors.js'
import type { CoverageFormat, CoverageReport } from '../model.js'
import { parseClover } from './clover.js'
import { parseCobertura } from './cobertura.js'
import { detectFormat } from './detect.js'
import { parseGo } from './go.js'
import { parseIstanbul } from './istanbul.js'
import { DEFAULT_SOURCE_ROOTS, parseJacoco } from './jacoco.js'
import { parseLcov } from './lcov.js'
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
    buf = Buffer.allocUnsafe(size)
    let off = 0
    while (off < size) {
      const { bytesRead } = await fh.read(buf, off, size - off, off)
      if (bytesRead === 0) break
      off += bytesRead
    }
    buf = off === size ? buf : buf.subarray(0, off)
  } finally {
    await fh.close()
  }
  return parseCoverageBuffer(buf, path, opts)
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
  const format = opts.format ?? detectFormat(buf.subarray(0, 65536), source)
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
