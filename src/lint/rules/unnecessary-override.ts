import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import { overrideWhat, type JobSubject } from './job-subject.js';
import { report } from './report.js';

// The precheck runs once, at start (docs/rules/precheck-blocks-import.md): passing it never makes an import safe,
// so no message may suggest that it does (the doc page says so).
const LIGHTNING_HELP =
  "remove it, or write `check-requirements = true`: here it only switches off Lightning's other requirement checks (disk space, cluster version)";
const ONCE =
  '; the precheck runs once, at start: it does not make a physical import safe, and a log backup task or changefeed started while the import runs is never detected';
const IMPORT_INTO_HELP = 'remove it: `DISABLE_PRECHECK` skips only the CDC/PITR check, so removing it changes nothing else';

export const rule: Rule<JobSubject, 'logical' | 'unguarded' | 'notBlocking'> = {
  id: 'unnecessary-override',
  meta: {
    description: 'A precheck override on a logical import, or on a cluster where nothing blocks the precheck: it protects nothing.',
    rationale:
      "The override only matters for physical imports into guarded clusters; elsewhere it just switches off Lightning's other requirement checks (disk space, cluster version) for no gain.",
    defaultSeverity: 'warning',
    category: 'posture',
    stage: 'job',
    anchor: 'the override',
    docs: 'docs/rules/unnecessary-override.md',
    summary: 'an override that protects nothing',
    messages: {
      logical: { message: '{{override}} protects nothing on a logical import into cluster `{{cluster}}`', help: '{{remove}}' },
      unguarded: {
        message: '{{override}} protects nothing: cluster `{{cluster}}` has no log backup and no changefeeds',
        help: '{{remove}}' + ONCE,
      },
      notBlocking: {
        message:
          '{{override}} protects nothing: nothing on cluster `{{cluster}}` blocks the precheck ({{feeds}} not blocking on this version)',
        help: '{{remove}}' + ONCE,
      },
    },
  },
  check({ job, cluster, analysis }): Diagnostic[] {
    const override = analysis.override;
    if (!override) return [];
    let messageId: 'logical' | 'unguarded' | 'notBlocking';
    let feeds = '';
    if (!job.physical) messageId = 'logical';
    else if (analysis.blocking === 'passes') {
      const list = cluster.changefeeds.filter((f) => f.protects).map((f) => `\`${f.id}\` (\`${f.state}\`)`);
      feeds = `${list.length === 1 ? 'changefeed' : 'changefeeds'} ${list.join(', ')}`;
      messageId = list.length ? 'notBlocking' : 'unguarded';
    } else return [];
    // DISABLE_PRECHECK skips only the CDC/PITR check (the table-empty, active-job and file checks
    // still run: pkg/executor/importer/precheck.go `CheckRequirements`, v8.0.0+).
    const data = {
      override: overrideWhat(job),
      cluster: cluster.name,
      feeds,
      remove: job.kind === 'lightning' ? LIGHTNING_HELP : IMPORT_INTO_HELP,
    };
    return [
      report(rule, messageId, data, {
        span: override.span,
        cluster: cluster.name,
        ...(job.kind === 'lightning'
          ? { fix: { title: 'Keep the requirement checks on', span: override.span, replacement: 'check-requirements = true' } }
          : {}),
      }),
    ];
  },
};
