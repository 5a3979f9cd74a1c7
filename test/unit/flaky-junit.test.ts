/**
 * The JUnit reader's dialects, the five retry forms, and case identity (format, stability, uniqueness).
 * Real producers are in test/integration/junit-producers.test.ts, the corpus in test/conformance/,
 * hostile input in flaky-junit-hostile.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  caseId,
  escapeSegment,
  normaliseFile,
  occurrenceId,
  parseCaseId,
  idSegments
} from '../../src/flaky/id.js'
import { mergeReports, parseJunit, parseJunitFile, parseJunitStream } from '../../src/flaky/junit.js'
import type { JunitCase } from '../../src/flaky/model.js'

const FIX = resolve(process.cwd(), 'test/fixtures/junit')
const byName = (cases: JunitCase[], name: string): JunitCase => {
  const c = cases.find(x => x.name === name)
  if (c === undefined) throw new Error(`no case ${name}`)
  return c
}

describe('dialects', () => {
  it('node:test: testcases directly under <testsuites>, nested suites, classname="test" everywhere', () => {
    const r = parseJunit(
      `<testsuites>
        <testsuite name="outer"><testsuite name="inner"><testcase name="same" classname="test"/></testsuite>
          <testcase name="same" classname="test"><failure type="testCodeFailure" message="boom">trace</failure></testcase>
          <testcase name="todo" classname="test"><skipped type="todo" message="true"/></testcase>
        </testsuite>
        <testcase name="same" classname="test"/>
        <!-- tests 4 -->
      </testsuites>`,
      'node.xml'
    )
    expect(r.cases.map(c => [c.id, c.outcome])).toEqual([
      ['outer › inner › test › same', 'passed'],
      ['outer › test › same', 'failed'],
      ['outer › test › todo', 'skipped'],
      ['test › same', 'passed']
    ])
    expect(r.totals).toEqual({
      tests: 4,
      passed: 2,
      flaky: 0,
      failed: 1,
      errors: 0,
      skipped: 1,
      runs: 4,
      suites: 2
    })
  })

  it('a <testsuite> root and the same suite inside <testsuites> give the same ids', () => {
    const inner = '<testsuite name="S"><testcase classname="S" name="t"/></testsuite>'
    const a = parseJunit(inner, 'a.xml').cases.map(c => c.id)
    const b = parseJunit(`<testsuites name="run">${inner}</testsuites>`, 'b.xml').cases.map(c => c.id)
    expect(a).toEqual(['S › t'])
    expect(b).toEqual(a)
  })

  it('file/line on the testcase or file on a suite; roots and Windows separators normalised', () => {
    const r = parseJunit(
      `<testsuites><testsuite name="s" file="C:\\work\\repo\\tests\\a.spec.ts">
         <testcase name="inherits"/>
         <testcase name="own" file="/home/runner/work/repo/repo/./src/b.test.ts" line="42"/>
         <testcase name="bad line" line="4e2"/>
       </testsuite></testsuites>`,
      'files.xml',
      { roots: ['/home/runner/work/repo/repo', 'C:\\work\\repo\\'] }
    )
    expect(r.cases.map(c => [c.file, c.line])).toEqual([
      ['tests/a.spec.ts', undefined],
      ['src/b.test.ts', 42],
      ['tests/a.spec.ts', undefined]
    ])
    expect(r.cases[1]!.id).toBe('src/b.test.ts › s › own')
    expect(normaliseFile('./x/y.py')).toBe('x/y.py')
    expect(normaliseFile('/elsewhere/y.py', ['/home/runner'])).toBe('/elsewhere/y.py')
  })

  it('error vs failure, skipped, status attributes, properties and output', () => {
    const r = parseJunit(
      `<testsuite name="s">
         <properties><property name="os" value="linux"/></properties>
         <testcase name="err" time="1.5"><error message="NPE" type="java.lang.NullPointerException">at X</error></testcase>
         <testcase name="fail"><failure>no message, only text</failure><system-out>  out  </system-out><system-err>err</system-err></testcase>
         <testcase name="skip"><skipped message="later"/></testcase>
         <testcase name="ctest" status="fail"/>
         <testcase name="notrun" status="notrun"/>
         <testcase name="disabled but failing" status="disabled"><failure/></testcase>
         <testcase name="props"><properties><property name="k" value="v &amp; w"/></properties></testcase>
         <system-out>suite out</system-out>
       </testsuite>`,
      'mix.xml'
    )
    const c = (n: string): JunitCase => byName(r.cases, n)
    expect(c('err').attempts[0]).toMatchObject({
      outcome: 'error',
      message: 'NPE',
      type: 'java.lang.NullPointerException',
      timeMs: 1500
    })
    expect(c('err').attempts[0]!.details).toEqual({ text: 'at X', dropped: 0 })
    expect(c('fail').attempts[0]).toMatchObject({
      outcome: 'failed',
      systemOut: { text: 'out', dropped: 0 },
      systemErr: { text: 'err', dropped: 0 }
    })
    expect(c('fail').attempts[0]!.message).toBeUndefined()
    expect(c('skip').outcome).toBe('skipped')
    expect(c('ctest').outcome).toBe('failed')
    expect(c('notrun').outcome).toBe('skipped')
    expect(c('disabled but failing').outcome).toBe('skipped')
    expect(c('props').properties).toEqual([['k', 'v & w']])
    expect(r.suites[0]).toMatchObject({
      path: ['s'],
      properties: [['os', 'linux']],
      systemOut: { text: 'suite out', dropped: 0 }
    })
  })

  it('encodings: UTF-8 with BOM, UTF-16 LE and BE, ISO-8859-1; others refused', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><testsuite name="ü"><testcase name="é€"/></testsuite>'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])
    const be = Buffer.from(le)
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!]
    expect(parseJunit(le, 'le.xml').cases[0]!.id).toBe('ü › é€')
    expect(parseJunit(be, 'be.xml').cases[0]!.id).toBe('ü › é€')
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<testsuite name="s"><testcase name="é"/></testsuite>')
    ])
    expect(parseJunit(bom, 'bom.xml').cases[0]!.name).toBe('é')
    const latin = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><testsuite><testcase name="'),
      Buffer.from([0xe9]),
      Buffer.from('"/></testsuite>')
    ])
    expect(parseJunit(latin, 'latin.xml').cases[0]!.name).toBe('é')
    expect(() => parseJunit('<?xml version="1.0" encoding="EBCDIC"?><testsuite/>', 'e.xml')).toThrow(
      'e.xml: unsupported XML encoding "ebcdic"'
    )
  })

  it('streaming: the same bytes fed in any chunking give the same result', async () => {
    const xml = Buffer.from(
      readFileSync(resolve(FIX, 'r3-gradle-retry.xml'), 'utf8').replace(
        'socket closed</failure>',
        'socket &amp; é closed<![CDATA[ ]]> <!-- c --></failure>'
      )
    )
    const whole = JSON.stringify(parseJunit(xml, 'x.xml'))
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 30 }),
        async cuts => {
          const points = [...new Set(cuts)].sort((a, b) => a - b)
          async function* chunks(): AsyncGenerator<Buffer> {
            let last = 0
            for (const p of points) {
              yield xml.subarray(last, p)
              last = p
            }
            yield xml.subarray(last)
          }
          expect(JSON.stringify(await parseJunitStream(chunks(), 'x.xml'))).toBe(whole)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('retry forms', () => {
  it('R1 none: one attempt per case', () => {
    const r = parseJunit(
      '<testsuite name="s"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>',
      'r1.xml'
    )
    expect(r.cases.map(c => c.attempts.length)).toEqual([1, 1])
    expect(r.cases.map(c => c.retryForms)).toEqual([[], []])
  })

  it('R2 Surefire: flakyError before the pass; error then rerunError after', () => {
    const r = parseJunit(
      `<testsuite name="S">
        <testcase name="flaky" classname="S" time="0.3"><flakyError message="e1" type="E" time="0.1"><stackTrace>E: e1</stackTrace><system-out>o1</system-out></flakyError><system-out>final</system-out></testcase>
        <testcase name="broken" classname="S"><error message="e"/><rerunError message="e again"><stackTrace>st</stackTrace></rerunError></testcase>
      </testsuite>`,
      'r2.xml'
    )
    const f = byName(r.cases, 'flaky')
    expect(f.attempts.map(a => [a.outcome, a.origin, a.message, a.timeMs])).toEqual([
      ['error', 'flaky', 'e1', 100],
      ['passed', 'testcase', undefined, 300]
    ])
    expect(f.attempts[0]!.details?.text).toBe('E: e1')
    expect(f.attempts[0]!.systemOut?.text).toBe('o1')
    expect(f.attempts[1]!.systemOut?.text).toBe('final')
    expect(f.outcome).toBe('flaky')
    expect(byName(r.cases, 'broken').attempts.map(a => a.outcome)).toEqual(['error', 'error'])
    expect(byName(r.cases, 'broken').outcome).toBe('error')
    expect(r.totals).toMatchObject({ tests: 2, flaky: 1, errors: 1, runs: 4 })
  })

  it('R3 duplicates: distinct cases by default (#n ids), one case with attempts under `attempts`', async () => {
    const file = resolve(FIX, 'r3-gradle-retry.xml')
    const distinct = await parseJunitFile(file)
    expect(distinct.cases.map(c => [c.id, c.outcome])).toEqual([
      ['com.example.ShopTest › checkout', 'failed'],
      ['com.example.ShopTest › checkout › #2', 'passed'],
      ['com.example.ShopTest › browse', 'passed'],
      ['com.example.ShopTest › search', 'passed']
    ])
    const merged = await parseJunitFile(file, { duplicates: 'attempts' })
    const c = merged.cases[0]!
    expect(c.id).toBe('com.example.ShopTest › checkout')
    expect(c.attempts.map(a => a.outcome)).toEqual(['failed', 'passed'])
    expect(c.retryForms).toEqual(['duplicates'])
    expect(c.outcome).toBe('flaky')
    expect(c.timeMs).toBe(900)
    expect(merged.totals).toMatchObject({ tests: 3, passed: 2, flaky: 1, runs: 4 })
  })

  it('R3 order-aware: pass then fail is still flaky; fail, fail is failed', () => {
    const xml = (a: string, b: string): string =>
      `<testsuite name="s"><testcase name="t">${a}</testcase><testcase name="t">${b}</testcase></testsuite>`
    expect(parseJunit(xml('', '<failure/>'), 'o.xml', { duplicates: 'attempts' }).cases[0]!.outcome).toBe(
      'flaky'
    )
    expect(
      parseJunit(xml('<failure/>', '<error/>'), 'o.xml', { duplicates: 'attempts' }).cases[0]!.outcome
    ).toBe('error')
  })

  it('R4 several results in one testcase: one run, the worst wins (pytest call failure + teardown error)', () => {
    const r = parseJunit(
      `<testsuite name="pytest"><testcase classname="m" name="t"><failure message="assert">a</failure><error message="teardown">b</error></testcase></testsuite>`,
      'r4.xml'
    )
    expect(r.cases[0]!.attempts).toHaveLength(1)
    expect(r.cases[0]!.attempts[0]).toMatchObject({ outcome: 'error', message: 'teardown', results: 2 })
    expect(r.totals).toMatchObject({ tests: 1, errors: 1, runs: 1 })
  })

  it('R5 one file per attempt: mergeReports joins attempts in report order', async () => {
    const a = await parseJunitFile(resolve(FIX, 'r5-attempt-1.xml'))
    const b = await parseJunitFile(resolve(FIX, 'r5-attempt-2.xml'))
    const m = mergeReports([a, b])
    expect(m.cases.map(c => [c.id, c.outcome, c.attempts.map(x => x.outcome).join(',')])).toEqual([
      ['math › test › adds', 'passed', 'passed'],
      ['math › test › flakes', 'flaky', 'failed,passed'],
      ['math › test › breaks', 'failed', 'failed,failed']
    ])
    expect(byName(m.cases, 'flakes').attempts.map(x => x.report)).toEqual([a.sources[0], b.sources[0]])
    expect(byName(m.cases, 'flakes').retryForms).toEqual(['files'])
    expect(m.totals).toMatchObject({ tests: 3, passed: 1, flaky: 1, failed: 1, runs: 5 })
    // Shards of one run instead: the same id twice is two cases.
    expect(mergeReports([a, a], { duplicates: 'distinct' }).cases.map(c => c.id)).toContain(
      'math › test › adds › #2'
    )
  })

  it('R5 is read only from retry files: a shard bringing tests of its own never excuses a look-alike failure', () => {
    // node:test on Node 20 writes no file attribute: two files' "cart › test › top level" print the same id.
    const shard = (name: string, other: string, fails: boolean) =>
      parseJunit(
        `<testsuites><testsuite name="cart"><testcase classname="test" name="top level">${fails ? '<failure message="x"/>' : ''}</testcase><testcase classname="test" name="${other}"/></testsuite></testsuites>`,
        name
      )
    const passing = shard('shard-1.xml', 'sums', false)
    const failing = shard('shard-2.xml', 'totals', true)
    for (const order of [
      [passing, failing],
      [failing, passing]
    ]) {
      const m = mergeReports(order)
      expect(m.cases.map(c => [c.id, c.outcome]).sort()).toEqual(
        [
          ['cart › test › sums', 'passed'],
          ['cart › test › top level', order[0] === passing ? 'passed' : 'failed'],
          ['cart › test › top level › #2', order[0] === passing ? 'failed' : 'passed'],
          ['cart › test › totals', 'passed']
        ].sort()
      )
      expect(m.totals).toMatchObject({ tests: 4, failed: 1, flaky: 0 })
    }
    // A whole-suite rerun (every id seen before) is still a retry: the failed test that passed is flaky.
    const rerun = parseJunit(
      '<testsuites><testsuite name="cart"><testcase classname="test" name="top level"/><testcase classname="test" name="totals"/></testsuite></testsuites>',
      'attempt-2.xml'
    )
    const m = mergeReports([failing, rerun])
    expect(m.cases.map(c => [c.id, c.outcome])).toEqual([
      ['cart › test › top level', 'flaky'],
      ['cart › test › totals', 'passed']
    ])
  })
})

describe('case identity', () => {
  const report = (order: number[], times: number[]): string =>
    `<testsuites><testsuite name="A">${order
      .map(i => `<testcase classname="C${i % 3}" name="t${i}" time="${times[i]}"/>`)
      .join('')}</testsuite><testsuite name="B"><testcase classname="C0" name="t0"/></testsuite></testsuites>`

  it('stable: the same tests in another order and with other timings keep their ids', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 99999 }), { minLength: 8, maxLength: 8 }),
        (order, ms) => {
          const base = parseJunit(report([0, 1, 2, 3, 4, 5, 6, 7], [0, 0, 0, 0, 0, 0, 0, 0]), 'a.xml')
          const other = parseJunit(
            report(
              order,
              ms.map(m => m / 1000)
            ),
            'b.xml'
          )
          const idOf = (cs: JunitCase[]): Record<string, string> =>
            Object.fromEntries(cs.map(c => [`${c.suitePath.join('/')}:${c.name}`, c.id]))
          expect(idOf(other.cases)).toEqual(idOf(base.cases))
        }
      ),
      { numRuns: 50 }
    )
    // Same name and classname in two suites: told apart by the suite path.
    const r = parseJunit(report([0], [1]), 'c.xml')
    expect(r.cases.map(c => c.id)).toEqual(['A › C0 › t0', 'B › C0 › t0'])
  })

  it('classname left out when empty, equal to the innermost suite or to the name (jest-junit)', () => {
    expect(caseId({ suitePath: ['S'], classname: 'S', name: 't' })).toBe('S › t')
    expect(caseId({ suitePath: ['jest'], classname: 'a b', name: 'a b' })).toBe('jest › a b')
    expect(caseId({ suitePath: [], classname: '', name: '' })).toBe('(no name)')
    expect(caseId({ file: 'f.py', suitePath: ['', 'pytest'], classname: 'm.C', name: 't[1]' })).toBe(
      'f.py › pytest › m.C › t[1]'
    )
  })

  it('unique: look-alike tuples (classname dropped for one) get #n, never merged as attempts', () => {
    const r = parseJunit(
      '<testsuite name="A"><testcase classname="A" name="t"><failure/></testcase><testcase name="t"/></testsuite>',
      'look.xml',
      { duplicates: 'attempts' }
    )
    expect(r.cases.map(c => [c.id, c.attempts.length, c.outcome])).toEqual([
      ['A › t', 1, 'failed'],
      ['A › t › #2', 1, 'passed']
    ])
  })

  it('escaping: separators, backslashes, newlines, controls and a leading # round-trip; ids are one line', () => {
    expect(escapeSegment('a › b')).toBe('a \\› b')
    expect(escapeSegment('C:\\x\ny\tz\u0007')).toBe('C:\\\\x\\ny\\tz\\u{7}')
    expect(escapeSegment('#2')).toBe('\\#2')
    expect(caseId({ suitePath: ['s'], classname: '', name: '#2' })).toBe('s › \\#2')
    expect(parseCaseId(occurrenceId('s › t', 2))).toEqual({ segments: ['s', 't'], occurrence: 2 })
    expect(parseCaseId('s › \\#2')).toEqual({ segments: ['s', '#2'] })
    fc.assert(
      fc.property(
        fc.option(fc.string({ unit: 'binary', maxLength: 30 }), { nil: undefined }),
        fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 4 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.option(fc.integer({ min: 2, max: 1000 }), { nil: undefined }),
        (file, suitePath, classname, name, n) => {
          const key = { file, suitePath, classname, name }
          const id = n === undefined ? caseId(key) : occurrenceId(caseId(key), n)
          expect(id).not.toMatch(/[\n\r\u2028\u2029]/)
          const parsed = parseCaseId(id)
          expect(parsed.segments).toEqual(idSegments(key))
          expect(parsed.occurrence).toBe(n)
        }
      ),
      { numRuns: 500 }
    )
  })

  it('segments longer than the cap keep a prefix and a hash: bounded, distinct, stable', () => {
    const a = escapeSegment('x'.repeat(5000) + 'a')
    const b = escapeSegment('x'.repeat(5000) + 'b')
    expect(a.length).toBeLessThanOrEqual(512)
    expect(a).not.toBe(b)
    expect(escapeSegment('x'.repeat(5000) + 'a')).toBe(a)
  })
})
