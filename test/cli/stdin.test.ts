/**
 * `--stdin --stdin-filename PATH` (cli.md; issue 15, item 4): standard input linted as if it were
 * PATH (the file type and the cluster mapping come from PATH; the file need not exist), bounded
 * by `scan.max_file_bytes` like any file.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { readStandardInput } from '../../src/shells/cli/scope-options.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const UNSAFE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";

async function run(argv: string[], cwd: string, input: string | Buffer) {
  let stdout = '';
  let stderr = '';
  let asked: number | undefined;
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    env: {},
    isTTY: false,
    readStdin: (max) => {
      asked = max;
      const bytes = Buffer.from(input);
      return bytes.length > max ? { ok: false, reason: `is over \`scan.max_file_bytes\` (${max} bytes)` } : { ok: true, bytes };
    },
  });
  return { code, stdout, stderr, asked };
}

type Report = { findings: { file: string; rule: string; cluster?: string; message: string }[]; summary: { files: number } };

describe('--stdin --stdin-filename', () => {
  it('lints standard input as the named file, mapped by its path, whether or not it exists', async () => {
    const repo = tempRepo({ 'deploy/prod/a.sql': 'SELECT 1;\n' }, SIMPLE_POLICY);
    try {
      const r = await run(['check', '--format', 'json', '--stdin', '--stdin-filename', 'deploy/prod/a.sql'], repo.root, UNSAFE);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.summary.files).toBe(1);
      expect(report.findings.length).toBeGreaterThan(0);
      expect(report.findings.every((f) => f.file === 'deploy/prod/a.sql')).toBe(true);
      expect(report.findings.some((f) => f.cluster === 'prod')).toBe(true);
      expect(r.code).toBe(1);
      expect(r.asked).toBe(10 * 1024 * 1024);
      // An unsaved buffer: no file at the path; the path elsewhere maps elsewhere (here: nowhere).
      const nowhere = await run(['check', '--format', 'json', '--stdin', '--stdin-filename', 'tools/new.sql'], repo.root, UNSAFE);
      expect((JSON.parse(nowhere.stdout) as Report).findings.map((f) => [f.file, f.rule])).toEqual([['tools/new.sql', 'unmapped-target']]);
    } finally {
      repo.remove();
    }
  });

  it('reads a TOML path as a Lightning config', async () => {
    const repo = tempRepo({}, SIMPLE_POLICY);
    try {
      const toml = readFileSync(new URL('../../examples/deploy/prod/orders-physical.toml', import.meta.url), 'utf8');
      const r = await run(['check', '--format', 'json', '--stdin', '--stdin-filename', 'tools/l.toml'], repo.root, toml);
      // Mapped by its [tidb] host, as a Lightning config: the physical import's precheck verdict is found.
      expect(
        (JSON.parse(r.stdout) as Report).findings.some(
          (f) => f.rule === 'precheck-blocks-import' && f.file === 'tools/l.toml' && f.cluster === 'prod',
        ),
      ).toBe(true);
    } finally {
      repo.remove();
    }
  });

  it('is bounded by scan.max_file_bytes: larger input is an error finding, never clean', async () => {
    const repo = tempRepo({}, SIMPLE_POLICY.replace('max_file_bytes: 10MiB', 'max_file_bytes: 1KiB'));
    try {
      const r = await run(
        ['check', '--format', 'json', '--stdin', '--stdin-filename', 'deploy/prod/a.sql'],
        repo.root,
        `${'-- x\n'.repeat(1000)}${UNSAFE}`,
      );
      expect(r.asked).toBe(1024);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.findings.map((f) => [f.rule, f.message])).toEqual([
        ['syntax-error', 'not read: standard input is over `scan.max_file_bytes` (1024 bytes), so it cannot be shown safe'],
      ]);
      expect(r.code).toBe(1);
    } finally {
      repo.remove();
    }
  });

  it('says what is wrong with the flags (exit 2)', async () => {
    const repo = tempRepo({}, SIMPLE_POLICY);
    try {
      const cases: [string[], string][] = [
        [['--stdin'], '--stdin needs --stdin-filename PATH: the path decides the file type and the cluster'],
        [['--stdin-filename', 'a.sql'], '--stdin-filename needs --stdin'],
        [['--stdin', '--stdin-filename', 'a.sql', 'b.sql'], '--stdin lints standard input only: give no PATH arguments'],
        [['--stdin', '--stdin-filename', '../outside.sql'], '--stdin-filename ../outside.sql is not a file path inside the repository'],
        [['--stdin', '--stdin-filename', 'deploy/notes.md'], '--stdin-filename deploy/notes.md: only .sql and .toml files are linted'],
      ];
      for (const [flags, message] of cases) {
        const r = await run(['check', ...flags], repo.root, UNSAFE);
        expect([flags, r.code, r.stderr]).toEqual([flags, 2, expect.stringContaining(`tidb-import-guard: ${message}\n`)]);
      }
      // A path the scan excludes is said, as for a named file, and not linted.
      const vendor = await run(['check', '--format', 'json', '--stdin', '--stdin-filename', 'deploy/prod/vendor/a.sql'], repo.root, UNSAFE);
      expect(vendor.stderr).toContain(
        "tidb-import-guard: deploy/prod/vendor/a.sql is not linted: the policy's scan.exclude glob `**/vendor/**` excludes it\n",
      );
      expect(vendor.code).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('reads the real standard input through the bundle, and stops one byte past the limit', () => {
    const repo = tempRepo({}, SIMPLE_POLICY);
    try {
      const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
      const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--stdin', '--stdin-filename', 'deploy/prod/x.sql'], {
        cwd: repo.root,
        input: UNSAFE,
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect((JSON.parse(r.stdout.toString()) as Report).findings.some((f) => f.file === 'deploy/prod/x.sql' && f.cluster === 'prod')).toBe(
        true,
      );
    } finally {
      repo.remove();
    }
  });
});

describe('readStandardInput', () => {
  it('keeps at most the limit', () => {
    const r = { stdout: Buffer.from('x'.repeat(300000)) };
    const dir = mkdtempSync(`${tmpdir()}/tig-stdin-`);
    writeFileSync(`${dir}/in`, r.stdout);
    const fd = openSync(`${dir}/in`, 'r');
    try {
      expect(readStandardInput(300000, fd)).toEqual({ ok: true, bytes: r.stdout });
    } finally {
      closeSync(fd);
    }
    const fd2 = openSync(`${dir}/in`, 'r');
    try {
      expect(readStandardInput(299999, fd2)).toEqual({ ok: false, reason: 'is over `scan.max_file_bytes` (299999 bytes)' });
    } finally {
      closeSync(fd2);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
