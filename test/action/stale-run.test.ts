/** A run for an older commit that finishes after the pull request moved on leaves the comments alone. */
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { addedFile, HEAD_SHA, openPullRequest, runAction, withFakeGitHub } from './harness.js';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

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
