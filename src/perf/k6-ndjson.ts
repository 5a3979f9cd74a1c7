/**
 * k6 `--out json` (NDJSON, plain or .gz), streamed: one `{"type":"Metric",…}` declaration per metric and one
 * `{"type":"Point","metric":…,"data":{"time","value","tags"}}` per sample, key order varying by k6 version.
 *
 * Only the chosen metric's points are kept. Lines are split on Buffers (no readline, no string per line),
 * and a line is JSON-parsed only when its bytes contain the metric's name as a JSON string (`"<name>"`) or
 * `"Metric"`. That skip is safe: a line whose top-level `metric` is our name must contain `"<name>"`
 * verbatim, because JSON has one spelling for a string made of characters no encoder escapes (checked by
 * SAFE_NAME; Go's encoder also escapes < > & and U+2028/9, so names with those take the slow path that
 * parses every line). The converse is not assumed: a tag value or a tag key spelled like the name only costs
 * a parse, after which the top-level `type` and `metric` decide. Whitespace and key order do not matter.
 *
 * The run's health rides along in the same pass (so each file is read once): lines containing `"http_req_failed"`
 * or `"dropped_iterations"` are parsed too (by the same byte pre-check), and their Points are counted: failed
 * requests per endpoint (split like the samples) and in all, and dropped iterations. A k6 HTTP run has one
 * http_req_failed point per request, so this about doubles the lines parsed; the other metrics' points stay
 * skipped.
 *
 * Every complete line must be one JSON object: a skipped line is checked cheaply (it starts with `{` and ends
 * with `}`), a parsed one fully; anything else is an error naming the file and line. A last line without a
 * newline that does not parse (k6 killed mid-write) is ignored with a notice; a gzip stream cut short
 * likewise keeps its complete lines.
 */
import { UserError } from '../shared/errors.js'
import { SampleCollector } from './collect.js'
import { chunks, type ChunkState } from './input.js'
import {
  endpointId,
  NO_NAME,
  type EndpointKey,
  type Failures,
  type LoadOptions,
  type RunData
} from './model.js'

const LF = 0x0a
const CR = 0x0d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
/** Names whose JSON spelling is unique and identical in Go's and JS's encoders. */
const SAFE_NAME = /^[^"\\<>&\u0000-\u001f\u007f\u2028\u2029]+$/
const MAX_NAMES_LISTED = 20
const FAILED_METRIC = 'http_req_failed'
const DROPPED_METRIC = 'dropped_iterations'

type Series = ReturnType<SampleCollector['seriesFor']>

export class K6NdjsonParser {
  private readonly needle: Buffer | null
  private readonly declNeedle = Buffer.from('"Metric"')
  private readonly failedNeedle = Buffer.from(JSON.stringify(FAILED_METRIC))
  private readonly droppedNeedle = Buffer.from(JSON.stringify(DROPPED_METRIC))
  private errors: Failures | null = null
  private readonly failuresById = new Map<string, Failures>()
  private dropped: number | null = null
  private rest: Buffer | null = null
  private lineNo = 0
  private readonly collector: SampleCollector
  private declaredType: string | null = null
  private readonly declaredNames = new Set<string>()
  private points = 0
  private readonly notices: string[] = []
  /** name → series when no split is asked (the common case: one Map lookup per point). */
  private readonly byName = new Map<string, Series>()

  constructor(
    private readonly source: string,
    private readonly options: LoadOptions
  ) {
    this.needle = SAFE_NAME.test(options.metric) ? Buffer.from(JSON.stringify(options.metric)) : null
    this.collector = new SampleCollector(source, options.limits)
  }

  write(chunk: Buffer): void {
    const buf = this.rest === null ? chunk : Buffer.concat([this.rest, chunk])
    const max = this.options.limits.maxLineBytes
    let pos = 0
    let needleAt = -1
    let declAt = -1
    let failedAt = -1
    let droppedAt = -1
    const needle = this.needle
    for (;;) {
      const nl = buf.indexOf(LF, pos)
      if (nl < 0) break
      this.lineNo++
      let end = nl
      if (end > pos && buf[end - 1] === CR) end--
      if (end - pos > max) this.tooLong()
      if (end > pos) {
        if (buf[pos] !== OPEN_BRACE || buf[end - 1] !== CLOSE_BRACE) {
          if (!isBlank(buf, pos, end)) this.fail('not a JSON object')
        } else {
          let parse = needle === null
          if (!parse) {
            if (needleAt < pos) {
              needleAt = buf.indexOf(needle as Buffer, pos)
              if (needleAt < 0) needleAt = buf.length
            }
            if (needleAt < end) parse = true
          }
          if (!parse) {
            if (declAt < pos) {
              declAt = buf.indexOf(this.declNeedle, pos)
              if (declAt < 0) declAt = buf.length
            }
            if (declAt < end) parse = true
          }
          if (!parse) {
            if (failedAt < pos) {
              failedAt = buf.indexOf(this.failedNeedle, pos)
              if (failedAt < 0) failedAt = buf.length
            }
            if (failedAt < end) parse = true
          }
          if (!parse) {
            if (droppedAt < pos) {
              droppedAt = buf.indexOf(this.droppedNeedle, pos)
              if (droppedAt < 0) droppedAt = buf.length
            }
            if (droppedAt < end) parse = true
          }
          if (parse) this.line(buf, pos, end)
        }
      }
      pos = nl + 1
    }
    if (pos >= buf.length) this.rest = null
    else {
      if (buf.length - pos > max) {
        this.lineNo++
        this.tooLong()
      }
      this.rest = buf.subarray(pos)
    }
  }

  /** The run, after the last chunk. `cutShort`: the stream itself ended early (gzip cut mid-write). */
  end(cutShort = false): RunData {
    if (this.rest !== null) {
      const buf = this.rest
      this.rest = null
      this.lineNo++
      let end = buf.length
      if (buf[end - 1] === CR) end--
      let complete = false
      if (!isBlank(buf, 0, end)) {
        try {
          this.line(buf, 0, end)
          complete = true
        } catch (e) {
          if (!(e instanceof UserError) || !e.message.includes('malformed JSON')) throw e
        }
        if (!complete) {
          this.notices.push(
            `${this.source}: line ${this.lineNo} is cut short (k6 stopped mid-write?); ignored, the ${this.lineNo - 1} complete lines before it stand`
          )
        }
      }
    }
    if (cutShort) {
      this.notices.push(
        `${this.source}: the gzip stream ends early (file cut short); the complete lines read stand`
      )
    }
    const metric = this.options.metric
    if (this.declaredType !== null && this.declaredType !== 'trend') {
      throw new UserError(
        `${this.source}: metric "${metric}" is a ${this.declaredType}, not a trend; percentiles need a trend metric`
      )
    }
    if (this.points === 0) {
      if (this.declaredType === null) {
        const names = [...this.declaredNames].slice(0, MAX_NAMES_LISTED)
        throw new UserError(
          `${this.source}: no samples of metric "${metric}" (metrics in the file: ${names.length ? names.join(', ') : 'none'})`
        )
      }
      this.notices.push(`${this.source}: metric "${metric}" is declared but has no samples`)
    }
    return {
      source: this.source,
      format: 'k6-ndjson',
      metric,
      endpoints: this.collector.finish(),
      notices: this.notices,
      health: {
        errors: this.errors,
        byEndpoint: Object.fromEntries(this.failuresById),
        dropped: this.dropped
      }
    }
  }

  /** A Point of http_req_failed or dropped_iterations (a non-numeric value is not counted). */
  private healthPoint(metric: string, data: { value?: unknown; tags?: unknown } | null | undefined): void {
    const value = data?.value
    if (typeof value !== 'number' || !Number.isFinite(value)) return
    if (metric === DROPPED_METRIC) {
      this.dropped = (this.dropped ?? 0) + Math.max(0, Math.round(value))
      return
    }
    const tags = (typeof data?.tags === 'object' && data.tags !== null ? data.tags : {}) as Record<
      string,
      unknown
    >
    const key: EndpointKey = { name: tagString(tags.name) ?? tagString(tags.url) ?? NO_NAME }
    if (this.options.split.scenario) key.scenario = tagString(tags.scenario) ?? ''
    if (this.options.split.group) key.group = tagString(tags.group) ?? ''
    const id = endpointId(key)
    let f = this.failuresById.get(id)
    if (f === undefined) {
      // Bounded like the samples' endpoints; past the cap a request still counts in the run's total.
      if (this.failuresById.size < this.options.limits.maxEndpoints) {
        f = { failed: 0, total: 0 }
        this.failuresById.set(id, f)
      }
    }
    const bad = value !== 0 ? 1 : 0
    this.errors ??= { failed: 0, total: 0 }
    this.errors.failed += bad
    this.errors.total++
    if (f) {
      f.failed += bad
      f.total++
    }
  }

  private line(buf: Buffer, start: number, end: number): void {
    let obj: unknown
    try {
      obj = JSON.parse(buf.toString('utf8', start, end))
    } catch (e) {
      this.fail(`malformed JSON (${(e as Error).message})`)
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) this.fail('not a JSON object')
    const o = obj as { type?: unknown; metric?: unknown; data?: unknown }
    if (o.type === 'Metric') {
      const data = o.data as { name?: unknown; type?: unknown } | null | undefined
      const name = typeof o.metric === 'string' ? o.metric : data?.name
      if (typeof name !== 'string') return
      if (this.declaredNames.size < MAX_NAMES_LISTED) this.declaredNames.add(name)
      if (name === this.options.metric)
        this.declaredType = typeof data?.type === 'string' ? data.type : 'unknown type'
      return
    }
    if (o.type !== 'Point') return
    if (o.metric === FAILED_METRIC || o.metric === DROPPED_METRIC)
      this.healthPoint(o.metric, o.data as { value?: unknown; tags?: unknown } | null | undefined)
    if (o.metric !== this.options.metric) return
    const data = o.data as { value?: unknown; tags?: unknown } | null | undefined
    const value = data?.value
    if (typeof value !== 'number' || !Number.isFinite(value))
      this.fail('a Point without a numeric data.value')
    const tags = (typeof data?.tags === 'object' && data.tags !== null ? data.tags : {}) as Record<
      string,
      unknown
    >
    const name = tagString(tags.name) ?? tagString(tags.url) ?? NO_NAME
    const split = this.options.split
    let series: Series
    if (!split.scenario && !split.group) {
      let s = this.byName.get(name)
      if (s === undefined) {
        s = this.collector.seriesFor(JSON.stringify([name, null, null]), () => ({ name }))
        this.byName.set(name, s)
      }
      series = s
    } else {
      const key: EndpointKey = { name }
      if (split.scenario) key.scenario = tagString(tags.scenario) ?? ''
      if (split.group) key.group = tagString(tags.group) ?? ''
      series = this.collector.seriesFor(
        JSON.stringify([name, key.scenario ?? null, key.group ?? null]),
        () => key
      )
    }
    this.collector.push(series, value)
    this.points++
  }

  private fail(what: string): never {
    throw new UserError(`${this.source}: line ${this.lineNo}: ${what}`)
  }

  private tooLong(): never {
    this.fail(
      `longer than ${this.options.limits.maxLineBytes} bytes (k6 writes a few hundred); not a k6 --out json file?`
    )
  }
}

function tagString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i]
    if (c !== 0x20 && c !== 0x09 && c !== CR) return false
  }
  return true
}

/** Stream a k6 NDJSON file (plain or gzip) into one run. */
export async function readK6Ndjson(path: string, source: string, options: LoadOptions): Promise<RunData> {
  const parser = new K6NdjsonParser(source, options)
  const state: ChunkState = {}
  for await (const chunk of chunks(path, source, options.limits, state)) parser.write(chunk)
  return parser.end(state.truncatedGzip === true)
}
