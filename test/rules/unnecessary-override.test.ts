/** unnecessary-override as a RuleTester table. */
import { rule } from '../../src/lint/rules/unnecessary-override.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TOML = (backend: string) =>
  `[lightning]\ncheck-requirements = false\n\n[tikv-importer]\nbackend = "${backend}"\n\n[mydumper]\ndata-source-dir = "/d"\nfilter = ['app.orders']\n`;

ruleTester(rule, {
  valid: [
    { name: 'an override on a guarded cluster is precheck-override, not this', files: { 'deploy/prod/a.toml': TOML('local') } },
    { name: 'no override', files: { 'deploy/dr/a.sql': "IMPORT INTO app.orders FROM 's3://b/x.csv';\n" } },
  ],
  invalid: [
    {
      name: 'an override on a logical import',
      files: { 'deploy/prod/a.toml': TOML('tidb') },
      errors: [{ messageId: 'logical', line: 2, column: 1, severity: 'warning' }],
    },
    {
      name: 'an override on a cluster with nothing to block',
      files: { 'deploy/dr/a.toml': TOML('local') },
      errors: [{ messageId: 'unguarded', line: 2, cluster: 'dr' }],
    },
    {
      name: 'DISABLE_PRECHECK where nothing blocks',
      files: { 'deploy/dr/a.sql': "IMPORT INTO app.orders FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;\n" },
      errors: [{ messageId: 'unguarded', line: 1, mentions: ['skips only the CDC/PITR check'] }],
    },
  ],
});
