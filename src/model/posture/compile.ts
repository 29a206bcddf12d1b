/**
 * The policy's posture compiled once into table sets the rules query: which tables each cluster's
 * log backup protects and each changefeed replicates, after the owners' exemptions. Table-filter
 * errors in the policy come back as positioned problems (`invalid-policy`).
 */
import { atLeast, parseVersion, type Version } from '../../core/version.js';
import {
  ALL_TABLES,
  filterSet,
  intersect,
  parseTableFilter,
  subtract,
  union,
  userTables,
  NO_TABLES,
  type TableSet,
} from '../../core/filter/index.js';
import type { ChangefeedPolicy, Cluster, LocatedRule, Policy, PolicyLocation } from '../policy/types.js';
import { readChangefeedSource, type ChangefeedSource } from './changefeed-source.js';
import type { ChangefeedConfigFiles } from '../../parse/ticdc/changefeed.js';
import { realChangefeeds, realLogBackup, type RealChangefeed } from '../posture-live/real.js';
import type { PostureSnapshot } from '../posture-live/snapshot.js';
import { changefeedProtects, DEFAULT_CHANGEFEED_STATE } from './blocking.js';

export interface CompiledChangefeed {
  readonly id: string;
  readonly policy: ChangefeedPolicy;
  readonly caseSensitive: boolean;
  /** Tables this changefeed replicates and that are not exempted from it. */
  readonly replicated: TableSet;
  /** Human-readable rules for messages, e.g. `['app.*', '!app.tmp_*']`. */
  readonly rulesText: string;
  readonly downstreamCluster?: string;
  readonly downstreamKind?: string;
  /** `force-replicate`: from the config file with `config:`, else the policy's `force_replicate`. */
  readonly forceReplicate: boolean;
  /** TiCDC's word for its state (`normal` unless the policy says): decides whether it blocks (blocking.ts). */
  readonly state: string;
  /** It replicates now or once resumed: every state but `finished`/`removed` (docs/policy.md "Protected"). */
  readonly protects: boolean;
  /** Tables whose inserts an event filter drops, or that lack a valid index: never replicated. */
  /** Why some tables are not replicated (event filters), for messages. */
  readonly notes: readonly string[];
  /** The changefeed as the cluster's posture snapshot shows it, when it has one (posture.md). */
  readonly real?: RealChangefeed;
  /** With `real`: what the policy alone declares (user tables it replicates, before exemptions), for `posture-drift`. */
  readonly declared?: {
    readonly replicates: TableSet;
    readonly forceReplicate: boolean;
    readonly caseSensitive: boolean;
    readonly rulesText: string;
  };
}

export interface CompiledCluster {
  readonly name: string;
  readonly cluster: Cluster;
  readonly tidb: Version;
  readonly lightning: Version;
  /**
   * Log backup on, or at least one changefeed that protects its tables. Whether TiDB's precheck
   * blocks a job depends on the job's version and the changefeeds' states: see `JobAnalysis.blocking`.
   */
  readonly guarded: boolean;
  /** TiCDC servers run (`ticdc: true` or any changefeed): v6.5.0's precheck blocks on them alone. */
  readonly ticdc: boolean;
  readonly logBackup?: { readonly task?: string; readonly protected: TableSet };
  readonly changefeeds: readonly CompiledChangefeed[];
}

export interface Posture {
  readonly policy: Policy;
  readonly clusters: ReadonlyMap<string, CompiledCluster>;
}

export interface PostureProblem {
  readonly location: PolicyLocation;
  readonly message: string;
}

/** TiCDC's `case-sensitive` default became false in v6.5.6, v7.1.3 and v7.5.0 (docs/rules/changefeed-gap.md). */
export function defaultChangefeedCaseSensitive(tidb: Version): boolean {
  if (atLeast(tidb, '7.5.0')) return false;
  if (tidb[0] === 7 && tidb[1] === 1) return !atLeast(tidb, '7.1.3');
  if (tidb[0] === 6 && tidb[1] === 5) return !atLeast(tidb, '6.5.6');
  return true;
}

export function compileRules(
  rules: readonly LocatedRule[],
  caseSensitive: boolean,
  problems: PostureProblem[],
  what: string,
): TableSet | undefined {
  const parsed = parseTableFilter(
    rules.map((r) => r.rule),
    { caseSensitive },
  );
  if (parsed.ok) return filterSet(parsed.filter);
  for (const e of parsed.errors) {
    const at = rules[e.ruleIndex];
    if (at) problems.push({ location: at.location, message: `${what}: invalid table filter rule \`${at.rule}\`: ${e.message}` });
  }
  return undefined;
}

/** `union` of many sets without spreading them into one call's arguments (a stack overflow past ~100,000). */
function unionAll(sets: readonly TableSet[]): TableSet {
  let out: TableSet = NO_TABLES;
  for (let i = 0; i < sets.length; i += 1024) out = union(out, ...sets.slice(i, i + 1024));
  return out;
}

/**
 * Compiles once, before any file is read. Tables without a valid index (docs/rules/changefeed-gap.md) are
 * not decided here but per job, from the schema files in the job's own data directory
 * (`ImportJob.written.unindexed`, applied in analyze.ts): that keeps a pull-request run from
 * walking the whole repository.
 */
export function compilePosture(
  policy: Policy,
  /** The changefeed configs the policy points at (`config:`), parsed once each (src/parse/ticdc/changefeed.ts). */
  changefeedConfigs: ChangefeedConfigFiles,
  /** Posture snapshots by cluster name (posture-live/bind.ts): verdicts use the union of declared and real. */
  snapshots: ReadonlyMap<string, PostureSnapshot> = new Map(),
): { posture: Posture; problems: PostureProblem[] } {
  const problems: PostureProblem[] = [];
  const clusters = new Map<string, CompiledCluster>();
  for (const cluster of policy.clusters) {
    const tidb = parseVersion(cluster.tidbVersion) ?? [0, 0, 0];
    const lightning = parseVersion(cluster.lightningVersion) ?? tidb;
    // Each exemption is compiled once (a bad rule is reported once), and the exemptions of every
    // changefeed (`skip: [changefeeds]`) are united once for all of them.
    const exempted = cluster.exemptions.map((e) => ({
      skip: e.skip,
      set: compileRules(e.tables, false, problems, `clusters.${cluster.name}.exemptions`) ?? NO_TABLES,
    }));
    const exemptFrom = (key: (skip: string) => boolean): TableSet => unionAll(exempted.filter((e) => e.skip.some(key)).map((e) => e.set));
    const fromEveryFeed = exemptFrom((s) => s === 'changefeeds');
    const namedFeeds = new Set(cluster.exemptions.flatMap((e) => (e.skip.includes('changefeeds') ? [] : e.skip)));
    const snapshot = snapshots.get(cluster.name);
    const realBackup = snapshot ? realLogBackup(snapshot) : undefined;
    const realFeedsResult = snapshot ? realChangefeeds(snapshot) : undefined;
    const realFeeds: ReadonlyMap<string, RealChangefeed> = realFeedsResult?.ok ? realFeedsResult.feeds : new Map();
    const task = cluster.logBackup.task ?? realBackup?.task;
    const logBackup =
      cluster.logBackup.enabled || realBackup
        ? {
            ...(task ? { task } : {}),
            protected: subtract(
              userTables(),
              exemptFrom((s) => s === 'log_backup'),
            ),
          }
        : undefined;
    const changefeeds: CompiledChangefeed[] = [];
    for (const feed of cluster.changefeeds) {
      let source: ChangefeedSource = { rules: feed.rules ?? [], notes: [], dropsInserts: NO_TABLES };
      if (feed.config !== undefined) {
        const read = readChangefeedSource(feed, changefeedConfigs, defaultChangefeedCaseSensitive(tidb));
        if (!read.ok) {
          for (const message of read.messages ?? [read.message]) problems.push({ location: feed.location, message });
          continue;
        }
        source = { ...read.source, rules: feed.rules ?? read.source.rules };
      }
      const real = realFeeds.get(feed.id);
      const realState = snapshot ? snapshotState(snapshot, feed.id) : undefined;
      // The union with the real changefeed: either's rules, either's force-replicate, inserts
      // dropped only where both drop them (posture.md, "Verdicts use the union").
      const forceReplicate =
        (feed.config !== undefined ? (source.forceReplicate ?? false) : feed.forceReplicate) || (real?.forceReplicate ?? false);
      const notReplicated = real ? intersect(source.dropsInserts, real.dropsInserts) : source.dropsInserts;
      const caseSensitive = feed.caseSensitive ?? source.caseSensitive ?? defaultChangefeedCaseSensitive(tidb);
      const rules: readonly LocatedRule[] = source.rules.length ? source.rules : [{ rule: '*.*', location: feed.location }];
      const declared = compileRules(rules, caseSensitive, problems, `changefeed ${feed.id}`) ?? ALL_TABLES;
      // TiDB compares table names without case (lower_case_table_names = 2), and a case-sensitive
      // changefeed matches the name as stored, which the repository does not show: `IMPORT INTO
      // APP.Orders` may write the table stored as `app.orders`. What it may replicate is what its
      // rules accept in any case (the exact set stays for messages and drift).
      const anyCase = caseSensitive ? (compileRules(rules, false, [], `changefeed ${feed.id}`) ?? ALL_TABLES) : declared;
      const accepted = real ? union(anyCase, real.accepted) : anyCase;
      const exempt = namedFeeds.has(feed.id) ? exemptFrom((s) => s === 'changefeeds' || s === feed.id) : fromEveryFeed;
      changefeeds.push({
        id: feed.id,
        policy: feed,
        caseSensitive,
        replicated: subtract(intersect(accepted, userTables()), union(exempt, notReplicated)),
        rulesText: `[${rules.map((r) => `'${r.rule}'`).join(', ')}]`,
        ...(feed.downstream.cluster ? { downstreamCluster: feed.downstream.cluster } : {}),
        ...(feed.downstream.kind ? { downstreamKind: feed.downstream.kind } : {}),
        forceReplicate,
        // The state is the snapshot's when it shows the changefeed (posture.md).
        state: realState ?? feed.state ?? DEFAULT_CHANGEFEED_STATE,
        protects: changefeedProtects(realState ?? feed.state),
        // Inserts count as dropped only where both drop them: with no drop on one side, none is left.
        notes: real && real.notes.length === 0 ? [] : source.notes,
        ...(real
          ? {
              real,
              declared: {
                replicates: subtract(intersect(declared, userTables()), source.dropsInserts),
                forceReplicate: feed.config !== undefined ? (source.forceReplicate ?? false) : feed.forceReplicate,
                caseSensitive,
                rulesText: `[${rules.map((r) => `'${r.rule}'`).join(', ')}]`,
              },
            }
          : {}),
      });
    }
    // Changefeeds the cluster runs that the policy does not declare protect their tables all the
    // same; exemptions by id still apply, and they have no downstream remedy.
    const declaredIds = new Set(cluster.changefeeds.map((f) => f.id));
    for (const real of realFeeds.values()) {
      if (declaredIds.has(real.id)) continue;
      const location = cluster.posture?.location ?? cluster.location;
      const policyFeed: ChangefeedPolicy = {
        id: real.id,
        rules: real.rules.map((rule) => ({ rule, location })),
        caseSensitive: real.caseSensitive,
        forceReplicate: real.forceReplicate,
        downstream: {},
        state: real.state,
        location,
      };
      const exempt = exemptFrom((s) => s === 'changefeeds' || s === real.id);
      changefeeds.push({
        id: real.id,
        policy: policyFeed,
        caseSensitive: real.caseSensitive,
        replicated: subtract(intersect(real.accepted, userTables()), union(exempt, real.dropsInserts)),
        rulesText: `[${real.rules.map((r) => `'${r}'`).join(', ')}]`,
        forceReplicate: real.forceReplicate,
        state: real.state,
        protects: true,
        notes: real.notes,
        real,
      });
    }
    clusters.set(cluster.name, {
      name: cluster.name,
      cluster,
      tidb,
      lightning,
      guarded: logBackup !== undefined || changefeeds.some((f) => f.protects),
      ticdc: cluster.ticdc || changefeeds.length > 0 || (snapshot?.ticdc.captures.length ?? 0) > 0,
      ...(logBackup ? { logBackup } : {}),
      changefeeds,
    });
  }
  // Waiver `tables` are table filters too: a bad rule must not quietly make a waiver match nothing.
  policy.waivers.forEach((w, i) => {
    if (w.tables) compileRules(w.tables, false, problems, `waivers[${i}].tables`);
  });
  return { posture: { policy, clusters }, problems };
}

/** The snapshot's state of changefeed `id`: a live one's when any (several TiCDC clusters may share an id), else a finished one's. */
function snapshotState(snapshot: PostureSnapshot, id: string): string | undefined {
  const states = snapshot.ticdc.changefeeds.filter((f) => f.id === id).map((f) => f.state);
  return states.find((st) => changefeedProtects(st)) ?? states[0];
}
