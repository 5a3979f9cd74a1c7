/**
 * A baseline store on the Actions cache (@actions/cache), for GitHub Enterprise Server, where @actions/artifact v2+
 * refuses to run (GHESNotSupportedError). On GHES the toolkit speaks the v1 REST cache protocol at ACTIONS_CACHE_URL;
 * elsewhere v2 (Twirp) when ACTIONS_CACHE_SERVICE_V2 is set.
 *
 * - Key: the artifact store's name, `quality-gates-baseline-<kind>-<sha>` (the gate's kind; the config hash lives
 *   in the baseline file, which the gate checks). The cache matches a key as a prefix, but a full 40/64-hex SHA ends
 *   every key, and a hit is used only when the matched key is one of the candidates' keys exactly.
 * - Find: the artifact store's first-parent walk-back: the candidates' keys newest first, ten per lookup (the
 *   toolkit's limit). The service decides what a run may read: its own ref's entries, then the base branch's and
 *   the default branch's. A pull request therefore reads baselines its base branch saved; entries in its own scope
 *   could only come from the pull request's own runs (this store never saves there), i.e. from code the pull request
 *   already controls.
 * - Save: only trusted default-branch runs (isTrustedDefaultBranchRun), like the artifact store. Entries are
 *   immutable: a second save of the same key is refused by the service, and the first stands.
 * - Safety: the toolkit extracts with `tar -xf <archive> -P -C $GITHUB_WORKSPACE`, and -P lets members named `/…`
 *   or `../…` (and symlinks followed by later members) write outside that directory. So each restore runs with
 *   GITHUB_WORKSPACE pointed at a fresh directory of its own and, on Linux (GNU tar, what the toolkit assumes
 *   there), with a `tar` first on PATH that drops -P, refuses an archive over the size limit and caps each file
 *   (`ulimit -f`): GNU tar without -P strips leading `/`, refuses `..` members and delays symlinks. Whatever
 *   is restored is then walked: regular files and directories only, count and bytes capped. On macOS and Windows
 *   the toolkit's tar runs as is (the walk still applies); the README says so.
 * - Outages: the toolkit never throws for them; it logs `Failed to restore: …` / `Failed to save: …` and reports a
 *   miss. Those lines are taken from its output and become a BaselineUnavailableError (find) or a UserError (save),
 *   so a gate says "no baseline: <why>" rather than "none found", and the toolkit's own ::error:: line (5xx) does
 *   not add a red annotation to a run whose verdict did not depend on it.
 *
 * @actions/cache (Azure SDK, protobuf, …) is imported on first use only, as @actions/artifact is (artifacts.ts).
 * The toolkit reads process.env and the process's working directory, so every call runs alone (a queue) with
 * those set for it and put back after.
 */
import { constants } from 'node:fs'
import { access, cp, lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './archive.js'
import { BaselineUnavailableError, baselineArtifactName, TRUSTED_BASELINE_EVENTS } from './baseline.js'
import {
  cacheSavesInAuto,
  gatesWhenSaving,
  isTrustedDefaultBranchRun,
  type BaselineStore
} from './baseline-store.js'
import { UserError, oneLine } from './errors.js'
import type { RunContext } from './host.js'
import { isGhesServer } from './baseline-store-choice.js'

type CacheModule = Pick<typeof import('@actions/cache'), 'restoreCache' | 'saveCache'>

/** The directory name inside a cache entry; also the `paths` the toolkit hashes into the entry's version. */
const ENTRY_DIR = 'quality-gates-baseline'
/** The toolkit accepts at most 10 keys per lookup (primary + 9 restore keys). */
const KEYS_PER_LOOKUP = 10
export const DEFAULT_MAX_CACHE_ARCHIVE_BYTES = 512 * 1024 * 1024

export interface CacheBaselineOptions {
  context: RunContext
  /** A directory this run owns: restores, saves' staging and the tar wrapper go below it. */
  tempDir: string
  log: (level: 'info' | 'warning', message: string) => void
  /** The environment that says whether a cache service is there (default process.env; the toolkit reads that). */
  env?: NodeJS.ProcessEnv
  /** Largest archive a restore extracts (default 512 MiB); Linux only, where the tar wrapper checks it. */
  maxArchiveBytes?: number
  /** Caps on what a restore may leave (files, bytes per file, bytes in all). */
  limits?: Partial<ExtractLimits>
  /** For tests: the client (default: import('@actions/cache') on first use). */
  load?: () => Promise<CacheModule>
}

/** A toolkit line that means the call failed (it logs these instead of throwing). */
const TOOLKIT_FAILURE =
  /^(?:::(?:warning|error)::)?((?:Failed to (?:restore|save)|Cache (?:restore|save) skipped|Cache reservation failed)\b.*)$/

function unescapeCommandData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** The first executable called `name` on PATH (what the toolkit's io.which would find). */
async function onPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(path.delimiter).slice(0, 200)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    const ok = await access(candidate, constants.X_OK).then(
      () => true,
      () => false
    )
    if (ok && (await lstat(candidate).catch(() => undefined))?.isDirectory() === false) return candidate
  }
  return undefined
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

/** Exit status of the tar wrapper when the archive is over the limit (tar itself uses 1 and 2). */
const WRAPPER_TOO_LARGE = 3

/**
 * A `tar` that runs the real one without -P: written for restores on Linux (see the file comment). It also
 * refuses an archive (`-xf <file>`) larger than `maxArchiveBytes` and caps each extracted file with ulimit -f.
 */
function tarWrapper(realTar: string, maxArchiveBytes: number, maxEntryBytes: number): string {
  const blocks = Math.max(1, Math.ceil(maxEntryBytes / 512))
  return `#!/bin/sh
# Written by quality-gates for @actions/cache restores: the real tar, without -P (absolute names and ..).
prev=
for arg do
  shift
  if [ "$prev" = "-xf" ] && [ -f "$arg" ]; then
    size=$(wc -c < "$arg")
    if [ "$size" -gt ${maxArchiveBytes} ]; then
      echo "quality-gates: cache archive of $size bytes is over the limit of ${maxArchiveBytes}" >&2
      exit ${WRAPPER_TOO_LARGE}
    fi
  fi
  prev=$arg
  [ "$arg" = "-P" ] || set -- "$@" "$arg"
done
ulimit -f ${blocks}
exec ${shellQuote(realTar)} "$@"
`
}

interface Walked {
  files: number
  bytes: number
}

/** Check a restored tree: regular files and directories only, within the limits. */
async function walkRestored(root: string, limits: ExtractLimits): Promise<Walked> {
  const total: Walked = { files: 0, bytes: 0 }
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      const rel = path.relative(root, full)
      if (entry.isDirectory()) {
        await walk(full)
        continue
      }
      if (!entry.isFile()) throw new UserError(`${rel} is not a regular file (links are refused)`)
      if (++total.files > limits.maxEntries) throw new UserError(`more than ${limits.maxEntries} files`)
      const { size } = await lstat(full)
      if (size > limits.maxEntryBytes) {
        throw new UserError(`${rel} is ${size} bytes, over the limit of ${limits.maxEntryBytes}`)
      }
      total.bytes += size
      if (total.bytes > limits.maxTotalBytes) throw new UserError(`over ${limits.maxTotalBytes} bytes in all`)
    }
  }
  await walk(root)
  return total
}

const short = (sha: string): string => sha.slice(0, 7)
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

export function createCacheBaselineStore(opts: CacheBaselineOptions): BaselineStore {
  const { context, tempDir, log } = opts
  const env = opts.env ?? process.env
  const trusted = isTrustedDefaultBranchRun(context)
  const maxArchiveBytes = opts.maxArchiveBytes ?? DEFAULT_MAX_CACHE_ARCHIVE_BYTES
  const limits: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS, ...opts.limits }
  let client: CacheModule | undefined
  let wrapperDir: Promise<string | undefined> | undefined
  let queue: Promise<unknown> = Promise.resolve()

  /** Why there is no cache service in this run, or undefined when there is one. */
  const missingService = (): string | undefined => {
    const v2 =
      !!env.ACTIONS_CACHE_SERVICE_V2 && isGhesServer(env.GITHUB_SERVER_URL || 'https://github.com') === false
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL
    if (!url)
      return `no cache service in this run (${v2 ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL'} is not set)`
    if (!env.ACTIONS_RUNTIME_TOKEN) return 'no cache service in this run (ACTIONS_RUNTIME_TOKEN is not set)'
    return undefined
  }

  const wrapper = (): Promise<string | undefined> =>
    (wrapperDir ??= (async () => {
      if (process.platform !== 'linux') return undefined
      const realTar = await onPath('tar', env)
      if (!realTar) return undefined
      const dir = await mkdtemp(path.join(tempDir, 'cache-tar-'))
      await writeFile(path.join(dir, 'tar'), tarWrapper(realTar, maxArchiveBytes, limits.maxEntryBytes), {
        mode: 0o755
      })
      return dir
    })())

  /**
   * Run one toolkit call alone, with `vars` in process.env (and `cwd`, when given), collecting the failure lines it
   * prints instead of throwing; everything else it prints passes through.
   */
  const toolkit = <T>(
    vars: Record<string, string>,
    cwd: string | undefined,
    fn: (cache: CacheModule) => Promise<T>
  ): Promise<{ value: T; failures: string[] }> => {
    const run = async () => {
      // Outside the capture: a bundle that cannot load its own chunk is our bug, not an outage.
      client ??= opts.load ? await opts.load() : await import('@actions/cache')
      const cache = client
      const saved = Object.fromEntries(Object.keys(vars).map(k => [k, process.env[k]]))
      const savedCwd = process.cwd()
      const write = process.stdout.write
      const failures: string[] = []
      process.stdout.write = function (chunk: unknown, ...rest: unknown[]): boolean {
        const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : ''
        const line = text.length <= 65_536 ? TOOLKIT_FAILURE.exec(text.replace(/\r?\n$/, '')) : null
        if (line?.[1]) {
          failures.push(oneLine(unescapeCommandData(line[1]), 400))
          const callback = rest.find(r => typeof r === 'function') as (() => void) | undefined
          callback?.()
          return true
        }
        return (write as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest)
      } as typeof process.stdout.write
      try {
        Object.assign(process.env, vars)
        if (cwd) process.chdir(cwd)
        return { value: await fn(cache), failures }
      } finally {
        process.stdout.write = write
        if (cwd) process.chdir(savedCwd)
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[k]
          else process.env[k] = v
        }
      }
    }
    const result = queue.then(run, run)
    queue = result.catch(() => undefined)
    return result
  }

  /** What a failed restore's toolkit line means, in our words. */
  const restoreFailure = (line: string): string => {
    // exec's message: `"<tar>" failed with error: The process '<tar>' failed with exit code <n>`.
    const tar = /The process '[^']*[/\\]tar' failed with exit code (\d+)/.exec(line)
    if (tar?.[1] === String(WRAPPER_TOO_LARGE)) {
      return `the cache archive is over the limit of ${maxArchiveBytes} bytes`
    }
    if (tar) {
      return `the cache archive could not be extracted safely (members outside its folder, links or a damaged archive): ${line}`
    }
    return line
  }

  return {
    savesInAuto: cacheSavesInAuto(opts.context),
    gatesWhenSaving: gatesWhenSaving(opts.context),

    async find(kind, candidates, file) {
      const keys = [...new Set((await candidates()).map(sha => baselineArtifactName(kind, sha)))]
      const missing = missingService()
      if (missing) throw new BaselineUnavailableError(`baseline lookup failed: ${missing}`)
      const prefix = baselineArtifactName(kind, '0'.repeat(40)).slice(0, -40)
      const skipped: string[] = []
      let remaining = keys
      // Each round either returns or drops at least one key: at most 2 × keys rounds.
      while (remaining.length > 0) {
        const batch = remaining.slice(0, KEYS_PER_LOOKUP)
        const dir = await mkdtemp(path.join(tempDir, 'cache-restore-'))
        const tar = await wrapper()
        const vars: Record<string, string> = { GITHUB_WORKSPACE: dir, RUNNER_TEMP: tempDir }
        if (tar) vars.PATH = `${tar}${path.delimiter}${env.PATH ?? ''}`
        const { value: matched, failures } = await toolkit(vars, undefined, cache =>
          cache.restoreCache([ENTRY_DIR], batch[0] as string, batch.slice(1))
        )
        if (failures.length > 0 || matched === undefined) {
          await rm(dir, { recursive: true, force: true })
          if (failures.length > 0) {
            throw new BaselineUnavailableError(
              `baseline lookup in the cache failed: ${restoreFailure(failures[0] ?? '')}`
            )
          }
          remaining = remaining.slice(batch.length)
          continue
        }
        const index = keys.indexOf(matched)
        if (index < 0) {
          // A prefix match on a longer key nobody of ours wrote: not this commit's baseline.
          await rm(dir, { recursive: true, force: true })
          const by = batch.find(k => matched.startsWith(k))
          skipped.push(
            `cache entry ${JSON.stringify(oneLine(matched, 200))}: matches ${by ?? 'a key'} only as a prefix`
          )
          remaining = remaining.filter(k => k !== (by ?? batch[0]))
          continue
        }
        const sha = matched.slice(prefix.length)
        try {
          const top = await readdir(dir)
          if (top.length !== 1 || top[0] !== ENTRY_DIR) {
            throw new UserError(
              `expected only ${ENTRY_DIR}/, found ${top.slice(0, 5).join(', ') || 'nothing'}`
            )
          }
          const { files, bytes } = await walkRestored(dir, limits)
          const main = path.join(dir, ENTRY_DIR, file)
          if (!(await lstat(main).catch(() => undefined))?.isFile())
            throw new UserError(`it holds no ${file}`)
          const note = `found at ${short(sha)}, ${plural(index, 'commit')} behind`
          log(
            'info',
            `baseline ${kind}: ${note} (cache entry ${matched}, ${plural(files, 'file')}, ${bytes} bytes)`
          )
          for (const reason of skipped) log('warning', `baseline ${kind}: skipped ${reason}`)
          return { found: true, path: main, sha, behind: index, note }
        } catch (error) {
          await rm(dir, { recursive: true, force: true })
          if (error instanceof UserError) {
            throw new BaselineUnavailableError(`cache entry ${matched} is unusable: ${error.message}`)
          }
          throw error
        }
      }
      const note =
        keys.length === 0
          ? 'no base commit to look up'
          : `none within ${plural(keys.length, 'first-parent commit')} of ${short(keys[0]?.slice(prefix.length) ?? '')} in the cache`
      log('info', `baseline ${kind}: ${note}`)
      for (const reason of skipped) log('warning', `baseline ${kind}: skipped ${reason}`)
      return { found: false, note }
    },

    async save(kind, sha, dir, _file, _retentionDays) {
      if (!trusted) {
        throw new UserError(
          `a baseline is saved only by ${TRUSTED_BASELINE_EVENTS.join(', ')} runs on the default branch, not by this ${context.eventName} run`
        )
      }
      const key = baselineArtifactName(kind, sha)
      const missing = missingService()
      if (missing) throw new UserError(`cannot save the baseline to the cache: ${missing}`)
      const info = await lstat(dir).catch(() => undefined)
      if (!info?.isDirectory()) throw new UserError(`cannot save baseline: ${dir} is not a directory`)
      const stage = await mkdtemp(path.join(tempDir, 'cache-save-'))
      try {
        const target = path.join(stage, ENTRY_DIR)
        await mkdir(target)
        await cp(dir, target, { recursive: true, verbatimSymlinks: true })
        const { files, bytes } = await walkRestored(target, limits).catch((e: unknown) => {
          throw e instanceof UserError ? new UserError(`cannot save baseline: ${e.message}`) : e
        })
        if (files === 0) throw new UserError(`cannot save baseline: ${dir} contains no files`)
        // The toolkit makes the tar's member names relative to GITHUB_WORKSPACE and resolves `paths` against the
        // working directory: both are the staging folder, so members are `quality-gates-baseline/…`.
        const { value: id, failures } = await toolkit(
          { GITHUB_WORKSPACE: stage, RUNNER_TEMP: tempDir },
          stage,
          cache => cache.saveCache([ENTRY_DIR], key)
        )
        const failure = failures[0]
        if (failure !== undefined || id === -1) {
          const text = failure ?? 'the cache service returned no entry id'
          if (/another job may be creating this cache|Cache already exists|\(409\)/.test(text)) {
            throw new UserError(
              `cache entry ${key} already exists (cache entries are immutable; the first one stands)`
            )
          }
          throw new UserError(`saving cache entry ${key} failed: ${text}`)
        }
        log('info', `saved baseline ${key} (cache entry ${id}, ${plural(files, 'file')}, ${bytes} bytes)`)
        return `cache entry ${key}`
      } finally {
        await rm(stage, { recursive: true, force: true })
      }
    }
  }
}
