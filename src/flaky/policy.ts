/**
 * The quarantine policy over the flake history: per test, how often it flaked and flipped, and what to propose.
 *
 * Per test, over the runs of the history window in which it ran (skipped and absent runs do not count):
 * - a flake is a run where it failed then passed (`k`), or a failure (`f`) on a commit where it also passed in
 *   another run (same commit, different result: the failure did not reproduce);
 * - flake rate = flakes / runs; flip rate = changes of the final result (pass for `p` and `k`, fail for `f`)
 *   between consecutive runs / (runs − 1);
 * - broken: it never passed in the window, or its last BROKEN_STREAK runs all failed. A broken test is a real
 *   failure to fix, never proposed for quarantine.
 *
 * Proposals (hysteresis: getting in is easier to start than getting out):
 * - quarantine: not quarantined, not broken, at least K flakes on at least 2 distinct commits in the window;
 * - release: quarantined, its last M runs all clean (`p`), and its last flake or failure (else the entry's
 *   `since`, else the oldest run of the window) at least D days ago.
 */
import { codeAt, type Code, type History } from './history.js'
import type { Quarantine } from './quarantine.js'

/** Consecutive failing runs (the newest ones) that make a test broken rather than flaky. */
export const BROKEN_STREAK = 3

export interface PolicyOptions {
  /** K: flakes in the window before a test is proposed for quarantine. */
  flakes: number
  /** M: clean runs in a row before a quarantined test is proposed for release. */
  cleanRuns: number
  /** D: days since its last flake or failure before a quarantined test is proposed for release. */
  cleanDays: number
}

export interface TestStats {
  id: string
  /** Runs in which the test ran (not skipped). */
  runs: number
  passes: number
  failures: number
  flakes: number
  /** Distinct commits with a flake. */
  flakeCommits: number
  flips: number
  /** flakes / runs (0 when it never ran). */
  flakeRate: number
  /** flips / (runs − 1) (0 with fewer than 2 runs). */
  flipRate: number
  broken: boolean
  /** Its newest runs that were clean (`p`), in a row. */
  cleanStreak: number
  /** Date of its newest flake or failure, if any. */
  lastBad?: string
}

export interface Proposals {
  quarantine: TestStats[]
  release: (TestStats & { since?: string })[]
}

/** Stats of every test the history knows, in its id order. Linear in ids × runs. */
export function testStats(history: History): TestStats[] {
  const out: TestStats[] = []
  for (let i = 0; i < history.ids.length; i++) {
    const passedOn = new Set<string>()
    for (const r of history.runs) {
      const c = codeAt(r, i)
      if (c === 'p' || c === 'k') passedOn.add(r.sha)
    }
    const s: TestStats = {
      id: history.ids[i] as string,
      runs: 0,
      passes: 0,
      failures: 0,
      flakes: 0,
      flakeCommits: 0,
      flips: 0,
      flakeRate: 0,
      flipRate: 0,
      broken: false,
      cleanStreak: 0
    }
    const flakeShas = new Set<string>()
    let previous: 'pass' | 'fail' | undefined
    let failStreak = 0
    for (const r of history.runs) {
      const c: Code = codeAt(r, i)
      if (c === '-' || c === 's') continue
      s.runs++
      const flake = c === 'k' || (c === 'f' && r.sha !== 'local' && passedOn.has(r.sha))
      if (flake) {
        s.flakes++
        flakeShas.add(r.sha)
      }
      if (c === 'f') s.failures++
      else s.passes++
      const final = c === 'f' ? 'fail' : 'pass'
      if (previous !== undefined && previous !== final) s.flips++
      previous = final
      failStreak = c === 'f' ? failStreak + 1 : 0
      if (c === 'p') s.cleanStreak++
      else {
        s.cleanStreak = 0
        s.lastBad = r.date
      }
    }
    s.flakeCommits = flakeShas.size
    s.flakeRate = s.runs > 0 ? s.flakes / s.runs : 0
    s.flipRate = s.runs > 1 ? s.flips / (s.runs - 1) : 0
    s.broken = s.runs > 0 && (s.passes === 0 || failStreak >= BROKEN_STREAK)
    out.push(s)
  }
  return out
}

/** What to propose to the quarantine file, given the history (this run included when it is learned from). */
export function propose(history: History, quarantine: Quarantine, opts: PolicyOptions, now: Date): Proposals {
  const stats = testStats(history)
  const byId = new Map(stats.map(s => [s.id, s]))
  const quarantineList: TestStats[] = []
  for (const s of stats) {
    if (quarantine.active.has(s.id) || s.broken) continue
    if (s.flakes >= opts.flakes && s.flakeCommits >= 2) quarantineList.push(s)
  }
  const release: Proposals['release'] = []
  const oldest = history.runs[0]?.date
  const dayMs = 86_400_000
  for (const entry of quarantine.active.values()) {
    const s = byId.get(entry.id)
    if (s === undefined || s.cleanStreak < opts.cleanRuns || s.cleanStreak === 0) continue
    const since = s.lastBad ?? entry.since ?? oldest
    if (since === undefined) continue
    if (now.getTime() - Date.parse(since) < opts.cleanDays * dayMs) continue
    release.push({ ...s, ...(entry.since !== undefined ? { since: entry.since } : {}) })
  }
  const byRate = (a: TestStats, b: TestStats) =>
    b.flakeRate - a.flakeRate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return { quarantine: quarantineList.sort(byRate), release }
}
