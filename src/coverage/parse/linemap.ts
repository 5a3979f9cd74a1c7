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
/** Dense line whose record has branches (and no other flag): kept in the branch table, not the Map. */
const IN_BRANCH = -3
/** Ints per branch-table entry: line, hits, covered, total. */
const BRANCH_ENTRY = 4
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

/** A region of ints at array[offset…], as long as was asked for (zeroed when handed out). */
interface Int32Region {
  readonly array: Int32Array
  readonly offset: number
}

/** Hands out small Int32 regions cut from shared slabs, and arrays of their own for big requests. */
class Int32Slabs {
  private slab = new Int32Array(0)
  private used = 0

  /** Room for n ints (zeroed): a region of the current slab for small n, else an array of its own. */
  alloc(n: number): Int32Region {
    if (n > SLAB_MAX_INTS) return { array: new Int32Array(n), offset: 0 }
    if (this.used + n > this.slab.length) {
      this.slab = new Int32Array(SLAB_INTS)
      this.used = 0
    }
    const region = { array: this.slab, offset: this.used }
    this.used += n
    return region
  }
}

/** The slabs every LineMap allocates from (regions are never handed out twice, so sharing is safe). */
const slabs = new Int32Slabs()

function smallInt(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= BRANCH_MAX
}

function dense(line: number): boolean {
  return Number.isInteger(line) && line >= 0 && line < MAX_DENSE
}

export class LineMap implements Map<number, LineCoverage> {
  /**
   * Hit counts by line, for plain records: line L at lineHits[lineHitsOffset + L], for L < lineHitsLength
   * (ABSENT = no record; IN_SPARSE / IN_BRANCH = the record is kept elsewhere).
   */
  private lineHits: Store = EMPTY
  private lineHitsOffset = 0
  private lineHitsLength = 0
  private count = 0
  private maxLine = -1
  /**
   * Branch records of dense lines, sorted by line: [line, hits, covered, total] per entry (BRANCH_ENTRY
   * ints), at branchTable[branchOffset…]; room for branchCapacity ints, branchCount entries used.
   */
  private branchTable: Int32Array = EMPTY
  private branchOffset = 0
  private branchCapacity = 0
  private branchCount = 0
  /**
   * Scratch for a parser filling this map (the LCOV parser keeps the index of the file's first block
   * here, which is cheaper than a Map keyed by file objects); -1 when unused.
   */
  parserTag = -1
  /** Records not held in the typed arrays (other flags, big counts, out-of-range lines); made on first use. */
  private sparse: Map<number, LineCoverage> | undefined
  /**
   * Plain dense records (lines, lines with hits > 0) as adoptSorted/adoptDense counted them, so `tally`
   * need not loop over them; plainLines -1 = not known (any later change).
   */
  private plainLines = -1
  private plainCovered = 0

  constructor(entries?: Iterable<readonly [number, LineCoverage]> | null) {
    if (entries != null) for (const [k, v] of entries) this.set(k, v)
  }

  private grow(line: number): void {
    let cap = Math.max(64, this.lineHitsLength * 2)
    while (cap <= line) cap *= 2
    cap = Math.min(cap, MAX_DENSE)
    const next: Store = this.lineHits instanceof Int32Array ? new Int32Array(cap) : new Float64Array(cap)
    next.set(this.lineHits.subarray(this.lineHitsOffset, this.lineHitsOffset + this.lineHitsLength))
    next.fill(ABSENT, this.lineHitsLength)
    this.lineHits = next
    this.lineHitsOffset = 0
    this.lineHitsLength = cap
  }

  /** Hit-count store for lines 0…max from the shared slabs (Int32) or of its own (Float64). */
  private place(max: number, big: boolean): void {
    if (big) {
      this.lineHits = new Float64Array(max + 1)
      this.lineHitsOffset = 0
    } else {
      const region = slabs.alloc(max + 1)
      this.lineHits = region.array
      this.lineHitsOffset = region.offset
    }
    this.lineHitsLength = max + 1
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
    const store = this.lineHits
    const off = this.lineHitsOffset
    // Lines listed 1…n with none missing (the usual case) leave only line 0 absent.
    if (max + 1 === n + 1) store[off] = ABSENT
    else store.fill(ABSENT, off, off + max + 1)
    for (let k = 0; k < n; k++) store[off + (lines[k] as number)] = hits[k] as number
    this.count = n
    this.maxLine = max
    this.plainLines = n
    this.plainCovered = covered
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
    this.lineHits.set(d.subarray(0, max + 1), this.lineHitsOffset) // memcpy; d[0] is ABSENT
    this.count = n
    this.maxLine = max
    this.plainLines = n
    this.plainCovered = covered
  }

  /** Int32 storage cannot hold this count: switch to Float64 (exact integers up to 2^53). */
  private widen(): void {
    const next = new Float64Array(this.lineHitsLength)
    next.set(this.lineHits.subarray(this.lineHitsOffset, this.lineHitsOffset + this.lineHitsLength))
    this.lineHits = next
    this.lineHitsOffset = 0
  }

  /** Fast path for parsers: store a plain record (no branches, not partial) with an integer hit count. */
  setHits(line: number, hits: number): void {
    this.plainLines = -1
    if (hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen()
    if (line >= this.lineHitsLength || !(hits >= 0) || !dense(line)) {
      this.set(line, plainRecord(hits))
      return
    }
    const store = this.lineHits
    const at = this.lineHitsOffset + line
    const prev = store[at] as number
    if (prev === ABSENT) this.count++
    else if (prev === IN_SPARSE) this.sparse?.delete(line)
    else if (prev === IN_BRANCH) this.branchRemove(line)
    store[at] = hits
    if (line > this.maxLine) this.maxLine = line
  }

  /**
   * Give the existing record of `line` these branch outcomes (replacing any it had; hits kept). Returns
   * false, changing nothing, when the map has no record for the line.
   */
  setBranches(line: number, covered: number, total: number): boolean {
    const v = dense(line) && line < this.lineHitsLength ? this.lineHits[this.lineHitsOffset + line] : undefined
    if (v !== undefined && v >= 0 && smallInt(v) && smallInt(covered) && smallInt(total)) {
      this.branchPut(line, v, covered, total)
      this.lineHits[this.lineHitsOffset + line] = IN_BRANCH
      // The line leaves the plain dense records (it is counted from the branch table now).
      if (this.plainLines >= 0) {
        this.plainLines--
        if (v > 0) this.plainCovered--
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
    this.plainLines = -1
    const table = this.branchTable
    for (let k = this.branchOffset, end = this.branchOffset + this.branchCount * BRANCH_ENTRY; k < end; k += BRANCH_ENTRY) {
      ;(this.lineHits as Store)[this.lineHitsOffset + (table[k] as number)] = table[k + 1] as number
    }
    this.branchTable = EMPTY
    this.branchOffset = 0
    this.branchCapacity = 0
    this.branchCount = 0
    for (const [line, rec] of (this.sparse ?? NO_RECORDS).entries()) {
      if (rec.branches === undefined) continue
      if (rec.partial === true) this.sparseMap().set(line, Object.freeze({ hits: rec.hits, partial: true }))
      else if (dense(line) && rec.hits >= 0 && Number.isInteger(rec.hits)) {
        this.sparse?.delete(line)
        if (rec.hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen()
        this.lineHits[this.lineHitsOffset + line] = rec.hits
      } else this.sparseMap().set(line, plainRecord(rec.hits))
    }
  }

  /** Index of `line` in the branch table, or -(insertion point) - 1. */
  private branchIndex(line: number): number {
    const table = this.branchTable
    const base = this.branchOffset
    let lo = 0
    let hi = this.branchCount - 1
    if (hi >= 0 && (table[base + hi * BRANCH_ENTRY] as number) < line) return -(hi + 1) - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = table[base + mid * BRANCH_ENTRY] as number
      if (v < line) lo = mid + 1
      else if (v > line) hi = mid - 1
      else return mid
    }
    return -lo - 1
  }

  private branchPut(line: number, hits: number, covered: number, total: number): void {
    let i = this.branchIndex(line)
    if (i < 0) {
      i = -i - 1
      if ((this.branchCount + 1) * BRANCH_ENTRY > this.branchCapacity) {
        const cap = Math.max(32, this.branchCapacity * 2)
        const region = slabs.alloc(cap)
        region.array.set(this.branchTable.subarray(this.branchOffset, this.branchOffset + this.branchCount * BRANCH_ENTRY), region.offset)
        this.branchTable = region.array
        this.branchOffset = region.offset
        this.branchCapacity = cap
      }
      const base = this.branchOffset
      if (i < this.branchCount) this.branchTable.copyWithin(base + (i + 1) * BRANCH_ENTRY, base + i * BRANCH_ENTRY, base + this.branchCount * BRANCH_ENTRY)
      this.branchCount++
    }
    const table = this.branchTable
    const k = this.branchOffset + i * BRANCH_ENTRY
    table[k] = line
    table[k + 1] = hits
    table[k + 2] = covered
    table[k + 3] = total
  }

  private branchRemove(line: number): void {
    const i = this.branchIndex(line)
    if (i < 0) return
    const base = this.branchOffset
    this.branchTable.copyWithin(base + i * BRANCH_ENTRY, base + (i + 1) * BRANCH_ENTRY, base + this.branchCount * BRANCH_ENTRY)
    this.branchCount--
  }

  private branchRecord(i: number): LineCoverage {
    const table = this.branchTable
    const k = this.branchOffset + i * BRANCH_ENTRY
    return Object.freeze({
      hits: table[k + 1] as number,
      branches: Object.freeze({ covered: table[k + 2] as number, total: table[k + 3] as number })
    })
  }

  get size(): number {
    return this.count
  }

  get [Symbol.toStringTag](): string {
    return 'Map'
  }

  private sparseMap(): Map<number, LineCoverage> {
    return (this.sparse ??= new Map())
  }

  get(line: number): LineCoverage | undefined {
    if (!dense(line)) return this.sparse?.get(line)
    if (line >= this.lineHitsLength) return undefined
    const v = this.lineHits[this.lineHitsOffset + line] as number
    if (v === ABSENT) return undefined
    if (v === IN_SPARSE) return this.sparse?.get(line)
    if (v === IN_BRANCH) return this.branchRecord(this.branchIndex(line))
    return v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v })
  }

  has(line: number): boolean {
    if (!dense(line)) return this.sparse !== undefined && this.sparse.has(line)
    return line < this.lineHitsLength && this.lineHits[this.lineHitsOffset + line] !== ABSENT
  }

  set(line: number, rec: LineCoverage): this {
    this.plainLines = -1
    if (!dense(line)) {
      if (!(this.sparse !== undefined && this.sparse.has(line))) this.count++
      this.sparseMap().set(line, rec)
      return this
    }
    if (line >= this.lineHitsLength) this.grow(line)
    if (rec.hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen()
    const store = this.lineHits
    const at = this.lineHitsOffset + line
    const prev = store[at] as number
    if (prev === ABSENT) this.count++
    const plain = rec.branches === undefined && rec.partial !== true && rec.hits >= 0 && Number.isInteger(rec.hits)
    const br = rec.branches
    if (plain) {
      if (prev === IN_SPARSE) this.sparse?.delete(line)
      else if (prev === IN_BRANCH) this.branchRemove(line)
      store[at] = rec.hits
    } else if (br !== undefined && rec.partial === undefined && smallInt(rec.hits) && smallInt(br.covered) && smallInt(br.total)) {
      if (prev === IN_SPARSE) this.sparse?.delete(line)
      this.branchPut(line, rec.hits, br.covered, br.total)
      store[at] = IN_BRANCH
    } else {
      if (prev === IN_BRANCH) this.branchRemove(line)
      this.sparseMap().set(line, rec)
      store[at] = IN_SPARSE
    }
    if (line > this.maxLine) this.maxLine = line
    return this
  }

  delete(line: number): boolean {
    this.plainLines = -1
    if (!dense(line)) {
      const had = this.sparse !== undefined && this.sparse.delete(line)
      if (had) this.count--
      return had
    }
    if (line >= this.lineHitsLength) return false
    const v = this.lineHits[this.lineHitsOffset + line] as number
    if (v === ABSENT) return false
    if (v === IN_SPARSE) this.sparse?.delete(line)
    else if (v === IN_BRANCH) this.branchRemove(line)
    this.lineHits[this.lineHitsOffset + line] = ABSENT
    this.count--
    return true
  }

  clear(): void {
    this.plainLines = -1
    this.sparse = undefined
    this.lineHits = EMPTY
    this.lineHitsOffset = 0
    this.lineHitsLength = 0
    this.count = 0
    this.maxLine = -1
    this.branchTable = EMPTY
    this.branchOffset = 0
    this.branchCapacity = 0
    this.branchCount = 0
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
    const store = this.lineHits
    const off = this.lineHitsOffset
    const max = this.maxLine
    let lt = 0
    let lc = 0
    let bt = 0
    let bc = 0
    if (this.plainLines >= 0) {
      lt = this.plainLines
      lc = this.plainCovered
    } else {
      for (let i = off; i <= off + max; i++) {
        const v = store[i] as number
        if (v < 0) continue // ABSENT, or IN_SPARSE / IN_BRANCH: counted from their own storage below
        lt++
        if (v > 0) lc++
      }
    }
    const table = this.branchTable
    for (let k = this.branchOffset, end = this.branchOffset + this.branchCount * BRANCH_ENTRY; k < end; k += BRANCH_ENTRY) {
      lt++
      if ((table[k + 1] as number) > 0) lc++
      bc += table[k + 2] as number
      bt += table[k + 3] as number
    }
    // Every record not held as a plain count (dense IN_SPARSE lines and out-of-range keys) is in the Map.
    if (this.sparse !== undefined) for (const rec of this.sparse.values()) {
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
    const store = this.lineHits
    const off = this.lineHitsOffset
    const max = this.maxLine
    for (let i = 0; i <= max; i++) {
      const v = store[off + i] as number
      if (v === ABSENT) continue
      if (v === IN_SPARSE) yield [i, this.sparse?.get(i) as LineCoverage]
      else if (v === IN_BRANCH) yield [i, this.branchRecord(this.branchIndex(i))]
      else yield [i, v < SHARED_MAX ? (shared[v] as LineCoverage) : Object.freeze({ hits: v })]
    }
    for (const [k, v] of (this.sparse ?? NO_RECORDS).entries()) if (!dense(k)) yield [k, v]
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
    const store = this.lineHits
    const off = this.lineHitsOffset
    const max = this.maxLine
    for (let i = 0; i <= max; i++) {
      const v = store[off + i] as number
      if (v === ABSENT) continue
      if (v === IN_SPARSE) yield this.sparse?.get(i) as LineCoverage
      else if (v === IN_BRANCH) yield this.branchRecord(this.branchIndex(i))
      else yield v < SHARED_MAX ? (shared[v] as LineCoverage) : Object.freeze({ hits: v })
    }
    for (const [k, v] of (this.sparse ?? NO_RECORDS).entries()) if (!dense(k)) yield v
    return undefined
  }

  values(): MapIterator<LineCoverage> {
    return this.genValues() as unknown as MapIterator<LineCoverage>
  }
}
