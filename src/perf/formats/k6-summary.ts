/**
 * k6's end-of-test summaries, all pre-computed by k6 (no samples): the legacy `--summary-export`
 * (`metrics[name] = {avg, min, med, max, "p(90)", "p(95)", thresholds?}`), the `handleSummary(data)` JSON
 * (`metrics[name] = {type, contains, values: {…}}`) and the machine-readable summary 1.0.0
 * (`results.metrics[] = {name, type, contains, values}`).
 *
 * Per-endpoint numbers exist only as sub-metrics a threshold named, `<metric>{name:<endpoint>}`; when there
 * are such sub-metrics each is an endpoint, otherwise the whole metric is the one endpoint "(all)". Trend
 * values carry p(99) and count only when the script's summaryTrendStats asked for them; without a count the
 * minimum-sample guard cannot be met (see model.ts).
 */
import { UserError } from '../../shared/errors.js'
import { SampleCollector } from '../collect.js'
import { ALL_ENDPOINTS, type FormatId, type LoadOptions, type Percentiles, type RunData } from '../model.js'

type Values = Record<string, unknown>

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

function percentilesOf(values: Values): Percentiles {
  return {
    p50: num(values.med) ?? num(values['p(50)']),
    p90: num(values['p(90)']),
    p95: num(values['p(95)']),
    p99: num(values['p(99)'])
  }
}

function countOf(values: Values): number | null {
  const c = num(values.count)
  return c !== null && Number.isInteger(c) && c >= 0 ? c : null
}

/** Which k6 summary a parsed JSON document is, or null. */
export function detectK6Summary(doc: unknown): FormatId | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null
  const d = doc as Record<string, unknown>
  const results = d.results as Record<string, unknown> | undefined
  if (
    typeof d.version === 'string' &&
    typeof results === 'object' &&
    results !== null &&
    Array.isArray(results.metrics)
  )
    return 'k6-machine-summary'
  const metrics = d.metrics
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) return null
  const first = Object.values(metrics)[0] as Record<string, unknown> | undefined
  if (first !== undefined && typeof first === 'object' && first !== null && typeof first.values === 'object')
    return 'k6-handle-summary'
  if ('root_group' in d || first !== undefined) return 'k6-summary-export'
  return null
}

export function parseK6Summary(
  doc: unknown,
  format: FormatId,
  source: string,
  options: LoadOptions
): RunData {
  const d = doc as Record<string, unknown>
  const series = new Map<string, Values>()
  const metricType = new Map<string, string>()
  const add = (name: unknown, type: unknown, values: unknown) => {
    if (typeof name !== 'string' || typeof values !== 'object' || values === null) return
    series.set(name, values as Values)
    if (typeof type === 'string') metricType.set(name, type)
  }
  if (format === 'k6-machine-summary') {
    for (const m of (d.results as { metrics: unknown[] }).metrics) {
      const mm = (m ?? {}) as Record<string, unknown>
      add(mm.name, mm.type, mm.values)
    }
  } else {
    for (const [name, m] of Object.entries(d.metrics as Record<string, unknown>)) {
      const mm = (m ?? {}) as Record<string, unknown>
      if (format === 'k6-handle-summary') add(name, mm.type, mm.values)
      else add(name, undefined, mm)
    }
  }
  const metric = options.metric
  const whole = series.get(metric)
  const type = metricType.get(metric)
  if (type !== undefined && type !== 'trend') {
    throw new UserError(
      `${source}: metric "${metric}" is a ${type}, not a trend; percentiles need a trend metric`
    )
  }
  const collector = new SampleCollector(source, options.limits)
  const notices: string[] = []
  const prefix = `${metric}{name:`
  for (const [name, values] of series) {
    if (!name.startsWith(prefix) || !name.endsWith('}')) continue
    collector.addPrecomputed({ name: name.slice(prefix.length, -1) }, percentilesOf(values), countOf(values))
  }
  if (collector.endpointCount === 0) {
    if (whole === undefined) {
      throw new UserError(
        `${source}: no trend "${metric}" in this k6 summary (metrics: ${[...series.keys()].slice(0, 20).join(', ') || 'none'})`
      )
    }
    collector.addPrecomputed({ name: ALL_ENDPOINTS }, percentilesOf(whole), countOf(whole))
    notices.push(
      `${source}: k6 summary without ${metric}{name:…} sub-metrics; the whole metric is one endpoint "${ALL_ENDPOINTS}" (per-endpoint numbers need --out json)`
    )
  }
  if (options.split.scenario || options.split.group) {
    notices.push(`${source}: a k6 summary has no per-scenario or per-group numbers; endpoints are not split`)
  }
  const endpoints = collector.finish()
  const p95Missing = [...endpoints.values()].some(e => e.precomputed?.p95 === null)
  if (p95Missing)
    notices.push(`${source}: no p(95) in this summary (summaryTrendStats); such endpoints stay inconclusive`)
  return { source, format, metric, endpoints, notices }
}
