import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-CDC4UBA4.js";
import {
  UserError
} from "./chunk-KSCSTK54.js";
import {
  __toESM
} from "./chunk-TUMT2DHA.js";

// src/visual/options.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var DEFAULT_OPTIONS = Object.freeze({
  threshold: 0.1,
  includeAA: false,
  alpha: 0.1,
  maxDiffPixels: null,
  maxDiffRatio: null,
  subtleThreshold: 0.02,
  ignore: [],
  mask: null
});
var MAX_REGIONS = 1e3;
var MAX_OVERRIDES = 1e3;
function unit(where, key, v) {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1)
    throw new UserError(`${where}: ${key} must be a number from 0 to 1, got ${JSON.stringify(v)}`);
  return v;
}
function count(where, key, v) {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0)
    throw new UserError(`${where}: ${key} must be a whole number \u2265 0, got ${JSON.stringify(v)}`);
  return v;
}
function region(where, v) {
  const r = v;
  if (!r || typeof r !== "object")
    throw new UserError(`${where}: an ignore region must be {x, y, width, height}`);
  return {
    x: count(where, "ignore x", r.x),
    y: count(where, "ignore y", r.y),
    width: count(where, "ignore width", r.width),
    height: count(where, "ignore height", r.height)
  };
}
function validatePartial(where, p, extra = []) {
  const out = {};
  for (const [key, v] of Object.entries(p)) {
    if (v === void 0 || extra.includes(key)) continue;
    switch (key) {
      case "threshold":
        out.threshold = unit(where, key, v);
        break;
      case "alpha":
        out.alpha = unit(where, key, v);
        break;
      case "includeAA":
        if (typeof v !== "boolean") throw new UserError(`${where}: includeAA must be true or false`);
        out.includeAA = v;
        break;
      case "maxDiffPixels":
        out.maxDiffPixels = v === null ? null : count(where, key, v);
        break;
      case "maxDiffRatio":
        out.maxDiffRatio = v === null ? null : unit(where, key, v);
        break;
      case "subtleThreshold":
        out.subtleThreshold = v === null ? null : unit(where, key, v);
        break;
      case "ignore":
        if (!Array.isArray(v) || v.length > MAX_REGIONS)
          throw new UserError(`${where}: ignore must be a list of at most ${MAX_REGIONS} regions`);
        out.ignore = v.map((r) => region(where, r));
        break;
      case "mask":
        if (v !== null && (typeof v !== "string" || v.length === 0 || v.includes("\0")))
          throw new UserError(`${where}: mask must be the path of a PNG`);
        out.mask = v;
        break;
      default:
        throw new UserError(`${where}: unknown option "${key}"`);
    }
  }
  return out;
}
function optionsResolver(spec = {}) {
  const { overrides = [], ...base } = spec;
  const defaults = { ...DEFAULT_OPTIONS, ...validatePartial("visual options", base) };
  if (!Array.isArray(overrides) || overrides.length > MAX_OVERRIDES)
    throw new UserError(`visual options: overrides must be a list of at most ${MAX_OVERRIDES}`);
  const rules = overrides.map((o, i) => {
    const where = `visual options override ${i + 1}`;
    const globs = typeof o.match === "string" ? [o.match] : o.match;
    if (!Array.isArray(globs) || globs.length === 0 || !globs.every((g) => typeof g === "string" && g.length > 0))
      throw new UserError(`${where}: match must be a glob or a list of globs`);
    return {
      test: (0, import_picomatch.default)(globs, { dot: true }),
      options: validatePartial(where, o, ["match"])
    };
  });
  return (name) => {
    let o = defaults;
    for (const r of rules) if (r.test(name)) o = { ...o, ...r.options };
    return o;
  };
}
function allowedPixels(o, area) {
  let allowed = Number.MAX_SAFE_INTEGER;
  if (o.maxDiffPixels !== null) allowed = Math.min(allowed, o.maxDiffPixels);
  if (o.maxDiffRatio !== null) allowed = Math.min(allowed, Math.floor(o.maxDiffRatio * area));
  return allowed === Number.MAX_SAFE_INTEGER ? 0 : allowed;
}

export {
  DEFAULT_OPTIONS,
  validatePartial,
  optionsResolver,
  allowedPixels
};
//# sourceMappingURL=chunk-54Y66FH4.js.map
