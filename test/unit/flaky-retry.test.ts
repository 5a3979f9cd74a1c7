/**
 * runWithRetries and the command runner on a tiny scripted runner (test/fixtures/flaky/fake-runner.mjs,
 * driven through the custom preset) and on plain shell commands: every ending has its named outcome —
 * timeout (the whole process group killed), command not found, a crash, no report, a stale report, a
 * non-zero exit no failing test explains — and hostile test names never run as commands.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runCommand } from '../../src/flaky/command.js'
import { runWithRetries, type RetryOptions } from '../../src/flaky/retry.js'

const FAKE = resolve('test/fixtures/flaky/fake-runner.mjs')
const NODE = process.execPath
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'qg-retry-unit-'))
  dirs.push(d)
  return d
}

function runs(d: string): Record<string, number> {
  const out: Record<string, number> = {}
  const f = join(d, 'exec.log')
  if (!existsSync(f)) return out
  for (const l of readFileSync(f, 'utf8').split('\n'))
    if (l !== '') out[JSON.parse(l) as string] = (out[JSON.parse(l) as string] ?? 0) + 1
  return out
}

function fake(d: string, plan: Record<string, string>, extra: Partial<RetryOptions> = {}, env = {}) {
  return runWithRetries({
    command: `"${NODE}" "${FAKE}"`,
    rerun: [NODE, FAKE, '{names}'],
    preset: 'custom',
    junit: ['reports/*.xml'],
    maxRetries: 2,
    cwd: d,
    env: { PLAN: JSON.stringify(plan), ...env },
    timeoutMs: 60_000,
    attemptsDir: join(d, '.attempts'),
    ...extra
  })
}

describe('runWithRetries', () => {
  it('reruns only the failed tests; hostile names are argv entries and run nothing', async () => {
    const d = tmp()
    const hostile = ['$(touch pwned)', '`touch pwned2`', 'x; touch pwned3', `q'"uote`, 'new\nline']
    const plan: Record<string, string> = { a: 'pass', b: 'pass', broken: 'fail', flaky: 'flaky' }
    for (const h of hostile) plan[h] = 'fail'
    const logs: string[] = []
    const r = await fake(d, plan, { log: l => logs.push(l), infraMinFailures: 100 })
    const expected: Record<string, number> = { a: 1, b: 1, broken: 3, flaky: 2 }
    for (const h of hostile) expected[h] = 3
    expect(runs(d)).toEqual(expected)
    for (const f of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(d, f))).toBe(false)
    expect(r.outcome).toBe('failed')
    expect(r.reason).toBe('6 test(s) failed after 3 attempt(s), 1 flaky')
    // The rerun argv holds each name as one entry, exactly.
    const argv2 = r.attempts[1]!.command as string[]
    expect(argv2.slice(0, 2)).toEqual([NODE, FAKE])
    expect(argv2.slice(2).sort()).toEqual(['broken', 'flaky', ...hostile].sort())
    expect(r.attempts[2]!.selected).not.toContain('s › c › flaky')
    expect(r.report!.cases.find(c => c.name === 'flaky')!.outcome).toBe('flaky')
    // The log is one line per message, whatever the names hold.
    for (const l of logs) expect(l).not.toMatch(/\n/)
    expect(logs[logs.length - 1]).toBe('result: failed: 6 test(s) failed after 3 attempt(s), 1 flaky')
  })

  it('passes when the only failure is flaky; maxRetries 0 never reruns', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'pass', flaky: 'flaky' })
    expect([r.outcome, r.reason]).toEqual(['passed', '1 flaky test(s) passed on retry, none failing'])
    const d0 = tmp()
    const r0 = await fake(d0, { a: 'pass', flaky: 'flaky' }, { maxRetries: 0 })
    expect([r0.outcome, r0.attempts.length, runs(d0).flaky]).toEqual(['failed', 1, 1])
  })

  it('all passing on the first attempt: one attempt', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'pass', s: 'skip' })
    expect([r.outcome, r.reason, r.attempts.length]).toEqual([
      'passed',
      'all 1 test(s) passed on the first attempt',
      1
    ])
  })

  it('a non-zero exit no failing test explains fails closed, first attempt or last rerun', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'pass' }, {}, { EXIT: '3' })
    expect([r.outcome, r.reason]).toEqual([
      'failed',
      'the test command exited with code 3 but its reports list no failing test'
    ])
    const d2 = tmp()
    const r2 = await fake(d2, { a: 'pass', flaky: 'flaky' }, { maxRetries: 1 }, { EXIT: '1' })
    expect([r2.outcome, r2.reason]).toEqual([
      'failed',
      'every test passed in the end, but the last attempt exited with code 1'
    ])
  })

  it('mass failure: no retry, reported as infrastructure', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'fail', b: 'fail', c: 'fail', e: 'fail', f: 'fail', g: 'pass' })
    expect(r.outcome).toBe('infrastructure')
    expect(r.reason).toBe(
      '5 of 6 tests failed (more than 50 %): likely an infrastructure failure, not retried'
    )
    expect(r.attempts).toHaveLength(1)
    expect(Object.values(runs(d))).toEqual([1, 1, 1, 1, 1, 1])
    // Four failures are under the minimum: retried.
    const d2 = tmp()
    const r2 = await fake(d2, { a: 'fail', b: 'fail', c: 'fail', e: 'fail' })
    expect([r2.outcome, r2.attempts.length]).toEqual(['failed', 3])
  })

  it('more failures than maxFailures, or a rerun command line too long: not retried, said so', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'fail', b: 'fail', c: 'pass', e: 'pass', f: 'pass' }, { maxFailures: 1 })
    expect([r.outcome, r.reason]).toEqual([
      'failed',
      '2 tests failed, more than max-failures (1): not retried'
    ])
    const d2 = tmp()
    const r2 = await fake(d2, { ['x'.repeat(300)]: 'fail', a: 'pass' }, { maxSelectionBytes: 200 })
    expect(r2.outcome).toBe('failed')
    const bytes = Buffer.byteLength(`${NODE} ${FAKE} ${'x'.repeat(300)} `)
    expect(r2.reason).toBe(
      `1 test(s) failed after 1 attempt(s), 0 flaky; the rerun command line for 1 test(s) needs ${bytes} bytes: not retried`
    )
    expect(r2.notRetried).toEqual([
      { id: `s › c › ${'x'.repeat(300)}`, reason: 'selection too long for one command line' }
    ])
  })

  it('a rerun in which no selected test runs stops retrying (the selection does not work)', async () => {
    const d = tmp()
    // A rerun template that never names the failed test: the runner runs nothing of what was asked.
    const r = await fake(d, { a: 'pass', b: 'fail' }, { rerun: [NODE, FAKE, 'nosuchtest', '{files}'] })
    expect(r.attempts).toHaveLength(2)
    expect(r.attempts[1]!.missing).toEqual(['s › c › b'])
    expect(r.reason).toBe(
      '1 test(s) failed after 2 attempt(s), 0 flaky; none of the 1 selected test(s) ran in rerun 1: the custom selection does not match these reports'
    )
    expect(r.notRetried).toEqual([{ id: 's › c › b', reason: 'the rerun did not run it' }])
  })

  it('tests the runner lists as skipped in a rerun did not run: not counted as attempts', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'pass', flaky: 'flaky' }, {}, { LIST_SKIPPED: '1' })
    expect(r.report!.cases.find(c => c.name === 'a')!.attempts).toHaveLength(1)
    expect(r.attempts[1]!.cases).toEqual([{ id: 's › c › flaky', outcome: 'passed' }])
    expect(r.attempts[1]!.extra).toEqual([])
  })

  it('a command that writes no report, or only leaves a stale one in place, is an error with the reason', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'fail' }, {}, { NO_REPORT: '1' })
    expect([r.outcome, r.reason]).toEqual([
      'error',
      'the test command (exited with code 1) wrote no readable JUnit report matching reports/*.xml'
    ])
    expect(r.attempts[0]!.status).toBe('no-report')
    const d2 = tmp()
    mkdirSync(join(d2, 'reports'))
    writeFileSync(join(d2, 'reports', 'old.xml'), '<testsuite><testcase name="old"/></testsuite>')
    const r2 = await fake(d2, { a: 'pass' }, {}, { NO_REPORT: '1', EXIT: '0' })
    expect(r2.outcome).toBe('error')
    expect(r2.attempts[0]!.notes).toEqual([
      '1 matching file(s) older than the attempt were left alone (stale)'
    ])
    expect(existsSync(join(d2, 'reports', 'old.xml'))).toBe(true)
  })

  it('a symlinked report is not followed; a malformed report is a note and the others still count', async () => {
    const d = tmp()
    mkdirSync(join(d, 'reports'))
    const secret = join(tmp(), 'secret.xml')
    writeFileSync(secret, '<testsuite><testcase name="secret"><failure/></testcase></testsuite>')
    const cmd = `ln -s "${secret}" reports/link.xml; printf '<testsuite><testcase' > reports/bad.xml; "${NODE}" "${FAKE}"`
    const r = await fake(d, { a: 'pass' }, { command: cmd })
    expect(r.outcome).toBe('passed')
    expect(r.report!.cases.map(c => c.name)).toEqual(['a'])
    expect(r.attempts[0]!.notes).toEqual([
      expect.stringMatching(
        /^unreadable report: .*1-bad\.xml: truncated or malformed XML \(unterminated start tag\)$/
      )
    ])
    // The link is neither read nor moved.
    expect(r.attempts[0]!.reports.map(f => f.slice(f.lastIndexOf('/') + 1))).toEqual([
      '1-bad.xml',
      '2-junit.xml'
    ])
    expect(readFileSync(join(d, 'reports', 'link.xml'), 'utf8')).toContain('secret')
  })

  it('each attempt’s report is moved into its own directory before the next attempt overwrites it', async () => {
    const d = tmp()
    const r = await fake(d, { a: 'pass', broken: 'fail' })
    const files = r.attempts.map(a => a.reports[0]!)
    expect(files).toEqual([1, 2, 3].map(n => join(d, '.attempts', `attempt-${n}`, '1-junit.xml')))
    expect(readFileSync(files[0]!, 'utf8')).toContain('name="a"')
    expect(readFileSync(files[1]!, 'utf8')).not.toContain('name="a"')
    expect(existsSync(join(d, 'reports', 'junit.xml'))).toBe(false)
  })

  it('bad options are one-line errors before anything runs', async () => {
    const d = tmp()
    await expect(fake(d, {}, { maxRetries: -1 })).rejects.toThrow(
      'max-retries must be a whole number from 0 to 100 (got -1)'
    )
    await expect(fake(d, {}, { timeoutMs: 0 })).rejects.toThrow(
      'the timeout must be from 1 ms to 24 days (got 0)'
    )
    await expect(fake(d, {}, { junit: [] })).rejects.toThrow('junit: give at least one file or glob')
    await expect(fake(d, {}, { command: ' ' })).rejects.toThrow('the test command is empty')
    await expect(fake(d, {}, { preset: 'nope' as never })).rejects.toThrow('unknown preset "nope"')
    await expect(fake(d, {}, { rerun: 'x' })).rejects.toThrow(/preset custom: rerun needs a word/)
    expect(existsSync(join(d, 'exec.log'))).toBe(false)
  })
})

describe('runCommand / first attempt endings', () => {
  it('timeout: the whole process group is killed, grandchildren included', async () => {
    const d = tmp()
    const r = await runCommand('sleep 300 & echo $! > gc.pid; echo started; sleep 300', {
      cwd: d,
      env: process.env,
      timeoutMs: 500,
      killGraceMs: 500
    })
    expect(r.outcome).toBe('timeout')
    expect(r.description).toBe('timed out after 500 ms: its process group was killed')
    expect(r.outputTail).toBe('started\n')
    const pid = Number(readFileSync(join(d, 'gc.pid'), 'utf8'))
    // Dead or a zombie waiting for init: never a sleeping process still holding the job.
    let state = 'gone'
    for (let i = 0; i < 50; i++) {
      try {
        state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.slice(0, 1)
      } catch {
        state = 'gone'
      }
      if (state === 'gone' || state === 'Z') break
      await new Promise(res => setTimeout(res, 100))
    }
    expect(['gone', 'Z']).toContain(state)
  })

  it('command not found (shell and argv), a crash, and a shell-less string are named outcomes', async () => {
    const d = tmp()
    const opts = { cwd: d, env: process.env, timeoutMs: 30_000 }
    const sh = await runCommand('qg-no-such-command-xyz --flag', opts)
    expect([sh.outcome, sh.exitCode]).toEqual(['not-found', 127])
    const argv = await runCommand(['qg-no-such-command-xyz'], opts)
    expect([argv.outcome, argv.description]).toEqual(['not-found', 'was not found: "qg-no-such-command-xyz"'])
    const crash = await runCommand('kill -SEGV $$', opts)
    expect([crash.outcome, crash.signal, crash.description]).toEqual([
      'crashed',
      'SIGSEGV',
      'ended by signal SIGSEGV'
    ])
    expect(() => runCommand('true', { ...opts, shell: false })).toThrow(
      'a command given as one string needs a shell'
    )
  })

  it('runWithRetries: a first attempt that is not found or times out is an error, not retried', async () => {
    const d = tmp()
    const nf = await fake(d, { a: 'fail' }, { command: 'qg-no-such-command-xyz' })
    expect([nf.outcome, nf.reason, nf.attempts.length]).toEqual([
      'error',
      'the test command was not found (the shell exited with code 127)',
      1
    ])
    const to = await fake(d, { a: 'fail' }, { command: 'sleep 300', timeoutMs: 300, killGraceMs: 300 })
    expect([to.outcome, to.attempts[0]!.status]).toEqual(['error', 'timeout'])
  })

  it('the control: the same hostile name through a shell WOULD run (so the sentinel test can see it)', async () => {
    const d = tmp()
    await runCommand(`echo $(touch pwned)`, { cwd: d, env: process.env, timeoutMs: 30_000 })
    expect(existsSync(join(d, 'pwned'))).toBe(true)
    const d2 = tmp()
    await runCommand(['echo', '$(touch pwned)'], { cwd: d2, env: process.env, timeoutMs: 30_000 })
    expect(existsSync(join(d2, 'pwned'))).toBe(false)
  })
})
