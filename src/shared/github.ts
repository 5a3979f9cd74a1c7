/**
 * The GitHub client every action uses: @actions/github's Octokit (the same @octokit/core plugins, assembled here)
 * with @octokit/plugin-retry and @octokit/plugin-throttling, plus pull-request resolution from any triggering event.
 *
 * Retry rule (writes are never duplicated):
 * - Reads (GET/HEAD) are retried on 5xx, network errors and timeouts, and on rate limits.
 * - Writes (POST/PATCH/PUT/DELETE) are retried only when GitHub answered in a way that says the write was not
 *   applied: 500, 502, 503, 429, or 403 with a rate-limit signal. A write that got no answer (connection reset,
 *   timeout) or a 504 (the gateway gave up; the backend may still have applied it) is NOT retried: the error is
 *   thrown and the caller reconciles (e.g. pr-report lists comments again). Other 4xx are final for everyone.
 * - Rate limits: `retry-after` (secondary) and `x-ratelimit-reset` (primary) are honoured, but only if the
 *   wait is at most `maxRateLimitWaitSeconds`; otherwise, or after `retries` attempts, the 403 is thrown.
 */
import type { getOctokit } from '@actions/github'
import { Octokit as OctokitCore } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { RequestError } from '@octokit/request-error'
import type { Octokit as CoreOctokit } from '@octokit/core'
import { UserError, oneLine } from './errors.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface CreateOctokitOptions {
  token: string
  baseUrl?: string
  log?: (msg: string) => void
  /** Attempts after the first, for 5xx and for rate limits; default 3. */
  retries?: number
  /** The unit of every retry delay in ms (5xx back-off is retryCount² units; rate-limit waits are seconds × unit/1000). Default 1000. */
  minRetryDelayMs?: number
  /** Longest single rate-limit wait to accept, in GitHub's seconds; default 600. */
  maxRateLimitWaitSeconds?: number
  /** Minimum spacing between writes (GitHub asks for ≥1 s to avoid secondary limits); default 1000. */
  minWriteIntervalMs?: number
  /** Abort a single HTTP attempt after this many ms; default 60000. */
  requestTimeoutMs?: number
}

type ThrottleGroup = NonNullable<NonNullable<Parameters<typeof getOctokit>[1]>['throttle']>['write']

const WRITE_RETRYABLE = new Set([500, 502, 503, 429])

/** The variables @actions/http-client reads a proxy from (it also honours NO_PROXY). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/**
 * The fetch under every request. When a proxy is configured (self-hosted runners), @actions/github's proxy-aware
 * fetch (its own undici with a ProxyAgent, honouring NO_PROXY), loaded on the first request; otherwise Node's
 * fetch. A run without a proxy never loads that undici (800 kB bundled): the action bundles start faster
 * (bench/cold-start.mjs), and the CLI, which imports this module's helpers, never carries it at start-up.
 */
function transportFetch(env: NodeJS.ProcessEnv): typeof fetch {
  if (!PROXY_VARIABLES.some(name => env[name])) return (input, init) => fetch(input, init)
  let proxied: Promise<typeof fetch> | undefined
  return async (input, init) => {
    proxied ??= import('@actions/github/lib/utils').then(
      m => (m.defaults.request?.fetch as typeof fetch | undefined) ?? fetch
    )
    return (await proxied)(input, init)
  }
}

export function createOctokit(opts: CreateOctokitOptions): Octokit {
  if (!opts.token)
    throw new UserError('GitHub token is empty: pass `github-token` (defaults to GITHUB_TOKEN)')
  const log = opts.log ?? (() => undefined)
  const retries = opts.retries ?? 3
  const unit = opts.minRetryDelayMs ?? 1000
  const maxWait = opts.maxRateLimitWaitSeconds ?? 600
  const timeoutMs = opts.requestTimeoutMs ?? 60_000

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      const what = `${options.method ?? 'GET'} ${options.url ?? ''}`
      if (retryCount >= retries) {
        log(`GitHub ${kind} on ${what}: giving up after ${retryCount} retries`)
        return false
      }
      if (retryAfter > maxWait) {
        log(`GitHub ${kind} on ${what}: reset in ${retryAfter}s exceeds the ${maxWait}s limit; not waiting`)
        return false
      }
      log(`GitHub ${kind} on ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1}/${retries})`)
      return true
    }

  // A per-attempt timeout around the transport (proxy-aware when a proxy is configured).
  const baseFetch = transportFetch(process.env)
  const fetchWithTimeout: typeof fetch = (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])]
    return baseFetch(input, { ...init, signal: AbortSignal.any(signals) })
  }

  // What @actions/github's getOctokit builds (rest endpoint methods, pagination, `token` auth, its base URL and
  // orchestration user agent), without importing @actions/github at run time: its module loads undici eagerly.
  const orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim()
  const GitHub = OctokitCore.plugin(restEndpointMethods, paginateRest, writeGuard(log), retry, throttling)
  return new GitHub({
    auth: `token ${opts.token}`,
    baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    ...(orchestrationId
      ? { userAgent: `actions_orchestration_id/${orchestrationId.replace(/[^a-z0-9_.-]/gi, '_')}` }
      : {}),
    request: { fetch: fetchWithTimeout },
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (m: string) => log(m),
      error: (m: string) => log(m)
    },
    retry: { retries, retryAfterBaseValue: unit },
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      // Duck-typed Bottleneck.Group: the plugin only calls `write.key(id).schedule(opts, fn)`.
      write: spacedQueue(opts.minWriteIntervalMs ?? 1000) as unknown as NonNullable<ThrottleGroup>,
      // Writes that notify (comments, …) are spaced the same way (the plugin's default is 3 s apart).
      notifications: spacedQueue(opts.minWriteIntervalMs ?? 1000) as unknown as NonNullable<ThrottleGroup>,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit')
    }
  })
}

/**
 * Innermost error hook (registered before plugin-retry, so it sees each attempt's error first). It decides
 * whether plugin-retry may retry: an error whose `request` lacks the inner `request` options is never retried
 * by plugin-retry, so final write errors are re-thrown in that shape (keeping status, response and message).
 * Rate limits are left to plugin-throttling, which retries them for reads and writes alike: GitHub answers
 * them before applying anything.
 */
function writeGuard(log: (msg: string) => void) {
  return (octokit: CoreOctokit): void => {
    octokit.hook.error('request', (error: unknown, opts: unknown): never => {
      const options = opts as HookOptions
      const parsed = parseRequest(octokit, options)
      const method = parsed.method.toUpperCase()
      const isWrite = method !== 'GET' && method !== 'HEAD'
      const e = error as { status?: unknown; response?: RequestError['response']; message?: string }
      const path = pathOf(parsed.url)
      if (e.response === undefined) {
        const reason = describeNetworkError(error)
        if (isWrite) {
          log(`${method} ${path}: no response (${reason}); not retried, the write may have been applied`)
          throw finalError(
            `no response from GitHub (${reason}); not retried because the write may have been applied`,
            500,
            parsed,
            undefined
          )
        }
        log(`${method} ${path}: no response (${reason})`)
        if (error instanceof RequestError) throw error
        // e.g. an AbortError: plugin-retry only retries RequestErrors that carry the request options.
        throw new RequestError(`no response from GitHub (${reason})`, 500, {
          request: { ...parsed, request: options.request } as unknown as RequestOptions
        })
      }
      const status = typeof e.status === 'number' ? e.status : 0
      if (status >= 500) log(`${method} ${path}: GitHub answered ${status}`)
      if (isWrite && status >= 400 && !WRITE_RETRYABLE.has(status) && !isRateLimited(e.response)) {
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response)
      }
      throw error
    })
  }
}

function isRateLimited(response: RequestError['response']): boolean {
  if (!response || (response.status !== 403 && response.status !== 429)) return false
  const data = response.data as { message?: unknown } | undefined
  return (
    response.headers['x-ratelimit-remaining'] === '0' ||
    response.headers['retry-after'] !== undefined ||
    (typeof data?.message === 'string' && /rate limit/i.test(data.message))
  )
}

/** An error plugin-retry will not retry: its `request` has no inner `request` options. */
function finalError(
  message: string,
  status: number,
  parsed: { method: string; url: string },
  response: RequestError['response']
): RequestError {
  return new RequestError(message, status, {
    request: { method: parsed.method as 'POST', url: parsed.url, headers: {} },
    ...(response ? { response } : {})
  })
}

type RequestOptions = ConstructorParameters<typeof RequestError>[2]['request']

/** The concrete method and URL of a hook's (templated) endpoint options. */
function parseRequest(octokit: CoreOctokit, options: HookOptions): { method: string; url: string } {
  try {
    const parsed = octokit.request.endpoint.parse(
      options as Parameters<typeof octokit.request.endpoint.parse>[0]
    )
    return { method: parsed.method, url: parsed.url }
  } catch {
    return { method: options.method ?? 'GET', url: options.url ?? '' }
  }
}

interface HookOptions {
  method?: string
  url?: string
  headers?: Record<string, string>
  request?: Record<string, unknown>
}

/** A Bottleneck-group stand-in for plugin-throttling's write queue: one write at a time, spaced by `gapMs`. */
function spacedQueue(gapMs: number) {
  let tail: Promise<unknown> = Promise.resolve()
  let last = 0
  const limiter = {
    schedule<T>(...args: unknown[]): Promise<T> {
      const fnIndex = typeof args[0] === 'function' ? 0 : 1
      const fn = args[fnIndex] as (...a: unknown[]) => Promise<T> | T
      const rest = args.slice(fnIndex + 1)
      const run = tail.then(async () => {
        const wait = last + gapMs - Date.now()
        if (wait > 0) await new Promise(r => setTimeout(r, wait))
        last = Date.now()
        return fn(...rest)
      })
      tail = run.catch(() => undefined)
      return run
    }
  }
  return { key: () => limiter }
}

function describeNetworkError(error: unknown): string {
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

function pathOf(url: string | undefined): string {
  if (!url) return '?'
  try {
    const u = new URL(url, 'http://github.invalid')
    return u.pathname
  } catch {
    return url
  }
}

/** One line for any error from the client: status, method, path and GitHub's message. */
export function describeApiError(e: unknown): string {
  if (e instanceof RequestError || (typeof e === 'object' && e !== null && 'status' in e && 'request' in e)) {
    const err = e as RequestError
    const method = err.request?.method ?? '?'
    const path = pathOf(err.request?.url)
    const data = err.response?.data as { message?: unknown; errors?: unknown } | undefined
    let message = typeof data?.message === 'string' ? data.message : err.message
    if (Array.isArray(data?.errors) && data.errors.length > 0) {
      const details = data.errors
        .map(x =>
          typeof x === 'object' && x !== null && 'message' in x ? String(x.message) : JSON.stringify(x)
        )
        .join('; ')
      message = `${message}: ${details}`
    }
    const status = err.response ? String(err.status) : 'no response'
    return oneLine(`GitHub API ${method} ${path} failed (${status}): ${message}`)
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
  /** Bound on `GET /pulls?state=open` pages scanned for a fork's workflow_run; default 10 (1000 PRs). */
  maxPages?: number
}

/**
 * The pull request an event is about, or undefined when there is none (e.g. a push without lookup, or a
 * workflow_run whose head matches no open PR). Throws UserError on a payload that lacks what the event needs.
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
    default:
      return undefined
  }
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
