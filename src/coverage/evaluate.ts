/**
 * The coverage gate's rules, decided with exact rational arithmetic (shared/ratio.ts): a ratio c/t is
 * compared with a threshold p% by cross-multiplying BigInts (c·100·10^k ≥ P·t), never with floats.
 * Percentages appear only in messages, rounded DOWN to two decimals (so 99.999% shows 99.99%, never
 * 100.00%), and a change that is exactly zero shows as ±0.00 (never -0.00).
 */
import picomatch from 'picomatch'
import { percent } from '../shared/markdown.js'
import { deltaPp, dropWithin, ratioAtLeast, truncDecimal } from '../shared/ratio.js'
import type { CoverageTotals, Ratio } from './model.js'
import { newUncovered, type PatchResult } from './patch.js'

export type GateVerdict = 'pass' | 'fail' | 'neutral'
export type MissingBaselinePolicy = 'pass' | 'neutral' | 'fail'

export interface PathRule {
  /** picomatch glob over repo-relative paths, e.g. `src/core/**`. */
  pattern: string
  /** Minimum line coverage in percent for the files it matches, taken together. */
  min: number
}

export interface GateRules {
  /** Project line coverage floor, percent. */
  minProject?: number
  /** Largest allowed fall of project line coverage vs the base, in percentage points. */
  maxDrop?: number
  /**
   * Patch coverage floor, percent. A patch without coverable added lines passes (n/a); one that cannot be
   * measured (`PatchResult.unavailable`) is neutral.
   */
  minPatch?: number
  /** Largest allowed number of uncovered added coverable lines (neutral when they cannot be counted). */
  maxNewUncovered?: number
  paths?: PathRule[]
  /** Report the verdict but always pass. */
  informational?: boolean
  /** What a missing baseline means for the base-dependent rule (max-drop). Default pass, with a notice. */
  onMissingBaseline?: MissingBaselinePolicy
}

/** Totals plus per-file line ratios of one report. */
export interface CoverageSummary {
  totals: CoverageTotals
  files: Map<string, Ratio>
}

export interface EvaluateInput {
  head: CoverageSummary
  base: CoverageSummary | null
  patch: PatchResult | null
  /** Paths touched by the diff (new and old paths of renames); used to find indirect changes. */
  changedPaths?: Iterable<string>
  rules: GateRules
}

export interface IndirectChange {
  path: string
  base: Ratio | null
  head: Ratio | null
}

export interface Evaluation {
  status: GateVerdict
  /** One line per failed rule: the rule, the numbers and the files. */
  reasons: string[]
  notices: string[]
  /** Files outside the diff whose line counts moved vs the base. */
  indirect: IndirectChange[]
  /** Rule ids that failed (before `informational`). */
  failed: string[]
  /** What the verdict would have been without `informational`. */
  wouldBe: GateVerdict
}

// ---------------------------------------------------------------- display

/** "87.50%", rounded down to 2 decimals; "n/a" for 0/0. */
export function formatPercent(r: Ratio | null | undefined): string {
  return r ? percent(r.covered, r.total) : 'n/a'
}

/**
 * head% − base% in percentage points, truncated toward zero to 2 decimals: "+1.25", "−0.12", exactly
 * zero → "±0.00"; a non-zero change smaller than 0.01 → "+<0.01" / "−<0.01" (never "-0.00").
 */
export function formatDeltaPp(head: Ratio, base: Ratio): string {
  const d = deltaPp(head, base)
  if (d === null) return 'n/a'
  if (d.num === 0n) return '±0.00'
  const sign = d.num < 0n ? '−' : '+'
  const mag = truncDecimal(d, 2)
  return mag === '0.00' ? `${sign}<0.01` : `${sign}${mag}`
}

/** A configured threshold as the user wrote it: "80", "0.5". */
export function formatThreshold(n: number): string {
  return String(n)
}

/** The id a per-path rule's reasons and notices start with: "path src/core/** >= 90". */
export function pathRuleId(rule: PathRule): string {
  return `path ${rule.pattern} >= ${formatThreshold(rule.min)}`
}

/** The head files a per-path rule matches and their line totals taken together. */
export function pathRuleFiles(rule: PathRule, files: Map<string, Ratio>): { hit: Map<string, Ratio>; sum: Ratio } {
  const match = picomatch(rule.pattern, { dot: true })
  const hit = new Map<string, Ratio>()
  const sum = { covered: 0, total: 0 }
  for (const [path, r] of files) {
    if (!match(path)) continue
    hit.set(path, r)
    sum.covered += r.covered
    sum.total += r.total
  }
  return { hit, sum }
}

// ---------------------------------------------------------------- rules

const EMPTY: Ratio = { covered: 0, total: 0 }

export function evaluate(input: EvaluateInput): Evaluation {
  const { head, base, patch, rules } = input
  const reasons: string[] = []
  const notices: string[] = []
  const failed: string[] = []
  let neutral = false
  const fail = (rule: string, text: string): void => {
    failed.push(rule)
    reasons.push(`${rule}: ${text}`)
  }
  const projectLines = head.totals.lines

  if (rules.minProject !== undefined) {
    if (projectLines.total === 0) {
      neutral = true
      notices.push('min-project: the report has no coverable lines, so project coverage is n/a')
    } else if (!ratioAtLeast(projectLines, rules.minProject)) {
      fail(
        'min-project',
        `project line coverage ${formatPercent(projectLines)} (${projectLines.covered} of ${projectLines.total} lines) is below ${formatThreshold(rules.minProject)}%; most uncovered lines in ${topUncovered(head.files)}`
      )
    }
  }

  if (rules.maxDrop !== undefined) {
    if (!base) {
      const policy = rules.onMissingBaseline ?? 'pass'
      const text = `no baseline coverage for the base commit, so the drop is not measured (on-missing-baseline: ${policy})`
      if (policy === 'fail') fail('max-drop', text)
      else {
        if (policy === 'neutral') neutral = true
        notices.push(`max-drop: ${text}`)
      }
    } else if (projectLines.total === 0 || base.totals.lines.total === 0) {
      notices.push('max-drop: the head or base report has no coverable lines, so the drop is n/a')
    } else if (!dropWithin(projectLines, base.totals.lines, rules.maxDrop)) {
      fail(
        'max-drop',
        `project line coverage changed ${formatDeltaPp(projectLines, base.totals.lines)} pp (${formatPercent(base.totals.lines)} → ${formatPercent(projectLines)}), more than the allowed drop of ${formatThreshold(rules.maxDrop)} pp; most new uncovered lines in ${topLost(head.files, base.files)}`
      )
    }
  }

  if (patch && patch.missingData.length > 0) {
    notices.push(
      `${patch.missingData.length} changed file(s) have no coverage data: ${listPaths(patch.missingData)}`
    )
  }

  if (rules.minPatch !== undefined) {
    if (!patch) notices.push('min-patch: no diff was given, so patch coverage is not measured')
    else if (patch.unavailable !== undefined) {
      neutral = true
      notices.push(`min-patch: patch coverage is n/a: ${patch.unavailable}`)
    } else if (!patch.lines) notices.push('min-patch: no coverable lines were added, so patch coverage is n/a (pass)')
    else if (!ratioAtLeast(patch.lines, rules.minPatch)) {
      fail(
        'min-patch',
        `patch coverage ${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines) is below ${formatThreshold(rules.minPatch)}%; uncovered added lines in ${patchFiles(patch)}`
      )
    }
  }

  if (rules.maxNewUncovered !== undefined) {
    if (!patch) notices.push('max-new-uncovered: no diff was given, so new uncovered lines are not counted')
    else if (patch.unavailable !== undefined) {
      neutral = true
      notices.push(`max-new-uncovered: new uncovered lines are not counted: ${patch.unavailable}`)
    } else {
      const n = newUncovered(patch)
      if (n > rules.maxNewUncovered) {
        fail(
          'max-new-uncovered',
          `${n} added line(s) are not covered, more than the allowed ${formatThreshold(rules.maxNewUncovered)}; in ${patchFiles(patch)}`
        )
      }
    }
  }

  for (const rule of rules.paths ?? []) {
    const { hit, sum } = pathRuleFiles(rule, head.files)
    const id = pathRuleId(rule)
    if (hit.size === 0 || sum.total === 0) {
      notices.push(`${id}: no coverable lines in files matching it (n/a)`)
    } else if (!ratioAtLeast(sum, rule.min)) {
      fail(
        id,
        `${formatPercent(sum)} (${sum.covered} of ${sum.total} lines in ${hit.size} file(s)) is below ${formatThreshold(rule.min)}%; most uncovered lines in ${topUncovered(hit)}`
      )
    }
  }

  const indirect = base ? indirectChanges(head.files, base.files, new Set(input.changedPaths ?? [])) : []
  if (indirect.length > 0) {
    notices.push(
      `${indirect.length} file(s) outside the diff changed coverage (flaky tests or a stale baseline?): ${listPaths(indirect.map(i => i.path))}`
    )
  }

  const wouldBe: GateVerdict = failed.length > 0 ? 'fail' : neutral ? 'neutral' : 'pass'
  let status = wouldBe
  if (rules.informational && wouldBe !== 'pass') {
    status = 'pass'
    notices.push(`informational: the gate would have been ${wouldBe}; reporting only`)
  }
  return { status, reasons, notices, indirect, failed, wouldBe }
}

/** Files not touched by the diff whose covered/total differs from the base. */
export function indirectChanges(
  head: Map<string, Ratio>,
  base: Map<string, Ratio>,
  changed: Set<string>
): IndirectChange[] {
  const out: IndirectChange[] = []
  const paths = new Set([...head.keys(), ...base.keys()])
  for (const path of paths) {
    if (changed.has(path)) continue
    const h = head.get(path) ?? null
    const b = base.get(path) ?? null
    if (h && b && h.covered === b.covered && h.total === b.total) continue
    out.push({ path, base: b, head: h })
  }
  const weight = (c: IndirectChange): number =>
    Math.abs(uncovered(c.head ?? EMPTY) - uncovered(c.base ?? EMPTY)) +
    Math.abs((c.head ?? EMPTY).total - (c.base ?? EMPTY).total)
  return out.sort((a, b) => weight(b) - weight(a) || (a.path < b.path ? -1 : 1))
}

function uncovered(r: Ratio): number {
  return r.total - r.covered
}

function listPaths(paths: string[], max = 5): string {
  const shown = paths.slice(0, max).join(', ')
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown
}

function topUncovered(files: Map<string, Ratio>, max = 3): string {
  const rows = [...files].filter(([, r]) => r.total > r.covered)
  rows.sort((a, b) => uncovered(b[1]) - uncovered(a[1]) || (a[0] < b[0] ? -1 : 1))
  if (rows.length === 0) return '(none)'
  return listPaths(
    rows.map(([p, r]) => `${p} (${uncovered(r)})`),
    max
  )
}

function topLost(head: Map<string, Ratio>, base: Map<string, Ratio>, max = 3): string {
  const rows: [string, number][] = []
  for (const path of new Set([...head.keys(), ...base.keys()])) {
    const d = uncovered(head.get(path) ?? EMPTY) - uncovered(base.get(path) ?? EMPTY)
    const lostCovered = (base.get(path) ?? EMPTY).covered - (head.get(path) ?? EMPTY).covered
    const score = Math.max(d, lostCovered)
    if (score > 0) rows.push([path, score])
  }
  rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  if (rows.length === 0) return '(no single file: the total grew faster than its coverage)'
  const shown = rows.slice(0, max).map(([p, n]) => `${p} (+${n})`)
  return shown.join(', ') + (rows.length > max ? ` and ${rows.length - max} more` : '')
}

function patchFiles(patch: PatchResult, max = 3): string {
  const rows = patch.files.filter(f => f.total > f.covered)
  if (rows.length === 0) return '(none)'
  const shown = rows.slice(0, max).map(f => {
    const ranges = f.uncoveredRanges
      .slice(0, 3)
      .map(([s, e]) => (s === e ? `L${s}` : `L${s}-L${e}`))
      .join(', ')
    return `${f.path} (${ranges}${f.uncoveredRanges.length > 3 ? ', …' : ''})`
  })
  return shown.join(', ') + (rows.length > max ? ` and ${rows.length - max} more` : '')
}
