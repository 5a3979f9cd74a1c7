/**
 * Coverage parsers against the real third-party corpus (../shared/corpus/coverage, or $QG_CORPUS/coverage).
 *
 * gcovr: one gcc-14 run per program written in every format. gcovr's own totals (consensus) must be the
 * producerTotals of every format; our record-level totals must reproduce exactly the legitimate
 * disagreements documented in expected-totals.json `notes`:
 * - several functions on one source line: gcovr's LF/LH and XML root totals count one line entry per
 *   function instance; our model has one record per line number, so our line totals equal the unique
 *   line numbers (= the LCOV DA records) while producerTotals keep gcovr's count;
 * - LCOV merges the BRDA of such a line (6/6 instead of 12/9), the XML formats keep one set per instance;
 * - gcovr's JaCoCo `<line>`s have no mi/ci: per-line hits unknown, so each file's line totals are its
 *   LINE counter (= consensus, never 0 covered), patch coverage over it is n/a, and a warning says so;
 * - gcovr's Clover has no conditionals or methods.
 * Other sources: parsing succeeds or fails with a clear one-line error for the broken files, and the
 * totals from records equal the summary each format embeds; every exception is listed with its reason.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { UserError } from '../../src/shared/errors.js'
import type { CoverageReport, Ratio } from '../../src/coverage/model.js'
import { parseCoverageFile } from '../../src/coverage/parse/index.js'
import { fileTotals, reportTotals } from '../../src/coverage/totals.js'

const CORPUS = resolve(process.env.QG_CORPUS ?? resolve(process.cwd(), '../shared/corpus'), 'coverage')
const present = existsSync(resolve(CORPUS, 'gcovr/expected-totals.json'))
if (!present) console.log(`coverage corpus not found at ${CORPUS}: skipping the corpus conformance test`)
const d = present ? describe : describe.skip

interface Program {
  consensus: { lines: Ratio; branches: Ratio; functions: Ratio }
  per_format: Record<string, Record<string, Ratio>>
  notes?: string[]
}

function r(covered: number, total: number): Ratio {
  return { covered, total }
}

d('gcovr cross-format oracle (expected-totals.json)', () => {
  const oracle = present
    ? (JSON.parse(readFileSync(resolve(CORPUS, 'gcovr/expected-totals.json'), 'utf8')) as {
        programs: Record<string, Program>
      })
    : { programs: {} }
  const names = Object.keys(oracle.programs)

  it('has the 7 programs', () => {
    expect(names.length).toBe(7)
  })

  for (const name of names) {
    const prog = oracle.programs[name] as Program
    const dir = resolve(CORPUS, 'gcovr', name, 'gcc-14')
    const pf = prog.per_format
    const c = prog.consensus
    const unique = pf['cobertura.xml']?.unique_line_numbers as Ratio

    describe(name, () => {
      it('LCOV: records give DA/BRDA/FN totals, producerTotals equal LF/LH… = consensus', async () => {
        const rep = await parseCoverageFile(resolve(dir, 'coverage.lcov'))
        const t = reportTotals(rep)
        const lc = pf['coverage.lcov'] as Record<string, Ratio>
        expect(t.lines).toEqual(lc.DA_records)
        expect(t.branches).toEqual(lc.BRDA_records)
        expect(t.functions).toEqual(lc.FNDA_records)
        expect(rep.producerTotals?.lines).toEqual(c.lines)
        expect(rep.producerTotals?.lines).toEqual(lc.LF_LH)
        expect(rep.producerTotals?.branches).toEqual(lc.BRF_BRH)
        expect(rep.producerTotals?.functions).toEqual(c.functions)
      })

      it('Cobertura: unique line numbers from records, branches = consensus, root attrs = consensus', async () => {
        const rep = await parseCoverageFile(resolve(dir, 'cobertura.xml'))
        const t = reportTotals(rep)
        expect(t.lines).toEqual(unique)
        expect(t.branches).toEqual(c.branches)
        expect(t.branches).toEqual(pf['cobertura.xml']?.branches_from_condition_coverage)
        expect(rep.producerTotals?.lines).toEqual(c.lines)
        expect(rep.producerTotals?.branches).toEqual(c.branches)
      })

      it('JaCoCo: counters = consensus; <line>s without mi/ci: line totals from the counters, a warning', async () => {
        const rep = await parseCoverageFile(resolve(dir, 'jacoco.xml'))
        const t = reportTotals(rep)
        const jc = pf['jacoco.xml'] as Record<string, Ratio>
        // Never 0 covered: the LINE counters (gcovr's count, one per function instance) are the totals.
        expect(t.lines).toEqual(c.lines)
        expect([...rep.files.values()].every(f => f.statedLines !== undefined)).toBe(true)
        expect([...rep.files.values()].reduce((n, f) => n + f.lines.size, 0)).toBe(
          (jc.unique_line_numbers as Ratio).total
        )
        expect(t.branches).toEqual(jc.branches_from_line_mb_cb)
        expect(t.branches).toEqual(c.branches)
        expect(t.functions).toEqual(c.functions)
        expect(rep.producerTotals).toEqual({ lines: c.lines, branches: c.branches, functions: c.functions })
        expect(rep.warnings?.join('\n')).toMatch(/no mi\/ci counts.*the report has no per-line hits/)
      })

      it('Clover: statements metrics = consensus; records give the unique lines; no conditionals/methods', async () => {
        const rep = await parseCoverageFile(resolve(dir, 'clover.xml'))
        const t = reportTotals(rep)
        expect(rep.producerTotals?.lines).toEqual(c.lines)
        expect(rep.producerTotals?.branches).toEqual(r(0, 0))
        expect(rep.producerTotals?.functions).toEqual(r(0, 0))
        expect(t.lines).toEqual(unique)
        expect(t.branches).toEqual(r(0, 0))
      })

      it('LCOV, Cobertura and Clover agree line by line (same hits per file and line)', async () => {
        const [lcov, cob, clo] = await Promise.all(
          ['coverage.lcov', 'cobertura.xml', 'clover.xml'].map(f => parseCoverageFile(resolve(dir, f)))
        )
        // gcovr's XML formats name files relative to its root/sources; LCOV keeps the longer path: compare
        // each file with the LCOV file whose path ends with it.
        const lcovPaths = [...(lcov as CoverageReport).files.keys()]
        const hitsOf = (rep: CoverageReport): Map<string, number> => {
          const m = new Map<string, number>()
          for (const f of rep.files.values()) {
            const base = lcovPaths.find(p => p === f.path || p.endsWith(`/${f.path}`)) ?? f.path
            for (const [n, l] of f.lines) m.set(`${base}:${n}`, l.hits)
          }
          return m
        }
        const a = hitsOf(lcov as CoverageReport)
        expect(hitsOf(cob as CoverageReport)).toEqual(a)
        expect(hitsOf(clo as CoverageReport)).toEqual(a)
        // Documented exception: LCOV merges the branch sets of a line shared by several functions.
        const lb = reportTotals(lcov as CoverageReport).branches
        const cb = reportTotals(cob as CoverageReport).branches
        if (name === 'several-functions-on-same-line') {
          expect(lb).toEqual(r(6, 6))
          expect(cb).toEqual(r(9, 12))
        } else {
          expect(lb).toEqual(cb)
        }
      })

      it('our line totals equal the consensus exactly when no source line is shared by several functions', () => {
        const shared = unique.total !== c.lines.total
        expect(shared).toBe((prog.notes ?? []).some(n => n.startsWith('LCOV: LF/LH say')))
      })
    })
  }
})

type Metric = 'lines' | 'branches' | 'functions'
interface Case {
  file: string
  /** Expected one-line UserError. */
  error?: RegExp
  /** Metrics whose record totals must equal producerTotals. */
  equal?: Metric[]
  /** Metrics that legitimately differ, with the reason. */
  differ?: Partial<Record<Metric, string>>
  /** Exact totals from records, where known. */
  lines?: Ratio
}

const TRIMMED =
  'fixture was cut down to a few <file> elements while the project metrics describe the whole run'
const CASES: Case[] = [
  // coverallsapp/coverage-reporter spec/fixtures
  { file: 'coveralls/clover/clover.xml', error: /is empty \(0 bytes\)/ },
  { file: 'coveralls/clover/clover-phpcsutils.xml', differ: { lines: TRIMMED, functions: TRIMMED } },
  { file: 'coveralls/clover/clover-unleash.xml', differ: { lines: TRIMMED, branches: TRIMMED } },
  { file: 'coveralls/cobertura/cobertura-conditions.xml', equal: ['lines', 'branches'], lines: r(5, 6) },
  { file: 'coveralls/cobertura/cobertura-coverage.xml', error: /coverage report is empty/ },
  { file: 'coveralls/cobertura/cobertura-empty-lines.xml', equal: ['lines'], lines: r(0, 0) },
  // Only <line number="0"> entries: line 0 is not a source line (coverage.py quirk), so nothing is coverable.
  { file: 'coveralls/cobertura/cobertura-zero-only.xml', equal: ['lines'], lines: r(0, 0) },
  // Both files are broken fixtures: stray </methods></lines> without start tags in the last class.
  { file: 'coveralls/cobertura/cobertura.xml', error: /malformed XML: <\/methods> closes <class>/ },
  { file: 'coveralls/cobertura/cobertura-oneline.xml', error: /malformed XML: <\/methods> closes <class>/ },
  { file: 'coveralls/coveralls/coveralls.json', error: /looks like Coveralls JSON/ },
  { file: 'coveralls/gcov/main.c.gcov', error: /looks like gcov text/ },
  { file: 'coveralls/golang/coverage.out', lines: r(872, 1924) },
  { file: 'coveralls/golang/coverage-dashes.out', lines: r(12, 12) },
  { file: 'coveralls/golang/coverage-two-slashes.out', lines: r(12, 12) },
  // A single block with 0 statements: nothing coverable (Go ignores such blocks too).
  { file: 'coveralls/golang/coverage-one-slash.out', lines: r(0, 0) },
  { file: 'coveralls/jacoco/jacoco-report.xml', equal: ['lines', 'branches', 'functions'] },
  { file: 'coveralls/jacoco/jacoco-oneline-report.xml', equal: ['lines', 'branches', 'functions'] },
  {
    file: 'coveralls/jacoco/jacoco-report-multiple-packages.xml',
    differ: {
      lines:
        'hand-made fixture: the second package was pasted in, the report counters still describe only the first',
      branches: 'same',
      functions: 'same'
    },
    lines: r(10, 12)
  },
  { file: 'coveralls/lcov/empty.lcov', error: /is empty \(0 bytes\)/ },
  { file: 'coveralls/lcov/test.lcov', equal: ['lines', 'branches', 'functions'] },
  { file: 'coveralls/lcov/coverage/test.lcov', equal: ['lines', 'branches', 'functions'] },
  { file: 'coveralls/lcov/for-base-path.lcov', equal: ['lines', 'branches', 'functions'] },
  { file: 'coveralls/lcov/test-current-folder.lcov', equal: ['lines', 'branches', 'functions'] },
  {
    file: 'coveralls/luacov/single-file/luacov.report.out',
    error: /not a coverage report: unrecognised content/
  },
  {
    file: 'coveralls/luacov/first-header-without-top-line/luacov.report.out',
    error: /not a coverage report/
  },
  { file: 'coveralls/simplecov/.resultset.json', error: /SimpleCov/ },
  {
    file: 'coveralls/simplecov/with-branches.resultset.json',
    error: /not an istanbul coverage report|SimpleCov/
  },
  // k1LoW/octocov coverage/testdata
  {
    file: 'octocov/clover/coverage.xml',
    equal: ['lines', 'branches'],
    differ: {
      functions:
        'PHPUnit counts a method as covered only when all its statements are; the method line count > 0 says it ran'
    },
    lines: r(9430, 11707)
  },
  { file: 'octocov/clover/coverage_package.xml', differ: { lines: TRIMMED, functions: TRIMMED } },
  {
    file: 'octocov/clover/coverage_path.xml',
    equal: ['lines', 'branches'],
    differ: { functions: 'the metrics count methods but the file has no type="method" lines' }
  },
  {
    file: 'octocov/cobertura/coverage.xml',
    differ: {
      lines:
        'two <source> roots (fastapi/ and tests/) hold files with the same relative names (__init__.py…); without a checkout they cannot be told apart and merge'
    },
    lines: r(7706, 7712)
  },
  { file: 'octocov/gocover/coverage.out', lines: r(3221, 4947) },
  {
    file: 'octocov/jacoco/jacocoTestReport.xml',
    equal: ['lines', 'branches', 'functions'],
    lines: r(10351, 11219)
  },
  { file: 'octocov/lcov/lcov.info', lines: r(1147, 1202) },
  { file: 'octocov/simplecov/.resultset.json', error: /not an istanbul coverage report|SimpleCov/ },
  // danielpalme/ReportGenerator src/Testprojects
  { file: 'reportgenerator/C++/Reports/Cobertura_CPPCoverage.xml', lines: r(0, 2) },
  { file: 'reportgenerator/C++/Reports/lcov.info', equal: ['lines', 'functions'] },
  { file: 'reportgenerator/CSharp/Reports/Cobertura_altcover.xml', lines: r(116, 174) },
  { file: 'reportgenerator/CSharp/Reports/Cobertura_coverlet.xml', equal: ['lines', 'branches'] },
  {
    file: 'reportgenerator/CSharp/Reports/Cobertura_dotnet-coverage.xml',
    equal: ['branches'],
    differ: {
      lines: "root lines-valid (235) exceeds the report's own <line> elements (225, 221 unique line numbers)"
    },
    lines: r(158, 221)
  },
  {
    file: 'reportgenerator/CSharp/Reports/Cobertura_dotnettest.xml',
    equal: ['branches'],
    differ: {
      lines: "root lines-valid (235) exceeds the report's own <line> elements (221 unique line numbers)"
    }
  },
  {
    file: 'reportgenerator/CSharp/Reports/Cobertura_dotnettest_old.xml',
    differ: { lines: TRIMMED, branches: TRIMMED }
  },
  {
    file: 'reportgenerator/CSharp/Reports/lcov.info',
    equal: ['branches'],
    differ: {
      lines: 'LF/LH count lines that several SF blocks of one file repeat; DA records give unique lines',
      functions: 'FNF counts FN records repeated across SF blocks of one file'
    }
  },
  { file: 'reportgenerator/CSharp/Reports/OpenCover.xml', error: /looks like OpenCover XML/ },
  { file: 'reportgenerator/CSharp/Reports/MultiOpenCover.xml', error: /XML with root <root>/ },
  { file: 'reportgenerator/FSharp/Reports/OpenCover.xml', error: /looks like OpenCover XML/ },
  { file: 'reportgenerator/JaCoCo_Ant.xml', error: /XML with root <project>/ },
  {
    file: 'reportgenerator/Java/Reports/Clover_OpenClover4.3.1.xml',
    equal: ['lines', 'branches', 'functions']
  },
  { file: 'reportgenerator/Java/Reports/Cobertura2.1.1.xml', equal: ['lines', 'branches'] },
  { file: 'reportgenerator/Java/Reports/Cobertura2.1.1-MultiSource.xml', equal: ['lines', 'branches'] },
  { file: 'reportgenerator/Java/Reports/JaCoCo0.7.7.xml', equal: ['lines', 'branches', 'functions'] },
  { file: 'reportgenerator/Java/Reports/JaCoCo0.8.3.xml', equal: ['lines', 'branches', 'functions'] },
  // <testproject> (test sources) is skipped like in Clover's own project metrics.
  {
    file: 'reportgenerator/Other/Clover_Groovy.xml',
    equal: ['lines', 'branches', 'functions'],
    lines: r(1, 1)
  },
  {
    file: 'reportgenerator/Other/Clover_Istanbul.xml',
    differ: { lines: TRIMMED, branches: TRIMMED, functions: TRIMMED }
  },
  {
    file: 'reportgenerator/Other/Cobertura_Istanbul.xml',
    equal: ['lines'],
    differ: {
      branches: 'this old Istanbul writer puts branch totals in the root but no branch="true" lines'
    },
    lines: r(1452, 11340)
  },
  {
    file: 'reportgenerator/Other/Cobertura_Swift.xml',
    equal: ['lines'],
    differ: { branches: 'Swift writes branches-valid="1.0" but no condition-coverage on any line' },
    lines: r(1, 2)
  }
]

d('ReportGenerator / Coveralls / octocov files', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.error ? 'fails clearly' : 'parses; records vs embedded summary'}`, async () => {
      const path = resolve(CORPUS, c.file)
      if (c.error !== undefined) {
        const err = await parseCoverageFile(path).then(
          () => undefined,
          (e: unknown) => e
        )
        expect(err).toBeInstanceOf(UserError)
        const msg = (err as UserError).message
        expect(msg).toMatch(c.error)
        expect(msg).toContain(path)
        expect(msg).not.toContain('\n')
        return
      }
      const rep = await parseCoverageFile(path)
      expect(rep.files.size).toBeGreaterThan(0)
      const t = reportTotals(rep)
      for (const m of c.equal ?? []) expect([m, t[m]]).toEqual([m, rep.producerTotals?.[m]])
      for (const m of Object.keys(c.differ ?? {}) as Metric[]) {
        expect(rep.producerTotals?.[m]).toBeDefined()
        expect(t[m]).not.toEqual(rep.producerTotals?.[m])
      }
      if (c.lines !== undefined) expect(t.lines).toEqual(c.lines)
      for (const f of rep.files.values()) {
        const ft = fileTotals(f)
        expect(ft.lines.covered).toBeLessThanOrEqual(ft.lines.total)
        expect(ft.branches.covered).toBeLessThanOrEqual(ft.branches.total)
        expect(f.path).not.toMatch(/\\/)
      }
    })
  }

  it('Windows SF: paths become POSIX and keep their case', async () => {
    const rep = await parseCoverageFile(resolve(CORPUS, 'reportgenerator/C++/Reports/lcov.info'))
    for (const p of rep.files.keys()) expect(p).toMatch(/^[A-Za-z]:\//)
  })
})
