import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { jobWhat, uncheckedWhy, type JobSubject } from './job-subject.js';
import { jobKey } from '../../model/jobs/model.js';

export const rule: Rule<JobSubject> = {
  id: 'changefeed-gap',
  meta: {
    description: 'A physical import that runs unchecked and writes tables a changefeed replicates, with no matching import downstream.',
    rationale:
      'TiCDC never sees physically imported rows: the downstream silently diverges unless the same data is imported there separately.',
    defaultSeverity: 'error',
    category: 'posture',
    anchor: 'the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword',
  },
  check(subject): Diagnostic[] {
    const { job, cluster, analysis } = subject;
    if (!analysis.runsUnchecked) return [];
    const out: Diagnostic[] = [];
    for (const { feed, gap } of analysis.changefeeds) {
      if (!gap) continue;
      let fix: string;
      if (feed.downstreamCluster) {
        fix =
          `Import the same data into downstream cluster \`${feed.downstreamCluster}\` separately (the same job, mapped to \`${feed.downstreamCluster}\`, reading the same source)`;
      } else if (feed.downstreamKind) {
        fix =
          `Load the same files into the ${feed.downstreamKind} downstream with its own bulk loader, then record that with an exemption or a waiver`;
      } else {
        fix = 'Import the same data into the downstream separately (and declare the downstream in the policy)';
      }
      out.push({
        rule: 'changefeed-gap',
        severity: 'error',
        span: job.anchor,
        message:
          `Changefeed \`${feed.id}\` on cluster \`${cluster.name}\` replicates ${gap.text}, but this ${jobWhat(job)} runs unchecked (${uncheckedWhy(subject)}) ` +
          `and TiCDC never sees physically imported rows, so the ${feed.downstreamCluster ? `downstream cluster \`${feed.downstreamCluster}\`` : 'downstream'} silently diverges. ` +
          `${fix}; or use logical mode (\`backend = "tidb"\`); or, if the downstream does not need these tables, exempt them from \`${feed.id}\` in the policy.`,
        cluster: cluster.name,
        tables: gap.tables,
        tableSet: gap.set,
        job: jobKey(job),
        fingerprintKey: `changefeed=${feed.id}`,
        ...(job.logicalFix ? { fix: { title: 'Use logical import mode', ...job.logicalFix } } : {}),
      });
    }
    return out;
  },
};
