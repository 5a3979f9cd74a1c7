/**
 * Where a gate looks for its base side's stored baseline: on a pull request, the tested commit's base and its
 * first-parent ancestors; otherwise the commits before HEAD on the first-parent line. Asked for lazily (a git
 * process), only when the store needs them.
 */
import { describeError, UserError } from './errors.js'
import { firstParentAncestors, testedCommitBase, type Git } from './git.js'
import type { Host } from './host.js'

/** First-parent commits to look for the base's baseline in, nearest first. */
export async function baselineCandidates(
  host: Pick<Host, 'pullRequest'>,
  git: Git,
  walkBack: number
): Promise<() => Promise<string[]>> {
  const ancestors =
    (rev: string, extra = 0) =>
    () =>
      firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => [] as string[])
  const pr = await host.pullRequest()
  if (pr) {
    return async () => {
      const base = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch(
        (e: unknown) => {
          throw new UserError(
            `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
          )
        }
      )
      return ancestors(base.base)()
    }
  }
  // Not a pull request: the nearest earlier baseline on the first-parent line.
  return async () => (await ancestors('HEAD', 1)()).slice(1)
}
