/**
 * Safe zip extraction for artifacts that may come from untrusted runs (fork PRs, expired or tampered
 * baselines). Every entry name is checked before anything is written (no absolute paths, `..`, backslashes,
 * drive letters, symlinks, devices, duplicates), bytes are counted while they are inflated (header sizes
 * are never trusted), and a refused archive leaves nothing behind.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'
import { UserError, oneLine } from './errors.js'
import { createExclusiveWriteStream } from './exclusive-file.js'

export interface ExtractLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024
}

export interface ExtractResult {
  /** Relative POSIX paths of the regular files written, in archive order. */
  files: string[]
  /** Decompressed bytes written. */
  bytes: number
}

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000

/** Counts bytes as they flow and fails the stream as soon as a limit is crossed. */
class ByteCounter extends Transform {
  count = 0
  constructor(private readonly check: (chunkBytes: number) => void) {
    super()
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.count += chunk.length
      this.check(chunk.length)
      callback(null, chunk)
    } catch (error) {
      callback(error as Error)
    }
  }
}

interface CheckedEntry {
  entry: yauzl.Entry
  /** Normalised relative POSIX path without a trailing slash. */
  name: string
  directory: boolean
}

async function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      // Names are decoded and validated here, not by yauzl, so each refusal says exactly why.
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true
    })
  } catch (error) {
    throw new UserError(`${zipPath} is not a readable zip archive: ${reason(error)}`)
  }
}

function reason(error: unknown): string {
  if (error instanceof UserError) return error.message
  return oneLine(error instanceof Error ? error.message : String(error), 200)
}

/** Decode and validate one entry's name and type; throws a UserError naming the zip and the entry. */
function checkEntry(zipPath: string, entry: yauzl.Entry): CheckedEntry {
  const raw: string = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true
  )
  const shown = JSON.stringify(raw)
  const refuse = (why: string): never => {
    throw new UserError(`${zipPath}: refusing entry ${shown}: ${why}`)
  }
  if (raw.length === 0) refuse('empty name')
  if (/[\u0000-\u001f]/.test(raw)) refuse('control characters in the name')
  if (raw.includes('\\')) refuse('backslash in the name (only "/" separators are allowed)')
  if (/^[a-zA-Z]:/.test(raw)) refuse('drive letter (absolute path)')
  if (raw.startsWith('/')) refuse('absolute path')
  const directory = raw.endsWith('/')
  const segments = (directory ? raw.slice(0, -1) : raw).split('/')
  for (const segment of segments) {
    if (segment === '..') refuse('".." segment escapes the destination')
    if (segment === '.' || segment === '') refuse('empty or "." path segment')
  }
  if (entry.isEncrypted()) refuse('encrypted entries are not supported')
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
  const madeBy = entry.versionMadeBy >> 8
  // Only Unix-made entries (3) and macOS (19) carry a Unix mode in the high attribute bits.
  if ((madeBy === 3 || madeBy === 19) && mode !== 0) {
    if (mode === 0o120000) refuse('symbolic links are not allowed')
    if (mode !== S_IFREG && mode !== S_IFDIR) refuse(`special file type (mode ${mode.toString(8)})`)
    if (mode === S_IFDIR && !directory) refuse('directory entry without a trailing "/"')
  }
  return { entry, name: segments.join('/'), directory }
}

/** Pull entries one at a time from a lazyEntries zip. */
function entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  return (async function* () {
    for (;;) {
      const next = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
        const onEntry = (entry: yauzl.Entry): void => {
          cleanup()
          resolve(entry)
        }
        const onEnd = (): void => {
          cleanup()
          resolve(undefined)
        }
        const onError = (error: Error): void => {
          cleanup()
          reject(error)
        }
        const cleanup = (): void => {
          zip.off('entry', onEntry)
          zip.off('end', onEnd)
          zip.off('error', onError)
        }
        zip.on('entry', onEntry)
        zip.on('end', onEnd)
        zip.on('error', onError)
        zip.readEntry()
      })
      if (next === undefined) return
      yield next
    }
  })()
}

async function prepareDestination(destDir: string): Promise<boolean> {
  try {
    const info = await stat(destDir)
    if (!info.isDirectory()) throw new UserError(`extraction target ${destDir} exists and is not a directory`)
    const present = await readdir(destDir)
    if (present.length > 0) throw new UserError(`extraction target ${destDir} is not empty`)
    return false
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    await mkdir(destDir, { recursive: true })
    return true
  }
}

/**
 * Extract `zipPath` into `destDir` (absent or empty). Throws a one-line UserError naming the zip and the
 * entry when the archive is unsafe, corrupt or over a limit; in that case nothing extracted is left behind.
 */
export async function extractZip(
  zipPath: string,
  destDir: string,
  limits: Partial<ExtractLimits> = {}
): Promise<ExtractResult> {
  const max: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS, ...limits }
  const root = path.resolve(destDir)
  const zip = await openZip(zipPath)
  let created: boolean
  try {
    created = await prepareDestination(root)
  } catch (error) {
    zip.close()
    throw error
  }
  const files: string[] = []
  const seenFiles = new Set<string>()
  const seenDirs = new Set<string>()
  let total = 0
  let count = 0
  try {
    if (zip.entryCount > max.maxEntries) {
      throw new UserError(
        `${zipPath} has ${zip.entryCount} entries, more than the limit of ${max.maxEntries}`
      )
    }
    for await (const entry of entries(zip)) {
      count++
      if (count > max.maxEntries) {
        throw new UserError(`${zipPath} has more than ${max.maxEntries} entries`)
      }
      const checked = checkEntry(zipPath, entry)
      const target = path.resolve(root, ...checked.name.split('/'))
      if (!target.startsWith(root + path.sep)) {
        throw new UserError(
          `${zipPath}: refusing entry ${JSON.stringify(checked.name)}: escapes the destination`
        )
      }
      // Every ancestor must be (or become) a directory, never a file written earlier, and vice versa.
      const parts = checked.name.split('/')
      for (let i = 1; i < parts.length; i++) {
        const ancestor = parts.slice(0, i).join('/')
        if (seenFiles.has(ancestor)) {
          throw new UserError(
            `${zipPath}: refusing entry ${JSON.stringify(checked.name)}: "${ancestor}" is also a file`
          )
        }
        seenDirs.add(ancestor)
      }
      if (seenFiles.has(checked.name) || (!checked.directory && seenDirs.has(checked.name))) {
        throw new UserError(`${zipPath}: refusing entry ${JSON.stringify(checked.name)}: duplicate name`)
      }
      if (checked.directory) {
        seenDirs.add(checked.name)
        await mkdir(target, { recursive: true })
        continue
      }
      seenFiles.add(checked.name)
      if (entry.uncompressedSize > max.maxEntryBytes) {
        throw new UserError(
          `${zipPath}: entry ${JSON.stringify(checked.name)} declares ${entry.uncompressedSize} bytes, over the per-entry limit of ${max.maxEntryBytes}`
        )
      }
      await mkdir(path.dirname(target), { recursive: true })
      const counter = new ByteCounter(() => {
        if (counter.count > max.maxEntryBytes) {
          throw new UserError(
            `${zipPath}: entry ${JSON.stringify(checked.name)} inflates to more than ${max.maxEntryBytes} bytes (per-entry limit); refusing a possible zip bomb`
          )
        }
        if (total + counter.count > max.maxTotalBytes) {
          throw new UserError(
            `${zipPath} inflates to more than ${max.maxTotalBytes} bytes in total (limit); refusing a possible zip bomb`
          )
        }
      })
      try {
        // 'wx': never overwrite or follow anything already at the target. Opened before the entry's stream,
        // so nothing can fail on that stream before the pipeline listens to it.
        const file = await createExclusiveWriteStream(target)
        const source = await zip.openReadStreamPromise(entry).catch((error: unknown) => {
          file.destroy()
          throw error
        })
        await pipeline(source, counter, file)
      } catch (error) {
        if (error instanceof UserError) throw error
        throw new UserError(
          `${zipPath}: cannot extract entry ${JSON.stringify(checked.name)}: ${reason(error)}`
        )
      }
      total += counter.count
      files.push(checked.name)
    }
    return { files, bytes: total }
  } catch (error) {
    await removeWritten(root, created)
    if (error instanceof UserError) throw error
    throw new UserError(`${zipPath} is not a valid zip archive: ${reason(error)}`)
  } finally {
    zip.close()
  }
}

async function removeWritten(root: string, created: boolean): Promise<void> {
  if (created) {
    await rm(root, { recursive: true, force: true })
    return
  }
  for (const name of await readdir(root).catch(() => [] as string[])) {
    await rm(path.join(root, name), { recursive: true, force: true })
  }
}

/**
 * Read one entry of a zip as UTF-8 text without extracting anything. Returns undefined when the archive has
 * no such entry; throws a UserError for an unsafe or corrupt archive or an entry over `maxBytes`.
 */
export async function readZipEntryText(
  zipPath: string,
  name: string,
  maxBytes: number
): Promise<string | undefined> {
  const zip = await openZip(zipPath)
  try {
    for await (const entry of entries(zip)) {
      const checked = checkEntry(zipPath, entry)
      if (checked.directory || checked.name !== name) continue
      if (entry.uncompressedSize > maxBytes) {
        throw new UserError(
          `${zipPath}: entry ${JSON.stringify(name)} declares ${entry.uncompressedSize} bytes, over the limit of ${maxBytes}`
        )
      }
      const chunks: Buffer[] = []
      const counter = new ByteCounter(() => {
        if (counter.count > maxBytes) {
          throw new UserError(`${zipPath}: entry ${JSON.stringify(name)} is larger than ${maxBytes} bytes`)
        }
      })
      try {
        const source = await zip.openReadStreamPromise(entry)
        await pipeline(source, counter, async function (stream: AsyncIterable<Buffer>) {
          for await (const chunk of stream) chunks.push(chunk)
        })
      } catch (error) {
        if (error instanceof UserError) throw error
        throw new UserError(`${zipPath}: cannot read entry ${JSON.stringify(name)}: ${reason(error)}`)
      }
      return Buffer.concat(chunks).toString('utf8')
    }
    return undefined
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${zipPath} is not a valid zip archive: ${reason(error)}`)
  } finally {
    zip.close()
  }
}
