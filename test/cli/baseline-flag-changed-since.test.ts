/**
 * `--baseline FILE` (a file of the repository, named on the command line instead of the policy's
 * `baseline:` key) with `--changed-since REF`: a change that records its own new findings in FILE
 * must not pass the gate. FILE is compared with its version at the merge base, as the policy's
 * baseline is (cli.md `--baseline`: adding entries in a change is `policy-weakened`), and an
 * unchanged FILE is no weakening.
 * Real git repositories; git runs without any user or system configuration.
 */
import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitAndBranch, git, gitInit, runCli as run } from '../helpers/git-history.js';
import { SIMPLE_POLICY, tempRepo, type TempRepo } from '../helpers/repo.js';

const BASELINE = 'ci/tig-baseline.json';
const UNSAFE = (t: string) => `IMPORT INTO app.${t} FROM 's3://b/${t}.csv' WITH DISABLE_PRECHECK;\n`;

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

interface Finding {
  rule: string;
  file: string;
  severity: string;
  suppressed: boolean;
  suppression?: { kind: string };
}
const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings;

/** `main`: an accepted unsafe import recorded in FILE; the branch `topic` is checked out. */
async function history(): Promise<TempRepo> {
  const repo = tempRepo({ 'deploy/prod/old.sql': UNSAFE('old') }, SIMPLE_POLICY);
  repos.push(gitInit(repo));
  expect((await run(['check', '--baseline', BASELINE, '--update-baseline'], repo.root)).code).toBe(0);
  return commitAndBranch(repo);
}

describe('--baseline FILE with --changed-since', () => {
  it('a change that adds an unsafe import and records it in FILE fails (policy-weakened at FILE)', async () => {
    const repo = await history();
    repo.write('deploy/prod/new.sql', UNSAFE('new'));
    expect((await run(['check', '--baseline', BASELINE, '--update-baseline'], repo.root)).code).toBe(0);
    const out = await run(['check', '--baseline', BASELINE, '--changed-since', 'main', '--format', 'json'], repo.root);
    const weakened = findings(out.stdout).filter((f) => f.rule === 'policy-weakened');
    expect(weakened).toEqual([expect.objectContaining({ file: BASELINE, severity: 'error', suppressed: false })]);
    expect(out.code).toBe(1);
  });

  it('the same, committed on the branch: still policy-weakened', async () => {
    const repo = await history();
    repo.write('deploy/prod/new.sql', UNSAFE('new'));
    expect((await run(['check', '--baseline', BASELINE, '--update-baseline'], repo.root)).code).toBe(0);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'new import, baselined');
    const out = await run(['check', '--baseline', BASELINE, '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(findings(out.stdout).filter((f) => f.rule === 'policy-weakened')).toHaveLength(1);
    expect(out.code).toBe(1);
  });

  it('an unchanged FILE is no weakening: a harmless change passes, the old finding stays baselined', async () => {
    const repo = await history();
    repo.write('deploy/prod/readme.sql', 'SELECT 1;\n');
    const out = await run(['check', '--baseline', BASELINE, '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(findings(out.stdout).filter((f) => f.rule === 'policy-weakened')).toEqual([]);
    expect(out.code).toBe(0);
  });

  it('an unchanged FILE with a change to the baselined file: the recorded finding is still baselined', async () => {
    const repo = await history();
    repo.write('deploy/prod/old.sql', `-- a comment above\n${UNSAFE('old')}`);
    const out = await run(['check', '--baseline', BASELINE, '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(findings(out.stdout).filter((f) => !f.suppressed && f.severity === 'error')).toEqual([]);
    expect(findings(out.stdout).some((f) => f.suppression?.kind === 'baseline')).toBe(true);
    expect(out.code).toBe(0);
  });

  it('FILE outside the repository (chosen by whoever runs the job) is no part of the change: not compared', async () => {
    const repo = await history();
    const outside = join(repo.root, '..', `${repo.root.split('/').pop()}-baseline.json`);
    writeFileSync(outside, readFileSync(join(repo.root, BASELINE)));
    repo.write('deploy/prod/readme.sql', 'SELECT 1;\n');
    const out = await run(['check', '--baseline', outside, '--changed-since', 'main', '--format', 'json'], repo.root);
    rmSync(outside);
    expect(findings(out.stdout).filter((f) => f.rule === 'policy-weakened')).toEqual([]);
    expect(out.code).toBe(0);
  });
});

describe('--changed-since and a policy under a linked folder', () => {
  it('relaxing the policy through its real path widens the scope and is policy-weakened', async () => {
    const repo = tempRepo({ 'deploy/prod/old.sql': 'SELECT 1;\n' }, SIMPLE_POLICY);
    repos.push(gitInit(repo));
    renameSync(join(repo.root, '.github'), join(repo.root, 'config'));
    symlinkSync('config', join(repo.root, '.github'));
    commitAndBranch(repo);
    const relaxed = SIMPLE_POLICY.replace(/enabled: true/, 'enabled: false');
    expect(relaxed).not.toBe(SIMPLE_POLICY);
    repo.write('config/tidb-import-guard.yml', relaxed);
    const out = await run(['check', '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(out.stderr).toMatch(/linting all files \(the policy/);
    expect(findings(out.stdout).filter((f) => f.rule === 'policy-weakened').length).toBeGreaterThan(0);
    expect(out.code).toBe(1);
  });
});
