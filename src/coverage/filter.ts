/**
 * include / exclude globs over repository paths, applied identically to the head report, the base report and
 * the patch, so a generated or vendored file never moves a number on one side only.
 */
import picomatch from 'picomatch'
import type { CoverageReport } from './model.js'

export interface PathFilter {
  include: string[]
  exclude: string[]
}

/** A predicate over repository-relative paths: included (or no include given) and not excluded. */
export function pathMatcher(filter: PathFilter): (path: string) => boolean {
  const opts = { dot: true }
  const inc = filter.include.length ? picomatch(filter.include, opts) : () => true
  const exc = filter.exclude.length ? picomatch(filter.exclude, opts) : () => false
  return path => inc(path) && !exc(path)
}

/** The report without the files the filter leaves out (the same object when the filter is empty). */
export function filterReport(report: CoverageReport, filter: PathFilter): CoverageReport {
  if (filter.include.length === 0 && filter.exclude.length === 0) return report
  const keep = pathMatcher(filter)
  const files = new Map([...report.files].filter(([path]) => keep(path)))
  // Producer totals describe the unfiltered report: drop them rather than show numbers that no longer match.
  const { producerTotals: _dropped, ...rest } = report
  return { ...rest, files }
}
