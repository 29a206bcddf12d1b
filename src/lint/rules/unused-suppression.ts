import type { Diagnostic, Span } from '../../core/types.js';
import type { Rule } from './types.js';

export interface UnusedSubject {
  /** An inline directive, a policy waiver, or an entry of the baseline file. */
  readonly kind: 'inline' | 'waiver' | 'baseline';
  /**
   * The rule that suppressed nothing: one finding per rule a directive names (a directive naming
   * two rules, one of which still suppresses something, gets one finding for the other).
   */
  readonly rules: readonly string[];
  readonly span: Span;
  /** A baseline entry's file (where the finding it records used to be). */
  readonly file?: string;
  /** The directive names other rules that did suppress something (so: remove this one from it). */
  readonly partly?: boolean;
}

export const rule: Rule<UnusedSubject> = {
  id: 'unused-suppression',
  meta: {
    description: 'An inline suppression, policy waiver or baseline entry that suppressed nothing.',
    rationale: 'A stale exception hides nothing today but will silently hide a real finding tomorrow: remove it.',
    defaultSeverity: 'warning',
    category: 'governance',
    anchor: 'the directive, waiver or baseline entry',
  },
  check: ({ kind, rules, span, file, partly }): Diagnostic[] => {
    const names = rules.map((r) => `\`${r}\``).join(', ');
    const message =
      kind === 'inline'
        ? `This suppression of ${names} suppresses nothing: no ${names} finding in the import job, statement or key it covers. ${partly ? `Remove ${names} from the directive.` : 'Remove it.'}`
        : kind === 'waiver'
          ? `This waiver of \`${rules.join(', ')}\` matched no finding in the scanned files. Remove it, or narrow it to what it was written for.`
          : `This baseline entry for ${names} in \`${file ?? ''}\` matches no finding: what it recorded was fixed or changed. Remove it (\`tidb-import-guard check --update-baseline\` drops every such entry).`;
    return [{ rule: 'unused-suppression', severity: 'warning', span, message, fingerprintKey: `${kind === 'baseline' ? `${file ?? ''}|` : ''}${rules.join(',')}` }];
  },
};
