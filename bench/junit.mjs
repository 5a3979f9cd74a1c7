// JUnit ingestion (flaky-quarantine): a generated ~13 MB report with 100k testcases (suites of 50, 2% failures
// with a stack trace, 1% skipped, some captured output), parsed into the full result model by our streaming
// reader (src/flaky/junit.ts, bundled with esbuild) against npm fast-xml-parser (installed in node_modules)
// building its plain object tree of the same file. Same file, same Node, alternating runs, best of 3; peak RSS
// of each process. A second, twice as large file shows whether our memory follows the file size (it should
// follow the number of cases kept, not the bytes read: the reader holds only the unfinished tail).
// Target (issue #9): at most 1.0x fast-xml-parser's time, memory flat in the file size.
import { existsSync, mkdirSync, writeFileSync, createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { bestPair, emit, fileMB, measure, out, prng, root } from './generate-coverage.mjs'

mkdirSync(out, { recursive: true })

async function generate(path, cases, seed, outputBytes = 0) {
  const rand = prng(seed)
  const w = createWriteStream(path)
  const write = s => (w.write(s) ? undefined : new Promise(ok => w.once('drain', ok)))
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n')
  for (let s = 0; s < cases / 50; s++) {
    await write(`  <testsuite name="com.example.module${s % 40}.Service${s}Test" tests="50" time="1.234">\n`)
    for (let c = 0; c < 50; c++) {
      const r = rand()
      const attrs = `classname="com.example.module${s % 40}.Service${s}Test" name="shouldHandleCase${c}_withInput${Math.floor(r * 1e6)}" time="${(r * 2).toFixed(3)}"`
      if (r < 0.02) {
        await write(
          `    <testcase ${attrs}>\n      <failure message="expected &lt;${c}&gt; but was &lt;${c + 1}&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;${c}&gt; but was: &lt;${c + 1}&gt;\n${'\tat com.example.Service.method(Service.java:42)\n'.repeat(12)}</failure>\n    </testcase>\n`
        )
      } else if (r < 0.03) {
        await write(`    <testcase ${attrs}>\n      <skipped message="disabled"/>\n    </testcase>\n`)
      } else if (r < 0.05) {
        await write(
          `    <testcase ${attrs}>\n      <system-out><![CDATA[${'log line with some text\n'.repeat(8)}]]></system-out>\n    </testcase>\n`
        )
      } else {
        await write(`    <testcase ${attrs}/>\n`)
      }
    }
    if (outputBytes > 0) await write(`    <system-out><![CDATA[${'x'.repeat(outputBytes)}]]></system-out>\n`)
    await write('  </testsuite>\n')
  }
  await write('</testsuites>\n')
  await new Promise(ok => w.end(ok))
}

const small = join(out, 'junit-100k.xml')
const large = join(out, 'junit-100k-big-output.xml')
if (!existsSync(small)) await generate(small, 100_000, 7)
// Same 100k cases, plus ~13 MB more of suite-level captured output: twice the bytes, same cases.
if (!existsSync(large)) await generate(large, 100_000, 7, 6500)

const { build } = await import('esbuild')
const oursEntry = join(out, 'junit-ours.mjs')
await build({
  stdin: {
    contents: `import { parseJunitFile } from ${JSON.stringify(join(root, 'src/flaky/junit.ts'))}
const r = await parseJunitFile(process.argv[2])
process.stdout.write(JSON.stringify(r.totals))`,
    resolveDir: root,
    loader: 'ts'
  },
  outfile: oursEntry,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error'
})
const peerEntry = join(out, 'junit-fast-xml-parser.mjs')
writeFileSync(
  peerEntry,
  `import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
const doc = new XMLParser({ ignoreAttributes: false, isArray: n => n === 'testsuite' || n === 'testcase' }).parse(readFileSync(process.argv[2], 'utf8'))
let n = 0
for (const s of doc.testsuites.testsuite) n += s.testcase.length
process.stdout.write(JSON.stringify({ tests: n }))
`
)
const peerPkg = JSON.parse(
  (await import('node:fs')).readFileSync(join(root, 'node_modules/fast-xml-parser/package.json'), 'utf8')
)

for (const [label, file] of [
  ['13 MB / 100k cases', small],
  ['26 MB / same 100k cases + 13 MB output', large]
]) {
  const [ours, peer] = bestPair(
    3,
    () => measure(process.execPath, [oursEntry, file]),
    () => measure(process.execPath, [peerEntry, file], { cwd: out })
  )
  const t = JSON.parse(ours.stdout)
  const p = JSON.parse(peer.stdout)
  if (t.tests !== p.tests) throw new Error(`case counts differ: ours ${t.tests}, fast-xml-parser ${p.tests}`)
  emit({
    name: `flaky: JUnit ${label}`,
    input: `${fileMB(file)} MB, ${t.tests} cases (${t.failed} failed, ${t.skipped} skipped)`,
    ours: { ms: ours.ms, peakRssMB: ours.peakRssMB, cpuMs: ours.cpuMs },
    peerName: `fast-xml-parser ${peerPkg.version} (object tree only)`,
    peer: { ms: peer.ms, peakRssMB: peer.peakRssMB, cpuMs: peer.cpuMs },
    ratio: Math.round((peer.ms / ours.ms) * 100) / 100,
    target: '≤ 1.0× fast-xml-parser time, memory flat in file size',
    note: 'ours builds the full model (ids, attempts, capped text); best of 3, alternating'
  })
}
