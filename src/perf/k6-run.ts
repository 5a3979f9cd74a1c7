/**
 * Running a k6 script N times, one `--out json` file per run, for the perf gate to ingest (load.ts reads them).
 *
 * - argv only, no shell: `k6 run --out json=<file> [--summary-export=<file>] <script>`.
 * - When both sides are measured in the job (`interleave`), the runs alternate base1, head1, base2, head2, …:
 *   slow drift of the runner (thermal, noisy neighbours) then touches both sides alike instead of one.
 * - Exit 0: a run. Exit 99 (k6: thresholds failed; its results are valid) is recorded on the run and is not an
 *   error: the SLO verdict is reported on its own. Any other exit, a signal or the deadline is a one-line
 *   UserError naming the run (side and number), with k6's exit-code meaning and the last line it printed; the
 *   later runs do not start.
 * - Each run has a deadline: on expiry k6 gets SIGTERM (it stops and writes what it has), then SIGKILL after a
 *   grace period.
 * - The environment is the caller's plus `env` (and the side's), minus the runner's credentials and action
 *   inputs: a k6 script is repository code, possibly a fork's, and must not see ACTIONS_RUNTIME_TOKEN and the like.
 * - k6's output is passed to `log` line by line (bounded per line and in count); the last lines are kept for
 *   error messages.
 */
import { spawn } from 'node:child_process'
import { lstat, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { UserError, oneLine } from '../shared/errors.js'

/** k6's exit codes (errext/exitcodes/codes.go) a user may meet, for messages. */
const K6_EXIT_CODES: Record<number, string> = {
  97: 'cloud test failed',
  98: 'cloud failed to get progress',
  99: 'thresholds failed',
  100: 'setup timeout',
  101: 'teardown timeout',
  102: 'generic timeout',
  103: 'generic engine error',
  104: 'invalid config',
  105: 'external abort',
  106: 'cannot start REST API',
  107: 'script exception',
  108: 'script aborted',
  109: 'Go panic',
  110: 'marked as failed'
}

export const K6_THRESHOLDS_FAILED = 99

/** Variables never passed to k6: the runner's credentials and service URLs, and the action's inputs. */
const WITHHELD =
  /^(?:INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|GITHUB_TOKEN)$/i

export interface K6Side {
  /** The script for this side (default: the common one). */
  script?: string
  /** Working directory for this side's runs (e.g. the base commit's checkout). */
  cwd?: string
  /** Variables for this side only, over the common ones (e.g. the URL of the base build). */
  env?: Record<string, string>
}

export interface RunK6Options {
  /** The k6 executable: a path, or a command name looked up on the PATH of the runs' environment. */
  k6: string
  /** The script (relative to `cwd`, or absolute). */
  script: string
  /** Runs per side, 1–100. */
  runs: number
  /** Where the per-run files go (created when missing). */
  outDir: string
  /** Variables added to the inherited environment for every run. */
  env?: Record<string, string>
  /** Measure base and head in this job, alternating. Without it, every run is `head`. */
  interleave?: { base: K6Side; head: K6Side }
  /** Working directory of the runs (default the process's). */
  cwd?: string
  /** Also write k6's `--summary-export` per run (default false). */
  summaryExport?: boolean
  /** Deadline per run, in milliseconds (default 30 minutes). */
  timeoutMs?: number
  /** Between SIGTERM and SIGKILL at the deadline, in milliseconds (default 10 s). */
  killGraceMs?: number
  /** The environment the runs inherit (default process.env). */
  baseEnv?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export interface K6Run {
  side: 'base' | 'head'
  /** 1-based, per side. */
  index: number
  /** The `--out json` file. */
  out: string
  summary?: string
  exitCode: number
  /** Exit 99: k6's thresholds failed (results valid). */
  thresholdsFailed: boolean
}

export interface K6RunResult {
  /** In the order they ran. */
  runs: K6Run[]
  /** The `--out json` files per side, in run order. */
  base: string[]
  head: string[]
}

const MAX_RUNS = 100
const MAX_LOG_LINES = 10_000
const MAX_LINE_CHARS = 2_000
const TAIL_LINES = 20

/** The environment of a run: inherited minus the withheld names, then the common and the side's variables. */
export function k6Environment(
  inherited: NodeJS.ProcessEnv,
  common: Record<string, string> | undefined,
  side: Record<string, string> | undefined
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(inherited)) if (v !== undefined && !WITHHELD.test(k)) env[k] = v
  return { ...env, ...common, ...side }
}

/** The argv of one run (after the executable). */
export function k6Args(script: string, out: string, summary: string | undefined): string[] {
  return ['run', `--out`, `json=${out}`, ...(summary ? [`--summary-export=${summary}`] : []), script]
}

interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  tail: string[]
}

function runOnce(
  k6: string,
  args: string[],
  cwd: string | undefined,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  graceMs: number,
  log: (line: string) => void
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(k6, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true
    })
    const tail: string[] = []
    let logged = 0
    const onText = (stream: NodeJS.ReadableStream) => {
      let pending = ''
      const emit = (line: string) => {
        const text = line.replace(/\r$/, '')
        if (text === '') return
        const short = text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}…` : text
        tail.push(short)
        if (tail.length > TAIL_LINES) tail.shift()
        if (logged < MAX_LOG_LINES) log(short)
        else if (logged === MAX_LOG_LINES) log(`(k6 output past ${MAX_LOG_LINES} lines not shown)`)
        logged++
      }
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        pending += chunk
        const lines = pending.split(/\n|\r(?!\n)/)
        pending = lines.pop() ?? ''
        // A line without an end (a progress bar redrawn forever) is cut, so `pending` stays bounded.
        if (pending.length > MAX_LINE_CHARS) {
          lines.push(pending)
          pending = ''
        }
        for (const line of lines) emit(line)
      })
      stream.on('end', () => emit(pending))
    }
    onText(child.stdout)
    onText(child.stderr)
    let timedOut = false
    let killer: NodeJS.Timeout | undefined
    const deadline = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
      killer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    }, timeoutMs)
    child.on('error', error => {
      clearTimeout(deadline)
      clearTimeout(killer)
      const code = (error as NodeJS.ErrnoException).code
      reject(
        new UserError(
          code === 'ENOENT'
            ? `k6 not found: ${k6}`
            : `k6 could not be started (${k6}): ${oneLine(error.message, 200)}`
        )
      )
    })
    child.on('close', (code, signal) => {
      clearTimeout(deadline)
      clearTimeout(killer)
      resolve({ code, signal, timedOut, tail })
    })
  })
}

/** Run the script `runs` times per side; see the file comment. */
export async function runK6(opts: RunK6Options): Promise<K6RunResult> {
  if (!Number.isSafeInteger(opts.runs) || opts.runs < 1 || opts.runs > MAX_RUNS) {
    throw new UserError(`runs must be an integer from 1 to ${MAX_RUNS}, got ${String(opts.runs)}`)
  }
  const timeoutMs = opts.timeoutMs ?? 30 * 60_000
  const graceMs = opts.killGraceMs ?? 10_000
  if (!(timeoutMs > 0) || !(graceMs >= 0)) throw new UserError('the k6 run deadline must be a positive time')
  const log = opts.log ?? (() => undefined)
  const outDir = path.resolve(opts.outDir)
  await mkdir(outDir, { recursive: true })
  const inherited = opts.baseEnv ?? process.env

  const plan: { side: 'base' | 'head'; index: number; spec: K6Side }[] = []
  for (let i = 1; i <= opts.runs; i++) {
    if (opts.interleave) plan.push({ side: 'base', index: i, spec: opts.interleave.base })
    plan.push({ side: 'head', index: i, spec: opts.interleave?.head ?? {} })
  }

  const result: K6RunResult = { runs: [], base: [], head: [] }
  for (const { side, index, spec } of plan) {
    const label = opts.interleave ? `${side} run ${index} of ${opts.runs}` : `run ${index} of ${opts.runs}`
    const stem = opts.interleave ? `k6-${side}-${index}` : `k6-run-${index}`
    const out = path.join(outDir, `${stem}.json`)
    const summary = opts.summaryExport ? path.join(outDir, `${stem}-summary.json`) : undefined
    const cwd = spec.cwd ?? opts.cwd
    const env = k6Environment(inherited, opts.env, spec.env)
    log(`k6 ${label}: ${[opts.k6, ...k6Args(spec.script ?? opts.script, out, summary)].join(' ')}`)
    const exit = await runOnce(
      opts.k6,
      k6Args(spec.script ?? opts.script, out, summary),
      cwd,
      env,
      timeoutMs,
      graceMs,
      line => log(`k6 ${label}: ${line}`)
    )
    const last = exit.tail.at(-1)
    const said = last ? `; last output: ${oneLine(last, 200)}` : ''
    if (exit.timedOut) {
      throw new UserError(
        `k6 ${label} did not finish within ${+(timeoutMs / 1000).toFixed(3)} s and was stopped${said}`
      )
    }
    if (exit.code === null)
      throw new UserError(`k6 ${label} was killed by ${exit.signal ?? 'a signal'}${said}`)
    if (exit.code !== 0 && exit.code !== K6_THRESHOLDS_FAILED) {
      const meaning = K6_EXIT_CODES[exit.code]
      throw new UserError(
        `k6 ${label} failed with exit code ${exit.code}${meaning ? ` (${meaning})` : ''}${said}`
      )
    }
    if (!(await lstat(out).catch(() => undefined))?.isFile()) {
      throw new UserError(`k6 ${label} exited ${exit.code} but wrote no ${path.basename(out)}`)
    }
    const run: K6Run = {
      side,
      index,
      out,
      ...(summary ? { summary } : {}),
      exitCode: exit.code,
      thresholdsFailed: exit.code === K6_THRESHOLDS_FAILED
    }
    if (run.thresholdsFailed) log(`k6 ${label}: thresholds failed (exit 99); its results still count`)
    result.runs.push(run)
    result[side].push(out)
  }
  return result
}
