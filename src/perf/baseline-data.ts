/**
 * The perf baseline: what a trusted default-branch run keeps of its runs for later pull requests to compare
 * against (one JSON file, `perf-baseline.json`), plus the rolling p95 history.
 *
 * Compact, size-capped data per run: each endpoint's samples sorted ascending (exact doubles, so the base's
 * pooled p95 is the same number the base run showed) while they fit the caps; beyond them the endpoint keeps
 * its count and its exact p50/p90/p95/p99 by k6's rule, which is all the verdict uses (one p95 per run), and
 * the side's percentiles are then the median of its runs' (stats.ts). Loading treats the file as untrusted:
 * unknown versions and malformed data are one clear UserError line.
 */
import { createHash } from 'node:crypto'
import { UserError } from '../shared/errors.js'
import { appendHistory, validateHistory, type HistoryPoint } from './history.js'
import {
  endpointId,
  FORMAT_IDS,
  type EndpointKey,
  type EndpointRun,
  type FormatId,
  type Percentiles,
  type RunData,
  type SplitBy
} from './model.js'
import { summarize } from './percentile.js'
import type { Failures, RunHealth, RunnerInfo } from './run-info.js'

export const PERF_BASELINE_SCHEMA = 'quality-gates/perf-baseline'
export const PERF_BASELINE_VERSION = 1
export const PERF_BASELINE_FILE = 'perf-baseline.json'

export interface StoreLimits {
  /** Samples kept of one endpoint in one run; more keep the exact percentiles and the count instead. */
  perSeries: number
  /** Samples kept over the whole baseline. */
  total: number
}

export const STORE_LIMITS: StoreLimits = { perSeries: 20_000, total: 500_000 }
const MAX_RUNS = 200
const MAX_ENDPOINTS = 2000
const MAX_TEXT = 300

/** One run as measured: its data, health and where it ran. */
export interface MeasuredRun {
  run: RunData
  health: RunHealth
  runner: RunnerInfo
}

export interface PerfBaseline {
  sha: string
  configHash: string
  createdAt: string
  metric: string
  split: SplitBy
  runs: MeasuredRun[]
  history: HistoryPoint[]
}

/** sha256 (first 12 hex) of what changes the numbers: the metric and the split. */
export function perfConfigHash(metric: string, split: SplitBy): string {
  const canonical = JSON.stringify({ metric, scenario: split.scenario, group: split.group, v: 1 })
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12)
}

interface StoredEndpoint {
  name: string
  scenario?: string
  group?: string
  count: number | null
  sum?: number
  /** Sorted ascending, when kept. */
  samples?: number[]
  p50?: number | null
  p90?: number | null
  p95?: number | null
  p99?: number | null
}

export function serializeBaseline(b: PerfBaseline, limits: StoreLimits = STORE_LIMITS): string {
  let budget = limits.total
  const runs = b.runs.map(({ run, health, runner }) => {
    const endpoints: StoredEndpoint[] = []
    for (const e of run.endpoints.values()) {
      const out: StoredEndpoint = { name: e.key.name, count: e.count }
      if (e.key.scenario !== undefined) out.scenario = e.key.scenario
      if (e.key.group !== undefined) out.group = e.key.group
      if (e.samples !== null && e.samples.length <= limits.perSeries && e.samples.length <= budget) {
        budget -= e.samples.length
        out.samples = Array.from(e.samples)
        if (e.sum !== null) out.sum = e.sum
      } else {
        const p: Percentiles | null = e.samples !== null ? summarize(e.samples) : e.precomputed
        Object.assign(out, {
          p50: p?.p50 ?? null,
          p90: p?.p90 ?? null,
          p95: p?.p95 ?? null,
          p99: p?.p99 ?? null
        })
      }
      endpoints.push(out)
    }
    return { source: run.source, format: run.format, metric: run.metric, runner, health, endpoints }
  })
  return JSON.stringify({
    schema: PERF_BASELINE_SCHEMA,
    version: PERF_BASELINE_VERSION,
    sha: b.sha,
    configHash: b.configHash,
    createdAt: b.createdAt,
    metric: b.metric,
    split: b.split,
    history: b.history,
    runs
  })
}

/** Whether a parsed JSON document claims to be a perf baseline (then parseBaseline judges it). */
export function isPerfBaseline(doc: unknown): boolean {
  return (
    typeof doc === 'object' && doc !== null && (doc as { schema?: unknown }).schema === PERF_BASELINE_SCHEMA
  )
}

/** Parse and validate a baseline's JSON text. Throws a UserError naming `source`. */
export function parseBaseline(text: string, source: string): PerfBaseline {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new UserError(
      `${source}: not a valid perf baseline: not JSON (${(e as Error).message.slice(0, 100)})`
    )
  }
  return baselineFrom(doc, source)
}

export function baselineFrom(doc: unknown, source: string): PerfBaseline {
  const fail = (what: string): never => {
    throw new UserError(`${source}: not a valid perf baseline: ${what}`)
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return fail('expected a JSON object')
  const o = doc as Record<string, unknown>
  if (o.schema !== PERF_BASELINE_SCHEMA) return fail(`"schema" must be "${PERF_BASELINE_SCHEMA}"`)
  if (o.version !== PERF_BASELINE_VERSION)
    fail(
      `unsupported version ${String(JSON.stringify(o.version)).slice(0, 20)} (this release reads version ${PERF_BASELINE_VERSION}; refresh the baseline)`
    )
  if (typeof o.sha !== 'string' || !/^([0-9a-f]{7,64}|local)$/.test(o.sha))
    fail('"sha" must be a hex commit id')
  if (typeof o.configHash !== 'string' || !/^[0-9a-f]{1,64}$/.test(o.configHash))
    fail('"configHash" must be hex')
  if (typeof o.createdAt !== 'string' || o.createdAt.length > 40 || Number.isNaN(Date.parse(o.createdAt)))
    fail('"createdAt" must be an ISO date')
  if (typeof o.metric !== 'string' || o.metric === '' || o.metric.length > MAX_TEXT)
    fail('"metric" must be a name')
  const split = o.split as Record<string, unknown> | undefined
  if (typeof split?.scenario !== 'boolean' || typeof split.group !== 'boolean')
    fail('"split" must be {scenario, group} booleans')
  const history = validateHistory(o.history ?? [], source)
  if (!Array.isArray(o.runs) || o.runs.length === 0 || o.runs.length > MAX_RUNS)
    return fail(`"runs" must be an array of 1-${MAX_RUNS} runs`)
  const runs = o.runs.map((r: unknown, i: number) => runFrom(r, `run ${i}`, fail))
  return {
    sha: o.sha as string,
    configHash: o.configHash as string,
    createdAt: o.createdAt as string,
    metric: o.metric as string,
    split: { scenario: split?.scenario as boolean, group: split?.group as boolean },
    runs,
    history
  }
}

function text(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

function isMs(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0
}

function failuresFrom(v: unknown, bad: (w: string) => never): Failures | null {
  if (v === null || v === undefined) return null
  const f = v as Record<string, unknown>
  if (!isCount(f.failed) || !isCount(f.total) || f.failed > f.total) bad('failures must be {failed ≤ total}')
  return { failed: f.failed as number, total: f.total as number }
}

function runFrom(raw: unknown, where: string, fail: (what: string) => never): MeasuredRun {
  const bad = (what: string): never => fail(`${where}: ${what}`)
  if (typeof raw !== 'object' || raw === null) return bad('must be an object')
  const r = raw as Record<string, unknown>
  if (!text(r.source, 4096)) bad('"source" must be a string')
  if (!(FORMAT_IDS as readonly string[]).includes(r.format as string)) bad('"format" is not a known format')
  if (!text(r.metric)) bad('"metric" must be a string')
  const runnerRaw = (r.runner ?? {}) as Record<string, unknown>
  const runner: RunnerInfo = {}
  for (const k of ['image', 'cpu', 'toolVersion'] as const) {
    const v = runnerRaw[k]
    if (v === undefined) continue
    if (!text(v)) bad(`runner.${k} must be a short string`)
    runner[k] = v as string
  }
  const healthRaw = (r.health ?? {}) as Record<string, unknown>
  const byEndpoint: Record<string, Failures> = {}
  if (healthRaw.byEndpoint !== undefined) {
    const entries = Object.entries((healthRaw.byEndpoint ?? {}) as Record<string, unknown>)
    if (entries.length > MAX_ENDPOINTS) bad('too many endpoints in health')
    for (const [id, f] of entries)
      byEndpoint[id.slice(0, 4 * MAX_TEXT)] = failuresFrom(f, bad) ?? { failed: 0, total: 0 }
  }
  const thresholds = healthRaw.thresholdsFailed ?? []
  if (!Array.isArray(thresholds) || thresholds.length > 50 || !thresholds.every(t => text(t)))
    bad('health.thresholdsFailed must be a short list of strings')
  const dropped = healthRaw.dropped ?? null
  if (dropped !== null && !isCount(dropped)) bad('health.dropped must be a count')
  const health: RunHealth = {
    errors: failuresFrom(healthRaw.errors, bad),
    byEndpoint,
    dropped: dropped as number | null,
    thresholdsFailed: thresholds as string[]
  }
  if (!Array.isArray(r.endpoints) || r.endpoints.length > MAX_ENDPOINTS)
    bad(`"endpoints" must be an array of at most ${MAX_ENDPOINTS}`)
  const endpoints = new Map<string, EndpointRun>()
  for (const [j, rawE] of (r.endpoints as unknown[]).entries()) {
    const badE = (what: string): never => bad(`endpoint ${j}: ${what}`)
    if (typeof rawE !== 'object' || rawE === null) return badE('must be an object')
    const e = rawE as Record<string, unknown>
    if (!text(e.name, 4096) || e.name === '') badE('"name" must be a non-empty string')
    const key: EndpointKey = { name: e.name as string }
    for (const k of ['scenario', 'group'] as const) {
      if (e[k] === undefined) continue
      if (!text(e[k], 4096)) badE(`"${k}" must be a string`)
      key[k] = e[k] as string
    }
    const id = endpointId(key)
    if (endpoints.has(id)) badE('appears twice')
    if (e.count !== null && !isCount(e.count)) badE('"count" must be a count or null')
    if (Array.isArray(e.samples)) {
      if (!e.samples.every(isMs)) badE('"samples" must be numbers ≥ 0')
      if (e.count !== e.samples.length) badE('"count" must equal the number of samples')
      if (e.sum !== undefined && !isMs(e.sum)) badE('"sum" must be a number ≥ 0')
      const samples = Float64Array.from(e.samples as number[]).sort()
      endpoints.set(id, {
        key,
        count: samples.length,
        samples,
        sum: (e.sum as number | undefined) ?? null,
        precomputed: null
      })
    } else {
      const p = (k: 'p50' | 'p90' | 'p95' | 'p99'): number | null => {
        const v = e[k]
        if (v === null || v === undefined) return null
        if (!isMs(v)) badE(`"${k}" must be a number ≥ 0`)
        return v as number
      }
      endpoints.set(id, {
        key,
        count: (e.count as number | null) ?? null,
        samples: null,
        sum: null,
        precomputed: { p50: p('p50'), p90: p('p90'), p95: p('p95'), p99: p('p99') }
      })
    }
  }
  return {
    run: {
      source: r.source as string,
      format: r.format as FormatId,
      metric: r.metric as string,
      endpoints,
      notices: []
    },
    health,
    runner
  }
}

/** This run as the next baseline: its runs, and the history carried forward with this commit's point added. */
export function nextBaseline(
  from: Omit<PerfBaseline, 'history'>,
  history: HistoryPoint[],
  point: HistoryPoint
): PerfBaseline {
  return { ...from, history: appendHistory(history, point) }
}
