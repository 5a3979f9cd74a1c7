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

/** Globs quoted for a message: each bounded, at most three named. */
function showGlobs(globs: string[]): string {
  const shown = globs.slice(0, 3).map(g => `'${g.slice(0, 80)}'`)
  return shown.join(', ') + (globs.length > 3 ? ` and ${globs.length - 3} more` : '')
}

/**
 * Why the filter leaves no file of a report that had some (the include globs matched none, or the excludes took
 * every file they matched), as one line naming the flags; undefined when files remain, when the report itself
 * was empty or when no filter is set.
 */
export function nothingLeft(
  report: CoverageReport,
  filtered: CoverageReport,
  filter: PathFilter,
  reportCount: number,
  label: (name: string) => string
): string | undefined {
  const total = report.files.size
  if (filtered.files.size > 0 || total === 0) return undefined
  if (filter.include.length === 0 && filter.exclude.length === 0) return undefined
  const where = `the ${total} file${total === 1 ? '' : 's'} in the ${reportCount > 1 ? `${reportCount} reports` : 'report'}`
  const inc = filter.include.length ? picomatch(filter.include, { dot: true }) : undefined
  const included = inc ? [...report.files.keys()].filter(p => inc(p)).length : total
  if (included === 0) {
    return `${label('include')} ${showGlobs(filter.include)} matched none of ${where}: nothing to measure (neutral)`
  }
  const which = inc ? `the ${included} file${included === 1 ? '' : 's'} ${label('include')} kept` : where
  return `${label('exclude')} ${showGlobs(filter.exclude)} left out all of ${which}: nothing to measure (neutral)`
}

/** Include globs that match no file of the report, when others do (likely typos), in the order given. */
export function unmatchedIncludes(report: CoverageReport, filter: PathFilter): string[] {
  if (filter.include.length < 2) return []
  const paths = [...report.files.keys()]
  return filter.include.filter(glob => {
    const match = picomatch(glob, { dot: true })
    return !paths.some(p => match(p))
  })
}
