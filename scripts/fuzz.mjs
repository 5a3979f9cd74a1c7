// npm run fuzz [-- --runs N] [--seed S] [test/fuzz/<file>.test.ts …]
// Runs the property-based fuzz tests (test/fuzz/) through jest with many more cases than `npm test` uses
// (default 10,000 per target, slow targets in proportion) and a random seed, then prints the cases run per
// target and the seed. Re-run a failure with the printed seed: `npm run fuzz -- --seed S`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = name => {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const v = args[i + 1]
  args.splice(i, 2)
  return v
}
const runs = Number(option('--runs') ?? 10000)
const seed = Number(option('--seed') ?? Math.floor(Math.random() * 2 ** 31))
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S] [test files]')
  process.exit(2)
}
const dir = mkdtempSync(join(tmpdir(), 'qg-fuzz-'))
const reportFile = join(dir, 'report.jsonl')
console.log(`fuzz: ${runs} cases per target, seed ${seed}`)
const r = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--testTimeout=3600000',
    ...(args.length > 0 ? args : ['test/fuzz'])
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_REPORT: reportFile }
  }
)
const rows = existsSync(reportFile)
  ? readFileSync(reportFile, 'utf8')
      .split('\n')
      .filter(l => l !== '')
      .map(l => JSON.parse(l))
  : []
console.log(`\nfuzz: seed ${seed}`)
for (const s of rows) {
  const slow = s.slow.length > 0 ? `, ${s.slow.length} case(s) over 2 s` : ''
  console.log(`  ${String(s.runs).padStart(7)} cases  max ${Math.round(s.maxMs)} ms${slow}  ${s.target}`)
}
if (r.status !== 0)
  console.log(
    `fuzz: FAILED (jest exit ${r.status}); re-run with: npm run fuzz -- --seed ${seed} --runs ${runs}`
  )
rmSync(dir, { recursive: true, force: true })
process.exit(r.status ?? 1)
