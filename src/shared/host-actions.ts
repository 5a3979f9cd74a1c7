/** The Host inside a GitHub Actions job, over @actions/core, the REST API and @actions/artifact. */
import * as core from '@actions/core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createActionsArtifactClient } from './artifacts.js'
import { createArtifactBaselineStore } from './baseline-store.js'
import { jobFragmentsDir } from './fragment.js'
import { resolveRunPullRequest } from './dispatch.js'
import type { PullRequestContext } from './github.js'
import { createOctokit } from './octokit.js'
import type { Host, Level } from './host.js'
import { inputNumber } from './inputs.js'
import { runContextFromEnv } from './run-context.js'

function defaultBranchOf(context: { payload: Record<string, unknown> }): string | undefined {
  const branch = (context.payload.repository as { default_branch?: unknown } | undefined)?.default_branch
  return typeof branch === 'string' && branch !== '' ? branch : undefined
}

export function createActionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  const input = (name: string) => core.getInput(name).trim() || undefined
  const context = runContextFromEnv(env, { pr: input('pr') })
  const token = input('github-token') ?? env.GITHUB_TOKEN
  // GitHub masks the token it made; a token made by an earlier step (an app token, a PAT from a step) is not.
  if (token) core.setSecret(token)
  const maxRateLimitWaitSeconds = inputNumber(input, 'rate-limit-wait', { min: 0, max: 3600, integer: true })
  const octokit = token
    ? createOctokit({
        token,
        baseUrl: context.apiUrl,
        log: message => core.debug(message),
        ...(maxRateLimitWaitSeconds !== undefined ? { maxRateLimitWaitSeconds } : {})
      })
    : undefined
  const artifacts =
    octokit && context.repository
      ? createActionsArtifactClient({
          octokit,
          owner: context.repository.owner,
          repo: context.repository.repo,
          canUpload: !!env.ACTIONS_RUNTIME_TOKEN
        })
      : undefined
  const log: Record<Level, (message: string, props?: core.AnnotationProperties) => void> = {
    debug: message => core.debug(message),
    info: message => core.info(message),
    notice: (message, props) => core.notice(message, props),
    warning: (message, props) => core.warning(message, props),
    error: (message, props) => core.error(message, props)
  }
  const tempDir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'quality-gates-'))
  const repo = context.repository
  const baselines =
    octokit && artifacts && repo
      ? createArtifactBaselineStore(
          {
            octokit,
            artifacts,
            owner: repo.owner,
            repo: repo.repo,
            repositoryId: repo.id ?? 0,
            tempDir,
            ...(defaultBranchOf(context) ? { defaultBranch: defaultBranchOf(context) } : {}),
            log: (level, message) => log[level](message)
          },
          context
        )
      : undefined
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  let pullRequest: Promise<PullRequestContext | undefined> | undefined
  const fragmentsDir = env.RUNNER_TEMP ? jobFragmentsDir(env.RUNNER_TEMP) : join(tempDir, 'fragments')
  return {
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
    workspace,
    cwd: workspace,
    tempDir,
    ...(env.RUNNER_TEMP ? { jobTempDir: env.RUNNER_TEMP } : {}),
    ...(octokit ? { octokit } : {}),
    ...(artifacts ? { artifacts } : {}),
    ...(baselines ? { baselines } : {}),
    pullRequest: () =>
      (pullRequest ??= repo
        ? resolveRunPullRequest(context, repo, octokit, {
            workspace,
            forkPolicy: input('dispatch-fork-pr'),
            notice: message => core.notice(message)
          })
        : Promise.resolve(undefined)),
    fragmentPath: name => join(fragmentsDir, name),
    now: () => new Date()
  }
}
