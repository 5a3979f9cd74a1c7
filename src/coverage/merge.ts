/**
 * Merge reports of the same code base (test shards, flags, several formats) into one.
 *
 * Rules, per repo-relative path:
 * - line hits: summed (every shard executed the line that many times); a line present in any report is
 *   coverable.
 * - branches on a line: covered = max of the reports' covered, total = max of their totals. Reports only
 *   carry counts, not branch identities, so a union cannot be computed; max never exceeds the truth and
 *   never double counts the same branch seen by two shards. (It can undercount when shards cover
 *   different outcomes of the same line.)
 * - partial (Go): kept when some report says partial and no report has the line covered without saying
 *   so (hits > 0, not partial); a partial flag on a line with 0 hits changes nothing (isPartial needs hits).
 * - functions and unattached branches: max covered of max total, for the same reason.
 * - a file without per-line hits in some report (statedLines) stays without them: its stated line totals
 *   are the max (as above) of each side's line totals.
 * - producerTotals are dropped (they describe single inputs); warnings are concatenated.
 * The format of the result is the first report's; the source lists every input.
 * Inputs are not modified.
 */
import { lineRecord } from './parse/builder.js'
import { LineMap } from './parse/linemap.js'
import type { CoverageReport, FileCoverage, LineCoverage, Ratio } from './model.js'
import { fileTotals } from './totals.js'

function maxRatio(a: Ratio | undefined, b: Ratio | undefined): Ratio | undefined {
  if (a === undefined) return b === undefined ? undefined : { covered: b.covered, total: b.total }
  if (b === undefined) return { covered: a.covered, total: a.total }
  return { covered: Math.max(a.covered, b.covered), total: Math.max(a.total, b.total) }
}

function mergeLine(a: LineCoverage, b: LineCoverage): LineCoverage {
  const branches = maxRatio(a.branches, b.branches)
  const partial = (a.partial === true || b.partial === true) && !(a.hits > 0 && a.partial !== true) && !(b.hits > 0 && b.partial !== true)
  return lineRecord(a.hits + b.hits, branches, partial)
}

export function mergeReports(reports: CoverageReport[]): CoverageReport {
  const first = reports[0]
  if (first === undefined) throw new Error('mergeReports needs at least one report')
  const files = new Map<string, FileCoverage>()
  const warnings: string[] = []
  for (const r of reports) {
    if (r.warnings !== undefined) warnings.push(...r.warnings)
    for (const [path, f] of r.files) {
      const prev = files.get(path)
      if (prev === undefined) {
        const copy: FileCoverage = { path, lines: new LineMap(f.lines) }
        if (f.functions !== undefined) copy.functions = { ...f.functions }
        if (f.unattachedBranches !== undefined) copy.unattachedBranches = { ...f.unattachedBranches }
        if (f.statedLines !== undefined) copy.statedLines = { ...f.statedLines }
        files.set(path, copy)
        continue
      }
      const stated =
        prev.statedLines !== undefined || f.statedLines !== undefined
          ? maxRatio(fileTotals(prev).lines, fileTotals(f).lines)
          : undefined
      for (const [n, l] of f.lines) {
        const p = prev.lines.get(n)
        prev.lines.set(n, p === undefined ? l : mergeLine(p, l))
      }
      const fn = maxRatio(prev.functions, f.functions)
      if (fn !== undefined) prev.functions = fn
      const ub = maxRatio(prev.unattachedBranches, f.unattachedBranches)
      if (ub !== undefined) prev.unattachedBranches = ub
      if (stated !== undefined) prev.statedLines = stated
    }
  }
  const out: CoverageReport = {
    format: first.format,
    source: reports.map(r => r.source).join(', '),
    files
  }
  if (warnings.length > 0) out.warnings = warnings
  return out
}
