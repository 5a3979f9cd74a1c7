/**
 * Other tools' machine-readable results, one file = one run. Times become milliseconds.
 * - autocannon `-j`: pre-computed latency percentiles (ms) of the whole run, one endpoint (its title or url);
 *   it reports p50, p90, p97_5, p99 but no p95, so its runs leave the p95 verdict inconclusive.
 * - hyperfine `--export-json`: `results[].times` (s) per command = samples.
 * - pytest-benchmark `--benchmark-json`: `benchmarks[].stats.data` (s) = samples when saved
 *   (`--benchmark-save-data`), else the median as a pre-computed p50 only.
 * - Go `go test -bench` text: each `BenchmarkX-N  iters  T ns/op` line is one sample (a mean over the
 *   iterations); `-count N` gives N samples per benchmark. The `-N` GOMAXPROCS suffix is dropped so runs on
 *   different CPU counts still pair up.
 */
import { UserError } from '../../shared/errors.js'
import { SampleCollector } from '../collect.js'
import type { LoadOptions, Percentiles, RunData } from '../model.js'

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

function samplesInto(
  c: SampleCollector,
  source: string,
  name: string,
  values: unknown,
  toMs: number,
  where: string
): void {
  if (!Array.isArray(values)) throw new UserError(`${source}: ${where} is not an array of numbers`)
  for (const v of values) {
    const n = finite(v)
    if (n === null || n < 0)
      throw new UserError(`${source}: ${where} holds a value that is not a non-negative number`)
    c.add({ name }, n * toMs)
  }
}

export function isAutocannon(doc: unknown): boolean {
  return isObj(doc) && isObj(doc.latency) && isObj(doc.requests) && 'p50' in doc.latency
}

export function parseAutocannon(doc: Obj, source: string, options: LoadOptions): RunData {
  const lat = doc.latency as Obj
  const c = new SampleCollector(source, options.limits)
  const name =
    typeof doc.title === 'string' && doc.title ? doc.title : typeof doc.url === 'string' ? doc.url : '(all)'
  const p: Percentiles = {
    p50: finite(lat.p50),
    p90: finite(lat.p90),
    p95: finite(lat.p95),
    p99: finite(lat.p99)
  }
  const count = finite(lat.totalCount) ?? finite((doc.requests as Obj).total)
  c.addPrecomputed({ name }, p, count !== null && Number.isInteger(count) ? count : null)
  const notices =
    p.p95 === null
      ? [`${source}: autocannon reports no p95 (only p90 and p97.5); the p95 verdict stays inconclusive`]
      : []
  return { source, format: 'autocannon', metric: 'latency', endpoints: c.finish(), notices }
}

export function isHyperfine(doc: unknown): boolean {
  return (
    isObj(doc) &&
    Array.isArray(doc.results) &&
    doc.results.every(r => isObj(r) && typeof r.command === 'string')
  )
}

export function parseHyperfine(doc: Obj, source: string, options: LoadOptions): RunData {
  const c = new SampleCollector(source, options.limits)
  const notices: string[] = []
  for (const r of doc.results as Obj[]) {
    const name = r.command as string
    if (Array.isArray(r.times)) samplesInto(c, source, name, r.times, 1000, `results["${name}"].times`)
    else {
      const median = finite(r.median)
      c.addPrecomputed(
        { name },
        { p50: median === null ? null : median * 1000, p90: null, p95: null, p99: null },
        null
      )
      notices.push(`${source}: "${name}" has no times[]; only its median is known`)
    }
  }
  return { source, format: 'hyperfine', metric: 'time', endpoints: c.finish(), notices }
}

export function isPytestBenchmark(doc: unknown): boolean {
  return isObj(doc) && Array.isArray(doc.benchmarks) && isObj(doc.machine_info)
}

export function parsePytestBenchmark(doc: Obj, source: string, options: LoadOptions): RunData {
  const c = new SampleCollector(source, options.limits)
  const notices: string[] = []
  for (const b of doc.benchmarks as unknown[]) {
    if (!isObj(b) || !isObj(b.stats)) throw new UserError(`${source}: a benchmark without stats`)
    const name = typeof b.fullname === 'string' ? b.fullname : typeof b.name === 'string' ? b.name : null
    if (name === null) throw new UserError(`${source}: a benchmark without a name`)
    const stats = b.stats
    if (Array.isArray(stats.data)) samplesInto(c, source, name, stats.data, 1000, `"${name}" stats.data`)
    else {
      const median = finite(stats.median)
      const rounds = finite(stats.rounds)
      c.addPrecomputed(
        { name },
        { p50: median === null ? null : median * 1000, p90: null, p95: null, p99: null },
        rounds !== null && Number.isInteger(rounds) ? rounds : null
      )
      notices.push(
        `${source}: "${name}" has no stats.data (run with --benchmark-save-data); only its median is known`
      )
    }
  }
  return { source, format: 'pytest-benchmark', metric: 'time', endpoints: c.finish(), notices }
}

/** `BenchmarkName[-procs] <iterations> <value> ns/op …`: anchored, one pass, no backtracking across fields. */
const GO_BENCH_LINE = /^(Benchmark\S*)\s+(\d+)\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?) ns\/op(?:\s|$)/
const GO_PROCS_SUFFIX = /-\d+$/

export function looksLikeGoBench(text: string): boolean {
  return text.split('\n', 2000).some(l => GO_BENCH_LINE.test(l))
}

export function parseGoBench(text: string, source: string, options: LoadOptions): RunData {
  const c = new SampleCollector(source, options.limits)
  let lines = 0
  for (const raw of text.split('\n')) {
    const m = GO_BENCH_LINE.exec(raw.trimEnd())
    if (m === null) continue
    const value = Number(m[3])
    if (!Number.isFinite(value)) continue
    c.add({ name: (m[1] as string).replace(GO_PROCS_SUFFIX, '') }, value / 1e6)
    lines++
  }
  if (lines === 0) throw new UserError(`${source}: no "Benchmark… ns/op" lines`)
  return { source, format: 'go-bench', metric: 'ns/op', endpoints: c.finish(), notices: [] }
}
