// A worker_threads pool for comparePair: sized to the cores by default, started lazily (a suite whose pairs are
// all byte-identical starts no thread), one pair per worker at a time — so the decoded images in memory are
// bounded by the pool size, not the suite size. A worker that dies fails only its pair, and is replaced.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { PairInput, PairOutput } from './pair.js'

export interface WorkerRequest {
  id: number
  input: PairInput
}
export interface WorkerReply {
  id: number
  output?: PairOutput
  error?: string
}
/** What a worker posts once its code is loaded, before any pair. */
export const WORKER_READY = { ready: true } as const

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism())
}

/** A Buffer over a transferred Uint8Array (structured clone drops the Buffer prototype). */
export function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength)
}

/** The ArrayBuffers that can be moved rather than copied: only those a Buffer owns entirely (never Node's
 *  shared slab for small buffers, which other Buffers use too). */
export function transferList(...bufs: Array<Uint8Array | null | undefined>): ArrayBuffer[] {
  const out: ArrayBuffer[] = []
  for (const b of bufs) {
    if (!b || !(b.buffer instanceof ArrayBuffer)) continue
    if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && !out.includes(b.buffer))
      out.push(b.buffer)
  }
  return out
}

interface Job {
  resolve: (o: PairOutput) => void
  reject: (e: Error) => void
}

interface Slot {
  worker: Worker
  /** Its code loaded (it posted WORKER_READY): a pair sent now starts at once. */
  ready: boolean
  /** Pairs sent and not answered, by id: the first runs, the others wait in the worker's queue. */
  jobs: Map<number, Job>
}

export class ComparePool {
  private readonly slots: Slot[] = []
  private readonly waiting: Array<() => void> = []
  private nextId = 1
  private closed = false

  /**
   * `depth`: pairs a worker holds at once — one decoding, the others only their encoded bytes, queued in the
   * worker so it starts the next pair the moment one ends, without waiting for this thread (which may itself be
   * busy comparing). Decoded images stay bounded by the pool size either way.
   */
  constructor(
    readonly size: number,
    private readonly script: URL | string,
    readonly depth = 1
  ) {
    if (!Number.isSafeInteger(size) || size < 1) throw new Error(`pool size must be ≥ 1, got ${size}`)
    if (!Number.isSafeInteger(depth) || depth < 1) throw new Error(`pool depth must be ≥ 1, got ${depth}`)
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), ready: false, jobs: new Map() }
    slot.worker.on('message', (reply: WorkerReply | typeof WORKER_READY) => {
      if ('ready' in reply) {
        slot.ready = true
        return
      }
      const job = slot.jobs.get(reply.id)
      if (!job) return
      slot.jobs.delete(reply.id)
      if (reply.output) {
        if (reply.output.diffPng) reply.output.diffPng = asBuffer(reply.output.diffPng)
        job.resolve(reply.output)
      } else job.reject(new Error(reply.error ?? 'worker gave no result'))
      this.waiting.shift()?.()
    })
    const fail = (e: Error) => {
      // The pairs it held fail (their bytes were moved to it); the rest of the suite goes on.
      const jobs = [...slot.jobs.values()]
      slot.jobs.clear()
      const i = this.slots.indexOf(slot)
      if (i >= 0) this.slots.splice(i, 1)
      for (const job of jobs) job.reject(new Error(`compare worker stopped: ${e.message}`))
      for (let n = Math.max(1, jobs.length); n > 0; n--) this.waiting.shift()?.()
    }
    slot.worker.on('error', fail)
    slot.worker.on('exit', code => {
      if (!this.closed) fail(new Error(`exit code ${code}`))
    })
    this.slots.push(slot)
    return slot
  }

  /** Starts every worker now (they take tens of milliseconds to boot) rather than on the first pair. */
  start(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn()
  }

  /** Whether a started worker waits idle: a pair given to run() now starts at once. */
  hasIdleReadyWorker(): boolean {
    return this.slots.some(s => s.ready && s.jobs.size === 0)
  }

  /** The slot for the next pair: an idle one, else a new worker while under size, else the least loaded one
   *  with room in its queue (depth), else wait for an answer. */
  private async slotWithRoom(): Promise<Slot> {
    // Bounded: each wake-up either finds a slot, spawns one, or waits again for a finishing job.
    for (;;) {
      if (this.closed) throw new Error('pool closed')
      const idle = this.slots.find(s => s.jobs.size === 0)
      if (idle) return idle
      if (this.slots.length < this.size) return this.spawn()
      let best: Slot | undefined
      for (const s of this.slots)
        if (s.jobs.size < this.depth && (!best || s.jobs.size < best.jobs.size)) best = s
      if (best) return best
      await new Promise<void>(r => this.waiting.push(r))
    }
  }

  async run(input: PairInput): Promise<PairOutput> {
    const slot = await this.slotWithRoom()
    const id = this.nextId++
    return new Promise<PairOutput>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject })
      const req: WorkerRequest = { id, input }
      slot.worker.postMessage(req, transferList(input.baseline, input.current, input.mask))
    })
  }

  async close(): Promise<void> {
    this.closed = true
    const all = this.slots.splice(0)
    for (const w of this.waiting.splice(0)) w()
    await Promise.all(all.map(s => s.worker.terminate()))
  }
}
