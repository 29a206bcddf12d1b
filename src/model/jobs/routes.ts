/**
 * Lightning `[[routes]]` (pingcap/tidb pkg/util/regexpr-router over pkg/util/filter and the trie
 * selector): which target table each source table is written to, for exact names and for pattern
 * sets. Written here on top of the TableSet API because src/core/filter has no route image yet.
 *
 * Lightning's semantics, reproduced:
 * - `schema-pattern` and `table-pattern` are trie-selector wildcards: `*` (only as the last
 *   character; elsewhere Lightning rejects the pattern), `?` (one character), `[a-z]`/`[!a-z]`
 *   classes, everything else literal; or, with a leading `~`, an unanchored Go regular expression.
 * - Unless `[mydumper] case-sensitive`, the pattern text itself is lowercased before it is
 *   compiled (`TableRule.ToLower`; a `~regex` too: `\D` becomes `\d`, `\Q` the invalid `\q`) and
 *   names are compared lowercased; targets keep their case.
 * - A table-level route (with `table-pattern`) wins over a schema-level one; `target-table` empty
 *   keeps the table name; a table no route matches keeps its name.
 * - The filter applies to source names, before routing (loader.go), so callers route what the
 *   filter accepted.
 * - A name matching two rules of the same level makes Lightning fail; we cannot know whether such
 *   a table exists, so we count both targets as written (the conservative reading).
 *
 * The image of a pattern set: each route's domain is a boolean formula over "schema in P" and
 * "table in T" sets. A table-keeping route writes {target} × {t : some source schema s has (s, t)
 * in the domain}. That projection is computed exactly by enumerating the realizable combinations
 * of schema conditions (one witness search each, bounded); past the bound the projection is
 * "any table" (over-approximation, so no protected table is missed).
 */
import {
  ALL_TABLES,
  NO_TABLES,
  complement,
  exactSet,
  filterSet,
  findWitness,
  intersect,
  parseTableFilter,
  schemaSet,
  setHas,
  union,
  userTables,
  type PartPattern,
  type TableFilter,
  type TableName,
  type TableSet,
} from '../../core/filter/index.js';
import { ALL_PART } from '../../core/filter/table-filter.js';
import { lastMatchWins, type LastMatchAlgebra } from '../../core/filter/last-match.js';

export interface RouteRule {
  readonly schemaPattern?: string;
  readonly tablePattern?: string;
  readonly targetSchema?: string;
  readonly targetTable?: string;
}

/** A formula whose atoms are schema-only sets (by id) or table-only sets. */
export type RouteExpr =
  | { readonly k: 'const'; readonly value: boolean }
  | { readonly k: 'schema'; readonly id: number }
  | { readonly k: 'table'; readonly set: TableSet }
  | { readonly k: 'and' | 'or'; readonly xs: readonly RouteExpr[] }
  | { readonly k: 'not'; readonly x: RouteExpr };

const TRUE: RouteExpr = { k: 'const', value: true };
const FALSE: RouteExpr = { k: 'const', value: false };
const and = (...xs: RouteExpr[]): RouteExpr => ({ k: 'and', xs });
const or = (...xs: RouteExpr[]): RouteExpr => ({ k: 'or', xs });
const not = (x: RouteExpr): RouteExpr => ({ k: 'not', x });

/** Schema-only sets ("schema in P", any table) referenced by id from expressions. */
export interface SchemaAtoms {
  readonly sets: TableSet[];
}

function syntheticFilter(schema: PartPattern, table: PartPattern, caseSensitive: boolean): TableFilter {
  return { rules: [], caseSensitive, compiled: [{ positive: true, schema, table, text: '' }] };
}

function schemaAtom(atoms: SchemaAtoms, part: PartPattern, caseSensitive: boolean): RouteExpr {
  if (part.all) return TRUE;
  atoms.sets.push(filterSet(syntheticFilter(part, ALL_PART, caseSensitive)));
  return { k: 'schema', id: atoms.sets.length - 1 };
}

function tableAtom(part: PartPattern, caseSensitive: boolean): RouteExpr {
  if (part.all) return TRUE;
  return { k: 'table', set: filterSet(syntheticFilter(ALL_PART, part, caseSensitive)) };
}

const EXPR_ALGEBRA: LastMatchAlgebra<RouteExpr> = {
  none: FALSE,
  union: (a, b) => (a === FALSE ? b : b === FALSE ? a : or(a, b)),
  subtract: (a, b) => (a === FALSE ? FALSE : and(a, not(b))),
};

/** A table filter as an expression: last matching rule wins (logarithmic depth, see last-match.ts). */
export function filterExpr(filter: TableFilter, atoms: SchemaAtoms): RouteExpr {
  const rules = filter.compiled.map((rule) => ({
    positive: rule.positive,
    matched: and(schemaAtom(atoms, rule.schema, filter.caseSensitive), tableAtom(rule.table, filter.caseSensitive)),
  }));
  return lastMatchWins(rules, EXPR_ALGEBRA);
}

export function exprSet(e: RouteExpr, atoms: SchemaAtoms, schemaValue?: ReadonlySet<number>): TableSet {
  switch (e.k) {
    case 'const':
      return e.value ? ALL_TABLES : NO_TABLES;
    case 'schema':
      if (schemaValue) return schemaValue.has(e.id) ? ALL_TABLES : NO_TABLES;
      return atoms.sets[e.id]!;
    case 'table':
      return e.set;
    case 'and':
      return intersect(...e.xs.map((x) => exprSet(x, atoms, schemaValue)));
    case 'or':
      return union(...e.xs.map((x) => exprSet(x, atoms, schemaValue)));
    case 'not':
      return complement(exprSet(e.x, atoms, schemaValue));
  }
}

function schemaIds(e: RouteExpr, out: Set<number>): Set<number> {
  if (e.k === 'schema') out.add(e.id);
  else if (e.k === 'and' || e.k === 'or') for (const x of e.xs) schemaIds(x, out);
  else if (e.k === 'not') schemaIds(e.x, out);
  return out;
}

/** Bound on the schema-condition combinations enumerated per projection. */
const MAX_REGIONS = 64;
/** Bound on the distinct schema conditions (route and filter schema patterns) one projection weighs. */
const MAX_SCHEMA_CONDITIONS = 64;

/**
 * {t : (s, t) ∈ e for some s}, as a table-only set (any schema). Exact unless the region bound or
 * a witness-search bound is hit, where it answers "any table".
 */
export function projectTables(e: RouteExpr, atoms: SchemaAtoms): TableSet {
  const ids = [...schemaIds(e, new Set())];
  if (!ids.length) return exprSet(e, atoms);
  // Each region intersects every schema condition and each witness search walks them all, so a
  // config with thousands of filter rules and several routes could cost minutes (a pull request
  // buying runner time with a few KB). Past the bound the answer is "any table": more findings,
  // never fewer.
  if (ids.length > MAX_SCHEMA_CONDITIONS) return ALL_TABLES;
  const parts: TableSet[] = [];
  let remaining: TableSet = ALL_TABLES;
  for (let n = 0; n < MAX_REGIONS; n++) {
    const w = findWitness(remaining);
    if (!w) return union(...parts);
    if (!w.exact) return ALL_TABLES;
    const probe: TableName = { schema: w.table.schema, table: w.table.table };
    const holding = new Set(ids.filter((id) => setHas(atoms.sets[id]!, probe)));
    parts.push(exprSet(e, atoms, holding));
    const region = intersect(...ids.map((id) => (holding.has(id) ? atoms.sets[id]! : complement(atoms.sets[id]!))));
    remaining = intersect(remaining, complement(region));
  }
  return ALL_TABLES;
}

// ---- route patterns -------------------------------------------------------------------------------

function hexEscape(ch: string): string {
  return `\\x{${ch.codePointAt(0)!.toString(16)}}`;
}

function literalRegex(ch: string): string {
  if (/^[A-Za-z0-9_]$/.test(ch) || ch.codePointAt(0)! >= 0x80) return ch;
  return hexEscape(ch);
}

/** A trie-selector wildcard (or `~regex`) as the `/regex/` of a table-filter part. */
export function routePatternRegex(pattern: string): { ok: true; source: string } | { ok: false; message: string } {
  if (pattern.startsWith('~')) {
    // Unanchored Go regex, as in pkg/util/filter; only `/` needs escaping for the `/.../` form.
    let out = '';
    const re = pattern.slice(1);
    for (let i = 0; i < re.length; i++) {
      const ch = re[i]!;
      if (ch === '\\' && i + 1 < re.length) {
        out += ch + re[i + 1];
        i++;
      } else out += ch === '/' ? '\\/' : ch;
    }
    return out ? { ok: true, source: out } : { ok: false, message: 'empty regular expression' };
  }
  const chars = [...pattern];
  let out = '(?s)^';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (i !== chars.length - 1) return { ok: false, message: `pattern ${pattern} not valid: \`*\` must be its last character` };
      out += '.*';
    } else if (ch === '?') out += '.';
    else if (ch === '[') {
      const close = chars.indexOf(']', i + 1);
      if (close < 0) {
        out += literalRegex(ch);
        continue;
      }
      const body = chars.slice(i + 1, close);
      let negate = false;
      let k = 0;
      if (body[0] === '!') {
        negate = true;
        k = 1;
      }
      let cls = '';
      for (; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          cls += `${hexEscape(body[k]!)}-${hexEscape(body[k + 2]!)}`;
          k += 2;
        } else cls += hexEscape(body[k]!);
      }
      if (!cls && negate) {
        negate = false;
        cls = hexEscape('!');
      }
      out += cls ? `[${negate ? '^' : ''}${cls}]` : '[^\\x{0}-\\x{10ffff}]';
      i = close;
    } else out += literalRegex(ch);
  }
  return { ok: true, source: `${out}$` };
}

function patternPart(
  pattern: string,
  side: 'schema' | 'table',
  caseSensitive: boolean,
): { ok: true; part: PartPattern } | { ok: false; message: string } {
  const regex = routePatternRegex(pattern);
  if (!regex.ok) return regex;
  const rule = side === 'schema' ? `/${regex.source}/.*` : `*./${regex.source}/`;
  const parsed = parseTableFilter([rule], { caseSensitive });
  if (!parsed.ok) return { ok: false, message: `pattern \`${pattern}\`: ${parsed.errors[0]?.message ?? 'invalid'}` };
  const compiled = parsed.filter.compiled[0]!;
  return { ok: true, part: side === 'schema' ? compiled.schema : compiled.table };
}

/**
 * Go's `strings.ToLower`: each code point through `unicode.ToLower`, which maps one code point to
 * one (JavaScript's `toLowerCase` turns U+0130 into two).
 */
export function goToLower(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += [...lower].length === 1 ? lower : ch === '\u0130' ? 'i' : ch;
  }
  return out;
}

// ---- the router -----------------------------------------------------------------------------------

export interface CompiledRoute {
  readonly index: number;
  readonly tableLevel: boolean;
  /** Source tables the rule matches. */
  readonly match: RouteExpr;
  readonly targetSchema: string;
  /** undefined: the table keeps its name. */
  readonly targetTable?: string;
}

export interface TableRouter {
  readonly routes: readonly CompiledRoute[];
  readonly atoms: SchemaAtoms;
  readonly caseSensitive: boolean;
}

export interface RouteProblem {
  readonly index: number;
  readonly message: string;
}

export function compileRoutes(
  rules: readonly RouteRule[],
  caseSensitive: boolean,
  atoms: SchemaAtoms = { sets: [] },
): { ok: true; router: TableRouter } | { ok: false; problems: RouteProblem[] } {
  const problems: RouteProblem[] = [];
  const routes: CompiledRoute[] = [];
  rules.forEach((rule, index) => {
    if (!rule.schemaPattern) return void problems.push({ index, message: 'schema pattern of table route rule should not be empty' });
    if (!rule.targetSchema) return void problems.push({ index, message: 'target schema of table route rule should not be empty' });
    // In case-insensitive mode Lightning lowercases the pattern text itself before compiling it
    // (pkg/util/table-router `TableRule.ToLower`, called by the router when !caseSensitive): `\D`
    // becomes `\d` and `\Q...\E` the invalid `\q...\e`. Predict what Lightning does.
    const lowered = (pattern: string): string => (caseSensitive ? pattern : goToLower(pattern));
    const why = (pattern: string, message: string): string =>
      !caseSensitive && goToLower(pattern) !== pattern
        ? `${message} (Lightning lowercases route patterns when \`case-sensitive\` is false, so \`${pattern}\` is compiled as \`${goToLower(pattern)}\`)`
        : message;
    const schema = patternPart(lowered(rule.schemaPattern), 'schema', caseSensitive);
    if (!schema.ok) return void problems.push({ index, message: why(rule.schemaPattern, schema.message) });
    let match = schemaAtom(atoms, schema.part, caseSensitive);
    const tableLevel = !!rule.tablePattern;
    if (rule.tablePattern) {
      const table = patternPart(lowered(rule.tablePattern), 'table', caseSensitive);
      if (!table.ok) return void problems.push({ index, message: why(rule.tablePattern, table.message) });
      match = and(match, tableAtom(table.part, caseSensitive));
    }
    routes.push({
      index,
      tableLevel,
      match,
      targetSchema: rule.targetSchema,
      ...(rule.targetTable ? { targetTable: rule.targetTable } : {}),
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, router: { routes, atoms, caseSensitive } };
}

/** Where each route sends tables: its matches, less those a table-level route claims first. */
function domains(router: TableRouter): { route: CompiledRoute; domain: RouteExpr }[] {
  const tableMatches = router.routes.filter((r) => r.tableLevel).map((r) => r.match);
  return router.routes.map((route) => ({
    route,
    domain: route.tableLevel || !tableMatches.length ? route.match : and(route.match, not(or(...tableMatches))),
  }));
}

function unrouted(router: TableRouter): RouteExpr {
  return router.routes.length ? not(or(...router.routes.map((r) => r.match))) : TRUE;
}

/** The target table(s) of one source table: one, unless two rules of the same level match (Lightning then fails). */
export function routeTable(router: TableRouter, name: TableName): TableName[] {
  const has = (e: RouteExpr): boolean => setHas(exprSet(e, router.atoms), name);
  const table = router.routes.filter((r) => r.tableLevel && has(r.match));
  const chosen = table.length ? table : router.routes.filter((r) => !r.tableLevel && has(r.match));
  if (!chosen.length) return [name];
  return chosen.map((r) => ({ schema: r.targetSchema, table: r.targetTable ?? name.table }));
}

/** The tables written when the source tables are `source` (an expression over `router.atoms`). */
export function routeImage(router: TableRouter, source: RouteExpr): TableSet {
  const parts: TableSet[] = [exprSet(and(source, unrouted(router)), router.atoms)];
  for (const { route, domain } of domains(router)) {
    const routed = and(source, domain);
    if (route.targetTable !== undefined) {
      if (findWitness(exprSet(routed, router.atoms)))
        parts.push(exactSet([{ schema: route.targetSchema, table: route.targetTable }], false));
    } else {
      parts.push(intersect(schemaSet([route.targetSchema], false), projectTables(routed, router.atoms)));
    }
  }
  return intersect(union(...parts), userTables());
}
