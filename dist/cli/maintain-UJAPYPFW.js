import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  ZWJ
} from "./chunk-DWDNBDKV.js";
import {
  DEFAULT_QUARANTINE_FILE,
  GATE_ID,
  editQuarantine,
  findHistory,
  parseHistory,
  parseQuarantine,
  plural,
  propose,
  utcDay
} from "./chunk-5LJGLZUW.js";
import "./chunk-2DOMPNEA.js";
import "./chunk-CDC4UBA4.js";
import "./chunk-3VOTSQGP.js";
import {
  baselineOptions,
  createGit,
  escapeText,
  inlineCode,
  makeFragment,
  revParse,
  runUrl
} from "./chunk-N5A3YMF2.js";
import "./chunk-ZIL7GWL3.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";

// src/flaky/maintain.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";

// src/flaky/maintain-github.ts
import { createHash } from "node:crypto";
var MAX_ISSUE_PAGES = 10;
var MAX_PATH_DEPTH = 20;
var PR_MARKER = "<!-- quality-gates:flaky-quarantine proposal -->";
var PATCH_MARKER = "<!-- quality-gates:flaky-quarantine patch -->";
function testMarker(id) {
  const hash = createHash("sha256").update(id, "utf8").digest("hex").slice(0, 32);
  return `<!-- quality-gates:flaky-quarantine test=${hash} -->`;
}
function blobSha(text) {
  const buf = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${buf.length}\0`).update(buf).digest("hex");
}
function statusOf(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}
function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}
function refusesPullRequests(e) {
  return statusOf(e) === 403 && /not permitted to create or approve pull requests/i.test(messageOf(e));
}
async function defaultBranch(octokit, repo) {
  const { data } = await octokit.rest.repos.get(repo);
  return data.default_branch;
}
async function branchHead(octokit, repo, branch) {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (e) {
    if (statusOf(e) === 404) return void 0;
    throw e;
  }
}
async function readBranchFile(octokit, repo, branch, path) {
  const head = await branchHead(octokit, repo, branch);
  if (head === void 0) return void 0;
  const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: head });
  const out = { commit: head, parent: commit.parents[0]?.sha };
  let tree = commit.tree.sha;
  const parts = path.split("/");
  for (let i = 0; i < parts.length && i < MAX_PATH_DEPTH; i++) {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: tree });
    const entry = data.tree.find((e) => e.path === parts[i]);
    if (entry?.sha === void 0) return out;
    if (i === parts.length - 1) {
      if (entry.type !== "blob") return out;
      const { data: blob } = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha });
      out.blob = entry.sha;
      out.text = Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
      return out;
    }
    if (entry.type !== "tree") return out;
    tree = entry.sha;
  }
  return out;
}
async function writeBranch(octokit, repo, opts) {
  const { data: blob } = await octokit.rest.git.createBlob({
    ...repo,
    content: Buffer.from(opts.text, "utf8").toString("base64"),
    encoding: "base64"
  });
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: opts.parent,
    tree: [{ path: opts.path, mode: "100644", type: "blob", sha: blob.sha }]
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: opts.message,
    tree: tree.sha,
    parents: [opts.parent]
  });
  if (opts.exists)
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${opts.branch}`, sha: commit.sha, force: true });
  else await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${opts.branch}`, sha: commit.sha });
  return commit.sha;
}
async function findOpenPull(octokit, repo, branch, base) {
  const { data } = await octokit.rest.pulls.list({
    ...repo,
    state: "open",
    head: `${repo.owner}:${branch}`,
    base,
    per_page: 10
  });
  const p = data[0];
  return p ? { number: p.number, url: p.html_url, title: p.title, body: p.body ?? "" } : void 0;
}
async function upsertPull(octokit, repo, opts) {
  const { existing } = opts;
  if (existing) {
    if (existing.title === opts.title && existing.body === opts.body)
      return { pull: existing, action: "unchanged" };
    await octokit.rest.pulls.update({
      ...repo,
      pull_number: existing.number,
      title: opts.title,
      body: opts.body
    });
    return { pull: { ...existing, title: opts.title, body: opts.body }, action: "updated" };
  }
  const { data } = await octokit.rest.pulls.create({
    ...repo,
    head: opts.branch,
    base: opts.base,
    title: opts.title,
    body: opts.body
  });
  return {
    pull: { number: data.number, url: data.html_url, title: opts.title, body: opts.body },
    action: "created"
  };
}
async function findIssuesByMarker(octokit, repo, markers, state) {
  const found = /* @__PURE__ */ new Map();
  if (markers.size === 0) return found;
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repo,
    state,
    sort: "created",
    direction: "desc",
    per_page: 100
  })) {
    for (const issue of page.data) {
      if (issue.pull_request) continue;
      const body = issue.body ?? "";
      const first = body.slice(0, Math.max(0, body.indexOf("\n") >= 0 ? body.indexOf("\n") : body.length));
      if (!markers.has(first.trim()) || found.has(first.trim())) continue;
      found.set(first.trim(), {
        number: issue.number,
        url: issue.html_url,
        state: issue.state,
        title: issue.title,
        body
      });
    }
    if (++pages >= MAX_ISSUE_PAGES || found.size === markers.size) break;
  }
  return found;
}
async function createIssue(octokit, repo, title, body) {
  const { data } = await octokit.rest.issues.create({ ...repo, title, body });
  return { number: data.number, url: data.html_url, state: data.state, title, body };
}
async function updateIssue(octokit, repo, issue, title, body) {
  if (issue.title === title && issue.body === body && issue.state === "open") return false;
  await octokit.rest.issues.update({ ...repo, issue_number: issue.number, title, body, state: "open" });
  return true;
}

// src/flaky/maintain.ts
var MAX_TITLE_ID = 100;
var MAX_BODY_ID = 300;
var MAX_LISTED = 200;
var MAX_BODY = 6e4;
var MAX_NEW_ISSUES = 20;
var pct = (x) => `${Math.round(x * 100)}%`;
function flakeFigures(s) {
  return `flaky: ${plural(s.flakes, "flake")} in ${plural(s.runs, "run")} (${pct(s.flakeRate)}) on ${plural(s.flakeCommits, "commit")}, flip rate ${pct(s.flipRate)}`;
}
function addDays(day, days) {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 864e5));
}
function titleText(id, max = MAX_TITLE_ID) {
  const points = [];
  let space = false;
  for (const ch of id) {
    if (points.length > max) break;
    const c = ch.codePointAt(0);
    if (c < 32 && ch !== "	" && ch !== "\n" && ch !== "\r") continue;
    if (c >= 127 && c < 160 || c === 8206 || c === 8207 || c >= 8234 && c <= 8238) continue;
    if (/\s/u.test(ch)) {
      space = points.length > 0;
      continue;
    }
    if (space) points.push(" ");
    space = false;
    points.push(ch === "@" || ch === "#" ? `${ch}${ZWJ}` : ch);
  }
  return points.length > max ? `${points.slice(0, max - 1).join("")}\u2026` : points.join("");
}
function unifiedDiff(path, before, after) {
  const lines = (t) => t === "" ? [] : (t.endsWith("\n") ? t.slice(0, -1) : t).split("\n");
  const a = lines(before);
  const b = lines(after);
  const endsClean = before === "" || before.endsWith("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (!endsClean) start = Math.min(start, a.length - 1);
  let endA = a.length;
  let endB = b.length;
  while (endsClean && endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - 3);
  const toA = Math.min(a.length, endA + 3);
  const toB = Math.min(b.length, endB + 3);
  const range = (first, count) => count === 0 ? `${first},0` : `${first + 1},${count}`;
  const out = [
    before === "" ? "--- /dev/null" : `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${range(from, toA - from)} +${range(from, toB - from)} @@`
  ];
  const noNewline = "\\ No newline at end of file";
  for (let i = from; i < start; i++) out.push(` ${a[i]}`);
  for (let i = start; i < endA; i++) out.push(`-${a[i]}`);
  if (!endsClean) out.push(noNewline);
  for (let i = start; i < endB; i++) out.push(`+${b[i]}`);
  for (let i = endA; i < toA; i++) out.push(` ${a[i]}`);
  return `${out.join("\n")}
`;
}
function fenced(text, info) {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === "`" ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}
${text}${text.endsWith("\n") ? "" : "\n"}${fence}`;
}
function changeLine(c) {
  const verb = c.kind === "quarantine" ? "Quarantine" : c.kind === "release" ? "Release" : "Remove (expired)";
  const issue = c.issue !== void 0 ? ` (#${c.issue})` : "";
  return `- ${verb} ${inlineCode(c.id, MAX_BODY_ID, { cell: false })}: ${escapeText(c.detail, 300)}${issue}`;
}
function changeList(changes) {
  const lines = changes.slice(0, MAX_LISTED).map(changeLine);
  if (changes.length > MAX_LISTED) lines.push(`- \u2026 and ${changes.length - MAX_LISTED} more changes`);
  return lines.join("\n");
}
function proposalTitle(changes) {
  const count = (kind) => changes.filter((c) => c.kind === kind).length;
  const [add, release, expired] = [count("quarantine"), count("release"), count("expired")];
  const parts = [
    ...add > 0 ? [`quarantine ${plural(add, "flaky test")}`] : [],
    ...release > 0 ? [`release ${plural(release, "test")}`] : [],
    ...expired > 0 ? [`remove ${plural(expired, "expired entry").replace(/entrys$/, "entries")}`] : []
  ];
  return `Flaky tests: ${parts.join(", ")}`;
}
function cap(body) {
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 40)}

\u2026 (cut to fit an issue body)` : body;
}
function proposalBody(file, changes, history, url) {
  return cap(
    [
      PR_MARKER,
      `Changes to \`${file}\` proposed by the flaky-quarantine maintenance task from the flake history (${plural(history.runs.length, "run")} of the default branch${url ? `; [this run](${url})` : ""}).`,
      "",
      changeList(changes),
      "",
      "Quarantined tests still run; their failures no longer fail the flaky gate. Each entry expires on its `expires` day. Merge to apply; the next maintenance run updates this pull request."
    ].join("\n")
  );
}
function testIssueBody(c, entry, file, branch) {
  return cap(
    [
      testMarker(c.id),
      `The test ${inlineCode(c.id, 4e3, { cell: false })} is flaky on the default branch: ${escapeText(c.detail, 300)}.`,
      "",
      `The flaky-quarantine maintenance task proposes it for quarantine in \`${file}\` (branch \`${branch}\`), from ${entry.since} until ${entry.expires}: it keeps running, its failures stop failing the flaky gate.`,
      "",
      "Fix the test, then remove its entry, or let the maintenance task release it once it has run clean long enough."
    ].join("\n")
  );
}
function patchIssueBody(file, changes, diff, reason) {
  const head = [
    PATCH_MARKER,
    `The flaky-quarantine maintenance task could not open a pull request (${escapeText(reason, 300)}), so here is the change to \`${file}\` as a patch. Enable "Allow GitHub Actions to create and approve pull requests" (Settings \u2192 Actions \u2192 General) to get pull requests instead.`,
    "",
    changeList(changes),
    ""
  ].join("\n");
  const block = fenced(diff, "diff");
  if (head.length + block.length + 200 > MAX_BODY)
    return `${cap(head)}
The patch (${diff.length} characters) is too long for an issue: apply the changes above by hand.`;
  return `${head}
Apply it with \`git apply\`:

${block}
`;
}
async function readHistory(host, s, sha, now) {
  const file = s.history;
  if (file !== void 0) {
    const path = resolve(host.cwd, file);
    const text = await readFile(path, "utf8").catch((e) => {
      throw new UserError(`${file}: cannot read the history file (${e.code ?? "error"})`);
    });
    return { history: parseHistory(text, file), note: `from ${file}` };
  }
  const { walkBack, retentionDays } = baselineOptions(s);
  return findHistory(host, host.baselines, {
    file: void 0,
    store: host.baselines,
    sha,
    baseSha: void 0,
    walkBack,
    retentionDays,
    windowDays: Math.max(s["window-days"], s["release-after-days"]),
    now
  });
}
async function readQuarantineFile(host, given) {
  const workspace = resolve(host.workspace);
  const abs = given === DEFAULT_QUARANTINE_FILE ? resolve(workspace, given) : resolve(host.cwd, given);
  const rel = relative(workspace, abs);
  if (rel === "" || rel.startsWith("..") || resolve(workspace, rel) !== abs)
    throw new UserError(`${given}: the quarantine file must be inside the repository (${workspace})`);
  const text = await readFile(abs, "utf8").catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw new UserError(`${given}: cannot read the quarantine file (${e.code ?? "error"})`);
  });
  return { rel: rel.split(sep).join("/"), abs, text: text ?? "", exists: text !== void 0 };
}
async function maintainTask(s, host) {
  const now = host.now();
  const today = utcDay(now);
  const repository = host.context.repository;
  const octokit = host.octokit;
  const online = repository !== void 0 && octokit !== void 0;
  const sha = host.context.sha || await revParse(createGit(resolve(host.workspace)), "HEAD").catch(() => "");
  let main = "";
  if (online) {
    main = await defaultBranch(octokit, { owner: repository.owner, repo: repository.repo });
    if (host.context.ref !== `refs/heads/${main}` || !/^[0-9a-f]{40}$/.test(sha))
      return neutral(
        s.quarantine,
        `the quarantine is maintained only on the default branch (${main}); this run is on ${host.context.ref || "no ref"}`
      );
  }
  const q = await readQuarantineFile(host, s.quarantine);
  const quarantine = parseQuarantine(q.text, q.rel, now);
  const found = await host.logger.group("Read the flake history", () => readHistory(host, s, sha, now));
  const proposals = propose(
    found.history,
    quarantine,
    {
      flakes: s["quarantine-after-flakes"],
      cleanRuns: s["release-after-runs"],
      cleanDays: s["release-after-days"]
    },
    now
  );
  const changes = [
    ...proposals.quarantine.map((p) => ({ kind: "quarantine", id: p.id, detail: flakeFigures(p) })),
    ...proposals.release.map((p) => ({
      kind: "release",
      id: p.id,
      detail: `${plural(p.cleanStreak, "clean run")} in a row${p.lastBad ? `, last flake or failure ${p.lastBad.slice(0, 10)}` : ""}`
    })),
    ...quarantine.expired.map((e) => ({
      kind: "expired",
      id: e.id,
      detail: `expired ${e.expires ?? ""}`
    }))
  ];
  host.logger.log("info", `flake history: ${plural(found.history.runs.length, "run")} (${found.note})`);
  if (changes.length === 0) return result(q.rel, [], [`nothing to change (history: ${found.note})`], false);
  const remove = new Set(changes.filter((c) => c.kind !== "quarantine").map((c) => c.id));
  const added = (issues, keep) => changes.filter((c) => c.kind === "quarantine").map((c) => {
    const open = keep.get(c.id);
    const since = open?.since ?? today;
    const issue = issues.get(c.id) ?? (open?.issue !== void 0 && /^\d+$/.test(open.issue) ? Number(open.issue) : void 0);
    return {
      id: c.id,
      reason: c.detail,
      ...issue !== void 0 ? { issue } : {},
      since,
      expires: open?.expires ?? addDays(since, s["quarantine-days"])
    };
  });
  if (!online) {
    const text = editQuarantine(q.text, q.rel, now, { remove, add: added(/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()) });
    await mkdir(dirname(q.abs), { recursive: true });
    await writeFile(q.abs, text).catch((e) => {
      throw new UserError(`${q.rel}: cannot write the quarantine file (${e.code ?? "error"})`);
    });
    return result(q.rel, changes, [`wrote ${q.rel} (${plural(changes.length, "change")})`], true);
  }
  return proposeOnline(host, octokit, repository, s, {
    q,
    sha,
    main,
    now,
    changes,
    remove,
    added,
    history: found.history
  });
}
async function proposeOnline(host, octokit, repository, s, input) {
  const repo = { owner: repository.owner, repo: repository.repo };
  const { q, sha, main, now, changes } = input;
  const branch = s["quarantine-branch"];
  const done = [];
  const onBranch = await readBranchFile(octokit, repo, branch, q.rel);
  const keep = /* @__PURE__ */ new Map();
  if (onBranch?.text !== void 0) {
    try {
      const proposed = parseQuarantine(onBranch.text, `${branch}:${q.rel}`, now);
      for (const e of proposed.active.values()) keep.set(e.id, e);
    } catch (e) {
      host.logger.log("warning", `the proposal branch's file is not used: ${describeError(e)}`);
    }
  }
  const fresh = changes.filter((c) => c.kind === "quarantine");
  const markers = new Map(fresh.map((c) => [testMarker(c.id), c]));
  const existing = await findIssuesByMarker(octokit, repo, new Set(markers.keys()), "all");
  const issues = /* @__PURE__ */ new Map();
  for (const [marker, issue] of existing) issues.set(markers.get(marker).id, issue.number);
  for (const c of fresh) {
    const kept = keep.get(c.id)?.issue;
    if (!issues.has(c.id) && kept !== void 0 && /^\d+$/.test(kept)) issues.set(c.id, Number(kept));
  }
  let opened = 0;
  const provisional = input.added(issues, keep);
  for (const [i, c] of fresh.entries()) {
    if (issues.has(c.id)) continue;
    if (opened >= MAX_NEW_ISSUES) break;
    const entry = provisional[i];
    const issue = await createIssue(
      octokit,
      repo,
      `Flaky test quarantined: ${titleText(c.id)}`,
      testIssueBody(c, entry, q.rel, branch)
    );
    issues.set(c.id, issue.number);
    opened++;
    done.push(`opened issue #${issue.number} for ${titleText(c.id, 60)}`);
  }
  for (const c of fresh) {
    const n = issues.get(c.id);
    if (n !== void 0) c.issue = n;
  }
  const text = editQuarantine(q.text, q.rel, now, { remove: input.remove, add: input.added(issues, keep) });
  const message = `${proposalTitle(changes)}

Proposed by the flaky-quarantine maintenance task from the flake history.`;
  let refused;
  const upToDate = onBranch !== void 0 && onBranch.parent === sha && onBranch.blob === blobSha(text);
  if (upToDate) done.push(`branch ${branch} already holds this proposal`);
  else {
    try {
      const commit = await writeBranch(octokit, repo, {
        branch,
        parent: sha,
        path: q.rel,
        text,
        message,
        exists: onBranch !== void 0
      });
      done.push(`committed ${commit.slice(0, 7)} on ${branch}`);
    } catch (e) {
      const status = statusOf(e);
      if (status !== 403 && status !== 422) throw e;
      refused = `the branch ${branch} could not be written: ${describeError(e)}`;
    }
  }
  const url = runUrl(host.context);
  let pull;
  if (refused === void 0) {
    const title = proposalTitle(changes);
    const body = proposalBody(q.rel, changes, input.history, url);
    try {
      const open = await findOpenPull(octokit, repo, branch, main);
      const r = await upsertPull(octokit, repo, { branch, base: main, title, body, existing: open });
      pull = r.pull;
      done.push(
        `${r.action === "unchanged" ? "pull request unchanged" : `${r.action} pull request`} #${r.pull.number}`
      );
    } catch (e) {
      if (!refusesPullRequests(e)) throw e;
      refused = "GitHub Actions is not permitted to create pull requests in this repository";
    }
  }
  let patchIssue;
  if (refused !== void 0) {
    host.logger.log("warning", `${refused}; the patch goes into an issue`);
    const diff = unifiedDiff(q.rel, q.text, text);
    const title = `Flaky tests: proposed changes to ${q.rel}`.slice(0, 200);
    const body = patchIssueBody(q.rel, changes, diff, refused);
    const found = (await findIssuesByMarker(octokit, repo, /* @__PURE__ */ new Set([PATCH_MARKER]), "open")).get(PATCH_MARKER);
    if (found) {
      const wrote = await updateIssue(octokit, repo, found, title, body);
      patchIssue = found;
      done.push(`${wrote ? "updated" : "unchanged"} patch issue #${found.number}`);
    } else {
      patchIssue = await createIssue(octokit, repo, title, body);
      done.push(`opened patch issue #${patchIssue.number}`);
    }
  }
  return result(q.rel, changes, done, true, pull?.url, patchIssue?.url);
}
function result(file, changes, done, changed, pullRequest, patchIssue) {
  const summary = changes.length === 0 ? "quarantine up to date" : `${plural(changes.length, "change")} proposed to the quarantine`;
  const markdown = [
    `Quarantine maintenance of \`${file}\`: ${done.map((d) => escapeText(d, 200)).join("; ")}.`,
    ...changes.length > 0 ? ["", changeList(changes)] : [],
    ...pullRequest ? ["", `Pull request: ${pullRequest}`] : [],
    ...patchIssue ? ["", `Patch issue: ${patchIssue}`] : []
  ].join("\n");
  return {
    fragment: makeFragment({
      gate: GATE_ID,
      status: "neutral",
      title: "Flaky quarantine maintenance",
      summary,
      markdown,
      metrics: {
        quarantined: changes.filter((c) => c.kind === "quarantine").length,
        released: changes.filter((c) => c.kind === "release").length,
        expired: changes.filter((c) => c.kind === "expired").length
      },
      statusContext: `quality-gates/${GATE_ID}`
    }),
    onCommit: false,
    outputs: {
      "proposed-quarantine": changes.filter((c) => c.kind === "quarantine").map((c) => c.id).join("\n"),
      "proposed-release": changes.filter((c) => c.kind !== "quarantine").map((c) => c.id).join("\n"),
      "pull-request": pullRequest ?? "",
      "patch-issue": patchIssue ?? ""
    },
    data: {
      task: "maintain",
      file,
      changes,
      done,
      changed,
      ...pullRequest ? { pullRequest } : {},
      ...patchIssue ? { patchIssue } : {}
    }
  };
}
function neutral(file, why) {
  return result(file, [], [why], false);
}
export {
  flakeFigures,
  maintainTask,
  titleText,
  unifiedDiff
};
//# sourceMappingURL=maintain-UJAPYPFW.js.map
