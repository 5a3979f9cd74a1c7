// Seeded simulation of the perf gate's statistics (src/perf/stats.ts, bundled) against the rules others use,
// on the same simulated runs. Model: 3 endpoints (median 40, 120, 300 ms), request times log-normal
// (σ = 0.5), 400 requests per endpoint per run, and a log-normal run effect exp(N(0, 0.10²)) shared by the
// endpoints of a run ("10 % run-to-run noise"). A regression multiplies one endpoint's request times at head.
// Peers: github-action-benchmark's rule (head's last run p95 / base's last run p95, alert above 200 % and
// above 110 %), and a Welch t-test on log per-run p95 (two-sided α = 0.05 per endpoint, no correction).
// Targets at 5 runs per side: ≤ 5 % of no-change comparisons raise any regression, ≥ 90 % of 40 % p95
// regressions called, an improvement never called a regression. Prints a bench row and a markdown section.
// Machine shift: no code change, but the head runs on a machine slower by 5 % or 10 % than the one that measured
// the base (a stored baseline from another runner type), against both sides measured interleaved in one job
// (the shift touches both alike). `node bench/perf-sim.mjs --only=machine-shift` runs and prints only those rows.
import { emit, prng } from './generate-coverage.mjs'
import { perfLib } from './_perf-lib.mjs'

const { lib } = await perfLib()
const { compare, endpointId, k6Percentile } = lib

const MEDIANS = [40, 120, 300]
const REQUEST_SIGMA = 0.5
const PER_RUN = 400
const RUN_NOISE = 0.1
const REPS = 1000
const CURVE_REPS = 300

let rnd = prng(20260101)
const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())

/**
 * One run's samples per endpoint: factor[e] multiplies endpoint e (the change under test), `machine` every
 * request of the run (a slower or faster runner).
 */
function simRun(source, factors, machine = 1) {
  const runEffect = machine * Math.exp(RUN_NOISE * normal())
  const endpoints = new Map()
  MEDIANS.forEach((median, e) => {
    const samples = new Float64Array(PER_RUN)
    for (let i = 0; i < PER_RUN; i++)
      samples[i] = median * factors[e] * runEffect * Math.exp(REQUEST_SIGMA * normal())
    samples.sort()
    const key = { name: `endpoint-${e}` }
    endpoints.set(endpointId(key), { key, count: PER_RUN, samples, sum: null, precomputed: null })
  })
  return { source, format: 'generic', metric: 'x', endpoints, notices: [] }
}

const p95 = run =>
  MEDIANS.map((_, e) => k6Percentile(run.endpoints.get(endpointId({ name: `endpoint-${e}` })).samples, 0.95))

// Welch t-test (two-sided) via the regularised incomplete beta function (Lentz's continued fraction).
/** ln Γ(x) for x > 0: Stirling's series after shifting x above 7 (error < 1e-10, plenty for a p-value). */
function lgamma(x) {
  let shift = 0
  while (x < 7) {
    shift += Math.log(x)
    x += 1
  }
  const inv = 1 / x
  const inv2 = inv * inv
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260))
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift
}
function betacf(a, b, x) {
  let qab = a + b,
    qap = a + 1,
    qam = a - 1,
    c = 1,
    d = 1 - (qab * x) / qap
  d = 1 / (Math.abs(d) < 1e-300 ? 1e-300 : d)
  let h = d
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2))
    d = 1 + aa * d
    d = 1 / (Math.abs(d) < 1e-300 ? 1e-300 : d)
    c = 1 + aa / c
    c = Math.abs(c) < 1e-300 ? 1e-300 : c
    h *= d * c
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2))
    d = 1 + aa * d
    d = 1 / (Math.abs(d) < 1e-300 ? 1e-300 : d)
    c = 1 + aa / c
    c = Math.abs(c) < 1e-300 ? 1e-300 : c
    const del = d * c
    h *= del
    if (Math.abs(del - 1) < 3e-14) break
  }
  return h
}
function ibeta(a, b, x) {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const bt = Math.exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  return x < (a + 1) / (a + b + 2) ? (bt * betacf(a, b, x)) / a : 1 - (bt * betacf(b, a, 1 - x)) / b
}
function welchRegression(head, base, alpha = 0.05) {
  const n1 = head.length,
    n2 = base.length
  if (n1 < 2 || n2 < 2) return false
  const mean = a => a.reduce((s, v) => s + v, 0) / a.length
  const vari = (a, m) => a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1)
  const m1 = mean(head),
    m2 = mean(base),
    v1 = vari(head, m1) / n1,
    v2 = vari(base, m2) / n2
  const t = (m1 - m2) / Math.sqrt(v1 + v2)
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
  const p = ibeta(df / 2, 0.5, df / (df + t * t)) // two-sided
  return t > 0 && p < alpha
}

/**
 * One comparison: runs per side, factors at head, the machines of the base and head runs. Returns, per rule, the
 * set of endpoints called regressions.
 */
function trial(runs, headFactors, machines = { base: 1, head: 1 }) {
  const base = Array.from({ length: runs }, (_, i) => simRun(`base${i}`, [1, 1, 1], machines.base))
  const head = Array.from({ length: runs }, (_, i) => simRun(`head${i}`, headFactors, machines.head))
  const ours = compare(base, head)
  const verdicts = MEDIANS.map((_, e) => ours.endpoints.find(x => x.key.name === `endpoint-${e}`).verdict)
  const bp = base.map(p95),
    hp = head.map(p95)
  const last = e => hp[runs - 1][e] / bp[runs - 1][e]
  return {
    ours: verdicts.map(v => v === 'regression'),
    oursImprovement: verdicts.map(v => v === 'improvement'),
    gab200: MEDIANS.map((_, e) => last(e) > 2),
    gab110: MEDIANS.map((_, e) => last(e) > 1.1),
    welch: MEDIANS.map((_, e) =>
      welchRegression(
        hp.map(r => Math.log(r[e])),
        bp.map(r => Math.log(r[e]))
      )
    )
  }
}

const RULES = ['ours', 'gab200', 'gab110', 'welch']
const pct = (k, n) => Math.round((1000 * k) / n) / 10

function scenario(runs, factors, reps, target, machines) {
  const counts = Object.fromEntries(RULES.map(r => [r, 0]))
  for (let i = 0; i < reps; i++) {
    const t = trial(runs, factors, machines)
    for (const r of RULES) if (target === 'any' ? t[r].some(Boolean) : t[r][target]) counts[r]++
  }
  return Object.fromEntries(RULES.map(r => [r, pct(counts[r], reps)]))
}

const row = (label, f) => `| ${label} | ${RULES.map(r => f(r)).join(' | ')} |`

/** No code change, head on a machine slower by `shift`: stored baseline (base on the other machine) vs interleaved. */
function machineShiftRows() {
  const rows = []
  ;[0.05, 0.1].forEach((shift, i) => {
    rnd = prng(10 + i)
    const stored = scenario(5, [1, 1, 1], REPS, 'any', { base: 1, head: 1 + shift })
    rnd = prng(20 + i)
    const interleaved = scenario(5, [1, 1, 1], REPS, 'any', { base: 1 + shift, head: 1 + shift })
    const pctShift = Math.round(shift * 100)
    rows.push(
      row(
        `no change, head's runner ${pctShift} % slower than the stored baseline's: any regression`,
        r => `${stored[r]} %`
      ),
      row(
        `no change, the same ${pctShift} % slower runner for both sides (interleaved): any regression`,
        r => `${interleaved[r]} %`
      )
    )
  })
  return rows.join('\n')
}

if (process.argv.includes('--only=machine-shift')) {
  const t = performance.now()
  const rows = machineShiftRows()
  process.stdout.write(
    `${rows}\n(${REPS} comparisons per row, ${Math.round((performance.now() - t) / 100) / 10} s)\n`
  )
  process.exit(0)
}

const t0 = performance.now()
rnd = prng(1)
const noChange = scenario(5, [1, 1, 1], REPS, 'any')
rnd = prng(2)
const reg40 = scenario(5, [1, 1.4, 1], REPS, 1)
rnd = prng(3)
const imp = scenario(5, [1, 1 / 1.4, 1], REPS, 1) // share of improvements called a regression
rnd = prng(4)
let improvementsCalled = 0
for (let i = 0; i < 300; i++) if (trial(5, [1, 1 / 1.4, 1]).oursImprovement[1]) improvementsCalled++

// Power curve (ours and Welch): share of regressions of endpoint-1 called, by size and runs per side.
const SIZES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
const RUNS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
const curve = { ours: [], welch: [] }
rnd = prng(5)
for (const s of SIZES) {
  const o = [],
    w = []
  for (const runs of RUNS) {
    let co = 0,
      cw = 0
    for (let i = 0; i < CURVE_REPS; i++) {
      const t = trial(runs, [1, 1 + s, 1])
      if (t.ours[1]) co++
      if (t.welch[1]) cw++
    }
    o.push(pct(co, CURVE_REPS))
    w.push(pct(cw, CURVE_REPS))
  }
  curve.ours.push(o)
  curve.welch.push(w)
}
const shiftRows = machineShiftRows()
const seconds = Math.round((performance.now() - t0) / 100) / 10

const met =
  noChange.ours <= 5 && reg40.ours >= 90 && imp.ours === 0 ? 'all three targets met' : 'TARGET MISSED'
const section = `## perf-regression statistics (bench/perf-sim.mjs)

Seeded simulation, the same simulated runs for every rule: 3 endpoints (median 40 / 120 / 300 ms), request
times log-normal (σ = 0.5), ${PER_RUN} requests per endpoint per run, a log-normal run effect shared by a run's
endpoints with σ = ${RUN_NOISE} (10 % run-to-run noise); defaults threshold-pct 10, threshold-ms 5, min-samples 200,
confidence 0.95 (each one-sided bound at 0.05 / endpoints). ${REPS} comparisons per line at 5 runs per side, ${CURVE_REPS} per power-curve cell;
${seconds} s. Ours: Hodges–Lehmann ratio of per-run p95 with the exact Mann–Whitney interval, Bonferroni over
endpoints, both floors. github-action-benchmark: last head run vs last base run, alert when p95 ratio > 200 % (its
default) or > 110 %. Welch: t-test on log per-run p95, two-sided α = 0.05 per endpoint, no correction, no floors.
Result: ${met}.

| 5 runs per side | ours | github-action-benchmark 200 % | github-action-benchmark 110 % | Welch t (log p95) |
|---|---|---|---|---|
${row('no change: comparisons with any regression (target ≤ 5 %)', r => `${noChange[r]} %`)}
${row('40 % p95 regression called (target ≥ 90 %)', r => `${reg40[r]} %`)}
${row('40 % improvement called a regression (target 0)', r => `${imp[r]} %`)}
${shiftRows}

The same improvement is called an improvement by ours in ${pct(improvementsCalled, 300)} % of 300 comparisons. The
machine-shift rows: no code change, but every head request is 5 % or 10 % slower because the head ran on another
runner than the stored baseline, against base and head measured interleaved on one runner (\`baseline-env\`),
where the shift touches both sides: a stored baseline from a different runner type is read as a regression, so
required checks should measure both sides in one job.

Power curve — share of p95 regressions of one endpoint (of three) called, by size and runs per side (ours; Welch
in brackets). With 3 endpoints each tail is at 0.05 / 3, which m + n runs reach only when 1 / C(m + n, m) ≤ 0.0167:
below 4 runs per side ours says "inconclusive: give at least 4 runs per side" rather than guess; Welch calls more
there, at the false-alarm rate of the first table.

| regression | ${RUNS.map(r => `${r} run${r > 1 ? 's' : ''}`).join(' | ')} |
|---|${RUNS.map(() => '---').join('|')}|
${SIZES.map((s, i) => `| +${Math.round(s * 100)} % | ${RUNS.map((_, j) => `${curve.ours[i][j]} (${curve.welch[i][j]})`).join(' | ')} |`).join('\n')}
`
emit({
  name: 'perf: regression statistics (simulation)',
  target: '≤ 5 % false alarms, ≥ 90 % power at +40 %, 0 improvements called regressions (5 runs/side)',
  note: `ours ${noChange.ours} % / ${reg40.ours} % / ${imp.ours} %; ${met}`,
  section
})
