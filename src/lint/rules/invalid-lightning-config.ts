import type { Diagnostic } from '../../core/types.js';
import type { LightningProblem } from '../../parse/lightning/validate.js';
import type { Rule } from './types.js';

export const rule: Rule<{ readonly problems: readonly LightningProblem[] }> = {
  id: 'invalid-lightning-config',
  meta: {
    description: 'A Lightning config Lightning would refuse to start with: unknown key, wrong type, bad or missing backend, conflicting settings, invalid filter.',
    rationale:
      'Lightning rejects unknown keys, so a typo such as `check-requirement = false` is a broken config, not a silent no-op; finding it at review saves a failed import window.',
    defaultSeverity: 'error',
    category: 'correctness',
    anchor: 'the key',
  },
  check: ({ problems }): Diagnostic[] =>
    problems
      .filter((p) => p.kind === 'invalid')
      .map((p) => ({ rule: 'invalid-lightning-config', severity: 'error', span: p.span, message: p.message, fingerprintKey: p.message })),
};
