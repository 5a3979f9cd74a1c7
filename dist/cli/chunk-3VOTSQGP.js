import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  manualPullRequestInput
} from "./chunk-N5A3YMF2.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";

// src/shared/baseline-store.ts
import { copyFile, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/shared/baseline.ts
var TRUSTED_BASELINE_EVENTS = ["push", "merge_group", "schedule", "workflow_dispatch"];
var DEFAULT_MAX_BASELINE_ZIP_BYTES = 512 * 1024 * 1024;

// src/shared/baseline-store.ts
function isTrustedDefaultBranchRun(context) {
  const { eventName, ref, payload } = context;
  if (!TRUSTED_BASELINE_EVENTS.includes(eventName)) return false;
  if (manualPullRequestInput(eventName, payload, context.manualPullRequest) !== void 0) return false;
  const defaultBranch = payload.repository?.default_branch;
  if (typeof defaultBranch !== "string" || defaultBranch === "") return false;
  const branchRef = `refs/heads/${defaultBranch}`;
  if (eventName === "merge_group") {
    const group = payload.merge_group;
    return group?.base_ref === branchRef && typeof group.head_ref === "string" && group.head_ref.startsWith(`refs/heads/gh-readonly-queue/${defaultBranch}/`);
  }
  return ref === branchRef;
}
function createFileBaselineStore(opts, cwd) {
  const from = opts.from !== void 0 ? resolve(cwd, opts.from) : void 0;
  const to = opts.to !== void 0 ? resolve(cwd, opts.to) : void 0;
  return {
    savesInAuto: to !== void 0,
    gatesWhenSaving: true,
    async find(_kind, _candidates, file) {
      if (from === void 0) return { found: false, note: "" };
      const info = await stat(from).catch((e) => {
        throw new UserError(`--baseline ${from}: cannot read (${e.code ?? "error"})`);
      });
      const path = info.isDirectory() ? join(from, file) : from;
      return { found: true, path, behind: 0, note: `baseline from ${opts.from}` };
    },
    async save(_kind, _sha, dir, file) {
      if (to === void 0) throw new UserError("no file to save the baseline to (--baseline-out)");
      try {
        await mkdir(dirname(to), { recursive: true });
        await copyFile(join(dir, file), to);
      } catch (e) {
        throw new UserError(
          `--baseline-out ${to}: cannot write (${e.code ?? "error"})`
        );
      }
      return to;
    }
  };
}
async function saveBaselineText(host, store, what, opts) {
  await saveBaselineDir(host, store, what, opts, async (dir) => {
    await writeFile(join(dir, opts.file), opts.text);
  });
}
async function saveBaselineDir(host, store, what, opts, fill) {
  const dir = join(host.tempDir, `${opts.kind}-baseline-out`);
  await mkdir(dir, { recursive: true });
  await fill(dir);
  const at = opts.sha.slice(0, 7);
  try {
    const where = await store.save(opts.kind, opts.sha, dir, opts.file, opts.retentionDays);
    host.logger.log("info", `saved the ${what} of ${at} as ${where}`);
  } catch (error) {
    if (!host.context.repository) throw error;
    const text = describeError(error);
    const rerun = /already exists/.test(text);
    host.logger.log(
      rerun ? "notice" : "warning",
      rerun ? `the ${what} of ${at} was already saved by an earlier attempt of this run` : `the ${what} of ${at} was not saved: ${text}`
    );
  }
}

export {
  isTrustedDefaultBranchRun,
  createFileBaselineStore,
  saveBaselineText,
  saveBaselineDir
};
//# sourceMappingURL=chunk-3VOTSQGP.js.map
