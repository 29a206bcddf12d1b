// RE2 semantics of `/regex/` parts and the wildcard rewrite (beyond TiDB's own vectors).
import { describe, expect, it } from 'vitest';
import { isSystemSchema, matchTable, parseTableFilter, type TableFilter } from '../../src/core/filter/index.js';
import { doublingRatio } from '../hostile/work-meter.js';

function filter(rules: string[], caseSensitive = true): TableFilter {
  const r = parseTableFilter(rules, { caseSensitive });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.filter;
}
const schemaMatches = (re: string, name: string, caseSensitive = true): boolean =>
  matchTable(filter([`/${re}/.*`], caseSensitive), name, 't');

function errorOf(rule: string): { message: string; offset: number } | undefined {
  const r = parseTableFilter([rule], { caseSensitive: true });
  return r.ok ? undefined : { message: r.errors[0]!.message, offset: r.errors[0]!.offset };
}

describe('regex parts', () => {
  it.each([
    ['a', 'xax', true],
    ['^a', 'xa', false],
    ['a$', 'ab', false],
    ['\\Aab\\z', 'ab', true],
    ['^a.c$', 'a\nc', false],
    ['(?s)^a.c$', 'a\nc', true],
    ['(?m)^c$', 'a\nc', true],
    ['^c$', 'a\nc', false],
    ['\\bab\\b', 'x ab y', true],
    ['\\bab\\b', 'xab', false],
    ['\\Bab', 'xab', true],
    ['^\\s$', '\u000b', false], // RE2's \s has no vertical tab
    ['^\\s$', '\t', true],
    ['^\\w+$', 'a_1', true],
    ['^\\d{2,3}$', '1234', false],
    ['^\\d{2,3}$', '123', true],
    ['^(?:ab|cd)+$', 'abcdab', true],
    ['^(?P<x>a)(?<y>b)$', 'ab', true],
    ['^\\Qa.b\\E$', 'a.b', true],
    ['^\\Qa.b\\E$', 'axb', false],
    ['^\\x41\\x{42}\\103\\0$', 'ABC\u0000', true],
    ['^[[:alpha:]]+$', 'abZ', true],
    ['^[[:^alpha:]]+$', 'ab', false],
    ['^\\pL+$', 'déjà', true],
    ['^\\p{Greek}$', 'λ', true],
    ['^\\PL$', '1', true],
    ['^[]a]+$', ']a', true],
    ['^[^]a]$', 'b', true],
    ['^[a-]$', '-', true],
    ['(?i)^ab$', 'AB', true],
    ['(?i)^k$', '\u212a', true], // Kelvin sign folds to k in RE2
    ['^a(?i)b$', 'aB', true],
    ['^a(?i:b)c$', 'aBC', false],
    ['a*?', '', true],
  ])('/%s/ on %j -> %s', (re, name, expected) => {
    expect(schemaMatches(re, name)).toBe(expected);
  });

  it('case-insensitive filters add (?i) and lowercase names', () => {
    expect(schemaMatches('^FOO$', 'foo', false)).toBe(true);
    expect(schemaMatches('^FOO$', 'FoO', false)).toBe(true);
    expect(schemaMatches('^(?-i)FOO$', 'FOO', false)).toBe(false); // the name was lowercased
    expect(schemaMatches('^(?-i)foo$', 'FOO', false)).toBe(true);
  });

  it('never backtracks catastrophically: matching work grows linearly with the name (counted, not timed)', () => {
    expect(schemaMatches('^(a*)*b$', 'a'.repeat(5000))).toBe(false);
    expect(schemaMatches('^(a|aa)+$', 'a'.repeat(3000) + 'b')).toBe(false);
    const nested = filter(['/^(a*)*b$/.*']);
    const alternatives = filter(['/^(a|aa)+$/.*']);
    expect(
      doublingRatio(
        (n) => 'a'.repeat(n),
        2000,
        (name) => matchTable(nested, name, 't'),
      ).ratio,
    ).toBeLessThan(2.6);
    expect(
      doublingRatio(
        (n) => 'a'.repeat(n) + 'b',
        2000,
        (name) => matchTable(alternatives, name, 't'),
      ).ratio,
    ).toBeLessThan(2.6);
  });

  it.each([
    ['/a(?=b)/.t', '(?='],
    ['/a(?!b)/.t', '(?!'],
    ['/(?<=a)b/.t', '(?<'],
    ['/(a)\\1/.t', 'invalid escape sequence: `\\1`'],
    ['/a**/.t', 'invalid nested repetition operator: `**`'],
    ['/*a/.t', 'missing argument to repetition operator: `*`'],
    ['/a{1001}/.t', 'invalid repeat count'],
    ['/[b-a]/.t', 'invalid character class range: `b-a`'],
    ['/[[:foo:]]/.t', 'invalid character class range: `[:foo:]`'],
    ['/\\p{Nope}/.t', 'invalid character class range'],
    ['/(a/.t', 'missing closing ): `(a`'],
    ['/a)/.t', 'unexpected ): `a)`'],
    ['/[a/.t', 'missing closing ]: `[a`'],
    ['/\\Z/.t', 'invalid escape sequence: `\\Z`'],
    ['/(?P<1-x>a)/.t', 'invalid named capture'],
  ])('rejects %s', (rule, message) => {
    const error = errorOf(rule);
    expect(error?.message).toMatch(/^invalid pattern: error parsing regexp: /);
    expect(error?.message).toContain(message);
  });

  it('positions regex errors at the construct inside the rule', () => {
    expect(errorOf('/abc(?=x)/.t')?.offset).toBe(4);
    expect(errorOf('  !db.tbl%')?.offset).toBe(9);
  });

  it('accepts escaped slashes inside a regex', () => {
    expect(schemaMatches('^a\\/b$', 'a/b')).toBe(true);
  });
});

describe('wildcard quirks kept from TiDB', () => {
  it('a `$` after a wildcard is an end anchor, as in TiDB', () => {
    const f = filter(['p*$.t']);
    expect(matchTable(f, 'pqr', 't')).toBe(true);
    expect(matchTable(f, 'p$', 't')).toBe(true);
    expect(matchTable(filter(['p$.t']), 'p$', 't')).toBe(true);
    expect(matchTable(filter(['p$.t']), 'p', 't')).toBe(false);
  });

  it('a wildcard `?` or `*` also matches newlines', () => {
    expect(matchTable(filter(['a?b.*']), 'a\nb', 't')).toBe(true);
  });

  it('an escaped non-ASCII character is literal', () => {
    expect(matchTable(filter(['\\中文.*']), '中文', 't')).toBe(true);
  });

  it('comment and blank lines are skipped, # elsewhere is an error', () => {
    expect(parseTableFilter(['  # note', '', '\t'], { caseSensitive: true }).ok).toBe(true);
    expect(errorOf('!#x.y')?.message).toBe("unexpected special character '#'");
    expect(errorOf('!')?.message).toBe('syntax error: missing pattern');
  });

  it('reports every bad rule, not only the first', () => {
    const r = parseTableFilter(['a.b.c', 'ok.ok', 'x%.y'], { caseSensitive: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.ruleIndex)).toEqual([0, 2]);
  });
});

describe('system schemas', () => {
  it.each(['mysql', 'SYS', 'Information_Schema', 'performance_schema', 'METRICS_SCHEMA', 'inspection_schema'])('%s', (s) => {
    expect(isSystemSchema(s)).toBe(true);
  });
  it('user schemas are not system schemas', () => {
    expect(isSystemSchema('mysql2')).toBe(false);
    expect(isSystemSchema('app')).toBe(false);
  });
});
