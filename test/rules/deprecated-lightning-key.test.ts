/** deprecated-lightning-key as a RuleTester table: deprecations on every version, and those judged per cluster. */
import { rule } from '../../src/lint/rules/deprecated-lightning-key.js';
import { EXAMPLE_POLICY } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LOGICAL = '[tikv-importer]\nbackend = "tidb"\n[mydumper]\ndata-source-dir = "/d"\n';
/** The legacy cluster on Lightning v6.0.0, before the `importer` backend was removed (v6.1.0). */
const LIGHTNING_6_0 = EXAMPLE_POLICY.replace('tidb_version: "7.1.0"', 'tidb_version: "6.0.0"');

ruleTester(rule, {
  valid: [
    { name: 'current spellings', files: { 'deploy/prod/a.toml': `${LOGICAL}[post-restore]\nchecksum = "required"\n` } },
    {
      name: 'a spelling deprecated after the cluster’s Lightning (v7.3.0 on v7.1.0)',
      files: {
        'deploy/legacy/a.toml': '[tikv-importer]\nbackend = "tidb"\nincremental-import = true\n[mydumper]\ndata-source-dir = "/d"\n',
      },
    },
    {
      name: 'a removed backend on a Lightning that refuses it (invalid-lightning-config reports it)',
      files: { 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "importer"\n' },
    },
  ],
  invalid: [
    {
      name: 'deprecated on every version: a key and a boolean level',
      files: { 'deploy/dr/a.toml': `[lightning]\npprof-port = 8289\n${LOGICAL}[post-restore]\nchecksum = true\n` },
      errors: [
        { messageId: 'deprecatedKey', line: 2, column: 1, mentions: ['`lightning.pprof-port` is deprecated', '`status-addr = ":8289"`'] },
        { messageId: 'deprecatedBoolean', line: 8, mentions: ['`post-restore.checksum = true`', 'write `checksum = "required"`'] },
      ],
    },
    {
      name: 'deprecated since the cluster’s Lightning (v7.3.0 on v8.5.1)',
      files: { 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "tidb"\nincremental-import = true\n[mydumper]\ndata-source-dir = "/d"\n' },
      errors: [
        { messageId: 'deprecatedSince', line: 3, cluster: 'prod', mentions: ['since TiDB Lightning v7.3.0', 'use `parallel-import`'] },
      ],
    },
    {
      name: 'the importer backend on a Lightning that still accepts it',
      files: { 'deploy/legacy/a.toml': '[tikv-importer]\nbackend = "importer"\n' },
      policy: LIGHTNING_6_0,
      errors: [{ messageId: 'deprecatedOnVersion', line: 2, cluster: 'legacy', mentions: ['v6.1.0 and later refuse it'] }],
    },
  ],
});
