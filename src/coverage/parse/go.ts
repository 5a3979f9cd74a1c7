/**
 * Go coverprofile (`go test -coverprofile`, `go tool covdata textfmt`):
 * `mode: set|count|atomic`, then `importpath/file.go:L1.C1,L2.C2 numStmts count`.
 *
 * - The same block listed twice (several packages under `-coverpkg`, merged profiles): max count for
 *   `set`, sum for `count`/`atomic`.
 * - Lines come from block spans L1..L2; blocks with 0 statements are ignored. A line's hits are the max
 *   over the blocks touching it; a line touched by both a covered and an uncovered block is `partial`.
 * - Import paths → repo paths: with a repo root, every `go.mod` under it maps its `module` path to its
 *   directory (longest module wins; multi-module and `/vN` work). Otherwise the module prefix common to
 *   all files is stripped (host/owner/repo for github.com-like hosts, plus a `/vN` major suffix).
 */
import { UserError } from '../../shared/errors.js'
import type { CoverageReport } from '../model.js'
import { ReportBuilder, lineRecord } from './builder.js'
import type { PathNormalizer } from './paths.js'

interface Block {
  l1: number
  l2: number
  stmts: number
  count: number
}

const LINE_RE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/

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
    const blk: Block = { l1: Number(m[2]), l2: Number(m[4]), stmts: Number(m[6]), count: Number(m[7]) }
    if (blk.l2 < blk.l1) throw new UserError(`${source}:${lineNo}: Go block ends before it starts: "${line}"`)
    let blocks = byFile.get(file)
    if (blocks === undefined) {
      blocks = new Map()
      byFile.set(file, blocks)
    }
    const prev = blocks.get(span)
    if (prev === undefined) blocks.set(span, blk)
    else prev.count = mode === 'set' ? Math.max(prev.count, blk.count) : prev.count + blk.count
  }
  if (mode === undefined) throw new UserError(`${source}: not a Go coverprofile: no "mode:" line`)
  if (byFile.size === 0) throw new UserError(`${source}: the go report contains no source files`)

  const mapper = goPathMapper([...byFile.keys()], paths)
  for (const [imp, blocks] of byFile) {
    const f = b.file(mapper(imp))
    if (f === undefined) continue
    const hits = new Map<number, number>()
    const state = new Map<number, number>() // bit 1 = in a covered block, bit 2 = in an uncovered block
    for (const blk of blocks.values()) {
      if (blk.stmts === 0) continue
      for (let l = blk.l1; l <= blk.l2; l++) {
        hits.set(l, Math.max(hits.get(l) ?? 0, blk.count))
        state.set(l, (state.get(l) ?? 0) | (blk.count > 0 ? 1 : 2))
      }
    }
    const sorted = [...hits.keys()].sort((x, y) => x - y)
    for (const l of sorted) f.lines.set(l, lineRecord(hits.get(l) as number, undefined, state.get(l) === 3))
  }
  return b.finish()
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
