/**
 * The bundled flaky-quarantine action, started as the runner starts it, against the GitHub REST emulator and the
 * artifact backend (Twirp fake + Azurite): a push to main records the run and saves the flake history artifact
 * keyed by its SHA; a pull request finds it on its base, quarantines the broken test, posts quality-gates/flaky and saves
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFragment } from '../../src/shared/fragment.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry } from '../support/artifact-registry.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { pullRequestEvent as prPayload } from '../support/events.js'
import { examplePayload, runBundle } from '../support/runner.js'

let tmp: string
let repo: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator
const commits: Record<string, string> = {}

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()

const REPORT = `<testsuites><testsuite name="cart" file="test/cart.test.js">
  <testcase classname="test" name="totals"/>
  <testcase classname="test" name="tax"><failure message="timeout"/></testcase>
  <testcase classname="test" name="checkout" line="7"><failure message="expected 2, got 3"/></testcase>
</testsuite></testsuites>`
const RETRY = `<testsuites><testsuite name="cart" file="test/cart.test.js">
  <testcase classname="test" name="tax"/>
  <testcase classname="test" name="checkout" line="7"><failure message="expected 2, got 3"/></testcase>
</testsuite></testsuites>`

async function repoPayload(payload: Record<string, unknown>) {
  return {
    ...(payload.repository as object),
    id: emulator.repositoryId,
    default_branch: 'main',
    full_name: 'acme/widgets'
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-flaky-action-'))
  repo = join(tmp, 'repo')
  await mkdir(join(repo, 'test'), { recursive: true })
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })
  git('init', '-q', '-b', 'main')
  await writeFile(join(repo, 'test', 'cart.test.js'), '// cart\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'C1')
  commits.C1 = git('rev-parse', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  await writeFile(join(repo, 'test', 'cart.test.js'), '// cart, changed\n')
  git('commit', '-q', '-am', 'H')
  commits.H = git('rev-parse', 'HEAD')
  await writeFile(join(tmp, 'attempt-1.xml'), REPORT)
  await writeFile(join(tmp, 'attempt-2.xml'), RETRY)
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  await backend?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('flaky-quarantine bundle on a push, then on a pull request', () => {
  const junit = () => `${join(tmp, 'attempt-1.xml')}\n${join(tmp, 'attempt-2.xml')}`

  it('a push to main records the run and saves the history artifact keyed by its SHA', async () => {
    git('checkout', '-q', commits.C1 as string)
    const run = registry.addRun({
      headSha: commits.C1 as string,
      event: 'push',
      headBranch: 'main',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const payload = await examplePayload('push')
    const r = await runBundle({
      action: 'flaky-quarantine',
      eventName: 'push',
      event: {
        ...payload,
        ref: 'refs/heads/main',
        after: commits.C1,
        repository: await repoPayload(payload)
      },
      sha: commits.C1 as string,
      ref: 'refs/heads/main',
      runId: run.id,
      workspace: repo,
      apiUrl: emulator.url,
      resultsUrl: backend.resultsUrl,
      runtimeToken: backend.tokenFor(run),
      inputs: { 'github-token': 'ghs_test', junit: junit() },
      runnerTemp: join(tmp, `runner-temp-${run.id}`),
      timeoutMs: 90_000
    })
    expect(r.exitCode).toBe(1)
    expect(r.errors).toEqual(['flaky gate failed: 1 test failed and is not quarantined'])
    expect([r.outputs.verdict, r.outputs.flaky, r.outputs.failed]).toEqual(['fail', '1', '1'])
    expect(registry.list({ name: `quality-gates-baseline-flaky-${commits.C1}` })).toHaveLength(1)
    expect(emulator.state.statuses.find(s => s.sha === commits.C1)).toMatchObject({
      context: 'quality-gates/flaky',
      state: 'failure'
    })
  }, 120_000)

  it('a pull request reads that history, passes with the broken test quarantined, posts its status and saves nothing', async () => {
    git('checkout', '-q', commits.H as string)
    emulator.addPull({
      number: 7,
      headSha: commits.H as string,
      headRef: 'feature',
      baseSha: commits.C1 as string,
      baseRef: 'main'
    })
    const run = registry.addRun({
      headSha: commits.H as string,
      event: 'pull_request',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const event = await prPayload({
      number: 7,
      headSha: commits.H as string,
      baseSha: commits.C1 as string,
      repository: { full_name: 'acme/widgets', id: emulator.repositoryId }
    })
    await mkdir(join(repo, '.github', 'quality-gates'), { recursive: true })
    await writeFile(
      join(repo, '.github', 'quality-gates', 'quarantine.yml'),
      'tests:\n  - id: "test/cart.test.js › cart › test › checkout"\n    reason: "rounding bug, issue 9"\n'
    )
    const r = await runBundle({
      action: 'flaky-quarantine',
      eventName: 'pull_request',
      event,
      sha: commits.H as string,
      ref: 'refs/pull/7/merge',
      runId: run.id,
      workspace: repo,
      apiUrl: emulator.url,
      resultsUrl: backend.resultsUrl,
      runtimeToken: backend.tokenFor(run),
      inputs: { 'github-token': 'ghs_test', junit: junit(), summary: 'full' },
      runnerTemp: join(tmp, `runner-temp-${run.id}`),
      timeoutMs: 90_000
    })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect([r.outputs.verdict, r.outputs.quarantined, r.outputs.flaky]).toEqual(['pass', '1', '1'])
    const fragment = parseFragment(await readFile(r.outputs['fragment-path'] as string, 'utf8'), 'fragment')
    expect(fragment.markdown).toMatch(/History: 1 run \(found at [0-9a-f]{7}/)
    expect(fragment.markdown).toMatch(/this run not recorded/)
    expect(r.summary).toMatch(/Flaky tests/)
    const status = emulator.state.statuses
      .filter(s => s.sha === commits.H && s.context === 'quality-gates/flaky')
      .at(-1)
    expect(status?.state).toBe('success')
    expect(registry.list({ name: `quality-gates-baseline-flaky-${commits.H}` })).toHaveLength(0)
    expect(registry.list({ runId: run.id, name: 'quality-gates-fragment-flaky' })).toHaveLength(1)
    await rm(join(repo, '.github'), { recursive: true, force: true })
  }, 120_000)
})
