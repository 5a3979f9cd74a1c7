// `baseline-store: auto` picks the cache on GitHub Enterprise Server and artifacts elsewhere, by the toolkit's own
// isGhes rule on GITHUB_SERVER_URL; the Actions Host logs which store it uses and why, once, on first use.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GATE_SETTINGS } from '../../src/shared/gate.js'
import {
  BASELINE_STORE_CHOICES,
  chooseBaselineStore,
  isGhesServer
} from '../../src/shared/baseline-store-choice.js'
import { createActionsHost } from '../../src/shared/host-actions.js'

describe('baseline-store: auto', () => {
  it.each([
    ['https://github.com', 'artifact'],
    ['https://GitHub.com/', 'artifact'],
    ['https://acme.ghe.com', 'artifact'],
    ['http://runner.localhost:8080', 'artifact'],
    ['https://ghes.example.com', 'cache'],
    ['https://github.acme.internal', 'cache'],
    ['http://10.0.0.5', 'cache'],
    ['https://github.com.evil.example', 'cache']
  ] as const)('%s → %s', (url, store) => {
    expect(chooseBaselineStore('auto', url).store).toBe(store)
  })

  it('says why, naming the server', () => {
    expect(chooseBaselineStore('auto', 'https://ghes.example.com').why).toBe(
      'baseline-store: auto, and "https://ghes.example.com" is GitHub Enterprise Server, where artifacts v4 are not available'
    )
    expect(chooseBaselineStore('auto', 'https://github.com').why).toMatch(/is github\.com or GHE\.com/)
  })

  it('an explicit choice wins over the server', () => {
    expect(chooseBaselineStore('artifact', 'https://ghes.example.com')).toEqual({
      store: 'artifact',
      why: 'baseline-store: artifact'
    })
    expect(chooseBaselineStore('cache', 'https://github.com').store).toBe('cache')
  })

  it('a server URL that is not a URL keeps the artifact store and says so', () => {
    expect(isGhesServer('not a url')).toBeUndefined()
    expect(chooseBaselineStore('auto', 'not a url')).toEqual({
      store: 'artifact',
      why: 'baseline-store: auto, and GITHUB_SERVER_URL "not a url" is not a URL'
    })
  })

  it('the declared setting offers the same choices the Host reads', () => {
    const setting = GATE_SETTINGS.find(s => s.name === 'baseline-store')
    expect(setting).toMatchObject({ kind: 'enum', default: 'auto', only: 'action' })
    expect(setting && 'values' in setting ? setting.values : []).toEqual([...BASELINE_STORE_CHOICES])
  })
})

describe('the Actions Host picks the store before the settings are read', () => {
  let dir: string | undefined
  afterEach(async () => {
    jest.restoreAllMocks()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  async function hostOn(serverUrl: string, inputs: Record<string, string> = {}) {
    dir = await mkdtemp(join(tmpdir(), 'qg-store-choice-'))
    const event = join(dir, 'event.json')
    await writeFile(event, JSON.stringify({ repository: { id: 1, default_branch: 'main' } }))
    const env: NodeJS.ProcessEnv = {
      GITHUB_SERVER_URL: serverUrl,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REF: 'refs/pull/7/merge',
      RUNNER_TEMP: dir
    }
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
    const lines: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      lines.push(String(chunk))
      return true
    })
    try {
      return { host: createActionsHost(env), lines }
    } finally {
      for (const k of Object.keys(inputs)) delete process.env[`INPUT_${k.toUpperCase()}`]
    }
  }

  it('on GHES without a token: the cache store, and one log line on first use saying why', async () => {
    const { host, lines } = await hostOn('https://ghes.example.com')
    expect(host.baselines).toBeDefined()
    expect(lines.join('')).not.toMatch(/baseline store/)
    await expect(host.baselines?.find('coverage', async () => [], 'x.json')).rejects.toThrow(
      /no cache service in this run/
    )
    await expect(host.baselines?.find('coverage', async () => [], 'x.json')).rejects.toThrow()
    const said = lines.filter(l => /baseline store:/.test(l))
    expect(said).toEqual([
      'baseline store: cache (baseline-store: auto, and "https://ghes.example.com" is GitHub Enterprise Server, where artifacts v4 are not available)\n'
    ])
  })

  it('on github.com without a token there is no artifact store (as before)', async () => {
    const { host } = await hostOn('https://github.com')
    expect(host.baselines).toBeUndefined()
  })

  it('a bad baseline-store value is a one-line error naming the input', async () => {
    await expect(hostOn('https://github.com', { 'baseline-store': 'disk' })).rejects.toThrow(
      'Input "baseline-store": "disk" is not allowed; expected one of auto, artifact, cache'
    )
  })
})
