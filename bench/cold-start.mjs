// Cold start: wall time from spawning `node <bundle>` to its first line of output (stdout or stderr), for each
// bundle in dist/, side by side with an empty Node (`node -e 0` to exit, `node -e "console.log(1)"` to its first
// line) on the same Node. That is what every workflow step pays before the gate does any work.
//
// What "first line" is, per bundle (each action started as the runner starts it: INPUT_* with action.yml's
// defaults, the file commands, a token, an event payload, RUNNER_TEMP in a fresh directory). The `::add-mask::`
// of the token, which the Host prints while it is being built, does not count: the first line is the first one
// the gate prints once the bundle has loaded, built its Host (Octokit included, since a token is set) and read
// its settings:
// - coverage-gate: `::group::Read coverage reports` (reports: a small LCOV file in the workspace);
// - pr-report: `::error::Input "mode": …`, an input error, because its first regular line comes only after API
//   calls (the emulator-free equivalent of "has started and read its inputs");
// - cli --help: the first usage line; cli coverage: the first line of `coverage --report <small lcov>` output.
// Each measured process is killed once that line arrived. Runs alternate (bundle, empty node, bundle, …)
// and the best of N is kept. NODE_EXTRA_CA_CERTS is removed from the environment (see benchEnv).
// QG_COLD_START_DIST=<dir> measures another dist/ (e.g. a copy of an older build) instead of ./dist.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchEnv, emit, ratio, root } from './generate-coverage.mjs'

const RUNS = 15
const TARGET_MS = 150
const dist = resolve(process.env.QG_COLD_START_DIST ?? join(root, 'dist'))
const node = process.execPath

const work = mkdtempSync(join(tmpdir(), 'qg-bench-cold-'))
const workspace = join(work, 'workspace')
mkdirSync(join(workspace, 'coverage'), { recursive: true })
const lcov = join(workspace, 'coverage', 'lcov.info')
writeFileSync(lcov, 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,0\nDA:3,4\nLF:3\nLH:2\nend_of_record\n')
const event = join(work, 'event.json')
writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: '1'.repeat(40) }))

/** The environment the runner gives a `uses:` step (file commands, context, INPUT_* defaults). */
function runnerEnv(inputs) {
  const dir = mkdtempSync(join(work, 'step-'))
  const files = {}
  for (const name of ['OUTPUT', 'STEP_SUMMARY', 'STATE', 'ENV', 'PATH']) {
    files[`GITHUB_${name}`] = join(dir, name.toLowerCase())
    writeFileSync(files[`GITHUB_${name}`], '')
  }
  mkdirSync(join(dir, 'temp'))
  const env = {
    ...benchEnv(),
    ...files,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: '1'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens there; each process is killed at its first line, before any request would be made.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_OS: 'Linux'
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return env
}

/** Peak resident set (MB) of a live process, from /proc (Linux); null elsewhere or once it has exited. */
function peakRssMB(pid) {
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null
  } catch {
    return null
  }
}

/** Spawn, wait for the first complete line on stdout or stderr (`::add-mask::` lines aside), kill, wait for exit. */
function firstLine(args, env, cwd = workspace) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now()
    const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let result
    const text = { stdout: '', stderr: '' }
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    const onData = stream => chunk => {
      if (result) return
      text[stream] += chunk.toString()
      const lines = text[stream].split('\n').slice(0, -1)
      const line = lines.find(l => !l.startsWith('::add-mask::'))
      if (line === undefined) return
      result = { ms: performance.now() - t0, line, peakRssMB: peakRssMB(child.pid) }
      child.kill('SIGKILL')
    }
    child.stdout.on('data', onData('stdout'))
    child.stderr.on('data', onData('stderr'))
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      if (result) resolvePromise(result)
      else
        reject(
          new Error(
            `${args.join(' ')} exited ${code} without printing a line: ${(text.stdout + text.stderr).slice(0, 500)}`
          )
        )
    })
  })
}

/** Time to exit of `node -e 0` (it prints nothing). */
function toExit(args, env) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now()
    const child = spawn(node, args, { cwd: workspace, env, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolvePromise({ ms: performance.now() - t0, peakRssMB: null }))
  })
}

const token = { 'github-token': 'ghs_bench000000000000000000000000000000' }
const cases = [
  {
    name: 'coverage-gate',
    args: [join(dist, 'coverage-gate', 'index.js')],
    env: () =>
      runnerEnv({
        ...token,
        reports: 'coverage/lcov.info',
        format: 'auto',
        'on-missing-baseline': 'neutral',
        'save-baseline': 'auto',
        'status-name': ''
      }),
    expect: /^::group::/
  },
  {
    name: 'pr-report',
    args: [join(dist, 'pr-report', 'index.js')],
    env: () =>
      runnerEnv({
        ...token,
        fragments: '',
        mode: 'not-a-mode',
        comment: 'true',
        statuses: 'true',
        id: 'default'
      }),
    expect: /^::error::input "mode"/i
  },
  {
    name: 'cli --help',
    args: [join(dist, 'cli', 'index.js'), '--help'],
    env: () => benchEnv(),
    expect: /^Usage: quality-gates/
  },
  {
    name: 'cli coverage',
    args: [join(dist, 'cli', 'index.js'), 'coverage', '--report', lcov, '--min-project', '0'],
    env: () => benchEnv(),
    expect: /\S/
  }
]

try {
  const empty = { ms: Infinity }
  const emptyLog = { ms: Infinity, rss: [] }
  // The timer only keeps the process alive (it is killed at its first line) so that /proc can be read.
  const emptyLogArgs = ['-e', 'console.log(1); setTimeout(() => {}, 10000)']
  const best = new Map(cases.map(c => [c.name, { ms: Infinity, rss: [] }]))
  // one unmeasured round to fill the page cache
  for (const c of cases) await firstLine(c.args, c.env())
  for (let i = 0; i < RUNS; i++) {
    for (const c of cases) {
      const r = await firstLine(c.args, c.env())
      if (!c.expect.test(r.line))
        throw new Error(`${c.name}: unexpected first line ${JSON.stringify(r.line)}`)
      const b = best.get(c.name)
      if (r.ms < b.ms) Object.assign(b, { ms: r.ms, line: r.line })
      if (r.peakRssMB !== null) b.rss.push(r.peakRssMB)
      const e = await toExit(['-e', '0'], benchEnv())
      if (e.ms < empty.ms) empty.ms = e.ms
      const l = await firstLine(emptyLogArgs, benchEnv())
      if (l.ms < emptyLog.ms) emptyLog.ms = l.ms
      if (l.peakRssMB !== null) emptyLog.rss.push(l.peakRssMB)
    }
  }
  // A bundle that exits right after its first line (an input error) may be gone before /proc is read: a few
  // more tries for a peak RSS figure, untimed.
  for (const c of cases) {
    const b = best.get(c.name)
    for (let i = 0; i < 10 && b.rss.length === 0; i++) {
      const r = await firstLine(c.args, c.env())
      if (r.peakRssMB !== null) b.rss.push(r.peakRssMB)
    }
  }
  const median = xs => {
    if (xs.length === 0) throw new Error('no peak RSS reading (is /proc mounted?)')
    return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  }
  for (const c of cases) {
    const b = best.get(c.name)
    const ms = Math.round(b.ms)
    const action = !c.name.startsWith('cli')
    emit({
      name: `cold start: ${c.name} to its first line`,
      ours: { ms, peakRssMB: median(b.rss) },
      peerName: 'node -e "console.log(1)"',
      peer: { ms: Math.round(emptyLog.ms), peakRssMB: median(emptyLog.rss) },
      ratio: ratio(emptyLog.ms, b.ms),
      target: action ? `≤ ${TARGET_MS} ms on Node 24` : 'none (for reference)',
      note: `best of ${RUNS} alternating runs; first line ${JSON.stringify(b.line.split(work).join('<tmp>').slice(0, 60))}; node -e 0 exits in ${Math.round(empty.ms)} ms; bundle start-up above node -e "console.log(1)": ${ms - Math.round(emptyLog.ms)} ms; peak RSS at the first line (median)${action ? '; started as the runner starts it' : ''}; ${dist === join(root, 'dist') ? 'dist/' : dist}`
    })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
