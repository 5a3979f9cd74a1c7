/**
 * Rerun presets: how the failed cases of a JUnit report become a runner's own selection arguments.
 *
 * The first attempt runs the workflow author's command as given (through a shell when it is one string).
 * Every rerun runs WITHOUT a shell: `rerun base argv + selection argv`, where the base is the `rerun`
 * setting split into words by splitArgv (no expansion of any kind), or the preset's default below, and the
 * selection is built here from the failed cases. Test names, suite names and file paths come from reports
 * the code under test wrote, so they are untrusted: they only ever become whole argv entries or a
 * regex-escaped, anchored pattern inside one entry (`--opt=<pattern>`, never a bare entry that could be
 * read as an option); a file that does not stay inside the working directory is never passed.
 *
 * | preset | default rerun base | selection appended | what the reports must give |
 * |---|---|---|---|
 * | jest | `node_modules/.bin/jest` (else `jest`) | `--coverage=false`, `--runInBand` when it names ≤ 3 files, `--testNamePattern=^(?:<full names>)$` and, when every failed case has a file, `--runTestsByPath <files>` | jest-junit with its default name templates (name = describe titles and test title joined by spaces); `addFileAttribute` to narrow the files |
 * | vitest | `vitest run` | `--coverage.enabled=false`, `<files>` and `--testNamePattern=^(?:<full names>)$` | vitest's junit reporter (classname = file, name = titles joined by ` > `) |
 * | mocha | `mocha` | `<files>` and `--grep=^(?:<full titles>)$` | mocha's built-in xunit reporter (classname = parent's full title, name = title, file) |
 * | node-test | `node` on PATH (the project's, as the first command ran it) with `--test` | `--test-name-pattern=^(?:…)$` and `<files>` when known | `--test-reporter=junit` (suites = describe blocks); Node ≥ 22 matches the full name (ancestors joined by spaces); older Node only the test's own name, so both are in the pattern there |
 * | pytest | `python3 -m pytest` | one node id per case: `<file>::<Class>::<name>` | `--junitxml`; file from the `file` attribute (junit_family=xunit1) or from the dotted classname resolved to an existing `.py` file under the working directory |
 * | go | `gotestsum --junitfile <junit> --` (needs a single literal `junit` path) | `-run ^(?:A|B)$/^(?:sub)$` (one level per `/`, each name QuoteMeta-escaped) and the packages (classnames) | go-junit-report or gotestsum (classname = import path, name = TestX[/sub]) |
 * | playwright | `node_modules/.bin/playwright test` | `<files>` and `--grep=(?:^| )<titles>(?:$| @)` | the junit reporter (suite = file, name = titles joined by ` › `) |
 * | maven | `mvn` | `-Dtest=Class#m1+m2,Other#m3` and `-Dsurefire.failIfNoSpecifiedTests=false` | Surefire (classname = FQCN, name = method; a `[n]`/`(…)` suffix is cut, so all parameters of that method rerun) |
 * | gradle | `./gradlew test` when it exists, else `gradle test` | `--tests Class.method` per case | Gradle's JUnit XML (classname = FQCN, name = method, suffix cut as for maven) |
 * | custom | (the `rerun` setting is required) | a word exactly `{tests}` becomes one argv entry per case id, `{names}` one per test name, `{files}` one per distinct file | whatever the template's program reads |
 *
 * A rerun never collects coverage (jest, vitest: the flag comes after the base, so it overrides a
 * `--coverage` there or `collectCoverage` in the config): a few tests' coverage would OVERWRITE the full run's
 * report in the coverage directory, and a coverage threshold would fail a rerun whose tests all passed.
 *
 * A case that a preset cannot select exactly (no file where one is needed, a name cut by the reader, a
 * Java name that is not an identifier) is `unselectable`: it is not rerun and keeps its failed result.
 * Where a runner's filter can only over-select (jest matches -t case-insensitively; a Go pattern is one
 * alternation per level; maven/gradle rerun every parameter of a method), the extra tests that ran are
 * recorded as the runs they were.
 */
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { UserError } from '../shared/errors.js'
import { localBin, nodeMajor, splitArgv } from './command.js'
import type { JunitCase } from './model.js'

export const PRESETS = [
  'jest',
  'vitest',
  'mocha',
  'node-test',
  'pytest',
  'go',
  'playwright',
  'maven',
  'gradle',
  'custom'
] as const
export type PresetName = (typeof PRESETS)[number]

/** What a preset needs besides the cases. */
export interface SelectContext {
  cwd: string
  env: NodeJS.ProcessEnv
  /** The `junit` globs (the go preset's default base writes to the single literal one). */
  junit: readonly string[]
  /** The reader's name cap: a name longer than this was cut and cannot be selected. */
  maxNameChars: number
}

export interface Selection {
  /** The full rerun argv (base + selection). */
  argv: string[]
  /** Ids of the cases the selection asks for. */
  selected: string[]
  /** Cases left out, each with why. */
  unselectable: { id: string; reason: string }[]
}

export function isPresetName(s: string): s is PresetName {
  return (PRESETS as readonly string[]).includes(s)
}

/** Escape a string for a JavaScript RegExp (no `u` flag), as a literal, on one line. */
export function escapeJsRegex(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if ('\\^$.*+?()[]{}|/'.includes(ch)) out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) {
      out += c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16)}`
    } else out += ch
  }
  return out
}

/** Go's regexp.QuoteMeta: a backslash before each of `\.+*?()|[]{}^$`; control characters as `\x{…}`. */
export function quoteMetaGo(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if ('\\.+*?()|[]{}^$'.includes(ch)) out += `\\${ch}`
    else if (c < 0x20 || c === 0x7f) out += `\\x{${c.toString(16)}}`
    else out += ch
  }
  return out
}

/**
 * A test title as an exact pattern: escaped, with each space matching any whitespace, since a name read
 * from an XML attribute has had its newlines and tabs turned into spaces.
 */
export function titleRegex(s: string): string {
  return escapeJsRegex(s).replace(/ /g, '\\s')
}

/** `^(?:a|b)$` over already-escaped alternatives. */
function anchored(alts: readonly string[]): string {
  return `^(?:${[...new Set(alts)].join('|')})$`
}

/**
 * A file from a report, as a relative path that stays inside cwd (and exists), made safe as a positional
 * argument (`./` in front of one that starts with `-`); undefined otherwise.
 */
export function safeFile(file: string | undefined, cwd: string): string | undefined {
  if (file === undefined || file === '' || file.includes('\0')) return undefined
  const abs = resolve(cwd, file)
  const rel = relative(cwd, abs)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
  try {
    if (!statSync(abs).isFile()) return undefined
  } catch {
    return undefined
  }
  const posix = rel.split(sep).join('/')
  return posix.startsWith('-') ? `./${posix}` : posix
}

/** The default rerun base of a preset (see the table above). */
export function defaultRerunBase(preset: PresetName, ctx: SelectContext): string[] {
  switch (preset) {
    case 'jest':
      return [localBin(ctx.cwd, 'jest')]
    case 'vitest':
      return [localBin(ctx.cwd, 'vitest'), 'run']
    case 'mocha':
      return [localBin(ctx.cwd, 'mocha')]
    case 'node-test':
      // The project's Node (the first command's), never the action's own: their JUnit and matching differ.
      return ['node', '--test']
    case 'pytest':
      return ['python3', '-m', 'pytest']
    case 'go': {
      const lit =
        ctx.junit.length === 1 && !/[*?[\]{}()!]/.test(ctx.junit[0] as string) ? ctx.junit[0] : undefined
      if (lit === undefined) {
        throw new UserError(
          'preset go: set rerun (e.g. "gotestsum --junitfile report.xml --"): its default needs one literal junit path'
        )
      }
      return ['gotestsum', '--junitfile', lit, '--']
    }
    case 'playwright':
      return [localBin(ctx.cwd, 'playwright'), 'test']
    case 'maven':
      return ['mvn']
    case 'gradle':
      return existsSync(join(ctx.cwd, 'gradlew')) ? ['./gradlew', 'test'] : ['gradle', 'test']
    case 'custom':
      throw new UserError(
        'preset custom: set rerun, a command with a {tests} word (e.g. "./run-tests {tests}")'
      )
  }
}

/**
 * A jest rerun naming at most this many files runs in band (`--runInBand`): no worker pool, whose every
 * worker loads jest's runtime and the transformer again (measured in bench/flaky-retry.mjs' suite: about
 * 0.65 s of CPU per worker, against 0.1–0.15 s per file rerun in band). jest goes in band by itself only
 * when every file took under 1 s in its last run, which a loaded runner or a heavy file misses although a
 * rerun runs a few tests of each. Past a few files a pool's parallelism can win back its start-up on
 * wall time (break-even ≈ 0.65 s / (per-file rerun cost × (1 − 1/workers))), so the bound stays small.
 * In band, each file still gets its own module registry and environment: isolation is unchanged.
 */
export const JEST_IN_BAND_MAX_FILES = 3

const PLACEHOLDERS: ReadonlySet<string> = new Set(['{tests}', '{names}', '{files}'])

/** The rerun base argv: the `rerun` setting split without a shell, else the preset's default. */
export function rerunBase(
  preset: PresetName,
  rerun: string | readonly string[] | undefined,
  ctx: SelectContext
) {
  if (rerun === undefined || (typeof rerun === 'string' && rerun.trim() === '')) {
    return defaultRerunBase(preset, ctx)
  }
  const argv = typeof rerun === 'string' ? splitArgv(rerun) : [...rerun]
  if (argv.length === 0) throw new UserError('rerun: the command is empty')
  const holders = argv.filter(a => PLACEHOLDERS.has(a))
  if (preset === 'custom' && holders.length === 0) {
    throw new UserError('preset custom: rerun needs a word that is exactly {tests} (or {names} or {files})')
  }
  if (preset !== 'custom' && holders.length > 0) {
    throw new UserError(
      `preset ${preset}: rerun must not contain {tests}; the preset appends the selection itself`
    )
  }
  const partial = argv.find(a => !PLACEHOLDERS.has(a) && /\{(tests|names|files)\}/.test(a))
  if (partial !== undefined) {
    throw new UserError(
      `rerun: ${JSON.stringify(partial)} — {tests}, {names} and {files} must be whole words (each case becomes its own argument)`
    )
  }
  return argv
}

/** Build the rerun argv selecting exactly `cases` (see the table above). */
export function buildSelection(
  preset: PresetName,
  base: readonly string[],
  cases: readonly JunitCase[],
  ctx: SelectContext
): Selection {
  const unselectable: { id: string; reason: string }[] = []
  const usable: JunitCase[] = []
  for (const c of cases) {
    if (c.name.length > ctx.maxNameChars) unselectable.push({ id: c.id, reason: 'name too long to select' })
    else usable.push(c)
  }
  const out = (argv: string[], selected: JunitCase[], extra: { id: string; reason: string }[] = []) => ({
    argv,
    selected: selected.map(c => c.id),
    unselectable: [...unselectable, ...extra]
  })
  switch (preset) {
    case 'jest': {
      const names = usable.map(c => c.name.trim())
      const files = filesOf(usable, ctx.cwd)
      const args = ['--coverage=false']
      if (files !== undefined && files.length <= JEST_IN_BAND_MAX_FILES) args.push('--runInBand')
      args.push(`--testNamePattern=${anchored(names.map(titleRegex))}`)
      if (files !== undefined) args.push('--runTestsByPath', ...files)
      return out([...base, ...args], usable)
    }
    case 'vitest': {
      const files = filesOf(usable, ctx.cwd, c => c.classname)
      const pats = usable.map(c => titlesPattern(c.name.split(' > '), ' > '))
      return out(
        [...base, '--coverage.enabled=false', ...(files ?? []), `--testNamePattern=${anchored(pats)}`],
        usable
      )
    }
    case 'mocha': {
      const titles = usable.map(c => titleRegex(c.classname === '' ? c.name : `${c.classname} ${c.name}`))
      const files = filesOf(usable, ctx.cwd)
      return out([...base, ...(files ?? []), `--grep=${anchored(titles)}`], usable)
    }
    case 'node-test': {
      const major = nodeMajor(base[0] as string, ctx.env)
      const alts: string[] = []
      for (const c of usable) {
        alts.push(titleRegex([...c.suitePath.filter(s => s !== ''), c.name].join(' ')))
        if (major === undefined || major < 22) alts.push(titleRegex(c.name))
      }
      const files = filesOf(usable, ctx.cwd)
      return out([...base, `--test-name-pattern=${anchored(alts)}`, ...(files ?? [])], usable)
    }
    case 'pytest': {
      const ids: string[] = []
      const sel: JunitCase[] = []
      const bad: { id: string; reason: string }[] = []
      for (const c of usable) {
        const id = pytestNodeId(c, ctx.cwd)
        if (id === undefined) bad.push({ id: c.id, reason: 'no test file found for its classname' })
        else {
          ids.push(id)
          sel.push(c)
        }
      }
      return out([...base, ...ids], sel, bad)
    }
    case 'go': {
      const levels: string[][] = []
      const pkgs = new Set<string>()
      let allPkgs = true
      for (const c of usable) {
        c.name.split('/').forEach((part, i) => (levels[i] ??= []).push(quoteMetaGo(part)))
        if (/^[A-Za-z0-9_.~+/-]+$/.test(c.classname) && !c.classname.startsWith('-')) pkgs.add(c.classname)
        else allPkgs = false
      }
      const run = levels.map(l => anchored(l)).join('/')
      return out([...base, '-run', run, ...(allPkgs ? [...pkgs] : ['./...'])], usable)
    }
    case 'playwright': {
      const files = filesOf(usable, ctx.cwd, c => c.suitePath[c.suitePath.length - 1] ?? c.classname)
      const pats = usable.map(c => titlesPattern(c.name.split(' › '), ' › '))
      return out(
        [...base, ...(files ?? []), `--grep=(?:^| )(?:${[...new Set(pats)].join('|')})(?:$| @)`],
        usable
      )
    }
    case 'maven':
    case 'gradle': {
      const byClass = new Map<string, Set<string>>()
      const sel: JunitCase[] = []
      const bad: { id: string; reason: string }[] = []
      for (const c of usable) {
        const method = javaMethod(c.name)
        if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(c.classname) || method === undefined) {
          bad.push({ id: c.id, reason: 'class or method is not a Java identifier' })
          continue
        }
        sel.push(c)
        let set = byClass.get(c.classname)
        if (set === undefined) byClass.set(c.classname, (set = new Set()))
        set.add(method)
      }
      if (preset === 'maven') {
        const spec = [...byClass].map(([k, ms]) => `${k}#${[...ms].join('+')}`).join(',')
        return out([...base, `-Dtest=${spec}`, '-Dsurefire.failIfNoSpecifiedTests=false'], sel, bad)
      }
      const args: string[] = []
      for (const [k, ms] of byClass) for (const m of ms) args.push('--tests', `${k}.${m}`)
      return out([...base, ...args], sel, bad)
    }
    case 'custom': {
      const argv: string[] = []
      for (const a of base) {
        if (a === '{tests}') argv.push(...usable.map(c => c.id))
        else if (a === '{names}') argv.push(...usable.map(c => c.name))
        else if (a === '{files}') argv.push(...new Set(usable.map(c => c.file ?? '').filter(f => f !== '')))
        else argv.push(a)
      }
      return out(argv, usable)
    }
  }
}

/** Titles from a joined name, matched whether the runner joins them with a space or with `sep`. */
function titlesPattern(parts: readonly string[], joiner: string): string {
  return parts.map(p => titleRegex(p.trim())).join(`(?:\\s|${escapeJsRegex(joiner)})`)
}

/** The distinct safe files of the cases, or undefined when one of them has none (then no narrowing). */
function filesOf(
  cases: readonly JunitCase[],
  cwd: string,
  pick: (c: JunitCase) => string | undefined = c => c.file
): string[] | undefined {
  const files = new Set<string>()
  for (const c of cases) {
    const f = safeFile(pick(c) ?? c.file, cwd)
    if (f === undefined) return undefined
    files.add(f)
  }
  return files.size === 0 ? undefined : [...files]
}

/** A Java method name from a testcase name: `m`, `m()`, `m(int)[2]`, `m[2]` → `m`; else undefined. */
function javaMethod(name: string): string | undefined {
  const m = /^([A-Za-z_$][\w$]*)(?:\([^()]{0,2000}\))?(?:\[[^\]]{0,2000}\])?$/.exec(name)
  return m?.[1]
}

const PY_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * A pytest node id `<file>::<Class>::…::<name>`. The file is the case's `file` attribute when it is a safe
 * `.py` file; else the longest dotted prefix of the classname that names an existing `.py` file under cwd
 * (each part a Python identifier, so the path cannot leave cwd); the rest of the classname are classes.
 */
export function pytestNodeId(c: JunitCase, cwd: string): string | undefined {
  const parts = c.classname.split('.')
  if (c.classname === '' || !parts.every(p => PY_IDENT.test(p))) return undefined
  let file = c.file !== undefined && c.file.endsWith('.py') ? safeFile(c.file, cwd) : undefined
  let classes: string[] | undefined
  if (file !== undefined) {
    // The module is the classname's prefix whose last part is the file's stem; the rest are classes.
    const stem = (file.split('/').pop() as string).slice(0, -3)
    const at = parts.lastIndexOf(stem)
    classes = at >= 0 ? parts.slice(at + 1) : []
  } else {
    for (let n = parts.length; n >= 1 && file === undefined; n--) {
      const f = safeFile(`${parts.slice(0, n).join('/')}.py`, cwd)
      if (f !== undefined) {
        file = f
        classes = parts.slice(n)
      }
    }
  }
  if (file === undefined || classes === undefined || c.name === '') return undefined
  return [file, ...classes, c.name].join('::')
}

/** Program names (a path's last part, without `.js`/`.cjs`/`.mjs`) that tell which runner a command starts. */
const PROGRAMS: readonly [PresetName, readonly string[]][] = [
  ['playwright', ['playwright']],
  ['vitest', ['vitest']],
  ['jest', ['jest']],
  ['mocha', ['mocha', '_mocha']],
  ['pytest', ['pytest', 'py.test']],
  ['go', ['gotestsum']],
  ['maven', ['mvn', 'mvnw']],
  ['gradle', ['gradle', 'gradlew']]
]

/**
 * The preset a test command most likely needs, from the programs it names (`npx jest --ci`,
 * `python3 -m pytest`, `node --test`, `go test ./...`, `./mvnw verify`); undefined when it names none or
 * several runners (`npm test` says nothing: then the preset must be set). Linear in the command.
 */
export function detectPreset(command: string): PresetName | undefined {
  const words = command
    .slice(0, 10_000)
    .split(/[\s;&|()<>'"`]+/)
    .filter(w => w !== '')
  const found = new Set<PresetName>()
  let node = false
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string
    const program = (w.split('/').pop() as string).replace(/\.(?:c|m)?js$/, '')
    for (const [preset, names] of PROGRAMS) if (names.includes(program)) found.add(preset)
    if (program === 'go' && words[i + 1] === 'test') found.add('go')
    if (program === 'node' || program === 'nodejs') node = true
    if (node && (w === '--test' || w.startsWith('--test='))) found.add('node-test')
  }
  return found.size === 1 ? [...found][0] : undefined
}
