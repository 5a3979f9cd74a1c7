// `npm run sync-actions`: write the `inputs:` block of each actions/<id>/action.yml from the action's declaration
// (src/declarations.ts), and the pass-through inputs of the reusable workflows that wrap one action, so an input's
// name, default and description exist in one place. The declaration test
// fails when a file is out of date. The declarations are TypeScript: esbuild bundles them in memory first.
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
import { parse } from 'yaml'
import { root } from './manifest.mjs'

const bundled = await build({
  entryPoints: [join(root, 'src/declarations.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __qgRequire } from 'node:module'; const require = __qgRequire(import.meta.url);"
  }
})
const tmp = mkdtempSync(join(tmpdir(), 'qg-sync-'))
const bundle = join(tmp, 'declarations.mjs')
writeFileSync(bundle, bundled.outputFiles[0].text)
const { declarations, actionInputsYaml, settingsFor, defaultText } = await import(
  pathToFileURL(bundle).href
).finally(() => rmSync(tmp, { recursive: true, force: true }))

let changed = 0
for (const d of declarations) {
  const file = join(root, 'actions', d.action, 'action.yml')
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf('\ninputs:\n')
  const end = text.indexOf('\noutputs:\n')
  if (start < 0 || end < start) throw new Error(`${file}: expected an inputs: block followed by outputs:`)
  const options = { ...(await prettier.resolveConfig(file)), filepath: file }
  const next = await prettier.format(
    `${text.slice(0, start + 1)}${actionInputsYaml(d)}${text.slice(end)}`,
    options
  )
  if (next !== text) {
    writeFileSync(file, next)
    changed++
    console.log(`updated ${file}`)
  }
}

// Reusable workflows that wrap one action expose every input of it: the hand-written part of the workflow holds
// the workflow's own inputs and any input it sets itself (a different default, or a fixed value in `with:`); the
// rest is written here between the `(sync-actions:begin)`/`(sync-actions:end)` comments, except the inputs in
// `omit` (inputs that make no sense in the workflow's job: the action's defaults apply). The token is a secret.
const REUSABLE = [
  { file: '.github/workflows/coverage.yml', action: 'coverage-gate' },
  // flaky.yml only downloads reports and checks them: the inputs of the other tasks and of running the tests
  // (there is no code or toolchain in its job) are left out; it sets task and notify-github-issue itself.
  {
    file: '.github/workflows/flaky.yml',
    action: 'flaky-quarantine',
    omit: [
      'command',
      'preset',
      'max-retries',
      'rerun-command',
      'attempt-timeout',
      'test',
      'good',
      'bad',
      'repeat',
      'bisect-max-steps',
      'bisect-run-timeout',
      'bisect-deadline',
      'quarantine-days',
      'quarantine-branch'
    ]
  },
  { file: '.github/workflows/perf.yml', action: 'perf-regression' },
  { file: '.github/workflows/visual.yml', action: 'visual-diff' },
  { file: '.github/workflows/report.yml', action: 'pr-report' },
  { file: '.github/workflows/report-fork.yml', action: 'pr-report' }
]
const BEGIN = '# (sync-actions:begin)'
const END = '# (sync-actions:end)'

/** The text with every generated block emptied, and the indentation of each block's begin marker. */
function withoutGenerated(text, file) {
  const blocks = []
  let out = ''
  let at = 0
  for (;;) {
    const begin = text.indexOf(BEGIN, at)
    if (begin < 0) break
    const end = text.indexOf(END, begin)
    if (end < 0) throw new Error(`${file}: ${BEGIN} without ${END}`)
    const lineStart = text.lastIndexOf('\n', begin) + 1
    blocks.push({ indent: text.slice(lineStart, begin) })
    out += text.slice(at, begin + BEGIN.length) + '\n'
    at = text.indexOf('\n', end) + 1
  }
  return { rest: out + text.slice(at), blocks }
}

for (const { file: relative, action, omit = [] } of REUSABLE) {
  const d = declarations.find(x => x.action === action)
  if (!d) throw new Error(`no declaration for ${action}`)
  const file = join(root, relative)
  const text = readFileSync(file, 'utf8')
  const { rest, blocks } = withoutGenerated(text, relative)
  if (blocks.length !== 2) throw new Error(`${relative}: expected two generated blocks (inputs, then with:)`)
  const doc = parse(rest)
  const handInputs = new Set(Object.keys(doc.on.workflow_call.inputs ?? {}))
  const step = Object.values(doc.jobs)
    .flatMap(j => j.steps ?? [])
    .find(s => typeof s.uses === 'string' && s.uses.includes(`/actions/${action}@`))
  if (!step) throw new Error(`${relative}: no step uses actions/${action}`)
  const handWith = new Set(Object.keys(step.with ?? {}))
  const settings = settingsFor(d.settings, 'action').filter(
    s => s.name !== 'github-token' && !omit.includes(s.name)
  )
  const quote = t => `'${t.replace(/'/g, "''")}'`
  const inputLines = []
  for (const s of settings) {
    if (handInputs.has(s.name) || handWith.has(s.name)) continue
    inputLines.push(`${s.name}:`, `  description: ${quote(s.description)}`)
    if (s.kind === 'boolean') inputLines.push('  type: boolean', `  default: ${defaultText(s)}`)
    else inputLines.push('  type: string', `  default: ${quote(defaultText(s))}`)
  }
  const withLines = []
  for (const s of settings) {
    if (handWith.has(s.name)) continue
    withLines.push(`${s.name}: \${{ inputs.${s.name} }}`)
  }
  if (!handWith.has('github-token'))
    withLines.push('github-token: ${{ secrets.github-token || github.token }}')
  const fill = (indent, lines) => lines.map(l => `${indent}${l}\n`).join('')
  let i = 0
  const next = rest.replace(/^([ \t]*)# \(sync-actions:begin\)\n/gm, (whole, indent) => {
    const lines = i++ === 0 ? inputLines : withLines
    return `${whole}${fill(indent, lines)}${indent}${END}\n`
  })
  const formatted = await prettier.format(next, { ...(await prettier.resolveConfig(file)), filepath: file })
  if (formatted !== text) {
    writeFileSync(file, formatted)
    changed++
    console.log(`updated ${file}`)
  }
}
if (changed === 0) console.log('action.yml files and reusable workflows are in sync with the declarations')
