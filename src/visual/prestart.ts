// Compare workers started before the visual gate's code is loaded: the CLI starts them on its first line for a
// compare of two directories, so their boot (~70–100 ms of loading on another core) overlaps the CLI's own
// loading, listing and reading, and a worker is ready when the first pair needs one. The pool adopts them
// (pool.ts); until then they are unref'd: one never adopted (all pairs byte-identical, an input error) does not
// keep the process alive, and ends with it.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

export interface Prestarted {
  worker: Worker
  /** It posted WORKER_READY before it was adopted. */
  ready: boolean
}

interface Waiting extends Prestarted {
  failed: boolean
  detach: () => void
}

const waiting: Waiting[] = []
let waitingScript: string | null = null

function pathOf(script: URL | string): string {
  return script instanceof URL ? fileURLToPath(script) : script
}

/**
 * The compare pool's default worker count (compare.ts): one per core but the one this thread compares on — and
 * none on fewer than 3 cores. With one worker beside this thread (2 cores), no suite measured gained: 8 changed
 * 1280×800 pairs took 0.57 s alone and 0.70 s with it, 40 took 1.3 s alone and 1.3–1.8 s with it (the worker
 * pays its boot and its own JIT warm-up, and this thread also reads, dispatches and writes).
 */
export function defaultWorkerCount(): number {
  const cores = Math.max(1, availableParallelism())
  return cores >= 3 ? cores - 1 : 0
}

/** Started workers not yet adopted and still alive (for tests). */
export function prestartedAlive(): { alive: number; ready: number } {
  const live = waiting.filter(e => !e.failed)
  return { alive: live.length, ready: live.filter(e => e.ready).length }
}

/**
 * Starts `count` workers of `script` (a file that must exist; nothing is started otherwise, nor while live ones
 * still wait). Never throws: a worker that cannot start only loses the head start.
 */
export function prestartWorkers(script: URL | string, count: number): void {
  for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i]!.failed) waiting.splice(i, 1)
  let path: string
  try {
    path = pathOf(script)
    if (count < 1 || waiting.length > 0 || !existsSync(path)) return
  } catch {
    return
  }
  waitingScript = path
  for (let n = 0; n < count; n++) {
    let worker: Worker
    try {
      worker = new Worker(path)
    } catch {
      return
    }
    const entry: Waiting = { worker, ready: false, failed: false, detach: () => {} }
    const onMessage = (m: unknown) => {
      // The only message a worker posts unasked is WORKER_READY (pool.ts), { ready: true }.
      if (m !== null && typeof m === 'object' && 'ready' in m) entry.ready = true
    }
    const onFail = () => {
      entry.failed = true
    }
    worker.on('message', onMessage)
    worker.on('error', onFail)
    worker.on('exit', onFail)
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref()
    entry.detach = () => {
      worker.off('message', onMessage)
      worker.off('error', onFail)
      worker.off('exit', onFail)
    }
    waiting.push(entry)
  }
}

/** A started worker of `script` for the pool to own (ref'd again, its listeners removed), if one is alive. */
export function adoptPrestarted(script: URL | string): Prestarted | undefined {
  if (waitingScript !== pathOf(script)) return undefined
  for (let entry = waiting.shift(); entry; entry = waiting.shift()) {
    entry.detach()
    if (entry.failed) continue
    entry.worker.ref()
    return { worker: entry.worker, ready: entry.ready }
  }
  return undefined
}
