/**
 * A clock for rate-limit tests: `sleep` records the wait and moves `now` forward instead of waiting, so a
 * one-hour reset costs nothing and the waits a client chose can be asserted exactly.
 */
export interface FakeClock {
  now: () => number
  sleep: (ms: number) => Promise<void>
  /** Every wait asked for, in ms, in order. */
  sleeps: number[]
  /** The current fake time in whole epoch seconds (what `x-ratelimit-reset` is counted in). */
  epochSeconds: () => number
  /** `{ now, sleep }`, to spread into createOctokit's options. */
  options: { now: () => number; sleep: (ms: number) => Promise<void> }
}

/** Starts at 2026-01-01T12:00:00Z unless told otherwise. */
export function fakeClock(startMs = Date.UTC(2026, 0, 1, 12, 0, 0)): FakeClock {
  let t = startMs
  const sleeps: number[] = []
  const now = () => t
  const sleep = (ms: number) => {
    sleeps.push(ms)
    t += ms
    return Promise.resolve()
  }
  return { now, sleep, sleeps, epochSeconds: () => Math.floor(t / 1000), options: { now, sleep } }
}
