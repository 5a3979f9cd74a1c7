/**
 * Fuzz: the markdown sanitiser, through its public function only (sanitizeMarkdown), its output rendered
 * with marked (GFM) standing in for GitHub. Inputs: hostile markdown made of tokens, mutated samples and
 * random text. Properties:
 * - safety: the rendered HTML holds no element outside the allowed set (markdown's own elements plus the
 *   sanitiser's details, summary, br, b, code, sub, sup, img from an allowed prefix), no event-handler or
 *   style attribute, no non-http(s) link, no HTML comment; no live @mention (an `@` after a non-alphanumeric
 *   character, or at the start, directly followed by a login character) outside code and links; nothing
 *   stays open (a paragraph written after the output renders as one: no unclosed fence swallows it); <details> and <summary> are balanced; maxLength is kept;
 * - links confined: every link and image points into the repository given (or is an #anchor);
 * - idempotence: sanitising the output again changes nothing.
 */
import { describe, it } from '@jest/globals'
import fc from 'fast-check'
import { marked } from 'marked'
import { sanitizeMarkdown, type SanitizeOptions } from '../../src/shared/sanitize.js'
import { mutatedArb, params, timed } from './support.js'

const REPO = 'https://github.com/o/r/'
const IMAGES = 'https://img.example/'
// `repository` (the branch that confines links) is passed as a plain object so this file compiles against
// either version of SanitizeOptions.
const OPTS = { allowImagePrefixes: [IMAGES], repository: { owner: 'o', repo: 'r' } } as SanitizeOptions

const MD_TOKENS = [
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
  '* ',
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
  '!',
  'text',
  'a',
  '@user',
  '@org/team',
  '&#64;u',
  '&#x40;v',
  '&commat;w',
  '@',
  'a@b.com',
  '<details>',
  '</details>',
  '<summary>',
  '</summary>',
  '<b>',
  '</b>',
  '<code>',
  '</code>',
  '<sub>',
  '<sup>',
  '<br>',
  '<br/>',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '<p>',
  '<span>',
  '<script>',
  '</script>',
  '<style>',
  '<iframe src=x>',
  '<!--',
  '-->',
  '<!-- pr-report: x -->',
  '<!',
  '<?',
  '<a href="javascript:x">',
  '<a href="https://evil.example/">',
  '</a>',
  '<img src="https://evil.example/x.png">',
  `<img src="${IMAGES}a.png">`,
  '<img src=x onerror=alert(1)>',
  '<svg onload=x>',
  '<input type=text>',
  '![a](https://evil.example/p.png)',
  `![a](${IMAGES}p.png)`,
  '[x](javascript:alert(1))',
  '[x](https://evil.example)',
  `[x](${REPO}blob/main/a.ts)`,
  '[x](#anchor)',
  '[x]: https://evil.example/',
  '[x]',
  '[r]: https://evil.example/i.png',
  '![x][r]',
  'http://evil.example',
  'https://evil.example/a',
  'www.evil.example',
  '<http://evil.example>',
  '<https://github.com/o/r/x>',
  '`@x`',
  '``@y``',
  '\n```\n',
  '\n```js\n',
  '\n~~~~\n',
  '\n    ```',
  '\n<details>\n',
  '\n</details>\n',
  '\n| a | b |\n| - | - |\n',
  '- [ ] task',
  '\r\n',
  '\r',
  '\0',
  '\u200B',
  '\u202E',
  'é'
]
const SAMPLES = [
  '## Coverage\n\n| file | lines |\n|---|---|\n| `src/a.ts` | 81.2% |\n\n<details>\n<summary>Uncovered</summary>\n\n- src/a.ts: 3, 4\n\n</details>\n\nThanks @alice, see [run](https://github.com/o/r/actions/runs/1).\n',
  '```js\nconst a = "@bob" // <script>\n```\n\n> quote <b>bold</b> @carol\n\n1. item ![badge](https://img.example/b.svg)\n',
  'Text with `code @x` and <sub>sub</sub> and a link <https://evil.example> and www.evil.example.\n\n---\n'
].map(s => Buffer.from(s))

const markdownArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.array(fc.constantFrom(...MD_TOKENS), { minLength: 1, maxLength: 30 }).map(t => t.join(''))
  },
  { weight: 3, arbitrary: mutatedArb(SAMPLES, 6).map(b => b.toString('utf8')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) }
)
const maxLengthArb = fc.option(fc.integer({ min: 0, max: 400 }), { freq: 4 })

const MARKDOWN_ELEMENTS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'em',
  'strong',
  'del',
  'a',
  'img',
  'hr',
  'br',
  'input'
]
const ALLOWED = new Set([...MARKDOWN_ELEMENTS, 'details', 'summary', 'b', 'sub', 'sup'])

function render(md: string): string {
  return marked.parse(md, { gfm: true, async: false })
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d{1,7});/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h: string) =>
      String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff))
    )
    .replace(/&commat;/g, '@')
    .replace(/&amp;/g, '&')
}

/** Problems with the sanitised markdown `out` (safety properties), as short strings. */
function safetyProblems(out: string, max: number | undefined): string[] {
  const problems: string[] = []
  if (max !== undefined && out.length > max) problems.push(`longer than maxLength ${max}`)
  if (out.includes('<!--')) problems.push('comment opener')
  const html = render(out)
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const name = (m[1] as string).toLowerCase()
    const attrs = m[2] as string
    if (!ALLOWED.has(name)) problems.push(`element <${name}>`)
    if (/\son[a-z]+\s*=|\sstyle\s*=/i.test(attrs))
      problems.push(`attribute in <${name}${attrs.slice(0, 40)}>`)
    if (name === 'a' && /href=/.test(attrs) && !/href="(?:https?:\/\/|#)/.test(attrs))
      problems.push(`link ${attrs.slice(0, 60)}`)
    if (name === 'img' && !attrs.includes(`src="${IMAGES}`) && !attrs.includes(`src="${REPO}`))
      problems.push(`image ${attrs.slice(0, 60)}`)
    if (name === 'input' && !/^ (?:checked="" )?disabled="" type="checkbox"\s*\/?$/.test(attrs))
      problems.push(`input ${attrs}`)
  }
  for (const tag of ['details', 'summary']) {
    let depth = 0
    for (const m of html.matchAll(new RegExp(`<(/?)${tag}\\b`, 'g'))) {
      depth += m[1] ? -1 : 1
      if (depth < 0) problems.push(`stray </${tag}>`)
    }
    if (depth !== 0) problems.push(`unbalanced <${tag}>`)
  }
  const text = decodeEntities(
    html
      .replace(/<a [^>]*>[\s\S]*?<\/a>/g, ' ')
      .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
      .replace(/<code>[\s\S]*?<\/code>/g, ' ')
      .replace(/<[^>]*>/g, ' ')
  )
  const mention = /(?:^|[^A-Za-z0-9])@[A-Za-z0-9]/.exec(text)
  if (mention)
    problems.push(
      `mention ${JSON.stringify(text.slice(Math.max(0, mention.index - 10), mention.index + 12))}`
    )
  // An unclosed fence (or any open block) would swallow what pr-report writes after this section: text
  // after a blank line must render as its own paragraph. (A fence inside a quote or list item that the
  // container's end closes is fine, as on GitHub.)
  if (!render(`${out}\n\nQGSENTINEL\n`).includes('<p>QGSENTINEL</p>'))
    problems.push('open block swallows what follows')
  return problems
}

function linkProblems(out: string): string[] {
  const problems: string[] = []
  for (const m of render(out).matchAll(/<(a|img)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
    const url = m[3] as string
    const ok = url.startsWith('#') || url.startsWith(REPO) || (m[1] === 'img' && url.startsWith(IMAGES))
    if (!ok) problems.push(`${m[1]} ${url.slice(0, 80)}`)
  }
  return problems
}

describe('fuzz: sanitizeMarkdown (public function only)', () => {
  it('safety: allowed elements only, no live mention, no comment, closed fences, balanced details, maxLength', () => {
    const target = 'sanitize: safety'
    fc.assert(
      fc.property(markdownArb, maxLengthArb, (md, max) => {
        const out = timed(target, md, () =>
          sanitizeMarkdown(md, max === null ? OPTS : { ...OPTS, maxLength: max })
        )
        const problems = safetyProblems(out, max ?? undefined)
        if (problems.length > 0)
          throw new Error(`${problems.slice(0, 3).join('; ')} in ${JSON.stringify(out.slice(0, 300))}`)
      }),
      params(target, 1000)
    )
  })

  // Minimal counterexamples of what these found before the linear sanitiser: test/unit/fuzz-found.test.ts.
  it('links and images stay inside the repository (or the allowed image prefix)', () => {
    const target = 'sanitize: links confined'
    fc.assert(
      fc.property(markdownArb, md => {
        const out = timed(target, md, () => sanitizeMarkdown(md, OPTS))
        const problems = linkProblems(out)
        if (problems.length > 0)
          throw new Error(`${problems.slice(0, 3).join('; ')} in ${JSON.stringify(out.slice(0, 300))}`)
      }),
      params(target, 1000)
    )
  })

  it('idempotence: sanitising the output again changes nothing', () => {
    const target = 'sanitize: idempotent'
    fc.assert(
      fc.property(markdownArb, md => {
        const once = timed(target, md, () => sanitizeMarkdown(md, OPTS))
        const twice = sanitizeMarkdown(once, OPTS)
        if (twice !== once)
          throw new Error(
            `changed: ${JSON.stringify(once.slice(0, 200))} -> ${JSON.stringify(twice.slice(0, 200))}`
          )
      }),
      params(target, 1000)
    )
  })
})
