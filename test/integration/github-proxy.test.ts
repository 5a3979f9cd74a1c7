/**
 * A self-hosted runner behind an HTTP proxy: the bundled action must send its API calls through HTTP_PROXY.
 * Without a proxy the GitHub client uses Node's fetch; with one, it loads @actions/github's proxy-aware fetch (a
 * chunk of its own, imported on the first request), so this test starts the real bundle to cover that chunk.
 * The API host is a name that never resolves (api.example.test): only the proxy can reach it. The proxy, on
 * 127.0.0.1, tunnels CONNECT requests (or forwards absolute-form ones) to the REST emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeFragment } from '../../src/shared/fragment.js'
import { GitHubEmulator } from '../support/github-emulator.js'
import { runBundle } from '../support/runner.js'

const SHA = 'd'.repeat(40)
const API_HOST = 'api.example.test'

let tmp: string
let emulator: GitHubEmulator
let proxy: Server
let proxyUrl: string
const proxied: string[] = []
const sockets = new Set<Socket>()

function startProxy(target: URL): Promise<Server> {
  const server = createServer((req, res) => {
    // absolute-form: GET http://api.example.test/repos/… HTTP/1.1
    proxied.push(req.url ?? '')
    const url = new URL(req.url ?? '/', `http://${API_HOST}`)
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: url.pathname + url.search,
        headers: req.headers
      },
      up => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req, client: Socket) => {
    proxied.push(`CONNECT ${req.url ?? ''}`)
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    const upstream = connect(Number(target.port), target.hostname, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qg-proxy-'))
  emulator = await GitHubEmulator.start({ owner: 'acme', repo: 'widgets' })
  proxy = await startProxy(new URL(emulator.url))
  const address = proxy.address()
  if (!address || typeof address === 'string') throw new Error('proxy did not listen')
  proxyUrl = `http://127.0.0.1:${address.port}`
})

afterAll(async () => {
  for (const s of sockets) s.destroy()
  await new Promise(resolve => proxy?.close(resolve))
  await emulator?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('the GitHub client behind an HTTP proxy (bundled pr-report)', () => {
  it('sends every API call through HTTP_PROXY', async () => {
    const ws = join(tmp, 'ws')
    await mkdir(join(ws, 'fragments'), { recursive: true })
    await writeFile(
      join(ws, 'fragments', 'quality-gates-fragment-coverage.json'),
      JSON.stringify(
        makeFragment({
          gate: 'coverage',
          status: 'pass',
          title: 'Coverage',
          summary: '90.00% lines',
          markdown: '90.00% lines',
          metrics: {},
          statusContext: 'quality-gates/coverage'
        })
      )
    )
    const r = await runBundle({
      action: 'pr-report',
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: SHA },
      sha: SHA,
      workspace: ws,
      apiUrl: `http://${API_HOST}`,
      env: { HTTP_PROXY: proxyUrl },
      inputs: {
        'github-token': 'ghs_test',
        fragments: 'fragments',
        'artifact-pattern': '',
        comment: 'false'
      },
      timeoutMs: 120_000
    })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    const contexts = emulator.state.statuses.filter(s => s.sha === SHA).map(s => `${s.context}=${s.state}`)
    expect(contexts).toEqual(
      expect.arrayContaining(['quality-gates/coverage=success', 'quality-gates=success'])
    )
    expect(proxied.length).toBeGreaterThan(0)
    for (const p of proxied)
      expect(p).toMatch(/^(CONNECT api\.example\.test:80|http:\/\/api\.example\.test\/)/)
  }, 150_000)
})
