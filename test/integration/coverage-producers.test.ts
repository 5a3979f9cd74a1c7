/**
 * Reports made by the REAL producers on tiny fixture projects (test/fixtures/producers/), parsed by us and
 * compared with each tool's own totals:
 * 1. jest (istanbul) json + json-summary + lcov + cobertura + clover: json-summary is istanbul's own oracle;
 *    all four formats give the same per-line hits and line totals.
 * 2. coverage.py (Debian python3-coverage): xml root lines-covered/lines-valid, json totals, `report` TOTAL.
 * 3. gcc --coverage: `lcov --capture` + `lcov --summary`, and gcovr's Cobertura (+ JaCoCo/Clover/LCOV when
 *    this gcovr has them) against `gcovr --json-summary`.
 * A producer is skipped, with a printed reason, only when its binary is missing.
 *
 * Documented format limits asserted below: Cobertura and Clover have no place for a branch whose line is
 * not a statement line (istanbul's default-parameter branch on a function declaration line), so their
 * branch totals are the summary's minus those; istanbul's Clover writer emits no method lines.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CoverageReport, Ratio } from '../../src/coverage/model.js'
import { parseCoverageFile } from '../../src/coverage/parse/index.js'
import { reportTotals } from '../../src/coverage/totals.js'
import { patchCoverage } from '../../src/coverage/patch.js'

const ROOT = process.cwd()
const FIX = resolve(ROOT, 'test/fixtures/producers')
const dirs: string[] = []
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'qg-producers-'))
  dirs.push(d)
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function have(bin: string, args = ['--version']): boolean {
  const r = spawnSync(bin, args, { stdio: 'pipe' })
  if (r.error !== undefined) {
    console.log(`${bin} is not installed: skipping its producer test`)
    return false
  }
  return true
}

function r(covered: number, total: number): Ratio {
  return { covered, total }
}

function hitsByLine(rep: CoverageReport): Record<string, number> {
  const out: Record<string, number> = {}
  for (const f of rep.files.values()) for (const [n, l] of f.lines) out[`${f.path}:${n}`] = l.hits
  return out
}

function coveredLines(rep: CoverageReport): string[] {
  return Object.entries(hitsByLine(rep))
    .filter(([, h]) => h > 0)
    .map(([k]) => k)
    .sort()
}

describe('jest / istanbul', () => {
  const jestBin = resolve(ROOT, 'node_modules/jest/bin/jest.js')
  it('coverage-final.json, lcov, cobertura and clover agree with istanbul json-summary', async () => {
    const out = tmp()
    execFileSync(
      process.execPath,
      [
        jestBin,
        '--rootDir',
        resolve(FIX, 'js'),
        '--config',
        '{}',
        '--ci',
        '--watchman=false',
        '--cacheDirectory',
        join(out, 'cache'),
        '--coverage',
        '--coverageDirectory',
        out,
        '--collectCoverageFrom=src/**/*.js',
        '--coverageReporters=json',
        '--coverageReporters=json-summary',
        '--coverageReporters=lcov',
        '--coverageReporters=cobertura',
        '--coverageReporters=clover'
      ],
      { cwd: ROOT, stdio: 'pipe', timeout: 60_000 }
    )
    const summary = JSON.parse(readFileSync(join(out, 'coverage-summary.json'), 'utf8')) as {
      total: Record<'lines' | 'branches' | 'functions', Ratio>
    }
    const s = summary.total
    const want = {
      lines: r(s.lines.covered, s.lines.total),
      branches: r(s.branches.covered, s.branches.total)
    }
    const fns = r(s.functions.covered, s.functions.total)
    const opts = { repoRoot: ROOT }
    const json = await parseCoverageFile(join(out, 'coverage-final.json'), opts)
    const lcov = await parseCoverageFile(join(out, 'lcov.info'), opts)
    const cob = await parseCoverageFile(join(out, 'cobertura-coverage.xml'), opts)
    const clo = await parseCoverageFile(join(out, 'clover.xml'), opts)
    expect([json.format, lcov.format, cob.format, clo.format]).toEqual([
      'istanbul',
      'lcov',
      'cobertura',
      'clover'
    ])

    // The fixture really has uncovered lines, branches and functions, and an all-zero file.
    expect(s.lines.covered).toBeLessThan(s.lines.total)
    expect(s.functions.covered).toBeLessThan(s.functions.total)
    const paths = ['test/fixtures/producers/js/src/math.js', 'test/fixtures/producers/js/src/other.js']
    for (const rep of [json, lcov, cob, clo]) {
      expect([...rep.files.keys()].sort()).toEqual(paths)
      expect(reportTotals(rep).lines).toEqual(want.lines)
    }
    // istanbul JSON and LCOV: everything equals the summary.
    expect(reportTotals(json)).toEqual({ ...want, functions: fns })
    expect(json.producerTotals).toEqual({ ...want, functions: fns })
    expect(reportTotals(lcov)).toEqual({ ...want, functions: fns })
    expect(lcov.producerTotals).toEqual({ ...want, functions: fns })
    // Same hits on the same lines in all four formats.
    const hits = hitsByLine(json)
    expect(hitsByLine(lcov)).toEqual(hits)
    expect(hitsByLine(cob)).toEqual(hits)
    expect(Object.keys(hitsByLine(clo)).sort()).toEqual(Object.keys(hits).sort())
    expect(coveredLines(clo)).toEqual(coveredLines(json))
    // Cobertura/Clover: branch outcomes not on a statement line have no place in the format.
    let unattached = 0
    for (const f of json.files.values()) unattached += f.unattachedBranches?.total ?? 0
    expect(unattached).toBeGreaterThan(0)
    expect(cob.producerTotals).toEqual(want)
    expect(reportTotals(cob).branches.total).toBe(s.branches.total - unattached)
    expect(reportTotals(clo).branches.total).toBe(s.branches.total - unattached)
    expect(clo.producerTotals?.lines).toEqual(want.lines)
    expect(clo.producerTotals?.functions).toEqual(fns)
    expect(reportTotals(clo).functions).toEqual(r(0, 0))
  })
})

describe('coverage.py (python3-coverage)', () => {
  const ok = have('python3-coverage')
  ;(ok ? it : it.skip)(
    'Cobertura lines/branches equal lines-covered/lines-valid, the JSON totals and `report`',
    async () => {
      const dir = tmp()
      for (const f of readdirSync(resolve(FIX, 'py'))) copyFileSync(resolve(FIX, 'py', f), join(dir, f))
      const env = { ...process.env, COVERAGE_FILE: join(dir, '.coverage') }
      const run = (...args: string[]): string =>
        execFileSync('python3-coverage', args, { cwd: dir, env, stdio: 'pipe', timeout: 60_000 }).toString()
      run('run', '--branch', '--source=.', 'run.py')
      run('xml', '-o', 'coverage.xml')
      run('json', '-o', 'coverage.json')
      const report = run('report')
      const xml = readFileSync(join(dir, 'coverage.xml'), 'utf8')
      const lv = Number(/lines-valid="(\d+)"/.exec(xml)?.[1])
      const lc = Number(/lines-covered="(\d+)"/.exec(xml)?.[1])
      const totals = (
        JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')) as {
          totals: {
            covered_lines: number
            num_statements: number
            covered_branches: number
            num_branches: number
          }
        }
      ).totals
      const m = /^TOTAL\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(report)
      expect(m).not.toBeNull()
      const [stmts, miss] = [Number(m?.[1]), Number(m?.[2])]

      const rep = await parseCoverageFile(join(dir, 'coverage.xml'), { repoRoot: dir })
      const t = reportTotals(rep)
      expect([...rep.files.keys()].sort()).toEqual(['app.py', 'run.py'])
      expect(t.lines).toEqual(r(lc, lv))
      expect(t.lines).toEqual(r(totals.covered_lines, totals.num_statements))
      expect(t.lines).toEqual(r(stmts - miss, stmts))
      expect(t.lines.covered).toBeLessThan(t.lines.total)
      expect(t.branches).toEqual(r(totals.covered_branches, totals.num_branches))
      expect(rep.producerTotals?.lines).toEqual(t.lines)
    }
  )
})

describe('gcc --coverage with lcov and gcovr', () => {
  const ok = have('gcc') && have('lcov') && have('gcovr')
  ;(ok ? it : it.skip)(
    'ours equal `lcov --summary` and `gcovr --json-summary` in every gcovr format',
    async () => {
      const dir = tmp()
      copyFileSync(resolve(FIX, 'c/prog.c'), join(dir, 'prog.c'))
      const sh = (bin: string, ...args: string[]): string =>
        execFileSync(bin, args, { cwd: dir, stdio: 'pipe', timeout: 60_000 }).toString()
      sh('gcc', '--coverage', '-O0', '-o', 'prog', 'prog.c')
      sh(join(dir, 'prog'))
      const rc = ['--rc', 'lcov_branch_coverage=1', '--rc', 'branch_coverage=1']
      // lcov 1.x knows lcov_branch_coverage, 2.x branch_coverage; unknown --rc keys are only warnings.
      sh('lcov', '--capture', '--directory', '.', '--output-file', 'cov.info', '--quiet', ...rc)
      const summaryOut = execFileSync('lcov', ['--summary', 'cov.info', ...rc], {
        cwd: dir,
        encoding: 'utf8'
      })
      const num = (what: string): Ratio => {
        const m = new RegExp(`${what}\\.*: [\\d.]+% \\((\\d+) of (\\d+)`).exec(summaryOut)
        if (m === null) throw new Error(`no ${what} in lcov --summary: ${summaryOut}`)
        return r(Number(m[1]), Number(m[2]))
      }
      const lcovRep = await parseCoverageFile(join(dir, 'cov.info'), { repoRoot: dir })
      expect([...lcovRep.files.keys()]).toEqual(['prog.c'])
      const lt = reportTotals(lcovRep)
      expect(lt.lines).toEqual(num('lines'))
      expect(lt.functions).toEqual(num('functions'))
      expect(lt.branches).toEqual(num('branches'))
      expect(lt.lines.covered).toBeLessThan(lt.lines.total)

      const help = sh('gcovr', '--help')
      const formats: [string, string][] = [
        ['--xml', 'cobertura.xml'],
        ['--jacoco', 'jacoco.xml'],
        ['--clover', 'clover.xml'],
        ['--lcov', 'gcovr.lcov']
      ]
      const args = ['--root', '.', '--json-summary', 'summary.json']
      const made: string[] = []
      for (const [flag, file] of formats) {
        if (help.includes(flag)) {
          args.push(flag, file)
          made.push(file)
        } else console.log(`this gcovr has no ${flag}: that format is not checked`)
      }
      sh('gcovr', ...args)
      const s = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Record<string, number>
      const gl = r(s.line_covered as number, s.line_total as number)
      const gb = r(s.branch_covered as number, s.branch_total as number)
      const gf =
        s.function_total === undefined ? undefined : r(s.function_covered as number, s.function_total)
      expect(gl).toEqual(lt.lines)
      expect(made).toContain('cobertura.xml')
      for (const file of made) {
        const rep = await parseCoverageFile(join(dir, file), { repoRoot: dir })
        expect([file, [...rep.files.keys()]]).toEqual([file, ['prog.c']])
        const t = reportTotals(rep)
        expect([file, t.lines]).toEqual([file, gl])
        if (file === 'jacoco.xml') {
          // gcovr's JaCoCo lines carry no hit counts: the counters hold the totals, and patch coverage over
          // them is n/a with the reason, never 0 %.
          expect(rep.producerTotals?.lines).toEqual(gl)
          const patch = patchCoverage(
            rep,
            [
              {
                path: 'prog.c',
                status: 'modified',
                added: [...(rep.files.get('prog.c')?.lines.keys() ?? [])],
                binary: false
              }
            ],
            { partial: 'miss' }
          )
          expect(patch.lines).toBeNull()
          expect(patch.unavailable).toMatch(
            /^the report has no per-line hits for 1 changed file\(s\): prog\.c$/
          )
        }
        if (file === 'cobertura.xml' || file === 'gcovr.lcov') expect([file, t.branches]).toEqual([file, gb])
        if (file === 'cobertura.xml') expect(rep.producerTotals).toEqual({ lines: gl, branches: gb })
        if (gf !== undefined && file === 'gcovr.lcov') expect(t.functions).toEqual(gf)
      }
    }
  )
})
