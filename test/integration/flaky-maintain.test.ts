// flaky-quarantine `task: maintain` in process: a Host built from fakes, GitHub's side on the REST emulator (git
// data, pull requests, issues), the flake history in a baseline store. The proposal as a pull request with one
// issue per newly quarantined test; a second run writes nothing; the repository that forbids pull requests by
// Actions gets one issue with the patch; expired entries leave; hostile test ids stay inert; the CLI edits the
// file in place.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { flakyGate } from '../../src/flaky/gate.js'
import { serializeHistory, type History } from '../../src/flaky/history.js'
import { parseQuarantine } from '../../src/flaky/quarantine.js'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import { runDeclared } from '../../src/shared/gate.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { createFakeHost } from '../support/fake-host.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const FILE = '.github/quality-gates/quarantine.yml'
const FLAKY = 'test/cart.test.js › cart › test › totals'
const SOLID = 'test/cart.test.js › cart › test › tax'
const BROKEN = 'test/cart.test.js › cart › test › checkout'
const NOW = new Date('2026-03-10T06:00:00Z')

/** A history of six default-branch runs: FLAKY flaked on three commits, SOLID always passed, BROKEN always failed. */
function history(extra: { id: string; codes: string }[] = []): History {
  const ids = [FLAKY, SOLID, BROKEN, ...extra.map(e => e.id)]
  const codes = ['kpkpkp', 'pppppp', 'ffffff', ...extra.map(e => e.codes)]
  const runs = Array.from({ length: 6 }, (_, r) => ({
    sha: `${String(r + 1).repeat(7)}abc`,
    date: new Date(NOW.getTime() - (6 - r) * 86_400_000).toISOString(),
    run: `${100 + r}-1`,
    o: codes.map(c => c[r]).join('')
  }))
  return { ids, index: new Map(ids.map((id, i) => [id, i])), runs }
}

let dir: string
let gh: GitHubEmulator
let main: string

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(dir, 'ws', rel)), { recursive: true })
  writeFileSync(join(dir, 'ws', rel), text)
}

function store(h: History): BaselineStore {
  const path = join(dir, 'history.json')
  writeFileSync(path, serializeHistory(h))
  return {
    savesInAuto: true,
    gatesWhenSaving: false,
    find: async () => ({ found: true, path, sha: main, behind: 0, note: `found at ${main.slice(0, 7)}` }),
    save: async () => {
      throw new Error('the maintenance task never saves a history')
    }
  }
}

async function run(
  h: History,
  opts: { now?: Date; ref?: string; inputs?: Record<string, string>; token?: string } = {}
) {
  const host = await createFakeHost({
    dir,
    workspace: join(dir, 'ws'),
    inputs: { task: 'maintain', ...opts.inputs },
    context: {
      eventName: 'push',
      sha: main,
      ref: opts.ref ?? 'refs/heads/main',
      repository: { owner: 'acme', repo: 'widgets', id: 1 },
      runId: 77,
      runAttempt: 1,
      apiUrl: gh.url
    },
    octokit: createOctokit({
      token: opts.token ?? 'ghs_test',
      baseUrl: gh.url,
      minRetryDelayMs: 5,
      minWriteIntervalMs: 0
    }),
    baselines: store(h),
    now: opts.now ?? NOW
  })
  const outcome = await runDeclared(flakyGate, host, 'action')
  return { host, outcome }
}

/** Writes GitHub applied (2xx answers to anything but GET). */
const applied = () => gh.requests.filter(r => r.method !== 'GET' && r.status < 300)

/** The file on a branch of the emulator's repository. */
function fileOn(branch: string): string | undefined {
  const objects = gh.state.git.objects
  const commit = objects.get(gh.state.git.refs.get(`refs/heads/${branch}`) ?? '')
  if (commit?.type !== 'commit') return undefined
  let sha = commit.tree
  for (const part of FILE.split('/')) {
    const tree = objects.get(sha)
    if (tree?.type !== 'tree') return undefined
    const entry = tree.entries.find(e => e.name === part)
    if (!entry) return undefined
    sha = entry.sha
  }
  const blob = objects.get(sha)
  return blob?.type === 'blob' ? blob.content.toString('utf8') : undefined
}

const QUARANTINE = `# Tests we know are flaky.
tests:
  # the payment sandbox is slow on Mondays
  - id: "test/pay.test.js › pay › test › refund"
    reason: 'sandbox latency'
    issue: 3
  - id: "test/old.test.js › old › test › legacy"
    reason: "legacy fixture"
    since: 2026-01-01
    expires: 2026-02-01   # gone by now
`

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qg-flaky-maintain-'))
  gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  // The default branch's HEAD on GitHub: the commit the checkout is at.
  const octokit = createOctokit({ token: 'ghp_test', baseUrl: gh.url, minWriteIntervalMs: 0 })
  const repo = { owner: 'acme', repo: 'widgets' }
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    tree: [
      { path: FILE, mode: '100644', type: 'blob', content: QUARANTINE },
      { path: 'README.md', mode: '100644', type: 'blob', content: '# widgets\n' }
    ]
  })
  const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message: 'init', tree: tree.sha })
  await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/main', sha: commit.sha })
  main = commit.sha
  write(FILE, QUARANTINE)
  gh.requests.length = 0
})
afterEach(async () => {
  await gh.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('flaky maintain: the proposal as a pull request', () => {
  it('quarantines the flaky test (issue opened, number in the entry), removes the expired entry, keeps the comments; a second run writes nothing', async () => {
    const { host, outcome } = await run(history())
    expect(outcome.failure).toBeUndefined()
    // One issue for the flaky test, then the pull request from the proposal branch.
    const issues = [...gh.state.issues.values()]
    expect(issues).toHaveLength(1)
    const issue = issues[0]!
    expect(issue.title).toBe(`Flaky test quarantined: ${FLAKY}`)
    expect(issue.body).toMatch(/^<!-- quality-gates:flaky-quarantine test=[0-9a-f]{32} -->\n/)
    expect(issue.body).toContain('flaky: 3 flakes in 6 runs \\(50%\\) on 3 commits, flip rate 0%.')
    const pulls = [...gh.state.pulls.values()]
    expect(pulls).toHaveLength(1)
    const pull = pulls[0]!
    expect(pull).toMatchObject({ headRef: 'quality-gates/quarantine', baseRef: 'main', state: 'open' })
    expect(pull.title).toBe('Flaky tests: quarantine 1 flaky test, remove 1 expired entry')
    expect(pull.body).toContain(`Quarantine \`${FLAKY}\`: flaky: 3 flakes in 6 runs \\(50%\\)`)
    expect(pull.body).toContain(`(#${issue.number})`)
    expect(pull.body).toContain(
      'Remove (expired) `test/old.test.js › old › test › legacy`: expired 2026-02-01'
    )
    expect(host.outputs.get('pull-request')).toBe(`https://github.com/acme/widgets/pull/${pull.number}`)
    // The branch's commit sits on main's HEAD and changes only the quarantine file.
    const head = gh.state.git.objects.get(pull.headSha)
    expect(head).toMatchObject({ type: 'commit', parents: [main] })
    const text = fileOn('quality-gates/quarantine') as string
    expect(text).toBe(`# Tests we know are flaky.
tests:
  # the payment sandbox is slow on Mondays
  - id: "test/pay.test.js › pay › test › refund"
    reason: 'sandbox latency'
    issue: 3
  - id: "${FLAKY}"
    reason: "flaky: 3 flakes in 6 runs (50%) on 3 commits, flip rate 0%"
    issue: ${issue.number}
    since: 2026-03-10
    expires: 2026-04-09
`)
    expect(fileOn('main')).toBe(QUARANTINE)
    // No commit status: this task judges no commit.
    expect(gh.state.statuses).toEqual([])

    // Nothing new: no commit, no pull request, no issue, no edit.
    const before = applied().length
    const again = await run(history())
    expect(applied().length).toBe(before)
    expect(again.outcome.result.data).toMatchObject({
      done: expect.arrayContaining([
        'branch quality-gates/quarantine already holds this proposal',
        `pull request unchanged #${pull.number}`
      ])
    })
    // A day later, the open proposal keeps its dates and issue: still nothing written.
    await run(history(), { now: new Date(NOW.getTime() + 86_400_000) })
    expect(applied().length).toBe(before)
    expect(gh.state.issues.size).toBe(1)
  })

  it('a new flaky test while the proposal is open: one more issue, the branch force-updated, the same pull request updated', async () => {
    await run(history())
    const pull = [...gh.state.pulls.values()][0]!
    const other = 'test/cart.test.js › cart › test › coupons'
    await run(history([{ id: other, codes: 'pkkpkp' }]))
    expect(gh.state.pulls.size).toBe(1)
    expect(gh.state.issues.size).toBe(2)
    const updated = gh.state.pulls.get(pull.number)!
    expect(updated.title).toBe('Flaky tests: quarantine 2 flaky tests, remove 1 expired entry')
    const text = fileOn('quality-gates/quarantine') as string
    const entries = [...parseQuarantine(text, FILE, NOW).active.values()]
    expect(entries.map(e => [e.id, e.issue])).toEqual([
      ['test/pay.test.js › pay › test › refund', '3'],
      // Proposals come by flake rate, then id: both flaked in half their runs.
      [other, String([...gh.state.issues.values()][1]!.number)],
      [FLAKY, String([...gh.state.issues.values()][0]!.number)]
    ])
    // Force-updated: the branch's head is a new commit whose parent is main again (not stacked on the old one).
    const head = gh.state.git.objects.get(gh.state.git.refs.get('refs/heads/quality-gates/quarantine')!)
    expect(head).toMatchObject({ parents: [main] })
  })

  it('a push to another branch, or a pull request run, changes nothing', async () => {
    const { outcome } = await run(history(), { ref: 'refs/heads/feature' })
    expect(outcome.result.fragment.summary).toBe('quarantine up to date')
    expect(outcome.result.data).toMatchObject({
      done: [
        'the quarantine is maintained only on the default branch (main); this run is on refs/heads/feature'
      ]
    })
    expect(applied()).toEqual([])
  })
})

describe('flaky maintain: where Actions may not create pull requests', () => {
  it('opens ONE issue holding the patch as a unified diff; a rerun finds and keeps it', async () => {
    gh.actionsMayCreatePullRequests = false
    const { host } = await run(history())
    expect(gh.state.pulls.size).toBe(0)
    const issues = [...gh.state.issues.values()]
    expect(issues.map(i => i.title)).toEqual([
      `Flaky test quarantined: ${FLAKY}`,
      `Flaky tests: proposed changes to ${FILE}`
    ])
    const patch = issues[1]!
    expect(patch.body).toMatch(/^<!-- quality-gates:flaky-quarantine patch -->\n/)
    expect(patch.body).toContain('GitHub Actions is not permitted to create pull requests')
    const diff = /```diff\n([\s\S]*?)```/.exec(patch.body ?? '')?.[1] as string
    expect(diff).toBe(`--- a/${FILE}
+++ b/${FILE}
@@ -4,7 +4,8 @@
   - id: "test/pay.test.js › pay › test › refund"
     reason: 'sandbox latency'
     issue: 3
-  - id: "test/old.test.js › old › test › legacy"
-    reason: "legacy fixture"
-    since: 2026-01-01
-    expires: 2026-02-01   # gone by now
+  - id: "${FLAKY}"
+    reason: "flaky: 3 flakes in 6 runs (50%) on 3 commits, flip rate 0%"
+    issue: ${issues[0]!.number}
+    since: 2026-03-10
+    expires: 2026-04-09
`)
    // The patch applies to the checkout's file and gives what a pull request would have proposed.
    const repo = join(dir, 'apply')
    mkdirSync(dirname(join(repo, FILE)), { recursive: true })
    writeFileSync(join(repo, FILE), QUARANTINE)
    writeFileSync(join(dir, 'p.diff'), diff)
    execFileSync('git', ['apply', '--unsafe-paths', '--directory=.', join(dir, 'p.diff')], { cwd: repo })
    expect(readFileSync(join(repo, FILE), 'utf8')).toBe(fileOn('quality-gates/quarantine'))
    expect(host.outputs.get('patch-issue')).toBe(`https://github.com/acme/widgets/issues/${patch.number}`)
    expect(host.logs).toContainEqual({
      level: 'warning',
      message: expect.stringContaining('the patch goes into an issue')
    })

    const before = applied().length
    await run(history())
    expect(applied().length).toBe(before)
    expect(gh.state.issues.size).toBe(2)
  })

  it('a ref the token may not write (403) also falls back to the patch issue', async () => {
    gh.inject({ method: 'POST', path: /\/git\/refs$/, kind: 'forbidden' })
    await run(history())
    expect(gh.state.pulls.size).toBe(0)
    expect([...gh.state.issues.values()].at(-1)?.body).toContain('could not be written')
  })
})

describe('flaky maintain: untrusted test ids, bad files, expiry alone', () => {
  it('a hostile 8 kB id: a bounded, inert title; the id verbatim in a code span; the entry round-trips', async () => {
    const hostile = `@octocat \`\`\` #1 [x](https://evil.example) <img src=x> ${'A'.repeat(8000)}`
    const h = history([{ id: hostile, codes: 'kpkpkp' }])
    await run(h)
    const issue = [...gh.state.issues.values()].find(i => i.body?.includes('AAAA'))!
    expect([...issue.title].length).toBeLessThanOrEqual(256)
    expect(issue.title).not.toMatch(/@octocat|#1\b/)
    expect(issue.body).toContain('``` #1')
    expect(issue.body).not.toMatch(/(^|[^`])@octocat/)
    const text = fileOn('quality-gates/quarantine') as string
    expect([...parseQuarantine(text, FILE, NOW).active.keys()]).toContain(hostile)
    const pull = [...gh.state.pulls.values()][0]!
    expect(pull.body!.length).toBeLessThan(65_536)
  })

  it('an expired entry with no history at all is proposed for removal', async () => {
    await run({ ids: [], index: new Map(), runs: [] })
    const pull = [...gh.state.pulls.values()][0]!
    expect(pull.title).toBe('Flaky tests: remove 1 expired entry')
    expect(gh.state.issues.size).toBe(0)
    expect(fileOn('quality-gates/quarantine')).not.toContain('legacy')
  })

  it('a quarantine file it cannot read is a one-line error, and nothing is written', async () => {
    write(FILE, 'tests:\n  - id: x\n    reason: y\n    owner: "@team"\n')
    await expect(run(history())).rejects.toThrow(
      `${FILE}:4: unknown key "owner" (expected id, reason, issue, since, expires)`
    )
    expect(applied()).toEqual([])
  })
})

describe('flaky maintain on the CLI', () => {
  it('`quality-gates flaky maintain --history` edits the file in place', async () => {
    const ws = join(dir, 'ws')
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws })
    writeFileSync(join(dir, 'h.json'), serializeHistory(history()))
    let out = ''
    const code = await cli(['flaky', 'maintain', '--history', join(dir, 'h.json'), '--json'], {
      stdout: t => (out += t),
      stderr: t => (out += t),
      cwd: ws,
      env: {}
    })
    expect(code).toBe(0)
    const json = JSON.parse(out) as { changes: { kind: string; id: string }[]; changed: boolean }
    expect(json.changed).toBe(true)
    expect(json.changes.map(c => [c.kind, c.id])).toEqual([
      ['quarantine', FLAKY],
      ['expired', 'test/old.test.js › old › test › legacy']
    ])
    const text = readFileSync(join(ws, FILE), 'utf8')
    expect(text).toContain('# the payment sandbox is slow on Mondays')
    expect(text).toContain(`  - id: "${FLAKY}"\n    reason: "flaky: 3 flakes`)
    expect(text).not.toContain('legacy')
  })

  it('`quality-gates flaky` (task check) still needs its JUnit reports: a one-line error, exit 2', async () => {
    let err = ''
    const code = await cli(['flaky'], {
      stdout: () => {},
      stderr: t => (err += t),
      cwd: join(dir, 'ws'),
      env: {}
    })
    expect(code).toBe(2)
    expect(err).toMatch(/--junit is required: the JUnit XML reports to read/)
  })
})
