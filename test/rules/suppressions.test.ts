/**
 * Inline suppressions and policy waivers, and invalid-suppression (today is fixed at 2026-11-24 by
 * the helper); unused-suppression and expired-waiver are RuleTester tables of their own.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const at = (f: Finding) => [f.rule, f.severity, f.line, f.column, f.suppressed];
const IMPORT = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;";

describe('inline suppressions', () => {
  it('suppress the named rules on the next statement, keep them in the report as suppressed', async () => {
    const { findings, result } = await lint(
      {
        'migrations/prod/a.sql': `-- tidb-import-guard-ignore log-backup-gap, changefeed-gap, precheck-override: reloaded by CHG-7\n${IMPORT}\n${IMPORT}\n`,
      },
      SIMPLE_POLICY,
    );
    const first = findings.filter((f) => f.line === 2);
    expect(first.map((f) => [f.rule, f.suppressed])).toEqual([
      ['changefeed-gap', true],
      ['log-backup-gap', true],
      ['precheck-override', true],
    ]);
    expect(first[0]!.suppression).toEqual({ kind: 'inline', reason: 'reloaded by CHG-7' });
    expect(findings.filter((f) => f.line === 3).every((f) => !f.suppressed)).toBe(true);
    expect(result.report.summary.suppressed).toBe(3);
  });

  it('a file-wide directive covers the whole file', async () => {
    const { findings } = await lint(
      { 'migrations/prod/a.sql': `${IMPORT}\n-- tidb-import-guard-ignore-file precheck-override: reviewed in CHG-8\n${IMPORT}\n` },
      SIMPLE_POLICY,
    );
    expect(findings.filter((f) => f.rule === 'precheck-override').map((f) => f.suppressed)).toEqual([true, true]);
  });

  it('in TOML a directive covers the next key', async () => {
    const toml =
      '[lightning]\n# tidb-import-guard-ignore precheck-override: staging copy\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\nfilter = [\'app.x\']\n';
    const { findings } = await lint({ 'deploy/prod/a.toml': toml }, SIMPLE_POLICY);
    expect(findings.filter((f) => f.rule === 'precheck-override').map(at)).toEqual([['precheck-override', 'error', 3, 1, true]]);
    expect(findings.filter((f) => f.rule === 'log-backup-gap').map((f) => f.suppressed)).toEqual([false]);
  });

  it('invalid-suppression: no reason, unknown rule, malformed directive, bad date', async () => {
    const { findings } = await lint(
      {
        'migrations/prod/a.sql': [
          '-- tidb-import-guard-ignore log-backup-gap',
          'SELECT 1;',
          '-- tidb-import-guard-ignore log-backup-gaps: typo',
          'SELECT 1;',
          '-- tidb-import-guard-ignore log-backup-gap: why until=2026-13-45',
          'SELECT 1;',
          '   -- tidb-import-guard-silence all: nope',
          'SELECT 1;',
          '-- tidb-import-guard-ignore log-backup-gap:   ',
          'SELECT 1;',
        ].join('\n'),
      },
      SIMPLE_POLICY,
    );
    expect(findings.map(at)).toEqual([
      ['invalid-suppression', 'error', 1, 1, false],
      ['invalid-suppression', 'error', 3, 1, false],
      ['invalid-suppression', 'error', 5, 1, false],
      ['invalid-suppression', 'error', 7, 4, false],
      ['invalid-suppression', 'error', 9, 1, false],
    ]);
    expect(findings[1]!.message).toContain('`log-backup-gaps`');
  });

  // expired-waiver's own finding: test/rules/expired-waiver.test.ts.
  it('a directive past its date suppresses nothing: the finding is reported again', async () => {
    const { findings } = await lint(
      { 'migrations/prod/a.sql': `-- tidb-import-guard-ignore precheck-override: temporary until=2026-11-23\n${IMPORT}\n` },
      SIMPLE_POLICY,
    );
    expect(findings.filter((f) => f.rule === 'precheck-override').map((f) => f.suppressed)).toEqual([false]);
    const today = await lint(
      { 'migrations/prod/a.sql': `-- tidb-import-guard-ignore precheck-override: temporary until=2026-11-24\n${IMPORT}\n` },
      SIMPLE_POLICY,
    );
    expect(today.findings.filter((f) => f.rule === 'precheck-override').map((f) => f.suppressed)).toEqual([true]);
  });
});

describe('policy waivers', () => {
  const waiver = (extra: string) =>
    `${SIMPLE_POLICY}waivers:\n  - rule: log-backup-gap\n    paths: ["migrations/prod/**"]\n    reason: "CHG-1: snapshot after the import"\n${extra}`;

  it('suppress matching findings with their reason', async () => {
    const { findings } = await lint({ 'migrations/prod/a.sql': `${IMPORT}\n` }, waiver(''));
    const f = findings.find((x) => x.rule === 'log-backup-gap')!;
    expect(f.suppressed).toBe(true);
    expect(f.suppression).toEqual({ kind: 'waiver', reason: 'CHG-1: snapshot after the import' });
  });

  it('narrowed by tables: other tables stay reported', async () => {
    const { findings } = await lint(
      { 'migrations/prod/a.sql': `${IMPORT}\nIMPORT INTO app.users FROM 's3://b/u.csv' WITH DISABLE_PRECHECK;\n` },
      waiver('    tables: ["app.orders"]\n'),
    );
    expect(findings.filter((f) => f.rule === 'log-backup-gap').map((f) => [f.line, f.suppressed])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  // expired-waiver and unused-suppression at the waiver: their RuleTester tables.
  it('expired: what it waived is reported again', async () => {
    const { findings } = await lint({ 'migrations/prod/a.sql': `${IMPORT}\n` }, waiver('    expires: 2026-11-01\n'));
    expect(findings.find((f) => f.rule === 'log-backup-gap')!.suppressed).toBe(false);
  });

  it('an override whose every gap is waived becomes a notice naming the waivers; a partial waiver keeps it an error', async () => {
    const covered = await lint({ 'migrations/prod/a.sql': "IMPORT INTO other.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK;\n" }, waiver(''));
    const notice = covered.findings.find((f) => f.rule === 'precheck-override')!;
    expect([notice.severity, notice.suppressed]).toEqual(['notice', false]);
    expect(notice.message).toBe('`DISABLE_PRECHECK` on cluster `prod`: reviewed exceptions cover the gaps in log backup `pitr-prod`');
    expect(notice.help).toContain('covered by reviewed exceptions (policy waiver of log-backup-gap: "CHG-1: snapshot after the import")');
    const partial = await lint(
      { 'migrations/prod/a.sql': "IMPORT INTO billing.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK;\n" },
      waiver(''),
    );
    expect(partial.findings.find((f) => f.rule === 'precheck-override')!.severity).toBe('error');
    expect(partial.findings.filter((f) => f.rule === 'changefeed-gap' && !f.suppressed)).toHaveLength(2);
  });

  it('a waiver narrowed by tables covers a pattern only when it covers every table of it', async () => {
    const lightning = (filter: string) =>
      `[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/d"\nfilter = ${filter}\n`;
    const policy = `${SIMPLE_POLICY}waivers:\n  - rule: log-backup-gap\n    paths: ["deploy/prod/**"]\n    tables: ["scratch2.*"]\n    reason: "CHG-2: rebuilt"\n`;
    const wider = await lint({ 'deploy/prod/a.toml': lightning("['scratch2.*', 'reports.*']") }, policy);
    expect(wider.findings.find((f) => f.rule === 'log-backup-gap')!.suppressed).toBe(false);
    const inside = await lint({ 'deploy/prod/a.toml': lightning("['scratch2.t_*']") }, policy);
    expect(inside.findings.find((f) => f.rule === 'log-backup-gap')!.suppressed).toBe(true);
  });
});
