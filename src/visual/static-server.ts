/**
 * A read-only static file server for a built `storybook-static` folder, listening on 127.0.0.1 on an ephemeral
 * port while screenshots are taken. Only GET and HEAD of regular files inside the root are answered: a path
 * with `..`, a backslash, a NUL or an encoded separator is refused (400), and a file whose real path (after
 * symlinks) leaves the root is refused (403). It never keeps the process alive (the socket is unref'd) and
 * closes by itself after `idleMs` without a request, so a caller that forgets `close()` cannot leave it running.
 */
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { UserError } from '../shared/errors.js'

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  readonly origin: string
  readonly port: number
  /** Requests answered so far, refused ones included. */
  readonly requests: () => number
  close(): Promise<void>
}

export interface StaticServerOptions {
  /** Close by itself after this long without a request (default five minutes). */
  idleMs?: number
  log?: (line: string) => void
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm'
}

const MAX_URL_LENGTH = 4096
const DEFAULT_IDLE_MS = 5 * 60_000

/**
 * The relative POSIX path a request names, or why it is refused. Decoding happens once, on the path part only;
 * anything that could name another folder after decoding (`..`, `\`, NUL, an encoded `/`) is refused rather than
 * normalised, so there is exactly one way to name each file.
 */
export function requestPath(rawUrl: string): { path: string } | { refused: string } {
  if (rawUrl.length > MAX_URL_LENGTH) return { refused: 'URL too long' }
  const pathPart = rawUrl.split(/[?#]/, 1)[0] ?? ''
  if (!pathPart.startsWith('/')) return { refused: 'not an absolute path' }
  if (/%2f|%5c|%00/i.test(pathPart)) return { refused: 'encoded separator' }
  let decoded: string
  try {
    decoded = decodeURIComponent(pathPart)
  } catch {
    return { refused: 'bad percent-encoding' }
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return { refused: 'backslash or NUL' }
  const segments = decoded.split('/').filter(s => s !== '')
  if (segments.some(s => s === '..' || s === '.')) return { refused: 'dot segment' }
  const rel = segments.join('/')
  return {
    path: rel === '' || decoded.endsWith('/') ? (rel === '' ? 'index.html' : `${rel}/index.html`) : rel
  }
}

/** Serves `root` (which must be a folder) on 127.0.0.1; resolves once it listens. */
export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  let rootReal: string
  try {
    rootReal = await realpath(root)
    if (!(await stat(rootReal)).isDirectory()) throw new Error('not a folder')
  } catch {
    throw new UserError(`storybook: ${root} is not a readable folder`)
  }
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS
  let count = 0
  let closed = false
  let idleTimer: NodeJS.Timeout | undefined

  const send = (res: ServerResponse, code: number, text: string): void => {
    res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    res.end(text)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    count++
    armIdle()
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed')
    const wanted = requestPath(req.url ?? '')
    if ('refused' in wanted) {
      options.log?.(
        `static server: refused ${JSON.stringify((req.url ?? '').slice(0, 200))}: ${wanted.refused}`
      )
      return send(res, 400, 'bad path')
    }
    let file: string
    try {
      file = await realpath(path.join(rootReal, ...wanted.path.split('/')))
    } catch {
      return send(res, 404, 'not found')
    }
    const inside = path.relative(rootReal, file)
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
      options.log?.(`static server: refused ${JSON.stringify(wanted.path)}: outside the served folder`)
      return send(res, 403, 'forbidden')
    }
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) return send(res, 404, 'not found')
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff'
    })
    if (req.method === 'HEAD') return void res.end()
    const stream = createReadStream(file)
    stream.on('error', () => res.destroy())
    stream.pipe(res)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'error')
      else res.destroy()
    })
  })
  server.keepAliveTimeout = 2000
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000

  const close = (): Promise<void> => {
    if (closed) return Promise.resolve()
    closed = true
    if (idleTimer) clearTimeout(idleTimer)
    return new Promise(resolve => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }
  function armIdle(): void {
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = setTimeout(() => {
      options.log?.(`static server: closed after ${idleMs} ms without a request`)
      void close()
    }, idleMs)
    idleTimer.unref()
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  server.unref()
  armIdle()
  const port = (server.address() as AddressInfo).port
  return { origin: `http://127.0.0.1:${port}`, port, requests: () => count, close }
}
