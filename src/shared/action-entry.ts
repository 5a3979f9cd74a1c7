/**
 * The action front end: the whole life of an action's process. Build the Actions Host, read the declared
 * settings from the step's inputs, run, and turn a failure or any error into a failed step with one line.
 * A UserError is the user's to fix; anything else is our bug and says so.
 */
import * as core from '@actions/core'
import { describeError, UserError } from './errors.js'
import { runDeclared, type Declaration } from './gate.js'
import { createActionsHost } from './host-actions.js'
import type { Host } from './host.js'

export async function runAction(
  declaration: Declaration,
  makeHost: () => Host = createActionsHost
): Promise<void> {
  try {
    const host = makeHost()
    const outcome = await runDeclared(declaration, host, 'action')
    if (outcome.failure) core.setFailed(outcome.failure)
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message)
    } else {
      core.setFailed(`internal error: ${describeError(error)} (please report it)`)
      if (error instanceof Error && error.stack) core.debug(error.stack)
    }
  }
}
