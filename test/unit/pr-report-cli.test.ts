import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../../src/cli/index.js'
import { makeFragment } from '../../src/shared/fragment.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pr-report-cli-'))
  const f = (gate: string, status: 'pass' | 'fail') =>
    JSON.stringify(
      makeFragment({
        gate,
        status,
        title: gate,
        summary: `${gate} ${status}`,
        markdown: `About ${gate}`,
        metrics: {},
        statusContext: `quality-gates/${gate}`
      })
    )
  await writeFile(join(dir, 'quality-gates-fragment-a.json'), f('coverage', 'pass'))
  await writeFile(join(dir, 'quality-gates-fragment-b.json'), f('flaky', 'fail'))
  await writeFile(join(dir, 'bad.json'), '[]')
  await mkdir(join(dir, 'empty'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function run(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await cli(argv, {
    stdout: t => void (stdout += t),
    stderr: t => void (stderr += t),
    cwd: dir,
    env: {}
  })
  return { code, stdout, stderr }
}

describe('quality-gates report', () => {
  it('prints the comment and exits 0 even when a gate failed', async () => {
    const r = await run(['report', '--fragments', '.', '--id', 'local'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('<!-- pr-report:v1 id=local -->')
    expect(r.stdout).toContain('## ❌ Quality gates failed')
    expect(r.stdout).toContain('| flaky | ❌ fail | flaky fail |')
  })

  it('shows an invalid fragment as a line, warns on stderr and exits 1 (fail closed)', async () => {
    const r = await run(['report', '--fragments', 'bad.json', 'quality-gates-fragment-a.json', '--json'])
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout) as { overall: string; problems: { source: string }[]; comment: string }
    expect(out.overall).toBe('fail')
    expect(out.problems).toEqual([
      { source: 'bad.json', error: 'not a valid quality-gates fragment: expected a JSON object' }
    ])
    expect(out.comment).toContain('bad.json')
    expect(r.stderr).toContain('bad.json: not a valid quality-gates fragment')
  })

  it('writes --out and --summary-out', async () => {
    const r = await run(['report', '--fragments', '*.json', '--out', 'c.md', '--summary-out', 's.md'])
    expect(r.code).toBe(1) // *.json takes bad.json too
    expect(await readFile(join(dir, 'c.md'), 'utf8')).toBe(r.stdout)
    const summary = await readFile(join(dir, 's.md'), 'utf8')
    expect(summary).toContain('<details open>')
    expect(summary).not.toContain('pr-report:v1')
  })

  it('exits 2 with one line on usage errors', async () => {
    for (const argv of [['report'], ['report', '--fragments', '.', '--id', 'Bad!'], ['report', '--nope']]) {
      const r = await run(argv)
      expect(r.code).toBe(2)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect((await run(['report'])).stderr).toMatch(/--fragments is required/)
    expect((await run(['report', '--fragments', '.', '--id', 'Bad!'])).stderr).toMatch(
      /--id: "Bad!" is not a valid report id/
    )
  })

  it('a path that does not exist is exit 2 with one line; an empty directory is never a pass', async () => {
    const r = await run(['report', '--fragments', 'nope/'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('quality-gates: --fragments: "nope/": no such file or directory\n')
    // Also beside paths that exist: the typo is not hidden by the fragments that were found.
    const mixed = await run([
      'report',
      '--fragments',
      'quality-gates-fragment-a.json',
      '--fragments',
      'typo.json'
    ])
    expect(mixed.code).toBe(2)
    expect(mixed.stderr).toBe('quality-gates: --fragments: "typo.json": no such file or directory\n')
    // A glob that matches nothing stays a problem line in the report (fail closed), as in the action.
    const glob = await run(['report', '--fragments', 'nothing-*.json'])
    expect(glob.code).toBe(1)
    expect(glob.stdout).toContain('the pattern matched no file')
    const empty = await run(['report', '--fragments', 'empty/', '--json'])
    expect(empty.code).toBe(1)
    const doc = JSON.parse(empty.stdout) as {
      overall: string
      statuses: { context: string; state: string }[]
    }
    expect(doc.overall).toBe('fail')
    expect(doc.statuses).toEqual([expect.objectContaining({ context: 'quality-gates', state: 'failure' })])
    // The documented opt-out keeps the old neutral outcome.
    const lenient = await run(['report', '--fragments', 'empty/', '--on-missing', 'neutral'])
    expect(lenient.code).toBe(0)
  })

  it('--expect entries are gate ids or <gate>/<name>, nothing else', async () => {
    for (const bad of ['quality-gates/coverage', '../x', 'Coverage']) {
      const r = await run(['report', '--fragments', 'quality-gates-fragment-a.json', '--expect', bad])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/--expect: .* is not a gate id/)
    }
  })

  it('--expect: a gate that did not report fails the report', async () => {
    const r = await run([
      'report',
      '--fragments',
      'quality-gates-fragment-a.json',
      '--expect',
      'coverage,unit',
      '--json'
    ])
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.stdout) as {
      statuses: { context: string; state: string; description: string }[]
    }
    expect(doc.statuses).toContainEqual(
      expect.objectContaining({ context: 'quality-gates/unit', state: 'failure' })
    )
  })
})
