import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);

// src/shared/sanitize-text.ts
var ZWJ = "\u200D";
var ASCII_ENTITIES = {
  AMP: "&",
  DiacriticalGrave: "`",
  GT: ">",
  Hat: "^",
  LT: "<",
  NewLine: "\n",
  QUOT: '"',
  Tab: "	",
  UnderBar: "_",
  VerticalLine: "|",
  amp: "&",
  apos: "'",
  ast: "*",
  bsol: "\\",
  colon: ":",
  comma: ",",
  commat: "@",
  dollar: "$",
  equals: "=",
  excl: "!",
  grave: "`",
  gt: ">",
  lbrace: "{",
  lbrack: "[",
  lcub: "{",
  lowbar: "_",
  lpar: "(",
  lsqb: "[",
  lt: "<",
  midast: "*",
  num: "#",
  percnt: "%",
  period: ".",
  plus: "+",
  quest: "?",
  quot: '"',
  rbrace: "}",
  rbrack: "]",
  rcub: "}",
  rpar: ")",
  rsqb: "]",
  semi: ";",
  sol: "/",
  verbar: "|",
  vert: "|"
};
var OPAQUE = "\uFFFF";
function isAlnum(c) {
  if (c === void 0 || c.length !== 1) return false;
  const x = c.charCodeAt(0);
  return x >= 48 && x <= 57 || x >= 65 && x <= 90 || x >= 97 && x <= 122;
}
function isDigit(c) {
  return c !== void 0 && c.length === 1 && c >= "0" && c <= "9";
}
function isHexDigit(c) {
  return isDigit(c) || c !== void 0 && c.length === 1 && /[A-Fa-f]/.test(c);
}
function isAsciiPunctCode(x) {
  return x >= 33 && x <= 47 || x >= 58 && x <= 64 || x >= 91 && x <= 96 || x >= 123 && x <= 126;
}
function charRef(s, i) {
  if (s[i] !== "&") return null;
  let j = i + 1;
  if (s[j] === "#") {
    j++;
    let hex = false;
    if (s[j] === "x" || s[j] === "X") {
      hex = true;
      j++;
    }
    const start2 = j;
    while (j - start2 < 8 && j < s.length && (hex ? isHexDigit(s[j]) : isDigit(s[j]))) j++;
    const digits = j - start2;
    if (digits === 0 || digits > (hex ? 6 : 7) || s[j] !== ";") return null;
    const cp = parseInt(s.slice(start2, j), hex ? 16 : 10);
    const ch2 = cp === 0 || cp > 1114111 || cp >= 55296 && cp <= 57343 ? "\uFFFD" : String.fromCodePoint(cp);
    return { len: j + 1 - i, ch: ch2 };
  }
  const start = j;
  while (j - start < 32 && isAlnum(s[j])) j++;
  if (j === start || s[j] !== ";") return null;
  const name = s.slice(start, j);
  const ch = Object.prototype.hasOwnProperty.call(ASCII_ENTITIES, name) ? ASCII_ENTITIES[name] : OPAQUE;
  return { len: j + 1 - i, ch };
}
var XREF_URL_RE = /^[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^/]{1,255}\/[^/]{1,100}\/[^/]{1,100}\/(?:issues|pulls?|discussions)\/\d/i;
function neutraliseText(t, policy) {
  if (!needsWork(t)) return t;
  const len = t.length;
  const start = new Int32Array(len + 1);
  const code = new Int32Array(len + 1);
  let n = 0;
  for (let i = 0; i < len; ) {
    start[n] = i;
    const x = t.charCodeAt(i);
    if (x === 92 && i + 1 < len && isAsciiPunctCode(t.charCodeAt(i + 1))) {
      code[n++] = t.charCodeAt(i + 1);
      i += 2;
      continue;
    }
    if (x === 38) {
      const r = charRef(t, i);
      if (r) {
        code[n++] = r.ch === OPAQUE ? OPAQUE_CODE : r.ch.codePointAt(0);
        i += r.len;
        continue;
      }
    }
    code[n++] = x;
    i++;
  }
  start[n] = len;
  code[n] = -1;
  const at = (k) => k >= 0 && k < n ? code[k] : -1;
  const zwjAfter = new Uint8Array(n);
  let urlUntil = -1;
  for (let k = 0; k < n; k++) {
    const c = code[k];
    const next = at(k + 1);
    if (c === AT && isAlnumCode(next)) zwjAfter[k] = 1;
    else if (c === HASH && isDigitCode(next)) zwjAfter[k] = 1;
    else if (c === DASH && isDigitCode(next) && (at(k - 2) | 32) === 103 && (at(k - 1) | 32) === 104)
      zwjAfter[k] = 1;
    const scheme = c === COLON && next === SLASH && at(k + 2) === SLASH && isSchemeCode(at(k - 1));
    const www = (c | 32) === 119 && (next | 32) === 119 && (at(k + 2) | 32) === 119 && at(k + 3) === DOT;
    if (!scheme && !www) continue;
    if (k > urlUntil) {
      let e = k;
      while (e < n && !isUrlEndCode(code[e])) e++;
      urlUntil = e - 1;
    }
    let inert = policy.links === "repository";
    if (!inert) {
      let s = k;
      if (scheme) while (s > 0 && s > k - 32 && isSchemeCode(at(s - 1))) s--;
      let url = www ? "https://" : "";
      for (let q = s; q <= urlUntil && q < s + 400; q++)
        url += String.fromCodePoint(Math.max(0, code[q]));
      inert = XREF_URL_RE.test(url);
    }
    if (inert) zwjAfter[scheme ? k : k + 2] = 1;
  }
  const out = [];
  let from = 0;
  for (let k = 0; k < n; k++) {
    const bang = code[k] === BANG && start[k + 1] === start[k] + 1 && t.charCodeAt(start[k + 1]) === 91;
    if (bang) {
      out.push(t.slice(from, start[k]), "\\");
      from = start[k];
    }
    if (zwjAfter[k]) {
      out.push(t.slice(from, start[k + 1]), ZWJ);
      from = start[k + 1];
    }
  }
  out.push(t.slice(from));
  return out.join("");
}
var AT = 64;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var SLASH = 47;
var DOT = 46;
var BANG = 33;
var OPAQUE_CODE = 65535;
function isAlnumCode(x) {
  return x >= 48 && x <= 57 || x >= 65 && x <= 90 || x >= 97 && x <= 122;
}
function isDigitCode(x) {
  return x >= 48 && x <= 57;
}
function isSchemeCode(x) {
  return isAlnumCode(x) || x === 43 || x === 46 || x === 45;
}
function isUrlEndCode(x) {
  return x === 60 || x === 32 || x === 9 || x === 10 || x === 13 || x === 12;
}
function needsWork(t) {
  return t.includes("@") || t.includes("#") || t.includes("&") || t.includes(":") || t.includes("![") || /ww|gh-/i.test(t);
}

export {
  ZWJ,
  neutraliseText
};
//# sourceMappingURL=chunk-DWDNBDKV.js.map
