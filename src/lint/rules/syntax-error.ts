import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { ParseSubject } from './stages.js';
import { report } from './report.js';

/** The shell's findings for a file it could not read whole (src/shells/shell-findings.ts). */
export type UnreadMessageId =
  | 'notInWorkspace'
  | 'directoryUnreadable'
  | 'stdinUnreadable'
  | 'overMaxFileBytes'
  | 'overHoldLimit'
  | 'unreadable';

export const rule: Rule<ParseSubject, 'unparsable' | UnreadMessageId> = {
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
      // A file in scope the shell could not read whole: it cannot be shown safe (rules.md, `syntax-error`).
      notInWorkspace: {
        message:
          'not read: the change adds or modifies this file, but it is not in the workspace (a sparse or partial checkout?), so it cannot be shown safe',
        help: 'check out the whole pull request head (no sparse or partial checkout) so every changed file can be read',
      },
      directoryUnreadable: {
        message: 'This directory {{reason}}',
        help: 'make the directory readable to the linter, or exclude it with `scan.exclude` in the policy',
      },
      stdinUnreadable: {
        message: 'not read: standard input {{reason}}, so it cannot be shown safe',
        help: 'give the whole file on standard input',
      },
      overMaxFileBytes: {
        message: 'not read: {{size}} is over `scan.max_file_bytes` ({{max}}), so it cannot be shown safe',
        help: 'raise the limit or exclude the file',
      },
      overHoldLimit: {
        message:
          'not read: {{size}} is more than the {{limit}} the linter reads a config whole in, whatever `scan.max_file_bytes` allows, so it cannot be shown safe',
        help: 'exclude the file',
      },
      unreadable: {
        message: 'cannot read the file: it {{reason}}',
        help: 'make it a regular file inside the repository that the linter can read, or exclude it with `scan.exclude` in the policy',
      },
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
