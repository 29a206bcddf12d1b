import type { Diagnostic, Severity, Span } from '../../core/types.js';
import type { Rule } from './types.js';

export interface SyntaxSubject {
  /** 'SQL', 'TOML', 'YAML', or 'text' for undecodable files. */
  readonly language: string;
  readonly problems: readonly { readonly message: string; readonly span: Span; readonly severity?: Severity }[];
}

export const rule: Rule<SyntaxSubject> = {
  id: 'syntax-error',
  meta: {
    description: 'A SQL, TOML or YAML file in scope that cannot be read or parsed.',
    rationale: 'A file the linter cannot read cannot be shown safe, so it fails the check instead of passing silently.',
    defaultSeverity: 'error',
    category: 'correctness',
    anchor: 'the error position',
  },
  check({ language, problems }): Diagnostic[] {
    return problems.map((p) => ({
      rule: 'syntax-error',
      severity: p.severity ?? 'error',
      span: p.span,
      message: `${language}: ${p.message.replace(/[.\s]+$/, '')}. The linter cannot show this file is safe until it parses.`,
      fingerprintKey: p.message,
    }));
  },
};
