/**
 * Fork-safe mode: pr-report runs in a `workflow_run` workflow (YAML from the default branch, write token) after
 * the unprivileged `pull_request` workflow uploaded its fragments as artifacts. This module only READS the event
 * payload: the triggering run's id and head SHA, and the PR number when GitHub filled `pull_requests` (it is
 * empty for forks, so the PR is then found by head SHA). It never checks out or runs PR code; the fragments
 * are downloaded by the exact run id and treated as hostile by collect.ts (size caps before download, safe
 * extraction, schema) and compose.ts (sanitising).
 */
import { UserError } from '../shared/errors.js'

export interface WorkflowRunTarget {
  /** The triggering run (whose artifacts hold the fragments). */
  runId: number
  runAttempt: number
  /** The commit the triggering run tested: statuses go here. */
  headSha: string
  /** The triggering run's event (pull_request for the usual setup). */
  event: string
  /** PR number from workflow_run.pull_requests when its head SHA matches; absent for forks. */
  prNumber?: number
  /** "owner/repo" of the head repository (a fork's name for fork PRs), for display only. */
  headRepository?: string
  /** True when the head repository differs from the base repository. */
  fromFork: boolean
  conclusion?: string
}

function rec(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
}

function posInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined
}

/** Read the triggering run from a `workflow_run` event payload; a UserError when it is not one. */
export function workflowRunFromPayload(payload: Record<string, unknown>): WorkflowRunTarget {
  const run = rec(payload.workflow_run)
  if (!run) {
    throw new UserError(
      'input "mode": workflow-run mode needs a workflow_run event (run pr-report from `on: workflow_run`), but the event payload has no workflow_run'
    )
  }
  const runId = posInt(run.id)
  if (runId === undefined)
    throw new UserError('workflow_run event: "workflow_run.id" is not a positive integer')
  const headSha = run.head_sha
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new UserError('workflow_run event: "workflow_run.head_sha" is not a 40-character commit id')
  }
  const headRepo = rec(run.head_repository)
  const baseRepo = rec(run.repository) ?? rec(payload.repository)
  const headId = posInt(headRepo?.id)
  const baseId = posInt(baseRepo?.id)
  const fromFork = headId !== undefined && baseId !== undefined ? headId !== baseId : false

  let prNumber: number | undefined
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : []
  for (const pr of prs) {
    const p = rec(pr)
    const head = rec(p?.head)
    const n = posInt(p?.number)
    if (n !== undefined && head?.sha === headSha) {
      prNumber = n
      break
    }
  }
  const fullName = headRepo?.full_name
  const conclusion = run.conclusion
  return {
    runId,
    runAttempt: posInt(run.run_attempt) ?? 1,
    headSha,
    event: typeof run.event === 'string' ? run.event : 'unknown',
    ...(prNumber !== undefined ? { prNumber } : {}),
    ...(typeof fullName === 'string' ? { headRepository: fullName } : {}),
    fromFork,
    ...(typeof conclusion === 'string' ? { conclusion } : {})
  }
}
