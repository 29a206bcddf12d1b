import { atLeast, formatVersion } from '../../core/version.js';
import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { JobSubject } from './job-subject.js';

export const rule: Rule<JobSubject> = {
  id: 'unsupported-on-version',
  meta: {
    description: 'A feature newer than the target cluster: TiDB or Lightning would reject it there.',
    rationale:
      'The policy states each cluster\'s version; a statement or config that uses a later feature fails on that cluster (or runs an experimental feature).',
    defaultSeverity: 'error',
    category: 'correctness',
    anchor: 'the token or key',
  },
  check({ job, cluster }): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const f of job.versionedFeatures) {
      const have = f.lightning ? cluster.lightning : cluster.tidb;
      const product = f.lightning ? 'TiDB Lightning' : 'TiDB';
      const instead = f.instead ? `: ${f.instead}` : '';
      if (f.unreleased) {
        out.push({
          rule: 'unsupported-on-version',
          severity: 'error',
          span: f.span,
          message: `${f.what} exists only on unreleased development builds of ${product}: no released version accepts it, so ${product} ${formatVersion(have)} on cluster \`${cluster.name}\` refuses it${instead}.`,
          cluster: cluster.name,
          fingerprintKey: f.what,
        });
        continue;
      }
      if (f.removedIn) {
        // Removed keys make Lightning refuse to start: `invalid-lightning-config` from the release
        // that removed them (docs/policy.md); a deprecation before it when the docs deprecated it.
        if (atLeast(have, f.removedIn)) {
          out.push({
            rule: 'invalid-lightning-config',
            severity: 'error',
            span: f.span,
            message: `${f.what} was removed in ${product} v${f.removedIn}; cluster \`${cluster.name}\` runs ${formatVersion(have)}, which refuses to start with it${instead}.`,
            cluster: cluster.name,
            fingerprintKey: f.what,
          });
        } else if (f.deprecatedBefore) {
          out.push({
            rule: 'deprecated-lightning-key',
            severity: 'warning',
            span: f.span,
            message: `${f.what} is deprecated: ${product} ${formatVersion(have)} (cluster \`${cluster.name}\`) still accepts it, v${f.removedIn} and later refuse it${instead}.`,
            cluster: cluster.name,
            fingerprintKey: f.what,
          });
        }
        continue;
      }
      if (f.onlyFrom && !atLeast(have, f.onlyFrom)) continue;
      if (!atLeast(have, f.since)) {
        out.push({
          rule: 'unsupported-on-version',
          severity: 'error',
          span: f.span,
          message: f.sinceNote
            ? `${f.what} is refused by ${product} ${formatVersion(have)} (cluster \`${cluster.name}\`): ${f.sinceNote}. Do without it, or upgrade the cluster (and its \`tidb_version\` in the policy) to a release that accepts it.`
            : `${f.what} needs ${product} v${f.since} or later; cluster \`${cluster.name}\` runs ${formatVersion(have)}, which rejects it. Upgrade the cluster (and its \`tidb_version\` in the policy) or do without it.`,
          cluster: cluster.name,
          fingerprintKey: f.what,
        });
      } else if (f.gaSince && !atLeast(have, f.gaSince)) {
        out.push({
          rule: 'unsupported-on-version',
          severity: 'warning',
          span: f.span,
          message: `${f.what} is experimental on ${product} ${formatVersion(have)} (cluster \`${cluster.name}\`; generally available from v${f.gaSince}): not recommended for production imports.`,
          cluster: cluster.name,
          fingerprintKey: f.what,
        });
      }
    }
    return out;
  },
};
