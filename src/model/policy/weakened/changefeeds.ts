/** What a head changefeed, or a head exemption, relaxes compared with the base (weakened.ts lists what counts). */
import { formatVersion, parseVersion } from '../../../core/version.js';
import {
  NO_TABLES,
  findWitness,
  intersect,
  subtract,
  union,
  userTables,
  type TableName,
  type TableSet,
} from '../../../core/filter/index.js';
import { defaultChangefeedCaseSensitive } from '../../posture/compile.js';
import { blocksPrecheck, changefeedProtects } from '../../posture/blocking.js';
import { SKIP_ALL_CHANGEFEEDS, SKIP_LOG_BACKUP } from '../build.js';
import type { ChangefeedPolicy, Cluster, Exemption, LocatedRule } from '../types.js';
import { joinWords, nameText, sameList, setOf, tableText } from './tables.js';
import type { Found } from './types.js';

function feedCaseSensitive(cluster: Cluster, feed: ChangefeedPolicy): boolean {
  return feed.caseSensitive ?? defaultChangefeedCaseSensitive(parseVersion(cluster.tidbVersion) ?? [0, 0, 0]);
}

function rulesText(rules: readonly LocatedRule[]): string {
  return `[${rules.map((r) => `'${r.rule}'`).join(', ')}]`;
}

export function diffChangefeed(baseCluster: Cluster, headCluster: Cluster, base: ChangefeedPolicy, head: ChangefeedPolicy): Found[] {
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

export function diffExemptions(base: Cluster, head: Cluster): Found[] {
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
