/**
 * LCOV tracefile parser (geninfo/lcov 1.x and 2.x, gcovr, istanbul, c8, coverage.py, …).
 *
 * Scans the Buffer directly (no split into line strings). Rules:
 * - A source file may appear in several SF…end_of_record blocks (per test, per shard): DA hits are summed,
 *   BRDA outcomes are summed per (line, block, branch), FNDA/FNA hits are summed per function name.
 * - BRDA taken `-` = the branch was never evaluated: 0 taken, but it counts in the total.
 * - BRDA on a line that has no DA record (istanbul's default-parameter branches) is kept in the file's
 *   unattachedBranches, so lines stay as the DA records say and branch totals stay complete.
 * - Totals come from the DA/BRDA/FN records; LF/LH, BRF/BRH, FNF/FNH are kept as producerTotals only.
 * - Unknown records (TN, VER, FNL end lines, comments) are ignored.
 */
import { UserError } from '../../shared/errors.js'
import type { CoverageReport, FileCoverage, ProducerTotals, Ratio } from '../model.js'
import { ReportBuilder, lineRecord } from './builder.js'
import { LineMap } from './linemap.js'
import type { PathNormalizer } from './paths.js'

const NL = 10
const CR = 13
const COLON = 58
const COMMA = 44
const EMPTY_BUF = Buffer.alloc(0)

interface FileExtra {
  /** line → "block,branch" → taken */
  /** line → flat [key, taken, key, taken, …] (a line has few branches; far smaller than a Map each) */
  branches?: Map<number, (number | string)[]>
  /** function name → hits */
  functions?: Map<string, number>
  /** lcov 2 FNL index → alias names seen for it in this block */
  fnIndex?: Map<string, string>
}

export function parseLcov(buf: Buffer, source: string, paths: PathNormalizer): CoverageReport {
  const stream = lcovStream(source, paths)
  stream.push(buf)
  return stream.finish()
}

/** An LCOV parse fed in pieces; every piece but the last must end with a newline (whole records). */
export interface LcovStream {
  push(chunk: Buffer): void
  finish(): CoverageReport
}

/**
 * Incremental LCOV parser (same rules and messages as parseLcov, which feeds it one buffer): lets a large
 * file be read in chunks instead of one buffer the size of the file.
 */
export function lcovStream(source: string, paths: PathNormalizer): LcovStream {
  const b = new ReportBuilder('lcov', source, paths)
  const extras = new Map<FileCoverage, FileExtra>()
  const sum = { lf: 0, lh: 0, brf: 0, brh: 0, fnf: 0, fnh: 0, hasL: false, hasB: false, hasF: false }
  let lineNo = 0
  // Parser state carried from one chunk to the next (copied into locals while a chunk is parsed).
  let sCur: FileCoverage | undefined
  let sInRecord = false
  let sExtra: FileExtra | undefined
  let sSawSf = false
  let sFresh = false
  let sLastLine = 0
  let chunkBuf: Buffer = EMPTY_BUF

  const bad = (what: string): UserError => new UserError(`${source}:${lineNo}: malformed LCOV ${what}`)

  // Reads an unsigned integer at p; returns [value, nextPos] packed via closure vars for speed.
  let numEnd = 0
  const readUint = (p: number, end: number): number => {
    const buf = chunkBuf
    let n = 0
    let q = p
    for (; q < end; q++) {
      const c = (buf[q] as number) - 48
      if (c < 0 || c > 9) break
      n = n * 10 + c
    }
    numEnd = q
    return q === p ? -1 : n
  }
  const text = (p: number, end: number): string => chunkBuf.toString('utf8', p, end)

  let lines: LineMap | undefined
  scratchN = 0
  const flush = (): void => {
    if (scratchN > 0 && lines !== undefined) lines.adoptSorted(scratchLines, scratchHits, scratchN)
    scratchN = 0
  }

  const push = (buf: Buffer): void => {
    chunkBuf = buf
    const len = buf.length
    let pos = 0
    let cur = sCur
    let inRecord = sInRecord
    let extra = sExtra
    let sawSf = sSawSf
    let fresh = sFresh // the current file had no lines before this SF block: DA lines can be set directly
    let lastLine = sLastLine
    while (pos < len) {
      if (fresh && lines !== undefined && buf[pos] === 68) {
        // Fast run of well-formed, increasing DA lines of a new file (the common case).
        const next = scanDaRun(buf, pos, len, lastLine)
        if (next !== pos) {
          lineNo += runLines
          lastLine = runLast
          pos = next
          continue
        }
      }
      const c0 = buf[pos]
      // Hot path: DA:<line>,<hits>[,<checksum>] parsed in place.
      if (c0 === 68 /* D */ && buf[pos + 1] === 65 /* A */ && buf[pos + 2] === COLON) {
        lineNo++
        if (!inRecord) throw bad('DA record outside an SF block')
        let q = pos + 3
        let line = 0
        let c = (buf[q] as number) - 48
        while (c >= 0 && c <= 9) {
          line = line * 10 + c
          c = (buf[++q] as number) - 48
        }
        const okLine = q > pos + 3 && buf[q] === COMMA
        q++
        let neg = false
        if (buf[q] === 45 /* - */) {
          neg = true
          q++
        }
        const hs = q
        let hits = 0
        c = (buf[q] as number) - 48
        while (c >= 0 && c <= 9) {
          hits = hits * 10 + c
          c = (buf[++q] as number) - 48
        }
        let end = q
        while (end < len && buf[end] !== NL) end++
        let e = end
        if (e > pos && buf[e - 1] === CR) e--
        if (!okLine) throw bad(`DA record "${text(pos, e)}"`)
        if (q === hs || (q < e && buf[q] !== COMMA)) {
          // Hit counts written as floats (some converters) are accepted when integral.
          const f = Number((text(hs, e).split(',')[0] as string).trim())
          if (!Number.isInteger(f) || f < 0) throw bad(`DA record "${text(pos, e)}"`)
          hits = f
        }
        if (neg) hits = 0 // gcov wrap-around negative counts: treat as not executed
        if (scratchN > 0) flush()
        if (cur !== undefined && line >= 1) {
          if (fresh && line > lastLine && lines !== undefined) {
            lines.setHits(line, hits)
            lastLine = line
          } else {
            const prev = cur.lines.get(line)
            cur.lines.set(line, prev === undefined ? lineRecord(hits) : lineRecord(prev.hits + hits, prev.branches))
            if (line > lastLine) lastLine = line
            fresh = false
          }
        }
        pos = end + 1
        continue
      }
      let end = buf.indexOf(NL, pos)
      if (end < 0) end = len
      lineNo++
      let e = end
      if (e > pos && buf[e - 1] === CR) e--
      const c1 = buf[pos + 1]
      if (c0 === 83 /* S */ && c1 === 70 /* F */ && buf[pos + 2] === COLON) {
        const raw = text(pos + 3, e).trim()
        if (raw === '') throw bad('SF record with an empty path')
        sawSf = true
        inRecord = true
        flush()
        cur = b.file(raw)
        fresh = cur !== undefined && cur.lines.size === 0
        lines = cur !== undefined && cur.lines instanceof LineMap ? cur.lines : undefined
        lastLine = 0
        if (cur !== undefined) {
          extra = extras.get(cur)
          if (extra === undefined) {
            extra = {}
            extras.set(cur, extra)
          }
          extra.fnIndex = undefined
        } else {
          extra = undefined
        }
      } else if (c0 === 66 /* B */ && c1 === 82 /* R */) {
        if (startsWith(buf, pos, 'BRDA:')) {
          if (!inRecord) throw bad('BRDA record outside an SF block')
          if (extra !== undefined && brdaFast(buf, pos + 5, e)) {
            addBranch((extra.branches ??= new Map()), gLine, gBlock * 2097152 + gBranch, gTaken)
          } else if (extra !== undefined) {
            const parts = text(pos + 5, e).split(',')
            const line = Number(parts[0])
            const takenRaw = parts[3]
            if (parts.length < 4 || !Number.isInteger(line) || takenRaw === undefined) {
              throw bad(`BRDA record "${text(pos, e)}"`)
            }
            const taken = takenRaw === '-' ? 0 : Number(takenRaw)
            if (!Number.isFinite(taken) || taken < 0) throw bad(`BRDA record "${text(pos, e)}"`)
            // Branch identity is block,branch (lcov 2 may add an expression text after them).
            const key = parts.length > 4 ? `${parts[1]},${parts.slice(2, -1).join(',')}` : `${parts[1]},${parts[2]}`
            addBranch((extra.branches ??= new Map()), line, key, taken)
          }
        } else if (startsWith(buf, pos, 'BRF:')) {
          sum.brf += summaryInt(buf, pos + 4, e, readUint, () => numEnd, bad)
          sum.hasB = true
        } else if (startsWith(buf, pos, 'BRH:')) {
          sum.brh += summaryInt(buf, pos + 4, e, readUint, () => numEnd, bad)
          sum.hasB = true
        }
      } else if (c0 === 70 /* F */ && c1 === 78 /* N */) {
        if (startsWith(buf, pos, 'FNDA:')) {
          if (extra !== undefined) {
            let hits = uintAt(buf, pos + 5, e)
            let name: string
            if (hits >= 0 && buf[gEnd] === COMMA) {
              name = text(gEnd + 1, e)
            } else {
              const s = text(pos + 5, e)
              const comma = s.indexOf(',')
              hits = Number(s.slice(0, comma))
              if (comma < 0 || !Number.isFinite(hits)) throw bad(`FNDA record "${text(pos, e)}"`)
              name = s.slice(comma + 1)
            }
            const fns = (extra.functions ??= new Map())
            fns.set(name, (fns.get(name) ?? 0) + Math.max(0, hits))
          }
        } else if (startsWith(buf, pos, 'FNA:')) {
          // lcov 2: FNA:<index>,<hits>,<alias name>
          if (extra !== undefined) {
            const s = text(pos + 4, e)
            const c1i = s.indexOf(',')
            const c2i = s.indexOf(',', c1i + 1)
            const hits = Number(s.slice(c1i + 1, c2i))
            if (c1i < 0 || c2i < 0 || !Number.isFinite(hits)) throw bad(`FNA record "${text(pos, e)}"`)
            const name = s.slice(c2i + 1)
            const fns = (extra.functions ??= new Map())
            fns.set(name, (fns.get(name) ?? 0) + Math.max(0, hits))
          }
        } else if (startsWith(buf, pos, 'FN:')) {
          // FN:<line>[,<end line>],<name>: declares a function (0 hits until an FNDA says otherwise).
          if (extra !== undefined) {
            const fast = fnNameFast(buf, pos + 3, e)
            if (fast !== undefined) {
              const fns = (extra.functions ??= new Map())
              if (!fns.has(fast)) fns.set(fast, 0)
              pos = end + 1
              continue
            }
            const s = text(pos + 3, e)
            const parts = s.split(',')
            if (parts.length < 2 || !Number.isInteger(Number(parts[0]))) throw bad(`FN record "${text(pos, e)}"`)
            const name = Number.isInteger(Number(parts[1])) && parts.length > 2 ? parts.slice(2).join(',') : parts.slice(1).join(',')
            const fns = (extra.functions ??= new Map())
            if (!fns.has(name)) fns.set(name, 0)
          }
        } else if (startsWith(buf, pos, 'FNF:')) {
          sum.fnf += summaryInt(buf, pos + 4, e, readUint, () => numEnd, bad)
          sum.hasF = true
        } else if (startsWith(buf, pos, 'FNH:')) {
          sum.fnh += summaryInt(buf, pos + 4, e, readUint, () => numEnd, bad)
          sum.hasF = true
        }
      } else if (c0 === 76 /* L */ && (c1 === 70 /* F */ || c1 === 72) /* H */ && buf[pos + 2] === COLON) {
        const v = summaryInt(buf, pos + 3, e, readUint, () => numEnd, bad)
        if (c1 === 70) sum.lf += v
        else sum.lh += v
        sum.hasL = true
      } else if (startsWith(buf, pos, 'end_of_record')) {
        flush()
        inRecord = false
        cur = undefined
        extra = undefined
      } else if (c0 === 0) {
        throw new UserError(`${source}: not an LCOV file: binary data at line ${lineNo}`)
      }
      pos = end + 1
    }
    // The module-level scratch run is never left pending between chunks (another parse may run meanwhile).
    flush()
    sCur = cur
    sInRecord = inRecord
    sExtra = extra
    sSawSf = sawSf
    sFresh = fresh
    sLastLine = lastLine
    chunkBuf = EMPTY_BUF
  }

  const finish = (): CoverageReport => {
    flush()
    if (!sSawSf) throw new UserError(`${source}: not an LCOV file: no SF: records`)
    if (sInRecord) throw new UserError(`${source}: truncated LCOV: the last SF block has no end_of_record`)

    for (const [f, ex] of extras) {
      if (ex.branches !== undefined) {
        for (const [line, m] of ex.branches) {
          if (line < 1) continue
          let covered = 0
          for (let k = 1; k < m.length; k += 2) if ((m[k] as number) > 0) covered++
          // `>> 1`, not `/ 2`: a small-integer field (a division result can be a heap double, whose mixed
          // representation makes V8 migrate every record on first read).
          const br: Ratio = { covered, total: m.length >> 1 }
          const prev = f.lines.get(line)
          if (prev !== undefined) f.lines.set(line, lineRecord(prev.hits, br))
          else {
            // BRDA on a line without DA (istanbul: default-parameter branches on a declaration line).
            const u = f.unattachedBranches
            f.unattachedBranches = { covered: (u?.covered ?? 0) + covered, total: (u?.total ?? 0) + (m.length >> 1) }
          }
        }
      }
      if (ex.functions !== undefined) {
        let covered = 0
        for (const h of ex.functions.values()) if (h > 0) covered++
        f.functions = { covered, total: ex.functions.size }
      }
    }
    const producer: ProducerTotals = {}
    if (sum.hasL) producer.lines = { covered: sum.lh, total: sum.lf }
    if (sum.hasB) producer.branches = { covered: sum.brh, total: sum.brf }
    if (sum.hasF) producer.functions = { covered: sum.fnh, total: sum.fnf }
    return b.finish(producer)
  }
  return { push, finish }
}

function addBranch(brs: Map<number, (number | string)[]>, line: number, key: number | string, taken: number): void {
  const m = brs.get(line)
  if (m === undefined) {
    brs.set(line, [key, taken])
    return
  }
  for (let k = 0; k < m.length; k += 2) {
    if (m[k] === key) {
      m[k + 1] = (m[k + 1] as number) + taken
      return
    }
  }
  m.push(key, taken)
}

/**
 * The name of `FN:<line>,<name>` or `FN:<line>,<end line>,<name>` (bytes p…e after `FN:`) when the
 * fields are plain digits, else undefined (the general split-based path decides). Same result as that
 * path: a second all-digit field followed by a comma is the end line; with no further comma the rest is
 * the name.
 */
export function fnNameFast(buf: Buffer, p: number, e: number): string | undefined {
  const line = uintAt(buf, p, e)
  if (line < 0 || buf[gEnd] !== COMMA) return undefined
  const second = gEnd + 1
  const endLine = uintAt(buf, second, e)
  if (endLine >= 0 && buf[gEnd] === COMMA && gEnd < e) return buf.toString('utf8', gEnd + 1, e)
  // No second numeric field: the name is the rest, provided it holds no comma (else the general path).
  for (let k = second; k < e; k++) if (buf[k] === COMMA) return undefined
  return buf.toString('utf8', second, e)
}

let gEnd = 0
let gLine = 0
let gBlock = 0
let gBranch = 0
let gTaken = 0

/** Unsigned integer at p (up to e); -1 if none. Sets gEnd to the first byte after it. */
function uintAt(buf: Buffer, p: number, e: number): number {
  let n = 0
  let q = p
  while (q < e) {
    const c = (buf[q] as number) - 48
    if (c < 0 || c > 9) break
    n = n * 10 + c
    q++
  }
  gEnd = q
  return q === p || q - p > 15 ? -1 : n
}

/** `<line>,<block>,<branch>,<taken|->` with plain numbers; false for anything else (handled by the slow path). */
function brdaFast(buf: Buffer, p: number, e: number): boolean {
  const line = uintAt(buf, p, e)
  if (line < 0 || buf[gEnd] !== COMMA) return false
  const block = uintAt(buf, gEnd + 1, e)
  if (block < 0 || block >= 2 ** 31 || buf[gEnd] !== COMMA) return false
  const branch = uintAt(buf, gEnd + 1, e)
  if (branch < 0 || branch >= 2097152 || buf[gEnd] !== COMMA) return false
  let taken: number
  if (buf[gEnd + 1] === 45 /* - */ && gEnd + 2 === e) taken = 0
  else {
    taken = uintAt(buf, gEnd + 1, e)
    if (taken < 0 || gEnd !== e) return false
  }
  gLine = line
  gBlock = block
  gBranch = branch
  gTaken = taken
  return true
}

let runLines = 0
let runLast = 0

/**
 * Consume consecutive `DA:<line>,<hits>[,<checksum>]\n` lines with strictly increasing line numbers
 * into the scratch arrays (flushed into the file's LineMap with one allocation). Stops (returning that line's start) at anything else, which the general loop
 * then handles with full checks. Results: runLines (lines consumed), runLast (last line number).
 */
let scratchLines = new Float64Array(1024)
let scratchHits = new Float64Array(1024)
let scratchN = 0

function scratchPush(line: number, hits: number): void {
  if (scratchN === scratchLines.length) {
    const l = new Float64Array(scratchN * 2)
    l.set(scratchLines)
    scratchLines = l
    const h = new Float64Array(scratchN * 2)
    h.set(scratchHits)
    scratchHits = h
  }
  scratchLines[scratchN] = line
  scratchHits[scratchN] = hits
  scratchN++
}

function scanDaRun(buf: Buffer, pos: number, len: number, lastLine: number): number {
  let n = 0
  let last = lastLine
  let p = pos
  while (p + 4 < len && buf[p] === 68 && buf[p + 1] === 65 && buf[p + 2] === COLON) {
    let q = p + 3
    let line = 0
    let c = (buf[q] as number) - 48
    if (c < 0 || c > 9) break
    while (c >= 0 && c <= 9 && q < len) {
      line = line * 10 + c
      c = (buf[++q] as number) - 48
    }
    if (q >= len || buf[q] !== COMMA || line <= last) break
    q++
    const hs = q
    let hits = 0
    c = (buf[q] as number) - 48
    while (c >= 0 && c <= 9 && q < len) {
      hits = hits * 10 + c
      c = (buf[++q] as number) - 48
    }
    if (q === hs || q - hs > 15) break
    const t = buf[q]
    if (t === COMMA) {
      while (q < len && buf[q] !== NL) q++
      if (buf[q - 1] === CR) break
    } else if (t !== NL) break
    if (q >= len) break
    scratchPush(line, hits)
    last = line
    n++
    p = q + 1
  }
  runLines = n
  runLast = last
  return p
}

function startsWith(buf: Buffer, pos: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (buf[pos + i] !== s.charCodeAt(i)) return false
  return true
}

function summaryInt(
  buf: Buffer,
  p: number,
  e: number,
  readUint: (p: number, e: number) => number,
  numEnd: () => number,
  bad: (w: string) => UserError
): number {
  const v = readUint(p, e)
  if (v < 0 || numEnd() !== e) throw bad(`summary record "${buf.toString('utf8', p - 3, e)}"`)
  return v
}
