/**
 * The real @actions/artifact client against the Twirp fake + Azurite: upload, list, download, 409.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DefaultArtifactClient } from '@actions/artifact'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { extractZip } from '../../src/shared/archive.js'
import { createActionsArtifactClient } from '../../src/shared/artifacts.js'
import { UserError } from '../../src/shared/errors.js'
import type { Octokit } from '../../src/shared/github.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry, type WorkflowRunRecord } from '../support/artifact-registry.js'

const ENV_KEYS = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_WORKSPACE'] as const
const saved: Record<string, string | undefined> = {}

let tmp: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let runA: WorkflowRunRecord
let runB: WorkflowRunRecord
let source: string

function actAs(run: WorkflowRunRecord): void {
  process.env.ACTIONS_RESULTS_URL = `${backend.resultsUrl}/`
  process.env.ACTIONS_RUNTIME_TOKEN = backend.tokenFor(run)
  process.env.GITHUB_WORKSPACE = tmp
}

beforeAll(async () => {
  for (const key of ENV_KEYS) saved[key] = process.env[key]
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qg-roundtrip-'))
  source = path.join(tmp, 'coverage')
  await mkdir(path.join(source, 'nested'), { recursive: true })
  await writeFile(path.join(source, 'lcov.info'), 'TN:\nSF:src/a.ts\nDA:1,1\nend_of_record\n')
  await writeFile(
    path.join(source, 'nested', 'data.bin'),
    Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256))
  )
  registry = new ArtifactRegistry()
  runA = registry.addRun({ headSha: 'a'.repeat(40), event: 'push', status: 'in_progress', conclusion: null })
  runB = registry.addRun({ headSha: 'b'.repeat(40), event: 'pull_request' })
  backend = await startArtifactBackend(registry)
}, 60_000)

afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
  await backend?.close()
  await rm(tmp, { recursive: true, force: true })
}, 20_000)

describe('artifact round trip through the real @actions/artifact client', () => {
  let uploadedId = 0

  it('uploads a directory as run A and records size and sha256 digest', async () => {
    actAs(runA)
    const client = new DefaultArtifactClient()
    const files = [path.join(source, 'lcov.info'), path.join(source, 'nested', 'data.bin')]
    const result = await client.uploadArtifact('coverage-report', files, source, { retentionDays: 5 })
    expect(result.id).toBeGreaterThan(0)
    uploadedId = result.id ?? 0
    const stored = registry.artifacts.get(uploadedId)
    expect(stored).toMatchObject({
      name: 'coverage-report',
      runId: runA.id,
      finalized: true,
      size: result.size
    })
    // The digest recorded at finalize is the sha256 of the blob Azurite holds.
    const blob = await backend.azurite.service
      .getContainerClient(stored?.container ?? '')
      .getBlobClient(stored?.blob ?? '')
      .downloadToBuffer()
    expect(blob.length).toBe(result.size)
    expect(stored?.digest).toBe(`sha256:${createHash('sha256').update(blob).digest('hex')}`)
    expect(stored?.digest).toBe(`sha256:${result.digest}`)
    const expires = Date.parse(stored?.expiresAt ?? '')
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(5)
    expect(backend.calls.map(c => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    expect(backend.calls[1]?.body.size).toBe(String(result.size))
  })

  it('lists it in run A only, and finds it by name', async () => {
    actAs(runA)
    const client = new DefaultArtifactClient()
    const { artifacts } = await client.listArtifacts()
    expect(artifacts).toHaveLength(1)
    expect(artifacts[0]).toMatchObject({ id: uploadedId, name: 'coverage-report' })
    expect(artifacts[0]?.createdAt).toBeInstanceOf(Date)
    expect(artifacts[0]?.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const { artifact } = await client.getArtifact('coverage-report')
    expect(artifact.id).toBe(uploadedId)
    actAs(runB)
    expect((await new DefaultArtifactClient().listArtifacts()).artifacts).toEqual([])
  })

  it('downloads it with its own client, byte-identical', async () => {
    actAs(runA)
    const dest = path.join(tmp, 'own-download')
    const { downloadPath, digestMismatch } = await new DefaultArtifactClient().downloadArtifact(uploadedId, {
      path: dest,
      expectedHash: registry.artifacts.get(uploadedId)?.digest
    })
    expect(digestMismatch).toBe(false)
    expect(await readFile(path.join(downloadPath ?? '', 'nested', 'data.bin'))).toEqual(
      await readFile(path.join(source, 'nested', 'data.bin'))
    )
    expect(await readFile(path.join(downloadPath ?? '', 'lcov.info'), 'utf8')).toContain('SF:src/a.ts')
  })

  it('reports a digest mismatch when the expected hash differs', async () => {
    actAs(runA)
    const { digestMismatch } = await new DefaultArtifactClient().downloadArtifact(uploadedId, {
      path: path.join(tmp, 'mismatch-download'),
      expectedHash: `sha256:${'0'.repeat(64)}`
    })
    expect(digestMismatch).toBe(true)
  })

  it('serves the signed read URL the REST emulator redirects to', async () => {
    const stored = registry.artifacts.get(uploadedId)
    if (!stored) throw new Error('artifact missing')
    const url = registry.signedDownloadUrl(stored)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/run-\d+\/artifact-\d+\.zip\?.*sig=/)
    const response = await fetch(url)
    expect(response.status).toBe(200)
    const zipPath = path.join(tmp, 'via-sas.zip')
    await writeFile(zipPath, Buffer.from(await response.arrayBuffer()))
    const out = path.join(tmp, 'via-sas')
    const result = await extractZip(zipPath, out)
    expect(result.files.sort()).toEqual(['lcov.info', 'nested/data.bin'])
    // Without the signature Azurite refuses.
    expect((await fetch(url.split('?')[0] ?? '')).status).toBeGreaterThanOrEqual(400)
  })

  it('surfaces a duplicate name in the same run as 409, and allows it in another run', async () => {
    actAs(runA)
    const file = path.join(source, 'lcov.info')
    await expect(
      new DefaultArtifactClient().uploadArtifact('coverage-report', [file], source)
    ).rejects.toThrow(/\(409\) Conflict: an artifact with this name already exists/)
    const ours = createActionsArtifactClient({ octokit: {} as Octokit, owner: 'o', repo: 'r' })
    const error = await ours.upload('coverage-report', [file], source).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(/artifact "coverage-report" already exists in this workflow run/)
    actAs(runB)
    const other = await ours.upload('coverage-report', [file], source)
    expect(other.id).not.toBe(uploadedId)
    expect(other.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(registry.artifacts.get(other.id)?.runId).toBe(runB.id)
  })

  it('rejects a token without the Actions.Results scope', async () => {
    const response = await fetch(
      `${backend.resultsUrl}/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer e30.e30.' },
        body: JSON.stringify({ workflow_run_backend_id: runA.backendId, workflow_job_run_backend_id: 'x' })
      }
    )
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ code: 'unauthenticated', msg: 'JWT has no scp claim' })
  })

  it('deletes an artifact', async () => {
    actAs(runB)
    const client = new DefaultArtifactClient()
    const { id } = await client.deleteArtifact('coverage-report')
    expect(registry.artifacts.has(id)).toBe(false)
    expect((await client.listArtifacts()).artifacts).toEqual([])
  })
})
