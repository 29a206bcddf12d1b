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

/** A file at a commit that is larger than the caller may read: never taken as "no file". */
export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`${path} is ${size} bytes, over the ${maxBytes} bytes it may have`);
  }
}

/**
 * A file's text at `ref`, or undefined when there is no such file (or it is not a file). At most
 * `maxBytes`: a larger file is a `FileTooLargeError`, never "no file".
 *
 * The contents API's JSON answer carries a file's bytes only up to 1 MB; from 1 MB to 100 MB it
 * has an empty `content` and `encoding: "none"` (GitHub's REST docs, repos/get-content), so the
 * bytes are then read through the git blobs API by the file's `sha` (which serves up to 100 MB).
 * Every answer is checked against the size GitHub gave for the file: an answer that does not
 * decode to exactly that many bytes is an error, never the file.
 */
export async function readFileAtRef(
  client: GitHubClient,
  repository: RepositoryRef,
  path: string,
  ref: string,
  maxBytes: number,
): Promise<string | undefined> {
  let data: { type?: unknown; content?: unknown; encoding?: unknown; sha?: unknown; size?: unknown };
  try {
    const response = await client.rest.repos.getContent({ ...repository, path, ref });
    data = response.data as typeof data;
  } catch (error) {
    if (errorStatus(error) !== 404) throw error;
    return undefined;
  }
  if (Array.isArray(data) || data.type !== 'file') return undefined;
  const at = `${path} at ${ref.slice(0, 7)}`;
  const size = data.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw new Error(`GitHub gave no size for ${at}`);
  if (size > maxBytes) throw new FileTooLargeError(path, size, maxBytes);
  let bytes: Buffer;
  if (data.encoding === 'base64' && typeof data.content === 'string') bytes = decodeBase64(data.content, at);
  else if (data.encoding === 'none' || data.content === '') {
    // Over 1 MB: the blob, by its git object id.
    if (typeof data.sha !== 'string' || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(data.sha))
      throw new Error(`GitHub gave no blob id for ${at}`);
    const blob = (await client.rest.git.getBlob({ ...repository, file_sha: data.sha })).data as { content?: unknown; encoding?: unknown };
    if (blob.encoding !== 'base64' || typeof blob.content !== 'string') throw new Error(`GitHub's blob of ${at} is not base64`);
    bytes = decodeBase64(blob.content, at);
  } else throw new Error(`GitHub gave ${at} in an encoding the action does not read`);
  if (bytes.length !== size) throw new Error(`GitHub's answer for ${at} has ${bytes.length} bytes, not the file's size of ${size}`);
  return bytes.toString('utf8');
}

/** Base64 as GitHub sends it (lines of 60 characters); any other character means the answer is not the file. */
function decodeBase64(text: string, at: string): Buffer {
  const compact = text.replace(/\r?\n/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) throw new Error(`GitHub's answer for ${at} is not valid base64`);
  return Buffer.from(compact, 'base64');
}

/** The first CODEOWNERS file of the commit, in GitHub's order; undefined when there is none. */
export async function readCodeOwners(
  client: GitHubClient,
  repository: RepositoryRef,
  ref: string,
): Promise<{ path: string; owners: CodeOwners } | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    let text: string | undefined;
    try {
      text = await readFileAtRef(client, repository, path, ref, CODEOWNERS_MAX_BYTES - 1);
    } catch (error) {
      // GitHub ignores a CODEOWNERS file of 3 MB or more.
      if (error instanceof FileTooLargeError) return undefined;
      throw error;
    }
    if (text === undefined) continue;
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
