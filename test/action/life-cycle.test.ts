/**
 * A pull request's whole life through the built bundle and the loopback GitHub (issue 10):
 * outdated comments, rate limits, a hanging API, the order of the action's own messages, and the
 * size of the job summary.
 */
import { describe, expect, it } from 'vitest';
import { type FakeGitHub } from '../github-server/server.js';
import { addedFile, addedPatch, openPullRequest, readWorkspaceFile, runAction, writeFile, withFakeGitHub } from './harness.js';

const ORDERS = 'deploy/prod/orders.toml';
const EVENTS = 'migrations/prod/2026-11-22-events.sql';
let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));
const count = (operationId: string) => server.requests.filter((r) => r.operationId === operationId).length;

describe('outdated comments', () => {
  it('after a push GitHub marks the comment outdated (line null): a live comment is posted and the outdated one removed', async () => {
    openPullRequest(server, 3, [addedFile(workspace, ORDERS)]);
    await runAction({ server, workspace, pullNumber: 3 });
    expect(server.state.reviewComments).toHaveLength(1);
    const outdated = server.state.reviewComments[0]!;
    outdated.line = null;
    const run = await runAction({ server, workspace, pullNumber: 3 });
    expect(run.code).toBe(1);
    expect(server.state.reviewComments.map((c) => c.line)).toEqual([6]);
    expect(server.state.reviewComments[0]!.id).not.toBe(outdated.id);
  });
});

describe('rate limits', () => {
  it('a primary rate limit (403, x-ratelimit-remaining: 0) is reported as a rate limit, not as a missing permission', async () => {
    openPullRequest(server, 4, [addedFile(workspace, ORDERS)]);
    server.faults.push({
      operationId: 'pulls/create-review',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0' },
      message: 'API rate limit exceeded for installation',
      times: Infinity,
    });
    const run = await runAction({ server, workspace, pullNumber: 4 });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::warning::GitHub's primary rate limit stopped the review/);
    expect(run.stdout).not.toContain('pull-requests: write');
    expect(run.stdout).not.toContain('Refused as inline comments');
    expect(count('pulls/create-review')).toBe(1);
  });

  it('after a secondary rate limit outlasts its retries, no further write is sent; the rest is left to the next run', async () => {
    const paths = Array.from({ length: 12 }, (_, i) => `migrations/prod/rl/${i}.sql`);
    for (const path of paths) writeFile(workspace, path, `IMPORT INTO app.t FROM 's3://b/${path}';\n`);
    openPullRequest(
      server,
      5,
      paths.map((p) => addedFile(workspace, p)),
    );
    await runAction({ server, workspace, pullNumber: 5 });
    expect(server.state.reviewComments).toHaveLength(12);
    // A push that fixes everything; GitHub then refuses writes with a secondary rate limit.
    for (const path of paths) writeFile(workspace, path, '-- nothing\n');
    const head = 'e'.repeat(40);
    openPullRequest(
      server,
      5,
      paths.map((p) => addedFile(workspace, p)),
      head,
    );
    const mark = server.requests.length;
    server.faults.push({
      method: 'DELETE',
      status: 403,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit',
      times: Infinity,
    });
    const run = await runAction({ server, workspace, pullNumber: 5, headSha: head });
    expect(run.code).toBe(0);
    const writes = server.requests.slice(mark).filter((r) => r.method !== 'GET');
    // One DELETE and its 3 retries, then nothing: no other deletion, no summary edit.
    expect(writes.map((r) => r.method)).toEqual(['DELETE', 'DELETE', 'DELETE', 'DELETE']);
    expect(run.stdout).toMatch(/stale review comment\(s\) were left for the next run \(a secondary rate limit/);
  });
});

describe('one deadline for the whole API phase', () => {
  it('an API that never answers ends at the deadline, and the check does not pass', async () => {
    openPullRequest(server, 6, [addedFile(workspace, ORDERS)]);
    server.faults.push({ status: 200, hang: true, times: Infinity });
    const run = await runAction({ server, workspace, pullNumber: 6, extraEnv: { TIDB_IMPORT_GUARD_API_DEADLINE_MS: '1500' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/deadline of 2 s has passed|aborted/);
    // The deadline, not 4 tries x 30 s per request, bounds the phase: few requests were made.
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });
});

describe('messages', () => {
  it("the action's own warnings come before the findings' annotations", async () => {
    server.readOnlyTokens.add('read-only');
    const paths = Array.from({ length: 12 }, (_, i) => `migrations/prod/many/${i}.sql`);
    for (const path of paths) writeFile(workspace, path, `IMPORT INTO app.t FROM 's3://b/${path}';\n`);
    openPullRequest(
      server,
      7,
      paths.map((p) => addedFile(workspace, p)),
    );
    const run = await runAction({ server, workspace, pullNumber: 7, token: 'read-only', fork: true });
    const warning = run.stdout.indexOf('::warning::Could not post pull-request comments');
    const firstError = run.stdout.indexOf('::error title=');
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(firstError).toBeGreaterThan(warning);
    expect(run.stdout).toContain('docs/github/README.md#pull-requests-from-forks-the-two-workflow-mode');
    expect(run.stdout).not.toContain('fork-mode.md');
  });

  it('the job summary lists findings beyond the 64 KB comment limit, and claims no artifact', async () => {
    const paths = Array.from({ length: 400 }, (_, i) => `migrations/prod/sum/${String(i).padStart(3, '0')}.sql`);
    for (const path of paths)
      writeFile(workspace, path, `IMPORT INTO app.t${'x'.repeat(40)} FROM 's3://bucket/${'y'.repeat(60)}/${path}';\n`);
    const run = await runAction({ server, workspace });
    expect(run.code).toBe(1);
    expect(run.summary.length).toBeGreaterThan(70_000);
    expect(run.summary.length).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('sum/399.sql');
    expect(run.summary).not.toContain('report artifact');
    expect(run.summary).not.toContain('not listed here');
  });

  it("no policy: the message names the action's `policy` input, not a CLI flag", async () => {
    const { rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    rmSync(join(workspace, '.github'), { recursive: true });
    const run = await runAction({ server, workspace });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("set the action's `policy` input");
    expect(run.stdout).not.toContain('--policy');
  });
});

describe('the review body', () => {
  it('does not promise a rest in the summary when every finding is inline', async () => {
    openPullRequest(server, 8, [addedFile(workspace, ORDERS), addedFile(workspace, EVENTS)]);
    await runAction({ server, workspace, pullNumber: 8 });
    expect(server.state.reviews[0]!.body).toBe('tidb-import-guard: 2 new inline comment(s).');
  });
});

describe('merge queues', () => {
  const group = (base: string, head: string) => ({
    action: 'checks_requested',
    merge_group: { head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7', base_sha: base, base_ref: 'refs/heads/main' },
  });

  it('merge_group lints the files between base_sha and head_sha (compare API), not an untouched legacy file', async () => {
    const base = 'b'.repeat(40);
    const head = 'a'.repeat(40);
    server.state.compares.set(`${base}...${head}`, [addedFile(workspace, 'deploy/prod/catalog.toml')]);
    // Through the bundle: the merge-queue path.
    const run = await runAction({ server, workspace, eventName: 'merge_group', payload: group(base, head), headSha: head, bundle: true });
    expect(run.code).toBe(0);
    expect(count('repos/compare-commits-with-basehead')).toBe(1);
    expect(run.summary).toContain('the 1 file the merge group changes');
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('a comparison at the 300-file cap lints everything', async () => {
    const base = 'b'.repeat(40);
    const head = 'a'.repeat(40);
    server.state.compares.set(
      `${base}...${head}`,
      Array.from({ length: 300 }, (_, i) => ({ filename: `x/${i}.txt`, status: 'added' as const })),
    );
    const run = await runAction({ server, workspace, eventName: 'merge_group', payload: group(base, head), headSha: head });
    expect(run.code).toBe(1);
    expect(run.outputs['errors']).toBe('2');
  });
});

describe('switching the comment input', () => {
  it('from review to summary removes the earlier inline comments; none touches nothing', async () => {
    openPullRequest(server, 9, [addedFile(workspace, ORDERS), addedFile(workspace, EVENTS)]);
    await runAction({ server, workspace, pullNumber: 9 });
    expect(server.state.reviewComments).toHaveLength(2);
    const none = await runAction({ server, workspace, pullNumber: 9, inputs: { comment: 'none' } });
    expect(none.code).toBe(1);
    expect(server.state.reviewComments).toHaveLength(2);
    const summary = await runAction({ server, workspace, pullNumber: 9, inputs: { comment: 'summary' } });
    expect(summary.code).toBe(1);
    expect(server.state.reviewComments).toEqual([]);
    expect(server.state.issueComments.filter((c) => c.body.includes('tidb-import-guard:summary'))).toHaveLength(1);
  });
});

describe('the checked-out code is not the head (a merge commit where the base gained lines)', () => {
  it('no comment or suggestion lands on a line whose text differs; the finding is listed instead', async () => {
    const original = readWorkspaceFile(workspace, ORDERS);
    // The head has the risky line at 6; the merge commit on disk has three more lines above it.
    const head = `${original}# a\n# b\n# c\n`;
    writeFile(workspace, ORDERS, `# base 1\n# base 2\n# base 3\n${original}`);
    openPullRequest(server, 31, [{ filename: ORDERS, status: 'added', patch: addedPatch(head) }]);
    const run = await runAction({ server, workspace, pullNumber: 31 });
    expect(run.code).toBe(1);
    expect(server.state.reviewComments).toEqual([]);
    const summary = server.state.issueComments.find((c) => c.body.includes('tidb-import-guard:summary'))!.body;
    expect(summary).toContain('Not placed inline: the checked-out line differs from the pull request head');
    expect(summary).not.toContain('```suggestion');
  });
});

describe('a review GitHub did not take (5xx, timeout)', () => {
  it('is listed as "not posted this run", not as refused by GitHub', async () => {
    openPullRequest(server, 32, [addedFile(workspace, ORDERS)]);
    server.faults.push({ operationId: 'pulls/create-review', status: 502, times: 1 });
    const run = await runAction({ server, workspace, pullNumber: 32 });
    expect(run.code).toBe(1);
    const summary = server.state.issueComments.find((c) => c.body.includes('tidb-import-guard:summary'))!.body;
    expect(summary).toContain('Not posted as inline comments this run (GitHub did not take the review; the next run posts them)');
    expect(summary).not.toContain('Refused as inline comments');
    expect(run.stdout).toMatch(/::warning::Could not post the review \(HTTP 502/);
  });
});
