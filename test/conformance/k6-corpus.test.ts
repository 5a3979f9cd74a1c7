/**
 * k6 ingestion against real k6 output (../shared/corpus/k6, or $QG_CORPUS/k6) and its expected.json, whose
 * trend aggregates were computed with k6's own sink rules: our count, min, max, avg, med and p(90)/p(95)/p(99)
 * must equal them for every trend metric of the NDJSON (plain and .gz), per `name` tag as well, and the
 * legacy --summary-export must give k6's own p(95)/p(90)/med.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadRun } from '../../src/perf/load.js'
import { defaultLoadOptions, type RunData } from '../../src/perf/model.js'
import { pooledSorted, summarize, type TrendSummary } from '../../src/perf/percentile.js'

const CORPUS = resolve(process.env.QG_CORPUS ?? resolve(process.cwd(), '../shared/corpus'), 'k6')
const present = existsSync(resolve(CORPUS, 'expected.json'))
if (!present) console.log(`k6 corpus not found at ${CORPUS}: skipping the k6 corpus conformance test`)
const d = present ? describe : describe.skip

type Agg = Record<string, number | string>
interface Expected {
  ndjson: {
    file: string
    gz_variant: string
    points_per_metric: Record<string, number>
    aggregates_k6_semantics: Record<string, Agg>
    submetric_and_tag_aggregates: Record<string, Agg>
  }
  summary_export: { file: string; expected: { thresholds: { metric: string; observed: number }[] } }
}

const expected: Expected | null = present
  ? (JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as Expected)
  : null

function pooled(run: RunData): TrendSummary {
  const eps = [...run.endpoints.values()]
  const s = summarize(
    pooledSorted(eps.map(e => e.samples as Float64Array)),
    undefined // endpoints pooled: k6's arrival-order sum is not recoverable across them (avg within 1e-9)
  )
  if (s === null) throw new Error('no samples')
  return s
}

/** Equal to the last bit where the oracle kept k6's float; 1e-9 relative where it printed `0.0`-style values. */
function same(ours: number, theirs: number): void {
  if (Object.is(ours, theirs)) return
  expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(theirs)))
}

function check(ours: TrendSummary, theirs: Agg, exactCount = true): void {
  if (exactCount) expect(ours.count).toBe(theirs.count)
  same(ours.min, theirs.min as number)
  same(ours.max, theirs.max as number)
  same(ours.avg, theirs.avg as number)
  same(ours.p50, theirs.med as number)
  same(ours.p90, theirs['p(90)'] as number)
  same(ours.p95, theirs['p(95)'] as number)
  same(ours.p99, theirs['p(99)'] as number)
}

d('k6 --out json (xk6-dashboard result.json)', () => {
  const e = expected as Expected
  const trends = Object.entries(e?.ndjson.aggregates_k6_semantics ?? {}).filter(([, a]) => a.type === 'trend')

  for (const variant of ['file', 'gz_variant'] as const) {
    it(`${variant}: every trend metric equals k6's aggregates`, async () => {
      const path = resolve(CORPUS, e.ndjson[variant])
      expect(trends.length).toBeGreaterThanOrEqual(8)
      for (const [metric, agg] of trends) {
        const run = await loadRun(path, defaultLoadOptions({ metric }))
        expect(run.format).toBe('k6-ndjson')
        expect(run.notices).toEqual([])
        check(pooled(run), agg)
      }
    })
  }

  it('per name tag: http_req_duration{name:…} equals the oracle to the last bit (percentiles, and avg from the arrival-order sum)', async () => {
    const run = await loadRun(resolve(CORPUS, e.ndjson.file), defaultLoadOptions())
    const names = Object.keys(e.ndjson.submetric_and_tag_aggregates)
      .filter(k => k.startsWith('http_req_duration{name:'))
      .map(k => k.slice('http_req_duration{name:'.length, -1))
    expect(names.sort()).toEqual([...run.endpoints.values()].map(x => x.key.name).sort())
    for (const name of names) {
      const ep = [...run.endpoints.values()].find(x => x.key.name === name)
      const ours = summarize(ep?.samples as Float64Array, ep?.sum ?? undefined) as TrendSummary
      const theirs = e.ndjson.submetric_and_tag_aggregates[`http_req_duration{name:${name}}`] as Agg
      check(ours, theirs)
      for (const [k, v] of [
        ['p(95)', ours.p95],
        ['p(90)', ours.p90],
        ['p(99)', ours.p99],
        ['med', ours.p50],
        ['avg', ours.avg]
      ] as const)
        expect([k, v]).toEqual([k, theirs[k]])
    }
  })

  it('split by scenario keeps the counts (one scenario, "contacts")', async () => {
    const run = await loadRun(
      resolve(CORPUS, e.ndjson.file),
      defaultLoadOptions({ split: { scenario: true, group: true } })
    )
    const keys = [...run.endpoints.values()].map(x => [x.key.scenario, x.key.group, x.count])
    expect(new Set(keys.map(k => k[0]))).toEqual(new Set(['contacts']))
    expect(keys.reduce((a, k) => a + (k[2] as number), 0)).toBe(e.ndjson.points_per_metric.http_req_duration)
  })
})

d('k6 legacy --summary-export (prefapp summary.json)', () => {
  it("is read as pre-computed: k6's own p(95), no count", async () => {
    const e = expected as Expected
    const run = await loadRun(resolve(CORPUS, e.summary_export.file), defaultLoadOptions())
    expect(run.format).toBe('k6-summary-export')
    const all = [...run.endpoints.values()]
    expect(all).toHaveLength(1)
    const observed = e.summary_export.expected.thresholds.find(
      t => t.metric === 'http_req_duration'
    )?.observed
    expect(all[0]?.precomputed?.p95).toBe(observed)
    expect(all[0]?.precomputed?.p90).toBe(1097.2718098000003)
    expect(all[0]?.precomputed?.p50).toBe(415.781588)
    expect(all[0]?.count).toBeNull()
  })
})
