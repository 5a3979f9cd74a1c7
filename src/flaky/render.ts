/**
 * The flaky gate's ReportFragment: one summary line with the counts, and a section within a size budget:
 * failing, quarantined and flaky tests with their attempts (linked to the file and line in a workflow), the
 * quarantine's state (expired entries proposed for removal), the proposals from history, unreadable reports.
 * Test ids, messages and paths are untrusted: escaped (markdown.ts), cut, and linked only when the path is a
 * plain repository path. Annotations go on failing tests whose report gives a repository file.
 */
import {
  headingLine,
  makeFragment,
  type FragmentAnnotation,
  type ReportFragment
} from '../shared/fragment.js'
import {
  cutTableRows,
  escapeCell,
  escapeText,
  fitToBudget,
  inlineCode,
  table,
  type Section
} from '../shared/markdown.js'
import type { BadReport, CaseVerdict, RunVerdict } from './evaluate.js'
import type { Proposals, TestStats } from './policy.js'
import type { Quarantine, QuarantineEntry } from './quarantine.js'

export const GATE_ID = 'flaky'
export const TITLE = 'Flaky tests'
export const MAX_ANNOTATIONS = 50
/** The section stays well under a PR comment's 65,536 characters, beside the other gates' sections. */
export const SECTION_BUDGET = 40_000
const MAX_ROWS = 25
const MAX_ID_SHOWN = 160
const MAX_MESSAGE_SHOWN = 160
const MAX_NOTES = 10

/** Where the tests' files live on GitHub, for links. */
export interface SourceLinks {
  serverUrl: string
  owner: string
  repo: string
  sha: string
}

export interface HistoryInfo {
  /** Runs the history holds (this one included when it was learned from). */
  runs: number
  /** Where it came from, in words (e.g. "baseline of abc1234, 2 commits behind"), or why there is none. */
  note: string
  /** Whether this run was added to it. */
  learned: boolean
  /** Why it was not, when it was not. */
  notLearned?: string
}

export interface RenderInput {
  verdict: RunVerdict
  quarantine: Quarantine
  proposals: Proposals
  history: HistoryInfo
  bad: BadReport[]
  /** Notes from the reports (cut texts, declared-but-missing tests). */
  notes: string[]
  sha?: string
  url?: string
  source?: SourceLinks
  /** More sections, e.g. the attempts of a run the gate drove itself (run-tests.ts). */
  extra?: Section[]
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "12 tests: 9 passed, 1 failed, 1 flaky, 1 quarantined" (zero buckets left out), plus what else decided. */
export function summaryLine(v: RunVerdict, bad: BadReport[], proposals: Proposals): string {
  const t = v.tests
  const parts = (['passed', 'failed', 'flaky', 'quarantined', 'skipped'] as const)
    .filter(k => t[k] > 0)
    .map(k => `${t[k]} ${k}`)
  let line = `${plural(t.total, 'test')}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`
  if (bad.length > 0) line += `; ${plural(bad.length, 'report')} unreadable`
  if (v.infra) line += `; infrastructure failure (${v.infra.failed} of ${v.infra.ran} failed)`
  const p = proposals.quarantine.length
  const r = proposals.release.length
  if (p > 0) line += `; ${p} proposed for quarantine`
  if (r > 0) line += `; ${r} proposed for release`
  return line
}

/** `<server>/<owner>/<repo>/blob/<sha>/`, or null when any part is not a plain GitHub name. */
function blobPrefix(s: SourceLinks | undefined): string | null {
  if (!s) return null
  let origin: string
  try {
    const u = new URL(s.serverUrl)
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username !== '' || u.password !== '')
      return null
    origin = u.origin
  } catch {
    return null
  }
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(s.owner) || !/^[A-Za-z0-9_.-]{1,100}$/.test(s.repo)) return null
  if (s.repo === '.' || s.repo === '..' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(s.sha)) return null
  return `${origin}/${s.owner}/${s.repo}/blob/${s.sha.toLowerCase()}/`
}

/** A repository-relative POSIX path, safe to annotate and link: no absolute path, no `..`, one line. */
export function repoPath(file: string | undefined): string | undefined {
  if (file === undefined || file === '' || file.length > 1000) return undefined
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || /[\u0000-\u001f\u007f]/.test(file)) return undefined
  if (file.split('/').some(s => s === '' || s === '.' || s === '..')) return undefined
  return file
}

function fileLink(prefix: string | null, file: string, line: number | undefined): string {
  const shown = inlineCode(`${file}${line !== undefined ? `:${line}` : ''}`, 120)
  if (prefix === null) return shown
  let encoded: string
  try {
    encoded = file
      .split('/')
      .map(s =>
        encodeURIComponent(s).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      )
      .join('/')
  } catch {
    return shown
  }
  return `[${shown}](${prefix}${encoded}${line !== undefined ? `#L${line}` : ''})`
}

function attemptsText(c: CaseVerdict): string {
  const letters = c.case.attempts.map(a =>
    a.outcome === 'passed'
      ? 'pass'
      : a.outcome === 'failed'
        ? 'fail'
        : a.outcome === 'error'
          ? 'error'
          : 'skip'
  )
  return `${c.attempts}: ${letters.slice(0, 10).join(' → ')}${letters.length > 10 ? ' …' : ''}`
}

function lastMessage(c: CaseVerdict): string {
  for (let i = c.case.attempts.length - 1; i >= 0; i--) {
    const a = c.case.attempts[i]
    if (a && (a.outcome === 'failed' || a.outcome === 'error')) {
      const text = a.message ?? a.details?.text.split('\n')[0] ?? ''
      return text === '' ? a.outcome : text
    }
  }
  return ''
}

function section(id: string, heading: string, body: string, priority: number): Section {
  return {
    id,
    full: `#### ${heading}\n\n${body}`,
    collapsed: `#### ${heading}\n\n_Listed in the fragment's JSON and the job log._`,
    priority
  }
}

function more(omitted: number, what: string): string {
  return omitted > 0 ? `\n\n_${omitted} more ${what} not shown._` : ''
}

function casesTable(rows: CaseVerdict[], prefix: string | null, what: string): string {
  const cut = cutTableRows(rows, MAX_ROWS)
  const body = table(
    ['Test', 'Outcome', 'Attempts', 'Where', 'Last failure'],
    cut.rows.map(c => {
      const file = repoPath(c.case.file)
      return [
        inlineCode(c.id, MAX_ID_SHOWN),
        c.outcome === 'failed' ? '❌ failed' : c.outcome === 'quarantined' ? '🔒 quarantined' : '⚠️ flaky',
        attemptsText(c),
        file ? fileLink(prefix, file, c.case.line) : '',
        escapeCell(lastMessage(c), MAX_MESSAGE_SHOWN)
      ]
    }),
    ['l', 'l', 'r', 'l', 'l']
  )
  return body + more(cut.omitted, what)
}

function rate(x: number): string {
  return `${Math.round(x * 100)}%`
}

function statsTable(rows: TestStats[], what: string): string {
  const cut = cutTableRows(rows, MAX_ROWS)
  return (
    table(
      ['Test', 'Runs', 'Flakes (commits)', 'Flake rate', 'Flip rate'],
      cut.rows.map(s => [
        inlineCode(s.id, MAX_ID_SHOWN),
        String(s.runs),
        `${s.flakes} (${s.flakeCommits})`,
        rate(s.flakeRate),
        rate(s.flipRate)
      ]),
      ['l', 'r', 'r', 'r', 'r']
    ) + more(cut.omitted, what)
  )
}

function entryLine(e: QuarantineEntry, extra: string): string {
  const issue = e.issue !== undefined ? ` (issue ${escapeText(e.issue, 120)})` : ''
  return `- ${inlineCode(e.id, MAX_ID_SHOWN, { cell: false })}: ${escapeText(e.reason, 200)}${issue}${extra}`
}

export function renderFlaky(input: RenderInput): ReportFragment {
  const { verdict: v, quarantine, proposals, history, bad } = input
  const status = v.status
  const summary = summaryLine(v, bad, proposals)
  const prefix = blobPrefix(input.source)
  const sections: Section[] = []

  const failing = v.cases.filter(c => c.outcome === 'failed')
  const quarantined = v.cases.filter(c => c.outcome === 'quarantined')
  const flaky = v.cases.filter(c => c.outcome === 'flaky')
  if (bad.length > 0) {
    const cut = cutTableRows(bad, MAX_ROWS)
    sections.push(
      section(
        'unreadable',
        `Unreadable reports (${bad.length}): the gate fails closed`,
        cut.rows
          .map(b => `- ${inlineCode(b.file, 200, { cell: false })}: ${escapeText(b.reason, 300)}`)
          .join('\n') + more(cut.omitted, 'reports'),
        100
      )
    )
  }
  if (failing.length + flaky.length > 0) {
    sections.push(
      section(
        'cases',
        `Failed and flaky tests (${failing.length} failed, ${flaky.length} flaky)`,
        casesTable([...failing, ...flaky], prefix, 'tests'),
        90
      )
    )
  }
  const quarantineLines: string[] = []
  if (quarantined.length > 0) quarantineLines.push(casesTable(quarantined, prefix, 'quarantined failures'))
  const listedOk = v.cases.filter(c => c.quarantine && c.outcome !== 'quarantined')
  if (listedOk.length > 0) {
    const cut = cutTableRows(listedOk, MAX_ROWS)
    quarantineLines.push(
      `Quarantined and did not fail in this run:\n\n${cut.rows.map(c => entryLine(c.quarantine as QuarantineEntry, ` — ${c.outcome}`)).join('\n')}${more(cut.omitted, 'entries')}`
    )
  }
  if (quarantine.expired.length > 0) {
    const cut = cutTableRows(quarantine.expired, MAX_ROWS)
    quarantineLines.push(
      `Expired entries (they quarantine nothing any more), proposed for removal:\n\n${cut.rows.map(e => entryLine(e, ` — expired ${e.expires ?? ''}, propose removal`)).join('\n')}${more(cut.omitted, 'entries')}`
    )
  }
  if (v.unmatched.length > 0) {
    const n = v.unmatched.length
    quarantineLines.push(
      `${n} quarantine ${n === 1 ? 'entry' : 'entries'} matched no test of this run (another shard, or a renamed test).`
    )
  }
  if (quarantineLines.length > 0) {
    const file =
      quarantine.source !== undefined ? ` in ${inlineCode(quarantine.source, 200, { cell: false })}` : ''
    sections.push(section('quarantine', `Quarantine${file}`, quarantineLines.join('\n\n'), 80))
  }
  if (proposals.quarantine.length > 0) {
    sections.push(
      section(
        'propose-quarantine',
        `Proposed for quarantine (${proposals.quarantine.length})`,
        statsTable(proposals.quarantine, 'tests'),
        70
      )
    )
  }
  if (proposals.release.length > 0) {
    sections.push(
      section(
        'propose-release',
        `Proposed for release (${proposals.release.length})`,
        statsTable(proposals.release, 'tests'),
        60
      )
    )
  }
  sections.push(...(input.extra ?? []))
  const notes = input.notes.slice(0, MAX_NOTES).map(n => `- ${escapeText(n, 300)}`)
  if (input.notes.length > MAX_NOTES) notes.push(`- ${input.notes.length - MAX_NOTES} more notes`)
  if (notes.length > 0) sections.push(section('notes', 'Notes', notes.join('\n'), 10))

  const sentence: string[] = []
  if (status === 'pass') {
    sentence.push(
      quarantined.length > 0
        ? `Every failing test is quarantined: ${plural(quarantined.length, 'quarantined test')} failed and did not block.`
        : 'No test failed.'
    )
  } else sentence.push(`${v.reasons.map(r => escapeText(r, 300)).join('; ')}.`)
  if (v.infra) {
    sentence.push(
      `**Infrastructure failure**: ${v.infra.failed} of ${v.infra.ran} tests that ran failed, so this run is not recorded in the flake history.`
    )
  }
  const learned = history.learned
    ? `History: ${plural(history.runs, 'run')} in the window, this one included (${escapeText(history.note, 300)}).`
    : `History: ${history.runs > 0 ? `${plural(history.runs, 'run')} (${escapeText(history.note, 300)})` : escapeText(history.note, 300)}; this run not recorded${history.notLearned ? ` (${escapeText(history.notLearned, 200)})` : ''}.`
  sentence.push(learned)

  const draft = { status, title: TITLE, summary }
  const head = `${headingLine(draft)}\n\n${sentence.join(' ')}`
  const tail = input.url ? `[Workflow run](${input.url})` : ''
  const fitted = fitToBudget(head, sections, tail, SECTION_BUDGET)

  return makeFragment({
    gate: GATE_ID,
    status,
    title: TITLE,
    summary,
    markdown: fitted.text,
    metrics: {
      tests: v.tests.total,
      passed: v.tests.passed,
      failed: v.tests.failed,
      flaky: v.tests.flaky,
      quarantined: v.tests.quarantined,
      skipped: v.tests.skipped,
      unreadableReports: bad.length,
      infrastructureFailure: v.infra !== undefined,
      proposedQuarantine: proposals.quarantine.length,
      proposedRelease: proposals.release.length,
      expiredQuarantine: quarantine.expired.length,
      historyRuns: history.runs
    },
    statusContext: `quality-gates/${GATE_ID}`,
    annotations: annotationsFor(v.cases),
    ...(input.sha && /^[0-9a-f]{7,40}$/.test(input.sha) ? { sha: input.sha } : {}),
    ...(input.url ? { url: input.url } : {})
  })
}

/** A failure annotation per failing (not quarantined) test whose report names a repository file, capped. */
export function annotationsFor(cases: CaseVerdict[], max = MAX_ANNOTATIONS): FragmentAnnotation[] {
  const out: FragmentAnnotation[] = []
  for (const c of cases) {
    if (out.length >= max) break
    if (c.outcome !== 'failed') continue
    const path = repoPath(c.case.file)
    if (path === undefined) continue
    const line = c.case.line !== undefined && c.case.line >= 1 ? c.case.line : 1
    const message = `${c.id}\nfailed in ${plural(c.attempts, 'attempt')}: ${lastMessage(c)}`
    out.push({
      path,
      startLine: line,
      endLine: line,
      level: 'failure',
      title: `Test failed: ${c.case.name}`.slice(0, 200),
      message: message.length > 4000 ? `${message.slice(0, 3999)}…` : message
    })
  }
  return out
}
