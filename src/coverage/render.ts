/**
 * The coverage gate's ReportFragment: one summary line, a markdown section within a fixed size budget
 * (tables cut with "N more"), and annotations on uncovered ADDED lines only (runs merged, capped, the
 * cap disclosed). Every path is untrusted and goes through markdown.ts escaping. Percentages are rounded
 * down to two decimals; an exactly-zero change shows as ±0.00.
 */
import { cutTableRows, details, escapeText, inlineCode, mermaidXYChart, table } from '../shared/markdown.js'
import { makeFragment, type FragmentAnnotation, type ReportFragment } from '../shared/fragment.js'
import { deltaPpNumber } from '../shared/ratio.js'
import { formatDeltaPp, formatPercent, type CoverageSummary, type Evaluation, type GateRules } from './evaluate.js'
import { appendTrend, trendSeries, type TrendPoint } from './history.js'
import type { Ratio } from './model.js'
import { newUncovered, type PatchChangedFile, type PatchResult } from './patch.js'

export const GATE_ID = 'coverage'
export const STATUS_CONTEXT = 'quality-gates/coverage'
export const MAX_ANNOTATIONS = 50
const STATUS_DESCRIPTION_MAX = 140
const MAX_PATH_SHOWN = 200

export interface BaselineInfo {
  sha: string
  /** First-parent commits between the wanted base and the baseline found (0 = exact). */
  behind: number
}

export interface RenderInput {
  evaluation: Evaluation
  head: CoverageSummary
  base: CoverageSummary | null
  patch: PatchResult | null
  /** The diff's files, for the changed-files table. */
  changed?: PatchChangedFile[]
  rules?: GateRules
  baseline?: BaselineInfo | null
  trend?: TrendPoint[]
  sha?: string
  url?: string
  /** Rows per table before "N more" (default 10). */
  maxFiles?: number
  maxAnnotations?: number
}

const STATUS_WORD = { pass: 'pass', fail: 'fail', neutral: 'neutral' } as const
const STATUS_ICON = { pass: '✅', fail: '❌', neutral: '⚪' } as const

/** "Project 87.50% (−0.12 pp), patch 75.00% (3 of 4 lines) — pass" */
export function summaryLine(input: Pick<RenderInput, 'evaluation' | 'head' | 'base' | 'patch'>): string {
  const lines = input.head.totals.lines
  const delta = input.base && input.base.totals.lines.total > 0 && lines.total > 0
  const project = `Project ${formatPercent(lines)}${delta ? ` (${formatDeltaPp(lines, input.base!.totals.lines)} pp)` : ''}`
  let patch = ''
  if (input.patch) {
    patch = input.patch.lines
      ? `, patch ${formatPercent(input.patch.lines)} (${input.patch.lines.covered} of ${input.patch.lines.total} lines)`
      : input.patch.unavailable !== undefined
        ? `, patch n/a (${input.patch.unavailable})`
        : ', patch n/a (no coverable lines added)'
  }
  return `${project}${patch} — ${STATUS_WORD[input.evaluation.status]}`
}

/** The commit status description: the summary line, plus the first reason if room, ≤ 140 chars. */
export function statusDescription(input: Pick<RenderInput, 'evaluation' | 'head' | 'base' | 'patch'>): string {
  const line = summaryLine(input)
  return line.length <= STATUS_DESCRIPTION_MAX ? line : `${line.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`
}

export function annotationsFor(patch: PatchResult | null, max = MAX_ANNOTATIONS): {
  annotations: FragmentAnnotation[]
  total: number
} {
  const all: FragmentAnnotation[] = []
  for (const f of patch?.files ?? []) {
    for (const [start, end] of f.uncoveredRanges) {
      const what = start === end ? `Added line #L${start} is` : `Added lines #L${start}-L${end} are`
      all.push({
        path: f.path,
        startLine: start,
        endLine: end,
        level: 'warning',
        title: 'Not covered',
        message: f.missingData
          ? `${what} not covered: the coverage report has no data for this file`
          : `${what} not covered by tests`
      })
    }
  }
  return { annotations: all.slice(0, max), total: all.length }
}

export function renderCoverage(input: RenderInput): ReportFragment {
  const { evaluation, head, base, patch } = input
  const maxFiles = input.maxFiles ?? 10
  const { annotations, total: annotationTotal } = annotationsFor(patch, input.maxAnnotations ?? MAX_ANNOTATIONS)
  const out: string[] = []

  out.push(
    `${STATUS_ICON[evaluation.status]} **Coverage ${STATUS_WORD[evaluation.status]}** — ${escapeText(summaryLine(input))}`
  )
  if (evaluation.wouldBe !== evaluation.status) {
    out.push('', `_Informational: the rules below would have made this ${evaluation.wouldBe}._`)
  }
  if (evaluation.reasons.length > 0) {
    out.push('', ...evaluation.reasons.slice(0, 20).map(r => `- ❌ ${escapeText(r, 1000)}`))
  }

  // Totals
  const totalRows: string[][] = []
  for (const key of ['lines', 'branches', 'functions'] as const) {
    const h = head.totals[key]
    const b = base?.totals[key]
    if (h.total === 0 && (!b || b.total === 0)) continue
    totalRows.push([
      `${key[0]!.toUpperCase()}${key.slice(1)}`,
      cellRatio(h),
      b ? cellRatio(b) : '—',
      b ? deltaCell(h, b) : '—'
    ])
  }
  if (totalRows.length > 0) out.push('', table(['', 'Head', 'Base', 'Δ'], totalRows, ['l', 'r', 'r', 'r']))

  // Patch
  if (patch) {
    const policy = patch.partial === 'miss' ? 'partly covered lines count as missed' : 'partly covered lines count as hit'
    out.push(
      '',
      patch.lines
        ? `**Patch coverage:** ${formatPercent(patch.lines)} — ${patch.lines.covered} of ${patch.lines.total} added coverable lines covered (${policy}).`
        : patch.unavailable !== undefined
          ? `**Patch coverage:** n/a — ${escapeText(patch.unavailable)}.`
          : '**Patch coverage:** n/a — no coverable lines were added.'
    )
    if (patch.missingData.length > 0) {
      out.push(
        '',
        `⚠️ ${patch.missingData.length} changed file(s) have no coverage data: ${limitList(patch.missingData.map(p => code(p)), maxFiles)}`
      )
    }
  }

  // Changed files
  const changedRows = changedFileRows(input)
  if (changedRows.length > 0) {
    const cut = cutTableRows(changedRows, maxFiles)
    const rows = cut.rows.map(r => [cellPath(r.path), r.patch, r.coverage, r.delta])
    if (cut.omitted > 0) rows.push([`… ${cut.omitted} more`, '', '', ''])
    out.push(
      '',
      details(
        `Changed files (${changedRows.length})`,
        table(['File', 'Patch', 'Coverage', 'Δ'], rows, ['l', 'r', 'r', 'r'])
      )
    )
  }

  // Uncovered added lines
  const withGaps = (patch?.files ?? []).filter(f => f.uncoveredRanges.length > 0)
  if (withGaps.length > 0) {
    const cut = cutTableRows(withGaps, maxFiles)
    const items = cut.rows.map(f => {
      const ranges = f.uncoveredRanges.map(([s, e]) => (s === e ? `L${s}` : `L${s}-L${e}`))
      return `- ${code(f.path)}: ${limitList(ranges, 20)}`
    })
    if (cut.omitted > 0) items.push(`- … ${cut.omitted} more files`)
    out.push('', details('Uncovered added lines', items.join('\n')))
  }

  // Indirect changes
  if (evaluation.indirect.length > 0) {
    const cut = cutTableRows(evaluation.indirect, maxFiles)
    const rows = cut.rows.map(r => [cellPath(r.path), r.base ? cellRatio(r.base) : '—', r.head ? cellRatio(r.head) : '—'])
    if (cut.omitted > 0) rows.push([`… ${cut.omitted} more`, '', ''])
    out.push(
      '',
      details(
        `Indirect changes: ${evaluation.indirect.length} file(s) outside the diff changed coverage`,
        table(['File', 'Base', 'Head'], rows, ['l', 'r', 'r'])
      )
    )
  }

  // Baseline note
  out.push('', baselineNote(input))

  // Notices (the missing-data one is already shown above)
  const notices = evaluation.notices.filter(n => !/have no coverage data:/.test(n) && !/outside the diff changed/.test(n))
  if (notices.length > 0) out.push('', ...notices.slice(0, 10).map(n => `- ℹ️ ${escapeText(n, 1000)}`))

  // Trend
  // The default branch's history, with this change's head as the last point: where the PR would land.
  const chart = input.trend?.length
    ? trendChart(appendTrend(input.trend, { sha: input.sha ?? 'this PR', date: '', lines: head.totals.lines }))
    : null
  if (chart) out.push('', details('Trend (default branch)', chart))

  if (annotationTotal > annotations.length) {
    out.push('', `_${annotationTotal} uncovered runs of added lines; annotations show the first ${annotations.length}._`)
  }

  const metrics: Record<string, number | string | boolean | null> = {
    lines_covered: head.totals.lines.covered,
    lines_total: head.totals.lines.total,
    branches_covered: head.totals.branches.covered,
    branches_total: head.totals.branches.total,
    functions_covered: head.totals.functions.covered,
    functions_total: head.totals.functions.total,
    lines_percent: formatPercent(head.totals.lines),
    base_lines_covered: base ? base.totals.lines.covered : null,
    base_lines_total: base ? base.totals.lines.total : null,
    delta_pp: base ? deltaPpNumber(head.totals.lines, base.totals.lines) : null,
    patch_covered: patch?.lines ? patch.lines.covered : null,
    patch_total: patch?.lines ? patch.lines.total : null,
    patch_percent: patch ? formatPercent(patch.lines) : null,
    // Not counted (null) when the report has no per-line hits for a changed file.
    new_uncovered: patch?.unavailable !== undefined ? null : newUncovered(patch),
    missing_data_files: patch ? patch.missingData.length : 0,
    indirect_changes: evaluation.indirect.length,
    baseline_sha: input.baseline?.sha ?? null,
    baseline_behind: input.baseline ? input.baseline.behind : null
  }

  return makeFragment({
    gate: GATE_ID,
    status: evaluation.status,
    title: 'Coverage',
    summary: summaryLine(input),
    markdown: out.join('\n'),
    metrics,
    statusContext: STATUS_CONTEXT,
    annotations,
    ...(input.sha ? { sha: input.sha } : {}),
    ...(input.url ? { url: input.url } : {})
  })
}

function baselineNote(input: RenderInput): string {
  if (input.baseline) {
    const sha = escapeText(input.baseline.sha.slice(0, 7))
    if (input.baseline.behind === 0) return `Baseline: found at ${sha} (the exact base commit).`
    const n = input.baseline.behind
    return `Baseline: found at ${sha}, ${n} commit${n === 1 ? '' : 's'} behind the base; the project delta includes their changes.`
  }
  if (input.base) return 'Baseline: the base report given on the command line.'
  return 'Baseline: none found, so there is no project delta.'
}

interface ChangedRow {
  path: string
  patch: string
  coverage: string
  delta: string
  weight: number
}

function changedFileRows(input: RenderInput): ChangedRow[] {
  const patchByPath = new Map((input.patch?.files ?? []).map(f => [f.path, f]))
  const rows: ChangedRow[] = []
  for (const c of input.changed ?? []) {
    if (c.binary) continue
    const p = patchByPath.get(c.path)
    const h = input.head.files.get(c.path)
    const b = input.base?.files.get(c.oldPath ?? c.path) ?? input.base?.files.get(c.path)
    if (!p && !h && !b) continue
    rows.push({
      path: c.path,
      patch: p ? `${formatPercent({ covered: p.covered, total: p.total })} (${p.covered}/${p.total})` : 'n/a',
      coverage: h ? cellRatio(h) : 'no data',
      delta: h && b ? deltaCell(h, b) : h && input.base ? 'new' : '—',
      weight: p ? p.total - p.covered : 0
    })
  }
  return rows.sort((a, b) => b.weight - a.weight || (a.path < b.path ? -1 : 1))
}

function trendChart(trend: TrendPoint[]): string | null {
  const { labels, values } = trendSeries(trend)
  if (values.length < 2) return null
  return mermaidXYChart({
    title: 'Line coverage',
    xLabels: labels,
    yLabel: '%',
    series: [{ kind: 'line', values }],
    yMin: Math.max(0, Math.floor(Math.min(...values)) - 1),
    yMax: Math.min(100, Math.ceil(Math.max(...values)) + 1)
  })
}

function cellRatio(r: Ratio): string {
  return r.total > 0 ? `${formatPercent(r)} (${r.covered}/${r.total})` : 'n/a'
}

function deltaCell(h: Ratio, b: Ratio): string {
  const d = formatDeltaPp(h, b)
  return d === 'n/a' ? 'n/a' : `${d} pp`
}

function cellPath(path: string): string {
  return inlineCode(path, MAX_PATH_SHOWN)
}

function code(path: string): string {
  return inlineCode(path, MAX_PATH_SHOWN, { cell: false })
}

function limitList(items: string[], max: number): string {
  const shown = items.slice(0, max).join(', ')
  return items.length > max ? `${shown} and ${items.length - max} more` : shown
}
