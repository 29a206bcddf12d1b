/**
 * The repository beyond the file being read, as the model receives it: the shell's `RepoView`
 * (directory listings) and
 * the other files the model reasons about, parsed here: a table schema file's CREATE TABLE, and a
 * Lightning filter's `@file` import (its rules, parsed once per run and case mode). The
 * engine makes one per run; the model keeps what it decides about each file for that run
 * (src/model/jobs/unindexed-tables.ts) rather than this keeping every parsed document, so a file
 * is read and parsed once however many configs share its directory, and a dump of thousands of
 * tables costs a verdict per file, not a syntax tree.
 */
import { EMPTY_REPO, isRefused, textOf, type RepoView } from '../core/repo.js';
import { parseFilterFile, type FilterFile } from '../core/filter/index.js';
import type { CreateTableStatement } from './sql/ast.js';
import { parseTableSchema } from './sql/create-table.js';

/** A table schema file: its CREATE TABLE when it has one we can read, or that it could not be read. */
export type TableSchemaFile = { readonly readable: false } | { readonly readable: true; readonly createTable?: CreateTableStatement };

/** A `[mydumper] filter` `@file` import: its parsed lines, or missing, or refused and why. */
export type FilterImportFile =
  | { readonly readable: false; readonly refused?: string }
  | { readonly readable: true; readonly file: FilterFile };

export interface RepoDocuments extends RepoView {
  /**
   * A table-filter import file, read and parsed once per run for each case mode (configs sharing
   * the file share the parse); a missing or refused file is not readable.
   */
  filterImport(path: string, caseSensitive: boolean): FilterImportFile;
  /** A `{db}.{tbl}-schema.sql` file, read and parsed (missing or refused files are not readable). */
  tableSchema(path: string): TableSchemaFile;
}

export function repoDocuments(repo: RepoView): RepoDocuments {
  const filterImports = new Map<string, FilterImportFile>();
  return {
    readFile: (path) => repo.readFile(path),
    listFiles: (dir) => repo.listFiles(dir),
    tableSchema(path) {
      const text = textOf(repo.readFile(path));
      if (text === undefined) return { readable: false };
      const createTable = parseTableSchema(text);
      return { readable: true, ...(createTable ? { createTable } : {}) };
    },
    filterImport(path, caseSensitive) {
      const key = `${caseSensitive ? 1 : 0}${path}`;
      let got = filterImports.get(key);
      if (got === undefined) {
        const read = repo.readFile(path);
        got =
          typeof read === 'string'
            ? { readable: true, file: parseFilterFile(read, caseSensitive) }
            : isRefused(read)
              ? { readable: false, refused: read.refused }
              : { readable: false };
        filterImports.set(key, got);
      }
      return got;
    },
  };
}

/** No other file: what a file checked on its own (stdin, tests) sees. */
export const EMPTY_DOCUMENTS: RepoDocuments = repoDocuments(EMPTY_REPO);
