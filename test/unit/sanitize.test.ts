import { describe, expect, it } from '@jest/globals'
import {
  containerPrefixLength,
  isTableDelimiterRow,
  sanitizeMarkdown,
  type SanitizeOptions
} from '../../src/shared/sanitize.js'

const ZWJ = '\u200D'
const ZWSP = '\u200B'
const opts = { allowImagePrefixes: ['https://img.shields.io/', 'https://raw.githubusercontent.com/o/r/'] }
const s = (md: string, o: SanitizeOptions = opts): string => sanitizeMarkdown(md, o)

/** Every `@name` outside code must be broken by a joiner. */
function liveMentions(text: string): string[] {
  return [...text.matchAll(/(?<![A-Za-z0-9`])@[A-Za-z0-9][\w/-]*/g)].map(m => m[0])
}

describe('sanitizeMarkdown: HTML', () => {
  it('removes script and style elements with their content', () => {
    const out = s('a<script>alert("@x")</script>b<style>body{}</style>c<SCRIPT src=x></SCRIPT>d')
    expect(out).toBe('abcd')
  })
  it('drops <img onerror> with a disallowed src, keeps an allowed one with safe attributes only', () => {
    // a line emptied by a dropped tag keeps a zero-width space, so it stays a non-blank line for GitHub too
    expect(s('<img src=x onerror=alert(1)>')).toBe(ZWSP)
    const ok = s(
      '<img src="https://img.shields.io/badge.svg" onerror="alert(1)" width=80 style="x" alt="cov">'
    )
    expect(ok).toBe('<img src="https://img.shields.io/badge.svg" alt="cov" width="80">')
  })
  it('rejects image URLs that only look like an allowed prefix', () => {
    expect(s('<img src="https://img.shields.io.evil.com/x.png">')).toBe(ZWSP)
    expect(s('<img src="https://img.shields.io/@evil.com/x.png">')).toBe(ZWSP)
    expect(s('<img src="javascript:https://img.shields.io/">')).toBe(ZWSP)
    expect(s('<img src="https://img.shields.io/x.svg">', {})).toBe(ZWSP)
  })
  it('removes iframes, anchors (javascript: or not), on* attributes and unknown tags but keeps their text', () => {
    expect(s('<iframe src="https://evil"></iframe><a href="javascript:alert(1)">click</a>')).toBe('click')
    expect(s('<div onclick="x" class="y">text</div>')).toBe('text')
    expect(s('<b onmouseover="x">bold</b> <sub>2</sub><sup>3</sup> <code>c</code><br/>')).toBe(
      '<b>bold</b> <sub>2</sub><sup>3</sup> <code>c</code><br>'
    )
  })
  it('keeps only the open attribute of details', () => {
    expect(s('<details open class="x" onclick="y">\n<summary id=1>S</summary>\n\nbody\n</details>')).toBe(
      '<details open>\n<summary>S</summary>\n\nbody\n</details>'
    )
  })
  it('escapes every < that is not a kept tag (no autolinks, declarations or broken tags)', () => {
    expect(s('<javascript:alert(1)> <!DOCTYPE html> <? php ?> a < b')).toBe(
      '&lt;javascript:alert(1)> &lt;!DOCTYPE html> &lt;? php ?> a &lt; b'
    )
    expect(s('\\<img src=x>')).toBe('&lt;img src=x>')
  })
})

describe('sanitizeMarkdown: comments and forged markers', () => {
  it('removes every HTML comment, also inside code and unterminated ones', () => {
    expect(s('<!-- pr-report:v1 id=x -->hello')).toBe('hello')
    expect(s('a <!-- quality-gates\nmulti\nline --> b')).toBe('a  b')
    expect(s('```\n<!-- pr-report:v1 -->\n```')).toBe('```\n\n```')
    // the emptied code span is an unmatched run of two backticks now, so it is escaped
    expect(s('`<!-- pr-report:v1 -->`')).toBe('\\`\\`')
    const open = s('x <!-- pr-report:v1 never closed\nmore')
    expect(open).not.toContain('<!--')
    expect(open).toContain('&lt;!-- pr-report:v1 never closed')
  })
  it('cannot be tricked into forming a comment by removal', () => {
    for (const md of [
      '<!<!---->-- pr-report:v1 -->',
      '<!-<script></script>- pr-report',
      '<<!---->!-- x',
      '<!-->x<!--->y'
    ]) {
      expect(s(md)).not.toContain('<!--')
    }
  })
})

describe('sanitizeMarkdown: mentions', () => {
  it('neutralises @user and @org/team in text', () => {
    const out = s('ping @octocat and @github/security-team, mail a@b.com')
    expect(out).toBe(`ping @${ZWJ}octocat and @${ZWJ}github/security-team, mail a@${ZWJ}b.com`)
    expect(liveMentions(out)).toEqual([])
  })
  it('leaves @mentions inside code spans and fences untouched', () => {
    expect(s('see `@octocat` and ``a ` @b``')).toBe('see `@octocat` and ``a ` @b``')
    expect(s('```\n@octocat\n```')).toBe('```\n@octocat\n```')
    expect(s('~~~~ sh\n@x\n~~~\n~~~~~')).toBe('~~~~sh\n@x\n~~~\n~~~~')
  })
  it('neutralises entity-encoded and escaped @, and mentions glued together by a dropped tag', () => {
    const out = s('&#64;a &#x40;b &commat;c \\@d @<span>e</span> <b>@f</b>')
    expect(liveMentions(out.replace(/\\/g, ''))).toEqual([])
    // the dropped tag leaves a zero-width space: "@" and "e" cannot join into a mention
    expect(out).toContain(`@${ZWSP}e`)
  })
  it('treats lines that may be raw HTML as text: no code spans there', () => {
    const out = s('<details>\n`@team/x` `<img src="https://evil.example/p.png">`\n</details>')
    expect(out).not.toContain('evil.example')
    expect(out).toContain(`@${ZWJ}team/x`)
  })
  it('does not pair code spans across lines or table pipes (GitHub would not either)', () => {
    // GitHub pairs line 1's backtick with line 2's first one, so "@user" would be text there.
    const out = s('a `b\n`@user` c`')
    expect(out).toBe('a \\`b\n`@user` c\\`')
    // In a table, pipes split cells before code spans are found.
    const cell = s('| `a | @user` |')
    expect(cell).toBe(`| \\\`a | @${ZWJ}user\\\` |`)
  })
})

describe('sanitizeMarkdown: links and images', () => {
  // links: 'any' is the policy for trusted (same-run) fragments; fork content gets 'repository' (the default).
  const any: SanitizeOptions = { ...opts, links: 'any' }
  it('keeps http(s) and #anchor links, replaces other targets and drops titles', () => {
    expect(
      s(
        '[a](https://example.com/x?q=1 "t @x") [b](javascript:alert(1)) [c](#frag) [d](data:text/html,x)',
        any
      )
    ).toBe('[a](https://example.com/x?q=1) [b](#) [c](#frag) [d](#)')
    expect(s('[a](<https://e.com/a b>)', any)).toBe('[a](https://e.com/a%20b)')
  })
  it('escapes ]( that GitHub would not parse as a link, so it cannot become one', () => {
    expect(s('[a](https://x y z)', any)).toBe('[a]\\(https://x y z)')
  })
  it('keeps markdown images only from allowed prefixes', () => {
    expect(s('![cov](https://img.shields.io/badge/c-90-green.svg)')).toBe(
      '![cov](https://img.shields.io/badge/c-90-green.svg)'
    )
    // (before: the refused image stayed a live link to the same off-site URL; now the URL is inert text)
    expect(s('![x](https://evil.example/pixel.png)')).toBe(`\\![x]\\(https:${ZWJ}//evil.example/pixel.png)`)
    expect(s('![x][ref]\n\n[ref]: https://evil.example/p.png')).toBe(
      `\\![x][ref]\n\n\\[ref]: https:${ZWJ}//evil.example/p.png`
    )
    expect(s('!<span>[x](https://evil.example/p.png)')).toBe(
      `!${ZWSP}[x]\\(https:${ZWJ}//evil.example/p.png)`
    )
    expect(s('[x]<i>(javascript:alert(1))')).toBe(`[x]${ZWSP}(javascript:alert(1))`)
    expect(s('``<i>`x')).toBe(`\\\`\\\`${ZWSP}\\\`x`)
  })
})

describe('sanitizeMarkdown: structure', () => {
  it('closes unclosed details (also nested) and drops stray closers', () => {
    expect(s('<details><summary>a</summary>\n\n<details open>\n\nx')).toBe(
      '<details><summary>a</summary>\n\n<details open>\n\nx\n\n</details>\n\n</details>'
    )
    expect(s('</details></summary>text</b>')).toBe(`${ZWSP}text`)
    // only at the top level: inside a list item, quote or table they are dropped (GitHub would close them)
    expect(s('- <details>\n\nx')).toBe('- \n\nx')
    expect(s('| a |\n| - |\n<details>')).toBe(`| a |\n| - |\n${ZWSP}`)
    expect(s('text <details>')).toBe('text ')
    expect(s('<details><summary>open summary')).toBe(
      '<details><summary>open summary\n\n</summary>\n\n</details>'
    )
  })
  it('balances inline tags at paragraph ends', () => {
    expect(s('<b>bold\n\nnext')).toBe('<b>bold</b>\n\nnext')
    expect(s('<b><sub>x</b>y')).toBe('<b><sub>x</sub></b>y')
  })
  it('closes an unterminated fence so the fragment cannot swallow what follows', () => {
    expect(s('text\n```js\n@x\nmore')).toBe('text\n\n```js\n@x\nmore\n```')
  })
  it('re-emits fences at column 0 after a blank line with a clean info string', () => {
    expect(s('para\n   ```js onload=x\ncode\n  ```')).toBe('para\n\n```js\ncode\n```')
    expect(s('```a`b```')).toBe('```a`b```')
  })
  it('keeps tables, lists and emphasis as they are', () => {
    const md = '| File | % |\n| --- | ---: |\n| `src/a.ts` | 90 |\n\n- item *one*\n- item **two**\n\n> quote'
    expect(s(md)).toBe(md)
  })
  it('normalises CRLF and drops control characters, keeps unicode', () => {
    expect(s('a\r\nb\u0007\rc 😀 é 日本')).toBe('a\nb\nc 😀 é 日本')
  })
})

describe('sanitizeMarkdown: length cap', () => {
  it('never exceeds maxLength, closes what is open and says it was cut', () => {
    const md =
      '<details><summary>x</summary>\n\n' + 'y @u 😀 &amp; '.repeat(2000) + '\n```\ncode\n'.repeat(50)
    for (const maxLength of [0, 5, 40, 60, 100, 1000, 5000, 30000]) {
      const out = sanitizeMarkdown(md, { maxLength })
      expect(out.length).toBeLessThanOrEqual(maxLength)
      if (out.length > 0) {
        expect(out.endsWith('</details>')).toBe(true)
        expect(out).toContain('_… truncated_')
        expect(out.split('<details>').length).toBe(out.split('</details>').length)
        // never a lone surrogate, never a half entity
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out)).toBe(false)
        expect(/&[a-z]*(?![a-z;])/.test(out.replace(/&amp;|&lt;/g, ''))).toBe(false)
      }
    }
  })
  it('does not cut inside a tag or a code span', () => {
    const md = 'a '.repeat(10) + '`code span @x`' + ' b'.repeat(10)
    for (let maxLength = 20; maxLength < 60; maxLength++) {
      const out = sanitizeMarkdown(md, { maxLength })
      expect(out.length).toBeLessThanOrEqual(maxLength)
      const ticks = (out.match(/(?<!\\)`/g) ?? []).length
      expect(ticks % 2).toBe(0)
    }
  })
  it('closes a fence cut in the middle', () => {
    const out = sanitizeMarkdown('```\n' + 'line\n'.repeat(100), { maxLength: 80 })
    expect(out.length).toBeLessThanOrEqual(80)
    expect(out.startsWith('```\nline')).toBe(true)
    expect(out).toMatch(/\n```\n\n_… truncated_$/)
  })
  it('leaves short input alone', () => {
    expect(sanitizeMarkdown('short', { maxLength: 5 })).toBe('short')
  })
})

// No timings here (the rule: speed lives in bench/); a super-linear sanitiser would run into jest's timeout.
describe('sanitizeMarkdown: size', () => {
  it('handles 10 MB of hostile input', () => {
    const unit = 'text @user `code` <b>x</b> <img src=x onerror=y> <!-- c --> [l](https://e.com) | ` | `\n'
    const big = unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length))
    const out = sanitizeMarkdown(big, {})
    expect(out).not.toContain('<!--')
    expect(out).not.toContain('onerror')
    expect(liveMentions(out.replace(/`[^`\n]*`/g, ''))).toEqual([])
  })
  it('passes 10 MB of ordinary text through unchanged', () => {
    const big = 'The quick brown fox jumps over the lazy dog, see `code` and **bold**.\n'.repeat(150_000)
    const out = sanitizeMarkdown(big, {})
    expect(out).toBe(big)
  })
  it('finishes on pathological patterns (unclosed tags, quotes, backticks, comments)', () => {
    const n = 100_000
    for (const piece of ['<a x="', '`', '<!--', '<script', '](', '![', '\\', '<details>']) {
      const out = sanitizeMarkdown(piece.repeat(n), {})
      expect(out).not.toContain('<!--')
    }
  })
})

describe('sanitizeMarkdown: random hostile input, checked with an independent renderer', () => {
  // marked (a CommonMark/GFM renderer) stands in for GitHub's; the checks are on what it renders.
  const tokens = [
    '`',
    '``',
    '```',
    '~~~',
    '\n',
    '\n\n',
    ' ',
    '    ',
    '\t',
    '- ',
    '> ',
    '1. ',
    '# ',
    '---',
    '|',
    '\\',
    '<',
    '>',
    '"',
    "'",
    '(',
    ')',
    '[',
    ']',
    '](',
    '*',
    '_',
    '$',
    'text',
    '@user',
    '@org/team',
    '&#64;u',
    'a@b.com',
    '<details>',
    '</details>',
    '<summary>',
    '<b>',
    '</b>',
    '<code>',
    '<div>',
    '<pre>',
    '</pre>',
    '<br>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '<!',
    '<?',
    '<a href="javascript:x">',
    '<img src="https://evil.example/x.png">',
    '<img src=https://ok.example/a.png>',
    '![a](https://evil.example/p.png)',
    '![a](https://ok.example/p.png)',
    '[x](javascript:alert(1))',
    '[x](https://ok.example)',
    '[r]: https://evil.example/i.png',
    '![x][r]',
    'http://evil.example',
    'www.evil.example',
    '<http://evil.example>',
    '`@x`',
    '``@y``',
    '\n```\n',
    '\n~~~~\n',
    '\n    ```',
    '\n<details>\n',
    '\n</details>\n',
    '\n| a | b |\n| - | - |\n'
  ]
  let seed = 12345
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
  it('never renders a live mention, a foreign image, a script or an unbalanced details', async () => {
    const { marked } = await import('marked')
    const failures: string[] = []
    for (let iter = 0; iter < 3000; iter++) {
      let md = ''
      const n = 2 + Math.floor(rnd() * 25)
      for (let i = 0; i < n; i++) md += tokens[Math.floor(rnd() * tokens.length)] as string
      const out = sanitizeMarkdown(md, { allowImagePrefixes: ['https://ok.example/'] })
      const html = marked.parse(out, { gfm: true, async: false })
      const problems: string[] = []
      if (out.includes('<!--')) problems.push('comment')
      for (const m of html.matchAll(/<img[^>]*src="([^"]*)"/g)) {
        if (!(m[1] as string).startsWith('https://ok.example/')) problems.push(`image ${m[1]}`)
      }
      const withoutSafe = html
        .replace(/<pre><code[^>]*>/g, '')
        .replace(/<a href="(?:https?:[^"]*|#[^"]*)"/g, '')
      if (/<(?:script|iframe|div|pre|a )|\son\w+=/i.test(withoutSafe)) problems.push('tag')
      let depth = 0
      for (const m of html.matchAll(/<(\/?)details\b/g)) {
        depth += m[1] ? -1 : 1
        if (depth < 0) problems.push('stray </details>')
      }
      if (depth !== 0) problems.push('unbalanced details')
      const text = html
        .replace(/<a [^>]*>[\s\S]*?<\/a>/g, '')
        .replace(/<pre>[\s\S]*?<\/pre>/g, '')
        .replace(/<code>[\s\S]*?<\/code>/g, '')
        .replace(/<[^>]*>/g, '')
        .replace(/&#64;|&commat;/g, '@')
      if (/(?:^|[^A-Za-z0-9])@[A-Za-z0-9]/.test(text)) problems.push('mention')
      if (problems.length > 0) failures.push(`${problems.join(',')}: ${JSON.stringify(md)}`)
    }
    expect(failures.slice(0, 5)).toEqual([])
  })
})

// ---- issue #13 §4: linear time, encoded mentions and references, links and images confined to the repo.

const repo: SanitizeOptions = { repository: { owner: 'o', repo: 'r' } }

describe('sanitizeMarkdown: linear time on adversarial input (no timings: a quadratic pass would not finish)', () => {
  // At 1 MB a quadratic pass takes minutes (the regex version: 11 s for 60,000 characters of one word).
  const MB = 1 << 20
  it('one long word, a long www run and a long word before a backtick', () => {
    const word = 'a'.repeat(MB)
    expect(s(word, repo)).toBe(word)
    const www = 'w'.repeat(MB)
    expect(s(www, repo)).toBe(www)
    expect(s(`${'x'.repeat(MB)}://y \`code\``, { ...repo, links: 'any' })).toBe(
      `${'x'.repeat(MB)}://y \`code\``
    )
  })
  it('a long backslash run before ![ (and the same run cut by maxLength)', () => {
    const run = '\\'.repeat(MB)
    expect(s(`${run}x ![a]`, repo)).toBe(`${run}x \\![a]`)
    const cut = sanitizeMarkdown(`${run}\\x`, { ...repo, maxLength: MB - 1000 })
    expect(cut.length).toBeLessThanOrEqual(MB - 1000)
    expect(cut.endsWith('_… truncated_')).toBe(true)
    // an even number of backslashes before the notice: no escape was cut in half
    expect(/(?:^|[^\\])(?:\\\\)*\n\n_… truncated_$/.test(cut)).toBe(true)
  })
  it('long table delimiter rows and list-marker rows', () => {
    const delim = `a|b\n${'| -'.repeat(MB / 3)} x`
    expect(s(delim, repo)).toBe(delim)
    const marks = `a|b\n${'-- '.repeat(MB / 3)}|x`
    expect(s(marks, repo)).toBe(marks)
  })
  it('deeply nested inline tags are capped, brackets and emphasis pass', () => {
    const out = s('<b>'.repeat(MB / 3), repo)
    expect(out.split('<b>').length - 1).toBe(16)
    expect(out.split('</b>').length - 1).toBe(16)
    const brackets = '['.repeat(MB / 2) + ']'.repeat(MB / 2)
    expect(s(brackets, repo)).toBe(brackets)
    const emph = '*_~'.repeat(MB / 3)
    expect(s(emph, repo)).toBe(emph)
    const lt = s('<'.repeat(MB), repo)
    expect(lt).toBe('&lt;'.repeat(MB))
  })
})

describe('sanitizeMarkdown: table delimiter rows (one forward scan)', () => {
  it('recognises what GFM recognises', () => {
    for (const row of ['|---|', '--- | :-:', '| :-- | --: |', ' - ', '-|-'])
      expect(isTableDelimiterRow(row)).toBe(true)
    for (const row of ['', '|', '| x |', '-- --', '|:|', '| - | - x'])
      expect(isTableDelimiterRow(row)).toBe(false)
    expect(containerPrefixLength('> - 1. [x]')).toBe(7)
    expect(containerPrefixLength('text')).toBe(0)
  })
})

describe('sanitizeMarkdown: mentions and references spelled with character references', () => {
  it('breaks @&#111;ctocat, @&#97;cme/&#115;ecurity, &commat;x and hex forms', () => {
    expect(s('@&#111;ctocat', repo)).toBe(`@${ZWJ}&#111;ctocat`)
    expect(s('@&#97;cme/&#115;ecurity', repo)).toBe(`@${ZWJ}&#97;cme/&#115;ecurity`)
    expect(s('&commat;x &#x40;&#x79;', repo)).toBe(`&commat;${ZWJ}x &#x40;${ZWJ}&#x79;`)
  })
  it('breaks #2, owner/repo#1, GH-3 and &#35;4 between the marker and the number', () => {
    expect(s('fixes #2 and o/r#1, GH-3, gh-4, &#35;5 &num;6', repo)).toBe(
      `fixes #${ZWJ}2 and o/r#${ZWJ}1, GH-${ZWJ}3, gh-${ZWJ}4, &#35;${ZWJ}5 &num;${ZWJ}6`
    )
    // headings and anchors are not references
    expect(s('# Title\n\n[c](#frag)', repo)).toBe('# Title\n\n[c](#frag)')
  })
  it('makes issue and pull request URLs inert, in text and as link targets, whatever the policy', () => {
    for (const links of ['any', 'repository'] as const) {
      const out = s('see https://github.com/o/r/issues/1 and [x](https://github.com/other/r/pull/2)', {
        ...repo,
        links
      })
      expect(out).not.toContain('https://github.com')
      expect(out).toContain(`https:${ZWJ}//github.com/o/r/issues/1`)
      expect(out).toContain(`[x]\\(https:${ZWJ}//github.com/other/r/pull/2)`)
    }
  })
})

describe('sanitizeMarkdown: links and images confined to this repository', () => {
  it('keeps links into the repository, renders others as inert text with their link text', () => {
    expect(
      s('[run](https://github.com/o/r/actions/runs/1) [doc](https://GitHub.com/O/R/blob/main/a.md)', repo)
    ).toBe('[run](https://github.com/o/r/actions/runs/1) [doc](https://github.com/O/R/blob/main/a.md)')
    expect(s('[x](https://evil.example/a) [y](https://github.com/o/r/../../evil/x)', repo)).toBe(
      `[x]\\(https:${ZWJ}//evil.example/a) [y]\\(https:${ZWJ}//github.com/o/r/../../evil/x)`
    )
    expect(s('bare https://evil.example and www.evil.example', repo)).toBe(
      `bare https:${ZWJ}//evil.example and www${ZWJ}.evil.example`
    )
    // a GHES server
    const ghes = { repository: { owner: 'o', repo: 'r' }, serverUrl: 'https://ghe.corp/' }
    expect(s('[a](https://ghe.corp/o/r/wiki) [b](https://github.com/o/r/wiki)', ghes)).toBe(
      `[a](https://ghe.corp/o/r/wiki) [b]\\(https:${ZWJ}//github.com/o/r/wiki)`
    )
  })
  it('keeps images only from the repository, after resolving .. and percent-encoding; never a PR ref', () => {
    const ok = 'https://github.com/o/r/raw/main/badge.svg'
    expect(s(`![b](${ok})`, repo)).toBe(`![b](${ok})`)
    expect(s('![b](https://raw.githubusercontent.com/o/r/main/b.png)', repo)).toBe(
      '![b](https://raw.githubusercontent.com/o/r/main/b.png)'
    )
    for (const bad of [
      'https://github.com/o/r/raw/../../evil/x/raw/main/p.png',
      'https://github.com/o/r/raw/%2e%2e/%2E%2E/evil/x/raw/main/p.png',
      'https://github.com/o/r/raw/main/..%2F..%2Fevil/p.png',
      'https://github.com/o/r/raw/refs/pull/7/head/p.png',
      'https://raw.githubusercontent.com/o/r/refs/pull/7/head/p.png',
      // a commit by SHA: GitHub serves a fork's commits through the parent repository
      `https://github.com/o/r/raw/${'a1'.repeat(20)}/p.png`,
      `https://raw.githubusercontent.com/o/r/${'b2'.repeat(20)}/p.png`,
      'https://github.com/other/r/raw/main/p.png',
      'https://user-images.githubusercontent.com/1/p.png',
      'https://github.com/o/r'
    ]) {
      expect(s(`<img src="${bad}">`, repo)).not.toContain('<img')
      expect(s(`![b](${bad})`, repo)).toMatch(/^\\!\[b\]/)
    }
    // the prefix option cannot be walked out of with .. either
    expect(s('![x](https://raw.githubusercontent.com/o/r/../../x/y/p.png)', opts)).toMatch(/^\\!\[x\]/)
  })
})

describe('sanitizeMarkdown: a dropped tag after container markers', () => {
  it('cannot turn the rest of the line into a link reference definition or a quote', () => {
    // `> [r]: https://evil.example` would be a definition that `[x][r]` elsewhere links to
    expect(s('> <i>[r]: https://evil.example/p.png', repo)).toBe(
      `> ${ZWSP}[r]: https:${ZWJ}//evil.example/p.png`
    )
    expect(s('- <summary>> quote', repo)).toBe(`- ${ZWSP}> quote`)
  })
})

describe('sanitizeMarkdown: properties on generated input', () => {
  const pieces = [
    '@user',
    '@&#111;ctocat',
    '&commat;a',
    '@o/team',
    '#12',
    'o/r#3',
    'GH-4',
    '&#35;5',
    '\\',
    '`',
    '``',
    '<b>',
    '</b>',
    '<details>',
    '</details>',
    '<summary>',
    '<div onclick=x>',
    '<!--',
    '-->',
    '<script>',
    '<a href="https://evil.example">',
    '[x](https://evil.example)',
    '[y](https://github.com/o/r/blob/main/a)',
    '[z](https://github.com/o/r/issues/9)',
    'https://evil.example/p',
    'www.evil.example',
    'https://github.com/o/r/pull/1',
    '![i](https://github.com/o/r/raw/main/a.png)',
    '![j](https://github.com/o/r/raw/../../x/y/raw/main/p.png)',
    '![k](https://evil.example/p.png)',
    '<img src="https://github.com/o/r/raw/refs/pull/1/head/p.png">',
    '[r]: https://evil.example',
    '[r]',
    '![',
    '](',
    '(',
    ')',
    '[',
    ']',
    '|',
    '\n| a | b |\n| - | - |\n',
    '\n```\n',
    '\n~~~\n',
    '\n\n',
    '\n',
    ' ',
    '- ',
    '> ',
    '# ',
    'text',
    '&amp;',
    '&#64;',
    '*',
    '_'
  ]
  let seed = 987
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
  /** What GitHub's text filters see: references decoded (numeric and the named ones used above). */
  const decode = (html: string): string =>
    html
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&commat;/g, '@')
      .replace(/&num;/g, '#')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  it('no raw HTML, mention, reference, off-site link or image, unbalanced block; idempotent', async () => {
    const { marked } = await import('marked')
    const failures: string[] = []
    for (let iter = 0; iter < 1500; iter++) {
      let md = ''
      const n = 2 + Math.floor(rnd() * 20)
      for (let i = 0; i < n; i++) md += pieces[Math.floor(rnd() * pieces.length)] as string
      const out = s(md, repo)
      const problems: string[] = []
      if (s(out, repo) !== out) problems.push('not idempotent')
      if (out.includes('<!--')) problems.push('comment')
      const html = marked.parse(out, { gfm: true, async: false })
      for (const m of html.matchAll(/<a href="([^"]*)"/g)) {
        const href = m[1] as string
        if (!href.startsWith('#') && !/^https:\/\/github\.com\/o\/r\/(?!issues|pull)/.test(href))
          problems.push(`link ${href}`)
      }
      for (const m of html.matchAll(/<img[^>]*src="([^"]*)"/g)) {
        if (!/^https:\/\/github\.com\/o\/r\/raw\/main\//.test(m[1] as string)) problems.push(`image ${m[1]}`)
      }
      if (
        /<(?!\/?(?:p|br|b|sub|sup|code|pre|details|summary|img|a|em|strong|del|ul|ol|li|h\d|blockquote|hr|table|thead|tbody|tr|th|td)\b)[a-z]/i.test(
          html
        )
      )
        problems.push('raw html')
      let depth = 0
      for (const m of html.matchAll(/<(\/?)details\b/g)) {
        depth += m[1] ? -1 : 1
        if (depth < 0) problems.push('stray </details>')
      }
      if (depth !== 0) problems.push('unbalanced details')
      // every fence the output opens (always at column 0) is closed
      let fence = ''
      for (const line of out.split('\n')) {
        const f = /^(`{3,}|~{3,})/.exec(line)?.[1]
        if (!f) continue
        if (fence === '') fence = f
        else if (f[0] === fence[0] && f.length >= fence.length && line.trim() === f) fence = ''
      }
      if (fence !== '') problems.push('unbalanced fence')
      const text = decode(
        html
          .replace(/<pre>[\s\S]*?<\/pre>/g, '')
          .replace(/<code>[\s\S]*?<\/code>/g, '')
          .replace(/<a [^>]*>[\s\S]*?<\/a>/g, '\u0000')
          // GitHub's filters look at one text node at a time: a tag separates
          .replace(/<[^>]*>/g, '\u0000')
      )
      if (/@[A-Za-z0-9]/.test(text)) problems.push('mention')
      if (/#\d|GH-\d/i.test(text)) problems.push('reference')
      // (inside a raw HTML block a kept in-repository link is plain text: no autolink, no reference)
      const bare = text
        .replace(/https:\/\/github\.com\/o\/r\/(?!issues|pull)[^\s\u0000]*/g, '')
        .replace(/[:w]\u200D/g, '')
      if (/:\/\/|www\./i.test(bare)) problems.push('bare url')
      if (problems.length > 0) failures.push(`${problems.join(',')}: ${JSON.stringify(md)}`)
    }
    expect(failures.slice(0, 5)).toEqual([])
  })
})
