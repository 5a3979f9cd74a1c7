// The health of a k6 --out json run (http_req_failed per endpoint, dropped_iterations) is collected in the
// ingestion pass itself: equal counts whatever the chunking, split like the samples, on the corpus file (plain and
// .gz) as its oracle says, and the gate's readHealth does not read the file a second time.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { K6NdjsonParser } from '../../src/perf/k6-ndjson.js'
import { loadRun } from '../../src/perf/load.js'
import { defaultLoadOptions, endpointId } from '../../src/perf/model.js'
import { readHealth } from '../../src/perf/run-info.js'
import { UserError } from '../../src/shared/errors.js'
import { metricLine, pointLine } from '../support/perf-data.js'
import { K6_CORPUS, K6_REPLAY } from '../support/perf-k6-standin.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qg-perf-health-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

/** 12 requests on A (scenario s1: 4 failed) and B (scenario s2: none failed), 3 + 2 dropped iterations. */
function stream(): string {
  const lines = [metricLine('http_req_duration'), metricLine('http_req_failed', 'rate')]
  for (let i = 0; i < 12; i++) {
    const a = { name: 'A', scenario: 's1' }
    const b = { name: 'B', scenario: 's2' }
    lines.push(pointLine('http_req_duration', 10 + i, a, i % 2 ? 'type-first' : 'metric-first'))
    lines.push(pointLine('http_req_failed', i % 3 === 0 ? 1 : 0, a, i % 2 ? 'metric-first' : 'type-first'))
    lines.push(pointLine('http_req_duration', 20 + i, b))
    lines.push(pointLine('http_req_failed', 0, b))
    lines.push(pointLine('http_reqs', 1, a)) // another metric: skipped
  }
  lines.push(pointLine('dropped_iterations', 3, null), pointLine('dropped_iterations', 2, { scenario: 's1' }))
  return `${lines.join('\n')}\n`
}

describe('health collected while ingesting k6 --out json', () => {
  it('failed requests per endpoint and in all, dropped iterations: the same for every chunking', () => {
    const text = Buffer.from(stream())
    const whole = new K6NdjsonParser('k6.json', defaultLoadOptions())
    whole.write(text)
    const health = whole.end().health
    expect(health).toEqual({
      errors: { failed: 4, total: 24 },
      byEndpoint: {
        [endpointId({ name: 'A' })]: { failed: 4, total: 12 },
        [endpointId({ name: 'B' })]: { failed: 0, total: 12 }
      },
      dropped: 5
    })
    for (const size of [1, 7, 64, 333]) {
      const p = new K6NdjsonParser('k6.json', defaultLoadOptions())
      for (let i = 0; i < text.length; i += size) p.write(text.subarray(i, i + size))
      expect(p.end().health).toEqual(health)
    }
  })

  it('split by scenario: the failures split as the samples do', () => {
    const p = new K6NdjsonParser('k6.json', defaultLoadOptions({ split: { scenario: true, group: false } }))
    p.write(Buffer.from(stream()))
    const run = p.end()
    const a = endpointId({ name: 'A', scenario: 's1' })
    expect([...run.endpoints.keys()].sort()).toEqual([a, endpointId({ name: 'B', scenario: 's2' })].sort())
    expect(run.health?.byEndpoint[a]).toEqual({ failed: 4, total: 12 })
  })

  it('a malformed http_req_failed line is an error naming the line (it is parsed now, as every sample line is)', () => {
    const p = new K6NdjsonParser('k6.json', defaultLoadOptions())
    const bad = `${metricLine('http_req_duration')}\n{"metric":"http_req_failed","type":"Point","data":{"value":1,}}\n`
    expect(() => p.write(Buffer.from(bad))).toThrow(/^k6\.json: line 2: malformed JSON/)
  })

  it('readHealth with the loaded run does not read the file again', async () => {
    const file = join(dir, 'run.json')
    await writeFile(file, stream())
    const options = defaultLoadOptions()
    const run = await loadRun(file, options, 'run.json')
    await rm(file)
    const h = await readHealth(file, 'run.json', 'k6-ndjson', options, run)
    expect(h).toMatchObject({ errors: { failed: 4, total: 24 }, dropped: 5, thresholdsFailed: [] })
    await expect(readHealth(file, 'run.json', 'k6-ndjson', options)).rejects.toThrow(UserError)
  })
})

const haveCorpus = existsSync(K6_REPLAY)
if (!haveCorpus) console.log(`perf-health-pass: corpus checks skipped, the corpus is absent (${K6_CORPUS})`)
;(haveCorpus ? describe : describe.skip)('health of the corpus k6 run (../shared/corpus/k6)', () => {
  it("plain and .gz: http_req_failed as expected.json's Rate (passes = failed, samples = total), no dropped iterations", async () => {
    const expected = JSON.parse(await readFile(join(K6_CORPUS, 'expected.json'), 'utf8')) as {
      ndjson: {
        aggregates_k6_semantics: Record<string, { passes?: number; samples?: number } | undefined>
      }
    }
    const failed = expected.ndjson.aggregates_k6_semantics.http_req_failed
    expect(failed).toBeDefined()
    expect(expected.ndjson.aggregates_k6_semantics.dropped_iterations).toBeUndefined()
    const gz = join(dir, 'result.json.gz')
    await copyFile(join(K6_CORPUS, 'xk6-dashboard', 'result.json.gz'), gz)
    for (const file of [K6_REPLAY, gz]) {
      const run = await loadRun(file, defaultLoadOptions(), file)
      expect(run.health?.errors).toEqual({ failed: failed?.passes, total: failed?.samples })
      expect(run.health?.dropped).toBeNull()
      const perEndpoint = Object.values(run.health?.byEndpoint ?? {})
      expect(perEndpoint.reduce((n, f) => n + f.total, 0)).toBe(failed?.samples)
    }
  })
})
