import { describe, expect, it } from '@jest/globals'
import { editDistance, MAX_WORD, nearest } from '../../src/cli/suggest.js'

describe('editDistance (optimal string alignment)', () => {
  it('counts inserts, deletes, substitutions and neighbour swaps as one each', () => {
    expect(editDistance('min-patch', 'min-patch')).toBe(0)
    expect(editDistance('min-pach', 'min-patch')).toBe(1)
    expect(editDistance('min-patchh', 'min-patch')).toBe(1)
    expect(editDistance('min-petch', 'min-patch')).toBe(1)
    expect(editDistance('mni-patch', 'min-patch')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', '')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    // Symmetric on a sample of pairs.
    for (const [a, b] of [
      ['include', 'exclude'],
      ['diff-base', 'diff-file'],
      ['report', 'reports']
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a))
    }
  })
})

describe('nearest', () => {
  const flags = [
    'reports',
    'report',
    'min-patch',
    'min-project',
    'diff-base',
    'diff-file',
    'include',
    'exclude'
  ]

  it('suggests the flag a typo meant, ignoring case', () => {
    expect(nearest('min-pach', flags)).toBe('min-patch')
    expect(nearest('Min-Patch', flags)).toBe('min-patch')
    expect(nearest('diff-bas', flags)).toBe('diff-base')
    expect(nearest('incldue', flags)).toBe('include')
    expect(nearest('reprot', flags)).toBe('report')
  })

  it('suggests nothing for a word that is not close to any', () => {
    expect(nearest('bogus', flags)).toBeUndefined()
    expect(nearest('no-such-flag', flags)).toBeUndefined()
    expect(nearest('', flags)).toBeUndefined()
    expect(nearest('min', flags)).toBeUndefined()
  })

  it('does not compare words longer than MAX_WORD (a pasted paragraph costs nothing)', () => {
    expect(nearest('min-patch'.padEnd(MAX_WORD + 1, 'x'), flags)).toBeUndefined()
    expect(
      nearest(`min-patch${'x'.repeat(MAX_WORD - 9)}`, [...flags, 'x'.repeat(MAX_WORD + 1)])
    ).toBeUndefined()
  })
})
