/**
 * `quality-gates`: the same gates as the actions, on local files and git. One sub-command per gate.
 * Exit codes: 0 = pass or neutral, 1 = a gate failed, 2 = usage or input error (one line on stderr).
 */
import { describeError, UserError } from '../shared/errors.js'
import { commands } from './commands.js'
import type { CliIO } from './io.js'
import { nearest } from './suggest.js'
import { VERSION } from './version.js'

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map(n => n.length))
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  return [
    'Usage: quality-gates <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     show this help (`quality-gates help <command>` or `quality-gates <command> --help` for one)',
    '  --version, -v  print the version',
    '',
    'Exit codes: 0 pass or neutral, 1 a gate failed, 2 usage or input error.'
  ].join('\n')
}

/** `unknown command "covrage" (did you mean coverage?); the commands are …`, bounded and on one line. */
function unknownCommand(name: string): UserError {
  const near = nearest(name, Object.keys(commands))
  return new UserError(
    `unknown command ${JSON.stringify(name.slice(0, 60))}${near ? ` (did you mean ${near}?)` : ''}; the commands are ${Object.keys(commands).join(', ')} (quality-gates help <command> shows one)`
  )
}

export async function cli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv
  if (
    first === undefined ||
    first === '--help' ||
    first === '-h' ||
    (first === 'help' && rest.length === 0)
  ) {
    io.stdout(`${usage()}\n`)
    return first === undefined ? 2 : 0
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  try {
    if (first === 'help') {
      // `quality-gates help <command>` is `quality-gates <command> --help`.
      const [name, ...extra] = rest as [string, ...string[]]
      if (name === '--help' || name === '-h') {
        io.stdout(`${usage()}\n`)
        return 0
      }
      const command = Object.hasOwn(commands, name) ? commands[name] : undefined
      if (!command) throw unknownCommand(name)
      if (extra.length > 0) throw new UserError(`help takes one command; got ${rest.length}`)
      return await command.main(['--help'], io)
    }
    const command = Object.hasOwn(commands, first) ? commands[first] : undefined
    if (!command) throw unknownCommand(first)
    return await command.main(rest, io)
  } catch (error) {
    io.stderr(`quality-gates: ${describeError(error)}\n`)
    if (!(error instanceof UserError) && io.env.QUALITY_GATES_DEBUG && error instanceof Error) {
      io.stderr(`${error.stack ?? ''}\n`)
    }
    return 2
  }
}
