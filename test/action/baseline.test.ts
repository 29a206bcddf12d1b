/**
 * The action and the policy's `baseline:` key (issue 15 item 2): recorded findings do not fail the
 * check; a pull request that only adds baseline entries widens the scope to every file (the
 * baseline is part of the policy) and is policy-weakened, compared with the base branch's baseline
 * fetched at the base commit.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENTS_JSON_MAX_BYTES, type FakeGitHub } from '../github-server/server.js';
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

/**
 * A base baseline over 1 MB (github.md, a pull request's life): GitHub's contents API answers it
 * with no content (`encoding: "none"`), so the action reads its bytes through the git blobs API,
 * under the same 32 MiB cap as a baseline in the workspace.
 */
describe('a base baseline over 1 MB', () => {
  /** The workspace's baseline with padding entries (for files that do not exist) past 1 MB. */
  async function bigBaseline(): Promise<{ policy: string; text: string }> {
    const policy = `${readWorkspaceFile(workspace, POLICY)}baseline: ${BASELINE}\n`;
    writeFile(workspace, POLICY, policy);
    await updateBaseline();
    const real = JSON.parse(readWorkspaceFile(workspace, BASELINE)) as { entries: object[] };
    const padding = Array.from({ length: 9000 }, (_, i) => ({
      fingerprint: i.toString(16).padStart(24, '0'),
      rule: 'log-backup-gap',
      file: `deploy/old/${String(i).padStart(5, '0')}.toml`,
      message: 'an accepted import of a retired cluster, kept for the record',
    }));
    const text = `{"version": 1, "tool": "tidb-import-guard", "entries": [\n${[...real.entries, ...padding].map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(CONTENTS_JSON_MAX_BYTES);
    return { policy, text };
  }

  it('is read through the blobs API: the same baseline at the base is no weakening, and the check passes', async () => {
    const { policy, text } = await bigBaseline();
    writeFile(workspace, BASELINE, text);
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    server.state.contents.set(`${BASE_SHA}:${BASELINE}`, text);
    openPullRequest(server, 43, [addedFile(workspace, 'deploy/prod/orders.toml')]);
    server.state.pulls.get(43)!.files.push({ filename: BASELINE, status: 'modified' });
    const run = await runAction({ server, workspace, pullNumber: 43 });
    expect(run.stdout).not.toMatch(/could not read the base branch's policy/);
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
    expect(report.findings.filter((f) => f.rule === 'policy-weakened')).toEqual([]);
    expect(report.findings.filter((f) => !f.suppressed && f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(server.requests.filter((r) => r.operationId === 'git/get-blob')).toHaveLength(1);
  });

  it('an entry the pull request adds to it is still policy-weakened', async () => {
    const { policy, text } = await bigBaseline();
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    server.state.contents.set(`${BASE_SHA}:${BASELINE}`, text);
    const added = text.replace(
      '\n]}',
      `,\n  {"fingerprint": "ffffffffffffffffffffffff", "rule": "log-backup-gap", "file": "deploy/new.toml", "message": "new"}\n]}`,
    );
    writeFile(workspace, BASELINE, added);
    openPullRequest(server, 44, [{ filename: BASELINE, status: 'modified' }]);
    const run = await runAction({ server, workspace, pullNumber: 44 });
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as Report;
    expect(report.findings.filter((f) => f.rule === 'policy-weakened')).toEqual([
      expect.objectContaining({ file: BASELINE, severity: 'error' }),
    ]);
    expect(run.code).toBe(1);
  });

  it('a blob that does not match the size GitHub gave is not taken as the base baseline: the run stops (exit 2)', async () => {
    const { policy, text } = await bigBaseline();
    writeFile(workspace, BASELINE, text);
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    server.state.contents.set(`${BASE_SHA}:${BASELINE}`, text);
    server.faults.push({
      operationId: 'git/get-blob',
      status: 200,
      body: { sha: 'x', content: 'e30=', encoding: 'base64', size: 2 },
      times: 1,
    });
    openPullRequest(server, 45, [{ filename: BASELINE, status: 'modified' }]);
    const run = await runAction({ server, workspace, pullNumber: 45 });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /could not read the base branch's policy \(GitHub's answer for \.github\/tidb-import-guard-baseline\.json at bbbbbbb has 2 bytes, not the file's size/,
    );
  });
});
