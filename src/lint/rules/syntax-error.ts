import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { ParseSubject } from './stages.js';
import { report } from './report.js';

export const rule: Rule<ParseSubject, 'unparsable'> = {
  id: 'syntax-error',
  meta: {
    description: 'A SQL, TOML or YAML file in scope that cannot be read or parsed.',
    rationale: 'A file the linter cannot read cannot be shown safe, so it fails the check instead of passing silently.',
    defaultSeverity: 'error',
    category: 'correctness',
    stage: 'parse',
    anchor: 'the error position',
    docs: 'docs/rules/syntax-error.md',
    summary: 'a file in scope that cannot be read or parsed',
    messages: {
      unparsable: { message: '{{language}}: {{problem}}', help: 'fix the file: the linter cannot show it is safe until it parses' },
    },
  },
  check({ language, problems }): Diagnostic[] {
    return problems.map((p) =>
      report(
        rule,
        'unparsable',
        { language, problem: p.message.replace(/[.\s]+$/, '') },
        {
          ...(p.severity ? { severity: p.severity } : {}),
          span: p.span,
          fingerprintKey: p.message,
        },
      ),
    );
  },
};
