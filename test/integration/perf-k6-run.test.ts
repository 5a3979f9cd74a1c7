/**
 * runK6 with a stand-in `k6` on PATH (a small node script) that replays real k6 `--out json` output from
 * ../shared/corpus/k6 into the file it is given, records each invocation, and exits as told: interleaving order,
 * one file per run that the perf loader reads back, exit 99 recorded, other exits / timeouts / a missing k6 as
 * one-line errors, credentials withheld from the script's environment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runK6, k6Environment, type RunK6Options } from '../../src/perf/k6-run.js'
import { loadRun } from '../../src/perf/load.js'
import { defaultLoadOptions } from '../../src/perf/model.js'
import { UserError } from '../../src/shared/errors.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const CORPUS = join(root, '..', 'shared', 'corpus', 'k6')
const REPLAY = join(CORPUS, 'xk6-dashboard', 'result.json')
const SUMMARY = join(CORPUS, 'prefapp', 'summary.json')
const haveCorpus = existsSync(REPLAY) && existsSync(SUMMARY)
if (!haveCorpus) console.log(`perf-k6-run: skipped, the corpus is absent (${CORPUS})`)
const describeCorpus = haveCorpus ? describe : describe.skip

/** The stand-in: `k6 run --out json=<file> [--summary-export=<file>] <script>`. */
const STAND_IN = `#!${process.execPath}
const fs = require('node:fs')
const args = process.argv.slice(2)
const env = process.env
const out = args.find(a => a.startsWith('json='))?.slice(5)
const summary = args.find(a => a.startsWith('--summary-export='))?.slice('--summary-export='.length)
fs.appendFileSync(env.K6_STANDIN_LOG, JSON.stringify({
  side: env.K6_SIDE ?? null, args, cwd: process.cwd(),
  leaked: Object.keys(env).filter(k => /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_TOKEN$|GITHUB_TOKEN$)/.test(k))
}) + '\\n')
console.log('running (stand-in)', env.K6_SIDE ?? '')
if (env.K6_STANDIN_SLEEP) {
  // Deaf to SIGTERM: only the SIGKILL after the grace period stops it.
  process.on('SIGTERM', () => {})
  setTimeout(() => {}, 600000)
} else {
  if (out && env.K6_STANDIN_NO_OUTPUT !== '1') fs.copyFileSync(env.K6_STANDIN_REPLAY, out)
  if (summary) fs.copyFileSync(env.K6_STANDIN_SUMMARY, summary)
  const exit = env.K6_SIDE === 'base' ? env.K6_STANDIN_EXIT_BASE : env.K6_STANDIN_EXIT_HEAD
  const code = Number(exit ?? env.K6_STANDIN_EXIT ?? 0)
  if (code !== 0) console.error('level=error msg="stand-in exits ' + code + '"')
  process.exitCode = code
}
`

let tmp: string
let bin: string
let invocations: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-k6-run-'))
  bin = join(tmp, 'bin')
  await mkdir(bin)
  await writeFile(join(bin, 'k6'), STAND_IN)
  await chmod(join(bin, 'k6'), 0o755)
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

interface Invocation {
  side: string | null
  args: string[]
  cwd: string
  leaked: string[]
}

async function options(
  over: Partial<RunK6Options> = {},
  env: Record<string, string> = {}
): Promise<RunK6Options> {
  const dir = await mkdtemp(join(tmp, 'job-'))
  invocations = join(dir, 'invocations.ndjson')
  return {
    k6: 'k6',
    script: 'load.js',
    runs: 2,
    outDir: join(dir, 'out'),
    cwd: dir,
    baseEnv: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    env: { K6_STANDIN_LOG: invocations, K6_STANDIN_REPLAY: REPLAY, K6_STANDIN_SUMMARY: SUMMARY, ...env },
    ...over
  }
}

async function calls(): Promise<Invocation[]> {
  if (!existsSync(invocations)) return []
  return (await readFile(invocations, 'utf8'))
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as Invocation)
}

async function failure(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error
  )
  expect(e).toBeInstanceOf(UserError)
  expect((e as UserError).message).not.toContain('\n')
  return (e as UserError).message
}

const expectedDurations = async (): Promise<number> =>
  (
    JSON.parse(await readFile(join(CORPUS, 'expected.json'), 'utf8')) as {
      ndjson: { points_per_metric: Record<string, number> }
    }
  ).ndjson.points_per_metric.http_req_duration as number

describeCorpus('runK6 with a stand-in k6 replaying real k6 output', () => {
  it('interleaves base and head (base1, head1, base2, head2, …), one --out json file per run, read back by the loader', async () => {
    const o = await options({
      runs: 3,
      interleave: {
        base: { env: { K6_SIDE: 'base' }, script: 'base.js' },
        head: { env: { K6_SIDE: 'head' } }
      }
    })
    const lines: string[] = []
    const result = await runK6({ ...o, log: line => void lines.push(line) })
    const seen = await calls()
    expect(seen.map(c => c.side)).toEqual(['base', 'head', 'base', 'head', 'base', 'head'])
    expect(result.runs.map(r => `${r.side}${r.index}`)).toEqual([
      'base1',
      'head1',
      'base2',
      'head2',
      'base3',
      'head3'
    ])
    expect(result.base).toEqual([1, 2, 3].map(i => join(o.outDir, `k6-base-${i}.json`)))
    expect(result.head).toEqual([1, 2, 3].map(i => join(o.outDir, `k6-head-${i}.json`)))
    // argv exactly, no shell: the side's script for base, the common one for head.
    expect(seen[0]?.args).toEqual(['run', '--out', `json=${join(o.outDir, 'k6-base-1.json')}`, 'base.js'])
    expect(seen[1]?.args).toEqual(['run', '--out', `json=${join(o.outDir, 'k6-head-1.json')}`, 'load.js'])
    expect(result.runs.every(r => r.exitCode === 0 && !r.thresholdsFailed)).toBe(true)
    // k6's output reaches the log, labelled with the run.
    expect(lines).toContain('k6 base run 2 of 3: running (stand-in) base')

    const want = await expectedDurations()
    for (const file of [...result.base, ...result.head]) {
      const run = await loadRun(file, defaultLoadOptions())
      expect(run.format).toBe('k6-ndjson')
      const count = [...run.endpoints.values()].reduce((n, e) => n + (e.count ?? 0), 0)
      expect(count).toBe(want)
    }
  })

  it('without interleave every run is head, files k6-run-<n>.json; --summary-export when asked', async () => {
    const o = await options({ runs: 2, summaryExport: true })
    const result = await runK6(o)
    expect(result.base).toEqual([])
    expect(result.head).toEqual([join(o.outDir, 'k6-run-1.json'), join(o.outDir, 'k6-run-2.json')])
    expect(result.runs[0]?.summary).toBe(join(o.outDir, 'k6-run-1-summary.json'))
    expect((await calls())[0]?.args).toEqual([
      'run',
      '--out',
      `json=${join(o.outDir, 'k6-run-1.json')}`,
      `--summary-export=${join(o.outDir, 'k6-run-1-summary.json')}`,
      'load.js'
    ])
    expect((await loadRun(result.runs[0]?.summary as string, defaultLoadOptions())).format).toBe(
      'k6-summary-export'
    )
  })

  it('records exit 99 (thresholds failed) on the run and goes on', async () => {
    const o = await options(
      { interleave: { base: { env: { K6_SIDE: 'base' } }, head: { env: { K6_SIDE: 'head' } } } },
      { K6_STANDIN_EXIT_HEAD: '99' }
    )
    const result = await runK6(o)
    expect(result.runs.map(r => [r.side, r.exitCode, r.thresholdsFailed])).toEqual([
      ['base', 0, false],
      ['head', 99, true],
      ['base', 0, false],
      ['head', 99, true]
    ])
    expect(result.head).toHaveLength(2)
  })

  it('another exit code fails naming the run, its meaning and k6’s last line; later runs do not start', async () => {
    const o = await options(
      { interleave: { base: { env: { K6_SIDE: 'base' } }, head: { env: { K6_SIDE: 'head' } } } },
      { K6_STANDIN_EXIT_BASE: '107' }
    )
    expect(await failure(runK6(o))).toBe(
      'k6 base run 1 of 2 failed with exit code 107 (script exception); last output: level=error msg="stand-in exits 107"'
    )
    expect((await calls()).map(c => c.side)).toEqual(['base'])
  })

  it('stops a run at its deadline (SIGKILL after the grace period when SIGTERM is ignored) and says so', async () => {
    const o = await options({ runs: 1, timeoutMs: 300, killGraceMs: 200 }, { K6_STANDIN_SLEEP: '1' })
    // How far the stand-in got before the deadline depends on the machine: only the message's start is fixed.
    expect(await failure(runK6(o))).toMatch(
      /^k6 run 1 of 1 did not finish within 0\.3 s and was stopped(?:;|$)/
    )
  })

  it('a run that writes no output file is an error, not an empty run', async () => {
    const o = await options({ runs: 1 }, { K6_STANDIN_NO_OUTPUT: '1' })
    expect(await failure(runK6(o))).toBe('k6 run 1 of 1 exited 0 but wrote no k6-run-1.json')
  })

  it('withholds the runner’s credentials and the action inputs from the script', async () => {
    const o = await options({ runs: 1 })
    await runK6({
      ...o,
      baseEnv: {
        ...o.baseEnv,
        ACTIONS_RUNTIME_TOKEN: 'secret',
        'INPUT_GITHUB-TOKEN': 'ghs_x',
        GITHUB_TOKEN: 'ghs_y'
      }
    })
    expect((await calls())[0]?.leaked).toEqual([])
  })
})

describe('runK6: bad input', () => {
  it('a missing k6 is a one-line error', async () => {
    const o = await options({ runs: 1, k6: join(tmp, 'no-such-k6') })
    expect(await failure(runK6(o))).toBe(`k6 not found: ${join(tmp, 'no-such-k6')}`)
  })

  it.each([0, -1, 1.5, 101, Number.NaN])('runs = %s is refused', async runs => {
    const o = await options({ runs })
    expect(await failure(runK6(o))).toMatch(/^runs must be an integer from 1 to 100, got /)
  })

  it('the environment: inherited minus withheld names, then common, then the side’s', () => {
    expect(
      k6Environment(
        { PATH: '/bin', ACTIONS_RUNTIME_TOKEN: 't', INPUT_SCRIPT: 'x', A: 'inherited' },
        { A: 'common', B: 'b' },
        { B: 'side' }
      )
    ).toEqual({ PATH: '/bin', A: 'common', B: 'side' })
  })
})
