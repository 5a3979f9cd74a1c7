/**
 * pr-report, declared once: collect every gate's fragment, compose ONE sticky PR comment, write the job summary
 * and set the commit statuses; the action (actions/pr-report) and `quality-gates report` run the same pipeline.
 * pr-report never blocks by itself (the gates' statuses do) unless fail-on-gate-failure, or a result is missing:
 * required statuses fail closed.
 */
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UserError, describeError } from '../shared/errors.js'
import { jobFragmentsDir } from '../shared/fragment.js'
import { describeApiError, type Octokit } from '../shared/github.js'
import { DISPATCH_SETTINGS } from '../shared/dispatch.js'
import { GITHUB_SETTINGS, hostInputs, type Declaration, type Outcome } from '../shared/gate.js'
import { labelOf } from '../shared/inputs.js'
import type { Host } from '../shared/host.js'
import type { Setting, SettingsOf } from '../shared/settings.js'
import { runUrl as runUrlOf } from '../shared/run-context.js'
import {
  DEFAULT_ARTIFACT_PATTERN,
  collectFromArtifacts,
  type Problem,
  collectFromPaths,
  emptyCollected,
  mergeCollected,
  type Collected
} from './collect.js'
import { compose, type Composed } from './compose.js'
import { workflowRunFromPayload, type WorkflowRunTarget } from './fork.js'
import { DEFAULT_REPORT_ID, markerLine, reportDigest, validateReportId, type BodyOrder } from './marker.js'
import { forkStatusNote } from '../shared/status.js'
import { publishStatuses, type SetStatus } from './statuses.js'
import { withApprovals } from './approvals.js'
import { readApprovers } from '../visual/approval.js'
import {
  COMMENT_ON,
  commentFailureWarning,
  DEFAULT_COMMENT_AUTHOR,
  upsertComment,
  type CommentMode,
  type UpsertResult
} from './upsert.js'
import { findPullRequest, type PullTarget } from './pull.js'

export interface RunDeps {
  /** Wait of the verifying reconcile pass in upsertComment (tests shorten it). */
  settleMs?: number
  setStatus?: SetStatus
}

/** The `comment` input: a mode, or one of the boolean spellings it replaced (inputs.ts TRUE / FALSE). */
const COMMENT_INPUT = /^(?:update|recreate|off|true|false|yes|no|on|1|0)$/i
const COMMENT_ALIASES: Readonly<Record<string, CommentMode | 'off'>> = {
  update: 'update',
  recreate: 'recreate',
  off: 'off',
  true: 'update',
  yes: 'update',
  on: 'update',
  '1': 'update',
  false: 'off',
  no: 'off',
  '0': 'off'
}

const SETTINGS = [
  {
    name: 'fragments',
    kind: 'list',
    positional: true,
    placeholder: '<file|glob|dir>',
    description:
      'Fragment files, globs or directories in the workspace, one per line (a directory is searched for **/quality-gates-fragment*.json). Empty = only artifacts (and fragments left by gates earlier in this job).',
    group: 'Inputs'
  },
  {
    name: 'artifact-pattern',
    kind: 'string',
    only: 'action',
    maxLength: 200,
    description: `Glob over artifact names holding fragments, from this run (or from the triggering run in workflow-run mode). Empty = ${DEFAULT_ARTIFACT_PATTERN}; in same-run mode artifacts are read when this is set or fragments is empty.`,
    group: 'Inputs'
  },
  {
    name: 'mode',
    kind: 'enum',
    values: ['auto', 'same-run', 'workflow-run'],
    default: 'auto',
    only: 'action',
    description:
      'auto (workflow-run when triggered by workflow_run, else same-run), same-run or workflow-run.',
    group: 'Inputs'
  },
  {
    // A string, not an enum: the boolean spellings of earlier releases stay valid (true = update, false = off).
    name: 'comment',
    kind: 'string',
    default: 'update',
    only: 'action',
    pattern: COMMENT_INPUT,
    describe: 'update, recreate or off (true = update, false = off)',
    description:
      'The sticky PR comment: update (edit it in place), recreate (delete it and post the report anew at the bottom of the PR) or off. true and false still mean update and off.',
    group: 'Outputs'
  },
  {
    name: 'comment-on',
    kind: 'enum',
    values: COMMENT_ON,
    default: 'always',
    only: 'action',
    description:
      'When to write the comment: always; change (only when the verdict, a status, a summary line or a number changed since the last comment); failure (only when the verdict is fail; an existing comment is still brought up to date when it passes again).',
    group: 'Outputs'
  },
  {
    name: 'commit-status',
    kind: 'boolean',
    default: true,
    only: 'action',
    actionAliases: ['statuses'],
    description:
      'Set one commit status per gate and an overall quality-gates status on the PR head commit (needs statuses: write).',
    group: 'Outputs'
  },
  {
    name: 'id',
    kind: 'string',
    default: DEFAULT_REPORT_ID,
    maxLength: 100,
    description: 'Report id ([a-z0-9-]): several independent reports can live on one PR under different ids.',
    group: 'Inputs'
  },
  {
    name: 'comment-author',
    kind: 'string',
    only: 'action',
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/,
    describe: 'a GitHub login',
    default: DEFAULT_COMMENT_AUTHOR,
    description: `Login whose comments are ours: ${DEFAULT_COMMENT_AUTHOR} is the identity of GITHUB_TOKEN; set it when github-token is a PAT or another app's token.`,
    group: 'Inputs'
  },
  {
    name: 'expect',
    kind: 'list',
    placeholder: '<gate>',
    description:
      'Gates that must report, as gate ids or contexts without the quality-gates/ prefix (e.g. "coverage, coverage/api"). One without a fragment fails its status and the overall one ("coverage did not report: its job failed or was skipped").',
    group: 'Inputs'
  },
  {
    name: 'on-missing',
    kind: 'enum',
    values: ['fail', 'neutral'],
    default: 'fail',
    description:
      'What a missing result means (no fragment at all, an unreadable one, an expected gate that did not report): fail (required statuses fail closed, the step fails) or neutral (a notice; the overall status stays green).',
    group: 'Inputs'
  },
  {
    name: 'fork-workflow-changes',
    kind: 'enum',
    values: ['fail', 'allow'],
    default: 'fail',
    only: 'action',
    description:
      'A fork PR that changes files under .github/ fails the overall status and the comment lists the files (its workflows produced the fragments), unless this is allow.',
    group: 'Inputs'
  },
  {
    name: 'fail-on-gate-failure',
    kind: 'boolean',
    default: false,
    description:
      'Also fail this step when a gate failed (the gates already fail their own steps and statuses).',
    group: 'Outputs'
  },
  ...GITHUB_SETTINGS,
  ...DISPATCH_SETTINGS,
  {
    name: 'out',
    kind: 'string',
    only: 'cli',
    placeholder: '<file>',
    description: 'also write the comment markdown to <file>',
    group: 'Outputs'
  },
  {
    name: 'summary-out',
    kind: 'string',
    only: 'cli',
    placeholder: '<file>',
    description: 'write the job-summary markdown to <file>',
    group: 'Outputs'
  },
  {
    name: 'json',
    kind: 'boolean',
    default: false,
    only: 'cli',
    description: 'print {overall, comment, summary, statuses, fragments, problems} as JSON instead',
    group: 'Outputs'
  }
] as const satisfies readonly Setting[]

export type ReportSettings = SettingsOf<typeof SETTINGS>

export interface ReportOutcome extends Outcome {
  collected: Collected
  composed: Composed
}

/** The pr-report declaration; `deps` only shortens waits in tests. */
export function createPrReport(deps: RunDeps = {}): Declaration<typeof SETTINGS, ReportOutcome> {
  return {
    action: 'pr-report',
    command: 'report',
    usage: '--fragments <file|glob|dir>... [options]',
    about:
      'Collects quality-gates fragments, composes the sticky PR comment exactly as the pr-report action does, and\nprints it (unreadable fragments are shown as lines in the report, never dropped).',
    settings: SETTINGS,
    run: (settings, host) => runReport(settings, host, deps),
    print: {
      json: (outcome, write) =>
        write(
          `${JSON.stringify(
            {
              overall: outcome.composed.overall,
              comment: outcome.composed.comment,
              summary: outcome.composed.summary,
              statuses: outcome.composed.statuses,
              fragments: outcome.collected.fragments.map(f => ({
                source: f.source,
                gate: f.fragment.gate,
                status: f.fragment.status
              })),
              problems: outcome.collected.problems
            },
            null,
            2
          )}\n`
        ),
      human: outcome => outcome.composed.comment
    }
  }
}

export const prReport = createPrReport()

async function runReport(settings: ReportSettings, host: Host, deps: RunDeps): Promise<ReportOutcome> {
  const s = settings as ReportSettings &
    Partial<Record<'artifact-pattern' | 'comment-author' | 'out', string>>
  const label = (name: string) => labelOf(hostInputs(host), name)
  const id = validateReportId(s.id, label('id'))
  const mode = s.mode ?? 'auto'
  const commentMode = COMMENT_ALIASES[(s.comment ?? 'update').toLowerCase()] ?? 'update'
  const commentOn = s['comment-on'] ?? 'always'
  const wantStatuses = s['commit-status'] ?? true
  const failOnFailure = s['fail-on-gate-failure']
  const author = s['comment-author'] ?? DEFAULT_COMMENT_AUTHOR
  const specs = s.fragments
  const onMissing = s['on-missing']
  for (const entry of s.expect) {
    const shaped = /^[a-z0-9][a-z0-9._-]{0,39}(?:\/[a-z0-9][a-z0-9._-]{0,39})?$/.test(entry)
    if (!shaped || entry.includes('..') || entry.startsWith('quality-gates/')) {
      throw new UserError(
        `${label('expect')}: ${JSON.stringify(entry.slice(0, 80))} is not a gate id or <gate>/<name> (without the quality-gates/ prefix)`
      )
    }
  }
  const patternInput = s['artifact-pattern']
  const ctx = host.context
  const octokit = host.octokit
  const repo = ctx.repository
  const log = host.logger

  const effectiveMode: 'same-run' | 'workflow-run' =
    mode === 'auto' ? (ctx.eventName === 'workflow_run' ? 'workflow-run' : 'same-run') : mode
  const target: WorkflowRunTarget | undefined =
    effectiveMode === 'workflow-run' ? workflowRunFromPayload(ctx.payload) : undefined
  if (target) {
    log.log(
      'info',
      `workflow-run mode: reading fragments of run ${target.runId} (${target.event}${target.fromFork ? `, fork ${target.headRepository ?? ''}` : ''}) at ${target.headSha}`
    )
  }

  // ---- collect
  const parts: Collected[] = []
  if (specs.length === 0 && !octokit && host.jobTempDir === undefined) {
    throw new UserError(
      `${label('fragments')} is required here: without a GitHub token there are no artifacts to read`
    )
  }
  if (specs.length > 0) {
    const fromPaths = await collectFromPaths(specs, host.cwd)
    // Locally a path that does not exist is a typo to fix now (exit 2); in a workflow it stays a report line.
    const missing = repo ? undefined : fromPaths.problems.find(p => p.error === 'no such file or directory')
    if (missing)
      throw new UserError(
        `${label('fragments')}: ${JSON.stringify(missing.source.slice(0, 200))}: no such file or directory`
      )
    parts.push(fromPaths)
  }
  // Gates earlier in this job leave their fragments in the job's temp dir (coverage-gate does): read them too.
  const jobDir = host.jobTempDir && !target ? jobFragmentsDir(host.jobTempDir) : undefined
  if (specs.length === 0 && jobDir && existsSync(jobDir))
    parts.push(await collectFromPaths([jobDir], host.workspace))
  // Artifacts: always in workflow-run mode; in same-run mode when artifact-pattern is set or no files were
  // given. With files given, a run without matching artifacts is not a problem.
  const artifactRunId = target ? target.runId : ctx.runId
  const wantArtifacts = target !== undefined || specs.length === 0 || patternInput !== undefined
  if (wantArtifacts) {
    if (!octokit || !repo || artifactRunId === undefined) {
      if (specs.length === 0 || target) {
        parts.push({
          fragments: [],
          problems: [
            {
              source: 'artifacts',
              error:
                'cannot read artifacts here (needs a GitHub token, a repository and a run id); pass "fragments"'
            }
          ]
        })
      }
    } else {
      const download = host.artifacts?.downloadZip.bind(host.artifacts) ?? restDownloadZip(octokit, repo)
      parts.push(
        await collectFromArtifacts({
          octokit,
          repo,
          runId: artifactRunId,
          ...(patternInput ? { pattern: patternInput } : {}),
          downloadZip: download,
          tempDir: host.tempDir,
          // Fragments given as files, or left by gates earlier in this job: no matching artifact is fine then.
          quietWhenNone: !target && (specs.length > 0 || parts.some(p => p.fragments.length > 0))
        })
      )
    }
  }
  const collected = parts.length > 0 ? mergeCollected(...parts) : emptyCollected()
  for (const p of collected.problems) log.log('warning', `pr-report: ${p.source}: ${p.error}`)

  // ---- where the report goes
  let pull: PullTarget = { headSha: target?.headSha ?? ctx.sha }
  if (repo) {
    try {
      pull = await findPullRequest(octokit, repo, ctx, target, () => host.pullRequest())
    } catch (e) {
      // A manual run's PR that cannot be reported on (not this repository's open PR, a fork, another commit
      // checked out) fails the step before anything is posted.
      if (!target && (ctx.eventName === 'workflow_dispatch' || ctx.manualPullRequest !== undefined)) throw e
      log.log(
        'warning',
        `pr-report: cannot find the pull request (${describeError(e)}); no comment is written`
      )
    }
  }

  // ---- a fork's run produced the fragments: if the PR edits the workflows, its verdict says nothing
  if (target?.fromFork && s['fork-workflow-changes'] !== 'allow') {
    collected.problems.push(
      ...(pull.number !== undefined && octokit && repo
        ? await workflowChanges(octokit, repo, pull.number)
        : [
            {
              source: 'fork PR',
              kind: 'refused' as const,
              error:
                'the pull request was not found, so whether it changes files under .github/ is unknown: the verdict needs review (fork-workflow-changes: allow to accept)'
            }
          ])
    )
  }

  // ---- approvals: a failure that the PR's approvals cover is reported approved, not set back to failure
  if (pull.number !== undefined && octokit && repo) {
    const number = pull.number
    collected.fragments = await withApprovals(
      collected.fragments,
      () => readApprovers(octokit, repo, number, { author }),
      message => log.log('warning', message)
    )
  }

  // ---- compose
  // The hidden state line orders concurrent writers of one comment; a local run writes no comment.
  const order: BodyOrder | undefined = target
    ? [target.runId, target.runAttempt, ctx.runId ?? 0, ctx.runAttempt ?? 0]
    : ctx.runId !== undefined
      ? [ctx.runId, ctx.runAttempt ?? 1]
      : repo
        ? [host.now().getTime()]
        : undefined
  const runUrl = runUrlOf(ctx)
  const gatesRunUrl =
    target && repo ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${target.runId}` : undefined
  const composed = compose({
    id,
    collected,
    ...(order ? { order } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(gatesRunUrl ? { gatesRunUrl } : {}),
    ...(pull.headSha ? { sha: pull.headSha } : {}),
    ...(repo ? { repository: { owner: repo.owner, repo: repo.repo } } : {}),
    ...(repo ? { serverUrl: ctx.serverUrl } : {}),
    untrusted: target !== undefined,
    expected: s.expect,
    onMissing,
    ...(order
      ? {
          digest: reportDigest({
            results: collected.fragments.map(f => f.fragment),
            problems: collected.problems,
            expected: s.expect,
            onMissing,
            untrusted: target !== undefined
          })
        }
      : {})
  })
  await host.appendSummary(composed.summary)
  host.setOutput('verdict', composed.overall)

  // ---- statuses
  let statusFailure: string | undefined
  if (wantStatuses && octokit && repo) {
    const outcome = await publishStatuses(octokit, repo, pull.headSha, composed.statuses, deps.setStatus, {
      isFork: pull.isFork === true
    })
    const refused = outcome.failed.filter(f => f.forkRefused)
    const failed = outcome.failed.filter(f => !f.forkRefused)
    for (const f of failed) {
      log.log(
        'error',
        `pr-report: could not set status "${f.context}" on ${pull.headSha.slice(0, 12)}: ${f.error}`
      )
    }
    if (refused.length > 0)
      log.log('warning', `pr-report: ${forkStatusNote(refused.map(f => f.context).join(', '))}`)
    log.log('info', `pr-report: set ${outcome.set.length} commit statuses on ${pull.headSha}`)
    // A required status that cannot be written leaves branch protection waiting on nothing: the step fails. On a
    // fork PR's read-only token it stays absent (never green) and the fork split sets it: no failure there.
    if (failed.length > 0) statusFailure = `${failed.length} commit statuses could not be set`
  }

  // ---- comment
  let commentId = ''
  let commentUrl = ''
  if (commentMode === 'off') {
    log.log('info', 'pr-report: no comment written (comment: off)')
  } else if (pull.number === undefined) {
    log.log('info', `pr-report: not a pull request (${ctx.eventName}); job summary and statuses only`)
  } else if (!target && ctx.eventName === 'merge_group') {
    // A queue's commit may carry several PRs: its numbers are the group's, not this PR's own comment's.
    log.log(
      'info',
      'pr-report: a merge queue run; statuses on the queue commit and the job summary, no PR comment'
    )
  } else if (!octokit || !repo) {
    log.log('warning', 'pr-report: no GitHub token; cannot write the PR comment')
  } else {
    try {
      const result = await upsertComment(octokit, repo, pull.number, composed.comment, {
        marker: markerLine(id),
        author,
        mode: commentMode,
        on: commentOn,
        failed: composed.overall === 'fail',
        ...(deps.settleMs !== undefined ? { settleMs: deps.settleMs } : {})
      })
      if (result.action !== 'skipped' && result.commentId !== undefined) {
        commentId = String(result.commentId)
        commentUrl = result.url ?? ''
      }
      log.log('info', `pr-report: ${commentLogLine(result, pull.number)}`)
      if (result.actualAuthor) {
        log.log(
          'warning',
          `pr-report: the comment was written as "${result.actualAuthor}", not "${author}"; set input comment-author: ${result.actualAuthor} or later runs will not find it`
        )
      }
    } catch (e) {
      // The comment is a convenience: the job summary holds the full report and the statuses carry the verdict.
      log.log('warning', `pr-report: ${commentFailureWarning(e)}`)
    }
  }
  host.setOutput('comment-id', commentId)
  host.setOutput('comment-url', commentUrl)

  if (s.out !== undefined) {
    const out = resolve(host.cwd, s.out)
    await writeFile(out, composed.comment).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`${label('out')} ${out}: cannot write (${e.code ?? 'error'})`)
    })
  }
  const failure =
    statusFailure ??
    (composed.missing > 0 && onMissing === 'fail'
      ? `quality gates: ${composed.missing} result(s) missing, unreadable or refused, so the overall status is failure; see the report`
      : failOnFailure && composed.overall === 'fail'
        ? 'quality gates failed (fail-on-gate-failure is true); see the job summary'
        : undefined)
  return { ...(failure ? { failure } : {}), collected, composed }
}

/** What happened to the comment, for the log; a skipped one says why its outputs are empty. */
function commentLogLine(result: UpsertResult, prNumber: number): string {
  const removed = result.deleted.length
  if (result.action === 'skipped') {
    return result.reason === 'no-failure'
      ? `no comment written on #${prNumber} (comment-on: failure, and nothing failed)`
      : `no comment written on #${prNumber} (comment-on: change, and the report is unchanged since comment ${result.commentId ?? '?'})`
  }
  return `comment ${result.action} on #${prNumber} (id ${result.commentId ?? '?'}${removed ? `, removed ${removed} older or duplicate comment${removed === 1 ? '' : 's'}` : ''})`
}

/** Workflow files a fork PR changes (all pages of the PR's files), each a problem line; none when it changes none. */
async function workflowChanges(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  pullNumber: number
): Promise<Problem[]> {
  try {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: pullNumber,
      per_page: 100
    })
    const touched = files
      .flatMap(f => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])])
      .filter(name => name.startsWith('.github/'))
    if (touched.length === 0) return []
    const shown = [...new Set(touched)].slice(0, 10)
    return [
      {
        source: `fork PR #${pullNumber}`,
        kind: 'refused',
        error: `changes ${touched.length} file(s) under .github/ (${shown.join(', ')}${touched.length > shown.length ? ', …' : ''}): the fragments came from its own workflows, so this verdict needs review (fork-workflow-changes: allow to accept)`
      }
    ]
  } catch (e) {
    // Not knowing whether the workflows changed is not a pass.
    return [
      {
        source: `fork PR #${pullNumber}`,
        kind: 'refused',
        error: `cannot list the PR's files to check for workflow changes (${describeApiError(e)})`
      }
    ]
  }
}

/** Download an artifact zip through REST (GET …/artifacts/{id}/zip, 302 to the blob) when the Host has no client. */
export function restDownloadZip(octokit: Octokit, repo: { owner: string; repo: string }) {
  return async (artifactId: number, zipPath: string): Promise<void> => {
    const res = await octokit.rest.actions.downloadArtifact({
      owner: repo.owner,
      repo: repo.repo,
      artifact_id: artifactId,
      archive_format: 'zip'
    })
    await writeFile(zipPath, Buffer.from(res.data as ArrayBuffer))
  }
}
