/**
 * The Host of the CLI (and the demo): settings from flags, the job summary to a file, fragments and baselines
 * as files named on the command line, local git; no GitHub, no pull request.
 */
import { appendFile, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BaselineStore } from './baseline-store.js'
import { UserError } from './errors.js'
import type { Host, Level } from './host.js'

export interface LocalHostOptions {
  /** The shell's directory: relative paths in settings resolve here. */
  cwd: string
  /** The repository root (default: cwd). */
  workspace?: string
  inputs?: Record<string, string | undefined>
  /** How errors name a setting (the CLI: `--name`). */
  inputLabel?: (name: string) => string
  /** Where the job summary goes (overwritten by the first write); dropped when absent. */
  summaryPath?: string
  /** Where a gate's fragment goes; dropped when absent. */
  fragmentPath?: string
  baselines?: BaselineStore
  /** Receives log lines (stderr in the CLI). */
  write?: (line: string) => void
  /** Current commit, when known. */
  sha?: string
  now?: () => Date
}

export interface LocalHost extends Host {
  readonly outputs: Map<string, string>
}

const PREFIX: Record<Level, string> = {
  debug: '',
  info: '',
  notice: 'notice: ',
  warning: 'warning: ',
  error: 'error: '
}

export async function createLocalHost(opts: LocalHostOptions): Promise<LocalHost> {
  const outputs = new Map<string, string>()
  const write = opts.write ?? (() => {})
  const tempDir = await mkdtemp(join(tmpdir(), 'quality-gates-'))
  let summaryStarted = false
  const summaryPath = opts.summaryPath !== undefined ? resolve(opts.cwd, opts.summaryPath) : undefined
  const fragmentPath = opts.fragmentPath !== undefined ? resolve(opts.cwd, opts.fragmentPath) : undefined
  return {
    outputs,
    input: name => opts.inputs?.[name]?.trim() || undefined,
    ...(opts.inputLabel ? { inputLabel: opts.inputLabel } : {}),
    setOutput: (name, value) => void outputs.set(name, value),
    appendSummary: async markdown => {
      if (summaryPath === undefined) return
      try {
        if (summaryStarted) await appendFile(summaryPath, `${markdown}\n`)
        else await writeFile(summaryPath, `${markdown}\n`)
        summaryStarted = true
      } catch (e) {
        throw new UserError(`cannot write ${summaryPath} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
      }
    },
    logger: {
      // Info lines are progress a workflow log wants and a terminal does not: only notices and worse are shown.
      log: (level, message, where) => {
        if (level === 'debug' || level === 'info') return
        const at = where?.file ? `${where.file}${where.startLine ? `:${where.startLine}` : ''}: ` : ''
        write(`${PREFIX[level]}${at}${message}\n`)
      },
      group: async (_name, fn) => fn()
    },
    context: {
      eventName: 'local',
      sha: opts.sha ?? '',
      ref: '',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      payload: {}
    },
    workspace: opts.workspace ?? opts.cwd,
    cwd: opts.cwd,
    tempDir,
    ...(opts.baselines ? { baselines: opts.baselines } : {}),
    pullRequest: async () => undefined,
    fragmentPath: () => fragmentPath,
    now: opts.now ?? (() => new Date())
  }
}
