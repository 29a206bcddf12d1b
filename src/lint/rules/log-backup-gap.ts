import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { jobHeadline, logicalHelp, uncheckedWhy, snapshotFix, type JobSubject } from './job-subject.js';
import { jobKey } from '../../model/jobs/model.js';
import { report } from './report.js';

export const rule: Rule<JobSubject, 'gap' | 'gapDetached'> = {
  id: 'log-backup-gap',
  meta: {
    description: 'A physical import that runs unchecked on a cluster with log backup, with no snapshot backup of the tables after it.',
    rationale:
      'Physically imported rows never reach the log backup: a point-in-time restore to any moment after the import silently lacks them until a snapshot backup of those tables exists.',
    defaultSeverity: 'error',
    category: 'posture',
    stage: 'job',
    anchor: 'the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword',
    docs: 'docs/rules/log-backup-gap.md',
    summary: 'an unchecked physical import with no snapshot backup of tables that need backup',
    messages: {
      gap: {
        message: '{{what}} bypasses log backup{{task}} on cluster `{{cluster}}` for {{tables}}',
        help: 'take a snapshot backup right after it: {{snapshot}}; or {{logical}}; or exempt the tables from `log_backup` in the policy{{unchecked}}',
      },
      gapDetached: {
        message: '{{what}} bypasses log backup{{task}} on cluster `{{cluster}}` for {{tables}}',
        help:
          'take a snapshot backup once the import has finished (`WITH DETACHED` returns at once, so a BACKUP later in this file runs too early): ' +
          '{{snapshot}}; or {{logical}}; or exempt the tables from `log_backup` in the policy{{unchecked}}',
      },
    },
  },
  check(subject): Diagnostic[] {
    const { job, cluster, analysis } = subject;
    const gap = analysis.logBackup?.gap;
    if (!analysis.runsUnchecked || !cluster.logBackup || !gap) return [];
    const filterRules = job.written.kind === 'pattern' ? job.written.filterRules : undefined;
    const data = {
      what: jobHeadline(job),
      task: cluster.logBackup.task ? ` \`${cluster.logBackup.task}\`` : '',
      cluster: cluster.name,
      tables: gap.text,
      snapshot: snapshotFix(gap.names, filterRules),
      logical: logicalHelp(job),
      unchecked: ` (it runs unchecked: ${uncheckedWhy(subject)})`,
    };
    return [
      report(rule, job.detached ? 'gapDetached' : 'gap', data, {
        span: job.anchor,
        cluster: cluster.name,
        tables: gap.tables,
        tableSet: gap.set,
        job: jobKey(job),
        ...(job.logicalFix ? { fix: { title: 'Use logical import mode', ...job.logicalFix } } : {}),
      }),
    ];
  },
};
