/**
 * unused-suppression as a RuleTester table: inline directives (rule by rule), policy waivers and
 * baseline entries that suppressed nothing. Cases use policies/example.yml without its waiver:
 * cluster `dr` guards nothing, so an override there is an `unnecessary-override` warning, and no
 * log-backup-gap can happen there.
 *
 * TiDB conformance: a directive is a comment as TiDB lexes it (pingcap/tidb pkg/parser/lexer.go):
 * `#` starts a comment (`startWithSharp`), `--` only when whitespace follows (`startWithDash`), and
 * `/*!` and `/*T!` hold code TiDB runs, not a comment (`startWithSlash`).
 */
import { rule } from '../../src/lint/rules/unused-suppression.js';
import { SIMPLE_POLICY } from '../helpers/repo.js';
import { POLICY_FILE, ruleTester } from '../helpers/rule-tester.js';

const DR_OVERRIDE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";
const DR_PLAIN = "IMPORT INTO app.orders FROM 's3://b/o.csv';\n";
const waiverPolicy = (rule: string, paths: string) =>
  `${SIMPLE_POLICY}waivers:\n  - rule: ${rule}\n    paths: ["${paths}"]\n    reason: "CHG-2210: reviewed"\n`;
const WAIVER_LINE = SIMPLE_POLICY.split('\n').length + 1;
const BASELINE = (entries: string) => `{\n  "version": 1,\n  "tool": "tidb-import-guard",\n  "entries": [\n${entries}\n  ]\n}\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'an inline suppression in use',
      files: { 'deploy/dr/a.sql': '-- tidb-import-guard-ignore unnecessary-override: CHG-2210\n' + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
    },
    {
      name: 'a file-wide suppression in use further down',
      files: { 'deploy/dr/a.sql': `-- tidb-import-guard-ignore-file unnecessary-override: CHG-2210\nSELECT 1;\n${DR_OVERRIDE}` },
      policy: SIMPLE_POLICY,
    },
    { name: 'a waiver in use', files: { 'deploy/dr/a.sql': DR_OVERRIDE }, policy: waiverPolicy('unnecessary-override', 'deploy/dr/**') },
    {
      name: 'an unused waiver in a partial run is not judged (its file may be elsewhere)',
      files: { 'deploy/dr/a.sql': DR_PLAIN, 'deploy/dr/b.sql': DR_OVERRIDE },
      policy: waiverPolicy('unnecessary-override', 'deploy/dr/b.sql'),
      paths: ['deploy/dr/a.sql'],
    },
    {
      name: 'a suppression past its date that would suppress something is expired-waiver instead',
      files: { 'deploy/dr/a.sql': '-- tidb-import-guard-ignore unnecessary-override: CHG-2210 until=2026-11-01\n' + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
    },
    {
      name: 'TiDB conformance: `--` without a space is not a comment, so it holds no directive',
      files: { 'deploy/dr/a.sql': '--tidb-import-guard-ignore log-backup-gap: nightly full backup\n' + DR_PLAIN },
      policy: SIMPLE_POLICY,
    },
    {
      name: 'TiDB conformance: an executable comment is code, not a directive',
      files: { 'deploy/dr/a.sql': '/*T! tidb-import-guard-ignore log-backup-gap: nightly full backup */\n' + DR_PLAIN },
      policy: SIMPLE_POLICY,
    },
  ],
  invalid: [
    {
      name: 'an inline suppression with nothing to suppress, at the directive',
      files: { 'deploy/dr/a.sql': '-- tidb-import-guard-ignore log-backup-gap: nightly full backup\n' + DR_PLAIN },
      policy: SIMPLE_POLICY,
      errors: [
        {
          messageId: 'inline',
          line: 1,
          column: 1,
          severity: 'warning',
          mentions: ['This suppression of `log-backup-gap` suppresses nothing', 'remove it'],
        },
      ],
    },
    {
      name: 'TiDB conformance: a `#` comment and a `--` followed by a tab are comments',
      files: {
        'deploy/dr/a.sql': `# tidb-import-guard-ignore log-backup-gap: nightly\n${DR_PLAIN}--\ttidb-import-guard-ignore log-backup-gap: nightly\n${DR_PLAIN}`,
      },
      policy: SIMPLE_POLICY,
      errors: [
        { messageId: 'inline', line: 1, column: 1 },
        { messageId: 'inline', line: 3, column: 1 },
      ],
    },
    {
      name: 'a line directive covers only its own statement',
      files: { 'deploy/dr/a.sql': `-- tidb-import-guard-ignore unnecessary-override: CHG-2210\nSELECT 1;\n${DR_OVERRIDE}` },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'inline', line: 1 }],
    },
    {
      name: 'a directive naming two rules of which one is used: remove the other',
      files: { 'deploy/dr/a.sql': '-- tidb-import-guard-ignore unnecessary-override, log-backup-gap: CHG-2210\n' + DR_OVERRIDE },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'inlinePartly', line: 1, mentions: ['`log-backup-gap`', 'remove `log-backup-gap` from the directive'] }],
    },
    {
      name: 'in TOML, at the comment',
      files: { 'deploy/dr/a.toml': '[tikv-importer]\n# tidb-import-guard-ignore precheck-override: CHG-1\nbackend = "tidb"\n' },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'inline', line: 2, column: 1 }],
    },
    {
      name: 'a waiver that matched nothing, at the waiver in the policy',
      files: { 'deploy/dr/a.sql': DR_PLAIN },
      policy: waiverPolicy('unnecessary-override', 'deploy/dr/**'),
      errors: [{ messageId: 'waiver', line: WAIVER_LINE, file: POLICY_FILE, severity: 'warning', mentions: ['`unnecessary-override`'] }],
    },
    {
      name: 'a waiver whose files hold findings of other rules only',
      files: { 'deploy/dr/a.sql': DR_OVERRIDE },
      policy: waiverPolicy('log-backup-gap', 'deploy/dr/**'),
      errors: [{ messageId: 'waiver', line: WAIVER_LINE, file: POLICY_FILE }],
    },
    {
      name: 'a baseline entry that matches no finding, at its line',
      files: {
        'deploy/dr/a.sql': DR_PLAIN,
        '.github/baseline.json': BASELINE(
          '    { "fingerprint": "0123456789abcdef01234567", "rule": "log-backup-gap", "file": "deploy/dr/a.sql", "message": "gap" }',
        ),
      },
      policy: `${SIMPLE_POLICY}baseline: .github/baseline.json\n`,
      errors: [
        {
          messageId: 'baseline',
          line: 5,
          file: '.github/baseline.json',
          mentions: ['`log-backup-gap` in `deploy/dr/a.sql`', '--update-baseline'],
        },
      ],
    },
  ],
});
