/**
 * The coverage trend: a rolling window of default-branch points kept inside the baseline artifact
 * (each new baseline carries the previous one's window plus itself). Counts are exact integers.
 */
import { UserError } from '../shared/errors.js'
import { percentOf, truncDecimal, type Fraction } from '../shared/ratio.js'
import type { Ratio } from './model.js'

export const TREND_WINDOW = 50

export interface TrendPoint {
  sha: string
  /** ISO 8601 date of the commit or run. */
  date: string
  lines: Ratio
}

/** Add (or replace, by sha) a point and keep the newest `max`, oldest first. */
export function appendTrend(trend: TrendPoint[], point: TrendPoint, max = TREND_WINDOW): TrendPoint[] {
  const rest = trend.filter(p => p.sha !== point.sha)
  rest.push(point)
  return rest.slice(Math.max(0, rest.length - max))
}

/** Validate an untrusted trend array; throws a UserError naming `source` and the first bad point. */
export function validateTrend(value: unknown, source: string, max = 1000): TrendPoint[] {
  if (!Array.isArray(value)) throw new UserError(`${source}: "trend" must be an array`)
  if (value.length > max) throw new UserError(`${source}: "trend" has more than ${max} points`)
  return value.map((p: unknown, i) => {
    const bad = (what: string): never => {
      throw new UserError(`${source}: trend point ${i}: ${what}`)
    }
    if (typeof p !== 'object' || p === null) return bad('must be an object')
    const o = p as Record<string, unknown>
    if (typeof o.sha !== 'string' || !/^[0-9a-f]{7,64}$/.test(o.sha)) bad('"sha" must be a hex commit id')
    if (typeof o.date !== 'string' || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date')
    const lines = o.lines as Record<string, unknown> | undefined
    const covered = lines?.covered
    const total = lines?.total
    if (!isCount(covered) || !isCount(total) || covered > total)
      bad('"lines" must be {covered, total} with integers 0 ≤ covered ≤ total')
    return { sha: o.sha as string, date: o.date as string, lines: { covered: covered as number, total: total as number } }
  })
}

/** Labels (short shas) and line-coverage percentages (2 decimals, rounded down) for a chart. */
export function trendSeries(trend: TrendPoint[]): { labels: string[]; values: number[] } {
  const points = trend.filter(p => p.lines.total > 0)
  return {
    labels: points.map(p => p.sha.slice(0, 7)),
    values: points.map(p => Number(truncDecimal(percentOf(p.lines) as Fraction, 2)))
  }
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}
