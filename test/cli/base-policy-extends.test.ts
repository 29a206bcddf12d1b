/**
 * The base policy's `extends` come from the base, never from the working copy (the change's own
 * version): a pull request that relaxes a shared file the policy extends (`policies/common.yml`)
 * would otherwise be compared with itself, and pass without `policy-weakened`.
 * - `--changed-since REF`: the base policy and what it extends, at the merge base;
 * - `--base-policy FILE --changed-since REF`: the policy from FILE, what it extends at the merge base;
 * - `--base-policy FILE` alone: what it extends is read next to FILE, in the same layout as in the
 *   repository (a second checkout of the base); a file that would be read inside the working
 *   copy is refused (exit 2, saying why), and so is a base policy that does not load.
 * Real git repositories; git runs without any user or system configuration.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitHistory, runCli as run } from '../helpers/git-history.js';
import type { TempRepo } from '../helpers/repo.js';

const POLICY = '.github/tidb-import-guard.yml';
const MAIN_POLICY = 'version: 1\nextends: [../policies/common.yml]\n';
const COMMON = (enabled: boolean) =>
  `version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["deploy/prod/**"] }\n    log_backup: { enabled: ${enabled}, task: pitr_prod }\n`;

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo();
});

const weakened = (stdout: string) =>
  (JSON.parse(stdout) as { findings: { rule: string; file: string }[] }).findings.filter((f) => f.rule === 'policy-weakened');

/** `main` protects prod with log backup in policies/common.yml; the working copy (branch `topic`) turns it off there. */
function history(): TempRepo {
  const repo = gitHistory({ 'policies/common.yml': COMMON(true), 'deploy/prod/a.sql': 'SELECT 1;\n' }, MAIN_POLICY);
  cleanup.push(() => repo.remove());
  repo.write('policies/common.yml', COMMON(false));
  return repo;
}

/** Writes files into a fresh directory outside the repository (a second checkout of the base). */
function outside(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tig-base-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("the base policy's extends are read at the base, never in the working copy", () => {
  it('--changed-since: a relaxation made in a file the policy extends is policy-weakened', async () => {
    const repo = history();
    const out = await run(['check', '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(weakened(out.stdout)).toEqual([expect.objectContaining({ file: 'policies/common.yml' })]);
    expect(out.code).toBe(1);
  });

  it('--base-policy FILE with --changed-since: what FILE extends is read at the merge base', async () => {
    const repo = history();
    const base = outside({ 'base.yml': MAIN_POLICY });
    const out = await run(['check', '--base-policy', join(base, 'base.yml'), '--changed-since', 'main', '--format', 'json'], repo.root);
    expect(weakened(out.stdout)).toEqual([expect.objectContaining({ file: 'policies/common.yml' })]);
    expect(out.code).toBe(1);
  });

  it('--base-policy FILE alone: what it extends is read next to FILE (a second checkout of the base)', async () => {
    const repo = history();
    const base = outside({ [POLICY]: MAIN_POLICY, 'policies/common.yml': COMMON(true) });
    const out = await run(['check', '--base-policy', join(base, POLICY), '--format', 'json'], repo.root);
    expect(weakened(out.stdout)).toEqual([expect.objectContaining({ file: 'policies/common.yml' })]);
    expect(out.code).toBe(1);
  });

  it("--base-policy FILE alone, inside the working copy: its extends would be the change's own, so the run stops (exit 2)", async () => {
    const repo = history();
    repo.write('.github/base-policy.yml', MAIN_POLICY);
    const out = await run(['check', '--base-policy', '.github/base-policy.yml', '--format', 'json'], repo.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--base-policy.*extends `policies\/common\.yml`.*working copy.*--changed-since/s);
    expect(out.stderr).not.toContain(repo.root);
  });

  it('--base-policy FILE alone whose extends are missing next to it: exit 2 with the reason, never an unchecked pass', async () => {
    const repo = history();
    const base = outside({ 'base.yml': MAIN_POLICY });
    const out = await run(['check', '--base-policy', join(base, 'base.yml'), '--format', 'json'], repo.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--base-policy.*does not load.*policies\/common\.yml/s);
  });

  it('--base-policy FILE with no extends keeps working anywhere', async () => {
    const repo = history();
    repo.write('.github/base-policy.yml', COMMON(true));
    const out = await run(['check', '--base-policy', '.github/base-policy.yml', '--format', 'json'], repo.root);
    expect(weakened(out.stdout)).toEqual([expect.objectContaining({ file: 'policies/common.yml' })]);
    expect(out.code).toBe(1);
  });
});
