/**
 * IMPORT INTO, parsed fully (TiDB pkg/parser/parser.y, ImportIntoStmt):
 *
 *   IMPORT INTO [db.]tbl [(col | @var, ...)] [SET col = expr, ...]
 *     FROM 'location' [FORMAT 'fmt'] [WITH opt [, opt]...]
 *   IMPORT INTO [db.]tbl [(col, ...)] FROM <query> [WITH opt [, opt]...]
 *   opt := name | name = literal        -- literal: string, [+-]number, TRUE, FALSE, NULL, hex
 *
 * A failure never hides the statement: whatever was read before it stays on the node, and the
 * problem is positioned at the token where reading stopped.
 *
 * The SELECT source ends where its option list begins: the first `WITH` at parenthesis depth 0
 * after the query's first token, unless it is `WITH ROLLUP` (part of GROUP BY). A `WITH` that
 * opens the query is its CTE; `AS OF TIMESTAMP ...` comes before the options and stays in the
 * query.
 */
import type { Span } from '../../core/types.js';
import type {
  ImportAssignment,
  ImportColumn,
  ImportIntoStatement,
  ImportOption,
  ImportOptionValue,
  ImportSource,
  QualifiedName,
  StringValue,
  StatementBase,
} from './ast.js';
import { rejectedSetFunctionsIn } from './set-functions.js';
import {
  acceptKeyword,
  acceptOp,
  atEnd,
  describe,
  fail,
  isKeyword,
  isOp,
  peek,
  readIdentifier,
  readQualifiedName,
  readString,
  type Cursor,
} from './cursor.js';
import type { Token } from './lexer.js';

/** The statement's span and first keyword, known before its grammar is read. */
type Base = StatementBase;

export function parseImportInto(cursor: Cursor, base: Base, text: string): ImportIntoStatement {
  let table: QualifiedName | undefined;
  let columns: ImportColumn[] | undefined;
  let setKeywordSpan: Span | undefined;
  const assignments: ImportAssignment[] = [];
  let source: ImportSource | undefined;
  let format: StringValue | undefined;
  let withSpan: Span | undefined;
  const options: ImportOption[] = [];

  const result = (): ImportIntoStatement => ({
    kind: 'import-into',
    ...base,
    importKeywordSpan: base.keywordSpan,
    ...(table !== undefined ? { table } : {}),
    ...(columns !== undefined ? { columns } : {}),
    ...(setKeywordSpan !== undefined ? { setKeywordSpan } : {}),
    assignments,
    ...(source !== undefined ? { source } : {}),
    ...(format !== undefined ? { format } : {}),
    ...(withSpan !== undefined ? { withSpan } : {}),
    options,
    problems: cursor.problems,
  });

  cursor.pos = 2; // IMPORT INTO
  table = readQualifiedName(cursor, 'the target table after IMPORT INTO');
  if (table === undefined) return result();

  if (isOp(peek(cursor), '(')) {
    columns = readColumnList(cursor);
    if (columns === undefined) return result();
  }

  const set = acceptKeyword(cursor, 'SET');
  if (set !== undefined) {
    setKeywordSpan = { start: set.start, end: set.end };
    if (!readAssignments(cursor, text, assignments)) return result();
  }

  if (!acceptKeyword(cursor, 'FROM')) {
    fail(cursor, setKeywordSpan === undefined && columns === undefined ? 'a column list, SET or FROM' : 'FROM');
    return result();
  }

  const location = readString(cursor);
  if (location !== undefined) {
    source = { kind: 'file', location };
    if (acceptKeyword(cursor, 'FORMAT')) {
      format = readString(cursor);
      if (format === undefined) {
        fail(cursor, "the format as a quoted string ('csv', 'sql' or 'parquet')");
        return result();
      }
    }
    const withToken = acceptKeyword(cursor, 'WITH');
    if (withToken !== undefined) {
      withSpan = { start: withToken.start, end: withToken.end };
      if (!readOptions(cursor, text, options)) return result();
    }
    if (!atEnd(cursor))
      fail(cursor, withSpan === undefined ? 'FORMAT, WITH or the end of the statement' : '"," or the end of the statement');
    return result();
  }

  const queryStart = cursor.pos;
  const first = peek(cursor);
  if (
    first === undefined ||
    !(isOp(first, '(') || isKeyword(first, 'SELECT') || isKeyword(first, 'WITH') || isKeyword(first, 'TABLE') || isKeyword(first, 'VALUES'))
  ) {
    fail(cursor, 'a quoted file location or a SELECT query after FROM');
    return result();
  }
  if (isKeyword(first, 'WITH') && !startsCommonTableExpression(cursor.tokens, queryStart)) {
    fail(cursor, 'a SELECT query after FROM (a query that starts with WITH names a common table expression: `WITH name AS (...)`)');
    return result();
  }
  const optionsAt = findOptionList(cursor.tokens, queryStart);
  const queryEnd = optionsAt === -1 ? cursor.tokens.length : optionsAt;
  const lastQueryToken = cursor.tokens[queryEnd - 1] as Token;
  source = { kind: 'select', span: { start: first.start, end: lastQueryToken.end } };
  if (!balancedParens(cursor.tokens, queryStart, queryEnd)) {
    cursor.problems.push({
      message: 'The SELECT source of IMPORT INTO has unbalanced parentheses.',
      span: { start: first.start, end: lastQueryToken.end },
    });
  }
  if (optionsAt !== -1) {
    cursor.pos = optionsAt;
    const withToken = cursor.tokens[optionsAt] as Token;
    withSpan = { start: withToken.start, end: withToken.end };
    cursor.pos++;
    if (!readOptions(cursor, text, options)) return result();
    if (!atEnd(cursor)) fail(cursor, '"," or the end of the statement');
  }
  return result();
}

/** `( col | @var, ... )`; `()` is accepted as an empty list. */
function readColumnList(cursor: Cursor): ImportColumn[] | undefined {
  cursor.pos++; // (
  const columns: ImportColumn[] = [];
  if (acceptOp(cursor, ')')) return columns;
  for (;;) {
    const token = peek(cursor);
    if (token !== undefined && token.kind === 'variable') {
      cursor.pos++;
      columns.push({ name: token.value, isVariable: true, span: { start: token.start, end: token.end } });
    } else if (token !== undefined && token.kind === 'op' && token.value === '@') {
      // A bare `@`: TiDB's lexer reads a lone `@` as a user variable with an empty name
      // (pkg/parser/lexer.go `startWithAt`; pkg/executor/importer tests use `IMPORT INTO t(a, @, c)`).
      cursor.pos++;
      columns.push({ name: '', isVariable: true, span: { start: token.start, end: token.end } });
    } else {
      // A column name, possibly qualified (`t.c`); the last part is the column.
      const first = readIdentifier(cursor);
      if (first === undefined) return fail(cursor, 'a column name or @variable in the column list');
      let last = first;
      while (isOp(peek(cursor), '.')) {
        cursor.pos++;
        const part = readIdentifier(cursor);
        if (part === undefined) return fail(cursor, 'a column name after "."');
        last = part;
      }
      columns.push({ name: last.value, isVariable: false, span: { start: first.span.start, end: last.span.end } });
    }
    if (acceptOp(cursor, ',')) continue;
    if (acceptOp(cursor, ')')) return columns;
    return fail(cursor, '"," or ")" in the column list');
  }
}

/** `col = expr, ...` up to FROM at depth 0. Returns false after reporting a problem. */
function readAssignments(cursor: Cursor, text: string, assignments: ImportAssignment[]): boolean {
  for (;;) {
    // FROM is reserved: `SET FROM` is a missing assignment, not a column named "from".
    const first = isKeyword(peek(cursor), 'FROM') ? undefined : readIdentifier(cursor);
    if (first === undefined) {
      fail(cursor, 'a column name in the SET clause');
      return false;
    }
    let column = first;
    while (isOp(peek(cursor), '.')) {
      cursor.pos++;
      const part = readIdentifier(cursor);
      if (part === undefined) {
        fail(cursor, 'a column name after "."');
        return false;
      }
      column = part;
    }
    if (!acceptOp(cursor, '=') && !acceptOp(cursor, ':=')) {
      fail(cursor, `"=" after SET column "${column.value}"`);
      return false;
    }
    const exprStart = cursor.pos;
    let depth = 0;
    for (let token = peek(cursor); token !== undefined; token = peek(cursor)) {
      if (isOp(token, '(')) depth++;
      else if (isOp(token, ')')) depth--;
      else if (depth <= 0 && (isOp(token, ',') || isKeyword(token, 'FROM'))) break;
      cursor.pos++;
    }
    if (cursor.pos === exprStart) {
      fail(cursor, `an expression for SET column "${column.value}"`);
      return false;
    }
    const exprFirst = cursor.tokens[exprStart] as Token;
    const exprLast = cursor.tokens[cursor.pos - 1] as Token;
    const expressionSpan = { start: exprFirst.start, end: exprLast.end };
    assignments.push({
      column,
      expressionText: text.slice(expressionSpan.start, expressionSpan.end),
      expressionSpan,
      rejectedFunctions: rejectedSetFunctionsIn(cursor.tokens.slice(exprStart, cursor.pos)),
      span: { start: first.span.start, end: exprLast.end },
    });
    if (!acceptOp(cursor, ',')) return true;
  }
}

/** Index of the WITH that opens the option list after a query starting at `queryStart`, or -1. */
function findOptionList(tokens: readonly Token[], queryStart: number): number {
  let depth = 0;
  for (let i = queryStart; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word' && token.kind !== 'op') continue;
    if (isOp(token, '(')) depth++;
    else if (isOp(token, ')')) depth--;
    else if (depth === 0 && i > queryStart && isKeyword(token, 'WITH') && !isKeyword(tokens[i + 1], 'ROLLUP')) return i;
  }
  return -1;
}

function balancedParens(tokens: readonly Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (isOp(token, '(')) depth++;
    else if (isOp(token, ')') && --depth < 0) return false;
  }
  return depth === 0;
}

/** `opt [= literal] [, ...]` after WITH. Returns false after reporting a problem. */
function readOptions(cursor: Cursor, text: string, options: ImportOption[]): boolean {
  for (;;) {
    const name = readIdentifier(cursor);
    if (name === undefined) {
      fail(cursor, 'an option name');
      return false;
    }
    const nameSpan = name.span;
    if (acceptOp(cursor, '=') || acceptOp(cursor, ':=')) {
      const value = readOptionValue(cursor, text);
      if (value === undefined) return false;
      options.push({ name: goLower(name.value), nameSpan, value, span: { start: nameSpan.start, end: value.span.end } });
    } else {
      options.push({ name: goLower(name.value), nameSpan, span: nameSpan });
    }
    if (!acceptOp(cursor, ',')) return true;
  }
}

/**
 * A name lowercased as TiDB lowercases option names (Go's `strings.ToLower`, one rune to one rune):
 * U+0130 becomes a plain `i` there, where JavaScript adds a combining dot. Every other difference of
 * the two mappings ends outside ASCII, so cannot make or break a match with an option name.
 */
function goLower(name: string): string {
  return name.replace(/\u0130/g, 'i').toLowerCase();
}

/** TiDB's SignedLiteral. Anything else is reported and kept as an `other` value up to the next ",". */
function readOptionValue(cursor: Cursor, text: string): ImportOptionValue | undefined {
  const token = peek(cursor);
  if (token === undefined) return fail(cursor, 'an option value');
  const single = (kind: ImportOptionValue['kind'], value: ImportOptionValue['value']): ImportOptionValue => {
    cursor.pos++;
    return { kind, raw: text.slice(token.start, token.end), value, span: { start: token.start, end: token.end } };
  };
  if (token.kind === 'string') {
    const string = readString(cursor) as StringValue;
    return { kind: 'string', raw: text.slice(string.span.start, string.span.end), value: string.value, span: string.span };
  }
  // Charset introducer: _utf8mb4'text'.
  const next = peek(cursor, 1);
  if (token.kind === 'word' && token.value.startsWith('_') && next?.kind === 'string') {
    cursor.pos++;
    const string = readString(cursor) as StringValue;
    return {
      kind: 'string',
      raw: text.slice(token.start, string.span.end),
      value: string.value,
      span: { start: token.start, end: string.span.end },
    };
  }
  if (token.kind === 'number') return single('number', Number(token.value));
  if ((isOp(token, '-') || isOp(token, '+')) && next?.kind === 'number') {
    cursor.pos += 2;
    const raw = text.slice(token.start, next.end);
    const magnitude = Number(next.value);
    return { kind: 'number', raw, value: token.value === '-' ? -magnitude : magnitude, span: { start: token.start, end: next.end } };
  }
  if (isKeyword(token, 'TRUE')) return single('bool', true);
  if (isKeyword(token, 'FALSE')) return single('bool', false);
  if (isKeyword(token, 'NULL')) return single('null', null);
  if (token.kind === 'hex') return single('other', token.value);

  // Not a literal: keep it as `other` up to the next top-level comma so later options still parse.
  let depth = 0;
  for (let t = peek(cursor); t !== undefined; t = peek(cursor)) {
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) depth--;
    else if (depth <= 0 && isOp(t, ',')) break;
    cursor.pos++;
  }
  const last = cursor.tokens[cursor.pos - 1] as Token;
  const span = { start: token.start, end: last.end };
  cursor.problems.push({
    message: `An IMPORT INTO option value must be a literal (a quoted string, a number, TRUE, FALSE or NULL), found ${describe(token)}.`,
    span,
  });
  return { kind: 'other', raw: text.slice(span.start, span.end), value: text.slice(span.start, span.end), span };
}

/** `WITH [RECURSIVE] name [(cols)] AS (`: a query, not an option list right after FROM. */
function startsCommonTableExpression(tokens: readonly Token[], withAt: number): boolean {
  let i = withAt + 1;
  if (isKeyword(tokens[i], 'RECURSIVE')) i++;
  const name = tokens[i];
  if (name === undefined || (name.kind !== 'word' && name.kind !== 'quoted')) return false;
  const next = tokens[i + 1];
  return isKeyword(next, 'AS') || isOp(next, '(');
}
