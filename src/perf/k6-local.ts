/**
 * An installed k6: `k6-path`, or `k6` on the PATH (what the CLI runs: it never downloads, so it stays free of the
 * toolkits k6-setup.ts needs). Each must answer `k6 version` (bounded in time and output) with a k6 version.
 */
import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { access, lstat } from 'node:fs/promises'
import path from 'node:path'
import { UserError, oneLine } from '../shared/errors.js'
import { normalizeK6Version } from './k6-version.js'

export interface K6Binary {
  /** Absolute path of the k6 executable. */
  path: string
  /** Its version without the `v` (from `k6 version` for k6-path). */
  version: string
  source: 'k6-path' | 'path' | 'tool-cache' | 'actions-cache' | 'download'
}

const isExecutable = (file: string): Promise<boolean> =>
  access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK).then(
    () => true,
    () => false
  )

/** Run `<k6> version` and return the version it prints (`k6 v2.2.0 (…)` → `2.2.0`). */
export async function k6Version(k6: string, timeoutMs: number): Promise<string> {
  const output = await new Promise<string>((resolve, reject) => {
    execFile(
      k6,
      ['version'],
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed
            ? `did not finish within ${Math.round(timeoutMs / 1000)} s`
            : typeof error.code === 'number'
              ? `exited with code ${error.code}${stderr ? `: ${oneLine(String(stderr), 200)}` : ''}`
              : oneLine(error.message, 200)
          reject(new UserError(`k6 at ${k6}: \`k6 version\` ${why}`))
          return
        }
        resolve(String(stdout))
      }
    )
  })
  const m = /\bk6 v?(\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z.-]{1,40})?)/.exec(output.slice(0, 4096))
  if (!m?.[1]) {
    throw new UserError(
      `${k6}: \`k6 version\` printed no k6 version (${JSON.stringify(oneLine(output, 120))})`
    )
  }
  return m[1]
}

export async function k6FromPath(
  k6Path: string,
  versionTimeoutMs: number,
  log: (level: 'info' | 'warning', message: string) => void
): Promise<K6Binary> {
  const full = path.resolve(k6Path)
  const info = await lstat(full).catch(() => undefined)
  if (!info) throw new UserError(`k6-path ${k6Path}: no such file`)
  if (info.isDirectory()) throw new UserError(`k6-path ${k6Path} is a directory, not the k6 executable`)
  if (!(await isExecutable(full))) throw new UserError(`k6-path ${k6Path} is not executable`)
  const version = await k6Version(full, versionTimeoutMs)
  log('info', `k6 ${version} from k6-path ${full}`)
  return { path: full, version, source: 'k6-path' }
}

/**
 * The k6 of a run without downloads: `k6Path`, else `k6` found on the PATH. `version` (the setting) is checked
 * like the download's and compared: another installed version is a warning, not an error.
 */
export async function installedK6(opts: {
  version: string
  k6Path: string | undefined
  versionTimeoutMs?: number
  log: (level: 'info' | 'warning', message: string) => void
}): Promise<K6Binary> {
  const wanted = normalizeK6Version(opts.version)
  const timeout = opts.versionTimeoutMs ?? 30_000
  let k6: K6Binary
  if (opts.k6Path !== undefined && opts.k6Path.trim() !== '') {
    k6 = await k6FromPath(opts.k6Path.trim(), timeout, opts.log)
  } else {
    const version = await k6Version('k6', timeout).catch((e: unknown) => {
      if (e instanceof UserError && /ENOENT/.test(e.message))
        throw new UserError(
          'k6 is not installed here (no k6 on the PATH): install it or give k6-path; the action downloads the pinned release'
        )
      throw e
    })
    k6 = { path: 'k6', version, source: 'path' }
    opts.log('info', `k6 ${version} from the PATH`)
  }
  if (k6.version !== wanted)
    opts.log('warning', `k6 ${k6.version} is installed, not k6-version ${wanted}; running it`)
  return k6
}
