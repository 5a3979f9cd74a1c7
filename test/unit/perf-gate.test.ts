// The perf gate's pure parts and its CLI front end: the section (rows, failed requests beside p95, k6 thresholds
// apart, warnings, history chart, escaping), the baseline data round trip (exact samples, caps, hostile files),
// the health read from k6 output, and how `--baseline` reads on the command line.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommandLine } from '../../src/cli/command.js'
import { cli as dispatch } from '../../src/cli/index.js'
import { UserError } from '../../src/shared/errors.js'
import {
  parseBaseline,
  perfConfigHash,
  serializeBaseline,
  type PerfBaseline
} from '../../src/perf/baseline-data.js'
import { perfGate } from '../../src/perf/gate.js'
import {
  appendHistory,
  bridgeGaps,
  historyPoint,
  historySeries,
  validateHistory
} from '../../src/perf/history.js'
import { defaultLoadOptions, endpointId, type RunData } from '../../src/perf/model.js'
import { summarize } from '../../src/perf/percentile.js'
import { humanResult } from '../../src/perf/output.js'
import { renderPerf, renderSection, type PerfView } from '../../src/perf/render.js'
import { emptyHealth, readHealth } from '../../src/perf/run-info.js'
import { compare } from '../../src/perf/stats.js'
import { metricLine, pointLine, prng } from '../support/perf-data.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qg-perf-unit-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

/** A run of log-normal samples per endpoint, `scale` × median per endpoint. */
function run(source: string, seed: number, endpoints: Record<string, number>, n = 300): RunData {
  const rnd = prng(seed)
  const map = new Map()
  for (const [name, median] of Object.entries(endpoints)) {
    const values = Float64Array.from({ length: n }, () => {
      const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())
      return median * Math.exp(0.2 * z)
    })
    let sum = 0
    for (const v of values) sum += v
    map.set(endpointId({ name }), { key: { name }, count: n, samples: values.sort(), sum, precomputed: null })
  }
  return { source, format: 'generic', metric: 'value', endpoints: map, notices: [] }
}

const sides = (slow: number) => ({
  base: [1, 2, 3, 4, 5].map(i => run(`b${i}`, i, { 'GET /a': 50, 'GET /b|<x>': 20 })),
  head: [1, 2, 3, 4, 5].map(i => run(`h${i}`, 100 + i, { 'GET /a': 50 * slow, 'GET /b|<x>': 20 }))
})

function view(over: Partial<PerfView> = {}): PerfView {
  const { base, head } = sides(1.6)
  const comparison = compare(base, head)
  return {
    status: 'fail',
    comparison,
    base: {
      runs: 5,
      health: { byEndpoint: new Map(), errors: null, dropped: null },
      note: 'found at abc1234, 1 commit behind'
    },
    head: { runs: 5, health: { byEndpoint: new Map(), errors: null, dropped: null } },
    thresholdsFailed: [],
    warnings: [],
    notices: [],
    history: [],
    metric: 'http_req_duration',
    ...over
  }
}

describe('render', () => {
  it('one row per endpoint with base p95, head p95, Δ, interval and verdict; names escaped', () => {
    const md = renderSection(view())
    expect(md).toContain('| endpoint | base p95 | head p95 | Δ | interval | verdict |')
    const row = md.split('\n').find(l => l.startsWith('| GET /a |')) as string
    expect(row).toMatch(
      /\| GET \/a \| [\d.]+ ms \| [\d.]+ ms \| \+\d+\.\d% \(\+[\d.]+ ms\) \| \+\d+\.\d% … \+\d+\.\d% \| ❌ regression \|/
    )
    // A pipe or a tag in an endpoint name cannot break the table or inject HTML.
    expect(md).not.toContain('/b|<x>')
    expect(md).toMatch(/GET \/b\\\|(&lt;|\\<)x/)
    expect(md).toContain('found at abc1234, 1 commit behind')
    const f = renderPerf(view())
    expect(f).toMatchObject({ gate: 'perf', status: 'fail', statusContext: 'quality-gates/perf' })
    expect(f.metrics).toMatchObject({ regressions: 1, endpoints: 2, 'base-runs': 5, 'head-runs': 5 })
    expect(f.summary).toBe('1 regression, 1 unchanged of 2 endpoints (p95 of http_req_duration)')
  })

  it('shows failed requests beside p95 and flags a faster p95 with more failures', () => {
    const { base, head } = sides(0.5) // GET /a twice as fast at head…
    const comparison = compare(base, head)
    const a = endpointId({ name: 'GET /a' })
    const md = renderSection(
      view({
        status: 'pass',
        comparison,
        base: {
          runs: 5,
          health: {
            byEndpoint: new Map([[a, { failed: 0, total: 1500 }]]),
            errors: { failed: 0, total: 3000 },
            dropped: 0
          },
          note: 'given'
        },
        // …because 30 % of its requests failed fast
        head: {
          runs: 5,
          health: {
            byEndpoint: new Map([[a, { failed: 450, total: 1500 }]]),
            errors: { failed: 450, total: 3000 },
            dropped: 12
          }
        }
      })
    )
    const row = md.split('\n').find(l => l.startsWith('| GET /a |')) as string
    expect(row).toContain('✅ improvement ⚠️ more failed requests')
    expect(row).toContain('0% → 30.00%')
    expect(md).toContain('| failed requests | 0% | 15.00% |')
    expect(md).toContain('| dropped iterations | 0 | 12 |')
  })

  it('k6 thresholds on their own, warnings, and the p95 history chart', () => {
    const history = [1, 2, 3].map(i =>
      historyPoint(`${i}`.repeat(40), `2026-01-0${i}T00:00:00Z`, [
        ['GET /a', 40 + i],
        ['GET /b|<x>', 20]
      ])
    )
    const md = renderSection(
      view({
        thresholdsFailed: ['http_req_duration: p(95)<500'],
        k6ExitCode: 99,
        warnings: ['base and head ran with a different CPU'],
        history
      })
    )
    expect(md).toContain("**k6 thresholds failed** (k6's own SLO check, exit code 99")
    expect(md).toContain('- http\\_req\\_duration: p\\(95\\)&lt;500')
    expect(md).toContain('> ⚠️ base and head ran with a different CPU')
    expect(md).toContain('```mermaid\nxychart-beta')
    expect(md).toContain('x-axis ["1111111", "2222222", "3333333"]')
    expect(md).toContain('line [41, 42, 43]')
  })
})

describe('render: what the numbers mean', () => {
  /** `names` endpoints, `runs` runs per side, head 1.5× slower. */
  function wide(names: number, runs: number): PerfView {
    const ep = (f: number) =>
      Object.fromEntries(Array.from({ length: names }, (_, i) => [`GET /e${i}`, 40 * f]))
    const base = Array.from({ length: runs }, (_, i) => run(`b${i}`, 500 + i, ep(1)))
    const head = Array.from({ length: runs }, (_, i) => run(`h${i}`, 600 + i, ep(1.5)))
    return view({
      status: 'neutral',
      comparison: compare(base, head),
      base: { runs, health: { byEndpoint: new Map(), errors: null, dropped: null }, note: 'given' },
      head: { runs, health: { byEndpoint: new Map(), errors: null, dropped: null } }
    })
  }

  it('15 endpoints at 5 runs per side: one line for the lack of runs, not one per endpoint', () => {
    const v = wide(15, 5)
    const md = renderSection(v)
    const line =
      'All 15 compared endpoints are inconclusive for lack of runs: 5 base and 5 head runs cannot reach 95% over 15 endpoints; 15 endpoints need at least 6 runs per side.'
    expect(md.split(line)).toHaveLength(2)
    expect(md).not.toContain('give at least')
    const human = humanResult({ view: v, notes: [] })
    expect(human.split(line)).toHaveLength(2)
    expect(human).not.toContain('give at least')
    expect(human).not.toMatch(/^inconclusive: GET \/e/m)
    // 12 endpoints are within reach of 5 runs: verdicts, no such line
    expect(renderSection(wide(12, 5))).not.toContain('for lack of runs')
  })

  it('a footnote under the table says that Δ comes from per-run p95s while the p95 columns are pooled', () => {
    const md = renderSection(view())
    expect(md.split('Δ and interval:')).toHaveLength(2) // once, under the first table
    const lines = md.split('\n')
    const first = lines.findIndex(l => l.startsWith('| GET /a'))
    expect(lines[first + 2]).toMatch(
      /^<sub>Δ and interval: the head\/base ratio of the per-run p95s .*pool all samples/
    )
    expect(humanResult({ view: view(), notes: [] })).toContain('Δ and interval: the head/base ratio')
  })

  it('no endpoint with an interval: says so plainly, not "over 0"', () => {
    const base = [run('b0', 1, { 'GET /old': 10 })]
    const head = [run('h0', 2, { 'GET /new': 10 })]
    const c = compare(base, head)
    expect(c.family).toBe(0)
    const md = renderSection(view({ status: 'neutral', comparison: c }))
    expect(md).toContain('No intervals: no endpoint has usable runs on both sides to compare;')
    expect(md).not.toMatch(/over 0|Intervals: /)
    expect(md).not.toContain('Δ and interval:') // no ratio in the table, no footnote
    expect(renderSection(view())).toContain('Intervals: 95.0% per endpoint (95% over 2 endpoints);')
  })

  it('loader notices (a truncated last line) are notices, apart from warnings', () => {
    const md = renderSection(
      view({
        warnings: ['base and head ran with a different CPU'],
        notices: ['run-3.json: line 9 is cut short (k6 stopped mid-write?); ignored']
      })
    )
    expect(md).toContain('> ℹ️ run-3.json: line 9 is cut short')
    expect(md).not.toContain('⚠️ run-3.json')
    expect(md).toContain('> ⚠️ base and head ran with a different CPU')
    const human = humanResult({ view: view({ notices: ['x.json: line 9 is cut short'] }), notes: [] })
    expect(human).toContain('notice: x.json: line 9 is cut short')
    expect(human).not.toContain('warning: x.json')
  })
})

describe('history', () => {
  it('rolls a window, replaces a re-run of the same commit, and refuses malformed points', () => {
    let h = [] as ReturnType<typeof validateHistory>
    for (let i = 0; i < 35; i++)
      h = appendHistory(h, historyPoint(i.toString(16).padStart(7, '0'), '2026-01-01T00:00:00Z', [['a', i]]))
    expect(h).toHaveLength(30)
    expect(h[0]?.p95.a).toBe(5)
    h = appendHistory(h, historyPoint('0000022', '2026-01-01T00:00:00Z', [['a', 99]]))
    expect(h.filter(p => p.sha === '0000022')).toHaveLength(1)
    expect(() => validateHistory([{ sha: 'zz', date: 'x', p95: {} }], 'f')).toThrow(/history point 0: "sha"/)
    expect(() => validateHistory([{ sha: 'abcdef0', date: '2026-01-01', p95: { a: -1 } }], 'f')).toThrow(
      UserError
    )
  })
})

describe('history chart', () => {
  const at = (i: number, p95: [string, number][]) =>
    historyPoint(`${i}`.repeat(40), `2026-01-0${i}T00:00:00Z`, p95)

  it('keeps the endpoints of the latest point, with gaps where older points lack them', () => {
    const history = [
      at(1, [['GET /a', 40]]),
      at(2, [
        ['GET /a', 42],
        ['GET /gone', 9]
      ]),
      at(3, [['GET /a', 44]]),
      at(4, [
        ['GET /a', 46],
        ['GET /b', 20]
      ]),
      at(5, [
        ['GET /a', 48],
        ['GET /b', 24]
      ])
    ]
    const { x, lines } = historySeries(history, ['GET /a', 'GET /b', 'GET /gone'])
    expect(x).toHaveLength(5)
    expect(lines).toEqual([
      { label: 'GET /a', values: [40, 42, 44, 46, 48] },
      { label: 'GET /b', values: [null, null, null, 20, 24] }
    ])
  })

  it('bridges gaps for the chart (mermaid needs a value per commit) and the legend says where data is', () => {
    expect(bridgeGaps([null, 10, null, null, 16, null])).toEqual([10, 10, 12, 14, 16, 16])
    expect(bridgeGaps([1, 2, 3])).toEqual([1, 2, 3])
    const history = [
      at(1, [['GET /a', 40]]),
      at(2, [['GET /a', 42]]),
      at(3, [
        ['GET /a', 44],
        ['GET /b|<x>', 20]
      ])
    ]
    const md = renderSection(view({ history }))
    expect(md).toContain('line [20, 20, 20]')
    expect(md).toMatch(/x\\?> \(measured at 1 of 3 commits; the line is bridged across the others\)/)
    expect(md).not.toMatch(/GET \/a \(measured/)
  })
})

describe('baseline data', () => {
  const split = { scenario: false, group: false }
  const baseline = (runs: RunData[]): PerfBaseline => ({
    sha: 'a'.repeat(40),
    configHash: perfConfigHash('http_req_duration', split),
    createdAt: '2026-01-01T00:00:00.000Z',
    metric: 'http_req_duration',
    split,
    runs: runs.map(r => ({
      run: r,
      health: { ...emptyHealth(), errors: { failed: 3, total: 300 }, thresholdsFailed: ['m: p(95)<1'] },
      runner: { image: 'ubuntu24 20260101.1', cpu: 'AMD EPYC 7763', toolVersion: 'v1.4.2' }
    })),
    history: [historyPoint('b'.repeat(40), '2026-01-01T00:00:00Z', [['GET /a', 51.5]])]
  })

  it('round trip: the same samples to the last bit, so the base p95 is the number the base run showed', () => {
    const runs = sides(1).base
    const b = parseBaseline(serializeBaseline(baseline(runs)), 'b.json')
    expect(b.runs).toHaveLength(5)
    expect(b.history).toEqual(baseline(runs).history)
    expect(b.runs[0]?.runner).toEqual({
      image: 'ubuntu24 20260101.1',
      cpu: 'AMD EPYC 7763',
      toolVersion: 'v1.4.2'
    })
    expect(b.runs[0]?.health.errors).toEqual({ failed: 3, total: 300 })
    const id = endpointId({ name: 'GET /a' })
    for (let i = 0; i < 5; i++) {
      const before = runs[i]!.endpoints.get(id)!
      const after = b.runs[i]!.run.endpoints.get(id)!
      expect(Array.from(after.samples!)).toEqual(Array.from(before.samples!))
      expect(after.sum).toBe(before.sum)
    }
    expect(
      compare(
        b.runs.map(r => r.run),
        runs
      ).endpoints.every(e => e.ratio === 1)
    ).toBe(true)
  })

  it('beyond the caps an endpoint keeps its count and exact percentiles, and still compares', () => {
    const runs = sides(1).base
    const text = serializeBaseline(baseline(runs), { perSeries: 100, total: 1000 })
    const b = parseBaseline(text, 'b.json')
    const id = endpointId({ name: 'GET /a' })
    const e = b.runs[0]!.run.endpoints.get(id)!
    expect(e.samples).toBeNull()
    expect(e.count).toBe(300)
    expect(e.precomputed?.p95).toBe(summarize(runs[0]!.endpoints.get(id)!.samples!)!.p95)
    const c = compare(
      b.runs.map(r => r.run),
      sides(1.6).head
    )
    expect(c.endpoints.find(x => x.label === 'GET /a')?.verdict).toBe('regression')
  })

  it('refuses hostile or foreign files with one line', () => {
    const good = JSON.parse(serializeBaseline(baseline(sides(1).base.slice(0, 1)))) as Record<string, unknown>
    const bad = (patch: Record<string, unknown>) => () =>
      parseBaseline(JSON.stringify({ ...good, ...patch }), 'x.json')
    expect(bad({ version: 2 })).toThrow(/x.json: not a valid perf baseline: unsupported version 2/)
    expect(bad({ runs: [] })).toThrow(/"runs" must be an array of 1-200 runs/)
    expect(bad({ runs: [{ ...(good.runs as object[])[0], format: 'junit' }] })).toThrow(
      /"format" is not a known format/
    )
    const run0 = (good.runs as { endpoints: Record<string, unknown>[] }[])[0]!
    expect(bad({ runs: [{ ...run0, endpoints: [{ ...run0.endpoints[0], samples: [1, -2] }] }] })).toThrow(
      /samples/
    )
    expect(bad({ runs: [{ ...run0, endpoints: [{ ...run0.endpoints[0], count: 7 }] }] })).toThrow(
      /"count" must equal/
    )
    expect(() => parseBaseline('{', 'x.json')).toThrow(UserError)
  })
})

describe('health from k6 output', () => {
  it('counts failed requests per endpoint and dropped iterations in --out json', async () => {
    const lines = [metricLine('http_req_failed', 'rate'), metricLine('http_req_duration')]
    for (let i = 0; i < 10; i++) {
      lines.push(pointLine('http_req_duration', 10 + i, { name: 'A' }))
      lines.push(
        pointLine('http_req_failed', i < 3 ? 1 : 0, { name: 'A' }, i % 2 ? 'type-first' : 'metric-first')
      )
      lines.push(pointLine('http_req_failed', 0, { name: 'B' }))
    }
    lines.push(pointLine('dropped_iterations', 4, null), pointLine('dropped_iterations', 1, null))
    const file = join(dir, 'k6.ndjson')
    await writeFile(file, `${lines.join('\n')}\n`)
    const h = await readHealth(file, 'k6.ndjson', 'k6-ndjson', defaultLoadOptions())
    expect(h.errors).toEqual({ failed: 3, total: 20 })
    expect(h.byEndpoint[endpointId({ name: 'A' })]).toEqual({ failed: 3, total: 10 })
    expect(h.byEndpoint[endpointId({ name: 'B' })]).toEqual({ failed: 0, total: 10 })
    expect(h.dropped).toBe(5)
  })

  it('reads failed thresholds and http_req_failed from a legacy --summary-export', async () => {
    const file = join(dir, 'summary.json')
    await writeFile(
      file,
      JSON.stringify({
        root_group: {},
        metrics: {
          http_req_duration: {
            avg: 1,
            med: 1,
            'p(90)': 2,
            'p(95)': 3,
            thresholds: { 'p(95)<2': true, 'p(50)<9': false }
          },
          http_req_failed: { passes: 5, fails: 95, value: 0.05 },
          dropped_iterations: { count: 7, rate: 0.1 }
        }
      })
    )
    const h = await readHealth(file, 'summary.json', 'k6-summary-export', defaultLoadOptions())
    expect(h).toMatchObject({
      errors: { failed: 5, total: 100 },
      dropped: 7,
      thresholdsFailed: ['http_req_duration: p(95)<2']
    })
  })
})

describe('the CLI', () => {
  it('--baseline takes the bare arguments after it (several base runs); the rest are head results', () => {
    const line = parseCommandLine(perfGate, [
      '--results',
      'h1',
      'h2',
      '--baseline',
      'b1',
      'b2',
      '--json',
      'h3'
    ])
    expect(line.inputs).toMatchObject({ results: 'h1\nh2\nh3', 'baseline-results': 'b1\nb2', json: 'true' })
    expect(
      parseCommandLine(perfGate, ['h1', '--baseline-results', 'b1', '--baseline', 'b2']).inputs
    ).toMatchObject({
      results: 'h1',
      'baseline-results': 'b1\nb2'
    })
  })

  async function cli(argv: string[]) {
    let out = ''
    let err = ''
    const code = await dispatch(['perf', ...argv], {
      stdout: t => (out += t),
      stderr: t => (err += t),
      cwd: dir,
      env: {}
    })
    return { code, out, err }
  }

  async function writeRuns(
    prefix: string,
    median: Record<string, number>,
    extra: Record<string, unknown> = {}
  ) {
    const files: string[] = []
    for (let i = 0; i < 5; i++) {
      const r = run(prefix, prefix.length * 1000 + i, median)
      const endpoints = [...r.endpoints.values()].map(e => ({
        name: e.key.name,
        samples: Array.from(e.samples!)
      }))
      const file = `${prefix}-${i}.json`
      await writeFile(join(dir, file), JSON.stringify({ qualityGatesPerf: 1, ...extra, endpoints }))
      files.push(file)
    }
    return files
  }

  it('--json in the documented shape; exit 1 on a regression, 0 without; a baseline file from --baseline-out works as --baseline', async () => {
    const base = await writeRuns('base', { 'GET /a': 50, 'GET /gone': 5 }, { k6Version: 'v0.57.0' })
    const head = await writeRuns('head', { 'GET /a': 90, 'GET /new': 5 }, { k6Version: 'v1.4.2' })
    const saved = await cli([...base, '--baseline-out', 'stored.json'])
    expect(saved.code).toBe(0)
    const stored = JSON.parse(await readFile(join(dir, 'stored.json'), 'utf8')) as {
      runs: { runner: { toolVersion: string } }[]
    }
    expect(stored.runs[0]?.runner.toolVersion).toBe('v0.57.0')
    for (const from of [base, ['stored.json']]) {
      const r = await cli(['--results', ...head, '--baseline', ...from, '--json'])
      expect(r.code).toBe(1)
      const json = JSON.parse(r.out) as { gate: string; status: string; endpoints: Record<string, unknown>[] }
      expect(Object.keys(json)).toEqual(['gate', 'status', 'endpoints'])
      expect(json.status).toBe('fail')
      const byName = Object.fromEntries(json.endpoints.map(e => [e.name, e]))
      expect(Object.keys(byName['GET /a']!)).toEqual([
        'name',
        'count',
        'p95',
        'baseP95',
        'ratio',
        'interval',
        'verdict'
      ])
      expect(byName['GET /a']).toMatchObject({ count: 1500, verdict: 'regression' })
      expect(byName['GET /new']).toMatchObject({ verdict: 'new', baseP95: null, ratio: null, interval: null })
      expect(byName['GET /gone']).toMatchObject({ verdict: 'removed', count: 0, p95: null })
      // k6 v0.57 at base and v1.4 at head: compared, with a warning
      expect(r.err).toContain('different tool version (base: v0.57.0; head: v1.4.2)')
    }
  })

  it('a truncated last line of k6 --out json is a notice, not a warning', async () => {
    const lines = [metricLine('http_req_duration')]
    for (let i = 0; i < 20; i++) lines.push(pointLine('http_req_duration', 10 + i, { name: 'A' }))
    const cut = pointLine('http_req_duration', 99, { name: 'A' }).slice(0, 40)
    await writeFile(join(dir, 'cut.ndjson'), `${lines.join('\n')}\n${cut}`)
    const r = await cli(['--results', 'cut.ndjson'])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/^notice: cut\.ndjson: line 22 is cut short/m)
    expect(r.err).not.toMatch(/^warning: .*cut short/m)
    expect(r.out).toMatch(/^notice: cut\.ndjson: line 22 is cut short/m)
    expect(r.out).not.toMatch(/^warning: .*cut short/m)
  })

  it('the human output says why count or p95 is null in --json (the format has no such figure)', async () => {
    await writeFile(
      join(dir, 'summary-export.json'),
      JSON.stringify({
        root_group: {},
        metrics: { 'http_req_duration{name:GET /a}': { avg: 1, med: 1, 'p(90)': 2, 'p(95)': 3 } }
      })
    )
    await writeFile(
      join(dir, 'ac.json'),
      JSON.stringify({
        title: 'api',
        url: 'http://127.0.0.1:1/',
        requests: { total: 500 },
        latency: { p50: 67, p90: 126, p97_5: 378, p99: 386, totalCount: 500 }
      })
    )
    const endpoint = async (file: string) =>
      (JSON.parse((await cli(['--results', file, '--json'])).out) as { endpoints: unknown[] }).endpoints[0]
    expect(await endpoint('summary-export.json')).toMatchObject({ name: 'GET /a', count: null, p95: 3 })
    expect(await endpoint('ac.json')).toMatchObject({ name: 'api', count: 500, p95: null })
    const summary = (await cli(['--results', 'summary-export.json'])).out
    expect(summary).toMatch(
      /^note: count is null where summary-export\.json states no sample count \(k6 --summary-export/m
    )
    expect(summary).not.toContain('p95 is null')
    const ac = (await cli(['--results', 'ac.json'])).out
    expect(ac).toMatch(
      /^note: p95 is null where ac\.json has no p95 \(autocannon -j reports p90 and p97\.5 only/m
    )
    expect(ac).not.toContain('count is null')
    // every figure present: no such note
    const k6 = await writeRuns('full', { 'GET /a': 50 })
    expect((await cli(['--results', ...k6])).out).not.toMatch(/^note: /m)
  })

  it('exit 2 with one line naming a file in no supported format, or a baseline of another metric', async () => {
    await writeFile(join(dir, 'notes.txt'), 'hello\n')
    const r = await cli(['--results', 'notes.txt'])
    expect(r.code).toBe(2)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain('notes.txt: not a supported perf result format')
    const head = await writeRuns('head2', { 'GET /a': 50 })
    const other = await cli([
      '--results',
      ...head,
      '--baseline',
      'stored.json',
      '--metric',
      'iteration_duration'
    ])
    expect(other.code).toBe(2)
    expect(other.err).toContain('stored.json: a perf baseline of metric "http_req_duration"')
  })
})
