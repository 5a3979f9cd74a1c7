/**
 * The GitHub client against the REST emulator: retries, rate limits, the never-duplicate-a-write rule,
 * one-line errors, and pull-request resolution from real webhook payloads (@octokit/webhooks-examples).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import {
  classifyApiError,
  describeApiError,
  RateLimitError,
  resolvePullRequest,
  type Octokit
} from '../../src/shared/github.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { UserError } from '../../src/shared/errors.js'
import { GitHubEmulator, type EmulatorOptions } from '../support/github-emulator.js'
import { fakeClock } from '../support/fake-clock.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as {
  name: string
  examples: Record<string, unknown>[]
}[]
function example(name: string, index = 0): Record<string, unknown> {
  const found = examples.find(e => e.name === name)?.examples[index]
  if (!found) throw new Error(`no webhook example ${name}[${index}]`)
  return structuredClone(found)
}

let gh: GitHubEmulator
let logs: string[]

async function start(opts?: EmulatorOptions): Promise<void> {
  gh = await GitHubEmulator.start(opts)
}
function client(extra: Partial<Parameters<typeof createOctokit>[0]> = {}): Octokit {
  return createOctokit({
    token: 'ghs_test',
    baseUrl: gh.url,
    minRetryDelayMs: 1,
    minWriteIntervalMs: 0,
    log: m => logs.push(m),
    ...extra
  })
}
const repo = { owner: 'acme', repo: 'widgets' }
const statusesOf = (path: RegExp): number[] => gh.requests.filter(r => path.test(r.path)).map(r => r.status)

beforeEach(() => {
  logs = []
})
afterEach(async () => {
  await gh?.close()
})

describe('createOctokit: retries and rate limits', () => {
  beforeEach(async () => {
    await start()
    gh.addPull({ number: 1, headSha: 'a'.repeat(40), headRef: 'f', baseSha: 'b'.repeat(40), baseRef: 'main' })
  })

  it('retries a read after 500 and 502, then succeeds', async () => {
    gh.inject({ kind: 500, path: /pulls\/1$/ })
    gh.inject({ kind: 502, path: /pulls\/1$/ })
    const res = await client().rest.pulls.get({ ...repo, pull_number: 1 })
    expect(res.data.number).toBe(1)
    expect(statusesOf(/pulls\/1$/)).toEqual([500, 502, 200])
  })

  it('honours x-ratelimit-reset on a primary rate limit: waits until the reset (+1 s), then retries', async () => {
    const clock = fakeClock()
    gh.inject({ kind: 'rate-limit', resetAt: clock.epochSeconds() + 2 })
    const res = await client(clock.options).rest.pulls.get({ ...repo, pull_number: 1 })
    expect(res.status).toBe(200)
    expect(statusesOf(/pulls\/1$/)).toEqual([403, 200])
    expect(clock.sleeps).toEqual([3000])
    expect(logs.join('\n')).toMatch(/rate limit on GET \/repos\/acme\/widgets\/pulls\/1: retrying in 3s/)
  })

  it('honours retry-after on a secondary rate limit and applies the write once', async () => {
    gh.inject({ kind: 'secondary-rate-limit', retryAfter: 2, method: 'POST' })
    const clock = fakeClock()
    const res = await client(clock.options).rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: 'hi'
    })
    expect(clock.sleeps).toEqual([2000])
    expect(res.status).toBe(201)
    expect(statusesOf(/issues\/1\/comments$/)).toEqual([403, 201])
    expect(gh.state.comments.get(1)?.map(c => c.body)).toEqual(['hi'])
    expect(logs.join('\n')).toMatch(/secondary rate limit on POST .*retrying in 2s/)
  })

  it('does not wait for a rate limit that resets later than the allowed bound', async () => {
    const clock = fakeClock()
    gh.inject({ kind: 'rate-limit', resetAt: clock.epochSeconds() + 3600 })
    const err = await client({ ...clock.options, maxRateLimitWaitSeconds: 60 })
      .rest.pulls.get({ ...repo, pull_number: 1 })
      .catch((e: unknown) => e)
    expect(clock.sleeps).toEqual([])
    expect(statusesOf(/pulls\/1$/)).toEqual([403])
    expect(err).toBeInstanceOf(RateLimitError)
    expect(describeApiError(err)).toMatch(
      /^GitHub API GET \/repos\/acme\/widgets\/pulls\/1 failed: rate limit \(resets at 2026-01-01T13:00:00Z; over the 60 s this step may wait\): API rate limit exceeded/
    )
    expect(logs.join('\n')).toContain(
      'GitHub rate limit on GET /repos/acme/widgets/pulls/1: resets at 2026-01-01T13:00:00Z, in 3601 s; longer than the 60 s this step may wait; not waiting'
    )
  })

  it('gives up after the retry budget with a clear one-line error', async () => {
    gh.inject({ kind: 500, times: 100, path: /pulls\/1$/ })
    const err = await client({ retries: 2 })
      .rest.pulls.get({ ...repo, pull_number: 1 })
      .catch((e: unknown) => e)
    expect(statusesOf(/pulls\/1$/)).toEqual([500, 500, 500])
    const line = describeApiError(err)
    expect(line).toBe('GitHub API GET /repos/acme/widgets/pulls/1 failed: GitHub outage (500): Server Error')
    expect(line).not.toContain('\n')
  })

  it('applies a write exactly once when the first attempt got a 500', async () => {
    gh.inject({ kind: 500, method: 'POST' })
    await client().rest.repos.createCommitStatus({
      ...repo,
      sha: 'a'.repeat(40),
      state: 'success',
      context: 'c'
    })
    expect(statusesOf(/statuses\//)).toEqual([500, 201])
    expect(gh.state.statuses.length).toBe(1)
  })

  it('does not retry a write answered 504 (the gateway may have applied it); retries a read', async () => {
    gh.inject({ kind: 504, method: 'POST' })
    const err = await client()
      .rest.issues.createComment({ ...repo, issue_number: 1, body: 'once' })
      .catch((e: unknown) => e)
    expect(describeApiError(err)).toBe(
      'GitHub API POST /repos/acme/widgets/issues/1/comments failed: GitHub outage (504): Server Error'
    )
    expect(gh.state.comments.get(1)?.length).toBe(1)
    expect(statusesOf(/comments$/)).toEqual([504])
    gh.inject({ kind: 504, method: 'GET' })
    expect((await client().rest.pulls.get({ ...repo, pull_number: 1 })).status).toBe(200)
    expect(statusesOf(/pulls\/1$/)).toEqual([504, 200])
  })

  it('paginates by following GitHub Link headers', async () => {
    const octokit = client()
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: `seed ${i}` })
      )
    )
    const seed = gh.state.comments.get(3) ?? []
    const template = seed[0]
    if (!template) throw new Error('no seed comment')
    for (let i = 0; i < 245; i++) seed.push({ ...template, id: 10_000 + i, body: `bulk ${i}` })
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 3,
      per_page: 100
    })
    expect(all.length).toBe(250)
    expect(all.at(-1)?.body).toBe('bulk 244')
    expect(gh.requests.filter(r => r.method === 'GET').map(r => r.path)).toEqual([
      '/repos/acme/widgets/issues/3/comments?per_page=100',
      '/repositories/1/issues/3/comments?per_page=100&page=2',
      '/repositories/1/issues/3/comments?per_page=100&page=3'
    ])
  })

  it('never retries a write that timed out (it may have been applied)', async () => {
    gh.inject({ kind: 'timeout', delayMs: 400, method: 'POST' })
    const err = await client({ requestTimeoutMs: 100 })
      .rest.issues.createComment({ ...repo, issue_number: 1, body: 'once' })
      .catch((e: unknown) => e)
    expect(describeApiError(err)).toBe(
      'GitHub API POST /repos/acme/widgets/issues/1/comments failed: network: no response from GitHub (timed out); not retried because the write may have been applied'
    )
    await new Promise(r => setTimeout(r, 500))
    expect(gh.state.comments.get(1)?.map(c => c.body)).toEqual(['once'])
    expect(gh.requests.filter(r => r.method === 'POST').length).toBe(1)
  })

  it('retries a read that timed out', async () => {
    gh.inject({ kind: 'timeout', delayMs: 400, method: 'GET' })
    const res = await client({ requestTimeoutMs: 100 }).rest.pulls.get({ ...repo, pull_number: 1 })
    expect(res.data.number).toBe(1)
    expect(logs.join('\n')).toContain('no response (timed out)')
  })

  it('does not retry a write GitHub refused (4xx)', async () => {
    const octokit = client()
    const blob = await octokit.rest.git.createBlob({ ...repo, content: 'x' })
    const tree = await octokit.rest.git.createTree({
      ...repo,
      tree: [{ path: 'x', mode: '100644', type: 'blob', sha: blob.data.sha }]
    })
    const commit = await octokit.rest.git.createCommit({
      ...repo,
      message: 'm',
      tree: tree.data.sha,
      parents: []
    })
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/assets', sha: commit.data.sha })
    const err = await octokit.rest.git
      .createRef({ ...repo, ref: 'refs/heads/assets', sha: commit.data.sha })
      .catch((e: unknown) => e)
    expect(statusesOf(/git\/refs$/)).toEqual([201, 422])
    expect(describeApiError(err)).toBe(
      'GitHub API POST /repos/acme/widgets/git/refs failed: HTTP 422: Validation Failed: Reference already exists'
    )
  })

  it('spaces writes by minWriteIntervalMs', async () => {
    const octokit = client({ minWriteIntervalMs: 150 })
    const started = Date.now()
    await Promise.all(
      [1, 2, 3].map(i => octokit.rest.issues.createComment({ ...repo, issue_number: 2, body: `c${i}` }))
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(gh.state.comments.get(2)?.length).toBe(3)
  })

  it('a primary limit answered 429 waits for the reset too (not a 1 s back-off into the same limit)', async () => {
    const clock = fakeClock()
    gh.inject({ kind: 'rate-limit', status: 429, resetAt: clock.epochSeconds() + 5, method: 'PATCH' })
    const octokit = client(clock.options)
    const c = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'v1' })
    await octokit.rest.issues.updateComment({ ...repo, comment_id: c.data.id, body: 'v2' })
    expect(statusesOf(/issues\/comments\//)).toEqual([429, 200])
    expect(clock.sleeps).toEqual([6000])
    expect(gh.state.comments.get(1)?.map(x => x.body)).toEqual(['v2'])
  })

  it('a secondary limit without retry-after waits 60 s, then 120 s, within the bound', async () => {
    const clock = fakeClock()
    gh.inject({ kind: 'secondary-rate-limit', omitRetryAfter: true, times: 2, method: 'POST' })
    await client(clock.options).rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })
    expect(clock.sleeps).toEqual([60_000, 120_000])
    expect(statusesOf(/issues\/1\/comments$/)).toEqual([403, 403, 201])
  })

  it('the bound is on the total wait of one request: a second wait that would pass it is not started', async () => {
    const clock = fakeClock()
    gh.inject({ kind: 'secondary-rate-limit', retryAfter: 200, method: 'POST' })
    gh.inject({ kind: 'secondary-rate-limit', retryAfter: 200, method: 'POST' })
    const err = await client(clock.options)
      .rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })
      .catch((e: unknown) => e)
    expect(clock.sleeps).toEqual([200_000])
    expect(err).toBeInstanceOf(RateLimitError)
    expect((err as RateLimitError).message).toBe(
      'GitHub secondary rate limit on POST /repos/acme/widgets/issues/1/comments: retry after 200 s; longer than the 300 s this step may wait (already waited 200 s); not waiting'
    )
    expect(gh.state.comments.get(1)).toBeUndefined()
  })

  it('gives up on a rate limit after the retries, saying so', async () => {
    const clock = fakeClock()
    gh.inject({ kind: 'secondary-rate-limit', retryAfter: 1, times: 10, path: /pulls\/1$/ })
    const err = await client({ ...clock.options, retries: 2 })
      .rest.pulls.get({ ...repo, pull_number: 1 })
      .catch((e: unknown) => e)
    expect(statusesOf(/pulls\/1$/)).toEqual([403, 403, 403])
    expect(clock.sleeps).toEqual([1000, 1000])
    expect(classifyApiError(err)).toMatchObject({ kind: 'rate-limit', status: 403, retryAfterSeconds: 1 })
    expect(describeApiError(err)).toMatch(
      /^GitHub API GET \/repos\/acme\/widgets\/pulls\/1 failed: secondary rate limit \(retry after 1 s; still limited after 2 retries\): You have exceeded a secondary rate limit/
    )
  })

  it('a real 403 (no rate-limit signal) is a permission error, never retried and never waited on', async () => {
    const clock = fakeClock()
    gh.inject({ kind: 'forbidden', method: 'POST' })
    const err = await client(clock.options)
      .rest.repos.createCommitStatus({ ...repo, sha: 'a'.repeat(40), state: 'success', context: 'c' })
      .catch((e: unknown) => e)
    expect(statusesOf(/statuses\//)).toEqual([403])
    expect(clock.sleeps).toEqual([])
    expect(classifyApiError(err)).toEqual({
      kind: 'permission',
      status: 403,
      message: 'permission: the token lacks statuses: write (403: Resource not accessible by integration)'
    })
    expect(describeApiError(err)).toBe(
      'GitHub API POST /repos/acme/widgets/statuses/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa failed: permission: the token lacks statuses: write (403: Resource not accessible by integration)'
    )
  })

  it('classifies each cause: rate limit, permission, not found, outage, network, other', async () => {
    const octokit = client({ retries: 0, maxRateLimitWaitSeconds: 0, requestTimeoutMs: 100 })
    const fail = (p: Promise<unknown>) =>
      p.then(
        () => new Error('did not fail'),
        (e: unknown) => e
      )
    gh.inject({ kind: 'rate-limit', resetAt: 1_900_000_000, path: /pulls\/1$/ })
    const limited = classifyApiError(await fail(octokit.rest.pulls.get({ ...repo, pull_number: 1 })))
    expect(limited).toMatchObject({ kind: 'rate-limit', status: 403, resetAt: new Date(1_900_000_000_000) })
    expect(limited.message).toMatch(
      /^rate limit \(resets at 2030-03-17T17:46:40Z; over the 0 s this step may wait\)/
    )
    gh.inject({ kind: 'forbidden', path: /issues\/comments\// })
    expect(
      classifyApiError(await fail(octokit.rest.issues.updateComment({ ...repo, comment_id: 1, body: 'x' })))
    ).toMatchObject({
      kind: 'permission',
      message:
        'permission: the token lacks pull-requests: write (or issues: write) (403: Resource not accessible by integration)'
    })
    expect(classifyApiError(await fail(octokit.rest.pulls.get({ ...repo, pull_number: 404 })))).toMatchObject(
      {
        kind: 'not-found',
        status: 404
      }
    )
    gh.inject({ kind: 502, times: 5, path: /pulls\/1$/ })
    expect(classifyApiError(await fail(octokit.rest.pulls.get({ ...repo, pull_number: 1 })))).toEqual({
      kind: 'outage',
      status: 502,
      message: 'GitHub outage (502): Server Error'
    })
    gh.inject({ kind: 'timeout', delayMs: 400, method: 'POST' })
    expect(
      classifyApiError(await fail(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })))
    ).toMatchObject({
      kind: 'network',
      message: expect.stringMatching(/^network: no response from GitHub \(timed out\)/)
    })
    expect(
      classifyApiError(
        await fail(
          octokit.rest.repos.createCommitStatus({
            ...repo,
            sha: 'a'.repeat(40),
            state: 'success',
            context: 'c',
            description: 'x'.repeat(141)
          })
        )
      )
    ).toMatchObject({ kind: 'other', status: 422 })
    expect(classifyApiError('weird')).toEqual({ kind: 'other', message: 'weird' })
    await new Promise(r => setTimeout(r, 450)) // let the held response go before the emulator closes
  })

  it('rejects an empty token as a UserError', () => {
    expect(() => createOctokit({ token: '' })).toThrow(UserError)
  })

  it('describes non-HTTP errors on one line too', () => {
    expect(describeApiError(new Error('boom\nsecond line'))).toBe('GitHub API call failed: boom second line')
  })
})

describe('resolvePullRequest', () => {
  beforeEach(async () => {
    await start({ owner: 'octo-org', repo: 'octo-repo', repositoryId: 300029405 })
  })

  it('pull_request (webhooks example) gives the PR, same repository', async () => {
    const payload = example('pull_request')
    const pr = await resolvePullRequest('pull_request', payload, { owner: 'Codertocat', repo: 'Hello-World' })
    expect(pr).toEqual({
      number: 2,
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      baseRef: 'master',
      headRepoFullName: 'Codertocat/Hello-World',
      isFork: false
    })
  })

  it('pull_request_target from a fork, and a deleted fork (head.repo null)', async () => {
    const payload = example('pull_request') as {
      pull_request: { head: { repo: Record<string, unknown> | null } }
    }
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      full_name: 'contributor/Hello-World'
    }
    const pr = await resolvePullRequest('pull_request_target', payload, {
      owner: 'Codertocat',
      repo: 'Hello-World'
    })
    expect(pr).toMatchObject({ number: 2, isFork: true, headRepoFullName: 'contributor/Hello-World' })
    payload.pull_request.head.repo = null
    const deleted = await resolvePullRequest('pull_request_target', payload, {
      owner: 'Codertocat',
      repo: 'Hello-World'
    })
    expect(deleted).toMatchObject({ isFork: true })
  })

  it('merge_group parses the PR number from the queue ref and uses base_sha', async () => {
    const pr = await resolvePullRequest('merge_group', example('merge_group'), {
      owner: 'Codertocat',
      repo: 'Hello-World'
    })
    expect(pr).toEqual({
      number: 104,
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
      baseRef: 'main',
      headRepoFullName: 'Codertocat/Hello-World',
      isFork: false
    })
    const payload = example('merge_group') as { merge_group: { head_ref: string } }
    payload.merge_group.head_ref = 'refs/heads/feature'
    await expect(resolvePullRequest('merge_group', payload, repo)).rejects.toThrow(
      /merge_group event payload: merge_group.head_ref "refs\/heads\/feature" is not a merge-queue ref/
    )
  })

  it('push: undefined by default, the open PR for the commit when asked', async () => {
    const payload = example('push')
    const after = payload.after as string
    const octokit = client()
    expect(
      await resolvePullRequest('push', payload, { owner: 'octo-org', repo: 'octo-repo' }, octokit)
    ).toBeUndefined()
    expect(gh.requests.length).toBe(0)
    gh.addPull({ number: 9, headSha: after, headRef: 'simple-tag', baseSha: 'c'.repeat(40), baseRef: 'main' })
    const pr = await resolvePullRequest('push', payload, { owner: 'octo-org', repo: 'octo-repo' }, octokit, {
      lookupPushPullRequest: true
    })
    expect(pr).toMatchObject({ number: 9, headSha: after, baseRef: 'main', isFork: false })
  })

  it('workflow_run with pull_requests uses them; a PR of another repository is ignored', async () => {
    const foreign = example('workflow_run', 2)
    // GitHub's own example lists a PR whose base is another repository (186853002 ≠ 300029405).
    expect(
      await resolvePullRequest('workflow_run', foreign, { owner: 'octo-org', repo: 'octo-repo' })
    ).toBeUndefined()
    const payload = example('workflow_run', 2) as {
      workflow_run: { pull_requests: { base: { repo: { id: number } } }[]; head_sha: string }
    }
    const first = payload.workflow_run.pull_requests[0]
    if (first) first.base.repo.id = 300029405
    const pr = await resolvePullRequest('workflow_run', payload, { owner: 'octo-org', repo: 'octo-repo' })
    expect(pr).toEqual({
      number: 2,
      headSha: payload.workflow_run.head_sha,
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      baseRef: 'master',
      headRepoFullName: 'octo-org/octo-repo',
      isFork: false
    })
  })

  it('workflow_run from a fork (empty pull_requests) finds the open PR by head sha across pages', async () => {
    const payload = example('workflow_run', 1) as {
      workflow_run: { head_sha: string; head_branch: string; head_repository: Record<string, unknown> }
    }
    payload.workflow_run.head_repository = {
      ...payload.workflow_run.head_repository,
      id: 999,
      full_name: 'contributor/octo-repo'
    }
    const headSha = payload.workflow_run.head_sha
    for (let n = 1; n <= 130; n++) {
      gh.addPull({
        number: n,
        headSha: n === 5 ? headSha : n.toString(16).padStart(40, '0'),
        headRef: n === 5 ? payload.workflow_run.head_branch : `b${n}`,
        baseSha: 'c'.repeat(40),
        baseRef: 'master',
        headRepoFullName: n === 5 ? 'contributor/octo-repo' : 'octo-org/octo-repo'
      })
    }
    // A closed PR with the same head must not win.
    gh.addPull({
      number: 131,
      headSha,
      headRef: 'x',
      baseSha: 'c'.repeat(40),
      baseRef: 'master',
      state: 'closed'
    })
    const pr = await resolvePullRequest(
      'workflow_run',
      payload,
      { owner: 'octo-org', repo: 'octo-repo' },
      client()
    )
    expect(pr).toEqual({
      number: 5,
      headSha,
      baseSha: 'c'.repeat(40),
      baseRef: 'master',
      headRepoFullName: 'contributor/octo-repo',
      isFork: true
    })
    expect(statusesOf(/\/pulls\?/)).toEqual([200, 200])
    expect(
      await resolvePullRequest('workflow_run', payload, { owner: 'octo-org', repo: 'octo-repo' })
    ).toBeUndefined()
  })

  it('gives a clear UserError for a payload that lacks what the event needs, undefined for other events', async () => {
    await expect(resolvePullRequest('pull_request', {}, repo)).rejects.toThrow(
      new UserError('pull_request event payload: missing "pull_request"')
    )
    await expect(
      resolvePullRequest('pull_request', { pull_request: { number: 'x', head: {}, base: {} } }, repo)
    ).rejects.toThrow(/"pull_request.number" is not a PR number/)
    expect(await resolvePullRequest('schedule', {}, repo)).toBeUndefined()
  })
})
