/**
 * The CLI front end of a declaration: flags and `--help` generated from its settings (flag = input name, plus
 * the aliases kept from earlier releases), values read through the same input layer as the action, a local Host
 * (files, local git, baselines from files) and the same run. Exit 0 pass or neutral, 1 failure; a UserError
 * becomes exit 2 in the dispatcher.
 */
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { createFileBaselineStore } from '../shared/baseline-store.js'
import { UserError } from '../shared/errors.js'
import { runDeclared, type Declaration, type Outcome } from '../shared/gate.js'
import { createGit } from '../shared/git.js'
import { createLocalHost } from '../shared/host-local.js'
import { defaultText, readSettings, settingsFor, type Setting } from '../shared/settings.js'
import type { CliIO, CommandMain } from './io.js'
import { nearest } from './suggest.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** Multi-valued kinds: the flag may repeat, and each value is one line of the input. */
const repeatable = (s: Setting): boolean => s.kind === 'list' || s.kind === 'rules'

function flagOptions(settings: Setting[]): Options {
  const options: Options = { help: { type: 'boolean', short: 'h' } }
  for (const s of settings) {
    for (const flag of [s.name, ...(s.aliases ?? [])]) {
      options[flag] = s.kind === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: repeatable(s) }
      if (s.kind === 'boolean') options[`no-${flag}`] = { type: 'boolean' }
    }
  }
  return options
}

/** Which setting a flag (name, alias, or `no-` form of a boolean) belongs to. */
function flagIndex(settings: Setting[]): Map<string, { setting: Setting; text?: string }> {
  const index = new Map<string, { setting: Setting; text?: string }>()
  for (const s of settings) {
    for (const flag of [s.name, ...(s.aliases ?? [])]) {
      index.set(flag, { setting: s })
      if (s.kind === 'boolean') index.set(`no-${flag}`, { setting: s, text: 'false' })
    }
  }
  return index
}

type Token =
  { kind: 'option'; name: string; value?: string } | { kind: 'positional'; value: string } | { kind: string }

/**
 * The command line as raw input text keyed by setting name, in the order given, as the action would see its
 * inputs (a repeated list flag is one line per value); and for each setting the flag the user typed, so an error
 * names that one, alias or not.
 */
function inputsFrom(
  settings: Setting[],
  tokens: Token[],
  command: string
): { inputs: Record<string, string>; typed: Record<string, string> } {
  const index = flagIndex(settings)
  const positional = settings.find(s => s.kind === 'list' && s.positional)
  const given = new Map<string, { flag: string; text: string }[]>()
  // The greedy list flag whose values bare arguments still are (until the next flag or `--`).
  let greedy: { setting: Setting; flag: string } | undefined
  for (const token of tokens) {
    let setting: Setting | undefined
    let entry: { flag: string; text: string } | undefined
    if (token.kind === 'positional' && 'value' in token) {
      if (greedy) {
        setting = greedy.setting
        entry = { flag: greedy.flag, text: token.value }
      } else {
        if (!positional)
          throw new UserError(`${command}: unexpected argument ${JSON.stringify(token.value.slice(0, 60))}`)
        setting = positional
        entry = { flag: positional.name, text: token.value }
      }
    } else if (token.kind === 'option' && 'name' in token && token.name !== 'help') {
      greedy = undefined
      const hit = index.get(token.name)
      if (!hit) continue
      setting = hit.setting
      entry = { flag: token.name, text: hit.text ?? token.value ?? 'true' }
      if (setting.greedy && repeatable(setting)) greedy = { setting, flag: token.name }
    } else greedy = undefined
    if (!setting || !entry) continue
    const list = given.get(setting.name) ?? []
    if (!repeatable(setting) && list.length > 0) {
      throw new UserError(
        `${command}: --${list[0]?.flag} and --${entry.flag} both set ${setting.name}; give it once`
      )
    }
    given.set(setting.name, [...list, entry])
  }
  const inputs: Record<string, string> = {}
  const typed: Record<string, string> = {}
  for (const [name, list] of given) {
    inputs[name] = list.map(g => g.text).join('\n')
    typed[name] = (list[0] as { flag: string }).flag.replace(/^no-/, '')
  }
  return { inputs, typed }
}

/** `--help` from the declaration: usage, what it does, each flag with its aliases, values and default. */
export function helpText(declaration: Declaration): string {
  const settings = settingsFor(declaration.settings, 'cli')
  const groups = new Map<string, string[][]>()
  for (const s of settings) {
    const placeholder =
      s.placeholder ??
      (s.kind === 'boolean'
        ? ''
        : s.kind === 'enum'
          ? s.values.join('|')
          : s.kind === 'rules'
            ? '"<glob> >= N"'
            : s.kind === 'number' || s.kind === 'integer' || s.kind === 'percent'
              ? 'N'
              : '<value>')
    const flags = [s.name, ...(s.aliases ?? [])].map(f => `--${f}`).join(', ')
    const def = defaultText(s)
    const notes = [
      repeatable(s) ? (s.greedy ? 'repeatable; takes the bare arguments after it too' : 'repeatable') : '',
      s.kind !== 'boolean' && def !== '' && !def.includes('${{') ? `default ${def}` : '',
      s.kind === 'boolean' && s.default ? `default on; --no-${s.name} turns it off` : ''
    ].filter(Boolean)
    const row = [
      `${flags}${placeholder ? ` ${placeholder}` : ''}`,
      `${s.description}${notes.length ? ` (${notes.join('; ')})` : ''}`
    ]
    const group = s.group ?? 'Options'
    groups.set(group, [...(groups.get(group) ?? []), row])
  }
  const out = [`Usage: quality-gates ${declaration.command} ${declaration.usage}`, '', declaration.about, '']
  for (const [group, rows] of groups) {
    out.push(`${group}:`)
    for (const [flag, text] of rows) out.push(`  ${flag}`, `      ${text}`)
    out.push('')
  }
  out.push(
    '  --help, -h',
    '      show this help',
    '',
    'Exit codes: 0 pass or neutral, 1 failed, 2 usage or input error.'
  )
  return `${out.join('\n')}\n`
}

/** The repository root around `cwd` (git's top level), else `cwd`. */
async function repoTop(cwd: string): Promise<string> {
  try {
    const top = (await createGit(cwd).run(['rev-parse', '--show-toplevel'])).trim()
    return top !== '' ? top : cwd
  } catch {
    return cwd
  }
}

/**
 * "unknown option --min-pach; did you mean --min-patch?" for the first flag the command does not know (found by
 * a lenient parse), or undefined when there is none to name.
 */
function unknownFlag(options: Options, argv: string[]): string | undefined {
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true })
  const shorts = new Set(Object.values(options).flatMap(o => (o.short ? [o.short] : [])))
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const long = token.rawName.startsWith('--')
    if (long ? Object.hasOwn(options, token.name) : shorts.has(token.name)) continue
    const shown = JSON.stringify(token.rawName.slice(0, 60)).slice(1, -1)
    const near = long ? nearest(token.name, Object.keys(options)) : undefined
    return `unknown option ${shown}${near ? `; did you mean --${near}?` : ''}`
  }
  return undefined
}

/** A command line as the inputs an action would get: raw text per setting, and how errors name each one. */
export interface CommandLine {
  help: boolean
  inputs: Record<string, string>
  label: (name: string) => string
}

export function parseCommandLine(declaration: Declaration, argv: string[]): CommandLine {
  const { command } = declaration
  const settings = settingsFor(declaration.settings, 'cli')
  let parsed: { values: Record<string, unknown>; tokens: Token[] }
  const options = flagOptions(settings)
  try {
    parsed = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: true,
      tokens: true
    })
  } catch (e) {
    const unknown =
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? unknownFlag(options, argv)
        : undefined
    if (unknown) throw new UserError(`${command}: ${unknown} (see quality-gates ${command} --help)`)
    throw new UserError(
      `${command}: ${(e as Error).message.split('\n')[0]} (see quality-gates ${command} --help)`
    )
  }
  const { inputs, typed } = inputsFrom(settings, parsed.tokens, command)
  return { help: parsed.values.help === true, inputs, label: name => `--${typed[name] ?? name}` }
}

export function commandFor<R extends Outcome>(declaration: Declaration<readonly Setting[], R>): CommandMain {
  return async (argv: string[], io: CliIO): Promise<number> => {
    const { help, inputs, label } = parseCommandLine(declaration, argv)
    if (help) {
      io.stdout(helpText(declaration))
      return 0
    }
    // The host's own files are settings too (--repo, --summary-out…): read them as the run will.
    const get = Object.assign((name: string) => inputs[name], { label })
    const read = readSettings(declaration.settings, get, 'cli') as Record<string, unknown>
    const text = (name: string) => (typeof read[name] === 'string' ? (read[name] as string) : undefined)
    const repo = text('repo')
    const host = await createLocalHost({
      cwd: io.cwd,
      workspace:
        repo !== undefined
          ? resolve(io.cwd, repo)
          : declaration.workspaceUse === 'git'
            ? resolve(io.cwd)
            : await repoTop(io.cwd),
      inputs,
      inputLabel: label,
      ...(text('summary-out') !== undefined ? { summaryPath: text('summary-out') } : {}),
      ...(text('fragment-out') !== undefined ? { fragmentPath: text('fragment-out') } : {}),
      baselines: createFileBaselineStore(
        {
          ...(text('baseline') !== undefined ? { from: text('baseline') } : {}),
          ...(text('baseline-out') !== undefined ? { to: text('baseline-out') } : {})
        },
        io.cwd
      ),
      write: line => io.stderr(line)
    })
    try {
      const outcome = await runDeclared(declaration, host, 'cli')
      if (read.json === true) declaration.print.json(outcome, io.stdout)
      else io.stdout(declaration.print.human(outcome))
      return outcome.failure ? 1 : 0
    } finally {
      await rm(host.tempDir, { recursive: true, force: true })
    }
  }
}
