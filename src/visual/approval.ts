// Approvals that stick: what the visual gate leaves for the approval run (the pending fingerprints of a head),
// and what the approval run leaves for the next gate run (the approved fingerprints of a PR).
//
// Pending → an artifact of the gate run. The gate's run is often a fork's `pull_request` run, whose token may not
// comment, create check runs or set statuses, but may upload artifacts; so the pending list travels as a small
// artifact `quality-gates-visual-pending[-<name>]` (one per status context, `-attempt-N` on re-runs) holding
// visual-pending.json. The approval run finds it through the Actions API: the runs whose head_sha is the PR's
// head, newest first, their artifacts by name. It is as trustworthy as the PR's own CI (which the fork
// controls anyway); what it can never do is name another status context than quality-gates/visual[/<name>].
//
// Approved → a marked comment on the PR written by OUR token (default github-actions[bot]): line 1 is the
// marker, line 2 the decision as JSON in an HTML comment (approve | reject, the head SHA, the approver, the
// fingerprints). Anyone can paste those lines into a comment of their own, so a marker is trusted only on a
// comment whose author is our login. The comments are read oldest first: an approval adds its fingerprints, a
// rejection removes its own; the result is the approved set, which any later gate run of the PR (same head, or
// a new head showing the same diffs) reads to excuse exactly those diffs, and nothing else.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readZipEntryText } from '../shared/archive.js'
import { describeError } from '../shared/errors.js'
import type { Octokit } from '../shared/github.js'
import type { Host } from '../shared/host.js'
import { isFingerprint } from './fingerprint.js'
import type { ImageResult } from './model.js'

export const DEFAULT_APPROVAL_AUTHOR = 'github-actions[bot]'
export const LOGIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/
/** The status contexts an approval may set: the visual gate's, plain or named. */
export const VISUAL_CONTEXT_PATTERN = /^quality-gates\/visual(?:\/[a-z0-9][a-z0-9._-]{0,39})?$/
export const PENDING_ARTIFACT_PREFIX = 'quality-gates-visual-pending'
export const PENDING_FILE = 'visual-pending.json'
export const APPROVAL_MARKER = '<!-- quality-gates:visual-approval v1 -->'

const PENDING_RETENTION_DAYS = 30
const MAX_PENDING_BYTES = 4 * 1024 * 1024
const MAX_PENDING_IMAGES = 10_000
const MAX_NAME_LENGTH = 1024
/** Workflow runs of one head SHA searched for pending artifacts (one page). */
const MAX_RUNS = 100
/** Comments read for approvals (30 pages of 100). */
const MAX_COMMENTS = 3000
const MAX_DATA_LINE = 60_000

/** One changed image waiting for approval. */
export interface PendingImage {
  name: string
  fingerprint: string
  diffPixels: number
}

/** What one gate run (one status context) leaves for the approval run. */
export interface PendingRecord {
  version: 1
  /** quality-gates/visual or quality-gates/visual/<name>. */
  context: string
  /** The commit the gate ran on (the PR head). */
  sha: string
  /** Changed images, each with its diff's fingerprint. */
  images: PendingImage[]
  /** Images that fail for a reason no approval excuses (errors, changes without a fingerprint…). */
  unapprovable: number
}

/** Images sharing one fingerprint: one identical diff, approved together. */
export interface Group {
  fingerprint: string
  /** Image names, sorted. */
  images: string[]
  /** Changed pixels of one image of the group. */
  diffPixels: number
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)

/** The pending record of a gate run: the changed images carrying a fingerprint (compareSuites fingerprints). */
export function pendingFromImages(
  images: readonly ImageResult[],
  context: string,
  sha: string,
  unapprovable = 0
): PendingRecord {
  const pending: PendingImage[] = []
  for (const image of images) {
    if (image.status !== 'changed' && image.status !== 'size-changed') continue
    if (image.fingerprint === undefined) continue
    pending.push({ name: image.name, fingerprint: image.fingerprint, diffPixels: image.diffPixels })
  }
  pending.sort((x, y) => byText(x.name, y.name))
  return { version: 1, context, sha, images: pending, unapprovable }
}

/** The groups of identical diffs, in the order of their first image's name. */
export function groupsOf(images: readonly PendingImage[]): Group[] {
  const groups = new Map<string, Group>()
  for (const image of images) {
    const g = groups.get(image.fingerprint)
    if (g) g.images.push(image.name)
    else
      groups.set(image.fingerprint, {
        fingerprint: image.fingerprint,
        images: [image.name],
        diffPixels: image.diffPixels
      })
  }
  const out = [...groups.values()]
  for (const g of out) g.images.sort(byText)
  return out.sort((x, y) => byText(x.images[0]!, y.images[0]!))
}

/** The pending groups split by the approved fingerprints: what is excused, and what still needs an approval. */
export function approvedGroups(
  pending: readonly PendingImage[],
  approvals: ReadonlySet<string>
): { approved: Group[]; unapproved: Group[] } {
  const approved: Group[] = []
  const unapproved: Group[] = []
  for (const g of groupsOf(pending)) (approvals.has(g.fingerprint) ? approved : unapproved).push(g)
  return { approved, unapproved }
}

/**
 * The gate's seam: names of the changed images an approval excuses (their fingerprint is approved). A changed
 * image without a fingerprint is never excused.
 */
export function excusedImages(images: readonly ImageResult[], approvals: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  for (const image of images)
    if (
      (image.status === 'changed' || image.status === 'size-changed') &&
      image.fingerprint !== undefined &&
      approvals.has(image.fingerprint)
    )
      out.add(image.name)
  return out
}

// ---------------------------------------------------------------------------------------------------------
// pending: written by the gate run, read by the approval run

/** The artifact name of a context's pending record: the name part of the context, `-attempt-N` on a re-run. */
export function pendingArtifactName(context: string, runAttempt?: number): string {
  if (!VISUAL_CONTEXT_PATTERN.test(context)) throw new Error(`not a visual status context: ${context}`)
  const name = context.slice('quality-gates/visual'.length).replace('/', '-')
  const base = `${PENDING_ARTIFACT_PREFIX}${name}`
  return runAttempt !== undefined && runAttempt > 1 ? `${base}-attempt-${runAttempt}` : base
}

/**
 * Upload the gate run's pending record (every PR run, an empty one included: a newer run with nothing pending
 * supersedes an older run's list). Returns the artifact name, or undefined when this run cannot upload.
 */
export async function recordPending(host: Host, record: PendingRecord): Promise<string | undefined> {
  const artifacts = host.artifacts
  if (!artifacts?.canUpload) {
    host.logger.log(
      'info',
      'visual approvals: this run cannot upload artifacts, so /approve-visual will not find its diffs'
    )
    return undefined
  }
  const name = pendingArtifactName(record.context, host.context.runAttempt)
  const dir = await mkdtemp(join(host.tempDir, 'visual-pending-'))
  const path = join(dir, PENDING_FILE)
  await writeFile(path, JSON.stringify(record))
  await artifacts.upload(name, [path], dir, PENDING_RETENTION_DAYS)
  return name
}

/** A pending record read back from an artifact (hostile input), or the reason it is unusable. */
export function parsePending(text: string, headSha: string, identity: string): PendingRecord | string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return 'not JSON'
  }
  const r = data as Partial<Record<keyof PendingRecord, unknown>> | null
  if (!r || typeof r !== 'object' || r.version !== 1) return 'not a version 1 pending record'
  if (typeof r.context !== 'string' || !VISUAL_CONTEXT_PATTERN.test(r.context))
    return 'its status context is not quality-gates/visual[/<name>]'
  if (pendingArtifactName(r.context) !== identity) return `its context ${r.context} does not match its name`
  if (r.sha !== headSha) return 'it is about another commit'
  if (!Array.isArray(r.images) || r.images.length > MAX_PENDING_IMAGES) return 'bad image list'
  const unapprovable = r.unapprovable
  if (typeof unapprovable !== 'number' || !Number.isSafeInteger(unapprovable) || unapprovable < 0)
    return 'bad unapprovable count'
  const images: PendingImage[] = []
  for (const i of r.images as unknown[]) {
    const image = i as Partial<Record<keyof PendingImage, unknown>> | null
    if (
      !image ||
      typeof image.name !== 'string' ||
      image.name.length === 0 ||
      image.name.length > MAX_NAME_LENGTH ||
      !isFingerprint(image.fingerprint) ||
      typeof image.diffPixels !== 'number' ||
      !Number.isSafeInteger(image.diffPixels) ||
      image.diffPixels < 0
    )
      return 'bad image entry'
    images.push({ name: image.name, fingerprint: image.fingerprint, diffPixels: image.diffPixels })
  }
  return { version: 1, context: r.context, sha: headSha, images, unapprovable }
}

interface RunArtifact {
  id: number
  name: string
  size_in_bytes: number
  expired: boolean
}

/** A run's pending artifacts, the newest attempt of each identity (the name without `-attempt-N`). */
function newestPending(listed: readonly RunArtifact[]): { artifact: RunArtifact; identity: string }[] {
  const newest = new Map<string, { artifact: RunArtifact; attempt: number }>()
  for (const artifact of listed) {
    if (artifact.name !== PENDING_ARTIFACT_PREFIX && !artifact.name.startsWith(`${PENDING_ARTIFACT_PREFIX}-`))
      continue
    const m = /^(.*)-attempt-([1-9][0-9]{0,5})$/.exec(artifact.name)
    const identity = m ? m[1]! : artifact.name
    const attempt = m ? Number(m[2]) : 1
    const kept = newest.get(identity)
    if (!kept || attempt > kept.attempt || (attempt === kept.attempt && artifact.id > kept.artifact.id))
      newest.set(identity, { artifact, attempt })
  }
  return [...newest.entries()]
    .sort(([x], [y]) => byText(x, y))
    .map(([identity, v]) => ({ artifact: v.artifact, identity }))
}

export interface FoundPending {
  records: PendingRecord[]
  /** Artifacts that were found but could not be used, one line each. */
  problems: string[]
}

/**
 * The pending records of `headSha`: per status context, the one of the newest workflow run of that head that
 * uploaded one (newest attempt). Bounded: one page of runs, each artifact capped in size.
 */
export async function findPending(options: {
  octokit: Octokit
  repo: { owner: string; repo: string }
  headSha: string
  downloadZip: (artifactId: number, zipPath: string) => Promise<void>
  tempDir: string
}): Promise<FoundPending> {
  const { octokit, repo, headSha } = options
  const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
    owner: repo.owner,
    repo: repo.repo,
    head_sha: headSha,
    per_page: MAX_RUNS
  })
  const runs = data.workflow_runs.filter(r => r.head_sha === headSha).sort((a, b) => b.id - a.id)
  const records = new Map<string, PendingRecord>()
  const problems: string[] = []
  /** Artifact identities already settled by a newer run (read, or found unusable). */
  const done = new Set<string>()
  for (const run of runs) {
    let listed: RunArtifact[]
    try {
      listed = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
        owner: repo.owner,
        repo: repo.repo,
        run_id: run.id,
        per_page: 100
      })
    } catch (e) {
      problems.push(`artifacts of run ${run.id}: ${describeError(e)}`)
      continue
    }
    for (const { artifact, identity } of newestPending(listed)) {
      if (done.has(identity)) continue
      done.add(identity)
      const where = `artifact ${artifact.name} of run ${run.id}`
      if (artifact.expired) {
        problems.push(`${where}: expired`)
        continue
      }
      if (!Number.isSafeInteger(artifact.size_in_bytes) || artifact.size_in_bytes > MAX_PENDING_BYTES) {
        problems.push(`${where}: larger than ${MAX_PENDING_BYTES} bytes`)
        continue
      }
      try {
        const dir = await mkdtemp(join(options.tempDir, 'visual-pending-'))
        const zip = join(dir, 'pending.zip')
        await options.downloadZip(artifact.id, zip)
        const text = await readZipEntryText(zip, PENDING_FILE, MAX_PENDING_BYTES)
        if (text === undefined) {
          problems.push(`${where}: holds no ${PENDING_FILE}`)
          continue
        }
        const parsed = parsePending(text, headSha, identity)
        if (typeof parsed === 'string') problems.push(`${where}: ${parsed}`)
        else records.set(parsed.context, parsed)
      } catch (e) {
        problems.push(`${where}: ${describeError(e)}`)
      }
    }
  }
  return {
    records: [...records.values()].sort((x, y) => byText(x.context, y.context)),
    problems
  }
}

// ---------------------------------------------------------------------------------------------------------
// approvals: marked comments of our token on the PR

export type Decision = 'approve' | 'reject'

export interface ApprovalEntry {
  decision: Decision
  /** The PR head the decision was made on. */
  sha: string
  /** Who decided (the commenter, labeler or dispatcher). */
  by: string
  fingerprints: string[]
}

/** The hidden lines of an approval comment (line 1 the marker, line 2 the data), then a visible line. */
export function approvalComment(entry: ApprovalEntry, visible: string): string {
  if (!LOGIN_PATTERN.test(entry.by)) throw new Error(`not a GitHub login: ${entry.by}`)
  if (!/^[0-9a-f]{40}$/.test(entry.sha)) throw new Error('approval: sha must be 40 hex digits')
  if (!entry.fingerprints.every(isFingerprint)) throw new Error('approval: malformed fingerprint')
  return `${APPROVAL_MARKER}\n<!-- ${JSON.stringify(entry)} -->\n${visible}`
}

/** The decision a comment body holds, or undefined when it is not one of ours (marker and well-formed data). */
export function parseApprovalComment(body: string): ApprovalEntry | undefined {
  const [first, second] = body.split('\n', 2)
  if (first?.replace(/\r$/, '') !== APPROVAL_MARKER || second === undefined) return undefined
  const line = second.replace(/\r$/, '')
  if (line.length > MAX_DATA_LINE || !line.startsWith('<!-- ') || !line.endsWith(' -->')) return undefined
  let data: unknown
  try {
    data = JSON.parse(line.slice(5, -4))
  } catch {
    return undefined
  }
  const e = data as Partial<Record<keyof ApprovalEntry, unknown>> | null
  if (!e || typeof e !== 'object') return undefined
  if (e.decision !== 'approve' && e.decision !== 'reject') return undefined
  if (typeof e.sha !== 'string' || !/^[0-9a-f]{40}$/.test(e.sha)) return undefined
  if (typeof e.by !== 'string' || !LOGIN_PATTERN.test(e.by)) return undefined
  if (!Array.isArray(e.fingerprints) || !e.fingerprints.every(isFingerprint)) return undefined
  return { decision: e.decision, sha: e.sha, by: e.by, fingerprints: e.fingerprints as string[] }
}

export interface ReadApprovalsOptions {
  /** The login whose comments are trusted; default github-actions[bot] (the GITHUB_TOKEN's identity). */
  author?: string
}

/**
 * The PR's approved fingerprints: our token's approval comments, oldest first (an approval adds, a rejection
 * removes). A marked comment by anyone else is ignored. Reads at most MAX_COMMENTS comments.
 */
export async function readApprovals(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  pr: number,
  options: ReadApprovalsOptions = {}
): Promise<Set<string>> {
  return new Set((await readApprovers(octokit, repo, pr, options)).keys())
}

/**
 * readApprovals with who approved each fingerprint (the approver of its latest approval), for the gate's
 * section: "N images excused by an approval of @x".
 */
export async function readApprovers(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  pr: number,
  options: ReadApprovalsOptions = {}
): Promise<Map<string, string>> {
  const author = (options.author ?? DEFAULT_APPROVAL_AUTHOR).toLowerCase()
  let seen = 0
  const comments = await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner: repo.owner, repo: repo.repo, issue_number: pr, per_page: 100 },
    (response, done) => {
      seen += response.data.length
      if (seen >= MAX_COMMENTS) done()
      return response.data.map(c => ({ id: c.id, login: c.user?.login ?? '', body: c.body ?? '' }))
    }
  )
  const approved = new Map<string, string>()
  for (const c of comments.sort((x, y) => x.id - y.id)) {
    if (c.login.toLowerCase() !== author) continue
    const entry = parseApprovalComment(c.body)
    if (!entry) continue
    for (const f of entry.fingerprints)
      if (entry.decision === 'approve') approved.set(f, entry.by)
      else approved.delete(f)
  }
  return approved
}
