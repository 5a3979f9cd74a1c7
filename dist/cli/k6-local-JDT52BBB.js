import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  normalizeK6Version
} from "./chunk-2ESKVKL4.js";
import {
  UserError,
  oneLine
} from "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";

// src/perf/k6-local.ts
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, lstat } from "node:fs/promises";
import path from "node:path";
var isExecutable = (file) => access(file, process.platform === "win32" ? constants.F_OK : constants.X_OK).then(
  () => true,
  () => false
);
async function k6Version(k6, timeoutMs) {
  const output = await new Promise((resolve, reject) => {
    execFile(
      k6,
      ["version"],
      { timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 64 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed ? `did not finish within ${Math.round(timeoutMs / 1e3)} s` : typeof error.code === "number" ? `exited with code ${error.code}${stderr ? `: ${oneLine(String(stderr), 200)}` : ""}` : oneLine(error.message, 200);
          reject(new UserError(`k6 at ${k6}: \`k6 version\` ${why}`));
          return;
        }
        resolve(String(stdout));
      }
    );
  });
  const m = /\bk6 v?(\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z.-]{1,40})?)/.exec(output.slice(0, 4096));
  if (!m?.[1]) {
    throw new UserError(
      `${k6}: \`k6 version\` printed no k6 version (${JSON.stringify(oneLine(output, 120))})`
    );
  }
  return m[1];
}
async function k6FromPath(k6Path, versionTimeoutMs, log) {
  const full = path.resolve(k6Path);
  const info = await lstat(full).catch(() => void 0);
  if (!info) throw new UserError(`k6-path ${k6Path}: no such file`);
  if (info.isDirectory()) throw new UserError(`k6-path ${k6Path} is a directory, not the k6 executable`);
  if (!await isExecutable(full)) throw new UserError(`k6-path ${k6Path} is not executable`);
  const version = await k6Version(full, versionTimeoutMs);
  log("info", `k6 ${version} from k6-path ${full}`);
  return { path: full, version, source: "k6-path" };
}
async function installedK6(opts) {
  const wanted = normalizeK6Version(opts.version);
  const timeout = opts.versionTimeoutMs ?? 3e4;
  let k6;
  if (opts.k6Path !== void 0 && opts.k6Path.trim() !== "") {
    k6 = await k6FromPath(opts.k6Path.trim(), timeout, opts.log);
  } else {
    const version = await k6Version("k6", timeout).catch((e) => {
      if (e instanceof UserError && /ENOENT/.test(e.message))
        throw new UserError(
          "k6 is not installed here (no k6 on the PATH): install it or give k6-path; the action downloads the pinned release"
        );
      throw e;
    });
    k6 = { path: "k6", version, source: "path" };
    opts.log("info", `k6 ${version} from the PATH`);
  }
  if (k6.version !== wanted)
    opts.log("warning", `k6 ${k6.version} is installed, not k6-version ${wanted}; running it`);
  return k6;
}
export {
  installedK6,
  k6FromPath,
  k6Version
};
//# sourceMappingURL=k6-local-JDT52BBB.js.map
