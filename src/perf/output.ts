/**
 * What `quality-gates perf` prints: the `--json` document (a stable shape, in milliseconds) and the human table.
 * Both read the gate's result; neither computes anything the gate did not.
 *
 *   {"gate":"perf","status":"pass|fail|neutral","endpoints":[{"name","count","p95","baseP95","ratio",
 *    "interval":[lo,hi]|null,"verdict"}]}
 *
 * `count` and `p95` are the head side's (all its runs pooled); for a removed endpoint (only in the base) they are
 * 0 and null, and `count` is null when a pre-computed source does not state it (k6 summaries), `p95` null when the
 * source has none (autocannon -j): never a made-up number. The human output says which files lack them.
 */
import type { GateStatus } from '../shared/fragment.js'
import { DELTA_FOOTNOTE, ms, pct, shortOfRunsLine, summaryLine, type PerfView } from './render.js'
import type { Verdict } from './stats.js'

export interface PerfRun {
  view: PerfView
  /** Loader notices and baseline notes (also among the view's warnings or notices, which the section and the CLI show). */
  notes: string[]
}

export interface JsonEndpoint {
  name: string
  count: number | null
  p95: number | null
  baseP95: number | null
  ratio: number | null
  interval: [number, number] | null
  verdict: Verdict
}

export function jsonResult(run: PerfRun): { gate: 'perf'; status: GateStatus; endpoints: JsonEndpoint[] } {
  return {
    gate: 'perf',
    status: run.view.status,
    endpoints: run.view.comparison.endpoints.map(e => ({
      name: e.label,
      count: e.head ? e.head.count : 0,
      p95: e.head?.p95 ?? null,
      baseP95: e.base?.p95 ?? null,
      ratio: e.ratio,
      interval: e.interval,
      verdict: e.verdict
    }))
  }
}

export function writeJsonResult(run: PerfRun, write: (text: string) => void): void {
  write(`${JSON.stringify(jsonResult(run))}\n`)
}

export function humanResult(run: PerfRun): string {
  const rows: string[][] = [['endpoint', 'base p95', 'head p95', 'Δ', 'interval', 'verdict']]
  for (const e of run.view.comparison.endpoints) {
    rows.push([
      e.label.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80),
      ms(e.base?.p95),
      ms(e.head?.p95),
      pct(e.ratio),
      e.interval ? `${pct(e.interval[0])} … ${pct(e.interval[1])}` : '–',
      e.verdict
    ])
  }
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)))
  const lines = rows.map(r =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  )
  const out = [...lines]
  const c = run.view.comparison
  if (c.endpoints.some(e => e.ratio !== null)) out.push(DELTA_FOOTNOTE)
  const short = run.view.base ? shortOfRunsLine(c, run.view.base.runs, run.view.head.runs) : null
  if (short) out.push(`inconclusive: ${short}`)
  for (const e of c.endpoints)
    if ((e.verdict === 'inconclusive' && !e.tooFewRuns) || e.verdict === 'regression')
      out.push(`${e.verdict}: ${e.label.slice(0, 80)}: ${e.reason}`)
  const missing = nullFigures(run.view)
  if (missing) out.push(missing)
  for (const t of run.view.thresholdsFailed) out.push(`k6 threshold failed: ${t}`)
  for (const w of run.view.warnings) out.push(`warning: ${w}`)
  for (const n of run.view.notices) out.push(`notice: ${n}`)
  out.push(`${run.view.status.toUpperCase()}: ${summaryLine(run.view)}`)
  return `${out.join('\n')}\n`
}

/**
 * Why `count` or `p95` is null in --json for head endpoints (not removed ones): the files whose format has no
 * such figure, or null when every head endpoint has both.
 */
function nullFigures(view: PerfView): string | null {
  const noCount = new Set<string>()
  const noP95 = new Set<string>()
  for (const e of view.comparison.endpoints) {
    if (!e.head) continue
    for (const r of e.head.perRun) {
      if (r.count === null) noCount.add(r.source)
      if (r.p95 === null && r.count !== 0) noP95.add(r.source)
    }
  }
  const list = (s: Set<string>) =>
    `${[...s].slice(0, 3).join(', ')}${s.size > 3 ? ` and ${s.size - 3} more` : ''}`
  const parts: string[] = []
  if (noCount.size > 0)
    parts.push(
      `count is null where ${list(noCount)} states no sample count (k6 --summary-export, handleSummary and the machine-readable summary have none, nor a pre-computed generic entry without "count"; k6 --out json has every sample)`
    )
  if (noP95.size > 0)
    parts.push(
      `p95 is null where ${list(noP95)} has no p95 (autocannon -j reports p90 and p97.5 only; a k6 summary has p(95) only when summaryTrendStats lists it)`
    )
  return parts.length > 0 ? `note: ${parts.join('; ')}` : null
}
