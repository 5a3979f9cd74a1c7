import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  approvalClaim,
  readApprovers
} from "./chunk-BDFA5H5V.js";
import {
  neutraliseText
} from "./chunk-DWDNBDKV.js";
import {
  glob,
  isDynamicPattern
} from "./chunk-2DOMPNEA.js";
import {
  require_picomatch
} from "./chunk-CDC4UBA4.js";
import {
  DISPATCH_SETTINGS,
  FRAGMENT_LIMITS,
  GITHUB_SETTINGS,
  STATUS_EMOJI,
  classifyApiError,
  commitState,
  describeApiError,
  escapeCell,
  escapeHtml,
  extractZip,
  fitToBudget,
  forkStatusNote,
  headingLine,
  hostInputs,
  jobFragmentsDir,
  labelOf,
  readFragment,
  refusedOnFork,
  resolvePullRequest,
  runUrl,
  setCommitStatus
} from "./chunk-N5A3YMF2.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";
import {
  __toESM
} from "./chunk-TUMT2DHA.js";

// src/pr-report/report.ts
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/pr-report/collect.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { mkdir, mkdtemp, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var DEFAULT_FRAGMENT_GLOB = "**/quality-gates-fragment*.json";
var DEFAULT_ARTIFACT_PATTERN = "quality-gates-fragment-*";
function emptyCollected() {
  return { fragments: [], problems: [] };
}
function mergeCollected(...parts) {
  const seen = /* @__PURE__ */ new Set();
  const fragments = [];
  for (const f of parts.flatMap((p) => p.fragments)) {
    const key = JSON.stringify(f.fragment);
    if (seen.has(key)) continue;
    seen.add(key);
    fragments.push(f);
  }
  return { fragments, problems: parts.flatMap((p) => p.problems) };
}
async function readOne(path, source, out) {
  try {
    const fragment = await readFragment(path);
    out.fragments.push({ source, fragment });
  } catch (e) {
    out.problems.push({ source, error: stripSource(describeError(e), path) });
  }
}
function stripSource(message, path) {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
function display(cwd, abs) {
  const rel = relative(cwd, abs);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? abs : rel.split(sep).join("/");
}
async function collectFromPaths(specs, cwd) {
  const out = emptyCollected();
  const seen = /* @__PURE__ */ new Set();
  for (const raw of specs) {
    const spec = raw.trim();
    if (spec === "") continue;
    const abs = resolve(cwd, spec);
    let files;
    let kind;
    const st = await stat(abs).catch(() => void 0);
    if (st?.isFile()) {
      kind = "file";
      files = [abs];
    } else if (st?.isDirectory()) {
      kind = "dir";
      files = await glob(DEFAULT_FRAGMENT_GLOB, { cwd: abs, absolute: true, followSymbolicLinks: false });
    } else if (isDynamicPattern(spec)) {
      kind = "glob";
      files = await glob(spec, { cwd, absolute: true, followSymbolicLinks: false });
    } else {
      kind = "missing";
      files = [];
    }
    files.sort();
    if (files.length === 0) {
      const why = kind === "missing" ? "no such file or directory" : kind === "dir" ? `no ${DEFAULT_FRAGMENT_GLOB} in this directory` : "the pattern matched no file";
      out.problems.push({ source: spec, error: why });
      continue;
    }
    for (const file of files) {
      const key = resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      await readOne(key, display(cwd, key), out);
    }
  }
  return out;
}
var DEFAULT_ARTIFACT_CAPS = {
  maxArtifacts: 200,
  maxArtifactBytes: 8 * 1024 * 1024,
  maxDownloadBytes: 64 * 1024 * 1024,
  maxWallMs: 5 * 60 * 1e3,
  maxEntries: 50,
  maxEntryBytes: 2 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024
};
async function listRunArtifacts(octokit, repo, runId) {
  const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: repo.owner,
    repo: repo.repo,
    run_id: runId,
    per_page: 100
  });
  return all.map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.size_in_bytes, expired: a.expired }));
}
async function collectFromArtifacts(options) {
  const caps = { ...DEFAULT_ARTIFACT_CAPS, ...options.caps };
  const pattern = options.pattern?.trim() || DEFAULT_ARTIFACT_PATTERN;
  const out = emptyCollected();
  let listed;
  try {
    listed = await listRunArtifacts(options.octokit, options.repo, options.runId);
  } catch (e) {
    out.problems.push({
      source: `artifacts of run ${options.runId}`,
      error: `cannot list artifacts (${describeError(e)})`
    });
    return out;
  }
  const isMatch = (0, import_picomatch.default)(pattern, { dot: true });
  const matching = newestAttempts(listed.filter((a) => isMatch(a.name))).sort(
    (a, b) => cmp(a.name, b.name) || a.id - b.id
  );
  if (matching.length === 0) {
    if (options.quietWhenNone) return out;
    out.problems.push({
      source: `artifacts of run ${options.runId}`,
      error: `no artifact named like ${JSON.stringify(pattern)}`
    });
    return out;
  }
  if (matching.length > caps.maxArtifacts) {
    out.problems.push({
      source: `artifacts of run ${options.runId}`,
      error: `${matching.length} artifacts match; only the first ${caps.maxArtifacts} were read`
    });
  }
  await mkdir(options.tempDir, { recursive: true });
  const isFragmentFile = (0, import_picomatch.default)(DEFAULT_FRAGMENT_GLOB, { dot: false });
  const now = options.now ?? Date.now;
  const deadline = now() + caps.maxWallMs;
  let downloaded = 0;
  const toRead = matching.slice(0, caps.maxArtifacts);
  for (const [index, artifact] of toRead.entries()) {
    const source = `artifact ${artifact.name}`;
    const stop = (why) => out.problems.push({
      source: `artifacts of run ${options.runId}`,
      error: `${why}; ${toRead.length - index} artifact(s) from ${artifact.name} on were not read`
    });
    if (now() > deadline) {
      stop(`reading artifacts took longer than ${Math.round(caps.maxWallMs / 1e3)} s`);
      break;
    }
    if (artifact.expired) {
      out.problems.push({ source, error: "artifact has expired" });
      continue;
    }
    if (!Number.isSafeInteger(artifact.size_in_bytes) || artifact.size_in_bytes > caps.maxArtifactBytes) {
      out.problems.push({
        source,
        error: `artifact is ${artifact.size_in_bytes} bytes, over the ${caps.maxArtifactBytes}-byte cap; not downloaded`
      });
      continue;
    }
    if (downloaded + artifact.size_in_bytes > caps.maxDownloadBytes) {
      stop(`the artifacts would total more than ${caps.maxDownloadBytes} bytes`);
      break;
    }
    const dir = await mkdtemp(join(options.tempDir, "pr-report-artifact-"));
    const zipPath = join(dir, "artifact.zip");
    const dest = join(dir, "files");
    let files;
    try {
      await options.downloadZip(artifact.id, zipPath);
      const zipSize = (await stat(zipPath)).size;
      downloaded += zipSize;
      if (zipSize > caps.maxArtifactBytes) {
        throw new UserError(`downloaded zip is ${zipSize} bytes, over the ${caps.maxArtifactBytes}-byte cap`);
      }
      await mkdir(dest);
      const extracted = await extractZip(zipPath, dest, caps);
      files = extracted.files.filter((f) => isFragmentFile(f)).sort(cmp);
    } catch (e) {
      out.problems.push({ source, error: describeError(e) });
      continue;
    }
    if (files.length === 0) {
      out.problems.push({ source, error: `holds no file named like ${DEFAULT_FRAGMENT_GLOB}` });
      continue;
    }
    for (const file of files) await readOne(join(dest, file), `${source}: ${file}`, out);
  }
  return out;
}
function artifactAttempt(name) {
  const m = /^(.*)-attempt-([1-9][0-9]{0,5})$/.exec(name);
  return m ? { identity: m[1], attempt: Number(m[2]) } : { identity: name, attempt: 1 };
}
function newestAttempts(artifacts) {
  const newest = /* @__PURE__ */ new Map();
  for (const artifact of artifacts) {
    const { identity, attempt } = artifactAttempt(artifact.name);
    const kept = newest.get(identity);
    if (!kept || attempt > kept.attempt || attempt === kept.attempt && artifact.id > kept.artifact.id) {
      newest.set(identity, { artifact, attempt });
    }
  }
  return [...newest.values()].map((v) => v.artifact);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/shared/sanitize-url.ts
var MAX_URL = 4096;
var XREF_KINDS = /* @__PURE__ */ new Set(["issues", "pull", "pulls", "discussions"]);
function normaliseUrl(raw) {
  if (raw.length > MAX_URL || !/^https?:\/\//i.test(raw)) return null;
  if (/[\s\\<>"'`\u0000-\u001f\u007f]/.test(raw)) return null;
  let u;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.username !== "" || u.password !== "") return null;
  for (const seg of u.pathname.split("/")) {
    let d;
    try {
      d = decodeURIComponent(seg);
    } catch {
      return null;
    }
    if (d === "." || d === ".." || d.includes("/") || d.includes("\\")) return null;
  }
  return u;
}
function segments(u) {
  return u.pathname.split("/").filter((s) => s !== "").map((s) => {
    try {
      return decodeURIComponent(s).toLowerCase();
    } catch {
      return s.toLowerCase();
    }
  });
}
function serverOrigin(p) {
  try {
    return new URL(p.serverUrl).origin;
  } catch {
    return null;
  }
}
function inRepository(u, p) {
  const repo = p.repository;
  if (!repo) return null;
  const segs = segments(u);
  const owner = repo.owner.toLowerCase();
  const name = repo.repo.toLowerCase();
  const origin = serverOrigin(p);
  const onServer = origin !== null && u.origin === origin;
  const onRaw = origin === "https://github.com" && u.origin === "https://raw.githubusercontent.com";
  if (!onServer && !onRaw) return null;
  if (segs[0] !== owner || segs[1] !== name) return null;
  return { rest: segs.slice(2) };
}
function isXrefUrl(u, p) {
  const origin = serverOrigin(p);
  if (u.origin !== origin && u.origin !== "https://github.com" && u.origin !== "http://github.com")
    return false;
  const segs = segments(u);
  return segs.length >= 4 && XREF_KINDS.has(segs[2]) && /^\d/.test(segs[3]);
}
function linkTarget(dest, p, encode) {
  if (/^#[\w.-]*$/.test(dest)) return dest;
  if (!/^https?:\/\/[^\s]/i.test(dest)) return "#";
  const u = normaliseUrl(encode(dest));
  if (p.links === "any") {
    if (u && isXrefUrl(u, p)) return null;
    return encode(dest);
  }
  if (!u) return null;
  const inRepo = inRepository(u, p);
  if (!inRepo || isXrefUrl(u, p)) return null;
  return u.href;
}
function imageSource(raw, p) {
  if (/@/.test(raw)) return null;
  const u = normaliseUrl(raw);
  if (!u) return null;
  const href = u.href;
  const inRepo = inRepository(u, p);
  if (inRepo && inRepo.rest.length > 0 && !inRepo.rest.some(forkReachable)) return href;
  if (p.imagePrefixes.some((pre) => pre !== "" && href.startsWith(pre))) {
    if (!segments(u).some(forkReachable)) return href;
  }
  return null;
}
function forkReachable(segment) {
  return segment === "pull" || segment === "pulls" || /^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(segment);
}

// src/shared/sanitize.ts
var ZWSP = "\u200B";
var NOTICE = "\n\n_\u2026 truncated_";
var RAW_TEXT_ELEMENTS = [
  "script",
  "style",
  "iframe",
  "textarea",
  "title",
  "xmp",
  "noscript",
  "noembed",
  "noframes",
  "template",
  "object",
  "svg",
  "math",
  "plaintext"
];
var INLINE_TAGS = /* @__PURE__ */ new Set(["b", "code", "sub", "sup"]);
var MAX_INLINE_DEPTH = 16;
function prepass(md) {
  let s = md.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD").replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
  s = removeRawTextElements(s);
  s = removeComments(s);
  return s.replace(/<!--/g, "&lt;!--");
}
function removeRawTextElements(s) {
  const opener = new RegExp(`<(${RAW_TEXT_ELEMENTS.join("|")})(?=[\\s/>]|$)`, "gi");
  const noCloser = /* @__PURE__ */ new Set();
  const parts = [];
  let pos = 0;
  let m;
  while ((m = opener.exec(s)) !== null) {
    const name = m[1].toLowerCase();
    if (noCloser.has(name)) continue;
    const closer = new RegExp(`</${name}\\s*>`, "gi");
    closer.lastIndex = m.index + m[0].length;
    const c = closer.exec(s);
    if (!c) {
      noCloser.add(name);
      continue;
    }
    parts.push(s.slice(pos, m.index));
    pos = c.index + c[0].length;
    opener.lastIndex = pos;
  }
  parts.push(s.slice(pos));
  return parts.join("");
}
function removeComments(s) {
  const parts = [];
  let pos = 0;
  for (; ; ) {
    const start = s.indexOf("<!--", pos);
    if (start < 0) break;
    let end;
    if (s.startsWith("<!-->", start)) end = start + 5;
    else if (s.startsWith("<!--->", start)) end = start + 6;
    else {
      const close = s.indexOf("-->", start + 4);
      if (close < 0) break;
      end = close + 3;
    }
    parts.push(s.slice(pos, start));
    pos = end;
  }
  parts.push(s.slice(pos));
  return parts.join("");
}
function isAsciiPunct(c) {
  if (c === void 0) return false;
  const x = c.charCodeAt(0);
  return x >= 33 && x <= 47 || x >= 58 && x <= 64 || x >= 91 && x <= 96 || x >= 123 && x <= 126;
}
function encodeUrl(u) {
  return u.replace(
    /[\s<>`"'()\\[\]{}|^\u0000-\u001f\u007f]/g,
    (c) => Array.from(Buffer.from(c, "utf8")).map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function escapeAttr(v) {
  return v.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function unescapeDest(d) {
  return d.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
var MAX_DEST = 4096;
var IMAGE_RE = /!\[([^\][`\\<>\n]{0,200})\]\(([^\s()<>`"'\\]{1,2000})\)/y;
var ATTR_RE = /[ \t]+([A-Za-z_:][\w.:-]*)(?:[ \t]*=[ \t]*(?:"([^"]{0,512})"|'([^']{0,512})'|([^\s"'=<>`]{1,512})))?/y;
var CLOSE_RE = /<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>/y;
var OPEN_NAME_RE = /<([A-Za-z][A-Za-z0-9-]*)/y;
var OPEN_END_RE = /[ \t]*(\/?)>/y;
function parseTag(line, i, work) {
  if (work.left <= 0) return null;
  const t = parseTagBounded(line, i);
  work.left -= t ? t.end - i : 64;
  return t;
}
function parseTagBounded(line, i) {
  if (line[i + 1] === "/") {
    CLOSE_RE.lastIndex = i;
    const m = CLOSE_RE.exec(line);
    if (!m) return null;
    return {
      end: i + m[0].length,
      name: m[1].toLowerCase(),
      closing: true,
      selfClosing: false,
      attrs: /* @__PURE__ */ new Map()
    };
  }
  OPEN_NAME_RE.lastIndex = i;
  const nm = OPEN_NAME_RE.exec(line);
  if (!nm) return null;
  let p = i + nm[0].length;
  const attrs = /* @__PURE__ */ new Map();
  for (let count = 0; count < 64; count++) {
    ATTR_RE.lastIndex = p;
    const a = ATTR_RE.exec(line);
    if (!a) break;
    const v = a[2] ?? a[3] ?? a[4];
    const key = a[1].toLowerCase();
    if (!attrs.has(key)) attrs.set(key, v === void 0 ? true : v);
    p += a[0].length;
  }
  OPEN_END_RE.lastIndex = p;
  const e = OPEN_END_RE.exec(line);
  if (!e) return null;
  return {
    end: p + e[0].length,
    name: nm[1].toLowerCase(),
    closing: false,
    selfClosing: e[1] === "/",
    attrs
  };
}
function parseDest(line, j, work) {
  if (work.left <= 0) return null;
  const r = parseDestBounded(line, j);
  work.left -= (r ? r.end : Math.min(line.length, j + MAX_DEST)) - j;
  return r;
}
function parseDestBounded(line, j) {
  let k = j;
  const n = line.length;
  while (k < n && (line[k] === " " || line[k] === "	")) k++;
  let dest;
  const limit = Math.min(n, j + MAX_DEST);
  if (line[k] === "<") {
    let q = k + 1;
    while (q < limit && line[q] !== ">" && line[q] !== "<") q += line[q] === "\\" ? 2 : 1;
    if (q >= limit || line[q] !== ">") return null;
    dest = line.slice(k + 1, q);
    k = q + 1;
  } else {
    const start = k;
    let depth = 0;
    while (k < limit) {
      const c = line[k];
      if (c === "\\" && isAsciiPunct(line[k + 1])) {
        k += 2;
        continue;
      }
      if (c === " " || c === "	" || c < " ") break;
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) break;
        depth--;
      }
      k++;
    }
    if (k >= limit && limit < n) return null;
    dest = line.slice(start, k);
  }
  while (k < n && (line[k] === " " || line[k] === "	")) k++;
  const t = line[k];
  if (t === '"' || t === "'" || t === "(") {
    const close = t === "(" ? ")" : t;
    let q = k + 1;
    while (q < limit && line[q] !== close) q += line[q] === "\\" ? 2 : 1;
    if (q >= limit) return null;
    k = q + 1;
    while (k < n && (line[k] === " " || line[k] === "	")) k++;
  }
  if (line[k] !== ")") return null;
  return { dest: unescapeDest(dest), end: k + 1 };
}
var BacktickRuns = class {
  constructor(line) {
    this.line = line;
    let i = line.indexOf("`");
    while (i >= 0) {
      let j = i;
      while (line[j] === "`") j++;
      const len = j - i;
      let arr = this.byLen.get(len);
      if (!arr) this.byLen.set(len, arr = []);
      arr.push(i);
      i = line.indexOf("`", j);
    }
  }
  line;
  byLen = /* @__PURE__ */ new Map();
  ptr = /* @__PURE__ */ new Map();
  pipeFrom = -1;
  pipeAt = -1;
  /** Start of the first maximal run of exactly `len` backticks at or after `from`, before the next `|`. */
  closer(from, len) {
    const arr = this.byLen.get(len);
    if (!arr) return -1;
    let p = this.ptr.get(len) ?? 0;
    while (p < arr.length && arr[p] < from) p++;
    this.ptr.set(len, p);
    const q = arr[p];
    if (q === void 0) return -1;
    if (!(from >= this.pipeFrom && from <= this.pipeAt && this.pipeFrom >= 0)) {
      this.pipeFrom = from;
      const pi = this.line.indexOf("|", from);
      this.pipeAt = pi < 0 ? this.line.length : pi;
    }
    return q < this.pipeAt ? q : -1;
  }
};
function cutText(s, n, kind) {
  if (n <= 0) return "";
  let t = s.slice(0, n);
  const last = t.charCodeAt(t.length - 1);
  if (last >= 55296 && last <= 56319) t = t.slice(0, -1);
  if (kind === "text") {
    const amp = t.lastIndexOf("&");
    if (amp >= 0 && amp >= t.length - 34 && /^&[#A-Za-z0-9]*$/.test(t.slice(amp))) t = t.slice(0, amp);
    let bs = 0;
    while (bs < t.length && t.charCodeAt(t.length - 1 - bs) === 92) bs++;
    if (bs % 2 === 1) t = t.slice(0, -1);
  } else if (t.length < s.length && CUT_CLOSES_FENCE_RE.test(t)) {
    t = "";
  }
  return t;
}
var CUT_CLOSES_FENCE_RE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*$/;
function hasUrlStart(s) {
  return s.includes("://") || /www\./i.test(s);
}
function lastWhitespace(s) {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return k;
  }
  return -1;
}
var SPECIAL_RE = /[\\`<\]!]/g;
var FENCE_OPEN_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
var FENCE_CLOSE_RE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
function containerPrefixLength(line) {
  let i = 0;
  const n = line.length;
  for (; ; ) {
    while (i < n && (line[i] === " " || line[i] === "	")) i++;
    const c = line[i];
    if (c === ">" || c === "-" || c === "+" || c === "*") {
      i++;
      continue;
    }
    let d = i;
    while (d < n && d - i < 9 && line.charCodeAt(d) >= 48 && line.charCodeAt(d) <= 57) d++;
    if (d > i && (line[d] === "." || line[d] === ")")) {
      i = d + 1;
      continue;
    }
    return i;
  }
}
var LABEL_DEF_RE = /\[(?:\\.|[^\]\\])*\]:/y;
function linkLabelPrefix(line) {
  const p = containerPrefixLength(line);
  if (line[p] !== "[") return null;
  LABEL_DEF_RE.lastIndex = p;
  if (LABEL_DEF_RE.test(line)) return line.slice(0, p);
  for (let k = p + 1; k < line.length; k++) {
    const c = line[k];
    if (c === "\\") k++;
    else if (c === "]") return null;
  }
  return line.slice(0, p);
}
var LINE_START_SYNTAX_RE = /[`~#>\-+*=_|[\]!<\d\s\\:]/;
var STRUCT_START_RE = /^<\/?(?:details|summary)(?=[\s/>]|$)/i;
function isTableDelimiterRow(row) {
  let i = 0;
  const n = row.length;
  const skipBlank = () => {
    while (i < n && (row[i] === " " || row[i] === "	")) i++;
  };
  skipBlank();
  if (row[i] === "|") i++;
  let cells = 0;
  for (; ; ) {
    skipBlank();
    if (i >= n) return cells > 0;
    if (row[i] === ":") i++;
    const dashes = i;
    while (row[i] === "-") i++;
    if (i === dashes) return false;
    if (row[i] === ":") i++;
    skipBlank();
    cells++;
    if (i >= n) return true;
    if (row[i] !== "|") return false;
    i++;
  }
}
function sanitize(md, policy, max) {
  const textPolicy = { links: policy.links };
  const postText = (t) => neutraliseText(t, textPolicy);
  const text = prepass(md);
  const out = [];
  let len = 0;
  let done = false;
  let truncated = false;
  let fence = null;
  let htmlMode = false;
  let rawBlock = false;
  let tableMode = false;
  let detailsDepth = 0;
  let summaryOpen = false;
  const inline = [];
  let inlineClosers = 0;
  const pushInline = (t) => {
    inline.push(t);
    inlineClosers += t.length + 3;
  };
  const popInline = () => {
    const t = inline.pop();
    inlineClosers -= t.length + 3;
    return t;
  };
  let lastLineBlank = true;
  const reserve = () => {
    if (max === Infinity) return 0;
    let r = NOTICE.length + 4;
    if (fence) r += fence.n + 2;
    r += inlineClosers + (inline.length > 0 ? 1 : 0);
    if (summaryOpen) r += 12;
    r += detailsDepth * 12;
    return r;
  };
  let lastOut = "";
  let lineStart = 0;
  let urlWord = false;
  let wordTail = "";
  const track = (s) => {
    const ws = Math.max(s.lastIndexOf("<"), lastWhitespace(s));
    if (ws >= 0) {
      wordTail = s.slice(ws + 1);
      urlWord = hasUrlStart(wordTail);
    } else if (!urlWord) {
      urlWord = hasUrlStart(wordTail + s.slice(0, 4)) || hasUrlStart(s);
      wordTail += s.length > 8 ? s.slice(-8) : s;
    }
    if (wordTail.length > 8) wordTail = wordTail.slice(-8);
  };
  const emit = (s, kind, extraReserve = 0) => {
    if (done) return false;
    if (s === "") return true;
    if (max === Infinity || len + s.length + reserve() + extraReserve <= max) {
      out.push(s);
      len += s.length;
      lastOut = s[s.length - 1];
      track(s);
      return true;
    }
    if (kind !== "atomic") {
      const cut = cutText(s, max - len - reserve(), kind);
      if (cut !== "") {
        out.push(cut);
        len += cut.length;
        lastOut = cut[cut.length - 1];
      }
    }
    done = true;
    truncated = true;
    return false;
  };
  const guardBackslash = () => {
    if (lastOut === "\\") emit(ZWSP, "atomic", -1);
  };
  const closeInline = () => {
    if (inline.length > 0) guardBackslash();
    while (inline.length > 0) {
      const t = inline[inline.length - 1];
      if (!emit(`</${t}>`, "atomic", -(t.length + 3))) return;
      popInline();
    }
  };
  const tagKept = (tag) => {
    const { name } = tag;
    if (name === "details" || name === "summary") {
      if (!rawBlock || tableMode) return false;
      if (name === "details") return tag.closing ? detailsDepth > 0 : !tag.selfClosing;
      return tag.closing ? summaryOpen : !tag.selfClosing && detailsDepth > 0 && !summaryOpen;
    }
    if (name === "br") return !tag.closing;
    if (INLINE_TAGS.has(name))
      return tag.closing ? inline.includes(name) : !tag.selfClosing && inline.length < MAX_INLINE_DEPTH;
    if (name === "img") {
      const src = tag.attrs.get("src");
      return !tag.closing && typeof src === "string" && imageSource(src, policy) !== null;
    }
    return false;
  };
  const handleTag = (tag) => {
    const { name } = tag;
    if (name === "details" || name === "summary") closeInline();
    if (name === "details") {
      if (tag.closing) {
        if (detailsDepth === 0) return;
        closeInline();
        if (summaryOpen && emit("</summary>", "atomic", -12)) summaryOpen = false;
        if (emit("</details>", "atomic", -12 - (summaryOpen ? 12 : 0))) detailsDepth--;
      } else if (!tag.selfClosing) {
        detailsDepth++;
        if (!emit(tag.attrs.has("open") ? "<details open>" : "<details>", "atomic", 0)) detailsDepth--;
      }
      return;
    }
    if (name === "summary") {
      if (tag.closing) {
        if (!summaryOpen) return;
        closeInline();
        if (emit("</summary>", "atomic", -12)) summaryOpen = false;
      } else if (!tag.selfClosing && detailsDepth > 0 && !summaryOpen) {
        if (emit("<summary>", "atomic", 12)) summaryOpen = true;
      }
      return;
    }
    if (name === "br") {
      if (!tag.closing) emit("<br>", "atomic");
      return;
    }
    if (INLINE_TAGS.has(name)) {
      if (tag.closing) {
        const at = inline.lastIndexOf(name);
        if (at < 0) return;
        while (inline.length > at) {
          const t = inline[inline.length - 1];
          if (!emit(`</${t}>`, "atomic", -(t.length + 3))) break;
          popInline();
        }
      } else if (!tag.selfClosing && inline.length < MAX_INLINE_DEPTH) {
        if (emit(`<${name}>`, "atomic", name.length + 3)) pushInline(name);
      }
      return;
    }
    if (name === "img" && !tag.closing) {
      const raw = tag.attrs.get("src");
      const src = typeof raw === "string" ? imageSource(raw, policy) : null;
      if (src === null) return;
      let s = `<img src="${escapeAttr(src)}"`;
      const alt = tag.attrs.get("alt");
      if (typeof alt === "string") s += ` alt="${escapeAttr(postText(alt).slice(0, 200))}"`;
      for (const k of ["width", "height"]) {
        const v = tag.attrs.get(k);
        if (typeof v === "string" && /^\d{1,4}%?$/.test(v)) s += ` ${k}="${v}"`;
      }
      emit(`${s}>`, "atomic");
    }
  };
  const processLine = (line, html2) => {
    let buf = "";
    let bufLast = "";
    let blankSoFar = true;
    const add = (piece) => {
      buf += piece;
      bufLast = piece[piece.length - 1];
      if (blankSoFar && /\S/.test(piece)) blankSoFar = false;
    };
    const flush = () => {
      if (buf !== "") {
        emit(postText(buf), "text");
        buf = "";
        bufLast = "";
      }
    };
    const runs = html2 || !line.includes("`") ? null : new BacktickRuns(line);
    const n = line.length;
    const work = { left: 8 * n + 65536 };
    let i = 0;
    let contentStart = containerPrefixLength(line);
    const def = linkLabelPrefix(line);
    if (def !== null) {
      add(`${def}\\[`);
      i = def.length + 1;
    }
    while (i < n && !done) {
      const c = line[i];
      if (c === "\\" && isAsciiPunct(line[i + 1])) {
        const nx2 = line[i + 1];
        add(nx2 === "<" ? "&lt;" : `\\${nx2}`);
        i += 2;
        continue;
      }
      if (c === "`") {
        let j = i;
        while (line[j] === "`") j++;
        const L = j - i;
        flush();
        const q = runs && !urlWord ? runs.closer(j, L) : -1;
        if (q >= 0) {
          emit(line.slice(i, q + L), "atomic");
          blankSoFar = false;
          urlWord = false;
          wordTail = "";
          i = q + L;
        } else {
          add("\\`".repeat(L));
          i = j;
        }
        continue;
      }
      if (c === "<") {
        const tag = parseTag(line, i, work);
        if (tag) {
          if (tagKept(tag)) {
            flush();
            handleTag(tag);
            blankSoFar = false;
          } else {
            const atStart = blankSoFar || i === contentStart && tag.end < n;
            if (atStart) contentStart = tag.end;
            const prev = atStart ? void 0 : buf !== "" ? bufLast : len > lineStart ? lastOut : void 0;
            const next = line[tag.end];
            const joins = prev === void 0 ? next === void 0 || LINE_START_SYNTAX_RE.test(next) : next !== void 0 && /\S/.test(prev) && /\S/.test(next) && (isAsciiPunct(prev) || isAsciiPunct(next));
            if (joins) {
              add(ZWSP);
            }
          }
          i = tag.end;
          continue;
        }
        add("&lt;");
        i++;
        continue;
      }
      if (c === "]" && line[i + 1] === "(") {
        const link = parseDest(line, i + 2, work);
        const target = link ? linkTarget(link.dest, policy, encodeUrl) : null;
        if (link && target !== null) {
          add("]");
          flush();
          emit(`(${target})`, "atomic");
          blankSoFar = false;
          i = link.end;
        } else {
          add("]\\(");
          i += 2;
        }
        continue;
      }
      if (c === "!" && line[i + 1] === "[") {
        IMAGE_RE.lastIndex = i;
        const m = IMAGE_RE.exec(line);
        const src = m ? imageSource(m[2], policy) : null;
        if (m && src !== null) {
          flush();
          const alt = m[1].replace(/[^\p{L}\p{N} .,;_+-]/gu, "");
          emit(`![${alt}](${src})`, "atomic");
          blankSoFar = false;
          i += m[0].length;
          continue;
        }
      }
      SPECIAL_RE.lastIndex = i + 1;
      const nx = SPECIAL_RE.exec(line);
      const stop = nx ? nx.index : n;
      add(line.slice(i, stop));
      i = stop;
    }
    flush();
  };
  const lines = text.split("\n");
  for (let li = 0; li < lines.length && !done; li++) {
    const line = lines[li];
    if (fence) {
      if (li > 0) emit("\n", "atomic");
      const m = FENCE_CLOSE_RE.exec(line);
      if (m && m[1][0] === fence.ch && m[1].length >= fence.n) {
        const f = fence;
        fence = null;
        if (!emit(f.ch.repeat(f.n), "atomic")) fence = f;
        lastLineBlank = false;
        continue;
      }
      emit(line, "code");
      continue;
    }
    const open = FENCE_OPEN_RE.exec(line);
    if (open && !(open[1][0] === "`" && open[2].includes("`"))) {
      const marker = open[1];
      const info = (open[2].trim().split(/\s+/)[0] ?? "").replace(/[^A-Za-z0-9_+.#-]/g, "").slice(0, 32);
      closeInline();
      if (li > 0) emit(lastLineBlank ? "\n" : "\n\n", "atomic");
      htmlMode = false;
      rawBlock = false;
      tableMode = false;
      if (emit(marker + info, "atomic", marker.length + 2))
        fence = { ch: marker[0], n: marker.length };
      lastLineBlank = false;
      continue;
    }
    if (line.trim() === "") {
      closeInline();
      htmlMode = false;
      rawBlock = false;
      tableMode = false;
      if (li > 0) emit("\n", "atomic");
      lastLineBlank = true;
      continue;
    }
    if (STRUCT_START_RE.test(line)) closeInline();
    if (li > 0) emit("\n", "atomic");
    const rest = line.slice(containerPrefixLength(line));
    if (rest.startsWith("<")) htmlMode = true;
    if (!rawBlock && !tableMode && STRUCT_START_RE.test(line)) {
      rawBlock = true;
      const first = parseTagBounded(line, 0);
      if (!first || !tagKept(first)) rawBlock = false;
    }
    if (!rawBlock && !tableMode && line.includes("|")) {
      const next = lines[li + 1];
      if (next !== void 0 && isTableDelimiterRow(next.slice(containerPrefixLength(next)))) {
        tableMode = true;
      }
    }
    lineStart = len;
    processLine(line, htmlMode);
    lastLineBlank = false;
  }
  const force = (s) => {
    out.push(s);
    len += s.length;
  };
  if (fence) force(`
${fence.ch.repeat(fence.n)}`);
  else if (inline.length > 0 && lastOut === "\\") force(ZWSP);
  if (!fence) while (inline.length > 0) force(`</${popInline()}>`);
  if (truncated) force(NOTICE);
  if (summaryOpen) force("\n\n</summary>");
  for (; detailsDepth > 0; detailsDepth--) force("\n\n</details>");
  const result = out.join("");
  return result.includes("<!--") ? result.replace(/<!--/g, "&lt;!--") : result;
}
function sanitizeMarkdown(md, opts = {}) {
  const policy = {
    links: opts.links ?? "repository",
    ...opts.repository ? { repository: opts.repository } : {},
    serverUrl: (opts.serverUrl ?? "https://github.com").replace(/\/+$/, ""),
    imagePrefixes: opts.allowImagePrefixes ?? []
  };
  const max = opts.maxLength;
  const full = sanitize(md, policy, Infinity);
  if (max === void 0 || full.length <= max) return full;
  const cut = sanitize(md, policy, Math.max(0, Math.floor(max)));
  return cut.length <= max ? cut : "";
}

// src/pr-report/marker.ts
import { createHash } from "node:crypto";
var MARKER_VERSION = "v1";
var DEFAULT_REPORT_ID = "default";
var ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
function validateReportId(id, source = 'input "id"') {
  const value = id === void 0 || id.trim() === "" ? DEFAULT_REPORT_ID : id.trim();
  if (!ID_PATTERN.test(value)) {
    throw new UserError(
      `${source}: ${JSON.stringify(value.slice(0, 60))} is not a valid report id (allowed: 1-40 of a-z, 0-9 and -, starting with a letter or digit)`
    );
  }
  return value;
}
function markerLine(id) {
  return `<!-- pr-report:${MARKER_VERSION} id=${validateReportId(id)} -->`;
}
function hasMarker(body, marker) {
  if (typeof body !== "string") return false;
  const nl = body.indexOf("\n");
  const first = (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, "");
  return first === marker;
}
var STATE_PREFIX = "<!-- pr-report:state ";
var STATE_SUFFIX = " -->";
var DIGEST_PATTERN = /^[0-9a-f]{32}$/;
var MAX_STATE_LINE = 400;
function stateLine(order, digest) {
  for (const n of order) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`pr-report order must hold non-negative integers`);
  }
  if (digest !== void 0 && !DIGEST_PATTERN.test(digest))
    throw new Error("pr-report digest must be 32 hex digits");
  return `${STATE_PREFIX}${JSON.stringify(digest === void 0 ? { order } : { order, digest })}${STATE_SUFFIX}`;
}
function readState(body) {
  const line = stateLineOf(body);
  if (line === void 0) return { order: [] };
  try {
    const parsed = JSON.parse(line.slice(STATE_PREFIX.length, -STATE_SUFFIX.length));
    const { order, digest } = parsed ?? {};
    if (!Array.isArray(order) || order.length > 8) return { order: [] };
    if (!order.every((n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0)) return { order: [] };
    return {
      order,
      ...typeof digest === "string" && DIGEST_PATTERN.test(digest) ? { digest } : {}
    };
  } catch {
    return { order: [] };
  }
}
function readOrder(body) {
  return readState(body).order;
}
function stateLineOf(body) {
  if (typeof body !== "string") return void 0;
  const lines = body.split("\n", 3);
  const line = (lines[1] ?? "").replace(/\r$/, "");
  if (!line.startsWith(STATE_PREFIX) || !line.endsWith(STATE_SUFFIX) || line.length > MAX_STATE_LINE) {
    return void 0;
  }
  return line;
}
function withStateLine(body, line) {
  const first = body.indexOf("\n");
  if (first === -1) return `${body}
${line}`;
  const rest = body.slice(first + 1);
  if (stateLineOf(body) === void 0) return `${body.slice(0, first)}
${line}
${rest}`;
  const second = rest.indexOf("\n");
  return `${body.slice(0, first)}
${line}${second === -1 ? "" : rest.slice(second)}`;
}
function reportDigest(input) {
  const results = input.results.map(
    (r) => JSON.stringify([
      r.statusContext,
      r.gate,
      r.status,
      r.summary,
      Object.keys(r.metrics).sort().map((k) => [k, r.metrics[k] ?? null])
    ])
  ).sort();
  const problems = input.problems.map((p) => JSON.stringify([p.source, p.kind ?? "", p.error])).sort();
  const rules = [[...input.expected].sort(), input.onMissing, input.untrusted];
  return createHash("sha256").update(JSON.stringify({ v: 1, results, problems, rules })).digest("hex").slice(0, 32);
}
function compareOrder(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function contentOf(body) {
  const lines = body.split("\n");
  if ((lines[1] ?? "").startsWith(STATE_PREFIX)) lines.splice(1, 1);
  return lines.join("\n");
}

// src/pr-report/compose.ts
import { basename, isAbsolute as isAbsolute2 } from "node:path";
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT_BYTES = 1048576;
var STATUS_DESCRIPTION_LIMIT = 140;
var OVERALL_CONTEXT = "quality-gates";
var EMOJI = STATUS_EMOJI;
var SEVERITY = { fail: 0, neutral: 1, pass: 2, skipped: 3 };
var PRIORITY = { fail: 3, neutral: 2, pass: 1, skipped: 0 };
var HEADLINE = {
  pass: "Quality gates passed",
  fail: "Quality gates failed",
  neutral: "Quality gates: neutral",
  skipped: "Quality gates skipped"
};
function overallVerdict(statuses, missing, onMissing = "fail") {
  if (statuses.includes("fail")) return "fail";
  if (missing > 0 || statuses.length === 0) return onMissing;
  if (statuses.includes("neutral")) return "neutral";
  if (statuses.includes("pass")) return "pass";
  return "skipped";
}
function overallContextOf(id) {
  return id === "default" ? OVERALL_CONTEXT : `${OVERALL_CONTEXT}/${id}`;
}
function contextFor(f, input, problems, source) {
  let context = f.statusContext.trim();
  if (input.untrusted && !ownContext(f.gate, context)) {
    problems.push({
      source,
      kind: "refused",
      error: `claimed the status ${JSON.stringify(context.slice(0, 100))}, outside its gate; reported as ${OVERALL_CONTEXT}/${f.gate}`
    });
    context = `${OVERALL_CONTEXT}/${f.gate}`;
  }
  if (input.untrusted && input.expected?.length && !input.expected.some((e) => satisfies(e, f.gate, context))) {
    problems.push({
      source,
      kind: "refused",
      error: `reported ${JSON.stringify(context.slice(0, 100))}, which is not among the expected gates; its status is not set`
    });
    return void 0;
  }
  if (context === overallContextOf(input.id)) context = `${context} (gate ${f.gate})`;
  return context;
}
function ownContext(gate, context) {
  const prefix = `${OVERALL_CONTEXT}/${gate}`;
  if (context === prefix) return true;
  return context.startsWith(`${prefix}/`) && /^[a-z0-9][a-z0-9._-]{0,39}$/.test(context.slice(prefix.length + 1));
}
function satisfies(entry, gate, context) {
  return context === `${OVERALL_CONTEXT}/${entry}` || !entry.includes("/") && gate === entry;
}
function prepareGates(input, problems) {
  const { collected } = input;
  const byGate = /* @__PURE__ */ new Map();
  for (const { fragment } of collected.fragments)
    byGate.set(fragment.gate, (byGate.get(fragment.gate) ?? 0) + 1);
  const seenGate = /* @__PURE__ */ new Map();
  const gates = collected.fragments.map(({ fragment, source }, index) => {
    const n = (seenGate.get(fragment.gate) ?? 0) + 1;
    seenGate.set(fragment.gate, n);
    const dup = (byGate.get(fragment.gate) ?? 0) > 1;
    return {
      fragment,
      source,
      title: dup ? `${fragment.title} (${n})` : fragment.title,
      context: contextFor(fragment, input, problems, source),
      index
    };
  });
  return gates.sort((a, b) => SEVERITY[a.fragment.status] - SEVERITY[b.fragment.status] || a.index - b.index);
}
function statusesByContext(gates, runUrl2, notes) {
  const byContext = /* @__PURE__ */ new Map();
  for (const g of [...gates].sort((a, b) => a.index - b.index)) {
    if (g.context !== void 0) byContext.set(g.context, [...byContext.get(g.context) ?? [], g]);
  }
  const out = [];
  for (const [context, claimants] of byContext) {
    const rank = (g) => commitState(g.fragment) === "failure" ? -1 : SEVERITY[g.fragment.status];
    const worst = claimants.reduce((a, b) => rank(b) < rank(a) ? b : a);
    if (claimants.length > 1) {
      notes.push({
        source: context,
        error: `${claimants.length} results claim this status (${claimants.map((c) => c.source).join(", ")}); the worst, ${worst.fragment.status}, stands \u2014 give each gate run its own \`name\``
      });
    }
    out.push({
      context,
      state: commitState(worst.fragment),
      description: statusDescription(worst.fragment.status, shownSummary(worst.fragment)),
      ...runUrl2 ? { targetUrl: runUrl2 } : {}
    });
  }
  return out;
}
function cutPlain(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let out = "";
  for (const cp of flat) {
    if (out.length + cp.length > max - 1) break;
    out += cp;
  }
  return `${out}\u2026`;
}
function statusDescription(word, summary) {
  return cutPlain(summary.trim() === "" ? word : `${word}: ${summary}`, STATUS_DESCRIPTION_LIMIT);
}
function cell(text, max = 300) {
  return escapeCell(cutPlain(text, max));
}
function html(text, max = 300) {
  return escapeHtml(cutPlain(text, max));
}
function safeUrl(url) {
  if (url === void 0) return void 0;
  try {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.protocol !== "http:") return void 0;
    return u.href.replace(/[()<>\s|\\]/g, (c) => encodeURIComponent(c));
  } catch {
    return void 0;
  }
}
function fragmentLink(g, input) {
  const url = safeUrl(g.fragment.url);
  if (url === void 0 || !input.untrusted) return url;
  if (!input.repository) return void 0;
  const server = (input.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const prefix = `${server}/${input.repository.owner}/${input.repository.repo}/`.toLowerCase();
  return url.toLowerCase().startsWith(prefix) ? url : void 0;
}
function tableRow(g, input) {
  const f = g.fragment;
  const url = fragmentLink(g, input);
  const link = url ? `[details](${url})` : "";
  return `| ${cell(g.title, 120)} | ${EMOJI[f.status]} ${f.status} | ${cell(shownSummary(f))} | ${link} |`;
}
var TABLE_HEAD = "| Gate | Status | Summary | Details |\n|---|---|---|---|";
function fitLines(lines, budget, more) {
  const out = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const reserve = i < lines.length - 1 ? more(lines.length - i).length + 1 : 0;
    if (used + line.length + 1 + reserve > budget) {
      out.push(more(lines.length - i));
      return { lines: out, cut: true };
    }
    out.push(line);
    used += line.length + 1;
  }
  return { lines: out, cut: false };
}
function problemLine(p) {
  return `- \u26A0\uFE0F ${cell(p.source, 200)}: ${cell(p.error, 600)}`;
}
function sectionOpen(g) {
  return g.fragment.status === "fail";
}
function shownSummary(f) {
  const word = f.status;
  let text = f.summary.trim();
  if (text.slice(0, word.length + 1).toLowerCase() === `${word}:`)
    text = text.slice(word.length + 1).trimStart();
  if (text.length > word.length && text.slice(-word.length).toLowerCase() === word) {
    const before = text.slice(0, -word.length).trimEnd();
    const dash = before.slice(-1);
    if ((dash === "\u2014" || dash === "\u2013" || dash === "-") && /\s/.test(before.slice(-2, -1))) {
      text = before.slice(0, -1).trimEnd();
    }
  }
  return text;
}
function headingText(g, title, summary) {
  return summary === "" ? `${EMOJI[g.fragment.status]} ${title}` : `${EMOJI[g.fragment.status]} ${title} \u2014 ${summary}`;
}
function sectionHeader(g) {
  return headingText(g, `<b>${html(g.title, 120)}</b>`, html(shownSummary(g.fragment)));
}
function renderSection(g, body, open) {
  const source = `<sub>from ${html(isAbsolute2(g.source) ? basename(g.source) : g.source, 200)}</sub>`;
  return [
    `<!-- pr-report:section ${g.fragment.gate} -->`,
    `<details${open ? " open" : ""}>`,
    `<summary>${sectionHeader(g)}</summary>`,
    "",
    body,
    "",
    source,
    "</details>",
    "<!-- /pr-report:section -->"
  ].join("\n");
}
function collapsedSection(g) {
  return `- ${headingText(g, `**${cell(g.title, 120)}**`, cell(shownSummary(g.fragment)))}`;
}
function sectionBody(f) {
  const heading = headingLine(f);
  const md = f.markdown;
  if (!md.startsWith(heading) || md.length > heading.length && md[heading.length] !== "\n") return md;
  return md.slice(heading.length).replace(/^\n+/, "");
}
function precutMarkdown(md, max) {
  if (md.length <= max) return { text: md, cut: false };
  const note = (n) => `_\u2026 ${n} more table row${n === 1 ? "" : "s"} not shown._`;
  const budget = Math.max(0, max - 200);
  const out = [];
  let used = 0;
  let fence;
  let pos = 0;
  while (pos < md.length) {
    const nl = md.indexOf("\n", pos);
    const line = nl === -1 ? md.slice(pos) : md.slice(pos, nl);
    if (used + line.length + 1 > budget) break;
    out.push(line);
    used += line.length + 1;
    pos = nl === -1 ? md.length : nl + 1;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const marker = f[1];
      if (fence === void 0) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = void 0;
    }
  }
  const tail = [];
  if (fence !== void 0) tail.push(fence);
  const last = out[out.length - 1] ?? "";
  if (fence === void 0 && last.trimStart().startsWith("|")) {
    let rows = 0;
    let p = pos;
    while (p < md.length && rows < 1e7) {
      const nl = md.indexOf("\n", p);
      const line = nl === -1 ? md.slice(p) : md.slice(p, nl);
      if (!line.trimStart().startsWith("|")) break;
      rows++;
      p = nl === -1 ? md.length : nl + 1;
    }
    if (rows > 0) tail.push("", note(rows));
  }
  tail.push("", "_\u2026 cut to fit; the full section is in the job summary or the gate's own report._");
  return { text: [...out, ...tail].join("\n"), cut: true };
}
function sanitizeSection(g, input, budget) {
  const opts = {
    links: input.untrusted ? "repository" : "any",
    ...input.repository ? { repository: input.repository } : {},
    ...input.serverUrl ? { serverUrl: input.serverUrl } : {}
  };
  let cap = budget;
  for (let attempt = 0; attempt < 5; attempt++) {
    const out = sanitizeMarkdown(precutMarkdown(sectionBody(g.fragment), cap).text, opts);
    if (out.length <= budget) return out;
    cap = Math.floor(cap * budget * 0.9 / out.length);
  }
  return sanitizeMarkdown(precutMarkdown(sectionBody(g.fragment), Math.floor(budget / 4)).text, {
    ...opts,
    maxLength: budget
  });
}
function footer(input) {
  const bits = [];
  const run = safeUrl(input.runUrl);
  if (run) bits.push(`[workflow run](${run})`);
  const gates = safeUrl(input.gatesRunUrl);
  if (gates && gates !== run) bits.push(`[gates run](${gates})`);
  if (input.sha && /^[0-9a-f]{7,40}$/.test(input.sha)) bits.push(`commit ${input.sha.slice(0, 7)}`);
  bits.push("pr-report");
  return `<sub>${bits.join(" \xB7 ")}</sub>`;
}
function byteLength(s) {
  return Buffer.byteLength(s, "utf8");
}
function compose(input) {
  const commentLimit = input.commentLimit ?? COMMENT_LIMIT;
  const summaryLimit = input.summaryLimitBytes ?? SUMMARY_LIMIT_BYTES;
  const onMissing = input.onMissing ?? "fail";
  const problems = [...input.collected.problems];
  const gates = prepareGates(input, problems);
  const runUrl2 = safeUrl(input.runUrl);
  const notes = [];
  const statuses = statusesByContext(gates, runUrl2, notes);
  const missingGates = (input.expected ?? []).filter(
    (entry) => !gates.some((g) => g.context !== void 0 && satisfies(entry, g.fragment.gate, g.context))
  );
  for (const entry of missingGates) {
    const reason = `${entry} did not report: its job failed or was skipped`;
    problems.push({ source: `${OVERALL_CONTEXT}/${entry}`, error: reason });
    statuses.push({
      context: `${OVERALL_CONTEXT}/${entry}`,
      state: onMissing === "fail" ? "failure" : "success",
      description: cutPlain(reason, STATUS_DESCRIPTION_LIMIT),
      ...runUrl2 ? { targetUrl: runUrl2 } : {}
    });
  }
  const refused = problems.filter((p) => p.kind === "refused").length;
  const overall = refused > 0 ? "fail" : overallVerdict(
    gates.map((g) => g.fragment.status),
    problems.length,
    onMissing
  );
  const counts = ["fail", "neutral", "pass", "skipped"].map((s) => [s, gates.filter((g) => g.fragment.status === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s === "fail" ? "failed" : s === "pass" ? "passed" : s}`);
  if (missingGates.length > 0) counts.push(`${missingGates.length} did not report`);
  if (refused > 0) counts.push(`${refused} refused`);
  const unreadable = problems.length - missingGates.length - refused;
  if (unreadable > 0) counts.push(`${unreadable} unreadable`);
  const overallContext = overallContextOf(input.id);
  const nothingMeasured = gates.some((g) => g.context !== void 0 && g.fragment.noResult === true);
  if (nothingMeasured) counts.push("nothing measured");
  statuses.push({
    context: overallContext,
    state: overall === "fail" || nothingMeasured ? "failure" : "success",
    description: statusDescription(overall, counts.join(", ") || "no result: no gate reported"),
    ...runUrl2 ? { targetUrl: runUrl2 } : {}
  });
  const headline = `## ${EMOJI[overall]} ${HEADLINE[overall]}`;
  const countsLine = counts.length > 0 ? counts.join(" \xB7 ") : "No quality-gates fragment was found.";
  const rows = gates.map((g) => tableRow(g, input));
  const problemLines = [...problems, ...notes].map(problemLine);
  const foot = footer(input);
  const summary = composeSummary(input, gates, headline, countsLine, rows, problemLines, foot, summaryLimit);
  const state = input.order ? [stateLine(input.order, input.digest)] : [];
  const top = [markerLine(input.id), ...state].join("\n");
  const comment = composeComment(input, gates, {
    top,
    headline,
    countsLine,
    rows,
    problemLines,
    foot,
    limit: commentLimit
  });
  if (comment.body.length > commentLimit) {
    throw new Error(
      `pr-report: composed comment is ${comment.body.length} characters (limit ${commentLimit})`
    );
  }
  if (byteLength(summary) > summaryLimit) {
    throw new Error(`pr-report: composed summary is ${byteLength(summary)} bytes (limit ${summaryLimit})`);
  }
  const missing = problems.length + (gates.length === 0 && problems.length === 0 ? 1 : 0);
  return { comment: comment.body, summary, overall, statuses, overflow: comment.overflow, missing };
}
function composeComment(input, gates, p) {
  const { lines: tableLines, cut: tableCut } = fitLines(
    p.rows,
    Math.floor(p.limit * 0.4),
    (n) => `| \u2026 ${n} more gates in the job summary | | | |`
  );
  const { lines: problemLines, cut: problemsCut } = fitLines(
    p.problemLines,
    Math.floor(p.limit * 0.15),
    (n) => `- \u2026 ${n} more problems in the job summary`
  );
  const run = safeUrl(input.runUrl);
  const note = `> [!NOTE]
> Part of this report did not fit in a comment; the full report is in the ${run ? `[job summary](${run})` : "job summary"}.`;
  const buildHead = (withNote) => {
    const parts = [p.top, p.headline, "", p.countsLine];
    if (tableLines.length > 0) parts.push("", TABLE_HEAD, ...tableLines);
    if (problemLines.length > 0) parts.push("", "**Fragments that could not be read**", "", ...problemLines);
    if (withNote) parts.push("", note);
    return parts.join("\n");
  };
  const tail = p.foot;
  const reserve = buildHead(true).length + tail.length + 200;
  const sectionCap = Math.max(1e3, p.limit - reserve);
  const sections = gates.map((g, i) => ({
    id: String(i),
    full: renderSection(g, sanitizeSection(g, input, sectionCap), sectionOpen(g)),
    collapsed: collapsedSection(g),
    priority: PRIORITY[g.fragment.status]
  }));
  let fitted = fitToBudget(buildHead(tableCut || problemsCut), sections, tail, p.limit);
  let overflow = tableCut || problemsCut || fitted.collapsed.length > 0 || fitted.overflowed.length > 0;
  if (overflow && !(tableCut || problemsCut)) fitted = fitToBudget(buildHead(true), sections, tail, p.limit);
  overflow = overflow || fitted.collapsed.length > 0 || fitted.overflowed.length > 0;
  if (fitted.droppedHeadOrTail) {
    throw new Error("pr-report: the comment head did not fit its budget (bug)");
  }
  return { body: `${fitted.text}
`, overflow };
}
function composeSummary(input, gates, headline, countsLine, rows, problemLines, foot, limitBytes) {
  const budget = limitBytes - 4096;
  const parts = [headline, "", countsLine, ""];
  let used = byteLength(parts.join("\n"));
  const push = (text) => {
    const n = byteLength(text) + 1;
    if (used + n > budget) return false;
    parts.push(text);
    used += n;
    return true;
  };
  if (rows.length > 0) {
    push(TABLE_HEAD);
    const kept = fitLines(rows, Math.floor(budget * 0.3), (n) => `| \u2026 ${n} more gates | | | |`);
    for (const r of kept.lines) push(r);
    push("");
  }
  if (problemLines.length > 0) {
    push("**Fragments that could not be read**\n");
    for (const l of fitLines(problemLines, Math.floor(budget * 0.15), (n) => `- \u2026 ${n} more problems`).lines)
      push(l);
    push("");
  }
  let omitted = 0;
  for (const g of gates) {
    const left = budget - used - 1024;
    if (left < 1024) {
      omitted++;
      continue;
    }
    const cap = Math.min(left, 2e5);
    let text = renderSection(g, sanitizeSection(g, input, cap), true);
    if (byteLength(text) + 2 > left)
      text = renderSection(g, sanitizeSection(g, input, Math.floor(cap / 4)), true);
    if (!push(`${text}
`)) omitted++;
  }
  if (omitted > 0)
    parts.push(`_${omitted} section${omitted === 1 ? "" : "s"} omitted: over the 1 MiB job summary limit._`);
  parts.push("", foot);
  return parts.join("\n");
}

// src/pr-report/fork.ts
function rec(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function posInt(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : void 0;
}
function workflowRunFromPayload(payload) {
  const run = rec(payload.workflow_run);
  if (!run) {
    throw new UserError(
      'input "mode": workflow-run mode needs a workflow_run event (run pr-report from `on: workflow_run`), but the event payload has no workflow_run'
    );
  }
  const runId = posInt(run.id);
  if (runId === void 0)
    throw new UserError('workflow_run event: "workflow_run.id" is not a positive integer');
  const headSha = run.head_sha;
  if (typeof headSha !== "string" || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new UserError('workflow_run event: "workflow_run.head_sha" is not a 40-character commit id');
  }
  const headRepo = rec(run.head_repository);
  const baseRepo = rec(run.repository) ?? rec(payload.repository);
  const headId = posInt(headRepo?.id);
  const baseId = posInt(baseRepo?.id);
  const fromFork = headId !== void 0 && baseId !== void 0 ? headId !== baseId : false;
  let prNumber;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  for (const pr of prs) {
    const p = rec(pr);
    const head = rec(p?.head);
    const n = posInt(p?.number);
    if (n !== void 0 && head?.sha === headSha) {
      prNumber = n;
      break;
    }
  }
  const fullName = headRepo?.full_name;
  const conclusion = run.conclusion;
  return {
    runId,
    runAttempt: posInt(run.run_attempt) ?? 1,
    headSha,
    event: typeof run.event === "string" ? run.event : "unknown",
    ...prNumber !== void 0 ? { prNumber } : {},
    ...typeof fullName === "string" ? { headRepository: fullName } : {},
    fromFork,
    ...typeof conclusion === "string" ? { conclusion } : {}
  };
}

// src/pr-report/statuses.ts
async function publishStatuses(octokit, repo, sha, statuses, setStatus = setCommitStatus, pr) {
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    return {
      set: [],
      failed: statuses.map((s) => ({
        context: s.context,
        error: `no valid head SHA (${sha || "empty"})`,
        forkRefused: false
      }))
    };
  }
  const outcome = { set: [], failed: [] };
  for (const s of statuses) {
    try {
      await setStatus(octokit, repo, sha, {
        context: s.context,
        state: s.state,
        description: s.description,
        ...s.targetUrl ? { targetUrl: s.targetUrl } : {}
      });
      outcome.set.push(s.context);
    } catch (e) {
      outcome.failed.push({ context: s.context, error: describeError(e), forkRefused: refusedOnFork(e, pr) });
    }
  }
  return outcome;
}

// src/pr-report/approvals.ts
async function withApprovals(fragments, read, warn) {
  const claims = fragments.map((f) => approvalClaim(f.fragment));
  if (claims.every((c) => c === void 0)) return [...fragments];
  let approvers;
  try {
    approvers = await read();
  } catch (e) {
    warn(`pr-report: the approvals of the pull request were not read, none applied: ${describeError(e)}`);
    return [...fragments];
  }
  return fragments.map((f, i) => {
    const claim = claims[i];
    if (!claim || !claim.every((fp) => approvers.has(fp))) return f;
    const by = [...new Set(claim.map((fp) => approvers.get(fp)))].sort();
    return { ...f, fragment: approved(f.fragment, claim.length, by) };
  });
}
function approved(f, diffs, by) {
  const who = by.slice(0, 5).join(", ") + (by.length > 5 ? ` and ${by.length - 5} more` : "");
  const summary = `approved by ${who}: ${f.summary}`.slice(0, FRAGMENT_LIMITS.summary);
  const next = { ...f, status: "pass", summary };
  const note = `> \u2705 ${diffs === 1 ? "This diff was" : `These ${diffs} diffs were`} approved on the pull request (${who}); the gate's next run excuses ${diffs === 1 ? "it" : "them"} by itself.`;
  const heading = headingLine(f);
  const body = f.markdown === heading || f.markdown.startsWith(`${heading}
`) ? f.markdown.slice(heading.length) : `

${f.markdown}`;
  const markdown = `${headingLine(next)}

${note}${body}`;
  return {
    ...next,
    markdown: markdown.slice(0, FRAGMENT_LIMITS.markdown),
    metrics: { ...f.metrics, "approved-on-pr": diffs }
  };
}

// src/pr-report/upsert.ts
var DEFAULT_COMMENT_AUTHOR = "github-actions[bot]";
var MAX_VERIFY_ROUNDS = 6;
var COMMENT_ON = ["always", "change", "failure"];
async function upsertComment(octokit, repo, prNumber, body, options) {
  if (body.length > COMMENT_LIMIT) {
    throw new Error(`pr-report: comment body is ${body.length} characters, over GitHub's ${COMMENT_LIMIT}`);
  }
  if (!hasMarker(body, options.marker))
    throw new Error("pr-report: comment body does not start with its marker");
  const mode = options.mode ?? "update";
  const on = options.on ?? "always";
  if (on === "failure" && options.failed === void 0) {
    throw new Error("pr-report: comment-on: failure needs to know whether the report failed");
  }
  let author = (options.author ?? DEFAULT_COMMENT_AUTHOR).toLowerCase();
  const settleMs = options.settleMs ?? 1e3;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const settle = () => sleep(Math.round(settleMs * (1 + Math.random() / 2)));
  const ours = readState(body);
  const issue = { owner: repo.owner, repo: repo.repo, issue_number: prNumber };
  const listOurs = async () => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
    return all.map((c) => ({ id: c.id, body: c.body ?? "", login: c.user?.login ?? "", url: c.html_url })).filter((c) => c.login.toLowerCase() === author && hasMarker(c.body, options.marker)).sort((a, b) => a.id - b.id);
  };
  const currentOf = (matches) => {
    if (mode === "update") return matches[0];
    let best;
    for (const c of matches) {
      if (best === void 0 || compareOrder(readOrder(c.body), readOrder(best.body)) >= 0) best = c;
    }
    return best;
  };
  const create = async (text) => {
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: text });
    return { id: data.id, body: data.body ?? text, login: data.user?.login ?? "", url: data.html_url };
  };
  const update = async (id, text) => {
    try {
      const { data } = await octokit.rest.issues.getComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id
      });
      const current2 = data.body ?? "";
      if (current2 === text) return "same";
      if (compareOrder(readOrder(current2), readOrder(text)) > 0) return "newer";
      await octokit.rest.issues.updateComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id,
        body: text
      });
      return "written";
    } catch (e) {
      if (statusOf(e) === 404) return "gone";
      throw e;
    }
  };
  const remove = async (id) => {
    try {
      await octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: id });
      return true;
    } catch (e) {
      if (statusOf(e) === 404) return false;
      throw e;
    }
  };
  const deleted = [];
  let wrote = false;
  let actualAuthor;
  let action;
  let reason;
  let survivor;
  let mine = body;
  const createOurs = async () => {
    const made = await create(mine);
    wrote = true;
    if (made.login && made.login.toLowerCase() !== author) {
      actualAuthor = made.login;
      author = made.login.toLowerCase();
    }
    return made;
  };
  const updateInPlace = async (target, done) => {
    const outcome = await update(target.id, mine);
    if (outcome === "gone") {
      mine = body;
      survivor = await createOurs();
      reason = void 0;
      return "created";
    }
    survivor = { ...target, body: outcome === "written" || outcome === "same" ? mine : target.body };
    wrote = outcome === "written";
    if (outcome === "newer") {
      reason = void 0;
      return "superseded";
    }
    return outcome === "same" && done !== "skipped" ? "unchanged" : done;
  };
  let existing = await listOurs();
  if (existing.length === 0 && on === "failure" && options.failed === false) {
    await settle();
    existing = await listOurs();
    if (existing.length === 0) return { action: "skipped", reason: "no-failure", deleted };
  }
  const current = currentOf(existing);
  const inPlace = current === void 0 ? void 0 : readState(current.body);
  if (current === void 0 || inPlace === void 0) {
    survivor = await createOurs();
    action = "created";
  } else if (current.body === body || contentOf(current.body) === contentOf(body)) {
    survivor = current;
    action = "unchanged";
  } else if (compareOrder(inPlace.order, ours.order) > 0) {
    survivor = current;
    action = "superseded";
  } else if (on === "change" && ours.digest !== void 0 && inPlace.digest === ours.digest) {
    action = "skipped";
    reason = "unchanged";
    survivor = current;
    const stamped = withStateLine(current.body, body.split("\n", 2)[1] ?? "");
    if (compareOrder(ours.order, inPlace.order) > 0 && stamped.length <= COMMENT_LIMIT) {
      mine = stamped;
      action = await updateInPlace(current, "skipped");
    }
  } else if (mode === "update" || on === "failure" && options.failed === false) {
    action = await updateInPlace(current, "updated");
  } else {
    survivor = await createOurs();
    action = "recreated";
  }
  let recreated = false;
  const reconcile = async () => {
    let matches = await listOurs();
    let fixed = false;
    if (matches.length === 0 && !recreated) {
      recreated = fixed = true;
      matches = [await createOurs()];
    }
    if (mode === "recreate") {
      const keep2 = currentOf(matches) ?? survivor;
      for (const c of matches) if (c.id !== keep2.id && await remove(c.id)) deleted.push(c.id);
      fixed ||= matches.length > 1;
      if (compareOrder(readOrder(keep2.body), readOrder(mine)) < 0) {
        const outcome = await update(keep2.id, mine);
        if (outcome === "written") wrote = fixed = true;
        if (outcome === "written" || outcome === "same") keep2.body = mine;
      }
      return { keep: keep2, fixed, superseded: compareOrder(readOrder(keep2.body), readOrder(mine)) > 0 };
    }
    const keep = matches[0] ?? survivor;
    let best = mine;
    for (const c of matches) if (compareOrder(readOrder(c.body), readOrder(best)) > 0) best = c.body;
    if (keep.body !== best) {
      const outcome = await update(keep.id, best);
      if (outcome === "written") wrote = fixed = true;
      if (outcome === "written" || outcome === "same") keep.body = best;
    }
    for (const c of matches.slice(1)) if (await remove(c.id)) deleted.push(c.id);
    return { keep, fixed, superseded: best !== mine };
  };
  if (wrote || existing.length > 1) {
    let pass = await reconcile();
    survivor = pass.keep;
    for (let round = 0; wrote && !pass.superseded && round < MAX_VERIFY_ROUNDS; round++) {
      await settle();
      pass = await reconcile();
      survivor = pass.keep;
      if (!pass.fixed && round > 0) break;
    }
  }
  return {
    action,
    ...reason !== void 0 ? { reason } : {},
    ...survivor !== void 0 ? { commentId: survivor.id } : {},
    ...survivor?.url !== void 0 ? { url: survivor.url } : {},
    deleted,
    ...actualAuthor !== void 0 ? { actualAuthor } : {}
  };
}
function commentFailureWarning(e) {
  const cause = classifyApiError(e);
  const hint = cause.kind === "permission" ? " \u2014 a fork PR gets a read-only token: use the workflow_run setup (mode: workflow-run)" : cause.kind === "rate-limit" ? " \u2014 the report is in the job summary; re-run the job after the reset to post it" : "";
  return `could not write the PR comment: ${describeApiError(e)}${hint}`;
}
function statusOf(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}

// src/pr-report/pull.ts
async function findPullRequest(octokit, repo, ctx, target, hostPullRequest) {
  const eventName = target ? "workflow_run" : ctx.eventName;
  const pr = !target && (eventName === "workflow_dispatch" || ctx.manualPullRequest !== void 0) && hostPullRequest ? await hostPullRequest() : await resolvePullRequest(eventName, ctx.payload, repo, octokit);
  const headSha = target?.headSha ?? pr?.headSha ?? ctx.sha;
  return pr ? { number: pr.number, headSha, isFork: !target && pr.isFork } : { headSha };
}

// src/pr-report/report.ts
var COMMENT_INPUT = /^(?:update|recreate|off|true|false|yes|no|on|1|0)$/i;
var COMMENT_ALIASES = {
  update: "update",
  recreate: "recreate",
  off: "off",
  true: "update",
  yes: "update",
  on: "update",
  "1": "update",
  false: "off",
  no: "off",
  "0": "off"
};
var SETTINGS = [
  {
    name: "fragments",
    kind: "list",
    positional: true,
    placeholder: "<file|glob|dir>",
    description: "Fragment files, globs or directories in the workspace, one per line (a directory is searched for **/quality-gates-fragment*.json). Empty = only artifacts (and fragments left by gates earlier in this job).",
    group: "Inputs"
  },
  {
    name: "artifact-pattern",
    kind: "string",
    only: "action",
    maxLength: 200,
    description: `Glob over artifact names holding fragments, from this run (or from the triggering run in workflow-run mode). Empty = ${DEFAULT_ARTIFACT_PATTERN}; in same-run mode artifacts are read when this is set or fragments is empty.`,
    group: "Inputs"
  },
  {
    name: "mode",
    kind: "enum",
    values: ["auto", "same-run", "workflow-run"],
    default: "auto",
    only: "action",
    description: "auto (workflow-run when triggered by workflow_run, else same-run), same-run or workflow-run.",
    group: "Inputs"
  },
  {
    // A string, not an enum: the boolean spellings of earlier releases stay valid (true = update, false = off).
    name: "comment",
    kind: "string",
    default: "update",
    only: "action",
    pattern: COMMENT_INPUT,
    describe: "update, recreate or off (true = update, false = off)",
    description: "The sticky PR comment: update (edit it in place), recreate (delete it and post the report anew at the bottom of the PR) or off. true and false still mean update and off.",
    group: "Outputs"
  },
  {
    name: "comment-on",
    kind: "enum",
    values: COMMENT_ON,
    default: "always",
    only: "action",
    description: "When to write the comment: always; change (only when the verdict, a status, a summary line or a number changed since the last comment); failure (only when the verdict is fail; an existing comment is still brought up to date when it passes again).",
    group: "Outputs"
  },
  {
    name: "commit-status",
    kind: "boolean",
    default: true,
    only: "action",
    actionAliases: ["statuses"],
    description: "Set one commit status per gate and an overall quality-gates status on the PR head commit (needs statuses: write).",
    group: "Outputs"
  },
  {
    name: "id",
    kind: "string",
    default: DEFAULT_REPORT_ID,
    maxLength: 100,
    description: "Report id ([a-z0-9-]): several independent reports can live on one PR under different ids.",
    group: "Inputs"
  },
  {
    name: "comment-author",
    kind: "string",
    only: "action",
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/,
    describe: "a GitHub login",
    default: DEFAULT_COMMENT_AUTHOR,
    description: `Login whose comments are ours: ${DEFAULT_COMMENT_AUTHOR} is the identity of GITHUB_TOKEN; set it when github-token is a PAT or another app's token.`,
    group: "Inputs"
  },
  {
    name: "expect",
    kind: "list",
    placeholder: "<gate>",
    description: 'Gates that must report, as gate ids or contexts without the quality-gates/ prefix (e.g. "coverage, coverage/api"). One without a fragment fails its status and the overall one ("coverage did not report: its job failed or was skipped").',
    group: "Inputs"
  },
  {
    name: "on-missing",
    kind: "enum",
    values: ["fail", "neutral"],
    default: "fail",
    description: "What a missing result means (no fragment at all, an unreadable one, an expected gate that did not report): fail (required statuses fail closed, the step fails) or neutral (a notice; the overall status stays green).",
    group: "Inputs"
  },
  {
    name: "fork-workflow-changes",
    kind: "enum",
    values: ["fail", "allow"],
    default: "fail",
    only: "action",
    description: "A fork PR that changes files under .github/ fails the overall status and the comment lists the files (its workflows produced the fragments), unless this is allow.",
    group: "Inputs"
  },
  {
    name: "fail-on-gate-failure",
    kind: "boolean",
    default: false,
    description: "Also fail this step when a gate failed (the gates already fail their own steps and statuses).",
    group: "Outputs"
  },
  ...GITHUB_SETTINGS,
  ...DISPATCH_SETTINGS,
  {
    name: "out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "also write the comment markdown to <file>",
    group: "Outputs"
  },
  {
    name: "summary-out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "write the job-summary markdown to <file>",
    group: "Outputs"
  },
  {
    name: "json",
    kind: "boolean",
    default: false,
    only: "cli",
    description: "print {overall, comment, summary, statuses, fragments, problems} as JSON instead",
    group: "Outputs"
  }
];
function createPrReport(deps = {}) {
  return {
    action: "pr-report",
    command: "report",
    usage: "--fragments <file|glob|dir>... [options]",
    about: "Collects quality-gates fragments, composes the sticky PR comment exactly as the pr-report action does, and\nprints it (unreadable fragments are shown as lines in the report, never dropped).",
    settings: SETTINGS,
    run: (settings, host) => runReport(settings, host, deps),
    print: {
      json: (outcome, write) => write(
        `${JSON.stringify(
          {
            overall: outcome.composed.overall,
            comment: outcome.composed.comment,
            summary: outcome.composed.summary,
            statuses: outcome.composed.statuses,
            fragments: outcome.collected.fragments.map((f) => ({
              source: f.source,
              gate: f.fragment.gate,
              status: f.fragment.status
            })),
            problems: outcome.collected.problems
          },
          null,
          2
        )}
`
      ),
      human: (outcome) => outcome.composed.comment
    }
  };
}
var prReport = createPrReport();
async function runReport(settings, host, deps) {
  const s = settings;
  const label = (name) => labelOf(hostInputs(host), name);
  const id = validateReportId(s.id, label("id"));
  const mode = s.mode ?? "auto";
  const commentMode = COMMENT_ALIASES[(s.comment ?? "update").toLowerCase()] ?? "update";
  const commentOn = s["comment-on"] ?? "always";
  const wantStatuses = s["commit-status"] ?? true;
  const failOnFailure = s["fail-on-gate-failure"];
  const author = s["comment-author"] ?? DEFAULT_COMMENT_AUTHOR;
  const specs = s.fragments;
  const onMissing = s["on-missing"];
  for (const entry of s.expect) {
    const shaped = /^[a-z0-9][a-z0-9._-]{0,39}(?:\/[a-z0-9][a-z0-9._-]{0,39})?$/.test(entry);
    if (!shaped || entry.includes("..") || entry.startsWith("quality-gates/")) {
      throw new UserError(
        `${label("expect")}: ${JSON.stringify(entry.slice(0, 80))} is not a gate id or <gate>/<name> (without the quality-gates/ prefix)`
      );
    }
  }
  const patternInput = s["artifact-pattern"];
  const ctx = host.context;
  const octokit = host.octokit;
  const repo = ctx.repository;
  const log = host.logger;
  const effectiveMode = mode === "auto" ? ctx.eventName === "workflow_run" ? "workflow-run" : "same-run" : mode;
  const target = effectiveMode === "workflow-run" ? workflowRunFromPayload(ctx.payload) : void 0;
  if (target) {
    log.log(
      "info",
      `workflow-run mode: reading fragments of run ${target.runId} (${target.event}${target.fromFork ? `, fork ${target.headRepository ?? ""}` : ""}) at ${target.headSha}`
    );
  }
  const parts = [];
  if (specs.length === 0 && !octokit && host.jobTempDir === void 0) {
    throw new UserError(
      `${label("fragments")} is required here: without a GitHub token there are no artifacts to read`
    );
  }
  if (specs.length > 0) {
    const fromPaths = await collectFromPaths(specs, host.cwd);
    const missing = repo ? void 0 : fromPaths.problems.find((p) => p.error === "no such file or directory");
    if (missing)
      throw new UserError(
        `${label("fragments")}: ${JSON.stringify(missing.source.slice(0, 200))}: no such file or directory`
      );
    parts.push(fromPaths);
  }
  const jobDir = host.jobTempDir && !target ? jobFragmentsDir(host.jobTempDir) : void 0;
  if (specs.length === 0 && jobDir && existsSync(jobDir))
    parts.push(await collectFromPaths([jobDir], host.workspace));
  const artifactRunId = target ? target.runId : ctx.runId;
  const wantArtifacts = target !== void 0 || specs.length === 0 || patternInput !== void 0;
  if (wantArtifacts) {
    if (!octokit || !repo || artifactRunId === void 0) {
      if (specs.length === 0 || target) {
        parts.push({
          fragments: [],
          problems: [
            {
              source: "artifacts",
              error: 'cannot read artifacts here (needs a GitHub token, a repository and a run id); pass "fragments"'
            }
          ]
        });
      }
    } else {
      const download = host.artifacts?.downloadZip.bind(host.artifacts) ?? restDownloadZip(octokit, repo);
      parts.push(
        await collectFromArtifacts({
          octokit,
          repo,
          runId: artifactRunId,
          ...patternInput ? { pattern: patternInput } : {},
          downloadZip: download,
          tempDir: host.tempDir,
          // Fragments given as files, or left by gates earlier in this job: no matching artifact is fine then.
          quietWhenNone: !target && (specs.length > 0 || parts.some((p) => p.fragments.length > 0))
        })
      );
    }
  }
  const collected = parts.length > 0 ? mergeCollected(...parts) : emptyCollected();
  for (const p of collected.problems) log.log("warning", `pr-report: ${p.source}: ${p.error}`);
  let pull = { headSha: target?.headSha ?? ctx.sha };
  if (repo) {
    try {
      pull = await findPullRequest(octokit, repo, ctx, target, () => host.pullRequest());
    } catch (e) {
      if (!target && (ctx.eventName === "workflow_dispatch" || ctx.manualPullRequest !== void 0)) throw e;
      log.log(
        "warning",
        `pr-report: cannot find the pull request (${describeError(e)}); no comment is written`
      );
    }
  }
  if (target?.fromFork && s["fork-workflow-changes"] !== "allow") {
    collected.problems.push(
      ...pull.number !== void 0 && octokit && repo ? await workflowChanges(octokit, repo, pull.number) : [
        {
          source: "fork PR",
          kind: "refused",
          error: "the pull request was not found, so whether it changes files under .github/ is unknown: the verdict needs review (fork-workflow-changes: allow to accept)"
        }
      ]
    );
  }
  if (pull.number !== void 0 && octokit && repo) {
    const number = pull.number;
    collected.fragments = await withApprovals(
      collected.fragments,
      () => readApprovers(octokit, repo, number, { author }),
      (message) => log.log("warning", message)
    );
  }
  const order = target ? [target.runId, target.runAttempt, ctx.runId ?? 0, ctx.runAttempt ?? 0] : ctx.runId !== void 0 ? [ctx.runId, ctx.runAttempt ?? 1] : repo ? [host.now().getTime()] : void 0;
  const runUrl2 = runUrl(ctx);
  const gatesRunUrl = target && repo ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${target.runId}` : void 0;
  const composed = compose({
    id,
    collected,
    ...order ? { order } : {},
    ...runUrl2 ? { runUrl: runUrl2 } : {},
    ...gatesRunUrl ? { gatesRunUrl } : {},
    ...pull.headSha ? { sha: pull.headSha } : {},
    ...repo ? { repository: { owner: repo.owner, repo: repo.repo } } : {},
    ...repo ? { serverUrl: ctx.serverUrl } : {},
    untrusted: target !== void 0,
    expected: s.expect,
    onMissing,
    ...order ? {
      digest: reportDigest({
        results: collected.fragments.map((f) => f.fragment),
        problems: collected.problems,
        expected: s.expect,
        onMissing,
        untrusted: target !== void 0
      })
    } : {}
  });
  await host.appendSummary(composed.summary);
  host.setOutput("verdict", composed.overall);
  let statusFailure;
  if (wantStatuses && octokit && repo) {
    const outcome = await publishStatuses(octokit, repo, pull.headSha, composed.statuses, deps.setStatus, {
      isFork: pull.isFork === true
    });
    const refused = outcome.failed.filter((f) => f.forkRefused);
    const failed = outcome.failed.filter((f) => !f.forkRefused);
    for (const f of failed) {
      log.log(
        "error",
        `pr-report: could not set status "${f.context}" on ${pull.headSha.slice(0, 12)}: ${f.error}`
      );
    }
    if (refused.length > 0)
      log.log("warning", `pr-report: ${forkStatusNote(refused.map((f) => f.context).join(", "))}`);
    log.log("info", `pr-report: set ${outcome.set.length} commit statuses on ${pull.headSha}`);
    if (failed.length > 0) statusFailure = `${failed.length} commit statuses could not be set`;
  }
  let commentId = "";
  let commentUrl = "";
  if (commentMode === "off") {
    log.log("info", "pr-report: no comment written (comment: off)");
  } else if (pull.number === void 0) {
    log.log("info", `pr-report: not a pull request (${ctx.eventName}); job summary and statuses only`);
  } else if (!target && ctx.eventName === "merge_group") {
    log.log(
      "info",
      "pr-report: a merge queue run; statuses on the queue commit and the job summary, no PR comment"
    );
  } else if (!octokit || !repo) {
    log.log("warning", "pr-report: no GitHub token; cannot write the PR comment");
  } else {
    try {
      const result = await upsertComment(octokit, repo, pull.number, composed.comment, {
        marker: markerLine(id),
        author,
        mode: commentMode,
        on: commentOn,
        failed: composed.overall === "fail",
        ...deps.settleMs !== void 0 ? { settleMs: deps.settleMs } : {}
      });
      if (result.action !== "skipped" && result.commentId !== void 0) {
        commentId = String(result.commentId);
        commentUrl = result.url ?? "";
      }
      log.log("info", `pr-report: ${commentLogLine(result, pull.number)}`);
      if (result.actualAuthor) {
        log.log(
          "warning",
          `pr-report: the comment was written as "${result.actualAuthor}", not "${author}"; set input comment-author: ${result.actualAuthor} or later runs will not find it`
        );
      }
    } catch (e) {
      log.log("warning", `pr-report: ${commentFailureWarning(e)}`);
    }
  }
  host.setOutput("comment-id", commentId);
  host.setOutput("comment-url", commentUrl);
  if (s.out !== void 0) {
    const out = resolve2(host.cwd, s.out);
    await writeFile(out, composed.comment).catch((e) => {
      throw new UserError(`${label("out")} ${out}: cannot write (${e.code ?? "error"})`);
    });
  }
  const failure = statusFailure ?? (composed.missing > 0 && onMissing === "fail" ? `quality gates: ${composed.missing} result(s) missing, unreadable or refused, so the overall status is failure; see the report` : failOnFailure && composed.overall === "fail" ? "quality gates failed (fail-on-gate-failure is true); see the job summary" : void 0);
  return { ...failure ? { failure } : {}, collected, composed };
}
function commentLogLine(result, prNumber) {
  const removed = result.deleted.length;
  if (result.action === "skipped") {
    return result.reason === "no-failure" ? `no comment written on #${prNumber} (comment-on: failure, and nothing failed)` : `no comment written on #${prNumber} (comment-on: change, and the report is unchanged since comment ${result.commentId ?? "?"})`;
  }
  return `comment ${result.action} on #${prNumber} (id ${result.commentId ?? "?"}${removed ? `, removed ${removed} older or duplicate comment${removed === 1 ? "" : "s"}` : ""})`;
}
async function workflowChanges(octokit, repo, pullNumber) {
  try {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: pullNumber,
      per_page: 100
    });
    const touched = files.flatMap((f) => [f.filename, ...f.previous_filename ? [f.previous_filename] : []]).filter((name) => name.startsWith(".github/"));
    if (touched.length === 0) return [];
    const shown = [...new Set(touched)].slice(0, 10);
    return [
      {
        source: `fork PR #${pullNumber}`,
        kind: "refused",
        error: `changes ${touched.length} file(s) under .github/ (${shown.join(", ")}${touched.length > shown.length ? ", \u2026" : ""}): the fragments came from its own workflows, so this verdict needs review (fork-workflow-changes: allow to accept)`
      }
    ];
  } catch (e) {
    return [
      {
        source: `fork PR #${pullNumber}`,
        kind: "refused",
        error: `cannot list the PR's files to check for workflow changes (${describeApiError(e)})`
      }
    ];
  }
}
function restDownloadZip(octokit, repo) {
  return async (artifactId, zipPath) => {
    const res = await octokit.rest.actions.downloadArtifact({
      owner: repo.owner,
      repo: repo.repo,
      artifact_id: artifactId,
      archive_format: "zip"
    });
    await writeFile(zipPath, Buffer.from(res.data));
  };
}
export {
  createPrReport,
  prReport,
  restDownloadZip
};
//# sourceMappingURL=report-NIMTUYOP.js.map
