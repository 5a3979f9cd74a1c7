// LCOV functions and branches are tallied per block from bytes (fast) and, for files with several blocks
// or unusual records, by name at the end (exact). Both must give what the by-name tally gives everywhere.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CoverageReport } from '../../src/coverage/model.js'
import { parseCoverageFile } from '../../src/coverage/parse/index.js'
import { parseLcov } from '../../src/coverage/parse/lcov.js'
import { PathNormalizer } from '../../src/coverage/parse/paths.js'
import { reportTotals } from '../../src/coverage/totals.js'

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a / 4294967296
  }
}

function dump(r: CoverageReport): unknown {
  return {
    producer: r.producerTotals,
    // Warnings start with the report's name, which differs between a buffer and a file parse.
    warnings: r.warnings?.map(w => w.slice(w.indexOf(': ') + 2)),
    files: [...r.files].map(([p, f]) => [p, [...f.lines], f.functions, f.unattachedBranches])
  }
}

function parse(text: string, exactOnly = false): CoverageReport {
  return parseLcov(Buffer.from(text, 'utf8'), 'lcov.info', new PathNormalizer({}), { exactOnly })
}

/** Random LCOV: repeated files, duplicate names, non-ASCII names, lcov 2 FNA, odd branch ids, CRLF. */
function randomLcov(seed: number, files: number): string {
  const r = rng(seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T
  const names = ['main', 'f', 'g', 'a,b', 'café', 'caf\u00e9', 'x y', '', '<anon>', 'fn_1']
  let s = ''
  for (let k = 0; k < files; k++) {
    const eol = r() < 0.15 ? '\r\n' : '\n'
    s += `TN:t${k}${eol}SF:src/m${Math.floor(r() * (files / 2))}.ts${eol}`
    const fns = Math.floor(r() * 7)
    for (let i = 0; i < fns; i++) {
      const x = r()
      if (x < 0.35) s += `FN:${i + 1},${pick(names)}${eol}`
      else if (x < 0.5) s += `FN:${i + 1},${i + 9},${pick(names)}${eol}`
      else if (x < 0.8) s += `FNDA:${pick([0, 0, 1, 3, 12])},${pick(names)}${eol}`
      else if (x < 0.9) s += `FNL:${i},${i + 1},${i + 4}${eol}FNA:${i},${pick([0, 2])},${pick(names)}${eol}`
      else s += `FNDA:${pick(['1.0', '0.0', '7'])},${pick(names)}${eol}`
    }
    let line = 0
    const n = Math.floor(r() * 40)
    for (let i = 0; i < n; i++) {
      line += r() < 0.85 ? 1 : r() < 0.5 ? 3 : -2
      s += `DA:${Math.max(0, line)},${pick([0, 0, 1, 5, 42])}${eol}`
    }
    const brs = Math.floor(r() * 9)
    for (let i = 0; i < brs; i++) {
      const bl = Math.floor(r() * (n + 4))
      const taken = pick(['-', '0', '1', '4', '2.0'])
      const id =
        r() < 0.8 ? `${Math.floor(r() * 2)},${Math.floor(r() * 3)}` : `0,${pick(['e1', 'x,y', '(a)'])}`
      s += `BRDA:${bl},${id},${taken}${eol}`
    }
    s += `LF:${n}${eol}LH:0${eol}`
    if (r() < 0.9) s += `end_of_record${eol}`
  }
  return `${s}SF:src/last.ts\nDA:1,1\nend_of_record\n`
}

describe('LCOV function and branch tallies', () => {
  it('per-block byte tallies equal the by-name tally on 300 random reports', () => {
    let repeated = 0
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomLcov(seed, 2 + (seed % 25))
      const fast = parse(text)
      expect([seed, dump(fast)]).toEqual([seed, dump(parse(text, true))])
      if (fast.files.size < 2 + (seed % 25)) repeated++
    }
    expect(repeated).toBeGreaterThan(100)
  })

  it('counts known cases exactly', () => {
    const text = [
      'SF:a.ts',
      'FN:1,f',
      'FN:5,g',
      'FNDA:2,f',
      'FNDA:0,g',
      'FNDA:1,f', // same name again: one function
      'FNDA:0,h', // only named by FNDA: still a function
      'DA:1,2',
      'DA:2,0',
      'BRDA:1,0,0,1',
      'BRDA:1,0,1,-',
      'BRDA:1,0,1,3', // same branch twice in one block: one branch, taken
      'BRDA:9,0,0,1', // no DA on line 9: unattached
      'end_of_record',
      'SF:b.ts',
      'FN:1,f',
      'DA:1,0',
      'BRDA:1,0,0,0',
      'end_of_record',
      'SF:b.ts', // b.ts again: names and branch ids merge across blocks
      'FNDA:4,f',
      'DA:1,1',
      'BRDA:1,0,0,2',
      'BRDA:1,0,1,0',
      'end_of_record',
      ''
    ].join('\n')
    const rep = parse(text)
    const a = rep.files.get('a.ts')
    const b = rep.files.get('b.ts')
    expect(a?.functions).toEqual({ covered: 1, total: 3 })
    expect(a?.lines.get(1)).toEqual({ hits: 2, branches: { covered: 2, total: 2 } })
    expect(a?.unattachedBranches).toEqual({ covered: 1, total: 1 })
    expect(b?.functions).toEqual({ covered: 1, total: 1 })
    expect(b?.lines.get(1)).toEqual({ hits: 1, branches: { covered: 1, total: 2 } })
    expect(reportTotals(rep)).toEqual({
      lines: { covered: 2, total: 3 },
      branches: { covered: 4, total: 5 },
      functions: { covered: 2, total: 4 }
    })
  })

  it('gives the same report when blocks are split between chunks of a file read in pieces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-lcov-tally-'))
    try {
      const text = randomLcov(4242, 3000)
      const file = join(dir, 'big.info')
      writeFileSync(file, text)
      expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 4096)
      const reference = dump(parse(text, true))
      for (const chunkBytes of [4096, 65536]) {
        expect(dump(await parseCoverageFile(file, { chunkBytes }))).toEqual(reference)
      }
      // With a byte-order mark every offset shifts by three: the re-read blocks must still line up.
      writeFileSync(file, `\ufeff${text}`)
      expect(dump(await parseCoverageFile(file, { chunkBytes: 4096 }))).toEqual(reference)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
