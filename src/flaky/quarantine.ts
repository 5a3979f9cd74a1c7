/**
 * Quarantine as code: `.github/quality-gates/quarantine.yml`, reviewed in pull requests like any other file.
 *
 *     tests:
 *       - id: "tests/test_cart.py › pytest › tests.test_cart › test_total"   # exactly as cases[].id prints it
 *         reason: "times out on the shared runner"
 *         issue: 123                # optional: an issue number or URL
 *         since: 2026-01-05         # optional: when it was quarantined (YYYY-MM-DD)
 *         expires: 2026-02-05       # optional: last day the entry holds (YYYY-MM-DD, UTC)
 *
 * The file is untrusted text: a size cap, YAML's core schema (dates stay strings, nothing is constructed), no
 * aliases, no explicit tags, no duplicate keys; unknown keys, duplicate ids and bad dates are one-line errors
 * naming the line. A missing file quarantines nothing. An entry whose `expires` day is over no longer
 * quarantines: it is reported as expired, and proposed for removal.
 *
 * The maintenance task edits the file (`editQuarantine`): it removes and appends entries in the parsed document,
 * so the user's comments, order and quoting stay, and it writes nothing it has not read back as exactly the
 * entries it meant to write.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, YAMLSeq, type Node } from 'yaml'
import { UserError } from '../shared/errors.js'

export const DEFAULT_QUARANTINE_FILE = '.github/quality-gates/quarantine.yml'
export const MAX_QUARANTINE_BYTES = 1024 * 1024
export const MAX_QUARANTINE_ENTRIES = 10_000
const MAX_ID_CHARS = 8192
const MAX_REASON_CHARS = 1000
const MAX_ISSUE_CHARS = 500
const ENTRY_KEYS = new Set(['id', 'reason', 'issue', 'since', 'expires'])

export interface QuarantineEntry {
  id: string
  reason: string
  /** An issue number or a URL, as written. */
  issue?: string
  /** YYYY-MM-DD. */
  since?: string
  /** YYYY-MM-DD: the last day the entry holds. */
  expires?: string
  /** 1-based line of the entry in the file. */
  line: number
}

export interface Quarantine {
  /** The file read (as given), or undefined when there was none. */
  source?: string
  /** Entries that hold today, by id. */
  active: Map<string, QuarantineEntry>
  /** Entries whose `expires` day is over: they quarantine nothing and are proposed for removal. */
  expired: QuarantineEntry[]
}

export const EMPTY_QUARANTINE: Quarantine = Object.freeze({
  active: new Map<string, QuarantineEntry>(),
  expired: []
}) as Quarantine

/** A YYYY-MM-DD date that exists on the calendar (2026-02-30 does not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** The UTC day of `now` as YYYY-MM-DD. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

const PARSE_OPTIONS = {
  schema: 'core',
  uniqueKeys: true,
  merge: false,
  strict: true,
  prettyErrors: false
} as const
/** No folding of long lines (a test id stays on one line, as the user wrote it), two-space indents. */
const WRITE_OPTIONS = { lineWidth: 0, minContentWidth: 0, indent: 2 } as const

/** Parse and validate a quarantine file's text; `now` decides which entries have expired. */
export function parseQuarantine(text: string, source: string, now: Date): Quarantine {
  return parseEntries(text, source, now).quarantine
}

function parseEntries(
  text: string,
  source: string,
  now: Date
): { quarantine: Quarantine; entries: QuarantineEntry[] } {
  if (text.length > MAX_QUARANTINE_BYTES) {
    throw new UserError(`${source}: larger than ${MAX_QUARANTINE_BYTES} bytes (cap on the quarantine file)`)
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter: lines })
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 1 : lines.linePos(offset).line
  const fail = (offset: number | undefined, what: string): never => {
    throw new UserError(`${source}:${lineOf(offset)}: ${what}`)
  }
  const problem = doc.errors[0]
  if (problem) fail(problem.pos[0], `not valid YAML (${problem.message.split('\n')[0] ?? ''})`)
  const root = doc.contents as Node | null
  const empty = { quarantine: { source, active: new Map(), expired: [] }, entries: [] }
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return empty
  checkPlain(root, fail)
  if (!isMap(root)) return fail(root.range?.[0], 'expected a mapping with a "tests" list')
  let tests: Node | undefined
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined
    if (key !== 'tests')
      fail(
        (pair.key as Node | null)?.range?.[0],
        `unknown key ${JSON.stringify(String(key).slice(0, 40))} (expected "tests")`
      )
    tests = (pair.value as Node | null) ?? undefined
  }
  if (tests === undefined || (isScalar(tests) && tests.value === null)) return empty
  if (!isSeq(tests)) return fail(tests.range?.[0], '"tests" must be a list of entries')
  if (tests.items.length > MAX_QUARANTINE_ENTRIES) {
    fail(tests.range?.[0], `more than ${MAX_QUARANTINE_ENTRIES} entries`)
  }
  const today = utcDay(now)
  const seen = new Map<string, number>()
  const out: Quarantine = { source, active: new Map(), expired: [] }
  const entries: QuarantineEntry[] = []
  for (const item of tests.items as Node[]) {
    const at = item.range?.[0]
    if (!isMap(item)) fail(at, 'each entry must be a mapping with id and reason')
    const fields: Record<string, { value: unknown; offset: number | undefined }> = Object.create(null)
    for (const pair of (item as unknown as { items: { key: Node; value: Node | null }[] }).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!ENTRY_KEYS.has(key)) {
        fail(
          pair.key.range?.[0],
          `unknown key ${JSON.stringify(key.slice(0, 40))} (expected id, reason, issue, since, expires)`
        )
      }
      const value = pair.value === null ? null : isScalar(pair.value) ? pair.value.value : pair.value
      fields[key] = { value, offset: pair.value?.range?.[0] ?? pair.key.range?.[0] }
    }
    const line = lineOf(at)
    const str = (key: string, max: number, required: boolean): string | undefined => {
      const f = fields[key]
      if (f === undefined || f.value === null) {
        if (required) fail(at, `entry without "${key}"`)
        return undefined
      }
      if (typeof f.value !== 'string' || f.value.trim() === '')
        fail(f.offset, `"${key}" must be a non-empty string`)
      const v = f.value as string
      if (v.length > max) fail(f.offset, `"${key}" is longer than ${max} characters`)
      return v
    }
    const id = str('id', MAX_ID_CHARS, true) as string
    if (/[\r\n]/.test(id))
      fail(fields.id?.offset, '"id" must be one line (a case id escapes newlines as \\n)')
    const reason = str('reason', MAX_REASON_CHARS, true) as string
    const entry: QuarantineEntry = { id, reason, line }
    const issue = fields.issue
    if (issue !== undefined && issue.value !== null) {
      if (typeof issue.value === 'number') {
        if (!Number.isSafeInteger(issue.value) || issue.value < 1)
          fail(issue.offset, '"issue" must be a positive issue number or a URL')
        entry.issue = String(issue.value)
      } else entry.issue = str('issue', MAX_ISSUE_CHARS, false) as string
    }
    for (const key of ['since', 'expires'] as const) {
      const f = fields[key]
      if (f === undefined || f.value === null) continue
      if (typeof f.value !== 'string' || !isCalendarDate(f.value)) {
        fail(
          f.offset,
          `"${key}" must be a date written YYYY-MM-DD, not ${JSON.stringify(String(f.value).slice(0, 40))}`
        )
      }
      entry[key] = f.value as string
    }
    if (entry.since !== undefined && entry.expires !== undefined && entry.expires < entry.since) {
      fail(fields.expires?.offset, `"expires" ${entry.expires} is before "since" ${entry.since}`)
    }
    const first = seen.get(id)
    if (first !== undefined) fail(at, `duplicate id (first listed on line ${first})`)
    seen.set(id, line)
    entries.push(entry)
    if (entry.expires !== undefined && entry.expires < today) out.expired.push(entry)
    else out.active.set(id, entry)
  }
  return { quarantine: out, entries }
}

/** An entry the maintenance task adds. */
export interface NewQuarantineEntry {
  id: string
  reason: string
  issue?: number
  since: string
  expires: string
}

export interface QuarantineEdit {
  /** Ids whose entries leave the file (released tests, expired entries). */
  remove: ReadonlySet<string>
  /** Entries appended at the end of the list, in this order. */
  add: readonly NewQuarantineEntry[]
}

const HEADER = `# Quarantined tests: their failures do not fail the flaky gate (quality-gates flaky-quarantine).
# Maintained by the flaky-maintenance workflow; edit by hand too (ids exactly as cases[].id prints them).
`

/**
 * The file's text with `edit` applied: entries removed and appended in the parsed document, so comments, order
 * and the user's quoting stay. The file must be one quarantine.yml can read (else the same one-line UserError as
 * the gate's), and the result is read back: when it is not exactly the entries meant (kept ones unchanged, in
 * order, then the added ones), nothing is written and the reason is a one-line UserError.
 */
export function editQuarantine(text: string, source: string, now: Date, edit: QuarantineEdit): string {
  const before = parseEntries(text, source, now).entries
  const added = new Set(edit.add.map(e => e.id))
  for (const e of before)
    if (added.has(e.id) && !edit.remove.has(e.id))
      throw new UserError(`${source}:${e.line}: already lists the test the edit adds`)
  // Nothing but comments and blank lines (or no file): the list is started below the user's comments.
  const blank = before.length === 0 && text.split('\n').every(l => /^\s*(?:#.*)?$/.test(l))
  const start = text.trim() === '' ? HEADER : `${text.trimEnd()}\n`
  const doc = parseDocument(blank ? `${start}tests: []\n` : text, PARSE_OPTIONS)
  // A file whose own entries do not survive the writer unchanged is refused before anything is edited.
  const same = (out: string, want: readonly Omit<QuarantineEntry, 'line'>[], what: string): void => {
    let got: QuarantineEntry[]
    try {
      got = parseEntries(out, source, now).entries
    } catch (e) {
      throw new UserError(`${source}: cannot ${what} without changing its meaning (${(e as Error).message})`)
    }
    const key = (e: Omit<QuarantineEntry, 'line'>) =>
      JSON.stringify([e.id, e.reason, e.issue ?? null, e.since ?? null, e.expires ?? null])
    if (got.length !== want.length || got.some((e, i) => key(e) !== key(want[i] as QuarantineEntry)))
      throw new UserError(`${source}: cannot ${what} without changing its meaning; edit it by hand`)
  }
  if (!blank) same(doc.toString(WRITE_OPTIONS), before, 'rewrite the file')
  let tests = doc.get('tests', true) as Node | null | undefined
  if (!isSeq(tests)) {
    tests = new YAMLSeq()
    doc.set('tests', tests)
  }
  const seq = tests as YAMLSeq
  seq.items = seq.items.filter(item => {
    const id = isMap(item) ? item.get('id') : undefined
    return !(typeof id === 'string' && edit.remove.has(id))
  })
  if (edit.add.length > 0) seq.flow = false
  for (const e of edit.add) {
    const node = doc.createNode({
      id: e.id,
      reason: e.reason,
      ...(e.issue !== undefined ? { issue: e.issue } : {}),
      since: e.since,
      expires: e.expires
    })
    // Ids and reasons are untrusted text: always double-quoted (escapes for anything YAML would read otherwise).
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined
      if ((key === 'id' || key === 'reason') && pair.value instanceof Scalar)
        pair.value.type = Scalar.QUOTE_DOUBLE
    }
    seq.items.push(node)
  }
  const out = doc.toString(WRITE_OPTIONS)
  const kept = before.filter(e => !edit.remove.has(e.id))
  const want = edit.add.map(e => ({
    id: e.id,
    reason: e.reason,
    ...(e.issue !== undefined ? { issue: String(e.issue) } : {}),
    since: e.since,
    expires: e.expires
  }))
  same(out, [...kept, ...want], 'write the edited file')
  if (out.length > MAX_QUARANTINE_BYTES)
    throw new UserError(`${source}: the edited file would be larger than ${MAX_QUARANTINE_BYTES} bytes`)
  return out
}

/** Refuse aliases and explicit tags anywhere (bounded by the file size: each node is visited once). */
function checkPlain(node: unknown, fail: (offset: number | undefined, what: string) => never): void {
  const stack: unknown[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()
    if (n === null || n === undefined) continue
    if (isAlias(n)) fail(n.range?.[0], 'aliases (*name) are not allowed in the quarantine file')
    const tagged = n as { tag?: string; range?: [number, number, number] }
    if (tagged.tag !== undefined)
      fail(tagged.range?.[0], `explicit tags (${tagged.tag.slice(0, 40)}) are not allowed`)
    if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value)
    else if (isSeq(n)) for (const i of n.items) stack.push(i)
  }
}
