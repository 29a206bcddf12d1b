import type { Diagnostic } from '../../core/types.js';
import type { Drift } from '../../model/posture-live/drift.js';
import type { Rule } from './types.js';

export interface PostureDriftSubject {
  /** `postureDrifts(...)`: where the clusters' snapshots and the policy differ. */
  readonly drifts: readonly Drift[];
}

/**
 * One diagnostic per drift, in the same order. The span is empty: a drift is anchored in the
 * policy, at `drifts[i].location`, which the engine places itself (like policy-weakened).
 */
export const rule: Rule<PostureDriftSubject> = {
  id: 'posture-drift',
  meta: {
    description:
      "A cluster's posture snapshot (what PD's etcd really holds) differs from the policy: an error when the cluster protects more than declared, a warning when less, or when the snapshot is stale.",
    rationale:
      'Every verdict rests on the policy\'s claim of which log backup tasks and changefeeds run. A changefeed created last week, or widened to a new schema, is invisible to a policy that was not updated, and an approved override then silently diverges that downstream.',
    defaultSeverity: 'error',
    category: 'governance',
    anchor: "the policy's cluster, changefeed `id`, `log_backup.enabled` or `posture` value",
  },
  check: ({ drifts }): Diagnostic[] =>
    drifts.map((d) => ({
      rule: 'posture-drift',
      severity: d.severity,
      span: { start: 0, end: 0 },
      message: d.message,
      cluster: d.cluster,
      ...(d.tables?.length ? { tables: d.tables } : {}),
      fingerprintKey: d.key,
    })),
};
