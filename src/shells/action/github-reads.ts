/**
 * What the action reads from GitHub besides the changed files: file contents at a commit (the base
 * policy, the base branch's CODEOWNERS), a pull request's reviews, and team memberships. Each
 * returns data or throws the client's error; the callers decide what a failure means.
 */
import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES, parseCodeOwners, type CodeOwners } from './codeowners.js';
import { approvalOf, applyApprovals, approversOf, needsApproval, type FileApproval, type Membership, type Review } from './approval.js';
import { describeError, errorStatus, type GitHubClient } from './github-api.js';
import type { CheckResult } from '../../lint/result.js';

export interface RepositoryRef {
  readonly owner: string;
  readonly repo: string;
}

/**
 * A file's text at `ref`, or undefined when there is no such file. Over 1 MB the contents API
 * gives no content: that is an error (the file cannot be compared), never "no file".
 */
export async function readFileAtRef(
  client: GitHubClient,
  repository: RepositoryRef,
  path: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const response = await client.rest.repos.getContent({ ...repository, path, ref });
    const data = response.data as { type?: string; content?: string; encoding?: string };
    if (data.type !== 'file' || typeof data.content !== 'string') return undefined;
    if (data.encoding !== 'base64') throw new Error(`${path} at ${ref.slice(0, 7)} is too large for the contents API`);
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (errorStatus(error) !== 404) throw error;
    return undefined;
  }
}

/** The first CODEOWNERS file of the commit, in GitHub's order; undefined when there is none. */
export async function readCodeOwners(
  client: GitHubClient,
  repository: RepositoryRef,
  ref: string,
): Promise<{ path: string; owners: CodeOwners } | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await readFileAtRef(client, repository, path, ref);
    if (text === undefined) continue;
    // GitHub ignores a CODEOWNERS file of 3 MB or more.
    if (Buffer.byteLength(text) >= CODEOWNERS_MAX_BYTES) return undefined;
    return { path, owners: parseCodeOwners(text) };
  }
  return undefined;
}

export async function listReviews(client: GitHubClient, repository: RepositoryRef, pullNumber: number): Promise<Review[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...repository, pull_number: pullNumber, per_page: 100 });
  return reviews.flatMap((review) =>
    review.user?.login
      ? [
          {
            login: review.user.login,
            state: String(review.state),
            commitId: typeof review.commit_id === 'string' ? review.commit_id : null,
          },
        ]
      : [],
  );
}

/** A team membership; anything the API does not confirm as active is not one. */
export async function teamMembership(client: GitHubClient, org: string, slug: string, login: string): Promise<Membership> {
  try {
    const response = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
    return response.data.state === 'active' ? { kind: 'active' } : { kind: 'not-active' };
  } catch (error) {
    return { kind: 'unreadable', why: describeError(error) };
  }
}

/**
 * `policy-weakened` findings of a pull request, each cleared to a notice when an owner of its file
 * (base branch CODEOWNERS) approved the head commit. Reads only when there is something to clear.
 */
export async function approveWeakenings(
  client: GitHubClient,
  repository: RepositoryRef,
  pr: { readonly number: number; readonly headSha: string; readonly baseSha: string; readonly author?: string },
  result: CheckResult,
): Promise<CheckResult> {
  const files = [...new Set(result.report.findings.filter(needsApproval).map((f) => f.file))];
  if (!files.length) return result;
  const approvals = new Map<string, FileApproval>();
  const unclear = (why: string): CheckResult => applyApprovals(result, new Map(files.map((f) => [f, { cleared: false, why }])), pr.headSha);
  if (pr.author === undefined) return unclear("the event does not name the pull request's author, whose own approval must not count");
  let approvers: string[];
  let codeOwners: Awaited<ReturnType<typeof readCodeOwners>>;
  try {
    approvers = approversOf(await listReviews(client, repository, pr.number), pr.headSha, pr.author);
    // Nobody approved the head commit: CODEOWNERS is not worth a request.
    codeOwners = approvers.length ? await readCodeOwners(client, repository, pr.baseSha) : undefined;
  } catch (error) {
    return unclear(`the reviews or the base branch's CODEOWNERS could not be read (${describeError(error)})`);
  }
  const memberships = new Map<string, Promise<Membership>>();
  const membershipOf = (org: string, slug: string, login: string): Promise<Membership> => {
    const key = `${org}/${slug}\u0000${login.toLowerCase()}`;
    if (!memberships.has(key)) memberships.set(key, teamMembership(client, org, slug, login));
    return memberships.get(key) as Promise<Membership>;
  };
  for (const file of files) {
    approvals.set(
      file,
      approvers.length
        ? await approvalOf(file, codeOwners, approvers, membershipOf)
        : {
            cleared: false,
            why: `no review approves the head commit; an owner of ${file} per the base branch's CODEOWNERS can approve it`,
          },
    );
  }
  return applyApprovals(result, approvals, pr.headSha);
}
