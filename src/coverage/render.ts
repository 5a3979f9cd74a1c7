/**
 * The coverage gate's ReportFragment: one summary line, a markdown section within a fixed size budget
 * (tables cut with "N more"), and annotations on uncovered ADDED lines only (runs merged, capped, the
 * cap disclosed). Every path is untrusted and goes through markdown.ts escaping. Percentages are rounded
 * down to two decimals; an exactly-zero change shows as ±0.00.
 *
 * The section reads top down: the heading (emoji, title, the summary line: each said once), one plain
 * sentence, every configured rule with its target (pass, fail or n/a), then the tables. In a workflow, file
 * names link to the file at the commit the report's line numbers belong to and uncovered ranges to the lines
 * (`…/blob/<sha>/<path>#L10-L12`); locally there are no links.
 */
import { cutTableRows, details, escapeText, inlineCode, mermaidXYChart, table } from '../shared/markdown.js'
import { headingLine, makeFragment, type FragmentAnnotation, type ReportFragment } from '../shared/fragment.js'
import { deltaPpNumber } from '../shared/ratio.js'
import {
  formatDeltaPp,
  formatPercent,
  formatThreshold,
  pathRuleFiles,
  pathRuleId,
  type CoverageSummary,
  type Evaluation,
  type GateRules
} from './evaluate.js'
import { appendTrend, trendSeries, type TrendPoint } from './history.js'
import type { Ratio } from './model.js'
import { newUncovered, type PatchChangedFile, type PatchResult } from './patch.js'

export const GATE_ID = 'coverage'
export const STATUS_CONTEXT = 'quality-gates/coverage'
export const MAX_ANNOTATIONS = 50
const STATUS_DESCRIPTION_MAX = 140
const MAX_PATH_SHOWN = 200
/** A link longer than this is shown as plain text (a path of thousands of characters links nowhere useful). */
const MAX_LINK_URL = 2000
/** Characters of link targets one section may spend; past it, names and ranges show without links. */
const LINK_BUDGET = 12_000
const TITLE = 'Coverage'
/** Uncovered ranges listed per file before "and N more". */
const MAX_RANGES_SHOWN = 20
/** Rule lines shown before "N more rules". */
const MAX_RULE_LINES = 40
/** Code points of the whole summary line (the fragment allows 1000; a status shows 140). */
const MAX_SUMMARY = 500
/** Characters of one summary segment taken from free text (a reason, a path pattern). */
const MAX_SUMMARY_PIECE = 160

export interface BaselineInfo {
  sha: string
  /** First-parent commits between the wanted base and the baseline found (0 = exact). */
  behind: number
}

/** Where the files live on GitHub, for links: `<serverUrl>/<owner>/<repo>/blob/<sha>/<path>#L<n>`. */
export interface SourceLinks {
  /** The GitHub server, e.g. https://github.com or a GHES origin. */
  serverUrl: string
  owner: string
  repo: string
  /** The commit whose line numbers the report and the diff use (40 or 64 hex digits). */
  sha: string
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
  /** In a workflow: link files and lines. Absent (the CLI): no links. */
  source?: SourceLinks
  /** Rows per table before "N more" (default 10). */
  maxFiles?: number
  maxAnnotations?: number
}

type SummaryInput = Pick<RenderInput, 'evaluation' | 'head' | 'base' | 'patch' | 'rules'>

/**
 * The one-line summary, each thing once and every gated number beside its target:
 * "Patch 86.20% ≥ 80% (4 of 29 lines missing); project 91.30% (−0.20 pp, max drop 1 pp)". The verdict is
 * the status (and its emoji), never repeated here. Failing per-path rules and failures outside the rules
 * (a missing shard) are named; passing path rules are in the section.
 */
export function summaryLine(input: SummaryInput): string {
  const { evaluation, head, base, patch } = input
  const rules = input.rules ?? {}
  const failed = new Set(evaluation.failed)
  const parts: string[] = []
  for (const reason of unmatchedReasons(evaluation, rules)) parts.push(cut(reason))

  if (patch) {
    let text: string
    if (patch.unavailable !== undefined) text = `patch n/a (${cut(patch.unavailable)})`
    else if (!patch.lines) text = 'patch n/a (no coverable lines added)'
    else {
      const target =
        rules.minPatch !== undefined ? ` ${failed.has('min-patch') ? '<' : '≥'} ${formatThreshold(rules.minPatch)}%` : ''
      const missing = patch.lines.total - patch.lines.covered
      const max = rules.maxNewUncovered !== undefined ? `, max ${formatThreshold(rules.maxNewUncovered)}` : ''
      text = `patch ${formatPercent(patch.lines)}${target} (${missing} of ${patch.lines.total} lines missing${max})`
    }
    parts.push(text)
  }

  const lines = head.totals.lines
  let project = `project ${formatPercent(lines.total > 0 ? lines : null)}`
  if (rules.minProject !== undefined && lines.total > 0) {
    project += ` ${failed.has('min-project') ? '<' : '≥'} ${formatThreshold(rules.minProject)}%`
  }
  const delta = base && base.totals.lines.total > 0 && lines.total > 0 ? `${formatDeltaPp(lines, base.totals.lines)} pp` : null
  if (rules.maxDrop !== undefined) {
    const max = `${formatThreshold(rules.maxDrop)} pp`
    if (delta) project += failed.has('max-drop') ? ` (${delta}, over the max drop of ${max})` : ` (${delta}, max drop ${max})`
    else if (!base) project += ' (no baseline)'
  } else if (delta) project += ` (${delta})`
  // Nothing measured and neutral: the reason (e.g. an include that matched no file) says more than "n/a".
  const why = lines.total === 0 && evaluation.status === 'neutral' ? evaluation.notices[0] : undefined
  parts.push(why !== undefined ? cut(why) : project)

  const pathsFailed = (rules.paths ?? []).filter(r => failed.has(pathRuleId(r)))
  if (pathsFailed.length > 0) {
    const first = pathsFailed[0]!
    const { sum } = pathRuleFiles(first, head.files)
    const more = pathsFailed.length > 1 ? ` and ${pathsFailed.length - 1} more path rules` : ''
    parts.push(`${cut(first.pattern)} ${formatPercent(sum)} < ${formatThreshold(first.min)}%${more}`)
  }
  if (evaluation.wouldBe !== evaluation.status) parts.push(`informational, would be ${evaluation.wouldBe}`)
  return cut(capitalise(parts.join('; ')), MAX_SUMMARY)
}

/** The commit status description: the summary line, ≤ 140 chars. */
export function statusDescription(input: SummaryInput): string {
  const line = summaryLine(input)
  return line.length <= STATUS_DESCRIPTION_MAX ? line : `${line.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`
}

/**
 * The section's first sentence, in words: "Patch coverage is 86.20% with 4 of 29 added lines missing; project
 * coverage is 91.30% (−0.20 pp)." It describes, it does not judge (the rules below do).
 */
export function plainSentence(input: SummaryInput): string {
  const { evaluation, head, base, patch } = input
  const rules = input.rules ?? {}
  const parts: string[] = []
  if (patch) {
    if (patch.unavailable !== undefined) parts.push(`patch coverage is n/a (${patch.unavailable})`)
    else if (!patch.lines) parts.push('no coverable lines were added, so patch coverage is n/a')
    else {
      const missing = patch.lines.total - patch.lines.covered
      const n = patch.lines.total
      parts.push(
        missing === 0
          ? `patch coverage is ${formatPercent(patch.lines)}: ${n === 1 ? 'the added line is' : `all ${n} added lines are`} covered`
          : `patch coverage is ${formatPercent(patch.lines)} with ${missing} of ${n} added lines missing`
      )
    }
  }
  const lines = head.totals.lines
  if (lines.total === 0) parts.push('the report has no coverable lines')
  else if (base && base.totals.lines.total > 0) {
    parts.push(`project coverage is ${formatPercent(lines)} (${formatDeltaPp(lines, base.totals.lines)} pp)`)
  } else if (base) parts.push(`project coverage is ${formatPercent(lines)}; the baseline has no coverable lines`)
  else parts.push(`project coverage is ${formatPercent(lines)}, with no baseline to compare against`)
  if (!patch) parts.push('without a diff, patch coverage is not measured')

  const paths = rules.paths ?? []
  if (paths.length > 0) {
    const failed = new Set(evaluation.failed)
    const below = paths.filter(r => failed.has(pathRuleId(r))).length
    const empty = paths.filter(r => pathRuleFiles(r, head.files).sum.total === 0).length
    const met = paths.length - below - empty
    const n = paths.length
    if (below > 0) parts.push(`${below} of ${n} path rules ${below === 1 ? 'falls' : 'fall'} short`)
    else if (empty > 0) parts.push(`${met} of ${n} path rules met, ${empty} without coverable lines`)
    else parts.push(n === 1 ? 'the path rule is met' : `all ${n} path rules are met`)
  }
  return `${escapeText(capitalise(parts.join('; ')), 2000)}.`
}

function capitalise(s: string): string {
  return s === '' ? s : `${s[0]!.toUpperCase()}${s.slice(1)}`
}

/** One line of at most `max` code points, cut with "…". */
function cut(text: string, max = MAX_SUMMARY_PIECE): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const cps = Array.from(flat)
  return cps.length <= max ? flat : `${cps.slice(0, max - 1).join('')}…`
}

/** The configured rules, in the order they are evaluated, with the id their reasons and notices start with. */
function ruleIds(rules: GateRules): string[] {
  const ids: string[] = []
  if (rules.minProject !== undefined) ids.push('min-project')
  if (rules.maxDrop !== undefined) ids.push('max-drop')
  if (rules.minPatch !== undefined) ids.push('min-patch')
  if (rules.maxNewUncovered !== undefined) ids.push('max-new-uncovered')
  for (const p of rules.paths ?? []) ids.push(pathRuleId(p))
  return ids
}

/** Failure reasons that belong to no configured rule (e.g. a missing shard, added by the runtime). */
function unmatchedReasons(evaluation: Evaluation, rules: GateRules): string[] {
  const ids = ruleIds(rules)
  return evaluation.reasons.filter(r => !ids.some(id => r.startsWith(`${id}: `)))
}

/**
 * One line per configured rule, pass or fail, each with its target: a failure says why (the evaluation's
 * reason), a rule that could not be applied says why not (its notice), a pass shows the number beside the
 * target. Returns the lines and the notices they used (not repeated below).
 */
function ruleLines(input: RenderInput): { lines: string[]; usedNotices: Set<string> } {
  const { evaluation, head, base, patch } = input
  const rules = input.rules ?? {}
  const usedNotices = new Set<string>()
  const lines = unmatchedReasons(evaluation, rules).map(r => `- ❌ ${escapeText(r, 1000)}`)
  const lineTotals = head.totals.lines
  const passText = (id: string): string => {
    if (id === 'min-project') return `project line coverage ${formatPercent(lineTotals)} ≥ ${formatThreshold(rules.minProject!)}%`
    if (id === 'max-drop') {
      const b = base!.totals.lines
      return `project line coverage changed ${formatDeltaPp(lineTotals, b)} pp (${formatPercent(b)} → ${formatPercent(lineTotals)}), max drop ${formatThreshold(rules.maxDrop!)} pp`
    }
    if (id === 'min-patch') {
      if (!patch?.lines) return 'patch coverage is n/a'
      return `patch coverage ${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines) ≥ ${formatThreshold(rules.minPatch!)}%`
    }
    if (id === 'max-new-uncovered') {
      return `${newUncovered(patch)} uncovered added lines, at most ${formatThreshold(rules.maxNewUncovered!)} allowed`
    }
    const rule = (rules.paths ?? []).find(p => pathRuleId(p) === id)!
    const { hit, sum } = pathRuleFiles(rule, head.files)
    return `${formatPercent(sum)} (${sum.covered} of ${sum.total} lines in ${hit.size} file(s)) ≥ ${formatThreshold(rule.min)}%`
  }
  for (const id of ruleIds(rules)) {
    const prefix = `${id}: `
    const reason = evaluation.reasons.find(r => r.startsWith(prefix))
    if (reason !== undefined) {
      lines.push(`- ❌ ${escapeText(reason, 1000)}`)
      continue
    }
    const notice = evaluation.notices.find(n => n.startsWith(prefix))
    if (notice !== undefined) {
      usedNotices.add(notice)
      lines.push(`- ➖ ${escapeText(notice, 1000)}`)
      continue
    }
    lines.push(`- ✅ ${escapeText(`${prefix}${passText(id)}`, 1000)}`)
  }
  if (lines.length > MAX_RULE_LINES) {
    const more = lines.length - MAX_RULE_LINES
    return { lines: [...lines.slice(0, MAX_RULE_LINES), `- … ${more} more rules`], usedNotices }
  }
  return { lines, usedNotices }
}

// ---------------------------------------------------------------- links

/** Hands out links while the section's link budget lasts; none at all without `source`. */
interface Linker {
  /** `[text](url)` when linkable and within budget, else `text`. */
  link(text: string, path: string, range?: [number, number]): string
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i
const NAME = /^[A-Za-z0-9_.-]{1,100}$/

function linker(source: SourceLinks | undefined, budget = LINK_BUDGET): Linker {
  const prefix = source ? blobPrefix(source) : null
  let left = budget
  return {
    link(text, path, range) {
      if (prefix === null) return text
      const url = fileUrl(prefix, path, range)
      if (url === null || url.length > left) return text
      left -= url.length
      return `[${text}](${url})`
    }
  }
}

/** `<server>/<owner>/<repo>/blob/<sha>/`, or null when any part is not what GitHub would accept. */
export function blobPrefix(source: SourceLinks): string | null {
  let origin: string
  try {
    const u = new URL(source.serverUrl)
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username !== '' || u.password !== '') return null
    origin = u.origin
  } catch {
    return null
  }
  if (!NAME.test(source.owner) || !NAME.test(source.repo) || !SHA.test(source.sha)) return null
  if (source.repo === '.' || source.repo === '..') return null
  return `${origin}/${source.owner}/${source.repo}/blob/${source.sha.toLowerCase()}/`
}

/**
 * The link to `path` (repository-relative, POSIX) under `prefix`, with `#L10` or `#L10-L12`. Each segment is
 * percent-encoded (spaces, `#`, `?`, `%`, unicode, and `(`, `)`, `'`, `!`, `*`, which could end a markdown
 * link); a path with an empty, `.` or `..` segment, or one that is not valid UTF-16, gets no link.
 */
export function fileUrl(prefix: string, path: string, range?: [number, number]): string | null {
  const segments = path.split('/')
  if (segments.some(s => s === '' || s === '.' || s === '..')) return null
  let encoded: string
  try {
    encoded = segments
      .map(s => encodeURIComponent(s).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
      .join('/')
  } catch {
    return null // a lone surrogate
  }
  const anchor = range ? (range[0] === range[1] ? `#L${range[0]}` : `#L${range[0]}-L${range[1]}`) : ''
  const url = `${prefix}${encoded}${anchor}`
  return url.length <= MAX_LINK_URL ? url : null
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

  const links = linker(input.source)
  const summary = summaryLine(input)
  out.push(headingLine({ status: evaluation.status, title: TITLE, summary }), '', plainSentence(input))
  if (evaluation.wouldBe !== evaluation.status) {
    out.push('', `_Informational: the rules below would have made this ${evaluation.wouldBe}._`)
  }
  const rules = ruleLines(input)
  if (rules.lines.length > 0) out.push('', ...rules.lines)

  // Uncovered added lines: built first, so they get the link budget first (the most useful links).
  const withGaps = (patch?.files ?? []).filter(f => f.uncoveredRanges.length > 0)
  let uncoveredList: string | null = null
  if (withGaps.length > 0) {
    const cut = cutTableRows(withGaps, maxFiles)
    const items = cut.rows.map(f => {
      const ranges = f.uncoveredRanges
        .slice(0, MAX_RANGES_SHOWN)
        .map(([s, e]) => links.link(s === e ? `L${s}` : `L${s}-L${e}`, f.path, [s, e]))
      const more = f.uncoveredRanges.length - ranges.length
      return `- ${links.link(code(f.path), f.path)}: ${ranges.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    })
    if (cut.omitted > 0) items.push(`- … ${cut.omitted} more files`)
    uncoveredList = details('Uncovered added lines', items.join('\n'))
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

  // Patch: how partly covered lines count, and changed files the report knows nothing about
  if (patch?.lines) {
    out.push('', `_Patch coverage counts partly covered lines as ${patch.partial === 'miss' ? 'missed' : 'hit'}._`)
  }
  if (patch && patch.missingData.length > 0) {
    const shown = patch.missingData.slice(0, maxFiles).map(p => links.link(code(p), p))
    const more = patch.missingData.length - shown.length
    out.push(
      '',
      `⚠️ ${patch.missingData.length} changed file(s) have no coverage data: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    )
  }

  // Changed files
  const changedRows = changedFileRows(input)
  if (changedRows.length > 0) {
    const cut = cutTableRows(changedRows, maxFiles)
    const rows = cut.rows.map(r => [links.link(cellPath(r.path), r.path), r.patch, r.coverage, r.delta])
    if (cut.omitted > 0) rows.push([`… ${cut.omitted} more`, '', '', ''])
    out.push(
      '',
      details(
        `Changed files (${changedRows.length})`,
        table(['File', 'Patch', 'Coverage', 'Δ'], rows, ['l', 'r', 'r', 'r'])
      )
    )
  }

  if (uncoveredList !== null) out.push('', uncoveredList)

  // Indirect changes
  if (evaluation.indirect.length > 0) {
    const cut = cutTableRows(evaluation.indirect, maxFiles)
    // A file gone from the head has nothing to link to at the head commit.
    const rows = cut.rows.map(r => [
      r.head ? links.link(cellPath(r.path), r.path) : cellPath(r.path),
      r.base ? cellRatio(r.base) : '—',
      r.head ? cellRatio(r.head) : '—'
    ])
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
  // Notices: those shown above (a rule's n/a, missing data, indirect changes, informational) are not repeated.
  const notices = evaluation.notices.filter(
    n =>
      !rules.usedNotices.has(n) &&
      !/have no coverage data:/.test(n) &&
      !/outside the diff changed/.test(n) &&
      !n.startsWith('informational: ')
  )
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
    title: TITLE,
    summary,
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
