import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hasMarker, markerLine, readState, stateLine, withStateLine } from '../../src/pr-report/marker.js'
import { createPrReport } from '../../src/pr-report/report.js'
import {
  commentFailureWarning,
  upsertComment,
  type CommentMode,
  type CommentOn,
  type UpsertOptions,
  type UpsertResult
} from '../../src/pr-report/upsert.js'
import { makeFragment, type FragmentInit } from '../../src/shared/fragment.js'
import { runDeclared } from '../../src/shared/gate.js'
import { classifyApiError, type Octokit } from '../../src/shared/github.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { createFakeHost, type FakeHost } from '../support/fake-host.js'
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

/** A body with a digest: `text` is what readers see, `digest` what it says (comment-on: change compares it). */
const said = (version: number, digest: number, text = `report v${version} (says ${digest})`) =>
  `${MARKER}\n${stateLine([version], digest.toString(16).padStart(32, '0'))}\n${text}\n`
const ours = () => comments().filter(c => c.user.login === 'github-actions[bot]' && hasMarker(c.body, MARKER))
const say = (who: Octokit, text: string) =>
  who.rest.issues.createComment({ ...repo, issue_number: PR, body: text })

describe('comment: recreate', () => {
  const recreate = { ...fast, mode: 'recreate' as const }

  it('posts the new report at the bottom of the PR and deletes the comment it replaces', async () => {
    const first = await upsertComment(bot, repo, PR, body(1), recreate)
    expect(first.action).toBe('created')
    await say(user, 'a review remark')
    const second = await upsertComment(bot, repo, PR, body(2), recreate)
    expect(second).toMatchObject({ action: 'recreated', deleted: [first.commentId] })
    expect(second.commentId).toBeGreaterThan(first.commentId ?? Infinity)
    expect(second.url).toMatch(new RegExp(`#issuecomment-${second.commentId}$`))
    expect(comments().map(c => [c.user.login, c.body])).toEqual([
      ['octocat', 'a review remark'],
      ['github-actions[bot]', body(2)]
    ])
    expect(gh.requests.filter(r => r.method === 'DELETE').map(r => [r.path, r.status])).toEqual([
      [`/repos/acme/widgets/issues/comments/${first.commentId}`, 204]
    ])
  })

  it('never deletes a comment that is not ours: a marker by someone else, our bot without the marker or of another id', async () => {
    const forged = await say(user, body(0, 'forged'))
    const chatter = await say(bot, 'bot chatter')
    const other = await say(bot, `${markerLine('nightly')}\n${stateLine([0])}\nnightly report\n`)
    await upsertComment(bot, repo, PR, body(1), recreate)
    const r = await upsertComment(bot, repo, PR, body(2), recreate)
    expect(r.action).toBe('recreated')
    expect(r.deleted).toHaveLength(1)
    expect(comments().map(c => c.id)).toEqual([forged.data.id, chatter.data.id, other.data.id, r.commentId])
    expect(comments()[0]?.body).toBe(body(0, 'forged'))
  })

  it('does not repost the same report, and an older run never replaces a newer one', async () => {
    const first = await upsertComment(bot, repo, PR, body(5), recreate)
    const before = writes().length
    expect(await upsertComment(bot, repo, PR, body(5), recreate)).toMatchObject({
      action: 'unchanged',
      commentId: first.commentId
    })
    expect(await upsertComment(bot, repo, PR, body(3), recreate)).toMatchObject({
      action: 'superseded',
      commentId: first.commentId
    })
    expect(writes().length).toBe(before)
    expect(ours().map(c => c.body)).toEqual([body(5)])
  })

  it('removes what a race left behind, keeping the comment with the newest report', async () => {
    await say(bot, body(1))
    const newest = await say(bot, body(4))
    await say(bot, body(2))
    const r = await upsertComment(bot, repo, PR, body(3), recreate)
    expect(r).toMatchObject({ action: 'superseded', commentId: newest.data.id })
    expect(r.deleted).toHaveLength(2)
    expect(ours().map(c => c.id)).toEqual([newest.data.id])
  })

  it('the emulator deletes as GitHub does: 204, then 404 for a comment that is gone or never was', async () => {
    const c = await say(bot, 'x')
    const del = (id: number) =>
      bot.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repo,
        comment_id: id
      })
    expect((await del(c.data.id)).status).toBe(204)
    await expect(del(c.data.id)).rejects.toMatchObject({ status: 404 })
    await expect(del(987654)).rejects.toMatchObject({ status: 404 })
    expect(comments()).toEqual([])
  })

  it('RACE: 10 concurrent recreating runs leave exactly one comment holding the newest report', async () => {
    await upsertComment(bot, repo, PR, body(0), recreate)
    await say(user, 'a review remark')
    gh.raceDelay(50)
    const results = await Promise.all(
      [3, 9, 1, 10, 5, 2, 8, 4, 7, 6].map(v =>
        upsertComment(client('ghs_test'), repo, PR, body(v), { ...recreate, settleMs: 300 })
      )
    )
    expect(ours().map(c => c.body)).toEqual([body(10)])
    expect(comments().filter(c => c.user.login === 'octocat')).toHaveLength(1)
    const survivor = ours()[0]?.id
    expect(results.filter(r => r.action === 'recreated').length).toBeGreaterThan(1)
    expect(results.find(r => r.action === 'recreated' && r.commentId === survivor)).toBeDefined()
  })
})

describe('comment-on: change', () => {
  const change = { ...fast, on: 'change' as const }

  it('leaves the report as it is while it says the same, and updates it when a number changes', async () => {
    const first = await upsertComment(bot, repo, PR, said(1, 0xa, 'run 1: lines 80%'), change)
    expect(first.action).toBe('created')
    // run 2 says the same (another run link, same numbers): the visible report stays, only its state is newer
    const second = await upsertComment(bot, repo, PR, said(2, 0xa, 'run 2: lines 80%'), change)
    expect(second).toMatchObject({ action: 'skipped', reason: 'unchanged', commentId: first.commentId })
    expect(ours().map(c => c.body)).toEqual([said(2, 0xa, 'run 1: lines 80%')])
    // so an older run with other numbers, finishing late, leaves it alone
    const late = await upsertComment(bot, repo, PR, said(1, 0xb, 'run 1.5: lines 79%'), change)
    expect(late.action).toBe('superseded')
    expect(ours().map(c => c.body)).toEqual([said(2, 0xa, 'run 1: lines 80%')])
    // a number changed: written
    const third = await upsertComment(bot, repo, PR, said(3, 0xc, 'run 3: lines 81%'), change)
    expect(third).toMatchObject({ action: 'updated', commentId: first.commentId })
    expect(ours().map(c => c.body)).toEqual([said(3, 0xc, 'run 3: lines 81%')])
  })

  it('a comment without a digest (written before it existed) counts as changed', async () => {
    await say(bot, body(1))
    const r = await upsertComment(bot, repo, PR, said(2, 0xa), change)
    expect(r.action).toBe('updated')
    expect(ours().map(c => c.body)).toEqual([said(2, 0xa)])
  })

  it("trusts a digest only in our own comment: someone else's copy with the same digest is ignored", async () => {
    const forged = await say(user, said(9, 0xa, 'forged: all green'))
    const r = await upsertComment(bot, repo, PR, said(2, 0xa, 'the real report'), change)
    expect(r.action).toBe('created')
    expect(comments().map(c => [c.id === forged.data.id, c.body])).toEqual([
      [true, said(9, 0xa, 'forged: all green')],
      [false, said(2, 0xa, 'the real report')]
    ])
  })

  it('with recreate, an unchanged report is not reposted', async () => {
    const opts = { ...change, mode: 'recreate' as const }
    const first = await upsertComment(bot, repo, PR, said(1, 0xa), opts)
    await say(user, 'a review remark')
    const again = await upsertComment(bot, repo, PR, said(2, 0xa), opts)
    expect(again).toMatchObject({ action: 'skipped', reason: 'unchanged', commentId: first.commentId })
    const changed = await upsertComment(bot, repo, PR, said(3, 0xb), opts)
    expect(changed).toMatchObject({ action: 'recreated', deleted: [first.commentId] })
    expect(comments().map(c => c.body)).toEqual(['a review remark', said(3, 0xb)])
  })
})

describe('comment-on: failure', () => {
  const failure = (failed: boolean, mode: CommentMode = 'update') => ({
    ...fast,
    on: 'failure' as const,
    failed,
    mode
  })

  it('posts nothing while everything passes (after one more look)', async () => {
    const r = await upsertComment(bot, repo, PR, body(1), failure(false))
    expect(r).toEqual({ action: 'skipped', reason: 'no-failure', deleted: [] })
    expect(comments()).toEqual([])
    expect(writes()).toEqual([])
    expect(gh.requests.filter(x => x.method === 'GET').length).toBe(2)
  })

  it.each(['update', 'recreate'] as const)(
    '%s: posts a failure, then brings the same comment up to date in place when it passes',
    async mode => {
      const red = await upsertComment(bot, repo, PR, body(1, 'coverage failed'), failure(true, mode))
      expect(red.action).toBe('created')
      await say(user, 'a review remark')
      const green = await upsertComment(bot, repo, PR, body(2, 'all passed'), failure(false, mode))
      expect(green).toMatchObject({ action: 'updated', commentId: red.commentId })
      expect(ours().map(c => [c.id, c.body])).toEqual([[red.commentId, body(2, 'all passed')]])
      const redAgain = await upsertComment(bot, repo, PR, body(3, 'perf failed'), failure(true, mode))
      expect(redAgain.action).toBe(mode === 'update' ? 'updated' : 'recreated')
      expect(ours().map(c => c.body)).toEqual([body(3, 'perf failed')])
      expect(comments().at(-1)?.body).toBe(mode === 'update' ? 'a review remark' : body(3, 'perf failed'))
    }
  )

  it('a passing run corrects a failure an older run posted right after its first look', async () => {
    const older = client('ghs_test')
    const r = await upsertComment(bot, repo, PR, body(2, 'all passed'), {
      ...failure(false),
      // while this run waits to look again, the older, failing run posts
      sleep: async () => {
        await upsertComment(older, repo, PR, body(1, 'coverage failed'), failure(true))
      }
    })
    expect(r.action).toBe('updated')
    expect(ours().map(c => c.body)).toEqual([body(2, 'all passed')])
  })

  it('needs to know whether the report failed', async () => {
    await expect(upsertComment(bot, repo, PR, body(1), { ...fast, on: 'failure' })).rejects.toThrow(
      /comment-on: failure needs to know whether the report failed/
    )
  })
})

/**
 * Two runs, interleaved at every await point: the paused run stops before its k-th request to GitHub, the
 * other runs to the end, then the paused one resumes; k grows until the paused run no longer reaches a k-th
 * request (the two then ran one after the other). Both ways: the older run paused, and the newer one.
 */
describe('two runs interleaved at each await point end with one comment holding the newer report', () => {
  interface Run {
    body: string
    failed?: boolean
  }
  interface Scenario {
    mode: CommentMode
    on: CommentOn
    start?: string
    older: Run
    newer: Run
    /** Besides the newer body, another that holds the newer report (change: the report in place, newer state). */
    also?: string
  }
  const red = (v: number) => ({ body: body(v, `run ${v}: coverage failed`), failed: true })
  const green = (v: number) => ({ body: body(v, `run ${v}: all passed`), failed: false })
  const sameAsStart = said(0, 0xa, 'run 0: lines 80%')
  const scenarios: [string, Scenario][] = [
    [
      'update, always, no comment yet',
      { mode: 'update', on: 'always', older: { body: body(1) }, newer: { body: body(2) } }
    ],
    [
      'update, always, over a comment',
      { mode: 'update', on: 'always', start: body(0), older: { body: body(1) }, newer: { body: body(2) } }
    ],
    [
      'recreate, always, no comment yet',
      { mode: 'recreate', on: 'always', older: { body: body(1) }, newer: { body: body(2) } }
    ],
    [
      'recreate, always, over a comment',
      { mode: 'recreate', on: 'always', start: body(0), older: { body: body(1) }, newer: { body: body(2) } }
    ],
    [
      'update, change, both changed',
      {
        mode: 'update',
        on: 'change',
        start: said(0, 0xa),
        older: { body: said(1, 0xb) },
        newer: { body: said(2, 0xc) }
      }
    ],
    [
      'recreate, change, both changed',
      {
        mode: 'recreate',
        on: 'change',
        start: said(0, 0xa),
        older: { body: said(1, 0xb) },
        newer: { body: said(2, 0xc) }
      }
    ],
    // the newer run says what the comment says, the older one something else: the comment keeps its report
    [
      'update, change, the newer unchanged',
      {
        mode: 'update',
        on: 'change',
        start: sameAsStart,
        older: { body: said(1, 0xb) },
        newer: { body: said(2, 0xa, 'run 2: lines 80%') },
        also: withStateLine(sameAsStart, stateLine([2], 'a'.padStart(32, '0')))
      }
    ],
    [
      'recreate, change, the newer unchanged',
      {
        mode: 'recreate',
        on: 'change',
        start: sameAsStart,
        older: { body: said(1, 0xb) },
        newer: { body: said(2, 0xa, 'run 2: lines 80%') },
        also: withStateLine(sameAsStart, stateLine([2], 'a'.padStart(32, '0')))
      }
    ],
    ['update, failure, both failed', { mode: 'update', on: 'failure', older: red(1), newer: red(2) }],
    ['recreate, failure, both failed', { mode: 'recreate', on: 'failure', older: red(1), newer: red(2) }],
    [
      'update, failure, the newer passes over a red comment',
      { mode: 'update', on: 'failure', start: red(0).body, older: red(1), newer: green(2) }
    ],
    [
      'recreate, failure, the newer passes over a red comment',
      { mode: 'recreate', on: 'failure', start: red(0).body, older: red(1), newer: green(2) }
    ],
    [
      'recreate, failure, both pass over a red comment (both edit in place)',
      { mode: 'recreate', on: 'failure', start: red(0).body, older: green(1), newer: green(2) }
    ]
  ]

  /**
   * A client whose run stops before its `at`-th request until released. Not before the OLDER run's PATCH: that
   * point is the one window no writer can close (GitHub has no compare-and-swap; a PATCH held there until the
   * newer run has ended overwrites it with nobody left to notice). The test below shows how far it is narrowed.
   */
  function pausable(at: number, older: boolean) {
    const octokit = client('ghs_test')
    let sent = 0
    let release!: () => void
    let reached!: () => void
    const released = new Promise<void>(r => (release = r))
    const paused = new Promise<void>(r => (reached = r))
    octokit.hook.before('request', async options => {
      if (sent++ === at && !(older && options.method === 'PATCH')) {
        reached()
        await released
      }
    })
    return { octokit, paused, release, sent: () => sent }
  }

  const runOf = (octokit: Octokit, s: Scenario, run: Run): Promise<UpsertResult> => {
    const options: UpsertOptions = { marker: MARKER, settleMs: 0, mode: s.mode, on: s.on }
    if (run.failed !== undefined) options.failed = run.failed
    return upsertComment(octokit, repo, PR, run.body, options)
  }

  it.each(scenarios)('%s', async (_name, s) => {
    let paused = 0
    for (const pausedRun of ['older', 'newer'] as const) {
      const otherRun = pausedRun === 'older' ? 'newer' : 'older'
      for (let at = 0; ; at++) {
        gh.state.comments.delete(PR)
        await say(user, 'a review remark')
        if (s.start !== undefined) await say(bot, s.start)
        const p = pausable(at, pausedRun === 'older')
        const first = runOf(p.octokit, s, s[pausedRun])
        if ((await Promise.race([p.paused.then(() => true), first.then(() => false)])) === true) paused++
        await runOf(client('ghs_test'), s, s[otherRun])
        p.release()
        await first
        const where = `${pausedRun} run paused before request ${at}`
        const left = ours().map(c => c.body)
        expect([where, left.length]).toEqual([where, 1])
        expect([where, left[0]]).toEqual([where, s.also === left[0] ? s.also : s.newer.body])
        expect([where, comments().filter(c => c.user.login === 'octocat').length]).toEqual([where, 1])
        // the run never reached request `at`: the two ran one after the other, every point is done
        if (p.sent() <= at) break
      }
    }
    expect(paused).toBeGreaterThan(4)
  })

  it.each(['update', 'recreate'] as const)(
    '%s: an older PATCH landing while the newer run still verifies is put right; the newer report stays',
    async mode => {
      const scenario: Scenario = {
        mode,
        on: 'failure',
        start: red(0).body,
        older: green(1),
        newer: green(2)
      }
      await say(bot, scenario.start as string)
      // the older run has read the comment and its PATCH is in flight
      const olderClient = client('ghs_test')
      let inFlight!: () => void
      let land!: () => void
      const holding = new Promise<void>(r => (inFlight = r))
      const landing = new Promise<void>(r => (land = r))
      olderClient.hook.before('request', async options => {
        if (options.method === 'PATCH') {
          inFlight()
          await landing
        }
      })
      const older = runOf(olderClient, scenario, scenario.older)
      await holding
      // the newer run writes; during its first settle wait, the older PATCH lands
      const newer = await upsertComment(client('ghs_test'), repo, PR, scenario.newer.body, {
        marker: MARKER,
        mode,
        on: 'failure',
        failed: false,
        settleMs: 0,
        sleep: async () => {
          land()
          await older
        }
      })
      expect(newer.action).toBe('updated')
      expect(ours().map(c => c.body)).toEqual([scenario.newer.body])
      // it did land in between: there were two PATCHes of the newer report
      expect(gh.requests.filter(r => r.method === 'PATCH').length).toBe(3)
    }
  )
})

describe('pr-report comment settings, end to end', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pr-report-modes-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const fragment = (over: Partial<FragmentInit> = {}) =>
    JSON.stringify(
      makeFragment({
        gate: 'coverage',
        status: 'pass',
        title: 'coverage',
        summary: 'lines 80%',
        markdown: 'details',
        metrics: { lines_pct: 80 },
        statusContext: 'quality-gates/coverage',
        ...over
      })
    )

  /** One pr-report run (run id `runId`) on PR 7 with this fragment and these inputs. */
  async function report(runId: number, inputs: Record<string, string>, frag: string): Promise<FakeHost> {
    const ws = join(dir, `ws-${runId}`)
    await mkdir(ws, { recursive: true })
    await writeFile(join(ws, 'quality-gates-fragment-coverage.json'), frag)
    const host = await createFakeHost({
      dir,
      workspace: ws,
      cwd: ws,
      inputs: { fragments: 'quality-gates-fragment-coverage.json', statuses: 'false', ...inputs },
      context: {
        eventName: 'pull_request',
        sha: 'c'.repeat(40),
        ref: 'refs/pull/7/merge',
        repository: { owner: 'acme', repo: 'widgets', id: 1 },
        runId,
        runAttempt: 1,
        apiUrl: gh.url,
        payload: {
          number: PR,
          pull_request: {
            number: PR,
            head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: 'acme/widgets' } },
            base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/widgets' } }
          },
          repository: { id: 1, full_name: 'acme/widgets' }
        }
      },
      octokit: client('ghs_test')
    })
    await runDeclared(createPrReport({ settleMs: 0 }), host, 'action')
    return host
  }
  const outputs = (h: FakeHost) => [h.outputs.get('comment-id'), h.outputs.get('comment-url')]
  const logged = (h: FakeHost) => h.logs.filter(l => l.message.includes('comment')).map(l => l.message)

  it('comment: recreate with comment-on: failure', async () => {
    const inputs = { comment: 'recreate', 'comment-on': 'failure' }
    const pass1 = await report(100, inputs, fragment())
    expect(outputs(pass1)).toEqual(['', ''])
    expect(logged(pass1)).toEqual([
      'pr-report: no comment written on #7 (comment-on: failure, and nothing failed)'
    ])
    expect(comments()).toEqual([])

    const fail1 = await report(101, inputs, fragment({ status: 'fail', summary: 'lines 70%, under 75%' }))
    const [c1] = ours()
    expect(outputs(fail1)).toEqual([
      String(c1?.id),
      expect.stringMatching(new RegExp(`#issuecomment-${c1?.id}$`))
    ])
    expect(c1?.body).toContain('lines 70%, under 75%')

    await say(user, 'a review remark')
    const fail2 = await report(102, inputs, fragment({ status: 'fail', summary: 'lines 71%, under 75%' }))
    const [c2] = ours()
    expect(comments().at(-1)?.id).toBe(c2?.id)
    expect(c2?.id).not.toBe(c1?.id)
    expect(outputs(fail2)[0]).toBe(String(c2?.id))
    expect(logged(fail2)).toEqual([
      `pr-report: comment recreated on #7 (id ${c2?.id}, removed 1 older or duplicate comment)`
    ])

    const pass2 = await report(103, inputs, fragment())
    expect(ours().map(c => c.id)).toEqual([c2?.id])
    expect(ours()[0]?.body).toContain('Quality gates passed')
    expect(outputs(pass2)[0]).toBe(String(c2?.id))
  })

  it('comment-on: change skips a run that says the same, with empty outputs and the reason in the log', async () => {
    const inputs = { 'comment-on': 'change' }
    const first = await report(100, inputs, fragment())
    const [c] = ours()
    expect(outputs(first)[0]).toBe(String(c?.id))
    expect(readState(c?.body).digest).toMatch(/^[0-9a-f]{32}$/)

    const same = await report(101, inputs, fragment({ markdown: 'other details, same numbers' }))
    expect(outputs(same)).toEqual(['', ''])
    expect(logged(same)).toEqual([
      `pr-report: no comment written on #7 (comment-on: change, and the report is unchanged since comment ${c?.id})`
    ])
    expect(ours()[0]?.body).toContain('actions/runs/100')
    expect(ours()[0]?.body).not.toContain('actions/runs/101')

    const changed = await report(102, inputs, fragment({ metrics: { lines_pct: 80.1 } }))
    expect(outputs(changed)[0]).toBe(String(c?.id))
    expect(ours()[0]?.body).toContain('actions/runs/102')
  })

  it.each([
    ['true', 'update'],
    ['YES', 'update'],
    ['Update', 'update'],
    ['false', 'off'],
    ['0', 'off'],
    ['off', 'off']
  ])('comment: %s still works (%s)', async (value, meaning) => {
    const host = await report(100, { comment: value }, fragment())
    expect(ours()).toHaveLength(meaning === 'off' ? 0 : 1)
    expect(outputs(host)[0]).toBe(meaning === 'off' ? '' : String(ours()[0]?.id))
    if (meaning === 'off') expect(logged(host)).toEqual(['pr-report: no comment written (comment: off)'])
  })

  it('rejects an unknown comment mode or comment-on with one line naming the input', async () => {
    await expect(report(100, { comment: 'sometimes' }, fragment())).rejects.toThrow(
      /^Input "comment": "sometimes" is not valid; expected update, recreate or off \(true = update, false = off\)$/
    )
    await expect(report(100, { 'comment-on': 'pass' }, fragment())).rejects.toThrow(
      /^Input "comment-on": "pass" is not allowed; expected one of always, change, failure$/
    )
  })
})
