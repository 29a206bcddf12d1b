import { atLeast } from '../../core/version.js';
import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { JobSubject } from './job-subject.js';
import { report } from './report.js';
import { featureOnCluster } from './versioned-feature.js';

export const rule: Rule<JobSubject, 'unreleased' | 'tooNew' | 'refused' | 'experimental'> = {
  id: 'unsupported-on-version',
  meta: {
    description: 'A feature newer than the target cluster: TiDB or Lightning would reject it there.',
    rationale:
      "The policy states each cluster's version; a statement or config that uses a later feature fails on that cluster (or runs an experimental feature).",
    defaultSeverity: 'error',
    category: 'correctness',
    stage: 'job',
    anchor: 'the token or key',
    docs: 'docs/rules/unsupported-on-version.md',
    summary: 'a feature newer than the target cluster',
    messages: {
      unreleased: {
        message: '{{what}} exists only on unreleased builds: {{product}} {{have}} on cluster `{{cluster}}` refuses it',
        help: 'do without it{{instead}}',
      },
      tooNew: {
        message: '{{what}} needs {{product}} v{{since}}; cluster `{{cluster}}` runs {{have}}, which rejects it',
        help: 'upgrade the cluster (and its `tidb_version` in the policy), or do without it{{instead}}',
      },
      refused: {
        message: '{{what}} is refused by {{product}} {{have}} (cluster `{{cluster}}`): {{note}}',
        help: 'do without it, or upgrade the cluster (and its `tidb_version` in the policy) to a release that accepts it{{instead}}',
      },
      experimental: {
        message: '{{what}} is experimental on {{product}} {{have}} (cluster `{{cluster}}`; generally available from v{{ga}})',
        help: 'not recommended for production imports: upgrade the cluster to v{{ga}} or later, or do without it{{instead}}',
      },
    },
  },
  check({ job, cluster }): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const f of job.versionedFeatures) {
      const { have, data, fields } = featureOnCluster(f, { cluster });
      if (f.unreleased) {
        out.push(report(rule, 'unreleased', data, fields));
      } else if (f.deprecatedSince || f.removedIn) {
        // Removed and deprecated Lightning keys: `invalid-lightning-config` and
        // `deprecated-lightning-key` judge them (their `checkJob`).
        // biome-ignore lint/complexity/noUselessContinue: names the case that is not judged here
        continue;
      } else if (f.onlyFrom && !atLeast(have, f.onlyFrom)) {
        // biome-ignore lint/complexity/noUselessContinue: names the case that is not judged
        continue;
      } else if (!atLeast(have, f.since)) {
        out.push(report(rule, f.sinceNote ? 'refused' : 'tooNew', { ...data, note: f.sinceNote ?? '' }, fields));
      } else if (f.gaSince && !atLeast(have, f.gaSince)) {
        out.push(report(rule, 'experimental', data, { ...fields, severity: 'warning' }));
      }
    }
    return out;
  },
};
