/**
 * MySQL/TiDB lexical rules, hand-written (no library lexes TiDB's dialect — executable comments
 * `/*T! ... *\/`, `DELIMITER` scripts — while keeping offsets, and a per-character regex would be
 * too slow for 30 MB of migrations). Two layers share the primitives below:
 *
 * - the splitter (split.ts) walks the whole file with `charCodeAt`, allocating nothing per token;
 * - `tokenize` turns one interesting statement's range into tokens for the small parsers.
 *
 * Follows TiDB's default SQL mode: backslash escapes in strings (NO_BACKSLASH_ESCAPES is not
 * modelled) and `"..."` is a string, not an identifier (ANSI_QUOTES is not modelled).
 */
import { FEATURE_LIST_TOO_LONG, tidbCommentBody } from './feature-ids.js';
import type { Span } from '../../core/types.js';

export type TokenKind =
  /** Unquoted identifier or keyword; `value` is the raw text. */
  | 'word'
  /** Backquoted identifier; `value` is decoded. */
  | 'quoted'
  /** `'...'`, `"..."`, `N'...'`; `value` is decoded. */
  | 'string'
  /** Integer, decimal or float literal, unsigned; `value` is the raw text. */
  | 'number'
  /** `X'..'`, `0x..`, `B'..'`, `0b..`; `value` is the raw text. */
  | 'hex'
  /** `@name`, `@'name'`, `@1`; `value` is the decoded name. */
  | 'variable'
  /** `@@name`, `@@global.name`; `value` is the name. */
  | 'sysvar'
  /** Operators and punctuation; `value` is the text. */
  | 'op';

export interface Token {
  readonly kind: TokenKind;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export const CH_TAB = 9;
export const CH_LF = 10;
export const CH_CR = 13;
export const CH_SPACE = 32;
export const CH_DQUOTE = 34;
export const CH_HASH = 35;
export const CH_DOLLAR = 36;
export const CH_SQUOTE = 39;
export const CH_STAR = 42;
export const CH_MINUS = 45;
export const CH_DOT = 46;
export const CH_SLASH = 47;
export const CH_SEMI = 59;
export const CH_AT = 64;
export const CH_BACKSLASH = 92;
export const CH_BACKQUOTE = 96;

/** Identifier characters: ASCII letters, digits, `_`, `$`, and any non-ASCII character. */
export function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === CH_DOLLAR || c >= 128;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces and control characters separate tokens (MySQL treats control characters as space). */
export function isSpace(c: number): boolean {
  return c <= CH_SPACE;
}

/**
 * Index just past the closing quote of the quoted run starting at `start` (the opening quote),
 * or -1 when the text ends first. Strings take backslash escapes; backquoted names do not. A
 * doubled quote stands for one quote character in both.
 */
export function skipQuoted(text: string, start: number, end: number): number {
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

/** `--` starts a comment only when followed by a space, a control character or the end. */
export function isDashComment(text: string, i: number, end: number): boolean {
  if (text.charCodeAt(i + 1) !== CH_MINUS || i + 1 >= end) return false;
  return i + 2 >= end || text.charCodeAt(i + 2) <= CH_SPACE;
}

/** End of a line comment's text: the next `\n` or `\r`, or `end`. */
export function lineEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_LF || c === CH_CR) return i;
    i++;
  }
  return end;
}

/**
 * When `/*` at `i` opens an executable comment (`/*!`, `/*!50110`, `/*T!`, `/*T![feature]` with
 * features TiDB knows, see feature-ids.ts), the index where its code begins; otherwise -1. The
 * content of such comments is lexed as code.
 */
export function executableCommentBody(text: string, i: number, end: number): number {
  let j = i + 2;
  const c = text.charCodeAt(j);
  if (c === 33 /* ! */) {
    j++;
    // MySQL version guard: five digits (six since 8.0); take up to six.
    const digitsEnd = Math.min(end, j + 6);
    while (j < digitsEnd && isDigit(text.charCodeAt(j))) j++;
    return j;
  }
  if (c === 84 /* T */ && text.charCodeAt(j + 1) === 33 && j + 1 < end) {
    const body = tidbCommentBody(text, j + 2, end, true);
    // A list too long to read was reported by the splitter; its content is lexed as code from `[`.
    return body === FEATURE_LIST_TOO_LONG ? j + 2 : body;
  }
  return -1;
}

/** Decodes the body of a `'...'`/`"..."` literal (MySQL escapes; doubled quote = one quote). */
export function decodeString(text: string, start: number, end: number, quote: number): string {
  // Fast path: nothing to decode.
  let plain = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === CH_BACKSLASH || c === quote) {
      plain = false;
      break;
    }
  }
  if (plain) return text.slice(start, end);
  let out = '';
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_BACKSLASH && quote !== CH_BACKQUOTE && i + 1 < end) {
      const n = text[i + 1] as string;
      switch (n) {
        case '0':
          out += '\0';
          break;
        case 'b':
          out += '\b';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'Z':
          out += '\x1a';
          break;
        // `\%` and `\_` keep their backslash (they are LIKE escapes).
        case '%':
          out += '\\%';
          break;
        case '_':
          out += '\\_';
          break;
        default:
          out += n;
      }
      i += 2;
      continue;
    }
    if (c === quote && text.charCodeAt(i + 1) === quote) {
      out += text[i] as string;
      i += 2;
      continue;
    }
    out += text[i] as string;
    i++;
  }
  return out;
}

const THREE_CHAR_OPS = new Set(['<=>', '->>']);
const TWO_CHAR_OPS = new Set(['<=', '>=', '<>', '!=', ':=', '||', '&&', '<<', '>>', '->']);

/**
 * Tokens of `text[start, end)`, comments skipped. `insideExecutable` says the range begins inside
 * an executable comment (so a `*\/` closes it rather than being two operators). Lexical errors
 * were already reported by the splitter over the same text; here an unterminated literal simply
 * runs to `end`.
 */
export function tokenize(text: string, start: number, end: number, insideExecutable = 0): Token[] {
  const tokens: Token[] = [];
  let executableDepth = insideExecutable;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === CH_HASH || (c === CH_MINUS && isDashComment(text, i, end))) {
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
      const close = text.indexOf('*/', i + 2);
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
      const kind = c === CH_BACKQUOTE ? 'quoted' : 'string';
      tokens.push({ kind, value: decodeString(text, i + 1, bodyEnd, c), start: i, end: stop });
      i = stop;
      continue;
    }
    if (c === CH_AT) {
      i = lexVariable(text, i, end, tokens);
      continue;
    }
    if (isDigit(c) || (c === CH_DOT && isDigit(text.charCodeAt(i + 1)) && i + 1 < end && !followsName(tokens, i))) {
      i = lexNumberOrWord(text, i, end, tokens);
      continue;
    }
    if (isIdentChar(c)) {
      let j = i + 1;
      while (j < end && isIdentChar(text.charCodeAt(j))) j++;
      const next = text.charCodeAt(j);
      if (j - i === 1 && next === CH_SQUOTE && j < end) {
        // N'..' national string, X'..' hex, B'..' bit literal.
        const lower = c | 0x20;
        if (lower === 110 /* n */ || lower === 120 /* x */ || lower === 98 /* b */) {
          const close = skipQuoted(text, j, end);
          const stop = close === -1 ? end : close;
          if (lower === 110) {
            const bodyEnd = close === -1 ? end : close - 1;
            tokens.push({ kind: 'string', value: decodeString(text, j + 1, bodyEnd, CH_SQUOTE), start: i, end: stop });
          } else {
            tokens.push({ kind: 'hex', value: text.slice(i, stop), start: i, end: stop });
          }
          i = stop;
          continue;
        }
      }
      tokens.push({ kind: 'word', value: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    const three = text.slice(i, Math.min(i + 3, end));
    if (THREE_CHAR_OPS.has(three)) {
      tokens.push({ kind: 'op', value: three, start: i, end: i + 3 });
      i += 3;
      continue;
    }
    const two = text.slice(i, Math.min(i + 2, end));
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: 'op', value: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    // One UTF-16 unit; a lone surrogate or any other stray character is just an operator token.
    tokens.push({ kind: 'op', value: text[i] as string, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}

/** A `.` right after a name or `)` is a qualifier dot (`t.5` is rare, `db.t` common). */
function followsName(tokens: readonly Token[], i: number): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.end !== i) return false;
  return last.kind === 'word' || last.kind === 'quoted' || (last.kind === 'op' && last.value === ')');
}

function lexVariable(text: string, i: number, end: number, tokens: Token[]): number {
  const system = text.charCodeAt(i + 1) === CH_AT && i + 1 < end;
  let j = i + (system ? 2 : 1);
  const q = text.charCodeAt(j);
  if (j < end && (q === CH_SQUOTE || q === CH_DQUOTE || q === CH_BACKQUOTE)) {
    const close = skipQuoted(text, j, end);
    const stop = close === -1 ? end : close;
    const bodyEnd = close === -1 ? end : close - 1;
    const name = decodeString(text, j + 1, bodyEnd, q);
    tokens.push({ kind: system ? 'sysvar' : 'variable', value: name, start: i, end: stop });
    return stop;
  }
  // User variable names may contain `.` (and `@@global.x` has one).
  while (j < end) {
    const c = text.charCodeAt(j);
    if (!isIdentChar(c) && c !== CH_DOT) break;
    j++;
  }
  if (j === i + (system ? 2 : 1)) {
    tokens.push({ kind: 'op', value: '@', start: i, end: i + 1 });
    return i + 1;
  }
  tokens.push({ kind: system ? 'sysvar' : 'variable', value: text.slice(i + (system ? 2 : 1), j), start: i, end: j });
  return j;
}

function lexNumberOrWord(text: string, i: number, end: number, tokens: Token[]): number {
  const c0 = text.charCodeAt(i);
  const c1 = text.charCodeAt(i + 1) | 0x20;
  if (c0 === 48 && (c1 === 120 || c1 === 98) && i + 2 < end) {
    // 0x1F / 0b101, unless more identifier characters follow (then it is a name like `0xyz`).
    let j = i + 2;
    while (j < end && isIdentChar(text.charCodeAt(j))) j++;
    const body = text.slice(i + 2, j);
    const ok = c1 === 120 ? /^[0-9a-fA-F]+$/.test(body) : /^[01]+$/.test(body);
    tokens.push({ kind: ok ? 'hex' : 'word', value: text.slice(i, j), start: i, end: j });
    return j;
  }
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  if (j < end && text.charCodeAt(j) === CH_DOT) {
    j++;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
  }
  const e = text.charCodeAt(j) | 0x20;
  if (j < end && e === 101 /* e */) {
    let k = j + 1;
    const sign = text.charCodeAt(k);
    if (sign === 43 || sign === CH_MINUS) k++;
    if (k < end && isDigit(text.charCodeAt(k))) {
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      j = k;
    }
  }
  if (j < end && isIdentChar(text.charCodeAt(j)) && isDigit(c0)) {
    // MySQL names may start with digits (`1abc`): the whole run is a word.
    let k = j;
    while (k < end && isIdentChar(text.charCodeAt(k))) k++;
    tokens.push({ kind: 'word', value: text.slice(i, k), start: i, end: k });
    return k;
  }
  tokens.push({ kind: 'number', value: text.slice(i, j), start: i, end: j });
  return j;
}

export function spanOf(token: Token): Span {
  return { start: token.start, end: token.end };
}
