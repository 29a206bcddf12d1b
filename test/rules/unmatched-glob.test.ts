/**
 * unmatched-glob as a RuleTester table. Every case brings its own policy (the example policy
 * switches the rule off for the other tables, test/helpers/repo.ts). Globs are picomatch globs
 * with dot files included, against repository-relative paths of the files the scan selects.
 */
import { rule } from '../../src/lint/rules/unmatched-glob.js';
import { POLICY_FILE, ruleTester } from '../helpers/rule-tester.js';

const IMPORT = "IMPORT INTO app.orders FROM 's3://dumps/orders/orders.*.csv' WITH skip_rows = 1;\n";
const FILES = { 'deploy/dr/a.sql': IMPORT };

const POLICY = [
  'version: 1', //                                          1
  'scan:', //                                               2
  '  include: ["**/*.sql", "extra/**/*.toml"]', //          3
  'clusters:', //                                           4
  '  dr:', //                                               5
  '    tidb_version: "8.5.1"', //                           6
  '    match: { paths: ["deploy/dr/**", "deploy/disaster-recovery/**"] }', // 7
  '    log_backup: { enabled: false }', //                  8
  'waivers:', //                                            9
  '  - rule: log-backup-gap', //                            10
  '    paths: ["deploy/dr/*.sql", "old/**"]', //           11
  '    reason: "CHG-1: reloaded nightly"', //               12
  '',
].join('\n');

/** One cluster matching `paths`, and `extra` YAML at the top level. */
const CLUSTER = (paths: string, extra = '') =>
  `version: 1\n${extra}clusters:\n  dr:\n    tidb_version: "8.5.1"\n    match: { paths: [${paths}], hosts: ["tidb.nowhere.internal"] }\n    log_backup: { enabled: false }\n`;

ruleTester(rule, {
  valid: [
    { name: 'every glob selects a file', files: FILES, policy: CLUSTER('"deploy/dr/**"') },
    {
      name: 'a partial run cannot say a glob matches nothing',
      files: FILES,
      policy: POLICY,
      paths: ['deploy/dr/a.sql'],
    },
    { name: 'nor can a pull request scope', files: FILES, policy: POLICY, changedFiles: ['deploy/dr/a.sql'] },
    { name: 'the rule switched off', files: FILES, policy: `${POLICY}rules:\n  unmatched-glob: off\n` },
    {
      name: 'scan.exclude globs and match.hosts are not judged',
      files: FILES,
      policy: CLUSTER('"deploy/**"', 'scan:\n  exclude: ["**/vendor/**"]\n'),
    },
    { name: 'dot files count', files: { '.deploy/dr/a.sql': IMPORT }, policy: CLUSTER('".deploy/**"') },
    {
      name: 'a file that is scanned but holds no import still matches',
      files: { ...FILES, 'deploy/legacy/README.sql': 'SELECT 1;\n' },
      policy: CLUSTER('"deploy/dr/**", "deploy/legacy/*.sql"'),
    },
  ],
  invalid: [
    {
      name: 'each kind of glob, at the glob in the policy',
      files: FILES,
      policy: POLICY,
      errors: [
        {
          messageId: 'unmatched',
          line: 3,
          column: 25,
          file: POLICY_FILE,
          severity: 'warning',
          mentions: ['This `scan.include` glob `extra/**/*.toml`'],
        },
        {
          messageId: 'unmatched',
          line: 7,
          column: 38,
          file: POLICY_FILE,
          mentions: ['This `match.paths` glob `deploy/disaster-recovery/**`'],
        },
        {
          messageId: 'unmatched',
          line: 11,
          column: 32,
          file: POLICY_FILE,
          mentions: ["This waiver's `paths` glob `old/**`", 'fix the pattern'],
        },
      ],
    },
    {
      name: 'a misspelt directory',
      files: FILES,
      policy: CLUSTER('"deploy/dr/**", "deploy/prdo/**"'),
      errors: [{ messageId: 'unmatched', line: 5, file: POLICY_FILE, mentions: ['`deploy/prdo/**`'] }],
    },
    {
      name: 'a match.paths glob that only matches excluded files',
      files: { ...FILES, 'vendor/x/a.sql': IMPORT },
      policy: CLUSTER('"deploy/dr/**", "vendor/**"', 'scan:\n  exclude: ["vendor/**"]\n'),
      errors: [{ messageId: 'unmatched', line: 7, mentions: ['`vendor/**`'] }],
    },
    {
      name: 'a match.paths glob that only matches files outside scan.include',
      files: { ...FILES, 'docs/a.md': '# notes\n' },
      policy: CLUSTER('"deploy/dr/**", "docs/**"'),
      errors: [{ messageId: 'unmatched', line: 5, mentions: ['`docs/**`'] }],
    },
    {
      name: 'the same glob written twice is reported at each place',
      files: FILES,
      policy:
        CLUSTER('"deploy/dr/**", "old/**"') +
        '  legacy:\n    tidb_version: "7.5.1"\n    match: { paths: ["old/**"] }\n    log_backup: { enabled: false }\n',
      errors: [
        { messageId: 'unmatched', line: 5, mentions: ['`old/**`'] },
        { messageId: 'unmatched', line: 9, mentions: ['`old/**`'] },
      ],
    },
    {
      name: 'the policy sets its severity',
      files: FILES,
      policy: `${CLUSTER('"deploy/dr/**", "old/**"')}rules:\n  unmatched-glob: error\n`,
      errors: [{ messageId: 'unmatched', line: 5, severity: 'error' }],
    },
  ],
});
