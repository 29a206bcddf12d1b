/**
 * The engine looks up remedies by index (downstream imports by source, later BACKUPs by the names
 * they cover, an override's related findings by job and cluster) instead of scanning every job,
 * BACKUP or finding for each one. These tests pin the findings those lookups decide on a crafted
 * repository, each derived by hand from the rules, so an index that misses or over-matches shows.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["prod/**"] }
    log_backup: { enabled: true }
    changefeeds:
      - { id: to-dr, rules: ["app.*"], downstream: { cluster: dr } }
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["dr/**"] }
    log_backup: { enabled: false }
waivers:
  - rule: log-backup-gap
    paths: ["prod/waived.sql"]
    reason: restored from the nightly snapshot
  - rule: changefeed-gap
    paths: ["prod/waived.sql"]
    reason: dr is rebuilt weekly
`;

/** The policy without the changefeed and the waivers: log backup alone. */
const LOG_BACKUP_ONLY = POLICY.slice(0, POLICY.indexOf('waivers:')).replace(/ {4}changefeeds:\n.*\n/, '');

const FILES = {
  // line 1: orders is imported into dr twice from the same source, and backed up on line 3.
  // line 2: users has neither.  line 4: items comes after the only BACKUP of orders, and dr imports
  // items from another source.  line 6: `Refunds` in database app, backed up as `APP.refunds`
  // (names compare case-insensitively) and imported into dr.  line 8: late, after every BACKUP.
  'prod/a.sql': [
    "IMPORT INTO app.orders FROM 's3://dumps/orders.csv' WITH DISABLE_PRECHECK;",
    "IMPORT INTO app.users FROM 's3://dumps/users.csv' WITH DISABLE_PRECHECK;",
    "BACKUP TABLE app.orders TO 's3://bk/1/';",
    "IMPORT INTO app.items FROM 's3://dumps/items.csv' WITH DISABLE_PRECHECK;",
    'USE app;',
    "IMPORT INTO Refunds FROM 's3://dumps/refunds.csv' WITH DISABLE_PRECHECK;",
    "BACKUP TABLE APP.refunds, app.other TO 's3://bk/2/';",
    "IMPORT INTO app.late FROM 's3://dumps/late.csv' WITH DISABLE_PRECHECK;",
    '',
  ].join('\n'),
  // Both gaps waived: the override reads as its milder form, naming the waivers.
  'prod/waived.sql': "IMPORT INTO app.waived FROM 's3://dumps/waived.csv' WITH DISABLE_PRECHECK;\n",
  'dr/a.sql': "IMPORT INTO app.orders FROM 's3://dumps/orders.csv';\nIMPORT INTO app.refunds FROM 's3://dumps/refunds.csv';\n",
  'dr/b.sql': "IMPORT INTO app.orders FROM 's3://dumps/orders.csv';\nIMPORT INTO app.items FROM 's3://dumps/other-items.csv';\n",
  // Mapped to both clusters: a job is not its own downstream import. ledger has another in dr/c.sql.
  'shared/both.sql': [
    '-- tidb-import-guard: cluster=prod,dr',
    "IMPORT INTO app.ledger FROM 's3://dumps/ledger.csv' WITH DISABLE_PRECHECK;",
    "IMPORT INTO app.audit FROM 's3://dumps/audit.csv' WITH DISABLE_PRECHECK;",
    '',
  ].join('\n'),
  'dr/c.sql': "IMPORT INTO app.ledger FROM 's3://dumps/ledger.csv';\n",
};

describe('remedies found by index', () => {
  it('gives the findings the rules call for on a repository of downstream imports, overrides and BACKUPs', async () => {
    const { findings } = await lint(FILES, POLICY);
    const shown = findings.map(
      (f) => `${f.file}:${f.line} ${f.rule} ${f.severity}${f.suppressed ? ' suppressed' : ''} ${(f.tables ?? []).join(',')}`,
    );
    expect(shown).toEqual([
      'prod/a.sql:1 precheck-override notice app.orders',
      'prod/a.sql:2 changefeed-gap error app.users',
      'prod/a.sql:2 log-backup-gap error app.users',
      'prod/a.sql:2 precheck-override error app.users',
      'prod/a.sql:4 changefeed-gap error app.items',
      'prod/a.sql:4 log-backup-gap error app.items',
      'prod/a.sql:4 precheck-override error app.items',
      'prod/a.sql:6 precheck-override notice app.Refunds',
      'prod/a.sql:8 changefeed-gap error app.late',
      'prod/a.sql:8 log-backup-gap error app.late',
      'prod/a.sql:8 precheck-override error app.late',
      'prod/waived.sql:1 changefeed-gap error suppressed app.waived',
      'prod/waived.sql:1 log-backup-gap error suppressed app.waived',
      'prod/waived.sql:1 precheck-override notice app.waived',
      'shared/both.sql:2 log-backup-gap error app.ledger',
      'shared/both.sql:2 precheck-override error app.ledger',
      'shared/both.sql:2 unnecessary-override warning ',
      'shared/both.sql:3 changefeed-gap error app.audit',
      'shared/both.sql:3 log-backup-gap error app.audit',
      'shared/both.sql:3 precheck-override error app.audit',
      'shared/both.sql:3 unnecessary-override warning ',
    ]);
    const override = (file: string, line: number) =>
      findings.find((f) => f.file === file && f.line === line && f.rule === 'precheck-override');
    const message = (file: string, line: number) => {
      const f = override(file, line);
      return f ? `${f.message} ${f.help ?? ''}` : '';
    };
    // The remedies name what covers them: the later BACKUP, and every downstream import of the source, in order.
    expect(message('prod/a.sql', 1)).toContain('log backup: `app.orders` covered by a snapshot backup later in the same file');
    expect(message('prod/a.sql', 1)).toContain('the same import into cluster `dr` (dr/a.sql, dr/b.sql)');
    expect(message('prod/a.sql', 6)).toContain('the same import into cluster `dr` (dr/a.sql)');
    expect(message('prod/waived.sql', 1)).toContain(
      'covered by reviewed exceptions (policy waiver of changefeed-gap: "dr is rebuilt weekly"; policy waiver of log-backup-gap: "restored from the nightly snapshot")',
    );
    // ledger's override still lacks the BACKUP, but not the downstream import (dr/c.sql, not itself).
    expect(message('shared/both.sql', 2)).toContain('log backup lacks `app.ledger`');
    expect(message('shared/both.sql', 2)).not.toContain('replicates `app.ledger`');
    expect(message('shared/both.sql', 3)).toContain('changefeed `to-dr` replicates `app.audit` with no matching downstream import');
  });

  it('a BACKUP covers the imports before it, not after, by name in any case; a detached import is never covered', async () => {
    const sql = [
      "IMPORT INTO app.a FROM 's3://d/a.csv' WITH DISABLE_PRECHECK;",
      "IMPORT INTO app.b FROM 's3://d/b.csv' WITH DISABLE_PRECHECK, DETACHED;",
      "IMPORT INTO other.c FROM 's3://d/c.csv' WITH DISABLE_PRECHECK;",
      "BACKUP DATABASE App TO 's3://bk/';",
      "IMPORT INTO app.d FROM 's3://d/d.csv' WITH DISABLE_PRECHECK;",
      // No USE before it: `x` in any database, which only a BACKUP of `x` in any database covers.
      "IMPORT INTO x FROM 's3://d/x.csv' WITH DISABLE_PRECHECK;",
      "BACKUP TABLE q.x TO 's3://bk/';",
      "BACKUP TABLE x TO 's3://bk/';",
      '',
    ].join('\n');
    const { findings } = await lint({ 'prod/a.sql': sql }, LOG_BACKUP_ONLY);
    const gaps = findings.filter((f) => f.rule === 'log-backup-gap').map((f) => f.tables?.join(','));
    expect(gaps).toEqual(['app.b', 'other.c', 'app.d']);
  });
});
