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
 *
 * Functions and branches are tallied per SF block without making strings: names are compared as bytes
 * and branch ids as numbers, and the block's totals go straight onto the file. A block that does not fit
 * that shape (a name with non-ASCII bytes, a branch id that is not a number) and every file that has
 * several blocks is instead tallied exactly by name at the end, from its blocks' bytes read again
 * (`reread`). A block may span pieces of a file read in chunks: its DA run and names stay pending.
 */
import { UserError } from '../../shared/errors.js'
import { MAX_HITS, type CoverageReport, type FileCoverage, type ProducerTotals } from '../model.js'
import { MAX_LINE, ReportBuilder, lineRecord } from './builder.js'
import { LineMap } from './linemap.js'
import type { PathNormalizer } from './paths.js'

const NL = 10
const CR = 13
const COLON = 58
const COMMA = 44
const EMPTY_BUF = Buffer.alloc(0)

/*
 * Counts are capped at MAX_HITS (model.ts, Number.MAX_SAFE_INTEGER, 2^53 - 1): a larger one (a 400-digit DA, BRDA, FNDA/FNA or
 * summary count, or a sum of repeated records) is saturated to it, never Infinity. Coverage only asks
 * whether a count is above 0; this value is still an exact integer, which the LineMap stores exactly (it
 * widens its Int32 storage to Float64 for counts above 2^31 - 1) and a baseline reads back (it accepts safe
 * integers). The fast paths never reach it: they take at most 9 digits (DA runs) or 15 digits (BRDA, FNDA,
 * FNA); the checked paths clamp.
 */

/** a + b for counts, saturated at MAX_HITS. */
function addHits(a: number, b: number): number {
  const sum = a + b
  return sum > MAX_HITS ? MAX_HITS : sum
}

/**
 * Branch ids: a BRDA `<block>,<branch>` pair of plain numbers is packed into one number,
 * block * BRANCH_ID_RADIX + branch, so branches are compared as numbers, not strings. With block below
 * 2^31 and branch below 2^21 the id stays below 2^52, an exact integer in a double, and distinct pairs get
 * distinct ids. Other pairs (bigger numbers, expressions) keep a string id.
 */
const BRANCH_ID_RADIX = 2 ** 21
const BRANCH_BLOCK_LIMIT = 2 ** 31

/** Exact per-file tallies (by name / branch id), for files the per-block fast tally cannot settle. */
interface FileExtra {
  /** line → flat [key, taken, key, taken, …] (a line has few branches; far smaller than a Map each) */
  branches?: Map<number, (number | string)[]>
  /** function name → hits */
  functions?: Map<string, number>
}

/** Bytes `start…end` of the report (offsets as given to LcovStream.push), for the exact re-tally. */
export type LcovReread = (start: number, end: number) => Buffer

export interface LcovOptions {
  /** Tally every file by name (the reference path; tests compare the fast path against it). */
  exactOnly?: boolean
}

export function parseLcov(buf: Buffer, source: string, paths: PathNormalizer, opts: LcovOptions = {}): CoverageReport {
  const stream = lcovStream(source, paths, (start, end) => buf.subarray(start, end), opts)
  stream.push(buf, 0)
  return stream.finish()
}

/** An LCOV parse fed in pieces; every piece but the last must end with a newline (whole records). */
export interface LcovStream {
  /** `offset`: where the piece starts in the report (for `reread`). */
  push(chunk: Buffer, offset: number): void
  finish(): CoverageReport
}

/**
 * Incremental LCOV parser (same rules and messages as parseLcov, which feeds it one buffer): lets a large
 * file be read in chunks instead of one buffer the size of the file.
 */
export function lcovStream(source: string, paths: PathNormalizer, reread: LcovReread, opts: LcovOptions = {}): LcovStream {
  return new LcovParser(source, paths, reread, opts.exactOnly === true)
}

/**
 * The parser state carried from one chunk to the next. The per-line loop (`scan`) is kept small and the
 * record kinds live in their own methods, so V8 optimises the loop early and cheaply: a short-lived CLI
 * process spends a real share of its time waiting for the optimising compiler.
 */
class LcovParser implements LcovStream {
  private readonly b: ReportBuilder
  /**
   * Each file's first block as [start, end] report offsets at its index (kept in the file's
   * LineMap.parserTag); `exactAt[index]` = 1 once the file is to be tallied by name at the end.
   */
  private ranges = new Float64Array(1024)
  private exactAt = new Uint8Array(512)
  private rangeN = 0
  /** Later blocks of files that have several: [start, end, start, end, …]. */
  private readonly moreBlocks = new Map<FileCoverage, number[]>()
  /** Files tallied exactly (by name) at the end instead of per block, with their block index. */
  private readonly exact: [FileCoverage, number][] = []
  private readonly tally = new BlockTally()
  private readonly run = new DaRun()
  /** Reads the numeric fields of BRDA, FN, FNDA and FNA records (one per parser, reused record to record). */
  private readonly fields = new FieldReader()
  private lf = 0
  private lh = 0
  private brf = 0
  private brh = 0
  private fnf = 0
  private fnh = 0
  private hasL = false
  private hasB = false
  private hasF = false
  private lineNo = 0
  private cur: FileCoverage | undefined
  /** The current file's LineMap (undefined outside a block or for a file outside the repo). */
  private lines: LineMap | undefined
  private inRecord = false
  private sawSf = false
  /** The current file had no lines before this SF block: DA lines can be set directly. */
  private fresh = false
  private lastLine = 0
  /** Report offset of the current block's SF line. */
  private blockStart = 0
  /** The piece being parsed, and its report offset. */
  private chunk: Buffer = EMPTY_BUF
  private offset = 0

  constructor(
    private readonly source: string,
    paths: PathNormalizer,
    private readonly reread: LcovReread,
    private readonly exactOnly: boolean
  ) {
    this.b = new ReportBuilder('lcov', source, paths)
  }

  push(chunk: Buffer, offset: number): void {
    this.chunk = chunk
    this.offset = offset
    // Indexing a plain Uint8Array view is markedly faster in V8 than indexing the Buffer itself.
    this.scan(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length))
    // An open block goes on in the next piece: its DA run and function names (copied) stay pending.
    this.chunk = EMPTY_BUF
  }

  private scan(buf: Uint8Array): void {
    const len = buf.length
    // Fast DA runs stay before the last newline: every number there ends at a non-digit within bounds.
    let lim = len
    while (lim > 0 && buf[lim - 1] !== NL) lim--
    let pos = 0
    while (pos < len) {
      if (this.fresh && buf[pos] === 68 /* D */ && this.lines !== undefined) {
        // Fast run of well-formed, increasing DA lines of a new file (the common case).
        const run = this.run
        const next = run.scan(buf, pos, lim, this.lastLine)
        if (next !== pos) {
          this.lineNo += run.scanned
          this.lastLine = run.last
          pos = next
          continue
        }
      }
      let end = pos
      while (end < len && buf[end] !== NL) end++
      this.lineNo++
      let e = end
      if (e > pos && buf[e - 1] === CR) e--
      this.record(buf, pos, e, end)
      pos = end + 1
    }
  }

  /** One record (bytes pos…e, its newline at `end`). Unknown records (TN, VER, FNL, …) are ignored. */
  private record(buf: Uint8Array, pos: number, e: number, end: number): void {
    const c0 = buf[pos]
    const c1 = buf[pos + 1]
    const c2 = buf[pos + 2]
    const c3 = buf[pos + 3]
    if (c0 === 68 /* D */ && c1 === 65 /* A */ && c2 === COLON) this.da(buf, pos, e)
    else if (c0 === 83 /* S */ && c1 === 70 /* F */ && c2 === COLON) this.sf(pos, e)
    else if (c0 === 66 /* B */ && c1 === 82 /* R */) {
      if (c2 === 68 /* D */ && c3 === 65 /* A */ && buf[pos + 4] === COLON) this.brda(buf, pos, e)
      else if (c2 === 70 /* F */ && c3 === COLON) {
        this.brf = addHits(this.brf, summaryInt(buf, pos + 4, e, this))
        this.hasB = true
      } else if (c2 === 72 /* H */ && c3 === COLON) {
        this.brh = addHits(this.brh, summaryInt(buf, pos + 4, e, this))
        this.hasB = true
      }
    } else if (c0 === 70 /* F */ && c1 === 78 /* N */) {
      if (c2 === 68 /* D */ && c3 === 65 /* A */ && buf[pos + 4] === COLON) this.fnda(buf, pos, e)
      else if (c2 === 65 /* A */ && c3 === COLON) this.fna(buf, pos, e)
      else if (c2 === COLON) this.fn(buf, pos, e)
      else if (c2 === 70 /* F */ && c3 === COLON) {
        this.fnf = addHits(this.fnf, summaryInt(buf, pos + 4, e, this))
        this.hasF = true
      } else if (c2 === 72 /* H */ && c3 === COLON) {
        this.fnh = addHits(this.fnh, summaryInt(buf, pos + 4, e, this))
        this.hasF = true
      }
    } else if (c0 === 76 /* L */ && (c1 === 70 /* F */ || c1 === 72) /* H */ && c2 === COLON) {
      const v = summaryInt(buf, pos + 3, e, this)
      if (c1 === 70) this.lf = addHits(this.lf, v)
      else this.lh = addHits(this.lh, v)
      this.hasL = true
    } else if (c0 === 101 /* e */ && startsWith(buf, pos, 'end_of_record')) {
      if (this.cur !== undefined) this.closeBlock(this.cur, this.offset + Math.min(end + 1, buf.length))
      this.inRecord = false
      this.cur = undefined
      this.lines = undefined
    } else if (c0 === 0) {
      throw new UserError(`${this.source}: not an LCOV file: binary data at line ${this.lineNo}`)
    }
  }

  /** A malformed-record error at the current line. */
  bad(what: string): UserError {
    return new UserError(`${this.source}:${this.lineNo}: malformed LCOV ${what}`)
  }

  /** Bytes p…end of the current piece as text. */
  text(p: number, end: number): string {
    return this.chunk.toString('utf8', p, end)
  }

  /** DA:<line>,<hits>[,<checksum>] outside a fast run: every check, and lines summed when repeated. */
  private da(buf: Uint8Array, pos: number, e: number): void {
    if (!this.inRecord) throw this.bad('DA record outside an SF block')
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
    if (!okLine || line > MAX_LINE) throw this.bad(`DA record "${this.text(pos, e)}"`)
    if (q === hs || (q < e && buf[q] !== COMMA)) {
      // Hit counts written as floats (some converters) are accepted when integral ("3.0"); decimal only, so
      // "1E308" and "0x10" are malformed, never a plausible count.
      const f = countField((this.text(hs, e).split(',')[0] as string).trim())
      if (!Number.isInteger(f) || f < 0) throw this.bad(`DA record "${this.text(pos, e)}"`)
      hits = f
    }
    if (hits > MAX_HITS) hits = MAX_HITS // also a digit run too long for a double (Infinity)
    if (neg) hits = 0 // gcov wrap-around negative counts: treat as not executed
    if (this.run.n > 0) this.flush()
    const cur = this.cur
    if (line < 1) this.b.skippedLineZero(1) // not a source line: left out, and said so in the warnings
    if (cur === undefined || line < 1) return
    if (this.fresh && line > this.lastLine && this.lines !== undefined) {
      this.lines.setHits(line, hits)
      this.lastLine = line
    } else {
      const prev = cur.lines.get(line)
      cur.lines.set(line, prev === undefined ? lineRecord(hits) : lineRecord(addHits(prev.hits, hits), prev.branches))
      if (line > this.lastLine) this.lastLine = line
      this.fresh = false
    }
  }

  private sf(pos: number, e: number): void {
    const raw = this.text(pos + 3, e).trim()
    if (raw === '') throw this.bad('SF record with an empty path')
    if (this.cur !== undefined) this.closeBlock(this.cur, this.offset + pos)
    this.sawSf = true
    this.inRecord = true
    this.flush()
    const cur = this.b.file(raw)
    this.cur = cur
    this.fresh = cur !== undefined && cur.lines.size === 0
    this.lines = cur !== undefined && cur.lines instanceof LineMap ? cur.lines : undefined
    this.lastLine = 0
    this.blockStart = this.offset + pos
    this.tally.reset()
  }

  private brda(buf: Uint8Array, pos: number, e: number): void {
    if (!this.inRecord) throw this.bad('BRDA record outside an SF block')
    if (this.cur === undefined) return
    const f = this.fields
    if (f.brda(buf, pos + 5, e)) {
      if (!this.tally.inexact) this.tally.branch(f.line, f.block * BRANCH_ID_RADIX + f.branch, f.taken)
    } else {
      brdaSlow(this.text(pos + 5, e), () => this.bad(`BRDA record "${this.text(pos, e)}"`))
      this.tally.inexact = true
    }
  }

  /** FNDA:<hits>,<name> */
  private fnda(buf: Uint8Array, pos: number, e: number): void {
    if (this.cur === undefined) return
    const f = this.fields
    const hits = f.uint(buf, pos + 5, e)
    this.fnRecord(buf, pos, e, hits >= 0 && buf[f.end] === COMMA ? f.end + 1 : -1, hits, 'FNDA', fndaSlow)
  }

  /** lcov 2: FNA:<index>,<hits>,<alias name> */
  private fna(buf: Uint8Array, pos: number, e: number): void {
    if (this.cur === undefined) return
    const name = this.fields.fnaNameStart(buf, pos + 4, e)
    this.fnRecord(buf, pos, e, name, this.fields.hits, 'FNA', fnaSlow)
  }

  /** FN:<line>[,<end line>],<name>: declares a function (0 hits until an FNDA says otherwise). */
  private fn(buf: Uint8Array, pos: number, e: number): void {
    if (this.cur === undefined) return
    this.fnRecord(buf, pos, e, this.fields.fnNameStart(buf, pos + 3, e), 0, 'FN', fnSlow)
  }

  /**
   * A function record whose name starts at `name` (bytes up to e) with `hits`; name < 0 when the fast
   * reading does not apply: the record is then checked by the general rule (`slow`, which throws the
   * malformed-record error) and its block is tallied by name at the end.
   */
  private fnRecord(
    buf: Uint8Array,
    pos: number,
    e: number,
    name: number,
    hits: number,
    tag: 'FN' | 'FNDA' | 'FNA',
    slow: (fields: string, bad: () => UserError) => unknown
  ): void {
    if (name >= 0) {
      if (!this.tally.inexact) this.tally.fn(buf, name, e, hits)
      return
    }
    slow(this.text(pos + tag.length + 1, e), () => this.bad(`${tag} record "${this.text(pos, e)}"`))
    this.tally.inexact = true
  }

  private flush(): void {
    const run = this.run
    if (run.n > 0 && this.lines !== undefined) this.lines.adoptDense(run.d, run.max, run.n, run.covered)
    run.clear()
  }

  /** End of the current file's block at report offset `end`: record its range, settle its tallies. */
  private closeBlock(cur: FileCoverage, end: number): void {
    this.flush()
    const lines = cur.lines as LineMap
    let k = lines.parserTag
    if (k < 0) {
      k = this.rangeN++
      if (k * 2 === this.ranges.length) this.ranges = grow64(this.ranges)
      if (k === this.exactAt.length) {
        const next = new Uint8Array(k * 2)
        next.set(this.exactAt)
        this.exactAt = next
      }
      this.ranges[k * 2] = this.blockStart
      this.ranges[k * 2 + 1] = end
      lines.parserTag = k
      if (this.tally.inexact || this.exactOnly) this.markExact(cur, k)
      else this.tally.settle(cur)
    } else {
      const more = this.moreBlocks.get(cur)
      if (more === undefined) this.moreBlocks.set(cur, [this.blockStart, end])
      else more.push(this.blockStart, end)
      this.markExact(cur, k)
    }
    this.tally.reset()
  }

  private markExact(f: FileCoverage, k: number): void {
    if (this.exactAt[k] === 1) return
    this.exactAt[k] = 1
    this.exact.push([f, k])
  }

  finish(): CoverageReport {
    this.flush()
    if (!this.sawSf) throw new UserError(`${this.source}: not an LCOV file: no SF: records`)
    if (this.inRecord) throw new UserError(`${this.source}: truncated LCOV: the last SF block has no end_of_record`)
    for (const [f, k] of this.exact) {
      const all = [this.ranges[k * 2] as number, this.ranges[k * 2 + 1] as number, ...(this.moreBlocks.get(f) ?? [])]
      exactTally(f, all, this.reread)
    }
    // The tags were this parse's bookkeeping only.
    for (const f of this.b.files.values()) if (f.lines instanceof LineMap) f.lines.parserTag = -1
    const producer: ProducerTotals = {}
    if (this.hasL) producer.lines = { covered: this.lh, total: this.lf }
    if (this.hasB) producer.branches = { covered: this.brh, total: this.brf }
    if (this.hasF) producer.functions = { covered: this.fnh, total: this.fnf }
    return this.b.finish(producer)
  }
}

/**
 * Functions and branches of ONE block, without strings: a function is its name's bytes (copied, compared
 * byte for byte through a small hash table), a branch is (line, numeric id, taken). `settle` puts the
 * block's totals on its file; a block that cannot be tallied this way sets `inexact` (its file is then
 * tallied by name at the end).
 */
class BlockTally {
  inexact = false
  /** The block's function names, copied (a block may go on in the next piece of the file). */
  private names = new Uint8Array(4096)
  private namesLen = 0
  private fnN = 0
  private fnStart = new Int32Array(64)
  private fnEnd = new Int32Array(64)
  private fnHash = new Int32Array(64)
  private fnHits = new Float64Array(64)
  /** Open-addressing table: slot → entry + 1, valid while slotGen[slot] === gen. */
  private slots = new Int32Array(256)
  private slotGen = new Int32Array(256)
  private gen = 1
  private brN = 0
  private brLine = new Float64Array(64)
  private brKey = new Float64Array(64)
  private brTaken = new Float64Array(64)

  reset(): void {
    this.inexact = false
    this.namesLen = 0
    this.fnN = 0
    this.brN = 0
    if (++this.gen === 2 ** 31 - 1) {
      this.slotGen.fill(0)
      this.gen = 1
    }
  }

  /** A function named by bytes s…e of buf (FN: hits 0, FNDA/FNA: its hits). */
  fn(buf: Uint8Array, s: number, e: number, hits: number): void {
    let h = 0x811c9dc5 | 0 // int32, as stored in fnHash
    let high = 0
    for (let k = s; k < e; k++) {
      const c = buf[k] as number
      high |= c
      h = Math.imul(h ^ c, 0x01000193)
    }
    // Names with non-ASCII bytes: invalid UTF-8 decodes to U+FFFD, so byte equality could differ from
    // the string equality the exact tally uses.
    if (high >= 128) {
      this.inexact = true
      return
    }
    const mask = this.slots.length - 1
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      if (this.slotGen[slot] !== this.gen) {
        const i = this.fnN++
        if (i === this.fnStart.length) this.growFns()
        const at = this.keepName(buf, s, e)
        this.fnStart[i] = at
        this.fnEnd[i] = at + (e - s)
        this.fnHash[i] = h
        this.fnHits[i] = hits
        this.slotGen[slot] = this.gen
        this.slots[slot] = i + 1
        if (this.fnN * 2 > this.slots.length) this.rehash()
        return
      }
      const i = (this.slots[slot] as number) - 1
      if (this.fnHash[i] === h && sameBytes(this.names, this.fnStart[i] as number, this.fnEnd[i] as number, buf, s, e)) {
        this.fnHits[i] = (this.fnHits[i] as number) + hits
        return
      }
    }
  }

  /** Copy bytes s…e of buf after the names kept so far; returns where they start. */
  private keepName(buf: Uint8Array, s: number, e: number): number {
    const at = this.namesLen
    const end = at + (e - s)
    if (end > this.names.length) {
      let size = this.names.length * 2
      while (size < end) size *= 2
      const next = new Uint8Array(size)
      next.set(this.names.subarray(0, at))
      this.names = next
    }
    const names = this.names
    for (let k = s; k < e; k++) names[at + k - s] = buf[k] as number
    this.namesLen = end
    return at
  }

  branch(line: number, key: number, taken: number): void {
    const i = this.brN++
    if (i === this.brLine.length) {
      this.brLine = grow64(this.brLine)
      this.brKey = grow64(this.brKey)
      this.brTaken = grow64(this.brTaken)
    }
    this.brLine[i] = line
    this.brKey[i] = key
    this.brTaken[i] = taken
  }

  /** Put this block's totals on its (first-seen) file. */
  settle(f: FileCoverage): void {
    if (this.fnN > 0) {
      let covered = 0
      for (let i = 0; i < this.fnN; i++) if ((this.fnHits[i] as number) > 0) covered++
      f.functions = { covered, total: this.fnN }
    }
    if (this.brN > 0) this.settleBranches(f)
  }

  private settleBranches(f: FileCoverage): void {
    const n = this.brN
    let order: number[] | undefined
    for (let i = 1; i < n; i++) {
      const dl = (this.brLine[i] as number) - (this.brLine[i - 1] as number)
      if (dl < 0 || (dl === 0 && (this.brKey[i] as number) <= (this.brKey[i - 1] as number))) {
        order = []
        break
      }
    }
    if (order !== undefined) {
      for (let i = 0; i < n; i++) order.push(i)
      order.sort((a, c) => (this.brLine[a] as number) - (this.brLine[c] as number) || (this.brKey[a] as number) - (this.brKey[c] as number))
    }
    const lm = f.lines instanceof LineMap ? f.lines : undefined
    let ucov = 0
    let utot = 0
    let i = 0
    while (i < n) {
      const line = this.brLine[order === undefined ? i : (order[i] as number)] as number
      let covered = 0
      let total = 0
      while (i < n) {
        const a = order === undefined ? i : (order[i] as number)
        if (this.brLine[a] !== line) break
        const key = this.brKey[a] as number
        let taken = this.brTaken[a] as number
        i++
        // The same branch listed twice in one block: one branch, outcomes summed.
        while (i < n) {
          const c = order === undefined ? i : (order[i] as number)
          if (this.brLine[c] !== line || this.brKey[c] !== key) break
          taken += this.brTaken[c] as number
          i++
        }
        total++
        if (taken > 0) covered++
      }
      if (line < 1) continue
      if (lm !== undefined ? lm.setBranches(line, covered, total) : setBranchesOn(f, line, covered, total)) continue
      // BRDA on a line without DA (istanbul: default-parameter branches on a declaration line).
      ucov += covered
      utot += total
    }
    if (utot > 0) {
      const u = f.unattachedBranches
      f.unattachedBranches = { covered: (u?.covered ?? 0) + ucov, total: (u?.total ?? 0) + utot }
    }
  }

  private growFns(): void {
    const n = this.fnStart.length * 2
    const s = new Int32Array(n)
    s.set(this.fnStart)
    this.fnStart = s
    const e = new Int32Array(n)
    e.set(this.fnEnd)
    this.fnEnd = e
    const h = new Int32Array(n)
    h.set(this.fnHash)
    this.fnHash = h
    this.fnHits = grow64(this.fnHits)
  }

  private rehash(): void {
    const size = this.slots.length * 2
    this.slots = new Int32Array(size)
    this.slotGen = new Int32Array(size)
    this.gen = 1
    const mask = size - 1
    for (let i = 0; i < this.fnN; i++) {
      let slot = (this.fnHash[i] as number) & mask
      while (this.slotGen[slot] === this.gen) slot = (slot + 1) & mask
      this.slotGen[slot] = this.gen
      this.slots[slot] = i + 1
    }
  }
}

function grow64(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const next = new Float64Array(a.length * 2)
  next.set(a)
  return next
}

function sameBytes(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false
  for (let k = 0; k < ae - as; k++) if (a[as + k] !== b[bs + k]) return false
  return true
}

function setBranchesOn(f: FileCoverage, line: number, covered: number, total: number): boolean {
  const prev = f.lines.get(line)
  if (prev === undefined) return false
  f.lines.set(line, lineRecord(prev.hits, { covered, total }))
  return true
}

/**
 * The file's functions and branches tallied by name and branch id over all its blocks (bytes read again),
 * replacing what per-block tallies put there. The records were validated by the first pass.
 */
function exactTally(f: FileCoverage, ranges: number[], reread: LcovReread): void {
  const ex: FileExtra = {}
  for (let k = 0; k < ranges.length; k += 2) {
    const bytes = reread(ranges[k] as number, ranges[k + 1] as number)
    const buf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)
    const text = (p: number, end: number): string => bytes.toString('utf8', p, end)
    let pos = 0
    while (pos < buf.length) {
      let end = buf.indexOf(NL, pos)
      if (end < 0) end = buf.length
      let e = end
      if (e > pos && buf[e - 1] === CR) e--
      if (buf[pos] === 66 /* B */ && startsWith(buf, pos, 'BRDA:')) {
        const [line, key, taken] = brdaSlow(text(pos + 5, e), () => new UserError('BRDA'))
        addBranch((ex.branches ??= new Map()), line, key, taken)
      } else if (buf[pos] === 70 /* F */ && buf[pos + 1] === 78 /* N */) {
        let named: [string, number] | undefined
        if (startsWith(buf, pos, 'FNDA:')) named = fndaSlow(text(pos + 5, e), () => new UserError('FNDA'))
        else if (startsWith(buf, pos, 'FNA:')) named = fnaSlow(text(pos + 4, e), () => new UserError('FNA'))
        else if (startsWith(buf, pos, 'FN:')) named = [fnSlow(text(pos + 3, e), () => new UserError('FN')), 0]
        if (named !== undefined) {
          const fns = (ex.functions ??= new Map())
          fns.set(named[0], addHits(fns.get(named[0]) ?? 0, named[1]))
        }
      }
      pos = end + 1
    }
  }
  if (f.lines instanceof LineMap) f.lines.dropBranches()
  else for (const [line, rec] of f.lines) if (rec.branches !== undefined) f.lines.set(line, lineRecord(rec.hits))
  f.unattachedBranches = undefined
  f.functions = undefined
  let ucov = 0
  let utot = 0
  for (const [line, m] of ex.branches ?? []) {
    if (line < 1) continue
    let covered = 0
    for (let k = 1; k < m.length; k += 2) if ((m[k] as number) > 0) covered++
    // `>> 1`, not `/ 2`: keeps the count a small integer.
    const total = m.length >> 1
    if (setBranchesOn(f, line, covered, total)) continue
    // BRDA on a line without DA (istanbul: default-parameter branches on a declaration line).
    ucov += covered
    utot += total
  }
  if (utot > 0) f.unattachedBranches = { covered: ucov, total: utot }
  if (ex.functions !== undefined) {
    let covered = 0
    for (const h of ex.functions.values()) if (h > 0) covered++
    f.functions = { covered, total: ex.functions.size }
  }
}

/** `BRDA:` fields (after the tag) by the general rule: [line, branch id, taken]; throws `bad()` if malformed. */
function brdaSlow(s: string, bad: () => UserError): [number, number | string, number] {
  const parts = s.split(',')
  const line = /^\d{1,10}$/.test(parts[0] ?? '') ? Number(parts[0]) : NaN
  // taken is the last field: an lcov 2 branch expression may itself hold commas.
  const takenRaw = parts[parts.length - 1]
  if (parts.length < 4 || !(line <= MAX_LINE) || takenRaw === undefined) throw bad()
  const taken = takenRaw === '-' ? 0 : countField(takenRaw)
  if (!Number.isFinite(taken) || taken < 0) throw bad()
  // Branch identity is block,branch (lcov 2 may add an expression text after them). Plain numbers use the
  // fast path's numeric id, so both paths name one branch alike.
  if (parts.length === 4) {
    const bl = parts[1] as string
    const br = parts[2] as string
    if (
      /^\d{1,10}$/.test(bl) &&
      /^\d{1,7}$/.test(br) &&
      Number(bl) < BRANCH_BLOCK_LIMIT &&
      Number(br) < BRANCH_ID_RADIX
    ) {
      return [line, Number(bl) * BRANCH_ID_RADIX + Number(br), taken]
    }
  }
  const key = parts.length > 4 ? `${parts[1]},${parts.slice(2, -1).join(',')}` : `${parts[1]},${parts[2]}`
  return [line, key, taken]
}

/** A decimal count: optionally signed digits, an integral float such as "3.0" allowed. No exponent, no hex. */
const DECIMAL_COUNT = /^\s*[-+]?\d+(?:\.\d*)?\s*$/

/**
 * The number in a count field of the general path (DA hits written as floats, BRDA taken, FNDA/FNA hits),
 * saturated at ±MAX_HITS: a digit string too long for a double counts as MAX_HITS, not Infinity. NaN when it is
 * no decimal number (`1E308`, `0x10`, `Infinity`): callers check the sign and integrality and reject NaN.
 */
function countField(raw: string): number {
  if (!DECIMAL_COUNT.test(raw)) return NaN
  const n = Number(raw)
  if (Number.isFinite(n)) return n > MAX_HITS ? MAX_HITS : n < -MAX_HITS ? -MAX_HITS : n
  return n > 0 ? MAX_HITS : -MAX_HITS
}

/** `FNDA:<hits>,<name>` by the general rule. */
function fndaSlow(s: string, bad: () => UserError): [string, number] {
  const comma = s.indexOf(',')
  const hits = countField(s.slice(0, comma))
  if (comma < 0 || !Number.isFinite(hits)) throw bad()
  return [s.slice(comma + 1), Math.max(0, hits)]
}

/** lcov 2 `FNA:<index>,<hits>,<alias name>` by the general rule. */
function fnaSlow(s: string, bad: () => UserError): [string, number] {
  const c1i = s.indexOf(',')
  const c2i = s.indexOf(',', c1i + 1)
  const hits = countField(s.slice(c1i + 1, c2i))
  if (c1i < 0 || c2i < 0 || !Number.isFinite(hits)) throw bad()
  return [s.slice(c2i + 1), Math.max(0, hits)]
}

/** `FN:<line>[,<end line>],<name>` by the general rule: the name. */
function fnSlow(s: string, bad: () => UserError): string {
  const parts = s.split(',')
  if (parts.length < 2 || !Number.isInteger(Number(parts[0]))) throw bad()
  return Number.isInteger(Number(parts[1])) && parts.length > 2 ? parts.slice(2).join(',') : parts.slice(1).join(',')
}

function addBranch(brs: Map<number, (number | string)[]>, line: number, key: number | string, taken: number): void {
  const m = brs.get(line)
  if (m === undefined) {
    brs.set(line, [key, taken])
    return
  }
  for (let k = 0; k < m.length; k += 2) {
    if (m[k] === key) {
      m[k + 1] = addHits(m[k + 1] as number, taken)
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
  const s = new FieldReader().fnNameStart(buf, p, e)
  return s < 0 ? undefined : buf.toString('utf8', s, e)
}

/** Longest digit run the fast readers take: 15 digits stay below 2^53 (exact, and below MAX_HITS). */
const MAX_FAST_DIGITS = 15

/**
 * Reads the plain-number fields of a record in place, from the bytes: each read returns its main answer
 * and leaves the rest in the fields below (valid until the next read). Anything that is not plain digits
 * in the expected places makes the read fail, and the caller hands the record to the general path.
 */
class FieldReader {
  /** Index of the first byte after the last number read by `uint`. */
  end = 0
  /** FNA: the hits read by fnaNameStart. */
  hits = 0
  /** BRDA: the fields read by brda. */
  line = 0
  block = 0
  branch = 0
  taken = 0

  /** Unsigned integer of 1–15 digits at p (up to e); -1 if none or longer. Sets `end` to the byte after it. */
  uint(buf: Uint8Array, p: number, e: number): number {
    let n = 0
    let q = p
    while (q < e) {
      const c = (buf[q] as number) - 48
      if (c < 0 || c > 9) break
      n = n * 10 + c
      q++
    }
    this.end = q
    return q === p || q - p > MAX_FAST_DIGITS ? -1 : n
  }

  /**
   * BRDA fields `<line>,<block>,<branch>,<taken|->` (bytes p…e after `BRDA:`) as plain numbers, with
   * block and branch small enough for a numeric branch id: true, and the fields set; false otherwise.
   */
  brda(buf: Uint8Array, p: number, e: number): boolean {
    const line = this.uint(buf, p, e)
    if (line < 0 || buf[this.end] !== COMMA) return false
    const block = this.uint(buf, this.end + 1, e)
    if (block < 0 || block >= BRANCH_BLOCK_LIMIT || buf[this.end] !== COMMA) return false
    const branch = this.uint(buf, this.end + 1, e)
    if (branch < 0 || branch >= BRANCH_ID_RADIX || buf[this.end] !== COMMA) return false
    let taken: number
    if (buf[this.end + 1] === 45 /* - */ && this.end + 2 === e) taken = 0
    else {
      taken = this.uint(buf, this.end + 1, e)
      if (taken < 0 || this.end !== e) return false
    }
    this.line = line
    this.block = block
    this.branch = branch
    this.taken = taken
    return true
  }

  /** Where the name of an FN record starts (bytes p…e after `FN:`; see fnNameFast), or -1 for the general path. */
  fnNameStart(buf: Uint8Array, p: number, e: number): number {
    const line = this.uint(buf, p, e)
    if (line < 0 || buf[this.end] !== COMMA) return -1
    const second = this.end + 1
    const endLine = this.uint(buf, second, e)
    if (endLine >= 0 && buf[this.end] === COMMA && this.end < e) return this.end + 1
    // No second numeric field: the name is the rest, provided it holds no comma (else the general path).
    for (let k = second; k < e; k++) if (buf[k] === COMMA) return -1
    return second
  }

  /**
   * lcov 2 `FNA:<index>,<hits>,<name>` (bytes p…e after `FNA:`) with plain-digit hits: where the name
   * starts (hits in `hits`), else -1 (the general path decides; it does not read the index either).
   */
  fnaNameStart(buf: Uint8Array, p: number, e: number): number {
    let q = p
    while (q < e && buf[q] !== COMMA) q++
    if (q >= e) return -1
    const hits = this.uint(buf, q + 1, e)
    if (hits < 0 || buf[this.end] !== COMMA) return -1
    this.hits = hits
    return this.end + 1
  }
}

/** Lines the dense run takes (the LineMap's dense range). */
const RUN_MAX_LINE = 1 << 22
/** Longest hit count a DA run takes: 9 digits are below 2^31, so every count fits the run's Int32Array. */
const RUN_MAX_HIT_DIGITS = 9
/** The run's entry for a line without a DA record. */
const NO_RECORD = -1

/**
 * The pending run of DA lines of the current file, indexed by line number (NO_RECORD = no record) from 0
 * to `max`: `n` records, `covered` of them with hits. The parser hands it to the file's LineMap in one copy
 * (adoptDense) and then clears it, so every entry past `max` is always NO_RECORD. One per parser: a run may
 * stay pending from one piece of the file to the next.
 */
class DaRun {
  d = new Int32Array(4096).fill(NO_RECORD)
  max = 0
  n = 0
  covered = 0
  /** What the last `scan` read: how many DA lines, and the last line number (the one before if none). */
  scanned = 0
  last = 0

  clear(): void {
    if (this.max > 0) this.d.fill(NO_RECORD, 1, this.max + 1)
    this.max = 0
    this.n = 0
    this.covered = 0
  }

  private grow(line: number): void {
    let size = this.d.length * 2
    while (size <= line) size *= 2
    const next = new Int32Array(Math.min(size, RUN_MAX_LINE)).fill(NO_RECORD)
    next.set(this.d)
    this.d = next
  }

  /**
   * Consume consecutive `DA:<line>,<hits>[,<checksum>]\n` lines with line numbers above `lastLine` and
   * strictly increasing into the run, from `pos`; returns where it stopped (that line's start). It stops at
   * anything else, which the general loop then handles with full checks. Sets `scanned` and `last`.
   */
  scan(buf: Uint8Array, pos: number, len: number, lastLine: number): number {
    // buf[len - 1] is a newline (the caller's limit), so the digit and checksum loops below need no bounds
    // check: a newline ends each of them before len.
    let d = this.d
    let max = this.max
    let n = 0
    let covered = 0
    let last = lastLine
    let p = pos
    while (p + 4 < len && buf[p] === 68 /* D */ && buf[p + 1] === 65 /* A */ && buf[p + 2] === COLON) {
      let q = p + 3
      let line = 0
      let c = (buf[q] as number) - 48
      if (c < 0 || c > 9) break
      while (c >= 0 && c <= 9) {
        line = line * 10 + c
        c = (buf[++q] as number) - 48
      }
      if (q >= len || buf[q] !== COMMA || line <= last || line >= RUN_MAX_LINE) break
      q++
      const hs = q
      let hits = 0
      c = (buf[q] as number) - 48
      while (c >= 0 && c <= 9) {
        hits = hits * 10 + c
        c = (buf[++q] as number) - 48
      }
      if (q === hs || q - hs > RUN_MAX_HIT_DIGITS) break
      const t = buf[q]
      if (t === COMMA) {
        // A checksum field: skipped to the end of the line (a CRLF line goes the general way).
        while (buf[q] !== NL) q++
        if (buf[q - 1] === CR) break
      } else if (t !== NL) break
      if (q >= len) break
      if (line >= d.length) {
        this.grow(line)
        d = this.d
      }
      d[line] = hits
      max = line
      n++
      if (hits > 0) covered++
      last = line
      p = q + 1
    }
    this.max = max
    this.n += n
    this.covered += covered
    this.scanned = n
    this.last = last
    return p
  }
}

function startsWith(buf: Uint8Array, pos: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (buf[pos + i] !== s.charCodeAt(i)) return false
  return true
}

/**
 * The unsigned integer filling bytes p…e of a summary record (LF:, BRH:, …), saturated at MAX_HITS; a
 * malformed-record error otherwise.
 */
function summaryInt(buf: Uint8Array, p: number, e: number, at: LcovParser): number {
  let n = 0
  let q = p
  for (; q < e; q++) {
    const c = (buf[q] as number) - 48
    if (c < 0 || c > 9) break
    n = n * 10 + c
  }
  if (q === p || q !== e) throw at.bad(`summary record "${at.text(p - 3, e)}"`)
  return n > MAX_HITS ? MAX_HITS : n
}
