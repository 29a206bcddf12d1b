import type { Diagnostic } from '../../core/types.js';
import { postureDrifts, type DriftKind } from '../../model/posture-live/drift.js';
import type { Rule } from './types.js';
import type { PolicySubject } from './stages.js';
import { report } from './report.js';

/** One diagnostic per drift (src/posture-live/drift.ts finds them), anchored in the policy. */
export const rule: Rule<PolicySubject, DriftKind> = {
  id: 'posture-drift',
  meta: {
    description:
      "A cluster's posture snapshot (what PD's etcd really holds) differs from the policy: an error when the cluster protects more than declared, a warning when less, or when the snapshot is stale.",
    rationale:
      "Every verdict rests on the policy's claim of which log backup tasks and changefeeds run. A changefeed created last week, or widened to a new schema, is invisible to a policy that was not updated, and an approved override then silently diverges that downstream.",
    defaultSeverity: 'error',
    category: 'governance',
    stage: 'policy',
    anchor: "the policy's cluster, changefeed `id`, `log_backup.enabled` or `posture` value",
    docs: 'docs/rules/posture-drift.md',
    summary:
      "the cluster's real posture (a `posture fetch` snapshot) differs from the policy; warning when the policy says more, or the snapshot is stale",
    messages: {
      noTakenAt: {
        message: 'The posture snapshot `{{file}}` of cluster `{{name}}` has no `taken_at`, so its age is unknown',
        help: 'refresh it: `{{fetch}}`',
      },
      stale: {
        message: 'The posture snapshot `{{file}}` of cluster `{{name}}` was taken {{age}} ago, more than `posture_max_age` {{maxAge}}',
        help: 'the cluster may have changed since {{takenAt}}; refresh it: `{{fetch}}`',
      },
      logBackupUndeclared: {
        message: 'Cluster `{{name}}` runs log backup task {{list}} (snapshot `{{file}}`), but the policy says `enabled: false`',
        help: 'set `log_backup: { enabled: true, task: {{task}} }` so the linter judges imports against it: physical imports bypass that backup',
      },
      logBackupMissing: {
        message: 'The policy says cluster `{{name}}` runs log backup, but its snapshot `{{file}}` shows no log backup task',
        help: 'start the task, or set `enabled: false` (the linter demands protection the cluster does not give, and the precheck will not block on it)',
      },
      logBackupTask: {
        message: 'The policy names log backup task `{{task}}` on cluster `{{name}}`, but the snapshot `{{file}}` shows {{real}}',
        help: 'correct `task` in the policy',
      },
      changefeedMissing: {
        message: 'The policy declares changefeed `{{feed}}` on cluster `{{name}}`, but the snapshot `{{file}}` shows {{shows}}',
        help: 'remove it from the policy, or recreate the changefeed (the linter demands a downstream import the cluster would not need)',
      },
      changefeedWider: {
        message: "Changefeed `{{feed}}` on cluster `{{name}}` replicates `{{wider}}`, which the policy's rules {{declared}} do not declare",
        help: "update the changefeed's `rules` (or `config`) in the policy to its real rules {{rules}}: physical imports into such tables silently diverge the downstream",
      },
      changefeedForce: {
        message: 'Changefeed `{{feed}}` on cluster `{{name}}` runs with `force-replicate = true`, which the policy does not declare',
        help: 'set `force_replicate: true` in the policy: tables without a valid index are replicated too',
      },
      changefeedUndeclared: {
        message:
          'Cluster `{{name}}` runs changefeed `{{feed}}` (state `{{state}}`, snapshot `{{file}}`), which the policy does not declare',
        help: 'declare it under `changefeeds` with its rules {{rules}} and downstream{{example}}',
      },
      tidbVersion: {
        message: 'The policy says cluster `{{name}}` runs TiDB {{declared}}, but its snapshot `{{file}}` shows {{real}}',
        help: 'correct `tidb_version` (version-gated findings, such as precheck states and IMPORT INTO options, may be wrong until then)',
      },
    },
  },
  check({ posture, snapshots, now }): Diagnostic[] {
    return postureDrifts(posture, snapshots, now).map((d) =>
      report(rule, d.kind, d.data, {
        severity: d.severity,
        span: { start: 0, end: 0 },
        at: d.location,
        cluster: d.cluster,
        ...(d.tables?.length ? { tables: d.tables } : {}),
        fingerprintKey: d.key,
      }),
    );
  },
};
