/**
 * JaCoCo XML: `report > group* > package@name > sourcefile@name > line@nr@mi@ci@mb@cb` + `counter`s.
 *
 * - A line is covered when ci > 0 (hits = ci, the covered instruction count); branches = cb of mb + cb.
 * - `<line nr>` without mi/ci (gcovr's JaCoCo writer) says a line is coverable but not whether it ran.
 *   Nothing is guessed: such a file's line totals are its `<sourcefile>` LINE counter (statedLines), its
 *   lines are recorded with hits 0 only to mark them coverable, patch coverage over it is n/a, and the
 *   report carries a warning. Without a LINE counter the file cannot be counted: a UserError.
 * - Numbers are decimal digits only (a one-line error naming the attribute otherwise); counts are
 *   clamped to MAX_HITS.
 * - A line number listed twice for one file (gcovr's writer, one per function instance) is summed.
 * - Report-level LINE / BRANCH / METHOD counters are recorded as producerTotals; a sourcefile's METHOD
 *   counter gives the file's functions.
 * - Paths: JaCoCo knows only `package/File.java`. With a repo root, the file is looked up under the
 *   repository: a unique match wins; several matches are narrowed by the source roots (src/main/java,
 *   src/main/kotlin, …) and the enclosing `<group>` (module) name; still ambiguous → the package path is
 *   kept and a warning says so. Nothing is guessed.
 */
import { UserError } from '../../shared/errors.js'
import { clampHits, type CoverageReport, type FileCoverage, type ProducerTotals, type Ratio } from '../model.js'
import { ReportBuilder } from './builder.js'
import type { PathNormalizer } from './paths.js'
import { countAttr, decodeXml, intAttr, parseXml } from './xml.js'

export const DEFAULT_SOURCE_ROOTS = [
  'src/main/java',
  'src/main/kotlin',
  'src/main/scala',
  'src/main/groovy',
  'src/test/java',
  'src/test/kotlin',
  'src/test/scala',
  'src/commonMain/kotlin',
  'src/jvmMain/kotlin',
  'src',
  'app/src/main/java',
  'app/src/main/kotlin'
]

export function parseJacoco(
  buf: Buffer,
  source: string,
  paths: PathNormalizer,
  sourceRoots: string[] = DEFAULT_SOURCE_ROOTS
): CoverageReport {
  const xml = decodeXml(buf, source)
  const b = new ReportBuilder('jacoco', source, paths)
  const producer: ProducerTotals = {}
  const groups: string[] = []
  const ambiguous: string[] = []
  const notFound: string[] = []
  let pkg: string | undefined
  let cur: FileCoverage | undefined
  let depth = 0
  let sourcefileDepth = 0
  let linesWithoutCounts = 0
  /** The current <sourcefile>: its name, <line>s without mi/ci, and its own LINE counter. */
  let sfName = ''
  let sfWithoutCounts = 0
  let sfLineCounter: Ratio | undefined
  const roots = sourceRoots.map(r => r.replace(/^\.?\/+|\/+$/g, ''))

  const resolve = (pkgPath: string): FileCoverage | undefined => {
    const index = paths.index
    if (index === undefined) return b.file(pkgPath)
    const n = paths.normalize(pkgPath)
    if (!n.outside && index.has(n.path)) return b.fileAt(n.path)
    let cands = index.withSuffix(pkgPath)
    if (cands.length > 1) {
      const underRoot = cands.filter(c => {
        const prefix = c.slice(0, c.length - pkgPath.length).replace(/\/$/, '')
        return roots.some(r => prefix === r || prefix.endsWith(`/${r}`))
      })
      if (underRoot.length > 0) cands = underRoot
    }
    if (cands.length > 1 && groups.length > 0) {
      const inGroup = cands.filter(c => groups.some(g => c.startsWith(`${g}/`) || c.includes(`/${g}/`)))
      if (inGroup.length > 0) cands = inGroup
    }
    if (cands.length === 1) return b.fileAt(cands[0] as string)
    if (cands.length > 1) ambiguous.push(`${pkgPath} (${cands.slice(0, 3).join(', ')}${cands.length > 3 ? ', …' : ''})`)
    else notFound.push(pkgPath)
    return b.file(pkgPath)
  }

  parseXml(xml, source, {
    open(name, a) {
      depth++
      if (depth === 1 && name !== 'report') {
        throw new UserError(`${source}: not a JaCoCo report: root element is <${name}>, expected <report>`)
      }
      if (name === 'line') {
        if (sourcefileDepth > 0) {
          const nr = intAttr(a, 'nr', source, 'line')
          if (nr === undefined) throw new UserError(`${source}: <line> without an nr attribute`)
          const ci = countAttr(a, 'ci', source, 'line')
          const mb = countAttr(a, 'mb', source, 'line') ?? 0
          const cb = countAttr(a, 'cb', source, 'line') ?? 0
          if (ci === undefined) {
            linesWithoutCounts++
            sfWithoutCounts++
          }
          if (cur !== undefined) {
            const br: Ratio | undefined = mb + cb > 0 ? { covered: cb, total: mb + cb } : undefined
            b.addLine(cur, nr, ci ?? 0, br)
          }
        }
      } else if (name === 'counter') {
        const type = a.get('type')
        const missed = countAttr(a, 'missed', source, 'counter')
        const covered = countAttr(a, 'covered', source, 'counter')
        if (missed !== undefined && covered !== undefined) {
          const r = { covered, total: clampHits(missed + covered) }
          if (depth === 2) {
            if (type === 'LINE') producer.lines = r
            else if (type === 'BRANCH') producer.branches = r
            else if (type === 'METHOD') producer.functions = r
          } else if (sourcefileDepth > 0 && depth === sourcefileDepth + 1) {
            if (type === 'METHOD' && cur !== undefined) b.addFunctions(cur, r.covered, r.total)
            else if (type === 'LINE') sfLineCounter = r
          }
        }
      } else if (name === 'sourcefile') {
        if (pkg === undefined) throw new UserError(`${source}: <sourcefile> outside a <package>`)
        const file = a.get('name')
        if (file === undefined || file === '') throw new UserError(`${source}: <sourcefile> without a name`)
        sfName = pkg === '' ? file : `${pkg.replace(/\/+$/, '')}/${file}`
        cur = resolve(sfName)
        sourcefileDepth = depth
        sfWithoutCounts = 0
        sfLineCounter = undefined
      } else if (name === 'package') {
        pkg = a.get('name') ?? ''
      } else if (name === 'group') {
        groups.push(a.get('name') ?? '')
      }
    },
    close(name) {
      depth--
      if (name === 'sourcefile') {
        if (sfWithoutCounts > 0 && cur !== undefined) {
          if (sfLineCounter === undefined) {
            throw new UserError(
              `${source}: <sourcefile> ${sfName} has ${sfWithoutCounts} <line> element(s) without mi/ci counts and no LINE counter, so its line coverage is unknown`
            )
          }
          const prev = cur.statedLines
          cur.statedLines =
            prev === undefined
              ? sfLineCounter
              : { covered: clampHits(prev.covered + sfLineCounter.covered), total: clampHits(prev.total + sfLineCounter.total) }
        }
        sourcefileDepth = 0
        cur = undefined
      } else if (name === 'package') pkg = undefined
      else if (name === 'group') groups.pop()
    }
  })
  if (linesWithoutCounts > 0) {
    b.warn(
      `${source}: ${linesWithoutCounts} <line> element(s) have no mi/ci counts (e.g. gcovr's JaCoCo writer): the report has no per-line hits, so line totals come from its LINE counters and patch coverage is n/a; prefer this tool's Cobertura or LCOV output`
    )
  }
  if (ambiguous.length > 0) {
    b.warn(
      `${source}: ${ambiguous.length} JaCoCo file(s) match several repository paths, kept as package paths: ${ambiguous.slice(0, 3).join('; ')}`
    )
  }
  if (notFound.length > 0 && paths.index !== undefined) {
    b.warn(
      `${source}: ${notFound.length} JaCoCo file(s) not found under the repository source roots, kept as package paths: ${notFound.slice(0, 3).join(', ')}`
    )
  }
  return b.finish(producer)
}
