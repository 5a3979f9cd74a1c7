/**
 * Parser edge cases per format, detection, path normalisation, bad-input errors, merge and totals.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { CoverageReport } from '../../src/coverage/model.js'
import {
  detectFormat,
  parseCoverageBuffer,
  parseCoverageFile,
  type ParseOptions
} from '../../src/coverage/parse/index.js'
import { LineMap } from '../../src/coverage/parse/linemap.js'
import { mergeReports } from '../../src/coverage/merge.js'
import { fileTotals, reportTotals } from '../../src/coverage/totals.js'
import { userErrorMessage } from '../support/expectations.js'

const dirs: string[] = []
function repo(files: string[]): string {
  const d = mkdtempSync(join(tmpdir(), 'qg-parse-'))
  dirs.push(d)
  for (const f of files) {
    mkdirSync(dirname(join(d, f)), { recursive: true })
    writeFileSync(join(d, f), f.endsWith('go.mod') ? '' : '// x\n')
  }
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function parse(text: string | Buffer, opts?: ParseOptions, source = 'report'): CoverageReport {
  return parseCoverageBuffer(typeof text === 'string' ? Buffer.from(text) : text, source, opts)
}
const err = userErrorMessage
function lines(rep: CoverageReport, path: string): [number, number, string?][] {
  const f = rep.files.get(path)
  if (f === undefined) throw new Error(`no ${path} in ${[...rep.files.keys()].join(', ')}`)
  return [...f.lines].map(([n, l]) => {
    const extra = l.branches ? `${l.branches.covered}/${l.branches.total}` : l.partial ? 'partial' : undefined
    return extra === undefined ? [n, l.hits] : [n, l.hits, extra]
  })
}

describe('LCOV', () => {
  it('sums a repeated SF, keeps BRDA "-" in the total with 0 taken, ignores unknown records', () => {
    const rep = parse(
      [
        'TN:unit',
        'SF:src/a.c',
        'VER:abc',
        'FN:1,main',
        'FNDA:0,main',
        'DA:1,1',
        'DA:2,0',
        'BRDA:2,0,0,-',
        'BRDA:2,0,1,-',
        'XYZ:whatever',
        'LF:2',
        'LH:1',
        'end_of_record',
        'TN:integration',
        'SF:./src/a.c',
        'FNDA:3,main',
        'DA:2,4,d41d8cd98f00b204e9800998ecf8427e',
        'DA:3,0',
        'BRDA:2,0,0,2',
        'BRDA:2,0,1,0',
        'LF:2',
        'LH:1',
        'end_of_record',
        ''
      ].join('\r\n')
    )
    expect(rep.format).toBe('lcov')
    expect(lines(rep, 'src/a.c')).toEqual([
      [1, 1],
      [2, 4, '1/2'],
      [3, 0]
    ])
    expect(reportTotals(rep)).toEqual({
      lines: { covered: 2, total: 3 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 1, total: 1 }
    })
    expect(rep.producerTotals?.lines).toEqual({ covered: 2, total: 4 })
  })

  it('accepts a UTF-8 BOM and UTF-16 (PowerShell redirection) LCOV', () => {
    const text = 'SF:src/é.c\r\nDA:1,1\r\nend_of_record\r\n'
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    for (const b of [bom, u16]) expect(lines(parse(b), 'src/é.c')).toEqual([[1, 1]])
  })

  it('reads lcov 2 FNL/FNA records and never-evaluated branches', () => {
    const rep = parse(
      'SF:x.cpp\nFNL:0,3,9\nFNA:0,2,f()\nFNL:1,10,12\nFNA:1,0,g()\nDA:3,2\nBRDA:4,0,0,-\nDA:4,0\nend_of_record\n'
    )
    expect(reportTotals(rep).functions).toEqual({ covered: 1, total: 2 })
    expect(lines(rep, 'x.cpp')).toEqual([
      [3, 2],
      [4, 0, '0/1']
    ])
  })

  it('BRDA on a line without DA stays out of the line count (unattached); lcov 2 expression branches', () => {
    const rep = parse(
      'SF:a.js\nBRDA:2,0,0,1\nBRDA:2,0,1,0\nDA:3,1\nBRDA:3,1,jump to L5,1\nBRDA:3,1,jump to L7,-\nend_of_record\n'
    )
    expect(lines(rep, 'a.js')).toEqual([[3, 1, '1/2']])
    expect(rep.files.get('a.js')?.unattachedBranches).toEqual({ covered: 1, total: 2 })
    expect(reportTotals(rep).branches).toEqual({ covered: 2, total: 4 })
  })

  it('out-of-order and repeated DA lines in one block are summed, not overwritten', () => {
    const rep = parse('SF:a.c\nDA:5,1\nDA:2,1\nDA:5,2\nDA:0,9\nend_of_record\n')
    expect(lines(rep, 'a.c')).toEqual([
      [2, 1],
      [5, 3]
    ])
  })

  it('maps Windows SF:, repo-root and CI-workspace prefixes to repo-relative POSIX paths (case kept)', () => {
    const root = repo(['src/App.ts', 'lib/util.ts'])
    const rep = parse(
      [
        'SF:C:\\work\\repo\\src\\App.ts',
        'DA:1,1',
        'end_of_record',
        `SF:${root}/lib/util.ts`,
        'DA:1,0',
        'end_of_record',
        'SF:/home/runner/work/proj/proj/src/App.ts',
        'DA:2,5',
        'end_of_record'
      ].join('\n'),
      { repoRoot: root, pathMappings: [{ from: 'C:\\work\\repo', to: '' }] }
    )
    expect([...rep.files.keys()].sort()).toEqual(['lib/util.ts', 'src/App.ts'])
    expect(lines(rep, 'src/App.ts')).toEqual([
      [1, 1],
      [2, 5]
    ])
    const win = parse('SF:C:\\Users\\Me\\Proj\\Src\\Main.cs\nDA:1,1\nend_of_record\n')
    expect([...win.files.keys()]).toEqual(['C:/Users/Me/Proj/Src/Main.cs'])
  })

  it('re-roots relative paths written from a sub-directory on the unique matching file', () => {
    const root = repo(['packages/web/src/app.ts', 'packages/api/src/app.ts', 'packages/web/src/only.ts'])
    const rep = parse('SF:src/only.ts\nDA:1,1\nend_of_record\nSF:src/app.ts\nDA:1,0\nend_of_record\n', {
      repoRoot: root
    })
    // Unique → re-rooted; ambiguous (two packages) → kept as written.
    expect([...rep.files.keys()].sort()).toEqual(['packages/web/src/only.ts', 'src/app.ts'])
    expect(rep.warnings?.join(' ')).toMatch(/1 relative path\(s\) named no file under the repository root/)
  })

  it('drops files outside the repo root with a warning, and refuses a report with only such files', () => {
    const root = repo(['src/a.ts'])
    const rep = parse(
      `SF:src/a.ts\nDA:1,1\nend_of_record\nSF:/usr/include/stdio.h\nDA:1,1\nend_of_record\n`,
      {
        repoRoot: root
      }
    )
    expect([...rep.files.keys()]).toEqual(['src/a.ts'])
    expect(rep.warnings?.[0]).toMatch(
      /1 file\(s\) outside the repository were left out: \/usr\/include\/stdio\.h/
    )
    expect(
      err(() => parse('SF:/opt/x/y.c\nDA:1,1\nend_of_record\n', { repoRoot: root }, 'lcov.info'))
    ).toMatch(/^lcov\.info: every file in the report is outside the repository root \(\/opt\/x\/y\.c\)/)
  })

  it('bad LCOV: truncated, malformed DA, records outside SF, no SF', () => {
    expect(err(() => parse('SF:a.c\nDA:1,1\n', {}, 'cut.info'))).toMatch(/^cut\.info: truncated LCOV/)
    expect(err(() => parse('SF:a.c\nDA:x,1\nend_of_record\n', {}, 'bad.info'))).toMatch(
      /^bad\.info:2: malformed LCOV DA record "DA:x,1"/
    )
    expect(err(() => parse('SF:a.c\nDA:1,1.5\nend_of_record\n'))).toMatch(/malformed LCOV DA record/)
    expect(err(() => parse('TN:\nDA:1,1\n'))).toMatch(/DA record outside an SF block/)
    expect(err(() => parse('TN:x\nLF:0\n'))).toMatch(/not an LCOV file: no SF: records/)
  })
})

describe('istanbul JSON', () => {
  const file = (path: string): Record<string, unknown> => ({
    path,
    statementMap: {
      '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 10 } },
      '1': { start: { line: 1, column: 12 }, end: { line: 1, column: 20 } },
      '2': { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } }
    },
    s: { '0': 2, '1': 0, '2': 0 },
    fnMap: {
      '0': {
        name: 'f',
        decl: { start: { line: 2, column: 9 }, end: { line: 2, column: 10 } },
        loc: { start: { line: 2, column: 0 }, end: { line: 6, column: 1 } },
        line: 2
      }
    },
    f: { '0': 0 },
    branchMap: {
      '0': {
        type: 'default-arg',
        line: 2,
        loc: { start: { line: 2, column: 11 }, end: { line: 2, column: 16 } },
        locations: [{ start: { line: 2, column: 11 }, end: { line: 2, column: 16 } }]
      },
      '1': {
        type: 'if',
        line: 3,
        loc: { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } },
        locations: [
          { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } },
          { start: { line: 3, column: 2 }, end: { line: 5, column: 3 } }
        ]
      }
    },
    b: { '0': [0], '1': [0, 0] }
  })

  it('line hits = max of statements starting on the line; totals equal istanbul-lib-coverage summary', () => {
    const rep = parse(JSON.stringify({ '/abs/src/a.js': file('/abs/src/a.js') }), {
      pathMappings: [{ from: '/abs', to: '' }]
    })
    expect(rep.format).toBe('istanbul')
    expect(lines(rep, 'src/a.js')).toEqual([
      [1, 2],
      [3, 0, '0/2']
    ])
    const t = reportTotals(rep)
    expect(t).toEqual({
      lines: { covered: 1, total: 2 },
      branches: { covered: 0, total: 3 },
      functions: { covered: 0, total: 1 }
    })
    expect(rep.producerTotals).toEqual(t)
    expect(rep.files.get('src/a.js')?.unattachedBranches).toEqual({ covered: 0, total: 1 })
  })

  it('accepts the {data} wrappers and jest --json coverageMap', () => {
    const inner = { 'a.js': file('a.js') }
    const wrapped = { data: { 'a.js': { data: file('a.js') } } }
    const jest = { numTotalTests: 3, success: true, coverageMap: inner }
    for (const j of [inner, wrapped, jest]) {
      expect(reportTotals(parse(JSON.stringify(j))).lines).toEqual({ covered: 1, total: 2 })
    }
  })

  it('bad istanbul input: truncated JSON, json-summary, foreign objects, empty map', () => {
    const json = JSON.stringify({ 'a.js': file('a.js') })
    expect(err(() => parse(json.slice(0, 60), {}, 'cov.json'))).toMatch(
      /^cov\.json: truncated or malformed JSON/
    )
    const summary = { total: { lines: { total: 1, covered: 1, pct: 100 }, statements: {} } }
    expect(err(() => parse(JSON.stringify(summary)))).toMatch(/json-summary/)
    expect(err(() => parse('{"a.js": {"statementMap": {}, "s": {}}, "b": 3}'))).toMatch(
      /entry "b" has no statementMap/
    )
    expect(err(() => parse('{}'))).toMatch(/contains no source files/)
    expect(err(() => parse('{"numTotalTests": 3, "testResults": []}'))).toMatch(/without a coverageMap/)
  })
})

describe('Cobertura', () => {
  const doc = (sources: string[], body: string, root = 'lines-valid="9" lines-covered="9"'): string =>
    `<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage ${root}><sources>${sources.map(s => `<source>${s}</source>`).join('')}</sources><packages><package name="p"><classes>${body}</classes></package></packages></coverage>`

  it('skips method lines, merges a file spread over several classes, reads condition-coverage', () => {
    const rep = parse(
      doc(
        [],
        `<class name="A" filename="src/a.py"><methods><method name="m"><lines><line number="1" hits="1"/></lines></method></methods>
         <lines><line number="1" hits="1"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines></class>
         <class name="A$Inner" filename="src/a.py"><methods/><lines><line number="5" hits="7" branch="True" condition-coverage="100% (4/4)"/></lines></class>`
      )
    )
    expect(rep.format).toBe('cobertura')
    expect(lines(rep, 'src/a.py')).toEqual([
      [1, 1],
      [2, 0, '1/2'],
      [5, 7, '4/4']
    ])
    expect(rep.producerTotals).toEqual({ lines: { covered: 9, total: 9 } })
  })

  it('resolves class filenames against the <source> root under which the file exists', () => {
    const root = repo(['backend/app/models.py', 'tests/test_models.py'])
    const rep = parse(
      doc(
        ['/ci/build/backend', '/ci/build/tests'],
        `<class name="m" filename="app/models.py"><lines><line number="1" hits="1"/></lines></class>
         <class name="t" filename="test_models.py"><lines><line number="1" hits="1"/></lines></class>`
      ),
      { repoRoot: root }
    )
    expect([...rep.files.keys()].sort()).toEqual(['backend/app/models.py', 'tests/test_models.py'])
    const local = parse(
      doc(
        [`${root}/backend`],
        `<class name="m" filename="app/models.py"><lines><line number="1" hits="1"/></lines></class>`
      ),
      { repoRoot: root }
    )
    expect([...local.files.keys()]).toEqual(['backend/app/models.py'])
  })

  it('uses method lines when a class has no own lines (Swift), and rejects bad attributes', () => {
    const swift = parse(
      doc(
        [],
        `<class name="s" filename="a.swift"><methods><method name="x"><lines><line number="5" hits="0"/></lines></method></methods></class>`
      )
    )
    expect(lines(swift, 'a.swift')).toEqual([[5, 0]])
    expect(
      err(() =>
        parse(doc([], `<class name="A" filename="a.py"><lines><line number="1" hits="-1"/></lines></class>`))
      )
    ).toMatch(/<line> has hits="-1", expected a non-negative decimal integer/)
    expect(
      err(() =>
        parse(
          doc(
            [],
            `<class name="A" filename="a.py"><lines><line number="1" hits="1" branch="true" condition-coverage="half"/></lines></class>`
          )
        )
      )
    ).toMatch(/condition-coverage="half"/)
    expect(err(() => parse(doc([], ''), {}, 'empty.xml'))).toMatch(
      /^empty\.xml: the cobertura report contains no source files/
    )
  })
})

describe('JaCoCo', () => {
  const report = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x"><sessioninfo id="a" start="1" dump="2"/><sessioninfo id="b" start="1" dump="2"/>${body}<counter type="LINE" missed="1" covered="2"/><counter type="BRANCH" missed="1" covered="1"/><counter type="METHOD" missed="0" covered="1"/></report>`
  const pkg = (name: string) =>
    `<package name="${name}"><sourcefile name="Foo.java"><line nr="3" mi="0" ci="4" mb="1" cb="1"/><line nr="4" mi="3" ci="0" mb="0" cb="0"/><line nr="5" mi="1" ci="2" mb="0" cb="0"/><counter type="METHOD" missed="0" covered="1"/></sourcefile></package>`

  it('covered = ci > 0, branches = cb of mb+cb, counters as producerTotals', () => {
    const rep = parse(report(pkg('com/acme')))
    expect(rep.format).toBe('jacoco')
    expect(lines(rep, 'com/acme/Foo.java')).toEqual([
      [3, 4, '1/2'],
      [4, 0],
      [5, 2]
    ])
    expect(reportTotals(rep)).toEqual({
      lines: { covered: 2, total: 3 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 1, total: 1 }
    })
    expect(rep.producerTotals).toEqual(reportTotals(rep))
  })

  it('resolves package paths under source roots; ambiguous stays a package path with a warning', () => {
    const one = repo(['service/src/main/java/com/acme/Foo.java', 'README.md'])
    expect([...parse(report(pkg('com/acme')), { repoRoot: one }).files.keys()]).toEqual([
      'service/src/main/java/com/acme/Foo.java'
    ])
    const two = repo(['a/src/main/java/com/acme/Foo.java', 'b/src/main/java/com/acme/Foo.java'])
    const amb = parse(report(pkg('com/acme')), { repoRoot: two })
    expect([...amb.files.keys()]).toEqual(['com/acme/Foo.java'])
    expect(amb.warnings?.join(' ')).toMatch(/match several repository paths.*com\/acme\/Foo\.java/)
    // A <group> (module) name picks the module.
    const grouped = parse(report(`<group name="b">${pkg('com/acme')}</group>`), { repoRoot: two })
    expect([...grouped.files.keys()]).toEqual(['b/src/main/java/com/acme/Foo.java'])
    // Source roots narrow generated copies away.
    const gen = repo(['src/main/kotlin/com/acme/Foo.java', 'build/generated/com/acme/Foo.java'])
    expect([...parse(report(pkg('com/acme')), { repoRoot: gen }).files.keys()]).toEqual([
      'src/main/kotlin/com/acme/Foo.java'
    ])
  })
})

describe('Clover', () => {
  it('stmt/cond/method lines, @path over @name, PHPUnit absolute names, project metrics', () => {
    const root = repo(['src/Foo.php', 'lib/x.ts'])
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1" clover="4.3.1"><project timestamp="1">
<metrics statements="3" coveredstatements="2" conditionals="2" coveredconditionals="1" methods="2" coveredmethods="1"/>
<file name="/home/ci/app/src/Foo.php"><line num="3" type="method" count="1"/><line num="4" type="stmt" count="2"/><line num="5" type="stmt" count="0"/><line num="9" type="method" count="0"/></file>
<package name="p"><file name="x.ts" path="/home/ci/app/lib/x.ts"><line num="1" type="stmt" count="1"/><line num="1" type="cond" truecount="1" falsecount="0"/></file></package>
</project><testproject timestamp="1"><file name="T.php" path="/home/ci/app/tests/T.php"><line num="1" type="stmt" count="1"/></file></testproject></coverage>`
    const rep = parse(xml, { repoRoot: root })
    expect(rep.format).toBe('clover')
    expect([...rep.files.keys()].sort()).toEqual(['lib/x.ts', 'src/Foo.php'])
    expect(lines(rep, 'src/Foo.php')).toEqual([
      [4, 2],
      [5, 0]
    ])
    expect(lines(rep, 'lib/x.ts')).toEqual([[1, 2, '1/2']])
    expect(reportTotals(rep)).toEqual({
      lines: { covered: 2, total: 3 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 1, total: 2 }
    })
    expect(rep.producerTotals).toEqual(reportTotals(rep))
  })
})

describe('Go coverprofile', () => {
  it('set: duplicate blocks take the max; lines from spans; mixed covered/uncovered line is partial', () => {
    const rep = parse(
      [
        'mode: set',
        'github.com/acme/tool/pkg/a.go:3.14,5.2 2 0',
        'github.com/acme/tool/pkg/a.go:3.14,5.2 2 1',
        'github.com/acme/tool/pkg/a.go:5.3,7.2 1 0',
        'github.com/acme/tool/cmd/main.go:1.1,1.9 0 1',
        ''
      ].join('\n')
    )
    expect(rep.format).toBe('go')
    expect(lines(rep, 'pkg/a.go')).toEqual([
      [3, 1],
      [4, 1],
      [5, 1, 'partial'],
      [6, 0],
      [7, 0]
    ])
    expect(lines(rep, 'cmd/main.go')).toEqual([])
  })

  it('count/atomic: duplicate blocks are summed; /vN suffix is dropped from the common module prefix', () => {
    const rep = parse(
      'mode: atomic\ngithub.com/acme/tool/v2/x.go:1.1,2.2 1 3\ngithub.com/acme/tool/v2/x.go:1.1,2.2 1 4\ngithub.com/acme/tool/y/z.go:1.1,1.5 1 0\n'
    )
    expect(lines(rep, 'x.go')).toEqual([
      [1, 7],
      [2, 7]
    ])
    expect(rep.files.has('y/z.go')).toBe(true)
  })

  it('maps import paths through every go.mod module under the repo root (multi-module)', () => {
    const root = repo(['go.mod', 'tools/go.mod', 'pkg/a.go', 'tools/gen/main.go'])
    writeFileSync(join(root, 'go.mod'), 'module example.com/mono\n\ngo 1.22\n')
    writeFileSync(join(root, 'tools/go.mod'), 'module example.com/mono/tools\n')
    const rep = parse(
      'mode: count\nexample.com/mono/pkg/a.go:1.1,1.5 1 1\nexample.com/mono/tools/gen/main.go:2.1,3.5 1 0\n',
      { repoRoot: root }
    )
    expect([...rep.files.keys()].sort()).toEqual(['pkg/a.go', 'tools/gen/main.go'])
  })

  it('bad profiles: unknown or mixed mode, malformed block', () => {
    expect(err(() => parse('mode: fast\na.go:1.1,1.2 1 1\n'))).toMatch(/unknown Go coverage mode "fast"/)
    expect(err(() => parse('mode: set\nmode: count\n'))).toMatch(/mixed Go coverage modes/)
    expect(err(() => parse('mode: set\na.go:1.1 1 1\n', {}, 'c.out'))).toMatch(
      /^c\.out:2: malformed Go coverage block/
    )
  })
})

describe('detection and file-level errors', () => {
  it('detects by content, not by name', () => {
    expect(detectFormat('TN:\nSF:a\n', 'x.xml')).toBe('lcov')
    expect(detectFormat('\uFEFF<?xml version="1.0"?><coverage line-rate="1"><sources/>', 'a.info')).toBe(
      'cobertura'
    )
    expect(detectFormat('<coverage generated="1"><project timestamp="1">', 'c.xml')).toBe('clover')
    expect(
      detectFormat(
        '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">',
        'j'
      )
    ).toBe('jacoco')
    expect(detectFormat('mode: set\n', 'cover.lcov')).toBe('go')
    expect(detectFormat('{"a.js":{"path":"a.js","statementMap":{}', 'c.out')).toBe('istanbul')
  })

  it('names what the wrong input looks like', () => {
    expect(
      err(() => parse('<?xml version="1.0"?><testsuites><testsuite name="x"/></testsuites>', {}, 'junit.xml'))
    ).toMatch(/^junit\.xml: not a coverage report: looks like JUnit XML/)
    expect(
      err(() =>
        parse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), {}, 'img.png')
      )
    ).toMatch(/^img\.png: not a coverage report: binary data/)
    expect(err(() => parse(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), {}, 'lcov.info.gz'))).toMatch(
      /gzip-compressed/
    )
    expect(err(() => parse(Buffer.from('PK\x03\x04rest'), {}, 'coverage.zip'))).toMatch(/a zip archive/)
    expect(err(() => parse('', {}, 'e.info'))).toMatch(/^e\.info: the coverage report is empty \(0 bytes\)/)
    expect(err(() => parse('\n \n', {}, 'ws.xml'))).toMatch(/^ws\.xml: the coverage report is empty/)
    expect(err(() => parse('hello world\n', {}, 'h.txt'))).toMatch(
      /unrecognised content starting with "hello world"/
    )
    expect(err(() => parse('x', { format: 'sonar' as never }))).toMatch(
      /coverage format "sonar" is not one of/
    )
  })

  it('checks the size with stat before reading: a 2 GB sparse file is refused at once', async () => {
    const d = repo([])
    const big = join(d, 'huge.info')
    const fd = openSync(big, 'w')
    ftruncateSync(fd, 2 * 1024 * 1024 * 1024)
    closeSync(fd)
    await expect(parseCoverageFile(big)).rejects.toThrow(
      /huge\.info: the coverage report is 2147483648 bytes, larger than the limit of 1073741824 bytes/
    )
    writeFileSync(join(d, 'small.info'), 'SF:a.c\nDA:1,1\nend_of_record\n')
    await expect(parseCoverageFile(join(d, 'small.info'), { maxBytes: 10 })).rejects.toThrow(
      /larger than the limit of 10 bytes/
    )
    await expect(parseCoverageFile(join(d, 'missing.info'))).rejects.toThrow(
      /missing\.info: cannot read the coverage report \(ENOENT\)/
    )
    await expect(parseCoverageFile(d)).rejects.toThrow(/not a regular file/)
  })
})

describe('merge and totals', () => {
  it('sums hits per line across shards, takes max branches and functions, keeps exact integers', () => {
    const a = parse(
      'SF:a.c\nFN:1,f\nFNDA:1,f\nFN:5,g\nFNDA:0,g\nDA:1,2\nDA:2,0\nBRDA:2,0,0,1\nBRDA:2,0,1,0\nend_of_record\n',
      {},
      'shard1'
    )
    const b = parse(
      'SF:a.c\nFN:1,f\nFNDA:0,f\nFN:5,g\nFNDA:4,g\nDA:2,3\nDA:9,0\nBRDA:2,0,0,0\nBRDA:2,0,1,1\nend_of_record\nSF:b.c\nDA:1,1\nend_of_record\n',
      {},
      'shard2'
    )
    const m = mergeReports([a, b])
    expect(lines(m, 'a.c')).toEqual([
      [1, 2],
      [2, 3, '1/2'],
      [9, 0]
    ])
    expect(m.files.get('a.c')?.functions).toEqual({ covered: 1, total: 2 })
    expect(reportTotals(m).lines).toEqual({ covered: 3, total: 4 })
    expect(m.source).toBe('shard1, shard2')
    // Inputs untouched.
    expect(lines(a, 'a.c')).toEqual([
      [1, 2],
      [2, 0, '1/2']
    ])
    const big = mergeReports([
      parse('SF:a.c\nDA:1,9007199254740000\nend_of_record\n'),
      parse('SF:a.c\nDA:1,991\nend_of_record\n')
    ])
    expect(big.files.get('a.c')?.lines.get(1)?.hits).toBe(9007199254740991)
  })

  it('partial Go lines stay partial only while no shard covers them fully', () => {
    const p = parse('mode: set\nm/a.go:1.1,1.5 1 1\nm/a.go:1.6,1.9 1 0\n')
    const full = parse('mode: set\nm/a.go:1.1,1.5 1 1\nm/a.go:1.6,1.9 1 1\n')
    const none = parse('mode: set\nm/a.go:1.1,1.5 1 0\nm/a.go:1.6,1.9 1 0\n')
    expect(mergeReports([p, none]).files.get('a.go')?.lines.get(1)?.partial).toBe(true)
    expect(mergeReports([p, full]).files.get('a.go')?.lines.get(1)?.partial).toBeUndefined()
  })

  it('fileTotals counts lines, branches (with unattached ones) and functions', () => {
    const lm = new LineMap()
    lm.set(1, { hits: 0 })
    lm.set(2, { hits: 3, branches: { covered: 1, total: 4 } })
    expect(
      fileTotals({
        path: 'x',
        lines: lm,
        functions: { covered: 1, total: 3 },
        unattachedBranches: { covered: 2, total: 2 }
      })
    ).toEqual({
      lines: { covered: 1, total: 2 },
      branches: { covered: 3, total: 6 },
      functions: { covered: 1, total: 3 }
    })
  })
})

// Speed is measured side by side with lcov-parse in bench/ (npm run bench), never timed here.
describe('large input', () => {
  it('parses a 600k-line LCOV exactly into compact line storage', () => {
    const parts: string[] = []
    for (let f = 0; f < 600; f++) {
      parts.push(`SF:/home/runner/work/p/p/src/m${f}/f${f}.ts\nFN:1,fn\nFNDA:1,fn\n`)
      for (let l = 1; l <= 1000; l++) parts.push(`DA:${l},${l % 7}\n`)
      parts.push('BRDA:3,0,0,1\nBRDA:3,0,1,-\nLF:1000\nLH:858\nend_of_record\n')
    }
    const rep = parse(Buffer.from(parts.join('')))
    expect(reportTotals(rep).lines).toEqual({ covered: 514_800, total: 600_000 })
    expect(reportTotals(rep).branches).toEqual({ covered: 600, total: 1200 })
    expect(rep.files.get('/home/runner/work/p/p/src/m0/f0.ts')?.lines).toBeInstanceOf(LineMap)
  })
})
