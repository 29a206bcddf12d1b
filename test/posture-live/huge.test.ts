/**
 * A huge key space under the prefixes `posture fetch` reads: 20,000 keys of 4 KiB that the
 * precheck ignores (80 MiB, twenty times gRPC's 4 MiB default message limit, so one unpaginated
 * range read could not even be received) and 1,000 changefeeds. The bundled CLI reads them under
 * a 64 MiB heap: ranges are read keys-only in pages, and only the values that matter are fetched.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEtcd, type EtcdServer } from './etcd-server.js';
import { EPOCH } from './helpers.js';
import { changefeedInfo } from './seed.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const NOISE = 20_000;
const FEEDS = 1_000;
let etcd: EtcdServer;

beforeAll(async () => {
  etcd = await startEtcd();
  const filler = 'x'.repeat(4096);
  function* entries(): Generator<[string, string]> {
    for (let i = 0; i < NOISE; i++) {
      yield [
        `/tidb/cdc/default/default/task/position/capture-${i % 7}/feed-${String(i).padStart(6, '0')}`,
        `{"checkpoint-ts":1,"pad":"${filler}"}`,
      ];
    }
    for (let i = 0; i < FEEDS; i++) {
      const id = `feed-${String(i).padStart(4, '0')}`;
      yield [
        `/tidb/cdc/default/default/changefeed/info/${id}`,
        changefeedInfo({ id, state: i % 2 ? 'normal' : 'stopped', sink: 'mysql://u:p@10.0.0.1:4000/', rules: [`db${i}.*`] }),
      ];
    }
  }
  await etcd.putMany(entries());
}, 300_000);

afterAll(async () => {
  await etcd?.stop();
});

it('reads a key space far larger than one response under a 64 MiB heap', async () => {
  const child = spawn(process.execPath, ['--max-old-space-size=64', CLI, 'posture', 'fetch', '--pd', etcd.url, '--timeout', '240'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // A generous kill timer, not a timing assertion: it only keeps a hang from stalling the suite.
  const killer = setTimeout(() => child.kill('SIGKILL'), 280_000);
  const code = await new Promise<number | null>((r) => child.once('close', r));
  clearTimeout(killer);
  expect(stderr).toContain(`${FEEDS} changefeed(s)`);
  expect(code).toBe(0);
  const snapshot = JSON.parse(stdout) as { ticdc: { changefeeds: { id: string }[] } };
  expect(snapshot.ticdc.changefeeds).toHaveLength(FEEDS);
  expect(snapshot.ticdc.changefeeds[0]?.id).toBe('feed-0000');
}, 300_000);
