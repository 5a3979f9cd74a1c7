/**
 * The baseline store every gate shares. A trusted run (a push on this repository) saves its measurement as
 * the artifact `quality-gates-baseline-<kind>-<sha>`; a later run looks for the nearest first-parent ancestor
 * of its base commit that has one, keeping only unexpired artifacts from trusted runs (never a fork's or a
 * pull request's: those could plant a fake baseline), downloads it and extracts it safely.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { extractZip, type ExtractLimits } from './archive.js'
import { UserError, oneLine } from './errors.js'
import type { Octokit } from './github.js'
import type { ArtifactClient } from './host.js'

export interface BaselineDeps {
  octokit: Octokit
  artifacts: ArtifactClient
  owner: string
  repo: string
  /** The numeric id of this repository; a baseline's run must have its head here (not in a fork). */
  repositoryId: number
  /** A directory this run owns; downloads and extraction happen below it. */
  tempDir: string
  log: (level: 'info' | 'warning', msg: string) => void
  /** The repository's default branch: when known, a baseline's run must have run on it. */
  defaultBranch?: string
  /** For tests: the current time (expiry checks). */
  now?: () => Date
}

export type BaselineLookup =
  | {
      found: true
      sha: string
      behind: number
      artifactId: number
      runId: number
      /** e.g. "found at abc1234, 2 commits behind" */
      note: string
      name: string
      /** size_in_bytes the API reported. */
      size: number
      /** "sha256:<hex>" the upload recorded, when the API reports one. */
      digest?: string
      skipped: string[]
    }
  | {
      found: false
      searched: number
      /** e.g. "none within 20 first-parent commits of abc1234" */
      note: string
      /** Artifacts with the right name that were not used, each with the reason. */
      skipped: string[]
    }

export type FoundBaseline = Extract<BaselineLookup, { found: true }>

/** The GitHub API could not be asked; callers turn this into their configured missing-baseline outcome. */
export class BaselineUnavailableError extends UserError {}

const PREFIX = 'quality-gates-baseline-'
/**
 * Events whose runs may become baselines: they run the default branch's own code. An allow-list, so an event
 * kind GitHub adds later (or one that runs a pull request's code) is untrusted until someone says otherwise.
 */
export const TRUSTED_BASELINE_EVENTS = ['push', 'merge_group', 'schedule', 'workflow_dispatch'] as const
const DEFAULT_MAX_BASELINE_ZIP_BYTES = 512 * 1024 * 1024

function checkKind(kind: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(kind)) {
    throw new UserError(
      `baseline kind ${JSON.stringify(kind)} is invalid: use 1-40 lowercase letters, digits or "-"`
    )
  }
  return kind
}

function checkSha(sha: string, what: string): string {
  const lower = sha.trim().toLowerCase()
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(lower)) {
    throw new UserError(`${what} ${JSON.stringify(sha)} is not a full commit SHA (40 or 64 hex digits)`)
  }
  return lower
}

const short = (sha: string): string => sha.slice(0, 7)
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

export function baselineArtifactName(kind: string, sha: string): string {
  return `${PREFIX}${checkKind(kind)}-${checkSha(sha, 'baseline commit')}`
}

async function listFiles(root: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name)
    )) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) out.push(full)
      else
        throw new UserError(
          `cannot save baseline: ${full} is not a regular file or directory (symlinks are not saved)`
        )
    }
  }
  await walk(root)
  return out
}

/** Upload `dir` as this run's baseline for `kind` at commit `sha`. */
export async function saveBaseline(
  deps: BaselineDeps,
  kind: string,
  sha: string,
  dir: string,
  retentionDays?: number
): Promise<{ artifactId: number; name: string }> {
  const name = baselineArtifactName(kind, sha)
  if (
    retentionDays !== undefined &&
    (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 400)
  ) {
    throw new UserError(
      `baseline retention ${retentionDays} is invalid: use a whole number of days from 1 to 400`
    )
  }
  const info = await lstat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw new UserError(`cannot save baseline: ${dir} is not a directory`)
  const files = await listFiles(dir)
  if (files.length === 0) throw new UserError(`cannot save baseline: ${dir} contains no files`)
  const result = await deps.artifacts.upload(name, files, dir, retentionDays)
  deps.log(
    'info',
    `saved baseline ${name} (artifact ${result.id}, ${plural(files.length, 'file')}, ${result.size} bytes)`
  )
  return { artifactId: result.id, name }
}

interface ApiArtifact {
  id: number
  name: string
  size_in_bytes: number
  expired: boolean
  created_at: string | null
  expires_at: string | null
  digest?: string | null
  workflow_run?: { id?: number; head_repository_id?: number; head_sha?: string } | null
}

interface ApiRun {
  id: number
  event: string
  head_sha: string
  head_branch?: string | null
  head_repository?: { id: number; full_name?: string } | null
  repository?: { id: number } | null
}

/** A run on the default branch itself, or a merge-queue run whose queue targets it. */
function onDefaultBranch(run: ApiRun, defaultBranch: string): boolean {
  const branch = run.head_branch ?? ''
  if (run.event === 'merge_group') return branch.startsWith(`gh-readonly-queue/${defaultBranch}/`)
  return branch === defaultBranch
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

function apiError(what: string, error: unknown): BaselineUnavailableError {
  const status = statusOf(error)
  const text = oneLine(error instanceof Error ? error.message : String(error), 200)
  const hint = status === 403 ? ' (the token needs `actions: read`)' : ''
  return new BaselineUnavailableError(
    `baseline lookup failed: ${what} ${status ? `returned HTTP ${status}` : 'failed'}${hint}: ${text}`
  )
}

/**
 * Find the newest trusted baseline for `kind` at the first candidate commit that has one. `candidates` are
 * full SHAs, the base commit first, then its first-parent ancestors (computed by the caller with git).
 * Throws BaselineUnavailableError when the API cannot be asked; never throws just because there is none.
 */
export async function findBaseline(
  deps: BaselineDeps,
  kind: string,
  candidates: string[]
): Promise<BaselineLookup> {
  checkKind(kind)
  const shas = candidates.map((c, i) => checkSha(c, `baseline candidate ${i + 1}`))
  const skipped: string[] = []
  const now = (deps.now ?? (() => new Date()))().getTime()
  const runs = new Map<number, ApiRun | undefined>()
  const { owner, repo } = deps

  const getRun = async (runId: number): Promise<ApiRun | undefined> => {
    if (runs.has(runId)) return runs.get(runId)
    let run: ApiRun | undefined
    try {
      const response = await deps.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        owner,
        repo,
        run_id: runId
      })
      run = response.data as unknown as ApiRun
    } catch (error) {
      if (statusOf(error) !== 404) throw apiError(`GET /repos/${owner}/${repo}/actions/runs/${runId}`, error)
      run = undefined
    }
    runs.set(runId, run)
    return run
  }

  for (const [behind, sha] of shas.entries()) {
    const name = baselineArtifactName(kind, sha)
    let listed: ApiArtifact[]
    try {
      listed = (await deps.octokit.paginate('GET /repos/{owner}/{repo}/actions/artifacts', {
        owner,
        repo,
        name,
        per_page: 100
      })) as unknown as ApiArtifact[]
    } catch (error) {
      throw apiError(`GET /repos/${owner}/${repo}/actions/artifacts?name=${name}`, error)
    }
    const newestFirst = listed
      .filter(a => a.name === name)
      .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id)
    for (const artifact of newestFirst) {
      const label = `artifact ${artifact.id} (${name})`
      const expiresAt = artifact.expires_at ? Date.parse(artifact.expires_at) : NaN
      if (artifact.expired || (!Number.isNaN(expiresAt) && expiresAt <= now)) {
        skipped.push(`${label}: expired`)
        continue
      }
      const runId = artifact.workflow_run?.id
      if (typeof runId !== 'number') {
        skipped.push(`${label}: the API names no workflow run for it`)
        continue
      }
      const run = await getRun(runId)
      if (!run) {
        skipped.push(`${label}: workflow run ${runId} no longer exists`)
        continue
      }
      const headRepoId = run.head_repository?.id
      if (headRepoId !== deps.repositoryId) {
        const from = run.head_repository?.full_name ?? `repository ${headRepoId ?? 'unknown'}`
        skipped.push(`${label}: untrusted, run ${runId} built code from a fork (${from})`)
        continue
      }
      if (run.repository && run.repository.id !== deps.repositoryId) {
        skipped.push(`${label}: untrusted, run ${runId} belongs to repository ${run.repository.id}`)
        continue
      }
      if (!(TRUSTED_BASELINE_EVENTS as readonly string[]).includes(run.event)) {
        skipped.push(`${label}: untrusted, run ${runId} was triggered by ${run.event}`)
        continue
      }
      if (deps.defaultBranch !== undefined && !onDefaultBranch(run, deps.defaultBranch)) {
        skipped.push(
          `${label}: untrusted, run ${runId} ran on ${JSON.stringify(run.head_branch ?? '')}, not ${deps.defaultBranch}`
        )
        continue
      }
      if (run.head_sha.toLowerCase() !== sha) {
        skipped.push(`${label}: run ${runId} tested ${short(run.head_sha)}, not ${short(sha)}`)
        continue
      }
      const note = `found at ${short(sha)}, ${plural(behind, 'commit')} behind`
      deps.log('info', `baseline ${kind}: ${note} (artifact ${artifact.id}, run ${runId})`)
      for (const reason of skipped) deps.log('warning', `baseline ${kind}: skipped ${reason}`)
      return {
        found: true,
        sha,
        behind,
        artifactId: artifact.id,
        runId,
        note,
        name,
        size: artifact.size_in_bytes,
        ...(artifact.digest ? { digest: artifact.digest } : {}),
        skipped
      }
    }
  }
  const note =
    shas.length === 0
      ? 'no base commit to look up'
      : `none within ${plural(shas.length, 'first-parent commit')} of ${short(shas[0] ?? '')}`
  deps.log('info', `baseline ${kind}: ${note}`)
  for (const reason of skipped) deps.log('warning', `baseline ${kind}: skipped ${reason}`)
  return { found: false, searched: shas.length, note, skipped }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return `sha256:${hash.digest('hex')}`
}

/**
 * Download and safely extract a found baseline into a fresh directory under tempDir; returns that directory.
 * The zip is checked against the size the API reported and the digest the upload recorded. Any failure
 * (expired, refused as unsafe, digest mismatch, download error) is a BaselineUnavailableError.
 */
export async function fetchBaseline(
  deps: BaselineDeps,
  lookup: FoundBaseline,
  limits: Partial<ExtractLimits> & { maxZipBytes?: number } = {}
): Promise<string> {
  const maxZip = limits.maxZipBytes ?? DEFAULT_MAX_BASELINE_ZIP_BYTES
  const what = `baseline artifact ${lookup.artifactId} (${lookup.name})`
  if (lookup.size > maxZip) {
    throw new UserError(`${what} is ${lookup.size} bytes, over the limit of ${maxZip}`)
  }
  const work = await mkdtemp(path.join(deps.tempDir, `baseline-${lookup.artifactId}-`))
  const zipPath = path.join(work, 'artifact.zip')
  const dest = path.join(work, 'files')
  try {
    await deps.artifacts.downloadZip(lookup.artifactId, zipPath)
    if (lookup.digest) {
      const actual = await sha256File(zipPath)
      if (actual !== lookup.digest.toLowerCase()) {
        throw new UserError(`${what}: downloaded zip has digest ${actual}, expected ${lookup.digest}`)
      }
    }
    const { files, bytes } = await extractZip(zipPath, dest, limits)
    deps.log('info', `baseline ${lookup.name}: extracted ${plural(files.length, 'file')}, ${bytes} bytes`)
    await rm(zipPath, { force: true })
    return dest
  } catch (error) {
    await rm(work, { recursive: true, force: true })
    if (error instanceof UserError)
      throw new BaselineUnavailableError(`${what} is unusable: ${error.message}`)
    throw error
  }
}
