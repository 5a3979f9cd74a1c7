import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { K6NdjsonParser } from '../../src/perf/k6-ndjson.js'
import { loadRun, parseDocument } from '../../src/perf/load.js'
import { defaultLoadOptions, type LoadOptions, type RunData } from '../../src/perf/model.js'
import { UserError } from '../../src/shared/errors.js'
import { metricLine, pointLine, prng } from '../support/perf-data.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-perf-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

function parse(text: string, options: Partial<LoadOptions> = {}, chunkSize = 0): RunData {
  const p = new K6NdjsonParser('t.json', defaultLoadOptions(options))
  const buf = Buffer.from(text)
  if (chunkSize <= 0) p.write(buf)
  else for (let i = 0; i < buf.length; i += chunkSize) p.write(buf.subarray(i, i + chunkSize))
  return p.end()
}

function values(run: RunData, name: string): number[] {
  const e = [...run.endpoints.values()].find(x => x.key.name === name)
  return e?.samples ? [...e.samples] : []
}

const tags = (name: string, extra: Record<string, string> = {}) => ({
  name,
  url: name,
  scenario: 's',
  group: '',
  ...extra
})

describe('k6 NDJSON', () => {
  it('keeps only the chosen metric, by endpoint name, whatever the key order', () => {
    const text = [
      metricLine('http_req_duration'),
      metricLine('http_req_waiting'),
      pointLine('http_req_duration', 10, tags('a')),
      pointLine('http_req_waiting', 999, tags('a')),
      pointLine('http_req_duration', 30, tags('b'), 'type-first'),
      pointLine('http_req_duration', 20, tags('a'), 'type-first'),
      ''
    ].join('\n')
    const run = parse(text)
    expect(values(run, 'a')).toEqual([10, 20])
    expect(values(run, 'b')).toEqual([30])
    expect(run.notices).toEqual([])
    const waiting = parse(text, { metric: 'http_req_waiting' })
    expect(values(waiting, 'a')).toEqual([999])
  })

  it('the byte pre-check is safe: the name inside tag values or as a tag key never attributes a point', () => {
    const tricky = [
      metricLine('http_req_duration'),
      metricLine('my_metric'),
      // another metric whose tags spell our metric as a value, as a key, and as an escaped "metric":"…" pair
      pointLine('my_metric', 111, {
        name: 'http_req_duration',
        metric: 'http_req_duration',
        note: '"metric":"http_req_duration"'
      }),
      JSON.stringify({
        type: 'Point',
        metric: 'my_metric',
        data: { value: 222, tags: { name: 'x', metric: 'http_req_duration' } }
      }),
      // our metric, whose tag values spell the other metric
      pointLine('http_req_duration', 5, { name: 'y', extra: '{"metric":"my_metric","type":"Point"}' }),
      // a pretty-printed (spaced) line of ours: found too (the pre-check looks for the quoted name only)
      '{ "metric" : "http_req_duration", "type" : "Point", "data" : { "value" : 6, "tags" : { "name" : "y" } } }',
      ''
    ].join('\n')
    const ours = parse(tricky)
    expect([...ours.endpoints.values()].map(e => e.key.name)).toEqual(['y'])
    expect(values(ours, 'y')).toEqual([5, 6])
    const theirs = parse(tricky, { metric: 'my_metric' })
    expect(values(theirs, 'http_req_duration')).toEqual([111])
    expect(values(theirs, 'x')).toEqual([222])
  })

  it('names that an encoder could escape take the slow path and are still read', () => {
    const name = 'odd<&>"name'
    const text = [metricLine(name), pointLine(name, 4, tags('a')), pointLine('other', 1, tags('a')), ''].join(
      '\n'
    )
    expect(values(parse(text, { metric: name }), 'a')).toEqual([4])
  })

  it('gives the same run for any chunking (lines split across chunks, CRLF)', () => {
    const rnd = prng(3)
    const lines = [metricLine('http_req_duration')]
    for (let i = 0; i < 300; i++)
      lines.push(
        pointLine(i % 3 ? 'http_req_duration' : 'http_reqs', Math.round(rnd() * 1e6) / 1e3, tags(`e${i % 4}`))
      )
    const text = lines.join('\r\n') + '\r\n'
    const whole = parse(text)
    for (const size of [1, 7, 64, 1000]) {
      const chunked = parse(text, {}, size)
      for (const n of ['e0', 'e1', 'e2', 'e3']) expect(values(chunked, n)).toEqual(values(whole, n))
    }
    expect(values(whole, 'e1').length).toBe(50)
  })

  it('URLs that differ under one name tag are one endpoint; a missing name falls back to url', () => {
    const text = [
      metricLine('http_req_duration'),
      pointLine('http_req_duration', 1, { name: 'GET /users/:id', url: 'http://h/users/1' }),
      pointLine('http_req_duration', 2, { name: 'GET /users/:id', url: 'http://h/users/2' }),
      pointLine('http_req_duration', 3, { url: 'http://h/plain' }),
      pointLine('http_req_duration', 4, null),
      ''
    ].join('\n')
    const run = parse(text)
    expect(values(run, 'GET /users/:id')).toEqual([1, 2])
    expect(values(run, 'http://h/plain')).toEqual([3])
    expect(values(run, '(no name)')).toEqual([4])
  })

  it('splits by scenario and/or group only when asked', () => {
    const text = [
      metricLine('http_req_duration'),
      pointLine('http_req_duration', 1, tags('a', { scenario: 's1', group: '::g1' })),
      pointLine('http_req_duration', 2, tags('a', { scenario: 's2', group: '::g1' })),
      pointLine('http_req_duration', 3, tags('a', { scenario: 's2', group: '::g2' })),
      ''
    ].join('\n')
    expect(parse(text).endpoints.size).toBe(1)
    expect(parse(text, { split: { scenario: true, group: false } }).endpoints.size).toBe(2)
    expect(parse(text, { split: { scenario: false, group: true } }).endpoints.size).toBe(2)
    const both = parse(text, { split: { scenario: true, group: true } })
    expect([...both.endpoints.values()].map(e => [e.key.scenario, e.key.group, e.count])).toEqual([
      ['s1', '::g1', 1],
      ['s2', '::g1', 1],
      ['s2', '::g2', 1]
    ])
  })

  it('a truncated last line is ignored with a notice; the complete lines stand', () => {
    const full = [
      metricLine('http_req_duration'),
      pointLine('http_req_duration', 1, tags('a')),
      pointLine('http_req_duration', 2, tags('a'))
    ]
    const cut = full.join('\n') + '\n' + pointLine('http_req_duration', 3, tags('a')).slice(0, 40)
    const run = parse(cut)
    expect(values(run, 'a')).toEqual([1, 2])
    expect(run.notices).toHaveLength(1)
    expect(run.notices[0]).toMatch(/line 4 is cut short/)
    // a complete last line without a newline counts
    expect(values(parse(full.join('\n')), 'a')).toEqual([1, 2])
  })

  it('a malformed middle line is an error naming the file and line', () => {
    const lines = [
      metricLine('http_req_duration'),
      pointLine('http_req_duration', 1, tags('a')),
      '{"metric":"http_req_duration","type":"Point",',
      pointLine('http_req_duration', 2, tags('a')),
      ''
    ]
    expect(() => parse(lines.join('\n'))).toThrow(new UserError('t.json: line 3: not a JSON object'))
    const bad = [
      metricLine('http_req_duration'),
      '{"metric":"http_req_duration","type":"Point","data":{"value":1,}}',
      ''
    ]
    expect(() => parse(bad.join('\n'))).toThrow(/^t\.json: line 2: malformed JSON/)
    const notNum = [
      metricLine('http_req_duration'),
      '{"metric":"http_req_duration","type":"Point","data":{"value":"1"}}',
      ''
    ]
    expect(() => parse(notNum.join('\n'))).toThrow('t.json: line 2: a Point without a numeric data.value')
    // a skipped (other-metric) line is checked too
    const junk = [
      metricLine('http_req_duration'),
      'garbage',
      pointLine('http_req_duration', 1, tags('a')),
      ''
    ]
    expect(() => parse(junk.join('\n'))).toThrow('t.json: line 2: not a JSON object')
  })

  it('caps line length, samples kept and endpoints, each with a one-line error', () => {
    const long = [metricLine('http_req_duration'), pointLine('other', 1, { name: 'x'.repeat(5000) }), '']
    expect(() => parse(long.join('\n'), { limits: { maxLineBytes: 1000 } as never })).toThrow(
      /line 2: longer than 1000 bytes/
    )
    // a line longer than the cap with no newline at all (e.g. a binary file) stops too, without buffering it all
    expect(() => parse('{' + 'a'.repeat(5000), { limits: { maxLineBytes: 1000 } as never }, 100)).toThrow(
      /longer than 1000 bytes/
    )
    const many = [
      metricLine('http_req_duration'),
      ...Array.from({ length: 20 }, (_, i) => pointLine('http_req_duration', i, tags('a'))),
      ''
    ]
    expect(() => parse(many.join('\n'), { limits: { maxSamples: 10 } as never })).toThrow(
      /more than 10 samples/
    )
    const eps = [
      metricLine('http_req_duration'),
      ...Array.from({ length: 20 }, (_, i) => pointLine('http_req_duration', i, tags(`/u/${i}`))),
      ''
    ]
    expect(() => parse(eps.join('\n'), { limits: { maxEndpoints: 5 } as never })).toThrow(
      /more than 5 endpoints; k6 names a request by its URL/
    )
  })

  it('refuses a metric that is not a trend, and names the metrics when the chosen one is absent', () => {
    const text = [
      metricLine('http_reqs', 'counter'),
      pointLine('http_reqs', 1, tags('a')),
      metricLine('iteration_duration'),
      ''
    ]
    expect(() => parse(text.join('\n'), { metric: 'http_reqs' })).toThrow(
      't.json: metric "http_reqs" is a counter, not a trend; percentiles need a trend metric'
    )
    expect(() => parse(text.join('\n'))).toThrow(
      't.json: no samples of metric "http_req_duration" (metrics in the file: http_reqs, iteration_duration)'
    )
  })
})

describe('files: gzip, caps, detection', () => {
  const ndjson = [
    metricLine('http_req_duration'),
    ...Array.from({ length: 50 }, (_, i) => pointLine('http_req_duration', i + 1, tags('a'))),
    ''
  ].join('\n')

  it('reads .gz and plain to the same run, and keeps the complete lines of a gzip cut short', async () => {
    const plain = await loadRun(file('r.json', ndjson), defaultLoadOptions())
    const gz = await loadRun(file('r.json.gz', gzipSync(ndjson)), defaultLoadOptions())
    expect(values(gz, 'a')).toEqual(values(plain, 'a'))
    expect(plain.format).toBe('k6-ndjson')
    const whole = gzipSync(Buffer.from(ndjson.repeat(200)))
    const cut = await loadRun(file('cut.json.gz', whole.subarray(0, whole.length >> 1)), defaultLoadOptions())
    expect(values(cut, 'a').length).toBeGreaterThan(0)
    expect(values(cut, 'a').length).toBeLessThan(50 * 200)
    expect(cut.notices.join(' ')).toMatch(/gzip stream ends early/)
  })

  it('stops a gzip bomb by its expansion ratio', async () => {
    const bomb = gzipSync(Buffer.from(ndjson + '\n'.repeat(8 << 20)))
    const p = file('bomb.json.gz', bomb)
    await expect(
      loadRun(p, defaultLoadOptions({ limits: { gzipRatioAfterBytes: 1 << 20, maxGzipRatio: 100 } as never }))
    ).rejects.toThrow(/gzip expands more than 100:1 .*possible gzip bomb/)
  })

  it('a file in no supported format is a one-line UserError naming it', async () => {
    for (const [name, content] of [
      ['x.txt', 'hello world\n'],
      ['x.json', '{"foo": 1}'],
      ['bad.json', '{"foo": '],
      ['empty.json', '']
    ] as const) {
      const p = file(name, content)
      const err = await loadRun(p, defaultLoadOptions()).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(UserError)
      expect((err as Error).message).toContain(p)
      expect((err as Error).message).not.toContain('\n')
    }
    await expect(loadRun(join(dir, 'missing.json'), defaultLoadOptions())).rejects.toThrow(
      /missing\.json: cannot open \(ENOENT\)/
    )
  })
})

describe('other formats', () => {
  const o = defaultLoadOptions()

  it('k6 handleSummary and machine-readable summary: per-endpoint sub-metrics, pre-computed', () => {
    const values = { avg: 10, min: 1, med: 9, max: 40, 'p(90)': 20, 'p(95)': 25, 'p(99)': 33, count: 400 }
    const hs = parseDocument(
      {
        metrics: {
          http_req_duration: { type: 'trend', contains: 'time', values },
          'http_req_duration{name:GET /a}': {
            type: 'trend',
            contains: 'time',
            values: { ...values, 'p(95)': 30 }
          },
          http_reqs: { type: 'counter', contains: 'default', values: { count: 3, rate: 1 } }
        },
        root_group: { name: '', path: '', groups: [], checks: [] },
        options: { summaryTrendStats: ['avg'] },
        state: { testRunDurationMs: 1000 }
      },
      'hs.json',
      o
    )
    expect(hs.format).toBe('k6-handle-summary')
    expect([...hs.endpoints.values()]).toEqual([
      {
        key: { name: 'GET /a' },
        count: 400,
        samples: null,
        sum: null,
        precomputed: { p50: 9, p90: 20, p95: 30, p99: 33 }
      }
    ])
    const mr = parseDocument(
      {
        version: '1.0.0',
        metadata: { generatedAt: 'x', k6Version: '2.2.0' },
        config: {},
        results: {
          metrics: [
            {
              name: 'http_req_duration',
              type: 'trend',
              contains: 'time',
              values: { med: 9, 'p(90)': 20, 'p(95)': 25 }
            }
          ]
        }
      },
      'mr.json',
      o
    )
    expect(mr.format).toBe('k6-machine-summary')
    const all = [...mr.endpoints.values()][0]
    expect(all?.key.name).toBe('(all)')
    expect(all?.precomputed).toEqual({ p50: 9, p90: 20, p95: 25, p99: null })
    expect(all?.count).toBeNull()
    expect(mr.notices.join(' ')).toMatch(/one endpoint "\(all\)"/)
  })

  it('autocannon: pre-computed, and it says that it has no p95', () => {
    const run = parseDocument(
      {
        title: 'api',
        url: 'http://127.0.0.1:1/',
        requests: { total: 500 },
        latency: { p50: 67, p90: 126, p97_5: 378, p99: 386, totalCount: 500 }
      },
      'ac.json',
      o
    )
    expect([...run.endpoints.values()][0]).toEqual({
      key: { name: 'api' },
      count: 500,
      samples: null,
      sum: null,
      precomputed: { p50: 67, p90: 126, p95: null, p99: 386 }
    })
    expect(run.notices[0]).toMatch(/no p95/)
  })

  it('hyperfine and pytest-benchmark samples become milliseconds', () => {
    const hf = parseDocument(
      { results: [{ command: 'sleep 0.1', mean: 0.1, times: [0.1, 0.2, 0.15] }] },
      'hf.json',
      o
    )
    expect(values(hf, 'sleep 0.1')).toEqual([100, 150, 200])
    const pb = parseDocument(
      {
        machine_info: {},
        benchmarks: [
          {
            name: 't',
            fullname: 'a.py::t',
            stats: { median: 0.001, rounds: 3, data: [0.001, 0.002, 0.003] }
          },
          { name: 'u', fullname: 'a.py::u', stats: { median: 0.004, rounds: 9 } }
        ]
      },
      'pb.json',
      o
    )
    expect(values(pb, 'a.py::t')).toEqual([1, 2, 3])
    expect([...pb.endpoints.values()].find(e => e.key.name === 'a.py::u')?.precomputed?.p50).toBe(4)
  })

  it('go test -bench text: one sample per line, GOMAXPROCS suffix dropped', async () => {
    const text =
      'goos: linux\ngoarch: amd64\nBenchmarkParse-8   \t 1000\t   1500000 ns/op\t  12 B/op\nBenchmarkParse-8   \t 1000\t   2500000 ns/op\nBenchmarkX-4 10 3.5e+06 ns/op\nPASS\nok  \tpkg\t1.2s\n'
    const run = await loadRun(file('bench.txt', text), o)
    expect(run.format).toBe('go-bench')
    expect(values(run, 'BenchmarkParse')).toEqual([1.5, 2.5])
    expect(values(run, 'BenchmarkX')).toEqual([3.5])
  })

  it('generic JSON: samples in a unit, or percentiles that must be marked pre-computed', () => {
    const run = parseDocument(
      {
        qualityGatesPerf: 1,
        unit: 's',
        endpoints: [
          { name: 'a', samples: [0.5, 0.25] },
          { name: 'b', precomputed: true, count: 10, p95: 0.3 }
        ]
      },
      'g.json',
      o
    )
    expect(values(run, 'a')).toEqual([250, 500])
    expect([...run.endpoints.values()].find(e => e.key.name === 'b')?.precomputed).toEqual({
      p50: null,
      p90: null,
      p95: 300,
      p99: null
    })
    expect(() =>
      parseDocument({ qualityGatesPerf: 1, endpoints: [{ name: 'b', p95: 3 }] }, 'g.json', o)
    ).toThrow(
      'g.json: endpoints[0] gives percentiles without "precomputed": true (say that they cannot be pooled)'
    )
    expect(() =>
      parseDocument({ qualityGatesPerf: 1, endpoints: [{ name: 'a', samples: [1, -2] }] }, 'g.json', o)
    ).toThrow(/not a non-negative number/)
    expect(() => parseDocument({ qualityGatesPerf: 1, unit: 'min', endpoints: [] }, 'g.json', o)).toThrow(
      /unit must be/
    )
  })
})
