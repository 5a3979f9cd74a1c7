import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { markerLine, stateLine } from '../../src/pr-report/marker.js'
import { commentFailureWarning, upsertComment } from '../../src/pr-report/upsert.js'
import { classifyApiError, type Octokit } from '../../src/shared/github.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { fakeClock } from '../support/fake-clock.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const PR = 7
const MARKER = markerLine('default')
const body = (version: number, text = `report v${version}`) => `${MARKER}\n${stateLine([version])}\n${text}\n`

let gh: GitHubEmulator
let bot: Octokit
let user: Octokit
const repo = { owner: 'acme', repo: 'widgets' }
const fast = { marker: MARKER, settleMs: 0 }

beforeEach(async () => {
  gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  gh.addPull({
    number: PR,
    headSha: 'a'.repeat(40),
    headRef: 'feature',
    baseSha: 'b'.repeat(40),
    baseRef: 'main'
  })
  bot = client('ghs_test')
  user = client('ghp_test')
})
afterEach(async () => {
  await gh.close()
})

/** A client as a workflow run has: retries and throttling on, but fast. */
const client = (token: string, extra: Partial<Parameters<typeof createOctokit>[0]> = {}) =>
  createOctokit({ token, baseUrl: gh.url, minRetryDelayMs: 5, minWriteIntervalMs: 0, ...extra })
const comments = () => gh.state.comments.get(PR) ?? []
const writes = () => gh.requests.filter(r => r.method !== 'GET')

describe('pr-report upsertComment against the GitHub emulator', () => {
  it('creates, then updates in place on a second run (same comment id)', async () => {
    const first = await upsertComment(bot, repo, PR, body(1), fast)
    expect(first.action).toBe('created')
    expect(first.url).toMatch(/#issuecomment-\d+$/)
    const second = await upsertComment(bot, repo, PR, body(2), fast)
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId, deleted: [] })
    expect(comments()).toHaveLength(1)
    expect(comments()[0]?.body).toBe(body(2))
    expect(comments()[0]?.user.login).toBe('github-actions[bot]')
  })

  it('does not write when the body is unchanged', async () => {
    await upsertComment(bot, repo, PR, body(1), fast)
    const before = writes().length
    const again = await upsertComment(bot, repo, PR, body(1), fast)
    expect(again.action).toBe('unchanged')
    expect(writes().length).toBe(before)
    // a re-run attempt: same report, newer order → still no write
    const rerun = await upsertComment(bot, repo, PR, `${MARKER}\n${stateLine([1, 2])}\nreport v1\n`, fast)
    expect(rerun.action).toBe('unchanged')
    expect(writes().length).toBe(before)
  })

  it('never overwrites a newer body with an older one', async () => {
    await upsertComment(bot, repo, PR, body(5), fast)
    const stale = await upsertComment(bot, repo, PR, body(3), fast)
    expect(stale.action).toBe('superseded')
    expect(comments()[0]?.body).toBe(body(5))
  })

  it('ignores a marker comment written by someone else (and never edits or deletes it)', async () => {
    const forged = await user.rest.issues.createComment({
      ...repo,
      issue_number: PR,
      body: body(99, 'hijack')
    })
    const r = await upsertComment(bot, repo, PR, body(1), fast)
    expect(r.action).toBe('created')
    expect(r.commentId).not.toBe(forged.data.id)
    expect(comments().map(c => [c.user.login, c.body])).toEqual([
      ['octocat', body(99, 'hijack')],
      ['github-actions[bot]', body(1)]
    ])
  })

  it('finds its comment on page 2 of 120 comments', async () => {
    const say = (who: Octokit, text: string) =>
      who.rest.issues.createComment({ ...repo, issue_number: PR, body: text })
    await Promise.all(Array.from({ length: 100 }, (_, i) => say(user, `chatter ${i}`)))
    const ours = await say(bot, body(1))
    await Promise.all(Array.from({ length: 19 }, (_, i) => say(bot, `bot chatter ${i}`)))
    const r = await upsertComment(bot, repo, PR, body(2), fast)
    expect(r).toMatchObject({ action: 'updated', commentId: ours.data.id })
    expect(comments()).toHaveLength(120)
    expect(
      gh.requests.filter(x => x.method === 'GET' && /\/issues\/7\/comments/.test(x.path)).length
    ).toBeGreaterThanOrEqual(2)
  })

  it('survives injected 500s and a rate limit with retry-after: still exactly one comment', async () => {
    gh.inject({ method: 'GET', path: /\/issues\/7\/comments/, kind: 500, times: 2 })
    gh.inject({ method: 'POST', path: /\/issues\/7\/comments/, kind: 'secondary-rate-limit', retryAfter: 1 })
    gh.inject({ method: 'POST', path: /\/issues\/7\/comments/, kind: 502 })
    const r = await upsertComment(bot, repo, PR, body(1), fast)
    expect(r.action).toBe('created')
    gh.inject({ method: 'PATCH', path: /\/issues\/comments\//, kind: 500 })
    gh.inject({ method: 'GET', path: /\/issues\/7\/comments/, kind: 'rate-limit', retryAfter: 1 })
    const r2 = await upsertComment(bot, repo, PR, body(2), fast)
    expect(r2).toMatchObject({ action: 'updated', commentId: r.commentId })
    expect(comments()).toHaveLength(1)
    expect(comments()[0]?.body).toBe(body(2))
    expect(gh.requests.some(x => x.status === 403 || x.status === 429)).toBe(true)
    expect(gh.requests.some(x => x.status >= 500)).toBe(true)
  })

  it('a primary rate limit on the PATCH (reset 2 s later) is waited out: the new report lands', async () => {
    const first = await upsertComment(bot, repo, PR, body(1), fast)
    const clock = fakeClock()
    gh.inject({
      method: 'PATCH',
      path: /\/issues\/comments\//,
      kind: 'rate-limit',
      resetAt: clock.epochSeconds() + 2
    })
    const r = await upsertComment(client('ghs_test', clock.options), repo, PR, body(2), fast)
    expect(r).toMatchObject({ action: 'updated', commentId: first.commentId })
    expect(comments().map(c => c.body)).toEqual([body(2)])
    expect(gh.requests.filter(x => x.method === 'PATCH').map(x => x.status)).toEqual([403, 200])
    expect(clock.sleeps).toEqual([3000])
  })

  it('a rate limit beyond the bound fails at once and the warning says when it resets, not "permissions"', async () => {
    await upsertComment(bot, repo, PR, body(1), fast)
    const clock = fakeClock()
    gh.inject({
      method: 'PATCH',
      path: /\/issues\/comments\//,
      kind: 'rate-limit',
      resetAt: clock.epochSeconds() + 3600
    })
    const e = await upsertComment(client('ghs_test', clock.options), repo, PR, body(2), fast).catch(
      (x: unknown) => x
    )
    expect(clock.sleeps).toEqual([])
    expect(classifyApiError(e).kind).toBe('rate-limit')
    const warning = commentFailureWarning(e)
    expect(warning).toMatch(
      /^could not write the PR comment: GitHub API PATCH \/repos\/acme\/widgets\/issues\/comments\/\d+ failed: rate limit \(resets at 2026-01-01T13:00:00Z; over the 300 s this step may wait\)/
    )
    expect(warning).toMatch(/re-run the job after the reset/)
    expect(warning).not.toMatch(/permission|pull-requests: write|fork/)
    expect(comments().map(c => c.body)).toEqual([body(1)])
  })

  it('a real 403 on the PATCH is reported as a permission problem, with the fork hint', async () => {
    await upsertComment(bot, repo, PR, body(1), fast)
    gh.inject({ method: 'PATCH', path: /\/issues\/comments\//, kind: 'forbidden' })
    const e = await upsertComment(bot, repo, PR, body(2), fast).catch((x: unknown) => x)
    expect(gh.requests.filter(x => x.method === 'PATCH').map(x => x.status)).toEqual([403])
    expect(commentFailureWarning(e)).toMatch(
      /failed: permission: the token lacks pull-requests: write \(or issues: write\) \(403: Resource not accessible by integration\) — a fork PR gets a read-only token/
    )
  })

  it('a 502 on every attempt is an outage, not a permission problem', async () => {
    await upsertComment(bot, repo, PR, body(1), fast)
    gh.inject({ method: 'PATCH', path: /\/issues\/comments\//, kind: 502, times: 10 })
    const e = await upsertComment(client('ghs_test', { retries: 1 }), repo, PR, body(2), fast).catch(
      (x: unknown) => x
    )
    expect(gh.requests.filter(x => x.method === 'PATCH').map(x => x.status)).toEqual([502, 502])
    expect(commentFailureWarning(e)).toMatch(/failed: GitHub outage \(502\): Server Error$/)
  })

  it('removes duplicates a race left behind, keeping the oldest with the newest body', async () => {
    const a = await bot.rest.issues.createComment({ ...repo, issue_number: PR, body: body(1) })
    await bot.rest.issues.createComment({ ...repo, issue_number: PR, body: body(4) })
    await bot.rest.issues.createComment({ ...repo, issue_number: PR, body: body(2) })
    const r = await upsertComment(bot, repo, PR, body(3), fast)
    expect(r.commentId).toBe(a.data.id)
    expect(r.deleted).toHaveLength(2)
    expect(comments().map(c => c.body)).toEqual([body(4)])
  })

  it('RACE: 10 concurrent upserts leave exactly one comment holding the newest body', async () => {
    gh.raceDelay(50)
    const versions = [3, 9, 1, 10, 5, 2, 8, 4, 7, 6]
    const results = await Promise.all(
      // each writer is its own run with its own client
      versions.map(v =>
        upsertComment(client('ghs_test'), repo, PR, body(v), { marker: MARKER, settleMs: 300 })
      )
    )
    const left = comments().filter(c => c.body.startsWith(MARKER))
    expect(left).toHaveLength(1)
    expect(left[0]?.body).toBe(body(10))
    // it really raced: writers created duplicates and the reconcile pass removed them
    expect(new Set(results.flatMap(r => r.deleted)).size).toBeGreaterThan(0)
    expect(results.filter(r => r.action === 'created').length).toBeGreaterThan(1)
    // every writer reports the survivor
    expect(new Set(results.map(r => r.commentId))).toEqual(new Set([left[0]?.id]))
  })

  it('RACE with an existing comment: concurrent updates converge on the newest', async () => {
    await upsertComment(bot, repo, PR, body(0), fast)
    gh.raceDelay(50)
    await Promise.all(
      [4, 2, 6, 1, 5, 3].map(v =>
        upsertComment(client('ghs_test'), repo, PR, body(v), { marker: MARKER, settleMs: 300 })
      )
    )
    expect(comments().map(c => c.body)).toEqual([body(6)])
  })
})
