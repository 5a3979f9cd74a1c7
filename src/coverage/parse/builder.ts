/**
 * Shared accumulation for all parsers: files keyed by normalised path, per-line records, the rule for
 * a line listed twice in ONE report (hits summed, branch outcomes summed: the producers that do this,
 * gcovr's Cobertura/JaCoCo/Clover for several functions on one line, list distinct instances), the
 * "outside the repo" bookkeeping, and the final sanity errors.
 *
 * LineCoverage objects are immutable (frozen): lines without branches share one object per small hit
 * count. Files store lines in a LineMap (compact Map subclass). Replace entries, never mutate them.
 */
import { UserError } from '../../shared/errors.js'
import type { CoverageFormat, CoverageReport, FileCoverage, LineCoverage, ProducerTotals, Ratio } from '../model.js'
import { LineMap, plainRecord } from './linemap.js'
import { PathNormalizer, type NormalizedPath } from './paths.js'

/** A (possibly shared) frozen line record. */
export function lineRecord(hits: number, branches?: Ratio, partial?: boolean): LineCoverage {
  if (branches === undefined && partial !== true) return plainRecord(hits)
  const rec: LineCoverage = { hits }
  if (branches !== undefined) rec.branches = Object.freeze({ covered: branches.covered, total: branches.total })
  if (partial === true) rec.partial = true
  return Object.freeze(rec)
}

/** Combine two records of the same line from one report: hits and branch outcomes summed. */
export function sumRecords(a: LineCoverage, b: LineCoverage): LineCoverage {
  let br: Ratio | undefined
  if (a.branches !== undefined || b.branches !== undefined) {
    br = {
      covered: (a.branches?.covered ?? 0) + (b.branches?.covered ?? 0),
      total: (a.branches?.total ?? 0) + (b.branches?.total ?? 0)
    }
  }
  return lineRecord(a.hits + b.hits, br, a.partial === true || b.partial === true)
}

const OUTSIDE = Symbol('outside')

/**
 * A new file with every field present from the start (set later by the parsers): one object shape, and no
 * out-of-object property storage per file when functions/branches are added.
 */
function newFile(path: string): FileCoverage {
  return { path, lines: new LineMap(), functions: undefined, unattachedBranches: undefined }
}

export class ReportBuilder {
  readonly files = new Map<string, FileCoverage>()
  readonly warnings: string[] = []
  private readonly outside = new Set<string>()
  private seenPaths = 0
  /** Raw report path → its file (OUTSIDE: not a file of the report). */
  private readonly rawCache = new Map<string, FileCoverage | typeof OUTSIDE>()

  constructor(
    readonly format: CoverageFormat,
    readonly source: string,
    readonly paths: PathNormalizer
  ) {}

  /** The file for a raw report path (normalised), or undefined when it is outside the repo root. */
  file(raw: string): FileCoverage | undefined {
    const hit = this.rawCache.get(raw)
    if (hit !== undefined) return hit === OUTSIDE ? undefined : hit
    this.seenPaths++
    // Cached here per raw path, so the normaliser's own cache would only repeat this one.
    const f = this.fileFor(this.paths.normalizeUncached(raw))
    this.rawCache.set(raw, f ?? OUTSIDE)
    return f
  }

  /**
   * The file for a path the caller normalised itself (and caches per raw path itself), or undefined when
   * it is outside the repo root or empty (noted for the warnings).
   */
  fileFor(n: NormalizedPath): FileCoverage | undefined {
    if (n.outside && this.paths.hasRoot) {
      this.outside.add(n.path)
      return undefined
    }
    if (n.path === '') {
      this.warnings.push(`${this.source}: ignored a record with an empty file path`)
      return undefined
    }
    let f = this.files.get(n.path)
    if (f === undefined) {
      f = newFile(n.path)
      this.files.set(n.path, f)
    }
    return f
  }

  /** Register a path the caller resolved itself (already repo-relative). */
  fileAt(path: string): FileCoverage {
    let f = this.files.get(path)
    if (f === undefined) {
      this.seenPaths++
      f = newFile(path)
      this.files.set(path, f)
    }
    return f
  }

  /** Add one line record (line numbers < 1, e.g. coverage.py's line 0, are not source lines: skipped). */
  addLine(f: FileCoverage, line: number, hits: number, branches?: Ratio): void {
    if (line < 1) return
    const rec = lineRecord(hits, branches)
    const prev = f.lines.get(line)
    f.lines.set(line, prev === undefined ? rec : sumRecords(prev, rec))
  }

  addFunctions(f: FileCoverage, covered: number, total: number): void {
    const prev = f.functions
    f.functions = prev === undefined ? { covered, total } : { covered: prev.covered + covered, total: prev.total + total }
  }

  warn(message: string): void {
    this.warnings.push(message)
  }

  finish(producerTotals?: ProducerTotals): CoverageReport {
    if (this.paths.resolvedBySuffix > 0) {
      this.warn(
        `${this.source}: ${this.paths.resolvedBySuffix} relative path(s) named no file under the repository root and were matched to the only file ending with them`
      )
    }
    if (this.outside.size > 0) {
      const list = [...this.outside]
      const shown = list.slice(0, 3).join(', ')
      const more = list.length > 3 ? ` and ${list.length - 3} more` : ''
      if (this.files.size === 0) {
        throw new UserError(
          `${this.source}: every file in the report is outside the repository root (${shown}${more}); use path-mappings to map them`
        )
      }
      this.warn(`${this.source}: ignored ${list.length} file(s) outside the repository root: ${shown}${more}`)
    }
    if (this.files.size === 0) {
      throw new UserError(`${this.source}: the ${this.format} report contains no source files`)
    }
    const report: CoverageReport = { format: this.format, source: this.source, files: this.files }
    if (producerTotals !== undefined && Object.keys(producerTotals).length > 0) report.producerTotals = producerTotals
    if (this.warnings.length > 0) report.warnings = this.warnings
    return report
  }
}
