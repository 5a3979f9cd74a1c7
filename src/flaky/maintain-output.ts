/**
 * What `task: maintain` hands back and how the CLI prints it (`--json` and the human form). Kept apart from
 * maintain.ts so the gate's declaration can name it without loading the task.
 *
 *     {"gate":"flaky","task":"maintain","file":str,"changed":bool,
 *      "changes":[{"kind":"quarantine|release|expired","id":str,"detail":str,"issue"?:int}],
 *      "pullRequest"?:url,"patchIssue"?:url}
 */

export const DEFAULT_QUARANTINE_BRANCH = 'quality-gates/quarantine'
/** Changes the human form lists; the rest are counted. */
const MAX_LISTED = 200

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export interface MaintainChange {
  kind: 'quarantine' | 'release' | 'expired'
  id: string
  /** The figures, in words. */
  detail: string
  issue?: number
}

export interface MaintainRun {
  task: 'maintain'
  file: string
  changes: MaintainChange[]
  /** What was done, one line each (the CLI prints them). */
  done: string[]
  /** Whether the file differs from the checkout's. */
  changed: boolean
  pullRequest?: string
  patchIssue?: string
}

export function writeMaintainJson(run: MaintainRun, write: (text: string) => void): void {
  write(
    `${JSON.stringify({
      gate: 'flaky',
      task: 'maintain',
      file: run.file,
      changed: run.changed,
      changes: run.changes.map(c => ({
        kind: c.kind,
        id: c.id,
        detail: c.detail,
        ...(c.issue !== undefined ? { issue: c.issue } : {})
      })),
      ...(run.pullRequest ? { pullRequest: run.pullRequest } : {}),
      ...(run.patchIssue ? { patchIssue: run.patchIssue } : {})
    })}\n`
  )
}

export function humanMaintain(run: MaintainRun): string {
  const out = [`flaky maintain: ${run.file}`]
  for (const c of run.changes.slice(0, MAX_LISTED))
    out.push(`  ${c.kind.toUpperCase().padEnd(10)} ${c.id} (${c.detail})`)
  if (run.changes.length > MAX_LISTED) out.push(`  … and ${run.changes.length - MAX_LISTED} more`)
  for (const d of run.done) out.push(`note ${d}`)
  return `${out.join('\n')}\n`
}
