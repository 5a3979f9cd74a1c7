/**
 * The Cobertura `<line/>` byte scanner (src/coverage/parse/cobertura-lines.ts) against the general
 * tokenizer path: every generated variant (spacing, attribute order, entities, comments, children,
 * repeats, huge and odd numbers, truncations and deletions at every byte) must give the same report or
 * the same error with the scanner on and forced off.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CoverageReport } from '../../src/coverage/model.js'
import { parseCobertura, type CoberturaOptions } from '../../src/coverage/parse/cobertura.js'
import { detectFormat, type ParseOptions } from '../../src/coverage/parse/index.js'
import { PathNormalizer } from '../../src/coverage/parse/paths.js'
import { UserError } from '../../src/shared/errors.js'

const repo = mkdtempSync(join(tmpdir(), 'qg-cobfast-'))
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
})

type Snapshot = unknown

function snapshot(r: CoverageReport): Snapshot {
  return {
    format: r.format,
    source: r.source,
    producerTotals: r.producerTotals,
    warnings: r.warnings,
    files: [...r.files].map(([key, f]) => ({
      key,
      path: f.path,
      size: f.lines.size,
      functions: f.functions,
      lines: [...f.lines].map(([line, rec]) => [
        line,
        rec.hits,
        rec.branches?.covered,
        rec.branches?.total,
        rec.partial
      ]),
      has: [...f.lines.keys()].every(k => f.lines.has(k) && f.lines.get(k) !== undefined)
    }))
  }
}

interface Outcome {
  report?: Snapshot
  error?: string
  userError?: boolean
}

function outcome(doc: string | Buffer, cob: CoberturaOptions, opts: ParseOptions): Outcome {
  try {
    const buf = typeof doc === 'string' ? Buffer.from(doc, 'utf8') : doc
    const paths = new PathNormalizer({ repoRoot: opts.repoRoot, pathMappings: opts.pathMappings })
    return { report: snapshot(parseCobertura(buf, 'cov.xml', paths, cob)) }
  } catch (e) {
    return { error: (e as Error).message, userError: e instanceof UserError }
  }
}

/**
 * Parse with the scanner on and off, require identical outcomes; returns the outcome and how many lines the
 * scanner read. `maxRun` caps one scan (small: long runs are stored in pieces).
 */
function both(
  doc: string | Buffer,
  opts: ParseOptions = {},
  maxRun?: number
): { out: Outcome; consumed: number } {
  const fastStats = { linesScanned: 0 }
  const fast = outcome(doc, { fastLines: true, maxRun, stats: fastStats }, opts)
  const slowStats = { linesScanned: 0 }
  const slow = outcome(doc, { fastLines: false, maxRun, stats: slowStats }, opts)
  expect(slowStats.linesScanned).toBe(0) // the forced-off run used no scanner
  const consumed = fastStats.linesScanned
  if (JSON.stringify(fast) !== JSON.stringify(slow)) {
    // Show the document that differs.
    expect({ doc: doc.toString(), out: fast }).toEqual({ doc: doc.toString(), out: slow })
  }
  return { out: fast, consumed }
}

/** Lines of the single file `path` as [line, hits, covered?, total?] tuples. */
function linesOf(out: Outcome, path: string): unknown[] {
  const files = (out.report as { files: { path: string; lines: unknown[][] }[] } | undefined)?.files ?? []
  const f = files.find(x => x.path === path)
  if (f === undefined) throw new Error(`no file ${path} in ${JSON.stringify(out)}`)
  return f.lines.map(l => l.slice(0, l[2] === undefined ? 2 : 4))
}

const HEAD =
  '<?xml version="1.0"?>\n<coverage lines-valid="3" lines-covered="2" branches-valid="2" branches-covered="1">'
const doc = (body: string): string =>
  `${HEAD}\n<packages><package name="p"><classes>\n${body}\n</classes></package></packages>\n</coverage>`
const ownLines = (v: string, file = 'a.py'): string =>
  `<class name="A" filename="${file}"><methods/><lines>\n<line number="1" hits="1"/>\n${v}\n<line number="90" hits="2"/>\n</lines></class>`

const VARIANTS: string[] = [
  '<line number="5" hits="3"/>',
  '<line number="5" hits="3" />',
  '<line  number="5"  hits="3"/>',
  '<line\nnumber="5"\thits="3"\r\n/>',
  '<line number = "5" hits="3"/>',
  '<line number="5"hits="3"/>',
  '<line hits="3" number="5"/>',
  "<line number='5' hits='3'/>",
  '<line number="5" hits="3" branch="false"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)" missing-branches="7"/>',
  '<line number="5" hits="3" condition-coverage="50% (1/2)" branch="true"/>',
  '<line number="5" hits="3" branch="false" condition-coverage="50% (1/2)"/>',
  '<line number="5" hits="3" branch="FALSE" condition-coverage="50% (1/2)"/>',
  '<line number="5" hits="3" branch="False" condition-coverage="bogus"/>',
  '<line number="5" hits="3" branch="falsé" condition-coverage="50% (1/2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="(1 / 2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="x(a/2)(3/4)(5/6)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="((1/2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2"/>',
  '<line number="5" hits="3" branch="true" condition-coverage=""/>',
  '<line number="5" hits="3" branch="true" condition-coverage="100%"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="(1/\u000b2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="é (1/2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="(１/2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="(123456789012345/999999999999999)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="(1234567890123456/99999999999999999)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="50% &#40;1/2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)" condition-coverage="0% (0/2)"/>',
  '<line number="5" hits="3" branch="true" branch="false" condition-coverage="50% (1/2)"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)"><conditions><condition number="0" type="jump" coverage="50%"/></conditions></line>',
  '<line number="5" hits="3"></line>',
  '<line number="5" hits="3">text</line>',
  '<line number="5" hits="3"><line number="6" hits="4"/></line>',
  '<line number="&#53;" hits="3"/>',
  '<line number="5" hits="3&amp;"/>',
  '<line number="5" hits="3" note="a&amp;b"/>',
  '<line number="5" hits="3" note="&bogus;"/>',
  '<line number="5" hits="3" note="a>b"/>',
  '<line number="5" hits="3" note="é ü"/>',
  '<line number="5" hits="3" number-x="9" hits2="1"/>',
  '<line number="5" hits="3" x:y="1" _z.w="2"/>',
  '<line number="5" hits="3" a/b="1"/>',
  '<line number="5" hits="3" é="1"/>',
  '<line number="5" hits="3" a\u0000b="1"/>',
  '<line number="5" number="6" hits="3"/>',
  '<line number="5" hits="3" hits="4"/>',
  '<line number="5" hits="3" number="6"/>',
  '<line number="5" hits="3"branch="true" condition-coverage="50% (1/2)"/>',
  '<line number="5" hits="3" >',
  '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)" hits="1"/>',
  '<line number="5"/>',
  '<line hits="3"/>',
  '<line/>',
  '<line />',
  '<Line number="5" hits="3"/>',
  '<linex number="5" hits="3"/>',
  '<line number="5" hits="3"',
  '<line number="5" hits="3/>',
  '<line number="5" hits="3"/ >',
  '<line number="5" hits=3/>',
  '<line number="5" hits/>',
  '<line number="5" ="1" hits="3"/>',
  '<line number="0" hits="3"/>',
  '<line number="00005" hits="0003"/>',
  '<line number="-1" hits="3"/>',
  '<line number="5" hits="-3"/>',
  '<line number="+5" hits="3"/>',
  '<line number="5.0" hits="3.0"/>',
  '<line number="5" hits="1e3"/>',
  '<line number="5" hits="3.5"/>',
  '<line number="" hits="3"/>',
  '<line number="5" hits=""/>',
  '<line number=" 5" hits="3"/>',
  '<line number="5" hits="0x10"/>',
  '<line number="5" hits="2147483647"/>',
  '<line number="5" hits="2147483648"/>',
  '<line number="5" hits="4294967296"/>',
  '<line number="5" hits="123456789012345"/>',
  '<line number="5" hits="999999999999999"/>',
  '<line number="5" hits="1234567890123456"/>',
  '<line number="5" hits="9007199254740993"/>',
  '<line number="5" hits="99999999999999999999"/>',
  '<line number="000000000000000005" hits="3"/>',
  '<line number="4194303" hits="3"/>',
  '<line number="4194304" hits="3"/>',
  '<line number="999999999999999" hits="3"/>',
  '<line number="2" hits="3"/>',
  '<line number="1" hits="3"/>',
  '<line number="90" hits="3"/>',
  '<line number="5" hits="3"/><line number="5" hits="4"/>',
  '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)"/><line number="5" hits="1" branch="true" condition-coverage="100% (2/2)"/>',
  '<line number="7" hits="3"/><line number="6" hits="4"/>',
  '<!-- comment --><line number="5" hits="3"/>',
  '<line number="5" hits="3"/><!-- <line number="6" hits="1"/> -->',
  '<![CDATA[<line number="6" hits="1"/>]]><line number="5" hits="3"/>',
  '<?pi x?><line number="5" hits="3"/>',
  'junk text<line number="5" hits="3"/>',
  '&amp;<line number="5" hits="3"/>',
  '&bogus;<line number="5" hits="3"/>',
  '<methods><method name="m"><lines><line number="40" hits="9"/></lines></method></methods><line number="5" hits="3"/>',
  '<lines><line number="5" hits="3"/></lines>',
  '</lines><lines><line number="5" hits="3"/>',
  '<line number="5" hits="3"/></line>',
  '<line number="5" hits="3"/></lines>',
  '<line number="5" hits="3"/></linez>',
  '<line number="5" hits="3"/></class>',
  '<line number="5" hits="3"/><',
  '<line number="5" hits="3"/><line',
  '<line number="5" hits="3"/><line ',
  '<line number="5" hits="3"/><!DOCTYPE x>'
]

describe('Cobertura <line/> scanner', () => {
  it("reads a plain report with the scanner and gives the general path's lines", () => {
    const { out, consumed } = both(doc(ownLines('<line number="5" hits="3"/>')))
    expect(consumed).toBe(3)
    expect(linesOf(out, 'a.py')).toEqual([
      [1, 1],
      [5, 3],
      [90, 2]
    ])
  })

  it.each(VARIANTS.map(v => [v]))(
    'variant %s: same outcome with the scanner on and off, in every context',
    v => {
      // Own lines of a class; the same file already holding lines (addLine path); lines directly in the class.
      both(doc(ownLines(v)))
      both(doc(`${ownLines('<line number="3" hits="8"/>')}\n${ownLines(v)}`))
      both(doc(`<class name="A" filename="a.py">${v}<line number="9" hits="1"/></class>`))
      // Method lines (Swift: a class without own lines); a file outside the repository root.
      both(
        doc(
          `<class name="S" filename="s.swift"><methods><method name="m"><lines>${v}</lines></method></methods></class>`
        )
      )
      both(doc(`${ownLines(v, '/elsewhere/x.py')}\n${ownLines('<line number="2" hits="1"/>')}`), {
        repoRoot: repo
      })
    }
  )

  it('hands the unusual element to the general path and resumes after it', () => {
    const { out, consumed } = both(
      doc(
        ownLines(
          '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)"><conditions><condition number="0" type="jump" coverage="50%"/></conditions></line>\n<line number="6" hits="0"/>'
        )
      )
    )
    expect(consumed).toBe(3) // lines 1, 6 and 90; line 5 (with children) went the general way
    expect(linesOf(out, 'a.py')).toEqual([
      [1, 1],
      [5, 3, 1, 2],
      [6, 0],
      [90, 2]
    ])
  })

  it('reads branch lines, keeps exact 15-digit counts and sums a repeated line', () => {
    const { out, consumed } = both(
      doc(
        ownLines(
          '<line number="5" hits="999999999999999" branch="true" condition-coverage="50% (1/2)" missing-branches="7"/>\n' +
            '<line number="6" hits="2147483648"/><line number="6" hits="2"/>\n' +
            '<line number="7" hits="1" branch="false" condition-coverage="50% (1/2)"/>'
        )
      )
    )
    expect(consumed).toBe(6)
    expect(linesOf(out, 'a.py')).toEqual([
      [1, 1],
      [5, 999999999999999, 1, 2],
      [6, 2147483650],
      [7, 1],
      [90, 2]
    ])
  })

  it('leaves 16-digit and non-decimal numbers to the general path (same value or same error)', () => {
    const big = both(doc(ownLines('<line number="5" hits="1234567890123456"/>')))
    expect(big.consumed).toBe(2)
    expect(linesOf(big.out, 'a.py')).toContainEqual([5, 1234567890123456])
    const float = both(doc(ownLines('<line number="5" hits="3.0"/>')))
    expect(linesOf(float.out, 'a.py')).toContainEqual([5, 3])
    const plus = both(doc(ownLines('<line number="+5" hits="3"/>')))
    expect(plus.out.error).toBe('cov.xml: <line> has number="+5", expected a non-negative decimal integer')
    const neg = both(doc(ownLines('<line number="5" hits="-3"/>')))
    expect(neg.out.error).toBe('cov.xml: <line> has hits="-3", expected a non-negative decimal integer')
    const far = both(doc(ownLines('<line number="999999999999999" hits="3"/>')))
    expect(far.out.error).toBe('cov.xml: line number 999999999999999 is out of range (1 to 2147483647)')
    const cc = both(doc(ownLines('<line number="5" hits="3" branch="true" condition-coverage="50%"/>')))
    expect(cc.out.error).toBe('cov.xml: line 5: condition-coverage="50%", expected like "50% (1/2)"')
  })

  it('still refuses entity declarations and undefined entities', () => {
    const dtd = both(
      doc(ownLines('<line number="5" hits="3" note="&e;"/>')).replace(
        '<coverage',
        '<!DOCTYPE coverage [<!ENTITY e "x">]>\n<coverage'
      )
    )
    expect(dtd.out.error).toMatch(/refusing XML with a DOCTYPE that declares entities/)
    expect(dtd.consumed).toBe(0)
    const undef = both(
      doc(ownLines('<line number="5" hits="3" branch="&e;" condition-coverage="50% (1/2)"/>'))
    )
    expect(undef.out.error).toBe(
      'cov.xml: XML uses the undefined entity &e; (only the 5 predefined entities are allowed)'
    )
  })

  it('detects mismatched and unclosed tags in the scanned region', () => {
    const mismatch = both(doc(ownLines('<line number="5" hits="3"/></linez>')))
    expect(mismatch.out.error).toBe('cov.xml: malformed XML: </linez> closes <lines>')
    expect(mismatch.consumed).toBe(2)
    const unclosed = both(
      `${HEAD}<packages><package><classes><class filename="a.py"><lines><line number="1" hits="1"/>`
    )
    expect(unclosed.out.error).toBe('cov.xml: truncated or malformed XML (end of file inside <lines>)')
    expect(unclosed.consumed).toBe(1)
  })

  it('gives the same outcome for random mixes of variants', () => {
    let seed = 12345
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const seps = ['', '\n', ' ', '\r\n\t']
    let ok = 0
    let consumed = 0
    for (let d = 0; d < 300; d++) {
      const parts: string[] = []
      for (let k = 0; k < 4; k++)
        parts.push((VARIANTS[rnd(VARIANTS.length)] as string) + (seps[rnd(seps.length)] as string))
      const r = both(doc(ownLines(parts.join(''))))
      if (r.out.report !== undefined) ok++
      consumed += r.consumed
    }
    // Both kinds of outcome were exercised, and the scanner did real work.
    expect(ok).toBeGreaterThan(20)
    expect(ok).toBeLessThan(300)
    expect(consumed).toBeGreaterThan(300)
  })

  it('gives the same outcome when long runs are stored in pieces (scan length capped)', () => {
    const maxRun = 2
    let consumed = 0
    for (const v of VARIANTS) {
      consumed += both(
        doc(
          ownLines(`<line number="2" hits="5"/><line number="3" hits="6"/>${v}<line number="4" hits="7"/>`)
        ),
        {},
        maxRun
      ).consumed
    }
    const { out } = both(
      doc(ownLines('<line number="2" hits="5"/><line number="3" hits="6"/><line number="3" hits="1"/>')),
      {},
      maxRun
    )
    expect(linesOf(out, 'a.py')).toEqual([
      [1, 1],
      [2, 5],
      [3, 7],
      [90, 2]
    ])
    expect(consumed).toBeGreaterThan(VARIANTS.length * 3)
  })

  const SMALL = doc(
    ownLines(
      '<line number="5" hits="3" branch="true" condition-coverage="50% (1/2)"/>\n<!-- c -->\n' +
        '<line number="6" hits="0" branch="true" condition-coverage="0% (0/2)"><conditions><condition number="0" type="jump" coverage="0%"/></conditions></line>\n' +
        '<line number="7" hits="12"/><line number="7" hits="1"/>'
    ) + `\n${ownLines('<line number="3" hits="4"/>', 'b.py')}`
  )

  it('reports the same error for the document truncated at every byte offset', () => {
    const full = Buffer.from(SMALL)
    const whole = both(full)
    expect(linesOf(whole.out, 'a.py')).toEqual([
      [1, 1],
      [5, 3, 1, 2],
      [6, 0, 0, 2],
      [7, 13],
      [90, 2]
    ])
    let scanned = 0
    for (let cut = 0; cut < full.length; cut++) {
      const { out, consumed } = both(full.subarray(0, cut))
      expect(out.report).toBeUndefined()
      expect(out.userError).toBe(true)
      expect(out.error).toMatch(/^cov\.xml: /)
      if (consumed > 0) scanned++
    }
    expect(scanned).toBeGreaterThan(100)
  })

  it('gives the same outcome with any one byte deleted or replaced', () => {
    const full = Buffer.from(SMALL)
    const outcomes = new Set<string>()
    for (let at = 0; at < full.length; at++) {
      const del = Buffer.concat([full.subarray(0, at), full.subarray(at + 1)])
      outcomes.add(JSON.stringify(both(del).out).slice(0, 40))
      for (const ch of ['"', '<', '&', ' ']) {
        const rep = Buffer.from(full)
        rep[at] = ch.charCodeAt(0)
        both(rep)
      }
    }
    expect(outcomes.size).toBeGreaterThan(5)
  })
})

const CORPUS = resolve(process.env.QG_CORPUS ?? resolve(process.cwd(), '../shared/corpus'), 'coverage')
const corpusFiles = existsSync(CORPUS) ? xmlFilesUnder(CORPUS) : []
if (corpusFiles.length === 0)
  console.log(`coverage corpus not found at ${CORPUS}: skipping its scanner comparison`)

function xmlFilesUnder(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...xmlFilesUnder(p))
    else if (e.isFile() && e.name.endsWith('.xml')) out.push(p)
  }
  return out.sort()
}

;(corpusFiles.length > 0 ? describe : describe.skip)('Cobertura <line/> scanner on the real corpus', () => {
  it('gives the same outcome on every Cobertura report of the corpus, whole and truncated', () => {
    let reports = 0
    let consumed = 0
    for (const file of corpusFiles) {
      const buf = readFileSync(file)
      let format: string
      try {
        format = detectFormat(buf.subarray(0, 65536), file)
      } catch {
        continue
      }
      if (format !== 'cobertura') continue
      reports++
      const whole = both(buf)
      consumed += whole.consumed
      // A few cuts inside the body (where the line elements are) must fail the same way.
      for (let k = 1; k <= 8; k++) {
        const cut = both(buf.subarray(0, Math.floor((buf.length * k) / 9)))
        expect(cut.out.report).toBeUndefined()
      }
    }
    expect(reports).toBeGreaterThan(5)
    expect(consumed).toBeGreaterThan(1000)
  })
})
