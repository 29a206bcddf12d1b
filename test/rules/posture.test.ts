/**
 * The posture rules against policies/example.yml (prod: log backup pitr-prod, changefeeds
 * prod-to-dr → dr and prod-to-kafka; dr: nothing; legacy: TiDB 7.1.0 with log backup).
 * Each case asserts rule id, severity, line and column of what the linter reports.
 * precheck-blocks-import and precheck-override are RuleTester tables of their own
 * (test/rules/precheck-blocks-import.test.ts, precheck-override.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { lint } from '../helpers/repo.js';

const LOCAL = (extra = '', filter = "['app.orders']") => `[lightning]
${extra}
[tikv-importer]
backend = "local"

[mydumper]
data-source-dir = "s3://dumps/orders"
filter = ${filter}
`;

function pick(findings: readonly Finding[], rule: string): { severity: string; line: number; column: number; cluster?: string }[] {
  return findings
    .filter((f) => f.rule === rule && !f.suppressed)
    .map((f) => ({ severity: f.severity, line: f.line, column: f.column, ...(f.cluster ? { cluster: f.cluster } : {}) }));
}

describe('DISABLE_PRECHECK before TiDB v8.0.0', () => {
  it('is rejected by TiDB, so the import is blocked, not unchecked', async () => {
    const policy = `version: 1
clusters:
  old:
    tidb_version: "7.5.1"
    match: { paths: ["**"] }
    log_backup: { enabled: true, task: pitr-old }
`;
    const { findings } = await lint({ 'a.sql': "IMPORT INTO app.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK;\n" }, policy);
    expect(findings.map((f) => [f.rule, f.severity, f.line, f.column])).toEqual([
      ['precheck-blocks-import', 'error', 1, 1],
      ['unsupported-on-version', 'error', 1, 44],
    ]);
    expect(findings[0]!.help).toMatch(/no override exists/);
  });
});

describe('log-backup-gap', () => {
  it('fires for Lightning older than v6.5.0, which has no precheck to stop it', async () => {
    const policy = `version: 1
clusters:
  old:
    tidb_version: "6.4.0"
    match: { paths: ["**"] }
    log_backup: { enabled: true, task: pitr-old }
`;
    const { findings } = await lint({ 'a.toml': LOCAL() }, policy);
    expect(pick(findings, 'log-backup-gap')).toEqual([{ severity: 'error', line: 4, column: 1, cluster: 'old' }]);
    expect(findings.find((f) => f.rule === 'log-backup-gap')!.help).toMatch(/v6\.4\.0 has no CDC\/PITR precheck/);
  });
  it('fires for an override with no snapshot backup, naming the tables and the BACKUP statement', async () => {
    const { findings } = await lint({ 'migrations/prod/1.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n" });
    expect(pick(findings, 'log-backup-gap')).toEqual([{ severity: 'error', line: 1, column: 1, cluster: 'prod' }]);
    const f = findings.find((x) => x.rule === 'log-backup-gap')!;
    expect(f.tables).toEqual(['app.orders']);
    expect(f.help).toContain("BACKUP TABLE app.orders TO '<storage>';");
    expect(f.message).toContain('pitr-prod');
  });
  it('is remedied by BACKUP TABLE or BACKUP DATABASE later in the same file, not earlier', async () => {
    const after = await lint({
      'migrations/prod/1.sql':
        "USE app;\nIMPORT INTO orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\nBACKUP TABLE orders TO 's3://bk/';\n",
      'migrations/prod/2.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\nBACKUP DATABASE app TO 's3://bk/';\n",
      'migrations/prod/3.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\nBACKUP DATABASE * TO 's3://bk/';\n",
    });
    expect(pick(after.findings, 'log-backup-gap')).toEqual([]);
    const before = await lint({
      'migrations/prod/1.sql':
        "BACKUP TABLE app.orders TO 's3://bk/';\nIMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n",
    });
    expect(pick(before.findings, 'log-backup-gap')).toEqual([{ severity: 'error', line: 2, column: 1, cluster: 'prod' }]);
  });
  it('does not count a BACKUP TiDB would reject, a historical or incremental one, or one after a DETACHED import', async () => {
    const imp = "IMPORT INTO app.t FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;\n";
    for (const backup of [
      "BACKUP TABLE app.t TO 's3://bk/t' garbage here (;",
      "BACKUP DATABASE app TO 's3://bk/t' SNAPSHOT = 1 HOUR AGO;",
      "BACKUP TABLE app.t TO 's3://bk/t' LAST_BACKUP = 431434047157698561;",
      'BACKUP TABLE app.t;',
    ]) {
      const { findings } = await lint({ 'migrations/prod/1.sql': imp + backup + '\n' });
      expect(pick(findings, 'log-backup-gap'), backup).toEqual([{ severity: 'error', line: 1, column: 1, cluster: 'prod' }]);
    }
    const ok = await lint({
      'migrations/prod/1.sql': imp + "BACKUP TABLE app.t TO 's3://bk/t' RATE_LIMIT = 120 MB/SECOND CHECKSUM = FALSE;\n",
    });
    expect(pick(ok.findings, 'log-backup-gap')).toEqual([]);
    const detached = await lint({
      'migrations/prod/1.sql':
        "IMPORT INTO app.t FROM 's3://b/x.csv' WITH DETACHED, DISABLE_PRECHECK;\nBACKUP TABLE app.t TO 's3://bk/t';\n",
    });
    const gap = detached.findings.find((f) => f.rule === 'log-backup-gap')!;
    expect(gap.help).toContain('`WITH DETACHED` returns at once');
  });

  it('does not fire for exempt tables or on clusters without log backup', async () => {
    const { findings } = await lint({
      'deploy/prod/a.toml': LOCAL('check-requirements = false', "['scratch.*', 'app.tmp_x']"),
      'deploy/dr/b.toml': LOCAL('check-requirements = false'),
    });
    expect(pick(findings, 'log-backup-gap')).toEqual([]);
  });
  it('names a witness for pattern sets', async () => {
    const { findings } = await lint({ 'deploy/prod/a.toml': LOCAL('check-requirements = false', "['app.*']") });
    const f = findings.find((x) => x.rule === 'log-backup-gap')!;
    expect(f.message).toMatch(/`app\.\w+` \(and any other table matching the filter `\['app\.\*'\]`\)/);
  });
  it('prefers a table the repository names elsewhere as the example', async () => {
    const { findings } = await lint({
      'deploy/prod/a.toml': LOCAL('check-requirements = false', "['app.*']"),
      'deploy/dr/b.sql': "IMPORT INTO app.invoices FROM 's3://b/i.csv';\nIMPORT INTO billing.refunds FROM 's3://b/r.csv';\n",
    });
    const f = findings.find((x) => x.rule === 'log-backup-gap' && x.file === 'deploy/prod/a.toml')!;
    expect(f.tables).toEqual(['app.invoices']);
    expect(f.message).toContain("`app.invoices` (and any other table matching the filter `['app.*']`)");
  });
});

describe('changefeed-gap', () => {
  it('fires once per changefeed whose tables the import writes', async () => {
    const { findings } = await lint({
      'migrations/prod/1.sql': "IMPORT INTO billing.invoices FROM 's3://b/i.csv' WITH DISABLE_PRECHECK;\n",
    });
    const gaps = findings.filter((f) => f.rule === 'changefeed-gap');
    expect(gaps.map((g) => [g.severity, g.line, g.column])).toEqual([
      ['error', 1, 1],
      ['error', 1, 1],
    ]);
    expect(gaps.map((g) => g.message.match(/changefeed `([^`]+)`/)![1]).sort()).toEqual(['prod-to-dr', 'prod-to-kafka']);
    expect(new Set(gaps.map((g) => g.fingerprint)).size).toBe(2);
  });
  it('is remedied by the same import mapped to the downstream cluster', async () => {
    const { findings } = await lint({
      'migrations/prod/1.sql':
        "IMPORT INTO app.orders FROM 's3://b/o.csv?access-key=XXX' WITH DISABLE_PRECHECK;\nBACKUP TABLE app.orders TO 's3://bk/';\n",
      'deploy/dr/1.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv';\n",
    });
    expect(pick(findings, 'changefeed-gap')).toEqual([]);
    expect(pick(findings, 'precheck-override')).toEqual([{ severity: 'notice', line: 1, column: 64, cluster: 'prod' }]);
  });
  it('is not remedied by a downstream import of other data', async () => {
    const { findings } = await lint({
      'migrations/prod/1.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n",
      'deploy/dr/1.sql': "IMPORT INTO app.orders FROM 's3://b/other.csv';\n",
    });
    expect(pick(findings, 'changefeed-gap')).toEqual([{ severity: 'error', line: 1, column: 1, cluster: 'prod' }]);
  });
  it('does not fire when the filter excludes every replicated schema', async () => {
    const { findings } = await lint({ 'deploy/prod/a.toml': LOCAL('check-requirements = false', "['*.*', '!app.*', '!billing.*']") });
    expect(pick(findings, 'changefeed-gap')).toEqual([]);
    expect(pick(findings, 'log-backup-gap')).toHaveLength(1);
  });
});

describe('unnecessary-override', () => {
  it('fires on a logical job and on an unguarded cluster', async () => {
    const { findings } = await lint({
      'deploy/prod/logical.toml': '[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "tidb"\n',
      'deploy/dr/physical.toml': LOCAL('check-requirements = false'),
      'deploy/dr/x.sql': "SELECT 1;\nIMPORT INTO app.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK;\n",
    });
    expect(pick(findings, 'unnecessary-override')).toEqual([
      { severity: 'warning', line: 2, column: 1, cluster: 'dr' },
      { severity: 'warning', line: 2, column: 44, cluster: 'dr' },
      { severity: 'warning', line: 2, column: 1, cluster: 'prod' },
    ]);
  });
  it('does not fire on a physical override into a guarded cluster', async () => {
    const { findings } = await lint({ 'deploy/prod/a.toml': LOCAL('check-requirements = false') });
    expect(pick(findings, 'unnecessary-override')).toEqual([]);
  });
});

describe('unmapped-target', () => {
  it('fires at the first job of a file no cluster claims', async () => {
    const { findings } = await lint({
      'tools/x.sql': "SELECT 1;\nIMPORT INTO a.b FROM 's3://x/y.csv';\nIMPORT INTO a.c FROM 's3://x/z.csv';\n",
    });
    expect(pick(findings, 'unmapped-target')).toEqual([{ severity: 'error', line: 2, column: 1 }]);
  });
  it('maps by directive and by host, and reports a directive naming an unknown cluster', async () => {
    const { findings } = await lint({
      'tools/a.sql': "-- tidb-import-guard: cluster=dr\nIMPORT INTO a.b FROM 's3://x/y.csv';\n",
      'tools/b.toml': '[tikv-importer]\nbackend = "tidb"\n[tidb]\nhost = "tidb.prod.internal"\n',
      'tools/c.sql': "-- tidb-import-guard: cluster=nope\nIMPORT INTO a.b FROM 's3://x/y.csv';\n",
      'tools/d.sql': 'SELECT 1;\n',
    });
    const unmapped = findings.filter((f) => f.rule === 'unmapped-target');
    expect(unmapped.map((f) => [f.file, f.line, f.column])).toEqual([['tools/c.sql', 1, 1]]);
    expect(unmapped[0]!.message).toMatch(/`nope`/);
  });
  it('follows the policy severity for unmapped', async () => {
    const { findings } = await lint(
      { 'tools/x.sql': "IMPORT INTO a.b FROM 's3://x/y.csv';\n" },
      'version: 1\nunmapped: warning\nclusters:\n  c:\n    tidb_version: "8.5.0"\n    match: { paths: ["deploy/**"] }\n    log_backup: { enabled: false }\n',
    );
    expect(pick(findings, 'unmapped-target')).toEqual([{ severity: 'warning', line: 1, column: 1 }]);
  });
});

describe('unsupported-on-version', () => {
  it('gates IMPORT INTO features by the cluster version', async () => {
    const policy = (v: string) =>
      `version: 1\nclusters:\n  c:\n    tidb_version: "${v}"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;
    const sql = 'IMPORT INTO a.t FROM SELECT * FROM a.s WITH THREAD = 2, DISABLE_PRECHECK;\n';
    const old = await lint({ 'x.sql': sql }, policy('7.1.0'));
    expect(pick(old.findings, 'unsupported-on-version').map((f) => [f.severity, f.column])).toEqual([
      ['error', 1],
      ['error', 22],
      ['error', 57],
    ]);
    const experimental = await lint({ 'x.sql': "IMPORT INTO a.t FROM 's3://b/x.csv';\n" }, policy('7.3.0'));
    expect(pick(experimental.findings, 'unsupported-on-version')).toEqual([{ severity: 'warning', line: 1, column: 1, cluster: 'c' }]);
    const current = await lint({ 'x.sql': sql }, policy('8.5.0'));
    expect(pick(current.findings, 'unsupported-on-version')).toEqual([]);
  });
});
