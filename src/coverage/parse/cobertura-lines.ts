/**
 * Fast path for the hot element of a Cobertura report: the `<line …/>` elements of a class's own lines
 * (millions of them in a big report). They are read straight from the UTF-8 bytes, without attribute
 * strings or maps, into scratch arrays, and written into the file's LineMap in one go.
 *
 * The scanner consumes only complete, self-closing `<line>` elements in the simple, well-formed shape:
 * double-quoted attribute values without `&`, `number` and `hits` as 1–15 decimal digits (exact below
 * 2^53), `branch` ASCII, `condition-coverage` (when it counts) holding a `(covered/total)` pair of 1–15
 * digits each, no attribute named twice. Anything else (children such as `<conditions>`, entities, single
 * quotes, other number forms, comments, truncation, …) stops the scan right before that element, and the
 * general tokenizer and handler take it from there, so results and error messages are those of the general
 * path.
 */
import type { FileCoverage } from '../model.js'
import type { ReportBuilder } from './builder.js'
import { LineMap } from './linemap.js'

const LT = 60
const GT = 62
const SLASH = 47
const EQ = 61
const DQ = 34
const AMP = 38
const LPAREN = 40
const RPAREN = 41
/** Longest digit run read here: 15 digits are below 2^53, so the value is exact. */
const MAX_DIGITS = 15

/**
 * Internal switch for tests: with `fastLines` false every element goes through the general path;
 * `consumed` counts the elements the scanner has read (so tests can see that it ran).
 */
export const coberturaFastPath = { fastLines: true, consumed: 0 }

function isSpace(c: number | undefined): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13
}

/** Whitespace as JavaScript's regex `\s` sees it, for ASCII bytes. */
function isRegexSpace(c: number | undefined): boolean {
  return c === 32 || (c !== undefined && c >= 9 && c <= 13)
}

/** Bytes accepted in an attribute name here (others stop the scan). */
function isNameByte(c: number | undefined): boolean {
  return (
    c !== undefined &&
    ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46 || c === 58)
  )
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

function nameIs(b: Buffer, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false
  return true
}

function grown(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a
  const next = new Float64Array(Math.max(need, a.length * 2))
  next.set(a)
  return next
}

/** Scratch storage for one run of consecutive simple `<line>` elements, reused from run to run. */
export class LineRun {
  /** Elements consumed by the last scan (including line numbers < 1, which are recorded but not stored). */
  n = 0
  lines: Float64Array = new Float64Array(256)
  hits: Float64Array = new Float64Array(256)
  /** Branch outcomes; `total` -1 = the line has no branches. */
  covered: Float64Array = new Float64Array(256)
  total: Float64Array = new Float64Array(256)
  private plainLines = new Float64Array(256)
  private plainHits = new Float64Array(256)
  /** Set by matchCondition. */
  private cCovered = 0
  private cTotal = 0

  /**
   * Consume consecutive simple `<line>` elements (and the whitespace between them) from `pos`; returns the
   * index after the last one consumed, or `pos` when there was none.
   */
  scan(b: Buffer, pos: number): number {
    const len = b.length
    let n = 0
    let done = pos
    outer: for (;;) {
      let j = done
      while (isSpace(b[j])) j++
      if (b[j] !== LT || b[j + 1] !== 108 || b[j + 2] !== 105 || b[j + 3] !== 110 || b[j + 4] !== 101) break
      j += 5
      if (!isSpace(b[j])) break
      let nr = -1
      let hits = -1
      let branchSeen = false
      let branchFalse = false
      let ccStart = -1
      let ccEnd = -1
      // The usual prefix ` number="N" hits="H"` in one pass; the attribute loop below reads the rest.
      if (
        b[j] === 32 &&
        b[j + 1] === 110 &&
        b[j + 2] === 117 &&
        b[j + 3] === 109 &&
        b[j + 4] === 98 &&
        b[j + 5] === 101 &&
        b[j + 6] === 114 &&
        b[j + 7] === EQ &&
        b[j + 8] === DQ
      ) {
        let k = j + 9
        let v = 0
        let c = (b[k] as number) - 48
        while (c >= 0 && c <= 9) {
          v = v * 10 + c
          c = (b[++k] as number) - 48
        }
        const nEnd = k
        if (
          k - j - 9 > 0 &&
          k - j - 9 <= MAX_DIGITS &&
          b[k] === DQ &&
          b[k + 1] === 32 &&
          b[k + 2] === 104 &&
          b[k + 3] === 105 &&
          b[k + 4] === 116 &&
          b[k + 5] === 115 &&
          b[k + 6] === EQ &&
          b[k + 7] === DQ
        ) {
          nr = v
          j = k + 1
          k += 8
          const hs = k
          v = 0
          c = (b[k] as number) - 48
          while (c >= 0 && c <= 9) {
            v = v * 10 + c
            c = (b[++k] as number) - 48
          }
          if (k > hs && k - hs <= MAX_DIGITS && b[k] === DQ) {
            hits = v
            j = k + 1
            if (b[j] === SLASH && b[j + 1] === GT) {
              if (n === this.lines.length) this.grow(n + 1)
              this.lines[n] = nr
              this.hits[n] = hits
              this.total[n] = -1
              n++
              done = j + 2
              continue
            }
          }
        } else if (k > j + 9 && k - j - 9 <= MAX_DIGITS && b[k] === DQ) {
          nr = v
          j = nEnd + 1
        }
      }
      for (;;) {
        let c = b[j]
        while (isSpace(c)) c = b[++j]
        if (c === SLASH) {
          if (b[j + 1] !== GT) break outer
          j += 2
          break
        }
        const ns = j
        while (isNameByte(c)) c = b[++j]
        const ne = j
        if (ne === ns || c !== EQ || b[j + 1] !== DQ) break outer
        const vs = j + 2
        let ve = vs
        for (;;) {
          if (ve >= len) break outer
          const d = b[ve] as number
          if (d === DQ) break
          if (d === AMP) break outer
          ve++
        }
        j = ve + 1
        const first = b[ns]
        if (first === 110 /* n */ && nameIs(b, ns, ne, 'number')) {
          if (nr >= 0) break outer
          nr = digits(b, vs, ve)
          if (nr < 0) break outer
        } else if (first === 104 /* h */ && nameIs(b, ns, ne, 'hits')) {
          if (hits >= 0) break outer
          hits = digits(b, vs, ve)
          if (hits < 0) break outer
        } else if (first === 98 /* b */ && nameIs(b, ns, ne, 'branch')) {
          if (branchSeen) break outer
          branchSeen = true
          for (let k = vs; k < ve; k++) if ((b[k] as number) >= 0x80) break outer
          // Case-insensitive "false" (only 'F'/'f' etc. give these bytes when OR-ed with 0x20).
          branchFalse =
            ve - vs === 5 &&
            ((b[vs] as number) | 0x20) === 102 &&
            ((b[vs + 1] as number) | 0x20) === 97 &&
            ((b[vs + 2] as number) | 0x20) === 108 &&
            ((b[vs + 3] as number) | 0x20) === 115 &&
            ((b[vs + 4] as number) | 0x20) === 101
        } else if (first === 99 /* c */ && nameIs(b, ns, ne, 'condition-coverage')) {
          if (ccStart >= 0) break outer
          ccStart = vs
          ccEnd = ve
        }
      }
      if (nr < 0 || hits < 0) break
      let total = -1
      let covered = 0
      if (ccStart >= 0 && !branchFalse) {
        if (!this.matchCondition(b, ccStart, ccEnd)) break
        covered = this.cCovered
        total = this.cTotal
      }
      if (n === this.lines.length) this.grow(n + 1)
      this.lines[n] = nr
      this.hits[n] = hits
      this.covered[n] = covered
      this.total[n] = total
      n++
      done = j
    }
    this.n = n
    return done
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
      if (covered < 0 || total < 0) return false
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
    let sorted = map instanceof LineMap && map.size === 0
    let plain = 0
    let branchy = 0
    if (sorted) {
      let prev = 0
      for (let k = 0; k < n; k++) {
        const line = lines[k] as number
        if (line < 1) continue
        if (line <= prev) {
          sorted = false
          break
        }
        prev = line
        if ((total[k] as number) < 0) plain++
        else branchy++
      }
    }
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
