// Entry point of dist/cli/index.js.
import { cli } from './index.js'
import { streamWriter } from './io.js'

// A closed pipe (`quality-gates … | head -1`) ends the output quietly: EPIPE keeps the command's own exit code.
// Any other write error (a full disk) loses output, so it is one line and exit 2.
const out = streamWriter(process.stdout)
const err = streamWriter(process.stderr)

function exit(code: number): void {
  const lost = [out, err].find(w => w.error !== undefined && w.error.code !== 'EPIPE')
  if (lost === undefined) {
    process.exitCode = code
    return
  }
  err.write(`quality-gates: cannot write the output (${lost.error?.code ?? String(lost.error)})\n`)
  process.exitCode = 2
}

cli(process.argv.slice(2), {
  stdout: out.write,
  stderr: err.write,
  cwd: process.cwd(),
  env: process.env
}).then(exit, (error: unknown) => {
  err.write(`quality-gates: internal error: ${String(error)}\n`)
  exit(2)
})
