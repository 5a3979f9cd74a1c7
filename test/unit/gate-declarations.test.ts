// Each action is declared once. action.yml must list exactly the declared action settings (names, defaults,
// descriptions), the CLI's flags and --help come from the same declaration, and a value means the same thing on
// both front ends: the same number, rule or boolean, the same refusal.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { helpText, parseCommandLine } from '../../src/cli/command.js'
import { commands } from '../../src/cli/commands.js'
import { coverageGate } from '../../src/coverage/gate.js'
import { prReport } from '../../src/pr-report/report.js'
import { declarations } from '../../src/declarations.js'
import type { Declaration } from '../../src/shared/gate.js'
import { defaultText, readSettings, settingsFor } from '../../src/shared/settings.js'
import { repoRoot } from '../support/runner.js'

function actionInputs(
  action: string
): Record<
  string,
  { description?: string; default?: unknown; required?: boolean; deprecationMessage?: string }
> {
  const doc = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description?: string; default?: unknown }>
  }
  return doc.inputs
}

/** Read settings as the action does (INPUT_* values) and as the CLI does (a command line), each or its error. */
function viaAction(d: Declaration, inputs: Record<string, string>): unknown {
  try {
    const values = readSettings(d.settings, name => inputs[name], 'action') as Record<string, unknown>
    return Object.fromEntries(Object.keys(inputs).map(k => [k, values[k]]))
  } catch (e) {
    return { error: (e as Error).message.replace(/^Input "([^"]+)"/, '$1') }
  }
}
function viaCli(d: Declaration, argv: string[], names: string[]): unknown {
  try {
    const line = parseCommandLine(d, argv)
    const get = Object.assign((name: string) => line.inputs[name], { label: line.label })
    const values = readSettings(d.settings, get, 'cli') as Record<string, unknown>
    return Object.fromEntries(names.map(k => [k, values[k]]))
  } catch (e) {
    return { error: (e as Error).message.replace(/^--([a-z-]+)/, '$1') }
  }
}

describe.each(declarations.map(d => [d.action, d] as const))('%s declaration', (_name, d) => {
  it('action.yml lists exactly the action settings, with their defaults and descriptions (npm run sync-actions)', () => {
    const yml = actionInputs(d.action)
    const declared = settingsFor(d.settings, 'action')
    const oldNames = declared.flatMap(s => s.actionAliases ?? [])
    expect(Object.keys(yml).sort()).toEqual([...declared.map(s => s.name), ...oldNames].sort())
    for (const old of oldNames) {
      expect({ old, deprecated: !!yml[old]?.deprecationMessage, default: yml[old]?.default }).toEqual({
        old,
        deprecated: true,
        default: undefined
      })
    }
    for (const s of declared) {
      const input = yml[s.name]
      expect({ name: s.name, description: input?.description }).toEqual({
        name: s.name,
        description: s.description
      })
      expect({ name: s.name, default: String(input?.default ?? '') }).toEqual({
        name: s.name,
        default: defaultText(s)
      })
    }
  })

  it('--help names every CLI flag and alias', () => {
    const help = helpText(d)
    for (const s of settingsFor(d.settings, 'cli')) {
      for (const flag of [s.name, ...(s.aliases ?? [])]) expect(help).toContain(`--${flag}`)
    }
  })
})

describe('the CLI', () => {
  it('has one sub-command per declaration, and each runs that declaration', () => {
    expect(Object.keys(commands).sort()).toEqual(declarations.map(d => d.command).sort())
  })
})

describe('a setting means the same on both front ends', () => {
  const same = (d: Declaration, inputs: Record<string, string>, argv: string[]) => {
    const names = Object.keys(inputs)
    const action = viaAction(d, inputs)
    expect(viaCli(d, argv, names)).toEqual(action)
    return action
  }
  const coverage = (inputs: Record<string, string>, argv: string[]) =>
    same(coverageGate, { reports: 'a.info', ...inputs }, ['--reports', 'a.info', ...argv])

  it('rules with >=, ≥ and a space, through the input or the old --path-rule flag', () => {
    const rules = [
      { pattern: 'src/core/**', min: 90 },
      { pattern: 'lib/*.js', min: 75.5 },
      { pattern: 'docs gen/**', min: 10 }
    ]
    expect(
      coverage({ rules: 'src/core/** >= 90\nlib/*.js≥75.5%\ndocs gen/** 10' }, [
        '--path-rule',
        'src/core/** >= 90',
        '--rules',
        'lib/*.js≥75.5%',
        '--path-rule',
        'docs gen/** 10'
      ])
    ).toEqual({ reports: ['a.info'], rules })
    coverage({ rules: 'src/** 90' }, ['--path-rule', 'src/** 90'])
    expect(coverage({ rules: 'src/** >= 150' }, ['--rules', 'src/** >= 150'])).toEqual({
      error: 'rules line 1: "150" is not a percentage from 0 to 100'
    })
  })

  it('numbers: plain decimals only, 1e3 and 0x10 refused alike, a trailing % allowed', () => {
    expect(coverage({ 'min-project': '80%' }, ['--min-project', '80%'])).toEqual({
      reports: ['a.info'],
      'min-project': 80
    })
    for (const bad of ['1e3', '0x10', 'Infinity', '', ' 50 ']) {
      coverage({ 'min-patch': bad }, ['--min-patch', bad])
    }
    expect(coverage({ 'min-patch': '1e3' }, ['--min-patch', '1e3'])).toMatchObject({
      error: expect.stringContaining('"1e3" is not a number')
    })
    expect(coverage({ 'max-new-uncovered': '1.5' }, ['--max-new-uncovered', '1.5'])).toMatchObject({
      error: expect.stringContaining('not a whole number')
    })
  })

  it('booleans: true/yes/on/1 and false/no/off/0 on both; a flag alone is true, --no-<flag> false', () => {
    for (const [text, value] of [
      ['yes', true],
      ['ON', true],
      ['1', true],
      ['false', false],
      ['off', false],
      ['0', false]
    ] as const) {
      const flag = value ? '--informational' : '--no-informational'
      expect(coverage({ informational: text }, [flag])).toEqual({ reports: ['a.info'], informational: value })
    }
    expect(same(prReport, { 'fail-on-gate-failure': 'yes' }, ['--fail-on-gate-failure'])).toEqual({
      'fail-on-gate-failure': true
    })
    expect(viaAction(prReport, { 'fail-on-gate-failure': 'maybe' })).toEqual({
      error:
        'fail-on-gate-failure: "maybe" is not a boolean; expected one of true, yes, on, 1, false, no, off, 0 (any case)'
    })
  })

  it('enums and lists', () => {
    expect(coverage({ partial: 'HIT' }, ['--partial', 'HIT'])).toEqual({
      reports: ['a.info'],
      partial: 'hit'
    })
    coverage({ partial: 'maybe' }, ['--partial', 'maybe'])
    expect(coverage({ include: 'src/**\nlib/**' }, ['--include', 'src/**', '--include', 'lib/**'])).toEqual({
      reports: ['a.info'],
      include: ['src/**', 'lib/**']
    })
    // The old singular flag and bare arguments still add reports.
    expect(viaCli(coverageGate, ['--report', 'a.info', 'b.info'], ['reports'])).toEqual({
      reports: ['a.info', 'b.info']
    })
  })

  it('a scalar given twice (flag and alias) is refused, not silently chosen', () => {
    expect(
      viaCli(coverageGate, ['--reports', 'a', '--badge-path', 'x.svg', '--badge-out', 'y.svg'], [])
    ).toEqual({
      error: expect.stringContaining('both set badge-path')
    })
  })
})
