/**
 * Smart retry against the REAL runners (pytest from Debian python3-pytest, node:test, jest + jest-junit,
 * mocha's xunit reporter) on the suites in test/fixtures/flaky (see its README): two passing tests, a
 * passing test elsewhere, a test with the same title as the flaky one in another describe, a broken test
 * and a flaky test; each test appends its name to an execution log, so the log proves what ran how often.
 * The first command goes through a shell (as a workflow author writes it); reruns are argv only.
 * A runner is skipped, with a printed reason, only when it is not installed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runWithRetries, type RetryOptions, type RetryResult } from '../../src/flaky/retry.js'

const ROOT = process.cwd()
const NM = resolve(ROOT, 'node_modules')
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

type Runner = 'pytest' | 'node-test' | 'jest' | 'mocha'
const JEST = `node ${NM}/jest/bin/jest.js --rootDir . --config {} --ci --watchman=false --reporters=default --reporters=${NM}/jest-junit/index.js`
const MOCHA = `node ${NM}/mocha/bin/mocha.js --reporter xunit --reporter-option output=reports/junit.xml`
const SETUP: Record<
  Runner,
  { fixture: string; command: string; rerun: string; env?: Record<string, string> }
> = {
  pytest: {
    fixture: 'pytest',
    command: 'python3 -m pytest -p no:cacheprovider --junitxml=reports/junit.xml tests',
    rerun: 'python3 -m pytest -p no:cacheprovider --junitxml=reports/junit.xml'
  },
  'node-test': {
    fixture: 'node',
    command: 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml',
    // The same Node as the first command (PATH), whichever Node runs these tests.
    rerun: 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml'
  },
  jest: {
    fixture: 'jest',
    command: JEST,
    rerun: JEST,
    // jest-junit's defaults otherwise: the retry turns its file attribute on, so reruns name the files.
    env: { JEST_JUNIT_OUTPUT_DIR: 'reports' }
  },
  mocha: { fixture: 'mocha', command: `${MOCHA} '*.spec.cjs'`, rerun: MOCHA }
}

async function retry(
  runner: Runner,
  env: Record<string, string> = {},
  extra: Partial<RetryOptions> = {}
): Promise<{ r: RetryResult; runs: Record<string, number>; dir: string }> {
  const d = mkdtempSync(join(tmpdir(), `qg-retry-${runner}-`))
  dirs.push(d)
  const s = SETUP[runner]
  cpSync(join(ROOT, 'test', 'fixtures', 'flaky', s.fixture), d, { recursive: true })
  mkdirSync(join(d, 'reports'))
  const log = join(d, 'exec.log')
  const r = await runWithRetries({
    command: s.command,
    rerun: s.rerun,
    preset: runner,
    junit: ['reports/*.xml'],
    maxRetries: 2,
    cwd: d,
    env: { QG_LOG: log, NODE_OPTIONS: '', ...s.env, ...env },
    timeoutMs: 120_000,
    attemptsDir: join(d, 'attempts'),
    ...extra
  })
  const runs: Record<string, number> = {}
  const text = existsSync(log) ? readFileSync(log, 'utf8') : ''
  for (const line of text.split('\n')) if (line !== '') runs[line] = (runs[line] ?? 0) + 1
  return { r, runs, dir: d }
}

const byName = (r: RetryResult, name: string) => {
  const hits = r.report!.cases.filter(
    c => c.name === name || c.name.endsWith(` ${name}`) || c.name === `test_${name}`
  )
  expect(hits).toHaveLength(1)
  return hits[0]!
}

const hasPytest = spawnSync('python3', ['-m', 'pytest', '--version'], { encoding: 'utf8' }).status === 0
if (!hasPytest) console.log('python3 -m pytest not available: skipping the pytest retry tests')
const runners: Runner[] = hasPytest
  ? ['pytest', 'node-test', 'jest', 'mocha']
  : ['node-test', 'jest', 'mocha']

describe.each(runners)('%s', runner => {
  it('reruns only the failed tests: passing ones ran once, the flaky one twice (flaky), the broken one 1+maxRetries times (failed)', async () => {
    const { r, runs } = await retry(runner)
    // The execution log: what really ran.
    const once =
      runner === 'pytest' ? { sums: 1, total: 1 } : { sums: 1, total: 1, 'other total': 1, elsewhere: 1 }
    expect(runs).toEqual({ ...once, flaky: 2, broken: 3 })
    expect(r.outcome).toBe('failed')
    expect(r.reason).toBe('1 test(s) failed after 3 attempt(s), 1 flaky')
    const broken = byName(r, 'broken')
    const flaky = byName(r, 'flaky')
    expect([broken.outcome, broken.attempts.length]).toEqual(['failed', 3])
    expect([flaky.outcome, flaky.attempts.length]).toEqual(['flaky', 2])
    expect(flaky.attempts.map(a => a.outcome)).toEqual(['failed', 'passed'])
    // pytest lists the hostile tests as skipped unless QG_HOSTILE=1.
    for (const c of r.report!.cases)
      if (c !== broken && c !== flaky)
        expect([c.id, c.outcome, c.attempts.length]).toEqual([
          c.id,
          c.id.includes('hostile') ? 'skipped' : 'passed',
          1
        ])
    // The attempt log: the shell only for the author's command; reruns select exactly the failed ids.
    expect(r.attempts.map(a => [a.attempt, a.status, a.viaShell])).toEqual([
      [1, 'completed', true],
      [2, 'completed', false],
      [3, 'completed', false]
    ])
    expect(r.attempts[0]!.exitCode).not.toBe(0)
    expect(r.attempts[1]!.selected.sort()).toEqual([broken.id, flaky.id].sort())
    expect(r.attempts[2]!.selected).toEqual([broken.id])
    expect(r.attempts[1]!.cases.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: broken.id, outcome: 'failed' },
        { id: flaky.id, outcome: 'passed' }
      ].sort((a, b) => a.id.localeCompare(b.id))
    )
    for (const a of r.attempts.slice(1)) expect([a.missing, a.extra]).toEqual([[], []])
    // Reruns name the failed tests' files (not a name pattern over the whole suite): jest (whose junit
    // reporter writes no file by default) and mocha; node:test's junit names files only on newer Node.
    if (runner === 'jest' || runner === 'mocha')
      for (const a of r.attempts.slice(1))
        expect(a.command).toEqual(
          expect.arrayContaining([expect.stringMatching(/shop\.(test|spec)\.[cm]?js$/)])
        )
    // Each attempt's JUnit was collected into its own directory before the next one could overwrite it.
    expect(r.attempts.map(a => a.reports.length)).toEqual([1, 1, 1])
    for (const a of r.attempts) expect(a.reports[0]).toContain(`attempt-${a.attempt}`)
    expect(r.notRetried).toEqual([])
  }, 240_000)

  it('a flaky test that passes on retry, with nothing else failing, passes the run', async () => {
    const { r, runs } = await retry(runner, { QG_FIXED: '1' })
    expect(runs.flaky).toBe(2)
    expect(runs.broken).toBe(1)
    expect(r.outcome).toBe('passed')
    expect(r.reason).toBe('1 flaky test(s) passed on retry, none failing')
    expect(r.attempts).toHaveLength(2)
    expect(r.report!.totals).toMatchObject({ flaky: 1, failed: 0, errors: 0 })
  }, 240_000)
})

describe.each(['node-test', 'jest'] as const)('%s mass failure', runner => {
  // `elsewhere` does not go through the failing helper: 5 of the 6 tests fail.
  it('most tests failing is reported as a likely infrastructure failure and not retried', async () => {
    const { r, runs } = await retry(runner, { QG_INFRA: '1' })
    expect(r.outcome).toBe('infrastructure')
    expect(r.reason).toMatch(
      /^5 of 6 tests failed \(more than 50 %\): likely an infrastructure failure, not retried$/
    )
    expect(r.attempts).toHaveLength(1)
    expect(Object.values(runs).every(n => n === 1)).toBe(true)
    expect(r.notRetried.map(x => x.reason)).toEqual(Array(5).fill('likely infrastructure failure'))
  }, 240_000)
})

describe('jest rerun side effects', () => {
  // The author's jest collects coverage (config and flag): the full run's report must be the one left.
  const withCoverage = `${JEST.replace(
    '--config {}',
    `--config '{"collectCoverage":true,"coverageReporters":["json-summary"]}'`
  )} --coverage`
  it('a rerun never writes coverage: the full run’s report is not overwritten by the few tests’ one', async () => {
    const { r, dir } = await retry(
      'jest',
      { QG_FIXED: '1' },
      // The first command moves its coverage aside, so any coverage/ left at the end was a rerun's.
      { command: `${withCoverage}; s=$?; mv coverage full-coverage; exit $s`, rerun: withCoverage }
    )
    expect(r.outcome).toBe('passed')
    expect(r.attempts).toHaveLength(2)
    expect(existsSync(join(dir, 'full-coverage', 'coverage-summary.json'))).toBe(true)
    expect(existsSync(join(dir, 'coverage'))).toBe(false)
    // One failed file: the rerun runs in band, and says coverage off after the author's flags.
    const argv = r.attempts[1]!.command as string[]
    expect(argv).toContain('--runInBand')
    expect(argv.lastIndexOf('--coverage=false')).toBeGreaterThan(argv.indexOf('--coverage'))
  }, 240_000)
})

describe.each(runners)('%s hostile test names', runner => {
  it('names holding $(…), backticks, ;, quotes and newlines reach the runner as data: nothing runs', async () => {
    const { r, runs, dir } = await retry(runner, { QG_HOSTILE: '1' }, { infraMinFailures: 1000 })
    for (const f of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(dir, f))).toBe(false)
    expect(r.outcome).toBe('failed')
    const hostile = r.report!.cases.filter(c => c.id.includes('hostile'))
    expect(hostile).toHaveLength(5)
    // Every hostile test the reporter names faithfully was rerun exactly (twice more); the ones whose name
    // the reporter altered (node 20's junit drops newlines and double-escapes quotes; XML attributes turn
    // a newline into a space, which the pattern allows) are recorded as not rerun, never guessed.
    const rerun = hostile.filter(c => c.attempts.length === 3).length
    const kept = hostile.filter(c => c.attempts.length === 1).length
    expect(rerun + kept).toBe(5)
    expect(rerun).toBeGreaterThanOrEqual(3)
    expect(runs.hostile).toBe(5 + 2 * rerun)
    expect(r.notRetried.map(x => x.reason)).toEqual(Array(kept).fill('the rerun did not run it'))
    expect(runs.flaky).toBe(2)
  }, 240_000)
})
