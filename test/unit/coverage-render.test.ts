import { describe, expect, it } from '@jest/globals'
import { badgeColor, badgeSvg, shieldsEndpoint } from '../../src/coverage/badge.js'
import {
  BASELINE_VERSION,
  configHash,
  parseBaseline,
  serializeBaseline
} from '../../src/coverage/baseline-format.js'
import { evaluate, type GateRules } from '../../src/coverage/evaluate.js'
import { appendTrend, trendSeries, validateTrend, type TrendPoint } from '../../src/coverage/history.js'
import type { CoverageReport, LineCoverage } from '../../src/coverage/model.js'
import type { PatchResult } from '../../src/coverage/patch.js'
import {
  annotationsFor,
  blobPrefix,
  fileUrl,
  renderCoverage,
  statusDescription,
  summaryLine
} from '../../src/coverage/render.js'
import { headingLine, parseFragment } from '../../src/shared/fragment.js'
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
  it('summary line: patch then project, counts and deltas, no verdict word (the emoji says it)', () => {
    const head = summary({ 'a.ts': [875, 1000] })
    const base = summary({ 'a.ts': [8762, 10000] })
    const patch = patchOf([{ path: 'a.ts', covered: 3, total: 4, ranges: [[7, 7]] }])
    const evaluation = evaluate({ head, base, patch, rules: {} })
    expect(summaryLine({ evaluation, head, base, patch })).toBe(
      'Patch 75.00% (1 of 4 lines missing); project 87.50% (−0.12 pp)'
    )
    const same = summary({ 'a.ts': [1336, 1683] })
    const e2 = evaluate({ head: same, base: same, patch: null, rules: { maxDrop: 0 } })
    expect(summaryLine({ evaluation: e2, head: same, base: same, patch: null, rules: { maxDrop: 0 } })).toBe(
      'Project 79.38% (±0.00 pp, max drop 0 pp)'
    )
    const nearly = summary({ 'a.ts': [99999, 100000] })
    const e3 = evaluate({ head: nearly, base: null, patch: patchOf([]), rules: {} })
    expect(summaryLine({ evaluation: e3, head: nearly, base: null, patch: patchOf([]) })).toBe(
      'Patch n/a (no coverable lines added); project 99.99%'
    )
  })

  it('summary line: every gated number beside its target, pass or fail', () => {
    const head = summary({ 'src/core/a.ts': [913, 1000], 'src/ui/b.ts': [50, 100] })
    const base = summary({ 'src/core/a.ts': [915, 1000], 'src/ui/b.ts': [50, 100] })
    const patch = patchOf([{ path: 'src/core/a.ts', covered: 25, total: 29, ranges: [[3, 6]] }])
    const at = (rules: GateRules) => {
      const evaluation = evaluate({ head, base, patch, rules })
      return { line: summaryLine({ evaluation, head, base, patch, rules }), evaluation }
    }
    expect(at({ minPatch: 80, maxDrop: 1 }).line).toBe(
      'Patch 86.20% ≥ 80% (4 of 29 lines missing); project 87.54% (−0.18 pp, max drop 1 pp)'
    )
    expect(at({ minPatch: 90, maxDrop: 0.1, minProject: 80, maxNewUncovered: 5 }).line).toBe(
      'Patch 86.20% < 90% (4 of 29 lines missing, max 5); project 87.54% ≥ 80% (−0.18 pp, over the max drop of 0.1 pp)'
    )
    // a failing path rule is named; passing ones are in the section
    const paths = [
      { pattern: 'src/core/**', min: 90 },
      { pattern: 'src/ui/**', min: 60 },
      { pattern: 'src/**', min: 10 }
    ]
    expect(at({ paths }).line).toBe(
      'Patch 86.20% (4 of 29 lines missing); project 87.54% (−0.18 pp); src/ui/** 50.00% < 60%'
    )
    expect(at({ paths: [...paths, { pattern: 'src/core/**', min: 95 }] }).line).toMatch(
      /; src\/ui\/\*\* 50\.00% < 60% and 1 more path rules$/
    )
    // informational: the gate passes and the line says what it would have been
    const info = at({ minPatch: 90, informational: true })
    expect(info.evaluation.status).toBe('pass')
    expect(info.line).toBe(
      'Patch 86.20% < 90% (4 of 29 lines missing); project 87.54% (−0.18 pp); informational, would be fail'
    )
    // a failure outside the rules (the runtime's missing shard) leads
    const shard = at({ minPatch: 80 })
    shard.evaluation.reasons.unshift('1 of 2 reports: a shard is missing')
    expect(summaryLine({ evaluation: shard.evaluation, head, base, patch, rules: { minPatch: 80 } })).toBe(
      '1 of 2 reports: a shard is missing; patch 86.20% ≥ 80% (4 of 29 lines missing); project 87.54% (−0.18 pp)'
    )
  })

  it('summary line: no baseline, no patch, no lines, neutral', () => {
    const head = summary({ 'a.ts': [9, 10] })
    const rules = { maxDrop: 1, onMissingBaseline: 'neutral' as const }
    const e = evaluate({ head, base: null, patch: null, rules })
    expect(e.status).toBe('neutral')
    expect(summaryLine({ evaluation: e, head, base: null, patch: null, rules })).toBe(
      'Project 90.00% (no baseline)'
    )
    const empty = summary({})
    const e2 = evaluate({ head: empty, base: null, patch: null, rules: { minProject: 80 } })
    expect(e2.status).toBe('neutral')
    expect(
      summaryLine({ evaluation: e2, head: empty, base: null, patch: null, rules: { minProject: 80 } })
    ).toBe('Min-project: the report has no coverable lines, so project coverage is n/a')
  })

  it('the section starts with the heading, then one plain sentence', () => {
    const head = summary({ 'src/core/a.ts': [913, 1000], 'src/ui/b.ts': [50, 100] })
    const base = summary({ 'src/core/a.ts': [915, 1000], 'src/ui/b.ts': [50, 100] })
    const gaps = patchOf([{ path: 'src/core/a.ts', covered: 25, total: 29, ranges: [[3, 6]] }])
    const full = patchOf([{ path: 'src/core/a.ts', covered: 12, total: 12, ranges: [] }])
    const sentence = (
      p: PatchResult | null,
      b: typeof base | null,
      rules: GateRules = {},
      h = head
    ): { first: string; second: string; status: string } => {
      const evaluation = evaluate({ head: h, base: b, patch: p, rules })
      const f = renderCoverage({ evaluation, head: h, base: b, patch: p, rules })
      const lines = f.markdown.split('\n')
      expect(lines[0]).toBe(headingLine(f))
      expect(lines[1]).toBe('')
      return { first: lines[0]!, second: lines[2]!, status: f.status }
    }
    expect(sentence(gaps, base).second).toBe(
      'Patch coverage is 86.20% with 4 of 29 added lines missing; project coverage is 87.54% \\(−0.18 pp\\).'
    )
    expect(sentence(full, base).second).toBe(
      'Patch coverage is 100.00%: all 12 added lines are covered; project coverage is 87.54% \\(−0.18 pp\\).'
    )
    expect(sentence(patchOf([]), null).second).toBe(
      'No coverable lines were added, so patch coverage is n/a; project coverage is 87.54%, with no baseline to compare against.'
    )
    expect(sentence(null, base).second).toBe(
      'Project coverage is 87.54% \\(−0.18 pp\\); without a diff, patch coverage is not measured.'
    )
    const unavailable = { ...patchOf([]), unavailable: 'the report has no per-line hits for a.cpp' }
    const neutral = sentence(unavailable, base, { minPatch: 80 })
    expect(neutral.status).toBe('neutral')
    expect(neutral.second).toBe(
      'Patch coverage is n/a \\(the report has no per-line hits for a.cpp\\); project coverage is 87.54% \\(−0.18 pp\\).'
    )
    expect(neutral.first).toBe(
      '⚠️ **Coverage** — Patch n/a \\(the report has no per-line hits for a.cpp\\); project 87.54% \\(−0.18 pp\\)'
    )
    const paths = (ps: { pattern: string; min: number }[]) => sentence(gaps, base, { paths: ps }).second
    expect(paths([{ pattern: 'src/core/**', min: 90 }])).toMatch(/; the path rule is met\.$/)
    expect(
      paths([
        { pattern: 'src/core/**', min: 90 },
        { pattern: 'src/**', min: 50 }
      ])
    ).toMatch(/; all 2 path rules are met\.$/)
    expect(
      paths([
        { pattern: 'src/ui/**', min: 90 },
        { pattern: 'src/**', min: 50 }
      ])
    ).toMatch(/; 1 of 2 path rules falls short\.$/)
    expect(
      paths([
        { pattern: 'lib/**', min: 90 },
        { pattern: 'src/**', min: 50 }
      ])
    ).toMatch(/; 1 of 2 path rules met, 1 without coverable lines\.$/)
    const info = sentence(gaps, base, { minPatch: 90, informational: true })
    expect(info.status).toBe('pass')
    expect(info.first).toMatch(/^✅ \*\*Coverage\*\* — Patch 86\.20% &lt; 90%/)
    const empty = summary({})
    expect(sentence(null, null, {}, empty).second).toBe(
      'The report has no coverable lines; without a diff, patch coverage is not measured.'
    )
  })

  it('lists every configured rule with its target: pass, fail or n/a, each once', () => {
    const head = summary({ 'src/core/a.ts': [913, 1000], 'src/ui/b.ts': [50, 100] })
    const base = summary({ 'src/core/a.ts': [915, 1000], 'src/ui/b.ts': [50, 100] })
    const patch = patchOf([{ path: 'src/core/a.ts', covered: 25, total: 29, ranges: [[3, 6]] }])
    const rules: GateRules = {
      minProject: 80,
      maxDrop: 1,
      minPatch: 90,
      maxNewUncovered: 5,
      paths: [
        { pattern: 'src/core/**', min: 90 },
        { pattern: 'lib/**', min: 90 }
      ]
    }
    const evaluation = evaluate({ head, base, patch, rules })
    const md = renderCoverage({ evaluation, head, base, patch, rules }).markdown
    const ruleLines = md.split('\n').filter(l => /^- (✅|❌|➖) /.test(l))
    expect(ruleLines).toEqual([
      '- ✅ min-project: project line coverage 87.54% ≥ 80%',
      '- ✅ max-drop: project line coverage changed −0.18 pp \\(87.72% → 87.54%\\), max drop 1 pp',
      '- ❌ min-patch: patch coverage 86.20% \\(25 of 29 added lines\\) is below 90%; uncovered added lines in src/core/a.ts \\(L3-L6\\)',
      '- ✅ max-new-uncovered: 4 uncovered added lines, at most 5 allowed',
      '- ✅ path src/core/\\*\\* \\>= 90: 91.30% \\(913 of 1000 lines in 1 file\\(s\\)\\) ≥ 90%',
      '- ➖ path lib/\\*\\* \\>= 90: no coverable lines in files matching it \\(n/a\\)'
    ])
    // a notice shown as a rule's n/a is not repeated among the notices
    expect(md.match(/no coverable lines in files matching it/g)).toHaveLength(1)
    // no rules: no rule lines
    const bare = renderCoverage({ evaluation: evaluate({ head, base, patch, rules: {} }), head, base, patch })
    expect(bare.markdown).not.toMatch(/^- (✅|❌|➖) /m)
  })

  it('stays bounded: 100 path rules and long failures outside the rules still make a valid fragment', () => {
    const head = summary({ 'src/a.ts': [1, 10] })
    const paths = Array.from({ length: 100 }, (_, i) => ({
      pattern: `src/${'d'.repeat(300)}${i}/**`,
      min: 50
    }))
    paths.push({ pattern: `src/**`, min: 90 }, { pattern: `${'x'.repeat(400)}/**`, min: 1 })
    const rules: GateRules = { paths }
    const evaluation = evaluate({ head, base: null, patch: null, rules })
    for (let i = 0; i < 30; i++)
      evaluation.reasons.unshift(`${i} of 3 reports: ${'a shard is missing '.repeat(20)}`)
    const f = renderCoverage({ evaluation, head, base: null, patch: null, rules })
    expect(parseFragment(JSON.stringify(f), 'frag')).toEqual(f)
    expect(Array.from(f.summary).length).toBeLessThanOrEqual(500)
    const ruleLines = f.markdown.split('\n').filter(l => /^- (✅|❌|➖) /.test(l))
    expect(ruleLines).toHaveLength(40)
    expect(f.markdown).toContain('\n- … 92 more rules\n')
  })

  describe('links to the file and lines at the tested commit', () => {
    const sha = 'c'.repeat(40)
    const source = { serverUrl: 'https://github.com', owner: 'acme', repo: 'widgets', sha }
    const prefix = `https://github.com/acme/widgets/blob/${sha}/`

    it('encodes each path segment and anchors one line or a range', () => {
      expect(blobPrefix(source)).toBe(prefix)
      expect(fileUrl(prefix, 'src/a b#?%é.ts', [10, 12])).toBe(`${prefix}src/a%20b%23%3F%25%C3%A9.ts#L10-L12`)
      expect(fileUrl(prefix, 'src/a.ts', [10, 10])).toBe(`${prefix}src/a.ts#L10`)
      expect(fileUrl(prefix, "lib/it's (x)!*[y].ts")).toBe(`${prefix}lib/it%27s%20%28x%29%21%2A%5By%5D.ts`)
      expect(fileUrl(prefix, '日本/ファイル.ts')).toBe(
        `${prefix}${encodeURIComponent('日本')}/${encodeURIComponent('ファイル.ts')}`
      )
      // nothing a server could read as another place, nothing unencodable, nothing huge
      expect(fileUrl(prefix, 'src/../../other/x.ts')).toBeNull()
      expect(fileUrl(prefix, '/abs.ts')).toBeNull()
      expect(fileUrl(prefix, 'a//b.ts')).toBeNull()
      expect(fileUrl(prefix, 'src/\uD800.ts')).toBeNull()
      expect(fileUrl(prefix, `src/${'x'.repeat(3000)}.ts`)).toBeNull()
      // a GHES server keeps its origin only; anything that is not a plain http(s) server, name or sha links nowhere
      expect(blobPrefix({ ...source, serverUrl: 'https://ghes.example.com/' })).toBe(
        `https://ghes.example.com/acme/widgets/blob/${sha}/`
      )
      expect(blobPrefix({ ...source, serverUrl: 'javascript:alert(1)' })).toBeNull()
      expect(blobPrefix({ ...source, serverUrl: 'https://u:p@github.com' })).toBeNull()
      expect(blobPrefix({ ...source, owner: 'acme/x' })).toBeNull()
      expect(blobPrefix({ ...source, repo: '..' })).toBeNull()
      expect(blobPrefix({ ...source, sha: 'main' })).toBeNull()
      expect(blobPrefix({ ...source, sha: 'C'.repeat(40) })).toBe(prefix)
    })

    it('links file names in every list and table, and each uncovered range; none without a repository', () => {
      const head = summary({
        'src/a b.ts': [1, 4],
        'src/moved.ts': [2, 4],
        'src/new.ts': [0, 3]
      })
      const base = summary({ 'src/a b.ts': [1, 4], 'src/gone.ts': [1, 2], 'src/moved.ts': [3, 4] })
      const patch = {
        ...patchOf([
          {
            path: 'src/a b.ts',
            covered: 1,
            total: 4,
            ranges: [
              [10, 12],
              [15, 15]
            ]
          }
        ]),
        missingData: ['src/no data.ts']
      }
      const changed = ['src/a b.ts', 'src/no data.ts'].map(path => ({
        path,
        status: 'M',
        added: [10],
        binary: false
      }))
      const evaluation = evaluate({
        head,
        base,
        patch,
        changedPaths: ['src/a b.ts', 'src/no data.ts'],
        rules: {}
      })
      const md = renderCoverage({ evaluation, head, base, patch, changed, source }).markdown
      const url = (p: string, a = '') => `${prefix}${p}${a}`
      expect(md).toContain(`| [\`src/a b.ts\`](${url('src/a%20b.ts')}) |`) // changed files
      expect(md).toContain(
        `- [\`src/a b.ts\`](${url('src/a%20b.ts')}): [L10-L12](${url('src/a%20b.ts', '#L10-L12')}), [L15](${url('src/a%20b.ts', '#L15')})`
      )
      expect(md).toContain(`have no coverage data: [\`src/no data.ts\`](${url('src/no%20data.ts')})`)
      expect(md).toContain(`| [\`src/moved.ts\`](${url('src/moved.ts')}) |`) // indirect change
      // a file the head no longer has is not linked
      expect(md).toContain('| `src/gone.ts` |')
      const local = renderCoverage({ evaluation, head, base, patch, changed }).markdown
      expect(local).not.toContain('](')
      expect(local).toContain('- `src/a b.ts`: L10-L12, L15')
      // a malformed source (not a sha) is no link rather than a wrong one
      expect(
        renderCoverage({ evaluation, head, base, patch, changed, source: { ...source, sha: 'HEAD' } })
          .markdown
      ).toBe(local)
    })

    it('spends at most its link budget; past it names and ranges stay, as text', () => {
      const files = Array.from({ length: 12 }, (_, i) => ({
        path: `src/${String(i).padStart(2, '0')}-${'n'.repeat(150)}.ts`,
        covered: 0,
        total: 40,
        ranges: Array.from({ length: 40 }, (_, k): [number, number] => [k * 2 + 1, k * 2 + 1])
      }))
      const patch = patchOf(files)
      const head = summary(Object.fromEntries(files.map(f => [f.path, [0, 40] as [number, number]])))
      const evaluation = evaluate({ head, base: null, patch, rules: {} })
      const render = () => renderCoverage({ evaluation, head, base: null, patch, source }).markdown
      const md = render()
      expect(render()).toBe(md) // deterministic
      const urls = [...md.matchAll(/\]\((https:[^)]*)\)/g)].map(m => m[1]!)
      expect(urls.length).toBeGreaterThan(20)
      expect(urls.reduce((n, u) => n + u.length, 0)).toBeLessThanOrEqual(12_000)
      // 10 files shown (maxFiles), 20 ranges each, whether linked or not
      const items = md.split('\n').filter(l => l.startsWith('- ') && l.includes('.ts'))
      expect(items).toHaveLength(10)
      for (const item of items) expect(item).toMatch(/L39(\]\([^)]*\))? and 20 more$/)
      expect(md).toContain('- … 2 more files')
    })
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
