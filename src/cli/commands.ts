import type { CommandMain } from './io.js'

export interface Command {
  summary: string
  main: CommandMain
}

/** Every sub-command, in the order --help lists them. */
export const commands: Record<string, Command> = {}
