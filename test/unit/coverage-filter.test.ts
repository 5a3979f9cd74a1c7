import { describe, expect, it } from '@jest/globals'
import { filterReport, pathMatcher } from '../../src/coverage/filter.js'
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
