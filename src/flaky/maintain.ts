/**
 * `task: maintain` of flaky-quarantine: keep the quarantine file up to date from the flake history, as a change a
 * person reviews. Run by the maintenance workflow on a schedule and on pushes to the default branch.
 *
 * One straight line: the newest history on HEAD's first-parent line (as the gate finds it) and the quarantine
 * file of the checkout → proposals (policy.ts) → the edited file (tests proposed for quarantine appended with
 * their figures, since today, expiring after `quarantine-days`; released tests and expired entries removed) →
 * where it goes:
 * - in a workflow: one issue per newly quarantined test (found again by a hidden marker, its number written into
 *   the entry), the file committed on the proposal branch through the git data API and one pull request opened
 *   or updated; where the repository forbids pull requests by Actions (or the branch cannot be written), one
 *   issue holding the patch as a unified diff instead;
 * - on the CLI (no repository): the file is edited in place.
 *
 * Idempotent: while a proposal is open its entries keep their dates and issues, an unchanged file on the branch is
 * not committed again and an unchanged title or body is not written again, so a second run with nothing new
 * writes nothing. Test ids are untrusted: bounded and neutralised in titles and bodies.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import type { BaselineStore } from '../shared/baseline-store.js'
import { describeError, UserError } from '../shared/errors.js'
import { makeFragment } from '../shared/fragment.js'
import { baselineOptions, type GateResult } from '../shared/gate.js'
import { createGit, revParse } from '../shared/git.js'
import type { Octokit } from '../shared/github.js'
import type { Host } from '../shared/host.js'
import { escapeText, inlineCode } from '../shared/markdown.js'
import { runUrl } from '../shared/run-context.js'
import { ZWJ } from '../shared/sanitize-text.js'
import { findHistory } from './gate.js'
import { parseHistory, type History } from './history.js'
import {
  blobSha,
  createIssue,
  defaultBranch,
  findIssuesByMarker,
  findOpenPull,
  PATCH_MARKER,
  PR_MARKER,
  readBranchFile,
  refusesPullRequests,
  statusOf,
  testMarker,
  updateIssue,
  upsertPull,
  writeBranch,
  type IssueRef,
  type PullRef
} from './maintain-github.js'
import { propose, type TestStats } from './policy.js'
import {
  DEFAULT_QUARANTINE_FILE,
  editQuarantine,
  parseQuarantine,
  utcDay,
  type NewQuarantineEntry,
  type QuarantineEntry
} from './quarantine.js'
import { GATE_ID } from './render.js'
import { plural, type MaintainChange, type MaintainRun } from './maintain-output.js'

/** GitHub refuses an issue title over 256 characters; ours stay well under. */
const MAX_TITLE_ID = 100
/** A test id shown in a body (code points). */
const MAX_BODY_ID = 300
/** Changes listed in a body; the rest are counted. */
const MAX_LISTED = 200
/** Issue and PR bodies stay under GitHub's 65,536 characters. */
const MAX_BODY = 60_000
/** Newly quarantined tests that get their own issue in one run (the rest are listed in the proposal). */
const MAX_NEW_ISSUES = 20

/** The settings the task reads (the gate's declaration supplies them). */
export interface MaintainSettings {
  quarantine: string
  'quarantine-days': number
  'quarantine-branch': string
  'quarantine-after-flakes': number
  'release-after-runs': number
  'release-after-days': number
  'window-days': number
}

const pct = (x: number) => `${Math.round(x * 100)}%`

/** A flaky test's figures, in words (the reason written into its entry, at most 1,000 characters). */
export function flakeFigures(s: TestStats): string {
  return `flaky: ${plural(s.flakes, 'flake')} in ${plural(s.runs, 'run')} (${pct(s.flakeRate)}) on ${plural(s.flakeCommits, 'commit')}, flip rate ${pct(s.flipRate)}`
}

function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000))
}

/**
 * A test id as part of an issue title: one line, control characters dropped, cut at code points, mentions and
 * references broken with a zero-width joiner (a title is plain text, but GitHub links `#12` and `@user` in it).
 */
export function titleText(id: string, max = MAX_TITLE_ID): string {
  const points: string[] = []
  let space = false
  for (const ch of id) {
    if (points.length > max) break
    const c = ch.codePointAt(0) as number
    if (c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') continue
    if ((c >= 0x7f && c < 0xa0) || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e)) continue
    if (/\s/u.test(ch)) {
      space = points.length > 0
      continue
    }
    if (space) points.push(' ')
    space = false
    points.push(ch === '@' || ch === '#' ? `${ch}${ZWJ}` : ch)
  }
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : points.join('')
}

/** A unified diff of two texts: one hunk from the first to the last differing line, three lines of context. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const lines = (t: string) => (t === '' ? [] : (t.endsWith('\n') ? t.slice(0, -1) : t).split('\n'))
  const a = lines(before)
  const b = lines(after)
  // A last line without its newline always changes (the new text ends with one): it stays in the hunk.
  const endsClean = before === '' || before.endsWith('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  if (!endsClean) start = Math.min(start, a.length - 1)
  let endA = a.length
  let endB = b.length
  while (endsClean && endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const from = Math.max(0, start - 3)
  const toA = Math.min(a.length, endA + 3)
  const toB = Math.min(b.length, endB + 3)
  const range = (first: number, count: number) => (count === 0 ? `${first},0` : `${first + 1},${count}`)
  const out = [
    before === '' ? '--- /dev/null' : `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${range(from, toA - from)} +${range(from, toB - from)} @@`
  ]
  const noNewline = '\\ No newline at end of file'
  for (let i = from; i < start; i++) out.push(` ${a[i]}`)
  for (let i = start; i < endA; i++) out.push(`-${a[i]}`)
  if (!endsClean) out.push(noNewline)
  for (let i = start; i < endB; i++) out.push(`+${b[i]}`)
  for (let i = endA; i < toA; i++) out.push(` ${a[i]}`)
  return `${out.join('\n')}\n`
}

/** A fenced block that shows `text` verbatim: the fence is longer than any run of backticks in it. */
function fenced(text: string, info: string): string {
  let longest = 0
  let run = 0
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0
    if (run > longest) longest = run
  }
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${info}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`
}

function changeLine(c: MaintainChange): string {
  const verb = c.kind === 'quarantine' ? 'Quarantine' : c.kind === 'release' ? 'Release' : 'Remove (expired)'
  const issue = c.issue !== undefined ? ` (#${c.issue})` : ''
  return `- ${verb} ${inlineCode(c.id, MAX_BODY_ID, { cell: false })}: ${escapeText(c.detail, 300)}${issue}`
}

function changeList(changes: MaintainChange[]): string {
  const lines = changes.slice(0, MAX_LISTED).map(changeLine)
  if (changes.length > MAX_LISTED) lines.push(`- … and ${changes.length - MAX_LISTED} more changes`)
  return lines.join('\n')
}

function proposalTitle(changes: MaintainChange[]): string {
  const count = (kind: MaintainChange['kind']) => changes.filter(c => c.kind === kind).length
  const [add, release, expired] = [count('quarantine'), count('release'), count('expired')]
  const parts = [
    ...(add > 0 ? [`quarantine ${plural(add, 'flaky test')}`] : []),
    ...(release > 0 ? [`release ${plural(release, 'test')}`] : []),
    ...(expired > 0 ? [`remove ${plural(expired, 'expired entry').replace(/entrys$/, 'entries')}`] : [])
  ]
  return `Flaky tests: ${parts.join(', ')}`
}

function cap(body: string): string {
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 40)}\n\n… (cut to fit an issue body)` : body
}

function proposalBody(
  file: string,
  changes: MaintainChange[],
  history: History,
  url: string | undefined
): string {
  return cap(
    [
      PR_MARKER,
      `Changes to \`${file}\` proposed by the flaky-quarantine maintenance task from the flake history (${plural(history.runs.length, 'run')} of the default branch${url ? `; [this run](${url})` : ''}).`,
      '',
      changeList(changes),
      '',
      'Quarantined tests still run; their failures no longer fail the flaky gate. Each entry expires on its `expires` day. Merge to apply; the next maintenance run updates this pull request.'
    ].join('\n')
  )
}

function testIssueBody(c: MaintainChange, entry: NewQuarantineEntry, file: string, branch: string): string {
  return cap(
    [
      testMarker(c.id),
      `The test ${inlineCode(c.id, 4000, { cell: false })} is flaky on the default branch: ${escapeText(c.detail, 300)}.`,
      '',
      `The flaky-quarantine maintenance task proposes it for quarantine in \`${file}\` (branch \`${branch}\`), from ${entry.since} until ${entry.expires}: it keeps running, its failures stop failing the flaky gate.`,
      '',
      'Fix the test, then remove its entry, or let the maintenance task release it once it has run clean long enough.'
    ].join('\n')
  )
}

function patchIssueBody(file: string, changes: MaintainChange[], diff: string, reason: string): string {
  const head = [
    PATCH_MARKER,
    `The flaky-quarantine maintenance task could not open a pull request (${escapeText(reason, 300)}), so here is the change to \`${file}\` as a patch. Enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General) to get pull requests instead.`,
    '',
    changeList(changes),
    ''
  ].join('\n')
  const block = fenced(diff, 'diff')
  if (head.length + block.length + 200 > MAX_BODY)
    return `${cap(head)}\nThe patch (${diff.length} characters) is too long for an issue: apply the changes above by hand.`
  return `${head}\nApply it with \`git apply\`:\n\n${block}\n`
}

/** The history the task decides from: the CLI's --history file, else the newest on HEAD's first-parent line. */
async function readHistory(
  host: Host,
  s: MaintainSettings,
  sha: string,
  now: Date
): Promise<{ history: History; note: string }> {
  const file = (s as { history?: string }).history
  if (file !== undefined) {
    const path = resolve(host.cwd, file)
    const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`${file}: cannot read the history file (${e.code ?? 'error'})`)
    })
    return { history: parseHistory(text, file), note: `from ${file}` }
  }
  const { walkBack, retentionDays } = baselineOptions(s)
  return findHistory(host, host.baselines as BaselineStore | undefined, {
    file: undefined,
    store: host.baselines,
    sha,
    baseSha: undefined,
    walkBack,
    retentionDays,
    windowDays: Math.max(s['window-days'], s['release-after-days']),
    now
  })
}

/** The quarantine file inside the repository: its path relative to the workspace (POSIX) and its text. */
async function readQuarantineFile(
  host: Host,
  given: string
): Promise<{ rel: string; abs: string; text: string; exists: boolean }> {
  const workspace = resolve(host.workspace)
  const abs = given === DEFAULT_QUARANTINE_FILE ? resolve(workspace, given) : resolve(host.cwd, given)
  const rel = relative(workspace, abs)
  if (rel === '' || rel.startsWith('..') || resolve(workspace, rel) !== abs)
    throw new UserError(`${given}: the quarantine file must be inside the repository (${workspace})`)
  const text = await readFile(abs, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined
    throw new UserError(`${given}: cannot read the quarantine file (${e.code ?? 'error'})`)
  })
  return { rel: rel.split(sep).join('/'), abs, text: text ?? '', exists: text !== undefined }
}

export async function maintainTask(s: MaintainSettings, host: Host): Promise<GateResult<MaintainRun>> {
  const now = host.now()
  const today = utcDay(now)
  const repository = host.context.repository
  const octokit = host.octokit
  const online = repository !== undefined && octokit !== undefined
  const sha = host.context.sha || (await revParse(createGit(resolve(host.workspace)), 'HEAD').catch(() => ''))

  let main = ''
  if (online) {
    main = await defaultBranch(octokit, { owner: repository.owner, repo: repository.repo })
    if (host.context.ref !== `refs/heads/${main}` || !/^[0-9a-f]{40}$/.test(sha))
      return neutral(
        s.quarantine,
        `the quarantine is maintained only on the default branch (${main}); this run is on ${host.context.ref || 'no ref'}`
      )
  }

  const q = await readQuarantineFile(host, s.quarantine)
  const quarantine = parseQuarantine(q.text, q.rel, now)
  const found = await host.logger.group('Read the flake history', () => readHistory(host, s, sha, now))
  const proposals = propose(
    found.history,
    quarantine,
    {
      flakes: s['quarantine-after-flakes'],
      cleanRuns: s['release-after-runs'],
      cleanDays: s['release-after-days']
    },
    now
  )
  const changes: MaintainChange[] = [
    ...proposals.quarantine.map(p => ({ kind: 'quarantine' as const, id: p.id, detail: flakeFigures(p) })),
    ...proposals.release.map(p => ({
      kind: 'release' as const,
      id: p.id,
      detail: `${plural(p.cleanStreak, 'clean run')} in a row${p.lastBad ? `, last flake or failure ${p.lastBad.slice(0, 10)}` : ''}`
    })),
    ...quarantine.expired.map(e => ({
      kind: 'expired' as const,
      id: e.id,
      detail: `expired ${e.expires ?? ''}`
    }))
  ]
  host.logger.log('info', `flake history: ${plural(found.history.runs.length, 'run')} (${found.note})`)
  if (changes.length === 0) return result(q.rel, [], [`nothing to change (history: ${found.note})`], false)

  const remove = new Set(changes.filter(c => c.kind !== 'quarantine').map(c => c.id))
  const added = (issues: Map<string, number>, keep: Map<string, QuarantineEntry>): NewQuarantineEntry[] =>
    changes
      .filter(c => c.kind === 'quarantine')
      .map(c => {
        const open = keep.get(c.id)
        const since = open?.since ?? today
        const issue =
          issues.get(c.id) ??
          (open?.issue !== undefined && /^\d+$/.test(open.issue) ? Number(open.issue) : undefined)
        return {
          id: c.id,
          reason: c.detail,
          ...(issue !== undefined ? { issue } : {}),
          since,
          expires: open?.expires ?? addDays(since, s['quarantine-days'])
        }
      })

  if (!online) {
    const text = editQuarantine(q.text, q.rel, now, { remove, add: added(new Map(), new Map()) })
    await mkdir(dirname(q.abs), { recursive: true })
    await writeFile(q.abs, text).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`${q.rel}: cannot write the quarantine file (${e.code ?? 'error'})`)
    })
    return result(q.rel, changes, [`wrote ${q.rel} (${plural(changes.length, 'change')})`], true)
  }
  return proposeOnline(host, octokit, repository, s, {
    q,
    sha,
    main,
    now,
    changes,
    remove,
    added,
    history: found.history
  })
}

interface OnlineInput {
  q: { rel: string; text: string }
  sha: string
  /** The default branch. */
  main: string
  now: Date
  changes: MaintainChange[]
  remove: Set<string>
  added: (issues: Map<string, number>, keep: Map<string, QuarantineEntry>) => NewQuarantineEntry[]
  history: History
}

async function proposeOnline(
  host: Host,
  octokit: Octokit,
  repository: { owner: string; repo: string },
  s: MaintainSettings,
  input: OnlineInput
): Promise<GateResult<MaintainRun>> {
  const repo = { owner: repository.owner, repo: repository.repo }
  const { q, sha, main, now, changes } = input
  const branch = s['quarantine-branch']
  const done: string[] = []

  // An open proposal's entries keep their dates and issues while it is open.
  const onBranch = await readBranchFile(octokit, repo, branch, q.rel)
  const keep = new Map<string, QuarantineEntry>()
  if (onBranch?.text !== undefined) {
    try {
      const proposed = parseQuarantine(onBranch.text, `${branch}:${q.rel}`, now)
      for (const e of proposed.active.values()) keep.set(e.id, e)
    } catch (e) {
      host.logger.log('warning', `the proposal branch's file is not used: ${describeError(e)}`)
    }
  }

  // One issue per newly quarantined test, found again by its marker.
  const fresh = changes.filter(c => c.kind === 'quarantine')
  const markers = new Map(fresh.map(c => [testMarker(c.id), c]))
  const existing = await findIssuesByMarker(octokit, repo, new Set(markers.keys()), 'all')
  const issues = new Map<string, number>()
  for (const [marker, issue] of existing) issues.set((markers.get(marker) as MaintainChange).id, issue.number)
  for (const c of fresh) {
    const kept = keep.get(c.id)?.issue
    if (!issues.has(c.id) && kept !== undefined && /^\d+$/.test(kept)) issues.set(c.id, Number(kept))
  }
  let opened = 0
  const provisional = input.added(issues, keep)
  for (const [i, c] of fresh.entries()) {
    if (issues.has(c.id)) continue
    if (opened >= MAX_NEW_ISSUES) break
    const entry = provisional[i] as NewQuarantineEntry
    const issue = await createIssue(
      octokit,
      repo,
      `Flaky test quarantined: ${titleText(c.id)}`,
      testIssueBody(c, entry, q.rel, branch)
    )
    issues.set(c.id, issue.number)
    opened++
    done.push(`opened issue #${issue.number} for ${titleText(c.id, 60)}`)
  }
  for (const c of fresh) {
    const n = issues.get(c.id)
    if (n !== undefined) c.issue = n
  }

  const text = editQuarantine(q.text, q.rel, now, { remove: input.remove, add: input.added(issues, keep) })
  const message = `${proposalTitle(changes)}\n\nProposed by the flaky-quarantine maintenance task from the flake history.`
  let refused: string | undefined
  const upToDate = onBranch !== undefined && onBranch.parent === sha && onBranch.blob === blobSha(text)
  if (upToDate) done.push(`branch ${branch} already holds this proposal`)
  else {
    try {
      const commit = await writeBranch(octokit, repo, {
        branch,
        parent: sha,
        path: q.rel,
        text,
        message,
        exists: onBranch !== undefined
      })
      done.push(`committed ${commit.slice(0, 7)} on ${branch}`)
    } catch (e) {
      const status = statusOf(e)
      if (status !== 403 && status !== 422) throw e
      refused = `the branch ${branch} could not be written: ${describeError(e)}`
    }
  }

  const url = runUrl(host.context)
  let pull: PullRef | undefined
  if (refused === undefined) {
    const title = proposalTitle(changes)
    const body = proposalBody(q.rel, changes, input.history, url)
    try {
      const open = await findOpenPull(octokit, repo, branch, main)
      const r = await upsertPull(octokit, repo, { branch, base: main, title, body, existing: open })
      pull = r.pull
      done.push(
        `${r.action === 'unchanged' ? 'pull request unchanged' : `${r.action} pull request`} #${r.pull.number}`
      )
    } catch (e) {
      if (!refusesPullRequests(e)) throw e
      refused = 'GitHub Actions is not permitted to create pull requests in this repository'
    }
  }

  let patchIssue: IssueRef | undefined
  if (refused !== undefined) {
    host.logger.log('warning', `${refused}; the patch goes into an issue`)
    const diff = unifiedDiff(q.rel, q.text, text)
    const title = `Flaky tests: proposed changes to ${q.rel}`.slice(0, 200)
    const body = patchIssueBody(q.rel, changes, diff, refused)
    const found = (await findIssuesByMarker(octokit, repo, new Set([PATCH_MARKER]), 'open')).get(PATCH_MARKER)
    if (found) {
      const wrote = await updateIssue(octokit, repo, found, title, body)
      patchIssue = found
      done.push(`${wrote ? 'updated' : 'unchanged'} patch issue #${found.number}`)
    } else {
      patchIssue = await createIssue(octokit, repo, title, body)
      done.push(`opened patch issue #${patchIssue.number}`)
    }
  }
  return result(q.rel, changes, done, true, pull?.url, patchIssue?.url)
}

function result(
  file: string,
  changes: MaintainChange[],
  done: string[],
  changed: boolean,
  pullRequest?: string,
  patchIssue?: string
): GateResult<MaintainRun> {
  const summary =
    changes.length === 0
      ? 'quarantine up to date'
      : `${plural(changes.length, 'change')} proposed to the quarantine`
  const markdown = [
    `Quarantine maintenance of \`${file}\`: ${done.map(d => escapeText(d, 200)).join('; ')}.`,
    ...(changes.length > 0 ? ['', changeList(changes)] : []),
    ...(pullRequest ? ['', `Pull request: ${pullRequest}`] : []),
    ...(patchIssue ? ['', `Patch issue: ${patchIssue}`] : [])
  ].join('\n')
  return {
    fragment: makeFragment({
      gate: GATE_ID,
      status: 'neutral',
      title: 'Flaky quarantine maintenance',
      summary,
      markdown,
      metrics: {
        quarantined: changes.filter(c => c.kind === 'quarantine').length,
        released: changes.filter(c => c.kind === 'release').length,
        expired: changes.filter(c => c.kind === 'expired').length
      },
      statusContext: `quality-gates/${GATE_ID}`
    }),
    onCommit: false,
    outputs: {
      'proposed-quarantine': changes
        .filter(c => c.kind === 'quarantine')
        .map(c => c.id)
        .join('\n'),
      'proposed-release': changes
        .filter(c => c.kind !== 'quarantine')
        .map(c => c.id)
        .join('\n'),
      'pull-request': pullRequest ?? '',
      'patch-issue': patchIssue ?? ''
    },
    data: {
      task: 'maintain',
      file,
      changes,
      done,
      changed,
      ...(pullRequest ? { pullRequest } : {}),
      ...(patchIssue ? { patchIssue } : {})
    }
  }
}

function neutral(file: string, why: string): GateResult<MaintainRun> {
  return result(file, [], [why], false)
}
