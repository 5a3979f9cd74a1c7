/**
 * Hostile JUnit input: each is a one-line UserError naming the file, or an explicit capped result; never a
 * file or network read, never a hang. A loopback server counts requests and a sentinel file holds a secret
 * that must never show up; the corpus' real XXE samples (jenkinsci SECURITY-521, EnricoMi NUnit) run too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { existsSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { UserError } from '../../src/shared/errors.js'
import { parseJunit, parseJunitFile, parseJunitStream, DEFAULT_LIMITS } from '../../src/flaky/junit.js'
import type { JunitReport } from '../../src/flaky/model.js'

const SECRET = 'sentinel-7f3a9c-do-not-read'
let dir = ''
let server: Server
let port = 0
let requests = 0

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qg-junit-hostile-'))
  writeFileSync(join(dir, 'secret.txt'), SECRET)
  server = createServer((req, res) => {
    requests++
    res.end(SECRET)
  })
  await new Promise<void>(ok => server.listen(0, '127.0.0.1', ok))
  port = (server.address() as { port: number }).port
})

afterAll(async () => {
  await new Promise<void>(ok => server.close(() => ok()))
  rmSync(dir, { recursive: true, force: true })
  expect(requests).toBe(0)
})

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

/** The parse must throw a one-line UserError naming the source; returns its message. */
async function refused(p: string | Promise<unknown>): Promise<string> {
  try {
    await (typeof p === 'string' ? parseJunitFile(p) : p)
  } catch (e) {
    expect(e).toBeInstanceOf(UserError)
    const m = (e as Error).message
    expect(m).not.toContain('\n')
    expect(m).not.toContain(SECRET)
    return m
  }
  throw new Error('expected a UserError')
}

function noSecret(r: JunitReport): void {
  expect(JSON.stringify(r)).not.toContain(SECRET)
}

const report = (inner: string): string => `<?xml version="1.0"?>\n<testsuites>${inner}</testsuites>`

describe('DOCTYPE and entities: refused before anything is resolved', () => {
  it('XXE to a local file', async () => {
    const p = file(
      'xxe-file.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY xxe SYSTEM "file://${join(dir, 'secret.txt')}">]>\n<testsuite name="s"><testcase name="&xxe;"/></testsuite>`
    )
    expect(await refused(p)).toMatch(/xxe-file\.xml: refusing XML with a DOCTYPE/)
  })

  it('XXE to http://127.0.0.1 (the counting server) and a parameter entity', async () => {
    const p = file(
      'xxe-http.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY % p SYSTEM "http://127.0.0.1:${port}/dtd"> %p; <!ENTITY x SYSTEM "http://127.0.0.1:${port}/x">]>\n<testsuite><testcase name="&x;"/></testsuite>`
    )
    expect(await refused(p)).toMatch(/refusing XML with a DOCTYPE/)
    expect(requests).toBe(0)
  })

  it('billion laughs', async () => {
    const lol = ['<!ENTITY lol "lol">']
    for (let k = 1; k <= 9; k++) lol.push(`<!ENTITY lol${k} "${`&lol${k === 1 ? '' : k - 1};`.repeat(10)}">`)
    const p = file(
      'laughs.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE t [${lol.join('')}]>\n<testsuite><testcase name="&lol9;"/></testsuite>`
    )
    expect(await refused(p)).toMatch(/refusing XML with a DOCTYPE/)
  })

  it('a DOCTYPE with an internal subset that declares no entity, and an external DTD, are refused too', async () => {
    expect(
      await refused(file('subset.xml', '<!DOCTYPE testsuite [<!ELEMENT testsuite ANY>]><testsuite/>'))
    ).toMatch(/DOCTYPE/)
    expect(
      await refused(
        file('dtd.xml', `<!DOCTYPE testsuite SYSTEM "http://127.0.0.1:${port}/j.dtd"><testsuite/>`)
      )
    ).toMatch(/DOCTYPE/)
  })

  it('an undeclared entity without a DOCTYPE is an error, never looked up', async () => {
    expect(await refused(file('undeclared.xml', report('<testcase name="&xxe;"/>')))).toMatch(
      /undefined entity &xxe;/
    )
  })

  it('the corpus XXE samples (jenkinsci SECURITY-521, EnricoMi NUnit) never read their files or URLs', async () => {
    const root = resolve(process.env.QG_CORPUS ?? resolve(process.cwd(), '../shared/corpus'), 'junit/hostile')
    if (!existsSync(root)) {
      console.log(`hostile corpus not found at ${root}: skipped`)
      return
    }
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.xml'))
    expect(files.length).toBe(4)
    for (const f of files) {
      const m = await refused(join(root, f))
      expect(m).toMatch(/refusing XML with a DOCTYPE|unexpected "<!" markup/)
      expect(m).not.toContain('nunitplugin') // the content of NUnit-sec1752-file.txt
    }
    expect(requests).toBe(0)
  })
})

describe('size caps', () => {
  it('a 65 kB test name: kept capped with a note, its id bounded and still distinct', () => {
    const long = 'n'.repeat(65 * 1024)
    const r = parseJunit(
      report(`<testsuite name="s"><testcase name="${long}a"/><testcase name="${long}b"/></testsuite>`),
      'long.xml'
    )
    expect(r.cases).toHaveLength(2)
    const [a, b] = r.cases as [JunitReport['cases'][0], JunitReport['cases'][0]]
    expect(a.name.length).toBeLessThan(DEFAULT_LIMITS.maxNameChars + 40)
    expect(a.name).toMatch(/… \[[0-9]+ more characters\]$/)
    expect(a.id.length).toBeLessThanOrEqual(600)
    expect(a.id).toMatch(/^s › n+…#[0-9a-f]{16}$/)
    expect(a.id).not.toBe(b.id)
    expect(r.notes.join(' ')).toMatch(/2 test name\(s\) longer than 4096 characters were cut/)
  })

  it('a ~100 MB stream is stopped at the byte cap while reading, never held whole', async () => {
    let pulled = 0
    const chunk = Buffer.alloc(1024 * 1024, 'x')
    async function* gen(): AsyncGenerator<Buffer> {
      yield Buffer.from('<testsuites><testsuite name="big"><testcase name="t"><system-out>')
      for (let k = 0; k < 100; k++) {
        pulled++
        yield chunk // 1 MiB of captured output each: 100 MiB in all if read to the end
      }
      yield Buffer.from('</system-out></testcase></testsuite></testsuites>')
    }
    const m = await refused(parseJunitStream(gen(), 'big-stream.xml'))
    expect(m).toMatch(/big-stream\.xml: larger than 67108864 bytes \(cap on one report/)
    expect(pulled).toBeLessThanOrEqual(Math.ceil(DEFAULT_LIMITS.maxBytes / chunk.length) + 1)
  })

  it('a file over the cap is refused from its size, before reading (sparse 100 MB file)', async () => {
    const p = join(dir, 'sparse.xml')
    writeFileSync(p, '')
    truncateSync(p, 100 * 1024 * 1024)
    expect(await refused(p)).toMatch(/sparse\.xml: 104857600 bytes, larger than 67108864/)
  })

  it('too many test cases is a one-line error (cap lowered for the test)', async () => {
    const cases = '<testcase name="t"/>'.repeat(1001)
    expect(
      await refused(
        Promise.resolve().then(() => parseJunit(report(cases), 'many.xml', { limits: { maxCases: 1000 } }))
      )
    ).toBe('many.xml: more than 1000 test cases (cap on one report)')
  })

  it('20 MB of captured output: kept up to the cap, the rest counted, nothing else lost', () => {
    const out = 'x'.repeat(20 * 1024 * 1024)
    const r = parseJunit(
      report(
        `<testsuite name="s"><testcase name="t"><failure message="m">${'y'.repeat(50_000)}</failure><system-out><![CDATA[${out}]]></system-out></testcase><testcase name="u"/></testsuite>`
      ),
      'output.xml'
    )
    const a = r.cases[0]!.attempts[0]!
    expect(a.systemOut?.text.length).toBe(DEFAULT_LIMITS.maxOutputChars)
    expect(a.systemOut!.text.length + a.systemOut!.dropped).toBe(out.length)
    expect(a.details!.text.length + a.details!.dropped).toBe(50_000)
    expect(r.totals).toMatchObject({ tests: 2, failed: 1, passed: 1 })
    expect(r.notes.join(' ')).toMatch(/1 captured output\(s\) longer than 8000 characters were cut/)
  })

  it('a tag longer than the tag cap is refused', async () => {
    const big = 'a'.repeat(DEFAULT_LIMITS.maxTagBytes + 10)
    expect(await refused(file('tag.xml', report(`<testcase name="${big}"/>`)))).toMatch(
      /a tag longer than 1048576 bytes/
    )
  })
})

describe('malformed input', () => {
  it('every truncation of a report is a one-line error (never a partial result)', () => {
    const full = report(
      '<testsuite name="s"><testcase classname="c" name="t1"><failure message="m &amp; n">x<![CDATA[y]]></failure><!-- c --></testcase><testcase name="t2"/></testsuite>'
    )
    expect(parseJunit(full, 'ok.xml').totals.tests).toBe(2)
    const end = full.lastIndexOf('>')
    for (let n = 0; n < end; n++) {
      let err: unknown
      try {
        parseJunit(full.slice(0, n), 'cut.xml')
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(UserError)
      expect((err as Error).message).toMatch(/^cut\.xml: /)
    }
  })

  it('invalid UTF-8 is a one-line error; a character split across chunks is not', async () => {
    const bad = Buffer.concat([
      Buffer.from(report('<testcase name="a')),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"/>')
    ])
    expect(await refused(file('bad-utf8.xml', bad))).toMatch(/bad-utf8\.xml: not valid UTF-8/)
    const good = Buffer.from(report('<testcase name="é€😀"/>'))
    async function* bytes(): AsyncGenerator<Buffer> {
      for (const b of good) yield Buffer.from([b])
    }
    const r = await parseJunitStream(bytes(), 'split.xml')
    expect(r.cases[0]!.name).toBe('é€😀')
  })

  it('deeply nested suites: 100 levels parse, 100,000 levels are refused at the depth cap', async () => {
    const nest = (n: number): string =>
      '<testsuite name="s">'.repeat(n) + '<testcase name="t"/>' + '</testsuite>'.repeat(n)
    const r = parseJunit(report(nest(100)), 'nest.xml')
    expect(r.cases[0]!.suitePath).toHaveLength(100)
    expect(r.totals.suites).toBe(100)
    expect(await refused(file('deep.xml', report(nest(100_000))))).toMatch(
      /deep\.xml: elements nested deeper than 128 levels/
    )
  })

  it('binary, empty, non-XML and non-JUnit files', async () => {
    expect(await refused(file('empty.xml', ''))).toBe(
      `${join(dir, 'empty.xml')}: empty file, not a test report`
    )
    expect(await refused(file('bin.xml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])))).toMatch(
      /not valid UTF-8|not XML/
    )
    expect(await refused(file('text.xml', 'hello'))).toMatch(/not XML/)
    expect(await refused(file('html.xml', '<html><body/></html>'))).toMatch(
      /not a JUnit report \(root element <html>/
    )
    expect(await refused(file('two-roots.xml', '<testsuite/><testsuite/>'))).toMatch(
      /content after the root element/
    )
    expect(await refused(file('missing.xml', Buffer.alloc(0)).replace('missing', 'absent'))).toMatch(
      /cannot read the JUnit report \(ENOENT\)/
    )
  })

  it('names like __proto__ and constructor are plain names', () => {
    const r = parseJunit(
      report('<testsuite name="__proto__"><testcase classname="constructor" name="prototype"/></testsuite>'),
      'proto.xml'
    )
    expect(r.cases[0]!.id).toBe('__proto__ › constructor › prototype')
    expect(({} as Record<string, unknown>).prototype).toBeUndefined()
    noSecret(r)
  })
})
