import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  UserError,
  oneLine
} from "./chunk-KSCSTK54.js";

// src/perf/k6-version.ts
var K6_DEFAULT_VERSION = "2.2.0";
var FIRST_SUPPORTED = [0, 33, 0];
var MAX_VERSION_LENGTH = 64;
var SEMVER = /^v?(\d{1,6})\.(\d{1,6})\.(\d{1,6})(-[0-9A-Za-z.-]{1,40})?$/;
function normalizeK6Version(input) {
  const text = input.trim();
  if (/^latest$/i.test(text)) {
    throw new UserError(
      `k6 version "latest" is not accepted: pin a version (e.g. ${K6_DEFAULT_VERSION}) so every run tests with the same k6`
    );
  }
  const m = text.length <= MAX_VERSION_LENGTH ? SEMVER.exec(text) : null;
  if (!m) {
    throw new UserError(
      `k6 version ${JSON.stringify(oneLine(text, 80))} is not a version like ${K6_DEFAULT_VERSION}`
    );
  }
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  const diff = parts.map((p, i) => p - (FIRST_SUPPORTED[i] ?? 0)).find((d) => d !== 0) ?? 0;
  if (diff < 0) {
    throw new UserError(
      `k6 version ${text}: releases before ${FIRST_SUPPORTED.join(".")} use other asset names and are not supported`
    );
  }
  return `${parts.join(".")}${m[4] ?? ""}`;
}

export {
  K6_DEFAULT_VERSION,
  normalizeK6Version
};
//# sourceMappingURL=chunk-2ESKVKL4.js.map
