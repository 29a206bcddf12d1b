/**
 * `parseSql`: a SQL file → statements, comments and problems. Never throws: lexical errors and
 * grammar failures of the statements it parses are positioned `SqlProblem`s, and the statement
 * that contains one is still returned.
 *
 * Only statements whose first word is interesting are tokenized (see split.ts); the others become
 * `other` statements that keep nothing but their spans. The checker itself does not build this
 * whole document: it streams the file through `scanSql` (scan.ts), which keeps only what matters.
 */
import type { Span } from '../../core/types.js';
import type { SqlDocument, SqlProblem, SqlStatement } from './ast.js';
import { createCursor, isKeyword } from './cursor.js';
import { parseImportInto } from './import-into.js';
import { tokenize } from './lexer.js';
import { SqlSplitter, type RawStatement } from './split.js';
import { parseBackup, parseBegin, parseCommit, parseLoad, parseRestore, parseRollback, parseStart, parseUse } from './statements.js';

/** First words of the statements the linter follows (the others are never tokenized). */
export const INTERESTING: ReadonlySet<string> = new Set([
  'import',
  'use',
  'begin',
  'start',
  'commit',
  'rollback',
  'backup',
  'restore',
  'load',
]);

export function parseSql(text: string): SqlDocument {
  const errors: SqlProblem[] = [];
  const statements: SqlStatement[] = [];
  const comments: SqlDocument['comments'][number][] = [];
  const splitter: SqlSplitter = new SqlSplitter(
    {
      statement(raw) {
        const parsed = parseRawStatement(raw, raw.held ? splitter.slice(raw.start, raw.end) : undefined);
        statements.push(parsed.statement);
        errors.push(...parsed.problems);
      },
      comment: (c) => comments.push({ text: c.text, span: c.span }),
      error: (e) => errors.push(e),
    },
    { comments: 'all', held: INTERESTING, maxHeldStatement: Infinity, maxDirectiveComment: Infinity },
  );
  splitter.push(text);
  splitter.end();
  // Lexical errors come first from the splitter; keep the list in file order.
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { statements, comments, errors };
}

/**
 * Parses one statement from its own text (`text` holds `[raw.start, raw.end)`; absent when the
 * statement was not held). Spans in the result are file offsets.
 */
export function parseRawStatement(
  raw: RawStatement,
  text: string | undefined,
): { statement: SqlStatement; problems: readonly SqlProblem[] } {
  if (raw.clientUse) {
    const { name, start, end } = raw.clientUse;
    // A name the client reads but no USE could write (a terminator glued to it): the database is unknown.
    return {
      statement: {
        kind: 'use',
        ...fileSpans(raw),
        clientCommand: true,
        ...(name ? { database: { value: name, span: { start, end } } } : {}),
      },
      problems: [],
    };
  }
  if (!INTERESTING.has(raw.firstWord) || text === undefined) return { statement: { kind: 'other', ...fileSpans(raw) }, problems: [] };

  // Parse with offsets into the statement's own text, then move every span to the file.
  const local = { span: { start: 0, end: text.length }, keywordSpan: { start: 0, end: raw.keywordEnd - raw.start } };
  const tokens = tokenize(text, 0, text.length, raw.executableDepth);
  const cursor = createCursor(tokens, local.span);
  let statement: SqlStatement;
  switch (raw.firstWord) {
    case 'import':
      statement = isKeyword(tokens[1], 'INTO') ? parseImportInto(cursor, local, text) : { kind: 'other', ...local };
      break;
    case 'use':
      statement = parseUse(cursor, local);
      break;
    case 'begin':
      statement = parseBegin(cursor, local);
      break;
    case 'start':
      statement = parseStart(cursor, local);
      break;
    case 'commit':
      statement = parseCommit(cursor, local);
      break;
    case 'rollback':
      statement = parseRollback(cursor, local);
      break;
    case 'backup':
      statement = parseBackup(cursor, local);
      break;
    case 'restore':
      statement = parseRestore(cursor, local);
      break;
    default:
      statement = parseLoad(cursor, local);
  }
  const problems = cursor.problems.length === 0 ? NO_PROBLEMS : cursor.problems.map((p) => shiftSpans(p, raw.start));
  return { statement: shiftSpans(statement, raw.start), problems };
}

/** The statement's and its first word's spans in the file (made only for statements that are not parsed). */
function fileSpans(raw: RawStatement): { span: Span; keywordSpan: Span } {
  return { span: { start: raw.start, end: raw.end }, keywordSpan: { start: raw.keywordStart, end: raw.keywordEnd } };
}

const NO_PROBLEMS: readonly SqlProblem[] = Object.freeze([]);

/** A copy of `value` with every span (`{start, end}` of numbers) moved by `delta`. */
function shiftSpans<T>(value: T, delta: number): T {
  return delta === 0 ? value : (shifted(value, delta) as T);
}

function shifted(v: unknown, delta: number): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => shifted(x, delta));
  const out: Record<string, unknown> = {};
  const record = v as Record<string, unknown>;
  const isSpan = typeof record.start === 'number' && typeof record.end === 'number';
  // `for...in` over these plain records (own keys only: they are object literals) makes no key array.
  for (const key in record) {
    const field = record[key];
    out[key] = isSpan && (key === 'start' || key === 'end') ? (field as number) + delta : shifted(field, delta);
  }
  return out;
}
