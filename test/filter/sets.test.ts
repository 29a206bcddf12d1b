import { describe, expect, it } from 'vitest';
import { doublingRatio } from '../hostile/work-meter.js';
import {
  ALL_TABLES,
  DEFAULT_LIGHTNING_FILTER,
  NO_TABLES,
  complement,
  exactSet,
  filterSet,
  findWitness,
  intersect,
  isEmptySet,
  parseTableFilter,
  schemaSet,
  setHas,
  subtract,
  union,
  userTables,
  type TableFilter,
  type TableSet,
} from '../../src/core/filter/index.js';

function filter(rules: string[], caseSensitive = false): TableFilter {
  const r = parseTableFilter(rules, { caseSensitive });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.filter;
}
const f = (rules: string[], caseSensitive = false): TableSet => filterSet(filter(rules, caseSensitive));
const name = (w: ReturnType<typeof findWitness>): string | undefined => (w ? `${w.table.schema}.${w.table.table}` : undefined);

describe('table sets and witnesses', () => {
  it('names a readable witness for a wildcard schema', () => {
    const w = findWitness(intersect(f(['app.*']), userTables()));
    expect(w).toEqual({ table: { schema: 'app', table: 'a' }, exact: true });
  });

  it('prefers an exact name over a wildcard when shorter schema has it', () => {
    const written = union(exactSet([{ schema: 'app', table: 'orders' }], false), f(['billing.*']));
    expect(name(findWitness(intersect(f(['*.*']), written)))).toBe('app.orders');
  });

  it('returns the first preferred name in the set', () => {
    const set = f(['app.*']);
    const w = findWitness(set, {
      prefer: [
        { schema: 'other', table: 'x' },
        { schema: 'APP', table: 'Orders' },
      ],
    });
    expect(w).toEqual({ table: { schema: 'APP', table: 'Orders' }, exact: true });
  });

  it('subtracts exemptions, system schemas and remedied tables', () => {
    const replicated = f(['*.*']);
    const written = f(['app.*', 'mysql.*']);
    const exempt = f(['app.audit_*']);
    const remedied = exactSet([{ schema: 'app', table: 'a' }], true);
    const gap = subtract(subtract(intersect(written, replicated, userTables()), exempt), remedied);
    const w = findWitness(gap);
    expect(w?.exact).toBe(true);
    expect(setHas(gap, w!.table)).toBe(true);
    expect(w!.table.schema).toBe('app');
    expect(w!.table.table).not.toBe('a');
  });

  it('detects empty intersections exactly', () => {
    expect(isEmptySet(intersect(f(['app.*']), f(['billing.*'])))).toBe(true);
    expect(isEmptySet(subtract(f(['app.*']), schemaSet(['APP'], false)))).toBe(true);
    expect(isEmptySet(subtract(f(['app.*']), schemaSet(['APP'], true)))).toBe(false);
    expect(isEmptySet(intersect(f(['mysql.*']), userTables()))).toBe(true);
    expect(isEmptySet(intersect(f(DEFAULT_LIGHTNING_FILTER as string[]), f(['MySQL.user'])))).toBe(true);
    expect(isEmptySet(subtract(f(['db?.*']), f(['db[0-9].*', 'db[!0-9].*'])))).toBe(true);
    expect(isEmptySet(subtract(f(['*.*']), schemaSet(['*'], false)))).toBe(true);
  });

  it('composes case modes without lowercasing blindly', () => {
    const ci = f(['App.*'], false); // app, APP, aPp ...
    const cs = f(['APP.*'], true);
    const both = intersect(ci, cs);
    expect(name(findWitness(both))).toBe('APP.p'); // characters from the patterns read best
    expect(isEmptySet(intersect(f(['app.*'], true), f(['APP.*'], true)))).toBe(true);
    const w = findWitness(subtract(ci, f(['app.*', 'APP.*'], true)));
    expect(w?.exact).toBe(true);
    expect(w!.table.schema.toLowerCase()).toBe('app');
    expect(['app', 'APP']).not.toContain(w!.table.schema);
  });

  it('handles a changefeed-style filter with negations', () => {
    const changefeed = f(['*.*', '!app.tmp_*', '!test.*']);
    const written = f(['app.tmp_*', 'test.*']);
    expect(isEmptySet(intersect(changefeed, written))).toBe(true);
    const written2 = f(['app.*']);
    expect(name(findWitness(intersect(changefeed, written2)))).toBe('app.a');
  });

  it('models regex parts exactly where it can', () => {
    const digits = f(['/^db\\d{2,}$/.*']);
    expect(name(findWitness(digits))).toBe('db00.b');
    expect(isEmptySet(intersect(digits, f(['/^db[a-z]/.*'])))).toBe(true);
    expect(isEmptySet(intersect(f(['/^a$/.*']), f(['/b/.*'])))).toBe(true);
    const w = findWitness(intersect(f(['/\\bfoo\\b/.*'], true), f(['*foo*.*'], true)));
    expect(w?.exact).toBe(true);
    expect(setHas(f(['/\\bfoo\\b/.*'], true), w!.table)).toBe(true);
    expect(isEmptySet(intersect(f(['/\\bfoo\\b/.*'], true), f(['xfoo?.*'], true)))).toBe(true);
    expect(name(findWitness(intersect(f(['/\\bfoo\\b/.*'], true), f(['xfoo*.*'], true))))).toBe('xfoo$foo.f');
  });

  it('constants', () => {
    expect(findWitness(ALL_TABLES)).toEqual({ table: { schema: 'a', table: 'a' }, exact: true });
    expect(findWitness(NO_TABLES)).toBeUndefined();
    expect(isEmptySet(complement(ALL_TABLES))).toBe(true);
    expect(isEmptySet(f([]))).toBe(true);
  });

  it('never returns control characters when a printable name exists', () => {
    const w = findWitness(subtract(f(['*.*'], true), f(['[a-zA-Z0-9_$].*'], true)));
    expect(w?.exact).toBe(true);
    expect(w!.table.schema.codePointAt(0)!).toBeGreaterThan(0x20);
  });

  it('finds names that need a control character when nothing else is possible', () => {
    const w = findWitness(f(['/^\\x01$/.*'], true));
    expect(w).toEqual({ table: { schema: '\u0001', table: 'a' }, exact: true });
  });

  it('stays bounded on large automata and then answers inexactly (work counted, not timed)', () => {
    const big = (k: number): TableSet => f([`/^[a-z]{${k}}x$/.*`, `!/^[a-z]{${k - 1}}[a-w]/.*`, `!/^[a-z]{${k - 2}}[a-w]/.*`], true);
    const w = findWitness(intersect(big(30), f(['/(a|b)*c(a|b){12}$/.*'], true)));
    expect(w === undefined || w.exact === false || setHas(big(30), w.table)).toBe(true);
    // Automata twice as large cost no more than about twice the work: the search is bounded.
    // (Sizes not searched above: a set of the same parts is answered from the search memo.)
    const other = f(['/(a|b)*c(a|b){12}$/.*'], true);
    const { ratio } = doublingRatio(
      (n) => String(n),
      31,
      (k) => findWitness(intersect(big(Number(k)), other)),
    );
    expect(ratio).toBeLessThan(2.6);
  });
});
