// A pool worker: receives a pair's bytes (transferred, not copied), runs comparePair, sends back the verdict
// and the diff PNG (transferred). One pair at a time, so a worker holds at most one pair's decoded images.
import { parentPort } from 'node:worker_threads'
import { comparePair, type PairInput } from './pair.js'
import { asBuffer, transferList, type WorkerReply, type WorkerRequest } from './pool.js'

const port = parentPort
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    const input: PairInput = {
      ...msg.input,
      baseline: asBuffer(msg.input.baseline),
      current: asBuffer(msg.input.current),
      mask: msg.input.mask ? asBuffer(msg.input.mask) : null
    }
    comparePair(input).then(
      output => {
        const reply: WorkerReply = { id: msg.id, output }
        port.postMessage(reply, transferList(output.diffPng))
      },
      (e: unknown) => {
        const reply: WorkerReply = { id: msg.id, error: e instanceof Error ? e.message : String(e) }
        port.postMessage(reply)
      }
    )
  })
}
