/**
 * A GitHub REST API on loopback for the action's end-to-end tests. In-memory state per server;
 * every request is checked against GitHub's OpenAPI description (openapi.ts) and a mismatch is
 * recorded in `violations`, which tests assert is empty. It behaves like GitHub where the action
 * depends on it: `Link`-header pagination (per_page ≤ 100, page), the 3000-file cap of
 * pulls.listFiles, 422 for a review comment off the diff or on the LEFT side (rejecting the whole
 * review), 403 for a read-only token, the contents API's answer for a file over 1 MB (no
 * `content`, `encoding: "none"`: the bytes come from the git blobs API or the raw media type), and
 * injected faults (5xx, secondary rate limits with `retry-after`).
 *
 * Its own small patch reader (not the action's) decides which lines take comments, so a bug in
 * the action's parser cannot hide itself.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOpenApiValidator, type MatchedOperation } from './openapi.js';

export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
  previous_filename?: string;
}

export interface ReviewComment {
  id: number;
  pull_number: number;
  path: string;
  line: number | null;
  side: 'RIGHT' | 'LEFT';
  body: string;
  commit_id: string;
  in_reply_to_id?: number;
  user: { login: string; type: string };
}

export interface IssueComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; type: string };
}

export interface Fault {
  method?: string;
  /** Operation id (e.g. `pulls/create-review`) the fault applies to; all when absent. */
  operationId?: string;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many matching requests fail; Infinity for all. */
  times: number;
  /** Send this JSON value as the body instead of `{ message }` (e.g. `null`, `[]`, an object). */
  body?: unknown;
  /** Send this text verbatim as the body (an empty string for an empty body). */
  raw?: string;
  /** Promise the whole body (content-length), send half of it, then drop the connection. */
  cut?: boolean;
  /** Never answer (the client's timeout or deadline has to end the request). */
  hang?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly status: number;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  pulls: Map<number, { number: number; headSha: string; baseSha: string; files: PullFile[] }>;
  reviewComments: ReviewComment[];
  issueComments: IssueComment[];
  reviews: { id: number; pull_number: number; body?: string; event?: string; commentCount: number }[];
  /** File contents by `${ref}:${path}`. */
  contents: Map<string, string>;
  /** The files of a comparison, by `base...head` (merge queues: the compare API). */
  compares: Map<string, PullFile[]>;
  /** Reviews by people (pulls.listReviews lists them, after the tool's own COMMENTED ones), in order. */
  humanReviews: {
    id: number;
    pull_number: number;
    login: string;
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
    commit_id: string;
  }[];
  /** Active team members by `org/slug` (lowercase). */
  teams: Map<string, Set<string>>;
  /**
   * Tokens that may read the organisation's teams. Any other token gets 403 from the membership
   * API, as GITHUB_TOKEN does (it has no organisation permission).
   */
  orgReadTokens: Set<string>;
}

export interface FakeGitHub {
  readonly url: string;
  readonly state: FakeGitHubState;
  readonly violations: string[];
  readonly requests: RecordedRequest[];
  readonly faults: Fault[];
  /** Tokens that may only read (a fork's GITHUB_TOKEN). */
  readonly readOnlyTokens: Set<string>;
  nextId(): number;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const FILES_CAP = 3000;
/** The contents API's JSON answer carries a file's bytes up to 1 MB; above, only the raw media type does. */
export const CONTENTS_JSON_MAX_BYTES = 1024 * 1024;
/** Neither the contents API nor the blobs API serves a file over 100 MB. */
const CONTENTS_MAX_BYTES = 100 * 1024 * 1024;

/** The git object id of a blob: sha1 of `blob <size>\0` and the bytes. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Base64 as GitHub sends it: broken into lines of 60 characters. */
function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
}

/** RIGHT-side lines inside the hunks of a patch. */
function rightSideLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let next = -1;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\S+ \+(\d+)/.exec(text);
    if (header) {
      next = Number(header[1]);
      continue;
    }
    if (next < 0 || text.startsWith('-') || text.startsWith('\\')) continue;
    lines.add(next++);
  }
  return lines;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

function paginate<T>(items: readonly T[], url: URL, res: ServerResponse, baseUrl: string): void {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string): string => {
    const target = new URL(url.pathname, baseUrl);
    for (const [key, value] of url.searchParams) target.searchParams.set(key, value);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(p));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  send(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGitHub(options: { owner?: string; repo?: string } = {}): Promise<FakeGitHub> {
  const openapi = loadOpenApiValidator();
  let id = 1000;
  const state: FakeGitHubState = {
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'data',
    pulls: new Map(),
    reviewComments: [],
    issueComments: [],
    reviews: [],
    contents: new Map(),
    compares: new Map(),
    humanReviews: [],
    teams: new Map(),
    orgReadTokens: new Set(),
  };
  const violations: string[] = [];
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const readOnlyTokens = new Set<string>();
  let baseUrl = '';

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<{ status: number; operationId?: string }> => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', baseUrl);
    const match = openapi.match(method, url.pathname);
    if (!match) {
      violations.push(`unknown route ${method} ${url.pathname}`);
      send(res, 404, { message: 'Not Found' });
      return { status: 404 };
    }
    const raw = await readBody(req);
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        violations.push(`${match.operationId}: body is not JSON`);
        send(res, 400, { message: 'Problems parsing JSON' });
        return { status: 400, operationId: match.operationId };
      }
    }
    const problems = openapi.validate(method, match, url.searchParams, body);
    if (problems.length) {
      violations.push(...problems);
      send(res, 422, { message: 'Invalid request', errors: problems });
      return { status: 422, operationId: match.operationId };
    }
    const fault = faults.find(
      (f) => f.times > 0 && (!f.method || f.method === method) && (!f.operationId || f.operationId === match.operationId),
    );
    if (fault) {
      fault.times--;
      if (fault.hang) {
        // Answered by nobody: the connection stays open until the client gives up.
        await new Promise<void>((resolve) => res.on('close', () => resolve()));
        return { status: 0, operationId: match.operationId };
      }
      const text =
        fault.raw ??
        (fault.status === 204
          ? ''
          : JSON.stringify(fault.body !== undefined ? fault.body : { message: fault.message ?? 'Injected fault' }));
      if (fault.cut) {
        res.writeHead(fault.status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(text)),
          ...fault.headers,
        });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        await new Promise((resolve) => setTimeout(resolve, 20));
        res.destroy();
        return { status: fault.status, operationId: match.operationId };
      }
      res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers });
      res.end(text);
      return { status: fault.status, operationId: match.operationId };
    }
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
    if (method !== 'GET' && readOnlyTokens.has(token)) {
      send(res, 403, { message: 'Resource not accessible by integration' });
      return { status: 403, operationId: match.operationId };
    }
    if (match.operationId === 'teams/get-membership-for-user-in-org') {
      if (!state.orgReadTokens.has(token)) {
        send(res, 403, { message: 'Resource not accessible by integration' });
        return { status: 403, operationId: match.operationId };
      }
      const members = state.teams.get(`${match.params['org']}/${match.params['team_slug']}`.toLowerCase());
      const username = (match.params['username'] ?? '').toLowerCase();
      // GitHub answers 404 for a user who is not a member (and for a team that is not there).
      if (!members?.has(username)) {
        send(res, 404, { message: 'Not Found' });
        return { status: 404, operationId: match.operationId };
      }
      send(res, 200, { url: `${baseUrl}/orgs/x/teams/y/memberships/${username}`, role: 'member', state: 'active' });
      return { status: 200, operationId: match.operationId };
    }
    if (match.params['owner'] !== state.owner || match.params['repo'] !== state.repo) {
      send(res, 404, { message: 'Not Found' });
      return { status: 404, operationId: match.operationId };
    }
    const status = route(match, method, url, body as Record<string, unknown> | undefined, res, req);
    return { status, operationId: match.operationId };
  };

  const reviewCommentProblem = (pull: { files: PullFile[] }, comment: Record<string, unknown>): string | undefined => {
    const file = pull.files.find((f) => f.filename === comment['path'] && f.status !== 'removed');
    if (!file) return `path ${String(comment['path'])} is not part of the pull request`;
    if (comment['side'] === 'LEFT' || comment['start_side'] === 'LEFT') return 'LEFT side lines are not allowed by this server';
    if (typeof comment['line'] !== 'number') return 'line is required';
    if (!rightSideLines(file.patch).has(comment['line'])) return `line ${comment['line']} of ${file.filename} is not part of the diff`;
    return undefined;
  };

  const addReviewComment = (pullNumber: number, comment: Record<string, unknown>, commitId: string): ReviewComment => {
    const created: ReviewComment = {
      id: id++,
      pull_number: pullNumber,
      path: String(comment['path']),
      line: typeof comment['line'] === 'number' ? comment['line'] : null,
      side: 'RIGHT',
      body: String(comment['body']),
      commit_id: commitId,
      user: BOT,
    };
    state.reviewComments.push(created);
    return created;
  };

  const reviewCommentJson = (c: ReviewComment): object => ({
    id: c.id,
    node_id: `PRRC_${c.id}`,
    url: `${baseUrl}/repos/${state.owner}/${state.repo}/pulls/comments/${c.id}`,
    pull_request_review_id: null,
    diff_hunk: '',
    path: c.path,
    line: c.line,
    side: c.side,
    commit_id: c.commit_id,
    original_commit_id: c.commit_id,
    body: c.body,
    user: c.user,
    ...(c.in_reply_to_id !== undefined ? { in_reply_to_id: c.in_reply_to_id } : {}),
  });

  const route = (
    match: MatchedOperation,
    method: string,
    url: URL,
    body: Record<string, unknown> | undefined,
    res: ServerResponse,
    req: IncomingMessage,
  ): number => {
    const pullNumber = Number(match.params['pull_number'] ?? match.params['issue_number']);
    const pull = state.pulls.get(pullNumber);
    const notFound = (): number => {
      send(res, 404, { message: 'Not Found' });
      return 404;
    };
    switch (match.operationId) {
      case 'pulls/get': {
        if (!pull) return notFound();
        send(res, 200, {
          number: pull.number,
          head: { sha: pull.headSha },
          base: { sha: pull.baseSha },
          user: { login: 'pr-author', type: 'User' },
        });
        return 200;
      }
      case 'pulls/list-files': {
        if (!pull) return notFound();
        paginate(
          pull.files.slice(0, FILES_CAP).map((f) => ({ sha: '0'.repeat(40), additions: 0, deletions: 0, changes: 0, ...f })),
          url,
          res,
          baseUrl,
        );
        return 200;
      }
      case 'pulls/list-reviews': {
        if (!pull) return notFound();
        const own = state.reviews
          .filter((r) => r.pull_number === pullNumber)
          .map((r) => ({ id: r.id, user: BOT, body: r.body ?? '', state: 'COMMENTED', commit_id: pull.headSha }));
        const people = state.humanReviews
          .filter((r) => r.pull_number === pullNumber)
          .map((r) => ({ id: r.id, user: { login: r.login, type: 'User' }, body: '', state: r.state, commit_id: r.commit_id }));
        paginate([...own, ...people], url, res, baseUrl);
        return 200;
      }
      case 'pulls/list-review-comments': {
        if (!pull) return notFound();
        paginate(state.reviewComments.filter((c) => c.pull_number === pullNumber).map(reviewCommentJson), url, res, baseUrl);
        return 200;
      }
      case 'pulls/create-review': {
        if (!pull) return notFound();
        const comments = (body?.['comments'] as Record<string, unknown>[] | undefined) ?? [];
        const problems = comments.map((c) => reviewCommentProblem(pull, c)).filter((p): p is string => p !== undefined);
        if (problems.length) {
          // GitHub rejects the whole review when one comment is off the diff.
          send(res, 422, { message: 'Unprocessable Entity', errors: [`Line could not be resolved: ${problems.join('; ')}`] });
          return 422;
        }
        const commit = String(body?.['commit_id'] ?? pull.headSha);
        for (const c of comments) addReviewComment(pullNumber, c, commit);
        const review = {
          id: id++,
          pull_number: pullNumber,
          body: body?.['body'] as string | undefined,
          event: body?.['event'] as string | undefined,
          commentCount: comments.length,
        };
        state.reviews.push(review);
        send(res, 200, { id: review.id, body: review.body ?? '', state: 'COMMENTED', user: BOT });
        return 200;
      }
      case 'pulls/create-review-comment': {
        if (!pull) return notFound();
        const replyTo = body?.['in_reply_to'];
        if (typeof replyTo === 'number') {
          const parent = state.reviewComments.find((c) => c.id === replyTo);
          if (!parent) return notFound();
          const reply: ReviewComment = {
            ...parent,
            id: id++,
            body: String(body?.['body']),
            in_reply_to_id: parent.id,
            user: { login: 'a-person', type: 'User' },
          };
          state.reviewComments.push(reply);
          send(res, 201, reviewCommentJson(reply));
          return 201;
        }
        const problem = reviewCommentProblem(pull, body ?? {});
        if (problem) {
          send(res, 422, { message: 'Unprocessable Entity', errors: [problem] });
          return 422;
        }
        send(res, 201, reviewCommentJson(addReviewComment(pullNumber, body ?? {}, String(body?.['commit_id'] ?? pull.headSha))));
        return 201;
      }
      case 'pulls/delete-review-comment': {
        const index = state.reviewComments.findIndex((c) => c.id === Number(match.params['comment_id']));
        if (index < 0) return notFound();
        state.reviewComments.splice(index, 1);
        send(res, 204, undefined);
        return 204;
      }
      case 'pulls/update-review-comment': {
        const comment = state.reviewComments.find((c) => c.id === Number(match.params['comment_id']));
        if (!comment) return notFound();
        comment.body = String(body?.['body']);
        send(res, 200, reviewCommentJson(comment));
        return 200;
      }
      case 'issues/list-comments': {
        if (!pull) return notFound();
        paginate(
          state.issueComments.filter((c) => c.issue_number === pullNumber).map((c) => ({ id: c.id, body: c.body, user: c.user })),
          url,
          res,
          baseUrl,
        );
        return 200;
      }
      case 'issues/create-comment': {
        if (!pull) return notFound();
        const comment: IssueComment = { id: id++, issue_number: pullNumber, body: String(body?.['body']), user: BOT };
        state.issueComments.push(comment);
        send(res, 201, { id: comment.id, body: comment.body, user: comment.user });
        return 201;
      }
      case 'issues/update-comment': {
        const comment = state.issueComments.find((c) => c.id === Number(match.params['comment_id']));
        if (!comment) return notFound();
        comment.body = String(body?.['body']);
        send(res, 200, { id: comment.id, body: comment.body, user: comment.user });
        return 200;
      }
      case 'repos/compare-commits-with-basehead': {
        // GitHub lists at most 300 files of a comparison, on the first page, without paging them.
        const files = state.compares.get(match.params['basehead'] ?? '');
        if (!files) return notFound();
        send(res, 200, {
          status: 'ahead',
          ahead_by: 1,
          behind_by: 0,
          total_commits: 1,
          commits: [],
          files: files.slice(0, 300).map((f) => ({ sha: '0'.repeat(40), additions: 0, deletions: 0, changes: 0, ...f })),
        });
        return 200;
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? 'HEAD';
        const path = match.params['path'] ?? '';
        const text = state.contents.get(`${ref}:${path}`);
        if (text === undefined) return notFound();
        const bytes = Buffer.from(text);
        // GitHub's REST docs (repos/get-content): over 100 MB the endpoint is not supported; from
        // 1 MB to 100 MB only the raw media type gives the bytes, and the JSON answer has an empty
        // `content` with `encoding: "none"` (the blob's `sha` and `size` are still there).
        if (bytes.length > CONTENTS_MAX_BYTES) {
          send(res, 403, {
            message: 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.',
            errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
          });
          return 403;
        }
        if (/application\/vnd\.github(\.v3)?\.raw/.test(req.headers.accept ?? '')) {
          res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
          res.end(bytes);
          return 200;
        }
        const sha = gitBlobSha(bytes);
        send(res, 200, {
          type: 'file',
          encoding: bytes.length > CONTENTS_JSON_MAX_BYTES ? 'none' : 'base64',
          path,
          name: path.split('/').pop(),
          sha,
          size: bytes.length,
          url: `${baseUrl}/repos/${state.owner}/${state.repo}/contents/${path}?ref=${ref}`,
          git_url: `${baseUrl}/repos/${state.owner}/${state.repo}/git/blobs/${sha}`,
          html_url: null,
          download_url: null,
          _links: { self: `${baseUrl}/repos/${state.owner}/${state.repo}/contents/${path}`, git: null, html: null },
          content: bytes.length > CONTENTS_JSON_MAX_BYTES ? '' : base64Lines(bytes),
        });
        return 200;
      }
      case 'git/get-blob': {
        // Every stored file is a blob of the repository, found by its git object id (up to 100 MB).
        const sha = match.params['file_sha'] ?? '';
        const bytes = [...state.contents.values()].map((text) => Buffer.from(text)).find((b) => gitBlobSha(b) === sha);
        if (!bytes) return notFound();
        if (bytes.length > CONTENTS_MAX_BYTES) {
          send(res, 403, { message: 'This API returns blobs up to 100 MB in size.', errors: [{ code: 'too_large' }] });
          return 403;
        }
        send(res, 200, {
          sha,
          node_id: `B_${sha.slice(0, 12)}`,
          size: bytes.length,
          url: `${baseUrl}/repos/${state.owner}/${state.repo}/git/blobs/${sha}`,
          content: base64Lines(bytes),
          encoding: 'base64',
        });
        return 200;
      }
      default:
        violations.push(`the fake server does not implement ${match.operationId} (${method} ${url.pathname})`);
        send(res, 501, { message: 'Not implemented by the test server' });
        return 501;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).then(
      ({ status, operationId }) =>
        requests.push({ method: req.method ?? '', path: req.url ?? '', status, ...(operationId ? { operationId } : {}) }),
      (error: unknown) => {
        violations.push(`server error: ${String(error)}`);
        if (!res.headersSent) send(res, 500, { message: 'test server error' });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    state,
    violations,
    requests,
    faults,
    readOnlyTokens,
    nextId: () => id++,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
