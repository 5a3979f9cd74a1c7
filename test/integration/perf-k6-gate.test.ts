/**
 * The perf gate running k6 itself (`script`), with the stand-in k6 (test/support/perf-k6-standin.ts) that replays
 * real k6 output from ../shared/corpus/k6:
 * - the bundled CLI, `quality-gates perf --script x.js --runs 3 --k6-path …` (or k6 from the PATH: the CLI never
 *   downloads), head only and with the base side
 *   measured in the job (`--baseline-env`): the stand-in's log proves the order base1, head1, base2, …, and that
 *   baseline-env overrides env for the base runs (the head made slower is called a regression);
 * - exit 99 on the head runs: the results count and the section reports k6's thresholds on their own;
 * - a crashing k6: a one-line error naming the run, exit 2, no stack;
 * - the settings' rules: exactly one of results and script, env lines checked, k6 settings without a script and
 *   baseline-env with baseline-results refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { perfGate } from '../../src/perf/gate.js'
import { parseEnvLines } from '../../src/perf/k6-measure.js'
import { readFragment } from '../../src/shared/fragment.js'
import { runDeclared } from '../../src/shared/gate.js'
import { UserError } from '../../src/shared/errors.js'
import { createFakeHost } from '../support/fake-host.js'
import { haveK6Corpus, installK6StandIn, K6_CORPUS, K6_REPLAY } from '../support/perf-k6-standin.js'
import { bundleDir } from '../support/runner.js'

if (!haveK6Corpus) console.log(`perf-k6-gate: skipped, the corpus is absent (${K6_CORPUS})`)
const describeCorpus = haveK6Corpus ? describe : describe.skip

let tmp: string
let k6: string
let work: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-perf-k6-gate-'))
  k6 = await installK6StandIn(join(tmp, 'bin'))
  work = join(tmp, 'work')
  await mkdir(work)
  await writeFile(
    join(work, 'load.js'),
    "import http from 'k6/http'\nexport default () => http.get(__ENV.BASE_URL)\n"
  )
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(bundleDir, 'cli', 'index.js'), 'perf', ...args], {
    encoding: 'utf8',
    cwd: work,
    env: { PATH: process.env.PATH ?? '', HOME: tmp, ...env },
    timeout: 120_000
  })

interface Logged {
  args: string[]
  BASE_URL: string | null
  LATENCY_SCALE: string | null
  leaked: string[]
}

async function logOf(file: string): Promise<Logged[]> {
  return (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as Logged)
}

describeCorpus('quality-gates perf --script (the bundled CLI, stand-in k6)', () => {
  it('--runs 3 --k6-path: three runs, each --out json file read as one run; the replayed corpus numbers come out', async () => {
    const log = join(tmp, 'head-only.ndjson')
    const r = cli(
      ['--script', 'load.js', '--runs', '3', '--k6-path', k6, '--env', `K6_STANDIN_LOG=${log}`, '--json'],
      { GITHUB_TOKEN: 'ghs_secret' }
    )
    expect(r.stderr.trim()).toBe('warning: no baseline')
    expect(r.status).toBe(0) // no baseline locally: neutral, not a failure
    const out = JSON.parse(r.stdout) as {
      status: string
      endpoints: { name: string; count: number; p95: number; baseP95: number | null; verdict: string }[]
    }
    expect(out.status).toBe('neutral')
    // The corpus's 28 http_req_duration points, per name, three runs pooled.
    const expected = JSON.parse(await readFile(join(K6_CORPUS, 'expected.json'), 'utf8')) as {
      ndjson: { aggregates_k6_semantics: { http_req_duration: { count: number } } }
    }
    const total = out.endpoints.reduce((a, e) => a + e.count, 0)
    expect(total).toBe(3 * expected.ndjson.aggregates_k6_semantics.http_req_duration.count)
    expect(out.endpoints.every(e => e.baseP95 === null && e.verdict === 'new')).toBe(true)
    const runs = await logOf(log)
    expect(runs).toHaveLength(3)
    expect(runs.map(x => x.args[0])).toEqual(['run', 'run', 'run'])
    expect(runs.every(x => x.args.at(-1)?.endsWith('load.js'))).toBe(true)
    expect(new Set(runs.map(x => x.args.find(a => a.startsWith('json='))))).toHaveProperty('size', 3)
    expect(runs.flatMap(x => x.leaked)).toEqual([]) // GITHUB_TOKEN withheld from the script
  })

  it('--baseline-env: runs interleaved base1, head1, …; baseline-env overrides env; the slowed head is a regression (exit 1)', async () => {
    const log = join(tmp, 'interleaved.ndjson')
    // 4 runs per side: the fewest for a 95% interval over two endpoints (with 3 the gate says so: inconclusive).
    const r = cli([
      '--script',
      'load.js',
      '--runs',
      '4',
      '--k6-path',
      k6,
      '--env',
      `K6_STANDIN_LOG=${log}`,
      '--env',
      'BASE_URL=http://head.local:8080/?a=1,b=2',
      '--env',
      'LATENCY_SCALE=1.6',
      '--baseline-env',
      'BASE_URL=http://base.local:8080',
      '--baseline-env',
      'LATENCY_SCALE=1',
      '--min-samples',
      '10',
      '--json'
    ])
    expect(r.stderr).toBe('')
    const runs = await logOf(log)
    const base = 'http://base.local:8080'
    const head = 'http://head.local:8080/?a=1,b=2' // a comma stays in the value
    expect(runs.map(x => x.BASE_URL)).toEqual([base, head, base, head, base, head, base, head])
    expect(runs.map(x => x.LATENCY_SCALE)).toEqual(['1', '1.6', '1', '1.6', '1', '1.6', '1', '1.6'])
    // Each run wrote its own file, named by side and number.
    expect(runs.map(x => x.args.find(a => a.startsWith('json='))?.replace(/^.*\//, ''))).toEqual([
      'k6-base-1.json',
      'k6-head-1.json',
      'k6-base-2.json',
      'k6-head-2.json',
      'k6-base-3.json',
      'k6-head-3.json',
      'k6-base-4.json',
      'k6-head-4.json'
    ])
    const out = JSON.parse(r.stdout) as { status: string; endpoints: { verdict: string; ratio: number }[] }
    expect(out.status).toBe('fail')
    expect(out.endpoints.length).toBeGreaterThan(0)
    for (const e of out.endpoints) {
      expect(e.verdict).toBe('regression')
      expect(e.ratio).toBeGreaterThan(1.4)
      expect(e.ratio).toBeLessThan(1.8)
    }
    expect(r.status).toBe(1)
  })

  it('a crashing k6 is a one-line error naming the run (exit 2); the later runs do not start', async () => {
    const log = join(tmp, 'crash.ndjson')
    const r = cli([
      '--script',
      'load.js',
      '--runs',
      '2',
      '--k6-path',
      k6,
      '--env',
      `K6_STANDIN_LOG=${log}`,
      '--env',
      'K6_STANDIN_EXIT=109'
    ])
    expect(r.status).toBe(2)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^quality-gates: k6 run 1 of 2 failed with exit code 109 \(Go panic\); last output: .*stand-in exits 109/
    )
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/)
    expect(await logOf(log)).toHaveLength(1)
  })

  it('without --k6-path the CLI runs k6 from the PATH (never a download), warning when it is not k6-version', () => {
    const log = join(tmp, 'path.ndjson')
    const args = ['--script', 'load.js', '--runs', '1', '--env', `K6_STANDIN_LOG=${log}`]
    const none = cli(args, { PATH: join(tmp, 'no-such-dir') })
    expect(none.status).toBe(2)
    expect(none.stderr.trim()).toBe(
      'quality-gates: k6 is not installed here (no k6 on the PATH): install it or give k6-path; the action downloads the pinned release'
    )
    const found = cli([...args, '--k6-version', '1.0.0'], {
      PATH: `${join(tmp, 'bin')}${delimiter}${process.env.PATH ?? ''}`
    })
    expect(found.status).toBe(0)
    expect(found.stderr).toContain('k6 2.2.0 is installed, not k6-version 1.0.0; running it')
    expect(found.stdout).toContain('test.k6.io')
  })

  it('a script that does not exist is named before k6 starts', () => {
    const r = cli(['--script', 'nope.js', '--k6-path', k6])
    expect(r.status).toBe(2)
    expect(r.stderr.trim()).toMatch(/^quality-gates: --script nope\.js: no such file \(in .*\)$/)
  })
})

describeCorpus('the gate with script, in process', () => {
  async function host(inputs: Record<string, string>) {
    return createFakeHost({ dir: await mkdtemp(join(tmp, 'host-')), cwd: work, inputs })
  }

  it("k6's exit 99 on the head runs: the results count, k6's thresholds are reported on their own", async () => {
    const h = await host({
      script: 'load.js',
      runs: '2',
      'k6-path': k6,
      env: 'K6_STANDIN_EXIT=99',
      summary: 'full'
    })
    const outcome = await runDeclared(perfGate, h, 'action')
    expect(outcome.failure).toBeUndefined()
    const fragment = await readFragment(h.outputs.get('fragment-path') as string)
    expect(fragment.status).toBe('neutral') // no baseline; thresholds do not change the regression verdict
    expect(fragment.summary).toContain('k6 thresholds failed')
    expect(fragment.markdown).toContain('**k6 thresholds failed**')
    expect(fragment.markdown).toContain('exit code 99')
    expect(fragment.markdown).toContain('test.k6.io')
  })

  it('exactly one of results and script; k6 settings need a script; bad env lines are one-line errors', async () => {
    const fails = async (inputs: Record<string, string>) => {
      const error = await runDeclared(perfGate, await host(inputs), 'action').then(
        () => null,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(UserError)
      return (error as Error).message
    }
    expect(await fails({})).toMatch(/^Input "results" or Input "script" is required/)
    expect(await fails({ script: 'load.js', results: K6_REPLAY, 'k6-path': k6 })).toMatch(
      /Input "results" and Input "script" are both set/
    )
    expect(await fails({ results: K6_REPLAY, env: 'A=1' })).toBe(
      'Input "env" is only used with Input "script", which is not set'
    )
    expect(await fails({ results: K6_REPLAY, 'k6-path': k6 })).toMatch(/Input "k6-path" is only used with/)
    expect(
      await fails({ script: 'load.js', 'k6-path': k6, 'baseline-env': 'A=1', 'baseline-results': K6_REPLAY })
    ).toMatch(/Input "baseline-env" and Input "baseline-results" are both set/)
    expect(await fails({ script: 'load.js', 'k6-path': k6, 'k6-exit-code': '99' })).toMatch(
      /Input "k6-exit-code" is for results measured outside the gate/
    )
    expect(await fails({ script: 'load.js', 'k6-path': k6, env: '1BAD=x' })).toMatch(
      /^Input "env": "1BAD" is not a variable name/
    )
    expect(await fails({ script: 'load.js', 'k6-path': k6, runs: '0' })).toMatch(/runs/)
    expect(await fails({ script: 'load.js', 'k6-version': 'latest' })).toMatch(/"latest" is not accepted/)
  })
})

describe('parseEnvLines', () => {
  it('KEY=VALUE lines; comments and blanks skipped; "=" and commas stay in the value', () => {
    expect(parseEnvLines('A=1\n# note\n\n B = x=y,z \r\nEMPTY=', 'env')).toEqual({
      A: '1',
      B: ' x=y,z',
      EMPTY: ''
    })
    expect(parseEnvLines(undefined, 'env')).toEqual({})
  })

  it('refuses lines without "=", bad names, a name twice, too many lines', () => {
    expect(() => parseEnvLines('JUSTKEY', 'env')).toThrow('env: "JUSTKEY" is not KEY=VALUE')
    expect(() => parseEnvLines('A-B=1', 'env')).toThrow(/"A-B" is not a variable name/)
    expect(() => parseEnvLines('A=1\nA=2', 'env')).toThrow('env: A is set twice')
    const many = Array.from({ length: 101 }, (_, i) => `V${i}=1`).join('\n')
    expect(() => parseEnvLines(many, 'env')).toThrow('env: more than 100 variables')
  })
})
