// Thumbnails of a visual change for the PR comment, and the comment's "baseline | diff | current" table.
//
// A thumbnail is the changed box plus a margin, cut from the image and scaled down (area average) to fit a
// bounded width; a change taller than the thumbnail's aspect allows keeps its top part (where a layout shift
// starts), so a long page still gives a readable picture instead of a sliver. Names are untrusted (they come
// from screenshot files a PR can add): a stored file name is a sanitised, hash-suffixed slug, and every name is
// escaped before it reaches markdown or HTML.
import { createHash } from 'node:crypto'
import { escapeCell, escapeHtml } from '../shared/markdown.js'
import { cropImage, growBox } from './diff.js'
import type { ImageResult, Region } from './model.js'
import { decodePng, encodePng, type RgbaImage } from './png.js'

export interface ThumbnailLimits {
  /** Widest thumbnail, px (default 400). */
  maxWidth: number
  /** Tallest thumbnail, px (default 300). */
  maxHeight: number
  /** Pixels kept around the changed box (default 16, as the diff images). */
  margin: number
  /** Largest source image decoded for a thumbnail, in pixels. */
  maxSourcePixels: number
}

export const DEFAULT_THUMBNAIL_LIMITS: ThumbnailLimits = {
  maxWidth: 400,
  maxHeight: 300,
  margin: 16,
  maxSourcePixels: 50_000_000
}

/** Rows shown in the comment's thumbnail table before "and N more". */
export const DEFAULT_TABLE_ROWS = 20

/** The three pictures of one image, each a URL where it can be seen. */
export interface ThumbnailUrls {
  baseline?: string
  diff?: string
  current?: string
}

/**
 * The part of `img` to show: `box` grown by the margin (clipped to the image; the whole image without a box),
 * then cut to the thumbnail's aspect ratio from the top when it is taller than that.
 */
export function thumbnailRegion(
  width: number,
  height: number,
  box: Region | undefined,
  limits: ThumbnailLimits = DEFAULT_THUMBNAIL_LIMITS
): Region {
  const full: Region = { x: 0, y: 0, width, height }
  const clipped = box ? clipBox(box, width, height) : undefined
  let r =
    clipped && clipped.width > 0 && clipped.height > 0 ? growBox(clipped, limits.margin, width, height) : full
  const scale = Math.min(1, limits.maxWidth / r.width)
  const tallest = Math.max(1, Math.floor(limits.maxHeight / scale))
  if (r.height > tallest) r = { ...r, height: tallest }
  return r
}

function clipBox(box: Region, width: number, height: number): Region {
  const x = Math.min(Math.max(0, box.x), width)
  const y = Math.min(Math.max(0, box.y), height)
  return {
    x,
    y,
    width: Math.max(0, Math.min(width, box.x + box.width) - x),
    height: Math.max(0, Math.min(height, box.y + box.height) - y)
  }
}

/** Scales `img` down to fit maxWidth × maxHeight (never up), averaging the source pixels under each pixel. */
export function scaleToFit(img: RgbaImage, maxWidth: number, maxHeight: number): RgbaImage {
  const scale = Math.min(1, maxWidth / img.width, maxHeight / img.height)
  if (scale >= 1) return img
  const w = Math.max(1, Math.round(img.width * scale))
  const h = Math.max(1, Math.round(img.height * scale))
  const out = Buffer.alloc(w * h * 4)
  const src = img.data
  for (let dy = 0; dy < h; dy++) {
    const y0 = Math.floor((dy * img.height) / h)
    const y1 = Math.max(y0 + 1, Math.floor(((dy + 1) * img.height) / h))
    for (let dx = 0; dx < w; dx++) {
      const x0 = Math.floor((dx * img.width) / w)
      const x1 = Math.max(x0 + 1, Math.floor(((dx + 1) * img.width) / w))
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let y = y0; y < y1; y++) {
        let i = (y * img.width + x0) * 4
        for (let x = x0; x < x1; x++, i += 4) {
          // Premultiplied, so transparent pixels do not darken their neighbours.
          const alpha = src[i + 3]!
          r += src[i]! * alpha
          g += src[i + 1]! * alpha
          b += src[i + 2]! * alpha
          a += alpha
        }
      }
      const n = (y1 - y0) * (x1 - x0)
      const o = (dy * w + dx) * 4
      if (a > 0) {
        out[o] = Math.round(r / a)
        out[o + 1] = Math.round(g / a)
        out[o + 2] = Math.round(b / a)
      }
      out[o + 3] = Math.round(a / n)
    }
  }
  return { width: w, height: h, data: out }
}

/**
 * A PNG thumbnail of `png`: the changed box (plus margin; the whole image without a box) scaled to fit the
 * limits. Throws PngError for an unreadable image (the caller shows no picture for it).
 */
export function makeThumbnail(
  png: Buffer,
  box: Region | undefined,
  limits: ThumbnailLimits = DEFAULT_THUMBNAIL_LIMITS
): Buffer {
  const img = decodePng(png, limits.maxSourcePixels)
  const region = thumbnailRegion(img.width, img.height, box, limits)
  return encodePng(scaleToFit(cropImage(img, region), limits.maxWidth, limits.maxHeight))
}

/**
 * A file name for an untrusted image name: letters, digits, `-` and `_` only (every other run becomes one `_`,
 * at most 60 characters), then 10 hex digits of the name's SHA-256 so two names never share a file. Never
 * empty, never starting with a dot, never containing `/`.
 */
export function safeFileName(name: string): string {
  const stem = name
    .replace(/\.png$/i, '')
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^[_-]+|_+$/g, '')
    .slice(0, 60)
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 10)
  return `${stem || 'image'}-${hash}`
}

/** The images worth a thumbnail: changed and size-changed, in the suite's order. */
export function changedImages(images: readonly ImageResult[]): ImageResult[] {
  return images.filter(i => i.status === 'changed' || i.status === 'size-changed')
}

export interface ThumbnailTableOptions {
  /** Rows before "and N more" (default 20). */
  maxRows?: number
  /** Width attribute of each `<img>` (default 200). */
  imageWidth?: number
  /** Where the full report is (the HTML report artifact): linked from "and N more" and when there are no pictures. */
  reportUrl?: string
}

const MAX_NAME_CHARS = 120

/** Only https URLs on github.com are written into the comment (they are ours; anything else is dropped). */
function trustedUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return undefined
  }
  if (u.protocol !== 'https:' || u.hostname !== 'github.com' || u.username || u.password) return undefined
  // Percent-encoded so the URL can sit in an HTML attribute and inside a markdown link's parentheses.
  return u
    .toString()
    .replace(/&/g, '&amp;')
    .replace(/"/g, '%22')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
}

function cell(url: string | undefined, alt: string, width: number): string {
  const safe = trustedUrl(url)
  if (!safe) return '–'
  // No <a> around it: GitHub links every image in a comment to its source by itself.
  return `<img src="${safe}" width="${width}" alt="${alt}">`
}

/**
 * The comment's thumbnail table: one row per changed or size-changed image, "baseline | diff | current", each an
 * `<img>` of bounded width linking to the full picture; at most `maxRows` rows, then "and N more" (linked to the
 * report). The images' names are escaped; URLs other than https://github.com/… are not written. Bounded size:
 * each row is at most a few URLs plus a 120-character name, so 20 rows stay far under GitHub's 65,536.
 */
export function thumbnailTable(
  images: readonly ImageResult[],
  urls: ReadonlyMap<string, ThumbnailUrls>,
  opts: ThumbnailTableOptions = {}
): string {
  const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_TABLE_ROWS))
  const width = Math.max(16, Math.min(400, Math.floor(opts.imageWidth ?? 200)))
  const changed = changedImages(images)
  if (changed.length === 0) return ''
  const report = trustedUrl(opts.reportUrl)
  const lines = ['| image | baseline | diff | current |', '|---|---|---|---|']
  for (const img of changed.slice(0, maxRows)) {
    const u = urls.get(img.name) ?? {}
    // In an attribute inside a table cell: HTML-escaped, and `|` as an entity (GitHub splits cells on it first).
    const alt = escapeHtml(img.name, MAX_NAME_CHARS).replace(/\|/g, '&#124;')
    const size =
      img.status === 'size-changed' && img.baselineWidth !== undefined && img.baselineHeight !== undefined
        ? `<br>${img.baselineWidth}×${img.baselineHeight} → ${img.width}×${img.height}`
        : ''
    lines.push(
      `| ${escapeCell(img.name, MAX_NAME_CHARS)}${size} | ${cell(u.baseline, `baseline of ${alt}`, width)} | ` +
        `${cell(u.diff, `diff of ${alt}`, width)} | ${cell(u.current, `current of ${alt}`, width)} |`
    )
  }
  const more = changed.length - Math.min(changed.length, maxRows)
  if (more > 0)
    lines.push(
      '',
      report
        ? `and ${more} more: [see the report](${report})`
        : `and ${more} more (in the visual report artifact)`
    )
  return lines.join('\n')
}

/**
 * Without pictures (no assets branch: a fork PR's read-only token, writes refused): the changed images' names
 * (unless `list: false`, when a table already names them) and a link to the artifact holding the diff images and
 * the report.
 */
export function thumbnailLinks(
  images: readonly ImageResult[],
  artifactUrl: string | undefined,
  opts: { maxRows?: number; list?: boolean } = {}
): string {
  const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_TABLE_ROWS))
  const changed = changedImages(images)
  if (changed.length === 0) return ''
  const link = trustedUrl(artifactUrl)
  const lines: string[] = []
  if (opts.list !== false) {
    lines.push(...changed.slice(0, maxRows).map(i => `- ${escapeCell(i.name, MAX_NAME_CHARS)}`))
    const more = changed.length - Math.min(changed.length, maxRows)
    if (more > 0) lines.push(`- and ${more} more`)
    lines.push('')
  }
  lines.push(
    link
      ? `Pictures: [the visual report artifact](${link}) (diff images and an HTML report with side-by-side, overlay and slider views).`
      : 'Pictures: in the visual report artifact of this run.'
  )
  return lines.join('\n')
}
