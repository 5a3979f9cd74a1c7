/**
 * Fuzz: the unified-diff parser (parseUnifiedDiff).
 * - Generated `git diff -U0`-shaped diffs (random files, hunks and +/-/context lines, LF or CRLF) parse to
 *   exactly the added line numbers and deleted counts they were made from.
 * - Mutated diffs and random text: only a one-line UserError is thrown; every file has a path and a known
 *   status; added line numbers are positive integers, sorted, unique, at most 2^31 - 1, and each lies in
 *   the new-side range `c … c+d-1` of some `@@ -a,b +c,d @@` header of the input.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseUnifiedDiff, type ChangedFile } from '../../src/shared/git.js'
import { mutatedArb, params, randomArb, shown, timed, userErrorOr } from './support.js'

type Op = '+' | '-' | ' '
interface FileModel {
  path: string
  hunks: { gap: number; ops: Op[] }[]
}

const fileArb: fc.Arbitrary<FileModel> = fc.record({
  path: fc.constantFrom('a.ts', 'src/b.c', 'd/e/f.py', 'x-y_z.md', 'deep/er/and/deeper/file.go'),
  hunks: fc.array(
    fc.record({
      gap: fc.integer({ min: 1, max: 1000 }),
      ops: fc.array(fc.constantFrom<Op>('+', '-', ' '), { minLength: 1, maxLength: 12 })
    }),
    { minLength: 1, maxLength: 6 }
  )
})

/** Render the model as git writes it; return the text and what the parser must find. */
function render(files: FileModel[], crlf: boolean): { text: string; expected: ChangedFile[] } {
  const out: string[] = []
  const expected: ChangedFile[] = []
  const seen = new Set<string>()
  for (const f of files) {
    if (seen.has(f.path)) continue
    seen.add(f.path)
    out.push(
      `diff --git a/${f.path} b/${f.path}`,
      'index 1234567..89abcde 100644',
      `--- a/${f.path}`,
      `+++ b/${f.path}`
    )
    let oldLine = 1
    let newLine = 1
    const added: number[] = []
    let deleted = 0
    for (const h of f.hunks) {
      oldLine += h.gap
      newLine += h.gap
      const oldCount = h.ops.filter(o => o !== '+').length
      const newCount = h.ops.filter(o => o !== '-').length
      const a = oldCount === 0 ? oldLine - 1 : oldLine
      const c = newCount === 0 ? newLine - 1 : newLine
      out.push(`@@ -${a},${oldCount} +${c},${newCount} @@ fn()`)
      for (const o of h.ops) {
        out.push(`${o}line`)
        if (o === '+') added.push(newLine++)
        else if (o === '-') {
          deleted++
          oldLine++
        } else {
          oldLine++
          newLine++
        }
      }
    }
    expected.push({ path: f.path, status: 'modified', added, deleted, binary: false })
  }
  return { text: out.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'), expected }
}

const STATUSES = new Set(['added', 'modified', 'renamed', 'copied'])

function checkFiles(text: string, files: ChangedFile[]): void {
  const ranges: [number, number][] = []
  for (const m of text.matchAll(/@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/g)) {
    const c = Number(m[1])
    const d = m[2] === undefined ? 1 : Number(m[2])
    ranges.push([c, c + d - 1])
  }
  for (const f of files) {
    if (typeof f.path !== 'string' || f.path === '') throw new Error(`empty path in ${JSON.stringify(f)}`)
    if (!STATUSES.has(f.status)) throw new Error(`status ${f.status}`)
    if (!Number.isSafeInteger(f.deleted) || f.deleted < 0) throw new Error(`deleted ${f.deleted}`)
    if (typeof f.binary !== 'boolean') throw new Error('binary not a boolean')
    let prev = 0
    for (const n of f.added) {
      if (!Number.isInteger(n) || n < 1 || n > 2147483647) throw new Error(`added line ${n} out of range`)
      if (n <= prev) throw new Error(`added lines not sorted/unique: ${prev} then ${n}`)
      prev = n
      if (!ranges.some(([lo, hi]) => n >= lo && n <= hi))
        throw new Error(`added line ${n} lies in no hunk's new range`)
    }
  }
}

describe('fuzz: unified diff parser', () => {
  it('generated diffs parse to exactly the lines they were made from (LF and CRLF)', () => {
    const target = 'diff: generated round trip'
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 5 }), fc.boolean(), (files, crlf) => {
        const { text, expected } = render(files, crlf)
        const got = timed(target, text, () => parseUnifiedDiff(text, 'fuzz.diff'))
        expect(got).toEqual(expected)
      }),
      params(target, 1000)
    )
  })

  it('mutated diffs and random text: a UserError or line numbers in range', () => {
    const target = 'diff: mutated'
    const seeds = [
      ...[1, 2, 3].map(k =>
        Buffer.from(
          render(
            [
              {
                path: 'src/a.ts',
                hunks: [
                  { gap: k, ops: ['-', '+', '+'] },
                  { gap: 5, ops: ['+'] }
                ]
              },
              {
                path: 'b.c',
                hunks: [
                  { gap: 1, ops: ['-'] },
                  { gap: 9, ops: [' ', '+', ' '] }
                ]
              }
            ],
            k === 2
          ).text
        )
      ),
      Buffer.from(
        'From 1 Mon\nSubject: x\n\ndiff --git a/old b/new\nsimilarity index 90%\nrename from old\nrename to new\n--- a/old\n+++ b/new\n@@ -3 +3,2 @@\n-x\n+y\n+z\ndiff --git a/bin b/bin\nnew file mode 100644\nBinary files /dev/null and b/bin differ\ndiff --git "a/t\\303\\251st" "b/t\\303\\251st"\n--- "a/t\\303\\251st"\n+++ "b/t\\303\\251st"\n@@ -0,0 +1 @@\n+q\n\\ No newline at end of file\n-- \n2.40.0\n'
      )
    ]
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutatedArb(seeds) }, randomArb()), buf => {
        const text = buf.toString('utf8')
        const files = timed(target, text, () => userErrorOr(() => parseUnifiedDiff(text, 'fuzz.diff')))
        if (files !== undefined) checkFiles(text, files)
      }),
      params(target, 1000)
    )
  })
})
void shown
