import type { Diagnostic, Span } from '../../core/types.js';
import type { Rule } from './types.js';

export interface UnusedSubject {
  readonly kind: 'inline' | 'waiver';
  readonly rules: readonly string[];
  readonly span: Span;
}

export const rule: Rule<UnusedSubject> = {
  id: 'unused-suppression',
  meta: {
    description: 'An inline suppression or policy waiver that suppressed nothing.',
    rationale: 'A stale exception hides nothing today but will silently hide a real finding tomorrow: remove it.',
    defaultSeverity: 'warning',
    category: 'governance',
    anchor: 'the directive or waiver',
  },
  check: ({ kind, rules, span }): Diagnostic[] => [
    {
      rule: 'unused-suppression',
      severity: 'warning',
      span,
      message:
        kind === 'inline'
          ? `This suppression of ${rules.map((r) => `\`${r}\``).join(', ')} suppresses nothing: no such finding at the next ${'statement or key'}. Remove it.`
          : `This waiver of \`${rules.join(', ')}\` matched no finding in the scanned files. Remove it, or narrow it to what it was written for.`,
      fingerprintKey: rules.join(','),
    },
  ],
};
