// The assets branch against the REST emulator's git data routes: the first publish creates the orphan branch, a
// second PR adds its folder without touching the first, a PR's newer commit replaces its older folder, closing
// prunes, the size limit squashes to the open PRs' folders, a 422 race is retried on the new tip, a read-only
// token (a fork PR) falls back to links, and hostile names stay plain paths.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createOctokit } from '../../src/shared/octokit.js'
import type { Octokit } from '../../src/shared/github.js'
import {
  DEFAULT_ASSETS_BRANCH,
  prunePr,
  publishThumbnails,
  type ThumbnailSource
} from '../../src/visual/assets-branch.js'
import { decodePng, encodePng, type RgbaImage } from '../../src/visual/png.js'
import { thumbnailLinks, thumbnailTable } from '../../src/visual/thumbnails.js'
import type { ImageResult } from '../../src/visual/model.js'
import { GitHubEmulator } from '../support/github-emulator.js'

const REPO = { owner: 'acme', repo: 'widgets' }
const REF = `refs/heads/${DEFAULT_ASSETS_BRANCH}`
const SHA_A = 'a1b2c3d'.padEnd(40, '0')
const SHA_B = 'b2c3d4e'.padEnd(40, '0')

let gh: GitHubEmulator
let octokit: Octokit

function page(
  width: number,
  height: number,
  changed?: { x: number; y: number; w: number; h: number }
): Buffer {
  const img: RgbaImage = { width, height, data: Buffer.alloc(width * height * 4) }
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const inside =
        changed && x >= changed.x && x < changed.x + changed.w && y >= changed.y && y < changed.y + changed.h
      img.data[i] = inside ? 220 : (x * 7) & 255
      img.data[i + 1] = inside ? 20 : (y * 3) & 255
      img.data[i + 2] = 128
      img.data[i + 3] = 255
    }
  return encodePng(img)
}

const BOX = { x: 300, y: 200, w: 60, h: 40 }
function source(name: string): ThumbnailSource {
  return {
    name,
    baseline: page(1200, 900),
    current: page(1200, 900, BOX),
    diff: page(92, 72, { x: 16, y: 16, w: 60, h: 40 }),
    box: { x: BOX.x, y: BOX.y, width: BOX.w, height: BOX.h }
  }
}

/** The branch's files: path → blob bytes. */
function files(): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const tip = gh.state.git.refs.get(REF)
  if (!tip) return out
  const commit = gh.state.git.objects.get(tip)
  if (commit?.type !== 'commit') throw new Error('tip is not a commit')
  const walk = (sha: string, prefix: string): void => {
    const tree = gh.state.git.objects.get(sha)
    if (tree?.type !== 'tree') return
    for (const e of tree.entries) {
      const obj = gh.state.git.objects.get(e.sha)
      if (obj?.type === 'tree') walk(e.sha, `${prefix}${e.name}/`)
      else if (obj?.type === 'blob') out.set(`${prefix}${e.name}`, obj.content)
    }
  }
  walk(commit.tree, '')
  return out
}

function tipCommit() {
  const tip = gh.state.git.refs.get(REF) as string
  const c = gh.state.git.objects.get(tip)
  if (c?.type !== 'commit') throw new Error('no tip commit')
  return c
}

function subtree(path: string): string | undefined {
  let sha = tipCommit().tree
  for (const part of path.split('/')) {
    const tree = gh.state.git.objects.get(sha)
    if (tree?.type !== 'tree') return undefined
    const e = tree.entries.find(x => x.name === part)
    if (!e) return undefined
    sha = e.sha
  }
  return sha
}

beforeEach(async () => {
  gh = await GitHubEmulator.start({
    ...REPO,
    tokens: {
      ghs_test: { login: 'github-actions[bot]', type: 'Bot', installation: true },
      ghs_fork: { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true }
    }
  })
  for (const n of [7, 8, 9])
    gh.addPull({ number: n, headSha: SHA_A, headRef: `f${n}`, baseSha: 'c'.repeat(40), baseRef: 'main' })
  octokit = createOctokit({ token: 'ghs_test', baseUrl: gh.url, minRetryDelayMs: 1, minWriteIntervalMs: 0 })
})
afterEach(async () => {
  await gh.close()
})

describe('publishThumbnails', () => {
  it('the first publish creates the orphan branch with bounded, cropped thumbnails and blob?raw=true URLs', async () => {
    expect(gh.state.git.refs.has(REF)).toBe(false)
    const out = await publishThumbnails({
      octokit,
      ...REPO,
      pr: 7,
      sha: SHA_A,
      images: [source('home/hero.png')]
    })
    if (!out.published) throw new Error(out.reason)
    expect(tipCommit().parents).toEqual([])
    const f = files()
    const paths = [...f.keys()].sort()
    expect(paths).toHaveLength(3)
    for (const p of paths)
      expect(p).toMatch(/^pr-7\/a1b2c3d\/home_hero-[0-9a-f]{10}\.(baseline|diff|current)\.png$/)
    const urls = out.urls.get('home/hero.png')
    expect(urls?.current).toBe(
      `https://github.com/acme/widgets/blob/quality-gates-assets/${paths.find(p => p.endsWith('.current.png'))}?raw=true`
    )
    // Baseline and current: the 60×40 change plus 16 px each side; the diff as given (92×72).
    for (const p of paths) {
      const img = decodePng(f.get(p) as Buffer)
      expect([img.width, img.height]).toEqual([92, 72])
      expect(img.width).toBeLessThanOrEqual(400)
    }
    const current = decodePng(f.get(paths.find(p => p.endsWith('.current.png')) as string) as Buffer)
    // The crop starts 16 px before the change: pixel (16,16) is the changed colour.
    const at = (16 * 92 + 16) * 4
    expect([...current.data.subarray(at, at + 3)]).toEqual([220, 20, 128])
  })

  it("a second PR adds its folder without touching the first; a newer commit replaces the PR's older folder", async () => {
    await publishThumbnails({ octokit, ...REPO, pr: 7, sha: SHA_A, images: [source('a.png')] })
    const first = tipCommit()
    const pr7 = subtree('pr-7')
    const out = await publishThumbnails({ octokit, ...REPO, pr: 8, sha: SHA_A, images: [source('b.png')] })
    expect(out.published).toBe(true)
    expect(tipCommit().parents).toEqual([first.sha])
    expect(subtree('pr-7')).toBe(pr7)
    expect(subtree('pr-8/a1b2c3d')).toBeDefined()
    await publishThumbnails({ octokit, ...REPO, pr: 8, sha: SHA_B, images: [source('b.png')] })
    expect(subtree('pr-8/a1b2c3d')).toBeUndefined()
    expect(subtree('pr-8/b2c3d4e')).toBeDefined()
    expect(subtree('pr-7')).toBe(pr7)
  })

  it("prunePr removes a closed PR's folder and nothing else; pruning again or without a branch is a no-op", async () => {
    expect(await prunePr({ octokit, ...REPO, pr: 7 })).toEqual({
      pruned: false,
      reason: 'no pr-7 folder on quality-gates-assets'
    })
    await publishThumbnails({ octokit, ...REPO, pr: 7, sha: SHA_A, images: [source('a.png')] })
    await publishThumbnails({ octokit, ...REPO, pr: 8, sha: SHA_A, images: [source('b.png')] })
    const pr8 = subtree('pr-8')
    const before = tipCommit().sha
    const out = await prunePr({ octokit, ...REPO, pr: 7 })
    expect(out.pruned).toBe(true)
    expect(subtree('pr-7')).toBeUndefined()
    expect(subtree('pr-8')).toBe(pr8)
    expect(tipCommit().parents).toEqual([before])
    expect((await prunePr({ octokit, ...REPO, pr: 7 })).pruned).toBe(false)
  })

  it("past the size limit the branch is squashed to one root commit holding only the open PRs' folders", async () => {
    await publishThumbnails({ octokit, ...REPO, pr: 7, sha: SHA_A, images: [source('a.png')] })
    await publishThumbnails({ octokit, ...REPO, pr: 8, sha: SHA_A, images: [source('b.png')] })
    const pr8 = subtree('pr-8')
    const size = [...files().values()].reduce((n, b) => n + b.length, 0)
    ;(gh.state.pulls.get(7) as { state: string }).state = 'closed'
    const logs: string[] = []
    // Room for what is there, not for one more PR's thumbnails.
    const out = await publishThumbnails({
      octokit,
      ...REPO,
      pr: 9,
      sha: SHA_A,
      images: [source('c.png')],
      limits: { maxBranchBytes: size + 10 },
      log: l => logs.push(l)
    })
    if (!out.published) throw new Error(out.reason)
    expect(out.squashed).toBe(true)
    expect(tipCommit().parents).toEqual([])
    expect(subtree('pr-7')).toBeUndefined()
    expect(subtree('pr-8')).toBe(pr8)
    expect(subtree('pr-9/a1b2c3d')).toBeDefined()
    expect(logs.join('\n')).toMatch(/squashed to one commit with 2 open PR folder/)
    // Under the limit: an ordinary commit on top again.
    const root = tipCommit().sha
    const again = await publishThumbnails({ octokit, ...REPO, pr: 8, sha: SHA_B, images: [source('b.png')] })
    expect(again.published && again.squashed).toBe(false)
    expect(tipCommit().parents).toEqual([root])
  })

  it('a 422 (another run moved the branch meanwhile) is retried on the new tip: both folders survive', async () => {
    await publishThumbnails({ octokit, ...REPO, pr: 7, sha: SHA_A, images: [source('a.png')] })
    const other = createOctokit({
      token: 'ghs_test',
      baseUrl: gh.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0
    })
    let raced = false
    octokit.hook.before('request', async options => {
      if (!raced && options.method === 'PATCH' && String(options.url).includes('/git/refs/')) {
        raced = true
        const r = await publishThumbnails({
          octokit: other,
          ...REPO,
          pr: 8,
          sha: SHA_A,
          images: [source('b.png')]
        })
        expect(r.published).toBe(true)
      }
    })
    const logs: string[] = []
    const out = await publishThumbnails({
      octokit,
      ...REPO,
      pr: 7,
      sha: SHA_B,
      images: [source('a.png')],
      log: l => logs.push(l)
    })
    expect(out.published).toBe(true)
    expect(raced).toBe(true)
    expect(gh.requests.filter(r => r.method === 'PATCH' && r.status === 422)).toHaveLength(1)
    expect(logs.join('\n')).toMatch(/moved meanwhile \(attempt 1 of 5\)/)
    expect(subtree('pr-8/a1b2c3d')).toBeDefined()
    expect(subtree('pr-7/b2c3d4e')).toBeDefined()
    expect(subtree('pr-7/a1b2c3d')).toBeUndefined()
  })

  it('a race that never ends gives up after the bounded attempts, without throwing', async () => {
    await publishThumbnails({ octokit, ...REPO, pr: 7, sha: SHA_A, images: [source('a.png')] })
    const other = createOctokit({
      token: 'ghs_test',
      baseUrl: gh.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0
    })
    let n = 0
    octokit.hook.before('request', async options => {
      if (options.method === 'PATCH' && String(options.url).includes('/git/refs/')) {
        n++
        await publishThumbnails({
          octokit: other,
          ...REPO,
          pr: 8,
          sha: `${n}`.padEnd(40, 'f'),
          images: [source('b.png')]
        })
      }
    })
    const out = await publishThumbnails({
      octokit,
      ...REPO,
      pr: 9,
      sha: SHA_A,
      images: [source('c.png')],
      limits: { maxAttempts: 3 }
    })
    expect(out.published).toBe(false)
    expect(n).toBe(3)
    if (!out.published) expect(out.reason).toMatch(/not published .*Update is not a fast forward/)
  })

  it('a read-only token (fork PR) writes nothing and falls back to artifact links', async () => {
    const fork = createOctokit({
      token: 'ghs_fork',
      baseUrl: gh.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0
    })
    const out = await publishThumbnails({
      octokit: fork,
      ...REPO,
      pr: 7,
      sha: SHA_A,
      images: [source('a.png')]
    })
    expect(out.published).toBe(false)
    if (!out.published) expect(out.reason).toMatch(/permission.*contents: write.*403/)
    expect(gh.state.git.refs.size).toBe(0)
    const images: ImageResult[] = [
      {
        name: 'a.png',
        status: 'changed',
        diffPixels: 3,
        subtlePixels: 0,
        allowedPixels: 0,
        width: 9,
        height: 9
      }
    ]
    const md = out.published
      ? thumbnailTable(images, out.urls)
      : thumbnailLinks(images, 'https://github.com/acme/widgets/actions/runs/5/artifacts/6')
    expect(md).toContain(
      '[the visual report artifact](https://github.com/acme/widgets/actions/runs/5/artifacts/6)'
    )
    expect(md).not.toContain('<img')
  })

  it('a refused prune (read-only token) is an outcome, not an exception', async () => {
    await publishThumbnails({ octokit, ...REPO, pr: 7, sha: SHA_A, images: [source('a.png')] })
    const fork = createOctokit({
      token: 'ghs_fork',
      baseUrl: gh.url,
      minRetryDelayMs: 1,
      minWriteIntervalMs: 0
    })
    const out = await prunePr({ octokit: fork, ...REPO, pr: 7 })
    expect(out.pruned).toBe(false)
    if (!out.pruned) expect(out.reason).toMatch(/refused/)
    expect(subtree('pr-7')).toBeDefined()
  })

  it('hostile names are plain file names under the PR folder; an unreadable image is skipped, the rest published', async () => {
    const names = [
      '../../escape.png',
      '<script>alert(1)</script>.png',
      'a](javascript:x).png',
      '..png',
      'x/../../y.png'
    ]
    const images = names.map(source)
    images.push({ name: 'broken.png', baseline: Buffer.from('not a png'), current: page(50, 50) })
    const out = await publishThumbnails({ octokit, ...REPO, pr: 7, sha: SHA_A, images })
    if (!out.published) throw new Error(out.reason)
    const paths = [...files().keys()]
    expect(paths).toHaveLength(names.length * 3 + 1)
    for (const p of paths)
      expect(p).toMatch(
        /^pr-7\/a1b2c3d\/[A-Za-z0-9][A-Za-z0-9_-]*-[0-9a-f]{10}\.(baseline|diff|current)\.png$/
      )
    expect(out.skipped).toEqual([
      { name: 'broken.png', reason: 'baseline: not a PNG file (no PNG signature)' }
    ])
    expect(out.urls.get('broken.png')?.baseline).toBeUndefined()
    expect(out.urls.get('broken.png')?.current).toMatch(/\.current\.png\?raw=true$/)
    for (const u of out.urls.values())
      for (const url of Object.values(u))
        expect(url).toMatch(
          /^https:\/\/github\.com\/acme\/widgets\/blob\/quality-gates-assets\/pr-7\/a1b2c3d\/[\w-]+\.\w+\.png\?raw=true$/
        )
  })

  it('bad arguments are a reason, not an exception', async () => {
    const bad = await publishThumbnails({
      octokit,
      ...REPO,
      branch: '../main',
      pr: 7,
      sha: SHA_A,
      images: [source('a.png')]
    })
    expect(bad).toMatchObject({ published: false, reason: expect.stringMatching(/not a usable branch name/) })
    const badPr = await publishThumbnails({ octokit, ...REPO, pr: 0, sha: SHA_A, images: [source('a.png')] })
    expect(badPr).toMatchObject({
      published: false,
      reason: expect.stringMatching(/not a pull request number/)
    })
    expect(gh.requests).toHaveLength(0)
  })
})
