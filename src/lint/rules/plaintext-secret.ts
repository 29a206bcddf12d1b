import type { Diagnostic, Span } from '../../core/types.js';
import type { Rule } from './types.js';

export interface SecretSubject {
  /** Where a secret is written and what it is (a key or parameter name: never the value). */
  readonly secrets: readonly { readonly span: Span; readonly what: string; readonly where: string }[];
}

export const rule: Rule<SecretSubject> = {
  id: 'plaintext-secret',
  meta: {
    description: 'A password or storage credential written in plain text in a config, an import location or a backup target.',
    rationale: 'Committed credentials are readable by everyone with access to the repository and its history; rotate them and pass them at run time.',
    defaultSeverity: 'error',
    category: 'security',
    anchor: 'the value',
  },
  check: ({ secrets }): Diagnostic[] =>
    secrets.map((s) => ({
      rule: 'plaintext-secret',
      severity: 'error',
      span: s.span,
      message:
        `${s.what} is written in plain text in ${s.where}: anyone who can read the repository (and its history) can use it. ` +
        'Remove it, rotate the credential, and supply it at run time (environment variables, an IAM role, a credentials file outside the repository).',
      fingerprintKey: s.what,
      secretSpan: true,
    })),
};
