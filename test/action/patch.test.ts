import { describe, expect, it } from 'vitest';
import { parsePatch } from '../../src/shells/action/patch.js';

describe('parsePatch', () => {
  it('collects RIGHT-side added and context lines of every hunk, skipping deletions', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' [tikv-importer]',
      '-backend = "tidb"',
      '+backend = "local"',
      '+sorted-kv-dir = "/tmp"',
      ' ',
      ' [tidb]',
      '@@ -20,2 +21,3 @@ [mydumper]',
      ' a = 1',
      '+b = 2',
      ' c = 3',
    ].join('\n');
    const lines = parsePatch(patch);
    expect([...lines.commentable].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 21, 22, 23]);
    expect([...lines.added].sort((a, b) => a - b)).toEqual([2, 3, 22]);
  });

  it('treats a missing patch (large or binary file) as no commentable line', () => {
    expect(parsePatch(undefined).commentable.size).toBe(0);
    expect(parsePatch(null).commentable.size).toBe(0);
    expect(parsePatch('').added.size).toBe(0);
  });

  it('handles a new file, a header without counts, "no newline" markers and CRLF', () => {
    const lines = parsePatch('@@ -0,0 +1,2 @@\r\n+a\r\n+b\r\n\\ No newline at end of file');
    expect([...lines.added]).toEqual([1, 2]);
    expect([...parsePatch('@@ -3 +3 @@\n-x\n+y').commentable]).toEqual([3]);
  });

  it('does not run past the line count the hunk header promised', () => {
    const lines = parsePatch('@@ -1,1 +1,1 @@\n+only\n+garbage after the hunk');
    expect([...lines.commentable]).toEqual([1]);
  });

  it('ignores text before the first hunk header', () => {
    expect(parsePatch('diff --git a/x b/x\n+++ b/x\n+not in a hunk').commentable.size).toBe(0);
  });
});
