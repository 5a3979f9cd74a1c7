// Smart retry (flaky-quarantine): what rerunning only the failed tests costs against rerunning the whole
// suite, which is what whole-step retry actions (nick-fields/retry, wretry.action) do.
// A generated jest suite of 2,000 tests (40 files × 50 tests in nested describes; each test does ~1 ms of
// work, like a small unit test) with 3 always-failing tests in 3 files, run with jest + jest-junit from
// node_modules, jest-junit with its default options (no file attribute: the retry turns it on for its attempts).
// Our library (src/flaky/retry.ts, bundled with esbuild) runs the suite once and builds the rerun from the JUnit
// it wrote (jest preset: --coverage=false, --runInBand for ≤ 3 files, --testNamePattern and --runTestsByPath);
// then, alternating, best of 3: that rerun command vs the whole suite, each a fresh process, jest's transform
// cache warm for both. Beside them: the same rerun with a worker pool forced (what jest picks on a bigger
// runner), and without --runTestsByPath (what it costs when the report names no files).
// Target (issue #9): the rerun costs at most 10 % of the whole suite (ratio ≥ 10).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { best, emit, measure, out, root } from './generate-coverage.mjs'

const FILES = 40
const PER_FILE = 50
const FAILING = new Set(['3:7', '17:21', '33:42'])
const suite = join(out, 'flaky-retry-suite')
rmSync(suite, { recursive: true, force: true })
mkdirSync(join(suite, 'reports'), { recursive: true })
for (let f = 0; f < FILES; f++) {
  const lines = [
    'const work = () => { let x = 0; const end = Date.now() + 1; do x++; while (Date.now() < end); return x }',
    `describe('module ${f}', () => {`
  ]
  for (let g = 0; g < PER_FILE / 10; g++) {
    lines.push(`  describe('group ${g}', () => {`)
    for (let t = 0; t < 10; t++) {
      const n = g * 10 + t
      const body = FAILING.has(`${f}:${n}`) ? `expect(work()).toBe(-1)` : `expect(work()).toBeGreaterThan(0)`
      lines.push(`    it('case ${n} handles input ${f * 1000 + n}', () => { ${body} })`)
    }
    lines.push('  })')
  }
  lines.push('})', '')
  writeFileSync(join(suite, `module${String(f).padStart(2, '0')}.test.js`), lines.join('\n'))
}

const NM = join(root, 'node_modules')
const jestArgv = [
  process.execPath,
  join(NM, 'jest/bin/jest.js'),
  '--rootDir',
  '.',
  '--config',
  '{}',
  '--ci',
  '--watchman=false',
  '--reporters=default',
  `--reporters=${join(NM, 'jest-junit/index.js')}`
]
const { JEST_JUNIT_ADD_FILE_ATTRIBUTE: _unset, ...inherited } = process.env
const env = { ...inherited, NODE_OPTIONS: '', JEST_JUNIT_OUTPUT_DIR: 'reports' }

const { build } = await import('esbuild')
const driver = join(out, 'flaky-retry-driver.mjs')
await build({
  stdin: {
    contents: `import { runWithRetries } from ${JSON.stringify(join(root, 'src/flaky/retry.ts'))}
const argv = JSON.parse(process.argv[2])
const r = await runWithRetries({ command: argv, rerun: argv, preset: 'jest', junit: ['reports/*.xml'], maxRetries: 1,
  cwd: process.cwd(), timeoutMs: 600000, attemptsDir: 'attempts' })
process.stdout.write(JSON.stringify({ outcome: r.outcome, reason: r.reason, totals: r.report.totals,
  attempts: r.attempts.map(a => ({ argv: a.command, ms: a.durationMs, ran: a.cases.length, selected: a.selected.length })) }))`,
    resolveDir: root,
    loader: 'ts'
  },
  outfile: driver,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error'
})

const run = measure(process.execPath, [driver, JSON.stringify(jestArgv)], { cwd: suite, env })
const result = JSON.parse(run.stdout)
const [first, rerun] = result.attempts
if (
  result.totals.tests !== FILES * PER_FILE ||
  first.ran !== FILES * PER_FILE ||
  rerun?.ran !== FAILING.size
) {
  throw new Error(`unexpected run: ${run.stdout.slice(0, 2000)}`)
}
const rerunArgv = rerun.argv
const at = rerunArgv.indexOf('--runTestsByPath')
if (at < 0) throw new Error(`the rerun names no files: ${JSON.stringify(rerunArgv).slice(0, 2000)}`)
const inBand = rerunArgv.includes('--runInBand')
// The same rerun with a worker pool, as jest picks on a runner with ≥ 3 cores (maxWorkers = cores − 1) when
// a file took ≥ 1 s in its last run; on this 2-core machine jest's default is 1 worker, so in band anyway.
// --workerIdleMemoryLimit makes jest start the pool whatever it knows of the files.
const pooled = [
  ...rerunArgv.filter(a => a !== '--runInBand'),
  '--maxWorkers=2',
  '--workerIdleMemoryLimit=1GB'
]
// Best of 3, alternating (rerun, whole suite, pooled rerun), each a fresh process with the same environment,
// config and cacheDirectory (jest's default under the OS temp dir, HOME untouched): the transform cache and
// the test-timing cache the whole suite filled are the rerun's too, as on a real runner. The best wall time
// and the best CPU time are taken separately (CPU is the steadier of the two on a loaded machine).
const runs = { ours: [], peer: [], pooled: [] }
const go = argv => measure(argv[0], argv.slice(1), { cwd: suite, env, okStatus: [1] })
for (let i = 0; i < 3; i++) {
  runs.ours.push(go(rerunArgv))
  runs.peer.push(go(jestArgv))
  runs.pooled.push(go(pooled))
}
// Without files the preset adds no --runInBand (the pattern then runs over every file).
const namesOnly = best(3, () => go(rerunArgv.slice(0, at).filter(a => a !== '--runInBand')))
const bestOf = rs => ({
  ms: Math.min(...rs.map(r => r.ms)),
  cpuMs: rs.every(r => r.cpuMs !== null) ? Math.min(...rs.map(r => r.cpuMs)) : null,
  peakRssMB: rs.reduce((a, r) => (r.ms < a.ms ? r : a)).peakRssMB
})
const ours = bestOf(runs.ours)
const peer = bestOf(runs.peer)
const pool = bestOf(runs.pooled)
const pct = (a, b) => (a !== null && b ? Math.round((a / b) * 1000) / 10 : '?')
const share = pct(ours.ms, peer.ms)
const cpuShare = pct(ours.cpuMs, peer.cpuMs)
const load = loadavg()
  .map(x => x.toFixed(1))
  .join(' / ')
emit({
  name: 'flaky: retry 3 failed of 2,000 jest tests',
  input: `${FILES} files × ${PER_FILE} tests, 3 failing; in the library run: whole suite ${first.ms} ms, rerun ${rerun.ms} ms; load average ${load} on ${availableParallelism()} cores`,
  ours: { ms: ours.ms, peakRssMB: ours.peakRssMB, cpuMs: ours.cpuMs },
  peerName: 'whole-suite rerun (whole-step retry)',
  peer: { ms: peer.ms, peakRssMB: peer.peakRssMB, cpuMs: peer.cpuMs },
  ratio: Math.round((peer.ms / ours.ms) * 100) / 100,
  target: 'rerun ≤ 10 % of the whole suite (ratio ≥ 10)',
  note: `the rerun (${inBand ? 'in band' : 'jest picks'}) costs ${share} % of the whole suite's wall time, ${cpuShare} % of its CPU time; with a worker pool: ${pct(pool.ms, peer.ms)} % wall, ${pct(pool.cpuMs, peer.cpuMs)} % CPU; without the files, by name pattern only: ${pct(namesOnly.ms, peer.ms)} %; jest + jest-junit, best of 3, alternating`,
  section: `### Smart retry (flaky-quarantine)

Retrying the 3 failed tests of a generated 2,000-test jest suite (40 files, ~1 ms of work per test) with the
jest preset's selection (\`--coverage=false\`, \`--runInBand\`, \`--testNamePattern\` anchored on the failed full
names, \`--runTestsByPath\` on their 3 files) took ${ours.ms} ms (${ours.cpuMs ?? '?'} ms CPU) against ${peer.ms} ms
(${peer.cpuMs ?? '?'} ms CPU) for the whole suite, which is what a whole-step retry reruns: ${share} % of its wall time
and ${cpuShare} % of its CPU time (target ≤ 10 %). The same rerun with a worker pool (what jest picks on a ≥ 3-core
runner when a file took ≥ 1 s): ${pool.ms} ms, ${pool.cpuMs ?? '?'} ms CPU. Selecting by name pattern alone: ${namesOnly.ms} ms,
${pct(namesOnly.ms, peer.ms)} %. Load average ${load} on ${availableParallelism()} cores.
`
})
rmSync(suite, { recursive: true, force: true })
