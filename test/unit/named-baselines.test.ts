// Two results of one gate with different names (monorepo parts, matrix legs) keep separate baselines.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BaselineStore } from '../../src/shared/baseline-store.js'
import { makeFragment } from '../../src/shared/fragment.js'
import { defineGate, namedBaselineKind, runDeclared } from '../../src/shared/gate.js'
import { createFakeHost } from '../support/fake-host.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qg-named-baselines-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A gate that looks its baseline up and saves one, like every gate with a baseline. */
const demo = defineGate({
  id: 'demo',
  action: 'demo-gate',
  command: 'demo',
  usage: '',
  about: '',
  settings: [],
  async evaluate(_settings, host) {
    await host.baselines?.find('demo', async () => ['a'.repeat(40)], 'b.json')
    await host.baselines?.save('demo', 'a'.repeat(40), dir, 'b.json', 1)
    return {
      fragment: makeFragment({
        gate: 'demo',
        status: 'pass',
        title: 'Demo',
        summary: 'ok',
        markdown: 'ok',
        metrics: {},
        statusContext: 'quality-gates/demo'
      }),
      onCommit: false,
      outputs: {},
      data: null
    }
  },
  print: { json: () => undefined, human: () => '' }
})

async function kindsUsed(name: string | undefined): Promise<string[]> {
  const kinds: string[] = []
  const store: BaselineStore = {
    savesInAuto: true,
    gatesWhenSaving: false,
    find: async kind => (kinds.push(`find ${kind}`), { found: false, note: '' }),
    save: async kind => (kinds.push(`save ${kind}`), 'somewhere')
  }
  const host = await createFakeHost({
    dir: join(dir, name ?? 'plain'),
    baselines: store,
    inputs: name ? { name } : {},
    fragmentsDir: null
  })
  await runDeclared(demo, host, 'action')
  return kinds
}

describe('named results keep their own baselines', () => {
  it('an unnamed result keeps the plain kind; a named one adds its name', async () => {
    expect(await kindsUsed(undefined)).toEqual(['find demo', 'save demo'])
    expect(await kindsUsed('api')).toEqual(['find demo-api', 'save demo-api'])
    expect(await kindsUsed('web')).toEqual(['find demo-web', 'save demo-web'])
  })

  it('a name that would make an invalid or long kind is hashed, and distinct names stay distinct', () => {
    expect(namedBaselineKind('coverage', 'web')).toBe('coverage-web')
    const dotted = namedBaselineKind('coverage', 'pkg.core')
    const dashed = namedBaselineKind('coverage', 'pkg-core')
    expect(dotted).toMatch(/^coverage-[0-9a-f]{12}$/)
    expect(dashed).toBe('coverage-pkg-core')
    const long = namedBaselineKind('coverage', 'x'.repeat(40))
    expect(long).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/)
    expect(long).not.toBe(namedBaselineKind('coverage', 'x'.repeat(39)))
  })
})
