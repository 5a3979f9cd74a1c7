/**
 * What the screenshots were taken with, stored beside them as `meta.json`: browser and version, operating
 * system, a hash of the installed fonts, device scale factor and viewports, and one record per screenshot.
 * When the base's environment differs from the head's, every screenshot may differ for a reason that is not
 * the PR's: `environmentChanged` says what differs so the gate can report "environment changed" instead of
 * N diffs. A meta.json read back (from a baseline artifact) is untrusted and checked field by field.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import os from 'node:os'
import { UserError } from '../shared/errors.js'

export const CAPTURE_META_FILE = 'meta.json'
export const CAPTURE_META_SCHEMA = 1

export type ColorScheme = 'light' | 'dark'

export interface Viewport {
  name: string
  width: number
  height: number
}

export interface FontsFingerprint {
  /** Where the list came from; `unavailable` when neither fc-list nor a page could tell. */
  source: 'fc-list' | 'document.fonts' | 'unavailable'
  /** sha256 (hex, 16 characters) of the sorted, de-duplicated font list; '' when unavailable. */
  hash: string
  count: number
}

export type ShotStatus = 'stable' | 'unstable' | 'error'

export interface ShotMeta {
  /** The story id or URL name, as given (capped). */
  target: string
  /** The screenshot, relative to the folder of meta.json, with `/`; '' when none was written. */
  file: string
  viewport: string
  colorScheme: ColorScheme
  status: ShotStatus
  attempts: number
  /** Elements painted over by masks. */
  masked: number
  /** What did not settle in time, and for an error what went wrong. */
  notes: string[]
}

export interface CaptureMeta {
  schema: typeof CAPTURE_META_SCHEMA
  browser: { name: string; version: string }
  os: { platform: string; arch: string; release: string; distro: string }
  fonts: FontsFingerprint
  deviceScaleFactor: number
  viewports: Viewport[]
  colorSchemes: ColorScheme[]
  shots: ShotMeta[]
}

export interface EnvironmentChange {
  /** What differs: browser, browser version, os, fonts, device scale factor, viewport <name>. */
  what: string
  base: string
  head: string
}

/** The fields that change how pixels come out; equal fields (and shot lists) are not reported. */
export function environmentChanged(base: CaptureMeta, head: CaptureMeta): EnvironmentChange[] {
  const changes: EnvironmentChange[] = []
  const add = (what: string, b: string, h: string): void => {
    if (b !== h) changes.push({ what, base: b, head: h })
  }
  add('browser', base.browser.name, head.browser.name)
  add('browser version', base.browser.version, head.browser.version)
  add('os', osLabel(base.os), osLabel(head.os))
  // An unknown font list is not a change: only two lists of the same kind can be compared.
  if (base.fonts.source === head.fonts.source && base.fonts.source !== 'unavailable') {
    add(
      'fonts',
      `${base.fonts.count} fonts (${base.fonts.hash})`,
      `${head.fonts.count} fonts (${head.fonts.hash})`
    )
  }
  add('device scale factor', String(base.deviceScaleFactor), String(head.deviceScaleFactor))
  const headViewports = new Map(head.viewports.map(v => [v.name, v]))
  for (const b of base.viewports) {
    const h = headViewports.get(b.name)
    if (h) add(`viewport ${b.name}`, `${b.width}×${b.height}`, `${h.width}×${h.height}`)
  }
  return changes
}

function osLabel(o: CaptureMeta['os']): string {
  // The kernel release is recorded but not compared: runners update kernels often, and they do not draw pixels.
  return `${o.platform} ${o.arch}${o.distro ? ` (${o.distro})` : ''}`
}

/** sha256 (16 hex characters) of a font list, after sorting and removing duplicates. */
export function hashFontList(lines: readonly string[]): { hash: string; count: number } {
  const unique = [...new Set(lines.map(l => l.trim()).filter(l => l !== ''))].sort()
  return {
    hash: createHash('sha256').update(unique.join('\n')).digest('hex').slice(0, 16),
    count: unique.length
  }
}

/**
 * The installed fonts as fontconfig lists them (family, style, version: not file paths, so the same fonts
 * installed elsewhere hash the same). `unavailable` where there is no fc-list (macOS and Windows runners).
 */
export function systemFonts(): Promise<FontsFingerprint> {
  return new Promise(resolve => {
    execFile(
      'fc-list',
      ['--format', '%{family}\t%{style}\t%{fontversion}\n'],
      { timeout: 15_000, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => {
        if (error) return resolve({ source: 'unavailable', hash: '', count: 0 })
        resolve({ source: 'fc-list', ...hashFontList(stdout.split('\n')) })
      }
    )
  })
}

/** PRETTY_NAME from /etc/os-release, or '' (not Linux, or no such file). */
export async function distroName(): Promise<string> {
  const text = await readFile('/etc/os-release', 'utf8').catch(() => '')
  for (const line of text.split('\n').slice(0, 200)) {
    if (line.startsWith('PRETTY_NAME=')) return line.slice(12).replace(/^"|"$/g, '').slice(0, 100)
  }
  return ''
}

export async function currentOs(): Promise<CaptureMeta['os']> {
  return { platform: process.platform, arch: process.arch, release: os.release(), distro: await distroName() }
}

const MAX_SHOTS = 200_000
const MAX_TEXT = 500

function text(value: unknown, field: string, where: string): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT) {
    throw new UserError(`${where}: ${field} is not a string of at most ${MAX_TEXT} characters`)
  }
  return value
}

function int(value: unknown, field: string, where: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new UserError(`${where}: ${field} is not an integer from 0 to ${max}`)
  }
  return value
}

function object(value: unknown, field: string, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`${where}: ${field} is not an object`)
  }
  return value as Record<string, unknown>
}

/** A screenshot's relative path: '' or `<name>/<name>.png` of safe characters, never a way out of the folder. */
function shotFile(value: unknown, field: string, where: string): string {
  const file = text(value, field, where)
  if (file !== '' && !/^[A-Za-z0-9_-][A-Za-z0-9._-]*\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.png$/.test(file)) {
    throw new UserError(`${where}: ${field} is not a relative <folder>/<name>.png path`)
  }
  return file
}

function scheme(value: unknown, field: string, where: string): ColorScheme {
  if (value !== 'light' && value !== 'dark') throw new UserError(`${where}: ${field} is not light or dark`)
  return value
}

/** Checks an untrusted meta.json text field by field; `where` names it in the one-line error. */
export function parseCaptureMeta(source: string, where = CAPTURE_META_FILE): CaptureMeta {
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch {
    throw new UserError(`${where} is not JSON`)
  }
  const m = object(data, 'the file', where)
  if (m.schema !== CAPTURE_META_SCHEMA) {
    throw new UserError(
      `${where}: schema ${JSON.stringify(m.schema ?? null).slice(0, 20)} is not ${CAPTURE_META_SCHEMA}`
    )
  }
  const browser = object(m.browser, 'browser', where)
  const osInfo = object(m.os, 'os', where)
  const fonts = object(m.fonts, 'fonts', where)
  if (fonts.source !== 'fc-list' && fonts.source !== 'document.fonts' && fonts.source !== 'unavailable') {
    throw new UserError(`${where}: fonts.source is not fc-list, document.fonts or unavailable`)
  }
  const dsf = m.deviceScaleFactor
  if (typeof dsf !== 'number' || !Number.isFinite(dsf) || dsf <= 0 || dsf > 10) {
    throw new UserError(`${where}: deviceScaleFactor is not a number from 0 to 10`)
  }
  if (!Array.isArray(m.viewports) || m.viewports.length > 100) {
    throw new UserError(`${where}: viewports is not a list of at most 100`)
  }
  if (!Array.isArray(m.colorSchemes) || m.colorSchemes.length > 2) {
    throw new UserError(`${where}: colorSchemes is not a list of at most 2`)
  }
  if (!Array.isArray(m.shots) || m.shots.length > MAX_SHOTS) {
    throw new UserError(`${where}: shots is not a list of at most ${MAX_SHOTS}`)
  }
  return {
    schema: CAPTURE_META_SCHEMA,
    browser: {
      name: text(browser.name, 'browser.name', where),
      version: text(browser.version, 'browser.version', where)
    },
    os: {
      platform: text(osInfo.platform, 'os.platform', where),
      arch: text(osInfo.arch, 'os.arch', where),
      release: text(osInfo.release, 'os.release', where),
      distro: text(osInfo.distro, 'os.distro', where)
    },
    fonts: {
      source: fonts.source,
      hash: text(fonts.hash, 'fonts.hash', where),
      count: int(fonts.count, 'fonts.count', where, 1_000_000)
    },
    deviceScaleFactor: dsf,
    viewports: m.viewports.map((v, i) => {
      const o = object(v, `viewports[${i}]`, where)
      return {
        name: text(o.name, `viewports[${i}].name`, where),
        width: int(o.width, `viewports[${i}].width`, where, 100_000),
        height: int(o.height, `viewports[${i}].height`, where, 100_000)
      }
    }),
    colorSchemes: m.colorSchemes.map((s, i) => scheme(s, `colorSchemes[${i}]`, where)),
    shots: m.shots.map((s, i) => {
      const o = object(s, `shots[${i}]`, where)
      const status = o.status
      if (status !== 'stable' && status !== 'unstable' && status !== 'error') {
        throw new UserError(`${where}: shots[${i}].status is not stable, unstable or error`)
      }
      if (!Array.isArray(o.notes) || o.notes.length > 20) {
        throw new UserError(`${where}: shots[${i}].notes is not a list of at most 20`)
      }
      return {
        target: text(o.target, `shots[${i}].target`, where),
        file: shotFile(o.file, `shots[${i}].file`, where),
        viewport: text(o.viewport, `shots[${i}].viewport`, where),
        colorScheme: scheme(o.colorScheme, `shots[${i}].colorScheme`, where),
        status,
        attempts: int(o.attempts, `shots[${i}].attempts`, where, 1000),
        masked: int(o.masked, `shots[${i}].masked`, where, 1_000_000),
        notes: o.notes.map((n, j) => text(n, `shots[${i}].notes[${j}]`, where))
      }
    })
  }
}

/** Reads and checks `<dir>/meta.json`; undefined when the folder has none (screenshots given, not captured). */
export async function readCaptureMeta(file: string): Promise<CaptureMeta | undefined> {
  let source: string
  try {
    if ((await stat(file)).size > 64 * 1024 * 1024) throw new UserError(`${file} is larger than 64 MiB`)
    source = await readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof UserError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UserError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return parseCaptureMeta(source, file)
}
