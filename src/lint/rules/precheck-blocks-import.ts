import { atLeast, formatVersion } from '../../core/version.js';
import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { guardsText, jobWhat, uncertainty, writtenText, type JobSubject } from './job-subject.js';

export const rule: Rule<JobSubject> = {
  id: 'precheck-blocks-import',
  meta: {
    description: 'A physical import into a cluster with log backup or blocking changefeeds that TiDB will reject at start.',
    rationale:
      "TiDB's CDC/PITR precheck fails physical imports on any cluster with a log backup task or a changefeed in a blocking state (which states block depends on the version), cluster-wide, whichever tables they cover: the job will not run as written.",
    defaultSeverity: 'error',
    category: 'posture',
    anchor: 'the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword',
  },
  check({ job, cluster, analysis }): Diagnostic[] {
    if (!job.physical || analysis.blocking === 'passes' || analysis.override || analysis.precheck === 'absent') return [];
    const guards = guardsText(analysis);
    const writes = `It writes ${analysis.writes?.text ?? writtenText(job)}. `;
    // Where blocking is not established (docs/rules/precheck-blocks-import.md), the job may be rejected or may run:
    // the gap rules report the second case.
    const maybe = analysis.blocking === 'unestablished';
    const rejected = maybe ? 'may be rejected at start' : 'will be rejected at start';
    const mayRun = maybe ? `${uncertainty(analysis)} If it runs, it runs unchecked (see the gap findings). ` : '';
    let message: string;
    if (job.kind === 'lightning') {
      message =
        `This ${jobWhat(job)} into cluster \`${cluster.name}\` ${rejected}: Lightning's CHECK_TARGET_USING_CDC_PITR precheck ${maybe ? 'may fail on' : 'finds'} ${guards}, ` +
        `because physically imported rows bypass log backup and TiCDC. ${writes}${mayRun}` +
        'Use logical mode (`backend = "tidb"`), or set `check-requirements = false` and follow the documented procedure ' +
        '(snapshot backup of the imported tables right after the import; the same import into each changefeed downstream).';
    } else if (!atLeast(cluster.tidb, '8.0.0')) {
      message =
        `${jobWhat(job)} into cluster \`${cluster.name}\` (TiDB ${formatVersion(cluster.tidb)}) ${maybe ? 'may fail' : 'will fail'} with error 8173 (PreCheck failed): the cluster has ${guards}. ${writes}${mayRun}` +
        'Before v8.0.0 no override exists (DISABLE_PRECHECK needs v8.0.0), so IMPORT INTO cannot run here safely: use TiDB Lightning in logical mode (`backend = "tidb"`).';
    } else {
      message =
        `${jobWhat(job)} into cluster \`${cluster.name}\` ${maybe ? 'may fail' : 'will fail'} with error 8173 (PreCheck failed): the cluster has ${guards}, and IMPORT INTO ingests rows that neither log backup nor TiCDC capture. ${writes}${mayRun}` +
        'Use TiDB Lightning in logical mode (`backend = "tidb"`), or add `WITH DISABLE_PRECHECK` and follow the documented procedure (snapshot backup right after it; the same import into each changefeed downstream).';
    }
    return [
      {
        rule: 'precheck-blocks-import',
        severity: 'error',
        span: job.anchor,
        message,
        cluster: cluster.name,
        ...(analysis.writes ? { tables: analysis.writes.tables } : {}),
        ...(job.logicalFix ? { fix: { title: 'Use logical import mode', ...job.logicalFix } } : {}),
      },
    ];
  },
};
