/**
 * Where a gate's baselines live, behind one interface: in a workflow, artifacts keyed by commit (baseline.ts:
 * found by the exact base commit with first-parent walk-back, saved only by trusted events on the default
 * branch); on a laptop, files named on the command line (`--baseline`, `--baseline-out`). A gate asks the store;
 * it never knows which one it has.
 */
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import {
  fetchBaseline,
  findBaseline,
  saveBaseline,
  TRUSTED_BASELINE_EVENTS,
  type BaselineDeps
} from './baseline.js'

export { TRUSTED_BASELINE_EVENTS }
import { manualPullRequestInput } from './dispatch.js'
import { describeError, UserError } from './errors.js'
import type { Host, RunContext } from './host.js'

export type BaselineFound =
  | {
      found: true
      /** The baseline's main file (`file` in find's arguments, or the file the user named). */
      path: string
      /** The commit it was saved for, when the store knows (artifacts do; a local file says so itself). */
      sha?: string
      /** First-parent commits between the wanted commit and the one that had a baseline. */
      behind: number
      note: string
    }
  | { found: false; note: string }

export interface BaselineStore {
  /** Whether `mode: auto` saves a baseline in this run (a trusted default-branch event, or a local output file). */
  readonly savesInAuto: boolean
  /** Whether `mode: auto` also gates in a run that saves (locally: compare, then write the new baseline). */
  readonly gatesWhenSaving: boolean
  /**
   * The newest baseline of `kind` among `candidates` (a commit, then its first-parent ancestors). The
   * candidates are asked for only when the store needs them (they cost a git process; a file store does not).
   */
  find(kind: string, candidates: () => Promise<string[]>, file: string): Promise<BaselineFound>
  /** Save `dir` (holding `file`) as the baseline of `kind` at `sha`; returns a line saying where it went. */
  save(kind: string, sha: string, dir: string, file: string, retentionDays: number): Promise<string>
}

/**
 * Whether this run is a trusted event on the default branch: a push, schedule or manual run of the default
 * branch itself, or a merge queue's run whose queue merges into it (its commit becomes the default branch's
 * next commit, so later PRs find the baseline at their base). A manual run about a pull request (given a `pr`)
 * never is, whatever branch it ran from: it tests the PR's code.
 */
export function isTrustedDefaultBranchRun(context: RunContext): boolean {
  const { eventName, ref, payload } = context
  if (!(TRUSTED_BASELINE_EVENTS as readonly string[]).includes(eventName)) return false
  if (manualPullRequestInput(eventName, payload, context.manualPullRequest) !== undefined) return false
  const defaultBranch = (payload.repository as { default_branch?: unknown } | undefined)?.default_branch
  if (typeof defaultBranch !== 'string' || defaultBranch === '') return false
  const branchRef = `refs/heads/${defaultBranch}`
  if (eventName === 'merge_group') {
    const group = payload.merge_group as { base_ref?: unknown; head_ref?: unknown } | undefined
    // The queue's own branch is gh-readonly-queue/<default>/pr-<n>-<sha>; its commit is merge_group.head_sha.
    return (
      group?.base_ref === branchRef &&
      typeof group.head_ref === 'string' &&
      group.head_ref.startsWith(`refs/heads/gh-readonly-queue/${defaultBranch}/`)
    )
  }
  return ref === branchRef
}

/**
 * Whether `mode: auto` also gates in a run that saves: a merge queue's commit is a pull request on top of the
 * default branch that is about to become it, so it is judged like the PR (patch and drop against the queue's base)
 * and then saved. A push has no pull request to judge.
 */
export function gatesWhenSaving(context: RunContext): boolean {
  return context.eventName === 'merge_group'
}

/**
 * Whether `mode: auto` saves to the cache store in this run: a trusted default-branch run, but not a merge queue's,
 * whose cache entries are scoped to its gh-readonly-queue ref where no PR would read them.
 */
export function cacheSavesInAuto(context: RunContext): boolean {
  return isTrustedDefaultBranchRun(context) && context.eventName !== 'merge_group'
}

/** The store of a workflow run: artifacts of this repository's trusted runs. */
export function createArtifactBaselineStore(deps: BaselineDeps, context: RunContext): BaselineStore {
  const trusted = isTrustedDefaultBranchRun(context)
  return {
    savesInAuto: trusted,
    gatesWhenSaving: gatesWhenSaving(context),
    async find(kind, candidates, file) {
      const lookup = await findBaseline(deps, kind, await candidates())
      if (!lookup.found) return { found: false, note: lookup.note }
      const dir = await fetchBaseline(deps, lookup)
      return { found: true, path: join(dir, file), sha: lookup.sha, behind: lookup.behind, note: lookup.note }
    },
    async save(kind, sha, dir, _file, retentionDays) {
      if (!trusted) {
        throw new UserError(
          `a baseline is saved only by ${TRUSTED_BASELINE_EVENTS.join(', ')} runs on the default branch, not by this ${context.eventName} run`
        )
      }
      const saved = await saveBaseline(deps, kind, sha, dir, retentionDays)
      return `artifact ${saved.name}`
    }
  }
}

export interface FileBaselineOptions {
  /** A baseline file (or a directory holding the gate's baseline file) to compare against. */
  from?: string
  /** Where to write the new baseline. */
  to?: string
}

/** The store of the CLI: the file given to compare against, whatever commit it is for, and a file to write. */
export function createFileBaselineStore(opts: FileBaselineOptions, cwd: string): BaselineStore {
  const from = opts.from !== undefined ? resolve(cwd, opts.from) : undefined
  const to = opts.to !== undefined ? resolve(cwd, opts.to) : undefined
  return {
    savesInAuto: to !== undefined,
    gatesWhenSaving: true,
    async find(_kind, _candidates, file) {
      if (from === undefined) return { found: false, note: '' }
      const info = await stat(from).catch((e: NodeJS.ErrnoException) => {
        throw new UserError(`--baseline ${from}: cannot read (${e.code ?? 'error'})`)
      })
      const path = info.isDirectory() ? join(from, file) : from
      return { found: true, path, behind: 0, note: `baseline from ${opts.from}` }
    },
    async save(_kind, _sha, dir, file) {
      if (to === undefined) throw new UserError('no file to save the baseline to (--baseline-out)')
      try {
        await mkdir(dirname(to), { recursive: true })
        await copyFile(join(dir, file), to)
      } catch (e) {
        throw new UserError(
          `--baseline-out ${to}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`
        )
      }
      return to
    }
  }
}

/**
 * Save `text` as the baseline file `file` of `kind` at `sha`, saying where it went (see saveBaselineDir).
 */
export async function saveBaselineText(
  host: Pick<Host, 'tempDir' | 'logger' | 'context'>,
  store: BaselineStore,
  what: string,
  opts: { kind: string; sha: string; file: string; text: string; retentionDays: number }
): Promise<void> {
  await saveBaselineDir(host, store, what, opts, async dir => {
    await writeFile(join(dir, opts.file), opts.text)
  })
}

/**
 * Save a baseline directory that `fill` writes (holding `file`) as the baseline of `kind` at `sha`, saying where it
 * went. In a workflow a failed save is a warning (the verdict does not depend on it) and a re-run that finds its
 * first attempt's baseline (artifact names are unique per run) leaves that one standing; locally (no repository)
 * the error stands.
 */
export async function saveBaselineDir(
  host: Pick<Host, 'tempDir' | 'logger' | 'context'>,
  store: BaselineStore,
  what: string,
  opts: { kind: string; sha: string; file: string; retentionDays: number },
  fill: (dir: string) => Promise<void>
): Promise<void> {
  const dir = join(host.tempDir, `${opts.kind}-baseline-out`)
  await mkdir(dir, { recursive: true })
  await fill(dir)
  const at = opts.sha.slice(0, 7)
  try {
    const where = await store.save(opts.kind, opts.sha, dir, opts.file, opts.retentionDays)
    host.logger.log('info', `saved the ${what} of ${at} as ${where}`)
  } catch (error) {
    if (!host.context.repository) throw error
    const text = describeError(error)
    const rerun = /already exists/.test(text)
    host.logger.log(
      rerun ? 'notice' : 'warning',
      rerun
        ? `the ${what} of ${at} was already saved by an earlier attempt of this run`
        : `the ${what} of ${at} was not saved: ${text}`
    )
  }
}
