/**
 * Lightning's keys in the letter case Lightning reads them.
 *
 * Lightning decodes its config with BurntSushi/toml into structs whose fields carry
 * `toml:"check-requirements"`-style tags (pingcap/tidb pkg/lightning/config/config.go,
 * `LoadFromTOML`). BurntSushi matches a TOML key to a field exactly, else with Go's
 * `strings.EqualFold` (BurntSushi/toml decode.go, `unifyStruct`), and marks it decoded either way, so
 * `[TiKV-Importer] Backend = "local"` is a physical import and `Check-Requirements = false` switches
 * the precheck off, with no "unknown configuration options" error. Go's simple case folding also
 * maps U+212A (Kelvin sign) to `k` and U+017F (long s) to `s`; no other non-ASCII letter folds to
 * an ASCII one.
 *
 * `foldLightningKeys` returns the same document with every key that Lightning would match to a
 * known field renamed to that field's spelling (spans unchanged), so the reader, the validator and
 * the rules see what Lightning sees. Keys of free-form maps (`[tidb.session-vars]`) and unknown keys
 * keep their spelling. When two spellings in one table fold to the same field, Lightning decodes
 * both in Go's random map order, so either value may win: the folded document keeps the riskier one
 * (a backend other than `tidb`, `check-requirements = false`), else the first written, and both
 * entries keep the same path, which the validator reports (`validate.ts`, `keyCaseTwice`).
 */
import type { TomlDocument, TomlEntry, TomlPath, TomlTableHeader } from '../toml/document.js';
import { pathKey } from '../toml/document.js';
import { LIGHTNING_CONFIG_SPEC, VERSIONED_KEYS, type LightningSectionSpec } from './keys.js';

/** How one tool's config is folded: its key table, and which of two values of one key to keep. */
export interface FoldRules {
  readonly spec: LightningSectionSpec;
  /** More field names at the string path `at` (fields older versions had). */
  readonly extraNames?: (at: readonly string[]) => readonly string[];
  /** Of two values of one key (Go decodes both, in random order), the one to check. */
  readonly riskier: (path: readonly string[], kept: unknown, other: unknown) => unknown;
}

/** Where a path part sits in the key table: a section, a free-form map, or nothing known. */
type Node = { readonly kind: 'section'; readonly spec: LightningSectionSpec } | { readonly kind: 'free' } | undefined;

/** A key as Go's EqualFold compares it with an ASCII name: the two foldable non-ASCII letters, then ASCII lower case. */
export function goFoldKey(key: string): string {
  return key
    .replace(/\u212A/g, 'k')
    .replace(/\u017F/g, 's')
    .replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function names(spec: LightningSectionSpec): string[] {
  return [...Object.keys(spec.keys), ...Object.keys(spec.tables ?? {}), ...Object.keys(spec.arrays ?? {}), ...Object.keys(spec.maps ?? {})];
}

/** The field `key` is decoded into at `node` (under the string path `at`), and the node below it. */
function step(rules: FoldRules, node: Node, at: readonly string[], key: string): { name: string; next: Node } {
  if (!node || node.kind === 'free') return { name: key, next: node };
  const spec = node.spec;
  const candidates = [...names(spec), ...(rules.extraNames?.(at) ?? [])];
  const folded = goFoldKey(key);
  const name = candidates.includes(key) ? key : candidates.find((c) => c === folded);
  if (name === undefined) return { name: key, next: undefined };
  const table = spec.tables?.[name] ?? spec.arrays?.[name];
  if (table) return { name, next: { kind: 'section', spec: table } };
  if (spec.maps?.[name] !== undefined) return { name, next: { kind: 'free' } };
  return { name, next: undefined };
}

/** A path with each key spelled as the Lightning field it is decoded into. */
function foldPath(rules: FoldRules, path: TomlPath): TomlPath {
  let node: Node = { kind: 'section', spec: rules.spec };
  const at: string[] = [];
  return path.map((part) => {
    if (typeof part === 'number') return part;
    const { name, next } = step(rules, node, at, part);
    node = next;
    at.push(name);
    return name;
  });
}

const isTable = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Lightning: a backend other than `tidb` is riskier, and so is `check-requirements = false`. */
const LIGHTNING_RULES: FoldRules = {
  spec: LIGHTNING_CONFIG_SPEC,
  // Keys older Lightning versions knew (keys.ts VERSIONED_KEYS) are fields there too.
  extraNames: (at) =>
    VERSIONED_KEYS.filter((k) => k.path.length > at.length && at.every((p, i) => k.path[i] === p)).map((k) => k.path[at.length] as string),
  riskier(path, kept, other) {
    const p = path.join('.');
    if (p === 'tikv-importer.backend') {
      const logical = (v: unknown) => typeof v === 'string' && v.trim().toLowerCase() === 'tidb';
      return logical(kept) && !logical(other) ? other : kept;
    }
    if (p === 'lightning.check-requirements') return kept !== false && other === false ? other : kept;
    return kept;
  },
};

function foldValue(rules: FoldRules, value: unknown, node: Node, at: readonly string[]): unknown {
  if (Array.isArray(value)) return node ? value.map((v) => foldValue(rules, v, node, at)) : value;
  if (!isTable(value) || !node || node.kind === 'free') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const { name, next } = step(rules, node, at, key);
    const path = [...at, name];
    const folded = foldValue(rules, item, next, path);
    if (!Object.hasOwn(out, name)) define(out, name, folded);
    else if (isTable(out[name]) && isTable(folded)) define(out, name, merge(rules, out[name] as Record<string, unknown>, folded, path));
    else define(out, name, rules.riskier(path, out[name], folded));
  }
  return out;
}

function merge(rules: FoldRules, a: Record<string, unknown>, b: Record<string, unknown>, at: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(a)) define(out, key, item);
  for (const [key, item] of Object.entries(b)) {
    const path = [...at, key];
    if (!Object.hasOwn(out, key)) define(out, key, item);
    else if (isTable(out[key]) && isTable(item)) define(out, key, merge(rules, out[key] as Record<string, unknown>, item, path));
    else define(out, key, rules.riskier(path, out[key], item));
  }
  return out;
}

/** Sets an own property, even `__proto__` (a TOML key like any other). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** True when some key of the document is not spelled as the Lightning field it is decoded into. */
function needsFolding(rules: FoldRules, doc: TomlDocument): boolean {
  const differs = (path: TomlPath) => pathKey(foldPath(rules, path)) !== pathKey(path);
  return doc.entries.some((e) => differs(e.path)) || doc.tables.some((t) => differs(t.path));
}

export function foldLightningKeys(doc: TomlDocument): TomlDocument {
  return foldTomlKeys(doc, LIGHTNING_RULES);
}

/** The document with each key spelled as the field Go's BurntSushi/toml decodes it into, per `rules`. */
export function foldTomlKeys(doc: TomlDocument, rules: FoldRules): TomlDocument {
  if (!needsFolding(rules, doc)) return doc;
  const value = foldValue(rules, doc.value, { kind: 'section', spec: rules.spec }, []) as Record<string, unknown>;
  const entries: TomlEntry[] = doc.entries.map((e) => ({ ...e, path: foldPath(rules, e.path) }));
  const tables: TomlTableHeader[] = doc.tables.map((t) => ({ ...t, path: foldPath(rules, t.path) }));
  // One entry per path: the one whose value the folded document kept (for two spellings of one
  // key), else the first written.
  const entryByPath = new Map<string, TomlEntry>();
  for (const e of entries) {
    const key = pathKey(e.path);
    const seen = entryByPath.get(key);
    if (!seen || (seen.value !== valueAtPath(value, e.path) && e.value === valueAtPath(value, e.path))) entryByPath.set(key, e);
  }
  const tableByPath = new Map<string, TomlTableHeader>();
  for (const t of tables) if (!tableByPath.has(pathKey(t.path))) tableByPath.set(pathKey(t.path), t);
  return {
    value,
    entries,
    tables,
    comments: doc.comments,
    entry: (path) => entryByPath.get(pathKey(path)),
    table: (path) => tableByPath.get(pathKey(path)),
  };
}

function valueAtPath(root: unknown, path: TomlPath): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Entries that share a path with an earlier one: two spellings of one Lightning key in one table. */
export function keysWrittenTwice(doc: TomlDocument): { readonly first: TomlEntry; readonly again: TomlEntry }[] {
  const firstByPath = new Map<string, TomlEntry>();
  const out: { first: TomlEntry; again: TomlEntry }[] = [];
  for (const e of doc.entries) {
    const key = pathKey(e.path);
    const first = firstByPath.get(key);
    if (first) out.push({ first, again: e });
    else firstByPath.set(key, e);
  }
  return out;
}
