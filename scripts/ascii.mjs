// ASCII-only bundles. Node reads a file that holds any non-ASCII byte as UTF-8 into a two-byte string (a decode
// pass over the whole file, and twice the memory for V8 to scan); an ASCII file is a one-byte string copied as is.
// esbuild already escapes strings, untagged templates and identifiers (charset ascii, its default), but leaves
// regular expression literals, the raw text of tagged templates and the comments it keeps as they were.
//
// escapeNonAscii() finds each non-ASCII character with a small JavaScript lexer (comments, strings, templates,
// regular expressions; a `/` is a regular expression where an expression may start) and writes it as \uXXXX (one
// per UTF-16 code unit) where that means the same character: in a comment, a string or a regular expression. An
// identity escape (`\×`) loses its backslash (`\u00D7`, the same character). What cannot be written in ASCII
// without changing the program (a tagged template's raw text, a line separator outside a string, anything the lexer
// could not place) is left as it is and reported, with its line: build.mjs then fails. It also returns, line by
// line, how far the generated columns moved, and shiftSourceMap() moves the source map's columns to match.
// Linear in the text: one pass, each character looked at a bounded number of times.

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
  'extends'
])

/** Words whose ( … ) head a statement: after its ), a / starts a regular expression. */
const CONTROL_HEADS = new Set(['if', 'while', 'for', 'with'])

const isWordChar = code =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  code === 0x24 || // $
  code === 0x5f || // _
  code === 0x5c || // \ (an escaped identifier character, \u00F1)
  code === 0x23 // # (a private name)
const isLineTerminator = code => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029

/** Where each non-ASCII code unit of `text` is: comment, string, regex, template or code; or why lexing stopped. */
function classify(text) {
  const found = [] // { at, kind }
  // 'brace' | 'template' for every open { and ${; 'paren' | 'head' for every open ( — 'head' after if, while, for
  // or with, whose ) is followed by a statement (where a / starts a regular expression), not by an operator.
  const stack = []
  let regexAllowed = true
  let lastWord = '' // the word token just before, '' after any other token
  let i = 0
  const n = text.length
  // A hashbang line is a comment.
  if (text.startsWith('#!')) while (i < n && !isLineTerminator(text.charCodeAt(i))) i++
  const note = (at, kind) => {
    if (text.charCodeAt(at) >= 0x80) found.push({ at, kind })
  }
  // Scans a template's characters from i (just after ` or the } closing a ${) to its end or its next ${.
  const template = () => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x5c) {
        note(i + 1, 'template')
        i += 2
      } else if (c === 0x60) {
        i++
        regexAllowed = false
        return undefined
      } else if (c === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
        i += 2
        stack.push('template')
        regexAllowed = true
        return undefined
      } else {
        note(i, 'template')
        i++
      }
    }
    return 'an unterminated template literal'
  }
  while (i < n) {
    const c = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    const word = lastWord
    // Any token but a word, a space or a comment ends what `lastWord` remembers (a word sets it and continues).
    if (!(
      c === 0x20 ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c === 0x2f && (next === 0x2f || next === 0x2a))
    ))
      if (!isWordChar(c)) lastWord = ''
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      i += 2
      while (i < n && !isLineTerminator(text.charCodeAt(i))) note(i++, 'comment')
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2)
      if (end < 0) return { found, error: { at: i, what: 'an unterminated comment' } }
      // A line separator in a block comment makes it a line break for semicolon insertion: escaped, the comment
      // would not be one; reported instead.
      for (let j = i + 2; j < end; j++) {
        const b = text.charCodeAt(j)
        note(j, b === 0x2028 || b === 0x2029 ? 'code' : 'comment')
      }
      i = end + 2
    } else if (c === 0x2f && regexAllowed) {
      const start = i
      let inClass = false
      i++
      for (;;) {
        if (i >= n || isLineTerminator(text.charCodeAt(i)))
          return { found, error: { at: start, what: 'an unterminated regular expression' } }
        const r = text.charCodeAt(i)
        if (r === 0x5c) {
          if (i + 1 >= n || isLineTerminator(text.charCodeAt(i + 1)))
            return { found, error: { at: start, what: 'an unterminated regular expression' } }
          note(i + 1, 'regex')
          i += 2
          continue
        }
        note(i, 'regex')
        i++
        if (r === 0x5b) inClass = true
        else if (r === 0x5d) inClass = false
        else if (r === 0x2f && !inClass) break
      }
      while (i < n && isWordChar(text.charCodeAt(i))) i++
      regexAllowed = false
    } else if (c === 0x22 || c === 0x27) {
      const start = i
      i++
      for (;;) {
        if (i >= n) return { found, error: { at: start, what: 'an unterminated string' } }
        const s = text.charCodeAt(i)
        if (s === c) break
        if (s === 0x0a || s === 0x0d) return { found, error: { at: start, what: 'an unterminated string' } }
        if (s === 0x5c) {
          note(i + 1, 'string')
          // \ CR LF is one line continuation.
          i += text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a ? 3 : 2
          continue
        }
        note(i, 'string')
        i++
      }
      i++
      regexAllowed = false
    } else if (c === 0x60) {
      i++
      const error = template()
      if (error) return { found, error: { at: i, what: error } }
    } else if (c === 0x28) {
      stack.push(CONTROL_HEADS.has(word) ? 'head' : 'paren')
      i++
      regexAllowed = true
    } else if (c === 0x29) {
      const open = stack.pop()
      if (open !== 'paren' && open !== 'head') return { found, error: { at: i, what: 'an unmatched )' } }
      i++
      regexAllowed = open === 'head'
    } else if ((c === 0x2b || c === 0x2d) && text.charCodeAt(i + 1) === c) {
      // ++ and --: after an operand (postfix) a / still divides; before one (prefix) an expression still follows.
      i += 2
    } else if (c === 0x7b) {
      stack.push('brace')
      i++
      regexAllowed = true
    } else if (c === 0x7d) {
      const open = stack.pop()
      if (open !== 'brace' && open !== 'template') return { found, error: { at: i, what: 'an unmatched }' } }
      i++
      if (open === 'template') {
        const error = template()
        if (error) return { found, error: { at: i, what: error } }
      } else regexAllowed = true
    } else if (isWordChar(c)) {
      const start = i
      while (i < n && isWordChar(text.charCodeAt(i))) i++
      // `x.return / 2` is a property name; a number ends the same way.
      const afterDot = start > 0 && text.charCodeAt(start - 1) === 0x2e
      lastWord = afterDot ? '' : text.slice(start, i)
      regexAllowed = !afterDot && KEYWORDS_BEFORE_EXPRESSION.has(lastWord)
      continue
    } else if (c >= 0x80) {
      note(i, 'code')
      i++
    } else {
      i++
      regexAllowed = c !== 0x5d // ]
    }
  }
  if (stack.length > 0) return { found, error: { at: n, what: 'an unclosed {, ${ or (' } }
  return { found, error: undefined }
}

/** 1-based line and column of offset `at`. */
export function lineOf(text, at) {
  let line = 1
  let start = 0
  for (let j = text.indexOf('\n'); j >= 0 && j < at; j = text.indexOf('\n', j + 1)) {
    line++
    start = j + 1
  }
  return { line, column: at - start + 1 }
}

const hex4 = code => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * `text` with its non-ASCII characters escaped where that keeps its meaning. Returns the new text, the column
 * moves per 0-based line ({ line → [{ from, oldLength, newLength }] } in UTF-16 units of the old line) and what
 * could not be escaped ({ line, column, reason }).
 */
export function escapeNonAscii(text) {
  // Fast path: nothing to do in an ASCII file.
  let any = false
  for (let j = 0; j < text.length; j++)
    if (text.charCodeAt(j) >= 0x80) {
      any = true
      break
    }
  if (!any) return { text, moves: new Map(), problems: [] }
  const { found, error } = classify(text)
  if (error) {
    const { line, column } = lineOf(text, error.at)
    return {
      text,
      moves: new Map(),
      problems: [{ line, column, reason: `cannot escape its non-ASCII characters: ${error.what} here` }]
    }
  }
  const problems = []
  const moves = new Map()
  const out = []
  let copied = 0
  let line = 0
  let lineStart = 0
  let nextNewline = text.indexOf('\n')
  for (const { at, kind } of found) {
    // The 0-based line of `at` (offsets only grow).
    while (nextNewline >= 0 && nextNewline < at) {
      line++
      lineStart = nextNewline + 1
      nextNewline = text.indexOf('\n', lineStart)
    }
    const code = text.charCodeAt(at)
    let reason
    if (kind === 'template') reason = "a template literal's raw text (a tagged template) has no ASCII form"
    else if (kind === 'code') reason = 'outside any comment, string or regular expression'
    else if (kind !== 'comment' && (code === 0x2028 || code === 0x2029) && text.charCodeAt(at - 1) === 0x5c)
      reason = 'a line continuation'
    if (reason) {
      problems.push({ line: line + 1, column: at - lineStart + 1, reason })
      continue
    }
    // An odd run of backslashes before it makes it an identity escape: `\×` is `×`, so `\u00D7` replaces both.
    let slashes = 0
    while (at - slashes - 1 >= copied && text.charCodeAt(at - slashes - 1) === 0x5c) slashes++
    const identity = kind !== 'comment' && slashes % 2 === 1
    const from = identity ? at - 1 : at
    out.push(text.slice(copied, from), hex4(code))
    copied = at + 1
    const list = moves.get(line) ?? []
    list.push({ from: from - lineStart, oldLength: at + 1 - from, newLength: 6 })
    moves.set(line, list)
  }
  out.push(text.slice(copied))
  return { text: out.join(''), moves, problems }
}

// Source map "mappings": base64 VLQ, segments separated by `,`, lines by `;`.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_INDEX = new Map([...B64].map((ch, k) => [ch, k]))

function decodeSegment(segment) {
  const values = []
  let value = 0
  let shift = 0
  for (const ch of segment) {
    const digit = B64_INDEX.get(ch)
    if (digit === undefined) throw new Error(`source map: bad mappings character ${JSON.stringify(ch)}`)
    value += (digit & 31) * 2 ** shift
    if (digit & 32) {
      shift += 5
      if (shift > 35) throw new Error('source map: a mappings value is too long')
      continue
    }
    values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2)
    value = 0
    shift = 0
  }
  if (shift !== 0) throw new Error('source map: a mappings value is cut short')
  return values
}

function encodeValue(v) {
  let rest = v < 0 ? -v * 2 + 1 : v * 2
  let s = ''
  do {
    let digit = rest % 32
    rest = Math.floor(rest / 32)
    if (rest > 0) digit += 32
    s += B64[digit]
  } while (rest > 0)
  return s
}

/** `map` (a parsed source map) with each generated column moved as `moves` (from escapeNonAscii) says. */
export function shiftSourceMap(map, moves) {
  if (moves.size === 0) return map
  const lines = map.mappings.split(';')
  for (const [line, list] of moves) {
    const text = lines[line]
    if (text === undefined || text === '') continue
    let previousOld = 0
    let previousNew = 0
    lines[line] = text
      .split(',')
      .map(segment => {
        const [delta = 0, ...rest] = decodeSegment(segment)
        const column = previousOld + delta
        previousOld = column
        let shift = 0
        let moved
        for (const m of list) {
          if (column >= m.from + m.oldLength) shift += m.newLength - m.oldLength
          else if (column > m.from) moved = m.from + shift
          else break
          if (moved !== undefined) break
        }
        moved ??= column + shift
        const encoded = [moved - previousNew, ...rest].map(encodeValue).join('')
        previousNew = moved
        return encoded
      })
      .join(',')
  }
  return { ...map, mappings: lines.join(';') }
}
