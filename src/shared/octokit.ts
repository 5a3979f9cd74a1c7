/**
 * Building the GitHub client: @actions/github's Octokit with @octokit/plugin-retry and @octokit/plugin-throttling
 * and the rate-limit waits. Kept apart from github.ts (errors, pull-request resolution) so that what only reads
 * errors or payloads, such as the CLI, does not load the HTTP client.
 *
 * Retry rule (writes are never duplicated):
 * - Reads (GET/HEAD) are retried on 5xx, network errors and timeouts.
 * - Writes (POST/PATCH/PUT/DELETE) are retried only when GitHub answered in a way that says the write was not
 *   applied: 500, 502, 503, or a rate limit. A write that got no answer (connection reset, timeout) or a 504
 *   (the gateway gave up; the backend may still have applied it) is NOT retried: the error is thrown and the
 *   caller reconciles (e.g. pr-report lists comments again). Other 4xx are final for everyone.
 * - Rate limits (reads and writes alike: GitHub answers them before applying anything) are handled here, not by
 *   plugin-throttling (which only spaces writes): a primary limit (403/429 with `x-ratelimit-remaining: 0`)
 *   waits until `x-ratelimit-reset` (+1 s); a secondary limit honours `retry-after`, or waits 60 s, 120 s, …
 *   when GitHub gives no figure. A wait that would take the request's total past `maxRateLimitWaitSeconds`
 *   is not started: a `RateLimitError` saying when the limit resets is thrown at once.
 * - Failures are classified (`classifyApiError`) so that callers name the real cause: a rate limit is never
 *   reported as a missing permission.
 */
import type { getOctokit } from '@actions/github'
import { Octokit as OctokitCore } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { RequestError } from '@octokit/request-error'
import type { Octokit as CoreOctokit } from '@octokit/core'
import { UserError } from './errors.js'
import { describeNetworkError, pathOf, rateLimitOf, RateLimitError, type Octokit } from './github.js'

export interface CreateOctokitOptions {
  token: string
  baseUrl?: string
  log?: (msg: string) => void
  /** Attempts after the first, for 5xx and (separately) for rate limits; default 3. */
  retries?: number
  /** The unit of the 5xx back-off in ms (retryCount² units). Default 1000. Rate-limit waits are GitHub's. */
  minRetryDelayMs?: number
  /**
   * Longest total time one request may wait on rate limits, in seconds; default 300. A limit that resets later
   * fails at once with a RateLimitError naming the reset time (no partial wait).
   */
  maxRateLimitWaitSeconds?: number
  /** Minimum spacing between writes (GitHub asks for ≥1 s to avoid secondary limits); default 1000. */
  minWriteIntervalMs?: number
  /** Abort a single HTTP attempt after this many ms; default 60000. */
  requestTimeoutMs?: number
  /** The clock that `x-ratelimit-reset` is compared with (ms since the epoch); default Date.now. */
  now?: () => number
  /** How rate-limit waits are waited; default a timer. Tests inject one that advances their `now`. */
  sleep?: (ms: number) => Promise<void>
}

export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300
/** Secondary limit without `retry-after`: GitHub asks for at least a minute, growing on repeats. */
const SECONDARY_FALLBACK_SECONDS = 60

type ThrottleGroup = NonNullable<NonNullable<Parameters<typeof getOctokit>[1]>['throttle']>['write']

const WRITE_RETRYABLE = new Set([500, 502, 503])

/** The variables @actions/http-client reads a proxy from (it also honours NO_PROXY). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/**
 * The fetch under every request. When a proxy is configured (self-hosted runners), @actions/github's proxy-aware
 * fetch (its own undici with a ProxyAgent, honouring NO_PROXY), loaded on the first request; otherwise Node's
 * fetch. A run without a proxy never loads that undici (800 kB bundled): the action bundles start faster.
 */
export function transportFetch(env: NodeJS.ProcessEnv): typeof fetch {
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
  const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS
  if (!Number.isFinite(maxWait) || maxWait < 0)
    throw new UserError(`maximum rate-limit wait must be a number of seconds ≥ 0, got ${maxWait}`)
  if (!Number.isSafeInteger(retries) || retries < 0)
    throw new UserError(`retries must be an integer ≥ 0, got ${retries}`)
  const timeoutMs = opts.requestTimeoutMs ?? 60_000

  // A per-attempt timeout around the transport (proxy-aware when a proxy is configured).
  const baseFetch = transportFetch(process.env)
  const fetchWithTimeout: typeof fetch = (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])]
    return baseFetch(input, { ...init, signal: AbortSignal.any(signals) })
  }

  // What @actions/github's getOctokit builds (rest endpoint methods, pagination, `token` auth, its base URL and
  // orchestration user agent), without importing @actions/github at run time: its module loads undici eagerly.
  const orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim()
  const GitHub = OctokitCore.plugin(
    restEndpointMethods,
    paginateRest,
    writeGuard(log),
    retry,
    throttling,
    rateLimitRetry({
      log,
      retries,
      maxWaitMs: maxWait * 1000,
      now: opts.now ?? Date.now,
      sleep: opts.sleep ?? (ms => new Promise<void>(r => setTimeout(r, ms)))
    })
  )
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
      // Duck-typed Bottleneck.Group: the plugin only calls `write.key(id).schedule(opts, fn)`.
      write: spacedQueue(opts.minWriteIntervalMs ?? 1000) as unknown as NonNullable<ThrottleGroup>,
      // Writes that notify (comments, …) are spaced the same way (the plugin's default is 3 s apart).
      notifications: spacedQueue(opts.minWriteIntervalMs ?? 1000) as unknown as NonNullable<ThrottleGroup>,
      // Rate limits are retried by rateLimitRetry (outermost), with a bounded, injectable wait.
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false
    }
  }) as unknown as Octokit
}

// ----------------------------------------------------------------------------------------------------------
// Rate limits

/**
 * Outermost request wrapper: retries a rate-limited request (read or write; GitHub applied nothing) after the
 * wait GitHub asks for, while the request's total wait stays within the bound and the retries last.
 */
function rateLimitRetry(cfg: {
  log: (msg: string) => void
  retries: number
  maxWaitMs: number
  now: () => number
  sleep: (ms: number) => Promise<void>
}) {
  return (octokit: CoreOctokit): void => {
    octokit.hook.wrap('request', async (request, options) => {
      let waitedMs = 0
      let guessed = 0
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options)
        } catch (error) {
          const nowMs = cfg.now()
          const limit = rateLimitOf(error, nowMs)
          if (!limit || !(error instanceof RequestError)) throw error
          const parsed = parseRequest(octokit, options as HookOptions)
          const what = `${parsed.method.toUpperCase()} ${pathOf(parsed.url)}`
          const label = limit.kind === 'primary' ? 'rate limit' : 'secondary rate limit'
          // No figure from GitHub: at least a minute, doubling on repeats.
          const waitMs = limit.waitMs ?? SECONDARY_FALLBACK_SECONDS * 1000 * 2 ** Math.min(guessed++, 10)
          const inSeconds = Math.ceil(waitMs / 1000)
          const info = {
            ...limit,
            inSeconds,
            waitedSeconds: Math.round(waitedMs / 1000),
            boundSeconds: Math.round(cfg.maxWaitMs / 1000),
            retries: cfg.retries
          }
          if (waitedMs + waitMs > cfg.maxWaitMs) {
            const e = new RateLimitError(error, { ...info, reason: 'beyond-bound' }, what)
            cfg.log(e.message)
            throw e
          }
          if (attempt >= cfg.retries) {
            const e = new RateLimitError(error, { ...info, reason: 'retries-exhausted' }, what)
            cfg.log(e.message)
            throw e
          }
          cfg.log(
            `GitHub ${label} on ${what}: retrying in ${inSeconds}s (retry ${attempt + 1}/${cfg.retries})`
          )
          await cfg.sleep(waitMs)
          waitedMs += waitMs
        }
      }
    })
  }
}

// ----------------------------------------------------------------------------------------------------------
// The write guard

/**
 * Innermost error hook (registered before plugin-retry, so it sees each attempt's error first). It decides
 * whether plugin-retry may retry: an error whose `request` lacks the inner `request` options is never retried
 * by plugin-retry, so final errors are re-thrown in that shape (keeping status, response and message).
 * Rate limits are final here too: rateLimitRetry (outermost) retries them, for reads and writes alike.
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
      if (rateLimitOf(error) !== undefined)
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response)
      if (status >= 500) log(`${method} ${path}: GitHub answered ${status}`)
      if (isWrite && status >= 400 && !WRITE_RETRYABLE.has(status)) {
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response)
      }
      throw error
    })
  }
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
