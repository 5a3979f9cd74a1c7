import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  k6FromPath,
  k6Version
} from "./chunk-YCVG2MKY.js";
import {
  K6_DEFAULT_VERSION,
  normalizeK6Version
} from "./chunk-NZ6ZX6RP.js";
import {
  transportFetch
} from "./chunk-YXQKJTP4.js";
import "./chunk-TXHEUA3E.js";
import "./chunk-HX5UPTZB.js";
import {
  UserError,
  oneLine
} from "./chunk-XW4BQXO4.js";
import "./chunk-GQ6HKKYI.js";
import "./chunk-Y2PPTHBY.js";
import "./chunk-7HUOYEXQ.js";

// src/perf/k6-setup.ts
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { chmod, copyFile, lstat, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import path from "node:path";
var K6_DEFAULT_DOWNLOAD_URL = "https://github.com/grafana/k6/releases/download";
var DEFAULT_K6_LIMITS = {
  maxArchiveBytes: 256 * 1024 * 1024,
  maxChecksumsBytes: 64 * 1024,
  requestTimeoutMs: 5 * 6e4,
  maxRedirects: 5,
  attempts: 3,
  retryDelayMs: 2e3,
  versionTimeoutMs: 3e4
};
function k6Asset(version, platform, arch) {
  const os = platform === "linux" ? "linux" : platform === "darwin" ? "macos" : platform === "win32" ? "windows" : void 0;
  const k6Arch = arch === "x64" ? "amd64" : arch === "arm64" ? "arm64" : void 0;
  if (!os || !k6Arch || os === "windows" && k6Arch === "arm64") {
    throw new UserError(
      `k6 publishes no release binary for ${platform}/${arch} (there are linux and macOS amd64/arm64, windows amd64): install k6 and pass k6-path`
    );
  }
  const stem = `k6-v${version}-${os}-${k6Arch}`;
  const format = os === "linux" ? "tar.gz" : "zip";
  return {
    version,
    os,
    arch: k6Arch,
    nodeArch: arch,
    stem,
    archive: `${stem}.${format}`,
    format,
    binary: os === "windows" ? "k6.exe" : "k6",
    checksums: `k6-v${version}-checksums.txt`
  };
}
function checksumFor(text, name, label) {
  const lines = text.split("\n");
  if (lines.length > 1e4) throw new UserError(`${label}: more than 10000 lines`);
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (m?.[2] === name) return m[1].toLowerCase();
  }
  throw new UserError(`${label} lists no SHA-256 for ${name}`);
}
function k6CacheKey(asset) {
  return `quality-gates-k6-v${asset.version}-${asset.os}-${asset.arch}`;
}
var toolkitQueue = Promise.resolve();
function withProcessState(vars, cwd, fn) {
  const run = async () => {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    const savedCwd = process.cwd();
    try {
      Object.assign(process.env, vars);
      if (cwd) process.chdir(cwd);
      return await fn();
    } finally {
      if (cwd) process.chdir(savedCwd);
      for (const [k, v] of Object.entries(saved)) {
        if (v === void 0) delete process.env[k];
        else process.env[k] = v;
      }
    }
  };
  const result = toolkitQueue.then(run, run);
  toolkitQueue = result.catch(() => void 0);
  return result;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var HttpStatusError = class extends Error {
  constructor(status, url) {
    super(`${url} answered HTTP ${status}`);
    this.status = status;
    this.url = url;
  }
  status;
  url;
};
var RETRYABLE = (e) => e instanceof HttpStatusError ? e.status >= 500 || e.status === 408 || e.status === 429 : !(e instanceof UserError);
function shown(url) {
  try {
    const u = new URL(url);
    return oneLine(`${u.origin}${u.pathname}`, 300);
  } catch {
    return oneLine(url, 300);
  }
}
async function getOnce(url, maxBytes, limits, sink) {
  const signal = AbortSignal.timeout(limits.requestTimeoutMs);
  const fetchVia = transportFetch(process.env);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchVia(current, {
        redirect: "manual",
        signal,
        headers: { "user-agent": "quality-gates-k6-setup", accept: "application/octet-stream" }
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        if (!location)
          throw new UserError(`${shown(current)} redirected (HTTP ${response.status}) without a Location`);
        if (hop >= limits.maxRedirects) {
          throw new UserError(`${shown(url)}: more than ${limits.maxRedirects} redirects, stopped`);
        }
        const next = new URL(location, current);
        if (next.protocol !== "https:" && next.protocol !== "http:") {
          throw new UserError(`${shown(current)} redirected to a ${next.protocol} URL, refused`);
        }
        if (new URL(current).protocol === "https:" && next.protocol !== "https:") {
          throw new UserError(`${shown(current)} redirected from https to http, refused`);
        }
        current = next.href;
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new HttpStatusError(response.status, shown(current));
      }
      const declared = Number(response.headers.get("content-length") ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw new UserError(`${shown(url)} is ${declared} bytes, over the limit of ${maxBytes}`);
      }
      if (!response.body) return;
      let got = 0;
      for await (const chunk of response.body) {
        got += chunk.length;
        if (got > maxBytes)
          throw new UserError(`${shown(url)} is over the limit of ${maxBytes} bytes, stopped`);
        await sink(chunk);
      }
      if (Number.isFinite(declared) && got !== declared) {
        throw new Error(`${shown(url)}: the connection closed after ${got} of ${declared} bytes`);
      }
      return;
    }
  } catch (e) {
    if (signal.aborted) {
      throw new UserError(
        `${shown(url)}: no complete answer within ${Math.round(limits.requestTimeoutMs / 1e3)} s`
      );
    }
    throw e;
  }
}
async function get(url, maxBytes, limits, reset, sink, log) {
  const attempts = Math.max(1, Math.min(10, Math.floor(limits.attempts)));
  for (let attempt = 1; ; attempt++) {
    await reset();
    try {
      return await getOnce(url, maxBytes, limits, sink);
    } catch (e) {
      if (attempt >= attempts || !RETRYABLE(e)) {
        if (e instanceof HttpStatusError) throw e;
        if (e instanceof UserError) throw e;
        throw new UserError(`downloading ${shown(url)} failed: ${e.message}`);
      }
      const wait = limits.retryDelayMs * 2 ** (attempt - 1);
      log(
        "warning",
        `k6 setup: ${shown(url)}: ${e.message}; attempt ${attempt + 1} of ${attempts} in ${wait} ms`
      );
      await sleep(wait);
    }
  }
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
function cacheUnavailable(env) {
  if (!(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) return "no cache service in this run";
  if (!env.ACTIONS_RUNTIME_TOKEN) return "no ACTIONS_RUNTIME_TOKEN in this run";
  return void 0;
}
function cacheVars(env, workspace, tempDir) {
  const vars = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tempDir };
  for (const name of [
    "ACTIONS_CACHE_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_CACHE_SERVICE_V2",
    "GITHUB_SERVER_URL"
  ]) {
    const value = env[name];
    if (value !== void 0) vars[name] = value;
  }
  return vars;
}
var CACHE_DIR = "quality-gates-k6";
async function ensureK6(opts) {
  const limits = { ...DEFAULT_K6_LIMITS, ...opts.limits };
  const { log } = opts;
  if (opts.k6Path !== void 0 && opts.k6Path.trim() !== "")
    return k6FromPath(opts.k6Path.trim(), limits.versionTimeoutMs, log);
  const version = normalizeK6Version(opts.version ?? K6_DEFAULT_VERSION);
  const asset = k6Asset(version, opts.platform ?? process.platform, opts.arch ?? process.arch);
  const env = opts.env ?? process.env;
  const toolCacheDir = path.resolve(opts.toolCache);
  const tcVars = { RUNNER_TOOL_CACHE: toolCacheDir, RUNNER_TEMP: path.resolve(opts.tempDir) };
  let toolCache;
  const tc = async () => toolCache ??= opts.load?.toolCache ? await opts.load.toolCache() : await import("./tool-cache-MOONASF7.js");
  const tcModule = await tc();
  const cachedDir = await withProcessState(
    tcVars,
    void 0,
    async () => tcModule.find("k6", version, asset.nodeArch)
  );
  if (cachedDir) {
    const binary = path.join(cachedDir, asset.binary);
    if ((await lstat(binary).catch(() => void 0))?.isFile()) {
      log("info", `k6 ${version} from the tool cache (${cachedDir})`);
      return { path: binary, version, source: "tool-cache" };
    }
    log("warning", `k6 setup: the tool cache entry ${cachedDir} holds no ${asset.binary}; installing again`);
  }
  const base = (opts.downloadUrl ?? K6_DEFAULT_DOWNLOAD_URL).replace(/\/+$/, "");
  let parsedBase;
  try {
    parsedBase = new URL(base);
  } catch {
    throw new UserError(`k6 download URL ${JSON.stringify(oneLine(base, 120))} is not a URL`);
  }
  if (parsedBase.protocol !== "https:" && parsedBase.protocol !== "http:") {
    throw new UserError(`k6 download URL ${shown(base)} must be http(s)`);
  }
  const releaseUrl = (name) => `${base}/v${version}/${encodeURIComponent(name)}`;
  const work = await mkdtemp(path.join(path.resolve(opts.tempDir), "k6-setup-"));
  try {
    const chunks = [];
    try {
      await get(
        releaseUrl(asset.checksums),
        limits.maxChecksumsBytes,
        limits,
        () => void chunks.splice(0),
        (chunk) => void chunks.push(Buffer.from(chunk)),
        log
      );
    } catch (e) {
      if (e instanceof HttpStatusError && e.status === 404) {
        throw new UserError(`k6 ${version}: no such release (${e.url} answered 404)`);
      }
      if (e instanceof HttpStatusError) throw new UserError(`k6 ${version}: ${e.message}`);
      throw e;
    }
    const expected = checksumFor(Buffer.concat(chunks).toString("utf8"), asset.archive, asset.checksums);
    const archive = path.join(work, CACHE_DIR, asset.archive);
    await mkdir(path.dirname(archive), { recursive: true });
    const useCache = opts.cache ?? true;
    const whyNoCache = useCache ? cacheUnavailable(env) : "off";
    let cacheModule;
    const cache = async () => cacheModule ??= opts.load?.cache ? await opts.load.cache() : await import("./cache-IGS5FIIQ.js");
    const key = k6CacheKey(asset);
    let source = "download";
    if (whyNoCache === void 0) {
      const restoreDir = await mkdtemp(path.join(work, "restore-"));
      const cacheMod = await cache();
      const hit = await withProcessState(
        cacheVars(env, restoreDir, path.resolve(opts.tempDir)),
        restoreDir,
        () => cacheMod.restoreCache([CACHE_DIR], key).catch((e) => {
          log("warning", `k6 setup: restoring cache entry ${key} failed: ${oneLine(String(e), 300)}`);
          return void 0;
        })
      );
      const restored = path.join(restoreDir, CACHE_DIR, asset.archive);
      if (hit === key && (await lstat(restored).catch(() => void 0))?.isFile()) {
        const actual = await sha256File(restored);
        if (actual === expected) {
          await copyFile(restored, archive);
          source = "actions-cache";
          log("info", `k6 ${version}: archive restored from cache entry ${key}, SHA-256 verified`);
        } else {
          log(
            "warning",
            `k6 setup: cache entry ${key} holds an archive whose SHA-256 ${actual} is not the release's ${expected}; ignored, downloading`
          );
        }
      } else if (hit !== void 0) {
        log(
          "warning",
          `k6 setup: cache entry ${oneLine(hit, 200)} does not hold ${asset.archive}; downloading`
        );
      }
      await rm(restoreDir, { recursive: true, force: true });
    }
    if (source === "download") {
      const url = releaseUrl(asset.archive);
      let hash = createHash("sha256");
      let out;
      const close = () => new Promise((resolve, reject) => {
        if (!out) return resolve();
        const o = out;
        out = void 0;
        o.end((error) => error ? reject(error) : resolve());
      });
      try {
        await get(
          url,
          limits.maxArchiveBytes,
          limits,
          async () => {
            await close();
            hash = createHash("sha256");
            out = createWriteStream(archive);
          },
          (chunk) => {
            hash.update(chunk);
            const o = out;
            if (!o) return;
            if (!o.write(chunk)) return new Promise((resolve) => o.once("drain", () => resolve()));
          },
          log
        );
        await close();
      } catch (e) {
        await close().catch(() => void 0);
        if (e instanceof HttpStatusError && e.status === 404) {
          throw new UserError(`k6 ${version}: the release has no ${asset.archive} (${e.url} answered 404)`);
        }
        if (e instanceof HttpStatusError) throw new UserError(`k6 ${version}: ${e.message}`);
        throw e;
      }
      const actual = hash.digest("hex");
      if (actual !== expected) {
        throw new UserError(
          `k6 ${version}: ${asset.archive} has SHA-256 ${actual}, but ${asset.checksums} says ${expected}; refused, nothing installed`
        );
      }
      log("info", `k6 ${version}: downloaded ${shown(url)}, SHA-256 verified`);
    }
    const extracted = path.join(work, "extract");
    await mkdir(extracted);
    await withProcessState(
      tcVars,
      void 0,
      async () => asset.format === "tar.gz" ? tcModule.extractTar(archive, extracted) : tcModule.extractZip(archive, extracted)
    ).catch((e) => {
      throw new UserError(`k6 ${version}: extracting ${asset.archive} failed: ${oneLine(String(e), 300)}`);
    });
    const top = await readdir(extracted);
    const folder = path.join(extracted, asset.stem);
    const binaryInFolder = path.join(folder, asset.binary);
    if (top.length !== 1 || top[0] !== asset.stem || !(await lstat(binaryInFolder).catch(() => void 0))?.isFile()) {
      throw new UserError(
        `k6 ${version}: ${asset.archive} does not hold ${asset.stem}/${asset.binary} (found ${top.slice(0, 5).join(", ") || "nothing"})`
      );
    }
    if (asset.os !== "windows") await chmod(binaryInFolder, 493);
    const installed = await withProcessState(
      tcVars,
      void 0,
      () => tcModule.cacheDir(folder, "k6", version, asset.nodeArch)
    );
    const binary = path.join(installed, asset.binary);
    log("info", `k6 ${version} installed in the tool cache (${installed})`);
    if (source === "download" && whyNoCache === void 0) {
      const cacheMod = await cache();
      const id = await withProcessState(
        cacheVars(env, work, path.resolve(opts.tempDir)),
        work,
        () => cacheMod.saveCache([CACHE_DIR], key).catch((e) => {
          log("warning", `k6 setup: saving cache entry ${key} failed: ${oneLine(String(e), 300)}`);
          return void 0;
        })
      );
      if (typeof id === "number" && id !== -1)
        log("info", `k6 ${version}: archive saved as cache entry ${key}`);
      else if (id === -1)
        log("warning", `k6 setup: cache entry ${key} was not saved (see the cache toolkit's message)`);
    } else if (source === "download" && useCache) {
      log("info", `k6 ${version}: not kept in the Actions cache (${whyNoCache})`);
    }
    return { path: binary, version, source };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
export {
  DEFAULT_K6_LIMITS,
  K6_DEFAULT_DOWNLOAD_URL,
  K6_DEFAULT_VERSION,
  checksumFor,
  ensureK6,
  k6Asset,
  k6CacheKey,
  k6Version,
  normalizeK6Version
};
//# sourceMappingURL=k6-setup-625GWSER.js.map
