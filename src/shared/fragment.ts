/**
 * ReportFragment: the one thing every gate emits and pr-report reads. pr-report knows no gate, so
 * everything it shows comes from here. Fragments may come from a fork's run: `readFragment` treats the
 * input as hostile (size cap, closed enums, capped strings, finite numbers) and rejects unknown versions.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from './errors.js'
import { escapeText } from './markdown.js'

export const FRAGMENT_SCHEMA = 'quality-gates/fragment'
export const FRAGMENT_VERSION = 1

export const STATUSES = ['pass', 'fail', 'neutral', 'skipped'] as const
export type GateStatus = (typeof STATUSES)[number]

export const ANNOTATION_LEVELS = ['notice', 'warning', 'failure'] as const

export interface FragmentAnnotation {
  path: string
  startLine: number
  endLine: number
  level: (typeof ANNOTATION_LEVELS)[number]
  message: string
  title?: string
}

/** A metric value: an exact integer count, a finite number, or a short string. */
export type MetricValue = number | string | boolean | null

export interface ReportFragment {
  schema: typeof FRAGMENT_SCHEMA
  version: typeof FRAGMENT_VERSION
  /** Gate id, e.g. "coverage"; [a-z0-9-], ≤ 40 chars. */
  gate: string
  status: GateStatus
  /** Heading of the gate's section. */
  title: string
  /** One line, shown in the summary table and (cut to 140) in the commit status. */
  summary: string
  /** The gate's section, markdown the gate already escaped. pr-report sanitises it again. */
  markdown: string
  metrics: Record<string, MetricValue>
  /** Commit status context, e.g. "quality-gates/coverage". */
  statusContext: string
  annotations?: FragmentAnnotation[]
  /** The commit the gate judged. */
  sha?: string
  /** Optional link (a run, a report) shown beside the gate in the summary table. */
  url?: string
  /**
   * The gate could judge nothing (an include that kept no file, a report without lines): the verdict is neutral
   * and says why, but its required status fails closed — no result is never a green check.
   */
  noResult?: true
}

/** The commit-status state of a result: failure for a failed gate, and for one that measured nothing. */
export function commitState(f: Pick<ReportFragment, 'status' | 'noResult'>): 'success' | 'failure' {
  return f.status === 'fail' || f.noResult === true ? 'failure' : 'success'
}

export const FRAGMENT_LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  title: 200,
  summary: 1000,
  markdown: 1024 * 1024,
  metrics: 200,
  metricKey: 100,
  metricString: 1000,
  annotations: 1000,
  annotationMessage: 4000,
  path: 4096
} as const

export type FragmentInit = Omit<ReportFragment, 'schema' | 'version'>

/** How each status is shown, wherever a fragment is (pr-report's comment and summary, a gate's own summary). */
export const STATUS_EMOJI: Record<GateStatus, string> = {
  pass: '✅',
  fail: '❌',
  neutral: '⚠️',
  skipped: '⏭️'
}

/**
 * A section's heading line, each thing said once: the status emoji, the title in bold, the one-line summary.
 * A gate may start its markdown with exactly this line, so that its own job summary has a heading; pr-report,
 * which shows the same heading as the section's `<summary>`, then leaves that line out.
 */
export function headingLine(f: Pick<ReportFragment, 'status' | 'title' | 'summary'>): string {
  const summary = f.summary.trim()
  const title = `**${escapeText(f.title.trim(), FRAGMENT_LIMITS.title * 2)}**`
  return `${STATUS_EMOJI[f.status]} ${title}${summary === '' ? '' : ` — ${escapeText(summary, FRAGMENT_LIMITS.summary * 2)}`}`
}

/** Give a fragment another title; a markdown that starts with its heading line gets the new heading too. */
export function retitle(f: ReportFragment, title: string): void {
  const heading = headingLine(f)
  const starts = f.markdown === heading || f.markdown.startsWith(`${heading}\n`)
  f.title = title
  if (starts) f.markdown = `${headingLine(f)}${f.markdown.slice(heading.length)}`
}

export function makeFragment(init: FragmentInit): ReportFragment {
  return validateFragment({ schema: FRAGMENT_SCHEMA, version: FRAGMENT_VERSION, ...init }, 'fragment')
}

/** Validate an untrusted value as a fragment; throws UserError naming `source` and the first problem. */
export function validateFragment(value: unknown, source: string): ReportFragment {
  const fail = (what: string): never => {
    throw new UserError(`${source}: not a valid quality-gates fragment: ${what}`)
  }
  if (!isRecord(value)) return fail('expected a JSON object')
  if (value.schema !== FRAGMENT_SCHEMA) return fail(`"schema" must be "${FRAGMENT_SCHEMA}"`)
  if (value.version !== FRAGMENT_VERSION) {
    return fail(
      `unsupported version ${JSON.stringify(value.version)?.slice(0, 20)} (this pr-report reads version ${FRAGMENT_VERSION}; upgrade the action that reads it)`
    )
  }
  const str = (key: string, max: number, optional = false): string | undefined => {
    const v = value[key]
    if (v === undefined && optional) return undefined
    if (typeof v !== 'string') return fail(`"${key}" must be a string`)
    if (v.length > max) return fail(`"${key}" is longer than ${max} characters`)
    return v
  }
  const gate = str('gate', 40) as string
  if (!/^[a-z0-9][a-z0-9-]*$/.test(gate)) fail('"gate" must match [a-z0-9-]+')
  const status = value.status
  if (!STATUSES.includes(status as GateStatus)) fail(`"status" must be one of ${STATUSES.join(', ')}`)
  const statusContext = str('statusContext', 100) as string
  if (!/^[\w./ -]+$/.test(statusContext))
    fail('"statusContext" may hold only letters, digits, _ . / - and spaces')
  const sha = str('sha', 40, true)
  if (sha !== undefined && !/^[0-9a-f]{7,40}$/.test(sha)) fail('"sha" must be a hex commit id')
  const url = str('url', 2000, true)
  if (url !== undefined && !/^https?:\/\//.test(url)) fail('"url" must be an http(s) URL')
  const noResult = value.noResult
  if (noResult !== undefined && noResult !== true && noResult !== false) fail('"noResult" must be a boolean')

  const metrics = value.metrics
  if (!isRecord(metrics)) return fail('"metrics" must be an object')
  const metricEntries = Object.entries(metrics)
  if (metricEntries.length > FRAGMENT_LIMITS.metrics) fail(`more than ${FRAGMENT_LIMITS.metrics} metrics`)
  for (const [k, v] of metricEntries) {
    if (k.length > FRAGMENT_LIMITS.metricKey) fail(`metric name longer than ${FRAGMENT_LIMITS.metricKey}`)
    const ok =
      v === null ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (typeof v === 'string' && v.length <= FRAGMENT_LIMITS.metricString)
    if (!ok) fail(`metric "${k.slice(0, 40)}" must be a finite number, a short string, a boolean or null`)
  }

  let annotations: FragmentAnnotation[] | undefined
  if (value.annotations !== undefined) {
    if (!Array.isArray(value.annotations)) return fail('"annotations" must be an array')
    if (value.annotations.length > FRAGMENT_LIMITS.annotations)
      fail(`more than ${FRAGMENT_LIMITS.annotations} annotations`)
    annotations = value.annotations.map((a, i) => {
      if (!isRecord(a)) return fail(`annotation ${i} must be an object`)
      const line = (k: string): number => {
        const n = a[k]
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
          return fail(`annotation ${i}: "${k}" must be a positive integer`)
        return n
      }
      const path = a.path
      if (typeof path !== 'string' || path.length === 0 || path.length > FRAGMENT_LIMITS.path)
        fail(`annotation ${i}: "path" must be a non-empty string`)
      const message = a.message
      if (typeof message !== 'string' || message.length > FRAGMENT_LIMITS.annotationMessage)
        fail(
          `annotation ${i}: "message" must be a string of at most ${FRAGMENT_LIMITS.annotationMessage} characters`
        )
      if (!ANNOTATION_LEVELS.includes(a.level as FragmentAnnotation['level']))
        fail(`annotation ${i}: "level" must be one of ${ANNOTATION_LEVELS.join(', ')}`)
      const title = a.title
      if (title !== undefined && (typeof title !== 'string' || title.length > 200))
        fail(`annotation ${i}: bad "title"`)
      const startLine = line('startLine')
      const endLine = line('endLine')
      if (endLine < startLine) fail(`annotation ${i}: "endLine" is before "startLine"`)
      return {
        path: path as string,
        startLine,
        endLine,
        level: a.level as FragmentAnnotation['level'],
        message: message as string,
        ...(title !== undefined ? { title: title as string } : {})
      }
    })
  }

  return {
    schema: FRAGMENT_SCHEMA,
    version: FRAGMENT_VERSION,
    gate,
    status: status as GateStatus,
    title: str('title', FRAGMENT_LIMITS.title) as string,
    summary: str('summary', FRAGMENT_LIMITS.summary) as string,
    markdown: str('markdown', FRAGMENT_LIMITS.markdown) as string,
    metrics: Object.fromEntries(metricEntries) as Record<string, MetricValue>,
    statusContext,
    ...(annotations ? { annotations } : {}),
    ...(sha !== undefined ? { sha } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(noResult === true ? { noResult: true as const } : {})
  }
}

/** Parse fragment JSON text (untrusted). */
export function parseFragment(text: string, source: string): ReportFragment {
  if (text.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${source}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw new UserError(`${source}: fragment is not valid JSON (${(e as Error).message})`)
  }
  return validateFragment(value, source)
}

export async function readFragment(path: string): Promise<ReportFragment> {
  let buf: Buffer
  try {
    buf = await readFile(path)
  } catch (e) {
    throw new UserError(`${path}: cannot read fragment (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  if (buf.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${path}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`)
  }
  return parseFragment(buf.toString('utf8'), path)
}

export async function writeFragment(path: string, fragment: ReportFragment): Promise<void> {
  validateFragment(fragment, path)
  await writeFile(path, `${JSON.stringify(fragment, null, 2)}\n`)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * Where gates leave their fragments for a pr-report step later in the same job, and where pr-report looks by
 * default: inside the job's shared temp directory, never the workspace.
 */
export function jobFragmentsDir(jobTempDir: string): string {
  return join(jobTempDir, 'quality-gates', 'fragments')
}
