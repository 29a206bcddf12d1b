/**
 * What one import job means for one cluster: does TiDB's precheck run, does the job run unchecked,
 * which written tables need log backup or replication, and which of those no remedy covers.
 * Computed once per (job, cluster) and shared by the posture rules, so they cannot disagree.
 */
import { atLeast } from '../../core/version.js';
import {
  exactSet,
  findWitness,
  intersect,
  setHas,
  subtract,
  userTables,
  NO_TABLES,
  type TableName,
  type TableSet,
} from '../../core/filter/index.js';
import type { ImportJob, WrittenTables } from '../jobs/model.js';
import type { CompiledChangefeed, CompiledCluster } from './compile.js';
import type { Version } from '../../core/version.js';
import { predictPrecheck, type BlockVerdict, type PrecheckPresence, type PrecheckPrediction } from './blocking.js';

/** Written tables that need something, for messages and `tables` in the report. */
export interface Risk {
  readonly set: TableSet;
  /** Concrete tables: all of them for exact writes, one witness for pattern sets. */
  readonly tables: readonly string[];
  /**
   * Message text: "`app.orders`" (exact), "`app.orders` (and any other table matching the filter
   * `['app.*']`)" (a pattern set with a real-looking member), or "tables matching the filter
   * `['reports.monthly_*']`" (a pattern set without one).
   */
  readonly text: string;
  /** Concrete names to put in a BACKUP statement (empty when only a pattern is known). */
  readonly names: readonly TableName[];
}

/**
 * Tables the scanned files name exactly (IMPORT INTO targets, data directories): a pattern set's
 * example is one of these when it can be ("`app.orders` and any other table matching `app.*`"
 * reads better than the shortest name, `app.a`). Capped, so the search stays cheap.
 */
export const MAX_PREFERRED_EXAMPLES = 48;

export interface Remedies {
  /** Exact tables written elsewhere in the scanned files, preferred as examples; sorted. */
  readonly knownTables: readonly TableName[];
  /** Tables that BACKUP TABLE / BACKUP DATABASE statements later in the job's SQL file snapshot. */
  snapshotAfter(job: ImportJob): TableSet;
  /** Jobs mapped to `cluster` that read the same source as `job`, and the union of what they write. */
  downstreamImports(job: ImportJob, cluster: string): { readonly set: TableSet; readonly jobs: readonly ImportJob[] };
}

export interface ChangefeedAnalysis {
  readonly feed: CompiledChangefeed;
  /** Does this changefeed make the job's precheck fail, on the job's version and in the feed's state? */
  readonly verdict: BlockVerdict;
  readonly needed?: Risk;
  readonly gap?: Risk;
  readonly remedy?: string;
}

export interface JobAnalysis {
  /** The version whose precheck applies: Lightning's for Lightning, TiDB's for IMPORT INTO. */
  readonly version: Version;
  /** Whether the job's tool runs the CDC/PITR precheck at that version. */
  readonly precheck: PrecheckPresence;
  /** `precheck !== 'absent'` (kept for readers of the older field). */
  readonly precheckExists: boolean;
  /**
   * Would the precheck reject this job, override aside (docs/rules/precheck-blocks-import.md)? `passes` for logical
   * jobs. A cluster is guarded for the job when this is not `passes`.
   */
  readonly blocking: BlockVerdict;
  /** What blocks, for messages: "log backup task `x`", "changefeed `a`", "TiCDC servers". */
  readonly blockers: readonly string[];
  /** What the job writes, with an example table for a pattern set (for findings about the whole job). */
  readonly writes?: Risk;
  /**
   * The job's override, when this cluster accepts it. `WITH DISABLE_PRECHECK` before TiDB v8.0.0
   * is an unknown option: TiDB rejects the statement, so nothing is imported unchecked (the
   * precheck still blocks it, and `unsupported-on-version` names the option).
   */
  readonly override?: ImportJob['override'];
  /**
   * The job may run with nothing stopping it (docs/policy.md "runs unchecked"): physical, and an accepted
   * override, no precheck on its version, or nothing that certainly blocks it. The gaps of every
   * protecting changefeed and of log backup are then reported.
   */
  readonly runsUnchecked: boolean;
  /** Why it runs unchecked, for messages ("`check-requirements = false` switches off the precheck"). */
  readonly uncheckedWhy?: string;
  readonly logBackup?: { readonly needed?: Risk; readonly gap?: Risk; readonly remedy?: string };
  readonly changefeeds: readonly ChangefeedAnalysis[];
}

export const MAX_LISTED_TABLES = 3;

export function qualified(name: TableName): string {
  return name.schema ? `${name.schema}.${name.table}` : name.table;
}

export function listTables(names: readonly string[], max = MAX_LISTED_TABLES): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The written tables that fall in `protectedSet`, or undefined when none does. */
export function riskOf(written: WrittenTables, protectedSet: TableSet, prefer: readonly TableName[] = []): Risk | undefined {
  const set = intersect(written.set, protectedSet);
  if (written.kind === 'exact') {
    // A concrete name is a membership test; only a name in an unknown database needs a search.
    const names = written.names.filter((n) =>
      n.schema ? setHas(protectedSet, n) : findWitness(intersect(protectedSet, nameSet(written, n))) !== undefined,
    );
    if (!names.length) return undefined;
    const tables = names.map(qualified);
    return { set, tables, text: listTables(tables), names };
  }
  const witness = findWitness(set, { prefer });
  if (!witness) return undefined;
  const example = qualified(witness.table);
  const inexact = witness.exact ? '' : '; the search for an example hit its bound, so the linter assumes the sets overlap';
  // docs/policy.md "Terms": a pattern set's member is named only when it reads as a real table (one the
  // repository names, or one the filter writes out literally); an exact single table is named
  // alone; otherwise the pattern itself is given ("tables matching the filter `['app.*']`").
  if (witness.exact && isOnlyMember(set, witness.table, prefer)) {
    return { set, tables: [example], text: `\`${example}\``, names: [witness.table] };
  }
  const real = witness.exact && (prefer.some((n) => sameName(n, witness.table)) || !artefactOf(written, witness.table));
  if (real) {
    return { set, tables: [example], text: `\`${example}\` (and any other table ${written.description})`, names: [] };
  }
  const pattern = written.filterRules?.length ? [...written.filterRules] : [written.description];
  return { set, tables: pattern, text: `tables ${written.description}${inexact}`, names: [] };
}

function sameName(a: TableName, b: TableName): boolean {
  return a.schema === b.schema && a.table === b.table;
}

/** The set holds this table and nothing else (case variants included when matching ignores case). */
function isOnlyMember(set: TableSet, name: TableName, prefer: readonly TableName[] = []): boolean {
  const rest = subtract(set, exactSet([name], false));
  // A search proves the rest empty; a name found in it by a membership test answers first (most
  // pattern sets hold `billing.b` as well as `billing.a`), with the answer the search would give.
  for (const other of otherCandidates(name, prefer)) if (setHas(rest, other)) return false;
  const other = findWitness(rest);
  return other === undefined;
}

/** Names a set holding `name` may well hold too: the preferred examples and two neighbours of `name`. */
function* otherCandidates(name: TableName, prefer: readonly TableName[]): Iterable<TableName> {
  yield { schema: name.schema, table: name.table === 'b' ? 'c' : 'b' };
  yield { schema: name.schema, table: `${name.table}_` };
  yield* prefer;
}

/**
 * The witness is an artefact of a pattern when a `*` in a filter rule matched nothing there:
 * `reports.monthly_` for `reports.monthly_*` reads like a bug, not a table.
 */
function artefactOf(written: Extract<WrittenTables, { kind: 'pattern' }>, name: TableName): boolean {
  const parts = [name.schema.toLowerCase(), name.table.toLowerCase()];
  for (const rule of written.filterRules ?? []) {
    const body = rule.trim().replace(/^!/, '');
    const dot = body.indexOf('.');
    if (dot < 0 || body.startsWith('/') || body.startsWith('"') || body.startsWith('`')) continue;
    const ruleParts = [body.slice(0, dot), body.slice(dot + 1)];
    for (let i = 0; i < 2; i++) {
      const part = ruleParts[i] as string;
      if (part.includes('*') && part !== '*' && part.replace(/\*/g, '').toLowerCase() === parts[i]) return true;
    }
  }
  return false;
}

function nameSet(written: Extract<WrittenTables, { kind: 'exact' }>, name: TableName): TableSet {
  return written.perName?.get(qualified(name)) ?? exactSet([name], false);
}

/**
 * Risks depend only on what a job writes and on the protected set, and a repository has many jobs
 * writing the same filter: memoized per protected set (compiled once per cluster and changefeed)
 * and per written set's identity key.
 */
const riskMemo = new WeakMap<TableSet, Map<string, Risk | undefined>>();

/**
 * One object for every user table, so risks against it are memoized like the protected sets. Made
 * on first use: building it needs the Unicode case tables, which `--version` should not pay for.
 */
let userTableSet: TableSet | undefined;

function memoRisk(written: WrittenTables, protectedSet: TableSet, prefer: readonly TableName[]): Risk | undefined {
  if (written.key === undefined) return riskOf(written, protectedSet, prefer);
  let byKey = riskMemo.get(protectedSet);
  if (!byKey) riskMemo.set(protectedSet, (byKey = new Map()));
  if (byKey.has(written.key)) return byKey.get(written.key);
  const risk = riskOf(written, protectedSet, prefer);
  byKey.set(written.key, risk);
  return risk;
}

/** What a changefeed replicates of this job's tables: tables without a valid index drop out unless forced. */
function replicatedFor(job: ImportJob, feed: CompiledChangefeed): TableSet {
  const unindexed = job.written.kind === 'exact' ? job.written.unindexed : undefined;
  return feed.forceReplicate || !unindexed?.length ? feed.replicated : subtract(feed.replicated, exactSet(unindexed, false));
}

export function analyzeJob(job: ImportJob, cluster: CompiledCluster, remedies: Remedies): JobAnalysis {
  const version = job.kind === 'import-into' ? cluster.tidb : cluster.lightning;
  const prediction = predictPrecheck(job.kind, version, {
    logBackup: cluster.logBackup !== undefined,
    ticdc: cluster.ticdc,
    changefeeds: cluster.changefeeds.map((f) => ({ id: f.id, state: f.state })),
  });
  const precheck = prediction.precheck;
  const blocking: BlockVerdict = job.physical ? prediction.rejected : 'passes';
  const blockers = job.physical ? blockersOf(cluster, prediction) : [];
  const override = job.override && (job.kind !== 'import-into' || atLeast(cluster.tidb, '8.0.0')) ? job.override : undefined;
  const base = { version, precheck, precheckExists: precheck !== 'absent', blocking, blockers, ...(override ? { override } : {}) };
  const runsUnchecked = job.physical && (override !== undefined || blocking !== 'blocks');
  const uncheckedWhy = runsUnchecked ? uncheckedReason(job, cluster, prediction, override !== undefined) : undefined;
  const examine = runsUnchecked && (cluster.logBackup !== undefined || cluster.changefeeds.some((f) => f.protects));
  if (!examine) {
    const writes =
      job.physical && blocking !== 'passes' && !override
        ? memoRisk(job.written, (userTableSet ??= userTables()), remedies.knownTables)
        : undefined;
    return { ...base, ...(writes ? { writes } : {}), runsUnchecked, ...(uncheckedWhy ? { uncheckedWhy } : {}), changefeeds: [] };
  }

  let logBackup: JobAnalysis['logBackup'];
  if (cluster.logBackup) {
    const needed = memoRisk(job.written, cluster.logBackup.protected, remedies.knownTables);
    if (needed) {
      const snapshot = remedies.snapshotAfter(job);
      const gap =
        snapshot === NO_TABLES ? needed : riskOf(job.written, subtract(cluster.logBackup.protected, snapshot), remedies.knownTables);
      const remedied = gap ? undefined : 'a snapshot backup later in the same file (BACKUP TABLE/DATABASE)';
      logBackup = { needed, ...(gap ? { gap } : {}), ...(remedied ? { remedy: remedied } : {}) };
    } else logBackup = {};
  }
  const changefeeds = cluster.changefeeds.map((feed): ChangefeedAnalysis => {
    const verdict = prediction.changefeeds.get(feed.id) ?? 'passes';
    if (!feed.protects) return { feed, verdict };
    const replicated = replicatedFor(job, feed);
    const needed =
      replicated === feed.replicated
        ? memoRisk(job.written, replicated, remedies.knownTables)
        : riskOf(job.written, replicated, remedies.knownTables);
    if (!needed) return { feed, verdict };
    const downstream = feed.downstreamCluster ? remedies.downstreamImports(job, feed.downstreamCluster) : { set: NO_TABLES, jobs: [] };
    const gap = downstream.set === NO_TABLES ? needed : riskOf(job.written, subtract(replicated, downstream.set), remedies.knownTables);
    const remedy =
      !gap && downstream.jobs.length
        ? `the same import into cluster \`${feed.downstreamCluster}\` (${[...new Set(downstream.jobs.map((j) => j.file))].join(', ')})`
        : undefined;
    return { feed, verdict, needed, ...(gap ? { gap } : {}), ...(remedy ? { remedy } : {}) };
  });
  const writes =
    blocking !== 'passes' && !override ? memoRisk(job.written, (userTableSet ??= userTables()), remedies.knownTables) : undefined;
  return {
    ...base,
    ...(writes ? { writes } : {}),
    runsUnchecked,
    ...(uncheckedWhy ? { uncheckedWhy } : {}),
    ...(logBackup ? { logBackup } : {}),
    changefeeds,
  };
}

/** What makes the precheck fail (or may), in the cluster's order. */
function blockersOf(cluster: CompiledCluster, prediction: PrecheckPrediction): string[] {
  if (prediction.precheck === 'absent') return [];
  const parts: string[] = [];
  if (cluster.logBackup) parts.push(cluster.logBackup.task ? `log backup task \`${cluster.logBackup.task}\`` : 'log backup');
  const feeds = cluster.changefeeds.filter((f) => prediction.changefeeds.get(f.id) !== 'passes').map((f) => f.id);
  if (feeds.length) parts.push(`${feeds.length === 1 ? 'changefeed' : 'changefeeds'} ${listTables(feeds, 10)}`);
  if (prediction.ticdcServers) parts.push('running TiCDC servers (v6.5.0 blocks on them even with no changefeed)');
  return parts;
}

function versionText(v: Version): string {
  return `v${v[0]}.${v[1]}.${v[2]}`;
}

/** Why a physical job may run with nothing stopping it, for the gap messages. */
function uncheckedReason(job: ImportJob, cluster: CompiledCluster, prediction: PrecheckPrediction, overridden: boolean): string {
  const tool =
    job.kind === 'import-into' ? `IMPORT INTO on TiDB ${versionText(cluster.tidb)}` : `TiDB Lightning ${versionText(cluster.lightning)}`;
  if (overridden)
    return job.kind === 'import-into'
      ? '`DISABLE_PRECHECK` switches off the precheck'
      : '`check-requirements = false` switches off the precheck';
  if (prediction.precheck === 'absent') {
    return job.kind === 'import-into' ? `${tool} has no CDC/PITR check` : `${tool} has no CDC/PITR precheck (added in v6.5.0)`;
  }
  if (prediction.precheck === 'unestablished') return `it is not established that ${tool} runs the CDC/PITR check, so it may run`;
  if (prediction.rejected === 'unestablished') {
    return `it is not established that the precheck of ${tool} blocks on changefeeds (docs/rules/precheck-blocks-import.md), so it may run`;
  }
  const passing = cluster.changefeeds.filter((f) => f.protects && prediction.changefeeds.get(f.id) === 'passes');
  const states = passing.map((f) => `\`${f.id}\` is \`${f.state}\``);
  return states.length
    ? `the precheck of ${tool} passes: ${states.join(', ')}, a state that does not block it on this version`
    : `nothing on cluster \`${cluster.name}\` blocks the precheck of ${tool}`;
}
