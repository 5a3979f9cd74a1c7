/**
 * Text-level neutralising for sanitize.ts: what GitHub does to text AFTER markdown parsing (decode character
 * references, then find mentions, issue references and bare URLs) is mirrored here on a "logical" view of a
 * run of text, so an encoded form (`@&#111;ctocat`, `&#35;12`, `&commat;org/team`) is caught as surely as
 * the plain one. Every loop is a single forward pass: linear in the text.
 *
 * Neutralising writes a zero-width joiner (U+200D) where GitHub's pattern needs a word character or a fixed
 * character: right after `@` (mentions), between `#` and the number (`#2`, `owner/repo#1`), after `GH-`,
 * between `:` and `//` of a URL scheme and after `www` (the GFM autolinker needs `://` / `www.` literally).
 * A joiner in front of `#` would not do: GitHub's reference patterns accept any non-word character before
 * `#`, and a joiner is one. The text stays readable; only copy-paste carries the joiner.
 */

export const ZWJ = '\u200D'

/** HTML5 named character references that decode to one ASCII character (the only ones that can spell a
 *  mention, a reference or a URL; the others decode to non-ASCII characters no pattern matches). */
const ASCII_ENTITIES: Record<string, string> = {
  AMP: '&',
  DiacriticalGrave: '`',
  GT: '>',
  Hat: '^',
  LT: '<',
  NewLine: '\n',
  QUOT: '"',
  Tab: '\t',
  UnderBar: '_',
  VerticalLine: '|',
  amp: '&',
  apos: "'",
  ast: '*',
  bsol: '\\',
  colon: ':',
  comma: ',',
  commat: '@',
  dollar: '$',
  equals: '=',
  excl: '!',
  grave: '`',
  gt: '>',
  lbrace: '{',
  lbrack: '[',
  lcub: '{',
  lowbar: '_',
  lpar: '(',
  lsqb: '[',
  lt: '<',
  midast: '*',
  num: '#',
  percnt: '%',
  period: '.',
  plus: '+',
  quest: '?',
  quot: '"',
  rbrace: '}',
  rbrack: ']',
  rcub: '}',
  rpar: ')',
  rsqb: ']',
  semi: ';',
  sol: '/',
  verbar: '|',
  vert: '|'
}
/** Stand-in for a character that matters to no pattern (a non-ASCII named reference). */
const OPAQUE = '\uFFFF'

export type LinkPolicy = 'any' | 'repository'

export interface TextPolicy {
  /** 'repository': every bare URL is made inert; 'any': only URLs of issues, pull requests, discussions. */
  links: LinkPolicy
}

function isAlnum(c: string | undefined): boolean {
  if (c === undefined || c.length !== 1) return false
  const x = c.charCodeAt(0)
  return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122)
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && c >= '0' && c <= '9'
}
function isHexDigit(c: string | undefined): boolean {
  return isDigit(c) || (c !== undefined && c.length === 1 && /[A-Fa-f]/.test(c))
}
function isAsciiPunctCode(x: number): boolean {
  return (x >= 33 && x <= 47) || (x >= 58 && x <= 64) || (x >= 91 && x <= 96) || (x >= 123 && x <= 126)
}

/** Length of the character reference at `i` (`&…;`) and what it decodes to, or null when there is none. */
export function charRef(s: string, i: number): { len: number; ch: string } | null {
  if (s[i] !== '&') return null
  let j = i + 1
  if (s[j] === '#') {
    j++
    let hex = false
    if (s[j] === 'x' || s[j] === 'X') {
      hex = true
      j++
    }
    const start = j
    while (j - start < 8 && j < s.length && (hex ? isHexDigit(s[j]) : isDigit(s[j]))) j++
    const digits = j - start
    if (digits === 0 || digits > (hex ? 6 : 7) || s[j] !== ';') return null
    const cp = parseInt(s.slice(start, j), hex ? 16 : 10)
    const ch =
      cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(cp)
    return { len: j + 1 - i, ch }
  }
  const start = j
  while (j - start < 32 && isAlnum(s[j])) j++
  if (j === start || s[j] !== ';') return null
  const name = s.slice(start, j)
  const ch = Object.prototype.hasOwnProperty.call(ASCII_ENTITIES, name)
    ? (ASCII_ENTITIES[name] as string)
    : OPAQUE
  return { len: j + 1 - i, ch }
}

/** Issue, pull request and discussion URLs (GitHub turns them into references with a backlink). */
const XREF_URL_RE =
  /^[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^/]{1,255}\/[^/]{1,100}\/[^/]{1,100}\/(?:issues|pulls?|discussions)\/\d/i

/**
 * Neutralise mentions, references and bare URLs in a run of markdown text (already free of tags and code),
 * and escape `![` so it cannot start an image. The text's bytes are kept; joiners are only inserted.
 */
export function neutraliseText(t: string, policy: TextPolicy): string {
  if (!needsWork(t)) return t
  // Logical view: one unit per source character, escape `\x` or reference `&…;`; `code` is the character
  // GitHub sees (OPAQUE_CODE for one no pattern cares about), `start` where the unit begins in `t`.
  const len = t.length
  const start = new Int32Array(len + 1)
  const code = new Int32Array(len + 1)
  let n = 0
  for (let i = 0; i < len;) {
    start[n] = i
    const x = t.charCodeAt(i)
    if (x === 92 && i + 1 < len && isAsciiPunctCode(t.charCodeAt(i + 1))) {
      code[n++] = t.charCodeAt(i + 1)
      i += 2
      continue
    }
    if (x === 38) {
      const r = charRef(t, i)
      if (r) {
        code[n++] = r.ch === OPAQUE ? OPAQUE_CODE : (r.ch.codePointAt(0) as number)
        i += r.len
        continue
      }
    }
    code[n++] = x
    i++
  }
  start[n] = len
  code[n] = -1 // sentinel: past the end
  const at = (k: number): number => (k >= 0 && k < n ? (code[k] as number) : -1)
  const zwjAfter = new Uint8Array(n)
  let urlUntil = -1
  for (let k = 0; k < n; k++) {
    const c = code[k] as number
    const next = at(k + 1)
    if (c === AT && isAlnumCode(next)) zwjAfter[k] = 1
    else if (c === HASH && isDigitCode(next)) zwjAfter[k] = 1
    else if (c === DASH && isDigitCode(next) && (at(k - 2) | 32) === 103 && (at(k - 1) | 32) === 104)
      zwjAfter[k] = 1
    const scheme = c === COLON && next === SLASH && at(k + 2) === SLASH && isSchemeCode(at(k - 1))
    const www = (c | 32) === 119 && (next | 32) === 119 && (at(k + 2) | 32) === 119 && at(k + 3) === DOT
    if (!scheme && !www) continue
    // Every URL start is broken, also one inside another URL. A URL runs to whitespace or `<` (GitHub's
    // autolinker); that end is shared by all starts in one word, so it is found once per word.
    if (k > urlUntil) {
      let e = k
      while (e < n && !isUrlEndCode(code[e] as number)) e++
      urlUntil = e - 1
    }
    let inert = policy.links === 'repository'
    if (!inert) {
      let s = k
      if (scheme) while (s > 0 && s > k - 32 && isSchemeCode(at(s - 1))) s--
      let url = www ? 'https://' : ''
      for (let q = s; q <= urlUntil && q < s + 400; q++)
        url += String.fromCodePoint(Math.max(0, code[q] as number))
      inert = XREF_URL_RE.test(url)
    }
    if (inert) zwjAfter[scheme ? k : k + 2] = 1
  }
  const out: string[] = []
  let from = 0
  for (let k = 0; k < n; k++) {
    // `![` (not escaped) would start an image: the checked ones were taken out before this text run.
    const bang =
      code[k] === BANG &&
      start[k + 1] === (start[k] as number) + 1 &&
      t.charCodeAt(start[k + 1] as number) === 91
    if (bang) {
      out.push(t.slice(from, start[k]), '\\')
      from = start[k] as number
    }
    if (zwjAfter[k]) {
      out.push(t.slice(from, start[k + 1]), ZWJ)
      from = start[k + 1] as number
    }
  }
  out.push(t.slice(from))
  return out.join('')
}

const AT = 64
const HASH = 35
const DASH = 45
const COLON = 58
const SLASH = 47
const DOT = 46
const BANG = 33
const OPAQUE_CODE = 0xffff

function isAlnumCode(x: number): boolean {
  return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122)
}
function isDigitCode(x: number): boolean {
  return x >= 48 && x <= 57
}
function isSchemeCode(x: number): boolean {
  return isAlnumCode(x) || x === 43 || x === 46 || x === 45
}
function isUrlEndCode(x: number): boolean {
  return x === 60 || x === 32 || x === 9 || x === 10 || x === 13 || x === 12
}

function needsWork(t: string): boolean {
  return (
    t.includes('@') ||
    t.includes('#') ||
    t.includes('&') ||
    t.includes(':') ||
    t.includes('![') ||
    /ww|gh-/i.test(t)
  )
}
