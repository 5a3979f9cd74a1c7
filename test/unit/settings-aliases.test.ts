// An action input renamed in a release keeps working under its old name, in workflows written before the rename.
import { describe, expect, it } from '@jest/globals'
import { actionInputsYaml, readSettings, type Setting } from '../../src/shared/settings.js'

const SETTINGS = [
  {
    name: 'commit-status',
    kind: 'boolean',
    default: true,
    actionAliases: ['status'],
    description: 'Set the commit status.'
  },
  {
    name: 'limit',
    kind: 'integer',
    min: 1,
    max: 9,
    default: 5,
    actionAliases: ['max'],
    description: 'A limit.'
  }
] as const satisfies readonly Setting[]

/** The runner passes every declared input: the new name with its default filled in, an old one only when given. */
const read = (given: Record<string, string>, frontEnd: 'action' | 'cli' = 'action') =>
  readSettings(SETTINGS, name => ({ 'commit-status': 'true', limit: '5', ...given })[name], frontEnd)

describe('old action input names', () => {
  it('an old name given in the workflow is read', () => {
    expect(read({ status: 'false', max: '7' })).toEqual({ 'commit-status': false, limit: 7 })
  })

  it('without the old name the new one is read', () => {
    expect(read({ 'commit-status': 'false' })).toEqual({ 'commit-status': false, limit: 5 })
    expect(read({ status: '   ' })).toEqual({ 'commit-status': true, limit: 5 })
  })

  it('both names set to different values is an error naming both', () => {
    expect(() => read({ 'commit-status': 'false', status: 'true' })).toThrow(
      'Input "commit-status" and its old name Input "status" are both set: keep only commit-status'
    )
  })

  it('a bad value under the old name names the old name', () => {
    expect(() => read({ max: '12' })).toThrow(/Input "max"/)
  })

  it('the CLI does not read action input names', () => {
    expect(read({ status: 'false' }, 'cli')).toEqual({ 'commit-status': true, limit: 5 })
  })

  it('action.yml declares the old name as deprecated, without a default', () => {
    const yml = actionInputsYaml({ settings: SETTINGS })
    expect(yml).toContain(
      "  status:\n    description: 'The old name of commit-status.'\n    deprecationMessage: 'Use commit-status instead; status still works.'\n    required: false\n"
    )
  })
})
