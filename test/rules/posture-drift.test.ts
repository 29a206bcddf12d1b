/**
 * posture-drift as a RuleTester table: a policy whose cluster `prod` is bound to a posture snapshot
 * (posture/prod.json, a file of each case), compared with what the policy declares. Policy lines:
 * 3 the cluster's name, 4 `tidb_version`, 5 `posture`, 7 `log_backup` (`enabled`), and for one
 * declared changefeed, 9 its `id`. Today is 2026-11-24 unless a case says otherwise.
 *
 * TiDB conformance: TiDB's precheck lists log backup tasks from PD's etcd by their info keys
 * (pingcap/tidb br/pkg/streamhelper/client.go `GetAllTasks`, `/tidb/br-stream/info/<task>`), and a
 * paused task keeps its info key (the pause is a separate key, br/pkg/streamhelper/models.go
 * `Pause`): a paused task blocks and resumes, so it counts as running log backup. A `finished`
 * changefeed neither blocks (pkg/util/cdcutil/cdc.go) nor replicates.
 */
import { rule } from '../../src/lint/rules/posture-drift.js';
import { postureBoundPolicy as policy, SNAPSHOT_PATH, snapshot } from '../helpers/posture-snapshot.js';
import { POLICY_FILE, ruleTester } from '../helpers/rule-tester.js';

const LOGICAL = `[tikv-importer]\nbackend = "tidb"\n\n[mydumper]\ndata-source-dir = "s3://dumps/x"\nfilter = ['app.orders']\n\n[tidb]\nhost = "tidb.prod.internal"\n`;
const files = (snap: string, more: Record<string, string> = {}) => ({ [SNAPSHOT_PATH]: snap, 'deploy/prod/a.toml': LOGICAL, ...more });
const NO_LOG_BACKUP = '    log_backup: { enabled: false }\n';
const ONE_FEED = (rules = '["app.*"]', more = '') =>
  `${NO_LOG_BACKUP}    changefeeds:\n      - id: prod-to-dr\n        rules: ${rules}\n${more}        downstream: { kind: kafka }\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'the policy declares what the snapshot shows',
      files: files(snapshot({ tasks: [{ name: 'pitr_prod' }], feeds: [{ id: 'prod-to-dr', rules: ['app.*'] }] })),
      policy: policy('    log_backup: { enabled: true, task: pitr_prod }\n' + ONE_FEED().slice(NO_LOG_BACKUP.length)),
    },
    {
      name: 'log_backup and changefeeds left to the snapshot',
      files: files(snapshot({ tasks: [{ name: 'pitr_prod' }], feeds: [{ id: 'prod-to-dr', rules: ['app.*'] }] })),
      policy: policy(''),
    },
    {
      name: 'a real changefeed narrower than declared costs work, not data',
      files: files(snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.orders'] }] })),
      policy: policy(ONE_FEED()),
    },
    {
      name: 'an undeclared changefeed that finished replicates nothing',
      files: files(snapshot({ feeds: [{ id: 'old-feed', state: 'finished' }] })),
      policy: policy(`${NO_LOG_BACKUP}    changefeeds: []\n`),
    },
    {
      name: 'a snapshot within posture_max_age',
      files: files(snapshot({ takenAt: '2026-11-10T00:00:00Z' })),
      policy: policy(`    posture_max_age: 30d\n${NO_LOG_BACKUP}`),
    },
    {
      name: 'a snapshot taken yesterday, within the default 7d',
      files: files(snapshot({ takenAt: '2026-11-23T02:00:00Z' })),
      policy: policy(NO_LOG_BACKUP),
    },
    {
      name: 'the rule switched off',
      files: files(snapshot({ tasks: [{ name: 'pitr_prod' }] })),
      policy: policy(`${NO_LOG_BACKUP}rules:\n  posture-drift: off\n`),
    },
  ],
  invalid: [
    {
      name: 'an undeclared changefeed: an error at the cluster, naming a table it replicates',
      files: files(snapshot({ feeds: [{ id: 'prod-to-analytics', rules: ['analytics.*'] }] })),
      policy: policy(`${NO_LOG_BACKUP}    changefeeds: []\n`),
      errors: [
        {
          messageId: 'changefeedUndeclared',
          line: 3,
          file: POLICY_FILE,
          severity: 'error',
          cluster: 'prod',
          mentions: ['Cluster `prod` runs changefeed `prod-to-analytics` (state `normal`', "['analytics.*']"],
        },
      ],
    },
    {
      name: 'real rules wider than declared: at the id, naming a table of the difference',
      files: files(snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*', 'billing.*', '!billing.tmp'] }] })),
      policy: policy(ONE_FEED()),
      errors: [
        {
          messageId: 'changefeedWider',
          line: 9,
          severity: 'error',
          mentions: ["which the policy's rules ['app.*'] do not declare", '`billing.'],
        },
      ],
    },
    {
      name: 'a real case-insensitive changefeed declared case-sensitive',
      files: files(snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['App.*'], case_sensitive: false }] })),
      policy: policy(ONE_FEED('["App.*"]', '        case_sensitive: true\n')),
      errors: [{ messageId: 'changefeedWider', line: 9, severity: 'error', mentions: ['case-insensitively'] }],
    },
    {
      name: 'an event filter the policy declares but the cluster does not have',
      files: files(snapshot({ feeds: [{ id: 'prod-to-kafka', rules: ['app.*'] }] }), {
        'cdc/prod-to-kafka.toml':
          "[filter]\nrules = ['app.*']\n\n[[filter.event-filters]]\nmatcher = ['app.audit']\nignore-event = ['insert']\n",
      }),
      policy: policy(
        `${NO_LOG_BACKUP}    changefeeds:\n      - id: prod-to-kafka\n        config: cdc/prod-to-kafka.toml\n        downstream: { kind: kafka }\n`,
      ),
      errors: [{ messageId: 'changefeedWider', line: 9, tables: ['app.audit'] }],
    },
    {
      name: 'a real force-replicate the policy does not declare',
      files: files(snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*'], force_replicate: true }] })),
      policy: policy(ONE_FEED()),
      errors: [{ messageId: 'changefeedForce', line: 9, severity: 'error', mentions: ['`force_replicate: true`'] }],
    },
    {
      name: 'TiDB conformance: a paused log backup task while the policy says enabled: false',
      files: files(snapshot({ tasks: [{ name: 'pitr_prod', state: 'paused' }] })),
      policy: policy(NO_LOG_BACKUP),
      errors: [{ messageId: 'logBackupUndeclared', line: 7, severity: 'error', mentions: ['`pitr_prod` (paused)'] }],
    },
    {
      name: 'log backup declared, no task in the snapshot: a warning',
      files: files(snapshot()),
      policy: policy('    log_backup: { enabled: true }\n'),
      errors: [{ messageId: 'logBackupMissing', line: 7, severity: 'warning' }],
    },
    {
      name: 'a task name the snapshot does not show',
      files: files(snapshot({ tasks: [{ name: 'pitr_new' }] })),
      policy: policy('    log_backup: { enabled: true, task: pitr_old }\n'),
      errors: [{ messageId: 'logBackupTask', line: 7, severity: 'warning', mentions: ['`pitr_old`', 'pitr_new'] }],
    },
    {
      name: 'declared changefeeds the cluster does not run, or that finished',
      files: files(snapshot({ feeds: [{ id: 'done', state: 'finished' }] })),
      policy: policy(
        `${NO_LOG_BACKUP}    changefeeds:\n      - id: gone\n        downstream: { kind: kafka }\n      - id: done\n        downstream: { kind: kafka }\n`,
      ),
      errors: [
        { messageId: 'changefeedMissing', line: 9, severity: 'warning', mentions: ['`gone`'] },
        { messageId: 'changefeedMissing', line: 11, severity: 'warning', mentions: ['`done`', '`finished`'] },
      ],
    },
    {
      name: 'a tidb_version the snapshot does not show',
      files: files(snapshot({ versions: ['8.5.2'] })),
      policy: policy(NO_LOG_BACKUP),
      errors: [{ messageId: 'tidbVersion', line: 3, severity: 'warning', mentions: ['8.5.2'] }],
    },
    {
      name: 'a snapshot older than the default 7d, at the posture value',
      files: files(snapshot({ takenAt: '2026-11-10T00:00:00Z' })),
      policy: policy(NO_LOG_BACKUP),
      errors: [{ messageId: 'stale', line: 5, severity: 'warning', mentions: ['14 days ago', '`tidb-import-guard posture fetch'] }],
    },
    {
      name: 'the same snapshot a week later',
      files: files(snapshot({ takenAt: '2026-11-23T02:00:00Z' })),
      policy: policy(NO_LOG_BACKUP),
      today: '2026-12-01',
      errors: [{ messageId: 'stale', line: 5, severity: 'warning' }],
    },
    {
      name: 'a snapshot without taken_at',
      files: files(snapshot({ takenAt: null })),
      policy: policy(NO_LOG_BACKUP),
      errors: [{ messageId: 'noTakenAt', line: 5, severity: 'warning', mentions: ['no `taken_at`'] }],
    },
    {
      name: "the policy's rules: map sets the severity",
      files: files(snapshot({ tasks: [{ name: 'pitr_prod' }] })),
      policy: policy(`${NO_LOG_BACKUP}rules:\n  posture-drift: warning\n`),
      errors: [{ messageId: 'logBackupUndeclared', line: 7, severity: 'warning' }],
    },
  ],
});
