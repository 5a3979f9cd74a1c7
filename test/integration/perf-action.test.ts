/**
 * The perf gate on the action path, GitHub's side on the REST emulator and the artifact backend (Twirp fake +
 * Azurite): run() in process on a push to main saves the baseline artifact keyed by the commit; run() in process
 * on a pull request (tested on its merge commit M, parents C2 and H) finds it by SHA one commit behind, calls the
 * slowed endpoint a regression and posts the status; then the bundle, started as the runner starts it, does the
 * same on the same pull request. Then the bundle runs k6 itself (`script`, the stand-in k6 of
 * test/support/perf-k6-standin.ts replaying the corpus): on a push to main with `k6-path` it saves the baseline of
 * C2; on the pull request it downloads k6 from a release server on 127.0.0.1 (the test-only
 * QUALITY_GATES_K6_DOWNLOAD_URL), finds that baseline by SHA, calls the slowed head a regression and posts the status.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { perfGate } from '../../src/perf/gate.js'
import { createActionsArtifactClient } from '../../src/shared/artifacts.js'
import { createArtifactBaselineStore } from '../../src/shared/baseline-store.js'
import { readFragment } from '../../src/shared/fragment.js'
import { runDeclared } from '../../src/shared/gate.js'
import type { RunContext } from '../../src/shared/host.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry, type WorkflowRunRecord } from '../support/artifact-registry.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { prng } from '../support/perf-data.js'
import { pullRequestEvent as prPayload } from '../support/events.js'
import { startK6ReleaseServer } from '../support/k6-release-server.js'
import { haveK6Corpus, installK6StandIn, k6StandInSource, K6_CORPUS } from '../support/perf-k6-standin.js'
import { examplePayload, runBundle } from '../support/runner.js'
import { makePullRequestRepo } from '../support/pull-request-repo.js'

let tmp: string
let repo: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator
const commits: Record<string, string> = {}
const ENV_KEYS = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'] as const
const savedEnv: Record<string, string | undefined> = {}

/** Five k6-like runs as generic per-sample JSON: /users at `usersMs` median, /items at 20 ms. */
async function writeRuns(side: string, usersMs: number): Promise<string> {
  const rnd = prng(side.length * 7919 + usersMs)
  const dir = join(tmp, side)
  await mkdir(dir, { recursive: true })
  for (let i = 0; i < 5; i++) {
    const runEffect = Math.exp(0.05 * (rnd() - 0.5))
    const samples = (median: number) =>
      Array.from({ length: 300 }, () => median * runEffect * Math.exp(0.3 * (rnd() + rnd() + rnd() - 1.5)))
    const endpoints = [
      { name: 'GET /users', samples: samples(usersMs) },
      { name: 'GET /items', samples: samples(20) }
    ]
    await writeFile(join(dir, `run-${i}.json`), JSON.stringify({ qualityGatesPerf: 1, endpoints }))
  }
  return join(dir, 'run-*.json')
}

function repository() {
  return { id: emulator.repositoryId, default_branch: 'main', full_name: 'acme/widgets', name: 'widgets' }
}

const octokit = () =>
  createOctokit({ token: 'ghs_test', baseUrl: emulator.url, minRetryDelayMs: 5, minWriteIntervalMs: 0 })

/** A fake Host on the action path whose baselines are artifacts of the emulated repository. */
async function actionHost(
  run: WorkflowRunRecord,
  context: Partial<RunContext>,
  inputs: Record<string, string>,
  pr?: boolean
) {
  process.env.ACTIONS_RESULTS_URL = backend.resultsUrl
  process.env.ACTIONS_RUNTIME_TOKEN = backend.tokenFor(run)
  const dir = await mkdtemp(join(tmp, 'host-'))
  const kit = octokit()
  const fullContext: RunContext = {
    eventName: 'push',
    sha: run.headSha,
    ref: 'refs/heads/main',
    repository: { owner: emulator.owner, repo: emulator.repo, id: emulator.repositoryId },
    runId: run.id,
    runAttempt: 1,
    serverUrl: 'https://github.com',
    apiUrl: emulator.url,
    payload: { repository: repository() },
    ...context
  }
  const store = createArtifactBaselineStore(
    {
      octokit: kit,
      artifacts: createActionsArtifactClient({ octokit: kit, owner: emulator.owner, repo: emulator.repo }),
      owner: emulator.owner,
      repo: emulator.repo,
      repositoryId: emulator.repositoryId,
      tempDir: join(dir, 'baselines'),
      defaultBranch: 'main',
      log: () => undefined
    },
    fullContext
  )
  await mkdir(join(dir, 'baselines'), { recursive: true })
  return createFakeHost({
    dir,
    workspace: repo,
    inputs,
    context: fullContext,
    octokit: kit,
    baselines: store,
    ...(pr
      ? {
          pullRequest: {
            number: 7,
            headSha: commits.H as string,
            baseSha: commits.C2 as string,
            baseRef: 'main',
            headRepoFullName: 'acme/widgets',
            isFork: false
          }
        }
      : {})
  })
}

beforeAll(async () => {
  for (const k of ENV_KEYS) savedEnv[k] = process.env[k]
  tmp = await mkdtemp(join(tmpdir(), 'qg-perf-action-'))
  repo = join(tmp, 'repo')
  await mkdir(repo, { recursive: true })
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })
  Object.assign(commits, await makePullRequestRepo(repo, 'app.js', 'v1\n', 'v2 (slower /users)\n'))
}, 120_000)

afterAll(async () => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k]
    else process.env[k] = savedEnv[k]
  }
  await emulator?.close()
  await backend?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('perf-regression on a push, then on a pull request', () => {
  it('run() on a push to main saves the baseline artifact keyed by its SHA', async () => {
    const results = await writeRuns('main', 50)
    const run = registry.addRun({
      headSha: commits.C1 as string,
      event: 'push',
      headBranch: 'main',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const host = await actionHost(run, {}, { results, summary: 'full' })
    const outcome = await runDeclared(perfGate, host, 'action')
    expect(outcome.failure).toBeUndefined()
    const saved = [...registry.artifacts.values()].filter(a =>
      a.name.startsWith('quality-gates-baseline-perf-')
    )
    expect(saved.map(a => a.name)).toEqual([
      expect.stringMatching(new RegExp(`^quality-gates-baseline-perf-[0-9a-f]{12}-${commits.C1}$`))
    ])
    expect(emulator.state.statuses.find(s => s.sha === commits.C1)?.context).toBe('quality-gates/perf')
  })

  it('run() on the pull request finds that baseline by SHA one commit behind, calls /users a regression, posts the status', async () => {
    const results = await writeRuns('pr', 80)
    const run = registry.addRun({
      headSha: commits.H as string,
      event: 'pull_request',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const host = await actionHost(
      run,
      { eventName: 'pull_request', sha: commits.M as string, ref: 'refs/pull/7/merge' },
      { results, summary: 'full' },
      true
    )
    const outcome = await runDeclared(perfGate, host, 'action')
    expect(outcome.failure).toMatch(/^perf gate failed: 1 endpoint regressed \(GET \/users\)/)
    expect(host.outputs.get('baseline-sha')).toBe(commits.C1)
    expect(host.outputs.get('regressions')).toBe('1')
    const status = emulator.state.statuses.find(
      s => s.sha === commits.H && s.context === 'quality-gates/perf'
    )
    expect(status?.state).toBe('failure')
    const fragment = await readFragment(host.outputs.get('fragment-path') as string)
    expect(fragment.markdown).toContain('1 commit behind')
    expect(fragment.markdown).toMatch(/\| GET \/users \|.*❌ regression/)
    expect(fragment.markdown).toMatch(/GET \/items \|.*✅ unchanged/)
  })

  it('the bundle, started as the runner starts it, reaches the same verdict', async () => {
    const results = await writeRuns('pr', 80)
    const run = registry.addRun({
      headSha: commits.H as string,
      event: 'pull_request',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const event = await prPayload({
      number: 7,
      headSha: commits.H as string,
      baseSha: commits.C2 as string,
      repository: { full_name: 'acme/widgets', id: emulator.repositoryId, name: 'widgets' }
    })
    const r = await runBundle({
      action: 'perf-regression',
      eventName: 'pull_request',
      event,
      sha: commits.M as string,
      ref: 'refs/pull/7/merge',
      runId: run.id,
      workspace: repo,
      apiUrl: emulator.url,
      resultsUrl: backend.resultsUrl,
      runtimeToken: backend.tokenFor(run),
      inputs: { 'github-token': 'ghs_test', results },
      runnerTemp: join(tmp, `runner-temp-${run.id}`),
      timeoutMs: 90_000
    })
    expect(r.exitCode).toBe(1)
    expect(r.errors.join('\n')).toContain('perf gate failed: 1 endpoint regressed (GET /users)')
    expect(r.outputs).toMatchObject({ verdict: 'fail', regressions: '1', 'baseline-sha': commits.C1 })
  })
})

const describeCorpus = haveK6Corpus ? describe : describe.skip
if (!haveK6Corpus) console.log(`perf-action (k6 script): skipped, the corpus is absent (${K6_CORPUS})`)

describeCorpus('perf-regression running k6 itself (script), the bundle as the runner starts it', () => {
  const script = () => join(tmp, 'load.js')
  const standInLog = () => join(tmp, 'k6-standin.ndjson')
  const runsLogged = async () =>
    (await readFile(standInLog(), 'utf8'))
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as { args: string[]; LATENCY_SCALE: string | null; leaked: string[] })

  it('a push to main with k6-path: five runs, the baseline of C2 saved keyed by its SHA, the status posted', async () => {
    await writeFile(script(), 'export default () => {}\n')
    const k6 = await installK6StandIn(join(tmp, 'k6-bin'))
    const run = registry.addRun({
      headSha: commits.C2 as string,
      event: 'push',
      headBranch: 'main',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const payload = await examplePayload('push')
    const r = await runBundle({
      action: 'perf-regression',
      eventName: 'push',
      event: { ...payload, ref: 'refs/heads/main', after: commits.C2, repository: repository() },
      sha: commits.C2 as string,
      ref: 'refs/heads/main',
      runId: run.id,
      workspace: repo,
      apiUrl: emulator.url,
      resultsUrl: backend.resultsUrl,
      runtimeToken: backend.tokenFor(run),
      inputs: {
        'github-token': 'ghs_test',
        script: script(),
        'k6-path': k6,
        'min-samples': '10',
        env: `K6_STANDIN_LOG=${standInLog()}\nLATENCY_SCALE=1`
      },
      runnerTemp: join(tmp, `runner-temp-${run.id}`),
      timeoutMs: 90_000
    })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    const runs = await runsLogged()
    expect(runs).toHaveLength(5)
    expect(runs.flatMap(x => x.leaked)).toEqual([]) // INPUT_*, ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN withheld
    expect(
      registry
        .list({})
        .filter(
          a => a.name.startsWith('quality-gates-baseline-perf-') && a.name.endsWith(commits.C2 as string)
        )
    ).toHaveLength(1)
    expect(
      emulator.state.statuses.find(s => s.sha === commits.C2 && s.context === 'quality-gates/perf')
    ).toBeDefined()
  }, 120_000)

  it('the pull request downloads k6 (release server on 127.0.0.1), finds the baseline of C2 by SHA, calls the slowed head a regression', async () => {
    const releases = await startK6ReleaseServer({
      versions: ['2.2.0'],
      binary: () => k6StandInSource('2.2.0'),
      redirects: 1
    })
    try {
      const run = registry.addRun({
        headSha: commits.H as string,
        event: 'pull_request',
        repositoryId: emulator.repositoryId,
        headRepositoryId: emulator.repositoryId
      })
      const event = await prPayload({
        number: 7,
        headSha: commits.H as string,
        baseSha: commits.C2 as string,
        repository: { full_name: 'acme/widgets', id: emulator.repositoryId, name: 'widgets' }
      })
      const toolCache = join(tmp, 'tool-cache')
      const perfStatusesOfH = () =>
        emulator.state.statuses.filter(s => s.sha === commits.H && s.context === 'quality-gates/perf')
      const before = perfStatusesOfH().length
      const r = await runBundle({
        action: 'perf-regression',
        eventName: 'pull_request',
        event,
        sha: commits.M as string,
        ref: 'refs/pull/7/merge',
        runId: run.id,
        workspace: repo,
        apiUrl: emulator.url,
        resultsUrl: backend.resultsUrl,
        runtimeToken: backend.tokenFor(run),
        inputs: {
          'github-token': 'ghs_test',
          script: script(),
          'min-samples': '10',
          env: `K6_STANDIN_LOG=${standInLog()}\nLATENCY_SCALE=1.6`
        },
        env: { QUALITY_GATES_K6_DOWNLOAD_URL: releases.url, RUNNER_TOOL_CACHE: toolCache },
        runnerTemp: join(tmp, `runner-temp-${run.id}`),
        timeoutMs: 90_000
      })
      expect(releases.downloads()).toEqual([
        '/v2.2.0/k6-v2.2.0-checksums.txt',
        expect.stringMatching(/^\/v2\.2\.0\/k6-v2\.2\.0-linux-(amd64|arm64)\.tar\.gz$/)
      ])
      const runs = await runsLogged()
      expect(runs).toHaveLength(10)
      expect(runs.slice(5).every(x => x.args[0] === 'run' && x.args.at(-1) === script())).toBe(true)
      expect(runs.slice(5).map(x => x.LATENCY_SCALE)).toEqual(['1.6', '1.6', '1.6', '1.6', '1.6'])
      expect(r.exitCode).toBe(1)
      expect(r.errors.join('\n')).toContain('perf gate failed: 2 endpoints regressed')
      expect(r.outputs).toMatchObject({ verdict: 'fail', regressions: '2', 'baseline-sha': commits.C2 })
      expect(
        perfStatusesOfH()
          .slice(before)
          .map(s => s.state)
      ).toEqual(['failure'])
    } finally {
      await releases.close()
    }
  }, 120_000)
})
