/**
 * Suppressions where people write them (policy.md, issue 15 item 5): at the end of the line of
 * the statement or key, inside a multi-line statement, above any key of a Lightning config; the
 * import job they sit on is covered whole for the rules they name; and each named rule that
 * suppressed nothing is its own unused-suppression.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { readSqlFile, readSqlText } from '../../src/lint/engine/read-sql.js';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const IMPORT = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;";
const row = (f: Finding) => [f.rule, f.line, f.suppressed];
const open = (fs: readonly Finding[]) => fs.filter((f) => !f.suppressed && f.severity !== 'notice').map((f) => `${f.rule}@${f.line}`);

describe('SQL directives', () => {
  it('at the end of a statement line, cover that statement and not the next', async () => {
    const sql = `${IMPORT} -- tidb-import-guard-ignore log-backup-gap, changefeed-gap: reloaded by CHG-7\n${IMPORT}\n`;
    const { findings } = await lint({ 'migrations/prod/a.sql': sql }, SIMPLE_POLICY);
    const gaps = findings.filter((f) => f.rule === 'log-backup-gap' || f.rule === 'changefeed-gap');
    expect(gaps.filter((f) => f.line === 1).every((f) => f.suppressed)).toBe(true);
    expect(gaps.filter((f) => f.line === 1).length).toBeGreaterThanOrEqual(2);
    expect(gaps.filter((f) => f.line === 2).every((f) => !f.suppressed)).toBe(true);
    expect(findings.filter((f) => f.rule === 'unused-suppression')).toEqual([]);
  });

  it('on a line inside a multi-line statement, cover that statement (the whole job)', async () => {
    const sql = `IMPORT INTO app.orders\n  FROM 's3://b/o.csv' -- tidb-import-guard-ignore log-backup-gap, changefeed-gap, precheck-override: CHG-7\n  WITH DISABLE_PRECHECK;\n${IMPORT}\n`;
    const { findings } = await lint({ 'migrations/prod/a.sql': sql }, SIMPLE_POLICY);
    // The override sits on line 3, the gaps on line 1: all covered.
    expect(
      findings
        .filter((f) => f.line <= 3)
        .map(row)
        .every((r) => r[2] === true),
    ).toBe(true);
    expect(new Set(findings.filter((f) => f.line <= 3).map((f) => f.rule))).toEqual(
      new Set(['changefeed-gap', 'log-backup-gap', 'precheck-override']),
    );
    expect(open(findings).every((s) => s.endsWith('@4'))).toBe(true);
    expect(findings.filter((f) => f.rule === 'unused-suppression')).toEqual([]);
  });

  it('on its own line, cover the next statement, not the one before', async () => {
    const sql = `${IMPORT}\n-- tidb-import-guard-ignore log-backup-gap: CHG-7\n${IMPORT}\n`;
    const { findings } = await lint({ 'migrations/prod/a.sql': sql }, SIMPLE_POLICY);
    expect(findings.filter((f) => f.rule === 'log-backup-gap').map(row)).toEqual([
      ['log-backup-gap', 1, false],
      ['log-backup-gap', 3, true],
    ]);
  });

  it('a file read in pieces places trailing and inner directives the same way', () => {
    const sql = `SELECT 1;\n${IMPORT} -- tidb-import-guard-ignore log-backup-gap: CHG-7\nIMPORT INTO app.x\n  -- tidb-import-guard-ignore log-backup-gap: CHG-8\n  FROM 's3://b/x.csv';\nSELECT 2;\n`;
    const whole = readSqlText('a.sql', sql).directives.suppressions.map((s) => s.target);
    const bytes = new TextEncoder().encode(sql);
    for (const size of [1, 3, 7, 64]) {
      const pieces = function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      };
      expect(readSqlFile('a.sql', pieces).directives.suppressions.map((s) => s.target)).toEqual(whole);
    }
    const starts = whole.map((t) => sql.slice(t!.start, t!.start + 20));
    expect(starts).toEqual([IMPORT.slice(0, 20), 'IMPORT INTO app.x\n  ']);
  });
});

describe('TOML directives', () => {
  const CONFIG = (lightning: string, importer = 'backend = "local"') =>
    `[lightning]\n${lightning}\n[tikv-importer]\n${importer}\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = ['app.orders']\n`;

  it('above check-requirements, cover the job findings reported at backend', async () => {
    const toml = CONFIG('# tidb-import-guard-ignore precheck-override, log-backup-gap, changefeed-gap: CHG-9\ncheck-requirements = false');
    const { findings } = await lint({ 'deploy/prod/a.toml': toml }, SIMPLE_POLICY);
    expect(open(findings)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'log-backup-gap').map(row)).toEqual([['log-backup-gap', 5, true]]);
    expect(findings.filter((f) => f.rule === 'unused-suppression')).toEqual([]);
  });

  it('at the end of the key line, cover that key and its job', async () => {
    const toml = CONFIG('check-requirements = false # tidb-import-guard-ignore precheck-override, log-backup-gap, changefeed-gap: CHG-9');
    const { findings } = await lint({ 'deploy/prod/a.toml': toml }, SIMPLE_POLICY);
    expect(open(findings)).toEqual([]);
    expect(new Set(findings.filter((f) => f.suppressed).map((f) => f.rule))).toEqual(
      new Set(['changefeed-gap', 'log-backup-gap', 'precheck-override']),
    );
  });

  it('a finding that belongs to no job is covered only on its own key', async () => {
    const toml = `${CONFIG('# tidb-import-guard-ignore plaintext-secret: test fixture\ncheck-requirements = true', 'backend = "tidb"')}[tidb]\nhost = "h"\npassword = "s3cret-value"\n`;
    const { findings } = await lint({ 'deploy/prod/a.toml': toml }, SIMPLE_POLICY);
    expect(findings.filter((f) => f.rule === 'plaintext-secret').map((f) => f.suppressed)).toEqual([false]);
    expect(findings.filter((f) => f.rule === 'unused-suppression').map((f) => f.message)).toEqual([
      expect.stringContaining('`plaintext-secret`'),
    ]);
  });
});

describe('unused rules of a directive', () => {
  it('each named rule that suppressed nothing is its own unused-suppression, naming it', async () => {
    const sql = `-- tidb-import-guard-ignore log-backup-gap, unsupported-on-version, invalid-import-into: CHG-7\n${IMPORT}\n`;
    const { findings } = await lint({ 'migrations/prod/a.sql': sql }, SIMPLE_POLICY);
    const unused = findings.filter((f) => f.rule === 'unused-suppression');
    expect(unused.map((f) => [f.line, f.severity])).toEqual([
      [1, 'warning'],
      [1, 'warning'],
    ]);
    expect(unused.map((f) => `${f.message}; ${f.help}`).sort()).toEqual([
      expect.stringMatching(
        /^This suppression of `invalid-import-into` suppresses nothing.*remove `invalid-import-into` from the directive$/,
      ),
      expect.stringMatching(
        /^This suppression of `unsupported-on-version` suppresses nothing.*remove `unsupported-on-version` from the directive$/,
      ),
    ]);
    expect(new Set(unused.map((f) => f.fingerprint)).size).toBe(2);
    expect(findings.find((f) => f.rule === 'log-backup-gap')!.suppressed).toBe(true);
  });

  it('a directive that suppressed nothing at all says to remove it', async () => {
    const sql = `-- tidb-import-guard-ignore unsupported-on-version: CHG-7\n${IMPORT}\n`;
    const { findings } = await lint({ 'migrations/prod/a.sql': sql }, SIMPLE_POLICY);
    expect(findings.filter((f) => f.rule === 'unused-suppression').map((f) => `${f.message}; ${f.help}`)).toEqual([
      expect.stringMatching(/suppresses nothing.*; remove it$/),
    ]);
  });
});
