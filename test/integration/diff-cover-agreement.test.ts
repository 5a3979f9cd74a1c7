/**
 * Patch coverage agrees with diff-cover (Debian `diff-cover`, the reference CLI for "git diff -U0
 * <branch>...HEAD ∩ coverage report") on real git repositories and real Cobertura files.
 *
 * diff-cover runs with `core.quotepath=off` (through GIT_CONFIG_PARAMETERS): with git's default quoting
 * it drops non-ASCII paths such as src/café/ü.py entirely (we keep them; asserted in its own case).
 *
 * Deliberate differences, each asserted below:
 * - a changed file with no coverage data: diff-cover leaves it out silently; we list it in patch.missingData;
 * - no coverable changed lines: diff-cover reports 100% of 0 lines; we report n/a (patch.lines = null);
 * - a pure rename: both owe nothing;
 * - a partly covered branch line: diff-cover counts it as covered; so do we with --partial hit, while our
 *   default (--partial miss, Codecov's rule) counts it as missed.
 * Shared limitation (asserted as agreement): an edit on a continuation line of a multi-line statement
 * has no coverage record in coverage.py-style reports, so neither tool counts it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../../src/cli/coverage.js'
import { GIT_TEST_ENV } from '../support/expectations.js'

const ENV = GIT_TEST_ENV

let hasDiffCover = true
try {
  execFileSync('diff-cover', ['--version'], { stdio: 'pipe' })
} catch {
  hasDiffCover = false
  console.log('diff-cover is not installed: skipping the agreement test (CI installs it)')
}

const roots: string[] = []
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

class Repo {
  readonly root: string
  readonly dir: string
  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'qg-diffcover-'))
    roots.push(this.root)
    this.dir = join(this.root, 'repo')
    mkdirSync(this.dir)
    this.git('init', '-q', '-b', 'base')
  }
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: ENV, encoding: 'utf8' })
  }
  write(files: Record<string, string>): void {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, rel)), { recursive: true })
      writeFileSync(join(this.dir, rel), text)
    }
  }
  commit(msg: string): void {
    this.git('add', '-A')
    this.git('commit', '-qm', msg)
  }
  read(rel: string): string {
    return readFileSync(join(this.dir, rel), 'utf8')
  }
  /** Cobertura for the work tree: file → line → hits. */
  cobertura(files: Record<string, Record<number, number | string>>): string {
    const xmlEsc = (s: string): string =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
    const classes = Object.entries(files).map(
      ([path, lines]) =>
        `<class name="${xmlEsc(path)}" filename="${xmlEsc(path)}" line-rate="0" branch-rate="0"><methods/><lines>${Object.entries(
          lines
        )
          .map(([n, h]) =>
            typeof h === 'string'
              ? `<line number="${n}" hits="${h.split(' ')[0]}" branch="true" condition-coverage="${h.split(' ').slice(1).join(' ')}"/>`
              : `<line number="${n}" hits="${h}"/>`
          )
          .join('')}</lines></class>`
    )
    const xml = `<?xml version="1.0" ?>\n<coverage version="7.0" timestamp="1" lines-valid="0" lines-covered="0" line-rate="0" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">\n<sources><source>${xmlEsc(this.dir)}</source></sources>\n<packages><package name="p" line-rate="0" branch-rate="0" complexity="0"><classes>${classes.join('\n')}</classes></package></packages>\n</coverage>\n`
    const path = join(this.root, 'coverage.xml')
    writeFileSync(path, xml)
    return path
  }
}

/** Every line of a file coverable; hits 0 where `uncovered` says so. */
function allLines(text: string, uncovered: number[]): Record<number, number> {
  const n = text.split(/\r?\n/).length - (text.endsWith('\n') ? 1 : 0)
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, uncovered.includes(i + 1) ? 0 : 3]))
}

const py = (n: number, tag = 'x'): string =>
  Array.from({ length: n }, (_, i) => `${tag}${i + 1} = ${i + 1}`).join('\n') + '\n'

interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>
  total_num_lines: number
  total_num_violations: number
  total_percent_covered: number
}

interface Ours {
  patch: {
    lines: { covered: number; total: number } | null
    files: { path: string; lines: { covered: number; total: number }; uncovered: [number, number][] }[]
    missingData: string[]
  }
}

async function both(
  repo: Repo,
  report: string,
  args: string[] = []
): Promise<{ dc: DiffCoverJson; ours: Ours }> {
  const out = join(repo.root, 'dc.json')
  execFileSync('diff-cover', [report, '--compare-branch=base', '--json-report', out, '-q'], {
    cwd: repo.dir,
    env: { ...ENV, GIT_CONFIG_PARAMETERS: "'core.quotepath=off'" },
    stdio: 'pipe'
  })
  const dc = JSON.parse(readFileSync(out, 'utf8')) as DiffCoverJson
  let text = ''
  const code = await main(
    ['--report', report, '--diff-base', 'base', '--json', '--partial', 'hit', ...args],
    {
      stdout: t => (text += t),
      stderr: () => undefined,
      cwd: repo.dir,
      env: {}
    }
  )
  expect(code).toBe(0)
  return { dc, ours: JSON.parse(text) as Ours }
}

const expand = (ranges: [number, number][]): number[] =>
  ranges.flatMap(([s, e]) => Array.from({ length: e - s + 1 }, (_, i) => s + i))

/** Per file: same uncovered lines, same percentage (same float formula), same line count; same totals. */
function expectAgreement(dc: DiffCoverJson, ours: Ours): void {
  const mine = new Map(ours.patch.files.map(f => [f.path, f]))
  expect([...mine.keys()].sort()).toEqual(Object.keys(dc.src_stats).sort())
  for (const [path, s] of Object.entries(dc.src_stats)) {
    const f = mine.get(path)!
    const uncovered = f.lines.total - f.lines.covered
    expect(expand(f.uncovered)).toEqual([...s.violation_lines].sort((a, b) => a - b))
    expect(100 - (uncovered / f.lines.total) * 100).toBe(s.percent_covered)
    if (s.percent_covered < 100) {
      expect(f.lines.total).toBe(Math.round((s.violation_lines.length * 100) / (100 - s.percent_covered)))
    }
  }
  const total = ours.patch.lines?.total ?? 0
  const covered = ours.patch.lines?.covered ?? 0
  expect(total).toBe(dc.total_num_lines)
  expect(total - covered).toBe(dc.total_num_violations)
}

const itDc = hasDiffCover ? it : it.skip

describe('patch coverage agrees with diff-cover', () => {
  itDc('merge-base drift: the base moved on and changed the same file after the branch point', async () => {
    const r = new Repo()
    r.write({ 'src/a.py': py(20) })
    r.commit('base')
    r.git('checkout', '-qb', 'pr')
    const lines = py(20).split('\n')
    lines.splice(5, 2, 'x6 = "pr"', 'x7 = "pr"')
    r.write({ 'src/a.py': lines.join('\n') + py(3, 'z') })
    r.commit('pr edits')
    r.git('checkout', '-q', 'base')
    r.write({ 'src/a.py': py(3, 'top') + r.read('src/a.py').replace('x15 = 15', 'x15 = "base"') })
    r.commit('base moves on')
    r.git('checkout', '-q', 'pr')
    const report = r.cobertura({ 'src/a.py': allLines(r.read('src/a.py'), [7, 21, 22]) })
    const { dc, ours } = await both(r, report)
    expectAgreement(dc, ours)
    expect(ours.patch.lines).toEqual({ covered: 2, total: 5 })
    // A naive two-dot diff against the moved base "re-adds" line 15 (the base changed it after the branch
    // point): 6 lines instead of 5. The merge-base diff (ours and diff-cover's) does not.
    writeFileSync(join(r.root, 'naive.diff'), r.git('diff', '-U0', 'base', 'pr'))
    let text = ''
    await main(
      ['--report', report, '--diff-file', join(r.root, 'naive.diff'), '--json', '--partial', 'hit'],
      {
        stdout: t => (text += t),
        stderr: () => undefined,
        cwd: r.dir,
        env: {}
      }
    )
    expect(JSON.parse(text).patch.lines).toEqual({ covered: 3, total: 6 })
  })

  itDc('a pure rename owes nothing (diff-cover: 100% of 0 lines; ours: n/a)', async () => {
    const r = new Repo()
    r.write({ 'src/old.py': py(12) })
    r.commit('base')
    r.git('checkout', '-qb', 'pr')
    r.git('mv', 'src/old.py', 'src/new.py')
    r.commit('rename')
    const report = r.cobertura({ 'src/new.py': allLines(r.read('src/new.py'), [1, 2, 3]) })
    const { dc, ours } = await both(r, report)
    expectAgreement(dc, ours)
    expect(dc.total_num_lines).toBe(0)
    expect(dc.total_percent_covered).toBe(100) // diff-cover's "100%" on nothing
    expect(ours.patch.lines).toBeNull() // ours: n/a
  })

  itDc('a rename with edits owes only the edited lines', async () => {
    const r = new Repo()
    r.write({ 'src/old.py': py(20) })
    r.commit('base')
    r.git('checkout', '-qb', 'pr')
    r.git('mv', 'src/old.py', 'src/new.py')
    const lines = py(20).split('\n')
    lines[9] = 'x10 = "edited"'
    lines.splice(15, 0, 'inserted = 1')
    r.write({ 'src/new.py': lines.join('\n') })
    r.commit('rename + edit')
    const report = r.cobertura({ 'src/new.py': allLines(r.read('src/new.py'), [10, 2]) })
    const { dc, ours } = await both(r, report)
    expectAgreement(dc, ours)
    expect(ours.patch.lines).toEqual({ covered: 1, total: 2 })
  })

  itDc('CRLF files', async () => {
    const r = new Repo()
    const crlf = (s: string): string => s.replace(/\n/g, '\r\n')
    r.write({ 'src/win.py': crlf(py(10)) })
    r.commit('base')
    r.git('checkout', '-qb', 'pr')
    const lines = py(10).split('\n')
    lines.splice(4, 1, 'x5 = "changed"', 'x5b = 1')
    r.write({ 'src/win.py': crlf(lines.join('\n')) + crlf(py(2, 'end')) })
    r.commit('crlf edit')
    const report = r.cobertura({ 'src/win.py': allLines(r.read('src/win.py'), [6, 12]) })
    const { dc, ours } = await both(r, report)
    expectAgreement(dc, ours)
    expect(ours.patch.lines).toEqual({ covered: 2, total: 4 })
  })

  itDc('a unicode path src/café/ü.py', async () => {
    const r = new Repo()
    r.write({ 'src/café/ü.py': py(6) })
    r.commit('base')
    r.git('checkout', '-qb', 'pr')
    r.write({ 'src/café/ü.py': py(9) })
    r.commit('edit')
    const report = r.cobertura({ 'src/café/ü.py': allLines(r.read('src/café/ü.py'), [8]) })
    const { dc, ours } = await both(r, report)
    expectAgreement(dc, ours)
    expect(ours.patch.files.map(f => f.path)).toEqual(['src/café/ü.py'])
    expect(ours.patch.lines).toEqual({ covered: 2, total: 3 })
    // With git's default path quoting, diff-cover loses the file; we do not depend on the user's git config.
    const out = join(r.root, 'dc-quoted.json')
    execFileSync('diff-cover', [report, '--compare-branch=base', '--json-report', out, '-q'], {
      cwd: r.dir,
      env: ENV,
      stdio: 'pipe'
    })
    expect(JSON.parse(readFileSync(out, 'utf8')).total_num_lines).toBe(0)
  })

  itDc('a changed file with no coverage data: diff-cover drops it, we list it', async () => {
    const r = new Repo()
    r.write({ 'src/a.py': py(5) })
    r.commit('base')
    r.git('checkout', '-qb', 'pr')
    r.write({ 'src/a.py': py(7), 'src/nodata.py': py(4, 'n') })
    r.commit('edit + new file without data')
    const report = r.cobertura({ 'src/a.py': allLines(r.read('src/a.py'), [7]) })
    const { dc, ours } = await both(r, report)
    expectAgreement(dc, ours)
    expect(Object.keys(dc.src_stats)).not.toContain('src/nodata.py')
    expect(ours.patch.missingData).toEqual(['src/nodata.py'])
    // with --source-glob the missing file's added lines count as uncovered (a deliberate, opt-in difference)
    let text = ''
    await main(['--report', report, '--diff-base', 'base', '--json', '--source-glob', 'src/**/*.py'], {
      stdout: t => (text += t),
      stderr: () => undefined,
      cwd: r.dir,
      env: {}
    })
    expect(JSON.parse(text).patch.lines).toEqual({ covered: 1, total: 6 })
  })

  itDc('a multi-line change: continuation lines carry no record, in both tools', async () => {
    const r = new Repo()
    const src = [
      'import os',
      'def f(',
      '    a,',
      '    b,',
      '):',
      '    return call(',
      '        a,',
      '        b)',
      ''
    ].join('\n')
    r.write({ 'src/m.py': src })
    r.commit('base')
    r.git('checkout', '-qb', 'pr')
    const edited = src
      .replace('    b,\n', '    b2,\n')
      .replace('        b)', '        b2)')
      .concat('x = 1\ny = 2\n')
    r.write({ 'src/m.py': edited })
    r.commit('multi-line edit')
    // coverage.py style: a statement is recorded on its first line only
    const report = r.cobertura({ 'src/m.py': { 1: 1, 2: 1, 6: 0, 9: 1, 10: 0 } })
    const { dc, ours } = await both(r, report)
    expectAgreement(dc, ours)
    expect(ours.patch.lines).toEqual({ covered: 1, total: 2 }) // lines 4 and 8 have no record: only 9 and 10 count
  })

  itDc(
    'a partly covered branch line: equal with --partial hit, counted as missed by our default',
    async () => {
      const r = new Repo()
      r.write({ 'src/b.py': py(4) })
      r.commit('base')
      r.git('checkout', '-qb', 'pr')
      r.write({ 'src/b.py': py(8) })
      r.commit('edit')
      const report = r.cobertura({
        'src/b.py': { 1: 1, 2: 1, 3: 1, 4: 1, 5: '4 50% (1/2)', 6: 2, 7: 0, 8: '1 100% (2/2)' }
      })
      const { dc, ours } = await both(r, report)
      expectAgreement(dc, ours)
      expect(ours.patch.lines).toEqual({ covered: 3, total: 4 })
      let text = ''
      await main(['--report', report, '--diff-base', 'base', '--json'], {
        stdout: t => (text += t),
        stderr: () => undefined,
        cwd: r.dir,
        env: {}
      })
      const strict = JSON.parse(text)
      expect(strict.patch.lines).toEqual({ covered: 2, total: 4 })
      expect(strict.patch.files[0].uncovered).toEqual([
        [5, 5],
        [7, 7]
      ])
    }
  )
})
