/**
 * `posture fetch` against a real etcd server seeded with TiDB's, BR's and TiCDC's own formats
 * (seed.ts), over plain gRPC and mutual TLS, and the faults: PD unreachable, a wrong client
 * certificate, a silent server (the deadline holds), values that do not decode.
 */
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/model/posture-live/load.js';
import { freePort, startEtcd, type EtcdServer } from './etcd-server.js';
import { runCli } from './helpers.js';
import { drCluster, prodCluster, SECRETS } from './seed.js';

const GOLDEN = new URL('../fixtures/posture/prod.json', import.meta.url);

let prod: EtcdServer;
let dr: EtcdServer;

beforeAll(async () => {
  [prod, dr] = await Promise.all([startEtcd(), startEtcd({ tls: true })]);
  await prod.putMany(prodCluster());
  await dr.putMany(drCluster());
}, 120_000);

afterAll(async () => {
  await Promise.all([prod?.stop(), dr?.stop()]);
});

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('posture fetch over etcd v3 gRPC', () => {
  it('writes the snapshot of posture.md, byte for byte', async () => {
    const run = await runCli(['posture', 'fetch', '--pd', prod.url, '--cluster', 'prod']);
    expect(run.stderr).toContain(`read from ${prod.hostPort}`);
    expect(run.code).toBe(0);
    const golden = readFileSync(GOLDEN, 'utf8').replaceAll('127.0.0.1:PORT', prod.hostPort);
    expect(run.stdout).toBe(golden);
    expectNoSecret(run.stdout + run.stderr);
    const parsed = parseSnapshot(run.stdout);
    expect(parsed.ok).toBe(true);
  });

  it('reads every task state as br log status decides it, with exact TSOs', async () => {
    const run = await runCli(['posture', 'fetch', '--pd', prod.url]);
    const snapshot = JSON.parse(run.stdout) as {
      cluster: string;
      log_backup: { tasks: { name: string; state: string; start_ts: string; table_filter: string[] }[] };
    };
    expect(snapshot.cluster).toBe('default');
    expect(snapshot.log_backup.tasks.map((t) => [t.name, t.state])).toEqual([
      ['pitr_broken', 'error'],
      ['pitr_lasterr', 'error'],
      ['pitr_manual', 'paused'],
      ['pitr_paused', 'paused'],
      ['pitr_prod', 'running'],
    ]);
    expect(snapshot.log_backup.tasks.find((t) => t.name === 'pitr_prod')?.start_ts).toBe('456637022208000007');
    expect(snapshot.log_backup.tasks.find((t) => t.name === 'pitr_manual')?.table_filter).toEqual(['app.*', '!app.tmp_*']);
  });

  it('gives the same bytes on every run, apart from taken_at', async () => {
    const a = await runCli(['posture', 'fetch', '--pd', prod.url, '--cluster', 'prod']);
    const b = await runCli(['posture', 'fetch', '--pd', `${prod.url},${prod.url}`, '--cluster', 'prod'], process.cwd(), {
      SOURCE_DATE_EPOCH: '1796176800',
    });
    const strip = (t: string): string => t.replace(/"taken_at": "[^"]+",\n/, '').replace(/"pd": \[[^\]]*\]/, '');
    expect(b.code).toBe(0);
    expect(strip(b.stdout)).toBe(strip(a.stdout));
    expect(b.stdout).toContain('"taken_at": "2026-12-02T02:00:00Z"');
    expect(JSON.parse(b.stdout).source.pd).toEqual([prod.hostPort, prod.hostPort]);
  });

  it('reads in pages: a page size of 2 keys gives the same snapshot', async () => {
    const { readEtcdView } = await import('../../src/shells/posture-fetch/etcd-reader.js');
    const { buildSnapshot } = await import('../../src/model/posture-live/decode.js');
    const { renderSnapshot } = await import('../../src/model/posture-live/snapshot.js');
    const meta = { cluster: 'prod', takenAt: '2026-12-01T02:00:00Z', pd: [prod.hostPort] };
    const endpoints = [{ url: prod.url, display: prod.hostPort, tls: false }];
    const small = await readEtcdView({ endpoints, timeoutMs: 30_000, pageSize: 2, concurrency: 1 });
    const large = await readEtcdView({ endpoints, timeoutMs: 30_000 });
    expect(renderSnapshot(buildSnapshot(small, meta))).toBe(renderSnapshot(buildSnapshot(large, meta)));
    expect(small.cdc.length).toBe(large.cdc.length);
  });

  it("with --policy and --cluster, writes where the cluster's posture: points", async () => {
    const root = mkdtempSync(join(tmpdir(), 'tig-fetch-'));
    try {
      mkdirSync(join(root, '.git'));
      mkdirSync(join(root, '.github'));
      writeFileSync(
        join(root, '.github/tidb-import-guard.yml'),
        'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    posture: posture/prod.json\n    match: { paths: ["deploy/prod/**"] }\n',
      );
      mkdirSync(join(root, 'posture'));
      writeFileSync(join(root, 'posture/prod.json'), 'old contents');
      const run = await runCli(
        ['posture', 'fetch', '--pd', prod.url, '--cluster', 'prod', '--policy', '.github/tidb-import-guard.yml'],
        root,
      );
      expect(run.stderr).toContain('wrote posture/prod.json');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      const written = readFileSync(join(root, 'posture/prod.json'), 'utf8');
      expect(JSON.parse(written).cluster).toBe('prod');
      const missing = await runCli(
        ['posture', 'fetch', '--pd', prod.url, '--cluster', 'staging', '--policy', '.github/tidb-import-guard.yml'],
        root,
      );
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no cluster `staging`');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('posture fetch over mutual TLS', () => {
  it('reads with the CA, the client certificate and its key', async () => {
    const tls = dr.tls!;
    const run = await runCli([
      'posture',
      'fetch',
      '--pd',
      dr.url,
      '--cluster',
      'dr',
      '--cacert',
      tls.ca,
      '--cert',
      tls.cert,
      '--key',
      tls.key,
    ]);
    expect(run.stderr).toContain('1 log backup task(s), 1 changefeed(s)');
    expect(run.code).toBe(0);
    const snapshot = JSON.parse(run.stdout);
    expect(snapshot.tidb.versions).toEqual(['7.5.2']);
    expect(snapshot.ticdc.changefeeds[0].sink).toEqual({ scheme: 'kafka', host: 'kafka.dr.internal:9092' });
  });

  it('a client certificate of another CA is refused: exit 2 naming the endpoint', async () => {
    const tls = dr.tls!;
    const run = await runCli([
      'posture',
      'fetch',
      '--pd',
      dr.url,
      '--cacert',
      tls.ca,
      '--cert',
      tls.wrongCert,
      '--key',
      tls.wrongKey,
      '--timeout',
      '10',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`cannot read PD at ${dr.hostPort}`);
  });

  it('no client certificate is refused too', async () => {
    const run = await runCli(['posture', 'fetch', '--pd', dr.url, '--cacert', dr.tls!.ca, '--timeout', '10']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read PD at ${dr.hostPort}`);
  });

  it('TLS files with an http:// endpoint are a usage error', async () => {
    const run = await runCli(['posture', 'fetch', '--pd', prod.url, '--cacert', dr.tls!.ca]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('need https://');
  });
});

describe('posture fetch faults', () => {
  it('PD unreachable: exit 2, the endpoint named', async () => {
    const port = await freePort();
    const run = await runCli(['posture', 'fetch', '--pd', `http://127.0.0.1:${port}`, '--timeout', '10']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read PD at 127.0.0.1:${port}`);
    expect(run.stdout).toBe('');
  });

  it('a server that accepts and never answers: the deadline holds', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    try {
      const run = await runCli(['posture', 'fetch', '--pd', `http://127.0.0.1:${port}`, '--timeout', '1']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`cannot read PD at 127\\.0\\.0\\.1:${port}: (no answer within 1 s|.*[Dd]eadline)`));
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });

  it('endpoints with user info are refused without echoing them', async () => {
    const run = await runCli(['posture', 'fetch', '--pd', 'http://admin:s3cr3t@127.0.0.1:2379']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('s3cr3t');
  });

  const BAD: [string, string | Uint8Array, string][] = [
    ['/tidb/br-stream/info/garbage', Buffer.from([0x0a, 0xff, 0x01]), 'not a protobuf StreamBackupTaskInfo'],
    ['/tidb/br-stream/pause/pitr_prod', '{not json', 'not JSON'],
    [
      '/tidb/cdc/default/default/changefeed/info/broken',
      '{"state": 3, "sink-uri": "mysql://u:hunter2@h:1/"}',
      '`state` is missing or not a string',
    ],
    [
      '/tidb/cdc/default/default/changefeed/info/broken-rules',
      '{"state": "normal", "sink-uri": "mysql://u:hunter2@h:1/", "config": {"filter": {"rules": "app.*"}}}',
      'config.filter.rules',
    ],
    ['/tidb/cdc/default/__cdc_meta__/capture/broken', '[]', 'CaptureInfo'],
    ['/topology/tidb/10.0.1.99:4000/info', 'v8.5.1', 'not JSON'],
    // JSON.parse would quote the text around the error: the credentials must not follow it out.
    ['/tidb/cdc/default/default/changefeed/info/truncated', '{"state":"normal","sink-uri":"mysql://cdc:hunter2@h:1/" x', 'not JSON'],
  ];
  for (const [key, value, detail] of BAD) {
    it(`a value that does not decode is exit 2 naming its key: ${key}`, async () => {
      await prod.put(key, value);
      try {
        const run = await runCli(['posture', 'fetch', '--pd', prod.url]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(`etcd key \`${key}\` does not decode`);
        expect(run.stderr).toContain(detail);
        expectNoSecret(run.stderr);
      } finally {
        if (key === '/tidb/br-stream/pause/pitr_prod') await prod.client.delete().key(key);
        else await prod.client.delete().key(key);
      }
    });
  }
});
