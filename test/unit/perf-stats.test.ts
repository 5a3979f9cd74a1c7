/**
 * Properties of the run-level comparison (no timing, no simulation targets: those are in bench/perf-sim.mjs).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { endpointId, type EndpointRun, type RunData } from '../../src/perf/model.js'
import {
  compare,
  intervalRank,
  mannWhitneyCdf,
  minRunsFor,
  runsPerSideFor,
  shiftInterval
} from '../../src/perf/stats.js'
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

  it('more endpoints than the runs support: all inconclusive for lack of runs, stated once for the comparison', () => {
    // 5 runs per side reach 1/252 per tail, enough for 12 endpoints (0.05/12 ≥ 1/252) and not for 13.
    const many = (names: number, runs: number, factor = 1.5) => {
      const ep = (f: number) =>
        Object.fromEntries(Array.from({ length: names }, (_, i) => [`e${i}`, { median: 40 * f }]))
      return {
        base: Array.from({ length: runs }, (_, i) => run(`b${i}`, ep(1), 1000 + i)),
        head: Array.from({ length: runs }, (_, i) => run(`h${i}`, ep(factor), 2000 + i))
      }
    }
    const fifteen = many(15, 5)
    const c15 = compare(fifteen.base, fifteen.head)
    expect(c15.family).toBe(15)
    expect(c15.endpoints.every(e => e.verdict === 'inconclusive' && e.tooFewRuns)).toBe(true)
    expect(c15.shortOfRuns).toEqual({ endpoints: 15, runsPerSide: 6 })
    const twelve = many(12, 5)
    const c12 = compare(twelve.base, twelve.head)
    expect(c12.shortOfRuns).toBeNull()
    expect(c12.endpoints.every(e => e.verdict === 'regression' && !e.tooFewRuns)).toBe(true)
    // 6 runs per side carry the 15
    const six = many(15, 6)
    expect(compare(six.base, six.head).endpoints.every(e => e.verdict === 'regression')).toBe(true)
  })

  it("README's table of endpoints → runs per side follows the rule compare applies", () => {
    const readme = readFileSync(new URL('../../actions/perf-regression/README.md', import.meta.url), 'utf8')
    const start = readme.indexOf('| endpoints compared | runs per side needed for a verdict |')
    expect(start).toBeGreaterThan(0)
    const rows = readme
      .slice(start)
      .split('\n')
      .slice(2)
      .filter((l, i, all) => l.startsWith('|') && all.slice(0, i).every(x => x.startsWith('|')))
      .map(l => {
        const m = /^\| (\d+)(?:–(\d+))? \| (\d+) \|$/.exec(l)
        if (!m) throw new Error(`not a table row: ${l}`)
        return { lo: Number(m[1]), hi: Number(m[2] ?? m[1]), runs: Number(m[3]) }
      })
    expect(rows.length).toBeGreaterThanOrEqual(5)
    expect(rows[0]?.lo).toBe(1)
    rows.forEach((r, i) => {
      // contiguous ranges, each the whole set of endpoint counts that need exactly these runs
      if (i > 0) expect(r.lo).toBe((rows[i - 1]?.hi as number) + 1)
      expect(runsPerSideFor(r.lo)).toBe(r.runs)
      expect(runsPerSideFor(r.hi)).toBe(r.runs)
      expect(runsPerSideFor(r.hi + 1)).toBe(r.runs + 1)
      // and compare agrees at the boundary: r.runs per side give an interval over r.hi endpoints, r.runs − 1 do not
      const tail = (1 - 0.95) / r.hi
      expect(intervalRank(r.runs, r.runs, tail)).toBeGreaterThanOrEqual(1)
      expect(intervalRank(r.runs - 1, r.runs - 1, tail)).toBe(0)
    })
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
