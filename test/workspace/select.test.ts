import { describe, expect, it } from 'vitest';
import { selectFiles } from '../../src/files/files.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

describe('pull-request scope', () => {
  it('takes the changed files that exist and that the scan globs select, without walking', () => {
    const repo = tempRepo(
      { 'a/x.sql': 'SELECT 1;', 'a/y.toml': '', 'a/z.md': '', 'vendor/v.sql': '', 'node_modules/m.sql': '' },
      SIMPLE_POLICY,
    );
    try {
      const scan = { include: ['**/*.sql', '**/*.toml'], exclude: ['**/vendor/**'] };
      expect(
        selectFiles(
          repo.root,
          ['a/y.toml', 'a/x.sql', 'a/z.md', 'vendor/v.sql', 'node_modules/m.sql', 'a/deleted.sql', '../outside.sql'],
          scan,
        ),
      ).toEqual(['a/x.sql', 'a/y.toml']);
    } finally {
      repo.remove();
    }
  });

  it('lints only the changed files, and reports no unused waiver then', async () => {
    const unsafe = '[tikv-importer]\nbackend = "local"\n[mydumper]\nfilter = [\'app.x\']\n';
    const policy = `${SIMPLE_POLICY}waivers:\n  - rule: log-backup-gap\n    paths: ["deploy/prod/old.toml"]\n    reason: reviewed\n`;
    const repo = tempRepo({ 'deploy/prod/a.toml': unsafe, 'deploy/prod/b.toml': unsafe }, policy);
    try {
      const outcome = await repo.check({ changedFiles: ['deploy/prod/b.toml'] });
      expect(outcome.result.report.summary.files).toBe(1);
      expect(outcome.result.report.findings.map((f) => [f.file, f.rule])).toEqual([['deploy/prod/b.toml', 'precheck-blocks-import']]);
    } finally {
      repo.remove();
    }
  });

  it('a changed file in scope that is not in the workspace (sparse checkout) fails the check instead of vanishing', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "tidb"\n' }, SIMPLE_POLICY);
    try {
      const outcome = await repo.check({ changedFiles: ['deploy/prod/a.toml', 'deploy/prod/hidden.toml', 'docs/readme.md'] });
      const hidden = outcome.result.report.findings.filter((f) => f.file === 'deploy/prod/hidden.toml');
      expect(hidden.map((f) => [f.rule, f.severity])).toEqual([['syntax-error', 'error']]);
      expect(hidden[0]!.message).toContain('not in the workspace');
      expect(outcome.result.report.findings.some((f) => f.file === 'docs/readme.md')).toBe(false);
    } finally {
      repo.remove();
    }
  });
});
