/**
 * The visual gate's loose ends around a pull request, in process (fake host + the REST emulator):
 * - on `pull_request` closed the gate only removes the PR's thumbnails from the assets branch: no compare, no
 *   status, no fragment artifact; a read-only token or a fork's PR never fails the step;
 * - pr-report keeps an approval: after `/approve-visual` a report run over the (older) failing visual fragment
 *   reports it approved (status success, overall too), whichever ran first — the report or the approval; a diff
 *   the approval does not cover, a later rejection, a copied marker in someone else's comment or approvals that
 *   cannot be read keep the failure (a required status never goes green without a result).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPrReport } from '../../src/pr-report/report.js'
import { makeFragment, readFragment, type ReportFragment } from '../../src/shared/fragment.js'
import { runDeclared } from '../../src/shared/gate.js'
import type { Octokit, PullRequestContext } from '../../src/shared/github.js'
import type { ArtifactClient } from '../../src/shared/host.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { setCommitStatus } from '../../src/shared/status.js'
import { approvalComment } from '../../src/visual/approval.js'
import {
  approvalClaim,
  approvalClaimMetrics,
  CLAIM_FINGERPRINTS,
  CLAIM_PENDING,
  CLAIM_UNEXCUSABLE
} from '../../src/visual/approve.js'
import { DEFAULT_ASSETS_BRANCH, publishThumbnails } from '../../src/visual/assets-branch.js'
import { compareSuites } from '../../src/visual/compare.js'
import { visualGate } from '../../src/visual/gate.js'
import type { ImageResult } from '../../src/visual/model.js'
import { encodePng } from '../../src/visual/png.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const REPO = { owner: 'acme', repo: 'widgets' }
const PR = 7
const HEAD = 'a1b2c3d'.padEnd(40, '0')
const BASE = 'c'.repeat(40)
const MERGE = 'd'.repeat(40)
const REF = `refs/heads/${DEFAULT_ASSETS_BRANCH}`
const VISUAL = 'quality-gates/visual'

let gh: GitHubEmulator
let dir: string
let octokit: Octokit
let runs = 100

beforeEach(async () => {
  gh = await GitHubEmulator.start({
    ...REPO,
    tokens: {
      ghs_test: { login: 'github-actions[bot]', type: 'Bot', installation: true },
      ghs_fork: { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true },
      ghp_test: { login: 'mallory', type: 'User' }
    }
  })
  gh.addPull({ number: PR, headSha: HEAD, headRef: 'feature', baseSha: BASE, baseRef: 'main' })
  octokit = kit('ghs_test')
  dir = await mkdtemp(join(tmpdir(), 'qg-visual-lifecycle-'))
})
afterEach(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

function kit(token: string): Octokit {
  return createOctokit({ token, baseUrl: gh.url, minRetryDelayMs: 1, minWriteIntervalMs: 0 })
}

/** A 64×48 page; `mark` paints a block at (x, y) in another colour. */
function page(mark?: { x: number; y: number }): Buffer {
  const width = 64
  const height = 48
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const inside = mark && x >= mark.x && x < mark.x + 8 && y >= mark.y && y < mark.y + 8
      data.set(inside ? [230, 20, 40, 255] : [(x * 4) & 255, (y * 5) & 255, 128, 255], i)
    }
  return encodePng({ width, height, data })
}

async function shots(name: string, files: Record<string, Buffer>): Promise<string> {
  const d = join(dir, name)
  await mkdir(d, { recursive: true })
  for (const [f, bytes] of Object.entries(files)) await writeFile(join(d, f), bytes)
  return d
}

const pullContext = (action: string, headRepo = 'acme/widgets') => ({
  eventName: 'pull_request',
  sha: MERGE,
  ref: `refs/pull/${PR}/merge`,
  repository: { ...REPO, id: gh.repositoryId },
  runId: ++runs,
  runAttempt: 1,
  apiUrl: gh.url,
  payload: {
    action,
    number: PR,
    pull_request: {
      number: PR,
      state: action === 'closed' ? 'closed' : 'open',
      head: { sha: HEAD, ref: 'feature', repo: { full_name: headRepo } },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/widgets' } }
    },
    repository: { id: gh.repositoryId, full_name: 'acme/widgets', name: 'widgets' }
  }
})

/** An artifact client that records uploads (none is expected where these tests use it). */
function recordingArtifacts(): ArtifactClient & { uploads: string[] } {
  const uploads: string[] = []
  return {
    uploads,
    canUpload: true,
    upload: async name => {
      uploads.push(name)
      return { id: uploads.length, size: 1 }
    },
    downloadZip: async () => {
      throw new Error('not used')
    }
  } as ArtifactClient & { uploads: string[] }
}

/** The top-level folders of the assets branch. */
function assetFolders(): string[] {
  const tip = gh.state.git.refs.get(REF)
  if (!tip) return []
  const commit = gh.state.git.objects.get(tip)
  if (commit?.type !== 'commit') throw new Error('tip is not a commit')
  const tree = gh.state.git.objects.get(commit.tree)
  return tree?.type === 'tree' ? tree.entries.map(e => e.name).sort() : []
}

async function publishFor(pr: number): Promise<void> {
  const out = await publishThumbnails({
    octokit,
    ...REPO,
    pr,
    sha: HEAD,
    images: [{ name: 'a.png', baseline: page(), current: page({ x: 8, y: 8 }), diff: page() }]
  })
  expect(out.published).toBe(true)
}

describe('visual-diff on a closed pull request', () => {
  it("removes the PR's thumbnails folder and does nothing else: no compare, no status, no fragment artifact", async () => {
    await publishFor(PR)
    await publishFor(8)
    expect(assetFolders()).toEqual(['pr-7', 'pr-8'])
    const artifacts = recordingArtifacts()
    const host = await createFakeHost({
      dir: join(dir, 'h1'),
      // No `current`: a compare would stop at once with "current is required".
      inputs: {},
      context: pullContext('closed'),
      octokit,
      artifacts
    })
    const out = await runDeclared(visualGate, host, 'action')
    expect(out.failure).toBeUndefined()
    expect(assetFolders()).toEqual(['pr-8'])
    expect(gh.state.statuses).toEqual([])
    expect(artifacts.uploads).toEqual([])
    expect(host.outputs.get('verdict')).toBe('skipped')
    expect(host.outputs.get('changed')).toBe('0')
    expect(out.result.fragment.summary).toBe(
      'pull request #7 closed: its thumbnails were removed from the assets branch'
    )
    expect(host.logs.filter(l => l.level === 'warning')).toEqual([])

    // Closing again (reopened and closed): nothing left to remove, still no failure and no warning.
    const again = await createFakeHost({
      dir: join(dir, 'h2'),
      context: pullContext('closed'),
      octokit,
      artifacts
    })
    const second = await runDeclared(visualGate, again, 'action')
    expect(second.failure).toBeUndefined()
    expect(second.result.fragment.summary).toBe(
      'pull request #7 closed: no pr-7 folder on quality-gates-assets'
    )
    expect(again.logs.filter(l => l.level === 'warning')).toEqual([])
    expect(gh.state.statuses).toEqual([])
  })

  it('a read-only token warns and fails nothing; a fork PR and thumbnails: false do not touch the branch', async () => {
    await publishFor(PR)
    const readOnly = await createFakeHost({
      dir: join(dir, 'ro'),
      context: pullContext('closed'),
      octokit: kit('ghs_fork')
    })
    const refused = await runDeclared(visualGate, readOnly, 'action')
    expect(refused.failure).toBeUndefined()
    expect(assetFolders()).toEqual(['pr-7'])
    const warnings = readOnly.logs.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^thumbnails not published: writes to the assets branch refused/)

    const before = gh.requests.length
    const fork = await createFakeHost({
      dir: join(dir, 'fork'),
      context: pullContext('closed', 'someone/widgets'),
      octokit
    })
    const forkRun = await runDeclared(visualGate, fork, 'action')
    expect(forkRun.failure).toBeUndefined()
    expect(forkRun.result.fragment.summary).toBe(
      "pull request #7 closed: a fork's pull request has no thumbnails on the assets branch"
    )
    const off = await createFakeHost({
      dir: join(dir, 'off'),
      inputs: { thumbnails: 'false' },
      context: pullContext('closed'),
      octokit
    })
    expect((await runDeclared(visualGate, off, 'action')).failure).toBeUndefined()
    expect(gh.requests.length).toBe(before)
    expect(assetFolders()).toEqual(['pr-7'])
    expect(gh.state.statuses).toEqual([])
  })

  it('a closed event without a pull request number is one clear error', async () => {
    const ctx = pullContext('closed')
    const host = await createFakeHost({
      dir: join(dir, 'bad'),
      context: { ...ctx, payload: { action: 'closed', pull_request: { number: 'seven' } } },
      octokit
    })
    await expect(runDeclared(visualGate, host, 'action')).rejects.toThrow(
      'pull_request closed event without a pull request number'
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------

const pull: PullRequestContext = {
  number: PR,
  headSha: HEAD,
  baseSha: BASE,
  baseRef: 'main',
  headRepoFullName: 'acme/widgets',
  isFork: false
}

/** The gate on the PR head: baseline a.png, b.png; current with `current` as a.png. Returns its fragment path. */
async function gateRun(name: string, current: Buffer): Promise<{ path: string; fragment: ReportFragment }> {
  const baseline = await shots(`${name}-base`, { 'a.png': page(), 'b.png': page() })
  const head = await shots(`${name}-head`, { 'a.png': current, 'b.png': page() })
  const host = await createFakeHost({
    dir: join(dir, name),
    inputs: { baseline, current: head, thumbnails: 'false' },
    context: pullContext('synchronize'),
    octokit,
    pullRequest: pull
  })
  await runDeclared(visualGate, host, 'action')
  const path = host.outputs.get('fragment-path') as string
  return { path, fragment: await readFragment(path) }
}

/** What the approval run leaves: its marked comment (our token) and the head's status. */
async function approve(current: Buffer, decision: 'approve' | 'reject' = 'approve', as = octokit) {
  const suite = await compareSuites({
    baselineDir: await shots(`fp-${++runs}-base`, { 'a.png': page() }),
    currentDir: await shots(`fp-${runs}-head`, { 'a.png': current }),
    options: {},
    fingerprints: true,
    poolSize: 0
  })
  const fingerprints = suite.images.flatMap(i => (i.fingerprint ? [i.fingerprint] : []))
  expect(fingerprints).toHaveLength(1)
  await as.rest.issues.createComment({
    ...REPO,
    issue_number: PR,
    body: approvalComment(
      { decision, sha: HEAD, by: 'alice', fingerprints },
      `**Visual changes ${decision}d**`
    )
  })
  await setCommitStatus(octokit, REPO, HEAD, {
    context: VISUAL,
    state: decision === 'approve' ? 'success' : 'failure',
    description: `${decision === 'approve' ? 'approved' : 'rejected'} by @alice: 1 diff in 1 group`
  })
}

async function report(fragmentPath: string) {
  const host = await createFakeHost({
    dir: join(dir, `report-${++runs}`),
    inputs: { fragments: fragmentPath },
    context: pullContext('synchronize'),
    octokit,
    pullRequest: pull
  })
  const out = await runDeclared(createPrReport({ settleMs: 0 }), host, 'action')
  return { out, host }
}

const newest = (context: string) =>
  gh.state.statuses.filter(s => s.sha === HEAD && s.context === context).at(-1)
const reportComment = () =>
  (gh.state.comments.get(PR) ?? []).find(c => c.body.startsWith('<!-- pr-report:'))?.body ?? ''

describe('pr-report keeps a visual approval', () => {
  const changed = page({ x: 8, y: 8 })

  it('approval first, then the report over the older failing fragment: approved, not set back to failure', async () => {
    const gate = await gateRun('g1', changed)
    expect(gate.fragment.status).toBe('fail')
    expect(newest(VISUAL)?.state).toBe('failure')
    await approve(changed)
    expect(newest(VISUAL)?.state).toBe('success')

    const { out } = await report(gate.path)
    expect(out.failure).toBeUndefined()
    expect(newest(VISUAL)).toMatchObject({ state: 'success' })
    expect(newest(VISUAL)?.description).toMatch(/^pass: approved by alice: 2 images: 1 changed, 1 unchanged/)
    expect(newest('quality-gates')?.state).toBe('success')
    expect(reportComment()).toContain('This diff was approved on the pull request (alice)')
  })

  it('report first (failure), then the approval, then a report re-run: success, overall included', async () => {
    const gate = await gateRun('g2', changed)
    await report(gate.path)
    expect(newest(VISUAL)?.state).toBe('failure')
    expect(newest('quality-gates')?.state).toBe('failure')
    await approve(changed)
    await report(gate.path)
    expect(newest(VISUAL)?.state).toBe('success')
    expect(newest('quality-gates')?.state).toBe('success')
  })

  it('a diff the approval does not cover, or a rejection after it, keeps the failure', async () => {
    await approve(changed)
    // Another region changed: its fingerprint was never approved.
    const other = await gateRun('g3', page({ x: 40, y: 30 }))
    await report(other.path)
    expect(newest(VISUAL)?.state).toBe('failure')
    expect(newest('quality-gates')?.state).toBe('failure')

    const same = await gateRun('g4', changed)
    // The gate itself excuses the approved diff (it reads the approvals): a pass, not a claim.
    expect(same.fragment.status).toBe('pass')
    await approve(changed, 'reject')
    const rejected = await gateRun('g5', changed)
    expect(rejected.fragment.status).toBe('fail')
    await report(rejected.path)
    expect(newest(VISUAL)?.state).toBe('failure')
  })

  it('an approval marker in a comment of someone else, or approvals that cannot be read, approve nothing', async () => {
    const gate = await gateRun('g6', changed)
    await approve(changed, 'approve', kit('ghp_test'))
    await report(gate.path)
    expect(newest(VISUAL)?.state).toBe('failure')

    await approve(changed)
    gh.inject({ method: 'GET', path: new RegExp(`/issues/${PR}/comments`), kind: 'forbidden' })
    const { host } = await report(gate.path)
    expect(newest(VISUAL)?.state).toBe('failure')
    expect(host.logs.map(l => l.message)).toContainEqual(
      expect.stringMatching(/^pr-report: the approvals of the pull request were not read, none applied: /)
    )
  })
})

describe('the approval claim of a failing visual fragment', () => {
  const fp = (n: number) => `v1.${n.toString(16).padStart(32, '0')}`
  const changedImage = (name: string, n: number): ImageResult =>
    ({ name, status: 'changed', diffPixels: 5, width: 4, height: 4, fingerprint: fp(n) }) as ImageResult
  const fragmentWith = (metrics: Record<string, string | number | boolean | null>, over = {}) =>
    makeFragment({
      gate: 'visual',
      status: 'fail',
      title: 'Visual changes',
      summary: 's',
      markdown: 'm',
      metrics,
      statusContext: VISUAL,
      ...over
    })

  it('lists every distinct failing fingerprint, in chunks of at most 1000 characters, and reads them back', () => {
    const images = Array.from({ length: 70 }, (_, i) => changedImage(`p${i}.png`, i % 60))
    const metrics = approvalClaimMetrics(images)
    expect(metrics[CLAIM_PENDING]).toBe(60)
    expect(metrics[CLAIM_UNEXCUSABLE]).toBe(0)
    const chunks = Object.keys(metrics).filter(k => k.startsWith(CLAIM_FINGERPRINTS))
    expect(chunks).toEqual([`${CLAIM_FINGERPRINTS}1`, `${CLAIM_FINGERPRINTS}2`, `${CLAIM_FINGERPRINTS}3`])
    for (const k of chunks) expect((metrics[k] as string).length).toBeLessThanOrEqual(1000)
    const claim = approvalClaim(fragmentWith(metrics))
    expect(claim).toEqual(Array.from({ length: 60 }, (_, i) => fp(i)).sort())
  })

  it('no claim when something else fails, the list is incomplete or malformed, or the result is not a failure', () => {
    const good = approvalClaimMetrics([changedImage('a.png', 1), changedImage('b.png', 2)])
    expect(approvalClaim(fragmentWith(good))).toEqual([fp(1), fp(2)])
    const errorImage = { name: 'c.png', status: 'error', diffPixels: 0, width: 0, height: 0 } as ImageResult
    expect(approvalClaim(fragmentWith(approvalClaimMetrics([changedImage('a.png', 1), errorImage])))).toBe(
      undefined
    )
    expect(approvalClaim(fragmentWith({ ...good, [CLAIM_PENDING]: 3 }))).toBeUndefined()
    expect(
      approvalClaim(fragmentWith({ ...good, [`${CLAIM_FINGERPRINTS}1`]: `${fp(1)} nope` }))
    ).toBeUndefined()
    expect(approvalClaim(fragmentWith({ ...good, [`${CLAIM_FINGERPRINTS}1`]: 7 }))).toBeUndefined()
    expect(approvalClaim(fragmentWith({ ...good, [CLAIM_UNEXCUSABLE]: '0' }))).toBeUndefined()
    expect(approvalClaim(fragmentWith(good, { status: 'pass' }))).toBeUndefined()
    expect(approvalClaim(fragmentWith(good, { noResult: true }))).toBeUndefined()
    expect(approvalClaim(fragmentWith({}))).toBeUndefined()
  })
})
