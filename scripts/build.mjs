// Bundles every action and the CLI listed in action-matrix.yml with esbuild into dist/:
//   dist/<id>/index.js      one small entry per action, built together
//   dist/cli/index.js       the CLI's entry, with a shebang (package.json's bin), and its own chunks beside it
//                            (dist/cli/*-<hash>.js): each sub-command's code is loaded when that one runs
//   dist/chunks/*-<hash>.js  the code they share, and the code loaded only on demand (a dynamic import(), e.g.
//                            @actions/artifact with the Azure SDK, loaded on the first upload)
// ES modules (dist/package.json says so), with code splitting (esbuild splits only ESM output): an action parses
// at start-up only the chunks its entry imports statically, not 4 MB of everything it could need.
// CommonJS dependencies bundled into ESM still call require() for Node built-ins: each file's banner gives them a
// real one. Output is deterministic (chunk names carry a hash of their content): building twice gives
// byte-identical files, which the check-dist job relies on. dist/sizes.json says what each entry loads.
//
// Usage: node scripts/build.mjs [--outdir DIR]   (default dist/; the tests build into .test-dist/)
import { build } from 'esbuild'
import { isAscii } from 'node:buffer'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { escapeNonAscii, lineOf, shiftSourceMap } from './ascii.mjs'
import { readManifest, root } from './manifest.mjs'

const { values } = parseArgs({ options: { outdir: { type: 'string' } } })
const outdir = resolve(values.outdir ?? join(root, 'dist'))
// The folder is replaced wholesale: never the repository or a folder that holds it.
const up = relative(outdir, root)
if (!up.startsWith('..') && !isAbsolute(up)) {
  console.error(`build: --outdir ${outdir}: refusing to replace a folder that holds the repository`)
  process.exit(2)
}

const manifest = readManifest()
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** dist/<name>.js in the manifest → the entry's name inside outdir (what esbuild's entryPoints keys mean). */
function entryName(bundle) {
  const m = /^dist\/(.+)\.js$/.exec(bundle)
  if (!m) throw new Error(`action-matrix.yml: bundle "${bundle}" is not dist/<path>.js`)
  return m[1]
}
const targets = [
  ...manifest.actions.map(a => ({ name: a.id, entry: a.entry, bundle: a.bundle, cli: false })),
  { name: 'cli', entry: manifest.cli.entry, bundle: manifest.cli.bundle, cli: true }
].map(t => ({ ...t, out: entryName(t.bundle) }))

/**
 * A stand-in for a module one file of @actions/core imports for a single function no gate calls at start-up: the
 * stand-in's function imports the real module on first use. esbuild assigns whole files to chunks, so the plain
 * import would put the module (and what it imports) in every action's start-up chunks. The build fails if the
 * importer ever uses more of the module than the stand-in offers.
 * - core.js → ./oidc-utils.js for OidcClient.getIDToken (with @actions/http-client and undici, 800 kB);
 * - platform.js → @actions/exec for getExecOutput (with @actions/io, 22 kB; in start-up chunks once
 *   @actions/cache, loaded on demand, shares them).
 */
function lazyStandIn({ name, importerFile, specifier, uses, contents }) {
  return {
    name,
    setup(b) {
      const filter = new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`)
      b.onResolve({ filter }, async args => {
        if (!new RegExp(`[\\\\/]@actions[\\\\/]core[\\\\/]lib[\\\\/]${importerFile}$`).test(args.importer))
          return undefined
        const used = [...new Set(readFileSync(args.importer, 'utf8').match(uses.pattern) ?? [])]
        const other = used.filter(u => !uses.allowed.includes(u))
        if (other.length > 0 || used.length === 0) {
          return {
            errors: [
              { text: `${name}: ${args.importer} uses ${other.join(', ') || 'nothing'}; update the plugin` }
            ]
          }
        }
        const real = await b.resolve(specifier, {
          kind: 'import-statement',
          resolveDir: args.resolveDir,
          pluginData: name
        })
        if (real.errors.length > 0) return { errors: real.errors }
        return { path: real.path, namespace: name }
      })
      b.onLoad({ filter: /.*/, namespace: name }, args => ({
        contents: contents(JSON.stringify(args.path)),
        loader: 'js',
        resolveDir: dirname(args.path)
      }))
    }
  }
}

const lazyCoreOidc = lazyStandIn({
  name: 'lazy-core-oidc',
  importerFile: 'core\\.js',
  specifier: './oidc-utils.js',
  uses: { pattern: /\bOidcClient\b[.\w]*/g, allowed: ['OidcClient', 'OidcClient.getIDToken'] },
  contents: path => `export class OidcClient {
  static async getIDToken(audience) {
    return (await import(${path})).OidcClient.getIDToken(audience)
  }
}
`
})

const lazyCoreExec = lazyStandIn({
  name: 'lazy-core-exec',
  importerFile: 'platform\\.js',
  specifier: '@actions/exec',
  uses: { pattern: /\bexec\.\w+/g, allowed: ['exec.getExecOutput'] },
  contents: path => `export async function getExecOutput(...args) {
  return (await import(${path})).getExecOutput(...args)
}
`
})

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  banner: {
    js: "import { createRequire as __qgCreateRequire } from 'node:module';\nconst require = __qgCreateRequire(import.meta.url);"
  },
  define: { __QG_VERSION__: JSON.stringify(pkg.version) },
  plugins: [lazyCoreOidc, lazyCoreExec]
}
// The actions share one set of chunks; the CLI has its own, beside its entry (it needs none of the actions' heavy
// packages). Its entry is 10 kB (the dispatcher: --version and --help parse nothing else) and each sub-command
// imports its gate and the flag parser on demand: `visual` parses 0.6 MB in 14 files, `coverage` 0.5 MB in 10, not
// the 1.8 MB of every gate that one file held. Measured against that one file (both ASCII, best of 11, Node 20):
// --version 126 vs 205 ms, `coverage --help` 177 vs 218 ms, `visual --help` 179 vs 211 ms (`node -e 0`: 107 ms).
// A chunk's import.meta.url is dist/cli/<chunk>.js: the visual gate still finds dist/cli/visual-worker.js.
// playwright-core (7 MB) is built once into dist/playwright-core/, apart from every bundle: only the visual gate's
// capture imports it, on demand, so no action's or the CLI's start-up chunks carry it. Its code reads
// its package.json and browsers.json beside `__dirname/..` at load, so the folder keeps the package's layout (lib/
// and those two files) and the file is .mjs (the package.json copy says CommonJS). Every importer (a chunk in
// dist/chunks/ or in dist/cli/) sits one folder below dist/, so one relative path reaches it.
const PLAYWRIGHT_DIR = 'playwright-core'
const PLAYWRIGHT_IMPORT = `../${PLAYWRIGHT_DIR}/lib/index.mjs`
const playwrightApart = {
  name: 'playwright-apart',
  setup(b) {
    b.onResolve({ filter: /^playwright-core$/ }, () => ({ path: PLAYWRIGHT_IMPORT, external: true }))
  }
}
const actionBuild = await build({
  ...common,
  entryPoints: Object.fromEntries(targets.filter(t => !t.cli).map(t => [t.out, join(root, t.entry)])),
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [...common.plugins, playwrightApart],
  splitting: true
})
const cliBuild = await build({
  ...common,
  entryPoints: Object.fromEntries(targets.filter(t => t.cli).map(t => [t.out, join(root, t.entry)])),
  chunkNames: 'cli/[name]-[hash]',
  plugins: [...common.plugins, playwrightApart],
  splitting: true
})
// The visual gate's compare worker (a worker_threads script): one self-contained file beside each bundle that runs
// the gate, where the gate looks for it (new URL('./visual-worker.js', import.meta.url)).
const WORKER_ENTRY = 'src/visual/worker.ts'
const workerHosts = targets.filter(t => t.entry === 'src/visual/index.ts' || t.cli)
const workerBuild = await build({
  ...common,
  entryPoints: {
    ...Object.fromEntries(
      workerHosts.map(t => [join(dirname(t.out), 'visual-worker'), join(root, WORKER_ENTRY)])
    )
  },
  splitting: false
})
const playwrightPkg = join(root, 'node_modules', 'playwright-core')
const playwrightBuild = await build({
  ...common,
  entryPoints: { [`${PLAYWRIGHT_DIR}/lib/index`]: join(playwrightPkg, 'index.mjs') },
  outExtension: { '.js': '.mjs' },
  // Third-party code loaded only for capture: its 4 MB source map would only weigh on every clone of dist/.
  sourcemap: false,
  banner: {
    js: `${common.banner.js}\nimport { fileURLToPath as __qgFileURLToPath } from 'node:url';\nconst __filename = __qgFileURLToPath(import.meta.url);\nconst __dirname = __qgFileURLToPath(new URL('.', import.meta.url)).replace(/[\\\\/]$/, '');`
  },
  splitting: false
})
const builds = [actionBuild, cliBuild, workerBuild, playwrightBuild]
const result = {
  outputFiles: builds.flatMap(b => b.outputFiles),
  metafile: { outputs: Object.assign({}, ...builds.map(b => b.metafile.outputs)) }
}

// Write everything into a fresh sibling folder, then swap it in: a test run reading the previous build (another
// jest process in the same worktree) sees either the old files or the new ones, never a half-written folder.
const staging = `${outdir}.new-${process.pid}`
rmSync(staging, { recursive: true, force: true })
mkdirSync(staging, { recursive: true })
writeFileSync(join(staging, 'package.json'), '{\n  "type": "module"\n}\n')
mkdirSync(join(staging, PLAYWRIGHT_DIR), { recursive: true })
for (const f of ['package.json', 'browsers.json', 'LICENSE', 'NOTICE'])
  if (existsSync(join(playwrightPkg, f)))
    writeFileSync(join(staging, PLAYWRIGHT_DIR, f), readFileSync(join(playwrightPkg, f)))
// Every .js/.mjs is written in ASCII (scripts/ascii.mjs: Node then reads it as a one-byte string, without a
// UTF-8 decode pass), its source map's columns moved to match. The CLI's entry gets a shebang; its source map then
// starts one generated line later (a leading ';').
const cliFile = join(outdir, `${targets.find(t => t.cli).out}.js`)
const isScript = path => /\.m?js$/.test(path)
const escaped = new Map()
for (const file of result.outputFiles.filter(f => isScript(f.path)))
  escaped.set(file.path, escapeNonAscii(file.text))
const nonAscii = []
const written = new Map()
for (const file of result.outputFiles) {
  let contents = Buffer.from(file.contents.buffer, file.contents.byteOffset, file.contents.byteLength)
  const script = escaped.get(file.path)
  const mapOf = escaped.get(file.path.replace(/\.map$/, ''))
  if (script) {
    contents = Buffer.from(script.text)
    // (lines of the written file: the CLI entry's shebang comes first)
    const shift = file.path === cliFile ? 1 : 0
    for (const p of script.problems)
      nonAscii.push(`${relative(root, file.path)}:${p.line + shift}:${p.column}: ${p.reason}`)
  } else if (file.path.endsWith('.map') && mapOf && mapOf.moves.size > 0) {
    contents = Buffer.from(`${JSON.stringify(shiftSourceMap(JSON.parse(file.text), mapOf.moves))}\n`)
  }
  if (file.path === cliFile) contents = Buffer.concat([Buffer.from('#!/usr/bin/env node\n'), contents])
  if (file.path === `${cliFile}.map`) {
    const map = JSON.parse(contents.toString('utf8'))
    map.mappings = `;${map.mappings}`
    contents = Buffer.from(`${JSON.stringify(map)}\n`)
  }
  // The last word: any byte the escaping left (a problem above, or one it never saw) fails the build.
  if (isScript(file.path) && !script?.problems.length && !isAscii(contents)) {
    const text = contents.toString('utf8')
    const at = text.search(/[^\0-\x7f]/)
    const { line, column } = lineOf(text, at)
    nonAscii.push(`${relative(root, file.path)}:${line}:${column}: a non-ASCII character`)
  }
  const target = join(staging, relative(outdir, file.path))
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, contents)
  written.set(relative(root, file.path).split('\\').join('/'), contents.length)
}
if (nonAscii.length > 0) {
  rmSync(staging, { recursive: true, force: true })
  console.error(
    `build: non-ASCII characters left in the bundles (each line says why; usually: write them as \\uXXXX in the source):`
  )
  for (const line of nonAscii.slice(0, 50)) console.error(`  ${line}`)
  if (nonAscii.length > 50) console.error(`  ... and ${nonAscii.length - 50} more`)
  process.exit(1)
}

// What each entry parses at start-up (itself and the chunks it imports statically, transitively) and what it
// can load later (dynamic imports), in bytes and by package.
const outputs = result.metafile.outputs
const key = path => relative(root, join(outdir, path)).split('\\').join('/')
const packageOf = path => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'quality-gates'
function closure(start, kinds) {
  const seen = new Set()
  const todo = [start]
  while (todo.length) {
    const o = todo.pop()
    if (seen.has(o)) continue
    seen.add(o)
    for (const i of outputs[o]?.imports ?? []) if (!i.external && kinds.includes(i.kind)) todo.push(i.path)
  }
  return seen
}
function tally(files) {
  let bytes = 0
  const byPackage = {}
  for (const f of files) {
    bytes += written.get(f) ?? outputs[f].bytes
    for (const [path, v] of Object.entries(outputs[f].inputs)) {
      byPackage[packageOf(path)] = (byPackage[packageOf(path)] ?? 0) + v.bytesInOutput
    }
  }
  const packages = Object.fromEntries(
    Object.entries(byPackage)
      .filter(([, b]) => b > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  )
  return { bytes, files: [...files].map(f => relative(key('.'), f)).sort(), packages }
}
const sizes = { totalBytes: 0, entries: {} }
for (const [path, o] of Object.entries(outputs))
  if (path.endsWith('.js')) sizes.totalBytes += written.get(path) ?? o.bytes
for (const t of targets) {
  const entry = key(`${t.out}.js`)
  const atStart = closure(entry, ['import-statement'])
  const all = closure(entry, ['import-statement', 'dynamic-import'])
  const start = tally(atStart)
  const later = tally([...all].filter(f => !atStart.has(f)))
  sizes.entries[t.name] = {
    bundle: t.bundle,
    startupBytes: start.bytes,
    onDemandBytes: later.bytes,
    startupFiles: start.files,
    onDemandFiles: later.files,
    startupPackages: start.packages,
    onDemandPackages: later.packages
  }
}
writeFileSync(join(staging, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`)
const previous = `${outdir}.old-${process.pid}`
rmSync(previous, { recursive: true, force: true })
if (existsSync(outdir)) renameSync(outdir, previous)
renameSync(staging, outdir)
rmSync(previous, { recursive: true, force: true })
if (!values.outdir) {
  for (const [name, s] of Object.entries(sizes.entries)) {
    console.log(
      `${name.padEnd(16)} ${(s.startupBytes / 1024).toFixed(0).padStart(6)} KiB at start-up, ${(s.onDemandBytes / 1024).toFixed(0).padStart(6)} KiB on demand`
    )
  }
  console.log(`${'all files'.padEnd(16)} ${(sizes.totalBytes / 1024).toFixed(0).padStart(6)} KiB`)
}
