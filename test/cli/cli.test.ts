/**
 * The command line as users run it: the bundled dist/cli.js as a process (start-up, exit codes,
 * the quick start), and `main` in-process for the many option combinations.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { RULES } from '../../src/lint/rules/registry.js';
import { TOOL_VERSION } from '../../src/core/tool-version.js';
import { EXAMPLE_POLICY, SIMPLE_POLICY, tempRepo as anyRepo } from '../helpers/repo.js';

const tempRepo = (files: Record<string, string> = {}, policy: string | null = SIMPLE_POLICY) => anyRepo(files, policy);

const ROOT = new URL('../../', import.meta.url).pathname;

async function run(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env, isTTY: false });
  return { code, stdout, stderr };
}

const UNSAFE = '[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = [\'app.orders\']\n';
const SAFE = '[tikv-importer]\nbackend = "tidb"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = [\'app.orders\']\n';

describe('the bundled CLI as a process', () => {
  it('npm start: lints examples/ and exits 0 with findings printed', () => {
    const r = spawnSync(
      process.execPath,
      ['dist/cli.js', 'check', '--root', 'examples', '--policy', 'policies/example.yml', '--fail-on', 'never'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(r.status).toBe(0);
    // The text format (cli.md): headline, location, source excerpt; one import's findings as one block.
    expect(r.stdout).toMatch(/^error\[precheck-blocks-import\]: .*\n +--> deploy\/prod\/orders-physical\.toml:\d+:\d+\n/m);
    expect(r.stdout).toMatch(/--> migrations\/prod\/2026-11-21-import-invoices\.sql:\d+:\d+\n(?:.*\n)*? += error\[log-backup-gap\]: /);
    // The safe examples say nothing.
    expect(r.stdout).not.toMatch(/--> deploy\/prod\/catalog-logical\.toml/m);
    expect(r.stdout).not.toMatch(/--> migrations\/prod\/2026-11-01-schema\.sql/m);
    expect(r.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ notices? .*in \d+ files?, \d+ import jobs?\.\n$/);
  });

  it('runs from another directory, fails with 1 on findings and 0 when clean', () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE });
    try {
      const bin = join(ROOT, 'dist/cli.js');
      const bad = spawnSync(process.execPath, [bin, 'check'], { cwd: repo.root, encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain('--> deploy/prod/a.toml:2:1\n');
      repo.write('deploy/prod/a.toml', SAFE);
      const good = spawnSync(process.execPath, [bin, 'check'], { cwd: repo.root, encoding: 'utf8' });
      expect(good.stdout).toBe('0 errors, 0 warnings, 0 notices in 2 files, 1 import job.\n');
      expect(good.status).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('prints its version and help', () => {
    const v = spawnSync(process.execPath, ['dist/cli.js', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(v.stdout.trim()).toBe(`tidb-import-guard ${TOOL_VERSION}`);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
    const h = spawnSync(process.execPath, ['dist/cli.js', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('tidb-import-guard check [PATH...]');
  });
});

describe('check', () => {
  it('exit 2 when no policy can be found, and never prints "clean"', async () => {
    const repo = tempRepo({ 'a.sql': 'SELECT 1;' }, null);
    try {
      const r = await run(['check'], repo.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no policy file/);
      expect(r.stdout).not.toMatch(/0 errors/);
    } finally {
      repo.remove();
    }
  });

  it('exit 2 with positioned invalid-policy findings for a bad policy', async () => {
    const repo = tempRepo({ 'a.sql': 'SELECT 1;' }, 'version: 1\nclusters:\n  prod:\n    tidb_versoin: "8.5.0"\n');
    try {
      const r = await run(['check'], repo.root);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^error\[invalid-policy\]: .*tidb_version.*\n +--> \.github\/tidb-import-guard\.yml:4:5$/m);
    } finally {
      repo.remove();
    }
  });

  it('exit 2 on bad arguments and missing paths', async () => {
    const repo = tempRepo({});
    try {
      expect((await run(['check', '--format', 'xml'], repo.root)).code).toBe(2);
      expect((await run(['check', '--fail-on', 'sometimes'], repo.root)).code).toBe(2);
      expect((await run(['check', '--bogus'], repo.root)).code).toBe(2);
      expect((await run(['frobnicate'], repo.root)).code).toBe(2);
      const missing = await run(['check', 'no/such/dir'], repo.root);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no/such/dir');
    } finally {
      repo.remove();
    }
  });

  it('--fail-on decides the exit code', async () => {
    const repo = tempRepo({ 'deploy/dr/a.toml': '[lightning]\ncheck-requirements = false\n' + SAFE });
    try {
      expect((await run(['check'], repo.root)).code).toBe(0); // only a warning
      expect((await run(['check', '--fail-on', 'warning'], repo.root)).code).toBe(1);
      expect((await run(['check', '--fail-on', 'never'], repo.root)).code).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('lints only the given paths', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE, 'deploy/prod/b.toml': SAFE });
    try {
      const r = await run(['check', 'deploy/prod/b.toml'], repo.root);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('in 1 file, 1 import job');
    } finally {
      repo.remove();
    }
  });

  it("takes globs (relative to the root) as the action's paths input does", async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE, 'deploy/prod/b.toml': SAFE, 'migrations/prod/x.sql': 'SELECT 1;' });
    try {
      const r = await run(['check', 'deploy/**/b.toml', 'migrations/**/*.sql'], repo.root);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('in 2 files, 1 import job');
      const none = await run(['check', 'nothing/**/*.sql'], repo.root);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('nothing/**/*.sql');
    } finally {
      repo.remove();
    }
  });

  it('writes the JSON report of cli.md, to --output when asked', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE });
    try {
      const out = join(repo.root, 'report.json');
      const r = await run(['check', '--format', 'json', '--output', out], repo.root);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(Object.keys(report)).toEqual(['version', 'tool', 'policy', 'findings', 'summary']);
      expect(report.tool).toEqual({ name: 'tidb-import-guard', version: TOOL_VERSION });
      expect(report.policy).toBe('.github/tidb-import-guard.yml');
      expect(report.findings).toHaveLength(1);
      const f = report.findings[0];
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'message',
        'help',
        'cluster',
        'tables',
        'suppressed',
        'fingerprint',
        'fix',
      ]);
      expect(f.tables).toEqual(['app.orders']);
      expect(f).toMatchObject({
        rule: 'precheck-blocks-import',
        severity: 'error',
        file: 'deploy/prod/a.toml',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 18,
        cluster: 'prod',
        suppressed: false,
        fix: { title: 'Use logical import mode', replacement: 'backend = "tidb"' },
      });
      expect(f.fingerprint).toMatch(/^[0-9a-f]{24}$/);
      expect(report.summary).toEqual({ files: 2, jobs: 1, errors: 1, warnings: 0, notices: 0, suppressed: 0 });
    } finally {
      repo.remove();
    }
  });

  it('gives the same bytes for the same input, and fingerprints that survive edits above', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE });
    try {
      const a = await run(['check', '--format', 'json'], repo.root);
      const b = await run(['check', '--format', 'json'], repo.root);
      expect(a.stdout).toBe(b.stdout);
      repo.write('deploy/prod/a.toml', '# a new comment\n\n' + UNSAFE);
      const c = await run(['check', '--format', 'json'], repo.root);
      const fp = (s: string) => JSON.parse(s).findings[0];
      expect(fp(c.stdout).line).toBe(fp(a.stdout).line + 2);
      expect(fp(c.stdout).fingerprint).toBe(fp(a.stdout).fingerprint);
    } finally {
      repo.remove();
    }
  });

  it('writes GitHub workflow commands with escaping', async () => {
    const repo = tempRepo({ 'deploy/prod/a,b.toml': UNSAFE });
    try {
      const r = await run(['check', '--format', 'github'], repo.root);
      expect(r.stdout).toMatch(
        /^::error file=deploy\/prod\/a%2Cb\.toml,line=2,col=1,endLine=2,endColumn=18,title=tidb-import-guard%3A precheck-blocks-import::Cluster `prod` will reject this physical import/m,
      );
    } finally {
      repo.remove();
    }
  });

  it('colours only on a TTY without NO_COLOR', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': UNSAFE });
    try {
      const io = (isTTY: boolean, env: Record<string, string>) => {
        let out = '';
        return { io: { stdout: (t: string) => (out += t), stderr: () => {}, cwd: repo.root, env, isTTY }, out: () => out };
      };
      const tty = io(true, {});
      await main(['check'], tty.io);
      expect(tty.out()).toContain('\u001b[31merror');
      const noColor = io(true, { NO_COLOR: '1' });
      await main(['check'], noColor.io);
      expect(noColor.out()).not.toContain('\u001b[');
    } finally {
      repo.remove();
    }
  });
});

describe('rules and explain', () => {
  it('rules lists every rule with its default severity', async () => {
    const r = await run(['rules'], ROOT);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toMatch(new RegExp(`^${rule.id}\\s+${rule.meta.defaultSeverity}\\s+`, 'm'));
  });
  it("rules gives each rule its one-line summary; the long description is explain's", async () => {
    const r = await run(['rules'], ROOT);
    const lines = r.stdout.split('\n');
    for (const rule of RULES) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line!.endsWith(`  ${rule.meta.summary}`), rule.id).toBe(true);
    }
  });
  it('explain prints the rule page; an unknown rule is exit 2', async () => {
    const r = await run(['explain', 'log-backup-gap'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# log-backup-gap\n')).toBe(true);
    expect((await run(['explain', 'no-such-rule'], ROOT)).code).toBe(2);
  });
});

describe('policy location', () => {
  it('takes --policy relative to the current directory', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': SAFE, 'cdc/prod-to-kafka.toml': "[filter]\nrules = ['billing.*']\n" }, null);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'tig-policy-'));
      writeFileSync(join(dir, 'p.yml'), EXAMPLE_POLICY);
      const r = await run(['check', '--policy', join(dir, 'p.yml')], repo.root);
      expect(r.code).toBe(0);
    } finally {
      repo.remove();
    }
  });
});
