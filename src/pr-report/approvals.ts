/**
 * An approval is a result too. A failing fragment that an approval on the PR can excuse names the diffs it fails
 * on (the visual gate: approve.ts approvalClaim); when the PR's approval comments cover every one of them, the
 * result is reported as approved — status success, the section says so — instead of setting the status back to
 * failure from the fragment, which is older than the approval (`/approve-visual` re-runs no gate).
 *
 * Never green without a result: no claim, another failure beside the diffs, a diff not approved (or rejected
 * since), or approvals that cannot be read leave the fragment as it is (the read failure is a warning).
 */
import { describeError } from '../shared/errors.js'
import { FRAGMENT_LIMITS, headingLine, type ReportFragment } from '../shared/fragment.js'
import { approvalClaim } from '../visual/approve.js'
import type { SourcedFragment } from './collect.js'

/** The fingerprints approved on the PR and who approved each (visual/approval.ts readApprovers). */
export type ReadApprovers = () => Promise<Map<string, string>>

/** The fragments with every fully approved failure turned into an approved pass; the others unchanged. */
export async function withApprovals(
  fragments: readonly SourcedFragment[],
  read: ReadApprovers,
  warn: (message: string) => void
): Promise<SourcedFragment[]> {
  const claims = fragments.map(f => approvalClaim(f.fragment))
  if (claims.every(c => c === undefined)) return [...fragments]
  let approvers: Map<string, string>
  try {
    approvers = await read()
  } catch (e) {
    warn(`pr-report: the approvals of the pull request were not read, none applied: ${describeError(e)}`)
    return [...fragments]
  }
  return fragments.map((f, i) => {
    const claim = claims[i]
    if (!claim || !claim.every(fp => approvers.has(fp))) return f
    const by = [...new Set(claim.map(fp => approvers.get(fp) as string))].sort()
    return { ...f, fragment: approved(f.fragment, claim.length, by) }
  })
}

function approved(f: ReportFragment, diffs: number, by: readonly string[]): ReportFragment {
  const who = by.slice(0, 5).join(', ') + (by.length > 5 ? ` and ${by.length - 5} more` : '')
  const summary = `approved by ${who}: ${f.summary}`.slice(0, FRAGMENT_LIMITS.summary)
  const next = { ...f, status: 'pass' as const, summary }
  const note = `> ✅ ${diffs === 1 ? 'This diff was' : `These ${diffs} diffs were`} approved on the pull request (${who}); the gate's next run excuses ${diffs === 1 ? 'it' : 'them'} by itself.`
  // The gate's own heading line (its failure) gives way to the approved one; the rest of the section stays.
  const heading = headingLine(f)
  const body =
    f.markdown === heading || f.markdown.startsWith(`${heading}\n`)
      ? f.markdown.slice(heading.length)
      : `\n\n${f.markdown}`
  const markdown = `${headingLine(next)}\n\n${note}${body}`
  return {
    ...next,
    markdown: markdown.slice(0, FRAGMENT_LIMITS.markdown),
    metrics: { ...f.metrics, 'approved-on-pr': diffs }
  }
}
