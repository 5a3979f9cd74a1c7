import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  isGhesServer
} from "./chunk-TWUPE6RB.js";
import {
  BaselineUnavailableError,
  DEFAULT_EXTRACT_LIMITS,
  TRUSTED_BASELINE_EVENTS,
  baselineArtifactName,
  cacheSavesInAuto,
  gatesWhenSaving,
  isTrustedDefaultBranchRun
} from "./chunk-YQ5RRJ37.js";
import "./chunk-HX5UPTZB.js";
import {
  UserError,
  oneLine
} from "./chunk-XW4BQXO4.js";
import "./chunk-Y2PPTHBY.js";
import "./chunk-7HUOYEXQ.js";

// src/shared/cache-baseline-store.ts
import { constants } from "node:fs";
import { access, cp, lstat, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
var ENTRY_DIR = "quality-gates-baseline";
var KEYS_PER_LOOKUP = 10;
var DEFAULT_MAX_CACHE_ARCHIVE_BYTES = 512 * 1024 * 1024;
var TOOLKIT_FAILURE = /^(?:::(?:warning|error)::)?((?:Failed to (?:restore|save)|Cache (?:restore|save) skipped|Cache reservation failed)\b.*)$/;
function unescapeCommandData(text) {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
async function onPath(name, env) {
  for (const dir of (env.PATH ?? "").split(path.delimiter).slice(0, 200)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    const ok = await access(candidate, constants.X_OK).then(
      () => true,
      () => false
    );
    if (ok && (await lstat(candidate).catch(() => void 0))?.isDirectory() === false) return candidate;
  }
  return void 0;
}
var shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
var WRAPPER_TOO_LARGE = 3;
function tarWrapper(realTar, maxArchiveBytes, maxEntryBytes) {
  const blocks = Math.max(1, Math.ceil(maxEntryBytes / 512));
  return `#!/bin/sh
# Written by quality-gates for @actions/cache restores: the real tar, without -P (absolute names and ..).
prev=
for arg do
  shift
  if [ "$prev" = "-xf" ] && [ -f "$arg" ]; then
    size=$(wc -c < "$arg")
    if [ "$size" -gt ${maxArchiveBytes} ]; then
      echo "quality-gates: cache archive of $size bytes is over the limit of ${maxArchiveBytes}" >&2
      exit ${WRAPPER_TOO_LARGE}
    fi
  fi
  prev=$arg
  [ "$arg" = "-P" ] || set -- "$@" "$arg"
done
ulimit -f ${blocks}
exec ${shellQuote(realTar)} "$@"
`;
}
async function walkRestored(root, limits) {
  const total = { files: 0, bytes: 0 };
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (entry.isDirectory()) {
        await walk(full);
        continue;
      }
      if (!entry.isFile()) throw new UserError(`${rel} is not a regular file (links are refused)`);
      if (++total.files > limits.maxEntries) throw new UserError(`more than ${limits.maxEntries} files`);
      const { size } = await lstat(full);
      if (size > limits.maxEntryBytes) {
        throw new UserError(`${rel} is ${size} bytes, over the limit of ${limits.maxEntryBytes}`);
      }
      total.bytes += size;
      if (total.bytes > limits.maxTotalBytes) throw new UserError(`over ${limits.maxTotalBytes} bytes in all`);
    }
  };
  await walk(root);
  return total;
}
var short = (sha) => sha.slice(0, 7);
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function createCacheBaselineStore(opts) {
  const { context, tempDir, log } = opts;
  const env = opts.env ?? process.env;
  const trusted = isTrustedDefaultBranchRun(context);
  const maxArchiveBytes = opts.maxArchiveBytes ?? DEFAULT_MAX_CACHE_ARCHIVE_BYTES;
  const limits = { ...DEFAULT_EXTRACT_LIMITS, ...opts.limits };
  let client;
  let wrapperDir;
  let queue = Promise.resolve();
  const missingService = () => {
    const v2 = !!env.ACTIONS_CACHE_SERVICE_V2 && isGhesServer(env.GITHUB_SERVER_URL || "https://github.com") === false;
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    if (!url)
      return `no cache service in this run (${v2 ? "ACTIONS_RESULTS_URL" : "ACTIONS_CACHE_URL"} is not set)`;
    if (!env.ACTIONS_RUNTIME_TOKEN) return "no cache service in this run (ACTIONS_RUNTIME_TOKEN is not set)";
    return void 0;
  };
  const wrapper = () => wrapperDir ??= (async () => {
    if (process.platform !== "linux") return void 0;
    const realTar = await onPath("tar", env);
    if (!realTar) return void 0;
    const dir = await mkdtemp(path.join(tempDir, "cache-tar-"));
    await writeFile(path.join(dir, "tar"), tarWrapper(realTar, maxArchiveBytes, limits.maxEntryBytes), {
      mode: 493
    });
    return dir;
  })();
  const toolkit = (vars, cwd, fn) => {
    const run = async () => {
      client ??= opts.load ? await opts.load() : await import("./cache-IGS5FIIQ.js");
      const cache = client;
      const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
      const savedCwd = process.cwd();
      const write = process.stdout.write;
      const failures = [];
      process.stdout.write = function(chunk, ...rest) {
        const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : "";
        const line = text.length <= 65536 ? TOOLKIT_FAILURE.exec(text.replace(/\r?\n$/, "")) : null;
        if (line?.[1]) {
          failures.push(oneLine(unescapeCommandData(line[1]), 400));
          const callback = rest.find((r) => typeof r === "function");
          callback?.();
          return true;
        }
        return write.call(process.stdout, chunk, ...rest);
      };
      try {
        Object.assign(process.env, vars);
        if (cwd) process.chdir(cwd);
        return { value: await fn(cache), failures };
      } finally {
        process.stdout.write = write;
        if (cwd) process.chdir(savedCwd);
        for (const [k, v] of Object.entries(saved)) {
          if (v === void 0) delete process.env[k];
          else process.env[k] = v;
        }
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => void 0);
    return result;
  };
  const restoreFailure = (line) => {
    const tar = /The process '[^']*[/\\]tar' failed with exit code (\d+)/.exec(line);
    if (tar?.[1] === String(WRAPPER_TOO_LARGE)) {
      return `the cache archive is over the limit of ${maxArchiveBytes} bytes`;
    }
    if (tar) {
      return `the cache archive could not be extracted safely (members outside its folder, links or a damaged archive): ${line}`;
    }
    return line;
  };
  return {
    savesInAuto: cacheSavesInAuto(opts.context),
    gatesWhenSaving: gatesWhenSaving(opts.context),
    async find(kind, candidates, file) {
      const keys = [...new Set((await candidates()).map((sha) => baselineArtifactName(kind, sha)))];
      const missing = missingService();
      if (missing) throw new BaselineUnavailableError(`baseline lookup failed: ${missing}`);
      const prefix = baselineArtifactName(kind, "0".repeat(40)).slice(0, -40);
      const skipped = [];
      let remaining = keys;
      while (remaining.length > 0) {
        const batch = remaining.slice(0, KEYS_PER_LOOKUP);
        const dir = await mkdtemp(path.join(tempDir, "cache-restore-"));
        const tar = await wrapper();
        const vars = { GITHUB_WORKSPACE: dir, RUNNER_TEMP: tempDir };
        if (tar) vars.PATH = `${tar}${path.delimiter}${env.PATH ?? ""}`;
        const { value: matched, failures } = await toolkit(
          vars,
          void 0,
          (cache) => cache.restoreCache([ENTRY_DIR], batch[0], batch.slice(1))
        );
        if (failures.length > 0 || matched === void 0) {
          await rm(dir, { recursive: true, force: true });
          if (failures.length > 0) {
            throw new BaselineUnavailableError(
              `baseline lookup in the cache failed: ${restoreFailure(failures[0] ?? "")}`
            );
          }
          remaining = remaining.slice(batch.length);
          continue;
        }
        const index = keys.indexOf(matched);
        if (index < 0) {
          await rm(dir, { recursive: true, force: true });
          const by = batch.find((k) => matched.startsWith(k));
          skipped.push(
            `cache entry ${JSON.stringify(oneLine(matched, 200))}: matches ${by ?? "a key"} only as a prefix`
          );
          remaining = remaining.filter((k) => k !== (by ?? batch[0]));
          continue;
        }
        const sha = matched.slice(prefix.length);
        try {
          const top = await readdir(dir);
          if (top.length !== 1 || top[0] !== ENTRY_DIR) {
            throw new UserError(
              `expected only ${ENTRY_DIR}/, found ${top.slice(0, 5).join(", ") || "nothing"}`
            );
          }
          const { files, bytes } = await walkRestored(dir, limits);
          const main = path.join(dir, ENTRY_DIR, file);
          if (!(await lstat(main).catch(() => void 0))?.isFile())
            throw new UserError(`it holds no ${file}`);
          const note2 = `found at ${short(sha)}, ${plural(index, "commit")} behind`;
          log(
            "info",
            `baseline ${kind}: ${note2} (cache entry ${matched}, ${plural(files, "file")}, ${bytes} bytes)`
          );
          for (const reason of skipped) log("warning", `baseline ${kind}: skipped ${reason}`);
          return { found: true, path: main, sha, behind: index, note: note2 };
        } catch (error) {
          await rm(dir, { recursive: true, force: true });
          if (error instanceof UserError) {
            throw new BaselineUnavailableError(`cache entry ${matched} is unusable: ${error.message}`);
          }
          throw error;
        }
      }
      const note = keys.length === 0 ? "no base commit to look up" : `none within ${plural(keys.length, "first-parent commit")} of ${short(keys[0]?.slice(prefix.length) ?? "")} in the cache`;
      log("info", `baseline ${kind}: ${note}`);
      for (const reason of skipped) log("warning", `baseline ${kind}: skipped ${reason}`);
      return { found: false, note };
    },
    async save(kind, sha, dir, _file, _retentionDays) {
      if (!trusted) {
        throw new UserError(
          `a baseline is saved only by ${TRUSTED_BASELINE_EVENTS.join(", ")} runs on the default branch, not by this ${context.eventName} run`
        );
      }
      const key = baselineArtifactName(kind, sha);
      const missing = missingService();
      if (missing) throw new UserError(`cannot save the baseline to the cache: ${missing}`);
      const info = await lstat(dir).catch(() => void 0);
      if (!info?.isDirectory()) throw new UserError(`cannot save baseline: ${dir} is not a directory`);
      const stage = await mkdtemp(path.join(tempDir, "cache-save-"));
      try {
        const target = path.join(stage, ENTRY_DIR);
        await mkdir(target);
        await cp(dir, target, { recursive: true, verbatimSymlinks: true });
        const { files, bytes } = await walkRestored(target, limits).catch((e) => {
          throw e instanceof UserError ? new UserError(`cannot save baseline: ${e.message}`) : e;
        });
        if (files === 0) throw new UserError(`cannot save baseline: ${dir} contains no files`);
        const { value: id, failures } = await toolkit(
          { GITHUB_WORKSPACE: stage, RUNNER_TEMP: tempDir },
          stage,
          (cache) => cache.saveCache([ENTRY_DIR], key)
        );
        const failure = failures[0];
        if (failure !== void 0 || id === -1) {
          const text = failure ?? "the cache service returned no entry id";
          if (/another job may be creating this cache|Cache already exists|\(409\)/.test(text)) {
            throw new UserError(
              `cache entry ${key} already exists (cache entries are immutable; the first one stands)`
            );
          }
          throw new UserError(`saving cache entry ${key} failed: ${text}`);
        }
        log("info", `saved baseline ${key} (cache entry ${id}, ${plural(files, "file")}, ${bytes} bytes)`);
        return `cache entry ${key}`;
      } finally {
        await rm(stage, { recursive: true, force: true });
      }
    }
  };
}
export {
  DEFAULT_MAX_CACHE_ARCHIVE_BYTES,
  createCacheBaselineStore
};
//# sourceMappingURL=cache-baseline-store-II5Y4H4A.js.map
