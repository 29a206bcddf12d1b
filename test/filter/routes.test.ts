// Lightning [[routes]] applied to table sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactSet,
  filterSet,
  findWitness,
  intersect,
  isEmptySet,
  parseTableFilter,
  project,
  routeSet,
  setHas,
  subtract,
  type Route,
  type TableSet,
} from '../../src/filter/index.js';

function f(rules: string[], caseSensitive = false): TableSet {
  const r = parseTableFilter(rules, { caseSensitive });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return filterSet(r.filter);
}
const has = (set: TableSet, schema: string, table: string): boolean => setHas(set, { schema, table });

const shardRoute: Route = {
  schemaPattern: 'shard_db_*',
  tablePattern: 'shard_table_*',
  targetSchema: 'shard_db',
  targetTable: 'shard_table',
};

describe('routeSet', () => {
  it('merges shards into one table and keeps unrouted tables', () => {
    const routed = routeSet(f(['*.*']), [shardRoute], false);
    expect(has(routed, 'shard_db', 'shard_table')).toBe(true);
    expect(has(routed, 'other', 'x')).toBe(true);
    // a shard table is renamed, so its source name is only written when something else keeps it
    expect(has(routeSet(f(['shard_db_1.*']), [shardRoute], false), 'shard_db_1', 'shard_table_1')).toBe(false);
    expect(has(routeSet(f(['shard_db_1.*']), [shardRoute], false), 'shard_db_1', 'other')).toBe(true);
  });

  it('a route whose sources are not in the set contributes nothing', () => {
    const routed = routeSet(f(['app.*']), [shardRoute], false);
    expect(has(routed, 'shard_db', 'shard_table')).toBe(false);
    expect(has(routed, 'app', 'orders')).toBe(true);
  });

  it('a schema-level route keeps the table name', () => {
    const routes: Route[] = [{ schemaPattern: 'src_?', targetSchema: 'dst' }];
    const routed = routeSet(exactSet([{ schema: 'src_1', table: 'orders' }, { schema: 'keep', table: 'x' }], false), routes, false);
    expect(has(routed, 'dst', 'orders')).toBe(true);
    expect(has(routed, 'dst', 'x')).toBe(false);
    expect(has(routed, 'src_1', 'orders')).toBe(false);
    expect(has(routed, 'keep', 'x')).toBe(true);
    expect(findWitness(routed, {})?.table).toEqual({ schema: 'dst', table: 'orders' });
  });

  it('a table-level route takes precedence over a schema-level one', () => {
    const routes: Route[] = [
      { schemaPattern: 'db', targetSchema: 'merged' },
      { schemaPattern: 'db', tablePattern: 'log_*', targetSchema: 'logs', targetTable: 'all_logs' },
    ];
    const routed = routeSet(exactSet([{ schema: 'db', table: 'log_1' }, { schema: 'db', table: 'users' }], false), routes, false);
    expect(has(routed, 'logs', 'all_logs')).toBe(true);
    expect(has(routed, 'merged', 'log_1')).toBe(false);
    expect(has(routed, 'merged', 'users')).toBe(true);
    expect(isEmptySet(intersect(routed, f(['db.*'])))).toBe(true);
  });

  it('a target table alone keeps the source schema', () => {
    const routed = routeSet(f(['a*.t*'], true), [{ schemaPattern: '*', tablePattern: 't?', targetSchema: '', targetTable: 'merged' }], true);
    expect(has(routed, 'ab', 'merged')).toBe(true);
    expect(has(routed, 'b', 'merged')).toBe(false);
    expect(has(routed, 'ab', 'tx')).toBe(false);
    expect(has(routed, 'ab', 'txy')).toBe(true);
  });

  it('matches route patterns case-insensitively unless told otherwise', () => {
    const routes: Route[] = [{ schemaPattern: 'SRC', targetSchema: 'dst' }];
    expect(has(routeSet(exactSet([{ schema: 'src', table: 't' }], false), routes, false), 'dst', 't')).toBe(true);
    expect(has(routeSet(exactSet([{ schema: 'src', table: 't' }], true), routes, true), 'dst', 't')).toBe(false);
  });
});

describe('project', () => {
  it('keeps the tables some schema completes', () => {
    const set = subtract(f(['a.x*', 'b.y*'], true), f(['a.xz'], true));
    const tables = project(set, 'table')!;
    expect(has(tables, 'anything', 'x1')).toBe(true);
    expect(has(tables, 'anything', 'xz')).toBe(false);
    expect(has(tables, 'anything', 'y')).toBe(true);
    expect(has(tables, 'anything', 'z')).toBe(false);
    const schemas = project(set, 'schema')!;
    expect(has(schemas, 'a', 'q')).toBe(true);
    expect(has(schemas, 'c', 'q')).toBe(false);
  });
});

describe('routeSet against per-table routing (property)', () => {
  it('agrees with routing each table of an exact set', () => {
    const glob = (pattern: string, name: string, cs: boolean): boolean => {
      const p = cs ? pattern : pattern.toLowerCase();
      const n = cs ? name : name.toLowerCase();
      const re = new RegExp(`^${[...p].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c)).join('')}$`, 's');
      return re.test(n);
    };
    const routeOne = (routes: Route[], s: string, t: string, cs: boolean): [string, string][] => {
      const tableLevel = routes.filter((r) => r.tablePattern && glob(r.schemaPattern, s, cs) && glob(r.tablePattern, t, cs));
      const chosen = tableLevel.length > 0 ? tableLevel : routes.filter((r) => !r.tablePattern && glob(r.schemaPattern, s, cs));
      if (chosen.length === 0) return [[s, t]];
      return chosen.map((r) => [r.targetSchema || s, r.targetTable || t]);
    };
    const name = fc.constantFrom('a', 'b', 'ab', 'ba', 'A');
    const pat = fc.constantFrom('a', 'b', '*', 'a*', '?', 'b?', 'A*');
    const route: fc.Arbitrary<Route> = fc.record({
      schemaPattern: pat,
      tablePattern: fc.option(pat, { nil: undefined }),
      targetSchema: fc.constantFrom('', 'x', 'y'),
      targetTable: fc.constantFrom('', 'x', 'z'),
    });
    fc.assert(
      fc.property(fc.array(fc.record({ schema: name, table: name }), { minLength: 1, maxLength: 3 }), fc.array(route, { maxLength: 3 }), fc.boolean(), (names, routes, cs) => {
        const routed = routeSet(exactSet(names, cs), routes, cs);
        const expected = names.flatMap((n) => routeOne(routes, n.schema, n.table, cs));
        const same = (a: string, b: string): boolean => (cs ? a === b : a.toLowerCase() === b.toLowerCase());
        for (const s of ['a', 'b', 'ab', 'ba', 'A', 'x', 'y']) {
          for (const t of ['a', 'b', 'ab', 'ba', 'A', 'x', 'z']) {
            const want = expected.some(([es, et]) => same(es, s) && same(et, t));
            expect(setHas(routed, { schema: s, table: t })).toBe(want);
          }
        }
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
