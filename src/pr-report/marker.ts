/**
 * The hidden lines that make pr-report's comment findable and orderable.
 *
 * Line 1 of every comment pr-report writes is the marker `<!-- pr-report:v1 id=<id> -->`; line 2 is the
 * state `<!-- pr-report:state {"order":[…]} -->`. `order` is a monotonic version of the composed body (in a
 * workflow: [run id, run attempt]) so that concurrent writers can tell which body is newest: GitHub has no
 * compare-and-swap on comment edits, so the writer holding an older body never overwrites a newer one.
 *
 * Fragment markdown never reaches these lines verbatim: sanitizeMarkdown strips HTML comments, so a forged
 * marker inside a fragment cannot be mistaken for ours. And a marker is only trusted on a comment whose
 * author is the bot (see upsert.ts).
 */
import { UserError } from '../shared/errors.js'

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

export function stateLine(order: BodyOrder): string {
  for (const n of order) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`pr-report order must hold non-negative integers`)
  }
  return `${STATE_PREFIX}${JSON.stringify({ order })}${STATE_SUFFIX}`
}

/**
 * The order stored in a body's second line, or [] (older than anything) when absent or malformed.
 * Only called on comments already known to be the bot's.
 */
export function readOrder(body: string | null | undefined): BodyOrder {
  if (typeof body !== 'string') return []
  const lines = body.split('\n', 3)
  const line = (lines[1] ?? '').replace(/\r$/, '')
  if (!line.startsWith(STATE_PREFIX) || !line.endsWith(STATE_SUFFIX) || line.length > 400) return []
  try {
    const parsed: unknown = JSON.parse(line.slice(STATE_PREFIX.length, -STATE_SUFFIX.length))
    const order = (parsed as { order?: unknown }).order
    if (!Array.isArray(order) || order.length > 8) return []
    if (!order.every(n => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)) return []
    return order as number[]
  } catch {
    return []
  }
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
