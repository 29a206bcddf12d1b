/**
 * Hostile input for the table-filter engine: rule parsing (wildcards, quotes, escapes, classes,
 * `/regex/`, `@file` imports), matching, the set algebra and the witness search. Never throws,
 * every error points inside the rule it is about, filters of thousands of alternating rules work
 * (issue 8 item 13: ~2,000 of them overflowed the stack), and work is bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complement,
  filterSet,
  findWitness,
  intersect,
  matchSchema,
  matchTable,
  parseTableFilter,
  project,
  setHas,
  subtract,
  union,
  userTables,
  type ParseResult,
  type TableFilter,
} from '../../src/core/filter/index.js';
import { exprSet, filterExpr, type SchemaAtoms } from '../../src/model/jobs/routes.js';
import { fcParams } from '../helpers/properties.js';
import { hostileText } from './checks.js';
import { doublingRatio, measureWork } from './work-meter.js';

const PIECES = [
  'a',
  'b',
  'A',
  'é',
  'İ',
  '_',
  '$',
  '0',
  '*',
  '?',
  '.',
  '!',
  '#',
  '@',
  ' ',
  '\t',
  '[',
  ']',
  '[!',
  '[^',
  '[a-z]',
  '[!a]',
  '[\\]]',
  '\\',
  '\\.',
  '\\*',
  '\\a',
  '"',
  '""',
  '`',
  '``',
  '"q.t"',
  '`q``t`',
  '/',
  '/^a$/',
  '/a|b/',
  '/(?i)x/',
  '/\\bz/',
  '/[/',
  '/a{2,3}/',
  '/(a)\\1/',
  '/a**/',
  '/(?=a)/',
  '/\\p{Greek}/',
  '/\\pL/',
  '/\\x{1F600}/',
  '/(?s:.)/',
  '/a{1001}/',
  '/((a{100}){100}){100}/',
  '\u0000',
  '\ud800',
  '😀',
  '\n',
  '\r',
];
const rulePiece = fc.constantFrom(...PIECES);
const ruleText = fc.array(rulePiece, { maxLength: 8 }).map((p) => p.join(''));
const ruleLike = fc.oneof(
  ruleText,
  hostileText(40),
  fc.tuple(ruleText, ruleText).map(([s, t]) => `${s}.${t}`),
);
const rules = fc.array(ruleLike, { maxLength: 6 });

/** Rules that parse: wildcard and regex parts, either polarity. */
const goodPart = fc.constantFrom(
  'a',
  'b',
  'A',
  'ab',
  '*',
  'a*',
  '?',
  '[ab]',
  '[!a]',
  '"a.b"',
  '`B`',
  '/^a/',
  '/b$/',
  '/^(a|b)+$/',
  '/(?i)^A$/',
  'a\\*',
);
const goodRule = fc.tuple(fc.boolean(), goodPart, goodPart).map(([neg, s, t]) => `${neg ? '!' : ''}${s}.${t}`);
const name = fc.oneof(fc.constantFrom('a', 'b', 'A', 'ab', 'ba', 'a.b', 'a*', 'B', 'aB', 'é', 'İ', 'k'), fc.string({ maxLength: 4 }));

function parse(list: readonly string[], caseSensitive: boolean, files: Record<string, string> = {}): ParseResult {
  return parseTableFilter(list, { caseSensitive, readImport: (path) => files[path] });
}

function mustParse(list: readonly string[], caseSensitive: boolean): TableFilter {
  const parsed = parse(list, caseSensitive);
  if (!parsed.ok) throw new Error(`expected a valid filter: ${JSON.stringify(parsed.errors)}`);
  return parsed.filter;
}

/** `n` rules alternating between accepting and excluding (the stack-overflow shape of issue 8). */
export function alternatingRules(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? `app${i}.*` : `!app${i - 1}.t${i}`));
}

describe('table-filter parser on hostile rules', () => {
  it('never throws; every error names a rule that exists and an offset inside it', () => {
    fc.assert(
      fc.property(rules, fc.boolean(), (list, cs) => {
        const parsed = parse(list, cs);
        if (parsed.ok) {
          expect(parsed.filter.compiled.length).toBeLessThanOrEqual(list.length);
          return;
        }
        expect(parsed.errors.length).toBeGreaterThan(0);
        const wrong = parsed.errors.filter(
          (e) =>
            !(
              Number.isInteger(e.ruleIndex) &&
              e.ruleIndex >= 0 &&
              e.ruleIndex < list.length &&
              e.offset >= 0 &&
              e.offset <= list[e.ruleIndex]!.length &&
              e.message.length > 0
            ),
        );
        expect(wrong).toEqual([]);
      }),
      fcParams('filter: parse hostile rules', 300),
    );
  });

  it('imported files: errors point at the import and name a line that exists in the file', () => {
    fc.assert(
      fc.property(fc.array(ruleLike, { maxLength: 6 }), fc.boolean(), (lines, cs) => {
        const file = lines.join('\n');
        const parsed = parse(['  @rules.txt', '@missing.txt', '@rules.txt'], cs, { 'rules.txt': file });
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        const lineCount = file.split('\n').length;
        for (const e of parsed.errors) {
          expect(e.ruleIndex === 0 ? e.offset : e.ruleIndex === 1 || e.ruleIndex === 2 ? e.offset : -1).toBe(e.ruleIndex === 0 ? 3 : 1);
          if (e.importLine !== undefined) expect(e.importLine >= 1 && e.importLine <= lineCount).toBe(true);
        }
      }),
      fcParams('filter: imported files', 300),
    );
  });

  it('matching never throws, whatever the rules and names', () => {
    fc.assert(
      fc.property(rules, fc.boolean(), hostileText(12), hostileText(12), (list, cs, schema, table) => {
        const parsed = parse(list, cs);
        if (!parsed.ok) return;
        expect(typeof matchTable(parsed.filter, schema, table)).toBe('boolean');
        expect(typeof matchSchema(parsed.filter, schema)).toBe('boolean');
        expect(typeof setHas(filterSet(parsed.filter), { schema, table })).toBe('boolean');
      }),
      fcParams('filter: match hostile names', 400),
    );
  });
});

describe('table-filter sets agree with the matcher on long rule lists', () => {
  it('setHas(filterSet(f)) is matchTable(f) for lists of up to 60 rules', () => {
    fc.assert(
      fc.property(
        fc.array(goodRule, { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        fc.array(fc.tuple(name, name), { minLength: 1, maxLength: 8 }),
        (list, cs, names) => {
          const filter = mustParse(list, cs);
          const set = filterSet(filter);
          const disagree = names.filter(
            ([s, t]) => s !== '' && t !== '' && setHas(set, { schema: s, table: t }) !== matchTable(filter, s, t),
          );
          expect(disagree).toEqual([]);
        },
      ),
      fcParams('filter: sets agree with matching', 300),
    );
  });

  it('an exact witness of a filter is accepted by the filter, and a filter that accepts a name has a witness', () => {
    fc.assert(
      fc.property(fc.array(goodRule, { minLength: 1, maxLength: 30 }), fc.boolean(), fc.tuple(name, name), (list, cs, [s, t]) => {
        const filter = mustParse(list, cs);
        const witness = findWitness(filterSet(filter));
        if (witness?.exact) expect(matchTable(filter, witness.table.schema, witness.table.table)).toBe(true);
        if (s !== '' && t !== '' && matchTable(filter, s, t)) expect(witness).toBeDefined();
      }),
      fcParams('filter: witnesses of long filters', 150),
    );
  });
});

/** Alternating rules over a few names: a formula as deep as `alternatingRules` gives, with few automata. */
function repetitiveRules(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? `s${i % 7}.*` : `!s${i % 7}.t${i % 5}`));
}

describe('thousands of alternating rules (issue 8 item 13)', () => {
  for (const n of [2_000, 10_000]) {
    it(`${n} alternating rules: matching and set membership give answers, not a stack overflow`, () => {
      const filter = mustParse(alternatingRules(n), false);
      const set = filterSet(filter);
      const last = n - 2;
      expect(matchTable(filter, `app${last}`, 'x')).toBe(true);
      expect(matchTable(filter, `app${last}`, `t${last + 1}`)).toBe(false);
      expect(setHas(set, { schema: `app${last}`, table: 'x' })).toBe(true);
      expect(setHas(set, { schema: `app${last}`, table: `t${last + 1}` })).toBe(false);
      expect(setHas(set, { schema: 'other', table: 'x' })).toBe(false);
      const combined = subtract(intersect(set, userTables()), union(complement(set), filterSet(mustParse(['x.y'], true))));
      expect(setHas(combined, { schema: 'app0', table: 'x' })).toBe(true);
    });

    it(`${n} alternating rules as a routing expression (Lightning [[routes]]) give answers, not a stack overflow`, () => {
      const filter = mustParse(alternatingRules(n), false);
      const atoms: SchemaAtoms = { sets: [] };
      const set = exprSet(filterExpr(filter, atoms), atoms);
      const last = n - 2;
      expect(setHas(set, { schema: `app${last}`, table: 'x' })).toBe(true);
      expect(setHas(set, { schema: `app${last}`, table: `t${last + 1}` })).toBe(false);
    });

    it(`${n} alternating rules: the witness search and the projection walk the whole formula`, () => {
      const filter = mustParse(repetitiveRules(n), true);
      const set = filterSet(filter);
      const witness = findWitness(intersect(set, userTables()));
      expect(witness?.exact).toBe(true);
      expect(matchTable(filter, witness!.table.schema, witness!.table.table)).toBe(true);
      expect(findWitness(subtract(set, set))).toBeUndefined();
      const tables = project(set, 'table');
      expect(tables && setHas(tables, { schema: 'any', table: 'x' })).toBe(true);
    });
  }

  it('2000 alternating rules of distinct names: the witness search answers', () => {
    const filter = mustParse(alternatingRules(2_000), false);
    const witness = findWitness(intersect(filterSet(filter), userTables()));
    expect(witness).toBeDefined();
    if (witness?.exact) expect(matchTable(filter, witness.table.schema, witness.table.table)).toBe(true);
  });
});

describe('routing expressions agree with the matcher', () => {
  it('exprSet(filterExpr(f)) is matchTable(f)', () => {
    fc.assert(
      fc.property(
        fc.array(goodRule, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.tuple(name, name), { minLength: 1, maxLength: 8 }),
        (list, cs, names) => {
          const filter = mustParse(list, cs);
          const atoms: SchemaAtoms = { sets: [] };
          const set = exprSet(filterExpr(filter, atoms), atoms);
          const disagree = names.filter(
            ([s, t]) => s !== '' && t !== '' && setHas(set, { schema: s, table: t }) !== matchTable(filter, s, t),
          );
          expect(disagree).toEqual([]);
        },
      ),
      fcParams('filter: routing expressions agree with matching', 200),
    );
  });
});

describe('table filters: bounded work (counted, not timed)', () => {
  const PATHOLOGICAL: readonly [string, (n: number) => string[]][] = [
    ['a long wildcard rule', (n) => [`${'a*'.repeat(n / 2)}.t`]],
    ['a long class', (n) => [`[${'ab'.repeat(n / 2)}].t`]],
    ['a long quoted name with doubled quotes', (n) => [`"${'""'.repeat(n / 2)}".t`]],
    ['an unterminated quote', (n) => [`"${'a'.repeat(n)}`]],
    ['a long regex alternation', (n) => [`/${Array.from({ length: n / 4 }, (_, i) => `a${i % 10}`).join('|')}/.t`]],
    ['an unterminated regex full of escapes', (n) => [`/${'\\/'.repeat(n / 2)}`]],
    ['many plain rules', (n) => Array.from({ length: n / 8 }, (_, i) => `s${i}.t${i}`)],
  ];
  it.each(PATHOLOGICAL)('parsing %s: twice the input, at most about twice the work', (_name, make) => {
    const { small, large, ratio } = doublingRatio(
      (n) => make(n).join('\n'),
      1000,
      (text) => parse(text.split('\n'), false),
    );
    expect({ small, large, ratio: Math.round(ratio * 100) / 100, linear: ratio < 2.6 }).toMatchObject({ linear: true });
  });

  it('matching a long name is linear in the name', () => {
    const filter = mustParse(['/^(a|aa)*b$/.*', '!/(a*)*c/.t', '*.*'], true);
    const { ratio } = doublingRatio(
      (n) => 'a'.repeat(n),
      2000,
      (schema) => matchTable(filter, schema, 'x'),
    );
    expect(ratio).toBeLessThan(2.6);
  });

  it('random filters: parsing work stays a small multiple of the rules length', () => {
    fc.assert(
      fc.property(rules, (list) => {
        const { work } = measureWork(() => parse(list, false));
        expect(work).toBeLessThanOrEqual(500 * (list.join('').length + 10));
      }),
      fcParams('filter: work per character', 200),
    );
  });
});
