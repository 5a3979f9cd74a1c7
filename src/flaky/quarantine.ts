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
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
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

/** Parse and validate a quarantine file's text; `now` decides which entries have expired. */
export function parseQuarantine(text: string, source: string, now: Date): Quarantine {
  if (text.length > MAX_QUARANTINE_BYTES) {
    throw new UserError(`${source}: larger than ${MAX_QUARANTINE_BYTES} bytes (cap on the quarantine file)`)
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    strict: true,
    prettyErrors: false,
    lineCounter: lines
  })
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 1 : lines.linePos(offset).line
  const fail = (offset: number | undefined, what: string): never => {
    throw new UserError(`${source}:${lineOf(offset)}: ${what}`)
  }
  const problem = doc.errors[0]
  if (problem) fail(problem.pos[0], `not valid YAML (${problem.message.split('\n')[0] ?? ''})`)
  const root = doc.contents as Node | null
  const empty: Quarantine = { source, active: new Map(), expired: [] }
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
    if (entry.expires !== undefined && entry.expires < today) out.expired.push(entry)
    else out.active.set(id, entry)
  }
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
