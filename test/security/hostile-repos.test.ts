/**
 * A corpus of hostile repositories run through the bundled CLI (dist/cli.js) as a process, the
 * way a runner runs it: links that lead out of the repository, `/dev/zero`, FIFOs, a reader that
 * closes the pipe, an exhausted heap, thousands of configs sharing one data directory. Each case
 * asserts the exit code, that no outside content and no absolute path of the machine appears in
 * any output (text, JSON, SARIF, workflow commands, standard error), and that the run ends: every
 * process runs under a memory cap (`--max-old-space-size`) with a generous kill timeout, and a
 * killed process fails the test. No wall-clock assertions.
 *
 * TIG_CLI=/path/to/other/cli.js runs the corpus against another build (to see it fail on an
 * older one).
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/shells/check-repository.js';
import { NODE_FS, type FsPort } from '../../src/files/confined.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = process.env['TIG_CLI'] ?? join(ROOT, 'dist/cli.js');
/** Far beyond what any case needs; a process still running then is a hang, and fails. */
const KILL_AFTER_MS = 90_000;
const HEAP_MB = 160;

/** Planted outside every repository: none of it may ever appear in an output. */
const MARKERS = ['leak_schema_q7x', 'leak_table_q7x', 'LEAKED-CONTENT-q7x', 'leak_cluster_q7x', 'leakdb_q7x'];

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

function dir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temp.push(d);
  return d;
}

function put(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** What an attacker would like to exfiltrate: files and directory names outside the repository. */
function outsideWorld(): string {
  const out = dir('tig-outside-');
  put(out, {
    'rules.txt': `${MARKERS[0]}.${MARKERS[1]}\n`,
    'secret.txt': `${MARKERS[2]}\n`,
    'policy.yml': `version: 1\nclusters:\n  ${MARKERS[3]}:\n    tidb_version: "8.5.1"\n    match: { paths: ["**"] }\n    log_backup: { enabled: true }\n`,
    'changefeed.toml': `[filter]\nrules = ['${MARKERS[0]}.*']\n`,
    [`dump/${MARKERS[4]}.orders.csv`]: '1\n',
    [`dump/${MARKERS[4]}.orders-schema.sql`]: `CREATE TABLE orders (id INT); -- ${MARKERS[2]}\n`,
    'sql/import.sql': `IMPORT INTO ${MARKERS[0]}.${MARKERS[1]} FROM 's3://b/x.csv'; -- ${MARKERS[2]}\n`,
  });
  return out;
}

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["**"] }
    log_backup: { enabled: true, task: pitr-prod }
`;

function repo(files: Record<string, string> = {}, policy: string | null = POLICY): string {
  const root = dir('tig-hostile-');
  mkdirSync(join(root, '.git'));
  if (policy !== null) put(root, { '.github/tidb-import-guard.yml': policy });
  put(root, files);
  return root;
}

const PHYSICAL = (extra: string): string => `[tikv-importer]\nbackend = "local"\n[mydumper]\n${extra}\n`;

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(root: string, args: readonly string[], heapMb = HEAP_MB): Run {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, CLI, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: KILL_AFTER_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const FORMATS = ['text', 'json', 'sarif', 'github'];

/** Runs `check` in the given output formats; each must end on its own, with the same exit code. */
function checkAllFormats(root: string, formats: readonly string[] = FORMATS): Run[] {
  return formats.map((format) => cli(root, ['check', '--format', format]));
}

/** Each case spawns several processes on a busy machine: room enough, never a timing assertion. */
const CASE_TIMEOUT_MS = 600_000;

/** Every place in `output` where something that must not be there is, with a little context. */
function leaks(output: string, places: readonly string[]): string[] {
  const found: string[] = [];
  const patterns = [
    ...[...MARKERS, ...places].map((m) => new RegExp(m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
    /tig-hostile-|tig-outside-|\/proc\/|\/dev\/zero/g, // the temporary directories' names, the devices
    /^\s+at .*:\d+:\d+\)?$/gm, // a stack trace
  ];
  for (const re of patterns) {
    for (const m of output.matchAll(re)) found.push(`${re.source}: …${output.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
  }
  return found;
}

function expectContained(runs: readonly Run[], places: readonly string[], status: number): void {
  for (const r of runs) {
    expect(r.signal, `killed: ${r.stderr.slice(0, 500)}`).toBeNull();
    expect(r.status, `${r.stderr.slice(0, 1000)}\n${r.stdout.slice(0, 1000)}`).toBe(status);
    expect(leaks(r.stdout + r.stderr, places).slice(0, 5)).toEqual([]);
  }
}

describe('links that lead out of the repository', () => {
  it(
    'are never followed by @file, data-source-dir or the walk; a linked file out is a finding, and nothing outside shows',
    () => {
      const out = outsideWorld();
      const root = repo({
        'deploy/filter.toml': PHYSICAL(`data-source-dir = "s3://bucket/dump"\nfilter = ['@rules.txt']`),
        'deploy/data.toml': PHYSICAL(`data-source-dir = "dump"`),
      });
      symlinkSync(join(out, 'rules.txt'), join(root, 'deploy/rules.txt'));
      symlinkSync(join(out, 'dump'), join(root, 'deploy/dump'));
      symlinkSync(join(out, 'sql'), join(root, 'migrations'));
      symlinkSync(join(out, 'secret.txt'), join(root, 'leak.sql'));
      const runs = checkAllFormats(root);
      expectContained(runs, [out, root], 1);
      const text = runs[0]!.stdout;
      expect(text).toContain('leak.sql');
      expect(text).toMatch(/cannot read the file: it is a symbolic link that leads outside the repository/);
      // The caveat about what the filter could not read travels with the job's tables, in the help (JSON).
      expect(runs[1]!.stdout).toContain('imports rules from `rules.txt`, which is a symbolic link that leads outside the repository');
      expect(runs[1]!.stdout).toContain('its data directory `deploy/dump` is a symbolic link that leads outside the repository');
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'stop the policy: the policy, an `extends` or a changefeed `config:` that leads out is exit 2, unread',
    () => {
      const out = outsideWorld();
      const policyLink = repo({ 'a.sql': 'SELECT 1;\n' }, null);
      mkdirSync(join(policyLink, '.github'));
      symlinkSync(join(out, 'policy.yml'), join(policyLink, '.github/tidb-import-guard.yml'));
      const extendsLink = repo({ 'a.sql': 'SELECT 1;\n' }, `version: 1\nextends: ["./base.yml"]\n`);
      symlinkSync(join(out, 'policy.yml'), join(extendsLink, '.github/base.yml'));
      const configLink = repo(
        { 'a.sql': 'SELECT 1;\n' },
        `${POLICY}    changefeeds:\n      - { id: feed, config: cdc/feed.toml, downstream: { kind: kafka } }\n`,
      );
      mkdirSync(join(configLink, 'cdc'));
      symlinkSync(join(out, 'changefeed.toml'), join(configLink, 'cdc/feed.toml'));
      for (const root of [policyLink, extendsLink, configLink]) {
        const runs = checkAllFormats(root, ['text', 'json']);
        expectContained(runs, [out, root], 2);
        expect(runs[0]!.stdout + runs[0]!.stderr).toMatch(/symbolic link that leads outside the repository/);
      }
    },
    CASE_TIMEOUT_MS,
  );
});

describe('/dev/zero and FIFOs', () => {
  it(
    'a link to /dev/zero as @file, data file, policy, extends or config: ends at once within a small heap',
    () => {
      const zeroFilter = repo({ 'deploy/a.toml': PHYSICAL(`data-source-dir = "s3://b/d"\nfilter = ['@zero.txt']`) });
      symlinkSync('/dev/zero', join(zeroFilter, 'deploy/zero.txt'));
      symlinkSync('/dev/zero', join(zeroFilter, 'zero.sql'));
      expectContained(checkAllFormats(zeroFilter, ['text', 'json']), [zeroFilter], 1);

      const zeroPolicy = repo({}, null);
      mkdirSync(join(zeroPolicy, '.github'));
      symlinkSync('/dev/zero', join(zeroPolicy, '.github/tidb-import-guard.yml'));
      const zeroExtends = repo({}, `version: 1\nextends: ["./zero.yml"]\n`);
      symlinkSync('/dev/zero', join(zeroExtends, '.github/zero.yml'));
      const zeroConfig = repo({}, `${POLICY}    changefeeds:\n      - { id: feed, config: zero.toml, downstream: { kind: kafka } }\n`);
      symlinkSync('/dev/zero', join(zeroConfig, 'zero.toml'));
      for (const root of [zeroPolicy, zeroExtends, zeroConfig]) expectContained(checkAllFormats(root, ['text']), [root], 2);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'a FIFO named on the command line, as extends, as config: or as @file is refused, never waited on',
    () => {
      const named = repo({});
      execFileSync('mkfifo', [join(named, 'pipe.sql')]);
      const direct = cli(named, ['check', 'pipe.sql', '--format', 'compact']);
      expectContained([direct], [named], 1);
      expect(direct.stdout).toMatch(/^pipe\.sql:1:1: error: cannot read the file: it is not a regular file \(a FIFO\) \[syntax-error\]$/m);

      const viaExtends = repo({}, `version: 1\nextends: ["./pipe.yml"]\n`);
      execFileSync('mkfifo', [join(viaExtends, '.github/pipe.yml')]);
      const viaConfig = repo({}, `${POLICY}    changefeeds:\n      - { id: feed, config: pipe.toml, downstream: { kind: kafka } }\n`);
      execFileSync('mkfifo', [join(viaConfig, 'pipe.toml')]);
      for (const root of [viaExtends, viaConfig]) {
        const r = cli(root, ['check']);
        expectContained([r], [root], 2);
        expect(r.stdout + r.stderr).toContain('is not a regular file (a FIFO)');
      }
      const policyFifo = repo({}, null);
      execFileSync('mkfifo', [join(policyFifo, 'p.yml')]);
      expectContained([cli(policyFifo, ['check', '--policy', 'p.yml'])], [policyFifo], 2);
      expectContained([cli(policyFifo, ['check', '--policy', 'p.yml', '--base-policy', 'p.yml'])], [policyFifo], 2);

      const viaFilter = repo({ 'deploy/a.toml': PHYSICAL(`data-source-dir = "s3://b/d"\nfilter = ['@pipe.txt']`) });
      execFileSync('mkfifo', [join(viaFilter, 'deploy/pipe.txt')]);
      expectContained([cli(viaFilter, ['check'])], [viaFilter], 1);
    },
    CASE_TIMEOUT_MS,
  );
});

const manyImports = (n: number): string => Array.from({ length: n }, (_, i) => `IMPORT INTO app.t${i} FROM 's3://b/x${i}.csv';`).join('\n');

describe('the process itself', () => {
  it(
    '`check | head -1`: a reader that closes the pipe ends the run with the verdict, no EPIPE trace',
    async () => {
      const root = repo({ 'migrations/big.sql': manyImports(3000) });
      const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, 'check'], {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
      child.stdout.once('data', () => child.stdout.destroy());
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
        child.on('close', (c, s) => done([c, s])),
      );
      clearTimeout(timer);
      expect(signal).toBeNull();
      expect(status).toBe(1);
      expect(stderr).toBe('');
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'an exhausted heap is exit 2 with a message, not an abort (134) with V8 frames and paths',
    () => {
      const root = repo({ 'migrations/big.sql': manyImports(3000) });
      const r = cli(root, ['check'], 12);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^tidb-import-guard: out of memory/m);
      expect(r.stderr).not.toMatch(/FATAL ERROR|Native stack|Last few GCs|\[node\]|\/tmp\//);
    },
    CASE_TIMEOUT_MS,
  );
});

describe('a data directory shared by many configs', () => {
  it(
    'is listed once: 120 configs over 4,000 data files fit in a 96 MB heap',
    () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 4000; i++) files[`data/shared/db${i % 20}.t${i}.csv`] = '1\n';
      for (let i = 0; i < 120; i++) files[`deploy/job${i}.toml`] = PHYSICAL(`data-source-dir = "../data/shared"`);
      const root = repo(files);
      const r = cli(root, ['check'], 96);
      expect(r.signal, r.stderr.slice(0, 300)).toBeNull();
      expect(r.status, r.stderr.slice(0, 300)).toBe(1);
      expect(r.stdout).toMatch(/^120 errors, /m);
    },
    CASE_TIMEOUT_MS,
  );
});

describe('directories that cannot be read (injected: tests run as root)', () => {
  const lockedPort = (name: string): FsPort => ({
    ...NODE_FS,
    readdirSync(path, options) {
      if (String(path).endsWith(name))
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
      return NODE_FS.readdirSync(path, options);
    },
  });

  it('under a data directory: the exact tables are not claimed, the filter stands in, no internal error', async () => {
    const root = repo({
      'deploy/a.toml': PHYSICAL(`data-source-dir = "dump"\nfilter = ['app.*']`),
      'deploy/dump/app.orders.csv': '1\n',
      'deploy/dump/locked/app.secret.csv': '1\n',
    });
    const outcome = await checkRepository({ root, cwd: root, today: '2026-11-24', fs: lockedPort('locked') });
    expect(outcome.fatal).toBeUndefined();
    const messages = outcome.result.report.findings.map((f) => `${f.message}\n${f.help ?? ''}`).join('\n');
    expect(messages).toContain('could not be listed whole (`deploy/dump/locked` cannot be listed (permission denied))');
    expect(messages).not.toContain(root);
  });

  it('in the scan: an error finding on the directory (its files were not linted)', async () => {
    const root = repo({ 'migrations/locked/a.sql': manyImports(1), 'ok.sql': 'SELECT 1;\n' });
    const outcome = await checkRepository({ root, cwd: root, today: '2026-11-24', fs: lockedPort('locked') });
    const found = outcome.result.report.findings.map((f) => [f.rule, f.severity, f.file, f.message]);
    expect(found).toContainEqual([
      'syntax-error',
      'error',
      'migrations/locked',
      'This directory cannot be listed (permission denied); the files under it were not linted',
    ]);
  });
});
