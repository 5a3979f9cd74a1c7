/**
 * The baseline store end to end: run A (a push) saves a baseline through the real @actions/artifact client
 * into the Twirp fake + Azurite; run B (a pull request) finds it through the REST emulator by walking
 * first-parent candidates, downloads it via the 302 to the signed blob URL and extracts it safely.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import yazl from 'yazl'
import { createActionsArtifactClient } from '../../src/shared/artifacts.js'
import {
  BaselineUnavailableError,
  baselineArtifactName,
  fetchBaseline,
  findBaseline,
  saveBaseline,
  type BaselineDeps,
  type FoundBaseline
} from '../../src/shared/baseline.js'
import { UserError } from '../../src/shared/errors.js'
import { type Octokit } from '../../src/shared/github.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { startArtifactBackend, type ArtifactBackend } from '../support/artifact-backend.js'
import { ArtifactRegistry, type WorkflowRunRecord } from '../support/artifact-registry.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const ENV_KEYS = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_WORKSPACE'] as const
const saved: Record<string, string | undefined> = {}
const sha = (): string => randomBytes(20).toString('hex')
const [C1, C2, C3] = [sha(), sha(), sha()]

let tmp: string
let registry: ArtifactRegistry
let backend: ArtifactBackend
let emulator: GitHubEmulator
let octokit: Octokit
const logs: string[] = []

function deps(): BaselineDeps {
  return {
    octokit,
    artifacts: createActionsArtifactClient({ octokit, owner: emulator.owner, repo: emulator.repo }),
    owner: emulator.owner,
    repo: emulator.repo,
    repositoryId: emulator.repositoryId,
    tempDir: tmp,
    log: (level, msg) => logs.push(`${level}: ${msg}`)
  }
}

function actAs(run: WorkflowRunRecord): void {
  process.env.ACTIONS_RESULTS_URL = backend.resultsUrl
  process.env.ACTIONS_RUNTIME_TOKEN = backend.tokenFor(run)
  process.env.GITHUB_WORKSPACE = tmp
}

function pushRun(headSha: string): WorkflowRunRecord {
  return registry.addRun({
    headSha,
    event: 'push',
    repositoryId: emulator.repositoryId,
    headRepositoryId: emulator.repositoryId
  })
}

async function makeDir(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(tmp, name)
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
    await writeFile(path.join(dir, rel), content)
  }
  return dir
}

/** Save a baseline for `headSha` from a new run with the given shape (through the real client). */
async function saveFrom(run: WorkflowRunRecord, kind: string, dirName: string): Promise<number> {
  actAs(run)
  const dir = await makeDir(dirName, { 'summary.json': JSON.stringify({ run: run.id }) })
  return (await saveBaseline(deps(), kind, run.headSha, dir)).artifactId
}

async function zipOf(items: { name: string; data: Buffer | string }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const item of items) zip.addBuffer(Buffer.from(item.data), item.name)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** Store a raw zip as a finalized artifact of a trusted push run, bypassing the client (a tampered blob). */
async function plantArtifact(kind: string, headSha: string, zip: Buffer, digest?: string): Promise<number> {
  const run = pushRun(headSha)
  const id = registry.nextId()
  const container = `run-${run.id}`
  const blob = `artifact-${id}.zip`
  await backend.azurite.ensureContainer(container)
  await backend.azurite.service.getContainerClient(container).getBlockBlobClient(blob).uploadData(zip)
  const now = Date.now()
  registry.artifacts.set(id, {
    id,
    name: baselineArtifactName(kind, headSha),
    runId: run.id,
    size: zip.length,
    digest: digest ?? `sha256:${createHash('sha256').update(zip).digest('hex')}`,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 86_400_000).toISOString(),
    expired: false,
    finalized: true,
    container,
    blob
  })
  return id
}

beforeAll(async () => {
  for (const key of ENV_KEYS) saved[key] = process.env[key]
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qg-baseline-'))
  registry = new ArtifactRegistry()
  emulator = await GitHubEmulator.start({ registry })
  backend = await startArtifactBackend(registry)
  octokit = createOctokit({ token: 'ghs_test', baseUrl: emulator.url, minRetryDelayMs: 1 })
}, 60_000)

afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
  await emulator?.close()
  await backend?.close()
  await rm(tmp, { recursive: true, force: true })
}, 20_000)

describe('baseline store', () => {
  it('names baselines by kind and commit, and refuses bad ones', () => {
    expect(baselineArtifactName('coverage', C1.toUpperCase())).toBe(`quality-gates-baseline-coverage-${C1}`)
    expect(() => baselineArtifactName('Cover age', C1)).toThrow(/baseline kind "Cover age" is invalid/)
    expect(() => baselineArtifactName('coverage', 'abc123')).toThrow(/"abc123" is not a full commit SHA/)
  })

  it('run A saves at C1; run B finds it from [C3, C2, C1], 2 behind, and gets the same bytes', async () => {
    const runA = pushRun(C1)
    actAs(runA)
    const binary = randomBytes(200_000)
    const dir = await makeDir('baseline-a', {
      'coverage-summary.json': '{"lines":{"covered":9,"total":10}}',
      'detail/lcov.info': 'TN:\nSF:src/a.ts\nDA:1,1\nend_of_record\n',
      'detail/blob.bin': binary
    })
    const saved = await saveBaseline(deps(), 'coverage', C1, dir, 7)
    expect(saved.name).toBe(`quality-gates-baseline-coverage-${C1}`)
    expect(registry.artifacts.get(saved.artifactId)).toMatchObject({ runId: runA.id, finalized: true })

    const runB = registry.addRun({
      headSha: sha(),
      event: 'pull_request',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    actAs(runB)
    const lookup = await findBaseline(deps(), 'coverage', [C3, C2, C1])
    expect(lookup).toMatchObject({
      found: true,
      sha: C1,
      behind: 2,
      artifactId: saved.artifactId,
      runId: runA.id,
      note: `found at ${C1.slice(0, 7)}, 2 commits behind`,
      skipped: []
    })
    const out = await fetchBaseline(deps(), lookup as FoundBaseline)
    expect(out.startsWith(tmp)).toBe(true)
    expect((await readdir(out)).sort()).toEqual(['coverage-summary.json', 'detail'])
    expect(await readFile(path.join(out, 'detail/blob.bin'))).toEqual(binary)
    expect(await readFile(path.join(out, 'detail/lcov.info'), 'utf8')).toBe(
      'TN:\nSF:src/a.ts\nDA:1,1\nend_of_record\n'
    )
    expect(await readFile(path.join(out, 'coverage-summary.json'), 'utf8')).toBe(
      '{"lines":{"covered":9,"total":10}}'
    )
    // The GitHub token never went to the blob host: downloads went 302 → Azurite with a SAS.
    const zipRequests = emulator.requests.filter(r => /\/actions\/artifacts\/\d+\/zip$/.test(r.path))
    expect(zipRequests).toHaveLength(1)
  })

  it('reports none found with a note, without crashing', async () => {
    const lookup = await findBaseline(deps(), 'perf', [C3, C2, C1])
    expect(lookup).toEqual({
      found: false,
      searched: 3,
      note: `none within 3 first-parent commits of ${C3.slice(0, 7)}`,
      skipped: []
    })
    expect(await findBaseline(deps(), 'perf', [])).toMatchObject({ found: false, searched: 0 })
  })

  it('skips a fork run and a same-repo pull_request run as untrusted, and uses an older trusted one', async () => {
    const [F, P, T] = [sha(), sha(), sha()]
    const fork = registry.addRun({
      headSha: F,
      event: 'pull_request',
      repositoryId: emulator.repositoryId,
      headRepositoryId: 4242
    })
    const forkId = await saveFrom(fork, 'flaky', 'fork')
    // A fork posing as a push is still caught by its head repository.
    const forkPush = registry.addRun({
      headSha: F,
      event: 'push',
      repositoryId: emulator.repositoryId,
      headRepositoryId: 4243
    })
    const forkPushId = await saveFrom(forkPush, 'flaky', 'fork-push')
    const pr = registry.addRun({
      headSha: P,
      event: 'pull_request_target',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const prId = await saveFrom(pr, 'flaky', 'pr')
    const trustedId = await saveFrom(pushRun(T), 'flaky', 'trusted')

    const none = await findBaseline(deps(), 'flaky', [F, P])
    expect(none.found).toBe(false)
    expect(none.skipped).toEqual([
      `artifact ${forkPushId} (${baselineArtifactName('flaky', F)}): untrusted, run ${forkPush.id} built code from a fork (fork-4243/${emulator.repo})`,
      `artifact ${forkId} (${baselineArtifactName('flaky', F)}): untrusted, run ${fork.id} built code from a fork (fork-4242/${emulator.repo})`,
      `artifact ${prId} (${baselineArtifactName('flaky', P)}): untrusted, run ${pr.id} was triggered by pull_request_target`
    ])
    const found = await findBaseline(deps(), 'flaky', [F, P, T])
    expect(found).toMatchObject({ found: true, sha: T, behind: 2, artifactId: trustedId })
    expect(found.skipped).toHaveLength(3)
    expect(logs.some(l => l.startsWith('warning: baseline flaky: skipped') && l.includes('fork'))).toBe(true)
  })

  it('trusts only an allow-list of events, on the default branch when it is known', async () => {
    const [W, B, T] = [sha(), sha(), sha()]
    // Not in the old deny-list, yet it runs whatever the triggering run left: untrusted now.
    const comment = registry.addRun({
      headSha: W,
      event: 'issue_comment',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const commentId = await saveFrom(comment, 'perf', 'comment')
    const branch = registry.addRun({
      headSha: B,
      event: 'push',
      headBranch: 'feature',
      repositoryId: emulator.repositoryId,
      headRepositoryId: emulator.repositoryId
    })
    const branchId = await saveFrom(branch, 'perf', 'branch')
    const trustedId = await saveFrom(pushRun(T), 'perf', 'trusted')
    const found = await findBaseline({ ...deps(), defaultBranch: 'main' }, 'perf', [W, B, T])
    expect(found).toMatchObject({ found: true, sha: T, behind: 2, artifactId: trustedId })
    expect(found.skipped).toEqual([
      `artifact ${commentId} (${baselineArtifactName('perf', W)}): untrusted, run ${comment.id} was triggered by issue_comment`,
      `artifact ${branchId} (${baselineArtifactName('perf', B)}): untrusted, run ${branch.id} ran on "feature", not main`
    ])
  })

  it('skips an expired artifact, and a download that finds it expired is a clear error', async () => {
    const E = sha()
    const oldId = await saveFrom(pushRun(E), 'visual', 'old')
    const stored = registry.artifacts.get(oldId)
    if (!stored) throw new Error('missing')
    stored.expired = true
    const lookup = await findBaseline(deps(), 'visual', [E])
    expect(lookup).toMatchObject({
      found: false,
      skipped: [`artifact ${oldId} (${baselineArtifactName('visual', E)}): expired`]
    })

    const G = sha()
    const id = await saveFrom(pushRun(G), 'visual', 'soon-expired')
    const found = await findBaseline(deps(), 'visual', [G])
    expect(found.found).toBe(true)
    const later = registry.artifacts.get(id)
    if (later) later.expiresAt = new Date(Date.now() - 1000).toISOString()
    const error = await fetchBaseline(deps(), found as FoundBaseline).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BaselineUnavailableError)
    expect((error as Error).message).toMatch(
      new RegExp(`baseline artifact ${id} .* is unusable: artifact ${id} has expired`)
    )
  })

  it('pages through more than 100 artifacts of one name', async () => {
    const H = sha()
    const name = baselineArtifactName('bench', H)
    const trusted = pushRun(H)
    const trustedId = registry.nextId()
    const base = {
      name,
      size: 1,
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: '2099-01-01T00:00:00Z',
      expired: false,
      finalized: true,
      container: 'x',
      blob: 'y'
    }
    registry.artifacts.set(trustedId, { ...base, id: trustedId, runId: trusted.id })
    const fork = registry.addRun({
      headSha: H,
      event: 'pull_request',
      repositoryId: emulator.repositoryId,
      headRepositoryId: 77
    })
    for (let i = 0; i < 130; i++) {
      const id = registry.nextId()
      registry.artifacts.set(id, { ...base, id, runId: fork.id, createdAt: '2026-02-01T00:00:00Z' })
    }
    const listCalls = (): number =>
      emulator.requests.filter(r => /\/actions\/artifacts(\?|$)/.test(r.path)).length
    const before = listCalls()
    const lookup = await findBaseline(deps(), 'bench', [H])
    expect(listCalls() - before).toBe(2)
    expect(lookup).toMatchObject({
      found: true,
      artifactId: trustedId,
      behind: 0,
      note: `found at ${H.slice(0, 7)}, 0 commits behind`
    })
    expect(lookup.skipped).toHaveLength(130)
    // One run lookup for all 130 fork artifacts (cached), two pages of artifacts.
    const runGets = emulator.requests.filter(r => r.path.endsWith(`/actions/runs/${fork.id}`))
    expect(runGets).toHaveLength(1)
  })

  it('refuses a baseline whose zip has "../" entries', async () => {
    const K = sha()
    const good = await zipOf([
      { name: 'ok.txt', data: 'fine' },
      { name: 'xx/evil.sh', data: 'rm -rf ~' }
    ])
    const evil = Buffer.from(good)
    let at = evil.indexOf('xx/evil.sh')
    while (at !== -1) {
      evil.write('../evil.sh', at)
      at = evil.indexOf('xx/evil.sh', at + 1)
    }
    const id = await plantArtifact('coverage', K, evil)
    const lookup = await findBaseline(deps(), 'coverage', [K])
    expect(lookup).toMatchObject({ found: true, artifactId: id })
    const error = await fetchBaseline(deps(), lookup as FoundBaseline).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BaselineUnavailableError)
    expect((error as Error).message).toMatch(
      /refusing entry "\.\.\/evil\.sh": "\.\." segment escapes the destination/
    )
    expect((error as Error).message).not.toContain('\n')
    await expect(readFile(path.join(tmp, 'evil.sh'))).rejects.toThrow(/ENOENT/)
    expect((await readdir(tmp)).filter(n => n.startsWith(`baseline-${id}-`))).toEqual([])
  })

  it('refuses a zip bomb baseline', async () => {
    const B = sha()
    const bomb = await zipOf([{ name: 'zeros.bin', data: Buffer.alloc(30 * 1024 * 1024) }])
    const id = await plantArtifact('coverage', B, bomb)
    const lookup = (await findBaseline(deps(), 'coverage', [B])) as FoundBaseline
    expect(lookup.artifactId).toBe(id)
    await expect(fetchBaseline(deps(), lookup, { maxTotalBytes: 4 * 1024 * 1024 })).rejects.toThrow(
      /zeros\.bin" declares 31457280 bytes|more than 4194304 bytes in total/
    )
    await expect(fetchBaseline(deps(), lookup, { maxZipBytes: 1000 })).rejects.toThrow(
      new RegExp(`baseline artifact ${id} .* is ${bomb.length} bytes, over the limit of 1000`)
    )
  })

  it('refuses a baseline whose bytes do not match the recorded digest', async () => {
    const D = sha()
    const zip = await zipOf([{ name: 'a.txt', data: 'a' }])
    await plantArtifact('coverage', D, zip, `sha256:${'0'.repeat(64)}`)
    const lookup = (await findBaseline(deps(), 'coverage', [D])) as FoundBaseline
    await expect(fetchBaseline(deps(), lookup)).rejects.toThrow(
      /downloaded zip has digest sha256:[0-9a-f]{64}, expected sha256:0{64}/
    )
  })

  it('downloads through the 302 without sending the token to the blob host, capped in size', async () => {
    const body = randomBytes(2000)
    const seen: (string | undefined)[] = []
    const blobHost = http.createServer((req, res) => {
      seen.push(req.headers.authorization)
      if (req.url?.startsWith('/chunked')) {
        res.writeHead(200, { 'content-type': 'application/zip' })
        res.write(body.subarray(0, 1000))
        res.end(body.subarray(1000))
      } else {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(body.length) })
        res.end(body)
      }
    })
    await new Promise<void>(resolve => blobHost.listen(0, '127.0.0.1', () => resolve()))
    const origin = `http://127.0.0.1:${(blobHost.address() as AddressInfo).port}`
    const original = registry.signedDownloadUrl
    try {
      const id = await plantArtifact('coverage', sha(), await zipOf([{ name: 'a', data: 'a' }]))
      registry.signedDownloadUrl = () => `${origin}/blob.zip?sig=abc`
      const opts = { octokit, owner: emulator.owner, repo: emulator.repo }
      const target = path.join(tmp, 'direct.zip')
      await createActionsArtifactClient(opts).downloadZip(id, target)
      expect(await readFile(target)).toEqual(body)
      expect(seen).toEqual([undefined])
      // An existing file is never overwritten (nor removed).
      await expect(createActionsArtifactClient(opts).downloadZip(id, target)).rejects.toThrow(/EEXIST/)
      expect(await readFile(target)).toEqual(body)

      const capped = createActionsArtifactClient({ ...opts, maxZipBytes: 1500 })
      const small = path.join(tmp, 'capped.zip')
      await expect(capped.downloadZip(id, small)).rejects.toThrow(
        new RegExp(`artifact ${id} is 2000 bytes, over the download limit of 1500`)
      )
      registry.signedDownloadUrl = () => `${origin}/chunked.zip?sig=abc`
      await expect(capped.downloadZip(id, small)).rejects.toThrow(
        /larger than the download limit of 1500 bytes/
      )
      await expect(readFile(small)).rejects.toThrow(/ENOENT/)
      await expect(createActionsArtifactClient(opts).downloadZip(99_999_999, small)).rejects.toThrow(
        `artifact 99999999 was not found in ${emulator.owner}/${emulator.repo}`
      )
    } finally {
      registry.signedDownloadUrl = original
      blobHost.closeAllConnections()
      await new Promise<void>(resolve => blobHost.close(() => resolve()))
    }
  })

  it('turns an API outage into a clear BaselineUnavailableError', async () => {
    // The first attempt and all 3 retries of the client fail: an outage, not a blip.
    emulator.inject({ kind: 500, path: /\/actions\/artifacts/, times: 4 })
    const error = await findBaseline(deps(), 'coverage', [C1]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BaselineUnavailableError)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(
      /^baseline lookup failed: GET \/repos\/acme\/widgets\/actions\/artifacts\?name=quality-gates-baseline-coverage-[0-9a-f]+ returned HTTP 500/
    )
    // All faults were consumed by that one lookup; the next one works again.
    expect(await findBaseline(deps(), 'coverage', [C1])).toMatchObject({ found: true, sha: C1 })
  })

  it('refuses to save a missing or empty directory', async () => {
    const empty = path.join(tmp, 'empty-dir')
    await mkdir(empty)
    await expect(saveBaseline(deps(), 'coverage', C2, empty)).rejects.toThrow(/contains no files/)
    await expect(saveBaseline(deps(), 'coverage', C2, path.join(tmp, 'nope'))).rejects.toThrow(
      /is not a directory/
    )
    await expect(saveBaseline(deps(), 'coverage', C2, empty, 0)).rejects.toThrow(/retention 0 is invalid/)
  })
})
