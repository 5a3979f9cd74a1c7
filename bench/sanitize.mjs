// The fork-content markdown sanitiser (src/shared/sanitize.ts) on adversarial inputs: each input at n and
// 4n characters, in process. No peer: the regex sanitiser it replaced is gone, so the figure that matters is
// our own growth ratio time(4n)/time(n), ≈ 4 for a linear pass (the old one showed 14–16 on one long word).
// Prints JSON lines {name, ours, peer, ratio, target, note}; `ours.ms` is the time for the 4n input.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { emit, out, root } from './generate-coverage.mjs'

const esbuild = await import('esbuild')
const bundle = join(out, 'sanitize.mjs')
await esbuild.build({
  entryPoints: [join(root, 'src', 'shared', 'sanitize.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error'
})
const { sanitizeMarkdown } = await import(pathToFileURL(bundle).href)

// 1 MiB and 4 MiB: below ~1 MiB the small run fits in the young generation and the ratio measures the GC, not us.
const N = Number(process.env.SANITIZE_BENCH_CHARS ?? 1024 * 1024)
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
const inputs = {
  'one long word': n => fill('a', n),
  'www run (no dot)': n => fill('w', n),
  'backslash run before ![': n => `${fill('\\', n - 8)}x ![a]`,
  'table delimiter row': n => `a|b\n${fill('| -', n - 6)} x`,
  'list-marker row with a pipe': n => `a|b\n${fill('-- ', n - 6)}|x`,
  'nested brackets': n => fill('[', n / 2) + fill('](', n / 2),
  'nested emphasis': n => fill('*_~', n),
  'many <': n => fill('<', n),
  'unclosed inline tags': n => fill('<b>', n),
  'entities and mentions': n => fill('@&#111;ctocat #1 GH-2 o/r#3 ', n),
  'bare URLs': n => fill('https://github.com/o/r/issues/1 www.x.io ', n),
  'backtick runs': n => {
    let s = ''
    for (let i = 1; s.length < n; i++) s += `${'`'.repeat(i % 64)}x`
    return s.slice(0, n)
  },
  'ordinary markdown': n =>
    fill('| `src/a.ts` | 90 % |\n- item *one* [l](https://github.com/o/r/blob/main/a)\n', n)
}
const opts = { repository: { owner: 'o', repo: 'r' }, links: 'repository' }

function timeOf(md, runs) {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    sanitizeMarkdown(md, opts)
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6)
  }
  return best
}

for (const [name, make] of Object.entries(inputs)) {
  const small = make(N)
  const large = make(4 * N)
  timeOf(small, 1) // warm-up (JIT)
  const ms1 = timeOf(small, 5)
  const ms4 = timeOf(large, 3)
  const growth = Math.round((ms4 / ms1) * 10) / 10
  const mbps = Math.round((large.length / 2 ** 20 / (ms4 / 1000)) * 10) / 10
  emit({
    name: `sanitize: ${name}`,
    input: `${N} and ${4 * N} characters`,
    ours: { ms: Math.round(ms4 * 10) / 10, peakRssMB: process.memoryUsage().rss / 2 ** 20 },
    peerName: 'none (previous implementation gone)',
    ratio: growth,
    target: 'linear: growth ratio ≤ ~5 for 4× input',
    note: `growth time(4n)/time(n) = ${growth} (${ms1.toFixed(1)} → ${ms4.toFixed(1)} ms); ${mbps} MB/s at 4n`
  })
}
