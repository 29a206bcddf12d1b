/**
 * The SARIF output validates under Microsoft's official SARIF multitool (npm
 * @microsoft/sarif-multitool, a devDependency), for the example repository's findings.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function validate(file: string): { output: string; status: number | null } {
  const tool = join(ROOT, 'node_modules/.bin/sarif-multitool');
  const r = spawnSync(tool, ['validate', file], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  return { output: r.stdout + r.stderr, status: r.status };
}

describe('SARIF under the official multitool', () => {
  it('validates the example repository report with no error', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tig-sarif-')), 'examples.sarif');
    const lint = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'check',
        '--root',
        'examples',
        '--policy',
        'policies/example.yml',
        '--format',
        'sarif',
        '--output',
        out,
        '--fail-on',
        'never',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(lint.status).toBe(0);
    const r = validate(out);
    expect(r.output).toContain('Analysis completed successfully');
    // The multitool exits 0 either way; its problems are lines like "file(1): error JSON1002: …".
    expect(r.output).not.toMatch(/: error [A-Z]+\d+:/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('validates a report against a baseline: baselineState new, unchanged and absent results', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tig-sarif-'));
    const baseline = join(dir, 'baseline.json');
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          'dist/cli.js',
          'check',
          '--root',
          'examples',
          '--policy',
          'policies/example.yml',
          '--baseline',
          baseline,
          '--fail-on',
          'never',
          ...args,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
    expect(run('--update-baseline').status).toBe(0);
    // One recorded finding disappears (its entry becomes absent), one new one appears.
    const entries = JSON.parse(readFileSync(baseline, 'utf8'));
    entries.entries[0].fingerprint = '0'.repeat(24);
    writeFileSync(baseline, JSON.stringify(entries));
    const out = join(dir, 'baselined.sarif');
    expect(run('--format', 'sarif', '--output', out).status).toBe(0);
    const states = (JSON.parse(readFileSync(out, 'utf8')).runs[0].results as { baselineState?: string }[]).map((r) => r.baselineState);
    expect(new Set(states)).toEqual(new Set(['new', 'unchanged', 'absent']));
    const r = validate(out);
    expect(r.output).toContain('Analysis completed successfully');
    expect(r.output).not.toMatch(/: error [A-Z]+\d+:/);
  }, 120_000);

  it('reports an invalid file (the check can fail)', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'tig-sarif-')), 'bad.sarif');
    writeFileSync(bad, '{"version":"2.1.0"}');
    expect(validate(bad).output).toMatch(/: error JSON\d+: root: The required property 'runs' is missing/);
  }, 120_000);
});
