/**
 * Loading coverage reports the way both surfaces take them (CLI flags, action input lines): files or globs,
 * each parsed into the normalised model and merged into one report; and the summary every later step reads.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UserError } from '../shared/errors.js'
import type { CoverageSummary } from './evaluate.js'
import { mergeReports } from './merge.js'
import type { CoverageReport, CoverageTotals, Ratio } from './model.js'
import { parseCoverageFile, type PathMapping } from './parse/index.js'
import { addFileTotals } from './totals.js'

export interface LoadOptions {
  /** Directory globs and relative paths are resolved against. */
  cwd: string
  /** Repository root: report paths are made relative to it. */
  repoRoot: string
  /** How the user gave the reports, for messages ("--report", 'input "reports"'). */
  label: string
  pathMappings?: PathMapping[]
}

/** Expand files and globs, parse every report, and merge them (shards, flags) into one; `files` counts them. */
export async function loadCoverageReports(
  specs: string[],
  opts: LoadOptions
): Promise<{ report: CoverageReport; files: number }> {
  const paths: string[] = []
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      const found = (await glob([spec], { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: true })).sort()
      if (found.length === 0) {
        throw new UserError(`${opts.label} ${JSON.stringify(spec)} matched no files (in ${opts.cwd})`)
      }
      paths.push(...found)
    } else {
      paths.push(resolve(opts.cwd, spec))
    }
  }
  const reports: CoverageReport[] = []
  for (const path of [...new Set(paths)]) {
    const rel = relative(opts.cwd, path)
    const shown = isAbsolute(path) && rel && !rel.startsWith('..') ? rel : path
    try {
      reports.push(await parseCoverageFile(path, { repoRoot: opts.repoRoot, pathMappings: opts.pathMappings }))
    } catch (e) {
      if (e instanceof UserError) throw e
      throw new UserError(`${shown}: cannot read coverage report (${(e as Error).message ?? String(e)})`)
    }
  }
  if (reports.length === 0) throw new UserError(`${opts.label}: no coverage report given`)
  return {
    report: reports.length === 1 ? (reports[0] as CoverageReport) : mergeReports(reports),
    files: reports.length
  }
}

/** Totals plus each file's line ratio: what evaluate and render read. */
export function summarize(report: CoverageReport): CoverageSummary {
  const files = new Map<string, Ratio>()
  // One pass over each file's lines: its ratio and the report totals (same sums as reportTotals).
  const totals: CoverageTotals = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 }
  }
  // forEach, not for…of: no [key, value] array per file.
  report.files.forEach((file, path) => files.set(path, addFileTotals(totals, file)))
  return { totals, files }
}
