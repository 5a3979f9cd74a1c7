/**
 * JUnit XML → the result model (model.ts), streaming.
 *
 * Dialects (../shared/notes/flaky.md §2.5): a `<testsuites>` or `<testsuite>` root; suites nested to any
 * depth (PHPUnit); testcases directly under `<testsuites>` (node:test's top-level tests); `file`/`line` on
 * the testcase or `file` on a suite; `<failure>` vs `<error>`; `<skipped>`; a `status` attribute instead of
 * result elements (CTest, tst: `failed`, `errored`, `disabled`, `notrun`…); `<properties>` on suites and
 * testcases; `<system-out>`/`<system-err>` on testcases, suites and Surefire retry elements. Counts are
 * always recomputed from the testcases: suite attributes (`tests`, `failures`, `skipped`…) are never read,
 * since producers disagree on them (PHPUnit repeats them at every level, jest-junit leaves todo out).
 *
 * Retry forms: see model.ts. Bounds: every cap in JunitLimits is either a one-line UserError naming the file
 * (size, tag size, attributes, depth, number of cases) or an explicit, counted cut of kept text (messages,
 * details, output, properties), reported in `notes`.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { UserError } from '../shared/errors.js'
import { caseIdAfter, idPrefix, normaliseFile, occurrenceId, type CaseKey } from './id.js'
import {
  caseOutcome,
  computeTotals,
  type Attempt,
  type AttemptOutcome,
  type Captured,
  type JunitCase,
  type JunitReport,
  type JunitSuite
} from './model.js'
import { XmlReader, type StreamAttrs, type StreamLimits } from './xml-stream.js'

export interface JunitLimits extends StreamLimits {
  /** Testcase elements in one report. */
  maxCases: number
  /** Characters kept of a testcase name (the id still tells longer names apart, see id.ts). */
  maxNameChars: number
  /** Characters kept of a `message` or `type` attribute. */
  maxMessageChars: number
  /** Characters kept of a result element's text or stack trace. */
  maxDetailChars: number
  /** Characters kept of one system-out / system-err. */
  maxOutputChars: number
  /** Characters of details and output kept over the whole report; beyond, they are dropped and noted. */
  maxRetainedChars: number
  /** Properties kept per suite or testcase, and characters per property value. */
  maxProperties: number
  maxPropertyChars: number
}

export const DEFAULT_LIMITS: Readonly<JunitLimits> = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxTagBytes: 1024 * 1024,
  maxAttributes: 256,
  maxDepth: 128,
  maxCases: 250_000,
  maxNameChars: 4096,
  maxMessageChars: 2000,
  maxDetailChars: 8000,
  maxOutputChars: 8000,
  maxRetainedChars: 16 * 1024 * 1024,
  maxProperties: 100,
  maxPropertyChars: 1000
})

/**
 * What a testcase written again with the same identity (file, suites, classname, name) means.
 * `distinct` (default): another case, with a ` › #n` id. Real reports repeat names for tests that are not
 * retries (TestNG parameter runs in Surefire reports, `go test -count=3`, mocha/jest tests sharing a title:
 * 138 such repeats in one Apache Pulsar report of the corpus), and reading them as attempts would call a
 * broken parameter "flaky" and let a quarantine hide it; so the default fails closed.
 * `attempts`: one case with several attempts in document order (retry form R3: Gradle test-retry, gotestsum
 * --rerun-fails, pytest-rerunfailures 16.6.1), for reports known to come from such a producer, and what
 * mergeReports uses for R5 (one file per attempt).
 */
export type DuplicatePolicy = 'attempts' | 'distinct'

export interface JunitOptions {
  duplicates?: DuplicatePolicy
  /** Directories removed from the front of `file` attributes (e.g. the workspace), so ids are stable. */
  roots?: readonly string[]
  limits?: Partial<JunitLimits>
}

const READ_CHUNK = 1024 * 1024
/** Shared empty lists (never mutated: a merge replaces retryForms with a new array). */
const NONE: never[] = Object.freeze([]) as unknown as never[]
const SUREFIRE: 'surefire'[] = Object.freeze(['surefire']) as unknown as 'surefire'[]

/** Read and parse one JUnit file, streaming; bad input is a one-line UserError naming `path`. */
export async function parseJunitFile(path: string, options: JunitOptions = {}): Promise<JunitReport> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  let size: number
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new UserError(`${path}: not a regular file`)
    size = st.size
  } catch (e) {
    if (e instanceof UserError) throw e
    throw new UserError(
      `${path}: cannot read the JUnit report (${(e as NodeJS.ErrnoException).code ?? 'error'})`
    )
  }
  if (size > limits.maxBytes) {
    throw new UserError(
      `${path}: ${size} bytes, larger than ${limits.maxBytes} (cap on one report; split the report or raise the cap)`
    )
  }
  // Plain 1 MiB synchronous reads: the reader keeps only the unfinished tail, and a read stream's async
  // iteration costs more than the reads themselves here.
  const p = new JunitParser(path, options)
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (e) {
    throw new UserError(
      `${path}: cannot read the JUnit report (${(e as NodeJS.ErrnoException).code ?? 'error'})`
    )
  }
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK)
      let n: number
      try {
        n = readSync(fd, chunk, 0, READ_CHUNK, null)
      } catch (e) {
        throw new UserError(
          `${path}: cannot read the JUnit report (${(e as NodeJS.ErrnoException).code ?? 'error'})`
        )
      }
      if (n === 0) break
      p.write(n === READ_CHUNK ? chunk : chunk.subarray(0, n))
    }
  } finally {
    closeSync(fd)
  }
  return p.end()
}

/** Parse a JUnit report from any stream of byte chunks (the byte cap is enforced while reading). */
export async function parseJunitStream(
  chunks: AsyncIterable<Buffer | string>,
  source: string,
  options: JunitOptions = {}
): Promise<JunitReport> {
  const p = new JunitParser(source, options)
  try {
    for await (const chunk of chunks) p.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)
  } catch (e) {
    if (e instanceof UserError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new UserError(`${source}: cannot read the JUnit report (${code ?? (e as Error).message})`)
  }
  return p.end()
}

/** Parse a JUnit report held in memory. */
export function parseJunit(input: string | Buffer, source: string, options: JunitOptions = {}): JunitReport {
  const b = typeof input === 'string' ? Buffer.from(input, 'utf8') : input
  const p = new JunitParser(source, options)
  for (let i = 0; i < b.length; i += READ_CHUNK) p.write(b.subarray(i, Math.min(b.length, i + READ_CHUNK)))
  return p.end()
}

/**
 * Merge reports of one run. Default `attempts` (R5: one file per attempt, in attempt order): a report whose
 * every case id already appeared in an earlier report is a retry of them (a rerun of the failed tests, or of
 * the whole suite), and a case with the same id becomes one case whose attempts follow report order. A report
 * that brings cases of its own is another PART of the run (a shard, a matrix leg): an id it shares with an
 * earlier report is then a different test that happens to print the same (reports without file attributes:
 * node:test on Node 20, jest-junit by default), and gets a ` › #n` id — so a failure in one shard is never
 * excused as a "retry" by a pass of a look-alike in another. `distinct`: every report is a part.
 */
export function mergeReports(
  reports: readonly JunitReport[],
  options: Pick<JunitOptions, 'duplicates'> = {}
): JunitReport {
  const policy = options.duplicates ?? 'attempts'
  const collector = new CaseCollector('attempts')
  const suites: JunitSuite[] = []
  const notes: string[] = []
  const sources: string[] = []
  const seen = new Set<string>()
  for (const r of reports) {
    sources.push(...r.sources)
    suites.push(...r.suites)
    notes.push(...r.notes)
    const retry = policy === 'attempts' && seen.size > 0 && r.cases.every(c => seen.has(c.id))
    const report = r.sources.join(', ')
    for (const c of r.cases) {
      seen.add(c.id)
      collector.add(c.id, c.id, c, [...c.attempts], report, retry)
    }
  }
  const cases = collector.finish()
  return { sources, cases, suites, totals: computeTotals(cases, suites.length), notes }
}

interface Entry {
  c: JunitCase
  report: string
}

/** Builds cases from testcases in order, applying the duplicate policy; ids are unique in its result. */
class CaseCollector {
  /** By printed id: every case. */
  private readonly byId = new Map<string, Entry>()
  /** By full identity tuple: the first case of each tuple (what later occurrences merge into). */
  private readonly byKey = new Map<string, Entry>()
  /** Highest `#n` handed out per base id. */
  private readonly occurrences = new Map<string, number>()
  private readonly cases: JunitCase[] = []
  constructor(private readonly policy: DuplicatePolicy) {}

  add(
    base: string,
    key: string,
    fields: Omit<JunitCase, 'id' | 'attempts' | 'outcome' | 'timeMs'>,
    attempts: Attempt[],
    report: string,
    /** Whether a case with the same key may take these attempts (false: a new case, ` › #n`). */
    merge = true
  ): void {
    const same = this.policy === 'attempts' && merge ? this.byKey.get(key) : undefined
    if (same !== undefined) {
      same.c.attempts.push(...attempts)
      const forms = new Set(same.c.retryForms)
      forms.add(same.report === report ? 'duplicates' : 'files')
      for (const f of fields.retryForms) forms.add(f)
      same.c.retryForms = [...forms]
      return
    }
    let id = base
    if (this.byId.has(base)) {
      let n = this.occurrences.get(base) ?? 1
      do id = occurrenceId(base, ++n)
      while (this.byId.has(id))
      this.occurrences.set(base, n)
    }
    // Built key by key (no spread): one object shape for every case keeps this hot path fast.
    const c: JunitCase = {
      id,
      name: fields.name,
      classname: fields.classname,
      suitePath: fields.suitePath,
      attempts,
      outcome: 'skipped',
      timeMs: 0,
      properties: fields.properties,
      retryForms: fields.retryForms
    }
    if (fields.file !== undefined) c.file = fields.file
    if (fields.line !== undefined) c.line = fields.line
    const entry = { c, report }
    this.byId.set(id, entry)
    if (this.policy === 'attempts' && !this.byKey.has(key)) this.byKey.set(key, entry)
    this.cases.push(c)
  }

  finish(): JunitCase[] {
    for (const c of this.cases) {
      c.outcome = caseOutcome(c.attempts)
      let t = 0
      for (const a of c.attempts) t += a.timeMs ?? 0
      c.timeMs = t
    }
    return this.cases
  }
}

type Role =
  | 'testsuites'
  | 'suite'
  | 'case'
  | 'result'
  | 'retry'
  | 'details'
  | 'out'
  | 'err'
  | 'properties'
  | 'property'
  | 'other'

interface SuiteState {
  name: string
  path?: string[]
  /** Memo of the id prefix and tuple-key prefix of this suite's cases for one file (cases of a suite share it). */
  ids?: { file: string | undefined; prefix: string; tuple: string }
  file?: string | undefined
  properties: [string, string][]
  out?: Capture
  err?: Capture
}

interface ResultState {
  kind: AttemptOutcome
  origin: Attempt['origin']
  message?: string | undefined
  type?: string | undefined
  timeMs?: number | undefined
  details?: Capture
  out?: Capture
  err?: Capture
}

interface CaseState {
  name: string
  nameLength: number
  classname: string
  file?: string | undefined
  line?: number | undefined
  timeMs?: number | undefined
  status?: string | undefined
  results: ResultState[]
  retries: ResultState[]
  properties: [string, string][]
  out?: Capture
  err?: Capture
}

/** Text kept up to a cap and a shared budget; what is beyond is counted, not kept. */
class Capture {
  private parts: string[] = []
  private kept = 0
  dropped = 0
  constructor(
    private readonly cap: number,
    private readonly budget: { left: number; exhausted: number }
  ) {}
  add(piece: string): void {
    const room = Math.min(this.cap - this.kept, this.budget.left)
    if (room <= 0) {
      if (this.budget.left <= 0 && this.kept < this.cap) this.budget.exhausted++
      this.dropped += piece.length
      return
    }
    const take = piece.length <= room ? piece : piece.slice(0, room)
    this.parts.push(take)
    this.kept += take.length
    this.budget.left -= take.length
    this.dropped += piece.length - take.length
  }
  result(): Captured | undefined {
    let text = this.parts.join('')
    text = this.dropped > 0 ? text.trimStart() : text.trim()
    if (text === '' && this.dropped === 0) return undefined
    return { text, dropped: this.dropped }
  }
}

const RESULT_KIND: Record<string, AttemptOutcome> = Object.assign(
  Object.create(null) as Record<string, AttemptOutcome>,
  {
    failure: 'failed',
    error: 'error',
    skipped: 'skipped'
  }
)
const RETRY_KIND: Record<string, [AttemptOutcome, 'flaky' | 'rerun']> = Object.assign(
  Object.create(null) as Record<string, [AttemptOutcome, 'flaky' | 'rerun']>,
  {
    flakyFailure: ['failed', 'flaky'],
    flakyError: ['error', 'flaky'],
    rerunFailure: ['failed', 'rerun'],
    rerunError: ['error', 'rerun']
  }
)
const SEVERITY: Record<AttemptOutcome, number> = { passed: 0, skipped: 1, failed: 2, error: 3 }

/** A `status` attribute (CTest, tst, mikepenz fixtures) read when no result element decides. */
function statusOutcome(status: string | undefined): AttemptOutcome | undefined {
  if (status === undefined) return undefined
  switch (status.trim().toLowerCase()) {
    case 'fail':
    case 'failed':
    case 'failure':
      return 'failed'
    case 'error':
    case 'errored':
      return 'error'
    case 'skip':
    case 'skipped':
    case 'notrun':
    case 'not run':
    case 'disabled':
    case 'ignored':
    case 'pending':
    case 'todo':
      return 'skipped'
    default:
      return undefined
  }
}

/** A time attribute in seconds → whole milliseconds; undefined when absent or not a plain decimal. */
function timeMs(v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const s = v.trim()
  if (!/^[0-9]{1,12}(\.[0-9]{0,12})?$/.test(s)) return undefined
  return Math.round(Number(s) * 1000)
}

function lineNumber(v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const s = v.trim()
  return /^[0-9]{1,9}$/.test(s) ? Number(s) : undefined
}

/** Cut a string to max characters (never inside a surrogate pair), saying how much was cut. */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s
  let cut = max
  const c = s.charCodeAt(cut - 1)
  if (c >= 0xd800 && c <= 0xdbff) cut--
  return `${s.slice(0, cut)}… [${s.length - cut} more characters]`
}

class JunitParser {
  private readonly reader: XmlReader
  private readonly limits: JunitLimits
  private readonly roles: Role[] = []
  private readonly suites: SuiteState[] = []
  private readonly suiteList: JunitSuite[] = []
  private readonly collector: CaseCollector
  private readonly merging: boolean
  private readonly budget = { left: 0, exhausted: 0 }
  private readonly roots: readonly string[]
  private current: CaseState | undefined
  private result: ResultState | undefined
  private props: [string, string][] | undefined
  private caseCount = 0
  /** `tests` declared by outermost suites: only used to say so when a report declares tests but lists none. */
  private declaredTests = 0
  private cut = { names: 0, messages: 0, details: 0, output: 0, properties: 0 }
  /** Set while text is wanted (the tokenizer skips text for free otherwise). */
  text: ((piece: string) => void) | undefined

  constructor(
    private readonly source: string,
    options: JunitOptions
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits }
    this.budget.left = this.limits.maxRetainedChars
    this.roots = options.roots ?? []
    this.merging = options.duplicates === 'attempts'
    this.collector = new CaseCollector(options.duplicates ?? 'distinct')
    this.reader = new XmlReader(source, this, this.limits)
  }

  write(chunk: Buffer): void {
    this.reader.write(chunk)
  }

  end(): JunitReport {
    this.reader.end()
    const cases = this.collector.finish()
    const notes: string[] = []
    const l = this.limits
    if (this.cut.names > 0)
      notes.push(
        `${this.cut.names} test name(s) longer than ${l.maxNameChars} characters were cut (their ids stay distinct)`
      )
    if (this.cut.messages > 0)
      notes.push(`${this.cut.messages} message(s) longer than ${l.maxMessageChars} characters were cut`)
    if (this.cut.details > 0)
      notes.push(`${this.cut.details} failure text(s) longer than ${l.maxDetailChars} characters were cut`)
    if (this.cut.output > 0)
      notes.push(`${this.cut.output} captured output(s) longer than ${l.maxOutputChars} characters were cut`)
    if (this.cut.properties > 0)
      notes.push(
        `${this.cut.properties} propert(y/ies) beyond the cap of ${l.maxProperties} per element, or longer than ${l.maxPropertyChars} characters, were cut`
      )
    if (cases.length === 0 && this.declaredTests > 0) {
      notes.push(
        `the report's suites declare ${this.declaredTests} test(s) but list no testcase: counted as none`
      )
    }
    if (this.budget.exhausted > 0)
      notes.push(
        `text kept from the report reached ${l.maxRetainedChars} characters: later failure texts and output were dropped`
      )
    return {
      sources: [this.source],
      cases,
      suites: this.suiteList,
      totals: computeTotals(cases, this.suiteList.length),
      notes
    }
  }

  open(name: string, attrs: StreamAttrs): void {
    const parent = this.roles[this.roles.length - 1]
    let role: Role = 'other'
    if (parent === undefined) {
      if (name === 'testsuites') role = 'testsuites'
      else if (name === 'testsuite') role = this.openSuite(attrs)
      else {
        throw new UserError(
          `${this.source}: not a JUnit report (root element <${name.slice(0, 40)}>, expected <testsuites> or <testsuite>)`
        )
      }
    } else if (parent === 'testsuites' || parent === 'suite') {
      if (name === 'testsuite') role = this.openSuite(attrs)
      else if (name === 'testcase') role = this.openCase(attrs)
      else if (parent === 'suite' && (name === 'system-out' || name === 'system-err')) {
        const s = this.suites[this.suites.length - 1] as SuiteState
        const cap = this.newCapture(this.limits.maxOutputChars)
        if (name === 'system-out') s.out = cap
        else s.err = cap
        role = name === 'system-out' ? 'out' : 'err'
        this.startText(cap)
      } else if (parent === 'suite' && name === 'properties') {
        role = 'properties'
        this.props = (this.suites[this.suites.length - 1] as SuiteState).properties
      }
    } else if (parent === 'case') {
      const c = this.current as CaseState
      const kind = RESULT_KIND[name]
      const retry = RETRY_KIND[name]
      if (kind !== undefined || retry !== undefined) {
        const r: ResultState = {
          kind: kind ?? (retry as [AttemptOutcome, 'flaky' | 'rerun'])[0],
          origin: kind !== undefined ? 'testcase' : (retry as [AttemptOutcome, 'flaky' | 'rerun'])[1],
          message: this.capAttr(attrs.get('message')),
          type: this.capAttr(attrs.get('type')),
          timeMs: kind !== undefined ? undefined : timeMs(attrs.get('time'))
        }
        if (kind !== undefined) c.results.push(r)
        else c.retries.push(r)
        this.result = r
        role = kind !== undefined ? 'result' : 'retry'
        r.details = this.newCapture(this.limits.maxDetailChars)
        this.startText(r.details)
      } else if (name === 'system-out' || name === 'system-err') {
        const cap = this.newCapture(this.limits.maxOutputChars)
        if (name === 'system-out') c.out = cap
        else c.err = cap
        role = name === 'system-out' ? 'out' : 'err'
        this.startText(cap)
      } else if (name === 'properties') {
        role = 'properties'
        this.props = c.properties
      }
    } else if (parent === 'retry' || parent === 'result') {
      const r = this.result as ResultState
      if (name === 'stackTrace') {
        role = 'details'
        this.startText(r.details as Capture)
      } else if (name === 'system-out' || name === 'system-err') {
        const cap = this.newCapture(this.limits.maxOutputChars)
        if (name === 'system-out') r.out = cap
        else r.err = cap
        role = name === 'system-out' ? 'out' : 'err'
        this.startText(cap)
      } else this.stopText()
    } else if (parent === 'properties' && name === 'property') {
      role = 'property'
      this.addProperty(attrs)
    }
    if (role === 'other') this.stopText()
    this.roles.push(role) // the tokenizer calls close() for a self-closing tag too
  }

  close(): void {
    const role = this.roles.pop()
    if (role !== undefined) this.afterClose(role)
  }

  private afterClose(role: Role): void {
    switch (role) {
      case 'suite':
        this.closeSuite()
        break
      case 'case':
        this.closeCase()
        break
      case 'result':
      case 'retry':
        this.result = undefined
        this.stopText()
        break
      case 'properties':
        this.props = undefined
        break
      default:
        break
    }
    // Text resumes for the enclosing element that wants it (e.g. a result's own text after its stackTrace).
    const parent = this.roles[this.roles.length - 1]
    if ((parent === 'result' || parent === 'retry') && this.result?.details !== undefined)
      this.startText(this.result.details)
    else if (role === 'out' || role === 'err' || role === 'details') this.stopText()
  }

  private startText(cap: Capture): void {
    this.text = cap.add.bind(cap)
  }

  private stopText(): void {
    this.text = undefined
  }

  private newCapture(cap: number): Capture {
    return new Capture(cap, this.budget)
  }

  private capAttr(v: string | undefined): string | undefined {
    if (v === undefined) return undefined
    if (v.length > this.limits.maxMessageChars) this.cut.messages++
    return capText(v, this.limits.maxMessageChars)
  }

  private addProperty(attrs: StreamAttrs): void {
    const list = this.props
    if (list === undefined) return
    const name = attrs.get('name') ?? ''
    const value = attrs.get('value') ?? ''
    if (list.length >= this.limits.maxProperties) {
      this.cut.properties++
      return
    }
    const max = this.limits.maxPropertyChars
    if (name.length > max || value.length > max) this.cut.properties++
    list.push([capText(name, max), capText(value, max)])
  }

  /** The current suite path, one shared (never mutated) array per suite. */
  private suitePath(): string[] {
    const top = this.suites[this.suites.length - 1]
    if (top === undefined) return NONE
    return (top.path ??= this.suites.map(s => s.name))
  }

  private openSuite(attrs: StreamAttrs): Role {
    const file = attrs.get('file')
    if (this.suites.length === 0) {
      const declared = Number(attrs.get('tests') ?? '0')
      if (Number.isSafeInteger(declared) && declared > 0) this.declaredTests += declared
    }
    const parentFile = this.suites[this.suites.length - 1]?.file
    this.suites.push({ name: attrs.get('name') ?? '', file: file ?? parentFile, properties: [] })
    return 'suite'
  }

  private closeSuite(): void {
    const s = this.suites.pop() as SuiteState
    const suite: JunitSuite = { path: [...this.suites.map(x => x.name), s.name], properties: s.properties }
    if (s.file !== undefined) suite.file = normaliseFile(s.file, this.roots)
    const out = s.out?.result()
    const err = s.err?.result()
    if (out !== undefined) suite.systemOut = out
    if (err !== undefined) suite.systemErr = err
    this.countCuts(out, err)
    this.suiteList.push(suite)
  }

  private openCase(attrs: StreamAttrs): Role {
    if (++this.caseCount > this.limits.maxCases) {
      throw new UserError(`${this.source}: more than ${this.limits.maxCases} test cases (cap on one report)`)
    }
    const name = attrs.get('name') ?? ''
    this.current = {
      name,
      nameLength: name.length,
      classname: attrs.get('classname') ?? attrs.get('class') ?? '',
      file: attrs.get('file') ?? this.suites[this.suites.length - 1]?.file,
      line: lineNumber(attrs.get('line')),
      timeMs: timeMs(attrs.get('time')),
      status: attrs.get('status'),
      results: [],
      retries: [],
      properties: []
    }
    return 'case'
  }

  private closeCase(): void {
    const c = this.current as CaseState
    this.current = undefined
    this.stopText()
    // R4: several result elements are one run; the worst decides, its message and text are kept.
    let main: ResultState | undefined
    for (const r of c.results) if (main === undefined || SEVERITY[r.kind] > SEVERITY[main.kind]) main = r
    const status = c.status?.trim().toLowerCase()
    let outcome: AttemptOutcome = main?.kind ?? statusOutcome(c.status) ?? 'passed'
    if (status === 'disabled' || status === 'notrun') outcome = 'skipped' // never ran, whatever else it says
    const report = this.source
    const own: Attempt = { outcome, origin: 'testcase', report, results: c.results.length }
    if (main?.message !== undefined) own.message = main.message
    if (main?.type !== undefined) own.type = main.type
    const details = main?.details?.result()
    if (details !== undefined) own.details = details
    if (c.timeMs !== undefined) own.timeMs = c.timeMs
    const out = c.out?.result()
    const err = c.err?.result()
    if (out !== undefined) own.systemOut = out
    if (err !== undefined) own.systemErr = err
    this.countCuts(out, err)
    if (details !== undefined && details.dropped > 0) this.cut.details++
    const before: Attempt[] = []
    const after: Attempt[] = []
    for (const r of c.retries) {
      const a: Attempt = { outcome: r.kind, origin: r.origin, report, results: 1 }
      if (r.message !== undefined) a.message = r.message
      if (r.type !== undefined) a.type = r.type
      if (r.timeMs !== undefined) a.timeMs = r.timeMs
      const d = r.details?.result()
      if (d !== undefined) {
        a.details = d
        if (d.dropped > 0) this.cut.details++
      }
      const o = r.out?.result()
      const e = r.err?.result()
      if (o !== undefined) a.systemOut = o
      if (e !== undefined) a.systemErr = e
      this.countCuts(o, e)
      // Surefire: flaky runs failed before the final (passing) run; reruns came after the first failure.
      if (r.origin === 'flaky') before.push(a)
      else after.push(a)
    }
    const attempts = before.length === 0 && after.length === 0 ? [own] : [...before, own, ...after]
    const suitePath = this.suitePath()
    const file = c.file === undefined || c.file === '' ? undefined : normaliseFile(c.file, this.roots)
    const key: CaseKey = { file, suitePath, classname: c.classname, name: c.name }
    const ids = this.suiteIds(file, suitePath)
    const base = caseIdAfter(ids.prefix, key)
    let name = c.name
    if (name.length > this.limits.maxNameChars) {
      this.cut.names++
      name = capText(name, this.limits.maxNameChars)
    }
    const fields: Omit<JunitCase, 'id' | 'attempts' | 'outcome' | 'timeMs'> = {
      name,
      classname: capText(c.classname, this.limits.maxNameChars),
      suitePath,
      properties: c.properties.length > 0 ? c.properties : NONE,
      retryForms: c.retries.length > 0 ? SUREFIRE : NONE
    }
    if (file !== undefined) fields.file = file
    if (c.line !== undefined) fields.line = c.line
    // The full tuple (not the printed id) decides whether two testcases are the same case (only needed
    // when repeats merge; under `distinct` a repeat or a look-alike simply gets the next #n).
    const tupleKey = this.merging ? `${ids.tuple}${c.classname.length}:${c.classname}${c.name}` : ''
    this.collector.add(base, tupleKey, fields, attempts, report)
  }

  /**
   * The id prefix (escaped file and suites) and the tuple-key prefix of a case in the current suite, computed
   * once per suite and file. The tuple key is length-prefixed (`<n>:<text>` per part, the name last), so two
   * different (file, suites, classname, name) tuples never give the same key.
   */
  private suiteIds(file: string | undefined, suitePath: readonly string[]): NonNullable<SuiteState['ids']> {
    const top = this.suites[this.suites.length - 1]
    const memo = top?.ids
    if (memo !== undefined && memo.file === file) return memo
    let tuple = file === undefined ? '-' : `${file.length}:${file}`
    tuple += `${suitePath.length}/`
    for (const p of suitePath) tuple += `${p.length}:${p}`
    const ids = { file, prefix: idPrefix(file, suitePath), tuple }
    if (top !== undefined) top.ids = ids
    return ids
  }

  private countCuts(out: Captured | undefined, err: Captured | undefined): void {
    if (out !== undefined && out.dropped > 0) this.cut.output++
    if (err !== undefined && err.dropped > 0) this.cut.output++
  }
}
