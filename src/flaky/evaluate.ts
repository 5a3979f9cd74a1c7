/**
 * Verdicts of one run: each case's outcome, the counts, and whether the step passes. Pure.
 *
 * - passed: every attempt that ran passed;
 * - failed: broken in this run, failed (or errored: errors count as failures) in every attempt that ran;
 * - flaky: failed, then passed within this run (retries);
 * - skipped: never ran (skipped, disabled, node:test's todo);
 * - quarantined: failed, and listed in the quarantine file (not expired). It ran and is reported; it does not
 *   fail the step.
 *
 * The step fails only when a failing test is not quarantined (Trunk's rule: pass only if every failure is
 * quarantined). A flaky test passed in the end and never fails the step, listed or not.
 *
 * A run where more than `infraFailureRatio` of the tests that ran failed (at least INFRA_MIN_TESTS of them ran)
 * is an infrastructure failure: the verdict is the same (its failures still fail the step), but it is reported
 * as such and history does not learn from it.
 */
import type { JunitCase, JunitReport } from './model.js'
import type { Quarantine, QuarantineEntry } from './quarantine.js'

export const OUTCOMES = ['passed', 'failed', 'skipped', 'flaky', 'quarantined'] as const
export type Verdict = (typeof OUTCOMES)[number]

/** Tests that must have run before a mostly failing run is called an infrastructure failure. */
export const INFRA_MIN_TESTS = 5

export interface CaseVerdict {
  id: string
  outcome: Verdict
  /** How many times the case ran in this invocation (attempts, skipped ones included). */
  attempts: number
  case: JunitCase
  /** The quarantine entry listing it (any outcome), when there is one. */
  quarantine?: QuarantineEntry
}

export interface TestCounts {
  total: number
  passed: number
  failed: number
  skipped: number
  flaky: number
  quarantined: number
}

/** A report that could not be read: its one-line reason. Nothing of it is counted. */
export interface BadReport {
  file: string
  reason: string
}

export interface RunVerdict {
  status: 'pass' | 'fail' | 'neutral'
  cases: CaseVerdict[]
  tests: TestCounts
  /** Set when most tests failed: an infrastructure failure (not learned from). */
  infra?: { failed: number; ran: number }
  /** Why the status is fail, one line each. */
  reasons: string[]
  /** Quarantine entries that matched no case of this run (sharded runs: another shard may have it). */
  unmatched: QuarantineEntry[]
}

export interface EvaluateOptions {
  infraFailureRatio: number
  bad?: BadReport[]
}

export function evaluateRun(report: JunitReport, quarantine: Quarantine, opts: EvaluateOptions): RunVerdict {
  const tests: TestCounts = { total: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, quarantined: 0 }
  const cases: CaseVerdict[] = []
  const matched = new Set<string>()
  let rawFailed = 0
  for (const c of report.cases) {
    const entry = quarantine.active.get(c.id)
    if (entry) matched.add(c.id)
    let outcome: Verdict
    if (c.outcome === 'failed' || c.outcome === 'error') {
      rawFailed++
      outcome = entry ? 'quarantined' : 'failed'
    } else outcome = c.outcome
    tests.total++
    tests[outcome]++
    cases.push({
      id: c.id,
      outcome,
      attempts: c.attempts.length,
      case: c,
      ...(entry ? { quarantine: entry } : {})
    })
  }
  const reasons: string[] = []
  const bad = opts.bad ?? []
  for (const b of bad) reasons.push(`${b.file}: unreadable, not counted (${b.reason})`)
  if (tests.failed > 0)
    reasons.push(
      `${tests.failed} test${tests.failed === 1 ? '' : 's'} failed and ${tests.failed === 1 ? 'is' : 'are'} not quarantined`
    )
  if (tests.total === 0 && bad.length === 0) {
    reasons.push(
      'no test case in the reports: nothing was tested (a test job that stopped before writing results looks like this)'
    )
  }
  const ran = tests.total - tests.skipped
  const verdict: RunVerdict = {
    status: reasons.length > 0 ? 'fail' : 'pass',
    cases,
    tests,
    reasons,
    unmatched: [...quarantine.active.values()].filter(e => !matched.has(e.id))
  }
  if (ran >= INFRA_MIN_TESTS && rawFailed > opts.infraFailureRatio * ran)
    verdict.infra = { failed: rawFailed, ran }
  return verdict
}
