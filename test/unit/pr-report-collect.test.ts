import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectFromPaths } from '../../src/pr-report/collect.js'
import { makeFragment, type FragmentInit } from '../../src/shared/fragment.js'

const init = (gate: string, over: Partial<FragmentInit> = {}): FragmentInit => ({
  gate,
  status: 'pass',
  title: gate,
  summary: `${gate} ok`,
  markdown: `${gate} body`,
  metrics: {},
  statusContext: `quality-gates/${gate}`,
  ...over
})
const json = (gate: string, over: Partial<FragmentInit> = {}) =>
  JSON.stringify(makeFragment(init(gate, over)))

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pr-report-collect-'))
  await mkdir(join(dir, 'out/a'), { recursive: true })
  await mkdir(join(dir, 'out/b'), { recursive: true })
  await writeFile(join(dir, 'out/a/quality-gates-fragment.json'), json('coverage'))
  await writeFile(join(dir, 'out/b/quality-gates-fragment-flaky.json'), json('flaky', { status: 'fail' }))
  await writeFile(join(dir, 'out/b/other.json'), '{}')
  await writeFile(join(dir, 'perf.json'), json('perf'))
  await writeFile(join(dir, 'broken.json'), '{"schema": "quality-gates/fragment", ')
  await writeFile(join(dir, 'v2.json'), JSON.stringify({ ...makeFragment(init('x')), version: 2 }))
  await writeFile(join(dir, 'big.json'), ' '.repeat(3 * 1024 * 1024))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('pr-report collect (files, globs, directories)', () => {
  it('reads a directory with the default pattern, a file and a glob, without duplicates', async () => {
    const c = await collectFromPaths(['out', 'perf.json', 'out/**/quality-gates-fragment*.json', ''], dir)
    expect(c.problems).toEqual([])
    expect(c.fragments.map(f => [f.source, f.fragment.gate])).toEqual([
      ['out/a/quality-gates-fragment.json', 'coverage'],
      ['out/b/quality-gates-fragment-flaky.json', 'flaky'],
      ['perf.json', 'perf']
    ])
  })

  it('turns every bad input into a visible problem line, never a crash', async () => {
    const c = await collectFromPaths(
      ['broken.json', 'v2.json', 'big.json', 'nope.json', 'empty-glob-*.json', 'out/a/..', 'perf.json'],
      dir
    )
    expect(c.fragments.map(f => f.fragment.gate)).toEqual(['coverage', 'flaky', 'perf'])
    const bySource = Object.fromEntries(c.problems.map(p => [p.source, p.error]))
    expect(bySource['broken.json']).toMatch(/^fragment is not valid JSON/)
    expect(bySource['v2.json']).toMatch(/unsupported version 2/)
    expect(bySource['big.json']).toMatch(/larger than 2097152 bytes/)
    expect(bySource['nope.json']).toBe('no such file or directory')
    expect(bySource['empty-glob-*.json']).toBe('the pattern matched no file')
    // out/a/.. is the out directory: both fragments found there
    expect(c.problems).toHaveLength(5)
  })

  it('reports a directory without fragments', async () => {
    await mkdir(join(dir, 'empty'), { recursive: true })
    const c = await collectFromPaths(['empty'], dir)
    expect(c.problems).toEqual([
      { source: 'empty', error: 'no **/quality-gates-fragment*.json in this directory' }
    ])
  })
})
