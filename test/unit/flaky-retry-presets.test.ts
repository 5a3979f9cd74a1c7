/**
 * Rerun presets: the selection each preset builds from failed cases, checked by what the runner would do
 * with it — JS patterns are compiled the way jest (flag i), mocha, node:test and vitest compile them and
 * must match the failed test's full name and nothing else; hostile names stay data in one argv entry.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { splitArgv } from '../../src/flaky/command.js'
import type { JunitCase } from '../../src/flaky/model.js'
import {
  buildSelection,
  escapeJsRegex,
  JEST_IN_BAND_MAX_FILES,
  pytestNodeId,
  quoteMetaGo,
  rerunBase,
  safeFile,
  type PresetName,
  type SelectContext
} from '../../src/flaky/presets.js'

const dir = mkdtempSync(join(tmpdir(), 'qg-presets-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
mkdirSync(join(dir, 'tests', 'pkg'), { recursive: true })
for (const f of ['a.test.js', '-dash.test.js', 'tests/test_shop.py', 'tests/pkg/test_deep.py'])
  writeFileSync(join(dir, f), '')
const ctx: SelectContext = { cwd: dir, env: process.env, junit: ['report.xml'], maxNameChars: 4096 }

function kase(p: Partial<JunitCase> & { name: string }): JunitCase {
  return {
    id: p.id ?? `${p.file ?? ''} › ${p.name}`,
    classname: '',
    suitePath: [],
    attempts: [{ outcome: 'failed', origin: 'testcase', report: 'r.xml', results: 1 }],
    outcome: 'failed',
    timeMs: 0,
    properties: [],
    retryForms: [],
    ...p
  }
}

const HOSTILE = [
  '$(touch pwned)',
  '`touch pwned`',
  'a; touch pwned',
  `it's "quoted"`,
  'new\nline',
  'a|b',
  '.*',
  '(x)+$'
]

/** The value of `--opt=value` in argv. */
const opt = (argv: string[], name: string): string => {
  const hit = argv.find(a => a.startsWith(`${name}=`))
  expect(hit).toBeDefined()
  return hit!.slice(name.length + 1)
}

describe('escaping', () => {
  it.each(HOSTILE)('escapeJsRegex(%j) matches exactly itself, in plain and u mode', s => {
    const re = new RegExp(`^${escapeJsRegex(s)}$`)
    expect(re.test(s)).toBe(true)
    expect(re.test(`${s}x`)).toBe(false)
    expect(re.test(s.slice(1))).toBe(false)
    expect(new RegExp(`^${escapeJsRegex(s)}$`, 'u').test(s)).toBe(true)
    expect(escapeJsRegex(s)).not.toMatch(/\n/)
  })

  it('quoteMetaGo escapes exactly what Go’s regexp.QuoteMeta escapes (and controls)', () => {
    expect(quoteMetaGo('TestA.b+c*d?e(f)|g[h]{i}^j$k\\l')).toBe(
      'TestA\\.b\\+c\\*d\\?e\\(f\\)\\|g\\[h\\]\\{i\\}\\^j\\$k\\\\l'
    )
    expect(quoteMetaGo('a\nb')).toBe('a\\x{a}b')
    // The escaped form is a literal in JS too (same metacharacters): it matches only itself.
    for (const s of HOSTILE)
      expect(new RegExp(`^${quoteMetaGo(s).replace(/\\x\{a\}/g, '\\n')}$`).test(s)).toBe(true)
  })

  it('safeFile keeps files inside cwd, makes a leading dash harmless, refuses the rest', () => {
    expect(safeFile('a.test.js', dir)).toBe('a.test.js')
    expect(safeFile(join(dir, 'a.test.js'), dir)).toBe('a.test.js')
    expect(safeFile('-dash.test.js', dir)).toBe('./-dash.test.js')
    expect(safeFile('../etc/passwd', dir)).toBeUndefined()
    expect(safeFile('/etc/passwd', dir)).toBeUndefined()
    expect(safeFile('missing.js', dir)).toBeUndefined()
    expect(safeFile('tests', dir)).toBeUndefined() // a directory
    expect(safeFile('a\0b', dir)).toBeUndefined()
  })
})

describe('JS runners: the pattern selects the failed tests by full name and nothing else', () => {
  const failed = [
    kase({ name: 'cart broken', file: 'a.test.js', id: 'j1' }),
    ...HOSTILE.map((h, i) => kase({ name: `hostile ${h}`, file: 'a.test.js', id: `h${i}` }))
  ]
  const others = ['cart total', 'cart broken2', 'xcart broken', 'hostile $(touch pwned)x', 'hostile a', '']

  it('jest: --testNamePattern (compiled with flag i, as jest does) and --runTestsByPath', () => {
    const s = buildSelection('jest', ['jest'], failed, ctx)
    expect(s.argv.slice(-2)).toEqual(['--runTestsByPath', 'a.test.js'])
    const re = new RegExp(opt(s.argv, '--testNamePattern'), 'i')
    for (const c of failed) expect(re.test(c.name)).toBe(true)
    for (const o of others) expect(re.test(o)).toBe(false)
    // XML attributes turn a newline into a space: the name as reported still selects the real test.
    const reported = buildSelection('jest', ['jest'], [kase({ name: 'hostile new line' })], ctx)
    expect(new RegExp(opt(reported.argv, '--testNamePattern'), 'i').test('hostile new\nline')).toBe(true)
    expect(s.selected).toEqual(failed.map(c => c.id))
  })

  it('jest: a top-level test (jest-junit writes a leading space) and no narrowing when a file is unknown', () => {
    const s = buildSelection(
      'jest',
      ['jest'],
      [kase({ name: ' top level' }), kase({ name: 'x', file: 'a.test.js' })],
      ctx
    )
    expect(s.argv).not.toContain('--runTestsByPath')
    expect(new RegExp(opt(s.argv, '--testNamePattern'), 'i').test('top level')).toBe(true)
  })

  it('mocha: --grep over the parent’s full title and the title; files as positionals', () => {
    const cases = [
      kase({ name: 'adds tax', classname: 'cart totals', file: '-dash.test.js' }),
      kase({ name: 'top' })
    ]
    const s = buildSelection('mocha', ['mocha'], cases.slice(0, 1), ctx)
    expect(s.argv).toContain('./-dash.test.js')
    const re = new RegExp(opt(s.argv, '--grep'))
    expect(re.test('cart totals adds tax')).toBe(true)
    expect(re.test('cart totals adds tax2')).toBe(false)
    expect(
      new RegExp(opt(buildSelection('mocha', ['mocha'], cases.slice(1), ctx).argv, '--grep')).test('top')
    ).toBe(true)
  })

  it('vitest: titles joined by " > " in the report, by spaces in vitest’s full name', () => {
    const s = buildSelection(
      'vitest',
      ['vitest', 'run'],
      [kase({ name: 'cart > a > b (x)', classname: 'a.test.js' })],
      ctx
    )
    expect(s.argv.slice(0, 4)).toEqual(['vitest', 'run', '--coverage.enabled=false', 'a.test.js'])
    const re = new RegExp(opt(s.argv, '--testNamePattern'))
    expect(re.test('cart a > b (x)')).toBe(true) // a title that itself holds " > "
    expect(re.test('cart a b (x)')).toBe(true)
    expect(re.test('cart a b')).toBe(false)
  })

  it('node-test: the full name (Node ≥ 22) — and on older Node the own name too', () => {
    const s = buildSelection(
      'node-test',
      [process.execPath, '--test'],
      [kase({ name: 'adds tax', suitePath: ['cart', 'totals'] })],
      ctx
    )
    const re = new RegExp(opt(s.argv, '--test-name-pattern'))
    expect(re.test('cart totals adds tax')).toBe(true)
    expect(re.test('adds tax')).toBe(Number(process.versions.node.split('.')[0]) < 22)
    expect(re.test('cart adds tax')).toBe(false)
  })

  it('playwright: --grep over the title path, tags allowed after it, the file from the suite', () => {
    const s = buildSelection(
      'playwright',
      ['playwright', 'test'],
      [kase({ name: 'login › works', suitePath: ['a.test.js'] })],
      ctx
    )
    expect(s.argv).toContain('a.test.js')
    const re = new RegExp(opt(s.argv, '--grep'))
    expect(re.test(' chromium a.test.js login works')).toBe(true)
    expect(re.test(' chromium a.test.js login works @slow')).toBe(true)
    expect(re.test(' chromium a.test.js login works too')).toBe(false)
  })
})

describe('rerun speed and side effects (jest, vitest)', () => {
  const files = ['f1.test.js', 'f2.test.js', 'f3.test.js', 'f4.test.js']
  for (const f of files) writeFileSync(join(dir, f), '')
  const inFiles = (n: number) =>
    files.slice(0, n).map((file, i) => kase({ name: `t${i}`, file, id: `c${i}` }))

  it('jest: runs in band when the rerun names at most JEST_IN_BAND_MAX_FILES files, else leaves jest to decide', () => {
    expect(JEST_IN_BAND_MAX_FILES).toBe(3)
    for (const n of [1, 3]) {
      const s = buildSelection('jest', ['jest'], inFiles(n), ctx)
      expect(s.argv.filter(a => a === '--runInBand')).toHaveLength(1)
      expect(s.argv.slice(s.argv.indexOf('--runTestsByPath') + 1)).toEqual(files.slice(0, n))
    }
    expect(buildSelection('jest', ['jest'], inFiles(4), ctx).argv).not.toContain('--runInBand')
    // Files unknown: the name pattern runs over the whole suite, so the pool stays jest's choice.
    const unknown = buildSelection('jest', ['jest'], [kase({ name: 'x' })], ctx)
    expect(unknown.argv).not.toContain('--runTestsByPath')
    expect(unknown.argv).not.toContain('--runInBand')
  })

  it('jest and vitest: a rerun never collects coverage, whatever the base or the file count says', () => {
    for (const cases of [inFiles(1), inFiles(4), [kase({ name: 'x' })]]) {
      const base = ['jest', '--coverage', '--coverageDirectory=cov']
      const j = buildSelection('jest', base, cases, ctx).argv
      // After the base: jest (yargs) takes the last value, so it overrides --coverage and collectCoverage.
      expect(j.slice(0, 3)).toEqual(base)
      expect(j.filter(a => a.startsWith('--coverage'))).toEqual([...base.slice(1), '--coverage=false'])
      expect(j.indexOf('--coverage=false')).toBeGreaterThan(j.indexOf('--coverage'))
      const v = buildSelection('vitest', ['vitest', 'run', '--coverage'], cases, ctx).argv
      expect(v.slice(0, 4)).toEqual(['vitest', 'run', '--coverage', '--coverage.enabled=false'])
    }
  })

  it('mocha (coverage comes from a wrapper such as nyc, not a flag) gets no runner flags', () => {
    const c = [kase({ name: 'adds', classname: 'cart', file: 'a.test.js' })]
    expect(buildSelection('mocha', ['mocha'], c, ctx).argv.slice(0, 2)).toEqual(['mocha', 'a.test.js'])
  })
})

describe('other runners', () => {
  it('pytest: node ids from the file attribute or from the classname resolved to a file under cwd', () => {
    const withFile = kase({
      name: 'test_tax[$(touch x)]',
      classname: 'tests.test_shop.TestCart',
      file: 'tests/test_shop.py'
    })
    expect(pytestNodeId(withFile, dir)).toBe('tests/test_shop.py::TestCart::test_tax[$(touch x)]')
    const noFile = kase({ name: 'test_x', classname: 'tests.pkg.test_deep.TestA.TestB' })
    expect(pytestNodeId(noFile, dir)).toBe('tests/pkg/test_deep.py::TestA::TestB::test_x')
    // A classname that is not dotted identifiers never becomes a path.
    expect(pytestNodeId(kase({ name: 't', classname: '...etc.passwd' }), dir)).toBeUndefined()
    expect(pytestNodeId(kase({ name: 't', classname: 'nope.mod' }), dir)).toBeUndefined()
    const s = buildSelection(
      'pytest',
      ['python3', '-m', 'pytest'],
      [withFile, kase({ name: 't', classname: 'nope', id: 'bad' })],
      ctx
    )
    expect(s.argv).toEqual(['python3', '-m', 'pytest', 'tests/test_shop.py::TestCart::test_tax[$(touch x)]'])
    expect(s.unselectable).toEqual([{ id: 'bad', reason: 'no test file found for its classname' }])
  })

  it('go: -run with one QuoteMeta-escaped alternation per level, the packages as positionals', () => {
    const s = buildSelection(
      'go',
      ['gotestsum', '--junitfile', 'r.xml', '--'],
      [
        kase({ name: 'TestA/sub_(1)', classname: 'example.com/m/pkg' }),
        kase({ name: 'TestB', classname: 'example.com/m/pkg' })
      ],
      ctx
    )
    expect(s.argv).toEqual([
      'gotestsum',
      '--junitfile',
      'r.xml',
      '--',
      '-run',
      '^(?:TestA|TestB)$/^(?:sub_\\(1\\))$',
      'example.com/m/pkg'
    ])
    const odd = buildSelection('go', ['go', 'test'], [kase({ name: 'TestA', classname: '-evil' })], ctx)
    expect(odd.argv.slice(-1)).toEqual(['./...'])
  })

  it('maven and gradle: Class#method / --tests Class.method; parameter suffixes cut; non-identifiers refused', () => {
    const cases = [
      kase({ name: 'adds(int)[2]', classname: 'com.shop.CartTest', id: 'm1' }),
      kase({ name: 'sums', classname: 'com.shop.CartTest', id: 'm2' }),
      kase({ name: 'x', classname: 'com.shop.Other', id: 'm3' }),
      kase({ name: 'a;b', classname: 'com.shop.Other', id: 'bad1' }),
      kase({ name: 'y', classname: 'com.$(touch x)', id: 'bad2' })
    ]
    const m = buildSelection('maven', ['mvn'], cases, ctx)
    expect(m.argv).toEqual([
      'mvn',
      '-Dtest=com.shop.CartTest#adds+sums,com.shop.Other#x',
      '-Dsurefire.failIfNoSpecifiedTests=false'
    ])
    expect(m.unselectable.map(u => u.id)).toEqual(['bad1', 'bad2'])
    const g = buildSelection('gradle', ['gradle', 'test'], cases, ctx)
    expect(g.argv).toEqual([
      'gradle',
      'test',
      '--tests',
      'com.shop.CartTest.adds',
      '--tests',
      'com.shop.CartTest.sums',
      '--tests',
      'com.shop.Other.x'
    ])
  })

  it('custom: {tests} → one argv entry per id, {names}, {files}; hostile ids stay single entries', () => {
    const base = rerunBase('custom', './run.sh --ids {tests} -- {names} {files}', ctx)
    const cases = HOSTILE.map((h, i) =>
      kase({ name: h, id: `x › ${h}`, file: i === 0 ? 'a.test.js' : undefined })
    )
    const s = buildSelection('custom', base, cases, ctx)
    expect(s.argv).toEqual(['./run.sh', '--ids', ...cases.map(c => c.id), '--', ...HOSTILE, 'a.test.js'])
  })

  it('a name cut by the reader cannot be selected', () => {
    const s = buildSelection('jest', ['jest'], [kase({ name: 'x'.repeat(5000), id: 'long' })], ctx)
    expect(s.selected).toEqual([])
    expect(s.unselectable).toEqual([{ id: 'long', reason: 'name too long to select' }])
  })
})

describe('rerun base', () => {
  it('splits the setting without a shell: quotes kept literally, nothing expanded', () => {
    expect(splitArgv(`a 'b c' "d \\"e\\" $HOME" f\\ g $(x) \`y\` ; | *`)).toEqual([
      'a',
      'b c',
      'd "e" $HOME',
      'f g',
      '$(x)',
      '`y`',
      ';',
      '|',
      '*'
    ])
    expect(splitArgv("''")).toEqual([''])
    expect(() => splitArgv('a "b')).toThrow('unterminated " quote in the command "a \\"b"')
  })

  it.each<[PresetName, string | undefined, string]>([
    [
      'custom',
      undefined,
      'preset custom: set rerun, a command with a {tests} word (e.g. "./run-tests {tests}")'
    ],
    ['custom', './run', 'preset custom: rerun needs a word that is exactly {tests} (or {names} or {files})'],
    [
      'jest',
      'jest {tests}',
      'preset jest: rerun must not contain {tests}; the preset appends the selection itself'
    ],
    [
      'custom',
      './run --only={tests} {tests}',
      'rerun: "--only={tests}" — {tests}, {names} and {files} must be whole words (each case becomes its own argument)'
    ]
  ])('%s with rerun %j is a one-line error', (preset, rerun, message) => {
    expect(() => rerunBase(preset, rerun, ctx)).toThrow(message)
  })

  it('defaults: the preset’s runner (go needs one literal junit path)', () => {
    expect(rerunBase('pytest', undefined, ctx)).toEqual(['python3', '-m', 'pytest'])
    // The project's Node from PATH, as the first command ran it: never the action's own process.execPath.
    expect(rerunBase('node-test', '', ctx)).toEqual(['node', '--test'])
    expect(rerunBase('go', undefined, ctx)).toEqual(['gotestsum', '--junitfile', 'report.xml', '--'])
    expect(() => rerunBase('go', undefined, { ...ctx, junit: ['reports/*.xml'] })).toThrow(
      /preset go: set rerun/
    )
    expect(rerunBase('maven', undefined, ctx)).toEqual(['mvn'])
    expect(rerunBase('gradle', undefined, ctx)).toEqual(['gradle', 'test'])
  })
})
