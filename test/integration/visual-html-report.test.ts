// The HTML report opened in headless Chromium (Debian chromium via playwright-core): the three views exist and
// work (switching tabs, the overlay's opacity, the slider's clip), no console errors, no request but the file
// itself; hostile names are text, never markup; the inline budget is kept; each picture is inlined once (the
// overlay and slider views take theirs from the side-by-side view) and scripts off still show side by side.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Locator } from 'playwright-core'
import { writeHtmlReport, type ReportImages } from '../../src/visual/html-report.js'
import type { ImageResult, SuiteResult } from '../../src/visual/model.js'
import { decodePng, encodePng } from '../../src/visual/png.js'

const CHROMIUM = '/usr/bin/chromium'
const haveChromium = existsSync(CHROMIUM)
const describeChromium = haveChromium ? describe : describe.skip
if (!haveChromium) console.log('visual-html-report: /usr/bin/chromium absent, browser tests skipped')

function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([...rgb, 255], i * 4)
  return encodePng({ width, height, data })
}

function result(name: string, status: ImageResult['status'], extra: Partial<ImageResult> = {}): ImageResult {
  return { name, status, diffPixels: 0, subtlePixels: 0, allowedPixels: 0, width: 120, height: 80, ...extra }
}

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">.png'

function suite(): { suite: SuiteResult; images: Map<string, ReportImages> } {
  const images: ImageResult[] = [
    result('home.png', 'changed', { diffPixels: 1200, changedBox: { x: 10, y: 10, width: 40, height: 30 } }),
    result(HOSTILE, 'changed', { diffPixels: 5 }),
    result('grown.png', 'size-changed', { diffPixels: 2400, baselineWidth: 120, baselineHeight: 60 }),
    result('new.png', 'added'),
    result('same.png', 'unchanged'),
    result('bad.png', 'error', { message: 'not a PNG file <b>bold</b>', width: 0, height: 0 })
  ]
  const pics = new Map<string, ReportImages>([
    [
      'home.png',
      {
        baseline: png(120, 80, [0, 0, 255]),
        diff: png(72, 62, [255, 0, 0]),
        current: png(120, 80, [0, 200, 0])
      }
    ],
    [
      HOSTILE,
      {
        baseline: png(20, 20, [1, 1, 1]),
        current: png(20, 20, [9, 9, 9]),
        diff: Buffer.from('<svg onload=alert(1)>')
      }
    ],
    ['grown.png', { baseline: png(120, 60, [50, 50, 50]), current: png(120, 80, [60, 60, 60]) }],
    ['new.png', { current: png(30, 30, [200, 200, 0]) }]
  ])
  return {
    suite: {
      images,
      stats: {
        byteIdentical: 1,
        decodedEqual: 0,
        diffed: 3,
        maxInFlight: 1,
        poolSize: 0,
        mainThreadCompares: true,
        mainThreadPairs: 0,
        workerPairs: 0
      }
    },
    images: pics
  }
}

/** A computed style of the element (evaluated in the page; this project's TypeScript has no DOM lib). */
function css(loc: Locator, prop: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return loc.evaluate((el, p) => String((globalThis as any).getComputedStyle(el)[p]), prop)
}

/** The PNGs inlined in each image section of the report, decoded from their data: URIs, in document order. */
function inlinedPerSection(html: string): Buffer[][] {
  return html
    .split('<section class="image"')
    .slice(1)
    .map(section =>
      [...section.matchAll(/data:image\/png;base64,([A-Za-z0-9+/=]*)/g)].map(m =>
        Buffer.from(m[1]!, 'base64')
      )
    )
}

interface Natural {
  naturalWidth: number
  naturalHeight: number
}

/** The decoded size of each matched <img>, once it has loaded (0×0 for a picture that never came). */
function naturalSizes(imgs: Locator): Promise<number[][]> {
  return imgs.evaluateAll(async els => {
    const all = els as unknown as (Natural & { decode(): Promise<void> })[]
    await Promise.all(all.map(i => i.decode().catch(() => undefined)))
    return all.map(i => [i.naturalWidth, i.naturalHeight])
  })
}

/** The RGB of one pixel of a PNG screenshot. */
function pixel(shot: Buffer, x: number, y: number): number[] {
  const img = decodePng(shot)
  const at = (y * img.width + x) * 4
  return [...img.data.subarray(at, at + 3)]
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'visual-html-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeHtmlReport (the file)', () => {
  it('one file: counts, escaped names, a CSP with no remote loads, images inlined, non-PNG bytes refused', async () => {
    const { suite: s, images } = suite()
    const out = await writeHtmlReport(join(dir, 'plain'), s, images)
    const html = readFileSync(out.path, 'utf8')
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'nonce-[A-Za-z0-9+/=]+'; script-src 'nonce-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/
    )
    expect(html).not.toMatch(/(?:src|href)="(?!data:image\/png;base64,)/)
    expect(html).not.toContain('<script>window')
    expect(html).toContain(
      '&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;.png'
    )
    expect(html).toContain('not a PNG file &lt;b&gt;bold&lt;/b&gt;')
    expect(html).not.toContain('svg')
    expect(html).toContain(
      '<span><b>2</b> changed</span><span><b>1</b> size-changed</span><span><b>1</b> added</span>'
    )
    expect(html).toContain('120×60 → 120×80')
    expect(html).not.toContain('same.png')
    // Only the script element the report writes itself.
    expect(html.match(/<script/g)).toHaveLength(1)
    const expected = [...images.values()]
      .flatMap(p => [p.baseline, p.diff, p.current])
      .filter((b): b is Buffer => b !== undefined && b[0] === 137)
      .reduce((n, b) => n + b.length, 0)
    expect(out).toMatchObject({ inlinedBytes: expected, omitted: 0 })
  })

  it('each picture is inlined once: baseline, diff and current, 3 data: URIs per changed image at most', async () => {
    const { suite: s, images } = suite()
    const out = await writeHtmlReport(join(dir, 'once'), s, images)
    const html = readFileSync(out.path, 'utf8')
    const sections = inlinedPerSection(html)
    // home.png, the hostile name (its diff is not a PNG), grown.png, new.png (added) and bad.png (an error).
    expect(sections.map(pics => pics.length)).toEqual([3, 2, 2, 1, 0])
    // Exactly the PNG buffers given, once each, in the order changed, size-changed, added.
    const pngs = (name: string) =>
      Object.values(images.get(name) as ReportImages).filter((b: Buffer) => b[0] === 137)
    const given = [...['home.png', HOSTILE, 'grown.png', 'new.png'].map(pngs), []]
    expect(sections.map(pics => pics.map(b => b.toString('hex')).sort())).toEqual(
      given.map(pics => pics.map(b => b.toString('hex')).sort())
    )
    expect(html.match(/data:image\/png;base64,/g)).toHaveLength(8)
    // The budget counts what the file holds.
    expect(out.inlinedBytes).toBe(sections.flat().reduce((n, b) => n + b.length, 0))
    // The overlay and slider views name the pictures they reuse instead of carrying them.
    const home = html.split('<section class="image"')[1]!
    expect(home.match(/<img [^>]*data-from="(?:baseline|current)"[^>]*>/g)).toHaveLength(4)
    expect(home).not.toMatch(/<img [^>]*data-from="[^"]*" [^>]*src=/)
  })

  it('an image missing one side shows, and counts, every picture it has', async () => {
    const baseline = png(40, 30, [0, 0, 255])
    const diff = png(40, 30, [255, 0, 0])
    const s: SuiteResult = {
      images: [result('half.png', 'changed', { diffPixels: 12 })],
      stats: {
        byteIdentical: 0,
        decodedEqual: 0,
        diffed: 1,
        maxInFlight: 1,
        poolSize: 0,
        mainThreadCompares: true,
        mainThreadPairs: 0,
        workerPairs: 0
      }
    }
    const out = await writeHtmlReport(join(dir, 'half'), s, new Map([['half.png', { baseline, diff }]]))
    const [pics] = inlinedPerSection(readFileSync(out.path, 'utf8'))
    expect(pics).toEqual([baseline, diff])
    expect(out.inlinedBytes).toBe(baseline.length + diff.length)
  })

  it('past the inline budget, images are named without pictures', async () => {
    const { suite: s, images } = suite()
    const homeBytes = Object.values(images.get('home.png') as ReportImages).reduce((n, b) => n + b.length, 0)
    const out = await writeHtmlReport(join(dir, 'budget'), s, images, { maxInlineBytes: homeBytes })
    expect(out.inlinedBytes).toBe(homeBytes)
    expect(out.omitted).toBe(3)
    const html = readFileSync(out.path, 'utf8')
    // The file holds no more PNG bytes than the budget: home.png's three pictures, once each.
    const held = inlinedPerSection(html).flat()
    expect(held).toHaveLength(3)
    expect(held.reduce((n, b) => n + b.length, 0)).toBe(homeBytes)
    expect(html.match(/Pictures not inlined/g)).toHaveLength(3)
    expect(html).toContain('3 image(s) shown without pictures')
  })

  it('a file name that is not a plain .html name is a clear error', async () => {
    const { suite: s, images } = suite()
    await expect(writeHtmlReport(dir, s, images, { fileName: '../x.html' })).rejects.toThrow(
      /visual report: not a plain \.html file name/
    )
  })
})

describeChromium('the report in headless Chromium', () => {
  let browser: Browser
  let path: string
  beforeAll(async () => {
    const { suite: s, images } = suite()
    path = (await writeHtmlReport(join(dir, 'browser'), s, images)).path
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('side by side, overlay and slider work; no console errors; nothing loaded but the file', async () => {
    const page = await browser.newPage()
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', m => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
    })
    page.on('pageerror', e => problems.push(e.message))
    page.on('request', r => requests.push(r.url()))
    const url = pathToFileURL(path).href
    await page.goto(url)

    const home = page.locator('section.image').filter({ hasText: 'home.png' })
    const visible = (view: string) =>
      css(home.locator(`.view[data-view="${view}"]`), 'display').then(d => d !== 'none')
    expect(await visible('side')).toBe(true)
    expect(await visible('overlay')).toBe(false)
    expect(await visible('slider')).toBe(false)
    // Side by side: baseline, diff and current pictures, decoded by the browser.
    expect(await naturalSizes(home.locator('.view.side img'))).toEqual([
      [120, 80],
      [72, 62],
      [120, 80]
    ])

    await home.locator('button[data-view="overlay"]').click()
    expect(await visible('side')).toBe(false)
    expect(await visible('overlay')).toBe(true)
    expect(await home.locator('button[data-view="overlay"]').getAttribute('aria-pressed')).toBe('true')
    const top = home.locator('.overlay img.top')
    // The overlay's pictures, taken from the side-by-side view, are decoded: baseline under current.
    expect(await naturalSizes(home.locator('.overlay img'))).toEqual([
      [120, 80],
      [120, 80]
    ])
    await home.locator('input.opacity').fill('100')
    expect(pixel(await home.locator('.overlay .stack').screenshot(), 60, 40)).toEqual([0, 200, 0])
    await home.locator('input.opacity').fill('0')
    expect(pixel(await home.locator('.overlay .stack').screenshot(), 60, 40)).toEqual([0, 0, 255])
    await home.locator('input.opacity').fill('50')
    expect(await css(top, 'opacity')).toBe('0.5')
    await home.locator('input.opacity').fill('20')
    expect(await css(top, 'opacity')).toBe('0.2')
    // The current image lies exactly over the baseline.
    const boxes = await home
      .locator('.overlay img')
      .evaluateAll(imgs => imgs.map(i => JSON.stringify(i.getBoundingClientRect())))
    expect(boxes[0]).toBe(boxes[1])

    await home.locator('button[data-view="slider"]').click()
    expect(await visible('overlay')).toBe(false)
    expect(await visible('slider')).toBe(true)
    expect(await naturalSizes(home.locator('.slider img'))).toEqual([
      [120, 80],
      [120, 80]
    ])
    const clip = home.locator('.slider img.top')
    expect(await css(clip, 'clipPath')).toBe('inset(0px 50% 0px 0px)')
    await home.locator('input.position').fill('80')
    expect(await css(clip, 'clipPath')).toBe('inset(0px 20% 0px 0px)')
    // What is seen: at x=10 the current (green) image, at x=110 the baseline (blue) shows through.
    const shot = await home.locator('.slider .stack').screenshot()
    expect(pixel(shot, 10, 40)).toEqual([0, 200, 0])
    expect(pixel(shot, 110, 40)).toEqual([0, 0, 255])

    // grown.png's views show its own pictures (120×60 under 120×80), not another section's.
    const grown = page.locator('section.image').filter({ hasText: 'grown.png' })
    expect(await css(grown.locator('.view[data-view="side"]'), 'display').then(d => d !== 'none')).toBe(true)
    await grown.locator('button[data-view="slider"]').click()
    expect(await naturalSizes(grown.locator('.slider img'))).toEqual([
      [120, 60],
      [120, 80]
    ])

    // The other images' tabs are independent.
    expect(await visible('slider')).toBe(true)

    // The hostile name ran nothing and is shown as text.
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('h2').allTextContents()).toContain(HOSTILE)

    expect(problems).toEqual([])
    expect(requests.filter(r => !r.startsWith('data:'))).toEqual([url])
    await page.close()
  })

  it('with scripts off: the side-by-side view with its three pictures, no tabs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(pathToFileURL(path).href)
    const home = page.locator('section.image').filter({ hasText: 'home.png' })
    expect(await naturalSizes(home.locator('.view.side img'))).toEqual([
      [120, 80],
      [72, 62],
      [120, 80]
    ])
    const shot = await home.locator('.view.side figure').first().screenshot()
    expect(pixel(shot, 60, 40)).toEqual([0, 0, 255])
    expect(await css(home.locator('.tabs'), 'display')).toBe('none')
    expect(await css(home.locator('.view[data-view="overlay"]'), 'display')).toBe('none')
    expect(await css(home.locator('.view[data-view="slider"]'), 'display')).toBe('none')
    await context.close()
  })
})
