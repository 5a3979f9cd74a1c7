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
// Target (issue #9): the rerun costs at most 10 % of the whole suite (ratio ≥ 10). Beside it, jest's floor: the
// same command and flags running one file with one empty test (in a directory of its own), which no selection
// of failed tests can undercut.
// Opt-in sweep (FLAKY_SWEEP=1 or --sweep; FLAKY_SWEEP_RUNS=n runs per cell, default 3): the same measurement
// over suites of other shapes, always 2,000 tests with 3 failing in 3 files: 10, 50 or 200 tests per file
// (200, 40 or 10 files) × ~1 or ~5 ms of work per test; printed as a table and emitted as its own
// BENCHMARKS.md section (a default `npm run bench` leaves the last sweep's section in place: its text says when
// and where it was measured).
// The sweep's cost: 12 whole-suite runs and 12 reruns at FLAKY_SWEEP_RUNS=1 (each cell's library run is one of
// each), 24 and 24 at the default 3; on 2 cores at load average 4–6 the 1-run sweep took 4.9 min, so the
// default one takes about 10 (per Node runtime: scripts/bench.mjs runs each bench under Node 24 too when
// .ci/run has installed it).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { best, emit, measure, out, root } from './generate-coverage.mjs'

const SWEEP_HEADING = `## flaky-quarantine smart retry by suite shape (bench/flaky-retry.mjs, Node ${process.version})`
const sweepOn =
  process.argv.slice(2).includes('--sweep') || /^(1|true|yes)$/i.test(process.env.FLAKY_SWEEP ?? '')
const sweepRunsGiven = process.env.FLAKY_SWEEP_RUNS
if (sweepRunsGiven !== undefined && sweepRunsGiven !== '' && !/^[1-9]$/.test(sweepRunsGiven)) {
  throw new Error(
    `FLAKY_SWEEP_RUNS must be a whole number from 1 to 9, not ${JSON.stringify(sweepRunsGiven.slice(0, 40))}`
  )
}
const sweepRuns = sweepRunsGiven ? Number(sweepRunsGiven) : 3

const FILES = 40
const PER_FILE = 50
const TESTS = FILES * PER_FILE

/**
 * The 3 failing tests of a suite of `files` × `perFile` tests, as "file:test" keys, in 3 different files
 * spread over the suite: for the headline's 40 × 50, tests 7, 21 and 42 of files 3, 17 and 33.
 */
function failingOf(files, perFile) {
  const at = (n, pct) => Math.floor((n * pct) / 100)
  return new Set([
    `${at(files, 8)}:${at(perFile, 14)}`,
    `${at(files, 43)}:${at(perFile, 42)}`,
    `${at(files, 83)}:${at(perFile, 84)}`
  ])
}

/**
 * A generated jest suite in `dir` (recreated): `files` files of `perFile` tests in describes of 10, each test
 * busy for ~`workMs` ms, the `failing` ones always failing. Returns `dir`.
 */
function writeSuite(dir, { files, perFile, workMs, failing }) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'reports'), { recursive: true })
  const width = Math.max(2, String(files - 1).length)
  for (let f = 0; f < files; f++) {
    const lines = [
      `const work = () => { let x = 0; const end = Date.now() + ${workMs}; do x++; while (Date.now() < end); return x }`,
      `describe('module ${f}', () => {`
    ]
    for (let g = 0; g < perFile / 10; g++) {
      lines.push(`  describe('group ${g}', () => {`)
      for (let t = 0; t < 10; t++) {
        const n = g * 10 + t
        const body = failing.has(`${f}:${n}`)
          ? `expect(work()).toBe(-1)`
          : `expect(work()).toBeGreaterThan(0)`
        lines.push(`    it('case ${n} handles input ${f * 1000 + n}', () => { ${body} })`)
      }
      lines.push('  })')
    }
    lines.push('})', '')
    writeFileSync(join(dir, `module${String(f).padStart(width, '0')}.test.js`), lines.join('\n'))
  }
  return dir
}

const FAILING = failingOf(FILES, PER_FILE)
const suite = writeSuite(join(out, 'flaky-retry-suite'), {
  files: FILES,
  perFile: PER_FILE,
  workMs: 1,
  failing: FAILING
})

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

/**
 * Our library's run in `dir`: the whole suite, then the rerun it builds from the JUnit the suite wrote.
 * Checks that the whole suite ran `tests` tests and the rerun exactly the `failing` ones from their files.
 */
function libraryRun(dir, tests, failing) {
  const run = measure(process.execPath, [driver, JSON.stringify(jestArgv)], { cwd: dir, env })
  const result = JSON.parse(run.stdout)
  const [first, rerun] = result.attempts
  if (result.totals.tests !== tests || first.ran !== tests || rerun?.ran !== failing.size) {
    throw new Error(`unexpected run in ${dir}: ${run.stdout.slice(0, 2000)}`)
  }
  const at = rerun.argv.indexOf('--runTestsByPath')
  if (at < 0) throw new Error(`the rerun names no files: ${JSON.stringify(rerun.argv).slice(0, 2000)}`)
  if (rerun.argv.length - at - 1 !== failing.size) {
    throw new Error(
      `the rerun does not name ${failing.size} files: ${JSON.stringify(rerun.argv).slice(0, 2000)}`
    )
  }
  return { first, rerun, rerunArgv: rerun.argv, at }
}

const { first, rerun, rerunArgv, at } = libraryRun(suite, TESTS, FAILING)
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
// jest's floor: the same command and flags running one test file with one empty test, in a directory of its own
// (so the suite is unchanged): what any rerun of anything costs at least, however few tests it selects.
const floorDir = join(out, 'flaky-retry-floor')
rmSync(floorDir, { recursive: true, force: true })
mkdirSync(floorDir, { recursive: true })
writeFileSync(join(floorDir, 'empty.test.js'), "it('does nothing', () => {})\n")
const floorArgv = [...jestArgv, '--coverage=false', '--runInBand', '--runTestsByPath', 'empty.test.js']
const runs = { ours: [], peer: [], pooled: [], floor: [] }
// The suite and its reruns exit 1 (failing tests); the floor's one empty test passes.
const go = (argv, cwd = suite, okStatus = [1]) => measure(argv[0], argv.slice(1), { cwd, env, okStatus })
go(floorArgv, floorDir, [0]) // fills its own transform cache, as the suite's first run did for the others
for (let i = 0; i < 3; i++) {
  runs.ours.push(go(rerunArgv))
  runs.peer.push(go(jestArgv))
  runs.pooled.push(go(pooled))
  runs.floor.push(go(floorArgv, floorDir, [0]))
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
const floor = bestOf(runs.floor)
const pct = (a, b) => (a !== null && b ? Math.round((a / b) * 1000) / 10 : '?')
const share = pct(ours.ms, peer.ms)
const cpuShare = pct(ours.cpuMs, peer.cpuMs)
const fmtLoad = l => l.map(x => x.toFixed(1)).join(' / ')
const load = fmtLoad(loadavg())
emit({
  name: 'flaky: retry 3 failed of 2,000 jest tests',
  input: `${FILES} files × ${PER_FILE} tests, 3 failing; in the library run: whole suite ${first.ms} ms, rerun ${rerun.ms} ms; load average ${load} on ${availableParallelism()} cores`,
  ours: { ms: ours.ms, peakRssMB: ours.peakRssMB, cpuMs: ours.cpuMs },
  peerName: 'whole-suite rerun (whole-step retry)',
  peer: { ms: peer.ms, peakRssMB: peer.peakRssMB, cpuMs: peer.cpuMs },
  ratio: Math.round((peer.ms / ours.ms) * 100) / 100,
  target: 'rerun ≤ 10 % of the whole suite (ratio ≥ 10)',
  note: `the rerun (${inBand ? 'in band' : 'jest picks'}) costs ${share} % of the whole suite's wall time, ${cpuShare} % of its CPU time; with a worker pool: ${pct(pool.ms, peer.ms)} % wall, ${pct(pool.cpuMs, peer.cpuMs)} % CPU; without the files, by name pattern only: ${pct(namesOnly.ms, peer.ms)} %; jest's floor (one file, one empty test, same flags): ${pct(floor.ms, peer.ms)} % wall, ${pct(floor.cpuMs, peer.cpuMs)} % CPU; jest + jest-junit, best of 3, alternating`,
  section: `## flaky-quarantine smart retry, as last measured (bench/flaky-retry.mjs, Node ${process.version})

Retrying the 3 failed tests of a generated 2,000-test jest suite (40 files, ~1 ms of work per test) with the
jest preset's selection (\`--coverage=false\`, \`--runInBand\`, \`--testNamePattern\` anchored on the failed full
names, \`--runTestsByPath\` on their 3 files) took ${ours.ms} ms (${ours.cpuMs ?? '?'} ms CPU) against ${peer.ms} ms
(${peer.cpuMs ?? '?'} ms CPU) for the whole suite, which is what a whole-step retry reruns: ${share} % of its wall time
and ${cpuShare} % of its CPU time (target ≤ 10 %). The same rerun with a worker pool (what jest picks on a ≥ 3-core
runner when a file took ≥ 1 s): ${pool.ms} ms, ${pool.cpuMs ?? '?'} ms CPU. Selecting by name pattern alone: ${namesOnly.ms} ms,
${pct(namesOnly.ms, peer.ms)} %. jest's own floor, the same command and flags running one file with one empty test: ${floor.ms} ms
(${floor.cpuMs ?? '?'} ms CPU), ${pct(floor.ms, peer.ms)} % of the whole suite's wall time and ${pct(floor.cpuMs, peer.cpuMs)} % of its CPU time: no
selection of failed tests can cost less than one jest start. Load average ${load} on ${availableParallelism()} cores.
`
})
rmSync(suite, { recursive: true, force: true })
rmSync(floorDir, { recursive: true, force: true })

// The sweep by suite shape (opt-in, see the header). Every cell: a fresh suite of 2,000 tests, our library's
// run of it (whole suite, then the rerun the jest preset builds from its JUnit, checked to be exactly the 3
// failing tests from their 3 files), then rerun and whole suite alternating, best of `sweepRuns` each.
if (sweepOn) {
  const loadBefore = loadavg()
  const started = Date.now()
  const cells = []
  for (const workMs of [1, 5]) {
    for (const perFile of [10, 50, 200]) {
      const files = TESTS / perFile
      const failing = failingOf(files, perFile)
      const dir = writeSuite(join(out, `flaky-retry-sweep-${files}x${perFile}-${workMs}ms`), {
        files,
        perFile,
        workMs,
        failing
      })
      process.stderr.write(`flaky sweep: ${files} files × ${perFile} tests, ~${workMs} ms each …\n`)
      const lib = libraryRun(dir, TESTS, failing)
      const cellRuns = { ours: [], peer: [] }
      for (let i = 0; i < sweepRuns; i++) {
        cellRuns.ours.push(go(lib.rerunArgv, dir))
        cellRuns.peer.push(go(jestArgv, dir))
      }
      rmSync(dir, { recursive: true, force: true })
      const o = bestOf(cellRuns.ours)
      const p = bestOf(cellRuns.peer)
      cells.push({
        files,
        perFile,
        workMs,
        inBand: lib.rerunArgv.includes('--runInBand'),
        ours: o,
        peer: p,
        wall: pct(o.ms, p.ms),
        cpu: pct(o.cpuMs, p.cpuMs)
      })
    }
  }
  const minutes = Math.round((Date.now() - started) / 6000) / 10
  const table = [
    '| tests per file (files) | work per test | whole suite: wall, CPU | rerun of the 3 failed: wall, CPU | rerun share of wall | rerun share of CPU |',
    '|---|---|---|---|---|---|',
    ...cells.map(
      c =>
        `| ${c.perFile} (${c.files} files)${c.perFile === PER_FILE && c.workMs === 1 ? ', the headline' : ''} | ~${c.workMs} ms | ${c.peer.ms} ms, ${c.peer.cpuMs ?? '?'} ms | ${c.ours.ms} ms, ${c.ours.cpuMs ?? '?'} ms${c.inBand ? '' : ' (not in band)'} | ${c.wall} % | ${c.cpu} % |`
    )
  ].join('\n')
  const within = cells.filter(c => typeof c.cpu === 'number' && c.cpu <= 10).length
  process.stdout.write(`${table}\n`)
  emit({
    name: 'flaky: retry share by suite shape (sweep)',
    section: `${SWEEP_HEADING}

Measured ${new Date().toISOString().slice(0, 10)} with \`FLAKY_SWEEP=1\`${sweepRuns === 3 ? '' : ` and \`FLAKY_SWEEP_RUNS=${sweepRuns}\``} under Node ${process.version} on ${availableParallelism()} cores, load
average ${fmtLoad(loadBefore)} before and ${fmtLoad(loadavg())} after (${minutes} min). How the cost of retrying only the
failed tests moves with the suite's shape: always 2,000 generated jest tests with 3 failing in 3 different
files, the tests per file and the work per test varied. In every cell our library runs the suite once and
builds the rerun from the JUnit it wrote, exactly as in the headline row (jest preset: \`--coverage=false\`,
\`--runInBand\` for ≤ 3 files, \`--testNamePattern\` on the 3 full names, \`--runTestsByPath\` on their 3 files);
then that rerun and the whole suite (what a whole-step retry reruns) alternate, best of ${sweepRuns} each, best wall
and best CPU taken apart. Target (issue #9): the rerun ≤ 10 % of the whole suite; ${within} of ${cells.length} cells are
within it by CPU time.

${table}
`
  })
}
