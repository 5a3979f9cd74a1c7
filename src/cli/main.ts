// Entry point of dist/cli/index.js.
import { cli } from './index.js'

cli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
}).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`quality-gates: internal error: ${String(error)}\n`)
    process.exitCode = 2
  }
)
