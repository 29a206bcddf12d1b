#!/usr/bin/env node
import { createRequire as __tig_createRequire } from 'node:module';
const require = __tig_createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
    var SEP = "/";
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
      SEP
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
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
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
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek2 = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
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
        if (code2 === CHAR_FORWARD_SLASH) {
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
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek2() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
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
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
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
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
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
        if (!isPathSeparator(code2)) {
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
    var splitTopLevel2 = (input) => {
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
        const branches = splitTopLevel2(match.body).map((branch2) => branch2.trim());
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
      const branches = splitTopLevel2(body).map((branch) => branch.trim());
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
    var parse2 = (input, options) => {
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
      const peek2 = state.peek = (n = 1) => input[state.index + n];
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
        while (peek2() === "!" && (peek2(2) !== "(" || peek2(3) === "?")) {
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
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
          const next = peek2();
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
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
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
          if (value === "[" && peek2() !== ":" || value === "-" && peek2() === "]") {
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
          if (!isGroup && opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek2();
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
          if (opts.noextglob !== true && peek2() === "(") {
            if (peek2(2) !== "?" || !/[!=<:]/.test(peek2(3))) {
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
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
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
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
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
          if (peek2() !== "*") {
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
    parse2.fastpaths = (input, options) => {
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
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
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
    picomatch4.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance4 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance4;
    var closest4 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance4(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest4;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt2 = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt2.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt2.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt2.indent === "number" ? " ".repeat(opt2.indent) : "  ",
        inFlow,
        options: opt2
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 8, opt2),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 16, opt2),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s2 = "";
          for (let i = 0; i < buf.length; ++i)
            s2 += String.fromCharCode(buf[i]);
          str = btoa(s2);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 2, opt2),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 1, 8, opt2),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt2) => intResolve(str, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt2) => intResolve(str, 2, 16, opt2),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt2 = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt2;
        let { version } = opt2;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt2;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt2 = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt2 = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt2 = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt2)
          this.schema = new Schema.Schema(Object.assign(opt2, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s2 = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s2}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict2 && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict2, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict2, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict2 = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s2 = this.peek(3);
          if ((s2 === "---" || s2 === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s2 === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s2 = this.buffer.slice(this.pos, i);
        if (s2) {
          yield s2;
          this.pos += s2.length;
          return s2.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/cli/main.ts
import { readFileSync as readFileSync4, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

// src/engine/version.ts
var TOOL_VERSION = "1.0.0";

// src/report/json.ts
function findingJson(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    ...f.cluster !== void 0 ? { cluster: f.cluster } : {},
    ...f.tables?.length ? { tables: f.tables } : {},
    suppressed: f.suppressed,
    fingerprint: f.fingerprint,
    ...f.fix ? { fix: { title: f.fix.title, replacement: f.fix.replacement } } : {}
  };
}
function formatJson(report) {
  const out = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: report.policy,
    findings: report.findings.map(findingJson),
    summary: {
      files: report.summary.files,
      jobs: report.summary.jobs,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      suppressed: report.summary.suppressed
    }
  };
  return JSON.stringify(out, null, 2) + "\n";
}

// src/core/types.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function uriPath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/report/verdict.ts
function failsAt(severity, failOn) {
  return failOn !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function failsCheck(findings, failOn) {
  return findings.some((f) => !f.suppressed && failsAt(f.severity, failOn));
}

// src/report/text.ts
var COLOURS = { error: "\x1B[31m", warning: "\x1B[33m", notice: "\x1B[36m" };
var RESET = "\x1B[0m";
var DIM = "\x1B[2m";
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatFindingLine(f, colour) {
  const sev = colour ? `${COLOURS[f.severity]}${f.severity}${RESET}` : f.severity;
  const rule18 = colour ? `${DIM}[${f.rule}]${RESET}` : `[${f.rule}]`;
  return `${f.file}:${f.line}:${f.column}: ${sev}: ${f.message} ${rule18}`;
}
function formatText(report, options) {
  const lines = report.findings.filter((f) => !f.suppressed).map((f) => formatFindingLine(f, options.colour));
  if (options.counts === false) return lines.length ? lines.join("\n") + "\n" : "";
  const s2 = report.summary;
  lines.push(
    `${plural(s2.errors, "error")}, ${plural(s2.warnings, "warning")}, ${plural(s2.notices, "notice")}${s2.suppressed ? ` (${s2.suppressed} suppressed)` : ""} in ${plural(s2.files, "file")}, ${plural(s2.jobs, "import job")}.`
  );
  return lines.join("\n") + "\n";
}

// src/core/version.ts
var VERSION_RE = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/;
function parseVersion(text) {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return void 0;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compareVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function atLeast(v, min) {
  const m = parseVersion(min);
  if (!m) throw new Error(`bad version literal ${min}`);
  return compareVersions(v, m) >= 0;
}
function formatVersion(v) {
  return `v${v[0]}.${v[1]}.${v[2]}`;
}

// src/filter/charset.ts
var MAX_CODE_POINT = 1114111;
var EMPTY_CHARS = [];
var ANY_CHAR = [0, MAX_CODE_POINT];
function charRange(lo, hi) {
  return lo <= hi ? [lo, hi] : [];
}
function singleChar(c) {
  return [c, c];
}
function normalizeRanges(flat) {
  const pairs = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const lo = flat[i];
    const hi = flat[i + 1];
    if (lo <= hi) pairs.push([lo, hi]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last] + 1) {
      if (hi > out[last]) out[last] = hi;
    } else {
      out.push(lo, hi);
    }
  }
  return out;
}
function unionChars(a, b) {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalizeRanges([...a, ...b]);
}
function complementChars(a) {
  const out = [];
  let next = 0;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] > next) out.push(next, a[i] - 1);
    next = a[i + 1] + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}
function intersectChars(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i], b[j]);
    const hi = Math.min(a[i + 1], b[j + 1]);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}
function hasChar(set, c) {
  let lo = 0;
  let hi = set.length / 2 - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (c < set[2 * mid]) hi = mid - 1;
    else if (c > set[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
function charsOf(text) {
  const flat = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    flat.push(c, c);
  }
  return normalizeRanges(flat);
}
var caseTables;
function singleCodePoint(text) {
  const c = text.codePointAt(0);
  if (c === void 0) return void 0;
  return text.length === (c > 65535 ? 2 : 1) ? c : void 0;
}
function casemappedCodePoints() {
  const out = [];
  const re = new RegExp("\\p{Changes_When_Casemapped}", "gu");
  const CHUNK = 16384;
  for (let lo = 65; lo < 131072; lo += CHUNK) {
    const points = [];
    for (let c = lo; c < Math.min(lo + CHUNK, 131072); c++) if (c < 55296 || c > 57343) points.push(c);
    const text = String.fromCodePoint(...points);
    for (const m of text.matchAll(re)) out.push(m[0].codePointAt(0));
  }
  return out;
}
function buildCaseTables() {
  const lowered = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const cased = [];
  for (const c of casemappedCodePoints()) {
    const ch = String.fromCodePoint(c);
    const lowerText = ch.toLowerCase();
    const upperText = ch.toUpperCase();
    if (lowerText === ch && upperText === ch) continue;
    const lower = singleCodePoint(lowerText) ?? (c === 304 ? 105 : c);
    const upper = singleCodePoint(upperText) ?? c;
    if (lower !== c) lowered.set(c, lower);
    cased.push(c);
    const upperLower = String.fromCodePoint(upper).toLowerCase();
    const key = c === 304 || c === 305 ? c : singleCodePoint(upperLower) ?? lower;
    const group = groups.get(key) ?? [];
    group.push(c);
    groups.set(key, group);
  }
  const orbit = /* @__PURE__ */ new Map();
  for (const [key, members] of groups) {
    const all = members.includes(key) ? members : [...members, key];
    for (const m of all) orbit.set(m, all);
  }
  return { lowered, orbit, cased };
}
function tables() {
  caseTables ??= buildCaseTables();
  return caseTables;
}
function lowerCodePoint(c) {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return tables().lowered.get(c) ?? c;
}
function lowerName(name) {
  let out = "";
  for (const ch of name) out += String.fromCodePoint(lowerCodePoint(ch.codePointAt(0)));
  return out;
}
function casedIn(set) {
  return tables().cased.filter((c) => hasChar(set, c));
}
function memoized(fn) {
  const cache = /* @__PURE__ */ new Map();
  return (set) => {
    const key = set.join(",");
    let result = cache.get(key);
    if (result === void 0) {
      result = fn(set);
      if (cache.size > 2e4) cache.clear();
      cache.set(key, result);
    }
    return result;
  };
}
var foldChars = memoized(function foldChars2(set) {
  const extra = [];
  const { orbit } = tables();
  for (const c of casedIn(set)) {
    for (const m of orbit.get(c) ?? []) extra.push(m, m);
  }
  return extra.length === 0 ? set : normalizeRanges([...set, ...extra]);
});
var lowerPreimage = memoized(function lowerPreimage2(set) {
  const add = [];
  const remove = [];
  for (const [c, lower] of tables().lowered) {
    if (hasChar(set, lower)) add.push(c, c);
    else remove.push(c, c);
  }
  const removed = remove.length === 0 ? set : intersectChars(set, complementChars(normalizeRanges(remove)));
  return add.length === 0 ? removed : unionChars(removed, normalizeRanges(add));
});
function lowerKindChangers() {
  const out = [];
  for (const [c, lower] of tables().lowered) {
    if (c >= 128 && isWordChar(lower) !== isWordChar(c)) out.push(c);
  }
  return out;
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}

// src/filter/nfa.ts
var Assert = {
  None: 0,
  TextStart: 1,
  TextEnd: 2,
  LineStart: 3,
  LineEnd: 4,
  WordBoundary: 5,
  NotWordBoundary: 6,
  /** `\b` in a case-insensitive filter: TiDB tests it on the lowercased name. */
  LoweredWordBoundary: 7,
  LoweredNotWordBoundary: 8
};
var MAX_NFA_STATES = 1e5;
function reSize(re) {
  switch (re.k) {
    case "empty":
      return 0;
    case "chars":
    case "assert":
      return 1;
    case "cat":
      return re.xs.reduce((n, x) => n + reSize(x), 0);
    case "alt":
      return re.xs.reduce((n, x) => n + reSize(x) + 1, 1);
    case "rep": {
      const copies = re.max === -1 ? re.min + 1 : re.max;
      return Math.min(Number.MAX_SAFE_INTEGER, reSize(re.x) * copies + copies + 2);
    }
  }
}
function compileRe(re, mapChars = (s2) => s2) {
  const edges = [];
  const eps = [];
  const newState = () => {
    edges.push([]);
    eps.push([]);
    return edges.length - 1;
  };
  const link = (from, to, assert = Assert.None) => {
    eps[from].push({ to, assert });
  };
  const cache = /* @__PURE__ */ new Map();
  const emit = (node, entry) => {
    switch (node.k) {
      case "empty":
        return entry;
      case "chars": {
        const exit = newState();
        let set = cache.get(node.set);
        if (set === void 0) {
          set = mapChars(node.set);
          cache.set(node.set, set);
        }
        if (set.length > 0) edges[entry].push({ set, to: exit });
        return exit;
      }
      case "assert": {
        const exit = newState();
        link(entry, exit, node.a);
        return exit;
      }
      case "cat":
        return node.xs.reduce((at, x) => emit(x, at), entry);
      case "alt": {
        const exit = newState();
        for (const x of node.xs) {
          const branch = newState();
          link(entry, branch);
          link(emit(x, branch), exit);
        }
        return exit;
      }
      case "rep": {
        let at = entry;
        for (let i = 0; i < node.min; i++) at = emit(node.x, at);
        if (node.max === -1) {
          const loop = newState();
          link(at, loop);
          link(emit(node.x, loop), loop);
          return loop;
        }
        for (let i = node.min; i < node.max; i++) {
          const next = newState();
          link(at, next);
          link(emit(node.x, at), next);
          at = next;
        }
        return at;
      }
    }
  };
  const start = newState();
  const accept = emit(re, start);
  return { start, accept, edges, eps };
}
var BOUNDARY = 8;
var WORD = 1;
var NEWLINE = 2;
var LOWERED_WORD = 4;
function charKind(c) {
  return (isWordChar(c) ? WORD : 0) | (c === 10 ? NEWLINE : 0) | (isWordChar(lowerCodePoint(c)) ? LOWERED_WORD : 0);
}
function assertionHolds(assert, prev, next) {
  const isWord = (kind, bit) => kind !== BOUNDARY && (kind & bit) !== 0;
  switch (assert) {
    case Assert.None:
      return true;
    case Assert.TextStart:
      return prev === BOUNDARY;
    case Assert.TextEnd:
      return next === BOUNDARY;
    case Assert.LineStart:
      return prev === BOUNDARY || (prev & NEWLINE) !== 0;
    case Assert.LineEnd:
      return next === BOUNDARY || (next & NEWLINE) !== 0;
    case Assert.WordBoundary:
      return isWord(prev, WORD) !== isWord(next, WORD);
    case Assert.NotWordBoundary:
      return isWord(prev, WORD) === isWord(next, WORD);
    case Assert.LoweredWordBoundary:
      return isWord(prev, LOWERED_WORD) !== isWord(next, LOWERED_WORD);
    case Assert.LoweredNotWordBoundary:
      return isWord(prev, LOWERED_WORD) === isWord(next, LOWERED_WORD);
  }
}
function closure(nfa, states, prev, next) {
  const seen = new Set(states);
  const stack = [...states];
  while (stack.length > 0) {
    const s2 = stack.pop();
    for (const e of nfa.eps[s2]) {
      if (!seen.has(e.to) && assertionHolds(e.assert, prev, next)) {
        seen.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}
function looseClosure(nfa, states) {
  const seen = new Set(states);
  const stack = [...states];
  while (stack.length > 0) {
    const s2 = stack.pop();
    for (const e of nfa.eps[s2]) {
      if (!seen.has(e.to)) {
        seen.add(e.to);
        stack.push(e.to);
      }
    }
  }
  return [...seen];
}
function step(nfa, states, c) {
  const out = /* @__PURE__ */ new Set();
  for (const s2 of states) {
    for (const e of nfa.edges[s2]) if (hasChar(e.set, c)) out.add(e.to);
  }
  return [...out].sort((a, b) => a - b);
}
function nfaMatches(nfa, name) {
  let states = [nfa.start];
  let prev = BOUNDARY;
  for (const ch of name) {
    const c = ch.codePointAt(0);
    const kind = charKind(c);
    states = step(nfa, closure(nfa, states, prev, kind), c);
    if (states.length === 0) return false;
    prev = kind;
  }
  return closure(nfa, states, prev, BOUNDARY).includes(nfa.accept);
}

// src/filter/regex.ts
var MAX_REPEAT = 1e3;
var MAX_NESTING = 1e3;
var PERL_CLASSES = {
  d: [48, 57],
  s: normalizeRanges([9, 10, 12, 13, 32, 32]),
  w: normalizeRanges([48, 57, 65, 90, 95, 95, 97, 122])
};
var POSIX_CLASSES = {
  alnum: normalizeRanges([48, 57, 65, 90, 97, 122]),
  alpha: normalizeRanges([65, 90, 97, 122]),
  ascii: [0, 127],
  blank: normalizeRanges([9, 9, 32, 32]),
  cntrl: normalizeRanges([0, 31, 127, 127]),
  digit: [48, 57],
  graph: [33, 126],
  lower: [97, 122],
  print: [32, 126],
  punct: normalizeRanges([33, 47, 58, 64, 91, 96, 123, 126]),
  space: normalizeRanges([9, 13, 32, 32]),
  upper: [65, 90],
  word: normalizeRanges([48, 57, 65, 90, 95, 95, 97, 122]),
  xdigit: normalizeRanges([48, 57, 65, 70, 97, 102])
};
var unicodeClassCache = /* @__PURE__ */ new Map();
function unicodeClass(name) {
  if (unicodeClassCache.has(name)) return unicodeClassCache.get(name);
  let result;
  if (name === "Any") result = ANY_CHAR;
  else if (/^[A-Za-z_]+$/.test(name)) {
    let test;
    for (const source of [`^\\p{gc=${name}}$`, `^\\p{sc=${name}}$`]) {
      try {
        test = new RegExp(source, "u");
        break;
      } catch {
      }
    }
    if (test !== void 0) {
      const flat = [];
      for (let c = 0; c <= MAX_CODE_POINT; c++) {
        if (c >= 55296 && c <= 57343) continue;
        if (test.test(String.fromCodePoint(c))) flat.push(c, c);
      }
      result = normalizeRanges(flat);
    }
  }
  unicodeClassCache.set(name, result);
  return result;
}
var RegexSyntaxError = class {
  constructor(code2, text, offset) {
    this.code = code2;
    this.text = text;
    this.offset = offset;
  }
  code;
  text;
  offset;
};
function parseRegex(source, flags) {
  try {
    const re = new RegexParser(source, flags).parseWhole();
    if (reSize(re) > MAX_NFA_STATES) {
      return { ok: false, error: { message: `error parsing regexp: expression too large: \`${source}\``, offset: 0 } };
    }
    return { ok: true, re };
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    return { ok: false, error: { message: `error parsing regexp: ${e.code}: \`${e.text}\``, offset: e.offset } };
  }
}
var RegexParser = class {
  constructor(src, options) {
    this.src = src;
    this.options = options;
    this.flags = { i: options.foldCase, m: false, s: options.dotAll ?? false };
  }
  src;
  options;
  pos = 0;
  flags;
  depth = 0;
  parseWhole() {
    const re = this.parseAlternation();
    if (this.pos < this.src.length) {
      throw new RegexSyntaxError("unexpected )", this.src, this.pos);
    }
    return re;
  }
  peek(offset = 0) {
    return this.src.charAt(this.pos + offset);
  }
  codePointAt(at) {
    return this.src.codePointAt(at) ?? 0;
  }
  parseAlternation() {
    const branches = [this.parseSequence()];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.parseSequence());
    }
    return branches.length === 1 ? branches[0] : { k: "alt", xs: branches };
  }
  parseSequence() {
    const items = [];
    while (this.pos < this.src.length) {
      const c = this.peek();
      if (c === "|" || c === ")") break;
      const atom = this.parseAtom();
      if (atom === void 0) continue;
      items.push(this.parseRepeats(atom));
    }
    if (items.length === 0) return { k: "empty" };
    return items.length === 1 ? items[0] : { k: "cat", xs: items };
  }
  /** Reads `{n}`, `{n,}` or `{n,m}` at the current position without consuming it. */
  readRepeatBraces() {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 32));
    if (m === null) return void 0;
    const min = Number(m[1]);
    const max = m[2] === void 0 ? min : m[3] === "" ? -1 : Number(m[3]);
    return { min, max, length: m[0].length, text: m[0] };
  }
  parseRepeats(atom) {
    let result = atom;
    let lastOpStart = -1;
    for (; ; ) {
      const opStart = this.pos;
      const c = this.peek();
      let min;
      let max;
      if (c === "*" || c === "+" || c === "?") {
        [min, max] = c === "*" ? [0, -1] : c === "+" ? [1, -1] : [0, 1];
        this.pos++;
      } else if (c === "{") {
        const braces = this.readRepeatBraces();
        if (braces === void 0) return result;
        if (braces.min > MAX_REPEAT || braces.max > MAX_REPEAT || braces.max !== -1 && braces.max < braces.min) {
          throw new RegexSyntaxError("invalid repeat count", braces.text, opStart);
        }
        ({ min, max } = braces);
        this.pos += braces.length;
      } else {
        return result;
      }
      if (this.peek() === "?") this.pos++;
      if (lastOpStart !== -1) {
        throw new RegexSyntaxError("invalid nested repetition operator", this.src.slice(lastOpStart, this.pos), lastOpStart);
      }
      lastOpStart = opStart;
      result = { k: "rep", x: result, min, max };
    }
  }
  literal(c) {
    const set = singleChar(c);
    return { k: "chars", set: this.flags.i ? foldChars(set) : set };
  }
  parseAtom() {
    const start = this.pos;
    const c = this.peek();
    switch (c) {
      case "(":
        return this.parseGroup();
      case "[":
        return { k: "chars", set: this.parseClass() };
      case ".":
        this.pos++;
        return { k: "chars", set: this.flags.s ? ANY_CHAR : complementChars(singleChar(10)) };
      case "^":
        this.pos++;
        return { k: "assert", a: this.flags.m ? Assert.LineStart : Assert.TextStart };
      case "$":
        this.pos++;
        return { k: "assert", a: this.flags.m ? Assert.LineEnd : Assert.TextEnd };
      case "*":
      case "+":
      case "?":
        throw new RegexSyntaxError("missing argument to repetition operator", c, start);
      case "{": {
        const braces = this.readRepeatBraces();
        if (braces !== void 0) throw new RegexSyntaxError("missing argument to repetition operator", braces.text, start);
        this.pos++;
        return this.literal(123);
      }
      case "\\":
        return this.parseEscapeAtom();
      default: {
        const cp = this.codePointAt(this.pos);
        this.pos += cp > 65535 ? 2 : 1;
        return this.literal(cp);
      }
    }
  }
  parseGroup() {
    const start = this.pos;
    if (++this.depth > MAX_NESTING) throw new RegexSyntaxError("expression nests too deeply", this.src, start);
    this.pos++;
    const savedFlags = { ...this.flags };
    if (this.peek() === "?") {
      const rest = this.src.slice(this.pos + 1);
      const named = /^P?<([^>]*)>/.exec(rest);
      if (rest.startsWith("P<") || rest.startsWith("<") && !rest.startsWith("<=") && !rest.startsWith("<!")) {
        if (named === null) throw new RegexSyntaxError("invalid named capture", this.src.slice(start), start);
        if (!/^[A-Za-z0-9_]+$/.test(named[1])) {
          throw new RegexSyntaxError("invalid named capture", this.src.slice(start, this.pos + 1 + named[0].length), start);
        }
        this.pos += 1 + named[0].length;
      } else {
        let i = this.pos + 1;
        let negate = false;
        let flagsAfterMinus = 0;
        let sawAnyFlag = false;
        const next = { ...this.flags };
        for (; ; ) {
          const f = this.src.charAt(i);
          if (f === "i" || f === "m" || f === "s" || f === "U") {
            if (f !== "U") next[f] = !negate;
            sawAnyFlag = true;
            if (negate) flagsAfterMinus++;
            i++;
          } else if (f === "-" && !negate) {
            negate = true;
            i++;
          } else if ((f === ":" || f === ")" && sawAnyFlag) && !(negate && flagsAfterMinus === 0)) {
            this.pos = i + 1;
            this.flags = next;
            if (f === ")") {
              this.depth--;
              return void 0;
            }
            break;
          } else {
            const bad = this.src.slice(start, Math.min(this.src.length, i + 1));
            throw new RegexSyntaxError("invalid or unsupported Perl syntax", bad, start);
          }
        }
      }
    }
    const inner = this.parseAlternation();
    if (this.peek() !== ")") throw new RegexSyntaxError("missing closing )", this.src, start);
    this.pos++;
    this.flags = savedFlags;
    this.depth--;
    return inner.k === "empty" ? { k: "empty" } : inner;
  }
  parseEscapeAtom() {
    const start = this.pos;
    const e = this.peek(1);
    switch (e) {
      case "A":
        this.pos += 2;
        return { k: "assert", a: Assert.TextStart };
      case "z":
        this.pos += 2;
        return { k: "assert", a: Assert.TextEnd };
      case "b":
      case "B": {
        this.pos += 2;
        const lowered = this.options.loweredWordBoundaries ?? false;
        const a = e === "b" ? lowered ? Assert.LoweredWordBoundary : Assert.WordBoundary : lowered ? Assert.LoweredNotWordBoundary : Assert.NotWordBoundary;
        return { k: "assert", a };
      }
      case "Q": {
        const end = this.src.indexOf("\\E", start + 2);
        const text = this.src.slice(start + 2, end === -1 ? void 0 : end);
        this.pos = end === -1 ? this.src.length : end + 2;
        const items = [...text].map((ch) => this.literal(ch.codePointAt(0)));
        if (items.length === 0) return void 0;
        return items.length === 1 ? items[0] : { k: "cat", xs: items };
      }
      default: {
        const cls = this.tryParseClassEscape();
        if (cls !== void 0) return { k: "chars", set: cls };
        return this.literal(this.parseEscapedChar());
      }
    }
  }
  /** `\d`, `\D`, `\pL`, `\p{Greek}`, ... at the current position, or undefined. */
  tryParseClassEscape() {
    const start = this.pos;
    const e = this.peek(1);
    const lower = e.toLowerCase();
    if (lower === "d" || lower === "s" || lower === "w") {
      this.pos += 2;
      const base = PERL_CLASSES[lower];
      const set = this.flags.i ? foldChars(base) : base;
      return e === lower ? set : complementChars(set);
    }
    if (e === "p" || e === "P") {
      let name;
      if (this.peek(2) === "{") {
        const close = this.src.indexOf("}", start + 3);
        if (close === -1) throw new RegexSyntaxError("invalid character class range", this.src.slice(start), start);
        name = this.src.slice(start + 3, close);
        this.pos = close + 1;
      } else {
        const cp = this.codePointAt(start + 2);
        if (this.pos + 2 >= this.src.length) throw new RegexSyntaxError("invalid character class range", this.src.slice(start), start);
        name = String.fromCodePoint(cp);
        this.pos = start + 2 + (cp > 65535 ? 2 : 1);
      }
      let negated = e === "P";
      if (name.startsWith("^")) {
        negated = !negated;
        name = name.slice(1);
      }
      const set = unicodeClass(name);
      if (set === void 0) throw new RegexSyntaxError("invalid character class range", this.src.slice(start, this.pos), start);
      const folded = this.flags.i ? foldChars(set) : set;
      return negated ? complementChars(folded) : folded;
    }
    return void 0;
  }
  /** A single escaped character (`\n`, `\x41`, `\x{263a}`, `\101`, `\.`), consuming it. */
  parseEscapedChar() {
    const start = this.pos;
    if (start + 1 >= this.src.length) throw new RegexSyntaxError("trailing backslash at end of expression", "", start);
    const e = this.peek(1);
    const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (simple[e] !== void 0) {
      this.pos += 2;
      return simple[e];
    }
    if (e >= "0" && e <= "7") {
      const m = /^[0-7]{1,3}/.exec(this.src.slice(start + 1, start + 4));
      if (e !== "0" && m[0].length === 1) throw new RegexSyntaxError("invalid escape sequence", `\\${e}`, start);
      this.pos = start + 1 + m[0].length;
      return parseInt(m[0], 8);
    }
    if (e === "x") {
      if (this.peek(2) === "{") {
        const m2 = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(start + 2));
        const value = m2 === null ? NaN : parseInt(m2[1], 16);
        if (m2 === null || !(value <= MAX_CODE_POINT)) {
          throw new RegexSyntaxError("invalid escape sequence", this.src.slice(start, start + 2 + (m2?.[0].length ?? 1)), start);
        }
        this.pos = start + 2 + m2[0].length;
        return value;
      }
      const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(start + 2, start + 4));
      if (m === null) throw new RegexSyntaxError("invalid escape sequence", this.src.slice(start, start + 4), start);
      this.pos = start + 4;
      return parseInt(m[0], 16);
    }
    const cp = this.codePointAt(start + 1);
    if (cp < 128 && !/[0-9A-Za-z]/.test(e)) {
      this.pos += 2;
      return cp;
    }
    throw new RegexSyntaxError("invalid escape sequence", this.src.slice(start, start + 1 + (cp > 65535 ? 2 : 1)), start);
  }
  parseClass() {
    const start = this.pos;
    this.pos++;
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.pos++;
    }
    let set = EMPTY_CHARS;
    let first = true;
    for (; ; ) {
      if (this.pos >= this.src.length) throw new RegexSyntaxError("missing closing ]", this.src.slice(start), start);
      const c = this.peek();
      if (c === "]" && !first) break;
      first = false;
      if (c === "[" && this.peek(1) === ":") {
        const close = this.src.indexOf(":]", this.pos + 2);
        if (close !== -1) {
          const text = this.src.slice(this.pos, close + 2);
          let name = text.slice(2, -2);
          const neg = name.startsWith("^");
          if (neg) name = name.slice(1);
          const base = POSIX_CLASSES[name];
          if (base === void 0) throw new RegexSyntaxError("invalid character class range", text, this.pos);
          const folded = this.flags.i ? foldChars(base) : base;
          set = unionChars(set, neg ? complementChars(folded) : folded);
          this.pos = close + 2;
          continue;
        }
      }
      if (c === "\\") {
        const cls = this.tryParseClassEscape();
        if (cls !== void 0) {
          set = unionChars(set, cls);
          continue;
        }
      }
      const rangeStart = this.pos;
      const lo = this.parseClassChar();
      let hi = lo;
      if (this.peek() === "-" && this.pos + 1 < this.src.length && this.peek(1) !== "]") {
        this.pos++;
        hi = this.parseClassChar();
        if (hi < lo) throw new RegexSyntaxError("invalid character class range", this.src.slice(rangeStart, this.pos), rangeStart);
      }
      const range = charRange(lo, hi);
      set = unionChars(set, this.flags.i ? foldChars(range) : range);
    }
    this.pos++;
    return negated ? complementChars(set) : set;
  }
  parseClassChar() {
    if (this.peek() === "\\") return this.parseEscapedChar();
    const cp = this.codePointAt(this.pos);
    this.pos += cp > 65535 ? 2 : 1;
    return cp;
  }
};

// src/filter/table-filter.ts
var DEFAULT_LIGHTNING_FILTER = Object.freeze([
  "*.*",
  "!mysql.*",
  "!sys.*",
  "!INFORMATION_SCHEMA.*",
  "!PERFORMANCE_SCHEMA.*",
  "!METRICS_SCHEMA.*",
  "!INSPECTION_SCHEMA.*"
]);
var SYSTEM_SCHEMAS = Object.freeze([
  "mysql",
  "sys",
  "information_schema",
  "performance_schema",
  "metrics_schema",
  "inspection_schema"
]);
function isSystemSchema(schema) {
  return SYSTEM_SCHEMAS.includes(lowerName(schema));
}
function isAsciiAlphanumeric(ch) {
  return /^[0-9A-Za-z]$/.test(ch);
}
function isPlainChar(ch) {
  return ch === "$" || ch === "_" || isAsciiAlphanumeric(ch) || ch.codePointAt(0) >= 128;
}
var ALL_PART = { all: true, literalChars: [] };
var literalParts = /* @__PURE__ */ new Map();
function literalPart(text, caseSensitive) {
  const key = `${caseSensitive ? "s" : "i"}:${text}`;
  let part = literalParts.get(key);
  if (part === void 0) {
    part = buildLiteralPart(text, caseSensitive);
    if (literalParts.size > 5e4) literalParts.clear();
    literalParts.set(key, part);
  }
  return part;
}
function buildLiteralPart(text, caseSensitive) {
  const literal = caseSensitive ? text : lowerName(text);
  const chars = [...literal].map((ch) => {
    const set = singleChar(ch.codePointAt(0));
    return { k: "chars", set: caseSensitive ? set : lowerPreimage(set) };
  });
  return { all: false, literal, nfa: compileRe({ k: "cat", xs: chars }), literalChars: charsOf(text) };
}
function unanchored(re) {
  const anything = { k: "rep", x: { k: "chars", set: ANY_CHAR }, min: 0, max: -1 };
  return { k: "cat", xs: [anything, re, anything] };
}
function spelledChars(re, out = []) {
  switch (re.k) {
    case "chars": {
      let size = 0;
      for (let i = 0; i < re.set.length; i += 2) size += re.set[i + 1] - re.set[i] + 1;
      if (size <= 3) for (let i = 0; i < re.set.length; i += 2) for (let c = re.set[i]; c <= re.set[i + 1]; c++) out.push(c, c);
      break;
    }
    case "cat":
    case "alt":
      for (const x of re.xs) spelledChars(x, out);
      break;
    case "rep":
      spelledChars(re.x, out);
      break;
    default:
      break;
  }
  return out;
}
function regexPart(source, caseSensitive, offset, innerOffsets) {
  const parsed = parseRegex(source, { foldCase: !caseSensitive, loweredWordBoundaries: !caseSensitive });
  if (!parsed.ok) {
    const inner = innerOffsets ? parsed.error.offset : 0;
    return { ok: false, error: { message: `invalid pattern: ${parsed.error.message}`, offset: offset + inner } };
  }
  const nfa = compileRe(unanchored(parsed.re), caseSensitive ? void 0 : lowerPreimage);
  return { ok: true, part: { all: false, nfa, literalChars: normalizeRanges(spelledChars(parsed.re)) }, rest: 0 };
}
function quotedLength(line, at, quote) {
  let i = at + 1;
  let lastPair = -1;
  while (i < line.length) {
    if (line[i] === quote) {
      if (line[i + 1] === quote) {
        lastPair = i;
        i += 2;
        continue;
      }
      return i > at + 1 ? i + 1 - at : void 0;
    }
    i++;
  }
  return lastPair > at + 1 ? lastPair + 1 - at : void 0;
}
function classEnd(line, at) {
  let i = at + 1;
  let items = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === "]") return items > 0 ? i + 1 : void 0;
    if (ch === "\\") {
      const next = line.codePointAt(i + 1);
      if (next === void 0 || isAsciiAlphanumeric(String.fromCodePoint(next))) return void 0;
      i += next > 65535 ? 3 : 2;
    } else {
      i += line.codePointAt(i) > 65535 ? 2 : 1;
    }
    items++;
  }
  return void 0;
}
function parsePart(line, at, caseSensitive, needsDot) {
  if (at >= line.length) return { ok: false, error: { message: "syntax error: missing pattern", offset: at } };
  const first = line[at];
  if (first === "/") {
    let i = at + 1;
    while (i < line.length && line[i] !== "/") i += line[i] === "\\" && i + 1 < line.length ? 2 : 1;
    if (i >= line.length || i === at + 1) {
      return { ok: false, error: { message: "syntax error: incomplete regexp", offset: at } };
    }
    const source = line.slice(at + 1, i);
    const result = regexPart(source, caseSensitive, at + 1, true);
    return result.ok ? { ...result, rest: i + 1 } : result;
  }
  if (first === '"' || first === "`") {
    const length = quotedLength(line, at, first);
    if (length === void 0) {
      return { ok: false, error: { message: "syntax error: incomplete quoted identifier", offset: at } };
    }
    const name = line.slice(at + 1, at + length - 1).split(first + first).join(first);
    return { ok: true, part: literalPart(name, caseSensitive), rest: at + length };
  }
  return parseWildcardPart(line, at, caseSensitive, needsDot);
}
function parseWildcardPart(line, at, caseSensitive, needsDot) {
  let literal = "";
  let regex = "(?s)^";
  let isLiteral = true;
  let i = at;
  while (i < line.length) {
    const ch = String.fromCodePoint(line.codePointAt(i));
    if (ch === "\\") {
      if (i === line.length - 1) {
        return { ok: false, error: { message: "syntax error: cannot place \\ at end of line", offset: i } };
      }
      const escaped = String.fromCodePoint(line.codePointAt(i + 1));
      if (isAsciiAlphanumeric(escaped)) {
        return {
          ok: false,
          error: { message: `cannot escape a letter or number (\\${escaped}), it is reserved for future extension`, offset: i }
        };
      }
      literal += escaped;
      regex += escaped.codePointAt(0) < 128 ? `\\${escaped}` : escaped;
      i += 1 + escaped.length;
    } else if (ch === ".") {
      if (needsDot) break;
      return { ok: false, error: { message: "unexpected special character '.'", offset: i } };
    } else if (ch === "*") {
      isLiteral = false;
      regex += ".*";
      i++;
    } else if (ch === "?") {
      isLiteral = false;
      regex += ".";
      i++;
    } else if (ch === "[") {
      isLiteral = false;
      const end = classEnd(line, i);
      if (end === void 0) {
        return { ok: false, error: { message: "syntax error: failed to parse character class", offset: i } };
      }
      const marker = line[i + 1];
      regex += marker === "!" ? `[^${line.slice(i + 2, end)}` : marker === "^" ? `[\\^${line.slice(i + 2, end)}` : line.slice(i, end);
      i = end;
    } else if (isPlainChar(ch)) {
      literal += ch;
      regex += ch;
      i += ch.length;
    } else {
      return { ok: false, error: { message: `unexpected special character '${ch}'`, offset: i } };
    }
  }
  if (isLiteral) {
    return { ok: true, part: literalPart(literal, caseSensitive), rest: i };
  }
  if (regex === "(?s)^.*") return { ok: true, part: ALL_PART, rest: i };
  const result = regexPart(regex + "$", caseSensitive, at, false);
  return result.ok ? { ...result, rest: i } : result;
}
function parseLine(raw, caseSensitive) {
  const leading = raw.length - raw.replace(/^[ \t]+/, "").length;
  const line = raw.replace(/^[ \t]+|[ \t]+$/g, "");
  if (line.length === 0 || line[0] === "#") return { kind: "skip" };
  const shift = (error) => ({ kind: "error", error: { ...error, offset: error.offset + leading } });
  if (line[0] === "@") return { kind: "import", path: line.slice(1), pathOffset: leading + 1 };
  const positive = line[0] !== "!";
  const start = positive ? 0 : 1;
  const schema = parsePart(line, start, caseSensitive, true);
  if (!schema.ok) return shift(schema.error);
  if (schema.rest >= line.length) return shift({ message: "wrong table pattern", offset: schema.rest });
  if (line[schema.rest] !== ".") {
    return shift({ message: "syntax error: missing '.' between schema and table patterns", offset: schema.rest });
  }
  const table = parsePart(line, schema.rest + 1, caseSensitive, true);
  if (!table.ok) return shift(table.error);
  if (table.rest < line.length) {
    return shift({ message: "syntax error: stray characters after table pattern", offset: table.rest });
  }
  return { kind: "rule", rule: { positive, schema: schema.part, table: table.part, text: line } };
}
function fileLines(text) {
  const lines = text.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function parseTableFilter(rules, options) {
  const compiled = [];
  const errors = [];
  rules.forEach((rule18, ruleIndex) => {
    const parsed = parseLine(rule18, options.caseSensitive);
    if (parsed.kind === "rule") compiled.push(parsed.rule);
    else if (parsed.kind === "error") errors.push({ ...parsed.error, ruleIndex });
    else if (parsed.kind === "import") {
      const text = options.readImport?.(parsed.path);
      if (text === void 0) {
        errors.push({
          message: `cannot open filter file: open ${parsed.path}: no such file or directory`,
          ruleIndex,
          offset: parsed.pathOffset
        });
        return;
      }
      fileLines(text).forEach((line, lineIndex) => {
        const inner = parseLine(line, options.caseSensitive);
        const at = { ruleIndex, offset: parsed.pathOffset, importPath: parsed.path, importLine: lineIndex + 1 };
        if (inner.kind === "rule") compiled.push(inner.rule);
        else if (inner.kind === "error") {
          errors.push({ ...at, message: `${parsed.path}:${lineIndex + 1}: ${inner.error.message}` });
        } else if (inner.kind === "import") {
          errors.push({ ...at, message: `${parsed.path}:${lineIndex + 1}: importing filter files recursively is not allowed` });
        }
      });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, filter: { rules: [...rules], caseSensitive: options.caseSensitive, compiled } };
}
function matchPart(part, name, caseSensitive) {
  if (part.all) return true;
  if (part.literal !== void 0) return (caseSensitive ? name : lowerName(name)) === part.literal;
  return nfaMatches(part.nfa, name);
}
function matchTable(filter, schema, table) {
  for (let i = filter.compiled.length - 1; i >= 0; i--) {
    const rule18 = filter.compiled[i];
    if (matchPart(rule18.schema, schema, filter.caseSensitive) && matchPart(rule18.table, table, filter.caseSensitive)) {
      return rule18.positive;
    }
  }
  return false;
}

// src/filter/sets.ts
var ALL_TABLES = { k: "const", value: true };
var NO_TABLES = { k: "const", value: false };
var nextAtomId = 0;
function atomOf(schema, table) {
  if (schema.all && table.all) return ALL_TABLES;
  const atom = {
    id: nextAtomId++,
    schema: schema.all ? void 0 : schema.nfa,
    table: table.all ? void 0 : table.nfa,
    literalChars: unionChars(schema.literalChars, table.literalChars)
  };
  return { k: "atom", atom };
}
function intersect(...sets) {
  const xs = [];
  for (const s2 of sets) {
    if (s2.k === "const") {
      if (!s2.value) return NO_TABLES;
    } else if (s2.k === "and") xs.push(...s2.xs);
    else xs.push(s2);
  }
  if (xs.length === 0) return ALL_TABLES;
  return xs.length === 1 ? xs[0] : { k: "and", xs };
}
function union(...sets) {
  const xs = [];
  for (const s2 of sets) {
    if (s2.k === "const") {
      if (s2.value) return ALL_TABLES;
    } else if (s2.k === "or") xs.push(...s2.xs);
    else xs.push(s2);
  }
  if (xs.length === 0) return NO_TABLES;
  return xs.length === 1 ? xs[0] : { k: "or", xs };
}
function complement(set) {
  if (set.k === "const") return set.value ? NO_TABLES : ALL_TABLES;
  if (set.k === "not") return set.x;
  return { k: "not", x: set };
}
function subtract(a, b) {
  return intersect(a, complement(b));
}
var filterSets = /* @__PURE__ */ new WeakMap();
function filterSet(filter) {
  const cached = filterSets.get(filter);
  if (cached !== void 0) return cached;
  let set = NO_TABLES;
  for (const rule18 of filter.compiled) {
    const matched = atomOf(rule18.schema, rule18.table);
    set = rule18.positive ? union(matched, set) : subtract(set, matched);
  }
  filterSets.set(filter, set);
  return set;
}
function exactSet(names, caseSensitive) {
  return union(...names.map((n) => atomOf(literalPart(n.schema, caseSensitive), literalPart(n.table, caseSensitive))));
}
function schemaSet(schemas, caseSensitive) {
  return union(...schemas.map((s2) => s2 === "*" ? ALL_TABLES : atomOf(literalPart(s2, caseSensitive), ALL_PART)));
}
var systemTables;
function userTables() {
  systemTables ??= schemaSet(SYSTEM_SCHEMAS, false);
  return complement(systemTables);
}
function evaluate(f, atomHolds) {
  switch (f.k) {
    case "const":
      return f.value;
    case "atom":
      return atomHolds(f.atom);
    case "and":
      return f.xs.every((x) => evaluate(x, atomHolds));
    case "or":
      return f.xs.some((x) => evaluate(x, atomHolds));
    case "not":
      return !evaluate(f.x, atomHolds);
  }
}
function setHas(set, name) {
  if (name.schema === "" || name.table === "") return false;
  return evaluate(
    set,
    (a) => (a.schema === void 0 || nfaMatches(a.schema, name.schema)) && (a.table === void 0 || nfaMatches(a.table, name.table))
  );
}
var LIMITS = { statesPerSide: 4e3, transitions: 15e4 };
function collectAtoms(f, out) {
  switch (f.k) {
    case "atom":
      out.set(f.atom.id, f.atom);
      break;
    case "and":
    case "or":
      for (const x of f.xs) collectAtoms(x, out);
      break;
    case "not":
      collectAtoms(f.x, out);
      break;
    case "const":
      break;
  }
  return out;
}
function residual(f, accepted, side = "schema") {
  switch (f.k) {
    case "const":
      return f;
    case "atom": {
      const a = f.atom;
      const [decided, other] = side === "schema" ? [a.schema, a.table] : [a.table, a.schema];
      if (decided !== void 0 && !accepted.has(a.id)) return NO_TABLES;
      return other === void 0 ? ALL_TABLES : f;
    }
    case "and":
      return intersect(...f.xs.map((x) => residual(x, accepted, side)));
    case "or":
      return union(...f.xs.map((x) => residual(x, accepted, side)));
    case "not":
      return complement(residual(f.x, accepted, side));
  }
}
function makeRanker(literalChars) {
  const classRank = (c) => {
    if (c >= 97 && c <= 122) return 0;
    if (c >= 48 && c <= 57) return 1;
    if (c >= 65 && c <= 90) return 2;
    if (c === 95) return 3;
    if (c === 36) return 4;
    if (c > 32 && c < 127) return 5;
    if (c === 32) return 6;
    if (c > 160) return 7;
    return 9;
  };
  return (c) => (hasChar(literalChars, c) && classRank(c) < 7 ? 0 : 10) + classRank(c);
}
function isUglyChar(c) {
  return c < 32 || c >= 127 && c <= 160;
}
var PREFERRED_CANDIDATES = (() => {
  const out = [];
  for (let c = 97; c <= 122; c++) out.push(c);
  for (let c = 48; c <= 57; c++) out.push(c);
  for (let c = 65; c <= 90; c++) out.push(c);
  out.push(95, 36);
  for (let c = 33; c < 127; c++) if (!out.includes(c)) out.push(c);
  out.push(32);
  return out;
})();
var kindBoundaries;
var contextual = /* @__PURE__ */ new WeakMap();
function needsCharKinds(nfa) {
  let result = contextual.get(nfa);
  if (result === void 0) {
    result = nfa.eps.some((edges) => edges.some((e) => e.assert >= Assert.LineStart));
    contextual.set(nfa, result);
  }
  return result;
}
var SURROGATE_BOUNDARIES = [55296, 57344];
function fixedBoundaries() {
  if (kindBoundaries === void 0) {
    const points = [10, 11, 48, 58, 65, 91, 95, 96, 97, 123, 55296, 57344];
    for (const c of lowerKindChangers()) points.push(c, c + 1);
    kindBoundaries = points;
  }
  return kindBoundaries;
}
function firstAtLeast(sorted, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function cells(nfas, sets, rank2, literals, withKinds) {
  const points = /* @__PURE__ */ new Set([0, ...withKinds ? fixedBoundaries() : SURROGATE_BOUNDARIES]);
  nfas.forEach((nfa, i) => {
    const live = sets[i];
    if (live.length === 0) return;
    for (const s2 of looseClosure(nfa, live)) {
      for (const e of nfa.edges[s2]) {
        for (let j = 0; j < e.set.length; j += 2) {
          points.add(e.set[j]);
          points.add(e.set[j + 1] + 1);
        }
      }
    }
  });
  const sorted = [...points].filter((p) => p <= MAX_CODE_POINT).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < sorted.length; i++) {
    const lo = sorted[i];
    const hi = (sorted[i + 1] ?? MAX_CODE_POINT + 1) - 1;
    if (lo >= 55296 && hi <= 57343) continue;
    let rep;
    let best = Infinity;
    for (let j = firstAtLeast(literals, lo); j < literals.length && literals[j] <= hi; j++) {
      const c = literals[j];
      if (rank2(c) < best) {
        best = rank2(c);
        rep = c;
      }
    }
    const preferred = PREFERRED_CANDIDATES.find((c) => c >= lo && c <= hi);
    if (preferred !== void 0 && rank2(preferred) < best) rep = preferred;
    if (rep === void 0) {
      rep = hi >= 161 ? Math.max(lo, 161) : lo;
    }
    out.push({ rep, rank: rank2(rep) });
  }
  return out.sort((a, b) => a.rank - b.rank || a.rep - b.rep);
}
function searchNames(nfas, rank2, literals, allowUgly, budget, visit) {
  const start = { sets: nfas.map((n) => [n.start]), prev: BOUNDARY, text: "" };
  const key = (n) => `${n.prev}|${n.sets.map((s2) => s2.join(",")).join(";")}`;
  const seen = /* @__PURE__ */ new Set([key(start)]);
  let frontier = [start];
  const withKinds = nfas.some(needsCharKinds);
  while (frontier.length > 0) {
    const nextFrontier = [];
    for (const node of frontier) {
      if (node.text !== "") {
        const accepted = nfas.map((nfa, i) => closure(nfa, node.sets[i], node.prev, BOUNDARY).includes(nfa.accept));
        if (visit(node.text, accepted)) return node.text;
      }
      for (const cell of cells(nfas, node.sets, rank2, literals, withKinds)) {
        if (--budget.transitions < 0) {
          budget.exhausted = true;
          return void 0;
        }
        const kind = withKinds ? charKind(cell.rep) : 0;
        const sets = nfas.map((nfa, i) => {
          const live = node.sets[i];
          return live.length === 0 ? live : step(nfa, closure(nfa, live, node.prev, kind), cell.rep);
        });
        const child = { sets, prev: kind, text: node.text + String.fromCodePoint(cell.rep) };
        const k = key(child);
        if (seen.has(k)) continue;
        if (!allowUgly && isUglyChar(cell.rep)) {
          budget.skippedUgly = true;
          continue;
        }
        if (seen.size >= LIMITS.statesPerSide) {
          budget.exhausted = true;
          return void 0;
        }
        seen.add(k);
        nextFrontier.push(child);
      }
    }
    frontier = nextFrontier;
  }
  return void 0;
}
function literalList(set) {
  const out = [];
  for (let i = 0; i < set.length && out.length < 256; i += 2) {
    for (let c = set[i]; c <= set[i + 1] && out.length < 256; c++) out.push(c);
  }
  return out;
}
function sideOf(atoms, side) {
  const nfas = [];
  const indexOf = /* @__PURE__ */ new Map();
  const owners = [];
  for (const a of atoms) {
    const nfa = side === "schema" ? a.schema : a.table;
    if (nfa === void 0) continue;
    let index = indexOf.get(nfa);
    if (index === void 0) {
      index = nfas.push(nfa) - 1;
      indexOf.set(nfa, index);
    }
    owners.push({ id: a.id, index });
  }
  return { nfas, acceptedIds: (accepted) => new Set(owners.filter((o) => accepted[o.index]).map((o) => o.id)) };
}
function search(set, allowUgly, budget) {
  const atoms = [...collectAtoms(set, /* @__PURE__ */ new Map()).values()];
  const literalChars = atoms.reduce((acc, a) => unionChars(acc, a.literalChars), []);
  const rank2 = makeRanker(literalChars);
  const literals = literalList(literalChars);
  const schemaSide = sideOf(atoms, "schema");
  const tried = /* @__PURE__ */ new Set();
  let found;
  let guess;
  searchNames(
    schemaSide.nfas,
    rank2,
    literals,
    allowUgly,
    budget,
    (schema, accepted) => {
      const acceptedIds = schemaSide.acceptedIds(accepted);
      const signature = [...acceptedIds].join(",");
      if (tried.has(signature)) return false;
      tried.add(signature);
      const rest = residual(set, acceptedIds);
      if (rest.k === "const" && !rest.value) return false;
      guess ??= schema;
      const tableSide = sideOf([...collectAtoms(rest, /* @__PURE__ */ new Map()).values()], "table");
      const table = searchNames(
        tableSide.nfas,
        rank2,
        literals,
        allowUgly,
        budget,
        (_, tableAccepted) => {
          const ids = tableSide.acceptedIds(tableAccepted);
          return evaluate(rest, (a) => ids.has(a.id));
        }
      );
      if (table !== void 0) found = { schema, table };
      return table !== void 0 || budget.exhausted;
    }
  );
  return { ...found ? { found } : {}, ...guess !== void 0 ? { guess } : {} };
}
function findWitness(set, options = {}) {
  for (const name of options.prefer ?? []) {
    if (setHas(set, name)) return { table: name, exact: true };
  }
  if (set.k === "const") return set.value ? { table: { schema: "a", table: "a" }, exact: true } : void 0;
  const budget = { transitions: LIMITS.transitions, exhausted: false };
  const readable = search(set, false, budget);
  if (readable.found) return { table: readable.found, exact: true };
  let guess = readable.guess;
  if (!budget.exhausted && !budget.skippedUgly) return void 0;
  if (!budget.exhausted) {
    const any = search(set, true, budget);
    if (any.found) return { table: any.found, exact: true };
    guess ??= any.guess;
    if (!budget.exhausted) return void 0;
  }
  return { table: { schema: guess ?? "a", table: "a" }, exact: false };
}

// src/posture/analyze.ts
var MAX_PREFERRED_EXAMPLES = 48;
var MAX_LISTED_TABLES = 3;
function qualified(name) {
  return name.schema ? `${name.schema}.${name.table}` : name.table;
}
function listTables(names, max = MAX_LISTED_TABLES) {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}
function riskOf(written, protectedSet, prefer = []) {
  const set = intersect(written.set, protectedSet);
  if (written.kind === "exact") {
    const names = written.names.filter(
      (n) => n.schema ? setHas(protectedSet, n) : findWitness(intersect(protectedSet, nameSet(written, n))) !== void 0
    );
    if (!names.length) return void 0;
    const tables2 = names.map(qualified);
    return { set, tables: tables2, text: listTables(tables2), names };
  }
  const witness = findWitness(set, { prefer });
  if (!witness) return void 0;
  const example = qualified(witness.table);
  const inexact = witness.exact ? "" : "; the search for an example hit its bound, so the linter assumes the sets overlap";
  return {
    set,
    tables: [example],
    text: `\`${example}\` (and any other table ${written.description}${inexact})`,
    names: []
  };
}
function nameSet(written, name) {
  return written.perName?.get(qualified(name)) ?? exactSet([name], false);
}
var riskMemo = /* @__PURE__ */ new WeakMap();
var USER_TABLES = userTables();
function memoRisk(written, protectedSet, prefer) {
  if (written.key === void 0) return riskOf(written, protectedSet, prefer);
  let byKey = riskMemo.get(protectedSet);
  if (!byKey) riskMemo.set(protectedSet, byKey = /* @__PURE__ */ new Map());
  if (byKey.has(written.key)) return byKey.get(written.key);
  const risk = riskOf(written, protectedSet, prefer);
  byKey.set(written.key, risk);
  return risk;
}
function replicatedFor(job, feed) {
  const unindexed = job.written.kind === "exact" ? job.written.unindexed : void 0;
  return feed.forceReplicate || !unindexed?.length ? feed.replicated : subtract(feed.replicated, exactSet(unindexed, false));
}
function analyzeJob(job, cluster, remedies) {
  const precheckExists = job.kind === "import-into" || atLeast(cluster.lightning, "6.5.0");
  const override = job.override && (job.kind !== "import-into" || atLeast(cluster.tidb, "8.0.0")) ? job.override : void 0;
  const base = { precheckExists, ...override ? { override } : {} };
  const runsUnchecked = job.physical && cluster.guarded && (override !== void 0 || !precheckExists);
  const examine = job.physical && cluster.guarded && (runsUnchecked || override !== void 0);
  if (!examine) {
    const blocked = job.physical && cluster.guarded && override === void 0 && precheckExists;
    const writes = blocked ? memoRisk(job.written, USER_TABLES, remedies.knownTables) : void 0;
    return { ...base, ...writes ? { writes } : {}, runsUnchecked, changefeeds: [] };
  }
  let logBackup;
  if (cluster.logBackup) {
    const needed = memoRisk(job.written, cluster.logBackup.protected, remedies.knownTables);
    if (needed) {
      const snapshot = remedies.snapshotAfter(job);
      const gap = snapshot === NO_TABLES ? needed : riskOf(job.written, subtract(cluster.logBackup.protected, snapshot), remedies.knownTables);
      const remedied = gap ? void 0 : "a snapshot backup later in the same file (BACKUP TABLE/DATABASE)";
      logBackup = { needed, ...gap ? { gap } : {}, ...remedied ? { remedy: remedied } : {} };
    } else logBackup = {};
  }
  const changefeeds = cluster.changefeeds.map((feed) => {
    const replicated = replicatedFor(job, feed);
    const needed = replicated === feed.replicated ? memoRisk(job.written, replicated, remedies.knownTables) : riskOf(job.written, replicated, remedies.knownTables);
    if (!needed) return { feed };
    const downstream = feed.downstreamCluster ? remedies.downstreamImports(job, feed.downstreamCluster) : { set: NO_TABLES, jobs: [] };
    const gap = downstream.set === NO_TABLES ? needed : riskOf(job.written, subtract(replicated, downstream.set), remedies.knownTables);
    const remedy = !gap && downstream.jobs.length ? `the same import into cluster \`${feed.downstreamCluster}\` (${[...new Set(downstream.jobs.map((j) => j.file))].join(", ")})` : void 0;
    return { feed, needed, ...gap ? { gap } : {}, ...remedy ? { remedy } : {} };
  });
  return { ...base, runsUnchecked, ...logBackup ? { logBackup } : {}, changefeeds };
}

// src/rules/job-subject.ts
function guardsText(cluster) {
  const parts = [];
  if (cluster.logBackup) parts.push(cluster.logBackup.task ? `log backup task \`${cluster.logBackup.task}\`` : "log backup");
  const feeds = cluster.changefeeds.map((f) => f.id);
  if (feeds.length) parts.push(`${feeds.length === 1 ? "changefeed" : "changefeeds"} ${listTables(feeds, 10)}`);
  return parts.join(" and ");
}
function jobWhat(job) {
  if (job.kind === "import-into") return job.fromSelect ? "IMPORT INTO ... FROM SELECT" : "IMPORT INTO";
  return job.backend ? `physical import (backend \`${job.backend}\`)` : "physical import (no backend set, so Lightning treats it as `local`)";
}
function writtenText(job) {
  const w = job.written;
  if (w.kind === "exact") return w.names.length ? listTables(w.names.map((n) => n.schema ? `${n.schema}.${n.table}` : n.table)) : "no table";
  return `the tables ${w.description.replace(/^\(/, "").replace(/\)$/, "")}`;
}
function overrideWhat(job) {
  return job.kind === "import-into" ? "`DISABLE_PRECHECK`" : "`check-requirements = false`";
}
function uncheckedWhy(subject) {
  const { job, cluster, analysis } = subject;
  if (analysis.override) return `${overrideWhat(job)} switches off the precheck`;
  const v = cluster.lightning;
  return `TiDB Lightning v${v[0]}.${v[1]}.${v[2]} has no CDC/PITR precheck (added in v6.5.0)`;
}
function code(text) {
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}
function sqlIdent(name) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : "`" + name.replace(/`/g, "``") + "`";
}
function snapshotFix(names, filterRules) {
  const known = names.filter((n) => n.schema);
  if (known.length) {
    const list = known.slice(0, 5);
    const sql = `BACKUP TABLE ${list.map((n) => `${sqlIdent(n.schema)}.${sqlIdent(n.table)}`).join(", ")} TO '<storage>';`;
    const first = list[0];
    const br = `br backup table --db '${first.schema}' --table '${first.table}' --storage '<storage>'`;
    return `${code(sql)} (or ${code(br)}${list.length > 1 ? " for each table" : ""})`;
  }
  if (filterRules?.length) {
    return code(`br backup full ${filterRules.map((r) => `--filter '${r}'`).join(" ")} --storage '<storage>'`);
  }
  return `a ${code("BACKUP TABLE <db>.<table> TO '<storage>';")} naming the imported tables`;
}

// src/jobs/model.ts
function jobKey(job) {
  return `${job.anchor.start}`;
}
function jobIdentity(job) {
  const tables2 = job.written.kind === "exact" ? job.written.names.map((n) => `${n.schema}.${n.table}`).join(",") : job.written.description;
  return `${job.kind}|${tables2}|${job.source ?? ""}`;
}

// src/rules/changefeed-gap.ts
var rule = {
  id: "changefeed-gap",
  meta: {
    description: "A physical import that runs unchecked and writes tables a changefeed replicates, with no matching import downstream.",
    rationale: "TiCDC never sees physically imported rows: the downstream silently diverges unless the same data is imported there separately.",
    defaultSeverity: "error",
    category: "posture",
    anchor: "the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword"
  },
  check(subject) {
    const { job, cluster, analysis } = subject;
    if (!analysis.runsUnchecked) return [];
    const out = [];
    for (const { feed, gap } of analysis.changefeeds) {
      if (!gap) continue;
      let fix;
      if (feed.downstreamCluster) {
        fix = `Import the same data into downstream cluster \`${feed.downstreamCluster}\` separately (the same job, mapped to \`${feed.downstreamCluster}\`, reading the same source)`;
      } else if (feed.downstreamKind) {
        fix = `Load the same files into the ${feed.downstreamKind} downstream with its own bulk loader, then record that with an exemption or a waiver`;
      } else {
        fix = "Import the same data into the downstream separately (and declare the downstream in the policy)";
      }
      out.push({
        rule: "changefeed-gap",
        severity: "error",
        span: job.anchor,
        message: `Changefeed \`${feed.id}\` on cluster \`${cluster.name}\` replicates ${gap.text}, but this ${jobWhat(job)} runs unchecked (${uncheckedWhy(subject)}) and TiCDC never sees physically imported rows, so the ${feed.downstreamCluster ? `downstream cluster \`${feed.downstreamCluster}\`` : "downstream"} silently diverges. ${fix}; or use logical mode (\`backend = "tidb"\`); or, if the downstream does not need these tables, exempt them from \`${feed.id}\` in the policy.`,
        cluster: cluster.name,
        tables: gap.tables,
        tableSet: gap.set,
        job: jobKey(job),
        fingerprintKey: `changefeed=${feed.id}`,
        ...job.logicalFix ? { fix: { title: "Use logical import mode", ...job.logicalFix } } : {}
      });
    }
    return out;
  }
};

// src/rules/deprecated-lightning-key.ts
var rule2 = {
  id: "deprecated-lightning-key",
  meta: {
    description: "A deprecated Lightning setting; the message gives the replacement.",
    rationale: "Deprecated spellings are removed in later Lightning releases: the config breaks at the next upgrade.",
    defaultSeverity: "warning",
    category: "correctness",
    anchor: "the key"
  },
  check: ({ problems }) => problems.filter((p) => p.kind === "deprecated").map((p) => ({ rule: "deprecated-lightning-key", severity: "warning", span: p.span, message: p.message, fingerprintKey: p.message }))
};

// src/rules/expired-waiver.ts
var rule3 = {
  id: "expired-waiver",
  meta: {
    description: "An inline suppression or policy waiver past its `until`/`expires` date; what it suppressed is reported again.",
    rationale: "Exceptions are granted for a time; once it is over, the risk they covered is back and must be fixed or re-reviewed.",
    defaultSeverity: "error",
    category: "governance",
    anchor: "the directive or waiver"
  },
  check: ({ kind, rules, until, span }) => [
    {
      rule: "expired-waiver",
      severity: "error",
      span,
      message: `This ${kind === "inline" ? "suppression" : "waiver"} of ${rules.map((r) => `\`${r}\``).join(", ")} expired on ${until}: the findings it covered are reported again. Fix them, or renew the exception with a new date after review.`,
      fingerprintKey: `${rules.join(",")}|${until}`
    }
  ]
};

// src/rules/invalid-import-into.ts
var rule4 = {
  id: "invalid-import-into",
  meta: {
    description: "An IMPORT INTO statement TiDB would reject: bad options, formats, locations, SELECT-source restrictions, or an explicit transaction.",
    rationale: "A migration that fails on TiDB is better found at review time than when it runs.",
    defaultSeverity: "error",
    category: "correctness",
    anchor: "the offending token"
  },
  check: ({ problems }) => problems.map((p) => ({
    rule: "invalid-import-into",
    severity: "error",
    span: p.span,
    message: p.message,
    fingerprintKey: `${p.code}:${p.message}`
  }))
};

// src/rules/invalid-lightning-config.ts
var rule5 = {
  id: "invalid-lightning-config",
  meta: {
    description: "A Lightning config Lightning would refuse to start with: unknown key, wrong type, bad or missing backend, conflicting settings, invalid filter.",
    rationale: "Lightning rejects unknown keys, so a typo such as `check-requirement = false` is a broken config, not a silent no-op; finding it at review saves a failed import window.",
    defaultSeverity: "error",
    category: "correctness",
    anchor: "the key"
  },
  check: ({ problems }) => problems.filter((p) => p.kind === "invalid").map((p) => ({ rule: "invalid-lightning-config", severity: "error", span: p.span, message: p.message, fingerprintKey: p.message }))
};

// src/rules/invalid-policy.ts
var rule6 = {
  id: "invalid-policy",
  meta: {
    description: "The policy file does not validate; the tool cannot do its job (exit code 2).",
    rationale: "A policy the linter cannot read would silently weaken protection, so nothing is checked against it and the run fails.",
    defaultSeverity: "error",
    category: "governance",
    anchor: "the policy position"
  },
  check: ({ problems }) => problems.map((p) => ({ rule: "invalid-policy", severity: "error", span: p.span, message: p.message, fingerprintKey: p.message }))
};

// src/rules/invalid-suppression.ts
var rule7 = {
  id: "invalid-suppression",
  meta: {
    description: "An inline directive that is malformed, names an unknown rule, or gives no reason.",
    rationale: "A suppression is a reviewed exception: one that cannot be read, or that says nothing about why, must not silently hide a finding.",
    defaultSeverity: "error",
    category: "governance",
    anchor: "the directive"
  },
  check: ({ problems }) => problems.map((p) => ({ rule: "invalid-suppression", severity: "error", span: p.span, message: p.message, fingerprintKey: p.message }))
};

// src/rules/log-backup-gap.ts
var rule8 = {
  id: "log-backup-gap",
  meta: {
    description: "A physical import that runs unchecked on a cluster with log backup, with no snapshot backup of the tables after it.",
    rationale: "Physically imported rows never reach the log backup: a point-in-time restore to any moment after the import silently lacks them until a snapshot backup of those tables exists.",
    defaultSeverity: "error",
    category: "posture",
    anchor: "the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword"
  },
  check(subject) {
    const { job, cluster, analysis } = subject;
    const gap = analysis.logBackup?.gap;
    if (!analysis.runsUnchecked || !cluster.logBackup || !gap) return [];
    const task = cluster.logBackup.task ? ` (task \`${cluster.logBackup.task}\`)` : "";
    const filterRules = job.written.kind === "pattern" ? job.written.filterRules : void 0;
    return [
      {
        rule: "log-backup-gap",
        severity: "error",
        span: job.anchor,
        message: `Cluster \`${cluster.name}\` runs log backup${task}, but this ${jobWhat(job)} runs unchecked (${uncheckedWhy(subject)}): rows it writes to ${gap.text} never reach the log backup, so a PITR restore to any point after the import silently lacks them. Take a snapshot backup right after the import: ${snapshotFix(gap.names, filterRules)}` + (job.detached ? " once the import has finished (`WITH DETACHED` returns at once, so a BACKUP later in this file would run too early)" : "") + '; or use logical mode (`backend = "tidb"`); or, if these tables need no backup, exempt them from `log_backup` in the policy.',
        cluster: cluster.name,
        tables: gap.tables,
        tableSet: gap.set,
        job: jobKey(job),
        ...job.logicalFix ? { fix: { title: "Use logical import mode", ...job.logicalFix } } : {}
      }
    ];
  }
};

// src/rules/plaintext-secret.ts
var rule9 = {
  id: "plaintext-secret",
  meta: {
    description: "A password or storage credential written in plain text in a config, an import location or a backup target.",
    rationale: "Committed credentials are readable by everyone with access to the repository and its history; rotate them and pass them at run time.",
    defaultSeverity: "error",
    category: "security",
    anchor: "the value"
  },
  check: ({ secrets }) => secrets.map((s2) => ({
    rule: "plaintext-secret",
    severity: "error",
    span: s2.span,
    message: `${s2.what} is written in plain text in ${s2.where}: anyone who can read the repository (and its history) can use it. Remove it, rotate the credential, and supply it at run time (environment variables, an IAM role, a credentials file outside the repository).`,
    fingerprintKey: s2.what,
    secretSpan: true
  }))
};

// src/rules/policy-weakened.ts
var rule10 = {
  id: "policy-weakened",
  meta: {
    description: "In pull-request mode, the head policy relaxes the base policy: log backup off, a changefeed removed or narrowed, a cluster removed, an exemption or waiver added or widened, a rule's severity lowered.",
    rationale: "The policy is what the linter trusts; a change that relaxes it silently relaxes every check after it. Saying exactly what was relaxed lets the policy owners (CODEOWNERS) review it on purpose.",
    defaultSeverity: "warning",
    category: "governance",
    anchor: "the changed policy line"
  },
  check: ({ weakenings }) => weakenings.map((w) => ({
    rule: "policy-weakened",
    severity: "warning",
    span: { start: 0, end: 0 },
    message: `${w.message} This relaxes the policy: the policy owners should review it.`,
    ...w.cluster !== void 0 ? { cluster: w.cluster } : {},
    fingerprintKey: w.key
  }))
};

// src/rules/precheck-blocks-import.ts
var rule11 = {
  id: "precheck-blocks-import",
  meta: {
    description: "A physical import into a cluster with log backup or changefeeds that TiDB will reject at start.",
    rationale: "TiDB's CDC/PITR precheck fails physical imports on any cluster with a log backup task or an active changefeed, cluster-wide, whichever tables they cover: the job will not run as written.",
    defaultSeverity: "error",
    category: "posture",
    anchor: "the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword"
  },
  check({ job, cluster, analysis }) {
    if (!job.physical || !cluster.guarded || analysis.override || !analysis.precheckExists) return [];
    const guards = guardsText(cluster);
    const writes = `It writes ${analysis.writes?.text ?? writtenText(job)}. `;
    let message;
    if (job.kind === "lightning") {
      message = `This ${jobWhat(job)} into cluster \`${cluster.name}\` will be rejected at start: Lightning's CHECK_TARGET_USING_CDC_PITR precheck finds ${guards}, because physically imported rows bypass log backup and TiCDC. ${writes}Use logical mode (\`backend = "tidb"\`), or set \`check-requirements = false\` and follow the documented procedure (snapshot backup of the imported tables right after the import; the same import into each changefeed downstream).`;
    } else if (!atLeast(cluster.tidb, "8.0.0")) {
      message = `${jobWhat(job)} into cluster \`${cluster.name}\` (TiDB ${formatVersion(cluster.tidb)}) will fail with error 8173 (PreCheck failed): the cluster has ${guards}. ${writes}Before v8.0.0 no override exists (DISABLE_PRECHECK needs v8.0.0), so IMPORT INTO cannot run here at all: use TiDB Lightning in logical mode (\`backend = "tidb"\`).`;
    } else {
      message = `${jobWhat(job)} into cluster \`${cluster.name}\` will fail with error 8173 (PreCheck failed): the cluster has ${guards}, and IMPORT INTO ingests rows that neither log backup nor TiCDC capture. ${writes}Use TiDB Lightning in logical mode (\`backend = "tidb"\`), or add \`WITH DISABLE_PRECHECK\` and follow the documented procedure (snapshot backup right after it; the same import into each changefeed downstream).`;
    }
    return [
      {
        rule: "precheck-blocks-import",
        severity: "error",
        span: job.anchor,
        message,
        cluster: cluster.name,
        ...analysis.writes ? { tables: analysis.writes.tables } : {},
        ...job.logicalFix ? { fix: { title: "Use logical import mode", ...job.logicalFix } } : {}
      }
    ];
  }
};

// src/rules/precheck-override.ts
var rule12 = {
  id: "precheck-override",
  meta: {
    description: "An explicit precheck override on a physical import into a guarded cluster: an error while the documented procedure is incomplete, a notice once it is followed.",
    rationale: "Overriding the CDC/PITR precheck is only safe with the documented procedure: a snapshot backup after the import for tables that need backup, and the same import downstream for replicated tables (or the owners declaring the tables need neither).",
    defaultSeverity: "error",
    category: "posture",
    anchor: "the `check-requirements` key; the `DISABLE_PRECHECK` option"
  },
  check({ job, cluster, analysis }) {
    const override = analysis.override;
    if (!override || !job.physical || !cluster.guarded) return [];
    const gaps = [];
    const covered = [];
    const tables2 = /* @__PURE__ */ new Set();
    const lb = analysis.logBackup;
    if (cluster.logBackup && lb) {
      const task = cluster.logBackup.task ? `log backup \`${cluster.logBackup.task}\`` : "log backup";
      if (lb.gap) {
        gaps.push(`${task} lacks ${lb.gap.text} (no snapshot backup after the import)`);
        lb.gap.tables.forEach((t) => tables2.add(t));
      } else if (lb.needed) {
        covered.push(`${task}: ${lb.needed.text} covered by ${lb.remedy ?? "a snapshot backup"}`);
        lb.needed.tables.forEach((t) => tables2.add(t));
      } else covered.push(`${task}: every written table is exempt`);
    }
    for (const f of analysis.changefeeds) {
      if (f.gap) {
        gaps.push(`changefeed \`${f.feed.id}\` replicates ${f.gap.text} with no matching downstream import`);
        f.gap.tables.forEach((t) => tables2.add(t));
      } else if (f.needed) {
        covered.push(`changefeed \`${f.feed.id}\`: ${f.needed.text} covered by ${f.remedy ?? "a downstream import"}`);
        f.needed.tables.forEach((t) => tables2.add(t));
      } else {
        const why = f.feed.notes.length ? `; ${f.feed.notes.join("; ")}` : "";
        covered.push(`changefeed \`${f.feed.id}\`: replicates none of the written tables (or they are exempt)${why}`);
      }
    }
    const base = `${overrideWhat(job)} switches off the CDC/PITR precheck of cluster \`${cluster.name}\` (${guardsText(cluster)})`;
    const diag = gaps.length ? {
      severity: "error",
      message: `${base}, but the documented procedure is incomplete: ${gaps.join("; ")}. Complete it (see the log-backup-gap and changefeed-gap findings), or use logical mode.`,
      whenExcepted: {
        rules: ["log-backup-gap", "changefeed-gap"],
        severity: "notice",
        message: `${base}; what the documented procedure would still need (${gaps.join("; ")}) is covered by reviewed exceptions`
      }
    } : {
      severity: "notice",
      message: `${base}; the documented procedure is followed: ${covered.join("; ")}.`
    };
    return [
      {
        rule: "precheck-override",
        span: override.span,
        cluster: cluster.name,
        job: jobKey(job),
        ...tables2.size ? { tables: [...tables2] } : {},
        ...diag
      }
    ];
  }
};

// src/rules/syntax-error.ts
var rule13 = {
  id: "syntax-error",
  meta: {
    description: "A SQL, TOML or YAML file in scope that cannot be read or parsed.",
    rationale: "A file the linter cannot read cannot be shown safe, so it fails the check instead of passing silently.",
    defaultSeverity: "error",
    category: "correctness",
    anchor: "the error position"
  },
  check({ language, problems }) {
    return problems.map((p) => ({
      rule: "syntax-error",
      severity: p.severity ?? "error",
      span: p.span,
      message: `${language}: ${p.message.replace(/[.\s]+$/, "")}. The linter cannot show this file is safe until it parses.`,
      fingerprintKey: p.message
    }));
  }
};

// src/rules/unmapped-target.ts
var rule14 = {
  id: "unmapped-target",
  meta: {
    description: "A file holding an import maps to no cluster of the policy.",
    rationale: "Without a target cluster the linter cannot tell whether the import is safe: an unmapped import is unchecked.",
    defaultSeverity: "error",
    category: "posture",
    anchor: "the first job of the file"
  },
  check({ job, severity, directiveExample }) {
    return [
      {
        rule: "unmapped-target",
        severity,
        span: job.anchor,
        message: `No cluster of the policy matches \`${job.file}\` (no cluster directive, no \`match.paths\` glob${job.kind === "lightning" ? ", no `match.hosts` host" : ""}), so this import cannot be checked. Add the path to a cluster's \`match.paths\`, or name the cluster in the file: \`${directiveExample}\`.`
      }
    ];
  }
};

// src/rules/unnecessary-override.ts
var rule15 = {
  id: "unnecessary-override",
  meta: {
    description: "A precheck override on a logical import, or on a cluster without log backup or changefeeds: it protects nothing.",
    rationale: "The override only matters for physical imports into guarded clusters; elsewhere it just switches off Lightning's other requirement checks (disk space, cluster version) for no gain.",
    defaultSeverity: "warning",
    category: "posture",
    anchor: "the override"
  },
  check({ job, cluster, analysis }) {
    const override = analysis.override;
    if (!override) return [];
    let why;
    if (!job.physical) {
      why = "the logical backend (`tidb`) writes SQL that log backup and TiCDC capture, and the CDC/PITR precheck never runs for it";
    } else if (!cluster.guarded) {
      why = `cluster \`${cluster.name}\` has no log backup and no changefeeds, so the precheck would pass`;
    } else return [];
    const also = job.kind === "lightning" ? "; the override only switches off Lightning's other requirement checks (disk space, cluster version)" : "; it only skips the other prechecks";
    return [
      {
        rule: "unnecessary-override",
        severity: "warning",
        span: override.span,
        message: `${overrideWhat(job)} protects nothing here: ${why}${also}. Remove it.`,
        cluster: cluster.name,
        ...job.kind === "lightning" ? { fix: { title: "Keep the requirement checks on", span: override.span, replacement: "check-requirements = true" } } : {}
      }
    ];
  }
};

// src/rules/unsupported-on-version.ts
var rule16 = {
  id: "unsupported-on-version",
  meta: {
    description: "A feature newer than the target cluster: TiDB or Lightning would reject it there.",
    rationale: "The policy states each cluster's version; a statement or config that uses a later feature fails on that cluster (or runs an experimental feature).",
    defaultSeverity: "error",
    category: "correctness",
    anchor: "the token or key"
  },
  check({ job, cluster }) {
    const out = [];
    for (const f of job.versionedFeatures) {
      const have = f.lightning ? cluster.lightning : cluster.tidb;
      const product = f.lightning ? "TiDB Lightning" : "TiDB";
      if (!atLeast(have, f.since)) {
        out.push({
          rule: "unsupported-on-version",
          severity: "error",
          span: f.span,
          message: `${f.what} needs ${product} v${f.since} or later; cluster \`${cluster.name}\` runs ${formatVersion(have)}, which rejects it. Upgrade the cluster (and its \`tidb_version\` in the policy) or do without it.`,
          cluster: cluster.name,
          fingerprintKey: f.what
        });
      } else if (f.gaSince && !atLeast(have, f.gaSince)) {
        out.push({
          rule: "unsupported-on-version",
          severity: "warning",
          span: f.span,
          message: `${f.what} is experimental on ${product} ${formatVersion(have)} (cluster \`${cluster.name}\`; generally available from v${f.gaSince}): not recommended for production imports.`,
          cluster: cluster.name,
          fingerprintKey: f.what
        });
      }
    }
    return out;
  }
};

// src/rules/unused-suppression.ts
var rule17 = {
  id: "unused-suppression",
  meta: {
    description: "An inline suppression or policy waiver that suppressed nothing.",
    rationale: "A stale exception hides nothing today but will silently hide a real finding tomorrow: remove it.",
    defaultSeverity: "warning",
    category: "governance",
    anchor: "the directive or waiver"
  },
  check: ({ kind, rules, span }) => [
    {
      rule: "unused-suppression",
      severity: "warning",
      span,
      message: kind === "inline" ? `This suppression of ${rules.map((r) => `\`${r}\``).join(", ")} suppresses nothing: no such finding at the next ${"statement or key"}. Remove it.` : `This waiver of \`${rules.join(", ")}\` matched no finding in the scanned files. Remove it, or narrow it to what it was written for.`,
      fingerprintKey: rules.join(",")
    }
  ]
};

// src/rules/registry.ts
var RULES = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule13,
  rule14,
  rule15,
  rule16,
  rule17
].sort((a, b) => a.id.localeCompare(b.id));
var JOB_RULES = [
  rule11,
  rule8,
  rule,
  rule12,
  rule15,
  rule16
];
var RULE_IDS = new Set(RULES.map((r) => r.id));
function ruleMeta(id) {
  return RULES.find((r) => r.id === id)?.meta;
}

// src/report/sarif.ts
var SRCROOT = "%SRCROOT%";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
var SECURITY_SEVERITY = { "plaintext-secret": "8.0" };
function docLink(ruleId, docsBaseUrl) {
  const path = `docs/rules/${ruleId}.md`;
  return docsBaseUrl ? `${docsBaseUrl.replace(/\/+$/, "")}/${path}` : path;
}
function ruleName(ruleId) {
  return ruleId.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function toRule(rule18, input) {
  const link = docLink(rule18.id, input.docsBaseUrl);
  const page = input.helpMarkdown?.(rule18.id)?.trim();
  const markdown = `${page ? page : `# ${rule18.id}

${rule18.meta.description}`}

Documentation: [${link}](${link})`;
  const security = SECURITY_SEVERITY[rule18.id];
  const descriptor = {
    id: rule18.id,
    name: ruleName(rule18.id),
    shortDescription: { text: rule18.meta.description },
    fullDescription: { text: rule18.meta.description },
    defaultConfiguration: { level: LEVEL[rule18.meta.defaultSeverity] },
    help: { text: `${rule18.meta.description} See ${link}.`, markdown },
    properties: { tags: security ? ["tidb", "security"] : ["tidb"], ...security ? { "security-severity": security } : {} }
  };
  if (/^https?:\/\//.test(link)) descriptor.helpUri = link;
  return descriptor;
}
function toResult(finding, ruleIndex) {
  const result = {
    ruleId: finding.rule,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriPath(finding.file), uriBaseId: SRCROOT },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn
          }
        }
      }
    ],
    partialFingerprints: { primaryLocationLineHash: finding.fingerprint }
  };
  const index = ruleIndex.get(finding.rule);
  if (index !== void 0) result.ruleIndex = index;
  const properties = {};
  if (finding.cluster) properties["cluster"] = finding.cluster;
  if (finding.tables?.length) properties["tables"] = [...finding.tables];
  if (finding.fix) properties["fix"] = { title: finding.fix.title, replacement: finding.fix.replacement };
  if (Object.keys(properties).length) result.properties = properties;
  if (finding.suppressed) {
    result.suppressions = [
      {
        kind: finding.suppression?.kind === "waiver" ? "external" : "inSource",
        status: "accepted",
        ...finding.suppression?.reason ? { justification: finding.suppression.reason } : {}
      }
    ];
  }
  return result;
}
function buildSarif(input) {
  const known = new Map(input.rules.map((rule18) => [rule18.id, rule18]));
  for (const finding of input.findings) {
    if (!known.has(finding.rule)) known.set(finding.rule, { id: finding.rule, meta: { description: finding.rule, defaultSeverity: finding.severity } });
  }
  const rules = [...known.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ruleIndex = new Map(rules.map((rule18, index) => [rule18.id, index]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tidb-import-guard",
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            ...input.informationUri ? { informationUri: input.informationUri } : {},
            rules: rules.map((rule18) => toRule(rule18, input))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: "The root of the repository that was checked." } } },
        columnKind: "utf16CodeUnits",
        results: input.findings.map((finding) => toResult(finding, ruleIndex))
      }
    ]
  };
}
function formatSarif(report, options = {}) {
  const log = buildSarif({
    findings: report.findings,
    rules: RULES.map((rule18) => ({ id: rule18.id, meta: { description: rule18.meta.description, defaultSeverity: rule18.meta.defaultSeverity } })),
    toolVersion: report.tool.version,
    ...options
  });
  return JSON.stringify(log, null, 2) + "\n";
}

// src/report/workflow-commands.ts
function escapeData(s2) {
  return s2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s2) {
  return escapeData(s2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(f) {
  const command = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    ...f.endLine === f.line ? [`endColumn=${f.endColumn}`] : [],
    `title=${escapeProperty(`tidb-import-guard: ${f.rule}`)}`
  ];
  return `::${command} ${props.join(",")}::${escapeData(f.message)}`;
}
function formatGithubCommands(report) {
  return report.findings.filter((f) => !f.suppressed).map(workflowCommand).join("\n") + (report.findings.some((f) => !f.suppressed) ? "\n" : "");
}

// src/workspace/check.ts
import { closeSync, existsSync as existsSync2, fstatSync, openSync, readFileSync as readFileSync2, readSync } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// src/core/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 24);
}

// src/engine/check.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/policy/mapping.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var never = () => false;
var matcherCache = /* @__PURE__ */ new WeakMap();
function matchersOf(cluster) {
  let matchers = matcherCache.get(cluster);
  if (!matchers) {
    matchers = {
      path: cluster.match.paths.length > 0 ? (0, import_picomatch.default)([...cluster.match.paths], { dot: true }) : never,
      host: cluster.match.hosts.length > 0 ? (0, import_picomatch.default)([...cluster.match.hosts], { dot: true, nocase: true }) : never
    };
    matcherCache.set(cluster, matchers);
  }
  return matchers;
}
function mapToClusters(policy, input) {
  const directive = input.directiveClusters ?? [];
  if (directive.length > 0) {
    const clusters = [];
    const unknown = [];
    for (const named of directive) {
      const cluster = policy.clusters.find((c) => c.name === named.name);
      if (!cluster) unknown.push({ name: named.name, span: named.span });
      else if (!clusters.includes(cluster)) clusters.push(cluster);
    }
    return { clusters, via: "directive", unknown };
  }
  const path = input.path.replace(/^(\.\/)+/, "");
  const byPath = policy.clusters.filter((c) => matchersOf(c).path(path));
  if (byPath.length > 0) return { clusters: byPath, via: "path", unknown: [] };
  const hosts = (input.hosts ?? []).flatMap(hostsOf);
  if (hosts.length > 0) {
    const byHost = policy.clusters.filter((c) => hosts.some((h) => matchersOf(c).host(h)));
    if (byHost.length > 0) return { clusters: byHost, via: "host", unknown: [] };
  }
  return { clusters: [], via: "none", unknown: [] };
}
function hostsOf(address) {
  const hosts = [];
  for (const part of address.split(",")) {
    let host = part.trim().replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, "");
    const slash = host.indexOf("/");
    if (slash >= 0) host = host.slice(0, slash);
    const at = host.lastIndexOf("@");
    if (at >= 0) host = host.slice(at + 1);
    if (host.startsWith("[")) {
      const close = host.indexOf("]");
      host = close > 0 ? host.slice(1, close) : host.slice(1);
    } else if (host.indexOf(":") === host.lastIndexOf(":")) {
      const colon = host.indexOf(":");
      if (colon >= 0) host = host.slice(0, colon);
    }
    host = host.trim().toLowerCase();
    if (host !== "") hosts.push(host);
  }
  return hosts;
}

// src/core/repo.ts
var EMPTY_REPO = {
  readFile: () => void 0,
  listFiles: () => void 0
};

// src/core/lines.ts
function buildLineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineOf = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineStart = (line) => starts[Math.min(Math.max(line, 1), starts.length) - 1];
  return {
    lineCount: starts.length,
    position(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length);
      const idx = lineOf(clamped);
      return { line: idx + 1, column: clamped - starts[idx] + 1 };
    },
    lineStart,
    lineText(line) {
      const start = lineStart(line);
      let end = line < starts.length ? starts[line] : text.length;
      while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
      return text.slice(start, end);
    }
  };
}

// src/core/text.ts
var utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeSource(bytes) {
  const nul = bytes.subarray(0, 8e3).indexOf(0);
  if (nul < 0) {
    try {
      return { ok: true, text: strict.decode(bytes) };
    } catch {
    }
  }
  const bad = nul >= 0 ? -1 : firstInvalidUtf8(bytes);
  if (nul >= 0) {
    return { ok: false, message: "binary content (a NUL byte): this is not a text file", offset: 0, text: "" };
  }
  if (bad >= 0) {
    const text = utf8.decode(bytes.subarray(0, bad));
    return { ok: false, message: "invalid UTF-8 byte sequence: the file must be UTF-8 text", offset: text.length, text };
  }
  return { ok: true, text: utf8.decode(bytes) };
}
function firstInvalidUtf8(b) {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (c >= 194 && c <= 223) need = 1, min = 128;
    else if (c >= 224 && c <= 239) need = 2, min = 2048;
    else if (c >= 240 && c <= 244) need = 3, min = 65536;
    else return i;
    let cp = c & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}

// src/jobs/lightning.ts
import { posix as posix2 } from "node:path";

// src/jobs/data-source.ts
function normalizePath(path) {
  const out = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (!out.length) return void 0;
      out.pop();
    } else out.push(seg);
  }
  return out.join("/");
}
function locateDataDirectory(value, configPath, repo) {
  let path = value.trim().replace(/\\/g, "/");
  const q = path.indexOf("?");
  const prefixed = /^(file|local):\/\//i.exec(path);
  if (prefixed) path = path.slice(prefixed[0].length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return { inRepository: false, reason: "it is a cloud storage URI" };
  if (q >= 0 && prefixed) path = path.slice(0, path.indexOf("?"));
  if (path === "") return { inRepository: false, reason: "it is empty" };
  if (path.startsWith("/") || /^[A-Za-z]:\//.test(path) || path.startsWith("~")) {
    return { inRepository: false, reason: "it is an absolute path on the import host" };
  }
  const configDir = configPath.includes("/") ? configPath.slice(0, configPath.lastIndexOf("/")) : "";
  const candidates = [normalizePath(configDir ? `${configDir}/${path}` : path), normalizePath(path)];
  for (const dir of candidates) {
    if (dir === void 0) continue;
    const files = repo.listFiles(dir === "" ? "." : dir);
    if (files !== void 0) return { inRepository: true, dir, files };
  }
  return { inRepository: false, reason: "no such directory is in the repository" };
}
var DEFAULT_ROUTES = [
  { re: /.*(-schema-trigger|-schema-post)\.sql(?:\.(\w*?))?$/i, type: "ignore", schema: "", table: "", unescape: false },
  { re: /.*\.(sql|csv|parquet)(\.(\w+))?\.(bak|BAK)$/i, type: "ignore", schema: "", table: "", unescape: false },
  { re: /^(?:[^/]*\/)*([^/.]+)-schema-create\.sql(?:\.(\w*?))?$/i, type: "schema-schema", schema: "$1", table: "", unescape: true },
  { re: /^(?:[^/]*\/)*([^/.]+)\.(.*?)-schema\.sql(?:\.(\w*?))?$/i, type: "table-schema", schema: "$1", table: "$2", unescape: true },
  { re: /^(?:[^/]*\/)*([^/.]+)\.(.*?)-schema-view\.sql(?:\.(\w*?))?$/i, type: "view-schema", schema: "$1", table: "$2", unescape: true },
  { re: /^(?:[^/]*\/)*([^/.]+)\.(.*)\.([0-9]+)\.(snappy|gzip|gz|zstd|zst)\.parquet$/i, type: "parquet", schema: "$1", table: "$2", unescape: true },
  { re: /^(?:[^/]*\/)*([^/.]+)\.(.*?)(?:\.([0-9]+))?\.(sql|csv|parquet)(?:\.(\w+))?$/i, type: "$4", schema: "$1", table: "$2", unescape: true }
];
var SOURCE_TYPES = ["schema-schema", "table-schema", "view-schema", "sql", "csv", "parquet", "ignore"];
function pathUnescape(value) {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function expand(template, match) {
  return template.replace(/\$(\$|[\p{L}\p{Nd}_]+|\{[\p{L}\p{Nd}_]+\})/gu, (_all, ref) => {
    if (ref === "$") return "$";
    const name = ref.startsWith("{") ? ref.slice(1, -1) : ref;
    if (/^\d+$/.test(name)) return match[Number(name)] ?? "";
    return match.groups?.[name] ?? "";
  });
}
function templateProblem(template, groups, names, field) {
  for (const m of template.matchAll(/\$(\$|[\p{L}\p{Nd}_]+|\{[\p{L}\p{Nd}_]+\})/gu)) {
    const ref = m[1];
    if (ref === "$") continue;
    const name = ref.startsWith("{") ? ref.slice(1, -1) : ref;
    if (/^\d+$/.test(name)) {
      if (Number(name) > groups) return `field '${field}': sub pattern capture '$${ref}' out of range`;
    } else if (!names.includes(name)) return `field '${field}': invalid named capture '$${ref}'`;
  }
  return void 0;
}
var POSIX_CLASSES2 = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
function goRegexToJs(source) {
  const checked = parseRegex(source, { foldCase: false });
  if (!checked.ok) return { ok: false, message: `error parsing regexp: ${checked.error.message}` };
  let flags = "u";
  let body = source;
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]) {
      if (f === "i" || f === "s" || f === "m") flags += flags.includes(f) ? "" : f;
      else return { ok: false, message: `the Go flag (?${f}) is not supported by the linter` };
    }
    body = body.slice(lead[0].length);
  }
  if (/\(\?[a-zA-Z-]*[U]/.test(body)) return { ok: false, message: "the Go flag U (ungreedy) is not supported by the linter" };
  body = body.replace(/\(\?P</g, "(?<").replace(/\\A/g, "^").replace(/\\z/g, "$(?![\\s\\S])").replace(/\\([pP])([A-Za-z])/g, "\\$1{$2}").replace(/\[:(\^?)([a-z]+):\]/g, (all, neg, name) => {
    const cls = POSIX_CLASSES2[name];
    if (!cls) return all;
    return neg ? `&&NEG${cls}&&` : cls;
  });
  if (body.includes("&&NEG")) return { ok: false, message: "negated POSIX classes are not supported by the linter" };
  try {
    return { ok: true, re: new RegExp(body, flags) };
  } catch (e) {
    return { ok: false, message: `the regular expression is not supported by the linter (${e.message})` };
  }
}
function unanchored2(re) {
  const anything = { k: "rep", x: { k: "chars", set: ANY_CHAR }, min: 0, max: -1 };
  return { k: "cat", xs: [anything, re, anything] };
}
function quoteMeta(text) {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}
function compileFileRules(rules) {
  const problems = [];
  const routes = [];
  rules.forEach((rule18, index) => {
    const fail2 = (message) => void problems.push({ index, message });
    const path = rule18.path?.value;
    const pattern = rule18.pattern?.value;
    if (!path && !pattern) return fail2("`path` and `pattern` must not be both empty in [[mydumper.files]]");
    if (path && pattern) return fail2("can't set both `path` and `pattern` field in [[mydumper.files]]");
    const source = path ? `^${quoteMeta(path)}$` : pattern;
    const quote = (t) => path ? (t ?? "").replace(/\$/g, "$$$$") : t ?? "";
    const js = goRegexToJs(source);
    if (!js.ok) return fail2(js.message);
    const checked = parseRegex(source, { foldCase: false });
    const type = quote(rule18.type?.value);
    if (!type) return fail2("field 'type' match pattern can't be empty");
    const groups = new RegExp(`${js.re.source}|`, js.re.flags).exec("").length - 1;
    const names = Object.keys(new RegExp(`${js.re.source}|`, js.re.flags).exec("").groups ?? {});
    const schema = quote(rule18.schema?.value);
    const table = quote(rule18.table?.value);
    for (const [field, t] of [["type", type], ["schema", schema], ["table", table]]) {
      if (field !== "type" && type.trim().toLowerCase() === "ignore") break;
      if (field !== "type" && !t) return fail2(`field '${field}' match pattern can't be empty`);
      const problem = templateProblem(t, groups, names, field);
      if (problem) return fail2(problem);
    }
    routes.push({
      re: js.re,
      ...checked.ok ? { guard: compileRe(unanchored2(checked.re)) } : {},
      type,
      schema,
      table,
      unescape: false
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, routes };
}
function classifyFiles(dir, files, customRoutes) {
  const routes = customRoutes && customRoutes.length ? customRoutes : DEFAULT_ROUTES;
  const out = [];
  const problems = [];
  for (const path of files) {
    const rel = dir === "" ? path : path.slice(dir.length + 1);
    for (const route of routes) {
      if (route.guard && !nfaMatches(route.guard, rel)) continue;
      const m = route.re.exec(rel);
      if (!m) continue;
      const typeText = expand(route.type, m).trim().toLowerCase();
      const type = SOURCE_TYPES.find((t) => t === typeText);
      if (!type) {
        problems.push(`\`${rel}\`: unknown source type '${typeText}'`);
        break;
      }
      if (type === "ignore") break;
      const value = (t) => route.unescape ? pathUnescape(expand(t, m)) : expand(t, m);
      out.push({ path, type, schema: value(route.schema), table: type === "schema-schema" ? "" : value(route.table) });
      break;
    }
  }
  return { files: out, problems };
}
function isDataFile(file) {
  return file.type === "sql" || file.type === "csv" || file.type === "parquet";
}
function tableOf(file) {
  return { schema: file.schema, table: file.table };
}
function hasValidIndex(sql) {
  const text = stripComments(sql);
  const create = /\bcreate\s+(?:temporary\s+)?table\b/i.exec(text);
  if (!create) return void 0;
  const open = text.indexOf("(", create.index + create[0].length);
  if (open < 0) return void 0;
  const items = splitTopLevel(text, open + 1);
  if (!items) return void 0;
  const notNull = /* @__PURE__ */ new Set();
  const uniqueKeys = [];
  for (const raw of items) {
    const item = raw.trim();
    const upper = item.toUpperCase();
    const constraint = /^CONSTRAINT(?:\s+(?:`[^`]*`|"[^"]*"|\w+))?\s+/i.exec(item);
    const rest = constraint ? item.slice(constraint[0].length) : item;
    const restUpper = rest.toUpperCase();
    if (/^PRIMARY\s+KEY\b/.test(restUpper)) return true;
    if (/^UNIQUE\b/.test(restUpper)) {
      const cols = indexColumns(rest);
      if (cols) uniqueKeys.push(cols);
      continue;
    }
    if (/^(KEY|INDEX|FULLTEXT|SPATIAL|FOREIGN|CHECK)\b/.test(upper) || constraint) continue;
    const name = /^(?:`((?:[^`]|``)*)`|"((?:[^"]|"")*)"|([^\s(]+))/.exec(item);
    if (!name) continue;
    const column = (name[1] ?? name[2] ?? name[3] ?? "").toLowerCase();
    const def = stripQuoted(item.slice(name[0].length)).toUpperCase();
    if (/\bPRIMARY\s+KEY\b/.test(def)) return true;
    const isNotNull = /\bNOT\s+NULL\b/.test(def);
    if (isNotNull) notNull.add(column);
    if (/\bUNIQUE\b/.test(def)) uniqueKeys.push([column]);
  }
  return uniqueKeys.some((cols) => cols.length > 0 && cols.every((c) => notNull.has(c)));
}
function stripComments(sql) {
  let out = "";
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      const end = closingQuote(sql, i);
      out += sql.slice(i, end);
      i = end - 1;
    } else if (ch === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 1;
      out += " ";
    } else if (ch === "-" && sql[i + 1] === "-" && /\s/.test(sql[i + 2] ?? " ") || ch === "#") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end - 1;
    } else out += ch;
  }
  return out;
}
function closingQuote(text, start) {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "\\" && quote !== "`") i += 2;
    else if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
function stripQuoted(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      const end = closingQuote(text, i);
      out += " ";
      i = end - 1;
    } else out += ch;
  }
  return out;
}
function splitTopLevel(text, from) {
  const items = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      i = closingQuote(text, i) - 1;
    } else if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) {
        items.push(text.slice(start, i));
        return items;
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return void 0;
}
function indexColumns(item) {
  const open = item.indexOf("(");
  if (open < 0) return void 0;
  const parts = splitTopLevel(item, open + 1);
  if (!parts) return void 0;
  return parts.map((p) => {
    const m = /^\s*(?:`((?:[^`]|``)*)`|"((?:[^"]|"")*)"|([^\s(]+))/.exec(p);
    if (!m || p.trim().startsWith("(")) return "";
    return (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase();
  });
}
function tablesWithoutValidIndex(repo, classified) {
  const verdict = /* @__PURE__ */ new Map();
  for (const f of classified) {
    if (f.type !== "table-schema" || !/\.sql$/i.test(f.path)) continue;
    const text = repo.readFile(f.path);
    const valid = text === void 0 ? true : hasValidIndex(text) ?? true;
    const key = `${f.schema.toLowerCase()}.${f.table.toLowerCase()}`;
    const prev = verdict.get(key);
    verdict.set(key, { name: tableOf(f), valid: valid || (prev?.valid ?? false) });
  }
  return [...verdict.values()].filter((v) => !v.valid).map((v) => v.name);
}

// src/jobs/routes.ts
var TRUE = { k: "const", value: true };
var FALSE = { k: "const", value: false };
var and = (...xs) => ({ k: "and", xs });
var or = (...xs) => ({ k: "or", xs });
var not = (x) => ({ k: "not", x });
function syntheticFilter(schema, table, caseSensitive) {
  return { rules: [], caseSensitive, compiled: [{ positive: true, schema, table, text: "" }] };
}
function schemaAtom(atoms, part, caseSensitive) {
  if (part.all) return TRUE;
  atoms.sets.push(filterSet(syntheticFilter(part, ALL_PART, caseSensitive)));
  return { k: "schema", id: atoms.sets.length - 1 };
}
function tableAtom(part, caseSensitive) {
  if (part.all) return TRUE;
  return { k: "table", set: filterSet(syntheticFilter(ALL_PART, part, caseSensitive)) };
}
function filterExpr(filter, atoms) {
  let acc = FALSE;
  for (const rule18 of filter.compiled) {
    const matched = and(schemaAtom(atoms, rule18.schema, filter.caseSensitive), tableAtom(rule18.table, filter.caseSensitive));
    acc = rule18.positive ? or(matched, acc) : and(acc, not(matched));
  }
  return acc;
}
function exprSet(e, atoms, schemaValue) {
  switch (e.k) {
    case "const":
      return e.value ? ALL_TABLES : NO_TABLES;
    case "schema":
      if (schemaValue) return schemaValue.has(e.id) ? ALL_TABLES : NO_TABLES;
      return atoms.sets[e.id];
    case "table":
      return e.set;
    case "and":
      return intersect(...e.xs.map((x) => exprSet(x, atoms, schemaValue)));
    case "or":
      return union(...e.xs.map((x) => exprSet(x, atoms, schemaValue)));
    case "not":
      return complement(exprSet(e.x, atoms, schemaValue));
  }
}
function schemaIds(e, out) {
  if (e.k === "schema") out.add(e.id);
  else if (e.k === "and" || e.k === "or") for (const x of e.xs) schemaIds(x, out);
  else if (e.k === "not") schemaIds(e.x, out);
  return out;
}
var MAX_REGIONS = 64;
function projectTables(e, atoms) {
  const ids = [...schemaIds(e, /* @__PURE__ */ new Set())];
  if (!ids.length) return exprSet(e, atoms);
  const parts = [];
  let remaining = ALL_TABLES;
  for (let n = 0; n < MAX_REGIONS; n++) {
    const w = findWitness(remaining);
    if (!w) return union(...parts);
    if (!w.exact) return ALL_TABLES;
    const probe = { schema: w.table.schema, table: w.table.table };
    const holding = new Set(ids.filter((id) => setHas(atoms.sets[id], probe)));
    parts.push(exprSet(e, atoms, holding));
    const region = intersect(...ids.map((id) => holding.has(id) ? atoms.sets[id] : complement(atoms.sets[id])));
    remaining = intersect(remaining, complement(region));
  }
  return ALL_TABLES;
}
function hexEscape(ch) {
  return `\\x{${ch.codePointAt(0).toString(16)}}`;
}
function literalRegex(ch) {
  if (/^[A-Za-z0-9_]$/.test(ch) || ch.codePointAt(0) >= 128) return ch;
  return hexEscape(ch);
}
function routePatternRegex(pattern) {
  if (pattern.startsWith("~")) {
    let out2 = "";
    const re = pattern.slice(1);
    for (let i = 0; i < re.length; i++) {
      const ch = re[i];
      if (ch === "\\" && i + 1 < re.length) {
        out2 += ch + re[i + 1];
        i++;
      } else out2 += ch === "/" ? "\\/" : ch;
    }
    return out2 ? { ok: true, source: out2 } : { ok: false, message: "empty regular expression" };
  }
  const chars = [...pattern];
  let out = "(?s)^";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "*") {
      if (i !== chars.length - 1) return { ok: false, message: `pattern ${pattern} not valid: \`*\` must be its last character` };
      out += ".*";
    } else if (ch === "?") out += ".";
    else if (ch === "[") {
      const close = chars.indexOf("]", i + 1);
      if (close < 0) {
        out += literalRegex(ch);
        continue;
      }
      const body = chars.slice(i + 1, close);
      let negate = false;
      let k = 0;
      if (body[0] === "!") {
        negate = true;
        k = 1;
      }
      let cls = "";
      for (; k < body.length; k++) {
        if (body[k + 1] === "-" && k + 2 < body.length) {
          cls += `${hexEscape(body[k])}-${hexEscape(body[k + 2])}`;
          k += 2;
        } else cls += hexEscape(body[k]);
      }
      if (!cls && negate) {
        negate = false;
        cls = hexEscape("!");
      }
      out += cls ? `[${negate ? "^" : ""}${cls}]` : "[^\\x{0}-\\x{10ffff}]";
      i = close;
    } else out += literalRegex(ch);
  }
  return { ok: true, source: `${out}$` };
}
function patternPart(pattern, side, caseSensitive) {
  const regex = routePatternRegex(pattern);
  if (!regex.ok) return regex;
  const rule18 = side === "schema" ? `/${regex.source}/.*` : `*./${regex.source}/`;
  const parsed = parseTableFilter([rule18], { caseSensitive });
  if (!parsed.ok) return { ok: false, message: `pattern \`${pattern}\`: ${parsed.errors[0]?.message ?? "invalid"}` };
  const compiled = parsed.filter.compiled[0];
  return { ok: true, part: side === "schema" ? compiled.schema : compiled.table };
}
function compileRoutes(rules, caseSensitive, atoms = { sets: [] }) {
  const problems = [];
  const routes = [];
  rules.forEach((rule18, index) => {
    if (!rule18.schemaPattern) return void problems.push({ index, message: "schema pattern of table route rule should not be empty" });
    if (!rule18.targetSchema) return void problems.push({ index, message: "target schema of table route rule should not be empty" });
    const schema = patternPart(rule18.schemaPattern, "schema", caseSensitive);
    if (!schema.ok) return void problems.push({ index, message: schema.message });
    let match = schemaAtom(atoms, schema.part, caseSensitive);
    const tableLevel = !!rule18.tablePattern;
    if (rule18.tablePattern) {
      const table = patternPart(rule18.tablePattern, "table", caseSensitive);
      if (!table.ok) return void problems.push({ index, message: table.message });
      match = and(match, tableAtom(table.part, caseSensitive));
    }
    routes.push({
      index,
      tableLevel,
      match,
      targetSchema: rule18.targetSchema,
      ...rule18.targetTable ? { targetTable: rule18.targetTable } : {}
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, router: { routes, atoms, caseSensitive } };
}
function domains(router) {
  const tableMatches = router.routes.filter((r) => r.tableLevel).map((r) => r.match);
  return router.routes.map((route) => ({
    route,
    domain: route.tableLevel || !tableMatches.length ? route.match : and(route.match, not(or(...tableMatches)))
  }));
}
function unrouted(router) {
  return router.routes.length ? not(or(...router.routes.map((r) => r.match))) : TRUE;
}
function routeTable(router, name) {
  const has = (e) => setHas(exprSet(e, router.atoms), name);
  const table = router.routes.filter((r) => r.tableLevel && has(r.match));
  const chosen = table.length ? table : router.routes.filter((r) => !r.tableLevel && has(r.match));
  if (!chosen.length) return [name];
  return chosen.map((r) => ({ schema: r.targetSchema, table: r.targetTable ?? name.table }));
}
function routeImage(router, source) {
  const parts = [exprSet(and(source, unrouted(router)), router.atoms)];
  for (const { route, domain } of domains(router)) {
    const routed = and(source, domain);
    if (route.targetTable !== void 0) {
      if (findWitness(exprSet(routed, router.atoms))) parts.push(exactSet([{ schema: route.targetSchema, table: route.targetTable }], false));
    } else {
      parts.push(intersect(schemaSet([route.targetSchema], false), projectTables(routed, router.atoms)));
    }
  }
  return intersect(union(...parts), userTables());
}

// src/jobs/source.ts
import { posix } from "node:path";
function normalizeSource(location) {
  let s2 = location.trim();
  const q = s2.indexOf("?");
  if (q >= 0) s2 = s2.slice(0, q);
  s2 = s2.replace(/^(file|local):\/\//i, "");
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s2);
  if (scheme) s2 = scheme[1].toLowerCase() + s2.slice(scheme[1].length);
  s2 = s2.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
  if (!scheme && s2 !== "") s2 = posix.normalize(s2);
  while (s2.length > 1 && s2.endsWith("/")) s2 = s2.slice(0, -1);
  return s2;
}

// src/jobs/lightning.ts
function entrySpan(located) {
  return { start: located.keySpan.start, end: located.span.end };
}
function firstLine(text) {
  const nl = text.search(/\r|\n/);
  return { start: 0, end: nl < 0 ? text.length : nl };
}
function filterText(rules) {
  return `[${rules.map((r) => `'${r}'`).join(", ")}]`;
}
function distinctNames(names) {
  const seen = /* @__PURE__ */ new Map();
  for (const n of names) {
    const key = `${n.schema.toLowerCase()}.${n.table.toLowerCase()}`;
    if (!seen.has(key)) seen.set(key, n);
  }
  return [...seen.values()].sort((a, b) => a.schema + "." + a.table < b.schema + "." + b.table ? -1 : 1);
}
var ANY_TABLE = (why) => ({ kind: "pattern", set: userTables(), description: `(${why}, so the linter assumes any table)` });
function filterImportReader(configPath, repo) {
  const missing = [];
  const inRepo = (p) => {
    const normal = posix2.normalize(p);
    return normal.startsWith("../") || normal === ".." || posix2.isAbsolute(normal) ? void 0 : normal;
  };
  return {
    missing,
    read(p) {
      const beside = inRepo(posix2.join(posix2.dirname(configPath), p));
      const fromRoot = inRepo(p);
      const text = (beside !== void 0 ? repo.readFile(beside) : void 0) ?? (fromRoot !== void 0 ? repo.readFile(fromRoot) : void 0);
      if (text === void 0) missing.push(p);
      return text;
    }
  };
}
function readLightningFilter(config, path = "", repo = EMPTY_REPO) {
  const given = config.filter?.rules.map((r) => r.value);
  const rules = given ?? DEFAULT_LIGHTNING_FILTER;
  const caseSensitive = config.caseSensitive?.value === true;
  const imports = filterImportReader(path, repo);
  const parsed = parseTableFilter(rules, { caseSensitive, readImport: imports.read });
  return { ...given ? { given } : {}, rules, caseSensitive, parsed, missingImports: imports.missing };
}
function lightningWritten(config, path = "", repo = EMPTY_REPO, filter = readLightningFilter(config, path, repo)) {
  const { given, rules, caseSensitive, parsed } = filter;
  if (!parsed.ok) {
    return ANY_TABLE(
      filter.missingImports.length ? `the \`filter\` imports rules from \`${filter.missingImports[0]}\`, which is not in the repository` : "the `filter` is invalid"
    );
  }
  if (config.routes.length && config.mydumperFiles.length) {
    return ANY_TABLE("the config sets both `[[routes]]` and `[[mydumper.files]]`, which Lightning refuses");
  }
  const atoms = { sets: [] };
  const routeRules = config.routes.map((r) => ({
    ...r.schemaPattern ? { schemaPattern: r.schemaPattern.value } : {},
    ...r.tablePattern ? { tablePattern: r.tablePattern.value } : {},
    ...r.targetSchema ? { targetSchema: r.targetSchema.value } : {},
    ...r.targetTable ? { targetTable: r.targetTable.value } : {}
  }));
  const compiled = compileRoutes(routeRules, caseSensitive, atoms);
  if (!compiled.ok) {
    return ANY_TABLE(`a \`[[routes]]\` rule is invalid (${compiled.problems[0].message})`);
  }
  const router = compiled.router;
  const filterDescription = given ? `the filter \`${filterText(rules)}\`` : "Lightning's default filter";
  const fromDirectory = directoryWritten(config, path, repo, parsed.filter, router);
  if (fromDirectory.written) return fromDirectory.written;
  const fallback = fromDirectory.why ? `; ${fromDirectory.why}` : "";
  if (config.mydumperFiles.length) {
    return ANY_TABLE(`the config names its tables with \`[[mydumper.files]]\`${fallback}`);
  }
  if (router.routes.length) {
    const image = routeImage(router, filterExpr(parsed.filter, atoms));
    const description2 = `written through ${filterDescription} and its \`[[routes]]\` renaming${fallback}`;
    return { kind: "pattern", set: image, description: description2, key: JSON.stringify([caseSensitive, rules, routeRules, description2]) };
  }
  const description = `${given ? `matching ${filterDescription}` : "accepted by Lightning's default filter"}${fallback}`;
  return {
    kind: "pattern",
    set: intersect(filterSet(parsed.filter), userTables()),
    description,
    filterRules: rules,
    key: JSON.stringify([caseSensitive, rules, description])
  };
}
function directoryWritten(config, path, repo, filter, router) {
  if (!config.dataSourceDir) return {};
  const located = locateDataDirectory(config.dataSourceDir.value, path, repo);
  if (!located.inRepository) return {};
  const where2 = located.dir === "" ? "the repository root" : `\`${located.dir}\``;
  let custom;
  if (config.mydumperFiles.length) {
    const rules = compileFileRules(config.mydumperFiles);
    if (!rules.ok) return { why: `its \`[[mydumper.files]]\` rule ${rules.problems[0].index + 1} cannot be followed (${rules.problems[0].message})` };
    custom = rules.routes;
  }
  const classified = classifyFiles(located.dir, located.files, custom);
  const sourceNames = classified.files.filter(isDataFile).map(tableOf);
  if (!sourceNames.length) return { why: `the data directory ${where2} has no data files in the repository` };
  const accepted = sourceNames.filter((n) => matchTable(filter, n.schema, n.table));
  const written = distinctNames(accepted.flatMap((n) => routeTable(router, n))).filter((n) => !isSystemSchema(n.schema));
  const unindexed = tablesWithoutValidIndex(repo, classified.files);
  return {
    written: {
      kind: "exact",
      names: written,
      set: written.length ? exactSet(written, false) : NO_TABLES,
      description: `the data files in ${where2}`,
      ...unindexed.length ? { unindexed } : {}
    }
  };
}
function lightningJob(path, config, text, repo = EMPTY_REPO, filter = readLightningFilter(config, path, repo)) {
  const backend = config.backend?.value.trim().toLowerCase() ?? "";
  const physical = backend !== "tidb";
  const anchor = config.backend ? entrySpan(config.backend) : config.importerHeader ?? firstLine(text);
  const override = config.checkRequirements && config.checkRequirements.value === false ? config.checkRequirements : void 0;
  const features = [];
  if (config.conflict) features.push({ what: "The `[conflict]` section", since: "7.3.0", span: config.conflict.header, lightning: true });
  if (config.pdAddrs.length > 1) {
    const first = config.pdAddrs[0];
    const last = config.pdAddrs[config.pdAddrs.length - 1];
    features.push({ what: "Several PD addresses in `pd-addr`", since: "7.6.0", span: { start: first.span.start, end: last.span.end }, lightning: true });
  }
  const hosts = [config.host?.value, ...config.pdAddrs.map((p) => p.value)].filter((h) => !!h && h.trim() !== "");
  return {
    file: path,
    kind: "lightning",
    physical,
    backend,
    anchor,
    // The key as written (`backend`, or a dotted `tikv-importer.backend`), so the fix stays in place.
    ...physical && config.backend ? { logicalFix: { span: anchor, replacement: `${text.slice(config.backend.keySpan.start, config.backend.keySpan.end)} = "tidb"` } } : {},
    ...override ? { override: { span: entrySpan(override), text: "check-requirements = false" } } : {},
    written: lightningWritten(config, path, repo, filter),
    ...config.dataSourceDir ? { source: normalizeSource(config.dataSourceDir.value) } : {},
    hosts,
    versionedFeatures: features
  };
}

// src/jobs/sql.ts
function quoteIdent(name) {
  return "`" + name.replace(/`/g, "``") + "`";
}
function anyDatabaseTable(table) {
  const parsed = parseTableFilter([`*.${quoteIdent(table)}`], { caseSensitive: false });
  return parsed.ok ? filterSet(parsed.filter) : NO_TABLES;
}
function resolveName(name, currentDb) {
  return { schema: name.schema?.value ?? currentDb ?? "", table: name.name.value };
}
function writtenByImport(name) {
  if (name.schema) {
    return { kind: "exact", names: [name], set: exactSet([name], false), description: `\`${name.schema}.${name.table}\`` };
  }
  const set = anyDatabaseTable(name.table);
  return {
    kind: "exact",
    names: [name],
    set,
    perName: /* @__PURE__ */ new Map([[name.table, set]]),
    description: `\`${name.table}\` in the current database (no \`USE\` before it, so any database)`
  };
}
function importFeatures(stmt) {
  const features = [{ what: "IMPORT INTO", since: "7.2.0", gaSince: "7.5.0", span: stmt.importKeywordSpan }];
  if (stmt.source?.kind === "select") features.push({ what: "IMPORT INTO ... FROM SELECT", since: "8.0.0", span: stmt.source.span });
  for (const o of stmt.options) {
    if (o.name === "disable_precheck") features.push({ what: "`DISABLE_PRECHECK`", since: "8.0.0", span: o.nameSpan });
    if (o.name === "cloud_storage_uri") features.push({ what: "Global Sort (`CLOUD_STORAGE_URI`)", since: "7.4.0", gaSince: "8.0.0", span: o.nameSpan });
  }
  return features;
}
var BACKUP_WORDS = /* @__PURE__ */ new Set([
  "rate_limit",
  "concurrency",
  "checksum",
  "send_credentials_to_tikv",
  "checksum_concurrency",
  "compression_level",
  "compression_type",
  "encryption_method",
  "encryption_keyfile",
  "ignore_stats",
  "load_stats",
  "mb",
  "second",
  "true",
  "false",
  "on",
  "off"
]);
function takesSnapshotNow(stmt, doc, text) {
  if (stmt.target === "logs" || !stmt.location) return false;
  if (doc.errors.some((e) => e.span.start >= stmt.span.start && e.span.start <= stmt.span.end)) return false;
  const tail = text.slice(stmt.location.span.end, stmt.span.end).replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, " ");
  if (/[()`;]/.test(tail)) return false;
  const words = tail.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return words.every((w) => BACKUP_WORDS.has(w.toLowerCase()));
}
function sqlJobs(path, doc, text) {
  const jobs = [];
  const snapshots = [];
  const inTransaction = [];
  const imports = [];
  let currentDb;
  let openTransaction;
  doc.statements.forEach((stmt, index) => {
    switch (stmt.kind) {
      case "use":
        if (stmt.database) currentDb = stmt.database.value;
        break;
      case "begin":
        openTransaction = stmt.keywordSpan;
        break;
      case "commit":
      case "rollback":
        openTransaction = stmt.andChain ? stmt.keywordSpan : void 0;
        break;
      case "backup": {
        if (!takesSnapshotNow(stmt, doc, text)) break;
        let covers2 = NO_TABLES;
        if (stmt.target === "tables") {
          covers2 = union(...stmt.tables.map((t) => {
            const name = resolveName(t, currentDb);
            return name.schema ? exactSet([name], false) : anyDatabaseTable(name.table);
          }), NO_TABLES);
        } else if (stmt.target === "databases") {
          covers2 = stmt.allDatabases ? schemaSet(["*"], false) : schemaSet(stmt.databases.map((d) => d.value), false);
        }
        snapshots.push({ statementIndex: index, covers: covers2 });
        break;
      }
      case "import-into": {
        imports.push(stmt);
        if (openTransaction) inTransaction.push({ statement: stmt, beginSpan: openTransaction });
        if (!stmt.table) break;
        const override = stmt.options.find((o) => o.name === "disable_precheck");
        const source = stmt.source?.kind === "file" ? normalizeSource(stmt.source.location.value) : stmt.source?.kind === "select" ? "select:" + text.slice(stmt.source.span.start, stmt.source.span.end).replace(/\s+/g, " ").toLowerCase() : void 0;
        jobs.push({
          file: path,
          kind: "import-into",
          physical: true,
          anchor: stmt.importKeywordSpan,
          ...override ? { override: { span: override.span, text: "DISABLE_PRECHECK" } } : {},
          written: writtenByImport(resolveName(stmt.table, currentDb)),
          ...source !== void 0 ? { source } : {},
          ...stmt.source?.kind === "select" ? { fromSelect: true } : {},
          statementIndex: index,
          ...stmt.options.some((o) => o.name === "detached") ? { detached: true } : {},
          hosts: [],
          versionedFeatures: importFeatures(stmt)
        });
        break;
      }
      default:
        break;
    }
  });
  return { jobs, snapshots, inTransaction, imports };
}

// src/lightning/config.ts
var LIGHTNING_SECTIONS = ["tikv-importer", "mydumper", "lightning"];
function isLightningConfig(doc) {
  return LIGHTNING_SECTIONS.some((name) => isTable(doc.value[name]));
}
function readLightningConfig(doc) {
  const filterEntry = doc.entry(["mydumper", "filter"]);
  const pdAddr = locatedString(doc, ["tidb", "pd-addr"]);
  const importerHeader = sectionAnchor(doc, ["tikv-importer"]);
  const conflictHeader = sectionAnchor(doc, ["conflict"]);
  const strategy = locatedString(doc, ["conflict", "strategy"]);
  return {
    ...opt("backend", locatedString(doc, ["tikv-importer", "backend"])),
    ...opt("importerHeader", importerHeader),
    ...opt("checkRequirements", locatedBoolean(doc, ["lightning", "check-requirements"])),
    ...opt("dataSourceDir", locatedString(doc, ["mydumper", "data-source-dir"])),
    ...opt("filter", filterEntry && Array.isArray(filterEntry.value) ? readFilter(filterEntry) : void 0),
    ...opt("caseSensitive", locatedBoolean(doc, ["mydumper", "case-sensitive"])),
    routes: tableArray(doc, ["routes"]).map(({ header, path }) => ({
      header,
      ...opt("schemaPattern", locatedString(doc, [...path, "schema-pattern"])),
      ...opt("tablePattern", locatedString(doc, [...path, "table-pattern"])),
      ...opt("targetSchema", locatedString(doc, [...path, "target-schema"])),
      ...opt("targetTable", locatedString(doc, [...path, "target-table"]))
    })),
    mydumperFiles: tableArray(doc, ["mydumper", "files"]).map(({ header, path }) => ({
      header,
      ...opt("pattern", locatedString(doc, [...path, "pattern"])),
      ...opt("path", locatedString(doc, [...path, "path"])),
      ...opt("schema", locatedString(doc, [...path, "schema"])),
      ...opt("table", locatedString(doc, [...path, "table"])),
      ...opt("type", locatedString(doc, [...path, "type"])),
      ...opt("compression", locatedString(doc, [...path, "compression"]))
    })),
    ...opt("host", locatedString(doc, ["tidb", "host"])),
    pdAddrs: pdAddr ? splitLocated(pdAddr, ",") : [],
    ...opt("password", locatedString(doc, ["tidb", "password"])),
    ...opt("conflict", conflictHeader ? { header: conflictHeader, ...opt("strategy", strategy) } : void 0)
  };
}
function opt(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function locatedString(doc, path) {
  const entry = doc.entry(path);
  if (!entry || typeof entry.value !== "string") return void 0;
  return { value: entry.value, span: entry.valueSpan, keySpan: entry.keySpan };
}
function locatedBoolean(doc, path) {
  const entry = doc.entry(path);
  if (!entry) return void 0;
  const raw = entry.value;
  const wellTyped = typeof raw === "boolean";
  const value = wellTyped ? raw : !(raw === 0 || typeof raw === "string" && /^(false|off|0|no)$/i.test(raw.trim()));
  return { value, raw, wellTyped, span: entry.valueSpan, keySpan: entry.keySpan };
}
function readFilter(entry) {
  const rules = [];
  for (const item of entry.items ?? []) {
    if (typeof item.value === "string") rules.push({ value: item.value, span: item.span, keySpan: entry.keySpan });
  }
  return { rules, span: entry.valueSpan, keySpan: entry.keySpan };
}
function sectionAnchor(doc, path) {
  const header = doc.table(path);
  if (header) return header.span;
  const own = doc.entry(path);
  if (own) return own.keySpan;
  const inside = doc.entries.find((e) => startsWith(e.path, path));
  return inside?.keySpan;
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
function tableArray(doc, path) {
  let current = doc.value;
  for (const part of path) current = isTable(current) ? current[part] : void 0;
  if (!Array.isArray(current)) return [];
  const inline = doc.entry(path);
  const out = [];
  current.forEach((element, index) => {
    if (!isTable(element)) return;
    const elementPath = [...path, index];
    const header = doc.table(elementPath)?.span ?? inline?.items?.[index]?.span ?? inline?.keySpan;
    if (header) out.push({ header, path: elementPath });
  });
  return out;
}
function splitLocated(located, separator) {
  const { value, span, keySpan } = located;
  const exact = span.end - span.start === value.length + 2;
  const out = [];
  let from = 0;
  for (const part of value.split(separator)) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed.length > 0) {
      const start = span.start + 1 + from + lead;
      out.push({ value: trimmed, span: exact ? { start, end: start + trimmed.length } : span, keySpan });
    }
    from += part.length + separator.length;
  }
  return out;
}

// src/sql/cursor.ts
function createCursor(tokens, statementSpan) {
  return { tokens, pos: 0, problems: [], statementSpan };
}
function peek(cursor, ahead = 0) {
  return cursor.tokens[cursor.pos + ahead];
}
function isKeyword(token, upper) {
  return token !== void 0 && token.kind === "word" && token.value.length === upper.length && token.value.toUpperCase() === upper;
}
function isOp(token, op) {
  return token !== void 0 && token.kind === "op" && token.value === op;
}
function acceptKeyword(cursor, upper) {
  const token = peek(cursor);
  if (isKeyword(token, upper)) {
    cursor.pos++;
    return token;
  }
  return void 0;
}
function acceptOp(cursor, op) {
  const token = peek(cursor);
  if (isOp(token, op)) {
    cursor.pos++;
    return token;
  }
  return void 0;
}
function atEnd(cursor) {
  return cursor.pos >= cursor.tokens.length;
}
function hereSpan(cursor) {
  const token = peek(cursor);
  if (token !== void 0) return { start: token.start, end: token.end };
  const last = cursor.tokens[cursor.tokens.length - 1];
  if (last !== void 0) return { start: last.start, end: last.end };
  return { start: cursor.statementSpan.start, end: cursor.statementSpan.end };
}
function describe(token) {
  if (token === void 0) return "the end of the statement";
  const text = token.kind === "string" ? "a string" : `"${token.value.length > 40 ? token.value.slice(0, 40) + "\u2026" : token.value}"`;
  return text;
}
function fail(cursor, expected2) {
  cursor.problems.push({ message: `Expected ${expected2}, found ${describe(peek(cursor))}.`, span: hereSpan(cursor) });
  return void 0;
}
function isIdentifierToken(token) {
  return token !== void 0 && (token.kind === "word" || token.kind === "quoted");
}
function readIdentifier(cursor) {
  const token = peek(cursor);
  if (!isIdentifierToken(token)) return void 0;
  cursor.pos++;
  return { value: token.value, span: { start: token.start, end: token.end } };
}
function readQualifiedName(cursor, what) {
  const first = readIdentifier(cursor);
  if (first === void 0) return fail(cursor, what);
  if (isOp(peek(cursor), ".")) {
    cursor.pos++;
    const second = readIdentifier(cursor);
    if (second === void 0) return fail(cursor, `a name after "${first.value}."`);
    return { schema: first, name: second, span: { start: first.span.start, end: second.span.end } };
  }
  return { name: first, span: first.span };
}
function readString(cursor) {
  const token = peek(cursor);
  if (token === void 0 || token.kind !== "string") return void 0;
  cursor.pos++;
  let value = token.value;
  let end = token.end;
  for (let next = peek(cursor); next !== void 0 && next.kind === "string"; next = peek(cursor)) {
    value += next.value;
    end = next.end;
    cursor.pos++;
  }
  return { value, span: { start: token.start, end } };
}

// src/sql/import-into.ts
function parseImportInto(cursor, base, text) {
  let table;
  let columns;
  let setKeywordSpan;
  const assignments = [];
  let source;
  let format;
  let withSpan;
  const options = [];
  const result = () => ({
    kind: "import-into",
    ...base,
    importKeywordSpan: base.keywordSpan,
    ...table !== void 0 ? { table } : {},
    ...columns !== void 0 ? { columns } : {},
    ...setKeywordSpan !== void 0 ? { setKeywordSpan } : {},
    assignments,
    ...source !== void 0 ? { source } : {},
    ...format !== void 0 ? { format } : {},
    ...withSpan !== void 0 ? { withSpan } : {},
    options,
    problems: cursor.problems
  });
  cursor.pos = 2;
  table = readQualifiedName(cursor, "the target table after IMPORT INTO");
  if (table === void 0) return result();
  if (isOp(peek(cursor), "(")) {
    columns = readColumnList(cursor);
    if (columns === void 0) return result();
  }
  const set = acceptKeyword(cursor, "SET");
  if (set !== void 0) {
    setKeywordSpan = { start: set.start, end: set.end };
    if (!readAssignments(cursor, text, assignments)) return result();
  }
  if (!acceptKeyword(cursor, "FROM")) {
    fail(cursor, setKeywordSpan === void 0 && columns === void 0 ? "a column list, SET or FROM" : "FROM");
    return result();
  }
  const location = readString(cursor);
  if (location !== void 0) {
    source = { kind: "file", location };
    if (acceptKeyword(cursor, "FORMAT")) {
      format = readString(cursor);
      if (format === void 0) {
        fail(cursor, "the format as a quoted string ('csv', 'sql' or 'parquet')");
        return result();
      }
    }
    const withToken = acceptKeyword(cursor, "WITH");
    if (withToken !== void 0) {
      withSpan = { start: withToken.start, end: withToken.end };
      if (!readOptions(cursor, text, options)) return result();
    }
    if (!atEnd(cursor)) fail(cursor, withSpan === void 0 ? "FORMAT, WITH or the end of the statement" : '"," or the end of the statement');
    return result();
  }
  const queryStart = cursor.pos;
  const first = peek(cursor);
  if (first === void 0 || !(isOp(first, "(") || isKeyword(first, "SELECT") || isKeyword(first, "WITH") || isKeyword(first, "TABLE") || isKeyword(first, "VALUES"))) {
    fail(cursor, "a quoted file location or a SELECT query after FROM");
    return result();
  }
  if (isKeyword(first, "WITH") && !startsCommonTableExpression(cursor.tokens, queryStart)) {
    fail(cursor, "a SELECT query after FROM (a query that starts with WITH names a common table expression: `WITH name AS (...)`)");
    return result();
  }
  const optionsAt = findOptionList(cursor.tokens, queryStart);
  const queryEnd = optionsAt === -1 ? cursor.tokens.length : optionsAt;
  const lastQueryToken = cursor.tokens[queryEnd - 1];
  source = { kind: "select", span: { start: first.start, end: lastQueryToken.end } };
  if (!balancedParens(cursor.tokens, queryStart, queryEnd)) {
    cursor.problems.push({
      message: "The SELECT source of IMPORT INTO has unbalanced parentheses.",
      span: { start: first.start, end: lastQueryToken.end }
    });
  }
  if (optionsAt !== -1) {
    cursor.pos = optionsAt;
    const withToken = cursor.tokens[optionsAt];
    withSpan = { start: withToken.start, end: withToken.end };
    cursor.pos++;
    if (!readOptions(cursor, text, options)) return result();
    if (!atEnd(cursor)) fail(cursor, '"," or the end of the statement');
  }
  return result();
}
function readColumnList(cursor) {
  cursor.pos++;
  const columns = [];
  if (acceptOp(cursor, ")")) return columns;
  for (; ; ) {
    const token = peek(cursor);
    if (token !== void 0 && token.kind === "variable") {
      cursor.pos++;
      columns.push({ name: token.value, isVariable: true, span: { start: token.start, end: token.end } });
    } else {
      const first = readIdentifier(cursor);
      if (first === void 0) return fail(cursor, "a column name or @variable in the column list");
      let last = first;
      while (isOp(peek(cursor), ".")) {
        cursor.pos++;
        const part = readIdentifier(cursor);
        if (part === void 0) return fail(cursor, 'a column name after "."');
        last = part;
      }
      columns.push({ name: last.value, isVariable: false, span: { start: first.span.start, end: last.span.end } });
    }
    if (acceptOp(cursor, ",")) continue;
    if (acceptOp(cursor, ")")) return columns;
    return fail(cursor, '"," or ")" in the column list');
  }
}
function readAssignments(cursor, text, assignments) {
  for (; ; ) {
    const first = isKeyword(peek(cursor), "FROM") ? void 0 : readIdentifier(cursor);
    if (first === void 0) {
      fail(cursor, "a column name in the SET clause");
      return false;
    }
    let column = first;
    while (isOp(peek(cursor), ".")) {
      cursor.pos++;
      const part = readIdentifier(cursor);
      if (part === void 0) {
        fail(cursor, 'a column name after "."');
        return false;
      }
      column = part;
    }
    if (!acceptOp(cursor, "=") && !acceptOp(cursor, ":=")) {
      fail(cursor, `"=" after SET column "${column.value}"`);
      return false;
    }
    const exprStart = cursor.pos;
    let depth = 0;
    for (let token = peek(cursor); token !== void 0; token = peek(cursor)) {
      if (isOp(token, "(")) depth++;
      else if (isOp(token, ")")) depth--;
      else if (depth <= 0 && (isOp(token, ",") || isKeyword(token, "FROM"))) break;
      cursor.pos++;
    }
    if (cursor.pos === exprStart) {
      fail(cursor, `an expression for SET column "${column.value}"`);
      return false;
    }
    const exprFirst = cursor.tokens[exprStart];
    const exprLast = cursor.tokens[cursor.pos - 1];
    const expressionSpan = { start: exprFirst.start, end: exprLast.end };
    assignments.push({
      column,
      expressionText: text.slice(expressionSpan.start, expressionSpan.end),
      expressionSpan,
      span: { start: first.span.start, end: exprLast.end }
    });
    if (!acceptOp(cursor, ",")) return true;
  }
}
function findOptionList(tokens, queryStart) {
  let depth = 0;
  for (let i = queryStart; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== "word" && token.kind !== "op") continue;
    if (isOp(token, "(")) depth++;
    else if (isOp(token, ")")) depth--;
    else if (depth === 0 && i > queryStart && isKeyword(token, "WITH") && !isKeyword(tokens[i + 1], "ROLLUP")) return i;
  }
  return -1;
}
function balancedParens(tokens, from, to) {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (isOp(token, "(")) depth++;
    else if (isOp(token, ")") && --depth < 0) return false;
  }
  return depth === 0;
}
function readOptions(cursor, text, options) {
  for (; ; ) {
    const name = readIdentifier(cursor);
    if (name === void 0) {
      fail(cursor, "an option name");
      return false;
    }
    const nameSpan = name.span;
    if (acceptOp(cursor, "=") || acceptOp(cursor, ":=")) {
      const value = readOptionValue(cursor, text);
      if (value === void 0) return false;
      options.push({ name: name.value.toLowerCase(), nameSpan, value, span: { start: nameSpan.start, end: value.span.end } });
    } else {
      options.push({ name: name.value.toLowerCase(), nameSpan, span: nameSpan });
    }
    if (!acceptOp(cursor, ",")) return true;
  }
}
function readOptionValue(cursor, text) {
  const token = peek(cursor);
  if (token === void 0) return fail(cursor, "an option value");
  const single = (kind, value) => {
    cursor.pos++;
    return { kind, raw: text.slice(token.start, token.end), value, span: { start: token.start, end: token.end } };
  };
  if (token.kind === "string") {
    const string = readString(cursor);
    return { kind: "string", raw: text.slice(string.span.start, string.span.end), value: string.value, span: string.span };
  }
  const next = peek(cursor, 1);
  if (token.kind === "word" && token.value.startsWith("_") && next?.kind === "string") {
    cursor.pos++;
    const string = readString(cursor);
    return { kind: "string", raw: text.slice(token.start, string.span.end), value: string.value, span: { start: token.start, end: string.span.end } };
  }
  if (token.kind === "number") return single("number", Number(token.value));
  if ((isOp(token, "-") || isOp(token, "+")) && next?.kind === "number") {
    cursor.pos += 2;
    const raw = text.slice(token.start, next.end);
    const magnitude = Number(next.value);
    return { kind: "number", raw, value: token.value === "-" ? -magnitude : magnitude, span: { start: token.start, end: next.end } };
  }
  if (isKeyword(token, "TRUE")) return single("bool", true);
  if (isKeyword(token, "FALSE")) return single("bool", false);
  if (isKeyword(token, "NULL")) return single("null", null);
  if (token.kind === "hex") return single("other", token.value);
  let depth = 0;
  for (let t = peek(cursor); t !== void 0; t = peek(cursor)) {
    if (isOp(t, "(")) depth++;
    else if (isOp(t, ")")) depth--;
    else if (depth <= 0 && isOp(t, ",")) break;
    cursor.pos++;
  }
  const last = cursor.tokens[cursor.pos - 1];
  const span = { start: token.start, end: last.end };
  cursor.problems.push({
    message: `An IMPORT INTO option value must be a literal (a quoted string, a number, TRUE, FALSE or NULL), found ${describe(token)}.`,
    span
  });
  return { kind: "other", raw: text.slice(span.start, span.end), value: text.slice(span.start, span.end), span };
}
function startsCommonTableExpression(tokens, withAt) {
  let i = withAt + 1;
  if (isKeyword(tokens[i], "RECURSIVE")) i++;
  const name = tokens[i];
  if (name === void 0 || name.kind !== "word" && name.kind !== "quoted") return false;
  const next = tokens[i + 1];
  return isKeyword(next, "AS") || isOp(next, "(");
}

// src/sql/lexer.ts
var CH_LF = 10;
var CH_CR = 13;
var CH_SPACE = 32;
var CH_DQUOTE = 34;
var CH_HASH = 35;
var CH_DOLLAR = 36;
var CH_SQUOTE = 39;
var CH_STAR = 42;
var CH_MINUS = 45;
var CH_DOT = 46;
var CH_SLASH = 47;
var CH_AT = 64;
var CH_BACKSLASH = 92;
var CH_BACKQUOTE = 96;
function isIdentChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === CH_DOLLAR || c >= 128;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSpace(c) {
  return c <= CH_SPACE;
}
function skipQuoted(text, start, end) {
  const quote = text.charCodeAt(start);
  const escapes = quote !== CH_BACKQUOTE;
  let i = start + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      if (text.charCodeAt(i + 1) === quote && i + 1 < end) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += escapes && c === CH_BACKSLASH ? 2 : 1;
  }
  return -1;
}
function isDashComment(text, i, end) {
  if (text.charCodeAt(i + 1) !== CH_MINUS || i + 1 >= end) return false;
  return i + 2 >= end || text.charCodeAt(i + 2) <= CH_SPACE;
}
function lineEnd(text, i, end) {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_LF || c === CH_CR) return i;
    i++;
  }
  return end;
}
function executableCommentBody(text, i, end) {
  let j = i + 2;
  const c = text.charCodeAt(j);
  if (c === 33) {
    j++;
    const digitsEnd = Math.min(end, j + 6);
    while (j < digitsEnd && isDigit(text.charCodeAt(j))) j++;
    return j;
  }
  if (c === 84 && text.charCodeAt(j + 1) === 33 && j + 1 < end) {
    j += 2;
    if (text.charCodeAt(j) === 91) {
      const close = text.indexOf("]", j);
      const newline = lineEnd(text, j, end);
      if (close !== -1 && close < newline) j = close + 1;
    }
    return j;
  }
  return -1;
}
function decodeString(text, start, end, quote) {
  let plain = true;
  for (let i2 = start; i2 < end; i2++) {
    const c = text.charCodeAt(i2);
    if (c === CH_BACKSLASH || c === quote) {
      plain = false;
      break;
    }
  }
  if (plain) return text.slice(start, end);
  let out = "";
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_BACKSLASH && quote !== CH_BACKQUOTE && i + 1 < end) {
      const n = text[i + 1];
      switch (n) {
        case "0":
          out += "\0";
          break;
        case "b":
          out += "\b";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case "Z":
          out += "";
          break;
        // `\%` and `\_` keep their backslash (they are LIKE escapes).
        case "%":
          out += "\\%";
          break;
        case "_":
          out += "\\_";
          break;
        default:
          out += n;
      }
      i += 2;
      continue;
    }
    if (c === quote && text.charCodeAt(i + 1) === quote) {
      out += text[i];
      i += 2;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}
var THREE_CHAR_OPS = /* @__PURE__ */ new Set(["<=>", "->>"]);
var TWO_CHAR_OPS = /* @__PURE__ */ new Set(["<=", ">=", "<>", "!=", ":=", "||", "&&", "<<", ">>", "->"]);
function tokenize(text, start, end, insideExecutable = 0) {
  const tokens = [];
  let executableDepth = insideExecutable;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === CH_HASH || c === CH_MINUS && isDashComment(text, i, end)) {
      i = lineEnd(text, i, end);
      continue;
    }
    if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR && i + 1 < end) {
      const body = executableCommentBody(text, i, end);
      if (body !== -1) {
        executableDepth++;
        i = body;
        continue;
      }
      const close = text.indexOf("*/", i + 2);
      i = close === -1 || close + 2 > end ? end : close + 2;
      continue;
    }
    if (c === CH_STAR && executableDepth > 0 && text.charCodeAt(i + 1) === CH_SLASH && i + 1 < end) {
      executableDepth--;
      i += 2;
      continue;
    }
    if (c === CH_SQUOTE || c === CH_DQUOTE || c === CH_BACKQUOTE) {
      const close = skipQuoted(text, i, end);
      const stop = close === -1 ? end : close;
      const bodyEnd = close === -1 ? end : close - 1;
      const kind = c === CH_BACKQUOTE ? "quoted" : "string";
      tokens.push({ kind, value: decodeString(text, i + 1, bodyEnd, c), start: i, end: stop });
      i = stop;
      continue;
    }
    if (c === CH_AT) {
      i = lexVariable(text, i, end, tokens);
      continue;
    }
    if (isDigit(c) || c === CH_DOT && isDigit(text.charCodeAt(i + 1)) && i + 1 < end && !followsName(tokens, i)) {
      i = lexNumberOrWord(text, i, end, tokens);
      continue;
    }
    if (isIdentChar(c)) {
      let j = i + 1;
      while (j < end && isIdentChar(text.charCodeAt(j))) j++;
      const next = text.charCodeAt(j);
      if (j - i === 1 && next === CH_SQUOTE && j < end) {
        const lower = c | 32;
        if (lower === 110 || lower === 120 || lower === 98) {
          const close = skipQuoted(text, j, end);
          const stop = close === -1 ? end : close;
          if (lower === 110) {
            const bodyEnd = close === -1 ? end : close - 1;
            tokens.push({ kind: "string", value: decodeString(text, j + 1, bodyEnd, CH_SQUOTE), start: i, end: stop });
          } else {
            tokens.push({ kind: "hex", value: text.slice(i, stop), start: i, end: stop });
          }
          i = stop;
          continue;
        }
      }
      tokens.push({ kind: "word", value: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    const three = text.slice(i, Math.min(i + 3, end));
    if (THREE_CHAR_OPS.has(three)) {
      tokens.push({ kind: "op", value: three, start: i, end: i + 3 });
      i += 3;
      continue;
    }
    const two = text.slice(i, Math.min(i + 2, end));
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: "op", value: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    tokens.push({ kind: "op", value: text[i], start: i, end: i + 1 });
    i++;
  }
  return tokens;
}
function followsName(tokens, i) {
  const last = tokens[tokens.length - 1];
  if (last === void 0 || last.end !== i) return false;
  return last.kind === "word" || last.kind === "quoted" || last.kind === "op" && last.value === ")";
}
function lexVariable(text, i, end, tokens) {
  const system = text.charCodeAt(i + 1) === CH_AT && i + 1 < end;
  let j = i + (system ? 2 : 1);
  const q = text.charCodeAt(j);
  if (j < end && (q === CH_SQUOTE || q === CH_DQUOTE || q === CH_BACKQUOTE)) {
    const close = skipQuoted(text, j, end);
    const stop = close === -1 ? end : close;
    const bodyEnd = close === -1 ? end : close - 1;
    const name = decodeString(text, j + 1, bodyEnd, q);
    tokens.push({ kind: system ? "sysvar" : "variable", value: name, start: i, end: stop });
    return stop;
  }
  while (j < end) {
    const c = text.charCodeAt(j);
    if (!isIdentChar(c) && c !== CH_DOT) break;
    j++;
  }
  if (j === i + (system ? 2 : 1)) {
    tokens.push({ kind: "op", value: "@", start: i, end: i + 1 });
    return i + 1;
  }
  tokens.push({ kind: system ? "sysvar" : "variable", value: text.slice(i + (system ? 2 : 1), j), start: i, end: j });
  return j;
}
function lexNumberOrWord(text, i, end, tokens) {
  const c0 = text.charCodeAt(i);
  const c1 = text.charCodeAt(i + 1) | 32;
  if (c0 === 48 && (c1 === 120 || c1 === 98) && i + 2 < end) {
    let j2 = i + 2;
    while (j2 < end && isIdentChar(text.charCodeAt(j2))) j2++;
    const body = text.slice(i + 2, j2);
    const ok = c1 === 120 ? /^[0-9a-fA-F]+$/.test(body) : /^[01]+$/.test(body);
    tokens.push({ kind: ok ? "hex" : "word", value: text.slice(i, j2), start: i, end: j2 });
    return j2;
  }
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  if (j < end && text.charCodeAt(j) === CH_DOT) {
    j++;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
  }
  const e = text.charCodeAt(j) | 32;
  if (j < end && e === 101) {
    let k = j + 1;
    const sign = text.charCodeAt(k);
    if (sign === 43 || sign === CH_MINUS) k++;
    if (k < end && isDigit(text.charCodeAt(k))) {
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      j = k;
    }
  }
  if (j < end && isIdentChar(text.charCodeAt(j)) && isDigit(c0)) {
    let k = j;
    while (k < end && isIdentChar(text.charCodeAt(k))) k++;
    tokens.push({ kind: "word", value: text.slice(i, k), start: i, end: k });
    return k;
  }
  tokens.push({ kind: "number", value: text.slice(i, j), start: i, end: j });
  return j;
}

// src/sql/split.ts
var MIN_KEYWORD = 3;
var MAX_KEYWORD = 11;
function splitStatements(text) {
  const statements = [];
  const comments = [];
  const errors = [];
  const n = text.length;
  let delimiter = ";";
  let delimiterCode = 59;
  let simpleDelimiter = true;
  let special = specialCharacters(delimiterCode);
  let stmtStart = -1;
  let lastEnd = -1;
  let keywordEnd = -1;
  let firstWord = "";
  let depthAtStart = 0;
  let executableDepth = 0;
  const finish2 = () => {
    if (stmtStart !== -1) {
      statements.push({
        start: stmtStart,
        end: lastEnd,
        keywordStart: stmtStart,
        keywordEnd,
        firstWord,
        executableDepth: depthAtStart
      });
    }
    stmtStart = -1;
    firstWord = "";
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= CH_SPACE) {
      i++;
      continue;
    }
    if (c === delimiterCode && (simpleDelimiter || text.startsWith(delimiter, i))) {
      finish2();
      i += delimiter.length;
      continue;
    }
    if (c === CH_HASH || c === CH_MINUS && isDashComment(text, i, n)) {
      const stop = lineEnd(text, i, n);
      comments.push({ text: text.slice(i + (c === CH_HASH ? 1 : 2), stop), span: { start: i, end: stop } });
      i = stop;
      continue;
    }
    if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR) {
      const body = executableCommentBody(text, i, n);
      if (body !== -1) {
        executableDepth++;
        i = body;
        continue;
      }
      const close = text.indexOf("*/", i + 2);
      if (close === -1) {
        errors.push({ message: 'Unterminated comment: "/*" has no closing "*/".', span: { start: i, end: i + 2 } });
        comments.push({ text: text.slice(i + 2), span: { start: i, end: n } });
        i = n;
        continue;
      }
      comments.push({ text: text.slice(i + 2, close), span: { start: i, end: close + 2 } });
      i = close + 2;
      continue;
    }
    if (c === CH_STAR && executableDepth > 0 && text.charCodeAt(i + 1) === CH_SLASH) {
      executableDepth--;
      i += 2;
      continue;
    }
    const tokenStart = i;
    if (c === CH_SQUOTE || c === CH_DQUOTE || c === CH_BACKQUOTE) {
      const close = skipQuoted(text, i, n);
      if (close === -1) {
        const what = c === CH_BACKQUOTE ? "quoted identifier" : "string";
        const quote = String.fromCharCode(c);
        errors.push({
          message: `Unterminated ${what}: the ${quote} opened here is never closed, so the rest of the file is inside it.`,
          span: { start: i, end: i + 1 }
        });
        i = n;
      } else {
        i = close;
      }
    } else if (stmtStart === -1) {
      let j = i + 1;
      if (isIdentChar(c)) {
        while (j < n && isIdentChar(text.charCodeAt(j)) && !(text.charCodeAt(j) === delimiterCode && text.startsWith(delimiter, j))) j++;
      }
      i = j;
    } else {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128 && special[d] === 1 || d === delimiterCode) break;
        j++;
      }
      i = j;
    }
    if (stmtStart === -1) {
      stmtStart = tokenStart;
      keywordEnd = i;
      depthAtStart = executableDepth;
      const length = i - tokenStart;
      if (length >= MIN_KEYWORD && length <= MAX_KEYWORD && isIdentChar(c)) {
        firstWord = text.slice(tokenStart, i).toLowerCase();
        if (firstWord === "delimiter" && executableDepth === 0 && (i >= n || text.charCodeAt(i) <= CH_SPACE)) {
          const command = readDelimiterCommand(text, i, n);
          if (command.delimiter === "") {
            errors.push({
              message: "DELIMITER must be followed by the new statement terminator on the same line.",
              span: { start: tokenStart, end: i }
            });
          } else {
            delimiter = command.delimiter;
            delimiterCode = delimiter.charCodeAt(0);
            simpleDelimiter = delimiter === ";";
            special = specialCharacters(delimiterCode);
          }
          stmtStart = -1;
          firstWord = "";
          i = command.end;
          continue;
        }
      }
    }
    lastEnd = i;
  }
  finish2();
  return { statements, comments, errors };
}
function specialCharacters(delimiterCode) {
  const table = new Uint8Array(128);
  for (let c = 0; c <= CH_SPACE; c++) table[c] = 1;
  for (const c of [CH_SQUOTE, CH_DQUOTE, CH_BACKQUOTE, CH_MINUS, CH_HASH, CH_SLASH, CH_STAR]) table[c] = 1;
  if (delimiterCode < 128) table[delimiterCode] = 1;
  return table;
}
function readDelimiterCommand(text, i, n) {
  const stop = lineEnd(text, i, n);
  let j = i;
  while (j < stop && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  let k = j;
  while (k < stop && text.charCodeAt(k) > CH_SPACE) k++;
  return { delimiter: text.slice(j, k), end: stop };
}

// src/sql/statements.ts
function parseUse(cursor, base) {
  cursor.pos = 1;
  const database = readIdentifier(cursor);
  if (database === void 0) {
    fail(cursor, "a database name after USE");
    return { kind: "use", ...base };
  }
  return { kind: "use", ...base, database };
}
function parseBegin(cursor, base) {
  cursor.pos = 1;
  if (acceptKeyword(cursor, "PESSIMISTIC")) return { kind: "begin", ...base, form: "begin", mode: "pessimistic" };
  if (acceptKeyword(cursor, "OPTIMISTIC")) return { kind: "begin", ...base, form: "begin", mode: "optimistic" };
  return { kind: "begin", ...base, form: "begin" };
}
function parseStart(cursor, base) {
  if (isKeyword(peek(cursor, 1), "TRANSACTION")) return { kind: "begin", ...base, form: "start-transaction" };
  return { kind: "other", ...base };
}
function readChain(cursor) {
  acceptKeyword(cursor, "WORK");
  if (!acceptKeyword(cursor, "AND")) return false;
  const no = acceptKeyword(cursor, "NO") !== void 0;
  return acceptKeyword(cursor, "CHAIN") !== void 0 && !no;
}
function parseCommit(cursor, base) {
  cursor.pos = 1;
  return { kind: "commit", ...base, andChain: readChain(cursor) };
}
function parseRollback(cursor, base) {
  cursor.pos = 1;
  const afterWork = isKeyword(peek(cursor), "WORK") ? 1 : 0;
  if (isKeyword(peek(cursor, afterWork), "TO")) return { kind: "other", ...base };
  return { kind: "rollback", ...base, andChain: readChain(cursor) };
}
function parseBackup(cursor, base) {
  cursor.pos = 1;
  const tables2 = [];
  const databases = [];
  let allDatabases = false;
  let target;
  let location;
  const result = () => ({
    kind: "backup",
    ...base,
    target,
    tables: tables2,
    databases,
    allDatabases,
    ...location !== void 0 ? { location } : {}
  });
  if (acceptKeyword(cursor, "TABLE") || acceptKeyword(cursor, "TABLES")) {
    target = "tables";
    do {
      const name = readQualifiedName(cursor, "a table name");
      if (name === void 0) return result();
      tables2.push(name);
    } while (acceptOp(cursor, ","));
  } else if (acceptKeyword(cursor, "DATABASE") || acceptKeyword(cursor, "SCHEMA")) {
    target = "databases";
    if (acceptOp(cursor, "*")) {
      allDatabases = true;
    } else {
      do {
        const name = readIdentifier(cursor);
        if (name === void 0) {
          fail(cursor, "a database name or *");
          return result();
        }
        databases.push(name);
      } while (acceptOp(cursor, ","));
    }
  } else if (acceptKeyword(cursor, "LOGS")) {
    target = "logs";
  } else {
    target = "tables";
    fail(cursor, "TABLE, DATABASE or LOGS after BACKUP");
    return result();
  }
  if (!acceptKeyword(cursor, "TO")) {
    fail(cursor, "TO and the backup storage");
    return result();
  }
  location = readString(cursor);
  if (location === void 0) fail(cursor, "the backup storage as a quoted string");
  return result();
}
function parseLoad(cursor, base) {
  if (!isKeyword(peek(cursor, 1), "DATA")) return { kind: "other", ...base };
  cursor.pos = 2;
  if (!acceptKeyword(cursor, "LOW_PRIORITY")) acceptKeyword(cursor, "CONCURRENT");
  const local = acceptKeyword(cursor, "LOCAL") !== void 0;
  let file;
  let table;
  const result = () => ({
    kind: "load-data",
    ...base,
    local,
    ...file !== void 0 ? { file } : {},
    ...table !== void 0 ? { table } : {}
  });
  if (!acceptKeyword(cursor, "INFILE")) {
    fail(cursor, "INFILE");
    return result();
  }
  file = readString(cursor);
  if (file === void 0) {
    fail(cursor, "the file name as a quoted string");
    return result();
  }
  if (!acceptKeyword(cursor, "REPLACE")) acceptKeyword(cursor, "IGNORE");
  if (!acceptKeyword(cursor, "INTO") || !acceptKeyword(cursor, "TABLE")) {
    fail(cursor, "INTO TABLE");
    return result();
  }
  table = readQualifiedName(cursor, "a table name after INTO TABLE");
  return result();
}

// src/sql/parse.ts
var INTERESTING = /* @__PURE__ */ new Set(["import", "use", "begin", "start", "commit", "rollback", "backup", "load"]);
function parseSql(text) {
  const split = splitStatements(text);
  const errors = [...split.errors];
  const statements = [];
  for (const raw of split.statements) {
    const statement = parseStatement(text, raw);
    statements.push(statement.statement);
    errors.push(...statement.problems);
  }
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { statements, comments: split.comments, errors };
}
function parseStatement(text, raw) {
  const base = { span: { start: raw.start, end: raw.end }, keywordSpan: { start: raw.keywordStart, end: raw.keywordEnd } };
  if (!INTERESTING.has(raw.firstWord)) return { statement: { kind: "other", ...base }, problems: [] };
  const tokens = tokenize(text, raw.start, raw.end, raw.executableDepth);
  const cursor = createCursor(tokens, base.span);
  let statement;
  switch (raw.firstWord) {
    case "import":
      statement = isKeyword(tokens[1], "INTO") ? parseImportInto(cursor, base, text) : { kind: "other", ...base };
      break;
    case "use":
      statement = parseUse(cursor, base);
      break;
    case "begin":
      statement = parseBegin(cursor, base);
      break;
    case "start":
      statement = parseStart(cursor, base);
      break;
    case "commit":
      statement = parseCommit(cursor, base);
      break;
    case "rollback":
      statement = parseRollback(cursor, base);
      break;
    case "backup":
      statement = parseBackup(cursor, base);
      break;
    default:
      statement = parseLoad(cursor, base);
  }
  return { statement, problems: cursor.problems };
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s2 = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s2 : s2;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek2, ptr) {
  if (peek2 === null || ctx.uk === 2)
    TomlError.x(peek2 === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/toml/document.ts
function parseToml(text) {
  let value;
  try {
    value = parse(text, { unsafeKeyBehaviour: "keep" });
  } catch (error) {
    return toParseError(text, error);
  }
  const index = indexToml(text, value);
  const entryByPath = new Map(index.entries.map((e) => [pathKey(e.path), e]));
  const tableByPath = new Map(index.tables.map((t) => [pathKey(t.path), t]));
  return {
    ok: true,
    doc: {
      value,
      entries: index.entries,
      tables: index.tables,
      comments: index.comments,
      entry: (path) => entryByPath.get(pathKey(path)),
      table: (path) => tableByPath.get(pathKey(path))
    }
  };
}
function pathKey(path) {
  return JSON.stringify(path);
}
function valueAt(root, path) {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== "object") return void 0;
    if (typeof part === "number") {
      if (!Array.isArray(current)) return void 0;
      current = current[part];
    } else {
      if (Array.isArray(current) || !Object.prototype.hasOwnProperty.call(current, part)) return void 0;
      current = current[part];
    }
  }
  return current;
}
function toParseError(text, error) {
  if (error instanceof TomlError) {
    const firstLine3 = error.message.split("\n", 1)[0] ?? "invalid TOML";
    const message2 = firstLine3.replace(/^Invalid TOML document:\s*/, "");
    return { ok: false, message: message2, offset: offsetOfSmolTomlPosition(text, error.line, error.column) };
  }
  const message = error instanceof Error ? error.message.split("\n", 1)[0] ?? "invalid TOML" : "invalid TOML";
  return { ok: false, message, offset: 0 };
}
function offsetOfSmolTomlPosition(text, line, column) {
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", lineStart);
    if (next < 0) return text.length;
    lineStart = next + 1;
  }
  return Math.min(text.length, lineStart + Math.max(column, 1) - 1);
}
var BARE_KEY = /[A-Za-z0-9_-]/;
var SCALAR_STOP = /* @__PURE__ */ new Set([" ", "	", "\r", "\n", ",", "]", "}", "#"]);
function indexToml(text, root) {
  const entries = [];
  const tables2 = [];
  const comments = [];
  const arrayCounts = /* @__PURE__ */ new Map();
  const length = text.length;
  let pos = 0;
  const at = (i) => text.charAt(i);
  const skipSpaces = () => {
    while (pos < length && (at(pos) === " " || at(pos) === "	")) pos++;
  };
  const readComment = () => {
    const start = pos;
    pos++;
    while (pos < length && at(pos) !== "\n" && at(pos) !== "\r") pos++;
    comments.push({ text: text.slice(start + 1, pos), span: { start, end: pos } });
  };
  const skipBlank = () => {
    while (pos < length) {
      const c = at(pos);
      if (c === " " || c === "	" || c === "\r" || c === "\n") pos++;
      else if (c === "#") readComment();
      else break;
    }
  };
  const skipToNextLine = () => {
    while (pos < length && at(pos) !== "\n") pos++;
    if (pos < length) pos++;
  };
  const basicStringEnd = (start) => {
    let i = start + 1;
    while (i < length) {
      const c = at(i);
      if (c === "\\") i += 2;
      else if (c === '"') return i + 1;
      else if (c === "\n") return i;
      else i++;
    }
    return length;
  };
  const multilineStringEnd = (start, quote, escapes) => {
    const delimiter = quote.repeat(3);
    let i = start + 3;
    while (i < length) {
      if (escapes && at(i) === "\\") {
        i += 2;
        continue;
      }
      if (text.startsWith(delimiter, i)) {
        let end = i + 3;
        while (end < length && end < i + 5 && at(end) === quote) end++;
        return end;
      }
      i++;
    }
    return length;
  };
  const readKeyPart = () => {
    const start = pos;
    const c = at(pos);
    if (c === '"') {
      pos = basicStringEnd(pos);
      return { key: decodeBasicString(text.slice(start + 1, pos - 1)), span: { start, end: pos } };
    }
    if (c === "'") {
      const close = text.indexOf("'", pos + 1);
      pos = close < 0 ? length : close + 1;
      return { key: text.slice(start + 1, pos - 1), span: { start, end: pos } };
    }
    while (pos < length && BARE_KEY.test(at(pos))) pos++;
    if (pos === start) return void 0;
    return { key: text.slice(start, pos), span: { start, end: pos } };
  };
  const readKey = () => {
    const first = readKeyPart();
    if (!first) return void 0;
    const keys = [first.key];
    let end = first.span.end;
    for (let guard = 0; guard < length; guard++) {
      const save = pos;
      skipSpaces();
      if (at(pos) !== ".") {
        pos = save;
        break;
      }
      pos++;
      skipSpaces();
      const part = readKeyPart();
      if (!part) {
        pos = save;
        break;
      }
      keys.push(part.key);
      end = part.span.end;
    }
    return { keys, span: { start: first.span.start, end } };
  };
  const readValue = (path, depth) => {
    const start = pos;
    const c = at(pos);
    if (c === '"') {
      pos = text.startsWith('"""', pos) ? multilineStringEnd(pos, '"', true) : basicStringEnd(pos);
      return { span: { start, end: pos } };
    }
    if (c === "'") {
      if (text.startsWith("'''", pos)) pos = multilineStringEnd(pos, "'", false);
      else {
        const close = text.indexOf("'", pos + 1);
        pos = close < 0 ? length : close + 1;
      }
      return { span: { start, end: pos } };
    }
    if (c === "[" && depth < 1e3) {
      pos++;
      const items = [];
      while (pos < length) {
        skipBlank();
        if (pos >= length) break;
        if (at(pos) === "]") {
          pos++;
          break;
        }
        const before = pos;
        const itemPath = [...path, items.length];
        const item = readValue(itemPath, depth + 1);
        items.push({ span: item.span, value: valueAt(root, itemPath) });
        skipBlank();
        if (at(pos) === ",") pos++;
        if (pos === before) pos++;
      }
      return { span: { start, end: pos }, items };
    }
    if (c === "{" && depth < 1e3) {
      pos++;
      while (pos < length) {
        skipBlank();
        if (pos >= length) break;
        if (at(pos) === "}") {
          pos++;
          break;
        }
        const before = pos;
        readKeyValue(path, depth + 1);
        skipBlank();
        if (at(pos) === ",") pos++;
        if (pos === before) pos++;
      }
      return { span: { start, end: pos } };
    }
    while (pos < length && !SCALAR_STOP.has(at(pos))) pos++;
    if (at(pos) === " " && /^\d{4}-\d{2}-\d{2}$/.test(text.slice(start, pos)) && /\d/.test(at(pos + 1))) {
      pos++;
      while (pos < length && !SCALAR_STOP.has(at(pos))) pos++;
    }
    return { span: { start, end: pos } };
  };
  const readKeyValue = (tablePath, depth) => {
    const key = readKey();
    if (!key) return false;
    skipSpaces();
    if (at(pos) !== "=") return false;
    pos++;
    skipSpaces();
    const path = [...tablePath, ...key.keys];
    const scanned = readValue(path, depth);
    entries.push({
      path,
      keySpan: key.span,
      valueSpan: scanned.span,
      value: valueAt(root, path),
      ...scanned.items ? { items: scanned.items } : {}
    });
    return true;
  };
  const readHeader = () => {
    const start = pos;
    const isArray = text.startsWith("[[", pos);
    pos += isArray ? 2 : 1;
    skipSpaces();
    const key = readKey();
    skipSpaces();
    if (!key) return void 0;
    pos += isArray ? text.startsWith("]]", pos) ? 2 : 0 : at(pos) === "]" ? 1 : 0;
    const concrete = [];
    key.keys.forEach((part, i) => {
      concrete.push(part);
      const id = pathKey(concrete);
      if (isArray && i === key.keys.length - 1) {
        const count = arrayCounts.get(id) ?? 0;
        arrayCounts.set(id, count + 1);
        concrete.push(count);
      } else {
        const count = arrayCounts.get(id);
        if (count !== void 0) concrete.push(count - 1);
      }
    });
    tables2.push({ path: concrete, span: { start, end: pos }, isArray });
    return concrete;
  };
  let currentTable = [];
  while (pos < length) {
    skipBlank();
    if (pos >= length) break;
    const lineStart = pos;
    if (at(pos) === "[") {
      const header = readHeader();
      if (header) currentTable = header;
    } else if (!readKeyValue(currentTable, 0)) {
      skipToNextLine();
      continue;
    }
    skipSpaces();
    if (at(pos) === "#") readComment();
    if (pos === lineStart) skipToNextLine();
  }
  comments.sort((a, b) => a.span.start - b.span.start);
  return { entries, tables: tables2, comments };
}
var SIMPLE_ESCAPES = {
  b: "\b",
  t: "	",
  n: "\n",
  f: "\f",
  r: "\r",
  e: "\x1B",
  '"': '"',
  "\\": "\\"
};
function decodeBasicString(body) {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = body.charAt(i + 1);
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== void 0) {
      out += simple;
      i++;
      continue;
    }
    const width = next === "u" ? 4 : next === "U" ? 8 : next === "x" ? 2 : 0;
    const hex = body.slice(i + 2, i + 2 + width);
    if (width > 0 && hex.length === width && /^[0-9A-Fa-f]+$/.test(hex)) {
      const cp = parseInt(hex, 16);
      out += cp <= 1114111 ? String.fromCodePoint(cp) : "";
      i += 1 + width;
      continue;
    }
    out += next;
    i++;
  }
  return out;
}

// src/engine/directives.ts
var PREFIX = "tidb-import-guard";
var DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(s2) {
  if (!DATE_RE.test(s2)) return false;
  const d = /* @__PURE__ */ new Date(`${s2}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s2;
}
function invalid(span, message) {
  return { span, message };
}
function readDirectives(comments, targets, textLength, knownRules) {
  let clusters;
  const suppressions = [];
  const problems = [];
  let t = 0;
  for (const c of comments) {
    const body = c.text.trim();
    if (!body.toLowerCase().startsWith(PREFIX)) continue;
    const rest = body.slice(PREFIX.length);
    if (rest.startsWith(":")) {
      const m = /^:\s*cluster\s*=\s*(.+)$/i.exec(rest);
      if (!m) {
        problems.push(invalid(c.span, "Malformed directive: write `tidb-import-guard: cluster=<name>[,<name>]`."));
        continue;
      }
      const names = m[1].split(",").map((n) => n.trim()).filter(Boolean).map((name) => ({ name, span: c.span }));
      clusters = { names: [...clusters?.names ?? [], ...names], span: c.span };
      continue;
    }
    const fileWide = /^-ignore-file\b/i.test(rest);
    if (!fileWide && !/^-ignore\b/i.test(rest)) {
      problems.push(invalid(c.span, `Unknown directive \`${body.split(/[\s:]/)[0]}\`: use \`tidb-import-guard-ignore\`, \`tidb-import-guard-ignore-file\` or \`tidb-import-guard: cluster=\u2026\`.`));
      continue;
    }
    const after = rest.slice(fileWide ? "-ignore-file".length : "-ignore".length);
    const colon = after.indexOf(":");
    if (colon < 0) {
      problems.push(invalid(c.span, "Suppression without a reason: write `tidb-import-guard-ignore <rule>: <why this is safe>`."));
      continue;
    }
    const rules = after.slice(0, colon).split(",").map((r) => r.trim()).filter(Boolean);
    let reason = after.slice(colon + 1).trim();
    let until;
    const u = /(?:^|\s)until=(\S*)\s*$/.exec(reason);
    if (u) {
      until = u[1];
      reason = reason.slice(0, u.index).trim();
    }
    if (!rules.length) {
      problems.push(invalid(c.span, "Suppression names no rule: write `tidb-import-guard-ignore <rule>: <reason>`."));
      continue;
    }
    const unknown = rules.filter((r) => !knownRules.has(r));
    if (unknown.length) {
      problems.push(invalid(c.span, `Suppression names unknown rule ${unknown.map((r) => `\`${r}\``).join(", ")}; \`tidb-import-guard rules\` lists the rule ids.`));
      continue;
    }
    if (!reason) {
      problems.push(invalid(c.span, "Suppression without a reason: the text after the colon must say why this is safe."));
      continue;
    }
    if (until !== void 0 && !isRealDate(until)) {
      problems.push(invalid(c.span, `Suppression has a malformed date \`until=${until}\`: write \`until=YYYY-MM-DD\`.`));
      continue;
    }
    let covers2;
    if (fileWide) covers2 = { start: 0, end: textLength };
    else {
      while (t < targets.length && targets[t].start < c.span.end) t++;
      const target = targets[t];
      covers2 = { start: c.span.start, end: target ? target.end : c.span.end };
    }
    suppressions.push({ rules, reason, ...until ? { until } : {}, fileWide, span: c.span, covers: covers2 });
  }
  return { ...clusters ? { clusters } : {}, suppressions, problems };
}

// src/lightning/secrets.ts
var SECRET_PARAMS = /* @__PURE__ */ new Set([
  "access-key",
  "secret-access-key",
  "session-token",
  "sas-token",
  "account-key",
  "sig",
  "credentials-file"
]);
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
function findUriCredentials(uri) {
  const found = [];
  const fragmentAt = uri.indexOf("#");
  const end = fragmentAt < 0 ? uri.length : fragmentAt;
  const queryAt = uri.indexOf("?");
  const scheme = SCHEME.exec(uri);
  if (scheme) {
    const authorityStart = scheme[0].length;
    let authorityEnd = end;
    for (const stop of ["/", "?"]) {
      const at2 = uri.indexOf(stop, authorityStart);
      if (at2 >= 0 && at2 < authorityEnd) authorityEnd = at2;
    }
    const at = uri.lastIndexOf("@", authorityEnd - 1);
    if (at >= authorityStart) {
      const colon = uri.indexOf(":", authorityStart);
      if (colon >= 0 && colon < at && isSecretValue(uri.slice(colon + 1, at))) {
        found.push({ param: "password", start: colon + 1, end: at });
      }
    }
  }
  if (queryAt >= 0 && queryAt < end) {
    let partStart = queryAt + 1;
    while (partStart <= end) {
      let partEnd = uri.indexOf("&", partStart);
      if (partEnd < 0 || partEnd > end) partEnd = end;
      const eq = uri.indexOf("=", partStart);
      if (eq >= 0 && eq < partEnd) {
        const param = uri.slice(partStart, eq);
        const name = safeDecode(param).toLowerCase().replace(/_/g, "-");
        const value = uri.slice(eq + 1, partEnd);
        if (SECRET_PARAMS.has(name) && isSecretValue(value) && (name !== "credentials-file" || looksLikeInlineJson(value))) {
          found.push({ param, start: eq + 1, end: partEnd });
        }
      }
      partStart = partEnd + 1;
    }
  }
  return found;
}
var PLACEHOLDERS = [
  /^[xX*]{3,}$/,
  /^\$\{[^}]*\}$/,
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  /^\$\([^)]*\)$/,
  /^%s$/,
  /^<[^>]*>$/,
  /^\{\{.*\}\}$/,
  /^\.{3}$/
];
function isSecretValue(raw) {
  const value = safeDecode(raw).trim();
  if (value === "") return false;
  return !PLACEHOLDERS.some((re) => re.test(value));
}
function looksLikeInlineJson(raw) {
  return safeDecode(raw).trimStart().startsWith("{");
}
function safeDecode(raw) {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

// src/lightning/validate.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// src/lightning/keys.ts
var s = (kind, values) => values ? { kind, values } : { kind };
var SECURITY = {
  keys: { "ca-path": s("string"), "cert-path": s("string"), "key-path": s("string"), "redact-info-log": s("boolean") }
};
var IGNORE_COLUMNS = {
  keys: { db: s("string"), table: s("string"), "table-filter": s("string-array"), columns: s("string-array") }
};
var ROUTE_EXTRACTOR = (regexpKey) => ({
  keys: { [regexpKey]: s("string"), "target-column": s("string") }
});
var CONFLICT_STRATEGIES = ["", "none", "replace", "ignore", "error", "remove", "record"];
var LIGHTNING_CONFIG_SPEC = {
  keys: {},
  tables: {
    lightning: {
      keys: {
        // Config.App (task)
        "table-concurrency": s("integer"),
        "index-concurrency": s("integer"),
        "region-concurrency": s("integer"),
        "io-concurrency": s("integer"),
        "check-requirements": s("boolean"),
        "meta-schema-name": s("string"),
        "max-error": s("max-error"),
        "max-error-records": s("integer"),
        "task-info-schema-name": s("string"),
        // GlobalLightning and its embedded log.Config
        "status-addr": s("string"),
        "server-mode": s("boolean"),
        "pprof-port": s("integer"),
        level: s("string"),
        file: s("string"),
        "max-size": s("integer"),
        "max-days": s("integer"),
        "max-backups": s("integer"),
        "enable-diagnose-logs": s("boolean")
      }
    },
    tidb: {
      keys: {
        host: s("string"),
        port: s("integer"),
        user: s("string"),
        password: s("string"),
        "status-port": s("integer"),
        "pd-addr": s("string"),
        "sql-mode": s("string"),
        tls: s("string"),
        "max-allowed-packet": s("integer"),
        "distsql-scan-concurrency": s("integer"),
        "build-stats-concurrency": s("integer"),
        "index-serial-scan-concurrency": s("integer"),
        "checksum-table-concurrency": s("integer"),
        "log-level": s("string")
      },
      tables: { security: SECURITY },
      maps: { "session-vars": "string" }
    },
    checkpoint: {
      keys: {
        schema: s("string"),
        dsn: s("string"),
        driver: s("string", ["file", "mysql"]),
        enable: s("boolean"),
        "keep-after-success": s("string-or-boolean")
      }
    },
    mydumper: {
      keys: {
        "read-block-size": s("size"),
        "batch-size": s("size"),
        "batch-import-ratio": s("float"),
        "source-id": s("string"),
        "data-source-dir": s("string"),
        "character-set": s("string"),
        "max-region-size": s("size"),
        filter: s("string-array"),
        "no-schema": s("boolean"),
        "case-sensitive": s("boolean"),
        "strict-format": s("boolean"),
        "default-file-rules": s("boolean"),
        "data-character-set": s("string"),
        "data-invalid-char-replace": s("string")
      },
      tables: {
        csv: {
          keys: {
            separator: s("string"),
            delimiter: s("string"),
            terminator: s("string"),
            null: s("string-or-string-array"),
            header: s("boolean"),
            "header-schema-match": s("boolean"),
            "trim-last-separator": s("boolean"),
            "not-null": s("boolean"),
            "backslash-escape": s("boolean"),
            "escaped-by": s("string")
          }
        }
      },
      arrays: {
        files: {
          keys: {
            pattern: s("string"),
            path: s("string"),
            schema: s("string"),
            table: s("string"),
            type: s("string"),
            key: s("string"),
            compression: s("string")
          }
        },
        "ignore-data-columns": IGNORE_COLUMNS,
        "ignore-columns": IGNORE_COLUMNS
      }
    },
    "tikv-importer": {
      keys: {
        addr: s("string"),
        "remote-worker-addr": s("string"),
        "remote-addr": s("string"),
        backend: s("string"),
        "on-duplicate": s("string", CONFLICT_STRATEGIES),
        "max-kv-pairs": s("integer"),
        "send-kv-pairs": s("integer"),
        "send-kv-size": s("size"),
        "compress-kv-pairs": s("string", ["", "gz", "gzip"]),
        "region-split-size": s("size"),
        "region-split-keys": s("integer"),
        "region-split-batch-size": s("integer"),
        "region-split-concurrency": s("integer"),
        "region-check-backoff-limit": s("integer"),
        "sorted-kv-dir": s("string"),
        "disk-quota": s("size"),
        "range-concurrency": s("integer"),
        "duplicate-resolution": s("string", CONFLICT_STRATEGIES),
        "incremental-import": s("boolean"),
        "parallel-import": s("boolean"),
        "keyspace-name": s("string"),
        "add-index-by-sql": s("boolean"),
        "engine-mem-cache-size": s("size"),
        "local-writer-mem-cache-size": s("size"),
        "store-write-bwlimit": s("size"),
        "logical-import-batch-size": s("size"),
        "logical-import-batch-rows": s("integer"),
        "logical-import-prep-stmt": s("boolean"),
        "pause-pd-scheduler-scope": s("string", ["table", "global"]),
        "block-size": s("size"),
        "chunk-size": s("integer"),
        "chunk-cache-dir": s("string")
      }
    },
    "post-restore": {
      keys: {
        checksum: s("string-or-boolean", ["off", "optional", "required", "true", "false"]),
        analyze: s("string-or-boolean", ["off", "optional", "required", "true", "false"]),
        "level-1-compact": s("boolean"),
        "post-process-at-last": s("boolean"),
        compact: s("boolean"),
        "checksum-via-sql": s("boolean")
      }
    },
    cron: {
      keys: { "switch-mode": s("duration"), "log-progress": s("duration"), "check-disk-quota": s("duration") }
    },
    security: SECURITY,
    conflict: {
      keys: {
        strategy: s("string", CONFLICT_STRATEGIES),
        "precheck-conflict-before-import": s("boolean"),
        threshold: s("integer"),
        "max-record-rows": s("integer")
      }
    }
  },
  arrays: {
    routes: {
      keys: {
        "schema-pattern": s("string"),
        "table-pattern": s("string"),
        "target-schema": s("string"),
        "target-table": s("string")
      },
      tables: {
        "extract-table": ROUTE_EXTRACTOR("table-regexp"),
        "extract-schema": ROUTE_EXTRACTOR("schema-regexp"),
        "extract-source": ROUTE_EXTRACTOR("source-regexp")
      }
    }
  }
};
var MAX_ERROR_KEYS = ["syntax", "charset", "type", "conflict"];
var LEGACY_HINTS = {
  "route-rules": "the Loader/old-Lightning `[[route-rules]]` is now `[[routes]]`",
  "black-white-list": "the legacy `[black-white-list]` section is replaced by `[mydumper] filter` (table-filter rules)",
  "pattern-schema": "old Loader routes used `pattern-schema`; Lightning uses `schema-pattern`",
  "pattern-table": "old Loader routes used `pattern-table`; Lightning uses `table-pattern`"
};
function knownKeyPaths(spec = LIGHTNING_CONFIG_SPEC, prefix = "") {
  const out = [];
  for (const key of Object.keys(spec.keys)) out.push(prefix + key);
  for (const [name, sub] of Object.entries(spec.tables ?? {})) {
    out.push(prefix + name);
    out.push(...knownKeyPaths(sub, `${prefix}${name}.`));
  }
  for (const [name, sub] of Object.entries(spec.arrays ?? {})) {
    out.push(prefix + name);
    out.push(...knownKeyPaths(sub, `${prefix}${name}[].`));
  }
  for (const name of Object.keys(spec.maps ?? {})) out.push(prefix + name);
  return out;
}

// src/lightning/validate.ts
var REFUSES = "Lightning refuses to start";
var UNKNOWN_REASON = `${REFUSES} on unknown keys ("config file contained unknown configuration options")`;
var START_OF_FILE = { start: 0, end: 0 };
function validateLightningConfig(doc, config) {
  const problems = [];
  checkSection(doc, doc.value, LIGHTNING_CONFIG_SPEC, [], problems);
  checkBackend(doc, config, problems);
  checkRoutes(config, problems);
  checkConflictingSettings(doc, config, problems);
  checkDeprecatedKeys(doc, problems);
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
}
function checkSection(doc, table, spec, path, problems) {
  for (const [key, value] of Object.entries(table)) {
    const keyPath = [...path, key];
    const leaf = spec.keys[key];
    const sub = spec.tables?.[key];
    const array = spec.arrays?.[key];
    const map = spec.maps?.[key];
    if (leaf) checkValue(doc, leaf, value, keyPath, problems);
    else if (sub) {
      if (isTable2(value)) checkSection(doc, value, sub, keyPath, problems);
      else problems.push(wrongType(doc, keyPath, "a table", value));
    } else if (array) {
      if (Array.isArray(value) && value.every(isTable2)) {
        value.forEach((element, i) => checkSection(doc, element, array, [...keyPath, i], problems));
      } else problems.push(wrongType(doc, keyPath, `an array of tables (\`[[${displayPath(keyPath)}]]\`)`, value));
    } else if (map) {
      if (!isTable2(value)) problems.push(wrongType(doc, keyPath, "a table", value));
      else for (const [name, item] of Object.entries(value)) checkValue(doc, { kind: map }, item, [...keyPath, name], problems);
    } else {
      problems.push({ kind: "invalid", message: unknownKeyMessage(key, keyPath, spec), span: keyAnchor(doc, keyPath) });
    }
  }
}
function checkValue(doc, spec, value, path, problems) {
  const expected2 = kindMismatch(spec.kind, value);
  if (expected2) {
    problems.push(wrongType(doc, path, expected2, value));
    return;
  }
  if (spec.kind === "max-error" && isTable2(value)) {
    checkMaxErrorTable(doc, value, path, problems);
    return;
  }
  if (spec.values && typeof value === "string" && !spec.values.includes(value.toLowerCase())) {
    const allowed = spec.values.map((v) => `"${v}"`).join(", ");
    problems.push({
      kind: "invalid",
      message: `\`${displayPath(path)}\` = "${value}" is not a valid value: ${REFUSES}; use one of ${allowed}`,
      span: valueAnchor(doc, path)
    });
  }
}
var DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
var SIZE = /^\d+(\.\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?$/;
function kindMismatch(kind, value) {
  switch (kind) {
    case "string":
      return typeof value === "string" ? void 0 : "a string";
    case "integer":
      return isInteger(value) ? void 0 : "an integer";
    case "float":
      return typeof value === "number" || typeof value === "bigint" ? void 0 : "a number";
    case "boolean":
      return typeof value === "boolean" ? void 0 : "a boolean (`true` or `false`, unquoted)";
    case "string-array":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? void 0 : "an array of strings";
    case "size":
      if (isInteger(value)) return void 0;
      return typeof value === "string" && SIZE.test(value) ? void 0 : 'a size (an integer number of bytes, or a string such as "128MiB")';
    case "duration":
      return typeof value === "string" && DURATION.test(value) ? void 0 : 'a duration string such as "5m" or "1h30m"';
    case "string-or-boolean":
      return typeof value === "string" || typeof value === "boolean" ? void 0 : "a string";
    case "string-or-string-array":
      return typeof value === "string" || Array.isArray(value) && value.every((v) => typeof v === "string") ? void 0 : "a string or an array of strings";
    case "max-error":
      return isInteger(value) || isTable2(value) ? void 0 : "an integer or a table such as `{ type = 10 }`";
  }
}
function checkMaxErrorTable(doc, table, path, problems) {
  for (const [key, value] of Object.entries(table)) {
    const keyPath = [...path, key];
    if (!READ_MAX_ERROR_KEYS.includes(key)) {
      const hint = MAX_ERROR_KEYS.includes(key) ? "; only `type` is read from the table form" : "; did you mean `type`?";
      problems.push({ kind: "invalid", message: `unknown key \`${displayPath(keyPath)}\`: ${UNKNOWN_REASON}${hint}`, span: keyAnchor(doc, keyPath) });
    } else if (!isInteger(value)) problems.push(wrongType(doc, keyPath, "an integer", value));
  }
}
var READ_MAX_ERROR_KEYS = ["type", "conflict"];
function isInteger(value) {
  return typeof value === "number" && Number.isInteger(value) || typeof value === "bigint";
}
function isTable2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && !isTomlDate(value);
}
function isTomlDate(value) {
  return typeof value.toISOString === "function";
}
function typeName(value) {
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "bigint" || typeof value === "number" && Number.isInteger(value)) return "an integer";
  if (typeof value === "number") return "a float";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null && isTomlDate(value)) return "a date";
  if (typeof value === "object" && value !== null) return "a table";
  return "an unsupported value";
}
function wrongType(doc, path, expected2, value) {
  return {
    kind: "invalid",
    message: `\`${displayPath(path)}\` must be ${expected2}, not ${typeName(value)}: ${REFUSES} when a value has the wrong type`,
    span: valueAnchor(doc, path)
  };
}
var ALL_KEY_PATHS = knownKeyPaths();
function lastSegment(keyPath) {
  const dot = keyPath.lastIndexOf(".");
  return dot < 0 ? keyPath : keyPath.slice(dot + 1);
}
function sectionOf(keyPath) {
  const dot = keyPath.lastIndexOf(".");
  return dot < 0 ? "the top level" : `[${keyPath.slice(0, dot).replace(/\[\]$/, "")}]`;
}
function maxTypoDistance(key) {
  return Math.max(1, Math.floor(key.length / 3));
}
function unknownKeyMessage(key, path, spec) {
  const where2 = path.length > 1 ? `\`${displayPath(path)}\`` : `\`${key}\``;
  const base = `unknown key ${where2}: ${UNKNOWN_REASON}`;
  const hint = suggestion(key, path, spec);
  return hint ? `${base}; ${hint}` : base;
}
function suggestion(key, path, spec) {
  const here = schemaPath(path);
  const local = [...Object.keys(spec.keys), ...Object.keys(spec.tables ?? {}), ...Object.keys(spec.arrays ?? {}), ...Object.keys(spec.maps ?? {})];
  const bestLocal = local.length > 0 ? (0, import_fastest_levenshtein.closest)(key, local) : void 0;
  const localDistance = bestLocal === void 0 ? Infinity : (0, import_fastest_levenshtein.distance)(key, bestLocal);
  if (bestLocal !== void 0 && localDistance <= 1) return `did you mean \`${bestLocal}\`?`;
  const elsewhere = ALL_KEY_PATHS.filter((p) => lastSegment(p) === key && p !== here);
  if (elsewhere[0]) return `did you mean \`${elsewhere[0]}\`? (\`${key}\` belongs in ${sectionOf(elsewhere[0])})`;
  if (bestLocal !== void 0 && localDistance <= maxTypoDistance(key)) return `did you mean \`${bestLocal}\`?`;
  const names = ALL_KEY_PATHS.map(lastSegment);
  const best = (0, import_fastest_levenshtein.closest)(key, names);
  if (best !== void 0 && (0, import_fastest_levenshtein.distance)(key, best) <= maxTypoDistance(key)) {
    const full = ALL_KEY_PATHS[names.indexOf(best)] ?? best;
    return `did you mean \`${full}\`?`;
  }
  return LEGACY_HINTS[key];
}
function schemaPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += "[]";
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
function displayPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
function keyAnchor(doc, path) {
  return doc.entry(path)?.keySpan ?? doc.table(path)?.span ?? firstUnder(doc, path) ?? START_OF_FILE;
}
function valueAnchor(doc, path) {
  return doc.entry(path)?.valueSpan ?? keyAnchor(doc, path);
}
function firstUnder(doc, path) {
  const under = (p) => path.every((part, i) => p[i] === part);
  const table = doc.tables.find((t) => under(t.path));
  const entry = doc.entries.find((e) => under(e.path));
  if (table && entry) return table.span.start <= entry.keySpan.start ? table.span : entry.keySpan;
  return table?.span ?? entry?.keySpan;
}
function checkBackend(doc, config, problems) {
  const entry = doc.entry(["tikv-importer", "backend"]);
  if (entry && typeof entry.value !== "string") return;
  const backend = config.backend;
  if (!backend || backend.value === "") {
    problems.push({
      kind: "invalid",
      message: `\`tikv-importer.backend\` is ${backend ? "empty" : "missing"}: ${REFUSES} ("tikv-importer.backend must not be empty!"), although the docs call \`local\` (physical import) the default. Set \`backend = "tidb"\` for logical import, or \`"local"\` for physical import`,
      span: backend?.span ?? config.importerHeader ?? START_OF_FILE
    });
    return;
  }
  const name = backend.value.toLowerCase();
  if (name === "local" || name === "tidb") return;
  if (name === "importer") {
    problems.push({
      kind: "deprecated",
      message: '`backend = "importer"` is deprecated: tikv-importer was removed (deprecated in v7.5.0) and current Lightning rejects this backend ("unsupported `tikv-importer.backend`"); use `backend = "local"` (physical import) or `"tidb"` (logical import)',
      span: backend.span
    });
    return;
  }
  if (name === "import-into" || name === "remote") {
    problems.push({
      kind: "invalid",
      message: `\`backend = "${backend.value}"\` is not accepted by released Lightning versions (it exists only on unreleased development builds): ${REFUSES} with "unsupported \`tikv-importer.backend\`"; use \`local\` (physical import) or \`tidb\` (logical import)`,
      span: backend.span
    });
    return;
  }
  problems.push({
    kind: "invalid",
    message: `\`backend = "${backend.value}"\` is not a Lightning backend: ${REFUSES} ("unsupported \`tikv-importer.backend\`"); use \`local\` (physical import) or \`tidb\` (logical import)`,
    span: backend.span
  });
}
function checkRoutes(config, problems) {
  config.routes.forEach((route, i) => {
    const missing = [!route.schemaPattern?.value && "schema-pattern", !route.targetSchema?.value && "target-schema"].filter(Boolean);
    if (missing.length > 0) {
      problems.push({
        kind: "invalid",
        message: `route \`routes[${i}]\` has no ${missing.map((m) => `\`${m}\``).join(" and ")}: ${REFUSES} ("file route rule is invalid")`,
        span: route.header
      });
    }
  });
  const firstRoute = config.routes[0];
  if (firstRoute && config.mydumperFiles.length > 0) {
    problems.push({
      kind: "invalid",
      message: `\`[[routes]]\` cannot be combined with \`[[mydumper.files]]\`: ${REFUSES} ("table route is deprecated, can't config both [routes] and [mydumper.files]"); rename tables with the \`schema\`/\`table\` of the file rules instead`,
      span: firstRoute.header
    });
  }
}
function stringAt(doc, path) {
  const value = doc.entry(path)?.value;
  return typeof value === "string" ? value.toLowerCase() : void 0;
}
function configuredStrategy(value) {
  return value === void 0 || value === "" || value === "none" ? void 0 : value;
}
function checkConflictingSettings(doc, config, problems) {
  const backend = config.backend?.value.toLowerCase();
  const strategy = configuredStrategy(stringAt(doc, ["conflict", "strategy"]));
  const onDuplicate = configuredStrategy(stringAt(doc, ["tikv-importer", "on-duplicate"]));
  const duplicateResolution = configuredStrategy(stringAt(doc, ["tikv-importer", "duplicate-resolution"]));
  const strategySource = strategy ? "`conflict.strategy`" : "`tikv-importer.on-duplicate`";
  const dupEntry = doc.entry(["tikv-importer", "duplicate-resolution"]);
  if (duplicateResolution && (strategy || onDuplicate) && dupEntry) {
    problems.push({
      kind: "invalid",
      message: `\`tikv-importer.duplicate-resolution\` cannot be used together with ${strategySource}: ${REFUSES} ("${strategySource.replace(/`/g, "")} cannot be used with tikv-importer.duplicate-resolution"); keep only \`[conflict] strategy\` (an empty strategy counts as not set)`,
      span: dupEntry.keySpan
    });
  }
  const addIndex = doc.entry(["tikv-importer", "add-index-by-sql"]);
  const parallel = doc.entry(["tikv-importer", "parallel-import"])?.value === true || doc.entry(["tikv-importer", "incremental-import"])?.value === true;
  if (addIndex?.value === true && parallel && backend !== "tidb") {
    problems.push({
      kind: "invalid",
      message: `\`tikv-importer.add-index-by-sql\` cannot be used with \`tikv-importer.parallel-import\`: ${REFUSES} ("add-index-using-ddl cannot be used with tikv-importer.parallel-import")`,
      span: addIndex.keySpan
    });
  }
  const effective = strategy ?? onDuplicate ?? duplicateResolution ?? (backend === "tidb" ? "error" : void 0);
  const threshold = doc.entry(["conflict", "threshold"]);
  if (threshold && isInteger(threshold.value) && Number(threshold.value) > 0 && effective === "error") {
    const why = strategy || onDuplicate ? `${strategySource} = "error"` : 'the tidb backend with no strategy (which means "error")';
    problems.push({
      kind: "invalid",
      message: `\`conflict.threshold\` cannot be set with ${why}: ${REFUSES} ("conflict.threshold cannot be set when use conflict.strategy = \\"error\\""); remove the threshold or choose "replace" or "ignore"`,
      span: threshold.keySpan
    });
  }
  if (effective === "ignore" && backend === "local") {
    const source = strategy ? ["conflict", "strategy"] : onDuplicate ? ["tikv-importer", "on-duplicate"] : ["tikv-importer", "duplicate-resolution"];
    const entry = doc.entry(source);
    if (entry) {
      problems.push({
        kind: "invalid",
        message: `\`${source.join(".")} = "ignore"\` is not supported by the local (physical) backend: ${REFUSES}; use "replace" or "error", or the tidb backend`,
        span: entry.valueSpan
      });
    }
  }
  const precheck = doc.entry(["conflict", "precheck-conflict-before-import"]);
  if (precheck?.value === true && backend === "tidb") {
    problems.push({
      kind: "invalid",
      message: `\`conflict.precheck-conflict-before-import = true\` cannot be used with \`backend = "tidb"\`: ${REFUSES}; it applies to physical import only`,
      span: precheck.keySpan
    });
  }
}
var DEPRECATIONS = [
  { path: ["tikv-importer", "incremental-import"], message: () => "`tikv-importer.incremental-import` is deprecated: use `parallel-import`" },
  { path: ["tikv-importer", "on-duplicate"], message: () => "`tikv-importer.on-duplicate` is deprecated: use `[conflict] strategy` (Lightning v7.3.0 and later; keep `on-duplicate` on older Lightning)" },
  {
    path: ["tikv-importer", "duplicate-resolution"],
    message: () => '`tikv-importer.duplicate-resolution` is deprecated since v8.0.0: use `[conflict] strategy` (Lightning v7.3.0 and later; `"remove"` corresponds to `"replace"`)'
  },
  {
    path: ["conflict", "max-record-rows"],
    message: () => "`conflict.max-record-rows` is deprecated: since v8.1.0 Lightning ignores it and uses `conflict.threshold`"
  },
  {
    path: ["post-restore", "checksum"],
    when: (v) => typeof v === "boolean",
    message: (v) => `\`post-restore.checksum = ${String(v)}\` is a deprecated boolean: write \`checksum = "${v ? "required" : "off"}"\``
  },
  {
    path: ["post-restore", "analyze"],
    when: (v) => typeof v === "boolean",
    message: (v) => `\`post-restore.analyze = ${String(v)}\` is a deprecated boolean: write \`analyze = "${v ? "required" : "off"}"\``
  },
  {
    path: ["tikv-importer", "send-kv-pairs"],
    message: () => "`tikv-importer.send-kv-pairs` is deprecated and has no effect since v7.2.0: use `send-kv-size`"
  },
  { path: ["mydumper", "no-schema"], message: () => "`mydumper.no-schema` is deprecated and kept only for compatibility: remove it" },
  { path: ["lightning", "pprof-port"], message: () => '`lightning.pprof-port` is deprecated: use `status-addr` (e.g. `status-addr = ":8289"`)' },
  { path: ["mydumper", "csv", "backslash-escape"], message: () => "`mydumper.csv.backslash-escape` is deprecated: use `escaped-by` (e.g. `escaped-by = '\\\\'`)" },
  {
    path: ["mydumper", "csv", "trim-last-separator"],
    message: () => "`mydumper.csv.trim-last-separator` is deprecated: use `terminator` (e.g. a terminator that ends with the separator)"
  },
  { path: ["lightning", "max-error-records"], message: () => "`lightning.max-error-records` is deprecated: use `conflict.threshold`" },
  { path: ["lightning", "max-error", "conflict"], message: () => "`lightning.max-error.conflict` is deprecated: use `conflict.threshold`" },
  {
    path: ["tikv-importer", "addr"],
    message: () => "`tikv-importer.addr` is deprecated: it served only the removed `importer` backend; remove it"
  }
];
function checkDeprecatedKeys(doc, problems) {
  for (const deprecation of DEPRECATIONS) {
    const entry = doc.entry(deprecation.path);
    if (!entry) continue;
    if (deprecation.when && !deprecation.when(entry.value)) continue;
    problems.push({ kind: "deprecated", message: deprecation.message(entry.value), span: entry.keySpan });
  }
}

// src/sql/validate-import-into.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);
var ERR_LOAD_DATA_EMPTY_PATH = 8156;
var ERR_UNSUPPORTED_FORMAT = 8157;
var ERR_INVALID_URI = 8158;
var ERR_UNKNOWN_OPTION = 8163;
var ERR_INVALID_OPTION_VALUE = 8164;
var ERR_DUPLICATE_OPTION = 8165;
var ERR_UNSUPPORTED_OPTION = 8166;
var PARSER_LEVEL = 0;
var CHARSETS = ["ascii", "binary", "gb18030", "gbk", "latin1", "utf8", "utf8mb4"];
var CLOUD_SORT_SCHEMES = /* @__PURE__ */ new Set(["s3", "ks3", "oss", "gs", "gcs", "azure", "azblob"]);
var DATA_SCHEMES = /* @__PURE__ */ new Set(["s3", "ks3", "oss", "gs", "gcs", "azure", "azblob"]);
var SERVER_DISK_SUFFIXES = [".csv", ".sql", ".parquet", ".gz", ".gzip", ".zstd", ".zst", ".snappy"];
var COMPRESSION_SUFFIXES = [".gz", ".gzip", ".zstd", ".zst", ".snappy"];
var ALLOWED_WITH_QUERY = /* @__PURE__ */ new Set(["thread", "disable_precheck"]);
var INT64_MAX = 9223372036854775807n;
var INT64_MIN = -9223372036854775808n;
var MUST_BE_STRING = "must be a quoted string";
function stringValue(option) {
  return option.value?.kind === "string" ? option.value.value : void 0;
}
var asString = (rule18) => (option) => {
  if (option.value?.kind === "other") return void 0;
  const value = stringValue(option);
  return value === void 0 ? MUST_BE_STRING : rule18(value);
};
var asInteger = (rule18, expected2) => (option) => {
  const value = option.value;
  if (value?.kind === "other") return void 0;
  if (value?.kind !== "number" || !/^[+-]?\d+$/.test(value.raw)) return `must be ${expected2}`;
  const parsed = BigInt(value.raw);
  if (parsed > INT64_MAX || parsed < INT64_MIN) return `must be ${expected2}`;
  return rule18(parsed);
};
var sizeRule = (minimum) => asString((value) => {
  const bytes = parseByteSize(value);
  const example = "like '100GiB' or '512MiB'";
  if (bytes === void 0) return `must be a size ${example}`;
  if (minimum === "positive" && bytes <= 0) return `must be a size greater than zero, ${example}`;
  return void 0;
});
var OPTIONS = /* @__PURE__ */ new Map([
  [
    "character_set",
    {
      hasValue: true,
      csvOnly: true,
      check: asString((v) => CHARSETS.includes(v.toLowerCase()) ? void 0 : `must be one of ${CHARSETS.join(", ")}`)
    }
  ],
  ["fields_terminated_by", { hasValue: true, csvOnly: true, check: asString((v) => v === "" ? "must not be empty" : void 0) }],
  ["fields_enclosed_by", { hasValue: true, csvOnly: true, check: asString((v) => utf8Length(v) > 1 ? "must be at most one byte" : void 0) }],
  ["fields_escaped_by", { hasValue: true, csvOnly: true, check: asString((v) => utf8Length(v) > 1 ? "must be at most one byte" : void 0) }],
  ["fields_defined_null_by", { hasValue: true, csvOnly: true, check: asString(() => void 0) }],
  ["lines_terminated_by", { hasValue: true, csvOnly: true, check: asString((v) => v === "" ? "must not be empty" : void 0) }],
  ["skip_rows", { hasValue: true, csvOnly: true, check: asInteger((v) => v < 0n ? "must not be negative" : void 0, "an integer >= 0") }],
  ["split_file", { hasValue: false, csvOnly: true }],
  ["disk_quota", { hasValue: true, csvOnly: false, check: sizeRule("positive") }],
  ["thread", { hasValue: true, csvOnly: false, check: asInteger((v) => v <= 0n ? "must be greater than zero" : void 0, "an integer > 0") }],
  ["max_write_speed", { hasValue: true, csvOnly: false, check: sizeRule("non-negative") }],
  [
    "checksum_table",
    {
      hasValue: true,
      csvOnly: false,
      check: asString(
        (v) => ["required", "optional", "off", "true", "false"].includes(v.toLowerCase()) ? void 0 : "must be 'required', 'optional' or 'off'"
      )
    }
  ],
  ["group_key", { hasValue: true, csvOnly: false, check: asString((v) => v === "" || v.length > 256 ? "must be a non-empty name of at most 256 characters" : void 0) }],
  ["record_errors", { hasValue: true, csvOnly: false, check: asInteger((v) => v < -1n ? "must be -1 (unlimited) or more" : void 0, "an integer >= -1") }],
  ["detached", { hasValue: false, csvOnly: false }],
  ["disable_tikv_import_mode", { hasValue: false, csvOnly: false }],
  ["cloud_storage_uri", { hasValue: true, csvOnly: false, check: asString(checkCloudStorageUri) }],
  ["disable_precheck", { hasValue: false, csvOnly: false }],
  ["__max_engine_size", { hasValue: true, csvOnly: false, check: sizeRule("non-negative") }],
  ["__force_merge_step", { hasValue: false, csvOnly: false }],
  ["__manual_recovery", { hasValue: false, csvOnly: false }]
]);
var KNOWN_IMPORT_OPTIONS = [...OPTIONS.keys()];
function closestOption(name) {
  const candidates = KNOWN_IMPORT_OPTIONS.filter((o) => !o.startsWith("__"));
  const best = (0, import_fastest_levenshtein2.closest)(name, candidates);
  return (0, import_fastest_levenshtein2.distance)(name, best) <= Math.max(1, Math.floor(name.length / 3)) ? best : void 0;
}
function validateImportInto(stmt) {
  const problems = [];
  const fromQuery = stmt.source?.kind === "select";
  if (fromQuery) {
    for (const column of stmt.columns ?? []) {
      if (column.isVariable) {
        problems.push({
          code: PARSER_LEVEL,
          message: `TiDB's parser rejects user variable @${column.name} in IMPORT INTO ... FROM SELECT: list table columns only, and compute values in the SELECT.`,
          span: column.span
        });
      }
    }
    if (stmt.setKeywordSpan !== void 0) {
      problems.push({
        code: PARSER_LEVEL,
        message: "TiDB's parser rejects a SET clause in IMPORT INTO ... FROM SELECT: compute the values in the SELECT instead.",
        span: stmt.setKeywordSpan
      });
    }
  }
  const format = stmt.format === void 0 ? void 0 : stmt.format.value.toLowerCase();
  if (stmt.format !== void 0 && format !== "csv" && format !== "sql" && format !== "parquet" && format !== "auto") {
    problems.push({
      code: ERR_UNSUPPORTED_FORMAT,
      message: `TiDB rejects FORMAT '${stmt.format.value}' (error 8157, ErrLoadDataUnsupportedFormat): use 'csv', 'sql' or 'parquet'.`,
      span: stmt.format.span
    });
  }
  if (stmt.source?.kind === "file") problems.push(...checkLocation(stmt.source.location.value, stmt.source.location.span));
  const effectiveFormat = format ?? (stmt.source?.kind === "file" ? formatFromSuffix(stmt.source.location.value) : void 0);
  const seen = /* @__PURE__ */ new Set();
  for (const option of stmt.options) {
    const spec = OPTIONS.get(option.name);
    const upper = option.name.toUpperCase();
    if (spec === void 0) {
      const removed = option.name === "analyze_table" ? " ANALYZE_TABLE existed only in 2023 development versions and was removed;" : "";
      const near = removed ? void 0 : closestOption(option.name);
      const fix = near ? ` did you mean ${near.toUpperCase()}?` : " remove it or fix its spelling.";
      problems.push({
        code: ERR_UNKNOWN_OPTION,
        message: `TiDB rejects unknown IMPORT INTO option ${upper} (error 8163, ErrUnknownOption):${removed}${fix}`,
        span: option.nameSpan
      });
      continue;
    }
    if (seen.has(option.name)) {
      problems.push({
        code: ERR_DUPLICATE_OPTION,
        message: `TiDB rejects option ${upper} given twice (error 8165, ErrDuplicateOption): keep one.`,
        span: option.nameSpan
      });
    }
    seen.add(option.name);
    if (spec.hasValue && option.value === void 0) {
      problems.push({
        code: ERR_INVALID_OPTION_VALUE,
        message: `TiDB rejects option ${upper} without a value (error 8164, ErrInvalidOptionVal): write ${upper}=<value>.`,
        span: option.nameSpan
      });
    } else if (!spec.hasValue && option.value !== void 0) {
      problems.push({
        code: ERR_INVALID_OPTION_VALUE,
        message: `TiDB rejects a value for flag option ${upper} (error 8164, ErrInvalidOptionVal): write just ${upper}.`,
        span: option.value.span
      });
    } else if (spec.check !== void 0 && option.value !== void 0) {
      const why = spec.check(option);
      if (why !== void 0) {
        problems.push({
          code: ERR_INVALID_OPTION_VALUE,
          message: `TiDB rejects ${upper}=${option.value.raw} (error 8164, ErrInvalidOptionVal): ${upper} ${why}.`,
          span: option.value.span
        });
      }
    }
    if (spec.csvOnly && effectiveFormat !== void 0 && effectiveFormat !== "csv" && effectiveFormat !== "auto" && !fromQuery) {
      const how = format === void 0 ? `the file name says ${effectiveFormat}` : `FORMAT is '${stmt.format?.value ?? ""}'`;
      problems.push({
        code: ERR_UNSUPPORTED_OPTION,
        message: `TiDB rejects CSV-only option ${upper} for a non-CSV source (error 8166, ErrLoadDataUnsupportedOption; ${how}): remove the option or import CSV.`,
        span: option.nameSpan
      });
    }
    if (fromQuery && !ALLOWED_WITH_QUERY.has(option.name)) {
      problems.push({
        code: ERR_UNSUPPORTED_OPTION,
        message: `TiDB rejects option ${upper} in IMPORT INTO ... FROM SELECT (error 8166, ErrLoadDataUnsupportedOption): only THREAD and DISABLE_PRECHECK apply; remove it.`,
        span: option.nameSpan
      });
    }
  }
  problems.push(...checkSplitFile(stmt.options));
  return problems;
}
function checkSplitFile(options) {
  const splitFile = options.find((o) => o.name === "split_file");
  if (splitFile === void 0) return [];
  const problems = [];
  const skipRows = options.find((o) => o.name === "skip_rows");
  if (skipRows?.value?.kind === "number" && /^[+-]?\d+$/.test(skipRows.value.raw) && BigInt(skipRows.value.raw) > 1n) {
    problems.push({
      code: ERR_INVALID_OPTION_VALUE,
      message: "TiDB rejects SKIP_ROWS greater than 1 together with SPLIT_FILE (error 8164, ErrInvalidOptionVal): use SKIP_ROWS=0 or 1, or drop SPLIT_FILE.",
      span: skipRows.value.span
    });
  }
  const terminator = options.find((o) => o.name === "lines_terminated_by");
  const terminatorValue = terminator === void 0 ? void 0 : stringValue(terminator);
  if (terminatorValue === void 0 || terminatorValue === "") {
    problems.push({
      code: ERR_INVALID_OPTION_VALUE,
      message: "TiDB rejects SPLIT_FILE without LINES_TERMINATED_BY (error 8164, ErrInvalidOptionVal): add LINES_TERMINATED_BY='\\n' (the files' line ending).",
      span: splitFile.nameSpan
    });
  }
  return problems;
}
function schemeOf(location) {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(location);
  return match === null ? "" : match[1].toLowerCase();
}
function checkLocation(location, span) {
  if (location === "") {
    return [{ code: ERR_LOAD_DATA_EMPTY_PATH, message: "TiDB rejects an empty file location (error 8156, ErrLoadDataEmptyPath): give an absolute server path or a cloud storage URI.", span }];
  }
  const scheme = schemeOf(location);
  const how = "use an absolute server path ('/data/file.csv') or a cloud storage URI (s3://, gs://, azure://)";
  if (scheme === "" || scheme === "local" || scheme === "file") {
    if (!location.startsWith("/")) {
      return [{ code: ERR_INVALID_URI, message: `TiDB rejects a relative or non-path file location (error 8158, ErrLoadDataInvalidURI): ${how}.`, span }];
    }
    const problems = [];
    const fileName = location.slice(location.lastIndexOf("/") + 1);
    const dot = fileName.lastIndexOf(".");
    const suffix = dot === -1 ? "" : fileName.slice(dot).toLowerCase();
    if (!SERVER_DISK_SUFFIXES.includes(suffix)) {
      problems.push({
        code: ERR_INVALID_URI,
        message: `TiDB refuses server-disk files without a data suffix (error 8158, ErrLoadDataInvalidURI): name the file *.csv, *.sql or *.parquet (optionally compressed: ${COMPRESSION_SUFFIXES.join(" ")}).`,
        span
      });
    }
    problems.push(...checkWildcardDirectory(location.slice(0, location.lastIndexOf("/")), span));
    return problems;
  }
  if (!DATA_SCHEMES.has(scheme)) {
    return [{ code: ERR_INVALID_URI, message: `TiDB cannot read IMPORT INTO data from a ${scheme}:// location (error 8158, ErrLoadDataInvalidURI): ${how}.`, span }];
  }
  const rest = location.slice(scheme.length + 3);
  const pathEnd = rest.indexOf("?");
  const path = pathEnd === -1 ? rest : rest.slice(0, pathEnd);
  const slash = path.lastIndexOf("/");
  return slash === -1 ? [] : checkWildcardDirectory(path.slice(0, slash), span);
}
function checkWildcardDirectory(directory, span) {
  if (!/[*?[]/.test(directory)) return [];
  return [
    {
      code: ERR_INVALID_URI,
      message: "TiDB allows wildcards (*, [...]) only in the file name, not in directories (error 8158, ErrLoadDataInvalidURI): list one directory per statement.",
      span
    }
  ];
}
function formatFromSuffix(location) {
  const queryAt = schemeOf(location) === "" ? -1 : location.indexOf("?");
  let name = (queryAt === -1 ? location : location.slice(0, queryAt)).toLowerCase();
  for (const suffix of COMPRESSION_SUFFIXES) {
    if (name.endsWith(suffix)) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  if (name.endsWith(".parquet")) return "parquet";
  if (name.endsWith(".sql")) return "sql";
  return void 0;
}
function checkCloudStorageUri(value) {
  if (value === "") return void 0;
  return CLOUD_SORT_SCHEMES.has(schemeOf(value)) ? void 0 : "must be an s3://, gs:// or azure:// URI (or empty for local sort)";
}
function parseByteSize(text) {
  let sep3 = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c >= "0" && c <= "9" || c === "." || c === " ") {
      sep3 = i;
      break;
    }
  }
  if (sep3 === -1) return void 0;
  const number = text[sep3] === " " ? text.slice(0, sep3) : text.slice(0, sep3 + 1);
  const suffix = text.slice(sep3 + 1).toLowerCase();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(number)) return void 0;
  const size = Number(number);
  if (!Number.isFinite(size) || size < 0) return void 0;
  if (suffix === "" || suffix === "b") return Math.trunc(size);
  const exponent = "kmgtp".indexOf(suffix[0]) + 1;
  if (exponent === 0 || suffix.length > 3) return void 0;
  if (suffix.length === 2 && suffix[1] !== "b") return void 0;
  if (suffix.length === 3 && suffix.slice(1) !== "ib") return void 0;
  return Math.trunc(size * 1024 ** exponent);
}
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// src/sql/set-functions.ts
import { createRequire } from "node:module";
var REJECTED_SET_FUNCTIONS = /* @__PURE__ */ new Set([
  "setvar",
  "current_user",
  "current_role",
  "connection_id",
  "tidb_is_ddl_owner",
  "sleep",
  "last_insert_id"
]);
var NILADIC = /* @__PURE__ */ new Set(["current_user", "current_role"]);
var parser;
function sqlParser() {
  if (!parser) {
    const { Parser } = typeof __require === "function" ? __require("./sql-parser.cjs") : createRequire(import.meta.url)("node-sql-parser/build/mysql.js");
    parser = new Parser();
  }
  return parser;
}
function functionNames(node, out) {
  if (Array.isArray(node)) {
    for (const n of node) functionNames(n, out);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node;
  if (record["type"] === "function") {
    const name = record["name"];
    const parts = typeof name === "string" ? [name] : (name?.name ?? []).map((p) => String(p.value ?? ""));
    const last = parts[parts.length - 1];
    if (last) out.add(last.toLowerCase());
  }
  for (const value of Object.values(record)) functionNames(value, out);
}
function callsByTokens(expression) {
  const tokens = tokenize(expression, 0, expression.length);
  const out = /* @__PURE__ */ new Set();
  tokens.forEach((t, i) => {
    if (t.kind !== "word") return;
    const name = t.value.toLowerCase();
    if (!REJECTED_SET_FUNCTIONS.has(name)) return;
    const next = tokens[i + 1];
    if (next?.kind === "op" && next.value === "(" || NILADIC.has(name)) out.add(name);
  });
  return out;
}
function rejectedSetFunctions(expression) {
  let called;
  try {
    called = /* @__PURE__ */ new Set();
    functionNames(sqlParser().astify(`SELECT ${expression}`, { database: "MySQL" }), called);
    for (const name of callsByTokens(expression)) if (NILADIC.has(name)) called.add(name);
  } catch {
    called = callsByTokens(expression);
  }
  const found = [];
  for (const t of tokenize(expression, 0, expression.length)) {
    const name = t.kind === "word" ? t.value.toLowerCase() : "";
    if (REJECTED_SET_FUNCTIONS.has(name) && called.has(name) && !found.some((f) => f.offset === t.start)) {
      found.push({ name, offset: t.start });
    }
  }
  return found;
}

// src/engine/document-rules.ts
function uriSecrets(value, literal, valueStart, where2) {
  return findUriCredentials(value).map((c) => ({
    span: valueStart === void 0 ? literal : { start: valueStart + c.start, end: valueStart + c.end },
    what: c.param === "password" ? "A password in the URI" : `The \`${c.param}\` parameter`,
    where: where2
  }));
}
function sqlStringStart(text, s2) {
  const inner = text.slice(s2.span.start + 1, s2.span.end - 1);
  return inner === s2.value ? s2.span.start + 1 : void 0;
}
function documentDiagnosticsForSql(doc, jobs, text) {
  const problems = jobs.imports.flatMap((stmt) => validateImportInto(stmt));
  for (const stmt of jobs.imports) {
    stmt.assignments.forEach((a, index) => {
      for (const f of rejectedSetFunctions(a.expressionText)) {
        const start = a.expressionSpan.start + f.offset;
        problems.push({
          code: 0,
          span: { start, end: start + f.name.length },
          message: `TiDB rejects this statement: "FUNCTION ${f.name} is not supported in IMPORT INTO column assignment, index ${index}". Compute the value without ${f.name.toUpperCase()}, or set the column after the import.`
        });
      }
    });
  }
  for (const { statement, beginSpan } of jobs.inTransaction) {
    const at = text.slice(beginSpan.start, beginSpan.end).toUpperCase();
    problems.push({
      code: 0,
      span: statement.importKeywordSpan,
      message: `IMPORT INTO cannot run inside an explicit transaction (TiDB: "cannot run IMPORT INTO in explicit transaction"): the transaction opened by \`${at}\` is still open here. COMMIT it before the import, or move the import out of the transaction.`
    });
  }
  const secrets = [];
  for (const stmt of jobs.imports) {
    if (stmt.source?.kind === "file") {
      const loc = stmt.source.location;
      secrets.push(...uriSecrets(loc.value, loc.span, sqlStringStart(text, loc), "the IMPORT INTO location"));
    }
    for (const o of stmt.options) {
      if (o.name === "cloud_storage_uri" && o.value?.kind === "string" && typeof o.value.value === "string") {
        const v = o.value;
        const start = text.slice(v.span.start + 1, v.span.end - 1) === v.value ? v.span.start + 1 : void 0;
        secrets.push(...uriSecrets(v.value, v.span, start, "`CLOUD_STORAGE_URI`"));
      }
    }
  }
  for (const stmt of doc.statements) {
    if (stmt.kind === "backup" && stmt.location) {
      secrets.push(...uriSecrets(stmt.location.value, stmt.location.span, sqlStringStart(text, stmt.location), "the BACKUP target"));
    }
  }
  return [...rule4.check({ problems }), ...rule9.check({ secrets })];
}
function tomlStringStart(text, v) {
  const inner = text.slice(v.span.start + 1, v.span.end - 1);
  return inner === v.value ? v.span.start + 1 : void 0;
}
function documentDiagnosticsForLightning(doc, config, text, filter) {
  const problems = validateLightningConfig(doc, config);
  if (config.filter) {
    const parsed = filter.parsed;
    if (!parsed.ok) {
      for (const e of parsed.errors.filter((x) => !(x.importLine === void 0 && filter.missingImports.length && x.message.startsWith("cannot open filter file")))) {
        const at = config.filter.rules[e.ruleIndex];
        if (at) problems.push({ kind: "invalid", span: at.span, message: `Invalid table filter rule in \`[mydumper] filter\`: ${e.message}. Lightning refuses to start with it.` });
      }
    }
  }
  const secrets = [];
  if (config.password && config.password.value !== "" && isSecretValue(config.password.value)) {
    secrets.push({ span: config.password.span, what: "The `[tidb] password`", where: "this Lightning config" });
  }
  if (config.dataSourceDir) {
    const d = config.dataSourceDir;
    secrets.push(...uriSecrets(d.value, d.span, tomlStringStart(text, d), "`[mydumper] data-source-dir`"));
  }
  return [
    ...rule5.check({ problems }),
    ...rule2.check({ problems }),
    ...rule9.check({ secrets })
  ];
}

// src/engine/read-file.ts
function languageOf(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".sql")) return "sql";
  if (lower.endsWith(".toml")) return "toml";
  return void 0;
}
var NO_DIRECTIVES = { suppressions: [], problems: [] };
function readFile(file, repo = EMPTY_REPO) {
  const language = languageOf(file.path);
  if (!language) return void 0;
  const decoded = decodeSource(file.bytes);
  if (!decoded.ok) {
    const at = { start: decoded.offset, end: decoded.offset };
    return keep(file.path, decoded.text, [], [], NO_DIRECTIVES, [...rule13.check({ language: "text", problems: [{ message: decoded.message, span: at }] })]);
  }
  const text = decoded.text;
  if (language === "sql") {
    const doc = parseSql(text);
    const found = sqlJobs(file.path, doc, text);
    const diagnostics = [
      ...rule13.check({ language: "SQL", problems: doc.errors }),
      ...documentDiagnosticsForSql(doc, found, text)
    ];
    const directives2 = readDirectives(doc.comments, doc.statements.map((s2) => s2.span), text.length, RULE_IDS);
    return keep(file.path, text, found.jobs, found.snapshots, directives2, diagnostics);
  }
  const parsed = parseToml(text);
  if (!parsed.ok) {
    const at = { start: parsed.offset, end: parsed.offset };
    return keep(file.path, text, [], [], NO_DIRECTIVES, [...rule13.check({ language: "TOML", problems: [{ message: parsed.message, span: at }] })]);
  }
  if (!isLightningConfig(parsed.doc)) return void 0;
  const config = readLightningConfig(parsed.doc);
  const filter = readLightningFilter(config, file.path, repo);
  const job = lightningJob(file.path, config, text, repo, filter);
  const targets = [...parsed.doc.entries.map((e) => ({ start: e.keySpan.start, end: e.valueSpan.end }))].sort((a, b) => a.start - b.start);
  const directives = readDirectives(parsed.doc.comments, targets, text.length, RULE_IDS);
  return keep(file.path, text, [job], [], directives, documentDiagnosticsForLightning(parsed.doc, config, text, filter));
}
function keep(path, text, jobs, snapshots, directives, diagnostics) {
  if (!jobs.length && !diagnostics.length && !directives.suppressions.length && !directives.problems.length && !directives.clusters) {
    return void 0;
  }
  return { path, text, lines: buildLineIndex(text), jobs, snapshots, directives, diagnostics };
}

// src/engine/check.ts
function createChecker(options) {
  const files = [];
  let scanned = 0;
  return {
    add(file) {
      scanned++;
      const state = readFile(file, options.repo);
      if (state) files.push(state);
    },
    finish() {
      return finish(options, files, scanned);
    }
  };
}
function finish(options, files, scanned) {
  const { policy, posture } = options;
  const pending = [];
  const jobClusters = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const d of file.diagnostics) pending.push({ at: "file", file, d });
    for (const d of rule7.check({ problems: file.directives.problems })) pending.push({ at: "file", file, d });
    if (!file.jobs.length) continue;
    const mapping = mapToClusters(policy, {
      path: file.path,
      ...file.directives.clusters ? { directiveClusters: file.directives.clusters.names } : {},
      hosts: file.jobs.flatMap((j) => j.hosts)
    });
    for (const u of mapping.unknown) {
      pending.push({
        at: "file",
        file,
        d: {
          rule: "unmapped-target",
          severity: "error",
          span: u.span,
          message: `The directive names cluster \`${u.name}\`, which the policy does not define (clusters: ${policy.clusters.map((c) => `\`${c.name}\``).join(", ")}).`,
          fingerprintKey: u.name
        }
      });
    }
    const clusters = mapping.clusters.map((c) => posture.clusters.get(c.name)).filter((c) => !!c);
    for (const job of file.jobs) jobClusters.set(job, clusters);
    if (!clusters.length && !mapping.unknown.length && policy.unmapped !== "off") {
      const first = file.jobs[0];
      const example = first.kind === "lightning" ? "# tidb-import-guard: cluster=<name>" : "-- tidb-import-guard: cluster=<name>";
      for (const d of rule14.check({ job: first, severity: policy.unmapped, directiveExample: example })) pending.push({ at: "file", file, d });
    }
  }
  const remedies = buildRemedies(files, jobClusters);
  for (const file of files) {
    for (const job of file.jobs) {
      for (const cluster of jobClusters.get(job) ?? []) {
        const analysis = analyzeJob(job, cluster, remedies);
        for (const rule18 of JOB_RULES) {
          for (const d of rule18.check({ job, cluster, analysis })) {
            pending.push({ at: "file", file, d: { ...d, fingerprintKey: `${jobIdentity(job)}|${d.fingerprintKey ?? ""}` } });
          }
        }
      }
    }
  }
  const weakenings = options.weakenings ?? [];
  rule10.check({ weakenings }).forEach((d, i) => pending.push({ at: "policy", location: weakenings[i].location, d }));
  const adjusted = pending.flatMap((p) => applySeverity(policy, p));
  const findings = suppress(options, files, adjusted);
  const extra = (options.extraFindings ?? []).flatMap((f) => {
    const severity = settledSeverity(policy, f.rule, f.severity);
    return severity === void 0 ? [] : [{ ...f, severity }];
  });
  const all = [...findings, ...extra];
  const sorted = sortFindings(all);
  const jobs = files.reduce((n, f) => n + f.jobs.length, 0);
  const report = {
    version: 1,
    tool: { name: "tidb-import-guard", version: TOOL_VERSION },
    policy: policy.file,
    findings: sorted,
    summary: summarize(sorted, scanned, jobs)
  };
  return { report, clusters: postureTable(posture, jobClusters, sorted) };
}
function buildRemedies(files, jobClusters) {
  const byFile = new Map(files.map((f) => [f.path, f]));
  const known = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const j of f.jobs) {
      if (j.written.kind !== "exact") continue;
      for (const n of j.written.names) if (n.schema) known.set(`${n.schema}.${n.table}`.toLowerCase(), n);
    }
  }
  const knownTables = [...known.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).slice(0, MAX_PREFERRED_EXAMPLES).map(([, n]) => n);
  return {
    knownTables,
    snapshotAfter(job) {
      const file = byFile.get(job.file);
      if (!file || job.statementIndex === void 0 || job.detached) return NO_TABLES;
      const later = file.snapshots.filter((s2) => s2.statementIndex > job.statementIndex).map((s2) => s2.covers);
      return later.length ? union(...later) : NO_TABLES;
    },
    downstreamImports(job, cluster) {
      const jobs = [];
      if (job.source === void 0) return { set: NO_TABLES, jobs };
      for (const [other, clusters] of jobClusters) {
        if (other !== job && other.source === job.source && clusters.some((c) => c.name === cluster)) jobs.push(other);
      }
      return { set: jobs.length ? union(...jobs.map((j) => j.written.set)) : NO_TABLES, jobs };
    }
  };
}
function minSeverity(a, b) {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}
function applySeverity(policy, p) {
  const severity = settledSeverity(policy, p.d.rule, p.d.severity);
  if (severity === void 0) return [];
  return [severity === p.d.severity ? p : { ...p, d: { ...p.d, severity } }];
}
function settledSeverity(policy, rule18, computed) {
  const setting = policy.rules[rule18];
  if (setting === void 0 || rule18 === "invalid-policy") return computed;
  if (setting === "off") return void 0;
  const meta = ruleMeta(rule18);
  return meta && computed === meta.defaultSeverity ? setting : minSeverity(setting, computed);
}
function spanText(file, span) {
  return file.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
}
function tablesAllowed(tables2, d) {
  if (tables2 === "any") return true;
  if (tables2 === "invalid") return false;
  if (d.tableSet) return findWitness(subtract(d.tableSet, filterSet(tables2))) === void 0;
  if (!d.tables?.length) return false;
  return d.tables.every((t) => {
    const dot = t.indexOf(".");
    return dot > 0 && matchTable(tables2, t.slice(0, dot), t.slice(dot + 1));
  });
}
function suppress(options, files, pending) {
  const { policy, today } = options;
  const out = [];
  const usedInline = /* @__PURE__ */ new Set();
  const expiredInline = /* @__PURE__ */ new Set();
  const usedWaivers = /* @__PURE__ */ new Set();
  const expiredWaivers = /* @__PURE__ */ new Set();
  const waiverMatchers = policy.waivers.map((w) => {
    const parsed = w.tables ? parseTableFilter(w.tables.map((t) => t.rule), { caseSensitive: false }) : void 0;
    const tables2 = parsed === void 0 ? "any" : parsed.ok ? parsed.filter : "invalid";
    return { waiver: w, matches: (0, import_picomatch2.default)(w.paths, { dot: true }), tables: tables2 };
  });
  const occurrences = /* @__PURE__ */ new Map();
  const place = (p, suppression) => {
    let file;
    let pos;
    let content;
    if (p.at === "file") {
      file = p.file.path;
      const s2 = p.file.lines.position(p.d.span.start);
      const e = p.file.lines.position(p.d.span.end);
      pos = { line: s2.line, column: s2.column, endLine: e.line, endColumn: e.column };
      content = p.d.secretSpan ? "" : spanText(p.file, p.d.span);
    } else {
      file = p.location.file;
      pos = { line: p.location.line, column: p.location.column, endLine: p.location.endLine, endColumn: p.location.endColumn };
      content = "";
    }
    const base = fingerprint([p.d.rule, file, p.d.cluster ?? "", content, p.d.fingerprintKey ?? ""]);
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    const fix = p.d.fix ? { title: p.d.fix.title, replacement: p.d.fix.replacement } : void 0;
    return {
      rule: p.d.rule,
      severity: p.d.severity,
      file,
      ...pos,
      message: p.d.message,
      ...p.d.cluster ? { cluster: p.d.cluster } : {},
      ...p.d.tables?.length ? { tables: p.d.tables } : {},
      suppressed: suppression !== void 0,
      ...suppression ? { suppression } : {},
      fingerprint: seen ? fingerprint([base, String(seen)]) : base,
      ...fix ? { fix } : {}
    };
  };
  const decided = [];
  for (const p of pending) {
    let suppression;
    if (p.at === "file") {
      for (const s2 of p.file.directives.suppressions) {
        if (!s2.rules.includes(p.d.rule) || p.d.span.start < s2.covers.start || p.d.span.start > s2.covers.end) continue;
        usedInline.add(s2);
        if (s2.until !== void 0 && s2.until < today) expiredInline.add(s2);
        else suppression = { kind: "inline", reason: s2.reason };
        break;
      }
      if (!suppression) {
        for (const { waiver, matches, tables: tables2 } of waiverMatchers) {
          if (waiver.rule !== p.d.rule || !matches(p.file.path) || !tablesAllowed(tables2, p.d)) continue;
          usedWaivers.add(waiver);
          if (waiver.expires !== void 0 && waiver.expires < today) expiredWaivers.add(waiver);
          else suppression = { kind: "waiver", reason: waiver.reason };
          break;
        }
      }
    }
    decided.push({ p, suppression });
  }
  for (const { p, suppression } of settleDependents(decided)) out.push(place(p, suppression));
  const governance = [];
  for (const file of files) {
    for (const s2 of file.directives.suppressions) {
      if (expiredInline.has(s2)) {
        for (const d of rule3.check({ kind: "inline", rules: s2.rules, until: s2.until, span: s2.span })) governance.push({ at: "file", file, d });
      } else if (!usedInline.has(s2)) {
        for (const d of rule17.check({ kind: "inline", rules: s2.rules, span: s2.span })) governance.push({ at: "file", file, d });
      }
    }
  }
  for (const waiver of policy.waivers) {
    const zero = { start: 0, end: 0 };
    if (expiredWaivers.has(waiver)) {
      for (const d of rule3.check({ kind: "waiver", rules: [waiver.rule], until: waiver.expires, span: zero })) {
        governance.push({ at: "policy", location: waiver.location, d });
      }
    } else if (!usedWaivers.has(waiver) && options.fullScope) {
      const check2 = waiver.expires !== void 0 && waiver.expires < today ? rule3.check({ kind: "waiver", rules: [waiver.rule], until: waiver.expires, span: zero }) : rule17.check({ kind: "waiver", rules: [waiver.rule], span: zero });
      for (const d of check2) governance.push({ at: "policy", location: waiver.location, d });
    }
  }
  for (const g of governance.flatMap((p) => applySeverity(policy, p))) out.push(place(g));
  return out;
}
function settleDependents(decided) {
  return decided.map((entry) => {
    const { p, suppression } = entry;
    const when = p.d.whenExcepted;
    if (p.at !== "file" || !when || suppression || p.d.job === void 0) return entry;
    const related = decided.filter(
      (x) => x.p.at === "file" && x.p.file === p.file && when.rules.includes(x.p.d.rule) && x.p.d.job === p.d.job && x.p.d.cluster === p.d.cluster
    );
    if (!related.length || related.some((x) => !x.suppression)) return entry;
    const reasons = [...new Set(related.map((x) => `${x.suppression.kind === "waiver" ? "policy waiver" : "inline suppression"} of ${x.p.d.rule}: "${x.suppression.reason}"`))];
    const message = `${when.message} (${reasons.join("; ")}).`;
    return { p: { ...p, d: { ...p.d, severity: when.severity, message } }, suppression };
  });
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.cluster ?? "").localeCompare(b.cluster ?? "") || a.message.localeCompare(b.message)
  );
}
function summarize(findings, files, jobs) {
  const count = (s2) => findings.filter((f) => !f.suppressed && f.severity === s2).length;
  return {
    files,
    jobs,
    errors: count("error"),
    warnings: count("warning"),
    notices: count("notice"),
    suppressed: findings.filter((f) => f.suppressed).length
  };
}
function postureTable(posture, jobClusters, findings) {
  return [...posture.clusters.values()].map((c) => {
    let jobs = 0;
    for (const clusters of jobClusters.values()) if (clusters.includes(c)) jobs++;
    const mine = findings.filter((f) => f.cluster === c.name && !f.suppressed);
    return {
      cluster: c.name,
      ...c.cluster.description ? { description: c.cluster.description } : {},
      tidbVersion: c.cluster.tidbVersion,
      logBackup: { enabled: !!c.logBackup, ...c.logBackup?.task ? { task: c.logBackup.task } : {} },
      changefeeds: c.changefeeds.map((f) => ({ id: f.id, downstream: f.downstreamCluster ?? f.downstreamKind ?? "unspecified" })),
      jobs,
      findings: {
        error: mine.filter((f) => f.severity === "error").length,
        warning: mine.filter((f) => f.severity === "warning").length,
        notice: mine.filter((f) => f.severity === "notice").length
      }
    };
  });
}

// src/policy/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1);
function parsePolicyYaml(file, text) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false });
  const lines = buildLineIndex(text);
  const tree = { file, text, lines, doc };
  const problems = doc.errors.map((e) => problemAt(tree, { start: e.pos[0], end: e.pos[1] }, `YAML syntax error: ${yamlMessage(e.message)}`));
  return { tree, problems };
}
function yamlMessage(message) {
  const firstLine3 = message.split("\n", 1)[0] ?? message;
  return firstLine3.replace(/ at line \d+, column \d+:?$/, "").trim();
}
function locationOf(tree, span) {
  const start = tree.lines.position(span.start);
  const end = tree.lines.position(Math.max(span.end, span.start));
  return { file: tree.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function problemAt(tree, span, message) {
  return { ...locationOf(tree, span), message };
}
function spanOfNode(node) {
  const range = node?.range;
  if (!range) return void 0;
  return { start: range[0], end: range[1] };
}
function keyText(node) {
  if ((0, import_yaml.isScalar)(node)) return node.value === null ? "" : String(node.value);
  return void 0;
}
function deref(tree, node) {
  return (0, import_yaml.isAlias)(node) ? node.resolve(tree.doc) : node;
}
function nodeAt(tree, path) {
  let current = { value: tree.doc.contents ?? void 0 };
  for (const segment of path) {
    const container = deref(tree, current.value);
    if ((0, import_yaml.isMap)(container)) {
      const pair = container.items.find((p) => (0, import_yaml.isPair)(p) && keyText(p.key) === String(segment));
      if (!pair) return void 0;
      current = { key: pair.key, value: pair.value ?? void 0 };
    } else if ((0, import_yaml.isSeq)(container) && typeof segment === "number") {
      const item = container.items[segment];
      if (item === void 0) return void 0;
      current = { value: item };
    } else return void 0;
  }
  return current;
}
function keyNodeAt(tree, mapPath, key) {
  const map = deref(tree, nodeAt(tree, mapPath)?.value);
  if (!(0, import_yaml.isMap)(map)) return void 0;
  const pair = map.items.find((p) => (0, import_yaml.isPair)(p) && keyText(p.key) === key);
  return pair?.key ?? void 0;
}
function anchorSpan(tree, path) {
  const found = nodeAt(tree, path);
  if (found) {
    const value = found.value;
    const valueSpan = spanOfNode(value);
    if (value && ((0, import_yaml.isScalar)(value) || (0, import_yaml.isAlias)(value)) && valueSpan && valueSpan.end > valueSpan.start) return valueSpan;
    const keySpan = spanOfNode(found.key);
    if (keySpan) return keySpan;
    if ((0, import_yaml.isMap)(value)) {
      const first = value.items[0];
      const firstKey = spanOfNode((0, import_yaml.isPair)(first) ? first.key : void 0);
      if (firstKey) return firstKey;
    }
    if (valueSpan) return firstLineOf(tree, valueSpan);
  }
  if (path.length > 0) return anchorSpan(tree, path.slice(0, -1));
  return firstLineOf(tree, { start: 0, end: tree.text.length });
}
function firstLineOf(tree, span) {
  const { line } = tree.lines.position(span.start);
  const lineEnd2 = tree.lines.lineStart(line) + tree.lines.lineText(line).length;
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, lineEnd2)) };
}
function valueLocation(tree, path) {
  const span = spanOfNode(nodeAt(tree, path)?.value);
  return locationOf(tree, span && span.end > span.start ? span : anchorSpan(tree, path));
}
function anchorLocation(tree, path) {
  return locationOf(tree, anchorSpan(tree, path));
}
function keyLocation(tree, mapPath, key) {
  const span = spanOfNode(keyNodeAt(tree, mapPath, key));
  return locationOf(tree, span ?? anchorSpan(tree, mapPath));
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

// src/policy/load.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/policy/schema.ts
var import_fastest_levenshtein3 = __toESM(require_mod(), 1);

// policies/policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "tidb-import-guard policy",
  description: "Which TiDB clusters the repository imports into, their log backup (PITR) and TiCDC posture, which repository files target which cluster, exemptions and reviewed waivers. Owned by the platform/DBA team. The linter validates this file against this schema at run time: unknown keys are errors.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  if: { not: { required: ["extends"] } },
  then: { required: ["clusters"] },
  properties: {
    version: {
      description: "Policy format version. Always 1.",
      const: 1,
      "x-expected": "the number 1"
    },
    extends: {
      description: "Local policy files merged before this one, in order, this file last. Paths are relative to this file and must stay inside the repository. Clusters are replaced whole by name, `rules` merged key by key, `waivers` concatenated, `scan` and `unmapped` taken from the last file that sets them.",
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        "x-expected": 'a relative path to a local policy file, such as "./clusters-shared.yml"'
      },
      "x-expected": "a list of relative paths to local policy files"
    },
    scan: {
      description: "Which repository files are linted.",
      type: "object",
      additionalProperties: false,
      "x-expected": "a mapping with `include`, `exclude` and/or `max_file_bytes`",
      properties: {
        include: {
          description: "Globs (repository-relative, `/`) of the files to lint.",
          type: "array",
          minItems: 1,
          items: { type: "string", minLength: 1, "x-expected": 'a glob such as "**/*.sql"' },
          default: ["**/*.sql", "**/*.toml"],
          "x-expected": 'a list of globs such as ["**/*.sql", "**/*.toml"]'
        },
        exclude: {
          description: "Globs of files never linted, even when `include` matches.",
          type: "array",
          items: { type: "string", minLength: 1, "x-expected": 'a glob such as "**/vendor/**"' },
          default: ["**/node_modules/**", "**/vendor/**"],
          "x-expected": 'a list of globs such as ["**/vendor/**"]'
        },
        max_file_bytes: {
          description: "Files larger than this are skipped with a notice (data dumps). A whole number of bytes, or a size such as 10MiB (B, KB/MB/GB = powers of 1000, KiB/MiB/GiB = powers of 1024).",
          type: ["integer", "string"],
          minimum: 1,
          pattern: "^[0-9]+ ?(B|[kK]B|MB|GB|KiB|MiB|GiB)?$",
          default: "10MiB",
          "x-expected": "a number of bytes or a size such as 10MiB (units B, KB, MB, GB, KiB, MiB, GiB)"
        }
      }
    },
    unmapped: {
      description: "Severity of `unmapped-target`: a file holding an import that maps to no cluster.",
      enum: ["error", "warning", "notice", "off"],
      default: "error",
      "x-expected": "one of error, warning, notice, off"
    },
    clusters: {
      description: "The TiDB clusters this repository imports into, by name (the name used in `cluster=` directives).",
      type: "object",
      minProperties: 1,
      propertyNames: {
        pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        "x-expected": "a cluster name (letters, digits, `_`, `.`, `-`; starting with a letter or digit)"
      },
      additionalProperties: { $ref: "#/$defs/cluster" },
      "x-expected": "a mapping of cluster names to cluster definitions, with at least one cluster"
    },
    rules: {
      description: "Severity overrides by rule id. `invalid-policy` cannot be turned off.",
      type: "object",
      propertyNames: { $ref: "#/$defs/ruleId" },
      properties: {
        "invalid-policy": {
          description: "A policy that does not validate always stops the check (exit code 2); it cannot be turned off.",
          enum: ["error", "warning", "notice"],
          "x-expected": "one of error, warning, notice (invalid-policy cannot be off)"
        }
      },
      additionalProperties: { $ref: "#/$defs/severity" },
      "x-expected": "a mapping of rule ids to error, warning, notice or off"
    },
    waivers: {
      description: "Reviewed exceptions for specific findings. A waiver that suppresses nothing is reported as `unused-suppression`; after `expires` it is reported as `expired-waiver`.",
      type: "array",
      items: { $ref: "#/$defs/waiver" },
      "x-expected": "a list of waivers"
    }
  },
  $defs: {
    severity: {
      enum: ["error", "warning", "notice", "off"],
      "x-expected": "one of error, warning, notice, off"
    },
    ruleId: {
      description: "A rule id from the rule catalog.",
      enum: [
        "changefeed-gap",
        "deprecated-lightning-key",
        "expired-waiver",
        "invalid-import-into",
        "invalid-lightning-config",
        "invalid-policy",
        "invalid-suppression",
        "log-backup-gap",
        "plaintext-secret",
        "policy-weakened",
        "precheck-blocks-import",
        "precheck-override",
        "syntax-error",
        "unmapped-target",
        "unnecessary-override",
        "unsupported-on-version",
        "unused-suppression"
      ],
      "x-expected": "a rule id of the rule catalog"
    },
    version: {
      type: "string",
      pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$",
      "x-expected": 'a TiDB version string such as "8.5.1" (quote it so YAML keeps it a string)'
    },
    tableFilterList: {
      type: "array",
      minItems: 1,
      items: {
        type: "string",
        minLength: 1,
        "x-expected": 'a table-filter rule such as "app.*" or "!app.tmp_*"'
      },
      "x-expected": 'a non-empty list of table-filter rules such as ["app.*", "!app.tmp_*"]'
    },
    globList: {
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1, "x-expected": "a glob" },
      "x-expected": "a non-empty list of globs"
    },
    cluster: {
      description: "One TiDB cluster: its version, how repository files map to it, and its backup and CDC posture.",
      type: "object",
      additionalProperties: false,
      required: ["tidb_version", "match", "log_backup"],
      "x-expected": "a mapping with `tidb_version`, `match` and `log_backup`",
      properties: {
        description: {
          description: "Free text shown in summaries.",
          type: "string",
          "x-expected": "a string"
        },
        tidb_version: {
          $ref: "#/$defs/version",
          description: 'TiDB version of the cluster, such as "8.5.1". Decides version-gated behaviour (IMPORT INTO options, changefeed case sensitivity, ...).'
        },
        lightning_version: {
          $ref: "#/$defs/version",
          description: "Version of the TiDB Lightning binary used against this cluster; defaults to `tidb_version`. Below v6.5.0 Lightning has no CDC/PITR precheck."
        },
        match: {
          description: "How import jobs are mapped to this cluster when the file has no `tidb-import-guard: cluster=` directive. At least one of `paths` or `hosts`.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          "x-expected": "a mapping with `paths` and/or `hosts`",
          properties: {
            paths: {
              $ref: "#/$defs/globList",
              description: 'Globs (repository-relative, `/`) of the files that import into this cluster, such as "deploy/prod/**".'
            },
            hosts: {
              $ref: "#/$defs/globList",
              description: 'Globs matched (case-insensitively) against a Lightning config\'s `[tidb] host` and the hosts of `[tidb] pd-addr`, without ports, such as "tidb.prod.internal" or "10.0.1.*".'
            }
          }
        },
        log_backup: {
          description: "Log backup (PITR) on this cluster. When enabled, physical imports bypass it.",
          type: "object",
          additionalProperties: false,
          required: ["enabled"],
          "x-expected": "a mapping with `enabled` (true or false) and an optional `task`",
          properties: {
            enabled: {
              description: "Whether a log backup task runs on this cluster.",
              type: "boolean",
              "x-expected": "true or false"
            },
            task: {
              description: "Name of the log backup task (`br log start --task-name`), named in messages.",
              type: "string",
              minLength: 1,
              "x-expected": "the log backup task name"
            }
          }
        },
        changefeeds: {
          description: "TiCDC changefeeds replicating from this cluster. Physical imports are not replicated.",
          type: "array",
          items: { $ref: "#/$defs/changefeed" },
          "x-expected": "a list of changefeeds"
        },
        exemptions: {
          description: "The owners' statement that some tables need no log backup and/or replication.",
          type: "array",
          items: { $ref: "#/$defs/exemption" },
          "x-expected": "a list of exemptions"
        }
      }
    },
    changefeed: {
      description: "One TiCDC changefeed. Give its table-filter `rules` here, or point `config` at the changefeed's TOML config in the repository; with neither, it replicates every table ('*.*').",
      type: "object",
      additionalProperties: false,
      required: ["id"],
      "x-expected": "a mapping with `id` and `rules` or `config`",
      dependentSchemas: {
        config: {
          "x-conflict": "`config` cannot be combined with `rules`, `case_sensitive` or `force_replicate`: they are read from the changefeed config file",
          not: {
            anyOf: [{ required: ["rules"] }, { required: ["case_sensitive"] }, { required: ["force_replicate"] }]
          }
        }
      },
      properties: {
        id: {
          description: "The changefeed id (`cdc cli changefeed create --changefeed-id`).",
          type: "string",
          pattern: "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$",
          "x-expected": "a changefeed id (letters and digits, separated by single `-`)"
        },
        rules: {
          $ref: "#/$defs/tableFilterList",
          description: "The changefeed's `[filter] rules` (table-filter syntax). Default ['*.*']."
        },
        config: {
          description: "Repository-relative path of the changefeed's TOML config; its `[filter] rules`, `case-sensitive`, `force-replicate` and event filters are read from it.",
          type: "string",
          minLength: 1,
          "x-expected": "a repository-relative path to a changefeed TOML config"
        },
        case_sensitive: {
          description: "The changefeed's `case-sensitive`. When absent, TiCDC's default for the cluster's version (false since v6.5.6, v7.1.3 and v7.5.0; true before).",
          type: "boolean",
          "x-expected": "true or false"
        },
        force_replicate: {
          description: "The changefeed's `force-replicate`: when false, tables without a valid index are not replicated.",
          type: "boolean",
          default: false,
          "x-expected": "true or false"
        },
        downstream: {
          description: "Where the changefeed writes: `cluster` (a TiDB cluster of this policy, which can receive its own import) or `kind` (a sink outside the policy; only an exemption or waiver clears a gap).",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          maxProperties: 1,
          "x-expected": "a mapping with either `cluster` (a cluster of this policy) or `kind` (such as kafka)",
          properties: {
            cluster: {
              description: "Name of a cluster defined in this policy.",
              type: "string",
              minLength: 1,
              "x-expected": "the name of a cluster of this policy"
            },
            kind: {
              description: "Kind of a sink outside this policy.",
              enum: ["tidb", "mysql", "kafka", "pulsar", "storage", "other"],
              "x-expected": "one of tidb, mysql, kafka, pulsar, storage, other"
            }
          }
        }
      }
    },
    exemption: {
      description: "Tables the owners declare need no log backup and/or replication.",
      type: "object",
      additionalProperties: false,
      required: ["tables", "skip", "reason"],
      "x-expected": "a mapping with `tables`, `skip` and `reason`",
      properties: {
        tables: {
          $ref: "#/$defs/tableFilterList",
          description: 'Table-filter rules of the exempt tables, such as ["scratch.*", "app.tmp_*"].'
        },
        skip: {
          description: "What the tables are exempt from: `log_backup`, `changefeeds` (all of this cluster's), or a changefeed id.",
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1,
            examples: ["log_backup", "changefeeds"],
            "x-expected": "log_backup, changefeeds or a changefeed id of this cluster"
          },
          "x-expected": "a non-empty list of log_backup, changefeeds or changefeed ids"
        },
        reason: {
          description: "Why these tables need no protection (required; shown to reviewers).",
          type: "string",
          pattern: "\\S",
          "x-expected": "a non-empty reason"
        }
      }
    },
    waiver: {
      description: "A reviewed exception: findings of `rule` in files matching `paths` (and, optionally, about `tables`) are reported as suppressed.",
      type: "object",
      additionalProperties: false,
      required: ["rule", "paths", "reason"],
      "x-expected": "a mapping with `rule`, `paths` and `reason`",
      properties: {
        rule: {
          description: "The rule id whose findings are waived.",
          $ref: "#/$defs/ruleId"
        },
        paths: {
          $ref: "#/$defs/globList",
          description: "Globs of the files whose findings are waived."
        },
        tables: {
          $ref: "#/$defs/tableFilterList",
          description: "Optional table-filter rules narrowing the waiver to findings about these tables."
        },
        reason: {
          description: "Why the finding is acceptable, with a change or ticket reference (required).",
          type: "string",
          pattern: "\\S",
          "x-expected": "a non-empty reason"
        },
        expires: {
          description: "Last day (YYYY-MM-DD, UTC) the waiver applies; after it the finding is reported again as `expired-waiver`.",
          type: "string",
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          "x-expected": "a date written YYYY-MM-DD"
        }
      }
    }
  }
};

// src/policy/validator.ts
var validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "tidb-import-guard policy", "description": "Which TiDB clusters the repository imports into, their log backup (PITR) and TiCDC posture, which repository files target which cluster, exemptions and reviewed waivers. Owned by the platform/DBA team. The linter validates this file against this schema at run time: unknown keys are errors.", "type": "object", "additionalProperties": false, "required": ["version"], "if": { "not": { "required": ["extends"] } }, "then": { "required": ["clusters"] }, "properties": { "version": { "description": "Policy format version. Always 1.", "const": 1, "x-expected": "the number 1" }, "extends": { "description": "Local policy files merged before this one, in order, this file last. Paths are relative to this file and must stay inside the repository. Clusters are replaced whole by name, `rules` merged key by key, `waivers` concatenated, `scan` and `unmapped` taken from the last file that sets them.", "type": "array", "items": { "type": "string", "minLength": 1, "x-expected": 'a relative path to a local policy file, such as "./clusters-shared.yml"' }, "x-expected": "a list of relative paths to local policy files" }, "scan": { "description": "Which repository files are linted.", "type": "object", "additionalProperties": false, "x-expected": "a mapping with `include`, `exclude` and/or `max_file_bytes`", "properties": { "include": { "description": "Globs (repository-relative, `/`) of the files to lint.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": 'a glob such as "**/*.sql"' }, "default": ["**/*.sql", "**/*.toml"], "x-expected": 'a list of globs such as ["**/*.sql", "**/*.toml"]' }, "exclude": { "description": "Globs of files never linted, even when `include` matches.", "type": "array", "items": { "type": "string", "minLength": 1, "x-expected": 'a glob such as "**/vendor/**"' }, "default": ["**/node_modules/**", "**/vendor/**"], "x-expected": 'a list of globs such as ["**/vendor/**"]' }, "max_file_bytes": { "description": "Files larger than this are skipped with a notice (data dumps). A whole number of bytes, or a size such as 10MiB (B, KB/MB/GB = powers of 1000, KiB/MiB/GiB = powers of 1024).", "type": ["integer", "string"], "minimum": 1, "pattern": "^[0-9]+ ?(B|[kK]B|MB|GB|KiB|MiB|GiB)?$", "default": "10MiB", "x-expected": "a number of bytes or a size such as 10MiB (units B, KB, MB, GB, KiB, MiB, GiB)" } } }, "unmapped": { "description": "Severity of `unmapped-target`: a file holding an import that maps to no cluster.", "enum": ["error", "warning", "notice", "off"], "default": "error", "x-expected": "one of error, warning, notice, off" }, "clusters": { "description": "The TiDB clusters this repository imports into, by name (the name used in `cluster=` directives).", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "x-expected": "a cluster name (letters, digits, `_`, `.`, `-`; starting with a letter or digit)" }, "additionalProperties": { "$ref": "#/$defs/cluster" }, "x-expected": "a mapping of cluster names to cluster definitions, with at least one cluster" }, "rules": { "description": "Severity overrides by rule id. `invalid-policy` cannot be turned off.", "type": "object", "propertyNames": { "$ref": "#/$defs/ruleId" }, "properties": { "invalid-policy": { "description": "A policy that does not validate always stops the check (exit code 2); it cannot be turned off.", "enum": ["error", "warning", "notice"], "x-expected": "one of error, warning, notice (invalid-policy cannot be off)" } }, "additionalProperties": { "$ref": "#/$defs/severity" }, "x-expected": "a mapping of rule ids to error, warning, notice or off" }, "waivers": { "description": "Reviewed exceptions for specific findings. A waiver that suppresses nothing is reported as `unused-suppression`; after `expires` it is reported as `expired-waiver`.", "type": "array", "items": { "$ref": "#/$defs/waiver" }, "x-expected": "a list of waivers" } }, "$defs": { "severity": { "enum": ["error", "warning", "notice", "off"], "x-expected": "one of error, warning, notice, off" }, "ruleId": { "description": "A rule id from the rule catalog.", "enum": ["changefeed-gap", "deprecated-lightning-key", "expired-waiver", "invalid-import-into", "invalid-lightning-config", "invalid-policy", "invalid-suppression", "log-backup-gap", "plaintext-secret", "policy-weakened", "precheck-blocks-import", "precheck-override", "syntax-error", "unmapped-target", "unnecessary-override", "unsupported-on-version", "unused-suppression"], "x-expected": "a rule id of the rule catalog" }, "version": { "type": "string", "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$", "x-expected": 'a TiDB version string such as "8.5.1" (quote it so YAML keeps it a string)' }, "tableFilterList": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": 'a table-filter rule such as "app.*" or "!app.tmp_*"' }, "x-expected": 'a non-empty list of table-filter rules such as ["app.*", "!app.tmp_*"]' }, "globList": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a glob" }, "x-expected": "a non-empty list of globs" }, "cluster": { "description": "One TiDB cluster: its version, how repository files map to it, and its backup and CDC posture.", "type": "object", "additionalProperties": false, "required": ["tidb_version", "match", "log_backup"], "x-expected": "a mapping with `tidb_version`, `match` and `log_backup`", "properties": { "description": { "description": "Free text shown in summaries.", "type": "string", "x-expected": "a string" }, "tidb_version": { "$ref": "#/$defs/version", "description": 'TiDB version of the cluster, such as "8.5.1". Decides version-gated behaviour (IMPORT INTO options, changefeed case sensitivity, ...).' }, "lightning_version": { "$ref": "#/$defs/version", "description": "Version of the TiDB Lightning binary used against this cluster; defaults to `tidb_version`. Below v6.5.0 Lightning has no CDC/PITR precheck." }, "match": { "description": "How import jobs are mapped to this cluster when the file has no `tidb-import-guard: cluster=` directive. At least one of `paths` or `hosts`.", "type": "object", "additionalProperties": false, "minProperties": 1, "x-expected": "a mapping with `paths` and/or `hosts`", "properties": { "paths": { "$ref": "#/$defs/globList", "description": 'Globs (repository-relative, `/`) of the files that import into this cluster, such as "deploy/prod/**".' }, "hosts": { "$ref": "#/$defs/globList", "description": 'Globs matched (case-insensitively) against a Lightning config\'s `[tidb] host` and the hosts of `[tidb] pd-addr`, without ports, such as "tidb.prod.internal" or "10.0.1.*".' } } }, "log_backup": { "description": "Log backup (PITR) on this cluster. When enabled, physical imports bypass it.", "type": "object", "additionalProperties": false, "required": ["enabled"], "x-expected": "a mapping with `enabled` (true or false) and an optional `task`", "properties": { "enabled": { "description": "Whether a log backup task runs on this cluster.", "type": "boolean", "x-expected": "true or false" }, "task": { "description": "Name of the log backup task (`br log start --task-name`), named in messages.", "type": "string", "minLength": 1, "x-expected": "the log backup task name" } } }, "changefeeds": { "description": "TiCDC changefeeds replicating from this cluster. Physical imports are not replicated.", "type": "array", "items": { "$ref": "#/$defs/changefeed" }, "x-expected": "a list of changefeeds" }, "exemptions": { "description": "The owners' statement that some tables need no log backup and/or replication.", "type": "array", "items": { "$ref": "#/$defs/exemption" }, "x-expected": "a list of exemptions" } } }, "changefeed": { "description": "One TiCDC changefeed. Give its table-filter `rules` here, or point `config` at the changefeed's TOML config in the repository; with neither, it replicates every table ('*.*').", "type": "object", "additionalProperties": false, "required": ["id"], "x-expected": "a mapping with `id` and `rules` or `config`", "dependentSchemas": { "config": { "x-conflict": "`config` cannot be combined with `rules`, `case_sensitive` or `force_replicate`: they are read from the changefeed config file", "not": { "anyOf": [{ "required": ["rules"] }, { "required": ["case_sensitive"] }, { "required": ["force_replicate"] }] } } }, "properties": { "id": { "description": "The changefeed id (`cdc cli changefeed create --changefeed-id`).", "type": "string", "pattern": "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", "x-expected": "a changefeed id (letters and digits, separated by single `-`)" }, "rules": { "$ref": "#/$defs/tableFilterList", "description": "The changefeed's `[filter] rules` (table-filter syntax). Default ['*.*']." }, "config": { "description": "Repository-relative path of the changefeed's TOML config; its `[filter] rules`, `case-sensitive`, `force-replicate` and event filters are read from it.", "type": "string", "minLength": 1, "x-expected": "a repository-relative path to a changefeed TOML config" }, "case_sensitive": { "description": "The changefeed's `case-sensitive`. When absent, TiCDC's default for the cluster's version (false since v6.5.6, v7.1.3 and v7.5.0; true before).", "type": "boolean", "x-expected": "true or false" }, "force_replicate": { "description": "The changefeed's `force-replicate`: when false, tables without a valid index are not replicated.", "type": "boolean", "default": false, "x-expected": "true or false" }, "downstream": { "description": "Where the changefeed writes: `cluster` (a TiDB cluster of this policy, which can receive its own import) or `kind` (a sink outside the policy; only an exemption or waiver clears a gap).", "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "x-expected": "a mapping with either `cluster` (a cluster of this policy) or `kind` (such as kafka)", "properties": { "cluster": { "description": "Name of a cluster defined in this policy.", "type": "string", "minLength": 1, "x-expected": "the name of a cluster of this policy" }, "kind": { "description": "Kind of a sink outside this policy.", "enum": ["tidb", "mysql", "kafka", "pulsar", "storage", "other"], "x-expected": "one of tidb, mysql, kafka, pulsar, storage, other" } } } } }, "exemption": { "description": "Tables the owners declare need no log backup and/or replication.", "type": "object", "additionalProperties": false, "required": ["tables", "skip", "reason"], "x-expected": "a mapping with `tables`, `skip` and `reason`", "properties": { "tables": { "$ref": "#/$defs/tableFilterList", "description": 'Table-filter rules of the exempt tables, such as ["scratch.*", "app.tmp_*"].' }, "skip": { "description": "What the tables are exempt from: `log_backup`, `changefeeds` (all of this cluster's), or a changefeed id.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "examples": ["log_backup", "changefeeds"], "x-expected": "log_backup, changefeeds or a changefeed id of this cluster" }, "x-expected": "a non-empty list of log_backup, changefeeds or changefeed ids" }, "reason": { "description": "Why these tables need no protection (required; shown to reviewers).", "type": "string", "pattern": "\\S", "x-expected": "a non-empty reason" } } }, "waiver": { "description": "A reviewed exception: findings of `rule` in files matching `paths` (and, optionally, about `tables`) are reported as suppressed.", "type": "object", "additionalProperties": false, "required": ["rule", "paths", "reason"], "x-expected": "a mapping with `rule`, `paths` and `reason`", "properties": { "rule": { "description": "The rule id whose findings are waived.", "$ref": "#/$defs/ruleId" }, "paths": { "$ref": "#/$defs/globList", "description": "Globs of the files whose findings are waived." }, "tables": { "$ref": "#/$defs/tableFilterList", "description": "Optional table-filter rules narrowing the waiver to findings about these tables." }, "reason": { "description": "Why the finding is acceptable, with a change or ticket reference (required).", "type": "string", "pattern": "\\S", "x-expected": "a non-empty reason" }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) the waiver applies; after it the finding is reported again as `expired-waiver`.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-expected": "a date written YYYY-MM-DD" } } } } };
var schema10 = { "description": "A rule id from the rule catalog.", "enum": ["changefeed-gap", "deprecated-lightning-key", "expired-waiver", "invalid-import-into", "invalid-lightning-config", "invalid-policy", "invalid-suppression", "log-backup-gap", "plaintext-secret", "policy-weakened", "precheck-blocks-import", "precheck-override", "syntax-error", "unmapped-target", "unnecessary-override", "unsupported-on-version", "unused-suppression"], "x-expected": "a rule id of the rule catalog" };
var schema11 = { "enum": ["error", "warning", "notice", "off"], "x-expected": "one of error, warning, notice, off" };
var func0 = require_ucs2length().default;
var pattern0 = new RegExp("^[0-9]+ ?(B|[kK]B|MB|GB|KiB|MiB|GiB)?$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var schema1 = { "description": "One TiDB cluster: its version, how repository files map to it, and its backup and CDC posture.", "type": "object", "additionalProperties": false, "required": ["tidb_version", "match", "log_backup"], "x-expected": "a mapping with `tidb_version`, `match` and `log_backup`", "properties": { "description": { "description": "Free text shown in summaries.", "type": "string", "x-expected": "a string" }, "tidb_version": { "$ref": "#/$defs/version", "description": 'TiDB version of the cluster, such as "8.5.1". Decides version-gated behaviour (IMPORT INTO options, changefeed case sensitivity, ...).' }, "lightning_version": { "$ref": "#/$defs/version", "description": "Version of the TiDB Lightning binary used against this cluster; defaults to `tidb_version`. Below v6.5.0 Lightning has no CDC/PITR precheck." }, "match": { "description": "How import jobs are mapped to this cluster when the file has no `tidb-import-guard: cluster=` directive. At least one of `paths` or `hosts`.", "type": "object", "additionalProperties": false, "minProperties": 1, "x-expected": "a mapping with `paths` and/or `hosts`", "properties": { "paths": { "$ref": "#/$defs/globList", "description": 'Globs (repository-relative, `/`) of the files that import into this cluster, such as "deploy/prod/**".' }, "hosts": { "$ref": "#/$defs/globList", "description": 'Globs matched (case-insensitively) against a Lightning config\'s `[tidb] host` and the hosts of `[tidb] pd-addr`, without ports, such as "tidb.prod.internal" or "10.0.1.*".' } } }, "log_backup": { "description": "Log backup (PITR) on this cluster. When enabled, physical imports bypass it.", "type": "object", "additionalProperties": false, "required": ["enabled"], "x-expected": "a mapping with `enabled` (true or false) and an optional `task`", "properties": { "enabled": { "description": "Whether a log backup task runs on this cluster.", "type": "boolean", "x-expected": "true or false" }, "task": { "description": "Name of the log backup task (`br log start --task-name`), named in messages.", "type": "string", "minLength": 1, "x-expected": "the log backup task name" } } }, "changefeeds": { "description": "TiCDC changefeeds replicating from this cluster. Physical imports are not replicated.", "type": "array", "items": { "$ref": "#/$defs/changefeed" }, "x-expected": "a list of changefeeds" }, "exemptions": { "description": "The owners' statement that some tables need no log backup and/or replication.", "type": "array", "items": { "$ref": "#/$defs/exemption" }, "x-expected": "a list of exemptions" } } };
var schema2 = { "type": "string", "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$", "x-expected": 'a TiDB version string such as "8.5.1" (quote it so YAML keeps it a string)' };
var schema4 = { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a glob" }, "x-expected": "a non-empty list of globs" };
var pattern2 = new RegExp("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$", "u");
var schema6 = { "description": "One TiCDC changefeed. Give its table-filter `rules` here, or point `config` at the changefeed's TOML config in the repository; with neither, it replicates every table ('*.*').", "type": "object", "additionalProperties": false, "required": ["id"], "x-expected": "a mapping with `id` and `rules` or `config`", "dependentSchemas": { "config": { "x-conflict": "`config` cannot be combined with `rules`, `case_sensitive` or `force_replicate`: they are read from the changefeed config file", "not": { "anyOf": [{ "required": ["rules"] }, { "required": ["case_sensitive"] }, { "required": ["force_replicate"] }] } } }, "properties": { "id": { "description": "The changefeed id (`cdc cli changefeed create --changefeed-id`).", "type": "string", "pattern": "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", "x-expected": "a changefeed id (letters and digits, separated by single `-`)" }, "rules": { "$ref": "#/$defs/tableFilterList", "description": "The changefeed's `[filter] rules` (table-filter syntax). Default ['*.*']." }, "config": { "description": "Repository-relative path of the changefeed's TOML config; its `[filter] rules`, `case-sensitive`, `force-replicate` and event filters are read from it.", "type": "string", "minLength": 1, "x-expected": "a repository-relative path to a changefeed TOML config" }, "case_sensitive": { "description": "The changefeed's `case-sensitive`. When absent, TiCDC's default for the cluster's version (false since v6.5.6, v7.1.3 and v7.5.0; true before).", "type": "boolean", "x-expected": "true or false" }, "force_replicate": { "description": "The changefeed's `force-replicate`: when false, tables without a valid index are not replicated.", "type": "boolean", "default": false, "x-expected": "true or false" }, "downstream": { "description": "Where the changefeed writes: `cluster` (a TiDB cluster of this policy, which can receive its own import) or `kind` (a sink outside the policy; only an exemption or waiver clears a gap).", "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "x-expected": "a mapping with either `cluster` (a cluster of this policy) or `kind` (such as kafka)", "properties": { "cluster": { "description": "Name of a cluster defined in this policy.", "type": "string", "minLength": 1, "x-expected": "the name of a cluster of this policy" }, "kind": { "description": "Kind of a sink outside this policy.", "enum": ["tidb", "mysql", "kafka", "pulsar", "storage", "other"], "x-expected": "one of tidb, mysql, kafka, pulsar, storage, other" } } } } };
var schema7 = { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": 'a table-filter rule such as "app.*" or "!app.tmp_*"' }, "x-expected": 'a non-empty list of table-filter rules such as ["app.*", "!app.tmp_*"]' };
var pattern4 = new RegExp("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", "u");
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate2.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "rules" || key0 === "config" || key0 === "case_sensitive" || key0 === "force_replicate" || key0 === "downstream")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$" }, message: 'must match pattern "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$"', schema: "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", parentSchema: schema6.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.id.type, parentSchema: schema6.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/tableFilterList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema7, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func0(data2) < 1) {
              const err5 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/$defs/tableFilterList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/$defs/tableFilterList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.items.type, parentSchema: schema7.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/tableFilterList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.type, parentSchema: schema7, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data3 = data.config;
      if (typeof data3 === "string") {
        if (func0(data3) < 1) {
          const err8 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.config, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.config.type, parentSchema: schema6.properties.config, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.case_sensitive !== void 0) {
      let data4 = data.case_sensitive;
      if (typeof data4 !== "boolean") {
        const err10 = { instancePath: instancePath + "/case_sensitive", schemaPath: "#/properties/case_sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.case_sensitive.type, parentSchema: schema6.properties.case_sensitive, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.force_replicate !== void 0) {
      let data5 = data.force_replicate;
      if (typeof data5 !== "boolean") {
        const err11 = { instancePath: instancePath + "/force_replicate", schemaPath: "#/properties/force_replicate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.force_replicate.type, parentSchema: schema6.properties.force_replicate, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.downstream !== void 0) {
      let data6 = data.downstream;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length > 1) {
          const err12 = { instancePath: instancePath + "/downstream", schemaPath: "#/properties/downstream/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema6.properties.downstream, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (Object.keys(data6).length < 1) {
          const err13 = { instancePath: instancePath + "/downstream", schemaPath: "#/properties/downstream/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema6.properties.downstream, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "cluster" || key1 === "kind")) {
            const err14 = { instancePath: instancePath + "/downstream", schemaPath: "#/properties/downstream/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.downstream, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.cluster !== void 0) {
          let data7 = data6.cluster;
          if (typeof data7 === "string") {
            if (func0(data7) < 1) {
              const err15 = { instancePath: instancePath + "/downstream/cluster", schemaPath: "#/properties/downstream/properties/cluster/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.downstream.properties.cluster, data: data7 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/downstream/cluster", schemaPath: "#/properties/downstream/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.downstream.properties.cluster.type, parentSchema: schema6.properties.downstream.properties.cluster, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.kind !== void 0) {
          let data8 = data6.kind;
          if (!(data8 === "tidb" || data8 === "mysql" || data8 === "kafka" || data8 === "pulsar" || data8 === "storage" || data8 === "other")) {
            const err17 = { instancePath: instancePath + "/downstream/kind", schemaPath: "#/properties/downstream/properties/kind/enum", keyword: "enum", params: { allowedValues: schema6.properties.downstream.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.downstream.properties.kind.enum, parentSchema: schema6.properties.downstream.properties.kind, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/downstream", schemaPath: "#/properties/downstream/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.downstream.type, parentSchema: schema6.properties.downstream, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      const _errs22 = errors;
      const _errs23 = errors;
      const _errs24 = errors;
      let valid7 = false;
      const _errs25 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.rules === void 0 && (missing0 = "rules")) {
          const err19 = {};
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      var _valid0 = _errs25 === errors;
      valid7 = valid7 || _valid0;
      const _errs26 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.case_sensitive === void 0 && (missing1 = "case_sensitive")) {
          const err20 = {};
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      var _valid0 = _errs26 === errors;
      valid7 = valid7 || _valid0;
      const _errs27 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.force_replicate === void 0 && (missing2 = "force_replicate")) {
          const err21 = {};
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      var _valid0 = _errs27 === errors;
      valid7 = valid7 || _valid0;
      if (!valid7) {
        const err22 = {};
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
      var valid6 = _errs23 === errors;
      if (valid6) {
        const err23 = { instancePath, schemaPath: "#/dependentSchemas/config/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema6.dependentSchemas.config.not, parentSchema: schema6.dependentSchemas.config, data };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate2.errors = vErrors;
  return errors === 0;
}
validate2.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema8 = { "description": "Tables the owners declare need no log backup and/or replication.", "type": "object", "additionalProperties": false, "required": ["tables", "skip", "reason"], "x-expected": "a mapping with `tables`, `skip` and `reason`", "properties": { "tables": { "$ref": "#/$defs/tableFilterList", "description": 'Table-filter rules of the exempt tables, such as ["scratch.*", "app.tmp_*"].' }, "skip": { "description": "What the tables are exempt from: `log_backup`, `changefeeds` (all of this cluster's), or a changefeed id.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "examples": ["log_backup", "changefeeds"], "x-expected": "log_backup, changefeeds or a changefeed id of this cluster" }, "x-expected": "a non-empty list of log_backup, changefeeds or changefeed ids" }, "reason": { "description": "Why these tables need no protection (required; shown to reviewers).", "type": "string", "pattern": "\\S", "x-expected": "a non-empty reason" } } };
var pattern5 = new RegExp("\\S", "u");
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate4.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tables === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tables" }, message: "must have required property 'tables'", schema: schema8.required, parentSchema: schema8, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.skip === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "skip" }, message: "must have required property 'skip'", schema: schema8.required, parentSchema: schema8, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema8.required, parentSchema: schema8, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tables" || key0 === "skip" || key0 === "reason")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tables !== void 0) {
      let data0 = data.tables;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/tables", schemaPath: "#/$defs/tableFilterList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema7, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func0(data1) < 1) {
              const err5 = { instancePath: instancePath + "/tables/" + i0, schemaPath: "#/$defs/tableFilterList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/tables/" + i0, schemaPath: "#/$defs/tableFilterList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.items.type, parentSchema: schema7.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/tables", schemaPath: "#/$defs/tableFilterList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.type, parentSchema: schema7, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.skip !== void 0) {
      let data2 = data.skip;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/skip", schemaPath: "#/properties/skip/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema8.properties.skip, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func0(data3) < 1) {
              const err9 = { instancePath: instancePath + "/skip/" + i1, schemaPath: "#/properties/skip/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.properties.skip.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/skip/" + i1, schemaPath: "#/properties/skip/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.skip.items.type, parentSchema: schema8.properties.skip.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/skip", schemaPath: "#/properties/skip/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.properties.skip.type, parentSchema: schema8.properties.skip, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 === "string") {
        if (!pattern5.test(data4)) {
          const err12 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema8.properties.reason, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.reason.type, parentSchema: schema8.properties.reason, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.type, parentSchema: schema8, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate4.errors = vErrors;
  return errors === 0;
}
validate4.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate1.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tidb_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tidb_version" }, message: "must have required property 'tidb_version'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.match === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.log_backup === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "log_backup" }, message: "must have required property 'log_backup'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "tidb_version" || key0 === "lightning_version" || key0 === "match" || key0 === "log_backup" || key0 === "changefeeds" || key0 === "exemptions")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.description.type, parentSchema: schema1.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tidb_version !== void 0) {
      let data1 = data.tidb_version;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err5 = { instancePath: instancePath + "/tidb_version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$"', schema: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$", parentSchema: schema2, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/tidb_version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.lightning_version !== void 0) {
      let data2 = data.lightning_version;
      if (typeof data2 === "string") {
        if (!pattern2.test(data2)) {
          const err7 = { instancePath: instancePath + "/lightning_version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$"', schema: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$", parentSchema: schema2, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/lightning_version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data3 = data.match;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 1) {
          const err9 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema1.properties.match, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "paths" || key1 === "hosts")) {
            const err10 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.match, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.paths !== void 0) {
          let data4 = data3.paths;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err11 = { instancePath: instancePath + "/match/paths", schemaPath: "#/$defs/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema4, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (func0(data5) < 1) {
                  const err12 = { instancePath: instancePath + "/match/paths/" + i0, schemaPath: "#/$defs/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema4.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/match/paths/" + i0, schemaPath: "#/$defs/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.items.type, parentSchema: schema4.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/match/paths", schemaPath: "#/$defs/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema4.type, parentSchema: schema4, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.hosts !== void 0) {
          let data6 = data3.hosts;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err15 = { instancePath: instancePath + "/match/hosts", schemaPath: "#/$defs/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema4, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (typeof data7 === "string") {
                if (func0(data7) < 1) {
                  const err16 = { instancePath: instancePath + "/match/hosts/" + i1, schemaPath: "#/$defs/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema4.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/match/hosts/" + i1, schemaPath: "#/$defs/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.items.type, parentSchema: schema4.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/match/hosts", schemaPath: "#/$defs/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema4.type, parentSchema: schema4, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.match.type, parentSchema: schema1.properties.match, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.log_backup !== void 0) {
      let data8 = data.log_backup;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.enabled === void 0) {
          const err20 = { instancePath: instancePath + "/log_backup", schemaPath: "#/properties/log_backup/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'", schema: schema1.properties.log_backup.required, parentSchema: schema1.properties.log_backup, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(key2 === "enabled" || key2 === "task")) {
            const err21 = { instancePath: instancePath + "/log_backup", schemaPath: "#/properties/log_backup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.log_backup, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data8.enabled !== void 0) {
          let data9 = data8.enabled;
          if (typeof data9 !== "boolean") {
            const err22 = { instancePath: instancePath + "/log_backup/enabled", schemaPath: "#/properties/log_backup/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema1.properties.log_backup.properties.enabled.type, parentSchema: schema1.properties.log_backup.properties.enabled, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.task !== void 0) {
          let data10 = data8.task;
          if (typeof data10 === "string") {
            if (func0(data10) < 1) {
              const err23 = { instancePath: instancePath + "/log_backup/task", schemaPath: "#/properties/log_backup/properties/task/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.log_backup.properties.task, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/log_backup/task", schemaPath: "#/properties/log_backup/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.log_backup.properties.task.type, parentSchema: schema1.properties.log_backup.properties.task, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/log_backup", schemaPath: "#/properties/log_backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.log_backup.type, parentSchema: schema1.properties.log_backup, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.changefeeds !== void 0) {
      let data11 = data.changefeeds;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate2(data11[i2], { instancePath: instancePath + "/changefeeds/" + i2, parentData: data11, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/changefeeds", schemaPath: "#/properties/changefeeds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.changefeeds.type, parentSchema: schema1.properties.changefeeds, data: data11 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.exemptions !== void 0) {
      let data13 = data.exemptions;
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate4(data13[i3], { instancePath: instancePath + "/exemptions/" + i3, parentData: data13, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.exemptions.type, parentSchema: schema1.properties.exemptions, data: data13 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
validate1.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema12 = { "description": "A reviewed exception: findings of `rule` in files matching `paths` (and, optionally, about `tables`) are reported as suppressed.", "type": "object", "additionalProperties": false, "required": ["rule", "paths", "reason"], "x-expected": "a mapping with `rule`, `paths` and `reason`", "properties": { "rule": { "description": "The rule id whose findings are waived.", "$ref": "#/$defs/ruleId" }, "paths": { "$ref": "#/$defs/globList", "description": "Globs of the files whose findings are waived." }, "tables": { "$ref": "#/$defs/tableFilterList", "description": "Optional table-filter rules narrowing the waiver to findings about these tables." }, "reason": { "description": "Why the finding is acceptable, with a change or ticket reference (required).", "type": "string", "pattern": "\\S", "x-expected": "a non-empty reason" }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) the waiver applies; after it the finding is reported again as `expired-waiver`.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-expected": "a date written YYYY-MM-DD" } } };
var pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate7.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.paths === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "paths" || key0 === "tables" || key0 === "reason" || key0 === "expires")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (!(data0 === "changefeed-gap" || data0 === "deprecated-lightning-key" || data0 === "expired-waiver" || data0 === "invalid-import-into" || data0 === "invalid-lightning-config" || data0 === "invalid-policy" || data0 === "invalid-suppression" || data0 === "log-backup-gap" || data0 === "plaintext-secret" || data0 === "policy-weakened" || data0 === "precheck-blocks-import" || data0 === "precheck-override" || data0 === "syntax-error" || data0 === "unmapped-target" || data0 === "unnecessary-override" || data0 === "unsupported-on-version" || data0 === "unused-suppression")) {
        const err4 = { instancePath: instancePath + "/rule", schemaPath: "#/$defs/ruleId/enum", keyword: "enum", params: { allowedValues: schema10.enum }, message: "must be equal to one of the allowed values", schema: schema10.enum, parentSchema: schema10, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data1 = data.paths;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/paths", schemaPath: "#/$defs/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema4, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func0(data2) < 1) {
              const err6 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/$defs/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema4.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/$defs/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.items.type, parentSchema: schema4.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/paths", schemaPath: "#/$defs/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema4.type, parentSchema: schema4, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tables !== void 0) {
      let data3 = data.tables;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err9 = { instancePath: instancePath + "/tables", schemaPath: "#/$defs/tableFilterList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema7, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func0(data4) < 1) {
              const err10 = { instancePath: instancePath + "/tables/" + i1, schemaPath: "#/$defs/tableFilterList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/tables/" + i1, schemaPath: "#/$defs/tableFilterList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.items.type, parentSchema: schema7.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/tables", schemaPath: "#/$defs/tableFilterList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.type, parentSchema: schema7, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data5 = data.reason;
      if (typeof data5 === "string") {
        if (!pattern5.test(data5)) {
          const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema12.properties.reason, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reason.type, parentSchema: schema12.properties.reason, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data6 = data.expires;
      if (typeof data6 === "string") {
        if (!pattern7.test(data6)) {
          const err15 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema12.properties.expires, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.expires.type, parentSchema: schema12.properties.expires, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate7.errors = vErrors;
  return errors === 0;
}
validate7.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate0.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  const _errs3 = errors;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.extends === void 0 && (missing0 = "extends")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid1 = _errs4 === errors;
  if (valid1) {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.clusters === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "clusters" }, message: "must have required property 'clusters'", schema: schema0.then.required, parentSchema: schema0.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema0.if, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "extends" || key0 === "scan" || key0 === "unmapped" || key0 === "clusters" || key0 === "rules" || key0 === "waivers")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema0.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func0(data2) < 1) {
              const err7 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.extends.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.extends.items.type, parentSchema: schema0.properties.extends.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.extends.type, parentSchema: schema0.properties.extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.scan !== void 0) {
      let data3 = data.scan;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "include" || key1 === "exclude" || key1 === "max_file_bytes")) {
            const err10 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.scan, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.include !== void 0) {
          let data4 = data3.include;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err11 = { instancePath: instancePath + "/scan/include", schemaPath: "#/properties/scan/properties/include/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.scan.properties.include, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (func0(data5) < 1) {
                  const err12 = { instancePath: instancePath + "/scan/include/" + i1, schemaPath: "#/properties/scan/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.scan.properties.include.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/scan/include/" + i1, schemaPath: "#/properties/scan/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.scan.properties.include.items.type, parentSchema: schema0.properties.scan.properties.include.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/scan/include", schemaPath: "#/properties/scan/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.scan.properties.include.type, parentSchema: schema0.properties.scan.properties.include, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.exclude !== void 0) {
          let data6 = data3.exclude;
          if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (func0(data7) < 1) {
                  const err15 = { instancePath: instancePath + "/scan/exclude/" + i2, schemaPath: "#/properties/scan/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.scan.properties.exclude.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/scan/exclude/" + i2, schemaPath: "#/properties/scan/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.scan.properties.exclude.items.type, parentSchema: schema0.properties.scan.properties.exclude.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/scan/exclude", schemaPath: "#/properties/scan/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.scan.properties.exclude.type, parentSchema: schema0.properties.scan.properties.exclude, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.max_file_bytes !== void 0) {
          let data8 = data3.max_file_bytes;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && typeof data8 !== "string") {
            const err18 = { instancePath: instancePath + "/scan/max_file_bytes", schemaPath: "#/properties/scan/properties/max_file_bytes/type", keyword: "type", params: { type: schema0.properties.scan.properties.max_file_bytes.type }, message: "must be integer,string", schema: schema0.properties.scan.properties.max_file_bytes.type, parentSchema: schema0.properties.scan.properties.max_file_bytes, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err19 = { instancePath: instancePath + "/scan/max_file_bytes", schemaPath: "#/properties/scan/properties/max_file_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.scan.properties.max_file_bytes, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (typeof data8 === "string") {
            if (!pattern0.test(data8)) {
              const err20 = { instancePath: instancePath + "/scan/max_file_bytes", schemaPath: "#/properties/scan/properties/max_file_bytes/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(B|[kK]B|MB|GB|KiB|MiB|GiB)?$" }, message: 'must match pattern "^[0-9]+ ?(B|[kK]B|MB|GB|KiB|MiB|GiB)?$"', schema: "^[0-9]+ ?(B|[kK]B|MB|GB|KiB|MiB|GiB)?$", parentSchema: schema0.properties.scan.properties.max_file_bytes, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/scan", schemaPath: "#/properties/scan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.scan.type, parentSchema: schema0.properties.scan, data: data3 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.unmapped !== void 0) {
      let data9 = data.unmapped;
      if (!(data9 === "error" || data9 === "warning" || data9 === "notice" || data9 === "off")) {
        const err22 = { instancePath: instancePath + "/unmapped", schemaPath: "#/properties/unmapped/enum", keyword: "enum", params: { allowedValues: schema0.properties.unmapped.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.unmapped.enum, parentSchema: schema0.properties.unmapped, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.clusters !== void 0) {
      let data10 = data.clusters;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (Object.keys(data10).length < 1) {
          const err23 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema0.properties.clusters, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key2 in data10) {
          const _errs28 = errors;
          if (typeof key2 === "string") {
            if (!pattern1.test(key2)) {
              const err24 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema0.properties.clusters.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          var valid10 = _errs28 === errors;
          if (!valid10) {
            const err25 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema0.properties.clusters.propertyNames, parentSchema: schema0.properties.clusters, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key3 in data10) {
          if (!validate1(data10[key3], { instancePath: instancePath + "/clusters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data10, parentDataProperty: key3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.clusters.type, parentSchema: schema0.properties.clusters, data: data10 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data12 = data.rules;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key4 in data12) {
          const _errs33 = errors;
          if (!(key4 === "changefeed-gap" || key4 === "deprecated-lightning-key" || key4 === "expired-waiver" || key4 === "invalid-import-into" || key4 === "invalid-lightning-config" || key4 === "invalid-policy" || key4 === "invalid-suppression" || key4 === "log-backup-gap" || key4 === "plaintext-secret" || key4 === "policy-weakened" || key4 === "precheck-blocks-import" || key4 === "precheck-override" || key4 === "syntax-error" || key4 === "unmapped-target" || key4 === "unnecessary-override" || key4 === "unsupported-on-version" || key4 === "unused-suppression")) {
            const err27 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleId/enum", keyword: "enum", params: { allowedValues: schema10.enum }, message: "must be equal to one of the allowed values", schema: schema10.enum, parentSchema: schema10, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var valid12 = _errs33 === errors;
          if (!valid12) {
            const err28 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema0.properties.rules.propertyNames, parentSchema: schema0.properties.rules, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key5 in data12) {
          if (!(key5 === "invalid-policy")) {
            let data13 = data12[key5];
            if (!(data13 === "error" || data13 === "warning" || data13 === "notice" || data13 === "off")) {
              const err29 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema11.enum }, message: "must be equal to one of the allowed values", schema: schema11.enum, parentSchema: schema11, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data12["invalid-policy"] !== void 0) {
          let data14 = data12["invalid-policy"];
          if (!(data14 === "error" || data14 === "warning" || data14 === "notice")) {
            const err30 = { instancePath: instancePath + "/rules/invalid-policy", schemaPath: "#/properties/rules/properties/invalid-policy/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["invalid-policy"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["invalid-policy"].enum, parentSchema: schema0.properties.rules.properties["invalid-policy"], data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.type, parentSchema: schema0.properties.rules, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data15 = data.waivers;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate7(data15[i3], { instancePath: instancePath + "/waivers/" + i3, parentData: data15, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.waivers.type, parentSchema: schema0.properties.waivers, data: data15 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function policyValidator() {
  return validate;
}

// src/policy/schema.ts
var policySchema = policy_schema_default;
var validator = policyValidator;
function schemaProblems(tree, data) {
  const validate3 = validator();
  if (validate3(data)) return [];
  const errors = (validate3.errors ?? []).filter((e) => e.keyword !== "if" && e.keyword !== "propertyNames");
  const suggested = /* @__PURE__ */ new Set();
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (p) => {
    const id = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(p);
  };
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const path = pathOf(error.instancePath, data);
    const key = String(error.params["additionalProperty"]);
    const allowed = Object.keys(resolve(error.parentSchema).properties ?? {});
    const suggestion2 = suggest(key, allowed);
    if (suggestion2) suggested.add(`${error.instancePath}/${suggestion2}`);
    const keyNode = keyNodeAt(tree, path, key);
    const span = spanOfNode(keyNode) ?? anchorSpan(tree, path);
    const hint = suggestion2 ? `; did you mean \`${suggestion2}\`?` : allowed.length > 0 ? `; expected one of ${allowed.map((k) => `\`${k}\``).join(", ")}` : "";
    push(problemAt(tree, span, `${where(path)}unknown key \`${key}\`${hint}`));
  }
  for (const error of errors) {
    if (error.keyword === "additionalProperties") continue;
    const path = pathOf(error.instancePath, data);
    if (error.keyword === "required") {
      const missing = String(error.params["missingProperty"]);
      if (suggested.has(`${error.instancePath}/${missing}`)) continue;
      const property = resolve(resolve(error.parentSchema).properties?.[missing] ?? schemaAt([...path, missing]));
      push(problemAt(tree, anchorSpan(tree, path), `${where(path)}missing required key \`${missing}\` (${expected(property)})`));
      continue;
    }
    if (error.propertyName !== void 0) {
      const name = error.propertyName;
      const keyNode2 = keyNodeAt(tree, path, name);
      const span2 = spanOfNode(keyNode2) ?? anchorSpan(tree, path);
      const schema = resolve(error.parentSchema);
      const choices = (schema.enum ?? []).map(String);
      const suggestion2 = suggest(name, choices);
      const hint = suggestion2 ? `; did you mean \`${suggestion2}\`?` : "";
      push(problemAt(tree, span2, `${where(path)}\`${name}\` is not ${expected(schema)}${hint}`));
      continue;
    }
    const dependent = /\/dependentSchemas\/([^/]+)\/not$/.exec(error.schemaPath);
    const keyNode = dependent ? keyNodeAt(tree, path, decodePointer(dependent[1] ?? "")) : void 0;
    const span = spanOfNode(keyNode) ?? anchorSpan(tree, path);
    push(problemAt(tree, span, `${where(path)}${describeError(error)}`));
  }
  return out;
}
function describeError(error) {
  const schema = resolve(error.parentSchema);
  const found = describeValue(error.data);
  switch (error.keyword) {
    case "type":
    case "pattern":
    case "const":
      return `expected ${expected(schema)}, found ${found}`;
    case "enum": {
      const suggestion2 = typeof error.data === "string" ? suggest(error.data, (schema.enum ?? []).map(String)) : void 0;
      return `expected ${expected(schema)}, found ${found}${suggestion2 ? `; did you mean \`${suggestion2}\`?` : ""}`;
    }
    case "minItems":
      return `the list is empty; expected ${expected(schema)}`;
    case "minProperties":
      return `must not be empty; expected ${expected(schema)}`;
    case "maxProperties":
      return `too many keys; expected ${expected(schema)}`;
    case "minLength":
      return `must not be empty; expected ${expected(schema)}`;
    case "minimum":
      return `expected ${expected(schema)} of at least ${String(error.params["limit"])}, found ${found}`;
    case "not":
      return schema["x-conflict"] ?? `${error.message ?? "is not allowed here"}`;
    default:
      return error.message ?? "does not match the policy schema";
  }
}
function where(path) {
  return path.length === 0 ? "" : `${formatPath(path)}: `;
}
function expected(schema) {
  if (!schema) return "a value";
  const resolved = resolve(schema);
  if (resolved["x-expected"]) return resolved["x-expected"];
  if (resolved.enum) return `one of ${resolved.enum.map(String).join(", ")}`;
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  switch (type) {
    case "boolean":
      return "true or false";
    case "string":
      return "a string";
    case "integer":
      return "a whole number";
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    default:
      return "a value";
  }
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `\`${String(value)}\``;
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}
function resolve(schema) {
  let node = schema ?? {};
  for (let hops = 0; hops < 8 && typeof node.$ref === "string"; hops++) {
    const target = lookupRef(node.$ref);
    const { $ref: _ignored, ...own } = node;
    node = { ...target, ...own, "x-expected": own["x-expected"] ?? target["x-expected"] };
  }
  return node;
}
function lookupRef(ref) {
  if (!ref.startsWith("#/")) return {};
  let node = policySchema;
  for (const part of ref.slice(2).split("/")) {
    node = node && typeof node === "object" ? node[decodePointer(part)] : void 0;
  }
  return node ?? {};
}
function decodePointer(part) {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}
function pathOf(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const part = decodePointer(raw);
    if (Array.isArray(node)) {
      const index = Number(part);
      path.push(index);
      node = node[index];
    } else {
      path.push(part);
      node = node && typeof node === "object" ? node[part] : void 0;
    }
  }
  return path;
}
function suggest(word, choices) {
  if (choices.length === 0 || word === "") return void 0;
  const lower = word.toLowerCase();
  const exactCase = choices.find((c) => c.toLowerCase() === lower || c === lower.replace(/-/g, "_") || c === lower.replace(/_/g, "-"));
  if (exactCase) return exactCase;
  if (lower.length >= 3) {
    const extended = choices.filter((c) => c.toLowerCase().startsWith(lower));
    if (extended.length === 1) return extended[0];
  }
  const best = (0, import_fastest_levenshtein3.closest)(lower, [...choices]);
  return (0, import_fastest_levenshtein3.distance)(lower, best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3)) ? best : void 0;
}
function schemaAt(path) {
  let node = resolve(policySchema);
  for (const part of path) {
    if (!node) return void 0;
    const next = typeof part === "number" ? node.items : node.properties?.[part] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : void 0);
    node = next ? resolve(next) : void 0;
  }
  return node;
}

// src/policy/build.ts
var SKIP_LOG_BACKUP = "log_backup";
var SKIP_ALL_CHANGEFEEDS = "changefeeds";
function buildLayer(tree, data) {
  const raw = data;
  const problems = [];
  const report = (location, path, message) => {
    problems.push({ ...location, message: `${formatPath(path)}: ${message}` });
  };
  const extendsEntries = (raw.extends ?? []).map((entry, i) => {
    const path = ["extends", i];
    const location = valueLocation(tree, path);
    const resolved = resolveLocalPath(tree.file, entry, true);
    if (!resolved.ok) report(location, path, `\`${entry}\` ${resolved.reason}`);
    return { resolved: resolved.ok ? resolved.path : void 0, location };
  });
  const scan = {
    ...raw.scan?.include ? { include: raw.scan.include } : {},
    ...raw.scan?.exclude ? { exclude: raw.scan.exclude } : {},
    ...raw.scan?.max_file_bytes !== void 0 ? { maxFileBytes: parseSize(raw.scan.max_file_bytes) } : {}
  };
  const clusters = [];
  const downstreamReferences = [];
  for (const [name, rawCluster] of Object.entries(raw.clusters ?? {})) {
    const built = buildCluster(tree, name, rawCluster, report);
    clusters.push(built.cluster);
    downstreamReferences.push(...built.references);
  }
  const rules = {};
  const ruleLocations = {};
  for (const [id, severity] of Object.entries(raw.rules ?? {})) {
    rules[id] = severity;
    ruleLocations[id] = keyLocation(tree, ["rules"], id);
  }
  const waivers = (raw.waivers ?? []).map((w, i) => {
    const path = ["waivers", i];
    if (w.rule === "invalid-policy") {
      report(valueLocation(tree, [...path, "rule"]), [...path, "rule"], "`invalid-policy` cannot be waived: a policy that does not validate always stops the check");
    }
    if (w.expires !== void 0 && !isCalendarDate(w.expires)) {
      report(valueLocation(tree, [...path, "expires"]), [...path, "expires"], `"${w.expires}" is not a real date; expected a date written YYYY-MM-DD`);
    }
    return {
      rule: w.rule,
      paths: w.paths,
      ...w.tables ? { tables: locatedRules(tree, [...path, "tables"], w.tables) } : {},
      reason: w.reason,
      ...w.expires !== void 0 ? { expires: w.expires } : {},
      location: valueLocation(tree, path)
    };
  });
  return {
    layer: {
      file: tree.file,
      extends: extendsEntries,
      scan,
      ...raw.unmapped !== void 0 ? { unmapped: raw.unmapped } : {},
      clusters,
      rules,
      ruleLocations,
      waivers,
      downstreamReferences
    },
    problems
  };
}
function buildCluster(tree, name, raw, report) {
  const base = ["clusters", name];
  for (const key of ["tidb_version", "lightning_version"]) {
    const version = raw[key];
    if (version !== void 0 && parseVersion(version) === void 0) {
      report(valueLocation(tree, [...base, key]), [...base, key], `"${version}" is not a TiDB version; expected a version such as "8.5.1"`);
    }
  }
  const changefeeds = [];
  const pendingReferences = [];
  const firstById = /* @__PURE__ */ new Map();
  (raw.changefeeds ?? []).forEach((feed, i) => {
    const path = [...base, "changefeeds", i];
    const location = valueLocation(tree, [...path, "id"]);
    const first = firstById.get(feed.id);
    if (first) report(location, [...path, "id"], `duplicate changefeed id \`${feed.id}\` (already defined at line ${first.line})`);
    else firstById.set(feed.id, location);
    if (feed.config !== void 0) {
      const resolved = resolveLocalPath("", feed.config, false);
      if (!resolved.ok) report(valueLocation(tree, [...path, "config"]), [...path, "config"], `\`${feed.config}\` ${resolved.reason}`);
    }
    const downstream = feed.downstream ?? {};
    if (downstream.cluster !== void 0) {
      const refLocation = valueLocation(tree, [...path, "downstream", "cluster"]);
      if (downstream.cluster === name) {
        report(refLocation, [...path, "downstream", "cluster"], `a changefeed cannot replicate cluster \`${name}\` into itself`);
      } else pendingReferences.push({ name: downstream.cluster, location: refLocation });
    }
    const rules = feed.config !== void 0 ? void 0 : feed.rules ? locatedRules(tree, [...path, "rules"], feed.rules) : [{ rule: "*.*", location }];
    changefeeds.push({
      id: feed.id,
      ...rules ? { rules } : {},
      ...feed.config !== void 0 ? { config: normalizeRelative(feed.config) } : {},
      ...feed.case_sensitive !== void 0 ? { caseSensitive: feed.case_sensitive } : {},
      forceReplicate: feed.force_replicate ?? false,
      downstream: { ...downstream.cluster !== void 0 ? { cluster: downstream.cluster } : {}, ...downstream.kind !== void 0 ? { kind: downstream.kind } : {} },
      location
    });
  });
  const skipChoices = [SKIP_LOG_BACKUP, SKIP_ALL_CHANGEFEEDS, ...changefeeds.map((f) => f.id)];
  const exemptions = (raw.exemptions ?? []).map((exemption, i) => {
    const path = [...base, "exemptions", i];
    exemption.skip.forEach((word, j) => {
      if (skipChoices.includes(word)) return;
      const suggestion2 = suggest(word, skipChoices);
      const ids = changefeeds.length > 0 ? `, or a changefeed id of \`${name}\` (${changefeeds.map((f) => f.id).join(", ")})` : ` (cluster \`${name}\` has no changefeeds)`;
      report(
        valueLocation(tree, [...path, "skip", j]),
        [...path, "skip", j],
        `\`${word}\` is not something to skip; expected ${SKIP_LOG_BACKUP}, ${SKIP_ALL_CHANGEFEEDS}${ids}${suggestion2 ? `; did you mean \`${suggestion2}\`?` : ""}`
      );
    });
    return { tables: locatedRules(tree, [...path, "tables"], exemption.tables), skip: exemption.skip, reason: exemption.reason, location: valueLocation(tree, path) };
  });
  const cluster = {
    name,
    ...raw.description !== void 0 ? { description: raw.description } : {},
    tidbVersion: raw.tidb_version,
    lightningVersion: raw.lightning_version ?? raw.tidb_version,
    match: { paths: raw.match.paths ?? [], hosts: raw.match.hosts ?? [] },
    logBackup: {
      enabled: raw.log_backup.enabled,
      ...raw.log_backup.task !== void 0 ? { task: raw.log_backup.task } : {},
      location: valueLocation(tree, [...base, "log_backup", "enabled"])
    },
    changefeeds,
    exemptions,
    location: anchorLocation(tree, base)
  };
  return { cluster, references: pendingReferences.map((r) => ({ from: cluster, ...r })) };
}
function locatedRules(tree, path, rules) {
  return rules.map((rule18, i) => ({ rule: rule18, location: valueLocation(tree, [...path, i]) }));
}
var SIZE_UNITS = {
  "": 1,
  B: 1,
  KB: 1e3,
  kB: 1e3,
  MB: 1e3 ** 2,
  GB: 1e3 ** 3,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3
};
function parseSize(value) {
  if (typeof value === "number") return value;
  const m = /^([0-9]+) ?([A-Za-z]*)$/.exec(value);
  if (!m) return Number.NaN;
  return Number(m[1]) * (SIZE_UNITS[m[2] ?? ""] ?? Number.NaN);
}
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function normalizeRelative(path) {
  return path.replace(/^(\.\/)+/, "");
}
function resolveLocalPath(fromFile, entry, relativeToFile) {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry)) return { ok: false, reason: "is not a local path; only local files in the repository can be used" };
  if (entry.startsWith("/") || entry.startsWith("~")) return { ok: false, reason: 'is not a relative path; write it relative to the policy file, such as "./shared.yml"' };
  if (entry.includes("\\")) return { ok: false, reason: "uses `\\`; write paths with `/`" };
  const segments = relativeToFile ? fromFile.split("/").slice(0, -1) : [];
  for (const part of entry.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (segments.length === 0) return { ok: false, reason: "points outside the repository" };
      segments.pop();
    } else segments.push(part);
  }
  if (segments.length === 0) return { ok: false, reason: "does not name a file" };
  return { ok: true, path: segments.join("/") };
}

// src/policy/load.ts
var MAX_POLICY_FILES = 64;
var POLICY_LOCATIONS = [
  ".github/tidb-import-guard.yml",
  ".github/tidb-import-guard.yaml",
  "tidb-import-guard.yml",
  "tidb-import-guard.yaml"
];
function discoverPolicy(exists) {
  return POLICY_LOCATIONS.find((path) => exists(path));
}
function loadPolicy(path, read) {
  const problems = [];
  const layers = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (file, chain, via) => {
    const seen = state.get(file);
    if (seen === "done") return;
    if (seen === "loading") {
      const cycle = [...chain.slice(chain.indexOf(file)), file].join(" \u2192 ");
      problems.push({ ...via, message: `extends cycle: ${cycle}` });
      return;
    }
    if (state.size >= MAX_POLICY_FILES) {
      problems.push({ ...via, message: `too many policy files in the extends chain (more than ${MAX_POLICY_FILES})` });
      return;
    }
    state.set(file, "loading");
    const text = readSafely(read, file);
    if (text === void 0) {
      problems.push(
        via ? { ...via, message: `extends: policy file \`${file}\` does not exist or cannot be read` } : { file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `policy file \`${file}\` does not exist or cannot be read` }
      );
      state.set(file, "done");
      return;
    }
    const loaded = loadFile(file, text);
    problems.push(...loaded.problems);
    if (loaded.layer) {
      for (const entry of loaded.layer.extends) {
        if (entry.resolved !== void 0) visit(entry.resolved, [...chain, file], entry.location);
      }
      layers.push(loaded.layer);
    }
    state.set(file, "done");
  };
  visit(path, [], void 0);
  if (problems.length === 0) {
    const merged = mergeLayers(path, layers);
    problems.push(...merged.problems);
    if (problems.length === 0) return { ok: true, policy: deepFreeze(merged.policy), problems: [] };
  }
  return { ok: false, problems: sortProblems(problems) };
}
function readSafely(read, file) {
  try {
    return read(file);
  } catch {
    return void 0;
  }
}
function loadFile(file, text) {
  const { tree, problems: syntax } = parsePolicyYaml(file, text);
  if (syntax.length > 0) return { problems: syntax };
  const contents = tree.doc.contents;
  if (contents === null || contents.range[0] === contents.range[1] && !(0, import_yaml2.isMap)(contents)) {
    return { problems: [problemAt(tree, { start: 0, end: 0 }, "the policy file is empty; expected a mapping with `version: 1` and `clusters`")] };
  }
  if (!(0, import_yaml2.isMap)(contents)) {
    return { problems: [problemAt(tree, firstLine2(tree, contents.range[0], contents.range[1]), "the policy must be a mapping of keys such as `version`, `clusters` and `rules`")] };
  }
  let data;
  try {
    data = tree.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { problems: [problemAt(tree, { start: 0, end: 0 }, `cannot read the policy: ${error instanceof Error ? error.message : String(error)}`)] };
  }
  const invalid2 = schemaProblems(tree, data);
  if (invalid2.length > 0) return { problems: invalid2 };
  const { layer, problems } = buildLayer(tree, data);
  return { layer, problems };
}
function firstLine2(tree, start, end) {
  const { line } = tree.lines.position(start);
  const lineEnd2 = tree.lines.lineStart(line) + tree.lines.lineText(line).length;
  return { start, end: Math.max(start, Math.min(end, lineEnd2)) };
}
function schemaDefault(path) {
  return schemaAt(path)?.default;
}
function mergeLayers(file, layers) {
  let include = schemaDefault(["scan", "include"]);
  let exclude = schemaDefault(["scan", "exclude"]);
  let maxFileBytes = parseSize(schemaDefault(["scan", "max_file_bytes"]));
  let unmapped = schemaDefault(["unmapped"]);
  const clusters = /* @__PURE__ */ new Map();
  const rules = {};
  const ruleLocations = {};
  const waivers = [];
  for (const layer of layers) {
    include = layer.scan.include ?? include;
    exclude = layer.scan.exclude ?? exclude;
    maxFileBytes = layer.scan.maxFileBytes ?? maxFileBytes;
    unmapped = layer.unmapped ?? unmapped;
    for (const cluster of layer.clusters) clusters.set(cluster.name, cluster);
    Object.assign(rules, layer.rules);
    Object.assign(ruleLocations, layer.ruleLocations);
    waivers.push(...layer.waivers);
  }
  const problems = [];
  if (clusters.size === 0) {
    problems.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: "no clusters: the policy (with the files it extends) must define at least one cluster under `clusters`" });
  }
  const kept = new Set(clusters.values());
  for (const layer of layers) {
    for (const reference of layer.downstreamReferences) {
      if (!kept.has(reference.from) || clusters.has(reference.name)) continue;
      const names = [...clusters.keys()];
      problems.push({
        ...reference.location,
        message: `clusters.${reference.from.name}: downstream cluster \`${reference.name}\` is not defined in the policy; expected one of ${names.map((n) => `\`${n}\``).join(", ")}, or \`kind\` for a sink outside the policy`
      });
    }
  }
  const policy = {
    file,
    files: layers.map((l) => l.file),
    version: 1,
    scan: { include, exclude, maxFileBytes },
    unmapped,
    clusters: [...clusters.values()],
    rules,
    ruleLocations,
    waivers
  };
  return { policy, problems };
}
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// src/ticdc/changefeed.ts
function readChangefeedConfig(doc) {
  const rules = doc.entry(["filter", "rules"]);
  const caseSensitive = locatedBoolean2(doc.entry(["case-sensitive"]));
  const forceReplicate = locatedBoolean2(doc.entry(["force-replicate"]));
  const filter = doc.value["filter"];
  const eventFilters = isTable3(filter) && Array.isArray(filter["event-filters"]) ? filter["event-filters"] : [];
  return {
    ...rules ? { rules: stringItems(rules) } : {},
    ...caseSensitive ? { caseSensitive } : {},
    ...forceReplicate ? { forceReplicate } : {},
    eventFilters: eventFilters.flatMap((element, index) => {
      if (!isTable3(element)) return [];
      const path = ["filter", "event-filters", index];
      return [{ matcher: stringItemsAt(doc, [...path, "matcher"]), ignoreEvent: stringItemsAt(doc, [...path, "ignore-event"]) }];
    })
  };
}
function isTable3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function locatedBoolean2(entry) {
  if (!entry || typeof entry.value !== "boolean") return void 0;
  return { value: entry.value, span: entry.valueSpan, keySpan: entry.keySpan };
}
function stringItemsAt(doc, path) {
  const entry = doc.entry(path);
  return entry ? stringItems(entry) : [];
}
function stringItems(entry) {
  if (typeof entry.value === "string") return [{ value: entry.value, span: entry.valueSpan, keySpan: entry.keySpan }];
  return (entry.items ?? []).flatMap(
    (item) => typeof item.value === "string" ? [{ value: item.value, span: item.span, keySpan: entry.keySpan }] : []
  );
}

// src/posture/changefeed-source.ts
var DROPS_INSERTS = /* @__PURE__ */ new Set(["insert", "all dml"]);
function readChangefeedSource(feed, readRepoFile, defaultCaseSensitive = false) {
  const path = feed.config;
  const what = `changefeed ${feed.id}: config file \`${path}\``;
  const text = readRepoFile(path);
  if (text === void 0) {
    return { ok: false, message: `${what} was not found in the repository` };
  }
  const parsed = parseToml(text);
  if (!parsed.ok) {
    return { ok: false, message: `${what} is not valid TOML: ${parsed.message}` };
  }
  const config = readChangefeedConfig(parsed.doc);
  const caseSensitive = feed.caseSensitive ?? config.caseSensitive?.value ?? defaultCaseSensitive;
  const rules = (config.rules ?? []).map((r) => ({ rule: r.value, location: feed.location }));
  const problems = [];
  const rulesCheck = parseTableFilter(
    rules.map((r) => r.rule),
    { caseSensitive }
  );
  if (!rulesCheck.ok) {
    for (const e of rulesCheck.errors) problems.push(`${what}: invalid \`[filter] rules\` entry \`${rules[e.ruleIndex]?.rule ?? ""}\`: ${e.message}`);
  }
  const dropped = [];
  const notes = [];
  config.eventFilters.forEach((ef, index) => {
    const matcher = ef.matcher.map((m) => m.value);
    const parsedMatcher = parseTableFilter(matcher, { caseSensitive });
    if (!parsedMatcher.ok) {
      for (const e of parsedMatcher.errors) {
        problems.push(`${what}: invalid \`matcher\` entry \`${matcher[e.ruleIndex] ?? ""}\` in event filter ${index + 1}: ${e.message}`);
      }
      return;
    }
    const events = ef.ignoreEvent.map((e) => e.value.trim().toLowerCase());
    if (!events.some((e) => DROPS_INSERTS.has(e))) return;
    dropped.push(filterSet(parsedMatcher.filter));
    notes.push(`event filter ${index + 1} drops inserts into tables matching [${matcher.map((m) => `'${m}'`).join(", ")}]`);
  });
  if (problems.length) return { ok: false, message: problems[0], messages: problems };
  return {
    ok: true,
    source: {
      rules,
      caseSensitive,
      ...config.forceReplicate ? { forceReplicate: config.forceReplicate.value } : {},
      dropsInserts: dropped.length ? union(...dropped) : NO_TABLES,
      notes
    }
  };
}

// src/posture/compile.ts
function defaultChangefeedCaseSensitive(tidb) {
  if (atLeast(tidb, "7.5.0")) return false;
  if (tidb[0] === 7 && tidb[1] === 1) return !atLeast(tidb, "7.1.3");
  if (tidb[0] === 6 && tidb[1] === 5) return !atLeast(tidb, "6.5.6");
  return true;
}
function compileRules(rules, caseSensitive, problems, what) {
  const parsed = parseTableFilter(
    rules.map((r) => r.rule),
    { caseSensitive }
  );
  if (parsed.ok) return filterSet(parsed.filter);
  for (const e of parsed.errors) {
    const at = rules[e.ruleIndex];
    if (at) problems.push({ location: at.location, message: `${what}: invalid table filter rule \`${at.rule}\`: ${e.message}` });
  }
  return void 0;
}
function compilePosture(policy, readRepoFile) {
  const problems = [];
  const clusters = /* @__PURE__ */ new Map();
  for (const cluster of policy.clusters) {
    const tidb = parseVersion(cluster.tidbVersion) ?? [0, 0, 0];
    const lightning = parseVersion(cluster.lightningVersion) ?? tidb;
    const exemptFrom = (key) => {
      const sets = cluster.exemptions.filter((e) => e.skip.some(key)).map((e) => compileRules(e.tables, false, problems, `clusters.${cluster.name}.exemptions`) ?? NO_TABLES);
      return sets.length ? union(...sets) : NO_TABLES;
    };
    const logBackup = cluster.logBackup.enabled ? {
      ...cluster.logBackup.task ? { task: cluster.logBackup.task } : {},
      protected: subtract(userTables(), exemptFrom((s2) => s2 === "log_backup"))
    } : void 0;
    const changefeeds = [];
    for (const feed of cluster.changefeeds) {
      let source = { rules: feed.rules ?? [], notes: [], dropsInserts: NO_TABLES };
      if (feed.config !== void 0) {
        const read = readChangefeedSource(feed, readRepoFile, defaultChangefeedCaseSensitive(tidb));
        if (!read.ok) {
          for (const message of read.messages ?? [read.message]) problems.push({ location: feed.location, message });
          continue;
        }
        source = { ...read.source, rules: feed.rules ?? read.source.rules };
      }
      const forceReplicate = feed.config !== void 0 ? source.forceReplicate ?? false : feed.forceReplicate;
      const notReplicated = source.dropsInserts;
      const caseSensitive = feed.caseSensitive ?? source.caseSensitive ?? defaultChangefeedCaseSensitive(tidb);
      const rules = source.rules.length ? source.rules : [{ rule: "*.*", location: feed.location }];
      const accepted = compileRules(rules, caseSensitive, problems, `changefeed ${feed.id}`) ?? ALL_TABLES;
      const exempt = exemptFrom((s2) => s2 === "changefeeds" || s2 === feed.id);
      changefeeds.push({
        id: feed.id,
        policy: feed,
        caseSensitive,
        replicated: subtract(intersect(accepted, userTables()), union(exempt, notReplicated)),
        rulesText: `[${rules.map((r) => `'${r.rule}'`).join(", ")}]`,
        ...feed.downstream.cluster ? { downstreamCluster: feed.downstream.cluster } : {},
        ...feed.downstream.kind ? { downstreamKind: feed.downstream.kind } : {},
        forceReplicate,
        notes: source.notes
      });
    }
    clusters.set(cluster.name, {
      name: cluster.name,
      cluster,
      tidb,
      lightning,
      guarded: cluster.logBackup.enabled || cluster.changefeeds.length > 0,
      ...logBackup ? { logBackup } : {},
      changefeeds
    });
  }
  policy.waivers.forEach((w, i) => {
    if (w.tables) compileRules(w.tables, false, problems, `waivers[${i}].tables`);
  });
  return { posture: { policy, clusters }, problems };
}

// src/policy/weakened.ts
var OWN_DEFAULTS = { "policy-weakened": "warning" };
function diffPolicies(base, head, options = {}) {
  const locate = headLocator(head, options.read);
  const out = [];
  const headClusters = new Map(head.clusters.map((c) => [c.name, c]));
  for (const baseCluster of base.clusters) {
    const headCluster = headClusters.get(baseCluster.name);
    if (!headCluster) {
      out.push({
        kind: "cluster-removed",
        cluster: baseCluster.name,
        key: `cluster-removed:${baseCluster.name}`,
        location: locate.topLevel(["clusters"]),
        message: `Cluster \`${baseCluster.name}\` was removed from the policy${guardText(baseCluster)}: its imports are no longer checked against it.`
      });
      continue;
    }
    out.push(...diffCluster(baseCluster, headCluster, locate));
  }
  out.push(...diffWaivers(base.waivers, head.waivers));
  out.push(...diffSeverities(base, head, locate, options.defaultSeverity ?? registryDefault));
  out.push(...diffScan(base, head, locate));
  return out.sort(byLocation);
}
function diffCluster(base, head, locate) {
  const out = [];
  const name = head.name;
  const at = (...paths) => locate.inCluster(head, ...paths);
  if (base.logBackup.enabled && !head.logBackup.enabled) {
    out.push({
      kind: "log-backup-disabled",
      cluster: name,
      key: `log-backup-disabled:${name}`,
      location: head.logBackup.location,
      message: `Log backup of cluster \`${name}\`${base.logBackup.task ? ` (task \`${base.logBackup.task}\`)` : ""} was switched off (log_backup.enabled: true \u2192 false): physical imports into it are no longer checked for point-in-time recovery gaps.`
    });
  }
  const baseLightning = parseVersion(base.lightningVersion);
  const headLightning = parseVersion(head.lightningVersion);
  if (baseLightning && headLightning && atLeast(baseLightning, "6.5.0") && !atLeast(headLightning, "6.5.0") && isGuarded(head)) {
    out.push({
      kind: "lightning-precheck-lost",
      cluster: name,
      key: `lightning-precheck-lost:${name}`,
      location: at(["lightning_version"], ["tidb_version"]),
      message: `The Lightning version of cluster \`${name}\` was lowered from ${formatVersion(baseLightning)} to ${formatVersion(headLightning)}, below v6.5.0: the linter now assumes Lightning runs no precheck against this cluster's log backup and changefeeds. Make sure the cluster really runs that version.`
    });
  }
  for (const [field, label] of [
    ["paths", "path glob"],
    ["hosts", "host pattern"]
  ]) {
    for (const removed of base.match[field].filter((g) => !head.match[field].includes(g))) {
      out.push({
        kind: "match-narrowed",
        cluster: name,
        key: `match-narrowed:${name}:${field}:${removed}`,
        location: at(["match", field], ["match"]),
        message: `The ${label} \`${removed}\` was removed from clusters.${name}.match.${field}: jobs it matched may no longer be checked against \`${name}\`.`
      });
    }
  }
  const headFeeds = new Map(head.changefeeds.map((f) => [f.id, f]));
  for (const baseFeed of base.changefeeds) {
    const headFeed = headFeeds.get(baseFeed.id);
    if (!headFeed) {
      out.push({
        kind: "changefeed-removed",
        cluster: name,
        key: `changefeed-removed:${name}:${baseFeed.id}`,
        location: at(["changefeeds"]),
        message: `Changefeed \`${baseFeed.id}\` of cluster \`${name}\`${downstreamText(baseFeed)} was removed: imports into \`${name}\` are no longer checked for replication gaps through it.`
      });
      continue;
    }
    out.push(...diffChangefeed(base, head, baseFeed, headFeed));
  }
  out.push(...diffExemptions(base, head));
  return out;
}
function isGuarded(cluster) {
  return cluster.logBackup.enabled || cluster.changefeeds.length > 0;
}
function guardText(cluster) {
  const parts = [];
  if (cluster.logBackup.enabled) parts.push(cluster.logBackup.task ? `log backup \`${cluster.logBackup.task}\`` : "log backup");
  if (cluster.changefeeds.length > 0) {
    parts.push(`${cluster.changefeeds.length === 1 ? "changefeed" : "changefeeds"} ${cluster.changefeeds.map((f) => `\`${f.id}\``).join(", ")}`);
  }
  return parts.length > 0 ? ` (it had ${parts.join(" and ")})` : "";
}
function downstreamText(feed) {
  if (feed.downstream.cluster !== void 0) return ` (to cluster \`${feed.downstream.cluster}\`)`;
  if (feed.downstream.kind !== void 0) return ` (to ${feed.downstream.kind})`;
  return "";
}
function feedCaseSensitive(cluster, feed) {
  return feed.caseSensitive ?? defaultChangefeedCaseSensitive(parseVersion(cluster.tidbVersion) ?? [0, 0, 0]);
}
function rulesText(rules) {
  return `[${rules.map((r) => `'${r.rule}'`).join(", ")}]`;
}
function diffChangefeed(baseCluster, headCluster, base, head) {
  const out = [];
  const name = headCluster.name;
  const what = `Changefeed \`${head.id}\` of cluster \`${name}\``;
  const keyOf = (kind) => `${kind}:${name}:${head.id}`;
  if (base.rules && head.rules) {
    const baseCase = feedCaseSensitive(baseCluster, base);
    const headCase = feedCaseSensitive(headCluster, head);
    const baseRules = setOf(base.rules.map((r) => r.rule), baseCase);
    const headRules = setOf(head.rules.map((r) => r.rule), headCase);
    if (baseRules && headRules) {
      const baseProtected = subtract(intersect(baseRules, userTables()), exemptSet(baseCluster, head.id));
      const witness = findWitness(subtract(baseProtected, headRules));
      if (witness) {
        const changes = [];
        if (!sameList(base.rules.map((r) => r.rule), head.rules.map((r) => r.rule))) {
          changes.push(`its rules changed from ${rulesText(base.rules)} to ${rulesText(head.rules)}`);
        }
        if (baseCase !== headCase) {
          const why = head.caseSensitive === void 0 ? ` (TiCDC's default for tidb_version ${headCluster.tidbVersion})` : "";
          changes.push(`its case sensitivity changed from ${String(baseCase)} to ${String(headCase)}${why}`);
        }
        const added = head.rules.find((r) => !base.rules?.some((b) => b.rule === r.rule));
        out.push({
          kind: "changefeed-narrowed",
          cluster: name,
          key: keyOf("changefeed-narrowed"),
          location: added?.location ?? head.location,
          message: `${what} no longer replicates ${tableText(witness.table, base.rules.map((r) => r.rule), baseCase)}: ${changes.length > 0 ? changes.join("; ") : "its rules accept fewer tables"}.`
        });
      }
    }
  } else if (base.config !== head.config) {
    const from = base.config !== void 0 ? `config \`${base.config}\`` : `rules ${rulesText(base.rules ?? [])}`;
    const to = head.config !== void 0 ? `config \`${head.config}\`` : `rules ${rulesText(head.rules ?? [])}`;
    out.push({
      kind: "changefeed-config-changed",
      cluster: name,
      key: keyOf("changefeed-config-changed"),
      location: head.location,
      message: `${what} now takes its tables from ${to} instead of ${from}: the linter cannot compare the two, so check that it still replicates every table it did.`
    });
  } else if (head.caseSensitive === true && base.caseSensitive !== true) {
    out.push({
      kind: "changefeed-narrowed",
      cluster: name,
      key: keyOf("changefeed-narrowed"),
      location: head.location,
      message: `${what} was made case-sensitive (case_sensitive: ${base.caseSensitive === void 0 ? "from its config" : "false"} \u2192 true): its rules in \`${head.config ?? ""}\` may now match fewer tables.`
    });
  }
  if (base.forceReplicate && !head.forceReplicate && head.config === void 0) {
    out.push({
      kind: "changefeed-force-replicate-off",
      cluster: name,
      key: keyOf("changefeed-force-replicate-off"),
      location: head.location,
      message: `${what} no longer sets force_replicate (true \u2192 false): tables without a valid index are no longer replicated.`
    });
  }
  const headDownstream = head.downstream.cluster;
  if (headDownstream !== void 0 && headDownstream !== base.downstream.cluster) {
    const from = base.downstream.cluster !== void 0 ? `cluster \`${base.downstream.cluster}\`` : base.downstream.kind !== void 0 ? `kind \`${base.downstream.kind}\`` : "no downstream";
    out.push({
      kind: "changefeed-downstream-changed",
      cluster: name,
      key: keyOf("changefeed-downstream-changed"),
      location: head.location,
      message: `${what} now names cluster \`${headDownstream}\` as its downstream (was ${from}): an import into \`${headDownstream}\` now counts as the remedy for a replication gap through it.`
    });
  }
  return out;
}
function covers(exemption, target) {
  return exemption.skip.some((s2) => s2 === target || target !== SKIP_LOG_BACKUP && s2 === SKIP_ALL_CHANGEFEEDS);
}
function exemptSet(cluster, target) {
  const sets = cluster.exemptions.filter((e) => covers(e, target)).map((e) => setOf(e.tables.map((t) => t.rule), false) ?? NO_TABLES);
  return sets.length > 0 ? union(...sets) : NO_TABLES;
}
function diffExemptions(base, head) {
  const targets = [];
  if (base.logBackup.enabled && head.logBackup.enabled) {
    const task = head.logBackup.task ?? base.logBackup.task;
    targets.push({
      id: SKIP_LOG_BACKUP,
      label: task ? `log backup \`${task}\`` : "log backup",
      exposed: subtract(userTables(), exemptSet(base, SKIP_LOG_BACKUP))
    });
  }
  for (const headFeed of head.changefeeds) {
    const baseFeed = base.changefeeds.find((f) => f.id === headFeed.id);
    if (!baseFeed) continue;
    const baseRules = baseFeed.rules ? setOf(baseFeed.rules.map((r) => r.rule), feedCaseSensitive(base, baseFeed)) : void 0;
    const headRules = headFeed.rules ? setOf(headFeed.rules.map((r) => r.rule), feedCaseSensitive(head, headFeed)) : void 0;
    const accepted = intersect(userTables(), ...baseRules ? [baseRules] : [], ...headRules ? [headRules] : []);
    targets.push({ id: headFeed.id, label: `changefeed \`${headFeed.id}\``, exposed: subtract(accepted, exemptSet(base, headFeed.id)) });
  }
  const out = [];
  for (const exemption of head.exemptions) {
    const tables2 = exemption.tables.map((t) => t.rule);
    const set = setOf(tables2, false);
    if (!set) continue;
    const lost = [];
    for (const target of targets) {
      if (!covers(exemption, target.id)) continue;
      const witness = findWitness(intersect(set, target.exposed));
      if (witness) lost.push({ label: target.label, table: witness.table });
    }
    if (lost.length === 0) continue;
    const isNew = !base.exemptions.some((b) => sameList(b.tables.map((t) => t.rule), tables2) || b.reason === exemption.reason);
    const byTable = /* @__PURE__ */ new Map();
    for (const l of lost) {
      const k = nameText(l.table);
      const entry = byTable.get(k) ?? { table: l.table, labels: [] };
      entry.labels.push(l.label);
      byTable.set(k, entry);
    }
    const clauses = [...byTable.values()].map((e) => `${tableText(e.table, tables2, false)} from ${joinWords(e.labels)}`);
    out.push({
      kind: "exemption-widened",
      cluster: head.name,
      key: `exemption-widened:${head.name}:${tables2.join(",")}:${exemption.skip.join(",")}`,
      location: exemption.location,
      message: `${isNew ? "A new" : "A widened"} exemption of cluster \`${head.name}\` (tables ${tables2.map((t) => `\`${t}\``).join(", ")}; skip ${exemption.skip.join(", ")}) now exempts ${clauses.join("; and ")}, which the base policy protected.`
    });
  }
  return out;
}
function waiverWidening(base, head) {
  const paths = head.paths.filter((p) => !base.paths.includes(p));
  let table;
  if (base.tables) {
    if (!head.tables) table = "all";
    else {
      const headSet = setOf(head.tables.map((t) => t.rule), false);
      const baseSet = setOf(base.tables.map((t) => t.rule), false);
      if (headSet && baseSet) table = findWitness(subtract(headSet, baseSet))?.table;
    }
  }
  let expiry;
  if (base.expires !== void 0) {
    if (head.expires === void 0) expiry = `removed (was ${base.expires})`;
    else if (head.expires > base.expires) expiry = `extended from ${base.expires} to ${head.expires}`;
  }
  if (paths.length === 0 && table === void 0 && expiry === void 0) return void 0;
  return { paths, ...table !== void 0 ? { table } : {}, ...expiry !== void 0 ? { expiry } : {} };
}
function wideningSize(w) {
  return w.paths.length + (w.table !== void 0 ? 1 : 0) + (w.expiry !== void 0 ? 1 : 0);
}
function diffWaivers(base, head) {
  const out = [];
  for (const waiver of head) {
    const sameRule = base.filter((b) => b.rule === waiver.rule);
    const widenings = sameRule.map((b) => ({ base: b, widening: waiverWidening(b, waiver) }));
    const allowing = widenings.filter((w2) => w2.widening === void 0 || w2.widening.table === void 0 && w2.widening.expiry === void 0);
    if (waiver.paths.every((p) => allowing.some((w2) => w2.base.paths.includes(p)))) continue;
    const key = `waiver-widened:${waiver.rule}:${waiver.paths.join(",")}`;
    const tablesList = waiver.tables ? waiver.tables.map((t) => `\`${t.rule}\``).join(", ") : "all tables";
    const scope = `\`${waiver.rule}\` for ${waiver.paths.map((p) => `\`${p}\``).join(", ")} (${tablesList}; ${waiver.expires !== void 0 ? `until ${waiver.expires}` : "no expiry"})`;
    const related = widenings.filter((w2) => w2.base.paths.some((p) => waiver.paths.includes(p)) || w2.base.reason === waiver.reason).sort((a, b) => wideningSize(a.widening) - wideningSize(b.widening))[0];
    if (!related) {
      out.push({
        kind: "waiver-widened",
        key,
        location: waiver.location,
        message: `A new waiver of ${scope}: these findings are no longer reported as failures.`
      });
      continue;
    }
    const w = related.widening;
    const changes = [];
    if (w.paths.length > 0) changes.push(`paths gained ${w.paths.map((p) => `\`${p}\``).join(", ")}`);
    if (w.table === "all") changes.push(`its \`tables\` limit (${(related.base.tables ?? []).map((t) => `\`${t.rule}\``).join(", ")}) was removed, so it covers every table`);
    else if (w.table !== void 0) changes.push(`it now covers ${tableText(w.table, (waiver.tables ?? []).map((t) => t.rule), false)}`);
    if (w.expiry !== void 0) changes.push(`its expiry was ${w.expiry}`);
    const newTable = w.table !== void 0 && w.table !== "all" ? waiver.tables?.find((t) => !related.base.tables?.some((b) => b.rule === t.rule)) : void 0;
    out.push({
      kind: "waiver-widened",
      key,
      location: newTable?.location ?? waiver.location,
      message: `A waiver of ${scope} was widened: ${changes.join("; ")}.`
    });
  }
  return out;
}
function registryDefault(ruleId) {
  return ruleMeta(ruleId)?.defaultSeverity ?? OWN_DEFAULTS[ruleId];
}
function rank(setting) {
  return setting === "off" ? 0 : SEVERITY_RANK[setting];
}
function diffSeverities(base, head, locate, defaults) {
  const out = [];
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(base.rules), ...Object.keys(head.rules)])].sort();
  for (const id of ids) {
    const fallback = defaults(id) ?? "error";
    const from = base.rules[id] ?? fallback;
    const to = head.rules[id] ?? fallback;
    if (rank(to) >= rank(from)) continue;
    const fromText = base.rules[id] !== void 0 ? from : `${from} (the default)`;
    const toText = head.rules[id] !== void 0 ? to : `${to} (the default; the override was removed)`;
    out.push({
      kind: "severity-lowered",
      key: `severity-lowered:${id}`,
      location: head.ruleLocations[id] ?? locate.topLevel(["rules"]),
      message: `The severity of rule \`${id}\` was lowered from ${fromText} to ${toText}${to === "off" ? ": its findings are no longer reported" : ""}.`
    });
  }
  if (rank(head.unmapped) < rank(base.unmapped)) {
    out.push({
      kind: "unmapped-lowered",
      key: "unmapped-lowered",
      location: locate.topLevel(["unmapped"]),
      message: `\`unmapped\` was lowered from ${base.unmapped} to ${head.unmapped}: import files that map to no cluster ${head.unmapped === "off" ? "are no longer reported" : "are reported less severely"} (unmapped-target).`
    });
  }
  return out;
}
function diffScan(base, head, locate) {
  const out = [];
  for (const glob of base.scan.include.filter((g) => !head.scan.include.includes(g))) {
    out.push({
      kind: "scan-narrowed",
      key: `scan-include-removed:${glob}`,
      location: locate.topLevel(["scan", "include"]),
      message: `scan.include no longer lists \`${glob}\`: files it matched may no longer be scanned.`
    });
  }
  for (const glob of head.scan.exclude.filter((g) => !base.scan.exclude.includes(g))) {
    out.push({
      kind: "scan-narrowed",
      key: `scan-exclude-added:${glob}`,
      location: locate.topLevel(["scan", "exclude"]),
      message: `scan.exclude gained \`${glob}\`: files it matches are no longer scanned.`
    });
  }
  if (head.scan.maxFileBytes < base.scan.maxFileBytes) {
    out.push({
      kind: "scan-narrowed",
      key: "scan-max-file-bytes-lowered",
      location: locate.topLevel(["scan", "max_file_bytes"]),
      message: `scan.max_file_bytes was lowered from ${formatBytes(base.scan.maxFileBytes)} to ${formatBytes(head.scan.maxFileBytes)}: larger files are skipped.`
    });
  }
  return out;
}
function formatBytes(bytes) {
  for (const [unit, size] of [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024]
  ]) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}
function setOf(rules, caseSensitive) {
  const parsed = parseTableFilter(rules, { caseSensitive });
  return parsed.ok ? filterSet(parsed.filter) : void 0;
}
function nameText(name) {
  return `${name.schema}.${name.table}`;
}
function tableText(name, rules, caseSensitive) {
  const text = nameText(name);
  const matching = rules.filter((r) => {
    const trimmed = r.trim();
    if (trimmed.startsWith("!") || trimmed.startsWith("#") || trimmed === text) return false;
    const set = setOf([trimmed], caseSensitive);
    return set !== void 0 && setHas(set, name);
  });
  return matching.length > 0 ? `\`${text}\` (for example; it matches ${matching.map((r) => `\`${r.trim()}\``).join(", ")})` : `\`${text}\``;
}
function joinWords(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function sameList(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function headLocator(head, read) {
  const trees = /* @__PURE__ */ new Map();
  const treeOf = (file) => {
    if (!read) return void 0;
    if (!trees.has(file)) {
      let text;
      try {
        text = read(file);
      } catch {
        text = void 0;
      }
      trees.set(file, text === void 0 ? void 0 : parsePolicyYaml(file, text).tree);
    }
    return trees.get(file);
  };
  const find = (file, path) => {
    const tree = treeOf(file);
    return tree && nodeAt(tree, path) ? anchorLocation(tree, path) : void 0;
  };
  const lineOne = { file: head.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const topLevel = (path) => {
    for (let i = head.files.length - 1; i >= 0; i--) {
      const found = find(head.files[i], path);
      if (found) return found;
    }
    return path.length > 1 ? topLevel(path.slice(0, 1)) : lineOne;
  };
  const inCluster = (cluster, ...paths) => {
    for (const path of paths) {
      const found = path.length > 0 ? find(cluster.location.file, ["clusters", cluster.name, ...path]) : void 0;
      if (found) return found;
    }
    return cluster.location;
  };
  return { topLevel, inCluster };
}
function byLocation(a, b) {
  const fa = a.location.file;
  const fb = b.location.file;
  return (fa < fb ? -1 : fa > fb ? 1 : 0) || a.location.line - b.location.line || a.location.column - b.location.column || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

// src/workspace/files.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";
function findRepositoryRoot(start) {
  let dir = resolve2(start);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve2(start);
    dir = parent;
  }
}
function toRepoPath(root, abs) {
  const rel = relative(root, abs);
  if (rel === "") return "";
  if (rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
var ALWAYS_SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules"]);
function scanMatchers(include, exclude) {
  return {
    include: (0, import_picomatch3.default)(include, { dot: true }),
    exclude: exclude.length ? (0, import_picomatch3.default)(exclude, { dot: true }) : () => false
  };
}
var GLOB_CHARS = /[*?[\]{}!]/;
function listFiles(root, cwd, paths, scan) {
  const globs = paths.filter((p) => GLOB_CHARS.test(p));
  const plain = paths.filter((p) => !GLOB_CHARS.test(p));
  const { include, exclude } = scanMatchers(globs.length ? globs : scan.include, scan.exclude);
  const found = /* @__PURE__ */ new Set();
  const missing = [];
  const visited = /* @__PURE__ */ new Set();
  const walk = (abs, rel) => {
    try {
      const real = realpathSync(abs);
      if (visited.has(real)) return;
      visited.add(real);
    } catch {
      return;
    }
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    const absPrefix = abs.endsWith(sep) ? abs : abs + sep;
    const relPrefix = rel === "" ? "" : rel + "/";
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name)) continue;
      const childRel = relPrefix + e.name;
      let isDirectory = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = statSync(absPrefix + e.name);
          isFile = target.isFile();
          isDirectory = target.isDirectory() && !visited.has(realpathSync(absPrefix + e.name));
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        if (!exclude(childRel + "/") && !exclude(childRel)) walk(absPrefix + e.name, childRel);
      } else if (isFile && include(childRel) && !exclude(childRel)) found.add(childRel);
    }
  };
  if (globs.length) {
    walk(root, "");
    for (const g of globs) {
      const m = scanMatchers([g], []).include;
      if (![...found].some((f) => m(f))) missing.push(g);
    }
  }
  for (const p of globs.length && !plain.length ? [] : plain.length ? plain : ["."]) {
    const abs = resolve2(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    const rel = toRepoPath(root, abs);
    if (rel === void 0) {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(abs, rel);
    else if (/\.(sql|toml)$/i.test(abs)) found.add(rel);
  }
  return { files: [...found].sort(), missing };
}
function selectFiles(root, candidates, scan) {
  const { include, exclude } = scanMatchers(scan.include, scan.exclude);
  const selected = /* @__PURE__ */ new Set();
  for (const rel of candidates) {
    if (rel.split("/").some((part) => part === ".." || ALWAYS_SKIPPED.has(part))) continue;
    if (!include(rel) || exclude(rel)) continue;
    try {
      if (statSync(repoFilePath(root, rel)).isFile()) selected.add(rel);
    } catch {
    }
  }
  return [...selected].sort();
}
function repoFilePath(root, repoPath) {
  if (sep !== "/") return resolve2(root, repoPath);
  return (root.endsWith("/") ? root : root + "/") + repoPath;
}
function fileSystemRepo(root) {
  const inside = (p) => {
    const abs = resolve2(root, p);
    return toRepoPath(root, abs) === void 0 ? void 0 : abs;
  };
  return {
    readFile(path) {
      const abs = inside(path);
      if (!abs) return void 0;
      try {
        return readFileSync(abs, "utf8");
      } catch {
        return void 0;
      }
    },
    listFiles(dir) {
      const abs = inside(dir);
      if (!abs) return void 0;
      try {
        if (!statSync(abs).isDirectory()) return void 0;
      } catch {
        return void 0;
      }
      const out = [];
      const walk = (d, depth) => {
        if (depth > 32 || out.length > 1e5) return;
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const child = join(d, e.name);
          if (e.isDirectory()) walk(child, depth + 1);
          else if (e.isFile()) {
            const rel = toRepoPath(root, child);
            if (rel !== void 0) out.push(rel);
          }
        }
      };
      walk(abs, 0);
      return out.sort();
    }
  };
}

// src/workspace/check.ts
function policyFinding(p) {
  return {
    rule: "invalid-policy",
    severity: "error",
    file: p.file,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    message: p.message,
    suppressed: false,
    fingerprint: fingerprint(["invalid-policy", p.file, p.message])
  };
}
function emptyResult(policyFile, findings) {
  const sorted = sortFindings(findings);
  return {
    report: {
      version: 1,
      tool: { name: "tidb-import-guard", version: TOOL_VERSION },
      policy: policyFile,
      findings: sorted,
      summary: summarize(sorted, 0, 0)
    },
    clusters: []
  };
}
function formatBytes2(n) {
  if (n < 1024) return `${n} bytes`;
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}
async function checkRepository(options) {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ? resolve3(options.root) : findRepositoryRoot(cwd);
  const abs = (p) => isAbsolute2(p) ? p : resolve3(root, p);
  const read = (p) => {
    try {
      return readFileSync2(abs(p), "utf8");
    } catch {
      return void 0;
    }
  };
  let policyPath = options.policyPath;
  if (policyPath !== void 0) {
    const given = isAbsolute2(policyPath) ? policyPath : resolve3(cwd, policyPath);
    policyPath = toRepoPath(root, given) ?? relative2(root, given).split(sep2).join("/");
  } else {
    policyPath = discoverPolicy((p) => existsSync2(abs(p)));
    if (policyPath === void 0) {
      return {
        result: emptyResult("", []),
        fatal: "no policy file: create .github/tidb-import-guard.yml (see the README), or pass --policy"
      };
    }
  }
  if (read(policyPath) === void 0) {
    return { result: emptyResult(policyPath, []), fatal: `cannot read the policy file ${policyPath}` };
  }
  const loaded = loadPolicy(policyPath, read);
  if (!loaded.ok) {
    return {
      result: emptyResult(policyPath, loaded.problems.map(policyFinding)),
      fatal: `the policy ${policyPath} is invalid (${loaded.problems.length} problem${loaded.problems.length === 1 ? "" : "s"})`
    };
  }
  const policy = loaded.policy;
  const repo = fileSystemRepo(root);
  const compiled = compilePosture(policy, read);
  if (compiled.problems.length) {
    const problems = compiled.problems.map((p) => ({ ...p.location, message: p.message }));
    return {
      result: emptyResult(policyPath, problems.map(policyFinding)),
      fatal: `the policy ${policyPath} is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"})`
    };
  }
  const weakenings = options.basePolicy ? baseWeakenings(options.basePolicy.path, (p) => options.basePolicy.files[p], policy, read) : options.basePolicyText !== void 0 ? baseWeakenings(policyPath, (p) => p === policyPath ? options.basePolicyText : read(p), policy, read) : [];
  let files;
  if (options.changedFiles && !options.paths) {
    files = selectFiles(root, options.changedFiles, policy.scan);
  } else {
    const listed = listFiles(root, cwd, options.paths ?? [root], policy.scan);
    if (listed.missing.length) {
      return { result: emptyResult(policyPath, []), fatal: `no such file or directory: ${listed.missing.join(", ")}` };
    }
    files = listed.files;
    if (options.changedFiles) {
      const changed = new Set(options.changedFiles);
      files = files.filter((f) => changed.has(f));
    }
  }
  const skipped = [];
  const checker = createChecker({
    policy,
    posture: compiled.posture,
    today: options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    fullScope: !options.changedFiles && (options.paths === void 0 || options.paths.some((p) => resolve3(cwd, p) === root)),
    weakenings,
    repo,
    extraFindings: skipped
  });
  for (const path of files) {
    const read2 = readWithinLimit(repoFilePath(root, path), policy.scan.maxFileBytes);
    if (read2.kind === "too-big") {
      skipped.push(skippedFinding(path, `not read: ${formatBytes2(read2.size)} is over \`scan.max_file_bytes\` (${formatBytes2(policy.scan.maxFileBytes)}); raise it or exclude the file to lint it`));
    } else if (read2.kind === "error") {
      skipped.push({ ...skippedFinding(path, `cannot read the file: ${read2.message}`), severity: "error" });
    } else checker.add({ path, bytes: read2.bytes });
  }
  return { result: checker.finish() };
}
function baseWeakenings(basePath, readBase, head, read) {
  const base = loadPolicy(basePath, readBase);
  if (!base.ok) return [];
  return diffPolicies(base.policy, head, { read });
}
function readWithinLimit(path, limit) {
  let fd;
  try {
    fd = openSync(path, "r");
    const size = fstatSync(fd).size;
    if (size > limit) return { kind: "too-big", size };
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { kind: "ok", bytes: filled === size ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return { kind: "error", message: error.message };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function skippedFinding(path, message) {
  return {
    rule: "syntax-error",
    severity: "notice",
    file: path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message,
    suppressed: false,
    fingerprint: fingerprint(["syntax-error", path, "not read"])
  };
}

// src/cli/docs.ts
import { readFileSync as readFileSync3 } from "node:fs";
var CANDIDATES = ["../docs/rules/", "../../docs/rules/"];
function readRuleDoc(id) {
  if (!/^[a-z-]+$/.test(id)) return void 0;
  for (const dir of CANDIDATES) {
    try {
      return readFileSync3(new URL(`${dir}${id}.md`, import.meta.url), "utf8");
    } catch {
    }
  }
  return void 0;
}

// src/cli/main.ts
var USAGE = `Usage:
  tidb-import-guard check [PATH...] [options]   lint Lightning configs and SQL against the policy
  tidb-import-guard explain RULE-ID             show a rule's documentation
  tidb-import-guard rules                       list the rules
  tidb-import-guard --version | --help

Options of check:
  --policy FILE        the policy (default: .github/tidb-import-guard.yml, then tidb-import-guard.yml)
  --format FORMAT      text (default), json, sarif or github (workflow annotations)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error (default), warning, notice or never
  --base-policy FILE   the policy before the change (enables policy-weakened)
  --root DIR           the repository root (default: the git top level of the current directory)

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the tool could not do its job.
`;
var FORMATS = ["text", "json", "sarif", "github"];
var FAIL_ON = ["error", "warning", "notice", "never"];
async function main(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`tidb-import-guard ${TOOL_VERSION}
`);
    return 0;
  }
  if (command === "rules") return listRules(io);
  if (command === "explain") return explain(rest, io);
  if (command === "check") return check(rest, io);
  io.stderr(`tidb-import-guard: unknown command \`${command}\`

${USAGE}`);
  return 2;
}
function listRules(io) {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}`);
  io.stdout(`${"rule".padEnd(width)}  default  description
${lines.join("\n")}
`);
  return 0;
}
function explain(args, io) {
  const id = args[0];
  if (!id || args.length > 1) {
    io.stderr("tidb-import-guard: usage: tidb-import-guard explain RULE-ID\n");
    return 2;
  }
  if (!ruleMeta(id)) {
    io.stderr(`tidb-import-guard: unknown rule \`${id}\`; \`tidb-import-guard rules\` lists them
`);
    return 2;
  }
  const doc = readRuleDoc(id);
  io.stdout(doc ?? `${id}: ${ruleMeta(id).description}
`);
  return 0;
}
async function check(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        format: { type: "string", default: "text" },
        output: { type: "string" },
        "fail-on": { type: "string", default: "error" },
        "base-policy": { type: "string" },
        root: { type: "string" }
      }
    });
  } catch (error) {
    io.stderr(`tidb-import-guard: ${error.message}

${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (!FORMATS.includes(format)) {
    io.stderr(`tidb-import-guard: --format must be one of ${FORMATS.join(", ")}
`);
    return 2;
  }
  const failOn = values["fail-on"];
  if (!FAIL_ON.includes(failOn)) {
    io.stderr(`tidb-import-guard: --fail-on must be one of ${FAIL_ON.join(", ")}
`);
    return 2;
  }
  let basePolicyText;
  if (values["base-policy"] !== void 0) {
    try {
      basePolicyText = readFileSync4(values["base-policy"], "utf8");
    } catch {
      io.stderr(`tidb-import-guard: cannot read --base-policy ${values["base-policy"]}
`);
      return 2;
    }
  }
  const outcome = await checkRepository({
    cwd: io.cwd,
    ...values.root !== void 0 ? { root: values.root } : {},
    ...positionals.length ? { paths: positionals } : {},
    ...values.policy !== void 0 ? { policyPath: values.policy } : {},
    ...basePolicyText !== void 0 ? { basePolicyText } : {}
  });
  const { report } = outcome.result;
  const colour = io.isTTY && !io.env["NO_COLOR"] && values.output === void 0;
  const rendered = format === "json" ? formatJson(report) : format === "sarif" ? formatSarif(report, { helpMarkdown: readRuleDoc }) : format === "github" ? formatGithubCommands(report) : formatText(report, { colour, counts: !outcome.fatal });
  if (values.output !== void 0) {
    try {
      writeFileSync(values.output, rendered);
    } catch (error) {
      io.stderr(`tidb-import-guard: cannot write ${values.output}: ${error.message}
`);
      return 2;
    }
  } else io.stdout(rendered);
  if (outcome.fatal) {
    io.stderr(`tidb-import-guard: ${outcome.fatal}
`);
    return 2;
  }
  return failsCheck(report.findings, failOn) ? 1 : 0;
}
var invokedAsProgram = process.argv[1] !== void 0 && fileURLToPath(import.meta.url) === (await import("node:fs")).realpathSync(process.argv[1]);
if (invokedAsProgram) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true
  }).then(
    (code2) => {
      process.exitCode = code2;
    },
    (error) => {
      process.stderr.write(`tidb-import-guard: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
      process.exitCode = 2;
    }
  );
}
export {
  main
};
