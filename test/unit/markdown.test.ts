import { describe, expect, it } from '@jest/globals'
import {
  cutTableRows,
  details,
  escapeCell,
  escapeHtml,
  escapeText,
  fitToBudget,
  inlineCode,
  mermaidXYChart,
  percent,
  signedDelta,
  table,
  type Section
} from '../../src/shared/markdown.js'
import { sanitizeMarkdown } from '../../src/shared/sanitize.js'

const ZWJ = '\u200D'

describe('escapeText / escapeCell', () => {
  it('escapes markdown punctuation and HTML', () => {
    expect(escapeText('a|b\\c<d>e[f](g)!h*i_j~k#l`m&n')).toBe(
      'a\\|b\\\\c&lt;d\\>e\\[f\\]\\(g\\)\\!h\\*i\\_j\\~k\\#l\\`m&amp;n'
    )
  })
  it('turns newlines into spaces and drops control characters', () => {
    expect(escapeText('line1\nline2\r\nline3\u0007')).toBe('line1 line2 line3')
  })
  it('neutralises mentions, team mentions, issue references and autolinks', () => {
    const out = escapeText('@octocat @github/team #12 https://evil.example www.evil.example')
    expect(out).toBe(
      `@${ZWJ}octocat @${ZWJ}github/team \\#${ZWJ}12 https:${ZWJ}//evil.example www${ZWJ}.evil.example`
    )
  })
  it('breaks www. autolinks even right after a word character', () => {
    expect(escapeText('_www.evil.example')).toBe(`\\_www${ZWJ}.evil.example`)
  })
  it('neutralises <!-- so no hidden marker can be written', () => {
    expect(escapeText('<!-- pr-report:v1 -->')).not.toContain('<!--')
  })
  it('stops leading list, heading-underline and ordered-list syntax', () => {
    expect(escapeText('- item')).toBe('\\- item')
    expect(escapeText('+ item')).toBe('\\+ item')
    expect(escapeText('===')).toBe('\\===')
    expect(escapeText('12. item')).toBe('12\\. item')
    expect(escapeText('3) item')).toBe('3\\) item')
    expect(escapeText('2026-01-01')).toBe('2026-01-01')
  })
  it('bounds the escaped length with … and never splits an escape or a surrogate pair', () => {
    expect(escapeText('abcdef', 4)).toBe('abc…')
    expect(escapeText('abc', 3)).toBe('abc')
    const emoji = escapeText('😀😀😀😀', 5)
    expect(emoji).toBe('😀😀…')
    const escaped = escapeText('||||||', 5)
    expect(escaped).toBe('\\|\\|…')
    for (let max = 1; max < 30; max++) {
      const out = escapeText('a*b<c😀d@e|f', max)
      expect(out.length).toBeLessThanOrEqual(max)
      expect(/\\…|&[a-z]*…|[\uD800-\uDBFF]…/.test(out)).toBe(false)
    }
  })
  it('is stable under the sanitiser (an escaped value stays inert)', () => {
    const hostile = '<img src=x onerror=alert(1)> @user `x` [a](javascript:1)'
    const escaped = escapeText(hostile)
    expect(sanitizeMarkdown(escaped, {})).toBe(escaped)
  })
  it('escapeCell keeps a table row intact', () => {
    const row = table(['a', 'b'], [[escapeCell('x|y\nz'), escapeCell('`|`')]])
    expect(row.split('\n')).toHaveLength(3)
    expect(row.split('\n')[2]).toBe('| x\\|y z | \\`\\|\\` |')
  })
  it('escapeHtml is for HTML contexts like <summary>', () => {
    expect(escapeHtml('<b>&"@x`*')).toBe(`&lt;b&gt;&amp;&quot;@${ZWJ}x&#96;&#42;`)
  })
})

describe('inlineCode', () => {
  it('chooses a fence longer than any backtick run inside', () => {
    expect(inlineCode('plain')).toBe('`plain`')
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('a``b`')).toBe('``` a``b` ```')
    expect(inlineCode('`')).toBe('`` ` ``')
    expect(inlineCode('')).toBe('` `')
  })
  it('escapes pipes for table cells unless told otherwise, and flattens newlines', () => {
    expect(inlineCode('a|b')).toBe('`a\\|b`')
    expect(inlineCode('a|b', undefined, { cell: false })).toBe('`a|b`')
    expect(inlineCode('a\nb')).toBe('`a b`')
  })
  it('keeps a backslash before a pipe from splitting the cell', () => {
    // GitHub pairs `\\` first, so the pipe needs its own backslash after an odd run
    expect(inlineCode('a\\|b')).toBe('`a\\\\\\|b`')
    expect(inlineCode('a\\\\|b')).toBe('`a\\\\\\|b`')
    const md = table(['x'], [[inlineCode('@user\\|<img src=x>')]])
    expect(md.split('\n')[2]).toBe('| `@user\\\\\\|<img src=x>` |')
  })
  it('bounds the content', () => {
    expect(inlineCode('abcdefgh', 4)).toBe('`abc…`')
  })
  it('keeps @mentions inert inside the span (GitHub does not notify inside code)', () => {
    expect(sanitizeMarkdown(inlineCode('@octocat'), {})).toBe('`@octocat`')
  })
})

describe('table / details / cutTableRows', () => {
  it('renders headers, alignment and pads short rows', () => {
    expect(table(['File', 'Cov'], [['a', '1'], ['b']], ['l', 'r'])).toBe(
      '| File | Cov |\n| :--- | ---: |\n| a | 1 |\n| b |  |'
    )
    expect(table(['x'], [], ['c'])).toBe('| x |\n| :---: |')
    expect(table([], [])).toBe('')
  })
  it('details separates the body with blank lines', () => {
    expect(details('Sum', 'body')).toBe('<details>\n<summary>Sum</summary>\n\nbody\n\n</details>')
    expect(details('S', 'b', true).startsWith('<details open>')).toBe(true)
  })
  it('cutTableRows keeps the first rows and counts the rest', () => {
    const rows = [['1'], ['2'], ['3']]
    expect(cutTableRows(rows, 2)).toEqual({ rows: [['1'], ['2']], omitted: 1 })
    expect(cutTableRows(rows, 5)).toEqual({ rows, omitted: 0 })
    expect(cutTableRows(rows, -1)).toEqual({ rows: [], omitted: 3 })
  })
})

describe('percent', () => {
  it('formats exact ratios, truncating toward zero', () => {
    expect(percent(7, 8)).toBe('87.50%')
    expect(percent(1, 3)).toBe('33.33%')
    expect(percent(2, 3)).toBe('66.66%')
    expect(percent(0, 5)).toBe('0.00%')
    expect(percent(5, 5)).toBe('100.00%')
    expect(percent(1, 3, 0)).toBe('33%')
    expect(percent(1, 3, 4)).toBe('33.3333%')
  })
  it('never shows 100.00% when something is uncovered', () => {
    expect(percent(99999, 100000)).toBe('99.99%')
    expect(percent(9_007_199_254_740_990, 9_007_199_254_740_991)).toBe('99.99%')
  })
  it("total 0 is 'n/a'", () => {
    expect(percent(0, 0)).toBe('n/a')
  })
  it('refuses negative or non-finite counts', () => {
    expect(() => percent(-1, 2)).toThrow(RangeError)
    expect(() => percent(1, NaN)).toThrow(RangeError)
  })
})

describe('signedDelta', () => {
  it('formats exact percentage-point changes', () => {
    expect(signedDelta({ covered: 90, total: 100 }, { covered: 89, total: 100 })).toBe('+1.00 pp')
    expect(signedDelta({ covered: 88, total: 100 }, { covered: 89, total: 100 })).toBe('\u22121.00 pp')
    expect(signedDelta({ covered: 1012, total: 10000 }, { covered: 1000, total: 10000 })).toBe('+0.12 pp')
  })
  it('±0.00 only for an exact zero, even with different denominators', () => {
    expect(signedDelta({ covered: 1336, total: 1683 }, { covered: 1336, total: 1683 })).toBe('±0.00 pp')
    expect(signedDelta({ covered: 2, total: 4 }, { covered: 1, total: 2 })).toBe('±0.00 pp')
  })
  it('marks tiny non-zero changes instead of showing a signed zero', () => {
    expect(signedDelta({ covered: 100001, total: 1000000 }, { covered: 1, total: 10 })).toBe('<+0.01 pp')
    expect(signedDelta({ covered: 99999, total: 1000000 }, { covered: 1, total: 10 })).toBe('>\u22120.01 pp')
  })
  it("either total 0 is 'n/a'", () => {
    expect(signedDelta({ covered: 0, total: 0 }, { covered: 1, total: 2 })).toBe('n/a')
  })
})

describe('mermaidXYChart', () => {
  it('renders an xychart-beta block', () => {
    const out = mermaidXYChart({
      title: 'Coverage',
      xLabels: ['a1', 'b2'],
      yLabel: '%',
      series: [
        { kind: 'line', values: [80, 82.5] },
        { kind: 'bar', values: [1, 2] }
      ],
      yMin: 0,
      yMax: 100
    })
    expect(out).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Coverage"',
        '    x-axis ["a1", "b2"]',
        '    y-axis "%" 0 --> 100',
        '    line [80, 82.5]',
        '    bar [1, 2]',
        '```'
      ].join('\n')
    )
  })
  it('keeps hostile labels inside their quotes and the fence', () => {
    const out = mermaidXYChart({
      title: 'x"\n```\n<script>%%{init}%%',
      xLabels: ['"]; click A "javascript:alert(1)"', '```'],
      yLabel: '@team',
      series: [{ kind: 'line', values: [1, 2] }]
    })
    const lines = out.split('\n')
    expect(lines.filter(l => l.startsWith('```'))).toEqual(['```mermaid', '```'])
    for (const l of lines.slice(2, 5)) expect((l.match(/"/g) ?? []).length % 2).toBe(0)
    expect(out).not.toContain('<script')
    expect(out).not.toContain('%%')
    expect(out).toContain('y-axis "@team" 1 --> 2')
  })
  it('returns empty for no points and refuses mismatched or non-finite series', () => {
    expect(mermaidXYChart({ title: 't', xLabels: [], yLabel: 'y', series: [] })).toBe('')
    expect(() =>
      mermaidXYChart({ title: 't', xLabels: ['a'], yLabel: 'y', series: [{ kind: 'bar', values: [1, 2] }] })
    ).toThrow(RangeError)
    expect(() =>
      mermaidXYChart({ title: 't', xLabels: ['a'], yLabel: 'y', series: [{ kind: 'bar', values: [NaN] }] })
    ).toThrow(RangeError)
  })
})

describe('fitToBudget', () => {
  const sec = (id: string, size: number, priority: number): Section => ({
    id,
    full: `## ${id}\n${'x'.repeat(size)}`,
    collapsed: `<details><summary>${id}</summary></details>`,
    priority
  })

  it('keeps everything when it fits', () => {
    const r = fitToBudget('H', [sec('a', 10, 1), sec('b', 10, 2)], 'T', 1000)
    expect(r.collapsed).toEqual([])
    expect(r.overflowed).toEqual([])
    expect(r.text).toBe(`H\n\n## a\n${'x'.repeat(10)}\n\n## b\n${'x'.repeat(10)}\n\nT`)
  })
  it('collapses the lowest priority first, keeping the order of sections', () => {
    const sections = [sec('high', 100, 3), sec('low', 100, 1), sec('mid', 100, 2)]
    const all = fitToBudget('H', sections, 'T', 100000).text.length
    const r = fitToBudget('H', sections, 'T', all - 10)
    expect(r.collapsed).toEqual(['low'])
    expect(r.text.indexOf('high')).toBeLessThan(r.text.indexOf('low'))
    expect(r.text.indexOf('low')).toBeLessThan(r.text.indexOf('mid'))
    const r2 = fitToBudget('H', sections, 'T', all - 100)
    expect(r2.collapsed).toEqual(['low', 'mid'])
  })
  it('then drops whole sections with an overflow line', () => {
    const sections = [sec('a', 100, 3), sec('b', 100, 1), sec('c', 100, 2)]
    const r = fitToBudget('H', sections, 'T', 125)
    expect(r.overflowed).toEqual(['b'])
    expect(r.collapsed).toEqual(['a', 'c'])
    expect(r.text).toMatch(/_\d more sections? in the job summary\._/)
    expect(r.text.length).toBeLessThanOrEqual(125)
    // never a partial section
    for (const s of sections) {
      if (r.text.includes(`## ${s.id}`)) expect(r.text).toContain(s.full)
    }
  })
  it('guarantees the limit with huge and multibyte input', () => {
    const emoji = '😀'.repeat(50_000)
    const sections: Section[] = Array.from({ length: 200 }, (_, i) => ({
      id: `s${i}`,
      full: `${emoji}${i}`,
      collapsed: `😀 s${i}`,
      priority: i % 7
    }))
    for (const limit of [0, 10, 100, 1000, 65_536, 200_000, 10_000_000]) {
      const r = fitToBudget('# Head 😀', sections, 'tail', limit)
      expect(r.text.length).toBeLessThanOrEqual(limit)
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(r.text)).toBe(false)
      expect(r.collapsed.length + r.overflowed.length).toBeLessThanOrEqual(200)
    }
    const r = fitToBudget('H', sections, 'T', 65_536)
    expect(r.overflowed.length + r.collapsed.length).toBeGreaterThan(0)
    expect(r.droppedHeadOrTail).toBe(false)
  })
  it('leaves out the tail, then the head, only when nothing else helps', () => {
    const r = fitToBudget('H'.repeat(50), [], 'T'.repeat(50), 60)
    expect(r.text).toBe('H'.repeat(50))
    expect(r.droppedHeadOrTail).toBe(true)
    expect(fitToBudget('H'.repeat(50), [], '', 10).text).toBe('')
  })
})

describe('escaping, checked with an independent renderer on random hostile text', () => {
  it('keeps table structure and renders no mention, link, tag or comment', async () => {
    const { marked } = await import('marked')
    const pieces = [
      '`',
      '|',
      '\\',
      '<',
      '>',
      '@user',
      '@o/t',
      '#1',
      '*',
      '_',
      '~',
      '[',
      ']',
      '(',
      ')',
      '!',
      '&',
      '&#64;',
      '\n',
      ' ',
      '-',
      '+',
      '1.',
      '<!--',
      'http://x.y',
      'www.x.y',
      'a',
      '😀',
      '\t',
      '$',
      '<img src=x>',
      '<details>',
      '</details>',
      '"',
      "'",
      ':'
    ]
    let seed = 99
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    const failures: string[] = []
    for (let it = 0; it < 2000; it++) {
      let s = ''
      const n = 1 + Math.floor(rnd() * 12)
      for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)] as string
      const md = [
        table(
          ['h1', 'h2'],
          [
            [escapeCell(s), inlineCode(s)],
            [escapeCell(s, 10), inlineCode(s, 5)]
          ]
        ),
        escapeText(s),
        details(escapeHtml(s), escapeText(s))
      ].join('\n\n')
      const html = marked.parse(md, { gfm: true, async: false })
      const bad: string[] = []
      if ((html.match(/<tr>/g) ?? []).length !== 3 || (html.match(/<td>/g) ?? []).length !== 4)
        bad.push('table')
      if (/<img|<a |<!--/.test(html)) bad.push('tag or link')
      if ((html.match(/<details>/g) ?? []).length !== 1 || (html.match(/<\/details>/g) ?? []).length !== 1) {
        bad.push('details')
      }
      const text = html
        .replace(/<code>[\s\S]*?<\/code>/g, '')
        .replace(/<[^>]*>/g, '')
        .replace(/&#64;/g, '@')
      if (/(?:^|[^A-Za-z0-9])@[A-Za-z0-9]/.test(text)) bad.push('mention')
      if (bad.length > 0) failures.push(`${bad.join(',')}: ${JSON.stringify(s)}`)
    }
    expect(failures.slice(0, 5)).toEqual([])
  })
})
