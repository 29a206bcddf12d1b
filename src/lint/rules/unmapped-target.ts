import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { FileSubject } from './stages.js';
import { report } from './report.js';
import { describeTried } from '../../model/policy/mapping-tried.js';
import { suggest } from '../../core/suggest.js';

/** "did you mean `prod`? Otherwise, " for a likely typo of a defined cluster, else ''. */
function nearCluster(name: string, clusters: readonly string[]): string {
  const near = suggest(name, clusters);
  return near ? `did you mean \`${near}\`? Otherwise, ` : '';
}

export const rule: Rule<FileSubject, 'unmapped' | 'unknownCluster'> = {
  id: 'unmapped-target',
  meta: {
    description: 'A file holding an import maps to no cluster of the policy.',
    rationale: 'Without a target cluster the linter cannot tell whether the import is safe: an unmapped import is unchecked.',
    defaultSeverity: 'error',
    category: 'posture',
    stage: 'file',
    anchor: 'the first job of the file',
    docs: 'docs/rules/unmapped-target.md',
    summary: 'an import no cluster of the policy claims',
    messages: {
      unmapped: {
        message: 'No cluster of the policy matches `{{file}}`, so this import cannot be checked',
        help: "add the path to a cluster's `match.paths`{{hosts}}, or name the cluster in the file: `{{directive}}`{{tried}}",
      },
      unknownCluster: {
        message: 'The directive names cluster `{{name}}`, which the policy does not define',
        help: "{{near}}name one of the policy's clusters: {{clusters}}",
      },
    },
  },
  check({ path, jobs, unknownClusters, mapped, policy }): Diagnostic[] {
    const out = unknownClusters.map((u) =>
      report(
        rule,
        'unknownCluster',
        {
          name: u.name,
          near: nearCluster(
            u.name,
            policy.clusters.map((c) => c.name),
          ),
          clusters: policy.clusters.map((c) => `\`${c.name}\``).join(', '),
        },
        { span: u.span, fingerprintKey: u.name },
      ),
    );
    const first = jobs[0];
    if (first && !mapped && !unknownClusters.length && policy.unmapped !== 'off') {
      const directive = first.kind === 'lightning' ? '# tidb-import-guard: cluster=<name>' : '-- tidb-import-guard: cluster=<name>';
      const hosts = first.kind === 'lightning' ? " (or this config's host to its `match.hosts`)" : '';
      const tried = describeTried(policy, path, first.kind === 'lightning' ? jobs.flatMap((j) => j.hosts) : undefined);
      out.push(
        report(
          rule,
          'unmapped',
          { file: path, directive, hosts, tried: tried ? `. ${tried.replace(/\.$/, '')}` : '' },
          { span: first.anchor, severity: policy.unmapped },
        ),
      );
    }
    return out;
  },
};
