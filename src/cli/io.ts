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

/** A process stream as a CliIO writer that never crashes the process when the stream fails. */
export interface StreamWriter {
  write: (text: string) => void
  /** The stream's first error (EPIPE: the reader went away, as with `| head -1`); later text is dropped. */
  error: NodeJS.ErrnoException | undefined
}

/**
 * Writes to `stream` until it fails, then drops the rest: a reader that closes the pipe early (`| head -1`)
 * must not turn into an unhandled 'error' event and a stack trace. The command still finishes (a history file
 * it writes is not cut short) and main.ts decides the exit code.
 */
export function streamWriter(stream: NodeJS.WritableStream): StreamWriter {
  const writer: StreamWriter = {
    error: undefined,
    write: text => {
      if (writer.error !== undefined) return
      try {
        stream.write(text)
      } catch (e) {
        // A file or a TTY is written synchronously: its error is thrown, not emitted.
        writer.error ??= e as NodeJS.ErrnoException
      }
    }
  }
  stream.on('error', (e: NodeJS.ErrnoException) => {
    writer.error ??= e
  })
  return writer
}
