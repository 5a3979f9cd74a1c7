import { describe, expect, it } from '@jest/globals'
import type { CoverageReport, FileCoverage, LineCoverage } from '../../src/coverage/model.js'
import { mergeRuns, newUncovered, patchCoverage, type PatchChangedFile } from '../../src/coverage/patch.js'

/** file spec: line → hits, or [hits, branchesCovered, branchesTotal] */
function report(files: Record<string, Record<number, number | [number, number, number]>>): CoverageReport {
  const map = new Map<string, FileCoverage>()
  for (const [path, lines] of Object.entries(files)) {
    const m = new Map<number, LineCoverage>()
    for (const [n, v] of Object.entries(lines)) {
      m.set(
        Number(n),
        typeof v === 'number' ? { hits: v } : { hits: v[0], branches: { covered: v[1], total: v[2] } }
      )
    }
    map.set(path, { path, lines: m })
  }
  return { format: 'lcov', source: 'test.lcov', files: map }
}

const change = (path: string, added: number[], extra: Partial<PatchChangedFile> = {}): PatchChangedFile => ({
  path,
  status: 'M',
  added,
  binary: false,
  ...extra
})

describe('patchCoverage', () => {
  it('counts only added lines that are coverable', () => {
    const r = report({ 'src/a.ts': { 1: 1, 2: 0, 3: 5, 10: 0 } })
    // 4, 5 are added but not coverable (comments); 10 is coverable but unchanged
    const p = patchCoverage(r, [change('src/a.ts', [1, 2, 4, 5])], { partial: 'miss' })
    expect(p.lines).toEqual({ covered: 1, total: 2 })
    expect(p.files).toEqual([
      { path: 'src/a.ts', covered: 1, total: 2, uncoveredRanges: [[2, 2]], partialLines: 0 }
    ])
    expect(p.missingData).toEqual([])
    expect(newUncovered(p)).toBe(1)
  })

  it('returns null (n/a) when no coverable line was added, never 0% or 100%', () => {
    const r = report({ 'src/a.ts': { 1: 1 } })
    const p = patchCoverage(r, [change('src/a.ts', [7, 8]), change('README.md', [])], { partial: 'miss' })
    expect(p.lines).toBeNull()
    expect(p.files).toEqual([])
    expect(newUncovered(p)).toBe(0)
  })

  it('applies the partial policy: miss counts a partial line as uncovered, hit as covered', () => {
    const r = report({ 'a.py': { 1: [3, 1, 2], 2: [3, 2, 2], 3: 0 } })
    const miss = patchCoverage(r, [change('a.py', [1, 2, 3])], { partial: 'miss' })
    const hit = patchCoverage(r, [change('a.py', [1, 2, 3])], { partial: 'hit' })
    expect(miss.lines).toEqual({ covered: 1, total: 3 })
    expect(miss.files[0]?.uncoveredRanges).toEqual([
      [1, 1],
      [3, 3]
    ])
    expect(hit.lines).toEqual({ covered: 2, total: 3 })
    expect(miss.files[0]?.partialLines).toBe(1)
  })

  it('lists changed files without data and never drops them; source globs count them as uncovered', () => {
    const r = report({ 'src/a.ts': { 1: 1 } })
    const changed = [change('src/a.ts', [1]), change('src/new.ts', [1, 2, 3]), change('docs/x.md', [4])]
    const p = patchCoverage(r, changed, { partial: 'miss' })
    expect(p.missingData).toEqual(['docs/x.md', 'src/new.ts'])
    expect(p.lines).toEqual({ covered: 1, total: 1 })
    const g = patchCoverage(r, changed, { partial: 'miss', sourceGlobs: ['src/**/*.ts'] })
    expect(g.missingData).toEqual(['docs/x.md', 'src/new.ts'])
    expect(g.lines).toEqual({ covered: 1, total: 4 })
    expect(g.files[0]).toMatchObject({
      path: 'src/new.ts',
      total: 3,
      uncoveredRanges: [[1, 3]],
      missingData: true
    })
  })

  it('a pure rename owes nothing; a rename with edits owes only the edited lines', () => {
    const r = report({ 'new/a.ts': { 1: 0, 2: 0, 3: 1 }, 'new/b.ts': { 1: 0, 2: 0 } })
    const p = patchCoverage(
      r,
      [
        change('new/b.ts', [], { oldPath: 'old/b.ts', status: 'R' }),
        change('new/a.ts', [3], { oldPath: 'old/a.ts', status: 'R' })
      ],
      { partial: 'miss' }
    )
    expect(p.lines).toEqual({ covered: 1, total: 1 })
    expect(p.missingData).toEqual([])
  })

  it('skips binary files and merges uncovered runs across non-coverable lines but not across gaps', () => {
    const r = report({ 'a.c': { 1: 0, 2: 0, 4: 0, 5: 1, 6: 0, 9: 0, 10: 0 }, 'img.png': { 1: 0 } })
    const p = patchCoverage(
      r,
      [change('a.c', [1, 2, 3, 4, 5, 6, 9, 10]), change('img.png', [1], { binary: true })],
      {
        partial: 'miss'
      }
    )
    expect(p.files).toHaveLength(1)
    expect(p.files[0]?.uncoveredRanges).toEqual([
      [1, 4],
      [6, 6],
      [9, 10]
    ])
    expect(p.lines).toEqual({ covered: 1, total: 7 })
  })

  it('orders files by uncovered lines, then path, and ignores duplicate or invalid line numbers', () => {
    const r = report({ 'b.ts': { 1: 0, 2: 0 }, 'a.ts': { 1: 0 }, 'c.ts': { 1: 0, 2: 0 } })
    const p = patchCoverage(
      r,
      [change('a.ts', [1, 1, 0, -3]), change('c.ts', [1, 2]), change('b.ts', [2, 1])],
      {
        partial: 'hit'
      }
    )
    expect(p.files.map(f => f.path)).toEqual(['b.ts', 'c.ts', 'a.ts'])
    expect(p.lines).toEqual({ covered: 0, total: 5 })
  })

  it('mergeRuns', () => {
    expect(mergeRuns([1, 2, 3, 5, 7, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8]
    ])
    expect(mergeRuns([])).toEqual([])
  })
})
