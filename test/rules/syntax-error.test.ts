/** syntax-error as a RuleTester table. */
import { rule } from '../../src/lint/rules/syntax-error.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'SQL that parses', files: { 'deploy/dr/a.sql': "SELECT 'a';\n" } },
    { name: 'TOML that parses', files: { 'deploy/dr/a.toml': '[tikv-importer]\nbackend = "tidb"\n' } },
  ],
  invalid: [
    {
      name: 'an unterminated SQL string',
      files: { 'deploy/dr/a.sql': "SELECT 1;\nSELECT 'a;\n" },
      errors: [{ messageId: 'unparsable', line: 2, mentions: ['SQL:'] }],
    },
    {
      name: 'a TOML table opened twice',
      files: { 'deploy/dr/a.toml': '[tikv-importer]\nbackend = "tidb"\n[tikv-importer]\n' },
      errors: [{ messageId: 'unparsable', line: 3, mentions: ['TOML:'] }],
    },
  ],
});
