/**
 * Real git repositories for the `--changed-since` and `--base-policy` tests, and the CLI run in
 * process over them. Git runs without any user or system configuration (no hooks, no aliases, a
 * fixed author), so the tests behave the same on every machine.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/shells/cli/main.js';
import { tempRepo, type TempRepo } from './repo.js';

export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
};

/** Runs git in the repository; its standard output. */
export function git(repo: { readonly root: string }, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo.root, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

/** The CLI's `main` in process; by default with a fixed "today" (SOURCE_DATE_EPOCH). */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = { PATH: process.env['PATH'], SOURCE_DATE_EPOCH: '1795000000' },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env, isTTY: false });
  return { code, stdout, stderr };
}

/** Makes `repo` (a tempRepo) a git repository with no commit yet, on the branch `main`. */
export function gitInit(repo: TempRepo): TempRepo {
  rmSync(join(repo.root, '.git'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  return repo;
}

/** Commits everything on `main` as the first commit, then checks out a new branch `topic`. */
export function commitAndBranch(repo: TempRepo): TempRepo {
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'first');
  git(repo, 'checkout', '-qb', 'topic');
  return repo;
}

/** tempRepo(files, policy) with its files committed on `main`, and the branch `topic` checked out. */
export function gitHistory(files: Record<string, string>, policy: string | null): TempRepo {
  return commitAndBranch(gitInit(tempRepo(files, policy)));
}
