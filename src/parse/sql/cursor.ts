/** A read position over one statement's tokens, shared by the statement parsers. */
import type { Span } from '../../core/types.js';
import type { Identifier, QualifiedName, SqlProblem, StringValue } from './ast.js';
import type { Token } from './lexer.js';

export interface Cursor {
  readonly tokens: readonly Token[];
  pos: number;
  readonly problems: SqlProblem[];
  /** The statement's span, for "ends early" problems. */
  readonly statementSpan: Span;
}

export function createCursor(tokens: readonly Token[], statementSpan: Span): Cursor {
  return { tokens, pos: 0, problems: [], statementSpan };
}

export function peek(cursor: Cursor, ahead = 0): Token | undefined {
  return cursor.tokens[cursor.pos + ahead];
}

export function isKeyword(token: Token | undefined, upper: string): boolean {
  return token !== undefined && token.kind === 'word' && token.value.length === upper.length && token.value.toUpperCase() === upper;
}

export function isOp(token: Token | undefined, op: string): boolean {
  return token !== undefined && token.kind === 'op' && token.value === op;
}

/** Consumes the keyword when it is next. */
export function acceptKeyword(cursor: Cursor, upper: string): Token | undefined {
  const token = peek(cursor);
  if (isKeyword(token, upper)) {
    cursor.pos++;
    return token;
  }
  return undefined;
}

export function acceptOp(cursor: Cursor, op: string): Token | undefined {
  const token = peek(cursor);
  if (isOp(token, op)) {
    cursor.pos++;
    return token;
  }
  return undefined;
}

export function atEnd(cursor: Cursor): boolean {
  return cursor.pos >= cursor.tokens.length;
}

/** Where a problem about the next token points: that token, or the statement's last character. */
export function hereSpan(cursor: Cursor): Span {
  const token = peek(cursor);
  if (token !== undefined) return { start: token.start, end: token.end };
  // At the end: point at the last token, where the statement stops short.
  const last = cursor.tokens[cursor.tokens.length - 1];
  if (last !== undefined) return { start: last.start, end: last.end };
  return { start: cursor.statementSpan.start, end: cursor.statementSpan.end };
}

export function describe(token: Token | undefined): string {
  if (token === undefined) return 'the end of the statement';
  const text = token.kind === 'string' ? 'a string' : `"${token.value.length > 40 ? token.value.slice(0, 40) + '…' : token.value}"`;
  return text;
}

/** Records "expected X, found Y" at the next token. Always returns undefined, for `return fail(...)`. */
export function fail(cursor: Cursor, expected: string): undefined {
  cursor.problems.push({ message: `Expected ${expected}, found ${describe(peek(cursor))}.`, span: hereSpan(cursor) });
  return undefined;
}

export function isIdentifierToken(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'word' || token.kind === 'quoted');
}

export function readIdentifier(cursor: Cursor): Identifier | undefined {
  const token = peek(cursor);
  if (!isIdentifierToken(token)) return undefined;
  cursor.pos++;
  return { value: token.value, span: { start: token.start, end: token.end } };
}

/** `name` or `schema.name`. Reports and returns undefined when no name is next. */
export function readQualifiedName(cursor: Cursor, what: string): QualifiedName | undefined {
  const first = readIdentifier(cursor);
  if (first === undefined) return fail(cursor, what);
  if (isOp(peek(cursor), '.')) {
    cursor.pos++;
    const second = readIdentifier(cursor);
    if (second === undefined) return fail(cursor, `a name after "${first.value}."`);
    return { schema: first, name: second, span: { start: first.span.start, end: second.span.end } };
  }
  return { name: first, span: first.span };
}

/** One string literal; adjacent literals concatenate as in MySQL (`'a' 'b'` is `'ab'`). */
export function readString(cursor: Cursor): StringValue | undefined {
  const token = peek(cursor);
  if (token === undefined || token.kind !== 'string') return undefined;
  cursor.pos++;
  let value = token.value;
  let end = token.end;
  for (let next = peek(cursor); next !== undefined && next.kind === 'string'; next = peek(cursor)) {
    value += next.value;
    end = next.end;
    cursor.pos++;
  }
  return { value, span: { start: token.start, end } };
}
