/**
 * The pre-commit hook (.pre-commit-hooks.yaml) as a user meets it, with the real `pre-commit`
 * from Debian's packages (.ci/run installs it): `pre-commit try-repo` installs this repository
 * the way pre-commit installs any Node hook (npm install, npm pack, npm install -g, using the
 * machine's Node via `language_version: system`), then runs it on a fresh repository's files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freshRepo, SAFE_CONFIG, UNSAFE_CONFIG } from './fresh-repo.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'tig-pre-commit-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function tryRepo(repo: string) {
  const result = spawnSync('pre-commit', ['try-repo', PROJECT, 'tidb-import-guard', '--all-files'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' },
    timeout: 240_000,
  });
  if (result.error)
    throw new Error(`pre-commit could not run (${result.error.message}); install Debian's pre-commit package, as .ci/run does`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('pre-commit try-repo', () => {
  it('fails on an unsafe import and names the file and the rule', () => {
    const repo = freshRepo({ 'deploy/orders.toml': UNSAFE_CONFIG });
    const { status, output } = tryRepo(repo);
    expect(output).toMatch(/tidb-import-guard\.+Failed/);
    expect(output).toMatch(/error\[precheck-blocks-import\]: .*\n +--> deploy\/orders\.toml:\d+:\d+/);
    expect(status).toBe(1);
  }, 300_000);

  it('passes once the import is logical', () => {
    const repo = freshRepo({ 'deploy/orders.toml': SAFE_CONFIG });
    writeFileSync(join(repo, 'README.md'), 'not linted\n');
    const { status, output } = tryRepo(repo);
    expect(output).toMatch(/tidb-import-guard\.+Passed/);
    expect(status).toBe(0);
  }, 300_000);
});
