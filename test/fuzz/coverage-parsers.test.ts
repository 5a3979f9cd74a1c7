/**
 * Fuzz: every coverage parser, through detection (parseCoverageBuffer), per format (each parser's own
 * function) and from a file (parseCoverageFile, including LCOV read in chunks), on mutated valid reports
 * and fully random bytes. Properties: only a one-line UserError is ever thrown, and every count in a
 * parsed report is a finite non-negative integer with covered ≤ total, line numbers in 1…MAX_LINE, and
 * report totals equal to the sum of the per-line records counted independently of totals.ts.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import {
  MAX_HITS,
  clampHits,
  type CoverageFormat,
  type CoverageReport,
  type Ratio
} from '../../src/coverage/model.js'
import { MAX_LINE } from '../../src/coverage/parse/builder.js'
import { parseClover } from '../../src/coverage/parse/clover.js'
import { parseCobertura } from '../../src/coverage/parse/cobertura.js'
import { parseGo } from '../../src/coverage/parse/go.js'
import { parseCoverageBuffer, parseCoverageFile } from '../../src/coverage/parse/index.js'
import { parseIstanbul } from '../../src/coverage/parse/istanbul.js'
import { parseJacoco } from '../../src/coverage/parse/jacoco.js'
import { parseLcov } from '../../src/coverage/parse/lcov.js'
import { PathNormalizer } from '../../src/coverage/parse/paths.js'
import { reportTotals } from '../../src/coverage/totals.js'
import {
  corpusSeeds,
  mutatedArb,
  params,
  randomArb,
  timed,
  timedAsync,
  userErrorOr,
  userErrorOrAsync
} from './support.js'

// ---- seeds: small valid reports (inline, in the shape the unit tests use) and corpus files read in place ----

const LCOV = [
  'TN:unit\nSF:src/a.c\nFN:1,main\nFNDA:3,main\nFNF:1\nFNH:1\nDA:1,3\nDA:2,0\nDA:4,7\nBRDA:2,0,0,1\nBRDA:2,0,1,-\nBRF:2\nBRH:1\nLF:3\nLH:2\nend_of_record\nSF:src/b.c\nDA:10,1\nend_of_record\n',
  'SF:lib/x.js\nFNL:0,1,3\nFNA:0,2,f\nDA:1,1\nDA:2,1\nDA:3,0\nBRDA:3,0,0,0\nBRDA:3,0,1,2\nLF:3\nLH:2\nend_of_record\n'
]
const ISTANBUL_FILE = {
  path: 'src/a.js',
  statementMap: {
    '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 10 } },
    '1': { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } }
  },
  s: { '0': 2, '1': 0 },
  fnMap: {
    '0': {
      name: 'f',
      decl: { start: { line: 2, column: 9 }, end: { line: 2, column: 10 } },
      loc: { start: { line: 2, column: 0 }, end: { line: 6, column: 1 } },
      line: 2
    }
  },
  f: { '0': 1 },
  branchMap: {
    '0': {
      type: 'if',
      line: 3,
      loc: { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } },
      locations: [
        { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } },
        { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } }
      ]
    }
  },
  b: { '0': [1, 0] }
}
const ISTANBUL = [
  JSON.stringify({ 'src/a.js': ISTANBUL_FILE }),
  JSON.stringify({ coverageMap: { 'src/a.js': { data: ISTANBUL_FILE } }, numTotalTests: 1 }, null, 2)
]
const COBERTURA = [
  `<?xml version="1.0" ?>
<coverage line-rate="0.5" branch-rate="0.5" lines-covered="2" lines-valid="4" branches-covered="1" branches-valid="2" version="7.4">
  <sources><source>/src/proj</source></sources>
  <packages><package name="p"><classes>
    <class name="a.py" filename="pkg/a.py" line-rate="0.5">
      <methods/>
      <lines>
        <line number="1" hits="1"/>
        <line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/>
        <line number="3" hits="4"/>
        <line number="5" hits="0"/>
      </lines>
    </class>
  </classes></package></packages>
</coverage>
`
]
const JACOCO = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="r"><sessioninfo id="s" start="1" dump="2"/><package name="com/x"><class name="com/x/A" sourcefilename="A.java"><method name="m" desc="()V" line="3"><counter type="LINE" missed="0" covered="2"/></method></class><sourcefile name="A.java"><line nr="3" mi="0" ci="4" mb="1" cb="1"/><line nr="4" mi="2" ci="0" mb="0" cb="0"/><counter type="LINE" missed="1" covered="1"/><counter type="BRANCH" missed="1" covered="1"/><counter type="METHOD" missed="0" covered="1"/></sourcefile></package><counter type="LINE" missed="1" covered="1"/><counter type="BRANCH" missed="1" covered="1"/><counter type="METHOD" missed="0" covered="1"/></report>`
]
const CLOVER = [
  `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1" clover="4.4.1">
  <project timestamp="1">
    <metrics statements="3" coveredstatements="2" conditionals="2" coveredconditionals="1" methods="1" coveredmethods="1"/>
    <package name="p">
      <file name="a.php" path="/repo/src/a.php">
        <line num="2" type="method" count="1"/>
        <line num="3" type="stmt" count="1"/>
        <line num="4" type="cond" truecount="1" falsecount="0"/>
        <line num="5" type="stmt" count="0"/>
      </file>
    </package>
  </project>
</coverage>
`
]
const GO = [
  'mode: set\ngithub.com/o/r/pkg/a.go:3.14,5.2 1 1\ngithub.com/o/r/pkg/a.go:5.2,7.3 2 0\ngithub.com/o/r/pkg/b.go:1.1,1.20 1 1\n',
  'mode: count\nexample.com/m/x.go:10.1,12.2 3 7\nexample.com/m/x.go:10.1,12.2 3 2\nexample.com/m/x.go:11.1,11.9 1 0\n'
]

const FORMAT_SEEDS: Record<CoverageFormat, Buffer[]> = {
  lcov: [
    ...LCOV.map(s => Buffer.from(s)),
    ...corpusSeeds([
      'coverage/gcovr/simple/stdout/gcc-14/coverage.lcov',
      'coverage/reportgenerator/C++/Reports/lcov.info',
      'coverage/coveralls/lcov/test.lcov'
    ])
  ],
  istanbul: ISTANBUL.map(s => Buffer.from(s)),
  cobertura: [
    ...COBERTURA.map(s => Buffer.from(s)),
    ...corpusSeeds([
      'coverage/gcovr/simple/stdout/gcc-14/cobertura.xml',
      'coverage/reportgenerator/Other/Cobertura_Swift.xml',
      'coverage/coveralls/cobertura/cobertura-conditions.xml'
    ])
  ],
  jacoco: [
    ...JACOCO.map(s => Buffer.from(s)),
    ...corpusSeeds([
      'coverage/gcovr/simple/stdout/gcc-14/jacoco.xml',
      'coverage/reportgenerator/JaCoCo_Ant.xml'
    ])
  ],
  clover: [
    ...CLOVER.map(s => Buffer.from(s)),
    ...corpusSeeds([
      'coverage/gcovr/simple/stdout/gcc-14/clover.xml',
      'coverage/reportgenerator/Other/Clover_Istanbul.xml'
    ])
  ],
  go: [
    ...GO.map(s => Buffer.from(s)),
    ...corpusSeeds([
      'coverage/coveralls/golang/coverage-dashes.out',
      'coverage/coveralls/golang/coverage-two-slashes.out'
    ])
  ]
}
const ALL_SEEDS = Object.values(FORMAT_SEEDS).flat()

// ---- the invariants of a parsed report ----

function isCount(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_HITS
}

function checkRatio(r: Ratio | undefined, what: string, coveredAtMostTotal = true): void {
  if (r === undefined) return
  if (!isCount(r.covered) || !isCount(r.total))
    throw new Error(`${what}: not finite non-negative integers: ${JSON.stringify(r)}`)
  if (coveredAtMostTotal && r.covered > r.total)
    throw new Error(`${what}: covered ${r.covered} > total ${r.total}`)
}

/** Every count of the checked; totals recomputed by plain iteration and compared with totals.ts. */
function checkReport(rep: CoverageReport, format?: CoverageFormat): void {
  if (format !== undefined) expect(rep.format).toBe(format)
  expect(rep.files.size).toBeGreaterThan(0)
  const mine = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 }
  }
  for (const [key, f] of rep.files) {
    if (typeof f.path !== 'string' || f.path === '' || f.path !== key)
      throw new Error(`bad file key/path ${JSON.stringify([key, f.path])}`)
    let n = 0
    let covered = 0
    for (const [line, rec] of f.lines) {
      n++
      if (!Number.isInteger(line) || line < 1 || line > MAX_LINE)
        throw new Error(`${key}: line number ${line} out of range`)
      if (!isCount(rec.hits)) throw new Error(`${key}:${line}: hits ${rec.hits}`)
      if (rec.hits > 0) covered++
      checkRatio(rec.branches, `${key}:${line} branches`)
      if (rec.branches !== undefined) {
        mine.branches.covered = clampHits(mine.branches.covered + rec.branches.covered)
        mine.branches.total = clampHits(mine.branches.total + rec.branches.total)
      }
    }
    if (n !== f.lines.size) throw new Error(`${key}: ${n} lines iterated, size says ${f.lines.size}`)
    checkRatio(f.functions, `${key} functions`)
    checkRatio(f.unattachedBranches, `${key} unattached branches`)
    checkRatio(f.statedLines, `${key} stated lines`)
    // Sums saturate at MAX_HITS (model.ts).
    const add = (r: Ratio, covered: number, total: number): void => {
      r.covered = clampHits(r.covered + covered)
      r.total = clampHits(r.total + total)
    }
    add(mine.lines, f.statedLines?.covered ?? covered, f.statedLines?.total ?? n)
    add(mine.branches, f.unattachedBranches?.covered ?? 0, f.unattachedBranches?.total ?? 0)
    add(mine.functions, f.functions?.covered ?? 0, f.functions?.total ?? 0)
  }
  const t = reportTotals(rep)
  for (const k of ['lines', 'branches', 'functions'] as const) {
    if (
      !Number.isSafeInteger(t[k].covered) ||
      !Number.isSafeInteger(t[k].total) ||
      t[k].covered > t[k].total
    ) {
      throw new Error(`report ${k} totals ${JSON.stringify(t[k])}`)
    }
  }
  expect(t).toEqual(mine)
  // Producer totals are what the report states (covered may exceed total in a hostile report), but they are
  // exact, finite counts.
  for (const k of ['lines', 'branches', 'functions'] as const)
    checkRatio(rep.producerTotals?.[k], `producer ${k}`, false)
  for (const w of rep.warnings ?? [])
    if (typeof w !== 'string' || /[\r\n]/.test(w))
      throw new Error(`warning not one line: ${JSON.stringify(w)}`)
}

/** checkReport on whatever parsed. */
function check(rep: CoverageReport | undefined, _buf: Buffer, format?: CoverageFormat): void {
  if (rep !== undefined) checkReport(rep, format)
}

const PER_FORMAT: Record<CoverageFormat, (b: Buffer, source: string, p: PathNormalizer) => CoverageReport> = {
  lcov: (b, s, p) => parseLcov(b, s, p),
  istanbul: parseIstanbul,
  cobertura: parseCobertura,
  jacoco: (b, s, p) => parseJacoco(b, s, p),
  clover: parseClover,
  go: parseGo
}

describe('fuzz: coverage parsers', () => {
  it('parseCoverageBuffer (detection), mutated reports of every format and random bytes', () => {
    const target = 'coverage: parseCoverageBuffer (detect)'
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutatedArb(ALL_SEEDS) }, randomArb()), buf => {
        const rep = timed(target, buf, () => userErrorOr(() => parseCoverageBuffer(buf, 'fuzz.report')))
        check(rep, buf)
      }),
      params(target, 1000)
    )
  })

  for (const format of Object.keys(PER_FORMAT) as CoverageFormat[]) {
    it(`${format}: its own parser, mutated ${format} reports, other formats and random bytes`, () => {
      const target = `coverage: ${format}`
      const seeds = FORMAT_SEEDS[format]
      const parse = PER_FORMAT[format]
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 6, arbitrary: mutatedArb(seeds) },
            { weight: 1, arbitrary: mutatedArb(ALL_SEEDS) },
            randomArb()
          ),
          buf => {
            const rep = timed(target, buf, () =>
              userErrorOr(() => parse(buf, 'fuzz.report', new PathNormalizer({})))
            )
            check(rep, buf, format)
            // The same bytes through the entry point with the format forced (BOM / UTF-16 handling first).
            const forced = userErrorOr(() => parseCoverageBuffer(buf, 'fuzz.report', { format }))
            check(forced, buf, format)
          }
        ),
        params(target, 1000)
      )
    })
  }

  describe('parseCoverageFile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-fuzz-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('reads a file exactly as parseCoverageBuffer parses its bytes (same report or both a UserError)', async () => {
      const target = 'coverage: parseCoverageFile vs buffer'
      // Large LCOV seeds (over the 64 KiB chunk) so that the chunked reader and its line carry-over run.
      const big = LCOV.map(s => Buffer.from(s.repeat(Math.ceil(70_000 / s.length) * 2)))
      const seeds = [...big, ...ALL_SEEDS]
      let n = 0
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: mutatedArb(seeds, 4) }, randomArb()), async buf => {
          const file = join(dir, `r${n++}`)
          writeFileSync(file, buf)
          const fromFile = await timedAsync(target, buf, () =>
            userErrorOrAsync(() => parseCoverageFile(file, { chunkBytes: 65536 }))
          )
          const fromBuf = userErrorOr(() => parseCoverageBuffer(buf, file))
          check(fromFile, buf)
          expect(fromFile === undefined).toBe(fromBuf === undefined)
          if (fromFile !== undefined && fromBuf !== undefined) {
            expect(reportTotals(fromFile)).toEqual(reportTotals(fromBuf))
            expect([...fromFile.files.keys()]).toEqual([...fromBuf.files.keys()])
          }
          rmSync(file)
        }),
        params(target, 200)
      )
    })
  })
})
