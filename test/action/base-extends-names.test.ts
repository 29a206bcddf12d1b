/**
 * The base policy's `extends` are read at the base commit whatever their names (the loader takes
 * any local file: src/model/policy/build.ts resolveLocalPath, docs/policy.md). Before, the action
 * fetched only `.yml`/`.yaml` ones: a base policy extending `./shared.policy` did not load at the
 * base, so it was ignored and a pull request relaxing that file passed without `policy-weakened`.
 */
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { BASE_SHA, runOnPullRequest, withFakeGitHub, writeFile } from './harness.js';

const POLICY = '.github/tidb-import-guard.yml';
const SHARED =
  'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["deploy/prod/**", "migrations/prod/**"] }\n    log_backup: { enabled: ENABLED, task: pitr-prod }\n';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

describe('the base policy extends a file not named .yml', () => {
  for (const [label, name] of [
    ['a .policy file', 'shared.policy'],
    ['a file without an extension', 'shared'],
    ['a .json name holding YAML', 'nested/shared.json'],
  ] as const) {
    it(`${label}: read at the base, so relaxing it at the head is policy-weakened`, async () => {
      const main = `version: 1\nextends: [./${name}]\n`;
      writeFile(workspace, POLICY, main);
      writeFile(workspace, `.github/${name}`, SHARED.replace('ENABLED', 'false'));
      server.state.contents.set(`${BASE_SHA}:${POLICY}`, main);
      server.state.contents.set(`${BASE_SHA}:.github/${name}`, SHARED.replace('ENABLED', 'true'));
      const run = await runOnPullRequest(server, workspace, 51, [`.github/${name}`]);
      expect(run.findings.filter((f) => f.rule === 'policy-weakened')).toEqual([
        expect.objectContaining({ severity: 'error', suppressed: false }),
      ]);
      expect(run.code).toBe(1);
      // Read at the base commit, never taken from the head's workspace.
      expect(server.requests.filter((r) => r.operationId === 'repos/get-content').map((r) => decodeURIComponent(r.path))).toEqual(
        expect.arrayContaining([expect.stringContaining(`.github/${name}`)]),
      );
    });
  }

  it('a base that extends a second level through a non-YAML name is read to the end', async () => {
    const main = 'version: 1\nextends: [./level1.cfg]\n';
    writeFile(workspace, POLICY, main);
    // The head flattens the chain; the base keeps it two deep.
    writeFile(workspace, '.github/level1.cfg', SHARED.replace('ENABLED', 'false'));
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, main);
    server.state.contents.set(`${BASE_SHA}:.github/level1.cfg`, 'version: 1\nextends: [./level2.txt]\n');
    server.state.contents.set(`${BASE_SHA}:.github/level2.txt`, SHARED.replace('ENABLED', 'true'));
    const run = await runOnPullRequest(server, workspace, 52, ['.github/level1.cfg']);
    expect(run.findings.filter((f) => f.rule === 'policy-weakened')).toHaveLength(1);
    expect(run.code).toBe(1);
  });
});
