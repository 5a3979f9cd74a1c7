// Screenshots taken for real: headless Debian Chromium through playwright-core, of a tiny storybook-static
// written here (index.json + an iframe.html that renders a story by id), served by the capture's own server.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { PNG } from 'pngjs'
import { capture, type CaptureResult } from '../../src/visual/capture.js'
import { parseCaptureMeta, environmentChanged } from '../../src/visual/capture-meta.js'
import { serveStatic } from '../../src/visual/static-server.js'

const CHROMIUM = '/usr/bin/chromium'
const haveChromium = existsSync(CHROMIUM)
const withChromium = haveChromium ? it : it.skip

// Each story is a function body run in the page; `root` is #storybook-root.
const STORIES: Record<string, string> = {
  // An infinite CSS animation: without stabilisation every screenshot catches another frame.
  'anim--spinner': `root.innerHTML = '<div class="spin">spinning</div><p class="label">Loading</p>'`,
  // A focused text input: its caret blinks.
  'form--input': `root.innerHTML = '<label>Name <input id="name" value="Ada"></label>'; document.getElementById('name').focus()`,
  // New random content every frame: never stable.
  'chaos--random': `const p = document.createElement('p'); root.appendChild(p);
    const tick = () => { p.textContent = String(Math.random()); p.style.marginLeft = Math.floor(Math.random() * 50) + 'px'; requestAnimationFrame(tick) };
    tick()`,
  // A clock that changes every frame inside a fixed box: stable only when the box is masked.
  'masked--clock': `root.innerHTML = '<p>Today</p><div class="clock" style="position:absolute;left:50px;top:100px;width:120px;height:40px;overflow:hidden"></div>';
    const c = root.querySelector('.clock'); const tick = () => { c.textContent = String(performance.now()); requestAnimationFrame(tick) }; tick()`,
  // Hostile ids: the story renders, the file name must stay inside the output folder.
  '../../escape': `root.textContent = 'escape'`,
  'a/b\\\\c': `root.textContent = 'slashes'`,
  'meta.json': `root.textContent = 'reserved'`,
  // A story that throws: Storybook shows its error display.
  'broken--story': `throw new Error('kaboom')`
}

const IFRAME = `<!doctype html>
<html><head><meta charset="utf-8"><title>preview</title>
<style>
  body { margin: 0; font: 16px sans-serif; background: #ffffff; color: #111111; }
  @media (prefers-color-scheme: dark) { body { background: #101418; color: #e8e8e8; } }
  .spin { width: 60px; height: 60px; margin: 20px; background: #3366ff; animation: spin 0.7s linear infinite; }
  @keyframes spin { from { transform: rotate(0deg) } to { transform: rotate(360deg) } }
  .label { transition: color 5s; }
  input { font-size: 18px; }
</style></head>
<body class="sb-show-preparing-story"><div id="storybook-root"></div><pre id="error-message"></pre>
<script>
  const STORIES = {${Object.entries(STORIES)
    .map(([id, body]) => `${JSON.stringify(id)}: root => { ${body} }`)
    .join(',\n')}};
  const id = new URLSearchParams(location.search).get('id');
  setTimeout(() => {
    const root = document.getElementById('storybook-root');
    try {
      if (!STORIES[id]) throw new Error('no story ' + id);
      STORIES[id](root);
      document.body.className = 'sb-show-main';
    } catch (e) {
      document.getElementById('error-message').textContent = e.message;
      document.body.className = 'sb-show-errordisplay';
    }
  }, 50);
</script></body></html>`

function writeStorybook(dir: string, ids: string[]): void {
  mkdirSync(dir, { recursive: true })
  const entries: Record<string, unknown> = {}
  for (const id of ids)
    entries[id] = { type: 'story', id, title: id.split('--')[0], name: id, importPath: './x.js' }
  entries['docs--page'] = {
    type: 'docs',
    id: 'docs--page',
    title: 'Docs',
    name: 'Docs',
    importPath: './x.mdx'
  }
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ v: 5, entries }))
  writeFileSync(join(dir, 'iframe.html'), IFRAME)
}

function png(file: string): PNG {
  return PNG.sync.read(readFileSync(file))
}

function pixel(image: PNG, x: number, y: number): [number, number, number] {
  const i = (image.width * y + x) * 4
  return [image.data[i] ?? -1, image.data[i + 1] ?? -1, image.data[i + 2] ?? -1]
}

// The full matrix for these; the hostile and broken ones once, in the second capture (time is shared).
const MAIN = ['anim--spinner', 'form--input', 'chaos--random']
const HOSTILE = ['../../escape', 'a/b\\\\c', 'meta.json']

const viewports = [
  { name: 'mobile', width: 320, height: 240 },
  { name: 'desktop', width: 640, height: 360 }
]

describe('capture with real Chromium', () => {
  let work: string
  let result: CaptureResult
  const logs: string[] = []

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'qg-visual-capture-'))
    if (!haveChromium) {
      console.log(`skipped: ${CHROMIUM} is not installed (apt-get install chromium; CI installs it)`)
      return
    }
    writeStorybook(join(work, 'storybook-static'), MAIN)
    result = await capture({
      source: { storybook: join(work, 'storybook-static') },
      viewports,
      colorSchemes: ['light', 'dark'],
      browserPath: CHROMIUM,
      outDir: join(work, 'shots'),
      concurrency: 2,
      timeoutMs: 30_000,
      maxAttempts: 3,
      log: line => logs.push(line)
    })
  }, 300_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  const shot = (target: string, viewport: string, scheme: string) => {
    const s = result.meta.shots.find(
      x => x.target === target && x.viewport === viewport && x.colorScheme === scheme
    )
    if (!s) throw new Error(`no shot for ${target} ${viewport} ${scheme}`)
    return s
  }

  withChromium('takes every story at each viewport × colour scheme, docs entries skipped', () => {
    expect(result.meta.shots).toHaveLength(MAIN.length * 2 * 2)
    expect(result.meta.shots.some(s => s.target === 'docs--page')).toBe(false)
    for (const v of viewports) {
      for (const scheme of ['light', 'dark']) {
        const s = shot('anim--spinner', v.name, scheme)
        expect(s.file).toBe(`anim--spinner/${v.name}-${scheme}.png`)
        const image = png(join(work, 'shots', s.file))
        expect([image.width, image.height]).toEqual([v.width, v.height])
      }
    }
    expect(logs.some(l => /served on http:\/\/127\.0\.0\.1:\d+/.test(l))).toBe(true)
  })

  withChromium('a CSS animation and a focused input with its caret are stable', () => {
    for (const target of ['anim--spinner', 'form--input']) {
      for (const v of viewports) {
        for (const scheme of ['light', 'dark']) {
          const s = shot(target, v.name, scheme)
          expect(s.status).toBe('stable')
          expect(s.attempts).toBeGreaterThanOrEqual(2)
        }
      }
    }
  })

  withChromium('dark really differs from light', () => {
    const light = png(join(work, 'shots', shot('form--input', 'desktop', 'light').file))
    const dark = png(join(work, 'shots', shot('form--input', 'desktop', 'dark').file))
    expect(pixel(light, 600, 340)).toEqual([255, 255, 255])
    expect(pixel(dark, 600, 340)).toEqual([0x10, 0x14, 0x18])
  })

  withChromium('a page with new content every frame is reported unstable, with its last screenshot', () => {
    for (const v of viewports) {
      const s = shot('chaos--random', v.name, 'light')
      expect(s.status).toBe('unstable')
      expect(s.attempts).toBe(3)
      expect(s.notes.join(' ')).toMatch(/never two identical screenshots in 3 attempts/)
      expect(existsSync(join(work, 'shots', s.file))).toBe(true)
    }
    expect(result.unstable).toBe(4)
    expect(result.stable).toBe(8)
  })

  withChromium('writes meta.json that reads back and equals the environment it ran in', () => {
    const meta = parseCaptureMeta(readFileSync(join(work, 'shots', 'meta.json'), 'utf8'))
    expect(meta).toEqual(result.meta)
    expect(meta.browser.name).toBe('chromium')
    expect(meta.browser.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
    expect(meta.os.platform).toBe(process.platform)
    expect(meta.deviceScaleFactor).toBe(1)
    expect(meta.viewports).toEqual(viewports)
    if (meta.fonts.source === 'fc-list') {
      expect(meta.fonts.hash).toMatch(/^[0-9a-f]{16}$/)
      expect(meta.fonts.count).toBeGreaterThan(0)
    }
    expect(environmentChanged(meta, meta)).toEqual([])
    expect(result.files.sort()).toEqual(
      meta.shots
        .filter(s => s.file)
        .map(s => s.file)
        .sort()
    )
  })

  withChromium(
    'a second capture gives byte-identical files; hostile ids stay inside; a broken story is an error',
    async () => {
      writeStorybook(join(work, 'sb2'), ['anim--spinner', 'form--input', 'broken--story', ...HOSTILE])
      const again = await capture({
        source: { storybook: join(work, 'sb2') },
        viewports: [viewports[1] as (typeof viewports)[number]],
        colorSchemes: ['dark'],
        browserPath: CHROMIUM,
        outDir: join(work, 'shots2'),
        concurrency: 2
      })
      const out = resolve(work, 'shots2')
      const find = (target: string) => again.meta.shots.find(x => x.target === target)
      for (const target of ['anim--spinner', 'form--input']) {
        const file = `${target}/desktop-dark.png`
        expect(find(target)?.status).toBe('stable')
        expect(readFileSync(join(out, file)).equals(readFileSync(join(work, 'shots', file)))).toBe(true)
      }

      const broken = find('broken--story')
      expect(broken?.status).toBe('error')
      expect(broken?.file).toBe('')
      expect(broken?.notes.join(' ')).toMatch(/failed to render: kaboom/)
      expect(again.errors).toBe(1)

      const folders = readdirSync(out).sort()
      for (const hostile of HOSTILE) {
        const s = find(hostile)
        expect(s?.status).toBe('stable')
        const folder = s?.file.split('/')[0] ?? ''
        expect(folder).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*-[0-9a-f]{12}$/)
        expect(folders).toContain(folder)
        const where = relative(out, resolve(out, s?.file ?? ''))
        expect(where.startsWith('..') || where.includes(`..${sep}`)).toBe(false)
      }
      expect(folders.filter(f => f !== 'meta.json')).toHaveLength(5)
      expect(existsSync(join(work, 'escape'))).toBe(false)
      expect(parseCaptureMeta(readFileSync(join(out, 'meta.json'), 'utf8')).shots).toHaveLength(6)
    },
    120_000
  )

  withChromium(
    'masks are painted over, and make a page with a live clock stable',
    async () => {
      // A URL list this time, on the loopback server.
      const server = await serveStatic(join(work, 'storybook-static'))
      try {
        const url = `${server.origin}/iframe.html?id=masked--clock&viewMode=story`
        const masked = await capture({
          source: { urls: [{ name: 'Clock page', url }] },
          viewports: [{ name: 'small', width: 300, height: 200 }],
          colorSchemes: ['light'],
          browserPath: CHROMIUM,
          outDir: join(work, 'masked'),
          masks: ['.clock'],
          maskColor: '#00FF00',
          maxAttempts: 3
        })
        const s = masked.meta.shots[0]
        expect(s?.status).toBe('stable')
        expect(s?.masked).toBe(1)
        expect(s?.file).toMatch(/^Clock_page-[0-9a-f]{12}\/small-light\.png$/)
        const image = png(join(work, 'masked', s?.file ?? ''))
        // The clock box sits under "Today"; its middle is painted the mask colour.
        let green = 0
        for (let y = 0; y < image.height; y++) {
          for (let x = 0; x < image.width; x++) {
            const [r, g, b] = pixel(image, x, y)
            if (r === 0 && g === 255 && b === 0) green++
          }
        }
        expect(green).toBe(120 * 40)

        const unmasked = await capture({
          source: { urls: [{ name: 'clock', url }] },
          viewports: [{ name: 'small', width: 300, height: 200 }],
          colorSchemes: ['light'],
          browserPath: CHROMIUM,
          outDir: join(work, 'unmasked'),
          maxAttempts: 3
        })
        expect(unmasked.meta.shots[0]?.status).toBe('unstable')
      } finally {
        await server.close()
      }
    },
    120_000
  )

  withChromium(
    'refuses an output folder that is not empty, and an invalid mask selector, in one line',
    async () => {
      const base = {
        source: { storybook: join(work, 'storybook-static') },
        viewports: [{ name: 'small', width: 200, height: 100 }],
        colorSchemes: ['light' as const],
        browserPath: CHROMIUM
      }
      await expect(capture({ ...base, outDir: join(work, 'shots') })).rejects.toThrow(/is not empty/)
      await expect(capture({ ...base, outDir: join(work, 'badmask'), masks: ['div[[['] })).rejects.toThrow(
        /mask "div\[\[\[" is not a valid selector/
      )
    },
    60_000
  )
})

function get(port: number, path: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, res => {
      res.resume()
      res.on('end', () => done(res.statusCode ?? 0))
    })
    req.on('error', fail)
    req.end()
  })
}

describe('static server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qg-static-'))
  const site = join(dir, 'site')
  mkdirSync(join(site, 'assets'), { recursive: true })
  writeFileSync(join(site, 'index.json'), '{}')
  writeFileSync(join(site, 'assets', 'a.js'), 'x')
  writeFileSync(join(dir, 'secret.txt'), 'secret')
  symlinkSync(join(dir, 'secret.txt'), join(site, 'link.txt'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('serves files inside its folder on 127.0.0.1 and refuses every way out', async () => {
    const server = await serveStatic(site)
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(await get(server.port, '/index.json')).toBe(200)
      expect(await get(server.port, '/assets/a.js')).toBe(200)
      expect(await get(server.port, '/missing.js')).toBe(404)
      for (const path of [
        '/../secret.txt',
        '/assets/../../secret.txt',
        '/%2e%2e/secret.txt',
        '/..%2fsecret.txt',
        '/%5c..%5csecret.txt'
      ]) {
        expect([path, await get(server.port, path)]).toEqual([path, 400])
      }
      expect(await get(server.port, '/link.txt')).toBe(403)
    } finally {
      await server.close()
    }
  })

  it('closes by itself when idle', async () => {
    const lines: string[] = []
    const server = await serveStatic(site, { idleMs: 50, log: l => lines.push(l) })
    await new Promise<void>(done => {
      const poll = (): void => {
        if (lines.some(l => /closed after 50 ms/.test(l))) done()
        else setTimeout(poll, 20)
      }
      poll()
    })
    await expect(get(server.port, '/index.json')).rejects.toThrow(/ECONNREFUSED/)
  })

  it('refuses a folder that is not there', async () => {
    await expect(serveStatic(join(dir, 'nope'))).rejects.toThrow(/is not a readable folder/)
  })
})
