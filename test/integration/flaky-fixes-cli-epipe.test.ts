// The bundled CLI when its reader goes away: `quality-gates flaky … --json | head -1` closes the pipe after the
// first line, and the CLI must end quietly (no unhandled 'error' event, no stack trace) with the exit code the
// command has. The child's stdout (or stderr) is a pipe whose read end this test closes early.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleDir } from '../support/runner.js'

const bundle = join(bundleDir, 'cli', 'index.js')
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qg-epipe-'))
  // About 1 MB of --json: far more than a pipe buffer, so the CLI is still writing when the reader leaves.
  let xml = '<testsuites><testsuite name="s">'
  for (let i = 0; i < 20_000; i++) xml += `<testcase classname="c" name="case number ${i}"/>`
  xml += '<testcase classname="c" name="broken"><failure message="no"/></testcase></testsuite></testsuites>'
  writeFileSync(join(dir, 'big.xml'), xml)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
  first: string
  stderr: string
}

/**
 * Start the CLI; `close` says which of its output pipes this side closes: stdout after its first line (as
 * `head -1` does), or stdout / stderr before the child has written anything.
 */
function runClosing(args: string[], close: 'stdout-after-first-line' | 'stdout' | 'stderr'): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '' }
    })
    let first = ''
    let stderr = ''
    if (close === 'stdout') child.stdout.destroy()
    else
      child.stdout.on('data', (chunk: Buffer) => {
        if (first.includes('\n')) return
        first += chunk.toString('utf8')
        if (first.includes('\n') || first.length > 200) {
          first = first.slice(0, 200)
          child.stdout.destroy()
        }
      })
    if (close === 'stderr') child.stderr.destroy()
    else child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, first, stderr }))
  })
}

describe('the CLI ends quietly when its output pipe is closed (EPIPE)', () => {
  it('flaky --json | head -1: the first bytes arrive, then exit 1 (a test failed), no stack trace', async () => {
    const r = await runClosing(['flaky', '--junit', 'big.xml', '--json'], 'stdout-after-first-line')
    expect(r.first).toMatch(/^\{"gate":"flaky","status":"fail"/)
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\bat .+:\d+:\d+/)
    expect(r.stderr).toBe('')
  })

  it('the human output and --help with stdout closed before anything is written: the command’s own exit code', async () => {
    const human = await runClosing(['flaky', '--junit', 'big.xml'], 'stdout')
    expect([human.code, human.signal, human.stderr]).toEqual([1, null, ''])
    const help = await runClosing(['--help'], 'stdout')
    expect([help.code, help.signal, help.stderr]).toEqual([0, null, ''])
    const commandHelp = await runClosing(['coverage', '--help'], 'stdout')
    expect([commandHelp.code, commandHelp.signal, commandHelp.stderr]).toEqual([0, null, ''])
  })

  it('a usage error with stderr closed still exits 2, with no crash', async () => {
    const r = await runClosing(['flaky', '--no-such-flag'], 'stderr')
    expect([r.code, r.signal, r.first]).toEqual([2, null, ''])
  })
})
