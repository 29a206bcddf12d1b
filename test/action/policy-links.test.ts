/**
 * A policy file reached through a symbolic link (git stores links, so the base branch may have
 * them): a pull request that edits the link's target, not the path the policy names, still
 * changes the policy. It widens the scope and the base policy is compared, so `policy-weakened`
 * cannot be walked around by editing the file behind the link.
 */
import { renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { main } from '../../src/shells/cli/main.js';
import { BASE_SHA, readWorkspaceFile, runOnPullRequest, withFakeGitHub, writeFile } from './harness.js';

const POLICY = '.github/tidb-import-guard.yml';
const BASELINE = '.github/tidb-import-guard-baseline.json';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

const pullRequest = (number: number, files: string[]) => runOnPullRequest(server, workspace, number, files);

describe('policy files behind symbolic links', () => {
  it('the baseline is a link: entries the pull request adds to its target are policy-weakened', async () => {
    const policy = `${readWorkspaceFile(workspace, POLICY)}baseline: ${BASELINE}\n`;
    writeFile(workspace, POLICY, policy);
    writeFile(workspace, 'data/accepted.json', '{"version": 1, "tool": "tidb-import-guard", "entries": []}\n');
    symlinkSync('../data/accepted.json', join(workspace, BASELINE));
    const cli = { stdout: () => {}, stderr: () => {}, cwd: workspace, env: {}, isTTY: false };
    expect(await main(['check', '--update-baseline'], cli)).toBe(0);
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    // GitHub's contents API answers a link to a file with the file.
    server.state.contents.set(`${BASE_SHA}:${BASELINE}`, readWorkspaceFile(workspace, BASELINE));
    writeFile(workspace, 'migrations/prod/2026-12-01-audit.sql', "IMPORT INTO app.audit FROM 's3://bucket/audit/*.csv';\n");
    expect(await main(['check', '--update-baseline'], cli)).toBe(0);
    const { code, findings } = await pullRequest(71, ['migrations/prod/2026-12-01-audit.sql', 'data/accepted.json']);
    expect(findings.filter((f) => !f.suppressed && f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'policy-weakened', file: BASELINE }),
    ]);
    expect(code).toBe(1);
  });

  it('the policy folder is a link: relaxing the policy through its real path is policy-weakened', async () => {
    const base = readWorkspaceFile(workspace, POLICY);
    renameSync(join(workspace, '.github'), join(workspace, 'config'));
    symlinkSync('config', join(workspace, '.github'));
    // GitHub's contents API does not follow a linked folder: the base has the policy at its real path only.
    server.state.contents.set(`${BASE_SHA}:config/tidb-import-guard.yml`, base);
    writeFile(workspace, 'config/tidb-import-guard.yml', base.replace('enabled: true', 'enabled: false'));
    const { code, findings } = await pullRequest(72, ['config/tidb-import-guard.yml']);
    expect(findings.filter((f) => f.rule === 'policy-weakened')).toEqual([
      expect.objectContaining({ severity: 'error', suppressed: false }),
    ]);
    expect(code).toBe(1);
  });
});
