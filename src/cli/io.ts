/** What a CLI sub-command may touch: output streams, the working directory and the environment. */
export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
}

/**
 * A sub-command. Returns the exit code: 0 = pass or neutral, 1 = gate failed. A `UserError` thrown from it
 * becomes one line on stderr and exit code 2 (the dispatcher in index.ts does that).
 */
export type CommandMain = (argv: string[], io: CliIO) => Promise<number>
