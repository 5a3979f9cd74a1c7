// Real Chromium screenshots (Debian chromium driven by playwright-core) through the worker pool: counts equal
// plain pngjs + pixelmatch on the same pairs, the pool never holds more pairs than its size, and the pool's
// answers equal the in-process ones.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { compareSuites } from '../../src/visual/compare.js'
import { buildVisualWorker } from '../support/visual-worker-build.js'

const CHROMIUM = '/usr/bin/chromium'
const haveChromium = existsSync(CHROMIUM)
const describeChromium = haveChromium ? describe : describe.skip
if (!haveChromium) console.log('visual-chromium: /usr/bin/chromium absent, skipped')

function page(title: string, colour: string, rows: number): string {
  const items = Array.from({ length: rows }, (_, i) => `<li>Item ${i}: <b>lorem ipsum</b> dolor</li>`).join(
    ''
  )
  return `<!doctype html><html><body style="font-family:sans-serif;margin:20px">
<h1 style="color:${colour}">${title}</h1><button style="border-radius:8px;padding:6px">Buy</button><ul>${items}</ul>
</body></html>`
}

describeChromium('visual compare on real Chromium screenshots', () => {
  let dir: string
  let workerScript: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'visual-chromium-'))
    workerScript = await buildVisualWorker(join(dir, 'visual-worker.mjs'))
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    try {
      const ctx = await browser.newContext({ viewport: { width: 640, height: 400 } })
      const p = await ctx.newPage()
      const shots: Array<[string, string, string]> = [
        ['same-1.png', page('Home', '#222', 5), page('Home', '#222', 5)],
        ['same-2.png', page('About', '#222', 8), page('About', '#222', 8)],
        ['text.png', page('Pricing', '#222', 6), page('Pricing!', '#222', 6)],
        ['colour.png', page('Shop', '#222', 6), page('Shop', '#2a2a2a', 6)],
        ['nested/list.png', page('List', '#222', 4), page('List', '#222', 5)],
        ['tall.png', page('Tall', '#222', 30), page('Tall', '#222', 31)]
      ]
      for (const side of ['base', 'cur']) mkdirSync(join(dir, side, 'nested'), { recursive: true })
      for (const [name, a, b] of shots) {
        const full = name === 'tall.png'
        await p.setContent(a)
        await p.screenshot({
          path: join(dir, 'base', name),
          fullPage: full,
          animations: 'disabled',
          caret: 'hide'
        })
        await p.setContent(b)
        await p.screenshot({
          path: join(dir, 'cur', name),
          fullPage: full,
          animations: 'disabled',
          caret: 'hide'
        })
      }
    } finally {
      await browser.close()
    }
  }, 120000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('counts equal pngjs + pixelmatch, the pool is bounded, and pool = in process', async () => {
    const input = { baselineDir: join(dir, 'base'), currentDir: join(dir, 'cur'), diffDir: join(dir, 'diff') }
    const pooled = await compareSuites({ ...input, poolSize: 2, workerScript })
    expect(pooled.stats.poolSize).toBe(2)
    expect(pooled.stats.maxInFlight).toBeGreaterThan(0)
    expect(pooled.stats.maxInFlight).toBeLessThanOrEqual(2)
    expect(pooled.stats.byteIdentical).toBe(2)
    const inProcess = await compareSuites({ ...input, poolSize: 0 })
    expect(inProcess.stats.poolSize).toBe(0)
    expect(inProcess.stats.maxInFlight).toBe(1)
    expect(pooled.images).toEqual(inProcess.images)
    // The default lanes' shape: workers each holding one more pair queued as bytes, and this thread (here a
    // worker joins after this thread's first pair).
    const lanes = await compareSuites({ ...input, workerScript, lanes: { workers: 1, mainOnlyPairs: 1 } })
    expect(lanes.stats.poolSize).toBe(1)
    expect(lanes.stats.mainThreadCompares).toBe(true)
    expect(lanes.stats.maxInFlight).toBeLessThanOrEqual(1 * 2 + 1)
    expect(lanes.images).toEqual(inProcess.images)

    const status = Object.fromEntries(pooled.images.map(i => [i.name, i.status]))
    expect(status).toEqual({
      'colour.png': 'changed',
      'nested/list.png': 'changed',
      'same-1.png': 'unchanged',
      'same-2.png': 'unchanged',
      'tall.png': 'size-changed',
      'text.png': 'changed'
    })
    for (const img of pooled.images) {
      if (img.status === 'size-changed') continue
      const a = PNG.sync.read(readFileSync(join(dir, 'base', img.name)))
      const b = PNG.sync.read(readFileSync(join(dir, 'cur', img.name)))
      const expected = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 })
      expect({ name: img.name, count: img.diffPixels }).toEqual({ name: img.name, count: expected })
      if (img.status === 'changed') expect(existsSync(join(dir, 'diff', img.name))).toBe(true)
    }
    const tall = pooled.images.find(i => i.name === 'tall.png')!
    expect(tall.message).toMatch(/^size changed: 640×\d+ → 640×\d+$/)
  })

  it('a pool of 1 over many changed pairs never holds two at once', async () => {
    const r = await compareSuites({
      baselineDir: join(dir, 'base'),
      currentDir: join(dir, 'cur'),
      poolSize: 1,
      workerScript
    })
    expect(r.stats.maxInFlight).toBe(1)
    expect(r.stats.diffed).toBe(4)
  })
})
