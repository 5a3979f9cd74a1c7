// flaky notify, pure parts: the notify settings (URLs, companions, masking), the run's events as state changes of the
// history, and each channel's message bounded and escaped for untrusted test ids.
import { describe, expect, it } from '@jest/globals'
import { createHmac } from 'node:crypto'
import type { CaseVerdict, RunVerdict } from '../../src/flaky/evaluate.js'
import { appendRun, emptyHistory, recordRun, type Code, type History } from '../../src/flaky/history.js'
import type { CaseOutcome, JunitCase } from '../../src/flaky/model.js'
import {
  checkUrl,
  issueBody,
  issueMarker,
  mailText,
  MAX_WEBHOOK_EVENTS,
  plainLine,
  signature,
  slackPayload,
  webhookPayload,
  WEBHOOK_ID_CHARS,
  type NotifyEvent
} from '../../src/flaky/notify-channels.js'
import { notifyEvents, readNotify, type NotifyRun } from '../../src/flaky/notify.js'
import { propose, testStats, type PolicyOptions } from '../../src/flaky/policy.js'
import { EMPTY_QUARANTINE, type Quarantine } from '../../src/flaky/quarantine.js'
import { UserError } from '../../src/shared/errors.js'
import type { Host } from '../../src/shared/host.js'

const label = (name: string) => `--${name}`
const get = Object.assign((_: string) => undefined, { label })

function maskingHost(): { host: Host; masked: string[] } {
  const masked: string[] = []
  return { host: { mask: (v: string) => void masked.push(v) } as unknown as Host, masked }
}

describe('notify settings', () => {
  it('accepts https receivers and loopback http, masks every secret (the SMTP password decoded too)', () => {
    const { host, masked } = maskingHost()
    const c = readNotify(
      {
        'notify-slack-webhook': 'https://hooks.slack.com/services/T0/B0/xyz',
        'notify-webhook': 'http://127.0.0.1:8080/hook',
        'notify-webhook-secret': 's3cret',
        'notify-smtp': 'smtps://bot:p%40ss@mail.example.com',
        'notify-email-to': ['dev@example.com', 'qa@example.com'],
        'notify-email-from': 'ci@example.com',
        'notify-timeout': 3
      },
      host,
      get
    )
    expect(c.slack?.hostname).toBe('hooks.slack.com')
    expect(c.webhook).toMatchObject({ secret: 's3cret' })
    expect(c.mail).toMatchObject({ to: ['dev@example.com', 'qa@example.com'], from: 'ci@example.com' })
    expect(c.timeoutMs).toBe(3000)
    expect(masked).toEqual(
      expect.arrayContaining([
        'https://hooks.slack.com/services/T0/B0/xyz',
        'http://127.0.0.1:8080/hook',
        's3cret',
        'smtps://bot:p%40ss@mail.example.com',
        'p@ss'
      ])
    )
  })

  it.each([
    [
      { 'notify-webhook': 'http://hooks.example.com/x?token=abc' },
      /^--notify-webhook must be an https:\/\/ URL/
    ],
    [{ 'notify-slack-webhook': 'ftp://127.0.0.1/x' }, /^--notify-slack-webhook must be an https:\/\/ URL/],
    [{ 'notify-webhook': 'not a url token=abc' }, /^--notify-webhook is not a valid URL$/],
    [{ 'notify-smtp': 'https://mail.example.com' }, /^--notify-smtp must be an smtps:\/\/ or smtp:\/\/ URL/],
    [{ 'notify-webhook-secret': 'abc' }, /^--notify-webhook-secret is set without --notify-webhook$/],
    [{ 'notify-smtp': 'smtps://mail.example.com', 'notify-email-from': 'a@b.c' }, /needs --notify-email-to$/],
    [
      { 'notify-smtp': 'smtps://mail.example.com', 'notify-email-to': ['a@b.c'] },
      /needs --notify-email-from$/
    ],
    [{ 'notify-email-to': ['a@b.c'] }, /^--notify-email-to is set without --notify-smtp$/],
    [
      {
        'notify-smtp': 'smtps://h',
        'notify-email-to': ['x\r\nBcc: evil@example.com'],
        'notify-email-from': 'a@b.c'
      },
      /^--notify-email-to: ".*" is not an email address/
    ]
  ])('refuses %j with one line that never shows the secret value', (values, message) => {
    const { host } = maskingHost()
    let error: unknown
    try {
      readNotify(values, host, get)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UserError)
    const text = (error as Error).message
    expect(text).toMatch(message)
    expect(text).not.toMatch(/\n/)
    expect(text).not.toContain('abc')
  })

  it('loopback hosts are the only plain-http exception', () => {
    expect(checkUrl('http://localhost:9/x', 'L', 'http').port).toBe('9')
    expect(checkUrl('http://[::1]:9/x', 'L', 'http').hostname).toBe('[::1]')
    expect(() => checkUrl('http://127.0.0.2/x', 'L', 'http')).toThrow(UserError)
    expect(() => checkUrl('http://localhost.example.com/x', 'L', 'http')).toThrow(UserError)
  })
})

// --- events

const SHA = (n: number) => n.toString(16).padStart(40, 'a')
const POLICY: PolicyOptions = { flakes: 2, cleanRuns: 2, cleanDays: 0 }
const NOW = new Date('2026-03-10T00:00:00Z')

function verdictOf(outcomes: Record<string, CaseOutcome>): RunVerdict {
  const cases: CaseVerdict[] = Object.entries(outcomes).map(([id, outcome]) => ({
    id,
    outcome: outcome === 'error' ? 'failed' : outcome,
    attempts: outcome === 'failed' || outcome === 'flaky' ? 3 : 1,
    case: { id, outcome } as JunitCase
  }))
  return {
    status: 'pass',
    cases,
    tests: { total: cases.length, passed: 0, failed: 0, skipped: 0, flaky: 0, quarantined: 0 },
    reasons: []
  } as unknown as RunVerdict
}

const CODE: Record<CaseOutcome, Exclude<Code, '-'>> = {
  passed: 'p',
  failed: 'f',
  error: 'f',
  flaky: 'k',
  skipped: 's'
}

/** Runs recorded one after the other (a day apart), as the gate records them; returns the history after each. */
function historyOf(runs: { sha: number; outcomes: Record<string, CaseOutcome> }[]): History {
  let h = emptyHistory()
  runs.forEach((r, i) => {
    const rec = recordRun(
      h,
      { sha: SHA(r.sha), date: new Date(NOW.getTime() - (runs.length - i) * 86_400_000).toISOString() },
      Object.entries(r.outcomes).map(([id, o]) => [id, CODE[o]] as [string, Exclude<Code, '-'>])
    )
    h = appendRun(h, rec, 30, NOW)
  })
  return h
}

function runOf(
  runs: { sha: number; outcomes: Record<string, CaseOutcome> }[],
  quarantine: Quarantine = EMPTY_QUARANTINE,
  learned = true
): NotifyRun {
  const history = historyOf(runs)
  return {
    verdict: verdictOf((runs.at(-1) as { outcomes: Record<string, CaseOutcome> }).outcomes),
    history,
    learned,
    quarantine,
    proposals: propose(history, quarantine, POLICY, NOW),
    policy: POLICY,
    now: NOW,
    pullRequest: false,
    sha: SHA(runs.length)
  }
}

const kinds = (events: NotifyEvent[]) => events.map(e => `${e.kind} ${e.id}`)

describe('notify events: state changes between the history before and after the run', () => {
  it('a test failing for the first time is broken; failing again the next run announces nothing more', () => {
    const first = runOf([
      { sha: 1, outcomes: { a: 'passed', b: 'passed' } },
      { sha: 2, outcomes: { a: 'failed', b: 'passed' } }
    ])
    expect(notifyEvents(first)).toEqual([{ kind: 'broken', id: 'a', flakeRate: 0, attempts: 3 }])
    const again = runOf([
      { sha: 1, outcomes: { a: 'passed', b: 'passed' } },
      { sha: 2, outcomes: { a: 'failed', b: 'passed' } },
      { sha: 3, outcomes: { a: 'failed', b: 'passed' } }
    ])
    expect(notifyEvents(again)).toEqual([])
  })

  it('a test that flakes for the first time in the window is newly flaky, once', () => {
    const first = runOf([
      { sha: 1, outcomes: { a: 'passed' } },
      { sha: 2, outcomes: { a: 'flaky' } }
    ])
    expect(notifyEvents(first)).toEqual([{ kind: 'flaky', id: 'a', flakeRate: 0.5, attempts: 3 }])
    const second = runOf([
      { sha: 1, outcomes: { a: 'passed' } },
      { sha: 2, outcomes: { a: 'flaky' } },
      { sha: 3, outcomes: { a: 'passed' } }
    ])
    expect(notifyEvents(second)).toEqual([])
  })

  it('a failure on a commit where the test passed before is a flake, not a broken test', () => {
    const run = runOf([
      { sha: 1, outcomes: { a: 'passed' } },
      { sha: 1, outcomes: { a: 'failed' } }
    ])
    expect(kinds(notifyEvents(run))).toEqual(['flaky a'])
  })

  it('a proposal for quarantine is announced the run it appears, not on the runs after', () => {
    const runs = [
      { sha: 1, outcomes: { a: 'flaky' as const } },
      { sha: 2, outcomes: { a: 'passed' as const } },
      { sha: 3, outcomes: { a: 'flaky' as const } }
    ]
    expect(kinds(notifyEvents(runOf(runs)))).toEqual(['quarantine a'])
    expect(notifyEvents(runOf([...runs, { sha: 4, outcomes: { a: 'flaky' } }]))).toEqual([])
  })

  it('a quarantined test is announced only for its release; failing or flaking is what the quarantine is for', () => {
    const q: Quarantine = {
      source: 'q.yml',
      active: new Map([['a', { id: 'a', reason: 'r' }]]),
      expired: []
    } as unknown as Quarantine
    expect(notifyEvents(runOf([{ sha: 1, outcomes: { a: 'failed' } }], q))).toEqual([])
    const released = runOf(
      [
        { sha: 1, outcomes: { a: 'flaky' } },
        { sha: 2, outcomes: { a: 'passed' } },
        { sha: 3, outcomes: { a: 'passed' } }
      ],
      q
    )
    expect(kinds(notifyEvents(released))).toEqual(['release a'])
  })

  it('a run that is not learned from (a PR, an infrastructure failure) has no events', () => {
    expect(notifyEvents(runOf([{ sha: 1, outcomes: { a: 'failed' } }], EMPTY_QUARANTINE, false))).toEqual([])
  })

  it('newly flaky from the projection (tests this run can change) equals the reference over every test', () => {
    let seed = 7
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const outcomes: CaseOutcome[] = ['passed', 'passed', 'failed', 'flaky', 'skipped']
    let announced = 0
    for (let trial = 0; trial < 300; trial++) {
      const runs = Array.from({ length: 1 + rand(10) }, () => ({
        sha: 1 + rand(3),
        outcomes: Object.fromEntries(
          ['a', 'b', 'c', 'd', 'e']
            .filter(() => rand(5) > 0)
            .map(id => [id, outcomes[rand(5)] as CaseOutcome])
        )
      }))
      const run = runOf(runs)
      const before = { ...run.history, runs: run.history.runs.slice(0, -1) }
      const earlier = new Map(testStats(before).map(t => [t.id, t.flakes]))
      const reference = testStats(run.history)
        .filter(t => !t.broken && t.flakes > 0 && (earlier.get(t.id) ?? 0) === 0)
        .map(t => `flaky ${t.id}`)
        .sort()
      expect(kinds(notifyEvents(run)).filter(k => k.startsWith('flaky'))).toEqual(reference)
      announced += reference.length
    }
    // The comparison is not vacuous: many trials announce someone.
    expect(announced).toBeGreaterThan(50)
  })

  it('events come broken first, then flaky, quarantine, release, each by id', () => {
    const run = runOf([{ sha: 1, outcomes: { z: 'failed', y: 'flaky', b: 'failed', a: 'flaky' } }])
    expect(kinds(notifyEvents(run))).toEqual(['broken b', 'broken z', 'flaky a', 'flaky y'])
  })
})

// --- messages

const HOSTILE = '<!channel> & <https://evil.example|click> @here *bold* `code` @everyone\nline2'
const RUN = {
  repository: 'acme/widgets',
  sha: SHA(7),
  runUrl: 'https://github.com/acme/widgets/actions/runs/9'
}

describe('notify messages: bounded and escaped per channel', () => {
  it('Slack: ids in code spans with & < > escaped, no mention or link survives, run linked', () => {
    const p = slackPayload([{ kind: 'broken', id: HOSTILE, attempts: 3 }], RUN) as {
      text: string
      blocks: { type: string; text: { type: string; text: string } }[]
    }
    expect(p.text).toBe(
      `quality-gates flaky: 1 broken on the default branch of acme/widgets at ${SHA(7).slice(0, 7)}`
    )
    expect(p.blocks).toHaveLength(2)
    expect(p.blocks[0]?.text.text).toContain('(<https://github.com/acme/widgets/actions/runs/9|run>)')
    const line = p.blocks[1]?.text.text as string
    expect(line).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;')
    expect(line).not.toMatch(/<|>/)
    expect(line).not.toMatch(/@(here|everyone|channel)/)
    expect(line).not.toContain('\n')
    // One code span: the id's own backticks cannot end it early.
    expect(line.match(/`/g)).toHaveLength(2)
  })

  it('Slack: 65 kB ids and 500 events stay within a section block and end with "and N more"', () => {
    const events: NotifyEvent[] = Array.from({ length: 500 }, (_, i) => ({
      kind: 'flaky',
      id: `${i} ${'x&'.repeat(32_500)}`,
      flakeRate: 0.25
    }))
    const p = slackPayload(events, RUN) as { blocks: { text: { text: string } }[] }
    const text = p.blocks[1]?.text.text as string
    expect(text.length).toBeLessThan(3000)
    const listed = text.split('\n').length - 1
    expect(text.split('\n').at(-1)).toBe(`and ${500 - listed} more`)
    expect(listed).toBeGreaterThan(0)
  })

  it('webhook: the documented schema, ids cut at 1,000 characters, events bounded with the rest counted', () => {
    const events: NotifyEvent[] = Array.from({ length: 150 }, (_, i) => ({
      kind: 'broken',
      id: i === 0 ? 'é'.repeat(65_000) : `t${i}`,
      attempts: 2
    }))
    const p = webhookPayload(events, RUN) as { events: { id: string }[]; omitted: number }
    expect(Object.keys(p)).toEqual(['gate', 'repository', 'sha', 'runUrl', 'events', 'omitted'])
    expect(p).toMatchObject({ gate: 'flaky', repository: 'acme/widgets', sha: SHA(7), runUrl: RUN.runUrl })
    expect(p.events).toHaveLength(MAX_WEBHOOK_EVENTS)
    expect(p.omitted).toBe(50)
    expect([...(p.events[0]?.id as string)]).toHaveLength(WEBHOOK_ID_CHARS)
    expect(p.events[1]).toEqual({ kind: 'broken', id: 't1', attempts: 2 })
  })

  it('webhook signature: HMAC-SHA256 of the exact body, hex, sha256= prefix', () => {
    const body = JSON.stringify(webhookPayload([{ kind: 'flaky', id: 'a' }], RUN))
    expect(signature('k', body)).toBe(`sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`)
  })

  it('email: plain lines, control characters flattened, long ids cut, bounded list', () => {
    const events: NotifyEvent[] = Array.from({ length: 25 }, (_, i) => ({
      kind: 'broken',
      id: i === 0 ? `a\r\nBcc: x@example.com\u0000${'y'.repeat(65_000)}` : `t${i}`
    }))
    const text = mailText(events, RUN)
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^quality-gates flaky: 25 broken on the default branch of acme\/widgets/)
    expect(lines.find(l => l.startsWith('- broken (failed every attempt): a  Bcc'))?.length).toBeLessThan(260)
    expect(lines.some(l => l.startsWith('Bcc'))).toBe(false)
    expect(lines).toContain('and 5 more')
    expect(text).toContain(`Run: ${RUN.runUrl}`)
  })

  it('issue: a marker that is a hash of the id (the same id, the same marker), the id as a bounded code span', () => {
    expect(issueMarker('a')).toBe(issueMarker('a'))
    expect(issueMarker('a')).not.toBe(issueMarker('b'))
    expect(issueMarker('x'.repeat(65_000))).toMatch(
      /^<!-- quality-gates\/flaky broken-test [0-9a-f]{32} -->$/
    )
    const body = issueBody({ kind: 'broken', id: `@octocat ${'z'.repeat(65_000)}`, attempts: 3 }, RUN)
    expect(body.length).toBeLessThan(3000)
    expect(body.startsWith(issueMarker(`@octocat ${'z'.repeat(65_000)}`))).toBe(true)
    expect(body).toContain('Test: `@octocat zzz')
  })

  it('plainLine is bounded on a 1 MB input and never splits a surrogate pair', () => {
    const out = plainLine('😀'.repeat(500_000), 10)
    expect([...out]).toHaveLength(10)
    expect(out.endsWith('…')).toBe(true)
    expect(out.startsWith('😀'.repeat(9))).toBe(true)
  })
})
