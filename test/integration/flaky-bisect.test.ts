/**
 * task bisect against real git repositories made in temp dirs and real runners (node:test, pytest): a linear
 * history of 12 commits where commit 7 breaks a test. The bisect runs `git bisect run` in a temporary worktree
 * with our probe; the user's checkout (HEAD, status, worktrees, bisect refs) is left exactly as it was.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { runBisect, type BisectOptions } from '../../src/flaky/bisect.js'
import { parseJunitFile } from '../../src/flaky/junit.js'
import { UserError } from '../../src/shared/errors.js'
import { flakyGate } from '../../src/flaky/gate.js'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import { runDeclared } from '../../src/shared/gate.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { GIT_TEST_ENV } from '../support/expectations.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(d)
  return d
}

interface Repo {
  dir: string
  /** shas[n] = commit n (1-based; shas[0] unused). */
  shas: string[]
  git: (...args: string[]) => string
  write: (rel: string, text: string) => void
}

/** A repository with `n` commits; `change(k)` writes commit k's files (default: a note file). */
function makeRepo(n: number, change: (k: number, r: Repo) => void): Repo {
  const dir = tempDir('qg-bisect-repo-')
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: GIT_TEST_ENV, encoding: 'utf8' }).trim()
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    writeFileSync(join(dir, rel), text)
  }
  const r: Repo = { dir, shas: [''], git, write }
  git('init', '-q', '-b', 'main')
  writeFileSync(join(dir, '.gitignore'), 'junit.xml\n__pycache__/\n')
  for (let k = 1; k <= n; k++) {
    write(`notes/${k}.txt`, `change ${k}\n`)
    change(k, r)
    git('add', '-A')
    git('commit', '-qm', `commit ${k}`)
    r.shas.push(git('rev-parse', 'HEAD'))
  }
  return r
}

/** The user's checkout as git sees it: must be the same before and after a bisect. */
function checkoutState(r: Repo) {
  return {
    head: r.git('rev-parse', 'HEAD'),
    branch: r.git('symbolic-ref', '--short', 'HEAD'),
    status: r.git('status', '--porcelain', '--ignored'),
    worktrees: r
      .git('worktree', 'list', '--porcelain')
      .split('\n')
      .filter(l => l.startsWith('worktree ')),
    bisectRefs: r.git('for-each-ref', 'refs/bisect')
  }
}

const NODE_CMD = 'node --test --test-reporter=junit --test-reporter-destination=junit.xml'
const LIB_GOOD = 'export const add = (a, b) => a + b\n'
const LIB_BAD = 'export const add = (a, b) => a - b\n'
/** Fails in 3 of every 5 runs: a counter file outside the repository (QG_COUNTER) counts the runs. */
const LIB_FLAKY = `import { readFileSync, writeFileSync } from 'node:fs'
const f = process.env.QG_COUNTER
let n = 0
try { n = Number(readFileSync(f, 'utf8')) } catch {}
writeFileSync(f, String(n + 1))
export const add = (a, b) => (n % 5 < 3 ? a - b : a + b)
`
const NODE_TEST = `import { test } from 'node:test'
import assert from 'node:assert'
import { add } from '../lib.mjs'
test('adds', () => assert.strictEqual(add(2, 1), 3))
test('other', () => assert.ok(true))
`

/** A node:test project: the test exists from commit `from`; commit 7 makes lib.mjs `broken`. */
function nodeRepo(broken: string, from = 1): Repo {
  return makeRepo(12, (k, r) => {
    if (k === 1) r.write('lib.mjs', LIB_GOOD)
    if (k === from) r.write('test/math.test.mjs', NODE_TEST)
    if (k === 7) r.write('lib.mjs', broken)
  })
}

/** The id of a test as cases[].id prints it: run the command once and read the report. */
async function idOf(
  r: Repo,
  command: string,
  name: string,
  env: Record<string, string> = {}
): Promise<string> {
  const d = tempDir('qg-bisect-id-')
  r.git('worktree', 'add', '--detach', '-q', join(d, 'wt'), 'HEAD')
  spawnSync('/bin/sh', ['-c', command], {
    cwd: join(d, 'wt'),
    env: { ...process.env, NODE_OPTIONS: '', ...env }
  })
  const report = await parseJunitFile(join(d, 'wt', 'junit.xml'), { roots: [join(d, 'wt')] })
  r.git('worktree', 'remove', '--force', join(d, 'wt'))
  const c = report.cases.find(x => x.name === name || x.name.endsWith(name))
  expect(c).toBeDefined()
  return c!.id
}

function options(r: Repo, extra: Partial<BisectOptions>): BisectOptions {
  return {
    test: '',
    repeat: 5,
    command: NODE_CMD,
    preset: 'node-test',
    rerunCommand: NODE_CMD,
    junit: ['junit.xml'],
    repo: r.dir,
    cwd: r.dir,
    runTimeoutMs: 120_000,
    deadlineMs: 20 * 60_000,
    maxSteps: 40,
    env: { NODE_OPTIONS: '' },
    ...extra
  }
}

describe('task bisect (git bisect run in a temporary worktree)', () => {
  it('node:test: commit 7 breaks the test deterministically → culprit 7, counts per commit, checkout untouched', async () => {
    const r = nodeRepo(LIB_BAD)
    const test = await idOf(r, NODE_CMD, 'adds')
    const before = checkoutState(r)
    const lines: string[] = []
    const run = await runBisect(
      options(r, { test, good: r.shas[1], bad: r.shas[12], log: l => void lines.push(l) })
    )
    expect(checkoutState(r)).toEqual(before)
    expect(run.outcome).toBe('found')
    expect(run.culprit?.sha).toBe(r.shas[7])
    expect(run.culprit?.subject).toBe('commit 7')
    expect(run.culprit?.author).toBe('t')
    expect(run.commits).toBe(11)
    // Every judged commit: 5 runs; before 7 all pass (good), from 7 on all fail (bad).
    expect(run.judged.length).toBeGreaterThanOrEqual(3)
    for (const j of run.judged) {
      const k = r.shas.indexOf(j.sha)
      expect([k, j.verdict, j.runs, j.passed]).toEqual(k < 7 ? [k, 'good', 5, 5] : [k, 'bad', 5, 0])
    }
    expect(run.judged.some(j => j.sha === r.shas[7])).toBe(true)
    expect(run.confidence).toMatch(/failed in every run at the culprit \(5\/5\)/)
    expect(lines.some(l => l.includes('git') || l.startsWith('bisect '))).toBe(true)
  }, 300_000)

  it('flaky at the culprit (fails in 3 of 5 runs from commit 7): still found with R=5, and the confidence says how sure', async () => {
    const r = nodeRepo(LIB_FLAKY)
    const counter = join(tempDir('qg-bisect-counter-'), 'n')
    const test = await idOf(r, NODE_CMD, 'adds', { QG_COUNTER: counter })
    writeFileSync(counter, '0')
    const run = await runBisect(
      options(r, { test, good: r.shas[1], bad: r.shas[12], env: { NODE_OPTIONS: '', QG_COUNTER: counter } })
    )
    expect(run.outcome).toBe('found')
    expect(run.culprit?.sha).toBe(r.shas[7])
    const at7 = run.judged.find(j => j.sha === r.shas[7])!
    expect([at7.verdict, at7.runs, at7.failed]).toEqual(['bad', 5, 3])
    for (const j of run.judged.filter(x => x.verdict === 'good')) expect([j.passed, j.runs]).toEqual([5, 5])
    // (1 - 3/5)^5 = 1.024 %
    expect(run.confidence).toMatch(
      /with the failure rate seen at the culprit \(3\/5\) a bad commit passes 5 run\(s\) in a row with probability 1\.0 %/
    )
  }, 300_000)

  it('a commit where the test does not exist yet is skipped (125), and the culprit is still found', async () => {
    const r = nodeRepo(LIB_BAD, 6)
    const test = await idOf(r, NODE_CMD, 'adds')
    // good 1, bad 8: git's first probes (4, 5, 3) fall where the test does not exist yet.
    const run = await runBisect(options(r, { test, good: r.shas[1], bad: r.shas[8], repeat: 2 }))
    expect(run.outcome).toBe('found')
    expect(run.culprit?.sha).toBe(r.shas[7])
    const skipped = run.judged.filter(j => j.verdict === 'skip')
    expect(skipped.length).toBeGreaterThanOrEqual(1)
    for (const j of skipped) {
      expect(r.shas.indexOf(j.sha)).toBeLessThan(6)
      expect([j.runs, j.note]).toEqual([0, 'no such test at this commit'])
    }
  }, 300_000)

  const hasPytest = spawnSync('python3', ['-m', 'pytest', '--version']).status === 0
  ;(hasPytest ? it : it.skip)(
    'pytest: commit 7 breaks test_adds → culprit 7',
    async () => {
      const PY = 'python3 -m pytest -p no:cacheprovider --junitxml=junit.xml tests'
      const r = makeRepo(12, (k, rr) => {
        if (k === 1) {
          rr.write('mathlib.py', 'def add(a, b):\n    return a + b\n')
          rr.write('tests/__init__.py', '')
          rr.write(
            'tests/test_math.py',
            'import sys, os\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\nfrom mathlib import add\n\ndef test_adds():\n    assert add(2, 1) == 3\n\ndef test_other():\n    assert True\n'
          )
        }
        if (k === 7) rr.write('mathlib.py', 'def add(a, b):\n    return a - b\n')
      })
      const test = await idOf(r, PY, 'test_adds')
      const run = await runBisect(
        options(r, {
          test,
          good: r.shas[1],
          bad: r.shas[12],
          repeat: 2,
          command: PY,
          preset: 'pytest',
          rerunCommand: 'python3 -m pytest -p no:cacheprovider --junitxml=junit.xml'
        })
      )
      expect(run.outcome).toBe('found')
      expect(run.culprit?.sha).toBe(r.shas[7])
      for (const j of run.judged) expect(j.runs).toBe(2)
    },
    300_000
  )
  if (!hasPytest) console.log('python3 -m pytest not available: skipping the pytest bisect test')

  it('a test id holding $(touch x) reaches the runner as one argument: nothing runs, culprit found', async () => {
    const out = tempDir('qg-bisect-hostile-')
    const pwned = join(out, 'pwned')
    const argvLog = join(out, 'argv.log')
    const hostile = `$(touch ${pwned}) \`touch ${pwned}\`; touch ${pwned}`
    // A custom runner: runs the tests named in argv (all without), writes JUnit; BROKEN breaks the hostile one.
    const RUNNER = `import { appendFileSync, existsSync, writeFileSync } from 'node:fs'
const all = [${JSON.stringify(hostile)}, 'other']
const names = process.argv.slice(2)
appendFileSync(process.env.QG_ARGV, JSON.stringify(names) + '\\n')
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
const cases = (names.length ? names : all).map(n =>
  '<testcase classname="suite" name="' + esc(n) + '">' + (existsSync('BROKEN') && n === all[0] ? '<failure message="x"/>' : '') + '</testcase>')
writeFileSync('junit.xml', '<testsuite name="s">' + cases.join('') + '</testsuite>')
`
    const r = makeRepo(12, (k, rr) => {
      if (k === 1) rr.write('run.mjs', RUNNER)
      if (k === 7) rr.write('BROKEN', 'yes\n')
    })
    const test = `s › suite › ${hostile}`
    const run = await runBisect(
      options(r, {
        test,
        good: r.shas[1],
        bad: r.shas[12],
        repeat: 2,
        command: 'node run.mjs',
        preset: 'custom',
        rerunCommand: 'node run.mjs {names}',
        env: { QG_ARGV: argvLog }
      })
    )
    expect(existsSync(pwned)).toBe(false)
    expect(run.outcome).toBe('found')
    expect(run.culprit?.sha).toBe(r.shas[7])
    // The reruns got the name as exactly one argument, byte for byte.
    const calls = readFileSync(argvLog, 'utf8')
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as string[])
    expect(calls.filter(c => c.length > 0).every(c => c.length === 1 && c[0] === hostile)).toBe(true)
    expect(calls.filter(c => c.length > 0).length).toBe(run.judged.length)
  }, 300_000)

  it('bad settings are one-line errors, and nothing is left behind', async () => {
    const r = nodeRepo(LIB_BAD)
    const before = checkoutState(r)
    const base = options(r, { test: 'x', good: r.shas[1], bad: r.shas[12] })
    await expect(runBisect({ ...base, good: undefined })).rejects.toThrow(
      'task bisect: set good and bad (there is no flake history to default them from)'
    )
    await expect(runBisect({ ...base, good: '--output=/tmp/x' })).rejects.toThrow(UserError)
    await expect(runBisect({ ...base, good: 'nope' })).rejects.toThrow(/good: unknown commit "nope"/)
    await expect(runBisect({ ...base, good: r.shas[12], bad: r.shas[1] })).rejects.toThrow(
      /is not an ancestor of bad/
    )
    await expect(runBisect({ ...base, command: undefined })).rejects.toThrow(/set command/)
    await expect(runBisect({ ...base, test: ' ' })).rejects.toThrow(/set test/)
    // A test that exists nowhere: every commit is skipped; the bisect ends without a culprit, cleaned up.
    const run = await runBisect({ ...base, test: 'no › such › test', repeat: 1, maxSteps: 3 })
    expect(run.outcome).not.toBe('found')
    expect(run.judged.every(j => j.verdict === 'skip')).toBe(true)
    expect(run.judged.length).toBeLessThanOrEqual(3)
    expect(checkoutState(r)).toEqual(before)
    expect(
      readdirSync(tmpdir()).filter(f => f.startsWith('qg-bisect-') && !dirs.some(d => d.endsWith(f)))
    ).toEqual([])
  }, 300_000)

  it('CLI: quality-gates flaky bisect defaults good and bad from a history file, says which runs, prints JSON', async () => {
    const r = nodeRepo(LIB_BAD)
    const test = await idOf(r, NODE_CMD, 'adds')
    const history = join(tempDir('qg-bisect-history-'), 'history.json')
    const run = (sha: string, n: number, o: string) => ({
      sha,
      date: `2026-11-0${n}T00:00:00.000Z`,
      run: `${n}-1`,
      o
    })
    writeFileSync(
      history,
      JSON.stringify({
        schema: 'quality-gates/flaky-history',
        version: 1,
        ids: [test, 'other'],
        runs: [
          run(r.shas[3]!, 1, 'pp'),
          run(r.shas[5]!, 2, 'pp'),
          run(r.shas[5]!, 3, 'pp'),
          run(r.shas[9]!, 4, 'fp'),
          run(r.shas[10]!, 5, 'fp')
        ]
      })
    )
    let out = ''
    let err = ''
    const summary = join(tempDir('qg-bisect-summary-'), 'summary.md')
    const code = await cli(
      [
        'flaky',
        'bisect',
        '--test',
        test,
        '--command',
        NODE_CMD,
        '--preset',
        'node-test',
        '--rerun-command',
        NODE_CMD,
        '--junit',
        'junit.xml',
        '--repeat',
        '2',
        '--history',
        history,
        '--summary-out',
        summary,
        '--json'
      ],
      { stdout: t => (out += t), stderr: t => (err += t), cwd: r.dir, env: { NODE_OPTIONS: '' } }
    )
    expect(err).toBe('')
    expect(code).toBe(0)
    const json = JSON.parse(out) as {
      outcome: string
      good: string
      bad: string
      range: string
      culprit: { sha: string }
      steps: { sha: string; verdict: string }[]
    }
    expect([json.outcome, json.good, json.bad, json.culprit.sha]).toEqual([
      'found',
      r.shas[5],
      r.shas[9],
      r.shas[7]
    ])
    expect(json.range).toBe(
      `from the history (${history}): good ${r.shas[5]!.slice(0, 12)} from run 3-1 of 2026-11-03T00:00:00.000Z, bad ${r.shas[9]!.slice(0, 12)} from run 4-1 of 2026-11-04T00:00:00.000Z`
    )
    const md = readFileSync(summary, 'utf8')
    expect(md).toContain(`**Culprit:** \`${r.shas[7]}\` commit 7 — by t`)
    expect(md).toMatch(/\| step \| commit \| subject \| verdict \| passed \| failed \| note \|/)
  }, 300_000)

  it('a hung command: each run ends at bisect-run-timeout (skip), the bisect at bisect-max-steps, said as such; nothing left behind', async () => {
    const r = nodeRepo(LIB_BAD)
    const before = checkoutState(r)
    const hung = options(r, {
      test: 'x',
      good: r.shas[1],
      bad: r.shas[12],
      repeat: 1,
      command: `node -e "setTimeout(() => {}, 600000)"`,
      runTimeoutMs: 300,
      maxSteps: 2
    })
    const run = await runBisect(hung)
    expect([run.outcome, run.reason]).toEqual(['incomplete', 'stopped after 2 step(s) (bisect-max-steps)'])
    expect(run.judged).toHaveLength(2)
    for (const j of run.judged) {
      expect([j.verdict, j.runs]).toEqual(['skip', 0])
      expect(j.note).toMatch(/^the command wrote no JUnit report \(timed out after 300 ms/)
    }
    expect(checkoutState(r)).toEqual(before)
    // The deadline (a clock that jumps past it after the start): the first probe aborts before any run.
    let calls = 0
    const late = await runBisect({ ...hung, deadlineMs: 60_000, now: () => (calls++ === 0 ? 0 : 61_000) })
    expect([late.outcome, late.reason, late.judged]).toEqual([
      'incomplete',
      'stopped at the deadline (bisect-deadline, 1 min)',
      []
    ])
    expect(checkoutState(r)).toEqual(before)
  }, 120_000)

  it('action path: task bisect posts no commit status, defaults good/bad from the stored history, writes the section to the job summary', async () => {
    const gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
    try {
      const r = nodeRepo(LIB_BAD)
      const test = await idOf(r, NODE_CMD, 'adds')
      const historyPath = join(tempDir('qg-bisect-store-'), 'flaky-history.json')
      writeFileSync(
        historyPath,
        JSON.stringify({
          schema: 'quality-gates/flaky-history',
          version: 1,
          ids: [test],
          runs: [
            { sha: r.shas[4], date: '2026-11-01T00:00:00.000Z', run: '10-1', o: 'p' },
            { sha: r.shas[11], date: '2026-11-02T00:00:00.000Z', run: '11-1', o: 'f' }
          ]
        })
      )
      const store: BaselineStore = {
        savesInAuto: false,
        gatesWhenSaving: false,
        find: async () => ({ found: true, path: historyPath, sha: r.shas[12]!, behind: 0, note: '' }),
        save: async () => {
          throw new Error('a bisect saves nothing')
        }
      }
      const host = await createFakeHost({
        dir: tempDir('qg-bisect-host-'),
        workspace: r.dir,
        cwd: r.dir,
        inputs: {
          task: 'bisect',
          test,
          repeat: '2',
          command: NODE_CMD,
          preset: 'node-test',
          'rerun-command': NODE_CMD,
          junit: 'junit.xml',
          summary: 'full',
          'github-token': 'ghs_test'
        },
        context: {
          eventName: 'workflow_dispatch',
          sha: r.shas[12]!,
          repository: { owner: 'acme', repo: 'widgets', id: 1 },
          runId: 50,
          runAttempt: 1,
          apiUrl: gh.url
        },
        octokit: createOctokit({
          token: 'ghs_test',
          baseUrl: gh.url,
          minRetryDelayMs: 5,
          minWriteIntervalMs: 0
        }),
        baselines: store
      })
      const prev = process.env.NODE_OPTIONS
      process.env.NODE_OPTIONS = ''
      const outcome = await runDeclared(flakyGate, host, 'action').finally(() => {
        process.env.NODE_OPTIONS = prev
      })
      expect(outcome.failure).toBeUndefined()
      expect(host.outputs.get('culprit')).toBe(r.shas[7])
      expect(host.outputs.get('bisect-outcome')).toBe('found')
      expect(gh.state.statuses).toEqual([])
      const md = host.summaries.join('\n')
      expect(md).toContain(`**Culprit:** \`${r.shas[7]}\` commit 7 — by t`)
      expect(md).toContain(
        `good ${r.shas[4]!.slice(0, 12)} from run 10-1 of 2026-11-01T00:00:00.000Z, bad ${r.shas[11]!.slice(0, 12)} from run 11-1`
      )
    } finally {
      await gh.close()
    }
  }, 300_000)
})
