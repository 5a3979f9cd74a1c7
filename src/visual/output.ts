/**
 * What `quality-gates visual` prints: the `--json` document (a stable shape) and the human table. Both read the
 * gate's result; neither computes anything the gate did not.
 *
 *   {"gate":"visual","status":"pass|fail|neutral","images":[{"name","status","diffPixels","width","height"}],
 *    "approved":{"images":int,"by":["login"]}}
 *
 * `approved` is there only when an approval excused images (a PR run in a workflow; never on the CLI).
 *
 * `name` is relative to the compared directories, with `/`; `status` is unchanged, changed, added, removed,
 * size-changed, or error (an image that could not be compared; the human form says why).
 */
import type { ImageStatus } from './model.js'
import { sizeText, summaryLine, type VisualView } from './render.js'

export interface VisualRun {
  view: VisualView
}

export interface JsonImage {
  name: string
  status: ImageStatus
  diffPixels: number
  width: number
  height: number
}

export function jsonResult(run: VisualRun): {
  gate: 'visual'
  status: 'pass' | 'fail' | 'neutral'
  images: JsonImage[]
  approved?: { images: number; by: string[] }
} {
  const v = run.view
  return {
    gate: 'visual',
    status: run.view.status === 'skipped' ? 'neutral' : run.view.status,
    images: run.view.images.map(i => ({
      name: i.name,
      status: i.status,
      diffPixels: i.diffPixels,
      width: i.width,
      height: i.height
    })),
    ...(v.excused.length > 0 ? { approved: { images: v.excused.length, by: v.approvedBy ?? [] } } : {})
  }
}

export function writeJsonResult(run: VisualRun, write: (text: string) => void): void {
  write(`${JSON.stringify(jsonResult(run))}\n`)
}

/** A name made printable on a terminal (control characters shown as `?`), capped. */
function printable(s: string, max = 120): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, max)
}

export function humanResult(run: VisualRun): string {
  const v = run.view
  const rows: string[][] = [['image', 'status', 'size', 'diff px / allowed']]
  const shown = v.images.filter(i => i.status !== 'unchanged')
  for (const i of shown.slice(0, 500)) {
    rows.push([
      printable(i.name),
      i.status,
      sizeText(i),
      i.status === 'changed' || i.status === 'size-changed' || i.status === 'unchanged'
        ? `${i.diffPixels} / ${i.allowedPixels}`
        : '–'
    ])
  }
  const out: string[] = []
  if (shown.length > 0) {
    const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map(r => (r[c] ?? '').length)))
    for (const r of rows)
      out.push(
        r
          .map((cell, c) => cell.padEnd(widths[c] ?? 0))
          .join('  ')
          .trimEnd()
      )
    if (shown.length > 500) out.push(`… ${shown.length - 500} more (see --json)`)
  }
  for (const i of v.images)
    if (i.status === 'error') out.push(`error: ${printable(i.name)}: ${printable(i.message ?? '', 300)}`)
  for (const c of v.environment) out.push(`environment changed: ${c.what}: ${c.base} → ${c.head}`)
  if (v.diffDir) out.push(`diff images: ${v.diffDir}`)
  for (const n of v.notes) out.push(`warning: ${printable(n, 500)}`)
  out.push(`${v.status.toUpperCase()}: ${printable(summaryLine(v), 500)}`)
  return `${out.join('\n')}\n`
}
