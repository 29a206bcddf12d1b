/**
 * In a pull request's scope (`scope: changed`, `--changed-since`) only the changed files were
 * linted. A Lightning config reads more than itself: its filter `@file`s and its data directory
 * (whose file names are the tables it writes, whose schema files say which tables are replicated).
 * A pull request that changed only `rules.txt` from `scratch.*` to `app.*`, or added
 * `dump/app.orders.csv` next to an existing config, widened a physical import to protected tables
 * and passed clean. Configs that read a changed file are linted with it.
 */
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/repo.js';

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/prod/**"] }
    log_backup: { enabled: true }
    exemptions:
      - tables: ["scratch.*"]
        skip: [log_backup]
        reason: rebuildable
`;
const PHYSICAL = '[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\n';

describe('configs that read a changed file are in the change', () => {
  it('a filter @file', async () => {
    const repo = tempRepo(
      {
        'deploy/prod/f.toml': `${PHYSICAL}data-source-dir = "s3://b/x"\nfilter = ["@rules.txt"]\n`,
        'deploy/prod/rules.txt': 'app.*\n',
        'deploy/prod/other.sql': 'SELECT 1;\n',
      },
      POLICY,
    );
    try {
      const { result } = await repo.check({ changedFiles: ['deploy/prod/rules.txt'] });
      expect(result.report.findings.map((f) => `${f.file}:${f.rule}`)).toContain('deploy/prod/f.toml:log-backup-gap');
      // A change elsewhere does not bring the config in.
      const { result: other } = await repo.check({ changedFiles: ['deploy/prod/other.sql'] });
      expect(other.report.findings).toEqual([]);
    } finally {
      repo.remove();
    }
  });
  it('a file in the data directory', async () => {
    const repo = tempRepo(
      {
        'deploy/prod/d.toml': `${PHYSICAL}data-source-dir = "dump"\n`,
        'deploy/prod/dump/scratch.t.csv': '1\n',
        'deploy/prod/dump/app.orders.csv': '1\n',
      },
      POLICY,
    );
    try {
      const { result } = await repo.check({ changedFiles: ['deploy/prod/dump/app.orders.csv'] });
      expect(result.report.findings.map((f) => `${f.file}:${f.rule}`)).toContain('deploy/prod/d.toml:log-backup-gap');
    } finally {
      repo.remove();
    }
  });
});
