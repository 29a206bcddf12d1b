/**
 * The JSON report's `help` (cli.md: "`message` is the one-sentence headline; the optional `help`
 * holds what to do"): present when a rule has a concrete fix, omitted (never null) otherwise, and
 * sanitized like the message.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { formatJson } from '../../src/report/json.js';
import { sanitizeFinding } from '../../src/lint/sanitize.js';
import { lint } from '../helpers/repo.js';

const base: Finding = {
  rule: 'log-backup-gap',
  severity: 'error',
  file: 'a.sql',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 7,
  message: 'headline',
  suppressed: false,
  fingerprint: '0'.repeat(24),
};

describe('help in the JSON report', () => {
  it('follows the message when present and is omitted when absent', () => {
    const withHelp = JSON.parse(
      formatJson({
        version: 1,
        tool: { name: 'tidb-import-guard', version: '1' },
        policy: 'p.yml',
        findings: [{ ...base, help: 'do this' }],
        summary: { files: 1, jobs: 1, errors: 1, warnings: 0, notices: 0, suppressed: 0 },
      }),
    );
    expect(Object.keys(withHelp.findings[0]).slice(7, 9)).toEqual(['message', 'help']);
    expect(withHelp.findings[0].help).toBe('do this');
    const without = JSON.parse(
      formatJson({
        version: 1,
        tool: { name: 'tidb-import-guard', version: '1' },
        policy: 'p.yml',
        findings: [base],
        summary: { files: 1, jobs: 1, errors: 1, warnings: 0, notices: 0, suppressed: 0 },
      }),
    );
    expect('help' in without.findings[0]).toBe(false);
  });

  it('is redacted and escaped like the message', () => {
    const f = sanitizeFinding({ ...base, help: 'run br --storage "s3://b/x?secret-access-key=AKIAVERYSECRETVALUE1"\n::error::x' });
    expect(f.help).not.toContain('AKIAVERYSECRETVALUE1');
    expect(f.help).not.toContain('\n');
  });

  it('carries the exact BACKUP statement for a log-backup gap', async () => {
    const { findings } = await lint({ 'migrations/prod/1.sql': "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n" });
    const gap = findings.find((f) => f.rule === 'log-backup-gap')!;
    expect(gap.help).toContain("BACKUP TABLE app.orders TO '<storage>';");
  });
});
