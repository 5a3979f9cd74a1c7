/**
 * coverage-gate, declared once: its settings and its evaluation, run by the action (actions/coverage-gate) and by
 * `quality-gates coverage` alike. On a pull request (or with a diff given) it gates head coverage against the
 * base commit's baseline and the change's diff; where the baseline store says so (a push to the default branch,
 * a merge queue, `--baseline-out`) it saves this run as the baseline later runs compare against, carrying the
 * trend forward. Publishing is the runtime's (src/shared/publish.ts).
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { saveBaselineText, type BaselineStore } from '../shared/baseline-store.js'
import { describeError, UserError } from '../shared/errors.js'
import {
  BASELINE_MODE_SETTING,
  BASELINE_SETTINGS,
  baselineMode,
  baselineOptions,
  defineGate, hostInputs, type GateResult } from '../shared/gate.js'
import {
  createGit,
  diffChangedLines,
  diffWorkTreeLines,
  firstParentAncestors,
  mergeBase,
  parseUnifiedDiff,
  remoteDefaultBranch,
  REMOTE_DEFAULT_REFS,
  revParse,
  testedCommitBase,
  untrackedChangedLines,
  type ChangedFile,
  type Git
} from '../shared/git.js'
import type { Host } from '../shared/host.js'
import { labelOf } from '../shared/inputs.js'
import { runUrl } from '../shared/run-context.js'
import { writeBadgeFiles } from './badge.js'
import { configHash, parseBaseline, serializeBaseline, type Baseline } from './baseline-format.js'
import { evaluate, formatPercent, type CoverageSummary, type GateRules } from './evaluate.js'
import { filterReport, nothingLeft, pathMatcher, unmatchedIncludes, type PathFilter } from './filter.js'
import { appendTrend, type TrendPoint } from './history.js'
import { loadCoverageReports, summarize } from './load.js'
import type { CoverageReport } from './model.js'
import { humanResult, writeJsonResult, type CoverageRun } from './output.js'
import { patchCoverage, type PatchChangedFile, type PatchResult } from './patch.js'
import { GATE_ID, renderCoverage } from './render.js'

const BASELINE_KIND = 'coverage'
const BASELINE_FILE = 'coverage-baseline.json'
/** Parser warnings shown per run; the rest are counted. */
const MAX_WARNINGS = 20

const RULES = 'Rules (percent values are compared exactly, never through floats)'

export const coverageGate = defineGate({
  id: GATE_ID,
  action: 'coverage-gate',
  command: 'coverage',
  usage: '--reports <file|glob>... [options]',
  about:
    'Parse coverage reports (lcov, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile; detected by\ncontent; several reports are merged), compute project and patch coverage, and gate on them.',
  settings: [
    {
      name: 'reports',
      kind: 'list',
      required: true,
      positional: true,
      aliases: ['report'],
      placeholder: '<file|glob>',
      description:
        'Coverage reports: files or globs, one per line (or comma-separated). Several reports (shards) are merged. Format is detected from content.',
      group: 'Inputs'
    },
    {
      name: 'expect-reports',
      kind: 'integer',
      min: 1,
      max: 10000,
      description:
        'How many report files must be found (one per shard). Fewer fails the gate ("2 of 3 reports") instead of merging a total that silently lacks a shard. Empty = any number.',
      group: 'Inputs'
    },
    {
      name: 'base-report',
      kind: 'list',
      placeholder: '<file|glob>',
      description:
        'Reports of the base commit to compare against, instead of the stored baseline (files or globs, one per line).',
      group: 'Inputs'
    },
    {
      name: 'diff-base',
      kind: 'string',
      placeholder: '<git-rev>',
      maxLength: 500,
      description:
        'Patch = diff from merge-base(<rev>, HEAD): in a workflow to HEAD; on the CLI to the work tree, so committed, staged and unstaged changes count (as diff-cover --compare-branch). Empty = on a pull request, its base; on the CLI with min-patch or max-new-uncovered, the remote default branch (origin/HEAD, else origin/main, else origin/master).',
      group: 'Inputs'
    },
    {
      name: 'include-untracked',
      kind: 'boolean',
      default: false,
      only: 'cli',
      description:
        'Count untracked files (not ignored by .gitignore) as added: every line of each text file (binary files, symlinks and files over 1 MiB are skipped and named).',
      group: 'Inputs'
    },
    {
      name: 'diff-file',
      kind: 'string',
      placeholder: '<file>',
      description: 'Patch = this unified diff (git diff output). Empty = from git.',
      group: 'Inputs'
    },
    BASELINE_MODE_SETTING,
    {
      name: 'min-project',
      kind: 'percent',
      description: 'Fail when project line coverage is below this percentage (0-100). Empty = no floor.',
      group: RULES
    },
    {
      name: 'max-drop',
      kind: 'percent',
      description:
        'Fail when project line coverage drops more than this many percentage points below the base commit. Empty = no limit.',
      group: RULES
    },
    {
      name: 'min-patch',
      kind: 'percent',
      description:
        'Fail when coverage of the changed coverable lines is below this percentage. A change with no coverable lines passes as n/a.',
      group: RULES
    },
    {
      name: 'max-new-uncovered',
      kind: 'integer',
      min: 0,
      description: 'Fail when the change adds more than this many uncovered lines. Empty = no limit.',
      group: RULES
    },
    {
      name: 'rules',
      kind: 'rules',
      aliases: ['path-rule'],
      description: 'Per-path floors, one per line, e.g. "src/core/** >= 90".',
      group: RULES
    },
    {
      name: 'partial',
      kind: 'enum',
      values: ['miss', 'hit'],
      default: 'miss',
      description: 'How a line with some branches not taken counts in patch coverage: miss (as Codecov) or hit.',
      group: RULES
    },
    {
      name: 'source-glob',
      kind: 'list',
      placeholder: '<glob>',
      description:
        'Changed files without coverage data that match these globs count as uncovered (one per line). Empty = they are listed, not counted.',
      group: RULES
    },
    {
      name: 'include',
      kind: 'list',
      placeholder: '<glob>',
      description: 'Only count files matching these globs (repository paths, one per line). Empty = all files.',
      group: RULES
    },
    {
      name: 'exclude',
      kind: 'list',
      placeholder: '<glob>',
      description: 'Leave out files matching these globs (e.g. generated code), from head, base and patch alike.',
      group: RULES
    },
    {
      name: 'path-mappings',
      kind: 'list',
      placeholder: '<from=to>',
      description:
        'Rewrite report paths before matching, one "from=to" per line (e.g. "/app/=" for reports written inside a container).',
      group: 'Inputs'
    },
    {
      name: 'on-missing-baseline',
      kind: 'enum',
      values: ['pass', 'neutral', 'fail'],
      default: 'pass',
      description: 'Outcome when no baseline is found for the base commit: pass (with a notice), neutral or fail.',
      group: RULES
    },
    {
      name: 'informational',
      kind: 'boolean',
      default: false,
      description: 'Report only: the status is always success and the step never fails, but the reasons are shown.',
      group: RULES
    },
    ...BASELINE_SETTINGS,
    {
      name: 'badge-path',
      kind: 'string',
      aliases: ['badge-out'],
      placeholder: '<file.svg>',
      description:
        'Write an SVG badge here and a shields.io endpoint JSON beside it (path relative to the workspace). Empty = none.',
      group: 'Outputs'
    }
  ],

  async evaluate(s, host) {
    const get = hostInputs(host)
    if (s['diff-base'] !== undefined && s['diff-file'] !== undefined) {
      throw new UserError(`give ${labelOf(get, 'diff-base')} or ${labelOf(get, 'diff-file')}, not both`)
    }
    const pathMappings = s['path-mappings'].map(line => {
      const eq = line.indexOf('=')
      if (eq <= 0) {
        throw new UserError(`${labelOf(get, 'path-mappings')}: ${JSON.stringify(line.slice(0, 80))} is not "from=to"`)
      }
      return { from: line.slice(0, eq).trim(), to: line.slice(eq + 1).trim() }
    })
    const rules: GateRules = {
      ...(s['min-project'] !== undefined ? { minProject: s['min-project'] } : {}),
      ...(s['max-drop'] !== undefined ? { maxDrop: s['max-drop'] } : {}),
      ...(s['min-patch'] !== undefined ? { minPatch: s['min-patch'] } : {}),
      ...(s['max-new-uncovered'] !== undefined ? { maxNewUncovered: s['max-new-uncovered'] } : {}),
      paths: s.rules,
      informational: s.informational,
      onMissingBaseline: s['on-missing-baseline']
    }
    const filter: PathFilter = { include: s.include, exclude: s.exclude }
    const included = pathMatcher(filter)
    const workspace = resolve(host.workspace)
    const git = createGit(workspace)
    const hash = configHash({
      include: filter.include,
      exclude: filter.exclude,
      pathMappings: pathMappings.map(m => [m.from, m.to] as [string, string])
    })
    const store = host.baselines
    const { mode, gating } = baselineMode(s.mode, store)
    const walkBack = baselineOptions(s).walkBack

    // Git runs in child processes: start finding the change now, so git works on the other core while the
    // reports are parsed. Its errors surface after the reports are loaded, so a bad report is reported first.
    // Only the CLI has include-untracked: there the diff reaches the work tree, and a patch rule without a diff
    // falls back to the remote default branch. In a workflow the diff stays commit to commit.
    const untracked = (s as { 'include-untracked'?: boolean })['include-untracked']
    const change = gating
      ? findChange(host, git, {
          diffBase: s['diff-base'],
          diffFile: s['diff-file'],
          walkBack,
          included,
          ...(untracked !== undefined
            ? {
                local: {
                  includeUntracked: untracked,
                  patchRule: [
                    ...(rules.minPatch !== undefined ? ['min-patch'] : []),
                    ...(rules.maxNewUncovered !== undefined ? ['max-new-uncovered'] : [])
                  ].map(name => labelOf(get, name)),
                  label: (name: string) => labelOf(get, name)
                }
              }
            : {})
        })
      : undefined
    change?.catch(() => undefined)

    const reportsLabel = `${labelOf(get, 'reports')}:`
    const loaded = await host.logger.group('Read coverage reports', () =>
      loadCoverageReports(s.reports, { cwd: host.cwd, repoRoot: workspace, label: reportsLabel, pathMappings })
    )
    const warnings = [...(loaded.report.warnings ?? [])]
    for (const w of warnings.slice(0, MAX_WARNINGS)) host.logger.log('warning', w)
    const head = filterReport(loaded.report, filter)
    const headSummary = summarize(head)
    // An include that keeps no file of the report is a typo or a wrong path, never "0 files, pass".
    const filteredOut = nothingLeft(loaded.report, head, filter, loaded.files, name => labelOf(get, name))
    const deadIncludes = filteredOut ? [] : unmatchedIncludes(loaded.report, filter)

    let base: CoverageReport | null = null
    let baseSummary: CoverageSummary | null = null
    let trend: TrendPoint[] = []
    let baselineInfo: { sha: string; behind: number } | null = null
    let changed: PatchChangedFile[] | null = null
    let patch: PatchResult | null = null
    let headSha: string | undefined
    let diffFrom: string | undefined
    const notices: string[] = []
    if (gating && change) {
      const found = await change
      changed = found.changed
      headSha = found.headSha
      diffFrom = found.diffFrom
      notices.push(...found.notices)
      if (changed) patch = patchCoverage(head, changed, { partial: s.partial, sourceGlobs: s['source-glob'] })
      if (s['base-report'].length > 0) {
        base = filterReport(
          (
            await loadCoverageReports(s['base-report'], {
              cwd: host.cwd,
              repoRoot: workspace,
              label: `${labelOf(get, 'base-report')}:`,
              pathMappings
            })
          ).report,
          filter
        )
      } else {
        const previous = await loadBaseline(host, store, found.candidates, hash)
        if (previous.note) notices.push(previous.note)
        if (previous.baseline) {
          base = filterReport(previous.baseline.report, filter)
          trend = previous.baseline.trend
          baselineInfo = { sha: previous.sha, behind: previous.behind }
          notices.push(...previous.baseline.notices)
        }
      }
      if (base) baseSummary = summarize(base)
    }

    const changedPaths = (changed ?? []).flatMap(c => (c.oldPath ? [c.path, c.oldPath] : [c.path]))
    const evaluation = evaluate({ head: headSummary, base: baseSummary, patch, changedPaths, rules })
    const shardMissing = s['expect-reports'] !== undefined && loaded.files < s['expect-reports']
    if (shardMissing) {
      // A missing shard is never a plausible smaller total: the gate fails, informational or not.
      evaluation.reasons.unshift(
        `${loaded.files} of ${s['expect-reports']} reports: a shard is missing (its job failed or uploaded nothing)`
      )
      evaluation.status = 'fail'
      evaluation.wouldBe = 'fail'
    }
    if (filteredOut) {
      // Nothing to measure is neutral with its reason first; a failure (a missing shard) stays a failure.
      evaluation.notices.unshift(filteredOut)
      if (evaluation.wouldBe === 'pass') evaluation.wouldBe = 'neutral'
      if (evaluation.status === 'pass' && !s.informational) evaluation.status = 'neutral'
    }
    for (const glob of deadIncludes) {
      notices.push(`${labelOf(get, 'include')} '${glob.slice(0, 80)}' matched no file of the report`)
    }
    evaluation.notices.push(...notices, ...warnings.slice(0, MAX_WARNINGS))
    if (warnings.length > MAX_WARNINGS) evaluation.notices.push(`${warnings.length - MAX_WARNINGS} more warnings`)

    const pr = gating ? await host.pullRequest() : undefined
    const sha = pr?.headSha ?? headSha ?? (host.context.sha || undefined)
    const url = runUrl(host.context)
    // Links (workflow only) go to the commit whose line numbers the report and the diff use: HEAD as tested. On a
    // pull_request checkout that is GitHub's merge commit, whose lines differ from the PR head's where the base
    // branch changed the same file.
    const repository = host.context.repository
    const linkSha = repository ? (headSha ?? (await revParse(git, 'HEAD').catch(() => undefined))) : undefined
    const fragment = renderCoverage({
      evaluation,
      head: headSummary,
      base: baseSummary,
      patch,
      ...(changed ? { changed } : {}),
      rules,
      baseline: baselineInfo,
      trend,
      ...(sha ? { sha } : {}),
      ...(url ? { url } : {}),
      ...(repository && linkSha
        ? {
            source: {
              serverUrl: host.context.serverUrl,
              owner: repository.owner,
              repo: repository.repo,
              sha: linkSha
            }
          }
        : {})
    })
    // Nothing measured (an include that kept no file, a report without lines): a neutral verdict that says why,
    // but a required status that fails closed.
    if (headSummary.totals.lines.total === 0 && fragment.status === 'neutral') fragment.noResult = true

    if (mode === 'save' && shardMissing) {
      // A total that lacks a shard must not become what later runs compare against.
      host.logger.log('warning', 'baseline not saved: a coverage report (shard) is missing')
    } else if (mode === 'save') {
      await saveThisBaseline(host, store, git, head, headSummary, hash, trend, {
        walkBack,
        retentionDays: baselineOptions(s).retentionDays,
        gated: gating
      })
    }
    if (s['badge-path'] !== undefined) {
      const out = resolve(host.cwd, s['badge-path'])
      await writeBadgeFiles(out, headSummary.totals.lines).catch((e: NodeJS.ErrnoException) => {
        throw new UserError(`${labelOf(get, 'badge-path')}: cannot write ${out} (${e.code ?? e.message})`)
      })
    }

    const data: CoverageRun = {
      head,
      base,
      headSummary,
      baseSummary,
      changed,
      patch,
      evaluation,
      rules,
      ...(headSha ? { headSha } : {}),
      ...(diffFrom ? { diffFrom } : {}),
      warnings
    }
    const result: GateResult<CoverageRun> = {
      fragment,
      ...(sha ? { sha } : {}),
      onCommit: pr !== undefined || mode === 'save',
      checkRunName: 'coverage: uncovered added lines',
      outputs: {
        'project-coverage': formatPercent(headSummary.totals.lines).replace(/%$/, ''),
        'patch-coverage': patch?.lines ? formatPercent(patch.lines).replace(/%$/, '') : 'n/a',
        'baseline-sha': baselineInfo?.sha ?? ''
      },
      ...(evaluation.status === 'fail' ? { failure: `coverage gate failed: ${evaluation.reasons.join('; ')}` } : {}),
      data
    }
    return result
  },
  print: { json: writeJsonResult, human: humanResult }
})

interface Change {
  /** The changed lines, or null when there is no change to judge (not a pull request, no diff given). */
  changed: PatchChangedFile[] | null
  headSha?: string
  /** First-parent commits to look for the base's baseline in, nearest first. */
  candidates: () => Promise<string[]>
  notices: string[]
  /** What the patch was measured against, in words (the CLI prints it). */
  diffFrom?: string
}

interface ChangeOptions {
  diffBase: string | undefined
  diffFile: string | undefined
  walkBack: number
  included: (path: string) => boolean
  /** Set on the CLI only: the diff reaches the work tree, and a patch rule without a diff uses the remote default. */
  local?: {
    includeUntracked: boolean
    /** The patch rules given (as their flags), which need a diff. */
    patchRule: string[]
    label: (name: string) => string
  }
}

/** Skipped untracked files named in one notice, at most this many by name. */
const MAX_SKIPS_NAMED = 5

/** The change under test and where its base's baseline may be: a diff file, a git rev, or the pull request. */
async function findChange(host: Host, git: Git, opts: ChangeOptions): Promise<Change> {
  const { diffBase, diffFile, walkBack, included, local } = opts
  const ancestors = (rev: string, extra = 0) => () =>
    firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => [] as string[])
  if (diffFile !== undefined) {
    const path = resolve(host.cwd, diffFile)
    const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`diff-file ${path}: cannot read (${e.code ?? 'error'})`)
    })
    // An error page or an empty response saved as the diff must not become "no change, pass".
    if (text.trim() !== '' && !/^(?:diff --git |--- |\+\+\+ |@@ )/m.test(text)) {
      throw new UserError(`diff-file ${path}: not a unified diff (no "diff --git", "---" or "@@" line)`)
    }
    return {
      changed: parseUnifiedDiff(text, diffFile).filter(c => included(c.path)),
      candidates: async () => [],
      notices: [],
      diffFrom: `the file ${diffFile}`
    }
  }
  if (diffBase !== undefined) {
    const headSha = await revParse(git, 'HEAD')
    const base = await mergeBase(git, diffBase, 'HEAD')
    if (local) return workTreeChange(git, base, headSha, `merge-base(${diffBase}, HEAD)`, opts, ancestors(base))
    const changed = (await diffChangedLines(git, base, headSha)).filter(c => included(c.path))
    return { changed, headSha, candidates: ancestors(base), notices: [] }
  }
  const pr = await host.pullRequest()
  if (pr) {
    const base = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch((e: unknown) => {
      throw new UserError(
        `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
      )
    })
    const changed = (await diffChangedLines(git, base.base, 'HEAD')).filter(c => included(c.path))
    return { changed, candidates: ancestors(base.base), notices: [] }
  }
  if (local && local.patchRule.length > 0) {
    // A patch rule on a laptop means "my change": against where the remote default branch forked off.
    const remote = await remoteDefaultBranch(git)
    if (!remote) {
      throw new UserError(
        `${local.patchRule.join(' and ')} need${local.patchRule.length > 1 ? '' : 's'} a diff, and none of ${REMOTE_DEFAULT_REFS.join(', ')} resolves here: give ${local.label('diff-base')} <rev> or ${local.label('diff-file')} <file>`
      )
    }
    const headSha = await revParse(git, 'HEAD')
    const base = await mergeBase(git, remote.sha, headSha).catch(() => {
      throw new UserError(
        `no merge base between ${remote.ref} and HEAD (unrelated or shallow history): give ${local.label('diff-base')} <rev> or ${local.label('diff-file')} <file>`
      )
    })
    const name = remote.pointsTo ? `${remote.ref} → ${remote.pointsTo}` : remote.ref
    return workTreeChange(git, base, headSha, `merge-base(${name}, HEAD)`, opts, ancestors(base))
  }
  // Not a pull request (a push to another branch, a manual run, a local run without a diff): no patch to judge.
  // Project coverage is compared with the nearest earlier baseline on the first-parent line.
  const inWorkflow = host.context.repository !== undefined
  return {
    changed: null,
    candidates: async () => (await ancestors('HEAD', 1)()).slice(1),
    notices: inWorkflow
      ? [`${host.context.eventName} is not a pull request: project coverage only, no patch coverage`]
      : []
  }
}

/**
 * The CLI's change: from `base` to the work tree (committed, staged and unstaged changes), plus untracked files
 * when asked, every line of each added. Skipped untracked files are named in a notice.
 */
async function workTreeChange(
  git: Git,
  base: string,
  headSha: string,
  baseName: string,
  opts: ChangeOptions,
  candidates: () => Promise<string[]>
): Promise<Change> {
  const notices: string[] = []
  const [tracked, untracked] = await Promise.all([
    diffWorkTreeLines(git, base),
    opts.local?.includeUntracked ? untrackedChangedLines(git) : undefined
  ])
  const all: ChangedFile[] = [...tracked]
  if (untracked) {
    const known = new Set(tracked.map(c => c.path))
    all.push(...untracked.files.filter(f => !known.has(f.path)))
    const skipped = untracked.skipped.filter(k => opts.included(k.path))
    if (skipped.length > 0) {
      const named = skipped.slice(0, MAX_SKIPS_NAMED).map(k => `${k.path} (${k.why})`)
      const more = skipped.length > MAX_SKIPS_NAMED ? ` and ${skipped.length - MAX_SKIPS_NAMED} more` : ''
      notices.push(`${skipped.length} untracked file(s) not counted: ${named.join(', ')}${more}`)
    }
  }
  const changed = all.filter(c => opts.included(c.path))
  const withUntracked = untracked
    ? `, with ${untracked.files.length} untracked file(s)`
    : `; untracked files left out (${opts.local?.label('include-untracked') ?? 'include-untracked'} counts them)`
  return {
    changed,
    headSha,
    candidates,
    notices,
    diffFrom: `${baseName} = ${base.slice(0, 7)} to the work tree${withUntracked}`
  }
}

interface LoadedBaseline {
  baseline: (Baseline & { notices: string[] }) | null
  sha: string
  behind: number
  note: string
}

/** The newest baseline among the candidates, or why there is none (said out loud; never a crash). */
async function loadBaseline(
  host: Host,
  store: BaselineStore | undefined,
  candidates: () => Promise<string[]>,
  expectedConfigHash: string
): Promise<LoadedBaseline> {
  const none = (note: string): LoadedBaseline => ({ baseline: null, sha: '', behind: 0, note })
  if (!store) return none('no baseline: no GitHub token or artifact service in this run')
  try {
    const found = await store.find(BASELINE_KIND, candidates, BASELINE_FILE)
    if (!found.found) return none(found.note)
    const what = found.sha ? `baseline of ${found.sha.slice(0, 7)}` : found.path
    const text = await readFile(found.path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`${what}: cannot read ${BASELINE_FILE} (${e.code ?? 'error'})`)
    })
    const baseline = parseBaseline(text, what, { expectedConfigHash })
    return { baseline, sha: found.sha ?? baseline.meta.sha, behind: found.behind, note: found.note }
  } catch (error) {
    // Locally, a baseline file the user named that cannot be read is their error to fix.
    if (!host.context.repository && error instanceof UserError) throw error
    // In a workflow, an outage or a bad artifact is a missing baseline; on-missing-baseline decides what it means.
    const note = `no baseline: ${describeError(error)}`
    host.logger.log('warning', note)
    return none(note)
  }
}

async function saveThisBaseline(
  host: Host,
  store: BaselineStore | undefined,
  git: Git,
  report: CoverageReport,
  summary: CoverageSummary,
  hash: string,
  knownTrend: TrendPoint[],
  opts: { walkBack: number; retentionDays: number; gated: boolean }
): Promise<void> {
  const sha = host.context.sha || (await revParse(git, 'HEAD').catch(() => 'local'))
  if (!store) {
    host.logger.log('warning', 'baseline not saved: no GitHub token or artifact service in this run')
    return
  }
  // Carry the default branch's trend forward: from the baseline this run compared against, or else from the
  // newest earlier baseline on the first-parent line.
  let trend = knownTrend
  if (!opts.gated) {
    const parents = () => firstParentAncestors(git, sha, opts.walkBack + 1).then(p => p.slice(1), () => [])
    trend = (await loadBaseline(host, store, parents, hash)).baseline?.trend ?? []
  }
  const now = host.now().toISOString()
  const baseline: Baseline = {
    meta: { sha, configHash: hash, createdAt: now },
    report,
    trend: appendTrend(trend, { sha, date: now, lines: summary.totals.lines })
  }
  await saveBaselineText(host, store, 'coverage baseline', {
    kind: BASELINE_KIND,
    sha,
    file: BASELINE_FILE,
    text: serializeBaseline(baseline),
    retentionDays: opts.retentionDays
  })
}
