/**
 * Base vs head per endpoint, with the run as the unit of replication (requests within one run share its
 * machine, neighbours and warm-up, so they are correlated; runs are the independent repeats).
 *
 * Method. Each run gives one p95 per endpoint (k6's rule). The effect is the Hodges–Lehmann shift between
 * the two sides' log p95s (the median of all head-vs-base differences ln h_i − ln b_j), reported as a ratio;
 * its interval is the distribution-free one that inverts the exact Mann–Whitney test:
 * [d_(k), d_(mn+1−k)] of the sorted differences, k the largest with P(U ≤ k−1) ≤ the tail level under no change.
 * Why this and not a bootstrap or a t interval: with the 3–10 runs a CI job can afford, a bootstrap over runs
 * under-covers (resampling 5 values gives a lumpy, too-narrow distribution), and a t interval on log p95
 * leans on normality that one noisy-neighbour run breaks (it shifts the mean and inflates the variance);
 * the rank interval has its stated coverage for any continuous run-to-run distribution under a shift, bounds
 * the pull of one outlying run, and needs no random numbers, so equal input gives equal output by construction.
 * Its honest price: m + n runs reach at best P = 1/C(m+n, m) per tail, so too few runs give "inconclusive"
 * with the number of runs that would do, instead of a verdict the data cannot carry.
 *
 * False alarms across endpoints: each tail of each interval has level α/E, α = 1 − confidence and E the
 * number of endpoints that reach the interval stage (Bonferroni on the one-sided bounds). A regression needs
 * the lower bound above 1, so the chance that ANY endpoint of an unchanged service is called a regression is
 * at most α, whatever the dependence between endpoints (those of one run share its run effect); the same
 * holds separately for improvements. The interval shown is therefore two-sided at 1 − 2α/E. Holm's step-down
 * would reject more but gives no simultaneous intervals to show; Benjamini–Hochberg bounds the share of false
 * alarms among alarms, not the chance of blocking a clean PR, which is what a required check must bound.
 *
 * Verdicts: regression = interval above 1 AND estimate ≥ 1 + threshold-pct AND estimated Δ ≥ threshold-ms;
 * improvement = the mirror image; unchanged = no value in the interval is beyond both floors either way;
 * inconclusive otherwise, or when a run has fewer samples than min-samples ("insufficient data"), a count is
 * unknown, a p95 is missing or the runs cannot reach the level; new / removed when one side lacks it.
 * An improvement can never be a regression: that needs the whole interval above 1.
 */
import { pooledSorted, summarize } from './percentile.js'
import { endpointLabel, type EndpointKey, type EndpointRun, type RunData } from './model.js'

export type Verdict = 'regression' | 'improvement' | 'unchanged' | 'inconclusive' | 'new' | 'removed'

export interface CompareOptions {
  /** Relative floor, percent (a regression must be at least this much slower). */
  thresholdPct: number
  /** Absolute floor, milliseconds of p95. */
  thresholdMs: number
  /** Minimum samples of an endpoint in every run of both sides. */
  minSamples: number
  /** Family-wise confidence across the endpoints of one comparison. */
  confidence: number
}

export const DEFAULT_COMPARE: CompareOptions = {
  thresholdPct: 10,
  thresholdMs: 5,
  minSamples: 200,
  confidence: 0.95
}

export interface SideSummary {
  runs: number
  /** Samples over all runs; null when a pre-computed run does not state its count. */
  count: number | null
  /** True when the percentiles below come from all samples pooled (k6's rule); false: median of the runs'. */
  pooled: boolean
  p50: number | null
  p90: number | null
  p95: number | null
  p99: number | null
  perRun: { source: string; count: number | null; p95: number | null }[]
}

export interface EndpointComparison {
  key: EndpointKey
  label: string
  base: SideSummary | null
  head: SideSummary | null
  /** head/base p95 ratio (Hodges–Lehmann over runs); null without a verdict-grade comparison. */
  ratio: number | null
  interval: [number, number] | null
  /** Estimated p95 change in ms (base p95 × (ratio − 1)). */
  deltaMs: number | null
  verdict: Verdict
  reason: string
  /** Inconclusive only because the runs cannot reach the interval level over this many endpoints. */
  tooFewRuns: boolean
}

export interface Comparison {
  endpoints: EndpointComparison[]
  /** Endpoints that reached the interval stage (the Bonferroni family). */
  family: number
  /** Two-sided confidence of each interval (each tail at (1 − confidence)/family). */
  intervalLevel: number
  /** Endpoints inconclusive for lack of runs (reported once, not per endpoint), and the runs per side they need. */
  shortOfRuns: { endpoints: number; runsPerSide: number } | null
  options: CompareOptions
}

const MAX_RUNS_PER_SIDE = 200

// ---------------------------------------------------------------------------------------------------------
// Exact Mann–Whitney null distribution

const cdfCache = new Map<string, Float64Array>()

/**
 * P(U ≤ u) for u = 0 … m·n under H0 (no ties), U = number of (head, base) pairs with head < base.
 * Recursion on the largest observation: p(u; m, n) = m/(m+n)·p(u − n; m − 1, n) + n/(m+n)·p(u; m, n − 1).
 */
export function mannWhitneyCdf(m: number, n: number): Float64Array {
  const id = `${m},${n}`
  const hit = cdfCache.get(id)
  if (hit !== undefined) return hit
  // prev[j] = pmf for (i − 1, j); built row by row over i = 0 … m
  let prev: Float64Array[] = []
  for (let i = 0; i <= m; i++) {
    const row: Float64Array[] = []
    for (let j = 0; j <= n; j++) {
      const pmf = new Float64Array(i * j + 1)
      if (i === 0 || j === 0) pmf[0] = 1
      else {
        const a = prev[j] as Float64Array // (i − 1, j)
        const b = row[j - 1] as Float64Array // (i, j − 1)
        const wa = i / (i + j)
        const wb = j / (i + j)
        for (let u = 0; u < pmf.length; u++) {
          const fromA = u - j >= 0 && u - j < a.length ? (a[u - j] as number) : 0
          const fromB = u < b.length ? (b[u] as number) : 0
          pmf[u] = wa * fromA + wb * fromB
        }
      }
      row.push(pmf)
    }
    prev = row
  }
  const pmf = prev[n] as Float64Array
  const cdf = new Float64Array(pmf.length)
  let acc = 0
  for (let u = 0; u < pmf.length; u++) {
    acc += pmf[u] as number
    cdf[u] = acc
  }
  if (cdfCache.size > 256) cdfCache.clear()
  cdfCache.set(id, cdf)
  return cdf
}

/** The k of the interval [d_(k), d_(mn+1−k)] whose tails each have level `tail`, or 0 when no k ≥ 1 reaches it. */
export function intervalRank(m: number, n: number, tail: number): number {
  const cdf = mannWhitneyCdf(m, n)
  let k = 0
  // P(U ≤ k − 1) ≤ tail; a tiny tolerance keeps exact boundary cases (e.g. 2/252 at 2/252) inside
  while (k < cdf.length && (cdf[k] as number) <= tail + 1e-12) k++
  return Math.min(k, Math.floor((m * n + 1) / 2))
}

/** Fewest runs per side (equal sides) for which an interval with tails at `tail` exists. */
export function minRunsFor(tail: number): number {
  for (let r = 1; r <= MAX_RUNS_PER_SIDE; r++) if (intervalRank(r, r, tail) >= 1) return r
  return Infinity
}

/**
 * Runs per side (equal sides) that `endpoints` compared endpoints need for any verdict at `confidence`: the
 * same rule `compare` applies (each tail at (1 − confidence) / endpoints). README's table is derived from it.
 */
export function runsPerSideFor(endpoints: number, confidence = DEFAULT_COMPARE.confidence): number {
  return minRunsFor((1 - confidence) / Math.max(1, endpoints))
}

// ---------------------------------------------------------------------------------------------------------

function median(sorted: readonly number[]): number {
  const n = sorted.length
  const mid = n >> 1
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Hodges–Lehmann shift and its interval on the log scale, as ratios; null when k = 0. */
export function shiftInterval(
  head: readonly number[],
  base: readonly number[],
  tail: number
): { ratio: number; interval: [number, number]; k: number } {
  const diffs: number[] = []
  for (const h of head) for (const b of base) diffs.push(Math.log(h) - Math.log(b))
  diffs.sort((x, y) => x - y)
  const k = intervalRank(head.length, base.length, tail)
  const ratio = Math.exp(median(diffs))
  if (k === 0) return { ratio, interval: [0, Infinity], k }
  return {
    ratio,
    interval: [Math.exp(diffs[k - 1] as number), Math.exp(diffs[diffs.length - k] as number)],
    k
  }
}

function perRunP95(e: EndpointRun): number | null {
  if (e.samples !== null) return summarize(e.samples)?.p95 ?? null
  return e.precomputed?.p95 ?? null
}

function side(runs: readonly RunData[], id: string): SideSummary | null {
  const entries = runs.map(r => r.endpoints.get(id))
  if (entries.every(e => e === undefined)) return null
  const perRun = runs.map((r, i) => {
    const e = entries[i]
    if (e === undefined) return { source: r.source, count: 0, p95: null }
    return { source: r.source, count: e.count, p95: perRunP95(e) }
  })
  const counts = perRun.map(p => p.count)
  const count = counts.some(c => c === null) ? null : counts.reduce<number>((a, c) => a + (c as number), 0)
  const allSamples = entries.every(e => e === undefined || e.samples !== null)
  if (allSamples) {
    const present = entries.filter((e): e is EndpointRun => e !== undefined)
    const s = summarize(
      pooledSorted(present.map(e => e.samples as Float64Array)),
      present.every(e => e.sum !== null) ? present.reduce((a, e) => a + (e.sum as number), 0) : undefined
    )
    return {
      runs: runs.length,
      count,
      pooled: true,
      p50: s?.p50 ?? null,
      p90: s?.p90 ?? null,
      p95: s?.p95 ?? null,
      p99: s?.p99 ?? null,
      perRun
    }
  }
  const med = (pick: (e: EndpointRun) => number | null): number | null => {
    const vs = entries.map(e =>
      e === undefined ? null : e.samples ? pickFromSamples(e.samples, pick) : pick(e)
    )
    if (vs.some(v => v === null)) return null
    return median((vs as number[]).sort((a, b) => a - b))
  }
  return {
    runs: runs.length,
    count,
    pooled: false,
    p50: med(e => e.precomputed?.p50 ?? null),
    p90: med(e => e.precomputed?.p90 ?? null),
    p95: med(e => e.precomputed?.p95 ?? null),
    p99: med(e => e.precomputed?.p99 ?? null),
    perRun
  }
}

function pickFromSamples(samples: Float64Array, pick: (e: EndpointRun) => number | null): number | null {
  const s = summarize(samples)
  return s === null
    ? null
    : pick({ key: { name: '' }, count: s.count, samples: null, sum: null, precomputed: s })
}

function beyondRegressionFloors(r: number, base: number, o: CompareOptions): boolean {
  return r >= 1 + o.thresholdPct / 100 && base * (r - 1) >= o.thresholdMs
}

function beyondImprovementFloors(r: number, base: number, o: CompareOptions): boolean {
  return r <= 1 / (1 + o.thresholdPct / 100) && base * (1 - r) >= o.thresholdMs
}

const fmt = (v: number) => (Math.round(v * 1000) / 1000).toString()

/** Compare the base runs with the head runs, endpoint by endpoint. */
export function compare(
  baseRuns: readonly RunData[],
  headRuns: readonly RunData[],
  options: Partial<CompareOptions> = {}
): Comparison {
  const o: CompareOptions = { ...DEFAULT_COMPARE, ...options }
  if (!(o.confidence > 0 && o.confidence < 1)) throw new RangeError('confidence must be in (0, 1)')
  if (baseRuns.length > MAX_RUNS_PER_SIDE || headRuns.length > MAX_RUNS_PER_SIDE)
    throw new RangeError(`at most ${MAX_RUNS_PER_SIDE} runs per side`)
  const keys = new Map<string, EndpointKey>()
  for (const r of [...baseRuns, ...headRuns])
    for (const [id, e] of r.endpoints) if (!keys.has(id)) keys.set(id, e.key)

  const rows: (EndpointComparison & { headVals?: number[]; baseVals?: number[] })[] = []
  for (const [id, key] of keys) {
    const base = side(baseRuns, id)
    const head = side(headRuns, id)
    const row: (typeof rows)[number] = {
      key,
      label: endpointLabel(key),
      base,
      head,
      ratio: null,
      interval: null,
      deltaMs: null,
      verdict: 'inconclusive',
      reason: '',
      tooFewRuns: false
    }
    rows.push(row)
    if (base === null || head === null) {
      row.verdict = base === null ? 'new' : 'removed'
      row.reason = base === null ? 'only in the head runs' : 'only in the base runs'
      continue
    }
    const all = [...base.perRun, ...head.perRun]
    const unknown = all.find(p => p.count === null)
    if (unknown) {
      row.reason = `sample count unknown in ${unknown.source} (pre-computed percentiles without a count)`
      continue
    }
    const short = all.find(p => (p.count as number) < o.minSamples)
    if (short) {
      row.reason = `insufficient data: ${short.count} samples in ${short.source} (min-samples ${o.minSamples})`
      continue
    }
    const noP95 = all.find(p => p.p95 === null || !(p.p95 > 0))
    if (noP95) {
      row.reason =
        noP95.p95 === null ? `no p95 in ${noP95.source}` : `p95 of 0 ms in ${noP95.source}: no ratio`
      continue
    }
    row.baseVals = base.perRun.map(p => p.p95 as number)
    row.headVals = head.perRun.map(p => p.p95 as number)
  }

  const family = rows.filter(r => r.baseVals !== undefined).length
  const tail = family > 0 ? (1 - o.confidence) / family : 1 - o.confidence
  let short = 0
  for (const row of rows) {
    if (row.baseVals === undefined || row.headVals === undefined) continue
    const m = row.headVals.length
    const n = row.baseVals.length
    const { ratio, interval, k } = shiftInterval(row.headVals, row.baseVals, tail)
    const baseP95 = row.base?.p95 as number
    row.ratio = ratio
    row.deltaMs = baseP95 * (ratio - 1)
    if (k === 0) {
      // The same for every endpoint of the family: one line for all of them (Comparison.shortOfRuns).
      row.reason = `too few runs (${n} base, ${m} head) for ${fmt(o.confidence * 100)}% over ${family} endpoint${family === 1 ? '' : 's'}; give at least ${minRunsFor(tail)} runs per side`
      row.tooFewRuns = true
      short++
      continue
    }
    row.interval = interval
    const [lo, hi] = interval
    if (lo > 1 && beyondRegressionFloors(ratio, baseP95, o)) {
      row.verdict = 'regression'
      row.reason = `p95 ×${fmt(ratio)} (interval ${fmt(lo)}–${fmt(hi)}), +${fmt(row.deltaMs)} ms`
    } else if (hi < 1 && beyondImprovementFloors(ratio, baseP95, o)) {
      row.verdict = 'improvement'
      row.reason = `p95 ×${fmt(ratio)} (interval ${fmt(lo)}–${fmt(hi)}), ${fmt(row.deltaMs)} ms`
    } else if (!beyondRegressionFloors(hi, baseP95, o) && !beyondImprovementFloors(lo, baseP95, o)) {
      row.verdict = 'unchanged'
      row.reason = `interval ${fmt(lo)}–${fmt(hi)} stays within ±${o.thresholdPct}% or ±${o.thresholdMs} ms`
    } else {
      row.reason = `interval ${fmt(lo)}–${fmt(hi)} reaches beyond the floors: more runs would tell`
    }
  }
  const order: Record<Verdict, number> = {
    regression: 0,
    inconclusive: 1,
    improvement: 2,
    new: 3,
    removed: 4,
    unchanged: 5
  }
  const endpoints = rows
    .map(({ headVals: _h, baseVals: _b, ...r }) => r)
    .sort(
      (a, b) => order[a.verdict] - order[b.verdict] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
    )
  return {
    endpoints,
    family,
    intervalLevel: 1 - 2 * tail,
    shortOfRuns: short > 0 ? { endpoints: short, runsPerSide: minRunsFor(tail) } : null,
    options: o
  }
}
