/**
 * Smart retry: run the test command once, then rerun ONLY the tests that failed, up to `maxRetries` times,
 * and return every attempt plus one merged result (retry form R5: one set of files per attempt, see
 * model.ts), in which a test that failed and then passed is `flaky` and one that failed every time `failed`.
 *
 * One attempt:
 * 1. the command runs (attempt 1: the author's command, through a shell when it is a string; reruns: the
 *    preset's argv, never through a shell, see presets.ts), bounded by `timeoutMs` (command.ts);
 * 2. the JUnit files it wrote (the `junit` globs, relative to cwd) are MOVED into `<attemptsDir>/attempt-<n>/`
 *    before anything else runs, so the next attempt cannot overwrite them. "Wrote" = new, or changed
 *    (inode, size or mtime) since just before the attempt: files that matched before the run and were left
 *    alone are stale, ignored and noted; symbolic links are never followed or moved;
 * 3. the files are read (one unreadable or malformed file is a note on the attempt; the others still count);
 *    in a rerun, a testcase reported `skipped` did not run (runners report the tests their filter left out
 *    as skipped) and is left out; a selected test that is missing was not rerun and keeps its failure.
 *
 * Endings, each with a reason, never a hang:
 * - `passed`: no test is failing at the end (flaky ones passed on retry) and the last attempt exited 0;
 * - `failed`: a test still fails after the retries, or a command exited non-zero without any failing test
 *   to explain it (a suite that crashed before reporting, a coverage threshold): never turned green;
 * - `infrastructure`: the first attempt failed at least `infraMinFailures` tests and more than `infraShare`
 *   of the tests that ran. Decision: NO retry. Such a run says nothing about any one test (a database down,
 *   a broken build), a retry would cost a whole suite again, and its failures must not be learned as flaky;
 * - `error`: the first attempt timed out, crashed, was not found, or wrote no JUnit: there is nothing to
 *   retry and no result to trust.
 * Retrying stops early when nothing is left failing, when a rerun ends abnormally or writes no report, when
 * none of the selected tests ran in a rerun (the selection does not work for this runner's reports, so
 * repeating it would only cost time), when more than `maxFailures` tests failed, or when the rerun command line
 * would exceed `maxSelectionBytes`.
 */
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, renameSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve, sep } from 'node:path'
import { glob } from 'tinyglobby'
import { describeError, UserError } from '../shared/errors.js'
import { runCommand, type SpawnOutcome, type SpawnResult } from './command.js'
import { DEFAULT_LIMITS, mergeReports, parseJunitFile } from './junit.js'
import { computeTotals, type AttemptOutcome, type JunitCase, type JunitReport } from './model.js'
import { buildSelection, isPresetName, rerunBase, type PresetName, type SelectContext } from './presets.js'

export interface RetryOptions {
  /** The first attempt's command: a string runs through a shell, an array without one. */
  command: string | readonly string[]
  /** Globs (relative to cwd) of the JUnit files the command writes. */
  junit: readonly string[]
  /** Reruns after the first attempt (0–100). */
  maxRetries: number
  preset: PresetName
  /** The rerun base command (split without a shell); default: the preset's (see presets.ts). */
  rerun?: string | readonly string[]
  cwd: string
  /** Variables set over this process's environment, for every attempt. */
  env?: Record<string, string | undefined>
  /** The shell for a string command: true (/bin/sh, the default) or a path. */
  shell?: boolean | string
  /** Per attempt. */
  timeoutMs: number
  killGraceMs?: number
  /** Where attempts' files go; default a new directory under RUNNER_TEMP or the OS temp dir. */
  attemptsDir?: string
  /** One-line progress messages (ids and argv are printed JSON-quoted, on one line). */
  log?: (line: string) => void
  /** The commands' own output as it comes (default: kept only as each attempt's tail). */
  output?: (chunk: string, stream: 'stdout' | 'stderr') => void
  /** Infrastructure guard: failed share of the tests that ran (default 0.5) … */
  infraShare?: number
  /** … and a minimum number of failures (default 5) for a first attempt to count as an infra failure. */
  infraMinFailures?: number
  /** No retry when more tests than this failed (default 100). */
  maxFailures?: number
  /** No retry when the rerun command line would exceed this many bytes (default 100,000). */
  maxSelectionBytes?: number
}

export type AttemptStatus = 'completed' | 'no-report' | Exclude<SpawnOutcome, 'exited'>

export interface AttemptRecord {
  /** 1 for the first run, then 2, 3… */
  attempt: number
  /** What ran: the author's command (attempt 1) or the rerun argv. */
  command: string | string[]
  viaShell: boolean
  status: AttemptStatus
  exitCode: number | null
  signal: string | null
  durationMs: number
  description: string
  /** The collected JUnit files (in attemptsDir). */
  reports: string[]
  /** Reruns: the ids asked for. */
  selected: string[]
  /** Every case that ran in this attempt and what it did. */
  cases: { id: string; outcome: AttemptOutcome }[]
  /** Reruns: selected ids that did not run. */
  missing: string[]
  /** Reruns: cases that ran without being asked for (a runner filter that over-selects). */
  extra: string[]
  notes: string[]
  outputTail: string
}

export type RetryOutcome = 'passed' | 'failed' | 'infrastructure' | 'error'

export interface RetryResult {
  outcome: RetryOutcome
  /** One line. */
  reason: string
  /** All attempts merged (cases with one attempt per run); undefined when no attempt gave a report. */
  report: JunitReport | undefined
  attempts: AttemptRecord[]
  /** Failed cases that were never rerun, and why. */
  notRetried: { id: string; reason: string }[]
  attemptsDir: string
}

const MAX_FILES_PER_ATTEMPT = 10_000
const MAX_LOG_CHARS = 2000

function check(opts: RetryOptions): void {
  if (!isPresetName(opts.preset)) throw new UserError(`unknown preset ${JSON.stringify(String(opts.preset))}`)
  if (!Number.isSafeInteger(opts.maxRetries) || opts.maxRetries < 0 || opts.maxRetries > 100)
    throw new UserError(`max-retries must be a whole number from 0 to 100 (got ${String(opts.maxRetries)})`)
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0 || opts.timeoutMs > 2 ** 31 - 1)
    throw new UserError(`the timeout must be from 1 ms to 24 days (got ${String(opts.timeoutMs)})`)
  if (opts.junit.length === 0 || opts.junit.some(g => g.trim() === ''))
    throw new UserError('junit: give at least one file or glob')
  if (typeof opts.command === 'string' ? opts.command.trim() === '' : opts.command.length === 0)
    throw new UserError('the test command is empty')
}

export async function runWithRetries(opts: RetryOptions): Promise<RetryResult> {
  check(opts)
  const cwd = resolve(opts.cwd)
  const env: NodeJS.ProcessEnv = { ...process.env, ...presetEnv(opts.preset, process.env), ...opts.env }
  const log = (line: string): void =>
    opts.log?.(line.length > MAX_LOG_CHARS ? `${line.slice(0, MAX_LOG_CHARS)}…` : line)
  const ctx: SelectContext = { cwd, env, junit: opts.junit, maxNameChars: DEFAULT_LIMITS.maxNameChars }
  // The rerun base is settled before anything runs, so a bad setting fails fast, not after a long suite.
  const base = opts.maxRetries > 0 ? rerunBase(opts.preset, opts.rerun, ctx) : []
  const attemptsDir = resolve(
    opts.attemptsDir ?? mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), 'qg-flaky-attempts-'))
  )
  mkdirSync(attemptsDir, { recursive: true })
  const collector = new ReportCollector(opts.junit, cwd, attemptsDir)
  const attempts: AttemptRecord[] = []
  const reports: JunitReport[] = []
  const notRetried: { id: string; reason: string }[] = []
  const total = 1 + opts.maxRetries
  const finish = (outcome: RetryOutcome, reason: string): RetryResult => {
    const report = reports.length === 0 ? undefined : mergeReports(reports, { duplicates: 'attempts' })
    log(`result: ${outcome}: ${reason}`)
    return { outcome, reason, report, attempts, notRetried, attemptsDir }
  }

  // Attempt 1: the author's command.
  await collector.snapshot()
  log(
    `attempt 1/${total}: ${JSON.stringify(opts.command)}${typeof opts.command === 'string' ? ' (shell)' : ''}`
  )
  const first = await runAttempt(1, opts.command, undefined, opts, cwd, env, collector)
  attempts.push(first.record)
  log(`attempt 1: ${summarise(first.record)}`)
  if (first.record.status !== 'completed' && first.record.status !== 'no-report') {
    if (first.report !== undefined) reports.push(first.report)
    return finish('error', `the test command ${first.record.description}`)
  }
  if (first.report === undefined) {
    return finish(
      'error',
      `the test command (${first.record.description}) wrote no readable JUnit report matching ${opts.junit.join(', ')}`
    )
  }
  reports.push(first.report)
  const failing = stillFailing(first.report.cases)
  const ran = first.report.cases.filter(c => c.outcome !== 'skipped').length
  if (failing.length === 0) {
    return first.record.exitCode === 0
      ? finish('passed', `all ${ran} test(s) passed on the first attempt`)
      : finish('failed', `the test command ${first.record.description} but its reports list no failing test`)
  }
  const infraShare = opts.infraShare ?? 0.5
  const infraMin = opts.infraMinFailures ?? 5
  if (failing.length >= infraMin && failing.length > infraShare * ran) {
    for (const c of failing) notRetried.push({ id: c.id, reason: 'likely infrastructure failure' })
    return finish(
      'infrastructure',
      `${failing.length} of ${ran} tests failed (more than ${Math.round(infraShare * 100)} %): likely an infrastructure failure, not retried`
    )
  }
  const maxFailures = opts.maxFailures ?? 100
  if (failing.length > maxFailures) {
    for (const c of failing) notRetried.push({ id: c.id, reason: `more than ${maxFailures} failures` })
    return finish(
      'failed',
      `${failing.length} tests failed, more than max-failures (${maxFailures}): not retried`
    )
  }

  let stop: string | undefined
  let last = first.record
  for (let n = 2; n <= total; n++) {
    const merged = mergeReports(reports, { duplicates: 'attempts' })
    const skip = new Set(notRetried.map(x => x.id))
    const pending = stillFailing(merged.cases).filter(c => !skip.has(c.id))
    if (pending.length === 0) break
    const sel = buildSelection(opts.preset, base, pending, ctx)
    for (const u of sel.unselectable) {
      notRetried.push(u)
      log(`attempt ${n}: cannot select ${JSON.stringify(u.id)}: ${u.reason}`)
    }
    if (sel.selected.length === 0) break
    const bytes = sel.argv.reduce((s, a) => s + Buffer.byteLength(a) + 1, 0)
    if (bytes > (opts.maxSelectionBytes ?? 100_000)) {
      for (const id of sel.selected)
        notRetried.push({ id, reason: 'selection too long for one command line' })
      stop = `the rerun command line for ${sel.selected.length} test(s) needs ${bytes} bytes: not retried`
      break
    }
    await collector.snapshot()
    log(
      `attempt ${n}/${total}: rerunning ${sel.selected.length} failed test(s) without a shell: ${JSON.stringify(sel.argv)}`
    )
    const r = await runAttempt(n, sel.argv, new Set(sel.selected), opts, cwd, env, collector)
    attempts.push(r.record)
    last = r.record
    log(`attempt ${n}: ${summarise(r.record)}`)
    if (r.report !== undefined && r.report.cases.length > 0) reports.push(r.report)
    if (r.record.status !== 'completed') {
      stop = `rerun ${n - 1} ${r.record.status === 'no-report' ? `(${r.record.description}) wrote no JUnit report` : r.record.description}`
      break
    }
    // A selected test that did not run will not run next time either: it keeps its failure, not retried.
    for (const id of r.record.missing) notRetried.push({ id, reason: 'the rerun did not run it' })
    if (r.record.missing.length === sel.selected.length) {
      stop = `none of the ${sel.selected.length} selected test(s) ran in rerun ${n - 1}: the ${opts.preset} selection does not match these reports`
      break
    }
  }

  const report = mergeReports(reports, { duplicates: 'attempts' })
  const stillFailed = stillFailing(report.cases)
  const flaky = report.cases.filter(c => c.outcome === 'flaky').length
  const suffix = stop === undefined ? '' : `; ${stop}`
  if (stillFailed.length > 0) {
    return finish(
      'failed',
      `${stillFailed.length} test(s) failed after ${attempts.length} attempt(s), ${flaky} flaky${suffix}`
    )
  }
  if (last.exitCode !== 0) {
    return finish('failed', `every test passed in the end, but the last attempt ${last.description}${suffix}`)
  }
  return finish('passed', `${flaky} flaky test(s) passed on retry, none failing${suffix}`)
}

/**
 * Variables every attempt gets for the preset, unless the environment already sets them. jest: jest-junit's
 * `file` attribute (off by default), so that a rerun passes the failed tests' FILES (--runTestsByPath)
 * instead of matching their names in every file of the suite (94 % of a full run in bench/flaky-retry.mjs).
 */
function presetEnv(preset: PresetName, env: NodeJS.ProcessEnv): Record<string, string> {
  if (preset === 'jest' && env.JEST_JUNIT_ADD_FILE_ATTRIBUTE === undefined)
    return { JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' }
  return {}
}

/** Cases failing so far: failed or error, with no passing attempt yet. */
function stillFailing(cases: readonly JunitCase[]): JunitCase[] {
  return cases.filter(c => c.outcome === 'failed' || c.outcome === 'error')
}

function summarise(r: AttemptRecord): string {
  const failed = r.cases.filter(c => c.outcome === 'failed' || c.outcome === 'error').length
  const parts = [
    `${r.description} in ${r.durationMs} ms`,
    `${r.reports.length} report(s)`,
    `${r.cases.length} test(s) ran, ${failed} failed`
  ]
  if (r.missing.length > 0) parts.push(`${r.missing.length} selected test(s) did not run`)
  if (r.extra.length > 0) parts.push(`${r.extra.length} unselected test(s) ran too`)
  for (const n of r.notes) parts.push(n)
  return parts.join('; ')
}

async function runAttempt(
  n: number,
  command: string | readonly string[],
  selected: Set<string> | undefined,
  opts: RetryOptions,
  cwd: string,
  env: NodeJS.ProcessEnv,
  collector: ReportCollector
): Promise<{ record: AttemptRecord; report: JunitReport | undefined }> {
  const res: SpawnResult = await runCommand(command, {
    cwd,
    env,
    ...(opts.shell !== undefined ? { shell: opts.shell } : {}),
    timeoutMs: opts.timeoutMs,
    ...(opts.killGraceMs !== undefined ? { killGraceMs: opts.killGraceMs } : {}),
    ...(opts.output !== undefined ? { output: opts.output } : {})
  })
  const notes: string[] = []
  const files = await collector.collect(n, notes)
  const parsed: JunitReport[] = []
  for (const f of files) {
    try {
      parsed.push(await parseJunitFile(f, { roots: [cwd], duplicates: 'distinct' }))
    } catch (e) {
      notes.push(`unreadable report: ${describeError(e)}`)
    }
  }
  let report =
    parsed.length === 0
      ? undefined
      : parsed.length === 1
        ? parsed[0]
        : mergeReports(parsed, { duplicates: 'distinct' })
  const missing: string[] = []
  const extra: string[] = []
  if (report !== undefined && selected !== undefined) report = ranOnly(report)
  if (selected !== undefined) {
    const ranIds = new Set(report?.cases.map(c => c.id))
    for (const id of selected) if (!ranIds.has(id)) missing.push(id)
    for (const id of ranIds) if (!selected.has(id)) extra.push(id)
  }
  for (const note of report?.notes ?? []) notes.push(note)
  const status: AttemptStatus =
    res.outcome !== 'exited' ? res.outcome : parsed.length === 0 ? 'no-report' : 'completed'
  const record: AttemptRecord = {
    attempt: n,
    command: typeof command === 'string' ? command : [...command],
    viaShell: typeof command === 'string',
    status,
    exitCode: res.exitCode,
    signal: res.signal,
    durationMs: res.durationMs,
    description: res.description,
    reports: files,
    selected: selected === undefined ? [] : [...selected],
    cases: (report?.cases ?? []).map(c => ({ id: c.id, outcome: lastOutcome(c) })),
    missing,
    extra,
    notes,
    outputTail: res.outputTail
  }
  return { record, report }
}

function lastOutcome(c: JunitCase): AttemptOutcome {
  return c.attempts[c.attempts.length - 1]?.outcome ?? 'skipped'
}

/** A rerun's report without what did not run: skipped attempts (the filter's left-outs), then empty cases. */
function ranOnly(r: JunitReport): JunitReport {
  const cases: JunitCase[] = []
  for (const c of r.cases) {
    const attempts = c.attempts.filter(a => a.outcome !== 'skipped')
    if (attempts.length === 0) continue
    cases.push(attempts.length === c.attempts.length ? c : { ...c, attempts })
  }
  // Suites were counted by the first attempt; a rerun adds runs, not suites.
  return { sources: r.sources, cases, suites: [], totals: computeTotals(cases, 0), notes: r.notes }
}

/** Finds the JUnit files an attempt wrote and moves them into the attempt's directory. */
class ReportCollector {
  private before = new Map<string, string>()
  constructor(
    private readonly globs: readonly string[],
    private readonly cwd: string,
    private readonly dir: string
  ) {}

  private async list(): Promise<Map<string, string>> {
    const found = await glob([...this.globs], {
      cwd: this.cwd,
      absolute: true,
      onlyFiles: true,
      dot: true,
      followSymbolicLinks: false
    })
    const inside = this.dir + sep
    const out = new Map<string, string>()
    for (const f of found.sort()) {
      if (f.startsWith(inside)) continue // our own copies, when attemptsDir is under cwd
      try {
        const st = lstatSync(f, { bigint: true })
        out.set(f, st.isSymbolicLink() ? 'link' : `${st.ino}:${st.size}:${st.mtimeNs}`)
      } catch {
        /* gone meanwhile */
      }
    }
    return out
  }

  async snapshot(): Promise<void> {
    this.before = await this.list()
  }

  /** Move what the attempt wrote into `<dir>/attempt-<n>/`; returns the new paths in glob order. */
  async collect(n: number, notes: string[]): Promise<string[]> {
    const now = await this.list()
    const target = join(this.dir, `attempt-${n}`)
    mkdirSync(target, { recursive: true })
    const moved: string[] = []
    let stale = 0
    let links = 0
    let over = 0
    for (const [f, sig] of now) {
      if (sig === 'link') {
        links++
        continue
      }
      if (this.before.get(f) === sig) {
        stale++
        continue
      }
      if (moved.length >= MAX_FILES_PER_ATTEMPT) {
        over++
        continue
      }
      const dest = join(target, `${moved.length + 1}-${basename(f)}`)
      try {
        renameSync(f, dest)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') {
          notes.push(`could not collect ${f} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
          continue
        }
        copyFileSync(f, dest)
        unlinkSync(f)
      }
      moved.push(dest)
    }
    if (stale > 0) notes.push(`${stale} matching file(s) older than the attempt were left alone (stale)`)
    if (links > 0) notes.push(`${links} matching symbolic link(s) were not followed`)
    if (over > 0)
      notes.push(`${over} report file(s) beyond ${MAX_FILES_PER_ATTEMPT} per attempt were not read`)
    return moved
  }
}
