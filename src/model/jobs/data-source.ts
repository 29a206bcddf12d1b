/**
 * A Lightning data directory that lives in the repository: where it is, and which tables its files
 * stand for, classified as Lightning's file router does (pingcap/tidb pkg/lightning/mydump/router.go,
 * loader.go; docs tidb-lightning-data-source.md).
 *
 * Locating it: `file://` and `local://` prefixes are stripped; any other `scheme://` (s3, gcs,
 * azure, ...) and absolute paths are outside the repository. A relative path is looked up beside
 * the config file first, then from the repository root; a path climbing out of the repository is
 * outside it.
 *
 * Classifying: without `[[mydumper.files]]`, the default rules (first match wins, names
 * URL-unescaped, case-insensitive): `*-schema-trigger.sql`/`*-schema-post.sql` and `*.bak` are
 * ignored, `{db}-schema-create.sql` is a database, `{db}.{tbl}-schema.sql` a table schema,
 * `{db}.{tbl}-schema-view.sql` a view, `{db}.{tbl}[.{n}].{sql|csv|parquet}[.{compression}]` data.
 * With `[[mydumper.files]]`, only those rules apply (Lightning drops the defaults then).
 *
 * Custom rules are Go regular expressions. We check them with the RE2 parser of src/core/filter (so
 * what Go rejects is rejected with Go's message) and match them with JavaScript's engine after
 * translating the few Go-only spellings: a leading `(?flags)` group (i, s, m; `U` is refused),
 * `(?P<name>`, `\A`, `\z`, `\pL`-style one-letter classes, and POSIX `[[:alpha:]]` classes.
 * Anything else Go-specific that JavaScript reads differently is refused as unsupported, and the
 * caller falls back to the filter as a pattern set. File paths are short, and a path is only
 * matched after the RE2 automaton accepted it, so backtracking cannot run away on a mismatch.
 *
 * Over 400 lines, three concerns (locating the directory, routing its file names, reading schema
 * files); splitting them is pending (issue 12).
 */
import { isRefused, listingOf, textOf, type RepoView } from '../../core/repo.js';
import { ANY_CHAR } from '../../core/filter/charset.js';
import { compileRe, nfaMatches, type Nfa, type Re } from '../../core/filter/nfa.js';
import { parseRegex } from '../../core/filter/regex.js';
import type { TableName } from '../../core/filter/index.js';
import type { MydumperFileRule } from '../../parse/lightning/config.js';

export type DataDirectory =
  | {
      readonly inRepository: true;
      readonly dir: string;
      readonly files: readonly string[];
      /** Sub-directories that could not be listed: the files are then not all known. */
      readonly unreadable?: readonly { readonly path: string; readonly reason: string }[];
    }
  | {
      readonly inRepository: false;
      readonly reason: string;
      /** Set when the directory is in the repository but was refused (a link out, unreadable). */
      readonly refused?: boolean;
    };

function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** Finds `data-source-dir` in the repository (see the module comment for the lookup order). */
export function locateDataDirectory(value: string, configPath: string, repo: RepoView): DataDirectory {
  let path = value.trim().replace(/\\/g, '/');
  const q = path.indexOf('?');
  const prefixed = /^(file|local):\/\//i.exec(path);
  if (prefixed) path = path.slice(prefixed[0].length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return { inRepository: false, reason: 'it is a cloud storage URI' };
  if (q >= 0 && prefixed) path = path.slice(0, path.indexOf('?'));
  if (path === '') return { inRepository: false, reason: 'it is empty' };
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path) || path.startsWith('~')) {
    return { inRepository: false, reason: 'it is an absolute path on the import host' };
  }
  const configDir = configPath.includes('/') ? configPath.slice(0, configPath.lastIndexOf('/')) : '';
  const candidates = [normalizePath(configDir ? `${configDir}/${path}` : path), normalizePath(path)];
  let refused: DataDirectory | undefined;
  for (const dir of candidates) {
    if (dir === undefined) continue;
    const listed = listingOf(repo.listFiles(dir === '' ? '.' : dir));
    if (listed === undefined) continue;
    if (isRefused(listed)) {
      refused ??= { inRepository: false, reason: `\`${dir === '' ? '.' : dir}\` ${listed.refused}`, refused: true };
      continue;
    }
    return { inRepository: true, dir, files: listed.files, ...(listed.unreadable.length ? { unreadable: listed.unreadable } : {}) };
  }
  return refused ?? { inRepository: false, reason: 'no such directory is in the repository' };
}

export type SourceFileType = 'schema-schema' | 'table-schema' | 'view-schema' | 'sql' | 'csv' | 'parquet' | 'ignore';

export interface ClassifiedFile {
  /** Repository-relative path. */
  readonly path: string;
  readonly type: SourceFileType;
  readonly schema: string;
  readonly table: string;
}

interface FileRoute {
  readonly re: RegExp;
  /** RE2 automaton deciding whether `re` matches at all (linear time). */
  readonly guard?: Nfa;
  readonly type: string;
  readonly schema: string;
  readonly table: string;
  readonly unescape: boolean;
}

const DEFAULT_ROUTES: readonly FileRoute[] = [
  { re: /.*(-schema-trigger|-schema-post)\.sql(?:\.(\w*?))?$/i, type: 'ignore', schema: '', table: '', unescape: false },
  { re: /.*\.(sql|csv|parquet)(\.(\w+))?\.(bak|BAK)$/i, type: 'ignore', schema: '', table: '', unescape: false },
  { re: /^(?:[^/]*\/)*([^/.]+)-schema-create\.sql(?:\.(\w*?))?$/i, type: 'schema-schema', schema: '$1', table: '', unescape: true },
  { re: /^(?:[^/]*\/)*([^/.]+)\.(.*?)-schema\.sql(?:\.(\w*?))?$/i, type: 'table-schema', schema: '$1', table: '$2', unescape: true },
  { re: /^(?:[^/]*\/)*([^/.]+)\.(.*?)-schema-view\.sql(?:\.(\w*?))?$/i, type: 'view-schema', schema: '$1', table: '$2', unescape: true },
  {
    re: /^(?:[^/]*\/)*([^/.]+)\.(.*)\.([0-9]+)\.(snappy|gzip|gz|zstd|zst)\.parquet$/i,
    type: 'parquet',
    schema: '$1',
    table: '$2',
    unescape: true,
  },
  {
    re: /^(?:[^/]*\/)*([^/.]+)\.(.*?)(?:\.([0-9]+))?\.(sql|csv|parquet)(?:\.(\w+))?$/i,
    type: '$4',
    schema: '$1',
    table: '$2',
    unescape: true,
  },
];

const SOURCE_TYPES: readonly SourceFileType[] = ['schema-schema', 'table-schema', 'view-schema', 'sql', 'csv', 'parquet', 'ignore'];

/** Go's `url.PathUnescape`; a malformed escape leaves the value as it is (Lightning logs and keeps it). */
function pathUnescape(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`; unknown or unmatched groups are empty. */
function expand(template: string, match: RegExpExecArray): string {
  return template.replace(/\$(\$|[\p{L}\p{Nd}_]+|\{[\p{L}\p{Nd}_]+\})/gu, (_all, ref: string) => {
    if (ref === '$') return '$';
    const name = ref.startsWith('{') ? ref.slice(1, -1) : ref;
    if (/^\d+$/.test(name)) return match[Number(name)] ?? '';
    return match.groups?.[name] ?? '';
  });
}

function templateProblem(template: string, groups: number, names: readonly string[], field: string): string | undefined {
  for (const m of template.matchAll(/\$(\$|[\p{L}\p{Nd}_]+|\{[\p{L}\p{Nd}_]+\})/gu)) {
    const ref = m[1]!;
    if (ref === '$') continue;
    const name = ref.startsWith('{') ? ref.slice(1, -1) : ref;
    if (/^\d+$/.test(name)) {
      if (Number(name) > groups) return `field '${field}': sub pattern capture '$${ref}' out of range`;
    } else if (!names.includes(name)) return `field '${field}': invalid named capture '$${ref}'`;
  }
  return undefined;
}

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** A Go regex as a JavaScript one, or why not. */
export function goRegexToJs(source: string): { ok: true; re: RegExp } | { ok: false; message: string } {
  const checked = parseRegex(source, { foldCase: false });
  if (!checked.ok) return { ok: false, message: `error parsing regexp: ${checked.error.message}` };
  let flags = 'u';
  let body = source;
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]!) {
      if (f === 'i' || f === 's' || f === 'm') flags += flags.includes(f) ? '' : f;
      else return { ok: false, message: `the Go flag (?${f}) is not supported by the linter` };
    }
    body = body.slice(lead[0].length);
  }
  if (/\(\?[a-zA-Z-]*[U]/.test(body)) return { ok: false, message: 'the Go flag U (ungreedy) is not supported by the linter' };
  body = body
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$(?![\\s\\S])')
    .replace(/\\([pP])([A-Za-z])/g, '\\$1{$2}')
    .replace(/\[:(\^?)([a-z]+):\]/g, (all, neg: string, name: string) => {
      const cls = POSIX_CLASSES[name];
      if (!cls) return all;
      return neg ? `&&NEG${cls}&&` : cls;
    });
  if (body.includes('&&NEG')) return { ok: false, message: 'negated POSIX classes are not supported by the linter' };
  try {
    return { ok: true, re: new RegExp(body, flags) };
  } catch (e) {
    return { ok: false, message: `the regular expression is not supported by the linter (${(e as Error).message})` };
  }
}

function unanchored(re: Re): Re {
  const anything: Re = { k: 'rep', x: { k: 'chars', set: ANY_CHAR }, min: 0, max: -1 };
  return { k: 'cat', xs: [anything, re, anything] };
}

function quoteMeta(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

export interface FileRuleProblem {
  readonly index: number;
  readonly message: string;
}

/** `[[mydumper.files]]` rules as routes, or the problems Lightning (or the linter) has with them. */
export function compileFileRules(
  rules: readonly MydumperFileRule[],
): { ok: true; routes: FileRoute[] } | { ok: false; problems: FileRuleProblem[] } {
  const problems: FileRuleProblem[] = [];
  const routes: FileRoute[] = [];
  rules.forEach((rule, index) => {
    const fail = (message: string): void => void problems.push({ index, message });
    const path = rule.path?.value;
    const pattern = rule.pattern?.value;
    if (!path && !pattern) return fail('`path` and `pattern` must not be both empty in [[mydumper.files]]');
    if (path && pattern) return fail("can't set both `path` and `pattern` field in [[mydumper.files]]");
    const source = path ? `^${quoteMeta(path)}$` : pattern!;
    const quote = (t: string | undefined): string => (path ? (t ?? '').replace(/\$/g, '$$$$') : (t ?? ''));
    const js = goRegexToJs(source);
    if (!js.ok) return fail(js.message);
    const checked = parseRegex(source, { foldCase: false });
    const type = quote(rule.type?.value);
    if (!type) return fail("field 'type' match pattern can't be empty");
    const groups = new RegExp(`${js.re.source}|`, js.re.flags).exec('')!.length - 1;
    const names = Object.keys(new RegExp(`${js.re.source}|`, js.re.flags).exec('')!.groups ?? {});
    const schema = quote(rule.schema?.value);
    const table = quote(rule.table?.value);
    for (const [field, t] of [
      ['type', type],
      ['schema', schema],
      ['table', table],
    ] as const) {
      if (field !== 'type' && type.trim().toLowerCase() === 'ignore') break;
      if (field !== 'type' && !t) return fail(`field '${field}' match pattern can't be empty`);
      const problem = templateProblem(t, groups, names, field);
      if (problem) return fail(problem);
    }
    routes.push({
      re: js.re,
      ...(checked.ok ? { guard: compileRe(unanchored(checked.re)) } : {}),
      type,
      schema,
      table,
      unescape: false,
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, routes };
}

/** Classifies each file (path relative to the data directory decides, as in Lightning). */
export function classifyFiles(
  dir: string,
  files: readonly string[],
  customRoutes: readonly FileRoute[] | undefined,
): { files: ClassifiedFile[]; problems: string[] } {
  const routes = customRoutes?.length ? customRoutes : DEFAULT_ROUTES;
  const out: ClassifiedFile[] = [];
  const problems: string[] = [];
  for (const path of files) {
    const rel = dir === '' ? path : path.slice(dir.length + 1);
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
      if (type === 'ignore') break;
      const value = (t: string): string => (route.unescape ? pathUnescape(expand(t, m)) : expand(t, m));
      out.push({ path, type, schema: value(route.schema), table: type === 'schema-schema' ? '' : value(route.table) });
      break;
    }
  }
  return { files: out, problems };
}

export function isDataFile(file: ClassifiedFile): boolean {
  return file.type === 'sql' || file.type === 'csv' || file.type === 'parquet';
}

export function tableOf(file: ClassifiedFile): TableName {
  return { schema: file.schema, table: file.table };
}

// ---- table schema files ---------------------------------------------------------------------------

/**
 * Whether a `CREATE TABLE` statement gives the table a valid index in TiCDC's sense: a PRIMARY KEY,
 * or a UNIQUE key whose columns are all NOT NULL. undefined when the text holds no CREATE TABLE we
 * can read. A small reader, not a parser: comments (including `/*! ... *\/` and `/*T! ... *\/`) are
 * dropped, the column list is split at top-level commas, and each item is read by its leading
 * keywords. Expression index parts (`((...))`) count as nullable; generated columns are not told
 * apart from stored ones.
 */
export function hasValidIndex(sql: string): boolean | undefined {
  const text = stripComments(sql);
  const create = /\bcreate\s+(?:temporary\s+)?table\b/i.exec(text);
  if (!create) return undefined;
  const open = text.indexOf('(', create.index + create[0].length);
  if (open < 0) return undefined;
  const items = splitTopLevel(text, open + 1);
  if (!items) return undefined;
  const notNull = new Set<string>();
  const uniqueKeys: string[][] = [];
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
    const column = (name[1] ?? name[2] ?? name[3] ?? '').toLowerCase();
    const def = stripQuoted(item.slice(name[0].length)).toUpperCase();
    if (/\bPRIMARY\s+KEY\b/.test(def)) return true;
    const isNotNull = /\bNOT\s+NULL\b/.test(def);
    if (isNotNull) notNull.add(column);
    if (/\bUNIQUE\b/.test(def)) uniqueKeys.push([column]);
  }
  return uniqueKeys.some((cols) => cols.length > 0 && cols.every((c) => notNull.has(c)));
}

function stripComments(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(sql, i);
      out += sql.slice(i, end);
      i = end - 1;
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 1;
      out += ' ';
    } else if ((ch === '-' && sql[i + 1] === '-' && /\s/.test(sql[i + 2] ?? ' ')) || ch === '#') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end - 1;
    } else out += ch;
  }
  return out;
}

/** Index just past the quoted run starting at `start` (doubled quotes and backslashes escape). */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function stripQuoted(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(text, i);
      out += ' ';
      i = end - 1;
    } else out += ch;
  }
  return out;
}

/** The items of the parenthesised list opening just before `from`, or undefined when it never closes. */
function splitTopLevel(text: string, from: number): string[] | undefined {
  const items: string[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = closingQuote(text, i) - 1;
    } else if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) {
        items.push(text.slice(start, i));
        return items;
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return undefined;
}

/** Column names of `UNIQUE [KEY|INDEX] [name] (a, b(10), c DESC)`; an expression part gives ''. */
function indexColumns(item: string): string[] | undefined {
  const open = item.indexOf('(');
  if (open < 0) return undefined;
  const parts = splitTopLevel(item, open + 1);
  if (!parts) return undefined;
  return parts.map((p) => {
    const m = /^\s*(?:`((?:[^`]|``)*)`|"((?:[^"]|"")*)"|([^\s(]+))/.exec(p);
    if (!m || p.trim().startsWith('(')) return '';
    return (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  });
}

/**
 * Tables the repository describes with a `{db}.{tbl}-schema.sql` file (anywhere, default naming)
 * whose CREATE TABLE has no valid index. A table with several schema files counts only when none
 * of them has a valid index; an unreadable file counts as "has one" (nothing is claimed unknown).
 */
/**
 * Tables of a data directory whose schema file (`{db}.{tbl}-schema.sql`, beside the data as
 * Dumpling writes it) shows no valid index: TiCDC skips them unless `force-replicate` is on. Only
 * uncompressed schema files can be read; an unreadable one counts as having an index.
 */
export function tablesWithoutValidIndex(repo: RepoView, classified: readonly ClassifiedFile[]): TableName[] {
  const verdict = new Map<string, { name: TableName; valid: boolean }>();
  for (const f of classified) {
    if (f.type !== 'table-schema' || !/\.sql$/i.test(f.path)) continue;
    const text = textOf(repo.readFile(f.path));
    const valid = text === undefined ? true : (hasValidIndex(text) ?? true);
    const key = `${f.schema.toLowerCase()}.${f.table.toLowerCase()}`;
    const prev = verdict.get(key);
    verdict.set(key, { name: tableOf(f), valid: valid || (prev?.valid ?? false) });
  }
  return [...verdict.values()].filter((v) => !v.valid).map((v) => v.name);
}
