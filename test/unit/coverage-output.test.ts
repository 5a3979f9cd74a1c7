// `quality-gates coverage --json` writes its document in pieces; the text must be exactly JSON.stringify of
// the documented shape (jsonResult) plus a newline.
import { describe, expect, it } from '@jest/globals'
import { jsonResult, writeJsonResult, type CoverageRun } from '../../src/coverage/output.js'
import { summarize } from '../../src/coverage/load.js'
import { parseLcov } from '../../src/coverage/parse/lcov.js'
import { PathNormalizer } from '../../src/coverage/parse/paths.js'

function runFor(files: number, reasons: string[]): CoverageRun {
  let text = ''
  for (let k = 0; k < files; k++) {
    // Unsorted, with characters JSON must escape.
    const name =
      k % 7 === 0 ? `src/q"uote\\${k}.ts` : k % 5 === 0 ? `src/é/${k}.ts` : `src/${(k * 7919) % files}.ts`
    text += `SF:${name}\nDA:1,${k % 3}\nDA:2,1\nend_of_record\n`
  }
  const head = parseLcov(Buffer.from(text), 'lcov.info', new PathNormalizer({}))
  const headSummary = summarize(head)
  return {
    head,
    base: null,
    headSummary,
    baseSummary: headSummary,
    changed: null,
    patch: null,
    evaluation: {
      status: reasons.length > 0 ? 'fail' : 'pass',
      wouldBe: reasons.length > 0 ? 'fail' : 'pass',
      reasons,
      notices: [],
      indirect: [],
      failed: []
    },
    warnings: reasons.length > 0 ? ['a "warned" path\\x'] : []
  }
}

describe('coverage --json output', () => {
  it('equals JSON.stringify of the documented shape, for small and many-piece documents', () => {
    for (const [files, reasons] of [
      [0, []],
      [3, ['min-project: 10.00% < 50%']],
      [5000, ['a "quoted" reason', 'two']]
    ] as const) {
      let out = ''
      let pieces = 0
      const run =
        files === 0
          ? { ...runFor(1, []), headSummary: { ...runFor(1, []).headSummary, files: new Map() } }
          : runFor(files, [...reasons])
      writeJsonResult(run, t => {
        out += t
        pieces++
      })
      expect(out).toBe(`${JSON.stringify(jsonResult(run))}\n`)
      if (files === 5000) expect(pieces).toBeGreaterThan(3)
    }
  })
})
