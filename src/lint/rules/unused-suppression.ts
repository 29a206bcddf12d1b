import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { ExceptionsSubject } from './stages.js';
import { report } from './report.js';

export const rule: Rule<ExceptionsSubject, 'inline' | 'inlinePartly' | 'waiver' | 'baseline'> = {
  id: 'unused-suppression',
  meta: {
    description: 'An inline suppression, policy waiver or baseline entry that suppressed nothing.',
    rationale: 'A stale exception hides nothing today but will silently hide a real finding tomorrow: remove it.',
    defaultSeverity: 'warning',
    category: 'governance',
    stage: 'exceptions',
    anchor: 'the directive, waiver or baseline entry',
    docs: 'docs/rules/unused-suppression.md',
    summary: 'a suppression, waiver or baseline entry that suppressed nothing',
    messages: {
      inline: {
        message: 'This suppression of {{names}} suppresses nothing: no {{names}} finding in the import job, statement or key it covers',
        help: 'remove it',
      },
      inlinePartly: {
        message: 'This suppression of {{names}} suppresses nothing: no {{names}} finding in the import job, statement or key it covers',
        help: 'remove {{names}} from the directive',
      },
      waiver: {
        message: 'This waiver of `{{rules}}` matched no finding in the scanned files',
        help: 'remove it, or narrow it to what it was written for',
      },
      baseline: {
        message: 'This baseline entry for {{names}} in `{{file}}` matches no finding: what it recorded was fixed or changed',
        help: 'remove it (`tidb-import-guard check --update-baseline` drops every such entry)',
      },
    },
  },
  check: ({ exceptions }): Diagnostic[] =>
    exceptions
      .filter((e) => e.state === 'unused')
      .map((e) => {
        const data = { names: e.rules.map((r) => `\`${r}\``).join(', '), rules: e.rules.join(', '), file: e.file ?? '' };
        const messageId = e.kind === 'inline' ? (e.partly ? 'inlinePartly' : 'inline') : e.kind;
        return report(rule, messageId, data, {
          span: e.span ?? { start: 0, end: 0 },
          ...(e.location ? { at: e.location } : {}),
          fingerprintKey: `${e.kind === 'baseline' ? `${e.file ?? ''}|` : ''}${e.rules.join(',')}`,
        });
      }),
};
