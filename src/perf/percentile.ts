/**
 * k6's own percentile rule, so that every number we show equals what k6 prints for the same samples.
 *
 * grafana/k6 `metrics/sink.go` (read at v2.2.0+14, commit 87883075): TrendSink.P(pct) returns 0 for no
 * samples, the only value for one sample, else sorts the values and, with i = pct·(n−1), returns
 * j + (k−j)·f where j = values[floor(i)], k = values[ceil(i)], f = i − floor(i) (Hyndman–Fan type 7;
 * pct = 1 gives the maximum). `med` in the summary is P(0.5). The same operations in the same order give
 * the same IEEE-754 double here. One caveat: Go may fuse `j + (k−j)·f` into one FMA instruction on
 * arm64/ppc64le/s390x, so k6 binaries for those CPUs can differ from this (and from k6 on amd64) in the
 * last bit. (A histogram-based TrendSink exists only on k6's `hdr-dev` branch, not in any release.)
 */
import type { Percentiles } from './model.js'

/** k6 TrendSink.P over values already sorted ascending; `p` in [0, 1]. */
export function k6Percentile(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile ${p} is outside [0, 1]`)
  const n = sorted.length
  if (n === 0) return 0
  if (n === 1) return sorted[0] as number
  const i = p * (n - 1)
  const lo = Math.floor(i)
  const j = sorted[lo] as number
  const k = sorted[Math.ceil(i)] as number
  return j + (k - j) * (i - lo)
}

export interface TrendSummary extends Percentiles {
  count: number
  min: number
  max: number
  avg: number
  p50: number
  p90: number
  p95: number
  p99: number
}

/**
 * count, min, max, avg and p50/p90/p95/p99 of sorted samples by k6's rules; null when there are none.
 * `arrivalSum`: the samples' sum in the order k6 saw them (its avg = that sum / n, which differs from a sum
 * of the sorted values in the last bits); without it the sorted values are summed.
 */
export function summarize(sorted: Float64Array, arrivalSum?: number): TrendSummary | null {
  const n = sorted.length
  if (n === 0) return null
  let sum = 0
  if (arrivalSum !== undefined) sum = arrivalSum
  else for (let i = 0; i < n; i++) sum += sorted[i] as number
  return {
    count: n,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    avg: sum / n,
    p50: k6Percentile(sorted, 0.5),
    p90: k6Percentile(sorted, 0.9),
    p95: k6Percentile(sorted, 0.95),
    p99: k6Percentile(sorted, 0.99)
  }
}

/** A sorted copy of several sample arrays (a side's runs pooled). */
export function pooledSorted(parts: readonly Float64Array[]): Float64Array {
  let n = 0
  for (const p of parts) n += p.length
  const out = new Float64Array(n)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out.sort()
}
