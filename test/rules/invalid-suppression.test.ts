/** invalid-suppression as a RuleTester table: one message per problem of the directive parser. */
import { rule } from '../../src/lint/rules/invalid-suppression.js';
import { ruleTester } from '../helpers/rule-tester.js';

const IMPORT = "IMPORT INTO app.orders FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;\n";
const withDirective = (directive: string): Record<string, string> => ({ 'migrations/prod/a.sql': `-- ${directive}\n${IMPORT}` });

ruleTester(rule, {
  valid: [
    {
      name: 'a suppression with a rule and a reason',
      files: withDirective('tidb-import-guard-ignore log-backup-gap: restored from snapshot'),
    },
    { name: 'a cluster directive', files: withDirective('tidb-import-guard: cluster=prod') },
    { name: 'a suppression with a real until date', files: withDirective('tidb-import-guard-ignore log-backup-gap: ok until=2026-12-31') },
  ],
  invalid: [
    {
      name: 'a cluster directive without cluster=',
      files: withDirective('tidb-import-guard: clusters prod'),
      errors: [{ messageId: 'malformedCluster', line: 1, column: 1, mentions: ['cluster=<name>'] }],
    },
    {
      name: 'an unknown directive',
      files: withDirective('tidb-import-guard-ignores log-backup-gap: x'),
      errors: [{ messageId: 'unknownDirective', line: 1, mentions: ['`tidb-import-guard-ignores`'] }],
    },
    {
      name: 'no colon, so no reason',
      files: withDirective('tidb-import-guard-ignore log-backup-gap'),
      errors: [{ messageId: 'noReason', line: 1, mentions: ['<why this is safe>'] }],
    },
    { name: 'no rule', files: withDirective('tidb-import-guard-ignore : because'), errors: [{ messageId: 'noRule', line: 1 }] },
    {
      name: 'an unknown rule nothing is close to',
      files: withDirective('tidb-import-guard-ignore frobnicate: x'),
      errors: [{ messageId: 'unknownRule', line: 1, mentions: ['`frobnicate`', '`tidb-import-guard rules`'] }],
    },
    {
      name: 'a misspelt rule',
      files: withDirective('tidb-import-guard-ignore log-backup-gaps: x'),
      errors: [{ messageId: 'unknownRuleNear', line: 1, mentions: ['did you mean `log-backup-gap`?'] }],
    },
    {
      name: 'several unknown rules, one of them misspelt',
      files: withDirective('tidb-import-guard-ignore log-backup-gaps, frobnicate: x'),
      errors: [
        { messageId: 'unknownRuleNear', line: 1, mentions: ['`log-backup-gaps`, `frobnicate`', '`log-backup-gap` for `log-backup-gaps`'] },
      ],
    },
    {
      name: 'an empty reason',
      files: withDirective('tidb-import-guard-ignore log-backup-gap:'),
      errors: [{ messageId: 'emptyReason', line: 1 }],
    },
    {
      name: 'a date that does not exist',
      files: withDirective('tidb-import-guard-ignore log-backup-gap: fine until=2026-13-01'),
      errors: [{ messageId: 'badDate', line: 1, mentions: ['`until=2026-13-01`', 'until=YYYY-MM-DD'] }],
    },
  ],
});
