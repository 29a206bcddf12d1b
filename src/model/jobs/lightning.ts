/**
 * The job of one Lightning config: its backend (physical or logical), the precheck override, the
 * tables it writes (filter, then routes), the data source, and the hosts it connects to.
 *
 * Over 400 lines: the written tables of a config are one computation (filter, `@file` imports,
 * routes, `[[mydumper.files]]`, the data directory's listing) whose sharing keys must agree with
 * each other; the caches that let thousands of configs share one record sit beside the keys they
 * depend on, so a change to what a key names is made in one place.
 */
import { posix } from 'node:path';
import type { Span } from '../../core/types.js';
import { EMPTY_DOCUMENTS, type RepoDocuments } from '../../parse/repo-documents.js';
import {
  DEFAULT_LIGHTNING_FILTER,
  NO_TABLES,
  exactSet,
  filterSet,
  intersect,
  isSystemSchema,
  matchTable,
  parseTableFilter,
  userTables,
  type FilterFile,
  type TableFilter,
  type TableName,
} from '../../core/filter/index.js';
import { locateDataDirectory } from './data-directory.js';
import { classifyFiles, compileFileRules, isDataFile, tableOf } from './file-routes.js';
import { tablesWithoutValidIndex } from './unindexed-tables.js';
import { compileRoutes, filterExpr, routeImage, routeTable, type SchemaAtoms, type TableRouter } from './routes.js';
import type { LightningConfig } from '../../parse/lightning/config.js';
import { NO_HOSTS, type ImportJob, type VersionedFeature, type WrittenTables } from './model.js';
import { normalizeSource } from './source.js';

function entrySpan(located: { span: Span; keySpan: Span }): Span {
  return { start: located.keySpan.start, end: located.span.end };
}

/**
 * The edit that takes `check-requirements = false` out: its whole line when the line holds nothing
 * else (a trailing comment at most), else its value set to `true` (Lightning's default).
 */
function removeOverride(text: string, override: { span: Span; keySpan: Span }): { span: Span; text: string } {
  const start = Math.max(text.lastIndexOf('\n', override.keySpan.start - 1), text.lastIndexOf('\r', override.keySpan.start - 1)) + 1;
  const nl = text.slice(override.span.end).search(/\r\n|\r|\n/);
  const lineEnd = nl === -1 ? text.length : override.span.end + nl;
  const before = text.slice(start, override.keySpan.start);
  const after = text.slice(override.span.end, lineEnd);
  if (/^[ \t]*$/.test(before) && /^[ \t]*(#.*)?$/.test(after)) {
    const terminator = nl === -1 ? 0 : text.startsWith('\r\n', lineEnd) ? 2 : 1;
    return { span: { start, end: lineEnd + terminator }, text: '' };
  }
  return { span: override.span, text: 'true' };
}

function firstLine(text: string): Span {
  const nl = text.search(/\r|\n/);
  return { start: 0, end: nl < 0 ? text.length : nl };
}

/** Rules of a filter quoted in a message; the rest are counted (a filter may hold thousands). */
const MAX_QUOTED_RULES = 5;
const MAX_QUOTED_RULE_LENGTH = 200;

function filterText(rules: readonly string[]): string {
  const shown = rules
    .slice(0, MAX_QUOTED_RULES)
    .map((r) => `'${r.length > MAX_QUOTED_RULE_LENGTH ? `${r.slice(0, MAX_QUOTED_RULE_LENGTH)}…` : r}'`);
  const rest = rules.length - shown.length;
  return `[${shown.join(', ')}${rest > 0 ? `, … ${rest.toLocaleString('en-US')} more rule${rest === 1 ? '' : 's'}` : ''}]`;
}

/** Written names, deduplicated the way TiDB compares them (case-insensitively), sorted. */
function distinctNames(names: readonly TableName[]): TableName[] {
  const seen = new Map<string, TableName>();
  for (const n of names) {
    const key = `${n.schema.toLowerCase()}.${n.table.toLowerCase()}`;
    if (!seen.has(key)) seen.set(key, n);
  }
  return [...seen.values()].sort((a, b) => (a.schema + '.' + a.table < b.schema + '.' + b.table ? -1 : 1));
}

const ANY_TABLE = (why: string): WrittenTables => ({
  kind: 'pattern',
  set: userTables(),
  description: `(${why}, so the linter assumes any table)`,
});

/**
 * The tables a Lightning config writes (docs/rules/log-backup-gap.md):
 * 1. a data directory in the repository: its files classified as Lightning does, the filter applied
 *    to the file-derived names, then `[[routes]]`: exact names;
 * 2. otherwise (cloud storage, a path on the import host, an empty directory, or custom file rules
 *    the linter cannot follow): every table the filter accepts, renamed by the routes: a pattern set.
 * Tables that only have a schema file are created with SQL (DDL, which log backup and TiCDC
 * capture) and receive no imported rows, so they are not written tables.
 */
/**
 * Where a filter's `@file` may be in the repository, in lookup order: beside the config, then from
 * the root (a path climbing out of the repository is neither). Shared with the pull-request scope's
 * dependent configs (src/shells/dependent-configs.ts), so both look in the same places.
 */
export function filterImportCandidates(p: string, configPath: string): string[] {
  const inRepo = (q: string): string | undefined => {
    const normal = posix.normalize(q);
    return normal.startsWith('../') || normal === '..' || posix.isAbsolute(normal) ? undefined : normal;
  };
  return [inRepo(posix.join(posix.dirname(configPath), p)), inRepo(p)].filter((c): c is string => c !== undefined);
}

/**
 * `@file` lines of a filter import rules from a file. Lightning resolves the path from its working
 * directory, which the linter cannot know: it looks beside the config first, then from the
 * repository root, and remembers what it could not find (then the filter's tables are unknown,
 * not an error: the file may well exist where Lightning runs).
 */
export function filterImportReader(
  configPath: string,
  repo: RepoDocuments,
): {
  read: (p: string, caseSensitive: boolean) => FilterFile | undefined;
  missing: string[];
  refused: { path: string; reason: string }[];
} {
  const missing: string[] = [];
  const refused: { path: string; reason: string }[] = [];
  return {
    missing,
    refused,
    read(p, caseSensitive) {
      // A refused file (a link out, a FIFO, too big) is never read: it counts as missing, and why is kept.
      let why: string | undefined;
      for (const candidate of filterImportCandidates(p, configPath)) {
        const got = repo.filterImport(candidate, caseSensitive);
        if (got.readable) return got.file;
        if (got.refused !== undefined) why ??= got.refused;
      }
      missing.push(p);
      if (why !== undefined) refused.push({ path: p, reason: why });
      return undefined;
    },
  };
}

/** A Lightning config's `[mydumper] filter` (or Lightning's default), parsed once per config. */
export interface LightningFilter {
  /** The rules as written, or undefined when the config relies on the default filter. */
  readonly given?: readonly string[];
  readonly rules: readonly string[];
  readonly caseSensitive: boolean;
  readonly parsed: ReturnType<typeof parseTableFilter>;
  /** `@file` imports the repository does not hold (or that were refused). */
  readonly missingImports: readonly string[];
  /** `@file` imports in the repository that were refused, and why (a link out, not a regular file, too big). */
  readonly refusedImports?: readonly { readonly path: string; readonly reason: string }[];
}

export function readLightningFilter(config: LightningConfig, path = '', repo: RepoDocuments = EMPTY_DOCUMENTS): LightningFilter {
  const given = config.filter?.rules.map((r) => r.value);
  const rules = given ?? DEFAULT_LIGHTNING_FILTER;
  const caseSensitive = config.caseSensitive?.value === true;
  const imports = filterImportReader(path, repo);
  const parsed = parseTableFilter(rules, { caseSensitive, importedFile: imports.read });
  return {
    ...(given ? { given } : {}),
    rules,
    caseSensitive,
    parsed,
    missingImports: imports.missing,
    ...(imports.refused.length ? { refusedImports: imports.refused } : {}),
  };
}

export function lightningWritten(
  config: LightningConfig,
  path = '',
  repo: RepoDocuments = EMPTY_DOCUMENTS,
  filter: LightningFilter = readLightningFilter(config, path, repo),
): WrittenTables {
  const { given, rules, caseSensitive, parsed } = filter;
  if (!parsed.ok) {
    const refused = filter.refusedImports?.[0];
    return ANY_TABLE(
      refused
        ? `the \`filter\` imports rules from \`${refused.path}\`, which ${refused.reason}`
        : filter.missingImports.length
          ? `the \`filter\` imports rules from \`${filter.missingImports[0]}\`, which is not in the repository`
          : 'the `filter` is invalid',
    );
  }
  if (config.routes.length && config.mydumperFiles.length) {
    return ANY_TABLE('the config sets both `[[routes]]` and `[[mydumper.files]]`, which Lightning refuses');
  }
  const atoms: SchemaAtoms = { sets: [] };
  const routeRules = config.routes.map((r) => ({
    ...(r.schemaPattern ? { schemaPattern: r.schemaPattern.value } : {}),
    ...(r.tablePattern ? { tablePattern: r.tablePattern.value } : {}),
    ...(r.targetSchema ? { targetSchema: r.targetSchema.value } : {}),
    ...(r.targetTable ? { targetTable: r.targetTable.value } : {}),
  }));
  const compiled = compileRoutes(routeRules, caseSensitive, atoms);
  if (!compiled.ok) {
    return ANY_TABLE(`a \`[[routes]]\` rule is invalid (${compiled.problems[0]!.message})`);
  }
  const router = compiled.router;
  const filterDescription = given ? `the filter \`${filterText(rules)}\`` : "Lightning's default filter";

  const shape = JSON.stringify([
    caseSensitive,
    rules,
    // `@file` imports resolve beside the config first: the same rules elsewhere may read other files.
    rules.some((r) => r.trim().startsWith('@')) ? posix.dirname(path) : '',
    routeRules,
    config.mydumperFiles.map((f) => [f.path?.value, f.pattern?.value, f.schema?.value, f.table?.value, f.type?.value]),
  ]);
  const fromDirectory = directoryWritten(config, path, repo, parsed.filter, router, shape);
  if (fromDirectory.written) return fromDirectory.written;
  const fallback = fromDirectory.why ? `; ${fromDirectory.why}` : '';

  if (config.mydumperFiles.length) {
    // File rules name the target tables themselves; without the files we cannot know them.
    return ANY_TABLE(`the config names its tables with \`[[mydumper.files]]\`${fallback}`);
  }
  // `@file` imports resolve beside the config: the same rules elsewhere may read other files, so
  // only configs without them share one record (as parseTableFilter shares their parse).
  const shared = !rules.some((r) => r.trim().startsWith('@'));
  // The key also names the risk computed downstream (model/posture/analyze.ts memoizes by it), so
  // rules importing `@file`s carry the directory they resolve from: the same filter text beside
  // another config reads other files and must not borrow this one's verdict.
  const importsFrom = shared ? '' : posix.dirname(path);
  if (router.routes.length) {
    const description = `written through ${filterDescription} and its \`[[routes]]\` renaming${fallback}`;
    const key = JSON.stringify([caseSensitive, rules, importsFrom, routeRules, description]);
    return sharedWritten(shared, key, () => ({
      kind: 'pattern',
      set: routeImage(router, filterExpr(parsed.filter, atoms)),
      description,
      key,
    }));
  }
  const description = `${given ? `matching ${filterDescription}` : "accepted by Lightning's default filter"}${fallback}`;
  const key = JSON.stringify([caseSensitive, rules, importsFrom, description]);
  return sharedWritten(shared, key, () => ({
    kind: 'pattern',
    set: intersect(filterSet(parsed.filter), userTables()),
    description,
    filterRules: rules,
    key,
  }));
}

/**
 * Written tables by their key, for configs with the same filter (and routes): every job holds the
 * one record, its set, description and key, instead of its own copy of each (about 600 bytes a
 * config). Bounded: past the limit the map starts again, and a record is only made anew.
 */
const writtenByKey = new Map<string, WrittenTables>();
const WRITTEN_BY_KEY_MAX = 4096;

function sharedWritten(shared: boolean, key: string, make: () => WrittenTables): WrittenTables {
  if (!shared) return make();
  let written = writtenByKey.get(key);
  if (written === undefined) {
    if (writtenByKey.size >= WRITTEN_BY_KEY_MAX) writtenByKey.clear();
    written = make();
    writtenByKey.set(key, written);
  }
  return written;
}

/** One array per list of hosts, shared by the configs that name the same ones (most name one host of a few). */
const hostLists = new Map<string, readonly string[]>();

function sharedHosts(hosts: readonly string[]): readonly string[] {
  if (!hosts.length) return NO_HOSTS;
  const key = hosts.join('\u0000');
  let list = hostLists.get(key);
  if (list === undefined) {
    if (hostLists.size >= WRITTEN_BY_KEY_MAX) hostLists.clear();
    list = Object.freeze([...hosts]);
    hostLists.set(key, list);
  }
  return list;
}

/**
 * Many configs often share one data directory (one dump, one config per table or schema). The
 * listing is the same array for all of them (the shell caches it per directory), so the
 * classification and the written tables are computed once per listing and per config shape, and
 * the jobs share the result (and, through `key`, the risk computations downstream) instead of
 * each holding its own copy of thousands of names.
 */
type DirectoryResult = { readonly written?: WrittenTables; readonly why?: string };
const directoryResults = new WeakMap<readonly string[], Map<string, DirectoryResult>>();

/** Exact written tables from a data directory in the repository, or why there are none. */
function directoryWritten(
  config: LightningConfig,
  path: string,
  repo: RepoDocuments,
  filter: TableFilter,
  router: TableRouter,
  /** Everything besides the listing that decides the result: filter, routes, file rules. */
  shape: string,
): DirectoryResult {
  if (!config.dataSourceDir) return {};
  const located = locateDataDirectory(config.dataSourceDir.value, path, repo);
  if (!located.inRepository) return located.refused ? { why: `its data directory ${located.reason}` } : {};
  let byShape = directoryResults.get(located.files);
  if (!byShape) directoryResults.set(located.files, (byShape = new Map()));
  const key = `${located.dir}\u0000${shape}`;
  const cached = byShape.get(key);
  if (cached) return cached;
  const result = directoryWrittenUncached(config, located, repo, filter, router, key);
  byShape.set(key, result);
  return result;
}

/** The data files' source tables and the unindexed ones, per listing and `[[mydumper.files]]` rules. */
type Classified = { readonly sourceNames: readonly TableName[]; readonly unindexed: readonly TableName[] } | { readonly why: string };
const classifications = new WeakMap<readonly string[], Map<string, Classified>>();

function classifiedDirectory(
  config: LightningConfig,
  located: Extract<ReturnType<typeof locateDataDirectory>, { inRepository: true }>,
  repo: RepoDocuments,
): Classified {
  let byRules = classifications.get(located.files);
  if (!byRules) classifications.set(located.files, (byRules = new Map()));
  const key = `${located.dir}\u0000${JSON.stringify(config.mydumperFiles.map((f) => [f.path?.value, f.pattern?.value, f.schema?.value, f.table?.value, f.type?.value]))}`;
  const cached = byRules.get(key);
  if (cached) return cached;
  let result: Classified;
  let custom: Parameters<typeof classifyFiles>[2];
  const rules = config.mydumperFiles.length ? compileFileRules(config.mydumperFiles) : undefined;
  if (rules && !rules.ok) {
    result = { why: `its \`[[mydumper.files]]\` rule ${rules.problems[0]!.index + 1} cannot be followed (${rules.problems[0]!.message})` };
  } else {
    if (rules) custom = rules.routes;
    const classified = classifyFiles(located.dir, located.files, custom);
    result = { sourceNames: classified.files.filter(isDataFile).map(tableOf), unindexed: tablesWithoutValidIndex(repo, classified.files) };
  }
  byRules.set(key, result);
  return result;
}

function directoryWrittenUncached(
  config: LightningConfig,
  located: Extract<ReturnType<typeof locateDataDirectory>, { inRepository: true }>,
  repo: RepoDocuments,
  filter: TableFilter,
  router: TableRouter,
  key: string,
): DirectoryResult {
  const where = located.dir === '' ? 'the repository root' : `\`${located.dir}\``;
  const unlisted = located.unreadable?.[0];
  // A listing with holes cannot give the exact tables: the filter's pattern set stands in.
  if (unlisted) return { why: `the data directory ${where} could not be listed whole (\`${unlisted.path}\` ${unlisted.reason})` };
  const classified = classifiedDirectory(config, located, repo);
  if ('why' in classified) return { why: classified.why };
  const { sourceNames, unindexed } = classified;
  if (!sourceNames.length) return { why: `the data directory ${where} has no data files in the repository` };
  const accepted = sourceNames.filter((n) => matchTable(filter, n.schema, n.table));
  const written = distinctNames(accepted.flatMap((n) => routeTable(router, n))).filter((n) => !isSystemSchema(n.schema));
  return {
    written: {
      kind: 'exact',
      names: written,
      set: written.length ? exactSet(written, false) : NO_TABLES,
      description: `the data files in ${where}`,
      key: `directory\u0000${key}`,
      ...(unindexed.length ? { unindexed } : {}),
    },
  };
}

export function lightningJob(
  path: string,
  config: LightningConfig,
  text: string,
  repo: RepoDocuments = EMPTY_DOCUMENTS,
  filter: LightningFilter = readLightningFilter(config, path, repo),
): ImportJob {
  const backend = config.backend?.value.trim().toLowerCase() ?? '';
  const physical = backend !== 'tidb';
  const anchor = config.backend ? entrySpan(config.backend) : (config.importerHeader ?? firstLine(text));
  const override = config.checkRequirements && config.checkRequirements.value === false ? config.checkRequirements : undefined;
  const features: VersionedFeature[] = [];
  if (config.conflict) features.push({ what: 'The `[conflict]` section', since: '7.3.0', span: config.conflict.header, lightning: true });
  if (config.pdAddrs.length > 1) {
    const first = config.pdAddrs[0]!;
    const last = config.pdAddrs[config.pdAddrs.length - 1]!;
    features.push({
      what: 'Several PD addresses in `pd-addr`',
      since: '7.6.0',
      span: { start: first.span.start, end: last.span.end },
      lightning: true,
    });
  }
  const hosts = [config.host?.value, ...config.pdAddrs.map((p) => p.value)].filter((h): h is string => !!h && h.trim() !== '');
  return {
    file: path,
    kind: 'lightning',
    physical,
    backend,
    anchor,
    // The key as written (`backend`, or a dotted `tikv-importer.backend`), so the fix stays in place.
    ...(physical && config.backend
      ? {
          logicalFix: {
            span: anchor,
            replacement: `${text.slice(config.backend.keySpan.start, config.backend.keySpan.end)} = "tidb"`,
            // The override protects nothing on a logical job (unnecessary-override): the fix removes it too.
            ...(override ? { alsoEdits: [removeOverride(text, override)] } : {}),
          },
        }
      : {}),
    ...(override ? { override: { span: entrySpan(override), text: 'check-requirements = false' } } : {}),
    written: lightningWritten(config, path, repo, filter),
    ...(config.dataSourceDir ? { source: normalizeSource(config.dataSourceDir.value) } : {}),
    hosts: sharedHosts(hosts),
    versionedFeatures: features,
  };
}
