import { describe, expect, it } from '@jest/globals'
import {
  compareOrder,
  contentOf,
  hasMarker,
  markerLine,
  readOrder,
  stateLine,
  validateReportId
} from '../../src/pr-report/marker.js'

describe('pr-report marker', () => {
  it('builds the exact first-line marker and validates the id', () => {
    expect(markerLine('default')).toBe('<!-- pr-report:v1 id=default -->')
    expect(validateReportId(undefined)).toBe('default')
    expect(validateReportId(' nightly-2 ')).toBe('nightly-2')
    expect(() => validateReportId('Bad_Id')).toThrow(
      /input "id": "Bad_Id" is not a valid report id \(allowed/
    )
    expect(() => validateReportId('x -->')).toThrow(/not a valid report id/)
    expect(() => validateReportId('a'.repeat(41))).toThrow(/not a valid report id/)
  })

  it('matches only an exact first line', () => {
    const m = markerLine('default')
    expect(hasMarker(`${m}\nbody`, m)).toBe(true)
    expect(hasMarker(`${m}\r\nbody`, m)).toBe(true)
    expect(hasMarker(m, m)).toBe(true)
    expect(hasMarker(`x\n${m}`, m)).toBe(false)
    expect(hasMarker(` ${m}\n`, m)).toBe(false)
    expect(hasMarker(`<!-- pr-report:v1 id=default-2 -->\n`, m)).toBe(false)
    expect(hasMarker(null, m)).toBe(false)
  })

  it('round-trips the order and treats a missing or forged state as oldest', () => {
    const body = `${markerLine('default')}\n${stateLine([123, 2])}\n## hi`
    expect(readOrder(body)).toEqual([123, 2])
    expect(readOrder(`${markerLine('default')}\n## no state`)).toEqual([])
    expect(readOrder(`${markerLine('default')}\n<!-- pr-report:state {"order":[1.5]} -->`)).toEqual([])
    expect(readOrder(`${markerLine('default')}\n<!-- pr-report:state {"order":"x"} -->`)).toEqual([])
    expect(readOrder(`${markerLine('default')}\n<!-- pr-report:state {bad -->`)).toEqual([])
    expect(() => stateLine([-1])).toThrow()
  })

  it('content ignores only the state line', () => {
    const a = `${markerLine('default')}\n${stateLine([1])}\nbody`
    const b = `${markerLine('default')}\n${stateLine([2, 1])}\nbody`
    expect(contentOf(a)).toBe(contentOf(b))
    expect(contentOf(a)).toBe(`${markerLine('default')}\nbody`)
    expect(contentOf(`${markerLine('default')}\nother`)).toBe(`${markerLine('default')}\nother`)
  })

  it('compares orders lexicographically', () => {
    expect(compareOrder([2], [10])).toBeLessThan(0)
    expect(compareOrder([5, 1], [5, 2])).toBeLessThan(0)
    expect(compareOrder([5, 2], [5, 2])).toBe(0)
    expect(compareOrder([5], [5, 1])).toBeLessThan(0)
    expect(compareOrder([], [0])).toBeLessThan(0)
    expect(compareOrder([6], [5, 9])).toBeGreaterThan(0)
  })
})
