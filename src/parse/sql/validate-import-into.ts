/**
 * What TiDB would reject in a syntactically valid IMPORT INTO (pingcap/tidb
 * pkg/executor/importer/import.go `initOptions`, `checkFieldParams`, `InitDataFiles`; the parser's
 * FROM SELECT restrictions in pkg/parser/parser.y). TiDB stops at the first error; this reports
 * every one, each anchored at the token to change, with TiDB's error code, its kind and its data
 * (the `invalid-import-into` rule words each kind in its `meta.messages`).
 *
 * Decisions where TiDB's versions differ or the spec is silent:
 * - Internal options seen in TiDB's tests (`__max_engine_size`, `__force_merge_step`,
 *   `__manual_recovery`) are accepted and value-checked as TiDB does: TiDB accepts them. Any
 *   other `__` name is unknown (8163).
 * - `analyze_table` (2023 development versions) is not in current TiDB's option table, so it is
 *   reported as unknown (8163) with a note that it was removed, whatever its value.
 * - `group_key` and `__manual_recovery` are in no release up to v8.5.5 (the newest in pingcap/docs
 *   releases/_index.md): pingcap/tidb PR #62369 (GROUP_KEY, master 2025-08-15; pingcap/docs PR
 *   #21610 documents it for master only, not v9.0) and PR #59674 (__manual_recovery, master
 *   2025-04-08) came after the release-8.5 branch and were not in it as of 2025-06-27. Their first
 *   release is not established: `IMPORT_OPTION_SINCE` gates them at v9.0.0, an assumption, so
 *   they are errors (`unsupported-on-version`) up to v8.5.x and not flagged from v9.0.0, where a
 *   false error would block a valid statement (a refused statement loses no data). `group_key`
 *   follows TiDB's naming rule (pkg/util/naming `CheckWithMaxLen(v, 256)`:
 *   `^[a-zA-Z0-9_-]{0,256}$`, and non-empty).
 * - `FORMAT 'auto'` is accepted (TiDB's own default when FORMAT is absent passes its check).
 * - `cloud_storage_uri` accepts S3 (`s3`, `ks3`, `oss`) and GCS (`gs`, `gcs`) URIs everywhere, and
 *   Azure (`azure`, `azblob`) here; any other scheme is 8164. Whether TiDB takes Azure depends on
 *   the version: the option came with pingcap/tidb PR #46998 (v7.4.0) together with the check
 *   `b.GetS3() == nil && b.GetGcs() == nil` -> 8164 ("only support s3 and gcs now"), unchanged on
 *   master to 2025-12 and in no v8.5.x release note up to v8.5.5; a newer import_test.go
 *   (TestInitOptionsPositiveCase) accepts azure:// and azblob://. The version gate
 *   (`unsupported-on-version`, `CLOUD_STORAGE_AZURE_SINCE`) reports Azure on v7.4.0 - v8.5.5 and
 *   nothing after, where the first accepting release is not established.
 * - `character_set`: binary, utf8mb4, utf8, gb18030, gbk, latin1, ascii (case-insensitive) on every
 *   version with IMPORT INTO: `initOptions` refuses an empty value, then `config.ParseCharset`,
 *   whose list came with tidb PR #42699 (2023-04-03, before v7.2.0) and is unchanged on master.
 * - Without FORMAT, TiDB detects the format from the file suffix and then rejects CSV-only
 *   options for `.sql`/`.parquet` files; this is reported as 8166 too.
 * - IMPORT INTO inside an explicit transaction is the caller's check (it needs the sequence).
 *
 * Over 400 lines: TiDB's option table (names, value kinds, versions) and its checks, one entry
 * per option as import.go lists them.
 *
 * Over 400 lines: it mirrors TiDB's option table and its checks one to one (import.go
 * `initOptions` and friends), so each option's rule can be compared with TiDB's in one place.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { Span } from '../../core/types.js';
import type { ImportIntoStatement, ImportOption } from './ast.js';

/**
 * What TiDB rejects, one kind per check; the `invalid-import-into` rule words each kind
 * (its `meta.messages`, same ids) from `data`.
 */
export type ImportIntoProblemKind =
  /** data: name (the variable, without `@`). */
  | 'selectVariable'
  | 'selectSet'
  /** data: format (as written). */
  | 'unsupportedFormat'
  /** data: option (upper case), near (the option it is likely a typo of). */
  | 'unknownOptionNear'
  /** data: option. */
  | 'unknownOption'
  /** data: option (`ANALYZE_TABLE`, which existed only in 2023 development versions). */
  | 'removedOption'
  /** data: option. */
  | 'duplicateOption'
  | 'missingValue'
  | 'flagWithValue'
  /** Bad values, data: option, value (the literal as written); the kind names what the value must be. */
  | BadValueKind
  /** data: option, format (FORMAT as written, or the format the file name says). */
  | 'csvOnlyFormat'
  | 'csvOnlySuffix'
  /** data: option. */
  | 'notWithSelect'
  | 'splitFileSkipRows'
  | 'splitFileNoTerminator'
  | 'emptyLocation'
  | 'relativeLocation'
  /** data: suffixes (the compression suffixes, space-separated). */
  | 'noDataSuffix'
  | 'wildcardDirectory'
  /** data: scheme. */
  | 'badScheme';

/** What an option's value must be; data besides option and value: `bound` for notInteger, `allowed` for notCharset. */
export type BadValueKind =
  | 'notString'
  | 'notInteger'
  | 'notSize'
  | 'sizeNotPositive'
  | 'notCharset'
  | 'empty'
  | 'tooLong'
  | 'negative'
  | 'notPositive'
  | 'belowMinusOne'
  | 'notChecksumLevel'
  | 'badGroupKey'
  | 'badCloudStorageUri';

export interface ImportIntoProblem {
  /** TiDB's error code: 8156-8166, or 0 for the parser's own FROM SELECT restrictions. */
  readonly code: number;
  readonly kind: ImportIntoProblemKind;
  readonly data: Readonly<Record<string, string>>;
  readonly span: Span;
}

export const ERR_LOAD_DATA_EMPTY_PATH = 8156;
export const ERR_UNSUPPORTED_FORMAT = 8157;
export const ERR_INVALID_URI = 8158;
export const ERR_UNKNOWN_OPTION = 8163;
export const ERR_INVALID_OPTION_VALUE = 8164;
export const ERR_DUPLICATE_OPTION = 8165;
export const ERR_UNSUPPORTED_OPTION = 8166;
export const PARSER_LEVEL = 0;

/** Why a value is bad (with data besides option and value), or undefined when it is fine. */
type BadValue = { readonly kind: BadValueKind; readonly data?: Readonly<Record<string, string>> };
type ValueRule = (option: ImportOption) => BadValue | undefined;

interface OptionSpec {
  readonly hasValue: boolean;
  readonly csvOnly: boolean;
  readonly check?: ValueRule;
}

const CHARSETS = ['ascii', 'binary', 'gb18030', 'gbk', 'latin1', 'utf8', 'utf8mb4'];
const CLOUD_SORT_SCHEMES = new Set(['s3', 'ks3', 'oss', 'gs', 'gcs', 'azure', 'azblob']);

/** Options newer than the first IMPORT INTO release, by the first TiDB release that has them (see above). */
export const IMPORT_OPTION_SINCE = { group_key: '9.0.0', __manual_recovery: '9.0.0' } as const;

/** What TiDB's sources establish about GROUP_KEY's and __manual_recovery's first release (for messages). */
export const GROUP_KEY_NOTE =
  'it came with pingcap/tidb PR #62369 (August 2025), after the release-8.5 branch; no release up to v8.5.5 has it, and its first release is not established';
export const MANUAL_RECOVERY_NOTE =
  'this internal option came with pingcap/tidb PR #59674 (April 2025), after the release-8.5 branch; no release up to v8.5.5 is known to have it, and its first release is not established';

/** First version not established to refuse an Azure `CLOUD_STORAGE_URI` (v8.5.5, the newest release, refuses it). */
export const CLOUD_STORAGE_AZURE_SINCE = '8.5.6';
export const AZURE_SORT_NOTE =
  'Global Sort takes only S3 and GCS there (error 8164, pkg/executor/importer/import.go `initOptions` from v7.4.0 through v8.5.5; only newer development builds accept Azure), so use an s3:// or gs:// URI';

/** An Azure Blob Storage URI (`azure://`, `azblob://`). */
export function isAzureUri(value: string): boolean {
  const scheme = schemeOf(value);
  return scheme === 'azure' || scheme === 'azblob';
}

/** TiDB's naming rule for GROUP_KEY: pkg/util/naming `CheckWithMaxLen(name, 256)`. */
const GROUP_KEY_RE = /^[A-Za-z0-9_-]{1,256}$/;
const DATA_SCHEMES = new Set(['s3', 'ks3', 'oss', 'gs', 'gcs', 'azure', 'azblob']);
const SERVER_DISK_SUFFIXES = ['.csv', '.sql', '.parquet', '.gz', '.gzip', '.zstd', '.zst', '.snappy'];
const COMPRESSION_SUFFIXES = ['.gz', '.gzip', '.zstd', '.zst', '.snappy'];
const ALLOWED_WITH_QUERY = new Set(['thread', 'disable_precheck']);
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

function stringValue(option: ImportOption): string | undefined {
  return option.value?.kind === 'string' ? (option.value.value as string) : undefined;
}

/** TiDB evaluates string options only from string literals (not numbers, booleans, NULL). */
const asString =
  (rule: (value: string) => BadValue | undefined): ValueRule =>
  (option) => {
    if (option.value?.kind === 'other') return undefined; // hex and the like: not judged
    const value = stringValue(option);
    return value === undefined ? { kind: 'notString' } : rule(value);
  };

const bad = (kind: BadValueKind, data?: Readonly<Record<string, string>>): BadValue => (data ? { kind, data } : { kind });
/** `bad(kind)` when `failed`. */
const unless = (failed: boolean, kind: BadValueKind): BadValue | undefined => (failed ? bad(kind) : undefined);

/** Integer options take an integer literal that fits int64; TRUE/FALSE are not integers here. */
const asInteger =
  (rule: (value: bigint) => BadValue | undefined, bound: string): ValueRule =>
  (option) => {
    const value = option.value;
    if (value?.kind === 'other') return undefined;
    if (value?.kind !== 'number' || !/^[+-]?\d+$/.test(value.raw)) return bad('notInteger', { bound });
    const parsed = BigInt(value.raw);
    if (parsed > INT64_MAX || parsed < INT64_MIN) return bad('notInteger', { bound });
    return rule(parsed);
  };

const sizeRule = (minimum: 'positive' | 'non-negative'): ValueRule =>
  asString((value) => {
    const bytes = parseByteSize(value);
    if (bytes === undefined) return bad('notSize');
    return unless(minimum === 'positive' && bytes <= 0, 'sizeNotPositive');
  });

const OPTIONS: ReadonlyMap<string, OptionSpec> = new Map<string, OptionSpec>([
  [
    'character_set',
    {
      hasValue: true,
      csvOnly: true,
      check: asString((v) => (CHARSETS.includes(v.toLowerCase()) ? undefined : bad('notCharset', { allowed: CHARSETS.join(', ') }))),
    },
  ],
  ['fields_terminated_by', { hasValue: true, csvOnly: true, check: asString((v) => unless(v === '', 'empty')) }],
  ['fields_enclosed_by', { hasValue: true, csvOnly: true, check: asString((v) => unless(utf8Length(v) > 1, 'tooLong')) }],
  ['fields_escaped_by', { hasValue: true, csvOnly: true, check: asString((v) => unless(utf8Length(v) > 1, 'tooLong')) }],
  ['fields_defined_null_by', { hasValue: true, csvOnly: true, check: asString(() => undefined) }],
  ['lines_terminated_by', { hasValue: true, csvOnly: true, check: asString((v) => unless(v === '', 'empty')) }],
  ['skip_rows', { hasValue: true, csvOnly: true, check: asInteger((v) => unless(v < 0n, 'negative'), '>= 0') }],
  ['split_file', { hasValue: false, csvOnly: true }],
  ['disk_quota', { hasValue: true, csvOnly: false, check: sizeRule('positive') }],
  ['thread', { hasValue: true, csvOnly: false, check: asInteger((v) => unless(v <= 0n, 'notPositive'), '> 0') }],
  ['max_write_speed', { hasValue: true, csvOnly: false, check: sizeRule('non-negative') }],
  [
    'checksum_table',
    {
      hasValue: true,
      csvOnly: false,
      check: asString((v) => unless(!['required', 'optional', 'off', 'true', 'false'].includes(v.toLowerCase()), 'notChecksumLevel')),
    },
  ],
  [
    'group_key',
    {
      hasValue: true,
      csvOnly: false,
      check: asString((v) => unless(!GROUP_KEY_RE.test(v), 'badGroupKey')),
    },
  ],
  [
    'record_errors',
    {
      hasValue: true,
      csvOnly: false,
      check: asInteger((v) => unless(v < -1n, 'belowMinusOne'), '>= -1'),
    },
  ],
  ['detached', { hasValue: false, csvOnly: false }],
  ['disable_tikv_import_mode', { hasValue: false, csvOnly: false }],
  ['cloud_storage_uri', { hasValue: true, csvOnly: false, check: asString(checkCloudStorageUri) }],
  ['disable_precheck', { hasValue: false, csvOnly: false }],
  ['__max_engine_size', { hasValue: true, csvOnly: false, check: sizeRule('non-negative') }],
  ['__force_merge_step', { hasValue: false, csvOnly: false }],
  ['__manual_recovery', { hasValue: false, csvOnly: false }],
]);

/** The option names TiDB accepts (current master), for "did you mean" suggestions by callers. */
export const KNOWN_IMPORT_OPTIONS: readonly string[] = [...OPTIONS.keys()];

/** The documented option closest to a misspelt one, if it is close enough to be a typo. */
function closestOption(name: string): string | undefined {
  const candidates = KNOWN_IMPORT_OPTIONS.filter((o) => !o.startsWith('__'));
  const best = closest(name, candidates);
  return distance(name, best) <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

export function validateImportInto(stmt: ImportIntoStatement): ImportIntoProblem[] {
  const problems: ImportIntoProblem[] = [];
  const add = (code: number, kind: ImportIntoProblemKind, span: Span, data: Readonly<Record<string, string>> = {}): void => {
    problems.push({ code, kind, data, span });
  };
  const fromQuery = stmt.source?.kind === 'select';

  if (fromQuery) {
    for (const column of stmt.columns ?? []) {
      if (column.isVariable) add(PARSER_LEVEL, 'selectVariable', column.span, { name: column.name });
    }
    if (stmt.setKeywordSpan !== undefined) add(PARSER_LEVEL, 'selectSet', stmt.setKeywordSpan);
  }

  const format = stmt.format === undefined ? undefined : stmt.format.value.toLowerCase();
  if (stmt.format !== undefined && format !== 'csv' && format !== 'sql' && format !== 'parquet' && format !== 'auto') {
    add(ERR_UNSUPPORTED_FORMAT, 'unsupportedFormat', stmt.format.span, { format: stmt.format.value });
  }

  if (stmt.source?.kind === 'file') problems.push(...checkLocation(stmt.source.location.value, stmt.source.location.span));

  const effectiveFormat = format ?? (stmt.source?.kind === 'file' ? formatFromSuffix(stmt.source.location.value) : undefined);
  const seen = new Set<string>();
  for (const option of stmt.options) {
    const spec = OPTIONS.get(option.name);
    const upper = option.name.toUpperCase();
    if (spec === undefined) {
      const near = option.name === 'analyze_table' ? undefined : closestOption(option.name);
      if (option.name === 'analyze_table') add(ERR_UNKNOWN_OPTION, 'removedOption', option.nameSpan, { option: upper });
      else if (near) add(ERR_UNKNOWN_OPTION, 'unknownOptionNear', option.nameSpan, { option: upper, near: near.toUpperCase() });
      else add(ERR_UNKNOWN_OPTION, 'unknownOption', option.nameSpan, { option: upper });
      continue;
    }
    if (seen.has(option.name)) add(ERR_DUPLICATE_OPTION, 'duplicateOption', option.nameSpan, { option: upper });
    seen.add(option.name);

    if (spec.hasValue && option.value === undefined) {
      add(ERR_INVALID_OPTION_VALUE, 'missingValue', option.nameSpan, { option: upper });
    } else if (!spec.hasValue && option.value !== undefined) {
      add(ERR_INVALID_OPTION_VALUE, 'flagWithValue', option.value.span, { option: upper });
    } else if (spec.check !== undefined && option.value !== undefined) {
      const why = spec.check(option);
      if (why !== undefined)
        add(ERR_INVALID_OPTION_VALUE, why.kind, option.value.span, { option: upper, value: option.value.raw, ...why.data });
    }

    if (spec.csvOnly && effectiveFormat !== undefined && effectiveFormat !== 'csv' && effectiveFormat !== 'auto' && !fromQuery) {
      if (format === undefined) add(ERR_UNSUPPORTED_OPTION, 'csvOnlySuffix', option.nameSpan, { option: upper, format: effectiveFormat });
      else add(ERR_UNSUPPORTED_OPTION, 'csvOnlyFormat', option.nameSpan, { option: upper, format: stmt.format?.value ?? '' });
    }
    if (fromQuery && !ALLOWED_WITH_QUERY.has(option.name)) add(ERR_UNSUPPORTED_OPTION, 'notWithSelect', option.nameSpan, { option: upper });
  }

  problems.push(...checkSplitFile(stmt.options));
  return problems;
}

/** `split_file` needs `lines_terminated_by` and at most one skipped row (TiDB splits files in chunks). */
function checkSplitFile(options: readonly ImportOption[]): ImportIntoProblem[] {
  const splitFile = options.find((o) => o.name === 'split_file');
  if (splitFile === undefined) return [];
  const problems: ImportIntoProblem[] = [];
  const skipRows = options.find((o) => o.name === 'skip_rows');
  if (skipRows?.value?.kind === 'number' && /^[+-]?\d+$/.test(skipRows.value.raw) && BigInt(skipRows.value.raw) > 1n) {
    problems.push({ code: ERR_INVALID_OPTION_VALUE, kind: 'splitFileSkipRows', data: {}, span: skipRows.value.span });
  }
  const terminator = options.find((o) => o.name === 'lines_terminated_by');
  const terminatorValue = terminator === undefined ? undefined : stringValue(terminator);
  if (terminatorValue === undefined || terminatorValue === '') {
    problems.push({ code: ERR_INVALID_OPTION_VALUE, kind: 'splitFileNoTerminator', data: {}, span: splitFile.nameSpan });
  }
  return problems;
}

/** The `scheme` of `scheme://...` (lowercased), '' for none. */
function schemeOf(location: string): string {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(location);
  return match === null ? '' : (match[1] as string).toLowerCase();
}

function checkLocation(location: string, span: Span): ImportIntoProblem[] {
  if (location === '') return [{ code: ERR_LOAD_DATA_EMPTY_PATH, kind: 'emptyLocation', data: {}, span }];
  const scheme = schemeOf(location);
  if (scheme === '' || scheme === 'local' || scheme === 'file') {
    if (!location.startsWith('/')) return [{ code: ERR_INVALID_URI, kind: 'relativeLocation', data: {}, span }];
    const problems: ImportIntoProblem[] = [];
    const fileName = location.slice(location.lastIndexOf('/') + 1);
    const dot = fileName.lastIndexOf('.');
    const suffix = dot === -1 ? '' : fileName.slice(dot).toLowerCase();
    if (!SERVER_DISK_SUFFIXES.includes(suffix)) {
      problems.push({ code: ERR_INVALID_URI, kind: 'noDataSuffix', data: { suffixes: COMPRESSION_SUFFIXES.join(' ') }, span });
    }
    problems.push(...checkWildcardDirectory(location.slice(0, location.lastIndexOf('/')), span));
    return problems;
  }
  if (!DATA_SCHEMES.has(scheme)) return [{ code: ERR_INVALID_URI, kind: 'badScheme', data: { scheme }, span }];
  const rest = location.slice(scheme.length + 3);
  const pathEnd = rest.indexOf('?');
  const path = pathEnd === -1 ? rest : rest.slice(0, pathEnd);
  const slash = path.lastIndexOf('/');
  return slash === -1 ? [] : checkWildcardDirectory(path.slice(0, slash), span);
}

function checkWildcardDirectory(directory: string, span: Span): ImportIntoProblem[] {
  if (!/[*?[]/.test(directory)) return [];
  return [{ code: ERR_INVALID_URI, kind: 'wildcardDirectory', data: {}, span }];
}

/** The format TiDB would detect from the file suffix, compression suffixes removed. */
function formatFromSuffix(location: string): string | undefined {
  const queryAt = schemeOf(location) === '' ? -1 : location.indexOf('?');
  let name = (queryAt === -1 ? location : location.slice(0, queryAt)).toLowerCase();
  for (const suffix of COMPRESSION_SUFFIXES) {
    if (name.endsWith(suffix)) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  if (name.endsWith('.parquet')) return 'parquet';
  if (name.endsWith('.sql')) return 'sql';
  return undefined;
}

function checkCloudStorageUri(value: string): BadValue | undefined {
  if (value === '') return undefined; // forces local sort: allowed
  return unless(!CLOUD_SORT_SCHEMES.has(schemeOf(value)), 'badCloudStorageUri');
}

/**
 * A human size as docker/go-units RAMInBytes reads it (TiDB's ByteSize): a non-negative number,
 * an optional space, and an optional binary unit `b`, `k`/`kb`/`kib` ... `p`. Returns bytes.
 */
export function parseByteSize(text: string): number | undefined {
  let sep = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i] as string;
    if ((c >= '0' && c <= '9') || c === '.' || c === ' ') {
      sep = i;
      break;
    }
  }
  if (sep === -1) return undefined;
  const number = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  const suffix = text.slice(sep + 1).toLowerCase();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(number)) return undefined;
  const size = Number(number);
  if (!Number.isFinite(size) || size < 0) return undefined;
  if (suffix === '' || suffix === 'b') return Math.trunc(size);
  const exponent = 'kmgtp'.indexOf(suffix[0] as string) + 1;
  if (exponent === 0 || suffix.length > 3) return undefined;
  if (suffix.length === 2 && suffix[1] !== 'b') return undefined;
  if (suffix.length === 3 && suffix.slice(1) !== 'ib') return undefined;
  return Math.trunc(size * 1024 ** exponent);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
