/**
 * Compose the sticky comment, the job summary and the commit statuses from collected fragments. Pure.
 *
 * Everything from a fragment is untrusted: titles and summaries are escaped (escapeText), sections pass
 * through sanitizeMarkdown (HTML comments stripped so no forged marker survives, mentions broken, images only
 * from this repository's raw URLs) and are bounded. Budgets: comment ≤ 65,536 characters, job summary
 * ≤ 1 MiB (UTF-8 bytes), status description ≤ 140 characters. Sections are whole units: the comment degrades
 * in a fixed order (1. passing sections collapse to their summary line, 2. long tables are cut with "N more",
 * 3. sections that still do not fit move to the job summary and the comment says so), so nothing is ever cut
 * inside markup.
 */
import {
  commitState,
  headingLine,
  STATUS_EMOJI,
  type GateStatus,
  type ReportFragment
} from '../shared/fragment.js'
import { escapeCell, escapeHtml, fitToBudget, type Section } from '../shared/markdown.js'
import { sanitizeMarkdown, type SanitizeOptions } from '../shared/sanitize.js'
import type { Collected, Problem } from './collect.js'
import { markerLine, stateLine, type BodyOrder } from './marker.js'
import { basename, isAbsolute } from 'node:path'

export const COMMENT_LIMIT = 65_536
export const SUMMARY_LIMIT_BYTES = 1_048_576
export const STATUS_DESCRIPTION_LIMIT = 140
export const OVERALL_CONTEXT = 'quality-gates'

export type StatusState = 'success' | 'failure'

export interface StatusSpec {
  context: string
  state: StatusState
  description: string
  targetUrl?: string
}

export interface ComposeInput {
  /** Report id (validated [a-z0-9-]); goes into the marker. */
  id: string
  collected: Collected
  /** Monotonic version of this body (e.g. [run id, run attempt]); stored in the hidden state line. */
  order?: BodyOrder
  /** Hash of what the report says (marker.ts reportDigest); stored beside the order for comment-on: change. */
  digest?: string
  /** This run: where the job summary lives; the statuses link here. */
  runUrl?: string
  /** workflow_run mode: the run that produced the fragments (linked in the footer). */
  gatesRunUrl?: string
  /** The commit reported on, shown shortened. */
  sha?: string
  /** This repository; images are allowed only from its raw URLs. */
  repository?: { owner: string; repo: string }
  serverUrl?: string
  /**
   * Fragments come from another (possibly fork) run: their links are dropped unless they point into this
   * repository, and their status contexts are confined to `quality-gates/…`.
   */
  untrusted?: boolean
  /**
   * Gates that must report (gate ids or contexts without the `quality-gates/` prefix: `coverage`,
   * `coverage/api`). One that did not fails its status and the overall one.
   */
  expected?: string[]
  /** What a missing result means: `fail` (default: required statuses fail closed) or `neutral`. */
  onMissing?: 'fail' | 'neutral'
  /** Overrides for tests. */
  commentLimit?: number
  summaryLimitBytes?: number
}

export interface Composed {
  comment: string
  summary: string
  overall: GateStatus
  statuses: StatusSpec[]
  /** True when some of the report only fits in the job summary. */
  overflow: boolean
  /** Results missing or unusable (no fragment at all counts as one): fail closed unless onMissing is neutral. */
  missing: number
}

const EMOJI = STATUS_EMOJI
const SEVERITY: Record<GateStatus, number> = { fail: 0, neutral: 1, pass: 2, skipped: 3 }
/** fitToBudget degrades the lowest priority first: skipped, then passing sections collapse before others. */
const PRIORITY: Record<GateStatus, number> = { fail: 3, neutral: 2, pass: 1, skipped: 0 }
const HEADLINE: Record<GateStatus, string> = {
  pass: 'Quality gates passed',
  fail: 'Quality gates failed',
  neutral: 'Quality gates: neutral',
  skipped: 'Quality gates skipped'
}

/**
 * fail if any gate failed, or a result is missing (no fragment at all, an unreadable one, an expected gate that
 * did not report) unless `onMissing` is neutral; neutral if any is neutral; pass if any passed; skipped when every
 * gate skipped. A required status is never green without a result.
 */
export function overallVerdict(
  statuses: GateStatus[],
  missing: number,
  onMissing: 'fail' | 'neutral' = 'fail'
): GateStatus {
  if (statuses.includes('fail')) return 'fail'
  if (missing > 0 || statuses.length === 0) return onMissing
  if (statuses.includes('neutral')) return 'neutral'
  if (statuses.includes('pass')) return 'pass'
  return 'skipped'
}

interface Gate {
  fragment: ReportFragment
  source: string
  /** Title shown, disambiguated when two fragments share a gate id. */
  title: string
  /** The status it sets; undefined when refused (its section is still shown). */
  context: string | undefined
  index: number
}

export function overallContextOf(id: string): string {
  return id === 'default' ? OVERALL_CONTEXT : `${OVERALL_CONTEXT}/${id}`
}

/**
 * The status context a fragment may set. Never the overall context. From another run (fork mode) only under
 * `quality-gates/`: a hostile fragment must not be able to spoof another required check such as "build".
 */
function contextFor(
  f: ReportFragment,
  input: ComposeInput,
  problems: Problem[],
  source: string
): string | undefined {
  let context = f.statusContext.trim()
  if (input.untrusted && !ownContext(f.gate, context)) {
    // A fork's fragment may only speak for its own gate: never another report's context, never the overall one.
    problems.push({
      source,
      kind: 'refused',
      error: `claimed the status ${JSON.stringify(context.slice(0, 100))}, outside its gate; reported as ${OVERALL_CONTEXT}/${f.gate}`
    })
    context = `${OVERALL_CONTEXT}/${f.gate}`
  }
  if (input.untrusted && input.expected?.length && !input.expected.some(e => satisfies(e, f.gate, context))) {
    // With the gates named (expect), a fork cannot add a result under a name of its choosing: a gate id may be
    // another report's id, and its context that report's overall status.
    problems.push({
      source,
      kind: 'refused',
      error: `reported ${JSON.stringify(context.slice(0, 100))}, which is not among the expected gates; its status is not set`
    })
    return undefined
  }
  if (context === overallContextOf(input.id)) context = `${context} (gate ${f.gate})`
  return context
}

/** `quality-gates/<gate>` or `quality-gates/<gate>/<name>`: the contexts a gate's own result may use. */
function ownContext(gate: string, context: string): boolean {
  const prefix = `${OVERALL_CONTEXT}/${gate}`
  if (context === prefix) return true
  return (
    context.startsWith(`${prefix}/`) && /^[a-z0-9][a-z0-9._-]{0,39}$/.test(context.slice(prefix.length + 1))
  )
}

/** Whether a result under `context` of `gate` satisfies an expected entry (`coverage` or `coverage/api`). */
function satisfies(entry: string, gate: string, context: string): boolean {
  return context === `${OVERALL_CONTEXT}/${entry}` || (!entry.includes('/') && gate === entry)
}

function prepareGates(input: ComposeInput, problems: Problem[]): Gate[] {
  const { collected } = input
  const byGate = new Map<string, number>()
  for (const { fragment } of collected.fragments)
    byGate.set(fragment.gate, (byGate.get(fragment.gate) ?? 0) + 1)
  const seenGate = new Map<string, number>()
  const gates = collected.fragments.map(({ fragment, source }, index) => {
    const n = (seenGate.get(fragment.gate) ?? 0) + 1
    seenGate.set(fragment.gate, n)
    const dup = (byGate.get(fragment.gate) ?? 0) > 1
    return {
      fragment,
      source,
      title: dup ? `${fragment.title} (${n})` : fragment.title,
      context: contextFor(fragment, input, problems, source),
      index
    }
  })
  return gates.sort((a, b) => SEVERITY[a.fragment.status] - SEVERITY[b.fragment.status] || a.index - b.index)
}

/**
 * One status per context. Two results claiming one context are never resolved by order: the worst state wins,
 * and a problem line says which results collided.
 */
function statusesByContext(gates: Gate[], runUrl: string | undefined, notes: Problem[]): StatusSpec[] {
  const byContext = new Map<string, Gate[]>()
  for (const g of [...gates].sort((a, b) => a.index - b.index)) {
    if (g.context !== undefined) byContext.set(g.context, [...(byContext.get(g.context) ?? []), g])
  }
  const out: StatusSpec[] = []
  for (const [context, claimants] of byContext) {
    // A result that measured nothing fails its status like a failure (commitState), so it ranks with them.
    const rank = (g: Gate) => (commitState(g.fragment) === 'failure' ? -1 : SEVERITY[g.fragment.status])
    const worst = claimants.reduce((a, b) => (rank(b) < rank(a) ? b : a))
    if (claimants.length > 1) {
      notes.push({
        source: context,
        error: `${claimants.length} results claim this status (${claimants.map(c => c.source).join(', ')}); the worst, ${worst.fragment.status}, stands — give each gate run its own \`name\``
      })
    }
    out.push({
      context,
      state: commitState(worst.fragment),
      description: statusDescription(worst.fragment.status, shownSummary(worst.fragment)),
      ...(runUrl ? { targetUrl: runUrl } : {})
    })
  }
  return out
}

/** Plain one-line text cut to `max` UTF-16 units (what GitHub's limits count), never splitting a surrogate pair. */
export function cutPlain(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  let out = ''
  for (const cp of flat) {
    if (out.length + cp.length > max - 1) break
    out += cp
  }
  return `${out}…`
}

function statusDescription(word: string, summary: string): string {
  return cutPlain(summary.trim() === '' ? word : `${word}: ${summary}`, STATUS_DESCRIPTION_LIMIT)
}

function cell(text: string, max = 300): string {
  return escapeCell(cutPlain(text, max))
}

function html(text: string, max = 300): string {
  return escapeHtml(cutPlain(text, max))
}

function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    const u = new URL(url)
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
    return u.href.replace(/[()<>\s|\\]/g, c => encodeURIComponent(c))
  } catch {
    return undefined
  }
}

/**
 * A fragment's own link. Fragments from another run (workflow_run / fork mode) are hostile: their link is
 * kept only when it points into this repository on this server (a run, an artifact, a file).
 */
function fragmentLink(g: Gate, input: ComposeInput): string | undefined {
  const url = safeUrl(g.fragment.url)
  if (url === undefined || !input.untrusted) return url
  if (!input.repository) return undefined
  const server = (input.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const prefix = `${server}/${input.repository.owner}/${input.repository.repo}/`.toLowerCase()
  return url.toLowerCase().startsWith(prefix) ? url : undefined
}

function tableRow(g: Gate, input: ComposeInput): string {
  const f = g.fragment
  const url = fragmentLink(g, input)
  const link = url ? `[details](${url})` : ''
  return `| ${cell(g.title, 120)} | ${EMOJI[f.status]} ${f.status} | ${cell(shownSummary(f))} | ${link} |`
}

const TABLE_HEAD = '| Gate | Status | Summary | Details |\n|---|---|---|---|'

/** Keep whole lines while they fit `budget` characters; the rest become one "N more" line. */
function fitLines(
  lines: string[],
  budget: number,
  more: (n: number) => string
): { lines: string[]; cut: boolean } {
  const out: string[] = []
  let used = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const reserve = i < lines.length - 1 ? more(lines.length - i).length + 1 : 0
    if (used + line.length + 1 + reserve > budget) {
      out.push(more(lines.length - i))
      return { lines: out, cut: true }
    }
    out.push(line)
    used += line.length + 1
  }
  return { lines: out, cut: false }
}

function problemLine(p: Problem): string {
  return `- ⚠️ ${cell(p.source, 200)}: ${cell(p.error, 600)}`
}

function sectionOpen(g: Gate): boolean {
  return g.fragment.status === 'fail'
}

/**
 * A fragment's summary as the heading and list lines show it, beside the status emoji: a status word the summary
 * repeats at its start ("fail: …") or end ("… — fail") is left out, so each thing is said once.
 */
export function shownSummary(f: Pick<ReportFragment, 'status' | 'summary'>): string {
  const word = f.status
  let text = f.summary.trim()
  if (text.slice(0, word.length + 1).toLowerCase() === `${word}:`)
    text = text.slice(word.length + 1).trimStart()
  // "… — fail": the word at the very end, after a dash that follows a space (string steps, no regex scan).
  if (text.length > word.length && text.slice(-word.length).toLowerCase() === word) {
    const before = text.slice(0, -word.length).trimEnd()
    const dash = before.slice(-1)
    if ((dash === '—' || dash === '–' || dash === '-') && /\s/.test(before.slice(-2, -1))) {
      text = before.slice(0, -1).trimEnd()
    }
  }
  return text
}

/** `emoji title — summary`, each once; no dash when the summary is empty. */
function headingText(g: Gate, title: string, summary: string): string {
  return summary === ''
    ? `${EMOJI[g.fragment.status]} ${title}`
    : `${EMOJI[g.fragment.status]} ${title} — ${summary}`
}

function sectionHeader(g: Gate): string {
  return headingText(g, `<b>${html(g.title, 120)}</b>`, html(shownSummary(g.fragment)))
}

function renderSection(g: Gate, body: string, open: boolean): string {
  // Where the fragment came from, without the runner's absolute paths.
  const source = `<sub>from ${html(isAbsolute(g.source) ? basename(g.source) : g.source, 200)}</sub>`
  return [
    `<!-- pr-report:section ${g.fragment.gate} -->`,
    `<details${open ? ' open' : ''}>`,
    `<summary>${sectionHeader(g)}</summary>`,
    '',
    body,
    '',
    source,
    '</details>',
    '<!-- /pr-report:section -->'
  ].join('\n')
}

function collapsedSection(g: Gate): string {
  return `- ${headingText(g, `**${cell(g.title, 120)}**`, cell(shownSummary(g.fragment)))}`
}

/**
 * The section body without its own heading: a fragment whose markdown starts with exactly its `headingLine` (so
 * that the gate's own job summary has one) would otherwise show that heading twice, once as the `<summary>`.
 */
export function sectionBody(f: ReportFragment): string {
  const heading = headingLine(f)
  const md = f.markdown
  if (!md.startsWith(heading) || (md.length > heading.length && md[heading.length] !== '\n')) return md
  return md.slice(heading.length).replace(/^\n+/, '')
}

/**
 * Cut raw markdown on a line boundary to at most `max` characters: a table cut short is followed by a
 * "N more rows" line, an open code fence is closed. Whole lines only, so no row, tag or fence is split.
 */
export function precutMarkdown(md: string, max: number): { text: string; cut: boolean } {
  if (md.length <= max) return { text: md, cut: false }
  const note = (n: number) => `_… ${n} more table row${n === 1 ? '' : 's'} not shown._`
  const budget = Math.max(0, max - 200)
  const out: string[] = []
  let used = 0
  let fence: string | undefined
  let pos = 0
  while (pos < md.length) {
    const nl = md.indexOf('\n', pos)
    const line = nl === -1 ? md.slice(pos) : md.slice(pos, nl)
    if (used + line.length + 1 > budget) break
    out.push(line)
    used += line.length + 1
    pos = nl === -1 ? md.length : nl + 1
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (f) {
      const marker = f[1] as string
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined
    }
  }
  const tail: string[] = []
  if (fence !== undefined) tail.push(fence)
  const last = out[out.length - 1] ?? ''
  if (fence === undefined && last.trimStart().startsWith('|')) {
    let rows = 0
    let p = pos
    while (p < md.length && rows < 10_000_000) {
      const nl = md.indexOf('\n', p)
      const line = nl === -1 ? md.slice(p) : md.slice(p, nl)
      if (!line.trimStart().startsWith('|')) break
      rows++
      p = nl === -1 ? md.length : nl + 1
    }
    if (rows > 0) tail.push('', note(rows))
  }
  tail.push('', "_… cut to fit; the full section is in the job summary or the gate's own report._")
  return { text: [...out, ...tail].join('\n'), cut: true }
}

/** A section's markdown, sanitised and at most `budget` characters, cut on whole lines. */
function sanitizeSection(g: Gate, input: ComposeInput, budget: number): string {
  // Fragments from another (fork) run may link only into this repository; a same-run fragment anywhere.
  // Either way images come only from this repository, and mentions and references are broken.
  const opts: SanitizeOptions = {
    links: input.untrusted ? 'repository' : 'any',
    ...(input.repository ? { repository: input.repository } : {}),
    ...(input.serverUrl ? { serverUrl: input.serverUrl } : {})
  }
  let cap = budget
  for (let attempt = 0; attempt < 5; attempt++) {
    const out = sanitizeMarkdown(precutMarkdown(sectionBody(g.fragment), cap).text, opts)
    if (out.length <= budget) return out
    // Escaping grew it (mentions, entities): aim lower.
    cap = Math.floor((cap * budget * 0.9) / out.length)
  }
  return sanitizeMarkdown(precutMarkdown(sectionBody(g.fragment), Math.floor(budget / 4)).text, {
    ...opts,
    maxLength: budget
  })
}

function footer(input: ComposeInput): string {
  const bits: string[] = []
  const run = safeUrl(input.runUrl)
  if (run) bits.push(`[workflow run](${run})`)
  const gates = safeUrl(input.gatesRunUrl)
  if (gates && gates !== run) bits.push(`[gates run](${gates})`)
  if (input.sha && /^[0-9a-f]{7,40}$/.test(input.sha)) bits.push(`commit ${input.sha.slice(0, 7)}`)
  bits.push('pr-report')
  return `<sub>${bits.join(' · ')}</sub>`
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

export function compose(input: ComposeInput): Composed {
  const commentLimit = input.commentLimit ?? COMMENT_LIMIT
  const summaryLimit = input.summaryLimitBytes ?? SUMMARY_LIMIT_BYTES
  const onMissing = input.onMissing ?? 'fail'
  // Problems that mean a result may be missing (unreadable fragments, refused contexts, expected gates that did
  // not report) fail closed; notes (two results for one context) only inform.
  const problems = [...input.collected.problems]
  const gates = prepareGates(input, problems)
  const runUrl = safeUrl(input.runUrl)
  const notes: Problem[] = []
  const statuses = statusesByContext(gates, runUrl, notes)
  const missingGates = (input.expected ?? []).filter(
    entry => !gates.some(g => g.context !== undefined && satisfies(entry, g.fragment.gate, g.context))
  )
  for (const entry of missingGates) {
    const reason = `${entry} did not report: its job failed or was skipped`
    problems.push({ source: `${OVERALL_CONTEXT}/${entry}`, error: reason })
    statuses.push({
      context: `${OVERALL_CONTEXT}/${entry}`,
      state: onMissing === 'fail' ? 'failure' : 'success',
      description: cutPlain(reason, STATUS_DESCRIPTION_LIMIT),
      ...(runUrl ? { targetUrl: runUrl } : {})
    })
  }
  const refused = problems.filter(p => p.kind === 'refused').length
  const overall =
    refused > 0
      ? 'fail'
      : overallVerdict(
          gates.map(g => g.fragment.status),
          problems.length,
          onMissing
        )

  // ---- statuses
  const counts = (['fail', 'neutral', 'pass', 'skipped'] as const)
    .map(s => [s, gates.filter(g => g.fragment.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'fail' ? 'failed' : s === 'pass' ? 'passed' : s}`)
  if (missingGates.length > 0) counts.push(`${missingGates.length} did not report`)
  if (refused > 0) counts.push(`${refused} refused`)
  const unreadable = problems.length - missingGates.length - refused
  if (unreadable > 0) counts.push(`${unreadable} unreadable`)
  const overallContext = overallContextOf(input.id)
  // A gate that measured nothing is neutral in the comment but never lets the required overall status go green.
  const nothingMeasured = gates.some(g => g.context !== undefined && g.fragment.noResult === true)
  if (nothingMeasured) counts.push('nothing measured')
  statuses.push({
    context: overallContext,
    state: overall === 'fail' || nothingMeasured ? 'failure' : 'success',
    description: statusDescription(overall, counts.join(', ') || 'no result: no gate reported'),
    ...(runUrl ? { targetUrl: runUrl } : {})
  })

  // ---- the pieces shared by comment and summary
  const headline = `## ${EMOJI[overall]} ${HEADLINE[overall]}`
  const countsLine = counts.length > 0 ? counts.join(' · ') : 'No quality-gates fragment was found.'
  const rows = gates.map(g => tableRow(g, input))
  const problemLines = [...problems, ...notes].map(problemLine)
  const foot = footer(input)

  // ---- job summary: everything expanded, sections budgeted in bytes
  const summary = composeSummary(input, gates, headline, countsLine, rows, problemLines, foot, summaryLimit)

  // ---- comment
  const state = input.order ? [stateLine(input.order, input.digest)] : []
  const top = [markerLine(input.id), ...state].join('\n')
  const comment = composeComment(input, gates, {
    top,
    headline,
    countsLine,
    rows,
    problemLines,
    foot,
    limit: commentLimit
  })

  if (comment.body.length > commentLimit) {
    throw new Error(
      `pr-report: composed comment is ${comment.body.length} characters (limit ${commentLimit})`
    )
  }
  if (byteLength(summary) > summaryLimit) {
    throw new Error(`pr-report: composed summary is ${byteLength(summary)} bytes (limit ${summaryLimit})`)
  }
  const missing = problems.length + (gates.length === 0 && problems.length === 0 ? 1 : 0)
  return { comment: comment.body, summary, overall, statuses, overflow: comment.overflow, missing }
}

interface CommentParts {
  top: string
  headline: string
  countsLine: string
  rows: string[]
  problemLines: string[]
  foot: string
  limit: number
}

function composeComment(
  input: ComposeInput,
  gates: Gate[],
  p: CommentParts
): { body: string; overflow: boolean } {
  // Head: marker, verdict, table (cut with "N more" past ~40% of the budget), problems (~15%). The head can
  // therefore never be what does not fit, and the marker stays on the first line.
  const { lines: tableLines, cut: tableCut } = fitLines(
    p.rows,
    Math.floor(p.limit * 0.4),
    n => `| … ${n} more gates in the job summary | | | |`
  )
  const { lines: problemLines, cut: problemsCut } = fitLines(
    p.problemLines,
    Math.floor(p.limit * 0.15),
    n => `- … ${n} more problems in the job summary`
  )
  const run = safeUrl(input.runUrl)
  const note = `> [!NOTE]\n> Part of this report did not fit in a comment; the full report is in the ${
    run ? `[job summary](${run})` : 'job summary'
  }.`
  const buildHead = (withNote: boolean): string => {
    const parts = [p.top, p.headline, '', p.countsLine]
    if (tableLines.length > 0) parts.push('', TABLE_HEAD, ...tableLines)
    if (problemLines.length > 0) parts.push('', '**Fragments that could not be read**', '', ...problemLines)
    if (withNote) parts.push('', note)
    return parts.join('\n')
  }
  const tail = p.foot
  const reserve = buildHead(true).length + tail.length + 200
  // A single section may take at most what is left after head and tail; sanitizeMarkdown cuts it on whole
  // blocks (tables with "N more rows"), so even a 10 MB section arrives whole-markup.
  const sectionCap = Math.max(1000, p.limit - reserve)
  const sections: Section[] = gates.map((g, i) => ({
    id: String(i),
    full: renderSection(g, sanitizeSection(g, input, sectionCap), sectionOpen(g)),
    collapsed: collapsedSection(g),
    priority: PRIORITY[g.fragment.status]
  }))
  let fitted = fitToBudget(buildHead(tableCut || problemsCut), sections, tail, p.limit)
  let overflow = tableCut || problemsCut || fitted.collapsed.length > 0 || fitted.overflowed.length > 0
  if (overflow && !(tableCut || problemsCut)) fitted = fitToBudget(buildHead(true), sections, tail, p.limit)
  overflow = overflow || fitted.collapsed.length > 0 || fitted.overflowed.length > 0
  if (fitted.droppedHeadOrTail) {
    throw new Error('pr-report: the comment head did not fit its budget (bug)')
  }
  return { body: `${fitted.text}\n`, overflow }
}

function composeSummary(
  input: ComposeInput,
  gates: Gate[],
  headline: string,
  countsLine: string,
  rows: string[],
  problemLines: string[],
  foot: string,
  limitBytes: number
): string {
  const budget = limitBytes - 4096 // room for the runner's newline and the closing lines
  const parts: string[] = [headline, '', countsLine, '']
  let used = byteLength(parts.join('\n'))
  const push = (text: string): boolean => {
    const n = byteLength(text) + 1
    if (used + n > budget) return false
    parts.push(text)
    used += n
    return true
  }
  if (rows.length > 0) {
    push(TABLE_HEAD)
    const kept = fitLines(rows, Math.floor(budget * 0.3), n => `| … ${n} more gates | | | |`)
    for (const r of kept.lines) push(r)
    push('')
  }
  if (problemLines.length > 0) {
    push('**Fragments that could not be read**\n')
    for (const l of fitLines(problemLines, Math.floor(budget * 0.15), n => `- … ${n} more problems`).lines)
      push(l)
    push('')
  }
  let omitted = 0
  for (const g of gates) {
    const left = budget - used - 1024
    if (left < 1024) {
      omitted++
      continue
    }
    const cap = Math.min(left, 200_000)
    let text = renderSection(g, sanitizeSection(g, input, cap), true)
    // sanitizeMarkdown counts characters; a section of multi-byte text can still be over in bytes.
    if (byteLength(text) + 2 > left)
      text = renderSection(g, sanitizeSection(g, input, Math.floor(cap / 4)), true)
    if (!push(`${text}\n`)) omitted++
  }
  if (omitted > 0)
    parts.push(`_${omitted} section${omitted === 1 ? '' : 's'} omitted: over the 1 MiB job summary limit._`)
  parts.push('', foot)
  return parts.join('\n')
}
