/**
 * Event payloads for runner-harness tests: GitHub's own example payloads (@octokit/webhooks-examples) with the
 * fields a test controls (numbers, SHAs, the repository and, for a fork, the head repository) set.
 */
import { examplePayload } from './runner.js'

export interface RepoRef {
  full_name: string
  id?: number
  fork?: boolean
  name?: string
}

export interface PullRequestEventOptions {
  number: number
  headSha: string
  baseSha: string
  /** The base repository (acme/widgets); its id is the emulator's repository id in most tests. */
  repository: RepoRef
  /** The head repository when the PR comes from a fork; the base repository otherwise. */
  headRepository?: RepoRef
  headRef?: string
  baseRef?: string
}

/** A `pull_request` `opened` payload for PR `number` from `headSha` onto `baseSha`. */
export async function pullRequestEvent(o: PullRequestEventOptions): Promise<Record<string, unknown>> {
  const payload = await examplePayload('pull_request', 'opened')
  const pr = payload.pull_request as Record<string, Record<string, unknown>>
  const base = o.repository
  const head = o.headRepository ?? base
  return {
    ...payload,
    number: o.number,
    repository: { ...(payload.repository as object), ...base, default_branch: o.baseRef ?? 'main' },
    pull_request: {
      ...pr,
      number: o.number,
      head: {
        ...pr.head,
        sha: o.headSha,
        ref: o.headRef ?? 'feature',
        repo: { ...(pr.head?.repo as object), ...head }
      },
      base: {
        ...pr.base,
        sha: o.baseSha,
        ref: o.baseRef ?? 'main',
        repo: { ...(pr.base?.repo as object), ...base }
      }
    }
  }
}
