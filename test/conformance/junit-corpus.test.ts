/**
 * The JUnit reader against the real third-party corpus (../shared/corpus/junit, or $QG_CORPUS/junit) and its
 * oracles (corpus README "How tests should use the oracles"):
 * - EnricoMi `X.results` (per testcase: class, name, file, line, result, message, time) and `X.results.json`
 *   stats. `tests*` count unique tests: compared with our totals under the `attempts` duplicate policy
 *   (repeats merged); the per-case tuples follow testcase elements, so they are compared under `distinct`.
 * - dorny `expected-from-snapshots.json`: tests/passed/failed/skipped/suites; dorny never merges repeats
 *   (`distinct`) and folds <error> into failed.
 * - mikepenz `expected-from-testParser.json`: total/skipped/failed/passed/retried and the flaky case's
 *   retries; `check_retries` on = `attempts`, off = `distinct`; `<flakyFailure>` is always an attempt.
 *
 * Deliberate differences, each asserted as such rather than skipped:
 * - EnricoMi `no-cases-but-tests`: EnricoMi falls back to the suite's `tests` attribute (6) when a suite has
 *   no testcase; we count testcases only (0) and say so in `notes`.
 * - EnricoMi `no-attributes`: four testcases with no name at all are four tests for EnricoMi; they share one
 *   identity, so `attempts` merges them; under `distinct` we give EnricoMi's 4.
 * - EnricoMi `runs_succ/skip/fail/error` count result elements (negative runs_succ in junit.multiresult,
 *   disabled counted as success in tst/disabled); we compare the `runs` total, which is the same.
 * - dorny's suite count for `phpcheckstyle-phpunit.xml` counts only suites that hold testcases; we count
 *   every <testsuite> element (PHPUnit nests them).
 * - NUnit files (dorny `dotnet-nunit.xml`, `external/nunit-sample.xml`) are not JUnit: a one-line error.
 * - mikepenz tolerates the corrupt Surefire file (counts it as found, contributes nothing); we refuse it with
 *   a one-line error, as EnricoMi does for its corrupt-xml.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { UserError } from '../../src/shared/errors.js'
import { parseJunitFile, type DuplicatePolicy } from '../../src/flaky/junit.js'
import type { AttemptOutcome, JunitReport } from '../../src/flaky/model.js'

const CORPUS = resolve(process.env.QG_CORPUS ?? resolve(process.cwd(), '../shared/corpus'), 'junit')
const present = existsSync(resolve(CORPUS, 'enricomi/junit-xml/junit.multiresult.results.json'))
if (!present) console.log(`JUnit corpus not found at ${CORPUS}: skipping the JUnit corpus conformance test`)
const d = present ? describe : describe.skip

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...walk(p))
    else out.push(p)
  }
  return out
}

const parse = (file: string, duplicates: DuplicatePolicy): Promise<JunitReport> =>
  parseJunitFile(file, { duplicates })

async function parseError(file: string): Promise<string> {
  try {
    await parseJunitFile(file)
  } catch (e) {
    expect(e).toBeInstanceOf(UserError)
    expect((e as Error).message).not.toContain('\n')
    return (e as Error).message
  }
  throw new Error(`${file} parsed, an error was expected`)
}

// ---- EnricoMi: a reader for the Python repr in X.results (only the fields compared) ----

type PyValue = string | number | null
interface EnricoCase {
  class_name: PyValue
  test_name: PyValue
  test_file: PyValue
  line: PyValue
  result: PyValue
  message: PyValue
  time: PyValue
}

/**
 * Read a Python literal (str in either quote, None, int/float) at s[i]; returns [value, next index]. A long
 * str is printed as adjacent literals on several lines (implicit concatenation): they are joined.
 */
function pyLiteral(s: string, i: number): [PyValue, number] {
  const q = s[i]
  if (q === "'" || q === '"') {
    let [v, next] = pyString(s, i)
    for (;;) {
      let k = next
      while (/\s/.test(s[k] as string)) k++
      if (s[k] !== "'" && s[k] !== '"') break
      const [more, after] = pyString(s, k)
      v += more
      next = after
    }
    return [v, next]
  }
  const m = /^(None|-?[0-9]+(?:\.[0-9]+)?(?:e-?[0-9]+)?)/.exec(s.slice(i, i + 40))
  if (!m) throw new Error(`unexpected literal at ${s.slice(i, i + 20)}`)
  const tok = m[1] as string
  return [tok === 'None' ? null : Number(tok), i + tok.length]
}

function pyString(s: string, i: number): [string, number] {
  const q = s[i]
  {
    let out = ''
    let j = i + 1
    while (s[j] !== q) {
      if (s[j] === '\\') {
        const n = s[j + 1] as string
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' }
        if (n in simple) {
          out += simple[n]
          j += 2
        } else if (n === 'x') {
          out += String.fromCharCode(parseInt(s.slice(j + 2, j + 4), 16))
          j += 4
        } else if (n === 'u') {
          out += String.fromCharCode(parseInt(s.slice(j + 2, j + 6), 16))
          j += 6
        } else if (n === 'U') {
          out += String.fromCodePoint(parseInt(s.slice(j + 2, j + 10), 16))
          j += 10
        } else throw new Error(`unknown escape \\${n}`)
      } else out += s[j++]
    }
    return [out, j + 1]
  }
}

function enricoCases(text: string): EnricoCase[] {
  const cases: EnricoCase[] = []
  let at = text.indexOf('UnitTestCase(')
  while (at >= 0) {
    const c: Record<string, PyValue> = {}
    let i = at + 'UnitTestCase('.length
    for (;;) {
      while (/\s|,/.test(text[i] as string)) i++
      if (text[i] === ')') break
      const eq = text.indexOf('=', i)
      const key = text.slice(i, eq)
      const [v, next] = pyLiteral(text, eq + 1)
      c[key] = v
      i = next
    }
    cases.push(c as unknown as EnricoCase)
    at = text.indexOf('UnitTestCase(', i)
  }
  return cases
}

const ENRICO_RESULT: Record<string, AttemptOutcome> = {
  success: 'passed',
  failure: 'failed',
  error: 'error',
  skipped: 'skipped',
  disabled: 'skipped'
}

d('EnricoMi oracles (.results per testcase, .results.json stats)', () => {
  const root = resolve(CORPUS, 'enricomi')
  const inputs = walk(root).filter(f => f.endsWith('.xml'))
  const withResults = inputs.filter(f => existsSync(f.replace(/\.xml$/, '.results.json')))
  const withException = inputs.filter(f => existsSync(f.replace(/\.xml$/, '.exception')))

  it('has the inputs the README describes', () => {
    expect(withResults.length).toBeGreaterThanOrEqual(25)
    expect(withException.length).toBeGreaterThanOrEqual(3)
  })

  for (const file of withResults) {
    const rel = relative(root, file)
    const stats = (
      JSON.parse(readFileSync(file.replace(/\.xml$/, '.results.json'), 'utf8')) as {
        stats: Record<string, unknown>
      }
    ).stats
    if ((stats.errors as unknown[]).length > 0) {
      it(`${rel}: EnricoMi reports a parse error, so do we`, async () => {
        expect(await parseError(file)).toMatch(/not a JUnit report/)
      })
      continue
    }
    it(`${rel}: per-testcase tuples equal .results`, async () => {
      const oracle = enricoCases(readFileSync(file.replace(/\.xml$/, '.results'), 'utf8'))
      const ours = (await parse(file, 'distinct')).cases
      if (rel === 'junit-xml/no-attributes.xml') {
        // EnricoMi drops testcases without a name (and counts the suite's attributes instead); we keep them.
        expect(oracle).toHaveLength(0)
        expect(ours.map(c => [c.id, c.outcome])).toEqual([
          ['(no name)', 'passed'],
          ['(no name) › #2', 'skipped'],
          ['(no name) › #3', 'failed'],
          ['(no name) › #4', 'error']
        ])
        return
      }
      expect(ours.length).toBe(oracle.length)
      oracle.forEach((o, k) => {
        const c = ours[k]!
        const a = c.attempts[0]!
        expect(c.attempts.length).toBe(1)
        expect(c.classname).toBe(o.class_name ?? '')
        expect(c.name).toBe(o.test_name ?? '')
        expect(c.file).toBe(o.test_file === null ? undefined : String(o.test_file).replace(/\\/g, '/'))
        expect(c.line).toBe(o.line ?? undefined)
        expect(a.outcome).toBe(ENRICO_RESULT[String(o.result)])
        expect(a.message).toBe(o.message ?? undefined)
        if (o.time !== null)
          expect(Math.abs((a.timeMs ?? NaN) - Number(o.time) * 1000)).toBeLessThanOrEqual(0.5)
      })
    })
    it(`${rel}: totals equal .results.json stats`, async () => {
      const noName = rel === 'junit-xml/no-attributes.xml'
      const r = await parse(file, noName ? 'distinct' : 'attempts')
      const t = r.totals
      if (rel === 'junit-xml/no-cases-but-tests.xml') {
        expect(stats.tests).toBe(6)
        expect(t.tests).toBe(0)
        expect(r.notes.join(' ')).toMatch(/declare 6 test\(s\) but list no testcase/)
        return
      }
      expect({
        tests: t.tests,
        tests_succ: t.passed + t.flaky,
        tests_skip: t.skipped,
        tests_fail: t.failed,
        tests_error: t.errors,
        runs: t.runs,
        suites: t.suites
      }).toEqual({
        tests: stats.tests,
        tests_succ: stats.tests_succ,
        tests_skip: stats.tests_skip,
        tests_fail: stats.tests_fail,
        tests_error: stats.tests_error,
        runs: stats.runs,
        suites: stats.suites
      })
    })
  }

  for (const file of withException) {
    it(`${relative(root, file)}: a one-line UserError, as EnricoMi raises`, async () => {
      expect(await parseError(file)).toMatch(/truncated|not XML|empty file|not a JUnit report/)
    })
  }
})

d('dorny oracle (expected-from-snapshots.json)', () => {
  const root = resolve(CORPUS, 'dorny')
  const oracle = present
    ? (JSON.parse(readFileSync(resolve(root, 'expected-from-snapshots.json'), 'utf8')) as {
        fixtures: Record<
          string,
          {
            dorny_parser: string
            tests: number
            passed: number
            failed: number
            skipped: number
            suites: number
          }
        >
      })
    : { fixtures: {} }
  for (const [name, want] of Object.entries(oracle.fixtures)) {
    if (want.dorny_parser === 'dotnet-nunit') {
      it(`${name}: NUnit, not JUnit: a one-line error`, async () => {
        expect(await parseError(resolve(root, name))).toMatch(/not a JUnit report \(root element <test-run>/)
      })
      continue
    }
    it(`${name}: counts equal dorny's (${want.dorny_parser})`, async () => {
      const t = (await parse(resolve(root, name), 'distinct')).totals
      expect({
        tests: t.tests,
        passed: t.passed + t.flaky,
        failed: t.failed + t.errors,
        skipped: t.skipped
      }).toEqual({
        tests: want.tests,
        passed: want.passed,
        failed: want.failed,
        skipped: want.skipped
      })
      if (name === 'external/phpunit/phpcheckstyle-phpunit.xml') expect(t.suites).toBeGreaterThan(want.suites)
      else expect(t.suites).toBe(want.suites)
    })
  }

  it('every dorny JUnit fixture without a snapshot still parses (or is NUnit)', async () => {
    for (const f of walk(root).filter(x => x.endsWith('.xml'))) {
      if (oracle.fixtures[relative(root, f)] !== undefined) continue
      if (f.endsWith('nunit-sample.xml')) expect(await parseError(f)).toMatch(/not a JUnit report/)
      else expect((await parse(f, 'distinct')).totals.tests).toBeGreaterThanOrEqual(0)
    }
  })
})

interface MikeCase {
  file: string
  options: { check_retries: boolean }
  expected: Record<string, number | string>
}

d('mikepenz oracle (expected-from-testParser.json)', () => {
  const root = resolve(CORPUS, 'mikepenz')
  const oracle = present
    ? (JSON.parse(readFileSync(resolve(root, 'expected-from-testParser.json'), 'utf8')) as {
        cases: MikeCase[]
      })
    : { cases: [] }
  oracle.cases.forEach((mc, k) => {
    const e = mc.expected
    it(`#${k} ${mc.file} (check_retries ${mc.options.check_retries})`, async () => {
      const file = resolve(root, mc.file)
      if (e.found_files !== undefined) {
        expect(await parseError(file)).toMatch(/truncated or malformed/)
        return
      }
      const r = await parse(file, mc.options.check_retries ? 'attempts' : 'distinct')
      const t = r.totals
      expect(t.tests).toBe(e.total)
      if (e.skipped !== undefined) expect(t.skipped).toBe(e.skipped)
      if (e.failed !== undefined) expect(t.failed + t.errors).toBe(e.failed)
      if (e.passed !== undefined) expect(t.passed + t.flaky).toBe(e.passed)
      if (e.retried !== undefined) expect(t.runs - t.tests).toBe(e.retried)
      if (e.flaky_test_retries !== undefined) {
        const retried = r.cases.filter(c => c.attempts.length > 1)
        const flaky =
          typeof e.flaky_test === 'string'
            ? retried.filter(c => `${c.classname}.${c.name}`.endsWith(e.flaky_test as string))
            : retried
        expect(flaky).toHaveLength(1)
        expect(flaky[0]!.attempts.length - 1).toBe(e.flaky_test_retries)
        if (e.flaky_test_status === 'success') expect(flaky[0]!.outcome).toBe('flaky')
        if (e.flaky_test_status === 'failure') expect(['failed', 'error']).toContain(flaky[0]!.outcome)
      }
      if (e.same_name_other_class_retries === 0) {
        const other = r.cases.filter(c => c.name === 'test_foo' && c.classname !== 'test_foo.TestFoo')
        expect(other.map(c => c.attempts.length)).toEqual([1])
      }
    })
  })
})

d('jenkinsci gh-237 Surefire reruns (retry form R2)', () => {
  const root = resolve(CORPUS, 'jenkinsci/gh-237')
  it('FlakyTest: two <flakyFailure> then the passing run, in that order', async () => {
    const r = await parse(resolve(root, 'TEST-io.olamy.FlakyTest.xml'), 'distinct')
    const c = r.cases.find(x => x.name === 'testApp')!
    expect(c.id).toBe('io.olamy.FlakyTest › testApp')
    expect(c.attempts.map(a => [a.outcome, a.origin])).toEqual([
      ['failed', 'flaky'],
      ['failed', 'flaky'],
      ['passed', 'testcase']
    ])
    expect(c.attempts.map(a => a.message)).toEqual(['obvious fail', 'try one more time maybe', undefined])
    expect(c.attempts[0]!.details?.text).toMatch(/^junit\.framework\.AssertionFailedError: obvious fail/)
    expect(c.outcome).toBe('flaky')
    expect(c.retryForms).toEqual(['surefire'])
  })
  it('AlwaysFailTest: the <failure> run then three <rerunFailure>s: failed', async () => {
    const r = await parse(resolve(root, 'TEST-io.olamy.AlwaysFailTest.xml'), 'distinct')
    const c = r.cases.find(x => x.name === 'testApp')!
    expect(c.attempts.map(a => [a.outcome, a.origin])).toEqual([
      ['failed', 'testcase'],
      ['failed', 'rerun'],
      ['failed', 'rerun'],
      ['failed', 'rerun']
    ])
    expect(c.outcome).toBe('failed')
    expect(r.totals).toMatchObject({ tests: 1, failed: 1, runs: 4 })
    // Surefire's huge <properties> are kept capped, per suite.
    expect(r.suites[0]!.properties.length).toBeGreaterThan(10)
  })
})

d('every JUnit file of the corpus: parsed, or one line of error, ids unique', () => {
  it('no crash, no duplicate id, counts add up', async () => {
    const files = walk(CORPUS).filter(f => f.endsWith('.xml') && !f.includes('/hostile/'))
    expect(files.length).toBeGreaterThan(80)
    let parsed = 0
    for (const f of files) {
      for (const policy of ['distinct', 'attempts'] as const) {
        let r: JunitReport
        try {
          r = await parse(f, policy)
        } catch (e) {
          expect(e).toBeInstanceOf(UserError)
          expect((e as Error).message.startsWith(f)).toBe(true)
          continue
        }
        parsed++
        const ids = r.cases.map(c => c.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const id of ids) expect(id).not.toMatch(/[\n\r]/)
        const t = r.totals
        expect(t.passed + t.flaky + t.failed + t.errors + t.skipped).toBe(t.tests)
        expect(t.runs).toBe(r.cases.reduce((n, c) => n + c.attempts.length, 0))
      }
    }
    expect(parsed).toBeGreaterThan(150)
  })
})
