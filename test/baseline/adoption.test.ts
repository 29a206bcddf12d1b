/**
 * Adopting the tool on an existing repository (issue 15 item 2, cli.md `--baseline`): on a copy of
 * examples/ with the example policy, `--update-baseline` records today's findings; the check then
 * passes, and a new unsafe import fails while the old ones stay recorded. SARIF says which is which
 * (`baselineState`), and the JSON report marks the old ones suppressed with kind `baseline`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const POLICY = readFileSync(new URL('../../policies/example.yml', import.meta.url), 'utf8');

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

const NEW_UNSAFE = `[tikv-importer]
backend = "local"

[mydumper]
data-source-dir = "s3://dumps/app/2026-12-01"
filter = ['app.orders']

[tidb]
host = "tidb.prod.internal"
`;

describe('adopting the tool with a baseline on the example repository', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tig-adopt-'));
    cpSync(EXAMPLES, root, { recursive: true });
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, '.github/tidb-import-guard.yml'), POLICY);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails before the baseline, records it, then passes', async () => {
    const before = await run(['check', '--format', 'json'], root);
    expect(before.code).toBe(1);
    const open = JSON.parse(before.stdout).findings.filter(
      (f: { suppressed: boolean; severity: string }) => !f.suppressed && f.severity === 'error',
    );
    expect(open.length).toBeGreaterThan(3);

    // A policy naming a baseline that does not exist yet stops the check (exit 2), never passes.
    writeFileSync(join(root, '.github/tidb-import-guard.yml'), `${POLICY}\nbaseline: .github/tidb-import-guard-baseline.json\n`);
    const missing = await run(['check'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot use the baseline .github/tidb-import-guard-baseline.json: it does not exist');

    const update = await run(['check', '--update-baseline', '--format', 'json'], root);
    expect(update.stderr).toMatch(/wrote \d+ baseline entries to \.github\/tidb-import-guard-baseline\.json/);
    const file = readFileSync(join(root, '.github/tidb-import-guard-baseline.json'), 'utf8');
    const baseline = JSON.parse(file);
    expect(baseline.version).toBe(1);
    // One entry a line, sorted, each with the fields reviewers read.
    const lines = file.split('\n').filter((l) => l.includes('"fingerprint"'));
    expect(lines).toHaveLength(baseline.entries.length);
    for (const e of baseline.entries) expect(Object.keys(e)).toEqual(['fingerprint', 'rule', 'file', 'message']);
    const keys = baseline.entries.map((e: { file: string; rule: string; fingerprint: string }) => `${e.file} ${e.rule} ${e.fingerprint}`);
    expect(keys).toEqual([...keys].sort());
    // Governance findings (the policy's own problems) are never baselined.
    expect(baseline.entries.some((e: { rule: string }) => e.rule === 'posture-drift' || e.rule === 'unused-suppression')).toBe(false);
    expect(update.code).toBe(
      JSON.parse(update.stdout).findings.some((f: { suppressed: boolean; severity: string }) => !f.suppressed && f.severity === 'error')
        ? 1
        : 0,
    );

    const after = await run(['check', '--format', 'json'], root);
    const report = JSON.parse(after.stdout);
    const stillOpen = report.findings.filter(
      (f: { suppressed: boolean; severity: string; rule: string }) => !f.suppressed && f.severity === 'error',
    );
    // Only what a baseline never holds may remain (the example's posture drift).
    expect(stillOpen.map((f: { rule: string }) => f.rule).filter((r: string) => r !== 'posture-drift')).toEqual([]);
    const baselined = report.findings.filter((f: { suppression?: { kind: string } }) => f.suppression?.kind === 'baseline');
    expect(baselined).toHaveLength(baseline.entries.length);
    expect(report.summary.suppressed).toBeGreaterThanOrEqual(baseline.entries.length);
    // Writing it again from the same repository gives the same bytes.
    await run(['check', '--update-baseline', '--format', 'json'], root);
    expect(readFileSync(join(root, '.github/tidb-import-guard-baseline.json'), 'utf8')).toBe(file);
  });

  it('a new unsafe import fails while the old ones do not; SARIF tells them apart', async () => {
    writeFileSync(join(root, 'deploy/prod/new-backfill.toml'), NEW_UNSAFE);
    try {
      const json = await run(['check', '--format', 'json'], root);
      expect(json.code).toBe(1);
      const open = JSON.parse(json.stdout).findings.filter(
        (f: { suppressed: boolean; severity: string; rule: string }) =>
          !f.suppressed && f.severity === 'error' && f.rule !== 'posture-drift',
      );
      expect(open.length).toBeGreaterThan(0);
      expect(new Set(open.map((f: { file: string }) => f.file))).toEqual(new Set(['deploy/prod/new-backfill.toml']));

      const sarif = JSON.parse((await run(['check', '--format', 'sarif'], root)).stdout);
      const results = sarif.runs[0].results as {
        baselineState?: string;
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        suppressions?: unknown[];
      }[];
      for (const r of results) {
        const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
        if (uri === 'deploy/prod/new-backfill.toml') expect(r.baselineState).toBe('new');
      }
      const unchanged = results.filter((r) => r.baselineState === 'unchanged');
      expect(unchanged.length).toBeGreaterThan(3);
      for (const r of unchanged) expect(r.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted' })]);
    } finally {
      rmSync(join(root, 'deploy/prod/new-backfill.toml'));
    }
  });

  it('an entry whose finding was fixed is an unused-suppression at the entry, and absent in SARIF', async () => {
    const path = join(root, 'deploy/prod/orders-physical.toml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace(/^backend = "local"$/m, 'backend = "tidb"'));
    try {
      const json = JSON.parse((await run(['check', '--format', 'json'], root)).stdout);
      const unused = json.findings.filter(
        (f: { rule: string; file: string }) => f.rule === 'unused-suppression' && f.file === '.github/tidb-import-guard-baseline.json',
      );
      expect(unused.length).toBeGreaterThan(0);
      const text = readFileSync(join(root, '.github/tidb-import-guard-baseline.json'), 'utf8').split('\n');
      for (const f of unused) {
        expect(f.severity).toBe('warning');
        expect(text[f.line - 1]).toContain('deploy/prod/orders-physical.toml');
        expect(f.message).toContain('deploy/prod/orders-physical.toml');
      }
      const sarif = JSON.parse((await run(['check', '--format', 'sarif'], root)).stdout);
      const absent = sarif.runs[0].results.filter((r: { baselineState?: string }) => r.baselineState === 'absent');
      expect(absent.length).toBe(unused.length);
      for (const r of absent) expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/prod/orders-physical.toml');
    } finally {
      writeFileSync(path, original);
    }
  });
});
