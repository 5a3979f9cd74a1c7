// Bench-only entry: runs `quality-gates coverage` straight from src/ (bundled by bench/generate-coverage.mjs
// when dist/cli/index.js is not built), with the dispatcher's exit-code contract (UserError → 2).
import { main } from '../src/cli/coverage.js'
import { describeError, UserError } from '../src/shared/errors.js'

main(process.argv.slice(2), {
  stdout: t => process.stdout.write(t),
  stderr: t => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
}).then(
  code => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`quality-gates: ${describeError(e)}\n`)
    process.exitCode = e instanceof UserError ? 2 : 3
  }
)
