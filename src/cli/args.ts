import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError } from '../shared/errors.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Strict flag parsing for a sub-command: an unknown flag, a missing value or a stray positional argument is a
 * UserError naming the command, so the CLI exits 2 with one line.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals = false
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals })
  } catch (e) {
    throw new UserError(
      `${command}: ${(e as Error).message.split('\n')[0]} (see quality-gates ${command} --help)`
    )
  }
}

/** A flag value that must be a number in [min, max]. */
export function numberFlag(
  command: string,
  flag: string,
  raw: string | undefined,
  min: number,
  max: number
): number | undefined {
  if (raw === undefined) return undefined
  const value = Number(raw.trim().replace(/%$/, ''))
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UserError(`${command}: --${flag} ${JSON.stringify(raw)} is not a number from ${min} to ${max}`)
  }
  return value
}
