// The example workflows are what users copy. A job that can write (statuses, checks, comments) and then runs the
// project's own code must not leave the token in .git/config for that code to read.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/runner.js'

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string> | string
  steps?: Step[]
}

const dir = join(repoRoot, 'examples', 'workflows')
const writes = (p: Job['permissions']) =>
  p === 'write-all' || (typeof p === 'object' && Object.values(p).some(v => v === 'write'))

describe('example workflows', () => {
  for (const file of readdirSync(dir).filter(f => f.endsWith('.yml'))) {
    it(`${file}: checkouts in jobs that can write keep persist-credentials: false`, () => {
      const doc = parse(readFileSync(join(dir, file), 'utf8')) as {
        permissions?: Job['permissions']
        jobs: Record<string, Job>
      }
      for (const [name, job] of Object.entries(doc.jobs)) {
        if (!writes(job.permissions ?? doc.permissions)) continue
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('actions/checkout@')) continue
          expect({ job: name, persist: step.with?.['persist-credentials'] }).toEqual({
            job: name,
            persist: false
          })
        }
      }
    })
  }
})
