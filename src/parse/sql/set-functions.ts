/**
 * Functions TiDB refuses in IMPORT INTO's SET clause (pingcap/tidb pkg/executor/import_into_test.go,
 * TestImportIntoValidateColAssignmentsWithEncodeCtx: "FUNCTION <name> is not supported in IMPORT
 * INTO column assignment, index <i>").
 *
 * The expressions are ordinary MySQL expressions, which is what node-sql-parser is good at: it is
 * loaded lazily (only for statements with a SET clause) and its AST tells a function call from a
 * column that happens to share the name. When it cannot parse an expression (TiDB-only syntax),
 * our own tokens decide instead, so its failure never hides a rejected call.
 */
import { createRequire } from 'node:module';
import { tokenize } from './lexer.js';

export const REJECTED_SET_FUNCTIONS: ReadonlySet<string> = new Set([
  'setvar',
  'current_user',
  'current_role',
  'connection_id',
  'tidb_is_ddl_owner',
  'sleep',
  'last_insert_id',
]);

/** Functions MySQL lets you call without parentheses. */
const NILADIC = new Set(['current_user', 'current_role']);

interface SqlParser {
  astify(sql: string, options?: { database?: string }): unknown;
}

let parser: SqlParser | undefined;

function sqlParser(): SqlParser {
  if (!parser) {
    // A literal require() lets the bundler include the module and evaluate it only on first use
    // (the bundles define `require`); unbundled ESM (the tests) resolves it from node_modules.
    const { Parser } = (
      typeof require === 'function'
        ? require('node-sql-parser/build/mysql.js')
        : createRequire(import.meta.url)('node-sql-parser/build/mysql.js')
    ) as { Parser: new () => SqlParser };
    parser = new Parser();
  }
  return parser;
}

function functionNames(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) functionNames(n, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record['type'] === 'function') {
    const name = record['name'] as { name?: { value?: unknown }[] } | string | undefined;
    const parts = typeof name === 'string' ? [name] : (name?.name ?? []).map((p) => String(p.value ?? ''));
    const last = parts[parts.length - 1];
    if (last) out.add(last.toLowerCase());
  }
  for (const value of Object.values(record)) functionNames(value, out);
}

/** Calls found by our own tokens: `name (` for any rejected name, or a bare niladic keyword. */
function callsByTokens(expression: string): Set<string> {
  const tokens = tokenize(expression, 0, expression.length);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const name = t.value.toLowerCase();
    if (!REJECTED_SET_FUNCTIONS.has(name)) return;
    const next = tokens[i + 1];
    if ((next?.kind === 'op' && next.value === '(') || NILADIC.has(name)) out.add(name);
  });
  return out;
}

/** Rejected functions called in one SET expression, with the offset of each name in it. */
export function rejectedSetFunctions(expression: string): { readonly name: string; readonly offset: number }[] {
  let called: Set<string>;
  try {
    called = new Set<string>();
    functionNames(sqlParser().astify(`SELECT ${expression}`, { database: 'MySQL' }), called);
    for (const name of callsByTokens(expression)) if (NILADIC.has(name)) called.add(name);
  } catch {
    called = callsByTokens(expression);
  }
  const found: { name: string; offset: number }[] = [];
  for (const t of tokenize(expression, 0, expression.length)) {
    const name = t.kind === 'word' ? t.value.toLowerCase() : '';
    if (REJECTED_SET_FUNCTIONS.has(name) && called.has(name) && !found.some((f) => f.offset === t.start)) {
      found.push({ name, offset: t.start });
    }
  }
  return found;
}
