import type { Diagnostic, Span } from '../../core/types.js';
import type { Rule } from './types.js';

export const rule: Rule<{ readonly problems: readonly { readonly span: Span; readonly message: string }[] }> = {
  id: 'invalid-policy',
  meta: {
    description: 'The policy file does not validate; the tool cannot do its job (exit code 2).',
    rationale: 'A policy the linter cannot read would silently weaken protection, so nothing is checked against it and the run fails.',
    defaultSeverity: 'error',
    category: 'governance',
    anchor: 'the policy position',
  },
  check: ({ problems }): Diagnostic[] =>
    problems.map((p) => ({ rule: 'invalid-policy', severity: 'error', span: p.span, message: p.message, fingerprintKey: p.message })),
};
