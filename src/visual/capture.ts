/**
 * Screenshots captured by the action: the stories of a built Storybook, or a list of URLs, at each viewport ×
 * colour scheme, stabilised (stabilise.ts), written as `<outDir>/<target>/<viewport>-<scheme>.png` with
 * `<outDir>/meta.json` (capture-meta.ts) beside them.
 *
 * Browser: `browserPath` if given, else the runner's Chrome: `$CHROME_BIN` (GitHub's Ubuntu images set it to
 * /usr/bin/google-chrome), else google-chrome, google-chrome-stable, chromium or chromium-browser on PATH, else
 * the usual install paths on macOS and Windows. playwright-core drives it headless; nothing is downloaded.
 *
 * Network: a page may only reach loopback hosts and the hosts the workflow author lists in `allowedHosts`
 * (exact host names); every other request is aborted and counted in the shot's notes. A Storybook is served
 * from 127.0.0.1 by static-server.ts, so a self-contained storybook-static needs no allowed host; one that loads
 * web fonts or images from a CDN needs that CDN listed, or it is captured without them. URLs must be http(s)
 * on such a host too.
 *
 * One shot that fails (timeout, navigation error, story error) is recorded as an error and the others go on;
 * wrong options are a one-line UserError before the browser starts.
 */
import { createHash } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import { access, mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { UserError, describeError, oneLine } from '../shared/errors.js'
import {
  CAPTURE_META_FILE,
  CAPTURE_META_SCHEMA,
  currentOs,
  systemFonts,
  type CaptureMeta,
  type ColorScheme,
  type ShotMeta,
  type Viewport
} from './capture-meta.js'
import { settlePage, stableScreenshot } from './stabilise.js'
import { serveStatic, type StaticServer } from './static-server.js'
import { readStorybook, storyUrl } from './storybook.js'

export interface UrlTarget {
  name: string
  url: string
}

export type CaptureSource = { storybook: string } | { urls: UrlTarget[] }

export interface CaptureOptions {
  source: CaptureSource
  viewports: Viewport[]
  colorSchemes: ColorScheme[]
  outDir: string
  browserPath?: string
  /** CSS selectors painted over in every screenshot. */
  masks?: string[]
  maskColor?: string
  /** Pages captured at once (default: min(4, cores)). */
  concurrency?: number
  /** Per screenshot, from navigation to the last attempt (default 30 s). */
  timeoutMs?: number
  /** Screenshots taken at most while waiting for two identical ones (default 5). */
  maxAttempts?: number
  deviceScaleFactor?: number
  fullPage?: boolean
  /** Hosts besides loopback that pages and URLs may reach. */
  allowedHosts?: string[]
  /** Process environment used to find the runner's Chrome (default process.env). */
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export interface CaptureResult {
  outDir: string
  meta: CaptureMeta
  /** Screenshots written, relative to outDir, with `/`. */
  files: string[]
  stable: number
  unstable: number
  errors: number
}

export const CAPTURE_LIMITS = {
  maxViewports: 20,
  maxUrls: 5000,
  maxShots: 50_000,
  maxMasks: 50,
  maxDimension: 8192,
  maxConcurrency: 16,
  maxTimeoutMs: 10 * 60_000,
  maxAttempts: 20
}

const VIEWPORT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/
const SAFE_NAME_LENGTH = 80
/** Names a folder may not have: the metadata file, and names Windows cannot create (artifacts get downloaded there). */
const RESERVED = /^(meta\.json|con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/**
 * A file-system-safe folder name for an untrusted story id or URL name: letters, digits, `.`, `_`, `-`, no
 * leading dot, at most 80 characters. When that changed the name (or the name is reserved), a hash of the
 * original is appended, so two different names cannot meet in one folder by sanitising.
 */
export function safeName(raw: string): string {
  let clean = raw.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '')
  if (clean.length > SAFE_NAME_LENGTH) clean = clean.slice(0, SAFE_NAME_LENGTH)
  if (clean === raw && !RESERVED.test(raw) && !raw.endsWith('.')) return raw
  return `${clean.replace(/\.+$/, '') || 'x'}-${createHash('sha256').update(raw).digest('hex').slice(0, 12)}`
}

/**
 * Folder names for all targets, unique even on a case-insensitive file system: a name that would meet another
 * gets the long hash of its original; raw names must already be distinct.
 */
export function assignFolders(names: readonly string[]): Map<string, string> {
  const folders = new Map<string, string>()
  const taken = new Set<string>()
  for (const raw of names) {
    if (folders.has(raw))
      throw new UserError(`capture: the name ${JSON.stringify(raw.slice(0, 80))} is given twice`)
    let folder = safeName(raw)
    if (taken.has(folder.toLowerCase())) {
      folder = `${folder.slice(0, SAFE_NAME_LENGTH)}-${createHash('sha256').update(raw).digest('hex')}`
      if (taken.has(folder.toLowerCase())) {
        throw new UserError(`capture: no distinct file name for ${JSON.stringify(raw.slice(0, 80))}`)
      }
    }
    taken.add(folder.toLowerCase())
    folders.set(raw, folder)
  }
  return folders
}

/** True for localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return (
    h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
  )
}

function hostAllowed(hostname: string, allowed: ReadonlySet<string>): boolean {
  return isLoopbackHost(hostname) || allowed.has(hostname.toLowerCase())
}

/** Checks a URL list entry: http(s), on loopback or an allowed host; a one-line UserError otherwise. */
export function checkUrl(target: UrlTarget, allowed: ReadonlySet<string>): URL {
  let url: URL
  try {
    url = new URL(target.url)
  } catch {
    throw new UserError(
      `capture: ${JSON.stringify(target.name.slice(0, 80))}: ${JSON.stringify(target.url.slice(0, 200))} is not a URL`
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(
      `capture: ${JSON.stringify(target.name.slice(0, 80))}: only http and https URLs, not ${url.protocol}`
    )
  }
  if (url.username || url.password) {
    throw new UserError(`capture: ${JSON.stringify(target.name.slice(0, 80))}: no credentials in URLs`)
  }
  if (!hostAllowed(url.hostname, allowed)) {
    throw new UserError(
      `capture: ${JSON.stringify(target.name.slice(0, 80))}: host ${url.hostname} is neither loopback nor in allowed-hosts`
    )
  }
  return url
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false
    await access(file, fsConstants.X_OK)
    return true
  } catch {
    return false
  }
}

const PATH_NAMES = ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser']
const KNOWN_PATHS: Record<string, string[]> = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium'
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
  ]
}

/** The browser to drive: the given path, `$CHROME_BIN`, a Chrome or Chromium on PATH, or a known install path. */
export async function findBrowser(browserPath: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  if (browserPath) {
    if (!(await isExecutable(browserPath))) {
      throw new UserError(`capture: browser-path ${browserPath} is not an executable file`)
    }
    return browserPath
  }
  const candidates: string[] = []
  if (env.CHROME_BIN) candidates.push(env.CHROME_BIN)
  const dirs = (env.PATH ?? '')
    .split(path.delimiter)
    .filter(d => d !== '')
    .slice(0, 100)
  for (const name of PATH_NAMES) for (const dir of dirs) candidates.push(path.join(dir, name))
  candidates.push(...(KNOWN_PATHS[process.platform] ?? []))
  for (const candidate of candidates) if (await isExecutable(candidate)) return candidate
  throw new UserError(
    'capture: no Chrome or Chromium found (looked at $CHROME_BIN, google-chrome and chromium on PATH); set browser-path'
  )
}

interface Job {
  target: string
  url: string
  folder: string
  viewport: Viewport
  scheme: ColorScheme
}

function checkOptions(o: CaptureOptions): void {
  if (
    !Array.isArray(o.viewports) ||
    o.viewports.length === 0 ||
    o.viewports.length > CAPTURE_LIMITS.maxViewports
  ) {
    throw new UserError(`capture: give 1 to ${CAPTURE_LIMITS.maxViewports} viewports`)
  }
  const names = new Set<string>()
  for (const v of o.viewports) {
    if (!VIEWPORT_NAME.test(v.name)) {
      throw new UserError(
        `capture: viewport name ${JSON.stringify(String(v.name).slice(0, 60))} must be 1 to 40 letters, digits, _ or -`
      )
    }
    if (names.has(v.name.toLowerCase())) throw new UserError(`capture: viewport ${v.name} is given twice`)
    names.add(v.name.toLowerCase())
    for (const [field, value] of [
      ['width', v.width],
      ['height', v.height]
    ] as const) {
      if (!Number.isInteger(value) || value < 1 || value > CAPTURE_LIMITS.maxDimension) {
        throw new UserError(
          `capture: viewport ${v.name}: ${field} must be an integer from 1 to ${CAPTURE_LIMITS.maxDimension}`
        )
      }
    }
  }
  if (
    !Array.isArray(o.colorSchemes) ||
    o.colorSchemes.length === 0 ||
    o.colorSchemes.some(s => s !== 'light' && s !== 'dark') ||
    new Set(o.colorSchemes).size !== o.colorSchemes.length
  ) {
    throw new UserError('capture: color schemes must be light, dark or both, each once')
  }
  const masks = o.masks ?? []
  if (
    masks.length > CAPTURE_LIMITS.maxMasks ||
    masks.some(m => typeof m !== 'string' || m.trim() === '' || m.length > 500)
  ) {
    throw new UserError(
      `capture: give at most ${CAPTURE_LIMITS.maxMasks} mask selectors, each 1 to 500 characters`
    )
  }
  const bounded = (value: number | undefined, name: string, min: number, max: number): void => {
    if (value !== undefined && (!Number.isInteger(value) || value < min || value > max)) {
      throw new UserError(`capture: ${name} must be an integer from ${min} to ${max}`)
    }
  }
  bounded(o.concurrency, 'concurrency', 1, CAPTURE_LIMITS.maxConcurrency)
  bounded(o.timeoutMs, 'timeout', 1000, CAPTURE_LIMITS.maxTimeoutMs)
  bounded(o.maxAttempts, 'attempts', 2, CAPTURE_LIMITS.maxAttempts)
  const dsf = o.deviceScaleFactor
  if (dsf !== undefined && (!Number.isFinite(dsf) || dsf < 0.25 || dsf > 4)) {
    throw new UserError('capture: device scale factor must be from 0.25 to 4')
  }
  if (o.maskColor !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(o.maskColor)) {
    throw new UserError('capture: mask colour must be #RRGGBB')
  }
}

/** outDir must be new or empty: screenshots of an earlier run must never pass for this run's. */
async function prepareOutDir(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw new UserError(`capture: output folder ${outDir} cannot be read (${error.code ?? 'error'})`)
  })
  if (entries.length > 0) throw new UserError(`capture: output folder ${outDir} is not empty`)
  await mkdir(outDir, { recursive: true })
}

/** Captures every target at every viewport × colour scheme; see the file comment. */
export async function capture(options: CaptureOptions): Promise<CaptureResult> {
  checkOptions(options)
  const log = options.log ?? (() => undefined)
  const allowed = new Set((options.allowedHosts ?? []).map(h => h.trim().toLowerCase()).filter(h => h !== ''))
  const masks = options.masks ?? []
  const timeoutMs = options.timeoutMs ?? 30_000
  const concurrency = options.concurrency ?? Math.min(4, os.availableParallelism())
  const dsf = options.deviceScaleFactor ?? 1
  // Everything that can be refused is refused before the output folder, the server or the browser exist.
  let targets: { name: string; url: string }[]
  const storybookDir = 'storybook' in options.source ? options.source.storybook : undefined
  const storybook = storybookDir !== undefined
  if (storybookDir !== undefined) {
    const stories = await readStorybook(storybookDir)
    // The origin is known once the server listens; the URL is filled in then.
    targets = stories.map(s => ({ name: s.id, url: '' }))
  } else {
    const urls = (options.source as { urls: UrlTarget[] }).urls
    if (!Array.isArray(urls) || urls.length === 0 || urls.length > CAPTURE_LIMITS.maxUrls) {
      throw new UserError(`capture: give 1 to ${CAPTURE_LIMITS.maxUrls} URLs`)
    }
    targets = urls.map(u => {
      if (typeof u.name !== 'string' || u.name === '' || u.name.length > 200) {
        throw new UserError('capture: every URL needs a name of 1 to 200 characters')
      }
      return { name: u.name, url: checkUrl(u, allowed).href }
    })
  }
  const total = targets.length * options.viewports.length * options.colorSchemes.length
  if (total > CAPTURE_LIMITS.maxShots) {
    throw new UserError(
      `capture: ${total} screenshots asked for, more than the limit of ${CAPTURE_LIMITS.maxShots}`
    )
  }
  const folders = assignFolders(targets.map(t => t.name))
  const executablePath = await findBrowser(options.browserPath, options.env ?? process.env)
  await prepareOutDir(options.outDir)

  let server: StaticServer | undefined
  if (storybookDir !== undefined) {
    server = await serveStatic(storybookDir, { log })
    const origin = server.origin
    targets = targets.map(t => ({ name: t.name, url: storyUrl(origin, t.name) }))
    log(`capture: ${targets.length} stories from ${storybookDir}, served on ${origin}`)
  }
  try {
    const jobs: Job[] = []
    for (const t of targets) {
      for (const viewport of options.viewports) {
        for (const scheme of options.colorSchemes) {
          jobs.push({ target: t.name, url: t.url, folder: folders.get(t.name) ?? '', viewport, scheme })
        }
      }
    }

    const { chromium } = await import('playwright-core')
    let browser: Browser
    try {
      browser = await chromium.launch({
        executablePath,
        headless: true,
        timeout: 60_000,
        args: [
          '--disable-gpu',
          '--force-color-profile=srgb',
          '--font-render-hinting=none',
          '--hide-scrollbars',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run'
        ]
      })
    } catch (error) {
      throw new UserError(`capture: ${executablePath} did not start: ${describeError(error).slice(0, 300)}`)
    }
    try {
      const version = browser.version()
      const [fonts, osInfo] = await Promise.all([systemFonts(), currentOs()])
      log(
        `capture: ${path.basename(executablePath)} ${version}, ${jobs.length} screenshots, ${concurrency} at once`
      )

      if (masks.length > 0) await checkMasks(browser, masks)

      const shots: ShotMeta[] = new Array(jobs.length)
      let next = 0
      const worker = async (): Promise<void> => {
        while (next < jobs.length) {
          const index = next++
          const job = jobs[index] as Job
          shots[index] = await shoot(browser, job, {
            outDir: options.outDir,
            timeoutMs,
            masks,
            maskColor: options.maskColor ?? '#FF00FF',
            maxAttempts: options.maxAttempts ?? 5,
            dsf,
            fullPage: options.fullPage ?? false,
            storybook,
            allowed
          })
        }
      }
      await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker))

      const meta: CaptureMeta = {
        schema: CAPTURE_META_SCHEMA,
        browser: {
          name: path
            .basename(executablePath)
            .replace(/\.exe$/i, '')
            .toLowerCase(),
          version
        },
        os: osInfo,
        fonts,
        deviceScaleFactor: dsf,
        viewports: options.viewports.map(v => ({ name: v.name, width: v.width, height: v.height })),
        colorSchemes: [...options.colorSchemes],
        shots
      }
      await writeFile(path.join(options.outDir, CAPTURE_META_FILE), `${JSON.stringify(meta, null, 2)}\n`, {
        flag: 'wx'
      })
      const count = (status: ShotMeta['status']): number => shots.filter(s => s.status === status).length
      const result: CaptureResult = {
        outDir: options.outDir,
        meta,
        files: shots.filter(s => s.file !== '').map(s => s.file),
        stable: count('stable'),
        unstable: count('unstable'),
        errors: count('error')
      }
      log(`capture: ${result.stable} stable, ${result.unstable} unstable, ${result.errors} failed`)
      return result
    } finally {
      await browser.close().catch(() => undefined)
    }
  } finally {
    await server?.close()
  }
}

/** Refuses a mask selector Playwright cannot parse, once, before any shot. */
async function checkMasks(browser: Browser, masks: readonly string[]): Promise<void> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.setContent('<!doctype html><title>masks</title>')
    for (const selector of masks) {
      try {
        await page.locator(selector).count()
      } catch (error) {
        throw new UserError(
          `capture: mask ${JSON.stringify(selector.slice(0, 100))} is not a valid selector: ${describeError(error).split('\n')[0]?.slice(0, 200)}`
        )
      }
    }
  } finally {
    await context.close()
  }
}

interface ShotSettings {
  outDir: string
  timeoutMs: number
  masks: readonly string[]
  maskColor: string
  maxAttempts: number
  dsf: number
  fullPage: boolean
  storybook: boolean
  allowed: ReadonlySet<string>
}

async function shoot(browser: Browser, job: Job, s: ShotSettings): Promise<ShotMeta> {
  const file = `${job.folder}/${job.viewport.name}-${job.scheme}.png`
  const record: ShotMeta = {
    target: job.target.slice(0, 500),
    file: '',
    viewport: job.viewport.name,
    colorScheme: job.scheme,
    status: 'error',
    attempts: 0,
    masked: 0,
    notes: []
  }
  const deadline = Date.now() + s.timeoutMs
  let context: BrowserContext | undefined
  let timer: NodeJS.Timeout | undefined
  let blocked = 0
  let cancelled = false
  const work = async (): Promise<void> => {
    context = await browser.newContext({
      viewport: { width: job.viewport.width, height: job.viewport.height },
      deviceScaleFactor: s.dsf,
      colorScheme: job.scheme,
      reducedMotion: 'reduce',
      forcedColors: 'none',
      locale: 'en-US',
      timezoneId: 'UTC',
      serviceWorkers: 'block'
    })
    await context.route('**/*', route => {
      let host = ''
      try {
        host = new URL(route.request().url()).hostname
      } catch {
        // unparsable: refused below
      }
      if (host && hostAllowed(host, s.allowed)) return route.continue()
      blocked++
      return route.abort('blockedbyclient')
    })
    const page = await context.newPage()
    page.setDefaultTimeout(s.timeoutMs)
    const response = await page.goto(job.url, { waitUntil: 'load', timeout: s.timeoutMs })
    if (response && response.status() >= 400) throw new UserError(`HTTP ${response.status()} from ${job.url}`)
    const settled = await settlePage(page, deadline, s.storybook)
    record.notes.push(...settled.notes)
    if (settled.renderError) throw new UserError(settled.renderError)
    const shot = await stableScreenshot(page, {
      deadline,
      masks: s.masks,
      maskColor: s.maskColor,
      maxAttempts: s.maxAttempts,
      fullPage: s.fullPage
    })
    if (cancelled) return
    await mkdir(path.join(s.outDir, job.folder), { recursive: true })
    await writeFile(path.join(s.outDir, ...file.split('/')), shot.png, { flag: 'wx' })
    record.file = file
    record.status = shot.stable ? 'stable' : 'unstable'
    record.attempts = shot.attempts
    record.masked = shot.masked
    if (!shot.stable) record.notes.push(`never two identical screenshots in ${shot.attempts} attempts`)
  }
  try {
    await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        // A step Playwright does not bound (an evaluate that never returns) ends here: closing the context
        // rejects whatever is pending in it.
        timer = setTimeout(
          () => reject(new UserError(`timed out after ${s.timeoutMs} ms`)),
          s.timeoutMs + 5000
        )
      })
    ])
  } catch (error) {
    cancelled = true
    record.status = 'error'
    record.file = ''
    record.notes.push(oneLine(describeError(error).split('\n')[0] ?? 'error', 300))
  } finally {
    if (timer) clearTimeout(timer)
    await (context as BrowserContext | undefined)?.close().catch(() => undefined)
  }
  if (blocked > 0) record.notes.push(`${blocked} requests to hosts that are not allowed were blocked`)
  record.notes = record.notes.slice(0, 20)
  return record
}
