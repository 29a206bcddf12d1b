/**
 * Input shapes whose cost used to grow faster than the input, run through the bundled CLI as a
 * process under a stack or heap cap (no timing asserts: a cap turns a blow-up into a crash, and
 * the kill timeout is generous). Each case crashed or ran out of memory before.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/repo.js';

const CLI = join(new URL('../..', import.meta.url).pathname, 'dist/cli.js');

function runCli(root: string, nodeOptions: readonly string[], args: readonly string[] = []) {
  return spawnSync(process.execPath, [...nodeOptions, CLI, 'check', '--format', 'json', '--fail-on', 'never', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 256 * 1024 * 1024,
  });
}

const ONE_CLUSTER =
  'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["**"] }\n    log_backup: { enabled: true }\n';

describe('input shapes that must stay linear', () => {
  it('30,000 BACKUP statements after an import, on a small stack (their union was one spread call)', () => {
    const lines = ["IMPORT INTO app.t FROM 's3://x/t.csv' WITH DISABLE_PRECHECK;"];
    for (let i = 0; i < 30_000; i++) lines.push(`BACKUP TABLE app.u${i} TO 's3://b/';`);
    lines.push("BACKUP TABLE app.t TO 's3://b/';", '');
    const repo = tempRepo({ 'm/a.sql': lines.join('\n') }, ONE_CLUSTER);
    try {
      // 200 KB of stack: the old spread of 30,000 sets overflowed it (as 150,000 did the default).
      const r = runCli(repo.root, ['--stack-size=200']);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as { findings: { rule: string; severity: string }[] };
      expect(report.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['precheck-override notice']);
    } finally {
      repo.remove();
    }
  }, 300_000);

  it('a cluster with 800 changefeeds and 2,000 exemptions fits in 256 MB of heap (each exemption was compiled per changefeed)', () => {
    const lines = [ONE_CLUSTER.trimEnd(), '    changefeeds:'];
    for (let i = 0; i < 800; i++) lines.push(`      - { id: feed-${i}, rules: ["app.*"], downstream: { kind: kafka } }`);
    lines.push('    exemptions:');
    for (let i = 0; i < 2000; i++)
      lines.push(
        `      - { tables: ["scratch${i}.*", "app.tmp_${i}"], skip: [${i % 10 ? 'changefeeds' : `feed-${i % 800}`}], reason: scratch }`,
      );
    const repo = tempRepo({ 'm/a.sql': "IMPORT INTO app.t_1 FROM 's3://x/t.csv';\n" }, lines.join('\n') + '\n');
    try {
      const r = runCli(repo.root, ['--max-old-space-size=256']);
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as { summary: { jobs: number; errors: number } };
      // Without DISABLE_PRECHECK the precheck blocks the import on a guarded cluster: one finding.
      expect(report.summary.jobs).toBe(1);
    } finally {
      repo.remove();
    }
  }, 300_000);
});
