/**
 * The one sticky PR comment, written race-free enough for a world without compare-and-swap.
 *
 * 1. Read ALL comments of the PR (every page) and keep those whose first line is exactly our marker AND
 *    whose author is the bot: a marker in anyone else's comment is never trusted, edited or deleted.
 * 2. The current comment is, in `update` mode, the oldest match; in `recreate` mode, the one holding the newest
 *    report (state line `order`, see marker.ts; ties: the newest comment). None → create. Same body → no write;
 *    a newer body in place → no write (a stale run never overwrites a newer one); else `update` edits it in
 *    place and `recreate` posts the report as a new comment (at the bottom of the PR) and deletes the old one.
 * 3. `comment-on` decides whether to write at all. `change`: when the comment's digest (trusted only because
 *    step 1 trusts the comment) equals ours, the report is left as it is, and only the hidden state line takes
 *    our order, so that an older run arriving late still sees a newer report and stops. `failure`: a report
 *    without a failure is posted only to bring an existing comment up to date, in place (a stale red comment
 *    never stays); with no comment there is nothing to write, after one more look a moment later (an older,
 *    failing run may have posted just after our first look).
 * 4. Reconcile: list again. `update` keeps the oldest match, gives it the newest body any writer produced (ours
 *    or one seen in a duplicate) BEFORE the duplicates are deleted, so the newest content is never absent; the
 *    globally oldest match is never deleted by anyone (every writer keeps the oldest it sees and ids only grow).
 *    `recreate` keeps the match holding the newest report and deletes the rest: every writer lists after its
 *    own create, so of two writers the later one sees both comments, and the newest report is never deleted by
 *    anyone (nobody sees a newer one); an older edit found over ours is put back. Either way all writers converge
 *    on the same survivor.
 * 5. Every edit is conditional: the comment is re-read right before the PATCH and left alone when it already
 *    holds a newer body. That narrows, but cannot close, the window in which an older writer's PATCH lands
 *    after ours; so a writer that wrote waits `settleMs` (jittered) and reconciles again: at least twice, then
 *    until a pass finds nothing to fix (at most 6 passes): the newest writer sees an older body in place and puts the newest
 *    back, while a writer that has seen a newer body than its own stops.
 *
 * What no writer can close (the workflow's concurrency group does): an older run's PATCH held in flight until the
 * newer run has finished verifying overwrites it with nobody left to notice (only edits in place have this
 * window; `recreate` edits only under comment-on); and under `comment-on: failure` a newer passing run that
 * found no comment leaves no trace, so an older failing run that posts after it has finished stays posted.
 */
import { classifyApiError, describeApiError, type Octokit } from '../shared/github.js'
import { compareOrder, contentOf, hasMarker, readOrder, readState, withStateLine } from './marker.js'
import { COMMENT_LIMIT } from './compose.js'

export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]'
const MAX_VERIFY_ROUNDS = 6

export const COMMENT_MODES = ['update', 'recreate'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]
export const COMMENT_ON = ['always', 'change', 'failure'] as const
export type CommentOn = (typeof COMMENT_ON)[number]

export interface RepoRef {
  owner: string
  repo: string
}

export interface UpsertOptions {
  /** The exact first line, from markerLine(id). */
  marker: string
  /** Login whose comments we may edit; default github-actions[bot]. */
  author?: string
  /** update (default): edit the comment in place. recreate: post the report anew at the bottom, delete the old. */
  mode?: CommentMode
  /**
   * always (default). change: write only when the body's digest differs from the comment's. failure: post only
   * when `failed`; a report without a failure only brings an existing comment up to date.
   */
  on?: CommentOn
  /** Whether this report has a failure (read with `on: failure`). */
  failed?: boolean
  /** Wait before the verifying reconcile pass (ms); default 1000. 0 still verifies, immediately. */
  settleMs?: number
  sleep?: (ms: number) => Promise<void>
}

/**
 * created / updated / recreated = we wrote the report; unchanged = the same report is already there;
 * superseded = a newer run's report is there; skipped = comment-on decided not to write it (see `reason`).
 */
export type UpsertAction = 'created' | 'updated' | 'recreated' | 'unchanged' | 'superseded' | 'skipped'

/** Why a report was not written: unchanged = same digest as the comment's (change); no-failure (failure). */
export type SkipReason = 'unchanged' | 'no-failure'

export interface UpsertResult {
  action: UpsertAction
  /** Set when action is skipped. */
  reason?: SkipReason
  /** The sticky comment after this call; absent only when there is none (skipped for no-failure). */
  commentId?: number
  url?: string
  /** Ids of duplicate (or, in recreate mode, replaced) comments this call deleted. */
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
  const mode = options.mode ?? 'update'
  const on = options.on ?? 'always'
  if (on === 'failure' && options.failed === undefined) {
    throw new Error('pr-report: comment-on: failure needs to know whether the report failed')
  }
  let author = (options.author ?? DEFAULT_COMMENT_AUTHOR).toLowerCase()
  const settleMs = options.settleMs ?? 1000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>(r => setTimeout(r, ms)))
  const settle = () => sleep(Math.round(settleMs * (1 + Math.random() / 2)))
  const ours = readState(body)
  const issue = { owner: repo.owner, repo: repo.repo, issue_number: prNumber }

  const listOurs = async (): Promise<CommentLite[]> => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 })
    return all
      .map(c => ({ id: c.id, body: c.body ?? '', login: c.user?.login ?? '', url: c.html_url }))
      .filter(c => c.login.toLowerCase() === author && hasMarker(c.body, options.marker))
      .sort((a, b) => a.id - b.id)
  }
  /** update: the oldest match. recreate: the match holding the newest report; of equals, the newest comment. */
  const currentOf = (matches: CommentLite[]): CommentLite | undefined => {
    if (mode === 'update') return matches[0]
    let best: CommentLite | undefined
    for (const c of matches) {
      if (best === undefined || compareOrder(readOrder(c.body), readOrder(best.body)) >= 0) best = c
    }
    return best
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
  /** Delete one of OUR comments (callers pass only matches from listOurs). */
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
  let reason: SkipReason | undefined
  let survivor: CommentLite | undefined
  /** The text this writer stands for: our body, or (change, same digest) the report in place with our state. */
  let mine = body

  const createOurs = async (): Promise<CommentLite> => {
    const made = await create(mine)
    wrote = true
    if (made.login && made.login.toLowerCase() !== author) {
      // GitHub says who we are: keep reconciling under the real identity, and tell the caller.
      actualAuthor = made.login
      author = made.login.toLowerCase()
    }
    return made
  }
  /** Edit `target` in place to hold `mine`; `done` is the action when it did (or found it already there). */
  const updateInPlace = async (target: CommentLite, done: UpsertAction): Promise<UpsertAction> => {
    const outcome = await update(target.id, mine)
    if (outcome === 'gone') {
      mine = body
      survivor = await createOurs()
      reason = undefined
      return 'created'
    }
    survivor = { ...target, body: outcome === 'written' || outcome === 'same' ? mine : target.body }
    wrote = outcome === 'written'
    if (outcome === 'newer') {
      reason = undefined
      return 'superseded'
    }
    return outcome === 'same' && done !== 'skipped' ? 'unchanged' : done
  }

  let existing = await listOurs()
  if (existing.length === 0 && on === 'failure' && options.failed === false) {
    // Nothing failed and there is no comment to bring up to date. Look once more a moment later: an older,
    // failing run may have posted right after our first look, and we are the one who must correct it.
    await settle()
    existing = await listOurs()
    if (existing.length === 0) return { action: 'skipped', reason: 'no-failure', deleted }
  }
  const current = currentOf(existing)
  const inPlace = current === undefined ? undefined : readState(current.body)
  if (current === undefined || inPlace === undefined) {
    survivor = await createOurs()
    action = 'created'
  } else if (current.body === body || contentOf(current.body) === contentOf(body)) {
    // Same report (e.g. a re-run attempt): no write, even if only the order differs.
    survivor = current
    action = 'unchanged'
  } else if (compareOrder(inPlace.order, ours.order) > 0) {
    survivor = current
    action = 'superseded'
  } else if (on === 'change' && ours.digest !== undefined && inPlace.digest === ours.digest) {
    // Nothing new to say: the report stays as it is. Only its hidden state takes our (newer) order, so that an
    // older run arriving late with other numbers sees a newer report in place and leaves it alone.
    action = 'skipped'
    reason = 'unchanged'
    survivor = current
    const stamped = withStateLine(current.body, body.split('\n', 2)[1] ?? '')
    if (compareOrder(ours.order, inPlace.order) > 0 && stamped.length <= COMMENT_LIMIT) {
      mine = stamped
      action = await updateInPlace(current, 'skipped')
    }
  } else if (mode === 'update' || (on === 'failure' && options.failed === false)) {
    // A passing report under comment-on: failure corrects the comment where it is, without a new post.
    action = await updateInPlace(current, 'updated')
  } else {
    // recreate: the new report goes to the bottom; the reconcile below deletes the comment it replaces.
    survivor = await createOurs()
    action = 'recreated'
  }

  let recreated = false
  /**
   * One reconcile pass. `fixed`: it had to write or delete (a race left something behind); `superseded`: a
   * newer body than ours exists, so this writer is not the one to keep verifying.
   */
  const reconcile = async (): Promise<{ keep: CommentLite; fixed: boolean; superseded: boolean }> => {
    let matches = await listOurs()
    let fixed = false
    if (matches.length === 0 && !recreated) {
      // Deleted under us (by a person): put it back, once.
      recreated = fixed = true
      matches = [await createOurs()]
    }
    if (mode === 'recreate') {
      const keep = (currentOf(matches) ?? survivor) as CommentLite
      for (const c of matches) if (c.id !== keep.id && (await remove(c.id))) deleted.push(c.id)
      fixed ||= matches.length > 1
      if (compareOrder(readOrder(keep.body), readOrder(mine)) < 0) {
        // An older writer's edit landed over ours (it edits in place under comment-on): put ours back.
        const outcome = await update(keep.id, mine)
        if (outcome === 'written') wrote = fixed = true
        if (outcome === 'written' || outcome === 'same') keep.body = mine
      }
      return { keep, fixed, superseded: compareOrder(readOrder(keep.body), readOrder(mine)) > 0 }
    }
    const keep = (matches[0] ?? survivor) as CommentLite
    let best = mine
    for (const c of matches) if (compareOrder(readOrder(c.body), readOrder(best)) > 0) best = c.body
    if (keep.body !== best) {
      const outcome = await update(keep.id, best)
      if (outcome === 'written') wrote = fixed = true
      if (outcome === 'written' || outcome === 'same') keep.body = best
    }
    for (const c of matches.slice(1)) if (await remove(c.id)) deleted.push(c.id)
    return { keep, fixed, superseded: best !== mine }
  }

  // Only a run that wrote can have raced; a run that found its body (or a newer one) in place is done.
  if (wrote || existing.length > 1) {
    let pass = await reconcile()
    survivor = pass.keep
    // Verify until a pass finds the newest body in place: a slower, older writer's PATCH can land after ours,
    // and the newest writer is the one that puts it right. A writer that saw a newer body stops.
    for (let round = 0; wrote && !pass.superseded && round < MAX_VERIFY_ROUNDS; round++) {
      await settle()
      pass = await reconcile()
      survivor = pass.keep
      if (!pass.fixed && round > 0) break
    }
  }

  return {
    action,
    ...(reason !== undefined ? { reason } : {}),
    ...(survivor !== undefined ? { commentId: survivor.id } : {}),
    ...(survivor?.url !== undefined ? { url: survivor.url } : {}),
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
