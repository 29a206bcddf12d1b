import type { Diagnostic, Span } from '../../core/types.js';
import type { Rule } from './types.js';

export interface ExpiredSubject {
  readonly kind: 'inline' | 'waiver';
  readonly rules: readonly string[];
  readonly until: string;
  readonly span: Span;
}

export const rule: Rule<ExpiredSubject> = {
  id: 'expired-waiver',
  meta: {
    description: 'An inline suppression or policy waiver past its `until`/`expires` date; what it suppressed is reported again.',
    rationale: 'Exceptions are granted for a time; once it is over, the risk they covered is back and must be fixed or re-reviewed.',
    defaultSeverity: 'error',
    category: 'governance',
    anchor: 'the directive or waiver',
  },
  check: ({ kind, rules, until, span }): Diagnostic[] => [
    {
      rule: 'expired-waiver',
      severity: 'error',
      span,
      message: `This ${kind === 'inline' ? 'suppression' : 'waiver'} of ${rules.map((r) => `\`${r}\``).join(', ')} expired on ${until}: the findings it covered are reported again. Fix them, or renew the exception with a new date after review.`,
      fingerprintKey: `${rules.join(',')}|${until}`,
    },
  ],
};
