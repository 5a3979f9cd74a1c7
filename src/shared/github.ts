/**
 * The GitHub side every action shares, without the HTTP client (octokit.ts builds that): the Octokit type, rate
 * limits read off a response, failures classified by their real cause (`classifyApiError`: a rate limit is never
 * reported as a missing permission), and pull-request resolution from any triggering event.
 */
import type { getOctokit } from '@actions/github'
import { RequestError } from '@octokit/request-error'
import { UserError, oneLine } from './errors.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface RateLimitInfo {
  /** primary: the hourly quota is used up (`x-ratelimit-remaining: 0`); secondary: too fast / too many at once. */
  kind: 'primary' | 'secondary'
  /** When the primary quota resets (`x-ratelimit-reset`). */
  resetAt?: Date
  /** GitHub's `retry-after`, in seconds. */
  retryAfterSeconds?: number
  /** How long GitHub asks to wait from `nowMs` (reset + 1 s, or retry-after); undefined when it says nothing. */
  waitMs?: number
}

/** The rate limit an error reports, or undefined when it is not one (a 403 without a rate-limit signal is not). */
export function rateLimitOf(e: unknown, nowMs: number = Date.now()): RateLimitInfo | undefined {
  const err = e as { status?: unknown; response?: { status?: unknown; headers?: unknown; data?: unknown } }
  const status = typeof err?.status === 'number' ? err.status : err?.response?.status
  if ((status !== 403 && status !== 429) || !err.response) return undefined
  const headers = (err.response.headers ?? {}) as Record<string, unknown>
  const header = (name: string) => (headers[name] === undefined ? undefined : String(headers[name]))
  const primary = header('x-ratelimit-remaining') === '0'
  const resetSec = Number(header('x-ratelimit-reset'))
  const resetAt =
    primary && Number.isSafeInteger(resetSec) && resetSec > 0 ? new Date(resetSec * 1000) : undefined
  const retryAfterSeconds = parseRetryAfter(header('retry-after'), nowMs)
  const message = gitHubMessage(e)
  const signalled =
    primary ||
    retryAfterSeconds !== undefined ||
    status === 429 ||
    /\brate limit|abuse detection/i.test(message)
  if (!signalled) return undefined
  const waits: number[] = []
  if (retryAfterSeconds !== undefined) waits.push(retryAfterSeconds * 1000)
  // +1 s: the reset is a whole second and clocks differ a little; retrying at the reset itself can be early.
  if (resetAt) waits.push(Math.max(0, resetAt.getTime() - nowMs) + 1000)
  return {
    kind: primary ? 'primary' : 'secondary',
    ...(resetAt ? { resetAt } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ...(waits.length > 0 ? { waitMs: Math.max(...waits) } : {})
  }
}

/** `retry-after` is delta-seconds or an HTTP date (RFC 9110); anything else is ignored. */
function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined
  const v = value.trim()
  if (/^\d{1,9}$/.test(v)) return Number(v)
  if (v.length > 64) return undefined
  const at = Date.parse(v)
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1000)) : undefined
}

/**
 * A request given up on because of a rate limit: its reset is further away than the step may wait, or it was
 * still limited after the retries. Keeps GitHub's status (403/429) and response.
 */
export class RateLimitError extends RequestError {
  readonly rateLimit: RateLimitInfo & {
    reason: 'beyond-bound' | 'retries-exhausted'
    /** Seconds from the give-up moment until GitHub would accept the request (when known). */
    inSeconds?: number
    waitedSeconds: number
    boundSeconds: number
    retries: number
  }
  constructor(cause: RequestError, rateLimit: RateLimitError['rateLimit'], what: string) {
    super(rateLimitText(rateLimit, what), cause.status, {
      request: cause.request,
      ...(cause.response ? { response: cause.response } : {})
    })
    this.rateLimit = rateLimit
  }
}

function rateLimitText(r: RateLimitError['rateLimit'], what: string): string {
  const when =
    r.resetAt !== undefined
      ? `resets at ${isoSeconds(r.resetAt)}${r.inSeconds !== undefined ? `, in ${r.inSeconds} s` : ''}`
      : r.inSeconds !== undefined
        ? `retry after ${r.inSeconds} s`
        : 'GitHub gave no reset time'
  const why =
    r.reason === 'beyond-bound'
      ? `longer than the ${r.boundSeconds} s this step may wait${r.waitedSeconds > 0 ? ` (already waited ${r.waitedSeconds} s)` : ''}; not waiting`
      : `still limited after ${r.retries} retries (waited ${r.waitedSeconds} s)`
  return `GitHub ${r.kind === 'primary' ? 'rate limit' : 'secondary rate limit'} on ${what}: ${when}; ${why}`
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function describeNetworkError(error: unknown): string {
  const e = error as {
    name?: unknown
    message?: unknown
    cause?: { name?: unknown; code?: unknown; message?: unknown }
  }
  const timeouts = ['AbortError', 'TimeoutError']
  if (timeouts.includes(String(e.name)) || timeouts.includes(String(e.cause?.name))) return 'timed out'
  const text = [e.cause?.code, e.cause?.message, e.message].find(x => typeof x === 'string' && x.length > 0)
  return oneLine(typeof text === 'string' ? text : 'network error', 120)
}

export function pathOf(url: string | undefined): string {
  if (!url) return '?'
  try {
    const u = new URL(url, 'http://github.invalid')
    return u.pathname
  } catch {
    return url
  }
}

// ----------------------------------------------------------------------------------------------------------
// What went wrong, in words

export type ApiErrorKind = 'rate-limit' | 'permission' | 'not-found' | 'outage' | 'network' | 'other'

export interface ApiErrorClass {
  kind: ApiErrorKind
  /** The cause in a few words, e.g. "rate limit (resets at 2026-01-01T13:00:00Z)", "GitHub outage (502)". */
  message: string
  /** GitHub's HTTP status, when it answered. */
  status?: number
  /** Rate limits: when the primary quota resets. */
  resetAt?: Date
  /** Rate limits: GitHub's retry-after, in seconds. */
  retryAfterSeconds?: number
}

/**
 * The real cause of a failed API call. "permission" only for a 401, or a 403 that carries no rate-limit signal
 * (GitHub's "Resource not accessible by integration"); a 403/429 rate limit is "rate-limit"; 5xx is "outage";
 * no answer at all is "network".
 */
export function classifyApiError(e: unknown): ApiErrorClass {
  if (typeof e !== 'object' || e === null) return { kind: 'other', message: oneLine(String(e), 300) }
  const err = e as {
    status?: unknown
    response?: { status?: unknown }
    request?: { method?: string; url?: string }
  }
  const isApi = 'status' in err && 'request' in err
  if (!isApi) {
    const reason = describeNetworkError(e)
    const net = /timed out|ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|UND_ERR|socket|fetch failed/i.test(
      reason
    )
    return net
      ? { kind: 'network', message: `network: no response from GitHub (${reason})` }
      : { kind: 'other', message: oneLine(e instanceof Error ? e.message : String(e), 300) }
  }
  const status = typeof err.status === 'number' ? err.status : undefined
  if (err.response === undefined) {
    const text = gitHubMessage(e)
    return {
      kind: 'network',
      message: `network: ${/^no response/.test(text) ? text : `no response from GitHub (${text})`}`
    }
  }
  const github = gitHubMessage(e)
  const withGitHub = (s: string) => (github ? `${s}: ${github}` : s)
  const limit = e instanceof RateLimitError ? e.rateLimit : rateLimitOf(e)
  if (limit) {
    const extra = e instanceof RateLimitError ? e.rateLimit : undefined
    const parts: string[] = []
    if (limit.resetAt) parts.push(`resets at ${isoSeconds(limit.resetAt)}`)
    else if (limit.retryAfterSeconds !== undefined) parts.push(`retry after ${limit.retryAfterSeconds} s`)
    if (extra?.reason === 'beyond-bound') parts.push(`over the ${extra.boundSeconds} s this step may wait`)
    if (extra?.reason === 'retries-exhausted') parts.push(`still limited after ${extra.retries} retries`)
    const name = limit.kind === 'primary' ? 'rate limit' : 'secondary rate limit'
    return {
      kind: 'rate-limit',
      message: withGitHub(parts.length > 0 ? `${name} (${parts.join('; ')})` : name),
      ...(status !== undefined ? { status } : {}),
      ...(limit.resetAt ? { resetAt: limit.resetAt } : {}),
      ...(limit.retryAfterSeconds !== undefined ? { retryAfterSeconds: limit.retryAfterSeconds } : {})
    }
  }
  const method = (err.request?.method ?? 'GET').toUpperCase()
  const path = pathOf(err.request?.url)
  if (status === 401)
    return {
      kind: 'permission',
      message: withGitHub('permission: the token was rejected (401, invalid or expired)'),
      status
    }
  if (status === 403)
    return {
      kind: 'permission',
      message: `permission: the token lacks ${scopeHint(method, path)} (403${github ? `: ${github}` : ''})`,
      status
    }
  if (status === 404)
    return {
      kind: 'not-found',
      message: withGitHub('not found (404; it does not exist, or the token cannot see it)'),
      status
    }
  if (status !== undefined && status >= 500)
    return { kind: 'outage', message: withGitHub(`GitHub outage (${status})`), status }
  return {
    kind: 'other',
    message: withGitHub(`HTTP ${status ?? '?'}`),
    ...(status !== undefined ? { status } : {})
  }
}

/** The permission a call needs, for "the token lacks …" (GitHub does not say which one). */
function scopeHint(method: string, path: string): string {
  const write = method !== 'GET' && method !== 'HEAD'
  const rw = (scope: string) => `${scope}: ${write ? 'write' : 'read'}`
  if (/\/issues\/(?:\d+\/)?comments\b|\/issues\/comments\//.test(path))
    return write ? 'pull-requests: write (or issues: write)' : 'pull-requests: read'
  if (/\/statuses\/|\/commits\/[^/]+\/status/.test(path)) return rw('statuses')
  if (/\/check-runs|\/check-suites/.test(path))
    return write
      ? "checks: write; check runs need the workflow's GITHUB_TOKEN or a GitHub App token, not a personal token"
      : 'checks: read'
  if (/\/actions\//.test(path)) return rw('actions')
  if (/\/pulls\b/.test(path)) return rw('pull-requests')
  if (/\/git\/|\/contents\/|\/compare\/|\/commits\b/.test(path)) return rw('contents')
  return write ? 'write permission for this call' : 'read permission for this call'
}

/** GitHub's own message (with validation details), else the error's message; one line. */
function gitHubMessage(e: unknown): string {
  const err = e as { message?: unknown; response?: { data?: unknown } }
  const data = err?.response?.data as { message?: unknown; errors?: unknown } | undefined
  let message =
    typeof data?.message === 'string' ? data.message : typeof err?.message === 'string' ? err.message : ''
  if (Array.isArray(data?.errors) && data.errors.length > 0) {
    const details = data.errors
      .map(x =>
        typeof x === 'object' && x !== null && 'message' in x ? String(x.message) : JSON.stringify(x)
      )
      .join('; ')
    message = `${message}: ${details}`
  }
  return oneLine(message, 300)
}

/**
 * One line for any error from the client: method, path and the real cause, e.g.
 * "GitHub API PATCH /repos/o/r/issues/comments/3 failed: rate limit (resets at 2026-01-01T13:00:00Z): …",
 * "… failed: permission: the token lacks statuses: write (403): Resource not accessible by integration",
 * "… failed: GitHub outage (502): Server Error".
 */
export function describeApiError(e: unknown): string {
  if (e instanceof RequestError || (typeof e === 'object' && e !== null && 'status' in e && 'request' in e)) {
    const err = e as RequestError
    const method = err.request?.method ?? '?'
    const path = pathOf(err.request?.url)
    return oneLine(`GitHub API ${method} ${path} failed: ${classifyApiError(e).message}`)
  }
  if (e instanceof Error) return oneLine(`GitHub API call failed: ${e.message}`)
  return oneLine(`GitHub API call failed: ${String(e)}`)
}

// ----------------------------------------------------------------------------------------------------------
// Pull request resolution

export interface PullRequestContext {
  number: number
  headSha: string
  baseSha: string
  baseRef: string
  headRepoFullName: string
  isFork: boolean
}

export interface ResolveOptions {
  /** For `push`: look the PR up by `GET /commits/{sha}/pulls` (open PRs only). Default false. */
  lookupPushPullRequest?: boolean
  /**
   * For `workflow_dispatch`: the PR the manual run is about (the `pr` input, validated by the caller). Without
   * it a manual run is about no PR.
   */
  dispatchPullNumber?: number
  /** For `workflow_dispatch`: accept a PR whose head is in a fork (refused by default: see dispatch.ts). */
  allowForkDispatch?: boolean
  /** Bound on `GET /pulls?state=open` pages scanned for a fork's workflow_run; default 10 (1000 PRs). */
  maxPages?: number
}

/**
 * The pull request an event is about, or undefined when there is none (e.g. a push without lookup, a
 * workflow_run whose head matches no open PR, a manual run without a PR number). Throws UserError on a payload
 * that lacks what the event needs, and on a manual run's PR that is not an open PR of this repository.
 */
export async function resolvePullRequest(
  eventName: string,
  payload: Record<string, unknown>,
  repo: { owner: string; repo: string },
  octokit?: Octokit,
  options: ResolveOptions = {}
): Promise<PullRequestContext | undefined> {
  const fullName = `${repo.owner}/${repo.repo}`
  const bad = (what: string): never => {
    throw new UserError(`${eventName} event payload: ${what}`)
  }
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = rec(payload.pull_request) ?? bad('missing "pull_request"')
      return fromPullObject(pr, fullName, bad)
    }
    case 'merge_group': {
      const mg = rec(payload.merge_group) ?? bad('missing "merge_group"')
      const headRef = str(mg.head_ref) ?? bad('missing "merge_group.head_ref"')
      const m = /(?:^|\/)gh-readonly-queue\/(.+)\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)
      if (!m)
        return bad(`merge_group.head_ref ${JSON.stringify(headRef.slice(0, 200))} is not a merge-queue ref`)
      const number = Number(m[2])
      if (!Number.isSafeInteger(number) || number < 1) return bad(`bad PR number in ${headRef}`)
      return {
        number,
        headSha: sha(mg.head_sha) ?? bad('missing "merge_group.head_sha"'),
        baseSha: sha(mg.base_sha) ?? bad('missing "merge_group.base_sha"'),
        baseRef: (str(mg.base_ref) ?? m[1] ?? '').replace(/^refs\/heads\//, ''),
        headRepoFullName: fullName,
        isFork: false
      }
    }
    case 'push': {
      if (!options.lookupPushPullRequest || !octokit) return undefined
      const head = sha(payload.after)
      if (!head || /^0+$/.test(head)) return undefined
      const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: head })
      const open = res.data
        .filter(p => p.state === 'open' && p.base.repo.full_name.toLowerCase() === fullName.toLowerCase())
        .sort((a, b) => a.number - b.number)
      const pr = open.find(p => p.head.sha === head) ?? open[0]
      return pr ? fromPullObject(pr as unknown as Record<string, unknown>, fullName, bad) : undefined
    }
    case 'workflow_run': {
      const run = rec(payload.workflow_run) ?? bad('missing "workflow_run"')
      const headSha = sha(run.head_sha) ?? bad('missing "workflow_run.head_sha"')
      const baseRepoId = num(rec(payload.repository)?.id) ?? num(rec(run.repository)?.id)
      const headRepo = rec(run.head_repository)
      const headRepoFullName = str(headRepo?.full_name) ?? fullName
      const isFork =
        (num(headRepo?.id) !== undefined && baseRepoId !== undefined && num(headRepo?.id) !== baseRepoId) ||
        headRepoFullName.toLowerCase() !== fullName.toLowerCase()
      const listed = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
        .map(rec)
        .filter((p): p is Record<string, unknown> => p !== undefined)
        // The list can name PRs of other repositories that share the branch; keep this repository's.
        .filter(p => baseRepoId === undefined || num(rec(rec(p.base)?.repo)?.id) === baseRepoId)
      const first = listed[0]
      if (first) {
        const base = rec(first.base) ?? bad('pull_requests[0] has no "base"')
        const number = num(first.number)
        if (number === undefined || number < 1) return bad('pull_requests[0].number is not a PR number')
        return {
          number,
          headSha,
          baseSha: sha(base.sha) ?? bad('pull_requests[0].base.sha missing'),
          baseRef: str(base.ref) ?? bad('pull_requests[0].base.ref missing'),
          headRepoFullName,
          isFork
        }
      }
      if (!octokit) return undefined
      // Fork PRs: GitHub leaves pull_requests empty. Find the open PR whose head is exactly this commit.
      const maxPages = options.maxPages ?? 10
      const matches: Record<string, unknown>[] = []
      for (let page = 1; page <= maxPages; page++) {
        const res = await octokit.rest.pulls.list({ ...repo, state: 'open', per_page: 100, page })
        for (const p of res.data)
          if (p.head.sha === headSha) matches.push(p as unknown as Record<string, unknown>)
        if (res.data.length < 100) break
      }
      if (matches.length === 0) return undefined
      const headBranch = str(run.head_branch)
      const exact = matches.filter(p => {
        const head = rec(p.head)
        return (
          str(rec(head?.repo)?.full_name)?.toLowerCase() === headRepoFullName.toLowerCase() &&
          (headBranch === undefined || str(head?.ref) === headBranch)
        )
      })
      const pick = (exact.length > 0 ? exact : matches).sort(
        (a, b) => (num(a.number) ?? 0) - (num(b.number) ?? 0)
      )[0]
      return pick ? fromPullObject(pick, fullName, bad) : undefined
    }
    case 'workflow_dispatch': {
      const number = options.dispatchPullNumber
      if (number === undefined) return undefined
      return dispatchPullRequest(number, repo, octokit, options.allowForkDispatch === true)
    }
    default:
      return undefined
  }
}

/**
 * A manual run's PR, from `GET /pulls/{n}` (the dispatch payload names no PR): it must be an open PR of this
 * repository; a fork's PR is refused unless allowed, since the run has the dispatcher's write token.
 */
async function dispatchPullRequest(
  number: number,
  repo: { owner: string; repo: string },
  octokit: Octokit | undefined,
  allowFork: boolean
): Promise<PullRequestContext> {
  const fullName = `${repo.owner}/${repo.repo}`
  const what = `pr ${number}`
  if (!Number.isSafeInteger(number) || number < 1) throw new UserError(`${what}: not a pull request number`)
  if (!octokit) throw new UserError(`${what}: a manual run on a pull request needs a GitHub token`)
  let data: Record<string, unknown>
  try {
    data = (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data as unknown as Record<
      string,
      unknown
    >
  } catch (e) {
    const status = (e as { status?: unknown }).status
    if (status === 404) throw new UserError(`${what}: ${fullName} has no pull request #${number}`)
    throw new UserError(`${what}: cannot read pull request #${number} (${describeApiError(e)})`)
  }
  const baseRepo = rec(rec(data.base)?.repo)
  const baseName = str(baseRepo?.full_name)
  if (baseName === undefined || baseName.toLowerCase() !== fullName.toLowerCase()) {
    throw new UserError(
      `${what}: pull request #${number} belongs to ${baseName ?? 'another repository'}, not ${fullName}`
    )
  }
  if (data.state !== 'open') {
    const merged = data.merged === true || str(data.merged_at) !== undefined
    throw new UserError(
      `${what}: pull request #${number} is ${merged ? 'merged' : 'closed'}; a manual run gates open pull requests only`
    )
  }
  const pr = fromPullObject(data, fullName, m => {
    throw new UserError(`${what}: GET /pulls/${number} answered without ${m.replace(/^missing /, '')}`)
  })
  if (pr.isFork && !allowFork) {
    throw new UserError(
      `${what}: pull request #${number} comes from the fork ${pr.headRepoFullName}; a manual run has this repository's write token, so fork code is refused (set dispatch-fork-pr: allow only after reviewing its code)`
    )
  }
  return pr
}

function fromPullObject(
  pr: Record<string, unknown>,
  fullName: string,
  bad: (what: string) => never
): PullRequestContext {
  const number = num(pr.number)
  if (number === undefined || number < 1) return bad('"pull_request.number" is not a PR number')
  const head = rec(pr.head) ?? bad('missing "pull_request.head"')
  const base = rec(pr.base) ?? bad('missing "pull_request.base"')
  // head.repo is null when the fork was deleted: it is still a fork.
  const headRepoFullName = str(rec(head.repo)?.full_name)
  const baseRepoFullName = str(rec(base.repo)?.full_name) ?? fullName
  return {
    number,
    headSha: sha(head.sha) ?? bad('missing "pull_request.head.sha"'),
    baseSha: sha(base.sha) ?? bad('missing "pull_request.base.sha"'),
    baseRef: str(base.ref) ?? bad('missing "pull_request.base.ref"'),
    headRepoFullName: headRepoFullName ?? '(deleted fork)',
    isFork:
      headRepoFullName === undefined || headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase()
  }
}

function rec(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined
}
function sha(v: unknown): string | undefined {
  return typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v) ? v.toLowerCase() : undefined
}
