/**
 * `quality-gates report`: compose pr-report's comment and job summary from local fragment files, exactly as
 * the action would (same collection, sanitising and budgets), without GitHub. Never fails by itself: exit 0,
 * or 2 on a usage error.
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UserError } from '../shared/errors.js'
import { collectFromPaths } from '../pr-report/collect.js'
import { compose } from '../pr-report/compose.js'
import { validateReportId } from '../pr-report/marker.js'
import { parseCommandArgs } from './args.js'
import type { CommandMain } from './io.js'

export const summary = 'compose the pr-report comment and job summary from fragment files'

export const help = `Usage: quality-gates report --fragments <file|glob|dir>... [options]

Collects quality-gates fragments (a directory is searched for **/quality-gates-fragment*.json), composes
the sticky PR comment exactly as the pr-report action does, and prints it (unreadable fragments are shown
as lines in the report, never dropped).

Options:
  --fragments <spec>    a fragment file, glob or directory; repeat it or list more specs after it
  --out <file>          also write the comment markdown to <file>
  --summary-out <file>  write the job-summary markdown to <file>
  --json                print {overall, comment, summary, statuses, problems} as JSON instead
  --id <id>             report id in the hidden marker ([a-z0-9-], default "default")
  --help                show this help

Exit codes: 0 (the report never fails by itself), 2 usage error.`

export const main: CommandMain = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(
    'report',
    argv,
    {
      fragments: { type: 'string', multiple: true },
      out: { type: 'string' },
      'summary-out': { type: 'string' },
      json: { type: 'boolean' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    true
  )
  if (values.help) {
    io.stdout(`${help}\n`)
    return 0
  }
  const specs = [...(values.fragments ?? []), ...positionals].map(s => s.trim()).filter(s => s !== '')
  if (specs.length === 0) {
    throw new UserError('report: --fragments is required (a fragment file, glob or directory)')
  }
  const id = validateReportId(values.id, 'report: --id')
  for (const flag of ['out', 'summary-out'] as const) {
    if (values[flag] !== undefined && values[flag].trim() === '') {
      throw new UserError(`report: --${flag} needs a file name`)
    }
  }

  const collected = await collectFromPaths(specs, io.cwd)
  for (const p of collected.problems) io.stderr(`warning: ${p.source}: ${p.error}\n`)
  const composed = compose({ id, collected })

  const write = async (flag: string, file: string, text: string): Promise<void> => {
    try {
      await writeFile(resolve(io.cwd, file), text)
    } catch (e) {
      throw new UserError(
        `report: --${flag} ${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`
      )
    }
  }
  if (values.out !== undefined) await write('out', values.out, composed.comment)
  if (values['summary-out'] !== undefined) await write('summary-out', values['summary-out'], composed.summary)

  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        {
          overall: composed.overall,
          comment: composed.comment,
          summary: composed.summary,
          statuses: composed.statuses,
          fragments: collected.fragments.map(f => ({
            source: f.source,
            gate: f.fragment.gate,
            status: f.fragment.status
          })),
          problems: collected.problems
        },
        null,
        2
      )}\n`
    )
  } else {
    io.stdout(composed.comment)
  }
  return 0
}
