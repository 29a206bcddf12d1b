/**
 * The parts of a TiDB Lightning config the linter reasons about, each value with its position.
 * Read from a TomlDocument (src/parse/toml/document.ts); nothing here re-reads raw text. Values are kept
 * as written (e.g. `backend` is not lowercased) so messages can quote them; rules normalize.
 * Missing keys are `undefined` (or empty lists): defaults are the rules' business, since they
 * differ between "what the docs say" and "what Lightning does" (see docs/rules/invalid-lightning-config.md).
 */
import type { Span } from '../../core/types.js';
import type { TomlDocument, TomlEntry, TomlPath } from '../toml/document.js';

export interface Located<T> {
  readonly value: T;
  /** Span of the value. */
  readonly span: Span;
  /** Span of the key the value belongs to. */
  readonly keySpan: Span;
}

/**
 * A boolean setting as written. `raw` is the TOML value; `wellTyped` is false when it is not a TOML
 * boolean (Lightning then refuses the config: validate.ts reports it). For a wrong-typed value,
 * `value` is what the author evidently meant: the strings "false"/"off"/"0" and the integer 0 read
 * as false, anything else as true, so posture rules still see an intended override.
 */
export interface LocatedBoolean extends Located<boolean> {
  readonly raw: unknown;
  readonly wellTyped: boolean;
}

export interface LightningRoute {
  /** The `[[routes]]` header, or the element of an inline `routes = [...]` array. */
  readonly header: Span;
  /** Lightning requires schema-pattern and target-schema; absent ones are reported by validate.ts. */
  readonly schemaPattern?: Located<string>;
  readonly tablePattern?: Located<string>;
  readonly targetSchema?: Located<string>;
  readonly targetTable?: Located<string>;
}

export interface MydumperFileRule {
  /** The `[[mydumper.files]]` header, or the element of an inline `files = [...]` array. */
  readonly header: Span;
  readonly pattern?: Located<string>;
  readonly path?: Located<string>;
  readonly schema?: Located<string>;
  readonly table?: Located<string>;
  readonly type?: Located<string>;
  readonly compression?: Located<string>;
}

export interface LightningConfig {
  /** `[tikv-importer] backend`, raw (not lowercased). Absent when missing or not a string. */
  readonly backend?: Located<string>;
  /** The `[tikv-importer]` header: the anchor when `backend` is absent. */
  readonly importerHeader?: Span;
  /** `[lightning] check-requirements`. */
  readonly checkRequirements?: LocatedBoolean;
  /** `[mydumper] data-source-dir`. */
  readonly dataSourceDir?: Located<string>;
  /** `[mydumper] filter`: its string elements, each with its own span. */
  readonly filter?: { readonly rules: readonly Located<string>[]; readonly span: Span; readonly keySpan: Span };
  /** `[mydumper] case-sensitive`. */
  readonly caseSensitive?: LocatedBoolean;
  readonly routes: readonly LightningRoute[];
  readonly mydumperFiles: readonly MydumperFileRule[];
  /** `[tidb] host`. */
  readonly host?: Located<string>;
  /** `[tidb] pd-addr` split on ','; each part spans its own text inside the string when the string has no escapes. */
  readonly pdAddrs: readonly Located<string>[];
  /** `[tidb] password`. */
  readonly password?: Located<string>;
  /** `[conflict]` present (as a header, or via dotted keys / inline table). */
  readonly conflict?: { readonly header: Span; readonly strategy?: Located<string> };
}

/** Sections only a Lightning config has. A TiCDC changefeed config has none of them. */
const LIGHTNING_SECTIONS = ['tikv-importer', 'mydumper', 'lightning'] as const;

export function isLightningConfig(doc: TomlDocument): boolean {
  return LIGHTNING_SECTIONS.some((name) => isTable(doc.value[name]));
}

/** Sections a Lightning task file may hold on its own, the rest given on the command line. */
const FRAGMENT_SECTIONS = new Set(['tidb', 'checkpoint', 'conflict', 'post-restore', 'cron']);

/**
 * A Lightning *fragment* (docs/policy.md, "Terms"): only `[tidb]`, `[checkpoint]`, `[conflict]`,
 * `[post-restore]` or `[cron]` sections (and `[security]`, which such a file needs to reach a TLS
 * cluster), at least one of the first five, nothing else at the top level. It is checked for keys
 * and secrets but is not an import job. A TiCDC changefeed config, a TiDB server config and the
 * usual TOML files of other tools have none of these sections, or others beside them.
 */
export function isLightningFragment(doc: TomlDocument): boolean {
  const names = Object.keys(doc.value);
  return (
    names.some((name) => FRAGMENT_SECTIONS.has(name)) &&
    names.every((name) => (FRAGMENT_SECTIONS.has(name) || name === 'security') && isTable(doc.value[name]))
  );
}

export function readLightningConfig(doc: TomlDocument): LightningConfig {
  const filterEntry = doc.entry(['mydumper', 'filter']);
  const pdAddr = locatedString(doc, ['tidb', 'pd-addr']);
  const importerHeader = sectionAnchor(doc, ['tikv-importer']);
  const conflictHeader = sectionAnchor(doc, ['conflict']);
  const strategy = locatedString(doc, ['conflict', 'strategy']);
  return {
    ...opt('backend', locatedString(doc, ['tikv-importer', 'backend'])),
    ...opt('importerHeader', importerHeader),
    ...opt('checkRequirements', locatedBoolean(doc, ['lightning', 'check-requirements'])),
    ...opt('dataSourceDir', locatedString(doc, ['mydumper', 'data-source-dir'])),
    ...opt('filter', filterEntry && Array.isArray(filterEntry.value) ? readFilter(filterEntry) : undefined),
    ...opt('caseSensitive', locatedBoolean(doc, ['mydumper', 'case-sensitive'])),
    routes: tableArray(doc, ['routes']).map(({ header, path }) => ({
      header,
      ...opt('schemaPattern', locatedString(doc, [...path, 'schema-pattern'])),
      ...opt('tablePattern', locatedString(doc, [...path, 'table-pattern'])),
      ...opt('targetSchema', locatedString(doc, [...path, 'target-schema'])),
      ...opt('targetTable', locatedString(doc, [...path, 'target-table'])),
    })),
    mydumperFiles: tableArray(doc, ['mydumper', 'files']).map(({ header, path }) => ({
      header,
      ...opt('pattern', locatedString(doc, [...path, 'pattern'])),
      ...opt('path', locatedString(doc, [...path, 'path'])),
      ...opt('schema', locatedString(doc, [...path, 'schema'])),
      ...opt('table', locatedString(doc, [...path, 'table'])),
      ...opt('type', locatedString(doc, [...path, 'type'])),
      ...opt('compression', locatedString(doc, [...path, 'compression'])),
    })),
    ...opt('host', locatedString(doc, ['tidb', 'host'])),
    pdAddrs: pdAddr ? splitLocated(pdAddr, ',') : [],
    ...opt('password', locatedString(doc, ['tidb', 'password'])),
    ...opt('conflict', conflictHeader ? { header: conflictHeader, ...opt('strategy', strategy) } : undefined),
  };
}

/** `{ [key]: value }` when value is defined, `{}` otherwise: keeps optional fields truly absent. */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function locatedString(doc: TomlDocument, path: TomlPath): Located<string> | undefined {
  const entry = doc.entry(path);
  if (!entry || typeof entry.value !== 'string') return undefined;
  return { value: entry.value, span: entry.valueSpan, keySpan: entry.keySpan };
}

function locatedBoolean(doc: TomlDocument, path: TomlPath): LocatedBoolean | undefined {
  const entry = doc.entry(path);
  if (!entry) return undefined;
  const raw = entry.value;
  const wellTyped = typeof raw === 'boolean';
  const value = wellTyped ? raw : !(raw === 0 || (typeof raw === 'string' && /^(false|off|0|no)$/i.test(raw.trim())));
  return { value, raw, wellTyped, span: entry.valueSpan, keySpan: entry.keySpan };
}

function readFilter(entry: TomlEntry): { rules: Located<string>[]; span: Span; keySpan: Span } {
  const rules: Located<string>[] = [];
  for (const item of entry.items ?? []) {
    if (typeof item.value === 'string') rules.push({ value: item.value, span: item.span, keySpan: entry.keySpan });
  }
  return { rules, span: entry.valueSpan, keySpan: entry.keySpan };
}

/**
 * Where a section is: its header when it has one, else the first key inside it (dotted keys such
 * as `conflict.strategy = ...` or an inline table). Undefined when the section does not exist.
 */
export function sectionAnchor(doc: TomlDocument, path: TomlPath): Span | undefined {
  const header = doc.table(path);
  if (header) return header.span;
  const own = doc.entry(path);
  if (own) return own.keySpan;
  const inside = doc.entries.find((e) => startsWith(e.path, path));
  return inside?.keySpan;
}

function startsWith(path: TomlPath, prefix: TomlPath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

/** The elements of an array of tables, written as `[[x]]` headers or as an inline array. */
function tableArray(doc: TomlDocument, path: TomlPath): { header: Span; path: TomlPath }[] {
  let current: unknown = doc.value;
  for (const part of path) current = isTable(current) ? current[part as string] : undefined;
  if (!Array.isArray(current)) return [];
  const inline = doc.entry(path);
  const out: { header: Span; path: TomlPath }[] = [];
  current.forEach((element, index) => {
    if (!isTable(element)) return;
    const elementPath = [...path, index];
    const header = doc.table(elementPath)?.span ?? inline?.items?.[index]?.span ?? inline?.keySpan;
    if (header) out.push({ header, path: elementPath });
  });
  return out;
}

/**
 * Splits a located string on `separator`, trimming blanks. When the string has no escapes (its value
 * span is exactly one quote longer on each side), each part gets its own span inside the string;
 * otherwise every part carries the whole value's span.
 */
function splitLocated(located: Located<string>, separator: string): Located<string>[] {
  const { value, span, keySpan } = located;
  const exact = span.end - span.start === value.length + 2;
  const out: Located<string>[] = [];
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
