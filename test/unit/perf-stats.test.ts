/**
 * Properties of the run-level comparison (no timing, no simulation targets: those are in bench/perf-sim.mjs).
 */
import { describe, expect, it } from '@jest/globals'
import { endpointId, type EndpointRun, type RunData } from '../../src/perf/model.js'
import { compare, intervalRank, mannWhitneyCdf, minRunsFor, shiftInterval } from '../../src/perf/stats.js'
import { prng } from '../support/perf-data.js'

/** One run: per endpoint, `n` log-normal samples with median `median` ms (seeded). */
function run(
  source: string,
  endpoints: Record<string, { median: number; n?: number }>,
  seed: number
): RunData {
  const rnd = prng(seed)
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())
  const map = new Map<string, EndpointRun>()
  for (const [name, { median, n = 300 }] of Object.entries(endpoints)) {
    const samples = Float64Array.from({ length: n }, () => median * Math.exp(0.4 * normal())).sort()
    map.set(endpointId({ name }), { key: { name }, count: n, samples, sum: null, precomputed: null })
  }
  return { source, format: 'generic', metric: 'x', endpoints: map, notices: [] }
}

/** `runs` runs per side; head endpoint `a` slower by `factor`; run effects of ±`noise` in log scale. */
function sides(factor: number, runs = 5, seed = 1, noise = 0.05) {
  const rnd = prng(seed * 7919)
  const effect = () => Math.exp(noise * (rnd() * 2 - 1))
  const base = Array.from({ length: runs }, (_, i) => {
    const e = effect()
    return run(`base${i}`, { a: { median: 100 * e }, b: { median: 40 * e } }, seed * 100 + i)
  })
  const head = Array.from({ length: runs }, (_, i) => {
    const e = effect()
    return run(`head${i}`, { a: { median: 100 * factor * e }, b: { median: 40 * e } }, seed * 100 + 50 + i)
  })
  return { base, head }
}

const verdictOf = (c: ReturnType<typeof compare>, name: string) => c.endpoints.find(e => e.key.name === name)

describe('exact Mann–Whitney interval', () => {
  it('has the known null distribution', () => {
    const cdf = mannWhitneyCdf(5, 5)
    expect(cdf.length).toBe(26)
    expect(cdf[0]).toBeCloseTo(1 / 252, 15)
    expect(cdf[1]).toBeCloseTo(2 / 252, 15)
    expect(cdf[2]).toBeCloseTo(4 / 252, 15)
    expect(cdf[25]).toBeCloseTo(1, 12)
    expect(mannWhitneyCdf(3, 2)[0]).toBeCloseTo(1 / 10, 15)
    // symmetric: P(U ≤ u) = P(U ≥ mn − u)
    const c = mannWhitneyCdf(4, 6)
    for (let u = 0; u < 24; u++) expect((c[u] as number) + (c[23 - u] as number)).toBeCloseTo(1, 12)
  })

  it('rank k and the runs needed follow from it', () => {
    expect(intervalRank(5, 5, 0.025)).toBe(3) // P(U ≤ 2) = 4/252 ≤ 0.025 < P(U ≤ 3) = 7/252
    expect(intervalRank(5, 5, 0.01)).toBe(2) // P(U ≤ 1) = 2/252 ≤ 0.01 < 4/252
    expect(intervalRank(5, 5, 2 / 252)).toBe(2) // the exact boundary is inside
    expect(intervalRank(3, 3, 0.025)).toBe(0) // 1/20 > 0.025: three runs a side cannot reach it
    expect(minRunsFor(0.025)).toBe(4)
    expect(minRunsFor(0.001)).toBe(7) // 1/C(14, 7) = 1/3432
  })

  it('is exactly equivariant: scaling the head by c scales ratio and interval by c', () => {
    const h = [110, 120, 105, 130, 118]
    const b = [100, 98, 103, 101, 99]
    const one = shiftInterval(h, b, 0.05)
    const two = shiftInterval(
      h.map(x => x * 1.5),
      b,
      0.05
    )
    expect(two.ratio / one.ratio).toBeCloseTo(1.5, 12)
    expect(two.interval[0] / one.interval[0]).toBeCloseTo(1.5, 12)
  })
})

describe('compare', () => {
  it('is deterministic: the same input gives the same result', () => {
    const { base, head } = sides(1.3, 5, 4)
    expect(compare(base, head)).toEqual(compare(base, head))
  })

  it('calls a large slowdown a regression on that endpoint only; the other stays out of it', () => {
    const { base, head } = sides(1.6, 6, 2)
    const c = compare(base, head)
    expect(verdictOf(c, 'a')?.verdict).toBe('regression')
    expect(verdictOf(c, 'b')?.verdict).not.toBe('regression')
    expect(c.family).toBe(2)
    expect(c.endpoints[0]?.key.name).toBe('a') // regressions first
    const a = verdictOf(c, 'a')
    expect(a?.interval?.[0]).toBeGreaterThan(1)
    expect(a?.ratio).toBeGreaterThan(1.4)
    expect(a?.head?.pooled).toBe(true)
    expect(a?.head?.count).toBe(6 * 300)
  })

  it('an improvement is never a regression, however large', () => {
    for (const factor of [0.95, 0.8, 0.5, 0.2])
      for (const seed of [1, 2, 3]) {
        const { base, head } = sides(factor, 6, seed)
        const v = verdictOf(compare(base, head), 'a')?.verdict
        expect(v).not.toBe('regression')
        if (factor <= 0.5) expect(v).toBe('improvement')
      }
  })

  it('is monotone in the effect size: the ratio and interval bounds grow with the slowdown', () => {
    let last = { ratio: 0, lo: 0, hi: 0 }
    const rank: Record<string, number> = { improvement: 0, unchanged: 1, inconclusive: 1, regression: 2 }
    let lastRank = 0
    for (const factor of [0.7, 0.9, 1, 1.1, 1.3, 1.6, 2]) {
      const { base, head } = sides(factor, 5, 9)
      const a = verdictOf(compare(base, head), 'a')
      expect(a?.ratio).toBeGreaterThan(last.ratio)
      expect(a?.interval?.[0]).toBeGreaterThan(last.lo)
      expect(a?.interval?.[1]).toBeGreaterThan(last.hi)
      expect(rank[a?.verdict as string]).toBeGreaterThanOrEqual(lastRank)
      last = { ratio: a?.ratio as number, lo: a?.interval?.[0] as number, hi: a?.interval?.[1] as number }
      lastRank = rank[a?.verdict as string] as number
    }
    expect(lastRank).toBe(2)
  })

  it('respects both floors: a real change below threshold-pct or below threshold-ms is no regression', () => {
    const { base, head } = sides(1.6, 6, 2)
    expect(verdictOf(compare(base, head, { thresholdPct: 80 }), 'a')?.verdict).not.toBe('regression')
    // endpoint a's p95 is ~190 ms: a +60% change is ~115 ms
    expect(verdictOf(compare(base, head, { thresholdMs: 500 }), 'a')?.verdict).not.toBe('regression')
    expect(verdictOf(compare(base, head, { thresholdMs: 50, thresholdPct: 20 }), 'a')?.verdict).toBe(
      'regression'
    )
  })

  it('insufficient data in any run → inconclusive, never a regression', () => {
    const { base, head } = sides(2, 5, 3)
    const small = run('head-small', { a: { median: 200, n: 50 }, b: { median: 40 } }, 77)
    const c = compare(base, [...head.slice(1), small], { minSamples: 200 })
    const a = verdictOf(c, 'a')
    expect(a?.verdict).toBe('inconclusive')
    expect(a?.reason).toBe('insufficient data: 50 samples in head-small (min-samples 200)')
    // an endpoint missing from one run has 0 samples there
    const missing = run('head-missing', { b: { median: 40 } }, 78)
    expect(verdictOf(compare(base, [...head.slice(1), missing]), 'a')?.reason).toMatch(
      /^insufficient data: 0 samples in head-missing/
    )
  })

  it('too few runs for the confidence → inconclusive, saying how many runs would do', () => {
    const { base, head } = sides(3, 3, 5)
    const a = verdictOf(compare(base, head), 'a')
    expect(a?.verdict).toBe('inconclusive')
    expect(a?.interval).toBeNull()
    expect(a?.reason).toMatch(/give at least 4 runs per side/)
  })

  it('new and removed endpoints', () => {
    const base = [run('b0', { a: { median: 10 }, old: { median: 5 } }, 1)]
    const head = [run('h0', { a: { median: 10 }, fresh: { median: 5 } }, 2)]
    const c = compare(base, head)
    expect(verdictOf(c, 'old')?.verdict).toBe('removed')
    expect(verdictOf(c, 'fresh')?.verdict).toBe('new')
    expect(verdictOf(c, 'fresh')?.head?.count).toBe(300)
  })

  it('pre-computed runs: per-run p95 usable with a count; without a count, inconclusive', () => {
    const pre = (source: string, p95: number, count: number | null): RunData => ({
      source,
      format: 'generic',
      metric: 'x',
      endpoints: new Map([
        [
          endpointId({ name: 'a' }),
          {
            key: { name: 'a' },
            count,
            samples: null,
            sum: null,
            precomputed: { p50: p95 / 2, p90: null, p95, p99: null }
          }
        ]
      ]),
      notices: []
    })
    const base = [100, 102, 98, 101, 99].map((p, i) => pre(`b${i}`, p, 1000))
    const head = [150, 155, 149, 152, 151].map((p, i) => pre(`h${i}`, p, 1000))
    const c = verdictOf(compare(base, head), 'a')
    expect(c?.verdict).toBe('regression')
    expect(c?.head?.pooled).toBe(false)
    expect(c?.head?.p95).toBe(151) // median of the runs' own p95
    const unknown = verdictOf(compare(base, [...head.slice(1), pre('h-nocount', 150, null)]), 'a')
    expect(unknown?.verdict).toBe('inconclusive')
    expect(unknown?.reason).toMatch(/sample count unknown in h-nocount/)
  })

  it('unchanged when the whole interval stays within the floors', () => {
    const { base, head } = sides(1, 8, 6, 0.01)
    const c = compare(base, head, { thresholdPct: 10 })
    expect(verdictOf(c, 'a')?.verdict).toBe('unchanged')
    expect(verdictOf(c, 'b')?.verdict).toBe('unchanged')
  })
})
