/**
 * `[[mydumper.files]] pattern` is a Go regular expression that the pull request writes, matched
 * against file names the pull request also writes. Go's regexp (RE2) matches in linear time; a
 * backtracking engine does not: `^(a+)+$|^(.*)\.csv$` against `aaaa…a!.csv` backtracks 2^n times in
 * the first branch before the second matches (the RE2 automaton that guards the match accepts it,
 * so it does not help). The run must end, and classify the file as Lightning does.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFiles, compileFileRules } from '../../src/model/jobs/file-routes.js';

const CLI = process.env['TIG_CLI'] ?? join(new URL('../../', import.meta.url).pathname, 'dist/cli.js');
const at = { start: 0, end: 0 };
const located = (value: string) => ({ value, span: at, keySpan: at });

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: true }
`;
const CONFIG = `[lightning]
check-requirements = false
[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "data"
[[mydumper.files]]
pattern = '^(a+)+$|^(.*)\\.csv$'
schema = "app"
table = "$2"
type = "csv"
`;
const HOSTILE = `${'a'.repeat(40)}!`;

describe('[[mydumper.files]] patterns match in linear time', () => {
  it('classifies with the submatches Go would give', () => {
    const rules = compileFileRules([
      { header: at, pattern: located('^(a+)+$|^(.*)\\.csv$'), schema: located('app'), table: located('$2'), type: located('csv') },
    ]);
    expect(rules.ok).toBe(true);
    if (!rules.ok) return;
    const { files } = classifyFiles('data', [`data/${HOSTILE}.csv`], rules.routes);
    expect(files).toEqual([{ path: `data/${HOSTILE}.csv`, type: 'csv', schema: 'app', table: HOSTILE }]);
  }, 120_000);

  it('a hostile pattern and file name cannot stall the CLI', () => {
    const root = mkdtempSync(join(tmpdir(), 'tig-attack-re-'));
    try {
      const files: Record<string, string> = {
        '.github/tidb-import-guard.yml': POLICY,
        'deploy/import.toml': CONFIG,
        [`deploy/data/${HOSTILE}.csv`]: '1\n',
      };
      mkdirSync(join(root, '.git'));
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      const r = spawnSync(process.execPath, ['--max-old-space-size=160', CLI, 'check', '--format', 'json'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        killSignal: 'SIGKILL',
      });
      expect(r.signal, 'killed: the run did not end').toBeNull();
      expect(r.status).toBe(1);
      const report = JSON.parse(r.stdout) as { findings: { ruleId?: string; rule?: string; message: string }[] };
      expect(report.findings.some((f) => (f.ruleId ?? f.rule) === 'log-backup-gap' && f.message.includes(`app.${HOSTILE}`))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
