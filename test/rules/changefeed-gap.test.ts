/** changefeed-gap as a RuleTester table (prod: `prod-to-dr` → cluster dr for app.*, billing.*; `prod-to-kafka` → kafka for billing.*). */
import { rule } from '../../src/lint/rules/changefeed-gap.js';
import { ruleTester } from '../helpers/rule-tester.js';

const IMPORT = (table: string) => `IMPORT INTO ${table} FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;\nBACKUP TABLE ${table} TO 's3://bk/';\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'the same import into the downstream cluster',
      files: { 'migrations/prod/a.sql': IMPORT('app.orders'), 'deploy/dr/a.sql': "IMPORT INTO app.orders FROM 's3://b/x.csv';\n" },
    },
    { name: 'a table no changefeed replicates', files: { 'migrations/prod/a.sql': IMPORT('crm.c') } },
    { name: 'a table excluded by the changefeed rules', files: { 'migrations/prod/a.sql': IMPORT('app.tmp_x') } },
  ],
  invalid: [
    {
      name: 'a replicated table and no downstream import',
      files: { 'migrations/prod/a.sql': IMPORT('app.orders') },
      errors: [{ messageId: 'toCluster', line: 1, column: 1, cluster: 'prod', mentions: ['`prod-to-dr`', '`dr`'] }],
    },
    {
      name: 'one finding per changefeed: dr and kafka',
      files: { 'migrations/prod/a.sql': IMPORT('billing.invoices') },
      errors: [
        { messageId: 'toCluster', line: 1, mentions: ['`prod-to-dr`'] },
        { messageId: 'toSink', line: 1, mentions: ['`prod-to-kafka`', 'bulk loader'] },
      ],
    },
  ],
});
