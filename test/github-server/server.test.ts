/** The loopback GitHub API itself: it must be as strict as GitHub where the action relies on it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENTS_JSON_MAX_BYTES, gitBlobSha, startFakeGitHub, type FakeGitHub } from './server.js';

let server: FakeGitHub;
beforeEach(async () => {
  server = await startFakeGitHub();
  server.state.pulls.set(1, {
    number: 1,
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
    files: Array.from({ length: 250 }, (_, i) => ({ filename: `f${i}.sql`, status: 'added' as const, patch: '@@ -0,0 +1,2 @@\n+a\n+b' })),
  });
});
afterEach(() => server.close());

const call = (method: string, path: string, body?: unknown, token = 'w') =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('fake GitHub server', () => {
  it('paginates with Link headers', async () => {
    const first = await call('GET', '/repos/acme/data/pulls/1/files?per_page=100');
    expect(((await first.json()) as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next".*page=3>; rel="last"/);
    const last = await call('GET', '/repos/acme/data/pulls/1/files?per_page=100&page=3');
    expect(((await last.json()) as unknown[]).length).toBe(50);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect(server.violations).toEqual([]);
  });

  it('rejects a whole review when one comment is off the diff or on the LEFT side', async () => {
    const ok = { path: 'f0.sql', line: 2, side: 'RIGHT', body: 'x' };
    for (const bad of [
      { ...ok, line: 3 },
      { ...ok, side: 'LEFT' },
      { ...ok, path: 'nope.sql' },
    ]) {
      const res = await call('POST', '/repos/acme/data/pulls/1/reviews', { event: 'COMMENT', body: 'r', comments: [ok, bad] });
      expect(res.status).toBe(422);
    }
    expect(server.state.reviewComments).toEqual([]);
    expect((await call('POST', '/repos/acme/data/pulls/1/reviews', { event: 'COMMENT', body: 'r', comments: [ok] })).status).toBe(200);
    expect(server.state.reviewComments).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('records OpenAPI violations: unknown routes, bad bodies, undeclared query parameters', async () => {
    expect((await call('GET', '/repos/acme/data/pulls/1/not-a-thing')).status).toBe(404);
    expect((await call('POST', '/repos/acme/data/pulls/1/reviews', { event: 'SHOUT' })).status).toBe(422);
    expect((await call('GET', '/repos/acme/data/pulls/1/files?perpage=100')).status).toBe(422);
    expect((await call('POST', '/repos/acme/data/issues/1/comments', { text: 'no body field' })).status).toBe(422);
    expect(server.violations).toHaveLength(4);
    expect(server.violations[1]).toMatch(/pulls\/create-review: invalid body/);
    server.violations.length = 0;
  });

  it('answers 403 to writes with a read-only token, and injects faults with retry-after', async () => {
    server.readOnlyTokens.add('ro');
    expect((await call('POST', '/repos/acme/data/issues/1/comments', { body: 'hi' }, 'ro')).status).toBe(403);
    expect((await call('GET', '/repos/acme/data/issues/1/comments', undefined, 'ro')).status).toBe(200);
    server.faults.push({ operationId: 'issues/list-comments', status: 429, headers: { 'retry-after': '2' }, times: 1 });
    const limited = await call('GET', '/repos/acme/data/issues/1/comments');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/repos/acme/data/issues/1/comments')).status).toBe(200);
  });

  it('serves file contents at a ref, base64-encoded', async () => {
    server.state.contents.set(`${'b'.repeat(40)}:.github/p.yml`, 'version: 1\n');
    const res = await call('GET', `/repos/acme/data/contents/.github%2Fp.yml?ref=${'b'.repeat(40)}`);
    const data = (await res.json()) as { content: string };
    expect(Buffer.from(data.content, 'base64').toString()).toBe('version: 1\n');
    expect((await call('GET', '/repos/acme/data/contents/.github/p.yml?ref=main')).status).toBe(404);
  });

  it('over 1 MB, as GitHub documents it: the JSON answer has no content (encoding "none"); the blobs API and the raw media type have it', async () => {
    const big = `${'x'.repeat(CONTENTS_JSON_MAX_BYTES)}\n`;
    server.state.contents.set(`${'b'.repeat(40)}:big.json`, big);
    const res = await call('GET', `/repos/acme/data/contents/big.json?ref=${'b'.repeat(40)}`);
    const data = (await res.json()) as { content: string; encoding: string; sha: string; size: number };
    expect(data).toMatchObject({ content: '', encoding: 'none', size: big.length });
    expect(data.sha).toBe(gitBlobSha(Buffer.from(big)));
    const blob = (await (await call('GET', `/repos/acme/data/git/blobs/${data.sha}`)).json()) as { content: string; encoding: string };
    expect(blob.encoding).toBe('base64');
    expect(Buffer.from(blob.content, 'base64').toString()).toBe(big);
    const raw = await fetch(`${server.url}/repos/acme/data/contents/big.json?ref=${'b'.repeat(40)}`, {
      headers: { authorization: 'token w', accept: 'application/vnd.github.raw+json' },
    });
    expect(await raw.text()).toBe(big);
    // At 1 MB exactly, the JSON answer still carries the bytes.
    server.state.contents.set(`${'b'.repeat(40)}:edge.json`, 'y'.repeat(CONTENTS_JSON_MAX_BYTES));
    const edge = (await (await call('GET', `/repos/acme/data/contents/edge.json?ref=${'b'.repeat(40)}`)).json()) as { encoding: string };
    expect(edge.encoding).toBe('base64');
    expect((await call('GET', `/repos/acme/data/git/blobs/${'0'.repeat(40)}`)).status).toBe(404);
    expect(server.violations).toEqual([]);
  });
});
