/**
 * Fuzz: the fragment validator (validateFragment, parseFragment). A value is either refused with a one-line
 * UserError or accepted as a fragment that validates again unchanged, survives its JSON round trip, and
 * keeps every limit (closed enums, capped strings, finite metrics, positive ordered annotation lines).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  ANNOTATION_LEVELS,
  FRAGMENT_LIMITS,
  FRAGMENT_SCHEMA,
  FRAGMENT_VERSION,
  STATUSES,
  parseFragment,
  validateFragment,
  type ReportFragment
} from '../../src/shared/fragment.js'
import { mutatedArb, params, randomArb, timed, userErrorOr } from './support.js'

/** A field value: usually a plausible one, sometimes anything at all. */
const or = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: good },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.constant(undefined) }
  )

const lineArb = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.constantFrom(0, -1, 1.5, NaN, Infinity, 2 ** 53, '3')
)
const annotationArb = fc.record(
  {
    path: or(fc.string({ maxLength: 20 })),
    startLine: lineArb,
    endLine: lineArb,
    level: or(fc.constantFrom(...ANNOTATION_LEVELS, 'error')),
    message: or(fc.string({ maxLength: 30 })),
    title: or(fc.string({ maxLength: 210 }))
  },
  { requiredKeys: [] }
)
const metricArb = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(FRAGMENT_LIMITS.metricString + 1)),
  fc.anything()
)
const fragmentLikeArb = fc.record(
  {
    schema: or(fc.constant(FRAGMENT_SCHEMA)),
    version: or(fc.constantFrom(FRAGMENT_VERSION, 0, 2, '1')),
    gate: or(fc.constantFrom('coverage', 'perf-regression', 'Cov', '-x', '', 'a'.repeat(41), 'ok-1')),
    status: or(fc.constantFrom(...STATUSES, 'PASS', 'error')),
    title: or(fc.string({ maxLength: 20 })),
    summary: or(fc.string({ maxLength: 20 })),
    markdown: or(fc.string({ maxLength: 50 })),
    metrics: or(fc.dictionary(fc.string({ maxLength: 10 }), metricArb, { maxKeys: 6 })),
    statusContext: or(fc.constantFrom('quality-gates/coverage', 'x y', 'a\nb', '', 'é', '.'.repeat(101))),
    annotations: or(fc.array(or(annotationArb), { maxLength: 4 })),
    sha: or(fc.constantFrom('abc1234', '0'.repeat(40), 'ABC1234', 'abc', 'g'.repeat(7))),
    url: or(fc.constantFrom('https://example.com/run/1', 'http://x', 'javascript:alert(1)', 'ftp://x'))
  },
  { requiredKeys: [] }
)

function checkAccepted(f: ReportFragment): void {
  expect(validateFragment(f, 'again')).toEqual(f)
  expect(JSON.stringify(validateFragment(JSON.parse(JSON.stringify(f)), 'json'))).toBe(JSON.stringify(f))
  expect(STATUSES).toContain(f.status)
  expect(f.gate).toMatch(/^[a-z0-9][a-z0-9-]*$/)
  expect(f.title.length).toBeLessThanOrEqual(FRAGMENT_LIMITS.title)
  expect(f.summary.length).toBeLessThanOrEqual(FRAGMENT_LIMITS.summary)
  for (const v of Object.values(f.metrics)) {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`metric ${v}`)
  }
  for (const a of f.annotations ?? []) {
    if (!Number.isSafeInteger(a.startLine) || a.startLine < 1 || a.endLine < a.startLine)
      throw new Error(`lines ${a.startLine}-${a.endLine}`)
  }
}

const VALID: ReportFragment = {
  schema: FRAGMENT_SCHEMA,
  version: FRAGMENT_VERSION,
  gate: 'coverage',
  status: 'fail',
  title: 'Coverage',
  summary: 'line 81.2% (-0.4)',
  markdown: '| a | b |\n|---|---|\n| 1 | 2 |\n',
  metrics: { lines: 812, total: 1000, pct: 81.2, note: 'x', ok: false, none: null },
  statusContext: 'quality-gates/coverage',
  annotations: [
    { path: 'src/a.ts', startLine: 3, endLine: 4, level: 'warning', message: 'not covered', title: 't' }
  ],
  sha: '0123456789abcdef0123456789abcdef01234567',
  url: 'https://github.com/o/r/actions/runs/1'
}

describe('fuzz: fragment validator', () => {
  it('validateFragment on fragment-like objects: UserError, or a fragment that validates again unchanged', () => {
    const target = 'fragment: validateFragment'
    fc.assert(
      fc.property(fragmentLikeArb, value => {
        const f = timed(target, value, () => userErrorOr(() => validateFragment(value, 'fuzz.json')))
        if (f !== undefined) checkAccepted(f)
      }),
      params(target, 1000)
    )
  })

  it('parseFragment on mutated fragment JSON and random text', () => {
    const target = 'fragment: parseFragment'
    const seeds = [Buffer.from(JSON.stringify(VALID)), Buffer.from(JSON.stringify(VALID, null, 2))]
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutatedArb(seeds) }, randomArb()), buf => {
        const text = buf.toString('utf8')
        const f = timed(target, text, () => userErrorOr(() => parseFragment(text, 'fuzz.json')))
        if (f !== undefined) checkAccepted(f)
      }),
      params(target, 1000)
    )
  })
})
