/** The Host inside a GitHub Actions job, over @actions/core, the REST API and @actions/artifact. */
import * as core from '@actions/core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createActionsArtifactClient } from './artifacts.js'
import { describeError, UserError } from './errors.js'
import { createOctokit } from './github.js'
import type { Host, Level } from './host.js'
import { runContextFromEnv } from './run-context.js'

export function createActionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  const context = runContextFromEnv(env)
  const input = (name: string) => core.getInput(name).trim() || undefined
  const token = input('github-token') ?? env.GITHUB_TOKEN
  const octokit = token
    ? createOctokit({ token, baseUrl: context.apiUrl, log: message => core.debug(message) })
    : undefined
  const artifacts =
    octokit && context.repository
      ? createActionsArtifactClient({
          octokit,
          owner: context.repository.owner,
          repo: context.repository.repo
        })
      : undefined
  const tempDir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'quality-gates-'))
  const log: Record<Level, (message: string, props?: core.AnnotationProperties) => void> = {
    debug: message => core.debug(message),
    info: message => core.info(message),
    notice: (message, props) => core.notice(message, props),
    warning: (message, props) => core.warning(message, props),
    error: (message, props) => core.error(message, props)
  }
  return {
    kind: 'actions',
    input,
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async markdown => {
      await core.summary.addRaw(markdown, true).write()
    },
    logger: {
      log: (level, message, where) =>
        log[level](
          message,
          where && {
            file: where.file,
            startLine: where.startLine,
            endLine: where.endLine,
            title: where.title
          }
        ),
      group: (name, fn) => core.group(name, fn)
    },
    context,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir,
    ...(env.RUNNER_TEMP ? { jobTempDir: env.RUNNER_TEMP } : {}),
    ...(octokit ? { octokit } : {}),
    ...(artifacts ? { artifacts } : {}),
    now: () => new Date()
  }
}

/**
 * The whole life of an action's process: build the Host, run the gate, and turn any error into a failed step
 * with one line. A UserError is the user's to fix; anything else is our bug and says so.
 */
export async function runAction(main: (host: Host) => Promise<void>): Promise<void> {
  try {
    await main(createActionsHost())
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message)
    } else {
      core.setFailed(`internal error: ${describeError(error)} (please report it)`)
      if (error instanceof Error && error.stack) core.debug(error.stack)
    }
  }
}
