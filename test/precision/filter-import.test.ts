/** `@file` lines in a Lightning filter (domain.md section 5): rules imported from a file. */
import { describe, expect, it } from 'vitest';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const CONFIG = (filter: string) =>
  `[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/d"\nfilter = ${filter}\n`;

describe('filter rules imported with @file', () => {
  it('reads the file beside the config (then from the root) and uses its rules', async () => {
    const { findings } = await lint(
      { 'deploy/prod/a.toml': CONFIG("['@scratch.txt']"), 'deploy/prod/scratch.txt': '# staging only\nscratch.*\n' },
      SIMPLE_POLICY,
    );
    // scratch.* is exempt from everything in the example policy: only the override's notice.
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['precheck-override', 'notice']]);
    const fromRoot = await lint({ 'deploy/prod/a.toml': CONFIG("['@filters/app.txt']"), 'filters/app.txt': 'app.orders\n' }, SIMPLE_POLICY);
    expect(fromRoot.findings.filter((f) => f.rule === 'log-backup-gap').flatMap((f) => f.tables)).toEqual(['app.orders']);
  });

  it('a file the repository lacks is not an error: the tables are unknown, so any table is assumed', async () => {
    const { findings } = await lint({ 'deploy/prod/a.toml': CONFIG("['@/etc/lightning/rules.txt']") }, SIMPLE_POLICY);
    expect(findings.filter((f) => f.rule === 'invalid-lightning-config')).toEqual([]);
    const gap = findings.find((f) => f.rule === 'log-backup-gap')!;
    expect(gap.message).toContain('imports rules from `/etc/lightning/rules.txt`, which is not in the repository');
  });

  it("a bad rule inside the imported file is reported with TiDB's reason", async () => {
    const { findings } = await lint(
      { 'deploy/prod/a.toml': CONFIG("['@r.txt']"), 'deploy/prod/r.txt': 'app.orders\nbad rule\n' },
      SIMPLE_POLICY,
    );
    const bad = findings.filter((f) => f.rule === 'invalid-lightning-config');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toMatch(/r\.txt:2/);
  });
});
