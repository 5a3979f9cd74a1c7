// Buffers a compare worker keeps between pairs (arena.ts), and the decoder that inflates into them: the memory is
// really reused, what is kept stays bounded, and nothing of one pair leaks into the next one's verdict.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { BufferArena, OneAtATime } from '../../src/visual/arena.js'
import { DEFAULT_OPTIONS } from '../../src/visual/options.js'
import { comparePair, type Decoder, type PairInput } from '../../src/visual/pair.js'
import { canInflateInPlace, decodePng, decodePngInto } from '../../src/visual/png.js'

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'images')
const haveCorpus = existsSync(join(corpus, 'pixelmatch', 'expected.json'))
const itCorpus = haveCorpus ? it : it.skip

function png(width: number, height: number, colorType: 2 | 6, pixel: (x: number, y: number) => number[]) {
  const p = new PNG({ width, height, colorType, inputHasAlpha: true })
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) p.data.set(pixel(x, y), (y * width + x) * 4)
  return PNG.sync.write(p, { colorType })
}

describe('BufferArena', () => {
  it('hands the same memory to a slot again, grows it when asked for more, and keeps slots apart', () => {
    const arena = new BufferArena()
    const a = arena.take('a', 1000)
    const again = arena.take('a', 500)
    expect(again.buffer).toBe(a.buffer)
    expect(again.byteOffset).toBe(0)
    expect(again.length).toBe(500)
    expect(arena.take('b', 1000).buffer).not.toBe(a.buffer)
    const bigger = arena.take('a', 3 * 1024 * 1024)
    expect(bigger.buffer).not.toBe(a.buffer)
    expect(arena.take('a', 10).buffer).toBe(bigger.buffer)
  })

  it('zeroed() clears the ranges its writers declared, and only those', () => {
    const arena = new BufferArena()
    const m = arena.zeroed('m', 4096)
    m.fill(7, 100, 200)
    arena.dirtied('m', 100, 150)
    arena.dirtied('m', 150, 200)
    expect(arena.zeroed('m', 4096).every(v => v === 0)).toBe(true)
    // An undeclared write is not cleared: the contract the writers (markDiff) keep.
    arena.zeroed('m', 4096)[10] = 1
    expect(arena.zeroed('m', 4096)[10]).toBe(1)
  })

  it('keeps nothing past its bound, across all its slots: what stays between pairs is bounded', () => {
    const arena = new BufferArena(2 * 1024 * 1024)
    arena.take('small', 1024)
    const huge = arena.take('huge', 3 * 1024 * 1024)
    expect(huge.length).toBe(3 * 1024 * 1024)
    expect(arena.take('huge', 3 * 1024 * 1024).buffer).not.toBe(huge.buffer)
    arena.take('second', 1024)
    const third = arena.zeroed('third', 1024)
    expect(third.length).toBe(1024)
    expect(arena.zeroed('third', 1024).buffer).not.toBe(third.buffer)
    expect(arena.retainedBytes()).toBe(2 * 1024 * 1024)
  })
})

describe('decodePngInto', () => {
  it('inflates into the given memory on this Node (the fast path is taken, not the fallback)', () => {
    expect(canInflateInPlace()).toBe(true)
    const arena = new BufferArena()
    for (const colorType of [2, 6] as const) {
      const bytes = png(64, 48, colorType, (x, y) => [
        x * 3,
        y * 5,
        (x * y) % 256,
        colorType === 6 ? 200 : 255
      ])
      const img = decodePngInto(bytes, 50_000_000, n => arena.take(`c${colorType}`, n))
      expect(img.data.buffer).toBe(arena.take(`c${colorType}`, 1).buffer)
      expect(img.data.equals(decodePng(bytes).data)).toBe(true)
    }
  })

  it('memory it cannot inflate into (unaligned) takes the public zlib path: same pixels, its own buffer', () => {
    for (const colorType of [2, 6] as const) {
      const bytes = png(33, 21, colorType, (x, y) => [x * 7, y * 11, 5, colorType === 6 ? x * 3 : 255])
      let given: Buffer | undefined
      const img = decodePngInto(bytes, 50_000_000, n => (given = Buffer.alloc(n + 4).subarray(1, n + 1)))
      expect(given).toBeDefined()
      expect(img.data.buffer).not.toBe(given!.buffer)
      expect(img.data.equals(decodePng(bytes).data)).toBe(true)
    }
  })

  it('a smaller image after a larger one in the same memory decodes exactly (no stale bytes)', () => {
    const arena = new BufferArena()
    const room = (n: number) => arena.take('one', n)
    const big = png(300, 200, 2, (x, y) => [(x * y) % 256, x % 256, y % 256, 255])
    const small = png(17, 9, 2, () => [250, 250, 252, 255])
    decodePngInto(big, 50_000_000, room)
    expect(decodePngInto(small, 50_000_000, room).data.equals(decodePng(small).data)).toBe(true)
  })

  it('bad image data is the same one-line error as the fresh decoder gives', () => {
    const bytes = png(40, 30, 6, () => [1, 2, 3, 255])
    const at = bytes.indexOf('IDAT', 0, 'latin1')
    const broken = Buffer.from(bytes)
    broken.fill(0x55, at + 10, at + 30)
    const arena = new BufferArena()
    expect(() => decodePngInto(broken, 50_000_000, n => arena.take('x', n))).toThrow(
      (() => {
        try {
          decodePng(broken)
        } catch (e) {
          return (e as Error).message
        }
        return 'no error'
      })()
    )
  })
})

describe('comparePair with one arena for a whole run of pairs', () => {
  itCorpus(
    'every corpus pair, in order then reversed, gives exactly what fresh buffers give (counts, diff PNGs, fingerprints)',
    async () => {
      const cases: Array<{ img1: string; img2: string }> = JSON.parse(
        readFileSync(join(corpus, 'pixelmatch', 'expected.json'), 'utf8')
      ).cases
      const manifest = JSON.parse(readFileSync(join(corpus, 'playwright', 'manifest.json'), 'utf8'))
      const pairs: Array<[Buffer, Buffer]> = [
        ...cases.map(
          c =>
            [
              readFileSync(join(corpus, 'pixelmatch', c.img1)),
              readFileSync(join(corpus, 'pixelmatch', c.img2))
            ] as [Buffer, Buffer]
        ),
        ...manifest.fixtures.map(
          (f: { expected: string; actual: string }) =>
            [
              readFileSync(join(corpus, 'playwright', f.expected)),
              readFileSync(join(corpus, 'playwright', f.actual))
            ] as [Buffer, Buffer]
        )
      ]
      const input = ([baseline, current]: [Buffer, Buffer]): PairInput => ({
        name: 'x.png',
        baseline,
        current,
        options: { ...DEFAULT_OPTIONS },
        mask: null,
        wantDiff: true,
        fingerprint: true,
        maxPixels: 50_000_000
      })
      const arena = new BufferArena()
      const intoArena: Decoder = async (bytes, max, role) =>
        decodePngInto(bytes, max, n => arena.take(role, n))
      for (const order of [pairs, [...pairs].reverse()])
        for (const p of order) {
          const fresh = await comparePair(input(p))
          const reused = await comparePair(input(p), intoArena, arena)
          expect(reused.result).toEqual(fresh.result)
          expect(reused.diffPng === undefined).toBe(fresh.diffPng === undefined)
          if (fresh.diffPng) expect(reused.diffPng?.equals(fresh.diffPng)).toBe(true)
        }
    }
  )
})

describe('OneAtATime', () => {
  it('runs tasks one after another in the order given, past a failing one, counting those not finished', async () => {
    const lane = new OneAtATime()
    const log: string[] = []
    let running = 0
    const task =
      (name: string, fail = false) =>
      async () => {
        running++
        expect(running).toBe(1)
        log.push(`start ${name}`)
        await new Promise(r => setTimeout(r, 5))
        log.push(`end ${name}`)
        running--
        if (fail) throw new Error(name)
        return name
      }
    const a = lane.run(task('a'))
    const b = lane.run(task('b', true))
    const c = lane.run(task('c'))
    expect(lane.pending).toBe(3)
    await expect(a).resolves.toBe('a')
    await expect(b).rejects.toThrow('b')
    await expect(c).resolves.toBe('c')
    expect(lane.pending).toBe(0)
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })
})
