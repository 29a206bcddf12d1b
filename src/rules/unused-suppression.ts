import type { Diagnostic } from '../core/types.js';
import type { Rule } from './types.js';
import type { ExceptionsSubject } from './stages.js';
import { report } from './report.js';

export const rule: Rule<ExceptionsSubject, 'inline' | 'waiver'> = {
  id: 'unused-suppression',
  meta: {
    description: 'An inline suppression or policy waiver that suppressed nothing.',
    rationale: 'A stale exception hides nothing today but will silently hide a real finding tomorrow: remove it.',
    defaultSeverity: 'warning',
    category: 'governance',
    stage: 'exceptions',
    anchor: 'the directive or waiver',
    docs: 'docs/rules/unused-suppression.md',
    messages: {
      inline: { message: 'This suppression of {{rules}} suppresses nothing: no such finding at the next statement or key', help: 'remove it' },
      waiver: { message: 'This waiver of `{{rules}}` matched no finding in the scanned files', help: 'remove it, or narrow it to what it was written for' },
    },
  },
  check: ({ exceptions }): Diagnostic[] =>
    exceptions
      .filter((e) => e.state === 'unused')
      .map((e) =>
        report(rule, e.kind, { rules: e.kind === 'inline' ? e.rules.map((r) => `\`${r}\``).join(', ') : e.rules.join(', ') }, {
          span: e.span ?? { start: 0, end: 0 },
          ...(e.location ? { at: e.location } : {}),
          fingerprintKey: e.rules.join(','),
        }),
      ),
};
