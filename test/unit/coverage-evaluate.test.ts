import { describe, expect, it } from '@jest/globals'
import { evaluate, formatDeltaPp, formatPercent } from '../../src/coverage/evaluate.js'
import type { PatchResult } from '../../src/coverage/patch.js'
import { r, summary } from '../support/coverage-summary.js'

function patch(covered: number, total: number, missing: string[] = []): PatchResult {
  return {
    lines: total === 0 ? null : r(covered, total),
    files:
      total > covered
        ? [{ path: 'src/a.ts', covered, total, uncoveredRanges: [[10, 12]], partialLines: 0 }]
        : [],
    missingData: missing,
    partial: 'miss'
  }
}

// The exact arithmetic behind these (thresholds, drops, comparisons) is tested in ratio.test.ts.
describe('formatting', () => {
  it('formats percentages rounded down and never shows -0.00', () => {
    expect(formatPercent(r(7, 8))).toBe('87.50%')
    expect(formatPercent(r(99999, 100000))).toBe('99.99%')
    expect(formatPercent(r(1, 3))).toBe('33.33%')
    expect(formatPercent(r(2, 3))).toBe('66.66%')
    expect(formatPercent(r(0, 5))).toBe('0.00%')
    expect(formatPercent(r(5, 5))).toBe('100.00%')
    expect(formatPercent(r(0, 0))).toBe('n/a')
    expect(formatDeltaPp(r(1336, 1683), r(1336, 1683))).toBe('±0.00')
    expect(formatDeltaPp(r(2672, 3366), r(1336, 1683))).toBe('±0.00')
    expect(formatDeltaPp(r(1336, 1684), r(1336, 1683))).toBe('−0.04')
    expect(formatDeltaPp(r(100000, 1000001), r(1, 10))).toBe('−<0.01')
    expect(formatDeltaPp(r(101, 1000), r(1, 10))).toBe('+0.10')
    expect(formatDeltaPp(r(875, 1000), r(8762, 10000))).toBe('−0.12')
    expect(formatDeltaPp(r(1, 1), r(0, 0))).toBe('n/a')
  })
})

describe('evaluate', () => {
  const head = summary({ 'src/a.ts': [70, 100], 'src/core/b.ts': [17, 20], 'src/c.ts': [10, 10] })

  it('passes when all rules hold', () => {
    const e = evaluate({
      head,
      base: head,
      patch: patch(3, 3),
      rules: { minProject: 74.6, maxDrop: 0, minPatch: 80 }
    })
    expect(e.status).toBe('pass')
    expect(e.reasons).toEqual([])
    expect(e.indirect).toEqual([])
  })

  it('min-project fails with numbers and files', () => {
    const e = evaluate({ head, base: null, patch: null, rules: { minProject: 74.62 } })
    expect(e.status).toBe('fail')
    expect(e.reasons).toEqual([
      'min-project: project line coverage 74.61% (97 of 130 lines) is below 74.62%; most uncovered lines in src/a.ts (30), src/core/b.ts (3)'
    ])
  })

  it('max-drop compares exactly against the base and names the files that lost lines', () => {
    const base = summary({ 'src/a.ts': [75, 100], 'src/core/b.ts': [17, 20], 'src/c.ts': [10, 10] })
    const e = evaluate({ head, base, patch: null, changedPaths: ['src/a.ts'], rules: { maxDrop: 3.84 } })
    expect(e.status).toBe('fail')
    expect(e.reasons[0]).toBe(
      'max-drop: project line coverage changed −3.84 pp (78.46% → 74.61%), more than the allowed drop of 3.84 pp; most new uncovered lines in src/a.ts (+5)'
    )
    expect(evaluate({ head, base, patch: null, rules: { maxDrop: 3.85 } }).status).toBe('pass')
  })

  it('the identical 1336/1683 never fails a zero-drop rule', () => {
    const h = summary({ 'a.py': [1336, 1683] })
    const b = summary({ 'a.py': [1336, 1683] })
    expect(evaluate({ head: h, base: b, patch: null, rules: { maxDrop: 0 } }).status).toBe('pass')
  })

  it('min-patch: n/a passes with a notice; below floor fails naming ranges', () => {
    const na = evaluate({ head, base: null, patch: patch(0, 0), rules: { minPatch: 100 } })
    expect(na.status).toBe('pass')
    expect(na.notices.join('\n')).toMatch(/patch coverage is n\/a/)
    const f = evaluate({ head, base: null, patch: patch(3, 4), rules: { minPatch: 80 } })
    expect(f.reasons).toEqual([
      'min-patch: patch coverage 75.00% (3 of 4 added lines) is below 80%; uncovered added lines in src/a.ts (L10-L12)'
    ])
  })

  it('max-new-uncovered is an integer comparison', () => {
    expect(evaluate({ head, base: null, patch: patch(3, 5), rules: { maxNewUncovered: 2 } }).status).toBe(
      'pass'
    )
    const e = evaluate({ head, base: null, patch: patch(3, 6), rules: { maxNewUncovered: 2 } })
    expect(e.status).toBe('fail')
    expect(e.reasons[0]).toMatch(
      /^max-new-uncovered: 3 added line\(s\) are not covered, more than the allowed 2; in src\/a\.ts/
    )
  })

  it('per-path rules aggregate matching files', () => {
    const e = evaluate({
      head,
      base: null,
      patch: null,
      rules: { paths: [{ pattern: 'src/core/**', min: 90 }] }
    })
    expect(e.reasons).toEqual([
      'path src/core/** >= 90: 85.00% (17 of 20 lines in 1 file(s)) is below 90%; most uncovered lines in src/core/b.ts (3)'
    ])
    const none = evaluate({
      head,
      base: null,
      patch: null,
      rules: { paths: [{ pattern: 'lib/**', min: 90 }] }
    })
    expect(none.status).toBe('pass')
    expect(none.notices[0]).toMatch(/lib\/\*\* >= 90: no coverable lines/)
  })

  it('informational forces pass and keeps the reasons', () => {
    const e = evaluate({ head, base: null, patch: null, rules: { minProject: 99, informational: true } })
    expect(e.status).toBe('pass')
    expect(e.wouldBe).toBe('fail')
    expect(e.reasons).toHaveLength(1)
    expect(e.notices.at(-1)).toMatch(/would have been fail/)
  })

  it('on-missing-baseline: pass (default, with notice), neutral, fail', () => {
    const d = evaluate({ head, base: null, patch: null, rules: { maxDrop: 1 } })
    expect(d.status).toBe('pass')
    expect(d.notices[0]).toMatch(/no baseline.*on-missing-baseline: pass/)
    expect(
      evaluate({ head, base: null, patch: null, rules: { maxDrop: 1, onMissingBaseline: 'neutral' } }).status
    ).toBe('neutral')
    const f = evaluate({ head, base: null, patch: null, rules: { maxDrop: 1, onMissingBaseline: 'fail' } })
    expect(f.status).toBe('fail')
    expect(f.reasons[0]).toMatch(/^max-drop: no baseline/)
  })

  it('an empty head report makes min-project neutral, not a crash or a 0% fail', () => {
    const e = evaluate({ head: summary({}), base: null, patch: null, rules: { minProject: 50 } })
    expect(e.status).toBe('neutral')
  })

  it('finds indirect changes outside the diff and lists missing-data files', () => {
    const base = summary({ 'src/a.ts': [60, 100], 'src/core/b.ts': [18, 20], 'src/gone.ts': [1, 1] })
    const e = evaluate({
      head,
      base,
      patch: patch(1, 1, ['src/new.ts']),
      changedPaths: ['src/a.ts', 'src/c.ts'],
      rules: {}
    })
    expect(e.indirect).toEqual([
      { path: 'src/core/b.ts', base: r(18, 20), head: r(17, 20) },
      { path: 'src/gone.ts', base: r(1, 1), head: null }
    ])
    expect(e.notices).toContain('1 changed file(s) have no coverage data: src/new.ts')
    expect(e.status).toBe('pass')
  })
})
