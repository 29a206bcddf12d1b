/**
 * `parseSql`: a SQL file → statements, comments and problems. Never throws: lexical errors and
 * grammar failures of the statements it parses are positioned `SqlProblem`s, and the statement
 * that contains one is still returned.
 *
 * Only statements whose first word is interesting are tokenized (see split.ts); the others become
 * `other` statements that keep nothing but their spans.
 */
import type { SqlDocument, SqlProblem, SqlStatement } from './ast.js';
import { createCursor, isKeyword } from './cursor.js';
import { parseImportInto } from './import-into.js';
import { tokenize } from './lexer.js';
import { splitStatements, type RawStatement } from './split.js';
import { parseBackup, parseBegin, parseCommit, parseLoad, parseRollback, parseStart, parseUse } from './statements.js';

const INTERESTING = new Set(['import', 'use', 'begin', 'start', 'commit', 'rollback', 'backup', 'load']);

export function parseSql(text: string): SqlDocument {
  const split = splitStatements(text);
  const errors: SqlProblem[] = [...split.errors];
  const statements: SqlStatement[] = [];
  for (const raw of split.statements) {
    const statement = parseStatement(text, raw);
    statements.push(statement.statement);
    errors.push(...statement.problems);
  }
  // Lexical errors come first from the splitter; keep the list in file order.
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { statements, comments: split.comments, errors };
}

function parseStatement(text: string, raw: RawStatement): { statement: SqlStatement; problems: readonly SqlProblem[] } {
  const base = { span: { start: raw.start, end: raw.end }, keywordSpan: { start: raw.keywordStart, end: raw.keywordEnd } };
  if (!INTERESTING.has(raw.firstWord)) return { statement: { kind: 'other', ...base }, problems: [] };

  const tokens = tokenize(text, raw.start, raw.end, raw.executableDepth);
  const cursor = createCursor(tokens, base.span);
  let statement: SqlStatement;
  switch (raw.firstWord) {
    case 'import':
      statement = isKeyword(tokens[1], 'INTO') ? parseImportInto(cursor, base, text) : { kind: 'other', ...base };
      break;
    case 'use':
      statement = parseUse(cursor, base);
      break;
    case 'begin':
      statement = parseBegin(cursor, base);
      break;
    case 'start':
      statement = parseStart(cursor, base);
      break;
    case 'commit':
      statement = parseCommit(cursor, base);
      break;
    case 'rollback':
      statement = parseRollback(cursor, base);
      break;
    case 'backup':
      statement = parseBackup(cursor, base);
      break;
    default:
      statement = parseLoad(cursor, base);
  }
  return { statement, problems: cursor.problems };
}
