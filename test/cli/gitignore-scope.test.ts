/**
 * Files ignored by git are skipped unless named (cli.md; issue 15, item 3), counted on standard
 * error; a tracked file is never skipped, whatever .gitignore says (git never ignores one).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

const UNSAFE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";
const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((f) => f.file))].sort();
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

describe('files ignored by git', () => {
  it('are skipped in a walk, counted on standard error, and linted when named', async () => {
    const repo = tempRepo(
      {
        '.gitignore': 'deploy/prod/generated/\n*.local.sql\n',
        'deploy/prod/generated/a.sql': UNSAFE,
        'deploy/prod/generated/b.sql': UNSAFE,
        'deploy/prod/mine.local.sql': UNSAFE,
        'deploy/prod/nested/.gitignore': '*.sql\n!kept.sql\n',
        'deploy/prod/nested/kept.sql': UNSAFE,
        'deploy/prod/nested/dropped.sql': UNSAFE,
        'deploy/prod/real.sql': UNSAFE,
      },
      SIMPLE_POLICY,
    );
    try {
      const whole = await run(['check', '--format', 'json'], repo.root);
      expect(new Set(files(whole.stdout))).toEqual(new Set(['deploy/prod/real.sql', 'deploy/prod/nested/kept.sql']));
      expect(whole.stderr).toContain(
        'tidb-import-guard: skipped 2 files and 1 directory ignored by git (.gitignore, .git/info/exclude); name a path on the command line to lint it anyway\n',
      );
      // Named: the file, and the ignored directory (linted whole).
      const named = await run(['check', '--format', 'json', 'deploy/prod/mine.local.sql', 'deploy/prod/generated'], repo.root);
      expect(new Set(files(named.stdout))).toEqual(
        new Set(['deploy/prod/mine.local.sql', 'deploy/prod/generated/a.sql', 'deploy/prod/generated/b.sql']),
      );
      expect(named.stderr).not.toContain('ignored by git');
      expect(named.code).toBe(1);
    } finally {
      repo.remove();
    }
  });

  it('reads .git/info/exclude too', async () => {
    const repo = tempRepo({ '.git/info/exclude': 'scratch.sql\n', 'deploy/prod/scratch.sql': UNSAFE }, SIMPLE_POLICY);
    try {
      const r = await run(['check', '--format', 'json'], repo.root);
      expect(files(r.stdout)).toEqual([]);
      expect(r.stderr).toContain('skipped 1 file ignored by git');
      expect(r.code).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('never skips a tracked file, even under an ignored directory (a hostile .gitignore cannot hide a committed import)', async () => {
    const repo = tempRepo({ 'deploy/prod/hidden/x.sql': UNSAFE, 'deploy/prod/hidden/untracked.sql': UNSAFE }, SIMPLE_POLICY);
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo.root, env: GIT_ENV });
      execFileSync('git', ['add', '-f', 'deploy/prod/hidden/x.sql'], { cwd: repo.root, env: GIT_ENV });
      repo.write('.gitignore', 'deploy/\n*.sql\n');
      const r = await run(['check', '--format', 'json'], repo.root);
      expect(files(r.stdout)).toEqual(['deploy/prod/hidden/x.sql']);
      expect(r.stderr).toContain('skipped 1 file ignored by git');
      expect(r.code).toBe(1);
    } finally {
      repo.remove();
    }
  });

  it('applies nothing when the index cannot be read, and says so', async () => {
    const repo = tempRepo({ '.git/index': 'garbage', '.gitignore': '*.sql\n', 'deploy/prod/a.sql': UNSAFE }, SIMPLE_POLICY);
    try {
      const r = await run(['check', '--format', 'json'], repo.root);
      expect(files(r.stdout)).toEqual(['deploy/prod/a.sql']);
      expect(r.stderr).toContain(
        "tidb-import-guard: not applied: git's ignore rules (the git index has no DIRC header, so tracked files cannot be told apart); the files it would ignore were linted\n",
      );
    } finally {
      repo.remove();
    }
  });

  it('does not apply an oversized .gitignore (its files are linted) and says so', async () => {
    const repo = tempRepo({ '.gitignore': `*.sql\n${'#'.repeat(1024 * 1024)}\n`, 'deploy/prod/a.sql': UNSAFE }, SIMPLE_POLICY);
    try {
      const r = await run(['check', '--format', 'json'], repo.root);
      expect(files(r.stdout)).toEqual(['deploy/prod/a.sql']);
      expect(r.stderr).toMatch(/tidb-import-guard: not applied: \.gitignore \(it .*\); the files it would ignore were linted\n/);
    } finally {
      repo.remove();
    }
  });

  it('is off outside git', async () => {
    const repo = tempRepo({ '.gitignore': '*.sql\n', 'deploy/prod/a.sql': UNSAFE }, SIMPLE_POLICY);
    try {
      execFileSync('rm', ['-rf', `${repo.root}/.git`]);
      const r = await run(['check', '--format', 'json', '--root', '.'], repo.root);
      expect(files(r.stdout)).toEqual(['deploy/prod/a.sql']);
      expect(r.stderr).not.toContain('ignored by git');
    } finally {
      repo.remove();
    }
  });
});
