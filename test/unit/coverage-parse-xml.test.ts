/**
 * The safe XML tokenizer: entity attacks refused quickly without any file or network access, DTDs never
 * loaded, encodings, malformed and truncated documents.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseCoverageBuffer, parseCoverageFile } from '../../src/coverage/parse/index.js'
import { decodeXml, parseXml } from '../../src/coverage/parse/xml.js'
import { reportTotals } from '../../src/coverage/totals.js'
import { expectUserError } from '../support/expectations.js'

const dirs: string[] = []
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'qg-xml-'))
  dirs.push(d)
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const userError = expectUserError

const COBERTURA = (filename: string, extra = ''): string =>
  `<?xml version="1.0"?>${extra}
<coverage lines-valid="2" lines-covered="1" branches-valid="0" branches-covered="0">
  <packages><package name="p"><classes>
    <class name="A" filename="${filename}"><methods/><lines>
      <line number="1" hits="3"/><line number="2" hits="0"/>
    </lines></class>
  </classes></package></packages>
</coverage>`

function collect(xml: string): string[] {
  const out: string[] = []
  parseXml(xml, 'doc.xml', {
    open: (n, a) => out.push(`<${n}${a.get('v') === undefined ? '' : ` v=${a.get('v')}`}`),
    close: n => out.push(`</${n}`),
    text: t => out.push(`#${t}`)
  })
  return out
}

describe('XML tokenizer', () => {
  it('handles declaration, comments, PIs, CDATA, self-closing tags and both quote styles', () => {
    expect(
      collect(
        `<?xml version="1.0"?><!-- c --><a v='1'><?pi x?><b v="x&amp;y&#233;&#x41;"/><![CDATA[<raw>]]>t</a>`
      )
    ).toEqual(['<a v=1', '<b v=x&yéA', '</b', '#<raw>', '#t', '</a'])
  })

  it('refuses a billion-laughs document fast, before expanding anything', () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`
      ).join('') +
      ']><coverage>&lol9;</coverage>'
    const e = userError(() => parseCoverageBuffer(Buffer.from(lol), 'lol.xml'))
    expect(e.message).toMatch(/^lol\.xml: refusing XML with a DOCTYPE that declares entities/)
  })

  it('refuses external entities (XXE to a local file and to a URL) without touching them', () => {
    const dir = tmp()
    const secret = join(dir, 'secret.txt')
    writeFileSync(secret, 'TOP-SECRET')
    for (const target of [`file://${secret}`, 'http://127.0.0.1:9/x.dtd']) {
      const doc = `<?xml version="1.0"?><!DOCTYPE coverage [<!ENTITY xxe SYSTEM "${target}">]>${COBERTURA('&xxe;').replace('<?xml version="1.0"?>', '')}`
      const e = userError(() => parseCoverageBuffer(Buffer.from(doc), 'xxe.xml'))
      expect(e.message).toMatch(/declares entities/)
      expect(e.message).not.toContain('TOP-SECRET')
    }
    // A parameter entity hidden in the subset is refused the same way.
    const pe = `<!DOCTYPE r [<!ENTITY % p SYSTEM "file://${secret}"> %p;]><r/>`
    expect(userError(() => parseXml(pe, 'pe.xml', { open: () => undefined })).message).toMatch(
      /declares entities/
    )
  })

  it('never loads an external DTD: a hostile report.dtd next to the report is ignored', async () => {
    const dir = tmp()
    // If this DTD were read, it would define &evil; (and a parser resolving it would fail differently).
    writeFileSync(join(dir, 'report.dtd'), '<!ENTITY evil SYSTEM "file:///etc/passwd">')
    const jacoco = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="r"><package name="com/x"><sourcefile name="A.java">
<line nr="3" mi="0" ci="2" mb="1" cb="1"/><line nr="4" mi="2" ci="0" mb="0" cb="0"/>
</sourcefile></package><counter type="LINE" missed="1" covered="1"/></report>`
    writeFileSync(join(dir, 'jacoco.xml'), jacoco)
    const rep = await parseCoverageFile(join(dir, 'jacoco.xml'))
    expect(reportTotals(rep).lines).toEqual({ covered: 1, total: 2 })
    // An entity only an external DTD could define stays undefined: refused, not resolved.
    writeFileSync(join(dir, 'evil.xml'), jacoco.replace('name="A.java"', 'name="&evil;"'))
    await expect(parseCoverageFile(join(dir, 'evil.xml'))).rejects.toThrow(/undefined entity &evil;/)
  })

  it('the hostile JUnit XXE samples of the corpus are refused by the tokenizer (ISO-8859-1 declared)', () => {
    const base = resolve(process.env.QG_CORPUS ?? resolve(process.cwd(), '../shared/corpus'), 'junit/hostile')
    const files = [
      'jenkinsci/testXxe-xxe.xml',
      'enricomi/NUnit-sec1752-file.xml',
      'enricomi/NUnit-sec1752-https.xml'
    ]
    for (const f of files) {
      const p = join(base, f)
      if (!existsSync(p)) {
        console.log(`corpus file ${p} missing: skipped`)
        continue
      }
      const xml = decodeXml(readFileSync(p), f)
      expect(userError(() => parseXml(xml, f, { open: () => undefined })).message).toMatch(
        /declares entities/
      )
    }
  })

  it('decodes UTF-8 with BOM, UTF-16 LE/BE with BOM and ISO-8859-1; refuses unknown encodings', () => {
    const name = 'src/café.py'
    const utf8 = Buffer.from(COBERTURA(name))
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(COBERTURA(name), 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    const latin = Buffer.from(
      COBERTURA(name).replace('version="1.0"', 'version="1.0" encoding="ISO-8859-1"'),
      'latin1'
    )
    for (const buf of [utf8, bom8, le, be, latin]) {
      const rep = parseCoverageBuffer(buf, 'enc.xml')
      expect([...rep.files.keys()]).toEqual([name])
      expect(reportTotals(rep).lines).toEqual({ covered: 1, total: 2 })
    }
    const sjis = Buffer.from(COBERTURA('a.py').replace('version="1.0"', 'version="1.0" encoding="Shift_JIS"'))
    expect(userError(() => parseCoverageBuffer(sjis, 'sjis.xml')).message).toMatch(
      /^sjis\.xml: unsupported XML encoding "shift_jis"/
    )
  })

  it('truncated, mismatched and junk XML give one-line errors naming the file', () => {
    const full = COBERTURA('a.py')
    expect(userError(() => parseCoverageBuffer(Buffer.from(full.slice(0, 200)), 'cut.xml')).message).toMatch(
      /^cut\.xml: truncated or malformed XML/
    )
    expect(
      userError(() =>
        parseCoverageBuffer(Buffer.from(full.slice(0, full.lastIndexOf('</coverage>'))), 'cut2.xml')
      ).message
    ).toMatch(/truncated or malformed XML \(end of file inside <coverage>\)/)
    expect(userError(() => collect('<a><b></a>')).message).toMatch(/<\/a> closes <b>/)
    expect(userError(() => collect('<a x=1/>')).message).toMatch(/unquoted value/)
    expect(userError(() => collect('<a>&nbsp;</a>')).message).toMatch(/undefined entity &nbsp;/)
    expect(userError(() => collect('<a/><b/>')).message).toMatch(/content after the root element/)
  })
})
