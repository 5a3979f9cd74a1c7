/**
 * JUnit written in the test run by the REAL runners, on the same small suite (passing, failing, erroring,
 * skipped and todo/pending tests, a nested describe), parsed by us and compared with each runner's own
 * summary (its console/JSON/TAP counts, never the XML's suite attributes):
 * - pytest (Debian python3-pytest) `--junitxml` with junit_family=xunit1 (file/line) — summary line;
 * - node:test `--test-reporter=junit` — TAP summary of the same run (second reporter);
 * - jest + jest-junit (npm) — jest's own `--json` results of the same run;
 * - mocha's built-in `xunit` reporter (no JUnit reporter package is installed) — mocha's `json` reporter.
 * Known producer behaviour asserted as such: node:test, jest and mocha write a thrown error as <failure>
 * (only pytest has <error>); jest-junit 17 writes `test.todo` as a plain passing testcase (jest counts it
 * as todo); mocha's xunit puts the describe path in classname, the file in `file`.
 * A runner is skipped, with a printed reason, only when it is not installed.
 */
import { afterAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseJunitFile } from '../../src/flaky/junit.js'
import type { JunitReport } from '../../src/flaky/model.js'

const ROOT = process.cwd()
const BIN = resolve(ROOT, 'node_modules')
const dirs: string[] = []
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'qg-junit-producers-'))
  dirs.push(d)
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {}
): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    timeout: 120_000
  })
  if (r.error) throw r.error
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

const outcomes = (r: JunitReport): Record<string, string> =>
  Object.fromEntries(r.cases.map(c => [c.id, c.outcome]))

const hasPytest = spawnSync('python3', ['-m', 'pytest', '--version'], { encoding: 'utf8' }).status === 0
if (!hasPytest) console.log('python3 -m pytest not available: skipping the pytest producer test')

;(hasPytest ? it : it.skip)(
  'pytest --junitxml: counts equal pytest’s summary line; error vs failure; nested classes in classname',
  async () => {
    const d = tmp()
    mkdirSync(join(d, 'tests'))
    writeFileSync(
      join(d, 'tests', 'test_shop.py'),
      [
        'import pytest',
        'class TestCart:',
        '    class TestTotals:',
        '        def test_sum(self): assert 1 + 1 == 2',
        '        def test_tax(self): assert 0.1 + 0.2 == 0.3',
        '    def test_skipped(self): pytest.skip("not today")',
        '@pytest.fixture',
        'def db(): raise RuntimeError("no database")',
        'def test_needs_db(db): pass',
        '@pytest.mark.xfail(reason="known bug")',
        'def test_known(): assert False',
        '@pytest.mark.parametrize("n", [1, 2])',
        'def test_param(n): assert n > 0',
        ''
      ].join('\n')
    )
    const xml = join(d, 'pytest.xml')
    const r = run(
      'python3',
      ['-m', 'pytest', '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', `--junitxml=${xml}`, 'tests'],
      d
    )
    expect(r.status).toBe(1)
    const summary = /=+ (.*) in [0-9.]+s/.exec(r.stdout)?.[1] ?? ''
    const count = (word: string): number => Number(new RegExp(`([0-9]+) ${word}`).exec(summary)?.[1] ?? 0)
    const rep = await parseJunitFile(xml, { roots: [d] })
    const t = rep.totals
    expect(t.failed).toBe(count('failed'))
    expect(t.errors).toBe(count('error'))
    expect(t.passed).toBe(count('passed'))
    expect(t.skipped).toBe(count('skipped') + count('xfailed'))
    expect(t.tests).toBe(7)
    expect(outcomes(rep)).toEqual({
      'tests/test_shop.py › pytest › tests.test_shop.TestCart.TestTotals › test_sum': 'passed',
      'tests/test_shop.py › pytest › tests.test_shop.TestCart.TestTotals › test_tax': 'failed',
      'tests/test_shop.py › pytest › tests.test_shop.TestCart › test_skipped': 'skipped',
      'tests/test_shop.py › pytest › tests.test_shop › test_needs_db': 'error',
      'tests/test_shop.py › pytest › tests.test_shop › test_known': 'skipped',
      'tests/test_shop.py › pytest › tests.test_shop › test_param[1]': 'passed',
      'tests/test_shop.py › pytest › tests.test_shop › test_param[2]': 'passed'
    })
    const err = rep.cases.find(c => c.name === 'test_needs_db')!.attempts[0]!
    expect(err.message).toMatch(/failed on setup with "RuntimeError: no database"/)
    expect(rep.cases.find(c => c.name === 'test_tax')!.line).toBe(4)
  },
  120_000
)

const JS_SUITE = (imports: string, todo: string): string =>
  [
    imports,
    "describe('cart', () => {",
    "  describe('totals', () => {",
    "    it('sums', () => {})",
    "    it('adds tax', () => { if (0.1 + 0.2 !== 0.3) throw new Error('float') })",
    '  })',
    "  it('crashes', () => { null.x })",
    "  it.skip('skipped', () => {})",
    `  ${todo}`,
    '})',
    "it('top level', () => {})",
    ''
  ].join('\n')

it('node:test --test-reporter=junit: counts equal the TAP summary of the same run; suite path tells cases apart', async () => {
  const d = tmp()
  writeFileSync(
    join(d, 'shop.test.mjs'),
    JS_SUITE("import { describe, it } from 'node:test'", "it.todo('later')")
  )
  const xml = join(d, 'node.xml')
  const r = run(
    process.execPath,
    [
      '--test',
      '--test-reporter=junit',
      `--test-reporter-destination=${xml}`,
      '--test-reporter=tap',
      '--test-reporter-destination=stdout',
      'shop.test.mjs'
    ],
    d
  )
  expect(r.status).toBe(1)
  const tap = (k: string): number => Number(new RegExp(`^# ${k} ([0-9]+)$`, 'm').exec(r.stdout)?.[1] ?? NaN)
  // The workspace is a root, so a file attribute (Node 24 writes one, absolute) is kept relative to it.
  const rep = await parseJunitFile(xml, { roots: [d] })
  const t = rep.totals
  expect(t.tests).toBe(tap('tests'))
  expect(t.passed).toBe(tap('pass'))
  expect(t.failed).toBe(tap('fail'))
  expect(t.skipped).toBe(tap('skipped') + tap('todo'))
  expect(t.errors).toBe(0) // node:test writes a thrown error as <failure type="testCodeFailure">
  // node:test's JUnit changed between the two Node versions tested here: Node 20 writes classname="test" and no
  // file; Node 24 writes the file and the suite as classname. Ids follow what the report says, so a project that
  // moves to another Node sees new ids (its history starts again).
  const major = Number(process.versions.node.split('.')[0])
  const expected: Record<number, Record<string, string>> = {
    20: {
      'cart › totals › test › sums': 'passed',
      'cart › totals › test › adds tax': 'failed',
      'cart › test › crashes': 'failed',
      'cart › test › skipped': 'skipped',
      'cart › test › later': 'skipped',
      'test › top level': 'passed'
    },
    24: {
      'shop.test.mjs › cart › totals › cart.totals › sums': 'passed',
      'shop.test.mjs › cart › totals › cart.totals › adds tax': 'failed',
      'shop.test.mjs › cart › crashes': 'failed',
      'shop.test.mjs › cart › skipped': 'skipped',
      'shop.test.mjs › cart › later': 'skipped',
      'shop.test.mjs › test › top level': 'passed'
    }
  }
  if (expected[major]) expect(outcomes(rep)).toEqual(expected[major])
  else expect(Object.keys(outcomes(rep))).toHaveLength(6)
}, 120_000)

it('jest + jest-junit: counts equal jest’s own --json results of the same run', async () => {
  const d = tmp()
  writeFileSync(join(d, 'shop.test.js'), JS_SUITE('', "it.todo('later')"))
  const json = join(d, 'jest.json')
  const r = run(
    process.execPath,
    [
      join(BIN, 'jest/bin/jest.js'),
      '--rootDir',
      d,
      '--config',
      '{}',
      '--ci',
      '--watchman=false',
      '--reporters=default',
      `--reporters=${join(BIN, 'jest-junit/index.js')}`,
      '--json',
      `--outputFile=${json}`
    ],
    d,
    { JEST_JUNIT_OUTPUT_DIR: d, JEST_JUNIT_OUTPUT_NAME: 'jest.xml', JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' }
  )
  expect(r.status).toBe(1)
  const own = JSON.parse(readFileSync(json, 'utf8')) as {
    numTotalTests: number
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  const rep = await parseJunitFile(join(d, 'jest.xml'))
  const t = rep.totals
  expect(t.tests).toBe(own.numTotalTests)
  expect(t.failed).toBe(own.numFailedTests)
  expect(t.skipped).toBe(own.numPendingTests)
  // jest-junit 17 writes test.todo as a passing testcase: jest's todo lands in our passed.
  expect(t.passed).toBe(own.numPassedTests + own.numTodoTests)
  expect(outcomes(rep)).toEqual({
    'shop.test.js › cart › cart totals sums': 'passed',
    'shop.test.js › cart › cart totals adds tax': 'failed',
    'shop.test.js › cart › cart crashes': 'failed',
    'shop.test.js › cart › cart skipped': 'skipped',
    'shop.test.js › cart › cart later': 'passed',
    'shop.test.js › cart ›  top level': 'passed'
  })
}, 120_000)

it('mocha (built-in xunit reporter): counts equal mocha’s json reporter on the same suite', async () => {
  const d = tmp()
  writeFileSync(join(d, 'shop.spec.cjs'), JS_SUITE('', "it('later')"))
  const xml = join(d, 'mocha.xml')
  const mocha = join(BIN, 'mocha/bin/mocha.js')
  const r = run(
    process.execPath,
    [mocha, '--reporter', 'xunit', '--reporter-option', `output=${xml}`, 'shop.spec.cjs'],
    d
  )
  expect(r.status).toBe(2) // mocha exits with the number of failures
  const js = run(process.execPath, [mocha, '--reporter', 'json', 'shop.spec.cjs'], d)
  const own = JSON.parse(js.stdout) as {
    stats: { tests: number; passes: number; failures: number; pending: number }
  }
  const rep = await parseJunitFile(xml, { roots: [d] })
  const t = rep.totals
  expect(t.tests).toBe(own.stats.tests)
  expect(t.passed).toBe(own.stats.passes)
  expect(t.failed).toBe(own.stats.failures)
  expect(t.skipped).toBe(own.stats.pending)
  expect(outcomes(rep)).toEqual({
    'shop.spec.cjs › Mocha Tests › top level': 'passed',
    'shop.spec.cjs › Mocha Tests › cart › crashes': 'failed',
    'shop.spec.cjs › Mocha Tests › cart › skipped': 'skipped',
    'shop.spec.cjs › Mocha Tests › cart › later': 'skipped',
    'shop.spec.cjs › Mocha Tests › cart totals › sums': 'passed',
    'shop.spec.cjs › Mocha Tests › cart totals › adds tax': 'failed'
  })
}, 120_000)
