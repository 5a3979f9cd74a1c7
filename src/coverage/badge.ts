/**
 * Coverage badge without a SaaS: a self-contained flat SVG (no external fonts, images or links) and the
 * shields.io endpoint JSON (https://shields.io/badges/endpoint-badge) for the same numbers. All text is
 * escaped; the colour comes from thresholds compared exactly against the ratio.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ratioAtLeast } from '../shared/ratio.js'
import { formatPercent } from './evaluate.js'
import type { Ratio } from './model.js'

export type BadgeColor = 'brightgreen' | 'green' | 'yellowgreen' | 'yellow' | 'orange' | 'red' | 'lightgrey'

/** Minimum percent for each colour, best first; below the last one is red. */
export type BadgeThresholds = [number, BadgeColor][]

export const DEFAULT_THRESHOLDS: BadgeThresholds = [
  [90, 'brightgreen'],
  [80, 'green'],
  [70, 'yellowgreen'],
  [60, 'yellow'],
  [50, 'orange']
]

const HEX: Record<BadgeColor, string> = {
  brightgreen: '#4c1',
  green: '#97ca00',
  yellowgreen: '#a4a61d',
  yellow: '#dfb317',
  orange: '#fe7d37',
  red: '#e05d44',
  lightgrey: '#9f9f9f'
}

export function badgeColor(ratio: Ratio | null, thresholds: BadgeThresholds = DEFAULT_THRESHOLDS): BadgeColor {
  if (!ratio || ratio.total <= 0) return 'lightgrey'
  for (const [min, color] of thresholds) if (ratioAtLeast(ratio, min)) return color
  return 'red'
}

export interface BadgeInput {
  ratio: Ratio | null
  label?: string
  thresholds?: BadgeThresholds
}

/** shields.io endpoint JSON. `cacheSeconds` keeps camo from serving a stale badge for long. */
export function shieldsEndpoint(input: BadgeInput): {
  schemaVersion: 1
  label: string
  message: string
  color: BadgeColor
  cacheSeconds: number
} {
  return {
    schemaVersion: 1,
    label: clip(input.label ?? 'coverage'),
    message: formatPercent(input.ratio),
    color: badgeColor(input.ratio, input.thresholds),
    cacheSeconds: 300
  }
}

export function badgeSvg(input: BadgeInput): string {
  const label = clip(input.label ?? 'coverage')
  const message = formatPercent(input.ratio)
  const color = HEX[badgeColor(input.ratio, input.thresholds)]
  const lw = textWidth(label) + 10
  const mw = textWidth(message) + 10
  const w = lw + mw
  const title = escapeXml(`${label}: ${message}`)
  const l = escapeXml(label)
  const m = escapeXml(message)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="15" fill="#010101" fill-opacity=".3">${l}</text><text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + mw / 2}" y="15" fill="#010101" fill-opacity=".3">${m}</text><text x="${lw + mw / 2}" y="14">${m}</text>`,
    `</g></svg>`,
    ''
  ].join('\n')
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
}

function clip(label: string): string {
  const flat = label.replace(/\s+/g, ' ').trim()
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat || 'coverage'
}

/** Approximate Verdana 11px advance widths, enough to size the badge. */
function textWidth(text: string): number {
  let w = 0
  for (const ch of text) {
    if ('ijlI.,:;!|\' '.includes(ch)) w += 3.5
    else if ('frt()[]/-'.includes(ch)) w += 4.5
    else if ('mwMW%@'.includes(ch)) w += 10
    else if (/[A-Z0-9]/.test(ch)) w += 7.5
    else w += 6.5
  }
  return Math.ceil(w)
}

/**
 * Write `<svgPath>` (the SVG badge) and beside it the shields.io endpoint JSON (`x.svg` → `x.json`).
 * Returns both paths.
 */
export async function writeBadgeFiles(
  svgPath: string,
  ratio: Ratio | null,
  label?: string
): Promise<{ svg: string; json: string }> {
  const json = `${svgPath.replace(/\.svg$/i, '')}.json`
  await mkdir(dirname(svgPath), { recursive: true })
  const input = { ratio, ...(label !== undefined ? { label } : {}) }
  await writeFile(svgPath, badgeSvg(input))
  await writeFile(json, `${JSON.stringify(shieldsEndpoint(input))}\n`)
  return { svg: svgPath, json }
}
