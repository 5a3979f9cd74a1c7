import { describe, expect, it } from '@jest/globals'
import type { Collected } from '../../src/pr-report/collect.js'
import { compose, cutPlain, overallVerdict, precutMarkdown } from '../../src/pr-report/compose.js'
import { markerLine, readOrder } from '../../src/pr-report/marker.js'
import {
  FRAGMENT_SCHEMA,
  FRAGMENT_VERSION,
  makeFragment,
  parseFragment,
  type FragmentInit,
  type ReportFragment
} from '../../src/shared/fragment.js'

const frag = (gate: string, over: Partial<FragmentInit> = {}): ReportFragment =>
  makeFragment({
    gate,
    status: 'pass',
    title: gate[0]?.toUpperCase() + gate.slice(1),
    summary: `${gate} is fine`,
    markdown: `Details of ${gate}.`,
    metrics: {},
    statusContext: `quality-gates/${gate}`,
    ...over
  })
/** A fragment that skipped validation (compose must hold even then). */
const raw = (gate: string, over: Partial<ReportFragment>): ReportFragment => ({
  ...frag(gate),
  ...over,
  schema: FRAGMENT_SCHEMA,
  version: FRAGMENT_VERSION
})
const collected = (fragments: ReportFragment[], problems: Collected['problems'] = []): Collected => ({
  fragments: fragments.map((fragment, i) => ({ source: `f${i}.json`, fragment })),
  problems
})
const base = { id: 'default', order: [42, 1], runUrl: 'https://github.com/acme/widgets/actions/runs/42' }

const count = (s: string, needle: string) => s.split(needle).length - 1
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Never cut inside markup: every opened block is closed, fences pair up, table lines are whole. */
function expectWholeMarkup(md: string): void {
  expect(count(md, '<details')).toBe(count(md, '</details>'))
  expect(count(md, '<summary>')).toBe(count(md, '</summary>'))
  expect(count(md, '<!-- pr-report:section ')).toBe(count(md, '<!-- /pr-report:section -->'))
  const fences = md.split('\n').filter(l => /^\s*(```|~~~)/.test(l)).length
  expect(fences % 2).toBe(0)
  const broken = md.split('\n').filter(l => l.startsWith('| ') && !l.endsWith('|'))
  expect(broken).toEqual([])
  expect(LONE_SURROGATE.test(md)).toBe(false)
}

function expectWithinBudgets(out: ReturnType<typeof compose>): void {
  expect(out.comment.length).toBeLessThanOrEqual(65_536)
  expect(Buffer.byteLength(out.summary, 'utf8')).toBeLessThanOrEqual(1_048_576)
  for (const s of out.statuses) expect(s.description.length).toBeLessThanOrEqual(140)
  expect(out.comment.split('\n')[0]).toBe(markerLine('default'))
  expectWholeMarkup(out.comment)
  expectWholeMarkup(out.summary)
}

describe('pr-report verdict', () => {
  it.each([
    [['pass', 'fail', 'neutral'], 0, 'fail'],
    [['pass', 'neutral'], 0, 'neutral'],
    [['pass', 'skipped'], 0, 'pass'],
    [['pass'], 1, 'fail'],
    [['fail'], 3, 'fail'],
    [['skipped', 'skipped'], 0, 'skipped'],
    [[], 0, 'fail']
  ] as const)('%j with %i missing → %s (fail closed)', (statuses, problems, expected) => {
    expect(overallVerdict([...statuses], problems)).toBe(expected)
  })
  it.each([
    [['pass'], 1, 'neutral'],
    [[], 0, 'neutral'],
    [['fail'], 1, 'fail']
  ] as const)('on-missing neutral: %j with %i missing → %s', (statuses, problems, expected) => {
    expect(overallVerdict([...statuses], problems, 'neutral')).toBe(expected)
  })
})

describe('pr-report compose', () => {
  it('puts the marker first, a verdict table, open failing sections and statuses', () => {
    const out = compose({
      ...base,
      collected: collected([
        frag('coverage', { summary: '81.2% of lines (floor 80%)' }),
        frag('flaky', { status: 'fail', summary: '2 tests failed', url: 'https://example.com/r' }),
        frag('perf', { status: 'neutral', summary: 'no baseline' }),
        frag('visual', { status: 'skipped', summary: 'no screenshots' })
      ])
    })
    const lines = out.comment.split('\n')
    expect(lines[0]).toBe('<!-- pr-report:v1 id=default -->')
    expect(readOrder(out.comment)).toEqual([42, 1])
    expect(out.overall).toBe('fail')
    expect(out.comment).toContain('## ❌ Quality gates failed')
    // failures first in the table
    const rows = lines.filter(l => l.startsWith('| ') && !l.startsWith('| Gate'))
    expect(rows[0]).toBe('| Flaky | ❌ fail | 2 tests failed | [details](https://example.com/r) |')
    expect(rows.map(r => r.split(' | ')[1])).toEqual(['❌ fail', '⚠️ neutral', '✅ pass', '⏭️ skipped'])
    expect(out.comment).toContain('<details open>\n<summary>❌ <b>Flaky</b>')
    expect(out.comment).toContain('<details>\n<summary>✅ <b>Coverage</b>')
    expect(out.comment).toContain('[workflow run](https://github.com/acme/widgets/actions/runs/42)')
    expect(out.statuses).toEqual([
      {
        context: 'quality-gates/coverage',
        state: 'success',
        description: 'pass: 81.2% of lines (floor 80%)',
        targetUrl: base.runUrl
      },
      {
        context: 'quality-gates/flaky',
        state: 'failure',
        description: 'fail: 2 tests failed',
        targetUrl: base.runUrl
      },
      {
        context: 'quality-gates/perf',
        state: 'success',
        description: 'neutral: no baseline',
        targetUrl: base.runUrl
      },
      {
        context: 'quality-gates/visual',
        state: 'success',
        description: 'skipped: no screenshots',
        targetUrl: base.runUrl
      },
      {
        context: 'quality-gates',
        state: 'failure',
        description: 'fail: 1 failed, 1 neutral, 1 passed, 1 skipped',
        targetUrl: base.runUrl
      }
    ])
    expect(out.overflow).toBe(false)
    expectWithinBudgets(out)
  })

  it('shows an invalid fragment as a line and fails closed, never drops it', () => {
    let problem = ''
    try {
      parseFragment('{"schema":"quality-gates/fragment","version":1,"gate":"BAD"}', 'artifact x: f.json')
    } catch (e) {
      problem = (e as Error).message
    }
    const out = compose({
      ...base,
      collected: collected([frag('coverage')], [{ source: 'artifact x: f.json', error: problem }])
    })
    expect(out.overall).toBe('fail')
    expect(out.missing).toBe(1)
    expect(out.comment).toContain('**Fragments that could not be read**')
    expect(out.comment).toMatch(/- ⚠️ artifact x: f\.json: .*"gate" must match/)
    expect(out.summary).toMatch(/artifact x: f\.json/)
    expect(out.statuses.at(-1)).toMatchObject({ context: 'quality-gates', state: 'failure' })
    expect(out.statuses.at(-1)?.description).toBe('fail: 1 passed, 1 unreadable')
    const lenient = compose({
      ...base,
      onMissing: 'neutral',
      collected: collected([frag('coverage')], [{ source: 'artifact x: f.json', error: problem }])
    })
    expect(lenient.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: 'neutral: 1 passed, 1 unreadable'
    })
  })

  it('keeps duplicate gate ids apart; two results for one context: the worst wins, whatever the order', () => {
    for (const fragments of [
      [frag('unit'), frag('unit', { status: 'fail' })],
      [frag('unit', { status: 'fail' }), frag('unit')]
    ]) {
      const out = compose({ ...base, collected: collected(fragments) })
      expect(out.comment).toMatch(/\| Unit \\\([12]\\\) \| ❌ fail \|/)
      expect(out.comment).toMatch(/\| Unit \\\([12]\\\) \| ✅ pass \|/)
      expect(out.statuses.map(s => [s.context, s.state])).toEqual([
        ['quality-gates/unit', 'failure'],
        ['quality-gates', 'failure']
      ])
      expect(out.comment).toContain('2 results claim this status')
    }
  })

  it('an expected gate without a fragment fails its status and the overall one', () => {
    const out = compose({
      ...base,
      expected: ['coverage', 'coverage/api', 'unit'],
      collected: collected([frag('unit')])
    })
    expect(out.overall).toBe('fail')
    expect(out.statuses.map(s => [s.context, s.state, s.description])).toEqual([
      ['quality-gates/unit', 'success', 'pass: unit is fine'],
      ['quality-gates/coverage', 'failure', 'coverage did not report: its job failed or was skipped'],
      ['quality-gates/coverage/api', 'failure', 'coverage/api did not report: its job failed or was skipped'],
      ['quality-gates', 'failure', 'fail: 1 passed, 2 did not report']
    ])
    expect(out.comment).toContain('coverage did not report')
    const named = compose({
      ...base,
      expected: ['coverage/api'],
      collected: collected([frag('coverage', { statusContext: 'quality-gates/coverage/api' })])
    })
    expect(named.overall).toBe('pass')
  })

  it('refused fork content fails the overall status even with on-missing: neutral', () => {
    const out = compose({
      ...base,
      untrusted: true,
      onMissing: 'neutral',
      collected: collected([frag('coverage', { statusContext: 'quality-gates' })])
    })
    expect(out.overall).toBe('fail')
    expect(out.statuses.at(-1)).toMatchObject({ context: 'quality-gates', state: 'failure' })
    expect(out.statuses.at(-1)?.description).toContain('1 refused')
  })

  it('with expect given, a fork fragment outside the expected gates sets no status (its gate may be a report id)', () => {
    const out = compose({
      ...base,
      untrusted: true,
      expected: ['coverage'],
      collected: collected([frag('coverage'), frag('api', { statusContext: 'quality-gates/api' })])
    })
    expect(out.statuses.map(s => [s.context, s.state])).toEqual([
      ['quality-gates/coverage', 'success'],
      ['quality-gates', 'failure']
    ])
    expect(out.comment).toContain('not among the expected gates')
  })

  it('a fork fragment may only claim its own gate: another report id and the overall context are refused', () => {
    for (const claimed of [
      'quality-gates/other-report',
      'quality-gates',
      'quality-gates/unit/../x',
      'build'
    ]) {
      const out = compose({
        ...base,
        untrusted: true,
        collected: collected([frag('coverage', { statusContext: claimed })])
      })
      expect(out.statuses.map(s => s.context)).toEqual(['quality-gates/coverage', 'quality-gates'])
      expect(out.overall).toBe('fail')
      expect(out.comment).toContain('outside its gate')
    }
    const own = compose({
      ...base,
      untrusted: true,
      collected: collected([frag('coverage', { statusContext: 'quality-gates/coverage/api' })])
    })
    expect(own.statuses.map(s => s.context)).toEqual(['quality-gates/coverage/api', 'quality-gates'])
    expect(own.overall).toBe('pass')
  })

  it('says so when nothing was collected, and fails closed', () => {
    const out = compose({ ...base, collected: collected([]) })
    expect(out.overall).toBe('fail')
    expect(out.missing).toBe(1)
    expect(out.comment).toContain('No quality-gates fragment was found.')
    expect(out.statuses).toEqual([
      {
        context: 'quality-gates',
        state: 'failure',
        description: 'fail: no result: no gate reported',
        targetUrl: base.runUrl
      }
    ])
  })

  it('keeps links of untrusted fragments only when they point into this repository', () => {
    const input = {
      ...base,
      repository: { owner: 'acme', repo: 'widgets' },
      collected: collected([
        frag('a', { url: 'https://evil.example/x' }),
        frag('b', { url: 'https://github.com/acme/widgets/actions/runs/9' })
      ])
    }
    const trusted = compose(input).comment
    expect(trusted).toContain('[details](https://evil.example/x)')
    const untrusted = compose({ ...input, untrusted: true }).comment
    expect(untrusted).not.toContain('evil.example')
    expect(untrusted).toContain('[details](https://github.com/acme/widgets/actions/runs/9)')
  })

  it('a fragment cannot take the overall context, nor (from a fork) any context outside quality-gates/', () => {
    const spoof = [
      frag('build', { statusContext: 'build' }),
      frag('sneaky', { statusContext: 'quality-gates' }),
      frag('ok', { statusContext: 'quality-gates/ok' })
    ]
    const trusted = compose({ ...base, collected: collected(spoof) }).statuses.map(s => s.context)
    expect(trusted).toEqual(['build', 'quality-gates (gate sneaky)', 'quality-gates/ok', 'quality-gates'])
    const forked = compose({ ...base, untrusted: true, collected: collected(spoof) }).statuses.map(
      s => s.context
    )
    expect(forked).toEqual([
      'quality-gates/build',
      'quality-gates/sneaky',
      'quality-gates/ok',
      'quality-gates'
    ])
  })

  it('uses a per-id overall context and marker', () => {
    const out = compose({ ...base, id: 'nightly', collected: collected([frag('a')]) })
    expect(out.comment.split('\n')[0]).toBe('<!-- pr-report:v1 id=nightly -->')
    expect(out.statuses.at(-1)?.context).toBe('quality-gates/nightly')
  })
})

describe('pr-report compose budgets', () => {
  it('1,000 fragments stay under every limit, failures first, the rest counted', () => {
    const fragments = Array.from({ length: 1000 }, (_, i) =>
      frag(`gate-${i}`, {
        status: i % 97 === 0 ? 'fail' : 'pass',
        summary: `summary ${i} `.repeat(20),
        markdown: `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(30)}`
      })
    )
    const out = compose({ ...base, collected: collected(fragments) })
    expectWithinBudgets(out)
    expect(out.overflow).toBe(true)
    expect(out.comment).toMatch(/\| … \d+ more gates in the job summary \| \| \| \|/)
    expect(out.comment).toContain('[job summary](https://github.com/acme/widgets/actions/runs/42)')
    // the 11 failing gates are the first table rows
    const rows = out.comment.split('\n').filter(l => /^\| Gate-\d+ \|/.test(l))
    expect(rows.slice(0, 11).every(r => r.includes('❌ fail'))).toBe(true)
    // the job summary has room for every gate's row
    for (let i = 0; i < 1000; i++) expect(out.summary).toContain(`| Gate-${i} |`)
    expect(out.statuses).toHaveLength(1001)
  })

  it('a 10 MB section is cut on whole markup in the comment and the summary', () => {
    const huge = `Intro\n\n| file | lines |\n|---|---|\n${'| src/a.ts | 10 |\n'.repeat(500_000)}\n\`\`\`\n${'code\n'.repeat(400_000)}\`\`\`\n`
    expect(huge.length).toBeGreaterThan(10_000_000)
    const out = compose({
      ...base,
      collected: collected([raw('big', { status: 'fail', markdown: huge }), frag('small')])
    })
    expectWithinBudgets(out)
    expect(out.comment).toContain('<b>Big</b>')
    // the table was cut between rows and says how many rows are missing
    expect(out.comment).toMatch(/_… \d+ more table rows not shown\._/)
    expect(out.summary).toMatch(/_… \d+ more table rows not shown\._/)
    expect(out.comment).toContain('Small')
    expect(out.summary.length).toBeGreaterThan(65_536)
  })

  it('a 10 MB fragment file is refused by validation and shown as a problem', () => {
    const text = JSON.stringify({ ...frag('big'), markdown: 'x'.repeat(10 * 1024 * 1024) })
    expect(() => parseFragment(text, 'big.json')).toThrow(/big\.json: fragment is larger than/)
  })

  it('emoji everywhere: no split surrogate pairs, limits hold', () => {
    const out = compose({
      ...base,
      collected: collected([
        raw('emoji', {
          status: 'fail',
          summary: '😀'.repeat(500),
          title: '🚀'.repeat(300),
          markdown: '👍🏽 '.repeat(300_000)
        }),
        ...Array.from({ length: 50 }, (_, i) =>
          frag(`e${i}`, { markdown: '🧪'.repeat(5000), summary: '✅'.repeat(200) })
        )
      ])
    })
    expectWithinBudgets(out)
    for (const s of out.statuses) expect(LONE_SURROGATE.test(s.description)).toBe(false)
  })
})

describe('pr-report compose neutralises hostile fragments', () => {
  const evil = frag('evil', {
    status: 'fail',
    title: 'Evil <script>alert(1)</script>',
    summary: 'APPROVED by @acme/security-team and @octocat | x',
    markdown: [
      '<!-- pr-report:v1 id=default -->',
      '<!-- pr-report:state {"order":[999999999]} -->',
      '<script>alert(1)</script>',
      'ping @acme/security-team and @octocat',
      '![pixel](https://evil.example/track.png)',
      '<img src="https://evil.example/x.png">',
      '![ok](https://github.com/acme/widgets/raw/main/ok.png)'
    ].join('\n')
  })
  const out = compose({
    ...base,
    repository: { owner: 'acme', repo: 'widgets' },
    collected: collected([evil])
  })
  const all = `${out.comment}\n${out.summary}`

  it('a forged marker or state is not a marker: only line 1 and 2 are ours', () => {
    const markerLines = out.comment.split('\n').filter(l => l.includes('pr-report:v1'))
    expect(markerLines).toEqual(['<!-- pr-report:v1 id=default -->'])
    expect(out.comment.split('\n').filter(l => l.includes('pr-report:state'))).toHaveLength(1)
    expect(readOrder(out.comment)).toEqual([42, 1])
    expect(out.summary).not.toContain('pr-report:v1')
  })

  it('no live HTML, no mentions, no foreign images', () => {
    expect(all).not.toMatch(/<script/i)
    expect(all).not.toMatch(/@acme\/security-team/)
    expect(all).not.toMatch(/@octocat/)
    // the foreign image is at most a plain link now, never an image
    expect(all).not.toMatch(/(?<!\\)!\[[^\]]*\]\(https:\/\/evil/)
    expect(all).not.toMatch(/<img[^>]+evil\.example/)
    expect(out.comment).toContain('![ok](https://github.com/acme/widgets/raw/main/ok.png)')
    expectWithinBudgets(out)
  })
})

describe('pr-report precut and plain cuts', () => {
  it('cuts on whole lines, closes an open fence, counts the missing table rows', () => {
    const fenced = `intro\n\`\`\`js\n${'x = 1\n'.repeat(1000)}\`\`\`\nafter`
    const a = precutMarkdown(fenced, 1000)
    expect(a.cut).toBe(true)
    expect(a.text.length).toBeLessThanOrEqual(1000)
    expect(a.text.split('\n').filter(l => l.startsWith('```'))).toEqual(['```js', '```'])
    const table = `| a |\n|---|\n${'| 1 |\n'.repeat(1000)}tail`
    const b = precutMarkdown(table, 500)
    expect(b.text).toMatch(/_… \d+ more table rows not shown\._/)
    const shown = b.text.split('\n').filter(l => l === '| 1 |').length
    expect(b.text).toContain(`_… ${1000 - shown} more table rows not shown._`)
    expect(precutMarkdown('short', 10)).toEqual({ text: 'short', cut: false })
  })

  it('cutPlain counts UTF-16 units and never splits a pair', () => {
    expect(cutPlain('a\n b', 10)).toBe('a b')
    const cut = cutPlain('😀'.repeat(100), 11)
    expect(cut.length).toBeLessThanOrEqual(11)
    expect(cut).toBe(`${'😀'.repeat(5)}…`)
  })
})
