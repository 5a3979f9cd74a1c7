/**
 * Istanbul `coverage-final.json` (nyc, jest, vitest/c8 istanbul output). Also accepted: a serialised
 * CoverageMap `{ "data": { … } }`, per-file `{ "data": { … } }` wrappers and jest `--json` output, whose
 * `coverageMap` holds the map.
 *
 * Line hits and per-line branches come from istanbul-lib-coverage itself (getLineCoverage: max count of the
 * statements starting on the line; getBranchCoverageByLine), so totals equal istanbul's own summary
 * (recorded as producerTotals). Branches whose line starts no statement (default parameters on a function
 * declaration line) are kept in `unattachedBranches` so branch totals still match.
 *
 * Counts (`s`, `f`, `b`) must be non-negative integers: anything else (a string, null, NaN, a negative or
 * fractional number) is a one-line error naming the report, the entry and the count. A count too big for
 * a double (JSON `1e400` parses as Infinity) or above MAX_HITS is clamped to MAX_HITS.
 */
import libCoverage from 'istanbul-lib-coverage'
import { UserError } from '../../shared/errors.js'
import { MAX_HITS, type CoverageReport, type ProducerTotals } from '../model.js'
import { ReportBuilder } from './builder.js'
import type { PathNormalizer } from './paths.js'

type Json = Record<string, unknown>

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function looksLikeFile(v: unknown): boolean {
  if (!isObject(v)) return false
  const d = isObject(v.data) ? v.data : v
  return isObject(d.statementMap) && isObject(d.s)
}

/** Find the file map inside the supported wrappers. */
export function unwrapIstanbul(json: unknown, source: string): Json {
  if (!isObject(json)) throw new UserError(`${source}: not an istanbul coverage report: top level is not an object`)
  if (isObject(json.coverageMap)) return unwrapIstanbul(json.coverageMap, source)
  const keys = Object.keys(json)
  if (keys.length === 1 && keys[0] === 'data' && isObject(json.data) && !looksLikeFile(json)) {
    return unwrapIstanbul(json.data, source)
  }
  return json
}

export function parseIstanbulJson(json: unknown, source: string, paths: PathNormalizer): CoverageReport {
  const map0 = unwrapIstanbul(json, source)
  const entries = Object.entries(map0)
  if (entries.length === 0) throw new UserError(`${source}: the istanbul report contains no source files`)
  for (const [key, v] of entries) {
    if (!looksLikeFile(v)) {
      if (isObject(v) && isObject(v.lines) && isObject(v.statements)) {
        throw new UserError(
          `${source}: this is an istanbul json-summary (totals only, no line data); use coverage-final.json (reporter "json")`
        )
      }
      throw new UserError(
        `${source}: not an istanbul coverage report: entry "${key.slice(0, 80)}" has no statementMap/s`
      )
    }
  }
  const data: Json = {}
  for (const [key, v] of entries) {
    const o = v as Json
    const d = isObject(o.data) && !isObject(o.statementMap) ? o.data : o
    checkCounts(d, key, source)
    data[key] = d
  }
  let map: libCoverage.CoverageMap
  try {
    map = libCoverage.createCoverageMap(data as unknown as libCoverage.CoverageMapData)
  } catch (e) {
    throw new UserError(`${source}: invalid istanbul coverage data: ${(e as Error).message}`)
  }
  try {
    return buildReport(map, source, paths)
  } catch (e) {
    if (e instanceof UserError) throw e
    // istanbul-lib-coverage reads the maps as it finds them: a shape checkCounts does not cover (an entry
    // without `start`, a `loc` that is a number, …) surfaces here as its TypeError.
    throw new UserError(`${source}: invalid istanbul coverage data: ${(e as Error).message}`)
  }
}

function buildReport(map: libCoverage.CoverageMap, source: string, paths: PathNormalizer): CoverageReport {
  const b = new ReportBuilder('istanbul', source, paths)
  for (const file of map.files()) {
    const fc = map.fileCoverageFor(file)
    const f = b.file(fc.path || file)
    if (f === undefined) continue
    const lines = fc.getLineCoverage() as Record<string, number>
    const branches = fc.getBranchCoverageByLine() as Record<string, { covered: number; total: number }>
    for (const [l, hits] of Object.entries(lines)) {
      const line = Number(l)
      const br = branches[l]
      if (typeof hits !== 'number') {
        throw new UserError(`${source}: istanbul entry "${file.slice(0, 80)}": line ${l.slice(0, 20)} has no count`)
      }
      b.addLine(f, line, hits, br === undefined ? undefined : { covered: br.covered, total: br.total })
    }
    for (const [l, br] of Object.entries(branches)) {
      if (lines[l] !== undefined) continue
      const prev = f.unattachedBranches
      f.unattachedBranches = {
        covered: (prev?.covered ?? 0) + br.covered,
        total: (prev?.total ?? 0) + br.total
      }
    }
    const s = fc.toSummary()
    b.addFunctions(f, s.functions.covered, s.functions.total)
  }
  const sum = map.getCoverageSummary()
  const producer: ProducerTotals = {
    lines: { covered: sum.lines.covered, total: sum.lines.total },
    branches: { covered: sum.branches.covered, total: sum.branches.total },
    functions: { covered: sum.functions.covered, total: sum.functions.total }
  }
  return b.finish(producer)
}

/**
 * Check (and clamp, in place) the hit counts of one file entry: `s` and `f` map ids to counts, `b` maps ids
 * to arrays of counts. Missing maps are left to istanbul-lib-coverage.
 */
function checkCounts(d: Json, key: string, source: string): void {
  const bad = (what: string, v: unknown): never => {
    // Never JSON.stringify the value: a deeply nested one would overflow the stack.
    const shown =
      typeof v === 'string'
        ? JSON.stringify(v.slice(0, 38))
        : Array.isArray(v)
          ? 'an array'
          : v === null || typeof v !== 'object'
            ? String(v).slice(0, 40)
            : 'an object'
    throw new UserError(
      `${source}: istanbul entry "${key.slice(0, 80)}": ${what} is ${shown}, expected a non-negative integer count`
    )
  }
  const count = (v: unknown, what: string): number => {
    if (typeof v !== 'number' || !(v >= 0)) return bad(what, v)
    if (v > MAX_HITS) return MAX_HITS
    return Number.isInteger(v) ? v : bad(what, v)
  }
  for (const name of ['s', 'f'] as const) {
    const m = d[name]
    if (!isObject(m)) continue
    for (const id of Object.keys(m)) m[id] = count(m[id], `${name}["${id.slice(0, 20)}"]`)
  }
  // Every statement, function and branch must have its count: istanbul-lib-coverage reads `s[id]`, `f[id]`
  // and `b[id]` for each map entry and fails (or counts undefined) on a missing one.
  const pairs = [
    ['statementMap', 's'],
    ['fnMap', 'f'],
    ['branchMap', 'b']
  ] as const
  for (const [mapName, countName] of pairs) {
    const m = d[mapName]
    const c = d[countName]
    if (!isObject(m)) continue
    for (const id of Object.keys(m)) {
      if (!isObject(m[id])) {
        throw new UserError(`${source}: istanbul entry "${key.slice(0, 80)}": ${mapName}["${id.slice(0, 20)}"] is not an object`)
      }
      if (!isObject(c) || !Object.prototype.hasOwnProperty.call(c, id)) {
        throw new UserError(
          `${source}: istanbul entry "${key.slice(0, 80)}": ${mapName}["${id.slice(0, 20)}"] has no count in "${countName}"`
        )
      }
    }
  }
  const b = d.b
  if (isObject(b)) {
    for (const id of Object.keys(b)) {
      const arr = b[id]
      if (!Array.isArray(arr)) return bad(`b["${id.slice(0, 20)}"]`, arr)
      for (let k = 0; k < arr.length; k++) arr[k] = count(arr[k], `b["${id.slice(0, 20)}"][${k}]`)
    }
  }
}

export function parseIstanbul(buf: Buffer, source: string, paths: PathNormalizer): CoverageReport {
  let json: unknown
  try {
    json = JSON.parse(buf.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new UserError(`${source}: truncated or malformed JSON (${(e as Error).message})`)
  }
  return parseIstanbulJson(json, source, paths)
}
