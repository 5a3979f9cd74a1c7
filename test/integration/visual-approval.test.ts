// The approval round trip against the REST emulator, on real PNGs (pixelmatch's fixtures in ../shared/corpus):
// a gate run records the pending fingerprints of the head as an artifact → `/approve-visual` reads them, writes
// our marked comment and sets quality-gates/visual success → a re-run of the compare with the same diffs passes by
// itself (readApprovals + excusedImages) → a new diff needs a new approval. Also: a reader is refused, a look-alike
// approval comment by someone else is ignored, a rejection takes an approval back, identical diffs are one group.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import yazl from 'yazl'
import { createOctokit } from '../../src/shared/octokit.js'
import type { ArtifactClient } from '../../src/shared/host.js'
import type { Octokit } from '../../src/shared/github.js'
import {
  approvalComment,
  approvedGroups,
  excusedImages,
  parsePending,
  pendingFromImages,
  readApprovals,
  recordPending
} from '../../src/visual/approval.js'
import { approveTask, parseCommand } from '../../src/visual/approve.js'
import { compareSuites } from '../../src/visual/compare.js'
import { decodePng, encodePng } from '../../src/visual/png.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload } from '../support/runner.js'

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'images', 'pixelmatch')
const haveCorpus = existsSync(join(corpus, '1a.png'))
const itCorpus = haveCorpus ? it : it.skip
if (!haveCorpus) console.log('visual-approval: ../shared/corpus absent, corpus tests skipped')

const REPO = { owner: 'acme', repo: 'widgets' }
const PR = 7
const H1 = '1'.repeat(40)
const H2 = '2'.repeat(40)
const H3 = '3'.repeat(40)

let gh: GitHubEmulator
let dir: string
let octokit: Octokit
let zips: Map<number, Buffer>

beforeEach(async () => {
  gh = await GitHubEmulator.start({ ...REPO })
  gh.state.collaborators.set('alice', 'write')
  gh.state.collaborators.set('mo', 'maintain')
  gh.state.collaborators.set('rita', 'read')
  gh.addPull({ number: PR, headSha: H1, headRef: 'feature', baseSha: 'b'.repeat(40), baseRef: 'main' })
  dir = await mkdtemp(join(tmpdir(), 'qg-visual-approval-'))
  octokit = createOctokit({ token: 'ghs_test', baseUrl: gh.url, minRetryDelayMs: 1, minWriteIntervalMs: 0 })
  zips = new Map()
})
afterEach(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

async function zipFiles(files: string[], root: string): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const f of files) zip.addBuffer(await readFile(f), relative(root, f))
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** The artifact service of run `runId`: uploads land in the emulator's registry, downloads read them back. */
function artifactsOf(runId: number): ArtifactClient {
  return {
    canUpload: true,
    async upload(name, files, root) {
      const zip = await zipFiles(files, root)
      const id = gh.registry.addListed({ name, runId, size: zip.length })
      zips.set(id, zip)
      return { id, size: zip.length }
    },
    async downloadZip(id, path) {
      const zip = zips.get(id)
      if (!zip) throw new Error(`no artifact ${id}`)
      await writeFile(path, zip)
    }
  }
}

const png = (f: string) => join(corpus, f)

/** A screenshot folder: name → source PNG path or bytes. */
async function shots(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const d = join(dir, name)
  await mkdir(d, { recursive: true })
  for (const [n, src] of Object.entries(files))
    if (typeof src === 'string') await copyFile(src, join(d, n))
    else await writeFile(join(d, n), src)
  return d
}

let runs = 100
/** What the visual gate does on a PR head: compare, excuse approved diffs, record what is pending. */
async function gateRun(sha: string, current: string, baseline: string) {
  const runId = ++runs
  gh.registry.addRun({ id: runId, headSha: sha, event: 'pull_request', headBranch: 'feature' })
  const suite = await compareSuites({
    baselineDir: baseline,
    currentDir: current,
    fingerprints: true,
    poolSize: 0
  })
  const approvals = await readApprovals(octokit, REPO, PR)
  const excused = excusedImages(suite.images, approvals)
  const failing = suite.images.filter(i => i.status !== 'unchanged' && !excused.has(i.name)).map(i => i.name)
  const host = await createFakeHost({
    dir: join(dir, `run-${runId}`),
    context: { eventName: 'pull_request', sha, repository: REPO, runId, runAttempt: 1 },
    artifacts: artifactsOf(runId)
  })
  const record = pendingFromImages(suite.images, 'quality-gates/visual', sha)
  await recordPending(host, record)
  return { failing, suite, record, approvals }
}

/** An approval run for `event` (an @octokit/webhooks-examples payload with our fields). */
async function approvalRun(payload: Record<string, unknown>, eventName: string, manualPullRequest?: string) {
  const runId = ++runs
  gh.registry.addRun({ id: runId, headSha: 'f'.repeat(40), event: eventName, headBranch: 'main' })
  const host = await createFakeHost({
    dir: join(dir, `run-${runId}`),
    context: {
      eventName,
      sha: 'f'.repeat(40),
      repository: REPO,
      runId,
      payload,
      ...(manualPullRequest ? { manualPullRequest } : {})
    },
    octokit,
    artifacts: artifactsOf(runId)
  })
  return approveTask({}, host)
}

let commentIds = 9000
async function commentEvent(login: string, body: string, pr = PR) {
  const p = await examplePayload('issue_comment', 'created')
  const issue = p.issue as Record<string, unknown>
  const comment = p.comment as Record<string, unknown>
  return {
    ...p,
    issue: { ...issue, number: pr, pull_request: { url: `${gh.url}/repos/acme/widgets/pulls/${pr}` } },
    comment: { ...comment, id: ++commentIds, body, user: { ...(comment.user as object), login } },
    sender: { ...(p.sender as object), login }
  }
}

const statusesOn = (sha: string) =>
  gh.state.statuses.filter(s => s.sha === sha && s.context === 'quality-gates/visual')
const commentsOnPr = () => gh.state.comments.get(PR) ?? []

/** 1b.png with one more changed region: a 3×3 black square where 1a and 1b agree. */
function oneMoreRegion(): Buffer {
  const a = decodePng(readFileSync(png('1a.png')))
  const b = decodePng(readFileSync(png('1b.png')))
  const data = Buffer.from(b.data)
  for (let y = 0; y < b.height - 3; y++)
    for (let x = 0; x < b.width - 3; x++) {
      let quiet = true
      for (let dy = -2; dy <= 4 && quiet; dy++)
        for (let dx = -2; dx <= 4 && quiet; dx++) {
          const yy = y + dy
          const xx = x + dx
          if (yy < 0 || xx < 0 || yy >= b.height || xx >= b.width) continue
          const p = (yy * b.width + xx) * 4
          quiet = a.data.readUInt32LE(p) === b.data.readUInt32LE(p) && a.data[p] === 255
        }
      if (!quiet) continue
      for (let dy = 0; dy < 3; dy++)
        for (let dx = 0; dx < 3; dx++) data.set([0, 0, 0, 255], ((y + dy) * b.width + x + dx) * 4)
      return encodePng({ width: b.width, height: b.height, data })
    }
  throw new Error('no quiet white region in 1b.png')
}

describe('visual approvals round trip', () => {
  itCorpus('comment → fingerprints → status success → re-run passes → a new diff fails', async () => {
    const baseline = await shots('base', {
      'a.png': png('1a.png'),
      'b.png': png('1a.png'),
      'c.png': png('4a.png')
    })
    // a and b show the identical diff (one group); c is unchanged.
    const head = await shots('head1', {
      'a.png': png('1b.png'),
      'b.png': png('1b.png'),
      'c.png': png('4a.png')
    })

    const first = await gateRun(H1, head, baseline)
    expect(first.failing).toEqual(['a.png', 'b.png'])
    expect(first.record.images.map(i => i.name)).toEqual(['a.png', 'b.png'])
    expect(approvedGroups(first.record.images, new Set()).unapproved).toHaveLength(1)

    const approved = await approvalRun(await commentEvent('alice', '/approve-visual'), 'issue_comment')
    expect(approved).toMatchObject({ action: 'approved', pr: PR, sha: H1, images: 2, groups: 1 })
    expect(approved.failure).toBeUndefined()
    expect(statusesOn(H1).at(-1)).toMatchObject({
      state: 'success',
      description: 'approved by @alice: 2 diffs in 1 group'
    })
    const mark = commentsOnPr().at(-1)!
    expect(mark.user.login).toBe('github-actions[bot]')
    expect(mark.body).toContain('approved** by @alice')

    // The same diffs again (a re-run, and a later head that shows them too) pass by themselves.
    const rerun = await gateRun(H1, head, baseline)
    expect(rerun.failing).toEqual([])
    const sameDiffsLater = await gateRun(
      H2,
      await shots('head2', { 'a.png': png('1b.png'), 'b.png': png('1b.png') }),
      baseline
    )
    expect(sameDiffsLater.failing).toEqual(['c.png']) // removed: not a diff an approval covers

    // One more changed region in a: a new fingerprint, so a fails again (b is still the approved diff).
    gh.addPull({ number: PR, headSha: H3, headRef: 'feature', baseSha: 'b'.repeat(40), baseRef: 'main' })
    const head3 = await shots('head3', {
      'a.png': oneMoreRegion(),
      'b.png': png('1b.png'),
      'c.png': png('4a.png')
    })
    const third = await gateRun(H3, head3, baseline)
    expect(third.failing).toEqual(['a.png'])
    // The approval of H1 did not turn H3 green; a new approval does, naming the head it reviewed.
    expect(statusesOn(H3)).toEqual([])
    const stale = await approvalRun(
      await commentEvent('alice', `/approve-visual ${H1.slice(0, 7)}`),
      'issue_comment'
    )
    expect(stale.action).toBe('refused')
    expect(statusesOn(H3)).toEqual([])
    const again = await approvalRun(
      await commentEvent('mo', `/approve-visual ${H3.slice(0, 10)}`),
      'issue_comment'
    )
    expect(again).toMatchObject({ action: 'approved', sha: H3, images: 2, groups: 2 })
    expect(statusesOn(H3).at(-1)).toMatchObject({
      state: 'success',
      description: 'approved by @mo: 2 diffs in 2 groups'
    })
    expect((await gateRun(H3, head3, baseline)).failing).toEqual([])
  })

  itCorpus('a reader is refused with a reply, and nothing is recorded', async () => {
    const baseline = await shots('base', { 'a.png': png('1a.png') })
    await gateRun(H1, await shots('head', { 'a.png': png('1b.png') }), baseline)
    const before = commentsOnPr().length
    const out = await approvalRun(await commentEvent('rita', '/approve-visual'), 'issue_comment')
    expect(out.action).toBe('refused')
    expect(out.reason).toMatch(/write, maintain or admin/)
    expect(commentsOnPr()).toHaveLength(before + 1)
    expect(commentsOnPr().at(-1)!.body).toMatch(/^@rita: only collaborators with write/)
    expect(statusesOn(H1)).toEqual([])
    expect((await readApprovals(octokit, REPO, PR)).size).toBe(0)
  })

  itCorpus('a look-alike approval comment by someone else is ignored', async () => {
    const baseline = await shots('base', { 'a.png': png('1a.png') })
    const head = await shots('head', { 'a.png': png('1b.png') })
    const first = await gateRun(H1, head, baseline)
    const forged = approvalComment(
      {
        decision: 'approve',
        sha: H1,
        by: 'alice',
        fingerprints: first.record.images.map(i => i.fingerprint)
      },
      'approved'
    )
    const user = createOctokit({
      token: 'ghp_test',
      baseUrl: gh.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0
    })
    await user.rest.issues.createComment({ ...REPO, issue_number: PR, body: forged })
    expect(commentsOnPr().at(-1)!.user.login).toBe('octocat')
    expect((await readApprovals(octokit, REPO, PR)).size).toBe(0)
    expect((await gateRun(H1, head, baseline)).failing).toEqual(['a.png'])
    // The same lines from our token count (and a PAT's login can be trusted instead, by name).
    expect((await readApprovals(octokit, REPO, PR, { author: 'octocat' })).size).toBe(1)
  })

  itCorpus('a rejection takes the approval back and fails the status', async () => {
    const baseline = await shots('base', { 'a.png': png('1a.png') })
    const head = await shots('head', { 'a.png': png('1b.png') })
    await gateRun(H1, head, baseline)
    await approvalRun(await commentEvent('alice', '/approve-visual'), 'issue_comment')
    expect((await gateRun(H1, head, baseline)).failing).toEqual([])
    const out = await approvalRun(await commentEvent('mo', '/reject-visual'), 'issue_comment')
    expect(out).toMatchObject({ action: 'rejected', images: 1, groups: 1 })
    expect(statusesOn(H1).at(-1)).toMatchObject({
      state: 'failure',
      description: 'rejected by @mo: 1 diff in 1 group'
    })
    expect((await gateRun(H1, head, baseline)).failing).toEqual(['a.png'])
  })

  itCorpus(
    'the label and a manual run approve too; a comment that is no command, or on an issue, is ignored',
    async () => {
      const baseline = await shots('base', { 'a.png': png('1a.png') })
      await gateRun(H1, await shots('head', { 'a.png': png('1b.png') }), baseline)
      const labeled = await examplePayload('pull_request', 'labeled')
      const byAlice = { ...(labeled.sender as object), login: 'alice' }
      const wrongLabel = { ...labeled, label: { name: 'bug' }, pull_request: { number: PR }, sender: byAlice }
      expect((await approvalRun(wrongLabel, 'pull_request_target')).action).toBe('ignored')
      const label = {
        ...labeled,
        label: { name: 'visual-approved' },
        pull_request: { number: PR },
        sender: byAlice
      }
      expect(await approvalRun(label, 'pull_request_target')).toMatchObject({ action: 'approved', images: 1 })
      const dispatch = { inputs: { pr: String(PR), decision: 'reject' }, sender: { login: 'mo' } }
      expect(await approvalRun(dispatch, 'workflow_dispatch', String(PR))).toMatchObject({
        action: 'rejected'
      })
      expect((await approvalRun(await commentEvent('alice', 'looks good'), 'issue_comment')).action).toBe(
        'ignored'
      )
      const onIssue = await commentEvent('alice', '/approve-visual')
      delete (onIssue.issue as Record<string, unknown>).pull_request
      expect((await approvalRun(onIssue, 'issue_comment')).action).toBe('ignored')
    }
  )

  it('refuses when the head has no pending record yet', async () => {
    const out = await approvalRun(await commentEvent('alice', '/approve-visual'), 'issue_comment')
    expect(out.action).toBe('refused')
    expect(out.reason).toMatch(/no visual result for 1111111 yet/)
    expect(statusesOn(H1)).toEqual([])
  })
})

describe('hostile pending records and commands', () => {
  const good = { version: 1, context: 'quality-gates/visual', sha: H1, images: [], unapprovable: 0 }
  it('a pending artifact may name only a visual status context, its own, for the head', () => {
    expect(parsePending(JSON.stringify(good), H1, 'quality-gates-visual-pending')).toMatchObject({ sha: H1 })
    const other = { ...good, context: 'quality-gates/coverage' }
    expect(parsePending(JSON.stringify(other), H1, 'quality-gates-visual-pending')).toMatch(/status context/)
    const named = { ...good, context: 'quality-gates/visual/mobile' }
    expect(parsePending(JSON.stringify(named), H1, 'quality-gates-visual-pending')).toMatch(/does not match/)
    expect(parsePending(JSON.stringify(named), H1, 'quality-gates-visual-pending-mobile')).toMatchObject({
      context: 'quality-gates/visual/mobile'
    })
    expect(parsePending(JSON.stringify(good), H2, 'quality-gates-visual-pending')).toMatch(/another commit/)
    const bad = { ...good, images: [{ name: 'a.png', fingerprint: 'v1.zz', diffPixels: 1 }] }
    expect(parsePending(JSON.stringify(bad), H1, 'quality-gates-visual-pending')).toBe('bad image entry')
    expect(parsePending('{', H1, 'quality-gates-visual-pending')).toBe('not JSON')
  })
  it('reads the command on the first line only, with an optional commit', () => {
    expect(parseCommand('/approve-visual')).toEqual({ decision: 'approve' })
    expect(parseCommand('  /reject-visual abcdef1 \nwhy')).toEqual({
      decision: 'reject',
      shaPrefix: 'abcdef1'
    })
    expect(parseCommand('please /approve-visual')).toBeUndefined()
    expect(parseCommand('/approve-visualize')).toBeUndefined()
    expect(parseCommand('/approve-visual ' + 'a'.repeat(100_000))).toBeUndefined()
  })
})
