// A worker_threads pool for comparePair. Workers start on the first pair or on start(), and post WORKER_READY once
// their code is loaded. Each decodes one pair at a time and may hold `depth` − 1 more queued as bytes, so the
// decoded images in memory are bounded by the pool size, not the suite size. A worker that dies fails the pairs
// it held (WORKER_STOPPED: the caller may send them again) and is replaced on the next pair.
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
/** How the error of a pair lost with its worker begins. */
export const WORKER_STOPPED = 'compare worker stopped'
/** What a worker posts once its code is loaded, before any pair. */
export const WORKER_READY = { ready: true } as const

/**
 * The default worker count beside the main thread: one per core but the main thread's — and none on fewer than 3
 * cores. With one worker beside the main thread (2 cores), no suite measured gained: 8 changed 1280×800 pairs took
 * 0.57 s alone and 0.70 s with it, 40 took 1.3 s alone and 1.3–1.8 s with it (the worker pays its boot and its own
 * JIT warm-up, and the main thread also reads, dispatches and writes).
 */
export function defaultWorkerCount(cores = availableParallelism()): number {
  const n = Math.max(1, Math.floor(cores))
  return n >= 3 ? n - 1 : 0
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
    const onReady = () => {
      slot.ready = true
      for (let n = this.depth - 1; n > 0; n--) this.waiting.shift()?.() // its queue has room now
    }
    slot.worker.on('message', (reply: WorkerReply | typeof WORKER_READY) => {
      if ('ready' in reply) return onReady()
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
      for (const job of jobs) job.reject(new Error(`${WORKER_STOPPED}: ${e.message}`))
      for (let n = Math.max(1, jobs.length); n > 0; n--) this.waiting.shift()?.()
    }
    slot.worker.on('error', fail)
    slot.worker.on('exit', code => {
      if (!this.closed) fail(new Error(`exit code ${code}`))
    })
    this.slots.push(slot)
    return slot
  }

  /** Starts every worker not yet started (they take tens of milliseconds to boot). */
  start(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn()
  }

  /** Whether a started worker waits idle: a pair given to run() now starts at once. */
  hasIdleReadyWorker(): boolean {
    return this.slots.some(s => s.ready && s.jobs.size === 0)
  }

  /** Places a pair's job on a slot and returns that slot: an idle one, else a new worker while under size, else
   *  the least loaded one with room in its queue (depth; a worker still booting takes no second pair, which this
   *  thread may well finish first), else after an answer frees room. The choice and the
   *  job's entry happen in one step, so pairs sent at the same moment never pick the same room twice. */
  private async place(id: number, job: Job): Promise<Slot> {
    // Bounded: each wake-up either places the job or waits again for a finishing job.
    for (;;) {
      if (this.closed) throw new Error('pool closed')
      let slot = this.slots.find(s => s.jobs.size === 0)
      if (!slot && this.slots.length < this.size) slot = this.spawn()
      if (!slot)
        for (const s of this.slots)
          if (s.jobs.size < (s.ready ? this.depth : 1) && (!slot || s.jobs.size < slot.jobs.size)) slot = s
      if (slot) {
        slot.jobs.set(id, job)
        return slot
      }
      await new Promise<void>(r => this.waiting.push(r))
    }
  }

  run(input: PairInput): Promise<PairOutput> {
    const id = this.nextId++
    return new Promise<PairOutput>((resolve, reject) => {
      this.place(id, { resolve, reject }).then(slot => {
        const req: WorkerRequest = { id, input }
        try {
          slot.worker.postMessage(req, transferList(input.baseline, input.current, input.mask))
        } catch (e) {
          // Not sent (e.g. a buffer that cannot be moved): the room is free again.
          slot.jobs.delete(id)
          this.waiting.shift()?.()
          reject(e instanceof Error ? e : new Error(String(e)))
        }
      }, reject)
    })
  }

  async close(): Promise<void> {
    this.closed = true
    const all = this.slots.splice(0)
    for (const w of this.waiting.splice(0)) w()
    await Promise.all(all.map(s => s.worker.terminate()))
  }
}
