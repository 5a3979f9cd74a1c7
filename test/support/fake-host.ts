/**
 * A Host built from fakes, as GitHub's typescript-action template tests `run()` in process: inputs from a map,
 * outputs, summaries and log lines recorded, and whatever GitHub side a test gives (an Octokit on the emulator,
 * an artifact client, a baseline store, a pull request).
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import type { PullRequestContext, Octokit } from '../../src/shared/github.js'
import type { ArtifactClient, Host, Level, RunContext } from '../../src/shared/host.js'

export interface FakeHost extends Host {
  outputs: Map<string, string>
  summaries: string[]
  logs: { level: Level; message: string }[]
}

export interface FakeHostOptions {
  /** A directory the test owns: the workspace, temp and fragments folders are made below it. */
  dir: string
  workspace?: string
  cwd?: string
  inputs?: Record<string, string | undefined>
  inputLabel?: (name: string) => string
  context?: Partial<RunContext>
  octokit?: Octokit
  artifacts?: ArtifactClient
  baselines?: BaselineStore
  pullRequest?: PullRequestContext
  /** Where fragments go; default `<dir>/fragments/<name>`; null = nowhere. */
  fragmentsDir?: string | null
  jobTempDir?: string
  now?: Date
}

export async function createFakeHost(opts: FakeHostOptions): Promise<FakeHost> {
  const workspace = opts.workspace ?? join(opts.dir, 'ws')
  const tempDir = join(opts.dir, 'tmp')
  await mkdir(workspace, { recursive: true })
  await mkdir(tempDir, { recursive: true })
  const fragmentsDir = opts.fragmentsDir === undefined ? join(opts.dir, 'fragments') : opts.fragmentsDir
  const host: FakeHost = {
    outputs: new Map(),
    summaries: [],
    logs: [],
    input: name => opts.inputs?.[name]?.trim() || undefined,
    ...(opts.inputLabel ? { inputLabel: opts.inputLabel } : {}),
    setOutput: (name, value) => void host.outputs.set(name, value),
    appendSummary: async md => void host.summaries.push(md),
    logger: {
      log: (level, message) => void host.logs.push({ level, message }),
      group: async (_name, fn) => fn()
    },
    context: {
      eventName: 'push',
      sha: '',
      ref: 'refs/heads/main',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      payload: {},
      ...opts.context
    },
    workspace,
    cwd: opts.cwd ?? workspace,
    tempDir,
    ...(opts.jobTempDir ? { jobTempDir: opts.jobTempDir } : {}),
    ...(opts.octokit ? { octokit: opts.octokit } : {}),
    ...(opts.artifacts ? { artifacts: opts.artifacts } : {}),
    ...(opts.baselines ? { baselines: opts.baselines } : {}),
    pullRequest: async () => opts.pullRequest,
    fragmentPath: name => (fragmentsDir === null ? undefined : join(fragmentsDir, name)),
    now: () => opts.now ?? new Date('2026-01-01T00:00:00Z')
  }
  return host
}
