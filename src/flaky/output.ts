/**
 * What the CLI prints for a flaky run: the `--json` document (a stable shape, documented in the README) and the
 * human form. Both read the gate's result data; neither computes anything the gate did not.
 *
 *     {"gate":"flaky","status":"pass|fail|neutral",
 *      "tests":{"total":int,"passed":int,"failed":int,"skipped":int,"flaky":int,"quarantined":int},
 *      "cases":[{"id":str,"outcome":"passed|failed|skipped|flaky|quarantined","attempts":int}],
 *      "run":{"preset":str,"outcome":str,"reason":str,"attempts":[{"attempt":int,"kind":"command|rerun",
 *             "status":str,"exitCode":int|null,"durationMs":int,"selected":int,"ran":int,"failed":int}],
 *             "notRetried":[{"id":str,"reason":str}]},
 *      "reason":str}
 * `run` only when the gate ran the tests itself (`flaky run`, `command`). `reason` only when the status is not
 * pass for a reason other than failing tests: an unreadable report, an infrastructure failure, a test command
 * that failed with no failing test to explain it, no test case (statusReason).
 */
import type { BadReport, RunVerdict } from './evaluate.js'
import type { Proposals } from './policy.js'
import type { Quarantine } from './quarantine.js'
import { summaryLine } from './render.js'
import type { TestRun } from './run-tests.js'

/** Everything a flaky run computed, for printing. */
export interface FlakyRun {
  verdict: RunVerdict
  quarantine: Quarantine
  proposals: Proposals
  bad: BadReport[]
  /** Report files read (as given or found). */
  files: string[]
  /** The history line of the section (where it came from, whether this run was recorded). */
  history: string
  /** When the gate ran the tests itself (`flaky run`, `command`): the attempts. */
  run?: TestRun
}

/** Write the --json document and a newline, in pieces (a million cases make a document of tens of MB). */
export function writeJsonResult(run: FlakyRun, write: (text: string) => void): void {
  const v = run.verdict
  const t = v.tests
  const tests = {
    total: t.total,
    passed: t.passed,
    failed: t.failed,
    skipped: t.skipped,
    flaky: t.flaky,
    quarantined: t.quarantined
  }
  write(`{"gate":"flaky","status":${JSON.stringify(v.status)},"tests":${JSON.stringify(tests)},"cases":[`)
  let piece = ''
  for (let i = 0; i < v.cases.length; i++) {
    const c = v.cases[i]!
    piece += `${i > 0 ? ',' : ''}{"id":${JSON.stringify(c.id)},"outcome":"${c.outcome}","attempts":${c.attempts}}`
    if (piece.length >= 65536) {
      write(piece)
      piece = ''
    }
  }
  write(`${piece}]`)
  if (run.run) {
    const r = run.run
    const attempts = r.attempts.map(a => ({
      attempt: a.attempt,
      kind: a.kind,
      status: a.status,
      exitCode: a.exitCode,
      durationMs: a.durationMs,
      selected: a.selected,
      ran: a.ran,
      failed: a.failed
    }))
    write(
      `,"run":${JSON.stringify({ preset: r.preset, outcome: r.outcome, reason: r.reason, attempts, notRetried: r.notRetried })}`
    )
  }
  const reason = statusReason(run)
  write(`${reason !== undefined ? `,"reason":${JSON.stringify(reason)}` : ''}}\n`)
}

/** Unreadable reports named in the reason, at most; the rest are counted. */
const MAX_REASON_FILES = 5

/**
 * Why the status is not pass, when failing tests alone do not say it (one line, bounded): unreadable reports,
 * an infrastructure failure, a test command that failed without a failing test, no test case. Undefined on a
 * pass, and when failing tests are the only reason.
 */
export function statusReason(run: FlakyRun): string | undefined {
  const v = run.verdict
  if (v.status === 'pass') return undefined
  const parts: string[] = []
  const bad = run.bad
  if (bad.length > 0) {
    const named = bad.slice(0, MAX_REASON_FILES).map(b => `${b.file}: ${b.reason}`)
    const more = bad.length > MAX_REASON_FILES ? ` and ${bad.length - MAX_REASON_FILES} more` : ''
    parts.push(
      `${bad.length} unreadable report${bad.length === 1 ? '' : 's'}, not counted (${named.join('; ')}${more})`
    )
  }
  if (v.tests.total === 0) parts.push('no test case in the reports: nothing was tested')
  if (v.infra) parts.push(`infrastructure failure: ${v.infra.failed} of ${v.infra.ran} tests that ran failed`)
  if (run.run?.failure !== undefined) parts.push(run.run.failure)
  return parts.length > 0 ? parts.join('; ') : undefined
}

const MAX_LISTED = 50

export function humanResult(run: FlakyRun): string {
  const v = run.verdict
  const out: string[] = [
    `flaky: ${summaryLine(v, run.bad, run.proposals)} (from ${run.files.length} report${run.files.length === 1 ? '' : 's'})`
  ]
  const listed = v.cases.filter(
    c => c.outcome === 'failed' || c.outcome === 'flaky' || c.outcome === 'quarantined'
  )
  for (const c of listed.slice(0, MAX_LISTED))
    out.push(
      `  ${c.outcome.toUpperCase().padEnd(11)} ${c.id} (${c.attempts} attempt${c.attempts === 1 ? '' : 's'})`
    )
  if (listed.length > MAX_LISTED) out.push(`  … and ${listed.length - MAX_LISTED} more (see --json)`)
  for (const a of run.run?.attempts ?? [])
    out.push(
      `attempt ${a.attempt} (${a.kind === 'command' ? 'the test command' : `rerun of ${a.selected}`}): ${a.status}${a.exitCode !== null ? `, exit ${a.exitCode}` : ''}, ${a.ran} ran, ${a.failed} failed, ${a.durationMs} ms`
    )
  if (run.run) out.push(`note ${run.run.preset}: ${run.run.reason}`)
  for (const b of run.bad) out.push(`UNREADABLE ${b.file}: ${b.reason}`)
  for (const e of run.quarantine.expired)
    out.push(`note quarantine entry expired ${e.expires ?? ''}, propose removal: ${e.id}`)
  for (const s of run.proposals.quarantine)
    out.push(`note propose quarantine: ${s.id} (${s.flakes} flakes on ${s.flakeCommits} commits)`)
  for (const s of run.proposals.release)
    out.push(`note propose release: ${s.id} (${s.cleanStreak} clean runs)`)
  if (v.infra)
    out.push(
      `note infrastructure failure: ${v.infra.failed} of ${v.infra.ran} tests failed; not recorded in the history`
    )
  out.push(`note ${run.history}`)
  for (const r of v.reasons) out.push(`FAIL ${r}`)
  out.push(`${v.status.toUpperCase()}`)
  return `${out.join('\n')}\n`
}
