/**
 * Reading a file at a commit through GitHub (the base policy, its baseline, CODEOWNERS), against
 * the loopback GitHub, which answers as GitHub's REST docs say (repos/get-content): up to 1 MB
 * the JSON answer carries the bytes; above, `content` is empty and `encoding` is "none", and the
 * bytes come from the git blobs API. Hostile or broken answers are errors, never "no file".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, DEFAULT_RETRY_POLICY, type GitHubClient } from '../../src/shells/action/github-api.js';
import { FileTooLargeError, readCodeOwners, readFileAtRef } from '../../src/shells/action/github-reads.js';
import { CONTENTS_JSON_MAX_BYTES, startFakeGitHub, type FakeGitHub } from '../github-server/server.js';

const REF = 'b'.repeat(40);
const repository = { owner: 'acme', repo: 'data' };
let server: FakeGitHub;
let client: GitHubClient;
beforeEach(async () => {
  server = await startFakeGitHub();
  client = await createClient('t', server.url, { ...DEFAULT_RETRY_POLICY, retries: 0, baseMs: 1 }, () => {});
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

describe('readFileAtRef', () => {
  it('reads a small file from the JSON answer, and a file over 1 MB through the blobs API, byte for byte', async () => {
    server.state.contents.set(`${REF}:small.yml`, 'version: 1\n# é\n');
    expect(await readFileAtRef(client, repository, 'small.yml', REF, 1024)).toBe('version: 1\n# é\n');
    const big = `${'é'.repeat(CONTENTS_JSON_MAX_BYTES / 2)}\n`;
    server.state.contents.set(`${REF}:big.json`, big);
    expect(await readFileAtRef(client, repository, 'big.json', REF, 4 * CONTENTS_JSON_MAX_BYTES)).toBe(big);
    expect(server.requests.map((r) => r.operationId)).toEqual(['repos/get-content', 'repos/get-content', 'git/get-blob']);
  });

  it('a file over the cap is an error naming its size, before its bytes are fetched; a missing file is undefined', async () => {
    server.state.contents.set(`${REF}:big.json`, 'x'.repeat(CONTENTS_JSON_MAX_BYTES + 10));
    await expect(readFileAtRef(client, repository, 'big.json', REF, CONTENTS_JSON_MAX_BYTES)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(server.requests.some((r) => r.operationId === 'git/get-blob')).toBe(false);
    expect(await readFileAtRef(client, repository, 'nope.yml', REF, 1024)).toBeUndefined();
  });

  it('answers that are not the file are errors: wrong size, bad base64, an unknown encoding, a blob id that is not one', async () => {
    server.state.contents.set(`${REF}:p.yml`, 'version: 1\n');
    const answers: object[] = [
      { type: 'file', encoding: 'base64', content: 'dmVyc2lvbjogMQo=', size: 999, sha: '0'.repeat(40) },
      { type: 'file', encoding: 'base64', content: 'dmVyc2lv<img>', size: 11, sha: '0'.repeat(40) },
      { type: 'file', encoding: 'utf-8', content: 'version: 1\n', size: 11, sha: '0'.repeat(40) },
      { type: 'file', encoding: 'none', content: '', size: 11, sha: '../../pulls/1' },
      { type: 'file', encoding: 'base64', content: 'dmVyc2lvbjogMQo=', sha: '0'.repeat(40) },
    ];
    for (const body of answers) {
      server.faults.push({ operationId: 'repos/get-content', status: 200, body, times: 1 });
      await expect(readFileAtRef(client, repository, 'p.yml', REF, 1024)).rejects.toThrow(/GitHub/);
    }
    // A blob whose bytes differ in length from the file's size.
    server.state.contents.set(`${REF}:big.json`, 'x'.repeat(CONTENTS_JSON_MAX_BYTES + 1));
    server.faults.push({ operationId: 'git/get-blob', status: 200, body: { content: 'eHh4', encoding: 'base64' }, times: 1 });
    await expect(readFileAtRef(client, repository, 'big.json', REF, 2 * CONTENTS_JSON_MAX_BYTES)).rejects.toThrow(/not the file's size/);
  });

  it('a directory, a symlink out of the repository or a submodule is no file', async () => {
    for (const body of [
      [{ type: 'file', name: 'a' }],
      { type: 'symlink', target: '/etc/passwd', size: 11 },
      { type: 'submodule', size: 0 },
    ]) {
      server.faults.push({ operationId: 'repos/get-content', status: 200, body, times: 1 });
      expect(await readFileAtRef(client, repository, 'p.yml', REF, 1024)).toBeUndefined();
    }
  });
});

describe('readCodeOwners', () => {
  it('reads a CODEOWNERS between 1 MB and 3 MB (through the blobs API); one of 3 MB or more is ignored, as GitHub does', async () => {
    const padding = '# padding\n'.repeat(CONTENTS_JSON_MAX_BYTES / 10 + 1);
    server.state.contents.set(`${REF}:.github/CODEOWNERS`, `${padding}* @dba\n`);
    expect((await readCodeOwners(client, repository, REF))?.path).toBe('.github/CODEOWNERS');
    server.state.contents.set(`${REF}:.github/CODEOWNERS`, `${padding.repeat(3)}* @dba\n`);
    expect(await readCodeOwners(client, repository, REF)).toBeUndefined();
  });
});
