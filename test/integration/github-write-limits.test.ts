/**
 * Every kind of write the suite makes (comment create / update / delete, commit status, check run create with
 * annotations and its appended annotation batches), against the REST emulator, under each fault GitHub can
 * answer with: a primary rate limit that resets within the bound (waited for, retried, applied once), one that
 * resets beyond it (a clear error at once, no wait, nothing applied), a secondary limit with retry-after
 * (honoured), a real 403 (a permission error, not retried) and a 502 (retried: GitHub applied nothing).
 * Waits go through an injected clock, so a one-hour reset costs nothing and each wait is asserted exactly.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/shared/errors.js'
import type { FragmentAnnotation } from '../../src/shared/fragment.js'
import { classifyApiError, describeApiError, RateLimitError, type Octokit } from '../../src/shared/github.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { createAnnotatedCheckRun, setCommitStatus, StatusWriteError } from '../../src/shared/status.js'
import { fakeClock, type FakeClock } from '../support/fake-clock.js'
import { GitHubEmulator, type EmulatorFault } from '../support/github-emulator.js'

const repo = { owner: 'acme', repo: 'widgets' }
const SHA = '0123456789abcdef0123456789abcdef01234567'
const ISSUE = 5
const ANNOTATIONS = 120 // three requests: create with 50, then two updates

let gh: GitHubEmulator
let clock: FakeClock
let octokit: Octokit

beforeEach(async () => {
  gh = await GitHubEmulator.start()
  clock = fakeClock()
  octokit = createOctokit({
    token: 'ghs_test',
    baseUrl: gh.url,
    minRetryDelayMs: 1,
    minWriteIntervalMs: 0,
    ...clock.options
  })
})
afterEach(async () => {
  await gh.close()
})

const annotations: FragmentAnnotation[] = Array.from({ length: ANNOTATIONS }, (_, i) => ({
  path: `src/f${i}.ts`,
  startLine: i + 1,
  endLine: i + 1,
  level: 'warning',
  message: `finding ${i}`
}))

interface WriteKind {
  name: string
  method: string
  path: RegExp
  /** The scope a permission error must name. */
  scope: string
  /** Requests this write makes on its route when nothing fails; default 1. */
  calls?: number
  seed?: () => Promise<number>
  write: (seeded: number) => Promise<unknown>
  /** The write took effect exactly once. */
  applied: (seeded: number) => void
  /** Nothing of this write took effect. */
  notApplied: (seeded: number) => void
}

const comments = () => gh.state.comments.get(ISSUE) ?? []
const seedComment = async () =>
  (await octokit.rest.issues.createComment({ ...repo, issue_number: ISSUE, body: 'old' })).data.id
const onlyRun = () => {
  const runs = [...gh.state.checkRuns.values()]
  expect(runs).toHaveLength(1)
  return runs[0]
}

const KINDS: WriteKind[] = [
  {
    name: 'comment create',
    method: 'POST',
    path: /\/issues\/\d+\/comments$/,
    scope: 'pull-requests: write',
    write: () => octokit.rest.issues.createComment({ ...repo, issue_number: ISSUE, body: 'report' }),
    applied: () => expect(comments().map(c => c.body)).toEqual(['report']),
    notApplied: () => expect(comments()).toEqual([])
  },
  {
    name: 'comment update (PATCH)',
    method: 'PATCH',
    path: /\/issues\/comments\/\d+$/,
    scope: 'pull-requests: write',
    seed: seedComment,
    write: id => octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: 'new report' }),
    applied: () => expect(comments().map(c => c.body)).toEqual(['new report']),
    notApplied: () => expect(comments().map(c => c.body)).toEqual(['old'])
  },
  {
    name: 'comment delete',
    method: 'DELETE',
    path: /\/issues\/comments\/\d+$/,
    scope: 'pull-requests: write',
    seed: seedComment,
    write: id => octokit.rest.issues.deleteComment({ ...repo, comment_id: id }),
    applied: () => expect(comments()).toEqual([]),
    notApplied: () => expect(comments()).toHaveLength(1)
  },
  {
    name: 'commit status',
    method: 'POST',
    path: /\/statuses\//,
    scope: 'statuses: write',
    write: () =>
      setCommitStatus(octokit, repo, SHA, { context: 'quality-gates', state: 'failure', description: 'd' }),
    applied: () =>
      expect(gh.state.statuses.map(s => `${s.context}=${s.state}`)).toEqual(['quality-gates=failure']),
    notApplied: () => expect(gh.state.statuses).toEqual([])
  },
  {
    name: 'check run create with annotations',
    method: 'POST',
    path: /\/check-runs$/,
    scope: 'checks: write',
    write: () => createAnnotatedCheckRun(octokit, repo, SHA, 'q', 'neutral', 't', 's', annotations),
    applied: () => expect(onlyRun()?.annotations).toHaveLength(ANNOTATIONS),
    notApplied: () => expect(gh.state.checkRuns.size).toBe(0)
  },
  {
    name: 'check run annotation batch (update)',
    method: 'PATCH',
    path: /\/check-runs\/\d+$/,
    scope: 'checks: write',
    calls: 2,
    write: () => createAnnotatedCheckRun(octokit, repo, SHA, 'q', 'neutral', 't', 's', annotations),
    applied: () => expect(onlyRun()?.annotations).toHaveLength(ANNOTATIONS),
    // the create went through; the refused batch added nothing
    notApplied: () => expect(onlyRun()?.annotations).toHaveLength(50)
  }
]

/** The statuses GitHub answered on the faulted route, in order (the seed request excluded). */
function routeStatuses(kind: WriteKind, from: number): number[] {
  return gh.requests
    .slice(from)
    .filter(r => r.method === kind.method && kind.path.test(r.path.split('?')[0] ?? ''))
    .map(r => r.status)
}

async function attempt(kind: WriteKind, fault: Omit<EmulatorFault, 'method' | 'path'>) {
  const seeded = kind.seed ? await kind.seed() : 0
  const from = gh.requests.length
  gh.inject({ ...fault, method: kind.method, path: kind.path })
  const error = await kind.write(seeded).then(
    () => undefined,
    (e: unknown) => e
  )
  return { seeded, error, statuses: routeStatuses(kind, from) }
}

/** The 2xx answers of a clean run of this write on its route. */
const successes = (kind: WriteKind) => {
  const ok = kind.method === 'POST' ? 201 : kind.method === 'DELETE' ? 204 : 200
  return Array.from({ length: kind.calls ?? 1 }, () => ok)
}

/** The one line a caller would log, whatever wrapper the write kind puts around the API error. */
const lineOf = (e: unknown) => (e instanceof UserError ? e.message : describeApiError(e))
const kindOf = (e: unknown) => (e instanceof StatusWriteError ? e.kind : classifyApiError(e).kind)

describe.each(KINDS)('$name', kind => {
  it('primary rate limit resetting within the bound: waits for the reset, retries, applied once', async () => {
    const r = await attempt(kind, { kind: 'rate-limit', resetAt: clock.epochSeconds() + 2 })
    expect(r.error).toBeUndefined()
    expect(r.statuses).toEqual([403, ...successes(kind)])
    expect(clock.sleeps).toEqual([3000])
    kind.applied(r.seeded)
  })

  it('primary rate limit resetting beyond the bound: a clear error at once, no wait, nothing applied', async () => {
    const r = await attempt(kind, { kind: 'rate-limit', resetAt: clock.epochSeconds() + 3600 })
    expect(r.statuses).toEqual([403])
    expect(clock.sleeps).toEqual([])
    expect(kindOf(r.error)).toBe('rate-limit')
    expect(lineOf(r.error)).toContain(
      'failed: rate limit (resets at 2026-01-01T13:00:00Z; over the 300 s this step may wait)'
    )
    expect(lineOf(r.error)).not.toMatch(/permission|lacks/)
    kind.notApplied(r.seeded)
  })

  it('secondary rate limit with retry-after: honoured, applied once', async () => {
    const r = await attempt(kind, { kind: 'secondary-rate-limit', retryAfter: 7 })
    expect(r.error).toBeUndefined()
    expect(r.statuses).toEqual([403, ...successes(kind)])
    expect(clock.sleeps).toEqual([7000])
    kind.applied(r.seeded)
  })

  it('403 without a rate-limit signal: a permission error naming the scope, not retried', async () => {
    const r = await attempt(kind, { kind: 'forbidden' })
    expect(r.statuses).toEqual([403])
    expect(clock.sleeps).toEqual([])
    expect(lineOf(r.error)).toContain(`permission: the token lacks ${kind.scope}`)
    expect(lineOf(r.error)).toContain('Resource not accessible by integration')
    if (!(r.error instanceof UserError) || r.error instanceof StatusWriteError)
      expect(kindOf(r.error)).toBe('permission')
    kind.notApplied(r.seeded)
  })

  it('502: retried (GitHub applied nothing), applied once', async () => {
    const r = await attempt(kind, { kind: 502 })
    expect(r.error).toBeUndefined()
    expect(r.statuses).toEqual([502, ...successes(kind)])
    expect(clock.sleeps).toEqual([]) // 5xx back-off is plugin-retry's, not a rate-limit wait
    kind.applied(r.seeded)
  })
})

describe('typed failures callers act on', () => {
  it('a status that cannot be written is a StatusWriteError (fail closed), whatever the cause', async () => {
    gh.inject({ kind: 'rate-limit', resetAt: clock.epochSeconds() + 3600, method: 'POST' })
    const e = await setCommitStatus(octokit, repo, SHA, {
      context: 'quality-gates/coverage',
      state: 'success',
      description: 'ok'
    }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(StatusWriteError)
    expect(e).toBeInstanceOf(UserError)
    expect(e).toMatchObject({ context: 'quality-gates/coverage', sha: SHA, kind: 'rate-limit' })
    expect((e as StatusWriteError).apiError).toBeInstanceOf(RateLimitError)
    expect((e as Error).message).toMatch(
      /^commit status "quality-gates\/coverage" on 0123456789ab was not written: GitHub API POST \/repos\/acme\/widgets\/statuses\/0123456789abcdef0123456789abcdef01234567 failed: rate limit \(resets at 2026-01-01T13:00:00Z; over the 300 s this step may wait\)/
    )
  })

  it('a status write that got no answer is posted once more (a duplicate status changes nothing)', async () => {
    gh.inject({ kind: 504, method: 'POST' })
    await setCommitStatus(octokit, repo, SHA, { context: 'c', state: 'success', description: 'ok' })
    expect(gh.requests.filter(r => r.method === 'POST').map(r => r.status)).toEqual([504, 201])
    expect(gh.state.statuses.map(s => s.context)).toEqual(['c', 'c']) // same state twice: the latest wins
  })

  it('a rate-limited check-run create is not mistaken for a missing checks permission', async () => {
    gh.inject({ kind: 'rate-limit', resetAt: clock.epochSeconds() + 3600, method: 'POST' })
    const e = await createAnnotatedCheckRun(octokit, repo, SHA, 'q', 'neutral', 't', 's', []).catch(
      (x: unknown) => x
    )
    expect(e).toBeInstanceOf(RateLimitError)
    expect(e).not.toBeInstanceOf(UserError)
    expect((e as RateLimitError).rateLimit).toMatchObject({
      kind: 'primary',
      reason: 'beyond-bound',
      resetAt: new Date(Date.UTC(2026, 0, 1, 13, 0, 0)),
      boundSeconds: 300
    })
  })
})
