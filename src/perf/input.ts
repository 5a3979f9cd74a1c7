/**
 * Reading result files: plain or gzip (detected by its magic bytes, whatever the name), streamed in chunks,
 * with the gzip ratio cap that stops a gzip bomb, and whole-document reads under a size cap.
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { UserError } from '../shared/errors.js'
import type { Limits } from './model.js'

const CHUNK = 1 << 20
const GZIP_MAGIC = [0x1f, 0x8b] as const

export function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]
}

async function readPrefix(path: string, label: string, n: number): Promise<Buffer> {
  let fh
  try {
    fh = await open(path, 'r')
  } catch (e) {
    throw new UserError(`${label}: cannot open (${(e as NodeJS.ErrnoException).code ?? String(e)})`)
  }
  try {
    const buf = Buffer.alloc(n)
    const { bytesRead } = await fh.read(buf, 0, n, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

/** The first bytes of the (decompressed) content, for format detection. */
export async function readHead(
  path: string,
  label: string,
  n = 64 * 1024
): Promise<{ text: string; gzip: boolean }> {
  const raw = await readPrefix(path, label, n)
  if (!isGzip(raw)) return { text: raw.toString('utf8'), gzip: false }
  const parts: Buffer[] = []
  let have = 0
  try {
    for await (const chunk of chunks(path, label, UNCAPPED)) {
      parts.push(chunk)
      have += chunk.length
      if (have >= n) break
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e
    // a truncated or corrupt gzip still has a readable head; the full read reports the problem
  }
  return { text: Buffer.concat(parts).subarray(0, n).toString('utf8'), gzip: true }
}

const UNCAPPED: Limits = {
  maxLineBytes: Infinity,
  maxSamples: Infinity,
  maxEndpoints: Infinity,
  maxGzipRatio: Infinity,
  gzipRatioAfterBytes: Infinity,
  maxDocumentBytes: Infinity
}

export interface ChunkState {
  /** Set when a gzip stream ended early (file cut mid-write): the bytes before the cut were delivered. */
  truncatedGzip?: boolean
}

/**
 * The file's content in chunks (decompressed when it is gzip). Stops with a UserError when a gzip file
 * inflates beyond the ratio cap. A gzip stream that ends early is not an error: `state.truncatedGzip` says so.
 */
export async function* chunks(
  path: string,
  label: string,
  limits: Limits,
  state: ChunkState = {}
): AsyncGenerator<Buffer> {
  const head = await readPrefix(path, label, 2)
  const file = createReadStream(path, { highWaterMark: CHUNK })
  if (!isGzip(head)) {
    try {
      for await (const chunk of file) yield chunk as Buffer
    } finally {
      file.destroy()
    }
    return
  }
  const gunzip = createGunzip({ chunkSize: 256 * 1024 })
  file.on('error', e => gunzip.destroy(e))
  file.pipe(gunzip)
  let out = 0
  try {
    for await (const chunk of gunzip) {
      out += (chunk as Buffer).length
      if (out > limits.gzipRatioAfterBytes && out > limits.maxGzipRatio * Math.max(file.bytesRead, 1)) {
        throw new UserError(
          `${label}: gzip expands more than ${limits.maxGzipRatio}:1 (${out} bytes from ${file.bytesRead}); refusing it as a possible gzip bomb`
        )
      }
      yield chunk as Buffer
    }
  } catch (e) {
    if (e instanceof UserError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'Z_BUF_ERROR') {
      state.truncatedGzip = true
      return
    }
    throw new UserError(`${label}: not readable as gzip (${(e as Error).message})`)
  } finally {
    file.unpipe(gunzip)
    file.destroy()
    gunzip.destroy()
  }
}

/** The whole (decompressed) file as text, refused beyond `maxDocumentBytes`. */
export async function readDocument(path: string, label: string, limits: Limits): Promise<string> {
  const parts: Buffer[] = []
  let size = 0
  const state: ChunkState = {}
  for await (const chunk of chunks(path, label, limits, state)) {
    size += chunk.length
    if (size > limits.maxDocumentBytes) {
      throw new UserError(`${label}: larger than ${limits.maxDocumentBytes} bytes; not read`)
    }
    parts.push(chunk)
  }
  if (state.truncatedGzip) throw new UserError(`${label}: the gzip stream ends early (file cut short)`)
  let text = Buffer.concat(parts).toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return text
}
