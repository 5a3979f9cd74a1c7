/**
 * The visual-diff bundle (.test-dist/visual-diff, started as the runner starts it) around a PR's lifecycle, with
 * GitHub's side on the REST emulator and the artifact backend (Twirp fake + Azurite):
 * - a `pull_request` closed event: the PR's thumbnails folder leaves the assets branch; no checkout needed, no
 *   compare, no status, no artifact at all;
 * - task approve (an ignored comment, a refused reader, a writer's approval with no pending diffs) uploads no
 *   `quality-gates-fragment-visual`: a report workflow triggered by it would read a result with no compare.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createOctokit } from '../../src/shared/octokit.js'
import { DEFAULT_ASSETS_BRANCH, publishThumbnails } from '../../src/visual/assets-branch.js'
import { encodePng } from '../../src/visual/png.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry, type WorkflowRunRecord } from '../support/artifact-registry.js'
import { pullRequestEvent } from '../support/events.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload, runBundle } from '../support/runner.js'

const PR = 7
const HEAD = 'a1b2c3d'.padEnd(40, '0')
const BASE = 'c'.repeat(40)
const REF = `refs/heads/${DEFAULT_ASSETS_BRANCH}`

let tmp: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator

const repository = () => ({ id: emulator.repositoryId, full_name: 'acme/widgets', name: 'widgets' })

function addRun(event: string): WorkflowRunRecord {
  return registry.addRun({
    headSha: HEAD,
    event,
    headBranch: 'feature',
    repositoryId: emulator.repositoryId,
    headRepositoryId: emulator.repositoryId
  })
}

const artifactsOf = (run: WorkflowRunRecord) =>
  [...registry.artifacts.values()].filter(a => a.runId === run.id).map(a => a.name)

function folders(): string[] {
  const tip = emulator.state.git.refs.get(REF)
  const commit = tip ? emulator.state.git.objects.get(tip) : undefined
  if (commit?.type !== 'commit') return []
  const tree = emulator.state.git.objects.get(commit.tree)
  return tree?.type === 'tree' ? tree.entries.map(e => e.name).sort() : []
}

function png(red: number): Buffer {
  const data = Buffer.alloc(16 * 16 * 4)
  for (let i = 0; i < data.length; i += 4) data.set([red, 40, 90, 255], i)
  return encodePng({ width: 16, height: 16, data })
}

async function run(event: string, payload: unknown, inputs: Record<string, string>, run: WorkflowRunRecord) {
  const workspace = join(tmp, `ws-${run.id}`)
  await mkdir(workspace, { recursive: true })
  return runBundle({
    action: 'visual-diff',
    eventName: event,
    event: payload,
    sha: HEAD,
    ref: event === 'issue_comment' ? 'refs/heads/main' : `refs/pull/${PR}/merge`,
    runId: run.id,
    workspace,
    apiUrl: emulator.url,
    resultsUrl: backend.resultsUrl,
    runtimeToken: backend.tokenFor(run),
    inputs: { 'github-token': 'ghs_test', ...inputs },
    runnerTemp: join(tmp, `runner-temp-${run.id}`),
    timeoutMs: 60_000
  })
}

let commentIds = 9000
async function comment(login: string, body: string) {
  const p = await examplePayload('issue_comment', 'created')
  return {
    ...p,
    repository: { ...(p.repository as object), ...repository(), default_branch: 'main' },
    issue: {
      ...(p.issue as object),
      number: PR,
      pull_request: { url: `${emulator.url}/repos/acme/widgets/pulls/${PR}` }
    },
    comment: { ...(p.comment as object), id: ++commentIds, body, user: { login, type: 'User' } },
    sender: { ...(p.sender as object), login }
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-visual-lifecycle-action-'))
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })
  emulator.state.collaborators.set('alice', 'write')
  emulator.state.collaborators.set('rita', 'read')
  emulator.addPull({ number: PR, headSha: HEAD, headRef: 'feature', baseSha: BASE, baseRef: 'main' })
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  await backend?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('visual-diff bundle around a pull request', () => {
  it("on closed: removes the PR's thumbnails, nothing else (no compare, no status, no artifact)", async () => {
    const octokit = createOctokit({
      token: 'ghs_test',
      baseUrl: emulator.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0
    })
    for (const pr of [PR, 8]) {
      const out = await publishThumbnails({
        octokit,
        owner: emulator.owner,
        repo: emulator.repo,
        pr,
        sha: HEAD,
        images: [{ name: 'a.png', baseline: png(10), current: png(200), diff: png(255) }]
      })
      expect(out.published).toBe(true)
    }
    expect(folders()).toEqual(['pr-7', 'pr-8'])
    const event = await pullRequestEvent({
      number: PR,
      headSha: HEAD,
      baseSha: BASE,
      repository: repository()
    })
    const closed = {
      ...event,
      action: 'closed',
      pull_request: { ...(event.pull_request as object), state: 'closed', merged: true }
    }
    const r = addRun('pull_request')
    // No `current` and an empty workspace: what visual.yml leaves on closed (no checkout, no download).
    const out = await run('pull_request', closed, {}, r)
    expect(out.errors).toEqual([])
    expect(out.exitCode).toBe(0)
    expect(out.outputs).toMatchObject({ verdict: 'skipped', changed: '0' })
    expect(folders()).toEqual(['pr-8'])
    expect(emulator.state.statuses).toEqual([])
    expect(artifactsOf(r)).toEqual([])
    expect(out.summary).toMatch(
      /^⏭️ \*\*Visual changes\*\* — pull request .*7 closed: its thumbnails were removed from the assets branch\n$/
    )
  }, 120_000)

  it('task approve uploads no report fragment, whatever it did', async () => {
    const ignored = addRun('issue_comment')
    const a = await run('issue_comment', await comment('alice', 'looks good'), { task: 'approve' }, ignored)
    expect(a.exitCode).toBe(0)
    expect(a.outputs['approval-action']).toBe('ignored')
    expect(a.outputs['fragment-path']).toBeTruthy()

    const refused = addRun('issue_comment')
    const b = await run(
      'issue_comment',
      await comment('rita', '/approve-visual'),
      { task: 'approve' },
      refused
    )
    expect(b.exitCode).toBe(0)
    expect(b.outputs['approval-action']).toBe('refused')

    // A writer, but the gate has not run on this head: refused too ("no visual result … yet").
    const early = addRun('issue_comment')
    const c = await run(
      'issue_comment',
      await comment('alice', '/approve-visual'),
      { task: 'approve' },
      early
    )
    expect(c.exitCode).toBe(0)
    expect(c.outputs['approval-action']).toBe('refused')
    expect((emulator.state.comments.get(PR) ?? []).at(-1)?.body).toMatch(/no visual result for a1b2c3d yet/)

    for (const r of [ignored, refused, early]) expect(artifactsOf(r)).toEqual([])
    expect(emulator.state.statuses).toEqual([])
  }, 180_000)
})
