/**
 * Local git, hardened against user configuration, and a linear-time parser for `-U0` unified diffs.
 *
 * Patch coverage is computed in the coordinates of the commit that was tested: for a `refs/pull/N/merge`
 * checkout (HEAD = M with parents B and H) that is `git diff M^1 M`; otherwise `merge-base(base, HEAD)..HEAD`.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { lstat, readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { UserError } from './errors.js'

/** Config overrides that make output independent of the user's git config. */
const HARDENING = [
  '-c',
  'core.quotepath=off',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicprefix=false',
  '-c',
  'diff.external=',
  '-c',
  'core.autocrlf=false',
  '-c',
  'color.ui=false',
  '-c',
  'diff.relative=false',
  '-c',
  'diff.interHunkContext=0',
  '-c',
  'core.fsmonitor=false'
]

export interface Git {
  cwd: string
  /** Run `git <args>` (hardened, no shell) and return stdout. Failures are UserErrors naming the command. */
  run(args: string[], opts?: { maxBuffer?: number }): Promise<string>
}

interface ExecFailure extends Error {
  code?: string | number
  stderr?: string
}

/** A one-line description of why git failed, as a UserError. */
function gitError(cwd: string, args: string[], err: ExecFailure): UserError {
  if (err.code === 'ENOENT') {
    if (!existsSync(cwd)) return new UserError(`Directory ${cwd} does not exist (expected a git checkout)`)
    return new UserError('git was not found on PATH; install git to compute changed lines')
  }
  if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new UserError(`git ${args[0] ?? ''} output is too large (over the buffer limit) in ${cwd}`)
  }
  const stderr = (err.stderr ?? '').trim()
  if (/not a git repository/i.test(stderr)) return new UserError(`${cwd} is not a git repository`)
  if (/dubious ownership/i.test(stderr)) {
    return new UserError(
      `git refuses to read ${cwd} (owned by another user); run: git config --global --add safe.directory ${cwd}`
    )
  }
  const first = stderr.split('\n').find(l => l.trim() !== '') ?? err.message
  return new UserError(`git ${args.filter(a => !a.startsWith('--')).join(' ')} failed in ${cwd}: ${first}`)
}

/**
 * Variables git may see from ours: what finds programs, homes, temp dirs and git's own configuration. Nothing
 * else: a `git` put earlier on PATH by a workflow step ($GITHUB_PATH) must never see INPUT_GITHUB-TOKEN,
 * ACTIONS_RUNTIME_TOKEN or any other secret of this process.
 */
const GIT_ENV_NAMES = new Set([
  'PATH',
  'HOME',
  'USERPROFILE',
  'TMPDIR',
  'TMP',
  'TEMP',
  'SYSTEMROOT',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'XDG_CONFIG_HOME',
  'GIT_CEILING_DIRECTORIES'
])
const GIT_ENV_PREFIXES = ['GIT_CONFIG_', 'GIT_AUTHOR_', 'GIT_COMMITTER_']

/** The environment for git: the allow-listed variables, no prompts or locks, C locale. */
export function gitEnv(from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(from)) {
    const upper = name.toUpperCase()
    if (GIT_ENV_NAMES.has(upper) || GIT_ENV_PREFIXES.some(p => upper.startsWith(p))) env[name] = value
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
}

/** `gitPath` overrides the executable (default `git` from PATH). */
export function createGit(cwd: string, options: { gitPath?: string } = {}): Git {
  const bin = options.gitPath ?? 'git'
  return {
    cwd,
    run(args, opts) {
      return new Promise((resolve, reject) => {
        execFile(
          bin,
          [...HARDENING, ...args],
          {
            cwd,
            maxBuffer: opts?.maxBuffer ?? 256 * 1024 * 1024,
            encoding: 'utf8',
            windowsHide: true,
            env: gitEnv()
          },
          (error, stdout, stderr) => {
            if (error) {
              const e = error as ExecFailure
              e.stderr = typeof stderr === 'string' ? stderr : ''
              reject(gitError(cwd, args, e))
            } else resolve(stdout)
          }
        )
      })
    }
  }
}

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/

/** Resolve a revision to its full commit sha; an unknown revision is a UserError naming it. */
export async function revParse(git: Git, rev: string): Promise<string> {
  if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) {
    throw new UserError(`Invalid git revision "${rev}"`)
  }
  let out: string
  try {
    out = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
  } catch (e) {
    if (e instanceof UserError && /not a git repository|not found on PATH/.test(e.message)) throw e
    throw new UserError(
      `Unknown git revision "${rev}" in ${git.cwd} (is it fetched? a shallow clone may need fetch-depth: 0 or a git fetch of that commit)`
    )
  }
  const sha = out.trim()
  if (!SHA_RE.test(sha)) throw new UserError(`Unknown git revision "${rev}" in ${git.cwd}`)
  return sha
}

/** The best common ancestor of two revisions; a UserError when there is none (unrelated or shallow history). */
export async function mergeBase(git: Git, a: string, b: string): Promise<string> {
  const [sa, sb] = await Promise.all([revParse(git, a), revParse(git, b)])
  let out: string
  try {
    out = await git.run(['merge-base', sa, sb])
  } catch {
    throw new UserError(
      `No merge base between "${a}" and "${b}" in ${git.cwd} (unrelated histories or a shallow clone; fetch more history)`
    )
  }
  const sha = out.trim().split('\n')[0] ?? ''
  if (!SHA_RE.test(sha)) throw new UserError(`No merge base between "${a}" and "${b}" in ${git.cwd}`)
  return sha
}

/** `[sha, sha^1, sha^1^1, …]`, at most `limit` commits (fewer at the root or the shallow boundary). */
export async function firstParentAncestors(git: Git, sha: string, limit: number): Promise<string[]> {
  const n = Math.max(0, Math.floor(limit))
  if (n === 0) return []
  const full = await revParse(git, sha)
  const out = await git.run(['rev-list', '--first-parent', `--max-count=${n}`, full])
  return out.split('\n').filter(l => SHA_RE.test(l))
}

/** Parents of a commit (empty for a root commit). */
async function parents(git: Git, sha: string): Promise<string[]> {
  const out = await git.run(['rev-list', '--parents', '-n', '1', sha])
  return out.trim().split(/\s+/).slice(1)
}

/**
 * The base to diff HEAD against so changed lines are in the tested commit's coordinates.
 * - `base` given explicitly (an input, or HEAD^1 for a push): used as is → 'given'.
 * - HEAD is a merge commit whose second parent is the PR head `headSha` (a `refs/pull/N/merge` checkout):
 *   HEAD^1 → 'merge-ref-first-parent' (needs fetch-depth ≥ 2).
 * - else with `baseSha` (the PR base from the event): merge-base(baseSha, HEAD) → 'merge-base'.
 * - else a UserError asks for a base.
 */
export async function testedCommitBase(
  git: Git,
  opts: { headSha?: string; baseSha?: string; base?: string }
): Promise<{ base: string; how: 'merge-ref-first-parent' | 'merge-base' | 'given' }> {
  if (opts.base !== undefined && opts.base !== '')
    return { base: await revParse(git, opts.base), how: 'given' }
  const head = await revParse(git, 'HEAD')
  if (opts.headSha !== undefined && opts.headSha !== '') {
    const ps = await parents(git, head)
    if (ps.length === 2) {
      const prHead = opts.headSha.toLowerCase()
      const second = ps[1] as string
      if (second === prHead || (prHead.length >= 7 && second.startsWith(prHead))) {
        return { base: ps[0] as string, how: 'merge-ref-first-parent' }
      }
    }
  }
  if (opts.baseSha !== undefined && opts.baseSha !== '') {
    const base = await revParse(git, opts.baseSha)
    return { base: await mergeBase(git, base, head), how: 'merge-base' }
  }
  throw new UserError(
    'Cannot tell which commit to diff against: give a base revision (the pull request base sha, or the "base" input)'
  )
}

export interface ChangedFile {
  path: string
  oldPath?: string
  status: 'added' | 'modified' | 'renamed' | 'copied'
  /** Sorted, unique, 1-based line numbers in the NEW file. */
  added: number[]
  /** Number of deleted lines (informational; deleted lines never count toward patch coverage). */
  deleted: number
  binary: boolean
}

/** The hardened diff flags (exported so tests and docs show the exact command). */
export const DIFF_FLAGS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '-U0',
  '--find-renames=50%',
  '--diff-filter=AMR',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--ignore-submodules',
  '--no-relative',
  '--inter-hunk-context=0'
]

/** Changed lines between `base` and `head` (a commit; the work tree is not used), in `head`'s coordinates. */
export async function diffChangedLines(git: Git, base: string, head = 'HEAD'): Promise<ChangedFile[]> {
  const [b, h] = await Promise.all([revParse(git, base), revParse(git, head)])
  const text = await git.run(['diff', ...DIFF_FLAGS, b, h, '--'])
  return parseUnifiedDiff(text, `git diff ${b.slice(0, 12)} ${h.slice(0, 12)}`)
}

/**
 * Changed lines from `base` to the WORK TREE, in the work tree's coordinates: committed, staged and unstaged
 * changes of tracked files (and files added to the index), as `git diff <base>` with no second revision shows
 * them. That is what diff-cover measures before a push. Untracked files are not included (see
 * `untrackedChangedLines`).
 */
export async function diffWorkTreeLines(git: Git, base: string): Promise<ChangedFile[]> {
  const b = await revParse(git, base)
  const text = await git.run(['diff', ...DIFF_FLAGS, b, '--'])
  return parseUnifiedDiff(text, `git diff ${b.slice(0, 12)} (work tree)`)
}

/** Limits on reading untracked files as added ones. */
export interface UntrackedLimits {
  /** Largest file read (bytes); a larger one is skipped and named. */
  maxFileBytes: number
  /** Most files read; the rest are skipped and counted. */
  maxFiles: number
  /** Most bytes read over all files; the rest are skipped and counted. */
  maxTotalBytes: number
}

export const UNTRACKED_LIMITS: UntrackedLimits = {
  maxFileBytes: 1024 * 1024,
  maxFiles: 1000,
  maxTotalBytes: 16 * 1024 * 1024
}

/** How far into a file git looks for a NUL byte to call it binary (git's own heuristic and window). */
const BINARY_SNIFF_BYTES = 8000

export interface UntrackedSkip {
  path: string
  why: string
}

export interface UntrackedChanges {
  /** Untracked text files, every line added (status 'added'). */
  files: ChangedFile[]
  /** Files left out, each with why (binary, too large, not a regular file, unreadable, over the limits). */
  skipped: UntrackedSkip[]
}

/** Number of lines of a text buffer as git counts them (a last line without a newline counts). */
export function countLines(buf: Buffer): number {
  let n = 0
  let at = buf.indexOf(0x0a)
  while (at >= 0) {
    n++
    at = buf.indexOf(0x0a, at + 1)
  }
  return buf.length > 0 && buf[buf.length - 1] !== 0x0a ? n + 1 : n
}

/**
 * Untracked files that git does not ignore (`git ls-files --others --exclude-standard`), each as an added file
 * whose every line is added, paths relative to the repository's top level like the diff's. Bounded: binary files
 * (a NUL byte in the first 8000 bytes, as git decides), symlinks and other non-regular files, files over
 * `maxFileBytes`, and everything past `maxFiles` / `maxTotalBytes` are skipped and returned with the reason.
 */
export async function untrackedChangedLines(
  git: Git,
  limits: UntrackedLimits = UNTRACKED_LIMITS
): Promise<UntrackedChanges> {
  const top = (await git.run(['rev-parse', '--show-toplevel'])).trim()
  const out = await git.run(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ':/'])
  const paths = out.split('\0').filter(p => p !== '')
  paths.sort()
  const files: ChangedFile[] = []
  const skipped: UntrackedSkip[] = []
  let bytes = 0
  for (const path of paths) {
    const abs = join(top, path)
    const rel = relative(top, abs)
    // git lists paths inside the tree; anything else is never read.
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      skipped.push({ path, why: 'outside the repository' })
      continue
    }
    if (files.length >= limits.maxFiles) {
      skipped.push({ path, why: `over the limit of ${limits.maxFiles} untracked files` })
      continue
    }
    const st = await lstat(abs).catch(() => undefined)
    if (!st) {
      skipped.push({ path, why: 'unreadable' })
      continue
    }
    if (!st.isFile()) {
      skipped.push({ path, why: st.isSymbolicLink() ? 'a symlink' : 'not a regular file' })
      continue
    }
    if (st.size > limits.maxFileBytes) {
      skipped.push({ path, why: `larger than ${formatBytes(limits.maxFileBytes)}` })
      continue
    }
    if (bytes + st.size > limits.maxTotalBytes) {
      skipped.push({ path, why: `over the limit of ${formatBytes(limits.maxTotalBytes)} of untracked files` })
      continue
    }
    const buf = await readFile(abs).catch(() => undefined)
    // Re-checked on the bytes read: the file may have grown since lstat.
    if (!buf || buf.length > limits.maxFileBytes) {
      skipped.push({ path, why: buf ? `larger than ${formatBytes(limits.maxFileBytes)}` : 'unreadable' })
      continue
    }
    bytes += buf.length
    if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped.push({ path, why: 'binary' })
      continue
    }
    const n = countLines(buf)
    files.push({
      path,
      status: 'added',
      added: Array.from({ length: n }, (_, i) => i + 1),
      deleted: 0,
      binary: false
    })
  }
  return { files, skipped }
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0
    ? `${n / (1024 * 1024)} MiB`
    : n % 1024 === 0
      ? `${n / 1024} KiB`
      : `${n} bytes`
}

/** Where the remote default branch may be, in the order tried. */
export const REMOTE_DEFAULT_REFS = ['origin/HEAD', 'origin/main', 'origin/master'] as const

/**
 * The remote default branch to diff against when none is given: `origin/HEAD` when it resolves (with the
 * branch it points to, for messages), else `origin/main`, else `origin/master`; undefined when none resolves.
 * Refs are read fully qualified (`refs/remotes/…`), so a local branch named `origin/main` is never taken.
 */
export async function remoteDefaultBranch(
  git: Git
): Promise<{ ref: (typeof REMOTE_DEFAULT_REFS)[number]; pointsTo?: string; sha: string } | undefined> {
  for (const ref of REMOTE_DEFAULT_REFS) {
    const full = `refs/remotes/${ref}`
    const out = await git
      .run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${full}^{commit}`])
      .catch((e: unknown) => {
        if (e instanceof UserError && /not a git repository|not found on PATH|does not exist/.test(e.message))
          throw e
        return ''
      })
    const sha = out.trim()
    if (!SHA_RE.test(sha)) continue
    if (ref !== 'origin/HEAD') return { ref, sha }
    const target = (await git.run(['symbolic-ref', '--quiet', full]).catch(() => '')).trim()
    const pointsTo = target.startsWith('refs/remotes/') ? target.slice('refs/remotes/'.length) : undefined
    return { ref, sha, ...(pointsTo ? { pointsTo } : {}) }
  }
  return undefined
}

/** Decode a C-quoted git path (`"a/t\303\251st \"q\".c"`) into a string; unquoted paths come back as is. */
export function unquoteGitPath(s: string): string {
  if (!s.startsWith('"')) return s
  const bytes: number[] = []
  const end = s.endsWith('"') && s.length >= 2 ? s.length - 1 : s.length
  for (let i = 1; i < end; i++) {
    const c = s.charCodeAt(i)
    if (c !== 0x5c) {
      // Keep non-ASCII characters (already decoded text) as their UTF-8 bytes.
      const ch = String.fromCodePoint(s.codePointAt(i) as number)
      for (const byte of Buffer.from(ch, 'utf8')) bytes.push(byte)
      i += ch.length - 1
      continue
    }
    const n = s[++i]
    switch (n) {
      case 'a':
        bytes.push(7)
        break
      case 'b':
        bytes.push(8)
        break
      case 't':
        bytes.push(9)
        break
      case 'n':
        bytes.push(10)
        break
      case 'v':
        bytes.push(11)
        break
      case 'f':
        bytes.push(12)
        break
      case 'r':
        bytes.push(13)
        break
      case '"':
      case '\\':
        bytes.push(n.charCodeAt(0))
        break
      default:
        if (n !== undefined && /[0-7]/.test(n)) {
          const oct = s.slice(i, i + 3)
          if (/^[0-7]{3}$/.test(oct)) {
            bytes.push(parseInt(oct, 8) & 0xff)
            i += 2
            break
          }
        }
        if (n !== undefined) bytes.push(0x5c, ...Buffer.from(n, 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Strip the `a/` or `b/` prefix of a diff path (after unquoting). `/dev/null` stays as is. */
function stripPrefix(p: string): string {
  if (p === '/dev/null') return p
  return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p
}

/** The path token at the start of `s` (quoted or up to a tab / end), unquoted and unprefixed. */
function pathToken(s: string): string {
  let t = s
  if (t.startsWith('"')) {
    // Find the closing quote that is not escaped.
    let i = 1
    while (i < t.length && t[i] !== '"') i += t[i] === '\\' ? 2 : 1
    t = t.slice(0, i + 1)
  } else {
    const tab = t.indexOf('\t')
    if (tab >= 0) t = t.slice(0, tab)
  }
  return stripPrefix(unquoteGitPath(t))
}

/** Paths from `diff --git a/x b/y` when no ---/+++ lines follow (binary, mode-only, pure rename). */
function headerPaths(rest: string): { a?: string; b?: string } {
  if (rest.startsWith('"')) {
    let i = 1
    while (i < rest.length && rest[i] !== '"') i += rest[i] === '\\' ? 2 : 1
    const a = rest.slice(0, i + 1)
    const b = rest.slice(i + 2)
    return { a: stripPrefix(unquoteGitPath(a)), b: stripPrefix(unquoteGitPath(b)) }
  }
  // Unquoted: "a/<p> b/<q>". When both names are equal the split is unambiguous at the middle.
  const half = (rest.length - 1) / 2
  if (Number.isInteger(half) && rest[half] === ' ') {
    const a = rest.slice(0, half)
    const b = rest.slice(half + 1)
    if (a.slice(2) === b.slice(2)) return { a: stripPrefix(a), b: stripPrefix(b) }
  }
  const idx = rest.indexOf(' b/')
  if (idx >= 0) return { a: stripPrefix(rest.slice(0, idx)), b: stripPrefix(rest.slice(idx + 1)) }
  return {}
}

interface Building {
  path?: string
  oldPath?: string
  headerA?: string
  headerB?: string
  status: ChangedFile['status'] | 'deleted'
  added: number[]
  deleted: number
  binary: boolean
  sorted: boolean
  submodule?: boolean
}

/** Largest start or count accepted in a hunk header (no file has more lines). */
const MAX_HUNK_NUMBER = 2147483647

/**
 * Parse `git diff` output (any context size; `-U0` expected) into changed files with the added line numbers
 * of the new side. Deleted files are left out. Linear in the input size. Accepts CRLF diff files.
 *
 * Hunk bodies must match their headers exactly: a hunk with more `+`, `-` or context lines than its
 * `@@ -a,b +c,d @@` counts, one with fewer (a truncated diff), a content line outside any hunk, an
 * unreadable `@@` header or a combined (merge) diff is a one-line UserError naming `source`, the file and
 * the hunk, never a patch read short. Text before the first file (a commit message), `From `/`commit `
 * lines and a format-patch signature (`-- `) end the current file and are skipped.
 */
export function parseUnifiedDiff(text: string, source = 'diff'): ChangedFile[] {
  const files: ChangedFile[] = []
  let cur: Building | undefined
  let newLine = 0 // next line number on the new side inside a hunk
  let oldLeft = 0
  let newLeft = 0
  let inHunk = false
  /** The current (or last) hunk's `@@ … @@` header and its line in the diff, for messages. */
  let hunk = ''
  let hunkAt = 0
  let lineNo = 0
  /** The previous line was a `--- ` file header outside a hunk (a `+++ ` line must follow). */
  let afterMinus = false

  const malformed = (what: string): never => {
    const file = cur?.path ?? cur?.headerB ?? cur?.oldPath ?? cur?.headerA
    const where = hunk === '' ? `line ${lineNo}` : `hunk "${hunk}" (line ${hunkAt})`
    throw new UserError(
      `${source}: malformed diff: ${file === undefined ? '' : `${file}: `}${where} ${what}; refusing to measure patch coverage from it`
    )
  }

  const finish = (): void => {
    if (!cur) return
    const path = cur.path ?? cur.headerB
    // A header cut right after its prefix (`+++ b/`, `rename to `) names no file: never a file called "".
    if (path === '' && cur.status !== 'deleted')
      malformed('names a file with an empty path (truncated header?)')
    if (cur.status !== 'deleted' && !cur.submodule && path !== undefined && path !== '/dev/null') {
      let added = cur.added
      if (!cur.sorted) {
        added = [...new Set(added)].sort((x, y) => x - y)
      }
      const f: ChangedFile = { path, status: cur.status, added, deleted: cur.deleted, binary: cur.binary }
      const old = cur.oldPath ?? cur.headerA
      if ((cur.status === 'renamed' || cur.status === 'copied') && old !== undefined) f.oldPath = old
      files.push(f)
    }
    cur = undefined
    inHunk = false
  }

  const missing = (): string =>
    `ends ${Math.max(oldLeft, newLeft)} line(s) short of what its header counts (${oldLeft} old and ${newLeft} new line(s) missing; truncated diff?)`

  const len = text.length
  let pos = 0
  while (pos < len) {
    let nl = text.indexOf('\n', pos)
    if (nl < 0) nl = len
    let line = text.slice(pos, nl)
    pos = nl + 1
    lineNo++
    const c = line.charCodeAt(0)
    if (inHunk) {
      if (c === 0x2b /* + */) {
        // CRLF content lines keep their \r; it does not matter for the count.
        if (newLeft === 0) malformed('has more added lines than its header counts')
        const a = (cur as Building).added
        if (a.length > 0 && (a[a.length - 1] as number) >= newLine) (cur as Building).sorted = false
        a.push(newLine)
        newLine++
        newLeft--
      } else if (c === 0x2d /* - */) {
        if (oldLeft === 0) malformed('has more deleted lines than its header counts')
        ;(cur as Building).deleted++
        oldLeft--
      } else if (c === 0x20 /* context */ || line === '' || line === '\r') {
        // (An empty line: a context line whose trailing space was stripped.)
        if (oldLeft === 0 || newLeft === 0) malformed('has more context lines than its header counts')
        oldLeft--
        newLeft--
        newLine++
      } else if (c === 0x5c /* \ No newline at end of file */) {
        continue
      } else {
        malformed(missing())
      }
      if (oldLeft === 0 && newLeft === 0) inHunk = false
      continue
    }
    if (line.endsWith('\r')) line = line.slice(0, -1)
    const fileHeader = afterMinus && line.startsWith('+++ ')
    if (afterMinus && !fileHeader)
      malformed('has a "--- " line not followed by "+++ " (a deleted line beyond its count?)')
    afterMinus = false
    if (
      cur !== undefined &&
      !fileHeader &&
      (c === 0x2b || c === 0x20 || (c === 0x2d && !line.startsWith('--- ')))
    ) {
      if (line === '-- ' || line === '--') {
        // format-patch signature: the diff is over.
        finish()
        continue
      }
      malformed(
        hunk === ''
          ? 'is a content line outside any hunk'
          : 'is followed by more lines than its header counts'
      )
    }
    if (line.startsWith('From ') || line.startsWith('commit ')) {
      // The next message of an mbox or `git log -p`: the current file is over.
      finish()
      continue
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      throw new UserError(
        `${source}: a combined diff (of a merge commit) cannot be measured; diff against one parent instead`
      )
    }
    if (line.startsWith('diff --git ')) {
      finish()
      hunk = ''
      const hp = headerPaths(line.slice(11))
      cur = {
        status: 'modified',
        added: [],
        deleted: 0,
        binary: false,
        sorted: true,
        ...(hp.a !== undefined ? { headerA: hp.a } : {}),
        ...(hp.b !== undefined ? { headerB: hp.b } : {})
      }
      continue
    }
    if (line.startsWith('@@')) {
      if (!cur) cur = { status: 'modified', added: [], deleted: 0, binary: false, sorted: true }
      hunk = line.slice(0, 80)
      hunkAt = lineNo
      const m = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/.exec(line)
      if (!m) malformed('is not a "@@ -a,b +c,d @@" hunk header')
      const mm = m as RegExpExecArray
      hunk = mm[0]
      oldLeft = mm[2] === undefined ? 1 : Number(mm[2])
      newLeft = mm[4] === undefined ? 1 : Number(mm[4])
      newLine = Number(mm[3])
      const oldStart = Number(mm[1])
      if (Math.max(oldStart + oldLeft - 1, newLine + newLeft - 1, oldStart, newLine) > MAX_HUNK_NUMBER)
        malformed('has numbers beyond any file')
      // Lines are numbered from 1: only an empty side ("-0,0", "+0,0") may start at 0.
      if ((oldLeft > 0 && oldStart < 1) || (newLeft > 0 && newLine < 1))
        malformed('starts a non-empty side at line 0')
      // "+c,0": nothing added; git then names the line before the gap, so no line numbers come from it.
      inHunk = oldLeft > 0 || newLeft > 0
      continue
    }
    if (!cur) continue
    if (line.startsWith('--- ')) {
      afterMinus = true
      const p = pathToken(line.slice(4))
      if (p !== '/dev/null' && cur.oldPath === undefined) cur.oldPath = p
      continue
    }
    if (line.startsWith('+++ ')) {
      const p = pathToken(line.slice(4))
      if (p === '/dev/null') cur.status = 'deleted'
      else cur.path = p
      continue
    }
    if (line.startsWith('index ') && line.endsWith(' 160000')) {
      cur.submodule = true
      continue
    }
    if (line.startsWith('new file mode')) {
      cur.status = 'added'
      if (line.endsWith(' 160000')) cur.submodule = true
      continue
    }
    if (line.startsWith('new mode ') && line.endsWith(' 160000')) {
      cur.submodule = true
      continue
    }
    if (line.startsWith('deleted file mode')) {
      cur.status = 'deleted'
      continue
    }
    if (line.startsWith('rename from ')) {
      cur.status = 'renamed'
      cur.oldPath = unquoteGitPath(line.slice(12))
      continue
    }
    if (line.startsWith('rename to ')) {
      cur.status = 'renamed'
      cur.path = unquoteGitPath(line.slice(10))
      continue
    }
    if (line.startsWith('copy from ')) {
      cur.status = 'copied'
      cur.oldPath = unquoteGitPath(line.slice(10))
      continue
    }
    if (line.startsWith('copy to ')) {
      cur.status = 'copied'
      cur.path = unquoteGitPath(line.slice(8))
      continue
    }
    if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      cur.binary = true
      continue
    }
  }
  if (inHunk) malformed(missing())
  if (afterMinus) malformed('has a "--- " line not followed by "+++ "')
  finish()
  // Keep the old name out of plain modifications (it equals the new one).
  for (const f of files) {
    if (f.status !== 'renamed' && f.status !== 'copied') delete f.oldPath
  }
  return files
}
