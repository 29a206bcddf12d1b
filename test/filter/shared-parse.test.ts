import { describe, expect, it } from 'vitest';
import { parseTableFilter } from '../../src/core/filter/index.js';

describe('parseTableFilter sharing', () => {
  it('gives the same parse for the same rules and case sensitivity, so configs sharing a filter share its sets', () => {
    const a = parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: false });
    const b = parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: false });
    expect(b).toBe(a);
    expect(parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: true })).not.toBe(a);
    expect(parseTableFilter(['app.*'], { caseSensitive: false })).not.toBe(a);
  });

  it('parses rules that import a file afresh: their meaning depends on the file read', () => {
    const one = parseTableFilter(['@rules.txt'], { caseSensitive: false, readImport: () => 'app.*\n' });
    const two = parseTableFilter(['@rules.txt'], { caseSensitive: false, readImport: () => 'billing.*\n' });
    expect(one.ok && two.ok).toBe(true);
    if (one.ok && two.ok) {
      expect(one.filter.compiled).toHaveLength(1);
      expect(two).not.toBe(one);
      expect(JSON.stringify(two.filter.compiled)).not.toBe(JSON.stringify(one.filter.compiled));
    }
  });
});
