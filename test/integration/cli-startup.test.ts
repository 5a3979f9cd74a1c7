/**
 * What the bundled CLI (.test-dist/cli/) parses and starts for a sub-command: its entry holds only the dispatcher
 * (`--version` and `--help` load no gate), each sub-command loads its own gate's chunks and no other gate's.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleDir, repoRoot } from '../support/runner.js'

const cliDir = join(bundleDir, 'cli')
const CLI = join(cliDir, 'index.js')

/** The files `start` imports statically, transitively (itself included), by their `from "./x.js"` lines. */
function staticClosure(start: string): string[] {
  const seen = new Set<string>()
  const todo = [start]
  // Bounded: each file is read once; the folder holds a few dozen.
  while (todo.length > 0) {
    const f = todo.pop() as string
    if (seen.has(f)) continue
    seen.add(f)
    const text = readFileSync(join(cliDir, f), 'utf8')
    for (const m of text.matchAll(
      /^(?:import|export)\b[^;]*?\bfrom\s*"\.\/([\w-]+\.js)"|^import\s*"\.\/([\w-]+\.js)"/gm
    ))
      todo.push((m[1] ?? m[2]) as string)
  }
  return [...seen].sort()
}

/** The source folders (`src/coverage/`, `node_modules/yaml/`…) whose code the files hold, by esbuild's comments. */
function sourcesOf(files: string[]): Set<string> {
  const out = new Set<string>()
  for (const f of files) {
    const text = readFileSync(join(cliDir, f), 'utf8')
    for (const m of text.matchAll(/^\/\/ (src\/[\w-]+\/)/gm)) out.add(m[1] as string)
    for (const m of text.matchAll(/^\/\/ (?:.*\/)?(node_modules\/(?:@[\w.-]+\/)?[\w.-]+\/)/gm))
      out.add(m[1] as string)
  }
  return out
}

/** The chunk the entry imports on demand for `import("./gate-….js")` whose code is `src/<folder>/<file>`. */
function chunkOf(source: string): string {
  const entry = readFileSync(CLI, 'utf8')
  const chunks = [...entry.matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map(m => m[1] as string)
  const found = chunks.filter(c => readFileSync(join(cliDir, c), 'utf8').includes(`// ${source}\n`))
  expect({ source, found: found.length }).toEqual({ source, found: 1 })
  return found[0] as string
}

describe('the CLI bundle (dist/cli/): an entry and chunks beside it', () => {
  it('parses only the dispatcher for --version and --help: no gate, no flag parser, no package', () => {
    const atStart = staticClosure('index.js')
    const sources = [...sourcesOf(atStart)]
    expect(sources.filter(s => s !== 'src/cli/' && s !== 'src/shared/')).toEqual([])
    for (const f of atStart)
      expect({ f, command: readFileSync(join(cliDir, f), 'utf8').includes('// src/cli/command.ts') }).toEqual(
        { f, command: false }
      )
    const r = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version
    )
  })

  it("loads for `visual` the visual gate and not the coverage parsers, pr-report's sanitiser, perf or flaky", () => {
    const files = staticClosure(chunkOf('src/visual/gate.ts'))
    const sources = sourcesOf([...files, ...staticClosure(chunkOf('src/cli/command.ts'))])
    expect(sources.has('src/visual/')).toBe(true)
    for (const other of ['src/coverage/', 'src/pr-report/', 'src/perf/', 'src/flaky/'])
      expect({ other, loaded: sources.has(other) }).toEqual({ other, loaded: false })
    // the compare worker sits beside every chunk, where import.meta.url of the gate's chunk finds it
    expect(existsSync(join(cliDir, 'visual-worker.js'))).toBe(true)
  })

  it('loads for `coverage` its parsers and not the visual gate, pixelmatch, pr-report or flaky', () => {
    const sources = sourcesOf(staticClosure(chunkOf('src/coverage/gate.ts')))
    expect(sources.has('src/coverage/')).toBe(true)
    for (const other of ['src/visual/', 'node_modules/pixelmatch/', 'src/pr-report/', 'src/flaky/'])
      expect({ other, loaded: sources.has(other) }).toEqual({ other, loaded: false })
  })
})
