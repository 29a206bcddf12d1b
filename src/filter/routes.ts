/**
 * The image of a table set under Lightning `[[routes]]` (TiDB's table router).
 *
 * For each source table: if table-level routes (with a `table-pattern`) match it, they decide;
 * otherwise a matching schema-level route does; otherwise the name is kept. An empty target
 * schema or table keeps the source's. Route patterns use only `*` and `?`; everything else is a
 * literal character. When several routes of the same level match one table Lightning fails at
 * start, so the image includes every candidate (an over-approximation that only matters there).
 *
 * A route that changes one part but keeps the other ("target-schema only") needs the projection
 * of the routed tables onto the kept part. `project` computes it exactly; when it hits a search
 * bound we fall back to the route's own pattern for that part (e.g. target-schema `t` with
 * table-pattern `orders_*` gives `t.orders_*`), which is the only place the image may be larger
 * than the truth.
 */
import { ANY_CHAR, foldChars, lowerPreimage, singleChar } from './charset.js';
import { compileRe, type Re } from './nfa.js';
import {
  NO_TABLES,
  atomFromParts,
  exactSet,
  intersect,
  isEmptySet,
  project,
  schemaSet,
  subtract,
  union,
  type TableSet,
} from './sets.js';
import { ALL_PART, literalPart, type PartPattern } from './table-filter.js';

export interface Route {
  readonly schemaPattern: string;
  readonly tablePattern?: string;
  readonly targetSchema: string;
  readonly targetTable?: string;
}

/** A route pattern: `*` any run, `?` one character, the rest literal (case-folded unless sensitive). */
export function routePattern(pattern: string, caseSensitive: boolean): PartPattern {
  if (pattern === '*') return ALL_PART;
  if (!/[*?]/.test(pattern)) return literalPart(pattern, caseSensitive);
  const any: Re = { k: 'chars', set: ANY_CHAR };
  const xs: Re[] = [...pattern].map((ch): Re => {
    if (ch === '*') return { k: 'rep', x: any, min: 0, max: -1 };
    if (ch === '?') return any;
    const set = singleChar(ch.codePointAt(0)!);
    return { k: 'chars', set: caseSensitive ? set : foldChars(set) };
  });
  const nfa = compileRe({ k: 'cat', xs }, caseSensitive ? undefined : lowerPreimage);
  return { all: false, nfa, literalChars: literalPart(pattern.replace(/[*?]/g, ''), true).literalChars };
}

function image(domain: TableSet, route: Route, keptTables: PartPattern, caseSensitive: boolean): TableSet {
  if (isEmptySet(domain)) return NO_TABLES;
  const targetSchema = route.targetSchema;
  const targetTable = route.targetTable ?? '';
  if (targetSchema !== '' && targetTable !== '') {
    return exactSet([{ schema: targetSchema, table: targetTable }], caseSensitive);
  }
  if (targetSchema === '' && targetTable === '') return domain;
  if (targetSchema !== '') {
    const tables = project(domain, 'table') ?? atomFromParts(ALL_PART, keptTables);
    return intersect(schemaSet([targetSchema], caseSensitive), tables);
  }
  const schemas = project(domain, 'schema') ?? atomFromParts(routePattern(route.schemaPattern, caseSensitive), ALL_PART);
  return intersect(schemas, atomFromParts(ALL_PART, literalPart(targetTable, caseSensitive)));
}

/** Tables written after routing `set` (the tables Lightning would create or fill). */
export function routeSet(set: TableSet, routes: readonly Route[], caseSensitive: boolean): TableSet {
  if (routes.length === 0) return set;
  const tableLevel = routes.filter((r) => r.tablePattern !== undefined && r.tablePattern !== '');
  const schemaLevel = routes.filter((r) => r.tablePattern === undefined || r.tablePattern === '');
  const matchOf = (r: Route): { set: TableSet; tables: PartPattern } => {
    const tables = r.tablePattern ? routePattern(r.tablePattern, caseSensitive) : ALL_PART;
    return { set: atomFromParts(routePattern(r.schemaPattern, caseSensitive), tables), tables };
  };
  const byTable = union(...tableLevel.map((r) => matchOf(r).set));
  const bySchema = union(...schemaLevel.map((r) => matchOf(r).set));
  const images: TableSet[] = [subtract(subtract(set, byTable), bySchema)];
  for (const r of tableLevel) {
    const m = matchOf(r);
    images.push(image(intersect(set, m.set), r, m.tables, caseSensitive));
  }
  for (const r of schemaLevel) {
    const m = matchOf(r);
    images.push(image(subtract(intersect(set, m.set), byTable), r, m.tables, caseSensitive));
  }
  return union(...images);
}
