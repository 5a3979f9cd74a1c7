/**
 * The perf history: a rolling window of default-branch points kept inside the baseline (each new baseline
 * carries the previous one's window plus itself, as coverage keeps its trend). A point is one commit's p95 per
 * endpoint (its runs pooled, k6's rule), in milliseconds. Loading treats the window as untrusted input.
 */
import { UserError } from '../shared/errors.js'

export const HISTORY_WINDOW = 30
/** Endpoints kept per point (the first by label; more would not fit a chart anyway). */
export const HISTORY_ENDPOINTS = 50
const MAX_LABEL = 300

export interface HistoryPoint {
  sha: string
  /** ISO 8601 date of the run. */
  date: string
  /** endpoint label → p95 in ms. */
  p95: Record<string, number>
}

/** Add (or replace, by sha) a point and keep the newest `max`, oldest first. */
export function appendHistory(
  history: HistoryPoint[],
  point: HistoryPoint,
  max = HISTORY_WINDOW
): HistoryPoint[] {
  const rest = history.filter(p => p.sha !== point.sha)
  rest.push(point)
  return rest.slice(Math.max(0, rest.length - max))
}

/** Validate an untrusted history array; throws a UserError naming `source` and the first bad point. */
export function validateHistory(value: unknown, source: string, max = 1000): HistoryPoint[] {
  if (!Array.isArray(value)) throw new UserError(`${source}: "history" must be an array`)
  if (value.length > max) throw new UserError(`${source}: "history" has more than ${max} points`)
  return value.map((p: unknown, i) => {
    const bad = (what: string): never => {
      throw new UserError(`${source}: history point ${i}: ${what}`)
    }
    if (typeof p !== 'object' || p === null || Array.isArray(p)) return bad('must be an object')
    const o = p as Record<string, unknown>
    if (typeof o.sha !== 'string' || !/^[0-9a-f]{7,64}$/.test(o.sha)) bad('"sha" must be a hex commit id')
    if (typeof o.date !== 'string' || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date')
    if (typeof o.p95 !== 'object' || o.p95 === null || Array.isArray(o.p95))
      return bad('"p95" must be an object of endpoint → ms')
    const entries = Object.entries(o.p95 as Record<string, unknown>)
    if (entries.length > HISTORY_ENDPOINTS) bad(`"p95" has more than ${HISTORY_ENDPOINTS} endpoints`)
    const p95: Record<string, number> = {}
    for (const [label, v] of entries) {
      if (label.length > MAX_LABEL) bad('an endpoint label is too long')
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(`p95 of an endpoint is not a number ≥ 0`)
      p95[label] = v as number
    }
    return { sha: o.sha as string, date: o.date as string, p95 }
  })
}

/** The point of one run: the endpoints' pooled p95s (at most HISTORY_ENDPOINTS, by label). */
export function historyPoint(sha: string, date: string, p95s: [string, number | null][]): HistoryPoint {
  const p95: Record<string, number> = {}
  const kept = p95s
    .filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, HISTORY_ENDPOINTS)
  for (const [label, v] of kept) p95[label.slice(0, MAX_LABEL)] = v
  return { sha, date, p95 }
}

/**
 * Chart series for the endpoints named in `labels` that the latest point has: x = short shas, one value per x
 * label, null where that commit has no p95 of the endpoint (added later, renamed back, or past the
 * per-point cap). An endpoint the latest point lacks is gone from the default branch and is left out.
 */
export function historySeries(
  history: HistoryPoint[],
  labels: string[]
): { x: string[]; lines: { label: string; values: (number | null)[] }[] } {
  const x = history.map(p => p.sha.slice(0, 7))
  const latest = history.at(-1)
  const lines = labels
    .filter(l => latest !== undefined && Object.hasOwn(latest.p95, l))
    .map(label => ({
      label,
      values: history.map(p => (Object.hasOwn(p.p95, label) ? (p.p95[label] as number) : null))
    }))
  return { x, lines }
}

/**
 * A line without gaps for a chart that cannot draw one (mermaid's xychart needs a value per x label): interior
 * gaps bridged straight between their neighbours, leading and trailing ones held at the nearest value. The
 * caller says how many points were measured, so the bridge is never mistaken for data.
 */
export function bridgeGaps(values: readonly (number | null)[]): number[] {
  const known = values.flatMap((v, i) => (v === null ? [] : [i]))
  if (known.length === 0) return values.map(() => 0)
  const first = known[0] as number
  const last = known[known.length - 1] as number
  const out: number[] = []
  let prev = first
  let k = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v !== null && v !== undefined) {
      out.push(v)
      prev = i
      k++
      continue
    }
    if (i < first) out.push(values[first] as number)
    else if (i > last) out.push(values[last] as number)
    else {
      const next = known[k] as number
      const a = values[prev] as number
      const b = values[next] as number
      out.push(a + ((b - a) * (i - prev)) / (next - prev))
    }
  }
  return out
}
