/**
 * Which pull request (if any) the report belongs to, and which commit the statuses go on; a thin layer over
 * github.ts's resolvePullRequest:
 * - pull_request / pull_request_target / merge_group: the event's PR and its HEAD sha (GITHUB_SHA would be the
 *   merge commit);
 * - workflow_run: workflow_run.head_sha; the PR from workflow_run.pull_requests, or for forks (always empty)
 *   the open PR whose head is exactly that sha;
 * - workflow_dispatch: the PR given by number, resolved and checked against the checkout by the Host
 *   (dispatch.ts), statuses on its head; without a number, no PR;
 * - anything else (push, schedule): no PR (no comment), statuses on GITHUB_SHA.
 */
import { resolvePullRequest, type Octokit, type PullRequestContext } from '../shared/github.js'
import type { RunContext } from '../shared/host.js'
import type { WorkflowRunTarget } from './fork.js'

export interface PullTarget {
  number?: number
  headSha: string
  /** A fork's PR seen from its own (read-only) run; false in workflow-run mode, which holds a write token. */
  isFork?: boolean
}

export async function findPullRequest(
  octokit: Octokit | undefined,
  repo: { owner: string; repo: string },
  ctx: RunContext,
  target?: WorkflowRunTarget,
  /** The Host's own resolution, used for a manual run (it checks the checkout). */
  hostPullRequest?: () => Promise<PullRequestContext | undefined>
): Promise<PullTarget> {
  const eventName = target ? 'workflow_run' : ctx.eventName
  const pr =
    !target && (eventName === 'workflow_dispatch' || ctx.manualPullRequest !== undefined) && hostPullRequest
      ? await hostPullRequest()
      : await resolvePullRequest(eventName, ctx.payload, repo, octokit)
  const headSha = target?.headSha ?? pr?.headSha ?? ctx.sha
  return pr ? { number: pr.number, headSha, isFork: !target && pr.isFork } : { headSha }
}
