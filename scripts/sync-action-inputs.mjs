// `npm run sync-actions`: write the `inputs:` block of each actions/<id>/action.yml from the action's declaration
// (src/declarations.ts), so an input's name, default and description exist in one place. The declaration test
// fails when a file is out of date. The declarations are TypeScript: esbuild bundles them in memory first.
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
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
const { declarations, actionInputsYaml } = await import(pathToFileURL(bundle).href).finally(() =>
  rmSync(tmp, { recursive: true, force: true })
)

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
if (changed === 0) console.log('action.yml inputs are in sync with the declarations')
