/**
 * Fast path for the hot element of a Cobertura report: the `<line …/>` elements of a class's own lines
 * (millions of them in a big report). They are read straight from the UTF-8 bytes, without attribute
 * strings or maps, into scratch arrays, and written into the file's LineMap in one go.
 *
 * The scanner consumes only complete, self-closing `<line>` elements in the simple, well-formed shape:
 * double-quoted attribute values without `&`, `number` (at most MAX_LINE) and `hits` as 1–15 decimal digits (exact below
 * 2^53), `branch` ASCII, `condition-coverage` (when it counts) holding a `(covered/total)` pair of 1–15
 * digits each, no attribute named twice. Anything else (children such as `<conditions>`, entities, single
 * quotes, other number forms, comments, truncation, …) stops the scan right before that element, and the
 * general tokenizer and handler take it from there, so results and error messages are those of the general
 * path.
 */
import type { FileCoverage } from '../model.js'
import { MAX_LINE, type ReportBuilder } from './builder.js'
import { LineMap } from './linemap.js'

const LT = 60
const GT = 62
const SLASH = 47
const EQ = 61
const DQ = 34
const AMP = 38
const LPAREN = 40
const RPAREN = 41
/** `<line number="` and `" hits="` as little-endian 32/16-bit words, for DataView compares. */
const word = (s: string, at: number, n: number): number => {
  let v = 0
  for (let k = n - 1; k >= 0; k--) v = v * 256 + s.charCodeAt(at + k)
  return n === 4 ? v | 0 : v
}
const LINE_NU_0 = word('<line number="', 0, 4)
const LINE_NU_1 = word('<line number="', 4, 4)
const LINE_NU_2 = word('<line number="', 8, 4)
const LINE_NU_3 = word('<line number="', 12, 2)
const HITS_0 = word('" hits="', 0, 4)
const HITS_1 = word('" hits="', 4, 4)
/** Longest digit run read here: 15 digits are below 2^53, so the value is exact. */
const MAX_DIGITS = 15

/**
 * Most elements one scan reads: bounds the scratch memory (a longer run is stored in pieces, the next
 * element going the general way).
 */
export const DEFAULT_MAX_RUN = 1 << 18

function isSpace(c: number | undefined): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13
}

/** Whitespace as JavaScript's regex `\s` sees it, for ASCII bytes. */
function isRegexSpace(c: number | undefined): boolean {
  return c === 32 || (c !== undefined && c >= 9 && c <= 13)
}

/** Bytes accepted in an attribute name here (1; others stop the scan): ASCII letters, digits, `-_.:`. */
const NAME_BYTE = new Uint8Array(256)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  if (/[A-Za-z0-9_.:-]/.test(ch)) NAME_BYTE[c] = 1
}

/** The decimal value of b[s…e), or -1 unless it is 1–15 ASCII digits. */
function digits(b: Buffer, s: number, e: number): number {
  if (e <= s || e - s > MAX_DIGITS) return -1
  let n = 0
  for (let k = s; k < e; k++) {
    const c = (b[k] as number) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

/** Whether b[s…e) holds exactly the bytes of `name`. */
function nameIs(b: Buffer, s: number, e: number, name: Uint8Array): boolean {
  const n = name.length
  if (e - s !== n) return false
  for (let k = 0; k < n; k++) if (b[s + k] !== name[k]) return false
  return true
}
const NUMBER = Buffer.from('number', 'latin1')
const HITS = Buffer.from('hits', 'latin1')
const BRANCH = Buffer.from('branch', 'latin1')
const CONDITION_COVERAGE = Buffer.from('condition-coverage', 'latin1')

function grown(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a
  const next = new Float64Array(Math.max(need, a.length * 2))
  next.set(a)
  return next
}

/** Scratch storage for one run of consecutive simple `<line>` elements, reused from run to run. */
export class LineRun {
  constructor(private readonly maxRun: number = DEFAULT_MAX_RUN) {}
  /** Elements consumed by the last scan (including line numbers < 1, which are recorded but not stored). */
  n = 0
  /** Elements consumed by every scan so far. */
  consumed = 0
  lines: Float64Array = new Float64Array(256)
  hits: Float64Array = new Float64Array(256)
  /** Branch outcomes; `total` -1 = the line has no branches. */
  covered: Float64Array = new Float64Array(256)
  total: Float64Array = new Float64Array(256)
  private plainLines = new Float64Array(256)
  private plainHits = new Float64Array(256)
  /** The last scan read only plain records with strictly increasing line numbers ≥ 1. */
  simple = true
  private dv: DataView = new DataView(new ArrayBuffer(0))
  private dvOf: Buffer | undefined
  /** Set by matchCondition. */
  private cCovered = 0
  private cTotal = 0

  /**
   * Consume consecutive simple `<line>` elements (and the whitespace between them) from `pos`; returns the
   * index after the last one consumed, or `pos` when there was none.
   */
  scan(b: Buffer, pos: number): number {
    if (this.dvOf !== b) {
      this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength)
      this.dvOf = b
    }
    const dv = this.dv
    const len = b.length
    let lines = this.lines
    let hits = this.hits
    let total = this.total
    let n = 0
    let done = pos
    let prev = 0
    let simple = true
    const maxRun = this.maxRun
    for (;;) {
      let j = done
      let c = b[j]
      while (c === 10 || c === 32 || c === 9 || c === 13) c = b[++j]
      if (c !== LT || n === maxRun) break
      if (n === lines.length) {
        this.grow(n + 1)
        lines = this.lines
        hits = this.hits
        total = this.total
      }
      // The usual shape `<line number="N" hits="H"/>` in one pass (4 bytes per compare); anything else
      // goes to readElement.
      let end = -1
      let resume = -1
      let rNr = -1
      let rHits = -1
      if (
        j + 16 <= len &&
        dv.getInt32(j, true) === LINE_NU_0 &&
        dv.getInt32(j + 4, true) === LINE_NU_1 &&
        dv.getInt32(j + 8, true) === LINE_NU_2 &&
        dv.getInt16(j + 12, true) === LINE_NU_3
      ) {
        let k = j + 14
        let nr = 0
        let d = (b[k] as number) - 48
        while (d >= 0 && d <= 9) {
          nr = nr * 10 + d
          d = (b[++k] as number) - 48
        }
        const nd = k - j - 14
        if (
          nd > 0 &&
          nd <= MAX_DIGITS &&
          nr <= MAX_LINE &&
          k + 12 <= len &&
          dv.getInt32(k, true) === HITS_0 &&
          dv.getInt32(k + 4, true) === HITS_1
        ) {
          k += 8
          const hs = k
          let h = 0
          d = (b[k] as number) - 48
          while (d >= 0 && d <= 9) {
            h = h * 10 + d
            d = (b[++k] as number) - 48
          }
          if (k > hs && k - hs <= MAX_DIGITS && b[k] === DQ) {
            if (b[k + 1] === SLASH && b[k + 2] === GT) {
              lines[n] = nr
              hits[n] = h
              total[n] = -1
              if (nr <= prev) simple = false
              prev = nr
              end = k + 3
            } else {
              // More attributes (branch data, …): readElement goes on after `hits`.
              resume = k + 1
              rNr = nr
              rHits = h
            }
          }
        }
      }
      if (end < 0) {
        if (resume >= 0) end = this.readElement(b, resume, n, rNr, rHits)
        else if (b[j + 1] === 108 && b[j + 2] === 105 && b[j + 3] === 110 && b[j + 4] === 101 && isSpace(b[j + 5])) {
          end = this.readElement(b, j + 5, n, -1, -1)
        }
        if (end < 0) break
        simple = false
      }
      n++
      done = end
    }
    this.n = n
    this.consumed += n
    this.simple = simple
    return done
  }

  /**
   * Read one `<line>` element from just after its name, in any simple form (attributes in any order,
   * other attributes, branch data), into record `n`; returns the index after it, or -1 when the element
   * is not one the scanner may take (the general path then reads it). With `nr0`/`hits0` ≥ 0, `from` is
   * just after ` number="nr0" hits="hits0"`, already read.
   */
  private readElement(b: Buffer, from: number, n: number, nr0: number, hits0: number): number {
    const len = b.length
    let j = from
    if (nr0 < 0 && !isSpace(b[j])) return -1
    let nr = nr0
    let hits = hits0
    let branchSeen = false
    let branchFalse = false
    let ccStart = -1
    let ccEnd = -1
    for (;;) {
      let c = b[j]
      while (isSpace(c)) c = b[++j]
      if (c === SLASH) {
        if (b[j + 1] !== GT) return -1
        j += 2
        break
      }
      const ns = j
      while (j < len && NAME_BYTE[c as number] === 1) c = b[++j]
      const ne = j
      if (ne === ns || c !== EQ || b[j + 1] !== DQ) return -1
      const vs = j + 2
      let ve = vs
      for (;;) {
        if (ve >= len) return -1
        const d = b[ve] as number
        if (d === DQ) break
        if (d === AMP) return -1
        ve++
      }
      j = ve + 1
      const first = b[ns]
      if (first === 110 /* n */ && nameIs(b, ns, ne, NUMBER)) {
        if (nr >= 0) return -1
        nr = digits(b, vs, ve)
        // Line numbers beyond MAX_LINE: the general path refuses them.
        if (nr < 0 || nr > MAX_LINE) return -1
      } else if (first === 104 /* h */ && nameIs(b, ns, ne, HITS)) {
        if (hits >= 0) return -1
        hits = digits(b, vs, ve)
        if (hits < 0) return -1
      } else if (first === 98 /* b */ && nameIs(b, ns, ne, BRANCH)) {
        if (branchSeen) return -1
        branchSeen = true
        for (let k = vs; k < ve; k++) if ((b[k] as number) >= 0x80) return -1
        // Case-insensitive "false" (only 'F'/'f' etc. give these bytes when OR-ed with 0x20).
        branchFalse =
          ve - vs === 5 &&
          ((b[vs] as number) | 0x20) === 102 &&
          ((b[vs + 1] as number) | 0x20) === 97 &&
          ((b[vs + 2] as number) | 0x20) === 108 &&
          ((b[vs + 3] as number) | 0x20) === 115 &&
          ((b[vs + 4] as number) | 0x20) === 101
      } else if (first === 99 /* c */ && nameIs(b, ns, ne, CONDITION_COVERAGE)) {
        if (ccStart >= 0) return -1
        ccStart = vs
        ccEnd = ve
      }
    }
    if (nr < 0 || hits < 0) return -1
    let total = -1
    let covered = 0
    if (ccStart >= 0 && !branchFalse) {
      if (!this.matchCondition(b, ccStart, ccEnd)) return -1
      covered = this.cCovered
      total = this.cTotal
    }
    this.lines[n] = nr
    this.hits[n] = hits
    this.covered[n] = covered
    this.total[n] = total
    return j
  }

  /**
   * The first `(covered/total)` in a condition-coverage value, as `/\((\d+)\s*\/\s*(\d+)\)/` finds it;
   * false (general path) when there is none, a number is longer than 15 digits, or the value is not ASCII.
   */
  private matchCondition(b: Buffer, s: number, e: number): boolean {
    for (let k = s; k < e; k++) if ((b[k] as number) >= 0x80) return false
    for (let p = s; p < e; p++) {
      if (b[p] !== LPAREN) continue
      let k = p + 1
      const d1 = k
      while (k < e && (b[k] as number) >= 48 && (b[k] as number) <= 57) k++
      if (k === d1) continue
      const d1e = k
      while (k < e && isRegexSpace(b[k])) k++
      if (k >= e || b[k] !== SLASH) continue
      k++
      while (k < e && isRegexSpace(b[k])) k++
      const d2 = k
      while (k < e && (b[k] as number) >= 48 && (b[k] as number) <= 57) k++
      if (k === d2 || k >= e || b[k] !== RPAREN) continue
      const covered = digits(b, d1, d1e)
      const total = digits(b, d2, k)
      // covered > total is an error: left to the general path, which reports it.
      if (covered < 0 || total < 0 || covered > total) return false
      this.cCovered = covered
      this.cTotal = total
      return true
    }
    return false
  }

  private grow(need: number): void {
    this.lines = grown(this.lines, need)
    this.hits = grown(this.hits, need)
    this.covered = grown(this.covered, need)
    this.total = grown(this.total, need)
  }

  /**
   * Store the last scan's records in `f` exactly as `builder.addLine` would one by one, in order: an empty
   * LineMap fed strictly increasing lines takes the plain records in one allocation (adoptSorted), then the
   * records with branches; otherwise every record goes through addLine.
   */
  store(builder: ReportBuilder, f: FileCoverage): void {
    const n = this.n
    const lines = this.lines
    const hits = this.hits
    const total = this.total
    const map = f.lines
    if (this.simple && map instanceof LineMap && map.size === 0) {
      map.adoptSorted(lines, hits, n)
      return
    }
    let sorted = map instanceof LineMap && map.size === 0
    let plain = 0
    let branchy = 0
    let zeros = 0
    if (sorted) {
      let prev = 0
      for (let k = 0; k < n; k++) {
        const line = lines[k] as number
        if (line < 1) {
          zeros++
          continue
        }
        if (line <= prev) {
          sorted = false
          break
        }
        prev = line
        if ((total[k] as number) < 0) plain++
        else branchy++
      }
    }
    // Line 0 records are left out here as addLine leaves them out, and counted for its warning (the
    // unsorted path below counts them through addLine).
    if (sorted && zeros > 0) builder.skippedLineZero(zeros)
    if (!sorted) {
      for (let k = 0; k < n; k++) {
        const t = total[k] as number
        builder.addLine(f, lines[k] as number, hits[k] as number, t < 0 ? undefined : { covered: this.covered[k] as number, total: t })
      }
      return
    }
    if (branchy === 0) {
      if (plain === n) {
        ;(map as LineMap).adoptSorted(lines, hits, n)
        return
      }
    }
    if (this.plainLines.length < plain) {
      this.plainLines = new Float64Array(Math.max(plain, this.plainLines.length * 2))
      this.plainHits = new Float64Array(this.plainLines.length)
    }
    const pl = this.plainLines
    const ph = this.plainHits
    let m = 0
    for (let k = 0; k < n; k++) {
      if ((lines[k] as number) < 1 || (total[k] as number) >= 0) continue
      pl[m] = lines[k] as number
      ph[m] = hits[k] as number
      m++
    }
    ;(map as LineMap).adoptSorted(pl, ph, m)
    if (branchy === 0) return
    for (let k = 0; k < n; k++) {
      const t = total[k] as number
      if (t < 0 || (lines[k] as number) < 1) continue
      builder.addLine(f, lines[k] as number, hits[k] as number, { covered: this.covered[k] as number, total: t })
    }
  }
}
