/**
 * The Host inside a GitHub Actions job, over @actions/core, the REST API and @actions/artifact, or @actions/cache for
 * baselines where artifacts are not available (GitHub Enterprise Server; the `baseline-store` input).
 */
import * as core from '@actions/core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createActionsArtifactClient } from './artifacts.js'
import { BASELINE_STORE_CHOICES, chooseBaselineStore } from './baseline-store-choice.js'
import {
  cacheSavesInAuto,
  createArtifactBaselineStore,
  gatesWhenSaving,
  type BaselineStore
} from './baseline-store.js'
import type { CacheBaselineOptions } from './cache-baseline-store.js'
import { jobFragmentsDir } from './fragment.js'
import { resolveRunPullRequest } from './dispatch.js'
import type { PullRequestContext } from './github.js'
import { createOctokit } from './octokit.js'
import type { Host, Level } from './host.js'
import { inputEnum, inputNumber } from './inputs.js'
import { runContextFromEnv } from './run-context.js'

/** The store, saying once (on first use, so only a step that uses baselines says it) which one and why. */
function announced(store: BaselineStore, line: string, say: (line: string) => void): BaselineStore {
  let said = false
  const once = () => {
    if (!said) say(line)
    said = true
  }
  return {
    savesInAuto: store.savesInAuto,
    gatesWhenSaving: store.gatesWhenSaving,
    find: (...args) => (once(), store.find(...args)),
    save: (...args) => (once(), store.save(...args))
  }
}

/**
 * The cache store, its code (and @actions/cache after it) loaded when a gate first asks for a baseline: a step
 * that never does parses none of it. Whether the run saves is known up front (the same rule as the store's).
 */
function lazyCacheStore(opts: CacheBaselineOptions): BaselineStore {
  let store: Promise<BaselineStore> | undefined
  const load = () =>
    (store ??= import('./cache-baseline-store.js').then(m => m.createCacheBaselineStore(opts)))
  return {
    savesInAuto: cacheSavesInAuto(opts.context),
    gatesWhenSaving: gatesWhenSaving(opts.context),
    find: async (...args) => (await load()).find(...args),
    save: async (...args) => (await load()).save(...args)
  }
}

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
  // Read before the gate's settings are (the Host comes first); the gate's own reading validates it the same way.
  const choice = chooseBaselineStore(
    inputEnum(input, 'baseline-store', BASELINE_STORE_CHOICES, 'auto'),
    context.serverUrl
  )
  const chosen: BaselineStore | undefined =
    choice.store === 'cache'
      ? lazyCacheStore({ context, tempDir, env, log: (level, message) => log[level](message) })
      : octokit && artifacts && repo
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
  const baselines =
    chosen && announced(chosen, `baseline store: ${choice.store} (${choice.why})`, line => log.info(line))
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  let pullRequest: Promise<PullRequestContext | undefined> | undefined
  const fragmentsDir = env.RUNNER_TEMP ? jobFragmentsDir(env.RUNNER_TEMP) : join(tempDir, 'fragments')
  return {
    input,
    setOutput: (name, value) => core.setOutput(name, value),
    mask: secret => core.setSecret(secret),
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
