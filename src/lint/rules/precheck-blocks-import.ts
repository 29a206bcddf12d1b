import { atLeast, formatVersion } from '../../core/version.js';
import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { guardsText, uncertainty, writtenText, type JobSubject } from './job-subject.js';
import { report } from './report.js';

const PROCEDURE = 'a snapshot backup of {{tables}} right after the import; the same import into each changefeed downstream';

export const rule: Rule<JobSubject, 'lightning' | 'importInto' | 'importIntoNoOverride'> = {
  id: 'precheck-blocks-import',
  meta: {
    description: 'A physical import into a cluster with log backup or blocking changefeeds that TiDB will reject at start.',
    rationale:
      "TiDB's CDC/PITR precheck fails physical imports on any cluster with a log backup task or a changefeed in a blocking state (which states block depends on the version), cluster-wide, whichever tables they cover: the job will not run as written.",
    defaultSeverity: 'error',
    category: 'posture',
    stage: 'job',
    anchor: 'the `backend` key (or the `[tikv-importer]` header, or line 1); the IMPORT keyword',
    docs: 'docs/rules/precheck-blocks-import.md',
    summary: 'a physical import into a guarded cluster that TiDB will reject at start',
    messages: {
      lightning: {
        message: 'Cluster `{{cluster}}` {{will}} reject this physical import: {{guards}} {{block}} the precheck',
        help:
          'use logical mode: `backend = "tidb"`; or set `check-requirements = false` and follow the documented procedure (' +
          PROCEDURE +
          '){{uncertain}}',
      },
      importInto: {
        message: 'Cluster `{{cluster}}` {{will}} reject this IMPORT INTO (error 8173): {{guards}} {{block}} the precheck',
        help:
          'import with TiDB Lightning in logical mode (`backend = "tidb"`); or add `WITH DISABLE_PRECHECK` and follow the documented procedure (' +
          PROCEDURE +
          '){{uncertain}}',
      },
      importIntoNoOverride: {
        message: 'Cluster `{{cluster}}` {{will}} reject this IMPORT INTO (error 8173): {{guards}} {{block}} the precheck',
        help: 'no override exists on TiDB {{version}} (`DISABLE_PRECHECK` needs v8.0.0): import with TiDB Lightning in logical mode (`backend = "tidb"`){{uncertain}}',
      },
    },
  },
  check({ job, cluster, analysis }): Diagnostic[] {
    if (!job.physical || analysis.blocking === 'passes' || analysis.override || analysis.precheck === 'absent') return [];
    // Where blocking is not established (docs/rules/precheck-blocks-import.md), the job may be rejected or may run:
    // the gap rules report the second case.
    const maybe = analysis.blocking === 'unestablished';
    const data = {
      tables: analysis.writes?.text ?? writtenText(job),
      cluster: cluster.name,
      will: maybe ? 'may' : 'will',
      guards: guardsText(analysis),
      block: analysis.blockers.length === 1 && !/^(changefeeds|running) /.test(analysis.blockers[0] ?? '') ? 'blocks' : 'block',
      version: formatVersion(cluster.tidb),
      uncertain: maybe ? `. ${uncertainty(analysis).replace(/\.$/, '')}; if it runs, it runs unchecked (see the gap findings)` : '',
    };
    const messageId = job.kind === 'lightning' ? 'lightning' : atLeast(cluster.tidb, '8.0.0') ? 'importInto' : 'importIntoNoOverride';
    return [
      report(rule, messageId, data, {
        span: job.anchor,
        cluster: cluster.name,
        ...(analysis.writes ? { tables: analysis.writes.tables } : {}),
        ...(job.logicalFix ? { fix: { title: 'Use logical import mode', ...job.logicalFix } } : {}),
      }),
    ];
  },
};
