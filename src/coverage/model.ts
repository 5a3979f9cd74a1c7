/**
 * The normalised coverage model every parser produces and every later step (merge, patch, gate, render)
 * reads. All counts are exact integers; percentages exist only at display time.
 */

/** Covered / total, both non-negative integers. */
export interface Ratio {
  covered: number
  total: number
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
