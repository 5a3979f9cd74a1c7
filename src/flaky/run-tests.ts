/**
 * The flaky gate's `command` path (`quality-gates flaky run`, the action's `command:` input): run the test
 * command, rerun only the tests that failed (retry.ts, with the preset's selection, never through a shell),
 * and hand the gate ONE report holding every attempt, plus a record of the attempts for the section and the
 * JSON. The gate then judges it exactly as it judges reports it is given (evaluate.ts).
 *
 * Fail closed: a command that cannot start, times out on its first attempt or writes no readable JUnit is a
 * one-line UserError; a command that exits non-zero although its reports list no failing test (a suite that
 * crashed before reporting, a coverage threshold) fails the gate with that reason (`failure`), never a pass.
 *
 * The commands run with this process's environment minus what belongs to the action alone: its inputs
 * (`INPUT_*`, the GitHub token among them) and the runtime's tokens, which a `run:` step never sees either.
 */
import { join, relative } from 'node:path'
import { UserError } from '../shared/errors.js'
import type { Host } from '../shared/host.js'
import { escapeText, inlineCode, table, type Section } from '../shared/markdown.js'
import type { BadReport } from './evaluate.js'
import type { JunitReport } from './model.js'
import { detectPreset, type PresetName } from './presets.js'
import { runWithRetries, type AttemptRecord, type RetryOutcome } from './retry.js'

export interface RunTestsOptions {
  command: string
  /** `auto`: from the programs the command names (presets.ts detectPreset). */
  preset: PresetName | 'auto'
  maxRetries: number
  /** The rerun base command (split without a shell); the preset's default when unset. */
  rerun: string | undefined
  /** Where each attempt writes its JUnit (globs relative to the working directory). */
  junit: string[]
  timeoutMinutes: number
  /** The infrastructure guard's share (the gate's infra-failure-ratio). */
  infraShare: number
  /** A label for the junit setting in messages (`--junit` or `junit`). */
  junitLabel: string
}

/** One attempt as the section and the JSON show it. */
export interface AttemptSummary {
  attempt: number
  /** `command` (the author's, through a shell) or `rerun` (argv, no shell). */
  kind: 'command' | 'rerun'
  status: AttemptRecord['status']
  exitCode: number | null
  durationMs: number
  /** Tests asked for (reruns); 0 for the first attempt. */
  selected: number
  /** Tests that ran, and those of them that failed. */
  ran: number
  failed: number
  /** Report files collected (paths inside the attempts directory). */
  reports: string[]
}

export interface TestRun {
  preset: PresetName
  outcome: RetryOutcome
  reason: string
  attempts: AttemptSummary[]
  notRetried: { id: string; reason: string }[]
  /** Set when the run must fail although no failing test explains it. */
  failure?: string
}

/** Environment variables the action's process has and a test command must not get. */
const PRIVATE_ENV =
  /^(?:INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/

/** Variables to unset (value undefined: spawn leaves them out) over this process's environment. */
export function testCommandEnv(env: NodeJS.ProcessEnv): Record<string, undefined> {
  const out: Record<string, undefined> = {}
  for (const k of Object.keys(env)) if (PRIVATE_ENV.test(k)) out[k] = undefined
  return out
}

const MAX_LINE = 2000

/** Run the tests with retries; returns the merged report (every attempt) and the attempts' record. */
/** The preset to use: the one set, or (auto) the runner the command names; a one-line error when it cannot tell. */
export function choosePreset(preset: PresetName | 'auto', command: string): PresetName {
  const chosen = preset === 'auto' ? detectPreset(command) : preset
  if (chosen === undefined)
    throw new UserError(
      'preset: cannot tell the test runner from the command; set preset (jest, vitest, mocha, node-test, pytest, go, playwright, maven, gradle or custom)'
    )
  return chosen
}

export async function runTests(
  opts: RunTestsOptions,
  host: Host
): Promise<{ report: JunitReport; files: string[]; bad: BadReport[]; run: TestRun }> {
  const preset = choosePreset(opts.preset, opts.command)
  if (opts.junit.length === 0)
    throw new UserError(`${opts.junitLabel} is required with a command: where each attempt writes its JUnit`)
  const attemptsDir = join(host.tempDir, 'flaky-attempts')
  // The command's own output, line by line, to the log (a workflow shows it; the CLI keeps stdout clean).
  const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' }
  const emit = (line: string) =>
    host.logger.log('info', line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line)
  const result = await host.logger.group('Run the tests, retry the failed ones', () =>
    runWithRetries({
      command: opts.command,
      junit: opts.junit,
      maxRetries: opts.maxRetries,
      preset,
      ...(opts.rerun !== undefined && opts.rerun.trim() !== '' ? { rerun: opts.rerun } : {}),
      cwd: host.cwd,
      env: testCommandEnv(process.env),
      timeoutMs: opts.timeoutMinutes * 60_000,
      attemptsDir,
      infraShare: opts.infraShare,
      log: line => host.logger.log('info', line),
      output: (chunk, stream) => {
        const text = pending[stream] + chunk
        const lines = text.split('\n')
        pending[stream] = (lines.pop() as string).slice(-MAX_LINE)
        for (const l of lines) emit(l)
      }
    })
  )
  for (const stream of ['stdout', 'stderr'] as const) if (pending[stream] !== '') emit(pending[stream])

  const bad: BadReport[] = []
  const attempts: AttemptSummary[] = result.attempts.map(a => {
    for (const n of a.notes)
      if (n.startsWith('unreadable report: '))
        bad.push({ file: `attempt ${a.attempt}`, reason: n.slice('unreadable report: '.length) })
    return {
      attempt: a.attempt,
      kind: a.viaShell ? 'command' : 'rerun',
      status: a.status,
      exitCode: a.exitCode,
      durationMs: a.durationMs,
      selected: a.selected.length,
      ran: a.cases.filter(c => c.outcome !== 'skipped').length,
      failed: a.cases.filter(c => c.outcome === 'failed' || c.outcome === 'error').length,
      reports: a.reports.map(r => relative(attemptsDir, r))
    }
  })
  if (result.report === undefined) throw new UserError(result.reason)
  const run: TestRun = {
    preset,
    outcome: result.outcome,
    reason: result.reason,
    attempts,
    notRetried: result.notRetried
  }
  const failing = result.report.cases.some(c => c.outcome === 'failed' || c.outcome === 'error')
  if (result.outcome === 'error' || (result.outcome === 'failed' && !failing)) run.failure = result.reason
  return { report: result.report, files: attempts.flatMap(a => a.reports), bad, run }
}

const STATUS: Record<AttemptRecord['status'], string> = {
  completed: 'completed',
  'no-report': 'no JUnit written',
  timeout: 'timed out',
  'not-found': 'command not found',
  crashed: 'crashed',
  'spawn-error': 'could not start'
}

/** The section's record of every attempt: what ran, how long, how many tests, how many failed. */
export function attemptsSection(run: TestRun): Section {
  const rows = run.attempts.map(a => [
    String(a.attempt),
    a.kind === 'command'
      ? 'the test command'
      : `rerun of ${a.selected} failed test${a.selected === 1 ? '' : 's'}`,
    `${STATUS[a.status]}${a.exitCode !== null ? ` (exit ${a.exitCode})` : ''}`,
    String(a.ran),
    String(a.failed),
    `${(a.durationMs / 1000).toFixed(1)} s`
  ])
  const body = `${table(['Attempt', 'Ran', 'Status', 'Tests', 'Failed', 'Time'], rows, ['r', 'l', 'l', 'r', 'r', 'r'])}\n\nPreset ${inlineCode(run.preset, 40, { cell: false })}; ${escapeText(run.reason, 300)}${run.notRetried.length > 0 ? ` (${run.notRetried.length} failed test${run.notRetried.length === 1 ? '' : 's'} not retried)` : ''}.`
  const heading = `#### Attempts (${run.attempts.length})`
  return {
    id: 'attempts',
    full: `${heading}\n\n${body}`,
    collapsed: `${heading}\n\n_Listed in the job log._`,
    priority: 85
  }
}
