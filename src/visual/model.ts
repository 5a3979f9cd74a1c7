// The visual compare engine's data: what one image's comparison says, and the suite's answer.

/** An axis-aligned rectangle in image pixels; x/y are the top-left corner. */
export interface Region {
  x: number
  y: number
  width: number
  height: number
}

/**
 * unchanged     same pixels (or differences within the allowance)
 * changed       more differing pixels than allowed
 * added         only in the current directory
 * removed       only in the baseline directory
 * size-changed  the dimensions differ (never passes: the overlap is diffed and the extra area counted)
 * error         this image could not be compared (unreadable, not a PNG, a symlink, an unsafe name…)
 */
export type ImageStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'size-changed' | 'error'

export interface ImageResult {
  /** Path relative to the compared directories, `/`-separated. */
  name: string
  status: ImageStatus
  /**
   * pixelmatch 7.2.0's count for this pair with the image's options (threshold, includeAA, alpha), after
   * ignore regions and masks; for a size change, the overlap's count plus every pixel of the extra area.
   */
  diffPixels: number
  /**
   * Pixels of the subtle-colour pass (see CompareOptions.subtleThreshold): differences above the strict
   * threshold that form solid areas of at least 3×3 pixels. 0 when the pass is off or was not needed.
   */
  subtlePixels: number
  /** The pixels allowed to differ before the image counts as changed (maxDiffPixels / maxDiffRatio). */
  allowedPixels: number
  /** The current image's size (the baseline's for a removed image); 0 when unknown. */
  width: number
  height: number
  /** For a size change: the baseline's size. */
  baselineWidth?: number
  baselineHeight?: number
  /** The changed pixels' bounding box, in the overlap's coordinates. */
  changedBox?: Region
  /** The diff's fingerprint (fingerprint.ts), for a changed or size-changed image when the caller asked. */
  fingerprint?: string
  /** Path of the written diff PNG, relative to diffDir (only for changed and size-changed images). */
  diffImage?: string
  /** One line, for an error (and a short note for other statuses where useful). */
  message?: string
}

export interface SuiteStats {
  /** Pairs decided by comparing the encoded bytes, without decoding. */
  byteIdentical: number
  /** Pairs whose decoded pixels were equal (no pixel loop ran). */
  decodedEqual: number
  /** Pairs that went through the pixel loop. */
  diffed: number
  /** Most pairs handed to the lanes at once: bounded by the pool (workers × their queue depth, plus this thread
   *  when it compares). Decoded at once: at most one pair per lane. */
  maxInFlight: number
  /** Worker threads the suite could use (started only once it had enough pairs to decode). */
  poolSize: number
  /** Whether this thread may compare pairs too (besides the poolSize workers). */
  mainThreadCompares: boolean
  /** Pairs decoded and compared on this thread. */
  mainThreadPairs: number
  /** Pairs decoded and compared on the workers. */
  workerPairs: number
}

export interface SuiteResult {
  images: ImageResult[]
  stats: SuiteStats
}
