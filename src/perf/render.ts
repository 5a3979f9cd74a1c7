/**
 * The perf gate's section: one row per endpoint (base p95 → head p95, Δ, the interval of the ratio, verdict),
 * failed requests beside each p95 so a faster p95 made of errors is not read as a win, k6 thresholds on their
 * own, warnings when base and head ran on different machines or tool versions, and a chart of the default
 * branch's p95 history. Pure: everything untrusted (endpoint names, file names) is escaped here.
 */
import { makeFragment, headingLine, type GateStatus, type ReportFragment } from '../shared/fragment.js'
import { details, escapeCell, escapeText, mermaidXYChart, table } from '../shared/markdown.js'
import { bridgeGaps, historySeries, type HistoryPoint } from './history.js'
import { endpointId } from './model.js'
import type { Failures } from './run-info.js'
import type { Comparison, EndpointComparison, Verdict } from './stats.js'

export const GATE_ID = 'perf'
export const TITLE = 'Performance'
const MAX_ROWS = 100
const CHART_LINES = 6
const MAX_NOTES = 20

export const VERDICT_MARK: Record<Verdict, string> = {
  regression: '❌ regression',
  improvement: '✅ improvement',
  unchanged: '✅ unchanged',
  inconclusive: '`~` inconclusive',
  new: '🆕 new',
  removed: '➖ removed'
}

export interface SideHealth {
  /** Failed requests per endpoint id over the side's runs. */
  byEndpoint: Map<string, Failures>
  /** All requests over the side's runs; null when no run says. */
  errors: Failures | null
  /** Dropped iterations over the side's runs; null when no run says. */
  dropped: number | null
}

export interface PerfView {
  status: GateStatus
  comparison: Comparison
  base: { runs: number; health: SideHealth; note: string; sha?: string } | null
  head: { runs: number; health: SideHealth }
  /** Failed k6 thresholds of the head runs (an SLO, apart from the regression verdict). */
  thresholdsFailed: string[]
  /** k6's exit code when given: 99 = thresholds failed. */
  k6ExitCode?: number
  /** Warnings (different machines, an unusual k6 exit, no baseline); shown as a list. */
  warnings: string[]
  /** Notices of the loaders (a truncated last line ignored, a figure a format does not have); informational. */
  notices: string[]
  history: HistoryPoint[]
  metric: string
  sha?: string
  url?: string
}

/** "12.3 ms", with 3 significant decimals under 10 ms. */
export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–'
  return `${v < 10 ? v.toFixed(3) : v < 1000 ? v.toFixed(1) : Math.round(v).toString()} ms`
}

/** "+12.5%" / "−3.0%" of a ratio (U+2212 minus). */
export function pct(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '–'
  const d = (ratio - 1) * 100
  const text = Math.abs(d).toFixed(1)
  return text === '0.0' ? '±0.0%' : `${d > 0 ? '+' : '−'}${text}%`
}

function errorRate(f: Failures | null | undefined): string {
  if (!f || f.total === 0) return '–'
  const r = (f.failed / f.total) * 100
  return `${r === 0 ? '0' : r < 0.01 ? '<0.01' : r.toFixed(2)}%`
}

/** Whether the head fails clearly more of an endpoint's requests than the base (≥ 1 point and ≥ double). */
export function moreErrors(base: Failures | null | undefined, head: Failures | null | undefined): boolean {
  if (!head || head.total === 0) return false
  const h = head.failed / head.total
  const b = base && base.total > 0 ? base.failed / base.total : 0
  return h - b >= 0.01 && h >= 2 * b
}

function row(e: EndpointComparison, v: PerfView): string[] {
  const id = endpointId(e.key)
  const baseErr = v.base?.health.byEndpoint.get(id)
  const headErr = v.head.health.byEndpoint.get(id)
  let verdict = VERDICT_MARK[e.verdict]
  if (moreErrors(baseErr, headErr) && (e.verdict === 'improvement' || e.verdict === 'unchanged'))
    verdict += ' ⚠️ more failed requests'
  const interval = e.interval ? `${pct(e.interval[0])} … ${pct(e.interval[1])}` : '–'
  const delta =
    e.ratio !== null && e.deltaMs !== null
      ? `${pct(e.ratio)} (${e.deltaMs >= 0 ? '+' : '−'}${ms(Math.abs(e.deltaMs))})`
      : '–'
  const errors = baseErr || headErr ? `${errorRate(baseErr)} → ${errorRate(headErr)}` : '–'
  return [
    escapeCell(e.label, 200),
    ms(e.base?.p95),
    ms(e.head?.p95),
    delta,
    interval,
    verdict,
    errors,
    `${e.base?.count ?? '?'} / ${e.head?.count ?? '?'}`
  ]
}

const HEADERS = [
  'endpoint',
  'base p95',
  'head p95',
  'Δ',
  'interval',
  'verdict',
  'failed (base → head)',
  'n (base / head)'
]
const ALIGN: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r']

function counts(c: Comparison): Record<Verdict, number> {
  const n: Record<Verdict, number> = {
    regression: 0,
    improvement: 0,
    unchanged: 0,
    inconclusive: 0,
    new: 0,
    removed: 0
  }
  for (const e of c.endpoints) n[e.verdict]++
  return n
}

/** The one-line summary (also the commit status description). */
export function summaryLine(v: PerfView): string {
  const n = counts(v.comparison)
  const total = v.comparison.endpoints.length
  const parts: string[] = []
  if (n.regression) parts.push(`${n.regression} regression${n.regression === 1 ? '' : 's'}`)
  if (n.inconclusive) parts.push(`${n.inconclusive} inconclusive`)
  if (n.improvement) parts.push(`${n.improvement} faster`)
  if (n.unchanged) parts.push(`${n.unchanged} unchanged`)
  if (n.new) parts.push(`${n.new} new`)
  if (n.removed) parts.push(`${n.removed} removed`)
  const what = `${parts.join(', ') || 'no endpoints'} of ${total} endpoint${total === 1 ? '' : 's'} (p95 of ${v.metric})`
  const slo = v.thresholdsFailed.length > 0 || v.k6ExitCode === 99 ? '; k6 thresholds failed' : ''
  return v.base === null ? `no baseline: ${what}${slo}` : `${what}${slo}`
}

/**
 * The one line for all endpoints left inconclusive because the runs cannot reach the interval level over the
 * family (the same cause and the same remedy for each), or null when there are none.
 */
export function shortOfRunsLine(c: Comparison, baseRuns: number, headRuns: number): string | null {
  const s = c.shortOfRuns
  if (s === null) return null
  const all = s.endpoints === c.family
  return (
    `${all ? `All ${s.endpoints}` : `${s.endpoints} of ${c.family}`} compared endpoint${c.family === 1 ? '' : 's'} ${s.endpoints === 1 && !all ? 'is' : 'are'} inconclusive for lack of runs: ` +
    `${baseRuns} base and ${headRuns} head run${headRuns === 1 ? '' : 's'} cannot reach ${(c.options.confidence * 100).toFixed(0)}% over ${c.family} endpoint${c.family === 1 ? '' : 's'}; ` +
    `${c.family} endpoint${c.family === 1 ? ' needs' : 's need'} at least ${s.runsPerSide} runs per side.`
  )
}

/** Under the table: Δ and the interval are not the quotient of the two p95 columns, and why. */
export const DELTA_FOOTNOTE =
  'Δ and interval: the head/base ratio of the per-run p95s (Hodges–Lehmann median, the run is the unit); the p95 columns pool all samples of a side, so Δ need not equal their quotient.'

/** The settings line: the interval level, or plainly that no endpoint got an interval. */
function rulesLine(c: Comparison): string {
  const floors = `a regression must exceed +${c.options.thresholdPct}% and +${c.options.thresholdMs} ms.`
  if (c.family === 0) return `No intervals: no endpoint has usable runs on both sides to compare; ${floors}`
  return `Intervals: ${(c.intervalLevel * 100).toFixed(1)}% per endpoint (${(c.options.confidence * 100).toFixed(0)}% over ${c.family} endpoint${c.family === 1 ? '' : 's'}); ${floors}`
}

function chart(v: PerfView): string {
  if (v.history.length < 2) return ''
  // The endpoints that matter most first (the comparison is sorted by severity), a handful of lines.
  const labels = v.comparison.endpoints.map(e => e.label)
  const { x, lines } = historySeries(v.history, labels)
  const shown = lines.slice(0, CHART_LINES)
  if (shown.length === 0) return ''
  const block = mermaidXYChart({
    title: `p95 of ${v.metric} on the default branch (ms)`,
    xLabels: x,
    yLabel: 'ms',
    series: shown.map(l => ({ kind: 'line' as const, values: bridgeGaps(l.values) })),
    yMin: 0
  })
  const legend = shown
    .map((l, i) => {
      const measured = l.values.filter(x => x !== null).length
      const gaps =
        measured < x.length
          ? ` (measured at ${measured} of ${x.length} commits; the line is bridged across the others)`
          : ''
      return `${i + 1}. ${escapeText(l.label, 200)}${gaps}`
    })
    .join('\n')
  return details(`p95 history (${x.length} commits)`, `${block}\n\nLines, in order:\n\n${legend}`)
}

export function renderSection(v: PerfView): string {
  const c = v.comparison
  const heading = headingLine({ status: v.status, title: TITLE, summary: summaryLine(v) })
  const out = [heading]
  if (v.base) {
    out.push(
      `Base: ${v.base.runs} run${v.base.runs === 1 ? '' : 's'} (${escapeText(v.base.note, 300)}); head: ${v.head.runs} run${v.head.runs === 1 ? '' : 's'}. ` +
        rulesLine(c)
    )
  } else {
    out.push(`No baseline to compare with; head: ${v.head.runs} run${v.head.runs === 1 ? '' : 's'}.`)
  }
  const main = c.endpoints.filter(e => e.verdict !== 'unchanged')
  const quiet = c.endpoints.filter(e => e.verdict === 'unchanged')
  const rows = (list: EndpointComparison[]) => {
    const kept = list.slice(0, MAX_ROWS).map(e => row(e, v))
    const more =
      list.length > MAX_ROWS ? `\n\n_${list.length - MAX_ROWS} more endpoints in the CLI's --json._` : ''
    return table(HEADERS, kept, ALIGN) + more
  }
  // Once, under the first table, when any row shows a ratio.
  const footnote = c.endpoints.some(e => e.ratio !== null) ? `\n\n<sub>${DELTA_FOOTNOTE}</sub>` : ''
  if (main.length > 0) out.push(rows(main) + footnote)
  if (quiet.length > 0) {
    const t = rows(quiet) + (main.length > 0 ? '' : footnote)
    out.push(
      main.length > 0 ? details(`${quiet.length} unchanged endpoint${quiet.length === 1 ? '' : 's'}`, t) : t
    )
  }
  const short = v.base ? shortOfRunsLine(c, v.base.runs, v.head.runs) : null
  if (short) out.push(`**${short}** (README: endpoints → runs per side)`)
  const why = c.endpoints.filter(
    e => (e.verdict === 'inconclusive' && !e.tooFewRuns) || e.verdict === 'regression'
  )
  if (why.length > 0) {
    out.push(
      why
        .slice(0, MAX_NOTES)
        .map(e => `- ${escapeText(e.label, 200)}: ${escapeText(e.reason, 500)}`)
        .join('\n')
    )
  }
  const health = [
    ['failed requests', errorRate(v.base?.health.errors), errorRate(v.head.health.errors)],
    ['dropped iterations', v.base?.health.dropped ?? '–', v.head.health.dropped ?? '–']
  ].filter(r => r[1] !== '–' || r[2] !== '–')
  if (health.length > 0)
    out.push(
      table(
        ['all requests', 'base', 'head'],
        health.map(r => r.map(String)),
        ['l', 'r', 'r']
      )
    )
  if (v.thresholdsFailed.length > 0 || v.k6ExitCode === 99) {
    const list = v.thresholdsFailed.slice(0, MAX_NOTES).map(t => `- ${escapeText(t, 200)}`)
    out.push(
      `**k6 thresholds failed** (k6's own SLO check${v.k6ExitCode === 99 ? ', exit code 99' : ''}; reported apart from the regression verdict, which it does not change)` +
        (list.length > 0 ? `:\n\n${list.join('\n')}` : '.')
    )
  }
  if (v.warnings.length > 0)
    out.push(
      v.warnings
        .slice(0, MAX_NOTES)
        .map(w => `> ⚠️ ${escapeText(w, 500)}`)
        .join('\n>\n')
    )
  if (v.notices.length > 0)
    out.push(
      v.notices
        .slice(0, MAX_NOTES)
        .map(n => `> ℹ️ ${escapeText(n, 500)}`)
        .join('\n>\n')
    )
  const ch = chart(v)
  if (ch) out.push(ch)
  return out.join('\n\n')
}

export function renderPerf(v: PerfView): ReportFragment {
  const n = counts(v.comparison)
  return makeFragment({
    gate: GATE_ID,
    status: v.status,
    title: TITLE,
    summary: summaryLine(v),
    markdown: renderSection(v),
    metrics: {
      endpoints: v.comparison.endpoints.length,
      regressions: n.regression,
      improvements: n.improvement,
      inconclusive: n.inconclusive,
      unchanged: n.unchanged,
      new: n.new,
      removed: n.removed,
      'base-runs': v.base?.runs ?? 0,
      'head-runs': v.head.runs,
      'thresholds-failed': v.thresholdsFailed.length
    },
    statusContext: `quality-gates/${GATE_ID}`,
    ...(v.sha ? { sha: v.sha } : {}),
    ...(v.url ? { url: v.url } : {})
  })
}
