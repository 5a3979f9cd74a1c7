/**
 * The CLI as people use it before pushing (issue #12 item 7), on a real repository with a real "origin" (a local
 * bare repository): the patch reaches the work tree (committed, staged and unstaged changes; untracked files with
 * --include-untracked), a patch rule without --diff-base diffs against the remote default branch's merge-base,
 * `help <command>`, "did you mean" for a mistyped flag, and an --include that matches nothing is a neutral with
 * its reason. The action's diff stays commit to commit (asserted beside). In process through cli(), and once
 * more through the bundled CLI (.test-dist/cli) as a user starts it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { coverageGate } from '../../src/coverage/gate.js'
import { runDeclared } from '../../src/shared/gate.js'
import { GIT_TEST_ENV } from '../support/expectations.js'
import { createFakeHost } from '../support/fake-host.js'
import { bundleDir } from '../support/runner.js'

let root: string
let repo: string

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: repo, env: GIT_TEST_ENV, encoding: 'utf8' }).trim()
function write(rel: string, text: string | Buffer): void {
  mkdirSync(dirname(join(repo, rel)), { recursive: true })
  writeFileSync(join(repo, rel), text)
}
const lines = (n: number, tag = 'a') =>
  Array.from({ length: n }, (_, i) => `${tag}${i + 1}();`).join('\n') + '\n'
const da = (hits: Record<number, number>) =>
  Object.entries(hits)
    .map(([n, h]) => `DA:${n},${h}`)
    .join('\n')

async function run(argv: string[], cwd = repo): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await cli(argv, { stdout: t => void (out += t), stderr: t => void (err += t), cwd, env: {} })
  return { code, out, err }
}

const bundle = (args: string[]) =>
  spawnSync(process.execPath, [join(bundleDir, 'cli', 'index.js'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: GIT_TEST_ENV
  })

interface Json {
  status: string
  patch: {
    lines: { covered: number; total: number } | null
    files: { path: string; uncovered: [number, number][] }[]
    missingData: string[]
  } | null
  reasons: string[]
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'qg-prepush-'))
  repo = join(root, 'repo')
  mkdirSync(repo)
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', join(root, 'origin.git')], { env: GIT_TEST_ENV })
  git('init', '-q', '-b', 'main')
  write('.gitignore', 'cov/\n')
  write('src/a.js', lines(10))
  write('src/keep.js', lines(4, 'k'))
  git('add', '.')
  git('commit', '-qm', 'base')
  git('remote', 'add', 'origin', join(root, 'origin.git'))
  git('push', '-q', 'origin', 'main')
  git('checkout', '-qb', 'feature')
  // main moves on after the fork: a diff against its tip (not the merge-base) would count keep.js.
  git('checkout', '-q', 'main')
  write('src/keep.js', lines(6, 'k'))
  git('commit', '-qam', 'main moves on')
  git('push', '-q', 'origin', 'main')
  git('remote', 'set-head', 'origin', 'main')
  git('checkout', '-q', 'feature')
  // committed: a.js line 11; staged: line 12; unstaged on top: line 13
  write('src/a.js', lines(11))
  git('commit', '-qam', 'eleven')
  write('src/a.js', lines(12))
  git('add', 'src/a.js')
  write('src/a.js', lines(13))
  // untracked: a text file (3 lines) and a binary file; cov/ is ignored
  write('src/new.js', lines(3, 'n'))
  write('bin.dat', Buffer.from([1, 0, 2, 10]))
  write(
    'cov/lcov.info',
    [
      'TN:',
      'SF:src/a.js',
      da({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1, 11: 3, 12: 0, 13: 2 }),
      'end_of_record',
      'SF:src/new.js',
      da({ 1: 1, 2: 1, 3: 0 }),
      'end_of_record',
      'SF:src/keep.js',
      da({ 1: 1, 2: 1, 3: 1, 4: 1 }),
      'end_of_record',
      ''
    ].join('\n')
  )
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('quality-gates coverage before a push', () => {
  it('a patch rule without --diff-base: merge-base with origin/HEAD to the work tree (committed + staged + unstaged)', async () => {
    const r = await run(['coverage', 'cov/lcov.info', '--min-patch', '50', '--json'])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out) as Json
    // a.js 11 (committed, covered), 12 (staged, uncovered), 13 (unstaged, covered); new.js is untracked: not yet
    expect(j.patch?.lines).toEqual({ covered: 2, total: 3 })
    expect(j.patch?.files).toEqual([
      { path: 'src/a.js', lines: { covered: 2, total: 3 }, uncovered: [[12, 12]] }
    ])
    expect(j.patch?.missingData).toEqual([])
    // The human output says which base: origin/HEAD, the branch it points to, the merge-base.
    const forkPoint = git('merge-base', 'origin/main', 'HEAD').slice(0, 7)
    const human = await run(['coverage', 'cov/lcov.info', '--min-patch', '50'])
    expect(human.out).toContain(
      `patch: diff from merge-base(origin/HEAD → origin/main, HEAD) = ${forkPoint} to the work tree; untracked files left out (--include-untracked counts them)`
    )
    // --diff-base names the same base explicitly: the same patch.
    const explicit = await run(['coverage', 'cov/lcov.info', '--diff-base', 'origin/main', '--json'])
    expect((JSON.parse(explicit.out) as Json).patch).toEqual(j.patch)
  })

  it('--include-untracked: every line of untracked text files is added; a binary one is named, not counted', async () => {
    const r = await run(['coverage', 'cov/lcov.info', '--min-patch', '50', '--include-untracked'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /^patch: diff from merge-base\(origin\/HEAD → origin\/main, HEAD\) = \w{7} to the work tree, with 1 untracked file\(s\)$/m
    )
    expect(r.out).toMatch(/^note 1 untracked file\(s\) not counted: bin\.dat \(binary\)$/m)
    expect(r.out).toMatch(/^patch +66\.66% \(4 of 6 added lines\)$/m)
    const j = JSON.parse(
      (await run(['coverage', 'cov/lcov.info', '--min-patch', '70', '--include-untracked', '--json'])).out
    ) as Json
    expect(j.status).toBe('fail')
    expect(j.patch?.files).toEqual([
      { path: 'src/a.js', lines: { covered: 2, total: 3 }, uncovered: [[12, 12]] },
      { path: 'src/new.js', lines: { covered: 2, total: 3 }, uncovered: [[3, 3]] }
    ])
    // --include applies to untracked files as to the rest.
    const only = JSON.parse(
      (
        await run([
          'coverage',
          'cov/lcov.info',
          '--diff-base',
          'main',
          '--include-untracked',
          '--include',
          'src/a.js',
          '--json'
        ])
      ).out
    ) as Json
    expect(only.patch?.files.map(f => f.path)).toEqual(['src/a.js'])
  })

  it('in a workflow the same settings diff commit to commit: uncommitted lines do not count', async () => {
    const host = await createFakeHost({
      dir: join(root, 'action'),
      workspace: repo,
      inputs: { reports: 'cov/lcov.info', 'diff-base': 'origin/main', 'min-patch': '50' },
      fragmentsDir: null
    })
    const outcome = await runDeclared(coverageGate, host, 'action')
    expect(outcome.result.data.patch?.lines).toEqual({ covered: 1, total: 1 })
    expect(outcome.result.data.diffFrom).toBeUndefined()
  })

  it('without a patch rule and without --diff-base there is no patch and no remote is needed', async () => {
    const j = JSON.parse((await run(['coverage', 'cov/lcov.info', '--json'])).out) as Json
    expect(j.patch).toBeNull()
    expect(j.status).toBe('pass')
  })

  it('--include that matches no file is a neutral with the reason, never "0 files … pass" (CLI and action)', async () => {
    const r = await run(['coverage', 'cov/lcov.info', '--include', 'lib/**', '--min-project', '90'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /^note --include 'lib\/\*\*' matched none of the 3 files in the report: nothing to measure \(neutral\)$/m
    )
    expect(r.out).toMatch(/^NEUTRAL: /m)
    expect(r.out).not.toMatch(/^PASS/m)
    const host = await createFakeHost({
      dir: join(root, 'action-include'),
      workspace: repo,
      inputs: { reports: 'cov/lcov.info', include: 'lib/**' },
      fragmentsDir: null
    })
    const outcome = await runDeclared(coverageGate, host, 'action')
    expect(outcome.failure).toBeUndefined()
    expect(outcome.result.fragment.status).toBe('neutral')
    // The section explains it (escaped for markdown), right under the neutral headline; so does the one line of
    // the job summary and the status.
    expect(outcome.result.fragment.markdown).toContain(
      `- ℹ️ Input "include" 'lib/\\*\\*' matched none of the 3 files in the report: nothing to measure \\(neutral\\)`
    )
    expect(outcome.result.fragment.summary).toMatch(
      /^Input "include" 'lib\/\*\*' matched none of the 3 files/
    )
    expect(host.summaries.join('\n')).toContain('matched none of the 3 files')
    expect(host.outputs.get('status')).toBe('neutral')
    // A mistyped glob beside a good one is pointed at, without changing the verdict.
    const two = await run(['coverage', 'cov/lcov.info', '--include', 'src/**', '--include', 'lbi/**'])
    expect(two.out).toMatch(/^note --include 'lbi\/\*\*' matched no file of the report$/m)
    expect(two.out).toMatch(/^PASS: /m)
  })

  it('the remote default branch falls back origin/HEAD → origin/main; none is exit 2 naming --diff-base', async () => {
    git('remote', 'set-head', 'origin', '-d')
    try {
      const r = await run(['coverage', 'cov/lcov.info', '--max-new-uncovered', '0'])
      expect(r.code).toBe(1)
      expect(r.out).toMatch(/^patch: diff from merge-base\(origin\/main, HEAD\) = \w{7} to the work tree/m)
      expect(r.out).toMatch(/^FAIL max-new-uncovered: 1 added line\(s\) are not covered/m)
      git('update-ref', '-d', 'refs/remotes/origin/main')
      const none = await run(['coverage', 'cov/lcov.info', '--min-patch', '80', '--max-new-uncovered', '0'])
      expect(none.code).toBe(2)
      expect(none.out).toBe('')
      expect(none.err).toBe(
        'quality-gates: --min-patch and --max-new-uncovered need a diff, and none of origin/HEAD, origin/main, origin/master resolves here: give --diff-base <rev> or --diff-file <file>\n'
      )
      // The bundle as a user starts it: the same one line, exit 2.
      const b = bundle(['coverage', 'cov/lcov.info', '--min-patch', '80'])
      expect(b.status).toBe(2)
      expect(b.stderr).toMatch(
        /^quality-gates: --min-patch needs a diff, .* give --diff-base <rev> or --diff-file <file>\n$/
      )
    } finally {
      git('fetch', '-q', 'origin')
      git('remote', 'set-head', 'origin', 'main')
    }
  })

  it('the bundle sees the dirty work tree as the in-process run does', () => {
    const b = bundle(['coverage', 'cov/lcov.info', '--min-patch', '50', '--include-untracked', '--json'])
    expect(b.status).toBe(0)
    expect((JSON.parse(b.stdout) as Json).patch?.lines).toEqual({ covered: 4, total: 6 })
  })
})

describe('help and typos', () => {
  it('quality-gates help <command> is <command> --help; help alone is the top-level help', async () => {
    for (const name of ['coverage', 'report']) {
      const viaHelp = await run(['help', name])
      const viaFlag = await run([name, '--help'])
      expect(viaHelp.code).toBe(0)
      expect(viaHelp.out).toBe(viaFlag.out)
      expect(viaHelp.out).toMatch(new RegExp(`^Usage: quality-gates ${name} `))
    }
    const top = await run(['help'])
    expect(top.code).toBe(0)
    expect(top.out).toBe((await run(['--help'])).out)
    expect(top.out).toMatch(/^Usage: quality-gates <command>/)
    expect((await run(['help', 'coverage'])).out).toContain('--include-untracked')
  })

  it('help <unknown> and an unknown command exit 2 listing the commands (and the nearest one)', async () => {
    const unknown = await run(['help', 'frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toBe(
      'quality-gates: unknown command "frobnicate"; the commands are coverage, flaky, perf, visual, report (quality-gates help <command> shows one)\n'
    )
    const typo = await run(['covrage', '--reports', 'x'])
    expect(typo.code).toBe(2)
    expect(typo.err).toMatch(
      /^quality-gates: unknown command "covrage" \(did you mean coverage\?\); the commands are coverage, flaky, perf, visual, report/
    )
    expect((await run(['help', 'coverage', 'report'])).code).toBe(2)
  })

  it('an unknown flag suggests the nearest known one; exit 2, one line', async () => {
    const cases: [string[], string][] = [
      [
        ['coverage', 'cov/lcov.info', '--min-pach', '80'],
        'coverage: unknown option --min-pach; did you mean --min-patch?'
      ],
      [
        ['coverage', 'cov/lcov.info', '--no-informationl'],
        'coverage: unknown option --no-informationl; did you mean --no-informational?'
      ],
      [
        ['coverage', 'cov/lcov.info', '--include-untraked'],
        'coverage: unknown option --include-untraked; did you mean --include-untracked?'
      ],
      [['report', '--fragmnts', 'x'], 'report: unknown option --fragmnts; did you mean --fragments?'],
      [['coverage', 'cov/lcov.info', '--bogus'], 'coverage: unknown option --bogus'],
      [['coverage', 'cov/lcov.info', '-x'], 'coverage: unknown option -x']
    ]
    for (const [argv, message] of cases) {
      const r = await run(argv)
      expect(r.code).toBe(2)
      expect(r.err).toBe(`quality-gates: ${message} (see quality-gates ${argv[0]} --help)\n`)
    }
    // A huge flag: no suggestion attempted, the echo is bounded, still one line.
    const long = await run(['coverage', `--${'min-patch'.repeat(20000)}`])
    expect(long.code).toBe(2)
    expect(long.err.split('\n')).toHaveLength(2)
    expect(long.err.length).toBeLessThan(200)
    expect(long.err).not.toContain('did you mean')
  })

  it('the bundle: help coverage and a typo, as a user types them', () => {
    const help = bundle(['help', 'coverage'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: quality-gates coverage /)
    const typo = bundle(['coverage', '--min-pach', '80'])
    expect(typo.status).toBe(2)
    expect(typo.stderr).toBe(
      'quality-gates: coverage: unknown option --min-pach; did you mean --min-patch? (see quality-gates coverage --help)\n'
    )
  })
})
