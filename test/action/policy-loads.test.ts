/**
 * The policy is loaded once per side and run (issue 12, item 3): the action loads the head policy
 * to plan its scope and hands the result to the check, and loads the base policy once from the
 * files it fetched. Before, a pull request that changed the policy loaded it 4 times (5 with an
 * `extends`, up to 19 with a deep chain); one that did not, twice.
 */
import { describe, expect, it, vi } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { addedFile, addedPatch, BASE_SHA, openPullRequest, readWorkspaceFile, runAction, withFakeGitHub, writeFile } from './harness.js';

const loads = vi.hoisted(() => [] as string[]);
vi.mock('../../src/model/policy/load.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/policy/load.js')>();
  return {
    ...actual,
    loadPolicy: (...args: Parameters<typeof actual.loadPolicy>) => {
      loads.push(args[0]);
      return actual.loadPolicy(...args);
    },
  };
});

const POLICY = '.github/tidb-import-guard.yml';
let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => {
  [server, workspace] = [started, made];
  loads.length = 0;
});

describe('policy loads per run', () => {
  it('a pull request that leaves the policy alone: once', async () => {
    openPullRequest(server, 40, [addedFile(workspace, 'deploy/prod/orders.toml')]);
    expect((await runAction({ server, workspace, pullNumber: 40 })).code).toBe(1);
    expect(loads).toEqual([POLICY]);
  });

  it('a pull request that changes the policy: the head once and the base once', async () => {
    const head = readWorkspaceFile(workspace, POLICY);
    server.state.contents.set(
      `${BASE_SHA}:${POLICY}`,
      `${head}    changefeeds:\n      - id: prod-to-kafka\n        downstream: { kind: kafka }\n`,
    );
    openPullRequest(server, 41, [{ filename: POLICY, status: 'modified', patch: addedPatch(head) }]);
    expect((await runAction({ server, workspace, pullNumber: 41 })).code).toBe(1);
    expect(loads).toEqual([POLICY, POLICY]);
  });

  it('a policy that extends a changed file: still once per side, the extended file fetched with the policy', async () => {
    const shared =
      'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["deploy/prod/**", "migrations/prod/**"] }\n    log_backup: { enabled: ENABLED, task: pitr-prod }\n';
    const main = 'version: 1\nextends: [./shared.yml]\n';
    writeFile(workspace, POLICY, main);
    writeFile(workspace, '.github/shared.yml', shared.replace('ENABLED', 'false'));
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, main);
    server.state.contents.set(`${BASE_SHA}:.github/shared.yml`, shared.replace('ENABLED', 'true'));
    openPullRequest(server, 42, [addedFile(workspace, '.github/shared.yml')]);
    expect((await runAction({ server, workspace, pullNumber: 42 })).code).toBe(1);
    expect(loads).toEqual([POLICY, POLICY]);
    expect(server.requests.filter((r) => r.operationId === 'repos/get-content')).toHaveLength(2);
  });
});
