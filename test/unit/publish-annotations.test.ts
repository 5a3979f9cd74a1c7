/**
 * publish's `annotations` modes against the REST emulator: auto (a check run, else workflow commands when the
 * token may not create one), check-run, workflow-commands and off; workflow commands capped at what GitHub shows
 * per step (10 per level, one error slot kept for the step's own failure), then one line on what was left out.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeFragment, type FragmentAnnotation } from '../../src/shared/fragment.js'
import type { GateResult } from '../../src/shared/gate.js'
import type { Octokit } from '../../src/shared/github.js'
import type { AnnotationLocation, ArtifactClient, Level } from '../../src/shared/host.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { publish, type AnnotationsMode } from '../../src/shared/publish.js'
import { CheckRunCreateError, createAnnotatedCheckRun, workflowAnnotations } from '../../src/shared/status.js'
import { createFakeHost, type FakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const repo = { owner: 'acme', repo: 'widgets' }

let gh: GitHubEmulator
let dir: string

beforeEach(async () => {
  gh = await GitHubEmulator.start({
    tokens: { ghs_fork: { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true } }
  })
  dir = await mkdtemp(join(tmpdir(), 'qg-publish-annotations-'))
})
afterEach(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

const octokitFor = (token: string, extra: { retries?: number } = {}): Octokit =>
  createOctokit({ token, baseUrl: gh.url, minRetryDelayMs: 1, minWriteIntervalMs: 0, ...extra })

const findings = (
  n: number,
  level: FragmentAnnotation['level'] = 'warning',
  from = 0
): FragmentAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: `src/file${from + i}.ts`,
    startLine: from + i + 1,
    endLine: from + i + 3,
    level,
    title: 'Not covered',
    message: `Added lines #L${from + i + 1}-L${from + i + 3} are not covered by tests`
  }))

function result(annotations: FragmentAnnotation[], status: 'pass' | 'fail' = 'pass'): GateResult<null> {
  return {
    fragment: makeFragment({
      gate: 'coverage',
      status,
      title: 'Coverage',
      summary: 'project 80.00%, patch 50.00%',
      markdown: '✅ **Coverage passed** — project 80.00%',
      metrics: {},
      statusContext: 'quality-gates/coverage',
      annotations
    }),
    sha: SHA,
    onCommit: true,
    checkRunName: 'coverage: uncovered added lines',
    outputs: {},
    data: null
  }
}

type Line = { level: Level; message: string; where?: AnnotationLocation }

/** A fake host whose log keeps the annotation location (what @actions/core turns into `file=…,line=…`). */
async function host(
  octokit?: Octokit,
  artifacts?: ArtifactClient,
  jobTempDir?: string
): Promise<FakeHost & { lines: Line[] }> {
  const h = await createFakeHost({
    dir,
    context: { eventName: 'pull_request', sha: SHA, repository: repo },
    ...(octokit ? { octokit } : {}),
    ...(artifacts ? { artifacts } : {}),
    ...(jobTempDir ? { jobTempDir } : {})
  })
  const lines: Line[] = []
  return Object.assign(h, {
    lines,
    logger: {
      log: (level: Level, message: string, where?: AnnotationLocation) =>
        void lines.push({ level, message, ...(where ? { where } : {}) }),
      group: h.logger.group
    }
  })
}

const annotated = (lines: Line[]) => lines.filter(l => l.where !== undefined)
const plain = (lines: Line[]) => lines.filter(l => l.where === undefined)

async function run(mode: AnnotationsMode, octokit: Octokit | undefined, r = result(findings(15))) {
  const h = await host(octokit)
  await publish(h, r, {
    fragmentName: 'quality-gates-fragment-coverage',
    status: false,
    annotations: mode,
    summary: 'full'
  })
  return h
}

describe('annotations: auto', () => {
  it('with a token that may create check runs: one check run with every finding, no workflow commands', async () => {
    const h = await run('auto', octokitFor('ghs_test'))
    const runs = [...gh.state.checkRuns.values()]
    expect(runs).toHaveLength(1)
    expect(runs[0]?.name).toBe('coverage: uncovered added lines')
    expect(runs[0]?.annotations).toHaveLength(15)
    expect(annotated(h.lines)).toEqual([])
    expect(plain(h.lines)).toEqual([
      {
        level: 'info',
        message: 'annotations: check run "coverage: uncovered added lines" carries 15 of 15 findings'
      }
    ])
  })

  it("with a fork PR's read-only token (403): workflow commands, at most 10 warnings, then one left-out line", async () => {
    const h = await run('auto', octokitFor('ghs_fork'))
    expect(gh.state.checkRuns.size).toBe(0)
    expect(gh.requests.filter(r => r.method === 'POST' && r.path.endsWith('/check-runs'))).toEqual([
      { method: 'POST', path: '/repos/acme/widgets/check-runs', status: 403 }
    ])
    const shown = annotated(h.lines)
    expect(shown).toHaveLength(10)
    expect(shown[0]).toEqual({
      level: 'warning',
      message: 'Added lines #L1-L3 are not covered by tests',
      where: { file: 'src/file0.ts', startLine: 1, endLine: 3, title: 'Not covered' }
    })
    expect(shown.map(l => l.where?.file)).toEqual(findings(10).map(f => f.path))
    const info = plain(h.lines)
    // The refusal is expected on a fork: said at info level, so it takes none of the 10 warning slots.
    expect(info.every(l => l.level === 'info')).toBe(true)
    expect(info[0]?.message).toMatch(
      /^annotations: the token may not create check runs .*Resource not accessible by integration.*; annotating with workflow commands instead$/
    )
    expect(info[1]?.message).toBe('annotations: 10 of 15 findings annotated with workflow commands')
    expect(info[2]?.message).toBe(
      '5 more findings were not annotated: GitHub shows at most 10 annotations of each level per step and 50 per job. They are listed in the "Coverage" section of the quality-gates report (pr-report\'s comment and job summary) and all kept in the fragment quality-gates-fragment-coverage.json.'
    )
    expect(info).toHaveLength(3)
  })

  it('with a personal token (check runs need a GitHub App token) and with no token: workflow commands', async () => {
    const pat = await run('auto', octokitFor('ghp_test'))
    expect(annotated(pat.lines)).toHaveLength(10)
    expect(pat.lines[0]?.message).toMatch(/You must authenticate via a GitHub App/)
    const none = await run('auto', undefined)
    expect(annotated(none.lines)).toHaveLength(10)
    expect(none.lines[0]?.message).toBe(
      'annotations: no GitHub token or repository for a check run; annotating with workflow commands'
    )
    expect(gh.state.checkRuns.size).toBe(0)
  })

  it('a failure that is no refusal (an outage) warns as before and does not fall back', async () => {
    gh.inject({ kind: 500, method: 'POST', path: /\/check-runs$/, times: 2 })
    const h = await run('auto', octokitFor('ghs_test', { retries: 1 }), result(findings(3)))
    expect(gh.state.checkRuns.size).toBe(0)
    expect(annotated(h.lines)).toEqual([])
    expect(h.lines).toHaveLength(1)
    expect(h.lines[0]?.level).toBe('warning')
    expect(h.lines[0]?.message).toMatch(
      /^could not annotate the findings: GitHub API POST \/repos\/acme\/widgets\/check-runs failed: .*500/
    )
  })

  it('a warning the step already logged takes one of the 10 warning slots', async () => {
    const failingUpload: ArtifactClient = {
      canUpload: true,
      upload: () => Promise.reject(new Error('artifact service unavailable')),
      downloadZip: () => Promise.reject(new Error('unused'))
    }
    const h = await host(octokitFor('ghs_fork'), failingUpload)
    await publish(h, result(findings(15)), {
      fragmentName: 'quality-gates-fragment-coverage',
      status: false,
      annotations: 'auto',
      summary: 'off'
    })
    expect(h.lines.filter(l => l.level === 'warning' && !l.where)).toHaveLength(1)
    expect(annotated(h.lines)).toHaveLength(9)
    expect(h.lines.at(-1)?.message).toMatch(/^6 more findings were not annotated/)
  })
})

describe('annotations: check-run, workflow-commands, off', () => {
  it('check-run: a refused check run warns, and nothing falls back', async () => {
    const h = await run('check-run', octokitFor('ghs_fork'))
    expect(annotated(h.lines)).toEqual([])
    expect(h.lines).toHaveLength(1)
    expect(h.lines[0]?.level).toBe('warning')
    expect(h.lines[0]?.message).toMatch(
      /^could not annotate the findings: cannot create check run "coverage: uncovered added lines": .*403: Resource not accessible by integration/
    )
  })

  it('check-run: with an App token, the check run as before', async () => {
    const h = await run('check-run', octokitFor('ghs_test'), result(findings(2), 'fail'))
    const runs = [...gh.state.checkRuns.values()]
    expect(runs.map(r => [r.conclusion, r.annotations.length])).toEqual([['failure', 2]])
    expect(annotated(h.lines)).toEqual([])
  })

  it('workflow-commands: never asks for a check run, even when the token could', async () => {
    const h = await run('workflow-commands', octokitFor('ghs_test'), result(findings(4)))
    expect(gh.requests.filter(r => r.path.includes('check-runs'))).toEqual([])
    expect(
      annotated(h.lines).map(l => [l.level, l.where?.file, l.where?.startLine, l.where?.endLine])
    ).toEqual([
      ['warning', 'src/file0.ts', 1, 3],
      ['warning', 'src/file1.ts', 2, 4],
      ['warning', 'src/file2.ts', 3, 5],
      ['warning', 'src/file3.ts', 4, 6]
    ])
    expect(plain(h.lines).map(l => l.message)).toEqual([
      'annotations: 4 of 4 findings annotated with workflow commands'
    ])
  })

  it('workflow-commands: the steps of one job share its 50 annotations (a counter in RUNNER_TEMP)', async () => {
    const jobTempDir = join(dir, 'runner-temp')
    await mkdir(jobTempDir)
    // Each step could show 29: 9 errors, 10 warnings, 10 notices.
    const many = [...findings(12, 'failure'), ...findings(12, 'warning', 100), ...findings(12, 'notice', 200)]
    const shownPerStep: number[] = []
    const leftOutLines: string[] = []
    for (let step = 0; step < 3; step++) {
      const h = await host(undefined, undefined, jobTempDir)
      await publish(h, result(many, 'fail'), {
        fragmentName: `quality-gates-fragment-coverage-${step}`,
        status: false,
        annotations: 'workflow-commands',
        summary: 'off'
      })
      shownPerStep.push(annotated(h.lines).length)
      leftOutLines.push(plain(h.lines).at(-1)?.message ?? '')
    }
    expect(shownPerStep).toEqual([29, 21, 0])
    expect(leftOutLines[0]).toMatch(/^7 more findings were not annotated: .* 50 per job\. They/)
    expect(leftOutLines[2]).toMatch(
      /^36 more findings were not annotated: .* \(earlier steps of this job made 50\)/
    )
  })

  it('off: nothing, and the log says so', async () => {
    const h = await run('off', octokitFor('ghs_test'))
    expect(gh.requests.filter(r => r.path.includes('check-runs'))).toEqual([])
    expect(h.lines).toEqual([
      { level: 'info', message: 'annotations: off; 15 findings are in the report only' }
    ])
  })

  it('no finding, or a result not about a commit in this run: no annotation and no request in any mode', async () => {
    for (const mode of ['auto', 'check-run', 'workflow-commands', 'off'] as const) {
      const empty = await run(mode, octokitFor('ghs_test'), result([]))
      const offCommit = await run(mode, octokitFor('ghs_test'), { ...result(findings(3)), onCommit: false })
      expect([...empty.lines, ...offCommit.lines]).toEqual([])
    }
    expect(gh.requests).toEqual([])
  })
})

describe('workflowAnnotations', () => {
  it('keeps each level (failure → error), 9 errors (one kept for the failure message), 10 warnings, 10 notices', () => {
    const input = [...findings(12, 'failure'), ...findings(12, 'warning', 100), ...findings(3, 'notice', 200)]
    const { shown, leftOut } = workflowAnnotations(input)
    const count = (level: string) => shown.filter(a => a.level === level).length
    expect([count('error'), count('warning'), count('notice')]).toEqual([9, 10, 3])
    expect(leftOut).toBe(3 + 2)
    // In input order within a level: the first of each.
    expect(shown.filter(a => a.level === 'warning').map(a => a.startLine)).toEqual(
      Array.from({ length: 10 }, (_, i) => 101 + i)
    )
  })

  it('counts annotations the step already made, and never goes below zero slots', () => {
    expect(workflowAnnotations(findings(15), { warning: 4 }).shown).toHaveLength(6)
    expect(workflowAnnotations(findings(3), { warning: 25 })).toEqual({ shown: [], leftOut: 3 })
  })

  it('cuts a long title to 255 characters on one line; the message is left to the command writer to escape', () => {
    const [a] = workflowAnnotations([
      { ...findings(1)[0]!, title: `a\nb${'x'.repeat(400)}`, message: 'line 1\nline 2 %, :: done' }
    ]).shown
    expect(a?.title?.length).toBeLessThanOrEqual(255)
    expect(a?.title).not.toMatch(/\n/)
    expect(a?.message).toBe('line 1\nline 2 %, :: done')
  })
})

describe('createAnnotatedCheckRun: a run that was not created', () => {
  it('is a CheckRunCreateError whose kind says why (permission for a read-only token)', async () => {
    const err = await createAnnotatedCheckRun(
      octokitFor('ghs_fork'),
      repo,
      SHA,
      'q',
      'neutral',
      't',
      's',
      findings(1)
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CheckRunCreateError)
    expect((err as CheckRunCreateError).kind).toBe('permission')
    expect((err as Error).message).toBe(
      'cannot create check run "q": GitHub API POST /repos/acme/widgets/check-runs failed: permission: the token lacks checks: write; check runs need the workflow\'s GITHUB_TOKEN or a GitHub App token, not a personal token (403: Resource not accessible by integration)'
    )
  })
})
