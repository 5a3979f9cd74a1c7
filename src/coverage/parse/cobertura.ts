/**
 * Cobertura XML (coverage.py, gcovr, Cobertura-Java, coverlet, altcover, Istanbul, Swift, …).
 *
 * - Only a class's own `<lines>` are read; `<methods><method><lines>` repeat them and are skipped, unless
 *   the class has no own lines at all (Swift's writer): then the method lines are used.
 * - A file spread over several `<class>` elements (inner/partial classes) is one file; a line number
 *   listed more than once for a file (gcovr: one entry per function instance on that line) is summed:
 *   hits added, branch outcomes added (matching the producers' own root totals).
 * - `condition-coverage="50% (1/2)"` gives the line's branches (more covered than total is an error).
 * - Numbers are decimal digits only (`3.0` accepted): `1e9`, `0x10`, `Infinity` are a one-line error
 *   naming the attribute; counts above MAX_HITS are clamped; `<line number="0">` (coverage.py writes
 *   some) is not a source line: left out and counted in a warning.
 * - `<sources><source>` roots: a relative class filename is resolved against the root under which the file
 *   exists in the repository (first root wins when none or several match).
 * - Root `lines-valid/lines-covered/branches-valid/branches-covered` are recorded as producerTotals only.
 * - Speed: a class's own simple `<line/>` elements are read by a byte scanner (cobertura-lines.ts) that
 *   hands anything unusual back to the general tokenizer and handler below.
 */
import { UserError } from '../../shared/errors.js'
import { clampHits, type CoverageReport, type FileCoverage, type ProducerTotals } from '../model.js'
import { ReportBuilder } from './builder.js'
import { LineRun } from './cobertura-lines.js'
import { isAbsolutePath, isPlainPosix, toPosix, type NormalizedPath, type PathNormalizer } from './paths.js'
import { countAttr, decodeXml, intAttr, parseXml, toInt, type XmlAttrs, type XmlHandler } from './xml.js'

export interface CoberturaOptions {
  /**
   * Read a class's simple `<line/>` elements with the byte scanner (default true). False sends every element
   * through the general tokenizer and handler: the reference path tests compare the scanner against.
   */
  fastLines?: boolean
  /** Most elements one scan reads (default DEFAULT_MAX_RUN of cobertura-lines.ts; tests make it small to store runs in pieces). */
  maxRun?: number
  /** When given, `linesScanned` is increased by the `<line>` elements the scanner read (so tests can see it ran). */
  stats?: { linesScanned: number }
}

export function parseCobertura(
  buf: Buffer,
  source: string,
  paths: PathNormalizer,
  opts: CoberturaOptions = {}
): CoverageReport {
  const xml = decodeXml(buf, source)
  const b = new ReportBuilder('cobertura', source, paths)
  const producer: ProducerTotals = {}
  const sources: string[] = []
  const resolved = new Map<string, FileCoverage | undefined>()
  let depth = 0
  let root = ''
  let inSource = false
  let sourceText = ''
  let methodsDepth = 0
  let cur: FileCoverage | undefined
  let inClass = false
  let classLines = 0
  // Lines seen only inside <methods> of the current class: used when the class has no own <lines> (Swift).
  // Flat quadruples (line, hits, covered, total; total -1 = no branches), reused from class to class.
  const methodLines: number[] = []
  const run = new LineRun(opts.maxRun)
  const fast = opts.fastLines !== false

  /** The scanner runs exactly where a `<line>` would be one of the class's own lines (onLine, not in methods). */
  const scanLines = (buf: Buffer, pos: number): number => {
    const end = run.scan(buf, pos)
    if (run.n > 0 && cur !== undefined) {
      classLines += run.n
      run.store(b, cur)
    }
    return end
  }
  const updateScan = (): void => {
    handler.scan = fast && inClass && methodsDepth === 0 ? scanLines : undefined
  }

  /** Each source root's repo-relative prefix when plain names can be joined onto it directly (paths.dirPrefix). */
  let sourcePrefixes: (string | undefined)[] | undefined

  const resolve = (filename: string): FileCoverage | undefined => {
    if (resolved.has(filename)) return resolved.get(filename)
    let f: FileCoverage | undefined
    const rel = toPosix(filename)
    if (isAbsolutePath(rel) || sources.length === 0) {
      f = b.file(filename)
    } else {
      const index = paths.index
      let chosen: NormalizedPath | undefined
      if (index !== undefined) {
        sourcePrefixes ??= sources.map(s => paths.dirPrefix(s))
        const plain = isPlainPosix(filename)
        for (let k = 0; k < sources.length; k++) {
          // A plain name under a root inside the repo: the joined path's normal form, without normalising it.
          const pre = plain ? sourcePrefixes[k] : undefined
          const n =
            pre !== undefined
              ? { path: pre === '' ? filename : `${pre}/${filename}`, outside: false }
              : paths.normalize(`${sources[k]}/${filename}`)
          if (!n.outside && index.exists(n.path)) {
            chosen = n
            break
          }
        }
        if (chosen === undefined) {
          const n = paths.normalize(filename)
          if (index.exists(n.path)) chosen = n
        }
        if (chosen === undefined) {
          // Nothing on disk: the first root that lies inside the repository, else the name as written.
          for (const s of sources) {
            const n = paths.normalize(`${s}/${filename}`)
            if (!n.outside && isAbsolutePath(toPosix(s))) {
              chosen = n
              break
            }
          }
        }
      }
      f = b.fileFor(chosen ?? paths.normalize(filename))
    }
    resolved.set(filename, f)
    return f
  }


  const onLine = (a: XmlAttrs, inMethods: boolean): void => {
    const nr = intAttr(a, 'number', source, 'line')
    const hits = countAttr(a, 'hits', source, 'line')
    if (nr === undefined || hits === undefined) {
      throw new UserError(`${source}: <line> without number/hits attributes`)
    }
    if (cur === undefined) return
    let branches: { covered: number; total: number } | undefined
    const cc = a.get('condition-coverage')
    if (cc !== undefined && a.get('branch')?.toLowerCase() !== 'false') {
      const m = /\((\d+)\s*\/\s*(\d+)\)/.exec(cc)
      if (m === null) {
        throw new UserError(`${source}: line ${nr}: condition-coverage="${cc}", expected like "50% (1/2)"`)
      }
      branches = { covered: clampHits(Number(m[1])), total: clampHits(Number(m[2])) }
      if (branches.covered > branches.total) {
        throw new UserError(
          `${source}: line ${nr}: condition-coverage="${cc.slice(0, 60)}" counts more covered branches than branches`
        )
      }
    }
    if (inMethods) {
      if (classLines === 0) methodLines.push(nr, hits, branches?.covered ?? 0, branches?.total ?? -1)
    }
    else {
      classLines++
      b.addLine(cur, nr, hits, branches)
    }
  }

  const handler: XmlHandler = {
    open(name, a, selfClosing) {
      depth++
      if (depth === 1) {
        root = name
        if (name !== 'coverage') {
          throw new UserError(`${source}: not a Cobertura report: root element is <${name}>, expected <coverage>`)
        }
        // The report's own summary (informational): decimal only, like every number here (toInt); a
        // value in another form is not read at all rather than read wrongly.
        const lv = toInt(a.get('lines-valid') ?? '')
        const lc = toInt(a.get('lines-covered') ?? '')
        const bv = toInt(a.get('branches-valid') ?? '')
        const bc = toInt(a.get('branches-covered') ?? '')
        if (lv !== undefined && lc !== undefined) producer.lines = { covered: clampHits(lc), total: clampHits(lv) }
        if (bv !== undefined && bc !== undefined) producer.branches = { covered: clampHits(bc), total: clampHits(bv) }
      } else if (name === 'line') {
        if (inClass) onLine(a, methodsDepth > 0)
      } else if (name === 'class') {
        const filename = a.get('filename')
        if (filename === undefined || filename.trim() === '') {
          throw new UserError(`${source}: <class name="${a.get('name') ?? ''}"> has no filename attribute`)
        }
        cur = resolve(filename)
        inClass = !selfClosing
        classLines = 0
        methodLines.length = 0
        updateScan()
      } else if (name === 'methods') {
        methodsDepth++
        updateScan()
      } else if (name === 'packages') {
        handler.text = undefined // no more text needed: keeps the scan fast
      } else if (name === 'source') {
        inSource = !selfClosing
        sourceText = ''
      }
    },
    close(name) {
      depth--
      if (name === 'class') {
        if (classLines === 0 && cur !== undefined) {
          for (let k = 0; k < methodLines.length; k += 4) {
            const total = methodLines[k + 3] as number
            const br = total < 0 ? undefined : { covered: methodLines[k + 2] as number, total }
            b.addLine(cur, methodLines[k] as number, methodLines[k + 1] as number, br)
          }
        }
        methodLines.length = 0
        inClass = false
        cur = undefined
        updateScan()
      } else if (name === 'methods') {
        methodsDepth--
        updateScan()
      } else if (name === 'source') {
        inSource = false
        const s = sourceText.trim()
        if (s !== '') sources.push(s)
      } else if (name === 'sources') {
        handler.text = undefined
      }
    },
    text(t) {
      if (inSource) sourceText += t
    },
    scan: undefined
  }
  try {
    parseXml(xml, source, handler)
  } finally {
    // Counted even when the document turns out malformed (the scanner may have read lines before that).
    if (opts.stats !== undefined) opts.stats.linesScanned += run.consumed
  }
  if (root === '') throw new UserError(`${source}: not a Cobertura report: empty document`)
  return b.finish(producer)
}

