/**
 * coverage-gate as a GitHub Action: the only part of the gate that touches the outside world (through the Host).
 * On a pull request it gates head coverage against the base commit's baseline and the PR's diff; on a push to the
 * default branch (or a merge-queue run) it saves the baseline the PRs compare against, carrying the trend forward.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describeError, UserError } from '../shared/errors.js'
import { jobFragmentsDir, writeFragment, type ReportFragment } from '../shared/fragment.js'
import { createGit, diffChangedLines, firstParentAncestors, testedCommitBase, type Git } from '../shared/git.js'
import { resolvePullRequest, type PullRequestContext } from '../shared/github.js'
import type { Host } from '../shared/host.js'
import { findBaseline, fetchBaseline, saveBaseline, type BaselineDeps } from '../shared/baseline.js'
import { inputBoolean, inputEnum, inputList, inputNumber, inputRules, inputString } from '../shared/inputs.js'
import { runUrl } from '../shared/run-context.js'
import { createAnnotatedCheckRun, setCommitStatus } from '../shared/status.js'
import { writeBadgeFiles } from './badge.js'
import { configHash, parseBaseline, serializeBaseline, type Baseline } from './baseline-format.js'
import { filterReport, pathMatcher, type PathFilter } from './filter.js'
import { evaluate, formatPercent, type CoverageSummary, type GateRules } from './evaluate.js'
import { appendTrend, type TrendPoint } from './history.js'
import { loadCoverageReports, summarize } from './load.js'
import type { CoverageReport, Ratio } from './model.js'
import { patchCoverage, type PatchChangedFile, type PatchResult } from './patch.js'
import { renderCoverage, STATUS_CONTEXT } from './render.js'

const BASELINE_KIND = 'coverage'
const BASELINE_FILE = 'coverage-baseline.json'

interface Settings {
  reports: string[]
  mode: 'auto' | 'gate' | 'baseline'
  rules: GateRules
  partial: 'miss' | 'hit'
  walkBack: number
  retentionDays: number
  pathMappings: { from: string; to: string }[]
  filter: PathFilter
  annotations: boolean
  status: boolean
  fragmentName: string
  badgePath?: string
}

export function readSettings(host: Host): Settings {
  const get = (name: string) => host.input(name)
  const reports = inputList(get, 'reports')
  if (reports.length === 0) throw new UserError('Input "reports" is required: give coverage report files or globs')
  const pathMappings = inputList(get, 'path-mappings').map(line => {
    const eq = line.indexOf('=')
    if (eq <= 0) throw new UserError(`Input "path-mappings": ${JSON.stringify(line.slice(0, 80))} is not "from=to"`)
    return { from: line.slice(0, eq).trim(), to: line.slice(eq + 1).trim() }
  })
  return {
    reports,
    mode: inputEnum(get, 'mode', ['auto', 'gate', 'baseline'] as const, 'auto'),
    rules: {
      minProject: inputNumber(get, 'min-project', { min: 0, max: 100, percent: true }),
      maxDrop: inputNumber(get, 'max-drop', { min: 0, max: 100, percent: true }),
      minPatch: inputNumber(get, 'min-patch', { min: 0, max: 100, percent: true }),
      maxNewUncovered: inputNumber(get, 'max-new-uncovered', { min: 0, integer: true }),
      paths: inputRules(get, 'rules'),
      informational: inputBoolean(get, 'informational', false),
      onMissingBaseline: inputEnum(get, 'on-missing-baseline', ['pass', 'neutral', 'fail'] as const, 'pass')
    },
    partial: inputEnum(get, 'partial', ['miss', 'hit'] as const, 'miss'),
    walkBack: inputNumber(get, 'baseline-walk-back', { min: 0, max: 500, integer: true, default: 20 }) ?? 20,
    retentionDays:
      inputNumber(get, 'baseline-retention-days', { min: 1, max: 400, integer: true, default: 90 }) ?? 90,
    pathMappings,
    filter: { include: inputList(get, 'include'), exclude: inputList(get, 'exclude') },
    annotations: inputBoolean(get, 'annotations', true),
    status: inputBoolean(get, 'status', true),
    fragmentName:
      inputString(get, 'fragment-name', {
        default: 'quality-gates-fragment-coverage',
        pattern: /^[A-Za-z0-9._-]{1,100}$/,
        describe: 'letters, digits, . _ - (an artifact name)'
      }) ?? 'quality-gates-fragment-coverage',
    ...(host.input('badge-path') ? { badgePath: host.input('badge-path') } : {})
  }
}

/** Events whose commit becomes (or is) the default branch's: they save baselines in auto mode. */
function savesBaseline(host: Host): boolean {
  const { eventName, ref, payload } = host.context
  if (eventName === 'merge_group') return true
  const defaultBranch = (payload.repository as { default_branch?: string } | undefined)?.default_branch
  return ['push', 'workflow_dispatch', 'schedule'].includes(eventName) && !!defaultBranch && ref === `refs/heads/${defaultBranch}`
}

function baselineDeps(host: Host): BaselineDeps | undefined {
  const repo = host.context.repository
  if (!host.octokit || !host.artifacts || !repo) return undefined
  return {
    octokit: host.octokit,
    artifacts: host.artifacts,
    owner: repo.owner,
    repo: repo.repo,
    repositoryId: repo.id ?? 0,
    tempDir: host.tempDir,
    log: (level, message) => host.logger.log(level, message)
  }
}

/** The newest baseline among `candidates` (a commit and its first-parent ancestors), or why there is none. */
async function loadBaseline(
  host: Host,
  deps: BaselineDeps | undefined,
  candidates: string[],
  expectedConfigHash: string
): Promise<{ baseline: (Baseline & { notices: string[] }) | null; sha?: string; behind?: number; note: string }> {
  if (!deps) return { baseline: null, note: 'no baseline: no GitHub token or artifact service in this run' }
  try {
    const lookup = await findBaseline(deps, BASELINE_KIND, candidates)
    if (!lookup.found) return { baseline: null, note: lookup.note }
    const dir = await fetchBaseline(deps, lookup)
    const text = await readFile(join(dir, BASELINE_FILE), 'utf8').catch(() => {
      throw new UserError(`baseline artifact of ${lookup.sha.slice(0, 7)} has no ${BASELINE_FILE}`)
    })
    const baseline = parseBaseline(text, `baseline of ${lookup.sha.slice(0, 7)}`, { expectedConfigHash })
    return { baseline, sha: lookup.sha, behind: lookup.behind, note: lookup.note }
  } catch (error) {
    // An outage or a bad artifact is a missing baseline, said out loud; on-missing-baseline decides what it means.
    const note = `no baseline: ${describeError(error)}`
    host.logger.log('warning', note)
    return { baseline: null, note }
  }
}

export async function run(host: Host): Promise<void> {
  const settings = readSettings(host)
  const workspace = resolve(host.workspace)
  const loaded: CoverageReport = await host.logger.group('Read coverage reports', () =>
    loadCoverageReports(settings.reports, {
      cwd: workspace,
      repoRoot: workspace,
      label: 'Input "reports":',
      pathMappings: settings.pathMappings
    })
  )
  for (const warning of (loaded.warnings ?? []).slice(0, 20)) host.logger.log('warning', warning)
  const head = filterReport(loaded, settings.filter)
  const included = pathMatcher(settings.filter)
  const headSummary = summarize(head)
  const hash = configHash({
    include: settings.filter.include,
    exclude: settings.filter.exclude,
    pathMappings: settings.pathMappings.map(m => [m.from, m.to] as [string, string])
  })
  const deps = baselineDeps(host)
  const git = createGit(workspace)
  const mode = settings.mode === 'auto' ? (savesBaseline(host) ? 'baseline' : 'gate') : settings.mode

  let pr: PullRequestContext | undefined
  let baseSummary: CoverageSummary | null = null
  let patch: PatchResult | null = null
  let changed: PatchChangedFile[] | null = null
  let trend: TrendPoint[] = []
  let baselineInfo: { sha: string; behind: number } | null = null
  const notices: string[] = []
  const repo = host.context.repository

  if (mode === 'gate') {
    pr = repo ? await resolvePullRequest(host.context.eventName, host.context.payload, repo, host.octokit) : undefined
    let candidates: string[]
    if (pr) {
      const base = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch((e: unknown) => {
        throw new UserError(
          `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
        )
      })
      changed = (await diffChangedLines(git, base.base, 'HEAD')).filter(c => included(c.path))
      patch = patchCoverage(head, changed, { partial: settings.partial })
      candidates = await firstParentAncestors(git, base.base, settings.walkBack + 1)
    } else {
      // Not a pull request (a push to another branch, a manual run): no patch to judge. Project coverage is
      // compared with the nearest earlier baseline on the first-parent line.
      notices.push(`${host.context.eventName} is not a pull request: project coverage only, no patch coverage`)
      candidates = (await firstParentAncestors(git, 'HEAD', settings.walkBack + 2).catch(() => [])).slice(1)
    }
    const found = await loadBaseline(host, deps, candidates, hash)
    notices.push(found.note)
    if (found.baseline) {
      baseSummary = summarize(filterReport(found.baseline.report, settings.filter))
      trend = found.baseline.trend
      baselineInfo = { sha: found.sha as string, behind: found.behind ?? 0 }
      notices.push(...found.baseline.notices)
    }
  }

  const changedPaths = (changed ?? []).flatMap(c => (c.oldPath ? [c.path, c.oldPath] : [c.path]))
  const evaluation = evaluate({ head: headSummary, base: baseSummary, patch, changedPaths, rules: settings.rules })
  evaluation.notices.push(...notices.filter(Boolean))
  const sha = pr?.headSha ?? host.context.sha
  const url = runUrl(host.context)
  const fragment: ReportFragment = renderCoverage({
    evaluation,
    head: headSummary,
    base: baseSummary,
    patch,
    ...(changed ? { changed } : {}),
    rules: settings.rules,
    baseline: baselineInfo,
    trend,
    ...(sha ? { sha } : {}),
    ...(url ? { url } : {})
  })

  if (mode === 'baseline') await saveThisBaseline(host, deps, git, head, headSummary, hash, settings)
  await publish(host, settings, fragment, sha, pr !== undefined || mode === 'baseline', url, headSummary.totals.lines)

  host.setOutput('project-coverage', formatPercent(headSummary.totals.lines).replace(/%$/, ''))
  host.setOutput('patch-coverage', patch?.lines ? formatPercent(patch.lines).replace(/%$/, '') : 'n/a')
  host.setOutput('status', evaluation.status)
  host.setOutput('baseline-sha', baselineInfo?.sha ?? '')
  await host.appendSummary(fragment.markdown)

  if (evaluation.status === 'fail') {
    throw new UserError(`coverage gate failed: ${evaluation.reasons.join('; ')}`)
  }
}

async function saveThisBaseline(
  host: Host,
  deps: BaselineDeps | undefined,
  git: Git,
  report: CoverageReport,
  summary: CoverageSummary,
  hash: string,
  settings: Settings
): Promise<void> {
  const sha = host.context.sha
  if (!deps || !sha) {
    host.logger.log('warning', 'baseline not saved: no GitHub token or artifact service in this run')
    return
  }
  // Carry the default branch's trend forward from the newest earlier baseline.
  const parents = await firstParentAncestors(git, sha, settings.walkBack + 1).catch(() => [sha])
  const previous = parents.length > 1 ? await loadBaseline(host, deps, parents.slice(1), hash) : null
  const point: TrendPoint = {
    sha,
    date: host.now().toISOString(),
    lines: summary.totals.lines
  }
  const baseline: Baseline = {
    meta: { sha, configHash: hash, createdAt: host.now().toISOString() },
    report,
    trend: appendTrend(previous?.baseline?.trend ?? [], point)
  }
  const dir = join(host.tempDir, 'baseline-out')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, BASELINE_FILE), serializeBaseline(baseline))
  try {
    const saved = await saveBaseline(deps, BASELINE_KIND, sha, dir, settings.retentionDays)
    host.logger.log('info', `saved the coverage baseline of ${sha.slice(0, 7)} as artifact ${saved.name}`)
  } catch (error) {
    // A re-run of the same workflow run finds its first attempt's baseline (artifact names are unique per run):
    // that one stands. Any other failure is said loudly, but the coverage verdict does not depend on it.
    const text = describeError(error)
    const rerun = /already exists/.test(text)
    host.logger.log(
      rerun ? 'notice' : 'warning',
      rerun
        ? `the coverage baseline of ${sha.slice(0, 7)} was already saved by an earlier attempt of this run`
        : `the coverage baseline of ${sha.slice(0, 7)} was not saved: ${text}`
    )
  }
}

/** Fragment file and artifact for pr-report, commit status, annotations, badge. Write failures warn, never fail. */
async function publish(
  host: Host,
  settings: Settings,
  fragment: ReportFragment,
  sha: string,
  onCommit: boolean,
  url: string | undefined,
  lines: Ratio
): Promise<void> {
  const fragmentsDir = host.jobTempDir ? jobFragmentsDir(host.jobTempDir) : join(host.tempDir, 'fragments')
  await mkdir(fragmentsDir, { recursive: true })
  const fragmentPath = join(fragmentsDir, `${settings.fragmentName}.json`)
  await writeFragment(fragmentPath, fragment)
  host.setOutput('fragment-path', fragmentPath)
  const tryTo = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn()
    } catch (error) {
      host.logger.log('warning', `could not ${what}: ${describeError(error)}`)
    }
  }
  if (host.artifacts && process.env.ACTIONS_RUNTIME_TOKEN) {
    await tryTo('upload the report fragment', () =>
      host.artifacts!.upload(settings.fragmentName, [fragmentPath], fragmentsDir, 7)
    )
  }
  const repo = host.context.repository
  if (host.octokit && repo && sha && onCommit) {
    if (settings.status) {
      await tryTo('set the commit status', () =>
        setCommitStatus(host.octokit!, repo, sha, {
          context: STATUS_CONTEXT,
          state: fragment.status === 'fail' ? 'failure' : 'success',
          description: fragment.summary,
          ...(url ? { targetUrl: url } : {})
        })
      )
    }
    if (settings.annotations && fragment.annotations?.length) {
      await tryTo('annotate uncovered lines', () =>
        createAnnotatedCheckRun(
          host.octokit!,
          repo,
          sha,
          'coverage: uncovered added lines',
          fragment.status === 'fail' ? 'failure' : 'neutral',
          fragment.summary,
          fragment.summary,
          fragment.annotations ?? []
        )
      )
    }
  }
  if (settings.badgePath) {
    await tryTo('write the badge', () => writeBadgeFiles(resolve(host.workspace, settings.badgePath!), lines))
  }
}
