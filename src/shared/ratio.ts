/**
 * Exact ratio arithmetic, in one place: every coverage decision (thresholds, allowed drops) and every
 * percentage or change shown is computed here from bigint fractions, never from floats, so a gate never
 * flips at its threshold through rounding and 99.999% never shows as 100.00%. Display (the `%` and `pp`
 * suffixes, signs, "n/a") belongs to the callers: shared/markdown.ts and coverage/evaluate.ts.
 */
import { UserError } from './errors.js'

/** Covered / total, both non-negative integers (e.g. covered lines over coverable lines). */
export interface Ratio {
  covered: number
  total: number
}

/** The exact number num/den (den > 0 unless a caller documents otherwise; not necessarily reduced). */
export interface Fraction {
  num: bigint
  den: bigint
}

/**
 * The exact value of a finite number as a fraction: integers as themselves (any size), other numbers as
 * their exact binary value over a power of two. Non-finite numbers are a RangeError.
 */
export function exactValue(n: number): Fraction {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`)
  if (Number.isInteger(n)) return { num: BigInt(n), den: 1n }
  // Doubling a double below 2^53 is exact, and a finite non-integer is an integer after at most 1074.
  let x = n
  let den = 1n
  while (!Number.isInteger(x)) {
    x *= 2
    den *= 2n
  }
  return { num: BigInt(x), den }
}

/** a/b exactly (b > 0 for a meaningful result). */
export function fraction(a: number, b: number): Fraction {
  const x = exactValue(a)
  const y = exactValue(b)
  return { num: x.num * y.den, den: y.num * x.den }
}

/** covered/total as a percentage (100·covered/total), exactly; null when total is 0. */
export function percentOf(r: Ratio): Fraction | null {
  if (r.total === 0) return null
  const f = fraction(r.covered, r.total)
  return { num: f.num * 100n, den: f.den }
}

/**
 * head% − base% in percentage points, exactly (negative when coverage fell); null when either total is 0
 * (no percentage to compare).
 */
export function deltaPp(head: Ratio, base: Ratio): Fraction | null {
  if (head.total <= 0 || base.total <= 0) return null
  const h = fraction(head.covered, head.total)
  const b = fraction(base.covered, base.total)
  return { num: 100n * (h.num * b.den - b.num * h.den), den: h.den * b.den }
}

/** Compare two ratios exactly: -1 when a < b, 0 when equal, 1 when a > b (totals must be > 0). */
export function compareRatios(a: Ratio, b: Ratio): number {
  const x = fraction(a.covered, a.total)
  const y = fraction(b.covered, b.total)
  const diff = x.num * y.den - y.num * x.den
  return diff < 0n ? -1 : diff > 0n ? 1 : 0
}

/**
 * A non-negative decimal threshold (a percentage or a number of percentage points, as the user wrote it)
 * as an exact fraction: 87.5 → 875/10, 1e-7 → 1/10^7. Negative or non-finite values are a UserError.
 */
export function decimalToFraction(value: number): Fraction {
  if (!Number.isFinite(value) || value < 0)
    throw new UserError(`threshold ${value} must be a finite number ≥ 0`)
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value))
  if (!m) throw new UserError(`threshold ${value} is not a decimal number`)
  const frac = m[2] ?? ''
  let num = BigInt((m[1] ?? '0') + frac)
  let den = 10n ** BigInt(frac.length)
  const exp = Number(m[3] ?? 0)
  if (exp > 0) num *= 10n ** BigInt(exp)
  else if (exp < 0) den *= 10n ** BigInt(-exp)
  return { num, den }
}

/**
 * covered/total ≥ percent/100, exactly. A ratio with total 0 counts as at least any percentage; callers
 * treat it as n/a before asking.
 */
export function ratioAtLeast(r: Ratio, percent: number): boolean {
  const { num, den } = decimalToFraction(percent)
  const f = fraction(r.covered, r.total)
  return f.num * 100n * den >= num * f.den
}

/**
 * head% − base% ≥ −maxDropPp, exactly: coverage fell by at most `maxDropPp` percentage points (or rose).
 * Either total 0 counts as within; callers treat it as n/a before asking.
 */
export function dropWithin(head: Ratio, base: Ratio, maxDropPp: number): boolean {
  const { num, den } = decimalToFraction(maxDropPp)
  const d = deltaPp(head, base)
  if (d === null) return true
  return d.num * den + num * d.den >= 0n
}

/**
 * |f| truncated toward zero to `decimals` (0…10) decimals: 2/3 → '0.66', 100 → '100.00' (decimals 2), never
 * rounded up. The sign is the caller's to show.
 */
export function truncDecimal(f: Fraction, decimals: number): string {
  const dec = Math.max(0, Math.min(10, Math.trunc(decimals)))
  const scale = 10n ** BigInt(dec)
  const num = f.num < 0n ? -f.num : f.num
  const den = f.den < 0n ? -f.den : f.den
  const q = (num * scale) / den // bigint division truncates
  const int = q / scale
  return dec > 0 ? `${int}.${(q % scale).toString().padStart(dec, '0')}` : `${int}`
}

/**
 * The double nearest to f (ties to even), as a float division of exactly representable operands gives;
 * for values in the normal double range (percentages and their changes always are).
 */
export function toNumber(f: Fraction): number {
  if (f.den === 0n) throw new RangeError('fraction with a zero denominator')
  const neg = f.num < 0n !== f.den < 0n
  const num = f.num < 0n ? -f.num : f.num
  const den = f.den < 0n ? -f.den : f.den
  if (num === 0n) return 0
  // A quotient of at least 55 bits, with a sticky low bit when inexact, rounds once, correctly, in Number().
  const k = bitLength(den) - bitLength(num) + 55
  const n = k >= 0 ? num << BigInt(k) : num
  const d = k >= 0 ? den : den << BigInt(-k)
  let q = n / d
  if (n % d !== 0n) q |= 1n
  const v = Number(q) * 2 ** -k
  return neg ? -v : v
}

/** head% − base% in percentage points as the nearest double (for metrics; never used to decide). */
export function deltaPpNumber(head: Ratio, base: Ratio): number | null {
  const d = deltaPp(head, base)
  return d === null ? null : toNumber(d)
}

function bitLength(n: bigint): number {
  return n.toString(2).length
}
