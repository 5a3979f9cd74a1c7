/**
 * The visual gate's section: counts, a table of the images that changed (name, W×H, diff pixels / allowed,
 * status; a size change as W×H → W′×H′), the images that could not be compared with why, the added and removed
 * ones folded, and a link to the diff images' artifact when they were uploaded. Pure: image names and messages
 * are untrusted and escaped here.
 */
import { headingLine, makeFragment, type GateStatus, type ReportFragment } from '../shared/fragment.js'
import { details, escapeCell, escapeText, inlineCode, table } from '../shared/markdown.js'
import type { EnvironmentChange } from './capture-meta.js'
import type { ImageResult, ImageStatus } from './model.js'
import { groupThousands } from '../shared/digits.js'

export const GATE_ID = 'visual'
export const TITLE = 'Visual changes'
const MAX_ROWS = 100
const MAX_LIST = 50
const MAX_NOTES = 20

export interface VisualView {
  status: GateStatus
  images: ImageResult[]
  /** Names whose change an approval excused. */
  excused: string[]
  /** Who approved the excused changes (GitHub logins, sorted). */
  approvedBy?: string[]
  base: { note: string; sha?: string } | null
  environment: EnvironmentChange[]
  /** Why the result is fail or neutral. */
  reason?: string
  noResult: boolean
  notes: string[]
  diffArtifactUrl?: string
  /** The changed images' pictures: thumbnails.ts's table, or its no-pictures fallback (already escaped). */
  thumbnails?: string
  /** Where the diff images were written (shown when there is no artifact, e.g. on the CLI). */
  diffDir?: string
  sha?: string
  url?: string
}

export const STATUS_MARK: Record<ImageStatus, string> = {
  changed: '❌ changed',
  'size-changed': '❌ size changed',
  removed: '❌ removed',
  error: '❌ not compared',
  added: '🆕 added',
  unchanged: '✅ unchanged'
}

export function countsOf(images: readonly ImageResult[]): Record<ImageStatus, number> {
  const n: Record<ImageStatus, number> = {
    unchanged: 0,
    changed: 0,
    'size-changed': 0,
    added: 0,
    removed: 0,
    error: 0
  }
  for (const i of images) n[i.status]++
  return n
}

export function sizeText(i: ImageResult): string {
  if (i.status === 'size-changed' && i.baselineWidth !== undefined && i.baselineHeight !== undefined)
    return `${i.baselineWidth}×${i.baselineHeight} → ${i.width}×${i.height}`
  return i.width > 0 ? `${i.width}×${i.height}` : '–'
}

export function summaryLine(v: VisualView): string {
  const n = countsOf(v.images)
  const parts: string[] = []
  if (n.changed) parts.push(`${n.changed} changed`)
  if (n['size-changed']) parts.push(`${n['size-changed']} resized`)
  if (n.removed) parts.push(`${n.removed} removed`)
  if (n.error) parts.push(`${n.error} not compared`)
  if (n.added) parts.push(`${n.added} added`)
  parts.push(`${n.unchanged} unchanged`)
  const head = `${v.images.length} image${v.images.length === 1 ? '' : 's'}: ${parts.join(', ')}`
  if (v.excused.length > 0) return `${head} (${v.excused.length} approved)`
  if (v.status !== 'pass' && v.reason && (v.noResult || !v.base)) return `${head} — ${v.reason}`
  return head
}

function diffCell(i: ImageResult): string {
  if (i.status === 'removed' || i.status === 'added' || i.status === 'error') return '–'
  return `${groupThousands(i.diffPixels)} / ${groupThousands(i.allowedPixels)}`
}

function renderSection(v: VisualView): string {
  const out: string[] = []
  const excused = new Set(v.excused)
  out.push(
    v.base
      ? `Base: ${escapeText(v.base.note, 300)}${v.base.sha ? ` (${inlineCode(v.base.sha.slice(0, 7))})` : ''}.`
      : `No baseline${v.reason ? `: ${escapeText(v.reason, 300)}` : ''}.`
  )
  if (v.excused.length > 0) {
    const by = (v.approvedBy ?? []).slice(0, 10).map(l => escapeText(`@${l}`, 60))
    out.push(
      `${v.excused.length} changed image${v.excused.length === 1 ? ' was' : 's were'} excused by an approval${by.length > 0 ? ` of ${by.join(', ')}` : ''} (the same diffs as approved before).`
    )
  }
  if (v.environment.length > 0) {
    out.push(
      `> ⚠️ **The capture environment changed** between the base and this run: differences may come from it, not from the change.\n>\n${v.environment
        .slice(0, 10)
        .map(c => `> - ${escapeText(c.what, 100)}: ${escapeText(c.base, 200)} → ${escapeText(c.head, 200)}`)
        .join('\n')}`
    )
  }
  const shown = v.images.filter(i => ['changed', 'size-changed', 'removed', 'error'].includes(i.status))
  if (shown.length > 0) {
    const rows = shown
      .slice(0, MAX_ROWS)
      .map(i => [
        inlineCode(i.name, 200, { cell: true }),
        escapeCell(sizeText(i)),
        diffCell(i),
        excused.has(i.name) && i.status !== 'error' ? '✅ approved' : STATUS_MARK[i.status]
      ])
    out.push(table(['image', 'size', 'diff pixels / allowed', 'status'], rows, ['l', 'r', 'r', 'l']))
    if (shown.length > MAX_ROWS) out.push(`_${shown.length - MAX_ROWS} more images in the CLI's --json._`)
  }
  if (v.thumbnails) out.push(v.thumbnails)
  const errors = v.images.filter(i => i.status === 'error')
  if (errors.length > 0)
    out.push(
      errors
        .slice(0, MAX_LIST)
        .map(i => `- ${inlineCode(i.name, 200)}: ${escapeText(i.message ?? 'could not be compared', 300)}`)
        .join('\n')
    )
  if (v.diffArtifactUrl) out.push(`Diff images (cropped to the change): [artifact](${v.diffArtifactUrl}).`)
  else if (v.diffDir) out.push(`Diff images: ${inlineCode(v.diffDir, 500)}.`)
  for (const [status, word] of [
    ['added', 'added'],
    ['unchanged', 'unchanged']
  ] as const) {
    const list = v.images.filter(i => i.status === status)
    if (list.length === 0) continue
    const body =
      list
        .slice(0, MAX_LIST)
        .map(i => `- ${inlineCode(i.name, 200)} (${sizeText(i)})`)
        .join('\n') + (list.length > MAX_LIST ? `\n- … ${list.length - MAX_LIST} more` : '')
    out.push(details(`${list.length} ${word} image${list.length === 1 ? '' : 's'}`, body))
  }
  if (v.notes.length > 0)
    out.push(
      v.notes
        .slice(0, MAX_NOTES)
        .map(n => `> ⚠️ ${escapeText(n, 500)}`)
        .join('\n>\n')
    )
  return out.join('\n\n')
}

export function renderVisual(v: VisualView): ReportFragment {
  const n = countsOf(v.images)
  const summary = summaryLine(v)
  return makeFragment({
    gate: GATE_ID,
    status: v.status,
    title: TITLE,
    summary,
    markdown: `${headingLine({ status: v.status, title: TITLE, summary })}\n\n${renderSection(v)}`,
    metrics: {
      images: v.images.length,
      unchanged: n.unchanged,
      changed: n.changed,
      'size-changed': n['size-changed'],
      added: n.added,
      removed: n.removed,
      errors: n.error,
      approved: v.excused.length,
      'approved-by': (v.approvedBy ?? []).join(', ').slice(0, 200),
      'environment-changed': v.environment.length > 0
    },
    statusContext: `quality-gates/${GATE_ID}`,
    ...(v.noResult ? { noResult: true as const } : {}),
    ...(v.sha ? { sha: v.sha } : {}),
    ...(v.url ? { url: v.url } : {})
  })
}
