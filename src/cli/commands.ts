import { main as coverage } from './coverage.js'
import type { CommandMain } from './io.js'
import { main as report } from './report.js'

export interface Command {
  summary: string
  main: CommandMain
}

/** Every sub-command, in the order --help lists them. */
export const commands: Record<string, Command> = {
  coverage: {
    summary: 'project and patch coverage of a change, gated (lcov, istanbul, Cobertura, JaCoCo, Clover, Go)',
    main: coverage
  },
  report: { summary: 'compose the pr-report comment and job summary from gate fragments', main: report }
}
