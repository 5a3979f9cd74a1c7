/**
 * What the CLI prints for a coverage run: the `--json` document (a stable shape, documented in the README) and
 * the human table. Both read the gate's result data; neither computes anything the gate did not.
 */
import type { CoverageSummary, Evaluation, GateRules } from './evaluate.js'
import { formatDeltaPp, formatPercent } from './evaluate.js'
import type { CoverageReport, Ratio } from './model.js'
import type { PatchChangedFile, PatchResult } from './patch.js'
import { statusDescription } from './render.js'

/** Everything a coverage run computed, for printing. */
export interface CoverageRun {
  head: CoverageReport
  base: CoverageReport | null
  headSummary: CoverageSummary
  baseSummary: CoverageSummary | null
  changed: PatchChangedFile[] | null
  patch: PatchResult | null
  evaluation: Evaluation
  /** The rules it was gated on (the summary line shows each target). */
  rules?: GateRules
  headSha?: string
  /** What the patch was measured against, in words (the CLI's diff: its base and whether the work tree counts). */
  diffFrom?: string
  /** Non-fatal problems a human saw on stderr or in the section (parsing, baseline), one line each. */
  warnings: string[]
}

/** The --json shape (stable; documented in --help and the README). `withFiles` false: files is left empty. */
export function jsonResult(run: CoverageRun, withFiles = true) {
  const totals = (s: CoverageSummary) => ({
    lines: ratio(s.totals.lines),
    branches: ratio(s.totals.branches),
    functions: ratio(s.totals.functions)
  })
  return {
    gate: 'coverage',
    status: run.evaluation.status,
    project: totals(run.headSummary),
    base: run.baseSummary ? totals(run.baseSummary) : null,
    patch: run.patch
      ? {
          lines: run.patch.lines ? ratio(run.patch.lines) : null,
          files: run.patch.files.map(f => ({
            path: f.path,
            lines: { covered: f.covered, total: f.total },
            uncovered: f.uncoveredRanges
          })),
          missingData: run.patch.missingData
        }
      : null,
    files: withFiles ? sortedFiles(run.headSummary.files) : [],
    reasons: run.evaluation.reasons,
    warnings: run.warnings
  }
}

/**
 * Write `JSON.stringify(jsonResult(run))` and a newline, in pieces: for 20,000 files the document is about
 * 2 MB, and building it whole (objects, string, output buffer) would be the largest allocation of the run.
 */
export function writeJsonResult(run: CoverageRun, write: (text: string) => void): void {
  const full = jsonResult(run, false)
  // Same keys in the same order as jsonResult; files, reasons and warnings are written after.
  const start = JSON.stringify({
    gate: full.gate,
    status: full.status,
    project: full.project,
    base: full.base,
    patch: full.patch
  })
  write(`${start.slice(0, -1)},"files":[`)
  const ratios = run.headSummary.files
  const paths = [...ratios.keys()].sort()
  let piece = ''
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string
    const r = ratios.get(path) as Ratio
    piece += `${i > 0 ? ',' : ''}{"path":${JSON.stringify(path)},"lines":{"covered":${r.covered},"total":${r.total}}}`
    if (piece.length >= 65536) {
      write(piece)
      piece = ''
    }
  }
  write(`${piece}],"reasons":${JSON.stringify(full.reasons)},"warnings":${JSON.stringify(full.warnings)}}\n`)
}

/** Per-file line ratios by path (one object per file, no intermediate entry arrays). */
function sortedFiles(files: Map<string, Ratio>): { path: string; lines: Ratio }[] {
  const out: { path: string; lines: Ratio }[] = []
  files.forEach((r, path) => out.push({ path, lines: ratio(r) }))
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

export function humanResult(run: CoverageRun): string {
  const { headSummary: h, baseSummary: b, patch, evaluation } = run
  const rows: string[][] = [['', 'head', 'base', 'delta']]
  for (const key of ['lines', 'branches', 'functions'] as const) {
    const hr = h.totals[key]
    const br = b?.totals[key]
    if (hr.total === 0 && (!br || br.total === 0)) continue
    rows.push([key, cell(hr), br ? cell(br) : '-', br ? pp(formatDeltaPp(hr, br)) : '-'])
  }
  if (patch) {
    rows.push([
      'patch',
      patch.lines
        ? `${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines)`
        : 'n/a (no coverable lines added)',
      '',
      ''
    ])
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)))
  const lines = rows.map(r =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  )
  const out = [
    `coverage: ${run.head.files.size} files (${run.head.format}, from ${run.head.source})`,
    ...(run.diffFrom ? [`patch: diff from ${run.diffFrom}`] : []),
    ...lines
  ]
  for (const r of evaluation.reasons) out.push(`FAIL ${r}`)
  for (const n of evaluation.notices) out.push(`note ${n}`)
  out.push(
    `${evaluation.status.toUpperCase()}: ${statusDescription({ evaluation, head: h, base: b, patch, ...(run.rules ? { rules: run.rules } : {}) })}`
  )
  return `${out.join('\n')}\n`
}

function ratio(r: Ratio): Ratio {
  return { covered: r.covered, total: r.total }
}

function cell(r: Ratio): string {
  return r.total > 0 ? `${formatPercent(r)} (${r.covered}/${r.total})` : 'n/a'
}

function pp(d: string): string {
  return d === 'n/a' ? d : `${d} pp`
}
