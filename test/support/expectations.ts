/** Shared test helpers: what a user-facing error must look like, and git without the machine's config. */
import { expect } from '@jest/globals'
import { UserError } from '../../src/shared/errors.js'

/** Run `fn`, require it to throw a one-line UserError, and return that error. */
export function expectUserError(fn: () => unknown): UserError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(UserError)
    expect((e as Error).message).not.toContain('\n')
    return e as UserError
  }
  throw new Error('expected a UserError')
}

/** The message of the one-line UserError `fn` throws. */
export function userErrorMessage(fn: () => unknown): string {
  return expectUserError(fn).message
}

/** Environment for git in tests: no system or user config, a fixed identity. */
export const GIT_TEST_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
}
