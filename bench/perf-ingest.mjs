// k6 `--out json` ingestion: ours (src/perf, streamed Buffer line splitter with the byte pre-check) vs a plain
// `readline` + `JSON.parse` loop over the same generated file, both as child processes under /usr/bin/time,
// both keeping http_req_duration per name tag and printing count and k6-rule p95 per endpoint (asserted equal).
// Memory: a second file twice the size with the same kept samples (extra points of another metric) shows that
// peak RSS follows the samples kept, not the file size. Target: ≥ 100 MB/s.
import { createReadStream, createWriteStream, existsSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { generateK6Ndjson, perfLib } from './_perf-lib.mjs'
import { bestPair, emit, emptyNodePeakMB, measure, out, readAll } from './generate-coverage.mjs'

const REQUESTS = 70_000
const file = await generateK6Ndjson(join(out, `k6-${REQUESTS}.json`), { requests: REQUESTS })
const big = await generateK6Ndjson(join(out, `k6-${REQUESTS}-x2.json`), {
  requests: REQUESTS,
  extraPerRequest: 9
})
const gz = `${file}.gz`
if (!existsSync(gz)) {
  await pipeline(createReadStream(file), createGzip({ level: 6 }), createWriteStream(`${gz}.tmp`))
  renameSync(`${gz}.tmp`, gz)
}
const { path: libPath } = await perfLib()

const oursScript = join(out, 'perf-ingest-ours.mjs')
writeFileSync(
  oursScript,
  `import { readK6Ndjson, defaultLoadOptions, summarize } from ${JSON.stringify(libPath)}
const run = await readK6Ndjson(process.argv[2], process.argv[2], defaultLoadOptions())
const rows = [...run.endpoints.values()].map(e => [e.key.name, e.count, summarize(e.samples).p95]).sort()
console.log(JSON.stringify(rows))
`
)
const peerScript = join(out, 'perf-ingest-readline.mjs')
writeFileSync(
  peerScript,
  `import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
const byName = new Map()
const rl = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })
for await (const line of rl) {
  if (!line) continue
  const o = JSON.parse(line)
  if (o.type !== 'Point' || o.metric !== 'http_req_duration') continue
  const name = o.data.tags?.name ?? o.data.tags?.url ?? '(no name)'
  let a = byName.get(name)
  if (!a) byName.set(name, (a = []))
  a.push(o.data.value)
}
const p = (s, q) => { const i = q * (s.length - 1), lo = Math.floor(i), j = s[lo], k = s[Math.ceil(i)]; return s.length === 1 ? s[0] : j + (k - j) * (i - lo) }
const rows = [...byName].map(([n, a]) => { a.sort((x, y) => x - y); return [n, a.length, p(a, 0.95)] }).sort()
console.log(JSON.stringify(rows))
`
)

const mb = p => statSync(p).size / 2 ** 20
const rate = (p, ms) => Math.round((mb(p) / (ms / 1000)) * 10) / 10
const [ours, peer] = bestPair(
  5,
  () => measure(process.execPath, [oursScript, file]),
  () => measure(process.execPath, [peerScript, file]),
  readAll(file)
)
if (ours.stdout !== peer.stdout) throw new Error(`results differ:\nours ${ours.stdout}\npeer ${peer.stdout}`)
const [oursGz] = bestPair(
  3,
  () => measure(process.execPath, [oursScript, gz]),
  () => ({ ms: 0 }),
  readAll(gz)
)
if (oursGz.stdout !== ours.stdout) throw new Error('gzip result differs from plain')
const [oursBig, peerBig] = bestPair(
  3,
  () => measure(process.execPath, [oursScript, big]),
  () => measure(process.execPath, [peerScript, big]),
  readAll(big)
)
if (oursBig.stdout !== ours.stdout) throw new Error('the x2 file (same kept samples) gave other numbers')
const nodeMB = emptyNodePeakMB()
const ratio = Math.round((peer.ms / ours.ms) * 10) / 10
emit({
  name: 'perf: k6 --out json ingestion (http_req_duration by name)',
  ours: { ms: ours.ms, peakRssMB: ours.peakRssMB, cpuMs: ours.cpuMs },
  peerName: 'readline + JSON.parse',
  peer: { ms: peer.ms, peakRssMB: peer.peakRssMB, cpuMs: peer.cpuMs },
  ratio,
  target: '≥ 100 MB/s, memory by samples kept',
  note: `${mb(file).toFixed(0)} MB, ${REQUESTS * 9} points, ${REQUESTS} kept; best of 5 alternating runs; ours ${rate(file, ours.ms)} MB/s vs ${rate(file, peer.ms)} MB/s; .gz (${mb(gz).toFixed(0)} MB) ${oursGz.ms} ms = ${rate(file, oursGz.ms)} MB/s of JSON; same kept samples in a ${mb(big).toFixed(0)} MB file: ours ${oursBig.ms} ms (${rate(big, oursBig.ms)} MB/s), ${oursBig.peakRssMB} MB peak vs ${ours.peakRssMB} MB (readline: ${peerBig.ms} ms, ${peerBig.peakRssMB} MB); empty Node ${nodeMB} MB; equal counts and p95 asserted`
})
