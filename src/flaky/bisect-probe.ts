/**
 * The probe `git bisect run` calls at each commit, and the server that answers it.
 *
 * `git bisect run` needs a program whose exit code judges the checked-out commit. Ours is a small script written
 * to a private temp directory and run with this process's own Node (`process.execPath`), whichever front end we
 * are (the action bundle, the CLI, a test): it connects to a Unix socket in the same directory, waits for one
 * line holding an exit code, and exits with it. The judging itself (R runs of the test, JUnit read, counts kept)
 * happens here, in the process that started the bisect and holds the settings, the parsers and the record of
 * every commit; nothing about the test (its id, the command) travels through git, an argv or a shell.
 *
 * Exit codes, as `git bisect run` reads them: 0 good, 1 bad, 125 skip, 128 abort (a step limit or the deadline
 * hit, the server gone). The script exits 128 on any problem of its own, so a broken probe ends the bisect
 * instead of judging commits.
 */
import { chmodSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { join } from 'node:path'

export const PROBE_GOOD = 0
export const PROBE_BAD = 1
export const PROBE_SKIP = 125
export const PROBE_ABORT = 128

/** The probe script: connect, send one line, exit with the code received (128 on anything unexpected). */
const PROBE_SCRIPT = `'use strict'
const net = require('node:net')
const socket = net.connect(process.argv[2])
let got = ''
const done = code => { socket.destroy(); process.exit(code) }
socket.setEncoding('utf8')
socket.on('connect', () => socket.write('judge\\n'))
socket.on('data', d => {
  got += d
  if (got.length > 64) done(128)
  const m = /^([0-9]{1,3})\\n/.exec(got)
  if (m) done(Number(m[1]) <= 128 ? Number(m[1]) : 128)
})
socket.on('error', () => done(128))
socket.on('close', () => done(128))
`

export interface ProbeServer {
  /** The argv `git bisect run` gets: Node, the script, the socket. */
  argv: string[]
  close(): Promise<void>
}

/**
 * Start the server in `dir` (a private temp directory): each connection is one probe call, answered with
 * `judge()`'s exit code. Calls are handled one at a time (git runs one probe at a time anyway).
 */
export async function startProbeServer(dir: string, judge: () => Promise<number>): Promise<ProbeServer> {
  const script = join(dir, 'probe.cjs')
  writeFileSync(script, PROBE_SCRIPT, { mode: 0o600 })
  chmodSync(dir, 0o700)
  const socketPath = join(dir, 'probe.sock')
  const sockets = new Set<Socket>()
  let queue: Promise<unknown> = Promise.resolve()
  const server: Server = createServer(socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let asked = false
    let got = ''
    socket.setEncoding('utf8')
    socket.on('data', (d: string) => {
      got += d
      if (asked || got.length > 64) return
      if (!got.includes('\n')) return
      asked = true
      queue = queue.then(async () => {
        let code: number
        try {
          code = await judge()
        } catch {
          code = PROBE_ABORT
        }
        if (!socket.destroyed) socket.end(`${code}\n`)
      })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return {
    argv: [process.execPath, script, socketPath],
    close: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
