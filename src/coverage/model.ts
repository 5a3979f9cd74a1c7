/**
 * The normalised coverage model every parser produces and every later step (merge, patch, gate, render)
 * reads. All counts are exact integers; percentages exist only at display time.
 */

/** Covered / total, both non-negative integers. */
export interface Ratio {
  covered: number
  total: number
}

/** One coverable line. `hits` is the execution count (0 = not covered). */
export interface LineCoverage {
  hits: number
  /** Branch outcomes that start on this line, when the format records them. */
  branches?: Ratio
}

export interface FileCoverage {
  /** Repository-relative POSIX path (after path normalisation). */
  path: string
  /** Coverable lines by 1-based line number. */
  lines: Map<number, LineCoverage>
  /** Functions/methods, when the format records them. */
  functions?: Ratio
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
}

export interface CoverageTotals {
  lines: Ratio
  branches: Ratio
  functions: Ratio
}
