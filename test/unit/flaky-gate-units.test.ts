// The flaky gate's pure parts: verdicts, the quarantine file, the history file and the quarantine policy.
import { describe, expect, it } from '@jest/globals'
import { evaluateRun } from '../../src/flaky/evaluate.js'
import {
  appendRun,
  emptyHistory,
  parseHistory,
  recordRun,
  serializeHistory,
  type Code,
  type History
} from '../../src/flaky/history.js'
import { parseJunit, mergeReports } from '../../src/flaky/junit.js'
import { propose, testStats } from '../../src/flaky/policy.js'
import { EMPTY_QUARANTINE, parseQuarantine } from '../../src/flaky/quarantine.js'
import { renderFlaky } from '../../src/flaky/render.js'
import { UserError } from '../../src/shared/errors.js'

const NOW = new Date('2026-03-01T12:00:00Z')
const tc = (name: string, body = '') => `<testcase classname="test" name="${name}">${body}</testcase>`
const fail = '<failure message="boom">trace</failure>'
const junit = (...cases: string[]) =>
  `<testsuites><testsuite name="s">${cases.join('')}</testsuite></testsuites>`

describe('verdicts', () => {
  const report = mergeReports([
    parseJunit(
      junit(
        tc('ok'),
        tc('flakes', fail),
        tc('breaks', fail),
        tc('errs', '<error/>'),
        tc('skip', '<skipped/>'),
        tc('q', fail)
      ),
      'a1.xml'
    ),
    parseJunit(junit(tc('flakes'), tc('breaks', fail), tc('errs', '<error/>'), tc('q', fail)), 'a2.xml')
  ])
  const quarantine = parseQuarantine(
    'tests:\n  - id: s › test › q\n    reason: known\n  - id: s › test › ok\n    reason: listed\n',
    'q.yml',
    NOW
  )

  it('each case gets passed, failed, flaky, skipped or quarantined; errors count as failures', () => {
    const v = evaluateRun(report, quarantine, { infraFailureRatio: 1 })
    expect(v.cases.map(c => [c.id, c.outcome, c.attempts])).toEqual([
      ['s › test › ok', 'passed', 1],
      ['s › test › flakes', 'flaky', 2],
      ['s › test › breaks', 'failed', 2],
      ['s › test › errs', 'failed', 2],
      ['s › test › skip', 'skipped', 1],
      ['s › test › q', 'quarantined', 2]
    ])
    expect(v.tests).toEqual({ total: 6, passed: 1, failed: 2, skipped: 1, flaky: 1, quarantined: 1 })
    expect(v.status).toBe('fail')
    expect(v.reasons).toEqual(['2 tests failed and are not quarantined'])
  })

  it('passes exactly when every failure is quarantined (a flaky test never blocks)', () => {
    const all = parseQuarantine(
      'tests:\n  - {id: s › test › q, reason: r}\n  - {id: s › test › breaks, reason: r}\n  - {id: s › test › errs, reason: r}\n',
      'q.yml',
      NOW
    )
    expect(evaluateRun(report, all, { infraFailureRatio: 1 }).status).toBe('pass')
    const allButOne = parseQuarantine(
      'tests:\n  - {id: s › test › q, reason: r}\n  - {id: s › test › breaks, reason: r}\n',
      'q.yml',
      NOW
    )
    expect(evaluateRun(report, allButOne, { infraFailureRatio: 1 }).status).toBe('fail')
  })

  it('most tests failing is an infrastructure failure (only with enough tests); the verdict stays fail', () => {
    const many = parseJunit(junit(...['a', 'b', 'c', 'd'].map(n => tc(n, fail)), tc('e'), tc('f')), 'x.xml')
    const v = evaluateRun(many, EMPTY_QUARANTINE, { infraFailureRatio: 0.5 })
    expect(v.infra).toEqual({ failed: 4, ran: 6 })
    expect(v.status).toBe('fail')
    expect(evaluateRun(many, EMPTY_QUARANTINE, { infraFailureRatio: 1 }).infra).toBeUndefined()
    const few = parseJunit(junit(tc('a', fail), tc('b', fail), tc('c')), 'x.xml')
    expect(evaluateRun(few, EMPTY_QUARANTINE, { infraFailureRatio: 0.5 }).infra).toBeUndefined()
  })

  it('no test case at all fails closed with its reason; an unreadable report fails closed too', () => {
    const none = evaluateRun(parseJunit('<testsuites/>', 'e.xml'), EMPTY_QUARANTINE, {
      infraFailureRatio: 0.5
    })
    expect(none.status).toBe('fail')
    expect(none.reasons[0]).toMatch(/^no test case in the reports/)
    const ok = parseJunit(junit(tc('a')), 'ok.xml')
    const withBad = evaluateRun(ok, EMPTY_QUARANTINE, {
      infraFailureRatio: 0.5,
      bad: [{ file: 'b.xml', reason: 'empty file' }]
    })
    expect(withBad.status).toBe('fail')
    expect(withBad.tests.passed).toBe(1)
    expect(withBad.reasons).toEqual(['b.xml: unreadable, not counted (empty file)'])
  })
})

describe('quarantine file', () => {
  const bad = (text: string) => {
    try {
      parseQuarantine(text, 'q.yml', NOW)
    } catch (e) {
      expect(e).toBeInstanceOf(UserError)
      expect((e as Error).message).not.toMatch(/\n/)
      return (e as Error).message
    }
    throw new Error('accepted')
  }

  it('reads entries; an expired one quarantines nothing and is kept to propose its removal', () => {
    const q = parseQuarantine(
      [
        '# reviewed like code',
        'tests:',
        '  - id: "a › b"',
        '    reason: slow runner',
        '    issue: 12',
        '    since: 2026-01-01',
        '    expires: 2026-03-01',
        '  - id: c',
        '    reason: gone',
        '    expires: 2026-02-28',
        '  - id: d',
        '    reason: x',
        '    issue: https://github.com/acme/w/issues/3',
        ''
      ].join('\n'),
      'q.yml',
      NOW
    )
    expect([...q.active.keys()]).toEqual(['a › b', 'd'])
    expect(q.active.get('a › b')).toMatchObject({
      issue: '12',
      since: '2026-01-01',
      expires: '2026-03-01',
      line: 3
    })
    expect(q.expired.map(e => [e.id, e.line])).toEqual([['c', 8]])
  })

  it('an empty file or an empty list quarantines nothing', () => {
    expect(parseQuarantine('', 'q.yml', NOW).active.size).toBe(0)
    expect(parseQuarantine('tests:\n', 'q.yml', NOW).active.size).toBe(0)
    expect(parseQuarantine('tests: []\n', 'q.yml', NOW).active.size).toBe(0)
  })

  it('unknown keys, duplicate ids, bad dates and missing fields are one-line errors naming the line', () => {
    expect(bad('tests:\n  - id: a\n    reason: r\n    owner: me\n')).toBe(
      'q.yml:4: unknown key "owner" (expected id, reason, issue, since, expires)'
    )
    expect(bad('tests:\n  - id: a\n    reason: r\n  - id: a\n    reason: s\n')).toBe(
      'q.yml:4: duplicate id (first listed on line 2)'
    )
    expect(bad('tests:\n  - id: a\n    reason: r\n    expires: 2026-02-30\n')).toMatch(
      /^q\.yml:4: "expires" must be a date written YYYY-MM-DD/
    )
    expect(bad('tests:\n  - id: a\n    reason: r\n    since: 03/01/2026\n')).toMatch(/^q\.yml:4: "since"/)
    expect(bad('tests:\n  - id: a\n')).toBe('q.yml:2: entry without "reason"')
    expect(bad('tests:\n  - reason: r\n')).toBe('q.yml:2: entry without "id"')
    expect(bad('quarantine:\n  - id: a\n')).toMatch(/^q\.yml:1: unknown key "quarantine"/)
    expect(bad('tests:\n  - id: a\n    reason: r\n    reason: s\n')).toMatch(/^q\.yml:4: not valid YAML/)
    expect(bad('tests: [\n')).toMatch(/^q\.yml:\d+: not valid YAML/)
    expect(bad('tests:\n  - id: [1, 2]\n    reason: r\n')).toBe('q.yml:2: "id" must be a non-empty string')
  })

  it('aliases, explicit tags and oversized files are refused (no expansion, nothing constructed)', () => {
    expect(bad('x: &a {id: a, reason: r}\ntests:\n  - *a\n')).toMatch(/aliases/)
    expect(bad('tests:\n  - id: !!binary aGVsbG8=\n    reason: r\n')).toMatch(/^q\.yml:2: explicit tags/)
    expect(bad(`tests: []\n#${'x'.repeat(1024 * 1024)}\n`)).toMatch(/larger than/)
    const laughs = [
      'a: &a ["lol","lol"]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`
      )
    ]
    expect(bad(`${laughs.join('\n')}\ntests: []\n`)).toMatch(/aliases/)
  })
})

/** A history built from rows: each row is [sha, date, {id: code}]. */
function historyOf(rows: [string, string, Record<string, Exclude<Code, '-'>>][]): History {
  let h = emptyHistory()
  for (const [sha, date, outcomes] of rows) {
    h = appendRun(h, recordRun(h, { sha, date }, Object.entries(outcomes)), 400, new Date(date))
  }
  return h
}

const day = (d: number) => new Date(Date.UTC(2026, 1, d, 12)).toISOString()
const sha = (n: number) => n.toString(16).padStart(40, 'a')

describe('history', () => {
  it('round-trips through its compact file; ids that ran in no kept run are dropped', () => {
    const h = historyOf([
      [sha(1), day(1), { a: 'p', b: 'f' }],
      [sha(2), day(2), { a: 'k', c: 's' }]
    ])
    const text = serializeHistory(h)
    expect(JSON.parse(text)).toEqual({
      schema: 'quality-gates/flaky-history',
      version: 1,
      ids: ['a', 'b', 'c'],
      runs: [
        { sha: sha(1), date: day(1), o: 'pf-' },
        { sha: sha(2), date: day(2), o: 'k-s' }
      ]
    })
    const back = parseHistory(text, 'h.json')
    expect(serializeHistory(back)).toBe(text)
    // The window: runs older than it leave, and ids only they ran go with them.
    const later = appendRun(
      back,
      recordRun(back, { sha: sha(3), date: day(20) }, [['a', 'p']]),
      14,
      new Date(day(20))
    )
    expect(JSON.parse(serializeHistory(later)).ids).toEqual(['a'])
    expect(later.runs.map(r => r.sha)).toEqual([sha(3)])
  })

  it('a re-run with the same run identity replaces its record', () => {
    let h = emptyHistory()
    h = appendRun(
      h,
      recordRun(h, { sha: sha(1), date: day(1), run: '7-1' }, [['a', 'f']]),
      30,
      new Date(day(2))
    )
    h = appendRun(
      h,
      recordRun(h, { sha: sha(1), date: day(2), run: '7-1' }, [['a', 'p']]),
      30,
      new Date(day(2))
    )
    expect(h.runs.map(r => r.o)).toEqual(['p'])
  })

  it('a bad history file is a one-line error naming the file and the first problem', () => {
    const bad = (text: string) => () => parseHistory(text, 'h.json')
    expect(bad('nope')).toThrow(/^h\.json: not a valid flaky history: not JSON/)
    expect(bad('{"schema":"quality-gates/flaky-history","version":2,"ids":[],"runs":[]}')).toThrow(
      /unsupported version 2/
    )
    expect(bad('{"schema":"quality-gates/flaky-history","version":1,"ids":["a","a"],"runs":[]}')).toThrow(
      /listed twice/
    )
    expect(
      bad(
        `{"schema":"quality-gates/flaky-history","version":1,"ids":["a"],"runs":[{"sha":"${sha(1)}","date":"x","o":"p"}]}`
      )
    ).toThrow(/run 0: "date"/)
    expect(
      bad(
        `{"schema":"quality-gates/flaky-history","version":1,"ids":["a"],"runs":[{"sha":"${sha(1)}","date":"${day(1)}","o":"px"}]}`
      )
    ).toThrow(/run 0: "o" must hold/)
  })
})

describe('quarantine policy', () => {
  const opts = { flakes: 3, cleanRuns: 3, cleanDays: 7 }

  it('flake rate and flip rate; a failure on a commit where the test also passed is a flake', () => {
    const h = historyOf([
      [sha(1), day(1), { t: 'p' }],
      [sha(2), day(2), { t: 'f' }],
      [sha(2), day(2), { t: 'p' }],
      [sha(3), day(3), { t: 'k' }],
      [sha(4), day(4), { t: 's' }]
    ])
    const [s] = testStats(h)
    expect(s).toMatchObject({
      id: 't',
      runs: 4,
      flakes: 2,
      flakeCommits: 2,
      flips: 2,
      failures: 1,
      broken: false
    })
    expect(s?.flakeRate).toBe(0.5)
    expect(s?.flipRate).toBeCloseTo(2 / 3)
  })

  it('proposes quarantine after K flakes on 2 distinct commits, not on one commit, and never a broken test', () => {
    const oneCommit = historyOf([1, 2, 3].map(i => [sha(1), day(i), { t: 'k' }]))
    expect(propose(oneCommit, EMPTY_QUARANTINE, opts, NOW).quarantine).toEqual([])
    const twoCommits = historyOf([
      [sha(1), day(1), { t: 'k', always: 'f' }],
      [sha(1), day(2), { t: 'k', always: 'f' }],
      [sha(2), day(3), { t: 'k', always: 'f' }],
      [sha(3), day(4), { t: 'p', always: 'f' }]
    ])
    expect(propose(twoCommits, EMPTY_QUARANTINE, opts, NOW).quarantine.map(s => s.id)).toEqual(['t'])
    // Already quarantined: nothing to propose.
    const q = parseQuarantine('tests:\n  - {id: t, reason: r}\n', 'q.yml', NOW)
    expect(propose(twoCommits, q, opts, NOW).quarantine).toEqual([])
    // Flaked three times, then failed its last 3 runs: broken now, not flaky.
    const nowBroken = historyOf([
      [sha(1), day(1), { t: 'k' }],
      [sha(2), day(2), { t: 'k' }],
      [sha(3), day(3), { t: 'k' }],
      [sha(4), day(4), { t: 'f' }],
      [sha(5), day(5), { t: 'f' }],
      [sha(6), day(6), { t: 'f' }]
    ])
    expect(testStats(nowBroken)[0]?.broken).toBe(true)
    expect(propose(nowBroken, EMPTY_QUARANTINE, opts, NOW).quarantine).toEqual([])
  })

  it('releases with hysteresis: M clean runs in a row AND D days since the last flake', () => {
    const q = parseQuarantine('tests:\n  - {id: t, reason: r, since: 2026-02-01}\n', 'q.yml', NOW)
    const rows = (last: number): [string, string, Record<string, Exclude<Code, '-'>>][] => [
      [sha(1), day(1), { t: 'k' }],
      ...Array.from({ length: last }, (_, i): [string, string, Record<string, Exclude<Code, '-'>>] => [
        sha(10 + i),
        day(2 + i),
        { t: 'p' }
      ])
    ]
    // 3 clean runs, last flake Feb 1, now Mar 1: released.
    expect(propose(historyOf(rows(3)), q, opts, NOW).release.map(s => s.id)).toEqual(['t'])
    // 2 clean runs: not yet.
    expect(propose(historyOf(rows(2)), q, opts, NOW).release).toEqual([])
    // 3 clean runs but the flake was 5 days ago: not yet.
    expect(propose(historyOf(rows(3)), q, opts, new Date(day(6))).release).toEqual([])
    // A flake after clean runs resets the streak.
    const reset = historyOf([...rows(5), [sha(30), day(10), { t: 'k' }], [sha(31), day(11), { t: 'p' }]])
    expect(propose(reset, q, opts, NOW).release).toEqual([])
  })
})

describe('section', () => {
  it('escapes ids and messages, lists proposals and expired entries, and stays within its budget', () => {
    const hostile = '@admin <img src=x> [x](http://evil) `tick`|pipe'
    const r = parseJunit(
      junit(
        tc(hostile.replace(/</g, '&lt;'), `<failure message="${hostile.replace(/</g, '&lt;')}"/>`),
        ...Array.from({ length: 200 }, (_, i) => tc(`t${i}`, `<failure message="${'m'.repeat(5000)}"/>`)),
        `<testcase classname="c" name="ok" file="src/a.test.js" line="3"><failure message="x"/></testcase>`
      ),
      'r.xml'
    )
    const q = parseQuarantine(
      'tests:\n  - {id: old, reason: "@team gone", expires: 2026-01-01}\n',
      'q.yml',
      NOW
    )
    const v = evaluateRun(r, q, { infraFailureRatio: 1 })
    const f = renderFlaky({
      verdict: v,
      quarantine: q,
      proposals: { quarantine: [], release: [] },
      history: { runs: 0, note: 'no history yet', learned: false, notLearned: 'not a default-branch run' },
      bad: [],
      notes: r.notes,
      source: { serverUrl: 'https://github.com', owner: 'acme', repo: 'w', sha: 'a'.repeat(40) }
    })
    expect(f.markdown.length).toBeLessThanOrEqual(40_000)
    // The id shows verbatim in a code span (no mention, tag or link renders there); the message is escaped.
    expect(f.markdown).toContain('| ``s › test › @admin <img src=x> [x](http://evil) `tick`\\|pipe`` |')
    const outsideCode = f.markdown.replace(/``[^\n]*?``/g, '')
    expect(outsideCode).not.toMatch(/@admin|<img|\]\(http:\/\/evil/)
    expect(f.markdown).toMatch(/more tests not shown/)
    expect(f.markdown).toMatch(/expired 2026-01-01, propose removal/)
    expect(f.summary).toBe('202 tests: 202 failed')
    expect(f.annotations).toEqual([
      expect.objectContaining({ path: 'src/a.test.js', startLine: 3, level: 'failure' })
    ])
  })
})
