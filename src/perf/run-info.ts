/**
 * What a run says besides its latencies, read so that a verdict on p95 is never read alone:
 * - health: failed requests (k6 `http_req_failed`, autocannon errors + timeouts + non-2xx), per endpoint when
 *   the source has it, and k6 `dropped_iterations` (a faster p95 made of errors or of requests never sent is
 *   not a win);
 * - k6 thresholds that failed (the summary's own verdict: an SLO, reported apart from the regression verdict);
 * - where it ran: runner image, CPU model, tool version (a base and a head measured on different machines or
 *   k6 versions are compared with a warning, not silently).
 *
 * For k6 NDJSON the health comes from the ingestion pass itself (k6-ndjson.ts collects it while parsing, so the
 * file is read once); summaries and other tools' documents are small and read whole (under the same size cap as
 * the loaders).
 */
import { cpus } from 'node:os'
import { UserError } from '../shared/errors.js'
import { readDocument, readHead } from './input.js'
import { readK6Ndjson } from './k6-ndjson.js'
import type { Failures, FormatId, LoadOptions, RunData } from './model.js'

export type { Failures } from './model.js'

export interface RunHealth {
  /** All requests of the run; null when the source does not say. */
  errors: Failures | null
  /** Per endpoint id (model.ts endpointId), when the source has per-request tags (k6 NDJSON). */
  byEndpoint: Record<string, Failures>
  /** k6 dropped_iterations in the run; null when the source does not say. */
  dropped: number | null
  /** k6 thresholds that failed, as "metric: expression" (from a summary). */
  thresholdsFailed: string[]
}

export interface RunnerInfo {
  /** ImageOS and ImageVersion of a GitHub-hosted runner (e.g. ubuntu24 20260105.1). */
  image?: string
  cpu?: string
  /** The load tool's version when the results state it (e.g. k6 v1.4.2). */
  toolVersion?: string
}

const MAX_THRESHOLDS = 50
const MAX_TEXT = 200

const short = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s)

export function emptyHealth(): RunHealth {
  return { errors: null, byEndpoint: {}, dropped: null, thresholdsFailed: [] }
}

/** The machine this process runs on: the runner image (GitHub's ImageOS / ImageVersion) and the CPU model. */
export function thisRunner(env: NodeJS.ProcessEnv): RunnerInfo {
  const image = [env.ImageOS, env.ImageVersion].filter(v => typeof v === 'string' && v !== '').join(' ')
  const cpu = cpus()[0]?.model?.trim()
  return { ...(image ? { image: short(image) } : {}), ...(cpu ? { cpu: short(cpu) } : {}) }
}

/** `"k6Version": "v1.4.2"` or `"k6_version"` near the start of a result file (k6 tooling writes it there). */
const K6_VERSION = /"k6[_-]?[vV]ersion"\s*:\s*"(v?\d{1,4}\.\d{1,4}\.\d{1,4}[0-9A-Za-z.+-]{0,40})"/

/** The load tool's version, when the first 64 KiB of the file state it. */
export async function toolVersionOf(path: string, label: string): Promise<string | undefined> {
  const { text } = await readHead(path, label)
  return K6_VERSION.exec(text)?.[1]
}

/**
 * Failed requests, dropped iterations and failed thresholds of one result file of `format`. `run`: the file as
 * loaded; for k6 NDJSON its health was collected while loading, so the file is not read again (without it, the
 * file is ingested here).
 */
export async function readHealth(
  path: string,
  label: string,
  format: FormatId,
  options: LoadOptions,
  run?: RunData
): Promise<RunHealth> {
  if (format === 'k6-ndjson') {
    const stream = (run?.health ? run : await readK6Ndjson(path, label, options)).health
    return { ...emptyHealth(), ...stream }
  }
  if (format === 'autocannon') return autocannonHealth(await readJson(path, label, options))
  if (format === 'k6-summary-export' || format === 'k6-handle-summary' || format === 'k6-machine-summary')
    return k6SummaryHealth(await readJson(path, label, options), format)
  return emptyHealth()
}

async function readJson(path: string, label: string, options: LoadOptions): Promise<unknown> {
  try {
    return JSON.parse(await readDocument(path, label, options.limits))
  } catch (e) {
    if (e instanceof UserError) throw e
    return null // the loader already read this document as JSON; nothing more to say here
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function count(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null
}

function autocannonHealth(doc: unknown): RunHealth {
  const h = emptyHealth()
  if (!isObj(doc)) return h
  const total = isObj(doc.requests) ? count(doc.requests.total) : null
  const bad = [doc.errors, doc.timeouts, doc.non2xx].map(count)
  if (total !== null && bad.every(b => b !== null)) {
    const failed = (bad as number[]).reduce((a, b) => a + b, 0)
    h.errors = { failed, total: Math.max(total, failed) }
  }
  return h
}

/** A k6 summary's metrics as name → {values, thresholds}, whichever of the three layouts it has. */
function summaryMetrics(
  doc: unknown,
  format: FormatId
): Map<string, { values: unknown; thresholds: unknown }> {
  const out = new Map<string, { values: unknown; thresholds: unknown }>()
  if (!isObj(doc)) return out
  if (format === 'k6-machine-summary') {
    const results = doc.results
    if (!isObj(results) || !Array.isArray(results.metrics)) return out
    for (const m of results.metrics.slice(0, 10_000))
      if (isObj(m) && typeof m.name === 'string')
        out.set(m.name, { values: m.values, thresholds: m.thresholds })
    return out
  }
  if (!isObj(doc.metrics)) return out
  for (const [name, m] of Object.entries(doc.metrics).slice(0, 10_000)) {
    if (!isObj(m)) continue
    out.set(name, { values: format === 'k6-handle-summary' ? m.values : m, thresholds: m.thresholds })
  }
  return out
}

function k6SummaryHealth(doc: unknown, format: FormatId): RunHealth {
  const h = emptyHealth()
  const metrics = summaryMetrics(doc, format)
  const failed = metrics.get('http_req_failed')?.values
  if (isObj(failed)) {
    // A k6 Rate counts non-zero values as "passes": for http_req_failed those are the failed requests.
    const passes = count(failed.passes)
    const fails = count(failed.fails)
    if (passes !== null && fails !== null) h.errors = { failed: passes, total: passes + fails }
  }
  const dropped = metrics.get('dropped_iterations')?.values
  if (isObj(dropped)) h.dropped = count(dropped.count)
  for (const [name, m] of metrics) {
    if (!isObj(m.thresholds)) continue
    for (const [expr, t] of Object.entries(m.thresholds)) {
      // legacy --summary-export: true = the threshold failed; handleSummary / 1.0.0: {ok: false}
      const broke = format === 'k6-summary-export' ? t === true : isObj(t) && t.ok === false
      if (broke && h.thresholdsFailed.length < MAX_THRESHOLDS)
        h.thresholdsFailed.push(short(`${name}: ${expr}`))
    }
  }
  return h
}
