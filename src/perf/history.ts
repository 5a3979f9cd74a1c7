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
 * Chart series for the endpoints named in `labels`: x = short shas, one line per endpoint with a value at every
 * point (points where an endpoint is missing are left out of the whole chart for that endpoint's line, so every
 * line has one value per x label: endpoints missing anywhere in the window are dropped from the chart).
 */
export function historySeries(
  history: HistoryPoint[],
  labels: string[]
): { x: string[]; lines: { label: string; values: number[] }[] } {
  const x = history.map(p => p.sha.slice(0, 7))
  const lines = labels
    .filter(l => history.every(p => Object.hasOwn(p.p95, l)))
    .map(label => ({ label, values: history.map(p => p.p95[label] as number) }))
  return { x, lines }
}
