/**
 * A fake of GitHub's Actions results service for artifacts: the Twirp JSON ArtifactService that
 * @actions/artifact 6 talks to (ACTIONS_RESULTS_URL + ACTIONS_RUNTIME_TOKEN), with blobs stored in a real
 * Azurite. State lives in the shared ArtifactRegistry so the REST emulator lists and serves the same artifacts.
 *
 * Contract followed (from the client's generated code): requests use proto field names (snake_case), int64
 * as strings, wrapper types (StringValue, Int64Value) as bare JSON values, Timestamps as RFC 3339 strings;
 * errors are Twirp JSON `{code, msg}` with the matching HTTP status.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ArtifactRegistry, StoredArtifact, WorkflowRunRecord } from './artifact-registry.js'
import { startAzurite, type Azurite } from './azurite.js'

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService'
const DEFAULT_RETENTION_DAYS = 90

export interface ArtifactBackend {
  /** Origin to put in ACTIONS_RESULTS_URL. */
  resultsUrl: string
  /** An ACTIONS_RUNTIME_TOKEN for the run (unsigned JWT with the Actions.Results scope). */
  tokenFor(run: WorkflowRunRecord): string
  azurite: Azurite
  /** Every Twirp call received, in order (method name and parsed body), for assertions. */
  calls: { method: string; body: Record<string, unknown> }[]
  close(): Promise<void>
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

function base64url(value: string): string {
  return Buffer.from(value).toString('base64url')
}

export function jobBackendIdFor(run: WorkflowRunRecord): string {
  return `job-${run.id}`
}

/** An unsigned JWT shaped like the runner's: the client only decodes `scp`. */
export function runtimeToken(run: WorkflowRunRecord): string {
  const now = Math.floor(Date.now() / 1000)
  const payload = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.UploadArtifacts:${run.backendId}:${jobBackendIdFor(run)} Actions.Results:${run.backendId}:${jobBackendIdFor(run)}`,
    iat: now,
    exp: now + 6 * 3600,
    ac: '[]'
  }
  return `${base64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${base64url(JSON.stringify(payload))}.`
}

/** The run backend id granted by a Bearer token, or a 401. */
function scopeFromToken(header: string | undefined): { runBackendId: string; jobBackendId: string } {
  const match = /^Bearer (.+)$/.exec(header ?? '')
  if (!match?.[1]) throw new TwirpError(401, 'unauthenticated', 'missing bearer token')
  const part = match[1].split('.')[1]
  let claims: { scp?: unknown }
  try {
    claims = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as { scp?: unknown }
  } catch {
    throw new TwirpError(401, 'unauthenticated', 'malformed JWT')
  }
  if (typeof claims.scp !== 'string') throw new TwirpError(401, 'unauthenticated', 'JWT has no scp claim')
  for (const scope of claims.scp.split(' ')) {
    const parts = scope.split(':')
    if (parts[0] !== 'Actions.Results') continue
    if (parts.length !== 3 || !parts[1] || !parts[2]) {
      throw new TwirpError(401, 'unauthenticated', 'malformed Actions.Results scope')
    }
    return { runBackendId: parts[1], jobBackendId: parts[2] }
  }
  throw new TwirpError(401, 'unauthenticated', 'JWT lacks the Actions.Results scope')
}

function str(body: Record<string, unknown>, field: string, required = true): string | undefined {
  const value = body[field]
  if (value === undefined || value === null) {
    if (required) throw new TwirpError(400, 'invalid_argument', `${field} is required`)
    return undefined
  }
  if (typeof value !== 'string') throw new TwirpError(400, 'invalid_argument', `${field} must be a string`)
  return value
}

/** int64 fields arrive as decimal strings (numbers are tolerated, as protobuf JSON allows both). */
function int64(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new TwirpError(400, 'invalid_argument', `${field} must be an int64, got ${JSON.stringify(value)}`)
  }
  return Number(text)
}

function isExpired(artifact: StoredArtifact, now: number): boolean {
  return artifact.expired || Date.parse(artifact.expiresAt) <= now
}

export async function startArtifactBackend(registry: ArtifactRegistry): Promise<ArtifactBackend> {
  const azurite = await startAzurite()
  const calls: ArtifactBackend['calls'] = []

  registry.signedDownloadUrl = (artifact: StoredArtifact): string =>
    azurite.sasUrl(artifact.container, artifact.blob, 'r', 10)

  const runFor = (scope: { runBackendId: string }, body: Record<string, unknown>): WorkflowRunRecord => {
    const requested = str(body, 'workflow_run_backend_id')
    str(body, 'workflow_job_run_backend_id')
    if (requested !== scope.runBackendId) {
      throw new TwirpError(403, 'permission_denied', 'token does not grant access to this workflow run')
    }
    const run = registry.runByBackendId(scope.runBackendId)
    if (!run) throw new TwirpError(404, 'not_found', `unknown workflow run ${scope.runBackendId}`)
    return run
  }

  const artifactsOfRun = (run: WorkflowRunRecord): StoredArtifact[] =>
    [...registry.artifacts.values()].filter(a => a.runId === run.id)

  const containerFor = (run: WorkflowRunRecord): string => `run-${run.id}`

  const methods: Record<
    string,
    (scope: { runBackendId: string }, body: Record<string, unknown>) => Promise<Record<string, unknown>>
  > = {
    async CreateArtifact(scope, body) {
      const run = runFor(scope, body)
      const name = str(body, 'name') ?? ''
      if (name.trim() === '') throw new TwirpError(400, 'invalid_argument', 'name is required')
      const mime = str(body, 'mime_type', false) ?? 'application/zip'
      const now = Date.now()
      for (const existing of artifactsOfRun(run)) {
        if (existing.name !== name) continue
        if (existing.finalized && !isExpired(existing, now)) {
          throw new TwirpError(
            409,
            'already_exists',
            'an artifact with this name already exists on the workflow run'
          )
        }
        // An upload that never finalized is replaced by the retry.
        if (!existing.finalized) registry.artifacts.delete(existing.id)
      }
      const expiresAtRaw = str(body, 'expires_at', false)
      const expiresAt = expiresAtRaw ?? new Date(now + DEFAULT_RETENTION_DAYS * 86_400_000).toISOString()
      if (Number.isNaN(Date.parse(expiresAt))) {
        throw new TwirpError(400, 'invalid_argument', `expires_at is not a timestamp: ${expiresAt}`)
      }
      const id = registry.nextId()
      const container = containerFor(run)
      const blob = mime === 'application/zip' ? `artifact-${id}.zip` : `artifact-${id}/${name}`
      await azurite.ensureContainer(container)
      registry.artifacts.set(id, {
        id,
        name,
        runId: run.id,
        size: 0,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(Date.parse(expiresAt)).toISOString(),
        expired: false,
        finalized: false,
        container,
        blob
      })
      return { ok: true, signed_upload_url: azurite.sasUrl(container, blob, 'cw', 60) }
    },

    async FinalizeArtifact(scope, body) {
      const run = runFor(scope, body)
      const name = str(body, 'name') ?? ''
      const size = int64(body, 'size')
      const hash = str(body, 'hash', false)
      const artifact = artifactsOfRun(run).find(a => a.name === name && !a.finalized)
      if (!artifact) throw new TwirpError(404, 'not_found', `no pending upload named ${name} in this run`)
      let actual: number
      try {
        const props = await azurite.service
          .getContainerClient(artifact.container)
          .getBlobClient(artifact.blob)
          .getProperties()
        actual = props.contentLength ?? 0
      } catch {
        throw new TwirpError(404, 'not_found', `nothing was uploaded for artifact ${name}`)
      }
      if (size !== undefined && size !== actual) {
        throw new TwirpError(
          400,
          'invalid_argument',
          `size ${size} does not match the ${actual} bytes uploaded`
        )
      }
      if (hash !== undefined && !/^sha256:[0-9a-f]{64}$/.test(hash)) {
        throw new TwirpError(400, 'invalid_argument', `hash must be sha256:<64 hex>, got ${hash}`)
      }
      artifact.size = actual
      if (hash !== undefined) artifact.digest = hash
      artifact.finalized = true
      return { ok: true, artifact_id: String(artifact.id) }
    },

    async ListArtifacts(scope, body) {
      const run = runFor(scope, body)
      const nameFilter = str(body, 'name_filter', false)
      const idFilter = int64(body, 'id_filter')
      const now = Date.now()
      const artifacts = artifactsOfRun(run)
        .filter(a => a.finalized && !isExpired(a, now))
        .filter(a => nameFilter === undefined || a.name === nameFilter)
        .filter(a => idFilter === undefined || a.id === idFilter)
        .sort((a, b) => a.id - b.id)
        .map(a => ({
          workflow_run_backend_id: run.backendId,
          workflow_job_run_backend_id: jobBackendIdFor(run),
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
          ...(a.digest === undefined ? {} : { digest: a.digest })
        }))
      return { artifacts }
    },

    async GetSignedArtifactURL(scope, body) {
      const run = runFor(scope, body)
      const name = str(body, 'name') ?? ''
      const artifact = artifactsOfRun(run).find(a => a.name === name && a.finalized)
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`)
      if (isExpired(artifact, Date.now()))
        throw new TwirpError(404, 'not_found', `artifact ${name} has expired`)
      return { signed_url: azurite.sasUrl(artifact.container, artifact.blob, 'r', 10) }
    },

    async DeleteArtifact(scope, body) {
      const run = runFor(scope, body)
      const name = str(body, 'name') ?? ''
      const artifact = artifactsOfRun(run).find(a => a.name === name && a.finalized)
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`)
      registry.artifacts.delete(artifact.id)
      await azurite.service.getContainerClient(artifact.container).deleteBlob(artifact.blob, {
        deleteSnapshots: 'include'
      })
      return { ok: true, artifact_id: String(artifact.id) }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    let length = 0
    req.on('data', (chunk: Buffer) => {
      length += chunk.length
      if (length <= 1024 * 1024) chunks.push(chunk)
    })
    req.on('end', () => {
      void (async () => {
        try {
          const prefix = `/twirp/${ARTIFACT_SERVICE}/`
          const url = new URL(req.url ?? '/', 'http://localhost')
          if (req.method !== 'POST' || !url.pathname.startsWith(prefix)) {
            throw new TwirpError(404, 'bad_route', `no handler for ${req.method} ${url.pathname}`)
          }
          const method = url.pathname.slice(prefix.length)
          const handler = Object.hasOwn(methods, method) ? methods[method] : undefined
          if (!handler) throw new TwirpError(404, 'bad_route', `unknown method ${method}`)
          if (!/^application\/json/.test(req.headers['content-type'] ?? '')) {
            throw new TwirpError(400, 'malformed', 'this fake only speaks Twirp JSON')
          }
          if (length > 1024 * 1024) throw new TwirpError(400, 'malformed', 'request body too large')
          const scope = scopeFromToken(req.headers.authorization)
          let body: unknown
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            throw new TwirpError(400, 'malformed', 'request body is not JSON')
          }
          if (typeof body !== 'object' || body === null || Array.isArray(body)) {
            throw new TwirpError(400, 'malformed', 'request body must be a JSON object')
          }
          calls.push({ method, body: body as Record<string, unknown> })
          const result = await handler(scope, body as Record<string, unknown>)
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(result))
        } catch (error) {
          const twirp =
            error instanceof TwirpError ? error : new TwirpError(500, 'internal', (error as Error).message)
          res.writeHead(twirp.status, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ code: twirp.code, msg: twirp.message }))
        }
      })()
    })
  })

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
  } catch (error) {
    await azurite.close()
    throw error
  }
  const { port } = server.address() as AddressInfo

  return {
    resultsUrl: `http://127.0.0.1:${port}`,
    tokenFor: runtimeToken,
    azurite,
    calls,
    async close(): Promise<void> {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
      await azurite.close()
    }
  }
}
