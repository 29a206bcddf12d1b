/**
 * TiDB table-filter rules (pkg/util/table-filter): parsing, compiling and matching.
 *
 * Each rule part (schema or table) compiles to one of:
 * - `*` alone: matches everything (TiDB's trueMatcher, which `MatchSchema` treats specially);
 * - a literal (quoted, or a wildcard part without `*`, `?` or `[`): compared as a string;
 * - otherwise a regular expression: a wildcard part is rewritten to the same Go regex TiDB builds
 *   (`(?s)^...$`, `*` → `.*`, `?` → `.`, classes passed through, `[!` → `[^`, `[^` → `[\^`), and a
 *   `/regex/` part is used as written; both are parsed by regex.ts with RE2 rules.
 * Rewriting exactly like TiDB keeps its quirks, on purpose: a `$` in a wildcard part is an anchor
 * (`p*$` means `p*`), and `[!]` is a regex error.
 *
 * Case-insensitive filters lowercase the name and give regexes `(?i)`; we compile that into the
 * automaton (classes become "characters whose lowercase is in the folded class"), so the automaton
 * runs on the name as written and case modes can be combined in sets.ts.
 *
 * Over 400 lines on purpose: a port of pkg/util/table-filter (parse, compile, match), kept whole
 * so it reads side by side with its source.
 */
import { charsOf, lowerName, lowerPreimage, normalizeRanges, singleChar, ANY_CHAR, type CharSet } from './charset.js';
import { compileRe, nfaMatches, type Nfa, type Re } from './nfa.js';
import { parseRegex } from './regex.js';

export interface FilterRuleError {
  readonly message: string;
  /** Index of the rule (in the `rules` given to `parseTableFilter`) that is wrong or imports the wrong file. */
  readonly ruleIndex: number;
  /** UTF-16 offset inside that rule string (for an import: the start of the file name). */
  readonly offset: number;
  /** Set when the error is inside an imported file: its path and 1-based line. */
  readonly importPath?: string;
  readonly importLine?: number;
}

/** One compiled rule part. */
export interface PartPattern {
  /** `*` alone. */
  readonly all: boolean;
  /** The literal a plain or quoted part stands for (lowercased in case-insensitive filters). */
  readonly literal?: string;
  /** Set with `literal`: whether names are compared as written (else lowercased first). */
  readonly caseSensitive?: boolean;
  /** Automaton over the name as written (case handling compiled in); absent when `all`. */
  readonly nfa?: Nfa;
  /** Characters written literally in the pattern: the witness search prefers them. */
  readonly literalChars: CharSet;
}

export interface CompiledRule {
  readonly positive: boolean;
  readonly schema: PartPattern;
  readonly table: PartPattern;
  /** The rule text as written (after trimming), for messages. */
  readonly text: string;
}

export interface TableFilter {
  readonly rules: readonly string[];
  readonly caseSensitive: boolean;
  /** Rules in source order, imports expanded; the last matching one decides. */
  readonly compiled: readonly CompiledRule[];
}

export interface TableName {
  readonly schema: string;
  readonly table: string;
}

export interface ParseOptions {
  readonly caseSensitive: boolean;
  /** Returns the text of an `@path` import, or undefined when it cannot be read. */
  readonly readImport?: (path: string) => string | undefined;
  /**
   * Returns an `@path` import already parsed by `parseFilterFile` (the parse stage reads and parses
   * each file once per run), or undefined when it cannot be read. Takes precedence over `readImport`.
   */
  readonly importedFile?: (path: string, caseSensitive: boolean) => FilterFile | undefined;
}

/** One meaningful line of an imported filter file (blank and comment lines are dropped). */
export type FilterFileLine =
  | { readonly kind: 'rule'; readonly line: number; readonly rule: CompiledRule }
  | { readonly kind: 'error'; readonly line: number; readonly message: string }
  | { readonly kind: 'import'; readonly line: number };

/** An `@file` filter import, parsed: its rules and wrong lines in order, with 1-based line numbers. */
export interface FilterFile {
  readonly lines: readonly FilterFileLine[];
}

export type ParseResult = { ok: true; filter: TableFilter } | { ok: false; errors: FilterRuleError[] };

export const DEFAULT_LIGHTNING_FILTER: readonly string[] = Object.freeze([
  '*.*',
  '!mysql.*',
  '!sys.*',
  '!INFORMATION_SCHEMA.*',
  '!PERFORMANCE_SCHEMA.*',
  '!METRICS_SCHEMA.*',
  '!INSPECTION_SCHEMA.*',
]);

export const SYSTEM_SCHEMAS: readonly string[] = Object.freeze([
  'mysql',
  'sys',
  'information_schema',
  'performance_schema',
  'metrics_schema',
  'inspection_schema',
]);

export function isSystemSchema(schema: string): boolean {
  return SYSTEM_SCHEMAS.includes(lowerName(schema));
}

// ---- parsing ------------------------------------------------------------------------------------

/** A problem inside one rule line, positioned relative to that line. */
interface LineError {
  readonly message: string;
  readonly offset: number;
}

type PartResult = { ok: true; part: PartPattern; rest: number } | { ok: false; error: LineError };

function isAsciiAlphanumeric(ch: string): boolean {
  return /^[0-9A-Za-z]$/.test(ch);
}

function isPlainChar(ch: string): boolean {
  return ch === '$' || ch === '_' || isAsciiAlphanumeric(ch) || ch.codePointAt(0)! >= 0x80;
}

export const ALL_PART: PartPattern = { all: true, literalChars: [] };

const literalParts = new Map<string, PartPattern>();

/**
 * The part for one exact name (lowercased comparison when case-insensitive). Cached, so that the
 * many atoms naming the same schema share one automaton (the witness search dedupes by automaton).
 */
export function literalPart(text: string, caseSensitive: boolean): PartPattern {
  const key = `${caseSensitive ? 's' : 'i'}:${text}`;
  let part = literalParts.get(key);
  if (part === undefined) {
    part = buildLiteralPart(text, caseSensitive);
    if (literalParts.size > 50_000) literalParts.clear();
    literalParts.set(key, part);
  }
  return part;
}

/**
 * A literal part's automaton and characters are made when first asked for: a repository names
 * tens of thousands of tables exactly (every IMPORT INTO target), matching compares the lowered
 * string (`matchPart`), and only a witness search over such a set needs the automaton. A class,
 * so that the two accessors are shared by every part (an object literal with getters costs two
 * closures and a dictionary of properties per part: about 450 bytes, against about 40 here).
 */
class LiteralPart implements PartPattern {
  readonly all = false;
  readonly literal: string;
  readonly caseSensitive: boolean;
  /** The name as written, when lowering changed it (its characters are the ones spelled). */
  readonly #written: string | undefined;
  #nfa: Nfa | undefined;
  #literalChars: CharSet | undefined;
  constructor(text: string, caseSensitive: boolean) {
    this.literal = caseSensitive ? text : lowerName(text);
    this.caseSensitive = caseSensitive;
    this.#written = this.literal === text ? undefined : text;
  }
  get nfa(): Nfa {
    const { literal, caseSensitive } = this;
    this.#nfa ??= compileRe({
      k: 'cat',
      xs: [...literal].map((ch): Re => {
        const set = singleChar(ch.codePointAt(0)!);
        return { k: 'chars', set: caseSensitive ? set : lowerPreimage(set) };
      }),
    });
    return this.#nfa;
  }
  get literalChars(): CharSet {
    this.#literalChars ??= charsOf(this.#written ?? this.literal);
    return this.#literalChars;
  }
}

function buildLiteralPart(text: string, caseSensitive: boolean): PartPattern {
  return new LiteralPart(text, caseSensitive);
}

/** TiDB matches regexes unanchored: wrap the tree in `.*` on both sides (any character, even `\n`). */
function unanchored(re: Re): Re {
  const anything: Re = { k: 'rep', x: { k: 'chars', set: ANY_CHAR }, min: 0, max: -1 };
  return { k: 'cat', xs: [anything, re, anything] };
}

/** Characters a tree spells out one at a time (classes of up to 3 characters, e.g. folded `k`). */
function spelledChars(re: Re, out: number[] = []): number[] {
  switch (re.k) {
    case 'chars': {
      let size = 0;
      for (let i = 0; i < re.set.length; i += 2) size += re.set[i + 1]! - re.set[i]! + 1;
      if (size <= 3) for (let i = 0; i < re.set.length; i += 2) for (let c = re.set[i]!; c <= re.set[i + 1]!; c++) out.push(c, c);
      break;
    }
    case 'cat':
    case 'alt':
      for (const x of re.xs) spelledChars(x, out);
      break;
    case 'rep':
      spelledChars(re.x, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Compiled pattern parts by their regex and case mode: filters that differ in one rule share the
 * others' parts (`tmp_*` in `!app.tmp_*` and `!reports.tmp_*`), and so their automata and the
 * witness searches' caches of them. Only parts that compile are kept; bounded like `literalParts`.
 */
const regexParts = new Map<string, PartPattern>();

function regexPart(source: string, caseSensitive: boolean, offset: number, innerOffsets: boolean): PartResult {
  const key = `${caseSensitive ? 's' : 'i'}:${source}`;
  const known = regexParts.get(key);
  if (known !== undefined) return { ok: true, part: known, rest: 0 };
  const result = compileRegexPart(source, caseSensitive, offset, innerOffsets);
  if (result.ok) {
    if (regexParts.size > 10_000) regexParts.clear();
    regexParts.set(key, result.part);
  }
  return result;
}

function compileRegexPart(source: string, caseSensitive: boolean, offset: number, innerOffsets: boolean): PartResult {
  const parsed = parseRegex(source, { foldCase: !caseSensitive, loweredWordBoundaries: !caseSensitive });
  if (!parsed.ok) {
    // A `/regex/` part can point at the offending construct; a wildcard's rewrite cannot.
    const inner = innerOffsets ? parsed.error.offset : 0;
    return { ok: false, error: { message: `invalid pattern: ${parsed.error.message}`, offset: offset + inner } };
  }
  const nfa = compileRe(unanchored(parsed.re), caseSensitive ? undefined : lowerPreimage);
  return { ok: true, part: { all: false, nfa, literalChars: normalizeRanges(spelledChars(parsed.re)) }, rest: 0 };
}

/** Length of a quoted part `"..."` (doubled quote escapes) starting at `at`, like TiDB's regex. */
function quotedLength(line: string, at: number, quote: string): number | undefined {
  let i = at + 1;
  let lastPair = -1;
  while (i < line.length) {
    if (line[i] === quote) {
      if (line[i + 1] === quote) {
        lastPair = i;
        i += 2;
        continue;
      }
      return i > at + 1 ? i + 1 - at : undefined;
    }
    i++;
  }
  // Ran out inside a doubled quote: the regex backtracks and closes at the last pair's first quote.
  return lastPair > at + 1 ? lastPair + 1 - at : undefined;
}

/** End (exclusive) of a wildcard class `[...]` starting at `at`, or undefined when malformed. */
function classEnd(line: string, at: number): number | undefined {
  let i = at + 1;
  let items = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ']') return items > 0 ? i + 1 : undefined;
    if (ch === '\\') {
      const next = line.codePointAt(i + 1);
      if (next === undefined || isAsciiAlphanumeric(String.fromCodePoint(next))) return undefined;
      i += next > 0xffff ? 3 : 2;
    } else {
      i += line.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    items++;
  }
  return undefined;
}

function parsePart(line: string, at: number, caseSensitive: boolean, needsDot: boolean): PartResult {
  if (at >= line.length) return { ok: false, error: { message: 'syntax error: missing pattern', offset: at } };
  const first = line[at]!;
  if (first === '/') {
    // `/(?:\\.|[^/])+/`: escaped characters, or anything but a slash. Go's leftmost-first match
    // backtracks when the escape-first scan finds no closing slash: the last `\/` pair then gives
    // its `\` to the regex and its `/` closes it (`d./\Q\/` is the regex `\Q\`).
    let i = at + 1;
    let lastEscapedSlash = -1;
    while (i < line.length && line[i] !== '/') {
      if (line[i] === '\\' && i + 1 < line.length) {
        if (line[i + 1] === '/') lastEscapedSlash = i;
        i += 2;
      } else i += 1;
    }
    if (i >= line.length && lastEscapedSlash > at) i = lastEscapedSlash + 1;
    if (i >= line.length || i === at + 1) {
      return { ok: false, error: { message: 'syntax error: incomplete regexp', offset: at } };
    }
    const source = line.slice(at + 1, i);
    // TiDB's MatchSchema recognizes "every table" by the compiled text `(?s)^.*$`, which is also
    // what `*` compiles to: a part written exactly `/(?s)^.*$/` counts as `*` there too.
    if (source === '(?s)^.*$') return { ok: true, part: ALL_PART, rest: i + 1 };
    const result = regexPart(source, caseSensitive, at + 1, true);
    return result.ok ? { ...result, rest: i + 1 } : result;
  }
  if (first === '"' || first === '`') {
    const length = quotedLength(line, at, first);
    if (length === undefined) {
      return { ok: false, error: { message: 'syntax error: incomplete quoted identifier', offset: at } };
    }
    const name = line
      .slice(at + 1, at + length - 1)
      .split(first + first)
      .join(first);
    return { ok: true, part: literalPart(name, caseSensitive), rest: at + length };
  }
  return parseWildcardPart(line, at, caseSensitive, needsDot);
}

function parseWildcardPart(line: string, at: number, caseSensitive: boolean, needsDot: boolean): PartResult {
  let literal = '';
  let regex = '(?s)^';
  let isLiteral = true;
  let i = at;
  while (i < line.length) {
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    if (ch === '\\') {
      if (i === line.length - 1) {
        return { ok: false, error: { message: 'syntax error: cannot place \\ at end of line', offset: i } };
      }
      const escaped = String.fromCodePoint(line.codePointAt(i + 1)!);
      if (isAsciiAlphanumeric(escaped)) {
        return {
          ok: false,
          error: { message: `cannot escape a letter or number (\\${escaped}), it is reserved for future extension`, offset: i },
        };
      }
      literal += escaped;
      regex += escaped.codePointAt(0)! < 0x80 ? `\\${escaped}` : escaped;
      i += 1 + escaped.length;
    } else if (ch === '.') {
      if (needsDot) break;
      return { ok: false, error: { message: "unexpected special character '.'", offset: i } };
    } else if (ch === '*') {
      isLiteral = false;
      regex += '.*';
      i++;
    } else if (ch === '?') {
      isLiteral = false;
      regex += '.';
      i++;
    } else if (ch === '[') {
      isLiteral = false;
      const end = classEnd(line, i);
      if (end === undefined) {
        return { ok: false, error: { message: 'syntax error: failed to parse character class', offset: i } };
      }
      const marker = line[i + 1];
      regex += marker === '!' ? `[^${line.slice(i + 2, end)}` : marker === '^' ? `[\\^${line.slice(i + 2, end)}` : line.slice(i, end);
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
    // An empty literal (rule `.tbl`) is accepted by TiDB too; it matches no real name.
    return { ok: true, part: literalPart(literal, caseSensitive), rest: i };
  }
  if (regex === '(?s)^.*') return { ok: true, part: ALL_PART, rest: i };
  const result = regexPart(regex + '$', caseSensitive, at, false);
  return result.ok ? { ...result, rest: i } : result;
}

type LineResult =
  | { kind: 'skip' }
  | { kind: 'rule'; rule: CompiledRule }
  | { kind: 'import'; path: string; pathOffset: number }
  | { kind: 'error'; error: LineError };

function parseLine(raw: string, caseSensitive: boolean): LineResult {
  const leading = raw.length - raw.replace(/^[ \t]+/, '').length;
  const line = raw.replace(/^[ \t]+|[ \t]+$/g, '');
  if (line.length === 0 || line[0] === '#') return { kind: 'skip' };
  const shift = (error: LineError): LineResult => ({ kind: 'error', error: { ...error, offset: error.offset + leading } });
  if (line[0] === '@') return { kind: 'import', path: line.slice(1), pathOffset: leading + 1 };
  const positive = line[0] !== '!';
  const start = positive ? 0 : 1;
  const schema = parsePart(line, start, caseSensitive, true);
  if (!schema.ok) return shift(schema.error);
  if (schema.rest >= line.length) return shift({ message: 'wrong table pattern', offset: schema.rest });
  if (line[schema.rest] !== '.') {
    return shift({ message: "syntax error: missing '.' between schema and table patterns", offset: schema.rest });
  }
  const table = parsePart(line, schema.rest + 1, caseSensitive, true);
  if (!table.ok) return shift(table.error);
  if (table.rest < line.length) {
    return shift({ message: 'syntax error: stray characters after table pattern', offset: table.rest });
  }
  return { kind: 'rule', rule: { positive, schema: schema.part, table: table.part, text: line } };
}

/** Splits an imported file like Go's bufio.ScanLines (drops one trailing `\r` per line). */
function fileLines(text: string): string[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Parses the text of an `@file` filter import (lines split like Go's bufio.ScanLines). */
export function parseFilterFile(text: string, caseSensitive: boolean): FilterFile {
  const lines: FilterFileLine[] = [];
  fileLines(text).forEach((raw, lineIndex) => {
    const inner = parseLine(raw, caseSensitive);
    const line = lineIndex + 1;
    if (inner.kind === 'rule') lines.push({ kind: 'rule', line, rule: inner.rule });
    else if (inner.kind === 'error') lines.push({ kind: 'error', line, message: inner.error.message });
    else if (inner.kind === 'import') lines.push({ kind: 'import', line });
  });
  return { lines };
}

/**
 * Parses rules like TiDB's `filter.Parse` (+ `CaseInsensitive` when `caseSensitive` is false).
 * Unlike TiDB, which stops at the first problem, every wrong rule is reported.
 */
/**
 * Parsed filters without `@file` imports, by their rules: many Lightning configs share a handful
 * of filters, and one parse (with the sets and automata later built from it, memoized per filter)
 * serves them all instead of each job holding its own copy. Bounded: past the cap it starts over.
 */
const parsedFilters = new Map<string, ParseResult>();
const PARSED_FILTERS_CAP = 1024;

export function parseTableFilter(rules: readonly string[], options: ParseOptions): ParseResult {
  // A rule with `@` may import a file: its result depends on more than the rules.
  if (rules.some((r) => r.includes('@'))) return parseTableFilterUncached(rules, options);
  const key = `${options.caseSensitive ? 1 : 0}${JSON.stringify(rules)}`;
  let parsed = parsedFilters.get(key);
  if (parsed === undefined) {
    if (parsedFilters.size >= PARSED_FILTERS_CAP) parsedFilters.clear();
    parsed = parseTableFilterUncached(rules, options);
    parsedFilters.set(key, parsed);
  }
  return parsed;
}

function importedFile(path: string, options: ParseOptions): FilterFile | undefined {
  if (options.importedFile) return options.importedFile(path, options.caseSensitive);
  const text = options.readImport?.(path);
  return text === undefined ? undefined : parseFilterFile(text, options.caseSensitive);
}

function parseTableFilterUncached(rules: readonly string[], options: ParseOptions): ParseResult {
  const compiled: CompiledRule[] = [];
  const errors: FilterRuleError[] = [];
  rules.forEach((rule, ruleIndex) => {
    const parsed = parseLine(rule, options.caseSensitive);
    if (parsed.kind === 'rule') compiled.push(parsed.rule);
    else if (parsed.kind === 'error') errors.push({ ...parsed.error, ruleIndex });
    else if (parsed.kind === 'import') {
      const file = importedFile(parsed.path, options);
      if (file === undefined) {
        errors.push({
          message: `cannot open filter file: open ${parsed.path}: no such file or directory`,
          ruleIndex,
          offset: parsed.pathOffset,
        });
        return;
      }
      for (const entry of file.lines) {
        const at = { ruleIndex, offset: parsed.pathOffset, importPath: parsed.path, importLine: entry.line };
        if (entry.kind === 'rule') compiled.push(entry.rule);
        else if (entry.kind === 'error') {
          errors.push({ ...at, message: `${parsed.path}:${entry.line}: ${entry.message}` });
        } else {
          errors.push({ ...at, message: `${parsed.path}:${entry.line}: importing filter files recursively is not allowed` });
        }
      }
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, filter: { rules: [...rules], caseSensitive: options.caseSensitive, compiled } };
}

// ---- matching -----------------------------------------------------------------------------------

export function matchPart(part: PartPattern, name: string, caseSensitive: boolean): boolean {
  if (part.all) return true;
  if (part.literal !== undefined) return (caseSensitive ? name : lowerName(name)) === part.literal;
  return nfaMatches(part.nfa!, name);
}

/** TiDB's `MatchTable`: the last rule matching both parts decides; no match rejects. */
export function matchTable(filter: TableFilter, schema: string, table: string): boolean {
  for (let i = filter.compiled.length - 1; i >= 0; i--) {
    const rule = filter.compiled[i]!;
    if (matchPart(rule.schema, schema, filter.caseSensitive) && matchPart(rule.table, table, filter.caseSensitive)) {
      return rule.positive;
    }
  }
  return false;
}

/**
 * TiDB's `MatchSchema`: whether any table of the schema may be accepted. The last rule whose schema
 * part matches decides, except that a negative rule only counts when its table part is `*`
 * (so `!foo.bar` does not exclude schema `foo`).
 */
export function matchSchema(filter: TableFilter, schema: string): boolean {
  for (let i = filter.compiled.length - 1; i >= 0; i--) {
    const rule = filter.compiled[i]!;
    if (matchPart(rule.schema, schema, filter.caseSensitive) && (rule.positive || rule.table.all)) {
      return rule.positive;
    }
  }
  return false;
}
