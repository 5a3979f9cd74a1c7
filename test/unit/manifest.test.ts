import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/runner.js'

interface ManifestAction {
  id: string
  entry: string
  bundle: string
  permissions: Record<string, string>
}
const manifest = parse(readFileSync(join(repoRoot, 'action-matrix.yml'), 'utf8')) as {
  actions: ManifestAction[]
  cli: { entry: string; bundle: string }
  environments: { node: string[]; os: string[] }
}

describe('action-matrix.yml', () => {
  it('lists at least one action and the CLI, with Node 20 and 24', () => {
    expect(manifest.actions.length).toBeGreaterThan(0)
    expect(manifest.environments.node).toEqual(expect.arrayContaining(['20', '24']))
    expect(existsSync(join(repoRoot, manifest.cli.entry))).toBe(true)
  })

  for (const action of manifest.actions) {
    describe(action.id, () => {
      const dir = join(repoRoot, 'actions', action.id)
      const meta = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as {
        name: string
        description: string
        inputs?: Record<string, { description?: string }>
        outputs?: Record<string, { description?: string }>
        runs: { using: string; main: string }
      }

      it('has action.yml running its bundle on node24', () => {
        expect(meta.runs.using).toBe('node24')
        expect(resolve(dir, meta.runs.main)).toBe(resolve(repoRoot, action.bundle))
        expect(existsSync(join(repoRoot, action.entry))).toBe(true)
      })

      it('documents every input and output in its README', () => {
        const readme = readFileSync(join(dir, 'README.md'), 'utf8')
        for (const name of [...Object.keys(meta.inputs ?? {}), ...Object.keys(meta.outputs ?? {})]) {
          expect({ name, documented: readme.includes(`\`${name}\``) }).toEqual({ name, documented: true })
        }
        for (const [name, input] of Object.entries(meta.inputs ?? {})) {
          expect({ name, hasDescription: Boolean(input.description) }).toEqual({ name, hasDescription: true })
        }
      })

      it('declares the permissions it needs', () => {
        expect(Object.keys(action.permissions).length).toBeGreaterThan(0)
        for (const level of Object.values(action.permissions)) expect(['read', 'write']).toContain(level)
      })
    })
  }
})

describe('.github/workflows/ci.yml', () => {
  it('tests on the environment matrix the manifest declares', () => {
    const ci = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: { test: { strategy: { matrix: { os: string[]; node: string[] } } } }
    }
    const { matrix } = ci.jobs.test.strategy
    expect([...matrix.node].sort()).toEqual([...manifest.environments.node].sort())
    expect([...matrix.os].sort()).toEqual([...manifest.environments.os].sort())
  })
})
