/**
 * What a gate writes to the job summary (`summary: full | short | off`, default short: pr-report writes the full
 * section, so a job running both shows it once), and how the `annotations` and `summary` settings are read —
 * including the legacy values of a setting that became an enum (`annotations: true/false`).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { coverageGate } from '../../src/coverage/gate.js'
import { UserError } from '../../src/shared/errors.js'
import { makeFragment, type GateStatus } from '../../src/shared/fragment.js'
import { defineGate, runDeclared, type GateResult } from '../../src/shared/gate.js'
import { createLocalHost } from '../../src/shared/host-local.js'
import { publish, shortSummary, type SummaryMode } from '../../src/shared/publish.js'
import { readSettings, type Setting } from '../../src/shared/settings.js'
import { createFakeHost } from '../support/fake-host.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qg-publish-summary-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const SECTION = '✅ **Coverage passed** — project 80.00%\n\n| | Head |\n|---|---|\n| Lines | 80.00% |'

function result(
  status: GateStatus = 'pass',
  title = 'Coverage',
  summary = 'project 80.00% — passed'
): GateResult<null> {
  return {
    fragment: makeFragment({
      gate: 'coverage',
      status,
      title,
      summary,
      markdown: SECTION,
      metrics: {},
      statusContext: 'quality-gates/coverage'
    }),
    onCommit: false,
    outputs: {},
    data: null
  }
}

async function summaries(mode: SummaryMode, r = result()): Promise<string[]> {
  const host = await createFakeHost({ dir })
  await publish(host, r, { fragmentName: 'f', status: false, annotations: 'off', summary: mode })
  return host.summaries
}

describe('summary modes', () => {
  it('full: the whole section, as before', async () => {
    expect(await summaries('full')).toEqual([SECTION])
  })

  it('short: one line with the status emoji, title and summary line, pointing to the report', async () => {
    const [line, ...rest] = await summaries('short')
    expect(rest).toEqual([])
    expect(line).toBe(
      "✅ **Coverage** — project 80.00% — passed _(the full section is in the quality-gates report: pr-report's job summary and PR comment)_"
    )
    expect(line).not.toMatch(/\n/)
    expect(line).not.toContain('Coverage passed')
    expect((await summaries('short', result('fail')))[0]).toMatch(/^❌ \*\*Coverage\*\*/)
    expect((await summaries('short', result('neutral')))[0]).toMatch(/^⚠️ /)
    expect((await summaries('short', result('skipped')))[0]).toMatch(/^⏭️ /)
  })

  it('short: title and summary are escaped (no markup, mention or line break gets through)', () => {
    const line = shortSummary({
      status: 'fail',
      title: 'Tests <img src=x>',
      summary: 'broke @org/team\n# heading'
    })
    expect(line).not.toMatch(/<img|\n|@org/)
    expect(line).toContain('&lt;img')
  })

  it('off: nothing', async () => {
    expect(await summaries('off')).toEqual([])
  })

  it('outputs and the fragment file are written whatever the summary mode', async () => {
    for (const mode of ['full', 'short', 'off'] as const) {
      const host = await createFakeHost({ dir })
      await publish(host, result(), {
        fragmentName: `f-${mode}`,
        status: false,
        annotations: 'off',
        summary: mode
      })
      expect(host.outputs.get('status')).toBe('pass')
      expect(JSON.parse(await readFile(host.outputs.get('fragment-path') as string, 'utf8')).markdown).toBe(
        SECTION
      )
    }
  })
})

describe('the annotations and summary settings', () => {
  const read = (inputs: Record<string, string>, frontEnd: 'action' | 'cli' = 'action') =>
    readSettings(coverageGate.settings, name => (name === 'reports' ? 'a.info' : inputs[name]), frontEnd)

  it('default to auto and short in a workflow', () => {
    const s = read({})
    expect([s.annotations, s.summary]).toEqual(['auto', 'short'])
  })

  it('read every mode, any case', () => {
    for (const mode of ['auto', 'check-run', 'workflow-commands', 'off'])
      expect(read({ annotations: mode.toUpperCase() }).annotations).toBe(mode)
    for (const mode of ['full', 'short', 'off']) expect(read({ summary: mode }).summary).toBe(mode)
  })

  it('annotations: the booleans of earlier releases keep their meaning (true = auto, false = off)', () => {
    for (const v of ['true', 'True', 'yes', 'on', '1'])
      expect(read({ annotations: v }).annotations).toBe('auto')
    for (const v of ['false', 'FALSE', 'no', 'off', '0'])
      expect(read({ annotations: v }).annotations).toBe('off')
  })

  it('refuse anything else in one line naming the current values only', () => {
    expect(() => read({ annotations: 'maybe' })).toThrow(
      new UserError(
        'Input "annotations": "maybe" is not allowed; expected one of auto, check-run, workflow-commands, off'
      )
    )
    expect(() => read({ summary: 'true' })).toThrow(
      new UserError('Input "summary": "true" is not allowed; expected one of full, short, off')
    )
  })

  it('are action-only: the CLI has neither', () => {
    const s = read({}, 'cli') as Record<string, unknown>
    expect('annotations' in s || 'summary' in s).toBe(false)
  })
})

describe('legacy enum values (settings.ts), in general', () => {
  const declared = [
    {
      name: 'color',
      kind: 'enum',
      values: ['red', 'green'],
      default: 'red',
      legacy: { crimson: 'red', Lime: 'green' },
      description: 'a color'
    }
  ] as const satisfies readonly Setting[]
  const get = (v: string | undefined) => Object.assign(() => v, { label: (n: string) => `--${n}` })

  it('reads a legacy value (exact or any case) as the value it now means; current values win', () => {
    expect(readSettings(declared, get('crimson'), 'cli').color).toBe('red')
    expect(readSettings(declared, get('LIME'), 'cli').color).toBe('green')
    expect(readSettings(declared, get(' green '), 'cli').color).toBe('green')
    expect(readSettings(declared, get(undefined), 'cli').color).toBe('red')
  })

  it('keeps the front end label in the refusal', () => {
    expect(() => readSettings(declared, get('blue'), 'cli')).toThrow(
      new UserError('--color: "blue" is not allowed; expected one of red, green')
    )
  })

  it('a legacy value mapped to no current value is a declaration bug, caught on the first read', () => {
    const bad = [{ ...declared[0], legacy: { crimson: 'scarlet' } }] as const satisfies readonly Setting[]
    expect(() => readSettings(bad, get(undefined), 'cli')).toThrow(
      'setting color: legacy value crimson maps to scarlet, not one of its values'
    )
  })
})

describe('the gate runtime passes the modes to publish', () => {
  const gate = defineGate({
    id: 'demo',
    action: 'demo',
    command: 'demo',
    usage: '',
    about: 'a gate for this test',
    settings: [],
    evaluate: async () => ({
      ...result(),
      fragment: makeFragment({
        gate: 'demo',
        status: 'pass',
        title: 'Demo',
        summary: 'all good',
        markdown: '### Demo section',
        metrics: {},
        statusContext: 'quality-gates/demo',
        annotations: [{ path: 'a.ts', startLine: 1, endLine: 1, level: 'warning', message: 'look' }]
      }),
      sha: 'a'.repeat(40),
      onCommit: true
    }),
    print: { json: () => {}, human: () => '' }
  })

  it('in a workflow: the short line by default, the section with summary: full', async () => {
    const host = await createFakeHost({ dir })
    await runDeclared(gate, host, 'action')
    expect(host.summaries).toEqual([
      "✅ **Demo** — all good _(the full section is in the quality-gates report: pr-report's job summary and PR comment)_"
    ])
    // No token here: auto annotates with a workflow command.
    expect(host.logs.filter(l => l.level === 'warning').map(l => l.message)).toEqual(['look'])
    const full = await createFakeHost({ dir, inputs: { summary: 'full', annotations: 'false' } })
    await runDeclared(gate, full, 'action')
    expect(full.summaries).toEqual(['### Demo section'])
    expect(full.logs.filter(l => l.level === 'warning')).toEqual([])
  })

  it('on the CLI: --summary-out gets the full section and nothing is annotated', async () => {
    const lines: string[] = []
    const host = await createLocalHost({
      cwd: dir,
      summaryPath: 'summary.md',
      write: l => void lines.push(l)
    })
    await runDeclared(gate, host, 'cli')
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toBe('### Demo section\n')
    expect(lines).toEqual([])
  })
})
