import { coverageGate } from '../coverage/gate.js'
import { prReport } from '../pr-report/report.js'
import { commandFor } from './command.js'
import type { CommandMain } from './io.js'

export interface Command {
  summary: string
  main: CommandMain
}

/** Every sub-command, in the order --help lists them: one per declaration. */
export const commands: Record<string, Command> = {
  [coverageGate.command]: { summary: coverageGate.summary, main: commandFor(coverageGate) },
  [prReport.command]: { summary: prReport.summary, main: commandFor(prReport) }
}
