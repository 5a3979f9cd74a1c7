import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  createOctokit
} from "./chunk-YXQKJTP4.js";
import {
  BASELINE_STORE_CHOICES,
  chooseBaselineStore
} from "./chunk-TWUPE6RB.js";
import {
  inputEnum,
  inputNumber,
  jobFragmentsDir,
  runContextFromEnv,
  runDeclared
} from "./chunk-AN5I733W.js";
import {
  cacheSavesInAuto,
  createArtifactBaselineStore,
  createExclusiveWriteStream,
  gatesWhenSaving,
  resolveRunPullRequest
} from "./chunk-YQ5RRJ37.js";
import {
  UserError,
  describeError,
  oneLine
} from "./chunk-XW4BQXO4.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-LOVDF2MX.js";

// src/shared/host-actions.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/shared/artifacts.ts
import { rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var DEFAULT_MAX_ZIP_BYTES = 1024 * 1024 * 1024;
function message(error2) {
  return oneLine(error2 instanceof Error ? error2.message : String(error2), 300);
}
function statusOf(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function createActionsArtifactClient(opts) {
  const { octokit, owner, repo } = opts;
  const maxZipBytes = opts.maxZipBytes ?? DEFAULT_MAX_ZIP_BYTES;
  const fetchBlob = opts.fetch ?? globalThis.fetch;
  let client;
  return {
    canUpload: opts.canUpload ?? true,
    async upload(name, files, rootDirectory, retentionDays) {
      client ??= new (await import("./artifact-BV3SF3XH.js")).DefaultArtifactClient();
      let result;
      try {
        result = await client.uploadArtifact(
          name,
          files,
          rootDirectory,
          retentionDays === void 0 ? {} : { retentionDays }
        );
      } catch (error2) {
        const text = message(error2);
        if (/\(409\)/.test(text)) {
          throw new UserError(
            `artifact "${name}" already exists in this workflow run (artifact names are unique per run)`
          );
        }
        throw new UserError(`uploading artifact "${name}" failed: ${text}`);
      }
      if (result.id === void 0) throw new UserError(`uploading artifact "${name}" returned no artifact id`);
      return {
        id: result.id,
        size: result.size ?? 0,
        ...result.digest ? { digest: `sha256:${result.digest}` } : {}
      };
    },
    async downloadZip(artifactId, zipPath) {
      let location;
      try {
        const response = await octokit.request(
          "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
          { owner, repo, artifact_id: artifactId, archive_format: "zip", request: { redirect: "manual" } }
        );
        if (response.status !== 302) {
          throw new UserError(
            `downloading artifact ${artifactId} from ${owner}/${repo}: expected a redirect to the blob, got HTTP ${response.status}`
          );
        }
        location = response.headers.location;
      } catch (error2) {
        if (error2 instanceof UserError) throw error2;
        const status = statusOf(error2);
        if (status === 410) throw new UserError(`artifact ${artifactId} has expired`);
        if (status === 404) throw new UserError(`artifact ${artifactId} was not found in ${owner}/${repo}`);
        throw new UserError(
          `downloading artifact ${artifactId} from ${owner}/${repo} failed${status ? ` (HTTP ${status})` : ""}: ${message(error2)}`
        );
      }
      if (!location || !/^https?:\/\//.test(location)) {
        throw new UserError(`downloading artifact ${artifactId}: the API gave no usable redirect location`);
      }
      const blobHost = new URL(location).host;
      let blob;
      try {
        blob = await fetchBlob(location, { redirect: "follow" });
      } catch (error2) {
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: ${message(error2)}`);
      }
      if (blob.status !== 200 || !blob.body) {
        await blob.body?.cancel();
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: HTTP ${blob.status}`);
      }
      const declared = Number(blob.headers.get("content-length") ?? NaN);
      if (Number.isFinite(declared) && declared > maxZipBytes) {
        await blob.body.cancel();
        throw new UserError(
          `artifact ${artifactId} is ${declared} bytes, over the download limit of ${maxZipBytes}`
        );
      }
      let received = 0;
      const cap = new Transform({
        transform(chunk, _encoding, callback) {
          received += chunk.length;
          if (received > maxZipBytes) {
            callback(
              new UserError(
                `artifact ${artifactId} is larger than the download limit of ${maxZipBytes} bytes`
              )
            );
            return;
          }
          callback(null, chunk);
        }
      });
      let file;
      try {
        file = await createExclusiveWriteStream(zipPath);
      } catch (error2) {
        await blob.body.cancel();
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error2)}`);
      }
      try {
        await pipeline(Readable.fromWeb(blob.body), cap, file);
      } catch (error2) {
        await rm(zipPath, { force: true });
        if (error2 instanceof UserError) throw error2;
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error2)}`);
      }
    }
  };
}

// src/shared/host-actions.ts
function announced(store, line, say) {
  let said = false;
  const once = () => {
    if (!said) say(line);
    said = true;
  };
  return {
    savesInAuto: store.savesInAuto,
    gatesWhenSaving: store.gatesWhenSaving,
    find: (...args) => (once(), store.find(...args)),
    save: (...args) => (once(), store.save(...args))
  };
}
function lazyCacheStore(opts) {
  let store;
  const load = () => store ??= import("./cache-baseline-store-II5Y4H4A.js").then((m) => m.createCacheBaselineStore(opts));
  return {
    savesInAuto: cacheSavesInAuto(opts.context),
    gatesWhenSaving: gatesWhenSaving(opts.context),
    find: async (...args) => (await load()).find(...args),
    save: async (...args) => (await load()).save(...args)
  };
}
function defaultBranchOf(context) {
  const branch = context.payload.repository?.default_branch;
  return typeof branch === "string" && branch !== "" ? branch : void 0;
}
function createActionsHost(env = process.env) {
  const input = (name) => getInput(name).trim() || void 0;
  const context = runContextFromEnv(env, { pr: input("pr") });
  const token = input("github-token") ?? env.GITHUB_TOKEN;
  if (token) setSecret(token);
  const maxRateLimitWaitSeconds = inputNumber(input, "rate-limit-wait", { min: 0, max: 3600, integer: true });
  const octokit = token ? createOctokit({
    token,
    baseUrl: context.apiUrl,
    log: (message2) => debug(message2),
    ...maxRateLimitWaitSeconds !== void 0 ? { maxRateLimitWaitSeconds } : {}
  }) : void 0;
  const artifacts = octokit && context.repository ? createActionsArtifactClient({
    octokit,
    owner: context.repository.owner,
    repo: context.repository.repo,
    canUpload: !!env.ACTIONS_RUNTIME_TOKEN
  }) : void 0;
  const log = {
    debug: (message2) => debug(message2),
    info: (message2) => info(message2),
    notice: (message2, props) => notice(message2, props),
    warning: (message2, props) => warning(message2, props),
    error: (message2, props) => error(message2, props)
  };
  const tempDir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "quality-gates-"));
  const repo = context.repository;
  const choice = chooseBaselineStore(
    inputEnum(input, "baseline-store", BASELINE_STORE_CHOICES, "auto"),
    context.serverUrl
  );
  const chosen = choice.store === "cache" ? lazyCacheStore({ context, tempDir, env, log: (level, message2) => log[level](message2) }) : octokit && artifacts && repo ? createArtifactBaselineStore(
    {
      octokit,
      artifacts,
      owner: repo.owner,
      repo: repo.repo,
      repositoryId: repo.id ?? 0,
      tempDir,
      ...defaultBranchOf(context) ? { defaultBranch: defaultBranchOf(context) } : {},
      log: (level, message2) => log[level](message2)
    },
    context
  ) : void 0;
  const baselines = chosen && announced(chosen, `baseline store: ${choice.store} (${choice.why})`, (line) => log.info(line));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  let pullRequest;
  const fragmentsDir = env.RUNNER_TEMP ? jobFragmentsDir(env.RUNNER_TEMP) : join(tempDir, "fragments");
  return {
    input,
    setOutput: (name, value) => setOutput(name, value),
    mask: (secret) => setSecret(secret),
    appendSummary: async (markdown) => {
      await summary.addRaw(markdown, true).write();
    },
    logger: {
      log: (level, message2, where) => log[level](
        message2,
        where && {
          file: where.file,
          startLine: where.startLine,
          endLine: where.endLine,
          title: where.title
        }
      ),
      group: (name, fn) => group(name, fn)
    },
    context,
    workspace,
    cwd: workspace,
    tempDir,
    ...env.RUNNER_TEMP ? { jobTempDir: env.RUNNER_TEMP } : {},
    ...octokit ? { octokit } : {},
    ...artifacts ? { artifacts } : {},
    ...baselines ? { baselines } : {},
    pullRequest: () => pullRequest ??= repo ? resolveRunPullRequest(context, repo, octokit, {
      workspace,
      forkPolicy: input("dispatch-fork-pr"),
      notice: (message2) => notice(message2)
    }) : Promise.resolve(void 0),
    fragmentPath: (name) => join(fragmentsDir, name),
    now: () => /* @__PURE__ */ new Date()
  };
}

// src/shared/action-entry.ts
async function runAction(declaration, makeHost = createActionsHost) {
  try {
    const host = makeHost();
    const outcome = await runDeclared(declaration, host, "action");
    if (outcome.failure) setFailed(outcome.failure);
  } catch (error2) {
    if (error2 instanceof UserError) {
      setFailed(error2.message);
    } else {
      setFailed(`internal error: ${describeError(error2)} (please report it)`);
      if (error2 instanceof Error && error2.stack) debug(error2.stack);
    }
  }
}

export {
  runAction
};
//# sourceMappingURL=chunk-T4N6ZAES.js.map
