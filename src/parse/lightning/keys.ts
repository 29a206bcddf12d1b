/**
 * Every key a TiDB Lightning config file may hold, with the TOML value kind Lightning decodes it as.
 *
 * Sources (read with the search tool; no code copied):
 * - pingcap/tidb pkg/lightning/config/config.go @0534137 (TOML tags of Config: Lightning, DBStore
 *   (+ security, session-vars), Checkpoint, MydumperRuntime (+ csv, files, ignore-data-columns),
 *   TikvImporter, PostRestore, Cron, Routes, Security, Conflict; MaxError, PostOpLevel,
 *   CheckpointKeepStrategy, DuplicateResolutionAlgorithm, CompressionType, StringOrStringSlice).
 * - pingcap/tidb pkg/lightning/config/global.go @0c15a65 (GlobalConfig: lightning.status-addr,
 *   server-mode, pprof-port, tidb.log-level, mydumper.ignore-columns, tikv-importer.remote-addr) and
 *   pkg/lightning/log/log.go @00a6065 (level, file, max-size, max-days, max-backups,
 *   enable-diagnose-logs). Lightning rejects a key only when neither Config nor GlobalConfig knows
 *   it ("config file contained unknown configuration options"), so this table is their union.
 * - pingcap/tidb lightning/tidb-lightning.toml @040950e (the full sample config the docs page points
 *   to) and pingcap/docs tidb-lightning/tidb-lightning-configuration.md @00536ed (per-key reference).
 * - [[routes]] keys: the regexpr-router TableRule (schema-pattern, table-pattern, target-schema,
 *   target-table, extract-table/-schema/-source), as used by pkg/lightning/mydump/loader.go.
 *
 * Legacy spellings that current Lightning no longer accepts (`[black-white-list]`,
 * `[[route-rules]]`) are deliberately absent, with a hint in LEGACY_HINTS.
 */

/** How Lightning decodes a value (BurntSushi/toml into Go types, plus Lightning's custom unmarshalers). */
export type LightningValueKind =
  | 'string'
  | 'integer'
  /** Go float64: BurntSushi also accepts a TOML integer. */
  | 'float'
  | 'boolean'
  | 'string-array'
  /** ByteSize: an integer (bytes) or a size string such as "128MiB". */
  | 'size'
  /** Go time.Duration from a string such as "5m" or "1h30m". */
  | 'duration'
  /** PostOpLevel and CheckpointKeepStrategy: a string, or a boolean kept for compatibility. */
  | 'string-or-boolean'
  /** StringOrStringSlice (csv.null): one string or an array of strings. */
  | 'string-or-string-array'
  /** MaxError: an integer, or a table of integers (syntax, charset, type, conflict). */
  | 'max-error';

export interface LightningKeySpec {
  readonly kind: LightningValueKind;
  /** Allowed values, compared case-insensitively, for enum-like strings Lightning validates. */
  readonly values?: readonly string[];
}

/** A section (TOML table) and what it may contain. */
export interface LightningSectionSpec {
  readonly keys: Readonly<Record<string, LightningKeySpec>>;
  /** Sub-tables, e.g. `[mydumper.csv]`. */
  readonly tables?: Readonly<Record<string, LightningSectionSpec>>;
  /** Arrays of tables, e.g. `[[mydumper.files]]`. */
  readonly arrays?: Readonly<Record<string, LightningSectionSpec>>;
  /** Tables with free-form keys, all of one kind, e.g. `[tidb.session-vars]`. */
  readonly maps?: Readonly<Record<string, LightningValueKind>>;
}

const s = (kind: LightningValueKind, values?: readonly string[]): LightningKeySpec => (values ? { kind, values } : { kind });

const SECURITY: LightningSectionSpec = {
  keys: { 'ca-path': s('string'), 'cert-path': s('string'), 'key-path': s('string'), 'redact-info-log': s('boolean') },
};

const IGNORE_COLUMNS: LightningSectionSpec = {
  keys: { db: s('string'), table: s('string'), 'table-filter': s('string-array'), columns: s('string-array') },
};

const ROUTE_EXTRACTOR = (regexpKey: string): LightningSectionSpec => ({
  keys: { [regexpKey]: s('string'), 'target-column': s('string') },
});

export const CONFLICT_STRATEGIES = ['', 'none', 'replace', 'ignore', 'error', 'remove', 'record'] as const;

export const LIGHTNING_CONFIG_SPEC: LightningSectionSpec = {
  keys: {},
  tables: {
    lightning: {
      keys: {
        // Config.App (task)
        'table-concurrency': s('integer'),
        'index-concurrency': s('integer'),
        'region-concurrency': s('integer'),
        'io-concurrency': s('integer'),
        'check-requirements': s('boolean'),
        'meta-schema-name': s('string'),
        'max-error': s('max-error'),
        'max-error-records': s('integer'),
        'task-info-schema-name': s('string'),
        // GlobalLightning and its embedded log.Config
        'status-addr': s('string'),
        'server-mode': s('boolean'),
        'pprof-port': s('integer'),
        level: s('string'),
        file: s('string'),
        'max-size': s('integer'),
        'max-days': s('integer'),
        'max-backups': s('integer'),
        'enable-diagnose-logs': s('boolean'),
      },
    },
    tidb: {
      keys: {
        host: s('string'),
        port: s('integer'),
        user: s('string'),
        password: s('string'),
        'status-port': s('integer'),
        'pd-addr': s('string'),
        'sql-mode': s('string'),
        tls: s('string'),
        'max-allowed-packet': s('integer'),
        'distsql-scan-concurrency': s('integer'),
        'build-stats-concurrency': s('integer'),
        'index-serial-scan-concurrency': s('integer'),
        'checksum-table-concurrency': s('integer'),
        'log-level': s('string'),
      },
      tables: { security: SECURITY },
      maps: { 'session-vars': 'string' },
    },
    checkpoint: {
      keys: {
        schema: s('string'),
        dsn: s('string'),
        driver: s('string', ['file', 'mysql']),
        enable: s('boolean'),
        'keep-after-success': s('string-or-boolean'),
      },
    },
    mydumper: {
      keys: {
        'read-block-size': s('size'),
        'batch-size': s('size'),
        'batch-import-ratio': s('float'),
        'source-id': s('string'),
        'data-source-dir': s('string'),
        'character-set': s('string'),
        'max-region-size': s('size'),
        filter: s('string-array'),
        'no-schema': s('boolean'),
        'case-sensitive': s('boolean'),
        'strict-format': s('boolean'),
        'default-file-rules': s('boolean'),
        'data-character-set': s('string'),
        'data-invalid-char-replace': s('string'),
      },
      tables: {
        csv: {
          keys: {
            separator: s('string'),
            delimiter: s('string'),
            terminator: s('string'),
            null: s('string-or-string-array'),
            header: s('boolean'),
            'header-schema-match': s('boolean'),
            'trim-last-separator': s('boolean'),
            'not-null': s('boolean'),
            'backslash-escape': s('boolean'),
            'escaped-by': s('string'),
          },
        },
      },
      arrays: {
        files: {
          keys: {
            pattern: s('string'),
            path: s('string'),
            schema: s('string'),
            table: s('string'),
            type: s('string'),
            key: s('string'),
            compression: s('string'),
          },
        },
        'ignore-data-columns': IGNORE_COLUMNS,
        'ignore-columns': IGNORE_COLUMNS,
      },
    },
    'tikv-importer': {
      keys: {
        addr: s('string'),
        'remote-worker-addr': s('string'),
        'remote-addr': s('string'),
        backend: s('string'),
        'on-duplicate': s('string', CONFLICT_STRATEGIES),
        'max-kv-pairs': s('integer'),
        'send-kv-pairs': s('integer'),
        'send-kv-size': s('size'),
        'compress-kv-pairs': s('string', ['', 'gz', 'gzip']),
        'region-split-size': s('size'),
        'region-split-keys': s('integer'),
        'region-split-batch-size': s('integer'),
        'region-split-concurrency': s('integer'),
        'region-check-backoff-limit': s('integer'),
        'sorted-kv-dir': s('string'),
        'disk-quota': s('size'),
        'range-concurrency': s('integer'),
        'duplicate-resolution': s('string', CONFLICT_STRATEGIES),
        'incremental-import': s('boolean'),
        'parallel-import': s('boolean'),
        'keyspace-name': s('string'),
        'add-index-by-sql': s('boolean'),
        'engine-mem-cache-size': s('size'),
        'local-writer-mem-cache-size': s('size'),
        'store-write-bwlimit': s('size'),
        'logical-import-batch-size': s('size'),
        'logical-import-batch-rows': s('integer'),
        'logical-import-prep-stmt': s('boolean'),
        'pause-pd-scheduler-scope': s('string', ['table', 'global']),
        'block-size': s('size'),
        'chunk-size': s('integer'),
        'chunk-cache-dir': s('string'),
      },
    },
    'post-restore': {
      keys: {
        checksum: s('string-or-boolean', ['off', 'optional', 'required', 'true', 'false']),
        analyze: s('string-or-boolean', ['off', 'optional', 'required', 'true', 'false']),
        'level-1-compact': s('boolean'),
        'post-process-at-last': s('boolean'),
        compact: s('boolean'),
        'checksum-via-sql': s('boolean'),
      },
    },
    cron: {
      keys: { 'switch-mode': s('duration'), 'log-progress': s('duration'), 'check-disk-quota': s('duration') },
    },
    security: SECURITY,
    conflict: {
      keys: {
        strategy: s('string', CONFLICT_STRATEGIES),
        'precheck-conflict-before-import': s('boolean'),
        threshold: s('integer'),
        'max-record-rows': s('integer'),
      },
    },
  },
  arrays: {
    routes: {
      keys: {
        'schema-pattern': s('string'),
        'table-pattern': s('string'),
        'target-schema': s('string'),
        'target-table': s('string'),
      },
      tables: {
        'extract-table': ROUTE_EXTRACTOR('table-regexp'),
        'extract-schema': ROUTE_EXTRACTOR('schema-regexp'),
        'extract-source': ROUTE_EXTRACTOR('source-regexp'),
      },
    },
  },
};

/**
 * Keys whose acceptance depends on the Lightning version (docs/rules/deprecated-lightning-key.md). The document check
 * does not report them; the job check does, against the cluster's `lightning_version`
 * (`lightningVersionedFeatures` in validate.ts): removed keys are `invalid-lightning-config` from
 * the release that removed them, master-only keys `unsupported-on-version` everywhere.
 * Paths are dotted; `[]` marks an array of tables.
 */
export interface VersionedKey {
  readonly path: readonly string[];
  readonly what: string;
  readonly removedIn?: string;
  readonly unreleased?: boolean;
  readonly instead?: string;
  readonly source: string;
}

export const VERSIONED_KEYS: readonly VersionedKey[] = [
  {
    path: ['tikv-importer', 'duplicate-detection'],
    what: '`tikv-importer.duplicate-detection`',
    removedIn: '5.3.0',
    instead: 'use `duplicate-resolution` (or, from v7.3.0, `[conflict] strategy`)',
    source: 'pingcap/tidb PR #29249 (release-5.3 #29425), br/pkg/lightning/config/config.go',
  },
  {
    path: ['black-white-list'],
    what: 'The `[black-white-list]` section',
    removedIn: '7.3.0',
    instead: 'use `[mydumper] filter` (table-filter rules)',
    source:
      'pingcap/tidb PR #45197 (commit 108cb92870, master 2023-07-11) removed `BWList` (toml "black-white-list") from br/pkg/lightning/config/config.go in the change that added `[conflict]`: after the release-7.2 branch (v7.2.0, 2023-06-29, still has it), first released in v7.3.0 (whose `conflict.strategy` came with the same commit)',
  },
  {
    path: ['mydumper', 'column-constants'],
    what: '`[[mydumper.column-constants]]`',
    unreleased: true,
    source: 'pingcap/tidb master pkg/lightning/config/config.go (no release has it)',
  },
  {
    path: ['mydumper', 'target-partition'],
    what: '`mydumper.target-partition`',
    unreleased: true,
    source: 'pingcap/tidb master pkg/lightning/config/config.go (no release has it)',
  },
];

/** Backends by version: `importer` refused from v6.1.0 (pingcap/tidb PR #34313, merged 2022-04-29, after v6.0.0 branched). */
export const IMPORTER_BACKEND_REMOVED_IN = '6.1.0';
/** Backends only development builds accept (`import-into`: pingcap/tidb PR #65321, master, 2026). */
export const UNRELEASED_BACKENDS: readonly string[] = ['import-into', 'remote'];

/** Keys of `lightning.max-error = { ... }`. */
export const MAX_ERROR_KEYS = ['syntax', 'charset', 'type', 'conflict'] as const;

/** Spellings from older tools or Lightning versions that current Lightning rejects, with what to write instead. */
export const LEGACY_HINTS: Readonly<Record<string, string>> = {
  'route-rules': 'the Loader/old-Lightning `[[route-rules]]` is now `[[routes]]`',
  'black-white-list': 'the legacy `[black-white-list]` section is replaced by `[mydumper] filter` (table-filter rules)',
  'pattern-schema': 'old Loader routes used `pattern-schema`; Lightning uses `schema-pattern`',
  'pattern-table': 'old Loader routes used `pattern-table`; Lightning uses `table-pattern`',
};

/** Every known key as a dotted path (`[]` marks an element of an array of tables), e.g. `mydumper.files[].pattern`. */
export function knownKeyPaths(spec: LightningSectionSpec = LIGHTNING_CONFIG_SPEC, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of Object.keys(spec.keys)) out.push(prefix + key);
  for (const [name, sub] of Object.entries(spec.tables ?? {})) {
    out.push(prefix + name);
    out.push(...knownKeyPaths(sub, `${prefix}${name}.`));
  }
  for (const [name, sub] of Object.entries(spec.arrays ?? {})) {
    out.push(prefix + name);
    out.push(...knownKeyPaths(sub, `${prefix}${name}[].`));
  }
  for (const name of Object.keys(spec.maps ?? {})) out.push(prefix + name);
  return out;
}
