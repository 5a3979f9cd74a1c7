/**
 * A small, safe, fast XML tokenizer for coverage reports.
 *
 * Safety: a DOCTYPE is skipped and never loaded (external DTDs such as JaCoCo's `report.dtd` are normal);
 * a DOCTYPE whose internal subset declares entities is refused; only the five predefined entities and
 * numeric character references are decoded, so no entity expansion (billion laughs) and no file or
 * network access (XXE) can happen. Speed: the whole document is one string scanned with indexOf and
 * charCodeAt; attribute values are substrings, decoded only when they contain `&`.
 */
import { UserError } from '../../shared/errors.js'
import { clampHits } from '../model.js'

/** Attributes of the current start tag. Valid only during the `open` callback. */
export interface XmlAttrs {
  get(name: string): string | undefined
  /** The attribute as a non-negative integer: undefined if absent, NaN if not one (no string made). */
  int(name: string): number | undefined
}

export interface XmlHandler {
  open(name: string, attrs: XmlAttrs, selfClosing: boolean): void
  close?(name: string): void
  /** Character data (entities decoded, CDATA included), only called while defined (may be unset later). */
  text?(text: string): void
  /**
   * Optional fast scanner, only called while defined (may be set and unset from the callbacks): at each
   * point where the tokenizer is about to look for the next markup, it may consume complete elements that
   * it recognises from the bytes (with the whitespace-only text before each, which is never reported) and
   * returns the index to continue from (`pos` when it consumed nothing). It must consume only well-formed
   * input that the callbacks would have handled identically; everything else, and so every error, is left
   * to the tokenizer.
   */
  scan?: ((b: Buffer, pos: number) => number) | undefined
}

const GT = 62 // >
const SLASH = 47
const LT = 60
const QMARK = 63
const BANG = 33
const EQ = 61
const DQ = 34
const SQ = 39

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13
}

/**
 * Decode the raw bytes to a string: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or `<?` sniffing),
 * or ISO-8859-1 when the XML declaration says so. Other declared encodings are refused.
 */
export function decodeXml(buf: Buffer, source: string): Buffer {
  const b0 = buf[0]
  const b1 = buf[1]
  if (b0 === 0xef && b1 === 0xbb && buf[2] === 0xbf) return checkDeclared(buf.subarray(3), source, 'utf-8')
  if (b0 === 0xff && b1 === 0xfe) return utf16(buf.toString('utf16le', 2), source)
  if (b0 === 0xfe && b1 === 0xff) return utf16(swap16(buf.subarray(2)).toString('utf16le'), source)
  if (b0 === 0x3c && b1 === 0 && buf[2] === 0x3f && buf[3] === 0) return utf16(buf.toString('utf16le'), source)
  if (b0 === 0 && b1 === 0x3c && buf[2] === 0 && buf[3] === 0x3f) return utf16(swap16(buf).toString('utf16le'), source)
  const enc = declaredEncoding(buf.toString('latin1', 0, Math.min(buf.length, 200)))
  if (enc === undefined || enc === 'utf-8' || enc === 'utf8' || enc === 'us-ascii' || enc === 'ascii') return buf
  if (enc === 'iso-8859-1' || enc === 'latin1' || enc === 'latin-1' || enc === 'iso8859-1') {
    return Buffer.from(buf.toString('latin1'), 'utf8')
  }
  throw new UserError(
    `${source}: unsupported XML encoding "${enc}" (supported: UTF-8, UTF-16 with a byte-order mark, ISO-8859-1)`
  )
}

function utf16(text: string, source: string): Buffer {
  const enc = declaredEncoding(text.slice(0, 200))
  if (enc !== undefined && !['utf-16', 'utf16', 'utf-16le', 'utf-16be'].includes(enc)) {
    throw new UserError(`${source}: the XML declares encoding "${enc}" but its byte-order mark says utf-16`)
  }
  return Buffer.from(text, 'utf8')
}

function swap16(buf: Buffer): Buffer {
  const even = buf.length - (buf.length % 2)
  const out = Buffer.allocUnsafe(even)
  for (let i = 0; i < even; i += 2) {
    out[i] = buf[i + 1] as number
    out[i + 1] = buf[i] as number
  }
  return out
}

function declaredEncoding(head: string): string | undefined {
  if (!head.startsWith('<?xml')) return undefined
  const end = head.indexOf('?>')
  const decl = end < 0 ? head : head.slice(0, end)
  const m = /encoding\s*=\s*["']([^"']*)["']/.exec(decl)
  return m?.[1]?.toLowerCase()
}

function checkDeclared(buf: Buffer, source: string, actual: 'utf-8'): Buffer {
  const enc = declaredEncoding(buf.toString('latin1', 0, Math.min(buf.length, 200)))
  if (enc === undefined || enc === 'utf-8' || enc === 'utf8' || enc === 'us-ascii' || enc === 'ascii') return buf
  throw new UserError(`${source}: the XML declares encoding "${enc}" but its byte-order mark says ${actual}`)
}

class Attrs implements XmlAttrs {
  names: string[] = []
  starts: number[] = []
  ends: number[] = []
  n = 0
  b: Buffer = Buffer.alloc(0)
  constructor(private readonly source: string) {}
  private find(name: string): number {
    for (let i = 0; i < this.n; i++) if (this.names[i] === name) return i
    return -1
  }
  get(name: string): string | undefined {
    const i = this.find(name)
    if (i < 0) return undefined
    const v = this.b.toString('utf8', this.starts[i], this.ends[i])
    return v.indexOf('&') < 0 ? v : decodeEntities(v, this.source)
  }
  int(name: string): number | undefined {
    const i = this.find(name)
    if (i < 0) return undefined
    const b = this.b
    const s = this.starts[i] as number
    const e = this.ends[i] as number
    let n = 0
    if (e - s > 0 && e - s < 16) {
      let k = s
      for (; k < e; k++) {
        const c = (b[k] as number) - 48
        if (c < 0 || c > 9) break
        n = n * 10 + c
      }
      if (k === e) return n
    }
    const v = toInt(this.get(name) as string)
    return v === undefined ? NaN : v
  }
}

/** Small cache so that repeated tag and attribute names do not allocate a new string each time. */
const NAME_CACHE: (string | undefined)[] = new Array(512)
function internName(b: Buffer, start: number, end: number): string {
  const len = end - start
  if (len > 40) return b.toString('utf8', start, end)
  const h = ((len * 31 + (b[start] as number) * 7 + (b[end - 1] as number) * 3 + (b[start + (len >> 1)] as number)) & 511) >>> 0
  const c = NAME_CACHE[h]
  if (c !== undefined && c.length === len) {
    let k = 0
    while (k < len && c.charCodeAt(k) === b[start + k]) k++
    if (k === len) return c
  }
  const name = b.toString('utf8', start, end)
  NAME_CACHE[h] = name
  return name
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeEntities(s: string, source: string): string {
  let out = ''
  let last = 0
  let i = s.indexOf('&')
  while (i >= 0) {
    const semi = s.indexOf(';', i + 1)
    if (semi < 0 || semi - i > 12) throw new UserError(`${source}: malformed XML: bare "&" in text or attribute`)
    const ent = s.slice(i + 1, semi)
    let rep: string | undefined
    if (ent.charCodeAt(0) === 35 /* # */) {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10)
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) {
        throw new UserError(`${source}: malformed XML: bad character reference &${ent};`)
      }
      rep = String.fromCodePoint(code)
    } else {
      rep = PREDEFINED[ent]
      if (rep === undefined) {
        throw new UserError(
          `${source}: XML uses the undefined entity &${ent}; (only the 5 predefined entities are allowed)`
        )
      }
    }
    out += s.slice(last, i) + rep
    last = semi + 1
    i = s.indexOf('&', last)
  }
  return out + s.slice(last)
}

function truncated(source: string, what: string): UserError {
  return new UserError(`${source}: truncated or malformed XML (${what})`)
}

/** Skip a DOCTYPE starting at `i` (pointing at `<!DOCTYPE`); returns the index after its `>`. */
function skipDoctype(b: Buffer, i: number, source: string): number {
  const len = b.length
  let j = i + 9
  let quote = 0
  for (; j < len; j++) {
    const c = b[j] as number
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === DQ || c === SQ) {
      quote = c
    } else if (c === 91 /* [ */) {
      const end = b.indexOf(93 /* ] */, j + 1)
      if (end < 0) throw truncated(source, 'unterminated DOCTYPE internal subset')
      if (/<!ENTITY/i.test(b.toString('latin1', j + 1, end))) {
        throw new UserError(
          `${source}: refusing XML with a DOCTYPE that declares entities (<!ENTITY>): entity expansion and external entities are not allowed in coverage reports`
        )
      }
      j = end
    } else if (c === GT) {
      return j + 1
    }
  }
  throw truncated(source, 'unterminated DOCTYPE')
}

function at(b: Buffer, pos: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (b[pos + k] !== s.charCodeAt(k)) return false
  return true
}

/**
 * Tokenize an XML document (a string, or UTF-8 bytes as returned by decodeXml) and call the handler for
 * each start tag, end tag and (optionally) text. Throws a UserError naming `source` on malformed or unsafe
 * input, including truncation (unclosed elements). Scanning works on the bytes; strings are made only for
 * tag/attribute names (interned) and for attribute values a handler asks for.
 */
export function parseXml(xml: string | Buffer, source: string, handler: XmlHandler): void {
  const b = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml
  const len = b.length
  const attrs = new Attrs(source)
  attrs.b = b
  const stack: string[] = []
  const stackPos: number[] = []
  let sawRoot = false
  let i = 0
  while (i < len) {
    const scan = handler.scan
    if (scan !== undefined) i = scan(b, i)
    // A JS loop beats Buffer#indexOf here: the gaps between tags are short and the native call is not.
    let lt = i
    while (lt < len && b[lt] !== LT) lt++
    if (lt >= len) {
      if (handler.text !== undefined && stack.length > 0) emitText(b.toString('utf8', i), handler, source)
      break
    }
    if (handler.text !== undefined && lt > i && stack.length > 0) emitText(b.toString('utf8', i, lt), handler, source)
    const c1 = b[lt + 1]
    if (c1 === QMARK) {
      const end = b.indexOf('?>', lt + 2)
      if (end < 0) throw truncated(source, 'unterminated processing instruction')
      i = end + 2
      continue
    }
    if (c1 === BANG) {
      if (at(b, lt, '<!--')) {
        const end = b.indexOf('-->', lt + 4)
        if (end < 0) throw truncated(source, 'unterminated comment')
        i = end + 3
      } else if (at(b, lt, '<![CDATA[')) {
        const end = b.indexOf(']]>', lt + 9)
        if (end < 0) throw truncated(source, 'unterminated CDATA section')
        if (stack.length > 0) handler.text?.(b.toString('utf8', lt + 9, end))
        i = end + 3
      } else if (at(b, lt, '<!DOCTYPE')) {
        if (sawRoot) throw new UserError(`${source}: malformed XML: DOCTYPE after the root element`)
        i = skipDoctype(b, lt, source)
      } else {
        throw new UserError(`${source}: malformed XML: unexpected "<!" markup`)
      }
      continue
    }
    if (c1 === SLASH) {
      let end = lt + 2
      while (end < len && b[end] !== GT) end++
      if (end >= len) throw truncated(source, 'unterminated end tag')
      let nameEnd = end
      while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1] as number)) nameEnd--
      const open = stack.pop()
      const openPos = stackPos.pop() as number
      let same = open !== undefined && nameEnd - (lt + 2) === open.length
      if (same) {
        for (let k = lt + 2, m = openPos; k < nameEnd; k++, m++) {
          if (b[k] !== b[m]) {
            same = false
            break
          }
        }
      }
      if (!same) {
        const name = b.toString('utf8', lt + 2, nameEnd)
        throw new UserError(
          open === undefined
            ? `${source}: malformed XML: end tag </${name}> without a start tag`
            : `${source}: malformed XML: </${name}> closes <${open}>`
        )
      }
      handler.close?.(open as string)
      i = end + 1
      continue
    }
    // Start tag: name, then attributes.
    let j = lt + 1
    while (j < len) {
      const c = b[j] as number
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === GT || c === SLASH) break
      j++
    }
    if (j >= len) throw truncated(source, 'unterminated start tag')
    if (j === lt + 1) throw new UserError(`${source}: malformed XML: "<" not followed by a tag name`)
    const name = internName(b, lt + 1, j)
    if (sawRoot && stack.length === 0) {
      throw new UserError(`${source}: malformed XML: content after the root element <${name}>`)
    }
    attrs.n = 0
    let selfClosing = false
    for (;;) {
      let c = b[j] as number
      while (c === 32 || c === 10 || c === 9 || c === 13) c = b[++j] as number
      if (j >= len) throw truncated(source, `unterminated <${name}> tag`)
      if (c === GT) {
        j++
        break
      }
      if (c === SLASH) {
        if (b[j + 1] !== GT) throw new UserError(`${source}: malformed XML in <${name}> tag`)
        selfClosing = true
        j += 2
        break
      }
      const an = j
      while (j < len) {
        const d = b[j] as number
        if (d === EQ || d === 32 || d === 10 || d === 9 || d === 13 || d === GT || d === SLASH) break
        j++
      }
      const attrName = internName(b, an, j)
      while (j < len && isSpace(b[j] as number)) j++
      if (b[j] !== EQ) {
        if (j >= len) throw truncated(source, `unterminated <${name}> tag`)
        throw new UserError(`${source}: malformed XML: attribute "${attrName}" in <${name}> has no value`)
      }
      j++
      while (j < len && isSpace(b[j] as number)) j++
      const q = b[j]
      if (q !== DQ && q !== SQ) {
        if (j >= len) throw truncated(source, `unterminated <${name}> tag`)
        throw new UserError(`${source}: malformed XML: unquoted value for "${attrName}" in <${name}>`)
      }
      let vEnd = j + 1
      while (vEnd < len && b[vEnd] !== q) vEnd++
      if (vEnd >= len) throw truncated(source, `unterminated attribute in <${name}>`)
      const k = attrs.n++
      attrs.names[k] = attrName
      attrs.starts[k] = j + 1
      attrs.ends[k] = vEnd
      j = vEnd + 1
    }
    sawRoot = true
    handler.open(name, attrs, selfClosing)
    if (selfClosing) handler.close?.(name)
    else {
      stack.push(name)
      stackPos.push(lt + 1)
    }
    i = j
  }
  if (stack.length > 0) throw truncated(source, `end of file inside <${stack[stack.length - 1]}>`)
  if (!sawRoot) throw new UserError(`${source}: not XML: no root element found`)
}

function emitText(raw: string, handler: XmlHandler, source: string): void {
  let k = 0
  while (k < raw.length && isSpace(raw.charCodeAt(k))) k++
  if (k === raw.length) return
  handler.text?.(raw.indexOf('&') < 0 ? raw : decodeEntities(raw, source))
}

/**
 * Parse a non-negative decimal integer attribute (see toInt); undefined if absent. Throws a one-line
 * UserError naming the report, element and attribute on anything else (`1e9`, `0x10`, `Infinity`, `-1`,
 * `1.5`). A digit run too long for a double reads as Infinity: counts go through countAttr (clamped),
 * line numbers through ReportBuilder.lineOk (refused).
 */
export function intAttr(attrs: XmlAttrs, name: string, source: string, element: string): number | undefined {
  const n = attrs.int(name)
  if (n !== undefined && Number.isNaN(n)) {
    const raw = attrs.get(name) ?? ''
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw
    throw new UserError(
      `${source}: <${element}> has ${name}="${shown}", expected a non-negative decimal integer`
    )
  }
  return n
}

/** A count attribute (hits, instruction or branch counts): intAttr, clamped to MAX_HITS. */
export function countAttr(attrs: XmlAttrs, name: string, source: string, element: string): number | undefined {
  const n = intAttr(attrs, name, source, element)
  return n === undefined ? undefined : clampHits(n)
}

/**
 * A non-negative integer written in decimal digits, optionally followed by a decimal point and zeros
 * (`3.0`: Swift's and some .NET writers' float-typed counts); undefined for anything else, so `1e9`,
 * `0x10`, `Infinity`, signs and spaces are never read as numbers. A very long digit run gives a value
 * above 2^53 (inexact) or Infinity: callers clamp counts and refuse such line numbers.
 */
export function toInt(v: string): number | undefined {
  const len = v.length
  let n = 0
  let i = 0
  for (; i < len; i++) {
    const c = v.charCodeAt(i) - 48
    if (c < 0 || c > 9) break
    n = n * 10 + c
  }
  if (i === 0) return undefined
  if (i < len) {
    if (v.charCodeAt(i) !== 46 /* . */ || i + 1 === len) return undefined
    for (let k = i + 1; k < len; k++) if (v.charCodeAt(k) !== 48 /* 0 */) return undefined
  }
  return n
}

