import type { Diagnostic, Span } from '../../core/types.js';
import type { Rule } from './types.js';

export interface ImportIntoSubject {
  readonly problems: readonly { readonly code: number; readonly message: string; readonly span: Span }[];
}

export const rule: Rule<ImportIntoSubject> = {
  id: 'invalid-import-into',
  meta: {
    description: 'An IMPORT INTO statement TiDB would reject: bad options, formats, locations, SELECT-source restrictions, or an explicit transaction.',
    rationale: 'A migration that fails on TiDB is better found at review time than when it runs.',
    defaultSeverity: 'error',
    category: 'correctness',
    anchor: 'the offending token',
  },
  check: ({ problems }): Diagnostic[] =>
    problems.map((p) => ({
      rule: 'invalid-import-into',
      severity: 'error',
      span: p.span,
      message: p.message,
      fingerprintKey: `${p.code}:${p.message}`,
    })),
};
