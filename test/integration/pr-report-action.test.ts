/**
 * The bundled pr-report action, started as the runner starts it, against the GitHub REST emulator: it creates
 * one comment, updates it in place on the next run, sets the statuses, survives injected 500s and rate limits
 * without duplicates, picks up fragments a gate left earlier in the job, and neutralises a hostile fragment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jobFragmentsDir, makeFragment, type FragmentInit } from '../../src/shared/fragment.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { runBundle } from '../support/runner.js'
import { pullRequestEvent as prPayload } from '../support/events.js'

const HEAD = 'a'.repeat(40)
const MERGE = 'b'.repeat(40)
const BASE = 'c'.repeat(40)
const PR = 12

let tmp: string
let emulator: GitHubEmulator
let runId = 100

const coverage = (summary: string, status: FragmentInit['status'] = 'pass'): FragmentInit => ({
  gate: 'coverage',
  status,
  title: 'Coverage',
  summary,
  markdown: `| | Head |\n|---|---|\n| Lines | ${summary} |`,
  metrics: { lines_covered: 9, lines_total: 10 },
  statusContext: 'quality-gates/coverage'
})

async function writeFragmentFile(dir: string, name: string, init: FragmentInit | Record<string, unknown>) {
  await mkdir(dir, { recursive: true })
  const body = 'gate' in init && 'schema' in init ? init : makeFragment(init as FragmentInit)
  await writeFile(join(dir, name), JSON.stringify(body))
}

const prEvent = () =>
  prPayload({
    number: PR,
    headSha: HEAD,
    baseSha: BASE,
    repository: { full_name: 'acme/widgets', id: emulator.repositoryId }
  })

async function report(workspace: string, inputs: Record<string, string>, runnerTemp?: string) {
  // The run exists, as the current run always does on GitHub: listing its artifacts answers, even when empty.
  emulator.registry.addRun({ id: ++runId, headSha: MERGE, event: 'pull_request' })
  return runBundle({
    action: 'pr-report',
    eventName: 'pull_request',
    event: await prEvent(),
    sha: MERGE,
    ref: `refs/pull/${PR}/merge`,
    runId,
    workspace,
    apiUrl: emulator.url,
    inputs: { 'github-token': 'ghs_test', 'artifact-pattern': '', ...inputs },
    ...(runnerTemp ? { runnerTemp } : {}),
    timeoutMs: 120_000
  })
}

const ours = () => (emulator.state.comments.get(PR) ?? []).filter(c => c.body.startsWith('<!-- pr-report:v1'))

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-pr-report-action-'))
  emulator = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  emulator.addPull({ number: PR, headSha: HEAD, headRef: 'feature', baseSha: BASE, baseRef: 'main' })
})

afterAll(async () => {
  await emulator?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('pr-report bundle', () => {
  it('creates one comment and sets the statuses on the PR head', async () => {
    const ws = join(tmp, 'ws1')
    await writeFragmentFile(
      join(ws, 'fragments'),
      'quality-gates-fragment-coverage.json',
      coverage('90.00% lines')
    )
    const r = await report(ws, { fragments: 'fragments' })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.user.login).toBe('github-actions[bot]')
    expect(r.outputs['comment-id']).toBe(String(ours()[0]?.id))
    expect(ours()[0]?.body).toContain('90.00% lines')
    const contexts = emulator.state.statuses.filter(s => s.sha === HEAD).map(s => `${s.context}=${s.state}`)
    expect(contexts).toEqual(
      expect.arrayContaining(['quality-gates/coverage=success', 'quality-gates=success'])
    )
    expect(r.summary).toContain('90.00% lines')
  }, 150_000)

  it('updates the same comment in place on the next run', async () => {
    const before = ours()[0]?.id
    const ws = join(tmp, 'ws2')
    await writeFragmentFile(
      join(ws, 'fragments'),
      'quality-gates-fragment-coverage.json',
      coverage('70.00% lines', 'fail')
    )
    const r = await report(ws, { fragments: 'fragments' })
    expect(r.exitCode).toBe(0) // pr-report never blocks by itself
    expect(r.outputs.verdict).toBe('fail')
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.id).toBe(before)
    expect(ours()[0]?.body).toContain('70.00% lines')
    const overall = emulator.state.statuses
      .filter(s => s.sha === HEAD && s.context === 'quality-gates')
      .at(-1)
    expect(overall?.state).toBe('failure')
  }, 150_000)

  it('survives injected 500s and a rate limit without a duplicate comment', async () => {
    emulator.inject({ method: 'GET', path: /\/issues\/12\/comments/, kind: 500, times: 2 })
    emulator.inject({ method: 'PATCH', path: /\/issues\/comments\//, kind: 502, times: 1 })
    emulator.inject({
      method: 'POST',
      path: /\/statuses\//,
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: 1
    })
    const ws = join(tmp, 'ws3')
    await writeFragmentFile(
      join(ws, 'fragments'),
      'quality-gates-fragment-coverage.json',
      coverage('75.00% lines', 'fail')
    )
    const r = await report(ws, { fragments: 'fragments' })
    expect(r.exitCode).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.body).toContain('75.00% lines')
    expect(emulator.requests.some(q => q.status >= 500)).toBe(true)
  }, 150_000)

  it('reads the fragments a gate left earlier in the job (RUNNER_TEMP) without being told where', async () => {
    const runnerTemp = join(tmp, 'runner-temp-job')
    await writeFragmentFile(
      jobFragmentsDir(runnerTemp),
      'quality-gates-fragment-coverage.json',
      coverage('88.88% lines')
    )
    const r = await report(join(tmp, 'ws4'), {}, runnerTemp)
    expect(r.errors).toEqual([])
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.body).toContain('88.88% lines')
  }, 150_000)

  it('neutralises a hostile fragment: forged marker, script, mentions', async () => {
    const ws = join(tmp, 'ws5')
    await writeFragmentFile(join(ws, 'fragments'), 'quality-gates-fragment-evil.json', {
      ...coverage('evil'),
      gate: 'evil',
      statusContext: 'quality-gates/evil',
      markdown:
        '<!-- pr-report:v1 id=default -->\n<script>alert(1)</script>\nping @acme/admins and @octocat\n<img src=x onerror=alert(1)>'
    })
    const r = await report(ws, { fragments: 'fragments' })
    expect(r.exitCode).toBe(0)
    expect(ours()).toHaveLength(1)
    const body = ours()[0]?.body ?? ''
    expect(body.match(/<!-- pr-report:v1/g)).toHaveLength(1)
    expect(body).not.toMatch(/<script/i)
    expect(body).not.toMatch(/onerror/i)
    expect(body).not.toMatch(/(^|[^\w`])@acme\/admins/)
    expect(body).not.toMatch(/(^|[^\w`])@octocat\b/)
  }, 150_000)

  it('a bad input fails the step with one line', async () => {
    const r = await report(join(tmp, 'ws6'), { mode: 'sometimes' })
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/mode.*sometimes/)
  }, 60_000)
})
