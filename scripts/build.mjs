// Bundles every action and the CLI listed in action-matrix.yml with esbuild into dist/.
// CommonJS output (dist/package.json says so) because the ESM-only @actions/* packages convert cleanly
// to CJS and the runner just runs `node dist/<id>/index.js`. Output is deterministic: building twice
// gives byte-identical files, which the check-dist job relies on.
import { build } from 'esbuild'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { readManifest, root } from './manifest.mjs'

const manifest = readManifest()
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const dist = join(root, 'dist')
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })
writeFileSync(join(dist, 'package.json'), '{\n  "type": "commonjs"\n}\n')

const targets = [
  ...manifest.actions.map(a => ({ name: a.id, entry: a.entry, bundle: a.bundle, cli: false })),
  { name: 'cli', entry: manifest.cli.entry, bundle: manifest.cli.bundle, cli: true }
]

const sizes = {}
for (const t of targets) {
  const outfile = join(root, t.bundle)
  const result = await build({
    entryPoints: [join(root, t.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    // ESM dependencies (fdir, for one) read import.meta.url, which is empty in CJS: give them the bundle's own URL.
    banner: {
      js: `${t.cli ? '#!/usr/bin/env node\n' : ''}const __qg_import_meta_url = require('url').pathToFileURL(__filename).href;`
    },
    define: { __QG_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__qg_import_meta_url' }
  })
  const out = result.metafile.outputs[relative(root, outfile).split('\\').join('/')]
  const inputs = Object.entries(out?.inputs ?? {})
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
  const byPackage = {}
  for (const { path, bytes } of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
    const key = m ? m[1] : 'quality-gates'
    byPackage[key] = (byPackage[key] ?? 0) + bytes
  }
  sizes[t.name] = {
    bundle: t.bundle,
    bytes: out?.bytes ?? 0,
    packages: Object.fromEntries(
      Object.entries(byPackage).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    )
  }
}
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`)
for (const [name, s] of Object.entries(sizes)) {
  console.log(`${name.padEnd(16)} ${(s.bytes / 1024).toFixed(0).padStart(6)} KiB  ${dirname(s.bundle)}/`)
}
