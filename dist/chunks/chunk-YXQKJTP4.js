import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  require_light,
  retry
} from "./chunk-TXHEUA3E.js";
import {
  RateLimitError,
  describeNetworkError,
  pathOf,
  rateLimitOf
} from "./chunk-HX5UPTZB.js";
import {
  UserError
} from "./chunk-XW4BQXO4.js";
import {
  Octokit,
  paginateRest,
  restEndpointMethods
} from "./chunk-GQ6HKKYI.js";
import {
  RequestError
} from "./chunk-Y2PPTHBY.js";
import {
  __toESM
} from "./chunk-7HUOYEXQ.js";

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/shared/octokit.ts
var DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300;
var SECONDARY_FALLBACK_SECONDS = 60;
var WRITE_RETRYABLE = /* @__PURE__ */ new Set([500, 502, 503]);
var PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
function transportFetch(env) {
  if (!PROXY_VARIABLES.some((name) => env[name])) return (input, init) => fetch(input, init);
  let proxied;
  return async (input, init) => {
    proxied ??= import("./utils-XA5ZA7SP.js").then(
      (m) => m.defaults.request?.fetch ?? fetch
    );
    return (await proxied)(input, init);
  };
}
function createOctokit(opts) {
  if (!opts.token)
    throw new UserError("GitHub token is empty: pass `github-token` (defaults to GITHUB_TOKEN)");
  const log = opts.log ?? (() => void 0);
  const retries = opts.retries ?? 3;
  const unit = opts.minRetryDelayMs ?? 1e3;
  const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  if (!Number.isFinite(maxWait) || maxWait < 0)
    throw new UserError(`maximum rate-limit wait must be a number of seconds \u2265 0, got ${maxWait}`);
  if (!Number.isSafeInteger(retries) || retries < 0)
    throw new UserError(`retries must be an integer \u2265 0, got ${retries}`);
  const timeoutMs = opts.requestTimeoutMs ?? 6e4;
  const baseFetch = transportFetch(process.env);
  const fetchWithTimeout = (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...init?.signal ? [init.signal] : []];
    return baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
  const orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  const GitHub = Octokit.plugin(
    restEndpointMethods,
    paginateRest,
    writeGuard(log),
    retry,
    throttling,
    rateLimitRetry({
      log,
      retries,
      maxWaitMs: maxWait * 1e3,
      now: opts.now ?? Date.now,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
    })
  );
  return new GitHub({
    auth: `token ${opts.token}`,
    baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    ...orchestrationId ? { userAgent: `actions_orchestration_id/${orchestrationId.replace(/[^a-z0-9_.-]/gi, "_")}` } : {},
    request: { fetch: fetchWithTimeout },
    log: {
      debug: () => void 0,
      info: () => void 0,
      warn: (m) => log(m),
      error: (m) => log(m)
    },
    retry: { retries, retryAfterBaseValue: unit },
    throttle: {
      // Duck-typed Bottleneck.Group: the plugin only calls `write.key(id).schedule(opts, fn)`.
      write: spacedQueue(opts.minWriteIntervalMs ?? 1e3),
      // Writes that notify (comments, \u2026) are spaced the same way (the plugin's default is 3 s apart).
      notifications: spacedQueue(opts.minWriteIntervalMs ?? 1e3),
      // Rate limits are retried by rateLimitRetry (outermost), with a bounded, injectable wait.
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false
    }
  });
}
function rateLimitRetry(cfg) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options) => {
      let waitedMs = 0;
      let guessed = 0;
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options);
        } catch (error) {
          const nowMs = cfg.now();
          const limit = rateLimitOf(error, nowMs);
          if (!limit || !(error instanceof RequestError)) throw error;
          const parsed = parseRequest(octokit, options);
          const what = `${parsed.method.toUpperCase()} ${pathOf(parsed.url)}`;
          const label = limit.kind === "primary" ? "rate limit" : "secondary rate limit";
          const waitMs = limit.waitMs ?? SECONDARY_FALLBACK_SECONDS * 1e3 * 2 ** Math.min(guessed++, 10);
          const inSeconds = Math.ceil(waitMs / 1e3);
          const info = {
            ...limit,
            inSeconds,
            waitedSeconds: Math.round(waitedMs / 1e3),
            boundSeconds: Math.round(cfg.maxWaitMs / 1e3),
            retries: cfg.retries
          };
          if (waitedMs + waitMs > cfg.maxWaitMs) {
            const e = new RateLimitError(error, { ...info, reason: "beyond-bound" }, what);
            cfg.log(e.message);
            throw e;
          }
          if (attempt >= cfg.retries) {
            const e = new RateLimitError(error, { ...info, reason: "retries-exhausted" }, what);
            cfg.log(e.message);
            throw e;
          }
          cfg.log(
            `GitHub ${label} on ${what}: retrying in ${inSeconds}s (retry ${attempt + 1}/${cfg.retries})`
          );
          await cfg.sleep(waitMs);
          waitedMs += waitMs;
        }
      }
    });
  };
}
function writeGuard(log) {
  return (octokit) => {
    octokit.hook.error("request", (error, opts) => {
      const options = opts;
      const parsed = parseRequest(octokit, options);
      const method = parsed.method.toUpperCase();
      const isWrite = method !== "GET" && method !== "HEAD";
      const e = error;
      const path = pathOf(parsed.url);
      if (e.response === void 0) {
        const reason = describeNetworkError(error);
        if (isWrite) {
          log(`${method} ${path}: no response (${reason}); not retried, the write may have been applied`);
          throw finalError(
            `no response from GitHub (${reason}); not retried because the write may have been applied`,
            500,
            parsed,
            void 0
          );
        }
        log(`${method} ${path}: no response (${reason})`);
        if (error instanceof RequestError) throw error;
        throw new RequestError(`no response from GitHub (${reason})`, 500, {
          request: { ...parsed, request: options.request }
        });
      }
      const status = typeof e.status === "number" ? e.status : 0;
      if (rateLimitOf(error) !== void 0)
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response);
      if (status >= 500) log(`${method} ${path}: GitHub answered ${status}`);
      if (isWrite && status >= 400 && !WRITE_RETRYABLE.has(status)) {
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response);
      }
      throw error;
    });
  };
}
function finalError(message, status, parsed, response) {
  return new RequestError(message, status, {
    request: { method: parsed.method, url: parsed.url, headers: {} },
    ...response ? { response } : {}
  });
}
function parseRequest(octokit, options) {
  try {
    const parsed = octokit.request.endpoint.parse(
      options
    );
    return { method: parsed.method, url: parsed.url };
  } catch {
    return { method: options.method ?? "GET", url: options.url ?? "" };
  }
}
function spacedQueue(gapMs) {
  let tail = Promise.resolve();
  let last = 0;
  const limiter = {
    schedule(...args) {
      const fnIndex = typeof args[0] === "function" ? 0 : 1;
      const fn = args[fnIndex];
      const rest = args.slice(fnIndex + 1);
      const run = tail.then(async () => {
        const wait = last + gapMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        last = Date.now();
        return fn(...rest);
      });
      tail = run.catch(() => void 0);
      return run;
    }
  };
  return { key: () => limiter };
}

export {
  transportFetch,
  createOctokit
};
//# sourceMappingURL=chunk-YXQKJTP4.js.map
