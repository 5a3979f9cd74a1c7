import { UserError } from '../shared/errors.js'
import type { Declaration, Outcome } from '../shared/gate.js'
import type { Setting } from '../shared/settings.js'
import type { CommandMain } from './io.js'

export interface Command {
  /** One line for `quality-gates --help`. */
  summary: string
  main: CommandMain
}

/**
 * A sub-command whose declaration is imported only when it runs: `quality-gates coverage` never loads
 * pr-report's composer and sanitiser, nor `report` the coverage parsers (each is its own chunk of the bundle).
 * The flag parser and the local Host (command.ts) are loaded the same way, after the declaration (whose chunks
 * they mostly share; and jest's module loader fails on two dynamic imports of one graph at once): `--version`
 * and `--help` parse none of them.
 */
function lazy<R extends Outcome>(load: () => Promise<Declaration<readonly Setting[], R>>): CommandMain {
  return async (argv, io) => {
    const declaration = await load()
    const { commandFor } = await import('./command.js')
    return commandFor(declaration)(argv, io)
  }
}

/**
 * Words after `flaky` that name a task of the one flaky declaration: each is the same gate with these
 * flags put in front (`run` adds none, but needs --command). `quality-gates flaky --junit …` is unchanged.
 */
const FLAKY_WORDS: Record<string, { args: string[]; needs?: string }> = {
  run: { args: [], needs: 'command' },
  maintain: { args: ['--task', 'maintain'] },
  bisect: { args: ['--task', 'bisect'] }
}

function flakyMain(gate: CommandMain): CommandMain {
  return async (argv, io) => {
    const [word, ...rest] = argv
    if (word === undefined || !Object.hasOwn(FLAKY_WORDS, word)) return gate(argv, io)
    const { args, needs } = FLAKY_WORDS[word] as { args: string[]; needs?: string }
    const help = rest.some(a => a === '--help' || a === '-h')
    if (needs !== undefined && !help && !rest.some(a => a === `--${needs}` || a.startsWith(`--${needs}=`)))
      throw new UserError(`flaky ${word}: --${needs} is required (see quality-gates flaky --help)`)
    return gate([...args, ...rest], io)
  }
}

/** Every sub-command, in the order --help lists them. */
export const commands: Record<string, Command> = {
  coverage: {
    summary: 'project and patch coverage of a change, gated (lcov, istanbul, Cobertura, JaCoCo, Clover, Go)',
    main: lazy(async () => (await import('../coverage/gate.js')).coverageGate)
  },
  flaky: {
    summary:
      'failed, flaky and quarantined tests from JUnit reports, gated; flake history and quarantine proposals',
    main: flakyMain(lazy(async () => (await import('../flaky/gate.js')).flakyGate))
  },
  perf: {
    summary:
      'p95 per endpoint of load-test runs vs the base side, gated (k6, autocannon, hyperfine, go bench, …)',
    main: lazy(async () => (await import('../perf/gate.js')).perfGate)
  },
  visual: {
    summary: 'screenshots vs the base side, image by image (pixelmatch), gated; or captured from a Storybook',
    main: lazy(async () => (await import('../visual/gate.js')).visualGate)
  },
  report: {
    summary: 'compose the pr-report comment and job summary from gate fragments',
    main: lazy(async () => (await import('../pr-report/report.js')).prReport)
  }
}
