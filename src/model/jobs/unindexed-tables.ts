/**
 * Tables of a data directory whose schema file (`{db}.{tbl}-schema.sql`, beside the data as
 * Dumpling writes it) shows no valid index: TiCDC skips them unless `force-replicate` is on
 * (docs/rules/changefeed-gap.md). The schema files arrive parsed (src/parse/repo-documents.ts,
 * src/parse/sql/create-table.ts): this stage decides, it does not read or tokenize.
 */
import type { TableName } from '../../core/filter/index.js';
import type { CreateTableStatement } from '../../parse/sql/ast.js';
import type { RepoDocuments } from '../../parse/repo-documents.js';
import { tableOf, type ClassifiedFile } from './file-routes.js';

/**
 * Whether a CREATE TABLE gives the table a valid index in TiCDC's sense: a PRIMARY KEY, or a
 * UNIQUE key whose columns are all NOT NULL (column names compare case-insensitively). An
 * expression part of a key (`((...))`) counts as nullable; generated columns are not told apart
 * from stored ones.
 */
export function hasValidIndex(table: CreateTableStatement): boolean {
  if (table.columns.some((c) => c.primaryKey) || table.keys.some((k) => k.kind === 'primary')) return true;
  const notNull = new Set(table.columns.filter((c) => c.notNull).map((c) => c.name.value.toLowerCase()));
  const uniqueKeys = [
    ...table.columns.filter((c) => c.unique).map((c) => [c.name]),
    ...table.keys.filter((k) => k.kind === 'unique').map((k) => k.columns),
  ];
  return uniqueKeys.some((cols) => cols.length > 0 && cols.every((c) => c !== undefined && notNull.has(c.value.toLowerCase())));
}

/**
 * The tables among `classified` whose uncompressed schema file shows no valid index. A table with
 * several schema files counts only when none of them has a valid index; a file that cannot be
 * read, or holds no CREATE TABLE we can read, counts as having one (nothing is claimed unknown).
 */
export function tablesWithoutValidIndex(documents: RepoDocuments, classified: readonly ClassifiedFile[]): TableName[] {
  const verdict = new Map<string, { name: TableName; valid: boolean }>();
  for (const f of classified) {
    if (f.type !== 'table-schema' || !/\.sql$/i.test(f.path)) continue;
    const valid = schemaFileVerdict(documents, f.path);
    const key = `${f.schema.toLowerCase()}.${f.table.toLowerCase()}`;
    const prev = verdict.get(key);
    verdict.set(key, { name: tableOf(f), valid: valid || (prev?.valid ?? false) });
  }
  return [...verdict.values()].filter((v) => !v.valid).map((v) => v.name);
}

/**
 * Each schema file's verdict, per run (the engine makes one `RepoDocuments` per run): several
 * configs often share a data directory, and its files are read and parsed once. Only the verdict
 * is kept, not the parsed statement.
 */
const verdicts = new WeakMap<RepoDocuments, Map<string, boolean>>();

function schemaFileVerdict(documents: RepoDocuments, path: string): boolean {
  let byPath = verdicts.get(documents);
  if (!byPath) verdicts.set(documents, (byPath = new Map()));
  let valid = byPath.get(path);
  if (valid === undefined) {
    const schema = documents.tableSchema(path);
    valid = !schema.readable || schema.createTable === undefined || hasValidIndex(schema.createTable);
    byPath.set(path, valid);
  }
  return valid;
}
