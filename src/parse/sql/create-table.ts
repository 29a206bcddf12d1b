/**
 * `parseTableSchema`: a table schema file (`{db}.{tbl}-schema.sql`, as Dumpling writes it beside
 * the data) → its CREATE TABLE, read by the project's one SQL lexer and splitter, so comments,
 * quoted names, strings and executable comments (`/*! ... *\/`, `/*T![clustered_index] ... *\/`)
 * are read exactly as in every other SQL file. Never throws; a file without a readable CREATE
 * TABLE gives undefined.
 */
import type { ColumnDefinition, CreateTableStatement, Identifier, KeyDefinition } from './ast.js';
import { createCursor, isKeyword, isOp, readQualifiedName } from './cursor.js';
import { tokenize, type Token } from './lexer.js';
import { SqlSplitter } from './split.js';

/** The file's first CREATE TABLE statement, or undefined when it has none, or its element list never closes. */
export function parseTableSchema(text: string): CreateTableStatement | undefined {
  let found: { done: boolean; table?: CreateTableStatement } = { done: false };
  const splitter = new SqlSplitter(
    {
      statement(raw) {
        if (found.done || raw.firstWord !== 'create') return;
        const tokens = tokenize(text, raw.start, raw.end, raw.executableDepth);
        if (!isCreateTable(tokens)) return;
        const table = parseCreateTable(tokens, { start: raw.start, end: raw.end }, { start: raw.keywordStart, end: raw.keywordEnd });
        found = { done: true, ...(table ? { table } : {}) };
      },
      comment: () => {},
      error: () => {},
    },
    { comments: 'directives', held: new Set(), maxHeldStatement: 0, maxDirectiveComment: Number.POSITIVE_INFINITY },
  );
  splitter.push(text);
  splitter.end();
  return found.table;
}

function isCreateTable(tokens: readonly Token[]): boolean {
  const second = isKeyword(tokens[1], 'TEMPORARY') ? 2 : 1;
  return isKeyword(tokens[0], 'CREATE') && isKeyword(tokens[second], 'TABLE');
}

/** Reads the element list that opens at the first `(` after CREATE TABLE (`CREATE TABLE t LIKE u` has none). */
export function parseCreateTable(
  tokens: readonly Token[],
  span: CreateTableStatement['span'],
  keywordSpan: CreateTableStatement['keywordSpan'],
): CreateTableStatement | undefined {
  const cursor = createCursor(tokens, span);
  cursor.pos = isKeyword(tokens[1], 'TEMPORARY') ? 3 : 2;
  if (isKeyword(tokens[cursor.pos], 'IF') && isKeyword(tokens[cursor.pos + 1], 'NOT') && isKeyword(tokens[cursor.pos + 2], 'EXISTS')) {
    cursor.pos += 3;
  }
  const table = isOp(tokens[cursor.pos], '(') ? undefined : readQualifiedName(cursor, 'a table name');
  const open = tokens.findIndex((t, i) => i >= cursor.pos && isOp(t, '('));
  if (open < 0) return undefined;
  const elements = splitList(tokens, open);
  if (!elements) return undefined;
  const columns: ColumnDefinition[] = [];
  const keys: KeyDefinition[] = [];
  for (const element of elements) {
    const read = readElement(element);
    if (read?.kind === 'column') columns.push(read.column);
    else if (read?.kind === 'key') keys.push(read.key);
  }
  return { kind: 'create-table', span, keywordSpan, ...(table ? { table } : {}), columns, keys };
}

/** The items of the parenthesised list opening at `tokens[open]`, split at its own commas; undefined when it never closes. */
function splitList(tokens: readonly Token[], open: number): Token[][] | undefined {
  const items: Token[][] = [];
  let item: Token[] = [];
  let depth = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) {
      if (depth === 0) {
        items.push(item);
        return items;
      }
      depth--;
    } else if (isOp(t, ',') && depth === 0) {
      items.push(item);
      item = [];
      continue;
    }
    item.push(t);
  }
  return undefined;
}

/** Words that start a constraint after `CONSTRAINT [name]`, so they are not taken for the name. */
const CONSTRAINT_KINDS = ['PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK'];
/** Elements that are not columns and never make a valid index. */
const OTHER_ELEMENTS = ['KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'FOREIGN', 'CHECK'];

type Element = { kind: 'column'; column: ColumnDefinition } | { kind: 'key'; key: KeyDefinition } | { kind: 'other' };

function readElement(tokens: readonly Token[]): Element | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  const span = { start: first.start, end: tokens[tokens.length - 1]!.end };
  let i = 0;
  const constraint = isKeyword(first, 'CONSTRAINT');
  if (constraint) {
    i = 1;
    const name = tokens[1];
    if (isName(name) && !CONSTRAINT_KINDS.some((k) => isKeyword(name, k))) i = 2;
  }
  if (isKeyword(tokens[i], 'PRIMARY') && isKeyword(tokens[i + 1], 'KEY')) return keyElement('primary', tokens, i + 2, span);
  if (isKeyword(tokens[i], 'UNIQUE')) return keyElement('unique', tokens, i + 1, span);
  if (constraint || OTHER_ELEMENTS.some((k) => isKeyword(first, k))) return { kind: 'other' };
  if (!isName(first)) return undefined;
  // The column's options, outside the parentheses of its type and expressions.
  let notNull = false;
  let primaryKey = false;
  let unique = false;
  let depth = 0;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (isKeyword(t, 'NOT') && isKeyword(tokens[j + 1], 'NULL')) notNull = true;
    else if (isKeyword(t, 'PRIMARY') && isKeyword(tokens[j + 1], 'KEY')) primaryKey = true;
    else if (isKeyword(t, 'UNIQUE')) unique = true;
  }
  return { kind: 'column', column: { name: identifier(first), notNull, primaryKey, unique, span } };
}

/** A key's parts, from the first `(` after its keywords; a UNIQUE key with no part list is not kept (a PRIMARY KEY is, with none). */
function keyElement(kind: KeyDefinition['kind'], tokens: readonly Token[], from: number, span: KeyDefinition['span']): Element {
  const open = tokens.findIndex((t, i) => i >= from && isOp(t, '('));
  const parts = open < 0 ? undefined : splitList(tokens, open);
  if (!parts) return kind === 'primary' ? { kind: 'key', key: { kind, columns: [], span } } : { kind: 'other' };
  const columns = parts.map((part) => (isName(part[0]) ? identifier(part[0]) : undefined));
  return { kind: 'key', key: { kind, columns, span } };
}

/** A name as written: a word, a backquoted name, or a `"..."` string (a name under ANSI_QUOTES). */
function isName(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'word' || token.kind === 'quoted' || token.kind === 'string');
}

function identifier(token: Token): Identifier {
  return { value: token.value, span: { start: token.start, end: token.end } };
}
