/**
 * The normalised coverage model every parser produces and every later step (merge, patch, gate, render)
 * reads. All counts are exact integers; percentages exist only at display time.
 */
import type { Ratio } from '../shared/ratio.js'

/** Covered / total, both non-negative integers: declared (with its exact arithmetic) in shared/ratio.ts. */
export type { Ratio }

/**
 * The largest execution count any parser stores (2^53 - 1): LineMap (parse/linemap.ts) keeps counts in an
 * Int32Array and switches to a Float64Array, exact to 2^53, for bigger ones. Every count read from a
 * report (hits, branch and counter values, in every format, LCOV included) is clamped to this, so a
 * 400-digit count becomes MAX_HITS instead of Infinity (or null in JSON); sums saturate at it. Whether a
 * line is covered never depends on the clamp.
 */
export const MAX_HITS = Number.MAX_SAFE_INTEGER

/** A count as stored: at most MAX_HITS (Infinity and larger values saturate); NaN is the caller's error. */
export function clampHits(n: number): number {
  return n > MAX_HITS ? MAX_HITS : n
}

/**
 * One coverable line. `hits` is the execution count (0 = not covered). Parsers freeze and share these
 * objects (one per small hit count): treat them as immutable and replace map entries instead.
 */
export interface LineCoverage {
  hits: number
  /** Branch outcomes that start on this line, when the format records them. */
  branches?: Ratio
  /**
   * Set (true) when a format without branch data says the line was only partly executed, e.g. a Go line
   * that lies in both a covered and an uncovered block. Absent otherwise.
   */
  partial?: boolean
}

export interface FileCoverage {
  /** Repository-relative POSIX path (after path normalisation). */
  path: string
  /** Coverable lines by 1-based line number. */
  lines: Map<number, LineCoverage>
  /** Functions/methods, when the format records them. */
  functions?: Ratio
  /**
   * Branch outcomes whose line is not a coverable line (istanbul: default-parameter branches on a function
   * declaration line). Counted in branch totals only; absent when there are none.
   */
  unattachedBranches?: Ratio
  /**
   * Set when the report gives no per-line hits for this file (gcovr's JaCoCo writer: `<line nr>` without
   * mi/ci): the file's line totals exactly as the report states them. `lines` then only says which lines
   * are coverable (their hits are unknown, recorded as 0): totals come from here, and patch coverage is
   * n/a ("the report has no per-line hits"), never a number made from the unknown hits.
   */
  statedLines?: Ratio
}

export type CoverageFormat = 'lcov' | 'istanbul' | 'cobertura' | 'jacoco' | 'clover' | 'go'

/** Totals exactly as the producing tool states them in the report, when it states them. */
export interface ProducerTotals {
  lines?: Ratio
  branches?: Ratio
  functions?: Ratio
}

export interface CoverageReport {
  format: CoverageFormat
  /** Where it came from (a file path), for messages. */
  source: string
  files: Map<string, FileCoverage>
  /** Summary the report itself embeds (Cobertura root attributes, JaCoCo counters, LCOV LF/LH…). */
  producerTotals?: ProducerTotals
  /** Non-fatal problems found while parsing (paths outside the repo, ambiguous source roots…), one line each. */
  warnings?: string[]
}

export interface CoverageTotals {
  lines: Ratio
  branches: Ratio
  functions: Ratio
}
