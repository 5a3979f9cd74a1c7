/**
 * The stories of a built Storybook (`storybook build` → `storybook-static/`), read from its `index.json`
 * (Storybook 7+: `{ v: 4|5|…, entries: { <id>: { type: 'story'|'docs', id, title, name, … } } }`). Docs entries are
 * skipped; a Storybook 6 `stories.json` or anything else is refused with a one-line reason. The file and its
 * entries are untrusted (a PR builds the Storybook): the size, the number of entries and every string are capped.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../shared/errors.js'

export interface Story {
  id: string
  title: string
  name: string
}

export interface StorybookLimits {
  /** Bytes of index.json. */
  maxIndexBytes: number
  /** Entries in index.json (docs entries count too). */
  maxEntries: number
  /** Characters of a story id. */
  maxIdLength: number
}

export const DEFAULT_STORYBOOK_LIMITS: StorybookLimits = {
  maxIndexBytes: 32 * 1024 * 1024,
  maxEntries: 20_000,
  maxIdLength: 400
}

const MAX_LABEL = 300

function label(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_LABEL) : ''
}

/** Parses the text of an index.json; `where` names the file in errors. */
export function parseStorybookIndex(
  text: string,
  where = 'index.json',
  limits: StorybookLimits = DEFAULT_STORYBOOK_LIMITS
): Story[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UserError(`storybook: ${where} is not JSON`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`storybook: ${where} is not a Storybook index (not an object)`)
  }
  const index = data as Record<string, unknown>
  if ('stories' in index && !('entries' in index)) {
    throw new UserError(
      `storybook: ${where} is a Storybook 6 stories.json; build with Storybook 7 or later (index.json with "entries")`
    )
  }
  const v = index.v
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 4) {
    throw new UserError(
      `storybook: ${where} has no supported format version ("v" ${JSON.stringify(v ?? null).slice(0, 40)}; Storybook 7+ writes 4 or more)`
    )
  }
  const entries = index.entries
  if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
    throw new UserError(`storybook: ${where} has no "entries" object`)
  }
  const keys = Object.keys(entries)
  if (keys.length > limits.maxEntries) {
    throw new UserError(
      `storybook: ${where} has ${keys.length} entries, more than the limit of ${limits.maxEntries}`
    )
  }
  const stories: Story[] = []
  const seen = new Set<string>()
  for (const key of keys) {
    const entry = (entries as Record<string, unknown>)[key]
    if (entry === null || typeof entry !== 'object') {
      throw new UserError(`storybook: ${where}: entry ${JSON.stringify(key.slice(0, 80))} is not an object`)
    }
    const e = entry as Record<string, unknown>
    if (e.type !== 'story') {
      if (e.type === 'docs') continue
      throw new UserError(
        `storybook: ${where}: entry ${JSON.stringify(key.slice(0, 80))} has type ${JSON.stringify(e.type ?? null).slice(0, 40)}, expected "story" or "docs"`
      )
    }
    const id = e.id
    if (typeof id !== 'string' || id.length === 0 || id.length > limits.maxIdLength) {
      throw new UserError(
        `storybook: ${where}: entry ${JSON.stringify(key.slice(0, 80))} has no id of 1 to ${limits.maxIdLength} characters`
      )
    }
    if (seen.has(id))
      throw new UserError(`storybook: ${where}: story id ${JSON.stringify(id.slice(0, 80))} twice`)
    seen.add(id)
    stories.push({ id, title: label(e.title), name: label(e.name) })
  }
  return stories
}

/** Reads `<dir>/index.json` of a built Storybook; `<dir>/iframe.html` must be there too. */
export async function readStorybook(
  dir: string,
  limits: StorybookLimits = DEFAULT_STORYBOOK_LIMITS
): Promise<Story[]> {
  const file = path.join(dir, 'index.json')
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) {
    throw new UserError(
      `storybook: ${file} not found; point capture at a built storybook-static folder (Storybook 7+)`
    )
  }
  if (info.size > limits.maxIndexBytes) {
    throw new UserError(
      `storybook: ${file} is ${info.size} bytes, more than the limit of ${limits.maxIndexBytes}`
    )
  }
  const iframe = await stat(path.join(dir, 'iframe.html')).catch(() => undefined)
  if (!iframe?.isFile()) throw new UserError(`storybook: ${path.join(dir, 'iframe.html')} not found`)
  return parseStorybookIndex(await readFile(file, 'utf8'), file, limits)
}

/** The page that renders one story alone, under the static server's origin. */
export function storyUrl(origin: string, id: string): string {
  return `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`
}
