// `npm run bench`: runs every bench/*.mjs (each measures ours and the named peer side by side in one run and
// prints JSON lines {name, ours, peer, ratio, target, note}), then rewrites BENCHMARKS.md with the figures.
// Benchmarks are never timed assertions in tests; this is where speed and memory are tracked.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { root } from './manifest.mjs'

const only = process.argv[2]
const files = readdirSync(join(root, 'bench'))
  .filter(f => f.endsWith('.mjs') && !f.startsWith('generate-') && !f.startsWith('_'))
  .filter(f => !only || f.includes(only))
  .sort()

// Each bench runs ours and its peer under the Node that runs the bench file: the machine's Node, then the
// Node 24 the actions declare (runs.using: node24) when .ci/run has installed it (npm package node@24).
const node24 = join(root, '.ci', 'node24', 'node_modules', 'node', 'bin', 'node')
const runtimes = [process.execPath]
if (existsSync(node24)) {
  const v = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim()
  if (v !== process.version) runtimes.push(node24)
}
const versionOf = exe =>
  exe === process.execPath
    ? process.version
    : spawnSync(exe, ['--version'], { encoding: 'utf8' }).stdout.trim()

const results = []
for (const file of files)
  for (const exe of runtimes) {
    const node = versionOf(exe)
    process.stderr.write(`bench ${file} (Node ${node}) …\n`)
    const r = spawnSync(exe, [join(root, 'bench', file)], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26
    })
    if (r.status !== 0) {
      process.stderr.write(`${file} failed (${r.status}):\n${r.stderr}\n`)
      results.push({ name: file, node, error: (r.stderr || '').trim().split('\n').slice(-1)[0] })
      continue
    }
    for (const line of r.stdout.split('\n')) {
      if (!line.trim().startsWith('{')) continue
      try {
        results.push({ ...JSON.parse(line), node })
      } catch {
        /* not a result line */
      }
    }
  }

const fmt = m => (m ? `${m.ms.toFixed(0)} ms, ${m.peakRssMB.toFixed(0)} MB peak` : '–')
// A result may carry a markdown `section` (figures that are no timing row, e.g. bench/perf-sim.mjs): printed
// once after the table; such a result without `ours` gets no row.
const sections = [...new Set(results.filter(r => r.section).map(r => r.section))]
const rows = results
  .filter(r => r.error || r.ours)
  .map(r =>
    r.error
      ? `| ${r.name} | ${r.node} | failed: ${r.error} | | | |`
      : `| ${r.name} | ${r.node} | ${fmt(r.ours)} | ${r.peerName ?? 'peer'}: ${fmt(r.peer)} | ${r.ratio ?? '–'} | ${r.target ?? ''}${r.note ? ` — ${r.note}` : ''} |`
  )
// What BENCHMARKS.md holds now: the table's rows, and its sections (each from a `## ` or `### ` heading to the
// next), some written by hand. A section this run emits replaces the one with the same heading; the others stay,
// in place. A run of some benches (`npm run bench <filter>`) keeps the other benches' rows too; a full run
// writes the table afresh.
const benchmarksFile = join(root, 'BENCHMARKS.md')
const previous = existsSync(benchmarksFile) ? readFileSync(benchmarksFile, 'utf8') : ''
const firstSection = previous.search(/^#{2,3} /m)
const previousHead = firstSection < 0 ? previous : previous.slice(0, firstSection)
const previousSections = firstSection < 0 ? [] : previous.slice(firstSection).split(/^(?=#{2,3} )/m)
const headingOf = section => section.split('\n', 1)[0].trim()
const rowKey = row => row.split(' | ').slice(0, 2).join(' | ')
if (only) {
  // The earlier rows in their order, each re-measured one in its place; rows new to the table at the end. (A bench
  // that failed this time writes a row under its file name; its earlier rows stay until it runs again.)
  const fresh = new Map(rows.map(r => [rowKey(r), r]))
  const merged = previousHead
    .split('\n')
    .filter(l => l.startsWith('| ') && !l.startsWith('| benchmark |'))
    .map(l => fresh.get(rowKey(l)) ?? l)
  const placed = new Set(merged.map(rowKey))
  rows.splice(0, rows.length, ...merged, ...rows.filter(r => !placed.has(rowKey(r))))
}
// Every section emitted under a heading (one per Node when a bench runs under two) replaces the earlier ones.
const emitted = new Map()
for (const s of sections) emitted.set(headingOf(s), [...(emitted.get(headingOf(s)) ?? []), s.trim()])
const mergedSections = []
for (const s of previousSections) {
  const h = headingOf(s)
  if (!emitted.has(h)) mergedSections.push(s.trim())
  else if (emitted.get(h).length > 0) mergedSections.push(...emitted.get(h).splice(0))
}
for (const group of emitted.values()) mergedSections.push(...group)
const md = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB.
Ours and the peer run in the same session on the same input, both under the Node named in the row (the
machine's, and Node 24 — the runtime the actions declare — when \`.ci/run\` has installed it); the ratio is peer
time / our time (higher is better), with peak resident memory of each process. Each figure is the best of several
alternating runs; on a shared 2-core VM the peers' own best times still move by ±20% from one \`npm run bench\` to
the next (lcov-parse: 2.3–4.1 s), so compare ratios over several runs, not one. Measured processes run without
\`NODE_EXTRA_CA_CERTS\`: where it is set (this machine sets it for its registry proxy), Node 20 parses the whole
extra CA bundle at every start-up, about 50 ms, for tools that open no connection; GitHub's runners do not set it.

| benchmark | Node | ours | peer | speed ratio | target |
|---|---|---|---|---|---|
${rows.join('\n')}
${mergedSections.map(s => `\n${s}\n`).join('')}`
writeFileSync(join(root, 'BENCHMARKS.md'), md)
process.stdout.write(md)
