import { describe, expect, it } from '@jest/globals'
import { badgeColor, badgeSvg, shieldsEndpoint } from '../../src/coverage/badge.js'
import {
  BASELINE_VERSION,
  configHash,
  parseBaseline,
  serializeBaseline
} from '../../src/coverage/baseline-format.js'
import { evaluate } from '../../src/coverage/evaluate.js'
import { appendTrend, trendSeries, validateTrend, type TrendPoint } from '../../src/coverage/history.js'
import type { CoverageReport, LineCoverage } from '../../src/coverage/model.js'
import type { PatchResult } from '../../src/coverage/patch.js'
import { annotationsFor, renderCoverage, statusDescription, summaryLine } from '../../src/coverage/render.js'
import { parseFragment } from '../../src/shared/fragment.js'
import { r, summary } from '../support/coverage-summary.js'

function patchOf(
  files: { path: string; covered: number; total: number; ranges: [number, number][] }[]
): PatchResult {
  const covered = files.reduce((a, f) => a + f.covered, 0)
  const total = files.reduce((a, f) => a + f.total, 0)
  return {
    lines: total ? r(covered, total) : null,
    files: files.map(f => ({
      path: f.path,
      covered: f.covered,
      total: f.total,
      uncoveredRanges: f.ranges,
      partialLines: 0
    })),
    missingData: [],
    partial: 'miss'
  }
}

describe('render', () => {
  it('summary line: project with delta, patch with counts, verdict', () => {
    const head = summary({ 'a.ts': [875, 1000] })
    const base = summary({ 'a.ts': [8762, 10000] })
    const patch = patchOf([{ path: 'a.ts', covered: 3, total: 4, ranges: [[7, 7]] }])
    const evaluation = evaluate({ head, base, patch, rules: {} })
    expect(summaryLine({ evaluation, head, base, patch })).toBe(
      'Project 87.50% (−0.12 pp), patch 75.00% (3 of 4 lines) — pass'
    )
    const same = summary({ 'a.ts': [1336, 1683] })
    const e2 = evaluate({ head: same, base: same, patch: null, rules: { maxDrop: 0 } })
    expect(summaryLine({ evaluation: e2, head: same, base: same, patch: null })).toBe(
      'Project 79.38% (±0.00 pp) — pass'
    )
    const nearly = summary({ 'a.ts': [99999, 100000] })
    const e3 = evaluate({ head: nearly, base: null, patch: patchOf([]), rules: {} })
    expect(summaryLine({ evaluation: e3, head: nearly, base: null, patch: patchOf([]) })).toBe(
      'Project 99.99%, patch n/a (no coverable lines added) — pass'
    )
  })

  it('status description is at most 140 characters', () => {
    const head = summary({ 'a.ts': [1, 3] })
    const evaluation = { ...evaluate({ head, base: null, patch: null, rules: {} }), status: 'fail' as const }
    const d = statusDescription({ evaluation, head, base: null, patch: null })
    expect(d.length).toBeLessThanOrEqual(140)
    const long = { ...head, totals: { ...head.totals, lines: r(123456789, 987654321) } }
    const huge = patchOf([{ path: 'x', covered: 123456789, total: 987654321, ranges: [] }])
    const base = summary({ x: [1, 7] })
    expect(statusDescription({ evaluation, head: long, base, patch: huge }).length).toBeLessThanOrEqual(140)
  })

  it('renders a valid fragment with escaped paths, cut tables, indirect changes, baseline note and trend', () => {
    const files: Record<string, [number, number]> = {}
    for (let i = 0; i < 15; i++) files[`src/f${String(i).padStart(2, '0')}.ts`] = [i, 20]
    files['src/evil|`@team`<img src=x>.ts'] = [0, 5]
    files['src/other.ts'] = [3, 10]
    const head = summary(files, r(5, 10))
    const base = summary({ ...files, 'src/other.ts': [4, 10] }, r(6, 10))
    const changed = Object.keys(files)
      .filter(p => p !== 'src/other.ts')
      .map(path => ({ path, status: 'M', added: [1], binary: false }))
    const patch = patchOf([
      { path: 'src/evil|`@team`<img src=x>.ts', covered: 0, total: 2, ranges: [[1, 2]] },
      { path: 'src/f03.ts', covered: 1, total: 1, ranges: [] }
    ])
    const evaluation = evaluate({
      head,
      base,
      patch,
      changedPaths: changed.map(c => c.path),
      rules: { minPatch: 80 }
    })
    const trend: TrendPoint[] = [
      { sha: 'a'.repeat(40), date: '2026-01-01T00:00:00Z', lines: r(70, 100) },
      { sha: 'b'.repeat(40), date: '2026-01-02T00:00:00Z', lines: r(71, 100) }
    ]
    const f = renderCoverage({
      evaluation,
      head,
      base,
      patch,
      changed,
      baseline: { sha: 'abc1234def', behind: 2 },
      trend,
      sha: 'c'.repeat(40)
    })
    expect(parseFragment(JSON.stringify(f), 'frag')).toEqual(f)
    expect(f.status).toBe('fail')
    expect(f.statusContext).toBe('quality-gates/coverage')
    expect(f.gate).toBe('coverage')
    expect(f.markdown).toContain('Baseline: found at abc1234, 2 commits behind')
    expect(f.markdown).toMatch(/… 6 more \|/)
    expect(f.markdown).toContain('Indirect changes: 1 file(s) outside the diff')
    expect(f.markdown).toContain('xychart-beta')
    // paths are code spans (literal) in tables and lists, escaped text in prose
    expect(f.markdown).toContain('| ``src/evil\\|`@team`<img src=x>.ts`` |')
    expect(f.markdown).toContain('src/evil\\|\\`@\u200dteam\\`&lt;img src=x')
    const prose = f.markdown.replace(/``.*?``|`[^`\n]*`/g, '')
    expect(prose).not.toContain('<img')
    expect(prose).not.toMatch(/@team/)
    expect(f.markdown).not.toContain('-0.00')
    expect(f.metrics).toMatchObject({
      lines_covered: 108,
      lines_total: 315,
      patch_covered: 1,
      patch_total: 3,
      baseline_behind: 2
    })
    expect(f.annotations).toEqual([
      {
        path: 'src/evil|`@team`<img src=x>.ts',
        startLine: 1,
        endLine: 2,
        level: 'warning',
        title: 'Not covered',
        message: 'Added lines #L1-L2 are not covered by tests'
      }
    ])
  })

  it('metrics: delta_pp is the exact change as a number, new_uncovered counts uncovered added lines', () => {
    const head = summary({ 'a.ts': [90, 100] })
    const base = summary({ 'a.ts': [89, 100] })
    const patch = patchOf([{ path: 'a.ts', covered: 1, total: 4, ranges: [[2, 4]] }])
    const m = renderCoverage({
      evaluation: evaluate({ head, base, patch, rules: {} }),
      head,
      base,
      patch
    }).metrics
    // (90/100 − 89/100) · 100 in floats is 1.0000000000000009
    expect(m.delta_pp).toBe(1)
    expect(m.new_uncovered).toBe(3)
    const none = renderCoverage({
      evaluation: evaluate({ head, base: null, patch: null, rules: {} }),
      head,
      base: null,
      patch: null
    }).metrics
    expect(none.delta_pp).toBeNull()
    expect(none.new_uncovered).toBe(0)
  })

  it('cuts every table and list at maxFiles and says how many more', () => {
    const head = summary({ 'a.ts': [1, 4], 'b.ts': [1, 4], 'c.ts': [2, 4], 'd.ts': [2, 4] })
    const base = summary({ 'a.ts': [1, 4], 'b.ts': [1, 4], 'c.ts': [3, 4], 'd.ts': [3, 4] })
    const patch = patchOf([
      { path: 'a.ts', covered: 0, total: 1, ranges: [[1, 1]] },
      { path: 'b.ts', covered: 0, total: 2, ranges: [[1, 2]] }
    ])
    const changed = ['a.ts', 'b.ts'].map(path => ({ path, status: 'M', added: [1], binary: false }))
    const evaluation = evaluate({ head, base, patch, changedPaths: ['a.ts', 'b.ts'], rules: {} })
    expect(evaluation.indirect.map(i => i.path)).toEqual(['c.ts', 'd.ts'])
    const md = renderCoverage({ evaluation, head, base, patch, changed, maxFiles: 1 }).markdown
    expect(md).toContain('\n| … 1 more |  |  |  |\n') // changed files
    expect(md).toContain('\n- … 1 more files\n') // uncovered added lines
    expect(md).toContain('\n| … 1 more |  |  |\n') // indirect changes
    const all = renderCoverage({ evaluation, head, base, patch, changed, maxFiles: 2 }).markdown
    expect(all).not.toContain('more')
  })

  it('caps annotations at 50 and discloses the count', () => {
    const ranges: [number, number][] = Array.from({ length: 70 }, (_, i) => [i * 3 + 1, i * 3 + 1])
    const patch = patchOf([{ path: 'a.ts', covered: 0, total: 70, ranges }])
    expect(annotationsFor(patch).annotations).toHaveLength(50)
    expect(annotationsFor(patch).total).toBe(70)
    const head = summary({ 'a.ts': [0, 70] })
    const f = renderCoverage({
      evaluation: evaluate({ head, base: null, patch, rules: {} }),
      head,
      base: null,
      patch
    })
    expect(f.annotations).toHaveLength(50)
    expect(f.markdown).toContain('70 uncovered runs of added lines; annotations show the first 50')
    expect(f.markdown).toContain('Baseline: none found')
  })
})

describe('badge', () => {
  it('colours by exact thresholds and escapes the label', () => {
    expect(badgeColor(r(9, 10))).toBe('brightgreen')
    expect(badgeColor(r(899999, 1000000))).toBe('green')
    expect(badgeColor(r(1, 10))).toBe('red')
    expect(badgeColor(null)).toBe('lightgrey')
    const svg = badgeSvg({ ratio: r(99999, 100000), label: 'cov<script>&"' })
    expect(svg).toContain('99.99%')
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('cov&#60;script&#62;&#38;&#34;')
    expect(svg).not.toMatch(/href|<image|@import/)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  })
  it('shields endpoint JSON', () => {
    expect(shieldsEndpoint({ ratio: r(7, 8) })).toEqual({
      schemaVersion: 1,
      label: 'coverage',
      message: '87.50%',
      color: 'green',
      cacheSeconds: 300
    })
  })
})

describe('history', () => {
  const p = (i: number): TrendPoint => ({
    sha: i.toString(16).padStart(40, '0'),
    date: new Date(Date.UTC(2026, 0, 1) + i * 86400000).toISOString(),
    lines: r(i, 100)
  })
  it('keeps the newest 50 points and replaces a repeated sha', () => {
    let t: TrendPoint[] = []
    for (let i = 1; i <= 60; i++) t = appendTrend(t, p(i))
    expect(t).toHaveLength(50)
    expect(t[0]).toEqual(p(11))
    t = appendTrend(t, { ...p(30), lines: r(99, 100) })
    expect(t).toHaveLength(50)
    expect(t.at(-1)?.lines).toEqual(r(99, 100))
    expect(trendSeries([p(1), { ...p(2), lines: r(99999, 100000) }]).values).toEqual([1, 99.99])
    // rounded down exactly, even where a float division would round up to 100
    expect(trendSeries([{ ...p(3), lines: r(2 ** 53 - 2, 2 ** 53 - 1) }]).values).toEqual([99.99])
  })
  it('rejects bad points with the source and index', () => {
    expect(() => validateTrend([p(1), { ...p(2), lines: r(5, 4) }], 'b.json')).toThrow(
      /b\.json: trend point 1: "lines"/
    )
    expect(() => validateTrend({}, 'b.json')).toThrow(/"trend" must be an array/)
  })
})

describe('baseline format', () => {
  const lines = new Map<number, LineCoverage>([
    [1, { hits: 3 }],
    [2, { hits: 0 }],
    [5, { hits: 2, branches: r(1, 2) }],
    [7, { hits: 1, partial: true }]
  ])
  const report: CoverageReport = {
    format: 'lcov',
    source: 'x',
    files: new Map([['src/é.ts', { path: 'src/é.ts', lines, functions: r(1, 2) }]])
  }
  const meta = {
    sha: 'abcdef1234567',
    configHash: configHash({ include: ['src/**'] }),
    createdAt: '2026-01-01T00:00:00Z'
  }

  it('round-trips the normalised report compactly', () => {
    const text = serializeBaseline({ meta, report, trend: [] })
    expect(JSON.parse(text).files[0]).toEqual({
      p: 'src/é.ts',
      l: [1, 3, 2, 0, 5, 2, 7, 1],
      b: [5, 1, 2],
      pl: [7],
      fn: [1, 2]
    })
    const back = parseBaseline(text, 'base.json', { expectedConfigHash: meta.configHash })
    expect(back.notices).toEqual([])
    expect(back.meta).toEqual(meta)
    expect(back.report.files.get('src/é.ts')).toEqual(report.files.get('src/é.ts'))
  })
  it('config hash is stable under key order and changes with options', () => {
    expect(configHash({ include: ['a'], exclude: ['b'] })).toBe(
      configHash({ exclude: ['b'], include: ['a'] })
    )
    expect(configHash({ include: ['a'] })).not.toBe(configHash({ include: ['b'] }))
    const text = serializeBaseline({ meta, report, trend: [] })
    const back = parseBaseline(text, 'base.json', { expectedConfigHash: configHash({ include: ['lib/**'] }) })
    expect(back.notices[0]).toMatch(/different coverage options or parser version/)
  })
  it('rejects unknown versions and malformed data clearly', () => {
    const doc = JSON.parse(serializeBaseline({ meta, report, trend: [] }))
    expect(() => parseBaseline(JSON.stringify({ ...doc, version: BASELINE_VERSION + 1 }), 'b.json')).toThrow(
      /b\.json: not a valid coverage baseline: unsupported version 2/
    )
    expect(() => parseBaseline('{', 'b.json')).toThrow(/b\.json: .*not JSON/)
    const bad = { ...doc, files: [{ p: 'a', l: [1, -1] }] }
    expect(() => parseBaseline(JSON.stringify(bad), 'b.json')).toThrow(/file 0: "l" must be/)
    const odd = { ...doc, files: [{ p: 'a', l: [1] }] }
    expect(() => parseBaseline(JSON.stringify(odd), 'b.json')).toThrow(/file 0/)
    const dup = { ...doc, files: [doc.files[0], doc.files[0]] }
    expect(() => parseBaseline(JSON.stringify(dup), 'b.json')).toThrow(/duplicate path/)
  })
})
