/**
 * How the bundles are cut (scripts/build.mjs): node-sql-parser lives in dist/sql-parser.cjs and is
 * loaded only when an IMPORT INTO assigns columns with function calls, so a start costs no parse
 * of it; when it is needed, the bundles find it next to them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMPLE_POLICY, tempRepo, type TempRepo } from '../helpers/repo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let hook: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tig-bundle-'));
  // Preloaded into the CLI's process: says on stderr when the parser file is loaded.
  hook = join(dir, 'hook.cjs');
  writeFileSync(
    hook,
    "const M = require('node:module');\nconst load = M._load;\nM._load = function (request, ...rest) {\n  if (String(request).endsWith('sql-parser.cjs')) process.stderr.write('LOADED sql-parser.cjs\\n');\n  return load.call(this, request, ...rest);\n};\n",
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(repo: TempRepo): { status: number | null; stderr: string; findings: { rule: string; line: number; column: number; message: string }[] } {
  const run = spawnSync(process.execPath, ['--require', hook, join(ROOT, 'dist/cli.js'), 'check', '--root', repo.root, '--format', 'json', '--fail-on', 'never'], {
    cwd: repo.root,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr, findings: (JSON.parse(run.stdout) as { findings: never[] }).findings };
}

describe('the lazily loaded SQL expression parser', () => {
  it('is loaded from dist/ for a SET clause with a function call, with the same findings as the source', async () => {
    const repo = tempRepo({ 'migrations/prod/a.sql': "IMPORT INTO app.t (a, @1) SET b = SLEEP(@1), c = concat('sleep(1)', @1) FROM 's3://b/t.csv';\n" }, SIMPLE_POLICY);
    try {
      const run = cli(repo);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('LOADED sql-parser.cjs');
      const source = await repo.check();
      expect(run.findings).toEqual(JSON.parse(JSON.stringify(source.result.report.findings)));
      const invalid = run.findings.filter((f) => f.rule === 'invalid-import-into');
      expect(invalid.map((f) => [f.line, f.column])).toEqual([[1, 35]]);
      expect(invalid[0]?.message).toContain('FUNCTION sleep is not supported');
    } finally {
      repo.remove();
    }
  });

  it('is not loaded when no statement needs it', () => {
    const repo = tempRepo({ 'migrations/prod/a.sql': "IMPORT INTO app.t FROM 's3://b/t.csv';\n" }, SIMPLE_POLICY);
    try {
      const run = cli(repo);
      expect(run.status).toBe(0);
      expect(run.findings.length).toBeGreaterThan(0);
      expect(run.stderr).not.toContain('LOADED sql-parser.cjs');
    } finally {
      repo.remove();
    }
  });
});

describe('the command line bundle', () => {
  it('answers --version and --help from dist/cli.js alone, and loads dist/cli-main.js for the rest', () => {
    // dist/cli.js copied without the rest of the program: what it can answer needs nothing else.
    const alone = mkdtempSync(join(tmpdir(), 'tig-cli-alone-'));
    try {
      copyFileSync(join(ROOT, 'dist/cli.js'), join(alone, 'cli.js'));
      copyFileSync(join(ROOT, 'dist/package.json'), join(alone, 'package.json'));
      const version = spawnSync(process.execPath, [join(alone, 'cli.js'), '--version'], { encoding: 'utf8' });
      expect(version.status).toBe(0);
      expect(version.stdout).toMatch(/^tidb-import-guard \d+\.\d+\.\d+\n$/);
      const help = spawnSync(process.execPath, [join(alone, 'cli.js'), '--help'], { encoding: 'utf8' });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Usage:');
      const none = spawnSync(process.execPath, [join(alone, 'cli.js')], { encoding: 'utf8' });
      expect(none.status).toBe(2);
      expect(none.stdout).toBe(help.stdout);
      // Anything else needs the rest of the program: without it, an internal error (exit 2).
      const rules = spawnSync(process.execPath, [join(alone, 'cli.js'), 'rules'], { encoding: 'utf8' });
      expect(rules.status).toBe(2);
      expect(rules.stderr).toContain('internal error');
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
    const rules = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'rules'], { encoding: 'utf8' });
    expect(rules.status).toBe(0);
    expect(rules.stdout).toContain('log-backup-gap');
  });
});
