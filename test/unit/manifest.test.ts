import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { bundleDir, repoRoot } from '../support/runner.js'

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

interface EntrySizes {
  bundle: string
  startupBytes: number
  onDemandBytes: number
  startupFiles: string[]
  onDemandFiles: string[]
  startupPackages: Record<string, number>
  onDemandPackages: Record<string, number>
}

/** Every file below dir, as paths relative to it, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap(e => (e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort()
}

// .test-dist/ is what the jest globalSetup built from the current source with scripts/build.mjs (as npm run build).
describe('the bundles (scripts/build.mjs)', () => {
  const sizes = JSON.parse(readFileSync(join(bundleDir, 'sizes.json'), 'utf8')) as {
    totalBytes: number
    entries: Record<string, EntrySizes>
  }
  const entries = [
    ...manifest.actions.map(a => ({ name: a.id, bundle: a.bundle })),
    { name: 'cli', ...manifest.cli }
  ]

  it('are ES modules, the actions sharing one set of chunks and the CLI its own, every import resolving', () => {
    expect(JSON.parse(readFileSync(join(bundleDir, 'package.json'), 'utf8'))).toEqual({ type: 'module' })
    for (const { bundle } of entries) {
      const file = join(bundleDir, relative('dist', bundle))
      const imports = [...readFileSync(file, 'utf8').matchAll(/\bfrom\s*"(\.[^"]+)"/g)].map(m => m[1] ?? '')
      const cli = bundle === manifest.cli.bundle
      expect({ bundle, importsChunks: imports.length > 0 }).toEqual({ bundle, importsChunks: true })
      for (const spec of imports) {
        expect({ bundle, spec, exists: existsSync(resolve(dirname(file), spec)) }).toEqual({
          bundle,
          spec,
          exists: true
        })
        // The CLI's chunks sit beside its entry (dist/cli/), the actions' in dist/chunks/.
        expect(spec).toMatch(cli ? /^\.\/[\w-]+\.js$/ : /^\.\.\/chunks\/[\w-]+\.js$/)
      }
    }
  })

  it('are ASCII-only, every .js and .mjs (Node reads them without a UTF-8 decode)', () => {
    const scripts = listFiles(bundleDir).filter(f => /\.m?js$/.test(f))
    expect(scripts.length).toBeGreaterThan(10)
    for (const f of scripts) {
      const bytes = readFileSync(join(bundleDir, f))
      const at = bytes.findIndex(b => b >= 0x80)
      expect({ f, firstNonAscii: at }).toEqual({ f, firstNonAscii: -1 })
    }
  })

  it("keep the source maps' columns right after an escaped character (the visual gate's `[x×]`)", () => {
    const file = join(bundleDir, relative('dist', manifest.cli.bundle), '..')
    const gateChunk = readdirSync(file).find(
      f => f.endsWith('.js') && readFileSync(join(file, f), 'utf8').includes('// src/visual/gate.ts')
    )
    expect(gateChunk).toBeDefined()
    const text = readFileSync(join(file, gateChunk ?? ''), 'utf8')
    const lines = text.split('\n')
    const line = lines.findIndex(l => l.includes('[x\\u00D7]'))
    expect(line).toBeGreaterThan(0)
    const column = lines[line]?.lastIndexOf('.trim()') ?? -1
    const map = new SourceMap(JSON.parse(readFileSync(join(file, `${gateChunk}.map`), 'utf8')) as never)
    const entry = map.findEntry(line, column) as {
      originalSource: string
      originalLine: number
      originalColumn: number
    }
    expect(entry.originalSource).toMatch(/src\/visual\/gate\.ts$/)
    const source = readFileSync(join(repoRoot, 'src', 'visual', 'gate.ts'), 'utf8').split('\n')
    expect(source[entry.originalLine]?.slice(entry.originalColumn)).toMatch(/^(text\.)?trim\(\)/)
    expect(source[entry.originalLine]).toContain('[x\u00D7]')
  })

  it('gives the CLI entry (package.json bin) a shebang, and no other file', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      bin: Record<string, string>
    }
    expect(pkg.bin['quality-gates']).toBe(manifest.cli.bundle)
    const withShebang = listFiles(bundleDir).filter(
      f => f.endsWith('.js') && readFileSync(join(bundleDir, f), 'utf8').startsWith('#!')
    )
    expect(withShebang).toEqual([relative('dist', manifest.cli.bundle)])
    expect(readFileSync(join(bundleDir, withShebang[0] ?? ''), 'utf8').split('\n')[0]).toBe(
      '#!/usr/bin/env node'
    )
  })

  // What only some paths need: uploads (@actions/artifact, the Azure SDK), a proxy (@actions/github's undici fetch),
  // OIDC tokens (@actions/http-client, undici). sizes.json lists what each entry imports statically.
  const onDemandOnly = (p: string) =>
    ['@actions/artifact', '@actions/github', '@actions/http-client', 'undici'].includes(p) ||
    p.startsWith('@azure/')

  it('load @actions/artifact, the Azure SDK and undici only on demand, never at start-up', () => {
    for (const { name, bundle } of entries) {
      const s = sizes.entries[name]
      expect(s?.bundle).toBe(bundle)
      const atStart = Object.keys(s?.startupPackages ?? {})
      expect({ name, atStart: atStart.filter(onDemandOnly) }).toEqual({ name, atStart: [] })
      for (const f of [...(s?.startupFiles ?? []), ...(s?.onDemandFiles ?? [])]) {
        expect(existsSync(join(bundleDir, f))).toBe(true)
      }
    }
    for (const action of manifest.actions) {
      // still reachable: the upload path imports it when it runs
      expect(Object.keys(sizes.entries[action.id]?.onDemandPackages ?? {})).toContain('@actions/artifact')
    }
  })

  it('are deterministic: a second build is byte-identical', () => {
    // A sibling of .test-dist/ (same depth, so the source maps' relative paths match too).
    const again = join(repoRoot, `.test-dist-again-${process.pid}`)
    try {
      const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--outdir', again], {
        encoding: 'utf8'
      })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      const files = listFiles(bundleDir)
      expect(listFiles(again)).toEqual(files)
      for (const f of files) {
        const same = readFileSync(join(again, f)).equals(readFileSync(join(bundleDir, f)))
        expect({ f, same }).toEqual({ f, same: true })
      }
    } finally {
      rmSync(again, { recursive: true, force: true })
    }
  })
})
