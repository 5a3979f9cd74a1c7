/**
 * A compact `Map<number, LineCoverage>` for coverage line records.
 *
 * It implements the Map interface (iterable, `new Map(lineMap)` copies it; not `instanceof Map`, so that a
 * file's map costs no hash table of its own until a record needs one), but plain records
 * (no branches, not partial) of lines 1…4,194,304 are stored as their hit count in an Int32Array indexed
 * by line number (4 bytes per line; switched to a Float64Array, exact to 2^53, when a count exceeds
 * 2^31 - 1) instead of a hash-table entry plus an
 * object; parsers fill a new map with one exactly-sized allocation (adoptSorted), so there is no growth
 * garbage either.
 * Records with branches (and no other flag, small-integer counts) of such lines are kept in one
 * Int32Array per map, sorted by line ([line, hits, covered, total] each; `get` makes a frozen record on
 * demand). Other records live in the Map's own storage. Iteration is in ascending line order (dense lines first,
 * then any out-of-range keys). `get` returns shared frozen records for small hit counts: treat records as
 * immutable. Internal-slot consumers (structuredClone, v8.serialize) do not see it as a Map: convert
 * with `new Map(lineMap)` first.
 */
import type { LineCoverage } from '../model.js'

const ABSENT = -1
const IN_SPARSE = -2
/** Dense line whose record has branches (and no other flag): kept in the `b` side table, not the Map. */
const IN_BRANCH = -3
/** Branch-table values must stay small integers (V8 Smis), so records made from them keep one shape. */
const BRANCH_MAX = 2 ** 30 - 1
const MAX_DENSE = 1 << 22
const SHARED_MAX = 4096
const shared: LineCoverage[] = []
for (let h = 0; h < SHARED_MAX; h++) shared.push(Object.freeze({ hits: h }))

/** A frozen plain record; shared for small hit counts. */
export function plainRecord(hits: number): LineCoverage {
  return hits < SHARED_MAX && hits >= 0 && Number.isInteger(hits)
    ? (shared[hits] as LineCoverage)
    : Object.freeze({ hits })
}

/** What LineMap.tally counts. */
export interface LineTally {
  lines: number
  covered: number
  branches: number
  branchesCovered: number
}

const EMPTY = new Int32Array(0)
const NO_RECORDS: ReadonlyMap<number, LineCoverage> = new Map()
const INT_MAX = 2147483647
type Store = Int32Array | Float64Array

/**
 * Small stores are regions of shared 1 MiB slabs, addressed by (array, offset): no typed array (view
 * object) and no backing store per map. A report of 20,000 files would otherwise make 40,000 views to
 * create and carry through the garbage collector. A slab lives as long as any map using it; a map only
 * ever reads and writes inside its own region.
 */
const SLAB_INTS = 1 << 18
const SLAB_MAX_INTS = 4096
let slab = new Int32Array(0)
let slabUsed = 0
/** allocInt32's answer: the array and the offset of the region. */
let allocArr = new Int32Array(0)
let allocOff = 0

/** Room for n ints (zeroed): a region of the current slab for small n, else an array of its own. */
function allocInt32(n: number): void {
  if (n > SLAB_MAX_INTS) {
    allocArr = new Int32Array(n)
    allocOff = 0
    return
  }
  if (slabUsed + n > slab.length) {
    slab = new Int32Array(SLAB_INTS)
    slabUsed = 0
  }
  allocArr = slab
  allocOff = slabUsed
  slabUsed += n
}

function smallInt(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= BRANCH_MAX
}

function dense(line: number): boolean {
  return Number.isInteger(line) && line >= 0 && line < MAX_DENSE
}

export class LineMap implements Map<number, LineCoverage> {
  /** Hit counts by line: line L at h[ho + L], for L < hn. */
  private h: Store = EMPTY
  private ho = 0
  private hn = 0
  private count = 0
  private maxLine = -1
  /**
   * Branch records of dense lines, sorted by line: [line, hits, covered, total] per entry, at b[bo…];
   * room for bcap ints, bn entries used.
   */
  private b: Int32Array = EMPTY
  private bo = 0
  private bcap = 0
  private bn = 0
  /**
   * Scratch for a parser filling this map (the LCOV parser keeps the index of the file's first block
   * here, which is cheaper than a Map keyed by file objects); -1 when unused.
   */
  parserTag = -1
  /** Records not held in the typed arrays (other flags, big counts, out-of-range lines); made on first use. */
  private sp: Map<number, LineCoverage> | undefined
  /** Plain dense records (lines, lines with hits > 0) as adoptSorted counted them; dl -1 = not known. */
  private dl = -1
  private dc = 0

  constructor(entries?: Iterable<readonly [number, LineCoverage]> | null) {
    if (entries != null) for (const [k, v] of entries) this.set(k, v)
  }

  private grow(line: number): void {
    let cap = Math.max(64, this.hn * 2)
    while (cap <= line) cap *= 2
    cap = Math.min(cap, MAX_DENSE)
    const next: Store = this.h instanceof Int32Array ? new Int32Array(cap) : new Float64Array(cap)
    next.set(this.h.subarray(this.ho, this.ho + this.hn))
    next.fill(ABSENT, this.hn)
    this.h = next
    this.ho = 0
    this.hn = cap
  }

  /** Hit-count store for lines 0…max from the shared slabs (Int32) or of its own (Float64). */
  private place(max: number, big: boolean): void {
    if (big) {
      this.h = new Float64Array(max + 1)
      this.ho = 0
    } else {
      allocInt32(max + 1)
      this.h = allocArr
      this.ho = allocOff
    }
    this.hn = max + 1
  }

  /**
   * Parser fast path for an EMPTY map: take `n` plain records (strictly increasing line numbers in
   * `lines`, hit counts in `hits`) with one exactly-sized allocation.
   */
  adoptSorted(lines: Float64Array, hits: Float64Array, n: number): void {
    if (this.count !== 0 || n === 0) {
      for (let k = 0; k < n; k++) this.setHits(lines[k] as number, hits[k] as number)
      return
    }
    const max = lines[n - 1] as number
    if (!dense(max)) {
      for (let k = 0; k < n; k++) this.setHits(lines[k] as number, hits[k] as number)
      return
    }
    let big = false
    let covered = 0
    for (let k = 0; k < n; k++) {
      const v = hits[k] as number
      if (v > INT_MAX) big = true
      if (v > 0) covered++
    }
    this.place(max, big)
    const h = this.h
    const ho = this.ho
    // Lines listed 1…n with none missing (the usual case) leave only line 0 absent.
    if (max + 1 === n + 1) h[ho] = ABSENT
    else h.fill(ABSENT, ho, ho + max + 1)
    for (let k = 0; k < n; k++) h[ho + (lines[k] as number)] = hits[k] as number
    this.count = n
    this.maxLine = max
    this.dl = n
    this.dc = covered
  }

  /**
   * Parser fast path: take the records of `d[1…max]` (hit counts, -1 = no record; `n` records, `covered`
   * of them with hits > 0). An EMPTY map copies them with one allocation; otherwise they are set one by one.
   */
  adoptDense(d: Int32Array, max: number, n: number, covered: number): void {
    if (this.count !== 0 || !dense(max)) {
      for (let i = 1; i <= max; i++) {
        const v = d[i] as number
        if (v >= 0) this.setHits(i, v)
      }
      return
    }
    this.place(max, false)
    this.h.set(d.subarray(0, max + 1), this.ho) // memcpy; d[0] is ABSENT
    this.count = n
    this.maxLine = max
    this.dl = n
    this.dc = covered
  }

  /** Int32 storage cannot hold this count: switch to Float64 (exact integers up to 2^53). */
  private widen(): void {
    const next = new Float64Array(this.hn)
    next.set(this.h.subarray(this.ho, this.ho + this.hn))
    this.h = next
    this.ho = 0
  }

  /** Fast path for parsers: store a plain record (no branches, not partial) with an integer hit count. */
  setHits(line: number, hits: number): void {
    this.dl = -1
    if (hits > INT_MAX && this.h instanceof Int32Array) this.widen()
    if (line >= this.hn || !(hits >= 0) || !dense(line)) {
      this.set(line, plainRecord(hits))
      return
    }
    const h = this.h
    const at = this.ho + line
    const prev = h[at] as number
    if (prev === ABSENT) this.count++
    else if (prev === IN_SPARSE) this.sp?.delete(line)
    else if (prev === IN_BRANCH) this.bRemove(line)
    h[at] = hits
    if (line > this.maxLine) this.maxLine = line
  }

  /**
   * Give the existing record of `line` these branch outcomes (replacing any it had; hits kept). Returns
   * false, changing nothing, when the map has no record for the line.
   */
  setBranches(line: number, covered: number, total: number): boolean {
    const v = dense(line) && line < this.hn ? this.h[this.ho + line] : undefined
    if (v !== undefined && v >= 0 && smallInt(v) && smallInt(covered) && smallInt(total)) {
      this.bPut(line, v, covered, total)
      this.h[this.ho + line] = IN_BRANCH
      // The line leaves the plain dense records (it is counted from the branch table now).
      if (this.dl >= 0) {
        this.dl--
        if (v > 0) this.dc--
      }
      return true
    }
    const prev = this.get(line)
    if (prev === undefined) return false
    const rec: LineCoverage = { hits: prev.hits, branches: Object.freeze({ covered, total }) }
    if (prev.partial === true) rec.partial = true
    this.set(line, Object.freeze(rec))
    return true
  }

  /** Remove the branch outcomes of every record (hits and partial flags kept). */
  dropBranches(): void {
    this.dl = -1
    const b = this.b
    for (let k = this.bo, end = this.bo + this.bn * 4; k < end; k += 4) {
      ;(this.h as Store)[this.ho + (b[k] as number)] = b[k + 1] as number
    }
    this.b = EMPTY
    this.bo = 0
    this.bcap = 0
    this.bn = 0
    for (const [line, rec] of (this.sp ?? NO_RECORDS).entries()) {
      if (rec.branches === undefined) continue
      if (rec.partial === true) this.spMap().set(line, Object.freeze({ hits: rec.hits, partial: true }))
      else if (dense(line) && rec.hits >= 0 && Number.isInteger(rec.hits)) {
        this.sp?.delete(line)
        if (rec.hits > INT_MAX && this.h instanceof Int32Array) this.widen()
        this.h[this.ho + line] = rec.hits
      } else this.spMap().set(line, plainRecord(rec.hits))
    }
  }

  /** Index of `line` in the branch table, or -(insertion point) - 1. */
  private bIndex(line: number): number {
    const b = this.b
    const bo = this.bo
    let lo = 0
    let hi = this.bn - 1
    if (hi >= 0 && (b[bo + hi * 4] as number) < line) return -(hi + 1) - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = b[bo + mid * 4] as number
      if (v < line) lo = mid + 1
      else if (v > line) hi = mid - 1
      else return mid
    }
    return -lo - 1
  }

  private bPut(line: number, hits: number, covered: number, total: number): void {
    let i = this.bIndex(line)
    if (i < 0) {
      i = -i - 1
      if ((this.bn + 1) * 4 > this.bcap) {
        const cap = Math.max(32, this.bcap * 2)
        allocInt32(cap)
        allocArr.set(this.b.subarray(this.bo, this.bo + this.bn * 4), allocOff)
        this.b = allocArr
        this.bo = allocOff
        this.bcap = cap
      }
      const bo = this.bo
      if (i < this.bn) this.b.copyWithin(bo + (i + 1) * 4, bo + i * 4, bo + this.bn * 4)
      this.bn++
    }
    const b = this.b
    const k = this.bo + i * 4
    b[k] = line
    b[k + 1] = hits
    b[k + 2] = covered
    b[k + 3] = total
  }

  private bRemove(line: number): void {
    const i = this.bIndex(line)
    if (i < 0) return
    const bo = this.bo
    this.b.copyWithin(bo + i * 4, bo + (i + 1) * 4, bo + this.bn * 4)
    this.bn--
  }

  private bRecord(i: number): LineCoverage {
    const b = this.b
    const k = this.bo + i * 4
    return Object.freeze({
      hits: b[k + 1] as number,
      branches: Object.freeze({ covered: b[k + 2] as number, total: b[k + 3] as number })
    })
  }

  get size(): number {
    return this.count
  }

  get [Symbol.toStringTag](): string {
    return 'Map'
  }

  private spMap(): Map<number, LineCoverage> {
    return (this.sp ??= new Map())
  }

  get(line: number): LineCoverage | undefined {
    if (!dense(line)) return this.sp?.get(line)
    if (line >= this.hn) return undefined
    const v = this.h[this.ho + line] as number
    if (v === ABSENT) return undefined
    if (v === IN_SPARSE) return this.sp?.get(line)
    if (v === IN_BRANCH) return this.bRecord(this.bIndex(line))
    return v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v })
  }

  has(line: number): boolean {
    if (!dense(line)) return this.sp !== undefined && this.sp.has(line)
    return line < this.hn && this.h[this.ho + line] !== ABSENT
  }

  set(line: number, rec: LineCoverage): this {
    this.dl = -1
    if (!dense(line)) {
      if (!(this.sp !== undefined && this.sp.has(line))) this.count++
      this.spMap().set(line, rec)
      return this
    }
    if (line >= this.hn) this.grow(line)
    if (rec.hits > INT_MAX && this.h instanceof Int32Array) this.widen()
    const h = this.h
    const at = this.ho + line
    const prev = h[at] as number
    if (prev === ABSENT) this.count++
    const plain = rec.branches === undefined && rec.partial !== true && rec.hits >= 0 && Number.isInteger(rec.hits)
    const br = rec.branches
    if (plain) {
      if (prev === IN_SPARSE) this.sp?.delete(line)
      else if (prev === IN_BRANCH) this.bRemove(line)
      h[at] = rec.hits
    } else if (br !== undefined && rec.partial === undefined && smallInt(rec.hits) && smallInt(br.covered) && smallInt(br.total)) {
      if (prev === IN_SPARSE) this.sp?.delete(line)
      this.bPut(line, rec.hits, br.covered, br.total)
      h[at] = IN_BRANCH
    } else {
      if (prev === IN_BRANCH) this.bRemove(line)
      this.spMap().set(line, rec)
      h[at] = IN_SPARSE
    }
    if (line > this.maxLine) this.maxLine = line
    return this
  }

  delete(line: number): boolean {
    this.dl = -1
    if (!dense(line)) {
      const had = this.sp !== undefined && this.sp.delete(line)
      if (had) this.count--
      return had
    }
    if (line >= this.hn) return false
    const v = this.h[this.ho + line] as number
    if (v === ABSENT) return false
    if (v === IN_SPARSE) this.sp?.delete(line)
    else if (v === IN_BRANCH) this.bRemove(line)
    this.h[this.ho + line] = ABSENT
    this.count--
    return true
  }

  clear(): void {
    this.dl = -1
    this.sp = undefined
    this.h = EMPTY
    this.ho = 0
    this.hn = 0
    this.count = 0
    this.maxLine = -1
    this.b = EMPTY
    this.bo = 0
    this.bcap = 0
    this.bn = 0
  }

  forEach(cb: (value: LineCoverage, key: number, map: Map<number, LineCoverage>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this)
  }

  /**
   * Line and branch tallies in one plain loop (no iterator over records, no record objects): `lines` =
   * coverable lines, `covered` = lines with hits > 0, branch outcomes summed from records that carry
   * branches. Fills `out` (callers reuse one; plain number fields, not a typed array, so the counts stay
   * small integers for the objects built from them) and returns it.
   */
  tally(out: LineTally = { lines: 0, covered: 0, branches: 0, branchesCovered: 0 }): LineTally {
    const h = this.h
    const ho = this.ho
    const max = this.maxLine
    let lt = 0
    let lc = 0
    let bt = 0
    let bc = 0
    if (this.dl >= 0) {
      lt = this.dl
      lc = this.dc
    } else {
      for (let i = ho; i <= ho + max; i++) {
        const v = h[i] as number
        if (v < 0) continue // ABSENT, or IN_SPARSE / IN_BRANCH: counted from their own storage below
        lt++
        if (v > 0) lc++
      }
    }
    const b = this.b
    for (let k = this.bo, end = this.bo + this.bn * 4; k < end; k += 4) {
      lt++
      if ((b[k + 1] as number) > 0) lc++
      bc += b[k + 2] as number
      bt += b[k + 3] as number
    }
    // Every record not held as a plain count (dense IN_SPARSE lines and out-of-range keys) is in the Map.
    if (this.sp !== undefined) for (const rec of this.sp.values()) {
      lt++
      if (rec.hits > 0) lc++
      const br = rec.branches
      if (br !== undefined) {
        bt += br.total
        bc += br.covered
      }
    }
    out.lines = lt
    out.covered = lc
    out.branches = bt
    out.branchesCovered = bc
    return out
  }

  private *gen(): Generator<[number, LineCoverage], undefined, unknown> {
    const h = this.h
    const ho = this.ho
    const max = this.maxLine
    for (let i = 0; i <= max; i++) {
      const v = h[ho + i] as number
      if (v === ABSENT) continue
      if (v === IN_SPARSE) yield [i, this.sp?.get(i) as LineCoverage]
      else if (v === IN_BRANCH) yield [i, this.bRecord(this.bIndex(i))]
      else yield [i, v < SHARED_MAX ? (shared[v] as LineCoverage) : Object.freeze({ hits: v })]
    }
    for (const [k, v] of (this.sp ?? NO_RECORDS).entries()) if (!dense(k)) yield [k, v]
    return undefined
  }

  entries(): MapIterator<[number, LineCoverage]> {
    return this.gen() as unknown as MapIterator<[number, LineCoverage]>
  }

  [Symbol.iterator](): MapIterator<[number, LineCoverage]> {
    return this.entries()
  }

  keys(): MapIterator<number> {
    const it = this.gen()
    return (function* () {
      for (const [k] of it) yield k
    })() as unknown as MapIterator<number>
  }

  private *genValues(): Generator<LineCoverage, undefined, unknown> {
    const h = this.h
    const ho = this.ho
    const max = this.maxLine
    for (let i = 0; i <= max; i++) {
      const v = h[ho + i] as number
      if (v === ABSENT) continue
      if (v === IN_SPARSE) yield this.sp?.get(i) as LineCoverage
      else if (v === IN_BRANCH) yield this.bRecord(this.bIndex(i))
      else yield v < SHARED_MAX ? (shared[v] as LineCoverage) : Object.freeze({ hits: v })
    }
    for (const [k, v] of (this.sp ?? NO_RECORDS).entries()) if (!dense(k)) yield v
    return undefined
  }

  values(): MapIterator<LineCoverage> {
    return this.genValues() as unknown as MapIterator<LineCoverage>
  }
}
