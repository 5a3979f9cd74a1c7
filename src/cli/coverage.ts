/**
 * `quality-gates coverage`: parse and merge coverage reports, compute project and patch coverage against a
 * git diff (merge-base of --diff-base and HEAD, like diff-cover's --compare-branch) or a unified diff
 * file, apply the gate rules and print a verdict (human or --json). Exit 0 pass/neutral, 1 fail; a
 * UserError (bad flag, unreadable report) becomes exit 2 in the dispatcher.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { writeBadgeFiles } from '../coverage/badge.js'
import { configHash, parseBaseline, serializeBaseline } from '../coverage/baseline-format.js'
import { appendTrend, type TrendPoint } from '../coverage/history.js'
import { filterReport, pathMatcher, type PathFilter } from '../coverage/filter.js'
import { loadCoverageReports, summarize } from '../coverage/load.js'
import {
  evaluate,
  formatDeltaPp,
  formatPercent,
  parsePathRule,
  type CoverageSummary,
  type Evaluation,
  type GateRules,
  type MissingBaselinePolicy
} from '../coverage/evaluate.js'
import type { CoverageReport, Ratio } from '../coverage/model.js'
import {
  patchCoverage,
  type PartialPolicy,
  type PatchChangedFile,
  type PatchResult
} from '../coverage/patch.js'
import { renderCoverage, statusDescription } from '../coverage/render.js'
import { UserError } from '../shared/errors.js'
import { writeFragment } from '../shared/fragment.js'
import { createGit, diffChangedLines, mergeBase, parseUnifiedDiff, revParse } from '../shared/git.js'
import { numberFlag, parseCommandArgs } from './args.js'
import type { CliIO, CommandMain } from './io.js'

const CMD = 'coverage'

export const HELP = `Usage: quality-gates coverage --report <file|glob>... [options]

Parse coverage reports (lcov, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile; detected by
content; several reports are merged), compute project and patch coverage, and gate on them.

Inputs:
  --report <file|glob>       head coverage report(s); repeat or use a glob (required)
  --base-report <file|glob>  base-branch report(s) for the project delta (or --baseline <baseline.json>)
  --baseline <file>          a coverage baseline artifact (JSON written by the coverage-gate action)
  --diff-base <git-rev>      patch = diff from merge-base(<rev>, HEAD) to HEAD (like diff-cover --compare-branch)
  --diff-file <file>         patch = this unified diff (git diff output)
  --repo <dir>               repository root for paths and git (default: the git work tree around the
                             current directory, else the current directory); diffs use commits only
Rules (percent values are compared exactly, never through floats):
  --min-project N            project line coverage must be ≥ N%
  --max-drop N               project line coverage may fall at most N percentage points vs the base
  --min-patch N              coverage of added coverable lines must be ≥ N% (no such lines = n/a = pass)
  --max-new-uncovered N      at most N added coverable lines may be uncovered
  --path-rule "<glob> >= N"  per-path floor (repeatable), e.g. "src/core/** >= 90"
  --partial miss|hit         in patch coverage, a partly covered line (some branches never taken) counts as
                             missed (default) or hit; project line coverage counts any executed line
  --source-glob <glob>       changed files without coverage data that match count as uncovered (repeatable)
  --include <glob>           only count files matching (repeatable); applies to head, base and patch alike
  --exclude <glob>           leave out files matching (repeatable), e.g. "test/**" or "**/generated/**"
  --on-missing-baseline pass|neutral|fail   what --max-drop does without a base report (default pass)
  --informational            report the verdict but always exit 0
Outputs:
  --json                     print the machine-readable result instead of the table
  --fragment-out <file>      write the ReportFragment for pr-report
  --summary-out <file>       write the markdown section
  --badge-out <file.svg>     write an SVG badge (and <file>.json, a shields.io endpoint)
  --baseline-out <file>      write this report as a baseline (the --baseline trend plus this commit), for a
                             later --baseline: the same file the action keeps as an artifact
Exit codes: 0 pass or neutral, 1 a rule failed, 2 usage or input error.
`

const OPTIONS = {
  report: { type: 'string', multiple: true },
  'base-report': { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'diff-base': { type: 'string' },
  'diff-file': { type: 'string' },
  'min-project': { type: 'string' },
  'max-drop': { type: 'string' },
  'min-patch': { type: 'string' },
  'max-new-uncovered': { type: 'string' },
  'path-rule': { type: 'string', multiple: true },
  partial: { type: 'string' },
  'source-glob': { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'on-missing-baseline': { type: 'string' },
  informational: { type: 'boolean' },
  json: { type: 'boolean' },
  'fragment-out': { type: 'string' },
  'summary-out': { type: 'string' },
  'badge-out': { type: 'string' },
  'baseline-out': { type: 'string' },
  repo: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

export interface CoverageRun {
  head: CoverageReport
  base: CoverageReport | null
  headSummary: CoverageSummary
  baseSummary: CoverageSummary | null
  changed: PatchChangedFile[] | null
  patch: PatchResult | null
  evaluation: Evaluation
  headSha?: string
}

export const main: CommandMain = async (argv: string[], io: CliIO): Promise<number> => {
  const { values } = parseCommandArgs(CMD, argv, OPTIONS)
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const repoRoot = values.repo !== undefined ? resolve(io.cwd, values.repo) : await repoTop(io.cwd)
  const reports = values.report ?? []
  if (reports.length === 0)
    throw new UserError(`${CMD}: --report is required (see quality-gates ${CMD} --help)`)
  if (values['diff-base'] !== undefined && values['diff-file'] !== undefined) {
    throw new UserError(`${CMD}: give --diff-base or --diff-file, not both`)
  }
  if (values['base-report'] !== undefined && values.baseline !== undefined) {
    throw new UserError(`${CMD}: give --base-report or --baseline, not both`)
  }
  const partial = oneOf(values.partial ?? 'miss', 'partial', ['miss', 'hit']) as PartialPolicy
  const rules: GateRules = {
    minProject: numberFlag(CMD, 'min-project', values['min-project'], 0, 100),
    maxDrop: numberFlag(CMD, 'max-drop', values['max-drop'], 0, 100),
    minPatch: numberFlag(CMD, 'min-patch', values['min-patch'], 0, 100),
    maxNewUncovered: integerFlag('max-new-uncovered', values['max-new-uncovered']),
    paths: (values['path-rule'] ?? []).map(parsePathRule),
    informational: values.informational ?? false,
    onMissingBaseline: oneOf(values['on-missing-baseline'] ?? 'pass', 'on-missing-baseline', [
      'pass',
      'neutral',
      'fail'
    ]) as MissingBaselinePolicy
  }

  // Git runs in child processes: resolve the merge base, then start the diff without waiting for it, so
  // `git diff` runs on the other core while the reports are parsed. Its errors surface at the same point
  // as before (after the reports are loaded), so a bad report is still the error reported first.
  let gitWork: Promise<{ headSha: string; changed: PatchChangedFile[] }> | undefined
  const diffBase = values['diff-base']
  if (diffBase !== undefined) {
    const git = createGit(repoRoot)
    const bases = (async () => {
      const sha = await revParse(git, 'HEAD')
      return { sha, mb: await mergeBase(git, diffBase, 'HEAD') }
    })()
    await bases.catch(() => undefined)
    gitWork = bases.then(async ({ sha, mb }) => ({
      headSha: sha,
      changed: await diffChangedLines(git, mb, sha)
    }))
    gitWork.catch(() => undefined) // awaited below; no unhandled rejection meanwhile
  }

  const filter: PathFilter = { include: values.include ?? [], exclude: values.exclude ?? [] }
  const included = pathMatcher(filter)
  const head = filterReport(
    await loadCoverageReports(reports, { cwd: io.cwd, repoRoot, label: `${CMD}: --report` }),
    filter
  )
  let base: CoverageReport | null = null
  let trend: TrendPoint[] = []
  let baselineInfo: { sha: string; behind: number } | null = null
  const extraNotices: string[] = []
  if (values['base-report'])
    base = await loadCoverageReports(values['base-report'], {
      cwd: io.cwd,
      repoRoot,
      label: `${CMD}: --base-report`
    })
  if (base) base = filterReport(base, filter)
  if (values.baseline) {
    const path = resolve(io.cwd, values.baseline)
    const loaded = parseBaseline(await readText(path, '--baseline'), values.baseline)
    base = filterReport(loaded.report, filter)
    trend = loaded.trend
    baselineInfo = { sha: loaded.meta.sha, behind: 0 }
    extraNotices.push(...loaded.notices)
  }

  let changed: PatchChangedFile[] | null = null
  let headSha: string | undefined
  if (gitWork !== undefined) {
    const g = await gitWork
    headSha = g.headSha
    changed = g.changed.filter(c => included(c.path))
  } else if (values['diff-file'] !== undefined) {
    changed = parseUnifiedDiff(await readText(resolve(io.cwd, values['diff-file']), '--diff-file')).filter(
      c => included(c.path)
    )
  }

  const patch = changed ? patchCoverage(head, changed, { partial, sourceGlobs: values['source-glob'] }) : null
  const headSummary = summarize(head)
  const baseSummary = base ? summarize(base) : null
  const changedPaths = (changed ?? []).flatMap(c => (c.oldPath ? [c.path, c.oldPath] : [c.path]))
  const evaluation = evaluate({ head: headSummary, base: baseSummary, patch, changedPaths, rules })
  evaluation.notices.push(...extraNotices, ...(head.warnings ?? []).slice(0, 20))

  const run: CoverageRun = { head, base, headSummary, baseSummary, changed, patch, evaluation, headSha }
  if (values['fragment-out'] !== undefined || values['summary-out'] !== undefined) {
    const fragment = renderCoverage({
      evaluation,
      head: headSummary,
      base: baseSummary,
      patch,
      changed: changed ?? undefined,
      rules,
      trend,
      baseline: baselineInfo,
      ...(headSha ? { sha: headSha } : {})
    })
    if (values['fragment-out'] !== undefined) {
      const out = resolve(io.cwd, values['fragment-out'])
      await mkdir(dirname(out), { recursive: true })
      await writeFragment(out, fragment)
    }
    if (values['summary-out'] !== undefined) {
      await writeOut(resolve(io.cwd, values['summary-out']), `${fragment.markdown}\n`)
    }
  }
  if (values['badge-out'] !== undefined) {
    const out = resolve(io.cwd, values['badge-out'])
    await writeBadgeFiles(out, headSummary.totals.lines).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`${CMD}: cannot write the badge ${out} (${e.code ?? e.message})`)
    })
  }

  if (values['baseline-out'] !== undefined) {
    const sha = headSha ?? (await revParse(createGit(repoRoot), 'HEAD').catch(() => 'local'))
    const now = new Date().toISOString()
    const baseline = {
      meta: {
        sha,
        configHash: configHash({ include: filter.include, exclude: filter.exclude }),
        createdAt: now
      },
      report: head,
      trend: appendTrend(trend, { sha, date: now, lines: headSummary.totals.lines })
    }
    await writeOut(resolve(io.cwd, values['baseline-out']), serializeBaseline(baseline))
  }

  if (values.json) writeJsonResult(run, io.stdout)
  else io.stdout(humanResult(run))
  return evaluation.status === 'fail' ? 1 : 0
}

/** The --json shape (stable; documented in --help and the README). `withFiles` false: files is left empty. */
export function jsonResult(run: CoverageRun, withFiles = true) {
  const totals = (s: CoverageSummary) => ({
    lines: ratio(s.totals.lines),
    branches: ratio(s.totals.branches),
    functions: ratio(s.totals.functions)
  })
  return {
    gate: 'coverage',
    status: run.evaluation.status,
    project: totals(run.headSummary),
    base: run.baseSummary ? totals(run.baseSummary) : null,
    patch: run.patch
      ? {
          lines: run.patch.lines ? ratio(run.patch.lines) : null,
          files: run.patch.files.map(f => ({
            path: f.path,
            lines: { covered: f.covered, total: f.total },
            uncovered: f.uncoveredRanges
          })),
          missingData: run.patch.missingData
        }
      : null,
    files: withFiles ? sortedFiles(run.headSummary.files) : [],
    reasons: run.evaluation.reasons
  }
}

/**
 * Write `JSON.stringify(jsonResult(run))` and a newline, in pieces: for 20,000 files the document is about
 * 2 MB, and building it whole (objects, string, output buffer) would be the largest allocation of the run.
 */
export function writeJsonResult(run: CoverageRun, write: (text: string) => void): void {
  const full = jsonResult(run, false)
  // Same keys in the same order as jsonResult; files and reasons are written after.
  const start = JSON.stringify({
    gate: full.gate,
    status: full.status,
    project: full.project,
    base: full.base,
    patch: full.patch
  })
  write(`${start.slice(0, -1)},"files":[`)
  const ratios = run.headSummary.files
  const paths = [...ratios.keys()].sort()
  let piece = ''
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string
    const r = ratios.get(path) as Ratio
    piece += `${i > 0 ? ',' : ''}{"path":${JSON.stringify(path)},"lines":{"covered":${r.covered},"total":${r.total}}}`
    if (piece.length >= 65536) {
      write(piece)
      piece = ''
    }
  }
  write(`${piece}],"reasons":${JSON.stringify(full.reasons)}}\n`)
}

/** Per-file line ratios by path (one object per file, no intermediate entry arrays). */
function sortedFiles(files: Map<string, Ratio>): { path: string; lines: Ratio }[] {
  const out: { path: string; lines: Ratio }[] = []
  files.forEach((r, path) => out.push({ path, lines: ratio(r) }))
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function humanResult(run: CoverageRun): string {
  const { headSummary: h, baseSummary: b, patch, evaluation } = run
  const rows: string[][] = [['', 'head', 'base', 'delta']]
  for (const key of ['lines', 'branches', 'functions'] as const) {
    const hr = h.totals[key]
    const br = b?.totals[key]
    if (hr.total === 0 && (!br || br.total === 0)) continue
    rows.push([key, cell(hr), br ? cell(br) : '-', br ? pp(formatDeltaPp(hr, br)) : '-'])
  }
  if (patch) {
    rows.push([
      'patch',
      patch.lines
        ? `${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines)`
        : 'n/a (no coverable lines added)',
      '',
      ''
    ])
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)))
  const lines = rows.map(r =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  )
  const out = [
    `coverage: ${run.head.files.size} files (${run.head.format}, from ${run.head.source})`,
    ...lines
  ]
  for (const r of evaluation.reasons) out.push(`FAIL ${r}`)
  for (const n of evaluation.notices) out.push(`note ${n}`)
  out.push(
    `${evaluation.status.toUpperCase()}: ${statusDescription({ evaluation, head: h, base: b, patch })}`
  )
  return `${out.join('\n')}\n`
}

/** Per-file line ratios and report totals in one pass over the line records (same rules as totals.ts). */
async function repoTop(cwd: string): Promise<string> {
  try {
    const top = (await createGit(cwd).run(['rev-parse', '--show-toplevel'])).trim()
    return top !== '' ? top : cwd
  } catch {
    return cwd
  }
}

async function readText(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (e) {
    throw new UserError(
      `${CMD}: ${flag} ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`
    )
  }
}

async function writeOut(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  } catch (e) {
    throw new UserError(`${CMD}: cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

function oneOf(value: string, flag: string, allowed: string[]): string {
  if (!allowed.includes(value)) {
    throw new UserError(
      `${CMD}: --${flag} ${JSON.stringify(value.slice(0, 40))} must be one of ${allowed.join(', ')}`
    )
  }
  return value
}

function integerFlag(flag: string, raw: string | undefined): number | undefined {
  const n = numberFlag(CMD, flag, raw, 0, Number.MAX_SAFE_INTEGER)
  if (n !== undefined && !Number.isInteger(n)) {
    throw new UserError(`${CMD}: --${flag} ${JSON.stringify(raw)} must be a whole number of lines`)
  }
  return n
}

function ratio(r: Ratio): Ratio {
  return { covered: r.covered, total: r.total }
}

function cell(r: Ratio): string {
  return r.total > 0 ? `${formatPercent(r)} (${r.covered}/${r.total})` : 'n/a'
}

function pp(d: string): string {
  return d === 'n/a' ? d : `${d} pp`
}
