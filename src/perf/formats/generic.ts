/**
 * The documented generic JSON, for any tool we do not read natively (one file = one run):
 *
 *   {
 *     "qualityGatesPerf": 1,
 *     "unit": "ms",                      // or "s", "us", "ns"; default "ms"
 *     "endpoints": [
 *       { "name": "GET /users", "scenario": "smoke", "group": "::login", "samples": [12.5, 13.1, 11.9] },
 *       { "name": "GET /items", "precomputed": true, "count": 1200, "p50": 10, "p90": 18, "p95": 22, "p99": 40 }
 *     ]
 *   }
 *
 * `samples` are per-request (or per-iteration) values: pooled across runs, percentiles by k6's rule.
 * Percentiles a tool already computed must say so with `"precomputed": true` (they can never be pooled, and
 * the minimum-sample guard needs `count`: see model.ts). `scenario` / `group` count only when the split asks.
 */
import { UserError } from '../../shared/errors.js'
import { SampleCollector } from '../collect.js'
import type { EndpointKey, LoadOptions, RunData } from '../model.js'

const UNIT_TO_MS: Record<string, number> = { ms: 1, s: 1000, us: 1e-3, ns: 1e-6 }
const PERCENTILE_KEYS = ['p50', 'p90', 'p95', 'p99'] as const

export function isGeneric(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && 'qualityGatesPerf' in doc
}

export function parseGeneric(doc: Record<string, unknown>, source: string, options: LoadOptions): RunData {
  if (doc.qualityGatesPerf !== 1) throw new UserError(`${source}: qualityGatesPerf must be 1`)
  const unit = doc.unit ?? 'ms'
  const toMs = typeof unit === 'string' ? UNIT_TO_MS[unit] : undefined
  if (toMs === undefined) throw new UserError(`${source}: unit must be one of ms, s, us, ns`)
  if (!Array.isArray(doc.endpoints)) throw new UserError(`${source}: "endpoints" must be an array`)
  const c = new SampleCollector(source, options.limits)
  doc.endpoints.forEach((e: unknown, i: number) => {
    const where = `${source}: endpoints[${i}]`
    if (typeof e !== 'object' || e === null) throw new UserError(`${where} is not an object`)
    const ep = e as Record<string, unknown>
    if (typeof ep.name !== 'string' || ep.name === '') throw new UserError(`${where} needs a "name"`)
    const key: EndpointKey = { name: ep.name }
    if (options.split.scenario) key.scenario = typeof ep.scenario === 'string' ? ep.scenario : ''
    if (options.split.group) key.group = typeof ep.group === 'string' ? ep.group : ''
    const hasPercentiles = PERCENTILE_KEYS.some(k => k in ep)
    if (Array.isArray(ep.samples)) {
      if (hasPercentiles || ep.precomputed === true)
        throw new UserError(`${where} has both samples and percentiles`)
      for (const v of ep.samples) {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
          throw new UserError(`${where}.samples holds a value that is not a non-negative number`)
        c.add(key, v * toMs)
      }
      return
    }
    if (!hasPercentiles) throw new UserError(`${where} has neither "samples" nor percentiles`)
    if (ep.precomputed !== true)
      throw new UserError(
        `${where} gives percentiles without "precomputed": true (say that they cannot be pooled)`
      )
    const p = (k: (typeof PERCENTILE_KEYS)[number]): number | null => {
      const v = ep[k]
      if (v === undefined || v === null) return null
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new UserError(`${where}.${k} is not a non-negative number`)
      return v * toMs
    }
    const count = ep.count
    if (count !== undefined && !(typeof count === 'number' && Number.isSafeInteger(count) && count >= 0))
      throw new UserError(`${where}.count is not a non-negative integer`)
    c.addPrecomputed(
      key,
      { p50: p('p50'), p90: p('p90'), p95: p('p95'), p99: p('p99') },
      (count as number | undefined) ?? null
    )
  })
  return {
    source,
    format: 'generic',
    metric: typeof doc.metric === 'string' ? doc.metric : 'value',
    endpoints: c.finish(),
    notices: []
  }
}
