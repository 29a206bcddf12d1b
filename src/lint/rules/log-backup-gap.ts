import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { jobWhat, snapshotFix, uncheckedWhy, type JobSubject } from './job-subject.js';
import { jobKey } from '../../model/jobs/model.js';

export const rule: Rule<JobSubject> = {
  id: 'log-backup-gap',
  meta: {
    description: 'A physical import that runs unchecked on a cluster with log backup, with no snapshot backup of the tables after it.',
    rationale:
      'Physically imported rows never reach the log backup: a point-in-time restore to any moment after the import silently lacks them until a snapshot backup of those tables exists.',
    defaultSeverity: 'error',
    category: 'posture',
    anchor: 'the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword',
  },
  check(subject): Diagnostic[] {
    const { job, cluster, analysis } = subject;
    const gap = analysis.logBackup?.gap;
    if (!analysis.runsUnchecked || !cluster.logBackup || !gap) return [];
    const task = cluster.logBackup.task ? ` (task \`${cluster.logBackup.task}\`)` : '';
    const filterRules = job.written.kind === 'pattern' ? job.written.filterRules : undefined;
    return [
      {
        rule: 'log-backup-gap',
        severity: 'error',
        span: job.anchor,
        message:
          `Cluster \`${cluster.name}\` runs log backup${task}, but this ${jobWhat(job)} runs unchecked (${uncheckedWhy(subject)}): ` +
          `rows it writes to ${gap.text} never reach the log backup, so a PITR restore to any point after the import silently lacks them. ` +
          `Take a snapshot backup right after the import: ${snapshotFix(gap.names, filterRules)}` +
          (job.detached ? ' once the import has finished (`WITH DETACHED` returns at once, so a BACKUP later in this file would run too early)' : '') +
          '; or use logical mode (`backend = "tidb"`); ' +
          'or, if these tables need no backup, exempt them from `log_backup` in the policy.',
        help:
          `take a snapshot right after it: ${snapshotFix(gap.names, filterRules)}` +
          (job.detached ? ' once the import has finished (`WITH DETACHED` returns at once)' : '') +
          '; or use logical mode: `backend = "tidb"`; or exempt the tables from `log_backup` in the policy',
        cluster: cluster.name,
        tables: gap.tables,
        tableSet: gap.set,
        job: jobKey(job),
        ...(job.logicalFix ? { fix: { title: 'Use logical import mode', ...job.logicalFix } } : {}),
      },
    ];
  },
};
