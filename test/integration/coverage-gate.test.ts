// The coverage gate's run() in process, on both front ends: the action path (a Host built from fakes, GitHub's
// side on the REST emulator) and the CLI path (the local Host from host-local.ts). One pipeline: the same
// verdict, the same section, the same baseline file for the same settings.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { copyFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main as cliMain } from '../../src/cli/coverage.js'
import { coverageGate } from '../../src/coverage/gate.js'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import { headingLine, readFragment } from '../../src/shared/fragment.js'
import { runDeclared } from '../../src/shared/gate.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { GIT_TEST_ENV } from '../support/expectations.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'

let repo: string
let base: string
let head: string

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, env: GIT_TEST_ENV, encoding: 'utf8' }).trim()
function write(rel: string, text: string): void {
  mkdirSync(dirname(join(repo, rel)), { recursive: true })
  writeFileSync(join(repo, rel), text)
}
const lines = (n: number) => Array.from({ length: n }, (_, i) => `f${i + 1}();`).join('\n') + '\n'

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'qg-gate-'))
  git('init', '-q', '-b', 'main')
  write('src/a.js', lines(10))
  git('add', '.')
  git('commit', '-qm', 'base')
  base = git('rev-parse', 'HEAD')
  git('checkout', '-qb', 'feature')
  write('src/a.js', lines(14))
  git('commit', '-qam', 'four more lines')
  head = git('rev-parse', 'HEAD')
  // Lines 1-10 and 11-12 covered, 13-14 not: project 12/14, patch 2/4.
  const da = Array.from({ length: 14 }, (_, i) => `DA:${i + 1},${i < 12 ? 1 : 0}`).join('\n')
  write('cov/lcov.info', `TN:\nSF:src/a.js\n${da}\nend_of_record\n`)
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

/** A baseline store in memory: what the action path saved, and a baseline to find. */
function memoryStore(opts: { savesInAuto: boolean; found?: string }): BaselineStore & { saved: string[] } {
  const saved: string[] = []
  return {
    saved,
    savesInAuto: opts.savesInAuto,
    gatesWhenSaving: false,
    find: async () =>
      opts.found
        ? { found: true, path: opts.found, sha: base, behind: 0, note: 'found' }
        : { found: false, note: '' },
    save: async (_kind, _sha, dir, file) => {
      saved.push(readFileSync(join(dir, file), 'utf8'))
      return 'memory'
    }
  }
}

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await cliMain(argv, { stdout: t => (out += t), stderr: t => (err += t), cwd: repo, env: {} })
  return { code, out, err }
}

describe('coverage gate run() on the action path and the CLI path', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  })
  afterAll(async () => gh.close())

  async function actionHost(inputs: Record<string, string>, store?: BaselineStore, event = 'pull_request') {
    const dir = await mkdtemp(join(tmpdir(), 'qg-gate-host-'))
    return createFakeHost({
      dir,
      workspace: repo,
      inputs,
      context: {
        eventName: event,
        sha: head,
        ref: 'refs/pull/7/merge',
        repository: { owner: 'acme', repo: 'widgets', id: 1 },
        runId: 42,
        runAttempt: 1,
        apiUrl: gh.url
      },
      octokit: createOctokit({
        token: 'ghs_test',
        baseUrl: gh.url,
        minRetryDelayMs: 5,
        minWriteIntervalMs: 0
      }),
      ...(store ? { baselines: store } : {}),
      ...(event === 'pull_request'
        ? {
            pullRequest: {
              number: 7,
              headSha: head,
              baseSha: base,
              baseRef: 'main',
              headRepoFullName: 'acme/widgets',
              isFork: false
            }
          }
        : {})
    })
  }

  it('gates a pull request: same verdict and section on both front ends; status, fragment and outputs published', async () => {
    const host = await actionHost(
      // summary: full, so the job summary holds the section the CLI writes (the default is pr-report's one line).
      { reports: 'cov/lcov.info', 'min-patch': '80', name: 'api', summary: 'full' },
      memoryStore({ savesInAuto: false })
    )
    const outcome = await runDeclared(coverageGate, host, 'action')
    expect(outcome.failure).toMatch(
      /^coverage gate failed: min-patch: patch coverage 50.00% \(2 of 4 added lines\) is below 80%/
    )
    expect(outcome.context).toBe('quality-gates/coverage/api')
    const status = gh.state.statuses.find(s => s.context === 'quality-gates/coverage/api')
    expect(status).toMatchObject({ sha: head, state: 'failure' })
    const path = host.outputs.get('fragment-path') as string
    expect(path).toMatch(/quality-gates-fragment-coverage-api\.json$/)
    const fragment = await readFragment(path)
    expect(fragment).toMatchObject({
      status: 'fail',
      statusContext: 'quality-gates/coverage/api',
      title: 'Coverage (api)'
    })
    expect(host.outputs.get('patch-coverage')).toBe('50.00')
    expect(host.outputs.get('project-coverage')).toBe('85.71')
    expect(host.outputs.get('status')).toBe('fail')
    expect(host.summaries).toEqual([fragment.markdown])

    const local = await cli([
      '--report',
      'cov/lcov.info',
      '--diff-base',
      'main',
      '--min-patch',
      '80',
      '--name',
      'api',
      '--fragment-out',
      'out/f.json',
      '--json'
    ])
    expect(local.code).toBe(1)
    const json = JSON.parse(local.out)
    expect(json.patch.lines).toEqual({ covered: 2, total: 4 })
    expect(json.reasons).toEqual(outcome.result.data.evaluation.reasons)
    const localFragment = await readFragment(join(repo, 'out/f.json'))
    // In a workflow, files and lines link to the tested commit (HEAD); the heading carries the name.
    const blob = `https://github.com/acme/widgets/blob/${head}/src/a.js`
    expect(fragment.markdown).toContain(`- [\`src/a.js\`](${blob}): [L13-L14](${blob}#L13-L14)`)
    expect(fragment.markdown.split('\n')[0]).toBe(headingLine(fragment))
    expect(fragment.markdown).toMatch(/^❌ \*\*Coverage \\\(api\\\)\*\* — /)
    // The sections differ only in what a workflow run has and a laptop does not (the run link, file links).
    const strip = (md: string) =>
      md
        .replace(/\[[^\]]*\]\(https:\/\/github\.com\/acme\/widgets\/actions\/runs\/42\)/g, '')
        .replace(/\[([^\]]*)\]\(https:\/\/github\.com\/acme\/widgets\/blob\/[^)]*\)/g, '$1')
    expect(strip(localFragment.markdown)).toBe(strip(fragment.markdown))
    expect(localFragment.statusContext).toBe(fragment.statusContext)
  })

  it('the same settings give the same baseline config hash on both front ends', async () => {
    const settings = { include: 'src/**', exclude: '**/gen/**', 'path-mappings': '/app/=' }
    const store = memoryStore({ savesInAuto: true })
    const host = await actionHost({ reports: 'cov/lcov.info', mode: 'baseline', ...settings }, store, 'push')
    await runDeclared(coverageGate, host, 'action')
    expect(store.saved).toHaveLength(1)
    const local = await cli([
      '--reports',
      'cov/lcov.info',
      '--include',
      'src/**',
      '--exclude',
      '**/gen/**',
      '--path-mappings',
      '/app/=',
      '--baseline-out',
      'out/baseline.json'
    ])
    expect(local.code).toBe(0)
    const hashOf = (text: string) => (JSON.parse(text) as { configHash: string }).configHash
    expect(hashOf(readFileSync(join(repo, 'out/baseline.json'), 'utf8'))).toBe(
      hashOf(store.saved[0] as string)
    )
  })

  it('a CLI-written baseline is read by the action path as the base', async () => {
    await cli(['--reports', 'cov/lcov.info', '--baseline-out', 'out/b2.json'])
    const copy = join(repo, 'out/b2-copy.json')
    await copyFile(join(repo, 'out/b2.json'), copy)
    const host = await actionHost(
      { reports: 'cov/lcov.info', 'max-drop': '0' },
      memoryStore({ savesInAuto: false, found: copy })
    )
    const outcome = await runDeclared(coverageGate, host, 'action')
    expect(outcome.failure).toBeUndefined()
    expect(outcome.result.data.baseSummary?.totals.lines).toEqual({ covered: 12, total: 14 })
    expect(host.outputs.get('baseline-sha')).toBe(base)
  })

  it('expect-reports: a missing shard fails the gate, informational or not, on both front ends', async () => {
    const host = await actionHost({ reports: 'cov/lcov.info', 'expect-reports': '3', informational: 'true' })
    const outcome = await runDeclared(coverageGate, host, 'action')
    expect(outcome.failure).toMatch(/1 of 3 reports: a shard is missing/)
    const local = await cli([
      '--reports',
      'cov/lcov.info',
      '--expect-reports',
      '3',
      '--informational',
      '--json'
    ])
    expect(local.code).toBe(1)
    expect(JSON.parse(local.out).reasons[0]).toMatch(/^1 of 3 reports/)
  })

  it('a missing shard never becomes the baseline; a diff file that is no diff is refused, not read as "no change"', async () => {
    const local = await cli([
      '--reports',
      'cov/lcov.info',
      '--expect-reports',
      '2',
      '--baseline-out',
      'out/partial.json'
    ])
    expect(local.code).toBe(1)
    expect(existsSync(join(repo, 'out/partial.json'))).toBe(false)
    write('bad.diff', '<html><body>502 Bad Gateway</body></html>\n')
    await expect(
      cli(['--reports', 'cov/lcov.info', '--diff-file', 'bad.diff', '--min-patch', '90'])
    ).rejects.toThrow(/bad\.diff: not a unified diff/)
  })

  it('a status that cannot be written fails the step (a required status never silently missing)', async () => {
    gh.inject({ method: 'POST', path: /\/statuses\//, kind: 500, times: 10 })
    const host = await actionHost({ reports: 'cov/lcov.info' })
    await expect(runDeclared(coverageGate, host, 'action')).rejects.toThrow(
      /could not set the commit status quality-gates\/coverage/
    )
  })
})
