// The baseline store behind both hosts: which runs may save (an allow-list of events on the default branch),
// and the CLI's file store (--baseline / --baseline-out).
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createArtifactBaselineStore,
  createFileBaselineStore,
  isTrustedDefaultBranchRun
} from '../../src/shared/baseline-store.js'
import type { BaselineDeps } from '../../src/shared/baseline.js'
import type { RunContext } from '../../src/shared/host.js'

const context = (eventName: string, ref: string, payload: Record<string, unknown> = {}): RunContext => ({
  eventName,
  sha: 'a'.repeat(40),
  ref,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  payload: { repository: { default_branch: 'main' }, ...payload }
})

describe('which runs save baselines', () => {
  it.each([
    ['push', 'refs/heads/main', {}, true],
    ['schedule', 'refs/heads/main', {}, true],
    ['workflow_dispatch', 'refs/heads/main', {}, true],
    [
      'merge_group',
      'refs/heads/gh-readonly-queue/main/pr-1-abc',
      {
        merge_group: { base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-1-abc' }
      },
      true
    ],
    [
      'merge_group',
      'refs/heads/gh-readonly-queue/dev/pr-1-abc',
      { merge_group: { base_ref: 'refs/heads/dev', head_ref: 'refs/heads/gh-readonly-queue/dev/pr-1-abc' } },
      false
    ],
    // The read side (baseline.ts) only accepts merge-queue runs on gh-readonly-queue/<default>/: so does the write side.
    [
      'merge_group',
      'refs/heads/elsewhere',
      { merge_group: { base_ref: 'refs/heads/main', head_ref: 'refs/heads/elsewhere' } },
      false
    ],
    [
      'merge_group',
      'refs/heads/gh-readonly-queue/main/pr-1-abc',
      { merge_group: { base_ref: 'refs/heads/main' } },
      false
    ],
    // A manual run about a pull request tests the PR's code: never a baseline run, whatever branch it ran from.
    ['workflow_dispatch', 'refs/heads/main', { inputs: { pr: '7' } }, false],
    ['workflow_dispatch', 'refs/heads/main', { inputs: { pr: '' } }, true],
    ['workflow_dispatch', 'refs/heads/feature', {}, false],
    ['push', 'refs/heads/feature', {}, false],
    ['pull_request', 'refs/heads/main', {}, false],
    ['pull_request_target', 'refs/heads/main', {}, false],
    ['workflow_run', 'refs/heads/main', {}, false],
    ['issue_comment', 'refs/heads/main', {}, false],
    ['some_future_event', 'refs/heads/main', {}, false]
  ] as const)('%s on %s → %s', (event, ref, payload, trusted) => {
    expect(isTrustedDefaultBranchRun(context(event, ref, payload))).toBe(trusted)
  })

  it('a manual run given a pull request (manualPullRequest) is not trusted, even on the default branch', () => {
    const dispatch = context('workflow_dispatch', 'refs/heads/main')
    expect(isTrustedDefaultBranchRun(dispatch)).toBe(true)
    expect(isTrustedDefaultBranchRun({ ...dispatch, manualPullRequest: '7' })).toBe(false)
    expect(isTrustedDefaultBranchRun({ ...dispatch, manualPullRequest: 'junk' })).toBe(false)
    const store = createArtifactBaselineStore({} as BaselineDeps, { ...dispatch, manualPullRequest: '7' })
    expect(store.savesInAuto).toBe(false)
  })

  it('the artifact store refuses to save from an untrusted run, even in mode: baseline', async () => {
    const store = createArtifactBaselineStore(
      {} as BaselineDeps,
      context('pull_request', 'refs/pull/1/merge')
    )
    expect(store.savesInAuto).toBe(false)
    await expect(store.save('coverage', 'a'.repeat(40), '/nowhere', 'x.json', 1)).rejects.toThrow(
      /saved only by push, merge_group, schedule, workflow_dispatch runs on the default branch, not by this pull_request run/
    )
  })
})

describe('the file store of the CLI', () => {
  // The file store never asks for candidates (they would cost a git process).
  const noCandidates = async (): Promise<string[]> => {
    throw new Error('the file store asked for candidates')
  }

  it('finds the file given (or the gate file in a directory given) and writes --baseline-out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qg-file-store-'))
    await writeFile(join(dir, 'b.json'), 'B')
    await mkdir(join(dir, 'folder'))
    await writeFile(join(dir, 'folder', 'coverage-baseline.json'), 'F')
    const store = createFileBaselineStore({ from: 'b.json', to: 'out/new.json' }, dir)
    expect(store.savesInAuto).toBe(true)
    expect(await store.find('coverage', noCandidates, 'coverage-baseline.json')).toMatchObject({
      found: true,
      path: join(dir, 'b.json')
    })
    const inFolder = createFileBaselineStore({ from: 'folder' }, dir)
    expect(inFolder.savesInAuto).toBe(false)
    expect(await inFolder.find('coverage', noCandidates, 'coverage-baseline.json')).toMatchObject({
      path: join(dir, 'folder', 'coverage-baseline.json')
    })
    expect(await createFileBaselineStore({}, dir).find('coverage', noCandidates, 'x')).toEqual({
      found: false,
      note: ''
    })
    await expect(
      createFileBaselineStore({ from: 'missing.json' }, dir).find('coverage', noCandidates, 'x')
    ).rejects.toThrow(/--baseline .*missing\.json: cannot read \(ENOENT\)/)
    await writeFile(join(dir, 'coverage-baseline.json'), 'NEW')
    expect(await store.save('coverage', 'a'.repeat(40), dir, 'coverage-baseline.json', 1)).toBe(
      join(dir, 'out/new.json')
    )
    expect(await readFile(join(dir, 'out/new.json'), 'utf8')).toBe('NEW')
  })
})
