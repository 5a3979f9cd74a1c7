/** Small builders for coverage gate inputs, shared by the evaluate and render tests. */
import type { CoverageSummary } from '../../src/coverage/evaluate.js'
import type { Ratio } from '../../src/coverage/model.js'

export const r = (covered: number, total: number): Ratio => ({ covered, total })

/** A summary whose line totals are the sum of `files` ([covered, total] per path). */
export function summary(files: Record<string, [number, number]>, branches = r(0, 0)): CoverageSummary {
  const map = new Map<string, Ratio>()
  const lines = r(0, 0)
  for (const [p, [c, t]] of Object.entries(files)) {
    map.set(p, r(c, t))
    lines.covered += c
    lines.total += t
  }
  return { totals: { lines, branches, functions: r(0, 0) }, files: map }
}
