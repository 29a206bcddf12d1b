/**
 * The typed statements the SQL reader produces. Every value that came from the text carries the
 * `[start, end)` span it came from, so rules anchor findings without re-reading raw text.
 *
 * Only the statements the linter reasons about are parsed into nodes (IMPORT INTO, USE,
 * transaction control, BACKUP, LOAD DATA); everything else is `other` and keeps no tokens.
 */
import type { Comment, Span } from '../../core/types.js';

/** A problem that makes (part of) the file unreadable: unterminated literal, grammar failure. */
export interface SqlProblem {
  readonly message: string;
  readonly span: Span;
}

/** A name as written, with backquotes/quotes removed and doubled quotes collapsed. */
export interface Identifier {
  readonly value: string;
  readonly span: Span;
}

/** `[schema.]name`. `span` covers the whole qualified name. */
export interface QualifiedName {
  readonly schema?: Identifier;
  readonly name: Identifier;
  readonly span: Span;
}

/** A string literal: `value` is decoded (escapes resolved); `span` includes the quotes. */
export interface StringValue {
  readonly value: string;
  readonly span: Span;
}

/** What every statement has: where it is and its first keyword. */
export interface StatementBase {
  /** From the first token to the end of the last token before the terminator. */
  readonly span: Span;
  /** The statement's first keyword (`IMPORT`, `USE`, `BEGIN`, ...). */
  readonly keywordSpan: Span;
}

export interface UseStatement extends StatementBase {
  readonly kind: 'use';
  /**
   * Absent when the statement is malformed (`USE;`, a problem is reported then) or when a mysql
   * client command (`\u name;`) names a database the client would not switch to as written.
   */
  readonly database?: Identifier;
  /** Written as the mysql client's command (`\u db`, `\r db`), not as SQL. */
  readonly clientCommand?: true;
}

/** `BEGIN [PESSIMISTIC|OPTIMISTIC|WORK]` or `START TRANSACTION [...]`. */
export interface BeginStatement extends StatementBase {
  readonly kind: 'begin';
  readonly form: 'begin' | 'start-transaction';
  /** `pessimistic` / `optimistic` when `BEGIN` names a mode. */
  readonly mode?: 'pessimistic' | 'optimistic';
}

/** `COMMIT [WORK] [AND [NO] CHAIN] [[NO] RELEASE]`. `andChain` starts a new transaction at once. */
export interface CommitStatement extends StatementBase {
  readonly kind: 'commit';
  readonly andChain: boolean;
}

/**
 * `ROLLBACK [WORK] [AND [NO] CHAIN] [[NO] RELEASE]`. `ROLLBACK [WORK] TO [SAVEPOINT] sp` does not
 * end the transaction, so it is an `other` statement, not a `rollback`.
 */
export interface RollbackStatement extends StatementBase {
  readonly kind: 'rollback';
  readonly andChain: boolean;
}

/**
 * TiDB's SQL BACKUP (BRIE): `BACKUP TABLE t1, db.t2 TO 'loc' [options]`,
 * `BACKUP DATABASE|SCHEMA db1, db2 | * TO 'loc' [options]`, `BACKUP LOGS TO 'loc'` (starts a
 * log-backup task).
 */
export interface BackupStatement extends StatementBase {
  readonly kind: 'backup';
  readonly target: 'tables' | 'databases' | 'logs';
  /** Target `tables`: the tables, schema optional. */
  readonly tables: readonly QualifiedName[];
  /** Target `databases`: the databases (empty with `*`). */
  readonly databases: readonly Identifier[];
  /** `BACKUP DATABASE *`. */
  readonly allDatabases: boolean;
  readonly location?: StringValue;
}

/** A string literal of a RESTORE statement, and the word before it (`FROM`, or an option's name). */
export interface RestoreString {
  readonly value: StringValue;
  /** The keyword or option name right before the string (an `=` between them skipped), uppercased. */
  readonly after?: string;
}

/**
 * TiDB's SQL RESTORE (BRIE): `RESTORE DATABASE|SCHEMA * | db, ... FROM 'storage' [options]`,
 * `RESTORE TABLE t, ... FROM 'storage' [options]`, `RESTORE POINT FROM 'log storage'
 * [FULL_BACKUP_STORAGE = 'storage'] [RESTORED_TS = '...']` (pkg/parser/parser.y BRIEStmt). Only
 * its string literals are kept, for the credentials they may hold: every one of them, so that no
 * form of the statement hides a storage URI.
 */
export interface RestoreStatement extends StatementBase {
  readonly kind: 'restore';
  readonly strings: readonly RestoreString[];
}

/** `LOAD DATA [LOW_PRIORITY|CONCURRENT] [LOCAL] INFILE 'file' [REPLACE|IGNORE] INTO TABLE [db.]t ...`. */
export interface LoadDataStatement extends StatementBase {
  readonly kind: 'load-data';
  readonly local: boolean;
  readonly file?: StringValue;
  readonly table?: QualifiedName;
}

/** One entry of IMPORT INTO's column list: a column name or a user variable (`@v`, `@1`). */
export interface ImportColumn {
  /** Column name, or the variable's name without `@`. */
  readonly name: string;
  readonly isVariable: boolean;
  readonly span: Span;
}

/** `col = expr` in IMPORT INTO's SET clause. */
export interface ImportAssignment {
  readonly column: Identifier;
  /** The expression exactly as written. */
  readonly expressionText: string;
  readonly expressionSpan: Span;
  /**
   * Functions TiDB refuses in a SET expression (src/parse/sql/set-functions.ts) called in this one,
   * in order, each with the span of its name: found once, while the statement is parsed.
   */
  readonly rejectedFunctions: readonly { readonly name: string; readonly span: Span }[];
  readonly span: Span;
}

export interface ImportFileSource {
  readonly kind: 'file';
  readonly location: StringValue;
}

export interface ImportSelectSource {
  readonly kind: 'select';
  /** The query, from its first token (`SELECT`, `WITH`, `(`) to its last, options excluded. */
  readonly span: Span;
}

export type ImportSource = ImportFileSource | ImportSelectSource;

export type OptionValueKind = 'string' | 'number' | 'bool' | 'null' | 'other';

/** The literal of `name = literal` in a WITH option list. */
export interface ImportOptionValue {
  readonly kind: OptionValueKind;
  /** The literal as written (sign included). */
  readonly raw: string;
  /** Decoded string, JS number, boolean, null; for `other` the raw text. */
  readonly value: string | number | boolean | null;
  readonly span: Span;
}

export interface ImportOption {
  /** Lowercased, as TiDB compares them. */
  readonly name: string;
  readonly nameSpan: Span;
  readonly value?: ImportOptionValue;
  readonly span: Span;
}

/**
 * `IMPORT INTO [db.]tbl [(col|@var, ...)] [SET col=expr, ...] FROM 'loc' [FORMAT 'f'] [WITH opts]`
 * or `... FROM <query> [WITH opts]`. A statement that fails to parse keeps whatever was read
 * before the failure; `problems` says where it failed (the same problems are in the document's
 * `errors`).
 */
export interface ImportIntoStatement extends StatementBase {
  readonly kind: 'import-into';
  /** The IMPORT keyword (same as `keywordSpan`). */
  readonly importKeywordSpan: Span;
  readonly table?: QualifiedName;
  /** Absent when there is no column list; empty for `()`. */
  readonly columns?: readonly ImportColumn[];
  /** The SET keyword, when there is a SET clause. */
  readonly setKeywordSpan?: Span;
  readonly assignments: readonly ImportAssignment[];
  readonly source?: ImportSource;
  readonly format?: StringValue;
  /** The WITH keyword of the option list. */
  readonly withSpan?: Span;
  readonly options: readonly ImportOption[];
  readonly problems: readonly SqlProblem[];
}

/** A column of CREATE TABLE, as far as keys go: its name and the key options written on it. */
export interface ColumnDefinition {
  readonly name: Identifier;
  /** `NOT NULL` among its options. */
  readonly notNull: boolean;
  /** `PRIMARY KEY` among its options. */
  readonly primaryKey: boolean;
  /** `UNIQUE [KEY]` among its options. */
  readonly unique: boolean;
  readonly span: Span;
}

/** A `[CONSTRAINT [name]] PRIMARY KEY (...)` or `UNIQUE [KEY|INDEX] [name] (...)` element of CREATE TABLE. */
export interface KeyDefinition {
  readonly kind: 'primary' | 'unique';
  /** Its parts' columns (`a`, `b(10)`, `c DESC`); undefined for an expression part `((...))`. */
  readonly columns: readonly (Identifier | undefined)[];
  readonly span: Span;
}

/**
 * `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] [db.]t (element, ...) ...`, read as far as what makes a
 * key: the columns and their key options, and the PRIMARY KEY and UNIQUE elements. Other elements
 * (KEY, INDEX, FULLTEXT, SPATIAL, FOREIGN KEY, CHECK) and the table options are not kept. Not a
 * member of `SqlStatement`: only table schema files are read for it (`parseTableSchema`).
 */
export interface CreateTableStatement extends StatementBase {
  readonly kind: 'create-table';
  readonly table?: QualifiedName;
  readonly columns: readonly ColumnDefinition[];
  readonly keys: readonly KeyDefinition[];
}

export interface OtherStatement extends StatementBase {
  readonly kind: 'other';
}

export type SqlStatement =
  | UseStatement
  | BeginStatement
  | CommitStatement
  | RollbackStatement
  | BackupStatement
  | RestoreStatement
  | LoadDataStatement
  | ImportIntoStatement
  | OtherStatement;

export interface SqlDocument {
  readonly statements: readonly SqlStatement[];
  /** Every comment in the file, in order (executable comments `/*! ... *\/` are code, not here). */
  readonly comments: readonly Comment[];
  readonly errors: readonly SqlProblem[];
}
