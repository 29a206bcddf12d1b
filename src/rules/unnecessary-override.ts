import type { Diagnostic } from '../core/types.js';
import type { Rule } from './types.js';
import { overrideWhat, type JobSubject } from './job-subject.js';

export const rule: Rule<JobSubject> = {
  id: 'unnecessary-override',
  meta: {
    description: 'A precheck override on a logical import, or on a cluster without log backup or changefeeds: it protects nothing.',
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
    } else if (!cluster.guarded) {
      why = `cluster \`${cluster.name}\` has no log backup and no changefeeds, so the precheck would pass`;
    } else return [];
    const also =
      job.kind === 'lightning'
        ? "; the override only switches off Lightning's other requirement checks (disk space, cluster version)"
        : '; it only skips the other prechecks';
    return [
      {
        rule: 'unnecessary-override',
        severity: 'warning',
        span: override.span,
        message: `${overrideWhat(job)} protects nothing here: ${why}${also}. Remove it.`,
        cluster: cluster.name,
        ...(job.kind === 'lightning'
          ? { fix: { title: 'Keep the requirement checks on', span: override.span, replacement: 'check-requirements = true' } }
          : {}),
      },
    ];
  },
};
