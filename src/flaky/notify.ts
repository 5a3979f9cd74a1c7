/**
 * Notifications of flaky-quarantine: tell people when a test turns flaky or broken on the default branch, or is
 * proposed for quarantine or release. One message per run and channel listing the run's events (bounded, "and N
 * more"); nothing when there is no event.
 *
 * Events are state changes, found by comparing the history before and after this run, so a test is announced
 * once, not on every run it keeps flaking or failing:
 * - broken: failed every attempt in this run, and its previous recorded run did not fail it (a new test counts);
 * - flaky: flaked in the window now and had no flake in it before this run;
 * - quarantine / release: proposed now and not by the history before this run.
 * A quarantined test is announced only for release (its flakes and failures are what the quarantine is for).
 *
 * Who sends: only a run whose history is recorded (a trusted push, schedule or manual run of the default branch;
 * on the CLI a run given --history) that is not about a pull request. A pull request, and above all a fork's, never
 * sends anything, whatever the settings say. A failed send is a warning naming the channel, never a failed gate.
 */
import { isTrustedDefaultBranchRun } from '../shared/baseline-store.js'
import { describeError, oneLine, UserError } from '../shared/errors.js'
import type { Host } from '../shared/host.js'
import { labelOf, type InputGetter } from '../shared/inputs.js'
import { runUrl } from '../shared/run-context.js'
import type { Setting } from '../shared/settings.js'
import type { RunVerdict } from './evaluate.js'
import { codeAt, type History } from './history.js'
import {
  checkUrl,
  sendIssues,
  sendMail,
  sendSlack,
  sendWebhook,
  type MailOptions,
  type NotifyEvent,
  type NotifyKind,
  type RunInfo
} from './notify-channels.js'
import { propose, testStats, type PolicyOptions, type Proposals } from './policy.js'
import type { Quarantine } from './quarantine.js'

export type { NotifyEvent } from './notify-channels.js'

const GROUP = 'Notify (trusted default-branch runs only)'
const MAX_RECIPIENTS = 20
const EMAIL = /^[^\s<>@,;:"()[\]\\]{1,64}@[A-Za-z0-9.-]{1,253}$/

export const NOTIFY_SETTINGS = [
  {
    name: 'notify-slack-webhook',
    kind: 'string',
    maxLength: 2000,
    placeholder: '<url>',
    description:
      'Slack incoming webhook URL (https; a secret: pass it from a repository secret). One message per run listing the events.',
    group: GROUP
  },
  {
    name: 'notify-webhook',
    kind: 'string',
    maxLength: 2000,
    placeholder: '<url>',
    description:
      'URL that receives a JSON POST per run with events (https; http only to 127.0.0.1/localhost). Schema in the README.',
    group: GROUP
  },
  {
    name: 'notify-webhook-secret',
    kind: 'string',
    maxLength: 1000,
    placeholder: '<secret>',
    description:
      'Shared secret: the webhook POST carries X-Quality-Gates-Signature-256: sha256=<hex HMAC-SHA256 of the body>.',
    group: GROUP
  },
  {
    name: 'notify-smtp',
    kind: 'string',
    maxLength: 2000,
    placeholder: '<url>',
    description:
      'SMTP server for email, with credentials: smtps://user:password@host:465, or smtp://… (STARTTLS required except to 127.0.0.1/localhost).',
    group: GROUP
  },
  {
    name: 'notify-email-to',
    kind: 'list',
    max: MAX_RECIPIENTS,
    placeholder: '<address>',
    description: 'Email recipients (with notify-smtp), one per line or comma-separated.',
    group: GROUP
  },
  {
    name: 'notify-email-from',
    kind: 'string',
    maxLength: 254,
    placeholder: '<address>',
    description: 'The From address of the email (with notify-smtp).',
    group: GROUP
  },
  {
    name: 'notify-github-issue',
    kind: 'boolean',
    default: false,
    only: 'action',
    description:
      'Open one issue per broken test (needs issues: write); a hidden marker finds it again, so reruns open no duplicate.',
    group: GROUP
  },
  {
    name: 'notify-timeout',
    kind: 'integer',
    min: 1,
    max: 120,
    default: 10,
    placeholder: '<seconds>',
    description: 'Seconds each channel may take to deliver before it is given up with a warning.',
    group: GROUP
  }
] as const satisfies readonly Setting[]

/** The notify settings as read (the CLI has no notify-github-issue). */
export interface NotifySettingValues {
  'notify-slack-webhook'?: string | undefined
  'notify-webhook'?: string | undefined
  'notify-webhook-secret'?: string | undefined
  'notify-smtp'?: string | undefined
  'notify-email-to'?: string[]
  'notify-email-from'?: string | undefined
  'notify-github-issue'?: boolean
  'notify-timeout'?: number
}

/** The validated channels of a run. */
export interface NotifyConfig {
  slack?: URL
  webhook?: { url: URL; secret?: string }
  mail?: MailOptions
  githubIssue: boolean
  timeoutMs: number
}

/** What the run tells the notifier. */
export interface NotifyRun {
  verdict: RunVerdict
  /** The history after this run (this run is its newest record when `learned`). */
  history: History
  learned: boolean
  quarantine: Quarantine
  proposals: Proposals
  policy: PolicyOptions
  now: Date
  /** The pull request the run is about, if any: such a run never sends. */
  pullRequest: boolean
  sha: string
}

/**
 * Validate the notify settings (a bad URL or a missing companion setting is a one-line UserError before anything
 * runs) and mask the secrets in the log. Every run validates, so a pull request shows a broken configuration too.
 */
export function readNotify(s: NotifySettingValues, host: Host, get: InputGetter): NotifyConfig {
  const label = (name: string) => labelOf(get, name)
  const mask = (v: string | undefined) => {
    if (v) host.mask?.(v)
  }
  const slackRaw = s['notify-slack-webhook']
  const webhookRaw = s['notify-webhook']
  const secret = s['notify-webhook-secret']
  const smtpRaw = s['notify-smtp']
  for (const v of [slackRaw, webhookRaw, secret, smtpRaw]) mask(v)
  const config: NotifyConfig = {
    githubIssue: s['notify-github-issue'] === true,
    timeoutMs: (s['notify-timeout'] ?? 10) * 1000
  }
  if (slackRaw) config.slack = checkUrl(slackRaw, label('notify-slack-webhook'), 'http')
  if (webhookRaw) {
    const url = checkUrl(webhookRaw, label('notify-webhook'), 'http')
    config.webhook = { url, ...(secret ? { secret } : {}) }
  } else if (secret) {
    throw new UserError(`${label('notify-webhook-secret')} is set without ${label('notify-webhook')}`)
  }
  const to = s['notify-email-to'] ?? []
  const from = s['notify-email-from']
  if (smtpRaw) {
    const url = checkUrl(smtpRaw, label('notify-smtp'), 'smtp')
    if (url.password) mask(decodeURIComponent(url.password))
    if (to.length === 0) throw new UserError(`${label('notify-smtp')} needs ${label('notify-email-to')}`)
    if (!from) throw new UserError(`${label('notify-smtp')} needs ${label('notify-email-from')}`)
    for (const [name, list] of [
      ['notify-email-to', to],
      ['notify-email-from', [from]]
    ] as const) {
      const bad = list.find(a => !EMAIL.test(a))
      if (bad !== undefined)
        throw new UserError(
          `${label(name)}: ${JSON.stringify(bad.slice(0, 80))} is not an email address (name@host)`
        )
    }
    config.mail = { url, to, from }
  } else if (to.length > 0 || from) {
    throw new UserError(
      `${label(to.length > 0 ? 'notify-email-to' : 'notify-email-from')} is set without ${label('notify-smtp')}`
    )
  }
  return config
}

/** Whether any channel is configured. */
export function hasChannels(c: NotifyConfig): boolean {
  return c.slack !== undefined || c.webhook !== undefined || c.mail !== undefined || c.githubIssue
}

/** The history of the tests at `indexes` only (same runs, each run's codes for those tests). */
function project(history: History, indexes: readonly number[]): History {
  const ids = indexes.map(i => history.ids[i] as string)
  return {
    ids,
    index: new Map(ids.map((id, n) => [id, n])),
    runs: history.runs.map(r => {
      let o = ''
      for (const i of indexes) o += codeAt(r, i)
      return { ...r, o }
    })
  }
}

const ORDER: Record<NotifyKind, number> = { broken: 0, flaky: 1, quarantine: 2, release: 3 }

/** The run's events: state changes between the history before this run and after it. Pure. */
export function notifyEvents(run: NotifyRun): NotifyEvent[] {
  if (!run.learned || run.history.runs.length === 0) return []
  const { history, quarantine } = run
  const before: History = { ...history, runs: history.runs.slice(0, -1) }
  const thisRun = history.runs[history.runs.length - 1]
  if (thisRun === undefined) return []
  // Stats before and after, for the only tests whose flakes this run can change: those it failed or flaked, and
  // those it passed on a commit where an earlier run failed them. The policy's own testStats over that projection.
  const sameCommit = before.runs.filter(r => r.sha === thisRun.sha && r.sha !== 'local')
  const touched: number[] = []
  for (let i = 0; i < history.ids.length; i++) {
    const code = codeAt(thisRun, i)
    if (code === 'f' || code === 'k' || (code === 'p' && sameCommit.some(r => codeAt(r, i) === 'f')))
      touched.push(i)
  }
  const after = new Map(testStats(project(history, touched)).map(s => [s.id, s]))
  const earlier = new Map(testStats(project(before, touched)).map(s => [s.id, s]))
  const events: NotifyEvent[] = []
  const cases = new Map(run.verdict.cases.map(c => [c.id, c]))

  for (const c of run.verdict.cases) {
    if (quarantine.active.has(c.id)) continue
    const o = c.case.outcome
    if (o !== 'failed' && o !== 'error') continue
    const i = history.index.get(c.id)
    if (i === undefined) continue
    // The previous run that ran it: a failure there was announced then. A pass on this very commit makes this
    // failure a flake (it did not reproduce), announced as such below.
    let previous: string | undefined
    let passedHere = false
    for (let r = before.runs.length - 1; r >= 0; r--) {
      const rec = before.runs[r] as (typeof before.runs)[number]
      const code = codeAt(rec, i)
      if (rec.sha === thisRun.sha && thisRun.sha !== 'local' && (code === 'p' || code === 'k'))
        passedHere = true
      if (previous === undefined && code !== '-' && code !== 's') previous = code
    }
    if (passedHere || previous === 'f') continue
    const s = after.get(c.id)
    events.push({
      kind: 'broken',
      id: c.id,
      ...(s ? { flakeRate: s.flakeRate } : {}),
      attempts: c.attempts
    })
  }

  for (const s of after.values()) {
    if (quarantine.active.has(s.id) || s.broken || s.flakes === 0) continue
    if ((earlier.get(s.id)?.flakes ?? 0) > 0) continue
    const c = cases.get(s.id)
    events.push({ kind: 'flaky', id: s.id, flakeRate: s.flakeRate, ...(c ? { attempts: c.attempts } : {}) })
  }

  const proposedBefore = propose(before, quarantine, run.policy, run.now)
  const was = {
    quarantine: new Set(proposedBefore.quarantine.map(p => p.id)),
    release: new Set(proposedBefore.release.map(p => p.id))
  }
  for (const kind of ['quarantine', 'release'] as const) {
    for (const p of run.proposals[kind]) {
      if (was[kind].has(p.id)) continue
      const c = cases.get(p.id)
      events.push({ kind, id: p.id, flakeRate: p.flakeRate, ...(c ? { attempts: c.attempts } : {}) })
    }
  }
  return events.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Send the run's events through every configured channel, concurrently, each within its deadline. Never throws:
 * a channel that fails is a warning naming it; the gate's verdict does not depend on any of this.
 */
export async function notify(config: NotifyConfig, host: Host, run: NotifyRun): Promise<void> {
  if (!hasChannels(config)) return
  const ctx = host.context
  const trusted =
    !run.pullRequest &&
    run.learned &&
    ctx.manualPullRequest === undefined &&
    ctx.eventName !== 'merge_group' &&
    (ctx.repository === undefined || isTrustedDefaultBranchRun(ctx))
  if (!trusted) {
    host.logger.log(
      'info',
      'notify: nothing sent (only a trusted default-branch run that records the history notifies)'
    )
    return
  }
  let events: NotifyEvent[]
  try {
    events = notifyEvents(run)
  } catch (error) {
    host.logger.log('warning', `notify: events not computed: ${describeError(error)}`)
    return
  }
  if (events.length === 0) {
    host.logger.log('info', 'notify: no new flaky, broken, quarantine or release event: nothing sent')
    return
  }
  const url = runUrl(ctx)
  const info: RunInfo = {
    ...(ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {}),
    ...(/^[0-9a-f]{7,64}$/.test(run.sha) ? { sha: run.sha } : {}),
    ...(url ? { runUrl: url } : {})
  }
  const t = config.timeoutMs
  const sends: [string, () => Promise<string>][] = []
  if (config.slack) {
    const u = config.slack
    sends.push(['notify-slack-webhook', () => sendSlack(u, events, info, t)])
  }
  if (config.webhook) {
    const w = config.webhook
    sends.push(['notify-webhook', () => sendWebhook(w.url, w.secret, events, info, t)])
  }
  if (config.mail) {
    const m = config.mail
    sends.push(['notify-smtp', () => sendMail(m, events, info, t)])
  }
  if (config.githubIssue) {
    sends.push([
      'notify-github-issue',
      async () => {
        if (!host.octokit || !ctx.repository) throw new Error('no GitHub token or repository in this run')
        const repo = { owner: ctx.repository.owner, repo: ctx.repository.repo }
        return sendIssues(host.octokit, repo, events, info, t)
      }
    ])
  }
  const results = await Promise.allSettled(sends.map(([, send]) => send()))
  results.forEach((r, i) => {
    const name = (sends[i] as [string, unknown])[0]
    if (r.status === 'fulfilled') host.logger.log('info', `notify: ${name}: ${r.value}`)
    else {
      const why = r.reason instanceof Error ? oneLine(r.reason.message) : describeError(r.reason)
      host.logger.log('warning', `notify: ${name}: not sent: ${why}`)
    }
  })
}
