/**
 * policy-weakened as a RuleTester table: each case is a pull request's base policy (`basePolicy`),
 * its head policy and a file that lints clean against both. Findings are anchored at the changed
 * line of the head policy; their severity comes from the base policy only. The policy diff itself
 * (every kind of relaxation, witnesses, sets not strings) is tested at the model stage in
 * test/policy/weakened.test.ts.
 *
 * TiDB conformance: which changefeed states block the precheck depends on the version (pingcap/tidb
 * br/pkg/utils/cdc.go: from v6.6.0 `normal`, `stopped`, `error`; pkg/util/cdcutil/cdc.go: from
 * v8.2.0 also `running`, `warning`, `failed`), and on v6.5.0 any TiCDC capture blocks (issue
 * #41040): so `normal` → `failed` relaxes a v7.5.1 cluster but not a v8.5.1 one, and removing
 * `ticdc: true` relaxes a v6.5.0 cluster.
 */
import { rule } from '../../src/lint/rules/policy-weakened.js';
import { POLICY_FILE, ruleTester } from '../helpers/rule-tester.js';

const BASE = `version: 1
unmapped: error
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/prod/**"] }
    log_backup:
      enabled: true
      task: pitr-prod
    changefeeds:
      - id: prod-to-dr
        rules: ["app.*", "billing.*"]
        downstream: { kind: tidb }
    exemptions:
      - tables: ["scratch.*"]
        skip: [log_backup, changefeeds]
        reason: rebuildable
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/dr/**"] }
    log_backup: { enabled: false }
rules:
  deprecated-lightning-key: warning
`;
const FILES = {
  'deploy/prod/a.toml': '[tikv-importer]\nbackend = "tidb"\n\n[mydumper]\ndata-source-dir = "s3://d/o"\nfilter = [\'app.orders\']\n',
};

function edit(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`no ${JSON.stringify(from)} in the policy`);
  return text.replace(from, to);
}
/** The 1-based line of the head policy that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

/** One cluster at `version` with one changefeed in `state`, and `extra` cluster lines. */
const FEED_POLICY = (version: string, state: string, extra = '') =>
  `version: 1\nclusters:\n  c:\n    tidb_version: "${version}"\n    match: { paths: ["deploy/prod/**"] }\n    log_backup: { enabled: false }\n${extra}    changefeeds:\n      - id: c-to-kafka\n        rules: ["app.*"]\n        state: ${state}\n        downstream: { kind: kafka }\n`;

const LOG_BACKUP_OFF = edit('      enabled: true\n      task: pitr-prod', '      enabled: false');
const NARROWED = edit('rules: ["app.*", "billing.*"]', 'rules: ["app.*", "billing.*", "!billing.audit_*"]');
const NO_FEED = edit(
  '    changefeeds:\n      - id: prod-to-dr\n        rules: ["app.*", "billing.*"]\n        downstream: { kind: tidb }\n',
  '    changefeeds: []\n',
);
const NO_DR = BASE.slice(0, BASE.indexOf('  dr:')) + BASE.slice(BASE.indexOf('rules:\n'));
const EXEMPT_MORE = edit('      - tables: ["scratch.*"]', '      - tables: ["scratch.*", "billing.tmp"]');
const RULE_LOWERED = edit('  deprecated-lightning-key: warning', '  deprecated-lightning-key: warning\n  log-backup-gap: notice');
const WAIVER = `${BASE}waivers:\n  - rule: log-backup-gap\n    paths: ["deploy/prod/**"]\n    reason: "CHG-1: reloaded"\n`;

ruleTester(rule, {
  valid: [
    { name: 'no base policy: not a pull request, the rule does not run', files: FILES, policy: LOG_BACKUP_OFF },
    { name: 'the same policy', files: FILES, policy: BASE, basePolicy: BASE },
    {
      name: 'reformatted, reordered and commented',
      files: FILES,
      policy: edit('rules: ["app.*", "billing.*"]', 'rules: ["billing.*", "app.*"]  # reordered').replace(
        'unmapped: error\n',
        'unmapped: error # strict\n',
      ),
      basePolicy: BASE,
    },
    {
      name: 'stricter: a changefeed widened, log backup on dr, a rule raised',
      files: FILES,
      policy: edit(
        '  deprecated-lightning-key: warning',
        '  deprecated-lightning-key: error',
        edit(
          '    log_backup: { enabled: false }',
          '    log_backup: { enabled: true }',
          edit('rules: ["app.*", "billing.*"]', 'rules: ["app.*", "billing.*", "orders.*"]'),
        ),
      ),
      basePolicy: BASE,
    },
    { name: 'a waiver removed', files: FILES, policy: BASE, basePolicy: WAIVER },
    {
      name: 'TiDB conformance: `normal` → `failed` on v8.5.1, where a failed changefeed still blocks (pkg/util/cdcutil/cdc.go)',
      files: FILES,
      policy: FEED_POLICY('8.5.1', 'failed'),
      basePolicy: FEED_POLICY('8.5.1', 'normal'),
    },
    {
      name: 'the pull request weakens nothing in a base that does not validate (it is not what is reviewed)',
      files: FILES,
      policy: LOG_BACKUP_OFF,
      basePolicy: 'version: 1\nclusters: nope\n',
    },
  ],
  invalid: [
    {
      name: 'log backup switched off, at the enabled value',
      files: FILES,
      policy: LOG_BACKUP_OFF,
      basePolicy: BASE,
      errors: [
        {
          messageId: 'weakened',
          line: lineOf(LOG_BACKUP_OFF, 'enabled: false'),
          file: POLICY_FILE,
          severity: 'error',
          cluster: 'prod',
          mentions: ['`pitr-prod`', 'policy owners should review'],
        },
      ],
    },
    {
      name: 'a changefeed narrowed, at the added rule, naming a table it no longer replicates',
      files: FILES,
      policy: NARROWED,
      basePolicy: BASE,
      errors: [
        {
          messageId: 'weakened',
          line: lineOf(NARROWED, '!billing.audit_*'),
          cluster: 'prod',
          mentions: ['`prod-to-dr`', '`billing.audit_'],
        },
      ],
    },
    {
      name: 'a changefeed removed',
      files: FILES,
      policy: NO_FEED,
      basePolicy: BASE,
      errors: [{ messageId: 'weakened', line: lineOf(NO_FEED, 'changefeeds: []'), mentions: ['`prod-to-dr`'] }],
    },
    {
      name: 'a cluster removed, at the clusters key',
      files: FILES,
      policy: NO_DR,
      basePolicy: BASE,
      errors: [{ messageId: 'weakened', line: lineOf(NO_DR, 'clusters:'), mentions: ['`dr`'] }],
    },
    {
      name: 'an exemption widened, naming the table and what it is exempted from',
      files: FILES,
      policy: EXEMPT_MORE,
      basePolicy: BASE,
      errors: [{ messageId: 'weakened', line: lineOf(EXEMPT_MORE, 'billing.tmp'), mentions: ['`billing.tmp`'] }],
    },
    {
      name: "a rule's severity lowered, at the rule's key",
      files: FILES,
      policy: RULE_LOWERED,
      basePolicy: BASE,
      errors: [{ messageId: 'weakened', line: lineOf(RULE_LOWERED, 'log-backup-gap: notice'), mentions: ['`log-backup-gap`'] }],
    },
    {
      name: 'a waiver added, at the waiver',
      files: FILES,
      policy: WAIVER,
      basePolicy: BASE,
      errors: [{ messageId: 'weakened', line: lineOf(WAIVER, '- rule: log-backup-gap'), mentions: ['`log-backup-gap`'] }],
    },
    {
      name: 'the head cannot switch the rule off: that is a weakening too, at the base severity',
      files: FILES,
      policy: `${LOG_BACKUP_OFF}  policy-weakened: off\n`,
      basePolicy: BASE,
      errors: [
        { messageId: 'weakened', line: lineOf(LOG_BACKUP_OFF, 'enabled: false'), severity: 'error' },
        {
          messageId: 'weakened',
          line: lineOf(`${LOG_BACKUP_OFF}  policy-weakened: off\n`, 'policy-weakened: off'),
          severity: 'error',
          mentions: ['`policy-weakened`'],
        },
      ],
    },
    {
      name: 'the severity comes from the base policy',
      files: FILES,
      policy: `${LOG_BACKUP_OFF}  policy-weakened: warning\n`,
      basePolicy: `${BASE}  policy-weakened: warning\n`,
      errors: [{ messageId: 'weakened', line: lineOf(LOG_BACKUP_OFF, 'enabled: false'), severity: 'warning' }],
    },
    {
      name: 'TiDB conformance: `normal` → `failed` on v7.5.1 no longer blocks (br/pkg/utils/cdc.go)',
      files: FILES,
      policy: FEED_POLICY('7.5.1', 'failed'),
      basePolicy: FEED_POLICY('7.5.1', 'normal'),
      errors: [{ messageId: 'weakened', line: 10, cluster: 'c', mentions: ['`c-to-kafka`', '`failed`'] }],
    },
    {
      name: 'TiDB conformance: `ticdc: true` removed on v6.5.0, where a TiCDC server alone blocks',
      files: FILES,
      policy:
        'version: 1\nclusters:\n  c:\n    tidb_version: "6.5.0"\n    match: { paths: ["deploy/prod/**"] }\n    log_backup: { enabled: false }\n',
      basePolicy:
        'version: 1\nclusters:\n  c:\n    tidb_version: "6.5.0"\n    match: { paths: ["deploy/prod/**"] }\n    log_backup: { enabled: false }\n    ticdc: true\n',
      // With no `ticdc` key left in the head, the finding sits at `log_backup`, beside where it was.
      errors: [{ messageId: 'weakened', line: 6, column: 5, cluster: 'c', mentions: ['ticdc: true → false', 'v6.5.0'] }],
    },
    {
      name: '`ticdc: true` turned to `false`: at the value the pull request wrote',
      files: FILES,
      policy:
        'version: 1\nclusters:\n  c:\n    tidb_version: "6.5.0"\n    match: { paths: ["deploy/prod/**"] }\n    log_backup: { enabled: false }\n    ticdc: false\n',
      basePolicy:
        'version: 1\nclusters:\n  c:\n    tidb_version: "6.5.0"\n    match: { paths: ["deploy/prod/**"] }\n    log_backup: { enabled: false }\n    ticdc: true\n',
      errors: [{ messageId: 'weakened', line: 7, column: 12, cluster: 'c', mentions: ['ticdc: true → false'] }],
    },
  ],
});
