// Each action's README documents every input and output with the default action.yml really has: a reader who
// copies a default from the docs gets what leaving the input out gives.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/runner.js'

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean; deprecationMessage?: string }>
  outputs: Record<string, unknown>
}

/** The rows of the markdown table under `## <heading>`: first cell (the name, unquoted) → the other cells. */
function table(markdown: string, heading: string): Map<string, string[]> {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`no "## ${heading}" section`)
  const rows = new Map<string, string[]>()
  for (const line of markdown.slice(start).split('\n').slice(2)) {
    if (line.startsWith('## ')) break
    const m = /^\| `([^`]+)` \|(.*)\|$/.exec(line)
    if (m)
      rows.set(
        m[1]!,
        m[2]!.split(' | ').map(c => c.trim())
      )
  }
  return rows
}

const unquote = (cell: string) => (/^`[^`]*`$/.test(cell) ? cell.slice(1, -1) : cell)

describe.each(readdirSync(join(repoRoot, 'actions')))('actions/%s/README.md', action => {
  const yml = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionYml
  const readme = readFileSync(join(repoRoot, 'actions', action, 'README.md'), 'utf8')

  it('documents every input with the default action.yml has', () => {
    const rows = table(readme, 'Inputs')
    const problems: string[] = []
    for (const [name, input] of Object.entries(yml.inputs)) {
      if (input.deprecationMessage) continue
      const row = rows.get(name)
      if (!row) {
        problems.push(`${name}: no row`)
        continue
      }
      const documented = unquote(row[0] ?? '')
      const actual = input.required ? '(required)' : (input.default ?? '')
      if (documented !== actual)
        problems.push(`${name}: documented ${documented || '(empty)'}, is ${actual || '(empty)'}`)
    }
    for (const name of rows.keys())
      if (!yml.inputs[name]) problems.push(`${name}: documented but not an input`)
    expect(problems).toEqual([])
  })

  it('documents every output', () => {
    const rows = table(readme, 'Outputs')
    expect([...rows.keys()].sort()).toEqual(Object.keys(yml.outputs).sort())
  })
})
