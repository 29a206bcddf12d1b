/** unsupported-on-version as a RuleTester table (prod and dr run TiDB v8.5.1, legacy v7.1.0). */
import { rule } from '../../src/lint/rules/unsupported-on-version.js';
import { EXAMPLE_POLICY } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The legacy cluster on v7.3.0, where IMPORT INTO is experimental. */
const TIDB_7_3 = EXAMPLE_POLICY.replace('tidb_version: "7.1.0"', 'tidb_version: "7.3.0"');

ruleTester(rule, {
  valid: [
    { name: 'IMPORT INTO on v8.5.1', files: { 'migrations/prod/a.sql': "IMPORT INTO app.t FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;\n" } },
    {
      name: 'a removed Lightning key is invalid-lightning-config, not this rule',
      files: { 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "tidb"\nduplicate-detection = true\n' },
    },
    {
      name: 'a deprecated Lightning key is deprecated-lightning-key, not this rule',
      files: { 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "tidb"\nincremental-import = true\n' },
    },
  ],
  invalid: [
    {
      name: 'IMPORT INTO and DISABLE_PRECHECK on v7.1.0',
      files: { 'migrations/legacy/a.sql': "IMPORT INTO app.t FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;\n" },
      errors: [
        { messageId: 'tooNew', line: 1, column: 1, cluster: 'legacy', mentions: ['needs TiDB v7.2.0'] },
        { messageId: 'tooNew', line: 1, cluster: 'legacy', mentions: ['v8.0.0'] },
      ],
    },
    {
      name: 'GROUP_KEY, in no release yet',
      files: { 'migrations/prod/a.sql': "IMPORT INTO app.t FROM 's3://b/x.csv' WITH GROUP_KEY='g';\n" },
      errors: [{ messageId: 'refused', line: 1, cluster: 'prod', mentions: ['PR #62369'] }],
    },
    {
      name: 'a backend only development builds have',
      files: { 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "remote"\n' },
      errors: [{ messageId: 'unreleased', line: 2, cluster: 'prod', mentions: ['unreleased builds', 'use `local`'] }],
    },
    {
      name: 'IMPORT INTO while it is experimental',
      files: { 'migrations/legacy/a.sql': "IMPORT INTO app.t FROM 's3://b/x.csv';\n" },
      policy: TIDB_7_3,
      errors: [
        { messageId: 'experimental', line: 1, severity: 'warning', cluster: 'legacy', mentions: ['generally available from v7.5.0'] },
      ],
    },
  ],
});
