import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-KSCSTK54.js";

// src/visual/capture-meta.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import os from "node:os";
var CAPTURE_META_FILE = "meta.json";
var CAPTURE_META_SCHEMA = 1;
function environmentChanged(base, head) {
  const changes = [];
  const add = (what, b, h) => {
    if (b !== h) changes.push({ what, base: b, head: h });
  };
  add("browser", base.browser.name, head.browser.name);
  add("browser version", base.browser.version, head.browser.version);
  add("os", osLabel(base.os), osLabel(head.os));
  if (base.fonts.source === head.fonts.source && base.fonts.source !== "unavailable") {
    add(
      "fonts",
      `${base.fonts.count} fonts (${base.fonts.hash})`,
      `${head.fonts.count} fonts (${head.fonts.hash})`
    );
  }
  add("device scale factor", String(base.deviceScaleFactor), String(head.deviceScaleFactor));
  const headViewports = new Map(head.viewports.map((v) => [v.name, v]));
  for (const b of base.viewports) {
    const h = headViewports.get(b.name);
    if (h) add(`viewport ${b.name}`, `${b.width}\xD7${b.height}`, `${h.width}\xD7${h.height}`);
  }
  return changes;
}
function osLabel(o) {
  return `${o.platform} ${o.arch}${o.distro ? ` (${o.distro})` : ""}`;
}
function hashFontList(lines) {
  const unique = [...new Set(lines.map((l) => l.trim()).filter((l) => l !== ""))].sort();
  return {
    hash: createHash("sha256").update(unique.join("\n")).digest("hex").slice(0, 16),
    count: unique.length
  };
}
function systemFonts() {
  return new Promise((resolve) => {
    execFile(
      "fc-list",
      ["--format", "%{family}	%{style}	%{fontversion}\n"],
      { timeout: 15e3, maxBuffer: 16 * 1024 * 1024, encoding: "utf8" },
      (error, stdout) => {
        if (error) return resolve({ source: "unavailable", hash: "", count: 0 });
        resolve({ source: "fc-list", ...hashFontList(stdout.split("\n")) });
      }
    );
  });
}
async function distroName() {
  const text2 = await readFile("/etc/os-release", "utf8").catch(() => "");
  for (const line of text2.split("\n").slice(0, 200)) {
    if (line.startsWith("PRETTY_NAME=")) return line.slice(12).replace(/^"|"$/g, "").slice(0, 100);
  }
  return "";
}
async function currentOs() {
  return { platform: process.platform, arch: process.arch, release: os.release(), distro: await distroName() };
}
var MAX_SHOTS = 2e5;
var MAX_TEXT = 500;
function text(value, field, where) {
  if (typeof value !== "string" || value.length > MAX_TEXT) {
    throw new UserError(`${where}: ${field} is not a string of at most ${MAX_TEXT} characters`);
  }
  return value;
}
function int(value, field, where, max) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw new UserError(`${where}: ${field} is not an integer from 0 to ${max}`);
  }
  return value;
}
function object(value, field, where) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(`${where}: ${field} is not an object`);
  }
  return value;
}
function shotFile(value, field, where) {
  const file = text(value, field, where);
  if (file !== "" && !/^[A-Za-z0-9_-][A-Za-z0-9._-]*\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.png$/.test(file)) {
    throw new UserError(`${where}: ${field} is not a relative <folder>/<name>.png path`);
  }
  return file;
}
function scheme(value, field, where) {
  if (value !== "light" && value !== "dark") throw new UserError(`${where}: ${field} is not light or dark`);
  return value;
}
function parseCaptureMeta(source, where = CAPTURE_META_FILE) {
  let data;
  try {
    data = JSON.parse(source);
  } catch {
    throw new UserError(`${where} is not JSON`);
  }
  const m = object(data, "the file", where);
  if (m.schema !== CAPTURE_META_SCHEMA) {
    throw new UserError(
      `${where}: schema ${JSON.stringify(m.schema ?? null).slice(0, 20)} is not ${CAPTURE_META_SCHEMA}`
    );
  }
  const browser = object(m.browser, "browser", where);
  const osInfo = object(m.os, "os", where);
  const fonts = object(m.fonts, "fonts", where);
  if (fonts.source !== "fc-list" && fonts.source !== "document.fonts" && fonts.source !== "unavailable") {
    throw new UserError(`${where}: fonts.source is not fc-list, document.fonts or unavailable`);
  }
  const dsf = m.deviceScaleFactor;
  if (typeof dsf !== "number" || !Number.isFinite(dsf) || dsf <= 0 || dsf > 10) {
    throw new UserError(`${where}: deviceScaleFactor is not a number from 0 to 10`);
  }
  if (!Array.isArray(m.viewports) || m.viewports.length > 100) {
    throw new UserError(`${where}: viewports is not a list of at most 100`);
  }
  if (!Array.isArray(m.colorSchemes) || m.colorSchemes.length > 2) {
    throw new UserError(`${where}: colorSchemes is not a list of at most 2`);
  }
  if (!Array.isArray(m.shots) || m.shots.length > MAX_SHOTS) {
    throw new UserError(`${where}: shots is not a list of at most ${MAX_SHOTS}`);
  }
  return {
    schema: CAPTURE_META_SCHEMA,
    browser: {
      name: text(browser.name, "browser.name", where),
      version: text(browser.version, "browser.version", where)
    },
    os: {
      platform: text(osInfo.platform, "os.platform", where),
      arch: text(osInfo.arch, "os.arch", where),
      release: text(osInfo.release, "os.release", where),
      distro: text(osInfo.distro, "os.distro", where)
    },
    fonts: {
      source: fonts.source,
      hash: text(fonts.hash, "fonts.hash", where),
      count: int(fonts.count, "fonts.count", where, 1e6)
    },
    deviceScaleFactor: dsf,
    viewports: m.viewports.map((v, i) => {
      const o = object(v, `viewports[${i}]`, where);
      return {
        name: text(o.name, `viewports[${i}].name`, where),
        width: int(o.width, `viewports[${i}].width`, where, 1e5),
        height: int(o.height, `viewports[${i}].height`, where, 1e5)
      };
    }),
    colorSchemes: m.colorSchemes.map((s, i) => scheme(s, `colorSchemes[${i}]`, where)),
    shots: m.shots.map((s, i) => {
      const o = object(s, `shots[${i}]`, where);
      const status = o.status;
      if (status !== "stable" && status !== "unstable" && status !== "error") {
        throw new UserError(`${where}: shots[${i}].status is not stable, unstable or error`);
      }
      if (!Array.isArray(o.notes) || o.notes.length > 20) {
        throw new UserError(`${where}: shots[${i}].notes is not a list of at most 20`);
      }
      return {
        target: text(o.target, `shots[${i}].target`, where),
        file: shotFile(o.file, `shots[${i}].file`, where),
        viewport: text(o.viewport, `shots[${i}].viewport`, where),
        colorScheme: scheme(o.colorScheme, `shots[${i}].colorScheme`, where),
        status,
        attempts: int(o.attempts, `shots[${i}].attempts`, where, 1e3),
        masked: int(o.masked, `shots[${i}].masked`, where, 1e6),
        notes: o.notes.map((n, j) => text(n, `shots[${i}].notes[${j}]`, where))
      };
    })
  };
}
async function readCaptureMeta(file) {
  let source;
  try {
    if ((await stat(file)).size > 64 * 1024 * 1024) throw new UserError(`${file} is larger than 64 MiB`);
    source = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error.code === "ENOENT") return void 0;
    throw new UserError(`${file}: cannot be read (${error.code ?? "error"})`);
  }
  return parseCaptureMeta(source, file);
}

export {
  CAPTURE_META_FILE,
  CAPTURE_META_SCHEMA,
  environmentChanged,
  systemFonts,
  currentOs,
  readCaptureMeta
};
//# sourceMappingURL=chunk-3SDTCR4C.js.map
