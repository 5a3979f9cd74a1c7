// A pool worker: receives a pair's bytes (transferred, not copied), runs comparePair, sends back the verdict
// and the diff PNG (transferred). One pair at a time, so a worker holds at most one pair's decoded images — in
// buffers it keeps for the next pair (arena.ts: fresh memory is slow to touch on the VMs this runs on).
import { parentPort } from 'node:worker_threads'
import { BufferArena, OneAtATime } from './arena.js'
import { arenaDecoder, comparePair, type PairInput } from './pair.js'
import { asBuffer, transferList, WORKER_READY, type WorkerReply, type WorkerRequest } from './pool.js'

const arena = new BufferArena()
const decodeIntoArena = arenaDecoder(arena)

/** Pairs run strictly one after another, in the order sent (the pool may queue a second one here while the first
 *  runs): one pair at a time in the arena. */
const lane = new OneAtATime()

const port = parentPort
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    const input: PairInput = {
      ...msg.input,
      baseline: asBuffer(msg.input.baseline),
      current: asBuffer(msg.input.current),
      mask: msg.input.mask ? asBuffer(msg.input.mask) : null
    }
    const run = () =>
      comparePair(input, decodeIntoArena, arena).then(
        output => {
          const reply: WorkerReply = { id: msg.id, output }
          port.postMessage(reply, transferList(output.diffPng))
        },
        (e: unknown) => {
          const reply: WorkerReply = { id: msg.id, error: e instanceof Error ? e.message : String(e) }
          port.postMessage(reply)
        }
      )
    // A failure of one (a reply that could not be posted) does not skip the pairs queued behind it.
    lane.run(run).catch(() => {})
  })
  port.postMessage(WORKER_READY)
}
