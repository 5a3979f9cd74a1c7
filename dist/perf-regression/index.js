import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  K6_DEFAULT_VERSION
} from "../chunks/chunk-NZ6ZX6RP.js";
import {
  baselineCandidates
} from "../chunks/chunk-GHZQAXH6.js";
import {
  glob,
  isDynamicPattern
} from "../chunks/chunk-AHPEXISO.js";
import {
  runAction
} from "../chunks/chunk-T4N6ZAES.js";
import "../chunks/chunk-YXQKJTP4.js";
import "../chunks/chunk-TXHEUA3E.js";
import "../chunks/chunk-TWUPE6RB.js";
import {
  BASELINE_MODE_SETTING,
  BASELINE_SETTINGS,
  baselineMode,
  baselineOptions,
  defineGate,
  details,
  escapeCell,
  escapeText,
  headingLine,
  hostInputs,
  labelOf,
  makeFragment,
  mermaidXYChart,
  runUrl,
  table
} from "../chunks/chunk-AN5I733W.js";
import "../chunks/chunk-QWVAMGUU.js";
import {
  createGit,
  firstParentAncestors,
  revParse,
  saveBaselineText
} from "../chunks/chunk-YQ5RRJ37.js";
import "../chunks/chunk-HX5UPTZB.js";
import {
  UserError,
  describeError,
  oneLine
} from "../chunks/chunk-XW4BQXO4.js";
import "../chunks/chunk-LOVDF2MX.js";
import "../chunks/chunk-GQ6HKKYI.js";
import "../chunks/chunk-Y2PPTHBY.js";
import "../chunks/chunk-7HUOYEXQ.js";

// src/perf/gate.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";

// src/perf/baseline-data.ts
import { createHash } from "node:crypto";

// src/perf/history.ts
var HISTORY_WINDOW = 30;
var HISTORY_ENDPOINTS = 50;
var MAX_LABEL = 300;
function appendHistory(history, point, max = HISTORY_WINDOW) {
  const rest = history.filter((p) => p.sha !== point.sha);
  rest.push(point);
  return rest.slice(Math.max(0, rest.length - max));
}
function validateHistory(value, source, max = 1e3) {
  if (!Array.isArray(value)) throw new UserError(`${source}: "history" must be an array`);
  if (value.length > max) throw new UserError(`${source}: "history" has more than ${max} points`);
  return value.map((p, i) => {
    const bad = (what) => {
      throw new UserError(`${source}: history point ${i}: ${what}`);
    };
    if (typeof p !== "object" || p === null || Array.isArray(p)) return bad("must be an object");
    const o = p;
    if (typeof o.sha !== "string" || !/^[0-9a-f]{7,64}$/.test(o.sha)) bad('"sha" must be a hex commit id');
    if (typeof o.date !== "string" || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date');
    if (typeof o.p95 !== "object" || o.p95 === null || Array.isArray(o.p95))
      return bad('"p95" must be an object of endpoint \u2192 ms');
    const entries = Object.entries(o.p95);
    if (entries.length > HISTORY_ENDPOINTS) bad(`"p95" has more than ${HISTORY_ENDPOINTS} endpoints`);
    const p95 = {};
    for (const [label, v] of entries) {
      if (label.length > MAX_LABEL) bad("an endpoint label is too long");
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) bad(`p95 of an endpoint is not a number \u2265 0`);
      p95[label] = v;
    }
    return { sha: o.sha, date: o.date, p95 };
  });
}
function historyPoint(sha, date, p95s) {
  const p95 = {};
  const kept = p95s.filter((e) => e[1] !== null && Number.isFinite(e[1])).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).slice(0, HISTORY_ENDPOINTS);
  for (const [label, v] of kept) p95[label.slice(0, MAX_LABEL)] = v;
  return { sha, date, p95 };
}
function historySeries(history, labels) {
  const x = history.map((p) => p.sha.slice(0, 7));
  const latest = history.at(-1);
  const lines = labels.filter((l) => latest !== void 0 && Object.hasOwn(latest.p95, l)).map((label) => ({
    label,
    values: history.map((p) => Object.hasOwn(p.p95, label) ? p.p95[label] : null)
  }));
  return { x, lines };
}
function bridgeGaps(values) {
  const known = values.flatMap((v, i) => v === null ? [] : [i]);
  if (known.length === 0) return values.map(() => 0);
  const first = known[0];
  const last = known[known.length - 1];
  const out = [];
  let prev = first;
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== void 0) {
      out.push(v);
      prev = i;
      k++;
      continue;
    }
    if (i < first) out.push(values[first]);
    else if (i > last) out.push(values[last]);
    else {
      const next = known[k];
      const a = values[prev];
      const b = values[next];
      out.push(a + (b - a) * (i - prev) / (next - prev));
    }
  }
  return out;
}

// src/perf/model.ts
var FORMAT_IDS = [
  "k6-ndjson",
  "k6-summary-export",
  "k6-handle-summary",
  "k6-machine-summary",
  "autocannon",
  "hyperfine",
  "go-bench",
  "pytest-benchmark",
  "generic"
];
var DEFAULT_LIMITS = {
  maxLineBytes: 1 << 20,
  maxSamples: 2e7,
  maxEndpoints: 2e3,
  maxGzipRatio: 250,
  gzipRatioAfterBytes: 16 << 20,
  maxDocumentBytes: 256 << 20
};
var DEFAULT_METRIC = "http_req_duration";
function defaultLoadOptions(over = {}) {
  return {
    metric: over.metric ?? DEFAULT_METRIC,
    split: over.split ?? { scenario: false, group: false },
    limits: { ...DEFAULT_LIMITS, ...over.limits }
  };
}
var ALL_ENDPOINTS = "(all)";
var NO_NAME = "(no name)";
function endpointId(key) {
  return JSON.stringify([key.name, key.scenario ?? null, key.group ?? null]);
}
function endpointLabel(key) {
  const extra = [key.scenario, key.group].filter((v) => v !== void 0);
  return extra.length ? `${key.name} [${extra.join(" / ")}]` : key.name;
}

// src/perf/percentile.ts
function k6Percentile(sorted, p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile ${p} is outside [0, 1]`);
  const n = sorted.length;
  if (n === 0) return 0;
  if (n === 1) return sorted[0];
  const i = p * (n - 1);
  const lo = Math.floor(i);
  const j = sorted[lo];
  const k = sorted[Math.ceil(i)];
  return j + (k - j) * (i - lo);
}
function summarize(sorted, arrivalSum) {
  const n = sorted.length;
  if (n === 0) return null;
  let sum = 0;
  if (arrivalSum !== void 0) sum = arrivalSum;
  else for (let i = 0; i < n; i++) sum += sorted[i];
  return {
    count: n,
    min: sorted[0],
    max: sorted[n - 1],
    avg: sum / n,
    p50: k6Percentile(sorted, 0.5),
    p90: k6Percentile(sorted, 0.9),
    p95: k6Percentile(sorted, 0.95),
    p99: k6Percentile(sorted, 0.99)
  };
}
function pooledSorted(parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.sort();
}

// src/perf/baseline-data.ts
var PERF_BASELINE_SCHEMA = "quality-gates/perf-baseline";
var PERF_BASELINE_VERSION = 1;
var PERF_BASELINE_FILE = "perf-baseline.json";
var STORE_LIMITS = { perSeries: 2e4, total: 5e5 };
var MAX_RUNS = 200;
var MAX_ENDPOINTS = 2e3;
var MAX_TEXT = 300;
function perfConfigHash(metric, split) {
  const canonical = JSON.stringify({ metric, scenario: split.scenario, group: split.group, v: 1 });
  return createHash("sha256").update(canonical).digest("hex").slice(0, 12);
}
function serializeBaseline(b, limits = STORE_LIMITS) {
  let budget = limits.total;
  const runs = b.runs.map(({ run, health, runner }) => {
    const endpoints = [];
    for (const e of run.endpoints.values()) {
      const out = { name: e.key.name, count: e.count };
      if (e.key.scenario !== void 0) out.scenario = e.key.scenario;
      if (e.key.group !== void 0) out.group = e.key.group;
      if (e.samples !== null && e.samples.length <= limits.perSeries && e.samples.length <= budget) {
        budget -= e.samples.length;
        out.samples = Array.from(e.samples);
        if (e.sum !== null) out.sum = e.sum;
      } else {
        const p = e.samples !== null ? summarize(e.samples) : e.precomputed;
        Object.assign(out, {
          p50: p?.p50 ?? null,
          p90: p?.p90 ?? null,
          p95: p?.p95 ?? null,
          p99: p?.p99 ?? null
        });
      }
      endpoints.push(out);
    }
    return { source: run.source, format: run.format, metric: run.metric, runner, health, endpoints };
  });
  return JSON.stringify({
    schema: PERF_BASELINE_SCHEMA,
    version: PERF_BASELINE_VERSION,
    sha: b.sha,
    configHash: b.configHash,
    createdAt: b.createdAt,
    metric: b.metric,
    split: b.split,
    history: b.history,
    runs
  });
}
function parseBaseline(text2, source) {
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch (e) {
    throw new UserError(
      `${source}: not a valid perf baseline: not JSON (${e.message.slice(0, 100)})`
    );
  }
  return baselineFrom(doc, source);
}
function baselineFrom(doc, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid perf baseline: ${what}`);
  };
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return fail("expected a JSON object");
  const o = doc;
  if (o.schema !== PERF_BASELINE_SCHEMA) return fail(`"schema" must be "${PERF_BASELINE_SCHEMA}"`);
  if (o.version !== PERF_BASELINE_VERSION)
    fail(
      `unsupported version ${String(JSON.stringify(o.version)).slice(0, 20)} (this release reads version ${PERF_BASELINE_VERSION}; refresh the baseline)`
    );
  if (typeof o.sha !== "string" || !/^([0-9a-f]{7,64}|local)$/.test(o.sha))
    fail('"sha" must be a hex commit id');
  if (typeof o.configHash !== "string" || !/^[0-9a-f]{1,64}$/.test(o.configHash))
    fail('"configHash" must be hex');
  if (typeof o.createdAt !== "string" || o.createdAt.length > 40 || Number.isNaN(Date.parse(o.createdAt)))
    fail('"createdAt" must be an ISO date');
  if (typeof o.metric !== "string" || o.metric === "" || o.metric.length > MAX_TEXT)
    fail('"metric" must be a name');
  const split = o.split;
  if (typeof split?.scenario !== "boolean" || typeof split.group !== "boolean")
    fail('"split" must be {scenario, group} booleans');
  const history = validateHistory(o.history ?? [], source);
  if (!Array.isArray(o.runs) || o.runs.length === 0 || o.runs.length > MAX_RUNS)
    return fail(`"runs" must be an array of 1-${MAX_RUNS} runs`);
  const runs = o.runs.map((r, i) => runFrom(r, `run ${i}`, fail));
  return {
    sha: o.sha,
    configHash: o.configHash,
    createdAt: o.createdAt,
    metric: o.metric,
    split: { scenario: split?.scenario, group: split?.group },
    runs,
    history
  };
}
function text(v, max = MAX_TEXT) {
  return typeof v === "string" && v.length <= max;
}
function isCount(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
function isMs(v) {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}
function failuresFrom(v, bad) {
  if (v === null || v === void 0) return null;
  const f = v;
  if (!isCount(f.failed) || !isCount(f.total) || f.failed > f.total) bad("failures must be {failed \u2264 total}");
  return { failed: f.failed, total: f.total };
}
function runFrom(raw, where, fail) {
  const bad = (what) => fail(`${where}: ${what}`);
  if (typeof raw !== "object" || raw === null) return bad("must be an object");
  const r = raw;
  if (!text(r.source, 4096)) bad('"source" must be a string');
  if (!FORMAT_IDS.includes(r.format)) bad('"format" is not a known format');
  if (!text(r.metric)) bad('"metric" must be a string');
  const runnerRaw = r.runner ?? {};
  const runner = {};
  for (const k of ["image", "cpu", "toolVersion"]) {
    const v = runnerRaw[k];
    if (v === void 0) continue;
    if (!text(v)) bad(`runner.${k} must be a short string`);
    runner[k] = v;
  }
  const healthRaw = r.health ?? {};
  const byEndpoint = {};
  if (healthRaw.byEndpoint !== void 0) {
    const entries = Object.entries(healthRaw.byEndpoint ?? {});
    if (entries.length > MAX_ENDPOINTS) bad("too many endpoints in health");
    for (const [id, f] of entries)
      byEndpoint[id.slice(0, 4 * MAX_TEXT)] = failuresFrom(f, bad) ?? { failed: 0, total: 0 };
  }
  const thresholds = healthRaw.thresholdsFailed ?? [];
  if (!Array.isArray(thresholds) || thresholds.length > 50 || !thresholds.every((t) => text(t)))
    bad("health.thresholdsFailed must be a short list of strings");
  const dropped = healthRaw.dropped ?? null;
  if (dropped !== null && !isCount(dropped)) bad("health.dropped must be a count");
  const health = {
    errors: failuresFrom(healthRaw.errors, bad),
    byEndpoint,
    dropped,
    thresholdsFailed: thresholds
  };
  if (!Array.isArray(r.endpoints) || r.endpoints.length > MAX_ENDPOINTS)
    bad(`"endpoints" must be an array of at most ${MAX_ENDPOINTS}`);
  const endpoints = /* @__PURE__ */ new Map();
  for (const [j, rawE] of r.endpoints.entries()) {
    const badE = (what) => bad(`endpoint ${j}: ${what}`);
    if (typeof rawE !== "object" || rawE === null) return badE("must be an object");
    const e = rawE;
    if (!text(e.name, 4096) || e.name === "") badE('"name" must be a non-empty string');
    const key = { name: e.name };
    for (const k of ["scenario", "group"]) {
      if (e[k] === void 0) continue;
      if (!text(e[k], 4096)) badE(`"${k}" must be a string`);
      key[k] = e[k];
    }
    const id = endpointId(key);
    if (endpoints.has(id)) badE("appears twice");
    if (e.count !== null && !isCount(e.count)) badE('"count" must be a count or null');
    if (Array.isArray(e.samples)) {
      if (!e.samples.every(isMs)) badE('"samples" must be numbers \u2265 0');
      if (e.count !== e.samples.length) badE('"count" must equal the number of samples');
      if (e.sum !== void 0 && !isMs(e.sum)) badE('"sum" must be a number \u2265 0');
      const samples = Float64Array.from(e.samples).sort();
      endpoints.set(id, {
        key,
        count: samples.length,
        samples,
        sum: e.sum ?? null,
        precomputed: null
      });
    } else {
      const p = (k) => {
        const v = e[k];
        if (v === null || v === void 0) return null;
        if (!isMs(v)) badE(`"${k}" must be a number \u2265 0`);
        return v;
      };
      endpoints.set(id, {
        key,
        count: e.count ?? null,
        samples: null,
        sum: null,
        precomputed: { p50: p("p50"), p90: p("p90"), p95: p("p95"), p99: p("p99") }
      });
    }
  }
  return {
    run: {
      source: r.source,
      format: r.format,
      metric: r.metric,
      endpoints,
      notices: []
    },
    health,
    runner
  };
}
function nextBaseline(from, history, point) {
  return { ...from, history: appendHistory(history, point) };
}

// src/perf/input.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
var CHUNK = 1 << 20;
var GZIP_MAGIC = [31, 139];
function isGzip(head) {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
async function readPrefix(path4, label, n) {
  let fh;
  try {
    fh = await open(path4, "r");
  } catch (e) {
    throw new UserError(`${label}: cannot open (${e.code ?? String(e)})`);
  }
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function readHead(path4, label, n = 64 * 1024) {
  const raw = await readPrefix(path4, label, n);
  if (!isGzip(raw)) return { text: raw.toString("utf8"), gzip: false };
  const parts = [];
  let have = 0;
  try {
    for await (const chunk of chunks(path4, label, UNCAPPED)) {
      parts.push(chunk);
      have += chunk.length;
      if (have >= n) break;
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
  }
  return { text: Buffer.concat(parts).subarray(0, n).toString("utf8"), gzip: true };
}
var UNCAPPED = {
  maxLineBytes: Infinity,
  maxSamples: Infinity,
  maxEndpoints: Infinity,
  maxGzipRatio: Infinity,
  gzipRatioAfterBytes: Infinity,
  maxDocumentBytes: Infinity
};
async function* chunks(path4, label, limits, state = {}) {
  const head = await readPrefix(path4, label, 2);
  const file = createReadStream(path4, { highWaterMark: CHUNK });
  if (!isGzip(head)) {
    try {
      for await (const chunk of file) yield chunk;
    } finally {
      file.destroy();
    }
    return;
  }
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  file.on("error", (e) => gunzip.destroy(e));
  file.pipe(gunzip);
  let out = 0;
  try {
    for await (const chunk of gunzip) {
      out += chunk.length;
      if (out > limits.gzipRatioAfterBytes && out > limits.maxGzipRatio * Math.max(file.bytesRead, 1)) {
        throw new UserError(
          `${label}: gzip expands more than ${limits.maxGzipRatio}:1 (${out} bytes from ${file.bytesRead}); refusing it as a possible gzip bomb`
        );
      }
      yield chunk;
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = e.code;
    if (code === "Z_BUF_ERROR") {
      state.truncatedGzip = true;
      return;
    }
    throw new UserError(`${label}: not readable as gzip (${e.message})`);
  } finally {
    file.unpipe(gunzip);
    file.destroy();
    gunzip.destroy();
  }
}
async function readDocument(path4, label, limits) {
  const parts = [];
  let size = 0;
  const state = {};
  for await (const chunk of chunks(path4, label, limits, state)) {
    size += chunk.length;
    if (size > limits.maxDocumentBytes) {
      throw new UserError(`${label}: larger than ${limits.maxDocumentBytes} bytes; not read`);
    }
    parts.push(chunk);
  }
  if (state.truncatedGzip) throw new UserError(`${label}: the gzip stream ends early (file cut short)`);
  let text2 = Buffer.concat(parts).toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  return text2;
}

// src/perf/collect.ts
var INITIAL_CAPACITY = 64;
var SampleCollector = class {
  constructor(source, limits) {
    this.source = source;
    this.limits = limits;
  }
  source;
  limits;
  series = /* @__PURE__ */ new Map();
  total = 0;
  precomputed = /* @__PURE__ */ new Map();
  get samples() {
    return this.total;
  }
  get endpointCount() {
    return this.series.size + this.precomputed.size;
  }
  /** The series for a key, created on first use (the endpoint cap is checked here). */
  seriesFor(id, key) {
    let s = this.series.get(id);
    if (s === void 0) {
      this.checkEndpointCap();
      s = { key: key(), values: new Float64Array(INITIAL_CAPACITY), n: 0, sum: 0 };
      this.series.set(id, s);
    }
    return s;
  }
  add(key, value) {
    this.push(
      this.seriesFor(endpointId(key), () => key),
      value
    );
  }
  push(s, value) {
    if (this.total >= this.limits.maxSamples) {
      throw new UserError(
        `${this.source}: more than ${this.limits.maxSamples} samples of the chosen metric; the cap keeps memory bounded (raise it, or give fewer/shorter runs)`
      );
    }
    if (s.n === s.values.length) {
      const grown = new Float64Array(s.values.length * 2);
      grown.set(s.values);
      s.values = grown;
    }
    s.values[s.n++] = value + 0;
    s.sum += value;
    this.total++;
  }
  addPrecomputed(key, percentiles, count2) {
    const id = endpointId(key);
    if (this.precomputed.has(id) || this.series.has(id)) {
      throw new UserError(`${this.source}: endpoint "${key.name}" appears twice`);
    }
    this.checkEndpointCap();
    this.precomputed.set(id, { key, count: count2, samples: null, sum: null, precomputed: percentiles });
  }
  checkEndpointCap() {
    if (this.endpointCount >= this.limits.maxEndpoints) {
      throw new UserError(
        `${this.source}: more than ${this.limits.maxEndpoints} endpoints; k6 names a request by its URL unless the script sets tags: { name } (or uses http.url\`\u2026\`), so dynamic URLs make one endpoint each`
      );
    }
  }
  /** The endpoints, samples trimmed and sorted ascending. */
  finish() {
    const out = /* @__PURE__ */ new Map();
    for (const [id, s] of this.series) {
      const samples = s.values.slice(0, s.n).sort();
      out.set(id, { key: s.key, count: s.n, samples, sum: s.sum, precomputed: null });
    }
    for (const [id, e] of this.precomputed) out.set(id, e);
    return out;
  }
};

// src/perf/formats/generic.ts
var UNIT_TO_MS = { ms: 1, s: 1e3, us: 1e-3, ns: 1e-6 };
var PERCENTILE_KEYS = ["p50", "p90", "p95", "p99"];
function isGeneric(doc) {
  return typeof doc === "object" && doc !== null && "qualityGatesPerf" in doc;
}
function parseGeneric(doc, source, options) {
  if (doc.qualityGatesPerf !== 1) throw new UserError(`${source}: qualityGatesPerf must be 1`);
  const unit = doc.unit ?? "ms";
  const toMs = typeof unit === "string" ? UNIT_TO_MS[unit] : void 0;
  if (toMs === void 0) throw new UserError(`${source}: unit must be one of ms, s, us, ns`);
  if (!Array.isArray(doc.endpoints)) throw new UserError(`${source}: "endpoints" must be an array`);
  const c = new SampleCollector(source, options.limits);
  doc.endpoints.forEach((e, i) => {
    const where = `${source}: endpoints[${i}]`;
    if (typeof e !== "object" || e === null) throw new UserError(`${where} is not an object`);
    const ep = e;
    if (typeof ep.name !== "string" || ep.name === "") throw new UserError(`${where} needs a "name"`);
    const key = { name: ep.name };
    if (options.split.scenario) key.scenario = typeof ep.scenario === "string" ? ep.scenario : "";
    if (options.split.group) key.group = typeof ep.group === "string" ? ep.group : "";
    const hasPercentiles = PERCENTILE_KEYS.some((k) => k in ep);
    if (Array.isArray(ep.samples)) {
      if (hasPercentiles || ep.precomputed === true)
        throw new UserError(`${where} has both samples and percentiles`);
      for (const v of ep.samples) {
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
          throw new UserError(`${where}.samples holds a value that is not a non-negative number`);
        c.add(key, v * toMs);
      }
      return;
    }
    if (!hasPercentiles) throw new UserError(`${where} has neither "samples" nor percentiles`);
    if (ep.precomputed !== true)
      throw new UserError(
        `${where} gives percentiles without "precomputed": true (say that they cannot be pooled)`
      );
    const p = (k) => {
      const v = ep[k];
      if (v === void 0 || v === null) return null;
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw new UserError(`${where}.${k} is not a non-negative number`);
      return v * toMs;
    };
    const count2 = ep.count;
    if (count2 !== void 0 && !(typeof count2 === "number" && Number.isSafeInteger(count2) && count2 >= 0))
      throw new UserError(`${where}.count is not a non-negative integer`);
    c.addPrecomputed(
      key,
      { p50: p("p50"), p90: p("p90"), p95: p("p95"), p99: p("p99") },
      count2 ?? null
    );
  });
  return {
    source,
    format: "generic",
    metric: typeof doc.metric === "string" ? doc.metric : "value",
    endpoints: c.finish(),
    notices: []
  };
}

// src/perf/formats/k6-summary.ts
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function percentilesOf(values) {
  return {
    p50: num(values.med) ?? num(values["p(50)"]),
    p90: num(values["p(90)"]),
    p95: num(values["p(95)"]),
    p99: num(values["p(99)"])
  };
}
function countOf(values) {
  const c = num(values.count);
  return c !== null && Number.isInteger(c) && c >= 0 ? c : null;
}
function detectK6Summary(doc) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return null;
  const d = doc;
  const results = d.results;
  if (typeof d.version === "string" && typeof results === "object" && results !== null && Array.isArray(results.metrics))
    return "k6-machine-summary";
  const metrics = d.metrics;
  if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) return null;
  const first = Object.values(metrics)[0];
  if (first !== void 0 && typeof first === "object" && first !== null && typeof first.values === "object")
    return "k6-handle-summary";
  if ("root_group" in d || first !== void 0) return "k6-summary-export";
  return null;
}
function parseK6Summary(doc, format, source, options) {
  const d = doc;
  const series = /* @__PURE__ */ new Map();
  const metricType = /* @__PURE__ */ new Map();
  const add2 = (name, type2, values) => {
    if (typeof name !== "string" || typeof values !== "object" || values === null) return;
    series.set(name, values);
    if (typeof type2 === "string") metricType.set(name, type2);
  };
  if (format === "k6-machine-summary") {
    for (const m of d.results.metrics) {
      const mm = m ?? {};
      add2(mm.name, mm.type, mm.values);
    }
  } else {
    for (const [name, m] of Object.entries(d.metrics)) {
      const mm = m ?? {};
      if (format === "k6-handle-summary") add2(name, mm.type, mm.values);
      else add2(name, void 0, mm);
    }
  }
  const metric = options.metric;
  const whole = series.get(metric);
  const type = metricType.get(metric);
  if (type !== void 0 && type !== "trend") {
    throw new UserError(
      `${source}: metric "${metric}" is a ${type}, not a trend; percentiles need a trend metric`
    );
  }
  const collector = new SampleCollector(source, options.limits);
  const notices = [];
  const prefix = `${metric}{name:`;
  for (const [name, values] of series) {
    if (!name.startsWith(prefix) || !name.endsWith("}")) continue;
    collector.addPrecomputed({ name: name.slice(prefix.length, -1) }, percentilesOf(values), countOf(values));
  }
  if (collector.endpointCount === 0) {
    if (whole === void 0) {
      throw new UserError(
        `${source}: no trend "${metric}" in this k6 summary (metrics: ${[...series.keys()].slice(0, 20).join(", ") || "none"})`
      );
    }
    collector.addPrecomputed({ name: ALL_ENDPOINTS }, percentilesOf(whole), countOf(whole));
    notices.push(
      `${source}: k6 summary without ${metric}{name:\u2026} sub-metrics; the whole metric is one endpoint "${ALL_ENDPOINTS}" (per-endpoint numbers need --out json)`
    );
  }
  if (options.split.scenario || options.split.group) {
    notices.push(`${source}: a k6 summary has no per-scenario or per-group numbers; endpoints are not split`);
  }
  const endpoints = collector.finish();
  const p95Missing = [...endpoints.values()].some((e) => e.precomputed?.p95 === null);
  if (p95Missing)
    notices.push(`${source}: no p(95) in this summary (summaryTrendStats); such endpoints stay inconclusive`);
  return { source, format, metric, endpoints, notices };
}

// src/perf/formats/tools.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function finite(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function samplesInto(c, source, name, values, toMs, where) {
  if (!Array.isArray(values)) throw new UserError(`${source}: ${where} is not an array of numbers`);
  for (const v of values) {
    const n = finite(v);
    if (n === null || n < 0)
      throw new UserError(`${source}: ${where} holds a value that is not a non-negative number`);
    c.add({ name }, n * toMs);
  }
}
function isAutocannon(doc) {
  return isObj(doc) && isObj(doc.latency) && isObj(doc.requests) && "p50" in doc.latency;
}
function parseAutocannon(doc, source, options) {
  const lat = doc.latency;
  const c = new SampleCollector(source, options.limits);
  const name = typeof doc.title === "string" && doc.title ? doc.title : typeof doc.url === "string" ? doc.url : "(all)";
  const p = {
    p50: finite(lat.p50),
    p90: finite(lat.p90),
    p95: finite(lat.p95),
    p99: finite(lat.p99)
  };
  const count2 = finite(lat.totalCount) ?? finite(doc.requests.total);
  c.addPrecomputed({ name }, p, count2 !== null && Number.isInteger(count2) ? count2 : null);
  const notices = p.p95 === null ? [`${source}: autocannon reports no p95 (only p90 and p97.5); the p95 verdict stays inconclusive`] : [];
  return { source, format: "autocannon", metric: "latency", endpoints: c.finish(), notices };
}
function isHyperfine(doc) {
  return isObj(doc) && Array.isArray(doc.results) && doc.results.every((r) => isObj(r) && typeof r.command === "string");
}
function parseHyperfine(doc, source, options) {
  const c = new SampleCollector(source, options.limits);
  const notices = [];
  for (const r of doc.results) {
    const name = r.command;
    if (Array.isArray(r.times)) samplesInto(c, source, name, r.times, 1e3, `results["${name}"].times`);
    else {
      const median2 = finite(r.median);
      c.addPrecomputed(
        { name },
        { p50: median2 === null ? null : median2 * 1e3, p90: null, p95: null, p99: null },
        null
      );
      notices.push(`${source}: "${name}" has no times[]; only its median is known`);
    }
  }
  return { source, format: "hyperfine", metric: "time", endpoints: c.finish(), notices };
}
function isPytestBenchmark(doc) {
  return isObj(doc) && Array.isArray(doc.benchmarks) && isObj(doc.machine_info);
}
function parsePytestBenchmark(doc, source, options) {
  const c = new SampleCollector(source, options.limits);
  const notices = [];
  for (const b of doc.benchmarks) {
    if (!isObj(b) || !isObj(b.stats)) throw new UserError(`${source}: a benchmark without stats`);
    const name = typeof b.fullname === "string" ? b.fullname : typeof b.name === "string" ? b.name : null;
    if (name === null) throw new UserError(`${source}: a benchmark without a name`);
    const stats = b.stats;
    if (Array.isArray(stats.data)) samplesInto(c, source, name, stats.data, 1e3, `"${name}" stats.data`);
    else {
      const median2 = finite(stats.median);
      const rounds = finite(stats.rounds);
      c.addPrecomputed(
        { name },
        { p50: median2 === null ? null : median2 * 1e3, p90: null, p95: null, p99: null },
        rounds !== null && Number.isInteger(rounds) ? rounds : null
      );
      notices.push(
        `${source}: "${name}" has no stats.data (run with --benchmark-save-data); only its median is known`
      );
    }
  }
  return { source, format: "pytest-benchmark", metric: "time", endpoints: c.finish(), notices };
}
var GO_BENCH_LINE = /^(Benchmark\S*)\s+(\d+)\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?) ns\/op(?:\s|$)/;
var GO_PROCS_SUFFIX = /-\d+$/;
function looksLikeGoBench(text2) {
  return text2.split("\n", 2e3).some((l) => GO_BENCH_LINE.test(l));
}
function parseGoBench(text2, source, options) {
  const c = new SampleCollector(source, options.limits);
  let lines = 0;
  for (const raw of text2.split("\n")) {
    const m = GO_BENCH_LINE.exec(raw.trimEnd());
    if (m === null) continue;
    const value = Number(m[3]);
    if (!Number.isFinite(value)) continue;
    c.add({ name: m[1].replace(GO_PROCS_SUFFIX, "") }, value / 1e6);
    lines++;
  }
  if (lines === 0) throw new UserError(`${source}: no "Benchmark\u2026 ns/op" lines`);
  return { source, format: "go-bench", metric: "ns/op", endpoints: c.finish(), notices: [] };
}

// src/perf/k6-ndjson.ts
var LF = 10;
var CR = 13;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var SAFE_NAME = /^[^"\\<>&\u0000-\u001f\u007f\u2028\u2029]+$/;
var MAX_NAMES_LISTED = 20;
var FAILED_METRIC = "http_req_failed";
var DROPPED_METRIC = "dropped_iterations";
var K6NdjsonParser = class {
  constructor(source, options) {
    this.source = source;
    this.options = options;
    this.needle = SAFE_NAME.test(options.metric) ? Buffer.from(JSON.stringify(options.metric)) : null;
    this.collector = new SampleCollector(source, options.limits);
  }
  source;
  options;
  needle;
  declNeedle = Buffer.from('"Metric"');
  failedNeedle = Buffer.from(JSON.stringify(FAILED_METRIC));
  droppedNeedle = Buffer.from(JSON.stringify(DROPPED_METRIC));
  errors = null;
  failuresById = /* @__PURE__ */ new Map();
  dropped = null;
  rest = null;
  lineNo = 0;
  collector;
  declaredType = null;
  declaredNames = /* @__PURE__ */ new Set();
  points = 0;
  notices = [];
  /** name \u2192 series when no split is asked (the common case: one Map lookup per point). */
  byName = /* @__PURE__ */ new Map();
  write(chunk) {
    const buf = this.rest === null ? chunk : Buffer.concat([this.rest, chunk]);
    const max = this.options.limits.maxLineBytes;
    let pos = 0;
    let needleAt = -1;
    let declAt = -1;
    let failedAt = -1;
    let droppedAt = -1;
    const needle = this.needle;
    for (; ; ) {
      const nl = buf.indexOf(LF, pos);
      if (nl < 0) break;
      this.lineNo++;
      let end = nl;
      if (end > pos && buf[end - 1] === CR) end--;
      if (end - pos > max) this.tooLong();
      if (end > pos) {
        if (buf[pos] !== OPEN_BRACE || buf[end - 1] !== CLOSE_BRACE) {
          if (!isBlank(buf, pos, end)) this.fail("not a JSON object");
        } else {
          let parse = needle === null;
          if (!parse) {
            if (needleAt < pos) {
              needleAt = buf.indexOf(needle, pos);
              if (needleAt < 0) needleAt = buf.length;
            }
            if (needleAt < end) parse = true;
          }
          if (!parse) {
            if (declAt < pos) {
              declAt = buf.indexOf(this.declNeedle, pos);
              if (declAt < 0) declAt = buf.length;
            }
            if (declAt < end) parse = true;
          }
          if (!parse) {
            if (failedAt < pos) {
              failedAt = buf.indexOf(this.failedNeedle, pos);
              if (failedAt < 0) failedAt = buf.length;
            }
            if (failedAt < end) parse = true;
          }
          if (!parse) {
            if (droppedAt < pos) {
              droppedAt = buf.indexOf(this.droppedNeedle, pos);
              if (droppedAt < 0) droppedAt = buf.length;
            }
            if (droppedAt < end) parse = true;
          }
          if (parse) this.line(buf, pos, end);
        }
      }
      pos = nl + 1;
    }
    if (pos >= buf.length) this.rest = null;
    else {
      if (buf.length - pos > max) {
        this.lineNo++;
        this.tooLong();
      }
      this.rest = buf.subarray(pos);
    }
  }
  /** The run, after the last chunk. `cutShort`: the stream itself ended early (gzip cut mid-write). */
  end(cutShort = false) {
    if (this.rest !== null) {
      const buf = this.rest;
      this.rest = null;
      this.lineNo++;
      let end = buf.length;
      if (buf[end - 1] === CR) end--;
      let complete = false;
      if (!isBlank(buf, 0, end)) {
        try {
          this.line(buf, 0, end);
          complete = true;
        } catch (e) {
          if (!(e instanceof UserError) || !e.message.includes("malformed JSON")) throw e;
        }
        if (!complete) {
          this.notices.push(
            `${this.source}: line ${this.lineNo} is cut short (k6 stopped mid-write?); ignored, the ${this.lineNo - 1} complete lines before it stand`
          );
        }
      }
    }
    if (cutShort) {
      this.notices.push(
        `${this.source}: the gzip stream ends early (file cut short); the complete lines read stand`
      );
    }
    const metric = this.options.metric;
    if (this.declaredType !== null && this.declaredType !== "trend") {
      throw new UserError(
        `${this.source}: metric "${metric}" is a ${this.declaredType}, not a trend; percentiles need a trend metric`
      );
    }
    if (this.points === 0) {
      if (this.declaredType === null) {
        const names = [...this.declaredNames].slice(0, MAX_NAMES_LISTED);
        throw new UserError(
          `${this.source}: no samples of metric "${metric}" (metrics in the file: ${names.length ? names.join(", ") : "none"})`
        );
      }
      this.notices.push(`${this.source}: metric "${metric}" is declared but has no samples`);
    }
    return {
      source: this.source,
      format: "k6-ndjson",
      metric,
      endpoints: this.collector.finish(),
      notices: this.notices,
      health: {
        errors: this.errors,
        byEndpoint: Object.fromEntries(this.failuresById),
        dropped: this.dropped
      }
    };
  }
  /** A Point of http_req_failed or dropped_iterations (a non-numeric value is not counted). */
  healthPoint(metric, data) {
    const value = data?.value;
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    if (metric === DROPPED_METRIC) {
      this.dropped = (this.dropped ?? 0) + Math.max(0, Math.round(value));
      return;
    }
    const tags = typeof data?.tags === "object" && data.tags !== null ? data.tags : {};
    const key = { name: tagString(tags.name) ?? tagString(tags.url) ?? NO_NAME };
    if (this.options.split.scenario) key.scenario = tagString(tags.scenario) ?? "";
    if (this.options.split.group) key.group = tagString(tags.group) ?? "";
    const id = endpointId(key);
    let f = this.failuresById.get(id);
    if (f === void 0) {
      if (this.failuresById.size < this.options.limits.maxEndpoints) {
        f = { failed: 0, total: 0 };
        this.failuresById.set(id, f);
      }
    }
    const bad = value !== 0 ? 1 : 0;
    this.errors ??= { failed: 0, total: 0 };
    this.errors.failed += bad;
    this.errors.total++;
    if (f) {
      f.failed += bad;
      f.total++;
    }
  }
  line(buf, start, end) {
    let obj;
    try {
      obj = JSON.parse(buf.toString("utf8", start, end));
    } catch (e) {
      this.fail(`malformed JSON (${e.message})`);
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) this.fail("not a JSON object");
    const o = obj;
    if (o.type === "Metric") {
      const data2 = o.data;
      const name2 = typeof o.metric === "string" ? o.metric : data2?.name;
      if (typeof name2 !== "string") return;
      if (this.declaredNames.size < MAX_NAMES_LISTED) this.declaredNames.add(name2);
      if (name2 === this.options.metric)
        this.declaredType = typeof data2?.type === "string" ? data2.type : "unknown type";
      return;
    }
    if (o.type !== "Point") return;
    if (o.metric === FAILED_METRIC || o.metric === DROPPED_METRIC)
      this.healthPoint(o.metric, o.data);
    if (o.metric !== this.options.metric) return;
    const data = o.data;
    const value = data?.value;
    if (typeof value !== "number" || !Number.isFinite(value))
      this.fail("a Point without a numeric data.value");
    const tags = typeof data?.tags === "object" && data.tags !== null ? data.tags : {};
    const name = tagString(tags.name) ?? tagString(tags.url) ?? NO_NAME;
    const split = this.options.split;
    let series;
    if (!split.scenario && !split.group) {
      let s = this.byName.get(name);
      if (s === void 0) {
        s = this.collector.seriesFor(JSON.stringify([name, null, null]), () => ({ name }));
        this.byName.set(name, s);
      }
      series = s;
    } else {
      const key = { name };
      if (split.scenario) key.scenario = tagString(tags.scenario) ?? "";
      if (split.group) key.group = tagString(tags.group) ?? "";
      series = this.collector.seriesFor(
        JSON.stringify([name, key.scenario ?? null, key.group ?? null]),
        () => key
      );
    }
    this.collector.push(series, value);
    this.points++;
  }
  fail(what) {
    throw new UserError(`${this.source}: line ${this.lineNo}: ${what}`);
  }
  tooLong() {
    this.fail(
      `longer than ${this.options.limits.maxLineBytes} bytes (k6 writes a few hundred); not a k6 --out json file?`
    );
  }
};
function tagString(v) {
  return typeof v === "string" ? v : void 0;
}
function isBlank(buf, start, end) {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== CR) return false;
  }
  return true;
}
async function readK6Ndjson(path4, source, options) {
  const parser = new K6NdjsonParser(source, options);
  const state = {};
  for await (const chunk of chunks(path4, source, options.limits, state)) parser.write(chunk);
  return parser.end(state.truncatedGzip === true);
}

// src/perf/load.ts
var SUPPORTED = "k6 --out json (NDJSON, .gz), k6 --summary-export / handleSummary / machine-readable summary, autocannon -j, hyperfine --export-json, pytest-benchmark --benchmark-json, go test -bench output, or quality-gates generic JSON";
function isK6Line(line) {
  try {
    const o = JSON.parse(line);
    return typeof o === "object" && o !== null && (o.type === "Metric" || o.type === "Point");
  } catch {
    return false;
  }
}
async function loadRun(path4, options, label = path4) {
  const { text: head } = await readHead(path4, label);
  const start = head.replace(/^\uFEFF/, "").trimStart();
  const nl = start.indexOf("\n");
  if (start.startsWith("{") && nl > 0 && isK6Line(start.slice(0, nl)))
    return readK6Ndjson(path4, label, options);
  if (start.startsWith("{") && nl < 0 && isK6Line(start)) return readK6Ndjson(path4, label, options);
  if (start.startsWith("{") || start.startsWith("[")) {
    const text2 = await readDocument(path4, label, options.limits);
    let doc;
    try {
      doc = JSON.parse(text2);
    } catch (e) {
      throw new UserError(`${label}: not valid JSON (${e.message}); expected ${SUPPORTED}`);
    }
    return parseDocument(doc, label, options);
  }
  if (looksLikeGoBench(head))
    return parseGoBench(await readDocument(path4, label, options.limits), label, options);
  throw new UserError(`${label}: not a supported perf result format; expected ${SUPPORTED}`);
}
function parseDocument(doc, label, options) {
  const o = doc;
  if (isGeneric(doc)) return parseGeneric(o, label, options);
  if (isAutocannon(doc)) return parseAutocannon(o, label, options);
  if (isPytestBenchmark(doc)) return parsePytestBenchmark(o, label, options);
  if (isHyperfine(doc)) return parseHyperfine(o, label, options);
  const k6 = detectK6Summary(doc);
  if (k6 !== null) return parseK6Summary(doc, k6, label, options);
  throw new UserError(`${label}: JSON, but not a supported perf result format; expected ${SUPPORTED}`);
}

// src/perf/k6-measure.ts
import { lstat as lstat2 } from "node:fs/promises";
import path2 from "node:path";

// src/perf/k6-run.ts
import { spawn } from "node:child_process";
import { lstat, mkdir } from "node:fs/promises";
import path from "node:path";
var K6_EXIT_CODES = {
  97: "cloud test failed",
  98: "cloud failed to get progress",
  99: "thresholds failed",
  100: "setup timeout",
  101: "teardown timeout",
  102: "generic timeout",
  103: "generic engine error",
  104: "invalid config",
  105: "external abort",
  106: "cannot start REST API",
  107: "script exception",
  108: "script aborted",
  109: "Go panic",
  110: "marked as failed"
};
var K6_THRESHOLDS_FAILED = 99;
var WITHHELD = /^(?:INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|GITHUB_TOKEN)$/i;
var MAX_RUNS2 = 100;
var MAX_LOG_LINES = 1e4;
var MAX_LINE_CHARS = 2e3;
var TAIL_LINES = 20;
function k6Environment(inherited, common, side2) {
  const env = {};
  for (const [k, v] of Object.entries(inherited)) if (v !== void 0 && !WITHHELD.test(k)) env[k] = v;
  return { ...env, ...common, ...side2 };
}
function k6Args(script, out, summary) {
  return ["run", `--out`, `json=${out}`, ...summary ? [`--summary-export=${summary}`] : [], script];
}
function runOnce(k6, args, cwd, env, timeoutMs, graceMs, log) {
  return new Promise((resolve2, reject) => {
    const child = spawn(k6, args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      shell: false,
      windowsHide: true
    });
    const tail = [];
    let logged = 0;
    const onText = (stream) => {
      let pending = "";
      const emit = (line) => {
        const text2 = line.replace(/\r$/, "");
        if (text2 === "") return;
        const short2 = text2.length > MAX_LINE_CHARS ? `${text2.slice(0, MAX_LINE_CHARS)}\u2026` : text2;
        tail.push(short2);
        if (tail.length > TAIL_LINES) tail.shift();
        if (logged < MAX_LOG_LINES) log(short2);
        else if (logged === MAX_LOG_LINES) log(`(k6 output past ${MAX_LOG_LINES} lines not shown)`);
        logged++;
      };
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        pending += chunk;
        const lines = pending.split(/\n|\r(?!\n)/);
        pending = lines.pop() ?? "";
        if (pending.length > MAX_LINE_CHARS) {
          lines.push(pending);
          pending = "";
        }
        for (const line of lines) emit(line);
      });
      stream.on("end", () => emit(pending));
    };
    onText(child.stdout);
    onText(child.stderr);
    let timedOut = false;
    let killer;
    const deadline = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
      killer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(deadline);
      clearTimeout(killer);
      const code = error.code;
      reject(
        new UserError(
          code === "ENOENT" ? `k6 not found: ${k6}` : `k6 could not be started (${k6}): ${oneLine(error.message, 200)}`
        )
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(deadline);
      clearTimeout(killer);
      resolve2({ code, signal, timedOut, tail });
    });
  });
}
async function runK6(opts) {
  if (!Number.isSafeInteger(opts.runs) || opts.runs < 1 || opts.runs > MAX_RUNS2) {
    throw new UserError(`runs must be an integer from 1 to ${MAX_RUNS2}, got ${String(opts.runs)}`);
  }
  const timeoutMs = opts.timeoutMs ?? 30 * 6e4;
  const graceMs = opts.killGraceMs ?? 1e4;
  if (!(timeoutMs > 0) || !(graceMs >= 0)) throw new UserError("the k6 run deadline must be a positive time");
  const log = opts.log ?? (() => void 0);
  const outDir = path.resolve(opts.outDir);
  await mkdir(outDir, { recursive: true });
  const inherited = opts.baseEnv ?? process.env;
  const plan = [];
  for (let i = 1; i <= opts.runs; i++) {
    if (opts.interleave) plan.push({ side: "base", index: i, spec: opts.interleave.base });
    plan.push({ side: "head", index: i, spec: opts.interleave?.head ?? {} });
  }
  const result = { runs: [], base: [], head: [] };
  for (const { side: side2, index, spec } of plan) {
    const label = opts.interleave ? `${side2} run ${index} of ${opts.runs}` : `run ${index} of ${opts.runs}`;
    const stem = opts.interleave ? `k6-${side2}-${index}` : `k6-run-${index}`;
    const out = path.join(outDir, `${stem}.json`);
    const summary = opts.summaryExport ? path.join(outDir, `${stem}-summary.json`) : void 0;
    const cwd = spec.cwd ?? opts.cwd;
    const env = k6Environment(inherited, opts.env, spec.env);
    log(`k6 ${label}: ${[opts.k6, ...k6Args(spec.script ?? opts.script, out, summary)].join(" ")}`);
    const exit = await runOnce(
      opts.k6,
      k6Args(spec.script ?? opts.script, out, summary),
      cwd,
      env,
      timeoutMs,
      graceMs,
      (line) => log(`k6 ${label}: ${line}`)
    );
    const last = exit.tail.at(-1);
    const said = last ? `; last output: ${oneLine(last, 200)}` : "";
    if (exit.timedOut) {
      throw new UserError(
        `k6 ${label} did not finish within ${+(timeoutMs / 1e3).toFixed(3)} s and was stopped${said}`
      );
    }
    if (exit.code === null)
      throw new UserError(`k6 ${label} was killed by ${exit.signal ?? "a signal"}${said}`);
    if (exit.code !== 0 && exit.code !== K6_THRESHOLDS_FAILED) {
      const meaning = K6_EXIT_CODES[exit.code];
      throw new UserError(
        `k6 ${label} failed with exit code ${exit.code}${meaning ? ` (${meaning})` : ""}${said}`
      );
    }
    if (!(await lstat(out).catch(() => void 0))?.isFile()) {
      throw new UserError(`k6 ${label} exited ${exit.code} but wrote no ${path.basename(out)}`);
    }
    const run = {
      side: side2,
      index,
      out,
      ...summary ? { summary } : {},
      exitCode: exit.code,
      thresholdsFailed: exit.code === K6_THRESHOLDS_FAILED
    };
    if (run.thresholdsFailed) log(`k6 ${label}: thresholds failed (exit 99); its results still count`);
    result.runs.push(run);
    result[side2].push(out);
  }
  return result;
}

// src/perf/k6-measure.ts
var ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
var MAX_ENV_LINES = 100;
var MAX_KEY_CHARS = 128;
var MAX_VALUE_CHARS = 16 * 1024;
function parseEnvLines(text2, label) {
  const out = {};
  if (text2 === void 0) return out;
  let n = 0;
  for (const raw of text2.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (++n > MAX_ENV_LINES) throw new UserError(`${label}: more than ${MAX_ENV_LINES} variables`);
    const eq = line.indexOf("=");
    const key = eq < 0 ? line : line.slice(0, eq).trim();
    if (eq < 0) throw new UserError(`${label}: ${JSON.stringify(oneLine(line, 60))} is not KEY=VALUE`);
    if (key.length > MAX_KEY_CHARS || !ENV_KEY.test(key))
      throw new UserError(
        `${label}: ${JSON.stringify(oneLine(key, 60))} is not a variable name (letters, digits, _; not starting with a digit)`
      );
    const value = line.slice(eq + 1);
    if (value.length > MAX_VALUE_CHARS)
      throw new UserError(`${label}: the value of ${key} is longer than ${MAX_VALUE_CHARS} characters`);
    if (Object.prototype.hasOwnProperty.call(out, key)) throw new UserError(`${label}: ${key} is set twice`);
    out[key] = value;
  }
  return out;
}
var installedK6Installer = async (_host, opts) => (await import("../chunks/k6-local-2HXVPQSS.js")).installedK6(opts);
async function measureWithK6(host, opts, install) {
  const script = path2.resolve(host.cwd, opts.script);
  const info = await lstat2(script).catch(() => void 0);
  if (!info) throw new UserError(`${opts.scriptLabel} ${opts.script}: no such file (in ${host.cwd})`);
  if (!info.isFile()) throw new UserError(`${opts.scriptLabel} ${opts.script} is not a file`);
  const log = (level, message) => host.logger.log(level, message);
  const k6 = await host.logger.group(
    "Set up k6",
    () => install(host, { version: opts.version, k6Path: opts.k6Path, log })
  );
  const outDir = path2.join(host.tempDir, "k6-runs");
  const result = await host.logger.group(
    `Run k6 ${k6.version}: ${opts.runs} run${opts.runs === 1 ? "" : "s"}${opts.baselineEnv ? " per side, base and head interleaved" : ""}`,
    () => runK6({
      k6: k6.path,
      script,
      runs: opts.runs,
      outDir,
      env: opts.env,
      ...opts.baselineEnv ? { interleave: { base: { env: opts.baselineEnv }, head: {} } } : {},
      cwd: host.cwd,
      timeoutMs: opts.timeoutSeconds * 1e3,
      log: (line) => host.logger.log("info", line)
    })
  );
  const shown = (side2, index, file) => `k6 ${opts.baselineEnv ? `${side2} ` : ""}run ${index} (${path2.basename(file)})`;
  const notes = [];
  for (const r of result.runs)
    if (r.thresholdsFailed && r.side === "base")
      notes.push(`${shown("base", r.index, r.out)}: k6 thresholds failed (exit 99) on the base side`);
  const files = (side2) => result.runs.filter((r) => r.side === side2).map((r) => ({ path: r.out, shown: shown(side2, r.index, r.out) }));
  return {
    head: files("head"),
    base: opts.baselineEnv ? files("base") : null,
    exitCode: result.runs.some((r) => r.side === "head" && r.thresholdsFailed) ? 99 : 0,
    notes,
    k6Version: k6.version
  };
}

// src/perf/render.ts
var GATE_ID = "perf";
var TITLE = "Performance";
var MAX_ROWS = 100;
var CHART_LINES = 6;
var MAX_NOTES = 20;
var VERDICT_MARK = {
  regression: "\u274C regression",
  improvement: "\u2705 improvement",
  unchanged: "\u2705 unchanged",
  inconclusive: "`~` inconclusive",
  new: "\u{1F195} new",
  removed: "\u2796 removed"
};
function ms(v) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "\u2013";
  return `${v < 10 ? v.toFixed(3) : v < 1e3 ? v.toFixed(1) : Math.round(v).toString()} ms`;
}
function pct(ratio) {
  if (ratio === null || !Number.isFinite(ratio)) return "\u2013";
  const d = (ratio - 1) * 100;
  const text2 = Math.abs(d).toFixed(1);
  return text2 === "0.0" ? "\xB10.0%" : `${d > 0 ? "+" : "\u2212"}${text2}%`;
}
function errorRate(f) {
  if (!f || f.total === 0) return "\u2013";
  const r = f.failed / f.total * 100;
  return `${r === 0 ? "0" : r < 0.01 ? "<0.01" : r.toFixed(2)}%`;
}
function moreErrors(base, head) {
  if (!head || head.total === 0) return false;
  const h = head.failed / head.total;
  const b = base && base.total > 0 ? base.failed / base.total : 0;
  return h - b >= 0.01 && h >= 2 * b;
}
function row(e, v) {
  const id = endpointId(e.key);
  const baseErr = v.base?.health.byEndpoint.get(id);
  const headErr = v.head.health.byEndpoint.get(id);
  let verdict = VERDICT_MARK[e.verdict];
  if (moreErrors(baseErr, headErr) && (e.verdict === "improvement" || e.verdict === "unchanged"))
    verdict += " \u26A0\uFE0F more failed requests";
  const interval = e.interval ? `${pct(e.interval[0])} \u2026 ${pct(e.interval[1])}` : "\u2013";
  const delta = e.ratio !== null && e.deltaMs !== null ? `${pct(e.ratio)} (${e.deltaMs >= 0 ? "+" : "\u2212"}${ms(Math.abs(e.deltaMs))})` : "\u2013";
  const errors = baseErr || headErr ? `${errorRate(baseErr)} \u2192 ${errorRate(headErr)}` : "\u2013";
  return [
    escapeCell(e.label, 200),
    ms(e.base?.p95),
    ms(e.head?.p95),
    delta,
    interval,
    verdict,
    errors,
    `${e.base?.count ?? "?"} / ${e.head?.count ?? "?"}`
  ];
}
var HEADERS = [
  "endpoint",
  "base p95",
  "head p95",
  "\u0394",
  "interval",
  "verdict",
  "failed (base \u2192 head)",
  "n (base / head)"
];
var ALIGN = ["l", "r", "r", "r", "r", "l", "r", "r"];
function counts(c) {
  const n = {
    regression: 0,
    improvement: 0,
    unchanged: 0,
    inconclusive: 0,
    new: 0,
    removed: 0
  };
  for (const e of c.endpoints) n[e.verdict]++;
  return n;
}
function summaryLine(v) {
  const n = counts(v.comparison);
  const total = v.comparison.endpoints.length;
  const parts = [];
  if (n.regression) parts.push(`${n.regression} regression${n.regression === 1 ? "" : "s"}`);
  if (n.inconclusive) parts.push(`${n.inconclusive} inconclusive`);
  if (n.improvement) parts.push(`${n.improvement} faster`);
  if (n.unchanged) parts.push(`${n.unchanged} unchanged`);
  if (n.new) parts.push(`${n.new} new`);
  if (n.removed) parts.push(`${n.removed} removed`);
  const what = `${parts.join(", ") || "no endpoints"} of ${total} endpoint${total === 1 ? "" : "s"} (p95 of ${v.metric})`;
  const slo = v.thresholdsFailed.length > 0 || v.k6ExitCode === 99 ? "; k6 thresholds failed" : "";
  return v.base === null ? `no baseline: ${what}${slo}` : `${what}${slo}`;
}
function shortOfRunsLine(c, baseRuns, headRuns) {
  const s = c.shortOfRuns;
  if (s === null) return null;
  const all = s.endpoints === c.family;
  return `${all ? `All ${s.endpoints}` : `${s.endpoints} of ${c.family}`} compared endpoint${c.family === 1 ? "" : "s"} ${s.endpoints === 1 && !all ? "is" : "are"} inconclusive for lack of runs: ${baseRuns} base and ${headRuns} head run${headRuns === 1 ? "" : "s"} cannot reach ${(c.options.confidence * 100).toFixed(0)}% over ${c.family} endpoint${c.family === 1 ? "" : "s"}; ${c.family} endpoint${c.family === 1 ? " needs" : "s need"} at least ${s.runsPerSide} runs per side.`;
}
var DELTA_FOOTNOTE = "\u0394 and interval: the head/base ratio of the per-run p95s (Hodges\u2013Lehmann median, the run is the unit); the p95 columns pool all samples of a side, so \u0394 need not equal their quotient.";
function rulesLine(c) {
  const floors = `a regression must exceed +${c.options.thresholdPct}% and +${c.options.thresholdMs} ms.`;
  if (c.family === 0) return `No intervals: no endpoint has usable runs on both sides to compare; ${floors}`;
  return `Intervals: ${(c.intervalLevel * 100).toFixed(1)}% per endpoint (${(c.options.confidence * 100).toFixed(0)}% over ${c.family} endpoint${c.family === 1 ? "" : "s"}); ${floors}`;
}
function chart(v) {
  if (v.history.length < 2) return "";
  const labels = v.comparison.endpoints.map((e) => e.label);
  const { x, lines } = historySeries(v.history, labels);
  const shown = lines.slice(0, CHART_LINES);
  if (shown.length === 0) return "";
  const block = mermaidXYChart({
    title: `p95 of ${v.metric} on the default branch (ms)`,
    xLabels: x,
    yLabel: "ms",
    series: shown.map((l) => ({ kind: "line", values: bridgeGaps(l.values) })),
    yMin: 0
  });
  const legend = shown.map((l, i) => {
    const measured = l.values.filter((x2) => x2 !== null).length;
    const gaps = measured < x.length ? ` (measured at ${measured} of ${x.length} commits; the line is bridged across the others)` : "";
    return `${i + 1}. ${escapeText(l.label, 200)}${gaps}`;
  }).join("\n");
  return details(`p95 history (${x.length} commits)`, `${block}

Lines, in order:

${legend}`);
}
function renderSection(v) {
  const c = v.comparison;
  const heading = headingLine({ status: v.status, title: TITLE, summary: summaryLine(v) });
  const out = [heading];
  if (v.base) {
    out.push(
      `Base: ${v.base.runs} run${v.base.runs === 1 ? "" : "s"} (${escapeText(v.base.note, 300)}); head: ${v.head.runs} run${v.head.runs === 1 ? "" : "s"}. ` + rulesLine(c)
    );
  } else {
    out.push(`No baseline to compare with; head: ${v.head.runs} run${v.head.runs === 1 ? "" : "s"}.`);
  }
  const main = c.endpoints.filter((e) => e.verdict !== "unchanged");
  const quiet = c.endpoints.filter((e) => e.verdict === "unchanged");
  const rows = (list) => {
    const kept = list.slice(0, MAX_ROWS).map((e) => row(e, v));
    const more = list.length > MAX_ROWS ? `

_${list.length - MAX_ROWS} more endpoints in the CLI's --json._` : "";
    return table(HEADERS, kept, ALIGN) + more;
  };
  const footnote = c.endpoints.some((e) => e.ratio !== null) ? `

<sub>${DELTA_FOOTNOTE}</sub>` : "";
  if (main.length > 0) out.push(rows(main) + footnote);
  if (quiet.length > 0) {
    const t = rows(quiet) + (main.length > 0 ? "" : footnote);
    out.push(
      main.length > 0 ? details(`${quiet.length} unchanged endpoint${quiet.length === 1 ? "" : "s"}`, t) : t
    );
  }
  const short2 = v.base ? shortOfRunsLine(c, v.base.runs, v.head.runs) : null;
  if (short2) out.push(`**${short2}** (README: endpoints \u2192 runs per side)`);
  const why = c.endpoints.filter(
    (e) => e.verdict === "inconclusive" && !e.tooFewRuns || e.verdict === "regression"
  );
  if (why.length > 0) {
    out.push(
      why.slice(0, MAX_NOTES).map((e) => `- ${escapeText(e.label, 200)}: ${escapeText(e.reason, 500)}`).join("\n")
    );
  }
  const health = [
    ["failed requests", errorRate(v.base?.health.errors), errorRate(v.head.health.errors)],
    ["dropped iterations", v.base?.health.dropped ?? "\u2013", v.head.health.dropped ?? "\u2013"]
  ].filter((r) => r[1] !== "\u2013" || r[2] !== "\u2013");
  if (health.length > 0)
    out.push(
      table(
        ["all requests", "base", "head"],
        health.map((r) => r.map(String)),
        ["l", "r", "r"]
      )
    );
  if (v.thresholdsFailed.length > 0 || v.k6ExitCode === 99) {
    const list = v.thresholdsFailed.slice(0, MAX_NOTES).map((t) => `- ${escapeText(t, 200)}`);
    out.push(
      `**k6 thresholds failed** (k6's own SLO check${v.k6ExitCode === 99 ? ", exit code 99" : ""}; reported apart from the regression verdict, which it does not change)` + (list.length > 0 ? `:

${list.join("\n")}` : ".")
    );
  }
  if (v.warnings.length > 0)
    out.push(
      v.warnings.slice(0, MAX_NOTES).map((w) => `> \u26A0\uFE0F ${escapeText(w, 500)}`).join("\n>\n")
    );
  if (v.notices.length > 0)
    out.push(
      v.notices.slice(0, MAX_NOTES).map((n) => `> \u2139\uFE0F ${escapeText(n, 500)}`).join("\n>\n")
    );
  const ch = chart(v);
  if (ch) out.push(ch);
  return out.join("\n\n");
}
function renderPerf(v) {
  const n = counts(v.comparison);
  return makeFragment({
    gate: GATE_ID,
    status: v.status,
    title: TITLE,
    summary: summaryLine(v),
    markdown: renderSection(v),
    metrics: {
      endpoints: v.comparison.endpoints.length,
      regressions: n.regression,
      improvements: n.improvement,
      inconclusive: n.inconclusive,
      unchanged: n.unchanged,
      new: n.new,
      removed: n.removed,
      "base-runs": v.base?.runs ?? 0,
      "head-runs": v.head.runs,
      "thresholds-failed": v.thresholdsFailed.length
    },
    statusContext: `quality-gates/${GATE_ID}`,
    ...v.sha ? { sha: v.sha } : {},
    ...v.url ? { url: v.url } : {}
  });
}

// src/perf/output.ts
function jsonResult(run) {
  return {
    gate: "perf",
    status: run.view.status,
    endpoints: run.view.comparison.endpoints.map((e) => ({
      name: e.label,
      count: e.head ? e.head.count : 0,
      p95: e.head?.p95 ?? null,
      baseP95: e.base?.p95 ?? null,
      ratio: e.ratio,
      interval: e.interval,
      verdict: e.verdict
    }))
  };
}
function writeJsonResult(run, write) {
  write(`${JSON.stringify(jsonResult(run))}
`);
}
function humanResult(run) {
  const rows = [["endpoint", "base p95", "head p95", "\u0394", "interval", "verdict"]];
  for (const e of run.view.comparison.endpoints) {
    rows.push([
      e.label.replace(/[\u0000-\u001f\u007f]/g, "?").slice(0, 80),
      ms(e.base?.p95),
      ms(e.head?.p95),
      pct(e.ratio),
      e.interval ? `${pct(e.interval[0])} \u2026 ${pct(e.interval[1])}` : "\u2013",
      e.verdict
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const lines = rows.map(
    (r) => r.map((c2, i) => c2.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
  const out = [...lines];
  const c = run.view.comparison;
  if (c.endpoints.some((e) => e.ratio !== null)) out.push(DELTA_FOOTNOTE);
  const short2 = run.view.base ? shortOfRunsLine(c, run.view.base.runs, run.view.head.runs) : null;
  if (short2) out.push(`inconclusive: ${short2}`);
  for (const e of c.endpoints)
    if (e.verdict === "inconclusive" && !e.tooFewRuns || e.verdict === "regression")
      out.push(`${e.verdict}: ${e.label.slice(0, 80)}: ${e.reason}`);
  const missing = nullFigures(run.view);
  if (missing) out.push(missing);
  for (const t of run.view.thresholdsFailed) out.push(`k6 threshold failed: ${t}`);
  for (const w of run.view.warnings) out.push(`warning: ${w}`);
  for (const n of run.view.notices) out.push(`notice: ${n}`);
  out.push(`${run.view.status.toUpperCase()}: ${summaryLine(run.view)}`);
  return `${out.join("\n")}
`;
}
function nullFigures(view) {
  const noCount = /* @__PURE__ */ new Set();
  const noP95 = /* @__PURE__ */ new Set();
  for (const e of view.comparison.endpoints) {
    if (!e.head) continue;
    for (const r of e.head.perRun) {
      if (r.count === null) noCount.add(r.source);
      if (r.p95 === null && r.count !== 0) noP95.add(r.source);
    }
  }
  const list = (s) => `${[...s].slice(0, 3).join(", ")}${s.size > 3 ? ` and ${s.size - 3} more` : ""}`;
  const parts = [];
  if (noCount.size > 0)
    parts.push(
      `count is null where ${list(noCount)} states no sample count (k6 --summary-export, handleSummary and the machine-readable summary have none, nor a pre-computed generic entry without "count"; k6 --out json has every sample)`
    );
  if (noP95.size > 0)
    parts.push(
      `p95 is null where ${list(noP95)} has no p95 (autocannon -j reports p90 and p97.5 only; a k6 summary has p(95) only when summaryTrendStats lists it)`
    );
  return parts.length > 0 ? `note: ${parts.join("; ")}` : null;
}

// src/perf/run-info.ts
import { cpus } from "node:os";
var MAX_THRESHOLDS = 50;
var MAX_TEXT2 = 200;
var short = (s) => s.length > MAX_TEXT2 ? `${s.slice(0, MAX_TEXT2 - 1)}\u2026` : s;
function emptyHealth() {
  return { errors: null, byEndpoint: {}, dropped: null, thresholdsFailed: [] };
}
function thisRunner(env) {
  const image = [env.ImageOS, env.ImageVersion].filter((v) => typeof v === "string" && v !== "").join(" ");
  const cpu = cpus()[0]?.model?.trim();
  return { ...image ? { image: short(image) } : {}, ...cpu ? { cpu: short(cpu) } : {} };
}
var K6_VERSION = /"k6[_-]?[vV]ersion"\s*:\s*"(v?\d{1,4}\.\d{1,4}\.\d{1,4}[0-9A-Za-z.+-]{0,40})"/;
async function toolVersionOf(path4, label) {
  const { text: text2 } = await readHead(path4, label);
  return K6_VERSION.exec(text2)?.[1];
}
async function readHealth(path4, label, format, options, run) {
  if (format === "k6-ndjson") {
    const stream = (run?.health ? run : await readK6Ndjson(path4, label, options)).health;
    return { ...emptyHealth(), ...stream };
  }
  if (format === "autocannon") return autocannonHealth(await readJson(path4, label, options));
  if (format === "k6-summary-export" || format === "k6-handle-summary" || format === "k6-machine-summary")
    return k6SummaryHealth(await readJson(path4, label, options), format);
  return emptyHealth();
}
async function readJson(path4, label, options) {
  try {
    return JSON.parse(await readDocument(path4, label, options.limits));
  } catch (e) {
    if (e instanceof UserError) throw e;
    return null;
  }
}
function isObj2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function count(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : null;
}
function autocannonHealth(doc) {
  const h = emptyHealth();
  if (!isObj2(doc)) return h;
  const total = isObj2(doc.requests) ? count(doc.requests.total) : null;
  const bad = [doc.errors, doc.timeouts, doc.non2xx].map(count);
  if (total !== null && bad.every((b) => b !== null)) {
    const failed = bad.reduce((a, b) => a + b, 0);
    h.errors = { failed, total: Math.max(total, failed) };
  }
  return h;
}
function summaryMetrics(doc, format) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj2(doc)) return out;
  if (format === "k6-machine-summary") {
    const results = doc.results;
    if (!isObj2(results) || !Array.isArray(results.metrics)) return out;
    for (const m of results.metrics.slice(0, 1e4))
      if (isObj2(m) && typeof m.name === "string")
        out.set(m.name, { values: m.values, thresholds: m.thresholds });
    return out;
  }
  if (!isObj2(doc.metrics)) return out;
  for (const [name, m] of Object.entries(doc.metrics).slice(0, 1e4)) {
    if (!isObj2(m)) continue;
    out.set(name, { values: format === "k6-handle-summary" ? m.values : m, thresholds: m.thresholds });
  }
  return out;
}
function k6SummaryHealth(doc, format) {
  const h = emptyHealth();
  const metrics = summaryMetrics(doc, format);
  const failed = metrics.get("http_req_failed")?.values;
  if (isObj2(failed)) {
    const passes = count(failed.passes);
    const fails = count(failed.fails);
    if (passes !== null && fails !== null) h.errors = { failed: passes, total: passes + fails };
  }
  const dropped = metrics.get("dropped_iterations")?.values;
  if (isObj2(dropped)) h.dropped = count(dropped.count);
  for (const [name, m] of metrics) {
    if (!isObj2(m.thresholds)) continue;
    for (const [expr, t] of Object.entries(m.thresholds)) {
      const broke = format === "k6-summary-export" ? t === true : isObj2(t) && t.ok === false;
      if (broke && h.thresholdsFailed.length < MAX_THRESHOLDS)
        h.thresholdsFailed.push(short(`${name}: ${expr}`));
    }
  }
  return h;
}

// src/perf/stats.ts
var DEFAULT_COMPARE = {
  thresholdPct: 10,
  thresholdMs: 5,
  minSamples: 200,
  confidence: 0.95
};
var MAX_RUNS_PER_SIDE = 200;
var cdfCache = /* @__PURE__ */ new Map();
function mannWhitneyCdf(m, n) {
  const id = `${m},${n}`;
  const hit = cdfCache.get(id);
  if (hit !== void 0) return hit;
  let prev = [];
  for (let i = 0; i <= m; i++) {
    const row2 = [];
    for (let j = 0; j <= n; j++) {
      const pmf2 = new Float64Array(i * j + 1);
      if (i === 0 || j === 0) pmf2[0] = 1;
      else {
        const a = prev[j];
        const b = row2[j - 1];
        const wa = i / (i + j);
        const wb = j / (i + j);
        for (let u = 0; u < pmf2.length; u++) {
          const fromA = u - j >= 0 && u - j < a.length ? a[u - j] : 0;
          const fromB = u < b.length ? b[u] : 0;
          pmf2[u] = wa * fromA + wb * fromB;
        }
      }
      row2.push(pmf2);
    }
    prev = row2;
  }
  const pmf = prev[n];
  const cdf = new Float64Array(pmf.length);
  let acc = 0;
  for (let u = 0; u < pmf.length; u++) {
    acc += pmf[u];
    cdf[u] = acc;
  }
  if (cdfCache.size > 256) cdfCache.clear();
  cdfCache.set(id, cdf);
  return cdf;
}
function intervalRank(m, n, tail) {
  const cdf = mannWhitneyCdf(m, n);
  let k = 0;
  while (k < cdf.length && cdf[k] <= tail + 1e-12) k++;
  return Math.min(k, Math.floor((m * n + 1) / 2));
}
function minRunsFor(tail) {
  for (let r = 1; r <= MAX_RUNS_PER_SIDE; r++) if (intervalRank(r, r, tail) >= 1) return r;
  return Infinity;
}
function median(sorted) {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function shiftInterval(head, base, tail) {
  const diffs = [];
  for (const h of head) for (const b of base) diffs.push(Math.log(h) - Math.log(b));
  diffs.sort((x, y) => x - y);
  const k = intervalRank(head.length, base.length, tail);
  const ratio = Math.exp(median(diffs));
  if (k === 0) return { ratio, interval: [0, Infinity], k };
  return {
    ratio,
    interval: [Math.exp(diffs[k - 1]), Math.exp(diffs[diffs.length - k])],
    k
  };
}
function perRunP95(e) {
  if (e.samples !== null) return summarize(e.samples)?.p95 ?? null;
  return e.precomputed?.p95 ?? null;
}
function side(runs, id) {
  const entries = runs.map((r) => r.endpoints.get(id));
  if (entries.every((e) => e === void 0)) return null;
  const perRun = runs.map((r, i) => {
    const e = entries[i];
    if (e === void 0) return { source: r.source, count: 0, p95: null };
    return { source: r.source, count: e.count, p95: perRunP95(e) };
  });
  const counts2 = perRun.map((p) => p.count);
  const count2 = counts2.some((c) => c === null) ? null : counts2.reduce((a, c) => a + c, 0);
  const allSamples = entries.every((e) => e === void 0 || e.samples !== null);
  if (allSamples) {
    const present = entries.filter((e) => e !== void 0);
    const s = summarize(
      pooledSorted(present.map((e) => e.samples)),
      present.every((e) => e.sum !== null) ? present.reduce((a, e) => a + e.sum, 0) : void 0
    );
    return {
      runs: runs.length,
      count: count2,
      pooled: true,
      p50: s?.p50 ?? null,
      p90: s?.p90 ?? null,
      p95: s?.p95 ?? null,
      p99: s?.p99 ?? null,
      perRun
    };
  }
  const med = (pick) => {
    const vs = entries.map(
      (e) => e === void 0 ? null : e.samples ? pickFromSamples(e.samples, pick) : pick(e)
    );
    if (vs.some((v) => v === null)) return null;
    return median(vs.sort((a, b) => a - b));
  };
  return {
    runs: runs.length,
    count: count2,
    pooled: false,
    p50: med((e) => e.precomputed?.p50 ?? null),
    p90: med((e) => e.precomputed?.p90 ?? null),
    p95: med((e) => e.precomputed?.p95 ?? null),
    p99: med((e) => e.precomputed?.p99 ?? null),
    perRun
  };
}
function pickFromSamples(samples, pick) {
  const s = summarize(samples);
  return s === null ? null : pick({ key: { name: "" }, count: s.count, samples: null, sum: null, precomputed: s });
}
function beyondRegressionFloors(r, base, o) {
  return r >= 1 + o.thresholdPct / 100 && base * (r - 1) >= o.thresholdMs;
}
function beyondImprovementFloors(r, base, o) {
  return r <= 1 / (1 + o.thresholdPct / 100) && base * (1 - r) >= o.thresholdMs;
}
var fmt = (v) => (Math.round(v * 1e3) / 1e3).toString();
function compare(baseRuns, headRuns, options = {}) {
  const o = { ...DEFAULT_COMPARE, ...options };
  if (!(o.confidence > 0 && o.confidence < 1)) throw new RangeError("confidence must be in (0, 1)");
  if (baseRuns.length > MAX_RUNS_PER_SIDE || headRuns.length > MAX_RUNS_PER_SIDE)
    throw new RangeError(`at most ${MAX_RUNS_PER_SIDE} runs per side`);
  const keys = /* @__PURE__ */ new Map();
  for (const r of [...baseRuns, ...headRuns])
    for (const [id, e] of r.endpoints) if (!keys.has(id)) keys.set(id, e.key);
  const rows = [];
  for (const [id, key] of keys) {
    const base = side(baseRuns, id);
    const head = side(headRuns, id);
    const row2 = {
      key,
      label: endpointLabel(key),
      base,
      head,
      ratio: null,
      interval: null,
      deltaMs: null,
      verdict: "inconclusive",
      reason: "",
      tooFewRuns: false
    };
    rows.push(row2);
    if (base === null || head === null) {
      row2.verdict = base === null ? "new" : "removed";
      row2.reason = base === null ? "only in the head runs" : "only in the base runs";
      continue;
    }
    const all = [...base.perRun, ...head.perRun];
    const unknown = all.find((p) => p.count === null);
    if (unknown) {
      row2.reason = `sample count unknown in ${unknown.source} (pre-computed percentiles without a count)`;
      continue;
    }
    const short3 = all.find((p) => p.count < o.minSamples);
    if (short3) {
      row2.reason = `insufficient data: ${short3.count} samples in ${short3.source} (min-samples ${o.minSamples})`;
      continue;
    }
    const noP95 = all.find((p) => p.p95 === null || !(p.p95 > 0));
    if (noP95) {
      row2.reason = noP95.p95 === null ? `no p95 in ${noP95.source}` : `p95 of 0 ms in ${noP95.source}: no ratio`;
      continue;
    }
    row2.baseVals = base.perRun.map((p) => p.p95);
    row2.headVals = head.perRun.map((p) => p.p95);
  }
  const family = rows.filter((r) => r.baseVals !== void 0).length;
  const tail = family > 0 ? (1 - o.confidence) / family : 1 - o.confidence;
  let short2 = 0;
  for (const row2 of rows) {
    if (row2.baseVals === void 0 || row2.headVals === void 0) continue;
    const m = row2.headVals.length;
    const n = row2.baseVals.length;
    const { ratio, interval, k } = shiftInterval(row2.headVals, row2.baseVals, tail);
    const baseP95 = row2.base?.p95;
    row2.ratio = ratio;
    row2.deltaMs = baseP95 * (ratio - 1);
    if (k === 0) {
      row2.reason = `too few runs (${n} base, ${m} head) for ${fmt(o.confidence * 100)}% over ${family} endpoint${family === 1 ? "" : "s"}; give at least ${minRunsFor(tail)} runs per side`;
      row2.tooFewRuns = true;
      short2++;
      continue;
    }
    row2.interval = interval;
    const [lo, hi] = interval;
    if (lo > 1 && beyondRegressionFloors(ratio, baseP95, o)) {
      row2.verdict = "regression";
      row2.reason = `p95 \xD7${fmt(ratio)} (interval ${fmt(lo)}\u2013${fmt(hi)}), +${fmt(row2.deltaMs)} ms`;
    } else if (hi < 1 && beyondImprovementFloors(ratio, baseP95, o)) {
      row2.verdict = "improvement";
      row2.reason = `p95 \xD7${fmt(ratio)} (interval ${fmt(lo)}\u2013${fmt(hi)}), ${fmt(row2.deltaMs)} ms`;
    } else if (!beyondRegressionFloors(hi, baseP95, o) && !beyondImprovementFloors(lo, baseP95, o)) {
      row2.verdict = "unchanged";
      row2.reason = `interval ${fmt(lo)}\u2013${fmt(hi)} stays within \xB1${o.thresholdPct}% or \xB1${o.thresholdMs} ms`;
    } else {
      row2.reason = `interval ${fmt(lo)}\u2013${fmt(hi)} reaches beyond the floors: more runs would tell`;
    }
  }
  const order = {
    regression: 0,
    inconclusive: 1,
    improvement: 2,
    new: 3,
    removed: 4,
    unchanged: 5
  };
  const endpoints = rows.map(({ headVals: _h, baseVals: _b, ...r }) => r).sort(
    (a, b) => order[a.verdict] - order[b.verdict] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
  return {
    endpoints,
    family,
    intervalLevel: 1 - 2 * tail,
    shortOfRuns: short2 > 0 ? { endpoints: short2, runsPerSide: minRunsFor(tail) } : null,
    options: o
  };
}

// src/perf/gate.ts
var FORMATS = ["auto", ...FORMAT_IDS];
var SPLITS = ["none", "scenario", "group", "scenario+group"];
var MAX_FILES = 200;
var MAX_NOTICES = 20;
var RULES = "Rules";
var K6_RUN = "Running k6";
var MAX_K6_RUNS = 100;
function createPerfGate(installK6) {
  return defineGate({
    id: GATE_ID,
    action: "perf-regression",
    command: "perf",
    usage: "(--results <file|glob>... | --script <file.js> [--runs N]) [--baseline <file|glob>...] [options]",
    about: "Compare load-test results per endpoint with the base side: p95 by k6's rule, an interval for the head/base\nratio from the runs (each file is one run), a regression only beyond both floors. Reads k6 --out json\n(.gz too), k6 summaries, autocannon -j, hyperfine, go test -bench, pytest-benchmark and a generic JSON.",
    settings: [
      {
        name: "results",
        kind: "list",
        positional: true,
        greedy: true,
        max: MAX_FILES,
        placeholder: "<file|glob>",
        description: "Result files or globs of the head (the code under test), one per line; each file is one run (give 5 or more for a verdict). Format detected from content. Exactly one of results and script.",
        group: "Inputs"
      },
      {
        name: "script",
        kind: "string",
        maxLength: 1024,
        placeholder: "<file.js>",
        description: "A k6 script the gate runs itself (runs times, one --out json file per run) instead of reading results. Exactly one of results and script.",
        group: K6_RUN
      },
      {
        name: "runs",
        kind: "integer",
        min: 1,
        max: MAX_K6_RUNS,
        default: 5,
        description: "With script: k6 runs per side (the run is the unit of the statistics; 5 or more for a verdict).",
        group: K6_RUN
      },
      {
        name: "k6-version",
        kind: "string",
        default: K6_DEFAULT_VERSION,
        maxLength: 64,
        description: 'With script: the k6 release to download (SHA-256 verified, tool cache and Actions cache); "latest" is refused.',
        group: K6_RUN
      },
      {
        name: "k6-path",
        kind: "string",
        maxLength: 1024,
        description: "With script: an installed k6 executable to use instead of the download.",
        group: K6_RUN
      },
      {
        name: "env",
        kind: "list",
        max: 1e4,
        placeholder: "<KEY=VALUE>",
        description: "With script: variables for k6, one KEY=VALUE per line (commas stay in the value); the runner's credentials are never passed.",
        group: K6_RUN
      },
      {
        name: "baseline-env",
        kind: "list",
        max: 1e4,
        placeholder: "<KEY=VALUE>",
        description: "With script: measure the base side in this job too (runs interleaved base1, head1, base2, \u2026), with these KEY=VALUE lines over env for the base runs (e.g. BASE_URL of the base build).",
        group: K6_RUN
      },
      {
        name: "k6-timeout",
        kind: "integer",
        min: 1,
        max: 6 * 3600,
        default: 1800,
        description: "With script: seconds one k6 run may take; then it is stopped (SIGTERM, SIGKILL after 10 s) and the gate fails naming the run.",
        group: K6_RUN
      },
      {
        name: "baseline-results",
        kind: "list",
        aliases: ["baseline"],
        greedy: true,
        max: MAX_FILES,
        placeholder: "<file|glob>",
        description: "Result files or globs of the base side measured in this job (interleave base and head runs), one run each; a perf baseline file (--baseline-out) counts as its runs. Empty = the stored baseline of the base commit. CLI: also --baseline.",
        group: "Inputs"
      },
      {
        name: "format",
        kind: "enum",
        values: FORMATS,
        default: "auto",
        description: "The results' format: auto (detected from content) or one format every file must have.",
        group: "Inputs"
      },
      {
        name: "metric",
        kind: "string",
        default: "http_req_duration",
        maxLength: 128,
        description: "The k6 trend metric whose samples count (other tools have one latency each).",
        group: "Inputs"
      },
      {
        name: "split",
        kind: "enum",
        values: SPLITS,
        default: "none",
        description: "An endpoint is the k6 name tag (the URL unless the script names the request); split it further by scenario, group or both.",
        group: "Inputs"
      },
      BASELINE_MODE_SETTING,
      {
        name: "k6-exit-code",
        kind: "integer",
        min: 0,
        max: 255,
        description: "k6's exit code for the head runs, when the workflow keeps it: 99 (thresholds failed) is reported on its own; another non-zero code warns that the results may be incomplete. Empty = not known.",
        group: "Inputs"
      },
      {
        name: "threshold-pct",
        kind: "number",
        min: 0,
        max: 1e4,
        default: 10,
        description: "A regression must make p95 at least this many percent slower (and exceed threshold-ms).",
        group: RULES
      },
      {
        name: "threshold-ms",
        kind: "number",
        min: 0,
        max: 36e5,
        default: 5,
        description: "A regression must add at least this many milliseconds to p95 (and exceed threshold-pct).",
        group: RULES
      },
      {
        name: "min-samples",
        kind: "integer",
        min: 1,
        max: 1e8,
        default: 200,
        description: 'Fewest samples of an endpoint in every run of both sides; fewer make it "inconclusive: insufficient data".',
        group: RULES
      },
      {
        name: "on-missing-baseline",
        kind: "enum",
        values: ["pass", "neutral", "fail"],
        default: "neutral",
        description: "Outcome when there is no base side (no stored baseline found, none given): pass, neutral or fail.",
        group: RULES
      },
      ...BASELINE_SETTINGS
    ],
    async evaluate(s, host) {
      const get = hostInputs(host);
      const split = {
        scenario: s.split === "scenario" || s.split === "scenario+group",
        group: s.split === "group" || s.split === "scenario+group"
      };
      const options = defaultLoadOptions({ metric: s.metric, split });
      const hash = perfConfigHash(s.metric, split);
      const kind = `perf-${hash}`;
      const store = host.baselines;
      const { mode, gating } = baselineMode(s.mode, store);
      const walkBack = baselineOptions(s).walkBack;
      const want = s.format === "auto" ? void 0 : s.format;
      const notes = [];
      const notices = [];
      const runner = { ...thisRunner(process.env) };
      const measured = await measureIfAsked(s, host, installK6);
      const exit = measured ? measured.exitCode : s["k6-exit-code"];
      if (measured) notes.push(...measured.notes);
      const measuredRunner = measured ? { ...runner, toolVersion: `v${measured.k6Version}` } : runner;
      const headFiles = measured ? measured.head : await expand(s.results, host.cwd, labelOf(get, "results"));
      const head = await host.logger.group(
        "Read the head results",
        () => loadSide(headFiles, options, want, measuredRunner, notices)
      );
      let base = null;
      let history = [];
      const baseGiven = s["baseline-results"];
      if (measured?.base) {
        const files = measured.base;
        const runs = await host.logger.group(
          "Read the base results",
          () => loadSide(files, options, want, measuredRunner, notices)
        );
        base = { runs, history, note: `${files.length} k6 run${files.length === 1 ? "" : "s"} in this job` };
      } else if (baseGiven.length > 0) {
        const files = await expand(baseGiven, host.cwd, labelOf(get, "baseline-results"));
        const runs = [];
        for (const f of files) {
          const stored = await storedBaselineAt(f.path, f.shown, hash, s.metric);
          if (stored) {
            runs.push(...stored.runs);
            history = stored.history;
          } else runs.push(...await loadSide([f], options, want, runner, notices));
        }
        base = { runs, history, note: `${files.length} file${files.length === 1 ? "" : "s"} given` };
      } else if (gating) {
        const git = createGit(resolve(host.workspace));
        const found = await loadStored(
          host,
          store,
          kind,
          hash,
          s.metric,
          await baselineCandidates(host, git, walkBack)
        );
        if (found.baseline) {
          base = {
            runs: found.baseline.runs,
            history: found.baseline.history,
            note: found.note,
            sha: found.sha
          };
          history = found.baseline.history;
        } else notes.push(found.note);
      }
      const comparison = compare(
        base?.runs.map((r) => r.run) ?? [],
        head.map((r) => r.run),
        { thresholdPct: s["threshold-pct"], thresholdMs: s["threshold-ms"], minSamples: s["min-samples"] }
      );
      const warnings = [...machineWarnings(base?.runs ?? [], head)];
      if (exit !== void 0 && exit !== 0 && exit !== 99)
        warnings.push(
          `k6 exited with ${exit} (not 0, nor 99 for failed thresholds): the results may be incomplete`
        );
      for (const r of [...head, ...base?.runs ?? []]) notices.push(...r.run.notices);
      const thresholdsFailed = [...new Set(head.flatMap((r) => r.health.thresholdsFailed))];
      const n = { regression: 0, inconclusive: 0 };
      for (const e of comparison.endpoints)
        if (e.verdict === "regression" || e.verdict === "inconclusive") n[e.verdict]++;
      const status = n.regression > 0 ? "fail" : base === null ? s["on-missing-baseline"] : n.inconclusive > 0 ? "neutral" : "pass";
      const pr = gating ? await host.pullRequest() : void 0;
      const sha = pr?.headSha ?? (host.context.sha || void 0);
      const url = runUrl(host.context);
      const view = {
        status,
        comparison,
        base: base ? {
          runs: base.runs.length,
          health: sideHealth(base.runs),
          note: base.note,
          ...base.sha ? { sha: base.sha } : {}
        } : null,
        head: { runs: head.length, health: sideHealth(head) },
        thresholdsFailed,
        ...exit !== void 0 ? { k6ExitCode: exit } : {},
        warnings: [...warnings, ...notes.slice(0, MAX_NOTICES)],
        notices: notices.slice(0, MAX_NOTICES),
        history,
        metric: s.metric,
        ...sha ? { sha } : {},
        ...url ? { url } : {}
      };
      for (const w of view.warnings) host.logger.log("warning", w);
      for (const n2 of view.notices) host.logger.log("notice", n2);
      if (mode === "save") {
        const git = createGit(resolve(host.workspace));
        await saveThisBaseline(
          host,
          store,
          git,
          kind,
          hash,
          s.metric,
          split,
          head,
          gating ? history : null,
          walkBack,
          {
            retentionDays: baselineOptions(s).retentionDays,
            comparison: view
          }
        );
      }
      const fragment = renderPerf(view);
      const data = { view, notes: [...notes, ...notices] };
      const result = {
        fragment,
        ...sha ? { sha } : {},
        onCommit: pr !== void 0 || mode === "save",
        outputs: {
          regressions: String(n.regression),
          "baseline-sha": base?.sha ?? ""
        },
        ...status === "fail" ? {
          failure: n.regression > 0 ? `perf gate failed: ${n.regression} endpoint${n.regression === 1 ? "" : "s"} regressed (${comparison.endpoints.filter((e) => e.verdict === "regression").slice(0, 5).map((e) => e.label.slice(0, 80)).join(", ")})` : "perf gate failed: no baseline to compare with (on-missing-baseline: fail)"
        } : {},
        data
      };
      return result;
    },
    print: { json: writeJsonResult, human: humanResult }
  });
}
var perfGate = createPerfGate(installedK6Installer);
async function measureIfAsked(s, host, installK6) {
  const get = hostInputs(host);
  const label = (name) => labelOf(get, name);
  const script = s.script;
  if (script === void 0 || script === "") {
    if (s.results.length === 0)
      throw new UserError(
        `${label("results")} or ${label("script")} is required: result files to read, or a k6 script to run`
      );
    for (const name of ["k6-path", "env", "baseline-env"])
      if (get(name) !== void 0 && get(name) !== "")
        throw new UserError(`${label(name)} is only used with ${label("script")}, which is not set`);
    return null;
  }
  if (s.results.length > 0)
    throw new UserError(
      `${label("results")} and ${label("script")} are both set: give result files or a k6 script to run, not both`
    );
  if (s["k6-exit-code"] !== void 0)
    throw new UserError(
      `${label("k6-exit-code")} is for results measured outside the gate; with ${label("script")} the gate knows k6's exit code`
    );
  const baselineEnvText = get("baseline-env");
  const measureBase = baselineEnvText !== void 0 && baselineEnvText.trim() !== "";
  if (measureBase && s["baseline-results"].length > 0)
    throw new UserError(
      `${label("baseline-env")} and ${label("baseline-results")} are both set: measure the base side in this job or give its files, not both`
    );
  return measureWithK6(
    host,
    {
      script,
      runs: s.runs,
      version: s["k6-version"],
      k6Path: s["k6-path"],
      env: parseEnvLines(get("env"), label("env")),
      baselineEnv: measureBase ? parseEnvLines(baselineEnvText, label("baseline-env")) : null,
      timeoutSeconds: s["k6-timeout"],
      scriptLabel: label("script")
    },
    installK6
  );
}
async function expand(specs, cwd, label) {
  const out = [];
  for (const spec of specs) {
    const paths = isDynamicPattern(spec) ? (await glob([spec], { cwd, absolute: true, onlyFiles: true, dot: true })).sort() : [resolve(cwd, spec)];
    if (paths.length === 0)
      throw new UserError(`${label} ${JSON.stringify(spec.slice(0, 200))} matched no files (in ${cwd})`);
    for (const path4 of paths) {
      const rel = relative(cwd, path4);
      out.push({ path: path4, shown: isAbsolute(path4) && rel && !rel.startsWith("..") ? rel : path4 });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const f of out) {
    if (seen.has(f.path)) throw new UserError(`${label}: ${f.shown} is given twice (each file is one run)`);
    seen.add(f.path);
  }
  if (out.length > MAX_FILES)
    throw new UserError(`${label}: ${out.length} files; at most ${MAX_FILES} runs per side`);
  return out;
}
async function loadSide(files, options, want, runner, notices) {
  const runs = [];
  for (const f of files) {
    const run = await loadRun(f.path, options, f.shown);
    if (want !== void 0 && run.format !== want)
      throw new UserError(`${f.shown}: is ${run.format}, but format is ${want}`);
    const health = await readHealth(f.path, f.shown, run.format, options, run);
    const toolVersion = await toolVersionOf(f.path, f.shown);
    if (run.endpoints.size === 0) notices.push(`${f.shown}: no endpoint has samples of ${options.metric}`);
    runs.push({ run, health, runner: { ...runner, ...toolVersion ? { toolVersion } : {} } });
  }
  return runs;
}
async function storedBaselineAt(path4, shown, hash, metric) {
  const { text: text2 } = await readHead(path4, shown, 256);
  if (!text2.trimStart().startsWith("{") || !text2.includes(`"${PERF_BASELINE_SCHEMA}"`)) return null;
  const b = parseBaseline(await readFile(path4, "utf8"), shown);
  if (b.configHash !== hash)
    throw new UserError(
      `${shown}: a perf baseline of metric "${b.metric.slice(0, 100)}"${b.split.scenario || b.split.group ? " split by scenario/group" : ""}, not comparable with this run's metric "${metric.slice(0, 100)}" and split`
    );
  return b;
}
async function loadStored(host, store, kind, hash, metric, candidates) {
  if (!store) return { baseline: null, note: "no baseline: no GitHub token or artifact service in this run" };
  try {
    const found = await store.find(kind, candidates, PERF_BASELINE_FILE);
    if (!found.found) return { baseline: null, note: `no baseline${found.note ? `: ${found.note}` : ""}` };
    const what = found.sha ? `baseline of ${found.sha.slice(0, 7)}` : found.path;
    const baseline = await storedBaselineAt(found.path, what, hash, metric);
    if (baseline === null) throw new UserError(`${what}: not a perf baseline`);
    return {
      baseline,
      ...found.sha ?? baseline.sha ? { sha: found.sha ?? baseline.sha } : {},
      note: found.note
    };
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error;
    const note = `no baseline: ${describeError(error)}`;
    return { baseline: null, note };
  }
}
async function saveThisBaseline(host, store, git, kind, hash, metric, split, runs, knownHistory, walkBack, opts) {
  const sha = host.context.sha || await revParse(git, "HEAD").catch(() => "local");
  if (!store) {
    host.logger.log("warning", "baseline not saved: no GitHub token or artifact service in this run");
    return;
  }
  let history = knownHistory;
  if (history === null) {
    const parents = () => firstParentAncestors(git, sha, walkBack + 1).then(
      (p) => p.slice(1),
      () => []
    );
    history = (await loadStored(host, store, kind, hash, metric, parents)).baseline?.history ?? [];
  }
  const now = host.now().toISOString();
  const point = historyPoint(
    /^[0-9a-f]{7,64}$/.test(sha) ? sha : "0000000",
    now,
    opts.comparison.comparison.endpoints.map((e) => [e.label, e.head?.p95 ?? null])
  );
  const baseline = nextBaseline(
    { sha, configHash: hash, createdAt: now, metric, split, runs },
    history,
    point
  );
  await saveBaselineText(host, store, "perf baseline", {
    kind,
    sha,
    file: PERF_BASELINE_FILE,
    text: serializeBaseline(baseline),
    retentionDays: opts.retentionDays
  });
}
function add(into, id, f) {
  const have = into.get(id);
  if (have) {
    have.failed += f.failed;
    have.total += f.total;
  } else into.set(id, { ...f });
}
function sideHealth(runs) {
  const byEndpoint = /* @__PURE__ */ new Map();
  let errors = null;
  let dropped = null;
  for (const { run, health } of runs) {
    for (const [id, f] of Object.entries(health.byEndpoint)) add(byEndpoint, id, f);
    if (health.errors && Object.keys(health.byEndpoint).length === 0 && run.endpoints.size === 1)
      add(byEndpoint, endpointId([...run.endpoints.values()][0].key), health.errors);
    if (health.errors) {
      errors ??= { failed: 0, total: 0 };
      errors.failed += health.errors.failed;
      errors.total += health.errors.total;
    }
    if (health.dropped !== null) dropped = (dropped ?? 0) + health.dropped;
  }
  return { byEndpoint, errors, dropped };
}
function machineWarnings(base, head) {
  if (base.length === 0) return [];
  const out = [];
  const what = { image: "runner image", cpu: "CPU", toolVersion: "tool version" };
  for (const k of Object.keys(what)) {
    const b = [...new Set(base.map((r) => r.runner[k]).filter((v) => v !== void 0))];
    const h = [...new Set(head.map((r) => r.runner[k]).filter((v) => v !== void 0))];
    if (b.length === 0 || h.length === 0) continue;
    if (b.length === h.length && b.every((v) => h.includes(v))) continue;
    out.push(
      `base and head ran with a different ${what[k]} (base: ${b.slice(0, 3).join(", ")}; head: ${h.slice(0, 3).join(", ")}): part of a difference may be the machine`
    );
  }
  return out;
}

// src/perf/k6-download.ts
import path3 from "node:path";
var K6_DOWNLOAD_URL_ENV = "QUALITY_GATES_K6_DOWNLOAD_URL";
var downloadingK6Installer = async (host, opts) => {
  const { ensureK6 } = await import("../chunks/k6-setup-625GWSER.js");
  const downloadUrl = process.env[K6_DOWNLOAD_URL_ENV];
  return ensureK6({
    version: opts.version,
    ...opts.k6Path !== void 0 ? { k6Path: opts.k6Path } : {},
    toolCache: process.env.RUNNER_TOOL_CACHE || path3.join(host.jobTempDir ?? host.tempDir, "tool-cache"),
    tempDir: host.tempDir,
    ...downloadUrl ? { downloadUrl } : {},
    log: opts.log
  });
};

// src/perf/index.ts
void runAction(createPerfGate(downloadingK6Installer));
//# sourceMappingURL=index.js.map
