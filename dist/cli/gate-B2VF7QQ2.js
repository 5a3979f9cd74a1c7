import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  glob,
  isDynamicPattern
} from "./chunk-2DOMPNEA.js";
import {
  require_picomatch
} from "./chunk-CDC4UBA4.js";
import {
  saveBaselineText
} from "./chunk-3VOTSQGP.js";
import {
  BASELINE_MODE_SETTING,
  BASELINE_SETTINGS,
  REMOTE_DEFAULT_REFS,
  baselineMode,
  baselineOptions,
  createGit,
  cutTableRows,
  defineGate,
  deltaPp,
  deltaPpNumber,
  details,
  diffChangedLines,
  diffWorkTreeLines,
  dropWithin,
  escapeText,
  firstParentAncestors,
  headingLine,
  hostInputs,
  inlineCode,
  labelOf,
  makeFragment,
  mergeBase,
  mermaidXYChart,
  parseUnifiedDiff,
  percent,
  percentOf,
  ratioAtLeast,
  remoteDefaultBranch,
  revParse,
  runUrl,
  table,
  testedCommitBase,
  truncDecimal,
  untrackedChangedLines
} from "./chunk-N5A3YMF2.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TUMT2DHA.js";

// node_modules/istanbul-lib-coverage/lib/percent.js
var require_percent = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/percent.js"(exports, module) {
    "use strict";
    module.exports = function percent2(covered, total) {
      let tmp;
      if (total > 0) {
        tmp = 1e3 * 100 * covered / total;
        return Math.floor(tmp / 10) / 100;
      } else {
        return 100;
      }
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/data-properties.js
var require_data_properties = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/data-properties.js"(exports, module) {
    "use strict";
    module.exports = function dataProperties(klass, properties) {
      properties.forEach((p) => {
        Object.defineProperty(klass.prototype, p, {
          enumerable: true,
          get() {
            return this.data[p];
          }
        });
      });
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/coverage-summary.js
var require_coverage_summary = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/coverage-summary.js"(exports, module) {
    "use strict";
    var percent2 = require_percent();
    var dataProperties = require_data_properties();
    function blankSummary() {
      const empty = () => ({
        total: 0,
        covered: 0,
        skipped: 0,
        pct: "Unknown"
      });
      return {
        lines: empty(),
        statements: empty(),
        functions: empty(),
        branches: empty(),
        branchesTrue: empty()
      };
    }
    function assertValidSummary(obj) {
      const valid = obj && obj.lines && obj.statements && obj.functions && obj.branches;
      if (!valid) {
        throw new Error(
          "Invalid summary coverage object, missing keys, found:" + Object.keys(obj).join(",")
        );
      }
    }
    var CoverageSummary = class _CoverageSummary {
      /**
       * @constructor
       * @param {Object|CoverageSummary} [obj=undefined] an optional data object or
       * another coverage summary to initialize this object with.
       */
      constructor(obj) {
        if (!obj) {
          this.data = blankSummary();
        } else if (obj instanceof _CoverageSummary) {
          this.data = obj.data;
        } else {
          this.data = obj;
        }
        assertValidSummary(this.data);
      }
      /**
       * merges a second summary coverage object into this one
       * @param {CoverageSummary} obj - another coverage summary object
       */
      merge(obj) {
        const keys = [
          "lines",
          "statements",
          "branches",
          "functions",
          "branchesTrue"
        ];
        keys.forEach((key) => {
          if (obj[key]) {
            this[key].total += obj[key].total;
            this[key].covered += obj[key].covered;
            this[key].skipped += obj[key].skipped;
            this[key].pct = percent2(this[key].covered, this[key].total);
          }
        });
        return this;
      }
      /**
       * returns a POJO that is JSON serializable. May be used to get the raw
       * summary object.
       */
      toJSON() {
        return this.data;
      }
      /**
       * return true if summary has no lines of code
       */
      isEmpty() {
        return this.lines.total === 0;
      }
    };
    dataProperties(CoverageSummary, [
      "lines",
      "statements",
      "functions",
      "branches",
      "branchesTrue"
    ]);
    module.exports = {
      CoverageSummary
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/file-coverage.js
var require_file_coverage = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/file-coverage.js"(exports, module) {
    "use strict";
    var percent2 = require_percent();
    var dataProperties = require_data_properties();
    var { CoverageSummary } = require_coverage_summary();
    function emptyCoverage(filePath, reportLogic) {
      const cov = {
        path: filePath,
        statementMap: {},
        fnMap: {},
        branchMap: {},
        s: {},
        f: {},
        b: {}
      };
      if (reportLogic) cov.bT = {};
      return cov;
    }
    function assertValidObject(obj) {
      const valid = obj && obj.path && obj.statementMap && obj.fnMap && obj.branchMap && obj.s && obj.f && obj.b;
      if (!valid) {
        throw new Error(
          "Invalid file coverage object, missing keys, found:" + Object.keys(obj).join(",")
        );
      }
    }
    var keyFromLoc = ({ start, end }) => `${start.line}|${start.column}|${end.line}|${end.column}`;
    var isObj = (o) => !!o && typeof o === "object";
    var isLineCol = (o) => isObj(o) && typeof o.line === "number" && typeof o.column === "number";
    var isLoc = (o) => isObj(o) && isLineCol(o.start) && isLineCol(o.end);
    var getLoc = (o) => isLoc(o) ? o : isLoc(o.loc) ? o.loc : null;
    var findNearestContainer = (item, map) => {
      const itemLoc = getLoc(item);
      if (!itemLoc) return null;
      let nearestContainingItem = null;
      let containerDistance = null;
      let containerKey = null;
      for (const [i, mapItem] of Object.entries(map)) {
        const mapLoc = getLoc(mapItem);
        if (!mapLoc) continue;
        const distance = [
          itemLoc.start.line - mapLoc.start.line,
          itemLoc.start.column - mapLoc.start.column,
          mapLoc.end.line - itemLoc.end.line,
          mapLoc.end.column - itemLoc.end.column
        ];
        if (distance[0] < 0 || distance[2] < 0 || distance[0] === 0 && distance[1] < 0 || distance[2] === 0 && distance[3] < 0) {
          continue;
        }
        if (nearestContainingItem === null) {
          containerDistance = distance;
          nearestContainingItem = mapItem;
          containerKey = i;
          continue;
        }
        const closerBefore = distance[0] < containerDistance[0] || distance[0] === 0 && distance[1] < containerDistance[1];
        const closerAfter = distance[2] < containerDistance[2] || distance[2] === 0 && distance[3] < containerDistance[3];
        if (closerBefore || closerAfter) {
          containerDistance = distance;
          nearestContainingItem = mapItem;
          containerKey = i;
        }
      }
      return containerKey;
    };
    var addHits2 = (aHits, bHits) => {
      if (typeof aHits === "number" && typeof bHits === "number") {
        return aHits + bHits;
      } else if (Array.isArray(aHits) && Array.isArray(bHits)) {
        return aHits.map((a, i) => (a || 0) + (bHits[i] || 0));
      }
      return null;
    };
    var addNearestContainerHits = (item, itemHits, map, mapHits) => {
      const container = findNearestContainer(item, map);
      if (container) {
        return addHits2(itemHits, mapHits[container]);
      } else {
        return itemHits;
      }
    };
    var mergeProp = (aHits, aMap, bHits, bMap, itemKey = keyFromLoc) => {
      const aItems = {};
      for (const [key, itemHits] of Object.entries(aHits)) {
        const item = aMap[key];
        aItems[itemKey(item)] = [itemHits, item];
      }
      const bItems = {};
      for (const [key, itemHits] of Object.entries(bHits)) {
        const item = bMap[key];
        bItems[itemKey(item)] = [itemHits, item];
      }
      const mergedItems = {};
      for (const [key, aValue] of Object.entries(aItems)) {
        let aItemHits = aValue[0];
        const aItem = aValue[1];
        const bValue = bItems[key];
        if (!bValue) {
          aItemHits = addNearestContainerHits(aItem, aItemHits, bMap, bHits);
        } else {
          aItemHits = addHits2(aItemHits, bValue[0]);
        }
        mergedItems[key] = [aItemHits, aItem];
      }
      for (const [key, bValue] of Object.entries(bItems)) {
        let bItemHits = bValue[0];
        const bItem = bValue[1];
        if (mergedItems[key]) continue;
        bItemHits = addNearestContainerHits(bItem, bItemHits, aMap, aHits);
        mergedItems[key] = [bItemHits, bItem];
      }
      const hits = {};
      const map = {};
      Object.values(mergedItems).forEach(([itemHits, item], i) => {
        hits[i] = itemHits;
        map[i] = item;
      });
      return [hits, map];
    };
    var FileCoverage = class _FileCoverage {
      /**
       * @constructor
       * @param {Object|FileCoverage|String} pathOrObj is a string that initializes
       * and empty coverage object with the specified file path or a data object that
       * has all the required properties for a file coverage object.
       */
      constructor(pathOrObj, reportLogic = false) {
        if (!pathOrObj) {
          throw new Error(
            "Coverage must be initialized with a path or an object"
          );
        }
        if (typeof pathOrObj === "string") {
          this.data = emptyCoverage(pathOrObj, reportLogic);
        } else if (pathOrObj instanceof _FileCoverage) {
          this.data = pathOrObj.data;
        } else if (typeof pathOrObj === "object") {
          this.data = pathOrObj;
        } else {
          throw new Error("Invalid argument to coverage constructor");
        }
        assertValidObject(this.data);
      }
      /**
       * returns computed line coverage from statement coverage.
       * This is a map of hits keyed by line number in the source.
       */
      getLineCoverage() {
        const statementMap = this.data.statementMap;
        const statements = this.data.s;
        const lineMap = /* @__PURE__ */ Object.create(null);
        Object.entries(statements).forEach(([st, count]) => {
          if (!statementMap[st]) {
            return;
          }
          const { line } = statementMap[st].start;
          const prevVal = lineMap[line];
          if (prevVal === void 0 || prevVal < count) {
            lineMap[line] = count;
          }
        });
        return lineMap;
      }
      /**
       * returns an array of uncovered line numbers.
       * @returns {Array} an array of line numbers for which no hits have been
       *  collected.
       */
      getUncoveredLines() {
        const lc = this.getLineCoverage();
        const ret = [];
        Object.entries(lc).forEach(([l, hits]) => {
          if (hits === 0) {
            ret.push(l);
          }
        });
        return ret;
      }
      /**
       * returns a map of branch coverage by source line number.
       * @returns {Object} an object keyed by line number. Each object
       * has a `covered`, `total` and `coverage` (percentage) property.
       */
      getBranchCoverageByLine() {
        const branchMap = this.branchMap;
        const branches = this.b;
        const ret = {};
        Object.entries(branchMap).forEach(([k, map]) => {
          const line = map.line || map.loc.start.line;
          const branchData = branches[k];
          ret[line] = ret[line] || [];
          ret[line].push(...branchData);
        });
        Object.entries(ret).forEach(([k, dataArray]) => {
          const covered = dataArray.filter((item) => item > 0);
          const coverage = covered.length / dataArray.length * 100;
          ret[k] = {
            covered: covered.length,
            total: dataArray.length,
            coverage
          };
        });
        return ret;
      }
      /**
       * return a JSON-serializable POJO for this file coverage object
       */
      toJSON() {
        return this.data;
      }
      /**
       * merges a second coverage object into this one, updating hit counts
       * @param {FileCoverage} other - the coverage object to be merged into this one.
       *  Note that the other object should have the same structure as this one (same file).
       */
      merge(other) {
        if (other.all === true) {
          return;
        }
        if (this.all === true) {
          this.data = other.data;
          return;
        }
        let [hits, map] = mergeProp(
          this.s,
          this.statementMap,
          other.s,
          other.statementMap
        );
        this.data.s = hits;
        this.data.statementMap = map;
        const keyFromLocProp = (x) => keyFromLoc(x.loc);
        const keyFromLocationsProp = (x) => keyFromLoc(x.locations[0]);
        [hits, map] = mergeProp(
          this.f,
          this.fnMap,
          other.f,
          other.fnMap,
          keyFromLocProp
        );
        this.data.f = hits;
        this.data.fnMap = map;
        [hits, map] = mergeProp(
          this.b,
          this.branchMap,
          other.b,
          other.branchMap,
          keyFromLocationsProp
        );
        this.data.b = hits;
        this.data.branchMap = map;
        if (this.bT && other.bT) {
          [hits, map] = mergeProp(
            this.bT,
            this.branchMap,
            other.bT,
            other.branchMap,
            keyFromLocationsProp
          );
          this.data.bT = hits;
        }
      }
      computeSimpleTotals(property) {
        let stats = this[property];
        if (typeof stats === "function") {
          stats = stats.call(this);
        }
        const ret = {
          total: Object.keys(stats).length,
          covered: Object.values(stats).filter((v) => !!v).length,
          skipped: 0
        };
        ret.pct = percent2(ret.covered, ret.total);
        return ret;
      }
      computeBranchTotals(property) {
        const stats = this[property];
        const ret = { total: 0, covered: 0, skipped: 0 };
        Object.values(stats).forEach((branches) => {
          ret.covered += branches.filter((hits) => hits > 0).length;
          ret.total += branches.length;
        });
        ret.pct = percent2(ret.covered, ret.total);
        return ret;
      }
      /**
       * resets hit counts for all statements, functions and branches
       * in this coverage object resulting in zero coverage.
       */
      resetHits() {
        const statements = this.s;
        const functions = this.f;
        const branches = this.b;
        const branchesTrue = this.bT;
        Object.keys(statements).forEach((s) => {
          statements[s] = 0;
        });
        Object.keys(functions).forEach((f) => {
          functions[f] = 0;
        });
        Object.keys(branches).forEach((b) => {
          branches[b].fill(0);
        });
        if (branchesTrue) {
          Object.keys(branchesTrue).forEach((bT) => {
            branchesTrue[bT].fill(0);
          });
        }
      }
      /**
       * returns a CoverageSummary for this file coverage object
       * @returns {CoverageSummary}
       */
      toSummary() {
        const ret = {};
        ret.lines = this.computeSimpleTotals("getLineCoverage");
        ret.functions = this.computeSimpleTotals("f", "fnMap");
        ret.statements = this.computeSimpleTotals("s", "statementMap");
        ret.branches = this.computeBranchTotals("b");
        if (this.bT) {
          ret.branchesTrue = this.computeBranchTotals("bT");
        }
        return new CoverageSummary(ret);
      }
    };
    dataProperties(FileCoverage, [
      "path",
      "statementMap",
      "fnMap",
      "branchMap",
      "s",
      "f",
      "b",
      "bT",
      "all"
    ]);
    module.exports = {
      FileCoverage,
      // exported for testing
      findNearestContainer,
      addHits: addHits2,
      addNearestContainerHits
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/coverage-map.js
var require_coverage_map = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/coverage-map.js"(exports, module) {
    "use strict";
    var { FileCoverage } = require_file_coverage();
    var { CoverageSummary } = require_coverage_summary();
    function maybeConstruct(obj, klass) {
      if (obj instanceof klass) {
        return obj;
      }
      return new klass(obj);
    }
    function loadMap(source) {
      const data = /* @__PURE__ */ Object.create(null);
      if (!source) {
        return data;
      }
      Object.entries(source).forEach(([k, cov]) => {
        data[k] = maybeConstruct(cov, FileCoverage);
      });
      return data;
    }
    var CoverageMap = class _CoverageMap {
      /**
       * @constructor
       * @param {Object} [obj=undefined] obj A coverage map from which to initialize this
       * map's contents. This can be the raw global coverage object.
       */
      constructor(obj) {
        if (obj instanceof _CoverageMap) {
          this.data = obj.data;
        } else {
          this.data = loadMap(obj);
        }
      }
      /**
       * merges a second coverage map into this one
       * @param {CoverageMap} obj - a CoverageMap or its raw data. Coverage is merged
       *  correctly for the same files and additional file coverage keys are created
       *  as needed.
       */
      merge(obj) {
        const other = maybeConstruct(obj, _CoverageMap);
        Object.values(other.data).forEach((fc) => {
          this.addFileCoverage(fc);
        });
      }
      /**
       * filter the coveragemap based on the callback provided
       * @param {Function (filename)} callback - Returns true if the path
       *  should be included in the coveragemap. False if it should be
       *  removed.
       */
      filter(callback) {
        Object.keys(this.data).forEach((k) => {
          if (!callback(k)) {
            delete this.data[k];
          }
        });
      }
      /**
       * returns a JSON-serializable POJO for this coverage map
       * @returns {Object}
       */
      toJSON() {
        return this.data;
      }
      /**
       * returns an array for file paths for which this map has coverage
       * @returns {Array{string}} - array of files
       */
      files() {
        return Object.keys(this.data);
      }
      /**
       * returns the file coverage for the specified file.
       * @param {String} file
       * @returns {FileCoverage}
       */
      fileCoverageFor(file) {
        const fc = this.data[file];
        if (!fc) {
          throw new Error(`No file coverage available for: ${file}`);
        }
        return fc;
      }
      /**
       * adds a file coverage object to this map. If the path for the object,
       * already exists in the map, it is merged with the existing coverage
       * otherwise a new key is added to the map.
       * @param {FileCoverage} fc the file coverage to add
       */
      addFileCoverage(fc) {
        const cov = new FileCoverage(fc);
        const { path } = cov;
        if (this.data[path]) {
          this.data[path].merge(cov);
        } else {
          this.data[path] = cov;
        }
      }
      /**
       * returns the coverage summary for all the file coverage objects in this map.
       * @returns {CoverageSummary}
       */
      getCoverageSummary() {
        const ret = new CoverageSummary();
        Object.values(this.data).forEach((fc) => {
          ret.merge(fc.toSummary());
        });
        return ret;
      }
    };
    module.exports = {
      CoverageMap
    };
  }
});

// node_modules/istanbul-lib-coverage/index.js
var require_istanbul_lib_coverage = __commonJS({
  "node_modules/istanbul-lib-coverage/index.js"(exports, module) {
    "use strict";
    var { FileCoverage } = require_file_coverage();
    var { CoverageMap } = require_coverage_map();
    var { CoverageSummary } = require_coverage_summary();
    module.exports = {
      /**
       * creates a coverage summary object
       * @param {Object} obj an argument with the same semantics
       *  as the one passed to the `CoverageSummary` constructor
       * @returns {CoverageSummary}
       */
      createCoverageSummary(obj) {
        if (obj && obj instanceof CoverageSummary) {
          return obj;
        }
        return new CoverageSummary(obj);
      },
      /**
       * creates a CoverageMap object
       * @param {Object} obj optional - an argument with the same semantics
       *  as the one passed to the CoverageMap constructor.
       * @returns {CoverageMap}
       */
      createCoverageMap(obj) {
        if (obj && obj instanceof CoverageMap) {
          return obj;
        }
        return new CoverageMap(obj);
      },
      /**
       * creates a FileCoverage object
       * @param {Object} obj optional - an argument with the same semantics
       *  as the one passed to the FileCoverage constructor.
       * @returns {FileCoverage}
       */
      createFileCoverage(obj) {
        if (obj && obj instanceof FileCoverage) {
          return obj;
        }
        return new FileCoverage(obj);
      }
    };
    module.exports.classes = {
      /**
       * the file coverage constructor
       */
      FileCoverage
    };
  }
});

// src/coverage/gate.ts
import { readFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/coverage/badge.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/coverage/evaluate.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/coverage/patch.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var NO_LINE_HITS = "the report has no per-line hits";
function isLineCovered(line, partial) {
  if (line.hits <= 0) return false;
  if (partial === "hit") return true;
  return !isPartial(line);
}
function isPartial(line) {
  if (line.hits <= 0) return false;
  if (line.partial === true) return true;
  return line.branches !== void 0 && line.branches.covered < line.branches.total;
}
function patchCoverage(report, changed, opts) {
  const isSource = opts.sourceGlobs?.length ? (0, import_picomatch.default)(opts.sourceGlobs, { dot: true }) : void 0;
  const files = [];
  const missingData = [];
  let covered = 0;
  let total = 0;
  const unknown = [];
  for (const change of changed) {
    if (change.binary || change.added.length === 0) continue;
    const added = [...new Set(change.added)].filter((n) => Number.isSafeInteger(n) && n > 0).sort((a, b) => a - b);
    const file = report.files.get(change.path);
    if (!file) {
      missingData.push(change.path);
      if (isSource?.(change.path)) {
        files.push({
          path: change.path,
          covered: 0,
          total: added.length,
          uncoveredRanges: mergeRuns(added),
          partialLines: 0,
          missingData: true
        });
        total += added.length;
      }
      continue;
    }
    if (file.statedLines !== void 0) {
      unknown.push(change.path);
      continue;
    }
    let fileCovered = 0;
    let fileTotal = 0;
    let partialLines = 0;
    const ranges = [];
    let open2;
    let prevAdded = -1;
    for (const n of added) {
      if (open2 && n !== prevAdded + 1) open2 = void 0;
      prevAdded = n;
      const line = file.lines.get(n);
      if (!line) continue;
      fileTotal++;
      if (isPartial(line)) partialLines++;
      if (isLineCovered(line, opts.partial)) {
        fileCovered++;
        open2 = void 0;
      } else if (open2) {
        open2[1] = n;
      } else {
        open2 = [n, n];
        ranges.push(open2);
      }
    }
    if (fileTotal > 0) {
      files.push({ path: change.path, covered: fileCovered, total: fileTotal, uncoveredRanges: ranges, partialLines });
      covered += fileCovered;
      total += fileTotal;
    }
  }
  missingData.sort(cmp);
  if (unknown.length > 0) {
    unknown.sort(cmp);
    const shown = unknown.slice(0, 3).join(", ") + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : "");
    return {
      lines: null,
      unavailable: `${NO_LINE_HITS} for ${unknown.length} changed file(s): ${shown}`,
      files: [],
      missingData,
      partial: opts.partial
    };
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || cmp(a.path, b.path));
  return { lines: total === 0 ? null : { covered, total }, files, missingData, partial: opts.partial };
}
function mergeRuns(sorted) {
  const out = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
function newUncovered(patch) {
  return patch?.lines ? patch.lines.total - patch.lines.covered : 0;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/coverage/evaluate.ts
function formatPercent(r) {
  return r ? percent(r.covered, r.total) : "n/a";
}
function formatDeltaPp(head, base) {
  const d = deltaPp(head, base);
  if (d === null) return "n/a";
  if (d.num === 0n) return "\xB10.00";
  const sign = d.num < 0n ? "\u2212" : "+";
  const mag = truncDecimal(d, 2);
  return mag === "0.00" ? `${sign}<0.01` : `${sign}${mag}`;
}
function formatThreshold(n) {
  return String(n);
}
function pathRuleId(rule) {
  return `path ${rule.pattern} >= ${formatThreshold(rule.min)}`;
}
function pathRuleFiles(rule, files) {
  const match = (0, import_picomatch2.default)(rule.pattern, { dot: true });
  const hit = /* @__PURE__ */ new Map();
  const sum = { covered: 0, total: 0 };
  for (const [path, r] of files) {
    if (!match(path)) continue;
    hit.set(path, r);
    sum.covered += r.covered;
    sum.total += r.total;
  }
  return { hit, sum };
}
var EMPTY = { covered: 0, total: 0 };
function evaluate(input) {
  const { head, base, patch, rules } = input;
  const reasons = [];
  const notices = [];
  const failed = [];
  let neutral = false;
  const fail = (rule, text) => {
    failed.push(rule);
    reasons.push(`${rule}: ${text}`);
  };
  const projectLines = head.totals.lines;
  if (rules.minProject !== void 0) {
    if (projectLines.total === 0) {
      neutral = true;
      notices.push("min-project: the report has no coverable lines, so project coverage is n/a");
    } else if (!ratioAtLeast(projectLines, rules.minProject)) {
      fail(
        "min-project",
        `project line coverage ${formatPercent(projectLines)} (${projectLines.covered} of ${projectLines.total} lines) is below ${formatThreshold(rules.minProject)}%; most uncovered lines in ${topUncovered(head.files)}`
      );
    }
  }
  if (rules.maxDrop !== void 0) {
    if (!base) {
      const policy = rules.onMissingBaseline ?? "pass";
      const text = `no baseline coverage for the base commit, so the drop is not measured (on-missing-baseline: ${policy})`;
      if (policy === "fail") fail("max-drop", text);
      else {
        if (policy === "neutral") neutral = true;
        notices.push(`max-drop: ${text}`);
      }
    } else if (projectLines.total === 0 || base.totals.lines.total === 0) {
      notices.push("max-drop: the head or base report has no coverable lines, so the drop is n/a");
    } else if (!dropWithin(projectLines, base.totals.lines, rules.maxDrop)) {
      fail(
        "max-drop",
        `project line coverage changed ${formatDeltaPp(projectLines, base.totals.lines)} pp (${formatPercent(base.totals.lines)} \u2192 ${formatPercent(projectLines)}), more than the allowed drop of ${formatThreshold(rules.maxDrop)} pp; most new uncovered lines in ${topLost(head.files, base.files)}`
      );
    }
  }
  if (patch && patch.missingData.length > 0) {
    notices.push(
      `${patch.missingData.length} changed file(s) have no coverage data: ${listPaths(patch.missingData)}`
    );
  }
  if (rules.minPatch !== void 0) {
    if (!patch) notices.push("min-patch: no diff was given, so patch coverage is not measured");
    else if (patch.unavailable !== void 0) {
      neutral = true;
      notices.push(`min-patch: patch coverage is n/a: ${patch.unavailable}`);
    } else if (!patch.lines) notices.push("min-patch: no coverable lines were added, so patch coverage is n/a (pass)");
    else if (!ratioAtLeast(patch.lines, rules.minPatch)) {
      fail(
        "min-patch",
        `patch coverage ${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines) is below ${formatThreshold(rules.minPatch)}%; uncovered added lines in ${patchFiles(patch)}`
      );
    }
  }
  if (rules.maxNewUncovered !== void 0) {
    if (!patch) notices.push("max-new-uncovered: no diff was given, so new uncovered lines are not counted");
    else if (patch.unavailable !== void 0) {
      neutral = true;
      notices.push(`max-new-uncovered: new uncovered lines are not counted: ${patch.unavailable}`);
    } else {
      const n = newUncovered(patch);
      if (n > rules.maxNewUncovered) {
        fail(
          "max-new-uncovered",
          `${n} added line(s) are not covered, more than the allowed ${formatThreshold(rules.maxNewUncovered)}; in ${patchFiles(patch)}`
        );
      }
    }
  }
  for (const rule of rules.paths ?? []) {
    const { hit, sum } = pathRuleFiles(rule, head.files);
    const id = pathRuleId(rule);
    if (hit.size === 0 || sum.total === 0) {
      notices.push(`${id}: no coverable lines in files matching it (n/a)`);
    } else if (!ratioAtLeast(sum, rule.min)) {
      fail(
        id,
        `${formatPercent(sum)} (${sum.covered} of ${sum.total} lines in ${hit.size} file(s)) is below ${formatThreshold(rule.min)}%; most uncovered lines in ${topUncovered(hit)}`
      );
    }
  }
  const indirect = base ? indirectChanges(head.files, base.files, new Set(input.changedPaths ?? [])) : [];
  if (indirect.length > 0) {
    notices.push(
      `${indirect.length} file(s) outside the diff changed coverage (flaky tests or a stale baseline?): ${listPaths(indirect.map((i) => i.path))}`
    );
  }
  const wouldBe = failed.length > 0 ? "fail" : neutral ? "neutral" : "pass";
  let status = wouldBe;
  if (rules.informational && wouldBe !== "pass") {
    status = "pass";
    notices.push(`informational: the gate would have been ${wouldBe}; reporting only`);
  }
  return { status, reasons, notices, indirect, failed, wouldBe };
}
function indirectChanges(head, base, changed) {
  const out = [];
  const paths = /* @__PURE__ */ new Set([...head.keys(), ...base.keys()]);
  for (const path of paths) {
    if (changed.has(path)) continue;
    const h = head.get(path) ?? null;
    const b = base.get(path) ?? null;
    if (h && b && h.covered === b.covered && h.total === b.total) continue;
    out.push({ path, base: b, head: h });
  }
  const weight = (c) => Math.abs(uncovered(c.head ?? EMPTY) - uncovered(c.base ?? EMPTY)) + Math.abs((c.head ?? EMPTY).total - (c.base ?? EMPTY).total);
  return out.sort((a, b) => weight(b) - weight(a) || (a.path < b.path ? -1 : 1));
}
function uncovered(r) {
  return r.total - r.covered;
}
function listPaths(paths, max = 5) {
  const shown = paths.slice(0, max).join(", ");
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}
function topUncovered(files, max = 3) {
  const rows = [...files].filter(([, r]) => r.total > r.covered);
  rows.sort((a, b) => uncovered(b[1]) - uncovered(a[1]) || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return "(none)";
  return listPaths(
    rows.map(([p, r]) => `${p} (${uncovered(r)})`),
    max
  );
}
function topLost(head, base, max = 3) {
  const rows = [];
  for (const path of /* @__PURE__ */ new Set([...head.keys(), ...base.keys()])) {
    const d = uncovered(head.get(path) ?? EMPTY) - uncovered(base.get(path) ?? EMPTY);
    const lostCovered = (base.get(path) ?? EMPTY).covered - (head.get(path) ?? EMPTY).covered;
    const score = Math.max(d, lostCovered);
    if (score > 0) rows.push([path, score]);
  }
  rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return "(no single file: the total grew faster than its coverage)";
  const shown = rows.slice(0, max).map(([p, n]) => `${p} (+${n})`);
  return shown.join(", ") + (rows.length > max ? ` and ${rows.length - max} more` : "");
}
function patchFiles(patch, max = 3) {
  const rows = patch.files.filter((f) => f.total > f.covered);
  if (rows.length === 0) return "(none)";
  const shown = rows.slice(0, max).map((f) => {
    const ranges = f.uncoveredRanges.slice(0, 3).map(([s, e]) => s === e ? `L${s}` : `L${s}-L${e}`).join(", ");
    return `${f.path} (${ranges}${f.uncoveredRanges.length > 3 ? ", \u2026" : ""})`;
  });
  return shown.join(", ") + (rows.length > max ? ` and ${rows.length - max} more` : "");
}

// src/coverage/badge.ts
var DEFAULT_THRESHOLDS = [
  [90, "brightgreen"],
  [80, "green"],
  [70, "yellowgreen"],
  [60, "yellow"],
  [50, "orange"]
];
var HEX = {
  brightgreen: "#4c1",
  green: "#97ca00",
  yellowgreen: "#a4a61d",
  yellow: "#dfb317",
  orange: "#fe7d37",
  red: "#e05d44",
  lightgrey: "#9f9f9f"
};
function badgeColor(ratio2, thresholds = DEFAULT_THRESHOLDS) {
  if (!ratio2 || ratio2.total <= 0) return "lightgrey";
  for (const [min, color] of thresholds) if (ratioAtLeast(ratio2, min)) return color;
  return "red";
}
function shieldsEndpoint(input) {
  return {
    schemaVersion: 1,
    label: clip(input.label ?? "coverage"),
    message: formatPercent(input.ratio),
    color: badgeColor(input.ratio, input.thresholds),
    cacheSeconds: 300
  };
}
function badgeSvg(input) {
  const label = clip(input.label ?? "coverage");
  const message = formatPercent(input.ratio);
  const color = HEX[badgeColor(input.ratio, input.thresholds)];
  const lw = textWidth(label) + 10;
  const mw = textWidth(message) + 10;
  const w = lw + mw;
  const title = escapeXml(`${label}: ${message}`);
  const l = escapeXml(label);
  const m = escapeXml(message);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="15" fill="#010101" fill-opacity=".3">${l}</text><text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + mw / 2}" y="15" fill="#010101" fill-opacity=".3">${m}</text><text x="${lw + mw / 2}" y="14">${m}</text>`,
    `</g></svg>`,
    ""
  ].join("\n");
}
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}
function clip(label) {
  const flat = label.replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}\u2026` : flat || "coverage";
}
function textWidth(text) {
  let w = 0;
  for (const ch of text) {
    if ("ijlI.,:;!|' ".includes(ch)) w += 3.5;
    else if ("frt()[]/-".includes(ch)) w += 4.5;
    else if ("mwMW%@".includes(ch)) w += 10;
    else if (/[A-Z0-9]/.test(ch)) w += 7.5;
    else w += 6.5;
  }
  return Math.ceil(w);
}
async function writeBadgeFiles(svgPath, ratio2, label) {
  const json = `${svgPath.replace(/\.svg$/i, "")}.json`;
  await mkdir(dirname(svgPath), { recursive: true });
  const input = { ratio: ratio2, ...label !== void 0 ? { label } : {} };
  await writeFile(svgPath, badgeSvg(input));
  await writeFile(json, `${JSON.stringify(shieldsEndpoint(input))}
`);
  return { svg: svgPath, json };
}

// src/coverage/baseline-format.ts
import { createHash } from "node:crypto";

// src/coverage/history.ts
var TREND_WINDOW = 50;
function appendTrend(trend, point, max = TREND_WINDOW) {
  const rest = trend.filter((p) => p.sha !== point.sha);
  rest.push(point);
  return rest.slice(Math.max(0, rest.length - max));
}
function validateTrend(value, source, max = 1e3) {
  if (!Array.isArray(value)) throw new UserError(`${source}: "trend" must be an array`);
  if (value.length > max) throw new UserError(`${source}: "trend" has more than ${max} points`);
  return value.map((p, i) => {
    const bad = (what) => {
      throw new UserError(`${source}: trend point ${i}: ${what}`);
    };
    if (typeof p !== "object" || p === null) return bad("must be an object");
    const o = p;
    if (typeof o.sha !== "string" || !/^[0-9a-f]{7,64}$/.test(o.sha)) bad('"sha" must be a hex commit id');
    if (typeof o.date !== "string" || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date');
    const lines = o.lines;
    const covered = lines?.covered;
    const total = lines?.total;
    if (!isCount(covered) || !isCount(total) || covered > total)
      bad('"lines" must be {covered, total} with integers 0 \u2264 covered \u2264 total');
    return { sha: o.sha, date: o.date, lines: { covered, total } };
  });
}
function trendSeries(trend) {
  const points = trend.filter((p) => p.lines.total > 0);
  return {
    labels: points.map((p) => p.sha.slice(0, 7)),
    values: points.map((p) => Number(truncDecimal(percentOf(p.lines), 2)))
  };
}
function isCount(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

// src/coverage/baseline-format.ts
var BASELINE_SCHEMA = "quality-gates/coverage-baseline";
var BASELINE_VERSION = 1;
var PARSER_VERSION = 2;
var FORMATS = ["lcov", "istanbul", "cobertura", "jacoco", "clover", "go"];
function configHash(input) {
  const canonical = canonicalJson({ parserVersion: PARSER_VERSION, ...input });
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
function serializeBaseline(baseline) {
  const files = [];
  const paths = [...baseline.report.files.keys()].sort();
  for (const path of paths) {
    const f = baseline.report.files.get(path);
    const l = [];
    const b = [];
    const pl = [];
    for (const n of [...f.lines.keys()].sort((x, y) => x - y)) {
      const line = f.lines.get(n);
      l.push(n, line.hits);
      if (line.branches) b.push(n, line.branches.covered, line.branches.total);
      if (line.partial) pl.push(n);
    }
    const entry = { p: path, l };
    if (b.length) entry.b = b;
    if (pl.length) entry.pl = pl;
    if (f.functions) entry.fn = [f.functions.covered, f.functions.total];
    if (f.unattachedBranches) entry.ub = [f.unattachedBranches.covered, f.unattachedBranches.total];
    if (f.statedLines) entry.sl = [f.statedLines.covered, f.statedLines.total];
    files.push(entry);
  }
  return JSON.stringify({
    schema: BASELINE_SCHEMA,
    version: BASELINE_VERSION,
    ...baseline.meta,
    format: baseline.report.format,
    trend: baseline.trend,
    files
  });
}
function parseBaseline(text, source, opts = {}) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid coverage baseline: ${what}`);
  };
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail(`not JSON (${e.message.slice(0, 100)})`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return fail("expected a JSON object");
  const o = doc;
  if (o.schema !== BASELINE_SCHEMA) return fail(`"schema" must be "${BASELINE_SCHEMA}"`);
  if (o.version !== BASELINE_VERSION) {
    return fail(
      `unsupported version ${JSON.stringify(o.version)?.slice(0, 20)} (this tool reads version ${BASELINE_VERSION}; the baseline was written by a different quality-gates release \u2014 refresh it)`
    );
  }
  if (typeof o.sha !== "string" || !/^[0-9a-f]{7,64}$/.test(o.sha)) fail('"sha" must be a hex commit id');
  if (typeof o.configHash !== "string" || !/^[0-9a-f]{1,64}$/.test(o.configHash)) fail('"configHash" must be hex');
  if (typeof o.createdAt !== "string" || Number.isNaN(Date.parse(o.createdAt))) fail('"createdAt" must be an ISO date');
  if (o.toolVersion !== void 0 && (typeof o.toolVersion !== "string" || o.toolVersion.length > 100))
    fail('"toolVersion" must be a short string');
  if (!FORMATS.includes(o.format)) fail(`"format" must be one of ${FORMATS.join(", ")}`);
  const trend = validateTrend(o.trend ?? [], source);
  if (!Array.isArray(o.files)) return fail('"files" must be an array');
  const files = /* @__PURE__ */ new Map();
  o.files.forEach((raw, i) => {
    const bad = (what) => fail(`file ${i}: ${what}`);
    if (typeof raw !== "object" || raw === null) return bad("must be an object");
    const f = raw;
    const path = f.p;
    if (typeof path !== "string" || path.length === 0 || path.length > 4096 || path.includes("\0"))
      return bad('"p" must be a non-empty path');
    if (files.has(path)) bad(`duplicate path ${JSON.stringify(path.slice(0, 200))}`);
    const lines = /* @__PURE__ */ new Map();
    const l = counts(f.l, 2, () => bad('"l" must be [line, hits, \u2026] with non-negative integers'));
    for (let k = 0; k < l.length; k += 2) {
      const n = l[k];
      if (n < 1) bad(`line number ${n} is not \u2265 1`);
      lines.set(n, { hits: l[k + 1] });
    }
    if (f.b !== void 0) {
      const b = counts(f.b, 3, () => bad('"b" must be [line, covered, total, \u2026] with non-negative integers'));
      for (let k = 0; k < b.length; k += 3) {
        const line = lines.get(b[k]);
        const covered = b[k + 1];
        const total = b[k + 2];
        if (!line || covered > total) bad(`branch entry for line ${b[k]} is inconsistent`);
        line.branches = { covered, total };
      }
    }
    if (f.pl !== void 0) {
      for (const n of counts(f.pl, 1, () => bad('"pl" must be a list of line numbers'))) {
        const line = lines.get(n);
        if (!line) bad(`partial line ${n} has no hits entry`);
        line.partial = true;
      }
    }
    const file = { path, lines };
    if (f.fn !== void 0) {
      const fn = counts(f.fn, 2, () => bad('"fn" must be [covered, total]'));
      if (fn.length !== 2 || fn[0] > fn[1]) bad('"fn" must be [covered, total]');
      file.functions = { covered: fn[0], total: fn[1] };
    }
    if (f.ub !== void 0) {
      const ub = counts(f.ub, 2, () => bad('"ub" must be [covered, total]'));
      if (ub.length !== 2 || ub[0] > ub[1]) bad('"ub" must be [covered, total]');
      file.unattachedBranches = { covered: ub[0], total: ub[1] };
    }
    if (f.sl !== void 0) {
      const sl = counts(f.sl, 2, () => bad('"sl" must be [covered, total]'));
      if (sl.length !== 2 || sl[0] > sl[1]) bad('"sl" must be [covered, total]');
      file.statedLines = { covered: sl[0], total: sl[1] };
    }
    files.set(path, file);
  });
  const meta = {
    sha: o.sha,
    configHash: o.configHash,
    createdAt: o.createdAt,
    ...o.toolVersion !== void 0 ? { toolVersion: o.toolVersion } : {}
  };
  const notices = [];
  if (opts.expectedConfigHash !== void 0 && opts.expectedConfigHash !== meta.configHash) {
    notices.push(
      `the baseline from ${meta.sha.slice(0, 7)} was made with different coverage options or parser version (config ${meta.configHash} \u2260 ${opts.expectedConfigHash}); the project delta may not be comparable`
    );
  }
  return { meta, report: { format: o.format, source, files }, trend, notices };
}
function counts(v, stride, bad) {
  if (!Array.isArray(v) || v.length % stride !== 0) return bad();
  for (const n of v) if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) bad();
  return v;
}
function canonicalJson(v) {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v).filter(([, x]) => x !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

// src/coverage/filter.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
function pathMatcher(filter) {
  const opts = { dot: true };
  const inc = filter.include.length ? (0, import_picomatch3.default)(filter.include, opts) : () => true;
  const exc = filter.exclude.length ? (0, import_picomatch3.default)(filter.exclude, opts) : () => false;
  return (path) => inc(path) && !exc(path);
}
function filterReport(report, filter) {
  if (filter.include.length === 0 && filter.exclude.length === 0) return report;
  const keep = pathMatcher(filter);
  const files = new Map([...report.files].filter(([path]) => keep(path)));
  const { producerTotals: _dropped, ...rest } = report;
  return { ...rest, files };
}
function showGlobs(globs) {
  const shown = globs.slice(0, 3).map((g) => `'${g.slice(0, 80)}'`);
  return shown.join(", ") + (globs.length > 3 ? ` and ${globs.length - 3} more` : "");
}
function nothingLeft(report, filtered, filter, reportCount, label) {
  const total = report.files.size;
  if (filtered.files.size > 0 || total === 0) return void 0;
  if (filter.include.length === 0 && filter.exclude.length === 0) return void 0;
  const where = `the ${total} file${total === 1 ? "" : "s"} in the ${reportCount > 1 ? `${reportCount} reports` : "report"}`;
  const inc = filter.include.length ? (0, import_picomatch3.default)(filter.include, { dot: true }) : void 0;
  const included = inc ? [...report.files.keys()].filter((p) => inc(p)).length : total;
  if (included === 0) {
    return `${label("include")} ${showGlobs(filter.include)} matched none of ${where}: nothing to measure (neutral)`;
  }
  const which = inc ? `the ${included} file${included === 1 ? "" : "s"} ${label("include")} kept` : where;
  return `${label("exclude")} ${showGlobs(filter.exclude)} left out all of ${which}: nothing to measure (neutral)`;
}
function unmatchedIncludes(report, filter) {
  if (filter.include.length < 2) return [];
  const paths = [...report.files.keys()];
  return filter.include.filter((glob2) => {
    const match = (0, import_picomatch3.default)(glob2, { dot: true });
    return !paths.some((p) => match(p));
  });
}

// src/coverage/load.ts
import { isAbsolute, relative, resolve } from "node:path";

// src/coverage/model.ts
var MAX_HITS = Number.MAX_SAFE_INTEGER;
function clampHits(n) {
  return n > MAX_HITS ? MAX_HITS : n;
}

// src/coverage/parse/linemap.ts
var ABSENT = -1;
var IN_SPARSE = -2;
var IN_BRANCH = -3;
var BRANCH_ENTRY = 4;
var BRANCH_MAX = 2 ** 30 - 1;
var MAX_DENSE = 1 << 22;
var SHARED_MAX = 4096;
var shared = [];
for (let h = 0; h < SHARED_MAX; h++) shared.push(Object.freeze({ hits: h }));
function plainRecord(hits) {
  return hits < SHARED_MAX && hits >= 0 && Number.isInteger(hits) ? shared[hits] : Object.freeze({ hits });
}
var EMPTY2 = new Int32Array(0);
var NO_RECORDS = /* @__PURE__ */ new Map();
var INT_MAX = 2147483647;
var SLAB_INTS = 1 << 18;
var SLAB_MAX_INTS = 4096;
var Int32Slabs = class {
  slab = new Int32Array(0);
  used = 0;
  /** Room for n ints (zeroed): a region of the current slab for small n, else an array of its own. */
  alloc(n) {
    if (n > SLAB_MAX_INTS) return { array: new Int32Array(n), offset: 0 };
    if (this.used + n > this.slab.length) {
      this.slab = new Int32Array(SLAB_INTS);
      this.used = 0;
    }
    const region = { array: this.slab, offset: this.used };
    this.used += n;
    return region;
  }
};
var slabs = new Int32Slabs();
function smallInt(n) {
  return Number.isInteger(n) && n >= 0 && n <= BRANCH_MAX;
}
function dense(line) {
  return Number.isInteger(line) && line >= 0 && line < MAX_DENSE;
}
var LineMap = class {
  /**
   * Hit counts by line, for plain records: line L at lineHits[lineHitsOffset + L], for L < lineHitsLength
   * (ABSENT = no record; IN_SPARSE / IN_BRANCH = the record is kept elsewhere).
   */
  lineHits = EMPTY2;
  lineHitsOffset = 0;
  lineHitsLength = 0;
  count = 0;
  maxLine = -1;
  /**
   * Branch records of dense lines, sorted by line: [line, hits, covered, total] per entry (BRANCH_ENTRY
   * ints), at branchTable[branchOffset\u2026]; room for branchCapacity ints, branchCount entries used.
   */
  branchTable = EMPTY2;
  branchOffset = 0;
  branchCapacity = 0;
  branchCount = 0;
  /**
   * Scratch for a parser filling this map (the LCOV parser keeps the index of the file's first block
   * here, which is cheaper than a Map keyed by file objects); -1 when unused.
   */
  parserTag = -1;
  /** Records not held in the typed arrays (other flags, big counts, out-of-range lines); made on first use. */
  sparse;
  /**
   * Plain dense records (lines, lines with hits > 0) as adoptSorted/adoptDense counted them, so `tally`
   * need not loop over them; plainLines -1 = not known (any later change).
   */
  plainLines = -1;
  plainCovered = 0;
  constructor(entries) {
    if (entries != null) for (const [k, v] of entries) this.set(k, v);
  }
  grow(line) {
    let cap = Math.max(64, this.lineHitsLength * 2);
    while (cap <= line) cap *= 2;
    cap = Math.min(cap, MAX_DENSE);
    const next = this.lineHits instanceof Int32Array ? new Int32Array(cap) : new Float64Array(cap);
    next.set(this.lineHits.subarray(this.lineHitsOffset, this.lineHitsOffset + this.lineHitsLength));
    next.fill(ABSENT, this.lineHitsLength);
    this.lineHits = next;
    this.lineHitsOffset = 0;
    this.lineHitsLength = cap;
  }
  /** Hit-count store for lines 0\u2026max from the shared slabs (Int32) or of its own (Float64). */
  place(max, big) {
    if (big) {
      this.lineHits = new Float64Array(max + 1);
      this.lineHitsOffset = 0;
    } else {
      const region = slabs.alloc(max + 1);
      this.lineHits = region.array;
      this.lineHitsOffset = region.offset;
    }
    this.lineHitsLength = max + 1;
  }
  /**
   * Parser fast path for an EMPTY map: take `n` plain records (strictly increasing line numbers in
   * `lines`, hit counts in `hits`) with one exactly-sized allocation.
   */
  adoptSorted(lines, hits, n) {
    if (this.count !== 0 || n === 0) {
      for (let k = 0; k < n; k++) this.setHits(lines[k], hits[k]);
      return;
    }
    const max = lines[n - 1];
    if (!dense(max)) {
      for (let k = 0; k < n; k++) this.setHits(lines[k], hits[k]);
      return;
    }
    let big = false;
    let covered = 0;
    for (let k = 0; k < n; k++) {
      const v = hits[k];
      if (v > INT_MAX) big = true;
      if (v > 0) covered++;
    }
    this.place(max, big);
    const store = this.lineHits;
    const off = this.lineHitsOffset;
    if (max + 1 === n + 1) store[off] = ABSENT;
    else store.fill(ABSENT, off, off + max + 1);
    for (let k = 0; k < n; k++) store[off + lines[k]] = hits[k];
    this.count = n;
    this.maxLine = max;
    this.plainLines = n;
    this.plainCovered = covered;
  }
  /**
   * Parser fast path: take the records of `d[1\u2026max]` (hit counts, -1 = no record; `n` records, `covered`
   * of them with hits > 0). An EMPTY map copies them with one allocation; otherwise they are set one by one.
   */
  adoptDense(d, max, n, covered) {
    if (this.count !== 0 || !dense(max)) {
      for (let i = 1; i <= max; i++) {
        const v = d[i];
        if (v >= 0) this.setHits(i, v);
      }
      return;
    }
    this.place(max, false);
    this.lineHits.set(d.subarray(0, max + 1), this.lineHitsOffset);
    this.count = n;
    this.maxLine = max;
    this.plainLines = n;
    this.plainCovered = covered;
  }
  /** Int32 storage cannot hold this count: switch to Float64 (exact integers up to 2^53). */
  widen() {
    const next = new Float64Array(this.lineHitsLength);
    next.set(this.lineHits.subarray(this.lineHitsOffset, this.lineHitsOffset + this.lineHitsLength));
    this.lineHits = next;
    this.lineHitsOffset = 0;
  }
  /** Fast path for parsers: store a plain record (no branches, not partial) with an integer hit count. */
  setHits(line, hits) {
    this.plainLines = -1;
    if (hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen();
    if (line >= this.lineHitsLength || !(hits >= 0) || !dense(line)) {
      this.set(line, plainRecord(hits));
      return;
    }
    const store = this.lineHits;
    const at2 = this.lineHitsOffset + line;
    const prev = store[at2];
    if (prev === ABSENT) this.count++;
    else if (prev === IN_SPARSE) this.sparse?.delete(line);
    else if (prev === IN_BRANCH) this.branchRemove(line);
    store[at2] = hits;
    if (line > this.maxLine) this.maxLine = line;
  }
  /**
   * Give the existing record of `line` these branch outcomes (replacing any it had; hits kept). Returns
   * false, changing nothing, when the map has no record for the line.
   */
  setBranches(line, covered, total) {
    const v = dense(line) && line < this.lineHitsLength ? this.lineHits[this.lineHitsOffset + line] : void 0;
    if (v !== void 0 && v >= 0 && smallInt(v) && smallInt(covered) && smallInt(total)) {
      this.branchPut(line, v, covered, total);
      this.lineHits[this.lineHitsOffset + line] = IN_BRANCH;
      if (this.plainLines >= 0) {
        this.plainLines--;
        if (v > 0) this.plainCovered--;
      }
      return true;
    }
    const prev = this.get(line);
    if (prev === void 0) return false;
    const rec = { hits: prev.hits, branches: Object.freeze({ covered, total }) };
    if (prev.partial === true) rec.partial = true;
    this.set(line, Object.freeze(rec));
    return true;
  }
  /** Remove the branch outcomes of every record (hits and partial flags kept). */
  dropBranches() {
    this.plainLines = -1;
    const table2 = this.branchTable;
    for (let k = this.branchOffset, end = this.branchOffset + this.branchCount * BRANCH_ENTRY; k < end; k += BRANCH_ENTRY) {
      ;
      this.lineHits[this.lineHitsOffset + table2[k]] = table2[k + 1];
    }
    this.branchTable = EMPTY2;
    this.branchOffset = 0;
    this.branchCapacity = 0;
    this.branchCount = 0;
    for (const [line, rec] of (this.sparse ?? NO_RECORDS).entries()) {
      if (rec.branches === void 0) continue;
      if (rec.partial === true) this.sparseMap().set(line, Object.freeze({ hits: rec.hits, partial: true }));
      else if (dense(line) && rec.hits >= 0 && Number.isInteger(rec.hits)) {
        this.sparse?.delete(line);
        if (rec.hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen();
        this.lineHits[this.lineHitsOffset + line] = rec.hits;
      } else this.sparseMap().set(line, plainRecord(rec.hits));
    }
  }
  /** Index of `line` in the branch table, or -(insertion point) - 1. */
  branchIndex(line) {
    const table2 = this.branchTable;
    const base = this.branchOffset;
    let lo = 0;
    let hi = this.branchCount - 1;
    if (hi >= 0 && table2[base + hi * BRANCH_ENTRY] < line) return -(hi + 1) - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const v = table2[base + mid * BRANCH_ENTRY];
      if (v < line) lo = mid + 1;
      else if (v > line) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }
  branchPut(line, hits, covered, total) {
    let i = this.branchIndex(line);
    if (i < 0) {
      i = -i - 1;
      if ((this.branchCount + 1) * BRANCH_ENTRY > this.branchCapacity) {
        const cap = Math.max(32, this.branchCapacity * 2);
        const region = slabs.alloc(cap);
        region.array.set(this.branchTable.subarray(this.branchOffset, this.branchOffset + this.branchCount * BRANCH_ENTRY), region.offset);
        this.branchTable = region.array;
        this.branchOffset = region.offset;
        this.branchCapacity = cap;
      }
      const base = this.branchOffset;
      if (i < this.branchCount) this.branchTable.copyWithin(base + (i + 1) * BRANCH_ENTRY, base + i * BRANCH_ENTRY, base + this.branchCount * BRANCH_ENTRY);
      this.branchCount++;
    }
    const table2 = this.branchTable;
    const k = this.branchOffset + i * BRANCH_ENTRY;
    table2[k] = line;
    table2[k + 1] = hits;
    table2[k + 2] = covered;
    table2[k + 3] = total;
  }
  branchRemove(line) {
    const i = this.branchIndex(line);
    if (i < 0) return;
    const base = this.branchOffset;
    this.branchTable.copyWithin(base + i * BRANCH_ENTRY, base + (i + 1) * BRANCH_ENTRY, base + this.branchCount * BRANCH_ENTRY);
    this.branchCount--;
  }
  branchRecord(i) {
    const table2 = this.branchTable;
    const k = this.branchOffset + i * BRANCH_ENTRY;
    return Object.freeze({
      hits: table2[k + 1],
      branches: Object.freeze({ covered: table2[k + 2], total: table2[k + 3] })
    });
  }
  get size() {
    return this.count;
  }
  get [Symbol.toStringTag]() {
    return "Map";
  }
  sparseMap() {
    return this.sparse ??= /* @__PURE__ */ new Map();
  }
  get(line) {
    if (!dense(line)) return this.sparse?.get(line);
    if (line >= this.lineHitsLength) return void 0;
    const v = this.lineHits[this.lineHitsOffset + line];
    if (v === ABSENT) return void 0;
    if (v === IN_SPARSE) return this.sparse?.get(line);
    if (v === IN_BRANCH) return this.branchRecord(this.branchIndex(line));
    return v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v });
  }
  has(line) {
    if (!dense(line)) return this.sparse !== void 0 && this.sparse.has(line);
    return line < this.lineHitsLength && this.lineHits[this.lineHitsOffset + line] !== ABSENT;
  }
  set(line, rec) {
    this.plainLines = -1;
    if (!dense(line)) {
      if (!(this.sparse !== void 0 && this.sparse.has(line))) this.count++;
      this.sparseMap().set(line, rec);
      return this;
    }
    if (line >= this.lineHitsLength) this.grow(line);
    if (rec.hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen();
    const store = this.lineHits;
    const at2 = this.lineHitsOffset + line;
    const prev = store[at2];
    if (prev === ABSENT) this.count++;
    const plain = rec.branches === void 0 && rec.partial !== true && rec.hits >= 0 && Number.isInteger(rec.hits);
    const br = rec.branches;
    if (plain) {
      if (prev === IN_SPARSE) this.sparse?.delete(line);
      else if (prev === IN_BRANCH) this.branchRemove(line);
      store[at2] = rec.hits;
    } else if (br !== void 0 && rec.partial === void 0 && smallInt(rec.hits) && smallInt(br.covered) && smallInt(br.total)) {
      if (prev === IN_SPARSE) this.sparse?.delete(line);
      this.branchPut(line, rec.hits, br.covered, br.total);
      store[at2] = IN_BRANCH;
    } else {
      if (prev === IN_BRANCH) this.branchRemove(line);
      this.sparseMap().set(line, rec);
      store[at2] = IN_SPARSE;
    }
    if (line > this.maxLine) this.maxLine = line;
    return this;
  }
  delete(line) {
    this.plainLines = -1;
    if (!dense(line)) {
      const had = this.sparse !== void 0 && this.sparse.delete(line);
      if (had) this.count--;
      return had;
    }
    if (line >= this.lineHitsLength) return false;
    const v = this.lineHits[this.lineHitsOffset + line];
    if (v === ABSENT) return false;
    if (v === IN_SPARSE) this.sparse?.delete(line);
    else if (v === IN_BRANCH) this.branchRemove(line);
    this.lineHits[this.lineHitsOffset + line] = ABSENT;
    this.count--;
    return true;
  }
  clear() {
    this.plainLines = -1;
    this.sparse = void 0;
    this.lineHits = EMPTY2;
    this.lineHitsOffset = 0;
    this.lineHitsLength = 0;
    this.count = 0;
    this.maxLine = -1;
    this.branchTable = EMPTY2;
    this.branchOffset = 0;
    this.branchCapacity = 0;
    this.branchCount = 0;
  }
  forEach(cb, thisArg) {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this);
  }
  /**
   * Line and branch tallies in one plain loop (no iterator over records, no record objects): `lines` =
   * coverable lines, `covered` = lines with hits > 0, branch outcomes summed from records that carry
   * branches. Fills `out` (callers reuse one; plain number fields, not a typed array, so the counts stay
   * small integers for the objects built from them) and returns it.
   */
  tally(out = { lines: 0, covered: 0, branches: 0, branchesCovered: 0 }) {
    const store = this.lineHits;
    const off = this.lineHitsOffset;
    const max = this.maxLine;
    let lt = 0;
    let lc = 0;
    let bt = 0;
    let bc = 0;
    if (this.plainLines >= 0) {
      lt = this.plainLines;
      lc = this.plainCovered;
    } else {
      for (let i = off; i <= off + max; i++) {
        const v = store[i];
        if (v < 0) continue;
        lt++;
        if (v > 0) lc++;
      }
    }
    const table2 = this.branchTable;
    for (let k = this.branchOffset, end = this.branchOffset + this.branchCount * BRANCH_ENTRY; k < end; k += BRANCH_ENTRY) {
      lt++;
      if (table2[k + 1] > 0) lc++;
      bc += table2[k + 2];
      bt += table2[k + 3];
    }
    if (this.sparse !== void 0) for (const rec of this.sparse.values()) {
      lt++;
      if (rec.hits > 0) lc++;
      const br = rec.branches;
      if (br !== void 0) {
        bt += br.total;
        bc += br.covered;
      }
    }
    out.lines = lt;
    out.covered = lc;
    out.branches = bt;
    out.branchesCovered = bc;
    return out;
  }
  *gen() {
    const store = this.lineHits;
    const off = this.lineHitsOffset;
    const max = this.maxLine;
    for (let i = 0; i <= max; i++) {
      const v = store[off + i];
      if (v === ABSENT) continue;
      if (v === IN_SPARSE) yield [i, this.sparse?.get(i)];
      else if (v === IN_BRANCH) yield [i, this.branchRecord(this.branchIndex(i))];
      else yield [i, v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v })];
    }
    for (const [k, v] of (this.sparse ?? NO_RECORDS).entries()) if (!dense(k)) yield [k, v];
    return void 0;
  }
  entries() {
    return this.gen();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  keys() {
    const it = this.gen();
    return (function* () {
      for (const [k] of it) yield k;
    })();
  }
  *genValues() {
    const store = this.lineHits;
    const off = this.lineHitsOffset;
    const max = this.maxLine;
    for (let i = 0; i <= max; i++) {
      const v = store[off + i];
      if (v === ABSENT) continue;
      if (v === IN_SPARSE) yield this.sparse?.get(i);
      else if (v === IN_BRANCH) yield this.branchRecord(this.branchIndex(i));
      else yield v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v });
    }
    for (const [k, v] of (this.sparse ?? NO_RECORDS).entries()) if (!dense(k)) yield v;
    return void 0;
  }
  values() {
    return this.genValues();
  }
};

// src/coverage/parse/paths.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { posix } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn", ".gradle", ".idea", ".venv", "__pycache__"]);
var MAX_INDEXED_FILES = 5e5;
var RepoIndex = class {
  constructor(root) {
    this.root = root;
  }
  root;
  files;
  byBase;
  build() {
    const files = /* @__PURE__ */ new Set();
    const byBase = /* @__PURE__ */ new Map();
    const stack = [""];
    while (stack.length > 0 && files.size < MAX_INDEXED_FILES) {
      const rel = stack.pop();
      let entries;
      try {
        entries = readdirSync(rel === "" ? this.root : `${this.root}/${rel}`, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const p = rel === "" ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) stack.push(p);
        } else if (e.isFile()) {
          files.add(p);
          const list = byBase.get(e.name);
          if (list === void 0) byBase.set(e.name, [p]);
          else list.push(p);
        }
      }
    }
    this.files = files;
    this.byBase = byBase;
  }
  /** Directory (repo-relative, '' = root) \u2192 the names in it (null: unreadable). */
  dirs = /* @__PURE__ */ new Map();
  /**
   * Whether `rel` exists under the root, answered from one directory listing per directory instead of a
   * stat per file (a report names thousands of files in a few hundred directories): a name listed in its
   * directory exists (a dangling symbolic link too, which existsSync would deny); names not listed
   * (another case on a case-insensitive disk, unreadable directories) are left to existsSync.
   */
  exists(rel) {
    const slash = rel.lastIndexOf("/");
    const dir = slash < 0 ? "" : rel.slice(0, slash);
    let names = this.dirs.get(dir);
    if (names === void 0) {
      names = listNames(dir === "" ? this.root : `${this.root}/${dir}`);
      this.dirs.set(dir, names);
    }
    if (names !== null && names.has(slash < 0 ? rel : rel.slice(slash + 1))) return true;
    return existsSync(`${this.root}/${rel}`);
  }
  /** Whether the file list has been read (it is read on first use). */
  get built() {
    return this.files !== void 0;
  }
  has(rel) {
    if (this.files === void 0) this.build();
    return this.files.has(rel);
  }
  /** Files whose path equals `suffix` or ends with `/suffix`. */
  withSuffix(suffix) {
    if (this.byBase === void 0) this.build();
    const base = suffix.slice(suffix.lastIndexOf("/") + 1);
    const list = this.byBase.get(base) ?? [];
    return list.filter((p) => p === suffix || p.endsWith(`/${suffix}`));
  }
  /** All files with this base name (e.g. every `go.mod`). */
  named(base) {
    if (this.byBase === void 0) this.build();
    return this.byBase.get(base) ?? [];
  }
  read(rel) {
    try {
      const full = `${this.root}/${rel}`;
      if (!statSync(full).isFile()) return void 0;
      return readFileSync(full, "utf8");
    } catch {
      return void 0;
    }
  }
};
function listNames(dir) {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return null;
  }
}
var WIN_DRIVE = /^[A-Za-z]:\//;
function isAbsolutePath(p) {
  const c = p.charCodeAt(0);
  if (c === 47) return true;
  return p.charCodeAt(1) === 58 && p.charCodeAt(2) === 47 && (c >= 65 && c <= 90 || c >= 97 && c <= 122);
}
function isPlainPosix(p) {
  const n = p.length;
  if (n === 0 || p.charCodeAt(n - 1) === 47) return false;
  if (n > 1 && p.charCodeAt(1) === 58) return false;
  const c0 = p.charCodeAt(0);
  const cn = p.charCodeAt(n - 1);
  if (c0 <= 32 || c0 >= 127 || cn <= 32 || cn >= 127) return false;
  let seg = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? p.charCodeAt(i) : 47;
    if (c === 92) return false;
    if (c === 47) {
      const len = i - seg;
      if (len === 0 && i > 0) return false;
      if (len === 1 && p.charCodeAt(seg) === 46) return false;
      if (len === 2 && p.charCodeAt(seg) === 46 && p.charCodeAt(seg + 1) === 46) return false;
      seg = i + 1;
    }
  }
  return true;
}
function toPosix(raw) {
  if (isPlainPosix(raw)) return raw;
  let p = raw.trim().replace(/\\/g, "/");
  if (p.startsWith("file://")) p = p.slice(7);
  const drive = /^([A-Za-z]:)\//.exec(p);
  if (drive) return drive[1] + posix.normalize(p.slice(2));
  if (p.startsWith("/")) return posix.normalize(p);
  const n = posix.normalize(p);
  return n === "." ? "" : n.replace(/^(\.\/)+/, "");
}
var PathNormalizer = class {
  root;
  mappings;
  index;
  cache = /* @__PURE__ */ new Map();
  /** How many relative paths were re-rooted on a unique existing file that ends with them. */
  resolvedBySuffix = 0;
  constructor(ctx) {
    this.root = ctx.repoRoot === void 0 ? void 0 : toPosix(ctx.repoRoot).replace(/\/+$/, "");
    this.mappings = (ctx.pathMappings ?? []).map((m) => ({ from: toPosix(m.from), to: toPosix(m.to) }));
    this.index = ctx.index ?? (ctx.repoRoot === void 0 ? void 0 : new RepoIndex(ctx.repoRoot));
  }
  get hasRoot() {
    return this.root !== void 0;
  }
  normalize(raw) {
    const hit = this.cache.get(raw);
    if (hit !== void 0) return hit;
    const out = this.compute(raw);
    this.cache.set(raw, out);
    return out;
  }
  /**
   * The repo-relative form of an absolute directory inside the root ('' = the root itself), onto which
   * plain relative names can be joined with exactly normalize()'s result; undefined when that does not
   * hold (path mappings, a relative or outside directory, a Windows root in other case).
   */
  dirPrefix(dir) {
    const root = this.root;
    if (this.mappings.length > 0 || root === void 0) return void 0;
    const p = toPosix(dir).replace(/\/+$/, "");
    if (!isAbsolutePath(p)) return void 0;
    if (p === root) return "";
    return p.startsWith(`${root}/`) ? p.slice(root.length + 1) : void 0;
  }
  /** normalize without the cache (for callers that cache per raw path themselves). */
  normalizeUncached(raw) {
    return this.compute(raw);
  }
  compute(raw) {
    let p = toPosix(raw);
    for (const m of this.mappings) {
      if (m.from === "" || p === m.from || p.startsWith(m.from.endsWith("/") ? m.from : `${m.from}/`)) {
        const rest = p.slice(m.from.length).replace(/^\/+/, "");
        p = toPosix(m.to === "" ? rest : rest === "" ? m.to : `${m.to}/${rest}`);
        break;
      }
    }
    const root = this.root;
    if (p === ".." || p.startsWith("../")) return this.reroot(p);
    if (!isAbsolutePath(p)) {
      const index = this.index;
      if (root !== void 0 && index !== void 0 && p !== "") {
        if (index.built) {
          const cands = index.withSuffix(p);
          if (cands.length === 1 && cands[0] !== p && !index.exists(p)) {
            this.resolvedBySuffix++;
            return { path: cands[0], outside: false };
          }
        } else if (!index.exists(p)) {
          const cands = index.withSuffix(p);
          if (cands.length === 1) {
            this.resolvedBySuffix++;
            return { path: cands[0], outside: false };
          }
        }
      }
      return { path: p, outside: false };
    }
    if (root !== void 0) {
      if (p === root) return { path: "", outside: true };
      if (p.startsWith(`${root}/`)) return { path: p.slice(root.length + 1), outside: false };
      if (WIN_DRIVE.test(root) && p.toLowerCase().startsWith(`${root.toLowerCase()}/`)) {
        return { path: p.slice(root.length + 1), outside: false };
      }
    }
    return this.reroot(p);
  }
  /** A path outside the root: the longest suffix naming a file under the root, else outside. */
  reroot(p) {
    const index = this.index;
    if (this.root !== void 0 && index !== void 0) {
      const parts = p.split("/");
      for (let k = 1; k < parts.length; k++) {
        if (parts[k] === "..") continue;
        const suffix = parts.slice(k).join("/");
        if (suffix !== "" && index.has(suffix)) return { path: suffix, outside: false };
      }
    }
    return { path: p, outside: true };
  }
};

// src/coverage/parse/builder.ts
var MAX_LINE = 2147483647;
function lineRecord(hits, branches, partial) {
  hits = clampHits(hits);
  if (branches === void 0 && partial !== true) return plainRecord(hits);
  const rec = { hits };
  if (branches !== void 0) {
    rec.branches = Object.freeze({ covered: clampHits(branches.covered), total: clampHits(branches.total) });
  }
  if (partial === true) rec.partial = true;
  return Object.freeze(rec);
}
function sumRecords(a, b) {
  let br;
  if (a.branches !== void 0 || b.branches !== void 0) {
    br = {
      covered: (a.branches?.covered ?? 0) + (b.branches?.covered ?? 0),
      total: (a.branches?.total ?? 0) + (b.branches?.total ?? 0)
    };
  }
  return lineRecord(a.hits + b.hits, br, a.partial === true || b.partial === true);
}
var OUTSIDE = /* @__PURE__ */ Symbol("outside");
function newFile(path) {
  return { path, lines: new LineMap(), functions: void 0, unattachedBranches: void 0, statedLines: void 0 };
}
var ReportBuilder = class {
  constructor(format, source, paths) {
    this.format = format;
    this.source = source;
    this.paths = paths;
  }
  format;
  source;
  paths;
  files = /* @__PURE__ */ new Map();
  warnings = [];
  outside = /* @__PURE__ */ new Set();
  seenPaths = 0;
  /** Records with line number 0 (coverage.py writes some): not source lines, left out and counted. */
  lineZero = 0;
  /** Raw report path \u2192 its file (OUTSIDE: not a file of the report). */
  rawCache = /* @__PURE__ */ new Map();
  /** The file for a raw report path (normalised), or undefined when it is outside the repo root. */
  file(raw) {
    const hit = this.rawCache.get(raw);
    if (hit !== void 0) return hit === OUTSIDE ? void 0 : hit;
    this.seenPaths++;
    const f = this.fileFor(this.paths.normalizeUncached(raw));
    this.rawCache.set(raw, f ?? OUTSIDE);
    return f;
  }
  /**
   * The file for a path the caller normalised itself (and caches per raw path itself), or undefined when
   * it is outside the repo root or empty (noted for the warnings).
   */
  fileFor(n) {
    if (n.outside && (this.paths.hasRoot || !isAbsolutePath(n.path))) {
      this.outside.add(n.path);
      return void 0;
    }
    if (n.path === "") {
      this.warnings.push(`${this.source}: ignored a record with an empty file path`);
      return void 0;
    }
    let f = this.files.get(n.path);
    if (f === void 0) {
      f = newFile(n.path);
      this.files.set(n.path, f);
    }
    return f;
  }
  /** Register a path the caller resolved itself (already repo-relative). */
  fileAt(path) {
    let f = this.files.get(path);
    if (f === void 0) {
      this.seenPaths++;
      f = newFile(path);
      this.files.set(path, f);
    }
    return f;
  }
  /**
   * Add one line record. Line 0 (coverage.py writes `<line number="0">` for some modules) is not a source
   * line: it is left out and counted for a warning. Other line numbers outside 1\u2026MAX_LINE are an error.
   */
  addLine(f, line, hits, branches) {
    if (!this.lineOk(line)) return;
    const rec = lineRecord(hits, branches);
    const prev = f.lines.get(line);
    f.lines.set(line, prev === void 0 ? rec : sumRecords(prev, rec));
  }
  /**
   * Whether `line` is a source line to record: line 0 is counted and left out (false); anything not an
   * integer in 1\u2026MAX_LINE is a UserError naming the report.
   */
  lineOk(line) {
    if (line >= 1 && line <= MAX_LINE && Number.isInteger(line)) return true;
    if (line === 0) {
      this.lineZero++;
      return false;
    }
    throw new UserError(
      `${this.source}: line number ${Number.isFinite(line) ? line : "with more digits than any file has lines"} is out of range (1 to ${MAX_LINE})`
    );
  }
  /** Count `n` records of line 0 that a caller left out itself (see addLine). */
  skippedLineZero(n) {
    this.lineZero += n;
  }
  addFunctions(f, covered, total) {
    const prev = f.functions;
    f.functions = prev === void 0 ? { covered, total } : { covered: prev.covered + covered, total: prev.total + total };
  }
  warn(message) {
    this.warnings.push(message);
  }
  finish(producerTotals) {
    if (this.lineZero > 0) {
      this.warn(`${this.source}: ${this.lineZero} record(s) for line number 0 (not a source line) were left out`);
    }
    if (this.paths.resolvedBySuffix > 0) {
      this.warn(
        `${this.source}: ${this.paths.resolvedBySuffix} relative path(s) named no file under the repository root and were matched to the only file ending with them`
      );
    }
    if (this.outside.size > 0) {
      const list = [...this.outside];
      const shown = list.slice(0, 3).join(", ");
      const more = list.length > 3 ? ` and ${list.length - 3} more` : "";
      if (this.files.size === 0) {
        throw new UserError(
          `${this.source}: every file in the report is outside the repository root (${shown}${more}); use path-mappings to map them`
        );
      }
      this.warn(`${this.source}: ${list.length} file(s) outside the repository were left out: ${shown}${more}`);
    }
    if (this.files.size === 0) {
      throw new UserError(`${this.source}: the ${this.format} report contains no source files`);
    }
    const report = { format: this.format, source: this.source, files: this.files };
    if (producerTotals !== void 0 && Object.keys(producerTotals).length > 0) report.producerTotals = producerTotals;
    if (this.warnings.length > 0) report.warnings = this.warnings;
    return report;
  }
};

// src/coverage/totals.ts
var scratch = { lines: 0, covered: 0, branches: 0, branchesCovered: 0 };
function lineCounts(f) {
  if (f.lines instanceof LineMap) {
    f.lines.tally(scratch);
  } else {
    scratch.lines = 0;
    scratch.covered = 0;
    scratch.branches = 0;
    scratch.branchesCovered = 0;
    for (const l of f.lines.values()) {
      scratch.lines++;
      if (l.hits > 0) scratch.covered++;
      const br = l.branches;
      if (br !== void 0) {
        scratch.branches += br.total;
        scratch.branchesCovered += br.covered;
      }
    }
  }
  const stated = f.statedLines;
  if (stated !== void 0) {
    scratch.lines = stated.total;
    scratch.covered = stated.covered;
  }
  scratch.branches = clampHits(scratch.branches + (f.unattachedBranches?.total ?? 0));
  scratch.branchesCovered = clampHits(scratch.branchesCovered + (f.unattachedBranches?.covered ?? 0));
  return scratch;
}
function addFileTotals(t, f) {
  const c = lineCounts(f);
  t.lines.covered = clampHits(t.lines.covered + c.covered);
  t.lines.total = clampHits(t.lines.total + c.lines);
  t.branches.covered = clampHits(t.branches.covered + c.branchesCovered);
  t.branches.total = clampHits(t.branches.total + c.branches);
  t.functions.covered = clampHits(t.functions.covered + (f.functions?.covered ?? 0));
  t.functions.total = clampHits(t.functions.total + (f.functions?.total ?? 0));
  return { covered: c.covered, total: c.lines };
}
function fileTotals(f) {
  const c = lineCounts(f);
  return {
    lines: { covered: c.covered, total: c.lines },
    branches: { covered: c.branchesCovered, total: c.branches },
    functions: { covered: f.functions?.covered ?? 0, total: f.functions?.total ?? 0 }
  };
}

// src/coverage/merge.ts
function maxRatio(a, b) {
  if (a === void 0) return b === void 0 ? void 0 : { covered: b.covered, total: b.total };
  if (b === void 0) return { covered: a.covered, total: a.total };
  return { covered: Math.max(a.covered, b.covered), total: Math.max(a.total, b.total) };
}
function mergeLine(a, b) {
  const branches = maxRatio(a.branches, b.branches);
  const partial = (a.partial === true || b.partial === true) && !(a.hits > 0 && a.partial !== true) && !(b.hits > 0 && b.partial !== true);
  return lineRecord(a.hits + b.hits, branches, partial);
}
function mergeReports(reports) {
  const first = reports[0];
  if (first === void 0) throw new Error("mergeReports needs at least one report");
  const files = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const r of reports) {
    if (r.warnings !== void 0) warnings.push(...r.warnings);
    for (const [path, f] of r.files) {
      const prev = files.get(path);
      if (prev === void 0) {
        const copy = { path, lines: new LineMap(f.lines) };
        if (f.functions !== void 0) copy.functions = { ...f.functions };
        if (f.unattachedBranches !== void 0) copy.unattachedBranches = { ...f.unattachedBranches };
        if (f.statedLines !== void 0) copy.statedLines = { ...f.statedLines };
        files.set(path, copy);
        continue;
      }
      const stated = prev.statedLines !== void 0 || f.statedLines !== void 0 ? maxRatio(fileTotals(prev).lines, fileTotals(f).lines) : void 0;
      for (const [n, l] of f.lines) {
        const p = prev.lines.get(n);
        prev.lines.set(n, p === void 0 ? l : mergeLine(p, l));
      }
      const fn = maxRatio(prev.functions, f.functions);
      if (fn !== void 0) prev.functions = fn;
      const ub = maxRatio(prev.unattachedBranches, f.unattachedBranches);
      if (ub !== void 0) prev.unattachedBranches = ub;
      if (stated !== void 0) prev.statedLines = stated;
    }
  }
  const out = {
    format: first.format,
    source: reports.map((r) => r.source).join(", "),
    files
  };
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}

// src/coverage/parse/index.ts
import { open, stat } from "node:fs/promises";
import { readSync } from "node:fs";

// src/coverage/parse/xml.ts
var GT = 62;
var SLASH = 47;
var LT = 60;
var QMARK = 63;
var BANG = 33;
var EQ = 61;
var DQ = 34;
var SQ = 39;
function isSpace(c) {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
function decodeXml(buf, source) {
  const b0 = buf[0];
  const b1 = buf[1];
  if (b0 === 239 && b1 === 187 && buf[2] === 191) return checkDeclared(buf.subarray(3), source, "utf-8");
  if (b0 === 255 && b1 === 254) return utf16(buf.toString("utf16le", 2), source);
  if (b0 === 254 && b1 === 255) return utf16(swap16(buf.subarray(2)).toString("utf16le"), source);
  if (b0 === 60 && b1 === 0 && buf[2] === 63 && buf[3] === 0) return utf16(buf.toString("utf16le"), source);
  if (b0 === 0 && b1 === 60 && buf[2] === 0 && buf[3] === 63) return utf16(swap16(buf).toString("utf16le"), source);
  const enc = declaredEncoding(buf.toString("latin1", 0, Math.min(buf.length, 200)));
  if (enc === void 0 || enc === "utf-8" || enc === "utf8" || enc === "us-ascii" || enc === "ascii") return buf;
  if (enc === "iso-8859-1" || enc === "latin1" || enc === "latin-1" || enc === "iso8859-1") {
    return Buffer.from(buf.toString("latin1"), "utf8");
  }
  throw new UserError(
    `${source}: unsupported XML encoding "${enc}" (supported: UTF-8, UTF-16 with a byte-order mark, ISO-8859-1)`
  );
}
function utf16(text, source) {
  const enc = declaredEncoding(text.slice(0, 200));
  if (enc !== void 0 && !["utf-16", "utf16", "utf-16le", "utf-16be"].includes(enc)) {
    throw new UserError(`${source}: the XML declares encoding "${enc}" but its byte-order mark says utf-16`);
  }
  return Buffer.from(text, "utf8");
}
function swap16(buf) {
  const even = buf.length - buf.length % 2;
  const out = Buffer.allocUnsafe(even);
  for (let i = 0; i < even; i += 2) {
    out[i] = buf[i + 1];
    out[i + 1] = buf[i];
  }
  return out;
}
function declaredEncoding(head) {
  if (!head.startsWith("<?xml")) return void 0;
  const end = head.indexOf("?>");
  const decl = end < 0 ? head : head.slice(0, end);
  const m = /encoding\s*=\s*["']([^"']*)["']/.exec(decl);
  return m?.[1]?.toLowerCase();
}
function checkDeclared(buf, source, actual) {
  const enc = declaredEncoding(buf.toString("latin1", 0, Math.min(buf.length, 200)));
  if (enc === void 0 || enc === "utf-8" || enc === "utf8" || enc === "us-ascii" || enc === "ascii") return buf;
  throw new UserError(`${source}: the XML declares encoding "${enc}" but its byte-order mark says ${actual}`);
}
var Attrs = class {
  constructor(source) {
    this.source = source;
  }
  source;
  names = [];
  starts = [];
  ends = [];
  n = 0;
  b = Buffer.alloc(0);
  find(name) {
    for (let i = 0; i < this.n; i++) if (this.names[i] === name) return i;
    return -1;
  }
  get(name) {
    const i = this.find(name);
    if (i < 0) return void 0;
    const v = this.b.toString("utf8", this.starts[i], this.ends[i]);
    return v.indexOf("&") < 0 ? v : decodeEntities(v, this.source);
  }
  int(name) {
    const i = this.find(name);
    if (i < 0) return void 0;
    const b = this.b;
    const s = this.starts[i];
    const e = this.ends[i];
    let n = 0;
    if (e - s > 0 && e - s < 16) {
      let k = s;
      for (; k < e; k++) {
        const c = b[k] - 48;
        if (c < 0 || c > 9) break;
        n = n * 10 + c;
      }
      if (k === e) return n;
    }
    const v = toInt(this.get(name));
    return v === void 0 ? NaN : v;
  }
};
var NAME_CACHE = new Array(512);
function internName(b, start, end) {
  const len = end - start;
  if (len > 40) return b.toString("utf8", start, end);
  const h = (len * 31 + b[start] * 7 + b[end - 1] * 3 + b[start + (len >> 1)] & 511) >>> 0;
  const c = NAME_CACHE[h];
  if (c !== void 0 && c.length === len) {
    let k = 0;
    while (k < len && c.charCodeAt(k) === b[start + k]) k++;
    if (k === len) return c;
  }
  const name = b.toString("utf8", start, end);
  NAME_CACHE[h] = name;
  return name;
}
var PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(s, source) {
  let out = "";
  let last = 0;
  let i = s.indexOf("&");
  while (i >= 0) {
    const semi = s.indexOf(";", i + 1);
    if (semi < 0 || semi - i > 12) throw new UserError(`${source}: malformed XML: bare "&" in text or attribute`);
    const ent = s.slice(i + 1, semi);
    let rep;
    if (ent.charCodeAt(0) === 35) {
      const code2 = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!Number.isFinite(code2) || code2 < 0 || code2 > 1114111) {
        throw new UserError(`${source}: malformed XML: bad character reference &${ent};`);
      }
      rep = String.fromCodePoint(code2);
    } else {
      rep = PREDEFINED[ent];
      if (rep === void 0) {
        throw new UserError(
          `${source}: XML uses the undefined entity &${ent}; (only the 5 predefined entities are allowed)`
        );
      }
    }
    out += s.slice(last, i) + rep;
    last = semi + 1;
    i = s.indexOf("&", last);
  }
  return out + s.slice(last);
}
function truncated(source, what) {
  return new UserError(`${source}: truncated or malformed XML (${what})`);
}
function skipDoctype(b, i, source) {
  const len = b.length;
  let j = i + 9;
  let quote = 0;
  for (; j < len; j++) {
    const c = b[j];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === DQ || c === SQ) {
      quote = c;
    } else if (c === 91) {
      const end = b.indexOf(93, j + 1);
      if (end < 0) throw truncated(source, "unterminated DOCTYPE internal subset");
      if (/<!ENTITY/i.test(b.toString("latin1", j + 1, end))) {
        throw new UserError(
          `${source}: refusing XML with a DOCTYPE that declares entities (<!ENTITY>): entity expansion and external entities are not allowed in coverage reports`
        );
      }
      j = end;
    } else if (c === GT) {
      return j + 1;
    }
  }
  throw truncated(source, "unterminated DOCTYPE");
}
function at(b, pos, s) {
  for (let k = 0; k < s.length; k++) if (b[pos + k] !== s.charCodeAt(k)) return false;
  return true;
}
function parseXml(xml, source, handler) {
  const b = typeof xml === "string" ? Buffer.from(xml, "utf8") : xml;
  const len = b.length;
  const attrs = new Attrs(source);
  attrs.b = b;
  const stack = [];
  const stackPos = [];
  let sawRoot = false;
  let i = 0;
  while (i < len) {
    const scan = handler.scan;
    if (scan !== void 0) i = scan(b, i);
    let lt = i;
    while (lt < len && b[lt] !== LT) lt++;
    if (lt >= len) {
      if (handler.text !== void 0 && stack.length > 0) emitText(b.toString("utf8", i), handler, source);
      break;
    }
    if (handler.text !== void 0 && lt > i && stack.length > 0) emitText(b.toString("utf8", i, lt), handler, source);
    const c1 = b[lt + 1];
    if (c1 === QMARK) {
      const end = b.indexOf("?>", lt + 2);
      if (end < 0) throw truncated(source, "unterminated processing instruction");
      i = end + 2;
      continue;
    }
    if (c1 === BANG) {
      if (at(b, lt, "<!--")) {
        const end = b.indexOf("-->", lt + 4);
        if (end < 0) throw truncated(source, "unterminated comment");
        i = end + 3;
      } else if (at(b, lt, "<![CDATA[")) {
        const end = b.indexOf("]]>", lt + 9);
        if (end < 0) throw truncated(source, "unterminated CDATA section");
        if (stack.length > 0) handler.text?.(b.toString("utf8", lt + 9, end));
        i = end + 3;
      } else if (at(b, lt, "<!DOCTYPE")) {
        if (sawRoot) throw new UserError(`${source}: malformed XML: DOCTYPE after the root element`);
        i = skipDoctype(b, lt, source);
      } else {
        throw new UserError(`${source}: malformed XML: unexpected "<!" markup`);
      }
      continue;
    }
    if (c1 === SLASH) {
      let end = lt + 2;
      while (end < len && b[end] !== GT) end++;
      if (end >= len) throw truncated(source, "unterminated end tag");
      let nameEnd = end;
      while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1])) nameEnd--;
      const open2 = stack.pop();
      const openPos = stackPos.pop();
      let same = open2 !== void 0 && nameEnd - (lt + 2) === open2.length;
      if (same) {
        for (let k = lt + 2, m = openPos; k < nameEnd; k++, m++) {
          if (b[k] !== b[m]) {
            same = false;
            break;
          }
        }
      }
      if (!same) {
        const name2 = b.toString("utf8", lt + 2, nameEnd);
        throw new UserError(
          open2 === void 0 ? `${source}: malformed XML: end tag </${name2}> without a start tag` : `${source}: malformed XML: </${name2}> closes <${open2}>`
        );
      }
      handler.close?.(open2);
      i = end + 1;
      continue;
    }
    let j = lt + 1;
    while (j < len) {
      const c = b[j];
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === GT || c === SLASH) break;
      j++;
    }
    if (j >= len) throw truncated(source, "unterminated start tag");
    if (j === lt + 1) throw new UserError(`${source}: malformed XML: "<" not followed by a tag name`);
    const name = internName(b, lt + 1, j);
    if (sawRoot && stack.length === 0) {
      throw new UserError(`${source}: malformed XML: content after the root element <${name}>`);
    }
    attrs.n = 0;
    let selfClosing = false;
    for (; ; ) {
      let c = b[j];
      while (c === 32 || c === 10 || c === 9 || c === 13) c = b[++j];
      if (j >= len) throw truncated(source, `unterminated <${name}> tag`);
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (b[j + 1] !== GT) throw new UserError(`${source}: malformed XML in <${name}> tag`);
        selfClosing = true;
        j += 2;
        break;
      }
      const an = j;
      while (j < len) {
        const d = b[j];
        if (d === EQ || d === 32 || d === 10 || d === 9 || d === 13 || d === GT || d === SLASH) break;
        j++;
      }
      const attrName = internName(b, an, j);
      while (j < len && isSpace(b[j])) j++;
      if (b[j] !== EQ) {
        if (j >= len) throw truncated(source, `unterminated <${name}> tag`);
        throw new UserError(`${source}: malformed XML: attribute "${attrName}" in <${name}> has no value`);
      }
      j++;
      while (j < len && isSpace(b[j])) j++;
      const q = b[j];
      if (q !== DQ && q !== SQ) {
        if (j >= len) throw truncated(source, `unterminated <${name}> tag`);
        throw new UserError(`${source}: malformed XML: unquoted value for "${attrName}" in <${name}>`);
      }
      let vEnd = j + 1;
      while (vEnd < len && b[vEnd] !== q) vEnd++;
      if (vEnd >= len) throw truncated(source, `unterminated attribute in <${name}>`);
      const k = attrs.n++;
      attrs.names[k] = attrName;
      attrs.starts[k] = j + 1;
      attrs.ends[k] = vEnd;
      j = vEnd + 1;
    }
    sawRoot = true;
    handler.open(name, attrs, selfClosing);
    if (selfClosing) handler.close?.(name);
    else {
      stack.push(name);
      stackPos.push(lt + 1);
    }
    i = j;
  }
  if (stack.length > 0) throw truncated(source, `end of file inside <${stack[stack.length - 1]}>`);
  if (!sawRoot) throw new UserError(`${source}: not XML: no root element found`);
}
function emitText(raw, handler, source) {
  let k = 0;
  while (k < raw.length && isSpace(raw.charCodeAt(k))) k++;
  if (k === raw.length) return;
  handler.text?.(raw.indexOf("&") < 0 ? raw : decodeEntities(raw, source));
}
function intAttr(attrs, name, source, element) {
  const n = attrs.int(name);
  if (n !== void 0 && Number.isNaN(n)) {
    const raw = attrs.get(name) ?? "";
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}\u2026` : raw;
    throw new UserError(
      `${source}: <${element}> has ${name}="${shown}", expected a non-negative decimal integer`
    );
  }
  return n;
}
function countAttr(attrs, name, source, element) {
  const n = intAttr(attrs, name, source, element);
  return n === void 0 ? void 0 : clampHits(n);
}
function toInt(v) {
  const len = v.length;
  let n = 0;
  let i = 0;
  for (; i < len; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  if (i === 0) return void 0;
  if (i < len) {
    if (v.charCodeAt(i) !== 46 || i + 1 === len) return void 0;
    for (let k = i + 1; k < len; k++) if (v.charCodeAt(k) !== 48) return void 0;
  }
  return n;
}

// src/coverage/parse/clover.ts
function parseClover(buf, source, paths) {
  const xml = decodeXml(buf, source);
  const b = new ReportBuilder("clover", source, paths);
  const producer = {};
  const fnCounts = /* @__PURE__ */ new Map();
  let depth = 0;
  let inProject = false;
  let inTestProject = false;
  let projectMetricsSeen = false;
  let inFile = false;
  let cur;
  const ratio2 = (a, covered, total) => {
    const c = toInt(a.get(covered) ?? "");
    const t = toInt(a.get(total) ?? "");
    return c === void 0 || t === void 0 ? void 0 : { covered: clampHits(c), total: clampHits(t) };
  };
  parseXml(xml, source, {
    open(name, a, selfClosing) {
      depth++;
      if (depth === 1 && name !== "coverage") {
        throw new UserError(`${source}: not a Clover report: root element is <${name}>, expected <coverage>`);
      }
      if (name === "line") {
        if (!inFile) return;
        const num = intAttr(a, "num", source, "line");
        if (num === void 0) throw new UserError(`${source}: <line> without a num attribute`);
        const type = a.get("type") ?? "stmt";
        const count = countAttr(a, "count", source, "line");
        if (cur !== void 0) {
          if (type === "method") {
            const fc = fnCounts.get(cur) ?? { covered: 0, total: 0 };
            fc.total++;
            if ((count ?? 0) > 0) fc.covered++;
            fnCounts.set(cur, fc);
          } else if (type === "cond") {
            const tc = countAttr(a, "truecount", source, "line");
            const fc = countAttr(a, "falsecount", source, "line");
            if (tc === void 0 && fc === void 0) {
              b.addLine(cur, num, count ?? 0);
            } else {
              if (count !== void 0) {
                b.addLine(cur, num, count, { covered: tc ?? 0, total: (tc ?? 0) + (fc ?? 0) });
              } else {
                const covered = ((tc ?? 0) > 0 ? 1 : 0) + ((fc ?? 0) > 0 ? 1 : 0);
                b.addLine(cur, num, covered > 0 ? 1 : 0, { covered, total: 2 });
              }
            }
          } else {
            b.addLine(cur, num, count ?? 0);
          }
        }
      } else if (name === "file") {
        const p = a.get("path") ?? a.get("name");
        if (p === void 0 || p.trim() === "") throw new UserError(`${source}: <file> without a path or name`);
        cur = inTestProject ? void 0 : b.file(p);
        inFile = !selfClosing;
      } else if (name === "project") {
        inProject = true;
      } else if (name === "testproject") {
        inTestProject = true;
      } else if (name === "metrics") {
        if (inProject && !projectMetricsSeen && depth === 3) {
          projectMetricsSeen = true;
          const l = ratio2(a, "coveredstatements", "statements");
          const br = ratio2(a, "coveredconditionals", "conditionals");
          const fn = ratio2(a, "coveredmethods", "methods");
          if (l !== void 0) producer.lines = l;
          if (br !== void 0) producer.branches = br;
          if (fn !== void 0) producer.functions = fn;
        }
      }
    },
    close(name) {
      depth--;
      if (name === "file") {
        inFile = false;
        cur = void 0;
      } else if (name === "project") inProject = false;
      else if (name === "testproject") inTestProject = false;
    }
  });
  for (const [f, r] of fnCounts) f.functions = r;
  return b.finish(producer);
}

// src/coverage/parse/cobertura-lines.ts
var LT2 = 60;
var GT2 = 62;
var SLASH2 = 47;
var EQ2 = 61;
var DQ2 = 34;
var AMP = 38;
var LPAREN = 40;
var RPAREN = 41;
var word = (s, at2, n) => {
  let v = 0;
  for (let k = n - 1; k >= 0; k--) v = v * 256 + s.charCodeAt(at2 + k);
  return n === 4 ? v | 0 : v;
};
var LINE_NU_0 = word('<line number="', 0, 4);
var LINE_NU_1 = word('<line number="', 4, 4);
var LINE_NU_2 = word('<line number="', 8, 4);
var LINE_NU_3 = word('<line number="', 12, 2);
var HITS_0 = word('" hits="', 0, 4);
var HITS_1 = word('" hits="', 4, 4);
var MAX_DIGITS = 15;
var DEFAULT_MAX_RUN = 1 << 18;
function isSpace2(c) {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
function isRegexSpace(c) {
  return c === 32 || c !== void 0 && c >= 9 && c <= 13;
}
var NAME_BYTE = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_.:-]/.test(ch)) NAME_BYTE[c] = 1;
}
function digits(b, s, e) {
  if (e <= s || e - s > MAX_DIGITS) return -1;
  let n = 0;
  for (let k = s; k < e; k++) {
    const c = b[k] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
function nameIs(b, s, e, name) {
  const n = name.length;
  if (e - s !== n) return false;
  for (let k = 0; k < n; k++) if (b[s + k] !== name[k]) return false;
  return true;
}
var NUMBER = Buffer.from("number", "latin1");
var HITS = Buffer.from("hits", "latin1");
var BRANCH = Buffer.from("branch", "latin1");
var CONDITION_COVERAGE = Buffer.from("condition-coverage", "latin1");
function grown(a, need) {
  if (need <= a.length) return a;
  const next = new Float64Array(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}
var LineRun = class {
  constructor(maxRun = DEFAULT_MAX_RUN) {
    this.maxRun = maxRun;
  }
  maxRun;
  /** Elements consumed by the last scan (including line numbers < 1, which are recorded but not stored). */
  n = 0;
  /** Elements consumed by every scan so far. */
  consumed = 0;
  lines = new Float64Array(256);
  hits = new Float64Array(256);
  /** Branch outcomes; `total` -1 = the line has no branches. */
  covered = new Float64Array(256);
  total = new Float64Array(256);
  plainLines = new Float64Array(256);
  plainHits = new Float64Array(256);
  /** The last scan read only plain records with strictly increasing line numbers \u2265 1. */
  simple = true;
  dv = new DataView(new ArrayBuffer(0));
  dvOf;
  /** Set by matchCondition. */
  cCovered = 0;
  cTotal = 0;
  /**
   * Consume consecutive simple `<line>` elements (and the whitespace between them) from `pos`; returns the
   * index after the last one consumed, or `pos` when there was none.
   */
  scan(b, pos) {
    if (this.dvOf !== b) {
      this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
      this.dvOf = b;
    }
    const dv = this.dv;
    const len = b.length;
    let lines = this.lines;
    let hits = this.hits;
    let total = this.total;
    let n = 0;
    let done = pos;
    let prev = 0;
    let simple = true;
    const maxRun = this.maxRun;
    for (; ; ) {
      let j = done;
      let c = b[j];
      while (c === 10 || c === 32 || c === 9 || c === 13) c = b[++j];
      if (c !== LT2 || n === maxRun) break;
      if (n === lines.length) {
        this.grow(n + 1);
        lines = this.lines;
        hits = this.hits;
        total = this.total;
      }
      let end = -1;
      let resume = -1;
      let rNr = -1;
      let rHits = -1;
      if (j + 16 <= len && dv.getInt32(j, true) === LINE_NU_0 && dv.getInt32(j + 4, true) === LINE_NU_1 && dv.getInt32(j + 8, true) === LINE_NU_2 && dv.getInt16(j + 12, true) === LINE_NU_3) {
        let k = j + 14;
        let nr = 0;
        let d = b[k] - 48;
        while (d >= 0 && d <= 9) {
          nr = nr * 10 + d;
          d = b[++k] - 48;
        }
        const nd = k - j - 14;
        if (nd > 0 && nd <= MAX_DIGITS && nr <= MAX_LINE && k + 12 <= len && dv.getInt32(k, true) === HITS_0 && dv.getInt32(k + 4, true) === HITS_1) {
          k += 8;
          const hs = k;
          let h = 0;
          d = b[k] - 48;
          while (d >= 0 && d <= 9) {
            h = h * 10 + d;
            d = b[++k] - 48;
          }
          if (k > hs && k - hs <= MAX_DIGITS && b[k] === DQ2) {
            if (b[k + 1] === SLASH2 && b[k + 2] === GT2) {
              lines[n] = nr;
              hits[n] = h;
              total[n] = -1;
              if (nr <= prev) simple = false;
              prev = nr;
              end = k + 3;
            } else {
              resume = k + 1;
              rNr = nr;
              rHits = h;
            }
          }
        }
      }
      if (end < 0) {
        if (resume >= 0) end = this.readElement(b, resume, n, rNr, rHits);
        else if (b[j + 1] === 108 && b[j + 2] === 105 && b[j + 3] === 110 && b[j + 4] === 101 && isSpace2(b[j + 5])) {
          end = this.readElement(b, j + 5, n, -1, -1);
        }
        if (end < 0) break;
        simple = false;
      }
      n++;
      done = end;
    }
    this.n = n;
    this.consumed += n;
    this.simple = simple;
    return done;
  }
  /**
   * Read one `<line>` element from just after its name, in any simple form (attributes in any order,
   * other attributes, branch data), into record `n`; returns the index after it, or -1 when the element
   * is not one the scanner may take (the general path then reads it). With `nr0`/`hits0` \u2265 0, `from` is
   * just after ` number="nr0" hits="hits0"`, already read.
   */
  readElement(b, from, n, nr0, hits0) {
    const len = b.length;
    let j = from;
    if (nr0 < 0 && !isSpace2(b[j])) return -1;
    let nr = nr0;
    let hits = hits0;
    let branchSeen = false;
    let branchFalse = false;
    let ccStart = -1;
    let ccEnd = -1;
    for (; ; ) {
      let c = b[j];
      while (isSpace2(c)) c = b[++j];
      if (c === SLASH2) {
        if (b[j + 1] !== GT2) return -1;
        j += 2;
        break;
      }
      const ns = j;
      while (j < len && NAME_BYTE[c] === 1) c = b[++j];
      const ne = j;
      if (ne === ns || c !== EQ2 || b[j + 1] !== DQ2) return -1;
      const vs = j + 2;
      let ve = vs;
      for (; ; ) {
        if (ve >= len) return -1;
        const d = b[ve];
        if (d === DQ2) break;
        if (d === AMP) return -1;
        ve++;
      }
      j = ve + 1;
      const first = b[ns];
      if (first === 110 && nameIs(b, ns, ne, NUMBER)) {
        if (nr >= 0) return -1;
        nr = digits(b, vs, ve);
        if (nr < 0 || nr > MAX_LINE) return -1;
      } else if (first === 104 && nameIs(b, ns, ne, HITS)) {
        if (hits >= 0) return -1;
        hits = digits(b, vs, ve);
        if (hits < 0) return -1;
      } else if (first === 98 && nameIs(b, ns, ne, BRANCH)) {
        if (branchSeen) return -1;
        branchSeen = true;
        for (let k = vs; k < ve; k++) if (b[k] >= 128) return -1;
        branchFalse = ve - vs === 5 && (b[vs] | 32) === 102 && (b[vs + 1] | 32) === 97 && (b[vs + 2] | 32) === 108 && (b[vs + 3] | 32) === 115 && (b[vs + 4] | 32) === 101;
      } else if (first === 99 && nameIs(b, ns, ne, CONDITION_COVERAGE)) {
        if (ccStart >= 0) return -1;
        ccStart = vs;
        ccEnd = ve;
      }
    }
    if (nr < 0 || hits < 0) return -1;
    let total = -1;
    let covered = 0;
    if (ccStart >= 0 && !branchFalse) {
      if (!this.matchCondition(b, ccStart, ccEnd)) return -1;
      covered = this.cCovered;
      total = this.cTotal;
    }
    this.lines[n] = nr;
    this.hits[n] = hits;
    this.covered[n] = covered;
    this.total[n] = total;
    return j;
  }
  /**
   * The first `(covered/total)` in a condition-coverage value, as `/\((\d+)\s*\/\s*(\d+)\)/` finds it;
   * false (general path) when there is none, a number is longer than 15 digits, or the value is not ASCII.
   */
  matchCondition(b, s, e) {
    for (let k = s; k < e; k++) if (b[k] >= 128) return false;
    for (let p = s; p < e; p++) {
      if (b[p] !== LPAREN) continue;
      let k = p + 1;
      const d1 = k;
      while (k < e && b[k] >= 48 && b[k] <= 57) k++;
      if (k === d1) continue;
      const d1e = k;
      while (k < e && isRegexSpace(b[k])) k++;
      if (k >= e || b[k] !== SLASH2) continue;
      k++;
      while (k < e && isRegexSpace(b[k])) k++;
      const d2 = k;
      while (k < e && b[k] >= 48 && b[k] <= 57) k++;
      if (k === d2 || k >= e || b[k] !== RPAREN) continue;
      const covered = digits(b, d1, d1e);
      const total = digits(b, d2, k);
      if (covered < 0 || total < 0 || covered > total) return false;
      this.cCovered = covered;
      this.cTotal = total;
      return true;
    }
    return false;
  }
  grow(need) {
    this.lines = grown(this.lines, need);
    this.hits = grown(this.hits, need);
    this.covered = grown(this.covered, need);
    this.total = grown(this.total, need);
  }
  /**
   * Store the last scan's records in `f` exactly as `builder.addLine` would one by one, in order: an empty
   * LineMap fed strictly increasing lines takes the plain records in one allocation (adoptSorted), then the
   * records with branches; otherwise every record goes through addLine.
   */
  store(builder, f) {
    const n = this.n;
    const lines = this.lines;
    const hits = this.hits;
    const total = this.total;
    const map = f.lines;
    if (this.simple && map instanceof LineMap && map.size === 0) {
      map.adoptSorted(lines, hits, n);
      return;
    }
    let sorted = map instanceof LineMap && map.size === 0;
    let plain = 0;
    let branchy = 0;
    let zeros = 0;
    if (sorted) {
      let prev = 0;
      for (let k = 0; k < n; k++) {
        const line = lines[k];
        if (line < 1) {
          zeros++;
          continue;
        }
        if (line <= prev) {
          sorted = false;
          break;
        }
        prev = line;
        if (total[k] < 0) plain++;
        else branchy++;
      }
    }
    if (sorted && zeros > 0) builder.skippedLineZero(zeros);
    if (!sorted) {
      for (let k = 0; k < n; k++) {
        const t = total[k];
        builder.addLine(f, lines[k], hits[k], t < 0 ? void 0 : { covered: this.covered[k], total: t });
      }
      return;
    }
    if (branchy === 0) {
      if (plain === n) {
        ;
        map.adoptSorted(lines, hits, n);
        return;
      }
    }
    if (this.plainLines.length < plain) {
      this.plainLines = new Float64Array(Math.max(plain, this.plainLines.length * 2));
      this.plainHits = new Float64Array(this.plainLines.length);
    }
    const pl = this.plainLines;
    const ph = this.plainHits;
    let m = 0;
    for (let k = 0; k < n; k++) {
      if (lines[k] < 1 || total[k] >= 0) continue;
      pl[m] = lines[k];
      ph[m] = hits[k];
      m++;
    }
    ;
    map.adoptSorted(pl, ph, m);
    if (branchy === 0) return;
    for (let k = 0; k < n; k++) {
      const t = total[k];
      if (t < 0 || lines[k] < 1) continue;
      builder.addLine(f, lines[k], hits[k], { covered: this.covered[k], total: t });
    }
  }
};

// src/coverage/parse/cobertura.ts
function parseCobertura(buf, source, paths, opts = {}) {
  const xml = decodeXml(buf, source);
  const b = new ReportBuilder("cobertura", source, paths);
  const producer = {};
  const sources = [];
  const resolved = /* @__PURE__ */ new Map();
  let depth = 0;
  let root = "";
  let inSource = false;
  let sourceText = "";
  let methodsDepth = 0;
  let cur;
  let inClass = false;
  let classLines = 0;
  const methodLines = [];
  const run = new LineRun(opts.maxRun);
  const fast = opts.fastLines !== false;
  const scanLines = (buf2, pos) => {
    const end = run.scan(buf2, pos);
    if (run.n > 0 && cur !== void 0) {
      classLines += run.n;
      run.store(b, cur);
    }
    return end;
  };
  const updateScan = () => {
    handler.scan = fast && inClass && methodsDepth === 0 ? scanLines : void 0;
  };
  let sourcePrefixes;
  const resolve3 = (filename) => {
    if (resolved.has(filename)) return resolved.get(filename);
    let f;
    const rel = toPosix(filename);
    if (isAbsolutePath(rel) || sources.length === 0) {
      f = b.file(filename);
    } else {
      const index = paths.index;
      let chosen;
      if (index !== void 0) {
        sourcePrefixes ??= sources.map((s) => paths.dirPrefix(s));
        const plain = isPlainPosix(filename);
        for (let k = 0; k < sources.length; k++) {
          const pre = plain ? sourcePrefixes[k] : void 0;
          const n = pre !== void 0 ? { path: pre === "" ? filename : `${pre}/${filename}`, outside: false } : paths.normalize(`${sources[k]}/${filename}`);
          if (!n.outside && index.exists(n.path)) {
            chosen = n;
            break;
          }
        }
        if (chosen === void 0) {
          const n = paths.normalize(filename);
          if (index.exists(n.path)) chosen = n;
        }
        if (chosen === void 0) {
          for (const s of sources) {
            const n = paths.normalize(`${s}/${filename}`);
            if (!n.outside && isAbsolutePath(toPosix(s))) {
              chosen = n;
              break;
            }
          }
        }
      }
      f = b.fileFor(chosen ?? paths.normalize(filename));
    }
    resolved.set(filename, f);
    return f;
  };
  const onLine = (a, inMethods) => {
    const nr = intAttr(a, "number", source, "line");
    const hits = countAttr(a, "hits", source, "line");
    if (nr === void 0 || hits === void 0) {
      throw new UserError(`${source}: <line> without number/hits attributes`);
    }
    if (cur === void 0) return;
    let branches;
    const cc = a.get("condition-coverage");
    if (cc !== void 0 && a.get("branch")?.toLowerCase() !== "false") {
      const m = /\((\d+)\s*\/\s*(\d+)\)/.exec(cc);
      if (m === null) {
        throw new UserError(`${source}: line ${nr}: condition-coverage="${cc}", expected like "50% (1/2)"`);
      }
      branches = { covered: clampHits(Number(m[1])), total: clampHits(Number(m[2])) };
      if (branches.covered > branches.total) {
        throw new UserError(
          `${source}: line ${nr}: condition-coverage="${cc.slice(0, 60)}" counts more covered branches than branches`
        );
      }
    }
    if (inMethods) {
      if (classLines === 0) methodLines.push(nr, hits, branches?.covered ?? 0, branches?.total ?? -1);
    } else {
      classLines++;
      b.addLine(cur, nr, hits, branches);
    }
  };
  const handler = {
    open(name, a, selfClosing) {
      depth++;
      if (depth === 1) {
        root = name;
        if (name !== "coverage") {
          throw new UserError(`${source}: not a Cobertura report: root element is <${name}>, expected <coverage>`);
        }
        const lv = toInt(a.get("lines-valid") ?? "");
        const lc = toInt(a.get("lines-covered") ?? "");
        const bv = toInt(a.get("branches-valid") ?? "");
        const bc = toInt(a.get("branches-covered") ?? "");
        if (lv !== void 0 && lc !== void 0) producer.lines = { covered: clampHits(lc), total: clampHits(lv) };
        if (bv !== void 0 && bc !== void 0) producer.branches = { covered: clampHits(bc), total: clampHits(bv) };
      } else if (name === "line") {
        if (inClass) onLine(a, methodsDepth > 0);
      } else if (name === "class") {
        const filename = a.get("filename");
        if (filename === void 0 || filename.trim() === "") {
          throw new UserError(`${source}: <class name="${a.get("name") ?? ""}"> has no filename attribute`);
        }
        cur = resolve3(filename);
        inClass = !selfClosing;
        classLines = 0;
        methodLines.length = 0;
        updateScan();
      } else if (name === "methods") {
        methodsDepth++;
        updateScan();
      } else if (name === "packages") {
        handler.text = void 0;
      } else if (name === "source") {
        inSource = !selfClosing;
        sourceText = "";
      }
    },
    close(name) {
      depth--;
      if (name === "class") {
        if (classLines === 0 && cur !== void 0) {
          for (let k = 0; k < methodLines.length; k += 4) {
            const total = methodLines[k + 3];
            const br = total < 0 ? void 0 : { covered: methodLines[k + 2], total };
            b.addLine(cur, methodLines[k], methodLines[k + 1], br);
          }
        }
        methodLines.length = 0;
        inClass = false;
        cur = void 0;
        updateScan();
      } else if (name === "methods") {
        methodsDepth--;
        updateScan();
      } else if (name === "source") {
        inSource = false;
        const s = sourceText.trim();
        if (s !== "") sources.push(s);
      } else if (name === "sources") {
        handler.text = void 0;
      }
    },
    text(t) {
      if (inSource) sourceText += t;
    },
    scan: void 0
  };
  try {
    parseXml(xml, source, handler);
  } finally {
    if (opts.stats !== void 0) opts.stats.linesScanned += run.consumed;
  }
  if (root === "") throw new UserError(`${source}: not a Cobertura report: empty document`);
  return b.finish(producer);
}

// src/coverage/parse/detect.ts
var XML_ROOTS = {
  testsuites: "JUnit XML",
  testsuite: "JUnit XML",
  testrun: "a test-run XML (TRX/NUnit)",
  "test-run": "NUnit XML",
  "test-results": "NUnit XML",
  assemblies: "xUnit XML",
  TestRun: "TRX test results",
  CoverageSession: "OpenCover XML (not supported; convert it to Cobertura with ReportGenerator)",
  results: "a test-results XML",
  html: "HTML"
};
function headText(head) {
  if (typeof head === "string") return head.replace(/^\uFEFF/, "");
  const b0 = head[0];
  const b1 = head[1];
  if (b0 === 255 && b1 === 254) return head.toString("utf16le", 2);
  if (b0 === 254 && b1 === 255) {
    const body = head.subarray(2);
    return Buffer.from(body.subarray(0, body.length - body.length % 2)).swap16().toString("utf16le");
  }
  if (b0 === 60 && b1 === 0) return head.toString("utf16le");
  if (b0 === 0 && b1 === 60) {
    const sw = Buffer.from(head.subarray(0, head.length - head.length % 2));
    return sw.swap16().toString("utf16le");
  }
  const start = b0 === 239 && b1 === 187 && head[2] === 191 ? 3 : 0;
  return head.toString("utf8", start);
}
function looksBinary(s) {
  const n = Math.min(s.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 65533) bad++;
  }
  return n > 0 && bad / n > 0.05;
}
function xmlRoot(s) {
  let i = 0;
  for (; ; ) {
    const lt = s.indexOf("<", i);
    if (lt < 0) return void 0;
    if (s.startsWith("<?", lt)) {
      const e = s.indexOf("?>", lt);
      if (e < 0) return void 0;
      i = e + 2;
    } else if (s.startsWith("<!--", lt)) {
      const e = s.indexOf("-->", lt);
      if (e < 0) return void 0;
      i = e + 3;
    } else if (s.startsWith("<!", lt)) {
      const gt = s.indexOf(">", lt);
      if (gt < 0) return void 0;
      const open2 = s.indexOf("[", lt);
      if (open2 >= 0 && open2 < gt) {
        const close = s.indexOf("]", open2);
        if (close < 0) return void 0;
        const gt2 = s.indexOf(">", close);
        if (gt2 < 0) return void 0;
        i = gt2 + 1;
      } else {
        i = gt + 1;
      }
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(s.slice(lt, lt + 200));
      if (m === null) return void 0;
      return { name: m[1], rest: s.slice(lt) };
    }
  }
}
function detectFormat(head, source) {
  if (typeof head !== "string") {
    if (head[0] === 31 && head[1] === 139) {
      throw new UserError(`${source}: not a coverage report: gzip-compressed data (decompress it first)`);
    }
    if (head[0] === 80 && head[1] === 75 && head[2] === 3 && head[3] === 4) {
      throw new UserError(`${source}: not a coverage report: a zip archive (extract the report from it first)`);
    }
  }
  const s = headText(head);
  const t = s.trimStart();
  if (t === "") throw new UserError(`${source}: the coverage report is empty`);
  if (t.startsWith("<")) {
    const root = xmlRoot(t);
    if (root === void 0) throw new UserError(`${source}: not a coverage report: XML without a root element`);
    const name = root.name;
    if (name === "coverage") {
      const firstChild = /<(?!\/|!|\?)([A-Za-z_][\w.:-]*)/.exec(root.rest.slice(root.rest.indexOf(">") + 1));
      if (firstChild?.[1] === "project" || /^<coverage[^>]*\sclover=/.test(root.rest)) return "clover";
      return "cobertura";
    }
    if (name === "report") return "jacoco";
    const known = XML_ROOTS[name];
    throw new UserError(
      `${source}: not a coverage report: looks like ${known ?? `XML with root <${name}>`} (supported: LCOV, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile)`
    );
  }
  if (t.startsWith("{") || t.startsWith("[")) {
    if (/"statementMap"\s*:/.test(t) || /"coverageMap"\s*:/.test(t)) return "istanbul";
    if (/"source_files"\s*:/.test(t)) throw new UserError(`${source}: not a coverage report we read: looks like Coveralls JSON`);
    if (/"total"\s*:\s*\{\s*"lines"\s*:/.test(t)) {
      throw new UserError(
        `${source}: this is an istanbul json-summary (totals only, no line data); use coverage-final.json (reporter "json")`
      );
    }
    if (/"coverage"\s*:\s*\{/.test(t) && /"timestamp"\s*:/.test(t)) {
      throw new UserError(`${source}: not a coverage report we read: looks like a SimpleCov .resultset.json`);
    }
    if (/"numTotalTests"\s*:/.test(t)) {
      throw new UserError(`${source}: jest --json output without a coverageMap (run jest with --coverage)`);
    }
    if (/"gcovr\/format_version"\s*:/.test(t)) {
      throw new UserError(`${source}: not a coverage report we read: looks like gcovr JSON (use gcovr --cobertura or --lcov)`);
    }
    if (t.startsWith("{")) return "istanbul";
    throw new UserError(`${source}: not a coverage report: a JSON array`);
  }
  if (t.startsWith("mode:")) return "go";
  if (looksBinary(t)) throw new UserError(`${source}: not a coverage report: binary data`);
  for (const raw of t.split("\n", 50)) {
    const l = raw.trim();
    if (l === "" || l.startsWith("#")) continue;
    if (/^(TN|SF|VER|FN|FNDA|FNF|FNH|FNL|FNA|DA|BRDA|BRF|BRH|LF|LH):/.test(l) || l === "end_of_record") return "lcov";
    if (/^-?\s*[-#=\d]+:\s*\d+:/.test(l)) {
      throw new UserError(`${source}: not a coverage report we read: looks like gcov text output (use lcov or gcovr)`);
    }
    break;
  }
  const first = t.split("\n", 1)[0]?.slice(0, 60) ?? "";
  throw new UserError(
    `${source}: not a coverage report: unrecognised content starting with "${first}" (supported: LCOV, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile)`
  );
}

// src/coverage/parse/go.ts
var LINE_RE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
var GO_MAX_BLOCK_LINES = 1e5;
var GO_MAX_LINES = 2e7;
var goLimits = { maxLines: GO_MAX_LINES };
function parseGo(buf, source, paths) {
  const text = buf.toString("utf8");
  const b = new ReportBuilder("go", source, paths);
  let pos = 0;
  let lineNo = 0;
  let mode;
  const byFile = /* @__PURE__ */ new Map();
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    let line = text.slice(pos, end);
    pos = end + 1;
    lineNo++;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") continue;
    if (line.startsWith("mode:")) {
      const m2 = line.slice(5).trim();
      if (m2 !== "set" && m2 !== "count" && m2 !== "atomic") {
        throw new UserError(`${source}:${lineNo}: unknown Go coverage mode "${m2}" (expected set, count or atomic)`);
      }
      if (mode !== void 0 && mode !== m2) {
        throw new UserError(`${source}:${lineNo}: mixed Go coverage modes "${mode}" and "${m2}" in one profile`);
      }
      mode = m2;
      continue;
    }
    if (mode === void 0) throw new UserError(`${source}: not a Go coverprofile: the first line must be "mode: \u2026"`);
    const m = LINE_RE.exec(line);
    if (m === null) throw new UserError(`${source}:${lineNo}: malformed Go coverage block "${line.slice(0, 120)}"`);
    const file = m[1];
    const span = `${m[2]}.${m[3]},${m[4]}.${m[5]}`;
    const blk = { l1: Number(m[2]), l2: Number(m[4]), stmts: Number(m[6]), count: clampHits(Number(m[7])) };
    const shown = line.length > 120 ? `${line.slice(0, 120)}\u2026` : line;
    if (blk.l2 < blk.l1) throw new UserError(`${source}:${lineNo}: Go block ends before it starts: "${shown}"`);
    if (blk.l1 < 1 || blk.l2 > MAX_LINE) {
      throw new UserError(`${source}:${lineNo}: Go block lines out of range (1 to ${MAX_LINE}): "${shown}"`);
    }
    if (blk.l2 - blk.l1 >= GO_MAX_BLOCK_LINES) {
      throw new UserError(
        `${source}:${lineNo}: Go block spans ${blk.l2 - blk.l1 + 1} lines, more than the ${GO_MAX_BLOCK_LINES} one block can have: "${shown}"`
      );
    }
    let blocks = byFile.get(file);
    if (blocks === void 0) {
      blocks = /* @__PURE__ */ new Map();
      byFile.set(file, blocks);
    }
    const prev = blocks.get(span);
    if (prev === void 0) blocks.set(span, blk);
    else prev.count = mode === "set" ? Math.max(prev.count, blk.count) : clampHits(prev.count + blk.count);
  }
  if (mode === void 0) throw new UserError(`${source}: not a Go coverprofile: no "mode:" line`);
  if (byFile.size === 0) throw new UserError(`${source}: the go report contains no source files`);
  const mapper = goPathMapper([...byFile.keys()], paths);
  const budget = { left: goLimits.maxLines };
  for (const [imp, blocks] of byFile) {
    const f = b.file(mapper(imp));
    if (f === void 0) continue;
    sweep(
      [...blocks.values()].filter((blk) => blk.stmts > 0),
      source,
      budget,
      (line, hits, partial) => f.lines.set(line, lineRecord(hits, void 0, partial))
    );
  }
  return b.finish();
}
function sweep(blocks, source, budget, emit) {
  const n = blocks.length;
  if (n === 0) return;
  const byStart = blocks.slice().sort((x, y) => x.l1 - y.l1);
  const byEnd = blocks.slice().sort((x, y) => x.l2 - y.l2);
  const heap = [];
  let si = 0;
  let ei = 0;
  let covered = 0;
  let uncovered2 = 0;
  let p = byStart[0].l1;
  while (ei < n) {
    while (si < n && byStart[si].l1 <= p) {
      const blk = byStart[si++];
      heapPush(heap, blk);
      if (blk.count > 0) covered++;
      else uncovered2++;
    }
    while (ei < n && byEnd[ei].l2 < p) {
      if (byEnd[ei++].count > 0) covered--;
      else uncovered2--;
    }
    if (ei >= n) break;
    const q = Math.min(si < n ? byStart[si].l1 : Infinity, byEnd[ei].l2 + 1);
    if (covered + uncovered2 > 0) {
      budget.left -= q - p;
      if (budget.left < 0) {
        throw new UserError(`${source}: the Go profile covers more than ${goLimits.maxLines} lines; refusing to expand it`);
      }
      let hits = 0;
      if (covered > 0) {
        while (heap[0].l2 < p) heapPop(heap);
        hits = heap[0].count;
      }
      const partial = covered > 0 && uncovered2 > 0;
      for (let l = p; l < q; l++) emit(l, hits, partial);
    }
    p = q;
  }
}
function heapPush(h, blk) {
  let i = h.length;
  h.push(blk);
  while (i > 0) {
    const parent = i - 1 >> 1;
    if (h[parent].count >= blk.count) break;
    h[i] = h[parent];
    i = parent;
  }
  h[i] = blk;
}
function heapPop(h) {
  const last = h.pop();
  if (h.length === 0) return;
  let i = 0;
  const n = h.length;
  for (; ; ) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && h[r].count > h[l].count ? r : l;
    if (h[c].count <= last.count) break;
    h[i] = h[c];
    i = c;
  }
  h[i] = last;
}
var THREE_PART_HOSTS = /* @__PURE__ */ new Set(["github.com", "gitlab.com", "bitbucket.org", "golang.org", "go.googlesource.com"]);
function goPathMapper(importPaths, paths) {
  const modules = [];
  const index = paths.index;
  if (index !== void 0) {
    for (const gomod of index.named("go.mod")) {
      const content = index.read(gomod);
      const m = content === void 0 ? null : /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(content);
      if (m === null) continue;
      const dir = gomod.includes("/") ? gomod.slice(0, gomod.lastIndexOf("/")) : "";
      modules.push({ module: m[2], dir });
    }
    modules.sort((a, b) => b.module.length - a.module.length);
  }
  const fallback = commonModulePrefix(importPaths.filter((p) => !p.startsWith("/") && !p.startsWith(".")));
  return (p) => {
    for (const { module, dir } of modules) {
      if (p.startsWith(`${module}/`)) {
        const rest = p.slice(module.length + 1);
        return dir === "" ? rest : `${dir}/${rest}`;
      }
    }
    if (fallback !== void 0 && p.startsWith(`${fallback}/`)) {
      const rest = p.slice(fallback.length + 1);
      return /^v\d+\//.test(rest) ? rest.slice(rest.indexOf("/") + 1) : rest;
    }
    return p;
  };
}
function commonModulePrefix(importPaths) {
  if (importPaths.length === 0) return void 0;
  let common = importPaths[0].split("/").slice(0, -1);
  for (const p of importPaths) {
    const dirs = p.split("/").slice(0, -1);
    let k = 0;
    while (k < common.length && k < dirs.length && common[k] === dirs[k]) k++;
    common = common.slice(0, k);
    if (common.length === 0) return void 0;
  }
  const host = common[0];
  let take;
  if (THREE_PART_HOSTS.has(host)) take = 3;
  else if (host === "gopkg.in") take = 2;
  else if (host.includes(".")) take = 2;
  else take = 1;
  return common.slice(0, Math.min(take, common.length)).join("/");
}

// src/coverage/parse/istanbul.ts
var import_istanbul_lib_coverage = __toESM(require_istanbul_lib_coverage(), 1);
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function looksLikeFile(v) {
  if (!isObject(v)) return false;
  const d = isObject(v.data) ? v.data : v;
  return isObject(d.statementMap) && isObject(d.s);
}
function unwrapIstanbul(json, source) {
  if (!isObject(json)) throw new UserError(`${source}: not an istanbul coverage report: top level is not an object`);
  if (isObject(json.coverageMap)) return unwrapIstanbul(json.coverageMap, source);
  const keys = Object.keys(json);
  if (keys.length === 1 && keys[0] === "data" && isObject(json.data) && !looksLikeFile(json)) {
    return unwrapIstanbul(json.data, source);
  }
  return json;
}
function parseIstanbulJson(json, source, paths) {
  const map0 = unwrapIstanbul(json, source);
  const entries = Object.entries(map0);
  if (entries.length === 0) throw new UserError(`${source}: the istanbul report contains no source files`);
  for (const [key, v] of entries) {
    if (!looksLikeFile(v)) {
      if (isObject(v) && isObject(v.lines) && isObject(v.statements)) {
        throw new UserError(
          `${source}: this is an istanbul json-summary (totals only, no line data); use coverage-final.json (reporter "json")`
        );
      }
      throw new UserError(
        `${source}: not an istanbul coverage report: entry "${key.slice(0, 80)}" has no statementMap/s`
      );
    }
  }
  const data = {};
  for (const [key, v] of entries) {
    const o = v;
    const d = isObject(o.data) && !isObject(o.statementMap) ? o.data : o;
    checkCounts(d, key, source);
    data[key] = d;
  }
  let map;
  try {
    map = import_istanbul_lib_coverage.default.createCoverageMap(data);
  } catch (e) {
    throw new UserError(`${source}: invalid istanbul coverage data: ${e.message}`);
  }
  try {
    return buildReport(map, source, paths);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${source}: invalid istanbul coverage data: ${e.message}`);
  }
}
function buildReport(map, source, paths) {
  const b = new ReportBuilder("istanbul", source, paths);
  for (const file of map.files()) {
    const fc = map.fileCoverageFor(file);
    const f = b.file(fc.path || file);
    if (f === void 0) continue;
    const lines = fc.getLineCoverage();
    const branches = fc.getBranchCoverageByLine();
    for (const [l, hits] of Object.entries(lines)) {
      const line = Number(l);
      const br = branches[l];
      if (typeof hits !== "number") {
        throw new UserError(`${source}: istanbul entry "${file.slice(0, 80)}": line ${l.slice(0, 20)} has no count`);
      }
      b.addLine(f, line, hits, br === void 0 ? void 0 : { covered: br.covered, total: br.total });
    }
    for (const [l, br] of Object.entries(branches)) {
      if (lines[l] !== void 0) continue;
      const prev = f.unattachedBranches;
      f.unattachedBranches = {
        covered: (prev?.covered ?? 0) + br.covered,
        total: (prev?.total ?? 0) + br.total
      };
    }
    const s = fc.toSummary();
    b.addFunctions(f, s.functions.covered, s.functions.total);
  }
  const sum = map.getCoverageSummary();
  const producer = {
    lines: { covered: sum.lines.covered, total: sum.lines.total },
    branches: { covered: sum.branches.covered, total: sum.branches.total },
    functions: { covered: sum.functions.covered, total: sum.functions.total }
  };
  return b.finish(producer);
}
function checkCounts(d, key, source) {
  const bad = (what, v) => {
    const shown = typeof v === "string" ? JSON.stringify(v.slice(0, 38)) : Array.isArray(v) ? "an array" : v === null || typeof v !== "object" ? String(v).slice(0, 40) : "an object";
    throw new UserError(
      `${source}: istanbul entry "${key.slice(0, 80)}": ${what} is ${shown}, expected a non-negative integer count`
    );
  };
  const count = (v, what) => {
    if (typeof v !== "number" || !(v >= 0)) return bad(what, v);
    if (v > MAX_HITS) return MAX_HITS;
    return Number.isInteger(v) ? v : bad(what, v);
  };
  for (const name of ["s", "f"]) {
    const m = d[name];
    if (!isObject(m)) continue;
    for (const id of Object.keys(m)) m[id] = count(m[id], `${name}["${id.slice(0, 20)}"]`);
  }
  const pairs = [
    ["statementMap", "s"],
    ["fnMap", "f"],
    ["branchMap", "b"]
  ];
  for (const [mapName, countName] of pairs) {
    const m = d[mapName];
    const c = d[countName];
    if (!isObject(m)) continue;
    for (const id of Object.keys(m)) {
      if (!isObject(m[id])) {
        throw new UserError(`${source}: istanbul entry "${key.slice(0, 80)}": ${mapName}["${id.slice(0, 20)}"] is not an object`);
      }
      if (!isObject(c) || !Object.prototype.hasOwnProperty.call(c, id)) {
        throw new UserError(
          `${source}: istanbul entry "${key.slice(0, 80)}": ${mapName}["${id.slice(0, 20)}"] has no count in "${countName}"`
        );
      }
    }
  }
  const b = d.b;
  if (isObject(b)) {
    for (const id of Object.keys(b)) {
      const arr = b[id];
      if (!Array.isArray(arr)) return bad(`b["${id.slice(0, 20)}"]`, arr);
      for (let k = 0; k < arr.length; k++) arr[k] = count(arr[k], `b["${id.slice(0, 20)}"][${k}]`);
    }
  }
}
function parseIstanbul(buf, source, paths) {
  let json;
  try {
    json = JSON.parse(buf.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UserError(`${source}: truncated or malformed JSON (${e.message})`);
  }
  return parseIstanbulJson(json, source, paths);
}

// src/coverage/parse/jacoco.ts
var DEFAULT_SOURCE_ROOTS = [
  "src/main/java",
  "src/main/kotlin",
  "src/main/scala",
  "src/main/groovy",
  "src/test/java",
  "src/test/kotlin",
  "src/test/scala",
  "src/commonMain/kotlin",
  "src/jvmMain/kotlin",
  "src",
  "app/src/main/java",
  "app/src/main/kotlin"
];
function parseJacoco(buf, source, paths, sourceRoots = DEFAULT_SOURCE_ROOTS) {
  const xml = decodeXml(buf, source);
  const b = new ReportBuilder("jacoco", source, paths);
  const producer = {};
  const groups = [];
  const ambiguous = [];
  const notFound = [];
  let pkg;
  let cur;
  let depth = 0;
  let sourcefileDepth = 0;
  let linesWithoutCounts = 0;
  let sfName = "";
  let sfWithoutCounts = 0;
  let sfLineCounter;
  const roots = sourceRoots.map((r) => r.replace(/^\.?\/+|\/+$/g, ""));
  const resolve3 = (pkgPath) => {
    const index = paths.index;
    if (index === void 0) return b.file(pkgPath);
    const n = paths.normalize(pkgPath);
    if (!n.outside && index.has(n.path)) return b.fileAt(n.path);
    let cands = index.withSuffix(pkgPath);
    if (cands.length > 1) {
      const underRoot = cands.filter((c) => {
        const prefix = c.slice(0, c.length - pkgPath.length).replace(/\/$/, "");
        return roots.some((r) => prefix === r || prefix.endsWith(`/${r}`));
      });
      if (underRoot.length > 0) cands = underRoot;
    }
    if (cands.length > 1 && groups.length > 0) {
      const inGroup = cands.filter((c) => groups.some((g) => c.startsWith(`${g}/`) || c.includes(`/${g}/`)));
      if (inGroup.length > 0) cands = inGroup;
    }
    if (cands.length === 1) return b.fileAt(cands[0]);
    if (cands.length > 1) ambiguous.push(`${pkgPath} (${cands.slice(0, 3).join(", ")}${cands.length > 3 ? ", \u2026" : ""})`);
    else notFound.push(pkgPath);
    return b.file(pkgPath);
  };
  parseXml(xml, source, {
    open(name, a) {
      depth++;
      if (depth === 1 && name !== "report") {
        throw new UserError(`${source}: not a JaCoCo report: root element is <${name}>, expected <report>`);
      }
      if (name === "line") {
        if (sourcefileDepth > 0) {
          const nr = intAttr(a, "nr", source, "line");
          if (nr === void 0) throw new UserError(`${source}: <line> without an nr attribute`);
          const ci = countAttr(a, "ci", source, "line");
          const mb = countAttr(a, "mb", source, "line") ?? 0;
          const cb = countAttr(a, "cb", source, "line") ?? 0;
          if (ci === void 0) {
            linesWithoutCounts++;
            sfWithoutCounts++;
          }
          if (cur !== void 0) {
            const br = mb + cb > 0 ? { covered: cb, total: mb + cb } : void 0;
            b.addLine(cur, nr, ci ?? 0, br);
          }
        }
      } else if (name === "counter") {
        const type = a.get("type");
        const missed = countAttr(a, "missed", source, "counter");
        const covered = countAttr(a, "covered", source, "counter");
        if (missed !== void 0 && covered !== void 0) {
          const r = { covered, total: clampHits(missed + covered) };
          if (depth === 2) {
            if (type === "LINE") producer.lines = r;
            else if (type === "BRANCH") producer.branches = r;
            else if (type === "METHOD") producer.functions = r;
          } else if (sourcefileDepth > 0 && depth === sourcefileDepth + 1) {
            if (type === "METHOD" && cur !== void 0) b.addFunctions(cur, r.covered, r.total);
            else if (type === "LINE") sfLineCounter = r;
          }
        }
      } else if (name === "sourcefile") {
        if (pkg === void 0) throw new UserError(`${source}: <sourcefile> outside a <package>`);
        const file = a.get("name");
        if (file === void 0 || file === "") throw new UserError(`${source}: <sourcefile> without a name`);
        sfName = pkg === "" ? file : `${pkg.replace(/\/+$/, "")}/${file}`;
        cur = resolve3(sfName);
        sourcefileDepth = depth;
        sfWithoutCounts = 0;
        sfLineCounter = void 0;
      } else if (name === "package") {
        pkg = a.get("name") ?? "";
      } else if (name === "group") {
        groups.push(a.get("name") ?? "");
      }
    },
    close(name) {
      depth--;
      if (name === "sourcefile") {
        if (sfWithoutCounts > 0 && cur !== void 0) {
          if (sfLineCounter === void 0) {
            throw new UserError(
              `${source}: <sourcefile> ${sfName} has ${sfWithoutCounts} <line> element(s) without mi/ci counts and no LINE counter, so its line coverage is unknown`
            );
          }
          const prev = cur.statedLines;
          cur.statedLines = prev === void 0 ? sfLineCounter : { covered: clampHits(prev.covered + sfLineCounter.covered), total: clampHits(prev.total + sfLineCounter.total) };
        }
        sourcefileDepth = 0;
        cur = void 0;
      } else if (name === "package") pkg = void 0;
      else if (name === "group") groups.pop();
    }
  });
  if (linesWithoutCounts > 0) {
    b.warn(
      `${source}: ${linesWithoutCounts} <line> element(s) have no mi/ci counts (e.g. gcovr's JaCoCo writer): the report has no per-line hits, so line totals come from its LINE counters and patch coverage is n/a; prefer this tool's Cobertura or LCOV output`
    );
  }
  if (ambiguous.length > 0) {
    b.warn(
      `${source}: ${ambiguous.length} JaCoCo file(s) match several repository paths, kept as package paths: ${ambiguous.slice(0, 3).join("; ")}`
    );
  }
  if (notFound.length > 0 && paths.index !== void 0) {
    b.warn(
      `${source}: ${notFound.length} JaCoCo file(s) not found under the repository source roots, kept as package paths: ${notFound.slice(0, 3).join(", ")}`
    );
  }
  return b.finish(producer);
}

// src/coverage/parse/lcov.ts
var NL = 10;
var CR = 13;
var COLON = 58;
var COMMA = 44;
var EMPTY_BUF = Buffer.alloc(0);
function addHits(a, b) {
  const sum = a + b;
  return sum > MAX_HITS ? MAX_HITS : sum;
}
var BRANCH_ID_RADIX = 2 ** 21;
var BRANCH_BLOCK_LIMIT = 2 ** 31;
function parseLcov(buf, source, paths, opts = {}) {
  const stream = lcovStream(source, paths, (start, end) => buf.subarray(start, end), opts);
  stream.push(buf, 0);
  return stream.finish();
}
function lcovStream(source, paths, reread, opts = {}) {
  return new LcovParser(source, paths, reread, opts.exactOnly === true);
}
var LcovParser = class {
  constructor(source, paths, reread, exactOnly) {
    this.source = source;
    this.reread = reread;
    this.exactOnly = exactOnly;
    this.b = new ReportBuilder("lcov", source, paths);
  }
  source;
  reread;
  exactOnly;
  b;
  /**
   * Each file's first block as [start, end] report offsets at its index (kept in the file's
   * LineMap.parserTag); `exactAt[index]` = 1 once the file is to be tallied by name at the end.
   */
  ranges = new Float64Array(1024);
  exactAt = new Uint8Array(512);
  rangeN = 0;
  /** Later blocks of files that have several: [start, end, start, end, \u2026]. */
  moreBlocks = /* @__PURE__ */ new Map();
  /** Files tallied exactly (by name) at the end instead of per block, with their block index. */
  exact = [];
  tally = new BlockTally();
  run = new DaRun();
  /** Reads the numeric fields of BRDA, FN, FNDA and FNA records (one per parser, reused record to record). */
  fields = new FieldReader();
  lf = 0;
  lh = 0;
  brf = 0;
  brh = 0;
  fnf = 0;
  fnh = 0;
  hasL = false;
  hasB = false;
  hasF = false;
  lineNo = 0;
  cur;
  /** The current file's LineMap (undefined outside a block or for a file outside the repo). */
  lines;
  inRecord = false;
  sawSf = false;
  /** The current file had no lines before this SF block: DA lines can be set directly. */
  fresh = false;
  lastLine = 0;
  /** Report offset of the current block's SF line. */
  blockStart = 0;
  /** The piece being parsed, and its report offset. */
  chunk = EMPTY_BUF;
  offset = 0;
  push(chunk, offset) {
    this.chunk = chunk;
    this.offset = offset;
    this.scan(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    this.chunk = EMPTY_BUF;
  }
  scan(buf) {
    const len = buf.length;
    let lim = len;
    while (lim > 0 && buf[lim - 1] !== NL) lim--;
    let pos = 0;
    while (pos < len) {
      if (this.fresh && buf[pos] === 68 && this.lines !== void 0) {
        const run = this.run;
        const next = run.scan(buf, pos, lim, this.lastLine);
        if (next !== pos) {
          this.lineNo += run.scanned;
          this.lastLine = run.last;
          pos = next;
          continue;
        }
      }
      let end = pos;
      while (end < len && buf[end] !== NL) end++;
      this.lineNo++;
      let e = end;
      if (e > pos && buf[e - 1] === CR) e--;
      this.record(buf, pos, e, end);
      pos = end + 1;
    }
  }
  /** One record (bytes pos\u2026e, its newline at `end`). Unknown records (TN, VER, FNL, \u2026) are ignored. */
  record(buf, pos, e, end) {
    const c0 = buf[pos];
    const c1 = buf[pos + 1];
    const c2 = buf[pos + 2];
    const c3 = buf[pos + 3];
    if (c0 === 68 && c1 === 65 && c2 === COLON) this.da(buf, pos, e);
    else if (c0 === 83 && c1 === 70 && c2 === COLON) this.sf(pos, e);
    else if (c0 === 66 && c1 === 82) {
      if (c2 === 68 && c3 === 65 && buf[pos + 4] === COLON) this.brda(buf, pos, e);
      else if (c2 === 70 && c3 === COLON) {
        this.brf = addHits(this.brf, summaryInt(buf, pos + 4, e, this));
        this.hasB = true;
      } else if (c2 === 72 && c3 === COLON) {
        this.brh = addHits(this.brh, summaryInt(buf, pos + 4, e, this));
        this.hasB = true;
      }
    } else if (c0 === 70 && c1 === 78) {
      if (c2 === 68 && c3 === 65 && buf[pos + 4] === COLON) this.fnda(buf, pos, e);
      else if (c2 === 65 && c3 === COLON) this.fna(buf, pos, e);
      else if (c2 === COLON) this.fn(buf, pos, e);
      else if (c2 === 70 && c3 === COLON) {
        this.fnf = addHits(this.fnf, summaryInt(buf, pos + 4, e, this));
        this.hasF = true;
      } else if (c2 === 72 && c3 === COLON) {
        this.fnh = addHits(this.fnh, summaryInt(buf, pos + 4, e, this));
        this.hasF = true;
      }
    } else if (c0 === 76 && (c1 === 70 || c1 === 72) && c2 === COLON) {
      const v = summaryInt(buf, pos + 3, e, this);
      if (c1 === 70) this.lf = addHits(this.lf, v);
      else this.lh = addHits(this.lh, v);
      this.hasL = true;
    } else if (c0 === 101 && startsWith(buf, pos, "end_of_record")) {
      if (this.cur !== void 0) this.closeBlock(this.cur, this.offset + Math.min(end + 1, buf.length));
      this.inRecord = false;
      this.cur = void 0;
      this.lines = void 0;
    } else if (c0 === 0) {
      throw new UserError(`${this.source}: not an LCOV file: binary data at line ${this.lineNo}`);
    }
  }
  /** A malformed-record error at the current line. */
  bad(what) {
    return new UserError(`${this.source}:${this.lineNo}: malformed LCOV ${what}`);
  }
  /** Bytes p\u2026end of the current piece as text. */
  text(p, end) {
    return this.chunk.toString("utf8", p, end);
  }
  /** DA:<line>,<hits>[,<checksum>] outside a fast run: every check, and lines summed when repeated. */
  da(buf, pos, e) {
    if (!this.inRecord) throw this.bad("DA record outside an SF block");
    let q = pos + 3;
    let line = 0;
    let c = buf[q] - 48;
    while (c >= 0 && c <= 9) {
      line = line * 10 + c;
      c = buf[++q] - 48;
    }
    const okLine = q > pos + 3 && buf[q] === COMMA;
    q++;
    let neg = false;
    if (buf[q] === 45) {
      neg = true;
      q++;
    }
    const hs = q;
    let hits = 0;
    c = buf[q] - 48;
    while (c >= 0 && c <= 9) {
      hits = hits * 10 + c;
      c = buf[++q] - 48;
    }
    if (!okLine || line > MAX_LINE) throw this.bad(`DA record "${this.text(pos, e)}"`);
    if (q === hs || q < e && buf[q] !== COMMA) {
      const f = countField(this.text(hs, e).split(",")[0].trim());
      if (!Number.isInteger(f) || f < 0) throw this.bad(`DA record "${this.text(pos, e)}"`);
      hits = f;
    }
    if (hits > MAX_HITS) hits = MAX_HITS;
    if (neg) hits = 0;
    if (this.run.n > 0) this.flush();
    const cur = this.cur;
    if (line < 1) this.b.skippedLineZero(1);
    if (cur === void 0 || line < 1) return;
    if (this.fresh && line > this.lastLine && this.lines !== void 0) {
      this.lines.setHits(line, hits);
      this.lastLine = line;
    } else {
      const prev = cur.lines.get(line);
      cur.lines.set(line, prev === void 0 ? lineRecord(hits) : lineRecord(addHits(prev.hits, hits), prev.branches));
      if (line > this.lastLine) this.lastLine = line;
      this.fresh = false;
    }
  }
  sf(pos, e) {
    const raw = this.text(pos + 3, e).trim();
    if (raw === "") throw this.bad("SF record with an empty path");
    if (this.cur !== void 0) this.closeBlock(this.cur, this.offset + pos);
    this.sawSf = true;
    this.inRecord = true;
    this.flush();
    const cur = this.b.file(raw);
    this.cur = cur;
    this.fresh = cur !== void 0 && cur.lines.size === 0;
    this.lines = cur !== void 0 && cur.lines instanceof LineMap ? cur.lines : void 0;
    this.lastLine = 0;
    this.blockStart = this.offset + pos;
    this.tally.reset();
  }
  brda(buf, pos, e) {
    if (!this.inRecord) throw this.bad("BRDA record outside an SF block");
    if (this.cur === void 0) return;
    const f = this.fields;
    if (f.brda(buf, pos + 5, e)) {
      if (!this.tally.inexact) this.tally.branch(f.line, f.block * BRANCH_ID_RADIX + f.branch, f.taken);
    } else {
      brdaSlow(this.text(pos + 5, e), () => this.bad(`BRDA record "${this.text(pos, e)}"`));
      this.tally.inexact = true;
    }
  }
  /** FNDA:<hits>,<name> */
  fnda(buf, pos, e) {
    if (this.cur === void 0) return;
    const f = this.fields;
    const hits = f.uint(buf, pos + 5, e);
    this.fnRecord(buf, pos, e, hits >= 0 && buf[f.end] === COMMA ? f.end + 1 : -1, hits, "FNDA", fndaSlow);
  }
  /** lcov 2: FNA:<index>,<hits>,<alias name> */
  fna(buf, pos, e) {
    if (this.cur === void 0) return;
    const name = this.fields.fnaNameStart(buf, pos + 4, e);
    this.fnRecord(buf, pos, e, name, this.fields.hits, "FNA", fnaSlow);
  }
  /** FN:<line>[,<end line>],<name>: declares a function (0 hits until an FNDA says otherwise). */
  fn(buf, pos, e) {
    if (this.cur === void 0) return;
    this.fnRecord(buf, pos, e, this.fields.fnNameStart(buf, pos + 3, e), 0, "FN", fnSlow);
  }
  /**
   * A function record whose name starts at `name` (bytes up to e) with `hits`; name < 0 when the fast
   * reading does not apply: the record is then checked by the general rule (`slow`, which throws the
   * malformed-record error) and its block is tallied by name at the end.
   */
  fnRecord(buf, pos, e, name, hits, tag, slow) {
    if (name >= 0) {
      if (!this.tally.inexact) this.tally.fn(buf, name, e, hits);
      return;
    }
    slow(this.text(pos + tag.length + 1, e), () => this.bad(`${tag} record "${this.text(pos, e)}"`));
    this.tally.inexact = true;
  }
  flush() {
    const run = this.run;
    if (run.n > 0 && this.lines !== void 0) this.lines.adoptDense(run.d, run.max, run.n, run.covered);
    run.clear();
  }
  /** End of the current file's block at report offset `end`: record its range, settle its tallies. */
  closeBlock(cur, end) {
    this.flush();
    const lines = cur.lines;
    let k = lines.parserTag;
    if (k < 0) {
      k = this.rangeN++;
      if (k * 2 === this.ranges.length) this.ranges = grow64(this.ranges);
      if (k === this.exactAt.length) {
        const next = new Uint8Array(k * 2);
        next.set(this.exactAt);
        this.exactAt = next;
      }
      this.ranges[k * 2] = this.blockStart;
      this.ranges[k * 2 + 1] = end;
      lines.parserTag = k;
      if (this.tally.inexact || this.exactOnly) this.markExact(cur, k);
      else this.tally.settle(cur);
    } else {
      const more = this.moreBlocks.get(cur);
      if (more === void 0) this.moreBlocks.set(cur, [this.blockStart, end]);
      else more.push(this.blockStart, end);
      this.markExact(cur, k);
    }
    this.tally.reset();
  }
  markExact(f, k) {
    if (this.exactAt[k] === 1) return;
    this.exactAt[k] = 1;
    this.exact.push([f, k]);
  }
  finish() {
    this.flush();
    if (!this.sawSf) throw new UserError(`${this.source}: not an LCOV file: no SF: records`);
    if (this.inRecord) throw new UserError(`${this.source}: truncated LCOV: the last SF block has no end_of_record`);
    for (const [f, k] of this.exact) {
      const all = [this.ranges[k * 2], this.ranges[k * 2 + 1], ...this.moreBlocks.get(f) ?? []];
      exactTally(f, all, this.reread);
    }
    for (const f of this.b.files.values()) if (f.lines instanceof LineMap) f.lines.parserTag = -1;
    const producer = {};
    if (this.hasL) producer.lines = { covered: this.lh, total: this.lf };
    if (this.hasB) producer.branches = { covered: this.brh, total: this.brf };
    if (this.hasF) producer.functions = { covered: this.fnh, total: this.fnf };
    return this.b.finish(producer);
  }
};
var BlockTally = class {
  inexact = false;
  /** The block's function names, copied (a block may go on in the next piece of the file). */
  names = new Uint8Array(4096);
  namesLen = 0;
  fnN = 0;
  fnStart = new Int32Array(64);
  fnEnd = new Int32Array(64);
  fnHash = new Int32Array(64);
  fnHits = new Float64Array(64);
  /** Open-addressing table: slot \u2192 entry + 1, valid while slotGen[slot] === gen. */
  slots = new Int32Array(256);
  slotGen = new Int32Array(256);
  gen = 1;
  brN = 0;
  brLine = new Float64Array(64);
  brKey = new Float64Array(64);
  brTaken = new Float64Array(64);
  reset() {
    this.inexact = false;
    this.namesLen = 0;
    this.fnN = 0;
    this.brN = 0;
    if (++this.gen === 2 ** 31 - 1) {
      this.slotGen.fill(0);
      this.gen = 1;
    }
  }
  /** A function named by bytes s\u2026e of buf (FN: hits 0, FNDA/FNA: its hits). */
  fn(buf, s, e, hits) {
    let h = 2166136261 | 0;
    let high = 0;
    for (let k = s; k < e; k++) {
      const c = buf[k];
      high |= c;
      h = Math.imul(h ^ c, 16777619);
    }
    if (high >= 128) {
      this.inexact = true;
      return;
    }
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = slot + 1 & mask) {
      if (this.slotGen[slot] !== this.gen) {
        const i2 = this.fnN++;
        if (i2 === this.fnStart.length) this.growFns();
        const at2 = this.keepName(buf, s, e);
        this.fnStart[i2] = at2;
        this.fnEnd[i2] = at2 + (e - s);
        this.fnHash[i2] = h;
        this.fnHits[i2] = hits;
        this.slotGen[slot] = this.gen;
        this.slots[slot] = i2 + 1;
        if (this.fnN * 2 > this.slots.length) this.rehash();
        return;
      }
      const i = this.slots[slot] - 1;
      if (this.fnHash[i] === h && sameBytes(this.names, this.fnStart[i], this.fnEnd[i], buf, s, e)) {
        this.fnHits[i] = this.fnHits[i] + hits;
        return;
      }
    }
  }
  /** Copy bytes s\u2026e of buf after the names kept so far; returns where they start. */
  keepName(buf, s, e) {
    const at2 = this.namesLen;
    const end = at2 + (e - s);
    if (end > this.names.length) {
      let size = this.names.length * 2;
      while (size < end) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.names.subarray(0, at2));
      this.names = next;
    }
    const names = this.names;
    for (let k = s; k < e; k++) names[at2 + k - s] = buf[k];
    this.namesLen = end;
    return at2;
  }
  branch(line, key, taken) {
    const i = this.brN++;
    if (i === this.brLine.length) {
      this.brLine = grow64(this.brLine);
      this.brKey = grow64(this.brKey);
      this.brTaken = grow64(this.brTaken);
    }
    this.brLine[i] = line;
    this.brKey[i] = key;
    this.brTaken[i] = taken;
  }
  /** Put this block's totals on its (first-seen) file. */
  settle(f) {
    if (this.fnN > 0) {
      let covered = 0;
      for (let i = 0; i < this.fnN; i++) if (this.fnHits[i] > 0) covered++;
      f.functions = { covered, total: this.fnN };
    }
    if (this.brN > 0) this.settleBranches(f);
  }
  settleBranches(f) {
    const n = this.brN;
    let order;
    for (let i2 = 1; i2 < n; i2++) {
      const dl = this.brLine[i2] - this.brLine[i2 - 1];
      if (dl < 0 || dl === 0 && this.brKey[i2] <= this.brKey[i2 - 1]) {
        order = [];
        break;
      }
    }
    if (order !== void 0) {
      for (let i2 = 0; i2 < n; i2++) order.push(i2);
      order.sort((a, c) => this.brLine[a] - this.brLine[c] || this.brKey[a] - this.brKey[c]);
    }
    const lm = f.lines instanceof LineMap ? f.lines : void 0;
    let ucov = 0;
    let utot = 0;
    let i = 0;
    while (i < n) {
      const line = this.brLine[order === void 0 ? i : order[i]];
      let covered = 0;
      let total = 0;
      while (i < n) {
        const a = order === void 0 ? i : order[i];
        if (this.brLine[a] !== line) break;
        const key = this.brKey[a];
        let taken = this.brTaken[a];
        i++;
        while (i < n) {
          const c = order === void 0 ? i : order[i];
          if (this.brLine[c] !== line || this.brKey[c] !== key) break;
          taken += this.brTaken[c];
          i++;
        }
        total++;
        if (taken > 0) covered++;
      }
      if (line < 1) continue;
      if (lm !== void 0 ? lm.setBranches(line, covered, total) : setBranchesOn(f, line, covered, total)) continue;
      ucov += covered;
      utot += total;
    }
    if (utot > 0) {
      const u = f.unattachedBranches;
      f.unattachedBranches = { covered: (u?.covered ?? 0) + ucov, total: (u?.total ?? 0) + utot };
    }
  }
  growFns() {
    const n = this.fnStart.length * 2;
    const s = new Int32Array(n);
    s.set(this.fnStart);
    this.fnStart = s;
    const e = new Int32Array(n);
    e.set(this.fnEnd);
    this.fnEnd = e;
    const h = new Int32Array(n);
    h.set(this.fnHash);
    this.fnHash = h;
    this.fnHits = grow64(this.fnHits);
  }
  rehash() {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.slotGen = new Int32Array(size);
    this.gen = 1;
    const mask = size - 1;
    for (let i = 0; i < this.fnN; i++) {
      let slot = this.fnHash[i] & mask;
      while (this.slotGen[slot] === this.gen) slot = slot + 1 & mask;
      this.slotGen[slot] = this.gen;
      this.slots[slot] = i + 1;
    }
  }
};
function grow64(a) {
  const next = new Float64Array(a.length * 2);
  next.set(a);
  return next;
}
function sameBytes(a, as, ae, b, bs, be) {
  if (ae - as !== be - bs) return false;
  for (let k = 0; k < ae - as; k++) if (a[as + k] !== b[bs + k]) return false;
  return true;
}
function setBranchesOn(f, line, covered, total) {
  const prev = f.lines.get(line);
  if (prev === void 0) return false;
  f.lines.set(line, lineRecord(prev.hits, { covered, total }));
  return true;
}
function exactTally(f, ranges, reread) {
  const ex = {};
  for (let k = 0; k < ranges.length; k += 2) {
    const bytes = reread(ranges[k], ranges[k + 1]);
    const buf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const text = (p, end) => bytes.toString("utf8", p, end);
    let pos = 0;
    while (pos < buf.length) {
      let end = buf.indexOf(NL, pos);
      if (end < 0) end = buf.length;
      let e = end;
      if (e > pos && buf[e - 1] === CR) e--;
      if (buf[pos] === 66 && startsWith(buf, pos, "BRDA:")) {
        const [line, key, taken] = brdaSlow(text(pos + 5, e), () => new UserError("BRDA"));
        addBranch(ex.branches ??= /* @__PURE__ */ new Map(), line, key, taken);
      } else if (buf[pos] === 70 && buf[pos + 1] === 78) {
        let named;
        if (startsWith(buf, pos, "FNDA:")) named = fndaSlow(text(pos + 5, e), () => new UserError("FNDA"));
        else if (startsWith(buf, pos, "FNA:")) named = fnaSlow(text(pos + 4, e), () => new UserError("FNA"));
        else if (startsWith(buf, pos, "FN:")) named = [fnSlow(text(pos + 3, e), () => new UserError("FN")), 0];
        if (named !== void 0) {
          const fns = ex.functions ??= /* @__PURE__ */ new Map();
          fns.set(named[0], addHits(fns.get(named[0]) ?? 0, named[1]));
        }
      }
      pos = end + 1;
    }
  }
  if (f.lines instanceof LineMap) f.lines.dropBranches();
  else for (const [line, rec] of f.lines) if (rec.branches !== void 0) f.lines.set(line, lineRecord(rec.hits));
  f.unattachedBranches = void 0;
  f.functions = void 0;
  let ucov = 0;
  let utot = 0;
  for (const [line, m] of ex.branches ?? []) {
    if (line < 1) continue;
    let covered = 0;
    for (let k = 1; k < m.length; k += 2) if (m[k] > 0) covered++;
    const total = m.length >> 1;
    if (setBranchesOn(f, line, covered, total)) continue;
    ucov += covered;
    utot += total;
  }
  if (utot > 0) f.unattachedBranches = { covered: ucov, total: utot };
  if (ex.functions !== void 0) {
    let covered = 0;
    for (const h of ex.functions.values()) if (h > 0) covered++;
    f.functions = { covered, total: ex.functions.size };
  }
}
function brdaSlow(s, bad) {
  const parts = s.split(",");
  const line = /^\d{1,10}$/.test(parts[0] ?? "") ? Number(parts[0]) : NaN;
  const takenRaw = parts[parts.length - 1];
  if (parts.length < 4 || !(line <= MAX_LINE) || takenRaw === void 0) throw bad();
  const taken = takenRaw === "-" ? 0 : countField(takenRaw);
  if (!Number.isFinite(taken) || taken < 0) throw bad();
  if (parts.length === 4) {
    const bl = parts[1];
    const br = parts[2];
    if (/^\d{1,10}$/.test(bl) && /^\d{1,7}$/.test(br) && Number(bl) < BRANCH_BLOCK_LIMIT && Number(br) < BRANCH_ID_RADIX) {
      return [line, Number(bl) * BRANCH_ID_RADIX + Number(br), taken];
    }
  }
  const key = parts.length > 4 ? `${parts[1]},${parts.slice(2, -1).join(",")}` : `${parts[1]},${parts[2]}`;
  return [line, key, taken];
}
var DECIMAL_COUNT = /^\s*[-+]?\d+(?:\.\d*)?\s*$/;
function countField(raw) {
  if (!DECIMAL_COUNT.test(raw)) return NaN;
  const n = Number(raw);
  if (Number.isFinite(n)) return n > MAX_HITS ? MAX_HITS : n < -MAX_HITS ? -MAX_HITS : n;
  return n > 0 ? MAX_HITS : -MAX_HITS;
}
function fndaSlow(s, bad) {
  const comma = s.indexOf(",");
  const hits = countField(s.slice(0, comma));
  if (comma < 0 || !Number.isFinite(hits)) throw bad();
  return [s.slice(comma + 1), Math.max(0, hits)];
}
function fnaSlow(s, bad) {
  const c1i = s.indexOf(",");
  const c2i = s.indexOf(",", c1i + 1);
  const hits = countField(s.slice(c1i + 1, c2i));
  if (c1i < 0 || c2i < 0 || !Number.isFinite(hits)) throw bad();
  return [s.slice(c2i + 1), Math.max(0, hits)];
}
function fnSlow(s, bad) {
  const parts = s.split(",");
  if (parts.length < 2 || !Number.isInteger(Number(parts[0]))) throw bad();
  return Number.isInteger(Number(parts[1])) && parts.length > 2 ? parts.slice(2).join(",") : parts.slice(1).join(",");
}
function addBranch(brs, line, key, taken) {
  const m = brs.get(line);
  if (m === void 0) {
    brs.set(line, [key, taken]);
    return;
  }
  for (let k = 0; k < m.length; k += 2) {
    if (m[k] === key) {
      m[k + 1] = addHits(m[k + 1], taken);
      return;
    }
  }
  m.push(key, taken);
}
var MAX_FAST_DIGITS = 15;
var FieldReader = class {
  /** Index of the first byte after the last number read by `uint`. */
  end = 0;
  /** FNA: the hits read by fnaNameStart. */
  hits = 0;
  /** BRDA: the fields read by brda. */
  line = 0;
  block = 0;
  branch = 0;
  taken = 0;
  /** Unsigned integer of 1\u201315 digits at p (up to e); -1 if none or longer. Sets `end` to the byte after it. */
  uint(buf, p, e) {
    let n = 0;
    let q = p;
    while (q < e) {
      const c = buf[q] - 48;
      if (c < 0 || c > 9) break;
      n = n * 10 + c;
      q++;
    }
    this.end = q;
    return q === p || q - p > MAX_FAST_DIGITS ? -1 : n;
  }
  /**
   * BRDA fields `<line>,<block>,<branch>,<taken|->` (bytes p\u2026e after `BRDA:`) as plain numbers, with
   * block and branch small enough for a numeric branch id: true, and the fields set; false otherwise.
   */
  brda(buf, p, e) {
    const line = this.uint(buf, p, e);
    if (line < 0 || buf[this.end] !== COMMA) return false;
    const block = this.uint(buf, this.end + 1, e);
    if (block < 0 || block >= BRANCH_BLOCK_LIMIT || buf[this.end] !== COMMA) return false;
    const branch = this.uint(buf, this.end + 1, e);
    if (branch < 0 || branch >= BRANCH_ID_RADIX || buf[this.end] !== COMMA) return false;
    let taken;
    if (buf[this.end + 1] === 45 && this.end + 2 === e) taken = 0;
    else {
      taken = this.uint(buf, this.end + 1, e);
      if (taken < 0 || this.end !== e) return false;
    }
    this.line = line;
    this.block = block;
    this.branch = branch;
    this.taken = taken;
    return true;
  }
  /** Where the name of an FN record starts (bytes p\u2026e after `FN:`; see fnNameFast), or -1 for the general path. */
  fnNameStart(buf, p, e) {
    const line = this.uint(buf, p, e);
    if (line < 0 || buf[this.end] !== COMMA) return -1;
    const second = this.end + 1;
    const endLine = this.uint(buf, second, e);
    if (endLine >= 0 && buf[this.end] === COMMA && this.end < e) return this.end + 1;
    for (let k = second; k < e; k++) if (buf[k] === COMMA) return -1;
    return second;
  }
  /**
   * lcov 2 `FNA:<index>,<hits>,<name>` (bytes p\u2026e after `FNA:`) with plain-digit hits: where the name
   * starts (hits in `hits`), else -1 (the general path decides; it does not read the index either).
   */
  fnaNameStart(buf, p, e) {
    let q = p;
    while (q < e && buf[q] !== COMMA) q++;
    if (q >= e) return -1;
    const hits = this.uint(buf, q + 1, e);
    if (hits < 0 || buf[this.end] !== COMMA) return -1;
    this.hits = hits;
    return this.end + 1;
  }
};
var RUN_MAX_LINE = 1 << 22;
var RUN_MAX_HIT_DIGITS = 9;
var NO_RECORD = -1;
var DaRun = class {
  d = new Int32Array(4096).fill(NO_RECORD);
  max = 0;
  n = 0;
  covered = 0;
  /** What the last `scan` read: how many DA lines, and the last line number (the one before if none). */
  scanned = 0;
  last = 0;
  clear() {
    if (this.max > 0) this.d.fill(NO_RECORD, 1, this.max + 1);
    this.max = 0;
    this.n = 0;
    this.covered = 0;
  }
  grow(line) {
    let size = this.d.length * 2;
    while (size <= line) size *= 2;
    const next = new Int32Array(Math.min(size, RUN_MAX_LINE)).fill(NO_RECORD);
    next.set(this.d);
    this.d = next;
  }
  /**
   * Consume consecutive `DA:<line>,<hits>[,<checksum>]\n` lines with line numbers above `lastLine` and
   * strictly increasing into the run, from `pos`; returns where it stopped (that line's start). It stops at
   * anything else, which the general loop then handles with full checks. Sets `scanned` and `last`.
   */
  scan(buf, pos, len, lastLine) {
    let d = this.d;
    let max = this.max;
    let n = 0;
    let covered = 0;
    let last = lastLine;
    let p = pos;
    while (p + 4 < len && buf[p] === 68 && buf[p + 1] === 65 && buf[p + 2] === COLON) {
      let q = p + 3;
      let line = 0;
      let c = buf[q] - 48;
      if (c < 0 || c > 9) break;
      while (c >= 0 && c <= 9) {
        line = line * 10 + c;
        c = buf[++q] - 48;
      }
      if (q >= len || buf[q] !== COMMA || line <= last || line >= RUN_MAX_LINE) break;
      q++;
      const hs = q;
      let hits = 0;
      c = buf[q] - 48;
      while (c >= 0 && c <= 9) {
        hits = hits * 10 + c;
        c = buf[++q] - 48;
      }
      if (q === hs || q - hs > RUN_MAX_HIT_DIGITS) break;
      const t = buf[q];
      if (t === COMMA) {
        while (buf[q] !== NL) q++;
        if (buf[q - 1] === CR) break;
      } else if (t !== NL) break;
      if (q >= len) break;
      if (line >= d.length) {
        this.grow(line);
        d = this.d;
      }
      d[line] = hits;
      max = line;
      n++;
      if (hits > 0) covered++;
      last = line;
      p = q + 1;
    }
    this.max = max;
    this.n += n;
    this.covered += covered;
    this.scanned = n;
    this.last = last;
    return p;
  }
};
function startsWith(buf, pos, s) {
  for (let i = 0; i < s.length; i++) if (buf[pos + i] !== s.charCodeAt(i)) return false;
  return true;
}
function summaryInt(buf, p, e, at2) {
  let n = 0;
  let q = p;
  for (; q < e; q++) {
    const c = buf[q] - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  if (q === p || q !== e) throw at2.bad(`summary record "${at2.text(p - 3, e)}"`);
  return n > MAX_HITS ? MAX_HITS : n;
}

// src/coverage/parse/index.ts
var DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
var FORMATS2 = ["lcov", "istanbul", "cobertura", "jacoco", "clover", "go"];
async function parseCoverageFile(path, opts = {}) {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new UserError(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code2 = e.code;
    throw new UserError(`${path}: cannot read the coverage report (${code2 ?? e.message})`);
  }
  if (size > maxBytes) {
    throw new UserError(`${path}: the coverage report is ${size} bytes, larger than the limit of ${maxBytes} bytes`);
  }
  const fh = await open(path, "r");
  let buf;
  try {
    const chunk = opts.chunkBytes ?? CHUNK_BYTES;
    if (size > chunk && chunk >= DETECT_BYTES) {
      const first = Buffer.allocUnsafe(chunk);
      const n = await readFull(fh, first, 0, chunk, 0);
      const head = first.subarray(0, n);
      const format = streamableFormat(head, path, opts);
      if (format === "lcov") {
        const paths = new PathNormalizer({ repoRoot: opts.repoRoot, pathMappings: opts.pathMappings });
        return await streamLcov(fh, first, n, size, path, paths);
      }
      buf = Buffer.allocUnsafe(size);
      head.copy(buf, 0);
      const off = n < chunk ? n : n + await readFull(fh, buf, n, size - n, n);
      buf = off === size ? buf : buf.subarray(0, off);
    } else {
      buf = Buffer.allocUnsafe(size);
      const off = await readFull(fh, buf, 0, size, 0);
      buf = off === size ? buf : buf.subarray(0, off);
    }
  } finally {
    await fh.close();
  }
  return parseCoverageBuffer(buf, path, opts);
}
var CHUNK_BYTES = 1 << 20;
var DETECT_BYTES = 65536;
async function readFull(fh, buf, off, want, at2) {
  let got = 0;
  while (got < want) {
    const { bytesRead } = await fh.read(buf, off + got, want - got, at2 + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}
function streamableFormat(head, source, opts) {
  if (opts.format !== void 0 && !FORMATS2.includes(opts.format)) return void 0;
  if (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255) return void 0;
  const format = opts.format ?? detectFormat(head.subarray(0, DETECT_BYTES), source);
  return format === "lcov" ? format : void 0;
}
async function streamLcov(fh, first, n, size, source, paths) {
  const fd = fh.fd;
  const reread = (from, to) => {
    const out = Buffer.allocUnsafe(to - from);
    let got = 0;
    while (got < out.length) {
      const r = readSync(fd, out, got, out.length - got, from + got);
      if (r === 0) break;
      got += r;
    }
    return out.subarray(0, got);
  };
  const stream = lcovStream(source, paths, reread);
  let buf = first;
  let spare = Buffer.allocUnsafe(first.length);
  let start = buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  let filled = n;
  let off = n;
  let base = 0;
  let eof = n < first.length;
  for (; ; ) {
    if (eof || off >= size) {
      stream.push(buf.subarray(start, filled), base + start);
      return stream.finish();
    }
    const nl = buf.lastIndexOf(10, filled - 1);
    if (nl < start) {
      buf.copyWithin(0, start, filled);
      filled -= start;
      base += start;
      start = 0;
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
        spare = Buffer.allocUnsafe(bigger.length);
      }
      const want2 = Math.min(buf.length - filled, size - off);
      const got2 = await readFull(fh, buf, filled, want2, off);
      if (got2 < want2) eof = true;
      filled += got2;
      off += got2;
      continue;
    }
    const tail = filled - (nl + 1);
    buf.copy(spare, 0, nl + 1, filled);
    const want = Math.min(spare.length - tail, size - off);
    const reading = readFull(fh, spare, tail, want, off);
    try {
      stream.push(buf.subarray(start, nl + 1), base + start);
    } catch (e) {
      await reading.catch(() => 0);
      throw e;
    }
    const got = await reading;
    if (got < want) eof = true;
    base += nl + 1;
    off += got;
    filled = tail + got;
    start = 0;
    const parsed = buf;
    buf = spare;
    spare = parsed;
  }
}
function parseCoverageBuffer(buf, source, opts = {}) {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > maxBytes) {
    throw new UserError(`${source}: the coverage report is ${buf.length} bytes, larger than the limit of ${maxBytes} bytes`);
  }
  if (buf.length === 0) throw new UserError(`${source}: the coverage report is empty (0 bytes)`);
  if (opts.format !== void 0 && !FORMATS2.includes(opts.format)) {
    throw new UserError(`coverage format "${String(opts.format)}" is not one of ${FORMATS2.join(", ")}`);
  }
  const format = opts.format ?? detectFormat(buf.subarray(0, DETECT_BYTES), source);
  const paths = new PathNormalizer({ repoRoot: opts.repoRoot, pathMappings: opts.pathMappings });
  if (format === "lcov" || format === "go" || format === "istanbul") buf = textAsUtf8(buf);
  switch (format) {
    case "lcov":
      return parseLcov(buf, source, paths);
    case "istanbul":
      return parseIstanbul(buf, source, paths);
    case "cobertura":
      return parseCobertura(buf, source, paths);
    case "jacoco":
      return parseJacoco(buf, source, paths, opts.sourceRoots ?? DEFAULT_SOURCE_ROOTS);
    case "clover":
      return parseClover(buf, source, paths);
    case "go":
      return parseGo(buf, source, paths);
  }
}
function textAsUtf8(buf) {
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) return buf.subarray(3);
  if (buf[0] === 255 && buf[1] === 254) return Buffer.from(buf.toString("utf16le", 2), "utf8");
  if (buf[0] === 254 && buf[1] === 255) {
    const body = Buffer.from(buf.subarray(2, buf.length - buf.length % 2));
    return Buffer.from(body.swap16().toString("utf16le"), "utf8");
  }
  return buf;
}

// src/coverage/load.ts
async function loadCoverageReports(specs, opts) {
  const paths = [];
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      const found = (await glob([spec], { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: true })).sort();
      if (found.length === 0) {
        throw new UserError(`${opts.label} ${JSON.stringify(spec)} matched no files (in ${opts.cwd})`);
      }
      paths.push(...found);
    } else {
      paths.push(resolve(opts.cwd, spec));
    }
  }
  const reports = [];
  for (const path of [...new Set(paths)]) {
    const rel = relative(opts.cwd, path);
    const shown = isAbsolute(path) && rel && !rel.startsWith("..") ? rel : path;
    try {
      reports.push(await parseCoverageFile(path, { repoRoot: opts.repoRoot, pathMappings: opts.pathMappings }));
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`${shown}: cannot read coverage report (${e.message ?? String(e)})`);
    }
  }
  if (reports.length === 0) throw new UserError(`${opts.label}: no coverage report given`);
  return {
    report: reports.length === 1 ? reports[0] : mergeReports(reports),
    files: reports.length
  };
}
function summarize(report) {
  const files = /* @__PURE__ */ new Map();
  const totals = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 }
  };
  report.files.forEach((file, path) => files.set(path, addFileTotals(totals, file)));
  return { totals, files };
}

// src/coverage/render.ts
var GATE_ID = "coverage";
var STATUS_CONTEXT = "quality-gates/coverage";
var MAX_ANNOTATIONS = 50;
var STATUS_DESCRIPTION_MAX = 140;
var MAX_PATH_SHOWN = 200;
var MAX_LINK_URL = 2e3;
var LINK_BUDGET = 12e3;
var TITLE = "Coverage";
var MAX_RANGES_SHOWN = 20;
var MAX_RULE_LINES = 40;
var MAX_SUMMARY = 500;
var MAX_SUMMARY_PIECE = 160;
function summaryLine(input) {
  const { evaluation, head, base, patch } = input;
  const rules = input.rules ?? {};
  const failed = new Set(evaluation.failed);
  const parts = [];
  for (const reason of unmatchedReasons(evaluation, rules)) parts.push(cut(reason));
  if (patch) {
    let text;
    if (patch.unavailable !== void 0) text = `patch n/a (${cut(patch.unavailable)})`;
    else if (!patch.lines) text = "patch n/a (no coverable lines added)";
    else {
      const target = rules.minPatch !== void 0 ? ` ${failed.has("min-patch") ? "<" : "\u2265"} ${formatThreshold(rules.minPatch)}%` : "";
      const missing = patch.lines.total - patch.lines.covered;
      const max = rules.maxNewUncovered !== void 0 ? `, max ${formatThreshold(rules.maxNewUncovered)}` : "";
      text = `patch ${formatPercent(patch.lines)}${target} (${missing} of ${patch.lines.total} lines missing${max})`;
    }
    parts.push(text);
  }
  const lines = head.totals.lines;
  let project = `project ${formatPercent(lines.total > 0 ? lines : null)}`;
  if (rules.minProject !== void 0 && lines.total > 0) {
    project += ` ${failed.has("min-project") ? "<" : "\u2265"} ${formatThreshold(rules.minProject)}%`;
  }
  const delta = base && base.totals.lines.total > 0 && lines.total > 0 ? `${formatDeltaPp(lines, base.totals.lines)} pp` : null;
  if (rules.maxDrop !== void 0) {
    const max = `${formatThreshold(rules.maxDrop)} pp`;
    if (delta) project += failed.has("max-drop") ? ` (${delta}, over the max drop of ${max})` : ` (${delta}, max drop ${max})`;
    else if (!base) project += " (no baseline)";
  } else if (delta) project += ` (${delta})`;
  const why = lines.total === 0 && evaluation.status === "neutral" ? evaluation.notices[0] : void 0;
  parts.push(why !== void 0 ? cut(why) : project);
  const pathsFailed = (rules.paths ?? []).filter((r) => failed.has(pathRuleId(r)));
  if (pathsFailed.length > 0) {
    const first = pathsFailed[0];
    const { sum } = pathRuleFiles(first, head.files);
    const more = pathsFailed.length > 1 ? ` and ${pathsFailed.length - 1} more path rules` : "";
    parts.push(`${cut(first.pattern)} ${formatPercent(sum)} < ${formatThreshold(first.min)}%${more}`);
  }
  if (evaluation.wouldBe !== evaluation.status) parts.push(`informational, would be ${evaluation.wouldBe}`);
  return cut(capitalise(parts.join("; ")), MAX_SUMMARY);
}
function statusDescription(input) {
  const line = summaryLine(input);
  return line.length <= STATUS_DESCRIPTION_MAX ? line : `${line.slice(0, STATUS_DESCRIPTION_MAX - 1)}\u2026`;
}
function plainSentence(input) {
  const { evaluation, head, base, patch } = input;
  const rules = input.rules ?? {};
  const parts = [];
  if (patch) {
    if (patch.unavailable !== void 0) parts.push(`patch coverage is n/a (${patch.unavailable})`);
    else if (!patch.lines) parts.push("no coverable lines were added, so patch coverage is n/a");
    else {
      const missing = patch.lines.total - patch.lines.covered;
      const n = patch.lines.total;
      parts.push(
        missing === 0 ? `patch coverage is ${formatPercent(patch.lines)}: ${n === 1 ? "the added line is" : `all ${n} added lines are`} covered` : `patch coverage is ${formatPercent(patch.lines)} with ${missing} of ${n} added lines missing`
      );
    }
  }
  const lines = head.totals.lines;
  if (lines.total === 0) parts.push("the report has no coverable lines");
  else if (base && base.totals.lines.total > 0) {
    parts.push(`project coverage is ${formatPercent(lines)} (${formatDeltaPp(lines, base.totals.lines)} pp)`);
  } else if (base) parts.push(`project coverage is ${formatPercent(lines)}; the baseline has no coverable lines`);
  else parts.push(`project coverage is ${formatPercent(lines)}, with no baseline to compare against`);
  if (!patch) parts.push("without a diff, patch coverage is not measured");
  const paths = rules.paths ?? [];
  if (paths.length > 0) {
    const failed = new Set(evaluation.failed);
    const below = paths.filter((r) => failed.has(pathRuleId(r))).length;
    const empty = paths.filter((r) => pathRuleFiles(r, head.files).sum.total === 0).length;
    const met = paths.length - below - empty;
    const n = paths.length;
    if (below > 0) parts.push(`${below} of ${n} path rules ${below === 1 ? "falls" : "fall"} short`);
    else if (empty > 0) parts.push(`${met} of ${n} path rules met, ${empty} without coverable lines`);
    else parts.push(n === 1 ? "the path rule is met" : `all ${n} path rules are met`);
  }
  return `${escapeText(capitalise(parts.join("; ")), 2e3)}.`;
}
function capitalise(s) {
  return s === "" ? s : `${s[0].toUpperCase()}${s.slice(1)}`;
}
function cut(text, max = MAX_SUMMARY_PIECE) {
  const flat = text.replace(/\s+/g, " ").trim();
  const cps = Array.from(flat);
  return cps.length <= max ? flat : `${cps.slice(0, max - 1).join("")}\u2026`;
}
function ruleIds(rules) {
  const ids = [];
  if (rules.minProject !== void 0) ids.push("min-project");
  if (rules.maxDrop !== void 0) ids.push("max-drop");
  if (rules.minPatch !== void 0) ids.push("min-patch");
  if (rules.maxNewUncovered !== void 0) ids.push("max-new-uncovered");
  for (const p of rules.paths ?? []) ids.push(pathRuleId(p));
  return ids;
}
function unmatchedReasons(evaluation, rules) {
  const ids = ruleIds(rules);
  return evaluation.reasons.filter((r) => !ids.some((id) => r.startsWith(`${id}: `)));
}
function ruleLines(input) {
  const { evaluation, head, base, patch } = input;
  const rules = input.rules ?? {};
  const usedNotices = /* @__PURE__ */ new Set();
  const lines = unmatchedReasons(evaluation, rules).map((r) => `- \u274C ${escapeText(r, 1e3)}`);
  const lineTotals = head.totals.lines;
  const passText = (id) => {
    if (id === "min-project") return `project line coverage ${formatPercent(lineTotals)} \u2265 ${formatThreshold(rules.minProject)}%`;
    if (id === "max-drop") {
      const b = base.totals.lines;
      return `project line coverage changed ${formatDeltaPp(lineTotals, b)} pp (${formatPercent(b)} \u2192 ${formatPercent(lineTotals)}), max drop ${formatThreshold(rules.maxDrop)} pp`;
    }
    if (id === "min-patch") {
      if (!patch?.lines) return "patch coverage is n/a";
      return `patch coverage ${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines) \u2265 ${formatThreshold(rules.minPatch)}%`;
    }
    if (id === "max-new-uncovered") {
      return `${newUncovered(patch)} uncovered added lines, at most ${formatThreshold(rules.maxNewUncovered)} allowed`;
    }
    const rule = (rules.paths ?? []).find((p) => pathRuleId(p) === id);
    const { hit, sum } = pathRuleFiles(rule, head.files);
    return `${formatPercent(sum)} (${sum.covered} of ${sum.total} lines in ${hit.size} file(s)) \u2265 ${formatThreshold(rule.min)}%`;
  };
  for (const id of ruleIds(rules)) {
    const prefix = `${id}: `;
    const reason = evaluation.reasons.find((r) => r.startsWith(prefix));
    if (reason !== void 0) {
      lines.push(`- \u274C ${escapeText(reason, 1e3)}`);
      continue;
    }
    const notice = evaluation.notices.find((n) => n.startsWith(prefix));
    if (notice !== void 0) {
      usedNotices.add(notice);
      lines.push(`- \u2796 ${escapeText(notice, 1e3)}`);
      continue;
    }
    lines.push(`- \u2705 ${escapeText(`${prefix}${passText(id)}`, 1e3)}`);
  }
  if (lines.length > MAX_RULE_LINES) {
    const more = lines.length - MAX_RULE_LINES;
    return { lines: [...lines.slice(0, MAX_RULE_LINES), `- \u2026 ${more} more rules`], usedNotices };
  }
  return { lines, usedNotices };
}
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
var NAME = /^[A-Za-z0-9_.-]{1,100}$/;
function linker(source, budget = LINK_BUDGET) {
  const prefix = source ? blobPrefix(source) : null;
  let left = budget;
  return {
    link(text, path, range) {
      if (prefix === null) return text;
      const url = fileUrl(prefix, path, range);
      if (url === null || url.length > left) return text;
      left -= url.length;
      return `[${text}](${url})`;
    }
  };
}
function blobPrefix(source) {
  let origin;
  try {
    const u = new URL(source.serverUrl);
    if (u.protocol !== "https:" && u.protocol !== "http:" || u.username !== "" || u.password !== "") return null;
    origin = u.origin;
  } catch {
    return null;
  }
  if (!NAME.test(source.owner) || !NAME.test(source.repo) || !SHA.test(source.sha)) return null;
  if (source.repo === "." || source.repo === "..") return null;
  return `${origin}/${source.owner}/${source.repo}/blob/${source.sha.toLowerCase()}/`;
}
function fileUrl(prefix, path, range) {
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return null;
  let encoded;
  try {
    encoded = segments.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  } catch {
    return null;
  }
  const anchor = range ? range[0] === range[1] ? `#L${range[0]}` : `#L${range[0]}-L${range[1]}` : "";
  const url = `${prefix}${encoded}${anchor}`;
  return url.length <= MAX_LINK_URL ? url : null;
}
function annotationsFor(patch, max = MAX_ANNOTATIONS) {
  const all = [];
  for (const f of patch?.files ?? []) {
    for (const [start, end] of f.uncoveredRanges) {
      const what = start === end ? `Added line #L${start} is` : `Added lines #L${start}-L${end} are`;
      all.push({
        path: f.path,
        startLine: start,
        endLine: end,
        level: "warning",
        title: "Not covered",
        message: f.missingData ? `${what} not covered: the coverage report has no data for this file` : `${what} not covered by tests`
      });
    }
  }
  return { annotations: all.slice(0, max), total: all.length };
}
function renderCoverage(input) {
  const { evaluation, head, base, patch } = input;
  const maxFiles = input.maxFiles ?? 10;
  const { annotations, total: annotationTotal } = annotationsFor(patch, input.maxAnnotations ?? MAX_ANNOTATIONS);
  const out = [];
  const links = linker(input.source);
  const summary = summaryLine(input);
  out.push(headingLine({ status: evaluation.status, title: TITLE, summary }), "", plainSentence(input));
  if (evaluation.wouldBe !== evaluation.status) {
    out.push("", `_Informational: the rules below would have made this ${evaluation.wouldBe}._`);
  }
  const rules = ruleLines(input);
  if (rules.lines.length > 0) out.push("", ...rules.lines);
  const withGaps = (patch?.files ?? []).filter((f) => f.uncoveredRanges.length > 0);
  let uncoveredList = null;
  if (withGaps.length > 0) {
    const cut2 = cutTableRows(withGaps, maxFiles);
    const items = cut2.rows.map((f) => {
      const ranges = f.uncoveredRanges.slice(0, MAX_RANGES_SHOWN).map(([s, e]) => links.link(s === e ? `L${s}` : `L${s}-L${e}`, f.path, [s, e]));
      const more = f.uncoveredRanges.length - ranges.length;
      return `- ${links.link(code(f.path), f.path)}: ${ranges.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    });
    if (cut2.omitted > 0) items.push(`- \u2026 ${cut2.omitted} more files`);
    uncoveredList = details("Uncovered added lines", items.join("\n"));
  }
  const totalRows = [];
  for (const key of ["lines", "branches", "functions"]) {
    const h = head.totals[key];
    const b = base?.totals[key];
    if (h.total === 0 && (!b || b.total === 0)) continue;
    totalRows.push([
      `${key[0].toUpperCase()}${key.slice(1)}`,
      cellRatio(h),
      b ? cellRatio(b) : "\u2014",
      b ? deltaCell(h, b) : "\u2014"
    ]);
  }
  if (totalRows.length > 0) out.push("", table(["", "Head", "Base", "\u0394"], totalRows, ["l", "r", "r", "r"]));
  if (patch?.lines) {
    out.push("", `_Patch coverage counts partly covered lines as ${patch.partial === "miss" ? "missed" : "hit"}._`);
  }
  if (patch && patch.missingData.length > 0) {
    const shown = patch.missingData.slice(0, maxFiles).map((p) => links.link(code(p), p));
    const more = patch.missingData.length - shown.length;
    out.push(
      "",
      `\u26A0\uFE0F ${patch.missingData.length} changed file(s) have no coverage data: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`
    );
  }
  const changedRows = changedFileRows(input);
  if (changedRows.length > 0) {
    const cut2 = cutTableRows(changedRows, maxFiles);
    const rows = cut2.rows.map((r) => [links.link(cellPath(r.path), r.path), r.patch, r.coverage, r.delta]);
    if (cut2.omitted > 0) rows.push([`\u2026 ${cut2.omitted} more`, "", "", ""]);
    out.push(
      "",
      details(
        `Changed files (${changedRows.length})`,
        table(["File", "Patch", "Coverage", "\u0394"], rows, ["l", "r", "r", "r"])
      )
    );
  }
  if (uncoveredList !== null) out.push("", uncoveredList);
  if (evaluation.indirect.length > 0) {
    const cut2 = cutTableRows(evaluation.indirect, maxFiles);
    const rows = cut2.rows.map((r) => [
      r.head ? links.link(cellPath(r.path), r.path) : cellPath(r.path),
      r.base ? cellRatio(r.base) : "\u2014",
      r.head ? cellRatio(r.head) : "\u2014"
    ]);
    if (cut2.omitted > 0) rows.push([`\u2026 ${cut2.omitted} more`, "", ""]);
    out.push(
      "",
      details(
        `Indirect changes: ${evaluation.indirect.length} file(s) outside the diff changed coverage`,
        table(["File", "Base", "Head"], rows, ["l", "r", "r"])
      )
    );
  }
  out.push("", baselineNote(input));
  const notices = evaluation.notices.filter(
    (n) => !rules.usedNotices.has(n) && !/have no coverage data:/.test(n) && !/outside the diff changed/.test(n) && !n.startsWith("informational: ")
  );
  if (notices.length > 0) out.push("", ...notices.slice(0, 10).map((n) => `- \u2139\uFE0F ${escapeText(n, 1e3)}`));
  const chart = input.trend?.length ? trendChart(appendTrend(input.trend, { sha: input.sha ?? "this PR", date: "", lines: head.totals.lines })) : null;
  if (chart) out.push("", details("Trend (default branch)", chart));
  if (annotationTotal > annotations.length) {
    out.push("", `_${annotationTotal} uncovered runs of added lines; annotations show the first ${annotations.length}._`);
  }
  const metrics = {
    lines_covered: head.totals.lines.covered,
    lines_total: head.totals.lines.total,
    branches_covered: head.totals.branches.covered,
    branches_total: head.totals.branches.total,
    functions_covered: head.totals.functions.covered,
    functions_total: head.totals.functions.total,
    lines_percent: formatPercent(head.totals.lines),
    base_lines_covered: base ? base.totals.lines.covered : null,
    base_lines_total: base ? base.totals.lines.total : null,
    delta_pp: base ? deltaPpNumber(head.totals.lines, base.totals.lines) : null,
    patch_covered: patch?.lines ? patch.lines.covered : null,
    patch_total: patch?.lines ? patch.lines.total : null,
    patch_percent: patch ? formatPercent(patch.lines) : null,
    // Not counted (null) when the report has no per-line hits for a changed file.
    new_uncovered: patch?.unavailable !== void 0 ? null : newUncovered(patch),
    missing_data_files: patch ? patch.missingData.length : 0,
    indirect_changes: evaluation.indirect.length,
    baseline_sha: input.baseline?.sha ?? null,
    baseline_behind: input.baseline ? input.baseline.behind : null
  };
  return makeFragment({
    gate: GATE_ID,
    status: evaluation.status,
    title: TITLE,
    summary,
    markdown: out.join("\n"),
    metrics,
    statusContext: STATUS_CONTEXT,
    annotations,
    ...input.sha ? { sha: input.sha } : {},
    ...input.url ? { url: input.url } : {}
  });
}
function baselineNote(input) {
  if (input.baseline) {
    const sha = escapeText(input.baseline.sha.slice(0, 7));
    if (input.baseline.behind === 0) return `Baseline: found at ${sha} (the exact base commit).`;
    const n = input.baseline.behind;
    return `Baseline: found at ${sha}, ${n} commit${n === 1 ? "" : "s"} behind the base; the project delta includes their changes.`;
  }
  if (input.base) return "Baseline: the base report given on the command line.";
  return "Baseline: none found, so there is no project delta.";
}
function changedFileRows(input) {
  const patchByPath = new Map((input.patch?.files ?? []).map((f) => [f.path, f]));
  const rows = [];
  for (const c of input.changed ?? []) {
    if (c.binary) continue;
    const p = patchByPath.get(c.path);
    const h = input.head.files.get(c.path);
    const b = input.base?.files.get(c.oldPath ?? c.path) ?? input.base?.files.get(c.path);
    if (!p && !h && !b) continue;
    rows.push({
      path: c.path,
      patch: p ? `${formatPercent({ covered: p.covered, total: p.total })} (${p.covered}/${p.total})` : "n/a",
      coverage: h ? cellRatio(h) : "no data",
      delta: h && b ? deltaCell(h, b) : h && input.base ? "new" : "\u2014",
      weight: p ? p.total - p.covered : 0
    });
  }
  return rows.sort((a, b) => b.weight - a.weight || (a.path < b.path ? -1 : 1));
}
function trendChart(trend) {
  const { labels, values } = trendSeries(trend);
  if (values.length < 2) return null;
  return mermaidXYChart({
    title: "Line coverage",
    xLabels: labels,
    yLabel: "%",
    series: [{ kind: "line", values }],
    yMin: Math.max(0, Math.floor(Math.min(...values)) - 1),
    yMax: Math.min(100, Math.ceil(Math.max(...values)) + 1)
  });
}
function cellRatio(r) {
  return r.total > 0 ? `${formatPercent(r)} (${r.covered}/${r.total})` : "n/a";
}
function deltaCell(h, b) {
  const d = formatDeltaPp(h, b);
  return d === "n/a" ? "n/a" : `${d} pp`;
}
function cellPath(path) {
  return inlineCode(path, MAX_PATH_SHOWN);
}
function code(path) {
  return inlineCode(path, MAX_PATH_SHOWN, { cell: false });
}

// src/coverage/output.ts
function jsonResult(run, withFiles = true) {
  const totals = (s) => ({
    lines: ratio(s.totals.lines),
    branches: ratio(s.totals.branches),
    functions: ratio(s.totals.functions)
  });
  return {
    gate: "coverage",
    status: run.evaluation.status,
    project: totals(run.headSummary),
    base: run.baseSummary ? totals(run.baseSummary) : null,
    patch: run.patch ? {
      lines: run.patch.lines ? ratio(run.patch.lines) : null,
      files: run.patch.files.map((f) => ({
        path: f.path,
        lines: { covered: f.covered, total: f.total },
        uncovered: f.uncoveredRanges
      })),
      missingData: run.patch.missingData
    } : null,
    files: withFiles ? sortedFiles(run.headSummary.files) : [],
    reasons: run.evaluation.reasons,
    warnings: run.warnings
  };
}
function writeJsonResult(run, write) {
  const full = jsonResult(run, false);
  const start = JSON.stringify({
    gate: full.gate,
    status: full.status,
    project: full.project,
    base: full.base,
    patch: full.patch
  });
  write(`${start.slice(0, -1)},"files":[`);
  const ratios = run.headSummary.files;
  const paths = [...ratios.keys()].sort();
  let piece = "";
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    const r = ratios.get(path);
    piece += `${i > 0 ? "," : ""}{"path":${JSON.stringify(path)},"lines":{"covered":${r.covered},"total":${r.total}}}`;
    if (piece.length >= 65536) {
      write(piece);
      piece = "";
    }
  }
  write(`${piece}],"reasons":${JSON.stringify(full.reasons)},"warnings":${JSON.stringify(full.warnings)}}
`);
}
function sortedFiles(files) {
  const out = [];
  files.forEach((r, path) => out.push({ path, lines: ratio(r) }));
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function humanResult(run) {
  const { headSummary: h, baseSummary: b, patch, evaluation } = run;
  const rows = [["", "head", "base", "delta"]];
  for (const key of ["lines", "branches", "functions"]) {
    const hr = h.totals[key];
    const br = b?.totals[key];
    if (hr.total === 0 && (!br || br.total === 0)) continue;
    rows.push([key, cell(hr), br ? cell(br) : "-", br ? pp(formatDeltaPp(hr, br)) : "-"]);
  }
  if (patch) {
    rows.push([
      "patch",
      patch.lines ? `${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines)` : "n/a (no coverable lines added)",
      "",
      ""
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const lines = rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
  const out = [
    `coverage: ${run.head.files.size} files (${run.head.format}, from ${run.head.source})`,
    ...run.diffFrom ? [`patch: diff from ${run.diffFrom}`] : [],
    ...lines
  ];
  for (const r of evaluation.reasons) out.push(`FAIL ${r}`);
  for (const n of evaluation.notices) out.push(`note ${n}`);
  out.push(
    `${evaluation.status.toUpperCase()}: ${statusDescription({ evaluation, head: h, base: b, patch, ...run.rules ? { rules: run.rules } : {} })}`
  );
  return `${out.join("\n")}
`;
}
function ratio(r) {
  return { covered: r.covered, total: r.total };
}
function cell(r) {
  return r.total > 0 ? `${formatPercent(r)} (${r.covered}/${r.total})` : "n/a";
}
function pp(d) {
  return d === "n/a" ? d : `${d} pp`;
}

// src/coverage/gate.ts
var BASELINE_KIND = "coverage";
var BASELINE_FILE = "coverage-baseline.json";
var MAX_WARNINGS = 20;
var RULES = "Rules (percent values are compared exactly, never through floats)";
var coverageGate = defineGate({
  id: GATE_ID,
  action: "coverage-gate",
  command: "coverage",
  usage: "--reports <file|glob>... [options]",
  about: "Parse coverage reports (lcov, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile; detected by\ncontent; several reports are merged), compute project and patch coverage, and gate on them.",
  settings: [
    {
      name: "reports",
      kind: "list",
      required: true,
      positional: true,
      aliases: ["report"],
      placeholder: "<file|glob>",
      description: "Coverage reports: files or globs, one per line (or comma-separated). Several reports (shards) are merged. Format is detected from content.",
      group: "Inputs"
    },
    {
      name: "expect-reports",
      kind: "integer",
      min: 1,
      max: 1e4,
      description: 'How many report files must be found (one per shard). Fewer fails the gate ("2 of 3 reports") instead of merging a total that silently lacks a shard. Empty = any number.',
      group: "Inputs"
    },
    {
      name: "base-report",
      kind: "list",
      placeholder: "<file|glob>",
      description: "Reports of the base commit to compare against, instead of the stored baseline (files or globs, one per line).",
      group: "Inputs"
    },
    {
      name: "diff-base",
      kind: "string",
      placeholder: "<git-rev>",
      maxLength: 500,
      description: "Patch = diff from merge-base(<rev>, HEAD): in a workflow to HEAD; on the CLI to the work tree, so committed, staged and unstaged changes count (as diff-cover --compare-branch). Empty = on a pull request, its base; on the CLI with min-patch or max-new-uncovered, the remote default branch (origin/HEAD, else origin/main, else origin/master).",
      group: "Inputs"
    },
    {
      name: "include-untracked",
      kind: "boolean",
      default: false,
      only: "cli",
      description: "Count untracked files (not ignored by .gitignore) as added: every line of each text file (binary files, symlinks and files over 1 MiB are skipped and named).",
      group: "Inputs"
    },
    {
      name: "diff-file",
      kind: "string",
      placeholder: "<file>",
      description: "Patch = this unified diff (git diff output). Empty = from git.",
      group: "Inputs"
    },
    BASELINE_MODE_SETTING,
    {
      name: "min-project",
      kind: "percent",
      description: "Fail when project line coverage is below this percentage (0-100). Empty = no floor.",
      group: RULES
    },
    {
      name: "max-drop",
      kind: "percent",
      description: "Fail when project line coverage drops more than this many percentage points below the base commit. Empty = no limit.",
      group: RULES
    },
    {
      name: "min-patch",
      kind: "percent",
      description: "Fail when coverage of the changed coverable lines is below this percentage. A change with no coverable lines passes as n/a.",
      group: RULES
    },
    {
      name: "max-new-uncovered",
      kind: "integer",
      min: 0,
      description: "Fail when the change adds more than this many uncovered lines. Empty = no limit.",
      group: RULES
    },
    {
      name: "rules",
      kind: "rules",
      aliases: ["path-rule"],
      description: 'Per-path floors, one per line, e.g. "src/core/** >= 90".',
      group: RULES
    },
    {
      name: "partial",
      kind: "enum",
      values: ["miss", "hit"],
      default: "miss",
      description: "How a line with some branches not taken counts in patch coverage: miss (as Codecov) or hit.",
      group: RULES
    },
    {
      name: "source-glob",
      kind: "list",
      placeholder: "<glob>",
      description: "Changed files without coverage data that match these globs count as uncovered (one per line). Empty = they are listed, not counted.",
      group: RULES
    },
    {
      name: "include",
      kind: "list",
      placeholder: "<glob>",
      description: "Only count files matching these globs (repository paths, one per line). Empty = all files.",
      group: RULES
    },
    {
      name: "exclude",
      kind: "list",
      placeholder: "<glob>",
      description: "Leave out files matching these globs (e.g. generated code), from head, base and patch alike.",
      group: RULES
    },
    {
      name: "path-mappings",
      kind: "list",
      placeholder: "<from=to>",
      description: 'Rewrite report paths before matching, one "from=to" per line (e.g. "/app/=" for reports written inside a container).',
      group: "Inputs"
    },
    {
      name: "on-missing-baseline",
      kind: "enum",
      values: ["pass", "neutral", "fail"],
      default: "pass",
      description: "Outcome when no baseline is found for the base commit: pass (with a notice), neutral or fail.",
      group: RULES
    },
    {
      name: "informational",
      kind: "boolean",
      default: false,
      description: "Report only: the status is always success and the step never fails, but the reasons are shown.",
      group: RULES
    },
    ...BASELINE_SETTINGS,
    {
      name: "badge-path",
      kind: "string",
      aliases: ["badge-out"],
      placeholder: "<file.svg>",
      description: "Write an SVG badge here and a shields.io endpoint JSON beside it (path relative to the workspace). Empty = none.",
      group: "Outputs"
    }
  ],
  async evaluate(s, host) {
    const get = hostInputs(host);
    if (s["diff-base"] !== void 0 && s["diff-file"] !== void 0) {
      throw new UserError(`give ${labelOf(get, "diff-base")} or ${labelOf(get, "diff-file")}, not both`);
    }
    const pathMappings = s["path-mappings"].map((line) => {
      const eq = line.indexOf("=");
      if (eq <= 0) {
        throw new UserError(`${labelOf(get, "path-mappings")}: ${JSON.stringify(line.slice(0, 80))} is not "from=to"`);
      }
      return { from: line.slice(0, eq).trim(), to: line.slice(eq + 1).trim() };
    });
    const rules = {
      ...s["min-project"] !== void 0 ? { minProject: s["min-project"] } : {},
      ...s["max-drop"] !== void 0 ? { maxDrop: s["max-drop"] } : {},
      ...s["min-patch"] !== void 0 ? { minPatch: s["min-patch"] } : {},
      ...s["max-new-uncovered"] !== void 0 ? { maxNewUncovered: s["max-new-uncovered"] } : {},
      paths: s.rules,
      informational: s.informational,
      onMissingBaseline: s["on-missing-baseline"]
    };
    const filter = { include: s.include, exclude: s.exclude };
    const included = pathMatcher(filter);
    const workspace = resolve2(host.workspace);
    const git = createGit(workspace);
    const hash = configHash({
      include: filter.include,
      exclude: filter.exclude,
      pathMappings: pathMappings.map((m) => [m.from, m.to])
    });
    const store = host.baselines;
    const { mode, gating } = baselineMode(s.mode, store);
    const walkBack = baselineOptions(s).walkBack;
    const untracked = s["include-untracked"];
    const change = gating ? findChange(host, git, {
      diffBase: s["diff-base"],
      diffFile: s["diff-file"],
      walkBack,
      included,
      ...untracked !== void 0 ? {
        local: {
          includeUntracked: untracked,
          patchRule: [
            ...rules.minPatch !== void 0 ? ["min-patch"] : [],
            ...rules.maxNewUncovered !== void 0 ? ["max-new-uncovered"] : []
          ].map((name) => labelOf(get, name)),
          label: (name) => labelOf(get, name)
        }
      } : {}
    }) : void 0;
    change?.catch(() => void 0);
    const reportsLabel = `${labelOf(get, "reports")}:`;
    const loaded = await host.logger.group(
      "Read coverage reports",
      () => loadCoverageReports(s.reports, { cwd: host.cwd, repoRoot: workspace, label: reportsLabel, pathMappings })
    );
    const warnings = [...loaded.report.warnings ?? []];
    for (const w of warnings.slice(0, MAX_WARNINGS)) host.logger.log("warning", w);
    const head = filterReport(loaded.report, filter);
    const headSummary = summarize(head);
    const filteredOut = nothingLeft(loaded.report, head, filter, loaded.files, (name) => labelOf(get, name));
    const deadIncludes = filteredOut ? [] : unmatchedIncludes(loaded.report, filter);
    let base = null;
    let baseSummary = null;
    let trend = [];
    let baselineInfo = null;
    let changed = null;
    let patch = null;
    let headSha;
    let diffFrom;
    const notices = [];
    if (gating && change) {
      const found = await change;
      changed = found.changed;
      headSha = found.headSha;
      diffFrom = found.diffFrom;
      notices.push(...found.notices);
      if (changed) patch = patchCoverage(head, changed, { partial: s.partial, sourceGlobs: s["source-glob"] });
      if (s["base-report"].length > 0) {
        base = filterReport(
          (await loadCoverageReports(s["base-report"], {
            cwd: host.cwd,
            repoRoot: workspace,
            label: `${labelOf(get, "base-report")}:`,
            pathMappings
          })).report,
          filter
        );
      } else {
        const previous = await loadBaseline(host, store, found.candidates, hash);
        if (previous.note) notices.push(previous.note);
        if (previous.baseline) {
          base = filterReport(previous.baseline.report, filter);
          trend = previous.baseline.trend;
          baselineInfo = { sha: previous.sha, behind: previous.behind };
          notices.push(...previous.baseline.notices);
        }
      }
      if (base) baseSummary = summarize(base);
    }
    const changedPaths = (changed ?? []).flatMap((c) => c.oldPath ? [c.path, c.oldPath] : [c.path]);
    const evaluation = evaluate({ head: headSummary, base: baseSummary, patch, changedPaths, rules });
    const shardMissing = s["expect-reports"] !== void 0 && loaded.files < s["expect-reports"];
    if (shardMissing) {
      evaluation.reasons.unshift(
        `${loaded.files} of ${s["expect-reports"]} reports: a shard is missing (its job failed or uploaded nothing)`
      );
      evaluation.status = "fail";
      evaluation.wouldBe = "fail";
    }
    if (filteredOut) {
      evaluation.notices.unshift(filteredOut);
      if (evaluation.wouldBe === "pass") evaluation.wouldBe = "neutral";
      if (evaluation.status === "pass" && !s.informational) evaluation.status = "neutral";
    }
    for (const glob2 of deadIncludes) {
      notices.push(`${labelOf(get, "include")} '${glob2.slice(0, 80)}' matched no file of the report`);
    }
    evaluation.notices.push(...notices, ...warnings.slice(0, MAX_WARNINGS));
    if (warnings.length > MAX_WARNINGS) evaluation.notices.push(`${warnings.length - MAX_WARNINGS} more warnings`);
    const pr = gating ? await host.pullRequest() : void 0;
    const sha = pr?.headSha ?? headSha ?? (host.context.sha || void 0);
    const url = runUrl(host.context);
    const repository = host.context.repository;
    const linkSha = repository ? headSha ?? await revParse(git, "HEAD").catch(() => void 0) : void 0;
    const fragment = renderCoverage({
      evaluation,
      head: headSummary,
      base: baseSummary,
      patch,
      ...changed ? { changed } : {},
      rules,
      baseline: baselineInfo,
      trend,
      ...sha ? { sha } : {},
      ...url ? { url } : {},
      ...repository && linkSha ? {
        source: {
          serverUrl: host.context.serverUrl,
          owner: repository.owner,
          repo: repository.repo,
          sha: linkSha
        }
      } : {}
    });
    if (headSummary.totals.lines.total === 0 && fragment.status === "neutral") fragment.noResult = true;
    if (mode === "save" && shardMissing) {
      host.logger.log("warning", "baseline not saved: a coverage report (shard) is missing");
    } else if (mode === "save") {
      await saveThisBaseline(host, store, git, head, headSummary, hash, trend, {
        walkBack,
        retentionDays: baselineOptions(s).retentionDays,
        gated: gating
      });
    }
    if (s["badge-path"] !== void 0) {
      const out = resolve2(host.cwd, s["badge-path"]);
      await writeBadgeFiles(out, headSummary.totals.lines).catch((e) => {
        throw new UserError(`${labelOf(get, "badge-path")}: cannot write ${out} (${e.code ?? e.message})`);
      });
    }
    const data = {
      head,
      base,
      headSummary,
      baseSummary,
      changed,
      patch,
      evaluation,
      rules,
      ...headSha ? { headSha } : {},
      ...diffFrom ? { diffFrom } : {},
      warnings
    };
    const result = {
      fragment,
      ...sha ? { sha } : {},
      onCommit: pr !== void 0 || mode === "save",
      checkRunName: "coverage: uncovered added lines",
      outputs: {
        "project-coverage": formatPercent(headSummary.totals.lines).replace(/%$/, ""),
        "patch-coverage": patch?.lines ? formatPercent(patch.lines).replace(/%$/, "") : "n/a",
        "baseline-sha": baselineInfo?.sha ?? ""
      },
      ...evaluation.status === "fail" ? { failure: `coverage gate failed: ${evaluation.reasons.join("; ")}` } : {},
      data
    };
    return result;
  },
  print: { json: writeJsonResult, human: humanResult }
});
var MAX_SKIPS_NAMED = 5;
async function findChange(host, git, opts) {
  const { diffBase, diffFile, walkBack, included, local } = opts;
  const ancestors = (rev, extra = 0) => () => firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => []);
  if (diffFile !== void 0) {
    const path = resolve2(host.cwd, diffFile);
    const text = await readFile(path, "utf8").catch((e) => {
      throw new UserError(`diff-file ${path}: cannot read (${e.code ?? "error"})`);
    });
    if (text.trim() !== "" && !/^(?:diff --git |--- |\+\+\+ |@@ )/m.test(text)) {
      throw new UserError(`diff-file ${path}: not a unified diff (no "diff --git", "---" or "@@" line)`);
    }
    return {
      changed: parseUnifiedDiff(text, diffFile).filter((c) => included(c.path)),
      candidates: async () => [],
      notices: [],
      diffFrom: `the file ${diffFile}`
    };
  }
  if (diffBase !== void 0) {
    const headSha = await revParse(git, "HEAD");
    const base = await mergeBase(git, diffBase, "HEAD");
    if (local) return workTreeChange(git, base, headSha, `merge-base(${diffBase}, HEAD)`, opts, ancestors(base));
    const changed = (await diffChangedLines(git, base, headSha)).filter((c) => included(c.path));
    return { changed, headSha, candidates: ancestors(base), notices: [] };
  }
  const pr = await host.pullRequest();
  if (pr) {
    const base = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch((e) => {
      throw new UserError(
        `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
      );
    });
    const changed = (await diffChangedLines(git, base.base, "HEAD")).filter((c) => included(c.path));
    return { changed, candidates: ancestors(base.base), notices: [] };
  }
  if (local && local.patchRule.length > 0) {
    const remote = await remoteDefaultBranch(git);
    if (!remote) {
      throw new UserError(
        `${local.patchRule.join(" and ")} need${local.patchRule.length > 1 ? "" : "s"} a diff, and none of ${REMOTE_DEFAULT_REFS.join(", ")} resolves here: give ${local.label("diff-base")} <rev> or ${local.label("diff-file")} <file>`
      );
    }
    const headSha = await revParse(git, "HEAD");
    const base = await mergeBase(git, remote.sha, headSha).catch(() => {
      throw new UserError(
        `no merge base between ${remote.ref} and HEAD (unrelated or shallow history): give ${local.label("diff-base")} <rev> or ${local.label("diff-file")} <file>`
      );
    });
    const name = remote.pointsTo ? `${remote.ref} \u2192 ${remote.pointsTo}` : remote.ref;
    return workTreeChange(git, base, headSha, `merge-base(${name}, HEAD)`, opts, ancestors(base));
  }
  const inWorkflow = host.context.repository !== void 0;
  return {
    changed: null,
    candidates: async () => (await ancestors("HEAD", 1)()).slice(1),
    notices: inWorkflow ? [`${host.context.eventName} is not a pull request: project coverage only, no patch coverage`] : []
  };
}
async function workTreeChange(git, base, headSha, baseName, opts, candidates) {
  const notices = [];
  const [tracked, untracked] = await Promise.all([
    diffWorkTreeLines(git, base),
    opts.local?.includeUntracked ? untrackedChangedLines(git) : void 0
  ]);
  const all = [...tracked];
  if (untracked) {
    const known = new Set(tracked.map((c) => c.path));
    all.push(...untracked.files.filter((f) => !known.has(f.path)));
    const skipped = untracked.skipped.filter((k) => opts.included(k.path));
    if (skipped.length > 0) {
      const named = skipped.slice(0, MAX_SKIPS_NAMED).map((k) => `${k.path} (${k.why})`);
      const more = skipped.length > MAX_SKIPS_NAMED ? ` and ${skipped.length - MAX_SKIPS_NAMED} more` : "";
      notices.push(`${skipped.length} untracked file(s) not counted: ${named.join(", ")}${more}`);
    }
  }
  const changed = all.filter((c) => opts.included(c.path));
  const withUntracked = untracked ? `, with ${untracked.files.length} untracked file(s)` : `; untracked files left out (${opts.local?.label("include-untracked") ?? "include-untracked"} counts them)`;
  return {
    changed,
    headSha,
    candidates,
    notices,
    diffFrom: `${baseName} = ${base.slice(0, 7)} to the work tree${withUntracked}`
  };
}
async function loadBaseline(host, store, candidates, expectedConfigHash) {
  const none = (note) => ({ baseline: null, sha: "", behind: 0, note });
  if (!store) return none("no baseline: no GitHub token or artifact service in this run");
  try {
    const found = await store.find(BASELINE_KIND, candidates, BASELINE_FILE);
    if (!found.found) return none(found.note);
    const what = found.sha ? `baseline of ${found.sha.slice(0, 7)}` : found.path;
    const text = await readFile(found.path, "utf8").catch((e) => {
      throw new UserError(`${what}: cannot read ${BASELINE_FILE} (${e.code ?? "error"})`);
    });
    const baseline = parseBaseline(text, what, { expectedConfigHash });
    return { baseline, sha: found.sha ?? baseline.meta.sha, behind: found.behind, note: found.note };
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error;
    const note = `no baseline: ${describeError(error)}`;
    host.logger.log("warning", note);
    return none(note);
  }
}
async function saveThisBaseline(host, store, git, report, summary, hash, knownTrend, opts) {
  const sha = host.context.sha || await revParse(git, "HEAD").catch(() => "local");
  if (!store) {
    host.logger.log("warning", "baseline not saved: no GitHub token or artifact service in this run");
    return;
  }
  let trend = knownTrend;
  if (!opts.gated) {
    const parents = () => firstParentAncestors(git, sha, opts.walkBack + 1).then((p) => p.slice(1), () => []);
    trend = (await loadBaseline(host, store, parents, hash)).baseline?.trend ?? [];
  }
  const now = host.now().toISOString();
  const baseline = {
    meta: { sha, configHash: hash, createdAt: now },
    report,
    trend: appendTrend(trend, { sha, date: now, lines: summary.totals.lines })
  };
  await saveBaselineText(host, store, "coverage baseline", {
    kind: BASELINE_KIND,
    sha,
    file: BASELINE_FILE,
    text: serializeBaseline(baseline),
    retentionDays: opts.retentionDays
  });
}
export {
  coverageGate
};
//# sourceMappingURL=gate-B2VF7QQ2.js.map
