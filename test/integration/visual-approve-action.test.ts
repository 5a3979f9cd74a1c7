/**
 * The approval round trip through the built bundle (.test-dist/visual-diff, started as the runner starts it),
 * GitHub's side on the REST emulator and the artifact backend (Twirp fake + Azurite):
 *   the gate on a PR with a changed image fails and uploads its pending fingerprints →
 *   a reader's `/approve-visual` is refused (reply, no status) →
 *   a writer's `/approve-visual` (issue_comment, task approve) sets quality-gates/visual success on the head →
 *   the gate on a later head with the same diff passes by itself (excused by the approval, which it says) →
 *   another changed region in the same image is a new diff: the gate fails again.
 * The baseline is saved beforehand by run() in process on a push to main (what the default branch does).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createActionsArtifactClient } from '../../src/shared/artifacts.js'
import { createArtifactBaselineStore } from '../../src/shared/baseline-store.js'
import { readFragment } from '../../src/shared/fragment.js'
import { runDeclared } from '../../src/shared/gate.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { approvalComment, PENDING_ARTIFACT_PREFIX } from '../../src/visual/approval.js'
import { visualGate } from '../../src/visual/gate.js'
import { approveResult, writeApproveJson } from '../../src/visual/approve.js'
import type { ImageResult } from '../../src/visual/model.js'
import { jsonResult, type VisualRun } from '../../src/visual/output.js'
import { renderVisual, type VisualView } from '../../src/visual/render.js'
import { decodePng, encodePng } from '../../src/visual/png.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry, type WorkflowRunRecord } from '../support/artifact-registry.js'
import { pullRequestEvent } from '../support/events.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload, runBundle } from '../support/runner.js'

const CORPUS = resolve(process.cwd(), '..', 'shared', 'corpus', 'images', 'pixelmatch')
const haveCorpus = existsSync(join(CORPUS, '4a.png'))
const withCorpus = haveCorpus ? it : it.skip
if (!haveCorpus) console.log(`visual-approve-action: skipped, ${CORPUS} is absent (CI always has the corpus)`)

const PR = 7
const CONTEXT = 'quality-gates/visual'

let tmp: string
let repo: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator
const commits: Record<string, string> = {}
const ENV_KEYS = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'] as const
const savedEnv: Record<string, string | undefined> = {}

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()

const repository = () => ({
  id: emulator.repositoryId,
  default_branch: 'main',
  full_name: 'acme/widgets',
  name: 'widgets'
})

/** 4b.png with one more changed region: a 6×6 magenta square at (10, 10), where 4a is not magenta. */
function anotherRegion(): Buffer {
  const img = decodePng(readFileSync(join(CORPUS, '4b.png')))
  const data = Buffer.from(img.data)
  for (let y = 10; y < 16; y++)
    for (let x = 10; x < 16; x++) data.set([255, 0, 255, 255], (y * img.width + x) * 4)
  return encodePng({ width: img.width, height: img.height, data })
}

/** A folder of screenshots: pages/map.png (the corpus map, or given bytes) and same.png, equal on both sides. */
async function shots(side: string, map: '4a' | '4b' | Buffer): Promise<string> {
  const dir = join(tmp, side)
  await mkdir(join(dir, 'pages'), { recursive: true })
  if (Buffer.isBuffer(map)) await writeFile(join(dir, 'pages', 'map.png'), map)
  else await copyFile(join(CORPUS, `${map}.png`), join(dir, 'pages', 'map.png'))
  await copyFile(join(CORPUS, '1a.png'), join(dir, 'same.png'))
  return dir
}

function addRun(headSha: string, event: string, headBranch = 'feature'): WorkflowRunRecord {
  return registry.addRun({
    headSha,
    event,
    headBranch,
    repositoryId: emulator.repositoryId,
    headRepositoryId: emulator.repositoryId
  })
}

/** The gate's bundle on PR 7 at `head` (checked out, as actions/checkout leaves a PR head). */
async function gateBundle(head: string, current: string) {
  git('checkout', '-q', '--detach', head)
  const run = addRun(head, 'pull_request')
  const event = await pullRequestEvent({
    number: PR,
    headSha: head,
    baseSha: commits.C2 as string,
    repository: { full_name: 'acme/widgets', id: emulator.repositoryId, name: 'widgets' }
  })
  const r = await runBundle({
    action: 'visual-diff',
    eventName: 'pull_request',
    event,
    sha: head,
    ref: `refs/pull/${PR}/merge`,
    runId: run.id,
    workspace: repo,
    apiUrl: emulator.url,
    resultsUrl: backend.resultsUrl,
    runtimeToken: backend.tokenFor(run),
    inputs: { 'github-token': 'ghs_test', current },
    runnerTemp: join(tmp, `runner-temp-${run.id}`),
    timeoutMs: 90_000
  })
  return { run, r }
}

let commentIds = 5000
/** The approval's bundle (task approve) on an issue_comment `body` by `login` on PR 7. */
async function approveBundle(login: string, body: string) {
  const run = addRun(commits.C2 as string, 'issue_comment', 'main')
  const p = await examplePayload('issue_comment', 'created')
  const event = {
    ...p,
    repository: { ...(p.repository as object), ...repository() },
    issue: {
      ...(p.issue as object),
      number: PR,
      pull_request: { url: `${emulator.url}/repos/acme/widgets/pulls/${PR}` }
    },
    comment: { ...(p.comment as object), id: ++commentIds, body, user: { login, type: 'User' } },
    sender: { ...(p.sender as object), login }
  }
  return runBundle({
    action: 'visual-diff',
    eventName: 'issue_comment',
    event,
    sha: commits.C2 as string,
    ref: 'refs/heads/main',
    runId: run.id,
    workspace: join(tmp, `empty-workspace-${run.id}`),
    apiUrl: emulator.url,
    resultsUrl: backend.resultsUrl,
    runtimeToken: backend.tokenFor(run),
    inputs: { 'github-token': 'ghs_test', task: 'approve' },
    runnerTemp: join(tmp, `runner-temp-${run.id}`),
    timeoutMs: 60_000
  })
}

const statusesOn = (sha: string) =>
  emulator.state.statuses.filter(s => s.sha === sha && s.context === CONTEXT)
const pendingOf = (run: WorkflowRunRecord) =>
  [...registry.artifacts.values()].filter(
    a => a.runId === run.id && a.name.startsWith(PENDING_ARTIFACT_PREFIX)
  )

beforeAll(async () => {
  for (const k of ENV_KEYS) savedEnv[k] = process.env[k]
  tmp = await mkdtemp(join(tmpdir(), 'qg-visual-approve-action-'))
  repo = join(tmp, 'repo')
  await mkdir(repo, { recursive: true })
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })
  emulator.state.collaborators.set('alice', 'write')
  emulator.state.collaborators.set('rita', 'read')
  git('init', '-q', '-b', 'main')
  await writeFile(join(repo, 'app.js'), 'v1\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'C1')
  commits.C1 = git('rev-parse', 'HEAD')
  await writeFile(join(repo, 'README.md'), 'docs\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'C2')
  commits.C2 = git('rev-parse', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  await writeFile(join(repo, 'app.js'), 'v2 (a new map colour)\n')
  git('commit', '-q', '-am', 'H1')
  commits.H1 = git('rev-parse', 'HEAD')
  await writeFile(join(repo, 'app.js'), 'v2 (a new map colour), refactored\n')
  git('commit', '-q', '-am', 'H2')
  commits.H2 = git('rev-parse', 'HEAD')
  emulator.addPull({
    number: PR,
    headSha: commits.H1,
    headRef: 'feature',
    baseSha: commits.C2,
    baseRef: 'main'
  })
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

describe('visual approvals through the bundle', () => {
  withCorpus(
    'gate fails and records its diffs → a reader is refused → a writer approves → the same diff passes by itself → a new region fails',
    async () => {
      // The default branch saved its screenshots (map 4a) as the baseline of C1.
      git('checkout', '-q', '--detach', commits.C1 as string)
      const push = addRun(commits.C1 as string, 'push', 'main')
      process.env.ACTIONS_RESULTS_URL = backend.resultsUrl
      process.env.ACTIONS_RUNTIME_TOKEN = backend.tokenFor(push)
      const kit = createOctokit({
        token: 'ghs_test',
        baseUrl: emulator.url,
        minRetryDelayMs: 5,
        minWriteIntervalMs: 0
      })
      const hostDir = await mkdtemp(join(tmp, 'host-'))
      await mkdir(join(hostDir, 'baselines'), { recursive: true })
      const context = {
        eventName: 'push',
        sha: commits.C1 as string,
        ref: 'refs/heads/main',
        repository: { owner: emulator.owner, repo: emulator.repo, id: emulator.repositoryId },
        runId: push.id,
        runAttempt: 1,
        serverUrl: 'https://github.com',
        apiUrl: emulator.url,
        payload: { repository: repository() }
      }
      const artifacts = createActionsArtifactClient({
        octokit: kit,
        owner: emulator.owner,
        repo: emulator.repo
      })
      const baselines = createArtifactBaselineStore(
        {
          octokit: kit,
          artifacts,
          owner: emulator.owner,
          repo: emulator.repo,
          repositoryId: emulator.repositoryId,
          tempDir: join(hostDir, 'baselines'),
          defaultBranch: 'main',
          log: () => undefined
        },
        context
      )
      const saved = await runDeclared(
        visualGate,
        await createFakeHost({
          dir: hostDir,
          workspace: repo,
          inputs: { current: await shots('main', '4a') },
          context,
          octokit: kit,
          artifacts,
          baselines
        }),
        'action'
      )
      expect(saved.failure).toBeUndefined()

      // 1. The PR's head H1 changes the map: the gate fails, and leaves the diff's fingerprint for /approve-visual.
      const first = await gateBundle(commits.H1 as string, await shots('h1', '4b'))
      expect(first.r.exitCode).toBe(1)
      expect(first.r.errors.join('\n')).toContain('visual gate failed: 1 image: 1 changed')
      expect(statusesOn(commits.H1 as string).at(-1)?.state).toBe('failure')
      expect(pendingOf(first.run).map(a => a.name)).toEqual([PENDING_ARTIFACT_PREFIX])

      // 2. A reader's /approve-visual: refused with a reply, no status changes.
      const before = statusesOn(commits.H1 as string).length
      const refused = await approveBundle('rita', '/approve-visual')
      expect(refused.exitCode).toBe(0)
      expect(refused.outputs['approval-action']).toBe('refused')
      expect(statusesOn(commits.H1 as string)).toHaveLength(before)
      const reply = (emulator.state.comments.get(PR) ?? []).at(-1)
      expect(reply?.body).toMatch(/^@rita: only collaborators with write, maintain or admin permission/)

      // 3. A writer's /approve-visual: the approval comment of our token, and the head's status goes green.
      const approved = await approveBundle('alice', '/approve-visual')
      expect(approved.stderr).toBe('')
      expect(approved.exitCode).toBe(0)
      expect(approved.outputs).toMatchObject({ 'approval-action': 'approved', changed: '1' })
      expect(approved.summary).toContain(`approved on ${commits.H1?.slice(0, 7)}: 1 diff in 1 group`)
      expect(statusesOn(commits.H1 as string).at(-1)).toMatchObject({
        state: 'success',
        description: 'approved by @alice: 1 diff in 1 group'
      })
      const mark = (emulator.state.comments.get(PR) ?? []).at(-1)
      expect(mark?.user.login).toBe('github-actions[bot]')
      expect(mark?.body).toContain('**Visual changes approved** by @alice')

      // 4. A later head H2 shows the same diff: the gate passes by itself and says who approved it.
      emulator.addPull({
        number: PR,
        headSha: commits.H2 as string,
        headRef: 'feature',
        baseSha: commits.C2 as string,
        baseRef: 'main'
      })
      const rerun = await gateBundle(commits.H2 as string, await shots('h2', '4b'))
      expect(rerun.r.errors).toEqual([])
      expect(rerun.r.exitCode).toBe(0)
      expect(rerun.r.outputs).toMatchObject({ verdict: 'pass', changed: '0', 'baseline-sha': commits.C1 })
      expect(statusesOn(commits.H2 as string).at(-1)?.state).toBe('success')
      const fragment = await readFragment(rerun.r.outputs['fragment-path'] as string)
      expect(fragment.metrics).toMatchObject({ changed: 1, approved: 1, 'approved-by': 'alice' })
      expect(fragment.summary).toBe('2 images: 1 changed, 1 unchanged (1 approved)')
      // The login is shown, never as a mention (a zero-width joiner after the @).
      expect(fragment.markdown).toMatch(/1 changed image was excused by an approval of @\u200dalice/)
      expect(fragment.markdown).toMatch(/\| `pages\/map\.png` \| 438×412 \| 6,889 \/ 0 \| ✅ approved \|/)
      // Every PR run records its pending diffs, an excused one included (a newer run's list replaces an older one).
      expect(pendingOf(rerun.run)).toHaveLength(1)

      // 5. Another changed region in the map: a new fingerprint, a new diff to approve — the gate fails again.
      const again = await gateBundle(commits.H2 as string, await shots('h2-more', anotherRegion()))
      expect(again.r.exitCode).toBe(1)
      expect(again.r.errors.join('\n')).toContain('visual gate failed: 1 image: 1 changed')
      expect(again.r.outputs).toMatchObject({ verdict: 'fail', changed: '1' })
      expect(statusesOn(commits.H2 as string).at(-1)?.state).toBe('failure')
    },
    300_000
  )

  withCorpus(
    'run() in process: only approval-author comments count, and approvals that cannot be read excuse nothing',
    async () => {
      const pr = 8
      const head = 'a'.repeat(40)
      const baseline = await shots('p8-base', '4a')
      const current = await shots('p8-head', '4b')
      const bot = createOctokit({
        token: 'ghs_test',
        baseUrl: emulator.url,
        minRetryDelayMs: 1,
        minWriteIntervalMs: 0
      })
      const octocat = createOctokit({
        token: 'ghp_test',
        baseUrl: emulator.url,
        minRetryDelayMs: 1,
        minWriteIntervalMs: 0
      })
      let n = 0
      const gate = async (inputs: Record<string, string> = {}) => {
        const host = await createFakeHost({
          dir: join(tmp, `p8-${++n}`),
          inputs: { baseline, current, summary: 'full', ...inputs },
          context: {
            eventName: 'pull_request',
            sha: head,
            repository: { owner: emulator.owner, repo: emulator.repo, id: emulator.repositoryId }
          },
          octokit: bot,
          pullRequest: {
            number: pr,
            headSha: head,
            baseSha: 'b'.repeat(40),
            baseRef: 'main',
            headRepoFullName: 'acme/widgets',
            isFork: false
          }
        })
        const outcome = await runDeclared(visualGate, host, 'action')
        return { host, outcome, view: (outcome.result.data as VisualRun).view }
      }
      const first = await gate()
      expect(first.outcome.failure).toBe('visual gate failed: 1 image: 1 changed')
      const fingerprint = first.view.images.find(i => i.name === 'pages/map.png')?.fingerprint
      expect(fingerprint).toMatch(/^v1\.[0-9a-f]{32}$/)
      // No artifact service here: the run says /approve-visual will not find its diffs, and still judges.
      expect(first.host.logs.map(l => l.message).join('\n')).toContain('cannot upload artifacts')

      // An approval comment written by someone else than the trusted author counts for nothing...
      const body = approvalComment(
        { decision: 'approve', sha: head, by: 'alice', fingerprints: [fingerprint as string] },
        'looks approved'
      )
      await octocat.rest.issues.createComment({
        owner: emulator.owner,
        repo: emulator.repo,
        issue_number: pr,
        body
      })
      expect((await gate()).outcome.failure).toBe('visual gate failed: 1 image: 1 changed')
      // ...unless approval-author names that login (a PAT's or another app's token wrote the approvals).
      const trusted = await gate({ 'approval-author': 'octocat' })
      expect(trusted.outcome.failure).toBeUndefined()
      expect(trusted.view).toMatchObject({
        status: 'pass',
        excused: ['pages/map.png'],
        approvedBy: ['alice']
      })

      // Our token's approval: excused by default; but when the comments cannot be read, nothing is (fail closed).
      await bot.rest.issues.createComment({
        owner: emulator.owner,
        repo: emulator.repo,
        issue_number: pr,
        body
      })
      expect((await gate()).outcome.failure).toBeUndefined()
      emulator.inject({ method: 'GET', path: new RegExp(`/issues/${pr}/comments`), kind: 'forbidden' })
      const unread = await gate()
      expect(unread.outcome.failure).toBe('visual gate failed: 1 image: 1 changed')
      expect(unread.view.excused).toEqual([])
      expect(unread.host.logs).toContainEqual({
        level: 'warning',
        message: expect.stringMatching(/^visual approvals of #8 not read, nothing excused: /)
      })
    },
    120_000
  )
})

describe('what the gate and the approval run report (pure)', () => {
  const image = (name: string, status: ImageResult['status'], fingerprint?: string): ImageResult => ({
    name,
    status,
    diffPixels: status === 'unchanged' ? 0 : 12,
    subtlePixels: 0,
    allowedPixels: 0,
    width: 10,
    height: 10,
    ...(fingerprint ? { fingerprint } : {})
  })
  const view = (excused: string[], approvedBy: string[]): VisualView => ({
    status: 'fail',
    images: [
      image('a.png', 'changed', `v1.${'1'.repeat(32)}`),
      image('b.png', 'changed'),
      image('c.png', 'unchanged')
    ],
    excused,
    approvedBy,
    base: { note: 'baseline dir' },
    environment: [],
    reason: '1 image: 1 changed',
    noResult: false,
    notes: []
  })

  it('the JSON and the fragment say how many images an approval excused and by whom; nothing when none', () => {
    const excused = { view: view(['a.png'], ['alice', 'bob']) }
    expect(jsonResult(excused).approved).toEqual({ images: 1, by: ['alice', 'bob'] })
    const f = renderVisual(excused.view)
    expect(f.metrics).toMatchObject({ approved: 1, 'approved-by': 'alice, bob' })
    expect(f.markdown).toContain('1 changed image was excused by an approval of @\u200dalice, @\u200dbob')
    expect(f.markdown).toMatch(/\| `a\.png` \| 10×10 \| 12 \/ 0 \| ✅ approved \|/)
    expect(f.markdown).toMatch(/\| `b\.png` \| 10×10 \| 12 \/ 0 \| ❌ changed \|/)
    const none = { view: view([], []) }
    expect('approved' in jsonResult(none)).toBe(false)
    expect(renderVisual(none.view).markdown).not.toContain('excused')
  })

  it("task approve's result: no status of its own; refused is neutral, ignored skipped, a status error fails", () => {
    const approved = approveResult({ action: 'approved', pr: 7, sha: 'c'.repeat(40), images: 3, groups: 2 })
    expect(approved.onCommit).toBe(false)
    expect(approved.failure).toBeUndefined()
    expect(approved.fragment).toMatchObject({
      status: 'pass',
      summary: 'visual changes of #7 approved on ccccccc: 3 diffs in 2 groups'
    })
    expect(approved.outputs).toEqual({ 'approval-action': 'approved', changed: '3' })
    const out: string[] = []
    writeApproveJson(approved.data, t => out.push(t))
    expect(JSON.parse(out.join(''))).toEqual({
      gate: 'visual',
      task: 'approve',
      action: 'approved',
      pr: 7,
      sha: 'c'.repeat(40),
      images: 3,
      groups: 2
    })
    expect(approveResult({ action: 'refused', pr: 7, reason: 'no' }).fragment.status).toBe('neutral')
    expect(approveResult({ action: 'ignored', reason: 'a plain comment' }).fragment.status).toBe('skipped')
    const broken = approveResult({ action: 'approved', pr: 7, images: 1, groups: 1, failure: 'HTTP 500' })
    expect(broken.fragment.status).toBe('fail')
    expect(broken.failure).toBe('HTTP 500')
  })
})
