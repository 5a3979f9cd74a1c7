/**
 * The hidden lines that make pr-report's comment findable and orderable.
 *
 * Line 1 of every comment pr-report writes is the marker `<!-- pr-report:v1 id=<id> -->`; line 2 is the
 * state `<!-- pr-report:state {"order":[…],"digest":"…"} -->`. `order` is a monotonic version of the composed
 * body (in a workflow: [run id, run attempt]) so that concurrent writers can tell which body is newest: GitHub
 * has no compare-and-swap on comment edits, so the writer holding an older body never overwrites a newer one.
 * `digest` is a hash of what the report says (verdict, each result's status, summary line and metrics, each
 * problem), not of how it is shown: `comment-on: change` compares it to skip a report that says nothing new.
 *
 * Fragment markdown never reaches these lines verbatim: sanitizeMarkdown strips HTML comments, so a forged
 * marker inside a fragment cannot be mistaken for ours. And a marker is only trusted on a comment whose
 * author is the bot (see upsert.ts).
 */
import { createHash } from 'node:crypto'
import { UserError } from '../shared/errors.js'
import type { GateStatus, MetricValue } from '../shared/fragment.js'

export const MARKER_VERSION = 'v1'
export const DEFAULT_REPORT_ID = 'default'
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/

/** Validate the `id` input: [a-z0-9-], 1–40 characters, starts with a letter or digit. */
export function validateReportId(id: string | undefined, source = 'input "id"'): string {
  const value = id === undefined || id.trim() === '' ? DEFAULT_REPORT_ID : id.trim()
  if (!ID_PATTERN.test(value)) {
    throw new UserError(
      `${source}: ${JSON.stringify(value.slice(0, 60))} is not a valid report id (allowed: 1-40 of a-z, 0-9 and -, starting with a letter or digit)`
    )
  }
  return value
}

export function markerLine(id: string): string {
  return `<!-- pr-report:${MARKER_VERSION} id=${validateReportId(id)} -->`
}

/** True when the body's FIRST line is exactly the marker for `id` (a trailing \r is tolerated). */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (typeof body !== 'string') return false
  const nl = body.indexOf('\n')
  const first = (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, '')
  return first === marker
}

/** The order of a body: a list of non-negative safe integers compared lexicographically. */
export type BodyOrder = readonly number[]

const STATE_PREFIX = '<!-- pr-report:state '
const STATE_SUFFIX = ' -->'
/** 128 bits of SHA-256, in hex. */
const DIGEST_PATTERN = /^[0-9a-f]{32}$/
const MAX_STATE_LINE = 400

/** What the hidden state line holds. `digest` is absent in comments written before it existed. */
export interface BodyState {
  order: BodyOrder
  digest?: string
}

export function stateLine(order: BodyOrder, digest?: string): string {
  for (const n of order) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`pr-report order must hold non-negative integers`)
  }
  if (digest !== undefined && !DIGEST_PATTERN.test(digest))
    throw new Error('pr-report digest must be 32 hex digits')
  return `${STATE_PREFIX}${JSON.stringify(digest === undefined ? { order } : { order, digest })}${STATE_SUFFIX}`
}

/**
 * The state stored in a body's second line: order [] (older than anything) and no digest when absent or
 * malformed; a malformed digest alone is dropped (the report then counts as changed). Only called on comments
 * already known to be the bot's: a digest is trusted from nowhere else.
 */
export function readState(body: string | null | undefined): BodyState {
  const line = stateLineOf(body)
  if (line === undefined) return { order: [] }
  try {
    const parsed: unknown = JSON.parse(line.slice(STATE_PREFIX.length, -STATE_SUFFIX.length))
    const { order, digest } = (parsed ?? {}) as { order?: unknown; digest?: unknown }
    if (!Array.isArray(order) || order.length > 8) return { order: [] }
    if (!order.every(n => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)) return { order: [] }
    return {
      order: order as number[],
      ...(typeof digest === 'string' && DIGEST_PATTERN.test(digest) ? { digest } : {})
    }
  } catch {
    return { order: [] }
  }
}

/** The order stored in a body's second line, or [] (older than anything) when absent or malformed. */
export function readOrder(body: string | null | undefined): BodyOrder {
  return readState(body).order
}

function stateLineOf(body: string | null | undefined): string | undefined {
  if (typeof body !== 'string') return undefined
  const lines = body.split('\n', 3)
  const line = (lines[1] ?? '').replace(/\r$/, '')
  if (!line.startsWith(STATE_PREFIX) || !line.endsWith(STATE_SUFFIX) || line.length > MAX_STATE_LINE) {
    return undefined
  }
  return line
}

/**
 * `body` (a comment of ours: marker on line 1) with its state line replaced by `line`, or inserted after the
 * marker when it has none. The visible report is untouched.
 */
export function withStateLine(body: string, line: string): string {
  const first = body.indexOf('\n')
  if (first === -1) return `${body}\n${line}`
  const rest = body.slice(first + 1)
  if (stateLineOf(body) === undefined) return `${body.slice(0, first)}\n${line}\n${rest}`
  const second = rest.indexOf('\n')
  return `${body.slice(0, first)}\n${line}${second === -1 ? '' : rest.slice(second)}`
}

/** What a report says, as far as `comment-on: change` is concerned: its results and the rules judging them. */
export interface DigestInput {
  results: readonly {
    gate: string
    statusContext: string
    status: GateStatus
    summary: string
    metrics: Readonly<Record<string, MetricValue>>
  }[]
  problems: readonly { source: string; error: string; kind?: string }[]
  /** The settings that turn results into the verdict (expect, on-missing, fragments from another run). */
  expected: readonly string[]
  onMissing: string
  untrusted: boolean
}

/**
 * A hash of what the report says: each result's status, one-line summary and exact metrics, each problem, and
 * the rules that make the verdict from them (so the verdict is covered too); in an order-free form, so the
 * order fragments were collected in does not matter. Links, the commit and the sections' markdown are left
 * out: they change with every run without the report saying anything new. Linear in the input.
 */
export function reportDigest(input: DigestInput): string {
  const results = input.results
    .map(r =>
      JSON.stringify([
        r.statusContext,
        r.gate,
        r.status,
        r.summary,
        Object.keys(r.metrics)
          .sort()
          .map(k => [k, r.metrics[k] ?? null])
      ])
    )
    .sort()
  const problems = input.problems.map(p => JSON.stringify([p.source, p.kind ?? '', p.error])).sort()
  const rules = [[...input.expected].sort(), input.onMissing, input.untrusted]
  return createHash('sha256')
    .update(JSON.stringify({ v: 1, results, problems, rules }))
    .digest('hex')
    .slice(0, 32)
}

/** Lexicographic comparison; a shorter prefix sorts first. Negative when a is older than b. */
export function compareOrder(a: BodyOrder, b: BodyOrder): number {
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** The body without its state line: two bodies with equal content but different orders are the same report. */
export function contentOf(body: string): string {
  const lines = body.split('\n')
  if ((lines[1] ?? '').startsWith(STATE_PREFIX)) lines.splice(1, 1)
  return lines.join('\n')
}
