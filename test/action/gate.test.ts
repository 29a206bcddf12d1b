/**
 * The merge gate cannot be walked around (issue 8, items 1, 2 and 6), through the built bundle
 * against the loopback GitHub. The fixture's orders.toml and events.sql hold two errors; the pull
 * requests here change only catalog.toml (clean), so a run that lints what GitHub listed passes,
 * and a run that must fall back to every file fails on the two errors.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type FakeGitHub } from '../github-server/server.js';
import { addedFile, BASE_SHA, openPullRequest, runAction, withFakeGitHub } from './harness.js';

const CATALOG = 'deploy/prod/catalog.toml';
const ORDERS = 'deploy/prod/orders.toml';
let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));
const count = (operationId: string) => server.requests.filter((r) => r.operationId === operationId).length;

describe('a pull request file list that cannot be trusted falls back to every file, never a pass', () => {
  it('the listing as GitHub gives it: only the changed clean file, a pass', async () => {
    openPullRequest(server, 7, [addedFile(workspace, CATALOG)]);
    const run = await runAction({ server, workspace, pullNumber: 7 });
    expect(run.code).toBe(0);
    expect(run.outputs['errors']).toBe('0');
  });

  const broken: [string, Partial<import('../github-server/server.js').Fault>][] = [
    ['200 with an empty body', { status: 200, raw: '' }],
    ['200 with null', { status: 200, body: null }],
    ['204 No Content', { status: 204 }],
    ['a body cut off mid-transfer', { status: 200, raw: '[{"filename": "deploy/prod/catalog.toml", "status": "add' }],
    ['a page that is not an array', { status: 200, body: { files: [] } }],
  ];
  it.each(broken)('%s', async (_name, fault) => {
    openPullRequest(server, 7, [addedFile(workspace, CATALOG)]);
    server.faults.push({ operationId: 'pulls/list-files', times: Infinity, status: 200, ...fault });
    const run = await runAction({ server, workspace, pullNumber: 7 });
    expect(run.code).toBe(1);
    expect(run.outputs['errors']).toBe('2');
    expect(run.stdout).toMatch(/::warning::GitHub's list of the pull request's files cannot be trusted/);
    expect(run.summary).toContain("all files (the pull request's file list could not be trusted)");
    // The policy may be among the unlisted changes: its base is compared; no inline comment is placed.
    expect(count('repos/get-content')).toBeGreaterThan(0);
    expect(server.state.reviewComments).toEqual([]);
  });

  it('a connection dropped mid-body', async () => {
    openPullRequest(server, 7, [addedFile(workspace, CATALOG)]);
    server.faults.push({
      operationId: 'pulls/list-files',
      times: Infinity,
      status: 200,
      body: [{ filename: CATALOG, status: 'added' }],
      cut: true,
    });
    const run = await runAction({ server, workspace, pullNumber: 7 });
    expect(run.code).toBe(1);
    expect(run.outputs['errors']).toBe('2');
  });

  it('pagination that never ends ([] with a next link)', async () => {
    openPullRequest(server, 7, [addedFile(workspace, CATALOG)]);
    const next = `<${server.url}/repos/acme/data/pulls/7/files?per_page=100&page=2>; rel="next"`;
    server.faults.push({ operationId: 'pulls/list-files', times: Infinity, status: 200, body: [], headers: { link: next } });
    const run = await runAction({ server, workspace, pullNumber: 7 });
    expect(run.code).toBe(1);
    expect(count('pulls/list-files')).toBe(1);
  });

  it("a total that disagrees with the event's changed_files", async () => {
    openPullRequest(server, 7, [addedFile(workspace, CATALOG)]);
    const run = await runAction({ server, workspace, pullNumber: 7, changedFiles: 2 });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('it holds 1 file(s) but the event says the pull request changes 2');
  });
});

describe("the workspace must be the pull request's head", () => {
  it('pull_request_target with the default checkout (the base): exit 2 saying how to check out the head', async () => {
    openPullRequest(server, 8, [addedFile(workspace, ORDERS)]);
    // The base branch's checkout: orders.toml is not there.
    rmSync(join(workspace, ORDERS));
    const run = await runAction({ server, workspace, pullNumber: 8, eventName: 'pull_request_target', gitHead: BASE_SHA });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /::error::tidb-import-guard cannot check pull request #8: the workspace is at commit bbbbbbbbbbbb, which is neither the pull request's head aaaaaaaaaaaa nor a merge commit of it/,
    );
    expect(run.stdout).toContain('ref: ${{ github.event.pull_request.head.sha }}');
    expect(run.summary).toContain('The check could not run');
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('a workspace that is not a git checkout: exit 2', async () => {
    openPullRequest(server, 8, [addedFile(workspace, CATALOG)]);
    const run = await runAction({ server, workspace, pullNumber: 8, gitHead: false });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('the workspace is not a git checkout');
  });

  it('the merge commit of a pull_request checkout (a real repository) is accepted; removed files are not expected on disk', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          PATH: process.env['PATH'] ?? '',
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
          HOME: dirname(workspace),
        },
      }).trim();
    rmSync(join(workspace, '.git'), { recursive: true, force: true });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(workspace, 'legacy.sql'), '-- removed by the pull request\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'feature');
    rmSync(join(workspace, 'legacy.sql'));
    mkdirSync(join(workspace, 'deploy/prod'), { recursive: true });
    writeFileSync(
      join(workspace, CATALOG),
      `${execFileSync('git', ['show', `${base}:${CATALOG}`], { cwd: workspace, encoding: 'utf8' })}# reviewed\n`,
    );
    git('commit', '-q', '-am', 'head');
    const head = git('rev-parse', 'HEAD');
    git('checkout', '-q', 'main');
    writeFileSync(join(workspace, 'other.txt'), 'the base moved on\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'base moved');
    git('merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    git('checkout', '-q', '--detach');
    openPullRequest(server, 9, [addedFile(workspace, CATALOG), { filename: 'legacy.sql', status: 'removed' }], head);
    const run = await runAction({ server, workspace, pullNumber: 9, headSha: head, gitHead: false });
    expect(run.stdout).not.toContain('cannot check pull request');
    expect(run.code).toBe(0);
    // And HEAD on a commit that merely descends from the head is refused.
    writeFileSync(join(workspace, 'later.txt'), 'x\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'later');
    const again = await runAction({ server, workspace, pullNumber: 9, headSha: head, gitHead: false });
    expect(again.code).toBe(2);
  });
});

describe('a malformed event payload: exit 2 with a clear error, no stack trace, no runner path', () => {
  it.each([
    ['not JSON', '{"pull_request": {"number": 7,', /the event payload \(GITHUB_EVENT_PATH\) is not valid JSON/],
    ['null', 'null', /not a JSON object/],
    [
      'a pull_request without a head',
      '{"pull_request": {"number": 7, "base": {"sha": "' + 'b'.repeat(40) + '"}}}',
      /`pull_request.head.sha` is not a commit id/,
    ],
  ])('%s', async (name, text, message) => {
    openPullRequest(server, 7, [addedFile(workspace, CATALOG)]);
    // One through the bundle: loading @actions/github there used to parse the payload and crash.
    const run = await runAction({ server, workspace, pullNumber: 7, rawPayload: text, bundle: name === 'not JSON' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(message);
    const all = run.stdout + run.stderr;
    expect(all).not.toMatch(/^\s+at /m);
    expect(all).not.toContain(dirname(workspace));
    expect(server.requests).toEqual([]);
  });
});
