// The visual report: one self-contained HTML file for the run's artifact, with the counts and, per changed
// image, three views — side by side (baseline | diff | current), overlay (current over baseline, opacity
// control) and slider (current revealed over baseline up to a handle).
//
// Images are inlined as data: URIs rather than copied beside the file. Only changed, size-changed, added and
// removed images are shown (unchanged ones are counted), so the usual report holds a handful of pictures; inline,
// the report is one file that works however it is opened (a downloaded artifact, a file:// URL, an attachment)
// and the page can forbid every load but data: images. Each picture is inlined once, in the side-by-side view;
// the overlay and slider <img> carry no src of their own (data-from names the picture) and the report's script
// copies it from the side-by-side <img> of the same section (data-pic). With scripts off the page still shows the
// side-by-side view, and the tabs, useless then, stay hidden. The cost, base64's third more bytes, is bounded:
// past `maxInlineBytes` (default 32 MiB of PNG, each picture counted once as it is held once) further images are
// named with a note instead of pictured — the diff PNGs stay in the artifact beside the report.
//
// The page loads nothing: a Content-Security-Policy meta allows only data: images and its own nonce'd style and
// script; no external JS or CSS. Every name and message is HTML-escaped (names come from files a PR can add).
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../shared/errors.js'
import type { ImageResult, ImageStatus, SuiteResult } from './model.js'
import { unsafeName } from './compare.js'
import { isPng } from './png.js'

export interface ReportImages {
  baseline?: Buffer
  diff?: Buffer
  current?: Buffer
}

export interface HtmlReportOptions {
  /** File name inside `dir` (default visual-report.html). */
  fileName?: string
  /** Most PNG bytes inlined (default 32 MiB). */
  maxInlineBytes?: number
  title?: string
}

export interface HtmlReportResult {
  path: string
  /** PNG bytes inlined. */
  inlinedBytes: number
  /** Images shown without pictures because the budget was spent. */
  omitted: number
}

export const DEFAULT_MAX_INLINE_BYTES = 32 * 1024 * 1024
const MAX_NAME_CHARS = 500
const MAX_MESSAGE_CHARS = 300

const SHOWN: readonly ImageStatus[] = ['changed', 'size-changed', 'added', 'removed', 'error']
const ORDER: readonly ImageStatus[] = ['changed', 'size-changed', 'added', 'removed', 'error', 'unchanged']

/** HTML-escapes text for element content and quoted attributes; control characters dropped, length bounded. */
export function escapeHtmlText(s: string, max = MAX_NAME_CHARS): string {
  const cps = Array.from(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''))
  const cut = cps.length > max ? cps.slice(0, max - 1).join('') + '…' : cps.join('')
  return cut.replace(/[&<>"']/g, c =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'
  )
}

function dataUri(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`
}

type Pic = 'baseline' | 'diff' | 'current'

/** A picture's one inline copy, named by data-pic for the views that reuse it. */
function img(png: Buffer, pic: Pic, alt: string): string {
  return `<img data-pic="${pic}" src="${dataUri(png)}" alt="${alt}">`
}

/** A picture shown again: the script gives it the src of the same section's `data-pic` image. */
function imgFrom(pic: Pic, alt: string, cls = ''): string {
  return `<img${cls ? ` class="${cls}"` : ''} data-from="${pic}" alt="${alt}">`
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:22px}h2{font-size:16px;margin:0 0 6px;word-break:break-all}
.counts span{display:inline-block;margin-right:14px}
section.image{border:1px solid #d0d7de;border-radius:6px;padding:12px;margin:16px 0}
.meta{color:#59636e;margin:0 0 8px}
.tabs button{font:inherit;padding:4px 10px;border:1px solid #d0d7de;background:#f6f8fa;border-radius:6px;cursor:pointer}
.tabs button[aria-pressed="true"]{background:#0969da;color:#fff;border-color:#0969da}
.view{margin-top:10px;overflow:auto;max-height:80vh}
[hidden]{display:none!important}
.side{display:flex;gap:12px;align-items:flex-start}
figure{margin:0}figcaption{color:#59636e;font-size:12px}
.stack{position:relative;display:inline-block;line-height:0}
.stack img.top{position:absolute;left:0;top:0}
img{image-rendering:pixelated;background:repeating-conic-gradient(#eee 0 25%,#fff 0 50%) 0 0/16px 16px}
label{display:block;margin-top:6px}
.note{color:#9a6700}
`

const SCRIPT = `
for (const section of document.querySelectorAll('section.image')) {
  for (const copy of section.querySelectorAll('img[data-from]')) {
    const source = section.querySelector('.view.side img[data-pic="' + copy.dataset.from + '"]')
    if (source) copy.src = source.src
  }
  const tabs = section.querySelector('.tabs')
  if (tabs) tabs.hidden = false
  const buttons = section.querySelectorAll('.tabs button')
  const views = section.querySelectorAll('.view')
  for (const button of buttons) {
    button.addEventListener('click', () => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button))
      for (const v of views) v.hidden = v.dataset.view !== button.dataset.view
    })
  }
  const opacity = section.querySelector('input.opacity')
  const over = section.querySelector('.overlay img.top')
  if (opacity && over) {
    const apply = () => { over.style.opacity = String(Number(opacity.value) / 100) }
    opacity.addEventListener('input', apply)
    apply()
  }
  const position = section.querySelector('input.position')
  const clip = section.querySelector('.slider img.top')
  if (position && clip) {
    const apply = () => { clip.style.clipPath = 'inset(0 ' + (100 - Number(position.value)) + '% 0 0)' }
    position.addEventListener('input', apply)
    apply()
  }
}
`

function countsLine(images: readonly ImageResult[]): string {
  const counts = new Map<ImageStatus, number>()
  for (const i of images) counts.set(i.status, (counts.get(i.status) ?? 0) + 1)
  const parts = ORDER.map(s => `<span><b>${counts.get(s) ?? 0}</b> ${s}</span>`)
  return `<p class="counts">${parts.join('')}<span><b>${images.length}</b> images</span></p>`
}

function metaLine(r: ImageResult): string {
  const parts = [`<b>${r.status}</b>`]
  if (r.status === 'changed' || r.status === 'size-changed')
    parts.push(`${r.diffPixels} pixels differ (${r.allowedPixels} allowed)`)
  if (r.status === 'size-changed' && r.baselineWidth !== undefined && r.baselineHeight !== undefined)
    parts.push(`${r.baselineWidth}×${r.baselineHeight} → ${r.width}×${r.height}`)
  else if (r.width > 0) parts.push(`${r.width}×${r.height}`)
  if (r.message) parts.push(escapeHtmlText(r.message, MAX_MESSAGE_CHARS))
  return `<p class="meta">${parts.join(' · ')}</p>`
}

/** The pictures side by side, each with its caption: every picture of the section, inlined here once. */
function sideBySide(alt: string, pics: ReportImages): string {
  const figure = (pic: Pic) => {
    const png = pics[pic]
    return png ? `<figure>${img(png, pic, `${pic} of ${alt}`)}<figcaption>${pic}</figcaption></figure>` : ''
  }
  return `<div class="view side" data-view="side">${figure('baseline')}${figure('diff')}${figure('current')}</div>`
}

/** Side by side, overlay and slider; the last two reuse the side-by-side pictures (see imgFrom). */
function comparedViews(alt: string, pics: ReportImages): string {
  const stack =
    `<div class="stack">${imgFrom('baseline', `baseline of ${alt}`)}` +
    `${imgFrom('current', `current of ${alt}`, 'top')}</div>`
  return (
    `<div class="tabs" hidden><button type="button" data-view="side" aria-pressed="true">Side by side</button> ` +
    `<button type="button" data-view="overlay" aria-pressed="false">Overlay</button> ` +
    `<button type="button" data-view="slider" aria-pressed="false">Slider</button></div>` +
    sideBySide(alt, pics) +
    `<div class="view overlay" data-view="overlay" hidden>${stack}` +
    `<label>Current's opacity <input class="opacity" type="range" min="0" max="100" value="50"></label></div>` +
    `<div class="view slider" data-view="slider" hidden>${stack}` +
    `<label>Current shown up to <input class="position" type="range" min="0" max="100" value="50"></label></div>`
  )
}

/**
 * Writes the report to `dir` (created when missing) and returns its path. `images` holds the PNG bytes per image
 * name (baseline, diff, current); a buffer that is not a PNG is not inlined.
 */
export async function writeHtmlReport(
  dir: string,
  suite: SuiteResult,
  images: ReadonlyMap<string, ReportImages>,
  opts: HtmlReportOptions = {}
): Promise<HtmlReportResult> {
  const budget = Math.max(0, opts.maxInlineBytes ?? DEFAULT_MAX_INLINE_BYTES)
  const nonce = randomBytes(16).toString('base64')
  let inlined = 0
  let omitted = 0
  const sections: string[] = []
  const shown = suite.images.filter(r => SHOWN.includes(r.status))
  shown.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
  for (const [index, r] of shown.entries()) {
    const name = escapeHtmlText(r.name)
    const raw = images.get(r.name) ?? {}
    const pics: ReportImages = {}
    for (const k of ['baseline', 'diff', 'current'] as const) {
      const b = raw[k]
      if (b && isPng(b)) pics[k] = b
    }
    const bytes = (pics.baseline?.length ?? 0) + (pics.diff?.length ?? 0) + (pics.current?.length ?? 0)
    let body: string
    if (r.status === 'error' || bytes === 0) body = ''
    else if (inlined + bytes > budget) {
      omitted++
      body = `<p class="note">Pictures not inlined: this report's ${budget}-byte budget is spent (the diff PNGs are in the artifact).</p>`
    } else {
      // Every picture the section has is inlined once, in the side-by-side view: `bytes` is what it costs.
      inlined += bytes
      body = pics.baseline && pics.current ? comparedViews(name, pics) : sideBySide(name, pics)
    }
    sections.push(
      `<section class="image" id="image-${index}"><h2>${name}</h2>${metaLine(r)}${body}</section>`
    )
  }
  const title = escapeHtmlText(opts.title ?? 'Visual report', 200)
  const csp =
    `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; ` +
    `base-uri 'none'; form-action 'none'`
  const html =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width">` +
    `<title>${title}</title><style nonce="${nonce}">${STYLE}</style></head>\n<body>` +
    `<h1>${title}</h1>${countsLine(suite.images)}` +
    (omitted > 0 ? `<p class="note">${omitted} image(s) shown without pictures (size budget).</p>` : '') +
    (sections.length === 0 ? '<p>No visual changes.</p>' : sections.join('\n')) +
    `<script nonce="${nonce}">${SCRIPT}</script></body></html>\n`
  const fileName = opts.fileName ?? 'visual-report.html'
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.html$/.test(fileName))
    throw new UserError(`visual report: not a plain .html file name: ${fileName.slice(0, 100)}`)
  await mkdir(dir, { recursive: true })
  const path = join(dir, fileName)
  await writeFile(path, html)
  return { path, inlinedBytes: inlined, omitted }
}

/**
 * Reads the pictures of the images worth showing (changed, size-changed, added, removed) from the compared
 * directories: baseline and current by name, the diff by its diffImage. Regular files only (a symlink is skipped),
 * names checked again, and no more than `maxBytes` read in all (the report could not inline more anyway).
 */
export async function collectReportImages(
  dirs: { baselineDir?: string; currentDir: string; diffDir?: string },
  images: readonly ImageResult[],
  maxBytes = DEFAULT_MAX_INLINE_BYTES
): Promise<Map<string, ReportImages>> {
  const out = new Map<string, ReportImages>()
  let total = 0
  const read = async (dir: string | undefined, name: string | undefined): Promise<Buffer | undefined> => {
    if (!dir || !name || unsafeName(name)) return undefined
    try {
      const st = await lstat(join(dir, name))
      if (!st.isFile() || total + st.size > maxBytes) return undefined
      const bytes = await readFile(join(dir, name))
      total += bytes.length
      return bytes
    } catch {
      return undefined
    }
  }
  for (const r of images) {
    if (!SHOWN.includes(r.status) || r.status === 'error') continue
    const pics: ReportImages = {}
    const baseline = r.status === 'added' ? undefined : await read(dirs.baselineDir, r.name)
    const diff = await read(dirs.diffDir, r.diffImage)
    const current = r.status === 'removed' ? undefined : await read(dirs.currentDir, r.name)
    if (baseline) pics.baseline = baseline
    if (diff) pics.diff = diff
    if (current) pics.current = current
    out.set(r.name, pics)
  }
  return out
}
