/**
 * precheck-blocks-import as a RuleTester table, against policies/example.yml (prod: TiDB v8.5.1,
 * log backup `pitr-prod`, changefeeds `prod-to-dr`, `prod-to-kafka`; dr: nothing; legacy: v7.1.0
 * with log backup `pitr-legacy`) and small policies of its own for the version cases.
 *
 * What blocks, by version (TiDB conformance): pingcap/tidb br/pkg/utils/cdc.go — v6.5.0 blocks on
 * any TiCDC capture (issue #41040), v6.6.0 on changefeeds in `normal`, `stopped`, `error`
 * (PR #41076) — and pkg/util/cdcutil/cdc.go from v8.2.0 on `normal`, `running`, `warning`,
 * `stopped`, `error`, `failed` (PRs #53121, #53482). Lightning runs the check
 * (`CHECK_TARGET_USING_CDC_PITR`, br/pkg/lightning/importer/precheck_impl.go) from v6.5.0; IMPORT
 * INTO from its first release, v7.2.0 (executor/importer/precheck.go, PR #44313), and takes
 * `DISABLE_PRECHECK` only from v8.0.0.
 */
import { rule } from '../../src/lint/rules/precheck-blocks-import.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LOCAL = (extra = '', filter = "['app.orders']") =>
  `[lightning]\n${extra}\n[tikv-importer]\nbackend = "local"\n\n[mydumper]\ndata-source-dir = "s3://dumps/orders"\nfilter = ${filter}\n`;

/** One cluster at `version`, matching every path, guarded by `guards` (YAML lines under the cluster). */
const POLICY = (version: string, guards: string, key = 'tidb_version') =>
  `version: 1\nclusters:\n  c:\n    ${key}: "${version}"\n${key === 'tidb_version' ? '' : '    tidb_version: "8.5.1"\n'}    match: { paths: ["**"] }\n${guards}`;
const LOG_BACKUP = '    log_backup: { enabled: true, task: pitr-c }\n';
const FEED = (state: string) =>
  `    log_backup: { enabled: false }\n    changefeeds:\n      - id: c-to-kafka\n        rules: ["app.*"]\n        state: ${state}\n        downstream: { kind: kafka }\n`;

ruleTester(rule, {
  valid: [
    { name: 'logical Lightning into prod', files: { 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "tidb"\n' } },
    { name: 'physical Lightning into dr, which nothing guards', files: { 'deploy/dr/a.toml': LOCAL() } },
    { name: 'IMPORT INTO dr', files: { 'deploy/dr/a.sql': "IMPORT INTO app.events FROM 's3://b/e.csv';\n" } },
    {
      name: 'an explicit Lightning override (precheck-override judges it)',
      files: { 'deploy/prod/a.toml': LOCAL('check-requirements = false', "['scratch.*']") },
    },
    {
      name: 'DISABLE_PRECHECK on v8.5.1',
      files: { 'migrations/prod/a.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n" },
    },
    {
      name: 'Lightning v6.4.0 has no precheck (the gap rules report it)',
      files: { 'a.toml': LOCAL() },
      policy: POLICY('6.4.0', LOG_BACKUP),
    },
    {
      name: 'lightning_version below v6.5.0 decides for Lightning, not tidb_version',
      files: { 'a.toml': LOCAL() },
      policy: POLICY('6.1.0', LOG_BACKUP, 'lightning_version'),
    },
    {
      name: 'TiDB conformance: a `failed` changefeed does not block on v7.5.1 (br/pkg/utils/cdc.go)',
      files: { 'a.sql': "IMPORT INTO app.t FROM 's3://b/t.csv';\n" },
      policy: POLICY('7.5.1', FEED('failed')),
    },
    {
      name: 'a `finished` changefeed blocks nothing',
      files: { 'a.toml': LOCAL() },
      policy: POLICY('8.5.1', FEED('finished')),
    },
  ],
  invalid: [
    {
      name: 'physical Lightning into prod, at the backend key',
      files: { 'deploy/prod/a.toml': LOCAL() },
      errors: [
        {
          messageId: 'lightning',
          line: 4,
          column: 1,
          endColumn: 18,
          severity: 'error',
          cluster: 'prod',
          tables: ['app.orders'],
          fix: { title: 'Use logical import mode', replacement: 'backend = "tidb"' },
          mentions: ['`pitr-prod`', '`prod-to-dr`', 'backend = "tidb"'],
        },
      ],
    },
    {
      name: 'no backend: at the [tikv-importer] header',
      files: { 'deploy/prod/a.toml': '[mydumper]\ndata-source-dir = "/d"\n\n[tikv-importer]\nsorted-kv-dir = "/x"\n' },
      errors: [{ messageId: 'lightning', line: 4, column: 1, cluster: 'prod' }],
    },
    {
      name: 'no [tikv-importer] section: at line 1',
      files: { 'deploy/prod/a.toml': '[mydumper]\ndata-source-dir = "/d"\n' },
      errors: [{ messageId: 'lightning', line: 1, column: 1, cluster: 'prod' }],
    },
    {
      name: 'IMPORT INTO on prod, at the IMPORT keyword',
      files: { 'migrations/prod/1.sql': "USE app;\n  IMPORT INTO orders FROM 's3://b/o.csv';\n" },
      errors: [{ messageId: 'importInto', line: 2, column: 3, cluster: 'prod', mentions: ['error 8173', 'DISABLE_PRECHECK'] }],
    },
    {
      name: 'IMPORT INTO on legacy v7.1.0: no override exists there',
      files: { 'migrations/legacy/1.sql': "IMPORT INTO reports.x FROM 's3://b/x.csv';\n" },
      errors: [
        {
          messageId: 'importIntoNoOverride',
          line: 1,
          column: 1,
          cluster: 'legacy',
          tables: ['reports.x'],
          mentions: [
            'Cluster `legacy` will reject this IMPORT INTO (error 8173): log backup task `pitr-legacy` blocks the precheck',
            'no override exists on TiDB v7.1.0',
          ],
        },
      ],
    },
    {
      name: 'TiDB conformance: DISABLE_PRECHECK before v8.0.0 is rejected, so the import is still blocked',
      files: { 'a.sql': "IMPORT INTO app.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK;\n" },
      policy: POLICY('7.5.1', LOG_BACKUP),
      errors: [{ messageId: 'importIntoNoOverride', line: 1, column: 1, cluster: 'c' }],
    },
    {
      name: 'TiDB conformance: v6.5.0 blocks on a TiCDC server alone (br/pkg/utils/cdc.go, issue #41040)',
      files: { 'a.toml': LOCAL() },
      policy: POLICY('6.5.0', '    log_backup: { enabled: false }\n    ticdc: true\n'),
      errors: [{ messageId: 'lightning', line: 4, cluster: 'c' }],
    },
    {
      name: 'TiDB conformance: a `failed` changefeed blocks from v8.2.0 (pkg/util/cdcutil/cdc.go)',
      files: { 'a.sql': "IMPORT INTO app.t FROM 's3://b/t.csv';\n" },
      policy: POLICY('8.2.0', FEED('failed')),
      errors: [{ messageId: 'importInto', line: 1, cluster: 'c', mentions: ['`c-to-kafka`'] }],
    },
    {
      name: 'where blocking is not established (v6.5.x changefeeds), the job may be rejected',
      files: { 'a.toml': LOCAL() },
      policy: POLICY('6.5.3', FEED('normal')),
      errors: [{ messageId: 'lightning', line: 4, cluster: 'c', mentions: ['may reject', 'runs unchecked'] }],
    },
    {
      name: 'one finding per file and cluster',
      files: {
        'deploy/prod/a.toml': LOCAL(),
        'migrations/prod/b.sql': "IMPORT INTO app.a FROM 's3://b/a.csv';\nIMPORT INTO app.b FROM 's3://b/b.csv';\n",
      },
      errors: [
        { messageId: 'lightning', line: 4, file: 'deploy/prod/a.toml' },
        { messageId: 'importInto', line: 1, file: 'migrations/prod/b.sql' },
        { messageId: 'importInto', line: 2, file: 'migrations/prod/b.sql' },
      ],
    },
  ],
});
