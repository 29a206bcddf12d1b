/**
 * syntax-error for a file in scope the shell could not read whole (rules.md: "cannot be read
 * whole"), as a RuleTester table: built by src/shells/shell-findings.ts from the rule's templates.
 */
import { rule } from '../../src/lint/rules/syntax-error.js';
import { SIMPLE_POLICY } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SMALL_LIMIT = SIMPLE_POLICY.replace('max_file_bytes: 10MiB', 'max_file_bytes: 1000');
const LOGICAL = '[tikv-importer]\nbackend = "tidb"\n';

ruleTester(rule, {
  valid: [
    { name: 'a file under the limit', files: { 'deploy/prod/a.toml': LOGICAL }, policy: SMALL_LIMIT },
    {
      name: 'a changed file that is in the workspace',
      files: { 'deploy/prod/a.toml': LOGICAL },
      changedFiles: ['deploy/prod/a.toml'],
    },
  ],
  invalid: [
    {
      name: 'a config over scan.max_file_bytes',
      files: { 'deploy/prod/a.toml': `${LOGICAL}# ${'x'.repeat(1100)}\n` },
      policy: SMALL_LIMIT,
      errors: [{ messageId: 'overMaxFileBytes', line: 1, file: 'deploy/prod/a.toml', mentions: ['(1000 bytes)', 'raise the limit'] }],
    },
    {
      name: 'a changed file missing from the workspace',
      files: {},
      changedFiles: ['migrations/prod/gone.sql'],
      errors: [{ messageId: 'notInWorkspace', line: 1, file: 'migrations/prod/gone.sql', mentions: ['sparse or partial checkout'] }],
    },
    {
      name: 'standard input that could not be read',
      files: {},
      stdin: { path: 'migrations/prod/in.sql', read: () => ({ ok: false, reason: 'was closed' }) },
      errors: [{ messageId: 'stdinUnreadable', line: 1, mentions: ['standard input was closed', 'give the whole file'] }],
    },
  ],
});
