/**
 * The bundled flaky-quarantine action with `task: maintain`, started as the runner starts it on a push to main,
 * against the GitHub REST emulator: the expired entry of the checkout's quarantine file is proposed for removal as a
 * pull request from quality-gates/quarantine (committed through the git data API on main's HEAD), no commit status
 * is set, and a second run writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createOctokit } from '../../src/shared/octokit.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload, runBundle } from '../support/runner.js'

const FILE = '.github/quality-gates/quarantine.yml'
const QUARANTINE = `tests:
  # keep this comment
  - id: "test/a.test.js › a › test › kept"
    reason: "known"
  - id: "test/b.test.js › b › test › old"
    reason: "fixture server"
    expires: 2020-01-31
`

let tmp: string
let repo: string
let emulator: GitHubEmulator
let main: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-flaky-maintain-action-'))
  repo = join(tmp, 'repo')
  await mkdir(join(repo, '.github', 'quality-gates'), { recursive: true })
  await writeFile(join(repo, FILE), QUARANTINE)
  emulator = await GitHubEmulator.start()
  const octokit = createOctokit({ token: 'ghp_test', baseUrl: emulator.url, minWriteIntervalMs: 0 })
  const r = { owner: 'acme', repo: 'widgets' }
  const { data: tree } = await octokit.rest.git.createTree({
    ...r,
    tree: [{ path: FILE, mode: '100644', type: 'blob', content: QUARANTINE }]
  })
  const { data: commit } = await octokit.rest.git.createCommit({ ...r, message: 'init', tree: tree.sha })
  await octokit.rest.git.createRef({ ...r, ref: 'refs/heads/main', sha: commit.sha })
  main = commit.sha
}, 60_000)

afterAll(async () => {
  await emulator?.close()
  await rm(tmp, { recursive: true, force: true })
})

async function maintain() {
  const payload = await examplePayload('push')
  return runBundle({
    action: 'flaky-quarantine',
    eventName: 'push',
    event: {
      ...payload,
      ref: 'refs/heads/main',
      after: main,
      repository: {
        ...(payload.repository as object),
        id: emulator.repositoryId,
        default_branch: 'main',
        full_name: 'acme/widgets'
      }
    },
    sha: main,
    ref: 'refs/heads/main',
    runId: 5,
    workspace: repo,
    apiUrl: emulator.url,
    inputs: { 'github-token': 'ghs_test', task: 'maintain', summary: 'full' },
    runnerTemp: join(tmp, 'runner-temp'),
    timeoutMs: 90_000
  })
}

describe('flaky-quarantine bundle, task: maintain, on a push to main', () => {
  it('proposes removing the expired entry as a pull request, sets no status; a second run writes nothing', async () => {
    const r = await maintain()
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    const pulls = [...emulator.state.pulls.values()]
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).toMatchObject({
      headRef: 'quality-gates/quarantine',
      baseRef: 'main',
      title: 'Flaky tests: remove 1 expired entry'
    })
    expect(r.outputs['pull-request']).toBe(`https://github.com/acme/widgets/pull/${pulls[0]!.number}`)
    expect(r.outputs['proposed-release']).toBe('test/b.test.js › b › test › old')
    expect(r.summary).toContain(
      'Quarantine maintenance of `.github/quality-gates/quarantine.yml`: committed '
    )
    expect(r.summary).toContain('Remove (expired) `test/b.test.js › b › test › old`: expired 2020-01-31')
    const head = emulator.state.git.objects.get(pulls[0]!.headSha)
    expect(head).toMatchObject({ type: 'commit', parents: [main] })
    expect(emulator.state.statuses).toEqual([])
    expect(emulator.state.issues.size).toBe(0)

    const writes = () => emulator.requests.filter(q => q.method !== 'GET' && q.status < 300).length
    const before = writes()
    const again = await maintain()
    expect(again.exitCode).toBe(0)
    expect(writes()).toBe(before)
    expect(again.outputs['pull-request']).toBe(r.outputs['pull-request'])
  }, 180_000)
})
