// The approval run (`task: approve` of the visual-diff action): a `/approve-visual` or `/reject-visual` comment
// on a PR, the `visual-approved` label, or a manual run given a PR number. It reads only API data (never the PR's
// code): who asked and whether they may, the PR's current head, the pending fingerprints the gate run of that head
// left (approval.ts findPending), then records the decision as our marked comment and sets the visual status of
// the head: success "approved by @x: N diffs in M groups", or failure on a rejection.
//
// What it refuses, with a reply on the PR (no status changes): a commenter or labeler without write, maintain or
// admin permission; a closed PR; a head with no pending record yet (the gate has not finished); a command naming
// another commit than the current head (`/approve-visual 1a2b3c4` guards against approving diffs pushed after
// the ones reviewed). An approval always covers exactly the current head's diffs; a later head's gate run passes
// by itself only when all its diffs carry approved fingerprints.
import { UserError, describeError } from '../shared/errors.js'
import { makeFragment, headingLine, type GateStatus } from '../shared/fragment.js'
import type { GateResult, Outcome } from '../shared/gate.js'
import type { Octokit } from '../shared/github.js'
import type { Host } from '../shared/host.js'
import { escapeText } from '../shared/markdown.js'
import { runUrl } from '../shared/run-context.js'
import type { MetricValue, ReportFragment } from '../shared/fragment.js'
import type { Setting } from '../shared/settings.js'
import { setCommitStatus } from '../shared/status.js'
import {
  approvalComment,
  DEFAULT_APPROVAL_AUTHOR,
  findPending,
  groupsOf,
  LOGIN_PATTERN,
  type Decision,
  type PendingRecord
} from './approval.js'
import { isFingerprint } from './fingerprint.js'
import type { ImageResult } from './model.js'

export const DEFAULT_APPROVE_LABEL = 'visual-approved'
export const APPROVE_COMMAND = '/approve-visual'
export const REJECT_COMMAND = '/reject-visual'
/** Most groups one decision records: their fingerprints must fit in one comment (65,536 characters). */
export const MAX_GROUPS = 1000

/** The approval run's settings, for the visual-diff declaration's list (read only by `task: approve`). */
export const APPROVE_SETTINGS = [
  {
    name: 'approval-author',
    kind: 'string',
    only: 'action',
    pattern: LOGIN_PATTERN,
    describe: 'a GitHub login',
    default: DEFAULT_APPROVAL_AUTHOR,
    description: `Login whose approval comments are trusted (the identity of github-token): ${DEFAULT_APPROVAL_AUTHOR} for GITHUB_TOKEN; set it when github-token is a PAT or another app's token.`,
    group: 'Approvals'
  },
  {
    name: 'approve-label',
    kind: 'string',
    only: 'action',
    pattern: /^[^\s,][^,]{0,49}$/,
    describe: 'a label name (1-50 characters, no comma)',
    default: DEFAULT_APPROVE_LABEL,
    description:
      'task: approve: adding this label to a PR approves its current visual changes (the labeler needs write permission).',
    group: 'Approvals'
  }
] as const satisfies readonly Setting[]

export interface ApproveSettings {
  'approval-author'?: string
  'approve-label'?: string
}

/** What the approval run did. `done` = a decision was recorded; otherwise `refused` or `ignored` says why. */
export interface ApproveOutcome extends Outcome {
  action: 'approved' | 'rejected' | 'refused' | 'ignored'
  reason?: string
  pr?: number
  sha?: string
  /** Changed images and groups of identical diffs the decision covered. */
  images?: number
  groups?: number
}

/** What triggered the run: who asks, for which PR, what. */
interface Request {
  pr: number
  actor: string
  decision: Decision
  /** A commit prefix the command named (`/approve-visual <sha>`). */
  shaPrefix?: string
  /** The command comment to answer in a reply, if any. */
  commentId?: number
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined

/** `/approve-visual` or `/reject-visual` on the comment's first line, optionally followed by a commit prefix. */
export function parseCommand(body: string): { decision: Decision; shaPrefix?: string } | undefined {
  const first = body.slice(0, 200).split('\n', 1)[0]!.trim()
  const m = /^(\/approve-visual|\/reject-visual)(?:\s+([0-9a-fA-F]{7,40}))?$/.exec(first)
  if (!m) return undefined
  return {
    decision: m[1] === APPROVE_COMMAND ? 'approve' : 'reject',
    ...(m[2] ? { shaPrefix: m[2].toLowerCase() } : {})
  }
}

/** The request an event carries, or a reason to ignore the event. */
function requestOf(host: Host, label: string): Request | string {
  const { eventName, payload } = host.context
  const sender = obj(payload.sender)?.login
  if (eventName === 'issue_comment') {
    if (payload.action !== 'created') return `comment ${String(payload.action)}, not created`
    const issue = obj(payload.issue)
    const comment = obj(payload.comment)
    if (!issue || !comment) throw new UserError('issue_comment event without issue or comment')
    if (!obj(issue.pull_request)) return 'a comment on an issue, not on a pull request'
    const command = parseCommand(typeof comment.body === 'string' ? comment.body : '')
    if (!command) return 'the comment is not /approve-visual or /reject-visual'
    const login = obj(comment.user)?.login
    if (typeof login !== 'string' || typeof issue.number !== 'number' || typeof comment.id !== 'number')
      throw new UserError('issue_comment event without comment author or issue number')
    return { pr: issue.number, actor: login, ...command, commentId: comment.id }
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    if (payload.action !== 'labeled') return `pull request ${String(payload.action)}, not labeled`
    const name = obj(payload.label)?.name
    if (name !== label) return `label ${JSON.stringify(String(name).slice(0, 50))} is not ${label}`
    const number = obj(payload.pull_request)?.number
    if (typeof number !== 'number' || typeof sender !== 'string')
      throw new UserError('labeled event without pull request number or sender')
    return { pr: number, actor: sender, decision: 'approve' }
  }
  if (eventName === 'workflow_dispatch') {
    const given = host.context.manualPullRequest
    if (given === undefined)
      throw new UserError('task approve: a manual run needs the pull request number (pr)')
    if (!/^[1-9][0-9]{0,9}$/.test(given) || Number(given) > 2147483647)
      throw new UserError(`pr: ${JSON.stringify(given.slice(0, 20))} is not a pull request number`)
    if (typeof sender !== 'string') throw new UserError('workflow_dispatch event without sender')
    const asked = obj(payload.inputs)?.decision
    const decision = asked === undefined || asked === '' || asked === 'approve' ? 'approve' : asked
    if (decision !== 'approve' && decision !== 'reject')
      throw new UserError(
        `decision: ${JSON.stringify(String(decision).slice(0, 20))} is not approve or reject`
      )
    return { pr: Number(given), actor: sender, decision }
  }
  throw new UserError(
    `task approve runs on issue_comment, pull_request(_target) labeled or workflow_dispatch, not ${eventName}`
  )
}

/** Whether `login` may approve: write, maintain or admin on the repository. */
async function mayApprove(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  login: string
): Promise<boolean> {
  const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login })
  const role = (data as { role_name?: string }).role_name
  return ['admin', 'write'].includes(data.permission) || ['admin', 'maintain', 'write'].includes(role ?? '')
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export async function approveTask(settings: ApproveSettings, host: Host): Promise<ApproveOutcome> {
  const { octokit, context } = host
  const repo = context.repository
  if (!octokit || !repo)
    throw new UserError('task approve needs a GitHub token and a repository (GITHUB_REPOSITORY)')
  const author = settings['approval-author'] ?? DEFAULT_APPROVAL_AUTHOR
  const request = requestOf(host, settings['approve-label'] ?? DEFAULT_APPROVE_LABEL)
  const log = (message: string) => host.logger.log('info', `visual approval: ${message}`)
  if (typeof request === 'string') {
    log(`nothing to do (${request})`)
    return { action: 'ignored', reason: request }
  }
  const issue = { owner: repo.owner, repo: repo.repo, issue_number: request.pr }
  const refuse = async (reason: string): Promise<ApproveOutcome> => {
    log(`refused: ${reason}`)
    await octokit.rest.issues.createComment({ ...issue, body: `@${request.actor}: ${reason}` })
    return { action: 'refused', reason, pr: request.pr }
  }
  if (!LOGIN_PATTERN.test(request.actor)) throw new UserError('the event names no valid GitHub login')
  const verb = request.decision === 'approve' ? 'approve' : 'reject'
  if (!(await mayApprove(octokit, repo, request.actor)))
    return refuse(`only collaborators with write, maintain or admin permission can ${verb} visual changes.`)

  const { data: pull } = await octokit.rest.pulls.get({
    owner: repo.owner,
    repo: repo.repo,
    pull_number: request.pr
  })
  if (pull.state !== 'open')
    return refuse(`pull request #${request.pr} is ${pull.state}; nothing to ${verb}.`)
  const head = pull.head.sha
  const short = head.slice(0, 7)
  if (request.shaPrefix && !head.startsWith(request.shaPrefix))
    return refuse(
      `the head of #${request.pr} is now ${short}, not ${request.shaPrefix.slice(0, 12)}: review its diffs, then ${verb} again.`
    )

  const artifacts = host.artifacts
  if (!artifacts) throw new UserError('task approve needs the Actions artifact API to read the pending diffs')
  const found = await findPending({
    octokit,
    repo,
    headSha: head,
    downloadZip: (id, path) => artifacts.downloadZip(id, path),
    tempDir: host.tempDir
  })
  for (const p of found.problems) host.logger.log('warning', `visual approval: ${p}`)
  const records = found.records.filter(r => r.images.length > 0)
  if (found.records.length === 0)
    return refuse(
      `no visual result for ${short} yet: wait for the visual gate to finish on this commit, then ${verb} again.`
    )
  if (records.length === 0)
    return refuse(`the visual gate found no changed images on ${short}; nothing to ${verb}.`)

  const images = records.reduce((n, r) => n + r.images.length, 0)
  const fingerprints = [...new Set(records.flatMap(r => r.images.map(i => i.fingerprint)))].sort()
  const groups = fingerprints.length
  if (groups > MAX_GROUPS)
    return refuse(
      `${short} has ${groups} distinct visual diffs, more than the ${MAX_GROUPS} one decision can record: save a new baseline instead.`
    )
  const counts = `${plural(images, 'diff')} in ${plural(groups, 'group')}`
  const visible =
    request.decision === 'approve'
      ? `**Visual changes approved** by @${request.actor} on ${short}: ${counts}. A later commit with the same diffs passes by itself; any other diff needs a new approval.`
      : `**Visual changes rejected** by @${request.actor} on ${short}: ${counts}.`
  const body = approvalComment(
    { decision: request.decision, sha: head, by: request.actor, fingerprints },
    `${visible}\n\n${records.map(r => describeRecord(r)).join('\n')}`
  )
  const { data: written } = await octokit.rest.issues.createComment({ ...issue, body })
  if (written.user && written.user.login.toLowerCase() !== author.toLowerCase())
    host.logger.log(
      'warning',
      `visual approval: the comment was written as ${written.user.login}, not ${author}: gate runs trust only ${author}'s; set approval-author to the token's login`
    )

  const target = runUrl(context)
  const failures: string[] = []
  for (const r of records) {
    const n = `${plural(r.images.length, 'diff')} in ${plural(groupsOf(r.images).length, 'group')}`
    const state =
      request.decision === 'reject' || r.unapprovable > 0 ? ('failure' as const) : ('success' as const)
    const description =
      request.decision === 'reject'
        ? `rejected by @${request.actor}: ${n}`
        : r.unapprovable > 0
          ? `approved by @${request.actor}: ${n}; ${plural(r.unapprovable, 'image')} still failing`
          : `approved by @${request.actor}: ${n}`
    try {
      await setCommitStatus(octokit, repo, head, {
        context: r.context,
        state,
        description,
        ...(target ? { targetUrl: target } : {})
      })
    } catch (e) {
      failures.push(describeError(e))
    }
  }
  log(
    `${request.decision === 'approve' ? 'approved' : 'rejected'} ${counts} on ${short} for @${request.actor}`
  )
  return {
    action: request.decision === 'approve' ? 'approved' : 'rejected',
    pr: request.pr,
    sha: head,
    images,
    groups,
    ...(failures.length > 0 ? { failure: failures.join('; ') } : {})
  }
}

/** One line per status context: its groups, each with the images that share the diff (names bounded). */
function describeRecord(r: PendingRecord): string {
  const groups = groupsOf(r.images)
  const shown = groups
    .slice(0, 20)
    .map(g => {
      const names = g.images.slice(0, 5).map(n => `\`${n.replace(/[`\r\n]/g, '?').slice(0, 200)}\``)
      const more = g.images.length > 5 ? ` and ${g.images.length - 5} more` : ''
      return `  - ${names.join(', ')}${more}`
    })
    .join('\n')
  const rest = groups.length > 20 ? `\n  - and ${groups.length - 20} more groups` : ''
  const unapprovable =
    r.unapprovable > 0 ? ` (${plural(r.unapprovable, 'image')} failing for other reasons)` : ''
  return `- ${r.context}${unapprovable}:\n${shown}${rest}`
}

// ---------------------------------------------------------------------------------------------------------------
// task approve as the visual gate's result: a section and outputs, never a status of its own (approveTask sets
// the head's statuses itself, per pending record)

/** What the gate's print functions get from an approval run. */
export interface ApproveRun {
  task: 'approve'
  outcome: ApproveOutcome
}

const TASK_TITLE = 'Visual approval'

/** One line saying what the approval run did. */
export function approveSummary(o: ApproveOutcome): string {
  const on = o.sha ? ` on ${o.sha.slice(0, 7)}` : ''
  const pr = o.pr !== undefined ? `#${o.pr}` : 'the pull request'
  const counts =
    o.images !== undefined && o.groups !== undefined
      ? `: ${plural(o.images, 'diff')} in ${plural(o.groups, 'group')}`
      : ''
  switch (o.action) {
    case 'approved':
      return `visual changes of ${pr} approved${on}${counts}`
    case 'rejected':
      return `visual changes of ${pr} rejected${on}${counts}`
    case 'refused':
      return `refused for ${pr}: ${o.reason ?? ''}`
    default:
      return `nothing to do: ${o.reason ?? ''}`
  }
}

/**
 * The approval run as a GateResult: onCommit false (the statuses were set by approveTask), the step fails only
 * when a status could not be set. A refusal is neutral (answered on the PR), an ignored event skipped.
 */
export function approveResult(outcome: ApproveOutcome): GateResult<ApproveRun> {
  const status: GateStatus =
    outcome.failure !== undefined
      ? 'fail'
      : outcome.action === 'approved' || outcome.action === 'rejected'
        ? 'pass'
        : outcome.action === 'refused'
          ? 'neutral'
          : 'skipped'
  const summary = approveSummary(outcome)
  const lines = [headingLine({ status, title: TASK_TITLE, summary })]
  if (outcome.failure !== undefined) lines.push(`> ⚠️ ${escapeText(outcome.failure, 1000)}`)
  return {
    fragment: makeFragment({
      gate: 'visual',
      status,
      title: TASK_TITLE,
      summary: summary.slice(0, 500),
      markdown: lines.join('\n\n'),
      metrics: {
        action: outcome.action,
        images: outcome.images ?? 0,
        groups: outcome.groups ?? 0
      },
      statusContext: 'quality-gates/visual',
      ...(outcome.sha ? { sha: outcome.sha } : {})
    }),
    onCommit: false,
    // No fragment artifact: a report workflow triggered by this run would read a visual result with no compare.
    uploadFragment: false,
    outputs: {
      'approval-action': outcome.action,
      changed: String(outcome.images ?? 0)
    },
    ...(outcome.failure !== undefined ? { failure: outcome.failure } : {}),
    data: { task: 'approve', outcome }
  }
}

export function writeApproveJson(run: ApproveRun, write: (text: string) => void): void {
  const o = run.outcome
  write(
    `${JSON.stringify({
      gate: 'visual',
      task: 'approve',
      action: o.action,
      ...(o.reason !== undefined ? { reason: o.reason } : {}),
      ...(o.pr !== undefined ? { pr: o.pr } : {}),
      ...(o.sha !== undefined ? { sha: o.sha } : {}),
      ...(o.images !== undefined ? { images: o.images, groups: o.groups ?? 0 } : {})
    })}\n`
  )
}

export function humanApprove(run: ApproveRun): string {
  return `${approveSummary(run.outcome).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}\n`
}

// ---------------------------------------------------------------------------------------------------------------
// The approval claim of a failing visual fragment, for pr-report: an approval is a result too, so a report run
// after `/approve-visual` must not set the status back to failure from the (older) failing fragment. The gate puts
// in its fragment's metrics which diffs make it fail (their fingerprints); pr-report (approvedFragment) treats the
// fragment as approved only when the PR's approval comments cover every one of them and nothing else fails.

/** Metric: how many distinct diffs (fingerprints) an approval could excuse, not excused yet. */
export const CLAIM_PENDING = 'approval-pending'
/** Metric: failing images no approval excuses (not comparable, changed without a fingerprint, removed). */
export const CLAIM_UNEXCUSABLE = 'approval-unexcusable'
/** Metrics `approval-fingerprints-1…`: the pending fingerprints, space-separated, each at most 1000 characters. */
export const CLAIM_FINGERPRINTS = 'approval-fingerprints-'
const CLAIM_CHUNK = 1000

/** The claim metrics of the images that make the gate fail (judge's `failing`, approvals already excused). */
export function approvalClaimMetrics(failing: readonly ImageResult[]): Record<string, MetricValue> {
  const approvable = (i: ImageResult) =>
    (i.status === 'changed' || i.status === 'size-changed') && i.fingerprint !== undefined
  const fingerprints = [...new Set(failing.filter(approvable).map(i => i.fingerprint as string))].sort()
  const out: Record<string, MetricValue> = {
    [CLAIM_PENDING]: fingerprints.length,
    [CLAIM_UNEXCUSABLE]: failing.filter(i => !approvable(i)).length
  }
  // More than one decision can record is never listed: such a fragment is never approved by pr-report either.
  if (fingerprints.length === 0 || fingerprints.length > MAX_GROUPS) return out
  let chunk = ''
  let n = 0
  for (const f of fingerprints) {
    if (chunk !== '' && chunk.length + 1 + f.length > CLAIM_CHUNK) {
      out[`${CLAIM_FINGERPRINTS}${++n}`] = chunk
      chunk = ''
    }
    chunk = chunk === '' ? f : `${chunk} ${f}`
  }
  out[`${CLAIM_FINGERPRINTS}${++n}`] = chunk
  return out
}

/**
 * The fingerprints a failing fragment needs approved, or undefined when no approval can make it pass: not a
 * failure, no result, another failure besides approvable diffs, or a claim that is absent, incomplete or malformed
 * (untrusted input: the list must hold exactly `approval-pending` distinct well-formed fingerprints).
 */
export function approvalClaim(fragment: ReportFragment): string[] | undefined {
  if (fragment.status !== 'fail' || fragment.noResult === true) return undefined
  const m = fragment.metrics
  const pending = m[CLAIM_PENDING]
  if (typeof pending !== 'number' || !Number.isSafeInteger(pending) || pending < 1 || pending > MAX_GROUPS)
    return undefined
  if (m[CLAIM_UNEXCUSABLE] !== 0) return undefined
  const listed = new Set<string>()
  for (let n = 1; n <= MAX_GROUPS; n++) {
    const chunk = m[`${CLAIM_FINGERPRINTS}${n}`]
    if (chunk === undefined) break
    if (typeof chunk !== 'string') return undefined
    for (const f of chunk.split(' ')) {
      if (!isFingerprint(f)) return undefined
      listed.add(f)
    }
  }
  return listed.size === pending ? [...listed].sort() : undefined
}
