import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { guardsText, overrideWhat, type JobSubject } from './job-subject.js';
import { jobKey } from '../../model/jobs/model.js';

export const rule: Rule<JobSubject> = {
  id: 'precheck-override',
  meta: {
    description:
      'An explicit precheck override on a physical import into a guarded cluster: an error while the documented procedure is incomplete, a notice once it is followed.',
    rationale:
      'Overriding the CDC/PITR precheck is only safe with the documented procedure: a snapshot backup after the import for tables that need backup, and the same import downstream for replicated tables (or the owners declaring the tables need neither).',
    defaultSeverity: 'error',
    category: 'posture',
    anchor: 'the `check-requirements` key; the `DISABLE_PRECHECK` option',
  },
  check({ job, cluster, analysis }): Diagnostic[] {
    const override = analysis.override;
    if (!override || !job.physical || analysis.blocking === 'passes') return [];
    const gaps: string[] = [];
    const covered: string[] = [];
    const tables = new Set<string>();
    const lb = analysis.logBackup;
    if (cluster.logBackup && lb) {
      const task = cluster.logBackup.task ? `log backup \`${cluster.logBackup.task}\`` : 'log backup';
      if (lb.gap) {
        gaps.push(`${task} lacks ${lb.gap.text} (no snapshot backup after the import)`);
        lb.gap.tables.forEach((t) => tables.add(t));
      } else if (lb.needed) {
        covered.push(`${task}: ${lb.needed.text} covered by ${lb.remedy ?? 'a snapshot backup'}`);
        lb.needed.tables.forEach((t) => tables.add(t));
      } else covered.push(`${task}: every written table is exempt`);
    }
    for (const f of analysis.changefeeds) {
      if (!f.feed.protects) continue;
      if (f.gap) {
        gaps.push(`changefeed \`${f.feed.id}\` replicates ${f.gap.text} with no matching downstream import`);
        f.gap.tables.forEach((t) => tables.add(t));
      } else if (f.needed) {
        covered.push(`changefeed \`${f.feed.id}\`: ${f.needed.text} covered by ${f.remedy ?? 'a downstream import'}`);
        f.needed.tables.forEach((t) => tables.add(t));
      } else {
        const why = f.feed.notes.length ? `; ${f.feed.notes.join('; ')}` : '';
        covered.push(`changefeed \`${f.feed.id}\`: replicates none of the written tables (or they are exempt)${why}`);
      }
    }
    const base = `${overrideWhat(job)} switches off the CDC/PITR precheck of cluster \`${cluster.name}\` (${guardsText(analysis)}${analysis.blocking === 'unestablished' ? ', if it blocks on this version' : ''})`;
    const diag = gaps.length
      ? {
          severity: 'error' as const,
          message: `${base}, but the documented procedure is incomplete: ${gaps.join('; ')}. Complete it (see the log-backup-gap and changefeed-gap findings), or use logical mode.`,
          whenExcepted: {
            rules: ['log-backup-gap', 'changefeed-gap'],
            severity: 'notice' as const,
            message: `${base}; what the documented procedure would still need (${gaps.join('; ')}) is covered by reviewed exceptions`,
          },
        }
      : {
          severity: 'notice' as const,
          message: covered.length
            ? `${base}; the documented procedure is followed: ${covered.join('; ')}.`
            : `${base}; the cluster has no log backup and no changefeed that replicates anything, so no table needs a remedy today (the policy must be updated if log backup or a changefeed is started: the precheck is what would have caught it).`,
        };
    return [
      {
        rule: 'precheck-override',
        span: override.span,
        cluster: cluster.name,
        job: jobKey(job),
        ...(tables.size ? { tables: [...tables] } : {}),
        ...diag,
      },
    ];
  },
};
