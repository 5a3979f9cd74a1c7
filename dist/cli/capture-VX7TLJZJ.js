import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  CAPTURE_META_FILE,
  CAPTURE_META_SCHEMA,
  currentOs,
  systemFonts
} from "./chunk-3SDTCR4C.js";
import {
  UserError,
  describeError,
  oneLine
} from "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";

// src/visual/capture.ts
import { createHash } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import { access, mkdir, readdir, stat as stat3, writeFile } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

// src/visual/stabilise.ts
var STABILISE_CSS = `*, *::before, *::after {
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  transition-property: none !important;
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  caret-color: transparent !important;
  scroll-behavior: auto !important;
}`;
var PAUSES_MS = [0, 100, 250, 500, 1e3];
function remaining(deadline) {
  return Math.max(1, deadline - Date.now());
}
async function settleInPage(budget) {
  const g = globalThis;
  const doc = g.document;
  const notes = [];
  const bounded = (work, label2) => new Promise((resolve) => {
    const timer = setTimeout(() => {
      notes.push(`${label2} not settled in time`);
      resolve();
    }, budget);
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      }
    );
  });
  if (doc.fonts?.ready) await bounded(doc.fonts.ready, "fonts");
  const images = Array.from(doc.images ?? []);
  await bounded(
    Promise.all(images.map((img) => img.decode ? img.decode().catch(() => void 0) : void 0)),
    "images"
  );
  if (typeof doc.getAnimations === "function") {
    for (const animation of doc.getAnimations()) {
      try {
        const end = animation.effect?.getComputedTiming?.().endTime;
        if (typeof end === "number" && Number.isFinite(end)) animation.finish();
        else animation.cancel();
      } catch {
        animation.cancel();
      }
    }
  }
  await new Promise((resolve) => g.requestAnimationFrame(() => g.requestAnimationFrame(resolve)));
  return notes;
}
function storybookStateInPage() {
  const body = globalThis.document?.body;
  if (!body) return "preparing";
  const classes = body.classList;
  if (classes.contains("sb-show-errordisplay")) return "error";
  if (classes.contains("sb-show-preparing-story") || classes.contains("sb-show-preparing-docs"))
    return "preparing";
  return "ready";
}
async function settlePage(page, deadline, storybook) {
  const notes = [];
  await page.addStyleTag({ content: STABILISE_CSS });
  if (storybook) {
    try {
      await page.waitForFunction(storybookStateInPage, void 0, {
        timeout: Math.min(remaining(deadline), 3e4),
        polling: 50
      });
      const state = await page.evaluate(storybookStateInPage);
      if (state === "error") {
        const text = await page.evaluate(() => {
          const el = globalThis.document.querySelector("#error-message, .sb-errordisplay");
          return String(el?.textContent ?? "");
        }).catch(() => "");
        return {
          notes,
          renderError: `the story failed to render${text ? `: ${text.trim().slice(0, 200)}` : ""}`
        };
      }
    } catch {
      notes.push("story still preparing");
    }
  }
  try {
    await page.waitForLoadState("networkidle", { timeout: Math.min(remaining(deadline), 1e4) });
  } catch {
    notes.push("network never idle");
  }
  const budget = Math.min(remaining(deadline), 1e4);
  notes.push(...await page.evaluate(settleInPage, budget));
  return { notes };
}
async function stableScreenshot(page, options) {
  const maxAttempts = Math.max(2, Math.floor(options.maxAttempts));
  const locators = options.masks.map((selector) => page.locator(selector));
  let previous;
  let masked = 0;
  let taken = 0;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const pause = PAUSES_MS[Math.min(attempt - 1, PAUSES_MS.length - 1)] ?? 0;
    if (previous && Date.now() + pause >= options.deadline) break;
    if (pause > 0) await page.waitForTimeout(pause);
    masked = 0;
    for (const locator of locators) masked += await locator.count();
    const png = await page.screenshot({
      animations: "disabled",
      caret: "hide",
      fullPage: options.fullPage,
      mask: locators,
      maskColor: options.maskColor,
      scale: "device",
      timeout: remaining(options.deadline)
    });
    taken++;
    if (previous?.equals(png)) return { png, stable: true, attempts: taken, masked };
    previous = png;
  }
  if (!previous) throw new Error("no screenshot taken");
  return { png: previous, stable: false, attempts: taken, masked };
}

// src/visual/static-server.ts
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
var CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".mp4": "video/mp4",
  ".webm": "video/webm"
};
var MAX_URL_LENGTH = 4096;
var DEFAULT_IDLE_MS = 5 * 6e4;
function requestPath(rawUrl) {
  if (rawUrl.length > MAX_URL_LENGTH) return { refused: "URL too long" };
  const pathPart = rawUrl.split(/[?#]/, 1)[0] ?? "";
  if (!pathPart.startsWith("/")) return { refused: "not an absolute path" };
  if (/%2f|%5c|%00/i.test(pathPart)) return { refused: "encoded separator" };
  let decoded;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return { refused: "bad percent-encoding" };
  }
  if (decoded.includes("\\") || decoded.includes("\0")) return { refused: "backslash or NUL" };
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === ".." || s === ".")) return { refused: "dot segment" };
  const rel = segments.join("/");
  return {
    path: rel === "" || decoded.endsWith("/") ? rel === "" ? "index.html" : `${rel}/index.html` : rel
  };
}
async function serveStatic(root, options = {}) {
  let rootReal;
  try {
    rootReal = await realpath(root);
    if (!(await stat(rootReal)).isDirectory()) throw new Error("not a folder");
  } catch {
    throw new UserError(`storybook: ${root} is not a readable folder`);
  }
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  let count = 0;
  let closed = false;
  let idleTimer;
  const send = (res, code, text) => {
    res.writeHead(code, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end(text);
  };
  const handle = async (req, res) => {
    count++;
    armIdle();
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed");
    const wanted = requestPath(req.url ?? "");
    if ("refused" in wanted) {
      options.log?.(
        `static server: refused ${JSON.stringify((req.url ?? "").slice(0, 200))}: ${wanted.refused}`
      );
      return send(res, 400, "bad path");
    }
    let file;
    try {
      file = await realpath(path.join(rootReal, ...wanted.path.split("/")));
    } catch {
      return send(res, 404, "not found");
    }
    const inside = path.relative(rootReal, file);
    if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) {
      options.log?.(`static server: refused ${JSON.stringify(wanted.path)}: outside the served folder`);
      return send(res, 403, "forbidden");
    }
    const info = await stat(file).catch(() => void 0);
    if (!info?.isFile()) return send(res, 404, "not found");
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": String(info.size),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff"
    });
    if (req.method === "HEAD") return void res.end();
    const stream = createReadStream(file);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "error");
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 2e3;
  server.headersTimeout = 1e4;
  server.requestTimeout = 3e4;
  const close = () => {
    if (closed) return Promise.resolve();
    closed = true;
    if (idleTimer) clearTimeout(idleTimer);
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };
  function armIdle() {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      options.log?.(`static server: closed after ${idleMs} ms without a request`);
      void close();
    }, idleMs);
    idleTimer.unref();
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.unref();
  armIdle();
  const port = server.address().port;
  return { origin: `http://127.0.0.1:${port}`, port, requests: () => count, close };
}

// src/visual/storybook.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
var DEFAULT_STORYBOOK_LIMITS = {
  maxIndexBytes: 32 * 1024 * 1024,
  maxEntries: 2e4,
  maxIdLength: 400
};
var MAX_LABEL = 300;
function label(value) {
  return typeof value === "string" ? value.slice(0, MAX_LABEL) : "";
}
function parseStorybookIndex(text, where = "index.json", limits = DEFAULT_STORYBOOK_LIMITS) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`storybook: ${where} is not JSON`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new UserError(`storybook: ${where} is not a Storybook index (not an object)`);
  }
  const index = data;
  if ("stories" in index && !("entries" in index)) {
    throw new UserError(
      `storybook: ${where} is a Storybook 6 stories.json; build with Storybook 7 or later (index.json with "entries")`
    );
  }
  const v = index.v;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 4) {
    throw new UserError(
      `storybook: ${where} has no supported format version ("v" ${JSON.stringify(v ?? null).slice(0, 40)}; Storybook 7+ writes 4 or more)`
    );
  }
  const entries = index.entries;
  if (entries === null || typeof entries !== "object" || Array.isArray(entries)) {
    throw new UserError(`storybook: ${where} has no "entries" object`);
  }
  const keys = Object.keys(entries);
  if (keys.length > limits.maxEntries) {
    throw new UserError(
      `storybook: ${where} has ${keys.length} entries, more than the limit of ${limits.maxEntries}`
    );
  }
  const stories = [];
  const seen = /* @__PURE__ */ new Set();
  for (const key of keys) {
    const entry = entries[key];
    if (entry === null || typeof entry !== "object") {
      throw new UserError(`storybook: ${where}: entry ${JSON.stringify(key.slice(0, 80))} is not an object`);
    }
    const e = entry;
    if (e.type !== "story") {
      if (e.type === "docs") continue;
      throw new UserError(
        `storybook: ${where}: entry ${JSON.stringify(key.slice(0, 80))} has type ${JSON.stringify(e.type ?? null).slice(0, 40)}, expected "story" or "docs"`
      );
    }
    const id = e.id;
    if (typeof id !== "string" || id.length === 0 || id.length > limits.maxIdLength) {
      throw new UserError(
        `storybook: ${where}: entry ${JSON.stringify(key.slice(0, 80))} has no id of 1 to ${limits.maxIdLength} characters`
      );
    }
    if (seen.has(id))
      throw new UserError(`storybook: ${where}: story id ${JSON.stringify(id.slice(0, 80))} twice`);
    seen.add(id);
    stories.push({ id, title: label(e.title), name: label(e.name) });
  }
  return stories;
}
async function readStorybook(dir, limits = DEFAULT_STORYBOOK_LIMITS) {
  const file = path2.join(dir, "index.json");
  const info = await stat2(file).catch(() => void 0);
  if (!info?.isFile()) {
    throw new UserError(
      `storybook: ${file} not found; point capture at a built storybook-static folder (Storybook 7+)`
    );
  }
  if (info.size > limits.maxIndexBytes) {
    throw new UserError(
      `storybook: ${file} is ${info.size} bytes, more than the limit of ${limits.maxIndexBytes}`
    );
  }
  const iframe = await stat2(path2.join(dir, "iframe.html")).catch(() => void 0);
  if (!iframe?.isFile()) throw new UserError(`storybook: ${path2.join(dir, "iframe.html")} not found`);
  return parseStorybookIndex(await readFile(file, "utf8"), file, limits);
}
function storyUrl(origin, id) {
  return `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
}

// src/visual/capture.ts
var CAPTURE_LIMITS = {
  maxViewports: 20,
  maxUrls: 5e3,
  maxShots: 5e4,
  maxMasks: 50,
  maxDimension: 8192,
  maxConcurrency: 16,
  maxTimeoutMs: 10 * 6e4,
  maxAttempts: 20
};
var VIEWPORT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
var SAFE_NAME_LENGTH = 80;
var RESERVED = /^(meta\.json|con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
function safeName(raw) {
  let clean = raw.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  if (clean.length > SAFE_NAME_LENGTH) clean = clean.slice(0, SAFE_NAME_LENGTH);
  if (clean === raw && !RESERVED.test(raw) && !raw.endsWith(".")) return raw;
  return `${clean.replace(/\.+$/, "") || "x"}-${createHash("sha256").update(raw).digest("hex").slice(0, 12)}`;
}
function assignFolders(names) {
  const folders = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const raw of names) {
    if (folders.has(raw))
      throw new UserError(`capture: the name ${JSON.stringify(raw.slice(0, 80))} is given twice`);
    let folder = safeName(raw);
    if (taken.has(folder.toLowerCase())) {
      folder = `${folder.slice(0, SAFE_NAME_LENGTH)}-${createHash("sha256").update(raw).digest("hex")}`;
      if (taken.has(folder.toLowerCase())) {
        throw new UserError(`capture: no distinct file name for ${JSON.stringify(raw.slice(0, 80))}`);
      }
    }
    taken.add(folder.toLowerCase());
    folders.set(raw, folder);
  }
  return folders;
}
function isLoopbackHost(hostname) {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
function hostAllowed(hostname, allowed) {
  return isLoopbackHost(hostname) || allowed.has(hostname.toLowerCase());
}
function checkUrl(target, allowed) {
  let url;
  try {
    url = new URL(target.url);
  } catch {
    throw new UserError(
      `capture: ${JSON.stringify(target.name.slice(0, 80))}: ${JSON.stringify(target.url.slice(0, 200))} is not a URL`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(
      `capture: ${JSON.stringify(target.name.slice(0, 80))}: only http and https URLs, not ${url.protocol}`
    );
  }
  if (url.username || url.password) {
    throw new UserError(`capture: ${JSON.stringify(target.name.slice(0, 80))}: no credentials in URLs`);
  }
  if (!hostAllowed(url.hostname, allowed)) {
    throw new UserError(
      `capture: ${JSON.stringify(target.name.slice(0, 80))}: host ${url.hostname} is neither loopback nor in allowed-hosts`
    );
  }
  return url;
}
async function isExecutable(file) {
  try {
    if (!(await stat3(file)).isFile()) return false;
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}
var PATH_NAMES = ["google-chrome", "google-chrome-stable", "chromium", "chromium-browser"];
var KNOWN_PATHS = {
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium"
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"
  ]
};
async function findBrowser(browserPath, env) {
  if (browserPath) {
    if (!await isExecutable(browserPath)) {
      throw new UserError(`capture: browser-path ${browserPath} is not an executable file`);
    }
    return browserPath;
  }
  const candidates = [];
  if (env.CHROME_BIN) candidates.push(env.CHROME_BIN);
  const dirs = (env.PATH ?? "").split(path3.delimiter).filter((d) => d !== "").slice(0, 100);
  for (const name of PATH_NAMES) for (const dir of dirs) candidates.push(path3.join(dir, name));
  candidates.push(...KNOWN_PATHS[process.platform] ?? []);
  for (const candidate of candidates) if (await isExecutable(candidate)) return candidate;
  throw new UserError(
    "capture: no Chrome or Chromium found (looked at $CHROME_BIN, google-chrome and chromium on PATH); set browser-path"
  );
}
function checkOptions(o) {
  if (!Array.isArray(o.viewports) || o.viewports.length === 0 || o.viewports.length > CAPTURE_LIMITS.maxViewports) {
    throw new UserError(`capture: give 1 to ${CAPTURE_LIMITS.maxViewports} viewports`);
  }
  const names = /* @__PURE__ */ new Set();
  for (const v of o.viewports) {
    if (!VIEWPORT_NAME.test(v.name)) {
      throw new UserError(
        `capture: viewport name ${JSON.stringify(String(v.name).slice(0, 60))} must be 1 to 40 letters, digits, _ or -`
      );
    }
    if (names.has(v.name.toLowerCase())) throw new UserError(`capture: viewport ${v.name} is given twice`);
    names.add(v.name.toLowerCase());
    for (const [field, value] of [
      ["width", v.width],
      ["height", v.height]
    ]) {
      if (!Number.isInteger(value) || value < 1 || value > CAPTURE_LIMITS.maxDimension) {
        throw new UserError(
          `capture: viewport ${v.name}: ${field} must be an integer from 1 to ${CAPTURE_LIMITS.maxDimension}`
        );
      }
    }
  }
  if (!Array.isArray(o.colorSchemes) || o.colorSchemes.length === 0 || o.colorSchemes.some((s) => s !== "light" && s !== "dark") || new Set(o.colorSchemes).size !== o.colorSchemes.length) {
    throw new UserError("capture: color schemes must be light, dark or both, each once");
  }
  const masks = o.masks ?? [];
  if (masks.length > CAPTURE_LIMITS.maxMasks || masks.some((m) => typeof m !== "string" || m.trim() === "" || m.length > 500)) {
    throw new UserError(
      `capture: give at most ${CAPTURE_LIMITS.maxMasks} mask selectors, each 1 to 500 characters`
    );
  }
  const bounded = (value, name, min, max) => {
    if (value !== void 0 && (!Number.isInteger(value) || value < min || value > max)) {
      throw new UserError(`capture: ${name} must be an integer from ${min} to ${max}`);
    }
  };
  bounded(o.concurrency, "concurrency", 1, CAPTURE_LIMITS.maxConcurrency);
  bounded(o.timeoutMs, "timeout", 1e3, CAPTURE_LIMITS.maxTimeoutMs);
  bounded(o.maxAttempts, "attempts", 2, CAPTURE_LIMITS.maxAttempts);
  const dsf = o.deviceScaleFactor;
  if (dsf !== void 0 && (!Number.isFinite(dsf) || dsf < 0.25 || dsf > 4)) {
    throw new UserError("capture: device scale factor must be from 0.25 to 4");
  }
  if (o.maskColor !== void 0 && !/^#[0-9A-Fa-f]{6}$/.test(o.maskColor)) {
    throw new UserError("capture: mask colour must be #RRGGBB");
  }
}
async function prepareOutDir(outDir) {
  const entries = await readdir(outDir).catch((error) => {
    if (error.code === "ENOENT") return [];
    throw new UserError(`capture: output folder ${outDir} cannot be read (${error.code ?? "error"})`);
  });
  if (entries.length > 0) throw new UserError(`capture: output folder ${outDir} is not empty`);
  await mkdir(outDir, { recursive: true });
}
async function capture(options) {
  checkOptions(options);
  const log = options.log ?? (() => void 0);
  const allowed = new Set((options.allowedHosts ?? []).map((h) => h.trim().toLowerCase()).filter((h) => h !== ""));
  const masks = options.masks ?? [];
  const timeoutMs = options.timeoutMs ?? 3e4;
  const concurrency = options.concurrency ?? Math.min(4, os.availableParallelism());
  const dsf = options.deviceScaleFactor ?? 1;
  let targets;
  const storybookDir = "storybook" in options.source ? options.source.storybook : void 0;
  const storybook = storybookDir !== void 0;
  if (storybookDir !== void 0) {
    const stories = await readStorybook(storybookDir);
    targets = stories.map((s) => ({ name: s.id, url: "" }));
  } else {
    const urls = options.source.urls;
    if (!Array.isArray(urls) || urls.length === 0 || urls.length > CAPTURE_LIMITS.maxUrls) {
      throw new UserError(`capture: give 1 to ${CAPTURE_LIMITS.maxUrls} URLs`);
    }
    targets = urls.map((u) => {
      if (typeof u.name !== "string" || u.name === "" || u.name.length > 200) {
        throw new UserError("capture: every URL needs a name of 1 to 200 characters");
      }
      return { name: u.name, url: checkUrl(u, allowed).href };
    });
  }
  const total = targets.length * options.viewports.length * options.colorSchemes.length;
  if (total > CAPTURE_LIMITS.maxShots) {
    throw new UserError(
      `capture: ${total} screenshots asked for, more than the limit of ${CAPTURE_LIMITS.maxShots}`
    );
  }
  const folders = assignFolders(targets.map((t) => t.name));
  const executablePath = await findBrowser(options.browserPath, options.env ?? process.env);
  await prepareOutDir(options.outDir);
  let server;
  if (storybookDir !== void 0) {
    server = await serveStatic(storybookDir, { log });
    const origin = server.origin;
    targets = targets.map((t) => ({ name: t.name, url: storyUrl(origin, t.name) }));
    log(`capture: ${targets.length} stories from ${storybookDir}, served on ${origin}`);
  }
  try {
    const jobs = [];
    for (const t of targets) {
      for (const viewport of options.viewports) {
        for (const scheme of options.colorSchemes) {
          jobs.push({ target: t.name, url: t.url, folder: folders.get(t.name) ?? "", viewport, scheme });
        }
      }
    }
    const { chromium } = await import("../playwright-core/lib/index.mjs");
    let browser;
    try {
      browser = await chromium.launch({
        executablePath,
        headless: true,
        timeout: 6e4,
        args: [
          "--disable-gpu",
          "--force-color-profile=srgb",
          "--font-render-hinting=none",
          "--hide-scrollbars",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run"
        ]
      });
    } catch (error) {
      throw new UserError(`capture: ${executablePath} did not start: ${describeError(error).slice(0, 300)}`);
    }
    try {
      const version = browser.version();
      const [fonts, osInfo] = await Promise.all([systemFonts(), currentOs()]);
      log(
        `capture: ${path3.basename(executablePath)} ${version}, ${jobs.length} screenshots, ${concurrency} at once`
      );
      if (masks.length > 0) await checkMasks(browser, masks);
      const shots = new Array(jobs.length);
      let next = 0;
      const worker = async () => {
        while (next < jobs.length) {
          const index = next++;
          const job = jobs[index];
          shots[index] = await shoot(browser, job, {
            outDir: options.outDir,
            timeoutMs,
            masks,
            maskColor: options.maskColor ?? "#FF00FF",
            maxAttempts: options.maxAttempts ?? 5,
            dsf,
            fullPage: options.fullPage ?? false,
            storybook,
            allowed
          });
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
      const meta = {
        schema: CAPTURE_META_SCHEMA,
        browser: {
          name: path3.basename(executablePath).replace(/\.exe$/i, "").toLowerCase(),
          version
        },
        os: osInfo,
        fonts,
        deviceScaleFactor: dsf,
        viewports: options.viewports.map((v) => ({ name: v.name, width: v.width, height: v.height })),
        colorSchemes: [...options.colorSchemes],
        shots
      };
      await writeFile(path3.join(options.outDir, CAPTURE_META_FILE), `${JSON.stringify(meta, null, 2)}
`, {
        flag: "wx"
      });
      const count = (status) => shots.filter((s) => s.status === status).length;
      const result = {
        outDir: options.outDir,
        meta,
        files: shots.filter((s) => s.file !== "").map((s) => s.file),
        stable: count("stable"),
        unstable: count("unstable"),
        errors: count("error")
      };
      log(`capture: ${result.stable} stable, ${result.unstable} unstable, ${result.errors} failed`);
      return result;
    } finally {
      await browser.close().catch(() => void 0);
    }
  } finally {
    await server?.close();
  }
}
async function checkMasks(browser, masks) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent("<!doctype html><title>masks</title>");
    for (const selector of masks) {
      try {
        await page.locator(selector).count();
      } catch (error) {
        throw new UserError(
          `capture: mask ${JSON.stringify(selector.slice(0, 100))} is not a valid selector: ${describeError(error).split("\n")[0]?.slice(0, 200)}`
        );
      }
    }
  } finally {
    await context.close();
  }
}
async function shoot(browser, job, s) {
  const file = `${job.folder}/${job.viewport.name}-${job.scheme}.png`;
  const record = {
    target: job.target.slice(0, 500),
    file: "",
    viewport: job.viewport.name,
    colorScheme: job.scheme,
    status: "error",
    attempts: 0,
    masked: 0,
    notes: []
  };
  const deadline = Date.now() + s.timeoutMs;
  let context;
  let timer;
  let blocked = 0;
  let cancelled = false;
  const work = async () => {
    context = await browser.newContext({
      viewport: { width: job.viewport.width, height: job.viewport.height },
      deviceScaleFactor: s.dsf,
      colorScheme: job.scheme,
      reducedMotion: "reduce",
      forcedColors: "none",
      locale: "en-US",
      timezoneId: "UTC",
      serviceWorkers: "block"
    });
    await context.route("**/*", (route) => {
      let host = "";
      try {
        host = new URL(route.request().url()).hostname;
      } catch {
      }
      if (host && hostAllowed(host, s.allowed)) return route.continue();
      blocked++;
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.setDefaultTimeout(s.timeoutMs);
    const response = await page.goto(job.url, { waitUntil: "load", timeout: s.timeoutMs });
    if (response && response.status() >= 400) throw new UserError(`HTTP ${response.status()} from ${job.url}`);
    const settled = await settlePage(page, deadline, s.storybook);
    record.notes.push(...settled.notes);
    if (settled.renderError) throw new UserError(settled.renderError);
    const shot = await stableScreenshot(page, {
      deadline,
      masks: s.masks,
      maskColor: s.maskColor,
      maxAttempts: s.maxAttempts,
      fullPage: s.fullPage
    });
    if (cancelled) return;
    await mkdir(path3.join(s.outDir, job.folder), { recursive: true });
    await writeFile(path3.join(s.outDir, ...file.split("/")), shot.png, { flag: "wx" });
    record.file = file;
    record.status = shot.stable ? "stable" : "unstable";
    record.attempts = shot.attempts;
    record.masked = shot.masked;
    if (!shot.stable) record.notes.push(`never two identical screenshots in ${shot.attempts} attempts`);
  };
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new UserError(`timed out after ${s.timeoutMs} ms`)),
          s.timeoutMs + 5e3
        );
      })
    ]);
  } catch (error) {
    cancelled = true;
    record.status = "error";
    record.file = "";
    record.notes.push(oneLine(describeError(error).split("\n")[0] ?? "error", 300));
  } finally {
    if (timer) clearTimeout(timer);
    await context?.close().catch(() => void 0);
  }
  if (blocked > 0) record.notes.push(`${blocked} requests to hosts that are not allowed were blocked`);
  record.notes = record.notes.slice(0, 20);
  return record;
}
export {
  CAPTURE_LIMITS,
  assignFolders,
  capture,
  checkUrl,
  findBrowser,
  isLoopbackHost,
  safeName
};
//# sourceMappingURL=capture-VX7TLJZJ.js.map
