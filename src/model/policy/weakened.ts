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
 * This file holds the clusters' comparison and the locator; `weakened/` holds the others, one file
 * per part of the policy (changefeeds and exemptions, waivers, severities and scan, the baseline).
 */
import { byCodeUnit } from '../../core/compare.js';
import { atLeast, formatVersion, parseVersion } from '../../core/version.js';
import type { SeveritySetting } from '../../core/types.js';
import type { PathSegment } from '../../parse/policy/yaml-tree.js';
import type { ChangefeedPolicy, Cluster, Policy, PolicyLocation } from './types.js';
import { diffChangefeed, diffExemptions } from './weakened/changefeeds.js';
import { diffScan, diffSeverities, ownDefault } from './weakened/settings.js';
import { type Found, type Locator, type Weakening, weakeningSeverity } from './weakened/types.js';
import { diffWaivers } from './weakened/waivers.js';

export { diffBaselines, type BaselineEntryRef } from './weakened/baseline.js';
export { withConfigRules } from './weakened/config-rules.js';
export { weakeningSeverity, type Weakening, type WeakeningKind } from './weakened/types.js';

export interface DiffOptions {
  /**
   * Default severity of a rule id: the lint stage passes the rule registry's (this stage cannot
   * import it). Without it only policy-weakened's own default is known, and another rule a side
   * does not mention counts as `error`.
   */
  readonly defaultSeverity?: (ruleId: string) => SeveritySetting | undefined;
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

// ---- locations ----------------------------------------------------------------------------------

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
