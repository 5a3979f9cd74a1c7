/**
 * The bundled coverage-gate action on GitHub Enterprise Server (GITHUB_SERVER_URL on a GHES host), started as the
 * runner starts it, with the v1 cache-service stand-in as its ACTIONS_CACHE_URL: `baseline-store: auto` picks the
 * cache; a push to main saves the baseline on G; a pull request tested on its merge commit finds it two commits
 * behind; an outage of the cache service is a warning and the configured missing-baseline outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFragment } from '../../src/shared/fragment.js'
import { ArtifactRegistry } from '../support/artifact-registry.js'
import { startCacheService, type CacheScope, type CacheService } from '../support/cache-service.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { pullRequestEvent as prPayload } from '../support/events.js'
import { examplePayload, runBundle, type RunBundleResult } from '../support/runner.js'

const GHES = 'https://ghes.example.com'
let tmp: string
let repo: string
let service: CacheService
let emulator: GitHubEmulator
const commits: Record<string, string> = {}

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()

function lcov(file: string, hits: number[]): string {
  return `TN:\nSF:${join(repo, file)}\n${hits.map((h, i) => `DA:${i + 1},${h}`).join('\n')}\nend_of_record\n`
}

const source = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n'

async function event(name: 'push' | 'pull_request', sha: string) {
  const payload = await examplePayload(name, name === 'pull_request' ? 'opened' : undefined)
  const repository = {
    ...(payload.repository as object),
    id: emulator.repositoryId,
    default_branch: 'main',
    full_name: 'acme/widgets'
  }
  if (name === 'push') return { ...payload, ref: 'refs/heads/main', after: sha, repository }
  return prPayload({
    number: 7,
    headSha: commits.H as string,
    baseSha: commits.C2 as string,
    repository: { full_name: 'acme/widgets', id: emulator.repositoryId }
  })
}

async function runGate(
  kind: 'push' | 'pull_request',
  sha: string,
  scopes: CacheScope[],
  inputs: Record<string, string>,
  runId: number
): Promise<RunBundleResult> {
  return runBundle({
    action: 'coverage-gate',
    eventName: kind,
    event: await event(kind, sha),
    sha,
    ref: kind === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
    runId,
    workspace: repo,
    apiUrl: emulator.url,
    runtimeToken: service.tokenFor(scopes),
    inputs: { 'github-token': 'ghs_test', ...inputs },
    env: { GITHUB_SERVER_URL: GHES, ACTIONS_CACHE_URL: service.url },
    runnerTemp: join(tmp, `runner-temp-${runId}`),
    timeoutMs: 90_000
  })
}

const MAIN: CacheScope[] = [{ scope: 'refs/heads/main', read: true, write: true }]
const PR: CacheScope[] = [
  { scope: 'refs/pull/7/merge', read: true, write: true },
  { scope: 'refs/heads/main', read: true, write: false }
]
const warnings = (r: RunBundleResult) => r.commands.filter(c => c.command === 'warning').map(c => c.message)

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-coverage-ghes-'))
  repo = join(tmp, 'repo')
  await mkdir(join(repo, 'src'), { recursive: true })
  service = await startCacheService()
  emulator = await GitHubEmulator.start({ registry: new ArtifactRegistry() })
  // main: G (gets the baseline), C1 and C2 (docs, none); feature H from C2; M = GitHub's merge commit for PR #7.
  git('init', '-q', '-b', 'main')
  await writeFile(join(repo, 'src', 'math.js'), source(10))
  git('add', '-A')
  git('commit', '-q', '-m', 'G')
  commits.G = git('rev-parse', 'HEAD')
  for (const c of ['C1', 'C2']) {
    await writeFile(join(repo, `${c}.md`), 'docs\n')
    git('add', '-A')
    git('commit', '-q', '-m', c)
    commits[c] = git('rev-parse', 'HEAD')
  }
  git('checkout', '-q', '-b', 'feature')
  await writeFile(join(repo, 'src', 'math.js'), source(12))
  git('commit', '-q', '-am', 'H')
  commits.H = git('rev-parse', 'HEAD')
  git('checkout', '-q', '--detach', 'main')
  git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge H into C2')
  commits.M = git('rev-parse', 'HEAD')
  emulator.addPull({
    number: 7,
    headSha: commits.H as string,
    headRef: 'feature',
    baseSha: commits.C2 as string,
    baseRef: 'main'
  })
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  await service?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('coverage-gate bundle on GitHub Enterprise Server, baselines in the Actions cache', () => {
  it('a push to main saves the baseline of G as a cache entry in the main scope', async () => {
    git('checkout', '-q', commits.G as string)
    await writeFile(join(tmp, 'lcov-g.info'), lcov('src/math.js', [1, 1, 1, 1, 1, 1, 1, 1, 0, 0]))
    const r = await runGate('push', commits.G as string, MAIN, { reports: join(tmp, 'lcov-g.info') }, 1)
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(
      /baseline store: cache \(baseline-store: auto, and "https:\/\/ghes\.example\.com" is GitHub Enterprise Server/
    )
    const entry = service.entries.find(e => e.key === `quality-gates-baseline-coverage-${commits.G}`)
    expect(entry).toMatchObject({ scope: 'refs/heads/main', committed: true })
    expect(r.stdout).toMatch(
      /saved the coverage baseline of .* as cache entry quality-gates-baseline-coverage-/
    )
  }, 120_000)

  it('a pull request finds it on the grandparent of its base, 2 commits behind, and gates against it', async () => {
    git('checkout', '-q', commits.M as string)
    await writeFile(join(tmp, 'lcov-m.info'), lcov('src/math.js', [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0]))
    const r = await runGate('pull_request', commits.M as string, PR, { reports: join(tmp, 'lcov-m.info') }, 2)
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs['baseline-sha']).toBe(commits.G)
    const fragment = parseFragment(await readFile(r.outputs['fragment-path'] as string, 'utf8'), 'fragment')
    expect(fragment.markdown).toMatch(/2 commits behind/)
    // The pull request's run wrote nothing to the cache.
    expect(service.entries.filter(e => e.scope !== 'refs/heads/main')).toEqual([])
  }, 120_000)

  it('a miss (no entry the run may read) is the on-missing-baseline outcome, saying how far it looked', async () => {
    const ownScopeOnly = PR.slice(0, 1)
    const r = await runGate(
      'pull_request',
      commits.M as string,
      ownScopeOnly,
      { reports: join(tmp, 'lcov-m.info'), 'max-drop': '1', 'on-missing-baseline': 'neutral' },
      4
    )
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('neutral')
    expect(r.stdout).toMatch(
      /baseline coverage: none within \d+ first-parent commits of [0-9a-f]{7} in the cache/
    )
  }, 120_000)

  it('a cache outage is a warning and the on-missing-baseline outcome, not a crash', async () => {
    service.outage = 500
    try {
      const r = await runGate(
        'pull_request',
        commits.M as string,
        PR,
        { reports: join(tmp, 'lcov-m.info'), 'max-drop': '1', 'on-missing-baseline': 'neutral' },
        3
      )
      expect(r.errors).toEqual([])
      expect(r.exitCode).toBe(0)
      expect(r.outputs.status).toBe('neutral')
      expect(r.outputs['baseline-sha'] ?? '').toBe('')
      expect(warnings(r)).toContainEqual(
        expect.stringMatching(/^no baseline: baseline lookup in the cache failed: Failed to restore: .*500/)
      )
    } finally {
      service.outage = undefined
    }
  }, 120_000)
})
