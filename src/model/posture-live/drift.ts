/**
 * `posture-drift` (posture.md): where a cluster's snapshot of its real posture and the policy's
 * declaration differ. Pure: the compiled posture (which holds both sides of every changefeed the
 * snapshot and the policy share) and the snapshots in, positioned drifts out.
 * - error, the cluster protects more than declared: a changefeed the policy does not declare; a
 *   declared one whose real rules (with their case sensitivity and event filters) accept a table
 *   the declared ones do not, named with the filter engine; real force-replicate the policy lacks;
 *   log backup running while the policy says `enabled: false`.
 * - warning, the policy says more than the cluster: a declared changefeed or log backup (or task
 *   name) the cluster does not have; a `tidb_version` the snapshot does not show; a stale snapshot.
 * Changefeeds and log backup left out of the policy (allowed with `posture:`) are not drift.
 */
import { parseVersion, compareVersions } from '../../core/version.js';
import { findWitness, subtract, intersect, userTables, type TableSet } from '../../core/filter/index.js';
import type { Cluster, PolicyLocation } from '../policy/types.js';
import type { CompiledCluster, Posture } from '../posture/compile.js';
import { qualified } from '../posture/analyze.js';
import { GONE_STATES, preferredTask } from './real.js';
import type { PostureSnapshot } from './snapshot.js';

export interface Drift {
  readonly location: PolicyLocation;
  readonly severity: 'error' | 'warning';
  readonly cluster: string;
  /** Which drift it is: the `posture-drift` rule words it (its `meta.messages` by this id). */
  readonly kind: DriftKind;
  /** The values its message names (cluster, snapshot file, tasks, changefeed, tables). */
  readonly data: Readonly<Record<string, string>>;
  readonly tables?: readonly string[];
  /** Stable identity of what drifted (for the fingerprint, never a line number). */
  readonly key: string;
}

export type DriftKind =
  | 'noTakenAt'
  | 'stale'
  | 'logBackupUndeclared'
  | 'logBackupMissing'
  | 'logBackupTask'
  | 'changefeedMissing'
  | 'changefeedWider'
  | 'changefeedForce'
  | 'changefeedUndeclared'
  | 'tidbVersion';

const DAY = 86_400_000;

function example(set: TableSet): string | undefined {
  const w = findWitness(intersect(set, userTables()));
  return w ? qualified(w.table) : undefined;
}

function age(ms: number): string {
  if (ms >= 2 * DAY) return `${Math.floor(ms / DAY)} days`;
  const hours = Math.floor(ms / 3_600_000);
  return hours >= 1 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.max(0, Math.floor(ms / 60_000))} minutes`;
}

export function postureDrifts(posture: Posture, snapshots: ReadonlyMap<string, PostureSnapshot>, nowMs: number): Drift[] {
  const out: Drift[] = [];
  for (const compiled of posture.clusters.values()) {
    const snapshot = snapshots.get(compiled.name);
    const binding = compiled.cluster.posture;
    if (!snapshot || !binding) continue;
    out.push(...clusterDrifts(compiled, compiled.cluster, snapshot, nowMs));
  }
  return out;
}

function clusterDrifts(compiled: CompiledCluster, cluster: Cluster, snapshot: PostureSnapshot, nowMs: number): Drift[] {
  const binding = cluster.posture!;
  const name = cluster.name;
  const file = binding.path;
  const out: Drift[] = [];
  const push = (d: Omit<Drift, 'cluster'>): void => void out.push({ ...d, cluster: name });
  const fetch = `tidb-import-guard posture fetch --cluster ${name} --policy ${cluster.location.file} --pd <PD URL>`;

  // Staleness first: every other comparison is only as good as the snapshot's age.
  if (snapshot.taken_at === undefined) {
    push({ location: binding.location, severity: 'warning', key: 'stale', kind: 'noTakenAt', data: { name, file, fetch } });
  } else {
    const taken = Date.parse(snapshot.taken_at);
    const maxMs = binding.maxAgeSeconds * 1000;
    if (Number.isFinite(taken) && nowMs - taken > maxMs) {
      push({
        location: binding.location,
        severity: 'warning',
        key: 'stale',
        kind: 'stale',
        data: { name, file, fetch, age: age(nowMs - taken), takenAt: snapshot.taken_at, maxAge: binding.maxAgeText },
      });
    }
  }

  // Log backup.
  const tasks = snapshot.log_backup.tasks;
  if (binding.declaresLogBackup) {
    if (!cluster.logBackup.enabled && tasks.length) {
      const list = tasks.map((t) => `\`${t.name}\` (${t.state})`).join(', ');
      push({
        location: cluster.logBackup.location,
        severity: 'error',
        key: 'log-backup-undeclared',
        kind: 'logBackupUndeclared',
        data: { name, file, list, task: preferredTask(tasks)!.name },
      });
    } else if (cluster.logBackup.enabled && !tasks.length) {
      push({
        location: cluster.logBackup.location,
        severity: 'warning',
        key: 'log-backup-missing',
        kind: 'logBackupMissing',
        data: { name, file },
      });
    } else if (cluster.logBackup.task !== undefined && tasks.length && !tasks.some((t) => t.name === cluster.logBackup.task)) {
      push({
        location: cluster.logBackup.location,
        severity: 'warning',
        key: 'log-backup-task',
        kind: 'logBackupTask',
        data: { name, file, task: cluster.logBackup.task, real: tasks.map((t) => `\`${t.name}\``).join(', ') },
      });
    }
  }

  // Changefeeds the policy declares.
  const realIds = new Set(snapshot.ticdc.changefeeds.filter((f) => !GONE_STATES.has(f.state)).map((f) => f.id));
  for (const feed of compiled.changefeeds) {
    const declaredHere = cluster.changefeeds.some((f) => f.id === feed.id);
    if (!declaredHere) continue;
    if (!realIds.has(feed.id)) {
      const gone = snapshot.ticdc.changefeeds.find((f) => f.id === feed.id);
      push({
        location: feed.policy.location,
        severity: 'warning',
        key: `changefeed-missing|${feed.id}`,
        kind: 'changefeedMissing',
        data: { name, file, feed: feed.id, shows: gone ? `it \`${gone.state}\`` : 'no such changefeed' },
      });
      continue;
    }
    const real = feed.real;
    const declared = feed.declared;
    if (!real || !declared) continue;
    const realReplicates = subtract(intersect(real.accepted, userTables()), real.dropsInserts);
    const wider = example(subtract(realReplicates, declared.replicates));
    if (wider !== undefined) {
      const caseNote = declared.caseSensitive && !real.caseSensitive ? ' (the real changefeed matches names case-insensitively)' : '';
      push({
        location: feed.policy.location,
        severity: 'error',
        key: `changefeed-wider|${feed.id}`,
        tables: [wider],
        kind: 'changefeedWider',
        data: {
          name,
          file,
          feed: feed.id,
          rules: `[${real.rules.map((r) => `'${r}'`).join(', ')}]${caseNote}`,
          wider,
          declared: declared.rulesText,
        },
      });
    }
    if (real.forceReplicate && !declared.forceReplicate) {
      push({
        location: feed.policy.location,
        severity: 'error',
        key: `changefeed-force|${feed.id}`,
        kind: 'changefeedForce',
        data: { name, file, feed: feed.id },
      });
    }
  }

  // Changefeeds the cluster runs and the policy does not declare.
  if (binding.declaresChangefeeds) {
    for (const feed of compiled.changefeeds) {
      if (!feed.real || cluster.changefeeds.some((f) => f.id === feed.id)) continue;
      const table = example(feed.replicated);
      push({
        location: cluster.location,
        severity: 'error',
        key: `changefeed-undeclared|${feed.id}`,
        ...(table ? { tables: [table] } : {}),
        kind: 'changefeedUndeclared',
        data: {
          name,
          file,
          feed: feed.id,
          state: feed.real.state,
          rules: feed.rulesText,
          example: table ? `: a physical import into \`${table}\` would silently diverge its downstream` : '',
        },
      });
    }
  }

  // Version.
  const declaredVersion = parseVersion(cluster.tidbVersion);
  const versions = snapshot.tidb.versions.map((v) => parseVersion(v)).filter((v) => v !== undefined);
  if (declaredVersion && versions.length && !versions.some((v) => compareVersions(v, declaredVersion) === 0)) {
    push({
      location: cluster.location,
      severity: 'warning',
      key: 'tidb-version',
      kind: 'tidbVersion',
      data: { name, file, declared: cluster.tidbVersion, real: snapshot.tidb.versions.join(', ') },
    });
  }
  return out;
}
