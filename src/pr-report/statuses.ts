/**
 * Commit statuses: one per fragment (its statusContext) and the overall `quality-gates`, all on the PR head
 * SHA (workflow_run.head_sha in fork mode), target_url = the run. compose.ts already mapped the states
 * (pass → success, fail → failure, neutral/skipped → success with the word in the description) and cut the
 * descriptions to 140 characters. Writes are serialised (secondary rate limits) and one failing context does
 * not stop the others; the failures are returned for the caller to log.
 */
import { describeError } from '../shared/errors.js'
import type { Octokit } from '../shared/github.js'
import { refusedOnFork, setCommitStatus } from '../shared/status.js'
import type { StatusSpec } from './compose.js'

export type SetStatus = (
  octokit: Octokit,
  repo: { owner: string; repo: string },
  sha: string,
  status: {
    context: string
    state: 'success' | 'failure' | 'pending' | 'error'
    description: string
    targetUrl?: string
  }
) => Promise<unknown>

export interface StatusOutcome {
  set: string[]
  /** `forkRefused`: a fork PR's read-only token was refused (refusedOnFork). */
  failed: { context: string; error: string; forkRefused: boolean }[]
}

export async function publishStatuses(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  sha: string,
  statuses: StatusSpec[],
  setStatus: SetStatus = setCommitStatus as SetStatus,
  pr?: { isFork: boolean }
): Promise<StatusOutcome> {
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    return {
      set: [],
      failed: statuses.map(s => ({
        context: s.context,
        error: `no valid head SHA (${sha || 'empty'})`,
        forkRefused: false
      }))
    }
  }
  const outcome: StatusOutcome = { set: [], failed: [] }
  for (const s of statuses) {
    try {
      await setStatus(octokit, repo, sha, {
        context: s.context,
        state: s.state,
        description: s.description,
        ...(s.targetUrl ? { targetUrl: s.targetUrl } : {})
      })
      outcome.set.push(s.context)
    } catch (e) {
      outcome.failed.push({ context: s.context, error: describeError(e), forkRefused: refusedOnFork(e, pr) })
    }
  }
  return outcome
}
