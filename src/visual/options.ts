// Compare options: the defaults, their validation, and the per-image / per-glob overrides.
//
// Defaults, and why (measured on ../shared/corpus/images/playwright, Playwright's labelled pairs):
// - threshold 0.1 (pixelmatch's own default). At 0.2 (Playwright's) `original-ssim-trap` (#808080 vs #9e8033)
//   and looks-same `blue` count 0 and pass: two real changes missed. Below ~0.06 the webkit rendering-artifact
//   pairs (1–4 isolated pixels) fail, so no single per-pixel threshold is right for all 21 pairs.
// - subtleThreshold 0.02, a second, strict colour pass run only when the first found nothing to fail on:
//   `julia-ssim-trap` (#f7f8fa vs #ffffff over the whole image) is below 0.1 (and below 0.027) but is a real
//   change. The strict pass counts only differences that form solid areas of at least 3×3 pixels, so
//   anti-aliasing and single-pixel rendering noise (thin by nature) never trip it, while a flat area whose
//   colour shifted by a few levels does. With both, all 21 pairs are classified right, and the count reported as
//   `diffPixels` stays exactly pixelmatch's at `threshold`.
// - includeAA false (pixelmatch's default; anti-aliased pixels are drawn yellow in the diff image, not counted).
// - allowance 0: any counted pixel changes the image, unless maxDiffPixels / maxDiffRatio say otherwise.
import picomatch from 'picomatch'
import { UserError } from '../shared/errors.js'
import type { Region } from './model.js'

export interface CompareOptions {
  /** pixelmatch per-pixel threshold, 0..1 (YIQ distance relative to the largest possible). */
  threshold: number
  /** Count anti-aliased pixels as differences (pixelmatch includeAA). */
  includeAA: boolean
  /** Opacity of the baseline drawn under the diff image (pixelmatch alpha), 0..1. */
  alpha: number
  /** Pixels allowed to differ; null = not set. With maxDiffRatio too, the smaller allowance wins. */
  maxDiffPixels: number | null
  /** Share of the image's pixels allowed to differ, 0..1; null = not set. */
  maxDiffRatio: number | null
  /** Strict threshold of the solid-area colour pass; null turns the pass off (pure pixelmatch verdicts). */
  subtleThreshold: number | null
  /** Rectangles ignored in both images. */
  ignore: Region[]
  /** A PNG of the image's size (path, absolute or relative to the working directory) whose non-transparent
   *  pixels are ignored. */
  mask: string | null
}

export type PartialOptions = Partial<CompareOptions>

/** Options for a suite: defaults for every image, then overrides whose glob matches the image's name (in
 *  order; a later match overrides an earlier one field by field). */
export interface OptionsSpec extends PartialOptions {
  overrides?: Array<PartialOptions & { match: string | string[] }>
}

export const DEFAULT_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  threshold: 0.1,
  includeAA: false,
  alpha: 0.1,
  maxDiffPixels: null,
  maxDiffRatio: null,
  subtleThreshold: 0.02,
  ignore: [],
  mask: null
})

const MAX_REGIONS = 1000
const MAX_OVERRIDES = 1000

function unit(where: string, key: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)
    throw new UserError(`${where}: ${key} must be a number from 0 to 1, got ${JSON.stringify(v)}`)
  return v
}

function count(where: string, key: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    throw new UserError(`${where}: ${key} must be a whole number ≥ 0, got ${JSON.stringify(v)}`)
  return v
}

function region(where: string, v: unknown): Region {
  const r = v as Record<string, unknown> | null
  if (!r || typeof r !== 'object')
    throw new UserError(`${where}: an ignore region must be {x, y, width, height}`)
  return {
    x: count(where, 'ignore x', r.x),
    y: count(where, 'ignore y', r.y),
    width: count(where, 'ignore width', r.width),
    height: count(where, 'ignore height', r.height)
  }
}

/** Checks the fields present in `p` and returns them typed; unknown keys are refused (a typo is not ignored). */
export function validatePartial(
  where: string,
  p: Record<string, unknown>,
  extra: string[] = []
): PartialOptions {
  const out: PartialOptions = {}
  for (const [key, v] of Object.entries(p)) {
    if (v === undefined || extra.includes(key)) continue
    switch (key) {
      case 'threshold':
        out.threshold = unit(where, key, v)
        break
      case 'alpha':
        out.alpha = unit(where, key, v)
        break
      case 'includeAA':
        if (typeof v !== 'boolean') throw new UserError(`${where}: includeAA must be true or false`)
        out.includeAA = v
        break
      case 'maxDiffPixels':
        out.maxDiffPixels = v === null ? null : count(where, key, v)
        break
      case 'maxDiffRatio':
        out.maxDiffRatio = v === null ? null : unit(where, key, v)
        break
      case 'subtleThreshold':
        out.subtleThreshold = v === null ? null : unit(where, key, v)
        break
      case 'ignore':
        if (!Array.isArray(v) || v.length > MAX_REGIONS)
          throw new UserError(`${where}: ignore must be a list of at most ${MAX_REGIONS} regions`)
        out.ignore = v.map(r => region(where, r))
        break
      case 'mask':
        if (v !== null && (typeof v !== 'string' || v.length === 0 || v.includes('\0')))
          throw new UserError(`${where}: mask must be the path of a PNG`)
        out.mask = v
        break
      default:
        throw new UserError(`${where}: unknown option "${key}"`)
    }
  }
  return out
}

export type OptionsResolver = (name: string) => CompareOptions

/** Validates a spec once and returns the function that gives each image its options. */
export function optionsResolver(spec: OptionsSpec = {}): OptionsResolver {
  const { overrides = [], ...base } = spec
  const defaults: CompareOptions = { ...DEFAULT_OPTIONS, ...validatePartial('visual options', base) }
  if (!Array.isArray(overrides) || overrides.length > MAX_OVERRIDES)
    throw new UserError(`visual options: overrides must be a list of at most ${MAX_OVERRIDES}`)
  const rules = overrides.map((o, i) => {
    const where = `visual options override ${i + 1}`
    const globs = typeof o.match === 'string' ? [o.match] : o.match
    if (
      !Array.isArray(globs) ||
      globs.length === 0 ||
      !globs.every(g => typeof g === 'string' && g.length > 0)
    )
      throw new UserError(`${where}: match must be a glob or a list of globs`)
    return {
      test: picomatch(globs, { dot: true }),
      options: validatePartial(where, o as Record<string, unknown>, ['match'])
    }
  })
  return name => {
    let o = defaults
    for (const r of rules) if (r.test(name)) o = { ...o, ...r.options }
    return o
  }
}

/** The pixels allowed to differ in an image of `area` pixels: Playwright's rule, the smaller of the two limits. */
export function allowedPixels(o: CompareOptions, area: number): number {
  let allowed = Number.MAX_SAFE_INTEGER
  if (o.maxDiffPixels !== null) allowed = Math.min(allowed, o.maxDiffPixels)
  if (o.maxDiffRatio !== null) allowed = Math.min(allowed, Math.floor(o.maxDiffRatio * area))
  return allowed === Number.MAX_SAFE_INTEGER ? 0 : allowed
}
