import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  DISPATCH_SETTINGS,
  manualPullRequestInput
} from "./chunk-YQ5RRJ37.js";
import {
  classifyApiError,
  describeApiError
} from "./chunk-HX5UPTZB.js";
import {
  UserError,
  describeError,
  oneLine
} from "./chunk-XW4BQXO4.js";

// src/shared/ratio.ts
function exactValue(n) {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
  if (Number.isInteger(n)) return { num: BigInt(n), den: 1n };
  let x = n;
  let den = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    den *= 2n;
  }
  return { num: BigInt(x), den };
}
function fraction(a, b) {
  const x = exactValue(a);
  const y = exactValue(b);
  return { num: x.num * y.den, den: y.num * x.den };
}
function percentOf(r) {
  if (r.total === 0) return null;
  const f = fraction(r.covered, r.total);
  return { num: f.num * 100n, den: f.den };
}
function deltaPp(head, base) {
  if (head.total <= 0 || base.total <= 0) return null;
  const h = fraction(head.covered, head.total);
  const b = fraction(base.covered, base.total);
  return { num: 100n * (h.num * b.den - b.num * h.den), den: h.den * b.den };
}
function decimalToFraction(value) {
  if (!Number.isFinite(value) || value < 0)
    throw new UserError(`threshold ${value} must be a finite number \u2265 0`);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!m) throw new UserError(`threshold ${value} is not a decimal number`);
  const frac = m[2] ?? "";
  let num = BigInt((m[1] ?? "0") + frac);
  let den = 10n ** BigInt(frac.length);
  const exp = Number(m[3] ?? 0);
  if (exp > 0) num *= 10n ** BigInt(exp);
  else if (exp < 0) den *= 10n ** BigInt(-exp);
  return { num, den };
}
function ratioAtLeast(r, percent2) {
  const { num, den } = decimalToFraction(percent2);
  const f = fraction(r.covered, r.total);
  return f.num * 100n * den >= num * f.den;
}
function dropWithin(head, base, maxDropPp) {
  const { num, den } = decimalToFraction(maxDropPp);
  const d = deltaPp(head, base);
  if (d === null) return true;
  return d.num * den + num * d.den >= 0n;
}
function truncDecimal(f, decimals) {
  const dec = Math.max(0, Math.min(10, Math.trunc(decimals)));
  const scale = 10n ** BigInt(dec);
  const num = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  const q = num * scale / den;
  const int = q / scale;
  return dec > 0 ? `${int}.${(q % scale).toString().padStart(dec, "0")}` : `${int}`;
}
function toNumber(f) {
  if (f.den === 0n) throw new RangeError("fraction with a zero denominator");
  const neg = f.num < 0n !== f.den < 0n;
  const num = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  if (num === 0n) return 0;
  const k = bitLength(den) - bitLength(num) + 55;
  const n = k >= 0 ? num << BigInt(k) : num;
  const d = k >= 0 ? den : den << BigInt(-k);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  const v = Number(q) * 2 ** -k;
  return neg ? -v : v;
}
function deltaPpNumber(head, base) {
  const d = deltaPp(head, base);
  return d === null ? null : toNumber(d);
}
function bitLength(n) {
  return n.toString(2).length;
}

// src/shared/markdown.ts
var ZWJ = "\u200D";
var ELLIPSIS = "\u2026";
var INLINE_SPECIAL = /* @__PURE__ */ new Set([
  "\\",
  "`",
  "*",
  "_",
  "~",
  "[",
  "]",
  "(",
  ")",
  "!",
  "|",
  "#",
  "<",
  ">",
  "&",
  "$"
]);
function flatten(s) {
  return s.replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, " ").replace(/\0/g, "\uFFFD").replace(/[\u0001-\u001f\u007f]/g, "");
}
function codePoints(s) {
  return Array.from(s);
}
function escapeText(s, max) {
  const flat = flatten(s);
  const neutral = flat.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/([A-Za-z]):\/\//g, `$1:${ZWJ}//`).replace(/(www)\./gi, `$1${ZWJ}.`);
  const units = [];
  const cps = codePoints(neutral);
  let leading = true;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    let unit;
    if (c === "<") unit = "&lt;";
    else if (c === "&") unit = "&amp;";
    else if (INLINE_SPECIAL.has(c)) unit = `\\${c}`;
    else if (leading && (c === "-" || c === "+" || c === "=")) unit = `\\${c}`;
    else if (leading && /[0-9]/.test(c)) {
      let j = i;
      while (j < cps.length && /[0-9]/.test(cps[j])) j++;
      const after = cps[j];
      if ((after === "." || after === ")") && j - i <= 9) {
        for (let k = i; k < j; k++) units.push(cps[k]);
        units.push(`\\${after}`);
        i = j;
        leading = false;
        continue;
      }
      unit = c;
    } else unit = c;
    if (leading && c !== " ") leading = false;
    units.push(unit);
  }
  return joinBounded(units, max);
}
function joinBounded(units, max) {
  if (max === void 0) return units.join("");
  let total = 0;
  for (const u of units) total += u.length;
  if (total <= max) return units.join("");
  if (max < ELLIPSIS.length) return "";
  const budget = max - ELLIPSIS.length;
  let out = "";
  for (const u of units) {
    if (out.length + u.length > budget) break;
    out += u;
  }
  return out + ELLIPSIS;
}
function escapeCell(s, max) {
  return escapeText(s, max);
}
function escapeHtml(s, max) {
  const cps = codePoints(
    flatten(s).replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`)
  );
  const units = cps.map(
    (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : c === "`" ? "&#96;" : c === "*" || c === "_" || c === "[" || c === "]" || c === "~" || c === "\\" ? `&#${c.charCodeAt(0)};` : c
  );
  return joinBounded(units, max);
}
function inlineCode(s, max, opts = {}) {
  let content = flatten(s);
  if (max !== void 0) {
    const cps = codePoints(content);
    if (cps.length > max) content = cps.slice(0, Math.max(0, max - 1)).join("") + ELLIPSIS;
  }
  if (opts.cell !== false) {
    content = content.replace(/(\\*)\|/g, (_m, bs) => `${bs}${bs.length % 2 === 1 ? "\\\\" : "\\"}|`);
  }
  let longest = 0;
  let run = 0;
  for (const c of content) {
    if (c === "`") {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  if (content === "") return "` `";
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function table(headers, rows, align) {
  if (headers.length === 0) return "";
  const line = (cells) => `| ${cells.map((c) => c.replace(/\r?\n/g, " ")).join(" | ")} |`;
  const sep = headers.map((_, i) => {
    const a = align?.[i];
    return a === "r" ? "---:" : a === "c" ? ":---:" : a === "l" ? ":---" : "---";
  });
  const out = [line(headers), `|${sep.map((s) => ` ${s} `).join("|")}|`];
  for (const row of rows) {
    const cells = headers.map((_, i) => row[i] ?? "");
    out.push(line(cells));
  }
  return out.join("\n");
}
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}>
<summary>${summary.replace(/\r?\n/g, " ")}</summary>

${body}

</details>`;
}
function assertCount(name, n) {
  if (!Number.isFinite(n) || n < 0)
    throw new RangeError(`${name} must be a finite non-negative number, got ${n}`);
}
function percent(covered, total, decimals = 2) {
  assertCount("covered", covered);
  assertCount("total", total);
  const p = percentOf({ covered, total });
  return p === null ? "n/a" : `${truncDecimal(p, decimals)}%`;
}
function mermaidLabel(s, max = 60) {
  const cleaned = flatten(s).replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/%%/g, "%").replace(/[{}]/g, (c) => c === "{" ? "(" : ")").replace(/;/g, ",").replace(/#/g, "\uFF03");
  const cps = codePoints(cleaned);
  return cps.length > max ? cps.slice(0, max - 1).join("") + ELLIPSIS : cleaned;
}
function mermaidNumber(n) {
  if (!Number.isFinite(n)) throw new RangeError(`mermaid chart values must be finite, got ${n}`);
  return String(Number(n.toFixed(4)));
}
function mermaidXYChart(opts) {
  const { xLabels, series } = opts;
  if (xLabels.length === 0 || series.length === 0) return "";
  for (const s of series) {
    if (s.values.length !== xLabels.length) {
      throw new RangeError(`mermaid series has ${s.values.length} values for ${xLabels.length} x labels`);
    }
  }
  const all = series.flatMap((s) => s.values);
  for (const v of all) mermaidNumber(v);
  let lo = opts.yMin ?? Math.min(...all);
  let hi = opts.yMax ?? Math.max(...all);
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) hi = lo + 1;
  const lines = [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidLabel(opts.title, 100)}"`,
    `    x-axis [${xLabels.map((l) => `"${mermaidLabel(l)}"`).join(", ")}]`,
    `    y-axis "${mermaidLabel(opts.yLabel)}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    ...series.map(
      (s) => `    ${s.kind === "bar" ? "bar" : "line"} [${s.values.map(mermaidNumber).join(", ")}]`
    ),
    "```"
  ];
  return lines.join("\n");
}
var SEP = "\n\n";
function overflowLine(n) {
  return `_${n} more section${n === 1 ? "" : "s"} in the job summary._`;
}
function fitToBudget(head, sections, tail, limit) {
  const n = sections.length;
  const order = sections.map((_, i) => i).sort((a, b) => {
    const pa = sections[a].priority;
    const pb = sections[b].priority;
    return pa !== pb ? pa - pb : b - a;
  });
  const state = sections.map(() => "full");
  const lenOf = (i) => {
    const s = sections[i];
    const st = state[i];
    return st === "full" ? s.full.length : st === "collapsed" ? s.collapsed.length : 0;
  };
  let partsLen = 0;
  let parts = 0;
  const add = (len, sign) => {
    if (len === 0) return;
    partsLen += sign * len;
    parts += sign;
  };
  add(head.length, 1);
  add(tail.length, 1);
  for (let i = 0; i < n; i++) add(lenOf(i), 1);
  let dropped = 0;
  const total = () => {
    const extra = dropped > 0 ? overflowLine(dropped).length : 0;
    const count = parts + (dropped > 0 ? 1 : 0);
    return partsLen + extra + Math.max(0, count - 1) * SEP.length;
  };
  for (const i of order) {
    if (total() <= limit) break;
    const s = sections[i];
    if (s.collapsed.length < s.full.length) {
      add(lenOf(i), -1);
      state[i] = "collapsed";
      add(lenOf(i), 1);
    }
  }
  for (const i of order) {
    if (total() <= limit) break;
    add(lenOf(i), -1);
    state[i] = "dropped";
    dropped++;
  }
  const body = [];
  for (let i = 0; i < n; i++) {
    const s = sections[i];
    if (state[i] === "full") body.push(s.full);
    else if (state[i] === "collapsed") body.push(s.collapsed);
  }
  if (dropped > 0) body.push(overflowLine(dropped));
  const join3 = (xs) => xs.filter((x) => x.length > 0).join(SEP);
  let text = join3([head, ...body, tail]);
  let droppedHeadOrTail = false;
  if (text.length > limit) {
    droppedHeadOrTail = true;
    const candidates = [join3([head, ...body]), join3(body)];
    text = candidates.find((c) => c.length <= limit) ?? "";
  }
  const collapsed = sections.filter((_, i) => state[i] === "collapsed").map((s) => s.id);
  const overflowed = sections.filter((_, i) => state[i] === "dropped").map((s) => s.id);
  return { text, collapsed, overflowed, droppedHeadOrTail };
}
function cutTableRows(rows, maxRows) {
  const keep = Math.max(0, Math.floor(Number.isFinite(maxRows) ? maxRows : 0));
  if (rows.length <= keep) return { rows, omitted: 0 };
  return { rows: rows.slice(0, keep), omitted: rows.length - keep };
}

// src/shared/fragment.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var FRAGMENT_SCHEMA = "quality-gates/fragment";
var FRAGMENT_VERSION = 1;
var STATUSES = ["pass", "fail", "neutral", "skipped"];
var ANNOTATION_LEVELS = ["notice", "warning", "failure"];
function commitState(f) {
  return f.status === "fail" || f.noResult === true ? "failure" : "success";
}
var FRAGMENT_LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  title: 200,
  summary: 1e3,
  markdown: 1024 * 1024,
  metrics: 200,
  metricKey: 100,
  metricString: 1e3,
  annotations: 1e3,
  annotationMessage: 4e3,
  path: 4096
};
var STATUS_EMOJI = {
  pass: "\u2705",
  fail: "\u274C",
  neutral: "\u26A0\uFE0F",
  skipped: "\u23ED\uFE0F"
};
function headingLine(f) {
  const summary = f.summary.trim();
  const title = `**${escapeText(f.title.trim(), FRAGMENT_LIMITS.title * 2)}**`;
  return `${STATUS_EMOJI[f.status]} ${title}${summary === "" ? "" : ` \u2014 ${escapeText(summary, FRAGMENT_LIMITS.summary * 2)}`}`;
}
function retitle(f, title) {
  const heading = headingLine(f);
  const starts = f.markdown === heading || f.markdown.startsWith(`${heading}
`);
  f.title = title;
  if (starts) f.markdown = `${headingLine(f)}${f.markdown.slice(heading.length)}`;
}
function makeFragment(init) {
  return validateFragment({ schema: FRAGMENT_SCHEMA, version: FRAGMENT_VERSION, ...init }, "fragment");
}
function validateFragment(value, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid quality-gates fragment: ${what}`);
  };
  if (!isRecord(value)) return fail("expected a JSON object");
  if (value.schema !== FRAGMENT_SCHEMA) return fail(`"schema" must be "${FRAGMENT_SCHEMA}"`);
  if (value.version !== FRAGMENT_VERSION) {
    return fail(
      `unsupported version ${JSON.stringify(value.version)?.slice(0, 20)} (this pr-report reads version ${FRAGMENT_VERSION}; upgrade the action that reads it)`
    );
  }
  const str = (key, max, optional = false) => {
    const v = value[key];
    if (v === void 0 && optional) return void 0;
    if (typeof v !== "string") return fail(`"${key}" must be a string`);
    if (v.length > max) return fail(`"${key}" is longer than ${max} characters`);
    return v;
  };
  const gate = str("gate", 40);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(gate)) fail('"gate" must match [a-z0-9-]+');
  const status = value.status;
  if (!STATUSES.includes(status)) fail(`"status" must be one of ${STATUSES.join(", ")}`);
  const statusContext = str("statusContext", 100);
  if (!/^[\w./ -]+$/.test(statusContext))
    fail('"statusContext" may hold only letters, digits, _ . / - and spaces');
  const sha = str("sha", 40, true);
  if (sha !== void 0 && !/^[0-9a-f]{7,40}$/.test(sha)) fail('"sha" must be a hex commit id');
  const url = str("url", 2e3, true);
  if (url !== void 0 && !/^https?:\/\//.test(url)) fail('"url" must be an http(s) URL');
  const noResult = value.noResult;
  if (noResult !== void 0 && noResult !== true && noResult !== false) fail('"noResult" must be a boolean');
  const metrics = value.metrics;
  if (!isRecord(metrics)) return fail('"metrics" must be an object');
  const metricEntries = Object.entries(metrics);
  if (metricEntries.length > FRAGMENT_LIMITS.metrics) fail(`more than ${FRAGMENT_LIMITS.metrics} metrics`);
  for (const [k, v] of metricEntries) {
    if (k.length > FRAGMENT_LIMITS.metricKey) fail(`metric name longer than ${FRAGMENT_LIMITS.metricKey}`);
    const ok = v === null || typeof v === "boolean" || typeof v === "number" && Number.isFinite(v) || typeof v === "string" && v.length <= FRAGMENT_LIMITS.metricString;
    if (!ok) fail(`metric "${k.slice(0, 40)}" must be a finite number, a short string, a boolean or null`);
  }
  let annotations;
  if (value.annotations !== void 0) {
    if (!Array.isArray(value.annotations)) return fail('"annotations" must be an array');
    if (value.annotations.length > FRAGMENT_LIMITS.annotations)
      fail(`more than ${FRAGMENT_LIMITS.annotations} annotations`);
    annotations = value.annotations.map((a, i) => {
      if (!isRecord(a)) return fail(`annotation ${i} must be an object`);
      const line = (k) => {
        const n = a[k];
        if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1)
          return fail(`annotation ${i}: "${k}" must be a positive integer`);
        return n;
      };
      const path = a.path;
      if (typeof path !== "string" || path.length === 0 || path.length > FRAGMENT_LIMITS.path)
        fail(`annotation ${i}: "path" must be a non-empty string`);
      const message = a.message;
      if (typeof message !== "string" || message.length > FRAGMENT_LIMITS.annotationMessage)
        fail(
          `annotation ${i}: "message" must be a string of at most ${FRAGMENT_LIMITS.annotationMessage} characters`
        );
      if (!ANNOTATION_LEVELS.includes(a.level))
        fail(`annotation ${i}: "level" must be one of ${ANNOTATION_LEVELS.join(", ")}`);
      const title = a.title;
      if (title !== void 0 && (typeof title !== "string" || title.length > 200))
        fail(`annotation ${i}: bad "title"`);
      const startLine = line("startLine");
      const endLine = line("endLine");
      if (endLine < startLine) fail(`annotation ${i}: "endLine" is before "startLine"`);
      return {
        path,
        startLine,
        endLine,
        level: a.level,
        message,
        ...title !== void 0 ? { title } : {}
      };
    });
  }
  return {
    schema: FRAGMENT_SCHEMA,
    version: FRAGMENT_VERSION,
    gate,
    status,
    title: str("title", FRAGMENT_LIMITS.title),
    summary: str("summary", FRAGMENT_LIMITS.summary),
    markdown: str("markdown", FRAGMENT_LIMITS.markdown),
    metrics: Object.fromEntries(metricEntries),
    statusContext,
    ...annotations ? { annotations } : {},
    ...sha !== void 0 ? { sha } : {},
    ...url !== void 0 ? { url } : {},
    ...noResult === true ? { noResult: true } : {}
  };
}
function parseFragment(text, source) {
  if (text.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${source}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${source}: fragment is not valid JSON (${e.message})`);
  }
  return validateFragment(value, source);
}
async function readFragment(path) {
  let buf;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new UserError(`${path}: cannot read fragment (${e.code ?? "error"})`);
  }
  if (buf.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${path}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  return parseFragment(buf.toString("utf8"), path);
}
async function writeFragment(path, fragment) {
  validateFragment(fragment, path);
  await writeFile(path, `${JSON.stringify(fragment, null, 2)}
`);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jobFragmentsDir(jobTempDir) {
  return join(jobTempDir, "quality-gates", "fragments");
}

// src/shared/run-context.ts
import { readFileSync } from "node:fs";
function runContextFromEnv(env, inputs = {}) {
  let payload = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      const parsed = JSON.parse(readFileSync(eventPath, "utf8"));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        payload = parsed;
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const repoPayload = payload.repository;
  const repositoryId = typeof repoPayload?.id === "number" ? repoPayload.id : void 0;
  const int = (v) => v && /^\d+$/.test(v) ? Number(v) : void 0;
  const eventName = env.GITHUB_EVENT_NAME ?? "unknown";
  const manualPullRequest = manualPullRequestInput(eventName, payload, inputs.pr);
  return {
    eventName,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    ...owner && repo ? { repository: { owner, repo, ...repositoryId !== void 0 ? { id: repositoryId } : {} } } : {},
    ...int(env.GITHUB_RUN_ID) !== void 0 ? { runId: int(env.GITHUB_RUN_ID) } : {},
    ...int(env.GITHUB_RUN_ATTEMPT) !== void 0 ? { runAttempt: int(env.GITHUB_RUN_ATTEMPT) } : {},
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    payload,
    ...manualPullRequest !== void 0 ? { manualPullRequest } : {}
  };
}
function runUrl(ctx) {
  if (!ctx.repository || ctx.runId === void 0) return void 0;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}

// src/shared/gate.ts
import { createHash } from "node:crypto";

// src/shared/publish.ts
import { mkdir, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";

// src/shared/status.ts
var STATUS_DESCRIPTION_MAX = 140;
var CHECK_SUMMARY_MAX_BYTES = 65535;
var ANNOTATIONS_PER_REQUEST = 50;
var STATES = ["success", "failure", "pending", "error"];
var StatusWriteError = class extends UserError {
  constructor(context, sha, apiError) {
    super(`commit status "${context}" on ${sha.slice(0, 12)} was not written: ${describeApiError(apiError)}`);
    this.context = context;
    this.sha = sha;
    this.apiError = apiError;
    this.kind = classifyApiError(apiError).kind;
  }
  context;
  sha;
  apiError;
  /** The cause in kind: rate-limit, permission, not-found, outage, network or other. */
  kind;
};
function isStatusWriteError(e) {
  return e instanceof StatusWriteError;
}
function refusedOnFork(e, pr) {
  return pr?.isFork === true && isStatusWriteError(e) && e.kind === "permission";
}
function forkStatusNote(contexts) {
  return `${contexts} not set: this fork PR's token may not write commit statuses. For required statuses on fork PRs, let a workflow_run report set them (examples/workflows/fork-pr.yml and fork-report.yml) and give the gates commit-status: false here.`;
}
async function setCommitStatus(octokit, repo, sha, s) {
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new UserError(
      `commit status: sha ${JSON.stringify(sha.slice(0, 60))} is not a 40-character hex commit id`
    );
  }
  if (!STATES.includes(s.state)) {
    throw new UserError(`commit status: state ${JSON.stringify(s.state)} is not one of ${STATES.join(", ")}`);
  }
  const context = s.context.trim();
  if (context.length === 0 || context.length > 255) {
    throw new UserError(`commit status: context must be 1\u2013255 characters, got ${context.length}`);
  }
  if (s.targetUrl !== void 0 && !/^https?:\/\/\S+$/.test(s.targetUrl)) {
    throw new UserError(
      `commit status: target URL ${JSON.stringify(s.targetUrl.slice(0, 100))} is not an http(s) URL`
    );
  }
  const params = {
    ...repo,
    sha,
    state: s.state,
    context,
    description: cutText(oneLine(s.description, Number.MAX_SAFE_INTEGER), STATUS_DESCRIPTION_MAX),
    ...s.targetUrl !== void 0 ? { target_url: s.targetUrl } : {}
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await octokit.rest.repos.createCommitStatus(params);
      return;
    } catch (e) {
      const unanswered = classifyApiError(e).kind === "network" || e.status === 504;
      if (!(unanswered && attempt === 0)) throw new StatusWriteError(context, sha, e);
    }
  }
}
function cutText(text, max) {
  if (codePoints2(text) <= max) return text;
  const head = text.slice(0, 2 * max + 16);
  let out = "";
  let used = 0;
  for (const { segment } of graphemes(head)) {
    const n = codePoints2(segment);
    if (used + n > max - 1) break;
    out += segment;
    used += n;
  }
  return `${out}\u2026`;
}
function cutBytes(text, maxBytes, suffix = "\u2026") {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const budget = Math.max(0, maxBytes - Buffer.byteLength(suffix, "utf8"));
  let cut = Buffer.from(text, "utf8").subarray(0, budget).toString("utf8");
  while (cut.length > 0 && !text.startsWith(cut)) cut = cut.slice(0, -1);
  const from = Math.max(0, cut.length - 64);
  let boundary = from;
  for (const { index, segment } of graphemes(text.slice(from, cut.length + 64))) {
    const end = from + index + segment.length;
    if (end > cut.length) break;
    boundary = end;
  }
  return text.slice(0, boundary) + suffix;
}
var CheckRunCreateError = class extends UserError {
  constructor(checkRunName, apiError) {
    super(`cannot create check run "${checkRunName}": ${describeApiError(apiError)}`);
    this.checkRunName = checkRunName;
    this.apiError = apiError;
    this.kind = classifyApiError(apiError).kind;
  }
  checkRunName;
  apiError;
  kind;
};
var LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
async function createAnnotatedCheckRun(octokit, repo, sha, name, conclusion, title, summary, annotations, cap = 500) {
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new UserError(
      `check run: sha ${JSON.stringify(sha.slice(0, 60))} is not a 40-character hex commit id`
    );
  }
  if (!Number.isSafeInteger(cap) || cap < 0)
    throw new UserError(`check run: annotation cap ${cap} must be an integer \u2265 0`);
  const ranked = annotations.map((a, i) => ({ a, i })).sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] || x.i - y.i).map((x) => x.a);
  const kept = ranked.slice(0, cap);
  const dropped = annotations.length - kept.length;
  const note = dropped > 0 ? `

> ${dropped} of ${annotations.length} annotations were not posted (limit ${cap}); see the report for all findings.` : "";
  const output = (batch) => ({
    title: cutText(oneLine(title, Number.MAX_SAFE_INTEGER), 255),
    summary: cutBytes(summary, CHECK_SUMMARY_MAX_BYTES - Buffer.byteLength(note, "utf8"), "\n\n\u2026(truncated)") + note,
    annotations: batch.map(toApiAnnotation)
  });
  const batches = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  let id;
  try {
    const created = await octokit.rest.checks.create({
      ...repo,
      name,
      head_sha: sha,
      status: "completed",
      conclusion,
      output: output(batches[0] ?? [])
    });
    id = created.data.id;
  } catch (e) {
    const kind = classifyApiError(e).kind;
    if (kind === "permission" || kind === "not-found") throw new CheckRunCreateError(name, e);
    throw e;
  }
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
  }
  return { id, posted: kept.length, dropped };
}
var WORKFLOW_ANNOTATIONS_PER_STEP = 10;
var WORKFLOW_ANNOTATIONS_PER_JOB = 50;
var ERROR_SLOTS_KEPT = 1;
var WORKFLOW_LEVEL = {
  failure: "error",
  warning: "warning",
  notice: "notice"
};
var WORKFLOW_ANNOTATION_CAPS = {
  error: WORKFLOW_ANNOTATIONS_PER_STEP - ERROR_SLOTS_KEPT,
  warning: WORKFLOW_ANNOTATIONS_PER_STEP,
  notice: WORKFLOW_ANNOTATIONS_PER_STEP
};
function workflowAnnotations(annotations, issued = {}, jobRemaining = WORKFLOW_ANNOTATIONS_PER_JOB) {
  const used = {
    error: issued.error ?? 0,
    warning: issued.warning ?? 0,
    notice: issued.notice ?? 0
  };
  const shown = [];
  for (const a of annotations) {
    if (shown.length >= jobRemaining) break;
    const level = WORKFLOW_LEVEL[a.level];
    if (used[level] >= WORKFLOW_ANNOTATION_CAPS[level]) continue;
    used[level]++;
    shown.push({
      level,
      message: a.message,
      file: a.path,
      startLine: a.startLine,
      endLine: a.endLine,
      ...a.title !== void 0 ? { title: cutText(oneLine(a.title, Number.MAX_SAFE_INTEGER), 255) } : {}
    });
  }
  return { shown, leftOut: annotations.length - shown.length };
}
function toApiAnnotation(a) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...a.title !== void 0 ? { title: cutText(a.title, 255) } : {}
  };
}
function codePoints2(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
var segmenter;
function graphemes(s) {
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return segmenter.segment(s);
}

// src/shared/publish.ts
var ANNOTATION_MODES = ["auto", "check-run", "workflow-commands", "off"];
var SUMMARY_MODES = ["full", "short", "off"];
var FRAGMENT_RETENTION_DAYS = 7;
function fragmentArtifactName(fragmentName, runAttempt) {
  return runAttempt !== void 0 && runAttempt > 1 ? `${fragmentName}-attempt-${runAttempt}` : fragmentName;
}
async function publish(host, result, opts) {
  const { fragment } = result;
  const path = host.fragmentPath(`${opts.fragmentName}.json`);
  if (path !== void 0) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFragment(path, fragment);
    } catch (error) {
      throw new UserError(`cannot write the report fragment ${path}: ${describeError(error)}`);
    }
    host.setOutput("fragment-path", path);
  }
  const issued = { error: 0, warning: 0, notice: 0, ...opts.issued };
  const log = (level, message) => {
    if (level !== "debug" && level !== "info") issued[level]++;
    host.logger.log(level, message);
  };
  const tryTo = async (what, fn) => {
    try {
      await fn();
    } catch (error) {
      log("warning", `could not ${what}: ${describeError(error)}`);
    }
  };
  if (path !== void 0 && host.artifacts?.canUpload && result.uploadFragment !== false) {
    const artifacts = host.artifacts;
    const name = fragmentArtifactName(opts.fragmentName, host.context.runAttempt);
    await tryTo(
      "upload the report fragment",
      () => artifacts.upload(name, [path], dirname(path), FRAGMENT_RETENTION_DAYS).then(() => {
        log("info", `uploaded the report fragment ${basename(path)} as artifact ${name}`);
      })
    );
  }
  const octokit = host.octokit;
  const repo = host.context.repository;
  const sha = result.sha;
  let statusError;
  if (octokit && repo && sha && result.onCommit && opts.status) {
    const url = runUrl(host.context);
    try {
      await setCommitStatus(octokit, repo, sha, {
        context: fragment.statusContext,
        state: commitState(fragment),
        description: fragment.summary,
        ...url ? { targetUrl: url } : {}
      });
    } catch (error) {
      const pr = await host.pullRequest().catch(() => void 0);
      if (refusedOnFork(error, pr)) log("warning", forkStatusNote(fragment.statusContext));
      else
        statusError = `could not set the commit status ${fragment.statusContext} on ${sha.slice(0, 12)}: ${describeError(error)}`;
    }
  }
  if (result.onCommit) {
    await annotate(host, result, opts, { log, issued: () => issued });
  }
  host.setOutput("verdict", fragment.status);
  host.setOutput("status", fragment.status);
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value);
  if (opts.summary === "full") await host.appendSummary(fragment.markdown);
  else if (opts.summary === "short")
    await host.appendSummary(result.uploadFragment === false ? headingLine(fragment) : shortSummary(fragment));
  if (statusError) throw new UserError(statusError);
}
function shortSummary(fragment) {
  return `${headingLine(fragment)} _(the full section is in the quality-gates report: pr-report's job summary and PR comment)_`;
}
async function annotate(host, result, opts, out) {
  const { fragment } = result;
  const findings = fragment.annotations ?? [];
  if (findings.length === 0) return;
  const log = (level, message) => out.log(level, `annotations: ${message}`);
  const n = `${findings.length} finding${findings.length === 1 ? "" : "s"}`;
  if (opts.annotations === "off") {
    log("info", `off; ${n} are in the report only`);
    return;
  }
  if (opts.annotations !== "workflow-commands") {
    const octokit = host.octokit;
    const repo = host.context.repository;
    const sha = result.sha;
    if (!octokit || !repo || !sha) {
      if (opts.annotations === "check-run") {
        log("info", `no GitHub token or repository, so no check run; ${n} are in the report only`);
        return;
      }
      log("info", "no GitHub token or repository for a check run; annotating with workflow commands");
    } else {
      const name = result.checkRunName ?? `${fragment.statusContext.replace(/^quality-gates\//, "")}: findings`;
      try {
        const run = await createAnnotatedCheckRun(
          octokit,
          repo,
          sha,
          name,
          fragment.status === "fail" ? "failure" : "neutral",
          fragment.summary,
          fragment.summary,
          findings
        );
        log(
          "info",
          `check run "${name}" carries ${run.posted} of ${n}${run.dropped > 0 ? ` (${run.dropped} over its limit)` : ""}`
        );
        return;
      } catch (error) {
        if (opts.annotations === "check-run" || !(error instanceof CheckRunCreateError)) {
          const why = error instanceof UserError ? error.message : describeApiError(error);
          out.log("warning", `could not annotate the findings: ${why}`);
          return;
        }
        log(
          "info",
          `the token may not create check runs (a fork PR's read-only token, no checks: write, or not a GitHub App token): ${error.message}; annotating with workflow commands instead`
        );
      }
    }
  }
  await emitWorkflowAnnotations(host, findings, fragment, out.issued(), opts.fragmentName, log);
}
async function jobAnnotationCounter(host) {
  if (host.jobTempDir === void 0) return { used: 0, add: async () => void 0 };
  const file = join2(host.jobTempDir, "quality-gates-workflow-annotations");
  const text = await readFile2(file, "utf8").catch(() => "");
  const used = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : 0;
  return {
    used,
    add: async (n) => {
      await writeFile2(file, String(used + n)).catch(() => void 0);
    }
  };
}
async function emitWorkflowAnnotations(host, findings, fragment, issued, fragmentName, log) {
  const job = await jobAnnotationCounter(host);
  const jobRemaining = Math.max(0, WORKFLOW_ANNOTATIONS_PER_JOB - job.used);
  const { shown, leftOut } = workflowAnnotations(findings, issued, jobRemaining);
  await job.add(shown.length);
  for (const a of shown) {
    host.logger.log(a.level, a.message, {
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      ...a.title !== void 0 ? { title: a.title } : {}
    });
  }
  log("info", `${shown.length} of ${findings.length} findings annotated with workflow commands`);
  if (leftOut > 0) {
    host.logger.log(
      "info",
      `${leftOut} more finding${leftOut === 1 ? " was" : "s were"} not annotated: GitHub shows at most ${WORKFLOW_ANNOTATIONS_PER_STEP} annotations of each level per step and ${WORKFLOW_ANNOTATIONS_PER_JOB} per job${job.used > 0 ? ` (earlier steps of this job made ${job.used})` : ""}. They are listed in the "${oneLine(fragment.title, 200)}" section of the quality-gates report (pr-report's comment and job summary) and all kept in the fragment ${fragmentName}.json.`
    );
  }
}

// src/shared/inputs.ts
function labelOf(get, name) {
  return get.label ? get.label(name) : `Input "${name}"`;
}
function show(v) {
  const flat = v.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat);
}
function raw(get, name) {
  const v = get(name);
  if (v === void 0 || v === null) return void 0;
  const t = String(v).trim();
  return t === "" ? void 0 : t;
}
function inputString(get, name, opts = {}) {
  const v = raw(get, name);
  if (v === void 0) {
    if (opts.default !== void 0) return opts.default;
    if (opts.required) {
      throw new UserError(
        `${labelOf(get, name)} is required${opts.describe ? `; expected ${opts.describe}` : ""}`
      );
    }
    return void 0;
  }
  const maxLength = opts.maxLength ?? 1e4;
  if (v.length > maxLength) {
    throw new UserError(
      `${labelOf(get, name)} is ${v.length} characters long; at most ${maxLength} are allowed`
    );
  }
  if (opts.pattern && !opts.pattern.test(v)) {
    throw new UserError(
      `${labelOf(get, name)}: ${show(v)} is not valid; expected ${opts.describe ?? `a value matching ${opts.pattern}`}`
    );
  }
  return v;
}
function rangeText(o) {
  const kind = o.integer ? "a whole number" : "a number";
  if (o.min !== void 0 && o.max !== void 0) return `${kind} from ${o.min} to ${o.max}`;
  if (o.min !== void 0) return `${kind} \u2265 ${o.min}`;
  if (o.max !== void 0) return `${kind} \u2264 ${o.max}`;
  return kind;
}
function inputNumber(get, name, opts = {}) {
  const v = raw(get, name);
  if (v === void 0) return opts.default;
  const o = opts.percent ? { min: 0, max: 100, ...opts } : opts;
  const expected = `expected ${rangeText(o)}${opts.percent ? " (a trailing % is allowed)" : ""}`;
  let text = v;
  if (opts.percent && text.endsWith("%")) text = text.slice(0, -1).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a number; ${expected}`);
  }
  const n = Number(text);
  if (!Number.isFinite(n))
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a finite number; ${expected}`);
  if (o.integer && !Number.isInteger(n)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a whole number; ${expected}`);
  }
  if (o.min !== void 0 && n < o.min || o.max !== void 0 && n > o.max) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is out of range; ${expected}`);
  }
  return n === 0 ? 0 : n;
}
var TRUE = ["true", "yes", "on", "1"];
var FALSE = ["false", "no", "off", "0"];
function inputBoolean(get, name, def) {
  const v = raw(get, name);
  if (v === void 0) return def;
  const l = v.toLowerCase();
  if (TRUE.includes(l)) return true;
  if (FALSE.includes(l)) return false;
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not a boolean; expected one of ${[...TRUE, ...FALSE].join(", ")} (any case)`
  );
}
function inputEnum(get, name, allowed, def) {
  const v = raw(get, name);
  if (v === void 0) return def;
  const exact = allowed.find((a) => a === v);
  if (exact !== void 0) return exact;
  const loose = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (loose !== void 0) return loose;
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not allowed; expected one of ${allowed.join(", ")}`
  );
}
function inputList(get, name, opts = {}) {
  const v = get(name);
  if (v === void 0 || v === null) return [];
  const out = [];
  for (const line of String(v).split(/\r?\n|\r/)) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    for (const part of t.split(",")) {
      const p = part.trim();
      if (p !== "") out.push(p);
    }
  }
  if (opts.max !== void 0 && out.length > opts.max) {
    throw new UserError(`${labelOf(get, name)} has ${out.length} entries; at most ${opts.max} are allowed`);
  }
  return out;
}
function inputRules(get, name) {
  const v = get(name);
  if (v === void 0 || v === null) return [];
  const rules = [];
  const lines = String(v).split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === "" || t.startsWith("#")) continue;
    const rule = splitRule(t);
    if (!rule) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(t)} is not a rule; expected "<glob> >= <percent>", e.g. "src/core/** >= 90"`
      );
    }
    const min = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(rule.number) ? Number(rule.number) : NaN;
    if (!Number.isFinite(min) || min < 0 || min > 100) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(rule.number)} is not a percentage from 0 to 100`
      );
    }
    rules.push({ pattern: rule.pattern, min: min === 0 ? 0 : min });
  }
  return rules;
}
function splitRule(line) {
  let end = line.length;
  if (line.endsWith("%")) end--;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  let start = end;
  while (start > 0 && /[0-9.+-]/.test(line[start - 1])) start--;
  const number = line.slice(start, end);
  let rest = line.slice(0, start).trimEnd();
  const separated = rest.length < start;
  let operator = false;
  if (rest.endsWith(">=")) {
    rest = rest.slice(0, -2);
    operator = true;
  } else if (rest.endsWith("\u2265")) {
    rest = rest.slice(0, -1);
    operator = true;
  }
  const pattern = rest.trim();
  if (number === "" || pattern === "" || !(operator || separated)) return void 0;
  return { pattern, number };
}

// src/shared/settings.ts
function readSettings(declared, get, frontEnd) {
  const out = {};
  for (const s of declared) {
    if (s.only && s.only !== frontEnd) continue;
    out[s.name] = readOne(s, frontEnd === "action" ? underOldName(s, get) : get);
  }
  return out;
}
function underOldName(s, get) {
  const given = (name) => {
    const v = get(name)?.trim();
    return v === void 0 || v === "" ? void 0 : v;
  };
  const old = s.actionAliases?.find((a) => given(a) !== void 0);
  if (old === void 0) return get;
  const current = given(s.name);
  if (current !== void 0 && current !== defaultText(s)) {
    throw new UserError(
      `${labelOf(get, s.name)} and its old name ${labelOf(get, old)} are both set: keep only ${s.name}`
    );
  }
  return Object.assign((name) => name === s.name ? get(old) : get(name), {
    label: (name) => labelOf(get, name === s.name ? old : name)
  });
}
function readOne(s, get) {
  switch (s.kind) {
    case "string":
      return inputString(get, s.name, {
        ...s.default !== void 0 ? { default: s.default } : {},
        ...s.required ? { required: true } : {},
        ...s.pattern ? { pattern: s.pattern } : {},
        ...s.describe ? { describe: s.describe } : {},
        ...s.maxLength !== void 0 ? { maxLength: s.maxLength } : {}
      });
    case "number":
    case "integer":
    case "percent":
      return inputNumber(get, s.name, {
        ...s.min !== void 0 ? { min: s.min } : {},
        ...s.max !== void 0 ? { max: s.max } : {},
        ...s.default !== void 0 ? { default: s.default } : {},
        integer: s.kind === "integer",
        percent: s.kind === "percent"
      });
    case "boolean":
      return inputBoolean(get, s.name, s.default);
    case "enum":
      return inputEnum(
        s.legacy ? withLegacyValues(get, s.name, s.values, s.legacy) : get,
        s.name,
        s.values,
        s.default
      );
    case "list": {
      const list = inputList(get, s.name, s.max !== void 0 ? { max: s.max } : {});
      if (s.required && list.length === 0) {
        throw new UserError(`${labelOf(get, s.name)} is required: ${s.description}`);
      }
      return list;
    }
    case "rules":
      return inputRules(get, s.name);
  }
}
function withLegacyValues(get, name, values, legacy) {
  for (const [old, now] of Object.entries(legacy)) {
    if (!values.includes(now))
      throw new Error(`setting ${name}: legacy value ${old} maps to ${now}, not one of its values`);
  }
  const mapped = (n) => {
    const v = get(n);
    if (n !== name || v === void 0 || v === null) return v;
    const t = String(v).trim();
    if (values.some((a) => a.toLowerCase() === t.toLowerCase())) return v;
    const old = Object.keys(legacy).find((k) => k === t) ?? Object.keys(legacy).find((k) => k.toLowerCase() === t.toLowerCase());
    return old === void 0 ? v : legacy[old];
  };
  return get.label ? Object.assign(mapped, { label: get.label }) : mapped;
}
function defaultText(s) {
  if (s.actionDefault !== void 0) return s.actionDefault;
  if (s.kind === "list" || s.kind === "rules") return "";
  if (s.kind === "boolean") return String(s.default);
  return s.default === void 0 ? "" : String(s.default);
}

// src/shared/gate.ts
function hostInputs(host) {
  return Object.assign((name) => host.input(name), host.inputLabel ? { label: host.inputLabel } : {});
}
async function runDeclared(declaration, host, frontEnd) {
  return declaration.run(readSettings(declaration.settings, hostInputs(host), frontEnd), host);
}
var GITHUB_SETTINGS = [
  {
    name: "github-token",
    kind: "string",
    only: "action",
    actionDefault: "${{ github.token }}",
    description: "Token for the GitHub API: the job's token by default, or a GitHub App token or PAT (masked in the log either way).",
    group: "GitHub"
  },
  {
    name: "rate-limit-wait",
    kind: "integer",
    min: 0,
    max: 3600,
    default: 300,
    only: "action",
    description: "Longest wait, in seconds, for a GitHub API rate limit to reset before a write is retried; a longer one fails at once, saying when it resets.",
    group: "GitHub"
  }
];
var LEGACY_BOOLEAN_MODES = {
  true: "auto",
  yes: "auto",
  on: "auto",
  1: "auto",
  false: "off",
  no: "off",
  0: "off"
};
var BASELINE_SETTINGS = [
  {
    name: "baseline-walk-back",
    kind: "integer",
    min: 0,
    max: 500,
    default: 20,
    only: "action",
    description: "How many first-parent ancestors of the base commit to search for the gate's baseline (what the default branch saved).",
    group: "Baseline"
  },
  {
    name: "baseline-retention-days",
    kind: "integer",
    min: 1,
    max: 400,
    default: 90,
    only: "action",
    description: "Retention of the baseline artifact saved on the default branch (1-400; capped by the repository setting).",
    group: "Baseline"
  }
];
var BASELINE_MODE_SETTING = {
  name: "mode",
  kind: "enum",
  values: ["auto", "gate", "baseline"],
  default: "auto",
  description: "auto (PRs are gated; pushes to the default branch and merge queues save the baseline; on the CLI --baseline-out also saves), gate, or baseline.",
  group: "Inputs"
};
function baselineMode(mode, store) {
  const resolved = mode === "auto" ? store?.savesInAuto ? "save" : "gate" : mode === "baseline" ? "save" : "gate";
  return {
    mode: resolved,
    gating: resolved === "gate" || mode === "auto" && store?.gatesWhenSaving === true
  };
}
function baselineOptions(settings) {
  const s = settings;
  return { walkBack: s["baseline-walk-back"] ?? 20, retentionDays: s["baseline-retention-days"] ?? 90 };
}
var GATE_SETTINGS = [
  {
    name: "name",
    kind: "string",
    pattern: /^[a-z0-9][a-z0-9._-]{0,39}$/,
    describe: "1-40 lowercase letters, digits, . _ - (starting with a letter or digit)",
    description: "Name of this result when the gate runs more than once in a workflow (monorepo parts, matrix legs): the status becomes quality-gates/<gate>/<name> and the section and fragment carry the name. Empty = the plain quality-gates/<gate>.",
    group: "Publishing"
  },
  {
    name: "commit-status",
    kind: "boolean",
    default: true,
    only: "action",
    actionAliases: ["status"],
    description: "Set the gate's commit status quality-gates/<gate>[/<name>] (needs statuses: write); a status that cannot be written fails the step.",
    group: "Publishing"
  },
  {
    name: "annotations",
    kind: "enum",
    values: ANNOTATION_MODES,
    default: "auto",
    legacy: LEGACY_BOOLEAN_MODES,
    only: "action",
    description: "How findings are annotated in the PR diff. auto: a check run (needs checks: write), else, when the token may not create one (a fork PR's read-only token), workflow commands; check-run: a check run only; workflow-commands: workflow commands only (no permission; GitHub shows 10 warnings per step); off: none. true/false of earlier releases mean auto/off.",
    group: "Publishing"
  },
  {
    name: "summary",
    kind: "enum",
    values: SUMMARY_MODES,
    default: "short",
    only: "action",
    description: "What the gate writes to the job summary. short: one line (status, title, summary) pointing to pr-report's report, which holds the full section; full: the whole section (for a gate used without pr-report); off: nothing.",
    group: "Publishing"
  },
  {
    name: "fragment-name",
    kind: "string",
    only: "action",
    pattern: /^[A-Za-z0-9._-]{1,100}$/,
    describe: "letters, digits, . _ - (an artifact name)",
    description: "Name of the report fragment artifact pr-report reads. Empty = quality-gates-fragment-<gate>[-<name>].",
    group: "Publishing"
  },
  ...GITHUB_SETTINGS,
  ...DISPATCH_SETTINGS,
  {
    name: "json",
    kind: "boolean",
    default: false,
    only: "cli",
    description: "print the machine-readable result instead of the table",
    group: "Outputs"
  },
  {
    name: "fragment-out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "write the ReportFragment for pr-report (quality-gates report)",
    group: "Outputs"
  },
  {
    name: "summary-out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "write the markdown section (what the action puts in the job summary)",
    group: "Outputs"
  },
  {
    name: "baseline",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "a baseline file to compare against (what the action keeps as an artifact per commit)",
    group: "Baseline"
  },
  {
    name: "baseline-out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "write this run as a baseline (carrying the --baseline trend forward), for a later --baseline: the same file the action keeps as an artifact",
    group: "Baseline"
  },
  {
    name: "baseline-store",
    kind: "enum",
    values: ["auto", "artifact", "cache"],
    default: "auto",
    only: "action",
    description: "Where baselines are kept: artifact (workflow artifacts), cache (the Actions cache, for GitHub Enterprise Server, where artifacts v4 are not available) or auto (cache on GitHub Enterprise Server, artifact on github.com and GHE.com, from GITHUB_SERVER_URL).",
    group: "Baseline"
  },
  {
    name: "repo",
    kind: "string",
    only: "cli",
    placeholder: "<dir>",
    description: "repository root for paths and git (default: the git work tree around the current directory, else the current directory)",
    group: "Inputs"
  }
];
function gateContext(gate, name) {
  return `quality-gates/${gate}${name ? `/${name}` : ""}`;
}
function namedBaselineKind(kind, name) {
  if (!name) return kind;
  const plain = `${kind}-${name}`;
  if (/^[a-z0-9][a-z0-9-]{0,39}$/.test(plain)) return plain;
  return `${kind.slice(0, 27)}-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
}
function namedBaselines(store, name) {
  if (!name) return store;
  return {
    savesInAuto: store.savesInAuto,
    gatesWhenSaving: store.gatesWhenSaving,
    find: (kind, candidates, file) => store.find(namedBaselineKind(kind, name), candidates, file),
    save: (kind, sha, dir, file, retentionDays) => store.save(namedBaselineKind(kind, name), sha, dir, file, retentionDays)
  };
}
function defaultFragmentName(gate, name) {
  return `quality-gates-fragment-${gate}${name ? `-${name}` : ""}`;
}
function defineGate(spec) {
  const own = new Set(spec.settings.flatMap((s) => [s.name, ...s.aliases ?? []]));
  const settings = [...spec.settings, ...GATE_SETTINGS.filter((s) => !own.has(s.name))];
  return {
    id: spec.id,
    action: spec.action,
    command: spec.command,
    usage: spec.usage,
    about: spec.about,
    ...spec.workspaceUse ? { workspaceUse: spec.workspaceUse } : {},
    settings,
    async run(values, host) {
      const all = values;
      const name = all.name || void 0;
      const issued = { error: 0, warning: 0, notice: 0 };
      const gateHost = {
        ...host,
        // Each named result keeps its own baselines: two coverage gates with different names never share one.
        ...host.baselines ? { baselines: namedBaselines(host.baselines, name) } : {},
        logger: {
          log: (level, message, where) => {
            if (level !== "debug" && level !== "info") issued[level]++;
            host.logger.log(level, message, where);
          },
          group: (groupName, fn) => host.logger.group(groupName, fn)
        }
      };
      const result = await spec.evaluate(values, gateHost);
      const context = gateContext(spec.id, name);
      result.fragment.statusContext = context;
      if (name) retitle(result.fragment, `${result.fragment.title} (${name})`);
      await publish(host, result, {
        fragmentName: all["fragment-name"] ?? defaultFragmentName(spec.id, name),
        status: all["commit-status"] !== false,
        // Both are action-only: the CLI (where they are absent) never annotates, and --summary-out gets the section.
        annotations: all.annotations ?? "off",
        summary: all.summary ?? "full",
        issued
      });
      return { ...result.failure ? { failure: result.failure } : {}, result, context };
    },
    print: {
      json: (outcome, write) => spec.print.json(outcome.result.data, write),
      human: (outcome) => spec.print.human(outcome.result.data)
    }
  };
}

export {
  percentOf,
  deltaPp,
  ratioAtLeast,
  dropWithin,
  truncDecimal,
  deltaPpNumber,
  escapeText,
  escapeCell,
  escapeHtml,
  inlineCode,
  table,
  details,
  percent,
  mermaidXYChart,
  fitToBudget,
  cutTableRows,
  commitState,
  FRAGMENT_LIMITS,
  STATUS_EMOJI,
  headingLine,
  makeFragment,
  readFragment,
  jobFragmentsDir,
  runContextFromEnv,
  runUrl,
  refusedOnFork,
  forkStatusNote,
  setCommitStatus,
  fragmentArtifactName,
  labelOf,
  inputNumber,
  inputEnum,
  hostInputs,
  runDeclared,
  GITHUB_SETTINGS,
  BASELINE_SETTINGS,
  BASELINE_MODE_SETTING,
  baselineMode,
  baselineOptions,
  gateContext,
  defaultFragmentName,
  defineGate
};
//# sourceMappingURL=chunk-AN5I733W.js.map
