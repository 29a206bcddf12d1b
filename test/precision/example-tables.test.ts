/**
 * Issue 11 item 13 (rules.md "Terms", the example-table wording): a pattern set names a member
 * only when it reads as a real table; an exact table is named alone.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

/** A finding's message and help together (the message catalog puts what to do in `help`). */
const full = (f: { message: string; help?: string }): string => `${f.message} ${f.help ?? ''}`;

const LOCAL = (filter: string) => `[lightning]
check-requirements = false
[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "s3://dumps/x"
filter = ${filter}
`;
const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: true, task: pitr }
`;
const gap = async (files: Record<string, string>) =>
  (await lint(files, POLICY)).findings.find((f) => f.rule === 'log-backup-gap' && f.file === 'deploy/a.toml')!;

describe('example tables in messages', () => {
  it('a filter of one exact table names it alone, with no "and any other table" tail', async () => {
    const f = await gap({ 'deploy/a.toml': LOCAL("['accounts.users']") });
    expect(full(f)).toContain('`accounts.users`');
    expect(full(f)).not.toContain('any other table');
    expect(f.tables).toEqual(['accounts.users']);
    // and the snapshot fix names the table itself
    expect(full(f)).toContain('BACKUP TABLE accounts.users TO');
  });

  it('no empty-suffix artefact: `reports.monthly_*` is described by its pattern', async () => {
    const f = await gap({ 'deploy/a.toml': LOCAL("['reports.monthly_*']") });
    expect(full(f)).not.toContain('`reports.monthly_`');
    expect(full(f)).toContain("tables matching the filter `['reports.monthly_*']`");
    expect(f.tables).toEqual(['reports.monthly_*']);
  });

  it('a member the repository names is used as the example', async () => {
    const f = await gap({
      'deploy/a.toml': LOCAL("['reports.monthly_*']"),
      'deploy/b.sql': "-- tidb-import-guard: cluster=prod\nIMPORT INTO reports.monthly_2026 FROM 's3://b/m.csv';\n",
    });
    expect(full(f)).toContain("`reports.monthly_2026` (and any other table matching the filter `['reports.monthly_*']`)");
    expect(f.tables).toEqual(['reports.monthly_2026']);
  });

  it('a wildcard witness that is not an artefact is still named', async () => {
    const f = await gap({ 'deploy/a.toml': LOCAL("['app.*']") });
    expect(full(f)).toMatch(/`app\.\w+` \(and any other table matching the filter `\['app\.\*'\]`\)/);
  });
});
