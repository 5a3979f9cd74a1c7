/**
 * Shared machinery of the property-based fuzz tests (test/fuzz/*.test.ts):
 * - the run settings: a fixed seed and about 1,000 cases per target under plain `npm test`; `npm run fuzz`
 *   (scripts/fuzz.mjs) sets FUZZ_RUNS, FUZZ_SEED and FUZZ_REPORT for a long run with a random seed;
 * - the one crash rule every target shares: anything thrown must be a one-line UserError;
 * - slow-case notes (a case over SLOW_MS is recorded and printed, never asserted: no timed assertions);
 * - input mutation at the byte, line and token level, as fast-check arbitraries (so counterexamples shrink
 *   to a short list of edits of a small valid document).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll } from '@jest/globals'
import fc from 'fast-check'
import { UserError } from '../../src/shared/errors.js'

/** Fixed seed of the jest run (any change of it is a change of the suite; keep it fixed). */
export const DEFAULT_SEED = 20_250_613
const envRuns = Number(process.env.FUZZ_RUNS)
const envSeed = Number(process.env.FUZZ_SEED)
/** Seed of this run: FUZZ_SEED when set (npm run fuzz), else the fixed one. */
export const SEED = Number.isSafeInteger(envSeed) && process.env.FUZZ_SEED !== '' ? envSeed : DEFAULT_SEED
/** A case slower than this is noted (and printed), never failed. */
export const SLOW_MS = 2000

/**
 * Cases for one target: FUZZ_RUNS × (defaultRuns / 1000) when FUZZ_RUNS is set (so slow targets keep their
 * proportion, at least FUZZ_RUNS / 10), else defaultRuns.
 */
export function runsFor(defaultRuns: number): number {
  if (!Number.isSafeInteger(envRuns) || envRuns <= 0) return defaultRuns
  return Math.max(Math.round(envRuns / 10), Math.round((envRuns * defaultRuns) / 1000))
}

export interface TargetStats {
  target: string
  runs: number
  seed: number
  slow: { ms: number; input: string }[]
  maxMs: number
}

const stats = new Map<string, TargetStats>()

/** fast-check parameters for one target, and its statistics record. */
export function params(target: string, defaultRuns: number): fc.Parameters<unknown> & { numRuns: number } {
  const numRuns = runsFor(defaultRuns)
  stats.set(target, { target, runs: 0, seed: SEED, slow: [], maxMs: 0 })
  return { seed: SEED, numRuns, endOnFailure: false, verbose: 0 }
}

/** Run `fn` on one case of `target`, noting its time (slow cases are kept with a preview of the input). */
export function timed<T>(target: string, input: unknown, fn: () => T): T {
  const s = stats.get(target)
  const t0 = performance.now()
  try {
    return fn()
  } finally {
    const ms = performance.now() - t0
    if (s !== undefined) {
      s.runs++
      if (ms > s.maxMs) s.maxMs = ms
      if (ms > SLOW_MS && s.slow.length < 5) s.slow.push({ ms: Math.round(ms), input: preview(input) })
    }
  }
}

/** Async twin of timed. */
export async function timedAsync<T>(target: string, input: unknown, fn: () => Promise<T>): Promise<T> {
  const s = stats.get(target)
  const t0 = performance.now()
  try {
    return await fn()
  } finally {
    const ms = performance.now() - t0
    if (s !== undefined) {
      s.runs++
      if (ms > s.maxMs) s.maxMs = ms
      if (ms > SLOW_MS && s.slow.length < 5) s.slow.push({ ms: Math.round(ms), input: preview(input) })
    }
  }
}

/**
 * Report every target of the test file after it ran (failed ones too): counts to FUZZ_REPORT (a JSON-lines
 * file, read by scripts/fuzz.mjs), slow cases to the console.
 */
afterAll(() => {
  for (const s of stats.values()) report(s)
})

function report(s: TargetStats): void {
  const file = process.env.FUZZ_REPORT
  if (file !== undefined && file !== '') appendFileSync(file, `${JSON.stringify(s)}\n`)
  if (s.slow.length > 0) {
    console.warn(
      `fuzz ${s.target}: ${s.slow.length} case(s) over ${SLOW_MS} ms (max ${Math.round(s.maxMs)} ms): ${JSON.stringify(s.slow)}`
    )
  }
}

function preview(input: unknown): string {
  let s: string
  if (Buffer.isBuffer(input)) s = `hex:${input.subarray(0, 100).toString('hex')} (${input.length} bytes)`
  else if (typeof input === 'string') s = `${JSON.stringify(input.slice(0, 200))} (${input.length} chars)`
  else s = (JSON.stringify(input) ?? String(input)).slice(0, 200)
  return s
}

/**
 * The crash rule: `fn` either returns, or throws a UserError whose message is one line without a stack
 * trace. Returns the value, or undefined after an acceptable UserError. Anything else fails the property
 * with what was thrown.
 */
export function userErrorOr<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch (e) {
    if (!(e instanceof UserError)) {
      const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
      throw new Error(`threw something other than a UserError: ${what.slice(0, 300)}`)
    }
    if (/[\r\n]/.test(e.message) || /\n\s+at /.test(e.message)) {
      throw new Error(`UserError message is not one line: ${JSON.stringify(e.message.slice(0, 300))}`)
    }
    if (e.message.length > 500) throw new Error(`UserError message longer than 500 characters`)
    return undefined
  }
}

/** Async twin of userErrorOr. */
export async function userErrorOrAsync<T>(fn: () => Promise<T>): Promise<T | undefined> {
  let value: T
  try {
    value = await fn()
  } catch (e) {
    return userErrorOr(() => {
      throw e
    })
  }
  return value
}

// ---- seeds from the shared corpus (read in place, never copied) ----

export const CORPUS = join(process.cwd(), '..', 'shared', 'corpus')

/** Read corpus files (paths relative to the corpus root) that exist; says once when the corpus is absent. */
export function corpusSeeds(paths: string[]): Buffer[] {
  const root = existsSync(CORPUS) ? CORPUS : '/work/shared/corpus'
  if (!existsSync(root)) {
    console.log(`fuzz: ${CORPUS} is absent; skipping the corpus seeds (inline seeds only)`)
    return []
  }
  return paths.filter(p => existsSync(join(root, p))).map(p => readFileSync(join(root, p)))
}

// ---- mutation ----

/** Values a number in a document is replaced by. */
export const NUMBER_VALUES = [
  '0',
  '-1',
  '-0',
  '+1',
  '1.5',
  '3.0',
  '2.',
  '.5',
  '1e3',
  '1E308',
  '1e400',
  '-1e400',
  '0x10',
  '0b1',
  'NaN',
  'Infinity',
  '-Infinity',
  '',
  ' 1',
  '00',
  '007',
  '1_000',
  '2147483647',
  '2147483648',
  '4294967296',
  '9007199254740991',
  '9007199254740993',
  '1'.padEnd(25, '0'),
  '9'.repeat(400)
]

/** Pieces inserted at random points: syntax of every format read here, and hostile odds and ends. */
export const TOKENS = [
  '\n',
  '\r\n',
  '\r',
  '\0',
  '\t',
  ' ',
  '\uFEFF',
  'é',
  '\u2028',
  '𝄞',
  '<',
  '>',
  '</',
  '/>',
  '<a>',
  '</a>',
  '"',
  "'",
  '=',
  '&',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#65;',
  '&#x110000;',
  '&#xD800;',
  '&#99999999999;',
  '&e;',
  '&;',
  '<![CDATA[x]]>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!-- c -->',
  '<?pi x?>',
  '<?xml version="1.0" encoding="UTF-16"?>',
  '<?xml version="1.0" encoding="ISO-8859-1"?>',
  '<?xml version="1.0" encoding="EBCDIC"?>',
  '<!DOCTYPE x [<!ENTITY e "v">]>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">',
  '<!DOCTYPE x [',
  '<!ELEMENT',
  '<line number="1" hits="1"/>',
  '<line number="0" hits="1"/>',
  '<line number="2" hits="1" branch="true" condition-coverage="50% (1/2)"/>',
  '<line nr="1" mi="0" ci="1" mb="1" cb="1"/>',
  '<line nr="2"/>',
  '<line num="1" count="1" type="stmt"/>',
  '<line num="2" type="cond" truecount="1" falsecount="0"/>',
  '<line num="3" count="0" type="method"/>',
  '<counter type="LINE" missed="1" covered="2"/>',
  '<counter type="BRANCH" missed="0" covered="0"/>',
  '<class name="c" filename="a.py"><lines>',
  '</lines></class>',
  '<sourcefile name="A.java">',
  '</sourcefile>',
  '<file name="a.php" path="/a.php">',
  '</file>',
  'SF:',
  'SF:src/a.c\n',
  'DA:',
  'DA:1,1\n',
  'DA:0,1\n',
  'DA:1,-1\n',
  'BRDA:1,0,0,-\n',
  'BRDA:1,0,1,1\n',
  'FN:1,f\n',
  'FNDA:1,f\n',
  'FNF:1\n',
  'FNH:2\n',
  'LF:1\n',
  'LH:5\n',
  'end_of_record\n',
  'TN:\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  'null',
  'true',
  '"s"',
  '"statementMap"',
  '"coverageMap"',
  '"data"',
  '"__proto__"',
  '{"start":{"line":1,"column":0},"end":{"line":1,"column":1}}',
  'mode: set\n',
  'mode: count\n',
  'mode: bogus\n',
  'a.go:1.1,2.2 1 1\n',
  'a.go:5.1,1.2 1 1\n',
  'a.go:1.1,99999999.2 1 1\n',
  '.',
  '/',
  '\\',
  '../',
  'C:\\x\\',
  '%00'
]

/** Open/close pairs used to nest a document deeply. */
const NESTS: [string, string][] = [
  ['<a>', '</a>'],
  ['<package name="p">', '</package>'],
  ['<group name="g">', '</group>'],
  ['<coverage>', '</coverage>'],
  ['[', ']'],
  ['{"a":', '}'],
  ['{"coverageMap":', '}'],
  ['{"data":', '}']
]

export type Mutation =
  | { k: 'insertBytes'; at: number; bytes: Uint8Array }
  | { k: 'insertToken'; at: number; token: string }
  | { k: 'deleteRange'; at: number; n: number }
  | { k: 'duplicateRange'; at: number; n: number; times: number }
  | { k: 'swapBytes'; a: number; b: number }
  | { k: 'setByte'; at: number; value: number }
  | { k: 'truncate'; at: number }
  | { k: 'deleteLine'; i: number }
  | { k: 'duplicateLine'; i: number; times: number }
  | { k: 'swapLines'; a: number; b: number }
  | { k: 'number'; i: number; value: string }
  | { k: 'nest'; at: number; depth: number; pair: number; closed: boolean }
  | { k: 'crlf' }
  | { k: 'bom'; kind: 'utf8' | 'utf16le' | 'utf16be' }
  | { k: 'latin1' }
  | { k: 'invalidUtf8'; at: number; bytes: readonly number[] }

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    k: fc.constant('insertBytes' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 })
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('insertToken' as const),
      at: fc.nat(),
      token: fc.constantFrom(...TOKENS)
    })
  },
  fc.record({ k: fc.constant('deleteRange' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    k: fc.constant('duplicateRange' as const),
    at: fc.nat(),
    n: fc.integer({ min: 1, max: 64 }),
    times: fc.integer({ min: 1, max: 50 })
  }),
  fc.record({ k: fc.constant('swapBytes' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ k: fc.constant('setByte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ k: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ k: fc.constant('deleteLine' as const), i: fc.nat() }),
  fc.record({
    k: fc.constant('duplicateLine' as const),
    i: fc.nat(),
    times: fc.integer({ min: 1, max: 20 })
  }),
  fc.record({ k: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('number' as const),
      i: fc.nat(),
      value: fc.constantFrom(...NUMBER_VALUES)
    })
  },
  fc.record({
    k: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1000, max: 20000 })),
    pair: fc.nat({ max: NESTS.length - 1 }),
    closed: fc.boolean()
  }),
  fc.constant({ k: 'crlf' as const }),
  fc.record({
    k: fc.constant('bom' as const),
    kind: fc.constantFrom('utf8' as const, 'utf16le' as const, 'utf16be' as const)
  }),
  fc.constant({ k: 'latin1' as const }),
  fc.record({
    k: fc.constant('invalidUtf8' as const),
    at: fc.nat(),
    bytes: fc.constantFrom(
      [0xff],
      [0xc3],
      [0xc3, 0x28],
      [0xe2, 0x82],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xc0, 0xaf]
    )
  })
)

function lineSplit(b: Buffer): Buffer[] {
  const out: Buffer[] = []
  let start = 0
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 10) {
      out.push(b.subarray(start, i + 1))
      start = i + 1
    }
  }
  if (start < b.length) out.push(b.subarray(start))
  return out
}

/** Apply one mutation (positions are taken modulo the current length, so every mutation applies). */
export function mutate(b: Buffer, m: Mutation): Buffer {
  const len = b.length
  const pos = (n: number): number => (len === 0 ? 0 : n % (len + 1))
  switch (m.k) {
    case 'insertBytes':
    case 'insertToken':
    case 'invalidUtf8': {
      const at = pos(m.at)
      const ins =
        m.k === 'insertBytes'
          ? Buffer.from(m.bytes)
          : m.k === 'invalidUtf8'
            ? Buffer.from(m.bytes)
            : Buffer.from(m.token)
      return Buffer.concat([b.subarray(0, at), ins, b.subarray(at)])
    }
    case 'deleteRange': {
      const at = pos(m.at)
      return Buffer.concat([b.subarray(0, at), b.subarray(at + m.n)])
    }
    case 'duplicateRange': {
      const at = pos(m.at)
      const piece = b.subarray(at, at + m.n)
      return Buffer.concat([
        b.subarray(0, at),
        ...new Array<Buffer>(m.times + 1).fill(piece),
        b.subarray(at + m.n)
      ])
    }
    case 'swapBytes': {
      if (len === 0) return b
      const c = Buffer.from(b)
      const x = m.a % len
      const y = m.b % len
      const t = c[x] as number
      c[x] = c[y] as number
      c[y] = t
      return c
    }
    case 'setByte': {
      if (len === 0) return b
      const c = Buffer.from(b)
      c[m.at % len] = m.value
      return c
    }
    case 'truncate':
      return b.subarray(0, pos(m.at))
    case 'deleteLine':
    case 'duplicateLine':
    case 'swapLines': {
      const lines = lineSplit(b)
      if (lines.length === 0) return b
      if (m.k === 'deleteLine') lines.splice(m.i % lines.length, 1)
      else if (m.k === 'duplicateLine') {
        const i = m.i % lines.length
        const l = lines[i] as Buffer
        const nl = l[l.length - 1] === 10 ? l : Buffer.concat([l, Buffer.from('\n')])
        lines.splice(i, 1, ...new Array<Buffer>(m.times + 1).fill(nl))
      } else {
        const x = m.a % lines.length
        const y = m.b % lines.length
        const t = lines[x] as Buffer
        lines[x] = lines[y] as Buffer
        lines[y] = t
      }
      return Buffer.concat(lines)
    }
    case 'number': {
      const s = b.toString('latin1')
      const found = [...s.matchAll(/\d+(?:\.\d+)?/g)]
      if (found.length === 0) return b
      const hit = found[m.i % found.length] as RegExpMatchArray
      const at = hit.index as number
      return Buffer.concat([
        b.subarray(0, at),
        Buffer.from(m.value, 'latin1'),
        b.subarray(at + hit[0].length)
      ])
    }
    case 'nest': {
      const at = pos(m.at)
      const [open, close] = NESTS[m.pair] as [string, string]
      const parts = [b.subarray(0, at), Buffer.from(open.repeat(m.depth))]
      parts.push(b.subarray(at))
      if (m.closed) parts.push(Buffer.from(close.repeat(m.depth)))
      return Buffer.concat(parts)
    }
    case 'crlf':
      return Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1')
    case 'bom': {
      const text = b.toString('utf8')
      if (m.kind === 'utf8') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])
      const le = Buffer.from(text, 'utf16le')
      if (m.kind === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le])
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])
    }
    case 'latin1':
      return Buffer.from(b.toString('utf8'), 'latin1')
  }
}

/**
 * Show a generated document in counterexamples as a readable string literal (latin1 keeps every byte), not
 * as fast-check's default list of byte values.
 */
export function shown(b: Buffer): Buffer {
  Object.defineProperty(b, fc.toStringMethod, {
    value: () => `Buffer.from(${JSON.stringify(b.toString('latin1'))}, 'latin1')`,
    enumerable: false
  })
  return b
}

/** A seed document with 1–8 mutations applied (shrinks towards fewer mutations and the first seed). */
export function mutatedArb(seeds: Buffer[], maxMutations = 8): fc.Arbitrary<Buffer> {
  return fc
    .tuple(
      fc.nat({ max: seeds.length - 1 }),
      fc.array(mutationArb, { minLength: 1, maxLength: maxMutations })
    )
    .map(([i, ms]) => shown(Buffer.from(ms.reduce((b, m) => mutate(b, m), seeds[i] as Buffer))))
}

/** Fully random inputs: bytes, and strings built from TOKENS (random text that still looks like markup). */
export function randomArb(): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2000 }).map(a => shown(Buffer.from(a))),
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map(t => shown(Buffer.from(t.join('')))),
    fc.string({ unit: 'binary', maxLength: 300 }).map(s => shown(Buffer.from(s)))
  )
}
