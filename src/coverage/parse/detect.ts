/**
 * Format detection by content (never by file name): the first bytes say XML, JSON, Go profile or LCOV;
 * for XML the root element (and for `<coverage>` whether a Clover `<project>` follows) decides.
 * Recognisable non-coverage inputs (JUnit, OpenCover, json-summary, SimpleCov, Coveralls, gcov text)
 * get a specific "not a coverage report: looks like …" error.
 */
import { UserError } from '../../shared/errors.js'
import type { CoverageFormat } from '../model.js'

const XML_ROOTS: Record<string, string> = {
  testsuites: 'JUnit XML',
  testsuite: 'JUnit XML',
  testrun: 'a test-run XML (TRX/NUnit)',
  'test-run': 'NUnit XML',
  'test-results': 'NUnit XML',
  assemblies: 'xUnit XML',
  TestRun: 'TRX test results',
  CoverageSession: 'OpenCover XML (not supported; convert it to Cobertura with ReportGenerator)',
  results: 'a test-results XML',
  html: 'HTML'
}

function headText(head: Buffer | string): string {
  if (typeof head === 'string') return head.replace(/^\uFEFF/, '')
  const b0 = head[0]
  const b1 = head[1]
  if (b0 === 0xff && b1 === 0xfe) return head.toString('utf16le', 2)
  if (b0 === 0xfe && b1 === 0xff) {
    const body = head.subarray(2)
    return Buffer.from(body.subarray(0, body.length - (body.length % 2))).swap16().toString('utf16le')
  }
  if (b0 === 0x3c && b1 === 0) return head.toString('utf16le')
  if (b0 === 0 && b1 === 0x3c) {
    const sw = Buffer.from(head.subarray(0, head.length - (head.length % 2)))
    return sw.swap16().toString('utf16le')
  }
  const start = b0 === 0xef && b1 === 0xbb && head[2] === 0xbf ? 3 : 0
  return head.toString('utf8', start)
}

function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 4096)
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c === 0) return true
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++
  }
  return n > 0 && bad / n > 0.05
}

/** The XML root element name (after the declaration, comments and DOCTYPE). */
function xmlRoot(s: string): { name: string; rest: string } | undefined {
  let i = 0
  for (;;) {
    const lt = s.indexOf('<', i)
    if (lt < 0) return undefined
    if (s.startsWith('<?', lt)) {
      const e = s.indexOf('?>', lt)
      if (e < 0) return undefined
      i = e + 2
    } else if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('-->', lt)
      if (e < 0) return undefined
      i = e + 3
    } else if (s.startsWith('<!', lt)) {
      // DOCTYPE (possibly with an internal subset `[ … ]`): skip to its closing '>'.
      const gt = s.indexOf('>', lt)
      if (gt < 0) return undefined
      const open = s.indexOf('[', lt)
      if (open >= 0 && open < gt) {
        const close = s.indexOf(']', open)
        if (close < 0) return undefined
        const gt2 = s.indexOf('>', close)
        if (gt2 < 0) return undefined
        i = gt2 + 1
      } else {
        i = gt + 1
      }
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(s.slice(lt, lt + 200))
      if (m === null) return undefined
      return { name: m[1] as string, rest: s.slice(lt) }
    }
  }
}

export function detectFormat(head: Buffer | string, source: string): CoverageFormat {
  if (typeof head !== 'string') {
    if (head[0] === 0x1f && head[1] === 0x8b) {
      throw new UserError(`${source}: not a coverage report: gzip-compressed data (decompress it first)`)
    }
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) {
      throw new UserError(`${source}: not a coverage report: a zip archive (extract the report from it first)`)
    }
  }
  const s = headText(head)
  const t = s.trimStart()
  if (t === '') throw new UserError(`${source}: the coverage report is empty`)
  if (t.startsWith('<')) {
    const root = xmlRoot(t)
    if (root === undefined) throw new UserError(`${source}: not a coverage report: XML without a root element`)
    const name = root.name
    if (name === 'coverage') {
      // Clover: <coverage generated=… clover=…><project …>; Cobertura: <coverage line-rate=…><sources|packages>.
      const firstChild = /<(?!\/|!|\?)([A-Za-z_][\w.:-]*)/.exec(root.rest.slice(root.rest.indexOf('>') + 1))
      if (firstChild?.[1] === 'project' || /^<coverage[^>]*\sclover=/.test(root.rest)) return 'clover'
      return 'cobertura'
    }
    if (name === 'report') return 'jacoco'
    const known = XML_ROOTS[name]
    throw new UserError(
      `${source}: not a coverage report: looks like ${known ?? `XML with root <${name}>`} (supported: LCOV, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile)`
    )
  }
  if (t.startsWith('{') || t.startsWith('[')) {
    if (/"statementMap"\s*:/.test(t) || /"coverageMap"\s*:/.test(t)) return 'istanbul'
    if (/"source_files"\s*:/.test(t)) throw new UserError(`${source}: not a coverage report we read: looks like Coveralls JSON`)
    if (/"total"\s*:\s*\{\s*"lines"\s*:/.test(t)) {
      throw new UserError(
        `${source}: this is an istanbul json-summary (totals only, no line data); use coverage-final.json (reporter "json")`
      )
    }
    if (/"coverage"\s*:\s*\{/.test(t) && /"timestamp"\s*:/.test(t)) {
      throw new UserError(`${source}: not a coverage report we read: looks like a SimpleCov .resultset.json`)
    }
    if (/"numTotalTests"\s*:/.test(t)) {
      throw new UserError(`${source}: jest --json output without a coverageMap (run jest with --coverage)`)
    }
    if (/"gcovr\/format_version"\s*:/.test(t)) {
      throw new UserError(`${source}: not a coverage report we read: looks like gcovr JSON (use gcovr --cobertura or --lcov)`)
    }
    // Large istanbul maps may have a long first path key; fall back to istanbul and let it validate.
    if (t.startsWith('{')) return 'istanbul'
    throw new UserError(`${source}: not a coverage report: a JSON array`)
  }
  if (t.startsWith('mode:')) return 'go'
  if (looksBinary(t)) throw new UserError(`${source}: not a coverage report: binary data`)
  // LCOV: the first record line (skipping comments) is a known record.
  for (const raw of t.split('\n', 50)) {
    const l = raw.trim()
    if (l === '' || l.startsWith('#')) continue
    if (/^(TN|SF|VER|FN|FNDA|FNF|FNH|FNL|FNA|DA|BRDA|BRF|BRH|LF|LH):/.test(l) || l === 'end_of_record') return 'lcov'
    if (/^-?\s*[-#=\d]+:\s*\d+:/.test(l)) {
      throw new UserError(`${source}: not a coverage report we read: looks like gcov text output (use lcov or gcovr)`)
    }
    break
  }
  const first = t.split('\n', 1)[0]?.slice(0, 60) ?? ''
  throw new UserError(
    `${source}: not a coverage report: unrecognised content starting with "${first}" (supported: LCOV, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile)`
  )
}
