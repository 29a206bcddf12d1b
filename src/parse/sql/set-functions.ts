/**
 * Functions TiDB refuses in IMPORT INTO's SET clause (pingcap/tidb pkg/executor/import_into_test.go,
 * TestImportIntoValidateColAssignmentsWithEncodeCtx: "FUNCTION <name> is not supported in IMPORT
 * INTO column assignment, index <i>").
 *
 * The project's own SQL tokens decide: a call is the name followed by `(` (strings, quoted names
 * and comments are their own tokens, so `'sleep(1)'` is no call), or one of the niladic keywords
 * MySQL calls without parentheses; a column named like a function (`sleep + 1`) is not a call.
 * (A general MySQL expression parser, node-sql-parser, used to decide this; it found nothing the
 * tokens do not, cost 450 KB, and could not read TiDB-only syntax anyway.)
 */
import type { Span } from '../../core/types.js';
import { tokenize, type Token } from './lexer.js';

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

/** Rejected functions called in one SET expression, with the offset of each name in it. */
export function rejectedSetFunctions(expression: string): { readonly name: string; readonly offset: number }[] {
  return rejectedSetFunctionsIn(tokenize(expression, 0, expression.length)).map((f) => ({ name: f.name, offset: f.span.start }));
}

/**
 * Rejected functions called in a SET expression's tokens, as the statement parser has them (no
 * second tokenizing), each with the span of its name in those tokens' offsets.
 */
export function rejectedSetFunctionsIn(tokens: readonly Token[]): { readonly name: string; readonly span: Span }[] {
  const found: { name: string; span: Span }[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const name = t.value.toLowerCase();
    if (!REJECTED_SET_FUNCTIONS.has(name)) return;
    const next = tokens[i + 1];
    if ((next?.kind === 'op' && next.value === '(') || NILADIC.has(name))
      found.push({ name, span: { start: t.start, end: t.start + name.length } });
  });
  return found;
}
