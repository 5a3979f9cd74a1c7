/**
 * URL policy for sanitize.ts: which link targets and image sources fork content may keep.
 *
 * A URL is judged on its normalised form (WHATWG parsing resolves `..`, `%2e%2e` and default ports) and is
 * refused outright when a path segment percent-decodes to something a server could read as more than one
 * segment (`..%2F..%2Fother`), so a prefix check cannot be walked out of. Callers write back the normalised
 * form they checked, never the raw text.
 */
import type { LinkPolicy } from './sanitize-text.js'

export interface RepositoryRef {
  owner: string
  repo: string
}

export interface UrlPolicy {
  links: LinkPolicy
  repository?: RepositoryRef
  /** e.g. https://github.com or a GHES origin. */
  serverUrl: string
  /** Extra image prefixes (e.g. a badge host), matched against the normalised URL. */
  imagePrefixes: string[]
}

const MAX_URL = 4096
/** Path segments after owner/repo that make a URL an issue/PR/discussion reference (a backlink). */
const XREF_KINDS = new Set(['issues', 'pull', 'pulls', 'discussions'])

/** Parse an absolute http(s) URL and check its path; null when it is not one we can judge. */
export function normaliseUrl(raw: string): URL | null {
  if (raw.length > MAX_URL || !/^https?:\/\//i.test(raw)) return null
  if (/[\s\\<>"'`\u0000-\u001f\u007f]/.test(raw)) return null
  let u: URL
  try {
    u = new URL(raw)
  } catch {
    return null
  }
  if (u.username !== '' || u.password !== '') return null
  for (const seg of u.pathname.split('/')) {
    let d: string
    try {
      d = decodeURIComponent(seg)
    } catch {
      return null
    }
    if (d === '.' || d === '..' || d.includes('/') || d.includes('\\')) return null
  }
  return u
}

function segments(u: URL): string[] {
  return u.pathname
    .split('/')
    .filter(s => s !== '')
    .map(s => {
      try {
        return decodeURIComponent(s).toLowerCase()
      } catch {
        return s.toLowerCase()
      }
    })
}

function serverOrigin(p: UrlPolicy): string | null {
  try {
    return new URL(p.serverUrl).origin
  } catch {
    return null
  }
}

/** `u` addresses this repository: `<server>/<owner>/<repo>[/…]`, or its raw.githubusercontent.com form. */
function inRepository(u: URL, p: UrlPolicy): { rest: string[] } | null {
  const repo = p.repository
  if (!repo) return null
  const segs = segments(u)
  const owner = repo.owner.toLowerCase()
  const name = repo.repo.toLowerCase()
  const origin = serverOrigin(p)
  const onServer = origin !== null && u.origin === origin
  const onRaw = origin === 'https://github.com' && u.origin === 'https://raw.githubusercontent.com'
  if (!onServer && !onRaw) return null
  if (segs[0] !== owner || segs[1] !== name) return null
  return { rest: segs.slice(2) }
}

/** An issue, pull request or discussion URL on this server or github.com (GitHub would cross-reference it). */
export function isXrefUrl(u: URL, p: UrlPolicy): boolean {
  const origin = serverOrigin(p)
  if (u.origin !== origin && u.origin !== 'https://github.com' && u.origin !== 'http://github.com')
    return false
  const segs = segments(u)
  return segs.length >= 4 && XREF_KINDS.has(segs[2] as string) && /^\d/.test(segs[3] as string)
}

/**
 * A link target to write back, or null when the link must render as plain text. Non-http targets (and
 * unparsable ones) become `#`, as before; anchors stay.
 */
export function linkTarget(dest: string, p: UrlPolicy, encode: (u: string) => string): string | null {
  if (/^#[\w.-]*$/.test(dest)) return dest
  if (!/^https?:\/\/[^\s]/i.test(dest)) return '#'
  const u = normaliseUrl(encode(dest))
  if (p.links === 'any') {
    if (u && isXrefUrl(u, p)) return null
    return encode(dest)
  }
  if (!u) return null
  const inRepo = inRepository(u, p)
  if (!inRepo || isXrefUrl(u, p)) return null
  return u.href
}

/**
 * The normalised image URL to write back, or null. Allowed: this repository's own paths (any path under
 * `<server>/<owner>/<repo>/`, raw.githubusercontent.com/<owner>/<repo>/…) except pull request refs
 * (`…/refs/pull/N/head/…`: a fork's own content), and the configured prefixes.
 */
export function imageSource(raw: string, p: UrlPolicy): string | null {
  if (/@/.test(raw)) return null
  const u = normaliseUrl(raw)
  if (!u) return null
  const href = u.href
  const inRepo = inRepository(u, p)
  if (inRepo && inRepo.rest.length > 0 && !inRepo.rest.some(forkReachable)) return href
  if (p.imagePrefixes.some(pre => pre !== '' && href.startsWith(pre))) {
    // A prefix into a repository's raw files still never serves a pull request ref or a bare commit.
    if (!segments(u).some(forkReachable)) return href
  }
  return null
}

/**
 * A path segment through which this repository serves a fork's content: a pull request ref, or a commit named by
 * its SHA (GitHub serves a fork's commits through the parent repository by SHA). Branches and tags are the
 * repository's own.
 */
function forkReachable(segment: string): boolean {
  return segment === 'pull' || segment === 'pulls' || /^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(segment)
}
