// `npm run bench`: runs every bench/*.mjs (each measures ours and the named peer side by side in one run and
// prints JSON lines {name, ours, peer, ratio, target, note}), then rewrites BENCHMARKS.md with the figures.
// Benchmarks are never timed assertions in tests; this is where speed and memory are tracked.
import { spawnSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { root } from './manifest.mjs'

const only = process.argv[2]
const files = readdirSync(join(root, 'bench'))
  .filter(f => f.endsWith('.mjs') && !f.startsWith('generate-') && !f.startsWith('_'))
  .filter(f => !only || f.includes(only))
  .sort()

const results = []
for (const file of files) {
  process.stderr.write(`bench ${file} …\n`)
  const r = spawnSync(process.execPath, [join(root, 'bench', file)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  if (r.status !== 0) {
    process.stderr.write(`${file} failed (${r.status}):\n${r.stderr}\n`)
    results.push({ name: file, error: (r.stderr || '').trim().split('\n').slice(-1)[0] })
    continue
  }
  for (const line of r.stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue
    try {
      results.push(JSON.parse(line))
    } catch {
      /* not a result line */
    }
  }
}

const fmt = m => (m ? `${m.ms.toFixed(0)} ms, ${m.peakRssMB.toFixed(0)} MB peak` : '–')
const rows = results.map(r =>
  r.error
    ? `| ${r.name} | failed: ${r.error} | | | |`
    : `| ${r.name} | ${fmt(r.ours)} | ${r.peerName ?? 'peer'}: ${fmt(r.peer)} | ${r.ratio ?? '–'} | ${r.target ?? ''}${r.note ? ` — ${r.note}` : ''} |`
)
const md = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Ours and the peer run in the same session on the same input; the ratio is peer time / our time (higher is better),
with peak resident memory of each process.

| benchmark | ours | peer | speed ratio | target |
|---|---|---|---|---|
${rows.join('\n')}
`
writeFileSync(join(root, 'BENCHMARKS.md'), md)
process.stdout.write(md)
