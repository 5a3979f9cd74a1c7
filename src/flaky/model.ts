/**
 * The result model of flaky-quarantine: what a set of JUnit reports says happened, case by case and attempt
 * by attempt. Pure data; JUnit reading is in junit.ts, identity in id.ts.
 *
 * Retry forms (see ../shared/notes/flaky.md §2.2) all end up as `attempts`, in the order they ran:
 * - R1 none: one attempt per case;
 * - R2 Surefire: `<flakyFailure>`/`<flakyError>` are failed attempts before the testcase's own (passing) one;
 *   `<rerunFailure>`/`<rerunError>` are failed attempts after the testcase's own (failing) one;
 * - R3 the same case written several times in one report, and R5 the same case in a later report whose cases
 *   all appeared in earlier ones (a retry file; a report with cases of its own is a shard, see mergeReports): merged into one case, attempts in document (then report) order, under the duplicate
 *   policy `attempts` (mergeReports' default; opt-in within one report, whose default `distinct` keeps each
 *   occurrence a case of its own with a ` › #n` id, see junit.ts DuplicatePolicy);
 * - R4 several result elements in one testcase (pytest writes a call `<failure>` and a teardown `<error>`):
 *   ONE attempt whose outcome is the worst of them (error > failure > skipped), as EnricoMi and mikepenz
 *   read it. A producer that writes one `<failure>` per retry in one testcase (GdUnit4) is therefore read as
 *   one failed run: the report does not say whether a final run passed.
 */

/** What one execution of a test did. `error` (the test could not run to an assertion) is kept apart. */
export type AttemptOutcome = 'passed' | 'failed' | 'error' | 'skipped'

/**
 * What a case did over all its attempts: `flaky` when at least one attempt passed and at least one failed
 * or errored (in any order), `passed`/`failed`/`error` when every non-skipped attempt agrees (failed and
 * error mixed: the last failing attempt's kind), `skipped` when no attempt ran.
 */
export type CaseOutcome = 'passed' | 'flaky' | 'failed' | 'error' | 'skipped'

/** Text kept from a report, capped: `truncated` says how much was cut. */
export interface Captured {
  text: string
  /** Characters dropped beyond the cap (0 when the text is whole). */
  dropped: number
}

export interface Attempt {
  outcome: AttemptOutcome
  /** The `message` attribute of the result element (capped). */
  message?: string
  /** The `type` attribute of the result element (capped). */
  type?: string
  /** The result element's text or `<stackTrace>` (capped). */
  details?: Captured
  /** Milliseconds, rounded; undefined when the report does not say. */
  timeMs?: number
  systemOut?: Captured
  systemErr?: Captured
  /** Where this attempt came from: `testcase`, a Surefire `flaky` element or a Surefire `rerun` element. */
  origin: 'testcase' | 'flaky' | 'rerun'
  /** The report (file name) that holds this attempt. */
  report: string
  /** How many result elements the testcase had (R4: more than one are folded into this one attempt). */
  results: number
}

export interface JunitCase {
  /** Stable, unique within the result; see id.ts for the format. */
  id: string
  /** The testcase name (capped at MAX_NAME_CHARS; the id still tells longer names apart). */
  name: string
  classname: string
  /** Names of the enclosing `<testsuite>` elements, outermost first (a `<testsuites>` root is not a suite). */
  suitePath: string[]
  /** As the report writes it (normalised: `/` separators, a configured root removed). */
  file?: string
  line?: number
  attempts: Attempt[]
  outcome: CaseOutcome
  /** Sum of the attempts' times in ms (attempts without a time count 0). */
  timeMs: number
  /** `<property>` pairs of the testcase, in order (capped). */
  properties: [string, string][]
  /** How the attempts were found: `none` (one), `surefire`, `duplicates` (R3), `files` (R5); may combine. */
  retryForms: ('surefire' | 'duplicates' | 'files')[]
}

export interface JunitSuite {
  path: string[]
  file?: string
  properties: [string, string][]
  systemOut?: Captured
  systemErr?: Captured
}

/** Counts over cases (each case in exactly one bucket) and over attempts. Exact integers. */
export interface JunitTotals {
  /** Cases. tests = passed + flaky + failed + errors + skipped. */
  tests: number
  passed: number
  flaky: number
  failed: number
  errors: number
  skipped: number
  /** Attempts over all cases (executions; equals tests when nothing was retried). */
  runs: number
  /** `<testsuite>` elements. */
  suites: number
}

export interface JunitReport {
  /** The report file names (one for a single report; several after mergeReports). */
  sources: string[]
  cases: JunitCase[]
  suites: JunitSuite[]
  totals: JunitTotals
  /** Things kept out by a cap, each a one-line note (e.g. output dropped once the retained-text budget ran out). */
  notes: string[]
}

export function caseOutcome(attempts: readonly Attempt[]): CaseOutcome {
  let passed = false
  let lastFailing: 'failed' | 'error' | undefined
  for (const a of attempts) {
    if (a.outcome === 'passed') passed = true
    else if (a.outcome === 'failed' || a.outcome === 'error') lastFailing = a.outcome
  }
  if (passed) return lastFailing === undefined ? 'passed' : 'flaky'
  return lastFailing ?? 'skipped'
}

export function computeTotals(cases: readonly JunitCase[], suites: number): JunitTotals {
  const t: JunitTotals = { tests: 0, passed: 0, flaky: 0, failed: 0, errors: 0, skipped: 0, runs: 0, suites }
  for (const c of cases) {
    t.tests++
    t.runs += c.attempts.length
    if (c.outcome === 'error') t.errors++
    else t[c.outcome]++
  }
  return t
}
