/**
 * Clover XML (OpenClover, PHPUnit, Istanbul, gcovr, Groovy/Sonar):
 * `coverage > project > [package >] file@path|@name > line@num@type(stmt|cond|method)@count@truecount@falsecount`.
 *
 * - stmt → a line with hits = count. cond → the line's branches. OpenClover writes no `count` on cond
 *   lines and truecount/falsecount are evaluation counts of one 2-outcome condition: covered =
 *   (truecount > 0) + (falsecount > 0). Istanbul writes `count` and truecount/falsecount = covered /
 *   uncovered outcomes of all the line's branches: covered = truecount of truecount + falsecount.
 *   method → one function (covered when count > 0); the method line is not a coverable line by itself.
 * - The same line number listed twice for a file is summed (hits and branch outcomes).
 * - `@path` is preferred over `@name` (OpenClover/Istanbul put the full path there, PHPUnit only has name).
 * - Files under `<testproject>` (test sources, Groovy/OpenClover) are skipped, as in Clover's own
 *   project metrics.
 * - Project `<metrics>` statements / conditionals / methods are recorded as producerTotals.
 * - Numbers are decimal digits only (a one-line error naming the attribute otherwise); counts are clamped
 *   to MAX_HITS.
 */
import { UserError } from '../../shared/errors.js'
import { clampHits, type CoverageReport, type FileCoverage, type ProducerTotals } from '../model.js'
import { ReportBuilder } from './builder.js'
import type { PathNormalizer } from './paths.js'
import { countAttr, decodeXml, intAttr, parseXml, toInt, type XmlAttrs } from './xml.js'

export function parseClover(buf: Buffer, source: string, paths: PathNormalizer): CoverageReport {
  const xml = decodeXml(buf, source)
  const b = new ReportBuilder('clover', source, paths)
  const producer: ProducerTotals = {}
  const fnCounts = new Map<FileCoverage, { covered: number; total: number }>()
  let depth = 0
  let inProject = false
  let inTestProject = false
  let projectMetricsSeen = false
  let inFile = false
  let cur: FileCoverage | undefined

  const ratio = (a: XmlAttrs, covered: string, total: string): { covered: number; total: number } | undefined => {
    const c = toInt(a.get(covered) ?? '')
    const t = toInt(a.get(total) ?? '')
    return c === undefined || t === undefined ? undefined : { covered: clampHits(c), total: clampHits(t) }
  }

  parseXml(xml, source, {
    open(name, a, selfClosing) {
      depth++
      if (depth === 1 && name !== 'coverage') {
        throw new UserError(`${source}: not a Clover report: root element is <${name}>, expected <coverage>`)
      }
      if (name === 'line') {
        if (!inFile) return
        const num = intAttr(a, 'num', source, 'line')
        if (num === undefined) throw new UserError(`${source}: <line> without a num attribute`)
        const type = a.get('type') ?? 'stmt'
        const count = countAttr(a, 'count', source, 'line')
        if (cur !== undefined) {
          if (type === 'method') {
            const fc = fnCounts.get(cur) ?? { covered: 0, total: 0 }
            fc.total++
            if ((count ?? 0) > 0) fc.covered++
            fnCounts.set(cur, fc)
          } else if (type === 'cond') {
            const tc = countAttr(a, 'truecount', source, 'line')
            const fc = countAttr(a, 'falsecount', source, 'line')
            if (tc === undefined && fc === undefined) {
              b.addLine(cur, num, count ?? 0)
            } else {
              if (count !== undefined) {
                // Istanbul's writer: truecount/falsecount = covered/uncovered branch outcomes of the line.
                b.addLine(cur, num, count, { covered: tc ?? 0, total: (tc ?? 0) + (fc ?? 0) })
              } else {
                // OpenClover: how often the condition was true / false; 2 outcomes.
                const covered = ((tc ?? 0) > 0 ? 1 : 0) + ((fc ?? 0) > 0 ? 1 : 0)
                b.addLine(cur, num, covered > 0 ? 1 : 0, { covered, total: 2 })
              }
            }
          } else {
            b.addLine(cur, num, count ?? 0)
          }
        }
      } else if (name === 'file') {
        const p = a.get('path') ?? a.get('name')
        if (p === undefined || p.trim() === '') throw new UserError(`${source}: <file> without a path or name`)
        cur = inTestProject ? undefined : b.file(p)
        inFile = !selfClosing
      } else if (name === 'project') {
        inProject = true
      } else if (name === 'testproject') {
        inTestProject = true
      } else if (name === 'metrics') {
        if (inProject && !projectMetricsSeen && depth === 3) {
          projectMetricsSeen = true
          const l = ratio(a, 'coveredstatements', 'statements')
          const br = ratio(a, 'coveredconditionals', 'conditionals')
          const fn = ratio(a, 'coveredmethods', 'methods')
          if (l !== undefined) producer.lines = l
          if (br !== undefined) producer.branches = br
          if (fn !== undefined) producer.functions = fn
        }
      }
    },
    close(name) {
      depth--
      if (name === 'file') {
        inFile = false
        cur = undefined
      } else if (name === 'project') inProject = false
      else if (name === 'testproject') inTestProject = false
    }
  })
  for (const [f, r] of fnCounts) f.functions = r
  return b.finish(producer)
}
