/**
 * `quality-gates flaky run` end to end on REAL runners (pytest from Debian python3-pytest, node:test): the
 * suites of test/fixtures/flaky copied into a temp dir (always-passing tests, a flaky test that fails the
 * first time it runs there and passes after, a broken test; each test appends its name to the execution log
 * QG_LOG). The gate runs the command, reruns only the failed tests and gates on every attempt: the log proves
 * what ran how often; JSON `cases[].attempts` says the same; the quarantine decides the exit code. Then the
 * `run` routing and bad input: each a one-line error (exit 2) or a fail-closed verdict (exit 1).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { detectPreset } from '../../src/flaky/presets.js'
import { testCommandEnv } from '../../src/flaky/run-tests.js'

const ROOT = process.cwd()
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** The fixture reads these from the environment, which every attempt inherits (reruns run without a shell). */
const SAVED = { ...process.env }
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-flaky-run-'))
  dirs.push(dir)
  process.env.QG_LOG = join(dir, 'exec.log')
  process.env.NODE_OPTIONS = ''
})
afterEach(() => {
  for (const k of ['QG_LOG', 'QG_HOSTILE', 'QG_FIXED', 'NODE_OPTIONS']) {
    if (SAVED[k] === undefined) delete process.env[k]
    else process.env[k] = SAVED[k]
  }
})

type Runner = 'pytest' | 'node-test'
const SETUP: Record<Runner, { fixture: string; command: string; rerun: string }> = {
  pytest: {
    fixture: 'pytest',
    command: 'python3 -m pytest -p no:cacheprovider --junitxml=reports/junit.xml tests',
    rerun: 'python3 -m pytest -p no:cacheprovider --junitxml=reports/junit.xml'
  },
  'node-test': {
    fixture: 'node',
    command: 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml',
    rerun: 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml'
  }
}

interface Run {
  code: number
  stdout: string
  stderr: string
  json: {
    status: string
    tests: Record<string, number>
    cases: { id: string; outcome: string; attempts: number }[]
    run?: { preset: string; outcome: string; reason: string; attempts: Record<string, unknown>[] }
  }
  runs: Record<string, number>
}

async function flakyRun(argv: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await cli(['flaky', 'run', ...argv], {
    cwd: dir,
    env: process.env,
    stdout: s => void (stdout += s),
    stderr: s => void (stderr += s)
  })
  const runs: Record<string, number> = {}
  const log = join(dir, 'exec.log')
  for (const line of existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [])
    if (line !== '') runs[line] = (runs[line] ?? 0) + 1
  let json = {} as Run['json']
  if (stdout.startsWith('{')) json = JSON.parse(stdout) as Run['json']
  return { code, stdout, stderr, json, runs }
}

function suite(runner: Runner): string[] {
  const s = SETUP[runner]
  cpSync(join(ROOT, 'test', 'fixtures', 'flaky', s.fixture), dir, { recursive: true })
  mkdirSync(join(dir, 'reports'), { recursive: true })
  return ['--command', s.command, '--rerun-command', s.rerun, '--junit', 'reports/*.xml', '--json']
}

const byName = (r: Run, name: string) => {
  const hits = r.json.cases.filter(c => c.id.endsWith(` ${name}`) || c.id.endsWith(`test_${name}`))
  expect(hits).toHaveLength(1)
  return hits[0]!
}

const hasPytest = spawnSync('python3', ['-m', 'pytest', '--version'], { encoding: 'utf8' }).status === 0
if (!hasPytest) console.log('python3 -m pytest not available: skipping the pytest flaky run tests')
const runners: Runner[] = hasPytest ? ['pytest', 'node-test'] : ['node-test']

describe.each(runners)('quality-gates flaky run on a real %s suite', runner => {
  it('reruns only the failed tests: passing ones ran once, the flaky one is flaky, the broken one failed in 1 + max-retries attempts; exit 1', async () => {
    const r = await flakyRun([...suite(runner), '--max-retries', '2'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    // The execution log: what really ran.
    const once =
      runner === 'pytest' ? { sums: 1, total: 1 } : { sums: 1, total: 1, 'other total': 1, elsewhere: 1 }
    expect(r.runs).toEqual({ ...once, flaky: 2, broken: 3 })
    expect(r.json.status).toBe('fail')
    expect([byName(r, 'broken').outcome, byName(r, 'broken').attempts]).toEqual(['failed', 3])
    expect([byName(r, 'flaky').outcome, byName(r, 'flaky').attempts]).toEqual(['flaky', 2])
    const passing = r.json.cases.filter(c => !/(broken|flaky)$/.test(c.id) && !c.id.includes('hostile'))
    expect(passing.length).toBe(Object.keys(once).length)
    for (const c of passing) expect([c.id, c.outcome, c.attempts]).toEqual([c.id, 'passed', 1])
    expect(r.json.tests).toMatchObject({ failed: 1, flaky: 1, passed: passing.length, quarantined: 0 })
    // Every attempt recorded: the author's command, then two reruns of what still failed.
    expect(r.json.run?.preset).toBe(runner)
    expect(r.json.run?.outcome).toBe('failed')
    expect(r.json.run?.attempts.map(a => [a.attempt, a.kind, a.selected, a.ran, a.failed])).toEqual([
      [1, 'command', 0, passing.length + 2, 2],
      [2, 'rerun', 2, 2, 1],
      [3, 'rerun', 1, 1, 1]
    ])
  }, 240_000)

  it('with the broken test quarantined, the same run exits 0 and reports it quarantined', async () => {
    const first = await flakyRun([...suite(runner), '--max-retries', '0'])
    const broken = byName(first, 'broken').id
    expect(first.code).toBe(1)
    rmSync(join(dir, 'exec.log'))
    writeFileSync(
      join(dir, 'quarantine.yml'),
      `tests:\n  - id: ${JSON.stringify(broken)}\n    reason: "always fails, issue 12"\n`
    )
    const r = await flakyRun([...suite(runner), '--max-retries', '2', '--quarantine', 'quarantine.yml'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.json.status).toBe('pass')
    expect([byName(r, 'broken').outcome, byName(r, 'broken').attempts]).toEqual(['quarantined', 3])
    // The flaky test already ran once in this directory (the first run): now it passes at once.
    expect(byName(r, 'flaky').outcome).toBe('passed')
    expect(r.runs.broken).toBe(3)
  }, 240_000)

  it('a test id holding $(touch …), backticks and ; runs nothing: the rerun gets it as data', async () => {
    process.env.QG_HOSTILE = '1'
    // Most tests fail here: the infrastructure guard is turned off so that they are retried.
    const r = await flakyRun([...suite(runner), '--max-retries', '1', '--infra-failure-ratio', '1'])
    expect(r.code).toBe(1)
    for (const f of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(dir, f))).toBe(false)
    const hostile = r.json.cases.filter(c => c.id.includes('touch'))
    expect(hostile.length).toBeGreaterThanOrEqual(2)
    // Each hostile test that the rerun selected ran a second time (as data), and still failed.
    expect(hostile.some(c => c.attempts === 2)).toBe(true)
    for (const c of hostile) expect(c.outcome).toBe('failed')
  }, 240_000)
})

describe('quality-gates flaky run: routing and bad input', () => {
  const node = () => suite('node-test')

  it('help flaky shows the run form; flaky --junit still reads reports as before', async () => {
    let out = ''
    const io = { cwd: dir, env: process.env, stdout: (s: string) => void (out += s), stderr: () => {} }
    expect(await cli(['help', 'flaky'], io)).toBe(0)
    expect(out).toContain('quality-gates flaky run --command "<cmd>" --junit <glob>')
    expect(out).toMatch(/--max-retries N\n/)
    writeFileSync(join(dir, 'r.xml'), '<testsuite name="s"><testcase classname="c" name="ok"/></testsuite>')
    out = ''
    expect(await cli(['flaky', '--junit', 'r.xml', '--json'], io)).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ status: 'pass', cases: [{ outcome: 'passed', attempts: 1 }] })
  })

  it('flaky run without --command is a one-line usage error', async () => {
    const r = await flakyRun(['--junit', 'reports/*.xml'])
    expect([r.code, r.stderr]).toEqual([
      2,
      'quality-gates: flaky run: --command is required (see quality-gates flaky --help)\n'
    ])
  })

  it('a command that writes no JUnit, or is not found, is one line naming what happened (exit 2)', async () => {
    node()
    const none = await flakyRun([
      '--command',
      'node -e 0',
      '--preset',
      'node-test',
      '--junit',
      'reports/*.xml'
    ])
    expect(none.code).toBe(2)
    expect(none.stderr).toBe(
      'quality-gates: the test command (exited with code 0) wrote no readable JUnit report matching reports/*.xml\n'
    )
    const missing = await flakyRun([
      '--command',
      'no-such-runner-qg',
      '--preset',
      'jest',
      '--junit',
      'r/*.xml'
    ])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(
      /^quality-gates: the test command was not found \(the shell exited with code 127\)\n$/
    )
  })

  it('a command that exits non-zero although every reported test passed fails closed (exit 1)', async () => {
    node()
    process.env.QG_FIXED = '1'
    writeFileSync(join(dir, 'flaky.count'), '1')
    const r = await flakyRun([
      '--command',
      `${SETUP['node-test'].command}; exit 3`,
      '--rerun-command',
      SETUP['node-test'].rerun,
      '--junit',
      'reports/*.xml',
      '--json'
    ])
    expect(r.code).toBe(1)
    expect(r.json.tests.failed).toBe(0)
    expect(r.json.status).toBe('fail')
    expect(r.json.run?.reason).toBe(
      'the test command exited with code 3 but its reports list no failing test'
    )
    expect(r.runs.broken).toBe(1)
  }, 120_000)

  it('a command whose runner cannot be told asks for the preset; a bad max-retries is refused', async () => {
    const auto = await flakyRun(['--command', 'npm test', '--junit', 'reports/*.xml'])
    expect(auto.code).toBe(2)
    expect(auto.stderr).toMatch(
      /^quality-gates: preset: cannot tell the test runner from the command; set preset/
    )
    const many = await flakyRun(['--command', 'npx jest', '--junit', 'r.xml', '--max-retries', '1000'])
    expect(many.code).toBe(2)
    expect(many.stderr).toMatch(/--max-retries/)
    expect(many.stderr.split('\n')).toHaveLength(2)
  })
})

describe('preset auto and the test command environment', () => {
  it('tells the runner from the program the command names, and nothing from an ambiguous one', () => {
    expect(detectPreset('npx jest --ci')).toBe('jest')
    expect(detectPreset('node node_modules/jest/bin/jest.js --ci')).toBe('jest')
    expect(detectPreset('python3 -m pytest --junitxml=r.xml')).toBe('pytest')
    expect(detectPreset('node --test --test-reporter=junit')).toBe('node-test')
    expect(detectPreset('cd svc && go test ./... 2>&1 | go-junit-report')).toBe('go')
    expect(detectPreset('./mvnw -B verify')).toBe('maven')
    expect(detectPreset('./gradlew test')).toBe('gradle')
    expect(detectPreset('npx vitest run')).toBe('vitest')
    expect(detectPreset('npx playwright test')).toBe('playwright')
    expect(detectPreset('npm test')).toBeUndefined()
    expect(detectPreset('jest && pytest')).toBeUndefined()
    expect(detectPreset('echo --test')).toBeUndefined()
  })

  it("the action's inputs (its token) and runtime tokens are kept from the test command", () => {
    expect(
      testCommandEnv({
        'INPUT_GITHUB-TOKEN': 'ghs_secret',
        INPUT_COMMAND: 'npm test',
        ACTIONS_RUNTIME_TOKEN: 't',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
        PATH: '/bin',
        GITHUB_SHA: 'abc'
      })
    ).toEqual({
      'INPUT_GITHUB-TOKEN': undefined,
      INPUT_COMMAND: undefined,
      ACTIONS_RUNTIME_TOKEN: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
    })
  })
})
