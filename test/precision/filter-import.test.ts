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

  it('two configs importing the same-named file from different directories are judged each by its own file', async () => {
    // The same filter text (`['@rules.txt']`) resolves beside each config: a/ imports only scratch
    // tables (exempt), b/ imports app.orders. Neither may borrow the other's verdict, in either order.
    for (const [safe, risky] of [
      ['a', 'b'],
      ['b', 'a'],
    ]) {
      const { findings } = await lint(
        {
          [`deploy/prod/${safe}/x.toml`]: CONFIG("['@rules.txt']"),
          [`deploy/prod/${safe}/rules.txt`]: 'scratch.*\n',
          [`deploy/prod/${risky}/x.toml`]: CONFIG("['@rules.txt']"),
          [`deploy/prod/${risky}/rules.txt`]: 'app.orders\n',
        },
        SIMPLE_POLICY,
      );
      const gaps = findings.filter((f) => f.rule === 'log-backup-gap');
      expect(gaps.map((f) => [f.file, f.tables])).toEqual([[`deploy/prod/${risky}/x.toml`, ['app.orders']]]);
    }
  });
});
