import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleDir, repoRoot } from '../support/runner.js'

const bundle = join(bundleDir, 'cli', 'index.js')
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', cwd: repoRoot })

describe('cli/index.js (the bundled quality-gates command, built from the source)', () => {
  it('--help lists the commands and exits 0', () => {
    const r = run('--help')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Usage: quality-gates <command>/)
    expect(r.stdout).toMatch(/^ {2}coverage /m)
    expect(r.stdout).toMatch(/^ {2}report /m)
  })

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
    const r = run('--version')
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe(pkg.version)
  })

  it('a bad flag exits 2 with one line on stderr and no stack trace', () => {
    const r = run('coverage', '--no-such-flag')
    expect(r.status).toBe(2)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^quality-gates: coverage: .*--no-such-flag/)
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('an unknown command exits 2 with one line', () => {
    const r = run('frobnicate')
    expect(r.status).toBe(2)
    expect(r.stderr.trim()).toBe(
      'quality-gates: unknown command "frobnicate"; the commands are coverage, flaky, perf, visual, report (quality-gates help <command> shows one)'
    )
  })

  it('no arguments prints usage and exits 2', () => {
    const r = run()
    expect(r.status).toBe(2)
    expect(r.stdout).toMatch(/Usage/)
  })
})
