/**
 * The posture snapshot (posture.md, "The snapshot file"): a cluster's log backup tasks, TiCDC
 * captures and changefeeds and TiDB versions as PD's etcd holds them, written to the repository so
 * pull-request checks need no cluster access. `renderSnapshot` is the one writer: fields in the
 * contract's order, lists sorted, two-space indent, a final newline, so the same cluster gives the
 * same bytes apart from `taken_at`.
 */
import { byCodeUnit } from '../../core/compare.js';

export type TaskState = 'running' | 'paused' | 'error';

export interface SnapshotTask {
  readonly name: string;
  readonly state: TaskState;
  /** TSO as a decimal string (TSOs exceed JavaScript's exact integers). */
  readonly start_ts: string;
  readonly table_filter: readonly string[];
}

export interface SnapshotCapture {
  /** Omitted for the layout before TiCDC v6.2. */
  readonly cluster_id?: string;
  readonly address: string;
  /** TiCDC's form, `v8.5.1`. */
  readonly version: string;
}

export interface SnapshotEventFilter {
  readonly matcher: readonly string[];
  readonly ignore_event: readonly string[];
}

export interface SnapshotChangefeed {
  /** `cluster_id` and `namespace` are omitted for a changefeed of the layout before TiCDC v6.2. */
  readonly cluster_id?: string;
  readonly namespace?: string;
  readonly id: string;
  /** TiCDC's own word, unchanged. */
  readonly state: string;
  readonly case_sensitive: boolean;
  readonly force_replicate: boolean;
  readonly rules: readonly string[];
  readonly event_filters: readonly SnapshotEventFilter[];
  /** Scheme and host (with its port) only: sink URIs carry credentials. */
  readonly sink: { readonly scheme: string; readonly host?: string };
}

export interface PostureSnapshot {
  readonly version: 1;
  readonly kind: 'tidb-import-guard-posture';
  readonly cluster: string;
  /** RFC 3339 UTC, seconds precision; a snapshot without it is stale by definition. */
  readonly taken_at?: string;
  readonly source: { readonly pd: readonly string[] };
  readonly tidb: { readonly versions: readonly string[] };
  readonly log_backup: { readonly tasks: readonly SnapshotTask[] };
  readonly ticdc: { readonly captures: readonly SnapshotCapture[]; readonly changefeeds: readonly SnapshotChangefeed[] };
}

export const SNAPSHOT_KIND = 'tidb-import-guard-posture';

/** Legacy (pre-v6.2, no cluster id) entries sort after every cluster's. */
function byCluster(a: { cluster_id?: string }, b: { cluster_id?: string }): number {
  if ((a.cluster_id === undefined) !== (b.cluster_id === undefined)) return a.cluster_id === undefined ? 1 : -1;
  return byCodeUnit(a.cluster_id ?? '', b.cluster_id ?? '');
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : byCodeUnit(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** The snapshot with every list in the contract's order and every object's keys in the contract's order. */
export function normalizeSnapshot(s: PostureSnapshot): PostureSnapshot {
  const tasks = [...s.log_backup.tasks]
    .sort((a, b) => byCodeUnit(a.name, b.name))
    .map((t) => ({ name: t.name, state: t.state, start_ts: t.start_ts, table_filter: [...t.table_filter] }));
  const captures = [...s.ticdc.captures]
    .sort((a, b) => byCluster(a, b) || byCodeUnit(a.address, b.address) || byCodeUnit(a.version, b.version))
    .map((c) => ({ ...(c.cluster_id !== undefined ? { cluster_id: c.cluster_id } : {}), address: c.address, version: c.version }));
  const changefeeds = [...s.ticdc.changefeeds]
    .sort((a, b) => byCluster(a, b) || byCodeUnit(a.namespace ?? '', b.namespace ?? '') || byCodeUnit(a.id, b.id))
    .map((f) => ({
      ...(f.cluster_id !== undefined ? { cluster_id: f.cluster_id } : {}),
      ...(f.namespace !== undefined ? { namespace: f.namespace } : {}),
      id: f.id,
      state: f.state,
      case_sensitive: f.case_sensitive,
      force_replicate: f.force_replicate,
      rules: [...f.rules],
      event_filters: f.event_filters.map((e) => ({ matcher: [...e.matcher], ignore_event: [...e.ignore_event] })),
      sink: { scheme: f.sink.scheme, ...(f.sink.host !== undefined ? { host: f.sink.host } : {}) },
    }));
  return {
    version: 1,
    kind: SNAPSHOT_KIND,
    cluster: s.cluster,
    ...(s.taken_at !== undefined ? { taken_at: s.taken_at } : {}),
    source: { pd: [...s.source.pd] },
    tidb: { versions: [...new Set(s.tidb.versions)].sort(compareVersions) },
    log_backup: { tasks },
    ticdc: { captures, changefeeds },
  };
}

export function renderSnapshot(s: PostureSnapshot): string {
  return `${JSON.stringify(normalizeSnapshot(s), null, 2)}\n`;
}

/** The bytes that matter for "did the posture change?": everything but `taken_at`. */
export function snapshotIdentity(s: PostureSnapshot): string {
  const { taken_at: _ignored, ...rest } = normalizeSnapshot(s);
  return JSON.stringify(rest);
}
