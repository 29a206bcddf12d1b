/**
 * `--format gitlab` against GitLab's documented Code Quality report format (docs.gitlab.com,
 * ci/testing/code_quality, "Code Quality report format": a JSON array of issues, each with
 * `description`, `check_name`, `fingerprint`, `severity` one of info/minor/major/critical/blocker,
 * `location.path` and `location.lines.begin`), written here as a JSON Schema.
 */
import { spawnSync } from 'node:child_process';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { gitlabIssue } from '../../src/report/gitlab.js';

const ROOT = new URL('../../', import.meta.url).pathname;

const CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^/' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

describe('GitLab Code Quality', () => {
  it('the example repository report matches the documented format, one issue per unsuppressed finding, fingerprints unique', () => {
    const run = (format: string): string =>
      spawnSync(
        process.execPath,
        ['dist/cli.js', 'check', '--root', 'examples', '--policy', 'policies/example.yml', '--fail-on', 'never', '--format', format],
        { cwd: ROOT, encoding: 'utf8' },
      ).stdout;
    const issues = JSON.parse(run('gitlab')) as { fingerprint: string; severity: string; check_name: string }[];
    const validate = new Ajv({ allErrors: true }).compile(CODE_QUALITY);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    const report = JSON.parse(run('json')) as { findings: { suppressed: boolean }[] };
    expect(issues).toHaveLength(report.findings.filter((f) => !f.suppressed).length);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.some((i) => i.severity === 'major')).toBe(true);
  });

  it('maps severities, secrets rank critical, and escapes control characters', () => {
    const base = { file: 'a.sql', line: 3, column: 1, endLine: 3, endColumn: 2, suppressed: false, fingerprint: 'f' };
    expect(gitlabIssue({ ...base, rule: 'x', severity: 'warning', message: 'm' }).severity).toBe('minor');
    expect(gitlabIssue({ ...base, rule: 'x', severity: 'notice', message: 'm' }).severity).toBe('info');
    expect(gitlabIssue({ ...base, rule: 'plaintext-secret', severity: 'error', message: 'm' }).severity).toBe('critical');
    expect(gitlabIssue({ ...base, rule: 'x', severity: 'error', message: 'a\nb\u001b' }).description).toBe('a\\nb\\x1b');
  });
});
