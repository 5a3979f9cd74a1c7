/**
 * Path normalisation for coverage reports: every file ends up repository-relative, POSIX, case kept.
 *
 * Order: backslashes → `/`; user path mappings (first matching `from` prefix wins); the repo root is
 * stripped; other absolute paths (CI workspaces, containers, Windows drives) are re-rooted on the longest
 * suffix that names a file existing under the repo root; a relative path naming no file under the root
 * is re-rooted on the unique existing file that ends with it (reports written from a sub-directory);
 * `./` and `..` segments are resolved. A relative path that climbs above the root (`../../etc/passwd`)
 * is treated like an absolute one outside it: re-rooted on the longest suffix naming a file under the
 * root, else outside (the parsers leave such files out and say how many in a warning).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { posix } from 'node:path'

export interface PathMapping {
  from: string
  to: string
}

/** Directories never indexed when looking for files under the repo root. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '.gradle', '.idea', '.venv', '__pycache__'])
const MAX_INDEXED_FILES = 500_000

/** A lazily built list of the files under the repo root (for suffix matching and source-root lookup). */
export class RepoIndex {
  private files: Set<string> | undefined
  private byBase: Map<string, string[]> | undefined
  constructor(readonly root: string) {}

  private build(): void {
    const files = new Set<string>()
    const byBase = new Map<string, string[]>()
    const stack: string[] = ['']
    while (stack.length > 0 && files.size < MAX_INDEXED_FILES) {
      const rel = stack.pop() as string
      let entries
      try {
        entries = readdirSync(rel === '' ? this.root : `${this.root}/${rel}`, { withFileTypes: true })
      } catch {
        continue
      }
      for (const e of entries) {
        const p = rel === '' ? e.name : `${rel}/${e.name}`
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) stack.push(p)
        } else if (e.isFile()) {
          files.add(p)
          const list = byBase.get(e.name)
          if (list === undefined) byBase.set(e.name, [p])
          else list.push(p)
        }
      }
    }
    this.files = files
    this.byBase = byBase
  }

  /** Directory (repo-relative, '' = root) → the names in it (null: unreadable). */
  private readonly dirs = new Map<string, Set<string> | null>()

  /**
   * Whether `rel` exists under the root, answered from one directory listing per directory instead of a
   * stat per file (a report names thousands of files in a few hundred directories): a name listed in its
   * directory exists (a dangling symbolic link too, which existsSync would deny); names not listed
   * (another case on a case-insensitive disk, unreadable directories) are left to existsSync.
   */
  exists(rel: string): boolean {
    const slash = rel.lastIndexOf('/')
    const dir = slash < 0 ? '' : rel.slice(0, slash)
    let names = this.dirs.get(dir)
    if (names === undefined) {
      names = listNames(dir === '' ? this.root : `${this.root}/${dir}`)
      this.dirs.set(dir, names)
    }
    if (names !== null && names.has(slash < 0 ? rel : rel.slice(slash + 1))) return true
    return existsSync(`${this.root}/${rel}`)
  }

  /** Whether the file list has been read (it is read on first use). */
  get built(): boolean {
    return this.files !== undefined
  }

  has(rel: string): boolean {
    if (this.files === undefined) this.build()
    return (this.files as Set<string>).has(rel)
  }

  /** Files whose path equals `suffix` or ends with `/suffix`. */
  withSuffix(suffix: string): string[] {
    if (this.byBase === undefined) this.build()
    const base = suffix.slice(suffix.lastIndexOf('/') + 1)
    const list = (this.byBase as Map<string, string[]>).get(base) ?? []
    return list.filter(p => p === suffix || p.endsWith(`/${suffix}`))
  }

  /** All files with this base name (e.g. every `go.mod`). */
  named(base: string): string[] {
    if (this.byBase === undefined) this.build()
    return (this.byBase as Map<string, string[]>).get(base) ?? []
  }

  read(rel: string): string | undefined {
    try {
      const full = `${this.root}/${rel}`
      if (!statSync(full).isFile()) return undefined
      return readFileSync(full, 'utf8')
    } catch {
      return undefined
    }
  }
}

/**
 * The names in `dir`, or null when it cannot be listed. Names only: typed entries (Dirent objects) cost
 * about a microsecond each, which a report of 20,000 files feels.
 */
function listNames(dir: string): Set<string> | null {
  try {
    return new Set(readdirSync(dir))
  } catch {
    return null
  }
}

const WIN_DRIVE = /^[A-Za-z]:\//

export function isAbsolutePath(p: string): boolean {
  const c = p.charCodeAt(0)
  if (c === 47 /* / */) return true
  // A Windows drive: letter, colon, slash.
  return p.charCodeAt(1) === 58 && p.charCodeAt(2) === 47 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))
}

/**
 * True when `p` is already what toPosix makes of it: no backslash, no drive, no empty, `.` or `..`
 * segment, no trailing slash (so `file://` prefixes and `./` starts are excluded too).
 */
export function isPlainPosix(p: string): boolean {
  const n = p.length
  if (n === 0 || p.charCodeAt(n - 1) === 47) return false
  if (n > 1 && p.charCodeAt(1) === 58 /* : */) return false
  // Ends that String#trim could remove (ASCII controls/space, any non-ASCII) take the general path.
  const c0 = p.charCodeAt(0)
  const cn = p.charCodeAt(n - 1)
  if (c0 <= 32 || c0 >= 127 || cn <= 32 || cn >= 127) return false
  let seg = 0
  for (let i = 0; i <= n; i++) {
    const c = i < n ? p.charCodeAt(i) : 47
    if (c === 92 /* \ */) return false
    if (c === 47) {
      const len = i - seg
      if (len === 0 && i > 0) return false
      if (len === 1 && p.charCodeAt(seg) === 46) return false
      if (len === 2 && p.charCodeAt(seg) === 46 && p.charCodeAt(seg + 1) === 46) return false
      seg = i + 1
    }
  }
  return true
}

/** Backslashes to slashes, collapse `./`, `//`, `..` without leaving an absolute prefix. */
export function toPosix(raw: string): string {
  if (isPlainPosix(raw)) return raw
  let p = raw.trim().replace(/\\/g, '/')
  if (p.startsWith('file://')) p = p.slice(7)
  const drive = /^([A-Za-z]:)\//.exec(p)
  if (drive) return drive[1] + posix.normalize(p.slice(2))
  if (p.startsWith('/')) return posix.normalize(p)
  const n = posix.normalize(p)
  return n === '.' ? '' : n.replace(/^(\.\/)+/, '')
}

export interface NormalizeContext {
  repoRoot?: string
  pathMappings?: PathMapping[]
  index?: RepoIndex
}

/**
 * The result of normalising one report path. `outside` = absolute and not under the repo root, or
 * relative and climbing above it (`../x`).
 */
export interface NormalizedPath {
  path: string
  outside: boolean
}

export class PathNormalizer {
  private readonly root: string | undefined
  private readonly mappings: PathMapping[]
  readonly index: RepoIndex | undefined
  private readonly cache = new Map<string, NormalizedPath>()
  /** How many relative paths were re-rooted on a unique existing file that ends with them. */
  resolvedBySuffix = 0

  constructor(ctx: NormalizeContext) {
    this.root = ctx.repoRoot === undefined ? undefined : toPosix(ctx.repoRoot).replace(/\/+$/, '')
    this.mappings = (ctx.pathMappings ?? []).map(m => ({ from: toPosix(m.from), to: toPosix(m.to) }))
    this.index = ctx.index ?? (ctx.repoRoot === undefined ? undefined : new RepoIndex(ctx.repoRoot))
  }

  get hasRoot(): boolean {
    return this.root !== undefined
  }

  normalize(raw: string): NormalizedPath {
    const hit = this.cache.get(raw)
    if (hit !== undefined) return hit
    const out = this.compute(raw)
    this.cache.set(raw, out)
    return out
  }

  /**
   * The repo-relative form of an absolute directory inside the root ('' = the root itself), onto which
   * plain relative names can be joined with exactly normalize()'s result; undefined when that does not
   * hold (path mappings, a relative or outside directory, a Windows root in other case).
   */
  dirPrefix(dir: string): string | undefined {
    const root = this.root
    if (this.mappings.length > 0 || root === undefined) return undefined
    const p = toPosix(dir).replace(/\/+$/, '')
    if (!isAbsolutePath(p)) return undefined
    if (p === root) return ''
    return p.startsWith(`${root}/`) ? p.slice(root.length + 1) : undefined
  }

  /** normalize without the cache (for callers that cache per raw path themselves). */
  normalizeUncached(raw: string): NormalizedPath {
    return this.compute(raw)
  }

  private compute(raw: string): NormalizedPath {
    let p = toPosix(raw)
    for (const m of this.mappings) {
      if (m.from === '' || p === m.from || p.startsWith(m.from.endsWith('/') ? m.from : `${m.from}/`)) {
        const rest = p.slice(m.from.length).replace(/^\/+/, '')
        p = toPosix(m.to === '' ? rest : rest === '' ? m.to : `${m.to}/${rest}`)
        break
      }
    }
    const root = this.root
    if (p === '..' || p.startsWith('../')) return this.reroot(p)
    if (!isAbsolutePath(p)) {
      // A path relative to a sub-directory (monorepo package, `cd web && jest`): when it names no file
      // under the root but exactly one file ends with it, use that file.
      const index = this.index
      if (root !== undefined && index !== undefined && p !== '') {
        if (index.built) {
          // The file list is at hand: only a unique candidate other than `p` itself needs the disk check
          // (same outcome as checking the disk first, without a stat per report file).
          const cands = index.withSuffix(p)
          if (cands.length === 1 && cands[0] !== p && !index.exists(p)) {
            this.resolvedBySuffix++
            return { path: cands[0] as string, outside: false }
          }
        } else if (!index.exists(p)) {
          const cands = index.withSuffix(p)
          if (cands.length === 1) {
            this.resolvedBySuffix++
            return { path: cands[0] as string, outside: false }
          }
        }
      }
      return { path: p, outside: false }
    }
    if (root !== undefined) {
      if (p === root) return { path: '', outside: true }
      if (p.startsWith(`${root}/`)) return { path: p.slice(root.length + 1), outside: false }
      // Windows roots compare case-insensitively on the drive letter.
      if (WIN_DRIVE.test(root) && p.toLowerCase().startsWith(`${root.toLowerCase()}/`)) {
        return { path: p.slice(root.length + 1), outside: false }
      }
    }
    return this.reroot(p)
  }

  /** A path outside the root: the longest suffix naming a file under the root, else outside. */
  private reroot(p: string): NormalizedPath {
    const index = this.index
    if (this.root !== undefined && index !== undefined) {
      const parts = p.split('/')
      // Longest suffix first: /home/runner/work/repo/repo/src/a.ts → src/a.ts if that exists here.
      for (let k = 1; k < parts.length; k++) {
        if (parts[k] === '..') continue
        const suffix = parts.slice(k).join('/')
        if (suffix !== '' && index.has(suffix)) return { path: suffix, outside: false }
      }
    }
    return { path: p, outside: true }
  }
}
