// The flaky gate's run() in process, on both front ends: the action path (a Host built from fakes, GitHub's side
// on the REST emulator, history in a baseline store) and the CLI path (`quality-gates flaky`, the local Host). One
// pipeline: the same verdicts, the same JSON cases, the same section. Then bad input, each a clear line or a
// fail-closed result that still counts the other reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { flakyGate } from '../../src/flaky/gate.js'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import { readFragment } from '../../src/shared/fragment.js'
import { runDeclared } from '../../src/shared/gate.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { GIT_TEST_ENV } from '../support/expectations.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'

let repo: string
let base: string
let head: string
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, env: GIT_TEST_ENV, encoding: 'utf8' }).trim()
function write(rel: string, text: string | Buffer): void {
  mkdirSync(dirname(join(repo, rel)), { recursive: true })
  writeFileSync(join(repo, rel), text)
}

const FAIL = '<failure message="expected 2">got 3</failure>'
/** Attempt 1 and 2 of one run (one file per attempt): adds passes, flakes flakes, breaks breaks, known is quarantined. */
const ATTEMPT_1 = `<testsuites><testsuite name="math" file="test/math.test.js">
  <testcase classname="test" name="adds"/>
  <testcase classname="test" name="flakes"><failure message="timeout"/></testcase>
  <testcase classname="test" name="breaks" file="test/math.test.js" line="12">${FAIL}</testcase>
  <testcase classname="test" name="known"><error message="ECONNRESET"/></testcase>
  <testcase classname="test" name="later"><skipped/></testcase>
</testsuite></testsuites>`
const ATTEMPT_2 = `<testsuites><testsuite name="math" file="test/math.test.js">
  <testcase classname="test" name="flakes"/>
  <testcase classname="test" name="breaks" file="test/math.test.js" line="12">${FAIL}</testcase>
  <testcase classname="test" name="known"><error message="ECONNRESET"/></testcase>
</testsuite></testsuites>`
const QUARANTINE = `tests:
  - id: "test/math.test.js › math › test › known"
    reason: "the fixture server drops connections"
    issue: 41
`

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'qg-flaky-gate-'))
  git('init', '-q', '-b', 'main')
  write('test/math.test.js', '// tests\n')
  write('.github/quality-gates/quarantine.yml', QUARANTINE)
  git('add', '.')
  git('commit', '-qm', 'base')
  base = git('rev-parse', 'HEAD')
  write('test/math.test.js', '// tests, changed\n')
  git('commit', '-qam', 'head')
  head = git('rev-parse', 'HEAD')
  write('out/attempt-1.xml', ATTEMPT_1)
  write('out/attempt-2.xml', ATTEMPT_2)
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

/** A baseline store in memory: what was saved, found again by a later run. */
function memoryStore(savesInAuto: boolean, found?: { path: string; sha: string }) {
  const saved: { kind: string; sha: string; text: string }[] = []
  const store: BaselineStore = {
    savesInAuto,
    gatesWhenSaving: false,
    find: async () =>
      found
        ? {
            found: true,
            path: found.path,
            sha: found.sha,
            behind: 1,
            note: `found at ${found.sha.slice(0, 7)}, 1 commit behind`
          }
        : { found: false, note: '' },
    save: async (kind, sha, dir, file) => {
      saved.push({ kind, sha, text: readFileSync(join(dir, file), 'utf8') })
      return 'memory'
    }
  }
  return { store, saved }
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await cli(['flaky', ...argv], {
    stdout: t => (out += t),
    stderr: t => (err += t),
    cwd: repo,
    env: {}
  })
  return { code, out, err }
}

describe('flaky gate run() on the action path and the CLI path', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  })
  afterAll(async () => gh.close())

  async function actionHost(
    inputs: Record<string, string>,
    store: BaselineStore,
    event: 'push' | 'pull_request'
  ) {
    const dir = await mkdtemp(join(tmpdir(), 'qg-flaky-host-'))
    return createFakeHost({
      dir,
      workspace: repo,
      inputs,
      context: {
        eventName: event,
        sha: head,
        ref: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
        repository: { owner: 'acme', repo: 'widgets', id: 1 },
        runId: event === 'push' ? 41 : 42,
        runAttempt: 1,
        apiUrl: gh.url
      },
      octokit: createOctokit({
        token: 'ghs_test',
        baseUrl: gh.url,
        minRetryDelayMs: 5,
        minWriteIntervalMs: 0
      }),
      baselines: store,
      now: new Date('2026-03-01T12:00:00Z'),
      ...(event === 'pull_request'
        ? {
            pullRequest: {
              number: 7,
              headSha: head,
              baseSha: base,
              baseRef: 'main',
              headRepoFullName: 'acme/widgets',
              isFork: false
            }
          }
        : {})
    })
  }

  it('a push records the run in the history; the PR reads it; both front ends give the same cases and section', async () => {
    const push = memoryStore(true)
    const pushHost = await actionHost({ junit: 'out/attempt-*.xml', summary: 'full' }, push.store, 'push')
    const pushed = await runDeclared(flakyGate, pushHost, 'action')
    expect(pushed.failure).toBe('flaky gate failed: 1 test failed and is not quarantined')
    expect(push.saved).toHaveLength(1)
    const saved = JSON.parse(push.saved[0]!.text) as {
      ids: string[]
      runs: { sha: string; o: string; run: string }[]
    }
    expect(push.saved[0]).toMatchObject({ kind: 'flaky', sha: head })
    // What each test did, quarantined or not: history learns from the tests.
    expect(Object.fromEntries(saved.ids.map((id, i) => [id, saved.runs[0]!.o[i]]))).toEqual({
      'test/math.test.js › math › test › adds': 'p',
      'test/math.test.js › math › test › flakes': 'k',
      'test/math.test.js › math › test › breaks': 'f',
      'test/math.test.js › math › test › known': 'f',
      'test/math.test.js › math › test › later': 's'
    })
    expect(saved.runs[0]).toMatchObject({ sha: head, run: '41-1' })

    const historyPath = join(repo, 'out', 'saved-history.json')
    writeFileSync(historyPath, push.saved[0]!.text)
    const pr = memoryStore(false, { path: historyPath, sha: base })
    const host = await actionHost(
      { junit: 'out/attempt-1.xml\nout/attempt-2.xml', name: 'unit' },
      pr.store,
      'pull_request'
    )
    const outcome = await runDeclared(flakyGate, host, 'action')
    expect(pr.saved).toEqual([])
    expect(outcome.context).toBe('quality-gates/flaky/unit')
    expect(gh.state.statuses.find(s => s.context === 'quality-gates/flaky/unit')).toMatchObject({
      sha: head,
      state: 'failure'
    })
    expect(
      Object.fromEntries(
        ['tests', 'passed', 'failed', 'flaky', 'quarantined', 'skipped'].map(k => [k, host.outputs.get(k)])
      )
    ).toEqual({
      tests: '5',
      passed: '1',
      failed: '1',
      flaky: '1',
      quarantined: '1',
      skipped: '1'
    })
    const fragment = await readFragment(host.outputs.get('fragment-path') as string)
    expect(fragment).toMatchObject({
      status: 'fail',
      statusContext: 'quality-gates/flaky/unit',
      title: 'Flaky tests (unit)'
    })
    expect(fragment.summary).toBe('5 tests: 1 passed, 1 failed, 1 flaky, 1 quarantined, 1 skipped')
    expect(fragment.markdown).toMatch(
      /History: 1 run \(found at [0-9a-f]{7}, 1 commit behind\); this run not recorded/
    )
    // The failing test links to its line at the tested commit, and is annotated there.
    expect(fragment.markdown).toContain(
      `(https://github.com/acme/widgets/blob/${head}/test/math.test.js#L12)`
    )
    expect(fragment.annotations).toEqual([
      expect.objectContaining({ path: 'test/math.test.js', startLine: 12, level: 'failure' })
    ])
    expect(fragment.markdown).toMatch(/Quarantine in `\.github\/quality-gates\/quarantine\.yml`/)

    const local = await run([
      'out/attempt-1.xml',
      'out/attempt-2.xml',
      '--name',
      'unit',
      '--fragment-out',
      'out/f.json',
      '--json'
    ])
    expect(local.code).toBe(1)
    expect(JSON.parse(local.out)).toEqual({
      gate: 'flaky',
      status: 'fail',
      tests: { total: 5, passed: 1, failed: 1, skipped: 1, flaky: 1, quarantined: 1 },
      cases: [
        { id: 'test/math.test.js › math › test › adds', outcome: 'passed', attempts: 1 },
        { id: 'test/math.test.js › math › test › flakes', outcome: 'flaky', attempts: 2 },
        { id: 'test/math.test.js › math › test › breaks', outcome: 'failed', attempts: 2 },
        { id: 'test/math.test.js › math › test › known', outcome: 'quarantined', attempts: 2 },
        { id: 'test/math.test.js › math › test › later', outcome: 'skipped', attempts: 1 }
      ]
    })
    const localFragment = await readFragment(join(repo, 'out/f.json'))
    expect(localFragment.summary).toBe(fragment.summary)
    expect(localFragment.statusContext).toBe(fragment.statusContext)
  })

  it('quarantining the broken test too makes it pass; an expired entry quarantines nothing', async () => {
    write(
      'out/q-all.yml',
      `${QUARANTINE}  - id: "test/math.test.js › math › test › breaks"\n    reason: "bug 7"\n    expires: 2099-12-31\n`
    )
    const pass = await run(['out/attempt-*.xml', '--quarantine', 'out/q-all.yml', '--json'])
    expect(pass.code).toBe(0)
    expect(JSON.parse(pass.out).tests).toMatchObject({ failed: 0, quarantined: 2, flaky: 1 })
    write(
      'out/q-expired.yml',
      `${QUARANTINE}  - id: "test/math.test.js › math › test › breaks"\n    reason: "bug 7"\n    expires: 2020-01-01\n`
    )
    const expired = await run(['out/attempt-*.xml', '--quarantine', 'out/q-expired.yml'])
    expect(expired.code).toBe(1)
    expect(expired.out).toMatch(
      /note quarantine entry expired 2020-01-01, propose removal: test\/math\.test\.js › math › test › breaks/
    )
  })

  it('--history: each run is added to the file; K flakes on 2 commits propose quarantine', async () => {
    const history = join(repo, 'out', 'history.json')
    rmSync(history, { force: true })
    const first = await run(['out/attempt-*.xml', '--history', 'out/history.json'])
    expect(first.out).toMatch(/note history: 1 run\(s\), this one recorded \(a new history file/)
    // Two more runs on another commit: flakes has flaked 3 times on 2 commits.
    git('commit', '-q', '--allow-empty', '-m', 'next')
    await run(['out/attempt-*.xml', '--history', 'out/history.json'])
    const third = await run([
      'out/attempt-*.xml',
      '--history',
      'out/history.json',
      '--summary-out',
      'out/s.md'
    ])
    expect(third.out).toMatch(
      /note propose quarantine: test\/math\.test\.js › math › test › flakes \(3 flakes on 2 commits\)/
    )
    // breaks never passed: broken, never proposed.
    expect(third.out).not.toMatch(/propose quarantine: .*breaks/)
    expect(JSON.parse(readFileSync(history, 'utf8')).runs).toHaveLength(3)
    expect(readFileSync(join(repo, 'out/s.md'), 'utf8')).toMatch(/Proposed for quarantine \(1\)/)
    git('reset', '-q', '--hard', head)
  })

  it('bad input: a bad report among good ones fails closed and the others still count; none readable is exit 2', async () => {
    write('bad/empty.xml', '')
    write('bad/truncated.xml', ATTEMPT_1.slice(0, 120))
    write('bad/binary.xml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]))
    write('bad/not-junit.xml', '<html><body>502 Bad Gateway</body></html>')
    write(
      'bad/bomb.xml',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><testsuite><testcase name="&lol2;"/></testsuite>'
    )
    write(
      'bad/xxe.xml',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&e;"/></testsuite>'
    )
    for (const f of ['empty', 'truncated', 'binary', 'not-junit', 'bomb', 'xxe']) {
      const alone = await run([`bad/${f}.xml`, '--json'])
      expect({ f, code: alone.code, out: alone.out }).toEqual({ f, code: 2, out: '' })
      expect(alone.err.trim().split('\n')).toHaveLength(1)
      expect(alone.err).toContain(`bad/${f}.xml`)
      expect(alone.err).not.toMatch(/root:|at .+:\d+:\d+/)

      const mixed = await run(['out/attempt-1.xml', `bad/${f}.xml`, 'out/attempt-2.xml', '--json'])
      expect({ f, code: mixed.code }).toEqual({ f, code: 1 })
      const json = JSON.parse(mixed.out)
      expect(json.status).toBe('fail')
      expect(json.tests.total).toBe(5)
      expect(mixed.err).toContain(`bad/${f}.xml`)
    }
    // A glob that matches nothing, and a quarantine file named but absent: one line, exit 2.
    const none = await run(['nothing/*.xml'])
    expect([none.code, none.err.trim()]).toEqual([
      2,
      expect.stringMatching(/^quality-gates: --junit "nothing\/\*\.xml" matched no files/)
    ])
    const noQuarantine = await run(['out/attempt-1.xml', '--quarantine', 'missing.yml'])
    expect([noQuarantine.code, noQuarantine.err]).toEqual([
      2,
      expect.stringMatching(/missing\.yml: cannot read the quarantine file \(ENOENT\)/)
    ])
    write('bad/q.yml', 'tests:\n  - id: a\n    reason: r\n    owner: me\n')
    const badQuarantine = await run(['out/attempt-1.xml', '--quarantine', 'bad/q.yml'])
    expect([badQuarantine.code, badQuarantine.err.trim()]).toEqual([
      2,
      expect.stringMatching(/bad\/q\.yml:4: unknown key "owner"/)
    ])
  })

  it('a 65 kB test name and a million cases', async () => {
    write(
      'big/name.xml',
      `<testsuite name="s"><testcase name="${'n'.repeat(65_000)}"><failure/></testcase></testsuite>`
    )
    const long = await run(['big/name.xml', '--json'])
    expect(long.code).toBe(1)
    const id = JSON.parse(long.out).cases[0].id as string
    expect(id.length).toBeLessThan(1000)
    const cases = '<testcase name="t"/>'.repeat(1_000_000)
    write('big/million.xml', `<testsuite name="s">${cases}</testsuite>`)
    const million = await run(['big/million.xml'])
    expect(million.code).toBe(2)
    expect(million.err.trim()).toMatch(/big\/million\.xml: more than 250000 test cases/)
  })
})
