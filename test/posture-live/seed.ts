/**
 * Keys and values in exactly the formats TiDB, BR and TiCDC write to PD's etcd, composed after
 * shared/tidb/pd-etcd-posture.md (sources named there: pingcap/tidb br/pkg/streamhelper/models.go
 * and client.go, br/pkg/stream/stream_status.go; pingcap/kvproto proto/brpb.proto; pingcap/tiflow
 * cdc/model/changefeed.go, pkg/etcd/etcdkey.go @ v8.5.0 and v6.1.0; pingcap/ticdc
 * pkg/config/changefeed.go @ v8.5.4; pingcap/tidb pkg/domain/infosync/info.go; tikv/pd
 * pkg/storage/endpoint/cluster_id.go). Sink URIs and storage carry credentials on purpose: none
 * may reach the snapshot.
 */

/** The 87-byte `StreamBackupTaskInfo` of pd-etcd-posture.md section 1.1 (task pitr_prod, S3, ZSTD). */
export const PITR_PROD_INFO = Buffer.from(
  '0a2d1a2b120975732d776573742d321a0b706974722d6275636b6574220f6c6f672d6261636b75702f70726f6450011087' +
    '8080e0bc9e93ab0618ffff8fbbbad6adf00d2209706974725f70726f642a032a2e2a30033a00',
  'hex',
);

function varint(n: bigint): number[] {
  const out: number[] = [];
  do {
    let byte = Number(n & 0x7fn);
    n >>= 7n;
    if (n > 0n) byte |= 0x80;
    out.push(byte);
  } while (n > 0n);
  return out;
}

function field(number: number, payload: Uint8Array): number[] {
  return [...varint(BigInt((number << 3) | 2)), ...varint(BigInt(payload.length)), ...payload];
}

/**
 * A `StreamBackupTaskInfo` as BR's `RunStreamStart` builds it, fields in ascending order (gogo
 * proto): storage (an S3 backend with an access key and secret, which must never surface),
 * start_ts, end_ts, name, table_filter, compression ZSTD, an empty security config.
 */
export function taskInfo(name: string, startTs: bigint, filter: readonly string[] = ['*.*']): Buffer {
  const s3 = [
    ...field(2, Buffer.from('us-west-2')),
    ...field(3, Buffer.from('pitr-bucket')),
    ...field(4, Buffer.from(`log-backup/${name}`)),
    ...field(8, Buffer.from('AKIAEXAMPLESECRETKEY')),
    ...field(9, Buffer.from('wJalrXUtnFEMI-SECRET-ACCESS-KEY')),
  ];
  const storage = field(3, Uint8Array.from(s3));
  return Buffer.from([
    ...field(1, Uint8Array.from(storage)),
    ...varint(2n << 3n),
    ...varint(startTs),
    ...varint(3n << 3n),
    ...varint(999999999999999999n),
    ...field(4, Buffer.from(name)),
    ...filter.flatMap((f) => field(5, Buffer.from(f))),
    ...varint(6n << 3n),
    3,
    ...field(7, new Uint8Array()),
  ]);
}

/** `StreamBackupError` of pd-etcd-posture.md section 1.3 (happen_at, KV:LogBackup:IO, store 4). */
export const STREAM_BACKUP_ERROR = Buffer.from(
  Buffer.from('CJCr9JrZMhIPS1Y6TG9nQmFja3VwOklPGi9bc3RvcmUgPSA0XSBmYWlsZWQgdG8gd3JpdGUgZmlsZTogQWNjZXNzIERlbmllZCAE', 'base64'),
);

const PAUSE_MANUAL = JSON.stringify({
  severity: 'REGULAR_OPERATION',
  operation_hostname: 'ops-bastion-01',
  operation_pid: 48213,
  operation_time: '2025-03-14T14:30:02+08:00',
  payload_type: 'text/plain;charset=UTF-8',
  payload: 'c2NoZWR1bGVkIG1haW50ZW5hbmNlLCBzZWUgdGlja2V0IE9QUy0xMjM0',
});

const PAUSE_ERROR = JSON.stringify({
  operation_pid: 2871,
  severity: 'ERROR',
  operation_hostname: 'tikv-3',
  operation_time: '2025-03-14T14:35:06.412+08:00',
  payload_type: 'application/x-protobuf;messageType=brpb.StreamBackupError',
  payload: STREAM_BACKUP_ERROR.toString('base64'),
});

interface FeedOptions {
  readonly namespace?: string;
  readonly id?: string;
  readonly state: string;
  readonly sink: string;
  readonly rules?: readonly string[] | null;
  readonly caseSensitive?: boolean;
  readonly forceReplicate?: boolean;
  readonly eventFilters?: readonly object[] | null;
  readonly newArch?: boolean;
  readonly legacy?: boolean;
}

/** A `ChangeFeedInfo` JSON as TiCDC v8.5 writes it (classic, or the new architecture's `id` object, or v6.1's). */
export function changefeedInfo(o: FeedOptions): string {
  const filter = {
    rules: o.rules === undefined ? ['*.*'] : o.rules,
    'ignore-txn-start-ts': null,
    ...(o.legacy ? {} : { 'event-filters': o.eventFilters === undefined ? null : o.eventFilters }),
  };
  const config = {
    'memory-quota': 1073741824,
    'case-sensitive': o.caseSensitive ?? false,
    'force-replicate': o.forceReplicate ?? false,
    'check-gc-safe-point': true,
    'enable-sync-point': false,
    'sync-point-interval': 600000000000,
    filter,
    mounter: { 'worker-num': 16 },
    sink: { 'encoder-concurrency': 32, terminator: '\r\n', 'date-separator': 'day' },
    consistent: { level: 'none', 'max-log-size': 64, 'flush-interval': 2000, storage: '' },
    scheduler: { 'enable-table-across-nodes': false, 'region-threshold': 100000 },
    'changefeed-error-stuck-duration': 1800000000000,
    'sql-mode': '',
  };
  const error =
    o.state === 'failed' || o.state === 'error'
      ? {
          time: '2025-03-12T03:04:05.678901234+08:00',
          addr: '10.0.1.31:8300',
          code: 'CDC:ErrSnapshotLostByGC',
          message:
            'fail to create or maintain changefeed because start-ts 456542886297600003 is earlier than or equal to GC safepoint at 456600000000000000',
        }
      : null;
  const id = o.newArch
    ? {
        id: { id: { low: 12345678901234, high: 987654321 }, display: { name: o.id, keyspace: o.namespace ?? 'default' } },
        'keyspace-id': 0,
        'upstream-info': null,
      }
    : o.legacy
      ? {}
      : { namespace: o.namespace ?? 'default', 'changefeed-id': o.id };
  // Written as text so the uint64s stay exact, as Go writes them.
  const head = `{"upstream-id":7341301701220769399,`;
  const body = JSON.stringify({
    ...id,
    'sink-uri': o.sink,
    'create-time': '2025-03-10T10:15:00.123456789+08:00',
    'start-ts': 456542886297600000,
    'target-ts': 0,
    'admin-job-type': o.state === 'stopped' ? 1 : o.state === 'finished' ? 4 : 0,
    'sort-engine': 'unified',
    'sort-dir': '',
    config,
    state: o.state,
    error,
    ...(o.legacy
      ? { 'sync-point-enabled': false, 'sync-point-interval': 600000000000 }
      : { warning: o.state === 'warning' ? error : null }),
    'creator-version': o.legacy ? 'v6.1.0' : 'v8.5.1',
    ...(o.legacy ? {} : { epoch: 456542886560000000 }),
  });
  return head + body.slice(1);
}

function capture(address: string, version: string): string {
  return JSON.stringify({
    id: '3f6c2a9e-1b7d-4c55-9a0e-2d8f61c4b7a1',
    address,
    version,
    'git-hash': '4a1c9e2f7b3d5e6a8c0b1d2e3f405162738495a6',
    'deploy-path': '/tidb-deploy/cdc-8300/bin',
    'start-timestamp': 1741932000,
  });
}

function topology(ip: string, version: string): string {
  return JSON.stringify({
    version,
    git_hash: 'fbfe7a9e2a47c1c8ec5de6a3fcbf3e5d6b0b2a61',
    ip,
    status_port: 10080,
    deploy_path: '/tidb-deploy/tidb-4000/bin',
    start_timestamp: 1741932000,
    labels: { zone: 'us-west-2a' },
  });
}

const be64 = (n: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
};

/** The production cluster: every case of posture.md "How it is tested". */
export function prodCluster(): [string, string | Uint8Array][] {
  const cdc = '/tidb/cdc/default/default';
  return [
    ['/pd/cluster_id', be64(7341301701220769399n)],
    // Log backup: running, paused (V1 empty value), paused by an operator (PauseV2), paused by an
    // error (PauseV2 ERROR), paused with a last-error key (error); plus keys the precheck ignores.
    ['/tidb/br-stream/info/pitr_prod', PITR_PROD_INFO],
    ['/tidb/br-stream/ranges/pitr_prod/m', 'n'],
    ['/tidb/br-stream/ranges/pitr_prod/t', 'u'],
    ['/tidb/br-stream/checkpoint/pitr_prod/store/4', Buffer.from('06564d735c400000', 'hex')],
    ['/tidb/br-stream/checkpoint/pitr_prod/central_global', Buffer.from('06564d730e200000', 'hex')],
    ['/tidb/br-stream/storage-checkpoint/pitr_prod/4', Buffer.from('06564d735c400000', 'hex')],
    ['/tidb/br-stream/owner/694d8b5b1c2e7f01', '6f1b0c7e-5d2a-4c8e-9b1f-0a3e7d2c4b59'],
    ['/tidb/br-stream/info/pitr_paused', taskInfo('pitr_paused', 456637022208000100n)],
    ['/tidb/br-stream/pause/pitr_paused', ''],
    ['/tidb/br-stream/info/pitr_manual', taskInfo('pitr_manual', 456637022208000200n, ['app.*', '!app.tmp_*'])],
    ['/tidb/br-stream/pause/pitr_manual', PAUSE_MANUAL],
    ['/tidb/br-stream/info/pitr_broken', taskInfo('pitr_broken', 456637022208000300n)],
    ['/tidb/br-stream/pause/pitr_broken', PAUSE_ERROR],
    ['/tidb/br-stream/info/pitr_lasterr', taskInfo('pitr_lasterr', 456637022208000400n)],
    ['/tidb/br-stream/pause/pitr_lasterr', ''],
    ['/tidb/br-stream/last-error/pitr_lasterr/4', STREAM_BACKUP_ERROR],
    // TiCDC, layout v6.2+, cluster id `default`: every state.
    [
      `${cdc}/changefeed/info/orders-to-dr`,
      changefeedInfo({
        id: 'orders-to-dr',
        state: 'normal',
        sink: 'mysql://cdc_writer:changeme@10.0.2.21:4000/?worker-count=16',
        rules: ['app.*', '!app.tmp_*'],
        eventFilters: [
          {
            matcher: ['app.audit_log'],
            'ignore-event': ['delete', 'truncate table'],
            'ignore-sql': ['^DROP'],
            'ignore-insert-value-expr': '',
            'ignore-delete-value-expr': "level = 'debug'",
          },
        ],
      }),
    ],
    [
      `${cdc}/changefeed/status/orders-to-dr`,
      '{"checkpoint-ts":456637572186112003,"min-table-barrier-ts":456637572186112003,"admin-job-type":0}',
    ],
    [
      `${cdc}/changefeed/info/b-stopped`,
      changefeedInfo({
        id: 'b-stopped',
        state: 'stopped',
        sink: 'kafka://user:secret@kafka-1.internal:9092/orders?protocol=canal-json&sasl-password=hunter2',
        rules: ['billing.*'],
        forceReplicate: true,
      }),
    ],
    [
      `${cdc}/changefeed/info/c-failed`,
      changefeedInfo({ id: 'c-failed', state: 'failed', sink: 'mysql://root@10.0.2.22:4000/', rules: ['Sales.*'], caseSensitive: true }),
    ],
    [
      `${cdc}/changefeed/info/d-warning`,
      changefeedInfo({
        id: 'd-warning',
        state: 'warning',
        sink: 'blackhole://',
        eventFilters: [{ matcher: ['app.events'], 'ignore-event': ['insert'] }],
      }),
    ],
    [
      `${cdc}/changefeed/info/e-pending`,
      changefeedInfo({
        id: 'e-pending',
        state: 'pending',
        sink: 's3://cdc-bucket/prefix?access-key=AKIA&secret-access-key=SECRET',
        rules: null,
      }),
    ],
    [`${cdc}/changefeed/info/f-finished`, changefeedInfo({ id: 'f-finished', state: 'finished', sink: 'mysql://10.0.2.23:4000/' })],
    [
      `${cdc}/changefeed/status/f-finished`,
      '{"checkpoint-ts":456637572186112003,"min-table-barrier-ts":456637572186112003,"admin-job-type":4}',
    ],
    [
      `${cdc}/upstream/7341301701220769399`,
      '{"id":7341301701220769399,"pd-endpoints":"http://10.0.1.11:2379","key-path":"","cert-path":"","ca-path":"","cert-allowed-cn":null}',
    ],
    [
      `${cdc}/task/position/3f6c2a9e-1b7d-4c55-9a0e-2d8f61c4b7a1/orders-to-dr`,
      '{"checkpoint-ts":0,"resolved-ts":0,"count":0,"error":null,"warning":null}',
    ],
    ['/tidb/cdc/default/__cdc_meta__/capture/3f6c2a9e-1b7d-4c55-9a0e-2d8f61c4b7a1', capture('10.0.1.31:8300', 'v8.5.1')],
    ['/tidb/cdc/default/__cdc_meta__/owner/22318cfa1e5e5f07', '3f6c2a9e-1b7d-4c55-9a0e-2d8f61c4b7a1'],
    ['/tidb/cdc/default/__cdc_meta__/meta/meta-version', '1'],
    // Another TiCDC cluster id, new architecture's JSON (`id` object), another namespace.
    [
      '/tidb/cdc/cdc-east-1/default/changefeed/info/east-analytics',
      changefeedInfo({
        id: 'east-analytics',
        newArch: true,
        state: 'normal',
        sink: 'pulsar+ssl://token:abc@pulsar.internal:6651/persistent://public/default/t',
        rules: ['analytics.*'],
      }),
    ],
    [
      '/tidb/cdc/cdc-east-1/ops/changefeed/info/east-ops',
      changefeedInfo({ id: 'east-ops', namespace: 'ops', state: 'stopped', sink: 'mysql://u:p@10.9.9.9:4000/', rules: ['ops.*'] }),
    ],
    ['/tidb/cdc/cdc-east-1/__cdc_meta__/capture/9a1e2d3c-0000-4c55-9a0e-2d8f61c4b7a1', capture('10.0.4.7:8300', 'v8.5.4')],
    ['/tidb/cdc_new/cdc-east-1/__cdc_meta__/log_coordinator', '{"id":"x"}'],
    // Layout before v6.2: changefeed, job status, capture.
    [
      '/tidb/cdc/changefeed/info/old-feed',
      changefeedInfo({ state: 'stopped', legacy: true, sink: 'mysql://root:oldpass@10.0.2.30:3306/', rules: ['legacy.*'] }),
    ],
    ['/tidb/cdc/job/old-feed', '{"resolved-ts":456542886297600003,"checkpoint-ts":456542886297600003,"admin-job-type":1}'],
    ['/tidb/cdc/capture/5b9e2d3c-1111-4c55-9a0e-2d8f61c4b7a1', capture('10.0.1.40:8300', 'v6.1.0')],
    // Keys the precheck ignores: `__backup__` copies and a numeric-only single segment.
    ['/tidb/cdc/__backup__/0/tidb/cdc/changefeed/info/x', changefeedInfo({ state: 'normal', legacy: true, sink: 'mysql://a:b@h:1/' })],
    ['/tidb/cdc/5402613591834624000/changefeed/info/y', changefeedInfo({ state: 'normal', legacy: true, sink: 'mysql://a:b@h:1/' })],
    // TiDB: one live server (ttl key), one stopped server's leftover info (no ttl), ServerInfo.
    ['/topology/tidb/10.0.1.21:4000/info', topology('10.0.1.21', 'v8.5.1')],
    ['/topology/tidb/10.0.1.21:4000/ttl', '1741934106123456789'],
    ['/topology/tidb/10.0.1.22:4000/info', topology('10.0.1.22', 'v8.5.0')],
    [
      '/tidb/server/info/6f1b0c7e-5d2a-4c8e-9b1f-0a3e7d2c4b59',
      '{"version":"8.0.11-TiDB-v8.5.1","ddl_id":"6f1b0c7e-5d2a-4c8e-9b1f-0a3e7d2c4b59","ip":"10.0.1.21","listening_port":4000}',
    ],
  ];
}

/** A second cluster (served over mutual TLS): one running task, one changefeed. */
export function drCluster(): [string, string | Uint8Array][] {
  return [
    ['/tidb/br-stream/info/pitr_dr', taskInfo('pitr_dr', 456637022208009999n)],
    [
      '/tidb/cdc/default/default/changefeed/info/dr-to-kafka',
      changefeedInfo({ id: 'dr-to-kafka', state: 'normal', sink: 'kafka://kafka.dr.internal:9092/t', rules: ['app.*'] }),
    ],
    ['/topology/tidb/10.1.0.5:4000/info', topology('10.1.0.5', 'v7.5.2')],
  ];
}

/** Secrets that appear in the seeded values and must appear in no output. */
export const SECRETS = ['changeme', 'secret', 'hunter2', 'AKIA', 'SECRET', 'oldpass', 'token:abc', 'cdc_writer', 'wJalrXUtnFEMI'];
