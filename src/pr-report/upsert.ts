/**
 * The one sticky PR comment, written race-free enough for a world without compare-and-swap.
 *
 * 1. Read ALL comments of the PR (every page) and keep those whose first line is exactly our marker AND
 *    whose author is the bot: a marker in anyone else's comment is never trusted.
 * 2. None → create. Otherwise the oldest match is the survivor: same body → no write; survivor holds a
 *    newer body (state line `order`, see marker.ts) → no write (a stale run never overwrites a newer one);
 *    else update it in place.
 * 3. Reconcile: list again; the oldest match survives, it gets the newest body any writer produced (ours or
 *    one seen in a duplicate) BEFORE the duplicates are deleted, so the newest content is never absent.
 *    The globally oldest match is never deleted by anyone (every writer keeps the oldest it sees and ids
 *    only grow), so all writers converge on the same survivor.
 * 4. A writer that wrote waits `settleMs` and reconciles once more: an older writer whose read preceded our
 *    write may PATCH the survivor after it; the newest writer sees that and puts the newest body back.
 */
import type { Octokit } from '../shared/github.js'
import { compareOrder, hasMarker, readOrder } from './marker.js'

export const COMMENT_LIMIT = 65_536
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]'

export interface RepoRef {
  owner: string
  repo: string
}

export interface UpsertOptions {
  /** The exact first line, from markerLine(id). */
  marker: string
  /** Login whose comments we may edit; default github-actions[bot]. */
  author?: string
  /** Wait before the verifying reconcile pass (ms); default 1000. 0 still verifies, immediately. */
  settleMs?: number
  sleep?: (ms: number) => Promise<void>
}

export type UpsertAction = 'created' | 'updated' | 'unchanged' | 'superseded'

export interface UpsertResult {
  /** created / updated = we wrote; unchanged = same body already there; superseded = a newer run's body is there. */
  action: UpsertAction
  commentId: number
  url?: string
  /** Ids of duplicate comments this call deleted. */
  deleted: number[]
  /** Set when GitHub attributed our new comment to another login than `author` (wrong comment-author input). */
  actualAuthor?: string
}

interface CommentLite {
  id: number
  body: string
  login: string
  url?: string
}

export async function upsertComment(
  octokit: Octokit,
  repo: RepoRef,
  prNumber: number,
  body: string,
  options: UpsertOptions
): Promise<UpsertResult> {
  if (body.length > COMMENT_LIMIT) {
    throw new Error(`pr-report: comment body is ${body.length} characters, over GitHub's ${COMMENT_LIMIT}`)
  }
  if (!hasMarker(body, options.marker))
    throw new Error('pr-report: comment body does not start with its marker')
  let author = (options.author ?? DEFAULT_COMMENT_AUTHOR).toLowerCase()
  const settleMs = options.settleMs ?? 1000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>(r => setTimeout(r, ms)))
  const ourOrder = readOrder(body)
  const issue = { owner: repo.owner, repo: repo.repo, issue_number: prNumber }

  const listOurs = async (): Promise<CommentLite[]> => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 })
    return all
      .map(c => ({ id: c.id, body: c.body ?? '', login: c.user?.login ?? '', url: c.html_url }))
      .filter(c => c.login.toLowerCase() === author && hasMarker(c.body, options.marker))
      .sort((a, b) => a.id - b.id)
  }
  const create = async (text: string): Promise<CommentLite> => {
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: text })
    return { id: data.id, body: data.body ?? text, login: data.user?.login ?? '', url: data.html_url }
  }
  /** Update; false when the comment vanished meanwhile (404). */
  const update = async (id: number, text: string): Promise<boolean> => {
    try {
      await octokit.rest.issues.updateComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id,
        body: text
      })
      return true
    } catch (e) {
      if (statusOf(e) === 404) return false
      throw e
    }
  }
  const remove = async (id: number): Promise<boolean> => {
    try {
      await octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: id })
      return true
    } catch (e) {
      if (statusOf(e) === 404) return false // a concurrent writer deleted it first
      throw e
    }
  }

  const deleted: number[] = []
  let wrote = false
  let actualAuthor: string | undefined
  let action: UpsertAction
  let survivor: CommentLite | undefined

  const createOurs = async (): Promise<CommentLite> => {
    const made = await create(body)
    wrote = true
    if (made.login && made.login.toLowerCase() !== author) {
      // GitHub says who we are: keep reconciling under the real identity, and tell the caller.
      actualAuthor = made.login
      author = made.login.toLowerCase()
    }
    return made
  }

  const existing = await listOurs()
  const first = existing[0]
  if (first === undefined) {
    survivor = await createOurs()
    action = 'created'
  } else if (first.body === body) {
    survivor = first
    action = 'unchanged'
  } else if (compareOrder(readOrder(first.body), ourOrder) > 0) {
    survivor = first
    action = 'superseded'
  } else if (await update(first.id, body)) {
    survivor = { ...first, body }
    wrote = true
    action = 'updated'
  } else {
    survivor = await createOurs()
    action = 'created'
  }

  /** One reconcile pass; returns the survivor. */
  const reconcile = async (): Promise<CommentLite> => {
    let matches = await listOurs()
    if (matches.length === 0) {
      // Deleted under us (by a person): put it back once.
      matches = [await createOurs()]
    }
    const keep = matches[0] as CommentLite
    let best = body
    for (const c of matches) if (compareOrder(readOrder(c.body), readOrder(best)) > 0) best = c.body
    if (keep.body !== best) {
      if (await update(keep.id, best)) wrote = true
      keep.body = best
    }
    for (const c of matches.slice(1)) if (await remove(c.id)) deleted.push(c.id)
    return keep
  }

  // Only a run that wrote can have raced; a run that found its body (or a newer one) in place is done.
  if (wrote || existing.length > 1) {
    survivor = await reconcile()
    if (wrote) {
      await sleep(settleMs)
      survivor = await reconcile()
    }
  }

  return {
    action,
    commentId: survivor.id,
    ...(survivor.url !== undefined ? { url: survivor.url } : {}),
    deleted,
    ...(actualAuthor !== undefined ? { actualAuthor } : {})
  }
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}
