/**
 * The repository beyond the file being read, as the model receives it: the shell's `RepoView`
 * (directory listings; `@file` filter imports, which the table-filter parser reads as text) and
 * the other files the model reasons about, parsed here: a table schema file's CREATE TABLE. Each
 * file is read and parsed at most once per run, whatever number of configs share its directory.
 */
import { EMPTY_REPO, textOf, type RepoView } from '../core/repo.js';
import type { CreateTableStatement } from './sql/ast.js';
import { parseTableSchema } from './sql/create-table.js';

/** A table schema file: its CREATE TABLE when it has one we can read, or that it could not be read. */
export type TableSchemaFile = { readonly readable: false } | { readonly readable: true; readonly createTable?: CreateTableStatement };

export interface RepoDocuments extends RepoView {
  /** A `{db}.{tbl}-schema.sql` file, parsed (missing or refused files are not readable). */
  tableSchema(path: string): TableSchemaFile;
}

export function repoDocuments(repo: RepoView): RepoDocuments {
  const schemas = new Map<string, TableSchemaFile>();
  return {
    readFile: (path) => repo.readFile(path),
    listFiles: (dir) => repo.listFiles(dir),
    tableSchema(path) {
      let schema = schemas.get(path);
      if (!schema) {
        const text = textOf(repo.readFile(path));
        const createTable = text === undefined ? undefined : parseTableSchema(text);
        schema = text === undefined ? { readable: false } : { readable: true, ...(createTable ? { createTable } : {}) };
        schemas.set(path, schema);
      }
      return schema;
    },
  };
}

/** No other file: what a file checked on its own (stdin, tests) sees. */
export const EMPTY_DOCUMENTS: RepoDocuments = repoDocuments(EMPTY_REPO);
