/**
 * The content of a coverage baseline artifact: the normalised report of one default-branch commit
 * (compact: per file a flat [line, hits, line, hits, …] array, branches as [line, covered, total, …]),
 * who made it ({sha, configHash, createdAt, toolVersion}) and the rolling trend window. Loading treats the
 * file as untrusted: unknown versions and malformed data are rejected with one clear line; a configHash
 * that differs from the current configuration is a warning notice (numbers may not be comparable).
 */
import { createHash } from 'node:crypto'
import { UserError } from '../shared/errors.js'
import { validateTrend, type TrendPoint } from './history.js'
import type { CoverageFormat, CoverageReport, FileCoverage, LineCoverage } from './model.js'

export const BASELINE_SCHEMA = 'quality-gates/coverage-baseline'
export const BASELINE_VERSION = 1
/** Bumped when a parser changes what it counts; part of the config hash. */
export const PARSER_VERSION = 2

const FORMATS: CoverageFormat[] = ['lcov', 'istanbul', 'cobertura', 'jacoco', 'clover', 'go']

export interface BaselineMeta {
  sha: string
  configHash: string
  createdAt: string
  toolVersion?: string
}

export interface Baseline {
  meta: BaselineMeta
  report: CoverageReport
  trend: TrendPoint[]
}

export interface ConfigHashInput {
  include?: string[]
  exclude?: string[]
  pathMappings?: Record<string, string> | [string, string][]
  parserVersion?: number
  [key: string]: unknown
}

/** sha256 (first 16 hex) of the options that change what is counted, in a canonical key order. */
export function configHash(input: ConfigHashInput): string {
  const canonical = canonicalJson({ parserVersion: PARSER_VERSION, ...input })
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16)
}

interface FileJson {
  p: string
  l: number[]
  b?: number[]
  /** Lines flagged partial by a format without branch data (Go). */
  pl?: number[]
  fn?: [number, number]
  /** Branches not tied to a line: [covered, total]. */
  ub?: [number, number]
  /** Line totals as the report states them when it has no per-line hits (FileCoverage.statedLines). */
  sl?: [number, number]
}

export function serializeBaseline(baseline: Baseline): string {
  const files: FileJson[] = []
  const paths = [...baseline.report.files.keys()].sort()
  for (const path of paths) {
    const f = baseline.report.files.get(path) as FileCoverage
    const l: number[] = []
    const b: number[] = []
    const pl: number[] = []
    for (const n of [...f.lines.keys()].sort((x, y) => x - y)) {
      const line = f.lines.get(n) as LineCoverage
      l.push(n, line.hits)
      if (line.branches) b.push(n, line.branches.covered, line.branches.total)
      if (line.partial) pl.push(n)
    }
    const entry: FileJson = { p: path, l }
    if (b.length) entry.b = b
    if (pl.length) entry.pl = pl
    if (f.functions) entry.fn = [f.functions.covered, f.functions.total]
    if (f.unattachedBranches) entry.ub = [f.unattachedBranches.covered, f.unattachedBranches.total]
    if (f.statedLines) entry.sl = [f.statedLines.covered, f.statedLines.total]
    files.push(entry)
  }
  return JSON.stringify({
    schema: BASELINE_SCHEMA,
    version: BASELINE_VERSION,
    ...baseline.meta,
    format: baseline.report.format,
    trend: baseline.trend,
    files
  })
}

export interface LoadOptions {
  /** The current configuration's hash; a different stored hash adds a warning notice. */
  expectedConfigHash?: string
}

/** Parse and validate baseline JSON text. Throws UserError naming `source`. */
export function parseBaseline(
  text: string,
  source: string,
  opts: LoadOptions = {}
): Baseline & { notices: string[] } {
  const fail = (what: string): never => {
    throw new UserError(`${source}: not a valid coverage baseline: ${what}`)
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    return fail(`not JSON (${(e as Error).message.slice(0, 100)})`)
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return fail('expected a JSON object')
  const o = doc as Record<string, unknown>
  if (o.schema !== BASELINE_SCHEMA) return fail(`"schema" must be "${BASELINE_SCHEMA}"`)
  if (o.version !== BASELINE_VERSION) {
    return fail(
      `unsupported version ${JSON.stringify(o.version)?.slice(0, 20)} (this tool reads version ${BASELINE_VERSION}; the baseline was written by a different quality-gates release — refresh it)`
    )
  }
  if (typeof o.sha !== 'string' || !/^[0-9a-f]{7,64}$/.test(o.sha)) fail('"sha" must be a hex commit id')
  if (typeof o.configHash !== 'string' || !/^[0-9a-f]{1,64}$/.test(o.configHash)) fail('"configHash" must be hex')
  if (typeof o.createdAt !== 'string' || Number.isNaN(Date.parse(o.createdAt))) fail('"createdAt" must be an ISO date')
  if (o.toolVersion !== undefined && (typeof o.toolVersion !== 'string' || o.toolVersion.length > 100))
    fail('"toolVersion" must be a short string')
  if (!FORMATS.includes(o.format as CoverageFormat)) fail(`"format" must be one of ${FORMATS.join(', ')}`)
  const trend = validateTrend(o.trend ?? [], source)
  if (!Array.isArray(o.files)) return fail('"files" must be an array')

  const files = new Map<string, FileCoverage>()
  o.files.forEach((raw: unknown, i: number) => {
    const bad = (what: string): never => fail(`file ${i}: ${what}`)
    if (typeof raw !== 'object' || raw === null) return bad('must be an object')
    const f = raw as Record<string, unknown>
    const path = f.p
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || path.includes('\0'))
      return bad('"p" must be a non-empty path')
    if (files.has(path)) bad(`duplicate path ${JSON.stringify(path.slice(0, 200))}`)
    const lines = new Map<number, LineCoverage>()
    const l = counts(f.l, 2, () => bad('"l" must be [line, hits, …] with non-negative integers'))
    for (let k = 0; k < l.length; k += 2) {
      const n = l[k] as number
      if (n < 1) bad(`line number ${n} is not ≥ 1`)
      lines.set(n, { hits: l[k + 1] as number })
    }
    if (f.b !== undefined) {
      const b = counts(f.b, 3, () => bad('"b" must be [line, covered, total, …] with non-negative integers'))
      for (let k = 0; k < b.length; k += 3) {
        const line = lines.get(b[k] as number)
        const covered = b[k + 1] as number
        const total = b[k + 2] as number
        if (!line || covered > total) bad(`branch entry for line ${b[k]} is inconsistent`)
        ;(line as LineCoverage).branches = { covered, total }
      }
    }
    if (f.pl !== undefined) {
      for (const n of counts(f.pl, 1, () => bad('"pl" must be a list of line numbers'))) {
        const line = lines.get(n)
        if (!line) bad(`partial line ${n} has no hits entry`)
        ;(line as LineCoverage).partial = true
      }
    }
    const file: FileCoverage = { path, lines }
    if (f.fn !== undefined) {
      const fn = counts(f.fn, 2, () => bad('"fn" must be [covered, total]'))
      if (fn.length !== 2 || (fn[0] as number) > (fn[1] as number)) bad('"fn" must be [covered, total]')
      file.functions = { covered: fn[0] as number, total: fn[1] as number }
    }
    if (f.ub !== undefined) {
      const ub = counts(f.ub, 2, () => bad('"ub" must be [covered, total]'))
      if (ub.length !== 2 || (ub[0] as number) > (ub[1] as number)) bad('"ub" must be [covered, total]')
      file.unattachedBranches = { covered: ub[0] as number, total: ub[1] as number }
    }
    if (f.sl !== undefined) {
      const sl = counts(f.sl, 2, () => bad('"sl" must be [covered, total]'))
      if (sl.length !== 2 || (sl[0] as number) > (sl[1] as number)) bad('"sl" must be [covered, total]')
      file.statedLines = { covered: sl[0] as number, total: sl[1] as number }
    }
    files.set(path, file)
  })

  const meta: BaselineMeta = {
    sha: o.sha as string,
    configHash: o.configHash as string,
    createdAt: o.createdAt as string,
    ...(o.toolVersion !== undefined ? { toolVersion: o.toolVersion as string } : {})
  }
  const notices: string[] = []
  if (opts.expectedConfigHash !== undefined && opts.expectedConfigHash !== meta.configHash) {
    notices.push(
      `the baseline from ${meta.sha.slice(0, 7)} was made with different coverage options or parser version (config ${meta.configHash} ≠ ${opts.expectedConfigHash}); the project delta may not be comparable`
    )
  }
  return { meta, report: { format: o.format as CoverageFormat, source, files }, trend, notices }
}

function counts(v: unknown, stride: number, bad: () => never): number[] {
  if (!Array.isArray(v) || v.length % stride !== 0) return bad()
  for (const n of v) if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) bad()
  return v as number[]
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}
