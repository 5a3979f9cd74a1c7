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
import { clampHits, type CoverageFormat, type CoverageReport, type FileCoverage, type LineCoverage, type ProducerTotals, type Ratio } from '../model.js'
import { LineMap, plainRecord } from './linemap.js'
import { isAbsolutePath, PathNormalizer, type NormalizedPath } from './paths.js'

/** The shared count ceiling (defined in model.ts; every parser, LCOV included, clamps to it). */
export { MAX_HITS, clampHits } from '../model.js'

/**
 * Largest line number accepted (2^31 - 1; no source file comes near it): a bigger one, or one that is not
 * a finite integer, is a UserError naming the report instead of an Infinity key or a lost line.
 */
export const MAX_LINE = 2147483647

/** A (possibly shared) frozen line record; counts above MAX_HITS are clamped to it. */
export function lineRecord(hits: number, branches?: Ratio, partial?: boolean): LineCoverage {
  hits = clampHits(hits)
  if (branches === undefined && partial !== true) return plainRecord(hits)
  const rec: LineCoverage = { hits }
  if (branches !== undefined) {
    rec.branches = Object.freeze({ covered: clampHits(branches.covered), total: clampHits(branches.total) })
  }
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
  return { path, lines: new LineMap(), functions: undefined, unattachedBranches: undefined, statedLines: undefined }
}

export class ReportBuilder {
  readonly files = new Map<string, FileCoverage>()
  readonly warnings: string[] = []
  private readonly outside = new Set<string>()
  private seenPaths = 0
  /** Records with line number 0 (coverage.py writes some): not source lines, left out and counted. */
  private lineZero = 0
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
    // Outside: absolute and not under the root (only known with a root), or relative and climbing above
    // it with `..` (never a repository file, root or not).
    if (n.outside && (this.paths.hasRoot || !isAbsolutePath(n.path))) {
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

  /**
   * Add one line record. Line 0 (coverage.py writes `<line number="0">` for some modules) is not a source
   * line: it is left out and counted for a warning. Other line numbers outside 1…MAX_LINE are an error.
   */
  addLine(f: FileCoverage, line: number, hits: number, branches?: Ratio): void {
    if (!this.lineOk(line)) return
    const rec = lineRecord(hits, branches)
    const prev = f.lines.get(line)
    f.lines.set(line, prev === undefined ? rec : sumRecords(prev, rec))
  }

  /**
   * Whether `line` is a source line to record: line 0 is counted and left out (false); anything not an
   * integer in 1…MAX_LINE is a UserError naming the report.
   */
  lineOk(line: number): boolean {
    if (line >= 1 && line <= MAX_LINE && Number.isInteger(line)) return true
    if (line === 0) {
      this.lineZero++
      return false
    }
    throw new UserError(
      `${this.source}: line number ${Number.isFinite(line) ? line : 'with more digits than any file has lines'} is out of range (1 to ${MAX_LINE})`
    )
  }

  /** Count `n` records of line 0 that a caller left out itself (see addLine). */
  skippedLineZero(n: number): void {
    this.lineZero += n
  }

  addFunctions(f: FileCoverage, covered: number, total: number): void {
    const prev = f.functions
    f.functions = prev === undefined ? { covered, total } : { covered: prev.covered + covered, total: prev.total + total }
  }

  warn(message: string): void {
    this.warnings.push(message)
  }

  finish(producerTotals?: ProducerTotals): CoverageReport {
    if (this.lineZero > 0) {
      this.warn(`${this.source}: ${this.lineZero} record(s) for line number 0 (not a source line) were left out`)
    }
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
      this.warn(`${this.source}: ${list.length} file(s) outside the repository were left out: ${shown}${more}`)
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
