/**
 * invalid-policy as a RuleTester table: the shell reports it when the policy does not load
 * (src/shells/shell-findings.ts), worded by the rule's template.
 */
import { rule } from '../../src/lint/rules/invalid-policy.js';
import { EXAMPLE_POLICY } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

const POLICY = '.github/tidb-import-guard.yml';

ruleTester(rule, {
  valid: [
    { name: 'the example policy', files: {} },
    {
      name: 'a minimal policy',
      files: {},
      policy:
        'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n',
    },
  ],
  invalid: [
    {
      name: 'keys that do not validate',
      files: {},
      policy: 'version: 1\nclusters: 3\nfoo: bar\n',
      errors: [
        {
          messageId: 'problem',
          line: 2,
          column: 11,
          file: POLICY,
          mentions: ['clusters: expected a mapping', 'policies/policy.schema.json'],
        },
        { messageId: 'problem', line: 3, column: 1, file: POLICY, mentions: ['unknown key `foo`'] },
      ],
    },
    {
      name: 'YAML with a key given twice',
      files: {},
      policy: 'version: 1\nfoo: bar\nfoo: baz\n',
      errors: [{ messageId: 'problem', line: 3, mentions: ['Map keys must be unique'] }],
    },
    {
      name: 'a posture snapshot that does not exist',
      files: {},
      policy: EXAMPLE_POLICY.replace('tidb_version: "8.5.1"', 'tidb_version: "8.5.1"\n    posture: nowhere.json'),
      errors: [{ messageId: 'problem', line: 19, mentions: ['snapshot `nowhere.json` does not exist'] }],
    },
  ],
});
