import { describe, expect, it } from '@jest/globals'
import {
  compareOrder,
  contentOf,
  hasMarker,
  markerLine,
  readOrder,
  readState,
  reportDigest,
  stateLine,
  validateReportId,
  withStateLine,
  type DigestInput
} from '../../src/pr-report/marker.js'

describe('pr-report marker', () => {
  it('builds the exact first-line marker and validates the id', () => {
    expect(markerLine('default')).toBe('<!-- pr-report:v1 id=default -->')
    expect(validateReportId(undefined)).toBe('default')
    expect(validateReportId(' nightly-2 ')).toBe('nightly-2')
    expect(() => validateReportId('Bad_Id')).toThrow(
      /input "id": "Bad_Id" is not a valid report id \(allowed/
    )
    expect(() => validateReportId('x -->')).toThrow(/not a valid report id/)
    expect(() => validateReportId('a'.repeat(41))).toThrow(/not a valid report id/)
  })

  it('matches only an exact first line', () => {
    const m = markerLine('default')
    expect(hasMarker(`${m}\nbody`, m)).toBe(true)
    expect(hasMarker(`${m}\r\nbody`, m)).toBe(true)
    expect(hasMarker(m, m)).toBe(true)
    expect(hasMarker(`x\n${m}`, m)).toBe(false)
    expect(hasMarker(` ${m}\n`, m)).toBe(false)
    expect(hasMarker(`<!-- pr-report:v1 id=default-2 -->\n`, m)).toBe(false)
    expect(hasMarker(null, m)).toBe(false)
  })

  it('round-trips the order and treats a missing or forged state as oldest', () => {
    const body = `${markerLine('default')}\n${stateLine([123, 2])}\n## hi`
    expect(readOrder(body)).toEqual([123, 2])
    expect(readOrder(`${markerLine('default')}\n## no state`)).toEqual([])
    expect(readOrder(`${markerLine('default')}\n<!-- pr-report:state {"order":[1.5]} -->`)).toEqual([])
    expect(readOrder(`${markerLine('default')}\n<!-- pr-report:state {"order":"x"} -->`)).toEqual([])
    expect(readOrder(`${markerLine('default')}\n<!-- pr-report:state {bad -->`)).toEqual([])
    expect(() => stateLine([-1])).toThrow()
  })

  it('content ignores only the state line', () => {
    const a = `${markerLine('default')}\n${stateLine([1])}\nbody`
    const b = `${markerLine('default')}\n${stateLine([2, 1])}\nbody`
    expect(contentOf(a)).toBe(contentOf(b))
    expect(contentOf(a)).toBe(`${markerLine('default')}\nbody`)
    expect(contentOf(`${markerLine('default')}\nother`)).toBe(`${markerLine('default')}\nother`)
  })

  it('compares orders lexicographically', () => {
    expect(compareOrder([2], [10])).toBeLessThan(0)
    expect(compareOrder([5, 1], [5, 2])).toBeLessThan(0)
    expect(compareOrder([5, 2], [5, 2])).toBe(0)
    expect(compareOrder([5], [5, 1])).toBeLessThan(0)
    expect(compareOrder([], [0])).toBeLessThan(0)
    expect(compareOrder([6], [5, 9])).toBeGreaterThan(0)
  })

  it('stores a digest beside the order and drops a malformed one', () => {
    const m = markerLine('default')
    const d = '0123456789abcdef'.repeat(2)
    expect(stateLine([7, 1], d)).toBe(`<!-- pr-report:state {"order":[7,1],"digest":"${d}"} -->`)
    expect(readState(`${m}\n${stateLine([7, 1], d)}\nbody`)).toEqual({ order: [7, 1], digest: d })
    expect(readState(`${m}\n${stateLine([7])}\nbody`)).toEqual({ order: [7] })
    // an upper-case, short, long or non-string digest is not ours: the report then counts as changed
    for (const bad of [d.toUpperCase(), d.slice(1), `${d}0`, 12, null]) {
      const line = `<!-- pr-report:state ${JSON.stringify({ order: [7], digest: bad })} -->`
      expect(readState(`${m}\n${line}\nbody`)).toEqual({ order: [7] })
    }
    expect(readState(`${m}\n<!-- pr-report:state null -->`)).toEqual({ order: [] })
    expect(() => stateLine([1], 'xyz')).toThrow(/digest/)
    // the order still reads from a line with a digest
    expect(readOrder(`${m}\n${stateLine([3], d)}\n`)).toEqual([3])
    expect(contentOf(`${m}\n${stateLine([3], d)}\nbody`)).toBe(`${m}\nbody`)
  })

  it('replaces or inserts the state line and leaves the report as it is', () => {
    const m = markerLine('default')
    const next = stateLine([9], 'f'.repeat(32))
    expect(withStateLine(`${m}\n${stateLine([1])}\n## hi\nthere\n`, next)).toBe(
      `${m}\n${next}\n## hi\nthere\n`
    )
    expect(withStateLine(`${m}\n## no state\n`, next)).toBe(`${m}\n${next}\n## no state\n`)
    expect(withStateLine(m, next)).toBe(`${m}\n${next}`)
    expect(withStateLine(`${m}\n${stateLine([1])}`, next)).toBe(`${m}\n${next}`)
    expect(readState(withStateLine(`${m}\n${stateLine([1])}\nx`, next))).toEqual({
      order: [9],
      digest: 'f'.repeat(32)
    })
  })

  describe('report digest', () => {
    const result = (over: Partial<DigestInput['results'][number]> = {}) => ({
      gate: 'coverage',
      statusContext: 'quality-gates/coverage',
      status: 'pass' as const,
      summary: 'lines 81.2% (+0.4 pp)',
      metrics: { lines_pct: 81.2, lines_covered: 812, lines_total: 1000, baseline_sha: 'abc' },
      ...over
    })
    const input = (over: Partial<DigestInput> = {}): DigestInput => ({
      results: [
        result(),
        result({ gate: 'flaky', statusContext: 'quality-gates/flaky', metrics: { failed: 0 } })
      ],
      problems: [],
      expected: ['coverage'],
      onMissing: 'fail',
      untrusted: false,
      ...over
    })

    it('is 32 hex digits and ignores the order of results, metrics and problems', () => {
      const a = reportDigest(input())
      expect(a).toMatch(/^[0-9a-f]{32}$/)
      const [r1, r2] = input().results
      expect(reportDigest(input({ results: [r2!, r1!] }))).toBe(a)
      expect(
        reportDigest(
          input({
            results: [
              result({
                metrics: { baseline_sha: 'abc', lines_total: 1000, lines_covered: 812, lines_pct: 81.2 }
              }),
              r2!
            ]
          })
        )
      ).toBe(a)
      const p = [
        { source: 'x.json', error: 'unreadable' },
        { source: 'y.json', error: 'unreadable', kind: 'refused' }
      ]
      expect(reportDigest(input({ problems: p }))).toBe(reportDigest(input({ problems: [p[1]!, p[0]!] })))
      expect(reportDigest(input({ expected: ['b', 'a'] }))).toBe(
        reportDigest(input({ expected: ['a', 'b'] }))
      )
    })

    it('changes with the status, the summary line, any metric, a problem and the verdict rules', () => {
      const base = reportDigest(input())
      const variants: DigestInput[] = [
        input({ results: [result({ status: 'fail' }), input().results[1]!] }),
        input({ results: [result({ summary: 'lines 81.3% (+0.5 pp)' }), input().results[1]!] }),
        input({
          results: [result({ metrics: { ...result().metrics, lines_covered: 813 } }), input().results[1]!]
        }),
        // a metric whose type changes but prints the same is a change too
        input({
          results: [result({ metrics: { ...result().metrics, lines_total: '1000' } }), input().results[1]!]
        }),
        input({ results: [result({ metrics: { ...result().metrics, extra: null } }), input().results[1]!] }),
        input({ results: [result()] }),
        input({ problems: [{ source: 'x.json', error: 'unreadable' }] }),
        input({ problems: [{ source: 'x.json', error: 'unreadable', kind: 'refused' }] }),
        input({ expected: ['coverage', 'perf'] }),
        input({ onMissing: 'neutral' }),
        input({ untrusted: true })
      ]
      const digests = variants.map(reportDigest)
      for (const d of digests) expect(d).not.toBe(base)
      expect(new Set(digests).size).toBe(digests.length)
    })

    it('covers every metric of the largest report: 200 results of 200 metrics each', () => {
      const metrics = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`m${i}`, i]))
      const many = Array.from({ length: 200 }, (_, i) => result({ gate: `g${i}`, metrics }))
      const last = [...many.slice(0, -1), result({ gate: 'g199', metrics: { ...metrics, m199: 200 } })]
      expect(reportDigest(input({ results: many }))).toMatch(/^[0-9a-f]{32}$/)
      expect(reportDigest(input({ results: last }))).not.toBe(reportDigest(input({ results: many })))
    })
  })
})
