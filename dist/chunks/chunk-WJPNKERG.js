import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-XLRBPGF7.js";
import {
  glob,
  isDynamicPattern
} from "./chunk-AHPEXISO.js";
import {
  BASELINE_SETTINGS,
  baselineOptions,
  cutTableRows,
  defineGate,
  escapeCell,
  escapeText,
  fitToBudget,
  headingLine,
  hostInputs,
  inlineCode,
  labelOf,
  makeFragment,
  runUrl,
  table
} from "./chunk-AN5I733W.js";
import {
  createGit,
  firstParentAncestors,
  gitEnv,
  isTrustedDefaultBranchRun,
  revParse
} from "./chunk-YQ5RRJ37.js";
import {
  UserError,
  describeError,
  oneLine
} from "./chunk-XW4BQXO4.js";
import {
  __toESM
} from "./chunk-7HUOYEXQ.js";

// src/flaky/history.ts
var HISTORY_SCHEMA = "quality-gates/flaky-history";
var HISTORY_VERSION = 1;
var MAX_HISTORY_BYTES = 128 * 1024 * 1024;
var MAX_RUNS = 500;
var MAX_IDS = 25e4;
var MAX_ID_CHARS = 8192;
function emptyHistory() {
  return { ids: [], index: /* @__PURE__ */ new Map(), runs: [] };
}
function codeAt(run, i) {
  return run.o[i] ?? "-";
}
function recordRun(history, run, outcomes) {
  const codes = [];
  for (const [id, code] of outcomes) {
    let i = history.index.get(id);
    if (i === void 0) {
      i = history.ids.length;
      history.ids.push(id);
      history.index.set(id, i);
    }
    codes[i] = code;
  }
  let o = "";
  for (let i = 0; i < codes.length; i++) o += codes[i] ?? "-";
  return { ...run, o };
}
function appendRun(history, record, windowDays, now) {
  const cutoff = now.getTime() - windowDays * 864e5;
  const runs = history.runs.filter(
    (r) => Date.parse(r.date) >= cutoff && (record.run === void 0 || r.run !== record.run)
  );
  runs.push(record);
  return { ...history, runs: runs.slice(Math.max(0, runs.length - MAX_RUNS)) };
}
function serializeHistory(history) {
  const keep = [];
  for (let i = 0; i < history.ids.length; i++) {
    if (history.runs.some((r) => codeAt(r, i) !== "-")) keep.push(i);
  }
  const runs = history.runs.map((r) => {
    let o = "";
    for (const i of keep) o += codeAt(r, i);
    return { sha: r.sha, date: r.date, ...r.run !== void 0 ? { run: r.run } : {}, o };
  });
  return `${JSON.stringify({
    schema: HISTORY_SCHEMA,
    version: HISTORY_VERSION,
    ids: keep.map((i) => history.ids[i]),
    runs
  })}
`;
}
function parseHistory(text, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid flaky history: ${what}`);
  };
  if (text.length > MAX_HISTORY_BYTES) fail(`larger than ${MAX_HISTORY_BYTES} bytes`);
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`not JSON (${e.message.slice(0, 100)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail("expected a JSON object");
  const v = value;
  if (v.schema !== HISTORY_SCHEMA) fail(`"schema" must be "${HISTORY_SCHEMA}"`);
  if (v.version !== HISTORY_VERSION) {
    fail(
      `unsupported version ${JSON.stringify(v.version)?.slice(0, 20)} (this release reads version ${HISTORY_VERSION})`
    );
  }
  if (!Array.isArray(v.ids)) return fail('"ids" must be an array');
  if (v.ids.length > MAX_IDS) fail(`more than ${MAX_IDS} ids`);
  const index = /* @__PURE__ */ new Map();
  const ids = [];
  for (const id of v.ids) {
    if (typeof id !== "string" || id === "" || id.length > MAX_ID_CHARS)
      fail(`id ${ids.length} must be a non-empty string`);
    if (index.has(id)) fail(`id ${ids.length} is listed twice`);
    index.set(id, ids.length);
    ids.push(id);
  }
  if (!Array.isArray(v.runs)) return fail('"runs" must be an array');
  if (v.runs.length > MAX_RUNS) fail(`more than ${MAX_RUNS} runs`);
  const runs = v.runs.map((r, n) => {
    const bad = (what) => fail(`run ${n}: ${what}`);
    if (typeof r !== "object" || r === null || Array.isArray(r)) return bad("must be an object");
    const o = r;
    if (typeof o.sha !== "string" || !/^(?:[0-9a-f]{7,64}|local)$/.test(o.sha))
      bad('"sha" must be a hex commit id');
    if (typeof o.date !== "string" || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date');
    if (o.run !== void 0 && (typeof o.run !== "string" || !/^[A-Za-z0-9._-]{1,100}$/.test(o.run)))
      bad('bad "run"');
    if (typeof o.o !== "string" || o.o.length !== ids.length || !/^[pfks-]*$/.test(o.o)) {
      bad(`"o" must hold one of p f k s - per id (${ids.length})`);
    }
    return {
      sha: o.sha,
      date: o.date,
      ...o.run !== void 0 ? { run: o.run } : {},
      o: o.o
    };
  });
  return { ids, index, runs };
}

// src/flaky/maintain-output.ts
var DEFAULT_QUARANTINE_BRANCH = "quality-gates/quarantine";
var MAX_LISTED = 200;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function writeMaintainJson(run, write) {
  write(
    `${JSON.stringify({
      gate: "flaky",
      task: "maintain",
      file: run.file,
      changed: run.changed,
      changes: run.changes.map((c) => ({
        kind: c.kind,
        id: c.id,
        detail: c.detail,
        ...c.issue !== void 0 ? { issue: c.issue } : {}
      })),
      ...run.pullRequest ? { pullRequest: run.pullRequest } : {},
      ...run.patchIssue ? { patchIssue: run.patchIssue } : {}
    })}
`
  );
}
function humanMaintain(run) {
  const out = [`flaky maintain: ${run.file}`];
  for (const c of run.changes.slice(0, MAX_LISTED))
    out.push(`  ${c.kind.toUpperCase().padEnd(10)} ${c.id} (${c.detail})`);
  if (run.changes.length > MAX_LISTED) out.push(`  \u2026 and ${run.changes.length - MAX_LISTED} more`);
  for (const d of run.done) out.push(`note ${d}`);
  return `${out.join("\n")}
`;
}

// src/flaky/policy.ts
var BROKEN_STREAK = 3;
function testStats(history) {
  const out = [];
  for (let i = 0; i < history.ids.length; i++) {
    const passedOn = /* @__PURE__ */ new Set();
    for (const r of history.runs) {
      const c = codeAt(r, i);
      if (c === "p" || c === "k") passedOn.add(r.sha);
    }
    const s = {
      id: history.ids[i],
      runs: 0,
      passes: 0,
      failures: 0,
      flakes: 0,
      flakeCommits: 0,
      flips: 0,
      flakeRate: 0,
      flipRate: 0,
      broken: false,
      cleanStreak: 0
    };
    const flakeShas = /* @__PURE__ */ new Set();
    let previous;
    let failStreak = 0;
    for (const r of history.runs) {
      const c = codeAt(r, i);
      if (c === "-" || c === "s") continue;
      s.runs++;
      const flake = c === "k" || c === "f" && r.sha !== "local" && passedOn.has(r.sha);
      if (flake) {
        s.flakes++;
        flakeShas.add(r.sha);
      }
      if (c === "f") s.failures++;
      else s.passes++;
      const final = c === "f" ? "fail" : "pass";
      if (previous !== void 0 && previous !== final) s.flips++;
      previous = final;
      failStreak = c === "f" ? failStreak + 1 : 0;
      if (c === "p") s.cleanStreak++;
      else {
        s.cleanStreak = 0;
        s.lastBad = r.date;
      }
    }
    s.flakeCommits = flakeShas.size;
    s.flakeRate = s.runs > 0 ? s.flakes / s.runs : 0;
    s.flipRate = s.runs > 1 ? s.flips / (s.runs - 1) : 0;
    s.broken = s.runs > 0 && (s.passes === 0 || failStreak >= BROKEN_STREAK);
    out.push(s);
  }
  return out;
}
function propose(history, quarantine, opts, now) {
  const stats = testStats(history);
  const byId = new Map(stats.map((s) => [s.id, s]));
  const quarantineList = [];
  for (const s of stats) {
    if (quarantine.active.has(s.id) || s.broken) continue;
    if (s.flakes >= opts.flakes && s.flakeCommits >= 2) quarantineList.push(s);
  }
  const release = [];
  const oldest = history.runs[0]?.date;
  const dayMs = 864e5;
  for (const entry of quarantine.active.values()) {
    const s = byId.get(entry.id);
    if (s === void 0 || s.cleanStreak < opts.cleanRuns || s.cleanStreak === 0) continue;
    const since = s.lastBad ?? entry.since ?? oldest;
    if (since === void 0) continue;
    if (now.getTime() - Date.parse(since) < opts.cleanDays * dayMs) continue;
    release.push({ ...s, ...entry.since !== void 0 ? { since: entry.since } : {} });
  }
  const byRate = (a, b) => b.flakeRate - a.flakeRate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { quarantine: quarantineList.sort(byRate), release };
}

// src/flaky/render.ts
var GATE_ID = "flaky";
var TITLE = "Flaky tests";
var MAX_ANNOTATIONS = 50;
var SECTION_BUDGET = 4e4;
var MAX_ROWS = 25;
var MAX_ID_SHOWN = 160;
var MAX_MESSAGE_SHOWN = 160;
var MAX_NOTES = 10;
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summaryLine(v, bad, proposals) {
  const t = v.tests;
  const parts = ["passed", "failed", "flaky", "quarantined", "skipped"].filter((k) => t[k] > 0).map((k) => `${t[k]} ${k}`);
  let line = `${plural2(t.total, "test")}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
  if (bad.length > 0) line += `; ${plural2(bad.length, "report")} unreadable`;
  if (v.infra) line += `; infrastructure failure (${v.infra.failed} of ${v.infra.ran} failed)`;
  const p = proposals.quarantine.length;
  const r = proposals.release.length;
  if (p > 0) line += `; ${p} proposed for quarantine`;
  if (r > 0) line += `; ${r} proposed for release`;
  return line;
}
function blobPrefix(s) {
  if (!s) return null;
  let origin;
  try {
    const u = new URL(s.serverUrl);
    if (u.protocol !== "https:" && u.protocol !== "http:" || u.username !== "" || u.password !== "")
      return null;
    origin = u.origin;
  } catch {
    return null;
  }
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(s.owner) || !/^[A-Za-z0-9_.-]{1,100}$/.test(s.repo)) return null;
  if (s.repo === "." || s.repo === ".." || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(s.sha)) return null;
  return `${origin}/${s.owner}/${s.repo}/blob/${s.sha.toLowerCase()}/`;
}
function repoPath(file) {
  if (file === void 0 || file === "" || file.length > 1e3) return void 0;
  if (file.startsWith("/") || /^[A-Za-z]:/.test(file) || /[\u0000-\u001f\u007f]/.test(file)) return void 0;
  if (file.split("/").some((s) => s === "" || s === "." || s === "..")) return void 0;
  return file;
}
function fileLink(prefix, file, line) {
  const shown = inlineCode(`${file}${line !== void 0 ? `:${line}` : ""}`, 120);
  if (prefix === null) return shown;
  let encoded;
  try {
    encoded = file.split("/").map(
      (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    ).join("/");
  } catch {
    return shown;
  }
  return `[${shown}](${prefix}${encoded}${line !== void 0 ? `#L${line}` : ""})`;
}
function attemptsText(c) {
  const letters = c.case.attempts.map(
    (a) => a.outcome === "passed" ? "pass" : a.outcome === "failed" ? "fail" : a.outcome === "error" ? "error" : "skip"
  );
  return `${c.attempts}: ${letters.slice(0, 10).join(" \u2192 ")}${letters.length > 10 ? " \u2026" : ""}`;
}
function lastMessage(c) {
  for (let i = c.case.attempts.length - 1; i >= 0; i--) {
    const a = c.case.attempts[i];
    if (a && (a.outcome === "failed" || a.outcome === "error")) {
      const text = a.message ?? a.details?.text.split("\n")[0] ?? "";
      return text === "" ? a.outcome : text;
    }
  }
  return "";
}
function section(id, heading, body, priority) {
  return {
    id,
    full: `#### ${heading}

${body}`,
    collapsed: `#### ${heading}

_Listed in the fragment's JSON and the job log._`,
    priority
  };
}
function more(omitted, what) {
  return omitted > 0 ? `

_${omitted} more ${what} not shown._` : "";
}
function casesTable(rows, prefix, what) {
  const cut = cutTableRows(rows, MAX_ROWS);
  const body = table(
    ["Test", "Outcome", "Attempts", "Where", "Last failure"],
    cut.rows.map((c) => {
      const file = repoPath(c.case.file);
      return [
        inlineCode(c.id, MAX_ID_SHOWN),
        c.outcome === "failed" ? "\u274C failed" : c.outcome === "quarantined" ? "\u{1F512} quarantined" : "\u26A0\uFE0F flaky",
        attemptsText(c),
        file ? fileLink(prefix, file, c.case.line) : "",
        escapeCell(lastMessage(c), MAX_MESSAGE_SHOWN)
      ];
    }),
    ["l", "l", "r", "l", "l"]
  );
  return body + more(cut.omitted, what);
}
function rate(x) {
  return `${Math.round(x * 100)}%`;
}
function statsTable(rows, what) {
  const cut = cutTableRows(rows, MAX_ROWS);
  return table(
    ["Test", "Runs", "Flakes (commits)", "Flake rate", "Flip rate"],
    cut.rows.map((s) => [
      inlineCode(s.id, MAX_ID_SHOWN),
      String(s.runs),
      `${s.flakes} (${s.flakeCommits})`,
      rate(s.flakeRate),
      rate(s.flipRate)
    ]),
    ["l", "r", "r", "r", "r"]
  ) + more(cut.omitted, what);
}
function entryLine(e, extra) {
  const issue = e.issue !== void 0 ? ` (issue ${escapeText(e.issue, 120)})` : "";
  return `- ${inlineCode(e.id, MAX_ID_SHOWN, { cell: false })}: ${escapeText(e.reason, 200)}${issue}${extra}`;
}
function renderFlaky(input) {
  const { verdict: v, quarantine, proposals, history, bad } = input;
  const status = v.status;
  const summary = summaryLine(v, bad, proposals);
  const prefix = blobPrefix(input.source);
  const sections = [];
  const failing = v.cases.filter((c) => c.outcome === "failed");
  const quarantined = v.cases.filter((c) => c.outcome === "quarantined");
  const flaky = v.cases.filter((c) => c.outcome === "flaky");
  if (bad.length > 0) {
    const cut = cutTableRows(bad, MAX_ROWS);
    sections.push(
      section(
        "unreadable",
        `Unreadable reports (${bad.length}): the gate fails closed`,
        cut.rows.map((b) => `- ${inlineCode(b.file, 200, { cell: false })}: ${escapeText(b.reason, 300)}`).join("\n") + more(cut.omitted, "reports"),
        100
      )
    );
  }
  if (failing.length + flaky.length > 0) {
    sections.push(
      section(
        "cases",
        `Failed and flaky tests (${failing.length} failed, ${flaky.length} flaky)`,
        casesTable([...failing, ...flaky], prefix, "tests"),
        90
      )
    );
  }
  const quarantineLines = [];
  if (quarantined.length > 0) quarantineLines.push(casesTable(quarantined, prefix, "quarantined failures"));
  const listedOk = v.cases.filter((c) => c.quarantine && c.outcome !== "quarantined");
  if (listedOk.length > 0) {
    const cut = cutTableRows(listedOk, MAX_ROWS);
    quarantineLines.push(
      `Quarantined and did not fail in this run:

${cut.rows.map((c) => entryLine(c.quarantine, ` \u2014 ${c.outcome}`)).join("\n")}${more(cut.omitted, "entries")}`
    );
  }
  if (quarantine.expired.length > 0) {
    const cut = cutTableRows(quarantine.expired, MAX_ROWS);
    quarantineLines.push(
      `Expired entries (they quarantine nothing any more), proposed for removal:

${cut.rows.map((e) => entryLine(e, ` \u2014 expired ${e.expires ?? ""}, propose removal`)).join("\n")}${more(cut.omitted, "entries")}`
    );
  }
  if (v.unmatched.length > 0) {
    const n = v.unmatched.length;
    quarantineLines.push(
      `${n} quarantine ${n === 1 ? "entry" : "entries"} matched no test of this run (another shard, or a renamed test).`
    );
  }
  if (quarantineLines.length > 0) {
    const file = quarantine.source !== void 0 ? ` in ${inlineCode(quarantine.source, 200, { cell: false })}` : "";
    sections.push(section("quarantine", `Quarantine${file}`, quarantineLines.join("\n\n"), 80));
  }
  if (proposals.quarantine.length > 0) {
    sections.push(
      section(
        "propose-quarantine",
        `Proposed for quarantine (${proposals.quarantine.length})`,
        statsTable(proposals.quarantine, "tests"),
        70
      )
    );
  }
  if (proposals.release.length > 0) {
    sections.push(
      section(
        "propose-release",
        `Proposed for release (${proposals.release.length})`,
        statsTable(proposals.release, "tests"),
        60
      )
    );
  }
  sections.push(...input.extra ?? []);
  const notes = input.notes.slice(0, MAX_NOTES).map((n) => `- ${escapeText(n, 300)}`);
  if (input.notes.length > MAX_NOTES) notes.push(`- ${input.notes.length - MAX_NOTES} more notes`);
  if (notes.length > 0) sections.push(section("notes", "Notes", notes.join("\n"), 10));
  const sentence = [];
  if (status === "pass") {
    sentence.push(
      quarantined.length > 0 ? `Every failing test is quarantined: ${plural2(quarantined.length, "quarantined test")} failed and did not block.` : "No test failed."
    );
  } else sentence.push(`${v.reasons.map((r) => escapeText(r, 300)).join("; ")}.`);
  if (v.infra) {
    sentence.push(
      `**Infrastructure failure**: ${v.infra.failed} of ${v.infra.ran} tests that ran failed, so this run is not recorded in the flake history.`
    );
  }
  const learned = history.learned ? `History: ${plural2(history.runs, "run")} in the window, this one included (${escapeText(history.note, 300)}).` : `History: ${history.runs > 0 ? `${plural2(history.runs, "run")} (${escapeText(history.note, 300)})` : escapeText(history.note, 300)}; this run not recorded${history.notLearned ? ` (${escapeText(history.notLearned, 200)})` : ""}.`;
  sentence.push(learned);
  const draft = { status, title: TITLE, summary };
  const head = `${headingLine(draft)}

${sentence.join(" ")}`;
  const tail = input.url ? `[Workflow run](${input.url})` : "";
  const fitted = fitToBudget(head, sections, tail, SECTION_BUDGET);
  return makeFragment({
    gate: GATE_ID,
    status,
    title: TITLE,
    summary,
    markdown: fitted.text,
    metrics: {
      tests: v.tests.total,
      passed: v.tests.passed,
      failed: v.tests.failed,
      flaky: v.tests.flaky,
      quarantined: v.tests.quarantined,
      skipped: v.tests.skipped,
      unreadableReports: bad.length,
      infrastructureFailure: v.infra !== void 0,
      proposedQuarantine: proposals.quarantine.length,
      proposedRelease: proposals.release.length,
      expiredQuarantine: quarantine.expired.length,
      historyRuns: history.runs
    },
    statusContext: `quality-gates/${GATE_ID}`,
    annotations: annotationsFor(v.cases),
    ...input.sha && /^[0-9a-f]{7,40}$/.test(input.sha) ? { sha: input.sha } : {},
    ...input.url ? { url: input.url } : {}
  });
}
function annotationsFor(cases, max = MAX_ANNOTATIONS) {
  const out = [];
  for (const c of cases) {
    if (out.length >= max) break;
    if (c.outcome !== "failed") continue;
    const path = repoPath(c.case.file);
    if (path === void 0) continue;
    const line = c.case.line !== void 0 && c.case.line >= 1 ? c.case.line : 1;
    const message = `${c.id}
failed in ${plural2(c.attempts, "attempt")}: ${lastMessage(c)}`;
    out.push({
      path,
      startLine: line,
      endLine: line,
      level: "failure",
      title: `Test failed: ${c.case.name}`.slice(0, 200),
      message: message.length > 4e3 ? `${message.slice(0, 3999)}\u2026` : message
    });
  }
  return out;
}

// src/flaky/quarantine.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_QUARANTINE_FILE = ".github/quality-gates/quarantine.yml";
var MAX_QUARANTINE_BYTES = 1024 * 1024;
var MAX_QUARANTINE_ENTRIES = 1e4;
var MAX_ID_CHARS2 = 8192;
var MAX_REASON_CHARS = 1e3;
var MAX_ISSUE_CHARS = 500;
var ENTRY_KEYS = /* @__PURE__ */ new Set(["id", "reason", "issue", "since", "expires"]);
var EMPTY_QUARANTINE = Object.freeze({
  active: /* @__PURE__ */ new Map(),
  expired: []
});
function isCalendarDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
function utcDay(now) {
  return now.toISOString().slice(0, 10);
}
var PARSE_OPTIONS = {
  schema: "core",
  uniqueKeys: true,
  merge: false,
  strict: true,
  prettyErrors: false
};
var WRITE_OPTIONS = { lineWidth: 0, minContentWidth: 0, indent: 2 };
function parseQuarantine(text, source, now) {
  return parseEntries(text, source, now).quarantine;
}
function parseEntries(text, source, now) {
  if (text.length > MAX_QUARANTINE_BYTES) {
    throw new UserError(`${source}: larger than ${MAX_QUARANTINE_BYTES} bytes (cap on the quarantine file)`);
  }
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { ...PARSE_OPTIONS, lineCounter: lines });
  const lineOf = (offset) => offset === void 0 ? 1 : lines.linePos(offset).line;
  const fail = (offset, what) => {
    throw new UserError(`${source}:${lineOf(offset)}: ${what}`);
  };
  const problem = doc.errors[0];
  if (problem) fail(problem.pos[0], `not valid YAML (${problem.message.split("\n")[0] ?? ""})`);
  const root = doc.contents;
  const empty = { quarantine: { source, active: /* @__PURE__ */ new Map(), expired: [] }, entries: [] };
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) return empty;
  checkPlain(root, fail);
  if (!(0, import_yaml.isMap)(root)) return fail(root.range?.[0], 'expected a mapping with a "tests" list');
  let tests;
  for (const pair of root.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
    if (key !== "tests")
      fail(
        pair.key?.range?.[0],
        `unknown key ${JSON.stringify(String(key).slice(0, 40))} (expected "tests")`
      );
    tests = pair.value ?? void 0;
  }
  if (tests === void 0 || (0, import_yaml.isScalar)(tests) && tests.value === null) return empty;
  if (!(0, import_yaml.isSeq)(tests)) return fail(tests.range?.[0], '"tests" must be a list of entries');
  if (tests.items.length > MAX_QUARANTINE_ENTRIES) {
    fail(tests.range?.[0], `more than ${MAX_QUARANTINE_ENTRIES} entries`);
  }
  const today = utcDay(now);
  const seen = /* @__PURE__ */ new Map();
  const out = { source, active: /* @__PURE__ */ new Map(), expired: [] };
  const entries = [];
  for (const item of tests.items) {
    const at = item.range?.[0];
    if (!(0, import_yaml.isMap)(item)) fail(at, "each entry must be a mapping with id and reason");
    const fields = /* @__PURE__ */ Object.create(null);
    for (const pair of item.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      if (!ENTRY_KEYS.has(key)) {
        fail(
          pair.key.range?.[0],
          `unknown key ${JSON.stringify(key.slice(0, 40))} (expected id, reason, issue, since, expires)`
        );
      }
      const value = pair.value === null ? null : (0, import_yaml.isScalar)(pair.value) ? pair.value.value : pair.value;
      fields[key] = { value, offset: pair.value?.range?.[0] ?? pair.key.range?.[0] };
    }
    const line = lineOf(at);
    const str = (key, max, required) => {
      const f = fields[key];
      if (f === void 0 || f.value === null) {
        if (required) fail(at, `entry without "${key}"`);
        return void 0;
      }
      if (typeof f.value !== "string" || f.value.trim() === "")
        fail(f.offset, `"${key}" must be a non-empty string`);
      const v = f.value;
      if (v.length > max) fail(f.offset, `"${key}" is longer than ${max} characters`);
      return v;
    };
    const id = str("id", MAX_ID_CHARS2, true);
    if (/[\r\n]/.test(id))
      fail(fields.id?.offset, '"id" must be one line (a case id escapes newlines as \\n)');
    const reason = str("reason", MAX_REASON_CHARS, true);
    const entry = { id, reason, line };
    const issue = fields.issue;
    if (issue !== void 0 && issue.value !== null) {
      if (typeof issue.value === "number") {
        if (!Number.isSafeInteger(issue.value) || issue.value < 1)
          fail(issue.offset, '"issue" must be a positive issue number or a URL');
        entry.issue = String(issue.value);
      } else entry.issue = str("issue", MAX_ISSUE_CHARS, false);
    }
    for (const key of ["since", "expires"]) {
      const f = fields[key];
      if (f === void 0 || f.value === null) continue;
      if (typeof f.value !== "string" || !isCalendarDate(f.value)) {
        fail(
          f.offset,
          `"${key}" must be a date written YYYY-MM-DD, not ${JSON.stringify(String(f.value).slice(0, 40))}`
        );
      }
      entry[key] = f.value;
    }
    if (entry.since !== void 0 && entry.expires !== void 0 && entry.expires < entry.since) {
      fail(fields.expires?.offset, `"expires" ${entry.expires} is before "since" ${entry.since}`);
    }
    const first = seen.get(id);
    if (first !== void 0) fail(at, `duplicate id (first listed on line ${first})`);
    seen.set(id, line);
    entries.push(entry);
    if (entry.expires !== void 0 && entry.expires < today) out.expired.push(entry);
    else out.active.set(id, entry);
  }
  return { quarantine: out, entries };
}
var HEADER = `# Quarantined tests: their failures do not fail the flaky gate (quality-gates flaky-quarantine).
# Maintained by the flaky-maintenance workflow; edit by hand too (ids exactly as cases[].id prints them).
`;
function editQuarantine(text, source, now, edit) {
  const before = parseEntries(text, source, now).entries;
  const added = new Set(edit.add.map((e) => e.id));
  for (const e of before)
    if (added.has(e.id) && !edit.remove.has(e.id))
      throw new UserError(`${source}:${e.line}: already lists the test the edit adds`);
  const blank = before.length === 0 && text.split("\n").every((l) => /^\s*(?:#.*)?$/.test(l));
  const start = text.trim() === "" ? HEADER : `${text.trimEnd()}
`;
  const doc = (0, import_yaml.parseDocument)(blank ? `${start}tests: []
` : text, PARSE_OPTIONS);
  const same = (out2, want2, what) => {
    let got;
    try {
      got = parseEntries(out2, source, now).entries;
    } catch (e) {
      throw new UserError(`${source}: cannot ${what} without changing its meaning (${e.message})`);
    }
    const key = (e) => JSON.stringify([e.id, e.reason, e.issue ?? null, e.since ?? null, e.expires ?? null]);
    if (got.length !== want2.length || got.some((e, i) => key(e) !== key(want2[i])))
      throw new UserError(`${source}: cannot ${what} without changing its meaning; edit it by hand`);
  };
  if (!blank) same(doc.toString(WRITE_OPTIONS), before, "rewrite the file");
  let tests = doc.get("tests", true);
  if (!(0, import_yaml.isSeq)(tests)) {
    tests = new import_yaml.YAMLSeq();
    doc.set("tests", tests);
  }
  const seq = tests;
  seq.items = seq.items.filter((item) => {
    const id = (0, import_yaml.isMap)(item) ? item.get("id") : void 0;
    return !(typeof id === "string" && edit.remove.has(id));
  });
  if (edit.add.length > 0) seq.flow = false;
  for (const e of edit.add) {
    const node = doc.createNode({
      id: e.id,
      reason: e.reason,
      ...e.issue !== void 0 ? { issue: e.issue } : {},
      since: e.since,
      expires: e.expires
    });
    for (const pair of node.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
      if ((key === "id" || key === "reason") && pair.value instanceof import_yaml.Scalar)
        pair.value.type = import_yaml.Scalar.QUOTE_DOUBLE;
    }
    seq.items.push(node);
  }
  const out = doc.toString(WRITE_OPTIONS);
  const kept = before.filter((e) => !edit.remove.has(e.id));
  const want = edit.add.map((e) => ({
    id: e.id,
    reason: e.reason,
    ...e.issue !== void 0 ? { issue: String(e.issue) } : {},
    since: e.since,
    expires: e.expires
  }));
  same(out, [...kept, ...want], "write the edited file");
  if (out.length > MAX_QUARANTINE_BYTES)
    throw new UserError(`${source}: the edited file would be larger than ${MAX_QUARANTINE_BYTES} bytes`);
  return out;
}
function checkPlain(node, fail) {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null || n === void 0) continue;
    if ((0, import_yaml.isAlias)(n)) fail(n.range?.[0], "aliases (*name) are not allowed in the quarantine file");
    const tagged = n;
    if (tagged.tag !== void 0)
      fail(tagged.range?.[0], `explicit tags (${tagged.tag.slice(0, 40)}) are not allowed`);
    if ((0, import_yaml.isMap)(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if ((0, import_yaml.isSeq)(n)) for (const i of n.items) stack.push(i);
  }
}

// src/flaky/gate.ts
import { mkdir, readFile as readFile2, writeFile } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join7, relative as relative4, resolve as resolve4 } from "node:path";

// src/flaky/evaluate.ts
var INFRA_MIN_TESTS = 5;
function evaluateRun(report, quarantine, opts) {
  const tests = { total: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, quarantined: 0 };
  const cases = [];
  const matched = /* @__PURE__ */ new Set();
  let rawFailed = 0;
  for (const c of report.cases) {
    const entry = quarantine.active.get(c.id);
    if (entry) matched.add(c.id);
    let outcome;
    if (c.outcome === "failed" || c.outcome === "error") {
      rawFailed++;
      outcome = entry ? "quarantined" : "failed";
    } else outcome = c.outcome;
    tests.total++;
    tests[outcome]++;
    cases.push({
      id: c.id,
      outcome,
      attempts: c.attempts.length,
      case: c,
      ...entry ? { quarantine: entry } : {}
    });
  }
  const reasons = [];
  const bad = opts.bad ?? [];
  for (const b of bad) reasons.push(`${b.file}: unreadable, not counted (${b.reason})`);
  if (tests.failed > 0)
    reasons.push(
      `${tests.failed} test${tests.failed === 1 ? "" : "s"} failed and ${tests.failed === 1 ? "is" : "are"} not quarantined`
    );
  if (tests.total === 0 && bad.length === 0) {
    reasons.push(
      "no test case in the reports: nothing was tested (a test job that stopped before writing results looks like this)"
    );
  }
  const ran = tests.total - tests.skipped;
  const verdict = {
    status: reasons.length > 0 ? "fail" : "pass",
    cases,
    tests,
    reasons,
    unmatched: [...quarantine.active.values()].filter((e) => !matched.has(e.id))
  };
  if (ran >= INFRA_MIN_TESTS && rawFailed > opts.infraFailureRatio * ran)
    verdict.infra = { failed: rawFailed, ran };
  return verdict;
}

// src/flaky/junit.ts
import { closeSync, openSync, readSync, statSync } from "node:fs";

// src/flaky/id.ts
import { createHash } from "node:crypto";
var SEPARATOR = " \u203A ";
var MAX_SEGMENT_CHARS = 512;
var NEEDS_ESCAPE = /[\\\u203A\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function escapeSegment(raw) {
  let s = raw;
  if (s.length > MAX_SEGMENT_CHARS) {
    let cut = MAX_SEGMENT_CHARS - 24;
    const c = s.charCodeAt(cut - 1);
    if (c >= 55296 && c <= 56319) cut--;
    const hash = createHash("sha256").update(raw, "utf8").digest("hex").slice(0, 16);
    s = `${s.slice(0, cut)}\u2026#${hash}`;
  }
  if (NEEDS_ESCAPE.test(s)) {
    let out = "";
    for (const ch of s) {
      const code = ch.codePointAt(0);
      if (ch === "\\") out += "\\\\";
      else if (ch === "\u203A") out += "\\\u203A";
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch === "	") out += "\\t";
      else if (code < 32 || code >= 127 && code <= 159 || code === 8232 || code === 8233) {
        out += `\\u{${code.toString(16)}}`;
      } else out += ch;
    }
    s = out;
  }
  return s.charCodeAt(0) === 35 ? `\\${s}` : s;
}
function ownSegments(key) {
  const inner = key.suitePath[key.suitePath.length - 1];
  const own = [];
  if (key.classname !== "" && key.classname !== inner && key.classname !== key.name) own.push(key.classname);
  own.push(key.name === "" ? "(no name)" : key.name);
  return own;
}
function idPrefix(file, suitePath) {
  const segs = [];
  if (file !== void 0 && file !== "") segs.push(escapeSegment(file));
  for (const s of suitePath) if (s !== "") segs.push(escapeSegment(s));
  return segs.join(SEPARATOR);
}
function caseIdAfter(prefix, key) {
  const own = ownSegments(key).map(escapeSegment).join(SEPARATOR);
  return prefix === "" ? own : prefix + SEPARATOR + own;
}
function occurrenceId(base, n) {
  return `${base}${SEPARATOR}#${n}`;
}
function normaliseFile(file, roots = []) {
  let f = file.replace(/\\/g, "/");
  for (const root of roots) {
    let r = root.replace(/\\/g, "/");
    if (r === "") continue;
    if (!r.endsWith("/")) r += "/";
    if (f.startsWith(r)) {
      f = f.slice(r.length);
      break;
    }
  }
  while (f.startsWith("./")) f = f.slice(2);
  return f;
}

// src/flaky/model.ts
function caseOutcome(attempts2) {
  let passed = false;
  let lastFailing;
  for (const a of attempts2) {
    if (a.outcome === "passed") passed = true;
    else if (a.outcome === "failed" || a.outcome === "error") lastFailing = a.outcome;
  }
  if (passed) return lastFailing === void 0 ? "passed" : "flaky";
  return lastFailing ?? "skipped";
}
function computeTotals(cases, suites) {
  const t = { tests: 0, passed: 0, flaky: 0, failed: 0, errors: 0, skipped: 0, runs: 0, suites };
  for (const c of cases) {
    t.tests++;
    t.runs += c.attempts.length;
    if (c.outcome === "error") t.errors++;
    else t[c.outcome]++;
  }
  return t;
}

// src/flaky/xml-stream.ts
import { isUtf8 } from "node:buffer";
import { StringDecoder } from "node:string_decoder";
var LT = 60;
var GT = 62;
var SLASH = 47;
var QMARK = 63;
var BANG = 33;
var EQ = 61;
var DQ = 34;
var SQ = 39;
var AMP = 38;
var SEMI = 59;
function isSpace(c) {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
var PREDEFINED = /* @__PURE__ */ new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"]
]);
function decodeEntities(s, source) {
  let i = s.indexOf("&");
  if (i < 0) return s;
  let out = "";
  let last = 0;
  while (i >= 0) {
    const semi = s.indexOf(";", i + 1);
    if (semi < 0 || semi - i > 12)
      throw new UserError(`${source}: malformed XML: bare "&" in text or attribute`);
    const ent = s.slice(i + 1, semi);
    let rep;
    if (ent.charCodeAt(0) === 35) {
      const hex = ent[1] === "x" || ent[1] === "X";
      const digits = hex ? ent.slice(2) : ent.slice(1);
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!(code >= 1 && code <= 1114111) || code >= 55296 && code <= 57343) {
        throw new UserError(`${source}: malformed XML: bad character reference &${ent};`);
      }
      rep = String.fromCodePoint(code);
    } else {
      rep = PREDEFINED.get(ent);
      if (rep === void 0) {
        throw new UserError(
          `${source}: XML uses the undefined entity &${ent.slice(0, 40)}; (only the 5 predefined entities are allowed)`
        );
      }
    }
    out += s.slice(last, i) + rep;
    last = semi + 1;
    i = s.indexOf("&", last);
  }
  return out + s.slice(last);
}
var Attrs = class {
  constructor(source) {
    this.source = source;
  }
  source;
  names = [];
  starts = [];
  ends = [];
  count = 0;
  b = Buffer.alloc(0);
  get(name) {
    for (let i = 0; i < this.count; i++) {
      if (this.names[i] === name) {
        let v = this.b.toString("utf8", this.starts[i], this.ends[i]);
        if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n|[\t\n\r]/g, " ");
        return v.indexOf("&") < 0 ? v : decodeEntities(v, this.source);
      }
    }
    return void 0;
  }
};
function incompleteTail(b, from, end) {
  for (let k = 1; k <= 3 && end - k >= from; k++) {
    const c = b[end - k];
    if ((c & 192) === 128) continue;
    const need = c >= 240 ? 4 : c >= 224 ? 3 : c >= 192 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}
var MORE = -1;
var Tokenizer = class {
  constructor(source, handler, limits) {
    this.source = source;
    this.handler = handler;
    this.limits = limits;
    this.attrs = new Attrs(source);
  }
  source;
  handler;
  limits;
  carry = Buffer.alloc(0);
  state = 0 /* Content */;
  stack = [];
  sawRoot = false;
  rootClosed = false;
  attrs;
  write(chunk, last) {
    const b = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const pos = this.pump(b, last);
    if (last) {
      if (pos < b.length || this.state !== 0 /* Content */) throw this.truncated(this.stateName());
      if (this.stack.length > 0)
        throw this.truncated(`end of file inside <${this.stack[this.stack.length - 1]}>`);
      if (!this.sawRoot) throw new UserError(`${this.source}: not XML: no root element found`);
      return;
    }
    const rest = b.length - pos;
    if (rest > this.limits.maxTagBytes) throw this.tagTooLong();
    this.carry = rest === 0 ? Buffer.alloc(0) : Buffer.from(b.subarray(pos));
  }
  tagTooLong() {
    return new UserError(
      `${this.source}: a tag longer than ${this.limits.maxTagBytes} bytes (cap on one tag; the file is refused)`
    );
  }
  stateName() {
    if (this.state === 1 /* Comment */) return "unterminated comment";
    if (this.state === 2 /* CData */) return "unterminated CDATA section";
    return "unterminated tag";
  }
  truncated(what) {
    return new UserError(`${this.source}: truncated or malformed XML (${what})`);
  }
  /** Process b as far as possible; returns the index of the first byte not consumed. */
  pump(b, last) {
    const len = b.length;
    let i = 0;
    for (; ; ) {
      if (this.state === 1 /* Comment */) {
        const end = b.indexOf("-->", i);
        if (end < 0) return Math.max(i, len - 2);
        this.state = 0 /* Content */;
        i = end + 3;
        continue;
      }
      if (this.state === 2 /* CData */) {
        const end = b.indexOf("]]>", i);
        if (end < 0) {
          let stop = Math.max(i, len - 2);
          stop -= incompleteTail(b, i, stop);
          if (stop > i) this.emitRaw(b, i, stop);
          return stop;
        }
        if (end > i) this.emitRaw(b, i, end);
        this.state = 0 /* Content */;
        i = end + 3;
        continue;
      }
      let lt = i;
      while (lt < len && b[lt] !== LT) lt++;
      if (lt > i) {
        const stop = lt < len || last ? lt : this.safeTextEnd(b, i, lt);
        this.content(b, i, stop);
        i = stop;
        if (lt >= len) return i;
      }
      if (lt >= len) return i;
      const next = this.markup(b, lt, last);
      if (next === MORE) return lt;
      i = next;
    }
  }
  /** Where a text run that reaches the end of the buffer can be cut: not inside a character or entity. */
  safeTextEnd(b, from, end) {
    if (this.handler.text === void 0 && this.stack.length > 0) return end;
    let stop = end - incompleteTail(b, from, end);
    const amp = b.lastIndexOf(AMP, stop - 1);
    if (amp >= from && b.indexOf(SEMI, amp) < 0) stop = amp;
    return stop;
  }
  content(b, from, to) {
    if (this.stack.length === 0) {
      for (let k = from; k < to; k++) {
        if (!isSpace(b[k])) {
          throw new UserError(
            this.sawRoot ? `${this.source}: malformed XML: text after the root element` : `${this.source}: not XML: text before the first element`
          );
        }
      }
      return;
    }
    const text = this.handler.text;
    if (text !== void 0) text(decodeEntities(b.toString("utf8", from, to), this.source));
  }
  emitRaw(b, from, to) {
    const text = this.handler.text;
    if (text !== void 0 && this.stack.length > 0) text(b.toString("utf8", from, to));
  }
  /** Read the markup at b[lt] === '<'; returns the index after it, or MORE when it is not complete yet. */
  markup(b, lt, last) {
    const len = b.length;
    if (lt + 1 >= len) return this.more(last, "unterminated tag");
    const c1 = b[lt + 1];
    if (c1 === QMARK) {
      const end = b.indexOf("?>", lt + 2);
      if (end < 0) return this.more(last, "unterminated processing instruction");
      return end + 2;
    }
    if (c1 === BANG) {
      if (len - lt < 9 && !last) {
        const have = b.toString("latin1", lt, len);
        if ("<!--".startsWith(have) || "<![CDATA[".startsWith(have) || "<!DOCTYPE".startsWith(have))
          return MORE;
      }
      if (startsWith(b, lt, "<!--")) {
        this.state = 1 /* Comment */;
        return lt + 4;
      }
      if (startsWith(b, lt, "<![CDATA[")) {
        if (this.stack.length === 0)
          throw new UserError(`${this.source}: malformed XML: CDATA outside the root`);
        this.state = 2 /* CData */;
        return lt + 9;
      }
      if (startsWith(b, lt, "<!DOCTYPE")) {
        throw new UserError(
          `${this.source}: refusing XML with a DOCTYPE: test reports never need one, and a DTD can declare entities that expand without bound or read files and URLs`
        );
      }
      throw new UserError(`${this.source}: malformed XML: unexpected "<!" markup`);
    }
    if (c1 === SLASH) {
      let end = lt + 2;
      while (end < len && b[end] !== GT) end++;
      if (end >= len) return this.more(last, "unterminated end tag");
      let nameEnd = end;
      while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1])) nameEnd--;
      const name = b.toString("utf8", lt + 2, nameEnd);
      const open = this.stack.pop();
      if (open !== name) {
        throw new UserError(
          open === void 0 ? `${this.source}: malformed XML: end tag </${clip(name)}> without a start tag` : `${this.source}: malformed XML: </${clip(name)}> closes <${clip(open)}>`
        );
      }
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(name);
      return end + 1;
    }
    return this.startTag(b, lt, last);
  }
  more(last, what) {
    if (last) throw this.truncated(what);
    return MORE;
  }
  startTag(b, lt, last) {
    const len = b.length;
    const src = this.source;
    let j = lt + 1;
    while (j < len) {
      const c = b[j];
      if (isSpace(c) || c === GT || c === SLASH) break;
      j++;
    }
    if (j >= len) return this.more(last, "unterminated start tag");
    if (j === lt + 1) throw new UserError(`${src}: malformed XML: "<" not followed by a tag name`);
    const name = b.toString("utf8", lt + 1, j);
    if (this.rootClosed)
      throw new UserError(`${src}: malformed XML: content after the root element <${clip(name)}>`);
    const attrs = this.attrs;
    attrs.count = 0;
    attrs.b = b;
    let selfClosing = false;
    for (; ; ) {
      while (j < len && isSpace(b[j])) j++;
      if (j >= len) return this.more(last, `unterminated <${clip(name)}> tag`);
      const c = b[j];
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (j + 1 >= len) return this.more(last, `unterminated <${clip(name)}> tag`);
        if (b[j + 1] !== GT) throw new UserError(`${src}: malformed XML in <${clip(name)}> tag`);
        selfClosing = true;
        j += 2;
        break;
      }
      const an = j;
      while (j < len) {
        const d = b[j];
        if (d === EQ || isSpace(d) || d === GT || d === SLASH) break;
        j++;
      }
      const attrName = b.toString("utf8", an, j);
      while (j < len && isSpace(b[j])) j++;
      if (j >= len) return this.more(last, `unterminated <${clip(name)}> tag`);
      if (b[j] !== EQ) {
        throw new UserError(
          `${src}: malformed XML: attribute "${clip(attrName)}" in <${clip(name)}> has no value`
        );
      }
      j++;
      while (j < len && isSpace(b[j])) j++;
      if (j >= len) return this.more(last, `unterminated <${clip(name)}> tag`);
      const q = b[j];
      if (q !== DQ && q !== SQ) {
        throw new UserError(
          `${src}: malformed XML: unquoted value for "${clip(attrName)}" in <${clip(name)}>`
        );
      }
      const vEnd = b.indexOf(q, j + 1);
      if (vEnd < 0) return this.more(last, `unterminated attribute in <${clip(name)}>`);
      for (let k2 = 0; k2 < attrs.count; k2++) {
        if (attrs.names[k2] === attrName) {
          throw new UserError(
            `${src}: malformed XML: attribute "${clip(attrName)}" repeated in <${clip(name)}>`
          );
        }
      }
      if (attrs.count >= this.limits.maxAttributes) {
        throw new UserError(
          `${src}: <${clip(name)}> has more than ${this.limits.maxAttributes} attributes (cap)`
        );
      }
      const k = attrs.count++;
      attrs.names[k] = attrName;
      attrs.starts[k] = j + 1;
      attrs.ends[k] = vEnd;
      j = vEnd + 1;
    }
    if (j - lt > this.limits.maxTagBytes) throw this.tagTooLong();
    if (!selfClosing && this.stack.length >= this.limits.maxDepth) {
      throw new UserError(`${src}: elements nested deeper than ${this.limits.maxDepth} levels (cap)`);
    }
    this.sawRoot = true;
    this.handler.open(name, attrs, selfClosing);
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(name);
    } else this.stack.push(name);
    return j;
  }
};
function startsWith(b, pos, s) {
  if (pos + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[pos + k] !== s.charCodeAt(k)) return false;
  return true;
}
function clip(s) {
  return s.length > 60 ? `${s.slice(0, 60)}\u2026` : s;
}
var XmlReader = class {
  constructor(source, handler, limits) {
    this.source = source;
    this.limits = limits;
    this.tok = new Tokenizer(source, handler, limits);
  }
  source;
  limits;
  tok;
  encoding;
  head = Buffer.alloc(0);
  pending = Buffer.alloc(0);
  utf16;
  odd;
  total = 0;
  write(chunk) {
    this.total += chunk.length;
    if (this.total > this.limits.maxBytes) {
      throw new UserError(
        `${this.source}: larger than ${this.limits.maxBytes} bytes (cap on one report; split the report or raise the cap)`
      );
    }
    if (this.encoding === void 0) {
      this.head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]);
      if (this.head.length < 256) return;
      chunk = this.sniff(this.head);
      this.head = Buffer.alloc(0);
    }
    this.feed(chunk, false);
  }
  end() {
    let chunk = Buffer.alloc(0);
    if (this.encoding === void 0) {
      if (this.head.length === 0) throw new UserError(`${this.source}: empty file, not a test report`);
      chunk = this.sniff(this.head);
    }
    this.feed(chunk, true);
  }
  feed(chunk, last) {
    const utf8 = this.convert(chunk, last);
    this.tok.write(utf8, last);
  }
  convert(chunk, last) {
    switch (this.encoding) {
      case "latin1":
        return Buffer.from(chunk.toString("latin1"), "utf8");
      case "utf-16le":
      case "utf-16be": {
        let bytes = chunk;
        if (this.encoding === "utf-16be") {
          if (this.odd !== void 0) bytes = Buffer.concat([Buffer.from([this.odd]), bytes]);
          this.odd = bytes.length % 2 === 1 ? bytes[bytes.length - 1] : void 0;
          bytes = swap16(bytes.subarray(0, bytes.length - bytes.length % 2));
        }
        const dec = this.utf16 ??= new StringDecoder("utf16le");
        const s = last ? dec.write(bytes) + dec.end() : dec.write(bytes);
        if (last && this.odd !== void 0)
          throw new UserError(`${this.source}: truncated UTF-16 (odd byte count)`);
        return Buffer.from(s, "utf8");
      }
      default: {
        let b = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        const tail = last ? 0 : incompleteTail(b, 0, b.length);
        this.pending = tail === 0 ? Buffer.alloc(0) : Buffer.from(b.subarray(b.length - tail));
        b = b.subarray(0, b.length - tail);
        if (!isUtf8(b)) {
          throw new UserError(
            `${this.source}: not valid UTF-8 (between bytes ${this.total - chunk.length - tail} and ${this.total}); re-encode the report or declare its encoding`
          );
        }
        return b;
      }
    }
  }
  /** Decide the encoding from the first bytes; returns those bytes with any byte-order mark removed. */
  sniff(b) {
    const b0 = b[0];
    const b1 = b[1];
    if (b0 === 239 && b1 === 187 && b[2] === 191) {
      this.declared(b.subarray(3).toString("latin1", 0, 200), ["utf-8", "utf8"]);
      this.encoding = "utf-8";
      return b.subarray(3);
    }
    if (b0 === 255 && b1 === 254 || b0 === 60 && b1 === 0 && b[2] === 63 && b[3] === 0) {
      this.encoding = "utf-16le";
      return b0 === 255 ? b.subarray(2) : b;
    }
    if (b0 === 254 && b1 === 255 || b0 === 0 && b1 === 60 && b[2] === 0 && b[3] === 63) {
      this.encoding = "utf-16be";
      return b0 === 254 ? b.subarray(2) : b;
    }
    const enc = this.declared(b.toString("latin1", 0, 200), void 0);
    this.encoding = enc === "iso-8859-1" || enc === "latin1" || enc === "latin-1" || enc === "iso8859-1" ? "latin1" : "utf-8";
    return b;
  }
  declared(head, bom) {
    if (!head.startsWith("<?xml")) return void 0;
    const end = head.indexOf("?>");
    const m = /encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(end < 0 ? head : head.slice(0, end));
    const enc = m?.[1]?.toLowerCase();
    if (enc === void 0) return void 0;
    const ok = bom ?? ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "latin-1", "iso8859-1"];
    if (!ok.includes(enc)) {
      throw new UserError(
        `${this.source}: unsupported XML encoding "${enc}"${bom ? " (the byte-order mark says UTF-8)" : ""} (supported: UTF-8, UTF-16 with a byte-order mark, ISO-8859-1)`
      );
    }
    return enc;
  }
};
function swap16(buf) {
  const out = Buffer.allocUnsafe(buf.length);
  for (let i = 0; i + 1 < buf.length; i += 2) {
    out[i] = buf[i + 1];
    out[i + 1] = buf[i];
  }
  return out;
}

// src/flaky/junit.ts
var DEFAULT_LIMITS = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxTagBytes: 1024 * 1024,
  maxAttributes: 256,
  maxDepth: 128,
  maxCases: 25e4,
  maxNameChars: 4096,
  maxMessageChars: 2e3,
  maxDetailChars: 8e3,
  maxOutputChars: 8e3,
  maxRetainedChars: 16 * 1024 * 1024,
  maxProperties: 100,
  maxPropertyChars: 1e3
});
var READ_CHUNK = 1024 * 1024;
var NONE = Object.freeze([]);
var SUREFIRE = Object.freeze(["surefire"]);
async function parseJunitFile(path, options = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let size;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UserError(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${path}: cannot read the JUnit report (${e.code ?? "error"})`
    );
  }
  if (size > limits.maxBytes) {
    throw new UserError(
      `${path}: ${size} bytes, larger than ${limits.maxBytes} (cap on one report; split the report or raise the cap)`
    );
  }
  const p = new JunitParser(path, options);
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw new UserError(
      `${path}: cannot read the JUnit report (${e.code ?? "error"})`
    );
  }
  try {
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      let n;
      try {
        n = readSync(fd, chunk, 0, READ_CHUNK, null);
      } catch (e) {
        throw new UserError(
          `${path}: cannot read the JUnit report (${e.code ?? "error"})`
        );
      }
      if (n === 0) break;
      p.write(n === READ_CHUNK ? chunk : chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return p.end();
}
function mergeReports(reports, options = {}) {
  const policy = options.duplicates ?? "attempts";
  const collector = new CaseCollector("attempts");
  const suites = [];
  const notes = [];
  const sources = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of reports) {
    sources.push(...r.sources);
    suites.push(...r.suites);
    notes.push(...r.notes);
    const retry = policy === "attempts" && seen.size > 0 && r.cases.every((c) => seen.has(c.id));
    const report = r.sources.join(", ");
    for (const c of r.cases) {
      seen.add(c.id);
      collector.add(c.id, c.id, c, [...c.attempts], report, retry);
    }
  }
  const cases = collector.finish();
  return { sources, cases, suites, totals: computeTotals(cases, suites.length), notes };
}
var CaseCollector = class {
  constructor(policy) {
    this.policy = policy;
  }
  policy;
  /** By printed id: every case. */
  byId = /* @__PURE__ */ new Map();
  /** By full identity tuple: the first case of each tuple (what later occurrences merge into). */
  byKey = /* @__PURE__ */ new Map();
  /** Highest `#n` handed out per base id. */
  occurrences = /* @__PURE__ */ new Map();
  cases = [];
  add(base, key, fields, attempts2, report, merge = true) {
    const same = this.policy === "attempts" && merge ? this.byKey.get(key) : void 0;
    if (same !== void 0) {
      same.c.attempts.push(...attempts2);
      const forms = new Set(same.c.retryForms);
      forms.add(same.report === report ? "duplicates" : "files");
      for (const f of fields.retryForms) forms.add(f);
      same.c.retryForms = [...forms];
      return;
    }
    let id = base;
    if (this.byId.has(base)) {
      let n = this.occurrences.get(base) ?? 1;
      do
        id = occurrenceId(base, ++n);
      while (this.byId.has(id));
      this.occurrences.set(base, n);
    }
    const c = {
      id,
      name: fields.name,
      classname: fields.classname,
      suitePath: fields.suitePath,
      attempts: attempts2,
      outcome: "skipped",
      timeMs: 0,
      properties: fields.properties,
      retryForms: fields.retryForms
    };
    if (fields.file !== void 0) c.file = fields.file;
    if (fields.line !== void 0) c.line = fields.line;
    const entry = { c, report };
    this.byId.set(id, entry);
    if (this.policy === "attempts" && !this.byKey.has(key)) this.byKey.set(key, entry);
    this.cases.push(c);
  }
  finish() {
    for (const c of this.cases) {
      c.outcome = caseOutcome(c.attempts);
      let t = 0;
      for (const a of c.attempts) t += a.timeMs ?? 0;
      c.timeMs = t;
    }
    return this.cases;
  }
};
var Capture = class {
  constructor(cap, budget) {
    this.cap = cap;
    this.budget = budget;
  }
  cap;
  budget;
  parts = [];
  kept = 0;
  dropped = 0;
  add(piece) {
    const room = Math.min(this.cap - this.kept, this.budget.left);
    if (room <= 0) {
      if (this.budget.left <= 0 && this.kept < this.cap) this.budget.exhausted++;
      this.dropped += piece.length;
      return;
    }
    const take = piece.length <= room ? piece : piece.slice(0, room);
    this.parts.push(take);
    this.kept += take.length;
    this.budget.left -= take.length;
    this.dropped += piece.length - take.length;
  }
  result() {
    let text = this.parts.join("");
    text = this.dropped > 0 ? text.trimStart() : text.trim();
    if (text === "" && this.dropped === 0) return void 0;
    return { text, dropped: this.dropped };
  }
};
var RESULT_KIND = Object.assign(
  /* @__PURE__ */ Object.create(null),
  {
    failure: "failed",
    error: "error",
    skipped: "skipped"
  }
);
var RETRY_KIND = Object.assign(
  /* @__PURE__ */ Object.create(null),
  {
    flakyFailure: ["failed", "flaky"],
    flakyError: ["error", "flaky"],
    rerunFailure: ["failed", "rerun"],
    rerunError: ["error", "rerun"]
  }
);
var SEVERITY = { passed: 0, skipped: 1, failed: 2, error: 3 };
function statusOutcome(status) {
  if (status === void 0) return void 0;
  switch (status.trim().toLowerCase()) {
    case "fail":
    case "failed":
    case "failure":
      return "failed";
    case "error":
    case "errored":
      return "error";
    case "skip":
    case "skipped":
    case "notrun":
    case "not run":
    case "disabled":
    case "ignored":
    case "pending":
    case "todo":
      return "skipped";
    default:
      return void 0;
  }
}
function timeMs(v) {
  if (v === void 0) return void 0;
  const s = v.trim();
  if (!/^[0-9]{1,12}(\.[0-9]{0,12})?$/.test(s)) return void 0;
  return Math.round(Number(s) * 1e3);
}
function lineNumber(v) {
  if (v === void 0) return void 0;
  const s = v.trim();
  return /^[0-9]{1,9}$/.test(s) ? Number(s) : void 0;
}
function capText(s, max) {
  if (s.length <= max) return s;
  let cut = max;
  const c = s.charCodeAt(cut - 1);
  if (c >= 55296 && c <= 56319) cut--;
  return `${s.slice(0, cut)}\u2026 [${s.length - cut} more characters]`;
}
var JunitParser = class {
  constructor(source, options) {
    this.source = source;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.budget.left = this.limits.maxRetainedChars;
    this.roots = options.roots ?? [];
    this.merging = options.duplicates === "attempts";
    this.collector = new CaseCollector(options.duplicates ?? "distinct");
    this.reader = new XmlReader(source, this, this.limits);
  }
  source;
  reader;
  limits;
  roles = [];
  suites = [];
  suiteList = [];
  collector;
  merging;
  budget = { left: 0, exhausted: 0 };
  roots;
  current;
  result;
  props;
  caseCount = 0;
  /** `tests` declared by outermost suites: only used to say so when a report declares tests but lists none. */
  declaredTests = 0;
  cut = { names: 0, messages: 0, details: 0, output: 0, properties: 0 };
  /** Set while text is wanted (the tokenizer skips text for free otherwise). */
  text;
  write(chunk) {
    this.reader.write(chunk);
  }
  end() {
    this.reader.end();
    const cases = this.collector.finish();
    const notes = [];
    const l = this.limits;
    if (this.cut.names > 0)
      notes.push(
        `${this.cut.names} test name(s) longer than ${l.maxNameChars} characters were cut (their ids stay distinct)`
      );
    if (this.cut.messages > 0)
      notes.push(`${this.cut.messages} message(s) longer than ${l.maxMessageChars} characters were cut`);
    if (this.cut.details > 0)
      notes.push(`${this.cut.details} failure text(s) longer than ${l.maxDetailChars} characters were cut`);
    if (this.cut.output > 0)
      notes.push(`${this.cut.output} captured output(s) longer than ${l.maxOutputChars} characters were cut`);
    if (this.cut.properties > 0)
      notes.push(
        `${this.cut.properties} propert(y/ies) beyond the cap of ${l.maxProperties} per element, or longer than ${l.maxPropertyChars} characters, were cut`
      );
    if (cases.length === 0 && this.declaredTests > 0) {
      notes.push(
        `the report's suites declare ${this.declaredTests} test(s) but list no testcase: counted as none`
      );
    }
    if (this.budget.exhausted > 0)
      notes.push(
        `text kept from the report reached ${l.maxRetainedChars} characters: later failure texts and output were dropped`
      );
    return {
      sources: [this.source],
      cases,
      suites: this.suiteList,
      totals: computeTotals(cases, this.suiteList.length),
      notes
    };
  }
  open(name, attrs) {
    const parent = this.roles[this.roles.length - 1];
    let role = "other";
    if (parent === void 0) {
      if (name === "testsuites") role = "testsuites";
      else if (name === "testsuite") role = this.openSuite(attrs);
      else {
        throw new UserError(
          `${this.source}: not a JUnit report (root element <${name.slice(0, 40)}>, expected <testsuites> or <testsuite>)`
        );
      }
    } else if (parent === "testsuites" || parent === "suite") {
      if (name === "testsuite") role = this.openSuite(attrs);
      else if (name === "testcase") role = this.openCase(attrs);
      else if (parent === "suite" && (name === "system-out" || name === "system-err")) {
        const s = this.suites[this.suites.length - 1];
        const cap = this.newCapture(this.limits.maxOutputChars);
        if (name === "system-out") s.out = cap;
        else s.err = cap;
        role = name === "system-out" ? "out" : "err";
        this.startText(cap);
      } else if (parent === "suite" && name === "properties") {
        role = "properties";
        this.props = this.suites[this.suites.length - 1].properties;
      }
    } else if (parent === "case") {
      const c = this.current;
      const kind = RESULT_KIND[name];
      const retry = RETRY_KIND[name];
      if (kind !== void 0 || retry !== void 0) {
        const r = {
          kind: kind ?? retry[0],
          origin: kind !== void 0 ? "testcase" : retry[1],
          message: this.capAttr(attrs.get("message")),
          type: this.capAttr(attrs.get("type")),
          timeMs: kind !== void 0 ? void 0 : timeMs(attrs.get("time"))
        };
        if (kind !== void 0) c.results.push(r);
        else c.retries.push(r);
        this.result = r;
        role = kind !== void 0 ? "result" : "retry";
        r.details = this.newCapture(this.limits.maxDetailChars);
        this.startText(r.details);
      } else if (name === "system-out" || name === "system-err") {
        const cap = this.newCapture(this.limits.maxOutputChars);
        if (name === "system-out") c.out = cap;
        else c.err = cap;
        role = name === "system-out" ? "out" : "err";
        this.startText(cap);
      } else if (name === "properties") {
        role = "properties";
        this.props = c.properties;
      }
    } else if (parent === "retry" || parent === "result") {
      const r = this.result;
      if (name === "stackTrace") {
        role = "details";
        this.startText(r.details);
      } else if (name === "system-out" || name === "system-err") {
        const cap = this.newCapture(this.limits.maxOutputChars);
        if (name === "system-out") r.out = cap;
        else r.err = cap;
        role = name === "system-out" ? "out" : "err";
        this.startText(cap);
      } else this.stopText();
    } else if (parent === "properties" && name === "property") {
      role = "property";
      this.addProperty(attrs);
    }
    if (role === "other") this.stopText();
    this.roles.push(role);
  }
  close() {
    const role = this.roles.pop();
    if (role !== void 0) this.afterClose(role);
  }
  afterClose(role) {
    switch (role) {
      case "suite":
        this.closeSuite();
        break;
      case "case":
        this.closeCase();
        break;
      case "result":
      case "retry":
        this.result = void 0;
        this.stopText();
        break;
      case "properties":
        this.props = void 0;
        break;
      default:
        break;
    }
    const parent = this.roles[this.roles.length - 1];
    if ((parent === "result" || parent === "retry") && this.result?.details !== void 0)
      this.startText(this.result.details);
    else if (role === "out" || role === "err" || role === "details") this.stopText();
  }
  startText(cap) {
    this.text = cap.add.bind(cap);
  }
  stopText() {
    this.text = void 0;
  }
  newCapture(cap) {
    return new Capture(cap, this.budget);
  }
  capAttr(v) {
    if (v === void 0) return void 0;
    if (v.length > this.limits.maxMessageChars) this.cut.messages++;
    return capText(v, this.limits.maxMessageChars);
  }
  addProperty(attrs) {
    const list = this.props;
    if (list === void 0) return;
    const name = attrs.get("name") ?? "";
    const value = attrs.get("value") ?? "";
    if (list.length >= this.limits.maxProperties) {
      this.cut.properties++;
      return;
    }
    const max = this.limits.maxPropertyChars;
    if (name.length > max || value.length > max) this.cut.properties++;
    list.push([capText(name, max), capText(value, max)]);
  }
  /** The current suite path, one shared (never mutated) array per suite. */
  suitePath() {
    const top = this.suites[this.suites.length - 1];
    if (top === void 0) return NONE;
    return top.path ??= this.suites.map((s) => s.name);
  }
  openSuite(attrs) {
    const file = attrs.get("file");
    if (this.suites.length === 0) {
      const declared = Number(attrs.get("tests") ?? "0");
      if (Number.isSafeInteger(declared) && declared > 0) this.declaredTests += declared;
    }
    const parentFile = this.suites[this.suites.length - 1]?.file;
    this.suites.push({ name: attrs.get("name") ?? "", file: file ?? parentFile, properties: [] });
    return "suite";
  }
  closeSuite() {
    const s = this.suites.pop();
    const suite = { path: [...this.suites.map((x) => x.name), s.name], properties: s.properties };
    if (s.file !== void 0) suite.file = normaliseFile(s.file, this.roots);
    const out = s.out?.result();
    const err = s.err?.result();
    if (out !== void 0) suite.systemOut = out;
    if (err !== void 0) suite.systemErr = err;
    this.countCuts(out, err);
    this.suiteList.push(suite);
  }
  openCase(attrs) {
    if (++this.caseCount > this.limits.maxCases) {
      throw new UserError(`${this.source}: more than ${this.limits.maxCases} test cases (cap on one report)`);
    }
    const name = attrs.get("name") ?? "";
    this.current = {
      name,
      nameLength: name.length,
      classname: attrs.get("classname") ?? attrs.get("class") ?? "",
      file: attrs.get("file") ?? this.suites[this.suites.length - 1]?.file,
      line: lineNumber(attrs.get("line")),
      timeMs: timeMs(attrs.get("time")),
      status: attrs.get("status"),
      results: [],
      retries: [],
      properties: []
    };
    return "case";
  }
  closeCase() {
    const c = this.current;
    this.current = void 0;
    this.stopText();
    let main;
    for (const r of c.results) if (main === void 0 || SEVERITY[r.kind] > SEVERITY[main.kind]) main = r;
    const status = c.status?.trim().toLowerCase();
    let outcome = main?.kind ?? statusOutcome(c.status) ?? "passed";
    if (status === "disabled" || status === "notrun") outcome = "skipped";
    const report = this.source;
    const own = { outcome, origin: "testcase", report, results: c.results.length };
    if (main?.message !== void 0) own.message = main.message;
    if (main?.type !== void 0) own.type = main.type;
    const details = main?.details?.result();
    if (details !== void 0) own.details = details;
    if (c.timeMs !== void 0) own.timeMs = c.timeMs;
    const out = c.out?.result();
    const err = c.err?.result();
    if (out !== void 0) own.systemOut = out;
    if (err !== void 0) own.systemErr = err;
    this.countCuts(out, err);
    if (details !== void 0 && details.dropped > 0) this.cut.details++;
    const before = [];
    const after = [];
    for (const r of c.retries) {
      const a = { outcome: r.kind, origin: r.origin, report, results: 1 };
      if (r.message !== void 0) a.message = r.message;
      if (r.type !== void 0) a.type = r.type;
      if (r.timeMs !== void 0) a.timeMs = r.timeMs;
      const d = r.details?.result();
      if (d !== void 0) {
        a.details = d;
        if (d.dropped > 0) this.cut.details++;
      }
      const o = r.out?.result();
      const e = r.err?.result();
      if (o !== void 0) a.systemOut = o;
      if (e !== void 0) a.systemErr = e;
      this.countCuts(o, e);
      if (r.origin === "flaky") before.push(a);
      else after.push(a);
    }
    const attempts2 = before.length === 0 && after.length === 0 ? [own] : [...before, own, ...after];
    const suitePath = this.suitePath();
    const file = c.file === void 0 || c.file === "" ? void 0 : normaliseFile(c.file, this.roots);
    const key = { file, suitePath, classname: c.classname, name: c.name };
    const ids = this.suiteIds(file, suitePath);
    const base = caseIdAfter(ids.prefix, key);
    let name = c.name;
    if (name.length > this.limits.maxNameChars) {
      this.cut.names++;
      name = capText(name, this.limits.maxNameChars);
    }
    const fields = {
      name,
      classname: capText(c.classname, this.limits.maxNameChars),
      suitePath,
      properties: c.properties.length > 0 ? c.properties : NONE,
      retryForms: c.retries.length > 0 ? SUREFIRE : NONE
    };
    if (file !== void 0) fields.file = file;
    if (c.line !== void 0) fields.line = c.line;
    const tupleKey = this.merging ? `${ids.tuple}${c.classname.length}:${c.classname}${c.name}` : "";
    this.collector.add(base, tupleKey, fields, attempts2, report);
  }
  /**
   * The id prefix (escaped file and suites) and the tuple-key prefix of a case in the current suite, computed
   * once per suite and file. The tuple key is length-prefixed (`<n>:<text>` per part, the name last), so two
   * different (file, suites, classname, name) tuples never give the same key.
   */
  suiteIds(file, suitePath) {
    const top = this.suites[this.suites.length - 1];
    const memo = top?.ids;
    if (memo !== void 0 && memo.file === file) return memo;
    let tuple = file === void 0 ? "-" : `${file.length}:${file}`;
    tuple += `${suitePath.length}/`;
    for (const p of suitePath) tuple += `${p.length}:${p}`;
    const ids = { file, prefix: idPrefix(file, suitePath), tuple };
    if (top !== void 0) top.ids = ids;
    return ids;
  }
  countCuts(out, err) {
    if (out !== void 0 && out.dropped > 0) this.cut.output++;
    if (err !== void 0 && err.dropped > 0) this.cut.output++;
  }
};

// src/flaky/notify-channels.ts
import { createHash as createHash2, createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
var RESPONSE_CAP = 64 * 1024;
var MAX_LISTED2 = 20;
var MAX_WEBHOOK_EVENTS = 100;
var WEBHOOK_ID_CHARS = 1e3;
var LINE_ID_CHARS = 200;
var SLACK_SECTION_CHARS = 2900;
var MAX_ISSUES_PER_RUN = 10;
var ISSUE_PAGES = 10;
var LABELS = {
  broken: "broken (failed every attempt)",
  flaky: "newly flaky",
  quarantine: "proposed for quarantine",
  release: "proposed for release"
};
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function checkUrl(raw, label, kind) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`${label} is not a valid URL`);
  }
  const scheme = url.protocol.slice(0, -1);
  const loopback = LOOPBACK.has(url.hostname.toLowerCase());
  if (kind === "http") {
    if (scheme !== "https" && !(scheme === "http" && loopback))
      throw new UserError(
        `${label} must be an https:// URL (http:// only to 127.0.0.1 or localhost), not ${scheme}://`
      );
  } else if (scheme !== "smtps" && scheme !== "smtp") {
    throw new UserError(`${label} must be an smtps:// or smtp:// URL, not ${scheme}://`);
  }
  if (url.hostname === "") throw new UserError(`${label} has no host`);
  return url;
}
function isLoopback(url) {
  return LOOPBACK.has(url.hostname.toLowerCase());
}
function plainLine(s, max) {
  const head = s.length > max * 2 + 2 ? s.slice(0, max * 2 + 2) : s;
  const cps = Array.from(head.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " "));
  return cps.length > max || head.length < s.length ? `${cps.slice(0, max - 1).join("")}\u2026` : cps.join("");
}
function slackEscape(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function slackCode(id) {
  const text = plainLine(id, LINE_ID_CHARS).replace(/`/g, "'");
  return `\`${slackEscape(text).replace(/@/g, "@\u2060")}\``;
}
function rate2(e) {
  return e.flakeRate === void 0 ? "" : `, flake rate ${Math.round(e.flakeRate * 100)}%`;
}
function attempts(e) {
  return e.attempts === void 0 ? "" : `, ${e.attempts} attempt${e.attempts === 1 ? "" : "s"}`;
}
function countsLine(events) {
  const n = /* @__PURE__ */ new Map();
  for (const e of events) n.set(e.kind, (n.get(e.kind) ?? 0) + 1);
  const short = {
    broken: "broken",
    flaky: "newly flaky",
    quarantine: "proposed for quarantine",
    release: "proposed for release"
  };
  return [...n].map(([k, c]) => `${c} ${short[k]}`).join(", ");
}
function postJson(url, body, opts) {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve5, reject) => {
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve5(value);
    };
    const req = client.request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-length": String(Buffer.byteLength(body)),
        "user-agent": "quality-gates-flaky-notify",
        ...opts.headers
      }
    });
    const timer = setTimeout(
      () => finish(new Error(`no answer within ${Math.round(opts.timeoutMs / 1e3)} s`)),
      opts.timeoutMs
    );
    req.on("error", (e) => finish(new Error(oneLine(e.code ?? e.message, 120))));
    req.on("response", (res) => {
      const chunks = [];
      let size = 0;
      res.on("data", (c) => {
        if (size >= RESPONSE_CAP) return;
        chunks.push(c.subarray(0, RESPONSE_CAP - size));
        size += Math.min(c.length, RESPONSE_CAP - size);
        if (size >= RESPONSE_CAP) done();
      });
      res.on("error", (e) => finish(new Error(oneLine(e.message, 120))));
      const status = res.statusCode ?? 0;
      const done = () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if (status >= 200 && status < 300) finish(void 0, { status, body: text });
        else if (status >= 300 && status < 400)
          finish(new Error(`HTTP ${status}: redirects are not followed`));
        else {
          const said = plainLine(text, 200).trim();
          finish(new Error(`HTTP ${status}${said ? `: ${said}` : ""}`));
        }
        res.destroy();
      };
      res.on("end", done);
    });
    req.end(body);
  });
}
function headline(events, run) {
  return `quality-gates flaky: ${countsLine(events)} on the default branch${run.repository ? ` of ${run.repository}` : ""}${run.sha ? ` at ${run.sha.slice(0, 7)}` : ""}`;
}
function slackPayload(events, run) {
  const title = slackEscape(headline(events, run));
  const link = run.runUrl && /^https?:\/\/[^\s<>|]+$/.test(run.runUrl) ? ` (<${run.runUrl}|run>)` : "";
  const lines = [];
  let size = 0;
  for (const e of events) {
    if (lines.length >= MAX_LISTED2) break;
    const line = `\u2022 ${LABELS[e.kind]}: ${slackCode(e.id)}${slackEscape(rate2(e) + attempts(e))}`;
    if (size + line.length + 40 > SLACK_SECTION_CHARS) break;
    lines.push(line);
    size += line.length + 1;
  }
  const more2 = events.length - lines.length;
  if (more2 > 0) lines.push(`and ${more2} more`);
  return {
    text: title,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${title}*${link}` } },
      { type: "section", text: { type: "mrkdwn", text: lines.join("\n") } }
    ]
  };
}
async function sendSlack(url, events, run, timeoutMs) {
  await postJson(url, JSON.stringify(slackPayload(events, run)), { timeoutMs });
  return `${events.length} event(s) posted`;
}
var SIGNATURE_HEADER = "x-quality-gates-signature-256";
function webhookPayload(events, run) {
  const listed = events.slice(0, MAX_WEBHOOK_EVENTS).map((e) => ({
    kind: e.kind,
    id: e.id.length > WEBHOOK_ID_CHARS ? `${Array.from(e.id.slice(0, WEBHOOK_ID_CHARS * 2)).slice(0, WEBHOOK_ID_CHARS - 1).join("")}\u2026` : e.id,
    ...e.flakeRate !== void 0 ? { flakeRate: Math.round(e.flakeRate * 1e4) / 1e4 } : {},
    ...e.attempts !== void 0 ? { attempts: e.attempts } : {}
  }));
  return {
    gate: "flaky",
    repository: run.repository ?? null,
    sha: run.sha ?? null,
    runUrl: run.runUrl ?? null,
    events: listed,
    omitted: events.length - listed.length
  };
}
function signature(secret, body) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
async function sendWebhook(url, secret, events, run, timeoutMs) {
  const body = JSON.stringify(webhookPayload(events, run));
  await postJson(url, body, {
    timeoutMs,
    headers: {
      "x-quality-gates-event": "flaky",
      ...secret !== void 0 ? { [SIGNATURE_HEADER]: signature(secret, body) } : {}
    }
  });
  return `${events.length} event(s) posted${secret !== void 0 ? " (signed)" : ""}`;
}
function mailText(events, run) {
  const listed = events.slice(0, MAX_LISTED2);
  const lines = listed.map(
    (e) => `- ${LABELS[e.kind]}: ${plainLine(e.id, LINE_ID_CHARS)}${rate2(e)}${attempts(e)}`
  );
  if (events.length > listed.length) lines.push(`and ${events.length - listed.length} more`);
  return `${headline(events, run)}

${lines.join("\n")}
${run.runUrl ? `
Run: ${run.runUrl}
` : ""}`;
}
async function sendMail(mail, events, run, timeoutMs) {
  const { createTransport } = await import("./nodemailer-EGIFJE67.js");
  const u = mail.url;
  const secure = u.protocol === "smtps:";
  const transport = createTransport({
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    // Credentials never travel in clear to another host: plain smtp:// must upgrade with STARTTLS.
    requireTLS: !secure && !isLoopback(u),
    ...u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {},
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs
  });
  let timer;
  try {
    const sent = transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: `[quality-gates] flaky: ${countsLine(events)}${run.repository ? ` in ${run.repository}` : ""}`,
      text: mailText(events, run)
    });
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${Math.round(timeoutMs / 1e3)} s`)),
        timeoutMs
      );
    });
    await Promise.race([sent, deadline]).catch((e) => {
      const err = e;
      const why = plainLine(err.response || err.message || String(e), 160);
      throw new Error(err.code ? `${err.code}: ${why}` : why);
    });
  } finally {
    clearTimeout(timer);
    transport.close();
  }
  return `${events.length} event(s) mailed to ${mail.to.length} recipient(s)`;
}
function issueMarker(id) {
  return `<!-- quality-gates/flaky broken-test ${createHash2("sha256").update(id).digest("hex").slice(0, 32)} -->`;
}
function issueBody(e, run) {
  return [
    issueMarker(e.id),
    "quality-gates/flaky: this test failed every attempt on the default branch.",
    "",
    `Test: ${inlineCode(e.id, 2e3, { cell: false })}`,
    ...run.sha ? [`Commit: ${run.sha}`] : [],
    ...run.runUrl ? [`Run: ${run.runUrl}`] : [],
    ...e.attempts !== void 0 ? [`Attempts: ${e.attempts}`] : [],
    "",
    "This issue is opened once per broken test: later runs find it by the hidden marker above and open no other while it is open."
  ].join("\n");
}
async function sendIssues(octokit, repo, events, run, timeoutMs) {
  const broken = events.filter((e) => e.kind === "broken");
  if (broken.length === 0) return "no broken test";
  const deadline = AbortSignal.timeout(timeoutMs);
  const request = { signal: deadline };
  const open = /* @__PURE__ */ new Set();
  for (let page = 1; page <= ISSUE_PAGES; page++) {
    const res = await octokit.request("GET /repos/{owner}/{repo}/issues", {
      ...repo,
      state: "open",
      per_page: 100,
      page,
      request
    });
    for (const issue of res.data) {
      const m = /<!-- quality-gates\/flaky broken-test [0-9a-f]{32} -->/.exec(issue.body?.slice(0, 200) ?? "");
      if (m && issue.pull_request === void 0) open.add(m[0]);
    }
    if (res.data.length < 100) break;
  }
  let opened = 0;
  let existing = 0;
  const skipped = [];
  for (const e of broken) {
    if (open.has(issueMarker(e.id))) {
      existing++;
      continue;
    }
    if (opened >= MAX_ISSUES_PER_RUN) {
      skipped.push(e.id);
      continue;
    }
    await octokit.request("POST /repos/{owner}/{repo}/issues", {
      ...repo,
      title: `Broken test: ${plainLine(e.id, 200)}`,
      body: issueBody(e, run),
      request
    });
    open.add(issueMarker(e.id));
    opened++;
  }
  const said = `${opened} issue(s) opened, ${existing} already open`;
  if (skipped.length > 0)
    throw new Error(
      `${said}; ${skipped.length} more broken test(s) not opened (at most ${MAX_ISSUES_PER_RUN} a run)`
    );
  return said;
}

// src/flaky/notify.ts
var GROUP = "Notify (trusted default-branch runs only)";
var MAX_RECIPIENTS = 20;
var EMAIL = /^[^\s<>@,;:"()[\]\\]{1,64}@[A-Za-z0-9.-]{1,253}$/;
var NOTIFY_SETTINGS = [
  {
    name: "notify-slack-webhook",
    kind: "string",
    maxLength: 2e3,
    placeholder: "<url>",
    description: "Slack incoming webhook URL (https; a secret: pass it from a repository secret). One message per run listing the events.",
    group: GROUP
  },
  {
    name: "notify-webhook",
    kind: "string",
    maxLength: 2e3,
    placeholder: "<url>",
    description: "URL that receives a JSON POST per run with events (https; http only to 127.0.0.1/localhost). Schema in the README.",
    group: GROUP
  },
  {
    name: "notify-webhook-secret",
    kind: "string",
    maxLength: 1e3,
    placeholder: "<secret>",
    description: "Shared secret: the webhook POST carries X-Quality-Gates-Signature-256: sha256=<hex HMAC-SHA256 of the body>.",
    group: GROUP
  },
  {
    name: "notify-smtp",
    kind: "string",
    maxLength: 2e3,
    placeholder: "<url>",
    description: "SMTP server for email, with credentials: smtps://user:password@host:465, or smtp://\u2026 (STARTTLS required except to 127.0.0.1/localhost).",
    group: GROUP
  },
  {
    name: "notify-email-to",
    kind: "list",
    max: MAX_RECIPIENTS,
    placeholder: "<address>",
    description: "Email recipients (with notify-smtp), one per line or comma-separated.",
    group: GROUP
  },
  {
    name: "notify-email-from",
    kind: "string",
    maxLength: 254,
    placeholder: "<address>",
    description: "The From address of the email (with notify-smtp).",
    group: GROUP
  },
  {
    name: "notify-github-issue",
    kind: "boolean",
    default: false,
    only: "action",
    description: "Open one issue per broken test (needs issues: write); a hidden marker finds it again, so reruns open no duplicate.",
    group: GROUP
  },
  {
    name: "notify-timeout",
    kind: "integer",
    min: 1,
    max: 120,
    default: 10,
    placeholder: "<seconds>",
    description: "Seconds each channel may take to deliver before it is given up with a warning.",
    group: GROUP
  }
];
function readNotify(s, host, get) {
  const label = (name) => labelOf(get, name);
  const mask = (v) => {
    if (v) host.mask?.(v);
  };
  const slackRaw = s["notify-slack-webhook"];
  const webhookRaw = s["notify-webhook"];
  const secret = s["notify-webhook-secret"];
  const smtpRaw = s["notify-smtp"];
  for (const v of [slackRaw, webhookRaw, secret, smtpRaw]) mask(v);
  const config = {
    githubIssue: s["notify-github-issue"] === true,
    timeoutMs: (s["notify-timeout"] ?? 10) * 1e3
  };
  if (slackRaw) config.slack = checkUrl(slackRaw, label("notify-slack-webhook"), "http");
  if (webhookRaw) {
    const url = checkUrl(webhookRaw, label("notify-webhook"), "http");
    config.webhook = { url, ...secret ? { secret } : {} };
  } else if (secret) {
    throw new UserError(`${label("notify-webhook-secret")} is set without ${label("notify-webhook")}`);
  }
  const to = s["notify-email-to"] ?? [];
  const from = s["notify-email-from"];
  if (smtpRaw) {
    const url = checkUrl(smtpRaw, label("notify-smtp"), "smtp");
    if (url.password) mask(decodeURIComponent(url.password));
    if (to.length === 0) throw new UserError(`${label("notify-smtp")} needs ${label("notify-email-to")}`);
    if (!from) throw new UserError(`${label("notify-smtp")} needs ${label("notify-email-from")}`);
    for (const [name, list] of [
      ["notify-email-to", to],
      ["notify-email-from", [from]]
    ]) {
      const bad = list.find((a) => !EMAIL.test(a));
      if (bad !== void 0)
        throw new UserError(
          `${label(name)}: ${JSON.stringify(bad.slice(0, 80))} is not an email address (name@host)`
        );
    }
    config.mail = { url, to, from };
  } else if (to.length > 0 || from) {
    throw new UserError(
      `${label(to.length > 0 ? "notify-email-to" : "notify-email-from")} is set without ${label("notify-smtp")}`
    );
  }
  return config;
}
function hasChannels(c) {
  return c.slack !== void 0 || c.webhook !== void 0 || c.mail !== void 0 || c.githubIssue;
}
function project(history, indexes) {
  const ids = indexes.map((i) => history.ids[i]);
  return {
    ids,
    index: new Map(ids.map((id, n) => [id, n])),
    runs: history.runs.map((r) => {
      let o = "";
      for (const i of indexes) o += codeAt(r, i);
      return { ...r, o };
    })
  };
}
var ORDER = { broken: 0, flaky: 1, quarantine: 2, release: 3 };
function notifyEvents(run) {
  if (!run.learned || run.history.runs.length === 0) return [];
  const { history, quarantine } = run;
  const before = { ...history, runs: history.runs.slice(0, -1) };
  const thisRun = history.runs[history.runs.length - 1];
  if (thisRun === void 0) return [];
  const sameCommit = before.runs.filter((r) => r.sha === thisRun.sha && r.sha !== "local");
  const touched = [];
  for (let i = 0; i < history.ids.length; i++) {
    const code = codeAt(thisRun, i);
    if (code === "f" || code === "k" || code === "p" && sameCommit.some((r) => codeAt(r, i) === "f"))
      touched.push(i);
  }
  const after = new Map(testStats(project(history, touched)).map((s) => [s.id, s]));
  const earlier = new Map(testStats(project(before, touched)).map((s) => [s.id, s]));
  const events = [];
  const cases = new Map(run.verdict.cases.map((c) => [c.id, c]));
  for (const c of run.verdict.cases) {
    if (quarantine.active.has(c.id)) continue;
    const o = c.case.outcome;
    if (o !== "failed" && o !== "error") continue;
    const i = history.index.get(c.id);
    if (i === void 0) continue;
    let previous;
    let passedHere = false;
    for (let r = before.runs.length - 1; r >= 0; r--) {
      const rec = before.runs[r];
      const code = codeAt(rec, i);
      if (rec.sha === thisRun.sha && thisRun.sha !== "local" && (code === "p" || code === "k"))
        passedHere = true;
      if (previous === void 0 && code !== "-" && code !== "s") previous = code;
    }
    if (passedHere || previous === "f") continue;
    const s = after.get(c.id);
    events.push({
      kind: "broken",
      id: c.id,
      ...s ? { flakeRate: s.flakeRate } : {},
      attempts: c.attempts
    });
  }
  for (const s of after.values()) {
    if (quarantine.active.has(s.id) || s.broken || s.flakes === 0) continue;
    if ((earlier.get(s.id)?.flakes ?? 0) > 0) continue;
    const c = cases.get(s.id);
    events.push({ kind: "flaky", id: s.id, flakeRate: s.flakeRate, ...c ? { attempts: c.attempts } : {} });
  }
  const proposedBefore = propose(before, quarantine, run.policy, run.now);
  const was = {
    quarantine: new Set(proposedBefore.quarantine.map((p) => p.id)),
    release: new Set(proposedBefore.release.map((p) => p.id))
  };
  for (const kind of ["quarantine", "release"]) {
    for (const p of run.proposals[kind]) {
      if (was[kind].has(p.id)) continue;
      const c = cases.get(p.id);
      events.push({ kind, id: p.id, flakeRate: p.flakeRate, ...c ? { attempts: c.attempts } : {} });
    }
  }
  return events.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
async function notify(config, host, run) {
  if (!hasChannels(config)) return;
  const ctx = host.context;
  const trusted = !run.pullRequest && run.learned && ctx.manualPullRequest === void 0 && ctx.eventName !== "merge_group" && (ctx.repository === void 0 || isTrustedDefaultBranchRun(ctx));
  if (!trusted) {
    host.logger.log(
      "info",
      "notify: nothing sent (only a trusted default-branch run that records the history notifies)"
    );
    return;
  }
  let events;
  try {
    events = notifyEvents(run);
  } catch (error) {
    host.logger.log("warning", `notify: events not computed: ${describeError(error)}`);
    return;
  }
  if (events.length === 0) {
    host.logger.log("info", "notify: no new flaky, broken, quarantine or release event: nothing sent");
    return;
  }
  const url = runUrl(ctx);
  const info = {
    ...ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {},
    .../^[0-9a-f]{7,64}$/.test(run.sha) ? { sha: run.sha } : {},
    ...url ? { runUrl: url } : {}
  };
  const t = config.timeoutMs;
  const sends = [];
  if (config.slack) {
    const u = config.slack;
    sends.push(["notify-slack-webhook", () => sendSlack(u, events, info, t)]);
  }
  if (config.webhook) {
    const w = config.webhook;
    sends.push(["notify-webhook", () => sendWebhook(w.url, w.secret, events, info, t)]);
  }
  if (config.mail) {
    const m = config.mail;
    sends.push(["notify-smtp", () => sendMail(m, events, info, t)]);
  }
  if (config.githubIssue) {
    sends.push([
      "notify-github-issue",
      async () => {
        if (!host.octokit || !ctx.repository) throw new Error("no GitHub token or repository in this run");
        const repo = { owner: ctx.repository.owner, repo: ctx.repository.repo };
        return sendIssues(host.octokit, repo, events, info, t);
      }
    ]);
  }
  const results = await Promise.allSettled(sends.map(([, send]) => send()));
  results.forEach((r, i) => {
    const name = sends[i][0];
    if (r.status === "fulfilled") host.logger.log("info", `notify: ${name}: ${r.value}`);
    else {
      const why = r.reason instanceof Error ? oneLine(r.reason.message) : describeError(r.reason);
      host.logger.log("warning", `notify: ${name}: not sent: ${why}`);
    }
  });
}

// src/flaky/output.ts
function writeJsonResult(run, write) {
  const v = run.verdict;
  const t = v.tests;
  const tests = {
    total: t.total,
    passed: t.passed,
    failed: t.failed,
    skipped: t.skipped,
    flaky: t.flaky,
    quarantined: t.quarantined
  };
  write(`{"gate":"flaky","status":${JSON.stringify(v.status)},"tests":${JSON.stringify(tests)},"cases":[`);
  let piece = "";
  for (let i = 0; i < v.cases.length; i++) {
    const c = v.cases[i];
    piece += `${i > 0 ? "," : ""}{"id":${JSON.stringify(c.id)},"outcome":"${c.outcome}","attempts":${c.attempts}}`;
    if (piece.length >= 65536) {
      write(piece);
      piece = "";
    }
  }
  write(`${piece}]`);
  if (run.run) {
    const r = run.run;
    const attempts2 = r.attempts.map((a) => ({
      attempt: a.attempt,
      kind: a.kind,
      status: a.status,
      exitCode: a.exitCode,
      durationMs: a.durationMs,
      selected: a.selected,
      ran: a.ran,
      failed: a.failed
    }));
    write(
      `,"run":${JSON.stringify({ preset: r.preset, outcome: r.outcome, reason: r.reason, attempts: attempts2, notRetried: r.notRetried })}`
    );
  }
  const reason = statusReason(run);
  write(`${reason !== void 0 ? `,"reason":${JSON.stringify(reason)}` : ""}}
`);
}
var MAX_REASON_FILES = 5;
function statusReason(run) {
  const v = run.verdict;
  if (v.status === "pass") return void 0;
  const parts = [];
  const bad = run.bad;
  if (bad.length > 0) {
    const named = bad.slice(0, MAX_REASON_FILES).map((b) => `${b.file}: ${b.reason}`);
    const more2 = bad.length > MAX_REASON_FILES ? ` and ${bad.length - MAX_REASON_FILES} more` : "";
    parts.push(
      `${bad.length} unreadable report${bad.length === 1 ? "" : "s"}, not counted (${named.join("; ")}${more2})`
    );
  }
  if (v.tests.total === 0) parts.push("no test case in the reports: nothing was tested");
  if (v.infra) parts.push(`infrastructure failure: ${v.infra.failed} of ${v.infra.ran} tests that ran failed`);
  if (run.run?.failure !== void 0) parts.push(run.run.failure);
  return parts.length > 0 ? parts.join("; ") : void 0;
}
var MAX_LISTED3 = 50;
function humanResult(run) {
  const v = run.verdict;
  const out = [
    `flaky: ${summaryLine(v, run.bad, run.proposals)} (from ${run.files.length} report${run.files.length === 1 ? "" : "s"})`
  ];
  const listed = v.cases.filter(
    (c) => c.outcome === "failed" || c.outcome === "flaky" || c.outcome === "quarantined"
  );
  for (const c of listed.slice(0, MAX_LISTED3))
    out.push(
      `  ${c.outcome.toUpperCase().padEnd(11)} ${c.id} (${c.attempts} attempt${c.attempts === 1 ? "" : "s"})`
    );
  if (listed.length > MAX_LISTED3) out.push(`  \u2026 and ${listed.length - MAX_LISTED3} more (see --json)`);
  for (const a of run.run?.attempts ?? [])
    out.push(
      `attempt ${a.attempt} (${a.kind === "command" ? "the test command" : `rerun of ${a.selected}`}): ${a.status}${a.exitCode !== null ? `, exit ${a.exitCode}` : ""}, ${a.ran} ran, ${a.failed} failed, ${a.durationMs} ms`
    );
  if (run.run) out.push(`note ${run.run.preset}: ${run.run.reason}`);
  for (const b of run.bad) out.push(`UNREADABLE ${b.file}: ${b.reason}`);
  for (const e of run.quarantine.expired)
    out.push(`note quarantine entry expired ${e.expires ?? ""}, propose removal: ${e.id}`);
  for (const s of run.proposals.quarantine)
    out.push(`note propose quarantine: ${s.id} (${s.flakes} flakes on ${s.flakeCommits} commits)`);
  for (const s of run.proposals.release)
    out.push(`note propose release: ${s.id} (${s.cleanStreak} clean runs)`);
  if (v.infra)
    out.push(
      `note infrastructure failure: ${v.infra.failed} of ${v.infra.ran} tests failed; not recorded in the history`
    );
  out.push(`note ${run.history}`);
  for (const r of v.reasons) out.push(`FAIL ${r}`);
  out.push(`${v.status.toUpperCase()}`);
  return `${out.join("\n")}
`;
}

// src/flaky/bisect.ts
import { execFile } from "node:child_process";
import { mkdtempSync as mkdtempSync2, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join5, relative as relative2, resolve as resolve3 } from "node:path";

// src/flaky/command.ts
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { join } from "node:path";
var OUTPUT_TAIL_CHARS = 8192;
var DEFAULT_GRACE_MS = 5e3;
function runCommand(command, opts) {
  const now = opts.now ?? Date.now;
  const grace = opts.killGraceMs ?? DEFAULT_GRACE_MS;
  let file;
  let args;
  let viaShell = false;
  if (typeof command === "string") {
    if (opts.shell === false)
      throw new UserError("a command given as one string needs a shell (shell: false)");
    file = typeof opts.shell === "string" && opts.shell !== "" ? opts.shell : "/bin/sh";
    args = ["-c", command];
    viaShell = true;
  } else {
    if (command.length === 0 || command[0] === "") throw new UserError("the command is empty");
    file = command[0];
    args = command.slice(1);
  }
  const started = now();
  return new Promise((resolve5) => {
    let tail = "";
    const keep = (s) => {
      tail = (tail + s).slice(-OUTPUT_TAIL_CHARS);
    };
    let settled = false;
    let timedOut = false;
    let killTimer;
    let pipeTimer;
    const finish = (r) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      clearTimeout(pipeTimer);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve5({ ...r, durationMs: Math.max(0, now() - started), outputTail: tail });
    };
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      // its own process group, so a timeout ends the whole tree
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    const killGroup = (sig) => {
      if (child.pid === void 0) return;
      try {
        process.kill(-child.pid, sig);
      } catch {
        try {
          child.kill(sig);
        } catch {
        }
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      killTimer = setTimeout(() => {
        killGroup("SIGKILL");
        killTimer = setTimeout(() => finish(timeoutResult(null)), grace);
      }, grace);
    }, opts.timeoutMs);
    const timeoutResult = (signal) => ({
      outcome: "timeout",
      exitCode: null,
      signal,
      description: `timed out after ${opts.timeoutMs} ms: its process group was killed`
    });
    for (const [stream, name] of [
      [child.stdout, "stdout"],
      [child.stderr, "stderr"]
    ]) {
      stream?.setEncoding("utf8");
      stream?.on("data", (s) => {
        keep(s);
        opts.output?.(s, name);
      });
      stream?.on("error", () => void 0);
    }
    child.on("error", (e) => {
      if (e.code === "ENOENT") {
        finish({
          outcome: "not-found",
          exitCode: null,
          signal: null,
          description: `was not found: ${JSON.stringify(file)}`
        });
      } else {
        finish({
          outcome: "spawn-error",
          exitCode: null,
          signal: null,
          description: `could not start ${JSON.stringify(file)} (${e.code ?? e.message})`
        });
      }
    });
    let exit;
    const conclude2 = () => {
      const { code, signal } = exit;
      killGroup("SIGKILL");
      if (timedOut) return finish(timeoutResult(signal));
      if (signal !== null) {
        return finish({
          outcome: "crashed",
          exitCode: null,
          signal,
          description: `ended by signal ${signal}`
        });
      }
      if (viaShell && code === 127) {
        return finish({
          outcome: "not-found",
          exitCode: 127,
          signal: null,
          description: "was not found (the shell exited with code 127)"
        });
      }
      finish({ outcome: "exited", exitCode: code, signal: null, description: `exited with code ${code}` });
    };
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      pipeTimer = setTimeout(conclude2, grace);
    });
    child.on("close", () => {
      if (exit === void 0) return;
      clearTimeout(pipeTimer);
      conclude2();
    });
  });
}
function splitArgv(line) {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = void 0;
      else cur += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = void 0;
      else if (ch === "\\" && (line[i + 1] === '"' || line[i + 1] === "\\")) cur += line[++i];
      else cur += ch;
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "\\" && i + 1 < line.length) cur += line[++i];
    else cur += ch;
  }
  if (quote !== void 0)
    throw new UserError(`unterminated ${quote} quote in the command ${JSON.stringify(line)}`);
  if (inWord) out.push(cur);
  return out;
}
function localBin(cwd, bin) {
  const p = join(cwd, "node_modules", ".bin", bin);
  try {
    accessSync(p, constants.X_OK);
    return p;
  } catch {
    return bin;
  }
}
function nodeMajor(bin, env) {
  const v = bin === process.execPath ? process.version : spawnSync(bin, ["--version"], { encoding: "utf8", env, timeout: 1e4 }).stdout;
  const m = /^v([0-9]{1,4})\./.exec((v ?? "").trim());
  return m === null ? void 0 : Number(m[1]);
}

// src/flaky/bisect-probe.ts
import { chmodSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join as join2 } from "node:path";
var PROBE_GOOD = 0;
var PROBE_BAD = 1;
var PROBE_SKIP = 125;
var PROBE_ABORT = 128;
var PROBE_SCRIPT = `'use strict'
const net = require('node:net')
const socket = net.connect(process.argv[2])
let got = ''
const done = code => { socket.destroy(); process.exit(code) }
socket.setEncoding('utf8')
socket.on('connect', () => socket.write('judge\\n'))
socket.on('data', d => {
  got += d
  if (got.length > 64) done(128)
  const m = /^([0-9]{1,3})\\n/.exec(got)
  if (m) done(Number(m[1]) <= 128 ? Number(m[1]) : 128)
})
socket.on('error', () => done(128))
socket.on('close', () => done(128))
`;
async function startProbeServer(dir, judge) {
  const script = join2(dir, "probe.cjs");
  writeFileSync(script, PROBE_SCRIPT, { mode: 384 });
  chmodSync(dir, 448);
  const socketPath = join2(dir, "probe.sock");
  const sockets = /* @__PURE__ */ new Set();
  let queue = Promise.resolve();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => void 0);
    let asked = false;
    let got = "";
    socket.setEncoding("utf8");
    socket.on("data", (d) => {
      got += d;
      if (asked || got.length > 64) return;
      if (!got.includes("\n")) return;
      asked = true;
      queue = queue.then(async () => {
        let code;
        try {
          code = await judge();
        } catch {
          code = PROBE_ABORT;
        }
        if (!socket.destroyed) socket.end(`${code}
`);
      });
    });
  });
  await new Promise((resolve5, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve5();
    });
  });
  return {
    argv: [process.execPath, script, socketPath],
    close: () => new Promise((resolve5) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve5());
    })
  };
}

// src/flaky/presets.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { isAbsolute, join as join3, relative, resolve, sep } from "node:path";
var PRESETS = [
  "jest",
  "vitest",
  "mocha",
  "node-test",
  "pytest",
  "go",
  "playwright",
  "maven",
  "gradle",
  "custom"
];
function isPresetName(s) {
  return PRESETS.includes(s);
}
function escapeJsRegex(s) {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if ("\\^$.*+?()[]{}|/".includes(ch)) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (c < 32 || c === 127 || c === 8232 || c === 8233) {
      out += c <= 255 ? `\\x${c.toString(16).padStart(2, "0")}` : `\\u${c.toString(16)}`;
    } else out += ch;
  }
  return out;
}
function quoteMetaGo(s) {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if ("\\.+*?()|[]{}^$".includes(ch)) out += `\\${ch}`;
    else if (c < 32 || c === 127) out += `\\x{${c.toString(16)}}`;
    else out += ch;
  }
  return out;
}
function titleRegex(s) {
  return escapeJsRegex(s).replace(/ /g, "\\s");
}
function anchored(alts) {
  return `^(?:${[...new Set(alts)].join("|")})$`;
}
function safeFile(file, cwd) {
  if (file === void 0 || file === "" || file.includes("\0")) return void 0;
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
  try {
    if (!statSync2(abs).isFile()) return void 0;
  } catch {
    return void 0;
  }
  const posix = rel.split(sep).join("/");
  return posix.startsWith("-") ? `./${posix}` : posix;
}
function defaultRerunBase(preset, ctx) {
  switch (preset) {
    case "jest":
      return [localBin(ctx.cwd, "jest")];
    case "vitest":
      return [localBin(ctx.cwd, "vitest"), "run"];
    case "mocha":
      return [localBin(ctx.cwd, "mocha")];
    case "node-test":
      return ["node", "--test"];
    case "pytest":
      return ["python3", "-m", "pytest"];
    case "go": {
      const lit = ctx.junit.length === 1 && !/[*?[\]{}()!]/.test(ctx.junit[0]) ? ctx.junit[0] : void 0;
      if (lit === void 0) {
        throw new UserError(
          'preset go: set rerun (e.g. "gotestsum --junitfile report.xml --"): its default needs one literal junit path'
        );
      }
      return ["gotestsum", "--junitfile", lit, "--"];
    }
    case "playwright":
      return [localBin(ctx.cwd, "playwright"), "test"];
    case "maven":
      return ["mvn"];
    case "gradle":
      return existsSync(join3(ctx.cwd, "gradlew")) ? ["./gradlew", "test"] : ["gradle", "test"];
    case "custom":
      throw new UserError(
        'preset custom: set rerun, a command with a {tests} word (e.g. "./run-tests {tests}")'
      );
  }
}
var JEST_IN_BAND_MAX_FILES = 3;
var PLACEHOLDERS = /* @__PURE__ */ new Set(["{tests}", "{names}", "{files}"]);
function rerunBase(preset, rerun, ctx) {
  if (rerun === void 0 || typeof rerun === "string" && rerun.trim() === "") {
    return defaultRerunBase(preset, ctx);
  }
  const argv = typeof rerun === "string" ? splitArgv(rerun) : [...rerun];
  if (argv.length === 0) throw new UserError("rerun: the command is empty");
  const holders = argv.filter((a) => PLACEHOLDERS.has(a));
  if (preset === "custom" && holders.length === 0) {
    throw new UserError("preset custom: rerun needs a word that is exactly {tests} (or {names} or {files})");
  }
  if (preset !== "custom" && holders.length > 0) {
    throw new UserError(
      `preset ${preset}: rerun must not contain {tests}; the preset appends the selection itself`
    );
  }
  const partial = argv.find((a) => !PLACEHOLDERS.has(a) && /\{(tests|names|files)\}/.test(a));
  if (partial !== void 0) {
    throw new UserError(
      `rerun: ${JSON.stringify(partial)} \u2014 {tests}, {names} and {files} must be whole words (each case becomes its own argument)`
    );
  }
  return argv;
}
function buildSelection(preset, base, cases, ctx) {
  const unselectable = [];
  const usable = [];
  for (const c of cases) {
    if (c.name.length > ctx.maxNameChars) unselectable.push({ id: c.id, reason: "name too long to select" });
    else usable.push(c);
  }
  const out = (argv, selected, extra = []) => ({
    argv,
    selected: selected.map((c) => c.id),
    unselectable: [...unselectable, ...extra]
  });
  switch (preset) {
    case "jest": {
      const names = usable.map((c) => c.name.trim());
      const files = filesOf(usable, ctx.cwd);
      const args = ["--coverage=false"];
      if (files !== void 0 && files.length <= JEST_IN_BAND_MAX_FILES) args.push("--runInBand");
      args.push(`--testNamePattern=${anchored(names.map(titleRegex))}`);
      if (files !== void 0) args.push("--runTestsByPath", ...files);
      return out([...base, ...args], usable);
    }
    case "vitest": {
      const files = filesOf(usable, ctx.cwd, (c) => c.classname);
      const pats = usable.map((c) => titlesPattern(c.name.split(" > "), " > "));
      return out(
        [...base, "--coverage.enabled=false", ...files ?? [], `--testNamePattern=${anchored(pats)}`],
        usable
      );
    }
    case "mocha": {
      const titles = usable.map((c) => titleRegex(c.classname === "" ? c.name : `${c.classname} ${c.name}`));
      const files = filesOf(usable, ctx.cwd);
      return out([...base, ...files ?? [], `--grep=${anchored(titles)}`], usable);
    }
    case "node-test": {
      const major = nodeMajor(base[0], ctx.env);
      const alts = [];
      for (const c of usable) {
        alts.push(titleRegex([...c.suitePath.filter((s) => s !== ""), c.name].join(" ")));
        if (major === void 0 || major < 22) alts.push(titleRegex(c.name));
      }
      const files = filesOf(usable, ctx.cwd);
      return out([...base, `--test-name-pattern=${anchored(alts)}`, ...files ?? []], usable);
    }
    case "pytest": {
      const ids = [];
      const sel = [];
      const bad = [];
      for (const c of usable) {
        const id = pytestNodeId(c, ctx.cwd);
        if (id === void 0) bad.push({ id: c.id, reason: "no test file found for its classname" });
        else {
          ids.push(id);
          sel.push(c);
        }
      }
      return out([...base, ...ids], sel, bad);
    }
    case "go": {
      const levels = [];
      const pkgs = /* @__PURE__ */ new Set();
      let allPkgs = true;
      for (const c of usable) {
        c.name.split("/").forEach((part, i) => (levels[i] ??= []).push(quoteMetaGo(part)));
        if (/^[A-Za-z0-9_.~+/-]+$/.test(c.classname) && !c.classname.startsWith("-")) pkgs.add(c.classname);
        else allPkgs = false;
      }
      const run = levels.map((l) => anchored(l)).join("/");
      return out([...base, "-run", run, ...allPkgs ? [...pkgs] : ["./..."]], usable);
    }
    case "playwright": {
      const files = filesOf(usable, ctx.cwd, (c) => c.suitePath[c.suitePath.length - 1] ?? c.classname);
      const pats = usable.map((c) => titlesPattern(c.name.split(" \u203A "), " \u203A "));
      return out(
        [...base, ...files ?? [], `--grep=(?:^| )(?:${[...new Set(pats)].join("|")})(?:$| @)`],
        usable
      );
    }
    case "maven":
    case "gradle": {
      const byClass = /* @__PURE__ */ new Map();
      const sel = [];
      const bad = [];
      for (const c of usable) {
        const method = javaMethod(c.name);
        if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(c.classname) || method === void 0) {
          bad.push({ id: c.id, reason: "class or method is not a Java identifier" });
          continue;
        }
        sel.push(c);
        let set = byClass.get(c.classname);
        if (set === void 0) byClass.set(c.classname, set = /* @__PURE__ */ new Set());
        set.add(method);
      }
      if (preset === "maven") {
        const spec = [...byClass].map(([k, ms]) => `${k}#${[...ms].join("+")}`).join(",");
        return out([...base, `-Dtest=${spec}`, "-Dsurefire.failIfNoSpecifiedTests=false"], sel, bad);
      }
      const args = [];
      for (const [k, ms] of byClass) for (const m of ms) args.push("--tests", `${k}.${m}`);
      return out([...base, ...args], sel, bad);
    }
    case "custom": {
      const argv = [];
      for (const a of base) {
        if (a === "{tests}") argv.push(...usable.map((c) => c.id));
        else if (a === "{names}") argv.push(...usable.map((c) => c.name));
        else if (a === "{files}") argv.push(...new Set(usable.map((c) => c.file ?? "").filter((f) => f !== "")));
        else argv.push(a);
      }
      return out(argv, usable);
    }
  }
}
function titlesPattern(parts, joiner) {
  return parts.map((p) => titleRegex(p.trim())).join(`(?:\\s|${escapeJsRegex(joiner)})`);
}
function filesOf(cases, cwd, pick = (c) => c.file) {
  const files = /* @__PURE__ */ new Set();
  for (const c of cases) {
    const f = safeFile(pick(c) ?? c.file, cwd);
    if (f === void 0) return void 0;
    files.add(f);
  }
  return files.size === 0 ? void 0 : [...files];
}
function javaMethod(name) {
  const m = /^([A-Za-z_$][\w$]*)(?:\([^()]{0,2000}\))?(?:\[[^\]]{0,2000}\])?$/.exec(name);
  return m?.[1];
}
var PY_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function pytestNodeId(c, cwd) {
  const parts = c.classname.split(".");
  if (c.classname === "" || !parts.every((p) => PY_IDENT.test(p))) return void 0;
  let file = c.file !== void 0 && c.file.endsWith(".py") ? safeFile(c.file, cwd) : void 0;
  let classes;
  if (file !== void 0) {
    const stem = file.split("/").pop().slice(0, -3);
    const at = parts.lastIndexOf(stem);
    classes = at >= 0 ? parts.slice(at + 1) : [];
  } else {
    for (let n = parts.length; n >= 1 && file === void 0; n--) {
      const f = safeFile(`${parts.slice(0, n).join("/")}.py`, cwd);
      if (f !== void 0) {
        file = f;
        classes = parts.slice(n);
      }
    }
  }
  if (file === void 0 || classes === void 0 || c.name === "") return void 0;
  return [file, ...classes, c.name].join("::");
}
var PROGRAMS = [
  ["playwright", ["playwright"]],
  ["vitest", ["vitest"]],
  ["jest", ["jest"]],
  ["mocha", ["mocha", "_mocha"]],
  ["pytest", ["pytest", "py.test"]],
  ["go", ["gotestsum"]],
  ["maven", ["mvn", "mvnw"]],
  ["gradle", ["gradle", "gradlew"]]
];
function detectPreset(command) {
  const words = command.slice(0, 1e4).split(/[\s;&|()<>'"`]+/).filter((w) => w !== "");
  const found = /* @__PURE__ */ new Set();
  let node = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const program = w.split("/").pop().replace(/\.(?:c|m)?js$/, "");
    for (const [preset, names] of PROGRAMS) if (names.includes(program)) found.add(preset);
    if (program === "go" && words[i + 1] === "test") found.add("go");
    if (program === "node" || program === "nodejs") node = true;
    if (node && (w === "--test" || w.startsWith("--test="))) found.add("node-test");
  }
  return found.size === 1 ? [...found][0] : void 0;
}

// src/flaky/retry.ts
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, renameSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join as join4, resolve as resolve2, sep as sep2 } from "node:path";
var MAX_FILES_PER_ATTEMPT = 1e4;
var MAX_LOG_CHARS = 2e3;
function check(opts) {
  if (!isPresetName(opts.preset)) throw new UserError(`unknown preset ${JSON.stringify(String(opts.preset))}`);
  if (!Number.isSafeInteger(opts.maxRetries) || opts.maxRetries < 0 || opts.maxRetries > 100)
    throw new UserError(`max-retries must be a whole number from 0 to 100 (got ${String(opts.maxRetries)})`);
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0 || opts.timeoutMs > 2 ** 31 - 1)
    throw new UserError(`the timeout must be from 1 ms to 24 days (got ${String(opts.timeoutMs)})`);
  if (opts.junit.length === 0 || opts.junit.some((g) => g.trim() === ""))
    throw new UserError("junit: give at least one file or glob");
  if (typeof opts.command === "string" ? opts.command.trim() === "" : opts.command.length === 0)
    throw new UserError("the test command is empty");
}
async function runWithRetries(opts) {
  check(opts);
  const cwd = resolve2(opts.cwd);
  const env = { ...process.env, ...presetEnv(opts.preset, process.env), ...opts.env };
  const log = (line) => opts.log?.(line.length > MAX_LOG_CHARS ? `${line.slice(0, MAX_LOG_CHARS)}\u2026` : line);
  const ctx = { cwd, env, junit: opts.junit, maxNameChars: DEFAULT_LIMITS.maxNameChars };
  const base = opts.maxRetries > 0 ? rerunBase(opts.preset, opts.rerun, ctx) : [];
  const attemptsDir = resolve2(
    opts.attemptsDir ?? mkdtempSync(join4(env.RUNNER_TEMP ?? tmpdir(), "qg-flaky-attempts-"))
  );
  mkdirSync(attemptsDir, { recursive: true });
  const collector = new ReportCollector(opts.junit, cwd, attemptsDir);
  const attempts2 = [];
  const reports = [];
  const notRetried = [];
  const total = 1 + opts.maxRetries;
  const finish = (outcome, reason) => {
    const report2 = reports.length === 0 ? void 0 : mergeReports(reports, { duplicates: "attempts" });
    log(`result: ${outcome}: ${reason}`);
    return { outcome, reason, report: report2, attempts: attempts2, notRetried, attemptsDir };
  };
  await collector.snapshot();
  log(
    `attempt 1/${total}: ${JSON.stringify(opts.command)}${typeof opts.command === "string" ? " (shell)" : ""}`
  );
  const first = await runAttempt(1, opts.command, void 0, opts, cwd, env, collector);
  attempts2.push(first.record);
  log(`attempt 1: ${summarise(first.record)}`);
  if (first.record.status !== "completed" && first.record.status !== "no-report") {
    if (first.report !== void 0) reports.push(first.report);
    return finish("error", `the test command ${first.record.description}`);
  }
  if (first.report === void 0) {
    return finish(
      "error",
      `the test command (${first.record.description}) wrote no readable JUnit report matching ${opts.junit.join(", ")}`
    );
  }
  reports.push(first.report);
  const failing = stillFailing(first.report.cases);
  const ran = first.report.cases.filter((c) => c.outcome !== "skipped").length;
  if (failing.length === 0) {
    return first.record.exitCode === 0 ? finish("passed", `all ${ran} test(s) passed on the first attempt`) : finish("failed", `the test command ${first.record.description} but its reports list no failing test`);
  }
  const infraShare = opts.infraShare ?? 0.5;
  const infraMin = opts.infraMinFailures ?? 5;
  if (failing.length >= infraMin && failing.length > infraShare * ran) {
    for (const c of failing) notRetried.push({ id: c.id, reason: "likely infrastructure failure" });
    return finish(
      "infrastructure",
      `${failing.length} of ${ran} tests failed (more than ${Math.round(infraShare * 100)} %): likely an infrastructure failure, not retried`
    );
  }
  const maxFailures = opts.maxFailures ?? 100;
  if (failing.length > maxFailures) {
    for (const c of failing) notRetried.push({ id: c.id, reason: `more than ${maxFailures} failures` });
    return finish(
      "failed",
      `${failing.length} tests failed, more than max-failures (${maxFailures}): not retried`
    );
  }
  let stop;
  let last = first.record;
  for (let n = 2; n <= total; n++) {
    const merged = mergeReports(reports, { duplicates: "attempts" });
    const skip = new Set(notRetried.map((x) => x.id));
    const pending = stillFailing(merged.cases).filter((c) => !skip.has(c.id));
    if (pending.length === 0) break;
    const sel = buildSelection(opts.preset, base, pending, ctx);
    for (const u of sel.unselectable) {
      notRetried.push(u);
      log(`attempt ${n}: cannot select ${JSON.stringify(u.id)}: ${u.reason}`);
    }
    if (sel.selected.length === 0) break;
    const bytes = sel.argv.reduce((s, a) => s + Buffer.byteLength(a) + 1, 0);
    if (bytes > (opts.maxSelectionBytes ?? 1e5)) {
      for (const id of sel.selected)
        notRetried.push({ id, reason: "selection too long for one command line" });
      stop = `the rerun command line for ${sel.selected.length} test(s) needs ${bytes} bytes: not retried`;
      break;
    }
    await collector.snapshot();
    log(
      `attempt ${n}/${total}: rerunning ${sel.selected.length} failed test(s) without a shell: ${JSON.stringify(sel.argv)}`
    );
    const r = await runAttempt(n, sel.argv, new Set(sel.selected), opts, cwd, env, collector);
    attempts2.push(r.record);
    last = r.record;
    log(`attempt ${n}: ${summarise(r.record)}`);
    if (r.report !== void 0 && r.report.cases.length > 0) reports.push(r.report);
    if (r.record.status !== "completed") {
      stop = `rerun ${n - 1} ${r.record.status === "no-report" ? `(${r.record.description}) wrote no JUnit report` : r.record.description}`;
      break;
    }
    for (const id of r.record.missing) notRetried.push({ id, reason: "the rerun did not run it" });
    if (r.record.missing.length === sel.selected.length) {
      stop = `none of the ${sel.selected.length} selected test(s) ran in rerun ${n - 1}: the ${opts.preset} selection does not match these reports`;
      break;
    }
  }
  const report = mergeReports(reports, { duplicates: "attempts" });
  const stillFailed = stillFailing(report.cases);
  const flaky = report.cases.filter((c) => c.outcome === "flaky").length;
  const suffix = stop === void 0 ? "" : `; ${stop}`;
  if (stillFailed.length > 0) {
    return finish(
      "failed",
      `${stillFailed.length} test(s) failed after ${attempts2.length} attempt(s), ${flaky} flaky${suffix}`
    );
  }
  if (last.exitCode !== 0) {
    return finish("failed", `every test passed in the end, but the last attempt ${last.description}${suffix}`);
  }
  return finish("passed", `${flaky} flaky test(s) passed on retry, none failing${suffix}`);
}
function presetEnv(preset, env) {
  if (preset === "jest" && env.JEST_JUNIT_ADD_FILE_ATTRIBUTE === void 0)
    return { JEST_JUNIT_ADD_FILE_ATTRIBUTE: "true" };
  return {};
}
function stillFailing(cases) {
  return cases.filter((c) => c.outcome === "failed" || c.outcome === "error");
}
function summarise(r) {
  const failed = r.cases.filter((c) => c.outcome === "failed" || c.outcome === "error").length;
  const parts = [
    `${r.description} in ${r.durationMs} ms`,
    `${r.reports.length} report(s)`,
    `${r.cases.length} test(s) ran, ${failed} failed`
  ];
  if (r.missing.length > 0) parts.push(`${r.missing.length} selected test(s) did not run`);
  if (r.extra.length > 0) parts.push(`${r.extra.length} unselected test(s) ran too`);
  for (const n of r.notes) parts.push(n);
  return parts.join("; ");
}
async function runAttempt(n, command, selected, opts, cwd, env, collector) {
  const res = await runCommand(command, {
    cwd,
    env,
    ...opts.shell !== void 0 ? { shell: opts.shell } : {},
    timeoutMs: opts.timeoutMs,
    ...opts.killGraceMs !== void 0 ? { killGraceMs: opts.killGraceMs } : {},
    ...opts.output !== void 0 ? { output: opts.output } : {}
  });
  const notes = [];
  const files = await collector.collect(n, notes);
  const parsed = [];
  for (const f of files) {
    try {
      parsed.push(await parseJunitFile(f, { roots: [cwd], duplicates: "distinct" }));
    } catch (e) {
      notes.push(`unreadable report: ${describeError(e)}`);
    }
  }
  let report = parsed.length === 0 ? void 0 : parsed.length === 1 ? parsed[0] : mergeReports(parsed, { duplicates: "distinct" });
  const missing = [];
  const extra = [];
  if (report !== void 0 && selected !== void 0) report = ranOnly(report);
  if (selected !== void 0) {
    const ranIds = new Set(report?.cases.map((c) => c.id));
    for (const id of selected) if (!ranIds.has(id)) missing.push(id);
    for (const id of ranIds) if (!selected.has(id)) extra.push(id);
  }
  for (const note of report?.notes ?? []) notes.push(note);
  const status = res.outcome !== "exited" ? res.outcome : parsed.length === 0 ? "no-report" : "completed";
  const record = {
    attempt: n,
    command: typeof command === "string" ? command : [...command],
    viaShell: typeof command === "string",
    status,
    exitCode: res.exitCode,
    signal: res.signal,
    durationMs: res.durationMs,
    description: res.description,
    reports: files,
    selected: selected === void 0 ? [] : [...selected],
    cases: (report?.cases ?? []).map((c) => ({ id: c.id, outcome: lastOutcome(c) })),
    missing,
    extra,
    notes,
    outputTail: res.outputTail
  };
  return { record, report };
}
function lastOutcome(c) {
  return c.attempts[c.attempts.length - 1]?.outcome ?? "skipped";
}
function ranOnly(r) {
  const cases = [];
  for (const c of r.cases) {
    const attempts2 = c.attempts.filter((a) => a.outcome !== "skipped");
    if (attempts2.length === 0) continue;
    cases.push(attempts2.length === c.attempts.length ? c : { ...c, attempts: attempts2 });
  }
  return { sources: r.sources, cases, suites: [], totals: computeTotals(cases, 0), notes: r.notes };
}
var ReportCollector = class {
  constructor(globs, cwd, dir) {
    this.globs = globs;
    this.cwd = cwd;
    this.dir = dir;
  }
  globs;
  cwd;
  dir;
  before = /* @__PURE__ */ new Map();
  async list() {
    const found = await glob([...this.globs], {
      cwd: this.cwd,
      absolute: true,
      onlyFiles: true,
      dot: true,
      followSymbolicLinks: false
    });
    const inside = this.dir + sep2;
    const out = /* @__PURE__ */ new Map();
    for (const f of found.sort()) {
      if (f.startsWith(inside)) continue;
      try {
        const st = lstatSync(f, { bigint: true });
        out.set(f, st.isSymbolicLink() ? "link" : `${st.ino}:${st.size}:${st.mtimeNs}`);
      } catch {
      }
    }
    return out;
  }
  async snapshot() {
    this.before = await this.list();
  }
  /** Move what the attempt wrote into `<dir>/attempt-<n>/`; returns the new paths in glob order. */
  async collect(n, notes) {
    const now = await this.list();
    const target = join4(this.dir, `attempt-${n}`);
    mkdirSync(target, { recursive: true });
    const moved = [];
    let stale = 0;
    let links = 0;
    let over = 0;
    for (const [f, sig] of now) {
      if (sig === "link") {
        links++;
        continue;
      }
      if (this.before.get(f) === sig) {
        stale++;
        continue;
      }
      if (moved.length >= MAX_FILES_PER_ATTEMPT) {
        over++;
        continue;
      }
      const dest = join4(target, `${moved.length + 1}-${basename(f)}`);
      try {
        renameSync(f, dest);
      } catch (e) {
        if (e.code !== "EXDEV") {
          notes.push(`could not collect ${f} (${e.code ?? "error"})`);
          continue;
        }
        copyFileSync(f, dest);
        unlinkSync(f);
      }
      moved.push(dest);
    }
    if (stale > 0) notes.push(`${stale} matching file(s) older than the attempt were left alone (stale)`);
    if (links > 0) notes.push(`${links} matching symbolic link(s) were not followed`);
    if (over > 0)
      notes.push(`${over} report file(s) beyond ${MAX_FILES_PER_ATTEMPT} per attempt were not read`);
    return moved;
  }
};

// src/flaky/bisect.ts
var MAX_COMMITS = 1e5;
var MAX_TEST_CHARS = 8192;
var MAX_LOG_LINE = 500;
var MAX_ROWS2 = 60;
function git(cwd, args, maxBuffer = 64 * 1024 * 1024) {
  return new Promise((resolve5) => {
    execFile(
      "git",
      ["-c", "core.hooksPath=/dev/null", "-c", "advice.detachedHead=false", ...args],
      { cwd, env: gitEnv(), encoding: "utf8", maxBuffer, windowsHide: true },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
        resolve5({ code, stdout, stderr });
      }
    );
  });
}
async function gitOk(cwd, args, what) {
  const r = await git(cwd, args);
  if (r.code !== 0) {
    const first = r.stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${r.code}`;
    throw new UserError(`${what}: ${first.slice(0, 300)}`);
  }
  return r.stdout;
}
async function resolveCommit(repo, rev, label) {
  if (rev === "" || rev.length > 256 || rev.startsWith("-") || /[\0-\x1f\x7f\s]/.test(rev))
    throw new UserError(`${label}: ${JSON.stringify(rev.slice(0, 100))} is not a git revision`);
  const r = await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  const sha = r.stdout.trim();
  if (r.code !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
    throw new UserError(
      `${label}: unknown commit ${JSON.stringify(rev.slice(0, 100))} (fetched? a bisect needs the history: checkout with fetch-depth: 0)`
    );
  return sha;
}
function defaultRange(history, test) {
  const i = history.index.get(test);
  if (i === void 0) return void 0;
  const runs = history.runs;
  const label = (n) => {
    const r = runs[n];
    return `${r.run !== void 0 ? `run ${r.run}` : `the run`} of ${r.date}`;
  };
  const bySha = /* @__PURE__ */ new Map();
  runs.forEach((r, n) => {
    if (r.sha === "local") return;
    const code = codeAt(r, i);
    if (code === "-") return;
    const e = bySha.get(r.sha) ?? { codes: [], last: n };
    e.codes.push(code);
    e.last = n;
    bySha.set(r.sha, e);
  });
  const goods = [...bySha].filter(([, e]) => e.codes.length > 0 && e.codes.every((c) => c === "p")).sort((a, b) => b[1].last - a[1].last);
  for (const [sha, e] of goods) {
    for (let n = e.last + 1; n < runs.length; n++) {
      const r = runs[n];
      if (r.sha !== "local" && r.sha !== sha && codeAt(r, i) === "f") {
        return { good: sha, bad: r.sha, goodRun: label(e.last), badRun: label(n) };
      }
    }
  }
  return void 0;
}
function check2(o) {
  if (o.test.trim() === "") throw new UserError("task bisect: set test (the case id as cases[].id prints it)");
  if (o.test.length > MAX_TEST_CHARS)
    throw new UserError(`task bisect: the test id is longer than ${MAX_TEST_CHARS} characters`);
  if (/[\n\r]/.test(o.test)) throw new UserError("task bisect: a test id is one line");
  if (o.command === void 0 || o.command.trim() === "")
    throw new UserError(
      "task bisect: set command (the test command, run once per commit before the reruns of the test)"
    );
  if (!isPresetName(o.preset)) throw new UserError(`task bisect: unknown preset ${JSON.stringify(o.preset)}`);
  if (!Number.isSafeInteger(o.repeat) || o.repeat < 1 || o.repeat > 50)
    throw new UserError("task bisect: repeat must be from 1 to 50");
}
async function runBisect(o) {
  check2(o);
  const now = o.now ?? Date.now;
  const started = now();
  const log = (line) => o.log?.(line.length > MAX_LOG_LINE ? `${line.slice(0, MAX_LOG_LINE)}\u2026` : line);
  const repo = resolve3(o.repo);
  const top = (await gitOk(repo, ["rev-parse", "--show-toplevel"], `${repo}: not a git repository`)).trim();
  const sub = relative2(resolve3(top), resolve3(o.cwd));
  if (sub.startsWith("..")) throw new UserError(`${o.cwd}: the working directory is outside the repository`);
  let range = "given";
  let goodRev = o.good;
  let badRev = o.bad;
  if (goodRev === void 0 || badRev === void 0) {
    const h = await o.history?.();
    const found = h === void 0 ? void 0 : defaultRange(h.history, o.test);
    if (found === void 0) {
      throw new UserError(
        h === void 0 ? "task bisect: set good and bad (there is no flake history to default them from)" : `task bisect: set good and bad (the history ${h.source} has no commit where ${JSON.stringify(o.test.slice(0, 200))} passed in every run followed by one where it failed)`
      );
    }
    const from = [];
    if (goodRev === void 0) {
      goodRev = found.good;
      from.push(`good ${found.good.slice(0, 12)} from ${found.goodRun}`);
    }
    if (badRev === void 0) {
      badRev = found.bad;
      from.push(`bad ${found.bad.slice(0, 12)} from ${found.badRun}`);
    }
    range = `from the history (${h.source}): ${from.join(", ")}`;
  }
  const good = await resolveCommit(repo, goodRev, "good");
  const bad = await resolveCommit(repo, badRev, "bad");
  if (good === bad) throw new UserError("task bisect: good and bad are the same commit");
  if ((await git(repo, ["merge-base", "--is-ancestor", good, bad])).code !== 0)
    throw new UserError(
      `task bisect: good ${good.slice(0, 12)} is not an ancestor of bad ${bad.slice(0, 12)} (swapped?)`
    );
  const commits = Number(
    (await gitOk(repo, ["rev-list", "--count", `${good}..${bad}`], "task bisect: rev-list")).trim()
  );
  if (!Number.isSafeInteger(commits) || commits > MAX_COMMITS)
    throw new UserError(`task bisect: ${commits} commits between good and bad, more than ${MAX_COMMITS}`);
  log(
    `bisect ${JSON.stringify(o.test)}: good ${good.slice(0, 12)}, bad ${bad.slice(0, 12)} (${range}), ${commits} commit(s), ${o.repeat} run(s) per commit`
  );
  const tmp = mkdtempSync2(join5(tmpdir2(), "qg-bisect-"));
  const wt = join5(tmp, "wt");
  const judged = [];
  let limit;
  let server;
  let added = false;
  try {
    await gitOk(repo, ["worktree", "add", "--detach", "--quiet", wt, bad], "task bisect: git worktree add");
    added = true;
    const cwd = join5(wt, sub);
    const deadline = started + o.deadlineMs;
    let steps = 0;
    server = await startProbeServer(tmp, async () => {
      if (steps >= o.maxSteps) {
        limit = `stopped after ${o.maxSteps} step(s) (bisect-max-steps)`;
        return PROBE_ABORT;
      }
      if (now() >= deadline) {
        limit = `stopped at the deadline (bisect-deadline, ${duration(o.deadlineMs)})`;
        return PROBE_ABORT;
      }
      steps++;
      const head = (await gitOk(wt, ["rev-parse", "HEAD"], "task bisect: rev-parse")).trim();
      const subject = (await git(wt, ["show", "-s", "--format=%s", head])).stdout.trim();
      const rec = await judgeCommit(o, cwd, tmp, head, subject, steps, deadline, now, log);
      judged.push(rec);
      log(
        `step ${steps}: ${head.slice(0, 12)} ${rec.verdict} (passed ${rec.passed}/${rec.runs}${rec.note ? `; ${rec.note}` : ""})`
      );
      return rec.verdict === "good" ? PROBE_GOOD : rec.verdict === "bad" ? PROBE_BAD : PROBE_SKIP;
    });
    await gitOk(wt, ["bisect", "start", bad, good], "task bisect: git bisect start");
    const remaining = Math.max(1e3, deadline - now());
    const res = await runCommand(["git", "bisect", "run", ...server.argv], {
      cwd: wt,
      env: gitEnv(),
      // The probe's own runs stop at the deadline; this only bounds git itself.
      timeoutMs: remaining + 6e4,
      killGraceMs: 2e3
    });
    if (res.outcome === "timeout") limit ??= "git bisect run did not end by the deadline";
    const bisectLog = (await git(wt, ["bisect", "log"])).stdout;
    return conclude(o, repo, { good, bad, range, commits, judged, bisectLog, limit });
  } finally {
    await server?.close();
    if (added) {
      const reset = await git(wt, ["bisect", "reset"]);
      if (reset.code !== 0) log(`git bisect reset: ${reset.stderr.trim().slice(0, 200)}`);
      const rm = await git(repo, ["worktree", "remove", "--force", wt]);
      if (rm.code !== 0) log(`could not remove the bisect worktree ${wt}: ${rm.stderr.trim().slice(0, 200)}`);
    }
    rmSync(tmp, { recursive: true, force: true });
    await git(repo, ["worktree", "prune"]);
  }
}
async function judgeCommit(o, cwd, tmp, sha, subject, step, deadline, now, log) {
  const rec = { sha, subject, step, runs: 0, passed: 0, failed: 0, verdict: "skip" };
  const notes = [];
  const attemptsDir = join5(tmp, `step-${step}`);
  const env = { ...o.env };
  for (const k of Object.keys(process.env))
    if (/^(?:INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/i.test(k)) env[k] = void 0;
  const runOnce = async (n, command) => {
    const left = deadline - now();
    if (left <= 0) return { stop: "the deadline came" };
    const r = await runWithRetries({
      command,
      junit: o.junit,
      maxRetries: 0,
      preset: o.preset,
      cwd,
      env,
      timeoutMs: Math.max(1, Math.min(o.runTimeoutMs, left)),
      killGraceMs: 2e3,
      attemptsDir: join5(attemptsDir, `run-${n}`),
      infraMinFailures: Number.MAX_SAFE_INTEGER
    });
    const c = r.report?.cases.find((x) => x.id === o.test);
    return { r, c };
  };
  const first = await runOnce(1, o.command);
  if ("stop" in first) {
    rec.note = first.stop;
    return rec;
  }
  if (first.r.report === void 0) {
    rec.note = `the command wrote no JUnit report (${first.r.attempts[0]?.description ?? "did not run"}): build or command failed`;
    return rec;
  }
  if (first.c === void 0 || first.c.outcome === "skipped") {
    rec.note = first.c === void 0 ? "no such test at this commit" : "the test was skipped at this commit";
    return rec;
  }
  count(rec, first.c);
  let base;
  let argv;
  if (o.repeat > 1) {
    const ctx = {
      cwd,
      env: { ...process.env, ...env },
      junit: o.junit,
      maxNameChars: DEFAULT_LIMITS.maxNameChars
    };
    try {
      base = rerunBase(o.preset, o.rerunCommand, ctx);
      const sel = buildSelection(o.preset, base, [first.c], ctx);
      if (sel.selected.length === 1) argv = sel.argv;
      else notes.push(`cannot rerun the test alone: ${sel.unselectable[0]?.reason ?? "not selectable"}`);
    } catch (e) {
      notes.push(`cannot rerun the test alone: ${describeError(e)}`);
    }
  }
  for (let n = 2; n <= o.repeat && argv !== void 0; n++) {
    const run = await runOnce(n, argv);
    if ("stop" in run) {
      notes.push(run.stop);
      break;
    }
    if (run.c === void 0 || run.c.outcome === "skipped") {
      notes.push(`run ${n} did not report the test (${run.r.attempts[0]?.description ?? "did not run"})`);
      continue;
    }
    count(rec, run.c);
  }
  rec.verdict = rec.failed > 0 ? "bad" : "good";
  if (rec.runs < o.repeat) notes.push(`${rec.runs} of ${o.repeat} run(s) counted`);
  if (notes.length > 0) rec.note = notes.join("; ");
  log(`  ${sha.slice(0, 12)}: ${rec.passed} passed, ${rec.failed} failed of ${rec.runs}`);
  return rec;
}
function duration(ms) {
  return ms >= 6e4 && ms % 6e4 === 0 ? `${ms / 6e4} min` : `${Math.round(ms / 1e3)} s`;
}
function count(rec, c) {
  rec.runs++;
  if (c.outcome === "passed") rec.passed++;
  else rec.failed++;
}
async function conclude(o, repo, r) {
  const lines = r.bisectLog.split("\n");
  const first = lines.map((l) => /^# first bad commit: \[([0-9a-f]{40,64})\]/.exec(l)).find((m) => m !== null);
  const candidates = lines.map((l) => /^# possible first bad commit: \[([0-9a-f]{40,64})\]/.exec(l)).filter((m) => m !== null).map((m) => m[1]);
  const base = {
    test: o.test,
    good: r.good,
    bad: r.bad,
    range: r.range,
    repeat: o.repeat,
    commits: r.commits,
    judged: r.judged
  };
  if (first) {
    const sha = first[1];
    const show = await git(repo, ["show", "-s", "--format=%s%x00%an%x00%aI", sha]);
    const [subject = "", author = "", date = ""] = show.stdout.replace(/\n$/, "").split("\0");
    const judgedHere = r.judged.find((j) => j.sha === sha);
    return {
      ...base,
      outcome: "found",
      culprit: { sha, subject, author, date },
      candidates: [],
      confidence: confidence(judgedHere, r.judged, o.repeat, sha === r.bad),
      reason: `${sha.slice(0, 12)} is the first commit where the test fails`
    };
  }
  if (candidates.length > 0) {
    return {
      ...base,
      outcome: "ambiguous",
      candidates,
      confidence: "no single culprit: commits the test could not run at (skipped) sit next to it",
      reason: `the first bad commit is one of ${candidates.length} (skipped commits in between)`
    };
  }
  return {
    ...base,
    outcome: "incomplete",
    candidates: [],
    confidence: "no culprit",
    reason: r.limit ?? "git bisect run ended without naming a commit"
  };
}
function confidence(culprit, judged, repeat, culpritIsBad) {
  const goods = judged.filter((j) => j.verdict === "good");
  const goodPart = goods.length === 0 ? "no commit was judged good in this bisect (the culprit is the first commit after good)" : `${goods.length} commit(s) judged good, each passed ${goods.map((g) => `${g.passed}/${g.runs}`).join(", ")}`;
  if (culprit === void 0 || culprit.runs === 0) {
    return `${goodPart}; the culprit itself was ${culpritIsBad ? "given as bad" : "not run"}, so its failure rate is unknown`;
  }
  const rate3 = culprit.failed / culprit.runs;
  const pass = (1 - rate3) ** repeat;
  const anyGood = 1 - (1 - pass) ** goods.length;
  const pct = (x) => x === 0 ? "0 %" : x < 1e-3 ? "< 0.1 %" : `${(x * 100).toFixed(x < 0.1 ? 1 : 0)} %`;
  const at = `the failure rate seen at the culprit (${culprit.failed}/${culprit.runs})`;
  if (rate3 === 1)
    return `${goodPart}; the test failed in every run at the culprit (${culprit.failed}/${culprit.runs}): at that rate a bad commit never passes ${repeat} runs`;
  return `${goodPart}; with ${at} a bad commit passes ${repeat} run(s) in a row with probability ${pct(pass)}${goods.length > 1 ? `, so the chance that one of the ${goods.length} good verdicts is wrong is at most ${pct(anyGood)}` : ""}`;
}
async function bisectTask(o, host) {
  const run = await host.logger.group(
    "Bisect",
    () => runBisect({
      ...o,
      repo: host.workspace,
      cwd: host.cwd,
      log: (line) => host.logger.log("info", line)
    })
  );
  const title = "flaky: bisect";
  const summary = (run.outcome === "found" ? `${run.culprit.sha.slice(0, 12)} broke ${run.test}` : run.reason).slice(0, 500);
  const status = "neutral";
  const fragment = makeFragment({
    gate: GATE_ID,
    status,
    title,
    summary,
    markdown: `${headingLine({ status, title, summary })}

${renderBisect(run)}`,
    metrics: { commits: run.commits, steps: run.judged.length, repeat: run.repeat },
    statusContext: `quality-gates/${GATE_ID}`
  });
  return {
    fragment,
    onCommit: false,
    outputs: {
      culprit: run.culprit?.sha ?? "",
      "bisect-outcome": run.outcome
    },
    data: run
  };
}
function renderBisect(run) {
  const out = [`Test: ${inlineCode(run.test, 300)}`, ""];
  if (run.outcome === "found" && run.culprit) {
    const c = run.culprit;
    out.push(
      `**Culprit:** \`${c.sha}\` ${escapeText(c.subject, 200)} \u2014 by ${escapeText(c.author, 100)}, ${escapeText(c.date, 40)}`
    );
  } else if (run.outcome === "ambiguous") {
    out.push(
      `**No single culprit:** ${escapeText(run.reason, 300)}: ${run.candidates.map((s) => `\`${s.slice(0, 12)}\``).join(", ")}`
    );
  } else out.push(`**No culprit:** ${escapeText(run.reason, 300)}`);
  out.push(
    "",
    `**Confidence:** ${escapeText(run.confidence, 1e3)}`,
    "",
    `Range: good \`${run.good.slice(0, 12)}\`, bad \`${run.bad.slice(0, 12)}\` (${escapeText(run.range, 500)}); ${run.commits} commit(s); ${run.repeat} run(s) per commit; a failure in any run makes a commit bad.`,
    ""
  );
  const rows = run.judged.slice(0, MAX_ROWS2).map((j) => [
    String(j.step),
    `\`${j.sha.slice(0, 12)}\``,
    escapeText(j.subject, 100),
    j.verdict,
    `${j.passed}/${j.runs}`,
    `${j.failed}/${j.runs}`,
    escapeText(j.note ?? "", 200)
  ]);
  if (rows.length > 0) {
    out.push(
      table(["step", "commit", "subject", "verdict", "passed", "failed", "note"], rows, [
        "r",
        "l",
        "l",
        "l",
        "r",
        "r",
        "l"
      ])
    );
    if (run.judged.length > MAX_ROWS2) out.push("", `\u2026 and ${run.judged.length - MAX_ROWS2} more step(s)`);
  }
  return `${out.join("\n")}
`;
}
function humanBisect(run) {
  const out = [`flaky bisect ${JSON.stringify(run.test)}: ${run.reason}`];
  if (run.culprit)
    out.push(
      `culprit ${run.culprit.sha} ${JSON.stringify(run.culprit.subject.slice(0, 200))} by ${JSON.stringify(run.culprit.author.slice(0, 100))}`
    );
  for (const j of run.judged)
    out.push(
      `  step ${j.step} ${j.sha.slice(0, 12)} ${j.verdict.padEnd(4)} passed ${j.passed}/${j.runs}${j.note ? ` (${j.note.slice(0, 200)})` : ""}`
    );
  out.push(`confidence: ${run.confidence}`);
  out.push(run.outcome === "found" ? "FOUND" : run.outcome.toUpperCase());
  return `${out.join("\n")}
`;
}
function writeBisectJson(run, write) {
  write(
    `${JSON.stringify({
      gate: GATE_ID,
      task: "bisect",
      test: run.test,
      outcome: run.outcome,
      good: run.good,
      bad: run.bad,
      range: run.range,
      repeat: run.repeat,
      commits: run.commits,
      culprit: run.culprit ?? null,
      candidates: run.candidates,
      confidence: run.confidence,
      steps: run.judged.map((j) => ({
        sha: j.sha,
        verdict: j.verdict,
        runs: j.runs,
        passed: j.passed,
        failed: j.failed,
        ...j.note ? { note: j.note } : {}
      }))
    })}
`
  );
}
async function historyFile(path) {
  const text = await readFile(path, "utf8").catch((e) => {
    throw new UserError(`${path}: cannot read the history file (${e.code ?? "error"})`);
  });
  return { history: parseHistory(text, path), source: path };
}

// src/flaky/run-tests.ts
import { join as join6, relative as relative3 } from "node:path";
var PRIVATE_ENV = /^(?:INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/;
function testCommandEnv(env) {
  const out = {};
  for (const k of Object.keys(env)) if (PRIVATE_ENV.test(k)) out[k] = void 0;
  return out;
}
var MAX_LINE = 2e3;
function choosePreset(preset, command) {
  const chosen = preset === "auto" ? detectPreset(command) : preset;
  if (chosen === void 0)
    throw new UserError(
      "preset: cannot tell the test runner from the command; set preset (jest, vitest, mocha, node-test, pytest, go, playwright, maven, gradle or custom)"
    );
  return chosen;
}
async function runTests(opts, host) {
  const preset = choosePreset(opts.preset, opts.command);
  if (opts.junit.length === 0)
    throw new UserError(`${opts.junitLabel} is required with a command: where each attempt writes its JUnit`);
  const attemptsDir = join6(host.tempDir, "flaky-attempts");
  const pending = { stdout: "", stderr: "" };
  const emit = (line) => host.logger.log("info", line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}\u2026` : line);
  const result = await host.logger.group(
    "Run the tests, retry the failed ones",
    () => runWithRetries({
      command: opts.command,
      junit: opts.junit,
      maxRetries: opts.maxRetries,
      preset,
      ...opts.rerun !== void 0 && opts.rerun.trim() !== "" ? { rerun: opts.rerun } : {},
      cwd: host.cwd,
      env: testCommandEnv(process.env),
      timeoutMs: opts.timeoutMinutes * 6e4,
      attemptsDir,
      infraShare: opts.infraShare,
      log: (line) => host.logger.log("info", line),
      output: (chunk, stream) => {
        const text = pending[stream] + chunk;
        const lines = text.split("\n");
        pending[stream] = lines.pop().slice(-MAX_LINE);
        for (const l of lines) emit(l);
      }
    })
  );
  for (const stream of ["stdout", "stderr"]) if (pending[stream] !== "") emit(pending[stream]);
  const bad = [];
  const attempts2 = result.attempts.map((a) => {
    for (const n of a.notes)
      if (n.startsWith("unreadable report: "))
        bad.push({ file: `attempt ${a.attempt}`, reason: n.slice("unreadable report: ".length) });
    return {
      attempt: a.attempt,
      kind: a.viaShell ? "command" : "rerun",
      status: a.status,
      exitCode: a.exitCode,
      durationMs: a.durationMs,
      selected: a.selected.length,
      ran: a.cases.filter((c) => c.outcome !== "skipped").length,
      failed: a.cases.filter((c) => c.outcome === "failed" || c.outcome === "error").length,
      reports: a.reports.map((r) => relative3(attemptsDir, r))
    };
  });
  if (result.report === void 0) throw new UserError(result.reason);
  const run = {
    preset,
    outcome: result.outcome,
    reason: result.reason,
    attempts: attempts2,
    notRetried: result.notRetried
  };
  const failing = result.report.cases.some((c) => c.outcome === "failed" || c.outcome === "error");
  if (result.outcome === "error" || result.outcome === "failed" && !failing) run.failure = result.reason;
  return { report: result.report, files: attempts2.flatMap((a) => a.reports), bad, run };
}
var STATUS = {
  completed: "completed",
  "no-report": "no JUnit written",
  timeout: "timed out",
  "not-found": "command not found",
  crashed: "crashed",
  "spawn-error": "could not start"
};
function attemptsSection(run) {
  const rows = run.attempts.map((a) => [
    String(a.attempt),
    a.kind === "command" ? "the test command" : `rerun of ${a.selected} failed test${a.selected === 1 ? "" : "s"}`,
    `${STATUS[a.status]}${a.exitCode !== null ? ` (exit ${a.exitCode})` : ""}`,
    String(a.ran),
    String(a.failed),
    `${(a.durationMs / 1e3).toFixed(1)} s`
  ]);
  const body = `${table(["Attempt", "Ran", "Status", "Tests", "Failed", "Time"], rows, ["r", "l", "l", "r", "r", "r"])}

Preset ${inlineCode(run.preset, 40, { cell: false })}; ${escapeText(run.reason, 300)}${run.notRetried.length > 0 ? ` (${run.notRetried.length} failed test${run.notRetried.length === 1 ? "" : "s"} not retried)` : ""}.`;
  const heading = `#### Attempts (${run.attempts.length})`;
  return {
    id: "attempts",
    full: `${heading}

${body}`,
    collapsed: `${heading}

_Listed in the job log._`,
    priority: 85
  };
}

// src/flaky/gate.ts
var HISTORY_KIND = "flaky";
var HISTORY_FILE = "flaky-history.json";
var MAX_REPORTS = 1e4;
var POLICY = "Quarantine policy";
var RUN = "Run the tests (smart retry)";
var RUN_SETTINGS = [
  {
    name: "command",
    kind: "string",
    placeholder: '"<cmd>"',
    maxLength: 1e4,
    description: "The test command, run through /bin/sh as a run: step would (it must write JUnit to junit). When set, the gate runs it, reruns ONLY the tests that failed (up to max-retries times, with the preset's selection, never through a shell), collects the JUnit of each attempt before the next one can overwrite it, and gates on all attempts. Unset: the gate reads junit as given.",
    group: RUN
  },
  {
    name: "preset",
    kind: "enum",
    values: ["auto", ...PRESETS],
    default: "auto",
    description: "How failed tests are selected for a rerun: jest, vitest, mocha, node-test, pytest, go, playwright, maven, gradle, or custom (rerun-command with a {tests} word). auto: from the program the command names.",
    group: RUN
  },
  {
    name: "max-retries",
    kind: "integer",
    min: 0,
    max: 10,
    default: 2,
    description: "Reruns of the tests still failing after the first attempt (0 = run once, no retry).",
    group: RUN
  },
  {
    name: "rerun-command",
    kind: "string",
    placeholder: '"<cmd>"',
    maxLength: 1e4,
    description: "The command a rerun starts, split into words WITHOUT a shell (quotes group, nothing is expanded); the preset appends the failed tests' selection (custom: each {tests} word becomes one argument per test id). Default: the preset's runner (e.g. node_modules/.bin/jest, python3 -m pytest); give it when the reporter options are on the command line.",
    group: RUN
  },
  {
    name: "attempt-timeout",
    kind: "integer",
    min: 1,
    max: 1440,
    default: 60,
    description: "Minutes one attempt may run; then its whole process group is killed (a timed-out first attempt fails the run, a timed-out rerun keeps its tests failed).",
    group: RUN
  }
];
var flakyGate = defineGate({
  id: GATE_ID,
  action: "flaky-quarantine",
  command: "flaky",
  usage: '--junit <file|glob>... [--quarantine <file>] [--history <file>] [options]\n       quality-gates flaky run --command "<cmd>" --junit <glob> [--max-retries N] [--preset <name>] [--quarantine <file>] [--json]',
  about: "Read JUnit reports (every dialect; retries as Surefire flakyFailure/rerunFailure, repeated testcases or one\nfile per attempt), tell passed, failed, flaky and skipped tests apart, excuse failures listed in the\nquarantine file, and keep a flake history that proposes tests for quarantine and release.\n`flaky run` (or --command) runs the tests first, reruns only the failed ones and records every attempt.",
  settings: [
    {
      name: "task",
      kind: "enum",
      values: ["check", "maintain", "bisect"],
      default: "check",
      description: "What the run does. check: read the JUnit reports and gate them (the default); maintain: propose changes to the quarantine file from the flake history, as a pull request, and open an issue per newly quarantined test (the maintenance workflow on the default branch); bisect: find the commit that broke `test` (git bisect run in a temporary worktree, the test rerun `repeat` times per commit). maintain and bisect publish no commit status.",
      group: "Inputs"
    },
    {
      name: "junit",
      kind: "list",
      positional: true,
      placeholder: "<file|glob>",
      description: 'JUnit XML reports: files or globs, one per line (or comma-separated). Several files are one run: a file whose tests all appeared in earlier files is a retry (the same test in both is two attempts); a file bringing tests of its own is a shard, where a look-alike id gets " \u203A #2".',
      group: "Inputs"
    },
    {
      name: "quarantine",
      kind: "string",
      default: DEFAULT_QUARANTINE_FILE,
      placeholder: "<file>",
      maxLength: 1e3,
      description: "The quarantine file (tests: [{id, reason, issue?, since?, expires?}], ids as cases[].id prints them). Listed tests still run; their failures do not fail the gate. The default path, relative to the repository, may be absent (nothing quarantined); a path you give must exist.",
      group: "Inputs"
    },
    {
      name: "history",
      kind: "string",
      only: "cli",
      placeholder: "<file>",
      description: "A flake history file: read (absent = a new history), this run added, written back. Without it, --baseline/--baseline-out are the history.",
      group: "Inputs"
    },
    {
      name: "duplicates",
      kind: "enum",
      values: ["distinct", "attempts"],
      default: "distinct",
      description: 'A testcase written twice in ONE report: distinct (two tests, the second with a " \u203A #2" id; safe for parameterised and repeated tests) or attempts (retries of one test: Gradle test-retry, gotestsum --rerun-fails, pytest-rerunfailures).',
      group: "Inputs"
    },
    {
      name: "infra-failure-ratio",
      kind: "number",
      min: 0,
      max: 1,
      default: 0.5,
      description: "When more than this share of the tests that ran failed (at least 5 ran), the run is reported as an infrastructure failure and not recorded in the history (its failures still fail the gate). 1 = never.",
      group: POLICY
    },
    {
      name: "quarantine-after-flakes",
      kind: "integer",
      min: 1,
      max: 1e3,
      default: 3,
      description: "Propose a test for quarantine after this many flakes (failed then passed in a run, or failed on a commit where it also passed) on at least 2 distinct commits within the window. A test that always fails is broken and never proposed.",
      group: POLICY
    },
    {
      name: "window-days",
      kind: "integer",
      min: 1,
      max: 400,
      default: 14,
      description: "Days of runs the history keeps and the policy looks at (at most 500 runs).",
      group: POLICY
    },
    {
      name: "quarantine-days",
      kind: "integer",
      min: 1,
      max: 400,
      default: 30,
      description: "task maintain: days an entry it adds holds (its expires day is since + this); an expired entry is proposed for removal.",
      group: POLICY
    },
    {
      name: "quarantine-branch",
      kind: "string",
      default: DEFAULT_QUARANTINE_BRANCH,
      pattern: /^(?!.*(?:\.\.|\/\/|\/\.))[A-Za-z0-9][A-Za-z0-9._/-]{0,99}(?<![./]|\.lock)$/,
      describe: "a branch name: letters, digits, . _ / - (at most 100; no .., //, /. or a trailing . / .lock)",
      description: "task maintain: the branch its pull request proposes the quarantine file on (created, or force-updated).",
      group: POLICY
    },
    {
      name: "release-after-runs",
      kind: "integer",
      min: 1,
      max: 500,
      default: 10,
      description: "Propose a quarantined test for release after this many clean runs in a row (and release-after-days).",
      group: POLICY
    },
    {
      name: "release-after-days",
      kind: "integer",
      min: 0,
      max: 400,
      default: 7,
      description: "Propose a quarantined test for release only when its last flake or failure is at least this many days old (and release-after-runs clean runs).",
      group: POLICY
    },
    {
      name: "test",
      kind: "string",
      maxLength: 8192,
      placeholder: "<case id>",
      description: "task bisect: the test, its id exactly as cases[].id prints it.",
      group: "Bisect"
    },
    {
      name: "good",
      kind: "string",
      maxLength: 256,
      placeholder: "<commit>",
      description: "task bisect: a commit where the test passes. Default (with bad): from the flake history, the newest commit where it passed in every run.",
      group: "Bisect"
    },
    {
      name: "bad",
      kind: "string",
      maxLength: 256,
      placeholder: "<commit>",
      description: "task bisect: a commit where the test fails. Default (with good): from the flake history, the oldest later commit where it failed.",
      group: "Bisect"
    },
    {
      name: "repeat",
      kind: "integer",
      min: 1,
      max: 50,
      default: 5,
      description: "task bisect: runs of the test per commit (the first is the command, the others rerun the test alone). A failure in any run makes the commit bad.",
      group: "Bisect"
    },
    {
      name: "bisect-max-steps",
      kind: "integer",
      min: 1,
      max: 200,
      default: 40,
      description: "task bisect: commits judged at most (skipped ones count).",
      group: "Bisect"
    },
    {
      name: "bisect-run-timeout",
      kind: "integer",
      min: 1,
      max: 86400,
      default: 900,
      description: "task bisect: seconds one run of the command may take (its process group is then killed).",
      group: "Bisect"
    },
    {
      name: "bisect-deadline",
      kind: "integer",
      min: 1,
      max: 1440,
      default: 120,
      description: "task bisect: minutes the whole bisect may take; it then ends with what it found.",
      group: "Bisect"
    },
    ...RUN_SETTINGS,
    ...NOTIFY_SETTINGS,
    ...BASELINE_SETTINGS
  ],
  async evaluate(s, host) {
    if (s.task === "bisect") return bisectTask(bisectOptions(s, host), host);
    if (s.task === "maintain") return (await import("./maintain-ATTVKLPL.js")).maintainTask(s, host);
    const get = hostInputs(host);
    if (s.junit.length === 0)
      throw new UserError(`${labelOf(get, "junit")} is required: the JUnit XML reports to read`);
    const now = host.now();
    const workspace = resolve4(host.workspace);
    const notifyConfig = readNotify(s, host, get);
    const quarantine = await loadQuarantine(
      host,
      s.quarantine === DEFAULT_QUARANTINE_FILE ? void 0 : s.quarantine,
      now
    );
    const tested = s.command !== void 0 && s.command.trim() !== "" ? await runTests(
      {
        command: s.command,
        preset: s.preset,
        maxRetries: s["max-retries"],
        rerun: s["rerun-command"],
        junit: s.junit,
        timeoutMinutes: s["attempt-timeout"],
        infraShare: s["infra-failure-ratio"],
        junitLabel: labelOf(get, "junit")
      },
      host
    ) : void 0;
    const loaded = tested ?? await host.logger.group(
      "Read JUnit reports",
      () => loadReports(s.junit, {
        cwd: host.cwd,
        workspace,
        label: labelOf(get, "junit"),
        duplicates: s.duplicates
      })
    );
    if (loaded.report.cases.length === 0) throw new UserError(noCases(loaded.files, loaded.bad));
    const verdict = evaluateRun(loaded.report, quarantine, {
      infraFailureRatio: s["infra-failure-ratio"],
      bad: loaded.bad
    });
    const run = tested?.run;
    if (run?.failure !== void 0) {
      verdict.reasons.push(run.failure);
      verdict.status = "fail";
    }
    for (const b of loaded.bad) host.logger.log("warning", `${b.file}: ${b.reason}`);
    const pr = await host.pullRequest();
    const git2 = createGit(workspace);
    const sha = host.context.sha || await revParse(git2, "HEAD").catch(() => "");
    const historyFile2 = s.history;
    const policy = {
      flakes: s["quarantine-after-flakes"],
      cleanRuns: s["release-after-runs"],
      cleanDays: s["release-after-days"]
    };
    const tracked = await trackHistory(host, verdict, loaded.bad, {
      file: historyFile2 !== void 0 ? resolve4(host.cwd, historyFile2) : void 0,
      store: host.baselines,
      sha,
      baseSha: pr?.baseSha,
      walkBack: baselineOptions(s).walkBack,
      retentionDays: baselineOptions(s).retentionDays,
      windowDays: Math.max(s["window-days"], s["release-after-days"]),
      now
    });
    const proposals = propose(tracked.history, quarantine, policy, now);
    await notify(notifyConfig, host, {
      verdict,
      history: tracked.history,
      learned: tracked.info.learned,
      quarantine,
      proposals,
      policy,
      now,
      pullRequest: pr !== void 0,
      sha
    });
    const repository = host.context.repository;
    const url = runUrl(host.context);
    const resultSha = pr?.headSha ?? (sha || void 0);
    const fragment = renderFlaky({
      verdict,
      quarantine,
      proposals,
      history: tracked.info,
      bad: loaded.bad,
      notes: loaded.report.notes,
      ...run ? { extra: [attemptsSection(run)] } : {},
      ...resultSha ? { sha: resultSha } : {},
      ...url ? { url } : {},
      ...repository && /^[0-9a-f]{40}$/.test(sha) ? {
        source: { serverUrl: host.context.serverUrl, owner: repository.owner, repo: repository.repo, sha }
      } : {}
    });
    const historyLine = tracked.info.learned ? `history: ${tracked.info.runs} run(s), this one recorded (${tracked.info.note})` : `history: ${tracked.info.note}; this run not recorded${tracked.info.notLearned ? ` (${tracked.info.notLearned})` : ""}`;
    const data = {
      verdict,
      quarantine,
      proposals,
      bad: loaded.bad,
      files: loaded.files,
      history: historyLine,
      ...run ? { run } : {}
    };
    const t = verdict.tests;
    const result = {
      fragment,
      ...resultSha ? { sha: resultSha } : {},
      onCommit: repository !== void 0,
      checkRunName: "flaky: failed tests",
      outputs: {
        tests: String(t.total),
        passed: String(t.passed),
        failed: String(t.failed),
        flaky: String(t.flaky),
        quarantined: String(t.quarantined),
        skipped: String(t.skipped),
        "infrastructure-failure": String(verdict.infra !== void 0),
        "proposed-quarantine": proposals.quarantine.map((p) => p.id).join("\n"),
        "proposed-release": proposals.release.map((p) => p.id).join("\n")
      },
      ...verdict.status === "fail" ? { failure: `flaky gate failed: ${verdict.reasons.join("; ")}` } : {},
      data
    };
    return result;
  },
  print: {
    json: (run, write) => "task" in run ? writeMaintainJson(run, write) : "verdict" in run ? writeJsonResult(run, write) : writeBisectJson(run, write),
    human: (run) => "task" in run ? humanMaintain(run) : "verdict" in run ? humanResult(run) : humanBisect(run)
  }
});
function bisectOptions(s, host) {
  const file = s.history;
  return {
    test: s.test ?? "",
    good: s.good,
    bad: s.bad,
    repeat: s.repeat,
    command: s.command,
    preset: choosePreset(s.preset, s.command ?? ""),
    rerunCommand: s["rerun-command"],
    junit: s.junit,
    runTimeoutMs: s["bisect-run-timeout"] * 1e3,
    deadlineMs: s["bisect-deadline"] * 6e4,
    maxSteps: s["bisect-max-steps"],
    history: async () => {
      if (file !== void 0) return historyFile(resolve4(host.cwd, file));
      const sha = host.context.sha || await revParse(createGit(resolve4(host.workspace)), "HEAD").catch(() => "");
      const found = await findHistory(host, host.baselines, {
        file: void 0,
        store: host.baselines,
        sha,
        baseSha: void 0,
        ...baselineOptions(s),
        windowDays: 400,
        now: host.now()
      });
      return found.history.runs.length > 0 ? { history: found.history, source: found.note } : void 0;
    }
  };
}
function noCases(files, bad) {
  const shown = files.slice(0, 3).join(", ");
  const more2 = files.length > 3 ? ` and ${files.length - 3} more` : "";
  const unreadable = bad.length > 0 ? `; ${bad.length} unreadable (${bad[0].file}: ${bad[0].reason}${bad.length > 1 ? ", \u2026" : ""})` : "";
  return `${shown || "the JUnit reports"}${more2}: no test case in any report, nothing was tested (a test job that stopped before writing results looks like this)${unreadable}`;
}
async function loadQuarantine(host, given, now) {
  const path = given !== void 0 ? resolve4(host.cwd, given) : resolve4(host.workspace, DEFAULT_QUARANTINE_FILE);
  const shown = given ?? DEFAULT_QUARANTINE_FILE;
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" && given === void 0) return EMPTY_QUARANTINE;
    throw new UserError(`${shown}: cannot read the quarantine file (${code ?? "error"})`);
  }
  return parseQuarantine(text, shown, now);
}
async function loadReports(specs, opts) {
  const paths = [];
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      const found = (await glob([spec], { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: true })).sort();
      if (found.length === 0)
        throw new UserError(
          `${opts.label} ${JSON.stringify(spec.slice(0, 200))} matched no files (in ${opts.cwd})`
        );
      paths.push(...found);
    } else paths.push(resolve4(opts.cwd, spec));
  }
  const unique = [...new Set(paths)];
  if (unique.length === 0) throw new UserError(`${opts.label}: no JUnit report given`);
  if (unique.length > MAX_REPORTS)
    throw new UserError(`${opts.label}: ${unique.length} reports, more than ${MAX_REPORTS}`);
  const reports = [];
  const bad = [];
  const files = [];
  for (const path of unique) {
    const rel = relative4(opts.cwd, path);
    const shown = isAbsolute2(path) && rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : path;
    files.push(shown);
    try {
      reports.push(await parseJunitFile(path, { duplicates: opts.duplicates, roots: [opts.workspace] }));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const reason = e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message;
      bad.push({ file: shown, reason });
    }
  }
  if (reports.length === 0) {
    const first = bad[0];
    const others = bad.length > 1 ? ` (and ${bad.length - 1} more unreadable report${bad.length > 2 ? "s" : ""})` : "";
    throw new UserError(`${first.file}: ${first.reason}${others}`);
  }
  const report = reports.length === 1 ? reports[0] : mergeReports(reports, { duplicates: "attempts" });
  return { report, files, bad };
}
async function trackHistory(host, verdict, bad, opts) {
  const { file, store } = opts;
  const saves = file !== void 0 || store?.savesInAuto === true;
  let history = emptyHistory();
  let note;
  if (file !== void 0) {
    const text = await readFile2(file, "utf8").catch((e) => {
      if (e.code === "ENOENT") return void 0;
      throw new UserError(`${file}: cannot read the history file (${e.code ?? "error"})`);
    });
    if (text !== void 0) history = parseHistory(text, file);
    note = text === void 0 ? `a new history file ${file}` : `from ${file}`;
  } else {
    const found = await findHistory(host, store, opts);
    history = found.history;
    note = found.note;
  }
  let notLearned;
  if (!saves) notLearned = "history is saved only by trusted runs on the default branch";
  else if (verdict.infra) notLearned = "infrastructure failure";
  else if (bad.length > 0) notLearned = "a report was unreadable";
  else if (verdict.tests.total === 0) notLearned = "no test ran";
  if (notLearned === void 0) {
    const ctx = host.context;
    const run = ctx.runId !== void 0 ? `${ctx.runId}-${ctx.runAttempt ?? 1}` : void 0;
    const record = recordRun(
      history,
      {
        sha: /^[0-9a-f]{7,64}$/.test(opts.sha) ? opts.sha : "local",
        date: opts.now.toISOString(),
        ...run ? { run } : {}
      },
      outcomesOf(verdict)
    );
    history = appendRun(history, record, opts.windowDays, opts.now);
    await saveHistory(host, history, opts).catch((error) => {
      if (file !== void 0 || !host.context.repository) throw error;
      const text = describeError(error);
      const rerun = /already exists/.test(text);
      host.logger.log(
        rerun ? "notice" : "warning",
        rerun ? `the flake history of ${opts.sha.slice(0, 7)} was already saved by an earlier attempt of this run` : `the flake history was not saved: ${text}`
      );
    });
  }
  return {
    history,
    info: {
      runs: history.runs.length,
      note,
      learned: notLearned === void 0,
      ...notLearned ? { notLearned } : {}
    }
  };
}
function* outcomesOf(verdict) {
  for (const c of verdict.cases) {
    const o = c.case.outcome;
    yield [c.id, o === "passed" ? "p" : o === "flaky" ? "k" : o === "skipped" ? "s" : "f"];
  }
}
async function findHistory(host, store, opts) {
  if (!store)
    return { history: emptyHistory(), note: "no history: no GitHub token or artifact service in this run" };
  const git2 = createGit(resolve4(host.workspace));
  const from = opts.baseSha ?? opts.sha;
  const candidates = async () => {
    if (!from) return [];
    const line = await firstParentAncestors(git2, from, opts.walkBack + 1).catch(() => []);
    return line.length > 0 ? line : [from];
  };
  try {
    const found = await store.find(HISTORY_KIND, candidates, HISTORY_FILE);
    if (!found.found)
      return {
        history: emptyHistory(),
        note: found.note === "" ? "no history yet" : `no history: ${found.note}`
      };
    const what = found.sha ? `history of ${found.sha.slice(0, 7)}` : found.path;
    const text = await readFile2(found.path, "utf8").catch((e) => {
      throw new UserError(`${what}: cannot read ${HISTORY_FILE} (${e.code ?? "error"})`);
    });
    return { history: parseHistory(text, what), note: found.note === "" ? what : found.note };
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error;
    const note = `no history: ${describeError(error)}`;
    host.logger.log("warning", note);
    return { history: emptyHistory(), note };
  }
}
async function saveHistory(host, history, opts) {
  const text = serializeHistory(history);
  if (opts.file !== void 0) {
    await writeFile(opts.file, text).catch((e) => {
      throw new UserError(`${opts.file}: cannot write the history file (${e.code ?? "error"})`);
    });
    return;
  }
  const store = opts.store;
  const dir = join7(host.tempDir, "flaky-history-out");
  await mkdir(dir, { recursive: true });
  await writeFile(join7(dir, HISTORY_FILE), text);
  const sha = /^[0-9a-f]{7,64}$/.test(opts.sha) ? opts.sha : "local";
  const where = await store.save(HISTORY_KIND, sha, dir, HISTORY_FILE, opts.retentionDays);
  host.logger.log("info", `saved the flake history (${history.runs.length} runs) as ${where}`);
}

export {
  parseHistory,
  plural,
  propose,
  GATE_ID,
  DEFAULT_QUARANTINE_FILE,
  utcDay,
  parseQuarantine,
  editQuarantine,
  flakyGate,
  findHistory
};
//# sourceMappingURL=chunk-WJPNKERG.js.map
