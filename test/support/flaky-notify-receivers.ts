/**
 * Receivers for the flaky gate's notifications, on 127.0.0.1 in the test process: an HTTP server that records
 * each POST (Slack and JSON webhooks) and answers by path, and an SMTP server (npm smtp-server) that records each
 * message. Both stop by themselves when closed, hanging requests included.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedPost {
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

export interface HttpReceiver {
  url: string
  received: ReceivedPost[]
  close(): Promise<void>
}

/**
 * Paths: `/hang` never answers; `/fail` answers 500 with Slack's error text; `/redirect` answers 302 to `/ok`;
 * `/huge` answers 200 with 10 MB; anything else answers 200 `ok`. Every request is recorded once its body is read.
 */
export async function startHttpReceiver(): Promise<HttpReceiver> {
  const received: ReceivedPost[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      if (path === '/hang') return
      if (path === '/fail') {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end('invalid_payload')
      } else if (path === '/redirect') {
        res.writeHead(302, { location: '/ok' })
        res.end()
      } else if (path === '/huge') {
        res.writeHead(200, { 'content-type': 'text/plain' })
        const chunk = Buffer.alloc(1024 * 1024, 'a')
        let sent = 0
        const more = (): void => {
          while (sent < 10 && !res.destroyed) {
            sent++
            if (!res.write(chunk)) return void res.once('drain', more)
          }
          res.end()
        }
        more()
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end('ok')
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export interface ReceivedMail {
  from: string
  to: string[]
  user: string | undefined
  raw: string
}

export interface SmtpReceiver {
  url: (user: string, pass: string) => string
  received: ReceivedMail[]
  close(): Promise<void>
}

/** An SMTP server on 127.0.0.1 that requires AUTH (plain connection, no STARTTLS) and accepts `user`/`pass`. */
export async function startSmtpReceiver(user: string, pass: string): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user: auth.username })
      else callback(new Error('Invalid username or password'))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map(r => r.address),
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString('utf8')
        })
        callback()
      })
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = (server as unknown as { server: http.Server }).server.address() as AddressInfo
  return {
    url: (u, p) => `smtp://${encodeURIComponent(u)}:${encodeURIComponent(p)}@127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

/** A raw message's header (unfolded) and its body, quoted-printable decoded when the message says so. */
export function parseMail(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const headers = new Map<string, string>()
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim())
  }
  let body = raw.slice(split + 4)
  if (/quoted-printable/i.test(headers.get('content-transfer-encoding') ?? '')) {
    body = Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1'
    ).toString('utf8')
  }
  return { headers, body: body.replace(/\r\n/g, '\n') }
}
