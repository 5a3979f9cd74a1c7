import { describe, expect, it } from '@jest/globals'
import { makeFragment, parseFragment } from '../../src/shared/fragment.js'

const base = {
  gate: 'coverage',
  status: 'pass' as const,
  title: 'Coverage',
  summary: '90% of lines',
  markdown: 'body',
  metrics: { covered: 9, total: 10 },
  statusContext: 'quality-gates/coverage'
}

describe('fragment', () => {
  it('round-trips a valid fragment', () => {
    const f = makeFragment(base)
    expect(parseFragment(JSON.stringify(f), 'x.json')).toEqual(f)
  })
  it('rejects unknown versions with a clear line', () => {
    const f = { ...makeFragment(base), version: 2 }
    expect(() => parseFragment(JSON.stringify(f), 'x.json')).toThrow(/x\.json: .*unsupported version 2/)
  })
  it('rejects non-finite metrics, bad enums and non-JSON', () => {
    expect(() => parseFragment('{"schema":', 'a')).toThrow(/not valid JSON/)
    const bad = { ...makeFragment(base), status: 'green' }
    expect(() => parseFragment(JSON.stringify(bad), 'a')).toThrow(/"status" must be one of/)
    const nan = JSON.stringify({ ...makeFragment(base), metrics: { x: 'y'.repeat(2000) } })
    expect(() => parseFragment(nan, 'a')).toThrow(/metric "x"/)
  })
})
