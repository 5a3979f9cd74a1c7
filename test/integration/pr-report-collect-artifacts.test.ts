// Collecting fragments from a run's artifacts: the newest attempt of each identity, and the whole collection
// bounded in bytes and wall time (a hostile run cannot stall the privileged job). GitHub is the REST emulator.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yazl from 'yazl'
import { artifactAttempt, collectFromArtifacts, newestAttempts } from '../../src/pr-report/collect.js'
import { makeFragment } from '../../src/shared/fragment.js'
import { fragmentArtifactName } from '../../src/shared/publish.js'
import { createOctokit } from '../../src/shared/octokit.js'
import { GitHubEmulator } from '../support/github-emulator.js'

let gh: GitHubEmulator
let dir: string
beforeEach(async () => {
  gh = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  dir = await mkdtemp(join(tmpdir(), 'qg-collect-'))
})
afterEach(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

async function zipOf(name: string, text: string): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  zip.addBuffer(Buffer.from(text), name)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const fragment = (summary: string) =>
  JSON.stringify(
    makeFragment({
      gate: 'coverage',
      status: 'pass',
      title: 'Coverage',
      summary,
      markdown: summary,
      metrics: {},
      statusContext: 'quality-gates/coverage'
    })
  )

/** Plant artifacts of run 10 and collect them with the given caps. */
async function collect(artifacts: [string, string][], caps = {}, now?: () => number) {
  gh.registry.addRun({ id: 10, headSha: 'a'.repeat(40), event: 'pull_request' })
  const zips = new Map<number, Buffer>()
  for (const [name, summary] of artifacts) {
    const zip = await zipOf('quality-gates-fragment-coverage.json', fragment(summary))
    zips.set(gh.registry.addListed({ name, runId: 10, size: zip.length }), zip)
  }
  return collectFromArtifacts({
    octokit: createOctokit({ token: 'ghs_test', baseUrl: gh.url, minRetryDelayMs: 5 }),
    repo: { owner: 'acme', repo: 'widgets' },
    runId: 10,
    downloadZip: async (id, path) => writeFile(path, zips.get(id) as Buffer),
    tempDir: dir,
    caps,
    ...(now ? { now } : {})
  })
}

describe('fragment artifacts of re-runs', () => {
  it('names attempt N apart and reads back its identity', () => {
    expect(fragmentArtifactName('quality-gates-fragment-coverage', 1)).toBe('quality-gates-fragment-coverage')
    expect(fragmentArtifactName('quality-gates-fragment-coverage', 3)).toBe(
      'quality-gates-fragment-coverage-attempt-3'
    )
    expect(artifactAttempt('quality-gates-fragment-coverage-attempt-3')).toEqual({
      identity: 'quality-gates-fragment-coverage',
      attempt: 3
    })
    expect(artifactAttempt('x-attempt-0')).toEqual({ identity: 'x-attempt-0', attempt: 1 })
    const listed = [
      { id: 1, name: 'f-coverage', size_in_bytes: 1, expired: false },
      { id: 2, name: 'f-coverage-attempt-3', size_in_bytes: 1, expired: false },
      { id: 3, name: 'f-coverage-attempt-2', size_in_bytes: 1, expired: false },
      { id: 4, name: 'f-unit', size_in_bytes: 1, expired: false }
    ]
    expect(newestAttempts(listed).map(a => a.id)).toEqual([2, 4])
  })

  it("reads the newest attempt's fragment, never attempt 1's stale one beside it", async () => {
    const got = await collect([
      ['quality-gates-fragment-coverage', 'attempt 1'],
      ['quality-gates-fragment-coverage-attempt-2', 'attempt 2']
    ])
    expect(got.problems).toEqual([])
    expect(got.fragments.map(f => f.fragment.summary)).toEqual(['attempt 2'])
  })
})

describe('the whole collection is bounded', () => {
  it('in bytes: past the total, the rest are not read and a problem line says how many', async () => {
    const got = await collect(
      [
        ['quality-gates-fragment-a', 'a'],
        ['quality-gates-fragment-b', 'b'],
        ['quality-gates-fragment-c', 'c']
      ],
      { maxDownloadBytes: 700 }
    )
    expect(got.fragments.length).toBeLessThan(3)
    expect(got.problems).toEqual([
      {
        source: 'artifacts of run 10',
        error: expect.stringMatching(
          /would total more than 700 bytes; \d artifact\(s\) from quality-gates-fragment-[bc] on were not read/
        )
      }
    ])
  })

  it('in wall time: past the deadline, the rest are not read', async () => {
    let t = 0
    const got = await collect(
      [
        ['quality-gates-fragment-a', 'a'],
        ['quality-gates-fragment-b', 'b']
      ],
      { maxWallMs: 1000 },
      () => (t += 600)
    )
    expect(got.fragments.map(f => f.fragment.summary)).toEqual(['a'])
    expect(got.problems[0]?.error).toMatch(
      /took longer than 1 s; 1 artifact\(s\) from quality-gates-fragment-b on were not read/
    )
  })
})
