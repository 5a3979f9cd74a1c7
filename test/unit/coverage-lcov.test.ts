// The LCOV parser (src/coverage/parse/lcov.ts): its byte-level fast readers against the general rules, a
// report read in chunks against the whole buffer, and hit counts that stay finite however long they are written.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CoverageReport } from '../../src/coverage/model.js'
import { parseCoverageBuffer, parseCoverageFile } from '../../src/coverage/parse/index.js'
import { fnNameFast, parseLcov } from '../../src/coverage/parse/lcov.js'
import { PathNormalizer } from '../../src/coverage/parse/paths.js'
import { parseBaseline, serializeBaseline } from '../../src/coverage/baseline-format.js'

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a / 4294967296
  }
}

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

describe('LCOV hit counts stay finite', () => {
  // lcov.ts saturates counts at Number.MAX_SAFE_INTEGER (its MAX_HITS): still an exact integer, stored
  // exactly by the LineMap and read back by a baseline; coverage only asks whether a count is above 0.
  const MAX = Number.MAX_SAFE_INTEGER
  const BIG = '9'.repeat(400) // Infinity when read as a double
  const BIG_ROUND = `1${'0'.repeat(399)}`

  /** The report parsed from text, by the fast per-block tallies and by the exact by-name tally. */
  function bothPaths(text: string): CoverageReport[] {
    const buf = Buffer.from(text, 'utf8')
    return [false, true].map(exactOnly => parseLcov(buf, 'lcov.info', new PathNormalizer({}), { exactOnly }))
  }

  /** Every number the report holds is a safe integer, and the report survives a baseline round trip unchanged. */
  function expectFiniteAndStorable(r: CoverageReport): void {
    const numbers: number[] = []
    JSON.stringify(
      {
        producer: r.producerTotals,
        files: [...r.files].map(([p, f]) => [p, [...f.lines], f.functions, f.unattachedBranches])
      },
      (_k, v: unknown) => {
        if (typeof v === 'number') numbers.push(v)
        return v
      }
    )
    expect(numbers.length).toBeGreaterThan(0)
    expect(numbers.filter(n => !Number.isSafeInteger(n))).toEqual([])
    const meta = { sha: 'a'.repeat(40), configHash: 'c', createdAt: '2026-01-01T00:00:00Z' }
    const back = parseBaseline(serializeBaseline({ meta, report: r, trend: [] }), 'base.json')
    for (const [p, f] of r.files)
      expect([p, [...(back.report.files.get(p)?.lines ?? [])]]).toEqual([p, [...f.lines]])
  }

  it('DA: a 400-digit count is MAX_SAFE_INTEGER, in a DA run, alone, repeated and in a later block', () => {
    for (const big of [BIG, BIG_ROUND, '9'.repeat(16), '18014398509481984']) {
      const text =
        `SF:a.c\nDA:1,5\nDA:2,${big}\nDA:3,1\nDA:3,${big}\nend_of_record\n` +
        `SF:b.c\nDA:1,${big}\nend_of_record\n` +
        `SF:a.c\nDA:2,${big}\nDA:4,${big},checksum\nDA:5,-${big}\nend_of_record\n`
      for (const r of bothPaths(text)) {
        expect([big.length, [...(r.files.get('a.c')?.lines ?? [])]]).toEqual([
          big.length,
          [
            [1, { hits: 5 }],
            [2, { hits: MAX }], // summed over two blocks: saturated, not 2 × MAX
            [3, { hits: MAX }],
            [4, { hits: MAX }],
            [5, { hits: 0 }] // a negative count is "not executed", however long
          ]
        ])
        expect(r.files.get('b.c')?.lines.get(1)).toEqual({ hits: MAX })
        expectFiniteAndStorable(r)
      }
    }
  })

  it('DA: counts up to 15 digits stay exact (fast run up to 9 digits, the checked path above)', () => {
    const counts = [999999999, 1000000000, 2147483648, 999999999999999, 9007199254740991]
    const text = `SF:a.c\n${counts.map((c, i) => `DA:${i + 1},${c}\n`).join('')}end_of_record\n`
    for (const r of bothPaths(text)) {
      expect([...(r.files.get('a.c')?.lines ?? [])].map(([, rec]) => rec.hits)).toEqual(counts)
      expectFiniteAndStorable(r)
    }
  })

  it('BRDA: a 400-digit taken count is a taken branch, alone and summed over blocks', () => {
    const text =
      `SF:a.c\nDA:3,1\nBRDA:3,0,0,${BIG}\nBRDA:3,0,1,0\nBRDA:3,0,2,-\nBRDA:9,0,0,${BIG}\nend_of_record\n` +
      `SF:b.c\nDA:3,1\nBRDA:3,0,0,${BIG}\nBRDA:3,0,1,999999999999999\nend_of_record\n` +
      `SF:b.c\nBRDA:3,0,0,${BIG}\nend_of_record\n`
    for (const r of bothPaths(text)) {
      expect(r.files.get('a.c')?.lines.get(3)).toEqual({ hits: 1, branches: { covered: 1, total: 3 } })
      expect(r.files.get('a.c')?.unattachedBranches).toEqual({ covered: 1, total: 1 })
      expect(r.files.get('b.c')?.lines.get(3)).toEqual({ hits: 1, branches: { covered: 2, total: 2 } })
      expectFiniteAndStorable(r)
    }
    for (const bad of ['-1', `-${BIG}`, 'x', '1e400', 'Infinity']) {
      for (const exactOnly of [false, true]) {
        expect(() =>
          parseLcov(
            Buffer.from(`SF:a.c\nDA:3,1\nBRDA:3,0,0,${bad}\nend_of_record\n`),
            'lcov.info',
            new PathNormalizer({}),
            {
              exactOnly
            }
          )
        ).toThrow(/lcov\.info:3: malformed LCOV BRDA record/)
      }
    }
  })

  it('FNDA and FNA: a 400-digit count is a called function; a negative one is not', () => {
    const text =
      `SF:a.c\nFN:1,f\nFN:5,g\nFN:9,h\nFNDA:${BIG},f\nFNDA:-${BIG},g\nFNDA:${BIG},f\nFNDA:0,h\nDA:1,1\nend_of_record\n` +
      `SF:b.c\nFNL:0,1,4\nFNA:0,${BIG},f\nFNL:1,5,8\nFNA:1,0,g\nDA:1,1\nend_of_record\n` +
      `SF:b.c\nFNA:1,${BIG},g\nend_of_record\n`
    for (const r of bothPaths(text)) {
      expect(r.files.get('a.c')?.functions).toEqual({ covered: 1, total: 3 })
      expect(r.files.get('b.c')?.functions).toEqual({ covered: 2, total: 2 })
      expectFiniteAndStorable(r)
    }
  })

  it('summary records (LF, LH, BRF, BRH, FNF, FNH): a 400-digit value is MAX_SAFE_INTEGER, sums saturate', () => {
    const text =
      `SF:a.c\nDA:1,1\nLF:${BIG}\nLH:${BIG}\nBRF:${BIG}\nBRH:2\nFNF:${BIG}\nFNH:0\nend_of_record\n` +
      `SF:b.c\nDA:1,1\nLF:${BIG}\nLH:1\nend_of_record\n`
    for (const r of bothPaths(text)) {
      expect(r.producerTotals).toEqual({
        lines: { covered: MAX, total: MAX },
        branches: { covered: 2, total: MAX },
        functions: { covered: 0, total: MAX }
      })
      expectFiniteAndStorable(r)
    }
  })

  it('the same through the chunked file reader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-lcov-big-'))
    try {
      const file = join(dir, 'big.info')
      let text = ''
      for (let k = 0; k < 400; k++) {
        text += `SF:src/m${k % 40}.c\nFN:1,f\nFNDA:${BIG},f\nDA:1,${BIG}\nDA:2,${k}\nBRDA:1,0,0,${BIG}\nBRDA:1,0,1,-\nend_of_record\n`
      }
      writeFileSync(file, text)
      expect(text.length).toBeGreaterThan(2 * 65536)
      const chunked = await parseCoverageFile(file, { chunkBytes: 65536 })
      const whole = parseCoverageBuffer(readFileSync(file), file)
      for (const r of [chunked, whole]) {
        const f = r.files.get('src/m7.c')
        expect(f?.lines.get(1)).toEqual({ hits: MAX, branches: { covered: 1, total: 2 } })
        expect(f?.functions).toEqual({ covered: 1, total: 1 })
        expectFiniteAndStorable(r)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('LCOV line 0', () => {
  it('is left out and disclosed in the warnings, never silently', () => {
    const rep = parseLcov(
      Buffer.from('SF:a.c\nDA:0,1\nDA:1,1\nend_of_record\n'),
      'x.info',
      new PathNormalizer({})
    )
    expect([...(rep.files.get('a.c')?.lines.keys() ?? [])]).toEqual([1])
    expect(rep.warnings).toEqual(['x.info: 1 record(s) for line number 0 (not a source line) were left out'])
  })
})
