// Cobertura of a 20,000-file repository (~37 MB) and a 300-file change in a real git repo: patch coverage
// with `quality-gates coverage --diff-base base` vs `diff-cover --compare-branch=base`. The two must
// report the same changed-line totals (asserted), then wall time, CPU and peak RSS are compared.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import {
  bestPair,
  coverageCli,
  emit,
  emptyNodePeakMB,
  fileMB,
  generateCoberturaRepo,
  measure,
  out,
  ratio,
  readAll,
  readJson
} from './generate-coverage.mjs'

try {
  execFileSync('diff-cover', ['--version'], { stdio: 'pipe' })
} catch {
  console.error('diff-cover is not installed (Debian package diff-cover); cannot run the peer')
  process.exit(1)
}

const { repo, report } = await generateCoberturaRepo()
const cli = await coverageCli()
const dcOut = join(out, 'diff-cover.json')
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }

// Alternating runs (ours, peer, ours, …): both see the same background load.
const [ours, peer] = bestPair(
  4,
  () =>
    measure(
      process.execPath,
      [...cli.argv, '--report', report, '--diff-base', 'base', '--partial', 'hit', '--json'],
      {
        cwd: repo,
        env
      }
    ),
  () =>
    measure('diff-cover', [report, '--compare-branch=base', '--json-report', dcOut, '-q'], {
      cwd: repo,
      env
    }),
  readAll(report)
)
const o = JSON.parse(ours.stdout)
const d = readJson(dcOut)
const total = o.patch.lines?.total ?? 0
const uncovered = total - (o.patch.lines?.covered ?? 0)
if (
  total !== d.total_num_lines ||
  uncovered !== d.total_num_violations ||
  o.patch.files.length !== Object.keys(d.src_stats).length
) {
  throw new Error(
    `numbers differ: ours ${JSON.stringify(o.patch.lines)} in ${o.patch.files.length} files, diff-cover ${d.total_num_lines} lines / ${d.total_num_violations} violations in ${Object.keys(d.src_stats).length} files`
  )
}
const nodeMB = emptyNodePeakMB()
const above = nodeMB === null ? null : Math.round((ours.peakRssMB - nodeMB) * 10) / 10
emit({
  name: 'coverage: Cobertura 20k files + 300-file diff (patch coverage)',
  input: `${o.files.length} files, ${o.project.lines.total} lines, ${fileMB(report)} MB; ${o.patch.files.length} changed files, ${total} changed coverable lines`,
  ours: { ms: ours.ms, peakRssMB: ours.peakRssMB, cpuMs: ours.cpuMs, peakAboveEmptyNodeMB: above },
  emptyNodePeakMB: nodeMB,
  peerName: 'diff-cover 7.4.0',
  peer: { ms: peer.ms, peakRssMB: peer.peakRssMB, cpuMs: peer.cpuMs },
  ratio: ratio(peer.ms, ours.ms),
  cpuRatio: ratio(peer.cpuMs, ours.cpuMs),
  target: '≥ 5× faster',
  note: `best of 4 alternating runs each, inputs read into the page cache before each run; CPU ${ours.cpuMs} vs ${peer.cpuMs} ms = ratio ${ratio(peer.cpuMs, ours.cpuMs)}×; peak above an empty Node process (${nodeMB} MB) = ${above} MB; equal totals asserted (${total - uncovered}/${total}); ours via ${cli.how}`
})
