import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { jobHeadline, logicalHelp, uncheckedWhy, type JobSubject } from './job-subject.js';
import { jobKey } from '../../model/jobs/model.js';
import { report } from './report.js';

const TAIL = '; or {{logical}}; or exempt the tables from `{{feed}}` in the policy if the downstream does not need them{{unchecked}}';

export const rule: Rule<JobSubject, 'toCluster' | 'toSink' | 'toUnknown'> = {
  id: 'changefeed-gap',
  meta: {
    description: 'A physical import that runs unchecked and writes tables a changefeed replicates, with no matching import downstream.',
    rationale:
      'TiCDC never sees physically imported rows: the downstream silently diverges unless the same data is imported there separately.',
    defaultSeverity: 'error',
    category: 'posture',
    stage: 'job',
    anchor: 'the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword',
    docs: 'docs/rules/changefeed-gap.md',
    summary: 'an unchecked physical import of replicated tables with no downstream import',
    messages: {
      toCluster: {
        message: '{{what}} bypasses changefeed `{{feed}}` (to `{{downstream}}`) on cluster `{{cluster}}` for {{tables}}',
        help: 'import the same data into `{{downstream}}` too (this job mapped to `{{downstream}}`, reading the same source)' + TAIL,
      },
      toSink: {
        message: '{{what}} bypasses changefeed `{{feed}}` (to {{downstream}}) on cluster `{{cluster}}` for {{tables}}',
        help:
          'load the same files into the {{downstream}} downstream with its own bulk loader, then record that with an exemption or a waiver' +
          TAIL,
      },
      toUnknown: {
        message: '{{what}} bypasses changefeed `{{feed}}` on cluster `{{cluster}}` for {{tables}}',
        help: 'import the same data into the downstream separately (and declare the downstream in the policy)' + TAIL,
      },
    },
  },
  check(subject): Diagnostic[] {
    const { job, cluster, analysis } = subject;
    if (!analysis.runsUnchecked) return [];
    const out: Diagnostic[] = [];
    for (const { feed, gap } of analysis.changefeeds) {
      if (!gap) continue;
      const downstream = feed.downstreamCluster ?? feed.downstreamKind;
      const data = {
        what: jobHeadline(job),
        feed: feed.id,
        cluster: cluster.name,
        tables: gap.text,
        downstream: downstream ?? '',
        logical: logicalHelp(job),
        unchecked: ` (it runs unchecked: ${uncheckedWhy(subject)})`,
      };
      out.push(
        report(rule, feed.downstreamCluster ? 'toCluster' : feed.downstreamKind ? 'toSink' : 'toUnknown', data, {
          span: job.anchor,
          cluster: cluster.name,
          tables: gap.tables,
          tableSet: gap.set,
          job: jobKey(job),
          fingerprintKey: `changefeed=${feed.id}`,
          ...(job.logicalFix ? { fix: { title: 'Use logical import mode', ...job.logicalFix } } : {}),
        }),
      );
    }
    return out;
  },
};
