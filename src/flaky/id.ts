/**
 * Case identity: the one string that the JSON prints, the quarantine file lists and history keys on.
 *
 * Format (one line, readable, stable across runs, unique within a result):
 *
 *     [file › ] suite › … › suite › [classname › ] name [ › #n]
 *
 * - Segments are joined by " › " (space, U+203A, space), the separator jest prints between describe blocks.
 * - `file` is the testcase's `file` attribute (else its nearest suite's), when the report gives one, with `\`
 *   turned into `/`, a leading `./` dropped and any configured root (the workspace) removed, so the same
 *   checkout gives the same id on every runner. Reports without files (pytest's default xunit2, jest-junit
 *   without addFileAttribute, node:test) give ids without one.
 * - The suites are the names of the enclosing `<testsuite>` elements, outermost first; a `<testsuites>` root
 *   is the run, not a suite, so wrapping or not wrapping a report in one gives the same ids. The suite path
 *   is what tells node:test cases apart (it writes classname="test" for every case).
 * - Suites without a name are left out; an empty test name is written `(no name)`.
 * - `classname` is left out when it is empty, equals the innermost suite's name (Surefire, Go) or equals the
 *   name (jest-junit's default templates), so ids do not repeat themselves.
 * - Escapes inside a segment: `\` → `\\`, `›` → `\›`, newline → `\n`, carriage return → `\r`, tab → `\t`,
 *   other control characters and U+2028/U+2029 → `\u{hex}`, and a segment starting with `#` gets `\#`.
 *   So an unescaped `›` only ever appears in a separator, and the id is always one line.
 * - A segment longer than MAX_SEGMENT_CHARS keeps its first part and ends with `…#` and 16 hex digits of the
 *   SHA-256 of the whole segment: bounded in size, still distinct and stable.
 * - ` › #n` (n ≥ 2) marks the n-th distinct case with the same id in one result: two testcases with the same
 *   (file, suites, classname, name) under the `distinct` duplicate policy, or two different tuples that
 *   happen to print the same (e.g. classname left out for one of them, or a suite named like a file): the
 *   full tuple, not the printed id, decides whether two testcases are the same test, so ids stay unique.
 *   Under the `attempts` policy the same tuple written twice is one case with two attempts (retry forms
 *   R3/R5, see model.ts) and has no `#n`. `#n` follows document order: only as stable as the report's order.
 *
 * Order and timings never enter the id: the same tests run in another order or at another speed keep theirs.
 */
import { createHash } from 'node:crypto'

export const SEPARATOR = ' › '
export const MAX_SEGMENT_CHARS = 512

export interface CaseKey {
  file?: string | undefined
  suitePath: readonly string[]
  classname: string
  name: string
}

// Characters that need an escape: backslash, the separator's mark, C0/C1 controls, DEL, line/para separators.
const NEEDS_ESCAPE = /[\\›\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** Escape one segment (see the format above). Linear in the segment's length. */
export function escapeSegment(raw: string): string {
  let s = raw
  if (s.length > MAX_SEGMENT_CHARS) {
    let cut = MAX_SEGMENT_CHARS - 24
    const c = s.charCodeAt(cut - 1)
    if (c >= 0xd800 && c <= 0xdbff) cut-- // never split a surrogate pair
    const hash = createHash('sha256').update(raw, 'utf8').digest('hex').slice(0, 16)
    s = `${s.slice(0, cut)}…#${hash}`
  }
  if (NEEDS_ESCAPE.test(s)) {
    let out = ''
    for (const ch of s) {
      const code = ch.codePointAt(0) as number
      if (ch === '\\') out += '\\\\'
      else if (ch === '›') out += '\\›'
      else if (ch === '\n') out += '\\n'
      else if (ch === '\r') out += '\\r'
      else if (ch === '\t') out += '\\t'
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
        out += `\\u{${code.toString(16)}}`
      } else out += ch
    }
    s = out
  }
  return s.charCodeAt(0) === 35 /* # */ ? `\\${s}` : s
}

/** The segments of a case's id, before escaping (see the format above). */
export function idSegments(key: CaseKey): string[] {
  const segs: string[] = []
  if (key.file !== undefined && key.file !== '') segs.push(key.file)
  for (const s of key.suitePath) if (s !== '') segs.push(s)
  return [...segs, ...ownSegments(key)]
}

/** The segments after the file and suites: the classname when it adds something, and the name. */
function ownSegments(key: CaseKey): string[] {
  const inner = key.suitePath[key.suitePath.length - 1]
  const own: string[] = []
  if (key.classname !== '' && key.classname !== inner && key.classname !== key.name) own.push(key.classname)
  own.push(key.name === '' ? '(no name)' : key.name)
  return own
}

/**
 * The escaped, joined file and suite segments of an id: shared by every case of a suite (a reader computes it
 * once per suite and file, then finishes each id with caseIdAfter).
 */
export function idPrefix(file: string | undefined, suitePath: readonly string[]): string {
  const segs: string[] = []
  if (file !== undefined && file !== '') segs.push(escapeSegment(file))
  for (const s of suitePath) if (s !== '') segs.push(escapeSegment(s))
  return segs.join(SEPARATOR)
}

/** A case's id from its idPrefix: the same string caseId gives. */
export function caseIdAfter(prefix: string, key: CaseKey): string {
  const own = ownSegments(key).map(escapeSegment).join(SEPARATOR)
  return prefix === '' ? own : prefix + SEPARATOR + own
}

/** A case's id (see the format above). */
export function caseId(key: CaseKey): string {
  return caseIdAfter(idPrefix(key.file, key.suitePath), key)
}

/** The id of the n-th (n ≥ 2) distinct case that would otherwise share `base`. */
export function occurrenceId(base: string, n: number): string {
  return `${base}${SEPARATOR}#${n}`
}

/**
 * Split an id back into its (unescaped) segments and occurrence number: the inverse of caseId/occurrenceId
 * for segments up to MAX_SEGMENT_CHARS. Used by tests to prove the format unambiguous; later by the
 * quarantine file's validation.
 */
export function parseCaseId(id: string): { segments: string[]; occurrence?: number } {
  const segments: string[] = []
  let cur = ''
  let occurrence: number | undefined
  let escapedHash = false
  for (let i = 0; i < id.length; i++) {
    const ch = id[i] as string
    if (ch === '\\') {
      const n = id[i + 1]
      if (n === 'n') cur += '\n'
      else if (n === 'r') cur += '\r'
      else if (n === 't') cur += '\t'
      else if (n === '#' && cur === '') {
        cur += '#'
        escapedHash = true
      } else if (n === 'u' && id[i + 2] === '{') {
        const close = id.indexOf('}', i + 3)
        cur += String.fromCodePoint(parseInt(id.slice(i + 3, close), 16))
        i = close
        continue
      } else cur += n ?? ''
      i++
      continue
    }
    if (ch === ' ' && id.startsWith(SEPARATOR, i)) {
      segments.push(cur)
      cur = ''
      escapedHash = false
      i += SEPARATOR.length - 1
      continue
    }
    cur += ch
  }
  if (!escapedHash && segments.length > 0 && /^#[0-9]+$/.test(cur)) occurrence = Number(cur.slice(1))
  else segments.push(cur)
  return occurrence === undefined ? { segments } : { segments, occurrence }
}

/**
 * Normalise a report's file attribute for the id: `\` → `/`, leading `./` dropped, and the first matching
 * root (an absolute directory such as the workspace) removed. A path outside every root is kept as written.
 */
export function normaliseFile(file: string, roots: readonly string[] = []): string {
  let f = file.replace(/\\/g, '/')
  for (const root of roots) {
    let r = root.replace(/\\/g, '/')
    if (r === '') continue
    if (!r.endsWith('/')) r += '/'
    if (f.startsWith(r)) {
      f = f.slice(r.length)
      break
    }
  }
  while (f.startsWith('./')) f = f.slice(2)
  return f
}
