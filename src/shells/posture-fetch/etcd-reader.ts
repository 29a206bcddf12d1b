/**
 * Reads the posture keys from PD's etcd over etcd v3 gRPC (the `etcd3` client on @grpc/grpc-js,
 * as TiDB's own clients use etcd's gRPC API), with mutual TLS when given a CA, a client certificate
 * and its key. Every range is read in pages of `pageSize` keys, keys only, at one pinned revision
 * (a consistent view across pages); only the keys that matter are kept and their values read one by
 * one, so a huge key space costs time, not memory. The whole read is bounded by one deadline.
 *
 * The client is loaded on first use: the action never needs it, and the CLI only for
 * `posture fetch` (the bundle keeps it in dist/etcd-client.cjs, scripts/build.mjs).
 */
import { createRequire } from 'node:module';
import type { Etcd3, IOptions } from 'etcd3';
import { classifyCdcKey, classifyTopologyKey, PREFIX, type EtcdView, type RawEntry } from '../../model/posture-live/decode.js';

declare const require: NodeJS.Require | undefined;

function loadEtcd3(): typeof import('etcd3') {
  // A literal require() lets the bundler point it at dist/etcd-client.cjs; unbundled ESM (the
  // tests) resolves it from node_modules.
  return typeof require === 'function'
    ? (require('etcd3') as typeof import('etcd3'))
    : (createRequire(import.meta.url)('etcd3') as typeof import('etcd3'));
}

export interface PdEndpoint {
  /** `http://host:port` or `https://host:port`, as the client takes it. */
  readonly url: string;
  /** `host:port`, as the snapshot's `source.pd` and every message show it. */
  readonly display: string;
  readonly tls: boolean;
}

/**
 * `--pd`: comma-separated `http://host:port` or `https://host:port` (a bare `host:port` is
 * `http://`, as PD addresses are written in TiDB's and Lightning's configs). User info, paths and
 * queries are refused without echoing them (PD's etcd has no user or password).
 */
export function parsePdEndpoints(text: string): { ok: true; endpoints: PdEndpoint[] } | { ok: false; message: string } {
  const endpoints: PdEndpoint[] = [];
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (!items.length) return { ok: false, message: '--pd needs at least one PD endpoint, such as http://pd-0.prod.internal:2379' };
  for (const [i, item] of items.entries()) {
    const m = /^(?:(https?):\/\/)?([^/?#@\s]+)\/?$/i.exec(item);
    if (!m) {
      return { ok: false, message: `--pd endpoint ${i + 1} is not http://host:port or https://host:port (no user, path or query)` };
    }
    const scheme = (m[1] ?? 'http').toLowerCase();
    const hostPort = m[2] as string;
    if (!/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/.test(hostPort)) {
      return { ok: false, message: `--pd endpoint \`${hostPort}\` needs a host and a port, such as pd-0.prod.internal:2379` };
    }
    endpoints.push({ url: `${scheme}://${hostPort}`, display: hostPort, tls: scheme === 'https' });
  }
  if (new Set(endpoints.map((e) => e.tls)).size > 1)
    return { ok: false, message: '--pd mixes http:// and https:// endpoints; PD members share one TLS setting' };
  return { ok: true, endpoints };
}

export interface ReadOptions {
  readonly endpoints: readonly PdEndpoint[];
  /** PEM contents; `ca` alone verifies the server, `cert` and `key` add the client certificate. */
  readonly tls?: { readonly ca?: Buffer; readonly cert?: Buffer; readonly key?: Buffer };
  /** Milliseconds for the whole read. */
  readonly timeoutMs: number;
  /** Keys per range page (tests make it small to prove pagination). */
  readonly pageSize?: number;
  /** Values read at once. */
  readonly concurrency?: number;
}

export class EtcdReadError extends Error {}

const DEFAULT_PAGE = 512;

function prefixEnd(prefix: Buffer): Buffer {
  const end = Buffer.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if ((end[i] as number) < 0xff) {
      end[i] = (end[i] as number) + 1;
      return end.subarray(0, i + 1);
    }
  }
  return Buffer.from([0]);
}

/** Reads every posture key; throws EtcdReadError with the endpoints named on any failure. */
export async function readEtcdView(options: ReadOptions): Promise<EtcdView> {
  const { Etcd3: Client } = loadEtcd3();
  const deadline = Date.now() + options.timeoutMs;
  const clientOptions: IOptions = {
    hosts: options.endpoints.map((e) => e.url),
    // No CA given: grpc-js verifies the server with the system's roots.
    ...(options.tls && (options.tls.ca || options.tls.cert || options.tls.key)
      ? {
          credentials: {
            rootCertificate: options.tls.ca as Buffer,
            ...(options.tls.key ? { privateKey: options.tls.key } : {}),
            ...(options.tls.cert ? { certChain: options.tls.cert } : {}),
          },
        }
      : {}),
    grpcOptions: { 'grpc.initial_reconnect_backoff_ms': 200, 'grpc.max_reconnect_backoff_ms': 1000 },
    // No circuit breakers, no backoff sleeps (the client's defaults): each call tries the PD
    // members in turn, once each, so nothing outlives the deadline or the process's exit.
    faultHandling: {
      host: () => ({ execute: (fn: (context: unknown) => unknown) => fn({ attempt: 1, signal: new AbortController().signal }) }),
      global: {
        async execute(fn: (context: unknown) => Promise<unknown>): Promise<unknown> {
          let last: unknown;
          for (let attempt = 1; attempt <= options.endpoints.length; attempt++) {
            try {
              return await fn({ attempt, signal: new AbortController().signal });
            } catch (error) {
              last = error;
              if (Date.now() >= deadline) break;
            }
          }
          throw last;
        },
      },
    } as unknown as IOptions['faultHandling'],
  };
  const client: Etcd3 = new Client(clientOptions);
  const where = options.endpoints.map((e) => e.display).join(', ');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EtcdReadError(`cannot read PD at ${where}: no answer within ${options.timeoutMs / 1000} s (--timeout)`)),
      options.timeoutMs,
    );
  });
  try {
    return await Promise.race([readAll(client, deadline, options), timeout]);
  } catch (error) {
    if (error instanceof EtcdReadError) throw error;
    throw new EtcdReadError(`cannot read PD at ${where}: ${describe(error)}`);
  } finally {
    clearTimeout(timer);
    client.close();
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // gRPC's own words, on one line; they name no credential (PD's etcd has none).
  return message
    .replace(/\s+/g, ' ')
    .replace(/\s*Resolution note:\s*$/, '')
    .trim()
    .slice(0, 400);
}

async function readAll(client: Etcd3, deadline: number, options: ReadOptions): Promise<EtcdView> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE;
  const call = (): { deadline: Date } => ({ deadline: new Date(deadline) });
  let revision: string | undefined;

  /** Keys under `prefix`, page by page, all at the revision of the first page. */
  async function keysUnder(prefix: string, keep: (key: string) => boolean): Promise<string[]> {
    const end = prefixEnd(Buffer.from(prefix));
    let start = Buffer.from(prefix);
    const kept: string[] = [];
    for (;;) {
      const response = await client.kv.range(
        { key: start, range_end: end, limit: pageSize, keys_only: true, ...(revision !== undefined ? { revision } : {}) },
        call(),
      );
      revision ??= String(response.header.revision);
      for (const kv of response.kvs) {
        const key = kv.key.toString('utf8');
        if (keep(key)) kept.push(key);
      }
      const last = response.kvs[response.kvs.length - 1];
      if (!response.more || !last) return kept;
      start = Buffer.concat([last.key, Buffer.from([0])]);
    }
  }

  /** Values of `keys` at the pinned revision; a key deleted since is dropped. */
  async function valuesOf(keys: readonly string[]): Promise<RawEntry[]> {
    const out: (RawEntry | undefined)[] = new Array(keys.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < keys.length) {
        const i = next++;
        const key = keys[i] as string;
        const response = await client.kv.range({ key: Buffer.from(key), ...(revision !== undefined ? { revision } : {}) }, call());
        const kv = response.kvs[0];
        if (kv) out[i] = { key, value: new Uint8Array(kv.value) };
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, Math.max(keys.length, 1)) }, worker));
    return out.filter((e): e is RawEntry => e !== undefined);
  }

  const taskKeys = await keysUnder(PREFIX.taskInfo, (k) => k.length > PREFIX.taskInfo.length);
  const pauseKeys = await keysUnder(PREFIX.pause, (k) => k.length > PREFIX.pause.length);
  const lastErrorKeys = await keysUnder(PREFIX.lastError, () => true);
  const cdcKeys = await keysUnder(PREFIX.cdc, (k) => classifyCdcKey(k) !== undefined);
  const topologyKeys = await keysUnder(PREFIX.topology, (k) => classifyTopologyKey(k) !== undefined);
  return {
    taskInfos: await valuesOf(taskKeys),
    pauses: await valuesOf(pauseKeys),
    lastErrorKeys,
    cdc: await valuesOf(cdcKeys),
    topology: await valuesOf(topologyKeys),
  };
}
