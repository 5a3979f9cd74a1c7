/**
 * The one publishing step every gate's result goes through, touching the outside world only through the Host:
 * the fragment file (for a pr-report step in the same job, or --fragment-out) and its artifact (for a report
 * job), the commit status, check-run annotations, step outputs and the job summary.
 * A gate never writes any of these itself.
 */
import { mkdir } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { describeError, UserError } from './errors.js'
import { writeFragment } from './fragment.js'
import type { GateResult } from './gate.js'
import type { Host } from './host.js'
import { runUrl } from './run-context.js'
import { createAnnotatedCheckRun, setCommitStatus } from './status.js'

export interface PublishOptions {
  /** File and artifact name of the fragment (without `.json`). */
  fragmentName: string
  /** Set the commit status. */
  status: boolean
  /** Annotate the fragment's findings with a check run. */
  annotations: boolean
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
  const tryTo = async (what: string, fn: () => Promise<unknown>): Promise<void> => {
    try {
      await fn()
    } catch (error) {
      host.logger.log('warning', `could not ${what}: ${describeError(error)}`)
    }
  }
  if (path !== undefined && host.artifacts?.canUpload) {
    const artifacts = host.artifacts
    const name = fragmentArtifactName(opts.fragmentName, host.context.runAttempt)
    await tryTo('upload the report fragment', () =>
      artifacts.upload(name, [path], dirname(path), FRAGMENT_RETENTION_DAYS).then(() => {
        host.logger.log('info', `uploaded the report fragment ${basename(path)} as artifact ${name}`)
      })
    )
  }

  const octokit = host.octokit
  const repo = host.context.repository
  const sha = result.sha
  let statusError: string | undefined
  if (octokit && repo && sha && result.onCommit) {
    if (opts.status) {
      const url = runUrl(host.context)
      try {
        await setCommitStatus(octokit, repo, sha, {
          context: fragment.statusContext,
          state: fragment.status === 'fail' ? 'failure' : 'success',
          description: fragment.summary,
          ...(url ? { targetUrl: url } : {})
        })
      } catch (error) {
        statusError = `could not set the commit status ${fragment.statusContext} on ${sha.slice(0, 12)}: ${describeError(error)}`
      }
    }
    const annotations = fragment.annotations ?? []
    if (opts.annotations && annotations.length > 0) {
      await tryTo('annotate the findings', () =>
        createAnnotatedCheckRun(
          octokit,
          repo,
          sha,
          result.checkRunName ?? `${fragment.statusContext.replace(/^quality-gates\//, '')}: findings`,
          fragment.status === 'fail' ? 'failure' : 'neutral',
          fragment.summary,
          fragment.summary,
          annotations
        )
      )
    }
  }

  host.setOutput('status', fragment.status)
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value)
  await host.appendSummary(fragment.markdown)
  if (statusError) throw new UserError(statusError)
}
