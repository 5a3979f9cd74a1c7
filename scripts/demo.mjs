// `npm run demo`: the whole suite on examples/demo as a pull request would see it, without GitHub.
// 1. makes a temporary git repository: a base commit (examples/demo/base), a PR commit (examples/demo/pr over it)
//    and the merge commit GitHub would test (refs/pull/N/merge: parents = base tip, PR head);
// 2. runs the project's real tests with coverage at the base (the baseline) and at the merge commit (the head);
// 3. runs every gate that exists through the bundled CLI, then pr-report to compose the comment;
// 4. prints the comment and writes demo-output/{comment.md, summary.md, report.html}.
// Usage: node scripts/demo.mjs [--out DIR] [--quiet] [--dist DIR]   (--dist: the bundles to run, default dist/;
// the tests pass the .test-dist/ they built from the source)
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { renderHtml } from './render-html.mjs'
import { root } from './manifest.mjs'

const { values } = parseArgs({
  options: { out: { type: 'string' }, quiet: { type: 'boolean' }, dist: { type: 'string' } }
})
const out = resolve(values.out ?? join(root, 'demo-output'))
const say = values.quiet ? () => {} : line => process.stderr.write(`${line}\n`)
const cli = join(resolve(values.dist ?? join(root, 'dist')), 'cli', 'index.js')
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js')

const work = mkdtempSync(join(tmpdir(), 'quality-gates-demo-'))
const repo = join(work, 'repo')
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()

function runTests(label) {
  const coverageDir = join(work, `coverage-${label}`)
  const r = spawnSync(
    process.execPath,
    [
      jest,
      '--rootDir',
      repo,
      '--ci',
      '--coverage',
      '--coverageDirectory',
      coverageDir,
      '--coverageReporters=json',
      '--coverageReporters=lcov',
      '--coverageReporters=text-summary'
    ],
    { cwd: repo, encoding: 'utf8' }
  )
  if (r.status !== 0) throw new Error(`demo tests failed at ${label}:\n${r.stdout}\n${r.stderr}`)
  say(`  tests passed at ${label}; coverage in ${coverageDir}`)
  return coverageDir
}

function quality(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8' })
  if (r.status === 2 || r.status === null) {
    throw new Error(`quality-gates ${args[0]} failed (exit ${r.status}): ${r.stderr.trim()}`)
  }
  return r
}

try {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(join(out, 'fragments'), { recursive: true })

  say('1. a repository with a base commit, a pull request and its merge commit')
  mkdirSync(repo)
  cpSync(join(root, 'examples', 'demo', 'base'), repo, { recursive: true })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'Shop: pricing and formatting')
  git('checkout', '-q', '-b', 'coupons')
  cpSync(join(root, 'examples', 'demo', 'pr'), repo, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'Coupons and per-line discounts')
  git('checkout', '-q', '--detach', 'main')
  git('merge', '-q', '--no-ff', 'coupons', '-m', 'Merge pull request #42 from demo/coupons')
  const merge = git('rev-parse', 'HEAD')

  say('2. the real tests at the base (baseline) and at the merge commit (head)')
  git('checkout', '-q', 'main')
  const baseCoverage = runTests('base')
  // What the action does on a push to main: keep the base commit's coverage as the baseline (with the trend).
  const baseline = join(work, 'coverage-baseline.json')
  quality([
    'coverage',
    '--report',
    join(baseCoverage, 'coverage-final.json'),
    '--repo',
    repo,
    '--baseline-out',
    baseline
  ])
  git('checkout', '-q', merge)
  const headCoverage = runTests('head')

  say('3. the gates')
  const coverage = quality([
    'coverage',
    '--report',
    join(headCoverage, 'coverage-final.json'),
    '--baseline',
    baseline,
    '--exclude',
    'test/**',
    '--diff-base',
    'main',
    '--repo',
    repo,
    '--min-project',
    '80',
    '--max-drop',
    '2',
    '--min-patch',
    '80',
    '--fragment-out',
    join(out, 'fragments', 'quality-gates-fragment-coverage.json'),
    '--badge-out',
    join(out, 'coverage-badge.svg')
  ])
  say(`  coverage: exit ${coverage.status} (${coverage.status === 0 ? 'pass' : 'fail'})`)

  say('4. pr-report: one comment from all fragments')
  quality([
    'report',
    '--fragments',
    join(out, 'fragments'),
    '--out',
    join(out, 'comment.md'),
    '--summary-out',
    join(out, 'summary.md')
  ])
  const comment = readFileSync(join(out, 'comment.md'), 'utf8')
  writeFileSync(join(out, 'report.html'), renderHtml(comment, { title: 'quality-gates demo: PR #42' }))

  if (!values.quiet) process.stdout.write(`\n${comment}\n`)
  say(`\nWrote ${join(out, 'comment.md')}, summary.md and report.html (open it in a browser).`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
