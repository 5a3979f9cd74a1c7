import { readFileSync } from 'node:fs'
import { manualPullRequestInput } from './dispatch.js'
import type { RunContext } from './host.js'

/**
 * The run context from the runner's environment variables and event payload. Read directly rather than through
 * @actions/github's `context`, which is built once at import time. `inputs.pr` is the action's `pr` input: the
 * PR a manual run is about (else the dispatch payload's own `inputs.pr`).
 */
export function runContextFromEnv(env: NodeJS.ProcessEnv, inputs: { pr?: string } = {}): RunContext {
  let payload: Record<string, unknown> = {}
  const eventPath = env.GITHUB_EVENT_PATH
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        payload = parsed as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const repoPayload = payload.repository as { id?: unknown } | undefined
  const repositoryId = typeof repoPayload?.id === 'number' ? repoPayload.id : undefined
  const int = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined)
  const eventName = env.GITHUB_EVENT_NAME ?? 'unknown'
  const manualPullRequest = manualPullRequestInput(eventName, payload, inputs.pr)
  return {
    eventName,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    ...(owner && repo
      ? { repository: { owner, repo, ...(repositoryId !== undefined ? { id: repositoryId } : {}) } }
      : {}),
    ...(int(env.GITHUB_RUN_ID) !== undefined ? { runId: int(env.GITHUB_RUN_ID) } : {}),
    ...(int(env.GITHUB_RUN_ATTEMPT) !== undefined ? { runAttempt: int(env.GITHUB_RUN_ATTEMPT) } : {}),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    payload,
    ...(manualPullRequest !== undefined ? { manualPullRequest } : {})
  }
}

/** Link to the current run, when there is one. */
export function runUrl(ctx: RunContext): string | undefined {
  if (!ctx.repository || ctx.runId === undefined) return undefined
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`
}
