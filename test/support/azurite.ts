/**
 * Azurite's blob service as a child process on 127.0.0.1 (random port, in-memory). It is the real
 * Azure Put Block / Put Block List / Get Blob contract the artifact client uploads to.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'

/** Azurite's documented development account (public, not a secret). */
export const DEV_ACCOUNT_NAME = 'devstoreaccount1'
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface Azurite {
  /** http://127.0.0.1:PORT/devstoreaccount1 */
  blobUrl: string
  accountName: string
  accountKey: string
  credential: StorageSharedKeyCredential
  service: BlobServiceClient
  /** Create the container if it does not exist. */
  ensureContainer(container: string): Promise<void>
  /** A SAS URL for one blob, valid for `minutes`. permissions like 'r' or 'cw'. */
  sasUrl(container: string, blob: string, permissions: string, minutes?: number): string
  close(): Promise<void>
}

const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 5_000
const running = new Set<ChildProcess>()
let exitHookInstalled = false

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    try {
      child.kill(signal)
    } catch {
      // already gone
    }
  }
}

export async function startAzurite(): Promise<Azurite> {
  if (!exitHookInstalled) {
    exitHookInstalled = true
    // A test that times out or crashes must not leave Azurite behind.
    process.once('exit', () => {
      for (const child of running) killGroup(child, 'SIGKILL')
    })
  }
  const require = createRequire(import.meta.url)
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js')
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
      '--extentMemoryLimit',
      '256'
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true }
  )
  running.add(child)
  child.once('exit', () => running.delete(child))

  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      fail(new Error(`Azurite did not start listening within ${START_TIMEOUT_MS} ms: ${output.trim()}`))
    }, START_TIMEOUT_MS)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (match?.[1]) {
        cleanup()
        resolve(Number(match[1]))
      }
    }
    const onExit = (code: number | null): void =>
      fail(new Error(`Azurite exited early (${code}): ${output.trim()}`))
    const fail = (error: Error): void => {
      cleanup()
      killGroup(child, 'SIGKILL')
      reject(error)
    }
    const cleanup = (): void => {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      child.off('exit', onExit)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onExit)
  })
  // Keep draining its output so it never blocks on a full pipe.
  child.stdout?.resume()
  child.stderr?.resume()

  const blobUrl = `http://127.0.0.1:${port}/${DEV_ACCOUNT_NAME}`
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT_NAME, DEV_ACCOUNT_KEY)
  const service = new BlobServiceClient(blobUrl, credential)
  const containers = new Set<string>()

  return {
    blobUrl,
    accountName: DEV_ACCOUNT_NAME,
    accountKey: DEV_ACCOUNT_KEY,
    credential,
    service,
    async ensureContainer(container: string): Promise<void> {
      if (containers.has(container)) return
      await service.getContainerClient(container).createIfNotExists()
      containers.add(container)
    },
    sasUrl(container: string, blob: string, permissions: string, minutes = 60): string {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + minutes * 60_000)
        },
        credential
      ).toString()
      const blobPath = blob.split('/').map(encodeURIComponent).join('/')
      return `${blobUrl}/${encodeURIComponent(container)}/${blobPath}?${sas}`
    },
    async close(): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
      killGroup(child, 'SIGTERM')
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS)
      await exited
      clearTimeout(timer)
    }
  }
}
