import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { workflowRunFromPayload } from '../../src/pr-report/fork.js'

const require = createRequire(import.meta.url)

/** The `workflow_run.completed` example payload GitHub documents (via @octokit/webhooks-examples). */
function workflowRunExample(): Record<string, unknown> {
  const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json')
  const index = JSON.parse(readFileSync(file, 'utf8')) as {
    name: string
    examples: Record<string, unknown>[]
  }[]
  const examples = index.find(e => e.name === 'workflow_run')?.examples ?? []
  const ex = examples.find(e => e.action === 'completed') ?? examples[0]
  if (!ex) throw new Error('no workflow_run example in @octokit/webhooks-examples')
  return structuredClone(ex)
}

describe('pr-report fork mode payload', () => {
  it('reads run id and head sha from a fork PR run (empty pull_requests)', () => {
    const payload = workflowRunExample()
    const run = payload.workflow_run as Record<string, unknown>
    run.event = 'pull_request'
    run.pull_requests = []
    run.head_repository = { ...(run.head_repository as object), id: 999_001, full_name: 'mallory/octo-repo' }
    const t = workflowRunFromPayload(payload)
    expect(t.runId).toBe(run.id)
    expect(t.headSha).toBe(run.head_sha)
    expect(t.prNumber).toBeUndefined()
    expect(t.event).toBe('pull_request')
    expect(t.fromFork).toBe(true)
    expect(t.headRepository).toBe('mallory/octo-repo')
    // Unchanged example: head repository = base repository.
    expect(workflowRunFromPayload(workflowRunExample()).fromFork).toBe(false)
  })

  it('takes the PR number only when its head sha matches the run', () => {
    const payload = workflowRunExample()
    const run = payload.workflow_run as Record<string, unknown>
    run.pull_requests = [
      { number: 7, head: { sha: 'f'.repeat(40) } },
      { number: 9, head: { sha: run.head_sha } }
    ]
    expect(workflowRunFromPayload(payload).prNumber).toBe(9)
  })

  it('rejects payloads that are not workflow_run with one line', () => {
    expect(() => workflowRunFromPayload({ pull_request: {} })).toThrow(
      /workflow-run mode needs a workflow_run event/
    )
    const payload = workflowRunExample()
    ;(payload.workflow_run as Record<string, unknown>).head_sha = 'main; rm -rf /'
    expect(() => workflowRunFromPayload(payload)).toThrow(/head_sha" is not a 40-character commit id/)
  })
})
