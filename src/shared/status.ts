/**
 * Commit statuses (the merge gate), check runs with annotations (optional, GitHub App tokens only) and the
 * annotations workflow commands can make instead (no permission needed).
 * Payloads are built to fit GitHub's limits: status description ≤ 140 characters, check-run summary
 * ≤ 65,535 bytes, at most 50 annotations per request (more are appended by updates), at most 10 workflow-command
 * annotations of a level per step.
 */
import { UserError, oneLine } from './errors.js'
import type { FragmentAnnotation } from './fragment.js'
import { classifyApiError, describeApiError, type ApiErrorKind, type Octokit } from './github.js'

export interface CommitStatusInput {
  context: string
  state: 'success' | 'failure' | 'pending' | 'error'
  description: string
  targetUrl?: string
}

export interface RepoRef {
  owner: string
  repo: string
}

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required'

export const STATUS_DESCRIPTION_MAX = 140
export const CHECK_SUMMARY_MAX_BYTES = 65535
export const ANNOTATIONS_PER_REQUEST = 50

const STATES = ['success', 'failure', 'pending', 'error'] as const

/**
 * A commit status that GitHub finally did not take (after the client's retries and rate-limit waits). It is a
 * UserError (one line naming the context and the real cause), so a caller that requires the status can fail
 * the step with it: a required status that could not be written must never look like a pass.
 */
export class StatusWriteError extends UserError {
  /** The cause in kind: rate-limit, permission, not-found, outage, network or other. */
  readonly kind: ApiErrorKind
  constructor(
    readonly context: string,
    readonly sha: string,
    readonly apiError: unknown
  ) {
    super(`commit status "${context}" on ${sha.slice(0, 12)} was not written: ${describeApiError(apiError)}`)
    this.kind = classifyApiError(apiError).kind
  }
}

export function isStatusWriteError(e: unknown): e is StatusWriteError {
  return e instanceof StatusWriteError
}

/**
 * A status write a fork PR's read-only token was refused. It is no reason to fail the fork's step: the status is
 * simply absent, so branch protection keeps waiting (never green), and the fork split sets it.
 */
export function refusedOnFork(e: unknown, pr: { isFork: boolean } | undefined): boolean {
  return pr?.isFork === true && isStatusWriteError(e) && e.kind === 'permission'
}

/** What a fork run says instead of failing on a refused status write. */
export function forkStatusNote(contexts: string): string {
  return `${contexts} not set: this fork PR's token may not write commit statuses. For required statuses on fork PRs, let a workflow_run report set them (examples/workflows/fork-pr.yml and fork-report.yml) and give the gates commit-status: false here.`
}

/**
 * Set one commit status. Bad input is a UserError before any call; a write GitHub finally refused or never
 * answered is a StatusWriteError. Unlike a comment, a status may be posted again after a write that got no
 * answer (timeout, 504): GitHub keeps the latest status per context, so a duplicate changes nothing. That
 * one extra attempt is made here.
 */
export async function setCommitStatus(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
  s: CommitStatusInput
): Promise<void> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new UserError(
      `commit status: sha ${JSON.stringify(sha.slice(0, 60))} is not a 40-character hex commit id`
    )
  }
  if (!STATES.includes(s.state)) {
    throw new UserError(`commit status: state ${JSON.stringify(s.state)} is not one of ${STATES.join(', ')}`)
  }
  const context = s.context.trim()
  if (context.length === 0 || context.length > 255) {
    throw new UserError(`commit status: context must be 1–255 characters, got ${context.length}`)
  }
  if (s.targetUrl !== undefined && !/^https?:\/\/\S+$/.test(s.targetUrl)) {
    throw new UserError(
      `commit status: target URL ${JSON.stringify(s.targetUrl.slice(0, 100))} is not an http(s) URL`
    )
  }
  const params = {
    ...repo,
    sha,
    state: s.state,
    context,
    description: cutText(oneLine(s.description, Number.MAX_SAFE_INTEGER), STATUS_DESCRIPTION_MAX),
    ...(s.targetUrl !== undefined ? { target_url: s.targetUrl } : {})
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await octokit.rest.repos.createCommitStatus(params)
      return
    } catch (e) {
      const unanswered = classifyApiError(e).kind === 'network' || (e as { status?: unknown }).status === 504
      if (!(unanswered && attempt === 0)) throw new StatusWriteError(context, sha, e)
    }
  }
}

/**
 * Cut `text` to at most `max` characters (code points, as GitHub counts), ending with '…' when cut. Cuts
 * only between grapheme clusters, so no surrogate pair or emoji sequence is split.
 */
export function cutText(text: string, max: number): string {
  if (codePoints(text) <= max) return text
  // max code points never need more than 2·max UTF-16 units; a little more shows where the last cluster ends.
  const head = text.slice(0, 2 * max + 16)
  let out = ''
  let used = 0
  for (const { segment } of graphemes(head)) {
    const n = codePoints(segment)
    if (used + n > max - 1) break
    out += segment
    used += n
  }
  return `${out}…`
}

/** Cut `text` to at most `maxBytes` UTF-8 bytes, on a grapheme boundary, appending `suffix` when cut. */
export function cutBytes(text: string, maxBytes: number, suffix = '…'): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text
  const budget = Math.max(0, maxBytes - Buffer.byteLength(suffix, 'utf8'))
  let cut = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8')
  while (cut.length > 0 && !text.startsWith(cut)) cut = cut.slice(0, -1) // drop a partly cut character
  // Back off to the last grapheme boundary at or before the cut (clusters are short: look at the tail only).
  const from = Math.max(0, cut.length - 64)
  let boundary = from
  for (const { index, segment } of graphemes(text.slice(from, cut.length + 64))) {
    const end = from + index + segment.length
    if (end > cut.length) break
    boundary = end
  }
  return text.slice(0, boundary) + suffix
}

/**
 * GitHub refused to create the check run, so none of its annotations exist: `permission` (not a GitHub App
 * token, or no `checks: write`, as a fork PR's read-only token) or `not-found` (a repository or API the token
 * cannot see). A rate-limited 403 is a rate limit, never this.
 */
export class CheckRunCreateError extends UserError {
  readonly kind: ApiErrorKind
  constructor(
    readonly checkRunName: string,
    readonly apiError: unknown
  ) {
    super(`cannot create check run "${checkRunName}": ${describeApiError(apiError)}`)
    this.kind = classifyApiError(apiError).kind
  }
}

const LEVEL_RANK: Record<FragmentAnnotation['level'], number> = { failure: 0, warning: 1, notice: 2 }

/**
 * Create a completed check run carrying `annotations`: the first 50 go with the create request, the rest are
 * appended by updates of 50. At most `cap` annotations are posted (failures first, then warnings, then notices,
 * each in input order); the summary says how many were left out. A refusal to create the run (not a GitHub App
 * token, no `checks: write` as on a fork PR, a repository the token cannot see) is a CheckRunCreateError:
 * nothing was posted, so the caller may annotate another way. Any other failure propagates as it came (rate
 * limits as RateLimitError; after the create, the run may then hold part of the annotations).
 */
export async function createAnnotatedCheckRun(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
  name: string,
  conclusion: CheckConclusion,
  title: string,
  summary: string,
  annotations: FragmentAnnotation[],
  cap = 500
): Promise<{ id: number; posted: number; dropped: number }> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new UserError(
      `check run: sha ${JSON.stringify(sha.slice(0, 60))} is not a 40-character hex commit id`
    )
  }
  if (!Number.isSafeInteger(cap) || cap < 0)
    throw new UserError(`check run: annotation cap ${cap} must be an integer ≥ 0`)
  const ranked = annotations
    .map((a, i) => ({ a, i }))
    .sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] || x.i - y.i)
    .map(x => x.a)
  const kept = ranked.slice(0, cap)
  const dropped = annotations.length - kept.length
  const note =
    dropped > 0
      ? `\n\n> ${dropped} of ${annotations.length} annotations were not posted (limit ${cap}); see the report for all findings.`
      : ''
  const output = (batch: FragmentAnnotation[]) => ({
    title: cutText(oneLine(title, Number.MAX_SAFE_INTEGER), 255),
    summary:
      cutBytes(summary, CHECK_SUMMARY_MAX_BYTES - Buffer.byteLength(note, 'utf8'), '\n\n…(truncated)') + note,
    annotations: batch.map(toApiAnnotation)
  })
  const batches: FragmentAnnotation[][] = []
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST))

  let id: number
  try {
    const created = await octokit.rest.checks.create({
      ...repo,
      name,
      head_sha: sha,
      status: 'completed',
      conclusion,
      output: output(batches[0] ?? [])
    })
    id = created.data.id
  } catch (e) {
    // Only a real refusal: a rate-limited 403 is not a permission problem and keeps its own error.
    const kind = classifyApiError(e).kind
    if (kind === 'permission' || kind === 'not-found') throw new CheckRunCreateError(name, e)
    throw e
  }
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) })
  }
  return { id, posted: kept.length, dropped }
}

/**
 * GitHub shows at most 10 annotations of each level (error, warning, notice) that workflow commands make in one
 * step, and 50 in a job; the runner drops the rest (community discussion #26680).
 */
export const WORKFLOW_ANNOTATIONS_PER_STEP = 10
export const WORKFLOW_ANNOTATIONS_PER_JOB = 50
/** Error slots left free for the step's own failure message (the `::error` a failed step ends with). */
const ERROR_SLOTS_KEPT = 1

export type WorkflowAnnotationLevel = 'error' | 'warning' | 'notice'

export interface WorkflowAnnotation {
  level: WorkflowAnnotationLevel
  message: string
  file: string
  startLine: number
  endLine: number
  title?: string
}

const WORKFLOW_LEVEL: Record<FragmentAnnotation['level'], WorkflowAnnotationLevel> = {
  failure: 'error',
  warning: 'warning',
  notice: 'notice'
}

/** How many annotations of each level one step may make and still have them all shown. */
export const WORKFLOW_ANNOTATION_CAPS: Record<WorkflowAnnotationLevel, number> = {
  error: WORKFLOW_ANNOTATIONS_PER_STEP - ERROR_SLOTS_KEPT,
  warning: WORKFLOW_ANNOTATIONS_PER_STEP,
  notice: WORKFLOW_ANNOTATIONS_PER_STEP
}

/**
 * The findings to annotate with workflow commands (`::warning file=…,line=…,endLine=…,title=…::message`): each
 * keeps its level (failure → error; a gate's verdict does not change a finding's level, and the step's own
 * failure message keeps an error slot), and no more of a level than GitHub shows per step, in input order.
 * `issued` counts annotations the step already made (a logged warning is one): they take slots too. `leftOut`
 * counts the rest. Escaping of properties and message is the workflow-command writer's (@actions/core).
 */
export function workflowAnnotations(
  annotations: readonly FragmentAnnotation[],
  issued: Partial<Record<WorkflowAnnotationLevel, number>> = {},
  /** How many more the job shows (earlier steps' annotations count against its 50). */
  jobRemaining = WORKFLOW_ANNOTATIONS_PER_JOB
): { shown: WorkflowAnnotation[]; leftOut: number } {
  const used: Record<WorkflowAnnotationLevel, number> = {
    error: issued.error ?? 0,
    warning: issued.warning ?? 0,
    notice: issued.notice ?? 0
  }
  const shown: WorkflowAnnotation[] = []
  for (const a of annotations) {
    if (shown.length >= jobRemaining) break
    const level = WORKFLOW_LEVEL[a.level]
    if (used[level] >= WORKFLOW_ANNOTATION_CAPS[level]) continue
    used[level]++
    shown.push({
      level,
      message: a.message,
      file: a.path,
      startLine: a.startLine,
      endLine: a.endLine,
      ...(a.title !== undefined ? { title: cutText(oneLine(a.title, Number.MAX_SAFE_INTEGER), 255) } : {})
    })
  }
  return { shown, leftOut: annotations.length - shown.length }
}

function toApiAnnotation(a: FragmentAnnotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...(a.title !== undefined ? { title: cutText(a.title, 255) } : {})
  }
}

function codePoints(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

// Made on first use: building a grapheme Segmenter loads ICU's break-iterator data, about 10 ms, which every
// bundle importing this module would otherwise pay at start-up (bench/cold-start.mjs).
let segmenter: Intl.Segmenter | undefined
function graphemes(s: string): Iterable<{ segment: string; index: number }> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return segmenter.segment(s)
}
