/**
 * One results or baseline file → one run. The format is detected from the content (never the name):
 * a first line that is a k6 Metric/Point object → k6 NDJSON (streamed); else a JSON document recognised by
 * its keys; else `go test -bench` text; else a one-line UserError naming the file.
 */
import { UserError } from '../shared/errors.js'
import { isGeneric, parseGeneric } from './formats/generic.js'
import { detectK6Summary, parseK6Summary } from './formats/k6-summary.js'
import {
  isAutocannon,
  isHyperfine,
  isPytestBenchmark,
  looksLikeGoBench,
  parseAutocannon,
  parseGoBench,
  parseHyperfine,
  parsePytestBenchmark
} from './formats/tools.js'
import { readDocument, readHead } from './input.js'
import { readK6Ndjson } from './k6-ndjson.js'
import type { LoadOptions, RunData } from './model.js'

const SUPPORTED =
  'k6 --out json (NDJSON, .gz), k6 --summary-export / handleSummary / machine-readable summary, autocannon -j, hyperfine --export-json, pytest-benchmark --benchmark-json, go test -bench output, or quality-gates generic JSON'

function isK6Line(line: string): boolean {
  try {
    const o = JSON.parse(line) as { type?: unknown }
    return typeof o === 'object' && o !== null && (o.type === 'Metric' || o.type === 'Point')
  } catch {
    return false
  }
}

export async function loadRun(path: string, options: LoadOptions, label = path): Promise<RunData> {
  const { text: head } = await readHead(path, label)
  const start = head.replace(/^\uFEFF/, '').trimStart()
  const nl = start.indexOf('\n')
  if (start.startsWith('{') && nl > 0 && isK6Line(start.slice(0, nl)))
    return readK6Ndjson(path, label, options)
  if (start.startsWith('{') && nl < 0 && isK6Line(start)) return readK6Ndjson(path, label, options)
  if (start.startsWith('{') || start.startsWith('[')) {
    const text = await readDocument(path, label, options.limits)
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch (e) {
      throw new UserError(`${label}: not valid JSON (${(e as Error).message}); expected ${SUPPORTED}`)
    }
    return parseDocument(doc, label, options)
  }
  if (looksLikeGoBench(head))
    return parseGoBench(await readDocument(path, label, options.limits), label, options)
  throw new UserError(`${label}: not a supported perf result format; expected ${SUPPORTED}`)
}

export function parseDocument(doc: unknown, label: string, options: LoadOptions): RunData {
  const o = doc as Record<string, unknown>
  if (isGeneric(doc)) return parseGeneric(o, label, options)
  if (isAutocannon(doc)) return parseAutocannon(o, label, options)
  if (isPytestBenchmark(doc)) return parsePytestBenchmark(o, label, options)
  if (isHyperfine(doc)) return parseHyperfine(o, label, options)
  const k6 = detectK6Summary(doc)
  if (k6 !== null) return parseK6Summary(doc, k6, label, options)
  throw new UserError(`${label}: JSON, but not a supported perf result format; expected ${SUPPORTED}`)
}
