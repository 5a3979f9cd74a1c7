import { describe, expect, it } from '@jest/globals'
import { k6Percentile, pooledSorted, summarize } from '../../src/perf/percentile.js'
import { prng } from '../support/perf-data.js'

/**
 * Independent reference: the textbook type-7 definition on a plain number[] sorted with a comparator,
 * 1-based rank h = (n − 1)p + 1, written without looking at k6Percentile. k6 (metrics/sink.go) evaluates
 * lower + (upper − lower)·frac, so the reference uses that same expression to compare bit for bit.
 */
function reference(values: number[], p: number): number {
  const xs = [...values].sort((a, b) => a - b)
  if (xs.length === 0) return 0
  if (xs.length === 1) return xs[0] as number
  const h = (xs.length - 1) * p + 1
  const lower = xs[Math.floor(h) - 1] as number
  const upper = xs[Math.min(Math.floor(h), xs.length - 1)] as number
  const frac = (xs.length - 1) * p - Math.floor((xs.length - 1) * p)
  return lower + (upper - lower) * frac
}

describe('k6 percentile rule', () => {
  it('equals the reference to the last bit on generated latency data', () => {
    const rnd = prng(42)
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rnd() * 700)
      const xs = Array.from({ length: n }, () => Math.exp(3 + rnd() * 2) * (rnd() < 0.01 ? 10 : 1))
      const sorted = Float64Array.from(xs).sort()
      for (const p of [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1, rnd()]) {
        expect(Object.is(k6Percentile(sorted, p), reference(xs, p))).toBe(true)
      }
    }
  })

  it('follows k6 at the edges: no samples → 0, one → that value, p = 1 → max, p = 0 → min', () => {
    expect(k6Percentile(new Float64Array(0), 0.95)).toBe(0)
    expect(k6Percentile(Float64Array.of(7.25), 0.95)).toBe(7.25)
    expect(k6Percentile(Float64Array.of(7.25), 1)).toBe(7.25)
    expect(k6Percentile(Float64Array.of(1, 2, 3, 40), 1)).toBe(40)
    expect(k6Percentile(Float64Array.of(1, 2, 3, 40), 0)).toBe(1)
    // i = 0.95·3 = 2.85 → 3 + (40 − 3)·0.85
    expect(k6Percentile(Float64Array.of(1, 2, 3, 40), 0.95)).toBe(3 + (40 - 3) * (0.95 * 3 - 2))
    expect(() => k6Percentile(Float64Array.of(1, 2), 1.5)).toThrow(RangeError)
    expect(() => k6Percentile(Float64Array.of(1, 2), Number.NaN)).toThrow(RangeError)
  })

  it('summarize pools runs: the same numbers as one sorted array of all samples', () => {
    const rnd = prng(7)
    const runs = [1, 2, 3].map(() => Float64Array.from({ length: 250 }, () => 50 + rnd() * 100).sort())
    const all = runs.flatMap(r => [...r])
    const s = summarize(pooledSorted(runs))
    expect(s?.count).toBe(750)
    expect(s?.p95).toBe(reference(all, 0.95))
    expect(s?.p50).toBe(reference(all, 0.5))
    expect(s?.p99).toBe(reference(all, 0.99))
    expect(s?.min).toBe(Math.min(...all))
    expect(summarize(new Float64Array(0))).toBeNull()
  })
})
