import type { Diagnostic } from '../../core/types.js';
import type { DirectiveProblem } from '../engine/directives.js';
import type { Rule } from './types.js';

export const rule: Rule<{ readonly problems: readonly DirectiveProblem[] }> = {
  id: 'invalid-suppression',
  meta: {
    description: 'An inline directive that is malformed, names an unknown rule, or gives no reason.',
    rationale: 'A suppression is a reviewed exception: one that cannot be read, or that says nothing about why, must not silently hide a finding.',
    defaultSeverity: 'error',
    category: 'governance',
    anchor: 'the directive',
  },
  check: ({ problems }): Diagnostic[] =>
    problems.map((p) => ({ rule: 'invalid-suppression', severity: 'error', span: p.span, message: p.message, fingerprintKey: p.message })),
};
