/**
 * What a pull request's head policy relaxes compared with its base policy (rule
 * `policy-weakened`). Pure: two loaded policies in, a list of weakenings out, each saying in plain
 * words what was relaxed, from what to what, and where in the head policy to anchor it.
 *
 * What counts as relaxing (anything else, including every change that makes the policy stricter,
 * yields nothing):
 * - a cluster removed;
 * - `log_backup.enabled` true → false;
 * - the Lightning version (`lightning_version`, else `tidb_version`) lowered from v6.5.0 or later
 *   to below v6.5.0 on a guarded cluster: the linter then assumes no Lightning precheck. Other
 *   version changes are not weakenings: the version is a fact about the cluster, and lowering it
 *   otherwise only adds `unsupported-on-version` findings. (The TiCDC case-sensitivity default
 *   that follows from `tidb_version` is covered below, by comparing table sets.)
 * - a `match.paths` glob or `match.hosts` pattern removed (string comparison: files may fall out
 *   of the cluster);
 * - a changefeed removed; its rules narrowed — some user table the base changefeed replicated (and
 *   did not exempt) is not accepted by the head rules, found with the table-filter algebra, each
 *   side with its own case sensitivity; `force_replicate` true → false; a changefeed whose rules
 *   come from a `config` file that changed path, or switched between `rules` and `config` (the
 *   linter cannot compare the two, so a reviewer must); the downstream changed to a different
 *   TiDB cluster (an import into that cluster now counts as the changefeed's remedy). A
 *   downstream changed from a cluster to a `kind` is stricter and yields nothing.
 * - `ticdc: true` removed; a changefeed's `state` changed to one that no longer blocks the precheck
 *   on the cluster's TiDB or Lightning version, or to `finished`/`removed`;
 * - an exemption added or widened: some table protected in the base (log backup on in both, or
 *   replicated by a changefeed present in both) is exempted in the head. The comparison is on the
 *   resulting protected sets, so moving a table between exemptions, or exempting a table that was
 *   never protected, yields nothing;
 * - a waiver added or widened: a head waiver that no base waiver of the same rule covers (paths
 *   ⊆, tables ⊆ as table sets, expiry no later);
 * - a rule's effective severity lowered via `rules:` (the registry's default counts when a side
 *   does not mention the rule); `unmapped` lowered;
 * - `scan.include` glob removed, `scan.exclude` glob added (string comparison), `max_file_bytes`
 *   raised.
 * - entries added to the baseline (`diffBaselines`): an entry of the head baseline that the base
 *   baseline does not hold (same fingerprint, rule and file), wherever either file lives; a base
 *   with no baseline holds none. Removing entries, or the whole baseline, is stricter.
 *
 * Locations: the head policy's own location of the changed thing (a cluster's name key,
 * `log_backup.enabled`, a changefeed's `id` or changed rule, an exemption, a waiver, a `rules:`
 * key), or of the key that holds it (`scan.include`, `unmapped`, `match.paths`, versions, the
 * `clusters` and `rules` keys), from the position index the loader built when it parsed the head
 * policy once (`keyLocations`). A key the head does not write falls back to its parent key, the
 * cluster, or line 1 of the head policy file. Something removed is anchored at its parent that
 * still exists in head.
 *
 * Over 400 lines: one short comparison per policy key, sharing the head locator and the table-set
 * helpers. The next split, when it grows: changefeeds and exemptions into a file of their own.
 */
import { byCodeUnit } from '../../core/compare.js';
import { atLeast, formatVersion, parseVersion } from '../../core/version.js';
import { SEVERITY_RANK } from '../../core/types.js';
import type { Severity, SeveritySetting } from '../../core/types.js';
import {
  NO_TABLES,
  filterSet,
  findWitness,
  intersect,
  parseTableFilter,
  setHas,
  subtract,
  union,
  userTables,
  type TableName,
  type TableSet,
} from '../../core/filter/index.js';
import { defaultChangefeedCaseSensitive } from '../posture/compile.js';
import { blocksPrecheck, changefeedProtects } from '../posture/blocking.js';
import { SKIP_ALL_CHANGEFEEDS, SKIP_LOG_BACKUP } from './build.js';
import type { ChangefeedPolicy, Cluster, Exemption, LocatedRule, Policy, PolicyLocation, Waiver } from './types.js';
import type { PathSegment } from '../../parse/policy/yaml-tree.js';

export type WeakeningKind =
  | 'cluster-removed'
  | 'log-backup-disabled'
  | 'lightning-precheck-lost'
  | 'match-narrowed'
  | 'changefeed-removed'
  | 'changefeed-narrowed'
  | 'changefeed-force-replicate-off'
  | 'changefeed-config-changed'
  | 'changefeed-downstream-changed'
  | 'changefeed-state-relaxed'
  | 'ticdc-removed'
  | 'posture-unbound'
  | 'posture-max-age-raised'
  | 'exemption-widened'
  | 'waiver-widened'
  | 'severity-lowered'
  | 'unmapped-lowered'
  | 'scan-narrowed'
  | 'baseline-entries-added';

export interface Weakening {
  /** What was relaxed, from what to what, in plain words (one sentence or two). */
  readonly message: string;
  /** Where to anchor the finding in the head policy (see the module comment). */
  readonly location: PolicyLocation;
  /** Stable across unrelated edits (no line numbers, no list indexes), for the fingerprint. */
  readonly key: string;
  readonly kind: WeakeningKind;
  /** The cluster concerned, when there is one. */
  readonly cluster?: string;
  /**
   * The severity `policy-weakened` reports it at: the BASE policy's setting for the rule, else
   * its default (error). The head policy never decides it: a pull request cannot lower the rule
   * that judges it (its own `rules: { policy-weakened: ... }` is itself a weakening).
   */
  readonly severity: Severity;
}

export interface DiffOptions {
  /**
   * Default severity of a rule id: the lint stage passes the rule registry's (this stage cannot
   * import it). Without it only policy-weakened's own default is known, and another rule a side
   * does not mention counts as `error`.
   */
  readonly defaultSeverity?: (ruleId: string) => SeveritySetting | undefined;
}

/** policy-weakened's own default (`weakeningSeverity` needs it whatever the caller passes). */
const OWN_DEFAULTS: Readonly<Record<string, Severity>> = { 'policy-weakened': 'error' };

/** What `policy-weakened` reports at: the base policy's setting only (docs/github/README.md), default error. */
export function weakeningSeverity(base: Policy): Severity | 'off' {
  return base.rules['policy-weakened'] ?? OWN_DEFAULTS['policy-weakened'] ?? 'error';
}

export function diffPolicies(base: Policy, head: Policy, options: DiffOptions = {}): Weakening[] {
  const severity = weakeningSeverity(base);
  // The base policy's owners switched the rule off: nothing to report, whatever the head says.
  if (severity === 'off') return [];
  return diffAll(base, head, options).map((w) => ({ ...w, severity: GUARDING_RULES.has(loweredRule(w)) ? 'error' : severity }));
}

/**
 * Rules whose lowering switches the gate itself off: the gap rules, the precheck rules and this
 * one. Lowering one of them is reported at error even when the base runs policy-weakened milder.
 */
const GUARDING_RULES: ReadonlySet<string> = new Set([
  'log-backup-gap',
  'changefeed-gap',
  'precheck-blocks-import',
  'precheck-override',
  'policy-weakened',
]);

function loweredRule(w: Found): string {
  return w.kind === 'severity-lowered' ? w.key.slice('severity-lowered:'.length) : '';
}

type Found = Omit<Weakening, 'severity'>;

function diffAll(base: Policy, head: Policy, options: DiffOptions): Found[] {
  const locate = headLocator(head);
  const out: Found[] = [];
  const headClusters = new Map(head.clusters.map((c) => [c.name, c]));
  for (const baseCluster of base.clusters) {
    const headCluster = headClusters.get(baseCluster.name);
    if (!headCluster) {
      out.push({
        kind: 'cluster-removed',
        cluster: baseCluster.name,
        key: `cluster-removed:${baseCluster.name}`,
        location: locate.topLevel(['clusters']),
        message: `Cluster \`${baseCluster.name}\` was removed from the policy${guardText(baseCluster)}: its imports are no longer checked against it.`,
      });
      continue;
    }
    out.push(...diffCluster(baseCluster, headCluster, locate));
  }
  out.push(...diffWaivers(base.waivers, head.waivers));
  out.push(...diffSeverities(base, head, locate, options.defaultSeverity ?? ownDefault));
  out.push(...diffScan(base, head, locate));
  return out.sort(byLocation);
}

// ---- clusters -----------------------------------------------------------------------------------

function diffCluster(base: Cluster, head: Cluster, locate: Locator): Found[] {
  const out: Found[] = [];
  const name = head.name;
  const at = (...paths: (readonly PathSegment[])[]): PolicyLocation => locate.inCluster(head, ...paths);

  if (base.logBackup.enabled && !head.logBackup.enabled) {
    out.push({
      kind: 'log-backup-disabled',
      cluster: name,
      key: `log-backup-disabled:${name}`,
      location: head.logBackup.location,
      message: `Log backup of cluster \`${name}\`${base.logBackup.task ? ` (task \`${base.logBackup.task}\`)` : ''} was switched off (log_backup.enabled: true → false): physical imports into it are no longer checked for point-in-time recovery gaps.`,
    });
  }

  const baseLightning = parseVersion(base.lightningVersion);
  const headLightning = parseVersion(head.lightningVersion);
  if (baseLightning && headLightning && atLeast(baseLightning, '6.5.0') && !atLeast(headLightning, '6.5.0') && isGuarded(head)) {
    out.push({
      kind: 'lightning-precheck-lost',
      cluster: name,
      key: `lightning-precheck-lost:${name}`,
      location: at(['lightning_version'], ['tidb_version']),
      message: `The Lightning version of cluster \`${name}\` was lowered from ${formatVersion(baseLightning)} to ${formatVersion(headLightning)}, below v6.5.0: the linter now assumes Lightning runs no precheck against this cluster's log backup and changefeeds. Make sure the cluster really runs that version.`,
    });
  }

  for (const [field, label] of [
    ['paths', 'path glob'],
    ['hosts', 'host pattern'],
  ] as const) {
    for (const removed of base.match[field].filter((g) => !head.match[field].includes(g))) {
      out.push({
        kind: 'match-narrowed',
        cluster: name,
        key: `match-narrowed:${name}:${field}:${removed}`,
        location: at(['match', field], ['match']),
        message: `The ${label} \`${removed}\` was removed from clusters.${name}.match.${field}: jobs it matched may no longer be checked against \`${name}\`.`,
      });
    }
  }

  const headFeeds = new Map(head.changefeeds.map((f) => [f.id, f]));
  for (const baseFeed of base.changefeeds) {
    const headFeed = headFeeds.get(baseFeed.id);
    if (!headFeed) {
      out.push({
        kind: 'changefeed-removed',
        cluster: name,
        key: `changefeed-removed:${name}:${baseFeed.id}`,
        location: at(['changefeeds']),
        message: `Changefeed \`${baseFeed.id}\` of cluster \`${name}\`${downstreamText(baseFeed)} was removed: imports into \`${name}\` are no longer checked for replication gaps through it.`,
      });
      continue;
    }
    out.push(...diffChangefeed(base, head, baseFeed, headFeed));
  }

  // Only the key itself: removing the last changefeed is already `changefeed-removed`.
  if (base.ticdcDeclared && !head.ticdc) {
    out.push({
      kind: 'ticdc-removed',
      cluster: name,
      key: `ticdc-removed:${name}`,
      location: head.ticdcLocation ?? at(['ticdc'], ['log_backup']),
      message: `Cluster \`${name}\` no longer says TiCDC runs there (ticdc: true → false): on v6.5.0 the precheck blocks physical imports on a running TiCDC server, and the linter now assumes there is none.`,
    });
  }

  // The snapshot of the real posture (posture.md) adds protection to the declared one: unbinding
  // it, or accepting an older one, lets the linter see less of what the cluster runs.
  if (base.posture && !head.posture) {
    out.push({
      kind: 'posture-unbound',
      cluster: name,
      key: `posture-unbound:${name}`,
      location: at(['posture'], []),
      message: `Cluster \`${name}\` no longer binds its posture snapshot (\`posture: ${base.posture.path}\` was removed): the log backup tasks and changefeeds the cluster really runs no longer count, only what the policy declares.`,
    });
  } else if (base.posture && head.posture && head.posture.maxAgeSeconds > base.posture.maxAgeSeconds) {
    out.push({
      kind: 'posture-max-age-raised',
      cluster: name,
      key: `posture-max-age-raised:${name}`,
      location: at(['posture_max_age'], ['posture']),
      message: `Cluster \`${name}\`'s \`posture_max_age\` was raised from ${base.posture.maxAgeText} to ${head.posture.maxAgeText}: an older snapshot of the real posture is accepted without a warning.`,
    });
  }

  out.push(...diffExemptions(base, head));
  return out;
}

/**
 * A changefeed's `state` changed so that it blocks the precheck on fewer versions than before, or
 * protects nothing any more (`finished`/`removed`): judged on the head cluster's TiDB and
 * Lightning versions (src/model/posture/blocking.ts).
 */
function stateRelaxed(headCluster: Cluster, base: ChangefeedPolicy, head: ChangefeedPolicy): string | undefined {
  if (base.state === head.state) return undefined;
  if (changefeedProtects(base.state) && !changefeedProtects(head.state)) return 'it now protects nothing';
  const versions = [headCluster.tidbVersion, headCluster.lightningVersion].map((v) => parseVersion(v) ?? ([0, 0, 0] as const));
  const lost = versions.find((v) => blocksPrecheck(base.state, v) !== 'passes' && blocksPrecheck(head.state, v) === 'passes');
  return lost ? `it no longer blocks the precheck on ${formatVersion(lost)}` : undefined;
}

function isGuarded(cluster: Cluster): boolean {
  return cluster.logBackup.enabled || cluster.changefeeds.length > 0;
}

function guardText(cluster: Cluster): string {
  const parts: string[] = [];
  if (cluster.logBackup.enabled) parts.push(cluster.logBackup.task ? `log backup \`${cluster.logBackup.task}\`` : 'log backup');
  if (cluster.changefeeds.length > 0) {
    parts.push(
      `${cluster.changefeeds.length === 1 ? 'changefeed' : 'changefeeds'} ${cluster.changefeeds.map((f) => `\`${f.id}\``).join(', ')}`,
    );
  }
  return parts.length > 0 ? ` (it had ${parts.join(' and ')})` : '';
}

function downstreamText(feed: ChangefeedPolicy): string {
  if (feed.downstream.cluster !== undefined) return ` (to cluster \`${feed.downstream.cluster}\`)`;
  if (feed.downstream.kind !== undefined) return ` (to ${feed.downstream.kind})`;
  return '';
}

// ---- changefeeds --------------------------------------------------------------------------------

function feedCaseSensitive(cluster: Cluster, feed: ChangefeedPolicy): boolean {
  return feed.caseSensitive ?? defaultChangefeedCaseSensitive(parseVersion(cluster.tidbVersion) ?? [0, 0, 0]);
}

function rulesText(rules: readonly LocatedRule[]): string {
  return `[${rules.map((r) => `'${r.rule}'`).join(', ')}]`;
}

function diffChangefeed(baseCluster: Cluster, headCluster: Cluster, base: ChangefeedPolicy, head: ChangefeedPolicy): Found[] {
  const out: Found[] = [];
  const name = headCluster.name;
  const what = `Changefeed \`${head.id}\` of cluster \`${name}\``;
  const keyOf = (kind: string): string => `${kind}:${name}:${head.id}`;

  if (base.rules && head.rules) {
    const baseCase = feedCaseSensitive(baseCluster, base);
    const headCase = feedCaseSensitive(headCluster, head);
    const baseRules = setOf(
      base.rules.map((r) => r.rule),
      baseCase,
    );
    const headRules = setOf(
      head.rules.map((r) => r.rule),
      headCase,
    );
    if (baseRules && headRules) {
      const baseProtected = subtract(intersect(baseRules, userTables()), exemptSet(baseCluster, head.id));
      const witness = findWitness(subtract(baseProtected, headRules));
      if (witness) {
        const changes: string[] = [];
        if (
          !sameList(
            base.rules.map((r) => r.rule),
            head.rules.map((r) => r.rule),
          )
        ) {
          changes.push(`its rules changed from ${rulesText(base.rules)} to ${rulesText(head.rules)}`);
        }
        if (baseCase !== headCase) {
          const why = head.caseSensitive === undefined ? ` (TiCDC's default for tidb_version ${headCluster.tidbVersion})` : '';
          changes.push(`its case sensitivity changed from ${String(baseCase)} to ${String(headCase)}${why}`);
        }
        const added = head.rules.find((r) => !base.rules?.some((b) => b.rule === r.rule));
        out.push({
          kind: 'changefeed-narrowed',
          cluster: name,
          key: keyOf('changefeed-narrowed'),
          location: added?.location ?? head.location,
          message: `${what} no longer replicates ${tableText(
            witness.table,
            base.rules.map((r) => r.rule),
            baseCase,
          )}: ${changes.length > 0 ? changes.join('; ') : 'its rules accept fewer tables'}.`,
        });
      }
    }
  } else if (base.config !== head.config) {
    const from = base.config !== undefined ? `config \`${base.config}\`` : `rules ${rulesText(base.rules ?? [])}`;
    const to = head.config !== undefined ? `config \`${head.config}\`` : `rules ${rulesText(head.rules ?? [])}`;
    out.push({
      kind: 'changefeed-config-changed',
      cluster: name,
      key: keyOf('changefeed-config-changed'),
      location: head.location,
      message: `${what} now takes its tables from ${to} instead of ${from}: the linter cannot compare the two, so check that it still replicates every table it did.`,
    });
  } else if (head.caseSensitive === true && base.caseSensitive !== true) {
    out.push({
      kind: 'changefeed-narrowed',
      cluster: name,
      key: keyOf('changefeed-narrowed'),
      location: head.location,
      message: `${what} was made case-sensitive (case_sensitive: ${base.caseSensitive === undefined ? 'from its config' : 'false'} → true): its rules in \`${head.config ?? ''}\` may now match fewer tables.`,
    });
  }

  if (base.forceReplicate && !head.forceReplicate && head.config === undefined) {
    out.push({
      kind: 'changefeed-force-replicate-off',
      cluster: name,
      key: keyOf('changefeed-force-replicate-off'),
      location: head.location,
      message: `${what} no longer sets force_replicate (true → false): tables without a valid index are no longer replicated.`,
    });
  }

  const relaxed = stateRelaxed(headCluster, base, head);
  if (relaxed) {
    out.push({
      kind: 'changefeed-state-relaxed',
      cluster: name,
      key: keyOf('changefeed-state-relaxed'),
      location: head.stateLocation ?? head.location,
      message: `${what} changed state from \`${base.state}\` to \`${head.state}\`: ${relaxed}, so physical imports may now run unchecked past it.`,
    });
  }

  const headDownstream = head.downstream.cluster;
  if (headDownstream !== undefined && headDownstream !== base.downstream.cluster) {
    const from =
      base.downstream.cluster !== undefined
        ? `cluster \`${base.downstream.cluster}\``
        : base.downstream.kind !== undefined
          ? `kind \`${base.downstream.kind}\``
          : 'no downstream';
    out.push({
      kind: 'changefeed-downstream-changed',
      cluster: name,
      key: keyOf('changefeed-downstream-changed'),
      location: head.location,
      message: `${what} now names cluster \`${headDownstream}\` as its downstream (was ${from}): an import into \`${headDownstream}\` now counts as the remedy for a replication gap through it.`,
    });
  }
  return out;
}

// ---- exemptions ---------------------------------------------------------------------------------

function covers(exemption: Exemption, target: string): boolean {
  return exemption.skip.some((s) => s === target || (target !== SKIP_LOG_BACKUP && s === SKIP_ALL_CHANGEFEEDS));
}

/** Tables exempted from `target` (`log_backup` or a changefeed id). Exemptions match case-insensitively, as the posture compiles them. */
function exemptSet(cluster: Cluster, target: string): TableSet {
  const sets = cluster.exemptions
    .filter((e) => covers(e, target))
    .map(
      (e) =>
        setOf(
          e.tables.map((t) => t.rule),
          false,
        ) ?? NO_TABLES,
    );
  return sets.length > 0 ? union(...sets) : NO_TABLES;
}

interface Target {
  readonly id: string;
  readonly label: string;
  /** Tables protected in the base that the head still accepts, i.e. that only an exemption can drop. */
  readonly exposed: TableSet;
}

function diffExemptions(base: Cluster, head: Cluster): Found[] {
  const targets: Target[] = [];
  if (base.logBackup.enabled && head.logBackup.enabled) {
    const task = head.logBackup.task ?? base.logBackup.task;
    targets.push({
      id: SKIP_LOG_BACKUP,
      label: task ? `log backup \`${task}\`` : 'log backup',
      exposed: subtract(userTables(), exemptSet(base, SKIP_LOG_BACKUP)),
    });
  }
  for (const headFeed of head.changefeeds) {
    const baseFeed = base.changefeeds.find((f) => f.id === headFeed.id);
    if (!baseFeed) continue;
    // Tables outside either side's rules are the changefeed comparison's business, not ours; with a
    // config file the rules are unknown here, so every user table counts.
    const baseRules = baseFeed.rules
      ? setOf(
          baseFeed.rules.map((r) => r.rule),
          feedCaseSensitive(base, baseFeed),
        )
      : undefined;
    const headRules = headFeed.rules
      ? setOf(
          headFeed.rules.map((r) => r.rule),
          feedCaseSensitive(head, headFeed),
        )
      : undefined;
    const accepted = intersect(userTables(), ...(baseRules ? [baseRules] : []), ...(headRules ? [headRules] : []));
    targets.push({ id: headFeed.id, label: `changefeed \`${headFeed.id}\``, exposed: subtract(accepted, exemptSet(base, headFeed.id)) });
  }

  const out: Found[] = [];
  for (const exemption of head.exemptions) {
    const tables = exemption.tables.map((t) => t.rule);
    const set = setOf(tables, false);
    if (!set) continue;
    const lost: { readonly label: string; readonly table: TableName }[] = [];
    for (const target of targets) {
      if (!covers(exemption, target.id)) continue;
      const witness = findWitness(intersect(set, target.exposed));
      if (witness) lost.push({ label: target.label, table: witness.table });
    }
    if (lost.length === 0) continue;
    const isNew = !base.exemptions.some(
      (b) =>
        sameList(
          b.tables.map((t) => t.rule),
          tables,
        ) || b.reason === exemption.reason,
    );
    const byTable = new Map<string, { table: TableName; labels: string[] }>();
    for (const l of lost) {
      const k = nameText(l.table);
      const entry = byTable.get(k) ?? { table: l.table, labels: [] };
      entry.labels.push(l.label);
      byTable.set(k, entry);
    }
    const clauses = [...byTable.values()].map((e) => `${tableText(e.table, tables, false)} from ${joinWords(e.labels)}`);
    out.push({
      kind: 'exemption-widened',
      cluster: head.name,
      key: `exemption-widened:${head.name}:${tables.join(',')}:${exemption.skip.join(',')}`,
      location: exemption.location,
      message: `${isNew ? 'A new' : 'A widened'} exemption of cluster \`${head.name}\` (tables ${tables.map((t) => `\`${t}\``).join(', ')}; skip ${exemption.skip.join(', ')}) now exempts ${clauses.join('; and ')}, which the base policy protected.`,
    });
  }
  return out;
}

// ---- waivers ------------------------------------------------------------------------------------

interface WaiverWidening {
  readonly paths: readonly string[];
  /** A table the head waiver covers and the base waiver does not; `all` when the head dropped `tables`. */
  readonly table?: TableName | 'all';
  readonly expiry?: string;
}

/** How `head` reaches beyond `base` (same rule assumed); undefined when `base` covers it. */
function waiverWidening(base: Waiver, head: Waiver): WaiverWidening | undefined {
  const paths = head.paths.filter((p) => !base.paths.includes(p));
  let table: WaiverWidening['table'];
  if (base.tables) {
    if (!head.tables) table = 'all';
    else {
      const headSet = setOf(
        head.tables.map((t) => t.rule),
        false,
      );
      const baseSet = setOf(
        base.tables.map((t) => t.rule),
        false,
      );
      if (headSet && baseSet) table = findWitness(subtract(headSet, baseSet))?.table;
    }
  }
  let expiry: string | undefined;
  if (base.expires !== undefined) {
    if (head.expires === undefined) expiry = `removed (was ${base.expires})`;
    else if (head.expires > base.expires) expiry = `extended from ${base.expires} to ${head.expires}`;
  }
  if (paths.length === 0 && table === undefined && expiry === undefined) return undefined;
  return { paths, ...(table !== undefined ? { table } : {}), ...(expiry !== undefined ? { expiry } : {}) };
}

function wideningSize(w: WaiverWidening): number {
  return w.paths.length + (w.table !== undefined ? 1 : 0) + (w.expiry !== undefined ? 1 : 0);
}

function diffWaivers(base: readonly Waiver[], head: readonly Waiver[]): Found[] {
  const out: Found[] = [];
  for (const waiver of head) {
    const sameRule = base.filter((b) => b.rule === waiver.rule);
    const widenings = sameRule.map((b) => ({ base: b, widening: waiverWidening(b, waiver) }));
    // Covered when each of its paths is in some base waiver that allows its tables at least as
    // long (two base waivers merged into one is not a widening).
    const allowing = widenings.filter(
      (w) => w.widening === undefined || (w.widening.table === undefined && w.widening.expiry === undefined),
    );
    if (waiver.paths.every((p) => allowing.some((w) => w.base.paths.includes(p)))) continue;
    const key = `waiver-widened:${waiver.rule}:${waiver.paths.join(',')}`;
    const tablesList = waiver.tables ? waiver.tables.map((t) => `\`${t.rule}\``).join(', ') : 'all tables';
    const scope = `\`${waiver.rule}\` for ${waiver.paths.map((p) => `\`${p}\``).join(', ')} (${tablesList}; ${waiver.expires !== undefined ? `until ${waiver.expires}` : 'no expiry'})`;
    // The base waiver it was most likely edited from: one sharing a path or its reason.
    const related = widenings
      .filter((w) => w.base.paths.some((p) => waiver.paths.includes(p)) || w.base.reason === waiver.reason)
      .sort((a, b) => wideningSize(a.widening as WaiverWidening) - wideningSize(b.widening as WaiverWidening))[0];
    if (!related) {
      out.push({
        kind: 'waiver-widened',
        key,
        location: waiver.location,
        message: `A new waiver of ${scope}: these findings are no longer reported as failures.`,
      });
      continue;
    }
    const w = related.widening as WaiverWidening;
    const changes: string[] = [];
    if (w.paths.length > 0) changes.push(`paths gained ${w.paths.map((p) => `\`${p}\``).join(', ')}`);
    if (w.table === 'all')
      changes.push(
        `its \`tables\` limit (${(related.base.tables ?? []).map((t) => `\`${t.rule}\``).join(', ')}) was removed, so it covers every table`,
      );
    else if (w.table !== undefined)
      changes.push(
        `it now covers ${tableText(
          w.table,
          (waiver.tables ?? []).map((t) => t.rule),
          false,
        )}`,
      );
    if (w.expiry !== undefined) changes.push(`its expiry was ${w.expiry}`);
    const newTable =
      w.table !== undefined && w.table !== 'all'
        ? waiver.tables?.find((t) => !related.base.tables?.some((b) => b.rule === t.rule))
        : undefined;
    out.push({
      kind: 'waiver-widened',
      key,
      location: newTable?.location ?? waiver.location,
      message: `A waiver of ${scope} was widened: ${changes.join('; ')}.`,
    });
  }
  return out;
}

// ---- severities ---------------------------------------------------------------------------------

function ownDefault(ruleId: string): SeveritySetting | undefined {
  return OWN_DEFAULTS[ruleId];
}

function rank(setting: SeveritySetting): number {
  return setting === 'off' ? 0 : SEVERITY_RANK[setting];
}

function diffSeverities(base: Policy, head: Policy, locate: Locator, defaults: (id: string) => SeveritySetting | undefined): Found[] {
  const out: Found[] = [];
  const ids = [...new Set([...Object.keys(base.rules), ...Object.keys(head.rules)])].sort();
  for (const id of ids) {
    // An unknown default is taken as `error`, so turning an unknown rule down is still reported.
    const fallback = defaults(id) ?? 'error';
    const from = base.rules[id] ?? fallback;
    const to = head.rules[id] ?? fallback;
    if (rank(to) >= rank(from)) continue;
    const fromText = base.rules[id] !== undefined ? from : `${from} (the default)`;
    const toText = head.rules[id] !== undefined ? to : `${to} (the default; the override was removed)`;
    out.push({
      kind: 'severity-lowered',
      key: `severity-lowered:${id}`,
      location: head.ruleLocations[id] ?? locate.topLevel(['rules']),
      message: `The severity of rule \`${id}\` was lowered from ${fromText} to ${toText}${to === 'off' ? ': its findings are no longer reported' : ''}.`,
    });
  }
  if (rank(head.unmapped) < rank(base.unmapped)) {
    out.push({
      kind: 'unmapped-lowered',
      key: 'unmapped-lowered',
      location: locate.topLevel(['unmapped']),
      message: `\`unmapped\` was lowered from ${base.unmapped} to ${head.unmapped}: import files that map to no cluster ${head.unmapped === 'off' ? 'are no longer reported' : 'are reported less severely'} (unmapped-target).`,
    });
  }
  return out;
}

// ---- scan ---------------------------------------------------------------------------------------

function diffScan(base: Policy, head: Policy, locate: Locator): Found[] {
  const out: Found[] = [];
  for (const glob of base.scan.include.filter((g) => !head.scan.include.includes(g))) {
    out.push({
      kind: 'scan-narrowed',
      key: `scan-include-removed:${glob}`,
      location: locate.topLevel(['scan', 'include']),
      message: `scan.include no longer lists \`${glob}\`: files it matched may no longer be scanned.`,
    });
  }
  for (const glob of head.scan.exclude.filter((g) => !base.scan.exclude.includes(g))) {
    out.push({
      kind: 'scan-narrowed',
      key: `scan-exclude-added:${glob}`,
      location: locate.topLevel(['scan', 'exclude']),
      message: `scan.exclude gained \`${glob}\`: files it matches are no longer scanned.`,
    });
  }
  // Size never hides an import (an over-limit SQL file is still scanned, any other one is an
  // error), so a lower limit is stricter; a higher one lets a pull request make the runner hold
  // larger files whole (docs/policy.md lists it as a weakening).
  if (head.scan.maxFileBytes > base.scan.maxFileBytes) {
    out.push({
      kind: 'scan-narrowed',
      key: 'scan-max-file-bytes-raised',
      location: locate.topLevel(['scan', 'max_file_bytes']),
      message: `scan.max_file_bytes was raised from ${formatBytes(base.scan.maxFileBytes)} to ${formatBytes(head.scan.maxFileBytes)}: files that large are now read whole, at the runner's cost in memory and time.`,
    });
  }
  return out;
}

function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

// ---- tables -------------------------------------------------------------------------------------

function setOf(rules: readonly string[], caseSensitive: boolean): TableSet | undefined {
  // No reader for `@file` imports: a rule that needs one fails to parse and is not compared
  // (the posture reports invalid filter rules as invalid-policy).
  const parsed = parseTableFilter(rules, { caseSensitive });
  return parsed.ok ? filterSet(parsed.filter) : undefined;
}

function nameText(name: TableName): string {
  return `${name.schema}.${name.table}`;
}

/**
 * "`app.a` (e.g., a table matching `app.*`)": the example, and the positive rules that accepted it
 * before. It does not claim every table of those rules is affected: only that this one is.
 */
function tableText(name: TableName, rules: readonly string[], caseSensitive: boolean): string {
  const text = nameText(name);
  const matching = rules.filter((r) => {
    const trimmed = r.trim();
    if (trimmed.startsWith('!') || trimmed.startsWith('#') || trimmed === text) return false;
    const set = setOf([trimmed], caseSensitive);
    return set !== undefined && setHas(set, name);
  });
  return matching.length > 0 ? `\`${text}\` (for example; it matches ${matching.map((r) => `\`${r.trim()}\``).join(', ')})` : `\`${text}\``;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] as string}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// ---- locations ----------------------------------------------------------------------------------

interface Locator {
  /** A top-level setting (`clusters`, `rules`, `unmapped`, `scan.include`...), in the last head file that writes it. */
  topLevel(path: readonly PathSegment[]): PolicyLocation;
  /** The first of these keys found inside a head cluster; the cluster's name key when none is. */
  inCluster(cluster: Cluster, ...paths: (readonly PathSegment[])[]): PolicyLocation;
}

/** The head policy's own position index (built once when it was loaded): no policy file is parsed again. */
function headLocator(head: Policy): Locator {
  const at = (index: Readonly<Record<string, PolicyLocation>>, path: readonly PathSegment[]): PolicyLocation | undefined => {
    const key = path.join('.');
    return Object.hasOwn(index, key) ? index[key] : undefined;
  };
  const lineOne: PolicyLocation = { file: head.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  // The setting in the last head file that writes it, else its parent key (`scan` for `scan.include`), else line 1.
  const topLevel = (path: readonly PathSegment[]): PolicyLocation =>
    at(head.keyLocations, path) ?? (path.length > 1 ? topLevel(path.slice(0, 1)) : lineOne);
  const inCluster = (cluster: Cluster, ...paths: (readonly PathSegment[])[]): PolicyLocation => {
    for (const path of paths) {
      const found = path.length > 0 ? at(cluster.keyLocations, path) : undefined;
      if (found) return found;
    }
    return cluster.location;
  };
  return { topLevel, inCluster };
}

function byLocation(a: Found, b: Found): number {
  const fa = a.location.file;
  const fb = b.location.file;
  return byCodeUnit(fa, fb) || a.location.line - b.location.line || a.location.column - b.location.column || byCodeUnit(a.key, b.key);
}

/** One baseline entry, as `diffBaselines` compares them (src/parse/baseline/format.ts). */
export interface BaselineEntryRef {
  readonly fingerprint: string;
  readonly rule: string;
  readonly file: string;
  readonly location: PolicyLocation;
}

/**
 * Entries the head baseline adds to the base one: findings that no longer fail the check, added by
 * the pull request under review. One weakening for all of them (a baseline may gain hundreds),
 * anchored at the first added entry, naming how many and a few examples.
 */
export function diffBaselines(
  basePolicy: Policy,
  base: readonly Omit<BaselineEntryRef, 'location'>[],
  head: { readonly file: string; readonly entries: readonly BaselineEntryRef[] },
): Weakening[] {
  const severity = weakeningSeverity(basePolicy);
  if (severity === 'off') return [];
  const key = (e: Omit<BaselineEntryRef, 'location'>): string => `${e.fingerprint}\u0000${e.rule}\u0000${e.file}`;
  const known = new Set(base.map(key));
  const seen = new Set<string>();
  const added = head.entries.filter((e) => {
    const k = key(e);
    if (known.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const first = added[0];
  if (!first) return [];
  const examples = added.slice(0, 3).map((e) => `\`${e.rule}\` in \`${e.file}\``);
  const more = added.length > examples.length ? `, and ${added.length - examples.length} more` : '';
  return [
    {
      kind: 'baseline-entries-added',
      key: `baseline-entries-added:${added
        .map((e) => e.fingerprint)
        .sort()
        .join(',')}`,
      location: first.location,
      message: `The baseline \`${head.file}\` gains ${added.length} entr${added.length === 1 ? 'y' : 'ies'} (${examples.join(', ')}${more}): the findings they record no longer fail the check. New findings are to be fixed, suppressed with a reason, or accepted by the policy's owners.`,
      severity,
    },
  ];
}
