/**
 * A setting is declared once, as data: its name (the action input and the CLI flag), kind, default, allowed
 * values and description. Both front ends read it through inputs.ts, so a rule, a number or a boolean means
 * the same thing in a workflow and on a laptop; action.yml is checked against these declarations by a test and
 * `--help` is generated from them.
 */
import {
  inputBoolean,
  inputEnum,
  inputList,
  inputNumber,
  inputRules,
  inputString,
  labelOf,
  type InputGetter
} from './inputs.js'
import { UserError } from './errors.js'

interface SettingBase {
  /** kebab-case: the action input `name` and the CLI flag `--name`. */
  readonly name: string
  readonly description: string
  /** Further CLI flags that mean the same (kept from earlier releases). */
  readonly aliases?: readonly string[]
  /** Earlier names of the action input, still read (action.yml marks them deprecated). */
  readonly actionAliases?: readonly string[]
  /** Settings that only make sense in one front end (a token in the action, an output file on the CLI). */
  readonly only?: 'action' | 'cli'
  /** The `default:` text in action.yml when it is not the plain default (e.g. `${{ github.token }}`). */
  readonly actionDefault?: string
  /** Placeholder in `--help`, e.g. `<file|glob>`. */
  readonly placeholder?: string
  /** Heading in `--help` that groups settings. */
  readonly group?: string
  /** On the CLI, bare arguments are values of this (list) setting: `quality-gates report a.json b.json`. */
  readonly positional?: boolean
  /**
   * On the CLI, bare arguments right after this (list) flag are more of its values, up to the next flag:
   * `--baseline a.json b.json` (instead of b.json becoming a positional value of another setting).
   */
  readonly greedy?: boolean
}

export type Setting =
  | (SettingBase & {
      readonly kind: 'string'
      readonly default?: string
      readonly required?: boolean
      readonly pattern?: RegExp
      readonly describe?: string
      readonly maxLength?: number
    })
  | (SettingBase & {
      readonly kind: 'number' | 'integer' | 'percent'
      readonly default?: number
      readonly min?: number
      readonly max?: number
    })
  | (SettingBase & { readonly kind: 'boolean'; readonly default: boolean })
  | (SettingBase & {
      readonly kind: 'enum'
      readonly values: readonly string[]
      readonly default: string
      /**
       * Values of earlier releases still read, each as the value it now means (e.g. the boolean `true` of a
       * setting that became an enum → `auto`). Matched like the values (exact, then any case); never listed
       * in an error's "expected one of", so new workflows use the current names.
       */
      readonly legacy?: Readonly<Record<string, string>>
    })
  | (SettingBase & { readonly kind: 'list'; readonly required?: boolean; readonly max?: number })
  | (SettingBase & { readonly kind: 'rules' })

/** The value a declared setting reads as. */
export type SettingValue<S extends Setting> = S extends { kind: 'boolean' }
  ? boolean
  : S extends { kind: 'enum'; values: readonly (infer V)[] }
    ? V
    : S extends { kind: 'list' }
      ? string[]
      : S extends { kind: 'rules' }
        ? { pattern: string; min: number }[]
        : S extends { kind: 'number' | 'integer' | 'percent' }
          ? S extends { default: number }
            ? number
            : number | undefined
          : S extends { default: string }
            ? string
            : S extends { required: true }
              ? string
              : string | undefined

/** The settings object of a declaration: one property per setting, keyed by its name. */
export type SettingsOf<T extends readonly Setting[]> = { [S in T[number] as S['name']]: SettingValue<S> }

/** Read and validate every setting of `declared` (those of the other front end are skipped). */
export function readSettings<T extends readonly Setting[]>(
  declared: T,
  get: InputGetter,
  frontEnd: 'action' | 'cli'
): SettingsOf<T> {
  const out: Record<string, unknown> = {}
  for (const s of declared) {
    if (s.only && s.only !== frontEnd) continue
    out[s.name] = readOne(s, frontEnd === 'action' ? underOldName(s, get) : get)
  }
  return out as SettingsOf<T>
}

/**
 * The getter to read `s` through: `get` itself, or, when the workflow still uses an earlier input name, one that
 * reads that name (and names it in errors). The runner fills in the new input's default, so only a new value
 * that differs from it counts as set twice.
 */
function underOldName(s: Setting, get: InputGetter): InputGetter {
  const given = (name: string) => {
    const v = get(name)?.trim()
    return v === undefined || v === '' ? undefined : v
  }
  const old = s.actionAliases?.find(a => given(a) !== undefined)
  if (old === undefined) return get
  const current = given(s.name)
  if (current !== undefined && current !== defaultText(s)) {
    throw new UserError(
      `${labelOf(get, s.name)} and its old name ${labelOf(get, old)} are both set: keep only ${s.name}`
    )
  }
  return Object.assign((name: string) => (name === s.name ? get(old) : get(name)), {
    label: (name: string) => labelOf(get, name === s.name ? old : name)
  })
}

function readOne(s: Setting, get: InputGetter): unknown {
  switch (s.kind) {
    case 'string':
      return inputString(get, s.name, {
        ...(s.default !== undefined ? { default: s.default } : {}),
        ...(s.required ? { required: true } : {}),
        ...(s.pattern ? { pattern: s.pattern } : {}),
        ...(s.describe ? { describe: s.describe } : {}),
        ...(s.maxLength !== undefined ? { maxLength: s.maxLength } : {})
      })
    case 'number':
    case 'integer':
    case 'percent':
      return inputNumber(get, s.name, {
        ...(s.min !== undefined ? { min: s.min } : {}),
        ...(s.max !== undefined ? { max: s.max } : {}),
        ...(s.default !== undefined ? { default: s.default } : {}),
        integer: s.kind === 'integer',
        percent: s.kind === 'percent'
      })
    case 'boolean':
      return inputBoolean(get, s.name, s.default)
    case 'enum':
      return inputEnum(
        s.legacy ? withLegacyValues(get, s.name, s.values, s.legacy) : get,
        s.name,
        s.values,
        s.default
      )
    case 'list': {
      const list = inputList(get, s.name, s.max !== undefined ? { max: s.max } : {})
      if (s.required && list.length === 0) {
        throw new UserError(`${labelOf(get, s.name)} is required: ${s.description}`)
      }
      return list
    }
    case 'rules':
      return inputRules(get, s.name)
  }
}

/**
 * `get` with `name`'s legacy values read as the values they now mean; everything else (and the label errors
 * use) passes through, so a value that is neither current nor legacy is refused naming the current values.
 */
function withLegacyValues(
  get: InputGetter,
  name: string,
  values: readonly string[],
  legacy: Readonly<Record<string, string>>
): InputGetter {
  for (const [old, now] of Object.entries(legacy)) {
    // A declaration bug, not bad input: caught by any test that reads the setting.
    if (!values.includes(now))
      throw new Error(`setting ${name}: legacy value ${old} maps to ${now}, not one of its values`)
  }
  const mapped: InputGetter = (n: string) => {
    const v = get(n)
    if (n !== name || v === undefined || v === null) return v
    const t = String(v).trim()
    if (values.some(a => a.toLowerCase() === t.toLowerCase())) return v
    const old =
      Object.keys(legacy).find(k => k === t) ??
      Object.keys(legacy).find(k => k.toLowerCase() === t.toLowerCase())
    return old === undefined ? v : legacy[old]
  }
  return get.label ? Object.assign(mapped, { label: get.label }) : mapped
}

/** The plain default of a setting as text (what action.yml's `default:` holds, `''` when none). */
export function defaultText(s: Setting): string {
  if (s.actionDefault !== undefined) return s.actionDefault
  if (s.kind === 'list' || s.kind === 'rules') return ''
  if (s.kind === 'boolean') return String(s.default)
  return s.default === undefined ? '' : String(s.default)
}

/** Settings of one front end, in declaration order. */
export function settingsFor(declared: readonly Setting[], frontEnd: 'action' | 'cli'): Setting[] {
  return declared.filter(s => !s.only || s.only === frontEnd)
}

/** The `inputs:` block of an action.yml for these settings (those of the action), as written by sync-actions. */
export function actionInputsYaml(declaration: { settings: readonly Setting[] }): string {
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`
  const lines = ['inputs:']
  for (const s of settingsFor(declaration.settings, 'action')) {
    lines.push(`  ${s.name}:`, `    description: ${quote(s.description)}`)
    if ('required' in s && s.required) lines.push('    required: true')
    else lines.push(`    default: ${quote(defaultText(s))}`)
    for (const old of s.actionAliases ?? []) {
      lines.push(
        `  ${old}:`,
        `    description: ${quote(`The old name of ${s.name}.`)}`,
        `    deprecationMessage: ${quote(`Use ${s.name} instead; ${old} still works.`)}`,
        '    required: false'
      )
    }
  }
  return `${lines.join('\n')}\n`
}
