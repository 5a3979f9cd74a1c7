/**
 * "Did you mean …?" for a mistyped flag or command: the known name at the smallest edit distance (optimal string
 * alignment: insert, delete, substitute, or swap two neighbours, each 1), when it is close enough to be a typo.
 * Bounded: a word longer than MAX_WORD is never compared, so a pasted paragraph costs nothing, and each comparison
 * is at most MAX_WORD × MAX_WORD steps over a few dozen names.
 */

/** Longest word (and candidate) compared; longer ones get no suggestion. */
export const MAX_WORD = 64

/** Edit distance between `a` and `b` with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const n = a.length
  const m = b.length
  // Three rows: two back (for transpositions), one back, and the current one.
  let back2 = new Array<number>(m + 1).fill(0)
  let back = Array.from({ length: m + 1 }, (_, j) => j)
  let row = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    row[0] = i
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((back[j] as number) + 1, (row[j - 1] as number) + 1, (back[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (back2[j - 2] as number) + 1)
      }
      row[j] = d
    }
    ;[back2, back, row] = [back, row, back2]
  }
  return back[m] as number
}

/** How far a typo may be from the name it meant: 1 for short words, up to 3 for long ones. */
function allowed(word: string): number {
  return Math.max(1, Math.min(3, Math.floor(word.length / 4)))
}

/**
 * The candidate nearest to `word` within the typo distance, or undefined. Ties go to the earlier candidate.
 * Case is ignored (`--Min-Patch` → `min-patch`).
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length === 0 || word.length > MAX_WORD) return undefined
  const w = word.toLowerCase()
  let best: string | undefined
  let bestDistance = allowed(w) + 1
  for (const c of candidates) {
    if (c.length > MAX_WORD || Math.abs(c.length - w.length) >= bestDistance) continue
    const d = editDistance(w, c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}
