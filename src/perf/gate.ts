/**
 * perf-regression, declared once: run by the action (actions/perf-regression) and by `quality-gates perf` alike.
 * Reads result files (k6 and other tools; one file = one run), compares the head runs with the base side per
 * endpoint (stats.ts: the run is the unit, an interval for the p95 ratio, two floors), and renders the section.
 *
 * The base side: `baseline-results` (files measured in the same job, or given on the CLI), else the stored
 * baseline of the base commit (host.baselines, kind `perf-<config hash of metric and split>`, first-parent
 * walk-back, "N behind"). A trusted default-branch run saves its runs as the next baseline, with the rolling
 * p95 history carried forward.
 *
 * On the CLI `--baseline` is this gate's `baseline-results` (it takes over the common `--baseline <file>`): each
 * file is a base run, or a perf baseline file written by `--baseline-out` (recognised by its schema), so the
 * common flag keeps its meaning and `--baseline a.json b.json` takes several base runs.
 */
import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { saveBaselineText, type BaselineStore } from '../shared/baseline-store.js'
import { baselineCandidates } from '../shared/baseline-candidates.js'
import { describeError, UserError } from '../shared/errors.js'
import {
  BASELINE_MODE_SETTING,
  BASELINE_SETTINGS,
  baselineMode,
  baselineOptions,
  defineGate,
  hostInputs,
  type GateResult
} from '../shared/gate.js'
import { createGit, firstParentAncestors, revParse, type Git } from '../shared/git.js'
import type { Host } from '../shared/host.js'
import { labelOf } from '../shared/inputs.js'
import { runUrl } from '../shared/run-context.js'
import {
  nextBaseline,
  parseBaseline,
  PERF_BASELINE_FILE,
  PERF_BASELINE_SCHEMA,
  perfConfigHash,
  serializeBaseline,
  type MeasuredRun,
  type PerfBaseline
} from './baseline-data.js'
import { historyPoint, type HistoryPoint } from './history.js'
import { readHead } from './input.js'
import { loadRun } from './load.js'
import {
  defaultLoadOptions,
  endpointId,
  FORMAT_IDS,
  type FormatId,
  type LoadOptions,
  type SplitBy
} from './model.js'
import {
  installedK6Installer,
  measureWithK6,
  parseEnvLines,
  type K6Installer,
  type Measured
} from './k6-measure.js'
import { K6_DEFAULT_VERSION } from './k6-version.js'
import { humanResult, writeJsonResult, type PerfRun } from './output.js'
import { GATE_ID, renderPerf, type PerfView, type SideHealth } from './render.js'
import { readHealth, thisRunner, toolVersionOf, type Failures } from './run-info.js'
import { compare } from './stats.js'

const FORMATS = ['auto', ...FORMAT_IDS] as const
const SPLITS = ['none', 'scenario', 'group', 'scenario+group'] as const
/** Files per side: the run is the unit, and the interval's table is sized by runs. */
const MAX_FILES = 200
const MAX_NOTICES = 20
const RULES = 'Rules'
const K6_RUN = 'Running k6'
const MAX_K6_RUNS = 100

/**
 * The perf gate with the given way to get k6 for `script`: the action entry downloads the pinned release
 * (downloadingK6Installer); `perfGate`, which the CLI runs, uses an installed k6 (`k6-path` or the PATH), so the
 * CLI's single file carries none of the download toolkits.
 */
export function createPerfGate(installK6: K6Installer) {
  return defineGate({
    id: GATE_ID,
    action: 'perf-regression',
    command: 'perf',
    usage: '(--results <file|glob>... | --script <file.js> [--runs N]) [--baseline <file|glob>...] [options]',
    about:
      "Compare load-test results per endpoint with the base side: p95 by k6's rule, an interval for the head/base\nratio from the runs (each file is one run), a regression only beyond both floors. Reads k6 --out json\n(.gz too), k6 summaries, autocannon -j, hyperfine, go test -bench, pytest-benchmark and a generic JSON.",
    settings: [
      {
        name: 'results',
        kind: 'list',
        positional: true,
        greedy: true,
        max: MAX_FILES,
        placeholder: '<file|glob>',
        description:
          'Result files or globs of the head (the code under test), one per line; each file is one run (give 5 or more for a verdict). Format detected from content. Exactly one of results and script.',
        group: 'Inputs'
      },
      {
        name: 'script',
        kind: 'string',
        maxLength: 1024,
        placeholder: '<file.js>',
        description:
          'A k6 script the gate runs itself (runs times, one --out json file per run) instead of reading results. Exactly one of results and script.',
        group: K6_RUN
      },
      {
        name: 'runs',
        kind: 'integer',
        min: 1,
        max: MAX_K6_RUNS,
        default: 5,
        description:
          'With script: k6 runs per side (the run is the unit of the statistics; 5 or more for a verdict).',
        group: K6_RUN
      },
      {
        name: 'k6-version',
        kind: 'string',
        default: K6_DEFAULT_VERSION,
        maxLength: 64,
        description:
          'With script: the k6 release to download (SHA-256 verified, tool cache and Actions cache); "latest" is refused.',
        group: K6_RUN
      },
      {
        name: 'k6-path',
        kind: 'string',
        maxLength: 1024,
        description: 'With script: an installed k6 executable to use instead of the download.',
        group: K6_RUN
      },
      {
        name: 'env',
        kind: 'list',
        max: 10_000,
        placeholder: '<KEY=VALUE>',
        description:
          "With script: variables for k6, one KEY=VALUE per line (commas stay in the value); the runner's credentials are never passed.",
        group: K6_RUN
      },
      {
        name: 'baseline-env',
        kind: 'list',
        max: 10_000,
        placeholder: '<KEY=VALUE>',
        description:
          'With script: measure the base side in this job too (runs interleaved base1, head1, base2, …), with these KEY=VALUE lines over env for the base runs (e.g. BASE_URL of the base build).',
        group: K6_RUN
      },
      {
        name: 'k6-timeout',
        kind: 'integer',
        min: 1,
        max: 6 * 3600,
        default: 1800,
        description:
          'With script: seconds one k6 run may take; then it is stopped (SIGTERM, SIGKILL after 10 s) and the gate fails naming the run.',
        group: K6_RUN
      },
      {
        name: 'baseline-results',
        kind: 'list',
        aliases: ['baseline'],
        greedy: true,
        max: MAX_FILES,
        placeholder: '<file|glob>',
        description:
          'Result files or globs of the base side measured in this job (interleave base and head runs), one run each; a perf baseline file (--baseline-out) counts as its runs. Empty = the stored baseline of the base commit. CLI: also --baseline.',
        group: 'Inputs'
      },
      {
        name: 'format',
        kind: 'enum',
        values: FORMATS,
        default: 'auto',
        description: "The results' format: auto (detected from content) or one format every file must have.",
        group: 'Inputs'
      },
      {
        name: 'metric',
        kind: 'string',
        default: 'http_req_duration',
        maxLength: 128,
        description: 'The k6 trend metric whose samples count (other tools have one latency each).',
        group: 'Inputs'
      },
      {
        name: 'split',
        kind: 'enum',
        values: SPLITS,
        default: 'none',
        description:
          'An endpoint is the k6 name tag (the URL unless the script names the request); split it further by scenario, group or both.',
        group: 'Inputs'
      },
      BASELINE_MODE_SETTING,
      {
        name: 'k6-exit-code',
        kind: 'integer',
        min: 0,
        max: 255,
        description:
          "k6's exit code for the head runs, when the workflow keeps it: 99 (thresholds failed) is reported on its own; another non-zero code warns that the results may be incomplete. Empty = not known.",
        group: 'Inputs'
      },
      {
        name: 'threshold-pct',
        kind: 'number',
        min: 0,
        max: 10000,
        default: 10,
        description:
          'A regression must make p95 at least this many percent slower (and exceed threshold-ms).',
        group: RULES
      },
      {
        name: 'threshold-ms',
        kind: 'number',
        min: 0,
        max: 3_600_000,
        default: 5,
        description:
          'A regression must add at least this many milliseconds to p95 (and exceed threshold-pct).',
        group: RULES
      },
      {
        name: 'min-samples',
        kind: 'integer',
        min: 1,
        max: 100_000_000,
        default: 200,
        description:
          'Fewest samples of an endpoint in every run of both sides; fewer make it "inconclusive: insufficient data".',
        group: RULES
      },
      {
        name: 'on-missing-baseline',
        kind: 'enum',
        values: ['pass', 'neutral', 'fail'],
        default: 'neutral',
        description:
          'Outcome when there is no base side (no stored baseline found, none given): pass, neutral or fail.',
        group: RULES
      },
      ...BASELINE_SETTINGS
    ],

    async evaluate(s, host) {
      const get = hostInputs(host)
      const split: SplitBy = {
        scenario: s.split === 'scenario' || s.split === 'scenario+group',
        group: s.split === 'group' || s.split === 'scenario+group'
      }
      const options = defaultLoadOptions({ metric: s.metric, split })
      const hash = perfConfigHash(s.metric, split)
      const kind = `perf-${hash}`
      const store = host.baselines
      const { mode, gating } = baselineMode(s.mode, store)
      const walkBack = baselineOptions(s).walkBack
      const want = s.format === 'auto' ? undefined : (s.format as FormatId)
      /** Warnings: k6 run notes and baseline notes. Notices: what the loaders say about their files. */
      const notes: string[] = []
      const notices: string[] = []
      const runner = { ...thisRunner(process.env) }

      const measured = await measureIfAsked(s, host, installK6)
      const exit = measured ? measured.exitCode : s['k6-exit-code']
      if (measured) notes.push(...measured.notes)
      const measuredRunner = measured ? { ...runner, toolVersion: `v${measured.k6Version}` } : runner
      const headFiles = measured ? measured.head : await expand(s.results, host.cwd, labelOf(get, 'results'))
      const head = await host.logger.group('Read the head results', () =>
        loadSide(headFiles, options, want, measuredRunner, notices)
      )

      let base: { runs: MeasuredRun[]; history: HistoryPoint[]; note: string; sha?: string } | null = null
      let history: HistoryPoint[] = []
      const baseGiven = s['baseline-results']
      if (measured?.base) {
        const files = measured.base
        const runs = await host.logger.group('Read the base results', () =>
          loadSide(files, options, want, measuredRunner, notices)
        )
        base = { runs, history, note: `${files.length} k6 run${files.length === 1 ? '' : 's'} in this job` }
      } else if (baseGiven.length > 0) {
        const files = await expand(baseGiven, host.cwd, labelOf(get, 'baseline-results'))
        const runs: MeasuredRun[] = []
        for (const f of files) {
          const stored = await storedBaselineAt(f.path, f.shown, hash, s.metric)
          if (stored) {
            runs.push(...stored.runs)
            history = stored.history
          } else runs.push(...(await loadSide([f], options, want, runner, notices)))
        }
        base = { runs, history, note: `${files.length} file${files.length === 1 ? '' : 's'} given` }
      } else if (gating) {
        const git = createGit(resolve(host.workspace))
        const found = await loadStored(
          host,
          store,
          kind,
          hash,
          s.metric,
          await baselineCandidates(host, git, walkBack)
        )
        if (found.baseline) {
          base = {
            runs: found.baseline.runs,
            history: found.baseline.history,
            note: found.note,
            sha: found.sha
          }
          history = found.baseline.history
        } else notes.push(found.note)
      }

      const comparison = compare(
        base?.runs.map(r => r.run) ?? [],
        head.map(r => r.run),
        { thresholdPct: s['threshold-pct'], thresholdMs: s['threshold-ms'], minSamples: s['min-samples'] }
      )
      const warnings = [...machineWarnings(base?.runs ?? [], head)]
      if (exit !== undefined && exit !== 0 && exit !== 99)
        warnings.push(
          `k6 exited with ${exit} (not 0, nor 99 for failed thresholds): the results may be incomplete`
        )
      for (const r of [...head, ...(base?.runs ?? [])]) notices.push(...r.run.notices)
      const thresholdsFailed = [...new Set(head.flatMap(r => r.health.thresholdsFailed))]

      const n = { regression: 0, inconclusive: 0 }
      for (const e of comparison.endpoints)
        if (e.verdict === 'regression' || e.verdict === 'inconclusive') n[e.verdict]++
      const status =
        n.regression > 0
          ? 'fail'
          : base === null
            ? s['on-missing-baseline']
            : n.inconclusive > 0
              ? 'neutral'
              : 'pass'

      const pr = gating ? await host.pullRequest() : undefined
      const sha = pr?.headSha ?? (host.context.sha || undefined)
      const url = runUrl(host.context)
      const view: PerfView = {
        status,
        comparison,
        base: base
          ? {
              runs: base.runs.length,
              health: sideHealth(base.runs),
              note: base.note,
              ...(base.sha ? { sha: base.sha } : {})
            }
          : null,
        head: { runs: head.length, health: sideHealth(head) },
        thresholdsFailed,
        ...(exit !== undefined ? { k6ExitCode: exit } : {}),
        warnings: [...warnings, ...notes.slice(0, MAX_NOTICES)],
        notices: notices.slice(0, MAX_NOTICES),
        history,
        metric: s.metric,
        ...(sha ? { sha } : {}),
        ...(url ? { url } : {})
      }
      for (const w of view.warnings) host.logger.log('warning', w)
      for (const n of view.notices) host.logger.log('notice', n)

      if (mode === 'save') {
        const git = createGit(resolve(host.workspace))
        await saveThisBaseline(
          host,
          store,
          git,
          kind,
          hash,
          s.metric,
          split,
          head,
          gating ? history : null,
          walkBack,
          {
            retentionDays: baselineOptions(s).retentionDays,
            comparison: view
          }
        )
      }

      const fragment = renderPerf(view)
      const data: PerfRun = { view, notes: [...notes, ...notices] }
      const result: GateResult<PerfRun> = {
        fragment,
        ...(sha ? { sha } : {}),
        onCommit: pr !== undefined || mode === 'save',
        outputs: {
          regressions: String(n.regression),
          'baseline-sha': base?.sha ?? ''
        },
        ...(status === 'fail'
          ? {
              failure:
                n.regression > 0
                  ? `perf gate failed: ${n.regression} endpoint${n.regression === 1 ? '' : 's'} regressed (${comparison.endpoints
                      .filter(e => e.verdict === 'regression')
                      .slice(0, 5)
                      .map(e => e.label.slice(0, 80))
                      .join(', ')})`
                  : 'perf gate failed: no baseline to compare with (on-missing-baseline: fail)'
            }
          : {}),
        data
      }
      return result
    },
    print: { json: writeJsonResult, human: humanResult }
  })
}

/** The perf gate of the CLI (and of tests in process): k6 from `k6-path` or the PATH. */
export const perfGate = createPerfGate(installedK6Installer)

/**
 * With `script`: run k6 and return its files; without: null. Checks that exactly one of results and script is
 * set and that the k6 settings are not given without a script (they would be silently ignored).
 */
async function measureIfAsked(
  s: {
    results: string[]
    script?: string | undefined
    runs: number
    'k6-version': string
    'k6-path'?: string | undefined
    env: string[]
    'baseline-env': string[]
    'baseline-results': string[]
    'k6-exit-code'?: number | undefined
    'k6-timeout': number
  },
  host: Host,
  installK6: K6Installer
): Promise<Measured | null> {
  const get = hostInputs(host)
  const label = (name: string) => labelOf(get, name)
  const script = s.script
  if (script === undefined || script === '') {
    if (s.results.length === 0)
      throw new UserError(
        `${label('results')} or ${label('script')} is required: result files to read, or a k6 script to run`
      )
    for (const name of ['k6-path', 'env', 'baseline-env'] as const)
      if (get(name) !== undefined && get(name) !== '')
        throw new UserError(`${label(name)} is only used with ${label('script')}, which is not set`)
    return null
  }
  if (s.results.length > 0)
    throw new UserError(
      `${label('results')} and ${label('script')} are both set: give result files or a k6 script to run, not both`
    )
  if (s['k6-exit-code'] !== undefined)
    throw new UserError(
      `${label('k6-exit-code')} is for results measured outside the gate; with ${label('script')} the gate knows k6's exit code`
    )
  const baselineEnvText = get('baseline-env')
  const measureBase = baselineEnvText !== undefined && baselineEnvText.trim() !== ''
  if (measureBase && s['baseline-results'].length > 0)
    throw new UserError(
      `${label('baseline-env')} and ${label('baseline-results')} are both set: measure the base side in this job or give its files, not both`
    )
  return measureWithK6(
    host,
    {
      script,
      runs: s.runs,
      version: s['k6-version'],
      k6Path: s['k6-path'],
      env: parseEnvLines(get('env'), label('env')),
      baselineEnv: measureBase ? parseEnvLines(baselineEnvText, label('baseline-env')) : null,
      timeoutSeconds: s['k6-timeout'],
      scriptLabel: label('script')
    },
    installK6
  )
}

interface GivenFile {
  path: string
  shown: string
}

/** Files and globs → paths (globs sorted; a glob matching nothing is an error, as is a file given twice). */
async function expand(specs: string[], cwd: string, label: string): Promise<GivenFile[]> {
  const out: GivenFile[] = []
  for (const spec of specs) {
    const paths = isDynamicPattern(spec)
      ? (await glob([spec], { cwd, absolute: true, onlyFiles: true, dot: true })).sort()
      : [resolve(cwd, spec)]
    if (paths.length === 0)
      throw new UserError(`${label} ${JSON.stringify(spec.slice(0, 200))} matched no files (in ${cwd})`)
    for (const path of paths) {
      const rel = relative(cwd, path)
      out.push({ path, shown: isAbsolute(path) && rel && !rel.startsWith('..') ? rel : path })
    }
  }
  const seen = new Set<string>()
  for (const f of out) {
    if (seen.has(f.path)) throw new UserError(`${label}: ${f.shown} is given twice (each file is one run)`)
    seen.add(f.path)
  }
  if (out.length > MAX_FILES)
    throw new UserError(`${label}: ${out.length} files; at most ${MAX_FILES} runs per side`)
  return out
}

async function loadSide(
  files: GivenFile[],
  options: LoadOptions,
  want: FormatId | undefined,
  runner: MeasuredRun['runner'],
  notices: string[]
): Promise<MeasuredRun[]> {
  const runs: MeasuredRun[] = []
  for (const f of files) {
    const run = await loadRun(f.path, options, f.shown)
    if (want !== undefined && run.format !== want)
      throw new UserError(`${f.shown}: is ${run.format}, but format is ${want}`)
    const health = await readHealth(f.path, f.shown, run.format, options, run)
    const toolVersion = await toolVersionOf(f.path, f.shown)
    if (run.endpoints.size === 0) notices.push(`${f.shown}: no endpoint has samples of ${options.metric}`)
    runs.push({ run, health, runner: { ...runner, ...(toolVersion ? { toolVersion } : {}) } })
  }
  return runs
}

/** A perf baseline file given among the base results, or null when the file is a result file. */
async function storedBaselineAt(
  path: string,
  shown: string,
  hash: string,
  metric: string
): Promise<PerfBaseline | null> {
  const { text } = await readHead(path, shown, 256)
  if (!text.trimStart().startsWith('{') || !text.includes(`"${PERF_BASELINE_SCHEMA}"`)) return null
  const b = parseBaseline(await readFile(path, 'utf8'), shown)
  if (b.configHash !== hash)
    throw new UserError(
      `${shown}: a perf baseline of metric "${b.metric.slice(0, 100)}"${b.split.scenario || b.split.group ? ' split by scenario/group' : ''}, not comparable with this run's metric "${metric.slice(0, 100)}" and split`
    )
  return b
}

interface Stored {
  baseline: PerfBaseline | null
  sha?: string
  note: string
}

async function loadStored(
  host: Host,
  store: BaselineStore | undefined,
  kind: string,
  hash: string,
  metric: string,
  candidates: () => Promise<string[]>
): Promise<Stored> {
  if (!store) return { baseline: null, note: 'no baseline: no GitHub token or artifact service in this run' }
  try {
    const found = await store.find(kind, candidates, PERF_BASELINE_FILE)
    if (!found.found) return { baseline: null, note: `no baseline${found.note ? `: ${found.note}` : ''}` }
    const what = found.sha ? `baseline of ${found.sha.slice(0, 7)}` : found.path
    const baseline = await storedBaselineAt(found.path, what, hash, metric)
    if (baseline === null) throw new UserError(`${what}: not a perf baseline`)
    return {
      baseline,
      ...((found.sha ?? baseline.sha) ? { sha: found.sha ?? baseline.sha } : {}),
      note: found.note
    }
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error
    const note = `no baseline: ${describeError(error)}`
    return { baseline: null, note }
  }
}

async function saveThisBaseline(
  host: Host,
  store: BaselineStore | undefined,
  git: Git,
  kind: string,
  hash: string,
  metric: string,
  split: SplitBy,
  runs: MeasuredRun[],
  knownHistory: HistoryPoint[] | null,
  walkBack: number,
  opts: { retentionDays: number; comparison: PerfView }
): Promise<void> {
  const sha = host.context.sha || (await revParse(git, 'HEAD').catch(() => 'local'))
  if (!store) {
    host.logger.log('warning', 'baseline not saved: no GitHub token or artifact service in this run')
    return
  }
  let history = knownHistory
  if (history === null) {
    // Carry the default branch's history forward from the newest earlier baseline on the first-parent line.
    const parents = () =>
      firstParentAncestors(git, sha, walkBack + 1).then(
        p => p.slice(1),
        () => [] as string[]
      )
    history = (await loadStored(host, store, kind, hash, metric, parents)).baseline?.history ?? []
  }
  const now = host.now().toISOString()
  const point = historyPoint(
    /^[0-9a-f]{7,64}$/.test(sha) ? sha : '0000000',
    now,
    opts.comparison.comparison.endpoints.map(e => [e.label, e.head?.p95 ?? null])
  )
  const baseline = nextBaseline(
    { sha, configHash: hash, createdAt: now, metric, split, runs },
    history,
    point
  )
  await saveBaselineText(host, store, 'perf baseline', {
    kind,
    sha,
    file: PERF_BASELINE_FILE,
    text: serializeBaseline(baseline),
    retentionDays: opts.retentionDays
  })
}

function add(into: Map<string, Failures>, id: string, f: Failures): void {
  const have = into.get(id)
  if (have) {
    have.failed += f.failed
    have.total += f.total
  } else into.set(id, { ...f })
}

/** Failed requests and dropped iterations summed over a side's runs. */
function sideHealth(runs: MeasuredRun[]): SideHealth {
  const byEndpoint = new Map<string, Failures>()
  let errors: Failures | null = null
  let dropped: number | null = null
  for (const { run, health } of runs) {
    for (const [id, f] of Object.entries(health.byEndpoint)) add(byEndpoint, id, f)
    // A tool with one series per run (autocannon): its errors are that endpoint's.
    if (health.errors && Object.keys(health.byEndpoint).length === 0 && run.endpoints.size === 1)
      add(byEndpoint, endpointId([...run.endpoints.values()][0]!.key), health.errors)
    if (health.errors) {
      errors ??= { failed: 0, total: 0 }
      errors.failed += health.errors.failed
      errors.total += health.errors.total
    }
    if (health.dropped !== null) dropped = (dropped ?? 0) + health.dropped
  }
  return { byEndpoint, errors, dropped }
}

/** Different runner images, CPU models or tool versions between the sides: compared, with a warning. */
function machineWarnings(base: MeasuredRun[], head: MeasuredRun[]): string[] {
  if (base.length === 0) return []
  const out: string[] = []
  const what = { image: 'runner image', cpu: 'CPU', toolVersion: 'tool version' } as const
  for (const k of Object.keys(what) as (keyof typeof what)[]) {
    const b = [...new Set(base.map(r => r.runner[k]).filter((v): v is string => v !== undefined))]
    const h = [...new Set(head.map(r => r.runner[k]).filter((v): v is string => v !== undefined))]
    if (b.length === 0 || h.length === 0) continue
    if (b.length === h.length && b.every(v => h.includes(v))) continue
    out.push(
      `base and head ran with a different ${what[k]} (base: ${b.slice(0, 3).join(', ')}; head: ${h.slice(0, 3).join(', ')}): part of a difference may be the machine`
    )
  }
  return out
}
