// The flaky gate's notifications in process (a Host built from fakes), against receivers on 127.0.0.1: an HTTP
// server for the Slack and JSON webhooks, an SMTP server (npm smtp-server) for the email and the REST emulator for
// issues. A push to the default branch sends one message per channel; the next run, with nothing new, sends
// nothing; a pull request never sends; a receiver that hangs, fails, redirects or refuses auth is a warning naming
// the channel and the gate's verdict is unchanged.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { flakyGate } from '../../src/flaky/gate.js'
import { issueMarker, postJson, RESPONSE_CAP } from '../../src/flaky/notify-channels.js'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import { UserError } from '../../src/shared/errors.js'
import { runDeclared } from '../../src/shared/gate.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { createFakeHost, type FakeHost } from '../support/fake-host.js'
import {
  parseMail,
  startHttpReceiver,
  startSmtpReceiver,
  type HttpReceiver,
  type SmtpReceiver
} from '../support/flaky-notify-receivers.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const SHA = 'c0ffee'.padEnd(40, '0')
/** A test name written to provoke every channel: Slack's control characters, a mention, markdown, a line break. */
const HOSTILE = '<!channel> & @here *x* `y`\nz'
const ATTEMPT_1 = `<testsuites><testsuite name="cart" file="test/cart.test.js">
  <testcase classname="test" name="totals"/>
  <testcase classname="test" name="flakes"><failure message="timeout"/></testcase>
  <testcase classname="test" name="breaks"><failure message="expected 2, got 3"/></testcase>
  <testcase classname="test" name="${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '&#10;')}"><failure message="no"/></testcase>
</testsuite></testsuites>`
const ATTEMPT_2 = `<testsuites><testsuite name="cart" file="test/cart.test.js">
  <testcase classname="test" name="flakes"/>
  <testcase classname="test" name="breaks"><failure message="expected 2, got 3"/></testcase>
  <testcase classname="test" name="${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '&#10;')}"><failure message="no"/></testcase>
</testsuite></testsuites>`
const ID = (name: string) => `test/cart.test.js › cart › test › ${name}`
/** The reader writes a line break in a name as `\n` in the id. */
const HOSTILE_ID = ID('<!channel> & @here *x* `y`\\nz')

let dir: string
let web: HttpReceiver
let smtp: SmtpReceiver
let gh: GitHubEmulator

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qg-flaky-notify-'))
  mkdirSync(join(dir, 'ws', 'out'), { recursive: true })
  writeFileSync(join(dir, 'ws', 'out', 'attempt-1.xml'), ATTEMPT_1)
  writeFileSync(join(dir, 'ws', 'out', 'attempt-2.xml'), ATTEMPT_2)
  web = await startHttpReceiver()
  smtp = await startSmtpReceiver('bot', 'p@ss:word')
  gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
})
afterAll(async () => {
  await web?.close()
  await smtp?.close()
  await gh?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A baseline store in memory: `saved` holds what runs saved; `found` is the history a run finds. */
function memoryStore(savesInAuto: boolean, found?: string) {
  const saved: string[] = []
  const store: BaselineStore = {
    savesInAuto,
    gatesWhenSaving: false,
    find: async () => {
      if (found === undefined) return { found: false, note: '' }
      const path = join(dir, `found-${Math.random().toString(36).slice(2)}.json`)
      writeFileSync(path, found)
      return { found: true, path, sha: SHA, behind: 0, note: 'found' }
    },
    save: async (_kind, _sha, d, file) => {
      saved.push(readFileSync(join(d, file), 'utf8'))
      return 'memory'
    }
  }
  return { store, saved }
}

let runs = 0
async function host(
  inputs: Record<string, string>,
  store: BaselineStore,
  event: 'push' | 'pull_request' = 'push'
): Promise<FakeHost> {
  const n = ++runs
  const masked: string[] = []
  const h = await createFakeHost({
    dir: join(dir, `run-${n}`),
    workspace: join(dir, 'ws'),
    inputs: { junit: 'out/attempt-*.xml', ...inputs },
    context: {
      eventName: event,
      sha: SHA,
      ref: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
      repository: { owner: 'acme', repo: 'widgets', id: 1 },
      runId: 100 + n,
      runAttempt: 1,
      apiUrl: gh.url,
      payload: { repository: { default_branch: 'main' } }
    },
    octokit: createOctokit({ token: 'ghs_test', baseUrl: gh.url, minRetryDelayMs: 5, minWriteIntervalMs: 0 }),
    baselines: store,
    now: new Date('2026-03-01T12:00:00Z'),
    ...(event === 'pull_request'
      ? {
          pullRequest: {
            number: 7,
            headSha: SHA,
            baseSha: SHA,
            baseRef: 'main',
            headRepoFullName: 'fork/widgets',
            isFork: true
          }
        }
      : {})
  })
  return Object.assign(h, { mask: (v: string) => void masked.push(v), masked })
}

const notes = (h: FakeHost, level?: string) =>
  h.logs
    .filter(l => l.message.startsWith('notify') && (level === undefined || l.level === level))
    .map(l => l.message)

describe('flaky notify through every channel on a push to the default branch', () => {
  let history: string
  const all = () => ({
    'notify-slack-webhook': `${web.url}/slack`,
    'notify-webhook': `${web.url}/hook`,
    'notify-webhook-secret': 'hook-secret',
    'notify-smtp': smtp.url('bot', 'p@ss:word'),
    'notify-email-to': 'dev@example.com, qa@example.com',
    'notify-email-from': 'ci@example.com',
    'notify-github-issue': 'true'
  })

  it('sends one message per channel listing the events, escaped per channel; one issue per broken test', async () => {
    const { store, saved } = memoryStore(true)
    const h = await host(all(), store)
    const outcome = await runDeclared(flakyGate, h, 'action')
    // The verdict is the tests': the notifications change nothing of it.
    expect(outcome.failure).toBe('flaky gate failed: 2 tests failed and are not quarantined')
    expect(saved).toHaveLength(1)
    history = saved[0] as string
    expect(notes(h, 'warning')).toEqual([])
    expect(notes(h, 'info').sort()).toEqual([
      'notify: notify-github-issue: 2 issue(s) opened, 0 already open',
      'notify: notify-slack-webhook: 3 event(s) posted',
      'notify: notify-smtp: 3 event(s) mailed to 2 recipient(s)',
      'notify: notify-webhook: 3 event(s) posted (signed)'
    ])
    expect((h as unknown as { masked: string[] }).masked).toEqual(
      expect.arrayContaining([`${web.url}/slack`, 'hook-secret', 'p@ss:word'])
    )

    // Slack: {text, blocks}; the hostile id cannot ping, link or format.
    const slack = web.received.filter(r => r.path === '/slack')
    expect(slack).toHaveLength(1)
    expect(slack[0]?.headers['content-type']).toBe('application/json; charset=utf-8')
    const payload = JSON.parse(slack[0]?.body as string) as {
      text: string
      blocks: { type: string; text: { type: string; text: string } }[]
    }
    expect(payload.text).toBe(
      'quality-gates flaky: 2 broken, 1 newly flaky on the default branch of acme/widgets at c0ffee0'
    )
    expect(payload.blocks.map(b => [b.type, b.text.type])).toEqual([
      ['section', 'mrkdwn'],
      ['section', 'mrkdwn']
    ])
    expect(payload.blocks[1]?.text.text.split('\n')).toEqual([
      `• broken (failed every attempt): \`test/cart.test.js › cart › test › &lt;!channel&gt; &amp; @\u2060here *x* 'y'\\nz\`, flake rate 0%, 2 attempts`,
      `• broken (failed every attempt): \`${ID('breaks')}\`, flake rate 0%, 2 attempts`,
      `• newly flaky: \`${ID('flakes')}\`, flake rate 100%, 2 attempts`
    ])

    // Webhook: the documented schema, signed over the exact body.
    const hook = web.received.filter(r => r.path === '/hook')
    expect(hook).toHaveLength(1)
    const body = hook[0]?.body as string
    expect(hook[0]?.headers['x-quality-gates-signature-256']).toBe(
      `sha256=${createHmac('sha256', 'hook-secret').update(body).digest('hex')}`
    )
    expect(hook[0]?.headers['x-quality-gates-event']).toBe('flaky')
    expect(JSON.parse(body)).toEqual({
      gate: 'flaky',
      repository: 'acme/widgets',
      sha: SHA,
      runUrl: `https://github.com/acme/widgets/actions/runs/${100 + runs}`,
      events: [
        { kind: 'broken', id: HOSTILE_ID, flakeRate: 0, attempts: 2 },
        { kind: 'broken', id: ID('breaks'), flakeRate: 0, attempts: 2 },
        { kind: 'flaky', id: ID('flakes'), flakeRate: 1, attempts: 2 }
      ],
      omitted: 0
    })

    // Email: authenticated, the envelope and headers from the settings, untrusted text only in the body.
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]!
    expect([mail.user, mail.from, mail.to]).toEqual([
      'bot',
      'ci@example.com',
      ['dev@example.com', 'qa@example.com']
    ])
    const { headers, body: text } = parseMail(mail.raw)
    expect(headers.get('from')).toBe('ci@example.com')
    expect(headers.get('to')).toBe('dev@example.com, qa@example.com')
    expect(headers.get('subject')).toBe('[quality-gates] flaky: 2 broken, 1 newly flaky in acme/widgets')
    expect(text.split('\n').slice(0, 5)).toEqual([
      'quality-gates flaky: 2 broken, 1 newly flaky on the default branch of acme/widgets at c0ffee0',
      '',
      `- broken (failed every attempt): ${HOSTILE_ID}, flake rate 0%, 2 attempts`,
      `- broken (failed every attempt): ${ID('breaks')}, flake rate 0%, 2 attempts`,
      `- newly flaky: ${ID('flakes')}, flake rate 100%, 2 attempts`
    ])

    // Issues: one per broken test, each carrying its marker; none for the flaky one.
    const issues = [...gh.state.issues.values()]
    expect(issues.map(i => i.title).sort()).toEqual([
      `Broken test: ${HOSTILE_ID}`,
      `Broken test: ${ID('breaks')}`
    ])
    expect(issues.every(i => i.user.login === 'github-actions[bot]')).toBe(true)
    expect(issues.find(i => i.title.endsWith('breaks'))?.body?.startsWith(issueMarker(ID('breaks')))).toBe(
      true
    )
  })

  it('the next run, with nothing new in the history, sends nothing', async () => {
    const before = { web: web.received.length, mail: smtp.received.length, issues: gh.state.issues.size }
    const h = await host(all(), memoryStore(true, history).store)
    await runDeclared(flakyGate, h, 'action')
    expect(notes(h)).toEqual(['notify: no new flaky, broken, quarantine or release event: nothing sent'])
    expect([web.received.length, smtp.received.length, gh.state.issues.size]).toEqual([
      before.web,
      before.mail,
      before.issues
    ])
  })

  it('a run that announces the same broken tests again finds their open issues by marker: no duplicate', async () => {
    const closed = gh.addIssue({
      title: 'old',
      body: `${issueMarker('test/cart.test.js › gone')}\nfixed`,
      state: 'closed'
    })
    const h = await host({ 'notify-github-issue': 'true' }, memoryStore(true).store)
    await runDeclared(flakyGate, h, 'action')
    expect(notes(h)).toEqual(['notify: notify-github-issue: 0 issue(s) opened, 2 already open'])
    expect([...gh.state.issues.values()].filter(i => i.state === 'open')).toHaveLength(2)
    expect(closed.state).toBe('closed')
  })

  it('a pull request (a fork here) never sends, whatever the settings say', async () => {
    const before = { web: web.received.length, mail: smtp.received.length, issues: gh.state.issues.size }
    const h = await host(all(), memoryStore(false).store, 'pull_request')
    await runDeclared(flakyGate, h, 'action')
    expect(notes(h)).toEqual([
      'notify: nothing sent (only a trusted default-branch run that records the history notifies)'
    ])
    expect([web.received.length, smtp.received.length, gh.state.issues.size]).toEqual([
      before.web,
      before.mail,
      before.issues
    ])
  })
})

describe('the CLI notifies from a run given --history (the flags are the same settings)', () => {
  it('posts the events of the first run, nothing from the second', async () => {
    const history = join(dir, 'cli-history.json')
    const argv = ['flaky', 'out/attempt-*.xml', '--history', history, '--notify-webhook', `${web.url}/cli`]
    const run = async () => {
      let err = ''
      const code = await cli(argv, {
        stdout: () => {},
        stderr: t => (err += t),
        cwd: join(dir, 'ws'),
        env: {}
      })
      return { code, err }
    }
    const first = await run()
    expect(first.code).toBe(1)
    const posts = web.received.filter(r => r.path === '/cli')
    expect(posts).toHaveLength(1)
    expect(JSON.parse(posts[0]?.body as string)).toMatchObject({
      gate: 'flaky',
      repository: null,
      runUrl: null,
      events: [{ kind: 'broken' }, { kind: 'broken' }, { kind: 'flaky', id: ID('flakes') }]
    })
    expect((await run()).code).toBe(1)
    expect(web.received.filter(r => r.path === '/cli')).toHaveLength(1)
  })
})

describe('a receiver that hangs, fails, redirects, floods or refuses: a warning naming the channel, never a failed gate', () => {
  it('each failure is a bounded warning and the verdict is the tests', async () => {
    const h = await host(
      {
        'notify-slack-webhook': `${web.url}/fail`,
        'notify-webhook': `${web.url}/hang`,
        'notify-smtp': smtp.url('bot', 'wrong'),
        'notify-email-to': 'dev@example.com',
        'notify-email-from': 'ci@example.com',
        'notify-timeout': '1'
      },
      memoryStore(true).store
    )
    const outcome = await runDeclared(flakyGate, h, 'action')
    expect(outcome.failure).toBe('flaky gate failed: 2 tests failed and are not quarantined')
    expect(notes(h, 'warning').sort()).toEqual([
      'notify: notify-slack-webhook: not sent: HTTP 500: invalid_payload',
      'notify: notify-smtp: not sent: EAUTH: 535 Invalid username or password',
      'notify: notify-webhook: not sent: no answer within 1 s'
    ])
  })

  it('a redirect is not followed; a 10 MB answer is read no further than the cap', async () => {
    const before = web.received.filter(r => r.path === '/ok').length
    const h = await host(
      { 'notify-slack-webhook': `${web.url}/redirect`, 'notify-webhook': `${web.url}/huge` },
      memoryStore(true).store
    )
    await runDeclared(flakyGate, h, 'action')
    expect(notes(h, 'warning')).toEqual([
      'notify: notify-slack-webhook: not sent: HTTP 302: redirects are not followed'
    ])
    expect(notes(h, 'info')).toEqual(['notify: notify-webhook: 3 event(s) posted'])
    expect(web.received.filter(r => r.path === '/ok').length).toBe(before)
    const huge = await postJson(new URL(`${web.url}/huge`), '{}', { timeoutMs: 10_000 })
    expect([huge.status, huge.body.length]).toEqual([200, RESPONSE_CAP])
  })

  it('an SMTP server that accepts the connection and never greets is given up at the deadline', async () => {
    const sockets = new Set<Socket>()
    const silent = createServer(socket => void sockets.add(socket))
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = silent.address() as AddressInfo
      const h = await host(
        {
          'notify-smtp': `smtp://127.0.0.1:${port}`,
          'notify-email-to': 'dev@example.com',
          'notify-email-from': 'ci@example.com',
          'notify-timeout': '1'
        },
        memoryStore(true).store
      )
      const outcome = await runDeclared(flakyGate, h, 'action')
      expect(outcome.failure).toBe('flaky gate failed: 2 tests failed and are not quarantined')
      expect(notes(h, 'warning')).toEqual([
        expect.stringMatching(
          // nodemailer's greeting timeout and the channel's deadline are both 1 s: either may say it first.
          /^notify: notify-smtp: not sent: (ETIMEDOUT: Greeting never received|no answer within 1 s)$/
        )
      ])
      expect(sockets.size).toBe(1)
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise<void>(resolve => silent.close(() => resolve()))
    }
  })

  it('an issue API failure is a warning too', async () => {
    gh.inject({ method: 'GET', path: /\/issues$/, kind: 'forbidden', times: 1 })
    const h = await host({ 'notify-github-issue': 'true' }, memoryStore(true).store)
    await runDeclared(flakyGate, h, 'action')
    expect(notes(h, 'warning')).toEqual([
      expect.stringMatching(
        /^notify: notify-github-issue: not sent: .*Resource not accessible by integration/
      )
    ])
  })
})

describe('bad notify settings are one line before anything runs', () => {
  it.each([
    [
      { 'notify-webhook': 'http://hooks.example.com/T/secret-path' },
      'Input "notify-webhook" must be an https:// URL (http:// only to 127.0.0.1 or localhost), not http://'
    ],
    [{ 'notify-smtp': 'smtps://u:p@mail.example.com' }, 'Input "notify-smtp" needs Input "notify-email-to"']
  ])('%j', async (inputs, message) => {
    const before = web.received.length
    const h = await host(inputs, memoryStore(true).store)
    const error = await runDeclared(flakyGate, h, 'action').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(message)
    expect(web.received.length).toBe(before)
  })
})
