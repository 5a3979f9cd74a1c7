/**
 * The bundled flaky-quarantine action with `command:`, started as the runner starts it, against the GitHub
 * REST emulator and the artifact backend: on a real node:test suite (test/fixtures/flaky/node) in the
 * workspace, the action runs the tests, reruns only the failed ones, posts quality-gates/flaky and writes the
 * fragment with the attempts; the test command never sees the action's inputs (its token among them).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFragment } from '../../src/shared/fragment.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry } from '../support/artifact-registry.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload, runBundle } from '../support/runner.js'

let tmp: string
let repo: string
let sha: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator

const TESTS = 'node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml'

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'qg-flaky-run-action-'))
  repo = join(tmp, 'repo')
  cpSync(join(process.cwd(), 'test', 'fixtures', 'flaky', 'node'), repo, { recursive: true })
  mkdirSync(join(repo, 'reports'))
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8'
    }).trim()
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'tests')
  sha = git('rev-parse', 'HEAD')
  registry = new ArtifactRegistry()
  backend = await startArtifactBackend(registry)
  emulator = await GitHubEmulator.start({ registry })
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  await backend?.close()
  rmSync(tmp, { recursive: true, force: true })
})

describe('flaky-quarantine bundle with command:', () => {
  it('runs the tests, retries only the failed ones, posts the status and writes the fragment with every attempt', async () => {
    const run = registry.addRun({
      headSha: sha,
      event: 'push',
      headBranch: 'main',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const payload = await examplePayload('push')
    const log = join(tmp, 'exec.log')
    const r = await runBundle({
      action: 'flaky-quarantine',
      eventName: 'push',
      event: {
        ...payload,
        ref: 'refs/heads/main',
        after: sha,
        repository: {
          ...(payload.repository as object),
          id: emulator.repositoryId,
          default_branch: 'main',
          full_name: 'acme/widgets'
        }
      },
      sha,
      ref: 'refs/heads/main',
      runId: run.id,
      workspace: repo,
      apiUrl: emulator.url,
      resultsUrl: backend.resultsUrl,
      runtimeToken: backend.tokenFor(run),
      inputs: {
        'github-token': 'ghs_test',
        // The author's command goes through a shell: it also records the environment the tests get.
        command: `env > ${join(tmp, 'seen-env.txt')}; ${TESTS}`,
        'rerun-command': TESTS,
        preset: 'node-test',
        'max-retries': '2',
        junit: 'reports/*.xml'
      },
      env: { QG_LOG: log, NODE_OPTIONS: '' },
      runnerTemp: join(tmp, `runner-temp-${run.id}`),
      timeoutMs: 120_000
    })
    expect(r.errors).toEqual(['flaky gate failed: 1 test failed and is not quarantined'])
    expect(r.exitCode).toBe(1)
    expect([r.outputs.verdict, r.outputs.flaky, r.outputs.failed, r.outputs.passed]).toEqual([
      'fail',
      '1',
      '1',
      '4'
    ])
    // Only the failed tests were rerun: the passing ones ran once.
    const runs: Record<string, number> = {}
    for (const line of readFileSync(log, 'utf8').split('\n'))
      if (line !== '') runs[line] = (runs[line] ?? 0) + 1
    expect(runs).toEqual({ sums: 1, total: 1, 'other total': 1, elsewhere: 1, flaky: 2, broken: 3 })
    expect(emulator.state.statuses.find(s => s.sha === sha)).toMatchObject({
      context: 'quality-gates/flaky',
      state: 'failure'
    })
    const fragment = parseFragment(readFileSync(r.outputs['fragment-path'] as string, 'utf8'), 'fragment')
    expect(fragment.status).toBe('fail')
    expect(fragment.markdown).toContain('#### Attempts (3)')
    expect(fragment.markdown).toMatch(/\| 1 \| the test command \| completed \(exit 1\) \| 6 \| 2 \|/)
    expect(fragment.markdown).toMatch(/\| 2 \| rerun of 2 failed tests \| completed \(exit 1\) \| 2 \| 1 \|/)
    expect(fragment.markdown).toMatch(/\| 3 \| rerun of 1 failed test \| completed \(exit 1\) \| 1 \| 1 \|/)
    expect(registry.list({ runId: run.id, name: 'quality-gates-fragment-flaky' })).toHaveLength(1)
    // The action's inputs and runtime token never reach the test command.
    const seen = readFileSync(join(tmp, 'seen-env.txt'), 'utf8')
    expect(seen).toContain('QG_LOG=')
    expect(seen).not.toContain('ghs_test')
    expect(seen).not.toMatch(/^INPUT_/m)
    expect(seen).not.toMatch(/^ACTIONS_RUNTIME_TOKEN=/m)
  }, 180_000)
})
