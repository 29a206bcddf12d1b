/**
 * SARIF (issue 14): `helpUri` on every rule, `security-severity` for plaintext-secret only,
 * `invocations` with success and the run's notifications, `fixes` where a replacement exists; the
 * result validates under the official multitool.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import type { Report } from '../../src/lint/result.js';
import { formatSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/lint/rules/registry.js';

const ROOT = new URL('../../', import.meta.url).pathname;

const fixable: Finding = {
  rule: 'precheck-blocks-import',
  severity: 'error',
  file: 'deploy/prod/a b.toml',
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 18,
  message: 'rejected at start',
  suppressed: false,
  fingerprint: 'fp1',
  fix: { title: 'Use logical import mode', replacement: 'backend = "tidb"' },
};

function report(findings: Finding[]): Report {
  return {
    version: 1,
    tool: { name: 'tidb-import-guard', version: '1.0.0' },
    policy: 'p.yml',
    findings,
    summary: { files: 1, jobs: 1, errors: findings.length, warnings: 0, notices: 0, suppressed: 0 },
  };
}

describe('SARIF', () => {
  it('links every rule to its doc page at this release and ranks only plaintext-secret as security', () => {
    const log = JSON.parse(formatSarif(report([]))) as Sarif.Log;
    const driver = log.runs[0]!.tool.driver;
    expect(driver.informationUri).toBe('https://github.com/tidb-import-guard/tidb-import-guard');
    expect(driver.rules).toHaveLength(RULES.length);
    for (const rule of driver.rules!) {
      expect(rule.helpUri).toBe(`https://github.com/tidb-import-guard/tidb-import-guard/blob/v1.0.0/docs/rules/${rule.id}.md`);
      expect(rule.help?.markdown).toContain(rule.helpUri);
      expect(rule.properties?.['security-severity'] !== undefined).toBe(rule.id === 'plaintext-secret');
    }
  });

  it('says whether the run succeeded, with its warnings and errors as notifications', () => {
    const ok = JSON.parse(formatSarif(report([]), { warnings: ['x.sql is not linted'] })) as Sarif.Log;
    expect(ok.runs[0]!.invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: 'x.sql is not linted' } }] },
    ]);
    const failed = JSON.parse(formatSarif(report([]), { fatal: 'cannot read the policy file p.yml\n::error::x' })) as Sarif.Log;
    expect(failed.runs[0]!.invocations![0]!.executionSuccessful).toBe(false);
    expect(failed.runs[0]!.invocations![0]!.toolExecutionNotifications![0]).toEqual({
      level: 'error',
      message: { text: 'cannot read the policy file p.yml\\n::error::x' },
    });
  });

  it('offers a fix where a replacement exists, never on a secret', () => {
    const secret: Finding = { ...fixable, rule: 'plaintext-secret', fingerprint: 'fp2', line: 4, endLine: 4 };
    const log = JSON.parse(formatSarif(report([fixable, secret]))) as Sarif.Log;
    const [withFix, onSecret] = log.runs[0]!.results!;
    expect(withFix!.fixes).toEqual([
      {
        description: { text: 'Use logical import mode' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'deploy/prod/a%20b.toml', uriBaseId: '%SRCROOT%' },
            replacements: [
              { deletedRegion: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 18 }, insertedContent: { text: 'backend = "tidb"' } },
            ],
          },
        ],
      },
    ]);
    expect(onSecret!.fixes).toBeUndefined();
  });

  it('validates under the multitool with fixes and a failed invocation', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tig-sarif-')), 'failed.sarif');
    writeFileSync(file, formatSarif(report([fixable]), { fatal: 'the policy is invalid', warnings: ['a warning'] }));
    const r = spawnSync(join(ROOT, 'node_modules/.bin/sarif-multitool'), ['validate', file], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    const output = r.stdout + r.stderr;
    expect(output).toContain('Analysis completed successfully');
    expect(output).not.toMatch(/: error [A-Z]+\d+:/);
  }, 120_000);
});
