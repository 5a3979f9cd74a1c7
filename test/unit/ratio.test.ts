import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/shared/errors.js'
import {
  compareRatios,
  decimalToFraction,
  deltaPp,
  deltaPpNumber,
  dropWithin,
  exactValue,
  fraction,
  percentOf,
  ratioAtLeast,
  toNumber,
  truncDecimal
} from '../../src/shared/ratio.js'
import { r } from '../support/coverage-summary.js'

describe('exact values', () => {
  it('keeps integers of any size and non-integers as their exact binary value', () => {
    expect(exactValue(1683)).toEqual({ num: 1683n, den: 1n })
    expect(exactValue(2 ** 60 + 256)).toEqual({ num: 2n ** 60n + 256n, den: 1n })
    // 0.1 is 3602879701896397 / 2^55 in binary, slightly more than 1/10
    expect(exactValue(0.1)).toEqual({ num: 3602879701896397n, den: 2n ** 55n })
    expect(exactValue(-2.5)).toEqual({ num: -5n, den: 2n })
    expect(exactValue(Number.MIN_VALUE)).toEqual({ num: 1n, den: 2n ** 1074n })
    expect(() => exactValue(NaN)).toThrow(RangeError)
    expect(() => exactValue(Infinity)).toThrow(RangeError)
  })
  it('fraction, percentOf and deltaPp are exact; no percentage without a total', () => {
    expect(fraction(1, 3)).toEqual({ num: 1n, den: 3n })
    expect(percentOf(r(1, 3))).toEqual({ num: 100n, den: 3n })
    expect(percentOf(r(0, 0))).toBeNull()
    // 1336/1684 − 1336/1683 = −1336/(1683·1684)
    expect(deltaPp(r(1336, 1684), r(1336, 1683))).toEqual({ num: -133600n, den: 1683n * 1684n })
    expect(deltaPp(r(1, 1), r(0, 0))).toBeNull()
    expect(deltaPp(r(0, 0), r(1, 1))).toBeNull()
  })
})

describe('comparisons', () => {
  it('parses decimal thresholds exactly', () => {
    expect(decimalToFraction(87.5)).toEqual({ num: 875n, den: 10n })
    expect(decimalToFraction(80)).toEqual({ num: 80n, den: 1n })
    expect(decimalToFraction(1e-7)).toEqual({ num: 1n, den: 10000000n })
    expect(decimalToFraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n })
    expect(() => decimalToFraction(-1)).toThrow(UserError)
    expect(() => decimalToFraction(NaN)).toThrow(UserError)
  })
  it('compares by cross-multiplication, without float error', () => {
    // 0.1+0.2 style traps: 7/10 vs 70%, 1/3 vs 33.33%, huge counts
    expect(ratioAtLeast(r(7, 10), 70)).toBe(true)
    expect(ratioAtLeast(r(699999, 1000000), 70)).toBe(false)
    expect(ratioAtLeast(r(1, 3), 33.33)).toBe(true)
    expect(ratioAtLeast(r(1, 3), 33.34)).toBe(false)
    expect(ratioAtLeast(r(2 ** 52, 2 ** 52 + 1), 99.9999999)).toBe(true)
    expect(compareRatios(r(1336, 1683), r(1336, 1683))).toBe(0)
    expect(compareRatios(r(1, 2), r(2, 4))).toBe(0)
    expect(compareRatios(r(1, 3), r(1, 2))).toBe(-1)
    expect(compareRatios(r(1, 3), r(2, 6))).toBe(0)
    expect(compareRatios(r(1336, 1683), r(1337, 1684))).toBe(-1)
  })
  it('compares counts beyond 2^53 by their exact value', () => {
    // Both have the same 16 significant digits (1.152921504606847e18) but are different numbers.
    expect(compareRatios(r(2 ** 60, 1), r(2 ** 60 + 256, 1))).toBe(-1)
    expect(compareRatios(r(2 ** 60 + 256, 2 ** 60), r(1, 1))).toBe(1)
  })
  it('max drop: exactly at the allowance passes, a hair beyond fails', () => {
    // base 90% → head 89% is exactly 1 pp
    expect(dropWithin(r(890, 1000), r(900, 1000), 1)).toBe(true)
    expect(dropWithin(r(889, 1000), r(900, 1000), 1)).toBe(false)
    expect(dropWithin(r(1336, 1683), r(1336, 1683), 0)).toBe(true)
    expect(dropWithin(r(1336, 1684), r(1336, 1683), 0)).toBe(false)
    expect(dropWithin(r(1336, 1684), r(1336, 1683), 0.1)).toBe(true)
    expect(dropWithin(r(1, 2), r(1, 4), 0)).toBe(true)
  })
  it('a total of 0 is at least anything and within any drop (callers say n/a first)', () => {
    expect(ratioAtLeast(r(0, 0), 100)).toBe(true)
    expect(dropWithin(r(0, 0), r(9, 10), 0)).toBe(true)
    expect(dropWithin(r(9, 10), r(0, 0), 0)).toBe(true)
  })
})

describe('truncDecimal', () => {
  it('truncates the magnitude toward zero, never rounding up', () => {
    expect(truncDecimal({ num: 200n, den: 3n }, 2)).toBe('66.66')
    expect(truncDecimal({ num: -200n, den: 3n }, 2)).toBe('66.66')
    expect(truncDecimal({ num: 9999999n, den: 100000n }, 2)).toBe('99.99')
    expect(truncDecimal({ num: 100n, den: 1n }, 2)).toBe('100.00')
    expect(truncDecimal({ num: 1n, den: 1000n }, 2)).toBe('0.00')
    expect(truncDecimal({ num: 5n, den: 100n }, 2)).toBe('0.05')
    expect(truncDecimal({ num: 100n, den: 3n }, 0)).toBe('33')
    expect(truncDecimal({ num: 1n, den: 3n }, 99)).toBe('0.3333333333')
    expect(truncDecimal({ num: 1n, den: 3n }, -1)).toBe('0')
  })
})

describe('toNumber / deltaPpNumber', () => {
  it('gives the double nearest the exact value', () => {
    expect(toNumber({ num: 1n, den: 3n })).toBe(1 / 3)
    expect(toNumber({ num: 1n, den: 10n })).toBe(0.1)
    expect(toNumber({ num: -7n, den: 8n })).toBe(-0.875)
    expect(toNumber({ num: 7n, den: -8n })).toBe(-0.875)
    expect(toNumber({ num: 0n, den: 5n })).toBe(0)
    // ties go to even
    expect(toNumber({ num: 2n ** 53n + 1n, den: 1n })).toBe(2 ** 53)
    expect(toNumber({ num: 2n ** 53n + 3n, den: 1n })).toBe(2 ** 53 + 4)
    // just above a tie rounds up (the sticky bit)
    expect(toNumber({ num: 2n ** 153n + 2n ** 100n + 1n, den: 2n ** 100n })).toBe(2 ** 53 + 2)
    expect(toNumber({ num: 2n ** 200n + 1n, den: 2n ** 100n })).toBe(2 ** 100)
    expect(() => toNumber({ num: 1n, den: 0n })).toThrow(RangeError)
  })
  it('matches float division wherever the operands are exact doubles (which rounds correctly)', () => {
    let seed = 7
    const next = (): number => {
      seed = (seed * 48271) % 2147483647
      return seed
    }
    let checked = 0
    for (let i = 0; i < 5000; i++) {
      const a = (next() * 4194304 + next()) % Number.MAX_SAFE_INTEGER
      const b = ((next() % 2 === 0 ? next() : next() * 4194304 + next()) % Number.MAX_SAFE_INTEGER) + 1
      expect(toNumber({ num: BigInt(a), den: BigInt(b) })).toBe(a / b)
      checked++
    }
    expect(checked).toBe(5000)
  })
  it('deltaPpNumber is exact, not float arithmetic', () => {
    // (90/100 − 89/100) · 100 in floats is 1.0000000000000009
    expect(deltaPpNumber(r(90, 100), r(89, 100))).toBe(1)
    expect(deltaPpNumber(r(88, 100), r(89, 100))).toBe(-1)
    expect(deltaPpNumber(r(1, 3), r(0, 1))).toBe(100 / 3)
    expect(deltaPpNumber(r(1336, 1683), r(2672, 3366))).toBe(0)
    expect(deltaPpNumber(r(1, 1), r(0, 0))).toBeNull()
  })
})
