/**
 * A pull request against a repository with a baseline (issue: can a baseline let a pull request
 * walk around the gate?), end to end through the action and the loopback GitHub. The base branch
 * records the findings of `migrations/prod/2026-11-22-events.sql`; the pull request then tries to
 * get a new unsafe import through:
 * - recording its own new finding in the baseline: policy-weakened (error), the check fails;
 * - pointing the policy's `baseline:` at a new file holding the base entries and its own: the same;
 * - copying the recorded import (a second occurrence) or changing the table it writes: the new
 *   finding matches no entry (fingerprints count occurrences and name the tables), the check fails;
 * while moving the recorded import down a line stays baselined (no false alarm).
 */
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { main } from '../../src/shells/cli/main.js';
import { BASE_SHA, readWorkspaceFile, runOnPullRequest, withFakeGitHub, writeFile, type ReportFinding } from './harness.js';

const POLICY = '.github/tidb-import-guard.yml';
const BASELINE = '.github/tidb-import-guard-baseline.json';
const SQL = 'migrations/prod/2026-11-22-events.sql';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

async function cli(...argv: string[]): Promise<number> {
  return main(['check', ...argv], { stdout: () => {}, stderr: () => {}, cwd: workspace, env: {}, isTTY: false });
}

/** The base branch: the policy names the baseline, which records today's findings; the workspace starts equal. */
async function baseWithBaseline(): Promise<string> {
  const policy = `${readWorkspaceFile(workspace, POLICY)}baseline: ${BASELINE}\n`;
  writeFile(workspace, POLICY, policy);
  expect(await cli('--update-baseline')).toBe(0);
  const recorded = readWorkspaceFile(workspace, BASELINE);
  expect(JSON.parse(recorded).entries.some((e: { file: string }) => e.file === SQL)).toBe(true);
  server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
  server.state.contents.set(`${BASE_SHA}:${BASELINE}`, recorded);
  return policy;
}

const pullRequest = (number: number, files: string[]) => runOnPullRequest(server, workspace, number, files);

const failing = (findings: ReportFinding[]) => findings.filter((f) => !f.suppressed && f.severity === 'error');

describe('a pull request cannot pass the gate through the baseline', () => {
  it('a new unsafe import recorded in the baseline by the pull request: policy-weakened fails the check', async () => {
    await baseWithBaseline();
    writeFile(workspace, 'migrations/prod/2026-12-01-audit.sql', "IMPORT INTO app.audit FROM 's3://bucket/audit/*.csv';\n");
    expect(await cli('--update-baseline')).toBe(0);
    const { code, findings } = await pullRequest(61, ['migrations/prod/2026-12-01-audit.sql', BASELINE]);
    // The new import itself is suppressed by the entry the pull request wrote...
    expect(findings.filter((f) => f.file === 'migrations/prod/2026-12-01-audit.sql' && f.suppression?.kind === 'baseline')).not.toEqual([]);
    // ...and that entry is the weakening that fails the check.
    expect(failing(findings)).toEqual([expect.objectContaining({ rule: 'policy-weakened', file: BASELINE })]);
    expect(code).toBe(1);
  });

  it('the policy pointed at a new baseline file holding the base entries and its own: policy-weakened', async () => {
    const policy = await baseWithBaseline();
    writeFile(workspace, 'migrations/prod/2026-12-01-audit.sql', "IMPORT INTO app.audit FROM 's3://bucket/audit/*.csv';\n");
    const other = '.github/accepted.json';
    writeFile(workspace, POLICY, policy.replace(`baseline: ${BASELINE}`, `baseline: ${other}`));
    expect(await cli('--update-baseline')).toBe(0);
    const { code, findings } = await pullRequest(62, ['migrations/prod/2026-12-01-audit.sql', other, POLICY]);
    expect(failing(findings)).toEqual([expect.objectContaining({ rule: 'policy-weakened', file: other })]);
    expect(code).toBe(1);
  });

  it('a copy of the recorded import in the same file is a second occurrence, not recorded: the check fails', async () => {
    await baseWithBaseline();
    const text = readWorkspaceFile(workspace, SQL);
    const statement = text.slice(text.indexOf('IMPORT INTO'));
    writeFile(workspace, SQL, `${text}\n${statement}`);
    const { code, findings } = await pullRequest(63, [SQL]);
    expect(failing(findings).map((f) => [f.rule, f.file])).toEqual([['precheck-blocks-import', SQL]]);
    expect(findings.filter((f) => f.suppression?.kind === 'baseline').length).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it('the recorded import changed to write another table: not recorded, the check fails', async () => {
    await baseWithBaseline();
    writeFile(workspace, SQL, readWorkspaceFile(workspace, SQL).replace(/app\.events FROM/, 'app.payments FROM'));
    const { code, findings } = await pullRequest(64, [SQL]);
    expect(failing(findings).map((f) => [f.rule, f.file])).toEqual([['precheck-blocks-import', SQL]]);
    expect(code).toBe(1);
  });

  it('the recorded import moved down by an edit above it: still recorded, the check passes', async () => {
    await baseWithBaseline();
    writeFile(workspace, SQL, `-- Reviewed again in December.\n${readWorkspaceFile(workspace, SQL)}`);
    const { code, findings } = await pullRequest(65, [SQL]);
    expect(failing(findings)).toEqual([]);
    expect(findings.filter((f) => f.file === SQL && f.suppression?.kind === 'baseline').length).toBeGreaterThan(0);
    expect(code).toBe(0);
  });
});
