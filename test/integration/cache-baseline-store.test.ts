/**
 * The cache baseline store with the real @actions/cache client against the v1 cache-service stand-in
 * (test/support/cache-service.ts), as on GitHub Enterprise Server: a trusted push saves, a pull request's run
 * finds through the first-parent walk-back; untrusted saves, misses, outages and hostile entries are each a
 * clear, non-crashing outcome.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BaselineUnavailableError } from '../../src/shared/baseline.js'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import { createCacheBaselineStore, type CacheBaselineOptions } from '../../src/shared/cache-baseline-store.js'
import type { RunContext } from '../../src/shared/host.js'
import { startCacheService, type CacheScope, type CacheService } from '../support/cache-service.js'

const FILE = 'coverage-baseline.json'
const sha = (n: number) => n.toString(16).padStart(40, 'c')
const MAIN: CacheScope = { scope: 'refs/heads/main', read: true, write: true }
const PR: CacheScope[] = [
  { scope: 'refs/pull/7/merge', read: true, write: true },
  { scope: 'refs/heads/main', read: true, write: false }
]

let tmp: string
let service: CacheService
const savedEnv = { ...process.env }
let logs: { level: string; message: string }[]

const context = (eventName: string, ref: string): RunContext => ({
  eventName,
  sha: sha(0),
  ref,
  repository: { owner: 'acme', repo: 'widgets', id: 1 },
  serverUrl: 'https://ghes.example.com',
  apiUrl: 'https://ghes.example.com/api/v3',
  payload: { repository: { default_branch: 'main' } }
})

async function store(
  eventName: string,
  ref: string,
  scopes: CacheScope[],
  extra: Partial<CacheBaselineOptions> = {}
): Promise<BaselineStore> {
  process.env.ACTIONS_RUNTIME_TOKEN = service.tokenFor(scopes)
  const tempDir = await mkdtemp(join(tmp, 'run-'))
  return createCacheBaselineStore({
    context: context(eventName, ref),
    tempDir,
    log: (level, message) => void logs.push({ level, message }),
    ...extra
  })
}

const pushStore = (extra: Partial<CacheBaselineOptions> = {}) =>
  store('push', 'refs/heads/main', [MAIN], extra)
const prStore = (extra: Partial<CacheBaselineOptions> = {}) =>
  store('pull_request', 'refs/pull/7/merge', PR, extra)

async function saveAt(commit: string, body: string): Promise<string> {
  const dir = await mkdtemp(join(tmp, 'out-'))
  await writeFile(join(dir, FILE), body)
  return (await pushStore()).save('coverage', commit, dir, FILE, 90)
}

/** A ustar archive of `entries` (name, type '0' file / '2' symlink, body or link target). */
function tar(entries: { name: string; type?: '0' | '2'; body?: string; link?: string }[]): Buffer {
  const blocks: Buffer[] = []
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '')
    const header = Buffer.alloc(512)
    header.write(e.name, 0, 100)
    header.write('0000644\0', 100)
    header.write('0000000\0', 108)
    header.write('0000000\0', 116)
    header.write(`${(e.type === '2' ? 0 : body.length).toString(8).padStart(11, '0')}\0`, 124)
    header.write('00000000000\0', 136)
    header.write('        ', 148)
    header.write(e.type ?? '0', 156)
    if (e.link) header.write(e.link, 157, 100)
    header.write('ustar\u000000', 257)
    let sum = 0
    for (const byte of header) sum += byte
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
    blocks.push(header)
    if (e.type !== '2' && body.length > 0) {
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512))
    }
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

/** Compress as the toolkit chose when it saved (zstd when the machine has it, else gzip). */
function compressLikeToolkit(archive: Buffer): Buffer {
  try {
    return execFileSync('zstd', ['-q', '-c'], { input: archive })
  } catch {
    return gzipSync(archive)
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-cache-store-'))
  service = await startCacheService()
})

afterAll(async () => {
  await service?.close()
  await rm(tmp, { recursive: true, force: true })
})

beforeEach(() => {
  logs = []
  service.outage = undefined
  // As on a GHES runner: the toolkit speaks v1 REST to ACTIONS_CACHE_URL.
  process.env.GITHUB_SERVER_URL = 'https://ghes.example.com'
  process.env.ACTIONS_CACHE_URL = service.url
  delete process.env.ACTIONS_CACHE_SERVICE_V2
  delete process.env.ACTIONS_CACHE_MODE
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k]
  Object.assign(process.env, savedEnv)
})

describe('cache baseline store (v1 REST, as on GHES)', () => {
  it('a trusted push saves; a pull request finds it on the grandparent, 2 commits behind', async () => {
    const where = await saveAt(sha(2), '{"grandparent":true}')
    expect(where).toBe(`cache entry quality-gates-baseline-coverage-${sha(2)}`)
    const entry = service.entries.find(e => e.key === `quality-gates-baseline-coverage-${sha(2)}`)
    expect(entry?.scope).toBe('refs/heads/main')
    expect(entry?.committed).toBe(true)

    const pr = await prStore()
    expect(pr.savesInAuto).toBe(false)
    const found = await pr.find('coverage', async () => [sha(0), sha(1), sha(2), sha(3)], FILE)
    expect(found).toMatchObject({
      found: true,
      sha: sha(2),
      behind: 2,
      note: `found at ${sha(2).slice(0, 7)}, 2 commits behind`
    })
    if (!found.found) throw new Error('unreachable')
    expect(await readFile(found.path, 'utf8')).toBe('{"grandparent":true}')
    // One lookup, the candidates' exact keys newest first.
    const lookups = service.requests.filter(r => r.keys)
    expect(lookups.at(-1)?.keys).toEqual([0, 1, 2, 3].map(n => `quality-gates-baseline-coverage-${sha(n)}`))
  }, 60_000)

  it('walks back past ten keys in batches of ten (the toolkit limit)', async () => {
    await saveAt(sha(112), '{"far":true}')
    const candidates = Array.from({ length: 20 }, (_, i) => sha(100 + i))
    const before = service.requests.length
    const found = await (await prStore()).find('coverage', async () => candidates, FILE)
    expect(found).toMatchObject({ found: true, sha: sha(112), behind: 12 })
    const lookups = service.requests.slice(before).filter(r => r.keys)
    expect(lookups.map(r => r.keys?.length)).toEqual([10, 10])
  }, 60_000)

  it('a miss is a clear "none found", not an error', async () => {
    const found = await (await prStore()).find('coverage', async () => [sha(200), sha(201)], FILE)
    expect(found).toEqual({
      found: false,
      note: `none within 2 first-parent commits of ${sha(200).slice(0, 7)} in the cache`
    })
  }, 60_000)

  it('refuses to save from an untrusted run, before any call to the service', async () => {
    const before = service.requests.length
    const dir = await mkdtemp(join(tmp, 'out-'))
    await writeFile(join(dir, FILE), '{}')
    await expect((await prStore()).save('coverage', sha(300), dir, FILE, 90)).rejects.toThrow(
      /saved only by push, merge_group, schedule, workflow_dispatch runs on the default branch, not by this pull_request run/
    )
    expect(service.requests.length).toBe(before)
  })

  it('an outage is a BaselineUnavailableError saying so (the gate warns and takes its missing-baseline path)', async () => {
    service.outage = 500
    const lookup = (await prStore()).find('coverage', async () => [sha(2)], FILE)
    await expect(lookup).rejects.toThrow(BaselineUnavailableError)
    await expect(lookup).rejects.toThrow(/baseline lookup in the cache failed: Failed to restore: .*500/)
    await expect(saveAt(sha(301), '{}')).rejects.toThrow(
      /saving cache entry .* failed: Failed to save: .*500/
    )
  }, 60_000)

  it('without a cache service in the run, says which variable is missing', async () => {
    delete process.env.ACTIONS_CACHE_URL
    delete process.env.ACTIONS_RESULTS_URL
    await expect((await prStore()).find('coverage', async () => [sha(2)], FILE)).rejects.toThrow(
      /no cache service in this run \(ACTIONS_CACHE_URL is not set\)/
    )
  })

  it('a second save of the same commit is refused by the service; the first stands', async () => {
    await saveAt(sha(400), '{"first":true}')
    await expect(saveAt(sha(400), '{"second":true}')).rejects.toThrow(/already exists/)
    const found = await (await prStore()).find('coverage', async () => [sha(400)], FILE)
    if (!found.found) throw new Error('not found')
    expect(await readFile(found.path, 'utf8')).toBe('{"first":true}')
  }, 60_000)

  it('uses a hit only when the matched key is a candidate key exactly (not a longer key it prefixes)', async () => {
    await saveAt(sha(501), '{"real":true}')
    const version = service.entries.find(e => e.key.endsWith(sha(501)))?.version as string
    service.plant({
      key: `quality-gates-baseline-coverage-${sha(500)}-planted`,
      version,
      scope: 'refs/heads/main',
      archive: compressLikeToolkit(
        tar([{ name: 'quality-gates-baseline/coverage-baseline.json', body: '{"planted":true}' }])
      )
    })
    const found = await (await prStore()).find('coverage', async () => [sha(500), sha(501)], FILE)
    expect(found).toMatchObject({ found: true, sha: sha(501), behind: 1 })
    expect(logs.some(l => l.level === 'warning' && /matches .* only as a prefix/.test(l.message))).toBe(true)
  }, 60_000)

  describe('hostile entries (restored with the toolkit’s tar -P) stay inside the restore folder', () => {
    const plantAt = async (n: number, entries: Parameters<typeof tar>[0]) => {
      await saveAt(sha(n + 1), '{}') // for the version the toolkit computes on this machine
      const version = service.entries.find(e => e.key.endsWith(sha(n + 1)))?.version as string
      service.plant({
        key: `quality-gates-baseline-coverage-${sha(n)}`,
        version,
        scope: 'refs/heads/main',
        archive: compressLikeToolkit(tar(entries))
      })
    }

    it.each([
      [
        'a ../ member',
        600,
        (victim: string) => [
          { name: `quality-gates-baseline/../../../../../../../../../..${victim}`, body: 'pwned' }
        ]
      ],
      ['an absolute member', 610, (victim: string) => [{ name: victim, body: 'pwned' }]],
      [
        'a symlink followed by a member through it',
        620,
        (victim: string) => [
          { name: 'quality-gates-baseline/link', type: '2' as const, link: join(victim, '..') },
          { name: `quality-gates-baseline/link/${victim.split('/').at(-1)}`, body: 'pwned' }
        ]
      ]
    ])(
      '%s: refused as unusable, nothing written outside',
      async (_what, n, entries) => {
        const victimDir = await mkdtemp(join(tmp, 'victim-'))
        const victim = join(victimDir, 'escaped.txt')
        await plantAt(n, [
          { name: 'quality-gates-baseline/coverage-baseline.json', body: '{}' },
          ...entries(victim)
        ])
        const lookup = (await prStore()).find('coverage', async () => [sha(n)], FILE)
        await expect(lookup).rejects.toThrow(BaselineUnavailableError)
        expect(existsSync(victim)).toBe(false)
        expect(await readdir(victimDir)).toEqual([])
      },
      60_000
    )

    it('an archive over the size limit is not extracted', async () => {
      await saveAt(sha(700), JSON.stringify({ padding: 'x'.repeat(4096) }))
      const lookup = (await prStore({ maxArchiveBytes: 64 })).find('coverage', async () => [sha(700)], FILE)
      await expect(lookup).rejects.toThrow(/over the limit of 64 bytes/)
    }, 60_000)

    it('more files than allowed is refused', async () => {
      const dir = await mkdtemp(join(tmp, 'out-'))
      await writeFile(join(dir, FILE), '{}')
      await mkdir(join(dir, 'extra'))
      for (let i = 0; i < 5; i++) await writeFile(join(dir, 'extra', `f${i}`), 'x')
      await (await pushStore()).save('coverage', sha(800), dir, FILE, 90)
      const lookup = (await prStore({ limits: { maxEntries: 3 } })).find(
        'coverage',
        async () => [sha(800)],
        FILE
      )
      await expect(lookup).rejects.toThrow(/is unusable: more than 3 files/)
    }, 60_000)
  })
})
