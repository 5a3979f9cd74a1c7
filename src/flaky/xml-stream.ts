/**
 * A streaming XML tokenizer for test reports: bytes go in chunk by chunk (write/end), start tags, end tags
 * and (while the handler asks for it) text come out, and only the unfinished tail of the input is held, so
 * memory stays flat in the size of the file however large its captured output is.
 *
 * Why not the coverage tokenizer (src/coverage/parse/xml.ts)? It scans one whole buffer, and it skips a
 * DOCTYPE (coverage formats declare external DTDs); JUnit never needs one, so here any DOCTYPE is refused.
 *
 * Safety: a DOCTYPE is refused before anything in it is read, so no DTD is loaded, no entity is declared or
 * expanded (billion laughs) and no file or URL is opened (XXE); only the five predefined entities and
 * character references are decoded. Caps: bytes in total, bytes in one tag (start tag, end tag, processing
 * instruction), attributes per tag, element depth; each is a one-line UserError naming the source. Comments,
 * CDATA sections and text are streamed, never held whole. Every loop advances through the input.
 */
import { isUtf8 } from 'node:buffer'
import { StringDecoder } from 'node:string_decoder'
import { UserError } from '../shared/errors.js'

export interface StreamLimits {
  /** Total input bytes (after the encoding is converted to UTF-8 the original byte count is what counts). */
  maxBytes: number
  /** Bytes in one start tag, end tag or processing instruction. */
  maxTagBytes: number
  /** Attributes in one start tag. */
  maxAttributes: number
  /** Open elements at once. */
  maxDepth: number
}

/** Attributes of the current start tag; valid only during the `open` callback. */
export interface StreamAttrs {
  /** The value with entities decoded and literal tabs/newlines normalised to spaces, as XML specifies. */
  get(name: string): string | undefined
  readonly count: number
}

export interface StreamHandler {
  open(name: string, attrs: StreamAttrs, selfClosing: boolean): void
  close(name: string): void
  /**
   * Character data inside the root, entities decoded, CDATA included, possibly in several pieces for one
   * text node (whitespace included). Only called while defined: leave it unset to skip text for free.
   */
  text?: ((piece: string) => void) | undefined
}

const LT = 60
const GT = 62
const SLASH = 47
const QMARK = 63
const BANG = 33
const EQ = 61
const DQ = 34
const SQ = 39
const AMP = 38
const SEMI = 59

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13
}

const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"]
])

/** Decode the five predefined entities and character references; anything else is a UserError. */
export function decodeEntities(s: string, source: string): string {
  let i = s.indexOf('&')
  if (i < 0) return s
  let out = ''
  let last = 0
  while (i >= 0) {
    const semi = s.indexOf(';', i + 1)
    if (semi < 0 || semi - i > 12)
      throw new UserError(`${source}: malformed XML: bare "&" in text or attribute`)
    const ent = s.slice(i + 1, semi)
    let rep: string | undefined
    if (ent.charCodeAt(0) === 35 /* # */) {
      const hex = ent[1] === 'x' || ent[1] === 'X'
      const digits = hex ? ent.slice(2) : ent.slice(1)
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN
      if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
        throw new UserError(`${source}: malformed XML: bad character reference &${ent};`)
      }
      rep = String.fromCodePoint(code)
    } else {
      rep = PREDEFINED.get(ent)
      if (rep === undefined) {
        throw new UserError(
          `${source}: XML uses the undefined entity &${ent.slice(0, 40)}; (only the 5 predefined entities are allowed)`
        )
      }
    }
    out += s.slice(last, i) + rep
    last = semi + 1
    i = s.indexOf('&', last)
  }
  return out + s.slice(last)
}

class Attrs implements StreamAttrs {
  names: string[] = []
  starts: number[] = []
  ends: number[] = []
  count = 0
  b: Buffer = Buffer.alloc(0)
  constructor(private readonly source: string) {}
  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      if (this.names[i] === name) {
        let v = this.b.toString('utf8', this.starts[i], this.ends[i])
        if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n|[\t\n\r]/g, ' ')
        return v.indexOf('&') < 0 ? v : decodeEntities(v, this.source)
      }
    }
    return undefined
  }
}

/** Length of an incomplete UTF-8 sequence at the end of b[from, end) (0 when it ends on a boundary). */
function incompleteTail(b: Buffer, from: number, end: number): number {
  for (let k = 1; k <= 3 && end - k >= from; k++) {
    const c = b[end - k] as number
    if ((c & 0xc0) === 0x80) continue // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1
    return need > k ? k : 0
  }
  return 0
}

const enum State {
  Content,
  Comment,
  CData
}

/** Name of a state-independent "need more input" result of the markup readers. */
const MORE = -1

/**
 * The tokenizer proper: UTF-8 bytes in, callbacks out. Use `XmlReader` (below) for raw file bytes in any
 * supported encoding; this class trusts its input to be valid UTF-8.
 */
class Tokenizer {
  private carry: Buffer<ArrayBufferLike> = Buffer.alloc(0)
  private state = State.Content
  private readonly stack: string[] = []
  private sawRoot = false
  private rootClosed = false
  private readonly attrs: Attrs

  constructor(
    private readonly source: string,
    private readonly handler: StreamHandler,
    private readonly limits: StreamLimits
  ) {
    this.attrs = new Attrs(source)
  }

  write(chunk: Buffer, last: boolean): void {
    const b = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk])
    const pos = this.pump(b, last)
    if (last) {
      if (pos < b.length || this.state !== State.Content) throw this.truncated(this.stateName())
      if (this.stack.length > 0)
        throw this.truncated(`end of file inside <${this.stack[this.stack.length - 1]}>`)
      if (!this.sawRoot) throw new UserError(`${this.source}: not XML: no root element found`)
      return
    }
    const rest = b.length - pos
    if (rest > this.limits.maxTagBytes) throw this.tagTooLong()
    // Copy the tail so the (large) chunk it came from is not kept alive.
    this.carry = rest === 0 ? Buffer.alloc(0) : Buffer.from(b.subarray(pos))
  }

  private tagTooLong(): UserError {
    return new UserError(
      `${this.source}: a tag longer than ${this.limits.maxTagBytes} bytes (cap on one tag; the file is refused)`
    )
  }

  private stateName(): string {
    if (this.state === State.Comment) return 'unterminated comment'
    if (this.state === State.CData) return 'unterminated CDATA section'
    return 'unterminated tag'
  }

  private truncated(what: string): UserError {
    return new UserError(`${this.source}: truncated or malformed XML (${what})`)
  }

  /** Process b as far as possible; returns the index of the first byte not consumed. */
  private pump(b: Buffer, last: boolean): number {
    const len = b.length
    let i = 0
    for (;;) {
      if (this.state === State.Comment) {
        const end = b.indexOf('-->', i)
        if (end < 0) return Math.max(i, len - 2) // keep a possible "--" of the closing "-->"
        this.state = State.Content
        i = end + 3
        continue
      }
      if (this.state === State.CData) {
        const end = b.indexOf(']]>', i)
        if (end < 0) {
          let stop = Math.max(i, len - 2)
          stop -= incompleteTail(b, i, stop)
          if (stop > i) this.emitRaw(b, i, stop)
          return stop
        }
        if (end > i) this.emitRaw(b, i, end)
        this.state = State.Content
        i = end + 3
        continue
      }
      // Content: text up to the next markup.
      let lt = i
      while (lt < len && b[lt] !== LT) lt++
      if (lt > i) {
        const stop = lt < len || last ? lt : this.safeTextEnd(b, i, lt)
        this.content(b, i, stop)
        i = stop
        if (lt >= len) return i
      }
      if (lt >= len) return i
      const next = this.markup(b, lt, last)
      if (next === MORE) return lt
      i = next
    }
  }

  /** Where a text run that reaches the end of the buffer can be cut: not inside a character or entity. */
  private safeTextEnd(b: Buffer, from: number, end: number): number {
    if (this.handler.text === undefined && this.stack.length > 0) return end
    let stop = end - incompleteTail(b, from, end)
    const amp = b.lastIndexOf(AMP, stop - 1)
    if (amp >= from && b.indexOf(SEMI, amp) < 0) stop = amp
    return stop
  }

  private content(b: Buffer, from: number, to: number): void {
    if (this.stack.length === 0) {
      for (let k = from; k < to; k++) {
        if (!isSpace(b[k] as number)) {
          throw new UserError(
            this.sawRoot
              ? `${this.source}: malformed XML: text after the root element`
              : `${this.source}: not XML: text before the first element`
          )
        }
      }
      return
    }
    const text = this.handler.text
    if (text !== undefined) text(decodeEntities(b.toString('utf8', from, to), this.source))
  }

  private emitRaw(b: Buffer, from: number, to: number): void {
    const text = this.handler.text
    if (text !== undefined && this.stack.length > 0) text(b.toString('utf8', from, to))
  }

  /** Read the markup at b[lt] === '<'; returns the index after it, or MORE when it is not complete yet. */
  private markup(b: Buffer, lt: number, last: boolean): number {
    const len = b.length
    if (lt + 1 >= len) return this.more(last, 'unterminated tag')
    const c1 = b[lt + 1] as number
    if (c1 === QMARK) {
      const end = b.indexOf('?>', lt + 2)
      if (end < 0) return this.more(last, 'unterminated processing instruction')
      return end + 2
    }
    if (c1 === BANG) {
      if (len - lt < 9 && !last) {
        // Not enough bytes to tell a comment, CDATA or DOCTYPE apart unless what is there already differs.
        const have = b.toString('latin1', lt, len)
        if ('<!--'.startsWith(have) || '<![CDATA['.startsWith(have) || '<!DOCTYPE'.startsWith(have))
          return MORE
      }
      if (startsWith(b, lt, '<!--')) {
        this.state = State.Comment
        return lt + 4
      }
      if (startsWith(b, lt, '<![CDATA[')) {
        if (this.stack.length === 0)
          throw new UserError(`${this.source}: malformed XML: CDATA outside the root`)
        this.state = State.CData
        return lt + 9
      }
      if (startsWith(b, lt, '<!DOCTYPE')) {
        throw new UserError(
          `${this.source}: refusing XML with a DOCTYPE: test reports never need one, and a DTD can declare entities that expand without bound or read files and URLs`
        )
      }
      throw new UserError(`${this.source}: malformed XML: unexpected "<!" markup`)
    }
    if (c1 === SLASH) {
      let end = lt + 2
      while (end < len && b[end] !== GT) end++
      if (end >= len) return this.more(last, 'unterminated end tag')
      let nameEnd = end
      while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1] as number)) nameEnd--
      const name = b.toString('utf8', lt + 2, nameEnd)
      const open = this.stack.pop()
      if (open !== name) {
        throw new UserError(
          open === undefined
            ? `${this.source}: malformed XML: end tag </${clip(name)}> without a start tag`
            : `${this.source}: malformed XML: </${clip(name)}> closes <${clip(open)}>`
        )
      }
      if (this.stack.length === 0) this.rootClosed = true
      this.handler.close(name)
      return end + 1
    }
    return this.startTag(b, lt, last)
  }

  private more(last: boolean, what: string): number {
    if (last) throw this.truncated(what)
    return MORE
  }

  private startTag(b: Buffer, lt: number, last: boolean): number {
    const len = b.length
    const src = this.source
    let j = lt + 1
    while (j < len) {
      const c = b[j] as number
      if (isSpace(c) || c === GT || c === SLASH) break
      j++
    }
    if (j >= len) return this.more(last, 'unterminated start tag')
    if (j === lt + 1) throw new UserError(`${src}: malformed XML: "<" not followed by a tag name`)
    const name = b.toString('utf8', lt + 1, j)
    if (this.rootClosed)
      throw new UserError(`${src}: malformed XML: content after the root element <${clip(name)}>`)
    const attrs = this.attrs
    attrs.count = 0
    attrs.b = b
    let selfClosing = false
    for (;;) {
      while (j < len && isSpace(b[j] as number)) j++
      if (j >= len) return this.more(last, `unterminated <${clip(name)}> tag`)
      const c = b[j] as number
      if (c === GT) {
        j++
        break
      }
      if (c === SLASH) {
        if (j + 1 >= len) return this.more(last, `unterminated <${clip(name)}> tag`)
        if (b[j + 1] !== GT) throw new UserError(`${src}: malformed XML in <${clip(name)}> tag`)
        selfClosing = true
        j += 2
        break
      }
      const an = j
      while (j < len) {
        const d = b[j] as number
        if (d === EQ || isSpace(d) || d === GT || d === SLASH) break
        j++
      }
      const attrName = b.toString('utf8', an, j)
      while (j < len && isSpace(b[j] as number)) j++
      if (j >= len) return this.more(last, `unterminated <${clip(name)}> tag`)
      if (b[j] !== EQ) {
        throw new UserError(
          `${src}: malformed XML: attribute "${clip(attrName)}" in <${clip(name)}> has no value`
        )
      }
      j++
      while (j < len && isSpace(b[j] as number)) j++
      if (j >= len) return this.more(last, `unterminated <${clip(name)}> tag`)
      const q = b[j]
      if (q !== DQ && q !== SQ) {
        throw new UserError(
          `${src}: malformed XML: unquoted value for "${clip(attrName)}" in <${clip(name)}>`
        )
      }
      const vEnd = b.indexOf(q, j + 1)
      if (vEnd < 0) return this.more(last, `unterminated attribute in <${clip(name)}>`)
      for (let k = 0; k < attrs.count; k++) {
        if (attrs.names[k] === attrName) {
          throw new UserError(
            `${src}: malformed XML: attribute "${clip(attrName)}" repeated in <${clip(name)}>`
          )
        }
      }
      if (attrs.count >= this.limits.maxAttributes) {
        throw new UserError(
          `${src}: <${clip(name)}> has more than ${this.limits.maxAttributes} attributes (cap)`
        )
      }
      const k = attrs.count++
      attrs.names[k] = attrName
      attrs.starts[k] = j + 1
      attrs.ends[k] = vEnd
      j = vEnd + 1
    }
    if (j - lt > this.limits.maxTagBytes) throw this.tagTooLong()
    if (!selfClosing && this.stack.length >= this.limits.maxDepth) {
      throw new UserError(`${src}: elements nested deeper than ${this.limits.maxDepth} levels (cap)`)
    }
    this.sawRoot = true
    this.handler.open(name, attrs, selfClosing)
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true
      this.handler.close(name)
    } else this.stack.push(name)
    return j
  }
}

function startsWith(b: Buffer, pos: number, s: string): boolean {
  if (pos + s.length > b.length) return false
  for (let k = 0; k < s.length; k++) if (b[pos + k] !== s.charCodeAt(k)) return false
  return true
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s
}

type Encoding = 'utf-8' | 'latin1' | 'utf-16le' | 'utf-16be'

/**
 * Raw file bytes in (any chunking), tokens out. The encoding is read from the first bytes: a UTF-8 or
 * UTF-16 byte-order mark, UTF-16 without one (`<?` sniffing), else the XML declaration (UTF-8, US-ASCII or
 * ISO-8859-1; anything else is refused). UTF-8 input is checked: invalid UTF-8 is a UserError.
 */
export class XmlReader {
  private readonly tok: Tokenizer
  private encoding: Encoding | undefined
  private head: Buffer<ArrayBufferLike> = Buffer.alloc(0)
  private pending: Buffer<ArrayBufferLike> = Buffer.alloc(0)
  private utf16: StringDecoder | undefined
  private odd: number | undefined
  private total = 0

  constructor(
    private readonly source: string,
    handler: StreamHandler,
    private readonly limits: StreamLimits
  ) {
    this.tok = new Tokenizer(source, handler, limits)
  }

  write(chunk: Buffer): void {
    this.total += chunk.length
    if (this.total > this.limits.maxBytes) {
      throw new UserError(
        `${this.source}: larger than ${this.limits.maxBytes} bytes (cap on one report; split the report or raise the cap)`
      )
    }
    if (this.encoding === undefined) {
      this.head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk])
      if (this.head.length < 256) return
      chunk = this.sniff(this.head)
      this.head = Buffer.alloc(0)
    }
    this.feed(chunk, false)
  }

  end(): void {
    let chunk: Buffer = Buffer.alloc(0)
    if (this.encoding === undefined) {
      if (this.head.length === 0) throw new UserError(`${this.source}: empty file, not a test report`)
      chunk = this.sniff(this.head)
    }
    this.feed(chunk, true)
  }

  private feed(chunk: Buffer, last: boolean): void {
    const utf8 = this.convert(chunk, last)
    this.tok.write(utf8, last)
  }

  private convert(chunk: Buffer, last: boolean): Buffer {
    switch (this.encoding) {
      case 'latin1':
        return Buffer.from(chunk.toString('latin1'), 'utf8')
      case 'utf-16le':
      case 'utf-16be': {
        let bytes = chunk
        if (this.encoding === 'utf-16be') {
          if (this.odd !== undefined) bytes = Buffer.concat([Buffer.from([this.odd]), bytes])
          this.odd = bytes.length % 2 === 1 ? (bytes[bytes.length - 1] as number) : undefined
          bytes = swap16(bytes.subarray(0, bytes.length - (bytes.length % 2)))
        }
        const dec = (this.utf16 ??= new StringDecoder('utf16le'))
        const s = last ? dec.write(bytes) + dec.end() : dec.write(bytes)
        if (last && this.odd !== undefined)
          throw new UserError(`${this.source}: truncated UTF-16 (odd byte count)`)
        return Buffer.from(s, 'utf8')
      }
      default: {
        let b = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
        const tail = last ? 0 : incompleteTail(b, 0, b.length)
        this.pending = tail === 0 ? Buffer.alloc(0) : Buffer.from(b.subarray(b.length - tail))
        b = b.subarray(0, b.length - tail)
        if (!isUtf8(b)) {
          throw new UserError(
            `${this.source}: not valid UTF-8 (between bytes ${this.total - chunk.length - tail} and ${this.total}); re-encode the report or declare its encoding`
          )
        }
        return b
      }
    }
  }

  /** Decide the encoding from the first bytes; returns those bytes with any byte-order mark removed. */
  private sniff(b: Buffer): Buffer {
    const b0 = b[0]
    const b1 = b[1]
    if (b0 === 0xef && b1 === 0xbb && b[2] === 0xbf) {
      this.declared(b.subarray(3).toString('latin1', 0, 200), ['utf-8', 'utf8'])
      this.encoding = 'utf-8'
      return b.subarray(3)
    }
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && b[2] === 0x3f && b[3] === 0)) {
      this.encoding = 'utf-16le'
      return b0 === 0xff ? b.subarray(2) : b
    }
    if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && b[2] === 0 && b[3] === 0x3f)) {
      this.encoding = 'utf-16be'
      return b0 === 0xfe ? b.subarray(2) : b
    }
    const enc = this.declared(b.toString('latin1', 0, 200), undefined)
    this.encoding =
      enc === 'iso-8859-1' || enc === 'latin1' || enc === 'latin-1' || enc === 'iso8859-1'
        ? 'latin1'
        : 'utf-8'
    return b
  }

  private declared(head: string, bom: string[] | undefined): string | undefined {
    if (!head.startsWith('<?xml')) return undefined
    const end = head.indexOf('?>')
    const m = /encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(end < 0 ? head : head.slice(0, end))
    const enc = m?.[1]?.toLowerCase()
    if (enc === undefined) return undefined
    const ok = bom ?? ['utf-8', 'utf8', 'us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'latin-1', 'iso8859-1']
    if (!ok.includes(enc)) {
      throw new UserError(
        `${this.source}: unsupported XML encoding "${enc}"${bom ? ' (the byte-order mark says UTF-8)' : ''} (supported: UTF-8, UTF-16 with a byte-order mark, ISO-8859-1)`
      )
    }
    return enc
  }
}

function swap16(buf: Buffer): Buffer {
  const out = Buffer.allocUnsafe(buf.length)
  for (let i = 0; i + 1 < buf.length; i += 2) {
    out[i] = buf[i + 1] as number
    out[i + 1] = buf[i] as number
  }
  return out
}
