/**
 * precheck-override as a RuleTester table, against policies/example.yml (prod: log backup
 * `pitr-prod`, changefeeds `prod-to-dr` → dr for app.*, billing.* but not app.tmp_*, and
 * `prod-to-kafka` for billing.*; `scratch.*` and `app.tmp_*` exempt from everything; dr guards
 * nothing). Its severity is computed: an error while a gap remains, a notice once the documented
 * procedure is followed, so the notices are invalid cases with `severity: 'notice'`.
 *
 * TiDB conformance: the override is `check-requirements = false` for Lightning (pingcap/tidb
 * br/pkg/lightning/config/config.go `CheckRequirements`) and `DISABLE_PRECHECK` for IMPORT INTO,
 * a flag TiDB accepts from v8.0.0 (pkg/executor/importer/import.go `disablePrecheckOption`); on a
 * v6.5.x cluster whether a changefeed blocks is not established (br/pkg/utils/cdc.go), and the
 * message says the precheck would find it only "if it blocks on this version".
 */
import { rule } from '../../src/lint/rules/precheck-override.js';
import { SIMPLE_POLICY } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LOCAL = (extra = '', filter = "['app.orders']", backend = 'local') =>
  `[lightning]\n${extra}\n[tikv-importer]\nbackend = "${backend}"\n\n[mydumper]\ndata-source-dir = "s3://dumps/orders"\nfilter = ${filter}\n`;
const OVERRIDE = 'check-requirements = false';
const IMPORT = (table: string, source = 's3://b/o.csv') => `IMPORT INTO ${table} FROM '${source}' WITH DISABLE_PRECHECK;\n`;
const BACKUP = (table: string) => `BACKUP TABLE ${table} TO 's3://bk/';\n`;

ruleTester(rule, {
  valid: [
    { name: 'no override: precheck-blocks-import instead', files: { 'deploy/prod/a.toml': LOCAL() } },
    { name: 'an override on dr, which nothing guards: unnecessary-override instead', files: { 'deploy/dr/a.toml': LOCAL(OVERRIDE) } },
    { name: 'an override on a logical job', files: { 'deploy/prod/a.toml': LOCAL(OVERRIDE, "['app.orders']", 'tidb') } },
    {
      name: 'the documented procedure followed is a notice at most',
      files: {
        'migrations/prod/a.sql': IMPORT('app.orders') + BACKUP('app.orders'),
        'deploy/dr/a.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv';\n",
      },
      allowNotices: true,
    },
  ],
  invalid: [
    {
      name: 'DISABLE_PRECHECK and nothing else: an error at the option',
      files: { 'migrations/prod/a.sql': IMPORT('app.orders') },
      errors: [
        {
          messageId: 'incomplete',
          line: 1,
          column: 49,
          severity: 'error',
          cluster: 'prod',
          tables: ['app.orders'],
          mentions: [
            '`DISABLE_PRECHECK` on cluster `prod` leaves gaps in log backup `pitr-prod` and changefeed `prod-to-dr`',
            'no snapshot backup after the import',
          ],
        },
      ],
    },
    {
      name: 'check-requirements = false in Lightning: at the key',
      files: { 'deploy/prod/a.toml': LOCAL(OVERRIDE) },
      errors: [
        { messageId: 'incomplete', line: 2, column: 1, cluster: 'prod', mentions: ['`check-requirements = false`', 'backend = "tidb"'] },
      ],
    },
    {
      name: 'a snapshot backup alone leaves the changefeeds',
      files: { 'migrations/prod/a.sql': IMPORT('billing.invoices') + BACKUP('billing.invoices') },
      errors: [
        {
          messageId: 'incomplete',
          line: 1,
          severity: 'error',
          mentions: ['leaves gaps in changefeeds `prod-to-dr` and `prod-to-kafka`'],
        },
      ],
    },
    {
      name: 'a downstream import of other data is no remedy',
      files: {
        'migrations/prod/a.sql': IMPORT('app.orders') + BACKUP('app.orders'),
        'deploy/dr/a.sql': "IMPORT INTO app.orders FROM 's3://b/other.csv';\n",
      },
      errors: [{ messageId: 'incomplete', line: 1, severity: 'error', mentions: ['changefeed `prod-to-dr`'] }],
    },
    {
      name: 'the documented procedure followed: a notice naming both remedies',
      files: {
        'migrations/prod/a.sql': IMPORT('app.orders') + BACKUP('app.orders'),
        'deploy/dr/a.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv';\n",
      },
      errors: [
        {
          messageId: 'followed',
          line: 1,
          column: 49,
          severity: 'notice',
          cluster: 'prod',
          mentions: ['the documented procedure is followed', 'log backup `pitr-prod`', 'changefeed `prod-to-dr`'],
        },
      ],
    },
    {
      name: 'every written table exempt: a notice',
      files: { 'deploy/prod/a.toml': LOCAL(OVERRIDE, "['scratch.*']") },
      errors: [{ messageId: 'followed', line: 2, column: 1, severity: 'notice', mentions: ['every written table is exempt'] }],
    },
    {
      name: 'every gap covered by a reviewed waiver: a notice naming it',
      files: { 'migrations/a.sql': IMPORT('audit.events') },
      policy:
        'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["migrations/**"] }\n    log_backup: { enabled: true, task: pitr-prod }\n' +
        'waivers:\n  - rule: log-backup-gap\n    paths: ["migrations/a.sql"]\n    reason: "CHG-1240: snapshot by the DBA team"\n',
      errors: [
        {
          messageId: 'excepted',
          line: 1,
          severity: 'notice',
          mentions: ['reviewed exceptions cover the gaps in log backup `pitr-prod`', 'CHG-1240: snapshot by the DBA team'],
        },
      ],
    },
    {
      name: 'a waiver covering one gap of two keeps it an error',
      files: { 'migrations/prod/a.sql': IMPORT('billing.t') },
      policy: `${SIMPLE_POLICY}waivers:\n  - rule: log-backup-gap\n    paths: ["migrations/prod/**"]\n    reason: "CHG-1: snapshot after the import"\n`,
      errors: [{ messageId: 'incomplete', line: 1, severity: 'error' }],
    },
    {
      name: 'TiDB conformance: v6.5.x changefeeds may not block, and the message says so',
      files: { 'a.toml': LOCAL(OVERRIDE) },
      policy:
        'version: 1\nclusters:\n  c:\n    tidb_version: "6.5.3"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n' +
        '    changefeeds:\n      - id: c-to-dr\n        rules: ["app.*"]\n        downstream: { kind: tidb }\n',
      errors: [{ messageId: 'incomplete', line: 2, cluster: 'c', mentions: ['changefeed `c-to-dr`', 'if it blocks on this version'] }],
    },
    {
      name: 'TiDB conformance: on v6.5.0 a TiCDC server alone guards (br/pkg/utils/cdc.go), and no table needs a remedy',
      files: { 'a.toml': LOCAL(OVERRIDE) },
      policy:
        'version: 1\nclusters:\n  c:\n    tidb_version: "6.5.0"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n    ticdc: true\n',
      errors: [{ messageId: 'nothingToProtect', line: 2, severity: 'notice', cluster: 'c', mentions: ['no table needs a remedy today'] }],
    },
  ],
});
