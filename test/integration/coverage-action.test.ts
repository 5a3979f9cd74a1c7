/**
 * The bundled coverage-gate action, started as the runner starts it, against the GitHub REST emulator and the
 * artifact backend (Twirp fake + Azurite): run A (a push to main) saves the baseline; run B (a pull request,
 * tested on its merge commit) finds it one commit behind, gates the patch, posts the status and annotations,
 * and hands its fragment to pr-report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFragment } from '../../src/shared/fragment.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry, type WorkflowRunRecord } from '../support/artifact-registry.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload, runBundle, type RunBundleResult } from '../support/runner.js'
import { pullRequestEvent as prPayload } from '../support/events.js'
import { makePullRequestRepo } from '../support/pull-request-repo.js'

let tmp: string
let repo: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator
const commits: Record<string, string> = {}

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()

/** An lcov report: `hits[i]` is the hit count of line i+1; null = not coverable. */
function lcov(file: string, hits: (number | null)[]): string {
  const da = hits.flatMap((h, i) => (h === null ? [] : [`DA:${i + 1},${h}`]))
  return `TN:\nSF:${join(repo, file)}\n${da.join('\n')}\nend_of_record\n`
}

const source = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n'

async function runGate(
  run: WorkflowRunRecord,
  eventName: string,
  event: unknown,
  sha: string,
  ref: string,
  inputs: Record<string, string>
): Promise<RunBundleResult> {
  return runBundle({
    action: 'coverage-gate',
    eventName,
    event,
    sha,
    ref,
    runId: run.id,
    workspace: repo,
    apiUrl: emulator.url,
    resultsUrl: backend.resultsUrl,
    runtimeToken: backend.tokenFor(run),
    inputs: { 'github-token': 'ghs_test', ...inputs },
    runnerTemp: join(tmp, `runner-temp-${run.id}`),
    timeoutMs: 90_000
  })
}

/** A run of the PR's `pull_request` workflow (trusted: same repository). */
const prRun = () =>
  registry.addRun({
    headSha: commits.H as string,
    event: 'pull_request',
    repositoryId: emulator.repositoryId,
    headRepositoryId: emulator.repositoryId
  })

/** The gate on PR #7, tested on its merge commit M (parents C2 and H). */
async function runPullRequestGate(run: WorkflowRunRecord, inputs: Record<string, string>) {
  return runGate(
    run,
    'pull_request',
    await pullRequestEvent(7, commits.H as string, commits.C2 as string),
    commits.M as string,
    'refs/pull/7/merge',
    inputs
  )
}

/** A trusted run of the `push` workflow on `sha`. */
const pushRun = (sha: string, branch = 'main') =>
  registry.addRun({
    headSha: sha,
    event: 'push',
    headBranch: branch,
    repositoryId: emulator.repositoryId,
    headRepositoryId: emulator.repositoryId
  })

/** The gate on a push of `sha` to `branch`, in `run`. */
async function runPushGate(
  run: WorkflowRunRecord,
  sha: string,
  branch: string,
  inputs: Record<string, string>
) {
  return runGate(run, 'push', await pushEvent(sha), sha, `refs/heads/${branch}`, inputs)
}

async function pushEvent(sha: string) {
  const payload = await examplePayload('push')
  return {
    ...payload,
    ref: 'refs/heads/main',
    after: sha,
    repository: {
      ...(payload.repository as object),
      id: emulator.repositoryId,
      default_branch: 'main',
      full_name: 'acme/widgets'
    }
  }
}

const pullRequestEvent = (number: number, headSha: string, baseSha: string) =>
  prPayload({
    number,
    headSha,
    baseSha,
    repository: { full_name: 'acme/widgets', id: emulator.repositoryId }
  })

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-coverage-action-'))
  repo = join(tmp, 'repo')
  await mkdir(join(repo, 'src'), { recursive: true })
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })

  // main: C1 (gets a baseline), C2 (docs only, no baseline); feature from C2 adds lines 11-16 to math.js;
  // M = the merge commit GitHub tests for the PR (parents C2 and H).
  Object.assign(commits, await makePullRequestRepo(repo, 'src/math.js', source(10), source(16)))
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  await backend?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('coverage-gate bundle on a push, then on a pull request', () => {
  it('run A: a push to main saves the baseline artifact keyed by its SHA', async () => {
    git('checkout', '-q', commits.C1 as string)
    await writeFile(join(tmp, 'lcov-c1.info'), lcov('src/math.js', [1, 1, 1, 1, 1, 1, 1, 1, 0, 0]))
    const run = pushRun(commits.C1 as string)
    const r = await runPushGate(run, commits.C1 as string, 'main', {
      reports: join(tmp, 'lcov-c1.info'),
      'min-project': '50'
    })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs['project-coverage']).toBe('80.00')
    expect(r.outputs.status).toBe('pass')
    expect(registry.list({ name: `quality-gates-baseline-coverage-${commits.C1}` })).toHaveLength(1)
    expect(emulator.state.statuses.find(s => s.sha === commits.C1)?.context).toBe('quality-gates/coverage')
    // The token is masked in the log, even one an earlier step made (GitHub masks only its own).
    expect(r.commands.some(c => c.command === 'add-mask' && c.message === 'ghs_test')).toBe(true)
  }, 120_000)

  it('a re-run of the push (same run, attempt 2) keeps the first baseline and still passes', async () => {
    const first = registry.list({ name: `quality-gates-baseline-coverage-${commits.C1}` })
    const run = registry.runs.get(first[0]?.runId as number) as WorkflowRunRecord
    const r = await runPushGate(run, commits.C1 as string, 'main', {
      reports: join(tmp, 'lcov-c1.info')
    })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.commands.some(c => c.command === 'notice' && /already saved/.test(c.message))).toBe(true)
    expect(registry.list({ name: `quality-gates-baseline-coverage-${commits.C1}` })).toHaveLength(1)
  }, 120_000)

  it('run B: a PR finds the baseline one commit behind, gates the patch, sets the status and annotations', async () => {
    git('checkout', '-q', commits.M as string)
    // Lines 11-16 are new; 11-13 covered, 14-16 not. Line 9-10 stay uncovered.
    await writeFile(
      join(tmp, 'lcov-m.info'),
      lcov('src/math.js', [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0])
    )
    emulator.addPull({
      number: 7,
      headSha: commits.H as string,
      headRef: 'feature',
      baseSha: commits.C2 as string,
      baseRef: 'main'
    })
    const run = prRun()
    const r = await runPullRequestGate(run, {
      reports: join(tmp, 'lcov-m.info'),
      'min-patch': '50',
      'max-drop': '12'
    })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs['baseline-sha']).toBe(commits.C1)
    expect(r.outputs['patch-coverage']).toBe('50.00')
    expect(r.outputs['project-coverage']).toBe('68.75')
    const status = emulator.state.statuses.find(
      s => s.sha === commits.H && s.context === 'quality-gates/coverage'
    )
    expect(status?.state).toBe('success')
    expect((status?.description ?? '').length).toBeLessThanOrEqual(140)
    const checkRun = [...emulator.state.checkRuns.values()].find(c => c.headSha === commits.H)
    expect(checkRun?.annotations.map(a => [a.path, a.start_line, a.end_line])).toEqual([
      ['src/math.js', 14, 16]
    ])
    const fragment = parseFragment(await readFile(r.outputs['fragment-path'] as string, 'utf8'), 'fragment')
    expect(fragment.status).toBe('pass')
    expect(fragment.markdown).toMatch(/1 commit behind/)
    expect(r.summary).toMatch(/Coverage/)
    expect(registry.list({ runId: run.id, name: 'quality-gates-fragment-coverage' })).toHaveLength(1)
  }, 120_000)

  it('exclude leaves a file out of head, base and patch alike, and says the configuration changed', async () => {
    const run = prRun()
    const r = await runPullRequestGate(run, {
      reports: join(tmp, 'lcov-m.info'),
      exclude: 'src/math.js',
      'min-patch': '90'
    })
    expect(r.errors).toEqual([])
    expect(r.outputs['patch-coverage']).toBe('n/a')
    expect(r.outputs['project-coverage']).toBe('n/a')
    const fragment = parseFragment(await readFile(r.outputs['fragment-path'] as string, 'utf8'), 'fragment')
    expect(fragment.markdown).toMatch(/configuration|config/i)
  }, 120_000)

  it('a push to another branch is judged on project coverage only, against the nearest earlier baseline', async () => {
    git('checkout', '-q', commits.H as string)
    const run = pushRun(commits.H as string, 'feature')
    const r = await runPushGate(run, commits.H as string, 'feature', {
      reports: join(tmp, 'lcov-m.info'),
      'min-patch': '90'
    })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs['patch-coverage']).toBe('n/a')
    expect(r.outputs['baseline-sha']).toBe(commits.C1)
    expect(registry.list({ name: `quality-gates-baseline-coverage-${commits.H}` })).toHaveLength(0)
    git('checkout', '-q', commits.M as string)
  }, 120_000)

  it('a failing rule fails the step with one line naming the rule and the numbers', async () => {
    const run = prRun()
    const r = await runPullRequestGate(run, {
      reports: join(tmp, 'lcov-m.info'),
      'min-patch': '90'
    })
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/^coverage gate failed: .*min-patch.*50\.00%.*90%/)
    // verdict, and status: its old name.
    expect([r.outputs.verdict, r.outputs.status]).toEqual(['fail', 'fail'])
    const status = emulator.state.statuses
      .filter(s => s.sha === commits.H && s.context === 'quality-gates/coverage')
      .at(-1)
    expect(status?.state).toBe('failure')
  }, 120_000)

  it('bad inputs fail the step with one clear line and no stack trace', async () => {
    const run = registry.addRun({ headSha: commits.H as string, event: 'pull_request' })
    await writeFile(join(tmp, 'junk.info'), Buffer.from([0, 1, 2, 3, 255, 254]))
    const event = await pullRequestEvent(7, commits.H as string, commits.C2 as string)
    const bad = await runGate(run, 'pull_request', event, commits.M as string, 'refs/pull/7/merge', {
      reports: join(tmp, 'junk.info')
    })
    expect(bad.exitCode).toBe(1)
    expect(bad.errors).toHaveLength(1)
    expect(bad.errors[0]).toContain('junk.info')
    expect(bad.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
    const badInput = await runGate(run, 'pull_request', event, commits.M as string, 'refs/pull/7/merge', {
      reports: join(tmp, 'lcov-m.info'),
      'min-patch': 'lots'
    })
    expect(badInput.exitCode).toBe(1)
    expect(badInput.errors[0]).toMatch(/min-patch.*lots/)
  }, 120_000)

  it('an include that keeps no file is a neutral verdict with its reason, but the required status fails', async () => {
    const run = prRun()
    const r = await runPullRequestGate(run, {
      reports: join(tmp, 'lcov-m.info'),
      include: 'nope/**',
      'min-project': '90'
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.verdict).toBe('neutral')
    const status = emulator.state.statuses
      .filter(s => s.sha === commits.H && s.context === 'quality-gates/coverage')
      .at(-1)
    expect(status?.state).toBe('failure')
    expect(status?.description).toMatch(/matched none of the/)
  }, 120_000)
})
