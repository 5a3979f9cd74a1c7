/**
 * Sanitiser for markdown written by possibly-hostile producers (fragments uploaded by fork PR runs).
 *
 * The output keeps a safe subset: text, tables, lists, code spans and fences, links (`#anchor`; with
 * `links: 'repository'`, the default, only into this repository, else any http(s)), `<details>`/`<summary>`,
 * `<br>`, `<b>`/`<code>`/`<sub>`/`<sup>`, and images only from this repository's own paths (or given prefixes).
 *
 * Why a hand-written scanner and not a CommonMark/GFM parser (micromark + mdast-util-from-markdown + GFM,
 * parse → allow-list → serialise), measured 2026-12 with micromark 4.0.3 / mdast-util-from-markdown 2.1.0 /
 * micromark-extension-gfm 3.0.0 / mdast-util-to-markdown: the parse+serialise bundle is 152 KB minified
 * (46 KB gzip) against 15 KB (7 KB gzip) for these three files, on the pr-report cold start; it parsed ~100 KB/s of ordinary
 * report markdown (100 KB of tables and lists: 12 s to parse, 0.9 s to serialise) where this scanner does
 * several MB/s, so a 1 MB fork section would stall the privileged job for a minute; mdast keeps raw HTML as
 * opaque strings, so `<details>` balancing and tag filtering would still need the tag logic below; and
 * re-serialising rewrites every table and list of every trusted section. The scanner stays; it is made
 * linear (no backtracking regex over unbounded input: table rows, container markers and URL starts are
 * one-pass scans) and its rule set is checked against an independent renderer (marked) in the tests.
 *
 * How it stays safe although it is not a full CommonMark parser: every decision it makes is written back in a
 * canonical form that GitHub must parse the same way, and whenever it is unsure it treats input as text
 * (where mentions are neutralised and tags stripped) rather than as code.
 * - Fences: an opening fence is re-emitted at column 0 after a blank line (so no list, quote or HTML block
 *   can contain it) with a cleaned info string; closing fences follow GitHub's rule; an unterminated fence is
 *   closed at the end.
 * - Code spans: paired only within one line and never across a `|` (table cells split first); every
 *   backtick that is not part of a pair is written `\``, so GitHub cannot pair it differently.
 * - Lines that could be raw HTML blocks (first character after container markers is `<`, until the next
 *   blank line) get no code spans at all: there, backticks are literal for GitHub.
 * - `<` is kept only in re-emitted allowed tags; any other `<` becomes `&lt;` (no tags, autolinks, comments).
 * - HTML comments are removed everywhere (even in code) and any left-over `<!--` becomes `&lt;!--`, so the
 *   hidden markers `<!-- pr-report:` / `<!-- quality-gates` cannot be forged.
 * - Text runs are read as GitHub's filters read them after markdown: character references decoded
 *   (sanitize-text.ts). Mentions (`@user`, `@&#111;ctocat`, `&commat;org/team`) get a zero-width joiner after
 *   `@`; references (`#2`, `owner/repo#1`, `GH-3`, `&#35;4`) one between marker and number; bare URLs one
 *   inside `://` / after `www` (always with links: 'repository'; issue/PR/discussion URLs in every mode).
 * - `![` is escaped unless it is an image whose normalised URL (`..`, `%2e%2e` resolved; `%2F` refused) is in
 *   this repository and not a pull request ref (sanitize-url.ts); link destinations are re-emitted
 *   (allowed http(s) or `#anchor`; non-http → `#`), titles dropped; a refused link keeps its text and shows
 *   its destination as inert text (`[text]\(https:<ZWJ>//…)`); `](` that does not parse as a link becomes `]\(`.
 * - `<details>`/`<summary>` are kept only inside a top-level raw HTML block (a line starting with such a tag
 *   at column 0, up to the next blank line) and never in tables; elsewhere GitHub's HTML parser would close
 *   them on its own (list items, quotes, headings, cells) or show them as code. They are balanced: stray
 *   closers dropped, open ones closed at the end on their own lines. Inline tags are closed at paragraph ends.
 * - A dropped tag leaves a zero-width space where the text around it could join into new syntax
 *   (`]<i>(`, `` `<i>` ``, `!<i>[`, `@<i>user`, a fence at a line start); a line a dropped tag empties stays
 *   non-blank the same way.
 * - Backticks after a possible extended autolink (`http://…` up to whitespace or `<`) never open a code span:
 *   GitHub would take them into the URL.
 * - A line starting with `[` whose label does not close on the line gets its `[` escaped (a link reference
 *   definition label may span lines).
 * - `maxLength` cuts only between whole pieces (never inside a tag, entity, escape or code span), then
 *   closes what is open and appends a truncation notice; the result never exceeds `maxLength`.
 * - A dropped tag at a line start, or right after container markers, leaves a zero-width space when what
 *   follows could start block syntax (`> <i>[r]: url` must not become a link reference definition).
 * - Nested inline tags are capped at MAX_INLINE_DEPTH.
 * Runs in linear time (bench/sanitize.mjs: growth ratio time(4n)/time(n) on adversarial inputs).
 */

import { neutraliseText, type LinkPolicy } from './sanitize-text.js'
import { imageSource, linkTarget, type RepositoryRef, type UrlPolicy } from './sanitize-url.js'

export type { LinkPolicy } from './sanitize-text.js'
export type { RepositoryRef } from './sanitize-url.js'

const ZWSP = '\u200B'
const NOTICE = '\n\n_… truncated_'
const RAW_TEXT_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'textarea',
  'title',
  'xmp',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'object',
  'svg',
  'math',
  'plaintext'
]
const INLINE_TAGS = new Set(['b', 'code', 'sub', 'sup'])
/** Inline tags nested deeper than this are dropped (keeps the open-tag stack, and its bookkeeping, small). */
const MAX_INLINE_DEPTH = 16

export interface SanitizeOptions {
  /**
   * `<img src>` and `![](url)` are also kept when the normalised URL starts with one of these (e.g. a badge
   * host). Images from `repository`'s own paths are always allowed (pull request refs excepted).
   */
  allowImagePrefixes?: string[]
  /** This repository: the only place fork links may point to, and where images may come from. */
  repository?: RepositoryRef
  /** The GitHub server (default https://github.com). */
  serverUrl?: string
  /**
   * 'repository' (the default): links must point into `repository` (anchors aside), others render as text
   * and every bare URL is made inert. 'any': any http(s) link stays, except issue/PR/discussion URLs.
   */
  links?: LinkPolicy
  /** Upper bound for the result, in UTF-16 units. */
  maxLength?: number
}

/** Normalise line endings, drop control characters, remove raw-text elements and HTML comments. */
function prepass(md: string): string {
  let s = md
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\uFFFD')
    .replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
  s = removeRawTextElements(s)
  s = removeComments(s)
  return s.replace(/<!--/g, '&lt;!--')
}

function removeRawTextElements(s: string): string {
  const opener = new RegExp(`<(${RAW_TEXT_ELEMENTS.join('|')})(?=[\\s/>]|$)`, 'gi')
  const noCloser = new Set<string>()
  const parts: string[] = []
  let pos = 0
  let m: RegExpExecArray | null
  while ((m = opener.exec(s)) !== null) {
    const name = (m[1] as string).toLowerCase()
    if (noCloser.has(name)) continue
    const closer = new RegExp(`</${name}\\s*>`, 'gi')
    closer.lastIndex = m.index + m[0].length
    const c = closer.exec(s)
    if (!c) {
      noCloser.add(name) // the tag itself is stripped later like any other disallowed tag
      continue
    }
    parts.push(s.slice(pos, m.index))
    pos = c.index + c[0].length
    opener.lastIndex = pos
  }
  parts.push(s.slice(pos))
  return parts.join('')
}

function removeComments(s: string): string {
  const parts: string[] = []
  let pos = 0
  for (;;) {
    const start = s.indexOf('<!--', pos)
    if (start < 0) break
    let end: number
    if (s.startsWith('<!-->', start)) end = start + 5
    else if (s.startsWith('<!--->', start)) end = start + 6
    else {
      const close = s.indexOf('-->', start + 4)
      if (close < 0) break // unterminated: the caller turns it into &lt;!--
      end = close + 3
    }
    parts.push(s.slice(pos, start))
    pos = end
  }
  parts.push(s.slice(pos))
  return parts.join('')
}

function isAsciiPunct(c: string | undefined): boolean {
  if (c === undefined) return false
  const x = c.charCodeAt(0)
  return (x >= 33 && x <= 47) || (x >= 58 && x <= 64) || (x >= 91 && x <= 96) || (x >= 123 && x <= 126)
}

/** Percent-encode characters that could end or alter a markdown link destination or an HTML attribute. */
function encodeUrl(u: string): string {
  return u.replace(/[\s<>`"'()\\[\]{}|^\u0000-\u001f\u007f]/g, c =>
    Array.from(Buffer.from(c, 'utf8'))
      .map(b => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join('')
  )
}

function escapeAttr(v: string): string {
  return v.replace(/[&<>"'`]/g, c => `&#${c.charCodeAt(0)};`)
}

/** Unescape `\x` backslash escapes in a link destination. */
function unescapeDest(d: string): string {
  return d.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

interface Tag {
  end: number
  name: string
  closing: boolean
  selfClosing: boolean
  attrs: Map<string, string | true>
}

const MAX_DEST = 4096
/** A markdown image that may be kept: bounded alt text and a plain destination, read in place (sticky). */
const IMAGE_RE = /!\[([^\][`\\<>\n]{0,200})\]\(([^\s()<>`"'\\]{1,2000})\)/y
const ATTR_RE =
  /[ \t]+([A-Za-z_:][\w.:-]*)(?:[ \t]*=[ \t]*(?:"([^"]{0,512})"|'([^']{0,512})'|([^\s"'=<>`]{1,512})))?/y
const CLOSE_RE = /<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>/y
const OPEN_NAME_RE = /<([A-Za-z][A-Za-z0-9-]*)/y
const OPEN_END_RE = /[ \t]*(\/?)>/y

/** Parse an HTML tag starting at `i` (`line[i] === '<'`), within the line; null when it is not one. */
function parseTag(line: string, i: number, work: { left: number }): Tag | null {
  if (work.left <= 0) return null
  const t = parseTagBounded(line, i)
  work.left -= t ? t.end - i : 64
  return t
}

function parseTagBounded(line: string, i: number): Tag | null {
  if (line[i + 1] === '/') {
    CLOSE_RE.lastIndex = i
    const m = CLOSE_RE.exec(line)
    if (!m) return null
    return {
      end: i + m[0].length,
      name: (m[1] as string).toLowerCase(),
      closing: true,
      selfClosing: false,
      attrs: new Map()
    }
  }
  OPEN_NAME_RE.lastIndex = i
  const nm = OPEN_NAME_RE.exec(line)
  if (!nm) return null
  let p = i + nm[0].length
  const attrs = new Map<string, string | true>()
  for (let count = 0; count < 64; count++) {
    ATTR_RE.lastIndex = p
    const a = ATTR_RE.exec(line)
    if (!a) break
    const v = a[2] ?? a[3] ?? a[4]
    const key = (a[1] as string).toLowerCase()
    if (!attrs.has(key)) attrs.set(key, v === undefined ? true : v)
    p += a[0].length
  }
  OPEN_END_RE.lastIndex = p
  const e = OPEN_END_RE.exec(line)
  if (!e) return null
  return {
    end: p + e[0].length,
    name: (nm[1] as string).toLowerCase(),
    closing: false,
    selfClosing: e[1] === '/',
    attrs
  }
}

/**
 * Parse an inline link destination and optional title starting right after `](` at `j`. Accepts at least
 * everything CommonMark accepts on one line. Returns the destination and the index after `)`.
 */
function parseDest(line: string, j: number, work: { left: number }): { dest: string; end: number } | null {
  if (work.left <= 0) return null
  const r = parseDestBounded(line, j)
  work.left -= (r ? r.end : Math.min(line.length, j + MAX_DEST)) - j
  return r
}

function parseDestBounded(line: string, j: number): { dest: string; end: number } | null {
  let k = j
  const n = line.length
  while (k < n && (line[k] === ' ' || line[k] === '\t')) k++
  let dest: string
  // Destinations and titles are bounded (a longer one is refused: `](` is then escaped, so GitHub agrees).
  const limit = Math.min(n, j + MAX_DEST)
  if (line[k] === '<') {
    let q = k + 1
    while (q < limit && line[q] !== '>' && line[q] !== '<') q += line[q] === '\\' ? 2 : 1
    if (q >= limit || line[q] !== '>') return null
    dest = line.slice(k + 1, q)
    k = q + 1
  } else {
    const start = k
    let depth = 0
    while (k < limit) {
      const c = line[k] as string
      if (c === '\\' && isAsciiPunct(line[k + 1])) {
        k += 2
        continue
      }
      if (c === ' ' || c === '\t' || c < ' ') break
      if (c === '(') depth++
      else if (c === ')') {
        if (depth === 0) break
        depth--
      }
      k++
    }
    if (k >= limit && limit < n) return null
    dest = line.slice(start, k)
  }
  while (k < n && (line[k] === ' ' || line[k] === '\t')) k++
  const t = line[k]
  if (t === '"' || t === "'" || t === '(') {
    const close = t === '(' ? ')' : t
    let q = k + 1
    while (q < limit && line[q] !== close) q += line[q] === '\\' ? 2 : 1
    if (q >= limit) return null
    k = q + 1
    while (k < n && (line[k] === ' ' || line[k] === '\t')) k++
  }
  if (line[k] !== ')') return null
  return { dest: unescapeDest(dest), end: k + 1 }
}

/** Backtick runs of one line, for pairing code spans in linear time. */
class BacktickRuns {
  private readonly byLen = new Map<number, number[]>()
  private readonly ptr = new Map<number, number>()
  private pipeFrom = -1
  private pipeAt = -1
  constructor(private readonly line: string) {
    let i = line.indexOf('`')
    while (i >= 0) {
      let j = i
      while (line[j] === '`') j++
      const len = j - i
      let arr = this.byLen.get(len)
      if (!arr) this.byLen.set(len, (arr = []))
      arr.push(i)
      i = line.indexOf('`', j)
    }
  }
  /** Start of the first maximal run of exactly `len` backticks at or after `from`, before the next `|`. */
  closer(from: number, len: number): number {
    const arr = this.byLen.get(len)
    if (!arr) return -1
    let p = this.ptr.get(len) ?? 0
    while (p < arr.length && (arr[p] as number) < from) p++
    this.ptr.set(len, p)
    const q = arr[p]
    if (q === undefined) return -1
    if (!(from >= this.pipeFrom && from <= this.pipeAt && this.pipeFrom >= 0)) {
      this.pipeFrom = from
      const pi = this.line.indexOf('|', from)
      this.pipeAt = pi < 0 ? this.line.length : pi
    }
    return q < this.pipeAt ? q : -1
  }
}

/** Cut plain text to at most `n` units without splitting a surrogate pair, an escape or an entity. */
function cutText(s: string, n: number, kind: 'text' | 'code'): string {
  if (n <= 0) return ''
  let t = s.slice(0, n)
  const last = t.charCodeAt(t.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) t = t.slice(0, -1)
  if (kind === 'text') {
    // A reference cut short (`&#6`) is dropped; it is at most 34 units long, so only the tail is looked at.
    const amp = t.lastIndexOf('&')
    if (amp >= 0 && amp >= t.length - 34 && /^&[#A-Za-z0-9]*$/.test(t.slice(amp))) t = t.slice(0, amp)
    let bs = 0
    while (bs < t.length && t.charCodeAt(t.length - 1 - bs) === 92) bs++
    if (bs % 2 === 1) t = t.slice(0, -1)
  } else if (t.length < s.length && CUT_CLOSES_FENCE_RE.test(t)) {
    // A code line cut to its leading fence characters (```js → ```) would close the fence here and turn the
    // closer appended at the end into an opener that swallows whatever follows the section.
    t = ''
  }
  return t
}

/** A code line that, cut short, reads as a closing fence: up to 3 spaces, then only ``` or ~~~ (3 or more). */
const CUT_CLOSES_FENCE_RE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*$/

/** Whether `s` holds what may start an extended autolink (`scheme://` or `www.`): literal searches only. */
function hasUrlStart(s: string): boolean {
  return s.includes('://') || /www\./i.test(s)
}

/** Index of the last whitespace character in `s`, or -1. */
function lastWhitespace(s: string): number {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k)
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return k
  }
  return -1
}

const SPECIAL_RE = /[\\`<\]!]/g
const FENCE_OPEN_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/
const FENCE_CLOSE_RE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/
/**
 * Length of the container markers opening a line (blanks, `>`, `-`/`+`/`*`, `1.`/`1)` in any sequence), by
 * one forward scan.
 */
export function containerPrefixLength(line: string): number {
  let i = 0
  const n = line.length
  for (;;) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++
    const c = line[i]
    if (c === '>' || c === '-' || c === '+' || c === '*') {
      i++
      continue
    }
    let d = i
    while (d < n && d - i < 9 && line.charCodeAt(d) >= 48 && line.charCodeAt(d) <= 57) d++
    if (d > i && (line[d] === '.' || line[d] === ')')) {
      i = d + 1
      continue
    }
    return i
  }
}

const LABEL_DEF_RE = /\[(?:\\.|[^\]\\])*\]:/y
/**
 * The container prefix of a line whose first content is a link reference definition (`[label]: …`) or a
 * label not closed on the line (a definition's label may span lines: `[a\nb]: url`); null otherwise. The
 * caller escapes that `[`, so no definition can give an image or a link an unchecked target.
 */
function linkLabelPrefix(line: string): string | null {
  const p = containerPrefixLength(line)
  if (line[p] !== '[') return null
  LABEL_DEF_RE.lastIndex = p
  if (LABEL_DEF_RE.test(line)) return line.slice(0, p)
  for (let k = p + 1; k < line.length; k++) {
    const c = line[k]
    if (c === '\\') k++
    else if (c === ']') return null
  }
  return line.slice(0, p)
}

/** Characters that could start block syntax (fence, heading, list, quote, table, indent) at a line start. */
const LINE_START_SYNTAX_RE = /[`~#>\-+*=_|[\]!<\d\s\\:]/

const STRUCT_START_RE = /^<\/?(?:details|summary)(?=[\s/>]|$)/i

/** A GFM table delimiter row (`| :-- | --: |`), checked by one forward scan. */
export function isTableDelimiterRow(row: string): boolean {
  let i = 0
  const n = row.length
  const skipBlank = (): void => {
    while (i < n && (row[i] === ' ' || row[i] === '\t')) i++
  }
  skipBlank()
  if (row[i] === '|') i++
  let cells = 0
  for (;;) {
    skipBlank()
    if (i >= n) return cells > 0
    if (row[i] === ':') i++
    const dashes = i
    while (row[i] === '-') i++
    if (i === dashes) return false
    if (row[i] === ':') i++
    skipBlank()
    cells++
    if (i >= n) return true
    if (row[i] !== '|') return false
    i++
  }
}

function sanitize(md: string, policy: UrlPolicy, max: number): string {
  const textPolicy = { links: policy.links }
  const postText = (t: string): string => neutraliseText(t, textPolicy)
  const text = prepass(md)

  const out: string[] = []
  let len = 0
  let done = false
  let truncated = false

  // Structural state.
  let fence: { ch: string; n: number } | null = null
  let htmlMode = false
  // Structural tags (details/summary) are kept only inside a top-level raw HTML block: one that starts with
  // such a tag at column 0 (a type-6 HTML block for GitHub, which closes any list, quote or paragraph) and
  // runs to the next blank line. Elsewhere (list items, quotes, headings, table cells, indented code) the
  // HTML parser would close or ignore them differently, so they are dropped.
  let rawBlock = false
  let tableMode = false
  let detailsDepth = 0
  let summaryOpen = false
  const inline: string[] = []
  /** Length of the closers of `inline` (kept in step with it, so reserve() does not walk the stack). */
  let inlineClosers = 0
  const pushInline = (t: string): void => {
    inline.push(t)
    inlineClosers += t.length + 3
  }
  const popInline = (): string => {
    const t = inline.pop() as string
    inlineClosers -= t.length + 3
    return t
  }
  let lastLineBlank = true

  const reserve = (): number => {
    if (max === Infinity) return 0
    let r = NOTICE.length + 4
    if (fence) r += fence.n + 2
    r += inlineClosers + (inline.length > 0 ? 1 : 0) // + the backslash guard
    if (summaryOpen) r += 12
    r += detailsDepth * 12
    return r
  }

  // Whether the output since the last whitespace or `<` contains the start of a possible extended autolink
  // (scheme:// or www.), which GitHub extends over everything up to the next whitespace or `<`.
  let lastOut = ''
  let lineStart = 0
  let urlWord = false
  // The last few units of the current word: enough to see a `://` or `www.` that spans two pieces.
  let wordTail = ''
  const track = (s: string): void => {
    const ws = Math.max(s.lastIndexOf('<'), lastWhitespace(s))
    if (ws >= 0) {
      wordTail = s.slice(ws + 1)
      urlWord = hasUrlStart(wordTail)
    } else if (!urlWord) {
      urlWord = hasUrlStart(wordTail + s.slice(0, 4)) || hasUrlStart(s)
      wordTail += s.length > 8 ? s.slice(-8) : s
    }
    if (wordTail.length > 8) wordTail = wordTail.slice(-8)
  }

  /** Emit a piece. Atomic pieces are all-or-nothing; text and code may be cut. Returns false once full. */
  const emit = (s: string, kind: 'atomic' | 'text' | 'code', extraReserve = 0): boolean => {
    if (done) return false
    if (s === '') return true
    if (max === Infinity || len + s.length + reserve() + extraReserve <= max) {
      out.push(s)
      len += s.length
      lastOut = s[s.length - 1] as string
      track(s)
      return true
    }
    if (kind !== 'atomic') {
      const cut = cutText(s, max - len - reserve(), kind)
      if (cut !== '') {
        out.push(cut)
        len += cut.length
        lastOut = cut[cut.length - 1] as string
      }
    }
    done = true
    truncated = true
    return false
  }

  // A closer written right after a backslash would be escaped by it (`\</b>`): a zero-width space between.
  const guardBackslash = (): void => {
    if (lastOut === '\\') emit(ZWSP, 'atomic', -1)
  }
  const closeInline = (): void => {
    if (inline.length > 0) guardBackslash()
    while (inline.length > 0) {
      const t = inline[inline.length - 1] as string
      if (!emit(`</${t}>`, 'atomic', -(t.length + 3))) return
      popInline()
    }
  }

  /** Whether `handleTag` would write anything for this tag (pure). */
  const tagKept = (tag: Tag): boolean => {
    const { name } = tag
    if (name === 'details' || name === 'summary') {
      if (!rawBlock || tableMode) return false
      if (name === 'details') return tag.closing ? detailsDepth > 0 : !tag.selfClosing
      return tag.closing ? summaryOpen : !tag.selfClosing && detailsDepth > 0 && !summaryOpen
    }
    if (name === 'br') return !tag.closing
    if (INLINE_TAGS.has(name))
      return tag.closing ? inline.includes(name) : !tag.selfClosing && inline.length < MAX_INLINE_DEPTH
    if (name === 'img') {
      const src = tag.attrs.get('src')
      return !tag.closing && typeof src === 'string' && imageSource(src, policy) !== null
    }
    return false
  }

  /** Write a kept tag and apply its effect on the structure. */
  const handleTag = (tag: Tag): void => {
    const { name } = tag
    if (name === 'details' || name === 'summary') closeInline()
    if (name === 'details') {
      if (tag.closing) {
        if (detailsDepth === 0) return
        closeInline()
        if (summaryOpen && emit('</summary>', 'atomic', -12)) summaryOpen = false
        if (emit('</details>', 'atomic', -12 - (summaryOpen ? 12 : 0))) detailsDepth--
      } else if (!tag.selfClosing) {
        detailsDepth++
        if (!emit(tag.attrs.has('open') ? '<details open>' : '<details>', 'atomic', 0)) detailsDepth--
      }
      return
    }
    if (name === 'summary') {
      if (tag.closing) {
        if (!summaryOpen) return
        closeInline()
        if (emit('</summary>', 'atomic', -12)) summaryOpen = false
      } else if (!tag.selfClosing && detailsDepth > 0 && !summaryOpen) {
        if (emit('<summary>', 'atomic', 12)) summaryOpen = true
      }
      return
    }
    if (name === 'br') {
      if (!tag.closing) emit('<br>', 'atomic')
      return
    }
    if (INLINE_TAGS.has(name)) {
      if (tag.closing) {
        const at = inline.lastIndexOf(name)
        if (at < 0) return
        while (inline.length > at) {
          const t = inline[inline.length - 1] as string
          if (!emit(`</${t}>`, 'atomic', -(t.length + 3))) break
          popInline()
        }
      } else if (!tag.selfClosing && inline.length < MAX_INLINE_DEPTH) {
        if (emit(`<${name}>`, 'atomic', name.length + 3)) pushInline(name)
      }
      return
    }
    if (name === 'img' && !tag.closing) {
      const raw = tag.attrs.get('src')
      const src = typeof raw === 'string' ? imageSource(raw, policy) : null
      if (src === null) return
      let s = `<img src="${escapeAttr(src)}"`
      const alt = tag.attrs.get('alt')
      if (typeof alt === 'string') s += ` alt="${escapeAttr(postText(alt).slice(0, 200))}"`
      for (const k of ['width', 'height']) {
        const v = tag.attrs.get(k)
        if (typeof v === 'string' && /^\d{1,4}%?$/.test(v)) s += ` ${k}="${v}"`
      }
      emit(`${s}>`, 'atomic')
    }
    // Every other tag is dropped (its text content stays and is sanitised like any text).
  }

  const processLine = (line: string, html: boolean): void => {
    let buf = ''
    // The last character of `buf`, kept aside: indexing a string built by `+=` would flatten it each time.
    let bufLast = ''
    // Nothing but blanks written for this line yet: a dropped tag here counts as being at the line start
    // (else a line of blanks and dropped tags would turn blank, which a second pass would write differently).
    let blankSoFar = true
    const add = (piece: string): void => {
      buf += piece
      bufLast = piece[piece.length - 1] as string
      if (blankSoFar && /\S/.test(piece)) blankSoFar = false
    }
    const flush = (): void => {
      if (buf !== '') {
        emit(postText(buf), 'text')
        buf = ''
        bufLast = ''
      }
    }
    const runs = html || !line.includes('`') ? null : new BacktickRuns(line)
    const n = line.length
    // Parsing work per line is bounded (linear time on hostile input). When it runs out, tags and links are
    // no longer recognised: they are escaped, which is the safe direction.
    const work = { left: 8 * n + 65536 }
    let i = 0
    let contentStart = containerPrefixLength(line)
    // A link reference definition could give an image or link an unchecked target: make it plain text.
    const def = linkLabelPrefix(line)
    if (def !== null) {
      add(`${def}\\[`)
      i = def.length + 1
    }
    while (i < n && !done) {
      const c = line[i] as string
      if (c === '\\' && isAsciiPunct(line[i + 1])) {
        const nx = line[i + 1] as string
        add(nx === '<' ? '&lt;' : `\\${nx}`)
        i += 2
        continue
      }
      if (c === '`') {
        let j = i
        while (line[j] === '`') j++
        const L = j - i
        // A backtick right after a possible extended autolink (`http://x``…`) belongs to the URL for GitHub
        // (autolinks run to whitespace or `<`): it cannot open a code span there.
        flush()
        const q = runs && !urlWord ? runs.closer(j, L) : -1
        if (q >= 0) {
          emit(line.slice(i, q + L), 'atomic')
          blankSoFar = false
          urlWord = false
          wordTail = ''
          i = q + L
        } else {
          // Also escaped on possible raw-HTML lines: if GitHub reads the line as markdown after all, these
          // backticks must not pair into a code span around tags we kept.
          add('\\`'.repeat(L))
          i = j
        }
        continue
      }
      if (c === '<') {
        const tag = parseTag(line, i, work)
        if (tag) {
          if (tagKept(tag)) {
            flush()
            handleTag(tag)
            blankSoFar = false
          } else {
            // A dropped tag leaves a zero-width space where the text around it could otherwise join into new
            // syntax (`]<i>(` → a link, `` `<i>` `` → a longer backtick run, `!<i>[` → an image, `@<i>user`,
            // or `<i>```` at the start of a line → a fence).
            // Right after the container markers (`> `, `- `, `1. `) is a line start too: `> <i>[r]: x` must not
            // become the definition `> [r]: x`.
            const atStart = blankSoFar || (i === contentStart && tag.end < n)
            if (atStart) contentStart = tag.end
            const prev = atStart ? undefined : buf !== '' ? bufLast : len > lineStart ? lastOut : undefined
            const next = line[tag.end]
            const joins =
              prev === undefined
                ? next === undefined || LINE_START_SYNTAX_RE.test(next)
                : next !== undefined &&
                  /\S/.test(prev) &&
                  /\S/.test(next) &&
                  (isAsciiPunct(prev) || isAsciiPunct(next))
            if (joins) {
              add(ZWSP)
            }
          }
          i = tag.end
          continue
        }
        add('&lt;')
        i++
        continue
      }
      if (c === ']' && line[i + 1] === '(') {
        const link = parseDest(line, i + 2, work)
        const target = link ? linkTarget(link.dest, policy, encodeUrl) : null
        if (link && target !== null) {
          add(']')
          flush()
          emit(`(${target})`, 'atomic')
          blankSoFar = false
          i = link.end
        } else {
          // Not a link for GitHub, or one that must not be: `](` is escaped and the destination is read on
          // as text (where a bare URL in it is made inert).
          add(']\\(')
          i += 2
        }
        continue
      }
      if (c === '!' && line[i + 1] === '[') {
        IMAGE_RE.lastIndex = i
        const m = IMAGE_RE.exec(line)
        const src = m ? imageSource(m[2] as string, policy) : null
        if (m && src !== null) {
          flush()
          const alt = (m[1] as string).replace(/[^\p{L}\p{N} .,;_+-]/gu, '')
          emit(`![${alt}](${src})`, 'atomic')
          blankSoFar = false
          i += m[0].length
          continue
        }
      }
      // Plain characters up to the next one that may start syntax.
      SPECIAL_RE.lastIndex = i + 1
      const nx = SPECIAL_RE.exec(line)
      const stop = nx ? nx.index : n
      add(line.slice(i, stop))
      i = stop
    }
    flush()
  }

  const lines = text.split('\n')
  for (let li = 0; li < lines.length && !done; li++) {
    const line = lines[li] as string
    if (fence) {
      if (li > 0) emit('\n', 'atomic')
      const m = FENCE_CLOSE_RE.exec(line)
      if (m && (m[1] as string)[0] === fence.ch && (m[1] as string).length >= fence.n) {
        const f: { ch: string; n: number } = fence
        fence = null
        if (!emit(f.ch.repeat(f.n), 'atomic')) fence = f
        lastLineBlank = false
        continue
      }
      emit(line, 'code')
      continue
    }
    const open = FENCE_OPEN_RE.exec(line)
    // A backtick fence's info string cannot contain a backtick (then it is inline code, as for GitHub).
    if (open && !((open[1] as string)[0] === '`' && (open[2] as string).includes('`'))) {
      const marker = open[1] as string
      const info = ((open[2] as string).trim().split(/\s+/)[0] ?? '')
        .replace(/[^A-Za-z0-9_+.#-]/g, '')
        .slice(0, 32)
      closeInline()
      if (li > 0) emit(lastLineBlank ? '\n' : '\n\n', 'atomic')
      htmlMode = false
      rawBlock = false
      tableMode = false
      if (emit(marker + info, 'atomic', marker.length + 2))
        fence = { ch: marker[0] as string, n: marker.length }
      lastLineBlank = false
      continue
    }
    if (line.trim() === '') {
      closeInline()
      htmlMode = false
      rawBlock = false
      tableMode = false
      if (li > 0) emit('\n', 'atomic')
      lastLineBlank = true
      continue
    }
    // Inline tags still open are closed before the line break, so a structural tag stays first on its line.
    if (STRUCT_START_RE.test(line)) closeInline()
    if (li > 0) emit('\n', 'atomic')
    const rest = line.slice(containerPrefixLength(line))
    if (rest.startsWith('<')) htmlMode = true
    if (!rawBlock && !tableMode && STRUCT_START_RE.test(line)) {
      // Only if that first tag is actually kept: the output line must start with it.
      rawBlock = true
      const first = parseTagBounded(line, 0)
      if (!first || !tagKept(first)) rawBlock = false
    }
    if (!rawBlock && !tableMode && line.includes('|')) {
      const next = lines[li + 1]
      if (next !== undefined && isTableDelimiterRow(next.slice(containerPrefixLength(next)))) {
        tableMode = true
      }
    }
    lineStart = len
    processLine(line, htmlMode)
    lastLineBlank = false
  }

  // Close whatever is still open (the reserve guarantees this fits).
  const force = (s: string): void => {
    out.push(s)
    len += s.length
  }
  // Each closer goes on its own line after a blank one: a closing fence must be alone on its line, and a
  // tag starting a line after a blank line is a top-level HTML block for GitHub.
  if (fence) force(`\n${fence.ch.repeat(fence.n)}`)
  else if (inline.length > 0 && lastOut === '\\') force(ZWSP)
  if (!fence) while (inline.length > 0) force(`</${popInline()}>`)
  if (truncated) force(NOTICE)
  if (summaryOpen) force('\n\n</summary>')
  for (; detailsDepth > 0; detailsDepth--) force('\n\n</details>')
  const result = out.join('')
  // Belt and braces: the passes above leave no comment opener; the check is cheap.
  return result.includes('<!--') ? result.replace(/<!--/g, '&lt;!--') : result
}

export function sanitizeMarkdown(md: string, opts: SanitizeOptions = {}): string {
  const policy: UrlPolicy = {
    links: opts.links ?? 'repository',
    ...(opts.repository ? { repository: opts.repository } : {}),
    serverUrl: (opts.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
    imagePrefixes: opts.allowImagePrefixes ?? []
  }
  const max = opts.maxLength
  const full = sanitize(md, policy, Infinity)
  if (max === undefined || full.length <= max) return full
  const cut = sanitize(md, policy, Math.max(0, Math.floor(max)))
  return cut.length <= max ? cut : ''
}
