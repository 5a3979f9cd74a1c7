/**
 * Commit statuses and annotated check runs against the REST emulator (which enforces GitHub's 140-character,
 * 65,535-byte and 50-annotation limits with 422s, so a payload that would fail on GitHub fails here too).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/shared/errors.js'
import type { FragmentAnnotation } from '../../src/shared/fragment.js'
import { type Octokit } from '../../src/shared/github.js'
import { createOctokit } from '../../src/shared/octokit.js'
import {
  createAnnotatedCheckRun,
  cutBytes,
  cutText,
  isStatusWriteError,
  setCommitStatus,
  StatusWriteError
} from '../../src/shared/status.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const repo = { owner: 'acme', repo: 'widgets' }
const SHA = '0123456789abcdef0123456789abcdef01234567'
let gh: GitHubEmulator
let octokit: Octokit

beforeEach(async () => {
  gh = await GitHubEmulator.start()
  octokit = createOctokit({ token: 'ghs_test', baseUrl: gh.url, minRetryDelayMs: 1, minWriteIntervalMs: 0 })
})
afterEach(async () => {
  await gh.close()
})

const annotations = (n: number, level: FragmentAnnotation['level'] = 'warning'): FragmentAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: `src/file${i}.ts`,
    startLine: i + 1,
    endLine: i + 1,
    level,
    message: `finding ${i}`
  }))

describe('setCommitStatus', () => {
  it('cuts a 200-character description to 140 with an ellipsis, and GitHub accepts it', async () => {
    await setCommitStatus(octokit, repo, SHA, {
      context: 'quality-gates/coverage',
      state: 'failure',
      description: 'x'.repeat(200),
      targetUrl: 'https://github.com/acme/widgets/actions/runs/1'
    })
    const [s] = gh.state.statuses
    expect(s?.description).toBe(`${'x'.repeat(139)}…`)
    expect(s).toMatchObject({
      state: 'failure',
      context: 'quality-gates/coverage',
      targetUrl: 'https://github.com/acme/widgets/actions/runs/1'
    })
    expect(gh.requests.map(r => r.status)).toEqual([201])
  })

  it('keeps short descriptions, flattens newlines and never splits an emoji', async () => {
    await setCommitStatus(octokit, repo, SHA, {
      context: 'c',
      state: 'success',
      description: 'line 1\nline 2'
    })
    expect(gh.state.statuses[0]?.description).toBe('line 1 line 2')
    const family = '👨‍👩‍👧'
    await setCommitStatus(octokit, repo, SHA, {
      context: 'c',
      state: 'success',
      description: family.repeat(40)
    })
    const cut = gh.state.statuses[1]?.description ?? ''
    expect([...cut].length).toBeLessThanOrEqual(140)
    expect(cut.endsWith(`${family}…`)).toBe(true)
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(cut)).toBe(false)
  })

  it('rejects a bad sha, state or target URL as a UserError before calling GitHub', async () => {
    await expect(
      setCommitStatus(octokit, repo, 'main', { context: 'c', state: 'success', description: '' })
    ).rejects.toThrow(UserError)
    await expect(
      setCommitStatus(octokit, repo, SHA, { context: 'c', state: 'green' as 'success', description: '' })
    ).rejects.toThrow(/state "green" is not one of success, failure, pending, error/)
    await expect(
      setCommitStatus(octokit, repo, SHA, {
        context: 'c',
        state: 'success',
        description: '',
        targetUrl: 'javascript:alert(1)'
      })
    ).rejects.toThrow(/is not an http\(s\) URL/)
    expect(gh.requests).toEqual([])
  })
})

describe('setCommitStatus failures', () => {
  it('a refused status is a StatusWriteError naming the context and the cause; bad input is not one', async () => {
    gh.inject({ kind: 'forbidden', method: 'POST' })
    const e = await setCommitStatus(octokit, repo, SHA, {
      context: 'quality-gates',
      state: 'success',
      description: 'ok'
    }).catch((x: unknown) => x)
    expect(isStatusWriteError(e)).toBe(true)
    expect(e).toMatchObject({ kind: 'permission', context: 'quality-gates', sha: SHA })
    expect((e as Error).message).toBe(
      `commit status "quality-gates" on 0123456789ab was not written: GitHub API POST /repos/acme/widgets/statuses/${SHA} failed: permission: the token lacks statuses: write (403: Resource not accessible by integration)`
    )
    expect(gh.requests.map(r => r.status)).toEqual([403])
    const bad = await setCommitStatus(octokit, repo, 'nope', {
      context: 'c',
      state: 'success',
      description: ''
    }).catch((x: unknown) => x)
    expect(bad).toBeInstanceOf(UserError)
    expect(isStatusWriteError(bad)).toBe(false)
  })

  it('posts once more after a write that got no answer, and no more than that', async () => {
    const quick = createOctokit({
      token: 'ghs_test',
      baseUrl: gh.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0,
      requestTimeoutMs: 100
    })
    gh.inject({ kind: 'timeout', delayMs: 300, method: 'POST', times: 2 })
    const e = await setCommitStatus(quick, repo, SHA, {
      context: 'c',
      state: 'failure',
      description: 'x'
    }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(StatusWriteError)
    expect((e as StatusWriteError).kind).toBe('network')
    await new Promise(r => setTimeout(r, 350)) // the held responses are released
    expect(gh.requests.filter(r => r.method === 'POST')).toHaveLength(2)
    // both were applied by the emulator (a timeout applies, then holds): same context and state, latest wins
    expect(gh.state.statuses.map(s => `${s.context}=${s.state}`)).toEqual(['c=failure', 'c=failure'])
  })
})

describe('createAnnotatedCheckRun', () => {
  it('posts 120 annotations in 3 requests (create with 50, then 2 updates)', async () => {
    const res = await createAnnotatedCheckRun(
      octokit,
      repo,
      SHA,
      'quality-gates',
      'failure',
      'Coverage',
      'summary',
      annotations(120)
    )
    expect(res).toEqual({ id: expect.any(Number), posted: 120, dropped: 0 })
    expect(gh.requests.map(r => `${r.method} ${r.status}`)).toEqual(['POST 201', 'PATCH 200', 'PATCH 200'])
    const run = gh.state.checkRuns.get(res.id)
    expect(run?.annotations.map(a => a.path)).toEqual(annotations(120).map(a => a.path))
    expect(run).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Coverage', summary: 'summary' }
    })
  })

  it('makes one request for 0 and for exactly 50 annotations', async () => {
    await createAnnotatedCheckRun(octokit, repo, SHA, 'a', 'success', 't', 's', [])
    await createAnnotatedCheckRun(octokit, repo, SHA, 'b', 'success', 't', 's', annotations(50))
    expect(gh.requests.map(r => r.method)).toEqual(['POST', 'POST'])
  })

  it('caps annotations, keeps failures first and says in the summary how many were dropped', async () => {
    const input = [...annotations(400, 'notice'), ...annotations(220, 'failure')]
    const res = await createAnnotatedCheckRun(octokit, repo, SHA, 'q', 'failure', 't', 'Findings', input, 500)
    expect(res).toMatchObject({ posted: 500, dropped: 120 })
    expect(gh.requests.length).toBe(10)
    const run = gh.state.checkRuns.get(res.id)
    expect(run?.annotations.length).toBe(500)
    expect(run?.annotations.slice(0, 220).every(a => a.annotation_level === 'failure')).toBe(true)
    expect(run?.output.summary).toContain('120 of 620 annotations were not posted (limit 500)')
  })

  it('fits a huge summary into 65,535 bytes and keeps the dropped-count note', async () => {
    const res = await createAnnotatedCheckRun(
      octokit,
      repo,
      SHA,
      'q',
      'neutral',
      't',
      'é'.repeat(70000),
      annotations(3),
      1
    )
    const summary = gh.state.checkRuns.get(res.id)?.output.summary ?? ''
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65535)
    expect(summary).toContain('…(truncated)')
    expect(summary).toContain('2 of 3 annotations were not posted')
  })

  it('turns a 403 for a non-App token into a one-line UserError', async () => {
    const pat = createOctokit({
      token: 'ghp_test',
      baseUrl: gh.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0
    })
    const err = await createAnnotatedCheckRun(pat, repo, SHA, 'q', 'success', 't', 's', []).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toBe(
      'cannot create check run "q": GitHub API POST /repos/acme/widgets/check-runs failed: permission: the token lacks checks: write; check runs need the workflow\'s GITHUB_TOKEN or a GitHub App token, not a personal token (403: You must authenticate via a GitHub App.)'
    )
    expect(gh.state.checkRuns.size).toBe(0)
  })
})

describe('cutText / cutBytes', () => {
  it('counts code points and bytes', () => {
    expect(cutText('abc', 3)).toBe('abc')
    expect(cutText('abcd', 3)).toBe('ab…')
    expect(cutText('😀😀😀😀', 3)).toBe('😀😀…')
    expect(cutBytes('ééé', 5, '…')).toBe('é…')
    expect(Buffer.byteLength(cutBytes('ééé', 5, '…'))).toBeLessThanOrEqual(5)
    const family = '👨‍👩‍👧' // 18 bytes, one grapheme
    expect(cutBytes(`a${family}${family}`, 29, '…')).toBe(`a${family}…`)
    expect(cutText(`${family}${family}x`, 10)).toBe(`${family}…`)
  })
})
