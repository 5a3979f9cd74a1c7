// The compare pool's contract, with a stand-in worker script that speaks the pool's protocol (ready, then one
// answer per pair, in order): queue depth, readiness, and a worker that dies failing only the pairs it held.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_OPTIONS } from '../../src/visual/options.js'
import type { PairInput } from '../../src/visual/pair.js'
import { ComparePool, defaultWorkerCount } from '../../src/visual/pool.js'

const dir = mkdtempSync(join(tmpdir(), 'qg-pool-'))
const script = join(dir, 'stand-in-worker.mjs')
// Answers each pair after 20 ms, strictly one after another, saying how many it ever ran and held at once; a pair
// named "crash.png" kills the worker.
writeFileSync(
  script,
  `import { parentPort } from 'node:worker_threads'
let chain = Promise.resolve()
let running = 0
let most = 0
let held = 0
let mostHeld = 0
parentPort.on('message', msg => {
  if (msg.input.name === 'crash.png') process.exit(3)
  held++
  mostHeld = Math.max(mostHeld, held)
  chain = chain.then(async () => {
    running++
    most = Math.max(most, running)
    await new Promise(r => setTimeout(r, 20))
    running--
    held--
    parentPort.postMessage({ id: msg.id, output: { result: { name: msg.input.name, most, mostHeld }, path: 'diffed' } })
  })
})
parentPort.postMessage({ ready: true })
`
)
// Boots slowly: says ready after 150 ms, and tells the most pairs it held at once before that (each answered
// 40 ms after it arrived).
const slowScript = join(dir, 'slow-stand-in-worker.mjs')
writeFileSync(
  slowScript,
  `import { parentPort } from 'node:worker_threads'
let ready = false
let held = 0
let early = 0
parentPort.on('message', msg => {
  held++
  if (!ready) early = Math.max(early, held)
  setTimeout(() => {
    held--
    parentPort.postMessage({ id: msg.id, output: { result: { name: msg.input.name, early }, path: 'diffed' } })
  }, 40)
})
setTimeout(() => {
  ready = true
  parentPort.postMessage({ ready: true })
}, 150)
`
)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const pair = (name: string): PairInput => ({
  name,
  baseline: Buffer.from([1]),
  current: Buffer.from([2]),
  options: { ...DEFAULT_OPTIONS },
  mask: null,
  wantDiff: false,
  maxPixels: 1
})

describe('ComparePool', () => {
  it('with depth 2 one worker holds two pairs at once, still running them one at a time, in order', async () => {
    const pool = new ComparePool(1, script, 2)
    try {
      pool.start()
      const names = ['a.png', 'b.png', 'c.png', 'd.png']
      const outs = await Promise.all(names.map(n => pool.run(pair(n))))
      expect(outs.map(o => o.result.name)).toEqual(names)
      // The stand-in reports how many pairs it ever ran at once (one) and held at once (two: the depth).
      const seen = outs.map(o => o.result as unknown as { most: number; mostHeld: number })
      expect(seen.every(o => o.most === 1)).toBe(true)
      expect(Math.max(...seen.map(o => o.mostHeld))).toBe(2)
    } finally {
      await pool.close()
    }
  })

  it('says when a started worker waits idle and ready', async () => {
    const pool = new ComparePool(1, script, 2)
    try {
      expect(pool.hasIdleReadyWorker()).toBe(false)
      pool.start()
      for (let i = 0; i < 200 && !pool.hasIdleReadyWorker(); i++) await new Promise(r => setTimeout(r, 10))
      expect(pool.hasIdleReadyWorker()).toBe(true)
      const running = pool.run(pair('a.png'))
      await new Promise(r => setImmediate(r)) // run() hands the pair over after a microtask
      expect(pool.hasIdleReadyWorker()).toBe(false)
      await running
      expect(pool.hasIdleReadyWorker()).toBe(true)
    } finally {
      await pool.close()
    }
  })

  it('a worker that dies fails the pairs it held; the next pairs go to a new worker', async () => {
    const pool = new ComparePool(1, script, 2)
    try {
      const crashed = pool.run(pair('crash.png'))
      await expect(crashed).rejects.toThrow(/compare worker stopped: exit code 3/)
      await expect(pool.run(pair('after.png'))).resolves.toMatchObject({ result: { name: 'after.png' } })
    } finally {
      await pool.close()
    }
  })

  it('a worker still booting takes no second pair (the caller may finish it first); once ready it takes two', async () => {
    const pool = new ComparePool(1, slowScript, 2)
    try {
      const outs = await Promise.all(['a.png', 'b.png', 'c.png', 'd.png'].map(n => pool.run(pair(n))))
      const early = outs.map(o => (o.result as unknown as { early: number }).early)
      expect(Math.max(...early)).toBe(1)
    } finally {
      await pool.close()
    }
  })

  it('refuses a size or depth below 1', () => {
    expect(() => new ComparePool(0, script)).toThrow(/pool size must be ≥ 1/)
    expect(() => new ComparePool(1, script, 0)).toThrow(/pool depth must be ≥ 1/)
  })
})

describe('defaultWorkerCount', () => {
  it('is cores − 1 from 3 cores on, and none below (one worker beside the main thread never paid off)', () => {
    expect([1, 2, 3, 4, 8, 0, 2.5].map(c => defaultWorkerCount(c))).toEqual([0, 0, 2, 3, 7, 0, 0])
  })
})
