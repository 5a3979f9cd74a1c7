// Renders a pr-report comment (GitHub-flavoured markdown) to a self-contained HTML page that looks like a
// GitHub comment: GitHub-like styles, working <details>, and mermaid charts drawn by mermaid's own bundle,
// inlined so the page works offline.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { marked } from 'marked'

const require = createRequire(import.meta.url)

const STYLE = `
body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI",
  "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { max-width: 880px; margin: 24px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0;
  color: #59636e; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px; word-wrap: break-word; }
.markdown-body h1, .markdown-body h2, .markdown-body h3 { margin: 16px 0 8px; font-weight: 600; line-height: 1.25; }
.markdown-body h2 { padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; font-size: 1.5em; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto;
  margin: 0 0 16px; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; background: #f6f8fa; }
.markdown-body tr:nth-child(2n) td { background: #f6f8fa; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.markdown-body pre { padding: 16px; overflow: auto; background: #f6f8fa; border-radius: 6px; }
.markdown-body pre code { padding: 0; background: none; }
.markdown-body details { margin: 0 0 16px; }
.markdown-body summary { cursor: pointer; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body img { max-width: 100%; }
.markdown-body .mermaid { background: #fff; text-align: center; }
`

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
}

export function renderHtml(
  markdown,
  { title = 'quality-gates report', author = 'github-actions[bot]' } = {}
) {
  const renderer = new marked.Renderer()
  const code = renderer.code.bind(renderer)
  renderer.code = token =>
    token.lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(token.text)}</pre>\n` : code(token)
  const body = marked.parse(markdown, { gfm: true, renderer, async: false })
  const mermaid = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8').replace(
    /<\/script/gi,
    '<\\/script'
  )
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="comment">
<div class="comment-header"><b>${escapeHtml(author)}</b> commented</div>
<div class="markdown-body">
${body}
</div>
</div>
<script>${mermaid}</script>
<script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
mermaid.run({ querySelector: '.mermaid' }).then(
  () => document.body.setAttribute('data-rendered', 'true'),
  e => { document.body.setAttribute('data-rendered', 'error'); console.error(e) }
)
</script>
</body>
</html>
`
}
