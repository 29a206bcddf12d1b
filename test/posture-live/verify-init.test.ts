/**
 * `posture verify` (drift for scheduled runs) and `init` (a draft policy from a repository scan,
 * with or without posture snapshots) as a user runs them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/model/policy/load.js';
import { checkRepository } from '../../src/shells/check-repository.js';
import { runCli } from './helpers.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tig-posture-'));
  roots.push(root);
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const GOLDEN = readFileSync(new URL('../fixtures/posture/prod.json', import.meta.url), 'utf8').replaceAll(
  '127.0.0.1:PORT',
  'pd-0.prod.internal:2379',
);

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    posture: posture/prod.json
    match: { paths: ["deploy/prod/**"] }
    log_backup: { enabled: true, task: pitr_prod }
    changefeeds:
      - id: orders-to-dr
        rules: ["app.*", "!app.tmp_*"]
        downstream: { kind: mysql }
`;

describe('posture verify', () => {
  it('reports the drift between the policy and its snapshot, exit 1 at the default --fail-on warning', async () => {
    const root = repo({ '.github/tidb-import-guard.yml': POLICY, 'posture/prod.json': GOLDEN });
    const run = await runCli(['posture', 'verify'], root);
    expect(run.code).toBe(1);
    // The golden cluster runs 7 live changefeeds the policy does not declare (errors at the cluster,
    // one place in the policy: the text format shows them as one group there).
    expect(run.stdout.match(/error\[posture-drift\]: Cluster `prod` runs changefeed/g)).toHaveLength(7);
    expect(run.stdout).toContain('--> .github/tidb-import-guard.yml:3:3');
    expect(run.stdout).toMatch(/7 errors, 0 warnings, 0 notices/);
    expect(run.stdout).not.toContain('f-finished');
    expect(run.stderr).toContain('compared `prod` with .github/tidb-import-guard.yml: 7 drift finding(s)');
  });

  it('json output, and exit 0 when nothing reaches --fail-on', async () => {
    const stale = GOLDEN.replace('"taken_at": "2026-12-01T02:00:00Z"', '"taken_at": "2026-11-01T02:00:00Z"');
    const policy = POLICY.replace(
      '    changefeeds:\n      - id: orders-to-dr\n        rules: ["app.*", "!app.tmp_*"]\n        downstream: { kind: mysql }\n',
      '',
    );
    const root = repo({ '.github/tidb-import-guard.yml': policy, 'posture/prod.json': stale });
    const run = await runCli(['posture', 'verify', '--format', 'json', '--fail-on', 'error'], root);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { rule: string; severity: string; line: number; message: string }[] };
    expect(report.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([['posture-drift', 'warning', 5]]);
    expect(report.findings[0]!.message).toContain('30 days ago');
  });

  it('--snapshot binds a cluster that has no posture: key', async () => {
    const policy =
      'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["deploy/prod/**"] }\n    log_backup: { enabled: false }\n';
    const root = repo({ 'tidb-import-guard.yml': policy, 'snap.json': GOLDEN });
    const run = await runCli(['posture', 'verify', '--snapshot', 'snap.json', '--fail-on', 'never'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('runs log backup task `pitr_broken` (error)');
    const none = await runCli(['posture', 'verify'], root);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no cluster has a posture snapshot');
  });

  it('an invalid snapshot is exit 2 with an invalid-policy finding', async () => {
    const root = repo({ '.github/tidb-import-guard.yml': POLICY, 'posture/prod.json': '{}' });
    const run = await runCli(['posture', 'verify'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('.github/tidb-import-guard.yml:5:');
    expect(run.stdout).toContain('[invalid-policy]');
  });
});

describe('init', () => {
  it('writes a draft for the examples repository that validates and maps every job', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tig-init-'));
    roots.push(root);
    cpSync(new URL('../../examples', import.meta.url), root, { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    rmSync(join(root, 'posture'), { recursive: true, force: true });
    const run = await runCli(['init'], root);
    expect(run.stderr).toContain('wrote .github/tidb-import-guard.yml');
    expect(run.code).toBe(0);
    const text = readFileSync(join(root, '.github/tidb-import-guard.yml'), 'utf8');
    expect(
      text.startsWith(
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/tidb-import-guard/tidb-import-guard/v1/policies/policy.schema.json\n',
      ),
    ).toBe(true);
    expect(text).toContain('# guessed');
    for (const line of text.split('\n').filter((l) => /tidb_version|log_backup|changefeeds/.test(l))) expect(line).toContain('# guessed');
    expect(loadPolicy('.github/tidb-import-guard.yml', (p) => readFileSync(join(root, p), 'utf8')).ok).toBe(true);
    const outcome = await checkRepository({ root, cwd: root, today: '2026-11-24' });
    expect(outcome.fatal).toBeUndefined();
    expect(outcome.result.report.summary.jobs).toBeGreaterThan(3);
    expect(outcome.result.report.findings.filter((f) => f.rule === 'unmapped-target' || f.rule === 'invalid-policy')).toEqual([]);
    // It refuses to overwrite without --force.
    const again = await runCli(['init'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('pass --force');
    expect((await runCli(['init', '--force'], root)).code).toBe(0);
  });

  it('with --posture: the cluster, its log backup, changefeeds and version come from the snapshot, and check finds no drift', async () => {
    const snapshot = GOLDEN.replace('"taken_at": "2026-12-01T02:00:00Z"', '"taken_at": "2026-11-23T02:00:00Z"');
    const root = repo({
      'posture/prod.json': snapshot,
      'deploy/prod/orders.toml':
        '[tikv-importer]\nbackend = "tidb"\n\n[mydumper]\ndata-source-dir = "s3://dumps/orders"\nfilter = [\'app.orders\']\n\n[tidb]\nhost = "tidb.prod.internal"\nport = 4000\nuser = "importer"\n',
      'migrations/2026-11-01.sql': "IMPORT INTO app.customers FROM 's3://dumps/customers/*.csv' WITH DISABLE_PRECHECK;\n",
    });
    const run = await runCli(['init', '--posture', 'posture/prod.json', '--output', 'tidb-import-guard.yml'], root);
    expect(run.code).toBe(0);
    const text = readFileSync(join(root, 'tidb-import-guard.yml'), 'utf8');
    expect(text).toContain('  prod:\n    tidb_version: "8.5.1"\n    posture: "posture/prod.json"');
    expect(text).toContain('log_backup: { enabled: true, task: "pitr_prod" }');
    expect(text).toContain('ticdc: true');
    expect(text).toContain('- id: "orders-to-dr"\n        rules: ["app.*", "!app.tmp_*"]');
    expect(text).toContain('state: pending');
    expect(text).not.toContain('f-finished');
    const outcome = await checkRepository({ root, cwd: root, today: '2026-11-24' });
    expect(outcome.fatal).toBeUndefined();
    const findings = outcome.result.report.findings;
    expect(findings.filter((f) => f.rule === 'unmapped-target')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'posture-drift')).toEqual([]);
    expect(findings.some((f) => f.file === 'migrations/2026-11-01.sql')).toBe(true);
  });
});
