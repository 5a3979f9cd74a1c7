import { describe, expect, it } from '@jest/globals'
import type { Collected } from '../../src/pr-report/collect.js'
import { evaluate, type GateRules } from '../../src/coverage/evaluate.js'
import type { PatchResult } from '../../src/coverage/patch.js'
import { fileUrl, renderCoverage } from '../../src/coverage/render.js'
import {
  compose,
  cutPlain,
  overallVerdict,
  precutMarkdown,
  sectionBody,
  shownSummary
} from '../../src/pr-report/compose.js'
import { markerLine, readOrder } from '../../src/pr-report/marker.js'
import {
  FRAGMENT_SCHEMA,
  FRAGMENT_VERSION,
  headingLine,
  makeFragment,
  retitle,
  parseFragment,
  type FragmentInit,
  type ReportFragment
} from '../../src/shared/fragment.js'
import { summary } from '../support/coverage-summary.js'

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

  it('a gate that measured nothing is neutral in the comment, and its status and the overall one fail closed', () => {
    const empty = frag('coverage', { status: 'neutral', summary: 'nothing to measure', noResult: true })
    const out = compose({ ...base, collected: collected([empty, frag('flaky')]) })
    expect(out.overall).toBe('neutral')
    expect(out.statuses.find(x => x.context === 'quality-gates/coverage')?.state).toBe('failure')
    expect(out.statuses.at(-1)).toMatchObject({ context: 'quality-gates', state: 'failure' })
    expect(out.statuses.at(-1)?.description).toContain('nothing measured')
    // A plain neutral (e.g. on-missing-baseline: neutral, the user's choice) stays green.
    const chosen = compose({ ...base, collected: collected([frag('coverage', { status: 'neutral' })]) })
    expect(chosen.statuses.map(x => x.state)).toEqual(['success', 'success'])
    // The flag survives validation; anything but a boolean is refused.
    expect(parseFragment(JSON.stringify(empty), 'f.json').noResult).toBe(true)
    expect(() => parseFragment(JSON.stringify({ ...empty, noResult: 'yes' }), 'f.json')).toThrow(
      /"noResult" must be a boolean/
    )
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

// ---------------------------------------------------------------- heading lines and coverage links

const SHA = 'c'.repeat(40)
const SOURCE = { serverUrl: 'https://github.com', owner: 'acme', repo: 'widgets', sha: SHA }
const BLOB = `https://github.com/acme/widgets/blob/${SHA}/`

/** A coverage fragment as the gate renders it (evaluate → render), with links when `source` is given. */
function coverageFragment(
  c: {
    head: Record<string, [number, number]>
    base?: Record<string, [number, number]> | null
    patch?: PatchResult | null
    rules?: GateRules
    source?: typeof SOURCE
  },
  extraReason?: string
): ReportFragment {
  const head = summary(c.head)
  const baseSummary = c.base ? summary(c.base) : null
  const patch = c.patch ?? null
  const rules = c.rules ?? {}
  const evaluation = evaluate({ head, base: baseSummary, patch, rules })
  if (extraReason) {
    evaluation.reasons.unshift(extraReason)
    evaluation.status = 'fail'
    evaluation.wouldBe = 'fail'
  }
  return renderCoverage({
    evaluation,
    head,
    base: baseSummary,
    patch,
    rules,
    ...(c.source ? { source: c.source } : {})
  })
}

function patchOf(
  files: { path: string; covered: number; total: number; ranges: [number, number][] }[]
): PatchResult {
  const covered = files.reduce((a, f) => a + f.covered, 0)
  const total = files.reduce((a, f) => a + f.total, 0)
  return {
    lines: total ? { covered, total } : null,
    files: files.map(f => ({ ...f, uncoveredRanges: f.ranges, partialLines: 0 })),
    missingData: [],
    partial: 'miss'
  }
}

/** Representative coverage results: pass, fail, neutral, informational, no patch, no baseline, path rules… */
function representativeCoverage(): ReportFragment[] {
  const head = { 'src/core/a.ts': [913, 1000], 'src/ui/b.ts': [50, 100], 'src/ui/c.ts': [7, 10] } as Record<
    string,
    [number, number]
  >
  const base = { 'src/core/a.ts': [930, 1000], 'src/ui/b.ts': [50, 100], 'src/ui/c.ts': [8, 10] } as Record<
    string,
    [number, number]
  >
  const gaps = patchOf([
    {
      path: 'src/core/a.ts',
      covered: 20,
      total: 29,
      ranges: [
        [3, 6],
        [9, 9]
      ]
    },
    { path: 'src/ui/b.ts', covered: 1, total: 3, ranges: [[40, 41]] },
    { path: 'src/ui/c.ts', covered: 0, total: 1, ranges: [[2, 2]] }
  ])
  const full = patchOf([{ path: 'src/core/a.ts', covered: 12, total: 12, ranges: [] }])
  const unavailable = {
    ...patchOf([]),
    unavailable: 'the report has no per-line hits for 1 changed file(s): a.cpp'
  }
  const all: GateRules = { minProject: 80, maxDrop: 1, minPatch: 80, maxNewUncovered: 0 }
  const paths = [
    { pattern: 'src/ui/**', min: 60 },
    { pattern: 'src/core/**', min: 90 },
    { pattern: 'lib/**', min: 90 }
  ]
  return [
    coverageFragment({
      head,
      base,
      patch: full,
      rules: { minPatch: 80, maxDrop: 2, minProject: 50 },
      source: SOURCE
    }),
    coverageFragment({ head, base, patch: gaps, rules: all, source: SOURCE }),
    coverageFragment({ head, base, patch: unavailable, rules: { minPatch: 80, maxNewUncovered: 0 } }),
    coverageFragment({ head, base, patch: null, rules: { maxDrop: 5 } }),
    coverageFragment({ head, base: null, patch: gaps, rules: { maxDrop: 1, minPatch: 50 } }),
    coverageFragment({ head, base: null, patch: gaps, rules: { maxDrop: 1, onMissingBaseline: 'neutral' } }),
    coverageFragment({ head, base, patch: patchOf([]), rules: { minPatch: 80 } }),
    coverageFragment({ head, base, patch: gaps, rules: { ...all, informational: true } }),
    coverageFragment({ head, base, patch: gaps, rules: { paths }, source: SOURCE }),
    coverageFragment(
      { head, base, patch: gaps, rules: { minPatch: 50 } },
      '2 of 3 reports: a shard is missing'
    ),
    coverageFragment({ head: {}, base: null, patch: null, rules: { minProject: 80 } }),
    coverageFragment({ head, base, patch: gaps })
  ]
}

const STATUS_WORD_OF: Record<string, string> = {
  '✅': 'pass',
  '❌': 'fail',
  '⚠️': 'neutral',
  '⚪': 'neutral',
  '⏭️': 'skipped'
}

/**
 * Words said three or more times in one line. A status emoji counts as its word (❌ is "fail"); tags, paths,
 * numbers and URLs are not words.
 */
function repeatedWords(line: string): string[] {
  const text = line
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/\S*[/.]\S*/g, ' ')
  const counts = new Map<string, number>()
  for (const m of text.matchAll(/✅|❌|⚠️|⚪|⏭️|\p{L}[\p{L}\p{N}']*/gu)) {
    const w = STATUS_WORD_OF[m[0]] ?? m[0].toLowerCase()
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return [...counts].filter(([, n]) => n >= 3).map(([w]) => w)
}

describe('heading and summary lines say each thing once', () => {
  it('the scanner catches the old heading ("❌ **Coverage fail** — … — fail")', () => {
    expect(
      repeatedWords('❌ **Coverage fail** — Project 71.42% (−14.28 pp), patch 57.14% (4 of 7 lines) — fail')
    ).toEqual(['fail'])
    expect(
      repeatedWords('✅ <b>Coverage</b> — uncovered added lines in src/a.ts, src/b.ts, src/c.ts')
    ).toEqual([])
  })

  it('no word three times in any heading, summary, rule, table or status line of representative results', () => {
    const fragments = representativeCoverage()
    const statuses = new Set(fragments.map(f => f.status))
    expect(statuses).toEqual(new Set(['pass', 'fail', 'neutral']))
    const lines: string[] = []
    for (const f of fragments) {
      const md = f.markdown.split('\n')
      expect(md[0]).toBe(headingLine(f))
      lines.push(f.summary, md[0]!, md[2]!, ...md.filter(l => /^- (✅|❌|➖) /.test(l)))
    }
    const frags = fragments.map((fragment, i) => ({ source: `coverage-${i}.json`, fragment }))
    for (const commentLimit of [65_536, 8000]) {
      const out = compose({ ...base, commentLimit, collected: { fragments: frags, problems: [] } })
      const shown = [...out.comment.split('\n'), ...out.summary.split('\n')].filter(
        l => l.startsWith('<summary>') || /^- (✅|❌|⚠️|⏭️) \*\*/.test(l) || l.startsWith('| Coverage')
      )
      if (commentLimit === 8000) expect(shown.some(l => l.startsWith('- '))).toBe(true) // collapsed lines
      lines.push(...shown, ...out.statuses.map(s => s.description))
    }
    expect(lines.length).toBeGreaterThan(80)
    expect(
      lines.map(l => ({ line: l, repeated: repeatedWords(l) })).filter(x => x.repeated.length > 0)
    ).toEqual([])
  })

  it('pr-report leaves out a status word the summary repeats, and a section heading the body repeats', () => {
    const old = frag('coverage', {
      status: 'fail',
      title: 'Coverage',
      summary: 'Project 71.42% (−14.28 pp), patch 57.14% (4 of 7 lines) — fail',
      markdown: '❌ **Coverage fail** — old heading\n\nbody'
    })
    expect(shownSummary(old)).toBe('Project 71.42% (−14.28 pp), patch 57.14% (4 of 7 lines)')
    expect(shownSummary({ status: 'neutral', summary: 'neutral: no baseline' })).toBe('no baseline')
    expect(shownSummary({ status: 'pass', summary: 'compass' })).toBe('compass')
    expect(shownSummary({ status: 'pass', summary: 'bypass — pass' })).toBe('bypass')
    expect(shownSummary({ status: 'fail', summary: 'fail' })).toBe('fail')
    const out = compose({ ...base, collected: collected([old, frag('quiet', { summary: '' })]) })
    expect(out.comment).toContain(
      '<summary>❌ <b>Coverage</b> — Project 71.42% (−14.28 pp), patch 57.14% (4 of 7 lines)</summary>'
    )
    expect(out.comment).toContain('<summary>✅ <b>Quiet</b></summary>')
    expect(out.statuses[0]?.description).toBe('fail: Project 71.42% (−14.28 pp), patch 57.14% (4 of 7 lines)')
    // a body that does not start with exactly the fragment's heading line is kept whole
    expect(out.comment).toContain('\n❌ **Coverage fail** — old heading\n')
    // one that does loses it: the <summary> already says it
    const cov = representativeCoverage()[1]!
    expect(sectionBody(cov)).toBe(cov.markdown.split('\n').slice(2).join('\n'))
    const comment = compose({ ...base, collected: collected([cov]) }).comment
    expect(comment).toContain(`<summary>❌ <b>Coverage</b> — ${cov.summary.replace('<', '&lt;')}</summary>`)
    expect(comment).not.toContain('❌ **Coverage**')
    // a named gate run (the runtime retitles it "Coverage (api)") keeps heading and title in step
    const named = { ...cov }
    retitle(named, 'Coverage (api)')
    expect(named.markdown.split('\n')[0]).toBe(headingLine(named))
    expect(named.markdown.split('\n')[0]).toMatch(/^❌ \*\*Coverage \\\(api\\\)\*\* — /)
    expect(sectionBody(named)).toBe(sectionBody(cov))
    const other = { ...cov, markdown: 'no heading here' }
    retitle(other, 'Coverage (api)')
    expect(other.markdown).toBe('no heading here')
  })
})

describe('coverage links through pr-report', () => {
  const hostile = [
    'src/a b#?%é.ts',
    'src/x](evil.example)[y.ts',
    'src/a)b].ts',
    'src/`code`](javascript:alert(1)).ts',
    'src/**bold** <img src=x> @team #1.ts',
    'src/[a](javascript:alert(1)).ts',
    'src/a|b.ts',
    // an empty segment (`//`): no link at all, the name is shown as text
    'src/x](https://evil.example/)[y.ts'
  ]

  function linksIn(html: string): { href: string; text: string }[] {
    const decode = (s: string) =>
      s
        .replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\u200b|\u200d/g, '')
    return [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map(m => ({
      href: decode(m[1]!),
      text: decode(m[2]!)
    }))
  }

  it.each([
    ['a same-repository fragment', false],
    ['a fork fragment', true]
  ])('%s keeps every file and line link; a hostile path cannot leave its link', async (_name, untrusted) => {
    const { marked } = await import('marked')
    const files = hostile.map((path, i) => ({
      path,
      covered: 0,
      total: 2,
      ranges: [[i + 1, i + 2]] as [number, number][]
    }))
    const head = Object.fromEntries(hostile.map(p => [p, [0, 2] as [number, number]]))
    const f = coverageFragment({
      head,
      base: head,
      patch: patchOf(files),
      rules: { minPatch: 80 },
      source: SOURCE
    })
    const changed = hostile.map(path => ({ path, status: 'modified', added: [1], binary: false }))
    const withTable = renderCoverage({
      evaluation: evaluate({
        head: summary(head),
        base: summary(head),
        patch: patchOf(files),
        rules: { minPatch: 80 }
      }),
      head: summary(head),
      base: summary(head),
      patch: patchOf(files),
      changed: changed as never,
      rules: { minPatch: 80 },
      source: SOURCE
    })
    for (const fragment of [f, withTable]) {
      const out = compose({
        ...base,
        repository: { owner: 'acme', repo: 'widgets' },
        untrusted,
        collected: collected([fragment])
      })
      const section = out.comment.slice(
        out.comment.indexOf('<!-- pr-report:section'),
        out.comment.indexOf('<!-- /pr-report:section -->')
      )
      const links = linksIn(marked.parse(section, { gfm: true, async: false }) as string)
      // every link goes to a file of this repository at the commit; nothing else became a link
      expect(links.filter(l => !l.href.startsWith(BLOB))).toEqual([])
      expect(section).not.toMatch(/href="(?!https:\/\/github\.com\/acme\/widgets\/)/)
      // Backticks aside (the sanitizer never pairs a code span across a `|`, so that name shows its backticks),
      // each link's text is the path it links to.
      const bare = (s: string) => s.replace(/`/g, '')
      const shown = links.map(l => ({ href: l.href, text: bare(l.text) }))
      for (const [i, path] of hostile.entries()) {
        const url = fileUrl(BLOB, path)
        if (url === null) {
          expect(path).toContain('//')
          expect(shown.filter(l => l.text === path)).toEqual([])
          continue
        }
        expect(shown).toContainEqual({ href: url, text: bare(path) })
        expect(shown).toContainEqual({ href: `${url}#L${i + 1}-L${i + 2}`, text: `L${i + 1}-L${i + 2}` })
      }
    }
  })
})
