// task bisect's pure parts: good/bad from the flake history, the confidence sentence, the section (untrusted commit
// subjects, authors and test ids neutralised) and the JSON document.
import { describe, expect, it } from '@jest/globals'
import {
  confidence,
  defaultRange,
  renderBisect,
  writeBisectJson,
  type BisectRun,
  type CommitRecord
} from '../../src/flaky/bisect.js'
import { parseHistory } from '../../src/flaky/history.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)
const D = 'd'.repeat(40)

function history(ids: string[], runs: [string, string, string?][]) {
  return parseHistory(
    JSON.stringify({
      schema: 'quality-gates/flaky-history',
      version: 1,
      ids,
      runs: runs.map(([sha, o, run], n) => ({
        sha,
        date: `2026-11-${String(n + 1).padStart(2, '0')}T00:00:00.000Z`,
        ...(run ? { run } : {}),
        o
      }))
    }),
    'h.json'
  )
}

describe('defaultRange', () => {
  it('good = the newest commit where the test passed in every run; bad = the oldest later one where it failed', () => {
    const h = history(
      ['t', 'u'],
      [
        [A, 'pp', '1-1'],
        [B, 'pp', '2-1'],
        [B, 'pf', '3-1'],
        [C, 'pp', '4-1'],
        [D, 'fp', '5-1'],
        [A, 'fp', '6-1']
      ]
    )
    expect(defaultRange(h, 't')).toEqual({
      good: C,
      bad: D,
      goodRun: 'run 4-1 of 2026-11-04T00:00:00.000Z',
      badRun: 'run 5-1 of 2026-11-05T00:00:00.000Z'
    })
  })

  it('a commit where the test also failed (or was flaky) is not good; none found = undefined', () => {
    // B passed once and was flaky once: not good. A passed everywhere, then B failed later.
    const h = history(
      ['t'],
      [
        ['aaaaaaa', 'p'],
        [B, 'p'],
        [B, 'k'],
        [C, 'f']
      ]
    )
    expect(defaultRange(h, 't')).toMatchObject({
      good: 'aaaaaaa',
      bad: C,
      goodRun: 'the run of 2026-11-01T00:00:00.000Z'
    })
    expect(
      defaultRange(
        history(
          ['t'],
          [
            [A, 'p'],
            [B, 'p']
          ]
        ),
        't'
      )
    ).toBeUndefined()
    expect(
      defaultRange(
        history(
          ['t'],
          [
            [A, 'f'],
            [B, 'f']
          ]
        ),
        't'
      )
    ).toBeUndefined()
    expect(
      defaultRange(
        history(
          ['t'],
          [
            [A, 'p'],
            [B, 'f']
          ]
        ),
        'not there'
      )
    ).toBeUndefined()
    // Runs without a commit (local) never give one.
    expect(
      defaultRange(
        history(
          ['t'],
          [
            ['local', 'p'],
            ['local', 'f']
          ]
        ),
        't'
      )
    ).toBeUndefined()
  })
})

const rec = (
  sha: string,
  verdict: CommitRecord['verdict'],
  passed: number,
  failed: number
): CommitRecord => ({
  sha,
  subject: 's',
  step: 1,
  runs: passed + failed,
  passed,
  failed,
  verdict
})

describe('confidence', () => {
  it('states the chance that a bad commit passes R runs at the failure rate seen at the culprit', () => {
    const culprit = rec(C, 'bad', 2, 3)
    const judged = [rec(A, 'good', 5, 0), culprit, rec(B, 'good', 5, 0)]
    // (2/5)^5 = 1.024 %; over 2 good verdicts: 1 - (1 - 0.01024)^2 = 2.04 %
    expect(confidence(culprit, judged, 5, false)).toBe(
      '2 commit(s) judged good, each passed 5/5, 5/5; with the failure rate seen at the culprit (3/5) a bad commit passes 5 run(s) in a row with probability 1.0 %, so the chance that one of the 2 good verdicts is wrong is at most 2.0 %'
    )
    expect(confidence(rec(C, 'bad', 0, 5), judged, 5, false)).toMatch(
      /the test failed in every run at the culprit \(5\/5\): at that rate a bad commit never passes 5 runs$/
    )
    expect(confidence(undefined, [], 5, true)).toBe(
      'no commit was judged good in this bisect (the culprit is the first commit after good); the culprit itself was given as bad, so its failure rate is unknown'
    )
    // A rare failure: the chance is large, and said so.
    expect(confidence(rec(C, 'bad', 4, 1), [rec(A, 'good', 5, 0)], 5, false)).toMatch(/probability 33 %$/)
  })
})

describe('renderBisect / writeBisectJson', () => {
  const run: BisectRun = {
    test: 'suite › `tick` @alice <b>x</b>',
    good: A,
    bad: B,
    range: 'given',
    repeat: 5,
    commits: 3,
    outcome: 'found',
    culprit: {
      sha: C,
      subject: 'Fix #12 see https://evil.example/x ![img](https://evil.example/p.png) | @org/team',
      author: '@everyone <script>',
      date: '2026-11-01T00:00:00Z'
    },
    candidates: [],
    judged: [{ ...rec(C, 'bad', 2, 3), subject: '| pipe @bob\nnewline' }],
    confidence: 'c',
    reason: 'r'
  }

  it('neutralises untrusted subjects, authors and ids: no mention, link, image, HTML or broken table', () => {
    const md = renderBisect(run)
    // The id is shown as code (GitHub links and notifies nothing inside a code span), with its backtick kept.
    const [first, ...rest] = md.split('\n')
    expect(first).toBe('Test: ``suite › `tick` @alice <b>x</b>``')
    const text = rest.join('\n')
    expect(text).not.toMatch(/@(alice|everyone|org|bob)\b/)
    expect(text).not.toMatch(/https:\/\/evil/)
    expect(text).not.toContain('<script>')
    expect(text).not.toContain('<b>')
    expect(text).not.toContain('![')
    expect(md).toContain(`\`${C}\``)
    const row = md.split('\n').find(l => l.startsWith('| 1 |'))!
    // 7 cells: the subject's pipe and newline did not add any.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7)
  })

  it('the JSON document holds the culprit and each step', () => {
    let text = ''
    writeBisectJson(run, t => (text += t))
    const json = JSON.parse(text) as Record<string, unknown>
    expect(json).toMatchObject({
      gate: 'flaky',
      task: 'bisect',
      outcome: 'found',
      culprit: { sha: C },
      steps: [{ sha: C, verdict: 'bad', runs: 5, passed: 2, failed: 3 }]
    })
  })
})
