/**
 * Flake history: one compact record per run (each case's outcome, the commit, the date), kept as a rolling
 * window. In a workflow it travels as the `flaky` baseline (trusted default-branch runs save it, pull requests
 * read the newest one on their base's first-parent line); on the CLI it is a file (`--history`).
 *
 * File format (JSON, schema-versioned, validated on read as untrusted input):
 *
 *     {"schema":"quality-gates/flaky-history","version":1,
 *      "ids":["<case id>", …],
 *      "runs":[{"sha":"<commit>","date":"<ISO 8601>","run":"<run id>","o":"pfks-…"}, …]}   (oldest first)
 *
 * `o` holds one character per id, in the order of `ids`: `p` passed, `f` failed (errors too), `k` flaky (failed,
 * then passed, within the run), `s` skipped, `-` did not run. A quarantined test is recorded with what it did:
 * history learns from the tests, not from the quarantine. Ids that ran in no kept run are dropped on write.
 */
import { UserError } from '../shared/errors.js'

export const HISTORY_SCHEMA = 'quality-gates/flaky-history'
export const HISTORY_VERSION = 1
/** Bytes of a history file read (a window of 500 runs over 100,000 tests is about 50 MB plus the ids). */
export const MAX_HISTORY_BYTES = 128 * 1024 * 1024
/** Runs kept, however many happened in the window. */
export const MAX_RUNS = 500
export const MAX_IDS = 250_000
const MAX_ID_CHARS = 8192

export type Code = 'p' | 'f' | 'k' | 's' | '-'

export interface RunRecord {
  /** The commit the run tested (hex), or `local` when unknown. */
  sha: string
  /** ISO 8601. */
  date: string
  /** The run's identity (`<run id>-<attempt>` in a workflow), when known. */
  run?: string
  /** One code per id of the history's table; shorter than the table means `-` for the rest. */
  o: string
}

export interface History {
  ids: string[]
  /** id → index in ids. */
  index: Map<string, number>
  runs: RunRecord[]
}

export function emptyHistory(): History {
  return { ids: [], index: new Map(), runs: [] }
}

/** The code of case `i` in `run`. */
export function codeAt(run: RunRecord, i: number): Code {
  return (run.o[i] ?? '-') as Code
}

/** A run's outcomes (id → code, codes other than `-`) as a record of the history, adding new ids to its table. */
export function recordRun(
  history: History,
  run: Omit<RunRecord, 'o'>,
  outcomes: Iterable<[string, Exclude<Code, '-'>]>
): RunRecord {
  const codes: Code[] = []
  for (const [id, code] of outcomes) {
    let i = history.index.get(id)
    if (i === undefined) {
      i = history.ids.length
      history.ids.push(id)
      history.index.set(id, i)
    }
    codes[i] = code
  }
  let o = ''
  for (let i = 0; i < codes.length; i++) o += codes[i] ?? '-'
  return { ...run, o }
}

/**
 * Add a run and keep the window: runs dated within `windowDays` of `now` (older ones leave), at most MAX_RUNS,
 * oldest first. A run with the same `run` identity as a kept one replaces it (a re-run of the same attempt).
 */
export function appendRun(history: History, record: RunRecord, windowDays: number, now: Date): History {
  const cutoff = now.getTime() - windowDays * 86_400_000
  const runs = history.runs.filter(
    r => Date.parse(r.date) >= cutoff && (record.run === undefined || r.run !== record.run)
  )
  runs.push(record)
  return { ...history, runs: runs.slice(Math.max(0, runs.length - MAX_RUNS)) }
}

/** The history as the file's JSON text, its id table compacted to the ids some kept run ran. */
export function serializeHistory(history: History): string {
  const keep: number[] = []
  for (let i = 0; i < history.ids.length; i++) {
    if (history.runs.some(r => codeAt(r, i) !== '-')) keep.push(i)
  }
  const runs = history.runs.map(r => {
    let o = ''
    for (const i of keep) o += codeAt(r, i)
    return { sha: r.sha, date: r.date, ...(r.run !== undefined ? { run: r.run } : {}), o }
  })
  return `${JSON.stringify({
    schema: HISTORY_SCHEMA,
    version: HISTORY_VERSION,
    ids: keep.map(i => history.ids[i]),
    runs
  })}\n`
}

/** Parse and validate an untrusted history file; a problem is a one-line UserError naming `source`. */
export function parseHistory(text: string, source: string): History {
  const fail = (what: string): never => {
    throw new UserError(`${source}: not a valid flaky history: ${what}`)
  }
  if (text.length > MAX_HISTORY_BYTES) fail(`larger than ${MAX_HISTORY_BYTES} bytes`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return fail(`not JSON (${(e as Error).message.slice(0, 100)})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected a JSON object')
  const v = value as Record<string, unknown>
  if (v.schema !== HISTORY_SCHEMA) fail(`"schema" must be "${HISTORY_SCHEMA}"`)
  if (v.version !== HISTORY_VERSION) {
    fail(
      `unsupported version ${JSON.stringify(v.version)?.slice(0, 20)} (this release reads version ${HISTORY_VERSION})`
    )
  }
  if (!Array.isArray(v.ids)) return fail('"ids" must be an array')
  if (v.ids.length > MAX_IDS) fail(`more than ${MAX_IDS} ids`)
  const index = new Map<string, number>()
  const ids: string[] = []
  for (const id of v.ids as unknown[]) {
    if (typeof id !== 'string' || id === '' || id.length > MAX_ID_CHARS)
      fail(`id ${ids.length} must be a non-empty string`)
    if (index.has(id as string)) fail(`id ${ids.length} is listed twice`)
    index.set(id as string, ids.length)
    ids.push(id as string)
  }
  if (!Array.isArray(v.runs)) return fail('"runs" must be an array')
  if (v.runs.length > MAX_RUNS) fail(`more than ${MAX_RUNS} runs`)
  const runs: RunRecord[] = (v.runs as unknown[]).map((r, n) => {
    const bad = (what: string): never => fail(`run ${n}: ${what}`)
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return bad('must be an object')
    const o = r as Record<string, unknown>
    if (typeof o.sha !== 'string' || !/^(?:[0-9a-f]{7,64}|local)$/.test(o.sha))
      bad('"sha" must be a hex commit id')
    if (typeof o.date !== 'string' || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date')
    if (o.run !== undefined && (typeof o.run !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(o.run)))
      bad('bad "run"')
    if (typeof o.o !== 'string' || o.o.length !== ids.length || !/^[pfks-]*$/.test(o.o)) {
      bad(`"o" must hold one of p f k s - per id (${ids.length})`)
    }
    return {
      sha: o.sha as string,
      date: o.date as string,
      ...(o.run !== undefined ? { run: o.run as string } : {}),
      o: o.o as string
    }
  })
  return { ids, index, runs }
}
