// Input generators and the process meter shared by the bench/coverage-*.mjs benchmarks.
// Everything is deterministic (seeded PRNG) and cached in bench/.out/ (git-ignored) so repeated runs reuse it.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const out = join(root, 'bench', '.out')
mkdirSync(out, { recursive: true })

export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function writeStream(path, fill) {
  const tmp = `${path}.tmp`
  const ws = createWriteStream(tmp)
  let buf = ''
  const write = async s => {
    buf += s
    if (buf.length > 1 << 20) {
      if (!ws.write(buf)) await new Promise(r => ws.once('drain', r))
      buf = ''
    }
  }
  await fill(write)
  ws.write(buf)
  await new Promise((r, j) => ws.end(e => (e ? j(e) : r())))
  renameSync(tmp, path)
}

/** A monorepo LCOV: `files` SF records with ~`linesPerFile` DA lines each, plus FN/FNDA and BRDA records. */
export async function generateLcov({ files = 20000, linesPerFile = 155, seed = 1 } = {}) {
  const path = join(out, `monorepo-${files}x${linesPerFile}.lcov`)
  if (existsSync(path)) return path
  const rnd = prng(seed)
  await writeStream(path, async write => {
    for (let f = 0; f < files; f++) {
      const pkg = `packages/pkg-${String(f % 200).padStart(3, '0')}`
      let rec = `TN:\nSF:${pkg}/src/module-${String(f).padStart(5, '0')}.ts\n`
      const fns = 6
      for (let k = 0; k < fns; k++) rec += `FN:${k * 20 + 1},fn${k}_${f}\n`
      let fnh = 0
      for (let k = 0; k < fns; k++) {
        const h = rnd() < 0.8 ? Math.floor(rnd() * 50) + 1 : 0
        if (h) fnh++
        rec += `FNDA:${h},fn${k}_${f}\n`
      }
      rec += `FNF:${fns}\nFNH:${fnh}\n`
      let lh = 0
      for (let n = 1; n <= linesPerFile; n++) {
        const h = rnd() < 0.82 ? Math.floor(rnd() * 300) + 1 : 0
        if (h) lh++
        rec += `DA:${n},${h}\n`
      }
      let brh = 0
      for (let b = 0; b < 8; b++) {
        const t = rnd() < 0.7 ? Math.floor(rnd() * 9) + 1 : rnd() < 0.5 ? '-' : 0
        if (t !== '-' && t > 0) brh++
        rec += `BRDA:${b * 15 + 3},0,${b % 2},${t}\n`
      }
      rec += `BRF:8\nBRH:${brh}\nLF:${linesPerFile}\nLH:${lh}\nend_of_record\n`
      await write(rec)
    }
  })
  return path
}

/**
 * The monorepo the LCOV report describes, as a directory holding its 20,000 source files (empty), so the
 * tool resolves report paths against files that exist, as it does in a real checkout.
 */
export function generateLcovRepo({ files = 20000 } = {}) {
  const dir = join(out, `lcov-repo-${files}`)
  const done = join(dir, '.complete')
  if (existsSync(done)) return dir
  for (let f = 0; f < files; f++) {
    const src = join(dir, 'packages', `pkg-${String(f % 200).padStart(3, '0')}`, 'src')
    if (f < 200) mkdirSync(src, { recursive: true })
    writeFileSync(join(src, `module-${String(f).padStart(5, '0')}.ts`), '')
  }
  writeFileSync(done, '')
  return dir
}

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com'
}

/**
 * A git repo with `files` Python files of `linesPerFile` lines on branch `base`, and a branch `pr` that edits
 * `changed` of them (2 lines rewritten + 4 inserted each); plus a Cobertura report for `pr` (every line
 * coverable, ~18% uncovered). Returns { repo, report }.
 */
export async function generateCoberturaRepo({
  files = 20000,
  linesPerFile = 60,
  changed = 300,
  seed = 2
} = {}) {
  const dir = join(out, `cobertura-repo-${files}x${linesPerFile}-${changed}`)
  const repo = join(dir, 'repo')
  const report = join(dir, 'coverage.xml')
  if (existsSync(report)) return { repo, report }
  mkdirSync(repo, { recursive: true })
  const git = (...args) =>
    execFileSync('git', args, { cwd: repo, env: GIT_ENV, stdio: 'pipe', maxBuffer: 1 << 28 })
  git('init', '-q', '-b', 'base')
  const pathOf = f => `pkg${String(f % 100).padStart(2, '0')}/mod_${String(f).padStart(5, '0')}.py`
  const body = (f, edited) => {
    const lines = []
    for (let n = 1; n <= linesPerFile; n++) lines.push(`v${n} = ${f} + ${n}`)
    if (edited) {
      lines[9] = `v10 = "edited ${f}"`
      lines[29] = `v30 = "edited ${f}"`
      lines.splice(40, 0, 'ins1 = 1', 'ins2 = 2', 'ins3 = 3', 'ins4 = 4')
    }
    return lines.join('\n') + '\n'
  }
  for (let f = 0; f < files; f++) {
    const p = join(repo, pathOf(f))
    mkdirSync(dirname(p), { recursive: true })
    writeFileSync(p, body(f, false))
  }
  git('add', '-A')
  git('commit', '-qm', 'base')
  git('checkout', '-qb', 'pr')
  const step = Math.floor(files / changed)
  const edited = new Set()
  for (let k = 0; k < changed; k++) edited.add(k * step)
  for (const f of edited) writeFileSync(join(repo, pathOf(f)), body(f, true))
  git('add', '-A')
  git('commit', '-qm', 'pr edits')
  const rnd = prng(seed)
  await writeStream(report, async write => {
    await write(
      `<?xml version="1.0" ?>\n<coverage version="7.4" timestamp="1" lines-valid="0" lines-covered="0" line-rate="0" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">\n<sources>\n<source>${repo}</source>\n</sources>\n<packages>\n`
    )
    for (let f = 0; f < files; f++) {
      const n = linesPerFile + (edited.has(f) ? 4 : 0)
      let s = ''
      if (f % 100 === 0)
        s += `${f ? '</classes></package>\n' : ''}<package name="pkg${String(f % 100).padStart(2, '0')}" line-rate="0" branch-rate="0" complexity="0"><classes>\n`
      s += `<class name="mod_${f}" filename="${pathOf(f)}" complexity="0" line-rate="0" branch-rate="0"><methods/><lines>\n`
      for (let l = 1; l <= n; l++)
        s += `<line number="${l}" hits="${rnd() < 0.82 ? Math.floor(rnd() * 40) + 1 : 0}"/>\n`
      s += '</lines></class>\n'
      await write(s)
    }
    await write('</classes></package>\n</packages>\n</coverage>\n')
  })
  return { repo, report }
}

/**
 * Run a command under /usr/bin/time and return wall ms, peak RSS (MB) and CPU seconds.
 * Throws with the command's stderr when it exits with an unexpected status.
 */
/**
 * The environment every measured process gets: this one without NODE_EXTRA_CA_CERTS. That variable (set on
 * some machines for a registry proxy) makes Node 20 parse the whole extra CA bundle at start-up, about 50 ms
 * per process here, for tools that open no TLS connection; GitHub's runners do not set it.
 */
export function benchEnv(env = process.env) {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env
  return rest
}

export function measure(cmd, args, { cwd = root, okStatus = [0], env: given = process.env } = {}) {
  const env = benchEnv(given)
  const hasTime = existsSync('/usr/bin/time')
  const t0 = performance.now()
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '\n@@time %M %U %S', cmd, ...args], {
        cwd,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 28
      })
    : spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
  const ms = performance.now() - t0
  if (!okStatus.includes(r.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(-2000)}`)
  }
  const m = /@@time (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '')
  return {
    ms: Math.round(ms),
    peakRssMB: m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null,
    cpuMs: m ? Math.round((Number(m[2]) + Number(m[3])) * 1000) : null,
    stdout: r.stdout,
    stderr: hasTime ? r.stderr.replace(/\n?@@time[^\n]*\s*$/, '') : r.stderr
  }
}

/**
 * How to run `quality-gates coverage`: the built CLI (dist/cli/index.js) when it has the coverage command,
 * else a private esbuild bundle of src/cli/coverage.ts (bench/coverage-cli-entry.ts) in bench/.out/.
 * Returns argv prefix for `node`, or throws with a clear message.
 */
export async function coverageCli() {
  const dist = join(root, 'dist', 'cli', 'index.js')
  if (existsSync(dist)) {
    const r = spawnSync(process.execPath, [dist, 'coverage', '--help'], { encoding: 'utf8' })
    if (r.status === 0) return { argv: [dist, 'coverage'], how: 'dist/cli/index.js' }
  }
  const bundle = join(out, 'coverage-cli.cjs')
  const entry = join(root, 'bench', 'coverage-cli-entry.ts')
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Date.now() - 60_000
  if (stale) {
    let esbuild
    try {
      esbuild = await import('esbuild')
    } catch {
      throw new Error(
        'no dist/cli/index.js with a coverage command and no esbuild to bundle src/: run `npm run build` first'
      )
    }
    await esbuild.build({
      entryPoints: [entry],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
      // fdir (under tinyglobby) calls createRequire(import.meta.url), which is empty in a CJS bundle
      banner: { js: 'const __qgImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
      define: { __QG_VERSION__: '"bench"', 'import.meta.url': '__qgImportMetaUrl' }
    })
  }
  return {
    argv: [bundle],
    how: 'bench/.out/coverage-cli.cjs (esbuild bundle of src/cli/coverage.ts; dist/ not built)'
  }
}

/** Best (lowest wall time) of `n` runs: the least disturbed by other load on a shared machine. */
export function best(n, fn) {
  let b
  for (let i = 0; i < n; i++) {
    const r = fn()
    if (!b || r.ms < b.ms) b = r
  }
  return b
}

/** Peak RSS (MB) of an empty Node process (`node -e 0`), lowest of 3: the floor every Node tool starts from. */
export function emptyNodePeakMB() {
  let low = Infinity
  for (let i = 0; i < 3; i++) {
    const r = measure(process.execPath, ['-e', '0'])
    if (r.peakRssMB !== null && r.peakRssMB < low) low = r.peakRssMB
  }
  return Number.isFinite(low) ? low : null
}

/**
 * Best (lowest wall time) of `n` runs each of `a` and `b`, alternating a, b, a, b, … so that both see the
 * same background load on a shared machine. Returns [bestA, bestB]. `warm` (not timed) runs before each
 * run: it reads the inputs, so that both tools find them in the page cache (this machine's memory manager
 * evicts idle file pages within seconds; a cold read of 36 MB adds ~50 ms, which is disk, not parsing).
 */
export function bestPair(n, a, b, warm = () => {}) {
  let ba
  let bb
  for (let i = 0; i < n; i++) {
    warm()
    const ra = a()
    if (!ba || ra.ms < ba.ms) ba = ra
    warm()
    const rb = b()
    if (!bb || rb.ms < bb.ms) bb = rb
  }
  return [ba, bb]
}

/** Read these files (page cache warm-up for bestPair). */
export function readAll(...paths) {
  return () => {
    for (const p of paths) readFileSync(p)
  }
}

export function ratio(peer, ours) {
  return Math.round((peer / ours) * 10) / 10
}

export function fileMB(path) {
  return Math.round((statSync(path).size / 2 ** 20) * 10) / 10
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

export function emit(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

export { writeFileSync }
