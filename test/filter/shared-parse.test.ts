import { describe, expect, it } from 'vitest';
import { findWitness, filterSet, intersect, parseTableFilter, subtract } from '../../src/core/filter/index.js';

describe('parseTableFilter sharing', () => {
  it('gives the same parse for the same rules and case sensitivity, so configs sharing a filter share its sets', () => {
    const a = parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: false });
    const b = parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: false });
    expect(b).toBe(a);
    expect(parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: true })).not.toBe(a);
    expect(parseTableFilter(['app.*'], { caseSensitive: false })).not.toBe(a);
  });

  it('shares a compiled pattern part between filters that write it the same way, with the same case mode', () => {
    const a = parseTableFilter(['app.*', '!app.tmp_*'], { caseSensitive: false });
    const b = parseTableFilter(['reports.*', '!scratch.tmp_*'], { caseSensitive: false });
    const c = parseTableFilter(['reports.*', '!scratch.tmp_*'], { caseSensitive: true });
    const d = parseTableFilter(['reports.*', '!scratch./(?s)^tmp_.*$/'], { caseSensitive: false });
    expect(a.ok && b.ok && c.ok && d.ok).toBe(true);
    if (!(a.ok && b.ok && c.ok && d.ok)) return;
    const tmp = a.filter.compiled[1]!.table;
    expect(tmp.nfa).toBeDefined();
    expect(b.filter.compiled[1]!.table).toBe(tmp);
    // The same regex written as one: the same automaton.
    expect(d.filter.compiled[1]!.table).toBe(tmp);
    expect(c.filter.compiled[1]!.table).not.toBe(tmp);
    // Sets built from the shared part still answer as their own filters do.
    const onlyTmp = subtract(filterSet(b.filter), filterSet(a.filter));
    expect(findWitness(onlyTmp)).toEqual({ table: { schema: 'reports', table: 'a' }, exact: true });
    expect(findWitness(intersect(filterSet(a.filter), filterSet(d.filter)))).toBeUndefined();
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
