// Thumbnails (crop to the change, bounded size, area-averaged scaling), safe file names for hostile image names,
// and the comment's thumbnail table (escaping, cap, GitHub's comment limit).
import { describe, expect, it } from '@jest/globals'
import type { ImageResult } from '../../src/visual/model.js'
import { decodePng, encodePng, type RgbaImage } from '../../src/visual/png.js'
import {
  makeThumbnail,
  safeFileName,
  scaleToFit,
  thumbnailLinks,
  thumbnailRegion,
  thumbnailTable,
  type ThumbnailUrls
} from '../../src/visual/thumbnails.js'

function solid(width: number, height: number, rgba: [number, number, number, number]): RgbaImage {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set(rgba, i * 4)
  return { width, height, data }
}

function result(name: string, status: ImageResult['status'], extra: Partial<ImageResult> = {}): ImageResult {
  return { name, status, diffPixels: 10, subtlePixels: 0, allowedPixels: 0, width: 100, height: 50, ...extra }
}

const HOSTILE = [
  '../../etc/passwd.png',
  '<script>alert(1)</script>.png',
  'a](javascript:alert(1)) ![x](https://evil.example/p.png).png',
  '| col | @admin #12 `code`.png',
  '.hidden/..png',
  'nested/dir/ok.png'
]

describe('thumbnail geometry', () => {
  it('crops to the changed box plus the margin, clipped to the image', () => {
    expect(thumbnailRegion(800, 600, { x: 100, y: 100, width: 50, height: 40 })).toEqual({
      x: 84,
      y: 84,
      width: 82,
      height: 72
    })
    expect(thumbnailRegion(800, 600, { x: 0, y: 590, width: 10, height: 10 })).toEqual({
      x: 0,
      y: 574,
      width: 26,
      height: 26
    })
    // No box: the whole image (cut to the thumbnail's aspect from the top when taller).
    expect(thumbnailRegion(200, 100, undefined)).toEqual({ x: 0, y: 0, width: 200, height: 100 })
  })

  it('keeps the top of a change taller than the thumbnail aspect, so the picture stays readable', () => {
    // 1280 wide → scale 400/1280; 300 px tall thumbnail ↔ 960 source rows.
    expect(thumbnailRegion(1280, 8000, { x: 0, y: 0, width: 1280, height: 8000 })).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 960
    })
  })

  it('a box outside the image (a stale box after a size change) falls back to the whole image', () => {
    expect(thumbnailRegion(100, 100, { x: 500, y: 500, width: 10, height: 10 })).toEqual({
      x: 0,
      y: 0,
      width: 100,
      height: 100
    })
  })

  it('scales by averaging the pixels under each output pixel (premultiplied alpha), never up', () => {
    const img: RgbaImage = {
      width: 2,
      height: 2,
      data: Buffer.from([0, 0, 0, 255, 255, 255, 255, 255, 200, 100, 0, 255, 9, 9, 9, 0])
    }
    const out = scaleToFit(img, 1, 1)
    expect(out.width).toBe(1)
    expect(out.height).toBe(1)
    // Three opaque pixels averaged (the transparent one adds no colour), alpha averaged over four.
    expect([...out.data]).toEqual([152, 118, 85, 191])
    expect(scaleToFit(img, 10, 10)).toBe(img)
  })

  it('thumbnails are bounded in width and height whatever the source', () => {
    const tall = encodePng(solid(1280, 3000, [10, 20, 30, 255]))
    const t1 = decodePng(makeThumbnail(tall, { x: 0, y: 0, width: 1280, height: 3000 }))
    expect(t1.width).toBeLessThanOrEqual(400)
    expect(t1.height).toBeLessThanOrEqual(300)
    expect(t1.width).toBe(400)
    expect([...t1.data.subarray(0, 4)]).toEqual([10, 20, 30, 255])
    const wide = encodePng(solid(5000, 40, [1, 2, 3, 255]))
    const t2 = decodePng(
      makeThumbnail(wide, undefined, { maxWidth: 200, maxHeight: 100, margin: 0, maxSourcePixels: 1e7 })
    )
    expect(t2.width).toBe(200)
    expect(t2.height).toBeLessThanOrEqual(100)
    // A small change stays at its own size (not scaled up).
    const small = decodePng(makeThumbnail(tall, { x: 10, y: 10, width: 5, height: 5 }))
    expect([small.width, small.height]).toEqual([31, 31])
  })

  it('an unreadable image is an error, not a thumbnail', () => {
    expect(() => makeThumbnail(Buffer.from('not a png'), undefined)).toThrow(/not a PNG/)
  })
})

describe('safe file names', () => {
  it('hostile names become plain, distinct, hash-suffixed names', () => {
    const names = HOSTILE.map(safeFileName)
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*-[0-9a-f]{10}$/)
      expect(n.length).toBeLessThanOrEqual(71)
    }
    expect(new Set(names).size).toBe(names.length)
    // Names that slug alike still differ by their hash.
    expect(safeFileName('a b.png')).not.toBe(safeFileName('a_b.png'))
    expect(safeFileName('x'.repeat(5000))).toMatch(/^x{60}-[0-9a-f]{10}$/)
  })
})

describe('thumbnailTable', () => {
  const url = (name: string, kind: string) =>
    `https://github.com/acme/widgets/blob/quality-gates-assets/pr-7/abcdef1/${safeFileName(name)}.${kind}.png?raw=true`
  const urlsFor = (names: string[]) =>
    new Map<string, ThumbnailUrls>(
      names.map(n => [n, { baseline: url(n, 'baseline'), diff: url(n, 'diff'), current: url(n, 'current') }])
    )

  it('one row per changed or size-changed image, images of bounded width, nothing for the rest', () => {
    const images = [
      result('a.png', 'changed'),
      result('b.png', 'unchanged'),
      result('c.png', 'size-changed', { baselineWidth: 100, baselineHeight: 40 }),
      result('d.png', 'added'),
      result('e.png', 'error')
    ]
    const md = thumbnailTable(images, urlsFor(['a.png', 'c.png']))
    const rows = md.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| image'))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('a.png')
    expect(rows[1]).toContain('100×40 → 100×50')
    expect(md.match(/<img /g)).toHaveLength(6)
    expect(md.match(/width="200"/g)).toHaveLength(6)
    expect(md).toContain(`src="${url('a.png', 'diff')}"`)
    expect(thumbnailTable([result('b.png', 'unchanged')], new Map())).toBe('')
  })

  it('hostile names are escaped in the cells and in alt text; foreign URLs are dropped', () => {
    const images = HOSTILE.map(n => result(n, 'changed'))
    const urls = urlsFor(HOSTILE)
    urls.set(HOSTILE[0] as string, {
      baseline: 'javascript:alert(1)',
      diff: 'https://evil.example/x.png',
      current: 'https://github.com@evil.example/x.png'
    })
    const md = thumbnailTable(images, urls)
    expect(md).not.toMatch(/<script/i)
    expect(md).not.toContain('](javascript')
    // Only our github.com URLs are in src and href; the hostile text stays text.
    for (const m of md.matchAll(/(?:src|href)="([^"]*)"/g))
      expect(m[1]).toMatch(/^https:\/\/github\.com\/acme\/widgets\/blob\//)
    expect(md).not.toContain('src="javascript')
    expect(md).not.toMatch(/@admin/)
    // Every row still has exactly the table's five unescaped pipes.
    for (const row of md.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| image'))) {
      const unescaped = row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1
      expect(unescaped).toBe(5)
    }
    const first = md.split('\n')[2] as string
    expect(first.match(/–/g)).toHaveLength(3)
    // alt attributes hold no raw quote or angle bracket.
    for (const alt of md.matchAll(/alt="([^"]*)"/g)) expect(alt[1]).not.toMatch(/[<>]/)
  })

  it('capped at 20 rows with "and N more" linking to the report; long names stay under the comment limit', () => {
    const names = Array.from({ length: 500 }, (_, i) => `${'<&|'.repeat(400)}-${i}.png`)
    const md = thumbnailTable(
      names.map(n => result(n, 'changed')),
      urlsFor(names),
      { reportUrl: 'https://github.com/acme/widgets/actions/runs/1/artifacts/2' }
    )
    expect(md.match(/<img /g)).toHaveLength(60)
    expect(md).toContain(
      'and 480 more: [see the report](https://github.com/acme/widgets/actions/runs/1/artifacts/2)'
    )
    expect(md.length).toBeLessThan(65_536 / 2)
  })

  it('the fallback without pictures names the images and links the artifact', () => {
    const images = [result('<b>x</b>.png', 'changed'), result('y.png', 'unchanged')]
    const md = thumbnailLinks(images, 'https://github.com/acme/widgets/actions/runs/1/artifacts/2')
    expect(md).toContain('- &lt;b\\>x&lt;/b\\>.png')
    expect(md).not.toContain('y.png')
    expect(md).toContain(
      '[the visual report artifact](https://github.com/acme/widgets/actions/runs/1/artifacts/2)'
    )
    expect(thumbnailLinks(images, 'http://evil.example/')).toContain(
      'in the visual report artifact of this run'
    )
  })
})
