/**
 * The package a team installs: `npm pack` gives a tarball that installs with `npm install -g`
 * into an empty prefix and lints a fresh repository, on Node 20 and on Node 24, with nothing
 * but what the tarball and its production dependencies bring (the bundles in dist/ are
 * self-contained).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshRepo, SAFE_CONFIG, UNSAFE_CONFIG } from './fresh-repo.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const NPM_CLI = process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : undefined;

/** Node binaries to try: the machine's (Node 20 on a fresh machine) and the project's Node 24. */
function nodes(): { label: string; dir: string }[] {
  const found: { label: string; dir: string }[] = [];
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node', join(PROJECT, 'node_modules/node/bin/node')]) {
    if (!existsSync(candidate)) continue;
    const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
    if (!found.some((n) => n.label === version)) found.push({ label: version, dir: dirname(candidate) });
  }
  return found;
}

function npm(args: string[], cwd: string): string {
  const [cmd, pre] = NPM_CLI ? [process.execPath, [NPM_CLI]] : ['npm', []];
  return execFileSync(cmd, [...pre, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

let work: string;
let prefix: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tig-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], PROJECT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = join(work, packed[0]!.filename);
  prefix = join(work, 'prefix');
  npm(['install', '-g', '--prefix', prefix, '--omit=dev', '--no-audit', '--no-fund', tarball], work);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball, installed globally into an empty prefix', () => {
  it('ships the bundles, the docs and the schema, and nothing from src or test', () => {
    const installed = join(prefix, 'lib/node_modules/tidb-import-guard');
    for (const file of [
      'dist/cli.js',
      'dist/index.js',
      'policies/policy.schema.json',
      'action.yml',
      '.pre-commit-hooks.yaml',
      'docs/rules/log-backup-gap.md',
    ]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'test'))).toBe(false);
    const schema = JSON.parse(readFileSync(join(installed, 'policies/policy.schema.json'), 'utf8')) as { $id: string };
    expect(schema.$id).toBe('https://raw.githubusercontent.com/tidb-import-guard/tidb-import-guard/v1/policies/policy.schema.json');
  });

  const runtimes = nodes();
  it("tries the project's Node 24 and the machine's own Node (20 on a fresh machine)", () => {
    expect(runtimes.map((n) => n.label.split('.')[0])).toEqual(expect.arrayContaining(['v24']));
    expect(runtimes.length).toBeGreaterThanOrEqual(1);
  });

  for (const runtime of runtimes) {
    describe(`on ${runtime.label}`, () => {
      const run = (cwd: string, args: string[]) =>
        spawnSync(join(prefix, 'bin/tidb-import-guard'), args, {
          cwd,
          encoding: 'utf8',
          env: { ...process.env, PATH: [runtime.dir, join(prefix, 'bin'), process.env.PATH ?? ''].join(delimiter), NO_COLOR: '1' },
        });

      it('prints its version through the installed bin', () => {
        const result = run(work, ['--version']);
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toMatch(/^tidb-import-guard \d+\.\d+\.\d+$/);
      });

      it('fails a fresh repository with a physical import into a cluster with log backup', () => {
        const repo = freshRepo({ 'deploy/orders.toml': UNSAFE_CONFIG, 'deploy/users.toml': SAFE_CONFIG });
        const result = run(repo, ['check', '--format', 'json']);
        expect(result.stderr).not.toMatch(/Error:|at .*\.js:\d+/);
        expect(result.status).toBe(1);
        const report = JSON.parse(result.stdout) as { findings: { rule: string; file: string }[] };
        expect(report.findings.map((f) => `${f.file} ${f.rule}`)).toContain('deploy/orders.toml precheck-blocks-import');
        expect(report.findings.filter((f) => f.file === 'deploy/users.toml')).toEqual([]);
      });

      it('passes the same repository once the import is logical', () => {
        const repo = freshRepo({ 'deploy/orders.toml': SAFE_CONFIG });
        const result = run(repo, ['check']);
        expect(result.status, result.stdout + result.stderr).toBe(0);
      });
    });
  }
});
