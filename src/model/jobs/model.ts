import type { Span } from '../../core/types.js';
import type { TableName, TableSet } from '../../core/filter/index.js';
import type { VersionedFeature } from '../../core/version.js';

/**
 * The tables an import writes: exact names (IMPORT INTO, a data directory listed in the repository)
 * or a pattern set (a Lightning filter whose data lives elsewhere), described for messages.
 */
export type WrittenTables =
  | {
      readonly kind: 'exact';
      readonly names: readonly TableName[];
      readonly set: TableSet;
      readonly description: string;
      /** The set of each name (keyed by `schema.table`), when names need their own set (unknown database). */
      readonly perName?: ReadonlyMap<string, TableSet>;
      readonly key?: string;
      /** Source tables whose schema file in the data directory shows no valid index (not replicated without force-replicate). */
      readonly unindexed?: readonly TableName[];
    }
  | {
      readonly kind: 'pattern';
      readonly set: TableSet;
      /** Completes "any other table …", e.g. "matching the filter `['app.*']`". */
      readonly description: string;
      /** The table-filter rules behind the set, for `br backup full --filter` suggestions. */
      readonly filterRules?: readonly string[];
      /** Identifies the set and its description: jobs with the same key share risk computations. */
      readonly key?: string;
    };

/** One import found in the repository: a Lightning config, or one IMPORT INTO statement. */
export interface ImportJob {
  readonly file: string;
  readonly kind: 'lightning' | 'import-into';
  /** Lightning backend local/importer/import-into/none, and every IMPORT INTO. */
  readonly physical: boolean;
  /** Lowercased backend for Lightning ('' when absent). */
  readonly backend?: string;
  /** Where posture findings are anchored: the backend key, the [tikv-importer] header, line 1, or the IMPORT keyword. */
  readonly anchor: Span;
  /** Replaces `anchor` with this text to switch the job to logical mode (Lightning with a backend key). */
  readonly logicalFix?: {
    readonly span: Span;
    readonly replacement: string;
    readonly alsoEdits?: readonly { readonly span: Span; readonly text: string }[];
  };
  /** `check-requirements = false` or `DISABLE_PRECHECK`. */
  readonly override?: { readonly span: Span; readonly text: string };
  readonly written: WrittenTables;
  /** Normalized data-source-dir or IMPORT INTO location: how a downstream import is recognised. */
  readonly source?: string;
  /** IMPORT INTO FROM SELECT. */
  readonly fromSelect?: boolean;
  /** Position of the statement in its SQL file (remedies must come later in the same file). */
  readonly statementIndex?: number;
  /** IMPORT INTO ... WITH DETACHED: it returns at once, so nothing later in the file runs after it. */
  readonly detached?: boolean;
  /** Lightning `[tidb] host` and pd-addr hosts, for mapping by host. */
  readonly hosts: readonly string[];
  /** Features that need a minimum TiDB version (`unsupported-on-version`). */
  readonly versionedFeatures: readonly VersionedFeature[];
}

/** The hosts of a job that names none (every IMPORT INTO): one shared empty list. */
export const NO_HOSTS: readonly string[] = Object.freeze([]);

/** Declared in core (the Lightning key tables in parse/ produce them too). */
export type { VersionedFeature } from '../../core/version.js';

/** A job's identity within its file (its anchor), linking the posture findings about it. */
export function jobKey(job: ImportJob): string {
  return `${job.anchor.start}`;
}

/**
 * What tells two jobs of one file apart for fingerprints: the tables and the source, not the
 * position, so a finding keeps its fingerprint when another import is added above it.
 */
export function jobIdentity(job: ImportJob): string {
  return `${job.kind}|${tablesIdentity(job.written)}|${job.source ?? ''}`;
}

// Jobs sharing a data directory share one WrittenTables of thousands of names: join them once.
const tablesIdentities = new WeakMap<WrittenTables, string>();

function tablesIdentity(written: WrittenTables): string {
  if (written.kind !== 'exact') return written.description;
  let text = tablesIdentities.get(written);
  if (text === undefined) {
    text = written.names.map((n) => `${n.schema}.${n.table}`).join(',');
    tablesIdentities.set(written, text);
  }
  return text;
}
