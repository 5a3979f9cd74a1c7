/**
 * Merge queues and manual runs, through the bundles as the runner starts them, against the GitHub REST emulator
 * and the artifact backend (Twirp fake + Azurite):
 * - workflow_dispatch without a PR on the default branch saves a fresh baseline; on another branch it explains
 *   itself and posts nothing onto a PR; with `pr` it gates that PR's head against its base (statuses on the
 *   head, the comment on the PR), but only when the checkout is that head, never for a fork unless allowed, and
 *   never for a closed PR;
 * - merge_group (checks_requested): the required statuses land on merge_group.head_sha and the queue's commit
 *   becomes a baseline that a PR based on it finds, as README and coverage-gate's README say.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry, type WorkflowRunRecord } from '../support/artifact-registry.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload, runBundle, type RunBundleResult } from '../support/runner.js'
import { pullRequestEvent as prPayload } from '../support/events.js'

let tmp: string
let repo: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator
const commits: Record<string, string> = {}
const sha = (name: string): string => commits[name] as string

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()

/** An lcov report of src/math.js: `hits[i]` is the hit count of line i+1. */
function lcov(hits: number[]): string {
  return `TN:\nSF:${join(repo, 'src', 'math.js')}\n${hits.map((h, i) => `DA:${i + 1},${h}`).join('\n')}\nend_of_record\n`
}
const source = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n'

const repository = () => ({ id: emulator.repositoryId, default_branch: 'main', full_name: 'acme/widgets' })

async function dispatchEvent(ref: string, inputs: Record<string, string>) {
  const payload = await examplePayload('workflow_dispatch')
  return { ...payload, ref, inputs, repository: { ...(payload.repository as object), ...repository() } }
}

/** The payload GitHub sends when the queue asks for checks on `queueSha` (PR `pr` on top of `baseSha`). */
async function mergeGroupEvent(pr: number, queueSha: string, baseSha: string) {
  const payload = await examplePayload('merge_group', 'checks_requested')
  const group = payload.merge_group as Record<string, unknown>
  return {
    ...payload,
    merge_group: {
      ...group,
      head_sha: queueSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-${pr}-${baseSha}`,
      base_sha: baseSha,
      base_ref: 'refs/heads/main',
      head_commit: { ...(group.head_commit as object), id: queueSha }
    },
    repository: { ...(payload.repository as object), ...repository() }
  }
}

const pullRequestEvent = (number: number, headSha: string, baseSha: string) =>
  prPayload({
    number,
    headSha,
    baseSha,
    repository: { full_name: 'acme/widgets', id: emulator.repositoryId }
  })

interface Step {
  run: WorkflowRunRecord
  eventName: string
  event: unknown
  sha: string
  ref: string
}

/** One step of a job: the bundle `action` in `step`'s run, the job's RUNNER_TEMP shared by its steps. */
function runStep(action: string, step: Step, inputs: Record<string, string>): Promise<RunBundleResult> {
  return runBundle({
    action,
    eventName: step.eventName,
    event: step.event,
    sha: step.sha,
    ref: step.ref,
    runId: step.run.id,
    workspace: repo,
    apiUrl: emulator.url,
    resultsUrl: backend.resultsUrl,
    runtimeToken: backend.tokenFor(step.run),
    inputs: { 'github-token': 'ghs_test', ...inputs },
    runnerTemp: join(tmp, `runner-temp-${step.run.id}`),
    timeoutMs: 90_000
  })
}

const gate = (step: Step, inputs: Record<string, string> = {}) =>
  runStep('coverage-gate', step, { reports: join(tmp, 'lcov.info'), ...inputs })
const report = (step: Step, inputs: Record<string, string> = {}) => runStep('pr-report', step, inputs)

async function dispatchStep(
  ref: string,
  headSha: string,
  inputs: Record<string, string> = {}
): Promise<Step> {
  const branch = ref.replace(/^refs\/heads\//, '')
  const run = registry.addRun({
    headSha,
    event: 'workflow_dispatch',
    headBranch: branch,
    repositoryId: emulator.repositoryId,
    headRepositoryId: emulator.repositoryId
  })
  return { run, eventName: 'workflow_dispatch', event: await dispatchEvent(ref, inputs), sha: headSha, ref }
}

const statusesOn = (commit: string) =>
  emulator.state.statuses.filter(s => s.sha === commit).map(s => `${s.context}=${s.state}`)
const baselinesOf = (commit: string) => registry.list({ name: `quality-gates-baseline-coverage-${commit}` })
const commentsOn = (pr: number) =>
  (emulator.state.comments.get(pr) ?? []).filter(c => c.body.startsWith('<!-- pr-report:v1'))

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-events-'))
  repo = join(tmp, 'repo')
  await mkdir(join(repo, 'src'), { recursive: true })
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })

  // main: C1. PR #7 (feature: H adds lines 11-14). The queue tests Q = merge of H onto C1. PR #8 (H2, on Q)
  // comes after the queue merged Q into main.
  git('init', '-q', '-b', 'main')
  await writeFile(join(repo, 'src', 'math.js'), source(10))
  git('add', '-A')
  git('commit', '-q', '-m', 'C1')
  commits.C1 = git('rev-parse', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  await writeFile(join(repo, 'src', 'math.js'), source(14))
  git('commit', '-q', '-am', 'H')
  commits.H = git('rev-parse', 'HEAD')
  git('checkout', '-q', '--detach', sha('C1'))
  git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge pull request #7 (merge queue)')
  commits.Q = git('rev-parse', 'HEAD')
  await writeFile(join(repo, 'src', 'math.js'), source(16))
  git('commit', '-q', '-am', 'H2')
  commits.H2 = git('rev-parse', 'HEAD')

  emulator.addPull({ number: 7, headSha: sha('H'), headRef: 'feature', baseSha: sha('C1'), baseRef: 'main' })
  emulator.addPull({
    number: 9,
    headSha: sha('H'),
    headRef: 'patch-1',
    baseSha: sha('C1'),
    baseRef: 'main',
    headRepoFullName: 'mallory/widgets'
  })
  emulator.addPull({
    number: 10,
    headSha: sha('H'),
    headRef: 'old',
    baseSha: sha('C1'),
    baseRef: 'main',
    state: 'closed',
    mergeCommitSha: sha('Q')
  })
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  await backend?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('manual runs (workflow_dispatch)', () => {
  it('on the default branch without a PR: a trusted run that saves a fresh baseline', async () => {
    git('checkout', '-q', sha('C1'))
    await writeFile(join(tmp, 'lcov.info'), lcov([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]))
    const step = await dispatchStep('refs/heads/main', sha('C1'))
    const r = await gate(step)
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs['project-coverage']).toBe('80.00')
    expect(baselinesOf(sha('C1'))).toHaveLength(1)
    expect(statusesOn(sha('C1'))).toEqual(['quality-gates/coverage=success'])
  }, 120_000)

  it('on another branch without a PR: says why, posts nothing on the PR head and saves no baseline', async () => {
    git('checkout', '-q', sha('H'))
    await writeFile(join(tmp, 'lcov.info'), lcov([1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0]))
    const step = await dispatchStep('refs/heads/feature', sha('H'))
    const r = await gate(step, { 'min-patch': '90' })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs['patch-coverage']).toBe('n/a')
    const notices = r.commands.filter(c => c.command === 'notice').map(c => c.message)
    expect(
      notices.some(m => /manual run on refs\/heads\/feature without a pull request number/.test(m))
    ).toBe(true)
    expect(statusesOn(sha('H'))).toEqual([])
    expect(baselinesOf(sha('H'))).toHaveLength(0)
  }, 120_000)

  it('with pr but the default branch checked out: one-line error naming the ref, nothing posted', async () => {
    git('checkout', '-q', sha('C1'))
    const before = { statuses: emulator.state.statuses.length, comments: commentsOn(7).length }
    const step = await dispatchStep('refs/heads/main', sha('C1'), { pr: '7' })
    const g = await gate(step, { 'min-patch': '50' })
    expect(g.exitCode).toBe(1)
    expect(g.errors).toHaveLength(1)
    expect(g.errors[0]).toMatch(
      /^pr 7: the checked-out commit [0-9a-f]{12} is not the pull request's head [0-9a-f]{12}.*ref: refs\/pull\/7\/head/
    )
    const p = await report(step)
    expect(p.exitCode).toBe(1)
    expect(p.errors).toEqual([g.errors[0]])
    expect(emulator.state.statuses.length).toBe(before.statuses)
    expect(commentsOn(7).length).toBe(before.comments)
    expect(registry.list({ runId: step.run.id })).toHaveLength(0)
    expect(baselinesOf(sha('C1'))).toHaveLength(1)
  }, 120_000)

  it('with pr and its head checked out: gates head vs base, statuses on the head, the comment on that PR', async () => {
    git('checkout', '-q', sha('H'))
    // Lines 11-14 are new: 11-12 covered, 13-14 not.
    await writeFile(join(tmp, 'lcov.info'), lcov([1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0]))
    const step = await dispatchStep('refs/heads/main', sha('C1'), { pr: '7' })
    const g = await gate(step, { 'min-patch': '50' })
    expect(g.errors).toEqual([])
    expect(g.exitCode).toBe(0)
    expect(g.outputs['patch-coverage']).toBe('50.00')
    expect(g.outputs['baseline-sha']).toBe(sha('C1'))
    const p = await report(step)
    expect(p.errors).toEqual([])
    expect(p.exitCode).toBe(0)
    expect(statusesOn(sha('H'))).toEqual(
      expect.arrayContaining(['quality-gates/coverage=success', 'quality-gates=success'])
    )
    // The default branch's commit got nothing from this run, and a run about a PR saves no baseline.
    expect(statusesOn(sha('C1'))).toEqual(['quality-gates/coverage=success'])
    expect(baselinesOf(sha('H'))).toHaveLength(0)
    expect(baselinesOf(sha('C1'))).toHaveLength(1)
    expect(commentsOn(7)).toHaveLength(1)
    expect(commentsOn(7)[0]?.body).toContain('50.00%')
  }, 150_000)

  it('the checkout may be the PR merge commit (refs/pull/N/merge), whose second parent is the head', async () => {
    git('checkout', '-q', sha('Q'))
    const step = await dispatchStep('refs/heads/main', sha('C1'), { pr: '7' })
    const p = await report(step, { 'on-missing': 'neutral' })
    expect(p.errors).toEqual([])
    expect(p.exitCode).toBe(0)
    expect(commentsOn(7)).toHaveLength(1)
  }, 120_000)

  it("a fork's PR is refused before anything is posted, unless dispatch-fork-pr: allow", async () => {
    git('checkout', '-q', sha('H'))
    const before = emulator.state.statuses.length
    const step = await dispatchStep('refs/heads/main', sha('C1'), { pr: '9' })
    const refused = await gate(step)
    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toMatch(
      /^pr 9: pull request #9 comes from the fork mallory\/widgets.*dispatch-fork-pr: allow/
    )
    const refusedReport = await report(step)
    expect(refusedReport.exitCode).toBe(1)
    expect(emulator.state.statuses.length).toBe(before)
    expect(commentsOn(9)).toHaveLength(0)

    const allowed = await report(await dispatchStep('refs/heads/main', sha('C1'), { pr: '9' }), {
      'dispatch-fork-pr': 'allow',
      'on-missing': 'neutral'
    })
    expect(allowed.errors).toEqual([])
    expect(allowed.exitCode).toBe(0)
    expect(commentsOn(9)).toHaveLength(1)
  }, 150_000)

  it('a closed or unknown PR, or a pr that is no number, fails with one line', async () => {
    const closed = await report(await dispatchStep('refs/heads/main', sha('C1'), { pr: '10' }))
    expect(closed.exitCode).toBe(1)
    expect(closed.errors).toEqual([
      'pr 10: pull request #10 is merged; a manual run gates open pull requests only'
    ])
    const unknown = await report(await dispatchStep('refs/heads/main', sha('C1'), { pr: '404' }))
    expect(unknown.errors).toEqual(['pr 404: acme/widgets has no pull request #404'])
    const junk = await report(await dispatchStep('refs/heads/main', sha('C1'), { pr: 'seven' }))
    expect(junk.exitCode).toBe(1)
    expect(junk.errors).toEqual(['pr: "seven" is not a pull request number'])
    expect(commentsOn(10)).toHaveLength(0)
    expect(junk.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
  }, 150_000)
})

describe('merge queues (merge_group checks_requested)', () => {
  it('the required statuses land on merge_group.head_sha and the queue commit is saved as a baseline', async () => {
    git('checkout', '-q', sha('Q'))
    await writeFile(join(tmp, 'lcov.info'), lcov([1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0]))
    const queueRef = `refs/heads/gh-readonly-queue/main/pr-7-${sha('C1')}`
    const run = registry.addRun({
      headSha: sha('Q'),
      event: 'merge_group',
      headBranch: queueRef.replace(/^refs\/heads\//, ''),
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const step: Step = {
      run,
      eventName: 'merge_group',
      event: await mergeGroupEvent(7, sha('Q'), sha('C1')),
      sha: sha('Q'),
      ref: queueRef
    }
    const onHead = statusesOn(sha('H')).length
    const g = await gate(step, { 'min-project': '60', 'min-patch': '10' })
    expect(g.errors).toEqual([])
    expect(g.exitCode).toBe(0)
    // The queue commit is judged like the PR it carries (its patch against the queue's base), then saved.
    expect(g.outputs['patch-coverage']).toMatch(/^\d+\.\d\d$/)
    expect(baselinesOf(sha('Q'))).toHaveLength(1)
    const commentsBefore = JSON.stringify(commentsOn(7))
    const p = await report(step, { expect: 'coverage' })
    expect(p.errors).toEqual([])
    expect(p.exitCode).toBe(0)
    expect(statusesOn(sha('Q'))).toEqual(
      expect.arrayContaining(['quality-gates/coverage=success', 'quality-gates=success'])
    )
    // Nothing of the queue run lands on the PR's own head, nor in its comment: a queue commit may carry
    // several PRs, so its numbers are the group's.
    expect(statusesOn(sha('H'))).toHaveLength(onHead)
    expect(p.outputs['comment-id']).toBe('')
    expect(JSON.stringify(commentsOn(7))).toBe(commentsBefore)
    expect(p.stdout).toContain(
      'a merge queue run; statuses on the queue commit and the job summary, no PR comment'
    )
  }, 150_000)

  it('a later PR based on the queue commit finds that baseline at its base', async () => {
    git('checkout', '-q', sha('H2'))
    await writeFile(join(tmp, 'lcov.info'), lcov([1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]))
    emulator.addPull({ number: 8, headSha: sha('H2'), headRef: 'next', baseSha: sha('Q'), baseRef: 'main' })
    const run = registry.addRun({
      headSha: sha('H2'),
      event: 'pull_request',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const g = await gate(
      {
        run,
        eventName: 'pull_request',
        event: await pullRequestEvent(8, sha('H2'), sha('Q')),
        sha: sha('H2'),
        ref: 'refs/pull/8/merge'
      },
      { 'min-patch': '90' }
    )
    expect(g.errors).toEqual([])
    expect(g.outputs['baseline-sha']).toBe(sha('Q'))
    expect(g.outputs['patch-coverage']).toBe('100.00')
  }, 120_000)
})
