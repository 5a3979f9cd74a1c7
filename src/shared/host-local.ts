/** The Host for the CLI and the demo: inputs from flags, outputs and summary to files, no GitHub. */
import { appendFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Host, Level } from './host.js'

export interface LocalHostOptions {
  cwd: string
  inputs?: Record<string, string | undefined>
  /** Where the job summary goes; dropped when absent. */
  summaryPath?: string
  /** Receives log lines (stderr in the CLI). */
  write?: (line: string) => void
  /** Current commit, when known (the CLI reads it from git). */
  sha?: string
  now?: () => Date
}

export interface LocalHost extends Host {
  readonly outputs: Map<string, string>
}

const PREFIX: Record<Level, string> = {
  debug: 'debug',
  info: '',
  notice: 'notice',
  warning: 'warning',
  error: 'error'
}

export async function createLocalHost(opts: LocalHostOptions): Promise<LocalHost> {
  const outputs = new Map<string, string>()
  const write = opts.write ?? (() => {})
  const tempDir = await mkdtemp(join(tmpdir(), 'quality-gates-'))
  return {
    kind: 'local',
    outputs,
    input: name => opts.inputs?.[name]?.trim() || undefined,
    setOutput: (name, value) => void outputs.set(name, value),
    appendSummary: async markdown => {
      if (opts.summaryPath) await appendFile(opts.summaryPath, `${markdown}\n`)
    },
    logger: {
      log: (level, message, where) => {
        if (level === 'debug') return
        const at = where?.file ? `${where.file}${where.startLine ? `:${where.startLine}` : ''}: ` : ''
        write(`${PREFIX[level] ? `${PREFIX[level]}: ` : ''}${at}${message}\n`)
      },
      group: async (name, fn) => {
        write(`${name}\n`)
        return fn()
      }
    },
    context: {
      eventName: 'local',
      sha: opts.sha ?? '',
      ref: '',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      payload: {}
    },
    workspace: opts.cwd,
    tempDir,
    now: opts.now ?? (() => new Date())
  }
}
