/**
 * TOML with source positions.
 *
 * Why this design: smol-toml is a small, well-kept, spec-compliant TOML 1.0 parser, but it returns
 * plain values and no positions. The other JavaScript TOML parsers either give no positions either
 * (@iarna/toml, toml) or are unmaintained. Writing a full TOML parser by hand would duplicate the
 * hard part (value semantics, duplicate-key and table-redefinition rules, dates) and risk disagreeing
 * with the spec. So the work is split:
 *
 * 1. smol-toml decides whether the text is valid TOML and what every value is. Its errors become
 *    `{ ok: false, message, offset }` (never thrown past this module).
 * 2. Only when smol-toml accepted the text, a small scanner walks the same text once and records
 *    where things are: every key and its value (with its full path, through dotted keys, inline
 *    tables and array-of-tables indices), every table header, each array element, every `#` comment.
 *    Because the text is known to be valid, the scanner only has to find boundaries (string ends,
 *    bracket nesting), not to validate; values are looked up in smol-toml's result by path.
 *
 * The scanner never throws and always advances, so it cannot hang on odd input.
 *
 * Over 400 lines: the TOML document with spans, built on smol-toml: the walk that finds each key's
 * span and the typed accessors share the document's index.
 */
import { parse, TomlError } from 'smol-toml';
import type { Comment, Span } from '../../core/types.js';

export type TomlPath = readonly (string | number)[];

export interface TomlEntry {
  readonly path: TomlPath;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  readonly value: unknown;
  /** Array elements, in order, when the value is an array. */
  readonly items?: readonly { readonly span: Span; readonly value: unknown }[];
}

export interface TomlTableHeader {
  /** `[a.b]` → ['a', 'b']; `[[a.b]]` → ['a', 'b', index]; indices of enclosing arrays of tables included. */
  readonly path: TomlPath;
  /** The whole header, brackets included. */
  readonly span: Span;
  readonly isArray: boolean;
}

export interface TomlDocument {
  readonly value: Record<string, unknown>;
  readonly entries: readonly TomlEntry[];
  readonly tables: readonly TomlTableHeader[];
  readonly comments: readonly Comment[];
  entry(path: TomlPath): TomlEntry | undefined;
  table(path: TomlPath): TomlTableHeader | undefined;
}

export type TomlParseResult = { ok: true; doc: TomlDocument } | { ok: false; message: string; offset: number };

export function parseToml(text: string): TomlParseResult {
  let value: Record<string, unknown>;
  try {
    value = parse(text, { unsafeKeyBehaviour: 'keep' }) as Record<string, unknown>;
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
      table: (path) => tableByPath.get(pathKey(path)),
    },
  };
}

/** A stable string for a path, for lookups. */
export function pathKey(path: TomlPath): string {
  return JSON.stringify(path);
}

/** The value at `path` inside a parsed TOML value, or undefined. */
export function valueAt(root: unknown, path: TomlPath): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof part === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[part];
    } else {
      if (Array.isArray(current) || !Object.hasOwn(current, part)) return undefined;
      current = (current as Record<string, unknown>)[part];
    }
  }
  return current;
}

function toParseError(text: string, error: unknown): { ok: false; message: string; offset: number } {
  if (error instanceof TomlError) {
    // smol-toml's message ends with a code block that echoes source lines (which may hold a
    // password): keep only its first line.
    const firstLine = error.message.split('\n', 1)[0] ?? 'invalid TOML';
    const message = firstLine.replace(/^Invalid TOML document:\s*/, '');
    return { ok: false, message, offset: offsetOfSmolTomlPosition(text, error.line, error.column) };
  }
  const message = error instanceof Error ? (error.message.split('\n', 1)[0] ?? 'invalid TOML') : 'invalid TOML';
  return { ok: false, message, offset: 0 };
}

/**
 * smol-toml reports 1-based line/column where only `\n` (or `\r\n`) ends a line. This is the one
 * place that turns a line/column back into an offset, using smol-toml's own line rule (a lone `\r`
 * does not end a line there, unlike in src/core/lines.ts).
 */
function offsetOfSmolTomlPosition(text: string, line: number, column: number): number {
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', lineStart);
    if (next < 0) return text.length;
    lineStart = next + 1;
  }
  return Math.min(text.length, lineStart + Math.max(column, 1) - 1);
}

interface TomlIndex {
  entries: TomlEntry[];
  tables: TomlTableHeader[];
  comments: Comment[];
}

interface ScannedKey {
  readonly keys: string[];
  readonly span: Span;
}

interface ScannedValue {
  readonly span: Span;
  readonly items?: { span: Span; value: unknown }[];
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const SCALAR_STOP = new Set([' ', '\t', '\r', '\n', ',', ']', '}', '#']);

function indexToml(text: string, root: Record<string, unknown>): TomlIndex {
  const entries: TomlEntry[] = [];
  const tables: TomlTableHeader[] = [];
  const comments: Comment[] = [];
  const arrayCounts = new Map<string, number>();
  const length = text.length;
  let pos = 0;

  const at = (i: number): string => text.charAt(i);

  const skipSpaces = (): void => {
    while (pos < length && (at(pos) === ' ' || at(pos) === '\t')) pos++;
  };

  const readComment = (): void => {
    const start = pos;
    pos++;
    while (pos < length && at(pos) !== '\n' && at(pos) !== '\r') pos++;
    comments.push({ text: text.slice(start + 1, pos), span: { start, end: pos } });
  };

  const skipBlank = (): void => {
    while (pos < length) {
      const c = at(pos);
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') pos++;
      else if (c === '#') readComment();
      else break;
    }
  };

  const skipToNextLine = (): void => {
    while (pos < length && at(pos) !== '\n') pos++;
    if (pos < length) pos++;
  };

  /** End (exclusive) of a single-line basic string starting at `start` (the opening quote). */
  const basicStringEnd = (start: number): number => {
    let i = start + 1;
    while (i < length) {
      const c = at(i);
      if (c === '\\') i += 2;
      else if (c === '"') return i + 1;
      else if (c === '\n') return i;
      else i++;
    }
    return length;
  };

  /** End of a multi-line string opened by three `quote`s at `start`; up to two extra quotes belong to the content. */
  const multilineStringEnd = (start: number, quote: string, escapes: boolean): number => {
    const delimiter = quote.repeat(3);
    let i = start + 3;
    while (i < length) {
      if (escapes && at(i) === '\\') {
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

  const readKeyPart = (): { key: string; span: Span } | undefined => {
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
    if (pos === start) return undefined;
    return { key: text.slice(start, pos), span: { start, end: pos } };
  };

  const readKey = (): ScannedKey | undefined => {
    const first = readKeyPart();
    if (!first) return undefined;
    const keys = [first.key];
    let end = first.span.end;
    for (let guard = 0; guard < length; guard++) {
      const save = pos;
      skipSpaces();
      if (at(pos) !== '.') {
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

  const readValue = (path: TomlPath, depth: number): ScannedValue => {
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
    if (c === '[' && depth < 1000) {
      pos++;
      const items: { span: Span; value: unknown }[] = [];
      while (pos < length) {
        skipBlank();
        if (pos >= length) break;
        if (at(pos) === ']') {
          pos++;
          break;
        }
        const before = pos;
        const itemPath = [...path, items.length];
        const item = readValue(itemPath, depth + 1);
        items.push({ span: item.span, value: valueAt(root, itemPath) });
        skipBlank();
        if (at(pos) === ',') pos++;
        if (pos === before) pos++;
      }
      return { span: { start, end: pos }, items };
    }
    if (c === '{' && depth < 1000) {
      pos++;
      while (pos < length) {
        skipBlank();
        if (pos >= length) break;
        if (at(pos) === '}') {
          pos++;
          break;
        }
        const before = pos;
        readKeyValue(path, depth + 1);
        skipBlank();
        if (at(pos) === ',') pos++;
        if (pos === before) pos++;
      }
      return { span: { start, end: pos } };
    }
    // Numbers, booleans, dates and times. A date-time may hold one space between date and time.
    while (pos < length && !SCALAR_STOP.has(at(pos))) pos++;
    if (at(pos) === ' ' && /^\d{4}-\d{2}-\d{2}$/.test(text.slice(start, pos)) && /\d/.test(at(pos + 1))) {
      pos++;
      while (pos < length && !SCALAR_STOP.has(at(pos))) pos++;
    }
    return { span: { start, end: pos } };
  };

  /** Reads `key = value` at `pos`, records the entry (and nested ones), returns false when no key is here. */
  const readKeyValue = (tablePath: TomlPath, depth: number): boolean => {
    const key = readKey();
    if (!key) return false;
    skipSpaces();
    if (at(pos) !== '=') return false;
    pos++;
    skipSpaces();
    const path = [...tablePath, ...key.keys];
    const scanned = readValue(path, depth);
    entries.push({
      path,
      keySpan: key.span,
      valueSpan: scanned.span,
      value: valueAt(root, path),
      ...(scanned.items ? { items: scanned.items } : {}),
    });
    return true;
  };

  const readHeader = (): TomlPath | undefined => {
    const start = pos;
    const isArray = text.startsWith('[[', pos);
    pos += isArray ? 2 : 1;
    skipSpaces();
    const key = readKey();
    skipSpaces();
    if (!key) return undefined;
    pos += isArray ? (text.startsWith(']]', pos) ? 2 : 0) : at(pos) === ']' ? 1 : 0;
    const concrete: (string | number)[] = [];
    key.keys.forEach((part, i) => {
      concrete.push(part);
      const id = pathKey(concrete);
      if (isArray && i === key.keys.length - 1) {
        const count = arrayCounts.get(id) ?? 0;
        arrayCounts.set(id, count + 1);
        concrete.push(count);
      } else {
        const count = arrayCounts.get(id);
        if (count !== undefined) concrete.push(count - 1);
      }
    });
    tables.push({ path: concrete, span: { start, end: pos }, isArray });
    return concrete;
  };

  let currentTable: TomlPath = [];
  while (pos < length) {
    skipBlank();
    if (pos >= length) break;
    const lineStart = pos;
    if (at(pos) === '[') {
      const header = readHeader();
      if (header) currentTable = header;
    } else if (!readKeyValue(currentTable, 0)) {
      skipToNextLine();
      continue;
    }
    skipSpaces();
    if (at(pos) === '#') readComment();
    if (pos === lineStart) skipToNextLine();
  }
  comments.sort((a, b) => a.span.start - b.span.start);
  return { entries, tables, comments };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\u001b',
  '"': '"',
  '\\': '\\',
};

/** The value of a single-line basic string's body (between the quotes). Used for quoted keys. */
export function decodeBasicString(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body.charAt(i + 1);
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    const width = next === 'u' ? 4 : next === 'U' ? 8 : next === 'x' ? 2 : 0;
    const hex = body.slice(i + 2, i + 2 + width);
    if (width > 0 && hex.length === width && /^[0-9A-Fa-f]+$/.test(hex)) {
      const cp = parseInt(hex, 16);
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      i += 1 + width;
      continue;
    }
    out += next;
    i++;
  }
  return out;
}
