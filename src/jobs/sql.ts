/**
 * Jobs from one SQL file: every IMPORT INTO is a job. The reading walks the statements in order,
 * so it knows the current database (`USE`), whether an explicit transaction is open, and which
 * BACKUP statements come after each import (the snapshot remedy).
 */
import type { Span } from '../core/types.js';
import { exactSet, filterSet, parseTableFilter, schemaSet, union, NO_TABLES, type TableName, type TableSet } from '../filter/index.js';
import type { BackupStatement, ImportIntoStatement, QualifiedName, SqlDocument } from '../sql/ast.js';
import type { ImportJob, VersionedFeature, WrittenTables } from './model.js';
import { normalizeSource } from './source.js';
import { IMPORT_OPTION_SINCE } from '../sql/validate-import-into.js';

export interface SnapshotRemedy {
  /** Index of the BACKUP statement in the file. */
  readonly statementIndex: number;
  readonly covers: TableSet;
  /** What `covers` is made of, by name: lets the engine find the BACKUPs that matter to an import without trying each. */
  readonly covered?: { readonly tables?: readonly TableName[]; readonly schemas?: readonly string[]; readonly allDatabases?: boolean };
}

export interface SqlJobs {
  readonly jobs: readonly ImportJob[];
  readonly snapshots: readonly SnapshotRemedy[];
  /** IMPORT INTO statements inside an explicit transaction (TiDB rejects them). */
  readonly inTransaction: readonly { readonly statement: ImportIntoStatement; readonly beginSpan: Span }[];
  /** Every IMPORT INTO with the database current at it (for correctness rules). */
  readonly imports: readonly ImportIntoStatement[];
}

function quoteIdent(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

/** A table in "whatever database is current": `*.tbl`, matched case-insensitively as TiDB does. */
function anyDatabaseTable(table: string): TableSet {
  const parsed = parseTableFilter([`*.${quoteIdent(table)}`], { caseSensitive: false });
  return parsed.ok ? filterSet(parsed.filter) : NO_TABLES;
}

function resolveName(name: QualifiedName, currentDb: string | undefined): TableName {
  return { schema: name.schema?.value ?? currentDb ?? '', table: name.name.value };
}

function writtenByImport(name: TableName): WrittenTables {
  if (name.schema) {
    return { kind: 'exact', names: [name], set: exactSet([name], false), description: `\`${name.schema}.${name.table}\`` };
  }
  const set = anyDatabaseTable(name.table);
  return {
    kind: 'exact',
    names: [name],
    set,
    perName: new Map([[name.table, set]]),
    description: `\`${name.table}\` in the current database (no \`USE\` before it, so any database)`,
  };
}

function importFeatures(stmt: ImportIntoStatement): VersionedFeature[] {
  const features: VersionedFeature[] = [{ what: 'IMPORT INTO', since: '7.2.0', gaSince: '7.5.0', span: stmt.importKeywordSpan }];
  if (stmt.source?.kind === 'select') features.push({ what: 'IMPORT INTO ... FROM SELECT', since: '8.0.0', span: stmt.source.span });
  for (const o of stmt.options) {
    if (o.name === 'disable_precheck') features.push({ what: '`DISABLE_PRECHECK`', since: '8.0.0', span: o.nameSpan });
    if (o.name === 'cloud_storage_uri') features.push({ what: 'Global Sort (`CLOUD_STORAGE_URI`)', since: '7.4.0', gaSince: '8.0.0', span: o.nameSpan });
    // pingcap/tidb PR #62369 (GROUP_KEY, merged to master 2025-07) and PR #59674 (__manual_recovery,
    // merged 2025-04), neither cherry-picked to release-8.5: first in the release after v8.5.x.
    if (o.name === 'group_key') features.push({ what: '`GROUP_KEY`', since: IMPORT_OPTION_SINCE.group_key, span: o.nameSpan });
    if (o.name === '__manual_recovery') features.push({ what: '`__MANUAL_RECOVERY`', since: IMPORT_OPTION_SINCE.__manual_recovery, span: o.nameSpan });
  }
  return features;
}

/** BACKUP's options (pingcap/docs sql-statement-backup.md) and the words their values use. */
const BACKUP_WORDS = new Set([
  'rate_limit', 'concurrency', 'checksum', 'send_credentials_to_tikv', 'checksum_concurrency',
  'compression_level', 'compression_type', 'encryption_method', 'encryption_keyfile', 'ignore_stats',
  'load_stats', 'mb', 'second', 'true', 'false', 'on', 'off',
]);

/**
 * A BACKUP counts as the snapshot remedy only when TiDB would run it and it captures the data as
 * of now: it parsed, it has a `TO` target, its options are known ones, and it is neither a
 * historical `SNAPSHOT = …` nor an incremental `LAST_BACKUP = …` backup.
 */
function takesSnapshotNow(stmt: BackupStatement, doc: SqlDocument, text: string): boolean {
  if (stmt.target === 'logs' || !stmt.location) return false;
  if (doc.errors.some((e) => e.span.start >= stmt.span.start && e.span.start <= stmt.span.end)) return false;
  const tail = text
    .slice(stmt.location.span.end, stmt.span.end)
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' ');
  if (/[()`;]/.test(tail)) return false;
  const words = tail.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return words.every((w) => BACKUP_WORDS.has(w.toLowerCase()));
}

export function sqlJobs(path: string, doc: SqlDocument, text: string): SqlJobs {
  const jobs: ImportJob[] = [];
  const snapshots: SnapshotRemedy[] = [];
  const inTransaction: { statement: ImportIntoStatement; beginSpan: Span }[] = [];
  const imports: ImportIntoStatement[] = [];
  let currentDb: string | undefined;
  let openTransaction: Span | undefined;
  doc.statements.forEach((stmt, index) => {
    switch (stmt.kind) {
      case 'use':
        if (stmt.database) currentDb = stmt.database.value;
        break;
      case 'begin':
        openTransaction = stmt.keywordSpan;
        break;
      case 'commit':
      case 'rollback':
        openTransaction = stmt.andChain ? stmt.keywordSpan : undefined;
        break;
      case 'backup': {
        if (!takesSnapshotNow(stmt, doc, text)) break;
        let covers: TableSet = NO_TABLES;
        let covered: SnapshotRemedy['covered'] = {};
        if (stmt.target === 'tables') {
          const names = stmt.tables.map((t) => resolveName(t, currentDb));
          covers = union(...names.map((name) => (name.schema ? exactSet([name], false) : anyDatabaseTable(name.table))), NO_TABLES);
          covered = { tables: names };
        } else if (stmt.target === 'databases') {
          covers = stmt.allDatabases ? schemaSet(['*'], false) : schemaSet(stmt.databases.map((d) => d.value), false);
          covered = stmt.allDatabases ? { allDatabases: true } : { schemas: stmt.databases.map((d) => d.value) };
        }
        snapshots.push({ statementIndex: index, covers, covered });
        break;
      }
      case 'import-into': {
        imports.push(stmt);
        if (openTransaction) inTransaction.push({ statement: stmt, beginSpan: openTransaction });
        if (!stmt.table) break; // unparseable: the syntax-error finding says so
        const override = stmt.options.find((o) => o.name === 'disable_precheck');
        const source =
          stmt.source?.kind === 'file'
            ? normalizeSource(stmt.source.location.value)
            : stmt.source?.kind === 'select'
              ? 'select:' + text.slice(stmt.source.span.start, stmt.source.span.end).replace(/\s+/g, ' ').toLowerCase()
              : undefined;
        jobs.push({
          file: path,
          kind: 'import-into',
          physical: true,
          anchor: stmt.importKeywordSpan,
          ...(override ? { override: { span: override.span, text: 'DISABLE_PRECHECK' } } : {}),
          written: writtenByImport(resolveName(stmt.table, currentDb)),
          ...(source !== undefined ? { source } : {}),
          ...(stmt.source?.kind === 'select' ? { fromSelect: true } : {}),
          statementIndex: index,
          ...(stmt.options.some((o) => o.name === 'detached') ? { detached: true } : {}),
          hosts: [],
          versionedFeatures: importFeatures(stmt),
        });
        break;
      }
      default:
        break;
    }
  });
  return { jobs, snapshots, inTransaction, imports };
}
