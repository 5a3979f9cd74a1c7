import { groupThousands } from '../../src/shared/digits.js'

describe('groupThousands', () => {
  it('writes what toLocaleString("en-US") writes for integers', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 1234567890, -1, -1234, -999, 2 ** 53, 1e21])
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'))
  })
  it('rounds fractions and keeps non-finite values readable', () => {
    expect(groupThousands(1234.6)).toBe('1,235')
    expect(groupThousands(-0.2)).toBe('0')
    expect(groupThousands(Number.NaN)).toBe('NaN')
    expect(groupThousands(Number.POSITIVE_INFINITY)).toBe('Infinity')
  })
})
