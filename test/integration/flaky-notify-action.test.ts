// The bundled flaky-quarantine action, started as the runner starts it, on a push to the default branch with a
// signed JSON webhook on 127.0.0.1: the POST arrives once with the run's events and a valid signature, and the
// webhook URL and secret are masked (::add-mask::) before anything else is logged.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  parseMail,
  startHttpReceiver,
  startSmtpReceiver,
  type HttpReceiver,
  type SmtpReceiver
} from '../support/flaky-notify-receivers.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { examplePayload, runBundle } from '../support/runner.js'

const SHA = 'feed'.padEnd(40, '0')
const REPORT = `<testsuites><testsuite name="cart" file="test/cart.test.js">
  <testcase classname="test" name="totals"/>
  <testcase classname="test" name="checkout"><failure message="expected 2, got 3"/></testcase>
</testsuite></testsuites>`

let tmp: string
let web: HttpReceiver
let smtp: SmtpReceiver
let emulator: GitHubEmulator

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-flaky-notify-action-'))
  await mkdir(join(tmp, 'repo'), { recursive: true })
  await writeFile(join(tmp, 'repo', 'junit.xml'), REPORT)
  web = await startHttpReceiver()
  smtp = await startSmtpReceiver('ci', 'pw')
  emulator = await GitHubEmulator.start()
})
afterAll(async () => {
  await web?.close()
  await smtp?.close()
  await emulator?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('flaky-quarantine bundle notifies on a push to the default branch', () => {
  it('posts the signed events once, mails them, and masks the webhook URL and secret', async () => {
    const payload = await examplePayload('push')
    const hook = `${web.url}/hook?token=t0ken`
    const r = await runBundle({
      action: 'flaky-quarantine',
      eventName: 'push',
      event: {
        ...payload,
        ref: 'refs/heads/main',
        after: SHA,
        repository: { ...(payload.repository as object), full_name: 'acme/widgets', default_branch: 'main' }
      },
      sha: SHA,
      ref: 'refs/heads/main',
      runId: 77,
      workspace: join(tmp, 'repo'),
      apiUrl: emulator.url,
      inputs: {
        'github-token': 'ghs_test',
        junit: 'junit.xml',
        'notify-webhook': hook,
        'notify-webhook-secret': 'sh-secret',
        'notify-smtp': smtp.url('ci', 'pw'),
        'notify-email-to': 'dev@example.com',
        'notify-email-from': 'ci@example.com'
      },
      timeoutMs: 60_000
    })
    expect(r.errors).toEqual(['flaky gate failed: 1 test failed and is not quarantined'])
    expect(r.exitCode).toBe(1)
    const masks = r.commands.filter(c => c.command === 'add-mask').map(c => c.message)
    expect(masks).toEqual(expect.arrayContaining([hook, 'sh-secret']))
    // Masked before the first line that could show them, and never printed otherwise.
    const firstMask = r.stdout.indexOf('::add-mask::')
    expect(
      r.stdout
        .slice(0, firstMask)
        .split('\n')
        .filter(l => l.startsWith('::') || l.trim())
    ).toEqual([])
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toMatch(/sh-secret|t0ken/)
    expect(r.stdout).toContain('notify: notify-webhook: 1 event(s) posted (signed)')
    // nodemailer is a chunk of its own in the bundle, loaded only when email is configured.
    expect(r.stdout).toContain('notify: notify-smtp: 1 event(s) mailed to 1 recipient(s)')
    expect(smtp.received).toHaveLength(1)
    expect(parseMail(smtp.received[0]!.raw).headers.get('subject')).toBe(
      '[quality-gates] flaky: 1 broken in acme/widgets'
    )

    const posts = web.received.filter(p => p.path === '/hook?token=t0ken')
    expect(posts).toHaveLength(1)
    const body = posts[0]?.body as string
    expect(posts[0]?.headers['x-quality-gates-signature-256']).toBe(
      `sha256=${createHmac('sha256', 'sh-secret').update(body).digest('hex')}`
    )
    expect(JSON.parse(body)).toEqual({
      gate: 'flaky',
      repository: 'acme/widgets',
      sha: SHA,
      runUrl: 'https://github.com/acme/widgets/actions/runs/77',
      events: [
        { kind: 'broken', id: 'test/cart.test.js › cart › test › checkout', flakeRate: 0, attempts: 1 }
      ],
      omitted: 0
    })
  }, 90_000)
})
