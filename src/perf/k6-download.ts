/**
 * The action's way to get k6 (src/perf/index.ts passes it to createPerfGate): `k6-path`, else the pinned release
 * from the tool cache, the Actions cache or a download, SHA-256 verified (k6-setup.ts). In a file of its own so
 * the CLI, which runs an installed k6, never bundles the download toolkits.
 *
 * `QUALITY_GATES_K6_DOWNLOAD_URL` (environment, not a setting) replaces the k6 release base URL. Only the tests set
 * it, to download from a release server on 127.0.0.1; the archive is still verified against that server's
 * checksums file.
 */
import path from 'node:path'
import type { K6Installer } from './k6-measure.js'

/** The environment variable only tests set: where k6 releases are downloaded from. */
export const K6_DOWNLOAD_URL_ENV = 'QUALITY_GATES_K6_DOWNLOAD_URL'

/** k6-setup.ts is imported on first use, so a run over result files never loads the toolkits. */
export const downloadingK6Installer: K6Installer = async (host, opts) => {
  const { ensureK6 } = await import('./k6-setup.js')
  const downloadUrl = process.env[K6_DOWNLOAD_URL_ENV]
  return ensureK6({
    version: opts.version,
    ...(opts.k6Path !== undefined ? { k6Path: opts.k6Path } : {}),
    toolCache: process.env.RUNNER_TOOL_CACHE || path.join(host.jobTempDir ?? host.tempDir, 'tool-cache'),
    tempDir: host.tempDir,
    ...(downloadUrl ? { downloadUrl } : {}),
    log: opts.log
  })
}
