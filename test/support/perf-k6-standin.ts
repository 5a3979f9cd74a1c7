/**
 * A stand-in `k6` for tests of the perf gate's running path (k6 itself cannot be downloaded here): a node script
 * that answers `k6 version` and, for `k6 run --out json=<file> <script>`, replays real k6 `--out json` output
 * (../shared/corpus/k6/xk6-dashboard/result.json, whose oracles are in ../shared/corpus/k6/expected.json) into
 * `<file>`.
 *
 * It reads its knobs from its environment, which the gate's `env` / `baseline-env` settings (or the test's own
 * environment) give it:
 * - K6_STANDIN_LOG: a file it appends one JSON line per `run` to: {args, cwd, BASE_URL, LATENCY_SCALE, leaked}
 *   (`leaked`: runner credentials that reached it; there must be none);
 * - LATENCY_SCALE: multiply every http_req_duration Point value (with a small deterministic per-run jitter, so
 *   runs differ as real ones do); unset = the file is copied byte for byte;
 * - K6_STANDIN_REPEAT: write the Point lines this many times (more samples per endpoint);
 * - K6_STANDIN_EXIT: the exit code; 99 writes the output first (k6: thresholds failed, results valid), any
 *   other non-zero code writes nothing and prints a k6-like error line.
 * A missing script exits 107 as k6 does for a script it cannot load.
 */
import { existsSync } from 'node:fs'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const K6_CORPUS = join(root, '..', 'shared', 'corpus', 'k6')
export const K6_REPLAY = join(K6_CORPUS, 'xk6-dashboard', 'result.json')
export const haveK6Corpus = existsSync(K6_REPLAY)

/** The stand-in's source, reporting `version` and replaying `replay`. */
export function k6StandInSource(version = '2.2.0', replay = K6_REPLAY): string {
  return `#!${process.execPath}
'use strict'
const fs = require('node:fs')
const args = process.argv.slice(2)
const env = process.env
if (args[0] === 'version') {
  console.log('k6 v${version} (stand-in, go1.24.0, linux/amd64)')
  process.exit(0)
}
if (args[0] !== 'run') {
  console.error('stand-in k6: unknown command ' + args[0])
  process.exit(2)
}
const out = args.find(a => a.startsWith('json='))?.slice(5)
const script = args[args.length - 1]
let previous = 0
if (env.K6_STANDIN_LOG) {
  if (fs.existsSync(env.K6_STANDIN_LOG)) previous = fs.readFileSync(env.K6_STANDIN_LOG, 'utf8').split('\\n').length - 1
  fs.appendFileSync(env.K6_STANDIN_LOG, JSON.stringify({
    args, cwd: process.cwd(), BASE_URL: env.BASE_URL ?? null, LATENCY_SCALE: env.LATENCY_SCALE ?? null,
    leaked: Object.keys(env).filter(k => /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_TOKEN$|GITHUB_TOKEN$)/.test(k))
  }) + '\\n')
}
if (!fs.existsSync(script)) {
  console.error('level=error msg="could not load script: open ' + script + ': no such file or directory"')
  process.exit(107)
}
console.log('          /\\\\      Grafana   /‾‾/  (stand-in)')
const code = Number(env.K6_STANDIN_EXIT ?? 0)
if (code !== 0 && code !== 99) {
  console.error('level=error msg="stand-in exits ' + code + '"')
  process.exit(code)
}
const text = fs.readFileSync(${JSON.stringify(replay)}, 'utf8')
const lines = text.split('\\n').filter(l => l !== '')
const scale = env.LATENCY_SCALE === undefined ? null : Number(env.LATENCY_SCALE) * (1 + 0.02 * Math.sin(previous + 1))
const repeat = Math.max(1, Math.min(100, Number(env.K6_STANDIN_REPEAT ?? 1)))
const decls = []
const points = []
for (const line of lines) {
  let l = line
  const o = JSON.parse(line)
  if (o.type === 'Point' && o.metric === 'http_req_duration' && scale !== null) {
    o.data.value = o.data.value * scale
    l = JSON.stringify(o)
  }
  ;(o.type === 'Metric' ? decls : points).push(l)
}
if (scale === null && repeat === 1) fs.copyFileSync(${JSON.stringify(replay)}, out)
else {
  const body = [...decls]
  for (let i = 0; i < repeat; i++) body.push(...points)
  fs.writeFileSync(out, body.join('\\n') + '\\n')
}
if (code === 99) console.error('level=error msg="thresholds on metrics \\'http_req_duration\\' have been crossed"')
process.exitCode = code
`
}

/** Write the stand-in as `<dir>/k6` (executable) and return its path. */
export async function installK6StandIn(dir: string, version?: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = join(dir, 'k6')
  await writeFile(file, k6StandInSource(version))
  await chmod(file, 0o755)
  return file
}
