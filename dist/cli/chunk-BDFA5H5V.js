import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  escapeText,
  headingLine,
  makeFragment,
  readZipEntryText,
  runUrl,
  setCommitStatus
} from "./chunk-N5A3YMF2.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";

// src/visual/approval.ts
import { mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/visual/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_VERSION = "v1";
var FINGERPRINT_PATTERN = /^v1\.[0-9a-f]{32}$/;
function diffFingerprint(baseline, current, marks, sizes, box, markedRows) {
  const { width, height } = baseline;
  if (current.width !== width || current.height !== height || marks.length !== width * height * 4)
    throw new Error("diffFingerprint: the images and the mask must have the same size");
  const m32 = new Uint32Array(marks.buffer, marks.byteOffset, width * height);
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  if (box !== void 0) {
    if (box) {
      minX = box.x;
      minY = box.y;
      maxX = box.x + box.width - 1;
      maxY = box.y + box.height - 1;
    }
  } else
    for (let y = 0, i = 0; y < height; y++)
      for (let x = 0; x < width; x++, i++) {
        if (m32[i] === 0) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
  const hash = createHash("sha256");
  const head = sizes ? `qg-visual-diff ${FINGERPRINT_VERSION} size ${sizes.baseline.width}x${sizes.baseline.height}>${sizes.current.width}x${sizes.current.height}` : `qg-visual-diff ${FINGERPRINT_VERSION}`;
  if (maxX < 0) {
    hash.update(`${head} none
`);
    return `${FINGERPRINT_VERSION}.${hash.digest("hex").slice(0, 32)}`;
  }
  hash.update(`${head} box ${minX},${minY},${maxX - minX + 1},${maxY - minY + 1}
`);
  const boxWidth = maxX - minX + 1;
  const maskRow = Buffer.allocUnsafe(boxWidth);
  const values = Buffer.allocUnsafe(boxWidth * 8);
  const v32 = new Uint32Array(values.buffer, values.byteOffset, boxWidth * 2);
  const a32 = new Uint32Array(baseline.data.buffer, baseline.data.byteOffset, width * height);
  const b32 = new Uint32Array(current.data.buffer, current.data.byteOffset, width * height);
  const emptyMaskRow = Buffer.alloc(boxWidth);
  let range = 0;
  for (let y = minY; y <= maxY; y++) {
    const row = y * width;
    if (markedRows) {
      while (range < markedRows.length && markedRows[range][1] < y) range++;
      if (range === markedRows.length || markedRows[range][0] > y) {
        hash.update(emptyMaskRow);
        continue;
      }
    }
    let n = 0;
    for (let x = minX, k = 0; x <= maxX; x++, k++) {
      if (m32[row + x] === 0) maskRow[k] = 0;
      else {
        maskRow[k] = 1;
        v32[n++] = a32[row + x];
        v32[n++] = b32[row + x];
      }
    }
    hash.update(maskRow);
    if (n > 0) hash.update(values.subarray(0, n * 4));
  }
  return `${FINGERPRINT_VERSION}.${hash.digest("hex").slice(0, 32)}`;
}
function isFingerprint(value) {
  return typeof value === "string" && FINGERPRINT_PATTERN.test(value);
}

// src/visual/approval.ts
var DEFAULT_APPROVAL_AUTHOR = "github-actions[bot]";
var LOGIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
var VISUAL_CONTEXT_PATTERN = /^quality-gates\/visual(?:\/[a-z0-9][a-z0-9._-]{0,39})?$/;
var PENDING_ARTIFACT_PREFIX = "quality-gates-visual-pending";
var PENDING_FILE = "visual-pending.json";
var APPROVAL_MARKER = "<!-- quality-gates:visual-approval v1 -->";
var PENDING_RETENTION_DAYS = 30;
var MAX_PENDING_BYTES = 4 * 1024 * 1024;
var MAX_PENDING_IMAGES = 1e4;
var MAX_NAME_LENGTH = 1024;
var MAX_RUNS = 100;
var MAX_COMMENTS = 3e3;
var MAX_DATA_LINE = 6e4;
var byText = (x, y) => x < y ? -1 : x > y ? 1 : 0;
function pendingFromImages(images, context, sha, unapprovable = 0) {
  const pending = [];
  for (const image of images) {
    if (image.status !== "changed" && image.status !== "size-changed") continue;
    if (image.fingerprint === void 0) continue;
    pending.push({ name: image.name, fingerprint: image.fingerprint, diffPixels: image.diffPixels });
  }
  pending.sort((x, y) => byText(x.name, y.name));
  return { version: 1, context, sha, images: pending, unapprovable };
}
function groupsOf(images) {
  const groups = /* @__PURE__ */ new Map();
  for (const image of images) {
    const g = groups.get(image.fingerprint);
    if (g) g.images.push(image.name);
    else
      groups.set(image.fingerprint, {
        fingerprint: image.fingerprint,
        images: [image.name],
        diffPixels: image.diffPixels
      });
  }
  const out = [...groups.values()];
  for (const g of out) g.images.sort(byText);
  return out.sort((x, y) => byText(x.images[0], y.images[0]));
}
function excusedImages(images, approvals) {
  const out = /* @__PURE__ */ new Set();
  for (const image of images)
    if ((image.status === "changed" || image.status === "size-changed") && image.fingerprint !== void 0 && approvals.has(image.fingerprint))
      out.add(image.name);
  return out;
}
function pendingArtifactName(context, runAttempt) {
  if (!VISUAL_CONTEXT_PATTERN.test(context)) throw new Error(`not a visual status context: ${context}`);
  const name = context.slice("quality-gates/visual".length).replace("/", "-");
  const base = `${PENDING_ARTIFACT_PREFIX}${name}`;
  return runAttempt !== void 0 && runAttempt > 1 ? `${base}-attempt-${runAttempt}` : base;
}
async function recordPending(host, record) {
  const artifacts = host.artifacts;
  if (!artifacts?.canUpload) {
    host.logger.log(
      "info",
      "visual approvals: this run cannot upload artifacts, so /approve-visual will not find its diffs"
    );
    return void 0;
  }
  const name = pendingArtifactName(record.context, host.context.runAttempt);
  const dir = await mkdtemp(join(host.tempDir, "visual-pending-"));
  const path = join(dir, PENDING_FILE);
  await writeFile(path, JSON.stringify(record));
  await artifacts.upload(name, [path], dir, PENDING_RETENTION_DAYS);
  return name;
}
function parsePending(text, headSha, identity) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return "not JSON";
  }
  const r = data;
  if (!r || typeof r !== "object" || r.version !== 1) return "not a version 1 pending record";
  if (typeof r.context !== "string" || !VISUAL_CONTEXT_PATTERN.test(r.context))
    return "its status context is not quality-gates/visual[/<name>]";
  if (pendingArtifactName(r.context) !== identity) return `its context ${r.context} does not match its name`;
  if (r.sha !== headSha) return "it is about another commit";
  if (!Array.isArray(r.images) || r.images.length > MAX_PENDING_IMAGES) return "bad image list";
  const unapprovable = r.unapprovable;
  if (typeof unapprovable !== "number" || !Number.isSafeInteger(unapprovable) || unapprovable < 0)
    return "bad unapprovable count";
  const images = [];
  for (const i of r.images) {
    const image = i;
    if (!image || typeof image.name !== "string" || image.name.length === 0 || image.name.length > MAX_NAME_LENGTH || !isFingerprint(image.fingerprint) || typeof image.diffPixels !== "number" || !Number.isSafeInteger(image.diffPixels) || image.diffPixels < 0)
      return "bad image entry";
    images.push({ name: image.name, fingerprint: image.fingerprint, diffPixels: image.diffPixels });
  }
  return { version: 1, context: r.context, sha: headSha, images, unapprovable };
}
function newestPending(listed) {
  const newest = /* @__PURE__ */ new Map();
  for (const artifact of listed) {
    if (artifact.name !== PENDING_ARTIFACT_PREFIX && !artifact.name.startsWith(`${PENDING_ARTIFACT_PREFIX}-`))
      continue;
    const m = /^(.*)-attempt-([1-9][0-9]{0,5})$/.exec(artifact.name);
    const identity = m ? m[1] : artifact.name;
    const attempt = m ? Number(m[2]) : 1;
    const kept = newest.get(identity);
    if (!kept || attempt > kept.attempt || attempt === kept.attempt && artifact.id > kept.artifact.id)
      newest.set(identity, { artifact, attempt });
  }
  return [...newest.entries()].sort(([x], [y]) => byText(x, y)).map(([identity, v]) => ({ artifact: v.artifact, identity }));
}
async function findPending(options) {
  const { octokit, repo, headSha } = options;
  const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
    owner: repo.owner,
    repo: repo.repo,
    head_sha: headSha,
    per_page: MAX_RUNS
  });
  const runs = data.workflow_runs.filter((r) => r.head_sha === headSha).sort((a, b) => b.id - a.id);
  const records = /* @__PURE__ */ new Map();
  const problems = [];
  const done = /* @__PURE__ */ new Set();
  for (const run of runs) {
    let listed;
    try {
      listed = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
        owner: repo.owner,
        repo: repo.repo,
        run_id: run.id,
        per_page: 100
      });
    } catch (e) {
      problems.push(`artifacts of run ${run.id}: ${describeError(e)}`);
      continue;
    }
    for (const { artifact, identity } of newestPending(listed)) {
      if (done.has(identity)) continue;
      done.add(identity);
      const where = `artifact ${artifact.name} of run ${run.id}`;
      if (artifact.expired) {
        problems.push(`${where}: expired`);
        continue;
      }
      if (!Number.isSafeInteger(artifact.size_in_bytes) || artifact.size_in_bytes > MAX_PENDING_BYTES) {
        problems.push(`${where}: larger than ${MAX_PENDING_BYTES} bytes`);
        continue;
      }
      try {
        const dir = await mkdtemp(join(options.tempDir, "visual-pending-"));
        const zip = join(dir, "pending.zip");
        await options.downloadZip(artifact.id, zip);
        const text = await readZipEntryText(zip, PENDING_FILE, MAX_PENDING_BYTES);
        if (text === void 0) {
          problems.push(`${where}: holds no ${PENDING_FILE}`);
          continue;
        }
        const parsed = parsePending(text, headSha, identity);
        if (typeof parsed === "string") problems.push(`${where}: ${parsed}`);
        else records.set(parsed.context, parsed);
      } catch (e) {
        problems.push(`${where}: ${describeError(e)}`);
      }
    }
  }
  return {
    records: [...records.values()].sort((x, y) => byText(x.context, y.context)),
    problems
  };
}
function approvalComment(entry, visible) {
  if (!LOGIN_PATTERN.test(entry.by)) throw new Error(`not a GitHub login: ${entry.by}`);
  if (!/^[0-9a-f]{40}$/.test(entry.sha)) throw new Error("approval: sha must be 40 hex digits");
  if (!entry.fingerprints.every(isFingerprint)) throw new Error("approval: malformed fingerprint");
  return `${APPROVAL_MARKER}
<!-- ${JSON.stringify(entry)} -->
${visible}`;
}
function parseApprovalComment(body) {
  const [first, second] = body.split("\n", 2);
  if (first?.replace(/\r$/, "") !== APPROVAL_MARKER || second === void 0) return void 0;
  const line = second.replace(/\r$/, "");
  if (line.length > MAX_DATA_LINE || !line.startsWith("<!-- ") || !line.endsWith(" -->")) return void 0;
  let data;
  try {
    data = JSON.parse(line.slice(5, -4));
  } catch {
    return void 0;
  }
  const e = data;
  if (!e || typeof e !== "object") return void 0;
  if (e.decision !== "approve" && e.decision !== "reject") return void 0;
  if (typeof e.sha !== "string" || !/^[0-9a-f]{40}$/.test(e.sha)) return void 0;
  if (typeof e.by !== "string" || !LOGIN_PATTERN.test(e.by)) return void 0;
  if (!Array.isArray(e.fingerprints) || !e.fingerprints.every(isFingerprint)) return void 0;
  return { decision: e.decision, sha: e.sha, by: e.by, fingerprints: e.fingerprints };
}
async function readApprovers(octokit, repo, pr, options = {}) {
  const author = (options.author ?? DEFAULT_APPROVAL_AUTHOR).toLowerCase();
  let seen = 0;
  const comments = await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner: repo.owner, repo: repo.repo, issue_number: pr, per_page: 100 },
    (response, done) => {
      seen += response.data.length;
      if (seen >= MAX_COMMENTS) done();
      return response.data.map((c) => ({ id: c.id, login: c.user?.login ?? "", body: c.body ?? "" }));
    }
  );
  const approved = /* @__PURE__ */ new Map();
  for (const c of comments.sort((x, y) => x.id - y.id)) {
    if (c.login.toLowerCase() !== author) continue;
    const entry = parseApprovalComment(c.body);
    if (!entry) continue;
    for (const f of entry.fingerprints)
      if (entry.decision === "approve") approved.set(f, entry.by);
      else approved.delete(f);
  }
  return approved;
}

// src/visual/approve.ts
var DEFAULT_APPROVE_LABEL = "visual-approved";
var APPROVE_COMMAND = "/approve-visual";
var MAX_GROUPS = 1e3;
var APPROVE_SETTINGS = [
  {
    name: "approval-author",
    kind: "string",
    only: "action",
    pattern: LOGIN_PATTERN,
    describe: "a GitHub login",
    default: DEFAULT_APPROVAL_AUTHOR,
    description: `Login whose approval comments are trusted (the identity of github-token): ${DEFAULT_APPROVAL_AUTHOR} for GITHUB_TOKEN; set it when github-token is a PAT or another app's token.`,
    group: "Approvals"
  },
  {
    name: "approve-label",
    kind: "string",
    only: "action",
    pattern: /^[^\s,][^,]{0,49}$/,
    describe: "a label name (1-50 characters, no comma)",
    default: DEFAULT_APPROVE_LABEL,
    description: "task: approve: adding this label to a PR approves its current visual changes (the labeler needs write permission).",
    group: "Approvals"
  }
];
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function parseCommand(body) {
  const first = body.slice(0, 200).split("\n", 1)[0].trim();
  const m = /^(\/approve-visual|\/reject-visual)(?:\s+([0-9a-fA-F]{7,40}))?$/.exec(first);
  if (!m) return void 0;
  return {
    decision: m[1] === APPROVE_COMMAND ? "approve" : "reject",
    ...m[2] ? { shaPrefix: m[2].toLowerCase() } : {}
  };
}
function requestOf(host, label) {
  const { eventName, payload } = host.context;
  const sender = obj(payload.sender)?.login;
  if (eventName === "issue_comment") {
    if (payload.action !== "created") return `comment ${String(payload.action)}, not created`;
    const issue = obj(payload.issue);
    const comment = obj(payload.comment);
    if (!issue || !comment) throw new UserError("issue_comment event without issue or comment");
    if (!obj(issue.pull_request)) return "a comment on an issue, not on a pull request";
    const command = parseCommand(typeof comment.body === "string" ? comment.body : "");
    if (!command) return "the comment is not /approve-visual or /reject-visual";
    const login = obj(comment.user)?.login;
    if (typeof login !== "string" || typeof issue.number !== "number" || typeof comment.id !== "number")
      throw new UserError("issue_comment event without comment author or issue number");
    return { pr: issue.number, actor: login, ...command, commentId: comment.id };
  }
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    if (payload.action !== "labeled") return `pull request ${String(payload.action)}, not labeled`;
    const name = obj(payload.label)?.name;
    if (name !== label) return `label ${JSON.stringify(String(name).slice(0, 50))} is not ${label}`;
    const number = obj(payload.pull_request)?.number;
    if (typeof number !== "number" || typeof sender !== "string")
      throw new UserError("labeled event without pull request number or sender");
    return { pr: number, actor: sender, decision: "approve" };
  }
  if (eventName === "workflow_dispatch") {
    const given = host.context.manualPullRequest;
    if (given === void 0)
      throw new UserError("task approve: a manual run needs the pull request number (pr)");
    if (!/^[1-9][0-9]{0,9}$/.test(given) || Number(given) > 2147483647)
      throw new UserError(`pr: ${JSON.stringify(given.slice(0, 20))} is not a pull request number`);
    if (typeof sender !== "string") throw new UserError("workflow_dispatch event without sender");
    const asked = obj(payload.inputs)?.decision;
    const decision = asked === void 0 || asked === "" || asked === "approve" ? "approve" : asked;
    if (decision !== "approve" && decision !== "reject")
      throw new UserError(
        `decision: ${JSON.stringify(String(decision).slice(0, 20))} is not approve or reject`
      );
    return { pr: Number(given), actor: sender, decision };
  }
  throw new UserError(
    `task approve runs on issue_comment, pull_request(_target) labeled or workflow_dispatch, not ${eventName}`
  );
}
async function mayApprove(octokit, repo, login) {
  const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
  const role = data.role_name;
  return ["admin", "write"].includes(data.permission) || ["admin", "maintain", "write"].includes(role ?? "");
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
async function approveTask(settings, host) {
  const { octokit, context } = host;
  const repo = context.repository;
  if (!octokit || !repo)
    throw new UserError("task approve needs a GitHub token and a repository (GITHUB_REPOSITORY)");
  const author = settings["approval-author"] ?? DEFAULT_APPROVAL_AUTHOR;
  const request = requestOf(host, settings["approve-label"] ?? DEFAULT_APPROVE_LABEL);
  const log = (message) => host.logger.log("info", `visual approval: ${message}`);
  if (typeof request === "string") {
    log(`nothing to do (${request})`);
    return { action: "ignored", reason: request };
  }
  const issue = { owner: repo.owner, repo: repo.repo, issue_number: request.pr };
  const refuse = async (reason) => {
    log(`refused: ${reason}`);
    await octokit.rest.issues.createComment({ ...issue, body: `@${request.actor}: ${reason}` });
    return { action: "refused", reason, pr: request.pr };
  };
  if (!LOGIN_PATTERN.test(request.actor)) throw new UserError("the event names no valid GitHub login");
  const verb = request.decision === "approve" ? "approve" : "reject";
  if (!await mayApprove(octokit, repo, request.actor))
    return refuse(`only collaborators with write, maintain or admin permission can ${verb} visual changes.`);
  const { data: pull } = await octokit.rest.pulls.get({
    owner: repo.owner,
    repo: repo.repo,
    pull_number: request.pr
  });
  if (pull.state !== "open")
    return refuse(`pull request #${request.pr} is ${pull.state}; nothing to ${verb}.`);
  const head = pull.head.sha;
  const short = head.slice(0, 7);
  if (request.shaPrefix && !head.startsWith(request.shaPrefix))
    return refuse(
      `the head of #${request.pr} is now ${short}, not ${request.shaPrefix.slice(0, 12)}: review its diffs, then ${verb} again.`
    );
  const artifacts = host.artifacts;
  if (!artifacts) throw new UserError("task approve needs the Actions artifact API to read the pending diffs");
  const found = await findPending({
    octokit,
    repo,
    headSha: head,
    downloadZip: (id, path) => artifacts.downloadZip(id, path),
    tempDir: host.tempDir
  });
  for (const p of found.problems) host.logger.log("warning", `visual approval: ${p}`);
  const records = found.records.filter((r) => r.images.length > 0);
  if (found.records.length === 0)
    return refuse(
      `no visual result for ${short} yet: wait for the visual gate to finish on this commit, then ${verb} again.`
    );
  if (records.length === 0)
    return refuse(`the visual gate found no changed images on ${short}; nothing to ${verb}.`);
  const images = records.reduce((n, r) => n + r.images.length, 0);
  const fingerprints = [...new Set(records.flatMap((r) => r.images.map((i) => i.fingerprint)))].sort();
  const groups = fingerprints.length;
  if (groups > MAX_GROUPS)
    return refuse(
      `${short} has ${groups} distinct visual diffs, more than the ${MAX_GROUPS} one decision can record: save a new baseline instead.`
    );
  const counts = `${plural(images, "diff")} in ${plural(groups, "group")}`;
  const visible = request.decision === "approve" ? `**Visual changes approved** by @${request.actor} on ${short}: ${counts}. A later commit with the same diffs passes by itself; any other diff needs a new approval.` : `**Visual changes rejected** by @${request.actor} on ${short}: ${counts}.`;
  const body = approvalComment(
    { decision: request.decision, sha: head, by: request.actor, fingerprints },
    `${visible}

${records.map((r) => describeRecord(r)).join("\n")}`
  );
  const { data: written } = await octokit.rest.issues.createComment({ ...issue, body });
  if (written.user && written.user.login.toLowerCase() !== author.toLowerCase())
    host.logger.log(
      "warning",
      `visual approval: the comment was written as ${written.user.login}, not ${author}: gate runs trust only ${author}'s; set approval-author to the token's login`
    );
  const target = runUrl(context);
  const failures = [];
  for (const r of records) {
    const n = `${plural(r.images.length, "diff")} in ${plural(groupsOf(r.images).length, "group")}`;
    const state = request.decision === "reject" || r.unapprovable > 0 ? "failure" : "success";
    const description = request.decision === "reject" ? `rejected by @${request.actor}: ${n}` : r.unapprovable > 0 ? `approved by @${request.actor}: ${n}; ${plural(r.unapprovable, "image")} still failing` : `approved by @${request.actor}: ${n}`;
    try {
      await setCommitStatus(octokit, repo, head, {
        context: r.context,
        state,
        description,
        ...target ? { targetUrl: target } : {}
      });
    } catch (e) {
      failures.push(describeError(e));
    }
  }
  log(
    `${request.decision === "approve" ? "approved" : "rejected"} ${counts} on ${short} for @${request.actor}`
  );
  return {
    action: request.decision === "approve" ? "approved" : "rejected",
    pr: request.pr,
    sha: head,
    images,
    groups,
    ...failures.length > 0 ? { failure: failures.join("; ") } : {}
  };
}
function describeRecord(r) {
  const groups = groupsOf(r.images);
  const shown = groups.slice(0, 20).map((g) => {
    const names = g.images.slice(0, 5).map((n) => `\`${n.replace(/[`\r\n]/g, "?").slice(0, 200)}\``);
    const more = g.images.length > 5 ? ` and ${g.images.length - 5} more` : "";
    return `  - ${names.join(", ")}${more}`;
  }).join("\n");
  const rest = groups.length > 20 ? `
  - and ${groups.length - 20} more groups` : "";
  const unapprovable = r.unapprovable > 0 ? ` (${plural(r.unapprovable, "image")} failing for other reasons)` : "";
  return `- ${r.context}${unapprovable}:
${shown}${rest}`;
}
var TASK_TITLE = "Visual approval";
function approveSummary(o) {
  const on = o.sha ? ` on ${o.sha.slice(0, 7)}` : "";
  const pr = o.pr !== void 0 ? `#${o.pr}` : "the pull request";
  const counts = o.images !== void 0 && o.groups !== void 0 ? `: ${plural(o.images, "diff")} in ${plural(o.groups, "group")}` : "";
  switch (o.action) {
    case "approved":
      return `visual changes of ${pr} approved${on}${counts}`;
    case "rejected":
      return `visual changes of ${pr} rejected${on}${counts}`;
    case "refused":
      return `refused for ${pr}: ${o.reason ?? ""}`;
    default:
      return `nothing to do: ${o.reason ?? ""}`;
  }
}
function approveResult(outcome) {
  const status = outcome.failure !== void 0 ? "fail" : outcome.action === "approved" || outcome.action === "rejected" ? "pass" : outcome.action === "refused" ? "neutral" : "skipped";
  const summary = approveSummary(outcome);
  const lines = [headingLine({ status, title: TASK_TITLE, summary })];
  if (outcome.failure !== void 0) lines.push(`> \u26A0\uFE0F ${escapeText(outcome.failure, 1e3)}`);
  return {
    fragment: makeFragment({
      gate: "visual",
      status,
      title: TASK_TITLE,
      summary: summary.slice(0, 500),
      markdown: lines.join("\n\n"),
      metrics: {
        action: outcome.action,
        images: outcome.images ?? 0,
        groups: outcome.groups ?? 0
      },
      statusContext: "quality-gates/visual",
      ...outcome.sha ? { sha: outcome.sha } : {}
    }),
    onCommit: false,
    // No fragment artifact: a report workflow triggered by this run would read a visual result with no compare.
    uploadFragment: false,
    outputs: {
      "approval-action": outcome.action,
      changed: String(outcome.images ?? 0)
    },
    ...outcome.failure !== void 0 ? { failure: outcome.failure } : {},
    data: { task: "approve", outcome }
  };
}
function writeApproveJson(run, write) {
  const o = run.outcome;
  write(
    `${JSON.stringify({
      gate: "visual",
      task: "approve",
      action: o.action,
      ...o.reason !== void 0 ? { reason: o.reason } : {},
      ...o.pr !== void 0 ? { pr: o.pr } : {},
      ...o.sha !== void 0 ? { sha: o.sha } : {},
      ...o.images !== void 0 ? { images: o.images, groups: o.groups ?? 0 } : {}
    })}
`
  );
}
function humanApprove(run) {
  return `${approveSummary(run.outcome).replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}
`;
}
var CLAIM_PENDING = "approval-pending";
var CLAIM_UNEXCUSABLE = "approval-unexcusable";
var CLAIM_FINGERPRINTS = "approval-fingerprints-";
var CLAIM_CHUNK = 1e3;
function approvalClaimMetrics(failing) {
  const approvable = (i) => (i.status === "changed" || i.status === "size-changed") && i.fingerprint !== void 0;
  const fingerprints = [...new Set(failing.filter(approvable).map((i) => i.fingerprint))].sort();
  const out = {
    [CLAIM_PENDING]: fingerprints.length,
    [CLAIM_UNEXCUSABLE]: failing.filter((i) => !approvable(i)).length
  };
  if (fingerprints.length === 0 || fingerprints.length > MAX_GROUPS) return out;
  let chunk = "";
  let n = 0;
  for (const f of fingerprints) {
    if (chunk !== "" && chunk.length + 1 + f.length > CLAIM_CHUNK) {
      out[`${CLAIM_FINGERPRINTS}${++n}`] = chunk;
      chunk = "";
    }
    chunk = chunk === "" ? f : `${chunk} ${f}`;
  }
  out[`${CLAIM_FINGERPRINTS}${++n}`] = chunk;
  return out;
}
function approvalClaim(fragment) {
  if (fragment.status !== "fail" || fragment.noResult === true) return void 0;
  const m = fragment.metrics;
  const pending = m[CLAIM_PENDING];
  if (typeof pending !== "number" || !Number.isSafeInteger(pending) || pending < 1 || pending > MAX_GROUPS)
    return void 0;
  if (m[CLAIM_UNEXCUSABLE] !== 0) return void 0;
  const listed = /* @__PURE__ */ new Set();
  for (let n = 1; n <= MAX_GROUPS; n++) {
    const chunk = m[`${CLAIM_FINGERPRINTS}${n}`];
    if (chunk === void 0) break;
    if (typeof chunk !== "string") return void 0;
    for (const f of chunk.split(" ")) {
      if (!isFingerprint(f)) return void 0;
      listed.add(f);
    }
  }
  return listed.size === pending ? [...listed].sort() : void 0;
}

export {
  diffFingerprint,
  pendingFromImages,
  excusedImages,
  recordPending,
  readApprovers,
  APPROVE_SETTINGS,
  approveTask,
  approveResult,
  writeApproveJson,
  humanApprove,
  approvalClaimMetrics,
  approvalClaim
};
//# sourceMappingURL=chunk-BDFA5H5V.js.map
