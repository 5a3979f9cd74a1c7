import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  UserError,
  oneLine
} from "./chunk-XW4BQXO4.js";
import {
  RequestError
} from "./chunk-Y2PPTHBY.js";

// src/shared/github.ts
function rateLimitOf(e, nowMs = Date.now()) {
  const err = e;
  const status = typeof err?.status === "number" ? err.status : err?.response?.status;
  if (status !== 403 && status !== 429 || !err.response) return void 0;
  const headers = err.response.headers ?? {};
  const header = (name) => headers[name] === void 0 ? void 0 : String(headers[name]);
  const primary = header("x-ratelimit-remaining") === "0";
  const resetSec = Number(header("x-ratelimit-reset"));
  const resetAt = primary && Number.isSafeInteger(resetSec) && resetSec > 0 ? new Date(resetSec * 1e3) : void 0;
  const retryAfterSeconds = parseRetryAfter(header("retry-after"), nowMs);
  const message = gitHubMessage(e);
  const signalled = primary || retryAfterSeconds !== void 0 || status === 429 || /\brate limit|abuse detection/i.test(message);
  if (!signalled) return void 0;
  const waits = [];
  if (retryAfterSeconds !== void 0) waits.push(retryAfterSeconds * 1e3);
  if (resetAt) waits.push(Math.max(0, resetAt.getTime() - nowMs) + 1e3);
  return {
    kind: primary ? "primary" : "secondary",
    ...resetAt ? { resetAt } : {},
    ...retryAfterSeconds !== void 0 ? { retryAfterSeconds } : {},
    ...waits.length > 0 ? { waitMs: Math.max(...waits) } : {}
  };
}
function parseRetryAfter(value, nowMs) {
  if (value === void 0) return void 0;
  const v = value.trim();
  if (/^\d{1,9}$/.test(v)) return Number(v);
  if (v.length > 64) return void 0;
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1e3)) : void 0;
}
var RateLimitError = class extends RequestError {
  rateLimit;
  constructor(cause, rateLimit, what) {
    super(rateLimitText(rateLimit, what), cause.status, {
      request: cause.request,
      ...cause.response ? { response: cause.response } : {}
    });
    this.rateLimit = rateLimit;
  }
};
function rateLimitText(r, what) {
  const when = r.resetAt !== void 0 ? `resets at ${isoSeconds(r.resetAt)}${r.inSeconds !== void 0 ? `, in ${r.inSeconds} s` : ""}` : r.inSeconds !== void 0 ? `retry after ${r.inSeconds} s` : "GitHub gave no reset time";
  const why = r.reason === "beyond-bound" ? `longer than the ${r.boundSeconds} s this step may wait${r.waitedSeconds > 0 ? ` (already waited ${r.waitedSeconds} s)` : ""}; not waiting` : `still limited after ${r.retries} retries (waited ${r.waitedSeconds} s)`;
  return `GitHub ${r.kind === "primary" ? "rate limit" : "secondary rate limit"} on ${what}: ${when}; ${why}`;
}
function isoSeconds(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function describeNetworkError(error) {
  const e = error;
  const timeouts = ["AbortError", "TimeoutError"];
  if (timeouts.includes(String(e.name)) || timeouts.includes(String(e.cause?.name))) return "timed out";
  const text = [e.cause?.code, e.cause?.message, e.message].find((x) => typeof x === "string" && x.length > 0);
  return oneLine(typeof text === "string" ? text : "network error", 120);
}
function pathOf(url) {
  if (!url) return "?";
  try {
    const u = new URL(url, "http://github.invalid");
    return u.pathname;
  } catch {
    return url;
  }
}
function classifyApiError(e) {
  if (typeof e !== "object" || e === null) return { kind: "other", message: oneLine(String(e), 300) };
  const err = e;
  const isApi = "status" in err && "request" in err;
  if (!isApi) {
    const reason = describeNetworkError(e);
    const net = /timed out|ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|UND_ERR|socket|fetch failed/i.test(
      reason
    );
    return net ? { kind: "network", message: `network: no response from GitHub (${reason})` } : { kind: "other", message: oneLine(e instanceof Error ? e.message : String(e), 300) };
  }
  const status = typeof err.status === "number" ? err.status : void 0;
  if (err.response === void 0) {
    const text = gitHubMessage(e);
    return {
      kind: "network",
      message: `network: ${/^no response/.test(text) ? text : `no response from GitHub (${text})`}`
    };
  }
  const github = gitHubMessage(e);
  const withGitHub = (s) => github ? `${s}: ${github}` : s;
  const limit = e instanceof RateLimitError ? e.rateLimit : rateLimitOf(e);
  if (limit) {
    const extra = e instanceof RateLimitError ? e.rateLimit : void 0;
    const parts = [];
    if (limit.resetAt) parts.push(`resets at ${isoSeconds(limit.resetAt)}`);
    else if (limit.retryAfterSeconds !== void 0) parts.push(`retry after ${limit.retryAfterSeconds} s`);
    if (extra?.reason === "beyond-bound") parts.push(`over the ${extra.boundSeconds} s this step may wait`);
    if (extra?.reason === "retries-exhausted") parts.push(`still limited after ${extra.retries} retries`);
    const name = limit.kind === "primary" ? "rate limit" : "secondary rate limit";
    return {
      kind: "rate-limit",
      message: withGitHub(parts.length > 0 ? `${name} (${parts.join("; ")})` : name),
      ...status !== void 0 ? { status } : {},
      ...limit.resetAt ? { resetAt: limit.resetAt } : {},
      ...limit.retryAfterSeconds !== void 0 ? { retryAfterSeconds: limit.retryAfterSeconds } : {}
    };
  }
  const method = (err.request?.method ?? "GET").toUpperCase();
  const path = pathOf(err.request?.url);
  if (status === 401)
    return {
      kind: "permission",
      message: withGitHub("permission: the token was rejected (401, invalid or expired)"),
      status
    };
  if (status === 403)
    return {
      kind: "permission",
      message: `permission: the token lacks ${scopeHint(method, path)} (403${github ? `: ${github}` : ""})`,
      status
    };
  if (status === 404)
    return {
      kind: "not-found",
      message: withGitHub("not found (404; it does not exist, or the token cannot see it)"),
      status
    };
  if (status !== void 0 && status >= 500)
    return { kind: "outage", message: withGitHub(`GitHub outage (${status})`), status };
  return {
    kind: "other",
    message: withGitHub(`HTTP ${status ?? "?"}`),
    ...status !== void 0 ? { status } : {}
  };
}
function scopeHint(method, path) {
  const write = method !== "GET" && method !== "HEAD";
  const rw = (scope) => `${scope}: ${write ? "write" : "read"}`;
  if (/\/issues\/(?:\d+\/)?comments\b|\/issues\/comments\//.test(path))
    return write ? "pull-requests: write (or issues: write)" : "pull-requests: read";
  if (/\/statuses\/|\/commits\/[^/]+\/status/.test(path)) return rw("statuses");
  if (/\/check-runs|\/check-suites/.test(path))
    return write ? "checks: write; check runs need the workflow's GITHUB_TOKEN or a GitHub App token, not a personal token" : "checks: read";
  if (/\/actions\//.test(path)) return rw("actions");
  if (/\/pulls\b/.test(path)) return rw("pull-requests");
  if (/\/git\/|\/contents\/|\/compare\/|\/commits\b/.test(path)) return rw("contents");
  return write ? "write permission for this call" : "read permission for this call";
}
function gitHubMessage(e) {
  const err = e;
  const data = err?.response?.data;
  let message = typeof data?.message === "string" ? data.message : typeof err?.message === "string" ? err.message : "";
  if (Array.isArray(data?.errors) && data.errors.length > 0) {
    const details = data.errors.map(
      (x) => typeof x === "object" && x !== null && "message" in x ? String(x.message) : JSON.stringify(x)
    ).join("; ");
    message = `${message}: ${details}`;
  }
  return oneLine(message, 300);
}
function describeApiError(e) {
  if (e instanceof RequestError || typeof e === "object" && e !== null && "status" in e && "request" in e) {
    const err = e;
    const method = err.request?.method ?? "?";
    const path = pathOf(err.request?.url);
    return oneLine(`GitHub API ${method} ${path} failed: ${classifyApiError(e).message}`);
  }
  if (e instanceof Error) return oneLine(`GitHub API call failed: ${e.message}`);
  return oneLine(`GitHub API call failed: ${String(e)}`);
}
async function resolvePullRequest(eventName, payload, repo, octokit, options = {}) {
  const fullName = `${repo.owner}/${repo.repo}`;
  const bad = (what) => {
    throw new UserError(`${eventName} event payload: ${what}`);
  };
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pr = rec(payload.pull_request) ?? bad('missing "pull_request"');
      return fromPullObject(pr, fullName, bad);
    }
    case "merge_group": {
      const mg = rec(payload.merge_group) ?? bad('missing "merge_group"');
      const headRef = str(mg.head_ref) ?? bad('missing "merge_group.head_ref"');
      const m = /(?:^|\/)gh-readonly-queue\/(.+)\/pr-(\d+)-[0-9a-f]+$/.exec(headRef);
      if (!m)
        return bad(`merge_group.head_ref ${JSON.stringify(headRef.slice(0, 200))} is not a merge-queue ref`);
      const number = Number(m[2]);
      if (!Number.isSafeInteger(number) || number < 1) return bad(`bad PR number in ${headRef}`);
      return {
        number,
        headSha: sha(mg.head_sha) ?? bad('missing "merge_group.head_sha"'),
        baseSha: sha(mg.base_sha) ?? bad('missing "merge_group.base_sha"'),
        baseRef: (str(mg.base_ref) ?? m[1] ?? "").replace(/^refs\/heads\//, ""),
        headRepoFullName: fullName,
        isFork: false
      };
    }
    case "push": {
      if (!options.lookupPushPullRequest || !octokit) return void 0;
      const head = sha(payload.after);
      if (!head || /^0+$/.test(head)) return void 0;
      const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: head });
      const open = res.data.filter((p) => p.state === "open" && p.base.repo.full_name.toLowerCase() === fullName.toLowerCase()).sort((a, b) => a.number - b.number);
      const pr = open.find((p) => p.head.sha === head) ?? open[0];
      return pr ? fromPullObject(pr, fullName, bad) : void 0;
    }
    case "workflow_run": {
      const run = rec(payload.workflow_run) ?? bad('missing "workflow_run"');
      const headSha = sha(run.head_sha) ?? bad('missing "workflow_run.head_sha"');
      const baseRepoId = num(rec(payload.repository)?.id) ?? num(rec(run.repository)?.id);
      const headRepo = rec(run.head_repository);
      const headRepoFullName = str(headRepo?.full_name) ?? fullName;
      const isFork = num(headRepo?.id) !== void 0 && baseRepoId !== void 0 && num(headRepo?.id) !== baseRepoId || headRepoFullName.toLowerCase() !== fullName.toLowerCase();
      const listed = (Array.isArray(run.pull_requests) ? run.pull_requests : []).map(rec).filter((p) => p !== void 0).filter((p) => baseRepoId === void 0 || num(rec(rec(p.base)?.repo)?.id) === baseRepoId);
      const first = listed[0];
      if (first) {
        const base = rec(first.base) ?? bad('pull_requests[0] has no "base"');
        const number = num(first.number);
        if (number === void 0 || number < 1) return bad("pull_requests[0].number is not a PR number");
        return {
          number,
          headSha,
          baseSha: sha(base.sha) ?? bad("pull_requests[0].base.sha missing"),
          baseRef: str(base.ref) ?? bad("pull_requests[0].base.ref missing"),
          headRepoFullName,
          isFork
        };
      }
      if (!octokit) return void 0;
      const maxPages = options.maxPages ?? 10;
      const matches = [];
      for (let page = 1; page <= maxPages; page++) {
        const res = await octokit.rest.pulls.list({ ...repo, state: "open", per_page: 100, page });
        for (const p of res.data)
          if (p.head.sha === headSha) matches.push(p);
        if (res.data.length < 100) break;
      }
      if (matches.length === 0) return void 0;
      const headBranch = str(run.head_branch);
      const exact = matches.filter((p) => {
        const head = rec(p.head);
        return str(rec(head?.repo)?.full_name)?.toLowerCase() === headRepoFullName.toLowerCase() && (headBranch === void 0 || str(head?.ref) === headBranch);
      });
      const pick = (exact.length > 0 ? exact : matches).sort(
        (a, b) => (num(a.number) ?? 0) - (num(b.number) ?? 0)
      )[0];
      return pick ? fromPullObject(pick, fullName, bad) : void 0;
    }
    case "workflow_dispatch": {
      const number = options.dispatchPullNumber;
      if (number === void 0) return void 0;
      return dispatchPullRequest(number, repo, octokit, options.allowForkDispatch === true);
    }
    default:
      return void 0;
  }
}
async function dispatchPullRequest(number, repo, octokit, allowFork) {
  const fullName = `${repo.owner}/${repo.repo}`;
  const what = `pr ${number}`;
  if (!Number.isSafeInteger(number) || number < 1) throw new UserError(`${what}: not a pull request number`);
  if (!octokit) throw new UserError(`${what}: a manual run on a pull request needs a GitHub token`);
  let data;
  try {
    data = (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (e) {
    const status = e.status;
    if (status === 404) throw new UserError(`${what}: ${fullName} has no pull request #${number}`);
    throw new UserError(`${what}: cannot read pull request #${number} (${describeApiError(e)})`);
  }
  const baseRepo = rec(rec(data.base)?.repo);
  const baseName = str(baseRepo?.full_name);
  if (baseName === void 0 || baseName.toLowerCase() !== fullName.toLowerCase()) {
    throw new UserError(
      `${what}: pull request #${number} belongs to ${baseName ?? "another repository"}, not ${fullName}`
    );
  }
  if (data.state !== "open") {
    const merged = data.merged === true || str(data.merged_at) !== void 0;
    throw new UserError(
      `${what}: pull request #${number} is ${merged ? "merged" : "closed"}; a manual run gates open pull requests only`
    );
  }
  const pr = fromPullObject(data, fullName, (m) => {
    throw new UserError(`${what}: GET /pulls/${number} answered without ${m.replace(/^missing /, "")}`);
  });
  if (pr.isFork && !allowFork) {
    throw new UserError(
      `${what}: pull request #${number} comes from the fork ${pr.headRepoFullName}; a manual run has this repository's write token, so fork code is refused (set dispatch-fork-pr: allow only after reviewing its code)`
    );
  }
  return pr;
}
function fromPullObject(pr, fullName, bad) {
  const number = num(pr.number);
  if (number === void 0 || number < 1) return bad('"pull_request.number" is not a PR number');
  const head = rec(pr.head) ?? bad('missing "pull_request.head"');
  const base = rec(pr.base) ?? bad('missing "pull_request.base"');
  const headRepoFullName = str(rec(head.repo)?.full_name);
  const baseRepoFullName = str(rec(base.repo)?.full_name) ?? fullName;
  return {
    number,
    headSha: sha(head.sha) ?? bad('missing "pull_request.head.sha"'),
    baseSha: sha(base.sha) ?? bad('missing "pull_request.base.sha"'),
    baseRef: str(base.ref) ?? bad('missing "pull_request.base.ref"'),
    headRepoFullName: headRepoFullName ?? "(deleted fork)",
    isFork: headRepoFullName === void 0 || headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase()
  };
}
function rec(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function str(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isSafeInteger(v) ? v : void 0;
}
function sha(v) {
  return typeof v === "string" && /^[0-9a-f]{40}$/i.test(v) ? v.toLowerCase() : void 0;
}

export {
  rateLimitOf,
  RateLimitError,
  describeNetworkError,
  pathOf,
  classifyApiError,
  describeApiError,
  resolvePullRequest
};
//# sourceMappingURL=chunk-HX5UPTZB.js.map
