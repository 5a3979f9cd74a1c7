/**
 * Patch coverage: the head report applied to the changed lines of a diff. Only ADDED lines that the
 * report marks coverable count (numerator and denominator); context and deleted lines never do. A rename
 * owes only the lines it edited (the diff carries only those). Changed files the report does not know
 * are listed in `missingData`, never dropped; when `sourceGlobs` is given, those that match it count
 * every added line as uncovered. A changed file whose report has no per-line hits (FileCoverage.statedLines,
 * gcovr's JaCoCo) makes the whole patch n/a with that reason: a number made from the other files only
 * would look right and be wrong.
 */
import picomatch from 'picomatch'
import type { CoverageReport, LineCoverage, Ratio } from './model.js'

/** The part of shared/git.ts `ChangedFile` this module reads (structurally compatible). */
export interface PatchChangedFile {
  path: string
  oldPath?: string
  status: string
  /** Added line numbers in the new file's coordinates. */
  added: number[]
  binary: boolean
}

export type PartialPolicy = 'miss' | 'hit'

export interface PatchOptions {
  partial: PartialPolicy
  /** Changed files absent from the report that match one of these count all added lines as uncovered. */
  sourceGlobs?: string[]
}

export interface PatchFile {
  path: string
  covered: number
  total: number
  /** Uncovered added coverable lines, merged into inclusive [start, end] runs. */
  uncoveredRanges: [number, number][]
  /** Added coverable lines that are partial (some branches never taken), whatever the policy. */
  partialLines: number
  /** True when the file had no coverage data and was counted through `sourceGlobs`. */
  missingData?: boolean
}

/** Why patch coverage is n/a when a changed file's report has no per-line hits. */
export const NO_LINE_HITS = 'the report has no per-line hits'

export interface PatchResult {
  /**
   * null = no coverable changed lines ("n/a"), never 0% and never 100%; or not measurable (`unavailable`
   * says why).
   */
  lines: Ratio | null
  /**
   * Set when patch coverage cannot be measured although lines were added: one line, starting with
   * NO_LINE_HITS and naming the files. `lines` is then null and `files` empty.
   */
  unavailable?: string
  files: PatchFile[]
  /** Changed files (with added lines) that the report has no data for. */
  missingData: string[]
  partial: PartialPolicy
}

/** A line counts as covered under a partial policy: `miss` = partial lines are not covered. */
export function isLineCovered(line: LineCoverage, partial: PartialPolicy): boolean {
  if (line.hits <= 0) return false
  if (partial === 'hit') return true
  return !isPartial(line)
}

export function isPartial(line: LineCoverage): boolean {
  if (line.hits <= 0) return false
  if (line.partial === true) return true
  return line.branches !== undefined && line.branches.covered < line.branches.total
}

export function patchCoverage(
  report: CoverageReport,
  changed: PatchChangedFile[],
  opts: PatchOptions
): PatchResult {
  const isSource = opts.sourceGlobs?.length ? picomatch(opts.sourceGlobs, { dot: true }) : undefined
  const files: PatchFile[] = []
  const missingData: string[] = []
  let covered = 0
  let total = 0
  const unknown: string[] = []

  for (const change of changed) {
    if (change.binary || change.added.length === 0) continue
    const added = [...new Set(change.added)].filter(n => Number.isSafeInteger(n) && n > 0).sort((a, b) => a - b)
    const file = report.files.get(change.path)
    if (!file) {
      missingData.push(change.path)
      if (isSource?.(change.path)) {
        files.push({
          path: change.path,
          covered: 0,
          total: added.length,
          uncoveredRanges: mergeRuns(added),
          partialLines: 0,
          missingData: true
        })
        total += added.length
      }
      continue
    }
    if (file.statedLines !== undefined) {
      unknown.push(change.path)
      continue
    }
    let fileCovered = 0
    let fileTotal = 0
    let partialLines = 0
    const ranges: [number, number][] = []
    let open: [number, number] | undefined
    let prevAdded = -1
    for (const n of added) {
      // A gap in the added lines (unchanged code between two hunks) ends a run.
      if (open && n !== prevAdded + 1) open = undefined
      prevAdded = n
      const line = file.lines.get(n)
      if (!line) continue // not coverable: neither counts nor breaks a run
      fileTotal++
      if (isPartial(line)) partialLines++
      if (isLineCovered(line, opts.partial)) {
        fileCovered++
        open = undefined
      } else if (open) {
        open[1] = n
      } else {
        open = [n, n]
        ranges.push(open)
      }
    }
    if (fileTotal > 0) {
      files.push({ path: change.path, covered: fileCovered, total: fileTotal, uncoveredRanges: ranges, partialLines })
      covered += fileCovered
      total += fileTotal
    }
  }

  missingData.sort(cmp)
  if (unknown.length > 0) {
    unknown.sort(cmp)
    const shown = unknown.slice(0, 3).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '')
    return {
      lines: null,
      unavailable: `${NO_LINE_HITS} for ${unknown.length} changed file(s): ${shown}`,
      files: [],
      missingData,
      partial: opts.partial
    }
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || cmp(a.path, b.path))
  return { lines: total === 0 ? null : { covered, total }, files, missingData, partial: opts.partial }
}

/** Consecutive integers (sorted, unique) → inclusive runs. */
export function mergeRuns(sorted: number[]): [number, number][] {
  const out: [number, number][] = []
  for (const n of sorted) {
    const last = out[out.length - 1]
    if (last && n === last[1] + 1) last[1] = n
    else out.push([n, n])
  }
  return out
}

/**
 * Number of uncovered added coverable lines (what `maxNewUncovered` limits): 0 without a patch or without
 * coverable added lines. Also 0 for an `unavailable` patch, which callers check first (not counted).
 */
export function newUncovered(patch: PatchResult | null): number {
  return patch?.lines ? patch.lines.total - patch.lines.covered : 0
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
