// Fast paths added for the coverage benchmarks must give exactly what the general code gives.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import type { CoverageReport, LineCoverage } from '../../src/coverage/model.js'
import { parseCoverageBuffer, parseCoverageFile } from '../../src/coverage/parse/index.js'
import { fnNameFast } from '../../src/coverage/parse/lcov.js'
import { LineMap } from '../../src/coverage/parse/linemap.js'
import { isAbsolutePath, isPlainPosix, PathNormalizer, toPosix } from '../../src/coverage/parse/paths.js'
import { fileTotals } from '../../src/coverage/totals.js'

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a / 4294967296
  }
}

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

// The general path normalisation toPosix had before its fast path (kept here as the reference).
function toPosixReference(raw: string): string {
  let p = raw.trim().replace(/\\/g, '/')
  if (p.startsWith('file://')) p = p.slice(7)
  const drive = /^([A-Za-z]:)\//.exec(p)
  if (drive) return drive[1] + posix.normalize(p.slice(2))
  if (p.startsWith('/')) return posix.normalize(p)
  const n = posix.normalize(p)
  return n === '.' ? '' : n.replace(/^(\.\/)+/, '')
}

describe('toPosix / isPlainPosix / isAbsolutePath fast paths', () => {
  it('toPosix equals the general normalisation on random and tricky paths', () => {
    const tricky = [
      '',
      '.',
      './a',
      'a/./b',
      'a//b',
      'a/../b',
      '../a',
      '/a/b/',
      '//a',
      'a/',
      ' a/b ',
      '\u00a0a',
      'a\u2028',
      'C:\\x\\y',
      'c:/x/../y',
      'file:///home/x/a.ts',
      'a:b/c',
      '..',
      '.a/b..',
      'src/a.ts',
      '/home/runner/work/r/r/src/a.ts',
      'ü/ß.ts'
    ]
    const alphabet = ['a', 'b', '/', '.', '\\', ' ', ':', 'C', 'ü']
    const r = rng(3)
    const random: string[] = []
    for (let k = 0; k < 3000; k++) {
      let s = ''
      const n = Math.floor(r() * 9)
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)]
      random.push(s)
    }
    for (const p of [...tricky, ...random]) {
      expect([p, toPosix(p)]).toEqual([p, toPosixReference(p)])
      if (isPlainPosix(p)) expect(toPosixReference(p)).toBe(p)
      expect([p, isAbsolutePath(p)]).toEqual([p, p.startsWith('/') || /^[A-Za-z]:\//.test(p)])
    }
    expect(isPlainPosix('src/a.ts')).toBe(true)
    expect(isPlainPosix('src//a.ts')).toBe(false)
  })
})

describe('PathNormalizer: relative paths once the repository file list is read', () => {
  it('resolves a missing relative path by unique suffix, keeps existing and unknown ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'qg-fast-'))
    try {
      mkdirSync(join(root, 'web/src'), { recursive: true })
      mkdirSync(join(root, 'dup/a'), { recursive: true })
      mkdirSync(join(root, 'dup/b'), { recursive: true })
      writeFileSync(join(root, 'web/src/app.ts'), '')
      writeFileSync(join(root, 'dup/a/x.ts'), '')
      writeFileSync(join(root, 'dup/b/x.ts'), '')
      writeFileSync(join(root, 'top.ts'), '')
      const n = new PathNormalizer({ repoRoot: root })
      // The first miss reads the file list; later lookups use it.
      expect(n.normalize('nowhere/none.ts')).toEqual({ path: 'nowhere/none.ts', outside: false })
      expect(n.index?.built).toBe(true)
      expect(n.normalize('src/app.ts')).toEqual({ path: 'web/src/app.ts', outside: false })
      expect(n.normalize('web/src/app.ts')).toEqual({ path: 'web/src/app.ts', outside: false })
      expect(n.normalize('top.ts')).toEqual({ path: 'top.ts', outside: false })
      expect(n.normalize('x.ts')).toEqual({ path: 'x.ts', outside: false })
      // A directory that exists is not re-rooted (the disk check still decides).
      mkdirSync(join(root, 'app.ts'))
      expect(n.normalize('app.ts')).toEqual({ path: 'app.ts', outside: false })
      expect(n.resolvedBySuffix).toBe(1)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('PathNormalizer.dirPrefix: joining plain names onto a source root', () => {
  it('gives normalize()’s answer for every plain name, and declines where it could differ', () => {
    const root = '/work/repo'
    const n = new PathNormalizer({ repoRoot: root })
    const dirs = [
      '/work/repo',
      '/work/repo/',
      '/work/repo/src',
      '/work/repo//src/',
      '/work/repo/a/../src',
      '/work/repo/src/./lib'
    ]
    const names = ['a.py', 'pkg/mod.py', 'x/y/z.ts', 'caf\u00e9.py', 'a b.py']
    for (const d of dirs) {
      const pre = n.dirPrefix(d)
      expect([d, pre === undefined]).toEqual([d, false])
      for (const name of names) {
        expect(isPlainPosix(name)).toBe(true)
        const joined = { path: pre === '' ? name : `${pre}/${name}`, outside: false }
        expect([d, name, joined]).toEqual([d, name, n.normalize(`${d}/${name}`)])
      }
    }
    for (const d of ['/elsewhere/src', 'src', './src', 'C:\\other'])
      expect([d, n.dirPrefix(d)]).toEqual([d, undefined])
    const mapped = new PathNormalizer({ repoRoot: root, pathMappings: [{ from: '/build', to: 'src' }] })
    expect(mapped.dirPrefix('/work/repo/src')).toBeUndefined()
  })
})

describe('LCOV FN: fast name parsing', () => {
  // The general rule in parseLcov (split on commas).
  function reference(s: string): string | null {
    const parts = s.split(',')
    if (parts.length < 2 || !Number.isInteger(Number(parts[0]))) return null
    return Number.isInteger(Number(parts[1])) && parts.length > 2
      ? parts.slice(2).join(',')
      : parts.slice(1).join(',')
  }

  it('gives the general rule’s name whenever it answers', () => {
    const r = rng(11)
    const alphabet = ['1', '2', '0', ',', 'a', 'é', ' ', '.', '-']
    const cases = ['1,f', '1,2,f', '1,2,', '1,2', '1,', '1,f,g', '1,2,3,x', '12,34,a,b', ',f', 'x,f', '1,,f']
    for (let k = 0; k < 4000; k++) {
      let s = r() < 0.7 ? `${Math.floor(r() * 300)},` : ''
      const n = Math.floor(r() * 8)
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)]
      cases.push(s)
    }
    let fast = 0
    for (const s of cases) {
      const buf = Buffer.from(`FN:${s}\n`, 'utf8')
      const got = fnNameFast(buf, 3, buf.length - 1)
      if (got !== undefined) {
        fast++
        expect([s, got]).toEqual([s, reference(s)])
      }
    }
    expect(fast).toBeGreaterThan(1000)
    expect(fnNameFast(Buffer.from('FN:3,myFn\n'), 3, 9)).toBe('myFn')
    expect(fnNameFast(Buffer.from('FN:3,7,a,b\n'), 3, 10)).toBe('a,b')
  })
})

describe('LCOV read in chunks', () => {
  function dump(r: CoverageReport): unknown {
    return {
      format: r.format,
      producer: r.producerTotals,
      warnings: r.warnings,
      files: [...r.files].map(([p, f]) => [p, [...f.lines], f.functions, f.unattachedBranches])
    }
  }

  function lcovText(seed: number, files: number): string {
    const r = rng(seed)
    let s = ''
    for (let f = 0; f < files; f++) {
      const eol = r() < 0.2 ? '\r\n' : '\n'
      const name = f % 7 === 3 ? `src/${'long/'.repeat(20000)}f${f % 50}.ts` : `src/m${f % 50}.ts`
      s += `TN:t${f}${eol}SF:${name}${eol}FN:1,fn${f % 3}${eol}FN:2,9,fa,b${eol}FNDA:${f % 2},fn${f % 3}${eol}`
      let line = 0
      const n = Math.floor(r() * 120)
      for (let k = 0; k < n; k++) {
        line += r() < 0.9 ? 1 : -3
        s += `DA:${Math.max(0, line)},${Math.floor(r() * 4)}${r() < 0.1 ? ',abc' : ''}${eol}`
        if (r() < 0.1)
          s += `BRDA:${Math.max(1, line)},0,${k % 3},${r() < 0.3 ? '-' : Math.floor(r() * 3)}${eol}`
      }
      s += `LF:${n}${eol}LH:0${eol}end_of_record${eol}`
    }
    return s
  }

  it('gives exactly the whole-buffer result, with CRLF, repeated files, lines longer than a chunk and a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-chunks-'))
    try {
      const cases: [string, string][] = [
        ['plain.info', lcovText(1, 400)],
        ['bom.info', `\ufeff${lcovText(2, 300)}`],
        ['no-final-newline.info', lcovText(3, 300).replace(/\n$/, '')]
      ]
      for (const [name, text] of cases) {
        const file = join(dir, name)
        writeFileSync(file, text)
        expect(Buffer.byteLength(text)).toBeGreaterThan(3 * 65536)
        const whole = parseCoverageBuffer(readFileSync(file), file)
        const chunked = await parseCoverageFile(file, { chunkBytes: 65536 })
        expect(dump(chunked)).toEqual(dump(whole))
        expect(dump(await parseCoverageFile(file))).toEqual(dump(whole))
      }
      const bad = join(dir, 'truncated.info')
      writeFileSync(bad, lcovText(4, 300).replace(/end_of_record\n$/, ''))
      await expect(parseCoverageFile(bad, { chunkBytes: 65536 })).rejects.toThrow(
        /truncated LCOV: the last SF block has no end_of_record/
      )
      const malformed = join(dir, 'malformed.info')
      const lines = lcovText(5, 300).split('\n')
      lines[5000] = 'DA:x,1'
      writeFileSync(malformed, lines.join('\n'))
      let wholeErr = ''
      try {
        parseCoverageBuffer(readFileSync(malformed), malformed)
      } catch (e) {
        wholeErr = (e as Error).message
      }
      expect(wholeErr).toMatch(/:5001: malformed LCOV DA record/)
      await expect(parseCoverageFile(malformed, { chunkBytes: 65536 })).rejects.toThrow(wholeErr)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
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
