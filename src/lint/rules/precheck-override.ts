import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { guardsText, logicalHelp, overrideWhat, type JobSubject } from './job-subject.js';
import { jobKey } from '../../model/jobs/model.js';
import { renderMessage, report } from './report.js';

/** "`a`", "`a` and `b`", "`a`, `b` and `c`". */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const HEAD = '{{override}} on cluster `{{cluster}}`';

export const rule: Rule<JobSubject, 'incomplete' | 'excepted' | 'followed' | 'nothingToProtect'> = {
  id: 'precheck-override',
  meta: {
    description:
      'An explicit precheck override on a physical import into a guarded cluster: an error while the documented procedure is incomplete, a notice once it is followed.',
    rationale:
      'Overriding the CDC/PITR precheck is only safe with the documented procedure: a snapshot backup after the import for tables that need backup, and the same import downstream for replicated tables (or the owners declaring the tables need neither).',
    defaultSeverity: 'error',
    category: 'posture',
    stage: 'job',
    anchor: 'the `check-requirements` key; the `DISABLE_PRECHECK` option',
    docs: 'docs/rules/precheck-override.md',
    summary: 'an override: error while the documented procedure is incomplete, notice once followed',
    messages: {
      incomplete: {
        message: HEAD + ' leaves gaps in {{gapNames}}',
        help: 'complete the documented procedure ({{gaps}}; see the log-backup-gap and changefeed-gap findings), or {{logical}}; the precheck would find {{guards}}',
      },
      // The engine adds the exceptions' kinds and reasons as the help (settle-dependents.ts).
      excepted: { message: HEAD + ': reviewed exceptions cover the gaps in {{gapNames}}' },
      followed: { message: HEAD + ': the documented procedure is followed', help: 'nothing to do: {{covered}}' },
      nothingToProtect: {
        message: HEAD + ': no table needs a remedy today',
        help: 'nothing to do now; if log backup or a changefeed is started on `{{cluster}}`, update the policy: the precheck is what would have caught it',
      },
    },
  },
  check({ job, cluster, analysis }): Diagnostic[] {
    const override = analysis.override;
    if (!override || !job.physical || analysis.blocking === 'passes') return [];
    const gaps: string[] = [];
    const gapTask: string[] = [];
    const gapFeeds: string[] = [];
    const covered: string[] = [];
    const tables = new Set<string>();
    const lb = analysis.logBackup;
    if (cluster.logBackup && lb) {
      const task = cluster.logBackup.task ? `log backup \`${cluster.logBackup.task}\`` : 'log backup';
      if (lb.gap) {
        gaps.push(`${task} lacks ${lb.gap.text} (no snapshot backup after the import)`);
        gapTask.push(cluster.logBackup.task ? `log backup \`${cluster.logBackup.task}\`` : 'log backup');
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
        gapFeeds.push(`\`${f.feed.id}\``);
        f.gap.tables.forEach((t) => tables.add(t));
      } else if (f.needed) {
        covered.push(`changefeed \`${f.feed.id}\`: ${f.needed.text} covered by ${f.remedy ?? 'a downstream import'}`);
        f.needed.tables.forEach((t) => tables.add(t));
      } else {
        const why = f.feed.notes.length ? `; ${f.feed.notes.join('; ')}` : '';
        covered.push(`changefeed \`${f.feed.id}\`: replicates none of the written tables (or they are exempt)${why}`);
      }
    }
    const data = {
      override: overrideWhat(job),
      cluster: cluster.name,
      guards: guardsText(analysis) + (analysis.blocking === 'unestablished' ? ', if it blocks on this version' : ''),
      gaps: gaps.join('; '),
      gapNames: [
        ...gapTask,
        ...(gapFeeds.length ? [`${gapFeeds.length === 1 ? 'changefeed' : 'changefeeds'} ${listText(gapFeeds)}`] : []),
      ].join(' and '),
      covered: covered.join('; '),
      logical: logicalHelp(job),
    };
    const fields = { span: override.span, cluster: cluster.name, job: jobKey(job), ...(tables.size ? { tables: [...tables] } : {}) };
    if (gaps.length) {
      return [
        report(rule, 'incomplete', data, {
          ...fields,
          whenExcepted: {
            rules: ['log-backup-gap', 'changefeed-gap'],
            severity: 'notice',
            messageId: 'excepted',
            message: renderMessage(rule, 'excepted', data).message,
          },
        }),
      ];
    }
    return [report(rule, covered.length ? 'followed' : 'nothingToProtect', data, { ...fields, severity: 'notice' })];
  },
};
