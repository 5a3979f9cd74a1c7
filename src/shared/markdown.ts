/**
 * Markdown building blocks for the sections gates write into the PR comment and the job summary.
 *
 * Everything that comes from reports, test names, file paths or fork artifacts is untrusted: it goes
 * through `escapeText` / `escapeCell` / `inlineCode` before it reaches markdown. Lengths are JS string
 * lengths (UTF-16 code units), which is what GitHub's 65,536 comment limit counts.
 */
import { deltaPp, percentOf, truncDecimal, type Ratio } from './ratio.js'

const ZWJ = '\u200D'
const ELLIPSIS = '…'
const MINUS = '\u2212'

/** Characters that could start markdown syntax anywhere inside a line. */
const INLINE_SPECIAL = new Set([
  '\\',
  '`',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '|',
  '#',
  '<',
  '>',
  '&',
  '$'
])

/** Flatten line breaks and drop control characters (keeps the text on one line). */
function flatten(s: string): string {
  return s
    .replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, ' ')
    .replace(/\0/g, '\uFFFD')
    .replace(/[\u0001-\u001f\u007f]/g, '')
}

/**
 * Split `s` into code points (not UTF-16 units) so a cut never leaves half of a surrogate pair.
 */
function codePoints(s: string): string[] {
  return Array.from(s)
}

/**
 * Escape untrusted text for inline use in markdown (paragraphs, list items, headings, table cells).
 *
 * - markdown punctuation is backslash-escaped, `<` and `&` become entities, line breaks become spaces;
 * - a leading `-` `+` `=` or `1.` / `1)` cannot start a list, heading underline or quote;
 * - `@user` and `@org/team` get a zero-width joiner after `@` (no notification), `#123` the same (no
 *   cross-reference), `http://` and `www.` are broken the same way (no autolink to untrusted URLs);
 * - with `max`, the result (escapes included) is at most `max` units long and ends with `…` when cut; a cut
 *   never splits an escape, an entity or a surrogate pair.
 */
export function escapeText(s: string, max?: number): string {
  const flat = flatten(s)
  // Neutralise mentions, issue references and autolinks by inserting a zero-width joiner.
  const neutral = flat
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/([A-Za-z]):\/\//g, `$1:${ZWJ}//`)
    .replace(/(www)\./gi, `$1${ZWJ}.`)
  const units: string[] = []
  const cps = codePoints(neutral)
  let leading = true
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as string
    let unit: string
    if (c === '<') unit = '&lt;'
    else if (c === '&') unit = '&amp;'
    else if (INLINE_SPECIAL.has(c)) unit = `\\${c}`
    else if (leading && (c === '-' || c === '+' || c === '=')) unit = `\\${c}`
    else if (leading && /[0-9]/.test(c)) {
      // "12. x" / "3) x" at the start would make an ordered list: escape the delimiter.
      let j = i
      while (j < cps.length && /[0-9]/.test(cps[j] as string)) j++
      const after = cps[j]
      if ((after === '.' || after === ')') && j - i <= 9) {
        for (let k = i; k < j; k++) units.push(cps[k] as string)
        units.push(`\\${after}`)
        i = j
        leading = false
        continue
      }
      unit = c
    } else unit = c
    if (leading && c !== ' ') leading = false
    units.push(unit)
  }
  return joinBounded(units, max)
}

/** Join escaped units, cutting whole units so the result (with `…`) fits in `max`. */
function joinBounded(units: string[], max?: number): string {
  if (max === undefined) return units.join('')
  let total = 0
  for (const u of units) total += u.length
  if (total <= max) return units.join('')
  if (max < ELLIPSIS.length) return ''
  const budget = max - ELLIPSIS.length
  let out = ''
  for (const u of units) {
    if (out.length + u.length > budget) break
    out += u
  }
  // A cut may fall between "@", "#" or "www" and the joiner after it: "@…", "#…", "www…" link nothing.
  return out + ELLIPSIS
}

/** Escape untrusted text for a table cell (pipes, line breaks and everything `escapeText` handles). */
export function escapeCell(s: string, max?: number): string {
  return escapeText(s, max)
}

/** Escape text for use inside HTML (e.g. a `<summary>`), where markdown escapes would show literally. */
export function escapeHtml(s: string, max?: number): string {
  const cps = codePoints(
    flatten(s)
      .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
      .replace(/#(?=\d)/g, `#${ZWJ}`)
  )
  const units = cps.map(c =>
    c === '&'
      ? '&amp;'
      : c === '<'
        ? '&lt;'
        : c === '>'
          ? '&gt;'
          : c === '"'
            ? '&quot;'
            : c === '`'
              ? '&#96;'
              : c === '*' || c === '_' || c === '[' || c === ']' || c === '~' || c === '\\'
                ? `&#${c.charCodeAt(0)};`
                : c
  )
  return joinBounded(units, max)
}

/**
 * A code span that shows `s` verbatim whatever backticks it contains. Line breaks become spaces and `|`
 * is written `\|` so the span is safe inside a table cell (GitHub's table parser turns `\|` back into `|`);
 * pass `{ cell: false }` outside tables to keep `|` as is. `max` bounds the visible content (code points).
 */
export function inlineCode(s: string, max?: number, opts: { cell?: boolean } = {}): string {
  let content = flatten(s)
  if (max !== undefined) {
    const cps = codePoints(content)
    if (cps.length > max) content = cps.slice(0, Math.max(0, max - 1)).join('') + ELLIPSIS
  }
  if (opts.cell !== false) {
    // GitHub splits table cells before code spans are found, reading `\x` pairs from the left: a pipe must
    // end up as the second half of a `\|` pair, so after an odd run of backslashes it needs two more.
    content = content.replace(/(\\*)\|/g, (_m, bs: string) => `${bs}${bs.length % 2 === 1 ? '\\\\' : '\\'}|`)
  }
  let longest = 0
  let run = 0
  for (const c of content) {
    if (c === '`') {
      run++
      if (run > longest) longest = run
    } else run = 0
  }
  if (content === '') return '` `'
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/** A GitHub table. Cells must already be escaped; rows are padded or cut to the header count. */
export function table(headers: string[], rows: string[][], align?: ('l' | 'r' | 'c')[]): string {
  if (headers.length === 0) return ''
  const line = (cells: string[]): string => `| ${cells.map(c => c.replace(/\r?\n/g, ' ')).join(' | ')} |`
  const sep = headers.map((_, i) => {
    const a = align?.[i]
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : a === 'l' ? ':---' : '---'
  })
  const out = [line(headers), `|${sep.map(s => ` ${s} `).join('|')}|`]
  for (const row of rows) {
    const cells = headers.map((_, i) => row[i] ?? '')
    out.push(line(cells))
  }
  return out.join('\n')
}

/**
 * A collapsible block. `summary` is inline HTML written by the caller (use `escapeHtml` for untrusted parts;
 * markdown is not rendered there); `body` is markdown and is separated by blank lines so it renders.
 */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}>\n<summary>${summary.replace(/\r?\n/g, ' ')}</summary>\n\n${body}\n\n</details>`
}

function assertCount(name: string, n: number): void {
  if (!Number.isFinite(n) || n < 0)
    throw new RangeError(`${name} must be a finite non-negative number, got ${n}`)
}

/**
 * `covered/total` as a percentage, truncated (never rounded up) to `decimals`: 99.999% shows as 99.99%,
 * so 100.00% means everything is covered. `total` 0 gives 'n/a'.
 */
export function percent(covered: number, total: number, decimals = 2): string {
  assertCount('covered', covered)
  assertCount('total', total)
  const p = percentOf({ covered, total })
  return p === null ? 'n/a' : `${truncDecimal(p, decimals)}%`
}

/**
 * The change from `base` to `head` in percentage points, computed exactly and truncated toward zero:
 * '+0.12 pp', '−1.00 pp' (U+2212), '±0.00 pp' only for an exact zero, '<+0.01 pp' / '>−0.01 pp' for a
 * non-zero change smaller than the display precision. Either total 0 gives 'n/a'.
 */
export function signedDelta(head: Ratio, base: Ratio, decimals = 2): string {
  for (const [k, r] of [
    ['head', head],
    ['base', base]
  ] as const) {
    assertCount(`${k}.covered`, r.covered)
    assertCount(`${k}.total`, r.total)
  }
  const d = deltaPp(head, base)
  if (d === null) return 'n/a'
  const dec = Math.max(0, Math.min(10, Math.trunc(decimals)))
  const unit = dec > 0 ? `0.${'0'.repeat(dec - 1)}1` : '1'
  if (d.num === 0n) return `±${dec > 0 ? `0.${'0'.repeat(dec)}` : '0'} pp`
  const neg = d.num < 0n
  const mag = truncDecimal(d, dec)
  if (/^[0.]+$/.test(mag)) return neg ? `>${MINUS}${unit} pp` : `<+${unit} pp`
  return `${neg ? MINUS : '+'}${mag} pp`
}

/** A label safe inside a mermaid double-quoted string inside a fenced block. */
function mermaidLabel(s: string, max = 60): string {
  const cleaned = flatten(s)
    .replace(/["`]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/%%/g, '%')
    .replace(/[{}]/g, c => (c === '{' ? '(' : ')'))
    .replace(/;/g, ',')
    .replace(/#/g, '＃')
  const cps = codePoints(cleaned)
  return cps.length > max ? cps.slice(0, max - 1).join('') + ELLIPSIS : cleaned
}

function mermaidNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`mermaid chart values must be finite, got ${n}`)
  return String(Number(n.toFixed(4)))
}

/**
 * A ```mermaid xychart-beta block (rendered by GitHub). Labels are flattened and stripped of quotes,
 * backticks, angle brackets, braces and mermaid comment/entity syntax so untrusted text cannot break out.
 * Returns '' when there are no points. Every series must have one value per x label.
 */
export function mermaidXYChart(opts: {
  title: string
  xLabels: string[]
  yLabel: string
  series: { kind: 'line' | 'bar'; values: number[] }[]
  yMin?: number
  yMax?: number
}): string {
  const { xLabels, series } = opts
  if (xLabels.length === 0 || series.length === 0) return ''
  for (const s of series) {
    if (s.values.length !== xLabels.length) {
      throw new RangeError(`mermaid series has ${s.values.length} values for ${xLabels.length} x labels`)
    }
  }
  const all = series.flatMap(s => s.values)
  for (const v of all) mermaidNumber(v)
  let lo = opts.yMin ?? Math.min(...all)
  let hi = opts.yMax ?? Math.max(...all)
  if (lo > hi) [lo, hi] = [hi, lo]
  if (lo === hi) hi = lo + 1
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(opts.title, 100)}"`,
    `    x-axis [${xLabels.map(l => `"${mermaidLabel(l)}"`).join(', ')}]`,
    `    y-axis "${mermaidLabel(opts.yLabel)}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    ...series.map(
      s => `    ${s.kind === 'bar' ? 'bar' : 'line'} [${s.values.map(mermaidNumber).join(', ')}]`
    ),
    '```'
  ]
  return lines.join('\n')
}

/** One section of a size-budgeted document. `collapsed` is a short (summary-line) form of `full`. */
export interface Section {
  id: string
  full: string
  collapsed: string
  /** Higher is more important: the lowest priority degrades first. */
  priority: number
}

const SEP = '\n\n'

/** The line that replaces sections dropped for size. */
export function overflowLine(n: number): string {
  return `_${n} more section${n === 1 ? '' : 's'} in the job summary._`
}

/**
 * Assemble head, sections (in their given order) and tail, joined by blank lines, within `limit` UTF-16
 * units. Degrades in a fixed order: collapse the lowest-priority section (ties: the later one first) to its
 * `collapsed` form, one by one; then drop sections, lowest priority first, adding one "N more sections in the
 * job summary" line. Sections are never cut. If head + tail + that line alone exceed the limit, the tail and
 * then the head are left out too (reported in `droppedHeadOrTail`), so `text.length <= limit` always holds.
 */
export function fitToBudget(
  head: string,
  sections: Section[],
  tail: string,
  limit: number
): { text: string; collapsed: string[]; overflowed: string[]; droppedHeadOrTail: boolean } {
  const n = sections.length
  // Degradation order: ascending priority, later sections first among equals.
  const order = sections
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = (sections[a] as Section).priority
      const pb = (sections[b] as Section).priority
      return pa !== pb ? pa - pb : b - a
    })
  const state: ('full' | 'collapsed' | 'dropped')[] = sections.map(() => 'full')
  const lenOf = (i: number): number => {
    const s = sections[i] as Section
    const st = state[i]
    return st === 'full' ? s.full.length : st === 'collapsed' ? s.collapsed.length : 0
  }
  // Running total: sum of non-empty part lengths + SEP per gap.
  let partsLen = 0
  let parts = 0
  const add = (len: number, sign: 1 | -1): void => {
    if (len === 0) return
    partsLen += sign * len
    parts += sign
  }
  add(head.length, 1)
  add(tail.length, 1)
  for (let i = 0; i < n; i++) add(lenOf(i), 1)
  let dropped = 0
  const total = (): number => {
    const extra = dropped > 0 ? overflowLine(dropped).length : 0
    const count = parts + (dropped > 0 ? 1 : 0)
    return partsLen + extra + Math.max(0, count - 1) * SEP.length
  }
  for (const i of order) {
    if (total() <= limit) break
    const s = sections[i] as Section
    if (s.collapsed.length < s.full.length) {
      add(lenOf(i), -1)
      state[i] = 'collapsed'
      add(lenOf(i), 1)
    }
  }
  for (const i of order) {
    if (total() <= limit) break
    add(lenOf(i), -1)
    state[i] = 'dropped'
    dropped++
  }
  const body: string[] = []
  for (let i = 0; i < n; i++) {
    const s = sections[i] as Section
    if (state[i] === 'full') body.push(s.full)
    else if (state[i] === 'collapsed') body.push(s.collapsed)
  }
  if (dropped > 0) body.push(overflowLine(dropped))
  const join = (xs: string[]): string => xs.filter(x => x.length > 0).join(SEP)
  let text = join([head, ...body, tail])
  let droppedHeadOrTail = false
  if (text.length > limit) {
    droppedHeadOrTail = true
    const candidates = [join([head, ...body]), join(body)]
    text = candidates.find(c => c.length <= limit) ?? ''
  }
  const collapsed = sections.filter((_, i) => state[i] === 'collapsed').map(s => s.id)
  const overflowed = sections.filter((_, i) => state[i] === 'dropped').map(s => s.id)
  return { text, collapsed, overflowed, droppedHeadOrTail }
}

/** Keep the first `maxRows` rows (or list items) and say how many were left out. */
export function cutTableRows<T>(rows: T[], maxRows: number): { rows: T[]; omitted: number } {
  const keep = Math.max(0, Math.floor(Number.isFinite(maxRows) ? maxRows : 0))
  if (rows.length <= keep) return { rows, omitted: 0 }
  return { rows: rows.slice(0, keep), omitted: rows.length - keep }
}
