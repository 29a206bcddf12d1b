/**
 * Jobs from one SQL file: every IMPORT INTO is a job. The reader takes the statements in order as
 * the file streams by, so it knows the current database (`USE`), whether an explicit transaction
 * is open, and which BACKUP statements come after each import (the snapshot remedy). It keeps
 * only the statements findings are about (imports, backups, LOAD DATA), never USE or COMMIT.
 */
import type { Span } from '../../core/types.js';
import {
  exactSet,
  filterSet,
  parseTableFilter,
  schemaSet,
  union,
  NO_TABLES,
  type TableName,
  type TableSet,
} from '../../core/filter/index.js';
import type { BackupStatement, ImportIntoStatement, QualifiedName, SqlStatement } from '../../parse/sql/ast.js';
import type { TextSource } from '../../parse/sql/kept-text.js';
import type { ScannedStatement } from '../../parse/sql/scan.js';
import { NO_HOSTS, type ImportJob, type VersionedFeature, type WrittenTables } from './model.js';
import { normalizeSource } from './source.js';
import {
  AZURE_SORT_NOTE,
  CLOUD_STORAGE_AZURE_SINCE,
  GROUP_KEY_NOTE,
  IMPORT_OPTION_SINCE,
  isAzureUri,
  MANUAL_RECOVERY_NOTE,
} from '../../parse/sql/validate-import-into.js';

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
  readonly inTransaction: readonly { readonly statement: ImportIntoStatement; readonly beginSpan: Span; readonly beginKeyword: string }[];
  /** Every IMPORT INTO with the database current at it (for correctness rules). */
  readonly imports: readonly ImportIntoStatement[];
  /** The statements findings can be about, in file order: IMPORT INTO, BACKUP, LOAD DATA. */
  readonly kept: readonly SqlStatement[];
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
    if (o.name === 'cloud_storage_uri')
      features.push({ what: 'Global Sort (`CLOUD_STORAGE_URI`)', since: '7.4.0', gaSince: '8.0.0', span: o.nameSpan });
    // GROUP_KEY and __manual_recovery: in no release up to v8.5.5, first release not established
    // (IMPORT_OPTION_SINCE is the assumed gate; see validate-import-into.ts).
    if (o.name === 'group_key') {
      features.push({ what: '`GROUP_KEY`', since: IMPORT_OPTION_SINCE.group_key, sinceNote: GROUP_KEY_NOTE, span: o.nameSpan });
    }
    if (o.name === '__manual_recovery') {
      features.push({
        what: '`__MANUAL_RECOVERY`',
        since: IMPORT_OPTION_SINCE.__manual_recovery,
        sinceNote: MANUAL_RECOVERY_NOTE,
        span: o.nameSpan,
      });
    }
    // Global Sort takes only S3 and GCS from v7.4.0 through v8.5.5 (error 8164).
    if (o.name === 'cloud_storage_uri' && typeof o.value?.value === 'string' && isAzureUri(o.value.value)) {
      features.push({
        what: '`CLOUD_STORAGE_URI` with an Azure Blob Storage URI',
        since: CLOUD_STORAGE_AZURE_SINCE,
        onlyFrom: '7.4.0',
        sinceNote: AZURE_SORT_NOTE,
        span: o.value.span,
      });
    }
  }
  // Exactly as long as it is (an array grown by push keeps room for more): thousands of jobs hold one.
  return features.slice();
}

/** BACKUP's options (pingcap/docs sql-statement-backup.md) and the words their values use. */
const BACKUP_WORDS = new Set([
  'rate_limit',
  'concurrency',
  'checksum',
  'send_credentials_to_tikv',
  'checksum_concurrency',
  'compression_level',
  'compression_type',
  'encryption_method',
  'encryption_keyfile',
  'ignore_stats',
  'load_stats',
  'mb',
  'second',
  'true',
  'false',
  'on',
  'off',
]);

/**
 * A BACKUP counts as the snapshot remedy only when TiDB would run it and it captures the data as
 * of now: it parsed, it has a `TO` target, its options are known ones, and it is neither a
 * historical `SNAPSHOT = …` nor an incremental `LAST_BACKUP = …` backup.
 */
function takesSnapshotNow(stmt: BackupStatement, hasErrors: boolean, text: TextSource): boolean {
  if (stmt.target === 'logs' || !stmt.location || hasErrors) return false;
  const tail = text.slice(stmt.location.span.end, stmt.span.end).replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' ');
  if (/[()`;]/.test(tail)) return false;
  const words = tail.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return words.every((w) => BACKUP_WORDS.has(w.toLowerCase()));
}

export interface SqlJobReader {
  /** The next statement of the file; `text` holds its span. Returns whether findings may be about it. */
  add(scanned: ScannedStatement, text: TextSource): boolean;
  finish(): SqlJobs;
}

export function sqlJobReader(path: string): SqlJobReader {
  const jobs: ImportJob[] = [];
  const snapshots: SnapshotRemedy[] = [];
  const inTransaction: { statement: ImportIntoStatement; beginSpan: Span; beginKeyword: string }[] = [];
  const imports: ImportIntoStatement[] = [];
  const kept: SqlStatement[] = [];
  let currentDb: string | undefined;
  let openTransaction: { span: Span; keyword: string } | undefined;
  return {
    add({ statement: stmt, index, hasErrors }, text) {
      switch (stmt.kind) {
        case 'use':
          // A client `\u` whose name the client would not take as written: the database is unknown.
          if (stmt.database) currentDb = stmt.database.value;
          else if (stmt.clientCommand) currentDb = undefined;
          return false;
        case 'begin':
          openTransaction = { span: stmt.keywordSpan, keyword: text.slice(stmt.keywordSpan.start, stmt.keywordSpan.end) };
          return false;
        case 'commit':
        case 'rollback':
          openTransaction = stmt.andChain
            ? { span: stmt.keywordSpan, keyword: text.slice(stmt.keywordSpan.start, stmt.keywordSpan.end) }
            : undefined;
          return false;
        case 'load-data':
        case 'restore':
          kept.push(stmt);
          return true;
        case 'backup': {
          kept.push(stmt);
          if (!takesSnapshotNow(stmt, hasErrors, text)) return true;
          let covers: TableSet = NO_TABLES;
          let covered: SnapshotRemedy['covered'] = {};
          if (stmt.target === 'tables') {
            const names = stmt.tables.map((t) => resolveName(t, currentDb));
            covers = union(...names.map((name) => (name.schema ? exactSet([name], false) : anyDatabaseTable(name.table))), NO_TABLES);
            covered = { tables: names };
          } else if (stmt.target === 'databases') {
            covers = stmt.allDatabases
              ? schemaSet(['*'], false)
              : schemaSet(
                  stmt.databases.map((d) => d.value),
                  false,
                );
            covered = stmt.allDatabases ? { allDatabases: true } : { schemas: stmt.databases.map((d) => d.value) };
          }
          snapshots.push({ statementIndex: index, covers, covered });
          return true;
        }
        case 'import-into': {
          kept.push(stmt);
          imports.push(stmt);
          if (openTransaction)
            inTransaction.push({ statement: stmt, beginSpan: openTransaction.span, beginKeyword: openTransaction.keyword });
          if (!stmt.table) return true; // unparseable: the syntax-error finding says so
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
            hosts: NO_HOSTS,
            versionedFeatures: importFeatures(stmt),
          });
          return true;
        }
        default:
          return false;
      }
    },
    finish: () => ({ jobs, snapshots, inTransaction, imports, kept }),
  };
}
