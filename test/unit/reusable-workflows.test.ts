// A reusable workflow that wraps an action must not hide any of its inputs: a team that outgrows the defaults
// should never have to drop the reusable workflow to set one. Each input has the action's name and default
// (an input the action requires may get a default the workflow knows, e.g. where it downloaded the reports), or
// the workflow sets it to a fixed value it is built for. The token is an optional secret, not an input.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/runner.js'

interface ActionYml {
  inputs: Record<
    string,
    { description?: string; default?: string; required?: boolean; deprecationMessage?: string }
  >
  outputs: Record<string, { description?: string }>
}
interface WorkflowInput {
  description?: string
  type?: string
  default?: unknown
}
interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: {
    workflow_call: {
      inputs?: Record<string, WorkflowInput>
      secrets?: Record<string, { description?: string; required?: boolean }>
      outputs?: Record<string, { description?: string; value?: string }>
    }
  }
  jobs: Record<string, { outputs?: Record<string, string>; steps?: Step[] }>
}

const read = <T>(path: string) => parse(readFileSync(join(repoRoot, path), 'utf8')) as T

// ownDefaults: inputs the action leaves empty (needed by one task only) that the workflow gives a default.
const WRAPPERS = [
  { workflow: '.github/workflows/coverage.yml', action: 'coverage-gate', fixed: [] as string[] },
  // flaky.yml downloads reports and checks them: task is fixed to check, and notify-github-issue to false (its job
  // has no issues: write); the inputs of running the tests, bisect and maintain are not offered at all.
  {
    workflow: '.github/workflows/flaky.yml',
    action: 'flaky-quarantine',
    fixed: ['task', 'notify-github-issue'],
    ownDefaults: ['junit'],
    omitted: [
      'command',
      'preset',
      'max-retries',
      'rerun-command',
      'attempt-timeout',
      'test',
      'good',
      'bad',
      'repeat',
      'bisect-max-steps',
      'bisect-run-timeout',
      'bisect-deadline',
      'quarantine-days',
      'quarantine-branch'
    ]
  },
  // perf: `results` defaults to the downloaded artifacts' files, and is passed only when no k6 `script` is given.
  {
    workflow: '.github/workflows/perf.yml',
    action: 'perf-regression',
    fixed: [] as string[],
    derived: ['results']
  },
  // visual.yml runs the compare task; visual-approve.yml the approve task.
  { workflow: '.github/workflows/visual.yml', action: 'visual-diff', fixed: ['task'] },
  { workflow: '.github/workflows/report.yml', action: 'pr-report', fixed: [] as string[] },
  { workflow: '.github/workflows/report-fork.yml', action: 'pr-report', fixed: ['mode'] }
]

function wrappedStep(wf: Workflow, action: string): { job: string; step: Step } {
  for (const [job, j] of Object.entries(wf.jobs))
    for (const step of j.steps ?? []) if (step.uses?.includes(`/actions/${action}@`)) return { job, step }
  throw new Error(`no step uses actions/${action}`)
}

describe('reusable workflows pass every action input through', () => {
  for (const { workflow, action, fixed, ownDefaults = [], derived = [], omitted = [] } of WRAPPERS as {
    workflow: string
    action: string
    fixed: string[]
    ownDefaults?: string[]
    derived?: string[]
    omitted?: string[]
  }[]) {
    const wf = read<Workflow>(workflow)
    const act = read<ActionYml>(`actions/${action}/action.yml`)
    const call = wf.on.workflow_call
    const { step } = wrappedStep(wf, action)
    const passed = step.with ?? {}

    it(`${workflow}: every input of actions/${action} is an input with the same name and default`, () => {
      const problems: string[] = []
      for (const [name, input] of Object.entries(act.inputs)) {
        // The token is a secret; an input's old name is for workflows using the action directly.
        if (name === 'github-token' || input.deprecationMessage) continue
        if (omitted.includes(name)) {
          if (call.inputs?.[name] !== undefined || passed[name] !== undefined)
            problems.push(`${name}: expected left out (neither an input nor passed)`)
          continue
        }
        if (fixed.includes(name)) {
          if (passed[name] === undefined || String(passed[name]).includes('${{'))
            problems.push(`${name}: expected a fixed value`)
          continue
        }
        // A secret (a webhook URL, a password) comes in as the workflow's secret of the same name, not an input.
        if (call.secrets?.[name]?.required === false && passed[name] === `\${{ secrets.${name} }}`) continue
        const mine = call.inputs?.[name]
        if (!mine) {
          problems.push(`${name}: not an input of the workflow`)
          continue
        }
        if (derived.includes(name)) {
          if (!String(passed[name]).includes(`inputs.${name}`))
            problems.push(`${name}: not passed to the action`)
          continue
        }
        if (passed[name] !== `\${{ inputs.${name} }}`) problems.push(`${name}: not passed to the action`)
        const own = ownDefaults.includes(name) && (input.default ?? '') === ''
        if (!input.required && !own && String(mine.default ?? '') !== (input.default ?? ''))
          problems.push(`${name}: default ${String(mine.default)} ≠ the action's ${input.default ?? ''}`)
      }
      expect(problems).toEqual([])
    })

    it(`${workflow}: every input has a description, and the token is an optional secret`, () => {
      const undescribed = Object.entries(call.inputs ?? {})
        .filter(([, i]) => !i.description?.trim())
        .map(([n]) => n)
      expect(undescribed).toEqual([])
      expect(call.inputs?.['github-token']).toBeUndefined()
      expect(call.secrets?.['github-token']?.required).toBe(false)
      expect(passed['github-token']).toBe('${{ secrets.github-token || github.token }}')
    })

    it(`${workflow}: outputs come from outputs the action declares`, () => {
      for (const [name, out] of Object.entries(call.outputs ?? {})) {
        const jobRef = /^\$\{\{ jobs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(out.value ?? '')
        expect({ name, jobRef: !!jobRef }).toEqual({ name, jobRef: true })
        const jobOutput = wf.jobs[jobRef![1]!]?.outputs?.[jobRef![2]!] ?? ''
        const stepRef = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(jobOutput)
        expect({ name, step: stepRef?.[1] }).toEqual({ name, step: step.id })
        expect(Object.keys(act.outputs)).toContain(stepRef![2])
      }
    })
  }

  it('quality.yml (all in one) takes the token secret, expects its enabled gate and outputs the figures', () => {
    const wf = read<
      Workflow & { jobs: Record<string, { secrets?: Record<string, string>; with?: Record<string, string> }> }
    >('.github/workflows/quality.yml')
    expect(wf.on.workflow_call.secrets?.['github-token']?.required).toBe(false)
    for (const job of ['coverage', 'report'])
      expect(wf.jobs[job]?.secrets?.['github-token']).toBe('${{ secrets.github-token }}')
    expect(wf.jobs.report?.with?.expect).toBe("${{ inputs.coverage && 'coverage' || '' }}")
    expect(Object.keys(wf.on.workflow_call.outputs ?? {}).sort()).toEqual([
      'patch-coverage',
      'project-coverage',
      'verdict'
    ])
  })

  it('flaky.yml checks (task: check) and opens no issue, since its job has no issues: write', () => {
    const wf = read<Workflow & { jobs: Record<string, { permissions?: Record<string, string> }> }>(
      '.github/workflows/flaky.yml'
    )
    const { job, step } = wrappedStep(wf, 'flaky-quarantine')
    expect(step.with?.task).toBe('check')
    expect(step.with?.['notify-github-issue']).toBe(false)
    expect(wf.jobs[job]?.permissions?.issues).toBeUndefined()
  })

  it('coverage.yml outputs the verdict and both coverage figures', () => {
    const outputs = read<Workflow>('.github/workflows/coverage.yml').on.workflow_call.outputs ?? {}
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['verdict', 'project-coverage', 'patch-coverage'])
    )
  })
})
