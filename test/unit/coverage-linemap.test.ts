// LineMap (src/coverage/parse/linemap.ts): a compact Map<number, LineCoverage> that must behave exactly like a
// plain Map of the same records, whatever storage (dense counts, branch table, sparse map, shared slabs) it uses.
import { describe, expect, it } from '@jest/globals'
import type { LineCoverage } from '../../src/coverage/model.js'
import { LineMap } from '../../src/coverage/parse/linemap.js'
import { fileTotals } from '../../src/coverage/totals.js'

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a / 4294967296
  }
}

describe('LineMap', () => {
  it('behaves like a Map: get/set/has/delete/size, ascending iteration, out-of-range keys, copy', () => {
    const m = new LineMap()
    // A Map by interface and tag (not by prototype: it owns no hash table until a record needs one).
    expect(Object.prototype.toString.call(m)).toBe('[object Map]')
    m.set(10, { hits: 1 })
    m.set(2, { hits: 5000 })
    m.set(7, { hits: 0, branches: { covered: 0, total: 2 } })
    m.set(2 ** 31, { hits: 1 })
    m.set(0.5, { hits: 2 })
    expect(m.size).toBe(5)
    expect(m.get(2)).toEqual({ hits: 5000 })
    expect(m.get(7)).toEqual({ hits: 0, branches: { covered: 0, total: 2 } })
    expect(m.has(3)).toBe(false)
    expect(m.get(3)).toBeUndefined()
    expect([...m.keys()]).toEqual([2, 7, 10, 2 ** 31, 0.5])
    m.set(7, { hits: 4 })
    expect(m.get(7)).toEqual({ hits: 4 })
    expect(m.delete(10)).toBe(true)
    expect(m.delete(10)).toBe(false)
    expect(m.delete(2 ** 31)).toBe(true)
    expect(m.size).toBe(3)
    const copy = new Map(m)
    expect([...copy]).toEqual([
      [2, { hits: 5000 }],
      [7, { hits: 4 }],
      [0.5, { hits: 2 }]
    ])
    const seen: number[] = []
    m.forEach((_v, k) => seen.push(k))
    expect(seen).toEqual([2, 7, 0.5])
    expect(new LineMap(copy).size).toBe(3)
    m.clear()
    expect(m.size).toBe(0)
    expect([...m.values()]).toEqual([])
  })
})

describe('LineMap.tally', () => {
  it('equals a loop over values() after random sets, setHits, deletes, sparse and out-of-range keys', () => {
    const r = rng(7)
    for (let round = 0; round < 30; round++) {
      const m = new LineMap()
      const ops = Math.floor(r() * 300)
      for (let k = 0; k < ops; k++) {
        const x = r()
        const line = x < 0.05 ? 2 ** 23 + Math.floor(r() * 5) : x < 0.08 ? 0.5 : Math.floor(r() * 200)
        const y = r()
        if (y < 0.5) m.setHits(line, Math.floor(r() * 3))
        else if (y < 0.7) m.set(line, { hits: Math.floor(r() * 3), branches: { covered: 1, total: 3 } })
        else if (y < 0.8) m.set(line, { hits: 1, partial: true })
        else if (y < 0.85) m.setHits(line, 2 ** 32)
        else m.delete(line)
      }
      let lt = 0
      let lc = 0
      let bt = 0
      let bc = 0
      for (const l of m.values()) {
        lt++
        if (l.hits > 0) lc++
        bt += l.branches?.total ?? 0
        bc += l.branches?.covered ?? 0
      }
      expect(m.tally()).toEqual({ lines: lt, covered: lc, branches: bt, branchesCovered: bc })
      expect(lt).toBe(m.size)
    }
  })

  it('fileTotals gives the same numbers for a LineMap and a plain Map of the same records', () => {
    const m = new LineMap()
    m.setHits(1, 0)
    m.setHits(3, 7)
    m.set(4, { hits: 2, branches: { covered: 1, total: 2 } })
    m.set(2 ** 30, { hits: 1 })
    const plain = new Map<number, LineCoverage>(m)
    const f = { functions: { covered: 1, total: 2 }, unattachedBranches: { covered: 0, total: 2 } }
    expect(fileTotals({ path: 'a', lines: m, ...f })).toEqual(fileTotals({ path: 'a', lines: plain, ...f }))
    expect(fileTotals({ path: 'a', lines: m, ...f }).branches).toEqual({ covered: 1, total: 4 })
  })
})

describe('LineMaps sharing slab regions', () => {
  it('never read or write each other: 60 maps filled by adoptDense/adoptSorted, then random operations interleaved', () => {
    const r = rng(2024)
    const maps: LineMap[] = []
    const refs: Map<number, LineCoverage>[] = []
    for (let k = 0; k < 60; k++) {
      const m = new LineMap()
      const ref = new Map<number, LineCoverage>()
      const max = 1 + Math.floor(r() * 300)
      if (k % 2 === 0) {
        const d = new Int32Array(max + 1).fill(-1)
        let n = 0
        let covered = 0
        for (let line = 1; line <= max; line++) {
          if (r() < 0.2 && line !== max) continue
          const hits = Math.floor(r() * 4)
          d[line] = hits
          n++
          if (hits > 0) covered++
          ref.set(line, { hits })
        }
        m.adoptDense(d, max, n, covered)
      } else {
        const lines: number[] = []
        for (let line = 1; line <= max; line++) if (r() < 0.7 || line === max) lines.push(line)
        const hits = lines.map(() => Math.floor(r() * 4))
        lines.forEach((line, i) => ref.set(line, { hits: hits[i] as number }))
        m.adoptSorted(Float64Array.from(lines), Float64Array.from(hits), lines.length)
      }
      maps.push(m)
      refs.push(ref)
    }
    for (let step = 0; step < 6000; step++) {
      const k = Math.floor(r() * maps.length)
      const m = maps[k] as LineMap
      const ref = refs[k] as Map<number, LineCoverage>
      const line = Math.floor(r() * 340)
      const x = r()
      if (x < 0.35) {
        const rec = { hits: Math.floor(r() * 5), branches: { covered: Math.floor(r() * 3), total: 3 } }
        m.set(line, rec)
        ref.set(line, rec)
      } else if (x < 0.5) {
        const had = ref.get(line)
        const ok = m.setBranches(line, 1, 2)
        expect(ok).toBe(had !== undefined)
        if (had !== undefined) ref.set(line, { hits: had.hits, branches: { covered: 1, total: 2 } })
      } else if (x < 0.75) {
        const hits = Math.floor(r() * 9)
        m.setHits(line, hits)
        ref.set(line, { hits })
      } else if (x < 0.95) {
        expect(m.delete(line)).toBe(ref.delete(line))
      } else {
        m.dropBranches()
        for (const [l, rec] of ref) if (rec.branches !== undefined) ref.set(l, { hits: rec.hits })
      }
    }
    maps.forEach((m, k) => {
      expect([k, [...m].sort((a, b) => a[0] - b[0])]).toEqual([
        k,
        [...(refs[k] as Map<number, LineCoverage>)].sort((a, b) => a[0] - b[0])
      ])
    })
  })
})

describe('LineMap against a plain Map (random operations, branch records in the side table)', () => {
  it('get/has/size/entries/values/keys/tally/copy agree after every step', () => {
    const r = rng(99)
    for (let round = 0; round < 40; round++) {
      const m = new LineMap()
      const ref = new Map<number, LineCoverage>()
      const steps = 1 + Math.floor(r() * 250)
      for (let s = 0; s < steps; s++) {
        const x = r()
        const line =
          x < 0.04
            ? 2 ** 23 + Math.floor(r() * 3)
            : x < 0.06
              ? 1.5
              : x < 0.5
                ? Math.floor(r() * 40)
                : Math.floor(r() * 400)
        const y = r()
        let rec: LineCoverage | undefined
        if (y < 0.25) rec = { hits: Math.floor(r() * 5) }
        else if (y < 0.55)
          rec = { hits: Math.floor(r() * 5), branches: { covered: Math.floor(r() * 3), total: 3 } }
        else if (y < 0.6) rec = { hits: 2 ** 31 + 5, branches: { covered: 1, total: 2 } }
        else if (y < 0.63) rec = { hits: 1, branches: { covered: 2 ** 40, total: 2 ** 41 } }
        else if (y < 0.68) rec = { hits: 3, partial: true }
        else if (y < 0.72) rec = { hits: 0, branches: { covered: 0, total: 1 }, partial: true }
        if (rec !== undefined) {
          m.set(line, rec)
          ref.set(line, rec)
        } else if (y < 0.85) {
          const hits = Math.floor(r() * 9)
          m.setHits(line, hits)
          ref.set(line, { hits })
        } else if (y < 0.99) {
          expect(m.delete(line)).toBe(ref.delete(line))
        } else {
          m.clear()
          ref.clear()
        }
        expect(m.size).toBe(ref.size)
        expect(m.has(line)).toBe(ref.has(line))
        expect(m.get(line)).toEqual(ref.get(line))
      }
      const sorted = [...ref].sort((a, b) => {
        const da = Number.isInteger(a[0]) && a[0] < 2 ** 22
        const db = Number.isInteger(b[0]) && b[0] < 2 ** 22
        return da && db ? a[0] - b[0] : da ? -1 : db ? 1 : 0
      })
      expect([...m]).toEqual(sorted)
      expect([...m.values()]).toEqual(sorted.map(e => e[1]))
      expect([...m.keys()]).toEqual(sorted.map(e => e[0]))
      expect([...new Map(m)]).toEqual(sorted)
      let lt = 0
      let lc = 0
      let bt = 0
      let bc = 0
      for (const l of ref.values()) {
        lt++
        if (l.hits > 0) lc++
        bt += l.branches?.total ?? 0
        bc += l.branches?.covered ?? 0
      }
      expect(m.tally()).toEqual({ lines: lt, covered: lc, branches: bt, branchesCovered: bc })
    }
  })
})

describe('LineMap hit counts above 2^31 - 1', () => {
  it('keeps counts up to MAX_SAFE_INTEGER exactly: the Int32 storage of a filled map widens to Float64', () => {
    const max = Number.MAX_SAFE_INTEGER
    const m = new LineMap()
    const d = new Int32Array(6).fill(-1)
    d[1] = 3
    d[2] = 0
    d[4] = 2147483647
    m.adoptDense(d, 4, 3, 2)
    m.setHits(2, max)
    m.setBranches(4, 1, 2)
    m.setHits(5, 2 ** 31)
    m.set(6, { hits: max, branches: { covered: 1, total: 1 } })
    expect([...m]).toEqual([
      [1, { hits: 3 }],
      [2, { hits: max }],
      [4, { hits: 2147483647, branches: { covered: 1, total: 2 } }],
      [5, { hits: 2 ** 31 }],
      [6, { hits: max, branches: { covered: 1, total: 1 } }]
    ])
    expect(m.tally()).toEqual({ lines: 5, covered: 5, branches: 3, branchesCovered: 2 })
    m.dropBranches()
    expect(m.get(6)).toEqual({ hits: max })
    const sorted = new LineMap()
    sorted.adoptSorted(Float64Array.from([1, 3]), Float64Array.from([max, 0]), 2)
    expect([...sorted]).toEqual([
      [1, { hits: max }],
      [3, { hits: 0 }]
    ])
  })
})
