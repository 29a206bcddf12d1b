/**
 * `init` from a repository scan (posture.md; issue 15, item 6): one cluster per distinct Lightning
 * host and per SQL directory with imports, `match.paths` filled in, the schema line, comments on
 * guesses; the draft validates and `check` maps every job with it. On a hostile repository: hosts
 * with odd characters, credentials in DSNs, glob characters in paths, comment injection.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { checkRepository } from '../../src/shells/check-repository.js';
import { loadPolicy } from '../../src/model/policy/load.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tig-init-'));
  roots.push(root);
  mkdirSync(join(root, '.git'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}

/** The cluster keys of a draft, in order, with their match block. */
function clustersOf(text: string): Record<string, { paths: string[]; hosts: string[] }> {
  const loaded = loadPolicy('draft.yml', (p) => (p === 'draft.yml' ? text : undefined));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return Object.fromEntries(loaded.policy.clusters.map((c) => [c.name, { paths: [...c.match.paths], hosts: [...c.match.hosts] }]));
}

async function unmappedAfterInit(root: string): Promise<string[]> {
  const outcome = await checkRepository({ root, cwd: root, policyPath: 'draft.yml', today: '2026-11-24' });
  expect(outcome.fatal).toBeUndefined();
  return outcome.result.report.findings
    .filter((f) => f.rule === 'unmapped-target' || f.rule === 'invalid-policy')
    .map((f) => `${f.file}: ${f.message}`);
}

describe('init on the example repository', () => {
  it('drafts one cluster per Lightning host and per SQL directory, and maps every job', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tig-init-'));
    roots.push(root);
    cpSync(new URL('../../examples', import.meta.url), root, { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    rmSync(join(root, 'posture'), { recursive: true, force: true });
    const r = await run(['init', '--output', 'draft.yml'], root);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'draft.yml'), 'utf8');
    expect(clustersOf(text)).toEqual({
      'tidb-dr-internal': { paths: ['deploy/dr/**'], hosts: ['tidb.dr.internal'] },
      'tidb-legacy-internal': { paths: ['deploy/legacy/**'], hosts: ['tidb.legacy.internal'] },
      'tidb-prod-internal': { paths: ['deploy/prod/**'], hosts: ['tidb.prod.internal'] },
      '127-0-0-1': { paths: ['tools/**'], hosts: ['127.0.0.1'] },
      'migrations-legacy': { paths: ['migrations/legacy/**'], hosts: [] },
      'migrations-prod': { paths: ['migrations/prod/**'], hosts: [] },
    });
    // The SQL file next to dr's Lightning config joins dr's cluster, and the guess is said.
    expect(text).toContain(
      '  # tidb-dr-internal: the Lightning configs whose [tidb] host or pd-addr is tidb.dr.internal; guessed: the SQL imports in its directories target it too; 2 import file(s)\n',
    );
    expect(text).toContain('  # migrations-prod: the SQL files with IMPORT INTO in migrations/prod/; ');
    expect(await unmappedAfterInit(root)).toEqual([]);
  });
});

describe('init on a hostile repository', () => {
  it('never echoes a credential, never lets a host or a path write YAML or a glob, and still maps every job', async () => {
    const lightning = (tidb: string) => `[tikv-importer]\nbackend = "tidb"\n[mydumper]\ndata-source-dir = "s3://b/d"\n[tidb]\n${tidb}\n`;
    const root = repo({
      'a/newline.toml': lightning('host = "evil\\n  injected: true\\nrules:\\n  log-backup-gap: off #"'),
      'b/dsn.toml': lightning('host = "root:hunter2@tcp(db.example:4000)/app"'),
      'c/pd.toml': lightning('pd-addr = "http://admin:s3cr3t-pd@pd-0.prod.internal:2379,pd-1.prod.internal:2379"'),
      'd/glob.toml': lightning('host = "tidb-*.prod[0]"'),
      'e/userinfo.toml': lightning('host = "importer:pa55w0rd@tidb.e.internal"'),
      'sql/[weird]{x,y}/import.sql': "IMPORT INTO a.b FROM 's3://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI@bucket/x.csv';\n",
      'sql/new\nline/import.sql': "IMPORT INTO a.c FROM 's3://bucket/y.csv';\n",
      'named/by-directive.sql': "-- tidb-import-guard: cluster=warehouse\nIMPORT INTO a.d FROM 's3://bucket/z.csv';\n",
      'named/bad-directive.sql': "-- tidb-import-guard: cluster=a$b\nIMPORT INTO a.e FROM 's3://bucket/z.csv';\n",
    });
    const r = await run(['init', '--output', 'draft.yml'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('; fix the cluster directive of named/bad-directive.sql (a cluster name is letters, digits, `_`, `.`, `-`)');
    const text = readFileSync(join(root, 'draft.yml'), 'utf8');
    for (const secret of ['hunter2', 's3cr3t-pd', 'pa55w0rd', 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/^\s*injected:/m);
    expect(text).not.toMatch(/^rules:/m);
    const clusters = clustersOf(text);
    expect(clusters['warehouse']).toEqual({ paths: ['named/by-directive.sql'], hosts: [] });
    expect(clusters['pd-0-prod-internal']!.hosts).toEqual(['pd-0.prod.internal']);
    expect(clusters['tidb-e-internal']!.hosts).toEqual(['tidb.e.internal']);
    // Hosts no glob could name safely get no match.hosts; their directory maps them.
    expect(
      Object.values(clusters)
        .flatMap((c) => c.hosts)
        .sort(),
    ).toEqual(['pd-0.prod.internal', 'tidb.e.internal']);
    expect(Object.values(clusters).flatMap((c) => c.paths)).toContain('sql/\\[weird\\]\\{x,y\\}/**');
    // Every job but the one whose directive no policy can satisfy is mapped.
    expect((await unmappedAfterInit(root)).map((m) => m.split(':')[0])).toEqual(['named/bad-directive.sql']);
  });
});
