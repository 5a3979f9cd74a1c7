/**
 * pr-report action: collect every gate's fragment, compose ONE sticky PR comment, write the job summary and set
 * the commit statuses. pr-report never blocks by itself (the gates' statuses do) unless fail-on-gate-failure.
 *
 * Inputs (action.yml; defaults in brackets):
 *   fragments             Newline-separated files, globs or directories holding fragments (a directory is
 *                         searched for **∕quality-gates-fragment*.json). [empty: read this run's artifacts]
 *   artifact-pattern      Glob on artifact names holding fragments (this run's; the triggering run's in
 *                         workflow-run mode). With `fragments` also given, no matching artifact is fine.
 *                         [quality-gates-fragment-*]
 *   mode                  auto | same-run | workflow-run. auto = workflow-run on a workflow_run event (fork-safe:
 *                         fragments come from the triggering run's artifacts, never from PR code). [auto]
 *   comment               Create/update the sticky PR comment (true/false). [true]
 *   statuses              Set one commit status per gate plus the overall `quality-gates` (true/false). [true]
 *   id                    Report id, [a-z0-9-]; separates several pr-report comments on one PR. [default]
 *   comment-author        Login whose marker comment pr-report edits; set it when github-token is a PAT or an
 *                         app other than github-actions. [github-actions[bot]]
 *   github-token          Token with pull-requests: write, statuses: write, actions: read. [${{ github.token }}]
 *   fail-on-gate-failure  Fail this step when the overall verdict is fail (true/false). [false]
 * Outputs:
 *   verdict               pass | fail | neutral | skipped
 *   comment-id            Id of the sticky comment (empty when none was written)
 *   comment-url           Its html URL (empty when none)
 */
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { UserError, describeError } from '../shared/errors.js'
import { jobFragmentsDir } from '../shared/fragment.js'
import { describeApiError, type Octokit } from '../shared/github.js'
import type { Host } from '../shared/host.js'
import { runUrl as runUrlOf } from '../shared/run-context.js'
import {
  collectFromArtifacts,
  collectFromPaths,
  emptyCollected,
  mergeCollected,
  type Collected
} from './collect.js'
import { compose } from './compose.js'
import { workflowRunFromPayload, type WorkflowRunTarget } from './fork.js'
import { markerLine, validateReportId, type BodyOrder } from './marker.js'
import { publishStatuses, type SetStatus } from './statuses.js'
import { DEFAULT_COMMENT_AUTHOR, upsertComment } from './upsert.js'
import { findPullRequest, type PullTarget } from './pull.js'

export type Mode = 'auto' | 'same-run' | 'workflow-run'

export interface RunDeps {
  /** Wait of the verifying reconcile pass in upsertComment (tests shorten it). */
  settleMs?: number
  setStatus?: SetStatus
}

function boolInput(host: Host, name: string, fallback: boolean): boolean {
  const raw = host.input(name)
  if (raw === undefined) return fallback
  const v = raw.toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new UserError(`input "${name}": ${JSON.stringify(raw.slice(0, 40))} is not true or false`)
}

function modeInput(host: Host): Mode {
  const raw = host.input('mode') ?? 'auto'
  if (raw === 'auto' || raw === 'same-run' || raw === 'workflow-run') return raw
  throw new UserError(
    `input "mode": ${JSON.stringify(raw.slice(0, 40))} is not one of auto, same-run, workflow-run`
  )
}

function authorInput(host: Host): string {
  const raw = host.input('comment-author') ?? DEFAULT_COMMENT_AUTHOR
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(raw)) {
    throw new UserError(`input "comment-author": ${JSON.stringify(raw.slice(0, 60))} is not a GitHub login`)
  }
  return raw
}

export async function run(host: Host, deps: RunDeps = {}): Promise<void> {
  const id = validateReportId(host.input('id'))
  const mode = modeInput(host)
  const wantComment = boolInput(host, 'comment', true)
  const wantStatuses = boolInput(host, 'statuses', true)
  const failOnFailure = boolInput(host, 'fail-on-gate-failure', false)
  const author = authorInput(host)
  const specs = (host.input('fragments') ?? '')
    .split('\n')
    .map(s => s.trim())
    .filter(s => s !== '')
  const patternInput = host.input('artifact-pattern')
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
  if (specs.length > 0) parts.push(await collectFromPaths(specs, host.workspace))
  // Gates earlier in this job leave their fragments in the job's temp dir (coverage-gate does): read them too.
  const jobDir = host.jobTempDir && !target ? jobFragmentsDir(host.jobTempDir) : undefined
  if (specs.length === 0 && jobDir && existsSync(jobDir))
    parts.push(await collectFromPaths([jobDir], host.workspace))
  // Artifacts: always in workflow-run mode; in same-run mode when a pattern is set (the action.yml default)
  // or no files were given. With files given, a run without matching artifacts is not a problem.
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
          quietWhenNone: specs.length > 0 && !target
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
      pull = await findPullRequest(octokit, repo, ctx, target)
    } catch (e) {
      log.log(
        'warning',
        `pr-report: cannot find the pull request (${describeError(e)}); no comment is written`
      )
    }
  }

  // ---- compose
  const order: BodyOrder = target
    ? [target.runId, target.runAttempt, ctx.runId ?? 0, ctx.runAttempt ?? 0]
    : ctx.runId !== undefined
      ? [ctx.runId, ctx.runAttempt ?? 1]
      : [host.now().getTime()]
  const runUrl = runUrlOf(ctx)
  const gatesRunUrl =
    target && repo ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${target.runId}` : undefined
  const composed = compose({
    id,
    collected,
    order,
    ...(runUrl ? { runUrl } : {}),
    ...(gatesRunUrl ? { gatesRunUrl } : {}),
    ...(pull.headSha ? { sha: pull.headSha } : {}),
    ...(repo ? { repository: { owner: repo.owner, repo: repo.repo } } : {}),
    serverUrl: ctx.serverUrl,
    untrusted: target !== undefined
  })
  await host.appendSummary(composed.summary)
  host.setOutput('verdict', composed.overall)

  // ---- statuses
  if (wantStatuses && octokit && repo) {
    const outcome = await publishStatuses(octokit, repo, pull.headSha, composed.statuses, deps.setStatus)
    for (const f of outcome.failed) {
      log.log(
        'warning',
        `pr-report: could not set status "${f.context}" on ${pull.headSha.slice(0, 12)}: ${f.error}`
      )
    }
    log.log('info', `pr-report: set ${outcome.set.length} commit statuses on ${pull.headSha}`)
  }

  // ---- comment
  let commentId = ''
  let commentUrl = ''
  if (!wantComment) {
    log.log('info', 'pr-report: comment disabled')
  } else if (pull.number === undefined) {
    log.log('info', `pr-report: not a pull request (${ctx.eventName}); job summary and statuses only`)
  } else if (!octokit || !repo) {
    log.log('warning', 'pr-report: no GitHub token; cannot write the PR comment')
  } else {
    try {
      const result = await upsertComment(octokit, repo, pull.number, composed.comment, {
        marker: markerLine(id),
        author,
        ...(deps.settleMs !== undefined ? { settleMs: deps.settleMs } : {})
      })
      commentId = String(result.commentId)
      commentUrl = result.url ?? ''
      log.log(
        'info',
        `pr-report: comment ${result.action} on #${pull.number} (id ${result.commentId}${result.deleted.length ? `, removed ${result.deleted.length} duplicates` : ''})`
      )
      if (result.actualAuthor) {
        log.log(
          'warning',
          `pr-report: the comment was written as "${result.actualAuthor}", not "${author}"; set input comment-author: ${result.actualAuthor} or later runs will not find it`
        )
      }
    } catch (e) {
      const status = (e as { status?: number }).status
      const hint =
        status === 403 || status === 404
          ? ' — the token needs pull-requests: write; a fork PR gets a read-only token, use the workflow_run setup (mode: workflow-run)'
          : ''
      log.log('warning', `pr-report: could not write the PR comment: ${describeApiError(e)}${hint}`)
    }
  }
  host.setOutput('comment-id', commentId)
  host.setOutput('comment-url', commentUrl)

  if (failOnFailure && composed.overall === 'fail') {
    throw new UserError('quality gates failed (fail-on-gate-failure is true); see the job summary')
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
