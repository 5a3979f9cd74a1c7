import type { Declaration, Outcome } from '../shared/gate.js'
import type { Setting } from '../shared/settings.js'
import { commandFor } from './command.js'
import type { CommandMain } from './io.js'

export interface Command {
  /** One line for `quality-gates --help`. */
  summary: string
  main: CommandMain
}

/**
 * A sub-command whose declaration is imported only when it runs: `quality-gates coverage` never loads
 * pr-report's composer and sanitiser, nor `report` the coverage parsers (each is its own chunk of the bundle).
 */
function lazy<R extends Outcome>(load: () => Promise<Declaration<readonly Setting[], R>>): CommandMain {
  return async (argv, io) => commandFor(await load())(argv, io)
}

/** `quality-gates flaky maintain …` is `quality-gates flaky --task maintain …`: a first word names the task. */
function taskWords(words: Record<string, string>, main: CommandMain): CommandMain {
  return async (argv, io) => {
    const word = argv[0]
    const task = word !== undefined && Object.hasOwn(words, word) ? words[word] : undefined
    return main(task !== undefined ? ['--task', task, ...argv.slice(1)] : argv, io)
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
    main: taskWords(
      { maintain: 'maintain', bisect: 'bisect' },
      lazy(async () => (await import('../flaky/gate.js')).flakyGate)
    )
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
