/**
 * `task: bisect` (`quality-gates flaky bisect`): find the commit that broke one test, aware that the test may
 * be flaky.
 *
 * One straight line: settings → good/bad (given, or defaulted from the flake history) → a temporary
 * `git worktree` at the bad commit → `git bisect start <bad> <good>` + `git bisect run <probe>` there → the
 * culprit, the per-commit counts and a confidence → a section (no commit status: this task judges no commit
 * of a pull request). The user's checkout is never touched: the worktree is the bisect's, and it is reset and
 * removed afterwards, also after an error, a step limit or the deadline.
 *
 * At each commit the probe (bisect-probe.ts) runs the test `repeat` (R) times:
 * - run 1 is the workflow author's `command` (through a shell, as the author wrote it; it may build first).
 *   It must write JUnit (`junit` globs) that holds the test: no report (the build or the command failed) or
 *   no such test (it does not exist yet at that commit, or did not run) → 125, skip;
 * - runs 2..R rerun only this test, without a shell, with the `preset`'s selection (or the `rerun-command`
 *   template) built from the case as run 1 reported it (presets.ts): the test id, which comes from reports
 *   and may hold anything, only ever becomes whole argv entries or an escaped pattern;
 * - a run whose report does not hold the test (the run timed out or crashed before writing it) is no
 *   sample: it is not counted;
 * - verdict: good (exit 0) when the test passed in every counted run, bad (exit 1) when it failed in ANY
 *   counted run. Decision for mixed results: a commit where the test fails at all is bad, since a broken or
 *   newly flaky test fails there some of the time and a correct one never does. The price: a test that was
 *   already flaky before the culprit can make an earlier commit look bad (the counts per commit show it).
 *   A run in which the test was flaky (failed, then passed on a runner's own retry) counts as a failure.
 *
 * Confidence: a bad commit can still pass all R runs. With the failure rate seen at the culprit (f of n runs),
 * that chance is (1 − f/n)^R per commit judged good, and at most 1 − (1 − that)^k over the k commits judged
 * good. The report states both, in plain words.
 *
 * Bounds: the test id (8 kB), R (1-50), the commits in the range (MAX_COMMITS), the probe calls
 * (`bisect-max-steps`), each run (`bisect-run-timeout`, and never past the deadline) and the whole bisect
 * (`bisect-deadline`). A limit hit ends the bisect with what it found so far, said as such.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { describeError, UserError } from '../shared/errors.js'
import type { GateResult } from '../shared/gate.js'
import { gitEnv } from '../shared/git.js'
import type { Host } from '../shared/host.js'
import { headingLine, makeFragment } from '../shared/fragment.js'
import { escapeText, inlineCode, table } from '../shared/markdown.js'
import { runCommand } from './command.js'
import {
  PROBE_ABORT,
  PROBE_BAD,
  PROBE_GOOD,
  PROBE_SKIP,
  startProbeServer,
  type ProbeServer
} from './bisect-probe.js'
import { codeAt, parseHistory, type History } from './history.js'
import { DEFAULT_LIMITS } from './junit.js'
import type { JunitCase } from './model.js'
import { buildSelection, isPresetName, rerunBase, type PresetName } from './presets.js'
import { GATE_ID } from './render.js'
import { runWithRetries, type RetryResult } from './retry.js'

/** Commits between good and bad a bisect takes on. */
export const MAX_COMMITS = 100_000
const MAX_TEST_CHARS = 8192
const MAX_LOG_LINE = 500
/** Commits listed in the section's table. */
const MAX_ROWS = 60

export interface BisectOptions {
  /** The case id, as cases[].id prints it. */
  test: string
  good?: string | undefined
  bad?: string | undefined
  /** Runs per commit. */
  repeat: number
  command?: string | undefined
  preset: PresetName
  rerunCommand?: string | undefined
  junit: readonly string[]
  /** The repository (the workspace) and the directory the commands run in (inside it). */
  repo: string
  cwd: string
  runTimeoutMs: number
  deadlineMs: number
  maxSteps: number
  /** The flake history, for good/bad when not given; undefined = none. */
  history?: () => Promise<{ history: History; source: string } | undefined>
  env?: Record<string, string | undefined>
  log?: (line: string) => void
  now?: () => number
}

export type CommitVerdict = 'good' | 'bad' | 'skip'

export interface CommitRecord {
  sha: string
  subject: string
  /** Order in which the bisect judged it (1 = first). */
  step: number
  /** Runs that said something about the test (its outcome was in a report). */
  runs: number
  passed: number
  failed: number
  verdict: CommitVerdict
  /** Why it was skipped, or a note (runs without a report). */
  note?: string
}

export interface BisectRun {
  test: string
  good: string
  bad: string
  /** Where good/bad came from when defaulted. */
  range: string
  repeat: number
  commits: number
  /** found: one culprit; ambiguous: skipped commits leave several candidates; incomplete: a limit ended it. */
  outcome: 'found' | 'ambiguous' | 'incomplete'
  culprit?: { sha: string; subject: string; author: string; date: string }
  /** ambiguous: the commits the first bad one may be. */
  candidates: string[]
  judged: CommitRecord[]
  confidence: string
  /** One line. */
  reason: string
}

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

function git(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024): Promise<GitResult> {
  return new Promise(resolve => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false', ...args],
      { cwd, env: gitEnv(), encoding: 'utf8', maxBuffer, windowsHide: true },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

async function gitOk(cwd: string, args: string[], what: string): Promise<string> {
  const r = await git(cwd, args)
  if (r.code !== 0) {
    const first = r.stderr.split('\n').find(l => l.trim() !== '') ?? `exit code ${r.code}`
    throw new UserError(`${what}: ${first.slice(0, 300)}`)
  }
  return r.stdout
}

/** A revision the user gave, as a full commit sha; never read as an option. */
async function resolveCommit(repo: string, rev: string, label: string): Promise<string> {
  if (rev === '' || rev.length > 256 || rev.startsWith('-') || /[\0-\x1f\x7f\s]/.test(rev))
    throw new UserError(`${label}: ${JSON.stringify(rev.slice(0, 100))} is not a git revision`)
  const r = await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
  const sha = r.stdout.trim()
  if (r.code !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
    throw new UserError(
      `${label}: unknown commit ${JSON.stringify(rev.slice(0, 100))} (fetched? a bisect needs the history: checkout with fetch-depth: 0)`
    )
  return sha
}

/**
 * good and bad from the history: the newest commit where the test passed in every run it had, and the oldest
 * commit after that commit's runs where it failed. Undefined when the history holds no such pair.
 */
export function defaultRange(
  history: History,
  test: string
): { good: string; bad: string; goodRun: string; badRun: string } | undefined {
  const i = history.index.get(test)
  if (i === undefined) return undefined
  const runs = history.runs
  const label = (n: number): string => {
    const r = runs[n]!
    return `${r.run !== undefined ? `run ${r.run}` : `the run`} of ${r.date}`
  }
  // Each commit's codes, and the index of its last run.
  const bySha = new Map<string, { codes: string[]; last: number }>()
  runs.forEach((r, n) => {
    if (r.sha === 'local') return
    const code = codeAt(r, i)
    if (code === '-') return
    const e = bySha.get(r.sha) ?? { codes: [], last: n }
    e.codes.push(code)
    e.last = n
    bySha.set(r.sha, e)
  })
  const goods = [...bySha]
    .filter(([, e]) => e.codes.length > 0 && e.codes.every(c => c === 'p'))
    .sort((a, b) => b[1].last - a[1].last)
  for (const [sha, e] of goods) {
    for (let n = e.last + 1; n < runs.length; n++) {
      const r = runs[n]!
      if (r.sha !== 'local' && r.sha !== sha && codeAt(r, i) === 'f') {
        return { good: sha, bad: r.sha, goodRun: label(e.last), badRun: label(n) }
      }
    }
  }
  return undefined
}

function check(o: BisectOptions): void {
  if (o.test.trim() === '') throw new UserError('task bisect: set test (the case id as cases[].id prints it)')
  if (o.test.length > MAX_TEST_CHARS)
    throw new UserError(`task bisect: the test id is longer than ${MAX_TEST_CHARS} characters`)
  if (/[\n\r]/.test(o.test)) throw new UserError('task bisect: a test id is one line')
  if (o.command === undefined || o.command.trim() === '')
    throw new UserError(
      'task bisect: set command (the test command, run once per commit before the reruns of the test)'
    )
  if (!isPresetName(o.preset)) throw new UserError(`task bisect: unknown preset ${JSON.stringify(o.preset)}`)
  if (!Number.isSafeInteger(o.repeat) || o.repeat < 1 || o.repeat > 50)
    throw new UserError('task bisect: repeat must be from 1 to 50')
}

/** Run the bisect (see the module comment). Throws a UserError for bad settings; otherwise returns a result. */
export async function runBisect(o: BisectOptions): Promise<BisectRun> {
  check(o)
  const now = o.now ?? Date.now
  const started = now()
  const log = (line: string): void =>
    o.log?.(line.length > MAX_LOG_LINE ? `${line.slice(0, MAX_LOG_LINE)}…` : line)
  const repo = resolve(o.repo)
  const top = (await gitOk(repo, ['rev-parse', '--show-toplevel'], `${repo}: not a git repository`)).trim()
  const sub = relative(resolve(top), resolve(o.cwd))
  if (sub.startsWith('..')) throw new UserError(`${o.cwd}: the working directory is outside the repository`)

  // The range.
  let range = 'given'
  let goodRev = o.good
  let badRev = o.bad
  if (goodRev === undefined || badRev === undefined) {
    const h = await o.history?.()
    const found = h === undefined ? undefined : defaultRange(h.history, o.test)
    if (found === undefined) {
      throw new UserError(
        h === undefined
          ? 'task bisect: set good and bad (there is no flake history to default them from)'
          : `task bisect: set good and bad (the history ${h.source} has no commit where ${JSON.stringify(o.test.slice(0, 200))} passed in every run followed by one where it failed)`
      )
    }
    const from: string[] = []
    if (goodRev === undefined) {
      goodRev = found.good
      from.push(`good ${found.good.slice(0, 12)} from ${found.goodRun}`)
    }
    if (badRev === undefined) {
      badRev = found.bad
      from.push(`bad ${found.bad.slice(0, 12)} from ${found.badRun}`)
    }
    range = `from the history (${h!.source}): ${from.join(', ')}`
  }
  const good = await resolveCommit(repo, goodRev, 'good')
  const bad = await resolveCommit(repo, badRev, 'bad')
  if (good === bad) throw new UserError('task bisect: good and bad are the same commit')
  if ((await git(repo, ['merge-base', '--is-ancestor', good, bad])).code !== 0)
    throw new UserError(
      `task bisect: good ${good.slice(0, 12)} is not an ancestor of bad ${bad.slice(0, 12)} (swapped?)`
    )
  const commits = Number(
    (await gitOk(repo, ['rev-list', '--count', `${good}..${bad}`], 'task bisect: rev-list')).trim()
  )
  if (!Number.isSafeInteger(commits) || commits > MAX_COMMITS)
    throw new UserError(`task bisect: ${commits} commits between good and bad, more than ${MAX_COMMITS}`)
  log(
    `bisect ${JSON.stringify(o.test)}: good ${good.slice(0, 12)}, bad ${bad.slice(0, 12)} (${range}), ${commits} commit(s), ${o.repeat} run(s) per commit`
  )

  const tmp = mkdtempSync(join(tmpdir(), 'qg-bisect-'))
  const wt = join(tmp, 'wt')
  const judged: CommitRecord[] = []
  let limit: string | undefined
  let server: ProbeServer | undefined
  let added = false
  try {
    await gitOk(repo, ['worktree', 'add', '--detach', '--quiet', wt, bad], 'task bisect: git worktree add')
    added = true
    const cwd = join(wt, sub)
    const deadline = started + o.deadlineMs
    let steps = 0
    server = await startProbeServer(tmp, async () => {
      if (steps >= o.maxSteps) {
        limit = `stopped after ${o.maxSteps} step(s) (bisect-max-steps)`
        return PROBE_ABORT
      }
      if (now() >= deadline) {
        limit = `stopped at the deadline (bisect-deadline, ${duration(o.deadlineMs)})`
        return PROBE_ABORT
      }
      steps++
      const head = (await gitOk(wt, ['rev-parse', 'HEAD'], 'task bisect: rev-parse')).trim()
      const subject = (await git(wt, ['show', '-s', '--format=%s', head])).stdout.trim()
      const rec = await judgeCommit(o, cwd, tmp, head, subject, steps, deadline, now, log)
      judged.push(rec)
      log(
        `step ${steps}: ${head.slice(0, 12)} ${rec.verdict} (passed ${rec.passed}/${rec.runs}${rec.note ? `; ${rec.note}` : ''})`
      )
      return rec.verdict === 'good' ? PROBE_GOOD : rec.verdict === 'bad' ? PROBE_BAD : PROBE_SKIP
    })
    await gitOk(wt, ['bisect', 'start', bad, good], 'task bisect: git bisect start')
    const remaining = Math.max(1000, deadline - now())
    const res = await runCommand(['git', 'bisect', 'run', ...server.argv], {
      cwd: wt,
      env: gitEnv(),
      // The probe's own runs stop at the deadline; this only bounds git itself.
      timeoutMs: remaining + 60_000,
      killGraceMs: 2000
    })
    if (res.outcome === 'timeout') limit ??= 'git bisect run did not end by the deadline'
    const bisectLog = (await git(wt, ['bisect', 'log'])).stdout
    return conclude(o, repo, { good, bad, range, commits, judged, bisectLog, limit })
  } finally {
    await server?.close()
    if (added) {
      const reset = await git(wt, ['bisect', 'reset'])
      if (reset.code !== 0) log(`git bisect reset: ${reset.stderr.trim().slice(0, 200)}`)
      const rm = await git(repo, ['worktree', 'remove', '--force', wt])
      if (rm.code !== 0) log(`could not remove the bisect worktree ${wt}: ${rm.stderr.trim().slice(0, 200)}`)
    }
    rmSync(tmp, { recursive: true, force: true })
    await git(repo, ['worktree', 'prune'])
  }
}

/** R runs of the test at the checked-out commit (see the module comment). */
async function judgeCommit(
  o: BisectOptions,
  cwd: string,
  tmp: string,
  sha: string,
  subject: string,
  step: number,
  deadline: number,
  now: () => number,
  log: (line: string) => void
): Promise<CommitRecord> {
  const rec: CommitRecord = { sha, subject, step, runs: 0, passed: 0, failed: 0, verdict: 'skip' }
  const notes: string[] = []
  const attemptsDir = join(tmp, `step-${step}`)
  // The commands are the project's: they never see this process's inputs (the token) or runtime tokens.
  const env: Record<string, string | undefined> = { ...o.env }
  for (const k of Object.keys(process.env))
    if (/^(?:INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/i.test(k)) env[k] = undefined
  type Ran = { stop: string } | { r: RetryResult; c: JunitCase | undefined }
  const runOnce = async (n: number, command: string | readonly string[]): Promise<Ran> => {
    const left = deadline - now()
    if (left <= 0) return { stop: 'the deadline came' }
    const r = await runWithRetries({
      command,
      junit: o.junit,
      maxRetries: 0,
      preset: o.preset,
      cwd,
      env,
      timeoutMs: Math.max(1, Math.min(o.runTimeoutMs, left)),
      killGraceMs: 2000,
      attemptsDir: join(attemptsDir, `run-${n}`),
      infraMinFailures: Number.MAX_SAFE_INTEGER
    })
    const c = r.report?.cases.find(x => x.id === o.test)
    return { r, c }
  }
  // Run 1: the author's command, which says whether the test exists here.
  const first = await runOnce(1, o.command as string)
  if ('stop' in first) {
    rec.note = first.stop
    return rec
  }
  if (first.r.report === undefined) {
    rec.note = `the command wrote no JUnit report (${first.r.attempts[0]?.description ?? 'did not run'}): build or command failed`
    return rec
  }
  if (first.c === undefined || first.c.outcome === 'skipped') {
    rec.note = first.c === undefined ? 'no such test at this commit' : 'the test was skipped at this commit'
    return rec
  }
  count(rec, first.c)
  let base: string[] | undefined
  let argv: string[] | undefined
  if (o.repeat > 1) {
    const ctx = {
      cwd,
      env: { ...process.env, ...env },
      junit: o.junit,
      maxNameChars: DEFAULT_LIMITS.maxNameChars
    }
    try {
      base = rerunBase(o.preset, o.rerunCommand, ctx)
      const sel = buildSelection(o.preset, base, [first.c], ctx)
      if (sel.selected.length === 1) argv = sel.argv
      else notes.push(`cannot rerun the test alone: ${sel.unselectable[0]?.reason ?? 'not selectable'}`)
    } catch (e) {
      notes.push(`cannot rerun the test alone: ${describeError(e)}`)
    }
  }
  for (let n = 2; n <= o.repeat && argv !== undefined; n++) {
    const run = await runOnce(n, argv)
    if ('stop' in run) {
      notes.push(run.stop)
      break
    }
    if (run.c === undefined || run.c.outcome === 'skipped') {
      notes.push(`run ${n} did not report the test (${run.r.attempts[0]?.description ?? 'did not run'})`)
      continue
    }
    count(rec, run.c)
  }
  rec.verdict = rec.failed > 0 ? 'bad' : 'good'
  if (rec.runs < o.repeat) notes.push(`${rec.runs} of ${o.repeat} run(s) counted`)
  if (notes.length > 0) rec.note = notes.join('; ')
  log(`  ${sha.slice(0, 12)}: ${rec.passed} passed, ${rec.failed} failed of ${rec.runs}`)
  return rec
}

/** Whole minutes as minutes, anything shorter in seconds. */
function duration(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`
}

function count(rec: CommitRecord, c: JunitCase): void {
  rec.runs++
  if (c.outcome === 'passed') rec.passed++
  else rec.failed++ // failed, error, or flaky within the run
}

/** The culprit (or candidates) from `git bisect log`, and the confidence sentence. */
async function conclude(
  o: BisectOptions,
  repo: string,
  r: {
    good: string
    bad: string
    range: string
    commits: number
    judged: CommitRecord[]
    bisectLog: string
    limit: string | undefined
  }
): Promise<BisectRun> {
  const lines = r.bisectLog.split('\n')
  const first = lines.map(l => /^# first bad commit: \[([0-9a-f]{40,64})\]/.exec(l)).find(m => m !== null)
  const candidates = lines
    .map(l => /^# possible first bad commit: \[([0-9a-f]{40,64})\]/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => m[1] as string)
  const base = {
    test: o.test,
    good: r.good,
    bad: r.bad,
    range: r.range,
    repeat: o.repeat,
    commits: r.commits,
    judged: r.judged
  }
  if (first) {
    const sha = first[1] as string
    const show = await git(repo, ['show', '-s', '--format=%s%x00%an%x00%aI', sha])
    const [subject = '', author = '', date = ''] = show.stdout.replace(/\n$/, '').split('\0')
    const judgedHere = r.judged.find(j => j.sha === sha)
    return {
      ...base,
      outcome: 'found',
      culprit: { sha, subject, author, date },
      candidates: [],
      confidence: confidence(judgedHere, r.judged, o.repeat, sha === r.bad),
      reason: `${sha.slice(0, 12)} is the first commit where the test fails`
    }
  }
  if (candidates.length > 0) {
    return {
      ...base,
      outcome: 'ambiguous',
      candidates,
      confidence: 'no single culprit: commits the test could not run at (skipped) sit next to it',
      reason: `the first bad commit is one of ${candidates.length} (skipped commits in between)`
    }
  }
  return {
    ...base,
    outcome: 'incomplete',
    candidates: [],
    confidence: 'no culprit',
    reason: r.limit ?? 'git bisect run ended without naming a commit'
  }
}

/** The confidence sentence (see the module comment). */
export function confidence(
  culprit: CommitRecord | undefined,
  judged: readonly CommitRecord[],
  repeat: number,
  culpritIsBad: boolean
): string {
  const goods = judged.filter(j => j.verdict === 'good')
  const goodPart =
    goods.length === 0
      ? 'no commit was judged good in this bisect (the culprit is the first commit after good)'
      : `${goods.length} commit(s) judged good, each passed ${goods.map(g => `${g.passed}/${g.runs}`).join(', ')}`
  if (culprit === undefined || culprit.runs === 0) {
    return `${goodPart}; the culprit itself was ${culpritIsBad ? 'given as bad' : 'not run'}, so its failure rate is unknown`
  }
  const rate = culprit.failed / culprit.runs
  const pass = (1 - rate) ** repeat
  const anyGood = 1 - (1 - pass) ** goods.length
  const pct = (x: number): string =>
    x === 0 ? '0 %' : x < 0.001 ? '< 0.1 %' : `${(x * 100).toFixed(x < 0.1 ? 1 : 0)} %`
  const at = `the failure rate seen at the culprit (${culprit.failed}/${culprit.runs})`
  if (rate === 1)
    return `${goodPart}; the test failed in every run at the culprit (${culprit.failed}/${culprit.runs}): at that rate a bad commit never passes ${repeat} runs`
  return `${goodPart}; with ${at} a bad commit passes ${repeat} run(s) in a row with probability ${pct(pass)}${goods.length > 1 ? `, so the chance that one of the ${goods.length} good verdicts is wrong is at most ${pct(anyGood)}` : ''}`
}

/** The task as the gate runs it: settings in, a section out, no commit status. */
export async function bisectTask(
  o: Omit<BisectOptions, 'log' | 'repo' | 'cwd'>,
  host: Host
): Promise<GateResult<BisectRun>> {
  const run = await host.logger.group('Bisect', () =>
    runBisect({
      ...o,
      repo: host.workspace,
      cwd: host.cwd,
      log: line => host.logger.log('info', line)
    })
  )
  const title = 'flaky: bisect'
  const summary = (
    run.outcome === 'found' ? `${run.culprit!.sha.slice(0, 12)} broke ${run.test}` : run.reason
  ).slice(0, 500)
  const status = 'neutral' as const
  const fragment = makeFragment({
    gate: GATE_ID,
    status,
    title,
    summary,
    markdown: `${headingLine({ status, title, summary })}\n\n${renderBisect(run)}`,
    metrics: { commits: run.commits, steps: run.judged.length, repeat: run.repeat },
    statusContext: `quality-gates/${GATE_ID}`
  })
  return {
    fragment,
    onCommit: false,
    outputs: {
      culprit: run.culprit?.sha ?? '',
      'bisect-outcome': run.outcome
    },
    data: run
  }
}

/** The section: the culprit, the confidence, each commit's counts. Untrusted text (ids, subjects, authors) escaped. */
export function renderBisect(run: BisectRun): string {
  const out: string[] = [`Test: ${inlineCode(run.test, 300)}`, '']
  if (run.outcome === 'found' && run.culprit) {
    const c = run.culprit
    out.push(
      `**Culprit:** \`${c.sha}\` ${escapeText(c.subject, 200)} — by ${escapeText(c.author, 100)}, ${escapeText(c.date, 40)}`
    )
  } else if (run.outcome === 'ambiguous') {
    out.push(
      `**No single culprit:** ${escapeText(run.reason, 300)}: ${run.candidates.map(s => `\`${s.slice(0, 12)}\``).join(', ')}`
    )
  } else out.push(`**No culprit:** ${escapeText(run.reason, 300)}`)
  out.push(
    '',
    `**Confidence:** ${escapeText(run.confidence, 1000)}`,
    '',
    `Range: good \`${run.good.slice(0, 12)}\`, bad \`${run.bad.slice(0, 12)}\` (${escapeText(run.range, 500)}); ${run.commits} commit(s); ${run.repeat} run(s) per commit; a failure in any run makes a commit bad.`,
    ''
  )
  const rows = run.judged
    .slice(0, MAX_ROWS)
    .map(j => [
      String(j.step),
      `\`${j.sha.slice(0, 12)}\``,
      escapeText(j.subject, 100),
      j.verdict,
      `${j.passed}/${j.runs}`,
      `${j.failed}/${j.runs}`,
      escapeText(j.note ?? '', 200)
    ])
  if (rows.length > 0) {
    out.push(
      table(['step', 'commit', 'subject', 'verdict', 'passed', 'failed', 'note'], rows, [
        'r',
        'l',
        'l',
        'l',
        'r',
        'r',
        'l'
      ])
    )
    if (run.judged.length > MAX_ROWS) out.push('', `… and ${run.judged.length - MAX_ROWS} more step(s)`)
  }
  return `${out.join('\n')}\n`
}

/** The CLI's human form. */
export function humanBisect(run: BisectRun): string {
  const out = [`flaky bisect ${JSON.stringify(run.test)}: ${run.reason}`]
  if (run.culprit)
    out.push(
      `culprit ${run.culprit.sha} ${JSON.stringify(run.culprit.subject.slice(0, 200))} by ${JSON.stringify(run.culprit.author.slice(0, 100))}`
    )
  for (const j of run.judged)
    out.push(
      `  step ${j.step} ${j.sha.slice(0, 12)} ${j.verdict.padEnd(4)} passed ${j.passed}/${j.runs}${j.note ? ` (${j.note.slice(0, 200)})` : ''}`
    )
  out.push(`confidence: ${run.confidence}`)
  out.push(run.outcome === 'found' ? 'FOUND' : run.outcome.toUpperCase())
  return `${out.join('\n')}\n`
}

/** The CLI's --json document. */
export function writeBisectJson(run: BisectRun, write: (text: string) => void): void {
  write(
    `${JSON.stringify({
      gate: GATE_ID,
      task: 'bisect',
      test: run.test,
      outcome: run.outcome,
      good: run.good,
      bad: run.bad,
      range: run.range,
      repeat: run.repeat,
      commits: run.commits,
      culprit: run.culprit ?? null,
      candidates: run.candidates,
      confidence: run.confidence,
      steps: run.judged.map(j => ({
        sha: j.sha,
        verdict: j.verdict,
        runs: j.runs,
        passed: j.passed,
        failed: j.failed,
        ...(j.note ? { note: j.note } : {})
      }))
    })}\n`
  )
}

/** The history for defaults: a file (the CLI's --history). */
export async function historyFile(path: string): Promise<{ history: History; source: string }> {
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`${path}: cannot read the history file (${e.code ?? 'error'})`)
  })
  return { history: parseHistory(text, path), source: path }
}
