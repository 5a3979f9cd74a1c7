/**
 * `quality-gates visual` from the built CLI bundle (.test-dist/cli/index.js), as a user runs it: real PNGs from
 * the corpus (pixelmatch's fixture pairs, PNGs without IEND), hostile file names, the JSON shape of the issue,
 * exit codes 0 / 1 / 2, and screenshots captured by the bundle itself with Chromium from a tiny storybook-static
 * (playwright-core loaded from dist/playwright-core/, the compare worker from beside the bundle).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bundleDir } from '../support/runner.js'

const CORPUS = resolve(process.cwd(), '..', 'shared', 'corpus', 'images')
const haveCorpus = existsSync(join(CORPUS, 'pixelmatch', 'expected.json'))
const withCorpus = haveCorpus ? it : it.skip
const CHROMIUM = '/usr/bin/chromium'
const withChromium = existsSync(CHROMIUM) ? it : it.skip
const CLI = join(bundleDir, 'cli', 'index.js')

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qg-visual-cli-'))
  if (!haveCorpus) console.log(`skipped: ${CORPUS} is absent (CI always has the corpus)`)
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

interface JsonOut {
  gate: string
  status: string
  images: { name: string; status: string; diffPixels: number; width: number; height: number }[]
}

function cli(args: string[], cwd = tmp): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'visual', ...args], { cwd, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function dirs(name: string): { base: string; cur: string } {
  const base = join(tmp, name, 'base')
  const cur = join(tmp, name, 'cur')
  mkdirSync(base, { recursive: true })
  mkdirSync(cur, { recursive: true })
  return { base, cur }
}

interface Case {
  id: string
  img1: string
  img2: string
  options: Record<string, unknown>
  expected_mismatch: number
}

describe('quality-gates visual on real PNGs', () => {
  withCorpus("reproduces pixelmatch 7.2.0's counts on its fixture pairs, in the issue's JSON shape", () => {
    const oracle = JSON.parse(readFileSync(join(CORPUS, 'pixelmatch', 'expected.json'), 'utf8')) as {
      cases: Case[]
    }
    // Options that change the count: threshold and includeAA (colours, alpha and masks only change the drawing).
    const byThreshold = new Map<number, Case[]>()
    for (const c of oracle.cases) {
      if (c.options.includeAA === true) continue
      const t = typeof c.options.threshold === 'number' ? c.options.threshold : 0.1
      byThreshold.set(t, [...(byThreshold.get(t) ?? []), c])
    }
    let checked = 0
    for (const [threshold, cases] of byThreshold) {
      const { base, cur } = dirs(`pixelmatch-${threshold}`)
      for (const c of cases) {
        copyFileSync(join(CORPUS, 'pixelmatch', c.img1), join(base, `${c.id}.png`))
        copyFileSync(join(CORPUS, 'pixelmatch', c.img2), join(cur, `${c.id}.png`))
      }
      const r = cli(['--baseline', base, '--current', cur, '--threshold', String(threshold), '--json'])
      const out = JSON.parse(r.stdout) as JsonOut
      expect(Object.keys(out)).toEqual(['gate', 'status', 'images'])
      expect(out.gate).toBe('visual')
      for (const c of cases) {
        const img = out.images.find(i => i.name === `${c.id}.png`)
        expect(Object.keys(img ?? {})).toEqual(['name', 'status', 'diffPixels', 'width', 'height'])
        expect([c.id, img?.diffPixels]).toEqual([c.id, c.expected_mismatch])
        checked++
      }
      const anyChange = out.images.some(i => i.status !== 'unchanged')
      expect([r.code, out.status]).toEqual(anyChange ? [1, 'fail'] : [0, 'pass'])
    }
    expect(checked).toBeGreaterThanOrEqual(8)
  })

  withCorpus('an unreadable image is its own error; the rest of the suite is still compared (exit 1)', () => {
    const { base, cur } = dirs('bad')
    const png = (name: string) => join(CORPUS, name)
    // No IEND chunk (pixel data complete) on both sides: compared, not refused.
    copyFileSync(png('odiff/test/png/orange_diff.png'), join(base, 'no-iend.png'))
    copyFileSync(png('odiff/test/png/orange_diff_green.png'), join(cur, 'no-iend.png'))
    // Cut in the middle of its data.
    writeFileSync(join(base, 'cut.png'), readFileSync(png('pixelmatch/4a.png')))
    writeFileSync(join(cur, 'cut.png'), readFileSync(png('pixelmatch/4a.png')).subarray(0, 300))
    // Not a PNG at all.
    writeFileSync(join(base, 'text.png'), 'hello')
    writeFileSync(join(cur, 'text.png'), 'hello, world')
    copyFileSync(png('pixelmatch/1a.png'), join(base, 'same.png'))
    copyFileSync(png('pixelmatch/1a.png'), join(cur, 'same.png'))
    const r = cli(['--baseline', base, '--current', cur, '--json'])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout) as JsonOut
    const status = Object.fromEntries(out.images.map(i => [i.name, i.status]))
    expect(status).toEqual({
      'cut.png': 'error',
      'no-iend.png': 'changed',
      'same.png': 'unchanged',
      'text.png': 'error'
    })
    const human = cli(['--baseline', base, '--current', cur])
    expect(human.stdout).toMatch(/^error: cut\.png: current: .+$/m)
    expect(human.stdout).toMatch(/^error: text\.png: .*PNG.*$/m)
    expect(human.stdout).toMatch(/^FAIL: 4 images: 1 changed, 2 not compared, 1 unchanged$/m)
  })

  withCorpus(
    'hostile names: kept exactly in JSON, made printable in the table, markdown escaped in the fragment',
    () => {
      const { base, cur } = dirs('hostile')
      const names = ['a|b`<img src=x onerror=alert(1)>.png', 'line\nbreak.png', '[link](https:evil).png']
      for (const n of names) {
        copyFileSync(join(CORPUS, 'pixelmatch', '3a.png'), join(base, n))
        copyFileSync(join(CORPUS, 'pixelmatch', '3b.png'), join(cur, n))
      }
      const fragmentOut = join(tmp, 'hostile', 'fragment.json')
      const r = cli(['--baseline', base, '--current', cur, '--json', '--fragment-out', fragmentOut])
      expect(r.code).toBe(1)
      const out = JSON.parse(r.stdout) as JsonOut
      expect(out.images.map(i => i.name).sort()).toEqual([...names].sort())
      // A control character in a name is refused as unsafe for that image; the others are compared.
      expect(out.images.find(i => i.name === 'line\nbreak.png')?.status).toBe('error')
      expect(out.images.filter(i => i.status === 'changed')).toHaveLength(2)
      const fragment = JSON.parse(readFileSync(fragmentOut, 'utf8')) as { markdown: string }
      // Names only ever appear inside code spans (literal text: no HTML, no link), pipes escaped for the table.
      expect(fragment.markdown).toContain('| ``a\\|b`<img src=x onerror=alert(1)>.png`` |')
      expect(fragment.markdown).toContain('| `[link](https:evil).png` |')
      expect(fragment.markdown.replace(/`+[^`\n]*(?:`[^`\n]+)*`+/g, '')).not.toMatch(/<img|\]\(/)
      const human = cli(['--baseline', base, '--current', cur])
      expect(human.stdout).toContain('line?break.png')
    }
  )

  withCorpus('exit 0 when nothing changed; 2 for a usage or input error, with one line', () => {
    const { base, cur } = dirs('codes')
    copyFileSync(join(CORPUS, 'pixelmatch', '1a.png'), join(base, 'a.png'))
    copyFileSync(join(CORPUS, 'pixelmatch', '1a.png'), join(cur, 'a.png'))
    expect(cli(['--baseline', base, '--current', cur]).code).toBe(0)
    // No baseline: every screenshot added, neutral by default (exit 0), fail when asked.
    const none = cli(['--current', cur, '--json'])
    expect([none.code, (JSON.parse(none.stdout) as JsonOut).status]).toEqual([0, 'neutral'])
    expect(cli(['--current', cur, '--on-missing-baseline', 'fail']).code).toBe(1)
    writeFileSync(join(tmp, 'codes', 'bad.json'), '{"threshold": 7}')
    writeFileSync(join(tmp, 'codes', 'typo.yml'), 'tresholds: 0.2\n')
    for (const [args, message] of [
      [['--baseline', base, '--current', join(tmp, 'nope')], /current directory not found/],
      [['--baseline', base], /--current is required/],
      [['--baseline', base, '--current', cur, '--threshold', '2'], /--threshold/],
      [
        ['--baseline', base, '--current', cur, '--options-file', join(tmp, 'codes', 'bad.json')],
        /threshold must be a number from 0 to 1/
      ],
      [
        ['--baseline', base, '--current', cur, '--options-file', join(tmp, 'codes', 'typo.yml')],
        /unknown option "tresholds"/
      ],
      [
        ['--current', cur, '--capture-storybook', cur, '--capture-urls', 'a=http://127.0.0.1/'],
        /one source to capture/
      ]
    ] as const) {
      const r = cli([...args])
      expect([r.code, r.stderr.trim().split('\n')]).toEqual([2, [expect.stringMatching(message)]])
    }
  })

  withCorpus(
    'an options file (YAML) gives a glob its own allowance; --baseline-out writes a directory a later --baseline reads',
    () => {
      const { base, cur } = dirs('options')
      copyFileSync(join(CORPUS, 'pixelmatch', '4a.png'), join(base, 'map.png'))
      copyFileSync(join(CORPUS, 'pixelmatch', '4b.png'), join(cur, 'map.png'))
      writeFileSync(
        join(tmp, 'options', 'opts.yml'),
        'overrides:\n  - match: "map*.png"\n    maxDiffPixels: 7000\n    subtleThreshold: null\n'
      )
      const r = cli([
        '--baseline',
        base,
        '--current',
        cur,
        '--options-file',
        join(tmp, 'options', 'opts.yml'),
        '--json'
      ])
      expect([r.code, (JSON.parse(r.stdout) as JsonOut).images]).toEqual([
        0,
        [{ name: 'map.png', status: 'unchanged', diffPixels: 6889, width: 438, height: 412 }]
      ])
      const saved = join(tmp, 'options', 'saved')
      expect(cli(['--current', cur, '--baseline-out', saved]).code).toBe(0)
      expect(existsSync(join(saved, 'map.png'))).toBe(true)
      expect(cli(['--baseline', saved, '--current', cur]).code).toBe(0)
    }
  )
})

describe('quality-gates visual capturing with Chromium from the bundle', () => {
  const storybook = (dir: string, colour: string) => {
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify({
        v: 5,
        entries: {
          'box--plain': { type: 'story', id: 'box--plain', title: 'Box', name: 'Plain', importPath: './x.js' }
        }
      })
    )
    writeFileSync(
      join(dir, 'iframe.html'),
      `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}#b{margin:10px;width:60px;height:30px;background:${colour}}@media (prefers-color-scheme: dark){body{background:#111}}</style></head><body class="sb-show-main"><div id="storybook-root"><div id="b"></div></div></body></html>`
    )
  }

  withChromium(
    'captures a storybook twice: the same pixels pass; a changed colour fails with the capture meta saved',
    () => {
      storybook(join(tmp, 'sb1'), '#cc0000')
      storybook(join(tmp, 'sb2'), '#0000cc')
      const common = ['--browser-path', CHROMIUM, '--viewports', '200x100', '--color-schemes', 'light,dark']
      const first = cli([
        '--capture-storybook',
        join(tmp, 'sb1'),
        ...common,
        '--current',
        join(tmp, 'cap1'),
        '--baseline-out',
        join(tmp, 'cap-base')
      ])
      expect(first.code).toBe(0)
      expect(existsSync(join(tmp, 'cap-base', 'meta.json'))).toBe(true)
      const again = cli([
        '--capture-storybook',
        join(tmp, 'sb1'),
        ...common,
        '--current',
        join(tmp, 'cap2'),
        '--baseline',
        join(tmp, 'cap-base'),
        '--json'
      ])
      expect([again.code, JSON.parse(again.stdout)]).toEqual([
        0,
        {
          gate: 'visual',
          status: 'pass',
          images: [
            {
              name: 'box--plain/200x100-dark.png',
              status: 'unchanged',
              diffPixels: 0,
              width: 200,
              height: 100
            },
            {
              name: 'box--plain/200x100-light.png',
              status: 'unchanged',
              diffPixels: 0,
              width: 200,
              height: 100
            }
          ]
        }
      ])
      const changed = cli([
        '--capture-storybook',
        join(tmp, 'sb2'),
        ...common,
        '--current',
        join(tmp, 'cap3'),
        '--baseline',
        join(tmp, 'cap-base'),
        '--json'
      ])
      const out = JSON.parse(changed.stdout) as JsonOut
      expect(changed.code).toBe(1)
      // The 60×30 box changed colour in both schemes: every one of its pixels.
      expect(out.images.map(i => [i.status, i.diffPixels])).toEqual([
        ['changed', 1800],
        ['changed', 1800]
      ])
    },
    180_000
  )
})
