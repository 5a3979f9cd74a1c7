/**
 * The ArtifactClient of a GitHub Actions job: uploads through @actions/artifact (the results service named by
 * ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN), downloads other runs' artifacts through the REST API, which
 * answers 302 to a short-lived signed blob URL. The GitHub token is never sent to the blob host, and the zip
 * is only saved (capped), never extracted here: archive.ts does that safely.
 *
 * @actions/artifact (with the Azure Storage SDK, archiver, protobuf… about 1.5 MB bundled) is loaded on the
 * first upload only: a step that uploads nothing never parses it, and the bundles start that much faster
 * (scripts/build.mjs puts it in a chunk of its own).
 */
import type { DefaultArtifactClient } from '@actions/artifact'
import { rm } from 'node:fs/promises'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { UserError, oneLine } from './errors.js'
import { createExclusiveWriteStream } from './exclusive-file.js'
import type { Octokit } from './github.js'
import type { ArtifactClient, ArtifactUploadResult } from './host.js'

export const DEFAULT_MAX_ZIP_BYTES = 1024 * 1024 * 1024

export interface ActionsArtifactClientOptions {
  octokit: Octokit
  owner: string
  repo: string
  /** Largest zip downloadZip will save (default 1 GiB). */
  maxZipBytes?: number
  /** For tests: the fetch used for the signed blob URL. */
  fetch?: typeof globalThis.fetch
  /** Whether uploads are possible (the runner gives ACTIONS_RUNTIME_TOKEN); default true. */
  canUpload?: boolean
}

function message(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error), 300)
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

export function createActionsArtifactClient(opts: ActionsArtifactClientOptions): ArtifactClient {
  const { octokit, owner, repo } = opts
  const maxZipBytes = opts.maxZipBytes ?? DEFAULT_MAX_ZIP_BYTES
  const fetchBlob = opts.fetch ?? globalThis.fetch
  let client: DefaultArtifactClient | undefined

  return {
    canUpload: opts.canUpload ?? true,
    async upload(name, files, rootDirectory, retentionDays): Promise<ArtifactUploadResult> {
      // Outside the try: a bundle that cannot load its own chunk is our bug, not the user's upload failing.
      client ??= new (await import('@actions/artifact')).DefaultArtifactClient()
      let result: { id?: number; size?: number; digest?: string }
      try {
        result = await client.uploadArtifact(
          name,
          files,
          rootDirectory,
          retentionDays === undefined ? {} : { retentionDays }
        )
      } catch (error) {
        const text = message(error)
        if (/\(409\)/.test(text)) {
          throw new UserError(
            `artifact "${name}" already exists in this workflow run (artifact names are unique per run)`
          )
        }
        throw new UserError(`uploading artifact "${name}" failed: ${text}`)
      }
      if (result.id === undefined) throw new UserError(`uploading artifact "${name}" returned no artifact id`)
      return {
        id: result.id,
        size: result.size ?? 0,
        ...(result.digest ? { digest: `sha256:${result.digest}` } : {})
      }
    },

    async downloadZip(artifactId, zipPath): Promise<void> {
      let location: string | undefined
      try {
        const response = await octokit.request(
          'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
          { owner, repo, artifact_id: artifactId, archive_format: 'zip', request: { redirect: 'manual' } }
        )
        if (response.status !== 302) {
          throw new UserError(
            `downloading artifact ${artifactId} from ${owner}/${repo}: expected a redirect to the blob, got HTTP ${response.status}`
          )
        }
        location = response.headers.location
      } catch (error) {
        if (error instanceof UserError) throw error
        const status = statusOf(error)
        if (status === 410) throw new UserError(`artifact ${artifactId} has expired`)
        if (status === 404) throw new UserError(`artifact ${artifactId} was not found in ${owner}/${repo}`)
        throw new UserError(
          `downloading artifact ${artifactId} from ${owner}/${repo} failed${status ? ` (HTTP ${status})` : ''}: ${message(error)}`
        )
      }
      if (!location || !/^https?:\/\//.test(location)) {
        throw new UserError(`downloading artifact ${artifactId}: the API gave no usable redirect location`)
      }
      const blobHost = new URL(location).host
      // A plain fetch: no Authorization header goes to the blob host.
      let blob: Response
      try {
        blob = await fetchBlob(location, { redirect: 'follow' })
      } catch (error) {
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: ${message(error)}`)
      }
      if (blob.status !== 200 || !blob.body) {
        await blob.body?.cancel()
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: HTTP ${blob.status}`)
      }
      const declared = Number(blob.headers.get('content-length') ?? NaN)
      if (Number.isFinite(declared) && declared > maxZipBytes) {
        await blob.body.cancel()
        throw new UserError(
          `artifact ${artifactId} is ${declared} bytes, over the download limit of ${maxZipBytes}`
        )
      }
      let received = 0
      const cap = new Transform({
        transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
          received += chunk.length
          if (received > maxZipBytes) {
            callback(
              new UserError(
                `artifact ${artifactId} is larger than the download limit of ${maxZipBytes} bytes`
              )
            )
            return
          }
          callback(null, chunk)
        }
      })
      let file
      try {
        file = await createExclusiveWriteStream(zipPath)
      } catch (error) {
        // 'wx' refused: never overwrite (nor remove) a file that was already there.
        await blob.body.cancel()
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error)}`)
      }
      try {
        await pipeline(Readable.fromWeb(blob.body as WebReadableStream<Uint8Array>), cap, file)
      } catch (error) {
        await rm(zipPath, { force: true })
        if (error instanceof UserError) throw error
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error)}`)
      }
    }
  }
}
