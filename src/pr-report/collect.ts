/**
 * Collect fragments: from files, globs and directories in the workspace, and from artifacts (this run's, or
 * another run's in workflow_run mode, where they are hostile). Every fragment is validated with fragment.ts;
 * a missing, invalid or oversized one becomes a visible problem entry, never a crash and never dropped.
 */
import { mkdir, mkdtemp, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { glob, isDynamicPattern } from 'tinyglobby'
import { describeError, UserError } from '../shared/errors.js'
import { readFragment, type ReportFragment } from '../shared/fragment.js'
import type { Octokit } from '../shared/github.js'
import { extractZip, type ExtractLimits } from '../shared/archive.js'

export const DEFAULT_FRAGMENT_GLOB = '**/quality-gates-fragment*.json'
export const DEFAULT_ARTIFACT_PATTERN = 'quality-gates-fragment-*'

export interface SourcedFragment {
  /** Where it came from, for people: a workspace-relative path or `artifact <name>: <path>`. */
  source: string
  fragment: ReportFragment
}

export interface Problem {
  source: string
  error: string
  /**
   * `refused`: something a fork is never allowed (another gate's context, an edit of the workflows, or not
   * knowing whether it made one). It fails the overall status even with on-missing: neutral. Otherwise the
   * problem is a result that may be missing (unreadable, absent), which on-missing decides.
   */
  kind?: 'refused'
}

export interface Collected {
  fragments: SourcedFragment[]
  problems: Problem[]
}

export function emptyCollected(): Collected {
  return { fragments: [], problems: [] }
}

/**
 * Concatenate collections. A fragment identical to one already kept (same JSON, e.g. the same file read from
 * the workspace and from its artifact) is kept once; different fragments of the same gate are all kept.
 */
export function mergeCollected(...parts: Collected[]): Collected {
  const seen = new Set<string>()
  const fragments: SourcedFragment[] = []
  for (const f of parts.flatMap(p => p.fragments)) {
    const key = JSON.stringify(f.fragment)
    if (seen.has(key)) continue
    seen.add(key)
    fragments.push(f)
  }
  return { fragments, problems: parts.flatMap(p => p.problems) }
}

/** Read one fragment file; failures become a problem naming the source. */
async function readOne(path: string, source: string, out: Collected): Promise<void> {
  try {
    const fragment = await readFragment(path)
    out.fragments.push({ source, fragment })
  } catch (e) {
    out.problems.push({ source, error: stripSource(describeError(e), path) })
  }
}

function stripSource(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message
}

function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/')
}

/**
 * Fragments from a list of files, globs and directories (relative to `cwd`). A directory is searched with
 * `**∕quality-gates-fragment*.json`. A spec that matches nothing is a problem line, so a misspelt path is
 * visible in the report instead of silently reporting fewer gates.
 */
export async function collectFromPaths(specs: string[], cwd: string): Promise<Collected> {
  const out = emptyCollected()
  const seen = new Set<string>()
  for (const raw of specs) {
    const spec = raw.trim()
    if (spec === '') continue
    const abs = resolve(cwd, spec)
    let files: string[]
    let kind: 'file' | 'dir' | 'glob' | 'missing'
    const st = await stat(abs).catch(() => undefined)
    if (st?.isFile()) {
      kind = 'file'
      files = [abs]
    } else if (st?.isDirectory()) {
      kind = 'dir'
      files = await glob(DEFAULT_FRAGMENT_GLOB, { cwd: abs, absolute: true, followSymbolicLinks: false })
    } else if (isDynamicPattern(spec)) {
      kind = 'glob'
      files = await glob(spec, { cwd, absolute: true, followSymbolicLinks: false })
    } else {
      kind = 'missing'
      files = []
    }
    files.sort()
    if (files.length === 0) {
      const why =
        kind === 'missing'
          ? 'no such file or directory'
          : kind === 'dir'
            ? `no ${DEFAULT_FRAGMENT_GLOB} in this directory`
            : 'the pattern matched no file'
      out.problems.push({ source: spec, error: why })
      continue
    }
    for (const file of files) {
      const key = resolve(file)
      if (seen.has(key)) continue
      seen.add(key)
      await readOne(key, display(cwd, key), out)
    }
  }
  return out
}

/** One artifact as GET /repos/{o}/{r}/actions/runs/{run_id}/artifacts lists it. */
export interface ListedArtifact {
  id: number
  name: string
  size_in_bytes: number
  expired: boolean
}

/** The zip limits of one artifact's extraction, plus how many artifacts and how large a download. */
export interface ArtifactCaps extends ExtractLimits {
  /** Most artifacts read per run (the rest become one problem line). */
  maxArtifacts: number
  /** Largest artifact (compressed, `size_in_bytes`) downloaded at all. */
  maxArtifactBytes: number
  /** Bytes downloaded across all artifacts of the run; past it, the rest are not downloaded. */
  maxDownloadBytes: number
  /** Wall time for the whole collection; past it, the artifacts not yet read become one problem line. */
  maxWallMs: number
}

export const DEFAULT_ARTIFACT_CAPS: ArtifactCaps = {
  maxArtifacts: 200,
  maxArtifactBytes: 8 * 1024 * 1024,
  maxDownloadBytes: 64 * 1024 * 1024,
  maxWallMs: 5 * 60 * 1000,
  maxEntries: 50,
  maxEntryBytes: 2 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024
}

export interface ArtifactCollectOptions {
  octokit: Octokit
  repo: { owner: string; repo: string }
  runId: number
  /** Glob on artifact names, default `quality-gates-fragment-*`. */
  pattern?: string
  /** Download one artifact's zip to `zipPath` (Host.artifacts.downloadZip or restDownloadZip). */
  downloadZip: (artifactId: number, zipPath: string) => Promise<void>
  /** A directory this run owns; each artifact is extracted into a fresh directory under it. */
  tempDir: string
  caps?: Partial<ArtifactCaps>
  /** No problem line when no artifact matches (fragments also came from files). */
  quietWhenNone?: boolean
  /** For tests: the clock the wall-time cap reads. */
  now?: () => number
}

export async function listRunArtifacts(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  runId: number
): Promise<ListedArtifact[]> {
  const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: repo.owner,
    repo: repo.repo,
    run_id: runId,
    per_page: 100
  })
  return all.map(a => ({ id: a.id, name: a.name, size_in_bytes: a.size_in_bytes, expired: a.expired }))
}

/**
 * Fragments from a run's artifacts whose names match `pattern`. The artifacts are hostile: the listed size is
 * checked before download, extraction is archive.ts's (no traversal, entry/size caps) into a fresh temp dir,
 * and every file is schema-validated.
 */
export async function collectFromArtifacts(options: ArtifactCollectOptions): Promise<Collected> {
  const caps = { ...DEFAULT_ARTIFACT_CAPS, ...options.caps }
  const pattern = options.pattern?.trim() || DEFAULT_ARTIFACT_PATTERN
  const out = emptyCollected()
  let listed: ListedArtifact[]
  try {
    listed = await listRunArtifacts(options.octokit, options.repo, options.runId)
  } catch (e) {
    out.problems.push({
      source: `artifacts of run ${options.runId}`,
      error: `cannot list artifacts (${describeError(e)})`
    })
    return out
  }
  const isMatch = picomatch(pattern, { dot: true })
  const matching = newestAttempts(listed.filter(a => isMatch(a.name))).sort(
    (a, b) => cmp(a.name, b.name) || a.id - b.id
  )
  if (matching.length === 0) {
    if (options.quietWhenNone) return out
    out.problems.push({
      source: `artifacts of run ${options.runId}`,
      error: `no artifact named like ${JSON.stringify(pattern)}`
    })
    return out
  }
  if (matching.length > caps.maxArtifacts) {
    out.problems.push({
      source: `artifacts of run ${options.runId}`,
      error: `${matching.length} artifacts match; only the first ${caps.maxArtifacts} were read`
    })
  }
  await mkdir(options.tempDir, { recursive: true })
  const isFragmentFile = picomatch(DEFAULT_FRAGMENT_GLOB, { dot: false })
  // The whole collection is bounded, not only each artifact: a hostile run cannot stall the privileged job.
  const now = options.now ?? Date.now
  const deadline = now() + caps.maxWallMs
  let downloaded = 0
  const toRead = matching.slice(0, caps.maxArtifacts)
  for (const [index, artifact] of toRead.entries()) {
    const source = `artifact ${artifact.name}`
    const stop = (why: string) =>
      out.problems.push({
        source: `artifacts of run ${options.runId}`,
        error: `${why}; ${toRead.length - index} artifact(s) from ${artifact.name} on were not read`
      })
    if (now() > deadline) {
      stop(`reading artifacts took longer than ${Math.round(caps.maxWallMs / 1000)} s`)
      break
    }
    if (artifact.expired) {
      out.problems.push({ source, error: 'artifact has expired' })
      continue
    }
    if (!Number.isSafeInteger(artifact.size_in_bytes) || artifact.size_in_bytes > caps.maxArtifactBytes) {
      out.problems.push({
        source,
        error: `artifact is ${artifact.size_in_bytes} bytes, over the ${caps.maxArtifactBytes}-byte cap; not downloaded`
      })
      continue
    }
    if (downloaded + artifact.size_in_bytes > caps.maxDownloadBytes) {
      stop(`the artifacts would total more than ${caps.maxDownloadBytes} bytes`)
      break
    }
    const dir = await mkdtemp(join(options.tempDir, 'pr-report-artifact-'))
    const zipPath = join(dir, 'artifact.zip')
    const dest = join(dir, 'files')
    let files: string[]
    try {
      await options.downloadZip(artifact.id, zipPath)
      const zipSize = (await stat(zipPath)).size
      downloaded += zipSize
      if (zipSize > caps.maxArtifactBytes) {
        throw new UserError(`downloaded zip is ${zipSize} bytes, over the ${caps.maxArtifactBytes}-byte cap`)
      }
      await mkdir(dest)
      const extracted = await extractZip(zipPath, dest, caps)
      files = extracted.files.filter(f => isFragmentFile(f)).sort(cmp)
    } catch (e) {
      out.problems.push({ source, error: describeError(e) })
      continue
    }
    if (files.length === 0) {
      out.problems.push({ source, error: `holds no file named like ${DEFAULT_FRAGMENT_GLOB}` })
      continue
    }
    for (const file of files) await readOne(join(dest, file), `${source}: ${file}`, out)
  }
  return out
}

/** A fragment artifact's identity and run attempt: `name` is attempt 1, `name-attempt-N` attempt N (publish.ts). */
export function artifactAttempt(name: string): { identity: string; attempt: number } {
  const m = /^(.*)-attempt-([1-9][0-9]{0,5})$/.exec(name)
  return m ? { identity: m[1] as string, attempt: Number(m[2]) } : { identity: name, attempt: 1 }
}

/**
 * Of the artifacts of one identity, the newest attempt's: a re-run uploads its own (artifact names are unique per
 * run), and the first attempt's stale fragment must not be read beside it.
 */
export function newestAttempts(artifacts: ListedArtifact[]): ListedArtifact[] {
  const newest = new Map<string, { artifact: ListedArtifact; attempt: number }>()
  for (const artifact of artifacts) {
    const { identity, attempt } = artifactAttempt(artifact.name)
    const kept = newest.get(identity)
    if (!kept || attempt > kept.attempt || (attempt === kept.attempt && artifact.id > kept.artifact.id)) {
      newest.set(identity, { artifact, attempt })
    }
  }
  return [...newest.values()].map(v => v.artifact)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
