import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { FileSubject } from './stages.js';
import { report, splitHeadline } from './report.js';

export const rule: Rule<FileSubject, 'problem'> = {
  id: 'invalid-suppression',
  meta: {
    description: 'An inline directive that is malformed, names an unknown rule, or gives no reason.',
    rationale:
      'A suppression is a reviewed exception: one that cannot be read, or that says nothing about why, must not silently hide a finding.',
    defaultSeverity: 'error',
    category: 'governance',
    stage: 'file',
    anchor: 'the directive',
    docs: 'docs/rules/invalid-suppression.md',
    summary: 'a malformed suppression, or one without a reason',
    messages: {
      // Worded by the directive parser (src/engine/directives.ts), which knows what it expected.
      problem: { message: '{{headline}}', help: '{{help}}' },
    },
  },
  check: ({ directiveProblems }): Diagnostic[] =>
    directiveProblems.map((p) => report(rule, 'problem', splitHeadline(p.message), { span: p.span, fingerprintKey: p.message })),
};
