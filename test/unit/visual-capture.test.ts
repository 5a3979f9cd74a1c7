import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../src/shared/errors.js'
import {
  assignFolders,
  capture,
  checkUrl,
  findBrowser,
  isLoopbackHost,
  safeName
} from '../../src/visual/capture.js'
import {
  environmentChanged,
  hashFontList,
  parseCaptureMeta,
  type CaptureMeta
} from '../../src/visual/capture-meta.js'
import { requestPath } from '../../src/visual/static-server.js'
import { parseStorybookIndex, storyUrl } from '../../src/visual/storybook.js'

describe('storybook index.json', () => {
  it('lists the stories of a v7+ index and skips docs entries', () => {
    const text = JSON.stringify({
      v: 5,
      entries: {
        'button--primary': { type: 'story', id: 'button--primary', title: 'Button', name: 'Primary' },
        'button--docs': { type: 'docs', id: 'button--docs', title: 'Button', name: 'Docs' },
        'input--empty': { type: 'story', id: 'input--empty', title: 'Input', name: 'Empty' }
      }
    })
    expect(parseStorybookIndex(text)).toEqual([
      { id: 'button--primary', title: 'Button', name: 'Primary' },
      { id: 'input--empty', title: 'Input', name: 'Empty' }
    ])
  })

  it.each([
    ['not JSON', '{"v":', /is not JSON/],
    ['an array', '[]', /not a Storybook index/],
    ['a Storybook 6 stories.json', '{"v":3,"stories":{}}', /Storybook 6 stories\.json/],
    ['no version', '{"entries":{}}', /no supported format version/],
    ['version 3', '{"v":3,"entries":{}}', /no supported format version/],
    ['entries not an object', '{"v":4,"entries":[]}', /no "entries" object/],
    [
      'an unknown entry type',
      '{"v":4,"entries":{"a":{"type":"component","id":"a"}}}',
      /expected "story" or "docs"/
    ],
    ['a story without id', '{"v":4,"entries":{"a":{"type":"story"}}}', /has no id/],
    ['a null entry', '{"v":4,"entries":{"a":null}}', /is not an object/],
    [
      'the same id twice',
      '{"v":4,"entries":{"a":{"type":"story","id":"x"},"b":{"type":"story","id":"x"}}}',
      /twice/
    ]
  ])('refuses %s with one line', (_label, text, message) => {
    let error: unknown
    try {
      parseStorybookIndex(text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
  })

  it('caps the number of entries and the length of ids', () => {
    const entries: Record<string, unknown> = {}
    for (let i = 0; i < 11; i++) entries[`s${i}`] = { type: 'story', id: `s${i}` }
    const limits = { maxIndexBytes: 1e6, maxEntries: 10, maxIdLength: 5 }
    expect(() => parseStorybookIndex(JSON.stringify({ v: 4, entries }), 'x', limits)).toThrow(
      /11 entries, more than the limit of 10/
    )
    const long = { v: 4, entries: { a: { type: 'story', id: 'abcdef' } } }
    expect(() => parseStorybookIndex(JSON.stringify(long), 'x', limits)).toThrow(/1 to 5 characters/)
  })

  it('puts a hostile id in the query string, encoded, never in the path', () => {
    const url = new URL(storyUrl('http://127.0.0.1:1234', '../../x?y=1&viewMode=docs#z'))
    expect(url.pathname).toBe('/iframe.html')
    expect(url.searchParams.get('id')).toBe('../../x?y=1&viewMode=docs#z')
    expect(url.searchParams.getAll('viewMode')).toEqual(['story'])
  })
})

describe('screenshot folder names', () => {
  it('keeps a safe name and sanitises the rest with a hash of the original', () => {
    expect(safeName('example-button--primary')).toBe('example-button--primary')
    for (const hostile of [
      '..',
      '../../etc/passwd',
      'a/b',
      'a\\b',
      '.hidden',
      'CON',
      'meta.json',
      'a\0b',
      'ü',
      'x.'
    ]) {
      const name = safeName(hostile)
      expect(name).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*-[0-9a-f]{12}$/)
      expect(name).not.toContain('..')
      expect(name).not.toContain('/')
    }
    expect(safeName('a/b')).not.toBe(safeName('a\\b'))
    expect(safeName('x'.repeat(5000)).length).toBeLessThanOrEqual(80 + 13)
  })

  it('never gives two names one folder, even differing only in case or crafted to meet a sanitised name', () => {
    const crafted = safeName('a b')
    const names = ['a b', crafted, 'Home', 'home', 'a_b', 'a?b']
    const folders = assignFolders(names)
    const values = [...folders.values()].map(v => v.toLowerCase())
    expect(new Set(values).size).toBe(names.length)
    expect(() => assignFolders(['x', 'x'])).toThrow(/given twice/)
  })
})

describe('URL list', () => {
  const none = new Set<string>()
  it('takes http(s) on loopback and allowed hosts only', () => {
    expect(checkUrl({ name: 'home', url: 'http://localhost:3000/' }, none).port).toBe('3000')
    expect(checkUrl({ name: 'v6', url: 'http://[::1]:8080/x' }, none).hostname).toBe('[::1]')
    expect(checkUrl({ name: 'ip', url: 'https://127.0.0.2/' }, none).protocol).toBe('https:')
    expect(
      checkUrl({ name: 'ok', url: 'https://preview.example.com/a' }, new Set(['preview.example.com']))
        .hostname
    ).toBe('preview.example.com')
    for (const [url, message] of [
      ['file:///etc/passwd', /only http and https/],
      ['javascript:alert(1)', /only http and https/],
      ['https://example.com/', /neither loopback nor in allowed-hosts/],
      ['http://127.0.0.1.evil.com/', /neither loopback/],
      ['http://user:pw@localhost/', /no credentials/],
      ['not a url', /is not a URL/]
    ] as const) {
      expect(() => checkUrl({ name: 'n', url }, none)).toThrow(message)
    }
    expect(isLoopbackHost('LOCALHOST')).toBe(true)
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false)
  })
})

describe('static server paths', () => {
  it('maps a request to one relative path or refuses it', () => {
    expect(requestPath('/')).toEqual({ path: 'index.html' })
    expect(requestPath('/iframe.html?id=a--b&viewMode=story')).toEqual({ path: 'iframe.html' })
    expect(requestPath('/assets/a%20b.js')).toEqual({ path: 'assets/a b.js' })
    expect(requestPath('/sb/')).toEqual({ path: 'sb/index.html' })
    for (const bad of [
      '/../x',
      '/a/../../x',
      '/%2e%2e/x',
      '/..%2fx',
      '/a%5c..%5cx',
      '/a\\b',
      '/%00',
      '/%E0%A4%A',
      'x'
    ]) {
      expect(requestPath(bad)).toHaveProperty('refused')
    }
    expect(requestPath(`/${'a'.repeat(5000)}`)).toEqual({ refused: 'URL too long' })
  })
})

describe('finding the browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qg-find-browser-'))
  const fake = join(dir, 'google-chrome')
  writeFileSync(fake, '#!/bin/sh\n')
  chmodSync(fake, 0o755)
  const plain = join(dir, 'plain')
  writeFileSync(plain, '')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('takes browser-path, then $CHROME_BIN, then google-chrome on PATH', async () => {
    expect(await findBrowser(fake, {})).toBe(fake)
    expect(await findBrowser(undefined, { CHROME_BIN: fake, PATH: '' })).toBe(fake)
    expect(await findBrowser(undefined, { PATH: dir })).toBe(fake)
  })

  it('refuses a browser-path that is not an executable file, and says what to set when none is found', async () => {
    await expect(findBrowser(plain, {})).rejects.toThrow(/is not an executable file/)
    await expect(findBrowser(dir, {})).rejects.toThrow(/is not an executable file/)
    if (process.platform === 'linux') {
      await expect(findBrowser(undefined, { PATH: join(dir, 'nothing') })).rejects.toThrow(/set browser-path/)
    }
  })

  it('refuses bad options with one line before starting a browser', async () => {
    const base = {
      source: { urls: [{ name: 'a', url: 'http://127.0.0.1:1/' }] },
      viewports: [{ name: 'desktop', width: 800, height: 600 }],
      colorSchemes: ['light' as const],
      outDir: join(dir, 'out'),
      browserPath: fake
    }
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ viewports: [] }, /1 to 20 viewports/],
      [{ viewports: [{ name: '../x', width: 1, height: 1 }] }, /viewport name/],
      [{ viewports: [{ name: 'a', width: 0, height: 1 }] }, /width must be an integer/],
      [{ viewports: [{ name: 'a', width: 1e9, height: 1 }] }, /width must be an integer/],
      [
        {
          viewports: [
            { name: 'a', width: 1, height: 1 },
            { name: 'A', width: 2, height: 2 }
          ]
        },
        /given twice/
      ],
      [{ colorSchemes: ['sepia'] }, /light, dark or both/],
      [{ colorSchemes: ['dark', 'dark'] }, /light, dark or both/],
      [{ concurrency: 0 }, /concurrency must be an integer/],
      [{ timeoutMs: Infinity }, /timeout must be an integer/],
      [{ masks: [''] }, /mask selectors/],
      [{ maskColor: 'red' }, /#RRGGBB/],
      [{ source: { urls: [{ name: 'a', url: 'https://example.com/' }] } }, /neither loopback/],
      [{ source: { urls: [] } }, /1 to 5000 URLs/]
    ]
    for (const [change, message] of cases) {
      const error = await capture({ ...base, ...change } as Parameters<typeof capture>[0]).catch(e => e)
      expect(error).toBeInstanceOf(UserError)
      expect(String(error.message)).toMatch(message)
    }
  })
})

const meta = (change: Partial<CaptureMeta> = {}): CaptureMeta => ({
  schema: 1,
  browser: { name: 'chromium', version: '156.0.8078.114' },
  os: { platform: 'linux', arch: 'x64', release: '6.1.0', distro: 'Debian GNU/Linux 12 (bookworm)' },
  fonts: { source: 'fc-list', hash: 'aaaaaaaaaaaaaaaa', count: 22 },
  deviceScaleFactor: 1,
  viewports: [
    { name: 'mobile', width: 375, height: 667 },
    { name: 'desktop', width: 1280, height: 720 }
  ],
  colorSchemes: ['light', 'dark'],
  shots: [],
  ...change
})

describe('environment changes', () => {
  it('reports nothing for the same environment, kernel and shots aside', () => {
    expect(environmentChanged(meta(), meta({ os: { ...meta().os, release: '6.8.0' } }))).toEqual([])
  })

  it('names each field that changes pixels', () => {
    const head = meta({
      browser: { name: 'google-chrome', version: '157.0.1.2' },
      fonts: { source: 'fc-list', hash: 'bbbbbbbbbbbbbbbb', count: 23 },
      deviceScaleFactor: 2,
      viewports: [
        { name: 'mobile', width: 390, height: 844 },
        { name: 'tablet', width: 768, height: 1024 }
      ]
    })
    expect(environmentChanged(meta(), head).map(c => c.what)).toEqual([
      'browser',
      'browser version',
      'fonts',
      'device scale factor',
      'viewport mobile'
    ])
    expect(environmentChanged(meta(), head)[4]).toEqual({
      what: 'viewport mobile',
      base: '375×667',
      head: '390×844'
    })
  })

  it('does not call an unknown font list a change', () => {
    const unknown = meta({ fonts: { source: 'unavailable', hash: '', count: 0 } })
    expect(environmentChanged(meta(), unknown)).toEqual([])
  })

  it('hashes a font list independent of order and duplicates', () => {
    expect(hashFontList(['b', 'a', 'a', ''])).toEqual(hashFontList(['a', 'b']))
    expect(hashFontList(['a']).hash).not.toBe(hashFontList(['b']).hash)
  })

  it('reads back its own meta.json and refuses a tampered one with one line', () => {
    const good = meta({
      shots: [
        {
          target: 'a',
          file: 'a/desktop-light.png',
          viewport: 'desktop',
          colorScheme: 'light',
          status: 'stable',
          attempts: 2,
          masked: 0,
          notes: []
        }
      ]
    })
    expect(parseCaptureMeta(JSON.stringify(good))).toEqual(good)
    const shot = good.shots[0]
    for (const [bad, message] of [
      [{ ...good, schema: 2 }, /schema 2 is not 1/],
      [{ ...good, deviceScaleFactor: 1e308 }, /deviceScaleFactor/],
      [{ ...good, browser: { name: 1, version: '' } }, /browser\.name/],
      [{ ...good, shots: [{ ...shot, file: '../../etc/x.png' }] }, /shots\[0\]\.file/],
      [{ ...good, shots: [{ ...shot, file: '/abs/x.png' }] }, /shots\[0\]\.file/],
      [{ ...good, shots: [{ ...shot, status: 'fine' }] }, /shots\[0\]\.status/],
      [{ ...good, shots: [{ ...shot, attempts: 1.5 }] }, /shots\[0\]\.attempts/],
      [{ ...good, colorSchemes: ['sepia'] }, /colorSchemes\[0\]/]
    ] as const) {
      expect(() => parseCaptureMeta(JSON.stringify(bad))).toThrow(message)
    }
    expect(() => parseCaptureMeta('nope')).toThrow(UserError)
  })
})
