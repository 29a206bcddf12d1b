/**
 * expired-waiver as a RuleTester table. Today is 2026-11-24 unless a case says otherwise; a date
 * is the last day its exception applies (UTC). Inline cases use policies/example.yml without its
 * waiver, where an override on cluster `dr` is an `unnecessary-override` warning and one on `prod`
 * a `precheck-override` error.
 *
 * TiDB conformance: a directive is a comment as TiDB lexes it (pingcap/tidb pkg/parser/lexer.go
 * `startWithSharp`, `startWithDash`): `#` starts a comment, `--` only when whitespace follows.
 */
import { rule } from '../../src/lint/rules/expired-waiver.js';
import { SIMPLE_POLICY } from '../helpers/repo.js';
import { POLICY_FILE, ruleTester } from '../helpers/rule-tester.js';

const DR_OVERRIDE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";
const PROD_OVERRIDE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\nBACKUP TABLE app.orders TO 's3://bk/';\n";
const inline = (rules: string, until: string) => `-- tidb-import-guard-ignore ${rules}: CHG-2210 until=${until}\n`;
const waiverPolicy = (expires: string) =>
  `${SIMPLE_POLICY}waivers:\n  - rule: unnecessary-override\n    paths: ["deploy/dr/**"]\n    reason: "CHG-2210: disk check fails on the NFS mount"\n${expires ? `    expires: ${expires}\n` : ''}`;
// The waiver is the first of the policy: its `- rule:` line.
const WAIVER_LINE = SIMPLE_POLICY.split('\n').length + 1;

ruleTester(rule, {
  valid: [
    {
      name: 'an inline suppression within its date',
      files: { 'deploy/dr/a.sql': inline('unnecessary-override', '2026-12-31') + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
    },
    {
      name: 'the last day still applies',
      files: { 'deploy/dr/a.sql': inline('unnecessary-override', '2026-11-24') + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
    },
    {
      name: 'a suppression without a date never expires',
      files: { 'deploy/dr/a.sql': '-- tidb-import-guard-ignore unnecessary-override: CHG-2210\n' + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
    },
    {
      name: 'an expired suppression that would suppress nothing is unused-suppression instead',
      files: { 'deploy/dr/a.sql': inline('unnecessary-override', '2026-11-01') + 'SELECT 1;\n' },
      policy: SIMPLE_POLICY,
    },
    { name: 'a waiver on its last day', files: { 'deploy/dr/a.sql': DR_OVERRIDE }, policy: waiverPolicy('2026-11-24') },
    { name: 'a waiver without a date', files: { 'deploy/dr/a.sql': DR_OVERRIDE }, policy: waiverPolicy('') },
    {
      name: 'TiDB conformance: `--` without a space is not a comment, so no suppression expired',
      files: { 'deploy/dr/a.sql': '--tidb-import-guard-ignore unnecessary-override: CHG-2210 until=2026-11-01\n' + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
    },
  ],
  invalid: [
    {
      name: 'an inline suppression past its date, at the directive',
      files: { 'deploy/dr/a.sql': inline('unnecessary-override', '2026-11-23') + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
      errors: [
        {
          messageId: 'expired',
          line: 1,
          column: 1,
          severity: 'error',
          mentions: ['This suppression of `unnecessary-override` expired on 2026-11-23', 'renew the exception'],
        },
      ],
    },
    {
      name: 'TiDB conformance: in a `#` comment',
      files: { 'deploy/dr/a.sql': '# tidb-import-guard-ignore unnecessary-override: CHG-2210 until=2026-11-01\n' + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'expired', line: 1, column: 1 }],
    },
    {
      name: 'the day after the last day',
      files: { 'deploy/dr/a.sql': inline('unnecessary-override', '2026-11-24') + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
      today: '2026-11-25',
      errors: [{ messageId: 'expired', line: 1, mentions: ['2026-11-24'] }],
    },
    {
      name: 'in TOML, at the comment above the key',
      files: {
        'deploy/dr/a.toml': `[lightning]\n# tidb-import-guard-ignore unnecessary-override: CHG-2210 until=2026-10-31\ncheck-requirements = false\n[tikv-importer]\nbackend = "tidb"\n`,
      },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'expired', line: 2, column: 1, mentions: ['2026-10-31'] }],
    },
    {
      name: 'a directive naming two rules is one finding naming both',
      files: { 'migrations/prod/a.sql': inline('precheck-override, changefeed-gap', '2026-11-01') + PROD_OVERRIDE },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'expired', line: 1, mentions: ['`precheck-override`, `changefeed-gap`'] }],
    },
    {
      name: 'a file-wide directive past its date',
      files: {
        'deploy/dr/a.sql': `SELECT 1;\n-- tidb-import-guard-ignore-file unnecessary-override: CHG-2210 until=2026-11-01\n${DR_OVERRIDE}`,
      },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'expired', line: 2 }],
    },
    {
      name: 'a policy waiver past its date, at the waiver in the policy',
      files: { 'deploy/dr/a.sql': DR_OVERRIDE },
      policy: waiverPolicy('2026-11-01'),
      errors: [{ messageId: 'expired', line: WAIVER_LINE, file: POLICY_FILE, mentions: ['This waiver of `unnecessary-override`'] }],
    },
  ],
});
