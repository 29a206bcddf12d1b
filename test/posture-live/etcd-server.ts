/**
 * A real etcd server for the posture tests (Debian's `etcd-server` package; .ci/run installs it
 * when missing), started on loopback ports in a temporary directory, optionally with mutual TLS
 * (a CA, a server and a client certificate made with `openssl`, plus a client certificate from
 * another CA that the server must refuse). No test is skipped when etcd is missing: the helper
 * throws, and the test fails saying what to install.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Etcd3 } from 'etcd3';

export interface TlsFiles {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
  /** A client certificate and key from another CA. */
  readonly wrongCert: string;
  readonly wrongKey: string;
}

export interface EtcdServer {
  /** `http://127.0.0.1:PORT` or `https://...`. */
  readonly url: string;
  /** `127.0.0.1:PORT`. */
  readonly hostPort: string;
  readonly tls?: TlsFiles;
  readonly client: Etcd3;
  put(key: string, value: string | Uint8Array): Promise<void>;
  /** Many keys at once, 128 to a transaction (etcd's default limit). */
  putMany(entries: Iterable<readonly [string, string | Uint8Array]>): Promise<void>;
  stop(): Promise<void>;
}

export function etcdBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v etcd'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) {
    throw new Error(
      'etcd is not installed: the posture tests need a real etcd server. Install it with `apt-get update && apt-get install -y etcd-server` (.ci/run does this when `etcd` is not on PATH).',
    );
  }
  return path;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function openssl(dir: string, args: readonly string[]): void {
  const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr}`);
}

/** A CA, a server certificate for 127.0.0.1, a client certificate, and a client certificate of another CA. */
export function makeCertificates(dir: string): TlsFiles {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const ca of ['ca', 'other-ca']) {
    openssl(dir, ['req', '-x509', ...ec, '-keyout', `${ca}.key`, '-out', `${ca}.crt`, '-days', '2', '-subj', `/CN=tig-test-${ca}`]);
  }
  const issue = (name: string, ca: string, ext: string): void => {
    openssl(dir, ['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    openssl(dir, [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.crt`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-extfile',
      ext,
    ]);
  };
  issue('server', 'ca', 'server.ext');
  issue('client', 'ca', 'client.ext');
  issue('intruder', 'other-ca', 'client.ext');
  return {
    ca: join(dir, 'ca.crt'),
    cert: join(dir, 'client.crt'),
    key: join(dir, 'client.key'),
    wrongCert: join(dir, 'intruder.crt'),
    wrongKey: join(dir, 'intruder.key'),
  };
}

export async function startEtcd(options: { readonly tls?: boolean } = {}): Promise<EtcdServer> {
  const binary = etcdBinary();
  const dir = mkdtempSync(join(tmpdir(), 'tig-etcd-'));
  const tls = options.tls ? makeCertificates(dir) : undefined;
  const scheme = tls ? 'https' : 'http';
  let child: ChildProcess | undefined;
  let stderr = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const clientPort = await freePort();
    const peerPort = await freePort();
    const clientUrl = `${scheme}://127.0.0.1:${clientPort}`;
    const peerUrl = `http://127.0.0.1:${peerPort}`;
    const args = [
      '--name',
      'tig',
      '--data-dir',
      join(dir, `data-${attempt}`),
      '--listen-client-urls',
      clientUrl,
      '--advertise-client-urls',
      clientUrl,
      '--listen-peer-urls',
      peerUrl,
      '--initial-advertise-peer-urls',
      peerUrl,
      '--initial-cluster',
      `tig=${peerUrl}`,
      '--initial-cluster-state',
      'new',
      '--logger',
      'zap',
      '--log-outputs',
      'stderr',
      '--log-level',
      'error',
      ...(tls
        ? ['--cert-file', join(dir, 'server.crt'), '--key-file', join(dir, 'server.key'), '--trusted-ca-file', tls.ca, '--client-cert-auth']
        : []),
    ];
    // etcd 3.4 refuses to start on arm64 unless told it may.
    const env = { ...process.env, ...(process.arch === 'arm64' ? { ETCD_UNSUPPORTED_ARCH: 'arm64' } : {}) };
    child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const client = new Etcd3({
      hosts: clientUrl,
      ...(tls ? { credentials: { rootCertificate: readPem(tls.ca), certChain: readPem(tls.cert), privateKey: readPem(tls.key) } } : {}),
    });
    const ready = await waitReady(client, child);
    if (!ready) {
      client.close();
      child.kill('SIGKILL');
      continue;
    }
    const running = child;
    const put = async (key: string, value: string | Uint8Array): Promise<void> => {
      await client.put(key).value(Buffer.from(value));
    };
    return {
      url: clientUrl,
      hostPort: `127.0.0.1:${clientPort}`,
      ...(tls ? { tls } : {}),
      client,
      put,
      async putMany(entries) {
        let batch: { request_put: { key: Buffer; value: Buffer } }[] = [];
        const flush = async (): Promise<void> => {
          if (batch.length) await client.kv.txn({ success: batch });
          batch = [];
        };
        for (const [key, value] of entries) {
          batch.push({ request_put: { key: Buffer.from(key), value: Buffer.from(value) } });
          if (batch.length === 128) await flush();
        }
        await flush();
      },
      async stop() {
        client.close();
        await new Promise<void>((done) => {
          if (running.exitCode !== null) return done();
          running.once('exit', () => done());
          running.kill('SIGTERM');
        });
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`etcd did not start: ${stderr}`);
}

function readPem(path: string): Buffer {
  return readFileSync(path);
}

/** Polls by count (not by clock): up to 100 tries, 100 ms apart. */
async function waitReady(client: Etcd3, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return false;
    try {
      await client
        .get('tig-ready-probe')
        .options({ deadline: new Date(Date.now() + 1000) })
        .string();
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}
