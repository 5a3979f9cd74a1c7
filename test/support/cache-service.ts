/**
 * A stand-in for the Actions cache service as @actions/cache 6 speaks to it on GitHub Enterprise Server: the v1
 * REST protocol under `<ACTIONS_CACHE_URL>_apis/artifactcache/` (node_modules/@actions/cache/lib/internal/
 * cacheHttpClient.js), served on 127.0.0.1.
 *
 * Contract followed (from the client source):
 *   GET  cache?keys=<k1,k2,…>&version=<v>   200 {cacheKey, scope, cacheVersion, creationTime, archiveLocation}, or
 *                                            204 on a miss. Per scope the token can read (in the token's order),
 *                                            each key in order: an exact match, else the newest entry whose key
 *                                            starts with it; the version must match.
 *   POST caches {key, version, cacheSize}    201 {cacheId}; 409 when the scope already has key+version (entries are
 *                                            immutable); 400 over the size cap; 403 `cache write denied: …` when the
 *                                            token grants no write scope.
 *   PATCH caches/<id>                        one chunk, `Content-Range: bytes <start>-<end>/*`, 204.
 *   POST caches/<id> {size}                  commit: the chunks must cover exactly `size` bytes, 204.
 *   GET  <archiveLocation>                   the archive, with Content-Length (the client checks it).
 * The runtime token is a JWT like the runner's: the `ac` claim is a JSON list of {Scope, Permission} (1 read,
 * 2 write); the first scope is the run's own ref, then the base branch, then the default branch.
 *
 * Bounded: bodies, entries and bytes are capped, and the server neither keeps the test process alive (unref) nor
 * outlives it by more than `maxLifetimeMs` (it closes itself).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CacheScope {
  /** A ref, e.g. `refs/heads/main` or `refs/pull/7/merge`. */
  scope: string
  read: boolean
  write: boolean
}

export interface CacheEntry {
  id: number
  key: string
  version: string
  scope: string
  size: number
  createdAt: number
  committed: boolean
  chunks: { start: number; data: Buffer }[]
  archive?: Buffer
}

export interface CacheServiceOptions {
  /** Largest cacheSize a reservation may declare (GHES sets an enterprise limit); default 64 MiB. */
  maxEntryBytes?: number
  /** Most entries kept; default 200. */
  maxEntries?: number
  /** The server closes itself after this long; default 10 minutes. */
  maxLifetimeMs?: number
}

export interface CacheService {
  /** ACTIONS_CACHE_URL (ends with `/`, as the runner's does). */
  url: string
  /** An ACTIONS_RUNTIME_TOKEN granting `scopes`, in lookup order. */
  tokenFor(scopes: CacheScope[]): string
  entries: CacheEntry[]
  /** Every request, in order: method, path (without the query) and the query's keys, for assertions. */
  requests: { method: string; path: string; keys?: string[] }[]
  /** When set, every API call answers this HTTP status (an outage); downloads too. */
  outage: number | undefined
  /** Plant an entry as if a run with write access to `scope` had saved `archive` (e.g. a hostile tar). */
  plant(entry: { key: string; version: string; scope: string; archive: Buffer }): CacheEntry
  close(): Promise<void>
}

const API = '/_apis/artifactcache/'
const MAX_JSON_BYTES = 64 * 1024

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

function base64url(value: string): string {
  return Buffer.from(value).toString('base64url')
}

export function cacheToken(scopes: CacheScope[]): string {
  const now = Math.floor(Date.now() / 1000)
  const ac = JSON.stringify(
    scopes.map(s => ({ Scope: s.scope, Permission: (s.read ? 1 : 0) | (s.write ? 2 : 0) }))
  )
  const payload = {
    scp: 'Actions.GenericRead:00000000-0000-0000-0000-000000000000',
    iat: now,
    exp: now + 3600,
    ac
  }
  return `${base64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${base64url(JSON.stringify(payload))}.`
}

function scopesOf(header: string | undefined): CacheScope[] {
  const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1]
  if (!token) throw new HttpError(401, 'missing bearer token')
  let ac: unknown
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      ac?: unknown
    }
    ac = JSON.parse(typeof claims.ac === 'string' ? claims.ac : 'null')
  } catch {
    throw new HttpError(401, 'malformed JWT')
  }
  if (!Array.isArray(ac)) throw new HttpError(401, 'JWT has no ac claim')
  return ac.slice(0, 10).map((s: { Scope?: unknown; Permission?: unknown }) => ({
    scope: String(s.Scope),
    read: (Number(s.Permission) & 1) !== 0,
    write: (Number(s.Permission) & 2) !== 0
  }))
}

function json(body: Buffer): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new HttpError(400, 'request body is not JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, 'request body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}

export async function startCacheService(opts: CacheServiceOptions = {}): Promise<CacheService> {
  const maxEntryBytes = opts.maxEntryBytes ?? 64 * 1024 * 1024
  const maxEntries = opts.maxEntries ?? 200
  const entries: CacheEntry[] = []
  const requests: CacheService['requests'] = []
  let nextId = 1
  let clock = 0
  let origin = ''

  const addEntry = (e: Omit<CacheEntry, 'id' | 'createdAt'>): CacheEntry => {
    if (entries.length >= maxEntries)
      throw new HttpError(400, `the stand-in holds at most ${maxEntries} entries`)
    // A strictly increasing clock: "newest" never depends on the wall clock's resolution.
    const entry: CacheEntry = { ...e, id: nextId++, createdAt: ++clock }
    entries.push(entry)
    return entry
  }

  const lookup = (scopes: CacheScope[], keys: string[], version: string): CacheEntry | undefined => {
    for (const scope of scopes.filter(s => s.read)) {
      const inScope = entries.filter(e => e.committed && e.scope === scope.scope && e.version === version)
      for (const key of keys) {
        const exact = inScope.filter(e => e.key === key)
        const hit = exact.length > 0 ? exact : inScope.filter(e => e.key.startsWith(key))
        if (hit.length > 0) return hit.reduce((a, b) => (b.createdAt > a.createdAt ? b : a))
      }
    }
    return undefined
  }

  const handle = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const download = /^\/_download\/(\d+)$/.exec(url.pathname)
    if (download) {
      requests.push({ method, path: url.pathname })
      const entry = entries.find(e => e.id === Number(download[1]) && e.committed)
      if (!entry?.archive) throw new HttpError(404, 'no such archive')
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': entry.archive.length
      })
      res.end(entry.archive)
      return
    }
    if (!url.pathname.startsWith(API)) throw new HttpError(404, `no handler for ${method} ${url.pathname}`)
    const resource = url.pathname.slice(API.length)
    const keysParam = url.searchParams.get('keys')
    requests.push({
      method,
      path: url.pathname,
      ...(keysParam !== null ? { keys: keysParam.split(',') } : {})
    })
    if (!/application\/json;api-version=6\.0-preview\.1/.test(String(req.headers.accept ?? ''))) {
      throw new HttpError(400, 'Accept must name api-version=6.0-preview.1')
    }
    const scopes = scopesOf(req.headers.authorization)

    if (method === 'GET' && resource === 'cache') {
      const version = url.searchParams.get('version') ?? ''
      const keys = (keysParam ?? '').split(',').filter(k => k !== '')
      if (keys.length === 0 || keys.length > 10 || !/^[0-9a-f]{64}$/.test(version)) {
        throw new HttpError(400, 'keys (1-10) and a sha256 version are required')
      }
      const hit = lookup(scopes, keys, version)
      if (!hit) {
        res.writeHead(204)
        res.end()
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          cacheKey: hit.key,
          scope: hit.scope,
          cacheVersion: hit.version,
          creationTime: new Date(hit.createdAt * 1000).toISOString(),
          archiveLocation: `${origin}/_download/${hit.id}`
        })
      )
      return
    }

    if (method === 'POST' && resource === 'caches') {
      const request = json(body)
      const { key, version, cacheSize } = request
      if (typeof key !== 'string' || key === '' || key.length > 512 || typeof version !== 'string') {
        throw new HttpError(400, 'key and version are required')
      }
      const writable = scopes.find(s => s.write)
      if (!writable) throw new HttpError(403, `cache write denied: the token grants no writable scope`)
      if (typeof cacheSize === 'number' && cacheSize > maxEntryBytes) {
        throw new HttpError(400, `cache size ${cacheSize} is over the limit of ${maxEntryBytes} bytes`)
      }
      if (entries.some(e => e.scope === writable.scope && e.key === key && e.version === version)) {
        throw new HttpError(
          409,
          `Cache already exists. Scope: ${writable.scope}, Key: ${key}, Version: ${version}`
        )
      }
      const size =
        typeof cacheSize === 'number' && Number.isSafeInteger(cacheSize) ? cacheSize : maxEntryBytes
      const entry = addEntry({ key, version, scope: writable.scope, size, committed: false, chunks: [] })
      res.writeHead(201, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ cacheId: entry.id }))
      return
    }

    const byId = /^caches\/(\d+)$/.exec(resource)
    if (byId) {
      const entry = entries.find(e => e.id === Number(byId[1]))
      if (!entry || entry.committed || !scopes.some(s => s.write && s.scope === entry.scope)) {
        throw new HttpError(404, `no reserved cache ${byId[1]}`)
      }
      if (method === 'PATCH') {
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''))
        if (!range) throw new HttpError(400, 'Content-Range must be bytes <start>-<end>/*')
        const start = Number(range[1])
        const end = Number(range[2])
        if (end < start || end - start + 1 !== body.length || end >= entry.size) {
          throw new HttpError(
            400,
            `chunk ${start}-${end} does not fit (body ${body.length} bytes, reserved ${entry.size})`
          )
        }
        entry.chunks.push({ start, data: body })
        res.writeHead(204)
        res.end()
        return
      }
      if (method === 'POST') {
        const size = json(body).size
        const sorted = [...entry.chunks].sort((a, b) => a.start - b.start)
        let covered = 0
        for (const c of sorted) {
          if (c.start !== covered)
            throw new HttpError(400, `chunks leave a gap or overlap at byte ${covered}`)
          covered += c.data.length
        }
        if (size !== covered)
          throw new HttpError(400, `commit says ${String(size)} bytes, chunks hold ${covered}`)
        entry.archive = Buffer.concat(sorted.map(c => c.data))
        entry.chunks = []
        entry.committed = true
        res.writeHead(204)
        res.end()
        return
      }
    }
    throw new HttpError(404, `no handler for ${method} ${url.pathname}`)
  }

  const service: CacheService = {
    url: '',
    tokenFor: cacheToken,
    entries,
    requests,
    outage: undefined,
    plant(e) {
      return addEntry({ ...e, size: e.archive.length, committed: true, chunks: [] })
    },
    close: async () => {
      clearTimeout(lifetime)
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }

  const maxBody = maxEntryBytes + MAX_JSON_BYTES
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    let length = 0
    req.on('data', (chunk: Buffer) => {
      length += chunk.length
      if (length <= maxBody) chunks.push(chunk)
    })
    req.on('end', () => {
      try {
        if (service.outage !== undefined) throw new HttpError(service.outage, 'the cache service is down')
        if (length > maxBody) throw new HttpError(413, 'request body too large')
        handle(req, Buffer.concat(chunks), res)
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ $id: '1', innerException: null, message: (error as Error).message }))
      }
    })
  })
  server.unref()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const lifetime = setTimeout(() => void service.close(), opts.maxLifetimeMs ?? 10 * 60_000)
  lifetime.unref()
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  service.url = `${origin}/`
  return service
}
