/**
 * The coverage-gate bundle, started as the runner starts it, on a fork PR: the job's token is read-only, so the
 * emulator answers GitHub's 403 "Resource not accessible by integration" to POST /check-runs. The findings still
 * reach the diff as workflow-command annotations (no more than GitHub shows per step, then one line on the rest),
 * and the step passes or fails on the verdict, never on the 403.
 *
 * Then one job as the README's quick start writes it: coverage-gate, then pr-report, sharing RUNNER_TEMP. The
 * job's summary (the runner shows each step's GITHUB_STEP_SUMMARY in order) holds the coverage section once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFragment } from '../../src/shared/fragment.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { runBundle, type RunBundleResult } from '../support/runner.js'
import { pullRequestEvent as prPayload } from '../support/events.js'

const FORK_TOKEN = 'ghs_fork'
const FORK_REPO_ID = 999

let tmp: string
let repo: string
let emulator: GitHubEmulator
let runId = 500
const commits: Record<string, string> = {}

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()

const source = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n'

const pullRequestEvent = (fork: boolean) =>
  prPayload({
    number: 7,
    headSha: commits.H as string,
    baseSha: commits.C1 as string,
    repository: { full_name: 'acme/widgets', id: emulator.repositoryId, fork: false },
    ...(fork ? { headRepository: { full_name: 'forker/widgets', id: FORK_REPO_ID, fork: true } } : {})
  })

/** The gate on PR #7, tested on its merge commit M, in a job whose RUNNER_TEMP is `runnerTemp`. */
async function gate(
  inputs: Record<string, string>,
  opts: { fork: boolean; runnerTemp: string }
): Promise<RunBundleResult> {
  return runBundle({
    action: 'coverage-gate',
    eventName: 'pull_request',
    event: await pullRequestEvent(opts.fork),
    sha: commits.M,
    ref: 'refs/pull/7/merge',
    runId,
    workspace: repo,
    apiUrl: emulator.url,
    inputs: {
      'github-token': opts.fork ? FORK_TOKEN : 'ghs_test',
      reports: join(tmp, 'lcov.info'),
      ...inputs
    },
    runnerTemp: opts.runnerTemp,
    timeoutMs: 90_000
  })
}

const warningsWithFile = (r: RunBundleResult) =>
  r.commands.filter(c => c.command === 'warning' && c.properties.file !== undefined)

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-annotations-fallback-'))
  repo = join(tmp, 'repo')
  await mkdir(join(repo, 'src'), { recursive: true })
  emulator = await GitHubEmulator.start({
    tokens: {
      [FORK_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true }
    }
  })
  // main: C1 (math.js, 10 lines); the PR adds lines 11-40; M = the merge commit GitHub tests.
  git('init', '-q', '-b', 'main')
  await writeFile(join(repo, 'src', 'math.js'), source(10))
  git('add', '-A')
  git('commit', '-q', '-m', 'C1')
  commits.C1 = git('rev-parse', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  await writeFile(join(repo, 'src', 'math.js'), source(40))
  git('commit', '-q', '-am', 'H')
  commits.H = git('rev-parse', 'HEAD')
  git('checkout', '-q', '--detach', 'main')
  await writeFile(join(repo, 'README.md'), 'docs\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'C2')
  git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge H')
  commits.M = git('rev-parse', 'HEAD')
  // Lines 1-10 covered; of the added 11-40, the odd ones are not: 15 separate uncovered runs, patch 50%.
  const hits = Array.from({ length: 40 }, (_, i) => (i < 10 || (i + 1) % 2 === 0 ? 1 : 0))
  await writeFile(
    join(tmp, 'lcov.info'),
    `TN:\nSF:${join(repo, 'src/math.js')}\n${hits.map((h, i) => `DA:${i + 1},${h}`).join('\n')}\nend_of_record\n`
  )
  emulator.addPull({
    number: 7,
    headSha: commits.H,
    headRef: 'feature',
    baseSha: commits.C1,
    baseRef: 'main',
    headRepoFullName: 'forker/widgets'
  })
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('the emulator follows GitHub for a read-only token', () => {
  it('POST /check-runs is 403 with a basic-error body, nothing applied, quota left (not a rate limit)', async () => {
    const res = await fetch(`${emulator.url}/repos/acme/widgets/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${FORK_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', head_sha: commits.H })
    })
    expect(res.status).toBe(403)
    const body = (await res.json()) as Record<string, unknown>
    // @octokit/openapi's basic-error: message, documentation_url, status (a string).
    expect(Object.keys(body).sort()).toEqual(['documentation_url', 'message', 'status'])
    expect(body).toMatchObject({ message: 'Resource not accessible by integration', status: '403' })
    expect(body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest/)
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0)
    expect(res.headers.get('retry-after')).toBeNull()
    expect(emulator.state.checkRuns.size).toBe(0)
    // Reads are allowed.
    const read = await fetch(`${emulator.url}/repos/acme/widgets/pulls/7`, {
      headers: { authorization: `token ${FORK_TOKEN}` }
    })
    expect(read.status).toBe(200)
  })
})

describe('coverage-gate on a fork PR whose token may not create check runs', () => {
  it('passes on the verdict, with 10 workflow-command annotations and one line on the 5 left out', async () => {
    runId++
    const before = emulator.requests.length
    const r = await gate(
      { 'min-patch': '40', status: 'false' },
      { fork: true, runnerTemp: join(tmp, `rt-${runId}`) }
    )
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs['patch-coverage']).toBe('50.00')
    const posts = emulator.requests.slice(before).filter(q => q.method === 'POST')
    expect(posts).toEqual([{ method: 'POST', path: '/repos/acme/widgets/check-runs', status: 403 }])
    expect(emulator.state.checkRuns.size).toBe(0)

    const shown = warningsWithFile(r)
    expect(shown).toHaveLength(10)
    expect(shown.map(c => c.properties)).toEqual(
      Array.from({ length: 10 }, (_, i) => ({
        file: 'src/math.js',
        line: String(11 + 2 * i),
        endLine: String(11 + 2 * i),
        title: 'Not covered'
      }))
    )
    expect(shown[0]?.message).toBe('Added line #L11 is not covered by tests')
    // The raw line, as the runner reads it.
    expect(r.stdout).toContain(
      '::warning title=Not covered,file=src/math.js,line=11,endLine=11::Added line #L11'
    )
    expect(r.stdout).toMatch(/^5 more findings were not annotated: GitHub shows at most 10 annotations/m)
    expect(r.stdout).toMatch(
      /annotations: the token may not create check runs .*Resource not accessible by integration/
    )
    expect(r.stdout).toContain('annotations: 10 of 15 findings annotated with workflow commands')
    // No other warning or error took an annotation slot.
    expect(r.commands.filter(c => c.command === 'warning' || c.command === 'error')).toHaveLength(10)
  }, 120_000)

  it('fails on the verdict (patch under the floor), not on the 403, and still annotates', async () => {
    runId++
    const r = await gate(
      { 'min-patch': '90', status: 'false' },
      { fork: true, runnerTemp: join(tmp, `rt-${runId}`) }
    )
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/patch/i)
    expect(r.errors[0]).not.toMatch(/403|check run|not accessible/i)
    expect(warningsWithFile(r)).toHaveLength(10)
  }, 120_000)

  it('the quick start as copied (commit-status on): the refused status is a warning, not a failed step', async () => {
    runId++
    const before = emulator.requests.length
    const r = await gate({ 'min-patch': '40' }, { fork: true, runnerTemp: join(tmp, `rt-${runId}`) })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    const posts = emulator.requests.slice(before).filter(q => q.method === 'POST')
    expect(posts.map(q => [q.path.replace(/[0-9a-f]{40}/, '<sha>'), q.status])).toEqual([
      ['/repos/acme/widgets/statuses/<sha>', 403],
      ['/repos/acme/widgets/check-runs', 403]
    ])
    // No status was set: branch protection keeps waiting, never green. The warning says what to do.
    expect(
      emulator.state.statuses.filter(x => x.context === 'quality-gates/coverage' && x.sha === commits.H)
    ).toEqual([])
    const warnings = r.commands.filter(c => c.command === 'warning')
    expect(warnings[0]?.message).toMatch(
      /^quality-gates\/coverage not set: this fork PR's token may not write commit statuses/
    )
    // That warning takes one of the 10 slots: 9 annotations, and the left-out line counts the rest.
    expect(warningsWithFile(r)).toHaveLength(9)
    expect(warnings).toHaveLength(10)
    expect(r.stdout).toMatch(/^6 more findings were not annotated/m)
  }, 120_000)

  it('a warning the gate logged before publishing takes an annotation slot too', async () => {
    runId++
    // A report warning (an LCOV line 0 record) is logged by the gate while it reads the reports.
    const report = join(tmp, 'lcov-with-line0.info')
    const text = await readFile(join(tmp, 'lcov.info'), 'utf8')
    await writeFile(report, text.replace('DA:1,1\n', 'DA:0,1\nDA:1,1\n'))
    const r = await gate(
      { 'min-patch': '40', status: 'false', reports: report },
      { fork: true, runnerTemp: join(tmp, `rt-${runId}`) }
    )
    expect(r.exitCode).toBe(0)
    const warnings = r.commands.filter(c => c.command === 'warning')
    expect(warnings.length).toBeLessThanOrEqual(10)
    expect(warnings.filter(c => c.properties.file === undefined).length).toBeGreaterThanOrEqual(1)
    expect(warningsWithFile(r)).toHaveLength(
      10 - warnings.filter(c => c.properties.file === undefined).length
    )
  }, 120_000)

  it('annotations: check-run keeps the old behaviour: one warning, no annotations', async () => {
    runId++
    const r = await gate(
      { 'min-patch': '40', status: 'false', annotations: 'check-run' },
      { fork: true, runnerTemp: join(tmp, `rt-${runId}`) }
    )
    expect(r.exitCode).toBe(0)
    expect(warningsWithFile(r)).toEqual([])
    const warnings = r.commands.filter(c => c.command === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.message).toMatch(
      /^could not annotate the findings: .*Resource not accessible by integration/
    )
  }, 120_000)
})

describe('one job: coverage-gate then pr-report (the README quick start)', () => {
  /** Both steps in one job: a shared RUNNER_TEMP; the job summary is the steps' summaries in order. */
  async function job(gateInputs: Record<string, string>) {
    runId++
    const runnerTemp = join(tmp, `rt-job-${runId}`)
    emulator.registry.addRun({ id: runId, headSha: commits.M as string, event: 'pull_request' })
    const g = await gate({ 'min-patch': '40', ...gateInputs }, { fork: false, runnerTemp })
    expect(g.errors).toEqual([])
    const report = await runBundle({
      action: 'pr-report',
      eventName: 'pull_request',
      event: await pullRequestEvent(false),
      sha: commits.M,
      ref: 'refs/pull/7/merge',
      runId,
      workspace: repo,
      apiUrl: emulator.url,
      inputs: { 'github-token': 'ghs_test', 'artifact-pattern': '' },
      runnerTemp,
      timeoutMs: 120_000
    })
    expect(report.errors).toEqual([])
    const fragment = parseFragment(await readFile(g.outputs['fragment-path'] as string, 'utf8'), 'fragment')
    // pr-report shows the heading in its own table and list; the section's body starts with its plain sentence.
    const [heading, ...body] = fragment.markdown.split('\n')
    const sentence = body.find(line => line.trim() !== '') as string
    const summary = `${g.summary}${report.summary}`
    return { g, summary, heading: heading as string, sentence, count: summary.split(sentence).length - 1 }
  }

  it('summary: short (the default) — the coverage section appears exactly once, the gate writes one line', async () => {
    const { g, summary, heading, sentence, count } = await job({})
    expect(heading).toMatch(/Coverage/)
    expect(sentence).toMatch(/^Patch coverage is /)
    expect(count).toBe(1)
    expect(g.summary.trim().split('\n')).toHaveLength(1)
    expect(g.summary).toContain('**Coverage** — ')
    expect(g.summary).toContain('the full section is in the quality-gates report')
    expect(summary).toContain('<!-- pr-report:section coverage -->')
  }, 240_000)

  it('summary: full — what every job showed before: the section twice', async () => {
    const { count } = await job({ summary: 'full' })
    expect(count).toBe(2)
  }, 240_000)

  it('summary: off — the gate writes nothing; the report still holds the section once', async () => {
    const { g, count } = await job({ summary: 'off' })
    expect(g.summary).toBe('')
    expect(count).toBe(1)
  }, 240_000)
})
