import type { Diagnostic, Severity } from '../../core/types.js';
import type { ImportJob } from '../../model/jobs/model.js';
import type { Rule } from './types.js';

export interface UnmappedSubject {
  readonly job: ImportJob;
  /** The policy's `unmapped` setting. */
  readonly severity: Severity;
  readonly directiveExample: string;
  /** What mapping tried (src/model/policy/mapping-tried.ts): one sentence, or '' for none. */
  readonly tried?: string;
}

export const rule: Rule<UnmappedSubject> = {
  id: 'unmapped-target',
  meta: {
    description: 'A file holding an import maps to no cluster of the policy.',
    rationale: 'Without a target cluster the linter cannot tell whether the import is safe: an unmapped import is unchecked.',
    defaultSeverity: 'error',
    category: 'posture',
    anchor: 'the first job of the file',
  },
  check({ job, severity, directiveExample, tried }): Diagnostic[] {
    return [
      {
        rule: 'unmapped-target',
        severity,
        span: job.anchor,
        message:
          `No cluster of the policy matches \`${job.file}\` (no cluster directive, no \`match.paths\` glob${job.kind === 'lightning' ? ', no `match.hosts` host' : ''}), so this import cannot be checked. ${tried ? `${tried} ` : ''}` +
          `Add the path to a cluster's \`match.paths\`, or name the cluster in the file: \`${directiveExample}\`.`,
      },
    ];
  },
};
