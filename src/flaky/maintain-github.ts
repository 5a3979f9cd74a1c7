/**
 * The GitHub side of the quarantine maintenance task: the proposal branch written through the git data API
 * (blob → tree on the default branch's HEAD → commit → create or force-update the ref), the one pull request found
 * by its head branch, the fallback issue holding the patch, and the one issue per quarantined test found again by
 * a hidden marker. Each call is one documented REST endpoint; every search is bounded by pages.
 */
import { createHash } from 'node:crypto'
import type { Octokit } from '../shared/github.js'

type Repo = { owner: string; repo: string }

/** Pages of 100 issues scanned for a marker: the newest 1,000 issues (open and closed). */
const MAX_ISSUE_PAGES = 10
/** Directory levels walked to find the file on the proposal branch. */
const MAX_PATH_DEPTH = 20

export const PR_MARKER = '<!-- quality-gates:flaky-quarantine proposal -->'
export const PATCH_MARKER = '<!-- quality-gates:flaky-quarantine patch -->'

/** The hidden marker of a test's issue: a hash of its id (the id itself is untrusted and may be 8 kB long). */
export function testMarker(id: string): string {
  const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 32)
  return `<!-- quality-gates:flaky-quarantine test=${hash} -->`
}

/** Git's blob id of `text`, computed here so an unchanged branch is recognised without writing anything. */
export function blobSha(text: string): string {
  const buf = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex')
}

export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** GitHub's refusal when "Allow GitHub Actions to create and approve pull requests" is off. */
export function refusesPullRequests(e: unknown): boolean {
  return statusOf(e) === 403 && /not permitted to create or approve pull requests/i.test(messageOf(e))
}

export async function defaultBranch(octokit: Octokit, repo: Repo): Promise<string> {
  const { data } = await octokit.rest.repos.get(repo)
  return data.default_branch
}

/** The branch's head commit, or undefined when the branch does not exist. */
export async function branchHead(octokit: Octokit, repo: Repo, branch: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
    return data.object.sha
  } catch (e) {
    if (statusOf(e) === 404) return undefined
    throw e
  }
}

export interface BranchFile {
  commit: string
  parent: string | undefined
  /** The file's blob id and text at that commit, when it has the file. */
  blob?: string
  text?: string
}

/** The proposal branch's head commit, its first parent and `path` at it (walking the tree one level at a time). */
export async function readBranchFile(
  octokit: Octokit,
  repo: Repo,
  branch: string,
  path: string
): Promise<BranchFile | undefined> {
  const head = await branchHead(octokit, repo, branch)
  if (head === undefined) return undefined
  const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: head })
  const out: BranchFile = { commit: head, parent: commit.parents[0]?.sha }
  let tree = commit.tree.sha
  const parts = path.split('/')
  for (let i = 0; i < parts.length && i < MAX_PATH_DEPTH; i++) {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: tree })
    const entry = data.tree.find(e => e.path === parts[i])
    if (entry?.sha === undefined) return out
    if (i === parts.length - 1) {
      if (entry.type !== 'blob') return out
      const { data: blob } = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha })
      out.blob = entry.sha
      out.text = Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8')
      return out
    }
    if (entry.type !== 'tree') return out
    tree = entry.sha
  }
  return out
}

/** Commit `text` as `path` on top of `parent` and point `branch` at it (created, or force-updated). */
export async function writeBranch(
  octokit: Octokit,
  repo: Repo,
  opts: { branch: string; parent: string; path: string; text: string; message: string; exists: boolean }
): Promise<string> {
  const { data: blob } = await octokit.rest.git.createBlob({
    ...repo,
    content: Buffer.from(opts.text, 'utf8').toString('base64'),
    encoding: 'base64'
  })
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: opts.parent,
    tree: [{ path: opts.path, mode: '100644', type: 'blob', sha: blob.sha }]
  })
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: opts.message,
    tree: tree.sha,
    parents: [opts.parent]
  })
  if (opts.exists)
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${opts.branch}`, sha: commit.sha, force: true })
  else await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${opts.branch}`, sha: commit.sha })
  return commit.sha
}

export interface PullRef {
  number: number
  url: string
  title: string
  body: string
}

/** The open pull request from `branch` (this repository's) into `base`, if any. */
export async function findOpenPull(
  octokit: Octokit,
  repo: Repo,
  branch: string,
  base: string
): Promise<PullRef | undefined> {
  const { data } = await octokit.rest.pulls.list({
    ...repo,
    state: 'open',
    head: `${repo.owner}:${branch}`,
    base,
    per_page: 10
  })
  const p = data[0]
  return p ? { number: p.number, url: p.html_url, title: p.title, body: p.body ?? '' } : undefined
}

/** Create the pull request, or update the open one when its title or body differ. */
export async function upsertPull(
  octokit: Octokit,
  repo: Repo,
  opts: { branch: string; base: string; title: string; body: string; existing: PullRef | undefined }
): Promise<{ pull: PullRef; action: 'created' | 'updated' | 'unchanged' }> {
  const { existing } = opts
  if (existing) {
    if (existing.title === opts.title && existing.body === opts.body)
      return { pull: existing, action: 'unchanged' }
    await octokit.rest.pulls.update({
      ...repo,
      pull_number: existing.number,
      title: opts.title,
      body: opts.body
    })
    return { pull: { ...existing, title: opts.title, body: opts.body }, action: 'updated' }
  }
  const { data } = await octokit.rest.pulls.create({
    ...repo,
    head: opts.branch,
    base: opts.base,
    title: opts.title,
    body: opts.body
  })
  return {
    pull: { number: data.number, url: data.html_url, title: opts.title, body: opts.body },
    action: 'created'
  }
}

export interface IssueRef {
  number: number
  url: string
  state: string
  title: string
  body: string
}

/**
 * Issues (not pull requests) whose body holds one of `markers`, newest first, from the newest MAX_ISSUE_PAGES
 * pages; `state` as GitHub's list filter. A marker found twice keeps the newest issue.
 */
export async function findIssuesByMarker(
  octokit: Octokit,
  repo: Repo,
  markers: ReadonlySet<string>,
  state: 'open' | 'all'
): Promise<Map<string, IssueRef>> {
  const found = new Map<string, IssueRef>()
  if (markers.size === 0) return found
  let pages = 0
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repo,
    state,
    sort: 'created',
    direction: 'desc',
    per_page: 100
  })) {
    for (const issue of page.data) {
      if (issue.pull_request) continue
      const body = issue.body ?? ''
      // The marker is the body's first line: one look-up per issue, whatever the body holds.
      const first = body.slice(0, Math.max(0, body.indexOf('\n') >= 0 ? body.indexOf('\n') : body.length))
      if (!markers.has(first.trim()) || found.has(first.trim())) continue
      found.set(first.trim(), {
        number: issue.number,
        url: issue.html_url,
        state: issue.state,
        title: issue.title,
        body
      })
    }
    if (++pages >= MAX_ISSUE_PAGES || found.size === markers.size) break
  }
  return found
}

export async function createIssue(
  octokit: Octokit,
  repo: Repo,
  title: string,
  body: string
): Promise<IssueRef> {
  const { data } = await octokit.rest.issues.create({ ...repo, title, body })
  return { number: data.number, url: data.html_url, state: data.state, title, body }
}

/** Update an issue's title and body when they differ; reopen it when asked. */
export async function updateIssue(
  octokit: Octokit,
  repo: Repo,
  issue: IssueRef,
  title: string,
  body: string
): Promise<boolean> {
  if (issue.title === title && issue.body === body && issue.state === 'open') return false
  await octokit.rest.issues.update({ ...repo, issue_number: issue.number, title, body, state: 'open' })
  return true
}
