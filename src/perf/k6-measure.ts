/**
 * The perf gate measuring by itself: `script` set → a k6 binary (the front end's K6Installer: the action's downloads
 * the pinned release, verified and cached, k6-setup.ts; the CLI's runs an installed one, k6-local.ts) runs the script `runs` times (k6-run.ts), one `--out json` file per run, and those files are
 * what the gate then reads, exactly as if they had been given as `results` (and `baseline-results` for the base
 * side when `baseline-env` asks for base runs in this job, interleaved base1, head1, base2, …).
 *
 * `env` and `baseline-env` are KEY=VALUE lines (split on line ends only, so a value may hold commas); keys are
 * checked (shell-style names, each once), sizes are bounded.
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { UserError, oneLine } from '../shared/errors.js'
import type { Host } from '../shared/host.js'
import type { K6Binary } from './k6-local.js'
import { runK6 } from './k6-run.js'

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
const MAX_ENV_LINES = 100
const MAX_KEY_CHARS = 128
const MAX_VALUE_CHARS = 16 * 1024

/** `KEY=VALUE` lines → variables; `#` lines and blank lines skipped. A bad line is a one-line UserError. */
export function parseEnvLines(text: string | undefined, label: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (text === undefined) return out
  let n = 0
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (++n > MAX_ENV_LINES) throw new UserError(`${label}: more than ${MAX_ENV_LINES} variables`)
    const eq = line.indexOf('=')
    const key = eq < 0 ? line : line.slice(0, eq).trim()
    if (eq < 0) throw new UserError(`${label}: ${JSON.stringify(oneLine(line, 60))} is not KEY=VALUE`)
    if (key.length > MAX_KEY_CHARS || !ENV_KEY.test(key))
      throw new UserError(
        `${label}: ${JSON.stringify(oneLine(key, 60))} is not a variable name (letters, digits, _; not starting with a digit)`
      )
    const value = line.slice(eq + 1)
    if (value.length > MAX_VALUE_CHARS)
      throw new UserError(`${label}: the value of ${key} is longer than ${MAX_VALUE_CHARS} characters`)
    if (Object.prototype.hasOwnProperty.call(out, key)) throw new UserError(`${label}: ${key} is set twice`)
    out[key] = value
  }
  return out
}

/** How a front end gets k6: `k6Path` when given, else its own way (download, or the PATH). */
export type K6Installer = (
  host: Host,
  opts: {
    version: string
    k6Path: string | undefined
    log: (level: 'info' | 'warning', message: string) => void
  }
) => Promise<K6Binary>

/** The CLI's (and the default) installer: `k6-path`, else k6 on the PATH; never a download. */
export const installedK6Installer: K6Installer = async (_host, opts) =>
  (await import('./k6-local.js')).installedK6(opts)

export interface MeasureOptions {
  script: string
  runs: number
  version: string
  k6Path: string | undefined
  env: Record<string, string>
  /** Set: the base side is measured too, with these variables over `env`. */
  baselineEnv: Record<string, string> | null
  timeoutSeconds: number
  /** How errors name the script setting (`Input "script"` / `--script`). */
  scriptLabel: string
}

export interface Measured {
  /** `--out json` files in run order, with the name messages use. */
  head: { path: string; shown: string }[]
  base: { path: string; shown: string }[] | null
  /** 99 when a head run's thresholds failed, else 0 (any other failure stops with an error). */
  exitCode: number
  notes: string[]
  k6Version: string
}

/** Install (or find) k6 and run the script; see the file comment. */
export async function measureWithK6(
  host: Host,
  opts: MeasureOptions,
  install: K6Installer
): Promise<Measured> {
  const script = path.resolve(host.cwd, opts.script)
  const info = await lstat(script).catch(() => undefined)
  if (!info) throw new UserError(`${opts.scriptLabel} ${opts.script}: no such file (in ${host.cwd})`)
  if (!info.isFile()) throw new UserError(`${opts.scriptLabel} ${opts.script} is not a file`)

  const log = (level: 'info' | 'warning', message: string) => host.logger.log(level, message)
  const k6 = await host.logger.group('Set up k6', () =>
    install(host, { version: opts.version, k6Path: opts.k6Path, log })
  )

  const outDir = path.join(host.tempDir, 'k6-runs')
  const result = await host.logger.group(
    `Run k6 ${k6.version}: ${opts.runs} run${opts.runs === 1 ? '' : 's'}${opts.baselineEnv ? ' per side, base and head interleaved' : ''}`,
    () =>
      runK6({
        k6: k6.path,
        script,
        runs: opts.runs,
        outDir,
        env: opts.env,
        ...(opts.baselineEnv ? { interleave: { base: { env: opts.baselineEnv }, head: {} } } : {}),
        cwd: host.cwd,
        timeoutMs: opts.timeoutSeconds * 1000,
        log: line => host.logger.log('info', line)
      })
  )
  const shown = (side: 'base' | 'head', index: number, file: string) =>
    `k6 ${opts.baselineEnv ? `${side} ` : ''}run ${index} (${path.basename(file)})`
  const notes: string[] = []
  for (const r of result.runs)
    if (r.thresholdsFailed && r.side === 'base')
      notes.push(`${shown('base', r.index, r.out)}: k6 thresholds failed (exit 99) on the base side`)
  const files = (side: 'base' | 'head') =>
    result.runs.filter(r => r.side === side).map(r => ({ path: r.out, shown: shown(side, r.index, r.out) }))
  return {
    head: files('head'),
    base: opts.baselineEnv ? files('base') : null,
    exitCode: result.runs.some(r => r.side === 'head' && r.thresholdsFailed) ? 99 : 0,
    notes,
    k6Version: k6.version
  }
}
