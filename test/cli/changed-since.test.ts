/**
 * `--changed-since REF` (cli.md; issue 15, item 4): the files changed between the merge base of
 * REF and HEAD and the work tree, widened to everything when the policy changed, with the merge
 * base's policy compared (policy-weakened). Git runs without hooks or configured programs.
 */
import { chmodSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitHistory, runCli } from '../helpers/git-history.js';
import { SIMPLE_POLICY, type TempRepo } from '../helpers/repo.js';
import { parseNameStatus } from '../../src/shells/changed-since.js';

const run = (argv: string[], cwd: string, env: Record<string, string | undefined> = { PATH: process.env['PATH'] }) =>
  runCli(argv, cwd, env);

const UNSAFE = (t: string) => `IMPORT INTO app.${t} FROM 's3://b/${t}.csv' WITH DISABLE_PRECHECK;\n`;
const filesOf = (stdout: string) =>
  [...new Set((JSON.parse(stdout) as { findings: { file: string; rule: string }[] }).findings.map((f) => f.file))].sort();

/** A repository with a first commit on `main`, then a branch `topic` checked out. */
function history(): TempRepo {
  return gitHistory(
    {
      'deploy/prod/old.sql': UNSAFE('old'),
      'deploy/prod/edit.sql': 'SELECT 1;\n',
      'deploy/prod/moved.sql': UNSAFE('moved') + '-- padding so the rename is detected\n'.repeat(5),
      'deploy/prod/gone.sql': UNSAFE('gone'),
    },
    SIMPLE_POLICY,
  );
}

describe('--changed-since', () => {
  it('lints added, modified, renamed and untracked files, not deleted or unchanged ones', async () => {
    const repo = history();
    try {
      repo.write('deploy/prod/new.sql', UNSAFE('new'));
      git(repo, 'add', 'deploy/prod/new.sql');
      git(repo, 'commit', '-qm', 'add');
      repo.write('deploy/prod/edit.sql', UNSAFE('edit'));
      renameSync(join(repo.root, 'deploy/prod/moved.sql'), join(repo.root, 'deploy/prod/renamed.sql'));
      git(repo, 'add', '-A', 'deploy/prod/moved.sql', 'deploy/prod/renamed.sql');
      git(repo, 'rm', '-q', 'deploy/prod/gone.sql');
      repo.write('deploy/prod/untracked.sql', UNSAFE('untracked'));
      const base = git(repo, 'rev-parse', 'main').trim().slice(0, 12);
      const r = await run(['check', '--format', 'json', '--changed-since', 'main'], repo.root);
      expect(filesOf(r.stdout)).toEqual([
        'deploy/prod/edit.sql',
        'deploy/prod/new.sql',
        'deploy/prod/renamed.sql',
        'deploy/prod/untracked.sql',
      ]);
      expect(r.stderr).toContain(
        `tidb-import-guard: --changed-since main: linting the 4 files changed since ${base} (the merge base of main and HEAD)\n`,
      );
      expect(r.code).toBe(1);
    } finally {
      repo.remove();
    }
  });

  it('lints everything when the policy changed, and compares the merge base policy (policy-weakened)', async () => {
    const repo = history();
    try {
      repo.write('.github/tidb-import-guard.yml', SIMPLE_POLICY.replace(/^rules:\n/m, 'rules:\n  log-backup-gap: off\n'));
      const r = await run(['check', '--format', 'json', '--changed-since', 'main'], repo.root);
      expect(r.stderr).toMatch(
        /--changed-since main: linting all files \(the policy or a file it is made of changed since [0-9a-f]{12}\)\n/,
      );
      const report = JSON.parse(r.stdout) as { findings: { file: string; rule: string; message: string }[] };
      expect(report.findings.some((f) => f.rule === 'policy-weakened' && f.message.includes('log-backup-gap'))).toBe(true);
      expect(filesOf(r.stdout)).toContain('deploy/prod/old.sql');
    } finally {
      repo.remove();
    }
  });

  it('is exit 2 with a clear message for an unknown ref, outside git, and without git', async () => {
    const repo = history();
    try {
      const unknown = await run(['check', '--changed-since', 'no-such-branch'], repo.root);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain(
        'tidb-import-guard: --changed-since no-such-branch: no such commit, branch or tag in this repository (fetch it first, e.g. `git fetch origin no-such-branch`; shallow clones need the history down to the merge base)\n',
      );
      const option = await run(['check', '--changed-since=--output=/tmp/x'], repo.root);
      expect(option.stderr).toContain('tidb-import-guard: --changed-since: `--output=/tmp/x` is not a git ref\n');
      const noGit = await run(['check', '--changed-since', 'main'], repo.root, { PATH: '/nonexistent' });
      expect(noGit.code).toBe(2);
      expect(noGit.stderr).toContain('tidb-import-guard: --changed-since needs git: git is not installed (or not on PATH)\n');
      rmSync(join(repo.root, '.git'), { recursive: true });
      const outside = await run(['check', '--changed-since', 'main', '--root', '.'], repo.root);
      expect(outside.code).toBe(2);
      expect(outside.stderr).toMatch(
        /tidb-import-guard: --changed-since main: the repository root is not a git work tree \(fatal: not a git repository/,
      );
    } finally {
      repo.remove();
    }
  });

  it('runs no program the repository configures (fsmonitor, external diff, hooks)', async () => {
    const repo = history();
    try {
      const marker = join(repo.root, 'ran');
      const script = join(repo.root, 'evil.sh');
      writeFileSync(script, `#!/bin/sh\ntouch ${marker}\n`);
      chmodSync(script, 0o755);
      git(repo, 'config', 'core.fsmonitor', script);
      git(repo, 'config', 'diff.external', script);
      git(repo, 'config', 'core.pager', script);
      repo.write('deploy/prod/edit.sql', UNSAFE('edit'));
      const r = await run(['check', '--format', 'json', '--changed-since', 'main'], repo.root);
      expect(filesOf(r.stdout)).toEqual(['deploy/prod/edit.sql']);
      expect(existsSync(marker)).toBe(false);
    } finally {
      repo.remove();
    }
  });
});

describe('git diff --name-status -z', () => {
  it('reads renames and copies with both names, and refuses what it does not know', () => {
    expect(parseNameStatus(['M', 'a.sql', 'R087', 'b.sql', 'c.sql', 'D', 'd.sql'])).toEqual([
      { status: 'M', path: 'a.sql' },
      { status: 'R', path: 'c.sql', from: 'b.sql' },
      { status: 'D', path: 'd.sql' },
    ]);
    expect(parseNameStatus(['R100', 'only-one'])).toBe('git diff output is cut short');
    expect(parseNameStatus(['?', 'x'])).toBe('git diff gave an unexpected status `?`');
  });
});
