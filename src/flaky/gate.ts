/**
 * flaky-quarantine, declared once: its settings and its evaluation, run by the action (actions/flaky-quarantine)
 * and by `quality-gates flaky` alike. It reads JUnit reports that already hold the attempts (any of the five
 * retry forms the reader knows), gives each case its verdict, lets the quarantine file excuse listed failures,
 * and keeps a rolling flake history from which it proposes tests for quarantine and for release.
 *
 * One straight line: settings → quarantine file → reports → verdicts → history (read, learn, propose, save) →
 * render. Publishing is the runtime's (src/shared/publish.ts).
 *
 * Unreadable reports: each is a one-line reason naming the file, and the others are still read and counted.
 * One bad report among several makes the gate fail closed (a required status must never go green on a result
 * it could not read); when no report at all can be read, or the reports hold no test case, the run is a one-line
 * error naming the files (exit 2 on the CLI).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { BaselineStore } from '../shared/baseline-store.js'
import { describeError, UserError } from '../shared/errors.js'
import {
  BASELINE_SETTINGS,
  baselineOptions,
  defineGate,
  hostInputs,
  type GateResult
} from '../shared/gate.js'
import { createGit, firstParentAncestors, revParse } from '../shared/git.js'
import type { Host } from '../shared/host.js'
import { labelOf } from '../shared/inputs.js'
import { runUrl } from '../shared/run-context.js'
import type { Setting } from '../shared/settings.js'
import { evaluateRun, type BadReport, type RunVerdict } from './evaluate.js'
import {
  appendRun,
  emptyHistory,
  parseHistory,
  recordRun,
  serializeHistory,
  type Code,
  type History
} from './history.js'
import { mergeReports, parseJunitFile } from './junit.js'
import type { JunitReport } from './model.js'
import {
  DEFAULT_QUARANTINE_BRANCH,
  humanMaintain,
  writeMaintainJson,
  type MaintainRun
} from './maintain-output.js'
import { notify, NOTIFY_SETTINGS, readNotify } from './notify.js'
import { humanResult, writeJsonResult, type FlakyRun } from './output.js'
import { propose, type PolicyOptions } from './policy.js'
import { DEFAULT_QUARANTINE_FILE, EMPTY_QUARANTINE, parseQuarantine, type Quarantine } from './quarantine.js'
import { GATE_ID, renderFlaky, type HistoryInfo } from './render.js'
import { bisectTask, historyFile, humanBisect, writeBisectJson, type BisectRun } from './bisect.js'
import { PRESETS, type PresetName } from './presets.js'
import { attemptsSection, choosePreset, runTests } from './run-tests.js'

const HISTORY_KIND = 'flaky'
const HISTORY_FILE = 'flaky-history.json'
/** Report files one run reads. */
const MAX_REPORTS = 10_000
const POLICY = 'Quarantine policy'
const RUN = 'Run the tests (smart retry)'

/** The `command` path (`quality-gates flaky run`): run the tests, retry only the failed ones, gate on all attempts. */
const RUN_SETTINGS = [
  {
    name: 'command',
    kind: 'string',
    placeholder: '"<cmd>"',
    maxLength: 10_000,
    description:
      "The test command, run through /bin/sh as a run: step would (it must write JUnit to junit). When set, the gate runs it, reruns ONLY the tests that failed (up to max-retries times, with the preset's selection, never through a shell), collects the JUnit of each attempt before the next one can overwrite it, and gates on all attempts. Unset: the gate reads junit as given.",
    group: RUN
  },
  {
    name: 'preset',
    kind: 'enum',
    values: ['auto', ...PRESETS],
    default: 'auto',
    description:
      'How failed tests are selected for a rerun: jest, vitest, mocha, node-test, pytest, go, playwright, maven, gradle, or custom (rerun-command with a {tests} word). auto: from the program the command names.',
    group: RUN
  },
  {
    name: 'max-retries',
    kind: 'integer',
    min: 0,
    max: 10,
    default: 2,
    description: 'Reruns of the tests still failing after the first attempt (0 = run once, no retry).',
    group: RUN
  },
  {
    name: 'rerun-command',
    kind: 'string',
    placeholder: '"<cmd>"',
    maxLength: 10_000,
    description:
      "The command a rerun starts, split into words WITHOUT a shell (quotes group, nothing is expanded); the preset appends the failed tests' selection (custom: each {tests} word becomes one argument per test id). Default: the preset's runner (e.g. node_modules/.bin/jest, python3 -m pytest); give it when the reporter options are on the command line.",
    group: RUN
  },
  {
    name: 'attempt-timeout',
    kind: 'integer',
    min: 1,
    max: 1440,
    default: 60,
    description:
      'Minutes one attempt may run; then its whole process group is killed (a timed-out first attempt fails the run, a timed-out rerun keeps its tests failed).',
    group: RUN
  }
] as const satisfies readonly Setting[]

export const flakyGate = defineGate({
  id: GATE_ID,
  action: 'flaky-quarantine',
  command: 'flaky',
  usage:
    '--junit <file|glob>... [--quarantine <file>] [--history <file>] [options]\n       quality-gates flaky run --command "<cmd>" --junit <glob> [--max-retries N] [--preset <name>] [--quarantine <file>] [--json]',
  about:
    'Read JUnit reports (every dialect; retries as Surefire flakyFailure/rerunFailure, repeated testcases or one\nfile per attempt), tell passed, failed, flaky and skipped tests apart, excuse failures listed in the\nquarantine file, and keep a flake history that proposes tests for quarantine and release.\n`flaky run` (or --command) runs the tests first, reruns only the failed ones and records every attempt.',
  settings: [
    {
      name: 'task',
      kind: 'enum',
      values: ['check', 'maintain', 'bisect'],
      default: 'check',
      description:
        'What the run does. check: read the JUnit reports and gate them (the default); maintain: propose changes to the quarantine file from the flake history, as a pull request, and open an issue per newly quarantined test (the maintenance workflow on the default branch); bisect: find the commit that broke `test` (git bisect run in a temporary worktree, the test rerun `repeat` times per commit). maintain and bisect publish no commit status.',
      group: 'Inputs'
    },
    {
      name: 'junit',
      kind: 'list',
      positional: true,
      placeholder: '<file|glob>',
      description:
        'JUnit XML reports: files or globs, one per line (or comma-separated). Several files are one run: a file whose tests all appeared in earlier files is a retry (the same test in both is two attempts); a file bringing tests of its own is a shard, where a look-alike id gets " › #2".',
      group: 'Inputs'
    },
    {
      name: 'quarantine',
      kind: 'string',
      default: DEFAULT_QUARANTINE_FILE,
      placeholder: '<file>',
      maxLength: 1000,
      description:
        'The quarantine file (tests: [{id, reason, issue?, since?, expires?}], ids as cases[].id prints them). Listed tests still run; their failures do not fail the gate. The default path, relative to the repository, may be absent (nothing quarantined); a path you give must exist.',
      group: 'Inputs'
    },
    {
      name: 'history',
      kind: 'string',
      only: 'cli',
      placeholder: '<file>',
      description:
        'A flake history file: read (absent = a new history), this run added, written back. Without it, --baseline/--baseline-out are the history.',
      group: 'Inputs'
    },
    {
      name: 'duplicates',
      kind: 'enum',
      values: ['distinct', 'attempts'],
      default: 'distinct',
      description:
        'A testcase written twice in ONE report: distinct (two tests, the second with a " › #2" id; safe for parameterised and repeated tests) or attempts (retries of one test: Gradle test-retry, gotestsum --rerun-fails, pytest-rerunfailures).',
      group: 'Inputs'
    },
    {
      name: 'infra-failure-ratio',
      kind: 'number',
      min: 0,
      max: 1,
      default: 0.5,
      description:
        'When more than this share of the tests that ran failed (at least 5 ran), the run is reported as an infrastructure failure and not recorded in the history (its failures still fail the gate). 1 = never.',
      group: POLICY
    },
    {
      name: 'quarantine-after-flakes',
      kind: 'integer',
      min: 1,
      max: 1000,
      default: 3,
      description:
        'Propose a test for quarantine after this many flakes (failed then passed in a run, or failed on a commit where it also passed) on at least 2 distinct commits within the window. A test that always fails is broken and never proposed.',
      group: POLICY
    },
    {
      name: 'window-days',
      kind: 'integer',
      min: 1,
      max: 400,
      default: 14,
      description: 'Days of runs the history keeps and the policy looks at (at most 500 runs).',
      group: POLICY
    },
    {
      name: 'quarantine-days',
      kind: 'integer',
      min: 1,
      max: 400,
      default: 30,
      description:
        'task maintain: days an entry it adds holds (its expires day is since + this); an expired entry is proposed for removal.',
      group: POLICY
    },
    {
      name: 'quarantine-branch',
      kind: 'string',
      default: DEFAULT_QUARANTINE_BRANCH,
      pattern: /^(?!.*(?:\.\.|\/\/|\/\.))[A-Za-z0-9][A-Za-z0-9._/-]{0,99}(?<![./]|\.lock)$/,
      describe:
        'a branch name: letters, digits, . _ / - (at most 100; no .., //, /. or a trailing . / .lock)',
      description:
        'task maintain: the branch its pull request proposes the quarantine file on (created, or force-updated).',
      group: POLICY
    },
    {
      name: 'release-after-runs',
      kind: 'integer',
      min: 1,
      max: 500,
      default: 10,
      description:
        'Propose a quarantined test for release after this many clean runs in a row (and release-after-days).',
      group: POLICY
    },
    {
      name: 'release-after-days',
      kind: 'integer',
      min: 0,
      max: 400,
      default: 7,
      description:
        'Propose a quarantined test for release only when its last flake or failure is at least this many days old (and release-after-runs clean runs).',
      group: POLICY
    },
    {
      name: 'test',
      kind: 'string',
      maxLength: 8192,
      placeholder: '<case id>',
      description: 'task bisect: the test, its id exactly as cases[].id prints it.',
      group: 'Bisect'
    },
    {
      name: 'good',
      kind: 'string',
      maxLength: 256,
      placeholder: '<commit>',
      description:
        'task bisect: a commit where the test passes. Default (with bad): from the flake history, the newest commit where it passed in every run.',
      group: 'Bisect'
    },
    {
      name: 'bad',
      kind: 'string',
      maxLength: 256,
      placeholder: '<commit>',
      description:
        'task bisect: a commit where the test fails. Default (with good): from the flake history, the oldest later commit where it failed.',
      group: 'Bisect'
    },
    {
      name: 'repeat',
      kind: 'integer',
      min: 1,
      max: 50,
      default: 5,
      description:
        'task bisect: runs of the test per commit (the first is the command, the others rerun the test alone). A failure in any run makes the commit bad.',
      group: 'Bisect'
    },
    {
      name: 'bisect-max-steps',
      kind: 'integer',
      min: 1,
      max: 200,
      default: 40,
      description: 'task bisect: commits judged at most (skipped ones count).',
      group: 'Bisect'
    },
    {
      name: 'bisect-run-timeout',
      kind: 'integer',
      min: 1,
      max: 86_400,
      default: 900,
      description: 'task bisect: seconds one run of the command may take (its process group is then killed).',
      group: 'Bisect'
    },
    {
      name: 'bisect-deadline',
      kind: 'integer',
      min: 1,
      max: 1440,
      default: 120,
      description: 'task bisect: minutes the whole bisect may take; it then ends with what it found.',
      group: 'Bisect'
    },
    ...RUN_SETTINGS,
    ...NOTIFY_SETTINGS,
    ...BASELINE_SETTINGS
  ],

  async evaluate(s, host) {
    if (s.task === 'bisect') return bisectTask(bisectOptions(s, host), host)
    if (s.task === 'maintain') return (await import('./maintain.js')).maintainTask(s, host)
    const get = hostInputs(host)
    if (s.junit.length === 0)
      throw new UserError(`${labelOf(get, 'junit')} is required: the JUnit XML reports to read`)
    const now = host.now()
    const workspace = resolve(host.workspace)
    const notifyConfig = readNotify(s, host, get)
    // The default path (which the runner fills in as the input's value) may be absent; a path given must exist.
    const quarantine = await loadQuarantine(
      host,
      s.quarantine === DEFAULT_QUARANTINE_FILE ? undefined : s.quarantine,
      now
    )

    const tested =
      s.command !== undefined && s.command.trim() !== ''
        ? await runTests(
            {
              command: s.command as string,
              preset: s.preset,
              maxRetries: s['max-retries'],
              rerun: s['rerun-command'],
              junit: s.junit,
              timeoutMinutes: s['attempt-timeout'],
              infraShare: s['infra-failure-ratio'],
              junitLabel: labelOf(get, 'junit')
            },
            host
          )
        : undefined
    const loaded =
      tested ??
      (await host.logger.group('Read JUnit reports', () =>
        loadReports(s.junit, {
          cwd: host.cwd,
          workspace,
          label: labelOf(get, 'junit'),
          duplicates: s.duplicates
        })
      ))
    // No case in any report is an input error (exit 2 on the CLI), never a judged run: nothing was tested.
    if (loaded.report.cases.length === 0) throw new UserError(noCases(loaded.files, loaded.bad))
    const verdict = evaluateRun(loaded.report, quarantine, {
      infraFailureRatio: s['infra-failure-ratio'],
      bad: loaded.bad
    })
    const run = tested?.run
    if (run?.failure !== undefined) {
      verdict.reasons.push(run.failure)
      verdict.status = 'fail'
    }
    for (const b of loaded.bad) host.logger.log('warning', `${b.file}: ${b.reason}`)

    const pr = await host.pullRequest()
    const git = createGit(workspace)
    const sha = host.context.sha || (await revParse(git, 'HEAD').catch(() => ''))
    const historyFile = (s as { history?: string }).history
    const policy: PolicyOptions = {
      flakes: s['quarantine-after-flakes'],
      cleanRuns: s['release-after-runs'],
      cleanDays: s['release-after-days']
    }
    const tracked = await trackHistory(host, verdict, loaded.bad, {
      file: historyFile !== undefined ? resolve(host.cwd, historyFile) : undefined,
      store: host.baselines,
      sha,
      baseSha: pr?.baseSha,
      walkBack: baselineOptions(s).walkBack,
      retentionDays: baselineOptions(s).retentionDays,
      windowDays: Math.max(s['window-days'], s['release-after-days']),
      now
    })
    const proposals = propose(tracked.history, quarantine, policy, now)
    await notify(notifyConfig, host, {
      verdict,
      history: tracked.history,
      learned: tracked.info.learned,
      quarantine,
      proposals,
      policy,
      now,
      pullRequest: pr !== undefined,
      sha
    })

    const repository = host.context.repository
    const url = runUrl(host.context)
    const resultSha = pr?.headSha ?? (sha || undefined)
    const fragment = renderFlaky({
      verdict,
      quarantine,
      proposals,
      history: tracked.info,
      bad: loaded.bad,
      notes: loaded.report.notes,
      ...(run ? { extra: [attemptsSection(run)] } : {}),
      ...(resultSha ? { sha: resultSha } : {}),
      ...(url ? { url } : {}),
      ...(repository && /^[0-9a-f]{40}$/.test(sha)
        ? {
            source: { serverUrl: host.context.serverUrl, owner: repository.owner, repo: repository.repo, sha }
          }
        : {})
    })
    const historyLine = tracked.info.learned
      ? `history: ${tracked.info.runs} run(s), this one recorded (${tracked.info.note})`
      : `history: ${tracked.info.note}; this run not recorded${tracked.info.notLearned ? ` (${tracked.info.notLearned})` : ''}`
    const data: FlakyRun = {
      verdict,
      quarantine,
      proposals,
      bad: loaded.bad,
      files: loaded.files,
      history: historyLine,
      ...(run ? { run } : {})
    }
    const t = verdict.tests
    const result: GateResult<FlakyRun | MaintainRun | BisectRun> = {
      fragment,
      ...(resultSha ? { sha: resultSha } : {}),
      onCommit: repository !== undefined,
      checkRunName: 'flaky: failed tests',
      outputs: {
        tests: String(t.total),
        passed: String(t.passed),
        failed: String(t.failed),
        flaky: String(t.flaky),
        quarantined: String(t.quarantined),
        skipped: String(t.skipped),
        'infrastructure-failure': String(verdict.infra !== undefined),
        'proposed-quarantine': proposals.quarantine.map(p => p.id).join('\n'),
        'proposed-release': proposals.release.map(p => p.id).join('\n')
      },
      ...(verdict.status === 'fail' ? { failure: `flaky gate failed: ${verdict.reasons.join('; ')}` } : {}),
      data
    }
    return result
  },
  print: {
    json: (run: FlakyRun | BisectRun | MaintainRun, write: (text: string) => void) =>
      'task' in run
        ? writeMaintainJson(run, write)
        : 'verdict' in run
          ? writeJsonResult(run, write)
          : writeBisectJson(run, write),
    human: (run: FlakyRun | BisectRun | MaintainRun) =>
      'task' in run ? humanMaintain(run) : 'verdict' in run ? humanResult(run) : humanBisect(run)
  }
})

/** task bisect's options; the history that defaults good/bad is the --history file, else the store's newest. */
function bisectOptions(
  s: {
    test?: string | undefined
    good?: string | undefined
    bad?: string | undefined
    repeat: number
    command?: string | undefined
    preset: PresetName | 'auto'
    'rerun-command'?: string | undefined
    junit: string[]
    'bisect-run-timeout': number
    'bisect-deadline': number
    'bisect-max-steps': number
  },
  host: Host
): Parameters<typeof bisectTask>[0] {
  const file = (s as { history?: string }).history
  return {
    test: s.test ?? '',
    good: s.good,
    bad: s.bad,
    repeat: s.repeat,
    command: s.command,
    preset: choosePreset(s.preset, s.command ?? ''),
    rerunCommand: s['rerun-command'],
    junit: s.junit,
    runTimeoutMs: s['bisect-run-timeout'] * 1000,
    deadlineMs: s['bisect-deadline'] * 60_000,
    maxSteps: s['bisect-max-steps'],
    history: async () => {
      if (file !== undefined) return historyFile(resolve(host.cwd, file))
      const sha =
        host.context.sha || (await revParse(createGit(resolve(host.workspace)), 'HEAD').catch(() => ''))
      const found = await findHistory(host, host.baselines, {
        file: undefined,
        store: host.baselines,
        sha,
        baseSha: undefined,
        ...baselineOptions(s),
        windowDays: 400,
        now: host.now()
      })
      return found.history.runs.length > 0 ? { history: found.history, source: found.note } : undefined
    }
  }
}

/** The one line for a run whose reports hold no test case: the files (the first few), and any unreadable one. */
export function noCases(files: readonly string[], bad: readonly BadReport[]): string {
  const shown = files.slice(0, 3).join(', ')
  const more = files.length > 3 ? ` and ${files.length - 3} more` : ''
  const unreadable =
    bad.length > 0
      ? `; ${bad.length} unreadable (${(bad[0] as BadReport).file}: ${(bad[0] as BadReport).reason}${bad.length > 1 ? ', …' : ''})`
      : ''
  return `${shown || 'the JUnit reports'}${more}: no test case in any report, nothing was tested (a test job that stopped before writing results looks like this)${unreadable}`
}

/** The quarantine file: the one given (must exist), else the default path in the repository (may be absent). */
async function loadQuarantine(host: Host, given: string | undefined, now: Date): Promise<Quarantine> {
  const path =
    given !== undefined ? resolve(host.cwd, given) : resolve(host.workspace, DEFAULT_QUARANTINE_FILE)
  const shown = given ?? DEFAULT_QUARANTINE_FILE
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && given === undefined) return EMPTY_QUARANTINE
    throw new UserError(`${shown}: cannot read the quarantine file (${code ?? 'error'})`)
  }
  return parseQuarantine(text, shown, now)
}

interface LoadedReports {
  report: JunitReport
  files: string[]
  bad: BadReport[]
}

/** Expand files and globs, parse each report (a bad one is set aside with its reason), merge the rest as one run. */
async function loadReports(
  specs: string[],
  opts: { cwd: string; workspace: string; label: string; duplicates: 'distinct' | 'attempts' }
): Promise<LoadedReports> {
  const paths: string[] = []
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      const found = (await glob([spec], { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: true })).sort()
      if (found.length === 0)
        throw new UserError(
          `${opts.label} ${JSON.stringify(spec.slice(0, 200))} matched no files (in ${opts.cwd})`
        )
      paths.push(...found)
    } else paths.push(resolve(opts.cwd, spec))
  }
  const unique = [...new Set(paths)]
  if (unique.length === 0) throw new UserError(`${opts.label}: no JUnit report given`)
  if (unique.length > MAX_REPORTS)
    throw new UserError(`${opts.label}: ${unique.length} reports, more than ${MAX_REPORTS}`)
  const reports: JunitReport[] = []
  const bad: BadReport[] = []
  const files: string[] = []
  for (const path of unique) {
    const rel = relative(opts.cwd, path)
    const shown = isAbsolute(path) && rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
    files.push(shown)
    try {
      reports.push(await parseJunitFile(path, { duplicates: opts.duplicates, roots: [opts.workspace] }))
    } catch (e) {
      if (!(e instanceof UserError)) throw e
      // The reader names the absolute path; the section names the file as the user gave it.
      const reason = e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message
      bad.push({ file: shown, reason })
    }
  }
  if (reports.length === 0) {
    const first = bad[0] as BadReport
    const others =
      bad.length > 1 ? ` (and ${bad.length - 1} more unreadable report${bad.length > 2 ? 's' : ''})` : ''
    throw new UserError(`${first.file}: ${first.reason}${others}`)
  }
  // Files of one run: retry files add attempts, shards add cases (retry form R5, see mergeReports).
  const report =
    reports.length === 1 ? (reports[0] as JunitReport) : mergeReports(reports, { duplicates: 'attempts' })
  return { report, files, bad }
}

export interface TrackOptions {
  /** A history file (the CLI's --history): read, this run added, written back. */
  file: string | undefined
  store: BaselineStore | undefined
  sha: string
  /** The pull request's base: where its history is looked for. */
  baseSha: string | undefined
  walkBack: number
  retentionDays: number
  windowDays: number
  now: Date
}

/** Read the history, add this run when it may be learned from, save it where it belongs. Never crashes a run. */
async function trackHistory(
  host: Host,
  verdict: RunVerdict,
  bad: BadReport[],
  opts: TrackOptions
): Promise<{ history: History; info: HistoryInfo }> {
  const { file, store } = opts
  const saves = file !== undefined || store?.savesInAuto === true
  let history = emptyHistory()
  let note: string
  if (file !== undefined) {
    const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined
      throw new UserError(`${file}: cannot read the history file (${e.code ?? 'error'})`)
    })
    if (text !== undefined) history = parseHistory(text, file)
    note = text === undefined ? `a new history file ${file}` : `from ${file}`
  } else {
    const found = await findHistory(host, store, opts)
    history = found.history
    note = found.note
  }

  let notLearned: string | undefined
  if (!saves) notLearned = 'history is saved only by trusted runs on the default branch'
  else if (verdict.infra) notLearned = 'infrastructure failure'
  else if (bad.length > 0) notLearned = 'a report was unreadable'
  else if (verdict.tests.total === 0) notLearned = 'no test ran'
  if (notLearned === undefined) {
    const ctx = host.context
    const run = ctx.runId !== undefined ? `${ctx.runId}-${ctx.runAttempt ?? 1}` : undefined
    const record = recordRun(
      history,
      {
        sha: /^[0-9a-f]{7,64}$/.test(opts.sha) ? opts.sha : 'local',
        date: opts.now.toISOString(),
        ...(run ? { run } : {})
      },
      outcomesOf(verdict)
    )
    history = appendRun(history, record, opts.windowDays, opts.now)
    await saveHistory(host, history, opts).catch((error: unknown) => {
      if (file !== undefined || !host.context.repository) throw error
      const text = describeError(error)
      const rerun = /already exists/.test(text)
      host.logger.log(
        rerun ? 'notice' : 'warning',
        rerun
          ? `the flake history of ${opts.sha.slice(0, 7)} was already saved by an earlier attempt of this run`
          : `the flake history was not saved: ${text}`
      )
    })
  }
  return {
    history,
    info: {
      runs: history.runs.length,
      note,
      learned: notLearned === undefined,
      ...(notLearned ? { notLearned } : {})
    }
  }
}

/** Each case's code for the history: what the test did, whether or not the quarantine excused it. */
function* outcomesOf(verdict: RunVerdict): Generator<[string, Exclude<Code, '-'>]> {
  for (const c of verdict.cases) {
    const o = c.case.outcome
    yield [c.id, o === 'passed' ? 'p' : o === 'flaky' ? 'k' : o === 'skipped' ? 's' : 'f']
  }
}

/** The newest history on the base's first-parent line (a pull request), or on HEAD's (any other run). */
export async function findHistory(
  host: Host,
  store: BaselineStore | undefined,
  opts: TrackOptions
): Promise<{ history: History; note: string }> {
  if (!store)
    return { history: emptyHistory(), note: 'no history: no GitHub token or artifact service in this run' }
  const git = createGit(resolve(host.workspace))
  const from = opts.baseSha ?? opts.sha
  const candidates = async (): Promise<string[]> => {
    if (!from) return []
    const line = await firstParentAncestors(git, from, opts.walkBack + 1).catch(() => [] as string[])
    return line.length > 0 ? line : [from]
  }
  try {
    const found = await store.find(HISTORY_KIND, candidates, HISTORY_FILE)
    if (!found.found)
      return {
        history: emptyHistory(),
        note: found.note === '' ? 'no history yet' : `no history: ${found.note}`
      }
    const what = found.sha ? `history of ${found.sha.slice(0, 7)}` : found.path
    const text = await readFile(found.path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`${what}: cannot read ${HISTORY_FILE} (${e.code ?? 'error'})`)
    })
    return { history: parseHistory(text, what), note: found.note === '' ? what : found.note }
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error
    const note = `no history: ${describeError(error)}`
    host.logger.log('warning', note)
    return { history: emptyHistory(), note }
  }
}

async function saveHistory(host: Host, history: History, opts: TrackOptions): Promise<void> {
  const text = serializeHistory(history)
  if (opts.file !== undefined) {
    await writeFile(opts.file, text).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`${opts.file}: cannot write the history file (${e.code ?? 'error'})`)
    })
    return
  }
  const store = opts.store as BaselineStore
  const dir = join(host.tempDir, 'flaky-history-out')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, HISTORY_FILE), text)
  const sha = /^[0-9a-f]{7,64}$/.test(opts.sha) ? opts.sha : 'local'
  const where = await store.save(HISTORY_KIND, sha, dir, HISTORY_FILE, opts.retentionDays)
  host.logger.log('info', `saved the flake history (${history.runs.length} runs) as ${where}`)
}
