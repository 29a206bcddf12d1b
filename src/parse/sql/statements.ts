/**
 * Parsers for the short statements the linter follows: USE, transaction control, BACKUP and
 * LOAD DATA. Each reads just enough to know what the statement does; the rest is not checked
 * (TiDB will), except where a malformed part would make the answer wrong.
 */
import type {
  BackupStatement,
  BeginStatement,
  CommitStatement,
  Identifier,
  LoadDataStatement,
  OtherStatement,
  QualifiedName,
  RestoreStatement,
  RestoreString,
  RollbackStatement,
  StringValue,
  UseStatement,
  StatementBase,
} from './ast.js';
import { acceptKeyword, acceptOp, fail, isKeyword, peek, readIdentifier, readQualifiedName, readString, type Cursor } from './cursor.js';

/** The statement's span and first keyword, known before its grammar is read. */
type Base = StatementBase;

export function parseUse(cursor: Cursor, base: Base): UseStatement {
  cursor.pos = 1;
  const database = readIdentifier(cursor);
  if (database === undefined) {
    fail(cursor, 'a database name after USE');
    return { kind: 'use', ...base };
  }
  return { kind: 'use', ...base, database };
}

export function parseBegin(cursor: Cursor, base: Base): BeginStatement {
  cursor.pos = 1;
  if (acceptKeyword(cursor, 'PESSIMISTIC')) return { kind: 'begin', ...base, form: 'begin', mode: 'pessimistic' };
  if (acceptKeyword(cursor, 'OPTIMISTIC')) return { kind: 'begin', ...base, form: 'begin', mode: 'optimistic' };
  return { kind: 'begin', ...base, form: 'begin' };
}

/** `START TRANSACTION ...` is a begin; other START statements (`START SLAVE`) are not. */
export function parseStart(cursor: Cursor, base: Base): BeginStatement | OtherStatement {
  if (isKeyword(peek(cursor, 1), 'TRANSACTION')) return { kind: 'begin', ...base, form: 'start-transaction' };
  return { kind: 'other', ...base };
}

/** `[WORK] [AND [NO] CHAIN]`: whether a new transaction starts right away. */
function readChain(cursor: Cursor): boolean {
  acceptKeyword(cursor, 'WORK');
  if (!acceptKeyword(cursor, 'AND')) return false;
  const no = acceptKeyword(cursor, 'NO') !== undefined;
  return acceptKeyword(cursor, 'CHAIN') !== undefined && !no;
}

export function parseCommit(cursor: Cursor, base: Base): CommitStatement {
  cursor.pos = 1;
  return { kind: 'commit', ...base, andChain: readChain(cursor) };
}

/** `ROLLBACK [WORK] TO [SAVEPOINT] sp` keeps the transaction open: it is `other`. */
export function parseRollback(cursor: Cursor, base: Base): RollbackStatement | OtherStatement {
  cursor.pos = 1;
  const afterWork = isKeyword(peek(cursor), 'WORK') ? 1 : 0;
  if (isKeyword(peek(cursor, afterWork), 'TO')) return { kind: 'other', ...base };
  return { kind: 'rollback', ...base, andChain: readChain(cursor) };
}

export function parseBackup(cursor: Cursor, base: Base): BackupStatement {
  cursor.pos = 1;
  const tables: QualifiedName[] = [];
  const databases: Identifier[] = [];
  let allDatabases = false;
  let target: BackupStatement['target'];
  let location: StringValue | undefined;
  const result = (): BackupStatement => ({
    kind: 'backup',
    ...base,
    target,
    tables,
    databases,
    allDatabases,
    ...(location !== undefined ? { location } : {}),
  });

  if (acceptKeyword(cursor, 'TABLE') || acceptKeyword(cursor, 'TABLES')) {
    target = 'tables';
    do {
      const name = readQualifiedName(cursor, 'a table name');
      if (name === undefined) return result();
      tables.push(name);
    } while (acceptOp(cursor, ','));
  } else if (acceptKeyword(cursor, 'DATABASE') || acceptKeyword(cursor, 'SCHEMA')) {
    target = 'databases';
    if (acceptOp(cursor, '*')) {
      allDatabases = true;
    } else {
      do {
        const name = readIdentifier(cursor);
        if (name === undefined) {
          fail(cursor, 'a database name or *');
          return result();
        }
        databases.push(name);
      } while (acceptOp(cursor, ','));
    }
  } else if (acceptKeyword(cursor, 'LOGS')) {
    target = 'logs';
  } else {
    target = 'tables';
    fail(cursor, 'TABLE, DATABASE or LOGS after BACKUP');
    return result();
  }
  if (!acceptKeyword(cursor, 'TO')) {
    fail(cursor, 'TO and the backup storage');
    return result();
  }
  location = readString(cursor);
  if (location === undefined) fail(cursor, 'the backup storage as a quoted string');
  return result();
}

/**
 * RESTORE: every string literal (adjacent literals joined, as TiDB joins them), with the word
 * before it. Nothing else is read and nothing is reported: TiDB checks the grammar, and the
 * linter only needs the storage URIs, whichever form or option holds them.
 */
export function parseRestore(cursor: Cursor, base: Base): RestoreStatement {
  const strings: RestoreString[] = [];
  cursor.pos = 1;
  while (cursor.pos < cursor.tokens.length) {
    const at = cursor.pos;
    const value = readString(cursor);
    if (value === undefined) {
      cursor.pos++;
      continue;
    }
    const before =
      cursor.tokens[at - 1]?.kind === 'op' && cursor.tokens[at - 1]?.value === '=' ? cursor.tokens[at - 2] : cursor.tokens[at - 1];
    strings.push({ value, ...(before?.kind === 'word' ? { after: before.value.toUpperCase() } : {}) });
  }
  return { kind: 'restore', ...base, strings };
}

/** LOAD DATA; other LOAD statements (`LOAD STATS`, `LOAD XML`) are `other`. */
export function parseLoad(cursor: Cursor, base: Base): LoadDataStatement | OtherStatement {
  if (!isKeyword(peek(cursor, 1), 'DATA')) return { kind: 'other', ...base };
  cursor.pos = 2;
  if (!acceptKeyword(cursor, 'LOW_PRIORITY')) acceptKeyword(cursor, 'CONCURRENT');
  const local = acceptKeyword(cursor, 'LOCAL') !== undefined;
  let file: StringValue | undefined;
  let table: QualifiedName | undefined;
  const result = (): LoadDataStatement => ({
    kind: 'load-data',
    ...base,
    local,
    ...(file !== undefined ? { file } : {}),
    ...(table !== undefined ? { table } : {}),
  });
  if (!acceptKeyword(cursor, 'INFILE')) {
    fail(cursor, 'INFILE');
    return result();
  }
  file = readString(cursor);
  if (file === undefined) {
    fail(cursor, 'the file name as a quoted string');
    return result();
  }
  if (!acceptKeyword(cursor, 'REPLACE')) acceptKeyword(cursor, 'IGNORE');
  if (!acceptKeyword(cursor, 'INTO') || !acceptKeyword(cursor, 'TABLE')) {
    fail(cursor, 'INTO TABLE');
    return result();
  }
  table = readQualifiedName(cursor, 'a table name after INTO TABLE');
  return result();
}
