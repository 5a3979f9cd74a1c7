/**
 * Typed, validated inputs for actions (`core.getInput`) and the CLI (flags). Each helper takes a getter so
 * the same validation runs everywhere; a bad value is a one-line UserError naming the input, the value and
 * what is allowed.
 */
import { UserError } from './errors.js'

/**
 * Reads one raw setting. `label` says how an error names it: `Input "min-patch"` in an action (the default),
 * `--min-patch` on the command line, so one validation serves both front ends.
 */
export type InputGetter = ((name: string) => string | undefined) & { label?: (name: string) => string }

/** How errors name the setting `name` read through `get`. */
export function labelOf(get: InputGetter, name: string): string {
  return get.label ? get.label(name) : `Input "${name}"`
}

/** Quote a user value for an error message, bounded and on one line. */
function show(v: string): string {
  const flat = v.replace(/\s+/g, ' ')
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 79)}…` : flat)
}

/** The trimmed raw value, or undefined when absent or blank. */
function raw(get: InputGetter, name: string): string | undefined {
  const v = get(name)
  if (v === undefined || v === null) return undefined
  const t = String(v).trim()
  return t === '' ? undefined : t
}

export function inputString(
  get: InputGetter,
  name: string,
  opts: { default?: string; required?: boolean; pattern?: RegExp; describe?: string; maxLength?: number } = {}
): string | undefined {
  const v = raw(get, name)
  if (v === undefined) {
    if (opts.default !== undefined) return opts.default
    if (opts.required) {
      throw new UserError(
        `${labelOf(get, name)} is required${opts.describe ? `; expected ${opts.describe}` : ''}`
      )
    }
    return undefined
  }
  const maxLength = opts.maxLength ?? 10_000
  if (v.length > maxLength) {
    throw new UserError(
      `${labelOf(get, name)} is ${v.length} characters long; at most ${maxLength} are allowed`
    )
  }
  if (opts.pattern && !opts.pattern.test(v)) {
    throw new UserError(
      `${labelOf(get, name)}: ${show(v)} is not valid; expected ${opts.describe ?? `a value matching ${opts.pattern}`}`
    )
  }
  return v
}

function rangeText(o: { min?: number; max?: number; integer?: boolean }): string {
  const kind = o.integer ? 'a whole number' : 'a number'
  if (o.min !== undefined && o.max !== undefined) return `${kind} from ${o.min} to ${o.max}`
  if (o.min !== undefined) return `${kind} ≥ ${o.min}`
  if (o.max !== undefined) return `${kind} ≤ ${o.max}`
  return kind
}

/** Decimal numbers only ("80", "-1.5", "1e3" is refused on purpose, so is "0x10"); `percent` accepts "80%". */
export function inputNumber(
  get: InputGetter,
  name: string,
  opts: { min?: number; max?: number; integer?: boolean; default?: number; percent?: boolean } = {}
): number | undefined {
  const v = raw(get, name)
  if (v === undefined) return opts.default
  const o = opts.percent ? { min: 0, max: 100, ...opts } : opts
  const expected = `expected ${rangeText(o)}${opts.percent ? ' (a trailing % is allowed)' : ''}`
  let text = v
  if (opts.percent && text.endsWith('%')) text = text.slice(0, -1).trim()
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a number; ${expected}`)
  }
  const n = Number(text)
  if (!Number.isFinite(n))
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a finite number; ${expected}`)
  if (o.integer && !Number.isInteger(n)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a whole number; ${expected}`)
  }
  if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is out of range; ${expected}`)
  }
  return n === 0 ? 0 : n // no -0
}

const TRUE = ['true', 'yes', 'on', '1']
const FALSE = ['false', 'no', 'off', '0']

export function inputBoolean(get: InputGetter, name: string, def: boolean): boolean {
  const v = raw(get, name)
  if (v === undefined) return def
  const l = v.toLowerCase()
  if (TRUE.includes(l)) return true
  if (FALSE.includes(l)) return false
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not a boolean; expected one of ${[...TRUE, ...FALSE].join(', ')} (any case)`
  )
}

export function inputEnum<T extends string>(
  get: InputGetter,
  name: string,
  allowed: readonly T[],
  def: T
): T {
  const v = raw(get, name)
  if (v === undefined) return def
  const exact = allowed.find(a => a === v)
  if (exact !== undefined) return exact
  const loose = allowed.find(a => a.toLowerCase() === v.toLowerCase())
  if (loose !== undefined) return loose
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not allowed; expected one of ${allowed.join(', ')}`
  )
}

/** Split a list input on newlines and commas; trimmed, empties and `#` comment lines dropped. */
export function inputList(get: InputGetter, name: string, opts: { max?: number } = {}): string[] {
  const v = get(name)
  if (v === undefined || v === null) return []
  const out: string[] = []
  for (const line of String(v).split(/\r?\n|\r/)) {
    const t = line.trim()
    if (t === '' || t.startsWith('#')) continue
    for (const part of t.split(',')) {
      const p = part.trim()
      if (p !== '') out.push(p)
    }
  }
  if (opts.max !== undefined && out.length > opts.max) {
    throw new UserError(`${labelOf(get, name)} has ${out.length} entries; at most ${opts.max} are allowed`)
  }
  return out
}

/**
 * Per-path thresholds, one rule a line: `<glob> >= <percent>`, `<glob> ≥ <percent>` or `<glob> <percent>`, a
 * trailing `%` allowed. `#` starts a comment line. Globs may contain spaces; the number is the last token. Read
 * by a backwards scan, not a regex, so a long line costs linear time.
 */
export function inputRules(get: InputGetter, name: string): { pattern: string; min: number }[] {
  const v = get(name)
  if (v === undefined || v === null) return []
  const rules: { pattern: string; min: number }[] = []
  const lines = String(v).split(/\r?\n|\r/)
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as string).trim()
    if (t === '' || t.startsWith('#')) continue
    const rule = splitRule(t)
    if (!rule) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(t)} is not a rule; expected "<glob> >= <percent>", e.g. "src/core/** >= 90"`
      )
    }
    const min = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(rule.number) ? Number(rule.number) : NaN
    if (!Number.isFinite(min) || min < 0 || min > 100) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(rule.number)} is not a percentage from 0 to 100`
      )
    }
    rules.push({ pattern: rule.pattern, min: min === 0 ? 0 : min })
  }
  return rules
}

/** `<glob> [>=|≥] <number>[%]` split into its glob and number text, or undefined when it has no such shape. */
function splitRule(line: string): { pattern: string; number: string } | undefined {
  let end = line.length
  if (line.endsWith('%')) end--
  while (end > 0 && /\s/.test(line[end - 1] as string)) end--
  let start = end
  while (start > 0 && /[0-9.+-]/.test(line[start - 1] as string)) start--
  const number = line.slice(start, end)
  let rest = line.slice(0, start).trimEnd()
  const separated = rest.length < start // whitespace between glob and number
  let operator = false
  if (rest.endsWith('>=')) {
    rest = rest.slice(0, -2)
    operator = true
  } else if (rest.endsWith('≥')) {
    rest = rest.slice(0, -1)
    operator = true
  }
  const pattern = rest.trim()
  if (number === '' || pattern === '' || !(operator || separated)) return undefined
  return { pattern, number }
}
