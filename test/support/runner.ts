/**
 * Starts a bundled action the way the GitHub Actions runner does: `node <dist>/<id>/index.js` with INPUT_* variables,
 * the file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH) as fresh files, the event
 * payload at GITHUB_EVENT_PATH, and the API and artifact service pointed at the local fakes. It parses outputs and
 * workflow commands back, so a test sees what a workflow would.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const repoRoot = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')

/**
 * The bundles the tests start: built from the current source into .test-dist/ by the jest globalSetup
 * (test/support/global-setup.mjs, the same build as `npm run build`), not the committed dist/, so a test run
 * after an edit tests the edit. CI's check-dist job is what keeps dist/ equal to such a build.
 */
export const bundleDir = join(repoRoot, '.test-dist')

export interface RunBundleOptions {
  /** Action id (the source-built bundle, .test-dist/<id>/index.js) or a path to a bundle. */
  action: string
  inputs?: Record<string, string>
  eventName?: string
  event?: unknown
  /** GITHUB_WORKSPACE and the process's cwd. */
  workspace?: string
  repository?: string
  sha?: string
  ref?: string
  runId?: number
  apiUrl?: string
  resultsUrl?: string
  runtimeToken?: string
  token?: string
  env?: Record<string, string>
  timeoutMs?: number
  /** RUNNER_TEMP; by default a fresh directory removed after the run. Give one to inspect what the action left. */
  runnerTemp?: string
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface RunBundleResult {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
  commands: WorkflowCommand[]
  /** Messages of ::error:: commands (what setFailed prints). */
  errors: string[]
}

/** Parse the runner's file-command format: `name=value` lines and `name<<DELIM … DELIM` heredocs. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '')
      out[name] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

/** Undo the runner's escaping of workflow-command data and properties. */
function unescape(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1))
    }
    commands.push({ command: m[1] ?? '', properties, message: unescape(m[3] ?? '') })
  }
  return commands
}

export async function runBundle(opts: RunBundleOptions): Promise<RunBundleResult> {
  const dir = await mkdtemp(join(tmpdir(), 'qg-runner-'))
  try {
    const files = {
      output: join(dir, 'output'),
      summary: join(dir, 'summary'),
      state: join(dir, 'state'),
      env: join(dir, 'env'),
      path: join(dir, 'path'),
      event: join(dir, 'event.json')
    }
    await Promise.all([
      ...[files.output, files.summary, files.state, files.env, files.path].map(f => writeFile(f, '')),
      writeFile(files.event, JSON.stringify(opts.event ?? {}))
    ])
    const inputEnv: Record<string, string> = {}
    for (const [name, value] of Object.entries(opts.inputs ?? {})) {
      // The runner's naming: spaces become underscores, upper case, hyphens kept.
      inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }
    const workspace = opts.workspace ?? dir
    const runnerTemp = opts.runnerTemp ?? join(dir, 'runner-temp')
    await mkdir(runnerTemp, { recursive: true })
    await mkdir(workspace, { recursive: true })
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: opts.eventName ?? 'push',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: opts.repository ?? 'acme/widgets',
      GITHUB_SHA: opts.sha ?? '0000000000000000000000000000000000000000',
      GITHUB_REF: opts.ref ?? 'refs/heads/main',
      GITHUB_RUN_ID: String(opts.runId ?? 1),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: opts.apiUrl ?? 'http://127.0.0.1:9',
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      ...(opts.resultsUrl ? { ACTIONS_RESULTS_URL: opts.resultsUrl } : {}),
      ...(opts.runtimeToken ? { ACTIONS_RUNTIME_TOKEN: opts.runtimeToken } : {}),
      ...(opts.token ? { GITHUB_TOKEN: opts.token } : {}),
      ...inputEnv,
      ...opts.env
    }
    const bundle = opts.action.endsWith('.js') ? opts.action : join(bundleDir, opts.action, 'index.js')
    const child = spawn(process.execPath, [bundle], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exitCode = await new Promise<number | null>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(
          new Error(
            `${opts.action}: bundle did not finish within ${opts.timeoutMs ?? 60000} ms\n${stdout}\n${stderr}`
          )
        )
      }, opts.timeoutMs ?? 60000)
      child.on('error', reject)
      child.on('close', code => {
        clearTimeout(timer)
        resolvePromise(code)
      })
    })
    const commands = parseWorkflowCommands(stdout)
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseFileCommand(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      state: parseFileCommand(await readFile(files.state, 'utf8')),
      commands,
      errors: commands.filter(c => c.command === 'error').map(c => c.message)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A real webhook payload from @octokit/webhooks-examples: the first example of `event` whose action matches. */
export async function examplePayload(event: string, action?: string): Promise<Record<string, unknown>> {
  const { createRequire } = await import('node:module')
  const require = createRequire(import.meta.url)
  const all = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[]
  const group = all.find(g => g.name === event)
  const found = group?.examples.find(e => action === undefined || e.action === action)
  if (!found)
    throw new Error(`no @octokit/webhooks-examples payload for ${event}${action ? `.${action}` : ''}`)
  return structuredClone(found)
}
