/**
 * Would TiDB Lightning accept this config? Reports what makes Lightning refuse to start (`invalid`,
 * for the `invalid-lightning-config` rule) and deprecated spellings (`deprecated`, for
 * `deprecated-lightning-key`). Facts: docs/rules/deprecated-lightning-key.md; key table: keys.ts.
 *
 * Each problem is a kind and its data; the two rules word each kind in their `meta.messages`. The
 * data names keys, never values of free-form settings (a value may be a secret); enum-like values
 * (backend, strategy) are given because they are not secrets and the author needs to see them.
 *
 * Over 400 lines: one pass over a Lightning config applying the key table of keys.ts; the checks
 * share that pass's state. The next split: the per-section value checks.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { Span } from '../../core/types.js';
import type { TomlDocument, TomlPath } from '../toml/document.js';
import type { LightningConfig } from './config.js';
import type { VersionedFeature } from '../../core/version.js';
import {
  IMPORTER_BACKEND_REMOVED_IN,
  UNRELEASED_BACKENDS,
  VERSIONED_KEYS,
  LEGACY_HINTS,
  LIGHTNING_CONFIG_SPEC,
  MAX_ERROR_KEYS,
  knownKeyPaths,
  type LightningKeySpec,
  type LightningSectionSpec,
  type LightningValueKind,
} from './keys.js';
import { byCodeUnit } from '../../core/compare.js';
import { keysWrittenTwice } from './fold-keys.js';

/** What makes Lightning refuse to start (`invalid-lightning-config` words each kind, same ids). */
export type InvalidLightningKind =
  /** data: key (the dotted path, or the key alone at the top level). */
  | 'unknownKey'
  /** data: key, near (a known key of the same section, or a full path). */
  | 'unknownKeyNear'
  /** data: key, near (the full path where it belongs), name (the key), section (`[lightning]`). */
  | 'unknownKeyElsewhere'
  /** data: key, hint (what older tools called it: keys.ts LEGACY_HINTS). */
  | 'unknownKeyLegacy'
  /** data: key (a `max-error` table key Lightning does not read from the table form). */
  | 'maxErrorKey'
  /** data: key, expected, actual (TOML types in words: "an integer", "a table"). */
  | 'wrongType'
  /** data: key, value, allowed (quoted, comma-separated). */
  | 'badValue'
  | 'backendMissing'
  | 'backendEmpty'
  /** data: backend (as written). */
  | 'unknownBackend'
  /** data: route (`routes[0]`), missing ("`schema-pattern` and `target-schema`"). */
  | 'routeIncomplete'
  | 'routesWithFiles'
  /** data: other (`conflict.strategy` or `tikv-importer.on-duplicate`). */
  | 'duplicateResolutionWith'
  | 'addIndexWithParallel'
  /** data: source (`conflict.strategy` or `tikv-importer.on-duplicate`). */
  | 'thresholdWithError'
  | 'thresholdWithTidbDefault'
  /** data: key (where "ignore" is set). */
  | 'ignoreWithLocal'
  | 'precheckConflictWithTidb'
  /** data: key (the dotted path): written twice in different letter case (fold-keys.ts). */
  | 'keyCaseTwice';

/** A deprecated spelling (`deprecated-lightning-key` words each kind, same ids). */
export type DeprecatedLightningKind =
  /** data: key (dotted path), instead (what to do, from the DEPRECATIONS table). */
  | 'deprecatedKey'
  /** data: key (dotted path), value (`true`/`false`), name (the key alone), replacement (`required`/`off`). */
  | 'deprecatedBoolean';

export type LightningProblem =
  | { readonly verdict: 'invalid'; readonly kind: InvalidLightningKind; readonly data: ProblemData; readonly span: Span }
  | { readonly verdict: 'deprecated'; readonly kind: DeprecatedLightningKind; readonly data: ProblemData; readonly span: Span };

type ProblemData = Readonly<Record<string, string>>;

function invalid(kind: InvalidLightningKind, span: Span, data: ProblemData = {}): LightningProblem {
  return { verdict: 'invalid', kind, data, span };
}

const START_OF_FILE: Span = { start: 0, end: 0 };

export function validateLightningConfig(doc: TomlDocument, config: LightningConfig): LightningProblem[] {
  const problems: LightningProblem[] = [];
  checkSection(doc, doc.value, LIGHTNING_CONFIG_SPEC, [], problems);
  for (const { again } of keysWrittenTwice(doc)) problems.push(invalid('keyCaseTwice', again.keySpan, { key: displayPath(again.path) }));
  checkBackend(doc, config, problems);
  checkRoutes(config, problems);
  checkConflictingSettings(doc, config, problems);
  checkDeprecatedKeys(doc, problems);
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || byCodeUnit(a.verdict, b.verdict));
}

// ---------------------------------------------------------------------------------------------
// Keys and value types

function checkSection(
  doc: TomlDocument,
  table: Record<string, unknown>,
  spec: LightningSectionSpec,
  path: TomlPath,
  problems: LightningProblem[],
): void {
  for (const [key, value] of Object.entries(table)) {
    const keyPath = [...path, key];
    const leaf = spec.keys[key];
    const sub = spec.tables?.[key];
    const array = spec.arrays?.[key];
    const map = spec.maps?.[key];
    if (leaf) checkValue(doc, leaf, value, keyPath, problems);
    else if (sub) {
      if (isTable(value)) checkSection(doc, value, sub, keyPath, problems);
      else problems.push(wrongType(doc, keyPath, 'a table', value));
    } else if (array) {
      if (Array.isArray(value) && value.every(isTable)) {
        value.forEach((element, i) => checkSection(doc, element as Record<string, unknown>, array, [...keyPath, i], problems));
      } else problems.push(wrongType(doc, keyPath, `an array of tables (\`[[${displayPath(keyPath)}]]\`)`, value));
    } else if (map) {
      if (!isTable(value)) problems.push(wrongType(doc, keyPath, 'a table', value));
      else for (const [name, item] of Object.entries(value)) checkValue(doc, { kind: map }, item, [...keyPath, name], problems);
    } else if (!isVersionedKey(keyPath)) {
      problems.push(unknownKey(key, keyPath, spec, keyAnchor(doc, keyPath)));
    }
  }
}

function checkValue(doc: TomlDocument, spec: LightningKeySpec, value: unknown, path: TomlPath, problems: LightningProblem[]): void {
  const expected = kindMismatch(spec.kind, value);
  if (expected) {
    problems.push(wrongType(doc, path, expected, value));
    return;
  }
  if (spec.kind === 'max-error' && isTable(value)) {
    checkMaxErrorTable(doc, value, path, problems);
    return;
  }
  if (spec.values && typeof value === 'string' && !spec.values.includes(value.toLowerCase())) {
    const allowed = spec.values.map((v) => `"${v}"`).join(', ');
    problems.push(invalid('badValue', valueAnchor(doc, path), { key: displayPath(path), value, allowed }));
  }
}

/** Go's time.ParseDuration syntax. */
const DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
/** docker/go-units RAMInBytes syntax, which Lightning's ByteSize uses for strings. */
const SIZE = /^\d+(\.\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?$/;

/** What the value should have been, or undefined when it fits. */
function kindMismatch(kind: LightningValueKind, value: unknown): string | undefined {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? undefined : 'a string';
    case 'integer':
      return isInteger(value) ? undefined : 'an integer';
    case 'float':
      return typeof value === 'number' || typeof value === 'bigint' ? undefined : 'a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'a boolean (`true` or `false`, unquoted)';
    case 'string-array':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'an array of strings';
    case 'size':
      if (isInteger(value)) return undefined;
      return typeof value === 'string' && SIZE.test(value)
        ? undefined
        : 'a size (an integer number of bytes, or a string such as "128MiB")';
    case 'duration':
      return typeof value === 'string' && DURATION.test(value) ? undefined : 'a duration string such as "5m" or "1h30m"';
    case 'string-or-boolean':
      return typeof value === 'string' || typeof value === 'boolean' ? undefined : 'a string';
    case 'string-or-string-array':
      return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        ? undefined
        : 'a string or an array of strings';
    case 'max-error':
      // The table form is checked key by key in checkMaxErrorTable.
      return isInteger(value) || isTable(value) ? undefined : 'an integer or a table such as `{ type = 10 }`';
  }
}

/**
 * `max-error = { type = 10 }`: Lightning reads only `type` (and the deprecated `conflict`) from the
 * table form and reports any other key, `syntax` and `charset` included, as an unknown option
 * (config.go special-cases exactly those two in LoadFromTOML).
 */
function checkMaxErrorTable(doc: TomlDocument, table: Record<string, unknown>, path: TomlPath, problems: LightningProblem[]): void {
  for (const [key, value] of Object.entries(table)) {
    const keyPath = [...path, key];
    if (!(READ_MAX_ERROR_KEYS as readonly string[]).includes(key)) {
      const at = keyAnchor(doc, keyPath);
      const where = displayPath(keyPath);
      problems.push(
        (MAX_ERROR_KEYS as readonly string[]).includes(key)
          ? invalid('maxErrorKey', at, { key: where })
          : invalid('unknownKeyNear', at, { key: where, near: 'type' }),
      );
    } else if (!isInteger(value)) problems.push(wrongType(doc, keyPath, 'an integer', value));
  }
}

const READ_MAX_ERROR_KEYS = ['type', 'conflict'] as const;

function isInteger(value: unknown): boolean {
  return (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint';
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !isTomlDate(value);
}

function isTomlDate(value: object): boolean {
  return typeof (value as { toISOString?: unknown }).toISOString === 'function';
}

function typeName(value: unknown): string {
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value))) return 'an integer';
  if (typeof value === 'number') return 'a float';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null && isTomlDate(value)) return 'a date';
  if (typeof value === 'object' && value !== null) return 'a table';
  return 'an unsupported value';
}

function wrongType(doc: TomlDocument, path: TomlPath, expected: string, value: unknown): LightningProblem {
  return invalid('wrongType', valueAnchor(doc, path), { key: displayPath(path), expected, actual: typeName(value) });
}

// ---------------------------------------------------------------------------------------------
// Unknown keys and suggestions

const ALL_KEY_PATHS = knownKeyPaths();

function lastSegment(keyPath: string): string {
  const dot = keyPath.lastIndexOf('.');
  return dot < 0 ? keyPath : keyPath.slice(dot + 1);
}

function sectionOf(keyPath: string): string {
  const dot = keyPath.lastIndexOf('.');
  return dot < 0 ? 'the top level' : `[${keyPath.slice(0, dot).replace(/\[\]$/, '')}]`;
}

/** How far a typo may be from a known key: one edit for short keys, a third of the length for long ones. */
function maxTypoDistance(key: string): number {
  return Math.max(1, Math.floor(key.length / 3));
}

function unknownKey(key: string, path: TomlPath, spec: LightningSectionSpec, at: Span): LightningProblem {
  const where = path.length > 1 ? displayPath(path) : key;
  const hint = suggestion(key, path, spec);
  if (hint === undefined) return invalid('unknownKey', at, { key: where });
  return invalid(hint.kind, at, { key: where, ...hint.data });
}

type Suggestion = { readonly kind: 'unknownKeyNear' | 'unknownKeyElsewhere' | 'unknownKeyLegacy'; readonly data: ProblemData };

function suggestion(key: string, path: TomlPath, spec: LightningSectionSpec): Suggestion | undefined {
  const here = schemaPath(path);
  const local = [
    ...Object.keys(spec.keys),
    ...Object.keys(spec.tables ?? {}),
    ...Object.keys(spec.arrays ?? {}),
    ...Object.keys(spec.maps ?? {}),
  ];
  const bestLocal = local.length > 0 ? closest(key, local) : undefined;
  const localDistance = bestLocal === undefined ? Infinity : distance(key, bestLocal);
  // 1. A one-edit typo of a key of this very section (`file` for `files` in [mydumper]).
  if (bestLocal !== undefined && localDistance <= 1) return { kind: 'unknownKeyNear', data: { near: bestLocal } };
  // 2. The very key, in another section (e.g. `check-requirements` under [tikv-importer]).
  const elsewhere = ALL_KEY_PATHS.filter((p) => lastSegment(p) === key && p !== here);
  if (elsewhere[0]) return { kind: 'unknownKeyElsewhere', data: { near: elsewhere[0], name: key, section: sectionOf(elsewhere[0]) } };
  // 3. A close key in the same section.
  if (bestLocal !== undefined && localDistance <= maxTypoDistance(key)) return { kind: 'unknownKeyNear', data: { near: bestLocal } };
  // 4. A close key in another section.
  const names = ALL_KEY_PATHS.map(lastSegment);
  const best = closest(key, names);
  if (best !== undefined && distance(key, best) <= maxTypoDistance(key)) {
    const full = ALL_KEY_PATHS[names.indexOf(best)] ?? best;
    return { kind: 'unknownKeyNear', data: { near: full } };
  }
  // 5. A spelling from older tools.
  const legacy = LEGACY_HINTS[key];
  return legacy === undefined ? undefined : { kind: 'unknownKeyLegacy', data: { hint: legacy } };
}

/** `['routes', 0, 'x']` → `routes[].x`, the form knownKeyPaths uses. */
function schemaPath(path: TomlPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += '[]';
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** `['routes', 0, 'x']` → `routes[0].x`, for messages. */
export function displayPath(path: TomlPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

function keyAnchor(doc: TomlDocument, path: TomlPath): Span {
  return doc.entry(path)?.keySpan ?? doc.table(path)?.span ?? firstUnder(doc, path) ?? START_OF_FILE;
}

function valueAnchor(doc: TomlDocument, path: TomlPath): Span {
  return doc.entry(path)?.valueSpan ?? keyAnchor(doc, path);
}

function firstUnder(doc: TomlDocument, path: TomlPath): Span | undefined {
  const under = (p: TomlPath): boolean => path.every((part, i) => p[i] === part);
  const table = doc.tables.find((t) => under(t.path));
  const entry = doc.entries.find((e) => under(e.path));
  if (table && entry) return table.span.start <= entry.keySpan.start ? table.span : entry.keySpan;
  return table?.span ?? entry?.keySpan;
}

// ---------------------------------------------------------------------------------------------
// Backend

function checkBackend(doc: TomlDocument, config: LightningConfig, problems: LightningProblem[]): void {
  const entry = doc.entry(['tikv-importer', 'backend']);
  if (entry && typeof entry.value !== 'string') return; // reported as a wrong type
  const backend = config.backend;
  // "backend is missing" applies only to a config with [tikv-importer] or [mydumper] (docs/policy.md,
  // "Terms"): a fragment gets its backend from the command line.
  if (!backend && !config.importerHeader && !doc.table(['mydumper']) && !isTableValue(doc.value['mydumper'])) return;
  if (!backend || backend.value === '') {
    problems.push(invalid(backend ? 'backendEmpty' : 'backendMissing', backend?.span ?? config.importerHeader ?? START_OF_FILE));
    return;
  }
  const name = backend.value.toLowerCase();
  if (name === 'local' || name === 'tidb') return;
  // `importer` (refused from v6.1.0) and the development-only backends depend on the version:
  // reported per cluster by the job check (lightningVersionedFeatures).
  if (name === 'importer' || UNRELEASED_BACKENDS.includes(name)) return;
  problems.push(invalid('unknownBackend', backend.span, { backend: backend.value }));
}

// ---------------------------------------------------------------------------------------------
// Routes and conflicting settings

function checkRoutes(config: LightningConfig, problems: LightningProblem[]): void {
  config.routes.forEach((route, i) => {
    const missing = [!route.schemaPattern?.value && 'schema-pattern', !route.targetSchema?.value && 'target-schema'].filter(Boolean);
    if (missing.length > 0) {
      problems.push(
        invalid('routeIncomplete', route.header, { route: `routes[${i}]`, missing: missing.map((m) => `\`${m}\``).join(' and ') }),
      );
    }
  });
  const firstRoute = config.routes[0];
  if (firstRoute && config.mydumperFiles.length > 0) {
    problems.push(invalid('routesWithFiles', firstRoute.header));
  }
}

function stringAt(doc: TomlDocument, path: TomlPath): string | undefined {
  const value = doc.entry(path)?.value;
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

/** A conflict strategy counts as configured unless it is absent, "" or "none" (Lightning's NoneOnDup). */
function configuredStrategy(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value === 'none' ? undefined : value;
}

function checkConflictingSettings(doc: TomlDocument, config: LightningConfig, problems: LightningProblem[]): void {
  const backend = config.backend?.value.toLowerCase();
  const strategy = configuredStrategy(stringAt(doc, ['conflict', 'strategy']));
  const onDuplicate = configuredStrategy(stringAt(doc, ['tikv-importer', 'on-duplicate']));
  const duplicateResolution = configuredStrategy(stringAt(doc, ['tikv-importer', 'duplicate-resolution']));
  const strategySource = strategy ? 'conflict.strategy' : 'tikv-importer.on-duplicate';

  const dupEntry = doc.entry(['tikv-importer', 'duplicate-resolution']);
  if (duplicateResolution && (strategy || onDuplicate) && dupEntry) {
    problems.push(invalid('duplicateResolutionWith', dupEntry.keySpan, { other: strategySource }));
  }

  const addIndex = doc.entry(['tikv-importer', 'add-index-by-sql']);
  const parallel =
    doc.entry(['tikv-importer', 'parallel-import'])?.value === true || doc.entry(['tikv-importer', 'incremental-import'])?.value === true;
  if (addIndex?.value === true && parallel && backend !== 'tidb') {
    problems.push(invalid('addIndexWithParallel', addIndex.keySpan));
  }

  // The strategy Lightning ends up with: conflict.strategy, else on-duplicate, else
  // duplicate-resolution; for the tidb backend an unset strategy becomes "error".
  const effective = strategy ?? onDuplicate ?? duplicateResolution ?? (backend === 'tidb' ? 'error' : undefined);
  const threshold = doc.entry(['conflict', 'threshold']);
  if (threshold && isInteger(threshold.value) && Number(threshold.value) > 0 && effective === 'error') {
    problems.push(
      strategy || onDuplicate
        ? invalid('thresholdWithError', threshold.keySpan, { source: strategySource })
        : invalid('thresholdWithTidbDefault', threshold.keySpan),
    );
  }

  if (effective === 'ignore' && backend === 'local') {
    const source = strategy
      ? ['conflict', 'strategy']
      : onDuplicate
        ? ['tikv-importer', 'on-duplicate']
        : ['tikv-importer', 'duplicate-resolution'];
    const entry = doc.entry(source);
    if (entry) problems.push(invalid('ignoreWithLocal', entry.valueSpan, { key: source.join('.') }));
  }

  const precheck = doc.entry(['conflict', 'precheck-conflict-before-import']);
  if (precheck?.value === true && backend === 'tidb') {
    problems.push(invalid('precheckConflictWithTidb', precheck.keySpan));
  }
}

// ---------------------------------------------------------------------------------------------
// Deprecated spellings

interface Deprecation {
  readonly path: TomlPath;
  /** Only a boolean value is deprecated (`post-restore.checksum = true`): Lightning takes a level now. */
  readonly booleanLevel?: boolean;
  /** What to do instead, for the message's help (a versioned one's too). */
  readonly instead?: string;
  /**
   * First Lightning release that deprecates it (its replacement came then): judged per cluster,
   * as a versioned feature, so a config written for an older Lightning is not told to use a key
   * its Lightning does not have. `what` and `instead` then make the message; `source` names the fact.
   */
  readonly since?: string;
  readonly what?: string;
  readonly source?: string;
}

/** A deprecation that depends on the version (`since`), with the parts of its message. */
type VersionedDeprecation = Deprecation & {
  readonly since: string;
  readonly what: string;
  readonly instead: string;
  readonly source: string;
};

const DEPRECATIONS: readonly Deprecation[] = [
  {
    path: ['tikv-importer', 'incremental-import'],
    since: '7.3.0',
    what: '`tikv-importer.incremental-import`',
    instead: 'use `parallel-import`',
    source: 'pingcap/tidb PR #45539 renamed it to `parallel-import` (v7.3.0 release notes)',
  },
  {
    path: ['tikv-importer', 'on-duplicate'],
    since: '7.3.0',
    what: '`tikv-importer.on-duplicate`',
    instead: 'use `[conflict] strategy`',
    source: 'pingcap/tidb PR #45197 (v7.3.0) added `[conflict]` and reads `on-duplicate` only as its old spelling',
  },
  {
    path: ['tikv-importer', 'duplicate-resolution'],
    since: '8.0.0',
    what: '`tikv-importer.duplicate-resolution`',
    instead: 'use `[conflict] strategy` (`"remove"` corresponds to `"replace"`)',
    source: 'pingcap/docs tidb-lightning-configuration.md: deprecated in v8.0.0',
  },
  {
    path: ['conflict', 'max-record-rows'],
    since: '8.1.0',
    what: '`conflict.max-record-rows`',
    instead: 'use `conflict.threshold` (Lightning ignores it)',
    source: 'pingcap/tidb PR #52307 (v8.1.0): "Setting conflict.max-record-rows does not take affect"',
  },
  { path: ['post-restore', 'checksum'], booleanLevel: true },
  { path: ['post-restore', 'analyze'], booleanLevel: true },
  {
    path: ['tikv-importer', 'send-kv-pairs'],
    since: '7.2.0',
    what: '`tikv-importer.send-kv-pairs`',
    instead: 'use `send-kv-size` (it has no effect there)',
    source: 'pingcap/tidb PR #44463 (2023-06-07; v7.3.0 release notes: "from v7.2 send-kv-pairs no longer takes effect")',
  },
  { path: ['mydumper', 'no-schema'], instead: 'remove it: it is kept only for compatibility' },
  { path: ['lightning', 'pprof-port'], instead: 'use `status-addr` (e.g. `status-addr = ":8289"`)' },
  {
    path: ['mydumper', 'csv', 'backslash-escape'],
    since: '7.0.0',
    what: '`mydumper.csv.backslash-escape`',
    instead: "use `escaped-by` (e.g. `escaped-by = '\\\\'`)",
    source: 'pingcap/tidb PR #40909 (2023-02-13, after the release-6.6 branch) added `escaped-by` and deprecated it',
  },
  { path: ['mydumper', 'csv', 'trim-last-separator'], instead: 'use `terminator` (e.g. a terminator that ends with the separator)' },
  {
    path: ['lightning', 'max-error-records'],
    since: '7.3.0',
    what: '`lightning.max-error-records`',
    instead: 'use `conflict.threshold`',
    source: 'pingcap/tidb PR #45197 (v7.3.0) marked it deprecated for the `[conflict]` section',
  },
  {
    path: ['lightning', 'max-error', 'conflict'],
    since: '7.3.0',
    what: '`lightning.max-error.conflict`',
    instead: 'use `conflict.threshold`',
    source: 'pingcap/tidb PR #45349 (2023-07-14, before the release-7.3 branch)',
  },
  { path: ['tikv-importer', 'addr'], instead: 'remove it: it served only the removed `importer` backend' },
];

function isVersioned(d: Deprecation): d is VersionedDeprecation {
  return d.since !== undefined && d.what !== undefined && d.instead !== undefined && d.source !== undefined;
}

function checkDeprecatedKeys(doc: TomlDocument, problems: LightningProblem[]): void {
  for (const deprecation of DEPRECATIONS) {
    if (isVersioned(deprecation)) continue; // judged per cluster: lightningVersionedFeatures
    const entry = doc.entry(deprecation.path);
    if (!entry) continue;
    const key = displayPath(deprecation.path);
    if (deprecation.booleanLevel) {
      if (typeof entry.value !== 'boolean') continue;
      const name = String(deprecation.path[deprecation.path.length - 1]);
      const data = { key, value: String(entry.value), name, replacement: entry.value ? 'required' : 'off' };
      problems.push({ verdict: 'deprecated', kind: 'deprecatedBoolean', data, span: entry.keySpan });
    } else {
      problems.push({
        verdict: 'deprecated',
        kind: 'deprecatedKey',
        data: { key, instead: deprecation.instead ?? 'remove it' },
        span: entry.keySpan,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Keys and backends by version (keys.ts VERSIONED_KEYS): judged per cluster, by the job check

function isVersionedKey(path: TomlPath): boolean {
  const names = path.filter((p): p is string => typeof p === 'string');
  return VERSIONED_KEYS.some((k) => k.path.length === names.length && k.path.every((p, i) => p === names[i]));
}

function hasPath(value: unknown, path: readonly string[]): boolean {
  let node: unknown = value;
  for (const part of path) {
    if (!isTable(node) || !(part in node)) return false;
    node = node[part];
  }
  return true;
}

/**
 * The config's version-dependent keys and backend, as features the job rules judge against the
 * cluster's Lightning version (`unsupported-on-version`, or `invalid-lightning-config` /
 * `deprecated-lightning-key` for removed ones).
 */
export function lightningVersionedFeatures(doc: TomlDocument, config: LightningConfig): VersionedFeature[] {
  const out: VersionedFeature[] = [];
  for (const key of VERSIONED_KEYS) {
    if (!hasPath(doc.value, key.path)) continue;
    out.push({
      what: key.what,
      since: '0.0.0',
      span: keyAnchor(doc, [...key.path]),
      lightning: true,
      ...(key.unreleased ? { unreleased: true } : {}),
      ...(key.removedIn ? { removedIn: key.removedIn } : {}),
      ...(key.instead ? { instead: key.instead } : {}),
      source: key.source,
    });
  }
  for (const deprecation of DEPRECATIONS) {
    if (!isVersioned(deprecation)) continue;
    const entry = doc.entry(deprecation.path);
    if (!entry || (deprecation.booleanLevel && typeof entry.value !== 'boolean')) continue;
    out.push({
      what: deprecation.what,
      since: '0.0.0',
      span: entry.keySpan,
      lightning: true,
      deprecatedSince: deprecation.since,
      instead: deprecation.instead,
      source: deprecation.source,
    });
  }
  const backend = config.backend;
  const name = backend?.value.trim().toLowerCase();
  if (backend && name === 'importer') {
    out.push({
      what: '`backend = "importer"`',
      since: '0.0.0',
      span: backend.span,
      lightning: true,
      removedIn: IMPORTER_BACKEND_REMOVED_IN,
      deprecatedBefore: true,
      instead: 'use `backend = "local"` (physical import) or `"tidb"` (logical import)',
      source: 'pingcap/tidb PR #34313 (tikv-importer support removed)',
    });
  } else if (backend && name && UNRELEASED_BACKENDS.includes(name)) {
    out.push({
      what: `\`backend = "${name}"\``,
      since: '0.0.0',
      span: backend.span,
      lightning: true,
      unreleased: true,
      instead: 'use `local` (physical import) or `tidb` (logical import)',
      source: name === 'import-into' ? 'pingcap/tidb PR #65321 (master only)' : 'pingcap/tidb master (no release has it)',
    });
  }
  return out;
}

function isTableValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
