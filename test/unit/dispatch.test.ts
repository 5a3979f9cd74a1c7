// Manual runs: where a run's PR number comes from, how it is read, and the check that the checkout is the PR's
// head (or its merge commit) before anything is posted on it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  manualPullRequestInput,
  parsePullNumber,
  resolveRunPullRequest,
  verifyCheckedOutPullRequest
} from '../../src/shared/dispatch.js'
import { createGit } from '../../src/shared/git.js'
import type { PullRequestContext } from '../../src/shared/github.js'
import type { RunContext } from '../../src/shared/host.js'

describe('the PR number of a run', () => {
  it('is the action input, else only in a manual run the dispatch payload inputs.pr', () => {
    expect(manualPullRequestInput('workflow_dispatch', { inputs: { pr: ' 12 ' } }, undefined)).toBe('12')
    expect(manualPullRequestInput('workflow_dispatch', { inputs: { pr: 12 } }, undefined)).toBe('12')
    expect(manualPullRequestInput('workflow_dispatch', { inputs: { pr: '' } }, undefined)).toBeUndefined()
    expect(manualPullRequestInput('workflow_dispatch', { inputs: {} }, undefined)).toBeUndefined()
    expect(manualPullRequestInput('workflow_dispatch', { inputs: { pr: '3' } }, '4')).toBe('4')
    expect(manualPullRequestInput('push', { inputs: { pr: '3' } }, undefined)).toBeUndefined()
    expect(manualPullRequestInput('push', {}, '5')).toBe('5')
  })

  it.each(['12', '#12'])('reads %s as 12', text => expect(parsePullNumber(text)).toBe(12))
  it.each(['0', '-1', '1.5', 'seven', '99999999999', '1e3', ''])('refuses %j with one line', text => {
    expect(() => parsePullNumber(text)).toThrow(/^pr: ".*" is not a pull request number$/)
  })

  it('a pr given to a run that is not a manual one is an error, not silently ignored', async () => {
    const context: RunContext = {
      eventName: 'push',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      payload: {},
      manualPullRequest: '7'
    }
    await expect(
      resolveRunPullRequest(context, { owner: 'o', repo: 'r' }, undefined, { workspace: '.' })
    ).rejects.toThrow(/^pr: a pull request number is for manual runs \(workflow_dispatch\); this push run/)
  })
})

describe('the checkout must be the PR head or its merge commit', () => {
  let dir: string
  const shas: Record<string, string> = {}
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8'
    }).trim()
  const pr = (headSha: string): PullRequestContext => ({
    number: 3,
    headSha,
    baseSha: shas.base as string,
    baseRef: 'main',
    headRepoFullName: 'o/r',
    isFork: false
  })

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qg-dispatch-'))
    git('init', '-q', '-b', 'main')
    await writeFile(join(dir, 'a'), '1\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    shas.base = git('rev-parse', 'HEAD')
    git('checkout', '-q', '-b', 'feature')
    await writeFile(join(dir, 'b'), '1\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'head')
    shas.head = git('rev-parse', 'HEAD')
    git('checkout', '-q', 'main')
    await writeFile(join(dir, 'c'), '1\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'main moves on')
    git('merge', '-q', '--no-ff', 'feature', '-m', 'merge')
    shas.merge = git('rev-parse', 'HEAD')
    // A merge whose FIRST parent is the head is not GitHub's merge commit of it.
    git('checkout', '-q', 'feature')
    git('merge', '-q', '--no-ff', 'main~1', '-m', 'backwards')
    shas.backwards = git('rev-parse', 'HEAD')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('accepts the head and the merge commit whose second parent is the head', async () => {
    git('checkout', '-q', shas.head as string)
    await expect(
      verifyCheckedOutPullRequest(createGit(dir), pr(shas.head as string))
    ).resolves.toBeUndefined()
    git('checkout', '-q', shas.merge as string)
    await expect(
      verifyCheckedOutPullRequest(createGit(dir), pr(shas.head as string))
    ).resolves.toBeUndefined()
  })

  it.each(['base', 'backwards'])('refuses a checkout of %s, naming the ref to check out', async which => {
    git('checkout', '-q', shas[which] as string)
    await expect(verifyCheckedOutPullRequest(createGit(dir), pr(shas.head as string))).rejects.toThrow(
      /^pr 3: the checked-out commit [0-9a-f]{12} is not the pull request's head .*"ref: refs\/pull\/3\/head"/
    )
  })

  it('refuses when there is no checkout at all', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'qg-dispatch-empty-'))
    try {
      await expect(verifyCheckedOutPullRequest(createGit(empty), pr(shas.head as string))).rejects.toThrow(
        /^pr 3: no checked-out commit in .*refs\/pull\/3\/head/
      )
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})
