/**
 * A stand-in for grafana/k6's GitHub releases on 127.0.0.1, in the real layout (k6's build-release.sh and
 * .github/workflows/build.yml): per tag `v<version>`
 *   k6-v<version>-linux-{amd64,arm64}.tar.gz      (tar -zcf of the folder k6-v<version>-linux-<arch>/ with k6)
 *   k6-v<version>-macos-{amd64,arm64}.zip         (zip -r of k6-v<version>-macos-<arch>/ with k6)
 *   k6-v<version>-windows-amd64.zip               (k6-v<version>-windows-amd64/ with k6.exe)
 *   k6-v<version>-checksums.txt                   (`sha256sum *`: `<hex>  <name>` per asset)
 * served under `<url>/v<version>/<asset>`. The "binary" in each archive is a small sh script standing in for k6:
 * `k6 version` prints `k6 v<version> (…)`.
 *
 * Like github.com, a download can answer with redirects first (`redirects`), to a signed-looking URL on the same
 * server. Faults: an asset served with other bytes than the checksums file says (`tamper`), an asset whose
 * Content-Length is larger than its body then a cut connection, and a version that does not exist (404).
 * Every request is recorded. The server never keeps the test process alive (unref) and closes itself after
 * `maxLifetimeMs`.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import yazl from 'yazl'

export interface ReleaseAsset {
  name: string
  body: Buffer
}

export interface K6ReleaseServerOptions {
  versions: string[]
  /** The content of the stand-in executable in `version`'s archive for `os`-`arch`. */
  binary?: (version: string, os: string, arch: string) => string
  /** Redirects before a download is served (github.com: 1); default 0. */
  redirects?: number
  maxLifetimeMs?: number
}

export interface K6ReleaseServer {
  /** The download base: `<url>/v<version>/<asset>`. */
  url: string
  /** Assets per version, as built (before any tamper). */
  assets: Map<string, ReleaseAsset[]>
  requests: { method: string; path: string }[]
  /** Redirects before each download (settable per test). */
  redirects: number
  /** Asset names served with different bytes than the checksums file lists. */
  tamper: Set<string>
  /** Asset names answered 503 this many more times (then served normally). */
  failures: Map<string, number>
  /** Paths of the downloads (not redirects) served, in order. */
  downloads(): string[]
  close(): Promise<void>
}

export const K6_PLATFORMS = [
  { os: 'linux', arch: 'amd64', format: 'tar.gz', binary: 'k6' },
  { os: 'linux', arch: 'arm64', format: 'tar.gz', binary: 'k6' },
  { os: 'macos', arch: 'amd64', format: 'zip', binary: 'k6' },
  { os: 'macos', arch: 'arm64', format: 'zip', binary: 'k6' },
  { os: 'windows', arch: 'amd64', format: 'zip', binary: 'k6.exe' }
] as const

export function standInK6(version: string, os: string, arch: string): string {
  return `#!/bin/sh
# A stand-in for k6 v${version} (${os}/${arch}), built by test/support/k6-release-server.ts.
if [ "$1" = "version" ]; then
  echo "k6 v${version} (commit/stand-in, go1.24.0, ${os}/${arch})"
  exit 0
fi
echo "stand-in k6: only 'version' is supported" >&2
exit 1
`
}

/** A ustar header block. */
function tarHeader(name: string, type: '0' | '5', size: number, mode: number): Buffer {
  const header = Buffer.alloc(512)
  header.write(name, 0, 100)
  header.write(`${mode.toString(8).padStart(7, '0')}\0`, 100)
  header.write('0001750\0', 108)
  header.write('0001750\0', 116)
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
  header.write(
    `${Math.floor(Date.UTC(2026, 7, 10) / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136
  )
  header.write('        ', 148)
  header.write(type, 156)
  header.write('ustar\u000000', 257)
  let sum = 0
  for (const byte of header) sum += byte
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return header
}

/** A .tar.gz of `entries` (directories end with `/`), like `tar -zcf`. */
export function targz(entries: { name: string; body?: string; mode?: number }[]): Buffer {
  const blocks: Buffer[] = []
  for (const e of entries) {
    if (e.name.endsWith('/')) {
      blocks.push(tarHeader(e.name, '5', 0, e.mode ?? 0o755))
      continue
    }
    const body = Buffer.from(e.body ?? '')
    blocks.push(tarHeader(e.name, '0', body.length, e.mode ?? 0o755))
    blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks))
}

/** A .zip of `entries` (directories end with `/`), like `zip -r`, unix modes kept. */
export function zip(entries: { name: string; body?: string; mode?: number }[]): Promise<Buffer> {
  const file = new yazl.ZipFile()
  const mtime = new Date(Date.UTC(2026, 7, 10))
  for (const e of entries) {
    if (e.name.endsWith('/')) file.addEmptyDirectory(e.name, { mtime, mode: 0o40755 })
    else file.addBuffer(Buffer.from(e.body ?? ''), e.name, { mtime, mode: 0o100000 | (e.mode ?? 0o755) })
  }
  file.end()
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    file.outputStream.on('data', (c: Buffer) => parts.push(c))
    file.outputStream.on('end', () => resolve(Buffer.concat(parts)))
    file.outputStream.on('error', reject)
  })
}

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

/** The assets of one release, checksums file last. */
export async function buildRelease(
  version: string,
  binary: (version: string, os: string, arch: string) => string = standInK6
): Promise<ReleaseAsset[]> {
  const assets: ReleaseAsset[] = []
  for (const p of K6_PLATFORMS) {
    const stem = `k6-v${version}-${p.os}-${p.arch}`
    const entries = [
      { name: `${stem}/` },
      { name: `${stem}/${p.binary}`, body: binary(version, p.os, p.arch) }
    ]
    const body = p.format === 'tar.gz' ? targz(entries) : await zip(entries)
    assets.push({ name: `${stem}.${p.format}`, body })
  }
  const checksums = assets.map(a => `${sha256(a.body)}  ${a.name}\n`).join('')
  assets.push({ name: `k6-v${version}-checksums.txt`, body: Buffer.from(checksums) })
  return assets
}

export async function startK6ReleaseServer(opts: K6ReleaseServerOptions): Promise<K6ReleaseServer> {
  const assets = new Map<string, ReleaseAsset[]>()
  for (const v of opts.versions) assets.set(v, await buildRelease(v, opts.binary))
  const requests: K6ReleaseServer['requests'] = []
  const served: string[] = []

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: req.method ?? 'GET', path: url.pathname })
    // /v<version>/<asset>, or /redirect/<n>/v<version>/<asset> while hops remain.
    const hop = /^\/redirect\/(\d+)(\/.*)$/.exec(url.pathname)
    const rest = hop ? (hop[2] as string) : url.pathname
    const done = hop ? Number(hop[1]) : 0
    const m = /^\/v([^/]+)\/([^/]+)$/.exec(rest)
    const asset = m
      ? assets.get(m[1] as string)?.find(a => a.name === decodeURIComponent(m[2] as string))
      : undefined
    if (!asset) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('Not Found')
      return
    }
    if (done < service.redirects) {
      res.writeHead(302, { location: `/redirect/${done + 1}${rest}?X-Amz-Signature=stand-in` })
      res.end()
      return
    }
    const failing = service.failures.get(asset.name) ?? 0
    if (failing > 0) {
      service.failures.set(asset.name, failing - 1)
      res.writeHead(503, { 'content-type': 'text/plain' })
      res.end('Service Unavailable')
      return
    }
    served.push(rest)
    let body = asset.body
    if (service.tamper.has(asset.name)) {
      body = Buffer.from(body)
      body[body.length - 1] = (body[body.length - 1] ?? 0) ^ 0xff
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length })
    res.end(body)
  })

  const service: K6ReleaseServer = {
    url: '',
    assets,
    requests,
    redirects: opts.redirects ?? 0,
    tamper: new Set(),
    failures: new Map(),
    downloads: () => [...served],
    close: async () => {
      clearTimeout(lifetime)
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
  server.unref()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const lifetime = setTimeout(() => void service.close(), opts.maxLifetimeMs ?? 10 * 60_000)
  lifetime.unref()
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return service
}
