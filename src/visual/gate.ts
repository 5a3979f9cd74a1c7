/**
 * visual-diff, declared once: run by the action (actions/visual-diff) and by `quality-gates visual` alike.
 * settings → screenshots (given in `current`, or captured from a Storybook or URL list) → the base side's
 * screenshots (`baseline` given, else the stored baseline of the base commit) → compareSuites → judge → render.
 *
 * The base side: `baseline` (a directory; on the CLI `--baseline <dir>`), else the stored baseline of the base
 * commit (host.baselines, kind `visual-<hash of the capture config>`, first-parent walk-back, "N behind"). A
 * trusted default-branch run saves its screenshots (and the capture's meta.json) as the next baseline; on the CLI
 * `--baseline-out <dir>` copies them to a directory for a later `--baseline`.
 *
 * Verdict (judge): changed, size-changed and removed images fail, and so does an image that could not be
 * compared (fail closed); added images are new screenshots, reported but not failing. A change of the capture
 * environment (browser, OS, fonts, scale) between the sides is reported as such: with differing images the
 * result is neutral with no result (the status fails closed, saying why), not N diffs.
 *
 * Approvals (approval.ts, approve.ts): on a PR run the changed images whose diff fingerprint an approval comment
 * of our token recorded are excused, never an image that could not be compared; every PR run uploads its pending
 * fingerprints for `/approve-visual`, and a failing PR fragment names the diffs it fails on (approve.ts
 * approvalClaimMetrics) so that pr-report keeps an approval that covers them. `task: approve` runs the approval
 * itself (approve.ts) instead of a compare. On a pull_request `closed` event the gate only removes the PR's
 * thumbnails folder from the assets branch (pruneClosed): no compare, no status, no fragment artifact.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { copyFile, lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { saveBaselineDir, type BaselineStore } from '../shared/baseline-store.js'
import { baselineCandidates } from '../shared/baseline-candidates.js'
import { describeError, UserError } from '../shared/errors.js'
import { headingLine, makeFragment } from '../shared/fragment.js'
import {
  BASELINE_MODE_SETTING,
  BASELINE_SETTINGS,
  baselineMode,
  baselineOptions,
  defineGate,
  defaultFragmentName,
  gateContext,
  hostInputs,
  type GateResult
} from '../shared/gate.js'
import { createGit, revParse, type Git } from '../shared/git.js'
import type { Host } from '../shared/host.js'
import { labelOf } from '../shared/inputs.js'
import { fragmentArtifactName } from '../shared/publish.js'
import { runUrl } from '../shared/run-context.js'
import {
  CAPTURE_META_FILE,
  environmentChanged,
  readCaptureMeta,
  type ColorScheme,
  type EnvironmentChange,
  type Viewport
} from './capture-meta.js'
import { excusedImages, pendingFromImages, readApprovers, recordPending } from './approval.js'
import {
  APPROVE_SETTINGS,
  approvalClaimMetrics,
  approveResult,
  approveTask,
  humanApprove,
  writeApproveJson,
  type ApproveRun
} from './approve.js'
import { prunePr, publishThumbnails } from './assets-branch.js'
import { compareSuites, MAIN_ONLY_PAIRS, unsafeName } from './compare.js'
import { collectReportImages, writeHtmlReport, type ReportImages } from './html-report.js'
import type { ImageResult, SuiteStats } from './model.js'
import type { OptionsSpec } from './options.js'
import { humanResult, writeJsonResult, type VisualRun } from './output.js'
import { GATE_ID, renderVisual, TITLE, type VisualView } from './render.js'
import { changedImages, thumbnailLinks, thumbnailTable } from './thumbnails.js'

/** The stored baseline's index file, beside the screenshots. */
export const VISUAL_BASELINE_FILE = 'visual-baseline.json'
export const VISUAL_BASELINE_SCHEMA = 'quality-gates/visual-baseline'
const MAX_OPTIONS_FILE_BYTES = 4 * 1024 * 1024
const MAX_COPY_FILES = 50_000
const MAX_COPY_DEPTH = 32
const DIFF_RETENTION_DAYS = 14
const RULES = 'Rules'
const CAPTURE = 'Capture'

export const visualGate = defineGate({
  id: GATE_ID,
  action: 'visual-diff',
  command: 'visual',
  usage: '--current <dir> [--baseline <dir>] [--diff-dir <dir>] [options]',
  // host.workspace only locates the clone for git (revisions): no `git rev-parse` before a local compare.
  workspaceUse: 'git',
  about:
    "Compare screenshots with the base side's, image by image (PNG names relative to the directories): pixelmatch\n7.2.0 counts, per-image options, diff images cropped to the change. Changed, resized, removed and unreadable\nimages fail; added ones are reported. Or capture the screenshots first from a built Storybook or a URL list.",
  settings: [
    {
      name: 'task',
      kind: 'enum',
      values: ['compare', 'approve'],
      default: 'compare',
      only: 'action',
      description:
        "compare: the gate (screenshots vs the base side). approve: record a /approve-visual or /reject-visual comment, the approve-label or a manual run (pr) for the PR's current visual diffs and set its status (see visual-approve.yml).",
      group: 'Inputs'
    },
    {
      name: 'current',
      kind: 'string',
      placeholder: '<dir>',
      description:
        "Directory of the head's screenshots (PNG files, any depth). With capture-storybook or capture-urls: where the captured screenshots go (new or empty; default a temporary directory).",
      group: 'Inputs'
    },
    {
      name: 'baseline',
      kind: 'string',
      placeholder: '<dir>',
      description:
        "Directory of the base side's screenshots, same relative names. Empty = the stored baseline of the base commit (what the default branch saved).",
      group: 'Inputs'
    },
    {
      name: 'diff-dir',
      kind: 'string',
      placeholder: '<dir>',
      description:
        'Where diff images of changed images are written (same relative names, cropped to the change). Empty = a temporary directory in a workflow (uploaded as an artifact), none on the CLI.',
      group: 'Inputs'
    },
    {
      name: 'options-file',
      kind: 'string',
      placeholder: '<file>',
      description:
        'JSON or YAML of compare options for every image and per glob ("overrides": [{"match": "glob", ...}]): threshold, includeAA, maxDiffPixels, maxDiffRatio, ignore regions, mask PNGs. Settings given here override the file\'s defaults.',
      group: 'Inputs'
    },
    BASELINE_MODE_SETTING,
    {
      name: 'threshold',
      kind: 'number',
      min: 0,
      max: 1,
      default: 0.1,
      description:
        "pixelmatch's per-pixel threshold (0-1): a pixel differs when its YIQ colour distance exceeds it.",
      group: RULES
    },
    {
      name: 'include-aa',
      kind: 'boolean',
      default: false,
      description: 'Count anti-aliased pixels as differences (pixelmatch includeAA).',
      group: RULES
    },
    {
      name: 'max-diff-pixels',
      kind: 'integer',
      min: 0,
      max: 1_000_000_000,
      description:
        'Pixels an image may differ by and still count as unchanged. Empty = 0 (with max-diff-ratio too, the smaller allowance wins).',
      group: RULES
    },
    {
      name: 'max-diff-ratio',
      kind: 'number',
      min: 0,
      max: 1,
      description: "Share of an image's pixels (0-1) that may differ. Empty = not set.",
      group: RULES
    },
    {
      name: 'on-missing-baseline',
      kind: 'enum',
      values: ['pass', 'neutral', 'fail'],
      default: 'neutral',
      description:
        'Outcome when there is no base side (no stored baseline found, none given): pass, neutral or fail. Every screenshot is then reported as added.',
      group: RULES
    },
    {
      name: 'capture-storybook',
      kind: 'string',
      placeholder: '<dir>',
      description:
        'Capture the stories of this built storybook-static (its index.json), served on 127.0.0.1, instead of reading given screenshots.',
      group: CAPTURE
    },
    {
      name: 'capture-urls',
      kind: 'list',
      max: 5000,
      placeholder: '<name=url>',
      description:
        'Capture these pages instead: one `name=url` a line (http(s) on loopback or an allowed host).',
      group: CAPTURE
    },
    {
      name: 'viewports',
      kind: 'list',
      max: 20,
      placeholder: '<WxH>',
      description: 'Viewports to capture at, e.g. 1280x800, 375x667 (optionally name:WxH). Empty = 1280x800.',
      group: CAPTURE
    },
    {
      name: 'color-schemes',
      kind: 'list',
      max: 2,
      placeholder: '<light|dark>',
      description: 'Colour schemes to capture in (prefers-color-scheme): light, dark or both. Empty = light.',
      group: CAPTURE
    },
    {
      name: 'browser-path',
      kind: 'string',
      placeholder: '<file>',
      description:
        "Chrome or Chromium to capture with. Empty = $CHROME_BIN, else Chrome or Chromium on PATH (the runner's Chrome).",
      group: CAPTURE
    },
    {
      name: 'mask-selectors',
      kind: 'list',
      max: 50,
      placeholder: '<css>',
      description: 'CSS selectors painted over in every screenshot (clocks, ads, random content).',
      group: CAPTURE
    },
    {
      name: 'allowed-hosts',
      kind: 'list',
      max: 100,
      placeholder: '<host>',
      description:
        'Hosts besides loopback that captured pages may load from (exact names, e.g. a font CDN); other requests are blocked.',
      group: CAPTURE
    },
    {
      name: 'thumbnails',
      kind: 'boolean',
      default: true,
      only: 'action',
      description:
        "On a pull request, show baseline | diff | current thumbnails of the changed images in the comment, stored on the orphan branch quality-gates-assets through the git data API (needs contents: write; a run on the PR's closed event removes its folder, the branch is squashed past 50 MiB). Without write access (fork PRs), a link to the report artifact instead.",
      group: 'Report'
    },
    {
      name: 'baseline-out',
      kind: 'string',
      only: 'cli',
      placeholder: '<dir>',
      description:
        'copy the current screenshots (and meta.json) to this new or empty directory, for a later --baseline',
      group: 'Baseline'
    },
    ...BASELINE_SETTINGS,
    ...APPROVE_SETTINGS
  ],

  async evaluate(s, host): Promise<GateResult<VisualRun | ApproveRun | PruneRun>> {
    if (s.task === 'approve') return approveResult(await approveTask(s, host))
    const closed = closedPullRequest(host)
    if (closed) return pruneClosed(host, closed, s.thumbnails)
    const get = hostInputs(host)
    const store = host.baselines
    const { mode, gating } = baselineMode(s.mode, store)
    const walkBack = baselineOptions(s).walkBack
    const notes: string[] = []
    const captureSpec = captureSettings(s, get)
    const options = await compareOptions(s, host.cwd, labelOf(get, 'options-file'))
    const kind = `visual-${configHash(captureSpec)}`

    // 1. The head's screenshots: given, or captured now.
    let currentDir: string
    if (captureSpec) {
      currentDir = s.current ? resolve(host.cwd, s.current) : join(host.tempDir, 'visual-current')
      const { capture } = await import('./capture.js')
      const result = await host.logger.group('Capture screenshots', () =>
        capture({
          ...captureSpec.options,
          outDir: currentDir,
          ...(s['browser-path'] ? { browserPath: resolve(host.cwd, s['browser-path']) } : {}),
          log: line => host.logger.log('info', line)
        })
      )
      if (result.errors > 0)
        notes.push(
          `${result.errors} screenshot${result.errors === 1 ? '' : 's'} could not be captured (see the log)`
        )
      if (result.unstable > 0)
        notes.push(
          `${result.unstable} screenshot${result.unstable === 1 ? ' was' : 's were'} never stable (two identical shots)`
        )
    } else {
      if (!s.current)
        throw new UserError(
          `${labelOf(get, 'current')} is required: the directory of the screenshots to compare (or capture-storybook / capture-urls to take them)`
        )
      currentDir = resolve(host.cwd, s.current)
    }

    // 2. The base side's screenshots.
    let base: { dir: string; note: string; sha?: string } | null = null
    if (s.baseline) {
      base = { dir: resolve(host.cwd, s.baseline), note: `baseline ${s.baseline}` }
    } else if (gating) {
      const git = createGit(resolve(host.workspace))
      const found = await loadStored(host, store, kind, await baselineCandidates(host, git, walkBack))
      if (found.dir) base = { dir: found.dir, note: found.note, ...(found.sha ? { sha: found.sha } : {}) }
      else notes.push(found.note)
    }

    // 3. Compare. Without a base side every screenshot is added (compared against an empty directory).
    const diffDir = s['diff-dir']
      ? resolve(host.cwd, s['diff-dir'])
      : host.context.repository
        ? join(host.tempDir, 'visual-diff')
        : undefined
    const emptyBase = join(host.tempDir, 'visual-no-baseline')
    if (!base) await mkdir(emptyBase, { recursive: true })
    const script = workerScript()
    const suite = await host.logger.group('Compare screenshots', () =>
      compareSuites({
        baselineDir: base?.dir ?? emptyBase,
        currentDir,
        ...(diffDir ? { diffDir } : {}),
        options,
        fingerprints: true,
        ...(script ? { workerScript: script } : { poolSize: 0 })
      })
    )
    const st = suite.stats
    host.logger.log(
      'info',
      `${suite.images.length} images: ${st.byteIdentical} byte-identical, ${st.decodedEqual} equal after decoding, ${st.diffed} diffed (${lanesLine(st, script !== undefined)})`
    )

    // 4. The capture environment of both sides, when both were captured.
    let environment: EnvironmentChange[] = []
    if (base) {
      const [bm, hm] = await Promise.all([
        readCaptureMeta(join(base.dir, CAPTURE_META_FILE)).catch((e: unknown) => {
          notes.push(`baseline ${CAPTURE_META_FILE} ignored: ${describeError(e)}`)
          return undefined
        }),
        readCaptureMeta(join(currentDir, CAPTURE_META_FILE))
      ])
      if (bm && hm) environment = environmentChanged(bm, hm)
    }

    // 5. Judge, after the approvals of this PR (our token's marked comments): the changed images whose diff
    // fingerprint an approval recorded are excused. Never on the CLI (no GitHub), never an image not compared.
    const pr = gating ? await host.pullRequest() : undefined
    const approvers = pr
      ? await approvalsOf(host, pr.number, s['approval-author'])
      : new Map<string, string>()
    const excused = excusedImages(suite.images, new Set(approvers.keys()))
    const approvedBy = [
      ...new Set(
        suite.images.flatMap(i =>
          excused.has(i.name) && i.fingerprint ? [approvers.get(i.fingerprint)!] : []
        )
      )
    ].sort()
    const verdict = judge(suite.images, {
      excused,
      hasBaseline: base !== null,
      onMissingBaseline: s['on-missing-baseline'],
      environment
    })

    // 6. The diff images and the HTML report (side by side, overlay, slider), as an artifact, when this run can upload.
    let diffArtifactUrl: string | undefined
    const diffFiles = suite.images.flatMap(i => (i.diffImage ? [i.diffImage] : []))
    const changed = changedImages(suite.images)
    let pictures = new Map<string, ReportImages>()
    if (diffDir && changed.length > 0) {
      try {
        pictures = await collectReportImages({ baselineDir: base?.dir, currentDir, diffDir }, suite.images)
        const report = await writeHtmlReport(diffDir, suite, pictures)
        diffFiles.push(relative(diffDir, report.path))
      } catch (e) {
        notes.push(`the HTML report was not written: ${describeError(e)}`)
      }
    }
    if (diffDir && diffFiles.length > 0 && host.artifacts?.canUpload && host.context.repository) {
      const name = fragmentArtifactName(
        defaultFragmentName(GATE_ID, s.name || undefined).replace('-fragment-', '-diff-'),
        host.context.runAttempt
      )
      try {
        const up = await host.artifacts.upload(
          name,
          diffFiles.map(f => join(diffDir, f)),
          diffDir,
          DIFF_RETENTION_DAYS
        )
        const { owner, repo } = host.context.repository
        if (host.context.runId !== undefined)
          diffArtifactUrl = `${host.context.serverUrl}/${owner}/${repo}/actions/runs/${host.context.runId}/artifacts/${up.id}`
        host.logger.log('info', `uploaded ${diffFiles.length} diff images as artifact ${name}`)
      } catch (e) {
        host.logger.log('warning', `the diff images were not uploaded: ${describeError(e)}`)
      }
    }

    // 7. On every PR run, the pending fingerprints for /approve-visual (an empty list too: it replaces an older one).
    if (pr) {
      const context = gateContext(GATE_ID, s.name || undefined)
      const approvable = (i: ImageResult) =>
        (i.status === 'changed' || i.status === 'size-changed') && i.fingerprint !== undefined
      const unapprovable = suite.images.filter(i => FAILING.has(i.status) && !approvable(i)).length
      try {
        const name = await recordPending(
          host,
          pendingFromImages(suite.images, context, pr.headSha, unapprovable)
        )
        if (name) host.logger.log('info', `visual approvals: pending diffs recorded as artifact ${name}`)
      } catch (e) {
        host.logger.log(
          'warning',
          `the pending diffs for /approve-visual were not recorded: ${describeError(e)}`
        )
      }
    }

    const sha = pr?.headSha ?? (host.context.sha || undefined)

    // 7. Thumbnails for the comment, on the assets branch; links to the artifact when that cannot be written.
    let thumbnails: string | undefined
    if (s.thumbnails && pr && !pr.isFork && host.octokit && host.context.repository && changed.length > 0) {
      const out = await publishThumbnails({
        octokit: host.octokit,
        ...host.context.repository,
        pr: pr.number,
        sha: pr.headSha,
        images: changed.map(i => ({
          name: i.name,
          ...pictures.get(i.name),
          ...(i.changedBox ? { box: i.changedBox } : {})
        })),
        log: line => host.logger.log('info', line)
      })
      thumbnails = out.published
        ? thumbnailTable(suite.images, out.urls, diffArtifactUrl ? { reportUrl: diffArtifactUrl } : {})
        : diffArtifactUrl
          ? thumbnailLinks(suite.images, diffArtifactUrl, { list: false })
          : undefined
    }
    const url = runUrl(host.context)
    const view: VisualView = {
      status: verdict.status,
      images: suite.images,
      excused: [...excused],
      approvedBy,
      base: base ? { note: base.note, ...(base.sha ? { sha: base.sha } : {}) } : null,
      environment,
      ...(verdict.reason ? { reason: verdict.reason } : {}),
      noResult: verdict.noResult,
      notes,
      ...(diffArtifactUrl ? { diffArtifactUrl } : {}),
      ...(thumbnails ? { thumbnails } : {}),
      ...(diffDir && diffFiles.length > 0 ? { diffDir } : {}),
      ...(sha ? { sha } : {}),
      ...(url ? { url } : {})
    }
    for (const n of notes) host.logger.log('warning', n)

    if (mode === 'save') {
      const git = createGit(resolve(host.workspace))
      await saveThisBaseline(host, store, git, {
        kind,
        hash: configHash(captureSpec),
        currentDir,
        images: suite.images,
        out: s['baseline-out'],
        retentionDays: baselineOptions(s).retentionDays
      })
    }

    const fragment = renderVisual(view)
    // Which diffs make it fail, for pr-report: it must not undo an approval that covers them all (approve.ts).
    if (pr && verdict.status === 'fail')
      Object.assign(fragment.metrics, approvalClaimMetrics(verdict.failing))
    const data: VisualRun = { view }
    const result: GateResult<VisualRun> = {
      fragment,
      ...(sha ? { sha } : {}),
      onCommit: pr !== undefined || mode === 'save',
      outputs: {
        changed: String(verdict.failing.length),
        'baseline-sha': base?.sha ?? '',
        'diff-artifact-url': diffArtifactUrl ?? ''
      },
      ...(verdict.status === 'fail' ? { failure: `visual gate failed: ${verdict.reason}` } : {}),
      data
    }
    return result
  },
  print: {
    json: (run, write) =>
      'task' in run
        ? run.task === 'approve'
          ? writeApproveJson(run, write)
          : write(`${JSON.stringify({ gate: GATE_ID, task: 'prune', pr: run.pr, pruned: run.pruned })}\n`)
        : writeJsonResult(run, write),
    human: run =>
      'task' in run ? (run.task === 'approve' ? humanApprove(run) : `${run.summary}\n`) : humanResult(run)
  }
})

// ---------------------------------------------------------------------------------------------------------------
// A closed pull request: its thumbnails folder leaves the assets branch, nothing else happens

/** What a `closed` run did. */
export interface PruneRun {
  task: 'prune'
  pr: number
  pruned: boolean
  summary: string
}

const rec = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined

/** The PR of a pull_request(_target) `closed` event, and whether its head lives in another repository. */
function closedPullRequest(host: Host): { number: number; fork: boolean } | undefined {
  const { eventName, payload } = host.context
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined
  if (payload.action !== 'closed') return undefined
  const pull = rec(payload.pull_request)
  const number = pull?.number
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
    throw new UserError('pull_request closed event without a pull request number')
  const head = rec(rec(pull?.head)?.repo)?.full_name
  const base = rec(rec(pull?.base)?.repo)?.full_name
  return { number, fork: typeof head === 'string' && typeof base === 'string' && head !== base }
}

/**
 * On `closed` (merged or not) the gate compares nothing and sets no status: it removes the PR's folder from the
 * assets branch (assets-branch.ts prunePr) and uploads no fragment. A fork's PR never had thumbnails there (its
 * runs fall back to links), nor does a gate with thumbnails: false. Never fails the step: a refused write (no
 * contents: write) is a warning.
 */
async function pruneClosed(
  host: Host,
  closed: { number: number; fork: boolean },
  thumbnails: boolean
): Promise<GateResult<PruneRun>> {
  const repo = host.context.repository
  let pruned = false
  let summary: string
  if (!thumbnails) summary = 'thumbnails: false, nothing to remove'
  else if (closed.fork) summary = "a fork's pull request has no thumbnails on the assets branch"
  else if (!host.octokit || !repo) summary = 'no GitHub token: its thumbnails were not removed'
  else {
    const out = await prunePr({
      octokit: host.octokit,
      ...repo,
      pr: closed.number,
      log: line => host.logger.log('info', line)
    })
    pruned = out.pruned
    summary = out.pruned ? 'its thumbnails were removed from the assets branch' : out.reason
    if (!out.pruned && !/^no pr-\d+ folder/.test(out.reason)) host.logger.log('warning', out.reason)
  }
  summary = `pull request #${closed.number} closed: ${summary}`
  host.logger.log('info', `visual: ${summary}`)
  return {
    fragment: makeFragment({
      gate: GATE_ID,
      status: 'skipped',
      title: TITLE,
      summary,
      markdown: headingLine({ status: 'skipped', title: TITLE, summary }),
      metrics: { pruned },
      statusContext: gateContext(GATE_ID, undefined)
    }),
    onCommit: false,
    uploadFragment: false,
    outputs: { changed: '0' },
    data: { task: 'prune', pr: closed.number, pruned, summary }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The verdict

/**
 * The PR's approved fingerprints and who approved each (approval.ts readApprovers), when this run has GitHub. A
 * failure to read them excuses nothing (fail closed: the diffs fail the gate) and says why.
 */
async function approvalsOf(host: Host, pr: number, author: string | undefined): Promise<Map<string, string>> {
  const repo = host.context.repository
  if (!host.octokit || !repo) return new Map()
  try {
    return await readApprovers(host.octokit, repo, pr, author ? { author } : {})
  } catch (e) {
    host.logger.log('warning', `visual approvals of #${pr} not read, nothing excused: ${describeError(e)}`)
    return new Map()
  }
}

/** Statuses that fail the gate unless excused: a visual change, a screenshot gone, an image not compared. */
const FAILING = new Set<ImageResult['status']>(['changed', 'size-changed', 'removed', 'error'])

export interface Verdict {
  status: 'pass' | 'fail' | 'neutral'
  /** The images that make it fail (not excused), in suite order. */
  failing: ImageResult[]
  /** One line, for fail and neutral. */
  reason?: string
  noResult: boolean
}

/** The gate's verdict over the compared images; pure. */
export function judge(
  images: readonly ImageResult[],
  o: {
    excused: ReadonlySet<string>
    hasBaseline: boolean
    onMissingBaseline: 'pass' | 'neutral' | 'fail'
    environment: readonly EnvironmentChange[]
  }
): Verdict {
  // An image that could not be compared is never excused: there is no diff to approve.
  const failing = images.filter(
    i => FAILING.has(i.status) && (i.status === 'error' || !o.excused.has(i.name))
  )
  const errors = failing.filter(i => i.status === 'error').length
  const changes = failing.length - errors
  if (!o.hasBaseline) {
    if (errors > 0)
      return {
        status: 'fail',
        failing,
        reason: `${plural(errors, 'image')} could not be read`,
        noResult: false
      }
    const reason = 'no baseline to compare with'
    return o.onMissingBaseline === 'pass'
      ? { status: 'pass', failing: [], noResult: false }
      : { status: o.onMissingBaseline, failing: [], reason, noResult: false }
  }
  if (images.length === 0)
    return { status: 'neutral', failing, reason: 'no screenshots on either side', noResult: true }
  if (changes > 0 && o.environment.length > 0) {
    const what = o.environment
      .slice(0, 3)
      .map(c => `${c.what} ${c.base} → ${c.head}`)
      .join('; ')
    return {
      status: 'neutral',
      failing,
      reason: `capture environment changed (${what}): ${plural(changes, 'image')} differ, not judged; refresh the baseline on the default branch`,
      noResult: true
    }
  }
  if (failing.length > 0) {
    const parts: string[] = []
    const n = (st: ImageResult['status']) => failing.filter(i => i.status === st).length
    if (n('changed') > 0) parts.push(`${n('changed')} changed`)
    if (n('size-changed') > 0) parts.push(`${n('size-changed')} resized`)
    if (n('removed') > 0) parts.push(`${n('removed')} removed`)
    if (errors > 0) parts.push(`${errors} not comparable`)
    return {
      status: 'fail',
      failing,
      reason: `${plural(failing.length, 'image')}: ${parts.join(', ')}`,
      noResult: false
    }
  }
  return { status: 'pass', failing, noResult: false }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

// ---------------------------------------------------------------------------------------------------------------
// Settings → options

interface CaptureSpec {
  options: {
    source: { storybook: string } | { urls: { name: string; url: string }[] }
    viewports: Viewport[]
    colorSchemes: ColorScheme[]
    masks: string[]
    allowedHosts: string[]
  }
  /** What decides whether two runs' screenshots are comparable (the baseline kind's hash). */
  config: unknown
}

type Get = Parameters<typeof labelOf>[0]

function captureSettings(
  s: {
    'capture-storybook'?: string | undefined
    'capture-urls': string[]
    viewports: string[]
    'color-schemes': string[]
    'mask-selectors': string[]
    'allowed-hosts': string[]
  },
  get: Get
): CaptureSpec | null {
  const storybook = s['capture-storybook']
  const urls = s['capture-urls']
  if (storybook && urls.length > 0)
    throw new UserError(
      `${labelOf(get, 'capture-storybook')} and ${labelOf(get, 'capture-urls')}: give one source to capture, not both`
    )
  if (!storybook && urls.length === 0) return null
  const viewports = (s.viewports.length > 0 ? s.viewports : ['1280x800']).map(v =>
    parseViewport(v, labelOf(get, 'viewports'))
  )
  const schemes = s['color-schemes'].length > 0 ? s['color-schemes'] : ['light']
  for (const c of schemes)
    if (c !== 'light' && c !== 'dark')
      throw new UserError(`${labelOf(get, 'color-schemes')}: "${c.slice(0, 40)}" is not light or dark`)
  const source = storybook
    ? { storybook: resolve(storybook) }
    : {
        urls: urls.map(line => {
          const eq = line.indexOf('=')
          const name = eq > 0 ? line.slice(0, eq).trim() : line
          const url = eq > 0 ? line.slice(eq + 1).trim() : line
          return { name, url }
        })
      }
  return {
    options: {
      source,
      viewports,
      colorSchemes: schemes as ColorScheme[],
      masks: s['mask-selectors'],
      allowedHosts: s['allowed-hosts']
    },
    config: {
      source: storybook ? 'storybook' : 'urls',
      viewports: viewports.map(v => `${v.name}:${v.width}x${v.height}`),
      colorSchemes: schemes,
      masks: s['mask-selectors']
    }
  }
}

/** `1280x800` or `name:1280x800`. */
export function parseViewport(text: string, label: string): Viewport {
  const m = /^(?:([A-Za-z0-9][A-Za-z0-9_-]{0,39}):)?(\d{1,5})[x×](\d{1,5})$/.exec(text.trim())
  if (!m)
    throw new UserError(
      `${label}: "${text.slice(0, 60)}" is not a viewport (WIDTHxHEIGHT, optionally name:WIDTHxHEIGHT)`
    )
  const width = Number(m[2])
  const height = Number(m[3])
  return { name: m[1] ?? `${width}x${height}`, width, height }
}

/** The baseline kind's hash: screenshots of a different capture set-up are another baseline. */
function configHash(spec: CaptureSpec | null): string {
  return createHash('sha256')
    .update(JSON.stringify(spec?.config ?? { source: 'files' }))
    .digest('hex')
    .slice(0, 12)
}

/** The compare options: the options file (if any), then the settings given explicitly. */
async function compareOptions(
  s: {
    'options-file'?: string | undefined
    threshold: number
    'include-aa': boolean
    'max-diff-pixels'?: number | undefined
    'max-diff-ratio'?: number | undefined
  },
  cwd: string,
  label: string
): Promise<OptionsSpec> {
  let spec: OptionsSpec = {}
  const file = s['options-file']
  if (file) {
    const path = resolve(cwd, file)
    let text: string
    try {
      const st = await lstat(path)
      if (!st.isFile()) throw new UserError(`${label} ${file}: not a regular file`)
      if (st.size > MAX_OPTIONS_FILE_BYTES)
        throw new UserError(`${label} ${file}: larger than ${MAX_OPTIONS_FILE_BYTES} bytes`)
      text = await readFile(path, 'utf8')
    } catch (e) {
      if (e instanceof UserError) throw e
      throw new UserError(`${label} ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
    }
    let parsed: unknown
    // yaml is loaded only for a YAML options file: ~10 ms of every other run's start-up.
    const yaml = /\.json$/i.test(file) ? null : await loadYaml()
    try {
      parsed = yaml ? yaml.parse(text, { maxAliasCount: 100 }) : JSON.parse(text)
    } catch (e) {
      throw new UserError(
        `${label} ${file}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${describeError(e).split('\n')[0]}`
      )
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new UserError(`${label} ${file}: must be an object of options`)
    spec = withMaskPaths(parsed as OptionsSpec, dirname(path))
  }
  // Explicit settings (a value other than the default) override the file's defaults; overrides still win per glob.
  const fromSettings: OptionsSpec = {}
  if (s.threshold !== 0.1 || spec.threshold === undefined) fromSettings.threshold = s.threshold
  if (s['include-aa'] || spec.includeAA === undefined) fromSettings.includeAA = s['include-aa']
  if (s['max-diff-pixels'] !== undefined) fromSettings.maxDiffPixels = s['max-diff-pixels']
  if (s['max-diff-ratio'] !== undefined) fromSettings.maxDiffRatio = s['max-diff-ratio']
  const merged = { ...spec, ...fromSettings }
  // Validate now, so a wrong file is one line before anything is compared.
  const { optionsResolver } = await import('./options.js')
  optionsResolver(merged)
  return merged
}

/** Mask paths in an options file are relative to that file. */
function withMaskPaths(spec: OptionsSpec, dir: string): OptionsSpec {
  const fix = <T extends { mask?: string | null }>(o: T): T =>
    typeof o.mask === 'string' && o.mask !== '' ? { ...o, mask: resolve(dir, o.mask) } : o
  const out = fix(spec)
  if (Array.isArray(spec.overrides))
    out.overrides = spec.overrides.map(o => (o && typeof o === 'object' ? fix(o) : o))
  return out
}

/** Where the decoded pairs were compared, for the log: "in process" when the bundle has no worker script. */
function lanesLine(st: SuiteStats, haveWorkerScript: boolean): string {
  if (!haveWorkerScript) return 'in process'
  const workers = `${st.poolSize} worker thread${st.poolSize === 1 ? '' : 's'}`
  if (st.workerPairs > 0) return `${st.mainThreadPairs} on the main thread, ${st.workerPairs} on ${workers}`
  return st.poolSize > 0
    ? `on the main thread; the ${workers} join past ${MAIN_ONLY_PAIRS} pairs to decode`
    : `on the main thread; no worker thread on ${availableParallelism()} cores`
}

/** The yaml package, loaded on first use (a CommonJS package: in a bundle its exports are the default). */
async function loadYaml(): Promise<typeof import('yaml')> {
  const m = await import('yaml')
  return typeof m.parse === 'function' ? m : (m as unknown as { default: typeof import('yaml') }).default
}

/** The pool's worker beside the running bundle (dist/<entry>/visual-worker.js); none from source (in process). */
function workerScript(): string | undefined {
  try {
    const file = fileURLToPath(new URL('./visual-worker.js', import.meta.url))
    return existsSync(file) ? file : undefined
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Baselines

async function loadStored(
  host: Host,
  store: BaselineStore | undefined,
  kind: string,
  candidates: () => Promise<string[]>
): Promise<{ dir?: string; sha?: string; note: string }> {
  if (!store) return { note: 'no baseline: no GitHub token or artifact service in this run' }
  try {
    const found = await store.find(kind, candidates, VISUAL_BASELINE_FILE)
    if (!found.found) return { note: `no baseline${found.note ? `: ${found.note}` : ''}` }
    const index = await readFile(found.path, 'utf8').catch(() => {
      throw new UserError(`the stored baseline has no ${VISUAL_BASELINE_FILE}`)
    })
    let parsed: { schema?: unknown; configHash?: unknown }
    try {
      parsed = JSON.parse(index.slice(0, 100_000)) as typeof parsed
    } catch {
      throw new UserError(`the stored baseline's ${VISUAL_BASELINE_FILE} is not JSON`)
    }
    if (parsed?.schema !== VISUAL_BASELINE_SCHEMA)
      throw new UserError(`the stored baseline's ${VISUAL_BASELINE_FILE} is not a visual baseline`)
    return { dir: dirname(found.path), ...(found.sha ? { sha: found.sha } : {}), note: found.note }
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error
    return { note: `no baseline: ${describeError(error)}` }
  }
}

/** Copies the PNG files and meta.json of `from` into `to` (regular files only; names checked). */
async function copyScreenshots(from: string, to: string): Promise<number> {
  let copied = 0
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    if (depth > MAX_COPY_DEPTH) throw new UserError(`${from}: folders nested deeper than ${MAX_COPY_DEPTH}`)
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const name = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(join(dir, e.name), name, depth + 1)
      else if (e.isFile() && (/\.png$/i.test(e.name) || name === CAPTURE_META_FILE) && !unsafeName(name)) {
        if (++copied > MAX_COPY_FILES) throw new UserError(`${from}: more than ${MAX_COPY_FILES} images`)
        await mkdir(join(to, rel), { recursive: true })
        await copyFile(join(dir, e.name), join(to, name))
      }
    }
  }
  await walk(from, '', 0)
  return copied
}

async function saveThisBaseline(
  host: Host,
  store: BaselineStore | undefined,
  git: Git,
  o: {
    kind: string
    hash: string
    currentDir: string
    images: readonly ImageResult[]
    out: string | undefined
    retentionDays: number
  }
): Promise<void> {
  const sha = host.context.sha || (await revParse(git, 'HEAD').catch(() => 'local'))
  const index = {
    schema: VISUAL_BASELINE_SCHEMA,
    version: 1,
    sha,
    configHash: o.hash,
    createdAt: host.now().toISOString(),
    images: o.images.filter(i => i.status !== 'removed' && i.status !== 'error').length
  }
  if (o.out !== undefined) {
    // The CLI: a directory for a later --baseline.
    const to = resolve(host.cwd, o.out)
    const existing = await readdir(to).catch(() => [] as string[])
    if (existing.length > 0) throw new UserError(`--baseline-out ${o.out}: the directory is not empty`)
    await mkdir(to, { recursive: true })
    const n = await copyScreenshots(o.currentDir, to)
    await writeFile(join(to, VISUAL_BASELINE_FILE), `${JSON.stringify(index, null, 2)}\n`)
    host.logger.log('info', `saved ${n} files as the baseline in ${to}`)
    return
  }
  if (!store) {
    host.logger.log('warning', 'baseline not saved: no GitHub token or artifact service in this run')
    return
  }
  await saveBaselineDir(
    host,
    store,
    'visual baseline',
    { kind: o.kind, sha, file: VISUAL_BASELINE_FILE, retentionDays: o.retentionDays },
    async dir => {
      const n = await copyScreenshots(o.currentDir, dir)
      await writeFile(join(dir, VISUAL_BASELINE_FILE), `${JSON.stringify(index, null, 2)}\n`)
      host.logger.log('info', `the visual baseline holds ${n} files`)
    }
  )
}
