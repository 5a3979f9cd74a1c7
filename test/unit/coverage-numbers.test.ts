/**
 * No coverage number is ever silently wrong (issue #13 section 5): reports without per-line hits, Go blocks
 * beyond any source file, counts too big for a double, report paths climbing out of the repository,
 * non-decimal XML numbers and non-number istanbul counts. Each case either gives the right number, a
 * disclosed n/a, or a one-line UserError naming the report.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseBaseline, serializeBaseline } from '../../src/coverage/baseline-format.js'
import { evaluate } from '../../src/coverage/evaluate.js'
import { summarize } from '../../src/coverage/load.js'
import { mergeReports } from '../../src/coverage/merge.js'
import { MAX_HITS, type CoverageReport } from '../../src/coverage/model.js'
import { MAX_HITS as BUILDER_MAX_HITS } from '../../src/coverage/parse/builder.js'
import { GO_MAX_BLOCK_LINES, goLimits } from '../../src/coverage/parse/go.js'
import { parseCoverageBuffer, type ParseOptions } from '../../src/coverage/parse/index.js'
import { parseIstanbulJson } from '../../src/coverage/parse/istanbul.js'
import { PathNormalizer } from '../../src/coverage/parse/paths.js'
import { NO_LINE_HITS, patchCoverage, type PatchChangedFile } from '../../src/coverage/patch.js'
import { renderCoverage, summaryLine } from '../../src/coverage/render.js'
import { reportTotals } from '../../src/coverage/totals.js'
import { userErrorMessage as err } from '../support/expectations.js'

const dirs: string[] = []
function repo(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'qg-numbers-'))
  dirs.push(d)
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, f)), { recursive: true })
    writeFileSync(join(d, f), text)
  }
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function parse(text: string, opts?: ParseOptions, source = 'report'): CoverageReport {
  return parseCoverageBuffer(Buffer.from(text), source, opts)
}
function hitsOf(rep: CoverageReport, path: string): [number, number][] {
  const f = rep.files.get(path)
  if (f === undefined) throw new Error(`no ${path} in ${[...rep.files.keys()].join(', ')}`)
  return [...f.lines].map(([n, l]) => [n, l.hits])
}
const changed = (path: string, added: number[]): PatchChangedFile => ({
  path,
  status: 'modified',
  added,
  binary: false
})

/** gcovr --jacoco's shape: <line nr> without mi/ci; the counters carry the totals. */
const GCOVR_JACOCO = `<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE report SYSTEM 'https://www.jacoco.org/jacoco/trunk/coverage/report.dtd'>
<report name="GCOVR report"><package name=""><sourcefile name="main.cpp"><line nr="6"/><line nr="7"/><line nr="8"/><line nr="9"/><line nr="27" mb="1" cb="1"/><counter type="LINE" missed="1" covered="4"/><counter type="BRANCH" missed="1" covered="1"/></sourcefile><counter type="LINE" missed="1" covered="4"/><counter type="BRANCH" missed="1" covered="1"/></package><counter type="LINE" missed="1" covered="4"/><counter type="BRANCH" missed="1" covered="1"/></report>`

describe('JaCoCo without per-line hits (gcovr --jacoco)', () => {
  it('takes line totals from the LINE counters, never 0 covered, and says so in a warning', () => {
    const rep = parse(GCOVR_JACOCO, {}, 'jacoco.xml')
    expect(reportTotals(rep).lines).toEqual({ covered: 4, total: 5 })
    expect(summarize(rep).totals.lines).toEqual({ covered: 4, total: 5 })
    expect(summarize(rep).files.get('main.cpp')).toEqual({ covered: 4, total: 5 })
    expect(reportTotals(rep).branches).toEqual({ covered: 1, total: 2 })
    expect(rep.files.get('main.cpp')?.statedLines).toEqual({ covered: 4, total: 5 })
    expect(rep.warnings?.join('\n')).toMatch(
      /^jacoco\.xml: 5 <line> element\(s\) have no mi\/ci counts .*the report has no per-line hits/
    )
  })

  it('makes patch coverage n/a with the reason, never 0 %, and the gate neutral when a patch rule is set', () => {
    const rep = parse(GCOVR_JACOCO, {}, 'jacoco.xml')
    const patch = patchCoverage(rep, [changed('main.cpp', [6, 7, 8])], { partial: 'miss' })
    expect(patch.lines).toBeNull()
    expect(patch.files).toEqual([])
    expect(patch.unavailable).toBe(`${NO_LINE_HITS} for 1 changed file(s): main.cpp`)
    const head = summarize(rep)
    const evaluation = evaluate({ head, base: null, patch, rules: { minPatch: 80, maxNewUncovered: 0 } })
    expect(evaluation.status).toBe('neutral')
    expect(evaluation.failed).toEqual([])
    expect(evaluation.notices).toContain(`min-patch: patch coverage is n/a: ${patch.unavailable}`)
    expect(summaryLine({ evaluation, head, base: null, patch })).toContain(`Patch n/a (${NO_LINE_HITS}`)
    const fragment = renderCoverage({
      evaluation,
      head,
      base: null,
      patch,
      changed: [changed('main.cpp', [6, 7, 8])]
    })
    expect(fragment.markdown).toContain(`Patch coverage is n/a \\(${NO_LINE_HITS}`)
    expect(fragment.metrics.new_uncovered).toBeNull()
  })

  it('keeps the stated totals through a merge and a baseline round trip', () => {
    const rep = parse(GCOVR_JACOCO, {}, 'jacoco.xml')
    const lcov = parse('SF:other.c\nDA:1,1\nDA:2,0\nend_of_record\n')
    expect(reportTotals(mergeReports([rep, lcov])).lines).toEqual({ covered: 5, total: 7 })
    const text = serializeBaseline({
      meta: { sha: 'a'.repeat(40), configHash: 'ab', createdAt: '2026-01-01T00:00:00Z' },
      report: rep,
      trend: []
    })
    expect(reportTotals(parseBaseline(text, 'baseline.json').report).lines).toEqual({ covered: 4, total: 5 })
  })

  it('refuses a file without mi/ci and without a LINE counter (its coverage cannot be known)', () => {
    const xml =
      '<report name="x"><package name="p"><sourcefile name="A.java"><line nr="1"/></sourcefile></package></report>'
    expect(err(() => parse(xml, {}, 'jacoco.xml'))).toMatch(
      /^jacoco\.xml: <sourcefile> p\/A\.java has 1 <line> element\(s\) without mi\/ci counts and no LINE counter/
    )
  })

  it('leaves JaCoCo lines with mi/ci as they were (per-line hits, patch measured)', () => {
    const xml =
      '<report name="x"><package name="p"><sourcefile name="A.java"><line nr="1" mi="0" ci="3"/><line nr="2" mi="2" ci="0"/><counter type="LINE" missed="1" covered="1"/></sourcefile></package></report>'
    const rep = parse(xml)
    expect(rep.files.get('p/A.java')?.statedLines).toBeUndefined()
    expect(patchCoverage(rep, [changed('p/A.java', [1, 2])], { partial: 'miss' }).lines).toEqual({
      covered: 1,
      total: 2
    })
  })
})

describe('Go coverprofile bounds', () => {
  afterEach(() => {
    goLimits.maxLines = 20_000_000
  })

  it('refuses a block spanning millions of lines, at once and without expanding it', () => {
    expect(err(() => parse('mode: set\na.go:1.1,16000000.2 1 1\n', {}, 'cover.out'))).toMatch(
      /^cover\.out:2: Go block spans 16000000 lines, more than the 100000 one block can have/
    )
    expect(err(() => parse('mode: set\na.go:0.1,2.2 1 1\n', {}, 'cover.out'))).toMatch(
      /^cover\.out:2: Go block lines out of range/
    )
    // The largest allowed span is read.
    const rep = parse(`mode: set\na.go:1.1,${GO_MAX_BLOCK_LINES}.2 1 1\n`)
    expect(rep.files.get('a.go')?.lines.size).toBe(GO_MAX_BLOCK_LINES)
  })

  it('refuses a profile whose lines together pass the limit', () => {
    goLimits.maxLines = 10
    expect(parse('mode: set\na.go:1.1,10.2 1 1\n').files.get('a.go')?.lines.size).toBe(10)
    expect(err(() => parse('mode: set\na.go:1.1,6.2 1 1\nb.go:1.1,5.2 1 0\n', {}, 'cover.out'))).toMatch(
      /^cover\.out: the Go profile covers more than 10 lines/
    )
  })

  it('the sweep gives exactly the per-line max and partial flags of expanding every block', () => {
    let seed = 7
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 30; round++) {
      const blocks: string[] = []
      const want = new Map<number, { hits: number; state: number }>()
      for (let k = 0; k < 1 + rnd(25); k++) {
        const l1 = 1 + rnd(40)
        const l2 = l1 + rnd(6)
        const stmts = rnd(4)
        const count = rnd(3) === 0 ? 0 : rnd(9)
        blocks.push(`x.go:${l1}.1,${l2}.9 ${stmts} ${count}`)
        if (stmts === 0) continue
        for (let l = l1; l <= l2; l++) {
          const w = want.get(l) ?? { hits: 0, state: 0 }
          want.set(l, { hits: Math.max(w.hits, count), state: w.state | (count > 0 ? 1 : 2) })
        }
      }
      // `count` mode sums a block listed twice: list each span once by making spans unique per column.
      const uniq = blocks.map((b, i) => b.replace(/\.9 /, `.${10 + i} `))
      if (want.size === 0) continue
      const rep = parse(`mode: count\n${uniq.join('\n')}\n`)
      const got = [...(rep.files.get('x.go')?.lines ?? [])].map(([n, l]) => [n, l.hits, l.partial === true])
      const exp = [...want].sort((a, b) => a[0] - b[0]).map(([n, w]) => [n, w.hits, w.state === 3])
      expect(got).toEqual(exp)
    }
  })
})

describe('counts stay finite (clamped to MAX_HITS)', () => {
  const huge = '9'.repeat(400)

  it('one shared constant: 2^53 - 1, what LineMap stores exactly', () => {
    expect(MAX_HITS).toBe(Number.MAX_SAFE_INTEGER)
    expect(BUILDER_MAX_HITS).toBe(MAX_HITS)
  })

  it('Cobertura, JaCoCo, Clover, Go and istanbul clamp a 400-digit count', () => {
    const cob = parse(
      `<coverage><packages><package><classes><class filename="a.py"><lines><line number="1" hits="${huge}"/><line number="2" hits="3" branch="true" condition-coverage="50% (${huge}/${huge})"/></lines></class></classes></package></packages></coverage>`
    )
    expect(hitsOf(cob, 'a.py')).toEqual([
      [1, MAX_HITS],
      [2, 3]
    ])
    expect(cob.files.get('a.py')?.lines.get(2)?.branches).toEqual({ covered: MAX_HITS, total: MAX_HITS })
    const jac = parse(
      `<report name="x"><package name="p"><sourcefile name="A.java"><line nr="1" mi="0" ci="${huge}"/></sourcefile></package><counter type="LINE" missed="${huge}" covered="1"/></report>`
    )
    expect(hitsOf(jac, 'p/A.java')).toEqual([[1, MAX_HITS]])
    expect(jac.producerTotals?.lines).toEqual({ covered: 1, total: MAX_HITS })
    const clo = parse(
      `<coverage><project><file name="a.php"><line num="1" type="stmt" count="${huge}"/></file></project></coverage>`
    )
    expect(hitsOf(clo, 'a.php')).toEqual([[1, MAX_HITS]])
    const go = parse(`mode: count\na.go:1.1,2.2 1 ${huge}\na.go:1.1,2.2 1 ${huge}\n`)
    expect(hitsOf(go, 'a.go')).toEqual([
      [1, MAX_HITS],
      [2, MAX_HITS]
    ])
    const ist = parse(
      `{"a.js":{"path":"a.js","statementMap":{"0":{"start":{"line":1,"column":0},"end":{"line":1,"column":5}}},"s":{"0":${huge}},"fnMap":{},"f":{},"branchMap":{},"b":{}}}`
    )
    expect(hitsOf(ist, 'a.js')).toEqual([[1, MAX_HITS]])
  })

  it('a line listed twice with MAX_HITS each stays MAX_HITS, and the report survives a baseline round trip', () => {
    const cob = parse(
      `<coverage><packages><package><classes><class filename="a.py"><lines><line number="1" hits="${huge}"/><line number="1" hits="${huge}"/></lines></class></classes></package></packages></coverage>`
    )
    expect(hitsOf(cob, 'a.py')).toEqual([[1, MAX_HITS]])
    const text = serializeBaseline({
      meta: { sha: 'b'.repeat(40), configHash: 'ab', createdAt: '2026-01-01T00:00:00Z' },
      report: cob,
      trend: []
    })
    expect(hitsOf(parseBaseline(text, 'baseline.json').report, 'a.py')).toEqual([[1, MAX_HITS]])
  })

  it('a line number too big for any file is an error, not an Infinity key', () => {
    expect(
      err(() =>
        parse(
          `<coverage><packages><package><classes><class filename="a.py"><lines><line number="${huge}" hits="1"/></lines></class></classes></package></packages></coverage>`,
          {},
          'cov.xml'
        )
      )
    ).toMatch(/^cov\.xml: line number .* is out of range/)
  })
})

describe('report paths outside the repository', () => {
  it('leaves out an LCOV SF:../../../../etc/passwd and says how many files were left out', () => {
    const root = repo({ 'src/a.c': 'x\n' })
    const rep = parse(
      'SF:src/a.c\nDA:1,1\nend_of_record\nSF:../../../../etc/passwd\nDA:1,1\nDA:2,1\nend_of_record\nSF:../outside.c\nDA:1,0\nend_of_record\n',
      { repoRoot: root },
      'lcov.info'
    )
    expect([...rep.files.keys()]).toEqual(['src/a.c'])
    expect(reportTotals(rep).lines).toEqual({ covered: 1, total: 1 })
    expect(rep.warnings).toContain(
      'lcov.info: 2 file(s) outside the repository were left out: ../../../../etc/passwd, ../outside.c'
    )
  })

  it('does the same in every format, and without a repository root too', () => {
    const root = repo({ 'a.py': 'x\n' })
    const cob = parse(
      '<coverage><packages><package><classes><class filename="a.py"><lines><line number="1" hits="1"/></lines></class><class filename="sub/../../x.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>',
      { repoRoot: root },
      'cov.xml'
    )
    expect([...cob.files.keys()]).toEqual(['a.py'])
    expect(cob.warnings?.join('\n')).toMatch(/1 file\(s\) outside the repository were left out: \.\.\/x\.py/)
    const noRoot = parse('SF:a.c\nDA:1,1\nend_of_record\nSF:../b.c\nDA:1,1\nend_of_record\n')
    expect([...noRoot.files.keys()]).toEqual(['a.c'])
    expect(err(() => parse('mode: set\n../a.go:1.1,2.2 1 1\n', { repoRoot: root }, 'cover.out'))).toMatch(
      /^cover\.out: every file in the report is outside the repository root \(\.\.\/a\.go\)/
    )
  })

  it('re-roots a climbing path on a repository file it ends with, as it does absolute ones', () => {
    const root = repo({ 'pkg/src/a.ts': 'x\n' })
    const n = new PathNormalizer({ repoRoot: root })
    expect(n.normalize('../../pkg/src/a.ts')).toEqual({ path: 'pkg/src/a.ts', outside: false })
    expect(n.normalize('../../etc/passwd')).toEqual({ path: '../../etc/passwd', outside: true })
    expect(n.normalize('src/../b.ts')).toEqual({ path: 'b.ts', outside: false })
  })
})

describe('XML numbers are decimal; istanbul counts are numbers', () => {
  const cob = (attrs: string): string =>
    `<coverage><packages><package><classes><class filename="a.py"><lines><line ${attrs}/></lines></class></classes></package></packages></coverage>`

  it('refuses 1e9, 0x10, Infinity, +1, -1 and 1.5 naming the attribute', () => {
    for (const [attrs, name, value] of [
      ['number="1" hits="1e9"', 'hits', '1e9'],
      ['number="0x10" hits="1"', 'number', '0x10'],
      ['number="1" hits="Infinity"', 'hits', 'Infinity'],
      ['number="1" hits="+1"', 'hits', '+1'],
      ['number="1" hits="-1"', 'hits', '-1'],
      ['number="1" hits="1.5"', 'hits', '1.5'],
      ['number="1" hits=" 1"', 'hits', ' 1']
    ] as const) {
      expect(err(() => parse(cob(attrs), {}, 'cov.xml'))).toBe(
        `cov.xml: <line> has ${name}="${value}", expected a non-negative decimal integer`
      )
    }
    expect(
      err(() =>
        parse(
          '<report name="x"><package name="p"><sourcefile name="A.java"><line nr="1" ci="0x1"/></sourcefile></package></report>',
          {},
          'j.xml'
        )
      )
    ).toBe('j.xml: <line> has ci="0x1", expected a non-negative decimal integer')
    expect(
      err(() =>
        parse(
          '<coverage><project><file name="a.php"><line num="1" type="stmt" count="1e3"/></file></project></coverage>',
          {},
          'c.xml'
        )
      )
    ).toBe('c.xml: <line> has count="1e3", expected a non-negative decimal integer')
    // Writers' float-typed integers are still read.
    expect(hitsOf(parse(cob('number="2" hits="3.0"')), 'a.py')).toEqual([[2, 3]])
  })

  it('does not read a hex or exponent root summary as a number', () => {
    const rep = parse(
      '<coverage lines-valid="0x10" lines-covered="1" branches-valid="4" branches-covered="2"><packages><package><classes><class filename="a.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>'
    )
    expect(rep.producerTotals).toEqual({ branches: { covered: 2, total: 4 } })
  })

  it('discloses line-0 records (coverage.py writes some) instead of dropping them silently', () => {
    const rep = parse(
      cob('number="0" hits="0"').replace('<lines>', '<lines><line number="1" hits="1"/>'),
      {},
      'cov.xml'
    )
    expect(hitsOf(rep, 'a.py')).toEqual([[1, 1]])
    expect(rep.warnings).toContain('cov.xml: 1 record(s) for line number 0 (not a source line) were left out')
    const many = Array.from({ length: 5 }, (_, i) => `<line number="${i}" hits="1"/>`).join('')
    const rep2 = parse(cob('number="9" hits="0"').replace('<lines>', `<lines>${many}`), {}, 'cov.xml')
    expect(rep2.warnings).toContain(
      'cov.xml: 1 record(s) for line number 0 (not a source line) were left out'
    )
    expect(hitsOf(rep2, 'a.py').map(([n]) => n)).toEqual([1, 2, 3, 4, 9])
  })

  it('refuses NaN, null, strings, negative and fractional istanbul counts, naming the entry', () => {
    const file = (s: unknown, b: unknown = []): Record<string, unknown> => ({
      'src/a.js': {
        path: 'src/a.js',
        statementMap: { '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 5 } } },
        s: { '0': s },
        fnMap: {},
        f: {},
        branchMap: {},
        b: { '0': b }
      }
    })
    const paths = new PathNormalizer({})
    for (const [v, shown] of [
      [NaN, 'NaN'],
      [null, 'null'],
      ['3', '"3"'],
      [-1, '-1'],
      [1.5, '1.5']
    ] as const) {
      expect(err(() => parseIstanbulJson(file(v), 'coverage-final.json', paths))).toBe(
        `coverage-final.json: istanbul entry "src/a.js": s["0"] is ${shown}, expected a non-negative integer count`
      )
    }
    expect(err(() => parseIstanbulJson(file(1, [1, 'x']), 'cov.json', paths))).toBe(
      'cov.json: istanbul entry "src/a.js": b["0"][1] is "x", expected a non-negative integer count'
    )
    expect(
      err(() =>
        parse(
          '{"a.js":{"statementMap":{},"s":{"0":"NaN"},"fnMap":{},"f":{},"branchMap":{},"b":{}}}',
          {},
          'c.json'
        )
      )
    ).toMatch(/^c\.json: istanbul entry "a\.js": s\["0"\] is "NaN"/)
  })
})
