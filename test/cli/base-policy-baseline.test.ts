/**
 * The base policy's baseline is read at the base revision, as the base policy is (cli.md
 * `--base-policy`, `--changed-since`; issue: baseline entries a change adds are `policy-weakened`):
 * - `--base-policy FILE --changed-since REF`: the policy from FILE, its baseline at the merge base;
 * - `--changed-since REF` alone: both at the merge base, the baseline up to its own 32 MiB cap;
 * - `--base-policy FILE` alone: no base revision is known, so the baseline is not compared, and
 *   the run says so (it is never the working copy's, which would hide every added entry).
 * Real git repositories; git runs without any user or system configuration.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git, gitInit, runCli as run } from '../helpers/git-history.js';
import { SIMPLE_POLICY, tempRepo, type TempRepo } from '../helpers/repo.js';

const POLICY = '.github/tidb-import-guard.yml';
const BASELINE = '.github/tidb-import-guard-baseline.json';
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
}
const weakened = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings.filter((f) => f.rule === 'policy-weakened');

/**
 * `main` holds the policy with a baseline of the findings of `deploy/prod/old.sql`; the branch
 * `topic` adds `deploy/prod/new.sql` and an entry for it to the baseline (in the working copy).
 * `pad` adds entries for files that do not exist to both sides (a large baseline).
 */
async function history(pad = 0): Promise<{ repo: TempRepo; basePolicy: string }> {
  const repo = tempRepo({ 'deploy/prod/old.sql': UNSAFE('old') }, `${SIMPLE_POLICY}baseline: ${BASELINE}\n`);
  repos.push(gitInit(repo));
  expect((await run(['check', '--update-baseline'], repo.root)).code).toBe(0);
  if (pad) {
    const real = JSON.parse(readFileSync(join(repo.root, BASELINE), 'utf8')) as { entries: object[] };
    const padding = Array.from({ length: pad }, (_, i) => ({
      fingerprint: i.toString(16).padStart(24, '0'),
      rule: 'log-backup-gap',
      file: `deploy/old/${String(i).padStart(5, '0')}.sql`,
      message: 'an accepted import of a retired cluster, kept for the record',
    }));
    const entries = [...real.entries, ...padding].map((e) => `  ${JSON.stringify(e)}`).join(',\n');
    repo.write(BASELINE, `{"version": 1, "tool": "tidb-import-guard", "entries": [\n${entries}\n]}\n`);
  }
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'first');
  git(repo, 'checkout', '-qb', 'topic');
  // With padding, the change only drops the padding; without, it adds an import and its entry.
  if (!pad) repo.write('deploy/prod/new.sql', UNSAFE('new'));
  expect((await run(['check', '--update-baseline'], repo.root)).code).toBe(0);
  const basePolicy = join(repo.root, '..', `${repo.root.split('/').pop()}-base.yml`);
  writeFileSync(basePolicy, git(repo, 'show', `main:${POLICY}`));
  return { repo, basePolicy };
}

describe("the base policy's baseline comes from the base revision", () => {
  it('--base-policy with --changed-since: an entry the change adds to the baseline is policy-weakened', async () => {
    const { repo, basePolicy } = await history();
    const out = await run(['check', '--base-policy', basePolicy, '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(weakened(out.stdout)).toEqual([expect.objectContaining({ file: BASELINE, severity: 'error', suppressed: false })]);
    expect(out.code).toBe(1);
    rmSync(basePolicy);
  });

  it('--changed-since alone: the same', async () => {
    const { repo, basePolicy } = await history();
    rmSync(basePolicy);
    const out = await run(['check', '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(weakened(out.stdout)).toEqual([expect.objectContaining({ file: BASELINE, severity: 'error' })]);
  });

  it('--changed-since: a base baseline over 1 MiB is read whole (its cap is 32 MiB), so dropping entries is no weakening', async () => {
    const { repo, basePolicy } = await history(9000);
    rmSync(basePolicy);
    expect(git(repo, 'cat-file', '-s', `main:${BASELINE}`).trim()).toMatch(/^\d{7,}$/);
    expect(Number(git(repo, 'cat-file', '-s', `main:${BASELINE}`))).toBeGreaterThan(1024 * 1024);
    expect(statSync(join(repo.root, BASELINE)).size).toBeLessThan(1024 * 1024);
    const out = await run(['check', '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(weakened(out.stdout)).toEqual([]);
  });

  it('--base-policy alone: the baseline is not compared (no base revision), and the run says so', async () => {
    const { repo, basePolicy } = await history();
    const out = await run(['check', '--base-policy', basePolicy, '--format', 'json'], repo.root);
    rmSync(basePolicy);
    expect(weakened(out.stdout)).toEqual([]);
    expect(out.stderr).toMatch(
      /--base-policy: the baseline \.github\/tidb-import-guard-baseline\.json of the base policy is not compared.*--changed-since/,
    );
    expect(out.code).toBe(0);
  });
});
