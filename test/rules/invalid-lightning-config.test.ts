/** invalid-lightning-config as a RuleTester table: one message per check of src/parse/lightning/validate.ts, and removed keys per cluster. */
import { rule } from '../../src/lint/rules/invalid-lightning-config.js';
import { EXAMPLE_POLICY } from '../helpers/repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

const toml = (...lines: string[]): Record<string, string> => ({ 'deploy/dr/a.toml': lines.map((l) => `${l}\n`).join('') });
const LOGICAL = ['[tikv-importer]', 'backend = "tidb"', '[mydumper]', 'data-source-dir = "/d"'];
/** The legacy cluster on Lightning v6.0.0, before the `importer` backend was removed (v6.1.0). */
const LIGHTNING_6_0 = EXAMPLE_POLICY.replace('tidb_version: "7.1.0"', 'tidb_version: "6.0.0"');

ruleTester(rule, {
  valid: [
    { name: 'a logical import', files: toml(...LOGICAL) },
    { name: 'a fragment with no backend (given on the command line)', files: toml('[tidb]', 'host = "h"') },
    {
      name: 'the importer backend before it was removed',
      files: { 'deploy/legacy/a.toml': '[tikv-importer]\nbackend = "importer"\n' },
      policy: LIGHTNING_6_0,
    },
  ],
  invalid: [
    {
      name: 'unknown keys, with each kind of suggestion',
      files: toml(
        'qwertyuiopasdf = 1',
        '[lightning]',
        'check-requirement = false',
        ...LOGICAL.slice(0, 2),
        'check-requirements = false',
        ...LOGICAL.slice(2),
        '[route-rules]',
      ),
      errors: [
        { messageId: 'unknownKey', line: 1, column: 1, mentions: ['`qwertyuiopasdf`', 'remove it or fix its spelling'] },
        { messageId: 'unknownKeyNear', line: 3, mentions: ['did you mean `check-requirements`?'] },
        { messageId: 'unknownKeyElsewhere', line: 6, mentions: ['(`check-requirements` belongs in [lightning])'] },
        { messageId: 'unknownKeyLegacy', line: 9, mentions: ['is now `[[routes]]`'] },
      ],
    },
    {
      name: 'a max-error table key, a wrong type, a value not in the list',
      files: toml('[lightning]', 'max-error = { syntax = 1 }', 'level = 1', '[checkpoint]', 'driver = "redis"', ...LOGICAL),
      errors: [
        { messageId: 'maxErrorKey', line: 2, mentions: ['only `type` is read'] },
        {
          messageId: 'wrongType',
          line: 3,
          mentions: ['`lightning.level` must be a string, not an integer', 'change the value to a string'],
        },
        { messageId: 'badValue', line: 5, mentions: ['"file", "mysql"'] },
      ],
    },
    {
      name: 'no backend in a config with [mydumper]',
      files: toml('[mydumper]', 'data-source-dir = "/d"'),
      errors: [{ messageId: 'backendMissing', line: 1, mentions: ['Set `backend = "tidb"`'] }],
    },
    {
      name: 'an empty backend',
      files: toml('[tikv-importer]', 'backend = ""', '[mydumper]', 'data-source-dir = "/d"'),
      errors: [{ messageId: 'backendEmpty', line: 2 }],
    },
    {
      name: 'a backend Lightning does not have',
      files: toml('[tikv-importer]', 'backend = "spark"', '[mydumper]', 'data-source-dir = "/d"'),
      errors: [{ messageId: 'unknownBackend', line: 2, column: 11, mentions: ['`backend = "spark"`'] }],
    },
    {
      name: 'routes without their patterns',
      files: toml(...LOGICAL, '[[routes]]', 'schema-pattern = "a"', '[[routes]]', 'target-schema = "b"'),
      errors: [
        { messageId: 'routeIncomplete', line: 5, mentions: ['`routes[0]` has no `target-schema`', 'add `target-schema`'] },
        { messageId: 'routeIncomplete', line: 7, mentions: ['`routes[1]` has no `schema-pattern`'] },
      ],
    },
    {
      name: 'routes and file rules together',
      files: toml(
        ...LOGICAL,
        '[[mydumper.files]]',
        'pattern = "x"',
        'schema = "a"',
        'table = "t"',
        'type = "csv"',
        '[[routes]]',
        'schema-pattern = "a"',
        'target-schema = "b"',
      ),
      errors: [{ messageId: 'routesWithFiles', line: 10 }],
    },
    {
      name: 'conflicting settings of the local backend',
      files: toml(
        '[tikv-importer]',
        'backend = "local"',
        'duplicate-resolution = "remove"',
        'add-index-by-sql = true',
        'parallel-import = true',
        '[mydumper]',
        'data-source-dir = "/d"',
        '[conflict]',
        'strategy = "ignore"',
      ),
      errors: [
        { messageId: 'duplicateResolutionWith', line: 3, mentions: ['`conflict.strategy`'] },
        { messageId: 'addIndexWithParallel', line: 4 },
        { messageId: 'ignoreWithLocal', line: 9, mentions: ['`conflict.strategy = "ignore"`'] },
      ],
    },
    {
      name: 'a threshold with the "error" strategy, and a physical-only precheck on the tidb backend',
      files: toml(...LOGICAL, '[conflict]', 'strategy = "error"', 'threshold = 5', 'precheck-conflict-before-import = true'),
      errors: [
        { messageId: 'thresholdWithError', line: 7, mentions: ['`conflict.strategy` = "error"'] },
        { messageId: 'precheckConflictWithTidb', line: 8, mentions: ['physical import only'] },
      ],
    },
    {
      name: 'a threshold with the tidb backend and no strategy',
      files: toml(...LOGICAL, '[conflict]', 'threshold = 5'),
      errors: [{ messageId: 'thresholdWithTidbDefault', line: 6 }],
    },
    {
      name: 'a filter rule that does not parse',
      files: toml(...LOGICAL, 'filter = ["[bad", "a.*"]'),
      errors: [{ messageId: 'badFilter', line: 5, column: 11 }],
    },
    {
      name: 'keys and backends removed before the cluster’s Lightning',
      files: {
        'deploy/prod/a.toml': '[tikv-importer]\nbackend = "importer"\nduplicate-detection = true\n[mydumper]\ndata-source-dir = "/d"\n',
      },
      errors: [
        { messageId: 'removed', line: 2, cluster: 'prod', mentions: ['removed in TiDB Lightning v6.1.0', 'use `backend = "local"`'] },
        { messageId: 'removed', line: 3, cluster: 'prod', mentions: ['v5.3.0'] },
      ],
    },
  ],
});
