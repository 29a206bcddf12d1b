// Property test: the witness search agrees with brute-force enumeration through matchTable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactSet,
  filterSet,
  findWitness,
  intersect,
  matchTable,
  parseTableFilter,
  schemaSet,
  subtract,
  union,
  type TableFilter,
  type TableName,
  type TableSet,
} from '../../src/core/filter/index.js';
import { fcParams } from '../helpers/properties.js';

type Expr =
  | { k: 'filter'; filter: TableFilter }
  | { k: 'exact'; names: TableName[]; cs: boolean }
  | { k: 'schemas'; schemas: string[]; cs: boolean }
  | { k: 'and' | 'or' | 'sub'; a: Expr; b: Expr };

const ALPHABET = ['a', 'b', 'A', 'c'];
const MAX_LENGTH = 3;
const NAMES: string[] = (() => {
  const out: string[] = [];
  let layer = [''];
  for (let n = 1; n <= MAX_LENGTH; n++) {
    layer = layer.flatMap((p) => ALPHABET.map((c) => p + c));
    out.push(...layer);
  }
  return out;
})();

const sameName = (a: string, b: string, cs: boolean): boolean => (cs ? a === b : a.toLowerCase() === b.toLowerCase());

/** Membership computed only from matchTable and plain string comparison. */
function bruteHas(e: Expr, schema: string, table: string): boolean {
  switch (e.k) {
    case 'filter':
      return matchTable(e.filter, schema, table);
    case 'exact':
      return e.names.some((n) => sameName(n.schema, schema, e.cs) && sameName(n.table, table, e.cs));
    case 'schemas':
      return e.schemas.some((s) => s === '*' || sameName(s, schema, e.cs));
    case 'and':
      return bruteHas(e.a, schema, table) && bruteHas(e.b, schema, table);
    case 'or':
      return bruteHas(e.a, schema, table) || bruteHas(e.b, schema, table);
    case 'sub':
      return bruteHas(e.a, schema, table) && !bruteHas(e.b, schema, table);
  }
}

function toSet(e: Expr): TableSet {
  switch (e.k) {
    case 'filter':
      return filterSet(e.filter);
    case 'exact':
      return exactSet(e.names, e.cs);
    case 'schemas':
      return schemaSet(e.schemas, e.cs);
    case 'and':
      return intersect(toSet(e.a), toSet(e.b));
    case 'or':
      return union(toSet(e.a), toSet(e.b));
    case 'sub':
      return subtract(toSet(e.a), toSet(e.b));
  }
}

const token = fc.constantFrom('a', 'b', 'A', '?', '*', '[ab]', '[!a]', '[a-bA]', '[!A-Z]');
const wildcard = fc.array(token, { minLength: 1, maxLength: 3 }).map((ts) => ts.join(''));
// Regex parts whose every feature the engine models exactly (anchors, \\b, alternation, repeats).
const regexPart = fc.constantFrom('/^a/', '/b$/', '/^(a|b)+$/', '/A/', '/^[^a]/', '/\\bab/', '/^.?$/', '/^a{2,}$/', '/(?i)^ab/');
const pattern = fc.oneof(wildcard, wildcard, wildcard, regexPart);
const rule = fc.tuple(fc.boolean(), pattern, pattern).map(([neg, s, t]) => `${neg ? '!' : ''}${s}.${t}`);
const filterExpr: fc.Arbitrary<Expr> = fc.tuple(fc.array(rule, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([rules, cs]) => {
  const parsed = parseTableFilter(rules, { caseSensitive: cs });
  if (!parsed.ok) throw new Error(`generator produced an invalid rule: ${JSON.stringify(parsed.errors)}`);
  return { k: 'filter', filter: parsed.filter };
});
const shortName = fc.constantFrom('a', 'b', 'A', 'ab', 'aA', 'ba', 'c');
const exactExpr: fc.Arbitrary<Expr> = fc
  .tuple(fc.array(fc.record({ schema: shortName, table: shortName }), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([names, cs]) => ({ k: 'exact', names, cs }));
const schemasExpr: fc.Arbitrary<Expr> = fc
  .tuple(fc.array(fc.constantFrom('a', 'A', 'ab', '*'), { minLength: 1, maxLength: 2 }), fc.boolean())
  .map(([schemas, cs]) => ({ k: 'schemas', schemas, cs }));

const leaf: fc.Arbitrary<Expr> = fc.oneof(filterExpr, filterExpr, filterExpr, exactExpr, schemasExpr);
const op = fc.constantFrom('and' as const, 'or' as const, 'sub' as const, 'sub' as const, 'and' as const);
const binary = (a: fc.Arbitrary<Expr>, b: fc.Arbitrary<Expr>): fc.Arbitrary<Expr> => fc.record({ k: op, a, b });
// Mostly combinations of two or three sets, where case modes and negations interact.
const expr: fc.Arbitrary<Expr> = fc.oneof(leaf, binary(leaf, leaf), binary(leaf, leaf), binary(binary(leaf, leaf), leaf));

function bruteMember(e: Expr): TableName | undefined {
  for (const schema of NAMES) for (const table of NAMES) if (bruteHas(e, schema, table)) return { schema, table };
  return undefined;
}

const inBruteSpace = (n: string): boolean => n.length <= MAX_LENGTH && [...n].every((c) => ALPHABET.includes(c));

describe('findWitness against brute force', () => {
  it('finds a member whenever one exists, and every exact witness is a member', () => {
    fc.assert(
      fc.property(expr, (e) => {
        const member = bruteMember(e);
        const witness = findWitness(toSet(e));
        if (member !== undefined) expect(witness).toBeDefined();
        if (witness?.exact) expect(bruteHas(e, witness.table.schema, witness.table.table)).toBe(true);
        // wildcard-only sets are small: the search must finish exactly
        expect(witness === undefined || witness.exact).toBe(true);
        if (member === undefined && witness !== undefined) {
          // only possible when the member lies outside the enumerated names
          expect(inBruteSpace(witness.table.schema) && inBruteSpace(witness.table.table)).toBe(false);
        }
        if (witness !== undefined && member !== undefined) {
          // shortest first: never longer than the shortest enumerated schema with a member
          expect(witness.table.schema.length).toBeLessThanOrEqual(member.schema.length);
        }
      }),
      fcParams('witness: finds a member whenever one exists', 300),
    );
  });

  it('returns the first preferred name that is a member', () => {
    fc.assert(
      fc.property(expr, fc.array(fc.record({ schema: shortName, table: shortName }), { maxLength: 3 }), (e, prefer) => {
        const witness = findWitness(toSet(e), { prefer });
        const expected = prefer.find((n) => bruteHas(e, n.schema, n.table));
        if (expected !== undefined) expect(witness?.table).toEqual(expected);
      }),
      fcParams('witness: returns the first preferred member', 150),
    );
  });
});
