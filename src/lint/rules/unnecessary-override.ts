import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { overrideWhat, type JobSubject } from './job-subject.js';

export const rule: Rule<JobSubject> = {
  id: 'unnecessary-override',
  meta: {
    description: 'A precheck override on a logical import, or on a cluster where nothing blocks the precheck: it protects nothing.',
    rationale:
      "The override only matters for physical imports into guarded clusters; elsewhere it just switches off Lightning's other requirement checks (disk space, cluster version) for no gain.",
    defaultSeverity: 'warning',
    category: 'posture',
    anchor: 'the override',
  },
  check({ job, cluster, analysis }): Diagnostic[] {
    const override = analysis.override;
    if (!override) return [];
    let why: string;
    if (!job.physical) {
      why = 'the logical backend (`tidb`) writes SQL that log backup and TiCDC capture, and the CDC/PITR precheck never runs for it';
    } else if (analysis.blocking === 'passes') {
      const feeds = cluster.changefeeds.filter((f) => f.protects).map((f) => `\`${f.id}\` (\`${f.state}\`)`);
      why = feeds.length
        ? `nothing on cluster \`${cluster.name}\` blocks the precheck of this version (log backup is off; ${feeds.length === 1 ? 'changefeed' : 'changefeeds'} ${feeds.join(', ')} ${feeds.length === 1 ? 'is in a state that does' : 'are in states that do'} not block it)`
        : `cluster \`${cluster.name}\` has no log backup and no changefeeds, so the CDC/PITR check has nothing to find`;
    } else return [];
    // DISABLE_PRECHECK skips only the CDC/PITR check (the table-empty, active-job and file checks
    // still run: pkg/executor/importer/precheck.go `CheckRequirements`, v8.0.0+).
    const also =
      job.kind === 'lightning'
        ? "; the override only switches off Lightning's other requirement checks (disk space, cluster version)"
        : '; `DISABLE_PRECHECK` skips only the CDC/PITR check, so removing it changes nothing else';
    return [
      {
        rule: 'unnecessary-override',
        severity: 'warning',
        span: override.span,
        // The precheck runs once, at start (docs/rules/precheck-blocks-import.md): passing it never makes an
        // import safe, so the message must not suggest that it does.
        message: `${overrideWhat(job)} protects nothing here: ${why}${also}. Remove it. (The precheck runs once, at start: it does not make a physical import safe, and a log backup task or changefeed started while the import runs is never detected.)`,
        cluster: cluster.name,
        ...(job.kind === 'lightning'
          ? { fix: { title: 'Keep the requirement checks on', span: override.span, replacement: 'check-requirements = true' } }
          : {}),
      },
    ];
  },
};
