/**
 * The visual gate on the action path, GitHub's side on the REST emulator and the artifact backend (Twirp fake +
 * Azurite): run() in process on a push to main saves the screenshots as the baseline artifact keyed by the commit;
 * run() on a pull request (tested on its merge commit M, parents C2 and H) finds it by SHA one commit behind, calls
 * the changed image changed with pixelmatch's count, uploads the diff image, posts the failing status and writes
 * the fragment; then the bundle, started as the runner starts it, does the same.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { visualGate } from '../../src/visual/gate.js'
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
import { pullRequestEvent as prPayload } from '../support/events.js'
import { runBundle } from '../support/runner.js'
import { makePullRequestRepo } from '../support/pull-request-repo.js'

let tmp: string
let repo: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator
const commits: Record<string, string> = {}
const ENV_KEYS = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'] as const
const savedEnv: Record<string, string | undefined> = {}

const CORPUS = resolve(process.cwd(), '..', 'shared', 'corpus', 'images', 'pixelmatch')
const haveCorpus = existsSync(join(CORPUS, '4a.png'))

/** A directory of screenshots: map.png from the corpus pair (4a or 4b), same.png identical on both sides. */
async function writeShots(side: string, map: '4a' | '4b'): Promise<string> {
  const dir = join(tmp, side)
  await mkdir(join(dir, 'pages'), { recursive: true })
  await copyFile(join(CORPUS, `${map}.png`), join(dir, 'pages', 'map.png'))
  await copyFile(join(CORPUS, '1a.png'), join(dir, 'same.png'))
  return dir
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
  const artifacts = createActionsArtifactClient({ octokit: kit, owner: emulator.owner, repo: emulator.repo })
  const store = createArtifactBaselineStore(
    {
      octokit: kit,
      artifacts,
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
    artifacts,
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
  tmp = await mkdtemp(join(tmpdir(), 'qg-visual-action-'))
  repo = join(tmp, 'repo')
  await mkdir(repo, { recursive: true })
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })
  Object.assign(commits, await makePullRequestRepo(repo, 'app.js', 'v1\n', 'v2 (a new map colour)\n'))
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

const withCorpus = haveCorpus ? it : it.skip
if (!haveCorpus) console.log(`skipped: ${CORPUS} is absent (CI always has the corpus)`)

describe('visual-diff on a push, then on a pull request', () => {
  withCorpus(
    'run() on a push to main saves the screenshots as the baseline artifact keyed by its SHA',
    async () => {
      const current = await writeShots('main', '4a')
      const run = registry.addRun({
        headSha: commits.C1 as string,
        event: 'push',
        headBranch: 'main',
        repositoryId: emulator.repositoryId,
        headRepositoryId: emulator.repositoryId
      })
      const host = await actionHost(run, {}, { current, summary: 'full' })
      const outcome = await runDeclared(visualGate, host, 'action')
      expect(outcome.failure).toBeUndefined()
      const saved = [...registry.artifacts.values()].filter(a =>
        a.name.startsWith('quality-gates-baseline-visual-')
      )
      expect(saved.map(a => a.name)).toEqual([
        expect.stringMatching(new RegExp(`^quality-gates-baseline-visual-[0-9a-f]{12}-${commits.C1}$`))
      ])
      expect(emulator.state.statuses.find(s => s.sha === commits.C1)?.context).toBe('quality-gates/visual')
    }
  )

  withCorpus(
    'run() on the pull request finds that baseline by SHA one commit behind, fails on the changed image, uploads the diff, posts the status',
    async () => {
      const current = await writeShots('pr', '4b')
      const run = registry.addRun({
        headSha: commits.H as string,
        event: 'pull_request',
        repositoryId: emulator.repositoryId,
        headRepositoryId: emulator.repositoryId
      })
      const host = await actionHost(
        run,
        { eventName: 'pull_request', sha: commits.M as string, ref: 'refs/pull/7/merge' },
        { current, summary: 'full' },
        true
      )
      const outcome = await runDeclared(visualGate, host, 'action')
      expect(outcome.failure).toBe('visual gate failed: 1 image: 1 changed')
      expect(host.outputs.get('baseline-sha')).toBe(commits.C1)
      expect(host.outputs.get('changed')).toBe('1')
      const status = emulator.state.statuses.find(
        s => s.sha === commits.H && s.context === 'quality-gates/visual'
      )
      expect(status?.state).toBe('failure')
      const diff = [...registry.artifacts.values()].find(a => a.name === 'quality-gates-diff-visual')
      expect(diff).toBeDefined()
      expect(host.outputs.get('diff-artifact-url')).toBe(
        `https://github.com/${emulator.owner}/${emulator.repo}/actions/runs/${run.id}/artifacts/${diff?.id}`
      )
      const fragment = await readFragment(host.outputs.get('fragment-path') as string)
      expect(fragment.statusContext).toBe('quality-gates/visual')
      expect(fragment.markdown).toContain('1 commit behind')
      expect(fragment.markdown).toMatch(/\| `pages\/map\.png` \| 438×412 \| 6,889 \/ 0 \| ❌ changed \|/)
      expect(fragment.markdown).toContain(`[artifact](${host.outputs.get('diff-artifact-url')})`)
      expect(fragment.metrics).toMatchObject({ images: 2, changed: 1, unchanged: 1 })
      // Thumbnails on the assets branch, shown in the section; the HTML report travels with the diff images.
      expect(emulator.state.git.refs.has('refs/heads/quality-gates-assets')).toBe(true)
      expect(fragment.markdown).toMatch(
        /<img src="https:\/\/github\.com\/acme\/widgets\/blob\/quality-gates-assets\/pr-7\/[0-9a-f]{7}\/pages_map-[0-9a-f]{10}\.diff\.png\?raw=true" width="200" alt="diff of pages\/map\.png">/
      )
      expect(existsSync(join(host.tempDir, 'visual-diff', 'visual-report.html'))).toBe(true)
    }
  )

  withCorpus('the bundle, started as the runner starts it, reaches the same verdict', async () => {
    const current = await writeShots('pr-bundle', '4b')
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
      action: 'visual-diff',
      eventName: 'pull_request',
      event,
      sha: commits.M as string,
      ref: 'refs/pull/7/merge',
      runId: run.id,
      workspace: repo,
      apiUrl: emulator.url,
      resultsUrl: backend.resultsUrl,
      runtimeToken: backend.tokenFor(run),
      inputs: { 'github-token': 'ghs_test', current },
      runnerTemp: join(tmp, `runner-temp-${run.id}`),
      timeoutMs: 90_000
    })
    expect(r.exitCode).toBe(1)
    expect(r.errors.join('\n')).toContain('visual gate failed: 1 image: 1 changed')
    expect(r.outputs).toMatchObject({ verdict: 'fail', changed: '1', 'baseline-sha': commits.C1 })
    // The bundle found visual-worker.js beside it (else it says "in process"); a pair this small stays on the main
    // thread whatever the cores.
    expect(r.stdout).toMatch(
      /1 diffed \(on the main thread; (no worker thread on \d+ cores|the \d+ worker threads? join past 16 pairs to decode)\)/
    )
  })
})
