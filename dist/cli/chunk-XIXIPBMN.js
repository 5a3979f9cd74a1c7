import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  firstParentAncestors,
  testedCommitBase
} from "./chunk-N5A3YMF2.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";

// src/shared/baseline-candidates.ts
async function baselineCandidates(host, git, walkBack) {
  const ancestors = (rev, extra = 0) => () => firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => []);
  const pr = await host.pullRequest();
  if (pr) {
    return async () => {
      const base = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch(
        (e) => {
          throw new UserError(
            `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
          );
        }
      );
      return ancestors(base.base)();
    };
  }
  return async () => (await ancestors("HEAD", 1)()).slice(1);
}

export {
  baselineCandidates
};
//# sourceMappingURL=chunk-XIXIPBMN.js.map
