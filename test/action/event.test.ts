/** The event payload read strictly (issue 8, item 6): a malformed payload is a clear error, not a stack trace. */
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../src/shells/action/event.js';

const sha = (c: string) => c.repeat(40);
const pr = (overrides: object = {}) =>
  JSON.stringify({
    pull_request: {
      number: 7,
      head: { sha: sha('a'), repo: { full_name: 'a/b' } },
      base: { sha: sha('b'), repo: { full_name: 'a/b' } },
      changed_files: 3,
      ...overrides,
    },
  });

describe('parseEvent', () => {
  it('reads a pull_request event', () => {
    expect(parseEvent('pull_request', pr())).toEqual({
      pullRequest: { number: 7, headSha: sha('a'), baseSha: sha('b'), fromFork: false, changedFiles: 3 },
    });
    expect(parseEvent('pull_request_target', pr({ head: { sha: sha('a'), repo: null } }))).toMatchObject({
      pullRequest: { fromFork: true },
    });
  });

  it.each([
    ['not JSON', '{"pull_request": ', /not valid JSON/],
    ['JSON null', 'null', /not a JSON object/],
    ['an array', '[]', /not a JSON object/],
    ['no pull_request', '{}', /`pull_request` is not an object/],
    ['a string number', pr({ number: '7' }), /`pull_request.number`/],
    ['no head sha', pr({ head: {} }), /`pull_request.head.sha`/],
    ['a head sha that is not a commit id', pr({ head: { sha: 'main' } }), /`pull_request.head.sha`/],
    ['a negative changed_files', pr({ changed_files: -1 }), /`pull_request.changed_files`/],
  ])('rejects a payload that is %s, naming the field', (_name, text, message) => {
    const parsed = parseEvent('pull_request', text);
    expect(typeof parsed).toBe('string');
    expect(parsed).toMatch(message);
  });

  it('requires a payload for the events that need one, and not for push', () => {
    expect(parseEvent('pull_request', undefined)).toMatch(/no payload/);
    expect(parseEvent('merge_group', '{"merge_group": {"base_sha": 1}}')).toMatch(/merge_group.base_sha/);
    expect(parseEvent('workflow_run', '{"workflow_run": {}}')).toMatch(/workflow_run.head_sha/);
    expect(parseEvent('push', undefined)).toEqual({});
    expect(parseEvent('push', '{"ref": "refs/heads/main"}')).toEqual({});
  });
});
