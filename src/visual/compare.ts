// compareSuites: a baseline directory of PNGs against a current one, image by image.
//
// Listing: both directories walked (bounded in depth and entries); `.png` names (any case) relative to the
// directory with `/`. A symlink is never followed (an error for that name, wherever it points); a name that
// is not a plain relative path (`..`, control characters, backslashes) is an error for that name. Files are
// opened with O_NOFOLLOW, so a file swapped for a symlink after listing is refused too.
// Work: byte-identical pairs are settled here, on the main thread, without decoding and without starting a
// worker. The rest go to the lanes: this thread alone for the first MAIN_ONLY_PAIRS, then by default also
// cores − 1 workers on 3 or more cores (started when they join; each holding one more pair queued as bytes);
// at most one pair per lane is decoded at once.
// Every failure is that image's error; the rest of the suite is still compared.
import { constants, existsSync } from 'node:fs'
import { lstat, mkdir, open, readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../shared/errors.js'
import type { ImageResult, SuiteResult, SuiteStats } from './model.js'
import { allowedPixels, optionsResolver, type OptionsSpec } from './options.js'
import { BufferArena, OneAtATime } from './arena.js'
import { arenaDecoder, comparePair, type Decoder, type PairInput, type PairOutput } from './pair.js'
import { DEFAULT_MAX_PIXELS, readPngHeader } from './png.js'
import { ComparePool, defaultWorkerCount, WORKER_STOPPED } from './pool.js'

export interface CompareSuitesInput {
  baselineDir: string
  currentDir: string
  /** Where diff PNGs of changed images go (same relative names); none written when absent. */
  diffDir?: string
  options?: OptionsSpec
  /** Worker threads. Default: this thread compares, joined past MAIN_ONLY_PAIRS pairs to decode by
   *  defaultWorkerCount() workers (cores − 1, none on fewer than 3 cores), each holding a second pair queued.
   *  Given explicitly (tests, callers that want a fixed pool): that many workers holding one pair each, this
   *  thread only reading; 0 compares in process. */
  poolSize?: number
  /** The default lanes' shape, for tests: `workers` worker threads beside this thread (default
   *  defaultWorkerCount(): cores − 1, none on 2 cores), taking pairs once this thread was given `mainOnlyPairs`
   *  (default MAIN_ONLY_PAIRS). */
  lanes?: { workers?: number; mainOnlyPairs?: number }
  /** The pool's worker script (the built src/visual/worker.ts); default visual-worker.js beside this module,
   *  and in process when that file does not exist. */
  workerScript?: string | URL
  /** Compare only these names (relative, `/`-separated), e.g. a subset chosen by the caller. */
  names?: string[]
  /** Fingerprint each changed image's diff (ImageResult.fingerprint), for approvals. */
  fingerprints?: boolean
  /** Largest image accepted, in pixels. */
  maxPixels?: number
  /** Replaces the PNG decoder (tests count its calls); implies in-process comparison. */
  decoder?: Decoder
}

const MAX_ENTRIES = 100_000
const MAX_DEPTH = 32
/** Largest file read: well above any PNG under the pixel limit that a browser writes. */
const MAX_FILE_BYTES = 512 * 1024 * 1024
const READ_LANES = 4
/**
 * Pairs to decode that this thread compares alone before the workers join in. A worker's first pairs run in
 * V8's unoptimised tiers, in an isolate of its own: measured on a 2-core VM, one lane compared a 1280×800 pair in
 * ~18 ms once warm, but its first in ~110 ms and its second in ~40 ms. A small suite is done sooner here alone
 * (8 changed pairs through the CLI: 0.57 s alone against 0.70 s with a worker; 40 changed pairs: the same time
 * either way); a large one still gets every core.
 */
export const MAIN_ONLY_PAIRS = 16

type Entry = { kind: 'file' } | { kind: 'refused'; why: string }

/** Why a relative name is unsafe to use as a path, or null when it is fine. */
export function unsafeName(name: string): string | null {
  if (name.length === 0 || name.length > 1024) return 'empty or overlong name'
  if (/[\u0000-\u001f\u007f\\]/.test(name)) return 'control character or backslash in the name'
  if (name.startsWith('/')) return 'absolute path'
  for (const part of name.split('/'))
    if (part === '' || part === '.' || part === '..') return `"${part}" in the path`
  return null
}

async function listPngs(root: string, label: string): Promise<Map<string, Entry>> {
  const out = new Map<string, Entry>()
  let st
  try {
    st = await lstat(root)
  } catch {
    throw new UserError(`${label} directory not found: ${root}`)
  }
  if (!st.isDirectory())
    throw new UserError(`${label} is not a directory (symlinks are not followed): ${root}`)
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) throw new UserError(`${label}: folders nested deeper than ${MAX_DEPTH} levels`)
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    for (const e of entries) {
      if (out.size >= MAX_ENTRIES) throw new UserError(`${label}: more than ${MAX_ENTRIES} images`)
      const name = rel ? `${rel}/${e.name}` : e.name
      const isPngName = /\.png$/i.test(e.name)
      if (e.isSymbolicLink()) {
        if (isPngName || !/\.[a-z0-9]+$/i.test(e.name))
          out.set(name, { kind: 'refused', why: 'is a symbolic link (not followed)' })
        continue
      }
      if (e.isDirectory()) await walk(join(dir, e.name), name, depth + 1)
      else if (isPngName) {
        const bad = unsafeName(name)
        out.set(
          name,
          e.isFile()
            ? bad
              ? { kind: 'refused', why: bad }
              : { kind: 'file' }
            : { kind: 'refused', why: 'not a regular file' }
        )
      }
    }
  }
  await walk(root, '', 0)
  return out
}

/** Largest file a reading lane keeps its buffer for between pairs (screenshots are well under it). */
const MAX_KEPT_READ_BYTES = 4 * 1024 * 1024

/**
 * Reads a regular file without following a symlink at its last component, bounded in size: into `into(n)`
 * (memory a reading lane reuses from pair to pair: fresh memory is slow to touch here) or a buffer of its own.
 * The bytes are those present at the fstat (a file growing meanwhile is read up to that size).
 */
async function readNoFollow(path: string, into?: (bytes: number) => Buffer): Promise<Buffer> {
  const fh = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new Error('not a regular file')
    if (st.size > MAX_FILE_BYTES) throw new Error(`file larger than ${MAX_FILE_BYTES} bytes`)
    if (!into) return await fh.readFile()
    const buf = into(st.size)
    let got = 0
    // Each read returns at least one byte or ends the loop, so it runs at most st.size + 1 times.
    while (got < st.size) {
      const { bytesRead } = await fh.read(buf, got, st.size - got, got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    return buf.subarray(0, got)
  } finally {
    await fh.close()
  }
}

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'ELOOP' || code === 'EMLINK') return 'is a symbolic link (not followed)'
  if (code === 'ENOENT') return 'disappeared while comparing'
  return (e instanceof Error ? e.message : String(e)).slice(0, 200)
}

function blank(name: string): ImageResult {
  return { name, status: 'error', diffPixels: 0, subtlePixels: 0, allowedPixels: 0, width: 0, height: 0 }
}

export async function compareSuites(input: CompareSuitesInput): Promise<SuiteResult> {
  const resolve = optionsResolver(input.options)
  const maxPixels = input.maxPixels ?? DEFAULT_MAX_PIXELS
  const [baseList, curList] = await Promise.all([
    listPngs(input.baselineDir, 'baseline'),
    listPngs(input.currentDir, 'current')
  ])
  let names: string[]
  const errors = new Map<string, string>()
  if (input.names) {
    names = [...new Set(input.names)]
    for (const n of names) {
      const bad = unsafeName(n)
      if (bad) errors.set(n, `unsafe image name: ${bad}`)
    }
  } else names = [...new Set([...baseList.keys(), ...curList.keys()])]
  names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))

  // Lanes that decode and diff: by default this thread, joined on 3 or more cores by cores − 1 worker threads
  // once a suite proves large (defaultWorkerCount, MAIN_ONLY_PAIRS). An explicit poolSize is that many workers
  // and this thread only reads; 0 (or no worker script) compares here.
  const explicit = input.poolSize !== undefined
  let workers = input.decoder ? 0 : (input.poolSize ?? input.lanes?.workers ?? defaultWorkerCount())
  const mainOnlyPairs = input.lanes?.mainOnlyPairs ?? MAIN_ONLY_PAIRS
  const script = input.workerScript ?? new URL('./visual-worker.js', import.meta.url)
  if (workers > 0 && !input.workerScript && !existsSync(fileURLToPath(script))) workers = 0
  // By default each worker also holds the next pair queued (its bytes only), so it never waits for this thread.
  const depth = explicit ? 1 : 2
  const pool = workers > 0 ? new ComparePool(workers, script, depth) : null
  const mainLane = workers === 0 || !explicit
  const heavySlots = workers * depth + (mainLane ? 1 : 0)
  /** This thread's buffers between its pairs: one pair at a time, through thisThread. */
  const arena = new BufferArena()
  const decodeHere: Decoder = input.decoder ?? arenaDecoder(arena)
  /** This thread's pairs, one after another (`pending`: running or queued behind it). */
  const thisThread = new OneAtATime()
  /** Pairs whose bytes differed so far (each needs decoding). */
  let differing = 0
  const stats: SuiteStats = {
    byteIdentical: 0,
    decodedEqual: 0,
    diffed: 0,
    maxInFlight: 0,
    poolSize: workers,
    mainThreadCompares: mainLane,
    mainThreadPairs: 0,
    workerPairs: 0
  }
  let inFlight = 0
  /** The pool joins once the suite has more than mainOnlyPairs pairs to decode (at once with an explicit pool). */
  let poolJoined = pool !== null && !mainLane
  /** Until then this thread compares alone: one pair running, one read and waiting — no more, so that pairs
   *  read meanwhile are not all queued behind this thread when the workers join. */
  const slots = () => (poolJoined ? heavySlots : Math.min(heavySlots, 2))
  const queue: Array<() => void> = []
  const acquire = async () => {
    // Bounded wait: each release (and the pool joining) wakes waiters for the slots freed.
    while (inFlight >= slots()) await new Promise<void>(r => queue.push(r))
    inFlight++
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight)
  }
  const release = () => {
    inFlight--
    queue.shift()?.()
  }
  const joinPool = () => {
    if (poolJoined || !pool) return
    poolJoined = true
    for (let n = heavySlots; n > 0; n--) queue.shift()?.()
  }

  const results = new Map<string, ImageResult>()
  const one = async (name: string, lane: BufferArena): Promise<ImageResult> => {
    const into = (slot: string) => (n: number) => lane.take(slot, n)
    const early = errors.get(name)
    if (early) return { ...blank(name), message: early }
    const be = baseList.get(name)
    const ce = curList.get(name)
    if (!be && !ce) return { ...blank(name), message: 'in neither directory' }
    for (const [e, side] of [
      [be, 'baseline'],
      [ce, 'current']
    ] as const)
      if (e?.kind === 'refused') return { ...blank(name), message: `${side}: ${e.why}` }
    const o = resolve(name)
    if (!be || !ce) {
      const side = be ? 'baseline' : 'current'
      try {
        const bytes = await readNoFollow(
          join(side === 'baseline' ? input.baselineDir : input.currentDir, name),
          into(side)
        )
        const h = readPngHeader(bytes, maxPixels)
        return {
          ...blank(name),
          status: be ? 'removed' : 'added',
          width: h.width,
          height: h.height,
          allowedPixels: allowedPixels(o, h.width * h.height)
        }
      } catch (e) {
        return { ...blank(name), message: `${side}: ${readError(e)}` }
      }
    }
    let baseline: Buffer
    let current: Buffer
    let mask: Buffer | null = null
    try {
      baseline = await readNoFollow(join(input.baselineDir, name), into('baseline'))
    } catch (e) {
      return { ...blank(name), message: `baseline: ${readError(e)}` }
    }
    try {
      current = await readNoFollow(join(input.currentDir, name), into('current'))
    } catch (e) {
      return { ...blank(name), message: `current: ${readError(e)}` }
    }
    if (o.mask !== null) {
      try {
        mask = await readNoFollow(o.mask)
      } catch (e) {
        return { ...blank(name), message: `mask ${o.mask}: ${readError(e)}` }
      }
    }
    const pair: PairInput = {
      name,
      baseline,
      current,
      options: o,
      mask,
      wantDiff: !!input.diffDir,
      ...(input.fingerprints ? { fingerprint: true } : {}),
      maxPixels
    }
    let out: PairOutput
    if (baseline.equals(current)) {
      out = await comparePair(pair) // settles on the bytes; decodes nothing
    } else {
      differing++
      // By default the first pairs to decode stay on this thread (MAIN_ONLY_PAIRS); an explicit pool is always
      // used.
      if (differing > mainOnlyPairs) joinPool()
      await acquire()
      try {
        // This thread takes the pair until the pool joins; then unless a worker waits ready or this thread has
        // a pair already (it then stays free to feed the workers).
        if (!pool || !poolJoined || (mainLane && thisThread.pending === 0 && !pool.hasIdleReadyWorker())) {
          out = await thisThread.run(() => comparePair(pair, decodeHere, arena))
          stats.mainThreadPairs++
        } else {
          pool.start()
          // The lane's read buffers are its own again after this pair: the worker gets copies, moved to it. A pair
          // lost with a worker that died (it may only have been queued there) is tried once more.
          const send = () =>
            pool.run({ ...pair, baseline: Buffer.from(baseline), current: Buffer.from(current) })
          out = await send().catch((e: unknown) =>
            e instanceof Error && e.message.startsWith(WORKER_STOPPED) ? send() : Promise.reject(e)
          )
          stats.workerPairs++
        }
      } catch (e) {
        return { ...blank(name), message: readError(e) }
      } finally {
        release()
      }
    }
    if (out.path === 'bytes') stats.byteIdentical++
    else if (out.path === 'decoded-equal') stats.decodedEqual++
    else if (out.path === 'diffed') stats.diffed++
    const r: ImageResult = { ...out.result }
    if (out.diffPng && input.diffDir) {
      const target = join(input.diffDir, name)
      try {
        await mkdir(dirname(target), { recursive: true })
        await writeFile(target, out.diffPng)
        r.diffImage = name
      } catch (e) {
        r.message = `${r.message ? `${r.message}; ` : ''}diff image not written: ${readError(e)}`
      }
    }
    return r
  }

  try {
    let next = 0
    const lanes = Math.max(READ_LANES, heavySlots + 2)
    await Promise.all(
      Array.from({ length: Math.min(lanes, names.length) }, async () => {
        const lane = new BufferArena(MAX_KEPT_READ_BYTES)
        while (next < names.length) {
          const name = names[next++]!
          results.set(name, await one(name, lane))
        }
      })
    )
  } finally {
    await pool?.close()
  }
  return { images: names.map(n => results.get(n)!), stats }
}
