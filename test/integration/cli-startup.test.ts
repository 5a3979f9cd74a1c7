/**
 * What the bundled CLI (.test-dist/cli/) parses and starts for a sub-command: its entry holds only the dispatcher
 * (`--version` and `--help` load no gate), each sub-command loads its own gate's chunks and no other gate's, and a
 * local `visual` compare (both sides given) starts no git process.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { PNG } from 'pngjs'
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

describe('quality-gates visual with --baseline and --current', () => {
  let tmp: string
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'qg-cli-startup-'))
  })
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  function png(file: string, shade: number): void {
    const image = new PNG({ width: 8, height: 8 })
    image.data.fill(shade)
    for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255
    writeFileSync(file, PNG.sync.write(image))
  }

  // A `git` first on PATH that records each call: POSIX shells only (execFile finds no script on Windows).
  const posix = process.platform === 'win32' ? it.skip : it
  posix('starts no git process, inside a repository or not, and compares as before', () => {
    const bin = join(tmp, 'bin')
    const log = join(tmp, 'git-calls.log')
    mkdirSync(bin)
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexit 1\n`)
    chmodSync(join(bin, 'git'), 0o755)
    for (const side of ['base', 'cur']) mkdirSync(join(tmp, side))
    png(join(tmp, 'base', 'a.png'), 10)
    png(join(tmp, 'cur', 'a.png'), 200)
    png(join(tmp, 'base', 'b.png'), 10)
    png(join(tmp, 'cur', 'b.png'), 10)
    // cwd: this repository (a clone the old CLI asked git about) and a folder outside any
    for (const cwd of [repoRoot, tmp]) {
      const r = spawnSync(
        process.execPath,
        [CLI, 'visual', '--baseline', join(tmp, 'base'), '--current', join(tmp, 'cur'), '--json'],
        {
          cwd,
          encoding: 'utf8',
          env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }
        }
      )
      expect({ cwd, status: r.status, stderr: r.stderr }).toEqual({ cwd, status: 1, stderr: '' })
      const out = JSON.parse(r.stdout) as { images: { name: string; status: string }[] }
      expect(out.images.map(i => [i.name, i.status])).toEqual([
        ['a.png', 'changed'],
        ['b.png', 'unchanged']
      ])
    }
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('')
  })
})
