import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { ExceptionsSubject } from './stages.js';
import { report } from './report.js';

export const rule: Rule<ExceptionsSubject, 'expired'> = {
  id: 'expired-waiver',
  meta: {
    description: 'An inline suppression or policy waiver past its `until`/`expires` date; what it suppressed is reported again.',
    rationale: 'Exceptions are granted for a time; once it is over, the risk they covered is back and must be fixed or re-reviewed.',
    defaultSeverity: 'error',
    category: 'governance',
    stage: 'exceptions',
    anchor: 'the directive or waiver',
    docs: 'docs/rules/expired-waiver.md',
    summary: 'a suppression or waiver past its date',
    messages: {
      expired: {
        message: 'This {{kind}} of {{rules}} expired on {{until}}: the findings it covered are reported again',
        help: 'fix them, or renew the exception with a new date after review',
      },
    },
  },
  check: ({ exceptions }): Diagnostic[] =>
    exceptions
      .filter((e) => e.state === 'expired')
      .map((e) =>
        report(
          rule,
          'expired',
          { kind: e.kind === 'inline' ? 'suppression' : 'waiver', rules: e.rules.map((r) => `\`${r}\``).join(', '), until: e.until ?? '' },
          {
            span: e.span ?? { start: 0, end: 0 },
            ...(e.location ? { at: e.location } : {}),
            fingerprintKey: `${e.rules.join(',')}|${e.until ?? ''}`,
          },
        ),
      ),
};
