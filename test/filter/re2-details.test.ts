/**
 * Issue 11 item 11: Go RE2 details in `/regex/` filter parts, from the differential run against
 * TiDB's Go implementation (pkg/util/table-filter over Go's regexp/syntax, Go 1.25):
 * regexp/syntax parse.go `parseInt` (no leading zeros), `\Q...\E` pushing one literal per
 * character, `parsePerlFlags` (`(?)` valid), the repeat after a flag group, `repeatIsValid`
 * (nested counted repeats multiply to at most 1000); the table-filter scanner's leftmost-first
 * `/(?:\\.|[^/])+/`; MatchSchema's "every table" test on the compiled text `(?s)^.*$`.
 */
import { describe, expect, it } from 'vitest';
import { matchSchema, matchTable, parseTableFilter, type TableFilter } from '../../src/core/filter/index.js';
import { parseRegex } from '../../src/core/filter/regex.js';

function filter(rules: string[], caseSensitive = true): TableFilter {
  const r = parseTableFilter(rules, { caseSensitive });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.filter;
}
const matches = (re: string, name: string): boolean => matchTable(filter([`/${re}/.*`]), name, 't');
const valid = (re: string): boolean => parseRegex(re, { foldCase: false }).ok;

describe('Go RE2 details', () => {
  it('`{01}` is literal text (leading zeros are no repeat count)', () => {
    expect(valid('^a{01}$')).toBe(true);
    expect(matches('^a{01}$', 'a{01}')).toBe(true);
    expect(matches('^a{01}$', 'a')).toBe(false);
    expect(matches('^a{1,02}$', 'a{1,02}')).toBe(true);
    expect(matches('^a{1}$', 'a')).toBe(true);
  });

  it('`\\Q...\\E` followed by a repeat repeats the last character only', () => {
    expect(matches('^\\Qab\\E*$', 'abbb')).toBe(true);
    expect(matches('^\\Qab\\E*$', 'a')).toBe(true);
    expect(matches('^\\Qab\\E*$', 'abab')).toBe(false);
    expect(matches('^\\Qab\\E{2}$', 'abb')).toBe(true);
  });

  it('a repeat right after `(?i)` (or an empty `\\Q\\E`) applies to the item before', () => {
    expect(valid('a(?i)*')).toBe(true);
    expect(matches('^xa(?i)*$', 'xaaa')).toBe(true);
    expect(matches('^xa(?i)*$', 'x')).toBe(true);
    expect(matches('^xa\\Q\\E+$', 'xaa')).toBe(true);
    expect(valid('(?i)*')).toBe(false); // nothing before it
  });

  it('`(?)` is valid; `(?-)` is not', () => {
    expect(valid('a(?)b')).toBe(true);
    expect(matches('^a(?)b$', 'ab')).toBe(true);
    expect(valid('a(?-)b')).toBe(false);
  });

  it('nested counted repeats multiplying past 1000 are rejected', () => {
    expect(valid('(a{10}){100}')).toBe(true);
    expect(valid('(a{10}){101}')).toBe(false);
    expect(parseRegex('(a{10}){101}', { foldCase: false })).toMatchObject({
      ok: false,
      error: { message: 'error parsing regexp: invalid repeat count: `{101}`' },
    });
    expect(valid('((a{2}){2}){250}')).toBe(true);
    expect(valid('((a{2}){2}){251}')).toBe(false);
    expect(valid('(a*){1000}')).toBe(true); // `*` is not a counted repeat
  });

  it('a rule scanned as `d./\\Q\\/` is valid, with the regex `\\Q\\` (a literal backslash)', () => {
    const f = filter(['d./\\Q\\/']);
    expect(matchTable(f, 'd', '\\')).toBe(true);
    expect(matchTable(f, 'd', 'x\\y')).toBe(true);
    expect(matchTable(f, 'd', 'x')).toBe(false);
    // with a closing slash further on, the escape-first reading wins
    expect(matchTable(filter(['d./a\\/b/']), 'd', 'a/b')).toBe(true);
  });

  it('MatchSchema treats a table part written exactly `/(?s)^.*$/` as `*`', () => {
    // `!db./(?s)^.*$/` excludes the schema like `!db.*` does; any other spelling does not.
    expect(matchSchema(filter(['*.*', '!db./(?s)^.*$/']), 'db')).toBe(false);
    expect(matchSchema(filter(['*.*', '!db.*']), 'db')).toBe(false);
    expect(matchSchema(filter(['*.*', '!db./^.*$/']), 'db')).toBe(true);
  });
});
