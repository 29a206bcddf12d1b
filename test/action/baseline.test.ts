/**
 * The action and the policy's `baseline:` key (issue 15 item 2): recorded findings do not fail the
 * check; a pull request that only adds baseline entries widens the scope to every file (the
 * baseline is part of the policy) and is policy-weakened, compared with the base branch's baseline
 * fetched at the base commit.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { type FakeGitHub } from '../github-server/server.js';
import { main } from '../../src/shells/cli/main.js';
import { addedFile, BASE_SHA, openPullRequest, readWorkspaceFile, runAction, writeFile, withFakeGitHub } from './harness.js';

const POLICY = '.github/tidb-import-guard.yml';
const BASELINE = '.github/tidb-import-guard-baseline.json';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

interface Report {
  findings: { rule: string; file: string; suppressed: boolean; severity: string; suppression?: { kind: string } }[];
  summary: { jobs: number };
}

async function updateBaseline(): Promise<void> {
  const code = await main(['check', '--update-baseline'], { stdout: () => {}, stderr: () => {}, cwd: workspace, env: {}, isTTY: false });
  expect(code).toBe(0);
}

describe('the action with a baseline', () => {
  it('baseline entries a pull request adds are policy-weakened, and every file is linted', async () => {
    const policy = `${readWorkspaceFile(workspace, POLICY)}baseline: ${BASELINE}\n`;
    writeFile(workspace, POLICY, policy);
    await updateBaseline();
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    server.state.contents.set(`${BASE_SHA}:${BASELINE}`, '{"version": 1, "tool": "tidb-import-guard", "entries": []}\n');
    openPullRequest(server, 41, [addedFile(workspace, BASELINE)]);
    const run = await runAction({ server, workspace, pullNumber: 41 });
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
    expect(report.summary.jobs).toBeGreaterThan(0);
    const weakened = report.findings.filter((f) => f.rule === 'policy-weakened');
    expect(weakened).toEqual([expect.objectContaining({ file: BASELINE, severity: 'error', suppressed: false })]);
    expect(report.findings.filter((f) => f.suppression?.kind === 'baseline').length).toBeGreaterThan(0);
    expect(run.code).toBe(1);
  });

  it('with the same baseline at the base, recorded findings do not fail the check', async () => {
    const policy = `${readWorkspaceFile(workspace, POLICY)}baseline: ${BASELINE}\n`;
    writeFile(workspace, POLICY, policy);
    await updateBaseline();
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    server.state.contents.set(`${BASE_SHA}:${BASELINE}`, readWorkspaceFile(workspace, BASELINE));
    openPullRequest(server, 42, [addedFile(workspace, BASELINE)]);
    const run = await runAction({ server, workspace, pullNumber: 42 });
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
    expect(report.findings.filter((f) => !f.suppressed && f.severity === 'error')).toEqual([]);
    expect(report.findings.filter((f) => f.suppression?.kind === 'baseline').length).toBeGreaterThan(0);
    expect(run.code).toBe(0);
  });
});
