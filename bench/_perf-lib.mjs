// Shared by bench/perf-*.mjs (the leading _ keeps scripts/bench.mjs from running it as a bench):
// an esbuild bundle of src/perf for Node, and a generator of realistic k6 `--out json` files.
import { createWriteStream, existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { out, prng, root } from './generate-coverage.mjs'

/** Bundle src/perf (stats, percentiles, ingestion) into bench/.out/perf-lib.mjs and import it. */
export async function perfLib() {
  const outfile = join(out, 'perf-lib.mjs')
  const esbuild = await import('esbuild')
  await esbuild.build({
    stdin: {
      contents: [
        "export * from './src/perf/stats.ts'",
        "export * from './src/perf/percentile.ts'",
        "export * from './src/perf/model.ts'",
        "export { readK6Ndjson } from './src/perf/k6-ndjson.ts'",
        "export { loadRun } from './src/perf/load.ts'"
      ].join('\n'),
      resolveDir: root,
      loader: 'ts'
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error'
  })
  return { path: outfile, lib: await import(`${outfile}?${Date.now()}`) }
}

const METRICS = [
  ['http_reqs', 'counter', 'default'],
  ['http_req_duration', 'trend', 'time'],
  ['http_req_blocked', 'trend', 'time'],
  ['http_req_connecting', 'trend', 'time'],
  ['http_req_tls_handshaking', 'trend', 'time'],
  ['http_req_sending', 'trend', 'time'],
  ['http_req_waiting', 'trend', 'time'],
  ['http_req_receiving', 'trend', 'time'],
  ['http_req_failed', 'rate', 'default']
]
const ENDPOINTS = [
  'GET /api/users/:id',
  'POST /api/orders',
  'GET /api/catalog',
  'GET /health',
  'PUT /api/cart'
]

/**
 * A k6 `--out json` file as k6 writes it for `requests` HTTP requests: Metric declarations, then per request
 * one Point per built-in HTTP metric (9 lines, ~330 bytes each), per iteration data_sent/data_received/
 * iterations/iteration_duration. `extraPerRequest` adds that many points of a custom metric per request
 * (a bigger file with the same kept samples).
 */
export async function generateK6Ndjson(path, { requests, seed = 1, extraPerRequest = 0 }) {
  if (existsSync(path)) return path
  const rnd = prng(seed)
  const ws = createWriteStream(`${path}.tmp`)
  let buf = ''
  const flush = async () => {
    if (!ws.write(buf)) await new Promise(r => ws.once('drain', r))
    buf = ''
  }
  const decl = ([name, type, contains]) =>
    `{"type":"Metric","data":{"name":"${name}","type":"${type}","contains":"${contains}","thresholds":[],"submetrics":null},"metric":"${name}"}\n`
  for (const m of METRICS) buf += decl(m)
  if (extraPerRequest) buf += decl(['custom_gauge', 'gauge', 'default'])
  let t = Date.parse('2026-01-01T00:00:00Z')
  for (let i = 0; i < requests; i++) {
    const name = ENDPOINTS[i % ENDPOINTS.length]
    const id = Math.floor(rnd() * 100000)
    const url = `https://api.example.test${name.split(' ')[1].replace(':id', String(id))}`
    const time = new Date((t += 3)).toISOString().replace('Z', '123456+00:00')
    const tags = `{"expected_response":"true","group":"","method":"${name.split(' ')[0]}","name":"${name}","proto":"HTTP/1.1","scenario":"default","status":"200","tls_version":"tls1.3","url":"${url}"}`
    const dur = Math.round(Math.exp(3.5 + 0.5 * (rnd() + rnd() + rnd() - 1.5)) * 1e6) / 1e6
    for (const [metric] of METRICS) {
      const v =
        metric === 'http_req_duration'
          ? dur
          : metric === 'http_reqs'
            ? 1
            : metric === 'http_req_failed'
              ? 0
              : Math.round(rnd() * 1e6) / 1e6
      buf += `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${v},"tags":${tags}}}\n`
    }
    for (let x = 0; x < extraPerRequest; x++)
      buf += `{"metric":"custom_gauge","type":"Point","data":{"time":"${time}","value":${x},"tags":${tags}}}\n`
    if (buf.length > 1 << 20) await flush()
  }
  await flush()
  await new Promise((r, j) => ws.end(e => (e ? j(e) : r())))
  renameSync(`${path}.tmp`, path)
  return path
}
