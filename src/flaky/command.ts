/**
 * Running one attempt of a test command: bounded in time, its whole process group killed on timeout, every
 * ending a named outcome (never a hang, never a stack trace).
 *
 * - A string command runs through a shell (`/bin/sh -c`, or the shell named): it is the workflow author's.
 * - An argv command (string[]) runs without any shell: this is how every rerun runs, so test names chosen
 *   by the code under test reach the runner only as separate argv entries.
 * - The child leads its own process group (detached); on timeout the group gets SIGTERM, then SIGKILL after
 *   `killGraceMs`; after the child is gone, its output pipes get at most `killGraceMs` more to close (a
 *   grandchild that left the group may hold them) and are then let go.
 */
import { spawn, spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../shared/errors.js'

export type SpawnOutcome = 'exited' | 'timeout' | 'not-found' | 'crashed' | 'spawn-error'

export interface SpawnResult {
  outcome: SpawnOutcome
  /** The exit code when the process exited by itself (127 from a shell is reported as `not-found`). */
  exitCode: number | null
  /** The signal that ended it, when one did. */
  signal: NodeJS.Signals | null
  durationMs: number
  /** The last characters of stdout+stderr (at most OUTPUT_TAIL_CHARS), for the attempt record. */
  outputTail: string
  /** One line saying what happened, for a log or a reason. */
  description: string
}

export interface SpawnOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Through a shell: `true` = /bin/sh, or a shell path. Only for string commands. */
  shell?: boolean | string
  timeoutMs: number
  /** Between SIGTERM and SIGKILL, and the wait for the pipes after exit. */
  killGraceMs?: number
  /** The command's output as it comes (default: dropped except for the kept tail). */
  output?: (chunk: string, stream: 'stdout' | 'stderr') => void
  /** Start the clock (tests inject one; default Date.now). */
  now?: () => number
}

export const OUTPUT_TAIL_CHARS = 8192
const DEFAULT_GRACE_MS = 5000

/** Run `command` once (see the module comment); resolves, never rejects for the command's own failures. */
export function runCommand(command: string | readonly string[], opts: SpawnOptions): Promise<SpawnResult> {
  const now = opts.now ?? Date.now
  const grace = opts.killGraceMs ?? DEFAULT_GRACE_MS
  let file: string
  let args: string[]
  let viaShell = false
  if (typeof command === 'string') {
    if (opts.shell === false)
      throw new UserError('a command given as one string needs a shell (shell: false)')
    file = typeof opts.shell === 'string' && opts.shell !== '' ? opts.shell : '/bin/sh'
    args = ['-c', command]
    viaShell = true
  } else {
    if (command.length === 0 || command[0] === '') throw new UserError('the command is empty')
    file = command[0] as string
    args = command.slice(1)
  }
  const started = now()
  return new Promise(resolve => {
    let tail = ''
    const keep = (s: string): void => {
      tail = (tail + s).slice(-OUTPUT_TAIL_CHARS)
    }
    let settled = false
    let timedOut = false
    let killTimer: NodeJS.Timeout | undefined
    let pipeTimer: NodeJS.Timeout | undefined
    const finish = (r: Omit<SpawnResult, 'durationMs' | 'outputTail'>): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(killTimer)
      clearTimeout(pipeTimer)
      child.stdout?.destroy()
      child.stderr?.destroy()
      resolve({ ...r, durationMs: Math.max(0, now() - started), outputTail: tail })
    }
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true, // its own process group, so a timeout ends the whole tree
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true
    })
    const killGroup = (sig: NodeJS.Signals): void => {
      if (child.pid === undefined) return
      try {
        process.kill(-child.pid, sig)
      } catch {
        try {
          child.kill(sig)
        } catch {
          /* already gone */
        }
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup('SIGTERM')
      killTimer = setTimeout(() => {
        killGroup('SIGKILL')
        // Bounded even if the kernel never reaps it (a process in uninterruptible sleep).
        killTimer = setTimeout(() => finish(timeoutResult(null)), grace)
      }, grace)
    }, opts.timeoutMs)
    const timeoutResult = (
      signal: NodeJS.Signals | null
    ): Omit<SpawnResult, 'durationMs' | 'outputTail'> => ({
      outcome: 'timeout',
      exitCode: null,
      signal,
      description: `timed out after ${opts.timeoutMs} ms: its process group was killed`
    })
    for (const [stream, name] of [
      [child.stdout, 'stdout'],
      [child.stderr, 'stderr']
    ] as const) {
      stream?.setEncoding('utf8')
      stream?.on('data', (s: string) => {
        keep(s)
        opts.output?.(s, name)
      })
      stream?.on('error', () => undefined)
    }
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') {
        finish({
          outcome: 'not-found',
          exitCode: null,
          signal: null,
          description: `was not found: ${JSON.stringify(file)}`
        })
      } else {
        finish({
          outcome: 'spawn-error',
          exitCode: null,
          signal: null,
          description: `could not start ${JSON.stringify(file)} (${e.code ?? e.message})`
        })
      }
    })
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined
    const conclude = (): void => {
      const { code, signal } = exit as { code: number | null; signal: NodeJS.Signals | null }
      // The group may still hold grandchildren after the leader exits on its own: end them too.
      killGroup('SIGKILL')
      if (timedOut) return finish(timeoutResult(signal))
      if (signal !== null) {
        return finish({
          outcome: 'crashed',
          exitCode: null,
          signal,
          description: `ended by signal ${signal}`
        })
      }
      if (viaShell && code === 127) {
        return finish({
          outcome: 'not-found',
          exitCode: 127,
          signal: null,
          description: 'was not found (the shell exited with code 127)'
        })
      }
      finish({ outcome: 'exited', exitCode: code, signal: null, description: `exited with code ${code}` })
    }
    child.on('exit', (code, signal) => {
      exit = { code, signal }
      // Output still in the pipes arrives before 'close'; wait for it, but not for ever.
      pipeTimer = setTimeout(conclude, grace)
    })
    child.on('close', () => {
      if (exit === undefined) return
      clearTimeout(pipeTimer)
      conclude()
    })
  })
}

/**
 * Split a command line into argv WITHOUT a shell: words separated by whitespace, single quotes keep
 * everything literally, double quotes keep everything but `\"` and `\\`, a backslash outside quotes keeps
 * the next character. Nothing is expanded: `$`, backticks, `;`, `|`, `*` are ordinary characters here.
 * Linear in the input. An unterminated quote is a UserError.
 */
export function splitArgv(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let inWord = false
  let quote: "'" | '"' | undefined
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (quote === "'") {
      if (ch === "'") quote = undefined
      else cur += ch
      continue
    }
    if (quote === '"') {
      if (ch === '"') quote = undefined
      else if (ch === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) cur += line[++i]
      else cur += ch
      continue
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (inWord) out.push(cur)
      cur = ''
      inWord = false
      continue
    }
    inWord = true
    if (ch === "'" || ch === '"') quote = ch
    else if (ch === '\\' && i + 1 < line.length) cur += line[++i]
    else cur += ch
  }
  if (quote !== undefined)
    throw new UserError(`unterminated ${quote} quote in the command ${JSON.stringify(line)}`)
  if (inWord) out.push(cur)
  return out
}

/** `<cwd>/node_modules/.bin/<bin>` when it exists and is executable, else the bare name (looked up on PATH). */
export function localBin(cwd: string, bin: string): string {
  const p = join(cwd, 'node_modules', '.bin', bin)
  try {
    accessSync(p, constants.X_OK)
    return p
  } catch {
    return bin
  }
}

/** The major version of a Node binary (`process.execPath` answers without a process), or undefined. */
export function nodeMajor(bin: string, env: NodeJS.ProcessEnv): number | undefined {
  const v =
    bin === process.execPath
      ? process.version
      : spawnSync(bin, ['--version'], { encoding: 'utf8', env, timeout: 10_000 }).stdout
  const m = /^v([0-9]{1,4})\./.exec((v ?? '').trim())
  return m === null ? undefined : Number(m[1])
}
