// The real ~4 MB JaCoCo report (k1LoW/octocov testdata, http4k) end to end through `quality-gates coverage`:
// process wall time, CPU time and peak RSS. No peer runs here (no JaCoCo CLI is installed); the figure to
// beat is "well under 1 s".
import { existsSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { best, coverageCli, emit, fileMB, measure, root } from './generate-coverage.mjs'

const report = join(root, '..', 'shared', 'corpus', 'coverage', 'octocov', 'jacoco', 'jacocoTestReport.xml')
const fallback = '/work/shared/corpus/coverage/octocov/jacoco/jacocoTestReport.xml'
const path = existsSync(report) ? report : fallback
if (!existsSync(path)) {
  console.error(`the corpus file ${report} is missing (see ../shared/corpus/README.md); skipping`)
  process.exit(1)
}
const cli = await coverageCli()
const repo = mkdtempSync(join(tmpdir(), 'qg-bench-jacoco-'))
try {
  const boot = best(3, () => measure(process.execPath, [...cli.argv, '--help'], { cwd: repo }))
  const ours = best(3, () =>
    measure(process.execPath, [...cli.argv, '--report', path, '--min-project', '0', '--json'], { cwd: repo })
  )
  const o = JSON.parse(ours.stdout)
  emit({
    name: 'coverage: JaCoCo 4 MB end to end',
    input: `${fileMB(path)} MB, ${o.files.length} files, ${o.project.lines.total} lines, ${o.project.branches.total} branches`,
    ours: { ms: ours.ms, peakRssMB: ours.peakRssMB, cpuMs: ours.cpuMs },
    peerName: 'node startup + CLI load (--help)',
    peer: { ms: boot.ms, peakRssMB: boot.peakRssMB, cpuMs: boot.cpuMs },
    ratio: null,
    target: 'well under 1 s CPU',
    note: `best of 3; CPU ${ours.cpuMs} ms of which ~${boot.cpuMs} ms is node + bundle start-up; ours via ${cli.how}`
  })
} finally {
  rmSync(repo, { recursive: true, force: true })
}
