// Visual compare: ours through the CLI (`node dist/cli/index.js visual --baseline … --current … --diff-dir …
// --json`: start-up, listing, the worker pool sized to the cores, diff PNGs and the HTML report written — what a
// user runs) vs odiff-bin 4.5.0 in its server mode (one odiff process for the suite, AA excluded like ours) and vs
// plain pngjs + pixelmatch with a byte-equality shortcut — each a child process under /usr/bin/time, in
// alternating runs (best of N each). `npm run build` first (the bench refuses a missing or stale dist/cli).
// Inputs, made once into bench/.out/visual/:
//   (a) a suite of 40 real Chromium screenshots (1280×800, generated HTML), 32 byte-identical, 8 changed;
//   (b) its 8 changed pairs alone;
//   (c) one changed 1280×8000 full-page Chromium pair;
//   (d) the 37 MP odiff cypress pair from ../shared/corpus (skipped when absent).
// `node bench/visual.mjs --run <odiff|plain> <baselineDir> <currentDir> <diffDir>` is a peer's measured child.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bestPair, emit, measure, out, ratio, root } from './generate-coverage.mjs'

const dir = join(out, 'visual')

/**
 * odiff-bin 4.5.0, installed on first use outside the project's node_modules: the registry this project builds
 * against holds only its linux-x64 binary package, so it cannot be in package-lock.json (npm ci would refuse it).
 */
function odiffBin() {
  const prefix = join(root, '.bench-peers')
  const main = join(prefix, 'node_modules', 'odiff-bin', 'odiff.js')
  if (!existsSync(main)) {
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'odiff-bin@4.5.0'],
      {
        stdio: 'inherit'
      }
    )
  }
  return pathToFileURL(main).href
}

if (process.argv[2] === '--run') {
  const [, , , mode, base, cur, diff] = process.argv
  rmSync(diff, { recursive: true, force: true })
  mkdirSync(diff, { recursive: true })
  const names = readdirSync(base).filter(n => n.endsWith('.png'))
  let changed = 0
  if (mode === 'odiff') {
    const { ODiffServer } = await import(odiffBin())
    const server = new ODiffServer()
    for (const n of names) {
      const r = await server.compare(join(base, n), join(cur, n), join(diff, n), {
        antialiasing: true,
        threshold: 0.1
      })
      if (!r.match) changed++
    }
    server.stop()
  } else {
    const { PNG } = await import('pngjs')
    const { default: pixelmatch } = await import('pixelmatch')
    for (const n of names) {
      const ab = readFileSync(join(base, n))
      const bb = readFileSync(join(cur, n))
      if (ab.equals(bb)) continue
      const a = PNG.sync.read(ab)
      const b = PNG.sync.read(bb)
      const o = new PNG({ width: a.width, height: a.height })
      if (a.width !== b.width || a.height !== b.height) {
        changed++
        continue
      }
      if (pixelmatch(a.data, b.data, o.data, a.width, a.height, { threshold: 0.1 }) > 0) {
        changed++
        writeFileSync(join(diff, n), PNG.sync.write(o))
      }
    }
  }
  process.stdout.write(`${JSON.stringify({ changed })}\n`)
  process.exit(0)
}

mkdirSync(dir, { recursive: true })
const cli = join(root, 'dist', 'cli', 'index.js')
const worker = join(root, 'dist', 'cli', 'visual-worker.js')
{
  const newest = (d, acc = 0) =>
    readdirSync(d, { withFileTypes: true }).reduce(
      (m, e) => Math.max(m, e.isDirectory() ? newest(join(d, e.name)) : statSync(join(d, e.name)).mtimeMs),
      acc
    )
  const help = existsSync(cli) ? spawnSync(process.execPath, [cli, 'visual', '--help']) : null
  if (!help || help.status !== 0 || !existsSync(worker))
    throw new Error('no dist/cli/index.js with the visual command: run `npm run build` first')
  if (newest(join(root, 'src', 'visual')) > statSync(worker).mtimeMs)
    throw new Error('dist/cli is older than src/visual: run `npm run build` first')
}

function html(i, variant, rows = 12) {
  const hue = (i * 37) % 360
  const items = Array.from(
    { length: rows },
    (_, r) =>
      `<li style="padding:6px;border-bottom:1px solid #ddd">Row ${r} of page ${i}: <b>lorem ipsum</b> dolor sit amet <span style="color:hsl(${hue},60%,40%)">€${(r * 3.7).toFixed(2)}</span></li>`
  ).join('')
  const title = variant ? `Page ${i} — updated` : `Page ${i}`
  return `<!doctype html><html><body style="font-family:sans-serif;margin:24px;background:${variant ? '#fafafa' : '#fff'}">
<header style="background:hsl(${hue},50%,30%);color:#fff;padding:16px;border-radius:12px"><h1>${title}</h1></header>
<nav style="display:flex;gap:12px;margin:12px 0">${['Home', 'Shop', 'About', 'Contact'].map(n => `<a href="#">${n}</a>`).join('')}</nav>
<ul style="list-style:none;padding:0">${items}</ul></body></html>`
}

async function makeInputs() {
  const suiteBase = join(dir, 'suite', 'base')
  if (existsSync(join(dir, 'tall', 'cur', 'tall.png'))) return
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    for (const side of ['base', 'cur']) {
      mkdirSync(join(dir, 'suite', side), { recursive: true })
      mkdirSync(join(dir, 'changed', side), { recursive: true })
      mkdirSync(join(dir, 'tall', side), { recursive: true })
    }
    for (let i = 0; i < 40; i++) {
      const name = `page-${String(i).padStart(2, '0')}.png`
      await page.setContent(html(i, false))
      await page.screenshot({ path: join(suiteBase, name), animations: 'disabled', caret: 'hide' })
      if (i % 5 === 4) {
        await page.setContent(html(i, true))
        await page.screenshot({
          path: join(dir, 'suite', 'cur', name),
          animations: 'disabled',
          caret: 'hide'
        })
        copyFileSync(join(suiteBase, name), join(dir, 'changed', 'base', name))
        copyFileSync(join(dir, 'suite', 'cur', name), join(dir, 'changed', 'cur', name))
      } else copyFileSync(join(suiteBase, name), join(dir, 'suite', 'cur', name))
    }
    await page.setViewportSize({ width: 1280, height: 8000 })
    await page.setContent(html(99, false, 230))
    await page.screenshot({
      path: join(dir, 'tall', 'base', 'tall.png'),
      animations: 'disabled',
      caret: 'hide'
    })
    await page.setContent(html(99, true, 230))
    await page.screenshot({
      path: join(dir, 'tall', 'cur', 'tall.png'),
      animations: 'disabled',
      caret: 'hide'
    })
  } finally {
    await browser.close()
  }
}
await makeInputs()

const cypress = join(root, '..', 'shared', 'corpus', 'images', 'odiff', 'images')
if (existsSync(join(cypress, 'www.cypress.io.png'))) {
  for (const side of ['base', 'cur']) mkdirSync(join(dir, 'cypress', side), { recursive: true })
  copyFileSync(join(cypress, 'www.cypress.io.png'), join(dir, 'cypress', 'base', 'cypress.png'))
  copyFileSync(join(cypress, 'www.cypress.io-1.png'), join(dir, 'cypress', 'cur', 'cypress.png'))
}

const self = join(root, 'bench', 'visual.mjs')
const run = (mode, set) => () =>
  mode === 'ours'
    ? runCli(set)
    : measure(process.execPath, [
        self,
        '--run',
        mode,
        join(dir, set, 'base'),
        join(dir, set, 'cur'),
        join(dir, set, `diff-${mode}`)
      ])
/** The CLI, as a user runs it; exit 1 is its answer for changed images. Its JSON becomes `{ changed }`. */
function runCli(set) {
  const diff = join(dir, set, 'diff-ours')
  rmSync(diff, { recursive: true, force: true })
  const r = measure(
    process.execPath,
    [
      cli,
      'visual',
      '--baseline',
      join(dir, set, 'base'),
      '--current',
      join(dir, set, 'cur'),
      '--diff-dir',
      diff,
      '--json'
    ],
    { okStatus: [0, 1] }
  )
  const { images } = JSON.parse(r.stdout)
  return { ...r, stdout: JSON.stringify({ changed: images.filter(i => i.status !== 'unchanged').length }) }
}
const cores = availableParallelism()
// Installed here, with this process's environment: the measured children run without NODE_EXTRA_CA_CERTS, and
// npm behind a proxy with its own CA then fails (retrying for minutes) inside the first measured odiff run.
odiffBin()
const cases = [
  ['suite', 'visual: 40 Chromium screenshots, 80 % byte-identical', 5, 3],
  ['changed', 'visual: the 8 changed 1280×800 pairs alone', 5, 1 / 1.5],
  ['tall', 'visual: one changed 1280×8000 pair', 5, 1 / 1.5],
  ['cypress', 'visual: 37 MP cypress pair (3446×10728)', 3, 1 / 2]
]
// VISUAL_CASES=suite,changed limits the cases; VISUAL_RUNS=3 caps the runs per case (a short check).
const only = process.env.VISUAL_CASES ? new Set(process.env.VISUAL_CASES.split(',')) : null
const cap = Number(process.env.VISUAL_RUNS) > 0 ? Number(process.env.VISUAL_RUNS) : Infinity
for (const [set, name, runs, target] of cases) {
  if (!existsSync(join(dir, set, 'base')) || (only && !only.has(set))) continue
  const n = Math.min(runs, cap)
  const [ours, odiff] = bestPair(n, run('ours', set), run('odiff', set))
  const [, plain] = bestPair(Math.min(n, 3), () => ({ ms: 0 }), run('plain', set))
  const agree = JSON.parse(ours.stdout).changed === JSON.parse(odiff.stdout).changed
  emit({
    name,
    ours: { ms: ours.ms, peakRssMB: ours.peakRssMB },
    peer: { ms: odiff.ms, peakRssMB: odiff.peakRssMB },
    ratio: ratio(odiff.ms, ours.ms),
    target: `≥ ${Math.round(target * 100) / 100}× odiff server (${cores} cores)`,
    note: `ours = the quality-gates visual CLI; peer odiff-bin 4.5.0 server mode; plain pngjs+pixelmatch ${plain.ms} ms / ${plain.peakRssMB} MB (${ratio(plain.ms, ours.ms)}× ours); changed images agree with odiff: ${agree}`
  })
}
