/**
 * k6 for the perf gate: a binary the gate can run, from `k6-path` or from grafana/k6's GitHub release.
 *
 * Order of the sources (each step only when the previous one gave nothing):
 * 1. `k6Path`: an installed k6; it must run `k6 version` (bounded in time and output) and print a k6 version.
 * 2. The runner's tool cache (@actions/tool-cache `find`): a self-hosted runner keeps it between jobs.
 * 3. The Actions cache (@actions/cache), key `quality-gates-k6-v<version>-<os>-<arch>`: it holds the verified
 *    release archive, so a hosted runner (empty tool cache on every job) does not download it again.
 * 4. The release: `<base>/v<version>/k6-v<version>-<os>-<arch>.<tar.gz|zip>`.
 *
 * Trust: the release's checksums file (`k6-v<version>-checksums.txt`, `sha256sum` output) is always fetched from
 * the release (one small request; no API call, so no rate limit and no token) and the archive's SHA-256 must equal
 * its line, whether the archive came from the release or from the Actions cache. A mismatch from the release is a
 * one-line UserError with nothing installed; a mismatching cache entry is dropped with a warning and the release is
 * downloaded. Only a verified archive is extracted (@actions/tool-cache: tar on Linux, unzip/PowerShell for the
 * macOS and Windows zips), and only the layout k6's build-release.sh makes is accepted: one folder
 * `k6-v<version>-<os>-<arch>/` holding `k6` (`k6.exe` on Windows). That folder goes into the tool cache as
 * `k6/<version>/<node arch>`.
 *
 * Requests go through a proxy when the runner has one (HTTPS_PROXY etc., as the GitHub client does).
 * Bounded: the checksums file and the archive have size caps (Content-Length checked first, then the bytes as they
 * arrive), every request has a deadline covering its body, redirects are followed by hand up to a limit and never
 * from https to http; 5xx, 408, 429 and network errors are retried a few times.
 *
 * The pinned default version (K6_DEFAULT_VERSION) needs no lookup. "latest" is refused: a moving version defeats
 * the pin and would need the API. Versions before 0.33.0 used other asset names and are refused too.
 *
 * @actions/tool-cache and @actions/cache are imported on first use (as @actions/artifact is in artifacts.ts), so a
 * perf run over result files, or one with `k6-path`, never loads them. Both read process.env (RUNNER_TOOL_CACHE,
 * RUNNER_TEMP, the cache service's variables) and the cache toolkit the working directory too: each call runs alone,
 * with those set for it and put back after.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { chmod, copyFile, lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { UserError, oneLine } from '../shared/errors.js'
import { transportFetch } from '../shared/octokit.js'
import { k6FromPath, k6Version, type K6Binary } from './k6-local.js'
import { K6_DEFAULT_VERSION, normalizeK6Version } from './k6-version.js'

export { K6_DEFAULT_VERSION, normalizeK6Version, k6Version, type K6Binary }
export const K6_DEFAULT_DOWNLOAD_URL = 'https://github.com/grafana/k6/releases/download'

export interface K6Limits {
  /** Largest release archive accepted, in bytes (k6 archives are about 30 MB). */
  maxArchiveBytes: number
  /** Largest checksums file accepted, in bytes. */
  maxChecksumsBytes: number
  /** Deadline for one request, body included, in milliseconds. */
  requestTimeoutMs: number
  /** Redirects followed per request (GitHub answers a release download with one). */
  maxRedirects: number
  /** Attempts per request for 5xx, 408, 429 and network errors. */
  attempts: number
  /** Wait before the 2nd attempt, doubled for each one after, in milliseconds. */
  retryDelayMs: number
  /** Deadline for `k6 version`, in milliseconds. */
  versionTimeoutMs: number
}

export const DEFAULT_K6_LIMITS: K6Limits = {
  maxArchiveBytes: 256 * 1024 * 1024,
  maxChecksumsBytes: 64 * 1024,
  requestTimeoutMs: 5 * 60_000,
  maxRedirects: 5,
  attempts: 3,
  retryDelayMs: 2_000,
  versionTimeoutMs: 30_000
}

type ToolCacheModule = Pick<
  typeof import('@actions/tool-cache'),
  'find' | 'cacheDir' | 'extractTar' | 'extractZip'
>
type CacheModule = Pick<typeof import('@actions/cache'), 'restoreCache' | 'saveCache'>

export interface EnsureK6Options {
  /** The k6 version (`2.2.0` or `v2.2.0`); default K6_DEFAULT_VERSION. */
  version?: string
  /** An installed k6 to use instead of a download. */
  k6Path?: string
  /** The runner's OS and CPU as Node names them (process.platform, process.arch); default this process's. */
  platform?: NodeJS.Platform
  arch?: string
  /** The tool cache directory (RUNNER_TOOL_CACHE on a runner). */
  toolCache: string
  /** A directory this run owns: downloads, extraction and cache staging go below it (RUNNER_TEMP on a runner). */
  tempDir: string
  /** Keep the archive in the Actions cache across runs (when the run has a cache service); default true. */
  cache?: boolean
  /** Where the releases are: `<downloadUrl>/v<version>/<asset>`; default K6_DEFAULT_DOWNLOAD_URL. */
  downloadUrl?: string
  log: (level: 'info' | 'warning', message: string) => void
  limits?: Partial<K6Limits>
  /** The environment the cache service's variables are read from; default process.env. */
  env?: NodeJS.ProcessEnv
  /** For tests: the modules (default: imported on first use). */
  load?: { toolCache?: () => Promise<ToolCacheModule>; cache?: () => Promise<CacheModule> }
}

export interface K6Asset {
  version: string
  os: 'linux' | 'macos' | 'windows'
  arch: 'amd64' | 'arm64'
  /** Node's name for the CPU, the tool cache's arch folder. */
  nodeArch: string
  /** `k6-v<version>-<os>-<arch>`: the archive's name without extension and the folder inside it. */
  stem: string
  archive: string
  format: 'tar.gz' | 'zip'
  /** The executable inside the folder. */
  binary: 'k6' | 'k6.exe'
  checksums: string
}

/** The release asset for a version on a platform, as k6's build-release.sh names it. */
export function k6Asset(version: string, platform: NodeJS.Platform, arch: string): K6Asset {
  const os =
    platform === 'linux'
      ? 'linux'
      : platform === 'darwin'
        ? 'macos'
        : platform === 'win32'
          ? 'windows'
          : undefined
  const k6Arch = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined
  if (!os || !k6Arch || (os === 'windows' && k6Arch === 'arm64')) {
    throw new UserError(
      `k6 publishes no release binary for ${platform}/${arch} (there are linux and macOS amd64/arm64, windows amd64): install k6 and pass k6-path`
    )
  }
  const stem = `k6-v${version}-${os}-${k6Arch}`
  const format = os === 'linux' ? 'tar.gz' : 'zip'
  return {
    version,
    os,
    arch: k6Arch,
    nodeArch: arch,
    stem,
    archive: `${stem}.${format}`,
    format,
    binary: os === 'windows' ? 'k6.exe' : 'k6',
    checksums: `k6-v${version}-checksums.txt`
  }
}

/** The SHA-256 the checksums file (`sha256sum` output: `<hex>  <name>` or `<hex> *<name>`) gives `name`. */
export function checksumFor(text: string, name: string, label: string): string {
  const lines = text.split('\n')
  if (lines.length > 10_000) throw new UserError(`${label}: more than 10000 lines`)
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '')
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line)
    if (m?.[2] === name) return (m[1] as string).toLowerCase()
  }
  throw new UserError(`${label} lists no SHA-256 for ${name}`)
}

/** The cache key of a version's archive: version, OS and arch (the toolkit adds the paths and compression). */
export function k6CacheKey(asset: K6Asset): string {
  return `quality-gates-k6-v${asset.version}-${asset.os}-${asset.arch}`
}

// One toolkit call at a time in this process: both toolkits read process.env (and the cache one the working
// directory), which each call sets for itself.
let toolkitQueue: Promise<unknown> = Promise.resolve()

function withProcessState<T>(
  vars: Record<string, string>,
  cwd: string | undefined,
  fn: () => Promise<T>
): Promise<T> {
  const run = async (): Promise<T> => {
    const saved = Object.fromEntries(Object.keys(vars).map(k => [k, process.env[k]]))
    const savedCwd = process.cwd()
    try {
      Object.assign(process.env, vars)
      if (cwd) process.chdir(cwd)
      return await fn()
    } finally {
      if (cwd) process.chdir(savedCwd)
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  }
  const result = toolkitQueue.then(run, run)
  toolkitQueue = result.catch(() => undefined)
  return result
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly url: string
  ) {
    super(`${url} answered HTTP ${status}`)
  }
}

const RETRYABLE = (e: unknown): boolean =>
  e instanceof HttpStatusError
    ? e.status >= 500 || e.status === 408 || e.status === 429
    : !(e instanceof UserError)

/** The URL without its query and fragment (release downloads redirect to signed URLs: no secrets in logs). */
function shown(url: string): string {
  try {
    const u = new URL(url)
    return oneLine(`${u.origin}${u.pathname}`, 300)
  } catch {
    return oneLine(url, 300)
  }
}

/**
 * GET `url`, following at most `maxRedirects` redirects by hand (never https → http), under one deadline for the
 * whole request, body included. The body goes to `sink` chunk by chunk; more than `maxBytes` stops it.
 */
async function getOnce(
  url: string,
  maxBytes: number,
  limits: K6Limits,
  sink: (chunk: Uint8Array) => void | Promise<void>
): Promise<void> {
  const signal = AbortSignal.timeout(limits.requestTimeoutMs)
  const fetchVia = transportFetch(process.env)
  let current = url
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchVia(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'quality-gates-k6-setup', accept: 'application/octet-stream' }
      })
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel()
        const location = response.headers.get('location')
        if (!location)
          throw new UserError(`${shown(current)} redirected (HTTP ${response.status}) without a Location`)
        if (hop >= limits.maxRedirects) {
          throw new UserError(`${shown(url)}: more than ${limits.maxRedirects} redirects, stopped`)
        }
        const next = new URL(location, current)
        if (next.protocol !== 'https:' && next.protocol !== 'http:') {
          throw new UserError(`${shown(current)} redirected to a ${next.protocol} URL, refused`)
        }
        if (new URL(current).protocol === 'https:' && next.protocol !== 'https:') {
          throw new UserError(`${shown(current)} redirected from https to http, refused`)
        }
        current = next.href
        continue
      }
      if (response.status !== 200) {
        await response.body?.cancel()
        throw new HttpStatusError(response.status, shown(current))
      }
      const declared = Number(response.headers.get('content-length') ?? NaN)
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel()
        throw new UserError(`${shown(url)} is ${declared} bytes, over the limit of ${maxBytes}`)
      }
      if (!response.body) return
      let got = 0
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        got += chunk.length
        if (got > maxBytes)
          throw new UserError(`${shown(url)} is over the limit of ${maxBytes} bytes, stopped`)
        await sink(chunk)
      }
      if (Number.isFinite(declared) && got !== declared) {
        throw new Error(`${shown(url)}: the connection closed after ${got} of ${declared} bytes`)
      }
      return
    }
  } catch (e) {
    if (signal.aborted) {
      throw new UserError(
        `${shown(url)}: no complete answer within ${Math.round(limits.requestTimeoutMs / 1000)} s`
      )
    }
    throw e
  }
}

/** getOnce with retries; `reset` is called before each attempt so the sink starts empty. */
async function get(
  url: string,
  maxBytes: number,
  limits: K6Limits,
  reset: () => Promise<void> | void,
  sink: (chunk: Uint8Array) => void | Promise<void>,
  log: EnsureK6Options['log']
): Promise<void> {
  const attempts = Math.max(1, Math.min(10, Math.floor(limits.attempts)))
  for (let attempt = 1; ; attempt++) {
    await reset()
    try {
      return await getOnce(url, maxBytes, limits, sink)
    } catch (e) {
      if (attempt >= attempts || !RETRYABLE(e)) {
        if (e instanceof HttpStatusError) throw e
        if (e instanceof UserError) throw e
        throw new UserError(`downloading ${shown(url)} failed: ${(e as Error).message}`)
      }
      const wait = limits.retryDelayMs * 2 ** (attempt - 1)
      log(
        'warning',
        `k6 setup: ${shown(url)}: ${(e as Error).message}; attempt ${attempt + 1} of ${attempts} in ${wait} ms`
      )
      await sleep(wait)
    }
  }
}

/** SHA-256 of a file, streamed. */
async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Why the Actions cache cannot be used in this run, or undefined when it can. */
function cacheUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  if (!(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) return 'no cache service in this run'
  if (!env.ACTIONS_RUNTIME_TOKEN) return 'no ACTIONS_RUNTIME_TOKEN in this run'
  return undefined
}

/** The toolkit's variables for a call: ours, so the call does not depend on what the process has. */
function cacheVars(env: NodeJS.ProcessEnv, workspace: string, tempDir: string): Record<string, string> {
  const vars: Record<string, string> = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tempDir }
  for (const name of [
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_SERVICE_V2',
    'GITHUB_SERVER_URL'
  ]) {
    const value = env[name]
    if (value !== undefined) vars[name] = value
  }
  return vars
}

/** The folder inside the Actions cache entry (relative, so the entry does not depend on where RUNNER_TEMP is). */
const CACHE_DIR = 'quality-gates-k6'

/**
 * A k6 binary for this run: see the file comment for the order of sources and what is verified.
 * Every failure the user can act on is a one-line UserError.
 */
export async function ensureK6(opts: EnsureK6Options): Promise<K6Binary> {
  const limits: K6Limits = { ...DEFAULT_K6_LIMITS, ...opts.limits }
  const { log } = opts
  if (opts.k6Path !== undefined && opts.k6Path.trim() !== '')
    return k6FromPath(opts.k6Path.trim(), limits.versionTimeoutMs, log)

  const version = normalizeK6Version(opts.version ?? K6_DEFAULT_VERSION)
  const asset = k6Asset(version, opts.platform ?? process.platform, opts.arch ?? process.arch)
  const env = opts.env ?? process.env
  const toolCacheDir = path.resolve(opts.toolCache)
  const tcVars = { RUNNER_TOOL_CACHE: toolCacheDir, RUNNER_TEMP: path.resolve(opts.tempDir) }
  let toolCache: ToolCacheModule | undefined
  const tc = async (): Promise<ToolCacheModule> =>
    (toolCache ??= opts.load?.toolCache ? await opts.load.toolCache() : await import('@actions/tool-cache'))

  // 2. The tool cache.
  const tcModule = await tc()
  const cachedDir = await withProcessState(tcVars, undefined, async () =>
    tcModule.find('k6', version, asset.nodeArch)
  )
  if (cachedDir) {
    const binary = path.join(cachedDir, asset.binary)
    if ((await lstat(binary).catch(() => undefined))?.isFile()) {
      log('info', `k6 ${version} from the tool cache (${cachedDir})`)
      return { path: binary, version, source: 'tool-cache' }
    }
    log('warning', `k6 setup: the tool cache entry ${cachedDir} holds no ${asset.binary}; installing again`)
  }

  const base = (opts.downloadUrl ?? K6_DEFAULT_DOWNLOAD_URL).replace(/\/+$/, '')
  let parsedBase: URL
  try {
    parsedBase = new URL(base)
  } catch {
    throw new UserError(`k6 download URL ${JSON.stringify(oneLine(base, 120))} is not a URL`)
  }
  if (parsedBase.protocol !== 'https:' && parsedBase.protocol !== 'http:') {
    throw new UserError(`k6 download URL ${shown(base)} must be http(s)`)
  }
  const releaseUrl = (name: string) => `${base}/v${version}/${encodeURIComponent(name)}`
  const work = await mkdtemp(path.join(path.resolve(opts.tempDir), 'k6-setup-'))
  try {
    // The trust anchor: the release's checksums file.
    const chunks: Buffer[] = []
    try {
      await get(
        releaseUrl(asset.checksums),
        limits.maxChecksumsBytes,
        limits,
        () => void chunks.splice(0),
        chunk => void chunks.push(Buffer.from(chunk)),
        log
      )
    } catch (e) {
      if (e instanceof HttpStatusError && e.status === 404) {
        throw new UserError(`k6 ${version}: no such release (${e.url} answered 404)`)
      }
      if (e instanceof HttpStatusError) throw new UserError(`k6 ${version}: ${e.message}`)
      throw e
    }
    const expected = checksumFor(Buffer.concat(chunks).toString('utf8'), asset.archive, asset.checksums)

    // 3. The Actions cache.
    const archive = path.join(work, CACHE_DIR, asset.archive)
    await mkdir(path.dirname(archive), { recursive: true })
    const useCache = opts.cache ?? true
    const whyNoCache = useCache ? cacheUnavailable(env) : 'off'
    let cacheModule: CacheModule | undefined
    const cache = async (): Promise<CacheModule> =>
      (cacheModule ??= opts.load?.cache ? await opts.load.cache() : await import('@actions/cache'))
    const key = k6CacheKey(asset)
    let source: K6Binary['source'] = 'download'
    if (whyNoCache === undefined) {
      const restoreDir = await mkdtemp(path.join(work, 'restore-'))
      const cacheMod = await cache()
      const hit = await withProcessState(
        cacheVars(env, restoreDir, path.resolve(opts.tempDir)),
        restoreDir,
        () =>
          cacheMod.restoreCache([CACHE_DIR], key).catch((e: unknown) => {
            log('warning', `k6 setup: restoring cache entry ${key} failed: ${oneLine(String(e), 300)}`)
            return undefined
          })
      )
      const restored = path.join(restoreDir, CACHE_DIR, asset.archive)
      if (hit === key && (await lstat(restored).catch(() => undefined))?.isFile()) {
        const actual = await sha256File(restored)
        if (actual === expected) {
          await copyFile(restored, archive)
          source = 'actions-cache'
          log('info', `k6 ${version}: archive restored from cache entry ${key}, SHA-256 verified`)
        } else {
          log(
            'warning',
            `k6 setup: cache entry ${key} holds an archive whose SHA-256 ${actual} is not the release's ${expected}; ignored, downloading`
          )
        }
      } else if (hit !== undefined) {
        log(
          'warning',
          `k6 setup: cache entry ${oneLine(hit, 200)} does not hold ${asset.archive}; downloading`
        )
      }
      await rm(restoreDir, { recursive: true, force: true })
    }

    // 4. The release.
    if (source === 'download') {
      const url = releaseUrl(asset.archive)
      let hash = createHash('sha256')
      let out: ReturnType<typeof createWriteStream> | undefined
      const close = () =>
        new Promise<void>((resolve, reject) => {
          if (!out) return resolve()
          const o = out
          out = undefined
          o.end((error?: Error | null) => (error ? reject(error) : resolve()))
        })
      try {
        await get(
          url,
          limits.maxArchiveBytes,
          limits,
          async () => {
            await close()
            hash = createHash('sha256')
            out = createWriteStream(archive)
          },
          chunk => {
            hash.update(chunk)
            const o = out
            if (!o) return
            if (!o.write(chunk)) return new Promise<void>(resolve => o.once('drain', () => resolve()))
          },
          log
        )
        await close()
      } catch (e) {
        await close().catch(() => undefined)
        if (e instanceof HttpStatusError && e.status === 404) {
          throw new UserError(`k6 ${version}: the release has no ${asset.archive} (${e.url} answered 404)`)
        }
        if (e instanceof HttpStatusError) throw new UserError(`k6 ${version}: ${e.message}`)
        throw e
      }
      const actual = hash.digest('hex')
      if (actual !== expected) {
        throw new UserError(
          `k6 ${version}: ${asset.archive} has SHA-256 ${actual}, but ${asset.checksums} says ${expected}; refused, nothing installed`
        )
      }
      log('info', `k6 ${version}: downloaded ${shown(url)}, SHA-256 verified`)
    }

    // Extract the verified archive and check the layout.
    const extracted = path.join(work, 'extract')
    await mkdir(extracted)
    await withProcessState(tcVars, undefined, async () =>
      asset.format === 'tar.gz'
        ? tcModule.extractTar(archive, extracted)
        : tcModule.extractZip(archive, extracted)
    ).catch((e: unknown) => {
      throw new UserError(`k6 ${version}: extracting ${asset.archive} failed: ${oneLine(String(e), 300)}`)
    })
    const top = await readdir(extracted)
    const folder = path.join(extracted, asset.stem)
    const binaryInFolder = path.join(folder, asset.binary)
    if (
      top.length !== 1 ||
      top[0] !== asset.stem ||
      !(await lstat(binaryInFolder).catch(() => undefined))?.isFile()
    ) {
      throw new UserError(
        `k6 ${version}: ${asset.archive} does not hold ${asset.stem}/${asset.binary} (found ${top.slice(0, 5).join(', ') || 'nothing'})`
      )
    }
    if (asset.os !== 'windows') await chmod(binaryInFolder, 0o755)
    const installed = await withProcessState(tcVars, undefined, () =>
      tcModule.cacheDir(folder, 'k6', version, asset.nodeArch)
    )
    const binary = path.join(installed, asset.binary)
    log('info', `k6 ${version} installed in the tool cache (${installed})`)

    // Keep the verified archive for the next runs.
    if (source === 'download' && whyNoCache === undefined) {
      const cacheMod = await cache()
      const id = await withProcessState(cacheVars(env, work, path.resolve(opts.tempDir)), work, () =>
        cacheMod.saveCache([CACHE_DIR], key).catch((e: unknown) => {
          log('warning', `k6 setup: saving cache entry ${key} failed: ${oneLine(String(e), 300)}`)
          return undefined
        })
      )
      if (typeof id === 'number' && id !== -1)
        log('info', `k6 ${version}: archive saved as cache entry ${key}`)
      else if (id === -1)
        log('warning', `k6 setup: cache entry ${key} was not saved (see the cache toolkit's message)`)
    } else if (source === 'download' && useCache) {
      log('info', `k6 ${version}: not kept in the Actions cache (${whyNoCache})`)
    }
    return { path: binary, version, source }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
