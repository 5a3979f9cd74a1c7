// Release hygiene: the licence package.json names is there, and a version cannot be tagged without its notes.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../support/runner.js'

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string
  license: string
}
const section = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'scripts', 'changelog-section.mjs'), ...args], {
    encoding: 'utf8'
  })

describe('release hygiene', () => {
  it('LICENSE holds the licence package.json declares', () => {
    expect(pkg.license).toBe('MIT')
    expect(readFileSync(join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
  })

  it("CHANGELOG.md has notes for package.json's version (a draft until the release dates it)", () => {
    const r = section(pkg.version, '--draft')
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
    expect(r.stdout).toContain('coverage-gate')
    const released = section(pkg.version)
    if (released.status !== 0) expect(released.stderr).toContain('still headed "(unreleased)"')
  })

  it('the major version is the one every uses: line and the docs pin (@v1)', () => {
    const major = `v${pkg.version.split('.')[0]}`
    const pins = new Set<string>()
    for (const file of ['README.md', '.github/workflows/quality.yml', '.github/workflows/coverage.yml']) {
      for (const m of readFileSync(join(repoRoot, file), 'utf8').matchAll(
        /quality-gates\/quality-gates\/[\w./-]+@(v\d+)/g
      ))
        pins.add(m[1]!)
    }
    expect([...pins]).toEqual([major])
  })

  it('a tag that is not the package version is refused', () => {
    const r = section('99.0.0')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`package.json says ${pkg.version}, the tag says 99.0.0`)
    expect(section('v1').status).toBe(2)
  })

  it('the release workflow checks the notes and dist/ before it moves the major tag', () => {
    const wf = readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')
    expect(wf).toContain('scripts/changelog-section.mjs')
    expect(wf).toMatch(/needs: verify[\s\S]*git tag -f "\$major"/)
  })
})
