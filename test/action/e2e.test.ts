/**
 * End-to-end: the built dist/index.js against the loopback GitHub API, scenario by scenario.
 * The fixture repository (fixtures/repo) has a policy with log backup on `prod`, a physical
 * Lightning import (deploy/prod/orders.toml, finding on line 6 with a one-line fix), a logical one
 * (catalog.toml, clean) and an IMPORT INTO (migrations/prod/2026-11-22-events.sql, line 4).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type FakeGitHub } from '../github-server/server.js';
import { fingerprintsInBody } from '../../src/report/markers.js';
import { RULE_IDS } from '../../src/lint/rules/registry.js';
import { addedFile, addedPatch, BASE_SHA, openPullRequest, readWorkspaceFile, runAction, writeFile, withFakeGitHub } from './harness.js';

const ORDERS = 'deploy/prod/orders.toml';
const CATALOG = 'deploy/prod/catalog.toml';
const EVENTS = 'migrations/prod/2026-11-22-events.sql';
const POLICY = '.github/tidb-import-guard.yml';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

const ownSummaries = () => server.state.issueComments.filter((c) => c.body.includes('<!-- tidb-import-guard:summary'));
const count = (operationId: string) => server.requests.filter((r) => r.operationId === operationId).length;

describe('the action on a pull request', () => {
  it('first run: one review with inline comments on diff lines, a suggestion, the summary comment, annotations, outputs', async () => {
    // events.sql is modified only in its first two lines: its finding (line 4) is outside the diff.
    openPullRequest(server, 7, [
      addedFile(workspace, ORDERS),
      addedFile(workspace, CATALOG),
      {
        filename: EVENTS,
        status: 'modified',
        patch:
          '@@ -1,2 +1,2 @@\n--- Old header.\n+-- Load the events backfill.\n CREATE TABLE IF NOT EXISTS app.events (id BIGINT PRIMARY KEY, payload JSON);',
      },
    ]);
    // Through the bundle: the main path of a pull request, as the runner runs it.
    const run = await runAction({ server, workspace, pullNumber: 7, inputs: { sarif: 'out/results.sarif' }, bundle: true });
    expect(run.code).toBe(1);

    expect(server.state.reviews).toHaveLength(1);
    expect(server.state.reviews[0]?.event).toBe('COMMENT');
    expect(server.state.reviewComments).toHaveLength(1);
    const comment = server.state.reviewComments[0]!;
    expect(comment).toMatchObject({ path: ORDERS, line: 6, side: 'RIGHT', commit_id: 'a'.repeat(40) });
    expect(comment.body).toContain('precheck-blocks-import');
    expect(comment.body).toContain('```suggestion\nbackend = "tidb"\n```');
    expect(fingerprintsInBody(comment.body)).toHaveLength(1);

    const summaries = ownSummaries();
    expect(summaries).toHaveLength(1);
    const summary = summaries[0]!.body;
    expect(summary).toContain('<!-- tidb-import-guard:summary policy=.github%2Ftidb-import-guard.yml -->');
    expect(summary).toContain('| Cluster | TiDB | Log backup | Changefeeds | Jobs | Findings | What to do |');
    expect(summary).toMatch(/\| \*\*prod\*\*<br>Production \| v8\.5\.1 \| on \(`pitr-prod`\) \| none \| 3 \| 2 errors \|/);
    expect(summary).toContain('### Not on a line of the diff (1)');
    expect(summary).toContain(`${EVENTS}:4`);
    expect(summary).toContain('Inline review comments: 1 new, 0 already posted');

    // Annotations through @actions/core, with file and line properties.
    expect(run.stdout).toMatch(
      /::error title=precheck-blocks-import \(prod\),file=deploy\/prod\/orders\.toml,line=6,endLine=6,col=1,endColumn=18::/,
    );
    expect(run.stdout).toMatch(/::error title=precheck-blocks-import \(prod\),file=migrations\/prod\/2026-11-22-events\.sql,line=4/);

    // Job summary carries the same table; outputs and files are set.
    expect(run.summary).toContain('| Cluster | TiDB | Log backup | Changefeeds | Jobs | Findings | What to do |');
    expect(run.summary).not.toContain('<!-- tidb-import-guard:summary');
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '0', notices: '0', suppressed: '0' });
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { version: number; findings: { file: string }[] };
    expect(report.version).toBe(1);
    expect(report.findings.map((f) => f.file)).toEqual([ORDERS, EVENTS]);
    expect(run.outputs['sarif-file']).toMatch(/out\/results\.sarif$/);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(2);
    // Pull-request scope: only the changed files were listed, 100 a page.
    expect(server.requests.find((r) => r.operationId === 'pulls/list-files')?.path).toContain('per_page=100');
  });

  it('re-run: posts nothing new and edits the summary comment in place', async () => {
    openPullRequest(server, 7, [addedFile(workspace, ORDERS), addedFile(workspace, EVENTS)]);
    const first = await runAction({ server, workspace, pullNumber: 7 });
    expect(first.code).toBe(1);
    expect(server.state.reviewComments).toHaveLength(2);
    const before = server.state.reviewComments.map((c) => ({ ...c }));
    const summaryId = ownSummaries()[0]!.id;

    const second = await runAction({ server, workspace, pullNumber: 7 });
    expect(second.code).toBe(1);
    expect(server.state.reviews).toHaveLength(1);
    expect(server.state.reviewComments).toEqual(before);
    expect(ownSummaries().map((c) => c.id)).toEqual([summaryId]);
    // Nothing changed but this run's counts: the summary is not edited (no notification).
    expect(ownSummaries()[0]!.body).toContain('Inline review comments: 2 new, 0 already posted');
    expect(count('issues/create-comment')).toBe(1);
    expect(count('issues/update-comment')).toBe(0);
    expect(server.requests.filter((r) => r.method !== 'GET').length).toBe(2);
  });

  it('a push that fixes findings deletes their comments, but keeps (and marks resolved) one a person replied to', async () => {
    openPullRequest(server, 7, [addedFile(workspace, ORDERS), addedFile(workspace, EVENTS)]);
    await runAction({ server, workspace, pullNumber: 7 });
    const ordersComment = server.state.reviewComments.find((c) => c.path === ORDERS)!;
    const eventsComment = server.state.reviewComments.find((c) => c.path === EVENTS)!;
    // A person replies to the events comment, and writes a comment of their own.
    server.state.reviewComments.push(
      {
        ...eventsComment,
        id: server.nextId(),
        body: 'We take a snapshot right after; see CHG-12.',
        in_reply_to_id: eventsComment.id,
        user: { login: 'dba', type: 'User' },
      },
      { ...ordersComment, id: server.nextId(), body: 'Why is this physical?', user: { login: 'reviewer', type: 'User' } },
    );
    const humanComments = server.state.reviewComments.filter((c) => c.user.type === 'User').map((c) => ({ ...c }));

    // The push: orders.toml switches to logical mode, the IMPORT INTO is dropped.
    writeFile(workspace, ORDERS, readWorkspaceFile(workspace, ORDERS).replace('backend = "local"', 'backend = "tidb"'));
    writeFile(
      workspace,
      EVENTS,
      '-- Load the events backfill.\nCREATE TABLE IF NOT EXISTS app.events (id BIGINT PRIMARY KEY, payload JSON);\n',
    );
    const head2 = 'c'.repeat(40);
    openPullRequest(server, 7, [addedFile(workspace, ORDERS), addedFile(workspace, EVENTS)], head2);
    const run = await runAction({ server, workspace, pullNumber: 7, headSha: head2 });
    expect(run.code).toBe(0);

    expect(server.state.reviewComments.find((c) => c.id === ordersComment.id)).toBeUndefined();
    const kept = server.state.reviewComments.find((c) => c.id === eventsComment.id);
    expect(kept?.body).toContain('Resolved');
    expect(kept?.body).toContain('cccccccccccc');
    expect(fingerprintsInBody(kept?.body)).toEqual([]);
    for (const human of humanComments) expect(server.state.reviewComments).toContainEqual(human);
    expect(server.state.reviews).toHaveLength(1);
    expect(ownSummaries()).toHaveLength(1);
    expect(ownSummaries()[0]!.body).toContain('✅ **This check passes**');
    expect(ownSummaries()[0]!.body).toContain('1 removed (fixed), 1 marked resolved');
  });

  it('120 changed files: lists them across pages, posts 30 inline comments, lists the rest, caps annotations', async () => {
    const files = [];
    for (let i = 0; i < 120; i++) {
      const path = `migrations/prod/bulk/${String(i).padStart(3, '0')}.sql`;
      writeFile(workspace, path, `-- bulk load ${i}\nIMPORT INTO app.t${i} FROM 's3://bucket/t${i}/*.csv';\n`);
      files.push(addedFile(workspace, path));
    }
    openPullRequest(server, 9, files);
    const run = await runAction({ server, workspace, pullNumber: 9 });
    expect(run.code).toBe(1);
    const pages = server.requests
      .filter((r) => r.operationId === 'pulls/list-files')
      .map((r) => new URL(r.path, server.url).searchParams.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
    expect(run.outputs['errors']).toBe('120');
    expect(server.state.reviews).toHaveLength(1);
    expect(server.state.reviewComments).toHaveLength(30);
    const summary = ownSummaries()[0]!.body;
    expect(summary).toContain('### Over the limit of 30 inline comments per pull request (90)');
    expect(summary.length).toBeLessThan(65_536);
    // Only the fixture's orders.toml and events.sql are outside the PR: not linted.
    expect(summary).not.toContain(ORDERS);
    expect(run.stdout.match(/^::error /gm)).toHaveLength(10);
    expect(run.summary).toContain('Not shown as annotations (GitHub shows at most 10 of each severity per step): 110 errors.');
  });

  it('a fork pull request with a read-only token: no comments, a warning, annotations and job summary, same exit status', async () => {
    server.readOnlyTokens.add('read-only');
    openPullRequest(server, 11, [addedFile(workspace, ORDERS)]);
    const run = await runAction({ server, workspace, pullNumber: 11, token: 'read-only', fork: true });
    expect(run.code).toBe(1);
    expect(server.state.reviewComments).toEqual([]);
    expect(server.state.issueComments).toEqual([]);
    expect(run.stdout).toMatch(/::warning::Could not post pull-request comments \(HTTP 403.*fork.*read-only/);
    expect(run.stdout).toMatch(/::error title=precheck-blocks-import \(prod\),file=deploy\/prod\/orders\.toml,line=6/);
    expect(run.summary).toContain('this pull request comes from a fork');
    expect(run.summary).toContain('| Cluster |');
    // The 403 is not retried, and the summary comment is not attempted after it.
    expect(count('pulls/create-review')).toBe(1);
    expect(count('issues/create-comment')).toBe(0);
    expect(run.outputs['errors']).toBe('1');
  });

  it('an API that fails every call: bounded retries, and exit 2 (the base policy cannot be compared), never a pass', async () => {
    openPullRequest(server, 12, [addedFile(workspace, ORDERS)]);
    server.faults.push({ status: 502, message: 'Bad Gateway', times: Infinity });
    // Through the bundle: an API fault.
    const run = await runAction({ server, workspace, pullNumber: 12, bundle: true });
    // Without the file list the policy may be among the changes, and its base cannot be read.
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::warning::Could not list the pull request's files \(HTTP 502/);
    expect(run.stdout).toMatch(/::error::tidb-import-guard could not read the base branch's policy \(HTTP 502.*policy-weakened/);
    expect(run.summary).toContain('The check could not run');
    // 1 try + 3 retries of listFiles and of the base policy; no comment calls.
    expect(count('pulls/list-files')).toBe(4);
    expect(count('repos/get-content')).toBe(4);
    expect(server.requests.every((r) => r.status === 502)).toBe(true);
    expect(server.state.issueComments).toEqual([]);
  });

  it('an API that fails every call, policy outside the repository: all files linted, exit status still right', async () => {
    openPullRequest(server, 12, [addedFile(workspace, ORDERS)]);
    server.faults.push({ status: 502, message: 'Bad Gateway', times: Infinity });
    const outside = join(dirname(workspace), 'policy.yml');
    writeFileSync(outside, readWorkspaceFile(workspace, POLICY));
    const run = await runAction({ server, workspace, pullNumber: 12, inputs: { policy: outside } });
    expect(run.code).toBe(1);
    expect(run.outputs['errors']).toBe('2');
    expect(run.summary).toContain("all files (the pull request's files could not be listed)");
    expect(count('repos/get-content')).toBe(0);
  });

  it('a review GitHub rejects with 422 is retried comment by comment', async () => {
    openPullRequest(server, 17, [addedFile(workspace, ORDERS), addedFile(workspace, EVENTS)]);
    server.faults.push({ operationId: 'pulls/create-review', status: 422, message: 'Line could not be resolved', times: 1 });
    const run = await runAction({ server, workspace, pullNumber: 17 });
    expect(run.code).toBe(1);
    expect(count('pulls/create-review')).toBe(1);
    expect(count('pulls/create-review-comment')).toBe(2);
    expect(server.state.reviewComments.map((c) => c.path).sort()).toEqual([ORDERS, EVENTS].sort());
  });

  it('a clean change with a failing comment API still passes', async () => {
    openPullRequest(server, 13, [addedFile(workspace, CATALOG)]);
    server.faults.push({ operationId: 'issues/list-comments', status: 500, times: Infinity });
    const run = await runAction({ server, workspace, pullNumber: 13 });
    expect(run.code).toBe(0);
    expect(run.outputs['errors']).toBe('0');
  });

  it('retries secondary rate limits (honouring retry-after) and 5xx reads, then posts', async () => {
    openPullRequest(server, 14, [addedFile(workspace, ORDERS)]);
    server.faults.push(
      {
        operationId: 'pulls/create-review',
        status: 403,
        headers: { 'retry-after': '1' },
        message: 'You have exceeded a secondary rate limit',
        times: 2,
      },
      { operationId: 'pulls/list-files', status: 503, times: 1 },
    );
    const run = await runAction({ server, workspace, pullNumber: 14 });
    expect(run.code).toBe(1);
    expect(count('pulls/create-review')).toBe(3);
    expect(count('pulls/list-files')).toBe(2);
    expect(server.state.reviewComments).toHaveLength(1);
    expect(ownSummaries()).toHaveLength(1);
  });

  it('never retries a write that failed with a server error: it may have landed, and a retry would post twice', async () => {
    openPullRequest(server, 16, [addedFile(workspace, ORDERS)]);
    server.faults.push(
      { operationId: 'pulls/create-review', status: 502, times: 1 },
      { operationId: 'issues/create-comment', status: 503, times: 1 },
    );
    const run = await runAction({ server, workspace, pullNumber: 16 });
    expect(run.code).toBe(1);
    expect(count('pulls/create-review')).toBe(1);
    expect(count('pulls/create-review-comment')).toBe(0);
    expect(count('issues/create-comment')).toBe(1);
    expect(run.stdout).toContain('Could not post the review');
    // The next run posts what is missing, once.
    const again = await runAction({ server, workspace, pullNumber: 16 });
    expect(again.code).toBe(1);
    expect(server.state.reviewComments).toHaveLength(1);
    expect(ownSummaries()).toHaveLength(1);
  });

  it('the policy changed in the PR: every file is linted and the base policy is fetched at the base sha', async () => {
    const basePolicy = `${readWorkspaceFile(workspace, POLICY)}    changefeeds:\n      - id: prod-to-kafka\n        downstream: { kind: kafka }\n`;
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, basePolicy);
    openPullRequest(server, 15, [
      { filename: POLICY, status: 'modified', patch: addedPatch(readWorkspaceFile(workspace, POLICY)).replace('@@ -0,0', '@@ -1,10') },
      addedFile(workspace, CATALOG),
    ]);
    const run = await runAction({ server, workspace, pullNumber: 15 });
    expect(run.code).toBe(1);
    const fetched = server.requests.filter((r) => r.operationId === 'repos/get-content');
    expect(fetched).toHaveLength(1);
    expect(new URL(fetched[0]!.path, server.url).searchParams.get('ref')).toBe(BASE_SHA);
    // orders.toml and events.sql are not in the PR, yet linted; the removed changefeed is a
    // policy-weakened error (its severity comes from the base policy, default error).
    expect(run.outputs['errors']).toBe('3');
    const summary = ownSummaries()[0]!.body;
    expect(summary).toContain('all files (the policy changed in this pull request)');
    expect(summary).toContain('### Not on a line of the diff (2)');
  });

  // Activates when the lead adds policy-weakened to the rule registry (the engine wiring is theirs).
  it.skipIf(!RULE_IDS.has('policy-weakened'))(
    'the policy changed in the PR: the removed changefeed is reported as policy-weakened',
    async () => {
      const basePolicy = `${readWorkspaceFile(workspace, POLICY)}    changefeeds:\n      - id: prod-to-kafka\n        downstream: { kind: kafka }\n`;
      server.state.contents.set(`${BASE_SHA}:${POLICY}`, basePolicy);
      openPullRequest(server, 15, [
        { filename: POLICY, status: 'modified', patch: addedPatch(readWorkspaceFile(workspace, POLICY)).replace('@@ -0,0', '@@ -1,13') },
      ]);
      const run = await runAction({ server, workspace, pullNumber: 15 });
      const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as {
        findings: { rule: string; file: string; message: string }[];
      };
      const weakened = report.findings.filter((f) => f.rule === 'policy-weakened');
      expect(weakened.length).toBeGreaterThan(0);
      expect(weakened[0]?.file).toBe(POLICY);
      expect(weakened[0]?.message).toContain('prod-to-kafka');
    },
  );

  it('comment: none posts nothing; comment: summary posts only the summary', async () => {
    openPullRequest(server, 16, [addedFile(workspace, ORDERS)]);
    await runAction({ server, workspace, pullNumber: 16, inputs: { comment: 'none' } });
    expect(server.state.issueComments).toEqual([]);
    expect(server.state.reviewComments).toEqual([]);
    const run = await runAction({ server, workspace, pullNumber: 16, inputs: { comment: 'summary' } });
    expect(run.code).toBe(1);
    expect(server.state.reviewComments).toEqual([]);
    expect(ownSummaries()).toHaveLength(1);
    expect(ownSummaries()[0]!.body).toContain(`${ORDERS}:6`);
  });
});

describe('fork mode: pull_request lints, workflow_run publishes', () => {
  async function lintForkPullRequest(viaBundle = false): Promise<string> {
    server.readOnlyTokens.add('read-only');
    openPullRequest(server, 21, [addedFile(workspace, ORDERS), addedFile(workspace, EVENTS)]);
    const lint = await runAction({
      server,
      workspace,
      pullNumber: 21,
      token: 'read-only',
      fork: true,
      inputs: { comment: 'none' },
      bundle: viaBundle,
    });
    expect(lint.code).toBe(1);
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const bundle = join(dirname(workspace), 'temp', 'tidb-import-guard', 'result.json');
    expect(existsSync(bundle)).toBe(true);
    // The publisher has no checkout of the fork: an empty workspace.
    rmSync(workspace, { recursive: true });
    mkdirSync(workspace);
    return bundle;
  }
  const workflowRun = {
    action: 'completed',
    workflow_run: { id: 1, head_sha: 'a'.repeat(40), event: 'pull_request', conclusion: 'failure', pull_requests: [] },
  };

  it("publishes the lint run's findings as review and summary comments, from the artifact only", async () => {
    // Through the bundle: both workflows of fork mode.
    await lintForkPullRequest(true);
    const publish = await runAction({ server, workspace, eventName: 'workflow_run', payload: workflowRun, bundle: true });
    expect(publish.code).toBe(0);
    expect(server.state.reviewComments.map((c) => [c.path, c.line])).toEqual([
      [ORDERS, 6],
      [EVENTS, 4],
    ]);
    expect(server.state.reviewComments[0]?.body).toContain('```suggestion\nbackend = "tidb"\n```');
    expect(ownSummaries()).toHaveLength(1);
    // The verdict is the lint run's conclusion (the workflow_run event), not the artifact's word.
    expect(ownSummaries()[0]!.body).toContain('❌ **The lint run failed**');
    expect(publish.outputs['errors']).toBe('2');
    expect(count('pulls/get')).toBe(1);
  });

  it('a forged artifact cannot make the comments say "passes" or "approved": the verdict is the lint run\'s, approvals are re-checked', async () => {
    const bundlePath = await lintForkPullRequest();
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as { result: { report: { findings: Record<string, unknown>[] } } };
    const { findings } = bundle.result.report;
    for (const finding of findings) finding['severity'] = 'notice';
    findings.push({
      rule: 'policy-weakened',
      severity: 'notice',
      file: POLICY,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      suppressed: false,
      fingerprint: 'f'.repeat(24),
      message:
        "this change turns off log backup of `prod`. Approved by @dba-lead (an owner of .github/tidb-import-guard.yml as @dba-lead, per the base branch's CODEOWNERS) on the head commit aaaaaaa.",
    });
    writeFileSync(bundlePath, JSON.stringify(bundle));
    const publish = await runAction({ server, workspace, eventName: 'workflow_run', payload: workflowRun });
    expect(publish.code).toBe(0);
    const body = ownSummaries()[0]!.body;
    expect(body).toContain('❌ **The lint run failed**');
    expect(body).not.toMatch(/passes|passed/);
    expect(body).not.toContain('dba-lead');
    expect(body).toMatch(/turns off log backup[\s\S]*Not approved: no review approves the head commit/);
    expect(body).toContain("Posted from the lint run's artifact");
    // The weakening the artifact called approved is counted as an error again.
    expect(publish.outputs['errors']).toBe('1');
  });

  it("refuses a bundle that names another pull request than the linted commit's", async () => {
    const bundlePath = await lintForkPullRequest();
    openPullRequest(server, 22, [], 'd'.repeat(40));
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as { pullRequest: { number: number } };
    bundle.pullRequest.number = 22;
    writeFileSync(bundlePath, JSON.stringify(bundle));
    const publish = await runAction({ server, workspace, eventName: 'workflow_run', payload: workflowRun });
    expect(publish.code).toBe(2);
    expect(publish.stdout).toContain('refuses to publish: pull request #22 is at dddd');
    expect(server.state.reviewComments).toEqual([]);
    expect(server.state.issueComments).toEqual([]);
  });
});

describe('the action on other events and failures', () => {
  it('push: lints all files, calls no API, writes the job summary; fail-on never passes', async () => {
    const run = await runAction({ server, workspace, inputs: { 'fail-on': 'never' }, bundle: true });
    expect(run.code).toBe(0);
    expect(server.requests).toEqual([]);
    expect(run.outputs['errors']).toBe('2');
    expect(run.summary).toContain('✅ **This check passes** (fail-on: `never`)');
  });

  it('a SARIF path that cannot be written is a warning, not a different verdict', async () => {
    const run = await runAction({ server, workspace, inputs: { sarif: `${ORDERS}/results.sarif` } });
    expect(run.code).toBe(1);
    expect(run.outputs['sarif-file']).toBe('');
    expect(run.outputs['errors']).toBe('2');
    expect(run.stdout).toMatch(/::warning::Could not write .*results\.sarif/);
  });

  it('an invalid policy: exit status 2 with a clear message, never "clean"', async () => {
    writeFile(workspace, POLICY, 'version: 1\nclusters:\n  prod:\n    tidb_versoin: "8.5.1"\n');
    const run = await runAction({ server, workspace });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /::error::tidb-import-guard could not check this repository: the policy \.github\/tidb-import-guard\.yml is invalid/,
    );
    expect(run.summary).toContain('The check could not run');
    expect(existsSync(run.outputs['report-json'] ?? '/nonexistent')).toBe(false);
  });

  it('a bad input: exit status 2 naming the input', async () => {
    const run = await runAction({ server, workspace, inputs: { 'fail-on': 'critical' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Input `fail-on` must be one of');
  });
});
