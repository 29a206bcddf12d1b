/**
 * The check's `notes` (what it could not compare, src/shells/check-repository.ts) reach the action's
 * user: each is a warning annotation and a line of the job summary, as the CLI prints them on
 * standard error. And no path of the action makes any today: notes come only from the CLI's
 * `--base-policy FILE` without a base revision, while the action reads the base policy and its
 * baseline at the base commit, so a pull request that changes the baseline is compared, silently.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CheckOptions, CheckOutcome } from '../../src/shells/check-repository.js';
import { type FakeGitHub } from '../github-server/server.js';
import { main } from '../../src/shells/cli/main.js';
import { addedFile, BASE_SHA, openPullRequest, readWorkspaceFile, runAction, withFakeGitHub, writeFile } from './harness.js';

const calls = vi.hoisted(() => ({ options: [] as unknown[], outcomes: [] as unknown[], inject: [] as string[] }));
vi.mock('../../src/shells/check-repository.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/shells/check-repository.js')>();
  return {
    ...actual,
    checkRepository: async (options: CheckOptions): Promise<CheckOutcome> => {
      calls.options.push(options);
      const outcome = await actual.checkRepository(options);
      calls.outcomes.push(outcome);
      return calls.inject.length ? { ...outcome, notes: [...(outcome.notes ?? []), ...calls.inject] } : outcome;
    },
  };
});

const POLICY = '.github/tidb-import-guard.yml';
const BASELINE = '.github/tidb-import-guard-baseline.json';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => {
  [server, workspace] = [started, made];
  calls.options.length = 0;
  calls.outcomes.length = 0;
  calls.inject.length = 0;
});

describe("the check's notes in the action", () => {
  it('a note is a warning annotation and a line of the job summary; the exit status is unchanged', async () => {
    calls.inject.push('the baseline `x.json` was not compared');
    openPullRequest(server, 81, [addedFile(workspace, 'deploy/prod/orders.toml')]);
    const run = await runAction({ server, workspace, pullNumber: 81 });
    expect(run.stdout).toContain('::warning::the baseline `x.json` was not compared');
    expect(run.summary).toContain('> the baseline `x.json` was not compared');
    expect(run.code).toBe(1);
  });

  it('no path of the action makes one: a pull request that changes the baseline is compared at the base', async () => {
    const policy = `${readWorkspaceFile(workspace, POLICY)}baseline: ${BASELINE}\n`;
    writeFile(workspace, POLICY, policy);
    const cli = { stdout: () => {}, stderr: () => {}, cwd: workspace, env: {}, isTTY: false };
    expect(await main(['check', '--update-baseline'], cli)).toBe(0);
    calls.options.length = 0;
    calls.outcomes.length = 0;
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    server.state.contents.set(`${BASE_SHA}:${BASELINE}`, '{"version": 1, "tool": "tidb-import-guard", "entries": []}\n');
    openPullRequest(server, 82, [addedFile(workspace, BASELINE)]);
    const run = await runAction({ server, workspace, pullNumber: 82 });
    expect(calls.options).toHaveLength(1);
    // The action hands the check the base policy it fetched, never the CLI's text-only form.
    expect(calls.options[0]).toHaveProperty('basePolicy');
    expect(calls.options[0]).not.toHaveProperty('basePolicyText');
    expect(calls.options[0]).not.toHaveProperty('baselinePath');
    expect(calls.outcomes[0]).not.toHaveProperty('notes');
    expect(run.stdout).not.toMatch(/not compared/);
    expect(run.code).toBe(1);
  });
});
