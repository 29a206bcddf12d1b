/** log-backup-gap as a RuleTester table, against policies/example.yml (prod: log backup `pitr-prod`). */
import { rule } from '../../src/lint/rules/log-backup-gap.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LIGHTNING = (extra: string, filter = "['crm.*']") =>
  `[lightning]\n${extra}\n[tikv-importer]\nbackend = "local"\n\n[mydumper]\ndata-source-dir = "s3://dumps/crm"\nfilter = ${filter}\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'a snapshot backup after the import',
      files: {
        'migrations/prod/a.sql': "IMPORT INTO crm.c FROM 's3://b/c.csv' WITH DISABLE_PRECHECK;\nBACKUP TABLE crm.c TO 's3://bk/';\n",
      },
    },
    {
      name: 'a BACKUP DATABASE after the import',
      files: {
        'migrations/prod/a.sql': "IMPORT INTO crm.c FROM 's3://b/c.csv' WITH DISABLE_PRECHECK;\nBACKUP DATABASE crm TO 's3://bk/';\n",
      },
    },
    { name: 'tables exempt from log backup', files: { 'deploy/prod/a.toml': LIGHTNING('check-requirements = false', "['scratch.*']") } },
    { name: 'logical mode', files: { 'deploy/prod/a.toml': LIGHTNING('').replace('"local"', '"tidb"') } },
    {
      name: 'a cluster without log backup',
      files: { 'deploy/dr/a.sql': "IMPORT INTO crm.c FROM 's3://b/c.csv' WITH DISABLE_PRECHECK;\n" },
    },
  ],
  invalid: [
    {
      name: 'DISABLE_PRECHECK and no snapshot',
      files: { 'migrations/prod/a.sql': "USE crm;\nIMPORT INTO customers FROM 's3://b/c.csv' WITH DISABLE_PRECHECK;\n" },
      errors: [
        { messageId: 'gap', line: 2, column: 1, cluster: 'prod', mentions: ['`pitr-prod`', "BACKUP TABLE crm.customers TO '<storage>';"] },
      ],
    },
    {
      name: 'a BACKUP before the import does not count',
      files: {
        'migrations/prod/a.sql': "BACKUP TABLE crm.c TO 's3://bk/';\nIMPORT INTO crm.c FROM 's3://b/c.csv' WITH DISABLE_PRECHECK;\n",
      },
      errors: [{ messageId: 'gap', line: 2 }],
    },
    {
      name: 'a DETACHED import returns before its rows exist',
      files: {
        'migrations/prod/a.sql':
          "IMPORT INTO crm.c FROM 's3://b/c.csv' WITH DISABLE_PRECHECK, DETACHED;\nBACKUP TABLE crm.c TO 's3://bk/';\n",
      },
      errors: [{ messageId: 'gapDetached', line: 1, mentions: ['`WITH DETACHED` returns at once'] }],
    },
    {
      name: 'a Lightning filter suggests br backup full',
      files: { 'deploy/prod/a.toml': LIGHTNING('check-requirements = false') },
      errors: [{ messageId: 'gap', line: 4, severity: 'error', mentions: ["br backup full --filter 'crm.*'"] }],
    },
  ],
});
