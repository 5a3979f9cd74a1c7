import { describe, expect, it } from '@jest/globals'
import { filterReport, nothingLeft, pathMatcher, unmatchedIncludes } from '../../src/coverage/filter.js'
import type { CoverageReport, FileCoverage } from '../../src/coverage/model.js'

const file = (path: string): FileCoverage => ({ path, lines: new Map([[1, { hits: 1 }]]) })
const report: CoverageReport = {
  format: 'lcov',
  source: 'lcov.info',
  files: new Map(['src/a.ts', 'src/gen/b.ts', 'test/c.ts', '.hidden/d.ts'].map(p => [p, file(p)])),
  producerTotals: { lines: { covered: 4, total: 4 } }
}

describe('include / exclude', () => {
  it('keeps included files that are not excluded', () => {
    const out = filterReport(report, { include: ['src/**'], exclude: ['src/gen/**'] })
    expect([...out.files.keys()]).toEqual(['src/a.ts'])
    expect(out.producerTotals).toBeUndefined()
  })

  it('an empty filter keeps everything, dot paths included', () => {
    expect(filterReport(report, { include: [], exclude: [] })).toBe(report)
    expect(pathMatcher({ include: ['**'], exclude: [] })('.hidden/d.ts')).toBe(true)
  })

  it('exclude alone drops only what it names', () => {
    const out = filterReport(report, { include: [], exclude: ['test/**', '**/gen/**'] })
    expect([...out.files.keys()].sort()).toEqual(['.hidden/d.ts', 'src/a.ts'])
  })
})

describe('a filter that leaves nothing is said, never a quiet "0 files"', () => {
  const label = (name: string) => `--${name}`
  const left = (include: string[], exclude: string[], reports = 1) => {
    const filter = { include, exclude }
    return nothingLeft(report, filterReport(report, filter), filter, reports, label)
  }

  it('names the include globs and how many files they missed', () => {
    expect(left(['src/foo/**'], [])).toBe(
      "--include 'src/foo/**' matched none of the 4 files in the report: nothing to measure (neutral)"
    )
    expect(left(['a/**', 'b/**', 'c/**', 'd/**'], [], 3)).toBe(
      "--include 'a/**', 'b/**', 'c/**' and 1 more matched none of the 4 files in the 3 reports: nothing to measure (neutral)"
    )
  })

  it('names the excludes when they take every included file', () => {
    expect(left(['src/**'], ['**/*.ts'])).toBe(
      "--exclude '**/*.ts' left out all of the 2 files --include kept: nothing to measure (neutral)"
    )
    expect(left([], ['**'])).toBe(
      "--exclude '**' left out all of the 4 files in the report: nothing to measure (neutral)"
    )
  })

  it('is silent when files remain, when no filter is set and when the report itself is empty', () => {
    expect(left(['src/**'], [])).toBeUndefined()
    expect(left([], [])).toBeUndefined()
    const empty: CoverageReport = { format: 'lcov', source: 'x', files: new Map() }
    const filter = { include: ['src/**'], exclude: [] }
    expect(nothingLeft(empty, filterReport(empty, filter), filter, 1, label)).toBeUndefined()
  })

  it('a long glob is cut in the message', () => {
    const glob = `${'x'.repeat(5000)}/**`
    const text = left([glob], []) as string
    expect(text.length).toBeLessThan(200)
  })

  it('unmatchedIncludes: the globs that match nothing while others match (typos)', () => {
    expect(unmatchedIncludes(report, { include: ['src/**', 'lib/**', 'test/*.ts'], exclude: [] })).toEqual([
      'lib/**'
    ])
    // A single glob matching nothing is nothingLeft's case.
    expect(unmatchedIncludes(report, { include: ['lib/**'], exclude: [] })).toEqual([])
  })
})
