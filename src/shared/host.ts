/**
 * The Host is everything a gate may touch outside itself. Gates receive a Host and never import
 * @actions/* or node:child_process directly, so the same gate runs in a workflow (host-actions.ts),
 * on a laptop (host-local.ts) and in tests (a Host built from fakes).
 */
import type { BaselineStore } from './baseline-store.js'
import type { Octokit, PullRequestContext } from './github.js'

export type Level = 'debug' | 'info' | 'notice' | 'warning' | 'error'

/** A location for an annotation, in the repository's relative POSIX paths. */
export interface AnnotationLocation {
  file?: string
  startLine?: number
  endLine?: number
  title?: string
}

export interface Logger {
  log(level: Level, message: string, where?: AnnotationLocation): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** Where the run happens and what it is about. Local runs have no repository or pull request. */
export interface RunContext {
  eventName: string
  /** The commit under test (GITHUB_SHA, or HEAD locally). */
  sha: string
  ref: string
  repository?: { owner: string; repo: string; id?: number }
  runId?: number
  runAttempt?: number
  serverUrl: string
  apiUrl: string
  /** The event payload (GITHUB_EVENT_PATH), `{}` locally. */
  payload: Record<string, unknown>
  /**
   * The PR number a manual run was given, as text (the `pr` input, else the dispatch's `inputs.pr`;
   * validated when the PR is resolved, dispatch.ts). Any value makes the run about a PR, never a baseline run.
   */
  manualPullRequest?: string
}

export interface ArtifactUploadResult {
  id: number
  size: number
  digest?: string
}

/** The artifact store of the current run (upload) and of other runs (download by id). */
export interface ArtifactClient {
  /** Whether this run may upload (the runner's artifact service token is present); downloads need only REST. */
  readonly canUpload: boolean
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    retentionDays?: number
  ): Promise<ArtifactUploadResult>
  /** Download another run's artifact zip to `zipPath` without extracting it (extraction is archive.ts's job). */
  downloadZip(artifactId: number, zipPath: string): Promise<void>
}

export interface Host {
  /** Raw setting value, trimmed; undefined when not given or empty. Validation is inputs.ts's job. */
  input(name: string): string | undefined
  /** How an error names the setting: `Input "name"` in a workflow (the default), `--name` on the CLI. */
  inputLabel?(name: string): string
  setOutput(name: string, value: string): void
  /** Hide a secret from the log from now on (core.setSecret in a job); absent where nothing needs hiding. */
  mask?(secret: string): void
  /** Append markdown to the job summary (a file locally). */
  appendSummary(markdown: string): Promise<void>
  readonly logger: Logger
  readonly context: RunContext
  /** Absolute path of the repository checkout. */
  readonly workspace: string
  /** Where relative paths given in settings resolve (the workspace in a job, the shell's directory locally). */
  readonly cwd: string
  /** A fresh directory this run owns; safe place for downloads and extraction. */
  readonly tempDir: string
  /** A directory every step of this job shares (RUNNER_TEMP); absent locally. */
  readonly jobTempDir?: string
  /** Authenticated Octokit, or undefined locally / without a token. */
  readonly octokit?: Octokit
  readonly artifacts?: ArtifactClient
  /** Where baselines come from and go to: artifacts in a job, files locally; absent when there is neither. */
  readonly baselines?: BaselineStore
  /** The pull request this run is about, if any (never one locally). */
  pullRequest(): Promise<PullRequestContext | undefined>
  /** Where the publishing step writes a gate's fragment file named `name`; undefined = nowhere. */
  fragmentPath(name: string): string | undefined
  now(): Date
}
