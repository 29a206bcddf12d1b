/**
 * Approving a weakened policy (github.md, "A pull request's whole life"; issue 10): an approving
 * review of the head commit by an owner of the policy file, per the BASE branch's CODEOWNERS,
 * clears `policy-weakened` to a notice naming the approver. Everything else leaves it failing.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalOf, approversOf, type Membership, withoutClaimedApprovals } from '../../src/shells/action/approval.js';
import type { Finding } from '../../src/core/types.js';
import type { CheckResult } from '../../src/lint/result.js';
import { parseCodeOwners } from '../../src/shells/action/codeowners.js';
import { type FakeGitHub } from '../github-server/server.js';
import { addedPatch, BASE_SHA, HEAD_SHA, openPullRequest, readWorkspaceFile, runAction, withFakeGitHub, writeFile } from './harness.js';

const POLICY = '.github/tidb-import-guard.yml';
const OLDER = 'c'.repeat(40);

describe('who approved (pure)', () => {
  const review = (login: string, state: string, commitId: string | null = HEAD_SHA) => ({ login, state, commitId });

  it('the latest decisive review of each person counts, only an APPROVED one of the head commit, never the author', () => {
    expect(approversOf([review('alice', 'APPROVED')], HEAD_SHA, 'author')).toEqual(['alice']);
    // A comment after an approval changes nothing, as on GitHub.
    expect(approversOf([review('alice', 'APPROVED'), review('alice', 'COMMENTED')], HEAD_SHA, 'author')).toEqual(['alice']);
    expect(approversOf([review('alice', 'APPROVED'), review('alice', 'CHANGES_REQUESTED')], HEAD_SHA, 'author')).toEqual([]);
    expect(approversOf([review('alice', 'CHANGES_REQUESTED'), review('alice', 'APPROVED')], HEAD_SHA, 'author')).toEqual(['alice']);
    expect(approversOf([review('alice', 'DISMISSED')], HEAD_SHA, 'author')).toEqual([]);
    expect(approversOf([review('alice', 'APPROVED', OLDER)], HEAD_SHA, 'author')).toEqual([]);
    expect(approversOf([review('Author', 'APPROVED')], HEAD_SHA, 'author')).toEqual([]);
  });

  it('a user owner clears without any API call; e-mail owners never do', async () => {
    const none = async (): Promise<Membership> => {
      throw new Error('no membership read expected');
    };
    const owners = { path: '.github/CODEOWNERS', owners: parseCodeOwners('* a@b.io\n/.github/ @Alice\n') };
    expect(await approvalOf(POLICY, owners, ['alice'], none)).toEqual({ cleared: true, approver: 'alice', as: '@alice' });
    const emailOnly = { path: 'CODEOWNERS', owners: parseCodeOwners('* a@b.io\n') };
    expect(await approvalOf(POLICY, emailOnly, ['alice'], none)).toMatchObject({ cleared: false, why: expect.stringContaining('e-mail') });
    expect(await approvalOf(POLICY, undefined, ['alice'], none)).toMatchObject({
      cleared: false,
      why: expect.stringContaining('no CODEOWNERS'),
    });
  });
});

describe("fork mode: the artifact's word on approvals (pure)", () => {
  it("a policy-weakened the artifact lowered to a notice is an error again, in the summary and in its cluster's counts", () => {
    const weakened = {
      rule: 'policy-weakened',
      severity: 'notice',
      file: POLICY,
      line: 3,
      column: 1,
      message: 'Changefeed `prod-to-kafka` was removed from cluster `prod`. Approved by @mallory (forged).',
      cluster: 'prod',
      suppressed: false,
      fingerprint: 'f'.repeat(24),
    } as unknown as Finding;
    const other = { ...weakened, rule: 'changefeed-gap', message: 'gap', fingerprint: 'e'.repeat(24) } as Finding;
    const forged = {
      report: {
        version: 1,
        tool: { name: 'tidb-import-guard', version: '1.0.0' },
        policy: POLICY,
        findings: [weakened, other],
        summary: { files: 1, jobs: 0, errors: 0, warnings: 0, notices: 2, suppressed: 0 },
      },
      clusters: [
        {
          cluster: 'prod',
          tidbVersion: 'v8.5.0',
          logBackup: { enabled: true },
          changefeeds: [],
          jobs: 0,
          findings: { error: 0, warning: 0, notice: 2 },
        },
        {
          cluster: 'dr',
          tidbVersion: 'v8.5.0',
          logBackup: { enabled: true },
          changefeeds: [],
          jobs: 0,
          findings: { error: 0, warning: 0, notice: 0 },
        },
      ],
    } as unknown as CheckResult;
    const checked = withoutClaimedApprovals(forged);
    expect(checked.report.findings[0]).toMatchObject({
      severity: 'error',
      message: 'Changefeed `prod-to-kafka` was removed from cluster `prod`.',
    });
    expect(checked.report.findings[1]).toBe(other);
    expect(checked.report.summary).toMatchObject({ errors: 1, notices: 1 });
    expect(checked.clusters[0]?.findings).toEqual({ error: 1, warning: 0, notice: 1 });
    expect(checked.clusters[1]).toBe(forged.clusters[1]);
  });
});

const BASE_POLICY = (head: string) => `${head}    changefeeds:\n      - id: prod-to-kafka\n        downstream: { kind: kafka }\n`;

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

/** A pull request whose only finding is the removal of a changefeed from the policy. */
function weakeningPullRequest(): void {
  rmSync(join(workspace, 'deploy/prod/orders.toml'));
  rmSync(join(workspace, 'migrations'), { recursive: true });
  const head = readWorkspaceFile(workspace, POLICY);
  server.state.contents.set(`${BASE_SHA}:${POLICY}`, BASE_POLICY(head));
  openPullRequest(server, 30, [{ filename: POLICY, status: 'modified', patch: addedPatch(head).replace('@@ -0,0', '@@ -1,13') }]);
}

function approve(login: string, commitId = HEAD_SHA, state: 'APPROVED' | 'DISMISSED' | 'CHANGES_REQUESTED' = 'APPROVED'): void {
  server.state.humanReviews.push({ id: server.nextId(), pull_number: 30, login, state, commit_id: commitId });
}

function weakened(run: { outputs: Record<string, string> }): { severity: string; message: string }[] {
  const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as {
    findings: { rule: string; severity: string; message: string }[];
  };
  return report.findings.filter((f) => f.rule === 'policy-weakened');
}

describe('approving a weakened policy on the loopback GitHub', () => {
  it('without an approval it fails and says who can approve; reviews are read, CODEOWNERS is not', async () => {
    weakeningPullRequest();
    const run = await runAction({ server, workspace, pullNumber: 30 });
    expect(run.code).toBe(1);
    expect(weakened(run)).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('Not approved: no review approves the head commit') }),
    ]);
    expect(server.requests.filter((r) => r.operationId === 'pulls/list-reviews')).toHaveLength(1);
    expect(server.requests.some((r) => r.path.includes('CODEOWNERS'))).toBe(false);
  });

  it('an approval of the head commit by a user owner (base CODEOWNERS) clears it to a notice naming the approver', async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:.github/CODEOWNERS`, `* @everyone-else\n/.github/tidb-import-guard.yml @DBA-Alice\n`);
    approve('dba-alice');
    // Through the bundle: the approval path as the runner runs it.
    const run = await runAction({ server, workspace, pullNumber: 30, bundle: true });
    expect(run.code).toBe(0);
    expect(run.outputs['errors']).toBe('0');
    expect(weakened(run)).toEqual([
      expect.objectContaining({
        severity: 'notice',
        message: expect.stringContaining('Approved by @dba-alice (an owner of .github/tidb-import-guard.yml as @dba-alice'),
      }),
    ]);
    // The summary names the approver, but never as a mention that notifies.
    expect(run.summary).toMatch(/Approved by \u200b@\u200bdba-alice/);
    expect(run.summary).not.toMatch(/Approved by @dba-alice/);
  });

  it('an approval of an older commit, a dismissed one, or one followed by "changes requested" does not clear it', async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:CODEOWNERS`, '* @dba-alice @dba-bob @dba-carol\n');
    approve('dba-alice', OLDER);
    approve('dba-bob', HEAD_SHA, 'DISMISSED');
    approve('dba-carol');
    approve('dba-carol', HEAD_SHA, 'CHANGES_REQUESTED');
    const run = await runAction({ server, workspace, pullNumber: 30 });
    expect(run.code).toBe(1);
    expect(weakened(run)[0]!.severity).toBe('error');
  });

  it('fork mode: the publisher checks the approval itself (the artifact holds the finding before approval)', async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:.github/CODEOWNERS`, '/.github/ @dba-alice\n');
    const lint = await runAction({ server, workspace, pullNumber: 30, inputs: { comment: 'none' } });
    expect(lint.code).toBe(1);
    const bundle = readFileSync(join(workspace, '..', 'temp', 'tidb-import-guard', 'result.json'), 'utf8');
    expect(bundle).not.toContain('Not approved');
    // The owner approves after the lint run; the publisher sees it.
    approve('dba-alice');
    const payload = { action: 'completed', workflow_run: { id: 1, head_sha: HEAD_SHA, event: 'pull_request', conclusion: 'failure' } };
    const publish = await runAction({ server, workspace, eventName: 'workflow_run', payload });
    expect(publish.code).toBe(0);
    expect(publish.outputs['errors']).toBe('0');
    expect(publish.summary).toMatch(/Approved by \u200b@\u200bdba-alice/);
  });

  it('the author never counts, even as an owner and even if GitHub let the review through', async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:.github/CODEOWNERS`, '* @pr-author\n');
    approve('pr-author');
    const run = await runAction({ server, workspace, pullNumber: 30 });
    expect(run.code).toBe(1);
    expect(weakened(run)[0]!.message).toContain('Not approved: no review approves the head commit');
  });

  it("a CODEOWNERS edited in the pull request does not count: only the base branch's", async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:.github/CODEOWNERS`, '* @dba-alice\n');
    writeFile(workspace, '.github/CODEOWNERS', '* @mallory\n');
    server.state.contents.set(`${HEAD_SHA}:.github/CODEOWNERS`, '* @mallory\n');
    approve('mallory');
    const run = await runAction({ server, workspace, pullNumber: 30 });
    expect(run.code).toBe(1);
    expect(weakened(run)[0]!.message).toMatch(
      /not from an owner of \.github\/tidb-import-guard\.yml \(@dba-alice, per the base branch's \.github\/CODEOWNERS\)/,
    );
  });

  it("CODEOWNERS is looked for in .github/, the root, then docs/ (GitHub's order), the first found is used", async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:CODEOWNERS`, '* @root-owner\n');
    server.state.contents.set(`${BASE_SHA}:docs/CODEOWNERS`, '* @docs-owner\n');
    approve('docs-owner');
    const run = await runAction({ server, workspace, pullNumber: 30 });
    expect(run.code).toBe(1);
    expect(weakened(run)[0]!.message).toContain("(@root-owner, per the base branch's CODEOWNERS)");
    approve('root-owner');
    const again = await runAction({ server, workspace, pullNumber: 30 });
    expect(again.code).toBe(0);
  });

  it('a line with invalid syntax is skipped as GitHub skips it: the earlier owner still decides', async () => {
    weakeningPullRequest();
    server.state.contents.set(
      `${BASE_SHA}:.github/CODEOWNERS`,
      '/.github/ @dba-alice\n!/.github/tidb-import-guard.yml @mallory\n/.github/tidb-import-guard.yml [mallory]\n',
    );
    approve('mallory');
    approve('dba-alice');
    const run = await runAction({ server, workspace, pullNumber: 30 });
    expect(run.code).toBe(0);
    expect(weakened(run)[0]!.message).toContain('Approved by @dba-alice');
  });

  it('a team owner: GITHUB_TOKEN cannot read team membership, so it does not clear and says why; a token that can, clears it', async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:.github/CODEOWNERS`, '/.github/ @acme/DBAs\n');
    server.state.teams.set('acme/dbas', new Set(['bob']));
    approve('bob');
    const run = await runAction({ server, workspace, pullNumber: 30 });
    expect(run.code).toBe(1);
    expect(weakened(run)[0]!.message).toMatch(/could not confirm team membership of @bob in @acme\/dbas \(HTTP 403/);
    server.state.orgReadTokens.add('org-token');
    const withOrgToken = await runAction({ server, workspace, pullNumber: 30, token: 'org-token' });
    expect(withOrgToken.code).toBe(0);
    expect(weakened(withOrgToken)[0]!.message).toContain('Approved by @bob (an owner of .github/tidb-import-guard.yml as @acme/dbas');
    expect(server.requests.filter((r) => r.operationId === 'teams/get-membership-for-user-in-org')).toHaveLength(2);
  });
});

/**
 * The inline comment of a weakening through its life (github.md, "A pull request's whole life"):
 * posted as an error; once an owner approves the head commit, the next run edits that same
 * comment to say it is approved (a notice naming the approver), and a later head without an
 * approval turns it back into an error. A run that changes nothing writes nothing.
 */
describe("the weakening's inline comment follows its approval", () => {
  // The tool's comment on the weakening (the policy's unmatched glob has one of its own).
  const inline = () =>
    server.state.reviewComments.filter(
      (c) => c.pull_number === 30 && c.in_reply_to_id === undefined && c.body.includes('`policy-weakened`'),
    );
  const writes = (from: number) => server.requests.slice(from).filter((r) => r.method !== 'GET');

  it('is edited in place to approved on the run after the approval, and back to an error on a new unapproved head', async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:.github/CODEOWNERS`, '/.github/ @dba-alice\n');
    const first = await runAction({ server, workspace, pullNumber: 30 });
    expect(first.code).toBe(1);
    expect(inline()).toHaveLength(1);
    const comment = inline()[0]!;
    expect(comment.body).toContain('🛑 error');

    approve('dba-alice');
    let mark = server.requests.length;
    const approved = await runAction({ server, workspace, pullNumber: 30 });
    expect(approved.code).toBe(0);
    expect(inline()).toHaveLength(1);
    expect(inline()[0]!.id).toBe(comment.id);
    expect(inline()[0]!.body).toContain('ℹ️ notice');
    expect(inline()[0]!.body).toContain('Approved by \u200b@\u200bdba-alice');
    expect(inline()[0]!.body).not.toContain('🛑 error');
    expect(writes(mark).filter((r) => r.operationId === 'pulls/update-review-comment')).toHaveLength(1);
    expect(writes(mark).filter((r) => r.operationId === 'pulls/create-review')).toHaveLength(0);
    expect(approved.summary).toMatch(/1 updated/);

    // The same state again: nothing to write.
    mark = server.requests.length;
    await runAction({ server, workspace, pullNumber: 30 });
    expect(writes(mark).filter((r) => r.operationId?.startsWith('pulls/'))).toEqual([]);

    // A new push: the approval was of the older head, so the weakening fails again, and says so.
    const head = 'd'.repeat(40);
    server.state.pulls.get(30)!.headSha = head;
    const newer = await runAction({ server, workspace, pullNumber: 30, headSha: head });
    expect(newer.code).toBe(1);
    expect(inline()).toHaveLength(1);
    expect(inline()[0]!.body).toContain('🛑 error');
    expect(inline()[0]!.body).not.toContain('Approved by');
  });

  it('a person replied to it: it is still edited, and the reply stays', async () => {
    weakeningPullRequest();
    server.state.contents.set(`${BASE_SHA}:.github/CODEOWNERS`, '/.github/ @dba-alice\n');
    await runAction({ server, workspace, pullNumber: 30 });
    const comment = inline()[0]!;
    server.state.reviewComments.push({
      ...comment,
      id: server.nextId(),
      body: 'Intended: the changefeed is gone.',
      in_reply_to_id: comment.id,
      user: { login: 'dev', type: 'User' },
    });
    approve('dba-alice');
    await runAction({ server, workspace, pullNumber: 30 });
    expect(inline().map((c) => c.id)).toEqual([comment.id]);
    expect(inline()[0]!.body).toContain('ℹ️ notice');
    expect(server.state.reviewComments.filter((c) => c.in_reply_to_id === comment.id).map((c) => c.body)).toEqual([
      'Intended: the changefeed is gone.',
    ]);
  });
});
