// Large buffers kept by a compare lane (a worker, or the main thread) from one pair to the next.
//
// Why: memory fresh from the operating system costs a page fault on its first touch. On the VMs this runs on
// that first touch can cost more than the work (about 4 ms per MB measured on the bench machine: decoding a
// 1280×800 screenshot took 20 ms into fresh memory and 4 ms into memory already touched). A lane compares one
// pair at a time, so the same few buffers (each side's pixels, the diff marks, a slice scratch) can serve every
// pair of a suite. What stays between pairs is bounded per arena (`maxRetained` in all), whatever the largest
// image was: a buffer that would pass the bound is handed out but not kept.

/** Most bytes an arena keeps between pairs: a worker's two 1920×1080 sides, marks and more fit many times over;
 *  a 37-megapixel pair does not and gets buffers of its own. */
export const DEFAULT_MAX_RETAINED = 160 * 1024 * 1024
/** Kept buffers grow in steps of this size, so slightly different image sizes share one. */
const GROWTH_STEP = 1024 * 1024

export class BufferArena {
  private readonly kept = new Map<string, Buffer>()
  /** Per zeroed() slot, the byte range written since it was handed out (what the next zeroed() clears). */
  private readonly dirty = new Map<string, [number, number]>()

  constructor(private readonly maxRetained = DEFAULT_MAX_RETAINED) {}

  /**
   * `bytes` bytes for `slot`, contents undefined, at offset 0 of an ArrayBuffer of their own (never Node's shared
   * pool). The same slot's previous buffer is reused when large enough: its earlier contents are gone.
   */
  take(slot: string, bytes: number): Buffer {
    const kept = this.kept.get(slot)
    if (kept && kept.length >= bytes) return kept.subarray(0, bytes)
    return this.obtain(slot, bytes, n => Buffer.allocUnsafeSlow(n))
  }

  /**
   * `take`, zero-filled. A new buffer comes zeroed from the system untouched (its pages fault only where written
   * later); a kept one gets the range its writers declared with dirtied() cleared — not all of it, which would
   * touch pages nothing ever wrote. Writers into a zeroed() buffer must declare every range they write.
   */
  zeroed(slot: string, bytes: number): Buffer {
    const kept = this.kept.get(slot)
    const range = this.dirty.get(slot)
    this.dirty.delete(slot)
    if (kept && kept.length >= bytes) {
      if (range) kept.fill(0, range[0], range[1])
      return kept.subarray(0, bytes)
    }
    return this.obtain(slot, bytes, n => Buffer.alloc(n))
  }

  /** Declares bytes [from, to) of a zeroed() slot written (so the next zeroed() of the slot clears them). */
  dirtied(slot: string, from: number, to: number): void {
    const r = this.dirty.get(slot)
    this.dirty.set(slot, r ? [Math.min(r[0], from), Math.max(r[1], to)] : [from, to])
  }

  /** Bytes kept between pairs (for tests). */
  retainedBytes(): number {
    let n = 0
    for (const b of this.kept.values()) n += b.length
    return n
  }

  /** A new buffer for `slot` (its old one, too small, dropped), kept while the arena stays within its bound. */
  private obtain(slot: string, bytes: number, alloc: (n: number) => Buffer): Buffer {
    this.kept.delete(slot)
    const size = Math.ceil(bytes / GROWTH_STEP) * GROWTH_STEP
    if (this.retainedBytes() + size > this.maxRetained) return alloc(bytes)
    const fresh = alloc(size)
    this.kept.set(slot, fresh)
    return fresh.subarray(0, bytes)
  }
}

export type Buffers = Pick<BufferArena, 'take' | 'zeroed' | 'dirtied'>

/** Fresh buffers every time: for callers that own no arena. */
export const FRESH: Buffers = {
  take: (_slot, bytes) => Buffer.allocUnsafeSlow(bytes),
  zeroed: (_slot, bytes) => Buffer.alloc(bytes),
  dirtied: () => {}
}

/**
 * Runs a lane's pairs one after another, in the order given: its arena holds one pair at a time. A task that
 * fails does not stop the ones behind it. `pending` counts the tasks given and not finished.
 */
export class OneAtATime {
  pending = 0
  private chain: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++
    const counted = () => task().finally(() => this.pending--)
    const done = this.chain.then(counted, counted)
    this.chain = done.catch(() => {})
    return done
  }
}
