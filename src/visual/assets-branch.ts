// The assets branch: thumbnails for the PR comment, stored on an orphan branch of the repository and shown
// with `https://github.com/<owner>/<repo>/blob/<branch>/<path>?raw=true` (the one image URL that works in private
// repositories for signed-in viewers; raw.githubusercontent.com ignores their session).
//
// Written through the git data API only (no checkout): blobs → one tree on top of the branch's tree → a commit
// → the ref moved. Layout `pr-<n>/<sha7>/<file>`; a PR keeps only its newest commit's folder (the sticky comment
// shows only the newest run). Another run moving the ref between our read and our update makes GitHub answer
// 422 "not a fast forward": we re-read and rebuild on the new tip, a bounded number of times.
//
// Growth is bounded: `prunePr` removes a closed PR's folder, and when the blobs in the branch's tree would pass
// `maxBranchBytes` the branch is replaced by one new root commit holding only the open PRs' folders (the
// history, and so the pack's growth, is dropped with it).
//
// Never fails the caller: a refused write (a fork PR's read-only token, 403/404) or any other failure gives
// `{ published: false, reason }`, and the caller shows artifact links instead of pictures.
import { classifyApiError, describeApiError, type Octokit } from '../shared/github.js'
import type { Region } from './model.js'
import {
  DEFAULT_THUMBNAIL_LIMITS,
  makeThumbnail,
  safeFileName,
  type ThumbnailLimits,
  type ThumbnailUrls
} from './thumbnails.js'

export const DEFAULT_ASSETS_BRANCH = 'quality-gates-assets'

export interface ThumbnailSource {
  /** The image's name in the suite (untrusted). */
  name: string
  baseline?: Buffer
  /** The diff PNG as the compare engine wrote it (already cropped to the change): scaled, not cropped again. */
  diff?: Buffer
  current?: Buffer
  /** The changed box (ImageResult.changedBox): baseline and current are cropped to it plus the margin. */
  box?: Region
}

export interface AssetsLimits extends ThumbnailLimits {
  /** Images published per run (the comment shows no more). Default 20. */
  maxImages: number
  /** Past this sum of blob sizes the branch is squashed to the open PRs' folders. Default 50 MiB. */
  maxBranchBytes: number
  /** Attempts when another run moved the branch meanwhile. Default 5. */
  maxAttempts: number
}

export const DEFAULT_ASSETS_LIMITS: AssetsLimits = {
  ...DEFAULT_THUMBNAIL_LIMITS,
  maxImages: 20,
  maxBranchBytes: 50 * 1024 * 1024,
  maxAttempts: 5
}

export interface PublishInput {
  octokit: Octokit
  owner: string
  repo: string
  branch?: string
  pr: number
  /** The tested commit (its first 7 hex digits name the folder). */
  sha: string
  images: readonly ThumbnailSource[]
  limits?: Partial<AssetsLimits>
  /** Progress and fallback reasons, one line each. */
  log?: (line: string) => void
}

export type PublishResult =
  | {
      published: true
      /** Per image name, the URLs of its thumbnails. */
      urls: Map<string, ThumbnailUrls>
      commit: string
      /** The branch was squashed to one root commit this time. */
      squashed: boolean
      /** Images with no thumbnail (unreadable PNG), with the reason. */
      skipped: { name: string; reason: string }[]
    }
  | { published: false; reason: string; urls: Map<string, ThumbnailUrls> }

const KINDS = ['baseline', 'diff', 'current'] as const
type Kind = (typeof KINDS)[number]

/** Thrown inside the write loop when GitHub refuses writes: the caller falls back to links. */
class Refused extends Error {}
/** The branch moved between planning a squash and replacing it: plan again, as for a 422. */
class Moved extends Error {}

export function assetUrl(owner: string, repo: string, branch: string, path: string): string {
  const enc = (s: string) => s.split('/').map(encodeURIComponent).join('/')
  return `https://github.com/${enc(owner)}/${enc(repo)}/blob/${enc(branch)}/${enc(path)}?raw=true`
}

function checkBranch(branch: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(branch) || /\.\.|\/\/|\.lock$|\/$|\.$/.test(branch))
    throw new Error(`not a usable branch name: ${branch.slice(0, 100)}`)
}

function prFolder(pr: number): string {
  if (!Number.isSafeInteger(pr) || pr <= 0) throw new Error(`not a pull request number: ${String(pr)}`)
  return `pr-${pr}`
}

interface TreeItem {
  path: string
  type: string
  sha: string | null
  size?: number
  mode: string
}

interface Tip {
  commit: string
  tree: string
}

async function readTip(octokit: Octokit, owner: string, repo: string, branch: string): Promise<Tip | null> {
  let commit: string
  try {
    const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
    commit = data.object.sha
  } catch (e) {
    if (classifyApiError(e).status === 404) return null
    throw e
  }
  const { data } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: commit })
  return { commit, tree: data.tree.sha }
}

/** The branch's blobs (recursive listing; `truncated` when GitHub cut it: treated as over any limit). */
async function listTree(
  octokit: Octokit,
  owner: string,
  repo: string,
  tree: string
): Promise<{ items: TreeItem[]; truncated: boolean }> {
  const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree, recursive: 'true' })
  return { items: data.tree as TreeItem[], truncated: data.truncated }
}

/** One line for a failure: GitHub's answer described, or our own error's message. */
function failure(e: unknown): string {
  if (e instanceof Refused) return e.message
  return typeof e === 'object' && e !== null && 'status' in e && 'request' in e
    ? describeApiError(e)
    : e instanceof Error
      ? e.message
      : String(e)
}

function isRefusal(e: unknown): boolean {
  const c = classifyApiError(e)
  return c.kind === 'permission' || c.kind === 'not-found'
}

/** A 422 from a ref update or creation: another writer moved or created the branch meanwhile. */
function isRace(e: unknown): boolean {
  return e instanceof Moved || classifyApiError(e).status === 422
}

/**
 * Publishes thumbnails of `images` (baseline and current cropped to the change, the diff as written; all scaled
 * to the limits) under `pr-<n>/<sha7>/` on the assets branch and returns their URLs. Never throws for GitHub's
 * answers: a refusal or failure is `{ published: false, reason }`.
 */
export async function publishThumbnails(input: PublishInput): Promise<PublishResult> {
  try {
    return await publish(input)
  } catch (e) {
    const reason = e instanceof Refused ? e.message : `thumbnails not published (${failure(e)})`
    input.log?.(reason)
    return { published: false, reason, urls: new Map() }
  }
}

async function publish(input: PublishInput): Promise<PublishResult> {
  const { octokit, owner, repo } = input
  const branch = input.branch ?? DEFAULT_ASSETS_BRANCH
  const limits: AssetsLimits = { ...DEFAULT_ASSETS_LIMITS, ...input.limits }
  const log = input.log ?? (() => {})
  checkBranch(branch)
  const folder = prFolder(input.pr)
  if (!/^[0-9a-f]{7,64}$/i.test(input.sha)) throw new Error(`not a commit SHA: ${input.sha.slice(0, 80)}`)
  const dir = `${folder}/${input.sha.slice(0, 7).toLowerCase()}`

  // Thumbnails first (pure work, nothing written yet).
  const files: { path: string; bytes: Buffer }[] = []
  const urls = new Map<string, ThumbnailUrls>()
  const skipped: { name: string; reason: string }[] = []
  const used = new Set<string>()
  for (const img of input.images.slice(0, Math.max(0, limits.maxImages))) {
    const stem = safeFileName(img.name)
    if (used.has(stem)) continue
    used.add(stem)
    const u: ThumbnailUrls = {}
    for (const kind of KINDS) {
      const png = img[kind]
      if (!png) continue
      try {
        const bytes = makeThumbnail(png, kind === 'diff' ? undefined : img.box, limits)
        const path = `${dir}/${stem}.${kind}.png`
        files.push({ path, bytes })
        u[kind as Kind] = assetUrl(owner, repo, branch, path)
      } catch (e) {
        skipped.push({ name: img.name, reason: `${kind}: ${e instanceof Error ? e.message : String(e)}` })
      }
    }
    urls.set(img.name, u)
  }
  if (files.length === 0) return { published: false, reason: 'no thumbnails to publish', urls: new Map() }

  const blobs = new Map<string, string>()
  for (const f of files) {
    const { data } = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: f.bytes.toString('base64'),
      encoding: 'base64'
    })
    blobs.set(f.path, data.sha)
  }
  const newBytes = files.reduce((n, f) => n + f.bytes.length, 0)
  const entries = files.map(f => ({
    path: f.path,
    mode: '100644' as const,
    type: 'blob' as const,
    sha: blobs.get(f.path) as string
  }))
  const message = `quality-gates: thumbnails for PR #${input.pr} at ${input.sha.slice(0, 7)}`
  const outcome = await writeWithRetry(
    input,
    branch,
    limits,
    log,
    async tip => {
      if (!tip) {
        const tree = await createTree(octokit, owner, repo, entries, undefined)
        return { tree, parents: [], squash: false }
      }
      const { items, truncated } = await listTree(octokit, owner, repo, tip.tree)
      // This PR's older folders go (the comment shows only the newest run).
      const stale = new Set<string>()
      for (const it of items)
        if (it.type === 'tree' && it.path.startsWith(`${folder}/`) && it.path.split('/').length === 2)
          if (it.path !== dir) stale.add(it.path)
      const kept = items.filter(
        it => it.type === 'blob' && ![...stale].some(s => it.path.startsWith(`${s}/`))
      )
      const size = kept.reduce((n, it) => n + (it.size ?? 0), 0) + newBytes
      if (truncated || size > limits.maxBranchBytes) {
        const open = await openPulls(octokit, owner, repo)
        open.add(input.pr)
        const keep = items.filter(
          it =>
            it.type === 'tree' &&
            /^pr-[1-9][0-9]*$/.test(it.path) &&
            it.path !== folder &&
            open.has(Number(it.path.slice(3)))
        )
        const tree = await createTree(
          octokit,
          owner,
          repo,
          [
            ...keep.map(it => ({
              path: it.path,
              mode: '040000' as const,
              type: 'tree' as const,
              sha: it.sha
            })),
            ...entries
          ],
          undefined
        )
        log(
          `assets branch: ${size} bytes would pass the ${limits.maxBranchBytes}-byte limit: squashed to one commit ` +
            `with ${keep.length + 1} open PR folder(s)`
        )
        return { tree, parents: [], squash: true }
      }
      const removals = [...stale].map(path => ({
        path,
        mode: '040000' as const,
        type: 'tree' as const,
        sha: null
      }))
      const tree = await createTree(octokit, owner, repo, [...removals, ...entries], tip.tree)
      return { tree, parents: [tip.commit], squash: false }
    },
    message
  )
  return { published: true, urls, commit: outcome.commit, squashed: outcome.squash, skipped }
}

type TreeEntryInput = {
  path: string
  mode: '100644' | '040000'
  type: 'blob' | 'tree'
  sha: string | null
}

async function createTree(
  octokit: Octokit,
  owner: string,
  repo: string,
  tree: TreeEntryInput[],
  base: string | undefined
): Promise<string> {
  const { data } = await octokit.rest.git.createTree({
    owner,
    repo,
    // sha null deletes a path (GitHub's documented way); the client's types do not know it.
    tree: tree as { path: string; mode: '100644'; type: 'blob'; sha: string }[],
    ...(base ? { base_tree: base } : {})
  })
  return data.sha
}

const MAX_PULL_PAGES = 10

/** Numbers of the open pull requests (at most 1,000: the rest lose their thumbnails at a squash). */
async function openPulls(octokit: Octokit, owner: string, repo: string): Promise<Set<number>> {
  const out = new Set<number>()
  for (let page = 1; page <= MAX_PULL_PAGES; page++) {
    const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', per_page: 100, page })
    for (const p of data) out.add(p.number)
    if (data.length < 100) break
  }
  return out
}

interface Planned {
  tree: string
  parents: string[]
  squash: boolean
}

/**
 * Reads the tip, plans a tree on it, commits and moves the ref; on a 422 (another run moved or created the
 * branch) re-reads and plans again, at most `maxAttempts` times. A refusal (403/404 on a write) → Refused.
 */
async function writeWithRetry(
  input: { octokit: Octokit; owner: string; repo: string },
  branch: string,
  limits: AssetsLimits,
  log: (line: string) => void,
  plan: (tip: Tip | null) => Promise<Planned>,
  message: string
): Promise<{ commit: string; squash: boolean }> {
  const { octokit, owner, repo } = input
  const attempts = Math.max(1, Math.min(20, Math.floor(limits.maxAttempts)))
  for (let attempt = 1; ; attempt++) {
    try {
      const tip = await readTip(octokit, owner, repo, branch)
      const p = await plan(tip)
      const { data: commit } = await octokit.rest.git.createCommit({
        owner,
        repo,
        message,
        tree: p.tree,
        parents: p.parents
      })
      if (!tip) {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha })
      } else if (p.squash) {
        // A squash replaces the history: move the ref only if nobody moved it since we read it.
        const again = await readTip(octokit, owner, repo, branch)
        if (again?.commit !== tip.commit) throw new Moved('moved')
        await octokit.rest.git.updateRef({
          owner,
          repo,
          ref: `heads/${branch}`,
          sha: commit.sha,
          force: true
        })
      } else {
        await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.sha })
      }
      return { commit: commit.sha, squash: p.squash }
    } catch (e) {
      if (isRefusal(e))
        throw new Refused(
          `thumbnails not published: writes to the assets branch refused (${describeApiError(e)})`
        )
      if (!isRace(e) || attempt >= attempts) throw e
      log(
        `assets branch ${branch} moved meanwhile (attempt ${attempt} of ${attempts}): retrying on the new tip`
      )
    }
  }
}

export interface PruneInput {
  octokit: Octokit
  owner: string
  repo: string
  branch?: string
  pr: number
  limits?: Partial<AssetsLimits>
  log?: (line: string) => void
}

/**
 * Removes a PR's folder from the assets branch (run when the PR closes). 'absent' when there was nothing to
 * remove; a refusal or failure is `{ pruned: false, reason }`, never thrown.
 */
export async function prunePr(
  input: PruneInput
): Promise<{ pruned: true; commit: string } | { pruned: false; reason: string }> {
  const { octokit, owner, repo } = input
  const branch = input.branch ?? DEFAULT_ASSETS_BRANCH
  const limits: AssetsLimits = { ...DEFAULT_ASSETS_LIMITS, ...input.limits }
  const log = input.log ?? (() => {})
  let absent = false
  try {
    checkBranch(branch)
    const folder = prFolder(input.pr)
    const out = await writeWithRetry(
      input,
      branch,
      limits,
      log,
      async tip => {
        const root = tip
          ? (await octokit.rest.git.getTree({ owner, repo, tree_sha: tip.tree })).data.tree
          : []
        if (!tip || !root.some(e => e.path === folder && e.type === 'tree')) {
          absent = true
          throw new Error('absent')
        }
        const tree = await createTree(
          octokit,
          owner,
          repo,
          [{ path: folder, mode: '040000', type: 'tree', sha: null }],
          tip.tree
        )
        return { tree, parents: [tip.commit], squash: false }
      },
      `quality-gates: remove thumbnails of closed PR #${input.pr}`
    )
    return { pruned: true, commit: out.commit }
  } catch (e) {
    if (absent) return { pruned: false, reason: `no pr-${input.pr} folder on ${branch}` }
    const reason =
      e instanceof Refused ? e.message : `thumbnails of PR #${input.pr} not removed (${failure(e)})`
    log(reason)
    return { pruned: false, reason }
  }
}
