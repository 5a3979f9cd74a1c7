import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../../src/cli/coverage.js'
import { commands } from '../../src/cli/commands.js'
import { cli } from '../../src/cli/index.js'
import { serializeBaseline } from '../../src/coverage/baseline-format.js'
import { parseCoverageFile } from '../../src/coverage/parse/index.js'
import type { CliIO } from '../../src/cli/io.js'
import { UserError } from '../../src/shared/errors.js'
import { readFragment } from '../../src/shared/fragment.js'
import { GIT_TEST_ENV } from '../support/expectations.js'

const GIT_ENV = GIT_TEST_ENV

let dir: string

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' })
}

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true })
  writeFileSync(join(dir, rel), text)
}

const lines = (n: number, prefix = 'x'): string =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}();`).join('\n') + '\n'

/** lcov with one SF per file: line → hits. */
function lcov(files: Record<string, Record<number, number>>): string {
  return Object.entries(files)
    .map(([sf, ls]) =>
      ['TN:', `SF:${sf}`, ...Object.entries(ls).map(([n, h]) => `DA:${n},${h}`), 'end_of_record'].join('\n')
    )
    .join('\n')
    .concat('\n')
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIO = { stdout: t => (out += t), stderr: t => (err += t), cwd: dir, env: {} }
  const code = await main(argv, io)
  return { code, out, err }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-cov-cli-'))
  git('init', '-q', '-b', 'main')
  write('src/a.js', lines(10))
  write('src/keep.js', lines(4))
  git('add', '.')
  git('commit', '-qm', 'base')
  git('checkout', '-qb', 'feature')
  // a.js: lines 11-14 added; b.js: new file, 3 lines
  write('src/a.js', lines(14))
  write('src/b.js', lines(3, 'y'))
  write('docs/readme.md', 'hello\n')
  git('add', '.')
  git('commit', '-qm', 'feature')
  // head report: a.js 1-14 coverable, 11 and 13 uncovered; b.js lines 1-3, line 2 uncovered; keep.js changed indirectly
  write(
    'cov/head.lcov',
    lcov({
      'src/a.js': Object.fromEntries(
        Array.from({ length: 14 }, (_, i) => [i + 1, i + 1 === 11 || i + 1 === 13 ? 0 : 2])
      ),
      'src/b.js': { 1: 1, 2: 0, 3: 4 },
      [join(dir, 'src/keep.js')]: { 1: 1, 2: 0, 3: 0, 4: 0 }
    })
  )
  write(
    'cov/base.lcov',
    lcov({
      'src/a.js': Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 1, 1])),
      'src/keep.js': { 1: 1, 2: 1, 3: 0, 4: 0 }
    })
  )
  write(
    'cov/part2.xml',
    `<?xml version="1.0" ?>
<coverage line-rate="1" branch-rate="0" version="1" timestamp="1">
  <sources><source>${dir}</source></sources>
  <packages><package name="p"><classes>
    <class name="b" filename="src/b.js"><lines><line number="2" hits="5"/></lines></class>
  </classes></package></packages>
</coverage>
`
  )
  write('cov/broken.xml', '<coverage><packages><package')
  write('changes.diff', git('diff', '-U0', 'main...feature'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('quality-gates coverage (real git repo, real report files)', () => {
  it('--json prints the exact numbers: project, base, patch, files', async () => {
    const { code, out } = await run([
      '--report',
      'cov/head.lcov',
      '--base-report',
      'cov/base.lcov',
      '--diff-base',
      'main',
      '--json'
    ])
    expect(code).toBe(0)
    const j = JSON.parse(out)
    expect(Object.keys(j)).toEqual([
      'gate',
      'status',
      'project',
      'base',
      'patch',
      'files',
      'reasons',
      'warnings'
    ])
    expect(j.gate).toBe('coverage')
    expect(j.status).toBe('pass')
    expect(j.project.lines).toEqual({ covered: 15, total: 21 })
    expect(j.base.lines).toEqual({ covered: 12, total: 14 })
    // added coverable lines: a.js 11-14 (11, 13 uncovered) + b.js 1-3 (2 uncovered)
    expect(j.patch.lines).toEqual({ covered: 4, total: 7 })
    expect(j.patch.files).toEqual([
      {
        path: 'src/a.js',
        lines: { covered: 2, total: 4 },
        uncovered: [
          [11, 11],
          [13, 13]
        ]
      },
      { path: 'src/b.js', lines: { covered: 2, total: 3 }, uncovered: [[2, 2]] }
    ])
    expect(j.patch.missingData).toEqual(['docs/readme.md'])
    expect(j.files).toEqual([
      { path: 'src/a.js', lines: { covered: 12, total: 14 } },
      { path: 'src/b.js', lines: { covered: 2, total: 3 } },
      { path: 'src/keep.js', lines: { covered: 1, total: 4 } }
    ])
    expect(j.reasons).toEqual([])
  })

  it('exit 1 with a reason per failed rule; --informational turns it into exit 0', async () => {
    const argv = ['--report', 'cov/head.lcov', '--base-report', 'cov/base.lcov', '--diff-base', 'main']
    const fail = await run([
      ...argv,
      '--min-patch',
      '57.15',
      '--max-new-uncovered',
      '2',
      '--max-drop',
      '14',
      '--json'
    ])
    expect(fail.code).toBe(1)
    const j = JSON.parse(fail.out)
    expect(j.status).toBe('fail')
    expect(j.reasons).toEqual([
      // 15/21 = 71.43% vs 12/14 = 85.71%: −14.28 pp
      'max-drop: project line coverage changed −14.28 pp (85.71% → 71.42%), more than the allowed drop of 14 pp; most new uncovered lines in src/a.js (+2), src/b.js (+1), src/keep.js (+1)',
      'min-patch: patch coverage 57.14% (4 of 7 added lines) is below 57.15%; uncovered added lines in src/a.js (L11, L13), src/b.js (L2)',
      'max-new-uncovered: 3 added line(s) are not covered, more than the allowed 2; in src/a.js (L11, L13), src/b.js (L2)'
    ])
    const pass = await run([
      ...argv,
      '--min-patch',
      '57.14',
      '--max-new-uncovered',
      '3',
      '--max-drop',
      '14.3'
    ])
    expect(pass.code).toBe(0)
    expect(pass.out).toMatch(
      /^PASS: Patch 57\.14% ≥ 57\.14% \(3 of 7 lines missing, max 3\); project 71\.42% \(−14\.28 pp, max drop 14\.3 pp\)$/m
    )
    const info = await run([...argv, '--min-patch', '90', '--informational'])
    expect(info.code).toBe(0)
    expect(info.out).toMatch(/FAIL min-patch: patch coverage 57\.14%/)
    expect(info.out).toMatch(/informational: the gate would have been fail/)
  })

  it('from a sub-directory without --repo, paths are still relative to the work tree root', async () => {
    const top = JSON.parse((await run(['--report', 'cov/head.lcov', '--diff-base', 'main', '--json'])).out)
    let text = ''
    const code = await main(['--report', '../cov/head.lcov', '--diff-base', 'main', '--json'], {
      stdout: t => (text += t),
      stderr: () => undefined,
      cwd: join(dir, 'src'),
      env: {}
    })
    expect(code).toBe(0)
    expect(JSON.parse(text)).toEqual(top)
  })

  it('--diff-file gives the same patch as --diff-base; globs merge several reports of different formats', async () => {
    const a = JSON.parse(
      (await run(['--report', 'cov/head.lcov', '--diff-file', 'changes.diff', '--json'])).out
    )
    const b = JSON.parse((await run(['--report', 'cov/head.lcov', '--diff-base', 'main', '--json'])).out)
    expect(a.patch).toEqual(b.patch)
    // head.lcov + part2.xml: b.js line 2 now has hits (merge = per-line sum/max)
    const m = JSON.parse(
      (await run(['--report', 'cov/head.lcov', '--report', 'cov/part*.xml', '--diff-base', 'main', '--json']))
        .out
    )
    expect(m.patch.lines).toEqual({ covered: 5, total: 7 })
    expect(m.files.find((f: { path: string }) => f.path === 'src/b.js').lines).toEqual({
      covered: 3,
      total: 3
    })
  })

  it('writes a fragment that readFragment accepts, the markdown summary and the badge', async () => {
    const { code } = await run([
      '--report',
      'cov/head.lcov',
      '--base-report',
      'cov/base.lcov',
      '--diff-base',
      'main',
      '--min-patch',
      '80',
      '--fragment-out',
      'out/fragment.json',
      '--summary-out',
      'out/summary.md',
      '--badge-out',
      'out/badge.svg'
    ])
    expect(code).toBe(1)
    const f = await readFragment(join(dir, 'out/fragment.json'))
    expect(f.gate).toBe('coverage')
    expect(f.status).toBe('fail')
    expect(f.statusContext).toBe('quality-gates/coverage')
    expect(f.sha).toBe(git('rev-parse', 'HEAD').trim())
    expect(f.summary).toBe('Patch 57.14% < 80% (3 of 7 lines missing); project 71.42% (−14.28 pp)')
    expect(f.annotations?.map(a => [a.path, a.startLine, a.endLine])).toEqual([
      ['src/a.js', 11, 11],
      ['src/a.js', 13, 13],
      ['src/b.js', 2, 2]
    ])
    expect(f.markdown).toContain('Indirect changes: 1 file(s) outside the diff')
    expect(readFileSync(join(dir, 'out/summary.md'), 'utf8')).toBe(`${f.markdown}\n`)
    expect(readFileSync(join(dir, 'out/badge.svg'), 'utf8')).toContain('71.42%')
    expect(JSON.parse(readFileSync(join(dir, 'out/badge.json'), 'utf8'))).toMatchObject({
      schemaVersion: 1,
      message: '71.42%'
    })
  })

  it('bad input: one-line UserErrors that name the file or flag', async () => {
    const bad = async (argv: string[], re: RegExp): Promise<void> => {
      const p = run(argv)
      await expect(p).rejects.toThrow(UserError)
      await expect(p).rejects.toThrow(re)
      const msg = await p.catch((e: Error) => e.message)
      expect(String(msg)).not.toContain('\n')
    }
    await bad(['--report', 'cov/broken.xml'], /cov\/broken\.xml/)
    await bad(['--report', 'cov/nope.lcov'], /nope\.lcov/)
    await bad(['--report', 'cov/*.none'], /--report: "cov\/\*\.none" matched no files/)
    await bad([], /--reports is required/)
    await bad(
      ['--report', 'cov/head.lcov', '--min-patch', '120'],
      /--min-patch: "120" is out of range; expected a number from 0 to 100/
    )
    await bad(
      ['--report', 'cov/head.lcov', '--partial', 'maybe'],
      /--partial: "maybe" is not allowed; expected one of miss, hit/
    )
    await bad(['--report', 'cov/head.lcov', '--diff-base', 'nosuchbranch'], /nosuchbranch/)
    await bad(['--report', 'cov/head.lcov', '--diff-base', 'main', '--diff-file', 'changes.diff'], /not both/)
    await bad(['--report', 'cov/head.lcov', '--max-new-uncovered', '1.5'], /whole number/)
    await bad(['--report', 'cov/head.lcov', '--bogus'], /coverage: .*bogus/)
    // Refused on purpose, as in the action: only plain decimals are numbers.
    await bad(['--report', 'cov/head.lcov', '--min-project', '1e3'], /--min-project: "1e3" is not a number/)
    await bad(['--report', 'cov/head.lcov', '--min-patch', '0x10'], /--min-patch: "0x10" is not a number/)
  })

  it('missing baseline policy and --help', async () => {
    const neutral = await run([
      '--report',
      'cov/head.lcov',
      '--max-drop',
      '1',
      '--on-missing-baseline',
      'neutral',
      '--json'
    ])
    expect(neutral.code).toBe(0)
    expect(JSON.parse(neutral.out).status).toBe('neutral')
    const failing = await run([
      '--report',
      'cov/head.lcov',
      '--max-drop',
      '1',
      '--on-missing-baseline',
      'fail'
    ])
    expect(failing.code).toBe(1)
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/Usage: quality-gates coverage --report/)
  })

  it('through the dispatcher: exit 0 pass, 1 fail, 2 on a bad report with one stderr line naming it', async () => {
    commands.coverage ??= { summary: 'coverage gate', main }
    const call = async (argv: string[]): Promise<{ code: number; err: string }> => {
      let err = ''
      const code = await cli(['coverage', ...argv], {
        stdout: () => undefined,
        stderr: t => (err += t),
        cwd: dir,
        env: {}
      })
      return { code, err }
    }
    expect((await call(['--report', 'cov/head.lcov'])).code).toBe(0)
    expect((await call(['--report', 'cov/head.lcov', '--min-project', '99'])).code).toBe(1)
    const bad = await call(['--report', 'cov/broken.xml'])
    expect(bad.code).toBe(2)
    expect(bad.err.trimEnd().split('\n')).toHaveLength(1)
    expect(bad.err).toMatch(/^quality-gates: .*broken\.xml/)
  })

  it('--baseline reads a baseline artifact (as the action saves it) for the project delta', async () => {
    const report = await parseCoverageFile(join(dir, 'cov/base.lcov'), { repoRoot: dir })
    const sha = git('rev-parse', 'main').trim()
    writeFileSync(
      join(dir, 'baseline.json'),
      serializeBaseline({
        meta: { sha, configHash: 'abc', createdAt: '2026-01-01T00:00:00Z' },
        report,
        trend: []
      })
    )
    const viaBaseline = JSON.parse(
      (await run(['--report', 'cov/head.lcov', '--baseline', 'baseline.json', '--json'])).out
    )
    const viaReport = JSON.parse(
      (await run(['--report', 'cov/head.lcov', '--base-report', 'cov/base.lcov', '--json'])).out
    )
    expect(viaBaseline.base).toEqual(viaReport.base)
    expect(viaBaseline.base.lines).toEqual({ covered: 12, total: 14 })
    writeFileSync(
      join(dir, 'bad-baseline.json'),
      JSON.stringify({ schema: 'quality-gates/coverage-baseline', version: 9 })
    )
    await expect(run(['--report', 'cov/head.lcov', '--baseline', 'bad-baseline.json'])).rejects.toThrow(
      /bad-baseline\.json: not a valid coverage baseline: unsupported version 9/
    )
  })
})
