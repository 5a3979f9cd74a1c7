/**
 * Go coverprofile (`go test -coverprofile`, `go tool covdata textfmt`):
 * `mode: set|count|atomic`, then `importpath/file.go:L1.C1,L2.C2 numStmts count`.
 *
 * - The same block listed twice (several packages under `-coverpkg`, merged profiles): max count for
 *   `set`, sum for `count`/`atomic`.
 * - Lines come from block spans L1..L2; blocks with 0 statements are ignored. A line's hits are the max
 *   over the blocks touching it; a line touched by both a covered and an uncovered block is `partial`.
 *   The spans are swept in order (O(blocks · log blocks + lines)), never expanded block by block.
 * - Bounds (a profile beyond them is refused with a one-line error, never expanded): a block starts at
 *   line 1 or later and spans at most GO_MAX_BLOCK_LINES (100,000) lines, since one block is straight-line
 *   code of one function; the lines of all files together number at most GO_MAX_LINES (20,000,000,
 *   several times the Go code of the largest monorepos). Counts are clamped to MAX_HITS.
 * - Import paths → repo paths: with a repo root, every `go.mod` under it maps its `module` path to its
 *   directory (longest module wins; multi-module and `/vN` work). Otherwise the module prefix common to
 *   all files is stripped (host/owner/repo for github.com-like hosts, plus a `/vN` major suffix).
 */
import { UserError } from '../../shared/errors.js'
import { clampHits, type CoverageReport } from '../model.js'
import { ReportBuilder, lineRecord, MAX_LINE } from './builder.js'
import type { PathNormalizer } from './paths.js'

interface Block {
  l1: number
  l2: number
  stmts: number
  count: number
}

const LINE_RE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/

/** Most lines one block may span (see the file comment). */
export const GO_MAX_BLOCK_LINES = 100_000
/** Most lines (all files together) a profile may cover (see the file comment). */
export const GO_MAX_LINES = 20_000_000
/** The limits in force (tests lower `maxLines` to reach the refusal without expanding 20 million lines). */
export const goLimits = { maxLines: GO_MAX_LINES }

export function parseGo(buf: Buffer, source: string, paths: PathNormalizer): CoverageReport {
  const text = buf.toString('utf8')
  const b = new ReportBuilder('go', source, paths)
  let pos = 0
  let lineNo = 0
  let mode: string | undefined
  const byFile = new Map<string, Map<string, Block>>()
  while (pos < text.length) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = text.length
    let line = text.slice(pos, end)
    pos = end + 1
    lineNo++
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line.trim() === '') continue
    if (line.startsWith('mode:')) {
      const m = line.slice(5).trim()
      if (m !== 'set' && m !== 'count' && m !== 'atomic') {
        throw new UserError(`${source}:${lineNo}: unknown Go coverage mode "${m}" (expected set, count or atomic)`)
      }
      if (mode !== undefined && mode !== m) {
        throw new UserError(`${source}:${lineNo}: mixed Go coverage modes "${mode}" and "${m}" in one profile`)
      }
      mode = m
      continue
    }
    if (mode === undefined) throw new UserError(`${source}: not a Go coverprofile: the first line must be "mode: …"`)
    const m = LINE_RE.exec(line)
    if (m === null) throw new UserError(`${source}:${lineNo}: malformed Go coverage block "${line.slice(0, 120)}"`)
    const file = m[1] as string
    const span = `${m[2]}.${m[3]},${m[4]}.${m[5]}`
    const blk: Block = { l1: Number(m[2]), l2: Number(m[4]), stmts: Number(m[6]), count: clampHits(Number(m[7])) }
    const shown = line.length > 120 ? `${line.slice(0, 120)}…` : line
    if (blk.l2 < blk.l1) throw new UserError(`${source}:${lineNo}: Go block ends before it starts: "${shown}"`)
    if (blk.l1 < 1 || blk.l2 > MAX_LINE) {
      throw new UserError(`${source}:${lineNo}: Go block lines out of range (1 to ${MAX_LINE}): "${shown}"`)
    }
    if (blk.l2 - blk.l1 >= GO_MAX_BLOCK_LINES) {
      throw new UserError(
        `${source}:${lineNo}: Go block spans ${blk.l2 - blk.l1 + 1} lines, more than the ${GO_MAX_BLOCK_LINES} one block can have: "${shown}"`
      )
    }
    let blocks = byFile.get(file)
    if (blocks === undefined) {
      blocks = new Map()
      byFile.set(file, blocks)
    }
    const prev = blocks.get(span)
    if (prev === undefined) blocks.set(span, blk)
    else prev.count = mode === 'set' ? Math.max(prev.count, blk.count) : clampHits(prev.count + blk.count)
  }
  if (mode === undefined) throw new UserError(`${source}: not a Go coverprofile: no "mode:" line`)
  if (byFile.size === 0) throw new UserError(`${source}: the go report contains no source files`)

  const mapper = goPathMapper([...byFile.keys()], paths)
  const budget = { left: goLimits.maxLines }
  for (const [imp, blocks] of byFile) {
    const f = b.file(mapper(imp))
    if (f === undefined) continue
    sweep([...blocks.values()].filter(blk => blk.stmts > 0), source, budget, (line, hits, partial) =>
      f.lines.set(line, lineRecord(hits, undefined, partial))
    )
  }
  return b.finish()
}

/**
 * Visit every line covered by some block, in ascending order, with the max count of the blocks on it and
 * whether it lies in both a covered and an uncovered block. Work O(n log n + lines), memory O(n).
 */
function sweep(
  blocks: Block[],
  source: string,
  budget: { left: number },
  emit: (line: number, hits: number, partial: boolean) => void
): void {
  const n = blocks.length
  if (n === 0) return
  const byStart = blocks.slice().sort((x, y) => x.l1 - y.l1)
  const byEnd = blocks.slice().sort((x, y) => x.l2 - y.l2)
  // Max-heap of started blocks by count; blocks that ended are dropped when they reach the top.
  const heap: Block[] = []
  let si = 0
  let ei = 0
  let covered = 0
  let uncovered = 0
  let p = (byStart[0] as Block).l1
  while (ei < n) {
    while (si < n && (byStart[si] as Block).l1 <= p) {
      const blk = byStart[si++] as Block
      heapPush(heap, blk)
      if (blk.count > 0) covered++
      else uncovered++
    }
    while (ei < n && (byEnd[ei] as Block).l2 < p) {
      if ((byEnd[ei++] as Block).count > 0) covered--
      else uncovered--
    }
    if (ei >= n) break
    // Lines p…q-1 lie in the same blocks.
    const q = Math.min(si < n ? (byStart[si] as Block).l1 : Infinity, (byEnd[ei] as Block).l2 + 1)
    if (covered + uncovered > 0) {
      budget.left -= q - p
      if (budget.left < 0) {
        throw new UserError(`${source}: the Go profile covers more than ${goLimits.maxLines} lines; refusing to expand it`)
      }
      let hits = 0
      if (covered > 0) {
        while ((heap[0] as Block).l2 < p) heapPop(heap)
        hits = (heap[0] as Block).count
      }
      const partial = covered > 0 && uncovered > 0
      for (let l = p; l < q; l++) emit(l, hits, partial)
    }
    p = q
  }
}

function heapPush(h: Block[], blk: Block): void {
  let i = h.length
  h.push(blk)
  while (i > 0) {
    const parent = (i - 1) >> 1
    if ((h[parent] as Block).count >= blk.count) break
    h[i] = h[parent] as Block
    i = parent
  }
  h[i] = blk
}

function heapPop(h: Block[]): void {
  const last = h.pop() as Block
  if (h.length === 0) return
  let i = 0
  const n = h.length
  for (;;) {
    const l = 2 * i + 1
    if (l >= n) break
    const r = l + 1
    const c = r < n && (h[r] as Block).count > (h[l] as Block).count ? r : l
    if ((h[c] as Block).count <= last.count) break
    h[i] = h[c] as Block
    i = c
  }
  h[i] = last
}

const THREE_PART_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'golang.org', 'go.googlesource.com'])

/** Build the import-path → repo-path function (see the file comment). */
export function goPathMapper(importPaths: string[], paths: PathNormalizer): (p: string) => string {
  const modules: { module: string; dir: string }[] = []
  const index = paths.index
  if (index !== undefined) {
    for (const gomod of index.named('go.mod')) {
      const content = index.read(gomod)
      const m = content === undefined ? null : /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(content)
      if (m === null) continue
      const dir = gomod.includes('/') ? gomod.slice(0, gomod.lastIndexOf('/')) : ''
      modules.push({ module: m[2] as string, dir })
    }
    modules.sort((a, b) => b.module.length - a.module.length)
  }
  const fallback = commonModulePrefix(importPaths.filter(p => !p.startsWith('/') && !p.startsWith('.')))
  return (p: string): string => {
    for (const { module, dir } of modules) {
      if (p.startsWith(`${module}/`)) {
        const rest = p.slice(module.length + 1)
        return dir === '' ? rest : `${dir}/${rest}`
      }
    }
    if (fallback !== undefined && p.startsWith(`${fallback}/`)) {
      const rest = p.slice(fallback.length + 1)
      return /^v\d+\//.test(rest) ? rest.slice(rest.indexOf('/') + 1) : rest
    }
    return p
  }
}

function commonModulePrefix(importPaths: string[]): string | undefined {
  if (importPaths.length === 0) return undefined
  let common = (importPaths[0] as string).split('/').slice(0, -1)
  for (const p of importPaths) {
    const dirs = p.split('/').slice(0, -1)
    let k = 0
    while (k < common.length && k < dirs.length && common[k] === dirs[k]) k++
    common = common.slice(0, k)
    if (common.length === 0) return undefined
  }
  const host = common[0] as string
  let take: number
  if (THREE_PART_HOSTS.has(host)) take = 3
  else if (host === 'gopkg.in') take = 2
  else if (host.includes('.')) take = 2
  else take = 1
  return common.slice(0, Math.min(take, common.length)).join('/')
}
