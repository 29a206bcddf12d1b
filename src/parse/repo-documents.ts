/**
 * The repository beyond the file being read, as the model receives it: the shell's `RepoView`
 * (directory listings; `@file` filter imports, which the table-filter parser reads as text) and
 * the other files the model reasons about, parsed here: a table schema file's CREATE TABLE. The
 * engine makes one per run; the model keeps what it decides about each file for that run
 * (src/model/jobs/unindexed-tables.ts) rather than this keeping every parsed document, so a file
 * is read and parsed once however many configs share its directory, and a dump of thousands of
 * tables costs a verdict per file, not a syntax tree.
 */
import { EMPTY_REPO, textOf, type RepoView } from '../core/repo.js';
import type { CreateTableStatement } from './sql/ast.js';
import { parseTableSchema } from './sql/create-table.js';

/** A table schema file: its CREATE TABLE when it has one we can read, or that it could not be read. */
export type TableSchemaFile = { readonly readable: false } | { readonly readable: true; readonly createTable?: CreateTableStatement };

export interface RepoDocuments extends RepoView {
  /** A `{db}.{tbl}-schema.sql` file, read and parsed (missing or refused files are not readable). */
  tableSchema(path: string): TableSchemaFile;
}

export function repoDocuments(repo: RepoView): RepoDocuments {
  return {
    readFile: (path) => repo.readFile(path),
    listFiles: (dir) => repo.listFiles(dir),
    tableSchema(path) {
      const text = textOf(repo.readFile(path));
      if (text === undefined) return { readable: false };
      const createTable = parseTableSchema(text);
      return { readable: true, ...(createTable ? { createTable } : {}) };
    },
  };
}

/** No other file: what a file checked on its own (stdin, tests) sees. */
export const EMPTY_DOCUMENTS: RepoDocuments = repoDocuments(EMPTY_REPO);
