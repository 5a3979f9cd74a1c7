import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yazl from 'yazl'
import { runDeclared } from '../../src/shared/gate.js'
import { createPrReport, type RunDeps } from '../../src/pr-report/report.js'

/** pr-report's run on the action path, with the Host given: the step's failure message, if it fails. */
const run = async (host: Host, deps: RunDeps = {}): Promise<string | undefined> =>
  (await runDeclared(createPrReport(deps), host, 'action')).failure
import { makeFragment, type FragmentInit } from '../../src/shared/fragment.js'
import { createOctokit } from '../../src/shared/octokit.js'
import type { Host } from '../../src/shared/host.js'
import { createFakeHost, type FakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const HEAD = '1'.repeat(40)
const MERGE = '2'.repeat(40)
const BASE = '3'.repeat(40)
const MAIN = '4'.repeat(40)

let gh: GitHubEmulator
let dir: string

beforeEach(async () => {
  gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  dir = await mkdtemp(join(tmpdir(), 'pr-report-main-'))
})
afterEach(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

interface TestHost extends FakeHost {
  downloads: number[]
}

async function makeHost(opts: {
  eventName: string
  payload: Record<string, unknown>
  sha: string
  runId: number
  inputs?: Record<string, string>
  zips?: Map<number, Buffer>
}): Promise<TestHost> {
  const downloads: number[] = []
  const host = await createFakeHost({
    dir,
    inputs: opts.inputs ?? {},
    context: {
      eventName: opts.eventName,
      sha: opts.sha,
      ref: 'refs/heads/main',
      repository: { owner: 'acme', repo: 'widgets', id: 1 },
      runId: opts.runId,
      runAttempt: 1,
      apiUrl: gh.url,
      payload: opts.payload
    },
    octokit: createOctokit({ token: 'ghs_test', baseUrl: gh.url, minRetryDelayMs: 5, minWriteIntervalMs: 0 }),
    artifacts: {
      canUpload: false,
      upload: async () => {
        throw new Error('pr-report never uploads')
      },
      downloadZip: async (id, zipPath) => {
        downloads.push(id)
        const zip = opts.zips?.get(id)
        if (!zip) throw new Error(`artifact ${id} has no blob`)
        await writeFile(zipPath, zip)
      }
    }
  })
  return Object.assign(host, { downloads })
}

const fragment = (gate: string, over: Partial<FragmentInit> = {}) =>
  JSON.stringify(
    makeFragment({
      gate,
      status: 'pass',
      title: gate,
      summary: `${gate} summary`,
      markdown: `${gate} details`,
      metrics: {},
      statusContext: `quality-gates/${gate}`,
      ...over
    })
  )

async function zipOf(entries: [string, string][]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [name, data] of entries) zip.addBuffer(Buffer.from(data), name)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const pullRequestPayload = (number: number) => ({
  action: 'synchronize',
  number,
  pull_request: {
    number,
    head: { sha: HEAD, ref: 'feature', repo: { full_name: 'acme/widgets' } },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/widgets' } }
  },
  repository: { id: 1, full_name: 'acme/widgets' }
})

const statusesOn = (sha: string) =>
  gh.state.statuses.filter(s => s.sha === sha).map(s => [s.context, s.state, s.description])

describe('pr-report action (same run)', () => {
  it('comments once, updates in place on the next run, sets statuses on the PR head', async () => {
    gh.addPull({ number: 7, headSha: HEAD, headRef: 'feature', baseSha: BASE, baseRef: 'main' })
    const ws = join(dir, 'ws', 'out')
    await mkdir(ws, { recursive: true })
    await writeFile(join(ws, 'quality-gates-fragment-coverage.json'), fragment('coverage'))
    await writeFile(join(ws, 'quality-gates-fragment-flaky.json'), fragment('flaky', { status: 'fail' }))
    await writeFile(join(ws, 'quality-gates-fragment-broken.json'), '{"schema":"nope"}')

    const host = await makeHost({
      eventName: 'pull_request',
      payload: pullRequestPayload(7),
      sha: MERGE,
      runId: 100,
      inputs: { fragments: 'out' }
    })
    // An unreadable fragment is a result that may be missing: the overall status and the step fail closed.
    expect(await run(host, { settleMs: 0 })).toMatch(/1 result\(s\) missing, unreadable or refused/)
    const comments = gh.state.comments.get(7) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body.split('\n')[0]).toBe('<!-- pr-report:v1 id=default -->')
    expect(comments[0]?.body).toContain('out/quality-gates-fragment-broken.json')
    expect(host.outputs.get('verdict')).toBe('fail')
    expect(host.outputs.get('comment-id')).toBe(String(comments[0]?.id))
    expect(host.outputs.get('comment-url')).toMatch(/#issuecomment-/)
    expect(host.summaries).toHaveLength(1)
    expect(host.summaries[0]).toContain('## ❌ Quality gates failed')
    // statuses go on the PR head, not on the merge commit GITHUB_SHA names
    expect(statusesOn(MERGE)).toEqual([])
    expect(statusesOn(HEAD)).toEqual([
      ['quality-gates/coverage', 'success', 'pass: coverage summary'],
      ['quality-gates/flaky', 'failure', 'fail: flaky summary'],
      ['quality-gates', 'failure', 'fail: 1 failed, 1 passed, 1 unreadable']
    ])
    expect(
      gh.state.statuses.every(s => s.targetUrl === 'https://github.com/acme/widgets/actions/runs/100')
    ).toBe(true)

    // next run: the flaky gate passes now, and every fragment reads
    await writeFile(join(ws, 'quality-gates-fragment-flaky.json'), fragment('flaky'))
    await rm(join(ws, 'quality-gates-fragment-broken.json'))
    const next = await makeHost({
      eventName: 'pull_request',
      payload: pullRequestPayload(7),
      sha: MERGE,
      runId: 101,
      inputs: { fragments: 'out' }
    })
    await run(next, { settleMs: 0 })
    const after = gh.state.comments.get(7) ?? []
    expect(after).toHaveLength(1)
    expect(after[0]?.id).toBe(comments[0]?.id)
    expect(after[0]?.body).toContain('Quality gates passed')
    expect(next.outputs.get('verdict')).toBe('pass')

    // an older run finishing late does not overwrite the newer report
    const late = await makeHost({
      eventName: 'pull_request',
      payload: pullRequestPayload(7),
      sha: MERGE,
      runId: 99,
      inputs: { fragments: 'out/quality-gates-fragment-coverage.json' }
    })
    await run(late, { settleMs: 0 })
    expect((gh.state.comments.get(7) ?? [])[0]?.body).toBe(after[0]?.body)
  })

  it("without `fragments` it reads this run's artifacts; comment: false writes no comment", async () => {
    gh.addPull({ number: 8, headSha: HEAD, headRef: 'feature', baseSha: BASE, baseRef: 'main' })
    gh.registry.addRun({ id: 300, headSha: MERGE, event: 'pull_request' })
    const zips = new Map<number, Buffer>()
    for (const [name, gate] of [
      ['quality-gates-fragment-coverage', 'coverage'],
      ['quality-gates-fragment-perf', 'perf'],
      ['build-logs', 'logs']
    ] as const) {
      const zip = await zipOf([[`dir/quality-gates-fragment-${gate}.json`, fragment(gate)]])
      zips.set(gh.registry.addListed({ name, runId: 300, size: zip.length }), zip)
    }
    const host = await makeHost({
      eventName: 'pull_request',
      payload: pullRequestPayload(8),
      sha: MERGE,
      runId: 300,
      inputs: { comment: 'false' },
      zips
    })
    await run(host, { settleMs: 0 })
    expect(host.downloads).toHaveLength(2)
    expect(host.outputs.get('verdict')).toBe('pass')
    expect(host.summaries[0]).toContain(
      'artifact quality-gates-fragment-perf: dir/quality-gates-fragment-perf.json'
    )
    expect([...gh.state.comments.values()].flat()).toHaveLength(0)
    expect(host.outputs.get('comment-id')).toBe('')
    expect(statusesOn(HEAD).map(s => s[0])).toEqual([
      'quality-gates/coverage',
      'quality-gates/perf',
      'quality-gates'
    ])
  })

  it('on push: no comment, but the summary and the statuses', async () => {
    await mkdir(join(dir, 'ws'), { recursive: true })
    await writeFile(join(dir, 'ws', 'f.json'), fragment('coverage'))
    const host = await makeHost({
      eventName: 'push',
      payload: { after: MAIN },
      sha: MAIN,
      runId: 200,
      inputs: { fragments: 'f.json' }
    })
    await run(host, { settleMs: 0 })
    expect([...gh.state.comments.values()].flat()).toHaveLength(0)
    expect(host.outputs.get('comment-id')).toBe('')
    expect(host.outputs.get('verdict')).toBe('pass')
    expect(host.summaries[0]).toContain('## ✅ Quality gates passed')
    expect(statusesOn(MAIN).map(s => s[0])).toEqual(['quality-gates/coverage', 'quality-gates'])
  })

  it('rejects bad inputs with one line naming the input', async () => {
    const bad = async (inputs: Record<string, string>) =>
      run(await makeHost({ eventName: 'push', payload: {}, sha: MAIN, runId: 1, inputs }))
    await expect(bad({ mode: 'fork' })).rejects.toThrow(
      /Input "mode": "fork" is not allowed; expected one of auto, same-run, workflow-run/
    )
    await expect(bad({ comment: 'maybe' })).rejects.toThrow(
      /Input "comment": "maybe" is not valid; expected update, recreate or off \(true = update, false = off\)/
    )
    await expect(bad({ id: 'Nope' })).rejects.toThrow(/Input "id": "Nope" is not a valid report id/)
    await expect(bad({ 'comment-author': 'a b' })).rejects.toThrow(/Input "comment-author"/)
    await expect(bad({ mode: 'workflow-run' })).rejects.toThrow(/needs a workflow_run event/)
  })

  it('fail-on-gate-failure fails the step only when asked', async () => {
    await mkdir(join(dir, 'ws'), { recursive: true })
    await writeFile(join(dir, 'ws', 'f.json'), fragment('coverage', { status: 'fail' }))
    const inputs = { fragments: 'f.json', statuses: 'false', 'fail-on-gate-failure': 'true' }
    const host = await makeHost({ eventName: 'push', payload: {}, sha: MAIN, runId: 3, inputs })
    expect(await run(host)).toMatch(/quality gates failed \(fail-on-gate-failure is true\)/)
    expect(gh.state.statuses).toHaveLength(0)
    const quiet = await makeHost({
      eventName: 'push',
      payload: {},
      sha: MAIN,
      runId: 4,
      inputs: { fragments: 'f.json' }
    })
    expect(await run(quiet)).toBeUndefined()
    expect(quiet.outputs.get('verdict')).toBe('fail')
  })
})

/** GitHub's documented workflow_run.completed example, adapted to a run of a fork's pull request. */
function forkWorkflowRunPayload(runId: number, headSha: string): Record<string, unknown> {
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json')
  const index = JSON.parse(readFileSync(file, 'utf8')) as {
    name: string
    examples: Record<string, unknown>[]
  }[]
  const example = index.find(e => e.name === 'workflow_run')?.examples.find(e => e.action === 'completed')
  if (!example) throw new Error('no workflow_run.completed example')
  const payload = structuredClone(example)
  const base = { id: 1, name: 'widgets', full_name: 'acme/widgets', owner: { login: 'acme' } }
  payload.repository = { ...(payload.repository as object), ...base }
  const wr = payload.workflow_run as Record<string, unknown>
  Object.assign(wr, {
    id: runId,
    run_attempt: 1,
    event: 'pull_request',
    status: 'completed',
    conclusion: 'failure',
    head_sha: headSha,
    head_branch: 'feature',
    pull_requests: [], // GitHub leaves it empty for forks
    repository: { ...(wr.repository as object), ...base },
    head_repository: {
      ...(wr.head_repository as object),
      id: 666,
      name: 'widgets',
      full_name: 'mallory/widgets'
    }
  })
  return payload
}

describe('pr-report action (workflow_run, fork PR)', () => {
  it('reads the triggering run’s hostile artifacts under caps and reports on the fork PR head', async () => {
    const FORK_RUN = 5001
    gh.addPull({
      number: 12,
      headSha: HEAD,
      headRef: 'feature',
      baseSha: BASE,
      baseRef: 'main',
      headRepoFullName: 'mallory/widgets'
    })
    gh.registry.addRun({ id: FORK_RUN, headSha: HEAD, event: 'pull_request', headRepositoryId: 666 })
    gh.registry.addRun({ id: 6000, headSha: MAIN, event: 'workflow_run' })
    const zips = new Map<number, Buffer>()
    const plant = async (name: string, zip: Buffer | undefined, size?: number) => {
      const id = gh.registry.addListed({ name, runId: FORK_RUN, size: size ?? zip?.length ?? 0 })
      if (zip) zips.set(id, zip)
      return id
    }
    const hostile = fragment('coverage', {
      status: 'fail',
      summary: 'LGTM @acme/maintainers',
      url: 'https://evil.example/phish',
      markdown: '<!-- pr-report:v1 id=default -->\n<script>steal()</script>\nApproved by @acme/maintainers'
    })
    await plant('quality-gates-fragment-coverage', await zipOf([['quality-gates-fragment.json', hostile]]))
    await plant(
      'quality-gates-fragment-spoof',
      await zipOf([['quality-gates-fragment.json', fragment('spoof', { statusContext: 'ci/build' })]])
    )
    const huge = await plant('quality-gates-fragment-huge', undefined, 50 * 1024 * 1024)
    await plant(
      'quality-gates-fragment-many',
      await zipOf(Array.from({ length: 60 }, (_, i): [string, string] => [`f${i}.json`, '{}']))
    )
    await plant('quality-gates-fragment-corrupt', Buffer.from('PK\u0003\u0004 this is not a zip'))
    // A zip whose entry climbs out of the extraction directory (same-length rename in both headers).
    const climbing = await zipOf([['xx/quality-gates-fragment.json', fragment('escape')]])
    await plant(
      'quality-gates-fragment-traversal',
      Buffer.from(climbing.toString('latin1').replaceAll('xx/quality', '../quality'), 'latin1')
    )
    await plant('unrelated-logs', await zipOf([['quality-gates-fragment.json', fragment('nope')]]))

    const host = await makeHost({
      eventName: 'workflow_run',
      payload: forkWorkflowRunPayload(FORK_RUN, HEAD),
      sha: MAIN,
      runId: 6000,
      zips
    })
    await run(host, { settleMs: 0 })

    expect(host.downloads).not.toContain(huge)
    expect(host.downloads).toHaveLength(5)
    const comments = gh.state.comments.get(12) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0]?.body ?? ''
    expect(body.split('\n').filter(l => l.includes('pr-report:v1'))).toEqual([
      '<!-- pr-report:v1 id=default -->'
    ])
    expect(body).not.toContain('<script')
    expect(body).not.toContain('@acme/maintainers')
    expect(body).not.toContain('evil.example')
    expect(body).toContain('artifact quality-gates-fragment-huge')
    expect(body).toMatch(/52428800 bytes, over the \d+-byte cap; not downloaded/)
    expect(body).toContain('artifact quality-gates-fragment-many')
    expect(body).toContain('artifact quality-gates-fragment-corrupt')
    expect(body).toContain('artifact quality-gates-fragment-traversal')
    expect(existsSync(join(dir, 'quality-gates-fragment.json'))).toBe(false)
    expect(body).not.toContain('escape summary')
    expect(body).not.toContain('unrelated')
    // the report links to this run (its job summary) and to the run that produced the fragments
    expect(body).toContain('[workflow run](https://github.com/acme/widgets/actions/runs/6000)')
    expect(body).toContain(`[gates run](https://github.com/acme/widgets/actions/runs/${FORK_RUN})`)
    expect(
      gh.state.statuses.every(s => s.targetUrl === 'https://github.com/acme/widgets/actions/runs/6000')
    ).toBe(true)
    expect(statusesOn(MAIN)).toEqual([])
    expect(statusesOn(HEAD)).toEqual([
      ['quality-gates/coverage', 'failure', expect.stringMatching(/^fail: LGTM @/)],
      // a fork fragment cannot set another check's context (here "ci/build")
      ['quality-gates/spoof', 'success', 'pass: spoof summary'],
      ['quality-gates', 'failure', 'fail: 1 failed, 1 passed, 1 refused, 4 unreadable']
    ])
    expect(body).toContain('claimed the status "ci/build", outside its gate; reported as quality-gates/spoof')
    expect(host.outputs.get('verdict')).toBe('fail')
    // never touched the PR's code: no git or contents requests at all
    expect(gh.requests.some(r => /\/(git|contents|tarball|zipball)\//.test(r.path))).toBe(false)
  })

  it('a fork PR that edits .github/ fails the overall status and names the files, unless allowed', async () => {
    const FORK_RUN = 8001
    const files = Array.from({ length: 130 }, (_, i) => ({
      filename: `src/f${i}.js`,
      status: 'modified' as const,
      additions: 1,
      deletions: 0
    }))
    // On the third page of the PR's files: every page must be read.
    files.push({ filename: '.github/workflows/ci.yml', status: 'modified', additions: 3, deletions: 1 })
    gh.addPull({
      number: 14,
      headSha: HEAD,
      headRef: 'feature',
      baseSha: BASE,
      baseRef: 'main',
      headRepoFullName: 'mallory/widgets',
      files
    })
    gh.registry.addRun({ id: FORK_RUN, headSha: HEAD, event: 'pull_request', headRepositoryId: 666 })
    const zip = await zipOf([['quality-gates-fragment-coverage.json', fragment('coverage')]])
    const id = gh.registry.addListed({
      name: 'quality-gates-fragment-coverage',
      runId: FORK_RUN,
      size: zip.length
    })
    const zips = new Map([[id, zip]])
    const strict = await makeHost({
      eventName: 'workflow_run',
      payload: forkWorkflowRunPayload(FORK_RUN, HEAD),
      sha: MAIN,
      runId: 8002,
      zips
    })
    expect(await run(strict, { settleMs: 0 })).toMatch(/missing, unreadable or refused/)
    expect(statusesOn(HEAD).at(-1)).toEqual(['quality-gates', 'failure', 'fail: 1 passed, 1 refused'])
    const body = (gh.state.comments.get(14) ?? [])[0]?.body ?? ''
    expect(body).toMatch(/changes 1 file.{0,6} under \.github\/ .{0,4}\.github\/workflows\/ci\.yml/)

    const allowed = await makeHost({
      eventName: 'workflow_run',
      payload: forkWorkflowRunPayload(FORK_RUN, HEAD),
      sha: MAIN,
      runId: 8003,
      zips,
      inputs: { 'fork-workflow-changes': 'allow' }
    })
    expect(await run(allowed, { settleMs: 0 })).toBeUndefined()
    expect(statusesOn(HEAD).at(-1)).toEqual(['quality-gates', 'success', 'pass: 1 passed'])
  })

  it('no open PR for the head sha: statuses and summary, no comment', async () => {
    gh.registry.addRun({ id: 7001, headSha: HEAD, event: 'pull_request', headRepositoryId: 666 })
    const host = await makeHost({
      eventName: 'workflow_run',
      payload: forkWorkflowRunPayload(7001, HEAD),
      sha: MAIN,
      runId: 7002
    })
    // No fragment came from the gates' run: the required overall status fails closed, and so does the step.
    expect(await run(host, { settleMs: 0 })).toMatch(/missing, unreadable or refused/)
    expect([...gh.state.comments.values()].flat()).toHaveLength(0)
    expect(host.summaries[0]).toContain('no artifact named like')
    // Without the PR, whether it edits .github/ is unknown: refused, never assumed fine.
    expect(statusesOn(HEAD)).toEqual([['quality-gates', 'failure', 'fail: 1 refused, 1 unreadable']])
    expect(host.summaries[0]).toContain('the pull request was not found')
  })
})
