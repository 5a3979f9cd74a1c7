// The LCOV parser (src/coverage/parse/lcov.ts): its byte-level fast readers against the general rules, a
// report read in chunks against the whole buffer.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CoverageReport } from '../../src/coverage/model.js'
import { parseCoverageBuffer, parseCoverageFile } from '../../src/coverage/parse/index.js'
import { fnNameFast } from '../../src/coverage/parse/lcov.js'

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
