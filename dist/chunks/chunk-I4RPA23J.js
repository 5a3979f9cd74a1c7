import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  BASELINE_STORE_CHOICES,
  DISPATCH_SETTINGS,
  RateLimitError,
  UserError,
  cacheSavesInAuto,
  chooseBaselineStore,
  classifyApiError,
  createArtifactBaselineStore,
  createExclusiveWriteStream,
  describeApiError,
  describeError,
  describeNetworkError,
  gatesWhenSaving,
  manualPullRequestInput,
  oneLine,
  pathOf,
  rateLimitOf,
  resolveRunPullRequest
} from "./chunk-GL6CXNMM.js";
import {
  require_light,
  retry
} from "./chunk-TXHEUA3E.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-LOVDF2MX.js";
import {
  Octokit,
  paginateRest,
  restEndpointMethods
} from "./chunk-GQ6HKKYI.js";
import {
  RequestError
} from "./chunk-Y2PPTHBY.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7HUOYEXQ.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP2 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP: SEP2
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex: regex2, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix2);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex2 = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex2.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/shared/gate.ts
import { createHash } from "node:crypto";

// src/shared/fragment.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/shared/ratio.ts
function exactValue(n) {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
  if (Number.isInteger(n)) return { num: BigInt(n), den: 1n };
  let x = n;
  let den = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    den *= 2n;
  }
  return { num: BigInt(x), den };
}
function fraction(a, b) {
  const x = exactValue(a);
  const y = exactValue(b);
  return { num: x.num * y.den, den: y.num * x.den };
}
function percentOf(r) {
  if (r.total === 0) return null;
  const f = fraction(r.covered, r.total);
  return { num: f.num * 100n, den: f.den };
}
function deltaPp(head, base) {
  if (head.total <= 0 || base.total <= 0) return null;
  const h = fraction(head.covered, head.total);
  const b = fraction(base.covered, base.total);
  return { num: 100n * (h.num * b.den - b.num * h.den), den: h.den * b.den };
}
function decimalToFraction(value) {
  if (!Number.isFinite(value) || value < 0)
    throw new UserError(`threshold ${value} must be a finite number \u2265 0`);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!m) throw new UserError(`threshold ${value} is not a decimal number`);
  const frac = m[2] ?? "";
  let num = BigInt((m[1] ?? "0") + frac);
  let den = 10n ** BigInt(frac.length);
  const exp = Number(m[3] ?? 0);
  if (exp > 0) num *= 10n ** BigInt(exp);
  else if (exp < 0) den *= 10n ** BigInt(-exp);
  return { num, den };
}
function ratioAtLeast(r, percent2) {
  const { num, den } = decimalToFraction(percent2);
  const f = fraction(r.covered, r.total);
  return f.num * 100n * den >= num * f.den;
}
function dropWithin(head, base, maxDropPp) {
  const { num, den } = decimalToFraction(maxDropPp);
  const d = deltaPp(head, base);
  if (d === null) return true;
  return d.num * den + num * d.den >= 0n;
}
function truncDecimal(f, decimals) {
  const dec = Math.max(0, Math.min(10, Math.trunc(decimals)));
  const scale = 10n ** BigInt(dec);
  const num = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  const q = num * scale / den;
  const int = q / scale;
  return dec > 0 ? `${int}.${(q % scale).toString().padStart(dec, "0")}` : `${int}`;
}
function toNumber(f) {
  if (f.den === 0n) throw new RangeError("fraction with a zero denominator");
  const neg = f.num < 0n !== f.den < 0n;
  const num = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  if (num === 0n) return 0;
  const k = bitLength(den) - bitLength(num) + 55;
  const n = k >= 0 ? num << BigInt(k) : num;
  const d = k >= 0 ? den : den << BigInt(-k);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  const v = Number(q) * 2 ** -k;
  return neg ? -v : v;
}
function deltaPpNumber(head, base) {
  const d = deltaPp(head, base);
  return d === null ? null : toNumber(d);
}
function bitLength(n) {
  return n.toString(2).length;
}

// src/shared/markdown.ts
var ZWJ = "\u200D";
var ELLIPSIS = "\u2026";
var INLINE_SPECIAL = /* @__PURE__ */ new Set([
  "\\",
  "`",
  "*",
  "_",
  "~",
  "[",
  "]",
  "(",
  ")",
  "!",
  "|",
  "#",
  "<",
  ">",
  "&",
  "$"
]);
function flatten(s) {
  return s.replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, " ").replace(/\0/g, "\uFFFD").replace(/[\u0001-\u001f\u007f]/g, "");
}
function codePoints(s) {
  return Array.from(s);
}
function escapeText(s, max) {
  const flat = flatten(s);
  const neutral = flat.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/([A-Za-z]):\/\//g, `$1:${ZWJ}//`).replace(/(www)\./gi, `$1${ZWJ}.`);
  const units = [];
  const cps = codePoints(neutral);
  let leading = true;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    let unit;
    if (c === "<") unit = "&lt;";
    else if (c === "&") unit = "&amp;";
    else if (INLINE_SPECIAL.has(c)) unit = `\\${c}`;
    else if (leading && (c === "-" || c === "+" || c === "=")) unit = `\\${c}`;
    else if (leading && /[0-9]/.test(c)) {
      let j = i;
      while (j < cps.length && /[0-9]/.test(cps[j])) j++;
      const after = cps[j];
      if ((after === "." || after === ")") && j - i <= 9) {
        for (let k = i; k < j; k++) units.push(cps[k]);
        units.push(`\\${after}`);
        i = j;
        leading = false;
        continue;
      }
      unit = c;
    } else unit = c;
    if (leading && c !== " ") leading = false;
    units.push(unit);
  }
  return joinBounded(units, max);
}
function joinBounded(units, max) {
  if (max === void 0) return units.join("");
  let total = 0;
  for (const u of units) total += u.length;
  if (total <= max) return units.join("");
  if (max < ELLIPSIS.length) return "";
  const budget = max - ELLIPSIS.length;
  let out = "";
  for (const u of units) {
    if (out.length + u.length > budget) break;
    out += u;
  }
  return out + ELLIPSIS;
}
function escapeCell(s, max) {
  return escapeText(s, max);
}
function escapeHtml(s, max) {
  const cps = codePoints(
    flatten(s).replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`)
  );
  const units = cps.map(
    (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : c === "`" ? "&#96;" : c === "*" || c === "_" || c === "[" || c === "]" || c === "~" || c === "\\" ? `&#${c.charCodeAt(0)};` : c
  );
  return joinBounded(units, max);
}
function inlineCode(s, max, opts = {}) {
  let content = flatten(s);
  if (max !== void 0) {
    const cps = codePoints(content);
    if (cps.length > max) content = cps.slice(0, Math.max(0, max - 1)).join("") + ELLIPSIS;
  }
  if (opts.cell !== false) {
    content = content.replace(/(\\*)\|/g, (_m, bs) => `${bs}${bs.length % 2 === 1 ? "\\\\" : "\\"}|`);
  }
  let longest = 0;
  let run = 0;
  for (const c of content) {
    if (c === "`") {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  if (content === "") return "` `";
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function table(headers, rows, align) {
  if (headers.length === 0) return "";
  const line = (cells) => `| ${cells.map((c) => c.replace(/\r?\n/g, " ")).join(" | ")} |`;
  const sep2 = headers.map((_, i) => {
    const a = align?.[i];
    return a === "r" ? "---:" : a === "c" ? ":---:" : a === "l" ? ":---" : "---";
  });
  const out = [line(headers), `|${sep2.map((s) => ` ${s} `).join("|")}|`];
  for (const row of rows) {
    const cells = headers.map((_, i) => row[i] ?? "");
    out.push(line(cells));
  }
  return out.join("\n");
}
function details(summary2, body, open = false) {
  return `<details${open ? " open" : ""}>
<summary>${summary2.replace(/\r?\n/g, " ")}</summary>

${body}

</details>`;
}
function assertCount(name, n) {
  if (!Number.isFinite(n) || n < 0)
    throw new RangeError(`${name} must be a finite non-negative number, got ${n}`);
}
function percent(covered, total, decimals = 2) {
  assertCount("covered", covered);
  assertCount("total", total);
  const p = percentOf({ covered, total });
  return p === null ? "n/a" : `${truncDecimal(p, decimals)}%`;
}
function mermaidLabel(s, max = 60) {
  const cleaned = flatten(s).replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/%%/g, "%").replace(/[{}]/g, (c) => c === "{" ? "(" : ")").replace(/;/g, ",").replace(/#/g, "\uFF03");
  const cps = codePoints(cleaned);
  return cps.length > max ? cps.slice(0, max - 1).join("") + ELLIPSIS : cleaned;
}
function mermaidNumber(n) {
  if (!Number.isFinite(n)) throw new RangeError(`mermaid chart values must be finite, got ${n}`);
  return String(Number(n.toFixed(4)));
}
function mermaidXYChart(opts) {
  const { xLabels, series } = opts;
  if (xLabels.length === 0 || series.length === 0) return "";
  for (const s of series) {
    if (s.values.length !== xLabels.length) {
      throw new RangeError(`mermaid series has ${s.values.length} values for ${xLabels.length} x labels`);
    }
  }
  const all = series.flatMap((s) => s.values);
  for (const v of all) mermaidNumber(v);
  let lo = opts.yMin ?? Math.min(...all);
  let hi = opts.yMax ?? Math.max(...all);
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) hi = lo + 1;
  const lines = [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidLabel(opts.title, 100)}"`,
    `    x-axis [${xLabels.map((l) => `"${mermaidLabel(l)}"`).join(", ")}]`,
    `    y-axis "${mermaidLabel(opts.yLabel)}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    ...series.map(
      (s) => `    ${s.kind === "bar" ? "bar" : "line"} [${s.values.map(mermaidNumber).join(", ")}]`
    ),
    "```"
  ];
  return lines.join("\n");
}
var SEP = "\n\n";
function overflowLine(n) {
  return `_${n} more section${n === 1 ? "" : "s"} in the job summary._`;
}
function fitToBudget(head, sections, tail, limit) {
  const n = sections.length;
  const order = sections.map((_, i) => i).sort((a, b) => {
    const pa = sections[a].priority;
    const pb = sections[b].priority;
    return pa !== pb ? pa - pb : b - a;
  });
  const state = sections.map(() => "full");
  const lenOf = (i) => {
    const s = sections[i];
    const st = state[i];
    return st === "full" ? s.full.length : st === "collapsed" ? s.collapsed.length : 0;
  };
  let partsLen = 0;
  let parts = 0;
  const add = (len, sign) => {
    if (len === 0) return;
    partsLen += sign * len;
    parts += sign;
  };
  add(head.length, 1);
  add(tail.length, 1);
  for (let i = 0; i < n; i++) add(lenOf(i), 1);
  let dropped = 0;
  const total = () => {
    const extra = dropped > 0 ? overflowLine(dropped).length : 0;
    const count = parts + (dropped > 0 ? 1 : 0);
    return partsLen + extra + Math.max(0, count - 1) * SEP.length;
  };
  for (const i of order) {
    if (total() <= limit) break;
    const s = sections[i];
    if (s.collapsed.length < s.full.length) {
      add(lenOf(i), -1);
      state[i] = "collapsed";
      add(lenOf(i), 1);
    }
  }
  for (const i of order) {
    if (total() <= limit) break;
    add(lenOf(i), -1);
    state[i] = "dropped";
    dropped++;
  }
  const body = [];
  for (let i = 0; i < n; i++) {
    const s = sections[i];
    if (state[i] === "full") body.push(s.full);
    else if (state[i] === "collapsed") body.push(s.collapsed);
  }
  if (dropped > 0) body.push(overflowLine(dropped));
  const join4 = (xs) => xs.filter((x) => x.length > 0).join(SEP);
  let text = join4([head, ...body, tail]);
  let droppedHeadOrTail = false;
  if (text.length > limit) {
    droppedHeadOrTail = true;
    const candidates = [join4([head, ...body]), join4(body)];
    text = candidates.find((c) => c.length <= limit) ?? "";
  }
  const collapsed = sections.filter((_, i) => state[i] === "collapsed").map((s) => s.id);
  const overflowed = sections.filter((_, i) => state[i] === "dropped").map((s) => s.id);
  return { text, collapsed, overflowed, droppedHeadOrTail };
}
function cutTableRows(rows, maxRows) {
  const keep = Math.max(0, Math.floor(Number.isFinite(maxRows) ? maxRows : 0));
  if (rows.length <= keep) return { rows, omitted: 0 };
  return { rows: rows.slice(0, keep), omitted: rows.length - keep };
}

// src/shared/fragment.ts
var FRAGMENT_SCHEMA = "quality-gates/fragment";
var FRAGMENT_VERSION = 1;
var STATUSES = ["pass", "fail", "neutral", "skipped"];
var ANNOTATION_LEVELS = ["notice", "warning", "failure"];
function commitState(f) {
  return f.status === "fail" || f.noResult === true ? "failure" : "success";
}
var FRAGMENT_LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  title: 200,
  summary: 1e3,
  markdown: 1024 * 1024,
  metrics: 200,
  metricKey: 100,
  metricString: 1e3,
  annotations: 1e3,
  annotationMessage: 4e3,
  path: 4096
};
var STATUS_EMOJI = {
  pass: "\u2705",
  fail: "\u274C",
  neutral: "\u26A0\uFE0F",
  skipped: "\u23ED\uFE0F"
};
function headingLine(f) {
  const summary2 = f.summary.trim();
  const title = `**${escapeText(f.title.trim(), FRAGMENT_LIMITS.title * 2)}**`;
  return `${STATUS_EMOJI[f.status]} ${title}${summary2 === "" ? "" : ` \u2014 ${escapeText(summary2, FRAGMENT_LIMITS.summary * 2)}`}`;
}
function retitle(f, title) {
  const heading = headingLine(f);
  const starts = f.markdown === heading || f.markdown.startsWith(`${heading}
`);
  f.title = title;
  if (starts) f.markdown = `${headingLine(f)}${f.markdown.slice(heading.length)}`;
}
function makeFragment(init) {
  return validateFragment({ schema: FRAGMENT_SCHEMA, version: FRAGMENT_VERSION, ...init }, "fragment");
}
function validateFragment(value, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid quality-gates fragment: ${what}`);
  };
  if (!isRecord(value)) return fail("expected a JSON object");
  if (value.schema !== FRAGMENT_SCHEMA) return fail(`"schema" must be "${FRAGMENT_SCHEMA}"`);
  if (value.version !== FRAGMENT_VERSION) {
    return fail(
      `unsupported version ${JSON.stringify(value.version)?.slice(0, 20)} (this pr-report reads version ${FRAGMENT_VERSION}; upgrade the action that reads it)`
    );
  }
  const str = (key, max, optional = false) => {
    const v = value[key];
    if (v === void 0 && optional) return void 0;
    if (typeof v !== "string") return fail(`"${key}" must be a string`);
    if (v.length > max) return fail(`"${key}" is longer than ${max} characters`);
    return v;
  };
  const gate = str("gate", 40);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(gate)) fail('"gate" must match [a-z0-9-]+');
  const status = value.status;
  if (!STATUSES.includes(status)) fail(`"status" must be one of ${STATUSES.join(", ")}`);
  const statusContext = str("statusContext", 100);
  if (!/^[\w./ -]+$/.test(statusContext))
    fail('"statusContext" may hold only letters, digits, _ . / - and spaces');
  const sha = str("sha", 40, true);
  if (sha !== void 0 && !/^[0-9a-f]{7,40}$/.test(sha)) fail('"sha" must be a hex commit id');
  const url = str("url", 2e3, true);
  if (url !== void 0 && !/^https?:\/\//.test(url)) fail('"url" must be an http(s) URL');
  const noResult = value.noResult;
  if (noResult !== void 0 && noResult !== true && noResult !== false) fail('"noResult" must be a boolean');
  const metrics = value.metrics;
  if (!isRecord(metrics)) return fail('"metrics" must be an object');
  const metricEntries = Object.entries(metrics);
  if (metricEntries.length > FRAGMENT_LIMITS.metrics) fail(`more than ${FRAGMENT_LIMITS.metrics} metrics`);
  for (const [k, v] of metricEntries) {
    if (k.length > FRAGMENT_LIMITS.metricKey) fail(`metric name longer than ${FRAGMENT_LIMITS.metricKey}`);
    const ok = v === null || typeof v === "boolean" || typeof v === "number" && Number.isFinite(v) || typeof v === "string" && v.length <= FRAGMENT_LIMITS.metricString;
    if (!ok) fail(`metric "${k.slice(0, 40)}" must be a finite number, a short string, a boolean or null`);
  }
  let annotations;
  if (value.annotations !== void 0) {
    if (!Array.isArray(value.annotations)) return fail('"annotations" must be an array');
    if (value.annotations.length > FRAGMENT_LIMITS.annotations)
      fail(`more than ${FRAGMENT_LIMITS.annotations} annotations`);
    annotations = value.annotations.map((a, i) => {
      if (!isRecord(a)) return fail(`annotation ${i} must be an object`);
      const line = (k) => {
        const n = a[k];
        if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1)
          return fail(`annotation ${i}: "${k}" must be a positive integer`);
        return n;
      };
      const path = a.path;
      if (typeof path !== "string" || path.length === 0 || path.length > FRAGMENT_LIMITS.path)
        fail(`annotation ${i}: "path" must be a non-empty string`);
      const message2 = a.message;
      if (typeof message2 !== "string" || message2.length > FRAGMENT_LIMITS.annotationMessage)
        fail(
          `annotation ${i}: "message" must be a string of at most ${FRAGMENT_LIMITS.annotationMessage} characters`
        );
      if (!ANNOTATION_LEVELS.includes(a.level))
        fail(`annotation ${i}: "level" must be one of ${ANNOTATION_LEVELS.join(", ")}`);
      const title = a.title;
      if (title !== void 0 && (typeof title !== "string" || title.length > 200))
        fail(`annotation ${i}: bad "title"`);
      const startLine = line("startLine");
      const endLine = line("endLine");
      if (endLine < startLine) fail(`annotation ${i}: "endLine" is before "startLine"`);
      return {
        path,
        startLine,
        endLine,
        level: a.level,
        message: message2,
        ...title !== void 0 ? { title } : {}
      };
    });
  }
  return {
    schema: FRAGMENT_SCHEMA,
    version: FRAGMENT_VERSION,
    gate,
    status,
    title: str("title", FRAGMENT_LIMITS.title),
    summary: str("summary", FRAGMENT_LIMITS.summary),
    markdown: str("markdown", FRAGMENT_LIMITS.markdown),
    metrics: Object.fromEntries(metricEntries),
    statusContext,
    ...annotations ? { annotations } : {},
    ...sha !== void 0 ? { sha } : {},
    ...url !== void 0 ? { url } : {},
    ...noResult === true ? { noResult: true } : {}
  };
}
function parseFragment(text, source) {
  if (text.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${source}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${source}: fragment is not valid JSON (${e.message})`);
  }
  return validateFragment(value, source);
}
async function readFragment(path) {
  let buf;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new UserError(`${path}: cannot read fragment (${e.code ?? "error"})`);
  }
  if (buf.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${path}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  return parseFragment(buf.toString("utf8"), path);
}
async function writeFragment(path, fragment) {
  validateFragment(fragment, path);
  await writeFile(path, `${JSON.stringify(fragment, null, 2)}
`);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jobFragmentsDir(jobTempDir) {
  return join(jobTempDir, "quality-gates", "fragments");
}

// src/shared/publish.ts
import { mkdir, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";

// src/shared/run-context.ts
import { readFileSync } from "node:fs";
function runContextFromEnv(env, inputs = {}) {
  let payload = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      const parsed = JSON.parse(readFileSync(eventPath, "utf8"));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        payload = parsed;
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const repoPayload = payload.repository;
  const repositoryId = typeof repoPayload?.id === "number" ? repoPayload.id : void 0;
  const int = (v) => v && /^\d+$/.test(v) ? Number(v) : void 0;
  const eventName = env.GITHUB_EVENT_NAME ?? "unknown";
  const manualPullRequest = manualPullRequestInput(eventName, payload, inputs.pr);
  return {
    eventName,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    ...owner && repo ? { repository: { owner, repo, ...repositoryId !== void 0 ? { id: repositoryId } : {} } } : {},
    ...int(env.GITHUB_RUN_ID) !== void 0 ? { runId: int(env.GITHUB_RUN_ID) } : {},
    ...int(env.GITHUB_RUN_ATTEMPT) !== void 0 ? { runAttempt: int(env.GITHUB_RUN_ATTEMPT) } : {},
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    payload,
    ...manualPullRequest !== void 0 ? { manualPullRequest } : {}
  };
}
function runUrl(ctx) {
  if (!ctx.repository || ctx.runId === void 0) return void 0;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}

// src/shared/status.ts
var STATUS_DESCRIPTION_MAX = 140;
var CHECK_SUMMARY_MAX_BYTES = 65535;
var ANNOTATIONS_PER_REQUEST = 50;
var STATES = ["success", "failure", "pending", "error"];
var StatusWriteError = class extends UserError {
  constructor(context, sha, apiError) {
    super(`commit status "${context}" on ${sha.slice(0, 12)} was not written: ${describeApiError(apiError)}`);
    this.context = context;
    this.sha = sha;
    this.apiError = apiError;
    this.kind = classifyApiError(apiError).kind;
  }
  context;
  sha;
  apiError;
  /** The cause in kind: rate-limit, permission, not-found, outage, network or other. */
  kind;
};
function isStatusWriteError(e) {
  return e instanceof StatusWriteError;
}
function refusedOnFork(e, pr) {
  return pr?.isFork === true && isStatusWriteError(e) && e.kind === "permission";
}
function forkStatusNote(contexts) {
  return `${contexts} not set: this fork PR's token may not write commit statuses. For required statuses on fork PRs, let a workflow_run report set them (examples/workflows/fork-pr.yml and fork-report.yml) and give the gates commit-status: false here.`;
}
async function setCommitStatus(octokit, repo, sha, s) {
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new UserError(
      `commit status: sha ${JSON.stringify(sha.slice(0, 60))} is not a 40-character hex commit id`
    );
  }
  if (!STATES.includes(s.state)) {
    throw new UserError(`commit status: state ${JSON.stringify(s.state)} is not one of ${STATES.join(", ")}`);
  }
  const context = s.context.trim();
  if (context.length === 0 || context.length > 255) {
    throw new UserError(`commit status: context must be 1\u2013255 characters, got ${context.length}`);
  }
  if (s.targetUrl !== void 0 && !/^https?:\/\/\S+$/.test(s.targetUrl)) {
    throw new UserError(
      `commit status: target URL ${JSON.stringify(s.targetUrl.slice(0, 100))} is not an http(s) URL`
    );
  }
  const params = {
    ...repo,
    sha,
    state: s.state,
    context,
    description: cutText(oneLine(s.description, Number.MAX_SAFE_INTEGER), STATUS_DESCRIPTION_MAX),
    ...s.targetUrl !== void 0 ? { target_url: s.targetUrl } : {}
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await octokit.rest.repos.createCommitStatus(params);
      return;
    } catch (e) {
      const unanswered = classifyApiError(e).kind === "network" || e.status === 504;
      if (!(unanswered && attempt === 0)) throw new StatusWriteError(context, sha, e);
    }
  }
}
function cutText(text, max) {
  if (codePoints2(text) <= max) return text;
  const head = text.slice(0, 2 * max + 16);
  let out = "";
  let used = 0;
  for (const { segment } of graphemes(head)) {
    const n = codePoints2(segment);
    if (used + n > max - 1) break;
    out += segment;
    used += n;
  }
  return `${out}\u2026`;
}
function cutBytes(text, maxBytes, suffix = "\u2026") {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const budget = Math.max(0, maxBytes - Buffer.byteLength(suffix, "utf8"));
  let cut = Buffer.from(text, "utf8").subarray(0, budget).toString("utf8");
  while (cut.length > 0 && !text.startsWith(cut)) cut = cut.slice(0, -1);
  const from = Math.max(0, cut.length - 64);
  let boundary = from;
  for (const { index, segment } of graphemes(text.slice(from, cut.length + 64))) {
    const end = from + index + segment.length;
    if (end > cut.length) break;
    boundary = end;
  }
  return text.slice(0, boundary) + suffix;
}
var CheckRunCreateError = class extends UserError {
  constructor(checkRunName, apiError) {
    super(`cannot create check run "${checkRunName}": ${describeApiError(apiError)}`);
    this.checkRunName = checkRunName;
    this.apiError = apiError;
    this.kind = classifyApiError(apiError).kind;
  }
  checkRunName;
  apiError;
  kind;
};
var LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
async function createAnnotatedCheckRun(octokit, repo, sha, name, conclusion, title, summary2, annotations, cap = 500) {
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new UserError(
      `check run: sha ${JSON.stringify(sha.slice(0, 60))} is not a 40-character hex commit id`
    );
  }
  if (!Number.isSafeInteger(cap) || cap < 0)
    throw new UserError(`check run: annotation cap ${cap} must be an integer \u2265 0`);
  const ranked = annotations.map((a, i) => ({ a, i })).sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] || x.i - y.i).map((x) => x.a);
  const kept = ranked.slice(0, cap);
  const dropped = annotations.length - kept.length;
  const note = dropped > 0 ? `

> ${dropped} of ${annotations.length} annotations were not posted (limit ${cap}); see the report for all findings.` : "";
  const output = (batch) => ({
    title: cutText(oneLine(title, Number.MAX_SAFE_INTEGER), 255),
    summary: cutBytes(summary2, CHECK_SUMMARY_MAX_BYTES - Buffer.byteLength(note, "utf8"), "\n\n\u2026(truncated)") + note,
    annotations: batch.map(toApiAnnotation)
  });
  const batches = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  let id;
  try {
    const created = await octokit.rest.checks.create({
      ...repo,
      name,
      head_sha: sha,
      status: "completed",
      conclusion,
      output: output(batches[0] ?? [])
    });
    id = created.data.id;
  } catch (e) {
    const kind = classifyApiError(e).kind;
    if (kind === "permission" || kind === "not-found") throw new CheckRunCreateError(name, e);
    throw e;
  }
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
  }
  return { id, posted: kept.length, dropped };
}
var WORKFLOW_ANNOTATIONS_PER_STEP = 10;
var WORKFLOW_ANNOTATIONS_PER_JOB = 50;
var ERROR_SLOTS_KEPT = 1;
var WORKFLOW_LEVEL = {
  failure: "error",
  warning: "warning",
  notice: "notice"
};
var WORKFLOW_ANNOTATION_CAPS = {
  error: WORKFLOW_ANNOTATIONS_PER_STEP - ERROR_SLOTS_KEPT,
  warning: WORKFLOW_ANNOTATIONS_PER_STEP,
  notice: WORKFLOW_ANNOTATIONS_PER_STEP
};
function workflowAnnotations(annotations, issued = {}, jobRemaining = WORKFLOW_ANNOTATIONS_PER_JOB) {
  const used = {
    error: issued.error ?? 0,
    warning: issued.warning ?? 0,
    notice: issued.notice ?? 0
  };
  const shown = [];
  for (const a of annotations) {
    if (shown.length >= jobRemaining) break;
    const level = WORKFLOW_LEVEL[a.level];
    if (used[level] >= WORKFLOW_ANNOTATION_CAPS[level]) continue;
    used[level]++;
    shown.push({
      level,
      message: a.message,
      file: a.path,
      startLine: a.startLine,
      endLine: a.endLine,
      ...a.title !== void 0 ? { title: cutText(oneLine(a.title, Number.MAX_SAFE_INTEGER), 255) } : {}
    });
  }
  return { shown, leftOut: annotations.length - shown.length };
}
function toApiAnnotation(a) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...a.title !== void 0 ? { title: cutText(a.title, 255) } : {}
  };
}
function codePoints2(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
var segmenter;
function graphemes(s) {
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return segmenter.segment(s);
}

// src/shared/publish.ts
var ANNOTATION_MODES = ["auto", "check-run", "workflow-commands", "off"];
var SUMMARY_MODES = ["full", "short", "off"];
var FRAGMENT_RETENTION_DAYS = 7;
function fragmentArtifactName(fragmentName, runAttempt) {
  return runAttempt !== void 0 && runAttempt > 1 ? `${fragmentName}-attempt-${runAttempt}` : fragmentName;
}
async function publish(host, result, opts) {
  const { fragment } = result;
  const path = host.fragmentPath(`${opts.fragmentName}.json`);
  if (path !== void 0) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFragment(path, fragment);
    } catch (error2) {
      throw new UserError(`cannot write the report fragment ${path}: ${describeError(error2)}`);
    }
    host.setOutput("fragment-path", path);
  }
  const issued = { error: 0, warning: 0, notice: 0, ...opts.issued };
  const log2 = (level, message2) => {
    if (level !== "debug" && level !== "info") issued[level]++;
    host.logger.log(level, message2);
  };
  const tryTo = async (what, fn) => {
    try {
      await fn();
    } catch (error2) {
      log2("warning", `could not ${what}: ${describeError(error2)}`);
    }
  };
  if (path !== void 0 && host.artifacts?.canUpload) {
    const artifacts = host.artifacts;
    const name = fragmentArtifactName(opts.fragmentName, host.context.runAttempt);
    await tryTo(
      "upload the report fragment",
      () => artifacts.upload(name, [path], dirname(path), FRAGMENT_RETENTION_DAYS).then(() => {
        log2("info", `uploaded the report fragment ${basename(path)} as artifact ${name}`);
      })
    );
  }
  const octokit = host.octokit;
  const repo = host.context.repository;
  const sha = result.sha;
  let statusError;
  if (octokit && repo && sha && result.onCommit && opts.status) {
    const url = runUrl(host.context);
    try {
      await setCommitStatus(octokit, repo, sha, {
        context: fragment.statusContext,
        state: commitState(fragment),
        description: fragment.summary,
        ...url ? { targetUrl: url } : {}
      });
    } catch (error2) {
      const pr = await host.pullRequest().catch(() => void 0);
      if (refusedOnFork(error2, pr)) log2("warning", forkStatusNote(fragment.statusContext));
      else
        statusError = `could not set the commit status ${fragment.statusContext} on ${sha.slice(0, 12)}: ${describeError(error2)}`;
    }
  }
  if (result.onCommit) {
    await annotate(host, result, opts, { log: log2, issued: () => issued });
  }
  host.setOutput("verdict", fragment.status);
  host.setOutput("status", fragment.status);
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value);
  if (opts.summary === "full") await host.appendSummary(fragment.markdown);
  else if (opts.summary === "short") await host.appendSummary(shortSummary(fragment));
  if (statusError) throw new UserError(statusError);
}
function shortSummary(fragment) {
  return `${headingLine(fragment)} _(the full section is in the quality-gates report: pr-report's job summary and PR comment)_`;
}
async function annotate(host, result, opts, out) {
  const { fragment } = result;
  const findings = fragment.annotations ?? [];
  if (findings.length === 0) return;
  const log2 = (level, message2) => out.log(level, `annotations: ${message2}`);
  const n = `${findings.length} finding${findings.length === 1 ? "" : "s"}`;
  if (opts.annotations === "off") {
    log2("info", `off; ${n} are in the report only`);
    return;
  }
  if (opts.annotations !== "workflow-commands") {
    const octokit = host.octokit;
    const repo = host.context.repository;
    const sha = result.sha;
    if (!octokit || !repo || !sha) {
      if (opts.annotations === "check-run") {
        log2("info", `no GitHub token or repository, so no check run; ${n} are in the report only`);
        return;
      }
      log2("info", "no GitHub token or repository for a check run; annotating with workflow commands");
    } else {
      const name = result.checkRunName ?? `${fragment.statusContext.replace(/^quality-gates\//, "")}: findings`;
      try {
        const run = await createAnnotatedCheckRun(
          octokit,
          repo,
          sha,
          name,
          fragment.status === "fail" ? "failure" : "neutral",
          fragment.summary,
          fragment.summary,
          findings
        );
        log2(
          "info",
          `check run "${name}" carries ${run.posted} of ${n}${run.dropped > 0 ? ` (${run.dropped} over its limit)` : ""}`
        );
        return;
      } catch (error2) {
        if (opts.annotations === "check-run" || !(error2 instanceof CheckRunCreateError)) {
          const why = error2 instanceof UserError ? error2.message : describeApiError(error2);
          out.log("warning", `could not annotate the findings: ${why}`);
          return;
        }
        log2(
          "info",
          `the token may not create check runs (a fork PR's read-only token, no checks: write, or not a GitHub App token): ${error2.message}; annotating with workflow commands instead`
        );
      }
    }
  }
  await emitWorkflowAnnotations(host, findings, fragment, out.issued(), opts.fragmentName, log2);
}
async function jobAnnotationCounter(host) {
  if (host.jobTempDir === void 0) return { used: 0, add: async () => void 0 };
  const file = join2(host.jobTempDir, "quality-gates-workflow-annotations");
  const text = await readFile2(file, "utf8").catch(() => "");
  const used = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : 0;
  return {
    used,
    add: async (n) => {
      await writeFile2(file, String(used + n)).catch(() => void 0);
    }
  };
}
async function emitWorkflowAnnotations(host, findings, fragment, issued, fragmentName, log2) {
  const job = await jobAnnotationCounter(host);
  const jobRemaining = Math.max(0, WORKFLOW_ANNOTATIONS_PER_JOB - job.used);
  const { shown, leftOut } = workflowAnnotations(findings, issued, jobRemaining);
  await job.add(shown.length);
  for (const a of shown) {
    host.logger.log(a.level, a.message, {
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      ...a.title !== void 0 ? { title: a.title } : {}
    });
  }
  log2("info", `${shown.length} of ${findings.length} findings annotated with workflow commands`);
  if (leftOut > 0) {
    host.logger.log(
      "info",
      `${leftOut} more finding${leftOut === 1 ? " was" : "s were"} not annotated: GitHub shows at most ${WORKFLOW_ANNOTATIONS_PER_STEP} annotations of each level per step and ${WORKFLOW_ANNOTATIONS_PER_JOB} per job${job.used > 0 ? ` (earlier steps of this job made ${job.used})` : ""}. They are listed in the "${oneLine(fragment.title, 200)}" section of the quality-gates report (pr-report's comment and job summary) and all kept in the fragment ${fragmentName}.json.`
    );
  }
}

// src/shared/inputs.ts
function labelOf(get, name) {
  return get.label ? get.label(name) : `Input "${name}"`;
}
function show(v) {
  const flat = v.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat);
}
function raw(get, name) {
  const v = get(name);
  if (v === void 0 || v === null) return void 0;
  const t = String(v).trim();
  return t === "" ? void 0 : t;
}
function inputString(get, name, opts = {}) {
  const v = raw(get, name);
  if (v === void 0) {
    if (opts.default !== void 0) return opts.default;
    if (opts.required) {
      throw new UserError(
        `${labelOf(get, name)} is required${opts.describe ? `; expected ${opts.describe}` : ""}`
      );
    }
    return void 0;
  }
  const maxLength = opts.maxLength ?? 1e4;
  if (v.length > maxLength) {
    throw new UserError(
      `${labelOf(get, name)} is ${v.length} characters long; at most ${maxLength} are allowed`
    );
  }
  if (opts.pattern && !opts.pattern.test(v)) {
    throw new UserError(
      `${labelOf(get, name)}: ${show(v)} is not valid; expected ${opts.describe ?? `a value matching ${opts.pattern}`}`
    );
  }
  return v;
}
function rangeText(o) {
  const kind = o.integer ? "a whole number" : "a number";
  if (o.min !== void 0 && o.max !== void 0) return `${kind} from ${o.min} to ${o.max}`;
  if (o.min !== void 0) return `${kind} \u2265 ${o.min}`;
  if (o.max !== void 0) return `${kind} \u2264 ${o.max}`;
  return kind;
}
function inputNumber(get, name, opts = {}) {
  const v = raw(get, name);
  if (v === void 0) return opts.default;
  const o = opts.percent ? { min: 0, max: 100, ...opts } : opts;
  const expected = `expected ${rangeText(o)}${opts.percent ? " (a trailing % is allowed)" : ""}`;
  let text = v;
  if (opts.percent && text.endsWith("%")) text = text.slice(0, -1).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a number; ${expected}`);
  }
  const n = Number(text);
  if (!Number.isFinite(n))
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a finite number; ${expected}`);
  if (o.integer && !Number.isInteger(n)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a whole number; ${expected}`);
  }
  if (o.min !== void 0 && n < o.min || o.max !== void 0 && n > o.max) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is out of range; ${expected}`);
  }
  return n === 0 ? 0 : n;
}
var TRUE = ["true", "yes", "on", "1"];
var FALSE = ["false", "no", "off", "0"];
function inputBoolean(get, name, def) {
  const v = raw(get, name);
  if (v === void 0) return def;
  const l = v.toLowerCase();
  if (TRUE.includes(l)) return true;
  if (FALSE.includes(l)) return false;
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not a boolean; expected one of ${[...TRUE, ...FALSE].join(", ")} (any case)`
  );
}
function inputEnum(get, name, allowed, def) {
  const v = raw(get, name);
  if (v === void 0) return def;
  const exact = allowed.find((a) => a === v);
  if (exact !== void 0) return exact;
  const loose = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (loose !== void 0) return loose;
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not allowed; expected one of ${allowed.join(", ")}`
  );
}
function inputList(get, name, opts = {}) {
  const v = get(name);
  if (v === void 0 || v === null) return [];
  const out = [];
  for (const line of String(v).split(/\r?\n|\r/)) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    for (const part of t.split(",")) {
      const p = part.trim();
      if (p !== "") out.push(p);
    }
  }
  if (opts.max !== void 0 && out.length > opts.max) {
    throw new UserError(`${labelOf(get, name)} has ${out.length} entries; at most ${opts.max} are allowed`);
  }
  return out;
}
function inputRules(get, name) {
  const v = get(name);
  if (v === void 0 || v === null) return [];
  const rules = [];
  const lines = String(v).split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === "" || t.startsWith("#")) continue;
    const rule = splitRule(t);
    if (!rule) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(t)} is not a rule; expected "<glob> >= <percent>", e.g. "src/core/** >= 90"`
      );
    }
    const min = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(rule.number) ? Number(rule.number) : NaN;
    if (!Number.isFinite(min) || min < 0 || min > 100) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(rule.number)} is not a percentage from 0 to 100`
      );
    }
    rules.push({ pattern: rule.pattern, min: min === 0 ? 0 : min });
  }
  return rules;
}
function splitRule(line) {
  let end = line.length;
  if (line.endsWith("%")) end--;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  let start = end;
  while (start > 0 && /[0-9.+-]/.test(line[start - 1])) start--;
  const number = line.slice(start, end);
  let rest = line.slice(0, start).trimEnd();
  const separated = rest.length < start;
  let operator = false;
  if (rest.endsWith(">=")) {
    rest = rest.slice(0, -2);
    operator = true;
  } else if (rest.endsWith("\u2265")) {
    rest = rest.slice(0, -1);
    operator = true;
  }
  const pattern = rest.trim();
  if (number === "" || pattern === "" || !(operator || separated)) return void 0;
  return { pattern, number };
}

// src/shared/settings.ts
function readSettings(declared, get, frontEnd) {
  const out = {};
  for (const s of declared) {
    if (s.only && s.only !== frontEnd) continue;
    out[s.name] = readOne(s, frontEnd === "action" ? underOldName(s, get) : get);
  }
  return out;
}
function underOldName(s, get) {
  const given = (name) => {
    const v = get(name)?.trim();
    return v === void 0 || v === "" ? void 0 : v;
  };
  const old = s.actionAliases?.find((a) => given(a) !== void 0);
  if (old === void 0) return get;
  const current = given(s.name);
  if (current !== void 0 && current !== defaultText(s)) {
    throw new UserError(
      `${labelOf(get, s.name)} and its old name ${labelOf(get, old)} are both set: keep only ${s.name}`
    );
  }
  return Object.assign((name) => name === s.name ? get(old) : get(name), {
    label: (name) => labelOf(get, name === s.name ? old : name)
  });
}
function readOne(s, get) {
  switch (s.kind) {
    case "string":
      return inputString(get, s.name, {
        ...s.default !== void 0 ? { default: s.default } : {},
        ...s.required ? { required: true } : {},
        ...s.pattern ? { pattern: s.pattern } : {},
        ...s.describe ? { describe: s.describe } : {},
        ...s.maxLength !== void 0 ? { maxLength: s.maxLength } : {}
      });
    case "number":
    case "integer":
    case "percent":
      return inputNumber(get, s.name, {
        ...s.min !== void 0 ? { min: s.min } : {},
        ...s.max !== void 0 ? { max: s.max } : {},
        ...s.default !== void 0 ? { default: s.default } : {},
        integer: s.kind === "integer",
        percent: s.kind === "percent"
      });
    case "boolean":
      return inputBoolean(get, s.name, s.default);
    case "enum":
      return inputEnum(
        s.legacy ? withLegacyValues(get, s.name, s.values, s.legacy) : get,
        s.name,
        s.values,
        s.default
      );
    case "list": {
      const list = inputList(get, s.name, s.max !== void 0 ? { max: s.max } : {});
      if (s.required && list.length === 0) {
        throw new UserError(`${labelOf(get, s.name)} is required: ${s.description}`);
      }
      return list;
    }
    case "rules":
      return inputRules(get, s.name);
  }
}
function withLegacyValues(get, name, values, legacy) {
  for (const [old, now] of Object.entries(legacy)) {
    if (!values.includes(now))
      throw new Error(`setting ${name}: legacy value ${old} maps to ${now}, not one of its values`);
  }
  const mapped = (n) => {
    const v = get(n);
    if (n !== name || v === void 0 || v === null) return v;
    const t = String(v).trim();
    if (values.some((a) => a.toLowerCase() === t.toLowerCase())) return v;
    const old = Object.keys(legacy).find((k) => k === t) ?? Object.keys(legacy).find((k) => k.toLowerCase() === t.toLowerCase());
    return old === void 0 ? v : legacy[old];
  };
  return get.label ? Object.assign(mapped, { label: get.label }) : mapped;
}
function defaultText(s) {
  if (s.actionDefault !== void 0) return s.actionDefault;
  if (s.kind === "list" || s.kind === "rules") return "";
  if (s.kind === "boolean") return String(s.default);
  return s.default === void 0 ? "" : String(s.default);
}

// src/shared/gate.ts
function hostInputs(host) {
  return Object.assign((name) => host.input(name), host.inputLabel ? { label: host.inputLabel } : {});
}
async function runDeclared(declaration, host, frontEnd) {
  return declaration.run(readSettings(declaration.settings, hostInputs(host), frontEnd), host);
}
var GITHUB_SETTINGS = [
  {
    name: "github-token",
    kind: "string",
    only: "action",
    actionDefault: "${{ github.token }}",
    description: "Token for the GitHub API: the job's token by default, or a GitHub App token or PAT (masked in the log either way).",
    group: "GitHub"
  },
  {
    name: "rate-limit-wait",
    kind: "integer",
    min: 0,
    max: 3600,
    default: 300,
    only: "action",
    description: "Longest wait, in seconds, for a GitHub API rate limit to reset before a write is retried; a longer one fails at once, saying when it resets.",
    group: "GitHub"
  }
];
var LEGACY_BOOLEAN_MODES = {
  true: "auto",
  yes: "auto",
  on: "auto",
  1: "auto",
  false: "off",
  no: "off",
  0: "off"
};
var BASELINE_SETTINGS = [
  {
    name: "baseline-walk-back",
    kind: "integer",
    min: 0,
    max: 500,
    default: 20,
    only: "action",
    description: "How many first-parent ancestors of the base commit to search for the gate's baseline (what the default branch saved).",
    group: "Baseline"
  },
  {
    name: "baseline-retention-days",
    kind: "integer",
    min: 1,
    max: 400,
    default: 90,
    only: "action",
    description: "Retention of the baseline artifact saved on the default branch (1-400; capped by the repository setting).",
    group: "Baseline"
  }
];
var BASELINE_MODE_SETTING = {
  name: "mode",
  kind: "enum",
  values: ["auto", "gate", "baseline"],
  default: "auto",
  description: "auto (PRs are gated; pushes to the default branch and merge queues save the baseline; on the CLI --baseline-out also saves), gate, or baseline.",
  group: "Inputs"
};
function baselineMode(mode, store) {
  const resolved = mode === "auto" ? store?.savesInAuto ? "save" : "gate" : mode === "baseline" ? "save" : "gate";
  return {
    mode: resolved,
    gating: resolved === "gate" || mode === "auto" && store?.gatesWhenSaving === true
  };
}
function baselineOptions(settings) {
  const s = settings;
  return { walkBack: s["baseline-walk-back"] ?? 20, retentionDays: s["baseline-retention-days"] ?? 90 };
}
var GATE_SETTINGS = [
  {
    name: "name",
    kind: "string",
    pattern: /^[a-z0-9][a-z0-9._-]{0,39}$/,
    describe: "1-40 lowercase letters, digits, . _ - (starting with a letter or digit)",
    description: "Name of this result when the gate runs more than once in a workflow (monorepo parts, matrix legs): the status becomes quality-gates/<gate>/<name> and the section and fragment carry the name. Empty = the plain quality-gates/<gate>.",
    group: "Publishing"
  },
  {
    name: "commit-status",
    kind: "boolean",
    default: true,
    only: "action",
    actionAliases: ["status"],
    description: "Set the gate's commit status quality-gates/<gate>[/<name>] (needs statuses: write); a status that cannot be written fails the step.",
    group: "Publishing"
  },
  {
    name: "annotations",
    kind: "enum",
    values: ANNOTATION_MODES,
    default: "auto",
    legacy: LEGACY_BOOLEAN_MODES,
    only: "action",
    description: "How findings are annotated in the PR diff. auto: a check run (needs checks: write), else, when the token may not create one (a fork PR's read-only token), workflow commands; check-run: a check run only; workflow-commands: workflow commands only (no permission; GitHub shows 10 warnings per step); off: none. true/false of earlier releases mean auto/off.",
    group: "Publishing"
  },
  {
    name: "summary",
    kind: "enum",
    values: SUMMARY_MODES,
    default: "short",
    only: "action",
    description: "What the gate writes to the job summary. short: one line (status, title, summary) pointing to pr-report's report, which holds the full section; full: the whole section (for a gate used without pr-report); off: nothing.",
    group: "Publishing"
  },
  {
    name: "fragment-name",
    kind: "string",
    only: "action",
    pattern: /^[A-Za-z0-9._-]{1,100}$/,
    describe: "letters, digits, . _ - (an artifact name)",
    description: "Name of the report fragment artifact pr-report reads. Empty = quality-gates-fragment-<gate>[-<name>].",
    group: "Publishing"
  },
  ...GITHUB_SETTINGS,
  ...DISPATCH_SETTINGS,
  {
    name: "json",
    kind: "boolean",
    default: false,
    only: "cli",
    description: "print the machine-readable result instead of the table",
    group: "Outputs"
  },
  {
    name: "fragment-out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "write the ReportFragment for pr-report (quality-gates report)",
    group: "Outputs"
  },
  {
    name: "summary-out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "write the markdown section (what the action puts in the job summary)",
    group: "Outputs"
  },
  {
    name: "baseline",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "a baseline file to compare against (what the action keeps as an artifact per commit)",
    group: "Baseline"
  },
  {
    name: "baseline-out",
    kind: "string",
    only: "cli",
    placeholder: "<file>",
    description: "write this run as a baseline (carrying the --baseline trend forward), for a later --baseline: the same file the action keeps as an artifact",
    group: "Baseline"
  },
  {
    name: "baseline-store",
    kind: "enum",
    values: ["auto", "artifact", "cache"],
    default: "auto",
    only: "action",
    description: "Where baselines are kept: artifact (workflow artifacts), cache (the Actions cache, for GitHub Enterprise Server, where artifacts v4 are not available) or auto (cache on GitHub Enterprise Server, artifact on github.com and GHE.com, from GITHUB_SERVER_URL).",
    group: "Baseline"
  },
  {
    name: "repo",
    kind: "string",
    only: "cli",
    placeholder: "<dir>",
    description: "repository root for paths and git (default: the git work tree around the current directory, else the current directory)",
    group: "Inputs"
  }
];
function gateContext(gate, name) {
  return `quality-gates/${gate}${name ? `/${name}` : ""}`;
}
function namedBaselineKind(kind, name) {
  if (!name) return kind;
  const plain = `${kind}-${name}`;
  if (/^[a-z0-9][a-z0-9-]{0,39}$/.test(plain)) return plain;
  return `${kind.slice(0, 27)}-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
}
function namedBaselines(store, name) {
  if (!name) return store;
  return {
    savesInAuto: store.savesInAuto,
    gatesWhenSaving: store.gatesWhenSaving,
    find: (kind, candidates, file) => store.find(namedBaselineKind(kind, name), candidates, file),
    save: (kind, sha, dir, file, retentionDays) => store.save(namedBaselineKind(kind, name), sha, dir, file, retentionDays)
  };
}
function defaultFragmentName(gate, name) {
  return `quality-gates-fragment-${gate}${name ? `-${name}` : ""}`;
}
function defineGate(spec) {
  const own = new Set(spec.settings.flatMap((s) => [s.name, ...s.aliases ?? []]));
  const settings = [...spec.settings, ...GATE_SETTINGS.filter((s) => !own.has(s.name))];
  return {
    id: spec.id,
    action: spec.action,
    command: spec.command,
    usage: spec.usage,
    about: spec.about,
    settings,
    async run(values, host) {
      const all = values;
      const name = all.name || void 0;
      const issued = { error: 0, warning: 0, notice: 0 };
      const gateHost = {
        ...host,
        // Each named result keeps its own baselines: two coverage gates with different names never share one.
        ...host.baselines ? { baselines: namedBaselines(host.baselines, name) } : {},
        logger: {
          log: (level, message2, where) => {
            if (level !== "debug" && level !== "info") issued[level]++;
            host.logger.log(level, message2, where);
          },
          group: (groupName, fn) => host.logger.group(groupName, fn)
        }
      };
      const result = await spec.evaluate(values, gateHost);
      const context = gateContext(spec.id, name);
      result.fragment.statusContext = context;
      if (name) retitle(result.fragment, `${result.fragment.title} (${name})`);
      await publish(host, result, {
        fragmentName: all["fragment-name"] ?? defaultFragmentName(spec.id, name),
        status: all["commit-status"] !== false,
        // Both are action-only: the CLI (where they are absent) never annotates, and --summary-out gets the section.
        annotations: all.annotations ?? "off",
        summary: all.summary ?? "full",
        issued
      });
      return { ...result.failure ? { failure: result.failure } : {}, result, context };
    },
    print: {
      json: (outcome, write) => spec.print.json(outcome.result.data, write),
      human: (outcome) => spec.print.human(outcome.result.data)
    }
  };
}

// src/shared/host-actions.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/shared/artifacts.ts
import { rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var DEFAULT_MAX_ZIP_BYTES = 1024 * 1024 * 1024;
function message(error2) {
  return oneLine(error2 instanceof Error ? error2.message : String(error2), 300);
}
function statusOf(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function createActionsArtifactClient(opts) {
  const { octokit, owner, repo } = opts;
  const maxZipBytes = opts.maxZipBytes ?? DEFAULT_MAX_ZIP_BYTES;
  const fetchBlob = opts.fetch ?? globalThis.fetch;
  let client;
  return {
    canUpload: opts.canUpload ?? true,
    async upload(name, files, rootDirectory, retentionDays) {
      client ??= new (await import("./artifact-IAWW5SON.js")).DefaultArtifactClient();
      let result;
      try {
        result = await client.uploadArtifact(
          name,
          files,
          rootDirectory,
          retentionDays === void 0 ? {} : { retentionDays }
        );
      } catch (error2) {
        const text = message(error2);
        if (/\(409\)/.test(text)) {
          throw new UserError(
            `artifact "${name}" already exists in this workflow run (artifact names are unique per run)`
          );
        }
        throw new UserError(`uploading artifact "${name}" failed: ${text}`);
      }
      if (result.id === void 0) throw new UserError(`uploading artifact "${name}" returned no artifact id`);
      return {
        id: result.id,
        size: result.size ?? 0,
        ...result.digest ? { digest: `sha256:${result.digest}` } : {}
      };
    },
    async downloadZip(artifactId, zipPath) {
      let location;
      try {
        const response = await octokit.request(
          "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
          { owner, repo, artifact_id: artifactId, archive_format: "zip", request: { redirect: "manual" } }
        );
        if (response.status !== 302) {
          throw new UserError(
            `downloading artifact ${artifactId} from ${owner}/${repo}: expected a redirect to the blob, got HTTP ${response.status}`
          );
        }
        location = response.headers.location;
      } catch (error2) {
        if (error2 instanceof UserError) throw error2;
        const status = statusOf(error2);
        if (status === 410) throw new UserError(`artifact ${artifactId} has expired`);
        if (status === 404) throw new UserError(`artifact ${artifactId} was not found in ${owner}/${repo}`);
        throw new UserError(
          `downloading artifact ${artifactId} from ${owner}/${repo} failed${status ? ` (HTTP ${status})` : ""}: ${message(error2)}`
        );
      }
      if (!location || !/^https?:\/\//.test(location)) {
        throw new UserError(`downloading artifact ${artifactId}: the API gave no usable redirect location`);
      }
      const blobHost = new URL(location).host;
      let blob;
      try {
        blob = await fetchBlob(location, { redirect: "follow" });
      } catch (error2) {
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: ${message(error2)}`);
      }
      if (blob.status !== 200 || !blob.body) {
        await blob.body?.cancel();
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: HTTP ${blob.status}`);
      }
      const declared = Number(blob.headers.get("content-length") ?? NaN);
      if (Number.isFinite(declared) && declared > maxZipBytes) {
        await blob.body.cancel();
        throw new UserError(
          `artifact ${artifactId} is ${declared} bytes, over the download limit of ${maxZipBytes}`
        );
      }
      let received = 0;
      const cap = new Transform({
        transform(chunk, _encoding, callback2) {
          received += chunk.length;
          if (received > maxZipBytes) {
            callback2(
              new UserError(
                `artifact ${artifactId} is larger than the download limit of ${maxZipBytes} bytes`
              )
            );
            return;
          }
          callback2(null, chunk);
        }
      });
      let file;
      try {
        file = await createExclusiveWriteStream(zipPath);
      } catch (error2) {
        await blob.body.cancel();
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error2)}`);
      }
      try {
        await pipeline(Readable.fromWeb(blob.body), cap, file);
      } catch (error2) {
        await rm(zipPath, { force: true });
        if (error2 instanceof UserError) throw error2;
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error2)}`);
      }
    }
  };
}

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/shared/octokit.ts
var DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300;
var SECONDARY_FALLBACK_SECONDS = 60;
var WRITE_RETRYABLE = /* @__PURE__ */ new Set([500, 502, 503]);
var PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
function transportFetch(env) {
  if (!PROXY_VARIABLES.some((name) => env[name])) return (input, init) => fetch(input, init);
  let proxied;
  return async (input, init) => {
    proxied ??= import("./utils-XA5ZA7SP.js").then(
      (m) => m.defaults.request?.fetch ?? fetch
    );
    return (await proxied)(input, init);
  };
}
function createOctokit(opts) {
  if (!opts.token)
    throw new UserError("GitHub token is empty: pass `github-token` (defaults to GITHUB_TOKEN)");
  const log2 = opts.log ?? (() => void 0);
  const retries = opts.retries ?? 3;
  const unit = opts.minRetryDelayMs ?? 1e3;
  const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  if (!Number.isFinite(maxWait) || maxWait < 0)
    throw new UserError(`maximum rate-limit wait must be a number of seconds \u2265 0, got ${maxWait}`);
  if (!Number.isSafeInteger(retries) || retries < 0)
    throw new UserError(`retries must be an integer \u2265 0, got ${retries}`);
  const timeoutMs = opts.requestTimeoutMs ?? 6e4;
  const baseFetch = transportFetch(process.env);
  const fetchWithTimeout = (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...init?.signal ? [init.signal] : []];
    return baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
  const orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  const GitHub = Octokit.plugin(
    restEndpointMethods,
    paginateRest,
    writeGuard(log2),
    retry,
    throttling,
    rateLimitRetry({
      log: log2,
      retries,
      maxWaitMs: maxWait * 1e3,
      now: opts.now ?? Date.now,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
    })
  );
  return new GitHub({
    auth: `token ${opts.token}`,
    baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    ...orchestrationId ? { userAgent: `actions_orchestration_id/${orchestrationId.replace(/[^a-z0-9_.-]/gi, "_")}` } : {},
    request: { fetch: fetchWithTimeout },
    log: {
      debug: () => void 0,
      info: () => void 0,
      warn: (m) => log2(m),
      error: (m) => log2(m)
    },
    retry: { retries, retryAfterBaseValue: unit },
    throttle: {
      // Duck-typed Bottleneck.Group: the plugin only calls `write.key(id).schedule(opts, fn)`.
      write: spacedQueue(opts.minWriteIntervalMs ?? 1e3),
      // Writes that notify (comments, …) are spaced the same way (the plugin's default is 3 s apart).
      notifications: spacedQueue(opts.minWriteIntervalMs ?? 1e3),
      // Rate limits are retried by rateLimitRetry (outermost), with a bounded, injectable wait.
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false
    }
  });
}
function rateLimitRetry(cfg) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options) => {
      let waitedMs = 0;
      let guessed = 0;
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options);
        } catch (error2) {
          const nowMs = cfg.now();
          const limit = rateLimitOf(error2, nowMs);
          if (!limit || !(error2 instanceof RequestError)) throw error2;
          const parsed = parseRequest(octokit, options);
          const what = `${parsed.method.toUpperCase()} ${pathOf(parsed.url)}`;
          const label = limit.kind === "primary" ? "rate limit" : "secondary rate limit";
          const waitMs = limit.waitMs ?? SECONDARY_FALLBACK_SECONDS * 1e3 * 2 ** Math.min(guessed++, 10);
          const inSeconds = Math.ceil(waitMs / 1e3);
          const info2 = {
            ...limit,
            inSeconds,
            waitedSeconds: Math.round(waitedMs / 1e3),
            boundSeconds: Math.round(cfg.maxWaitMs / 1e3),
            retries: cfg.retries
          };
          if (waitedMs + waitMs > cfg.maxWaitMs) {
            const e = new RateLimitError(error2, { ...info2, reason: "beyond-bound" }, what);
            cfg.log(e.message);
            throw e;
          }
          if (attempt >= cfg.retries) {
            const e = new RateLimitError(error2, { ...info2, reason: "retries-exhausted" }, what);
            cfg.log(e.message);
            throw e;
          }
          cfg.log(
            `GitHub ${label} on ${what}: retrying in ${inSeconds}s (retry ${attempt + 1}/${cfg.retries})`
          );
          await cfg.sleep(waitMs);
          waitedMs += waitMs;
        }
      }
    });
  };
}
function writeGuard(log2) {
  return (octokit) => {
    octokit.hook.error("request", (error2, opts) => {
      const options = opts;
      const parsed = parseRequest(octokit, options);
      const method = parsed.method.toUpperCase();
      const isWrite = method !== "GET" && method !== "HEAD";
      const e = error2;
      const path = pathOf(parsed.url);
      if (e.response === void 0) {
        const reason = describeNetworkError(error2);
        if (isWrite) {
          log2(`${method} ${path}: no response (${reason}); not retried, the write may have been applied`);
          throw finalError(
            `no response from GitHub (${reason}); not retried because the write may have been applied`,
            500,
            parsed,
            void 0
          );
        }
        log2(`${method} ${path}: no response (${reason})`);
        if (error2 instanceof RequestError) throw error2;
        throw new RequestError(`no response from GitHub (${reason})`, 500, {
          request: { ...parsed, request: options.request }
        });
      }
      const status = typeof e.status === "number" ? e.status : 0;
      if (rateLimitOf(error2) !== void 0)
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response);
      if (status >= 500) log2(`${method} ${path}: GitHub answered ${status}`);
      if (isWrite && status >= 400 && !WRITE_RETRYABLE.has(status)) {
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response);
      }
      throw error2;
    });
  };
}
function finalError(message2, status, parsed, response) {
  return new RequestError(message2, status, {
    request: { method: parsed.method, url: parsed.url, headers: {} },
    ...response ? { response } : {}
  });
}
function parseRequest(octokit, options) {
  try {
    const parsed = octokit.request.endpoint.parse(
      options
    );
    return { method: parsed.method, url: parsed.url };
  } catch {
    return { method: options.method ?? "GET", url: options.url ?? "" };
  }
}
function spacedQueue(gapMs) {
  let tail = Promise.resolve();
  let last = 0;
  const limiter = {
    schedule(...args) {
      const fnIndex = typeof args[0] === "function" ? 0 : 1;
      const fn = args[fnIndex];
      const rest = args.slice(fnIndex + 1);
      const run = tail.then(async () => {
        const wait = last + gapMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        last = Date.now();
        return fn(...rest);
      });
      tail = run.catch(() => void 0);
      return run;
    }
  };
  return { key: () => limiter };
}

// src/shared/host-actions.ts
function announced(store, line, say) {
  let said = false;
  const once = () => {
    if (!said) say(line);
    said = true;
  };
  return {
    savesInAuto: store.savesInAuto,
    gatesWhenSaving: store.gatesWhenSaving,
    find: (...args) => (once(), store.find(...args)),
    save: (...args) => (once(), store.save(...args))
  };
}
function lazyCacheStore(opts) {
  let store;
  const load = () => store ??= import("./cache-baseline-store-CLOYQ3AD.js").then((m) => m.createCacheBaselineStore(opts));
  return {
    savesInAuto: cacheSavesInAuto(opts.context),
    gatesWhenSaving: gatesWhenSaving(opts.context),
    find: async (...args) => (await load()).find(...args),
    save: async (...args) => (await load()).save(...args)
  };
}
function defaultBranchOf(context) {
  const branch = context.payload.repository?.default_branch;
  return typeof branch === "string" && branch !== "" ? branch : void 0;
}
function createActionsHost(env = process.env) {
  const input = (name) => getInput(name).trim() || void 0;
  const context = runContextFromEnv(env, { pr: input("pr") });
  const token = input("github-token") ?? env.GITHUB_TOKEN;
  if (token) setSecret(token);
  const maxRateLimitWaitSeconds = inputNumber(input, "rate-limit-wait", { min: 0, max: 3600, integer: true });
  const octokit = token ? createOctokit({
    token,
    baseUrl: context.apiUrl,
    log: (message2) => debug(message2),
    ...maxRateLimitWaitSeconds !== void 0 ? { maxRateLimitWaitSeconds } : {}
  }) : void 0;
  const artifacts = octokit && context.repository ? createActionsArtifactClient({
    octokit,
    owner: context.repository.owner,
    repo: context.repository.repo,
    canUpload: !!env.ACTIONS_RUNTIME_TOKEN
  }) : void 0;
  const log2 = {
    debug: (message2) => debug(message2),
    info: (message2) => info(message2),
    notice: (message2, props) => notice(message2, props),
    warning: (message2, props) => warning(message2, props),
    error: (message2, props) => error(message2, props)
  };
  const tempDir = mkdtempSync(join3(env.RUNNER_TEMP || tmpdir(), "quality-gates-"));
  const repo = context.repository;
  const choice = chooseBaselineStore(
    inputEnum(input, "baseline-store", BASELINE_STORE_CHOICES, "auto"),
    context.serverUrl
  );
  const chosen = choice.store === "cache" ? lazyCacheStore({ context, tempDir, env, log: (level, message2) => log2[level](message2) }) : octokit && artifacts && repo ? createArtifactBaselineStore(
    {
      octokit,
      artifacts,
      owner: repo.owner,
      repo: repo.repo,
      repositoryId: repo.id ?? 0,
      tempDir,
      ...defaultBranchOf(context) ? { defaultBranch: defaultBranchOf(context) } : {},
      log: (level, message2) => log2[level](message2)
    },
    context
  ) : void 0;
  const baselines = chosen && announced(chosen, `baseline store: ${choice.store} (${choice.why})`, (line) => log2.info(line));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  let pullRequest;
  const fragmentsDir = env.RUNNER_TEMP ? jobFragmentsDir(env.RUNNER_TEMP) : join3(tempDir, "fragments");
  return {
    input,
    setOutput: (name, value) => setOutput(name, value),
    appendSummary: async (markdown) => {
      await summary.addRaw(markdown, true).write();
    },
    logger: {
      log: (level, message2, where) => log2[level](
        message2,
        where && {
          file: where.file,
          startLine: where.startLine,
          endLine: where.endLine,
          title: where.title
        }
      ),
      group: (name, fn) => group(name, fn)
    },
    context,
    workspace,
    cwd: workspace,
    tempDir,
    ...env.RUNNER_TEMP ? { jobTempDir: env.RUNNER_TEMP } : {},
    ...octokit ? { octokit } : {},
    ...artifacts ? { artifacts } : {},
    ...baselines ? { baselines } : {},
    pullRequest: () => pullRequest ??= repo ? resolveRunPullRequest(context, repo, octokit, {
      workspace,
      forkPolicy: input("dispatch-fork-pr"),
      notice: (message2) => notice(message2)
    }) : Promise.resolve(void 0),
    fragmentPath: (name) => join3(fragmentsDir, name),
    now: () => /* @__PURE__ */ new Date()
  };
}

// src/shared/action-entry.ts
async function runAction(declaration, makeHost = createActionsHost) {
  try {
    const host = makeHost();
    const outcome = await runDeclared(declaration, host, "action");
    if (outcome.failure) setFailed(outcome.failure);
  } catch (error2) {
    if (error2 instanceof UserError) {
      setFailed(error2.message);
    } else {
      setFailed(`internal error: ${describeError(error2)} (please report it)`);
      if (error2 instanceof Error && error2.stack) debug(error2.stack);
    }
  }
}

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname2, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups2, directory, files) => {
  groups2.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group: group2, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group2) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error2, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug: debug2, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug2 ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug2 ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

export {
  percentOf,
  deltaPp,
  ratioAtLeast,
  dropWithin,
  truncDecimal,
  deltaPpNumber,
  escapeText,
  escapeCell,
  escapeHtml,
  inlineCode,
  table,
  details,
  percent,
  mermaidXYChart,
  fitToBudget,
  cutTableRows,
  commitState,
  STATUS_EMOJI,
  headingLine,
  makeFragment,
  readFragment,
  jobFragmentsDir,
  runUrl,
  refusedOnFork,
  forkStatusNote,
  setCommitStatus,
  labelOf,
  hostInputs,
  GITHUB_SETTINGS,
  BASELINE_SETTINGS,
  BASELINE_MODE_SETTING,
  baselineMode,
  baselineOptions,
  defineGate,
  runAction,
  require_picomatch2 as require_picomatch,
  isDynamicPattern,
  glob
};
//# sourceMappingURL=chunk-I4RPA23J.js.map
