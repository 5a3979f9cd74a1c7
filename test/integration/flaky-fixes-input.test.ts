// `quality-gates flaky` on reports that hold no test case, and the JSON's `reason`: a run with nothing tested is an
// input error (exit 2, one line naming the files), never a judged run; a status that is not pass for a reason other
// than failing tests says why in `reason`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { EMPTY_QUARANTINE } from '../../src/flaky/quarantine.js'
import { evaluateRun } from '../../src/flaky/evaluate.js'
import { parseJunit } from '../../src/flaky/junit.js'
import { statusReason, type FlakyRun } from '../../src/flaky/output.js'

let dir: string
function write(rel: string, text: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true })
  writeFileSync(join(dir, rel), text)
}
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await cli(['flaky', ...argv], {
    stdout: t => (out += t),
    stderr: t => (err += t),
    cwd: dir,
    env: {}
  })
  return { code, out, err }
}

const GOOD = `<testsuite name="s"><testcase classname="c" name="a"/><testcase classname="c" name="b"/></testsuite>`
const FAILING = `<testsuite name="s"><testcase classname="c" name="a"/><testcase classname="c" name="b"><failure/></testcase></testsuite>`
const MOSTLY_FAILING = `<testsuite name="s">${Array.from(
  { length: 6 },
  (_, i) =>
    `<testcase classname="c" name="t${i}">${i > 0 ? '<error message="ECONNREFUSED"/>' : ''}</testcase>`
).join('')}</testsuite>`

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-flaky-fixes-'))
  write('empty/a.xml', '<testsuites/>')
  write('empty/b.xml', '<testsuites><testsuite name="none" tests="0"/></testsuites>')
  write('empty/c.xml', '<testsuite name="x"></testsuite>')
  write('empty/d.xml', '<testsuites></testsuites>')
  write('good.xml', GOOD)
  write('failing.xml', FAILING)
  write('infra.xml', MOSTLY_FAILING)
  write('broken.xml', '<html>502</html>')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('flaky: no test case at all is an input error', () => {
  it('<testsuites/> alone: exit 2, one line naming the file, nothing on stdout', async () => {
    const r = await run(['--junit', 'empty/a.xml', '--json'])
    expect([r.code, r.out]).toEqual([2, ''])
    const lines = r.err.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^quality-gates: empty\/a\.xml: no test case in any report, nothing was tested/)
  })

  it('every report empty: exit 2, the line names the first files and counts the rest', async () => {
    const r = await run(['--junit', 'empty/*.xml'])
    expect(r.code).toBe(2)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain('empty/a.xml, empty/b.xml, empty/c.xml and 1 more: no test case in any report')
  })

  it('empty reports and an unreadable one: exit 2, the unreadable one is named with its reason', async () => {
    const r = await run(['--junit', 'empty/a.xml', 'broken.xml', '--json'])
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(/no test case in any report.*; 1 unreadable \(broken\.xml: /)
  })

  it('flaky run: a test command that writes a report with no case is the same one-line error', async () => {
    const r = await run([
      'run',
      '--command',
      "mkdir -p run && printf '<testsuites/>' > run/r.xml",
      '--junit',
      'run/r.xml',
      '--preset',
      'custom',
      '--rerun-command',
      'false {tests}',
      '--json'
    ])
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(/r\.xml: no test case in any report, nothing was tested/)
  })

  it('an empty report beside one with cases is fine: the cases are judged', async () => {
    const r = await run(['--junit', 'empty/a.xml', 'good.xml', '--json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect([json.status, json.tests.total, json.reason]).toEqual(['pass', 2, undefined])
  })
})

describe('flaky --json: reason', () => {
  it('an unreadable report among good ones fails closed and says why', async () => {
    const r = await run(['--junit', 'good.xml', 'broken.xml', '--json'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out)
    expect([json.status, json.tests.total, json.tests.failed]).toEqual(['fail', 2, 0])
    expect(json.reason).toMatch(/^1 unreadable report, not counted \(broken\.xml: .+\)$/)
  })

  it('failing tests alone: no reason (the counts and cases say it)', async () => {
    const r = await run(['--junit', 'failing.xml', '--json'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out)
    expect([json.status, json.tests.failed]).toEqual(['fail', 1])
    expect('reason' in json).toBe(false)
  })

  it('an infrastructure failure says so', async () => {
    const r = await run(['--junit', 'infra.xml', '--json'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out)
    expect(json.reason).toBe('infrastructure failure: 5 of 6 tests that ran failed')
  })

  it('statusReason: no case, a failed command, and many unreadable reports stay one bounded line', () => {
    const verdict = evaluateRun(parseJunit('<testsuites/>', 'e.xml'), EMPTY_QUARANTINE, {
      infraFailureRatio: 0.5
    })
    const base: FlakyRun = {
      verdict,
      quarantine: EMPTY_QUARANTINE,
      proposals: { quarantine: [], release: [] },
      bad: [],
      files: ['e.xml'],
      history: ''
    }
    expect(statusReason(base)).toBe('no test case in the reports: nothing was tested')
    const bad = Array.from({ length: 40 }, (_, i) => ({ file: `r${i}.xml`, reason: 'not JUnit' }))
    const many = statusReason({ ...base, bad }) as string
    expect(many).toMatch(
      /^40 unreadable reports, not counted \(r0\.xml: not JUnit; .*r4\.xml: not JUnit and 35 more\)/
    )
    expect(many).not.toContain('r5.xml')
    const failed = statusReason({
      ...base,
      verdict: { ...verdict, status: 'fail', tests: { ...verdict.tests, total: 1, passed: 1 } },
      run: {
        preset: 'jest',
        outcome: 'failed',
        reason: 'r',
        attempts: [],
        notRetried: [],
        failure: 'the test command exited 1 although every reported test passed'
      }
    })
    expect(failed).toBe('the test command exited 1 although every reported test passed')
    expect(statusReason({ ...base, verdict: { ...verdict, status: 'pass' } })).toBeUndefined()
  })
})
