/**
 * scripts/ascii.mjs: the build writes every bundle in ASCII. Each non-ASCII character of a comment, string or
 * regular expression becomes \uXXXX with the same meaning (checked by running the code before and after), what has
 * no ASCII form is reported with its line, and the source map's columns follow the longer lines.
 */
import { describe, expect, it } from '@jest/globals'
import { transformSync } from 'esbuild'
import { SourceMap, type SourceMapPayload } from 'node:module'
import { runInNewContext } from 'node:vm'
import { escapeNonAscii, shiftSourceMap } from '../../scripts/ascii.mjs'

const isAscii = (text: string) => [...text].every(ch => ch.charCodeAt(0) < 0x80)

/** The value of a script's last expression. */
const run = (code: string): unknown => runInNewContext(code)

describe('escapeNonAscii', () => {
  it('leaves an ASCII file as it is, with nothing to move', () => {
    const text = 'const a = "x\\u00D7y" / 2 // plain\n'
    expect(escapeNonAscii(text)).toEqual({ text, moves: new Map(), problems: [] })
  })

  it('escapes regular expressions, strings and comments without changing what the code does', () => {
    const cases = [
      '/[x\u00D7]/.test("3\u00D74") // a \u00D7 b',
      '/** c\u2026 */ "\u00E9t\u00E9".length',
      // an identity escape: `\u00D7` replaces both characters
      '[/\\\u00D7/.test("\u00D7"), "\\\u00D7", "\\\\\u00D7"].join("|")',
      // a character outside the BMP: two code units, and a u-flag expression still sees one code point
      '[/^\u{1F600}$/u.test("\u{1F600}"), /^.$/u.exec("\u{1F600}")[0].length, "\u{1F600}".length].join()',
      // division is not a regular expression, a keyword before `/` starts one
      'const a = 8, b = 2, c = 2; [a / b / c, (() => { return /\u00E9/.test("\u00E9") })()].join()',
      // templates (untagged ones esbuild escapes) with a ${} holding braces, a regex after it
      '`t${ {k: 1}.k }u`.length + (/\u00E9/.test("\u00E9") ? 1 : 0)',
      // a named group
      '/(?<\u00F1>a)/.exec("a").groups["\u00F1"]',
      // a hashbang line (kept as it is: ASCII)
      '#!/usr/bin/env node\n/\u00E9/.test("\u00E9")',
      // a / inside a character class does not end the expression
      '/[/\u00E9]/.test("\u00E9")',
      // a property named like a keyword divides
      'const o = { return: 6 }; [o.return / 2 / 1, /\u00E9/.test("\u00E9")].join()',
      // a postfix ++ and a variable named `of` are operands: the / after them divides
      'let i = 4, of = 6; [i++ / 2 / 1, of / 3 / 1, "\u00E9"].join()',
      // after the ) of an if, a / starts a regular expression
      'let r = 0; const b = "\u00E9"; if (b) /\u00E9/.test(b) && (r = 1); r'
    ]
    for (const code of cases) {
      const { text, problems } = escapeNonAscii(code)
      expect({ code, problems }).toEqual({ code, problems: [] })
      expect({ code, ascii: isAscii(text) }).toEqual({ code, ascii: true })
      expect({ code, value: run(text) }).toEqual({ code, value: run(code) })
    }
  })

  it("reports what has no ASCII form (a tagged template's raw text, a character outside any token) by line", () => {
    expect(escapeNonAscii('const a = 1\nconst r = String.raw`x\u00D7y`\n').problems).toEqual([
      { line: 2, column: 23, reason: "a template literal's raw text (a tagged template) has no ASCII form" }
    ])
    expect(escapeNonAscii('a =\u00A0b').problems).toEqual([
      { line: 1, column: 4, reason: 'outside any comment, string or regular expression' }
    ])
    // A line separator in a block comment is a line break for semicolon insertion: escaped, it would not be one.
    expect(escapeNonAscii('return /*\u2028*/ 1').problems).toHaveLength(1)
    expect(escapeNonAscii('x = "a\\\u2028b"').problems).toEqual([
      { line: 1, column: 8, reason: 'a line continuation' }
    ])
  })

  it('stops with the line where it could not follow the code, escaping nothing', () => {
    // A regular expression cut by the end of the line: the lexer says so instead of guessing.
    const r = escapeNonAscii('x = 1\ny = /\u00D7\n')
    expect(r.text).toBe('x = 1\ny = /\u00D7\n')
    expect(r.problems).toEqual([
      {
        line: 2,
        column: 5,
        reason: 'cannot escape its non-ASCII characters: an unterminated regular expression here'
      }
    ])
    expect(escapeNonAscii('/* \u00E9').problems[0]?.reason).toMatch(/unterminated comment/)
    expect(escapeNonAscii('s = "\u00E9').problems[0]?.reason).toMatch(/unterminated string/)
    expect(escapeNonAscii('f(`\u00E9${a`').problems[0]?.reason).toMatch(/unterminated template|unclosed/)
  })

  it('is linear: a long file of non-ASCII comments and expressions is escaped in one pass', () => {
    const line = 'x = /[\u00D7]/.test(y) ? "\u00E9" : 0 // \u2026\n'
    const code = line.repeat(20_000)
    const { text, problems } = escapeNonAscii(code)
    expect(problems).toEqual([])
    expect(isAscii(text)).toBe(true)
    expect(text.length).toBe(code.length + 20_000 * 3 * 5)
  })
})

describe('shiftSourceMap', () => {
  it("maps every token after an escaped character to the same source position as before (esbuild's own map)", () => {
    const source = [
      'export function size(text: string): number[] | undefined {',
      '  const m = /^(\\d{1,5})[x\u00D7](\\d{1,5})$/.exec(text.trim()) // 3\u00D74',
      '  return m ? [Number(m[1]), Number(m[2])] : undefined',
      '}',
      "export const sep = /[\u203A\u2026]/.source + 'after'"
    ].join('\n')
    const out = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      sourcemap: 'external',
      sourcefile: 'size.ts',
      charset: 'ascii'
    })
    const map = JSON.parse(out.map) as SourceMapPayload
    const { text, moves, problems } = escapeNonAscii(out.code)
    expect(problems).toEqual([])
    expect(isAscii(text)).toBe(true)
    expect(moves.size).toBe(2)
    const before = new SourceMap(map)
    const after = new SourceMap(shiftSourceMap(map, moves))
    const oldLines = out.code.split('\n')
    const newLines = text.split('\n')
    const origin = (e: ReturnType<SourceMap['findEntry']>) => {
      const { originalSource, originalLine, originalColumn } = e as {
        originalSource?: string
        originalLine?: number
        originalColumn?: number
      }
      return { originalSource, originalLine, originalColumn }
    }
    let checked = 0
    let unshiftedWrong = 0
    for (const [line, needle] of [
      [1, 'text.trim'],
      [1, 'exec'],
      [4, 'source'],
      [4, '"after"']
    ] as const) {
      const oldColumn = oldLines[line]?.indexOf(needle) ?? -1
      const newColumn = newLines[line]?.indexOf(needle) ?? -1
      expect(newColumn).toBeGreaterThan(oldColumn)
      const want = origin(before.findEntry(line, oldColumn))
      expect(want.originalLine).toBe(line)
      expect({ needle, got: origin(after.findEntry(line, newColumn)) }).toEqual({ needle, got: want })
      if (JSON.stringify(origin(before.findEntry(line, newColumn))) !== JSON.stringify(want)) unshiftedWrong++
      checked++
    }
    // the unmoved map would have sent some of them elsewhere
    expect(unshiftedWrong).toBeGreaterThan(0)
    expect(checked).toBe(4)
  })

  it('leaves a map whose file moved nothing as it is', () => {
    const map = { version: 3, mappings: 'AAAA;AACA' }
    expect(shiftSourceMap(map, new Map())).toBe(map)
  })
})
