/**
 * The perf gate's data model: what one results or baseline file (one run) contributes, per endpoint.
 *
 * A run holds, per endpoint, either the raw samples of the chosen metric (k6 `--out json`, hyperfine `times`,
 * pytest-benchmark `data`, Go `-bench` lines, generic JSON `samples`) or percentiles the tool computed itself
 * (k6 summaries, autocannon, generic JSON marked `"precomputed": true`). Samples are in milliseconds.
 *
 * What a pre-computed run allows: its own p50/p90/p95/p99 as that run's values, so the run-level statistics
 * (which only ever use one p95 per run) still work when it states its sample count. It can never be pooled
 * with other runs (the side's pooled percentiles stay null; the side shows the median of its runs' values),
 * and a run without a count cannot pass the minimum-sample guard, so its endpoints are "inconclusive".
 */

/** How one endpoint is identified: the k6 `name` tag, and the scenario / group when the split asks for them. */
export interface EndpointKey {
  name: string
  scenario?: string
  group?: string
}

export interface Percentiles {
  p50: number | null
  p90: number | null
  p95: number | null
  p99: number | null
}

/** One endpoint in one run. `samples` is set for raw data (sorted ascending once the run is complete). */
export interface EndpointRun {
  key: EndpointKey
  /** Number of samples behind the numbers; null when a pre-computed source does not say. */
  count: number | null
  samples: Float64Array | null
  /** Sum of the samples in arrival order (k6 adds them as they come, so its avg depends on that order). */
  sum: number | null
  /** For pre-computed runs only: the percentiles as the tool reported them. */
  precomputed: Percentiles | null
}

/** Every input format the perf gate reads. */
export const FORMAT_IDS = [
  'k6-ndjson',
  'k6-summary-export',
  'k6-handle-summary',
  'k6-machine-summary',
  'autocannon',
  'hyperfine',
  'go-bench',
  'pytest-benchmark',
  'generic'
] as const
export type FormatId = (typeof FORMAT_IDS)[number]

/** Requests of a run: how many failed of how many. */
export interface Failures {
  failed: number
  total: number
}

/** What a k6 `--out json` stream says about the run's health, collected in the same pass as the samples. */
export interface StreamHealth {
  /** All `http_req_failed` points of the run; null when there are none. */
  errors: Failures | null
  /** Per endpoint id (endpointId), split as the samples are. */
  byEndpoint: Record<string, Failures>
  /** Sum of `dropped_iterations` points; null when there are none. */
  dropped: number | null
}

export interface RunData {
  /** The file as the user named it (for messages). */
  source: string
  format: FormatId
  metric: string
  endpoints: Map<string, EndpointRun>
  /** Things the user should know about this file (truncated last line, missing p95, …); one line each. */
  notices: string[]
  /** k6 NDJSON only: failed requests and dropped iterations, read in the ingestion pass. */
  health?: StreamHealth
}

/** Which tags split an endpoint further. */
export interface SplitBy {
  scenario: boolean
  group: boolean
}

/** Caps on untrusted input; every one stops with a UserError naming the file, never a silently cut result. */
export interface Limits {
  /** Longest NDJSON line, in bytes (k6 writes ~300). */
  maxLineBytes: number
  /** Samples kept per file, over all endpoints: memory is bounded by this, not by the file size. */
  maxSamples: number
  /** Distinct endpoints per file (a `name` tag left at a dynamic URL explodes this). */
  maxEndpoints: number
  /** Decompressed / compressed bytes of a .gz file, checked once `gzipRatioAfterBytes` have come out. */
  maxGzipRatio: number
  gzipRatioAfterBytes: number
  /** Largest whole-file JSON or text report (summaries, other tools), in bytes, after decompression. */
  maxDocumentBytes: number
}

export const DEFAULT_LIMITS: Limits = {
  maxLineBytes: 1 << 20,
  maxSamples: 20_000_000,
  maxEndpoints: 2000,
  maxGzipRatio: 250,
  gzipRatioAfterBytes: 16 << 20,
  maxDocumentBytes: 256 << 20
}

export interface LoadOptions {
  /** The k6 metric whose samples count (default http_req_duration). */
  metric: string
  split: SplitBy
  limits: Limits
}

export const DEFAULT_METRIC = 'http_req_duration'

export function defaultLoadOptions(over: Partial<LoadOptions> = {}): LoadOptions {
  return {
    metric: over.metric ?? DEFAULT_METRIC,
    split: over.split ?? { scenario: false, group: false },
    limits: { ...DEFAULT_LIMITS, ...over.limits }
  }
}

/** Endpoint used when a source has one series for the whole metric (no per-request names). */
export const ALL_ENDPOINTS = '(all)'
/** Endpoint of k6 points that carry neither a `name` nor a `url` tag. */
export const NO_NAME = '(no name)'

/** A stable map key for an endpoint (NUL cannot occur in a JSON-decoded tag we keep: see keyOf callers). */
export function endpointId(key: EndpointKey): string {
  return JSON.stringify([key.name, key.scenario ?? null, key.group ?? null])
}

/** "name", "name [scenario]", "name [scenario / ::group]" for messages and tables. */
export function endpointLabel(key: EndpointKey): string {
  const extra = [key.scenario, key.group].filter((v): v is string => v !== undefined)
  return extra.length ? `${key.name} [${extra.join(' / ')}]` : key.name
}
