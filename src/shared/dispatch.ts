/**
 * Manual runs (`workflow_dispatch`). A manual run is about a pull request when it is given a PR number (the
 * action input `pr`, by default the dispatch's own `inputs.pr`): the gates then gate that PR's head against its
 * base and pr-report reports on that PR. Without one it is about the branch it ran on: on the default branch a
 * trusted run that saves a fresh baseline, elsewhere a project-only check that posts nothing onto a PR.
 *
 * Safety, because a manual run has the dispatcher's write token:
 * - nothing is posted onto the PR head unless the checked-out commit IS that head (or GitHub's merge commit
 *   refs/pull/N/merge, whose second parent is the head): numbers of the default branch never land on a PR;
 * - a fork's PR is refused unless `dispatch-fork-pr: allow` (its code ran with a write token: the pwn-request
 *   risk; the example workflow refuses before it checks the code out, this is the second lock);
 * - a run about a PR is never a trusted baseline run (baseline-store.ts isTrustedDefaultBranchRun).
 */
import { UserError } from './errors.js'
import { createGit, revParse, type Git } from './git.js'
import { resolvePullRequest, type Octokit, type PullRequestContext } from './github.js'
import type { RunContext } from './host.js'
import type { Setting } from './settings.js'

/** The settings of manual runs, declared once for every gate (GATE_SETTINGS) and pr-report. */
export const DISPATCH_SETTINGS = [
  {
    name: 'pr',
    kind: 'integer',
    min: 1,
    max: 2147483647,
    only: 'action',
    description:
      "Manual runs (workflow_dispatch): the number of the pull request to gate and report on; its head must be the checked-out commit (actions/checkout ref: refs/pull/<n>/head). Empty = the dispatch's own input named pr, if any; none = the run's branch (where a gate on the default branch saves a fresh baseline).",
    group: 'Manual runs'
  },
  {
    name: 'dispatch-fork-pr',
    kind: 'enum',
    values: ['refuse', 'allow'],
    default: 'refuse',
    only: 'action',
    description:
      "Manual runs on a fork's pull request: refuse (the run executed the fork's code with this repository's write token) or allow.",
    group: 'Manual runs'
  }
] as const satisfies readonly Setting[]

/**
 * The PR number a run was given, as text: the action input `pr`, else (in a manual run) the dispatch payload's
 * `inputs.pr`. Unvalidated: any value at all makes the run "about a PR" (and so never a baseline run).
 */
export function manualPullRequestInput(
  eventName: string,
  payload: Record<string, unknown>,
  input: string | undefined
): string | undefined {
  const given = input?.trim()
  if (given) return given
  if (eventName !== 'workflow_dispatch') return undefined
  const inputs = payload.inputs
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) return undefined
  const pr = (inputs as Record<string, unknown>).pr
  const text = typeof pr === 'number' ? String(pr) : typeof pr === 'string' ? pr.trim() : ''
  return text === '' ? undefined : text
}

/** A PR number from its text; a one-line UserError otherwise. */
export function parsePullNumber(text: string): number {
  const digits = text.replace(/^#/, '')
  const n = /^\d{1,10}$/.test(digits) ? Number(digits) : NaN
  if (!Number.isSafeInteger(n) || n < 1 || n > 2147483647) {
    const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text)
    throw new UserError(`pr: ${shown} is not a pull request number`)
  }
  return n
}

/**
 * Check that the checked-out commit is the PR's head, or GitHub's merge commit of it (refs/pull/N/merge: a
 * merge whose second parent is the head). Otherwise a one-line UserError naming the checkout to use.
 */
export async function verifyCheckedOutPullRequest(git: Git, pr: PullRequestContext): Promise<void> {
  const fix = `check out the pull request first: actions/checkout with "ref: refs/pull/${pr.number}/head" (or refs/pull/${pr.number}/merge)`
  let head: string
  try {
    head = await revParse(git, 'HEAD')
  } catch {
    throw new UserError(
      `pr ${pr.number}: no checked-out commit in ${git.cwd}, so nothing is posted on the pull request; ${fix}`
    )
  }
  const want = pr.headSha.toLowerCase()
  if (head === want) return
  const parents = (await git.run(['rev-list', '--parents', '-n', '1', head]).catch(() => ''))
    .trim()
    .split(/\s+/)
    .slice(1)
  if (parents.length === 2 && parents[1] === want) return
  throw new UserError(
    `pr ${pr.number}: the checked-out commit ${head.slice(0, 12)} is not the pull request's head ${want.slice(0, 12)} (nor its merge commit), so nothing is posted on it; ${fix}`
  )
}

export interface RunPullRequestOptions {
  /** The repository checkout (where HEAD is checked for a manual run on a PR). */
  workspace: string
  /** Raw `dispatch-fork-pr` input. */
  forkPolicy?: string
  /** Where an explanation goes (a manual run without a PR off the default branch). */
  notice?: (message: string) => void
}

/**
 * The pull request a run is about, for every front end in a workflow: the event's (resolvePullRequest), or for
 * a manual run given a PR number, that PR, resolved through the API and checked against the checkout.
 */
export async function resolveRunPullRequest(
  context: RunContext,
  repo: { owner: string; repo: string },
  octokit: Octokit | undefined,
  options: RunPullRequestOptions
): Promise<PullRequestContext | undefined> {
  const given = context.manualPullRequest
  if (context.eventName !== 'workflow_dispatch') {
    if (given !== undefined) {
      throw new UserError(
        `pr: a pull request number is for manual runs (workflow_dispatch); this ${context.eventName} run is about its own event`
      )
    }
    return resolvePullRequest(context.eventName, context.payload, repo, octokit)
  }
  if (given === undefined) {
    const defaultBranch = (context.payload.repository as { default_branch?: unknown } | undefined)
      ?.default_branch
    if (typeof defaultBranch === 'string' && context.ref !== `refs/heads/${defaultBranch}`) {
      options.notice?.(
        `manual run on ${context.ref || 'an unknown ref'} without a pull request number: nothing is posted on a pull request and no baseline is saved (only ${defaultBranch} saves one); give the pr input to gate a pull request`
      )
    }
    return undefined
  }
  if (options.forkPolicy !== undefined && !['refuse', 'allow'].includes(options.forkPolicy)) {
    throw new UserError(
      `dispatch-fork-pr: ${JSON.stringify(options.forkPolicy.slice(0, 40))} is not refuse or allow`
    )
  }
  const pr = await resolvePullRequest(context.eventName, context.payload, repo, octokit, {
    dispatchPullNumber: parsePullNumber(given),
    allowForkDispatch: options.forkPolicy === 'allow'
  })
  if (pr) await verifyCheckedOutPullRequest(createGit(options.workspace), pr)
  return pr
}
