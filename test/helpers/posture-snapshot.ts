/**
 * A posture snapshot file as `tidb-import-guard posture fetch` writes it
 * (policies/posture-snapshot.schema.json), and a one-cluster policy bound to it, for the tests of
 * the `posture:` binding and of posture-drift.
 */

export const SNAPSHOT_PATH = 'posture/prod.json';

export interface Feed {
  id: string;
  state?: string;
  rules?: string[];
  case_sensitive?: boolean;
  force_replicate?: boolean;
  event_filters?: { matcher: string[]; ignore_event: string[] }[];
}

export function snapshot(
  o: { tasks?: { name: string; state?: string }[]; feeds?: Feed[]; versions?: string[]; takenAt?: string | null; cluster?: string } = {},
): string {
  return JSON.stringify(
    {
      version: 1,
      kind: 'tidb-import-guard-posture',
      cluster: o.cluster ?? 'prod',
      ...(o.takenAt === null ? {} : { taken_at: o.takenAt ?? '2026-11-23T02:00:00Z' }),
      source: { pd: ['pd-0.prod.internal:2379'] },
      tidb: { versions: o.versions ?? ['8.5.1'] },
      log_backup: {
        tasks: (o.tasks ?? []).map((t) => ({
          name: t.name,
          state: t.state ?? 'running',
          start_ts: '454112233445566778',
          table_filter: ['*.*'],
        })),
      },
      ticdc: {
        captures: [],
        changefeeds: (o.feeds ?? []).map((f) => ({
          cluster_id: 'default',
          namespace: 'default',
          id: f.id,
          state: f.state ?? 'normal',
          case_sensitive: f.case_sensitive ?? false,
          force_replicate: f.force_replicate ?? false,
          rules: f.rules ?? ['*.*'],
          event_filters: f.event_filters ?? [],
          sink: { scheme: 'mysql', host: 'tidb-dr.internal:4000' },
        })),
      },
    },
    null,
    2,
  );
}

/** Cluster `prod` (TiDB v8.5.1, `deploy/prod/**`) bound to posture/prod.json; `cluster` is the rest of its YAML. */
export function postureBoundPolicy(cluster: string): string {
  return `version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    posture: posture/prod.json\n    match: { paths: ["deploy/prod/**"] }\n${cluster}`;
}
