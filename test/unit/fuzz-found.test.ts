/**
 * Counterexamples the property-based fuzz tests (test/fuzz/) found, each minimised by hand and kept as a
 * plain unit test; each failed before its fix.
 */
import { describe, expect, it } from '@jest/globals'
import { marked } from 'marked'
import { MAX_HITS } from '../../src/coverage/model.js'
import { parseCoverageBuffer } from '../../src/coverage/parse/index.js'
import { reportTotals } from '../../src/coverage/totals.js'
import { parseUnifiedDiff } from '../../src/shared/git.js'
import { sanitizeMarkdown, type SanitizeOptions } from '../../src/shared/sanitize.js'
import { userErrorMessage } from '../support/expectations.js'

const parse = (text: string) => parseCoverageBuffer(Buffer.from(text), 'report')

describe('istanbul: a map entry without its count', () => {
  const loc = { start: { line: 1, column: 0 }, end: { line: 1, column: 1 } }
  const entry = (extra: Record<string, unknown>) =>
    JSON.stringify({
      'a.js': {
        path: 'a.js',
        statementMap: { '0': loc },
        s: { '0': 1 },
        fnMap: {},
        f: {},
        branchMap: {},
        b: {},
        ...extra
      }
    })

  it('a branchMap id missing from "b" is a one-line UserError (was: TypeError "branchData is not iterable")', () => {
    const text = entry({
      branchMap: { '1': { type: 'if', line: 1, loc, locations: [loc, loc] } },
      b: { '0': [1, 0] }
    })
    expect(userErrorMessage(() => parse(text))).toBe(
      'report: istanbul entry "a.js": branchMap["1"] has no count in "b"'
    )
  })

  it('a statementMap id missing from "s" is refused, not counted as a line with undefined hits', () => {
    const text = entry({
      statementMap: { '0': loc, '1': { start: { line: 2, column: 0 }, end: { line: 2, column: 1 } } }
    })
    expect(userErrorMessage(() => parse(text))).toMatch(/statementMap\["1"\] has no count in "s"/)
  })

  it('a count that is a deeply nested object is a UserError (was: RangeError from JSON.stringify in the message)', () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)
    const text = entry({}).replace('"s":{"0":1}', `"s":{"0":${deep}}`)
    expect(userErrorMessage(() => parse(text))).toBe(
      'report: istanbul entry "a.js": s["0"] is an object, expected a non-negative integer count'
    )
  })

  it('a statementMap entry without a start is a UserError naming the report', () => {
    const text = entry({ statementMap: { '0': { end: { line: 1, column: 1 } } } })
    expect(userErrorMessage(() => parse(text))).toMatch(/^report: invalid istanbul coverage data: /)
  })
})

describe('Cobertura: condition-coverage with more covered branches than branches', () => {
  const report = (cc: string) =>
    `<coverage><packages><package><classes><class filename="a.py"><lines><line number="1" hits="1" branch="true" condition-coverage="${cc}"/></lines></class></classes></package></packages></coverage>`

  it('"150% (3/2)" is refused (was: branches 3 covered of 2)', () => {
    expect(userErrorMessage(() => parse(report('150% (3/2)')))).toBe(
      'report: line 1: condition-coverage="150% (3/2)" counts more covered branches than branches'
    )
  })

  it('a covered count above MAX_HITS is refused the same way (was: 9007199254740991 of 2)', () => {
    expect(userErrorMessage(() => parse(report('50% (9007199254740993/2)')))).toMatch(
      /counts more covered branches than branches/
    )
  })

  it('both the fast line scanner and the general path refuse it (the element after a plain one)', () => {
    const two = report('50% (1/2)').replace(
      '</lines>',
      '<line number="2" hits="1" branch="true" condition-coverage="100% (5/4)"/></lines>'
    )
    expect(userErrorMessage(() => parse(two))).toMatch(/^report: line 2: .*counts more covered branches/)
  })
})

describe('totals saturate at MAX_HITS instead of becoming inexact', () => {
  it('JaCoCo branches of MAX_HITS on one line plus 1 on another: total MAX_HITS (was 2^53, not a safe integer)', () => {
    const rep = parse(
      '<report name="r"><package name="p"><sourcefile name="A.java">' +
        '<line nr="1" mi="0" ci="1" mb="9007199254740991" cb="0"/><line nr="2" mi="0" ci="1" mb="0" cb="1"/>' +
        '</sourcefile></package></report>'
    )
    const t = reportTotals(rep)
    expect(t.branches).toEqual({ covered: 1, total: MAX_HITS })
    expect(Number.isSafeInteger(t.branches.total)).toBe(true)
  })
})

describe('unified diff: headers and hunks that name no line', () => {
  it('a diff cut after "+++ b/" is malformed (was: a changed file with the empty path "")', () => {
    const diff = 'diff --git a/x b/x\n--- a/x\n+++ b/\n@@ -1 +1 @@\n-a\n+b\n'
    expect(userErrorMessage(() => parseUnifiedDiff(diff, 'd'))).toMatch(/^d: malformed diff: .*empty path/)
  })

  it('"+0,2" is malformed (was: added line 0)', () => {
    const diff = 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -2,1 +0,2 @@\n-a\n+b\n+c\n'
    expect(userErrorMessage(() => parseUnifiedDiff(diff, 'd'))).toMatch(/starts a non-empty side at line 0/)
  })

  it('a hunk whose new side ends beyond 2^31 - 1 is malformed (was: added lines up to 2^31)', () => {
    const diff = 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -0,0 +2147483647,2 @@\n+a\n+b\n'
    expect(userErrorMessage(() => parseUnifiedDiff(diff, 'd'))).toMatch(/numbers beyond any file/)
  })

  it('"+0,0" (nothing added at the top) is still fine', () => {
    const diff = 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +0,0 @@\n-a\n'
    expect(parseUnifiedDiff(diff, 'd')).toEqual([
      { path: 'x', status: 'modified', added: [], deleted: 1, binary: false }
    ])
  })
})

// Found by fuzzing in src/coverage/parse/lcov.ts; fixed after the parser tidy-up landed.
describe('LCOV: counts of 16 digits and more (model.ts: every count is clamped to MAX_HITS, LCOV included)', () => {
  it('DA hits 18446744073709551615 (in the corpus: coveralls/lcov/test.lcov) is clamped to MAX_HITS', () => {
    const rep = parse('SF:a.c\nDA:1,18446744073709551615\nend_of_record\n')
    expect(rep.files.get('a.c')?.lines.get(1)?.hits).toBe(MAX_HITS)
  })

  it('BRF with 400 digits gives a finite producer total (was Infinity: null in JSON)', () => {
    const rep = parse(`SF:a.c\nDA:1,1\nBRF:${'9'.repeat(400)}\nend_of_record\n`)
    expect(rep.producerTotals?.branches?.total).toBe(MAX_HITS)
  })

  it('DA line 2147483648 (above MAX_LINE) is refused like in every other format (was: kept as a line)', () => {
    expect(userErrorMessage(() => parse('SF:a.c\nDA:2147483648,1\nend_of_record\n'))).toMatch(
      /out of range|malformed/
    )
  })

  it('DA hits 1E308 is refused like every other format refuses an exponent (was: hits 1e308)', () => {
    expect(userErrorMessage(() => parse('SF:a.c\nDA:1,1E308\nend_of_record\n'))).toMatch(
      /malformed LCOV DA record/
    )
  })

  it('DA hits 0x10 is refused, not read as 16 (a silently wrong count)', () => {
    expect(userErrorMessage(() => parse('SF:a.c\nDA:1,0x10\nend_of_record\n'))).toMatch(
      /malformed LCOV DA record/
    )
  })
})

// Found by fuzzing in src/shared/sanitize.ts; fixed by the linear sanitiser.
describe('sanitizeMarkdown (public function): links confined to the repository, idempotence', () => {
  const opts = { repository: { owner: 'o', repo: 'r' } } as SanitizeOptions
  const links = (md: string): string[] =>
    [...md.matchAll(/\]\((https?:[^)\s]*)|(?<![(<\w])(https?:\/\/[^\s<>)]+|www\.[^\s<>)]+)/g)].map(
      m => m[1] ?? m[2] ?? ''
    )

  it('a bare URL to another host is made inert (GitHub would autolink https://evil.example/a)', () => {
    const out = sanitizeMarkdown('see https://evil.example/a and www.evil.example', opts)
    expect(links(out).filter(u => !u.startsWith('https://github.com/o/r/'))).toEqual([])
  })

  it('a markdown link to another host is not kept as a link', () => {
    const out = sanitizeMarkdown('[x](https://evil.example/)', opts)
    expect(out).not.toContain('](https://evil.example/)')
  })

  it('a cut (maxLength) never leaves a fence open: text after the section must render as a paragraph', () => {
    // Cut at 83: "…\n```\n\n```\n```\n\n_… truncated_": the third fence opens a block that swallows the rest.
    const md =
      '> quote <b>bold</b> @carol\nconst a = "@bob" // <script>\n```\n\n```js\n\n0. item ![badge](https://img.example/b.svg)\n'
    const out = sanitizeMarkdown(md, { ...opts, maxLength: 83 })
    expect(marked.parse(`${out}\n\nNEXT\n`, { gfm: true, async: false })).toContain('<p>NEXT</p>')
  })

  it('sanitising twice changes nothing: "    <pre>" gives "    ", which sanitises to ""', () => {
    const once = sanitizeMarkdown('    <pre>', opts)
    expect(sanitizeMarkdown(once, opts)).toBe(once)
  })
})
