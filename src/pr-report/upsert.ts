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
 * 4. Every write is conditional: the comment is re-read right before the PATCH and left alone when it already
 *    holds a newer body. That narrows, but cannot close, the window in which an older writer's PATCH lands
 *    after ours; so a writer that wrote waits `settleMs` (jittered) and reconciles again: at least twice, then
 *    until a pass finds nothing to fix (at most 6 passes): the newest writer sees an older body in place and puts the newest
 *    back, while a writer that has seen a newer body than its own stops.
 */
import { classifyApiError, describeApiError, type Octokit } from '../shared/github.js'
import { compareOrder, contentOf, hasMarker, readOrder } from './marker.js'
import { COMMENT_LIMIT } from './compose.js'

export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]'
const MAX_VERIFY_ROUNDS = 6

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
  /**
   * Conditional update: re-read the comment right before writing (GitHub has no compare-and-swap, so this
   * narrows the window to one request) and write only if it does not already hold this or a newer body.
   */
  const update = async (id: number, text: string): Promise<'written' | 'same' | 'newer' | 'gone'> => {
    try {
      const { data } = await octokit.rest.issues.getComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id
      })
      const current = data.body ?? ''
      if (current === text) return 'same'
      if (compareOrder(readOrder(current), readOrder(text)) > 0) return 'newer'
      await octokit.rest.issues.updateComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id,
        body: text
      })
      return 'written'
    } catch (e) {
      if (statusOf(e) === 404) return 'gone'
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
  } else if (first.body === body || contentOf(first.body) === contentOf(body)) {
    // Same report (e.g. a re-run attempt): no write, even if only the order differs.
    survivor = first
    action = 'unchanged'
  } else if (compareOrder(readOrder(first.body), ourOrder) > 0) {
    survivor = first
    action = 'superseded'
  } else {
    const outcome = await update(first.id, body)
    if (outcome === 'gone') {
      survivor = await createOurs()
      action = 'created'
    } else {
      survivor = { ...first, body: outcome === 'written' || outcome === 'same' ? body : first.body }
      wrote = outcome === 'written'
      action = outcome === 'written' ? 'updated' : outcome === 'same' ? 'unchanged' : 'superseded'
    }
  }

  let recreated = false
  /**
   * One reconcile pass. `fixed`: it had to write (an older body was in place); `superseded`: a newer body than
   * ours exists, so this writer is not the one to keep verifying.
   */
  const reconcile = async (): Promise<{ keep: CommentLite; fixed: boolean; superseded: boolean }> => {
    let matches = await listOurs()
    if (matches.length === 0 && !recreated) {
      // Deleted under us (by a person): put it back, once.
      recreated = true
      matches = [await createOurs()]
    }
    const keep = (matches[0] ?? survivor) as CommentLite
    let best = body
    for (const c of matches) if (compareOrder(readOrder(c.body), readOrder(best)) > 0) best = c.body
    let fixed = false
    if (keep.body !== best) {
      const outcome = await update(keep.id, best)
      if (outcome === 'written') wrote = fixed = true
      if (outcome === 'written' || outcome === 'same') keep.body = best
    }
    for (const c of matches.slice(1)) if (await remove(c.id)) deleted.push(c.id)
    return { keep, fixed, superseded: best !== body }
  }

  // Only a run that wrote can have raced; a run that found its body (or a newer one) in place is done.
  if (wrote || existing.length > 1) {
    let pass = await reconcile()
    survivor = pass.keep
    // Verify until a pass finds the newest body in place: a slower, older writer's PATCH can land after ours,
    // and the newest writer is the one that puts it right. A writer that saw a newer body stops.
    for (let round = 0; wrote && !pass.superseded && round < MAX_VERIFY_ROUNDS; round++) {
      await sleep(Math.round(settleMs * (1 + Math.random() / 2)))
      pass = await reconcile()
      survivor = pass.keep
      if (!pass.fixed && round > 0) break
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

/**
 * The warning for a comment that could not be written, naming the real cause: a rate limit says when it
 * resets, only a real refusal talks about permissions (with the fork hint), an outage says so.
 */
export function commentFailureWarning(e: unknown): string {
  const cause = classifyApiError(e)
  const hint =
    cause.kind === 'permission'
      ? ' — a fork PR gets a read-only token: use the workflow_run setup (mode: workflow-run)'
      : cause.kind === 'rate-limit'
        ? ' — the report is in the job summary; re-run the job after the reset to post it'
        : ''
  return `could not write the PR comment: ${describeApiError(e)}${hint}`
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}
