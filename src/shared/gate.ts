/**
 * The gate runtime. Every action is declared once (`Declaration`): its settings and `run(settings, host)`.
 * The action entry and the CLI sub-command are thin front ends over that declaration (action-entry.ts,
 * src/cli/command.ts); what differs between a workflow and a laptop lives in the Host.
 *
 * A gate (`defineGate`) is a declaration whose run is always the same straight line:
 * settings → the gate's own evaluate (load, compare, render) → publish (publish.ts) → outcome.
 */
import { createHash } from 'node:crypto'
import type { BaselineStore } from './baseline-store.js'
import { DISPATCH_SETTINGS } from './dispatch.js'
import { retitle, type ReportFragment } from './fragment.js'
import type { Host } from './host.js'
import type { InputGetter } from './inputs.js'
import {
  ANNOTATION_MODES,
  publish,
  SUMMARY_MODES,
  type AnnotationsMode,
  type SummaryMode
} from './publish.js'
import { readSettings, type Setting, type SettingsOf } from './settings.js'

/** What a run ends with: `failure` set = the step fails (action) / exit 1 (CLI). */
export interface Outcome {
  failure?: string
}

export interface Declaration<T extends readonly Setting[] = readonly Setting[], R extends Outcome = Outcome> {
  /** The action's folder under actions/ (e.g. `coverage-gate`). */
  readonly action: string
  /** The CLI sub-command (e.g. `coverage`). */
  readonly command: string
  /** `--help`: what follows `quality-gates <command>` in the usage line, and a paragraph on what it does. */
  readonly usage: string
  readonly about: string
  /**
   * How the gate uses host.workspace. 'paths' (the default): it resolves files against it, so the CLI asks git for
   * the repository's top level. 'git': it only runs git there (revisions, never paths), where any directory of the
   * clone serves, so the CLI passes the shell's directory and starts no git process for it.
   */
  readonly workspaceUse?: 'paths' | 'git'
  readonly settings: T
  run(settings: SettingsOf<T>, host: Host): Promise<R>
  /** How the CLI prints the outcome: `--json` and the human form. */
  readonly print: { json(outcome: R, write: (text: string) => void): void; human(outcome: R): string }
}

/** The Host's inputs as an input getter that names settings the way this front end does. */
export function hostInputs(host: Host): InputGetter {
  return Object.assign((name: string) => host.input(name), host.inputLabel ? { label: host.inputLabel } : {})
}

/** Read a declaration's settings from the Host's inputs and run it: what each front end does after its Host. */
export async function runDeclared<R extends Outcome>(
  declaration: Declaration<readonly Setting[], R>,
  host: Host,
  frontEnd: 'action' | 'cli'
): Promise<R> {
  return declaration.run(readSettings(declaration.settings, hostInputs(host), frontEnd), host)
}

/** A gate's result before publishing: its fragment, the commit it is about, outputs and the data the CLI prints. */
export interface GateResult<D> {
  fragment: ReportFragment
  /** The commit the result is about (the PR head, or the pushed commit). */
  sha?: string
  /** Whether that commit carries statuses and annotations in this run (a PR head, a saved baseline). */
  onCommit: boolean
  /** Name of the check run that carries the fragment's annotations. */
  checkRunName?: string
  /**
   * false: no fragment artifact for a report workflow (a run that judged nothing, e.g. an approval or a cleanup);
   * the fragment file and the outputs are still written.
   */
  uploadFragment?: false
  /** Step outputs besides the ones every gate sets (`status`, `fragment-path`). */
  outputs: Record<string, string>
  failure?: string
  data: D
}

export interface GateOutcome<D> extends Outcome {
  result: GateResult<D>
  /** The status context this result was published under. */
  context: string
}

/** Settings of every action that talks to GitHub: the token and how long a rate limit may be waited out. */
export const GITHUB_SETTINGS = [
  {
    name: 'github-token',
    kind: 'string',
    only: 'action',
    actionDefault: '${{ github.token }}',
    description:
      "Token for the GitHub API: the job's token by default, or a GitHub App token or PAT (masked in the log either way).",
    group: 'GitHub'
  },
  {
    name: 'rate-limit-wait',
    kind: 'integer',
    min: 0,
    max: 3600,
    default: 300,
    only: 'action',
    description:
      'Longest wait, in seconds, for a GitHub API rate limit to reset before a write is retried; a longer one fails at once, saying when it resets.',
    group: 'GitHub'
  }
] as const satisfies readonly Setting[]

/** `annotations` was a boolean: its spellings (inputs.ts inputBoolean) keep their meaning. */
const LEGACY_BOOLEAN_MODES = {
  true: 'auto',
  yes: 'auto',
  on: 'auto',
  1: 'auto',
  false: 'off',
  no: 'off',
  0: 'off'
}

/** Settings of a gate that keeps data per commit of the default branch (a baseline): where to look, how long to keep. */
export const BASELINE_SETTINGS = [
  {
    name: 'baseline-walk-back',
    kind: 'integer',
    min: 0,
    max: 500,
    default: 20,
    only: 'action',
    description:
      "How many first-parent ancestors of the base commit to search for the gate's baseline (what the default branch saved).",
    group: 'Baseline'
  },
  {
    name: 'baseline-retention-days',
    kind: 'integer',
    min: 1,
    max: 400,
    default: 90,
    only: 'action',
    description:
      'Retention of the baseline artifact saved on the default branch (1-400; capped by the repository setting).',
    group: 'Baseline'
  }
] as const satisfies readonly Setting[]

/** Whether a run gates, saves the baseline, or both (`mode`), for a gate whose baseline is kept per commit. */
export const BASELINE_MODE_SETTING = {
  name: 'mode',
  kind: 'enum',
  values: ['auto', 'gate', 'baseline'],
  default: 'auto',
  description:
    'auto (PRs are gated; pushes to the default branch and merge queues save the baseline; on the CLI --baseline-out also saves), gate, or baseline.',
  group: 'Inputs'
} as const satisfies Setting

/**
 * What this run does with its baseline: `save` in a run the store saves in (mode auto) or when told to (baseline),
 * else `gate`; `gating` also when the store gates while saving (a merge queue's commit, the CLI with both files).
 */
export function baselineMode(
  mode: 'auto' | 'gate' | 'baseline',
  store: Pick<BaselineStore, 'savesInAuto' | 'gatesWhenSaving'> | undefined
): { mode: 'save' | 'gate'; gating: boolean } {
  const resolved =
    mode === 'auto' ? (store?.savesInAuto ? 'save' : 'gate') : mode === 'baseline' ? 'save' : 'gate'
  return {
    mode: resolved,
    gating: resolved === 'gate' || (mode === 'auto' && store?.gatesWhenSaving === true)
  }
}

/** The baseline settings as read (action-only: the CLI's file baseline needs neither). */
export function baselineOptions(settings: object): { walkBack: number; retentionDays: number } {
  const s = settings as { 'baseline-walk-back'?: number; 'baseline-retention-days'?: number }
  return { walkBack: s['baseline-walk-back'] ?? 20, retentionDays: s['baseline-retention-days'] ?? 90 }
}

/** Settings every gate has, besides its own: identity, publishing and the local host's files. */
export const GATE_SETTINGS = [
  {
    name: 'name',
    kind: 'string',
    pattern: /^[a-z0-9][a-z0-9._-]{0,39}$/,
    describe: '1-40 lowercase letters, digits, . _ - (starting with a letter or digit)',
    description:
      'Name of this result when the gate runs more than once in a workflow (monorepo parts, matrix legs): the status becomes quality-gates/<gate>/<name> and the section and fragment carry the name. Empty = the plain quality-gates/<gate>.',
    group: 'Publishing'
  },
  {
    name: 'commit-status',
    kind: 'boolean',
    default: true,
    only: 'action',
    actionAliases: ['status'],
    description:
      "Set the gate's commit status quality-gates/<gate>[/<name>] (needs statuses: write); a status that cannot be written fails the step.",
    group: 'Publishing'
  },
  {
    name: 'annotations',
    kind: 'enum',
    values: ANNOTATION_MODES,
    default: 'auto',
    legacy: LEGACY_BOOLEAN_MODES,
    only: 'action',
    description:
      "How findings are annotated in the PR diff. auto: a check run (needs checks: write), else, when the token may not create one (a fork PR's read-only token), workflow commands; check-run: a check run only; workflow-commands: workflow commands only (no permission; GitHub shows 10 warnings per step); off: none. true/false of earlier releases mean auto/off.",
    group: 'Publishing'
  },
  {
    name: 'summary',
    kind: 'enum',
    values: SUMMARY_MODES,
    default: 'short',
    only: 'action',
    description:
      "What the gate writes to the job summary. short: one line (status, title, summary) pointing to pr-report's report, which holds the full section; full: the whole section (for a gate used without pr-report); off: nothing.",
    group: 'Publishing'
  },
  {
    name: 'fragment-name',
    kind: 'string',
    only: 'action',
    pattern: /^[A-Za-z0-9._-]{1,100}$/,
    describe: 'letters, digits, . _ - (an artifact name)',
    description:
      'Name of the report fragment artifact pr-report reads. Empty = quality-gates-fragment-<gate>[-<name>].',
    group: 'Publishing'
  },
  ...GITHUB_SETTINGS,
  ...DISPATCH_SETTINGS,
  {
    name: 'json',
    kind: 'boolean',
    default: false,
    only: 'cli',
    description: 'print the machine-readable result instead of the table',
    group: 'Outputs'
  },
  {
    name: 'fragment-out',
    kind: 'string',
    only: 'cli',
    placeholder: '<file>',
    description: 'write the ReportFragment for pr-report (quality-gates report)',
    group: 'Outputs'
  },
  {
    name: 'summary-out',
    kind: 'string',
    only: 'cli',
    placeholder: '<file>',
    description: 'write the markdown section (what the action puts in the job summary)',
    group: 'Outputs'
  },
  {
    name: 'baseline',
    kind: 'string',
    only: 'cli',
    placeholder: '<file>',
    description: 'a baseline file to compare against (what the action keeps as an artifact per commit)',
    group: 'Baseline'
  },
  {
    name: 'baseline-out',
    kind: 'string',
    only: 'cli',
    placeholder: '<file>',
    description:
      'write this run as a baseline (carrying the --baseline trend forward), for a later --baseline: the same file the action keeps as an artifact',
    group: 'Baseline'
  },
  {
    name: 'baseline-store',
    kind: 'enum',
    values: ['auto', 'artifact', 'cache'],
    default: 'auto',
    only: 'action',
    description:
      'Where baselines are kept: artifact (workflow artifacts), cache (the Actions cache, for GitHub Enterprise Server, where artifacts v4 are not available) or auto (cache on GitHub Enterprise Server, artifact on github.com and GHE.com, from GITHUB_SERVER_URL).',
    group: 'Baseline'
  },
  {
    name: 'repo',
    kind: 'string',
    only: 'cli',
    placeholder: '<dir>',
    description:
      'repository root for paths and git (default: the git work tree around the current directory, else the current directory)',
    group: 'Inputs'
  }
] as const satisfies readonly Setting[]

export type GateSettings = typeof GATE_SETTINGS

/** The status context of a gate's result: `quality-gates/<gate>` or `quality-gates/<gate>/<name>`. */
export function gateContext(gate: string, name: string | undefined): string {
  return `quality-gates/${gate}${name ? `/${name}` : ''}`
}

/**
 * The baseline kind of a named result: `<kind>-<name>` when that is a valid kind (1-40 of a-z 0-9 -), else the
 * kind and a hash of the name. Unnamed results keep the plain kind (baselines saved before names existed).
 */
export function namedBaselineKind(kind: string, name: string | undefined): string {
  if (!name) return kind
  const plain = `${kind}-${name}`
  if (/^[a-z0-9][a-z0-9-]{0,39}$/.test(plain)) return plain
  return `${kind.slice(0, 27)}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`
}

function namedBaselines(store: BaselineStore, name: string | undefined): BaselineStore {
  if (!name) return store
  return {
    savesInAuto: store.savesInAuto,
    gatesWhenSaving: store.gatesWhenSaving,
    find: (kind, candidates, file) => store.find(namedBaselineKind(kind, name), candidates, file),
    save: (kind, sha, dir, file, retentionDays) =>
      store.save(namedBaselineKind(kind, name), sha, dir, file, retentionDays)
  }
}

/** The default artifact (and file) name of a gate's fragment. */
export function defaultFragmentName(gate: string, name: string | undefined): string {
  return `quality-gates-fragment-${gate}${name ? `-${name}` : ''}`
}

export interface GateSpec<T extends readonly Setting[], D> extends Pick<
  Declaration,
  'action' | 'command' | 'usage' | 'about' | 'workspaceUse'
> {
  /** The gate id: the `gate` of its fragments and the middle of its status context. */
  readonly id: string
  /** The gate's own settings; GATE_SETTINGS are added after them (but for one whose name a gate setting takes). */
  readonly settings: T
  /** Load, compare and render: everything but publishing. Never talks to GitHub except through the Host. */
  evaluate(settings: SettingsOf<readonly [...T, ...GateSettings]>, host: Host): Promise<GateResult<D>>
  readonly print: { json(data: D, write: (text: string) => void): void; human(data: D): string }
}

export type Gate<T extends readonly Setting[], D> = Declaration<
  readonly [...T, ...GateSettings],
  GateOutcome<D>
> & {
  readonly id: string
}

/** Declare a gate: its settings and evaluation; the runtime adds identity, publishing and the outcome. */
export function defineGate<const T extends readonly Setting[], D>(spec: GateSpec<T, D>): Gate<T, D> {
  // A gate's own setting may take over a common one's name or CLI flag (perf's --baseline takes result files).
  const own = new Set(spec.settings.flatMap(s => [s.name, ...(s.aliases ?? [])]))
  const settings = [...spec.settings, ...GATE_SETTINGS.filter(s => !own.has(s.name))] as unknown as readonly [
    ...T,
    ...GateSettings
  ]
  return {
    id: spec.id,
    action: spec.action,
    command: spec.command,
    usage: spec.usage,
    about: spec.about,
    ...(spec.workspaceUse ? { workspaceUse: spec.workspaceUse } : {}),
    settings,
    async run(values, host) {
      const all = values as unknown as Record<string, unknown>
      const name = (all.name as string | undefined) || undefined
      // What the gate logs as a warning, notice or error is an annotation too: publish counts it against
      // GitHub's per-step limits before it annotates the findings.
      const issued = { error: 0, warning: 0, notice: 0 }
      const gateHost: Host = {
        ...host,
        // Each named result keeps its own baselines: two coverage gates with different names never share one.
        ...(host.baselines ? { baselines: namedBaselines(host.baselines, name) } : {}),
        logger: {
          log: (level, message, where) => {
            if (level !== 'debug' && level !== 'info') issued[level]++
            host.logger.log(level, message, where)
          },
          group: (groupName, fn) => host.logger.group(groupName, fn)
        }
      }
      const result = await spec.evaluate(values, gateHost)
      const context = gateContext(spec.id, name)
      result.fragment.statusContext = context
      if (name) retitle(result.fragment, `${result.fragment.title} (${name})`)
      await publish(host, result, {
        fragmentName: (all['fragment-name'] as string | undefined) ?? defaultFragmentName(spec.id, name),
        status: all['commit-status'] !== false,
        // Both are action-only: the CLI (where they are absent) never annotates, and --summary-out gets the section.
        annotations: (all.annotations as AnnotationsMode | undefined) ?? 'off',
        summary: (all.summary as SummaryMode | undefined) ?? 'full',
        issued
      })
      return { ...(result.failure ? { failure: result.failure } : {}), result, context }
    },
    print: {
      json: (outcome, write) => spec.print.json(outcome.result.data, write),
      human: outcome => spec.print.human(outcome.result.data)
    }
  }
}
