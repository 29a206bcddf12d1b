import type { Diagnostic } from '../../core/types.js';
import type { LightningProblem } from '../../parse/lightning/validate.js';
import type { Rule } from './types.js';

export const rule: Rule<{ readonly problems: readonly LightningProblem[] }> = {
  id: 'deprecated-lightning-key',
  meta: {
    description: 'A deprecated Lightning setting; the message gives the replacement.',
    rationale: 'Deprecated spellings are removed in later Lightning releases: the config breaks at the next upgrade.',
    defaultSeverity: 'warning',
    category: 'correctness',
    anchor: 'the key',
  },
  check: ({ problems }): Diagnostic[] =>
    problems
      .filter((p) => p.kind === 'deprecated')
      .map((p) => ({ rule: 'deprecated-lightning-key', severity: 'warning', span: p.span, message: p.message, fingerprintKey: p.message })),
};
