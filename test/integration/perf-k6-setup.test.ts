/**
 * ensureK6 against a stand-in of k6's GitHub releases on 127.0.0.1 (test/support/k6-release-server.ts: archives in
 * the real layout with a stand-in `k6` script, and the `sha256sum` checksums file), with the real
 * @actions/tool-cache and the real @actions/cache client against the v1 cache-service stand-in.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureK6, k6CacheKey, k6Asset, type EnsureK6Options } from '../../src/perf/k6-setup.js'
import { UserError } from '../../src/shared/errors.js'
import { startCacheService, type CacheScope, type CacheService } from '../support/cache-service.js'
import { startK6ReleaseServer, targz, type K6ReleaseServer } from '../support/k6-release-server.js'

const VERSION = '2.2.0'
const MAIN: CacheScope = { scope: 'refs/heads/main', read: true, write: true }

let tmp: string
let releases: K6ReleaseServer
let cache: CacheService
let logs: { level: string; message: string }[]
const savedEnv = { ...process.env }

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-k6-setup-'))
  releases = await startK6ReleaseServer({ versions: [VERSION, '1.8.1'] })
  cache = await startCacheService()
})

afterAll(async () => {
  await releases?.close()
  await cache?.close()
  await rm(tmp, { recursive: true, force: true })
})

beforeEach(() => {
  logs = []
  releases.redirects = 0
  releases.tamper.clear()
  releases.failures.clear()
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k]
  Object.assign(process.env, savedEnv)
})

/** Options for a fresh runner: its own empty tool cache and temp dir; no Actions cache unless asked. */
async function runner(over: Partial<EnsureK6Options> = {}): Promise<EnsureK6Options> {
  const dir = await mkdtemp(join(tmp, 'runner-'))
  return {
    toolCache: join(dir, 'tool-cache'),
    tempDir: join(dir, 'temp'),
    downloadUrl: releases.url,
    platform: 'linux',
    arch: 'x64',
    cache: false,
    env: {},
    log: (level, message) => void logs.push({ level, message }),
    limits: { retryDelayMs: 0 },
    ...over
  }
}

async function prepared(over: Partial<EnsureK6Options> = {}): Promise<EnsureK6Options> {
  const o = await runner(over)
  const { mkdir } = await import('node:fs/promises')
  await mkdir(o.toolCache, { recursive: true })
  await mkdir(o.tempDir, { recursive: true })
  return o
}

const cacheEnv = (): NodeJS.ProcessEnv => ({
  ACTIONS_CACHE_URL: cache.url,
  ACTIONS_RUNTIME_TOKEN: cache.tokenFor([MAIN]),
  GITHUB_SERVER_URL: 'https://ghes.example.com'
})

async function failure(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error
  )
  expect(e).toBeInstanceOf(UserError)
  const message = (e as UserError).message
  expect(message).not.toContain('\n')
  return e as UserError
}

const archiveDownloads = () => releases.downloads().filter(p => !p.endsWith('checksums.txt'))

describe('ensureK6: download, verify, tool cache', () => {
  it('downloads the linux archive, verifies it, installs it in the tool cache; the second call uses the tool cache', async () => {
    const o = await prepared()
    const before = releases.downloads().length
    const first = await ensureK6(o)
    expect(first).toEqual({
      path: join(o.toolCache, 'k6', VERSION, 'x64', 'k6'),
      version: VERSION,
      source: 'download'
    })
    expect(releases.downloads().slice(before)).toEqual([
      `/v${VERSION}/k6-v${VERSION}-checksums.txt`,
      `/v${VERSION}/k6-v${VERSION}-linux-amd64.tar.gz`
    ])
    // The installed stand-in runs: the file is what the archive held, executable.
    expect(execFileSync(first.path, ['version'], { encoding: 'utf8' })).toContain(`k6 v${VERSION}`)
    expect(existsSync(join(o.toolCache, 'k6', VERSION, 'x64.complete'))).toBe(true)
    expect(logs.some(l => /SHA-256 verified/.test(l.message))).toBe(true)

    const second = await ensureK6(o)
    expect(second).toEqual({ ...first, source: 'tool-cache' })
    expect(releases.downloads().length).toBe(before + 2)
    // Nothing left behind in the temp dir.
    expect(await readdir(o.tempDir)).toEqual([])
  }, 60_000)

  it.each([
    ['darwin', 'arm64', 'macos-arm64.zip', 'k6'],
    ['win32', 'x64', 'windows-amd64.zip', 'k6.exe'],
    ['linux', 'arm64', 'linux-arm64.tar.gz', 'k6']
  ])(
    '%s/%s: the %s asset, its folder and binary',
    async (platform, arch, suffix, binary) => {
      const o = await prepared({ platform: platform as NodeJS.Platform, arch })
      const got = await ensureK6(o)
      expect(got.path).toBe(join(o.toolCache, 'k6', VERSION, arch, binary))
      expect(archiveDownloads().at(-1)).toBe(`/v${VERSION}/k6-v${VERSION}-${suffix}`)
      expect(execFileSync('sh', [got.path, 'version'], { encoding: 'utf8' })).toContain(`k6 v${VERSION}`)
    },
    60_000
  )

  it('another pinned version is another release and another tool cache folder', async () => {
    const o = await prepared({ version: 'v1.8.1' })
    const got = await ensureK6(o)
    expect(got.path).toBe(join(o.toolCache, 'k6', '1.8.1', 'x64', 'k6'))
    expect(archiveDownloads().at(-1)).toBe('/v1.8.1/k6-v1.8.1-linux-amd64.tar.gz')
  }, 60_000)

  it('refuses an archive whose SHA-256 is not the checksums file’s: one line, nothing installed', async () => {
    releases.tamper.add(`k6-v${VERSION}-linux-amd64.tar.gz`)
    const o = await prepared()
    const e = await failure(ensureK6(o))
    expect(e.message).toMatch(
      new RegExp(
        `^k6 ${VERSION}: k6-v${VERSION}-linux-amd64\\.tar\\.gz has SHA-256 [0-9a-f]{64}, but k6-v${VERSION}-checksums\\.txt says [0-9a-f]{64}; refused, nothing installed$`
      )
    )
    expect(existsSync(join(o.toolCache, 'k6'))).toBe(false)
    expect(await readdir(o.tempDir)).toEqual([])
  }, 60_000)

  it('a version that was never released is a one-line 404 error, without downloading any archive', async () => {
    const o = await prepared({ version: '9.9.9' })
    const before = archiveDownloads().length
    const e = await failure(ensureK6(o))
    expect(e.message).toBe(
      `k6 9.9.9: no such release (${releases.url}/v9.9.9/k6-v9.9.9-checksums.txt answered 404)`
    )
    expect(archiveDownloads().length).toBe(before)
  }, 60_000)

  it('follows a redirect chain within the limit (as github.com answers), and stops one beyond it', async () => {
    releases.redirects = 2
    const ok = await ensureK6(await prepared({ limits: { maxRedirects: 2, retryDelayMs: 0 } }))
    expect(ok.source).toBe('download')
    const hops = releases.requests.filter(r => r.path.startsWith('/redirect/'))
    expect(hops.length).toBeGreaterThanOrEqual(4)

    releases.redirects = 3
    const e = await failure(ensureK6(await prepared({ limits: { maxRedirects: 2, retryDelayMs: 0 } })))
    expect(e.message).toBe(
      `${releases.url}/v${VERSION}/k6-v${VERSION}-checksums.txt: more than 2 redirects, stopped`
    )
  }, 60_000)

  it('refuses an archive over the size cap before reading it', async () => {
    const o = await prepared({ limits: { maxArchiveBytes: 100, retryDelayMs: 0 } })
    const e = await failure(ensureK6(o))
    expect(e.message).toMatch(/k6-v2\.2\.0-linux-amd64\.tar\.gz is \d+ bytes, over the limit of 100$/)
    expect(existsSync(join(o.toolCache, 'k6'))).toBe(false)
  }, 60_000)

  it('retries a 503 and then succeeds; gives up with a one-line error after the attempts', async () => {
    releases.failures.set(`k6-v${VERSION}-linux-amd64.tar.gz`, 1)
    const ok = await ensureK6(await prepared())
    expect(ok.source).toBe('download')
    expect(logs.some(l => l.level === 'warning' && /HTTP 503; attempt 2 of 3/.test(l.message))).toBe(true)

    releases.failures.set(`k6-v${VERSION}-linux-amd64.tar.gz`, 5)
    const e = await failure(ensureK6(await prepared()))
    expect(e.message).toBe(
      `k6 ${VERSION}: ${releases.url}/v${VERSION}/k6-v${VERSION}-linux-amd64.tar.gz answered HTTP 503`
    )
  }, 60_000)

  it('refuses an archive that passes the checksum but is not in the release layout', async () => {
    // A release whose checksums file vouches for an archive without the k6-v<version>-<os>-<arch>/ folder.
    const { createServer } = await import('node:http')
    const bad = targz([{ name: 'k6', body: '#!/bin/sh\n' }])
    const { sha256 } = await import('../support/k6-release-server.js')
    const sums = `${sha256(bad)}  k6-v${VERSION}-linux-amd64.tar.gz\n`
    const server = createServer((req, res) => {
      const body = req.url?.endsWith('checksums.txt') ? Buffer.from(sums) : bad
      res.writeHead(200, { 'content-length': body.length })
      res.end(body)
    })
    server.unref()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
    try {
      const port = (server.address() as { port: number }).port
      const o = await prepared({ downloadUrl: `http://127.0.0.1:${port}` })
      const e = await failure(ensureK6(o))
      expect(e.message).toBe(
        `k6 ${VERSION}: k6-v${VERSION}-linux-amd64.tar.gz does not hold k6-v${VERSION}-linux-amd64/k6 (found k6)`
      )
      expect(existsSync(join(o.toolCache, 'k6'))).toBe(false)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  }, 60_000)
})

describe('ensureK6: the Actions cache keeps the archive across runs', () => {
  it('a cold runner downloads and saves; the next cold runner restores it and downloads only the checksums', async () => {
    const key = k6CacheKey(k6Asset(VERSION, 'linux', 'x64'))
    expect(key).toBe(`quality-gates-k6-v${VERSION}-linux-amd64`)

    const first = await ensureK6(await prepared({ cache: true, env: cacheEnv() }))
    expect(first.source).toBe('download')
    const entry = cache.entries.find(e => e.key === key)
    expect(entry?.committed).toBe(true)
    expect(entry?.scope).toBe('refs/heads/main')

    const before = releases.downloads().length
    const o = await prepared({ cache: true, env: cacheEnv() })
    const second = await ensureK6(o)
    expect(second).toEqual({
      path: join(o.toolCache, 'k6', VERSION, 'x64', 'k6'),
      version: VERSION,
      source: 'actions-cache'
    })
    expect(releases.downloads().slice(before)).toEqual([`/v${VERSION}/k6-v${VERSION}-checksums.txt`])
    expect(execFileSync(second.path, ['version'], { encoding: 'utf8' })).toContain(`k6 v${VERSION}`)
    // Restored, not saved again.
    expect(cache.entries.filter(e => e.key === key)).toHaveLength(1)
  }, 120_000)

  it('a cache entry whose archive does not match the checksums file is ignored and the release downloaded', async () => {
    const asset = k6Asset('1.8.1', 'linux', 'x64')
    const key = k6CacheKey(asset)
    // Plant an entry made the toolkit's way (save from a run) but holding a forged archive.
    const forged = targz([
      { name: `${asset.stem}/` },
      { name: `${asset.stem}/k6`, body: '#!/bin/sh\necho forged\n' }
    ])
    const stage = await mkdtemp(join(tmp, 'forge-'))
    const { mkdir } = await import('node:fs/promises')
    await mkdir(join(stage, 'quality-gates-k6'))
    await writeFile(join(stage, 'quality-gates-k6', asset.archive), forged)
    const cacheLib = await import('@actions/cache')
    const savedCwd = process.cwd()
    Object.assign(process.env, cacheEnv(), { GITHUB_WORKSPACE: stage, RUNNER_TEMP: stage })
    process.chdir(stage)
    try {
      expect(await cacheLib.saveCache(['quality-gates-k6'], key)).toBeGreaterThan(0)
    } finally {
      process.chdir(savedCwd)
    }

    const before = archiveDownloads().length
    const o = await prepared({ version: '1.8.1', cache: true, env: cacheEnv() })
    const got = await ensureK6(o)
    expect(got.source).toBe('download')
    expect(archiveDownloads().length).toBe(before + 1)
    expect(execFileSync(got.path, ['version'], { encoding: 'utf8' })).toContain('k6 v1.8.1')
    expect(logs.some(l => l.level === 'warning' && /is not the release's/.test(l.message))).toBe(true)
  }, 120_000)

  it('a cache service outage only costs the download', async () => {
    cache.outage = 503
    try {
      const got = await ensureK6(await prepared({ cache: true, env: cacheEnv() }))
      expect(got.source).toBe('download')
    } finally {
      cache.outage = undefined
    }
  }, 120_000)

  it('without a cache service the archive is downloaded and the log says why it is not kept', async () => {
    const got = await ensureK6(await prepared({ cache: true, env: {} }))
    expect(got.source).toBe('download')
    expect(
      logs.some(l => /not kept in the Actions cache \(no cache service in this run\)/.test(l.message))
    ).toBe(true)
  }, 60_000)
})

describe('ensureK6: k6-path', () => {
  it('uses an installed k6 that runs `version`, and says which version it is', async () => {
    const dir = await mkdtemp(join(tmp, 'bin-'))
    const k6 = join(dir, 'k6')
    await writeFile(k6, '#!/bin/sh\necho "k6 v1.7.1 (go1.24.0, linux/amd64)"\n')
    await chmod(k6, 0o755)
    const before = releases.requests.length
    const got = await ensureK6(await prepared({ k6Path: k6 }))
    expect(got).toEqual({ path: k6, version: '1.7.1', source: 'k6-path' })
    expect(releases.requests.length).toBe(before)
  })

  it('refuses a k6-path that is missing, not executable, fails `version` or is not k6', async () => {
    const dir = await mkdtemp(join(tmp, 'bin-'))
    const o = await prepared()
    expect((await failure(ensureK6({ ...o, k6Path: join(dir, 'nope') }))).message).toBe(
      `k6-path ${join(dir, 'nope')}: no such file`
    )
    const plain = join(dir, 'plain')
    await writeFile(plain, 'not a program')
    expect((await failure(ensureK6({ ...o, k6Path: plain }))).message).toBe(
      `k6-path ${plain} is not executable`
    )
    const failing = join(dir, 'failing')
    await writeFile(failing, '#!/bin/sh\necho broken >&2\nexit 3\n')
    await chmod(failing, 0o755)
    expect((await failure(ensureK6({ ...o, k6Path: failing }))).message).toBe(
      `k6 at ${failing}: \`k6 version\` exited with code 3: broken`
    )
    const other = join(dir, 'other')
    await writeFile(other, '#!/bin/sh\necho "hello"\n')
    await chmod(other, 0o755)
    expect((await failure(ensureK6({ ...o, k6Path: other }))).message).toBe(
      `${other}: \`k6 version\` printed no k6 version ("hello")`
    )
  })
})
