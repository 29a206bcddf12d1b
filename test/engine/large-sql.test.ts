/**
 * Size never hides an import and never costs memory in proportion: the bundled CLI runs as a
 * process under a heap cap smaller than the file it scans (a generous kill timeout, no timing
 * assertion), and still finds the import at its line.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The child's kill timeout: generous, as the machine may be loaded; it bounds a hang, not speed. */
const KILL_TIMEOUT_MS = 300_000;
/**
 * Vitest's per-test timeout (30 s, vitest.config.ts) is about what the one-million-statement test
 * takes on a loaded 2-core machine (29.7 s measured in a full run), which timed it out in full runs
 * while it passed alone: each test's bound is the child's kill timeout, with room to write the file.
 */
const TEST_TIMEOUT_MS = KILL_TIMEOUT_MS + 120_000;
const UNSAFE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";

function checkUnderCap(root: string, heapMiB: number) {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, CLI, 'check', '--root', root, '--format', 'json'], {
    encoding: 'utf8',
    timeout: KILL_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: run.status,
    signal: run.signal,
    stderr: run.stderr,
    report: run.status === 1 || run.status === 0 ? JSON.parse(run.stdout) : undefined,
  };
}

describe('large SQL files', { timeout: TEST_TIMEOUT_MS }, () => {
  it('scans a 48 MiB file (over max_file_bytes) under a 40 MiB heap and finds the import after it, at its line', () => {
    const repo = tempRepo({}, SIMPLE_POLICY);
    try {
      repo.write('migrations/prod/.keep', '');
      const fd = openSync(join(repo.root, 'migrations/prod/big.sql'), 'w');
      const line = "INSERT INTO app.orders (id, note) VALUES (1, 'text; with a semicolon'), (2, 'x');\r\n";
      const block = line.repeat(Math.ceil((1024 * 1024) / line.length));
      for (let i = 0; i < 48; i++) writeSync(fd, block);
      writeSync(fd, UNSAFE);
      closeSync(fd);
      const { status, signal, report, stderr } = checkUnderCap(repo.root, 40);
      expect({ status, signal }, stderr).toEqual({ status: 1, signal: null });
      const override = report.findings.find((f: { rule: string }) => f.rule === 'precheck-override');
      expect(override).toMatchObject({
        file: 'migrations/prod/big.sql',
        line: 48 * Math.ceil((1024 * 1024) / line.length) + 1,
        column: 49,
      });
    } finally {
      repo.remove();
    }
  });

  it('keeps no statement it does not follow: one million USE statements under a 64 MiB heap', () => {
    const repo = tempRepo({}, SIMPLE_POLICY);
    try {
      let text = '';
      for (let i = 0; i < 1_000_000; i++) text += `USE db${i % 100};\n`;
      repo.write('migrations/prod/use.sql', text + UNSAFE.replace('app.orders', 'orders'));
      const { status, signal, report, stderr } = checkUnderCap(repo.root, 64);
      expect({ status, signal }, stderr).toEqual({ status: 1, signal: null });
      const override = report.findings.find((f: { rule: string }) => f.rule === 'precheck-override');
      expect(override).toMatchObject({ line: 1_000_001 });
    } finally {
      repo.remove();
    }
  });
});
