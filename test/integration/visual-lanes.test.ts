// compareSuites with the real worker script (built from src/visual/worker.ts) and the default lanes — cores − 1
// workers each holding a queued pair, plus the main thread — over generated PNGs that change size and format from
// pair to pair (RGB, RGBA, grey, palette; large then small, so every kept buffer is reused for a smaller image),
// some with a mask: the images equal the in-process comparison's, whatever lane each pair took.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { compareSuites } from '../../src/visual/compare.js'
import { defaultWorkerCount } from '../../src/visual/pool.js'
import { buildVisualWorker } from '../support/visual-worker-build.js'

type ColorType = 0 | 2 | 4 | 6

function png(
  width: number,
  height: number,
  colorType: ColorType,
  seed: number,
  change: boolean,
  filterType = -1
): Buffer {
  const p = new PNG({ width, height, colorType, inputHasAlpha: true })
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const text = (y + seed) % 23 < 5 && x % 40 > 6
      let v = text ? (x * 13 + y * 7 + seed) % 200 : 240 - (seed % 9)
      // The change: a block moved and a slight tint over a band (under and over the threshold).
      if (change && x > width / 3 && x < width / 2 && y > height / 4 && y < height / 2) v = 255 - v
      if (change && y > (height * 3) / 4) v = Math.min(255, v + 3)
      p.data[i] = v
      p.data[i + 1] = colorType === 0 || colorType === 4 ? v : (v + x) % 256
      p.data[i + 2] = colorType === 0 || colorType === 4 ? v : (v + y) % 256
      p.data[i + 3] = colorType === 4 || colorType === 6 ? 255 - (x % 3) * 40 : 255
    }
  return PNG.sync.write(p, { colorType, filterType })
}

describe('the default compare lanes over pairs of changing sizes and formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'visual-lanes-'))
  const workerScript = join(dir, 'visual-worker.mjs')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  beforeAll(async () => {
    await buildVisualWorker(workerScript)
    for (const side of ['base', 'cur']) mkdirSync(join(dir, side, 'nested'), { recursive: true })
    const sizes: Array<[number, number]> = [
      [900, 700],
      [640, 480],
      [333, 211],
      [120, 80],
      [17, 9],
      [700, 300]
    ]
    const types: ColorType[] = [2, 6, 0, 4, 2, 6]
    let n = 0
    for (const [i, [w, h]] of sizes.entries())
      for (const change of [true, false, true]) {
        const name = `${n % 2 ? 'nested/' : ''}p${String(n++).padStart(2, '0')}.png`
        writeFileSync(join(dir, 'base', name), png(w, h, types[i]!, i, false))
        // Every second pair unchanged in another encoding: the same pixels, each row unfiltered (other bytes).
        const cur = png(w, h, types[i]!, i, change, change ? -1 : 0)
        writeFileSync(join(dir, 'cur', name), cur)
      }
    // A mask hiding the moved block of p00.
    const m = new PNG({ width: 900, height: 700 })
    for (let y = 175; y < 350; y++)
      for (let x = 300; x < 450; x++) m.data.set([0, 0, 0, 255], (y * 900 + x) * 4)
    writeFileSync(join(dir, 'mask.png'), PNG.sync.write(m))
  }, 60_000)

  it('equal images to the in-process comparison, with at most one decoded pair per lane', async () => {
    const input = {
      baselineDir: join(dir, 'base'),
      currentDir: join(dir, 'cur'),
      diffDir: join(dir, 'diff'),
      fingerprints: true,
      options: { overrides: [{ match: 'p00.png', mask: join(dir, 'mask.png') }] }
    }
    const inProcess = await compareSuites({ ...input, poolSize: 0, diffDir: join(dir, 'diff-0') })
    // The default lanes' shape, with a worker joining after this thread's first 2 pairs (by default: after 16,
    // and only on 3 or more cores).
    const lanes = await compareSuites({ ...input, workerScript, lanes: { workers: 1, mainOnlyPairs: 2 } })
    expect(lanes.stats.poolSize).toBe(1)
    expect(lanes.stats.mainThreadCompares).toBe(true)
    // This thread took the first 2 pairs to decode alone, then the worker joined and took some.
    expect(lanes.stats.mainThreadPairs).toBeGreaterThanOrEqual(2)
    expect(lanes.stats.workerPairs).toBeGreaterThan(0)
    expect(lanes.stats.mainThreadPairs + lanes.stats.workerPairs).toBe(
      lanes.stats.diffed + lanes.stats.decodedEqual
    )
    expect(lanes.stats.maxInFlight).toBeLessThanOrEqual(lanes.stats.poolSize * 2 + 1)
    expect(lanes.images).toEqual(inProcess.images)
    const byDefault = await compareSuites({ ...input, workerScript, diffDir: join(dir, 'diff-d') })
    expect(byDefault.stats.poolSize).toBe(defaultWorkerCount())
    expect(byDefault.images).toEqual(inProcess.images)
    // A suite with no more than 16 pairs to decode stays on this thread whatever the cores.
    expect(byDefault.stats.workerPairs).toBe(0)
    // Past that (here after 4), the worker joins; the main thread holds at most 2 pairs before it does.
    const large = await compareSuites({
      ...input,
      workerScript,
      diffDir: join(dir, 'diff-l'),
      lanes: { workers: 1, mainOnlyPairs: 4 }
    })
    expect(large.images).toEqual(inProcess.images)
    expect(large.stats.workerPairs).toBeGreaterThan(0)
    const statuses = lanes.images.map(i => i.status)
    expect(statuses.filter(s => s === 'changed').length).toBeGreaterThanOrEqual(10)
    expect(statuses.filter(s => s === 'unchanged').length).toBe(6)
    expect(lanes.stats.decodedEqual).toBe(6)
  }, 60_000)
})
