/**
 * Errors a user can act on. Their message is one line that names what is wrong; the CLI prints it and
 * exits 2, the action fails the step with it. Anything else that escapes is a bug and is reported as such.
 */
export class UserError extends Error {
  override readonly name = 'UserError'
  constructor(message: string) {
    super(oneLine(message))
  }
}

/** Collapse whitespace so an error is always a single line, and bound its length. */
export function oneLine(message: string, max = 500): string {
  const flat = message.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** The one-line text for any thrown value: a UserError's message, else a short description of the bug. */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return error.message
  if (error instanceof Error) return oneLine(`${error.name}: ${error.message}`)
  return oneLine(String(error))
}
