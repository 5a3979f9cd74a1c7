/**
 * The channels flaky-quarantine notifies through, each a function that sends ONE message for a run's events or
 * throws a one-line reason (notify.ts turns it into a warning naming the channel):
 *
 * - Slack incoming webhook: POST JSON `{text, blocks}`; test ids in code spans, `&` `<` `>` escaped as Slack asks,
 *   so an id can neither ping (`<!channel>`, `@here`) nor link;
 * - generic webhook: POST JSON (schema in README: gate, repository, sha, runUrl, events, omitted), optionally signed
 *   `X-Quality-Gates-Signature-256: sha256=<hex HMAC-SHA256 of the body>` with a shared secret;
 * - email over SMTP (nodemailer): plain text, untrusted text only in the body, never in a header;
 * - GitHub issues: one open issue per broken test, found again by a hidden marker (a hash of the id).
 *
 * Every send is bounded: a deadline for the whole exchange, no redirect followed, at most RESPONSE_CAP bytes of a
 * response read. Ids (a test name may be 65 kB) are cut per channel.
 */
import { createHash, createHmac } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import { UserError, oneLine } from '../shared/errors.js'
import type { Octokit } from '../shared/github.js'
import { inlineCode } from '../shared/markdown.js'

export type NotifyKind = 'broken' | 'flaky' | 'quarantine' | 'release'

export interface NotifyEvent {
  kind: NotifyKind
  id: string
  /** flakes / runs over the history window (0..1), when the history knows the test. */
  flakeRate?: number
  /** Times the test ran in this run. */
  attempts?: number
}

/** What every message says about the run. Trusted: from the runner's environment. */
export interface RunInfo {
  repository?: string
  sha?: string
  runUrl?: string
}

/** Bytes of a receiver's response read (the rest is dropped and the connection closed). */
export const RESPONSE_CAP = 64 * 1024
/** Events listed in a Slack message or an email; the rest are counted ("and N more"). */
export const MAX_LISTED = 20
/** Events in a webhook payload; the rest are counted in `omitted`. */
export const MAX_WEBHOOK_EVENTS = 100
/** Characters of an id in a webhook payload (longer ids are cut and end with `…`). */
export const WEBHOOK_ID_CHARS = 1000
/** Characters of an id in a Slack line or an email line. */
const LINE_ID_CHARS = 200
/** Slack's limit on a section block's text is 3,000 characters: stay under it. */
const SLACK_SECTION_CHARS = 2900
/** Issues opened in one run (the others are named in the warning). */
export const MAX_ISSUES_PER_RUN = 10
/** Open issues searched for a marker (pages of 100, newest first). */
const ISSUE_PAGES = 10

const LABELS: Record<NotifyKind, string> = {
  broken: 'broken (failed every attempt)',
  flaky: 'newly flaky',
  quarantine: 'proposed for quarantine',
  release: 'proposed for release'
}

// ---------------------------------------------------------------------------------------------------------
// URLs

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * A receiver URL checked once, before anything runs: https (or smtps / smtp with STARTTLS required), plain
 * http and smtp only to a loopback host (tests, a relay on the runner). The URL itself is a secret: errors
 * name the setting, never the value.
 */
export function checkUrl(raw: string, label: string, kind: 'http' | 'smtp'): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new UserError(`${label} is not a valid URL`)
  }
  const scheme = url.protocol.slice(0, -1)
  const loopback = LOOPBACK.has(url.hostname.toLowerCase())
  if (kind === 'http') {
    if (scheme !== 'https' && !(scheme === 'http' && loopback))
      throw new UserError(
        `${label} must be an https:// URL (http:// only to 127.0.0.1 or localhost), not ${scheme}://`
      )
  } else if (scheme !== 'smtps' && scheme !== 'smtp') {
    throw new UserError(`${label} must be an smtps:// or smtp:// URL, not ${scheme}://`)
  }
  if (url.hostname === '') throw new UserError(`${label} has no host`)
  return url
}

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname.toLowerCase())
}

// ---------------------------------------------------------------------------------------------------------
// Untrusted text

/** One line of plain text: control characters and line breaks become spaces, cut at `max` code points. */
export function plainLine(s: string, max: number): string {
  // Linear: one pass over at most max + 1 code points of a bounded prefix.
  const head = s.length > max * 2 + 2 ? s.slice(0, max * 2 + 2) : s
  const cps = Array.from(head.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '))
  return cps.length > max || head.length < s.length ? `${cps.slice(0, max - 1).join('')}…` : cps.join('')
}

/** Slack mrkdwn: `&`, `<`, `>` are its control characters (`<!channel>`, `<url|text>`); escape them as it asks. */
export function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A test id as a Slack code span: one line, cut, escaped, no backtick to end the span early, no mention. */
function slackCode(id: string): string {
  const text = plainLine(id, LINE_ID_CHARS).replace(/`/g, "'")
  // A code span is not parsed for mentions; the word joiner after "@" covers clients that would.
  return `\`${slackEscape(text).replace(/@/g, '@\u2060')}\``
}

function rate(e: NotifyEvent): string {
  return e.flakeRate === undefined ? '' : `, flake rate ${Math.round(e.flakeRate * 100)}%`
}

function attempts(e: NotifyEvent): string {
  return e.attempts === undefined ? '' : `, ${e.attempts} attempt${e.attempts === 1 ? '' : 's'}`
}

/** "2 broken, 1 newly flaky": the counts of a run's events, in the events' order. */
export function countsLine(events: readonly NotifyEvent[]): string {
  const n = new Map<NotifyKind, number>()
  for (const e of events) n.set(e.kind, (n.get(e.kind) ?? 0) + 1)
  const short: Record<NotifyKind, string> = {
    broken: 'broken',
    flaky: 'newly flaky',
    quarantine: 'proposed for quarantine',
    release: 'proposed for release'
  }
  return [...n].map(([k, c]) => `${c} ${short[k]}`).join(', ')
}

// ---------------------------------------------------------------------------------------------------------
// HTTP

export interface PostOptions {
  headers?: Record<string, string>
  timeoutMs: number
}

/**
 * POST `body` to `url`; resolves with the status and at most RESPONSE_CAP bytes of the response when the
 * receiver answers 2xx. A redirect is not followed, any other status, a network error or the deadline is an
 * error with a one-line reason (never the URL, which may hold a token).
 */
export function postJson(
  url: URL,
  body: string,
  opts: PostOptions
): Promise<{ status: number; body: string }> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    let settled = false
    const finish = (error: Error | undefined, value?: { status: number; body: string }) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (error) {
        req.destroy()
        reject(error)
      } else resolve(value as { status: number; body: string })
    }
    const req = client.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'quality-gates-flaky-notify',
        ...opts.headers
      }
    })
    const timer = setTimeout(
      () => finish(new Error(`no answer within ${Math.round(opts.timeoutMs / 1000)} s`)),
      opts.timeoutMs
    )
    req.on('error', e => finish(new Error(oneLine((e as NodeJS.ErrnoException).code ?? e.message, 120))))
    req.on('response', res => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (c: Buffer) => {
        if (size >= RESPONSE_CAP) return
        chunks.push(c.subarray(0, RESPONSE_CAP - size))
        size += Math.min(c.length, RESPONSE_CAP - size)
        if (size >= RESPONSE_CAP) done()
      })
      res.on('error', e => finish(new Error(oneLine(e.message, 120))))
      const status = res.statusCode ?? 0
      const done = () => {
        const text = Buffer.concat(chunks).toString('utf8')
        if (status >= 200 && status < 300) finish(undefined, { status, body: text })
        else if (status >= 300 && status < 400)
          finish(new Error(`HTTP ${status}: redirects are not followed`))
        else {
          const said = plainLine(text, 200).trim()
          finish(new Error(`HTTP ${status}${said ? `: ${said}` : ''}`))
        }
        res.destroy()
      }
      res.on('end', done)
    })
    req.end(body)
  })
}

// ---------------------------------------------------------------------------------------------------------
// Slack

/** The header line of a message: what happened, where. */
function headline(events: readonly NotifyEvent[], run: RunInfo): string {
  return `quality-gates flaky: ${countsLine(events)} on the default branch${run.repository ? ` of ${run.repository}` : ''}${run.sha ? ` at ${run.sha.slice(0, 7)}` : ''}`
}

/** Slack's incoming-webhook payload: a plain `text` fallback (notifications) and the blocks shown. */
export function slackPayload(events: readonly NotifyEvent[], run: RunInfo): Record<string, unknown> {
  const title = slackEscape(headline(events, run))
  const link = run.runUrl && /^https?:\/\/[^\s<>|]+$/.test(run.runUrl) ? ` (<${run.runUrl}|run>)` : ''
  const lines: string[] = []
  let size = 0
  for (const e of events) {
    if (lines.length >= MAX_LISTED) break
    const line = `• ${LABELS[e.kind]}: ${slackCode(e.id)}${slackEscape(rate(e) + attempts(e))}`
    if (size + line.length + 40 > SLACK_SECTION_CHARS) break
    lines.push(line)
    size += line.length + 1
  }
  const more = events.length - lines.length
  if (more > 0) lines.push(`and ${more} more`)
  return {
    text: title,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${title}*${link}` } },
      { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }
    ]
  }
}

export async function sendSlack(
  url: URL,
  events: readonly NotifyEvent[],
  run: RunInfo,
  timeoutMs: number
): Promise<string> {
  await postJson(url, JSON.stringify(slackPayload(events, run)), { timeoutMs })
  return `${events.length} event(s) posted`
}

// ---------------------------------------------------------------------------------------------------------
// Generic webhook

/** The webhook body's header names the signature (lower-case, as Node sends it). */
export const SIGNATURE_HEADER = 'x-quality-gates-signature-256'

export function webhookPayload(events: readonly NotifyEvent[], run: RunInfo): Record<string, unknown> {
  const listed = events.slice(0, MAX_WEBHOOK_EVENTS).map(e => ({
    kind: e.kind,
    id:
      e.id.length > WEBHOOK_ID_CHARS
        ? `${Array.from(e.id.slice(0, WEBHOOK_ID_CHARS * 2))
            .slice(0, WEBHOOK_ID_CHARS - 1)
            .join('')}…`
        : e.id,
    ...(e.flakeRate !== undefined ? { flakeRate: Math.round(e.flakeRate * 10_000) / 10_000 } : {}),
    ...(e.attempts !== undefined ? { attempts: e.attempts } : {})
  }))
  return {
    gate: 'flaky',
    repository: run.repository ?? null,
    sha: run.sha ?? null,
    runUrl: run.runUrl ?? null,
    events: listed,
    omitted: events.length - listed.length
  }
}

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the shared secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

export async function sendWebhook(
  url: URL,
  secret: string | undefined,
  events: readonly NotifyEvent[],
  run: RunInfo,
  timeoutMs: number
): Promise<string> {
  const body = JSON.stringify(webhookPayload(events, run))
  await postJson(url, body, {
    timeoutMs,
    headers: {
      'x-quality-gates-event': 'flaky',
      ...(secret !== undefined ? { [SIGNATURE_HEADER]: signature(secret, body) } : {})
    }
  })
  return `${events.length} event(s) posted${secret !== undefined ? ' (signed)' : ''}`
}

// ---------------------------------------------------------------------------------------------------------
// Email

export interface MailOptions {
  url: URL
  to: string[]
  from: string
}

/** The email's plain-text body: one line per event, bounded, then the run. */
export function mailText(events: readonly NotifyEvent[], run: RunInfo): string {
  const listed = events.slice(0, MAX_LISTED)
  const lines = listed.map(
    e => `- ${LABELS[e.kind]}: ${plainLine(e.id, LINE_ID_CHARS)}${rate(e)}${attempts(e)}`
  )
  if (events.length > listed.length) lines.push(`and ${events.length - listed.length} more`)
  return `${headline(events, run)}\n\n${lines.join('\n')}\n${run.runUrl ? `\nRun: ${run.runUrl}\n` : ''}`
}

export async function sendMail(
  mail: MailOptions,
  events: readonly NotifyEvent[],
  run: RunInfo,
  timeoutMs: number
): Promise<string> {
  const { createTransport } = await import('nodemailer')
  const u = mail.url
  const secure = u.protocol === 'smtps:'
  const transport = createTransport({
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    // Credentials never travel in clear to another host: plain smtp:// must upgrade with STARTTLS.
    requireTLS: !secure && !isLoopback(u),
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs
  })
  let timer: NodeJS.Timeout | undefined
  try {
    const sent = transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: `[quality-gates] flaky: ${countsLine(events)}${run.repository ? ` in ${run.repository}` : ''}`,
      text: mailText(events, run)
    })
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)),
        timeoutMs
      )
    })
    await Promise.race([sent, deadline]).catch((e: unknown) => {
      const err = e as { code?: string; responseCode?: number; response?: string; message?: string }
      // The server's reply (it starts with its code) says most; else the client's message.
      const why = plainLine(err.response || err.message || String(e), 160)
      throw new Error(err.code ? `${err.code}: ${why}` : why)
    })
  } finally {
    clearTimeout(timer)
    transport.close()
  }
  return `${events.length} event(s) mailed to ${mail.to.length} recipient(s)`
}

// ---------------------------------------------------------------------------------------------------------
// GitHub issues

/** The hidden marker that finds a broken test's issue again: a hash of its id (ids are long and untrusted). */
export function issueMarker(id: string): string {
  return `<!-- quality-gates/flaky broken-test ${createHash('sha256').update(id).digest('hex').slice(0, 32)} -->`
}

export function issueBody(e: NotifyEvent, run: RunInfo): string {
  return [
    issueMarker(e.id),
    'quality-gates/flaky: this test failed every attempt on the default branch.',
    '',
    `Test: ${inlineCode(e.id, 2000, { cell: false })}`,
    ...(run.sha ? [`Commit: ${run.sha}`] : []),
    ...(run.runUrl ? [`Run: ${run.runUrl}`] : []),
    ...(e.attempts !== undefined ? [`Attempts: ${e.attempts}`] : []),
    '',
    'This issue is opened once per broken test: later runs find it by the hidden marker above and open no other while it is open.'
  ].join('\n')
}

/** One issue per broken event without an open issue carrying its marker; returns what was done. */
export async function sendIssues(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  events: readonly NotifyEvent[],
  run: RunInfo,
  timeoutMs: number
): Promise<string> {
  const broken = events.filter(e => e.kind === 'broken')
  if (broken.length === 0) return 'no broken test'
  const deadline = AbortSignal.timeout(timeoutMs)
  const request = { signal: deadline }
  const open = new Set<string>()
  for (let page = 1; page <= ISSUE_PAGES; page++) {
    const res = await octokit.request('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      state: 'open',
      per_page: 100,
      page,
      request
    })
    for (const issue of res.data) {
      const m = /<!-- quality-gates\/flaky broken-test [0-9a-f]{32} -->/.exec(issue.body?.slice(0, 200) ?? '')
      if (m && issue.pull_request === undefined) open.add(m[0])
    }
    if (res.data.length < 100) break
  }
  let opened = 0
  let existing = 0
  const skipped: string[] = []
  for (const e of broken) {
    if (open.has(issueMarker(e.id))) {
      existing++
      continue
    }
    if (opened >= MAX_ISSUES_PER_RUN) {
      skipped.push(e.id)
      continue
    }
    await octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: `Broken test: ${plainLine(e.id, 200)}`,
      body: issueBody(e, run),
      request
    })
    open.add(issueMarker(e.id))
    opened++
  }
  const said = `${opened} issue(s) opened, ${existing} already open`
  if (skipped.length > 0)
    throw new Error(
      `${said}; ${skipped.length} more broken test(s) not opened (at most ${MAX_ISSUES_PER_RUN} a run)`
    )
  return said
}
