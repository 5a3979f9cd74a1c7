/**
 * Totals from line records (never from a report's own summary; that stays in producerTotals).
 * lines: coverable lines / lines with hits > 0 (a partial line counts as covered here; partial policy is
 * applied by the gate). branches: sum of per-line outcomes plus unattached ones. functions: sum of files'.
 */
import type { CoverageReport, CoverageTotals, FileCoverage } from './model.js'
import { LineMap, type LineTally } from './parse/linemap.js'

const scratch: LineTally = { lines: 0, covered: 0, branches: 0, branchesCovered: 0 }

export function fileTotals(f: FileCoverage): CoverageTotals {
  let lt = 0
  let lc = 0
  let bt = f.unattachedBranches?.total ?? 0
  let bc = f.unattachedBranches?.covered ?? 0
  if (f.lines instanceof LineMap) {
    // Plain loop over the compact storage (parsers' maps): no iterator, no record objects.
    const t = f.lines.tally(scratch)
    lt = t.lines
    lc = t.covered
    bt += t.branches
    bc += t.branchesCovered
  } else for (const l of f.lines.values()) {
    lt++
    if (l.hits > 0) lc++
    const br = l.branches
    if (br !== undefined) {
      bt += br.total
      bc += br.covered
    }
  }
  return {
    lines: { covered: lc, total: lt },
    branches: { covered: bc, total: bt },
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
  t.lines.covered += ft.lines.covered
  t.lines.total += ft.lines.total
  t.branches.covered += ft.branches.covered
  t.branches.total += ft.branches.total
  t.functions.covered += ft.functions.covered
  t.functions.total += ft.functions.total
}
