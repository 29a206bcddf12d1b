/**
 * From the raw keys and values of PD's etcd to a snapshot (docs/posture.md;
 * docs/posture.md has every format with its sources). Pure: the reader
 * (etcd-reader.ts) hands over what it read, this decides what it means. A value that does not
 * decode throws `DecodeError` naming its key: the precheck errors on such a value too, and a
 * snapshot that silently skipped it would claim less than the cluster has.
 */
import { ProtobufError, readFields, utf8 } from './protobuf.js';
import type { PostureSnapshot, SnapshotCapture, SnapshotChangefeed, SnapshotEventFilter, SnapshotTask, TaskState } from './snapshot.js';
import { normalizeSnapshot, SNAPSHOT_KIND } from './snapshot.js';

export interface RawEntry {
  readonly key: string;
  readonly value: Uint8Array;
}

/** What the reader collected, by prefix. */
export interface EtcdView {
  /** `/tidb/br-stream/info/<task>`. */
  readonly taskInfos: readonly RawEntry[];
  /** `/tidb/br-stream/pause/<task>`. */
  readonly pauses: readonly RawEntry[];
  /** Keys under `/tidb/br-stream/last-error/` (values not needed). */
  readonly lastErrorKeys: readonly string[];
  /** Keys under `/tidb/cdc/` that `classifyCdcKey` keeps, with their values. */
  readonly cdc: readonly RawEntry[];
  /** `/topology/tidb/<addr>/info` and `/ttl`. */
  readonly topology: readonly RawEntry[];
}

export class DecodeError extends Error {
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`the value of etcd key \`${printableKey(key)}\` does not decode: ${detail}`);
  }
}

export const PREFIX = {
  taskInfo: '/tidb/br-stream/info/',
  pause: '/tidb/br-stream/pause/',
  lastError: '/tidb/br-stream/last-error/',
  cdc: '/tidb/cdc/',
  topology: '/topology/tidb/',
} as const;

/** Keys are shown in messages with control and non-ASCII bytes escaped. */
export function printableKey(key: string): string {
  return key.replace(/[^\x20-\x7e]/g, (c) => {
    const code = c.codePointAt(0) as number;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** TiCDC's cluster-id rule, which the precheck applies (pkg/util/cdcutil/cdc.go); it drops `__backup__`. */
const CDC_CLUSTER_ID = /^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$/;

export type CdcKey =
  | { readonly kind: 'changefeed'; readonly cluster?: string; readonly namespace?: string; readonly id: string }
  | { readonly kind: 'capture'; readonly cluster?: string; readonly id: string };

/**
 * Which `/tidb/cdc/` keys are changefeeds or captures, by the precheck's own reading
 * (pkg/util/cdcutil/cdc.go @ de975494): cut at the first `/changefeed/info/`; an empty left part is
 * the layout before v6.2; otherwise cluster and namespace, the cluster id passing TiCDC's rule.
 * Status keys, owners, upstreams, task positions, meta and `__backup__` copies are none.
 */
export function classifyCdcKey(key: string): CdcKey | undefined {
  if (!key.startsWith(PREFIX.cdc)) return undefined;
  const rest = key.slice(PREFIX.cdc.length - 1); // keeps the leading '/'
  const info = rest.indexOf('/changefeed/info/');
  if (info >= 0) {
    const id = rest.slice(info + '/changefeed/info/'.length);
    if (id === '') return undefined;
    const left = rest.slice(1, info);
    if (info === 0) return { kind: 'changefeed', id };
    const slash = left.indexOf('/');
    if (slash < 0) return undefined;
    const cluster = left.slice(0, slash);
    const namespace = left.slice(slash + 1);
    if (!CDC_CLUSTER_ID.test(cluster) || namespace === '') return undefined;
    return { kind: 'changefeed', cluster, namespace, id };
  }
  const legacyCapture = /^\/capture\/([^/]+)$/.exec(rest);
  if (legacyCapture) return { kind: 'capture', id: legacyCapture[1] as string };
  const capture = /^\/([^/]+)\/__cdc_meta__\/capture\/([^/]+)$/.exec(rest);
  if (capture && CDC_CLUSTER_ID.test(capture[1] as string))
    return { kind: 'capture', cluster: capture[1] as string, id: capture[2] as string };
  return undefined;
}

/** Which topology keys matter: `/topology/tidb/<addr>/info` and `/ttl`. */
export function classifyTopologyKey(key: string): { readonly addr: string; readonly kind: 'info' | 'ttl' } | undefined {
  const m = /^\/topology\/tidb\/([^/]+)\/(info|ttl)$/.exec(key);
  return m ? { addr: m[1] as string, kind: m[2] as 'info' | 'ttl' } : undefined;
}

const TEXT = new TextDecoder('utf-8', { fatal: true });

function jsonOf(entry: RawEntry): unknown {
  let text: string;
  try {
    text = TEXT.decode(entry.value);
  } catch {
    throw new DecodeError(entry.key, 'not UTF-8 text');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // JSON.parse quotes the text around the error, and a sink URI may be there: give the position only.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new DecodeError(entry.key, `not JSON${at !== undefined ? ` (at character ${at})` : ''}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, key: string, what: string): string[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new DecodeError(key, `\`${what}\` is not a list of strings`);
  return v as string[];
}

function optionalBoolean(v: unknown, key: string, what: string): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw new DecodeError(key, `\`${what}\` is not true or false`);
  return v;
}

/** `brpb.StreamBackupTaskInfo`: name (4), start_ts (2), table_filter (5); storage (1) is never read. */
export function decodeTaskInfo(entry: RawEntry): { readonly name: string; readonly startTs: string; readonly tableFilter: string[] } {
  try {
    let name: string | undefined;
    let startTs = 0n;
    const tableFilter: string[] = [];
    for (const { field, value } of readFields(entry.value)) {
      if (field === 2) {
        if (value.wire !== 0) throw new ProtobufError('start_ts is not a varint');
        startTs = value.varint;
      } else if (field === 4) {
        if (value.wire !== 2) throw new ProtobufError('name is not a string');
        name = utf8(value.bytes, 'name');
      } else if (field === 5) {
        if (value.wire !== 2) throw new ProtobufError('table_filter is not a string');
        tableFilter.push(utf8(value.bytes, 'table_filter'));
      }
    }
    if (!name) throw new ProtobufError('no task name (field 4)');
    return { name, startTs: startTs.toString(), tableFilter };
  } catch (error) {
    if (error instanceof ProtobufError) throw new DecodeError(entry.key, `not a protobuf StreamBackupTaskInfo (${error.message})`);
    throw error;
  }
}

/**
 * A pause value: empty (V1) is a plain pause; PauseV2 JSON says `severity` `ERROR` (paused by an
 * error) or `REGULAR_OPERATION` (br log pause). Anything else non-empty does not decode.
 */
export function decodePause(entry: RawEntry): { readonly asError: boolean } {
  if (entry.value.length === 0) return { asError: false };
  const json = jsonOf(entry);
  if (!isObject(json)) throw new DecodeError(entry.key, 'not a PauseV2 JSON object');
  const severity = json['severity'];
  if (severity !== undefined && typeof severity !== 'string') throw new DecodeError(entry.key, '`severity` is not a string');
  return { asError: severity === 'ERROR' };
}

/** Scheme and host[:port] of a sink URI; user info, path and query never leave this function. */
export function reduceSinkUri(uri: string, key: string): { readonly scheme: string; readonly host?: string } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(uri.trim());
  if (!m) throw new DecodeError(key, '`sink-uri` is not a URI with a scheme');
  const authority = m[2] as string;
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return { scheme: (m[1] as string).toLowerCase(), ...(host ? { host } : {}) };
}

/** A storage URI without user info and query (for messages and any future use). */
export function reduceStorageUri(uri: string): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)(?:[^/?#@]*@)?([^?#]*)/.exec(uri.trim());
  return m ? `${m[1]}${m[2]}` : uri.replace(/[?#].*$/, '');
}

/** `ChangeFeedInfo` JSON, classic or new-architecture form: only the fields that decide replication. */
export function decodeChangefeed(entry: RawEntry, where: Extract<CdcKey, { kind: 'changefeed' }>): SnapshotChangefeed {
  const json = jsonOf(entry);
  if (!isObject(json)) throw new DecodeError(entry.key, 'not a ChangeFeedInfo JSON object');
  const state = json['state'];
  if (typeof state !== 'string') throw new DecodeError(entry.key, '`state` is missing or not a string');
  const sinkUri = json['sink-uri'];
  if (typeof sinkUri !== 'string') throw new DecodeError(entry.key, '`sink-uri` is missing or not a string');
  const config = json['config'] ?? {};
  if (!isObject(config)) throw new DecodeError(entry.key, '`config` is not an object');
  const filter = config['filter'] ?? {};
  if (!isObject(filter)) throw new DecodeError(entry.key, '`config.filter` is not an object');
  const rules =
    filter['rules'] === undefined || filter['rules'] === null ? ['*.*'] : stringList(filter['rules'], entry.key, 'config.filter.rules');
  const rawFilters = filter['event-filters'] ?? [];
  if (!Array.isArray(rawFilters)) throw new DecodeError(entry.key, '`config.filter.event-filters` is not a list');
  const eventFilters: SnapshotEventFilter[] = rawFilters.map((ef, i) => {
    if (!isObject(ef)) throw new DecodeError(entry.key, `\`config.filter.event-filters[${i}]\` is not an object`);
    return {
      matcher: stringList(ef['matcher'], entry.key, `config.filter.event-filters[${i}].matcher`),
      ignore_event: stringList(ef['ignore-event'], entry.key, `config.filter.event-filters[${i}].ignore-event`),
    };
  });
  return {
    ...(where.cluster !== undefined ? { cluster_id: where.cluster, namespace: where.namespace as string } : {}),
    id: where.id,
    state,
    case_sensitive: optionalBoolean(config['case-sensitive'], entry.key, 'config.case-sensitive'),
    force_replicate: optionalBoolean(config['force-replicate'], entry.key, 'config.force-replicate'),
    rules: rules.length ? rules : ['*.*'],
    event_filters: eventFilters,
    sink: reduceSinkUri(sinkUri, entry.key),
  };
}

export function decodeCapture(entry: RawEntry, where: Extract<CdcKey, { kind: 'capture' }>): SnapshotCapture {
  const json = jsonOf(entry);
  if (!isObject(json)) throw new DecodeError(entry.key, 'not a CaptureInfo JSON object');
  const address = json['address'];
  const version = json['version'] ?? '';
  if (typeof address !== 'string') throw new DecodeError(entry.key, '`address` is missing or not a string');
  if (typeof version !== 'string') throw new DecodeError(entry.key, '`version` is not a string');
  return { ...(where.cluster !== undefined ? { cluster_id: where.cluster } : {}), address, version };
}

/** `TopologyInfo.version` is `mysql.TiDBReleaseVersion` (`v8.5.1`); written without the `v`. */
export function decodeTopologyVersion(entry: RawEntry): string {
  const json = jsonOf(entry);
  if (!isObject(json) || typeof json['version'] !== 'string' || json['version'] === '') {
    throw new DecodeError(entry.key, 'not a TiDB TopologyInfo JSON object with a `version`');
  }
  return (json['version'] as string).replace(/^v/, '');
}

export interface SnapshotMeta {
  readonly cluster: string;
  readonly takenAt: string;
  readonly pd: readonly string[];
}

/**
 * Task state as `br log status` decides it (br/pkg/stream/stream_status.go): paused when a pause
 * key exists; error when paused and a last-error key exists or PauseV2 says `ERROR`.
 */
export function buildSnapshot(view: EtcdView, meta: SnapshotMeta): PostureSnapshot {
  const paused = new Map<string, boolean>();
  for (const p of view.pauses) paused.set(p.key.slice(PREFIX.pause.length), decodePause(p).asError);
  const erroring = new Set(view.lastErrorKeys.map((k) => k.slice(PREFIX.lastError.length).split('/')[0] as string));
  const tasks: SnapshotTask[] = view.taskInfos.map((entry) => {
    const keyName = entry.key.slice(PREFIX.taskInfo.length);
    const info = decodeTaskInfo(entry);
    const pause = paused.get(keyName);
    const state: TaskState = pause === undefined ? 'running' : pause || erroring.has(keyName) ? 'error' : 'paused';
    return { name: info.name, state, start_ts: info.startTs, table_filter: info.tableFilter };
  });

  const captures: SnapshotCapture[] = [];
  const changefeeds: SnapshotChangefeed[] = [];
  for (const entry of view.cdc) {
    const where = classifyCdcKey(entry.key);
    if (where?.kind === 'changefeed') changefeeds.push(decodeChangefeed(entry, where));
    else if (where?.kind === 'capture') captures.push(decodeCapture(entry, where));
  }

  const alive = new Set<string>();
  const infos: { addr: string; entry: RawEntry }[] = [];
  for (const entry of view.topology) {
    const t = classifyTopologyKey(entry.key);
    if (t?.kind === 'ttl') alive.add(t.addr);
    else if (t?.kind === 'info') infos.push({ addr: t.addr, entry });
  }
  // Every info value must decode; only the live servers' versions count when liveness is known.
  const decoded = infos.map((i) => ({ addr: i.addr, version: decodeTopologyVersion(i.entry) }));
  const versions = (alive.size ? decoded.filter((i) => alive.has(i.addr)) : decoded).map((i) => i.version);

  return normalizeSnapshot({
    version: 1,
    kind: SNAPSHOT_KIND,
    cluster: meta.cluster,
    taken_at: meta.takenAt,
    source: { pd: meta.pd },
    tidb: { versions },
    log_backup: { tasks },
    ticdc: { captures, changefeeds },
  });
}
