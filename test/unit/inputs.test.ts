import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/shared/errors.js'
import { userErrorMessage } from '../support/expectations.js'
import {
  inputBoolean,
  inputEnum,
  inputList,
  inputNumber,
  inputRules,
  inputString,
  type InputGetter
} from '../../src/shared/inputs.js'

const from =
  (values: Record<string, string>): InputGetter =>
  name =>
    values[name]

const message = userErrorMessage

describe('inputNumber', () => {
  it('parses decimals and applies defaults for absent or blank values', () => {
    expect(inputNumber(from({ n: ' 80.5 ' }), 'n', {})).toBe(80.5)
    expect(inputNumber(from({}), 'n', { default: 3 })).toBe(3)
    expect(inputNumber(from({ n: '   ' }), 'n', { default: 3 })).toBe(3)
    expect(inputNumber(from({}), 'n', {})).toBeUndefined()
    expect(Object.is(inputNumber(from({ n: '-0' }), 'n', {}), 0)).toBe(true)
  })
  it('names the input, the value and the allowed range', () => {
    expect(message(() => inputNumber(from({ 'min-patch': 'abc' }), 'min-patch', { min: 0, max: 100 }))).toBe(
      'Input "min-patch": "abc" is not a number; expected a number from 0 to 100'
    )
    expect(message(() => inputNumber(from({ n: '101' }), 'n', { min: 0, max: 100 }))).toBe(
      'Input "n": "101" is out of range; expected a number from 0 to 100'
    )
    expect(message(() => inputNumber(from({ n: '2.5' }), 'n', { integer: true, min: 1 }))).toBe(
      'Input "n": "2.5" is not a whole number; expected a whole number ≥ 1'
    )
  })
  it('refuses hex, exponents, Infinity, NaN and trailing garbage', () => {
    for (const v of ['0x10', '1e3', 'Infinity', 'NaN', '12abc', '1,5', '--1', '']) {
      if (v === '') continue
      expect(() => inputNumber(from({ n: v }), 'n', {})).toThrow(UserError)
    }
  })
  it('accepts "80%" for percentages, within 0..100', () => {
    expect(inputNumber(from({ p: '80%' }), 'p', { percent: true })).toBe(80)
    expect(inputNumber(from({ p: '80 %' }), 'p', { percent: true })).toBe(80)
    expect(inputNumber(from({ p: '99.5' }), 'p', { percent: true })).toBe(99.5)
    expect(message(() => inputNumber(from({ p: '120%' }), 'p', { percent: true }))).toContain('from 0 to 100')
    expect(() => inputNumber(from({ p: '80%' }), 'p', {})).toThrow(UserError)
  })
})

describe('inputBoolean / inputEnum', () => {
  it('accepts the usual spellings in any case', () => {
    for (const v of ['true', 'YES', 'On', '1']) expect(inputBoolean(from({ b: v }), 'b', false)).toBe(true)
    for (const v of ['false', 'No', 'OFF', '0']) expect(inputBoolean(from({ b: v }), 'b', true)).toBe(false)
    expect(inputBoolean(from({}), 'b', true)).toBe(true)
  })
  it('lists the allowed spellings on error', () => {
    expect(message(() => inputBoolean(from({ fail: 'maybe' }), 'fail', false))).toBe(
      'Input "fail": "maybe" is not a boolean; expected one of true, yes, on, 1, false, no, off, 0 (any case)'
    )
  })
  it('enum returns the canonical spelling and lists choices', () => {
    const allowed = ['pass', 'neutral', 'fail'] as const
    expect(inputEnum(from({ m: 'Neutral' }), 'm', allowed, 'pass')).toBe('neutral')
    expect(inputEnum(from({}), 'm', allowed, 'pass')).toBe('pass')
    expect(
      message(() =>
        inputEnum(from({ 'on-missing-baseline': 'skip' }), 'on-missing-baseline', allowed, 'pass')
      )
    ).toBe('Input "on-missing-baseline": "skip" is not allowed; expected one of pass, neutral, fail')
  })
})

describe('inputString', () => {
  it('handles default, required, pattern and length', () => {
    expect(inputString(from({ s: ' x ' }), 's')).toBe('x')
    expect(inputString(from({}), 's', { default: 'd' })).toBe('d')
    expect(inputString(from({}), 's')).toBeUndefined()
    expect(
      message(() => inputString(from({}), 'token', { required: true, describe: 'a GitHub token' }))
    ).toBe('Input "token" is required; expected a GitHub token')
    expect(
      message(() =>
        inputString(from({ id: 'a b' }), 'id', { pattern: /^[a-z-]+$/, describe: 'lowercase letters and -' })
      )
    ).toBe('Input "id": "a b" is not valid; expected lowercase letters and -')
    expect(message(() => inputString(from({ s: 'x'.repeat(11) }), 's', { maxLength: 10 }))).toBe(
      'Input "s" is 11 characters long; at most 10 are allowed'
    )
  })
  it('keeps error messages short and on one line for hostile values', () => {
    const m = message(() => inputString(from({ id: 'bad\nvalue '.repeat(100) }), 'id', { pattern: /^x$/ }))
    expect(m.length).toBeLessThan(200)
  })
})

describe('inputList', () => {
  it('splits on newlines and commas, trims, drops empties and comment lines', () => {
    const v = '# coverage files\ncoverage/lcov.info, coverage/cobertura.xml\r\n\n  build/jacoco.xml  \n,,\n'
    expect(inputList(from({ files: v }), 'files')).toEqual([
      'coverage/lcov.info',
      'coverage/cobertura.xml',
      'build/jacoco.xml'
    ])
    expect(inputList(from({}), 'files')).toEqual([])
  })
  it('enforces a maximum count', () => {
    expect(message(() => inputList(from({ l: 'a,b,c' }), 'l', { max: 2 }))).toBe(
      'Input "l" has 3 entries; at most 2 are allowed'
    )
  })
})

describe('inputRules', () => {
  it('reads "<glob> >= <percent>" lines', () => {
    const v = '# per-path floors\nsrc/core/** >= 90\nsrc/ui/**>=75.5%\n  docs gen/** 10  \n'
    expect(inputRules(from({ rules: v }), 'rules')).toEqual([
      { pattern: 'src/core/**', min: 90 },
      { pattern: 'src/ui/**', min: 75.5 },
      { pattern: 'docs gen/**', min: 10 }
    ])
    expect(inputRules(from({}), 'rules')).toEqual([])
  })
  it('names the line and the problem', () => {
    expect(message(() => inputRules(from({ rules: 'src/** >= 90\nsrc/a' }), 'rules'))).toBe(
      'Input "rules" line 2: "src/a" is not a rule; expected "<glob> >= <percent>", e.g. "src/core/** >= 90"'
    )
    expect(message(() => inputRules(from({ rules: 'src/** >= 150' }), 'rules'))).toBe(
      'Input "rules" line 1: "150" is not a percentage from 0 to 100'
    )
    expect(() => inputRules(from({ rules: '>= 90' }), 'rules')).toThrow(UserError)
  })
})
