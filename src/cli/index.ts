/**
 * `quality-gates`: the same gates as the actions, on local files and git. One sub-command per gate.
 * Exit codes: 0 = pass or neutral, 1 = a gate failed, 2 = usage or input error (one line on stderr).
 */
import { describeError, UserError } from '../shared/errors.js'
import { commands } from './commands.js'
import type { CliIO } from './io.js'
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
    '  --help, -h     show this help (or `quality-gates <command> --help`)',
    '  --version, -v  print the version',
    '',
    'Exit codes: 0 pass or neutral, 1 a gate failed, 2 usage or input error.'
  ].join('\n')
}

export async function cli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(`${usage()}\n`)
    return first === undefined ? 2 : 0
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const command = Object.hasOwn(commands, first) ? commands[first] : undefined
  try {
    if (!command) {
      throw new UserError(
        `unknown command ${JSON.stringify(first.slice(0, 60))}; run quality-gates --help for the list`
      )
    }
    return await command.main(rest, io)
  } catch (error) {
    io.stderr(`quality-gates: ${describeError(error)}\n`)
    if (!(error instanceof UserError) && io.env.QUALITY_GATES_DEBUG && error instanceof Error) {
      io.stderr(`${error.stack ?? ''}\n`)
    }
    return 2
  }
}
