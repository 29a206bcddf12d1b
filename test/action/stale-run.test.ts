/** A run for an older commit that finishes after the pull request moved on leaves the comments alone. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../github-server/server.js';
import { addedFile, HEAD_SHA, makeWorkspace, openPullRequest, runAction } from './harness.js';

let server: FakeGitHub;
let workspace: string;
beforeEach(async () => {
  server = await startFakeGitHub();
  workspace = makeWorkspace();
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

describe('a stale run', () => {
  it('posts no comment and edits no summary when the pull request is at a newer commit; the verdict stands', async () => {
    const newer = 'c'.repeat(40);
    openPullRequest(server, 31, [addedFile(workspace, 'deploy/prod/orders.toml')], newer);
    const run = await runAction({ server, workspace, pullNumber: 31, headSha: HEAD_SHA });
    expect(run.code).toBe(1);
    expect(server.state.reviewComments).toEqual([]);
    expect(server.state.issueComments).toEqual([]);
    expect(run.summary).toContain('its comments were left to the run for the newer commit');
  });
});
