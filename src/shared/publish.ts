/**
 * The one publishing step every gate's result goes through, touching the outside world only through the Host:
 * the fragment file (for a pr-report step in the same job, or --fragment-out) and its artifact (for a report
 * job), the commit status, annotations (a check run, or workflow commands), step outputs and the job summary.
 * A gate never writes any of these itself.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describeError, oneLine, UserError } from './errors.js'
import { commitState, headingLine, writeFragment, type ReportFragment } from './fragment.js'
import type { GateResult } from './gate.js'
import { describeApiError } from './github.js'
import type { Host, Level } from './host.js'
import { runUrl } from './run-context.js'
import {
  CheckRunCreateError,
  createAnnotatedCheckRun,
  forkStatusNote,
  refusedOnFork,
  setCommitStatus,
  WORKFLOW_ANNOTATIONS_PER_JOB,
  WORKFLOW_ANNOTATIONS_PER_STEP,
  workflowAnnotations,
  type WorkflowAnnotationLevel
} from './status.js'

/**
 * How a gate's findings are annotated in the PR diff:
 * - `auto`: a check run; when it cannot be created (a fork PR's read-only token, no `checks: write`, a
 *   personal token, no token at all) workflow commands instead, which need no permission;
 * - `check-run`: a check run only (a failure warns);
 * - `workflow-commands`: workflow commands only (GitHub shows 10 of each level per step);
 * - `off`: none (the findings stay in the report).
 */
export const ANNOTATION_MODES = ['auto', 'check-run', 'workflow-commands', 'off'] as const
export type AnnotationsMode = (typeof ANNOTATION_MODES)[number]

/**
 * What a gate writes to the job summary: `full` its whole section (a gate used without pr-report, and the
 * CLI's --summary-out), `short` one line pointing to pr-report's report (which holds the section, so the
 * job's summary shows it once), `off` nothing.
 */
export const SUMMARY_MODES = ['full', 'short', 'off'] as const
export type SummaryMode = (typeof SUMMARY_MODES)[number]

export interface PublishOptions {
  /** File and artifact name of the fragment (without `.json`). */
  fragmentName: string
  /** Set the commit status. */
  status: boolean
  /** How the fragment's findings are annotated. */
  annotations: AnnotationsMode
  /** What goes to the job summary. */
  summary: SummaryMode
  /** Annotations of each level the step made before publishing (a gate's logged warnings take slots too). */
  issued?: Partial<Record<WorkflowAnnotationLevel, number>>
}

/** Days a fragment artifact is kept: long enough for a report job or a re-run, short enough to cost nothing. */
const FRAGMENT_RETENTION_DAYS = 7

/**
 * The artifact name of a fragment in this run attempt. Artifact names are unique per workflow run, so a re-run
 * (attempt 2) names its own; pr-report reads the newest attempt of each identity.
 */
export function fragmentArtifactName(fragmentName: string, runAttempt: number | undefined): string {
  return runAttempt !== undefined && runAttempt > 1 ? `${fragmentName}-attempt-${runAttempt}` : fragmentName
}

/**
 * Publish a gate's result. The fragment file, outputs and summary always happen; artifact and annotation
 * failures warn. A commit status that cannot be written fails the step: branch protection would otherwise wait
 * on a status that never comes, or on a stale one.
 */
export async function publish(host: Host, result: GateResult<unknown>, opts: PublishOptions): Promise<void> {
  const { fragment } = result
  const path = host.fragmentPath(`${opts.fragmentName}.json`)
  if (path !== undefined) {
    try {
      await mkdir(dirname(path), { recursive: true })
      await writeFragment(path, fragment)
    } catch (error) {
      throw new UserError(`cannot write the report fragment ${path}: ${describeError(error)}`)
    }
    host.setOutput('fragment-path', path)
  }
  // What this step logs as a warning, notice or error takes one of the annotations GitHub shows per step of that
  // level: they are counted, from the gate's own before publishing on.
  const issued: Record<WorkflowAnnotationLevel, number> = { error: 0, warning: 0, notice: 0, ...opts.issued }
  const log = (level: Level, message: string) => {
    if (level !== 'debug' && level !== 'info') issued[level]++
    host.logger.log(level, message)
  }
  const tryTo = async (what: string, fn: () => Promise<unknown>): Promise<void> => {
    try {
      await fn()
    } catch (error) {
      log('warning', `could not ${what}: ${describeError(error)}`)
    }
  }
  if (path !== undefined && host.artifacts?.canUpload && result.uploadFragment !== false) {
    const artifacts = host.artifacts
    const name = fragmentArtifactName(opts.fragmentName, host.context.runAttempt)
    await tryTo('upload the report fragment', () =>
      artifacts.upload(name, [path], dirname(path), FRAGMENT_RETENTION_DAYS).then(() => {
        log('info', `uploaded the report fragment ${basename(path)} as artifact ${name}`)
      })
    )
  }

  const octokit = host.octokit
  const repo = host.context.repository
  const sha = result.sha
  let statusError: string | undefined
  if (octokit && repo && sha && result.onCommit && opts.status) {
    const url = runUrl(host.context)
    try {
      await setCommitStatus(octokit, repo, sha, {
        context: fragment.statusContext,
        state: commitState(fragment),
        description: fragment.summary,
        ...(url ? { targetUrl: url } : {})
      })
    } catch (error) {
      const pr = await host.pullRequest().catch(() => undefined)
      if (refusedOnFork(error, pr)) log('warning', forkStatusNote(fragment.statusContext))
      else
        statusError = `could not set the commit status ${fragment.statusContext} on ${sha.slice(0, 12)}: ${describeError(error)}`
    }
  }
  if (result.onCommit) {
    await annotate(host, result, opts, { log, issued: () => issued })
  }

  host.setOutput('verdict', fragment.status)
  // The old name of the verdict output, kept for workflows that read it.
  host.setOutput('status', fragment.status)
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value)
  if (opts.summary === 'full') await host.appendSummary(fragment.markdown)
  // Without a fragment artifact there is no report section to point to: the heading line alone.
  else if (opts.summary === 'short')
    await host.appendSummary(result.uploadFragment === false ? headingLine(fragment) : shortSummary(fragment))
  if (statusError) throw new UserError(statusError)
}

/** The `short` job summary: the section's heading line (status, title, summary) saying where the full section is. */
export function shortSummary(fragment: Pick<ReportFragment, 'status' | 'title' | 'summary'>): string {
  return `${headingLine(fragment)} _(the full section is in the quality-gates report: pr-report's job summary and PR comment)_`
}

/**
 * Annotate the fragment's findings the way `opts.annotations` says, logging which way was taken. Never throws:
 * annotations are a convenience, the findings are in the report either way.
 */
async function annotate(
  host: Host,
  result: GateResult<unknown>,
  opts: PublishOptions,
  out: { log: (level: Level, message: string) => void; issued: () => Record<WorkflowAnnotationLevel, number> }
): Promise<void> {
  const { fragment } = result
  const findings = fragment.annotations ?? []
  if (findings.length === 0) return
  const log = (level: Level, message: string) => out.log(level, `annotations: ${message}`)
  const n = `${findings.length} finding${findings.length === 1 ? '' : 's'}`
  if (opts.annotations === 'off') {
    log('info', `off; ${n} are in the report only`)
    return
  }
  if (opts.annotations !== 'workflow-commands') {
    const octokit = host.octokit
    const repo = host.context.repository
    const sha = result.sha
    if (!octokit || !repo || !sha) {
      if (opts.annotations === 'check-run') {
        log('info', `no GitHub token or repository, so no check run; ${n} are in the report only`)
        return
      }
      log('info', 'no GitHub token or repository for a check run; annotating with workflow commands')
    } else {
      const name =
        result.checkRunName ?? `${fragment.statusContext.replace(/^quality-gates\//, '')}: findings`
      try {
        const run = await createAnnotatedCheckRun(
          octokit,
          repo,
          sha,
          name,
          fragment.status === 'fail' ? 'failure' : 'neutral',
          fragment.summary,
          fragment.summary,
          findings
        )
        log(
          'info',
          `check run "${name}" carries ${run.posted} of ${n}${run.dropped > 0 ? ` (${run.dropped} over its limit)` : ''}`
        )
        return
      } catch (error) {
        // check-run mode, or a failure that is no refusal (a rate limit, an outage; after the create the run may
        // hold part of the annotations): warn, as ever.
        if (opts.annotations === 'check-run' || !(error instanceof CheckRunCreateError)) {
          const why = error instanceof UserError ? error.message : describeApiError(error)
          out.log('warning', `could not annotate the findings: ${why}`)
          return
        }
        // Refused, so no run exists: what a fork PR's token always answers. Not worth a warning (which would also
        // take one of the step's 10 warning annotations).
        log(
          'info',
          `the token may not create check runs (a fork PR's read-only token, no checks: write, or not a GitHub App token): ${error.message}; annotating with workflow commands instead`
        )
      }
    }
  }
  await emitWorkflowAnnotations(host, findings, fragment, out.issued(), opts.fragmentName, log)
}

/**
 * The workflow-command annotations earlier steps of this job made, from a counter in RUNNER_TEMP (steps of a job
 * run one after another). Unreadable or absent = none; locally there is no job and no limit to share.
 */
async function jobAnnotationCounter(host: Host): Promise<{ used: number; add(n: number): Promise<void> }> {
  if (host.jobTempDir === undefined) return { used: 0, add: async () => undefined }
  const file = join(host.jobTempDir, 'quality-gates-workflow-annotations')
  const text = await readFile(file, 'utf8').catch(() => '')
  const used = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : 0
  return {
    used,
    add: async n => {
      await writeFile(file, String(used + n)).catch(() => undefined)
    }
  }
}

/** Workflow-command annotations, no more of a level than GitHub shows, then one line on what was left out. */
async function emitWorkflowAnnotations(
  host: Host,
  findings: NonNullable<ReportFragment['annotations']>,
  fragment: ReportFragment,
  issued: Record<WorkflowAnnotationLevel, number>,
  fragmentName: string,
  log: (level: Level, message: string) => void
): Promise<void> {
  const job = await jobAnnotationCounter(host)
  const jobRemaining = Math.max(0, WORKFLOW_ANNOTATIONS_PER_JOB - job.used)
  const { shown, leftOut } = workflowAnnotations(findings, issued, jobRemaining)
  await job.add(shown.length)
  for (const a of shown) {
    host.logger.log(a.level, a.message, {
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      ...(a.title !== undefined ? { title: a.title } : {})
    })
  }
  log('info', `${shown.length} of ${findings.length} findings annotated with workflow commands`)
  if (leftOut > 0) {
    host.logger.log(
      'info',
      `${leftOut} more finding${leftOut === 1 ? ' was' : 's were'} not annotated: GitHub shows at most ${WORKFLOW_ANNOTATIONS_PER_STEP} annotations of each level per step and ${WORKFLOW_ANNOTATIONS_PER_JOB} per job${job.used > 0 ? ` (earlier steps of this job made ${job.used})` : ''}. They are listed in the "${oneLine(fragment.title, 200)}" section of the quality-gates report (pr-report's comment and job summary) and all kept in the fragment ${fragmentName}.json.`
    )
  }
}
