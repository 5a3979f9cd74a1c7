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
 * it could not read); when no report at all can be read, the run is a one-line error (exit 2 on the CLI).
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
import { notify, NOTIFY_SETTINGS, readNotify } from './notify.js'
import { humanResult, writeJsonResult, type FlakyRun } from './output.js'
import { propose, type PolicyOptions } from './policy.js'
import { DEFAULT_QUARANTINE_FILE, EMPTY_QUARANTINE, parseQuarantine, type Quarantine } from './quarantine.js'
import { GATE_ID, renderFlaky, type HistoryInfo } from './render.js'

const HISTORY_KIND = 'flaky'
const HISTORY_FILE = 'flaky-history.json'
/** Report files one run reads. */
const MAX_REPORTS = 10_000
const POLICY = 'Quarantine policy'

export const flakyGate = defineGate({
  id: GATE_ID,
  action: 'flaky-quarantine',
  command: 'flaky',
  usage: '--junit <file|glob>... [--quarantine <file>] [--history <file>] [options]',
  about:
    'Read JUnit reports (every dialect; retries as Surefire flakyFailure/rerunFailure, repeated testcases or one\nfile per attempt), tell passed, failed, flaky and skipped tests apart, excuse failures listed in the\nquarantine file, and keep a flake history that proposes tests for quarantine and release.',
  settings: [
    {
      name: 'junit',
      kind: 'list',
      required: true,
      positional: true,
      placeholder: '<file|glob>',
      description:
        'JUnit XML reports: files or globs, one per line (or comma-separated). Several files are one run: the same test in two files is two attempts of it (one file per retry attempt).',
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
    ...NOTIFY_SETTINGS,
    ...BASELINE_SETTINGS
  ],

  async evaluate(s, host) {
    const get = hostInputs(host)
    const now = host.now()
    const workspace = resolve(host.workspace)
    const notifyConfig = readNotify(s, host, get)
    // The default path (which the runner fills in as the input's value) may be absent; a path given must exist.
    const quarantine = await loadQuarantine(
      host,
      s.quarantine === DEFAULT_QUARANTINE_FILE ? undefined : s.quarantine,
      now
    )

    const loaded = await host.logger.group('Read JUnit reports', () =>
      loadReports(s.junit, {
        cwd: host.cwd,
        workspace,
        label: labelOf(get, 'junit'),
        duplicates: s.duplicates
      })
    )
    const verdict = evaluateRun(loaded.report, quarantine, {
      infraFailureRatio: s['infra-failure-ratio'],
      bad: loaded.bad
    })
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
      history: historyLine
    }
    const t = verdict.tests
    const result: GateResult<FlakyRun> = {
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
  print: { json: writeJsonResult, human: humanResult }
})

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
  // Files of one run: the same id in two files is two attempts of one test (retry form R5).
  const report =
    reports.length === 1 ? (reports[0] as JunitReport) : mergeReports(reports, { duplicates: 'attempts' })
  return { report, files, bad }
}

interface TrackOptions {
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
async function findHistory(
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
