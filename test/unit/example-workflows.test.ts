// The example workflows are what users copy. A job that can write (statuses, checks, comments) and then runs the
// project's own code must not leave the token in .git/config for that code to read.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/runner.js'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string> | string
  steps?: Step[]
}

const dir = join(repoRoot, 'examples', 'workflows')
const ownDir = join(repoRoot, '.github', 'workflows')

interface Workflow {
  on: Record<string, unknown> | string | string[]
  permissions?: Job['permissions']
  jobs: Record<string, Job>
}
const load = (path: string) => parse(readFileSync(path, 'utf8')) as Workflow
const triggers = (w: Workflow): string[] =>
  typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on ?? {})
const inputsOf = (w: Workflow, event: string) =>
  ((w.on as Record<string, { inputs?: Record<string, { type?: string; options?: string[] }> } | null>)[event]
    ?.inputs ?? {}) as Record<string, { type?: string; options?: string[] }>
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

  // A merge queue waits for the required statuses on its own commit: every workflow that gates pull requests
  // must also run for merge_group (the fork split's unprivileged half too: its workflow_run report then sets the
  // statuses on the queue's commit).
  const gating = [
    ...readdirSync(dir).map(f => join(dir, f)),
    ...readdirSync(ownDir).map(f => join(ownDir, f))
  ].filter(f => f.endsWith('.yml'))
  for (const path of gating) {
    const name = path.slice(repoRoot.length + 1)
    it(`${name}: runs for merge_group when it runs for pull_request`, () => {
      const on = triggers(load(path))
      if (!on.includes('pull_request')) return
      expect({ name, mergeGroup: on.includes('merge_group') }).toEqual({ name, mergeGroup: true })
    })
  }
  it('the merge-queue check above covers the examples that gate PRs', () => {
    const withQueue = gating
      .filter(p => triggers(load(p)).includes('merge_group'))
      .map(p => p.slice(repoRoot.length + 1))
    expect(withQueue).toEqual(
      expect.arrayContaining([
        'examples/workflows/single-job.yml',
        'examples/workflows/monorepo.yml',
        'examples/workflows/sharded-matrix.yml',
        'examples/workflows/fork-pr.yml',
        '.github/workflows/ci.yml'
      ])
    )
  })

  it('manual-run.yml: dispatch with pr and task; refuses forks before it checks out the PR head', () => {
    const w = load(join(dir, 'manual-run.yml'))
    expect(triggers(w)).toEqual(['workflow_dispatch'])
    const inputs = inputsOf(w, 'workflow_dispatch')
    expect(Object.keys(inputs).sort()).toEqual(['pr', 'task'])
    expect(inputs.task?.options).toEqual(['gate', 'refresh-baseline'])
    const steps = Object.values(w.jobs).flatMap(j => j.steps ?? [])
    const checkout = steps.findIndex(s => s.uses?.startsWith('actions/checkout@'))
    const guard = steps.findIndex(
      s => /gh api .*pulls\/\$PR/.test(s.run ?? '') && /head\.repo\.full_name/.test(s.run ?? '')
    )
    expect(guard).toBeGreaterThanOrEqual(0)
    expect(guard).toBeLessThan(checkout)
    expect(steps[checkout]?.with?.ref).toMatch(/refs\/pull\/\{0\}\/head/)
    expect(steps[checkout]?.with?.['persist-credentials']).toBe(false)
    const gate = steps.find(s => s.uses?.includes('/actions/coverage-gate@'))
    expect(gate?.with?.mode).toMatch(/refresh-baseline.*'baseline'/)
    expect(steps.some(s => s.uses?.includes('/actions/pr-report@'))).toBe(true)
  })

  it('quality.yml: workflow_dispatch with pr and task next to its workflow_call, and the same inputs', () => {
    const w = load(join(ownDir, 'quality.yml'))
    expect(triggers(w).sort()).toEqual(['workflow_call', 'workflow_dispatch'])
    const dispatch = inputsOf(w, 'workflow_dispatch')
    const call = inputsOf(w, 'workflow_call')
    expect(dispatch.task).toMatchObject({ type: 'choice', options: ['gate', 'refresh-baseline'] })
    expect(dispatch.pr).toBeDefined()
    // A dispatch sees only its own inputs: every input the jobs read must exist for both events.
    expect(Object.keys(dispatch).sort()).toEqual(Object.keys(call).sort())
  })
})
