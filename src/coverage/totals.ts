/**
 * Totals from line records (never from a report's own summary; that stays in producerTotals).
 * lines: lines with hits > 0 / coverable lines (a partial line counts as covered here; the partial policy
 * applies to patch coverage only, in patch.ts). branches: sum of per-line outcomes plus unattached ones. functions: sum of files'.
 * A file whose report gives no per-line hits (FileCoverage.statedLines) counts its stated line totals.
 * Sums saturate at MAX_HITS (model.ts), so a report of clamped counts never gives an inexact total.
 */
import { clampHits, type CoverageReport, type CoverageTotals, type FileCoverage, type Ratio } from './model.js'
import { LineMap, type LineTally } from './parse/linemap.js'

const scratch: LineTally = { lines: 0, covered: 0, branches: 0, branchesCovered: 0 }

/** One file's line and branch counts (unattached branches included), in a reused scratch object. */
function lineCounts(f: FileCoverage): LineTally {
  if (f.lines instanceof LineMap) {
    // Plain loop over the compact storage (parsers' maps): no iterator, no record objects.
    f.lines.tally(scratch)
  } else {
    scratch.lines = 0
    scratch.covered = 0
    scratch.branches = 0
    scratch.branchesCovered = 0
    for (const l of f.lines.values()) {
      scratch.lines++
      if (l.hits > 0) scratch.covered++
      const br = l.branches
      if (br !== undefined) {
        scratch.branches += br.total
        scratch.branchesCovered += br.covered
      }
    }
  }
  const stated = f.statedLines
  if (stated !== undefined) {
    scratch.lines = stated.total
    scratch.covered = stated.covered
  }
  scratch.branches = clampHits(scratch.branches + (f.unattachedBranches?.total ?? 0))
  scratch.branchesCovered = clampHits(scratch.branchesCovered + (f.unattachedBranches?.covered ?? 0))
  return scratch
}

/** Add one file's counts into `t` and return its line ratio (what summaries keep per file). */
export function addFileTotals(t: CoverageTotals, f: FileCoverage): Ratio {
  const c = lineCounts(f)
  t.lines.covered = clampHits(t.lines.covered + c.covered)
  t.lines.total = clampHits(t.lines.total + c.lines)
  t.branches.covered = clampHits(t.branches.covered + c.branchesCovered)
  t.branches.total = clampHits(t.branches.total + c.branches)
  t.functions.covered = clampHits(t.functions.covered + (f.functions?.covered ?? 0))
  t.functions.total = clampHits(t.functions.total + (f.functions?.total ?? 0))
  return { covered: c.covered, total: c.lines }
}

export function fileTotals(f: FileCoverage): CoverageTotals {
  const c = lineCounts(f)
  return {
    lines: { covered: c.covered, total: c.lines },
    branches: { covered: c.branchesCovered, total: c.branches },
    functions: { covered: f.functions?.covered ?? 0, total: f.functions?.total ?? 0 }
  }
}

export function reportTotals(r: CoverageReport): CoverageTotals {
  const t: CoverageTotals = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 }
  }
  for (const f of r.files.values()) addTotals(t, fileTotals(f))
  return t
}

/** Add `ft` into `t` (all six counts). */
export function addTotals(t: CoverageTotals, ft: CoverageTotals): void {
  t.lines.covered = clampHits(t.lines.covered + ft.lines.covered)
  t.lines.total = clampHits(t.lines.total + ft.lines.total)
  t.branches.covered = clampHits(t.branches.covered + ft.branches.covered)
  t.branches.total = clampHits(t.branches.total + ft.branches.total)
  t.functions.covered = clampHits(t.functions.covered + ft.functions.covered)
  t.functions.total = clampHits(t.functions.total + ft.functions.total)
}
