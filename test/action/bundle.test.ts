import { describe, expect, it } from 'vitest';
import { makePublishBundle, readPublishBundle } from '../../src/shells/action/bundle.js';
import type { CheckResult } from '../../src/lint/result.js';
import { finding } from './helpers.js';

const result: CheckResult = {
  report: {
    version: 1,
    tool: { name: 'tidb-import-guard', version: '1.0.0' },
    policy: '.github/tidb-import-guard.yml',
    findings: [
      finding({
        file: 'a.toml',
        line: 6,
        column: 1,
        endColumn: 18,
        fix: { title: 'Use logical import mode', replacement: 'backend = "tidb"' },
        cluster: 'prod',
      }),
      finding({ file: 'b.toml', line: 3, rule: 'plaintext-secret', fix: { title: 'x', replacement: 'y' } }),
      finding({ file: 'c.sql', line: 1, severity: 'warning', suppressed: true }),
    ],
    summary: { files: 3, jobs: 2, errors: 2, warnings: 0, notices: 0, suppressed: 1 },
  },
  clusters: [
    {
      cluster: 'prod',
      tidbVersion: '8.5.1',
      logBackup: { enabled: true, task: 'pitr' },
      changefeeds: [{ id: 'cf', downstream: 'kafka' }],
      jobs: 2,
      findings: { error: 2, warning: 0, notice: 0 },
    },
  ],
};
const sha = 'a'.repeat(40);

describe('publish bundle', () => {
  it('round-trips a result, keeping only the lines suggestions need and never a secret line', () => {
    const lines: Record<string, string> = { 'a.toml:6': 'backend = "local"', 'b.toml:3': 'password = "hunter2"' };
    const bundle = makePublishBundle(
      { number: 4, headSha: sha },
      'error',
      'the 3 files changed in #4',
      result,
      (file, line) => lines[`${file}:${line}`],
    );
    expect(bundle.lines).toEqual({ 'a.toml:6': 'backend = "local"' });
    const read = readPublishBundle(JSON.stringify(bundle));
    expect(typeof read).toBe('object');
    if (typeof read === 'string') return;
    expect(read.pullRequest).toEqual({ number: 4, headSha: sha });
    expect(read.result.report.findings).toEqual(result.report.findings.map(({ tables: _t, suppression: _s, ...rest }) => rest));
    expect(read.result.clusters).toEqual(result.clusters);
    expect(read.result.report.summary).toMatchObject({ errors: 2, warnings: 0, suppressed: 1 });
  });

  it('recomputes counts instead of trusting them', () => {
    const bundle = makePublishBundle({ number: 4, headSha: sha }, 'error', 's', result, () => undefined);
    const tampered = JSON.parse(JSON.stringify(bundle)) as { result: { report: { summary: { errors: number } } } };
    tampered.result.report.summary.errors = 0;
    const read = readPublishBundle(JSON.stringify(tampered));
    expect(typeof read !== 'string' && read.result.report.summary.errors).toBe(2);
  });

  it('rejects malformed bundles with a reason', () => {
    const good = makePublishBundle({ number: 4, headSha: sha }, 'error', 's', result, () => undefined);
    const variants: [unknown, RegExp][] = [
      ['not json', /not JSON/],
      [{ ...good, version: 2 }, /version/],
      [{ ...good, pullRequest: { number: 4, headSha: 'main' } }, /no pull request/],
      [{ ...good, failOn: 'critical' }, /failOn/],
      [{ ...good, result: { report: { ...good.result.report, findings: [{ rule: 'x', line: 0 }] }, clusters: [] } }, /malformed finding/],
      [{ ...good, result: { ...good.result, clusters: [{ cluster: 'x' }] } }, /malformed cluster/],
    ];
    for (const [value, reason] of variants) {
      const read = readPublishBundle(typeof value === 'string' ? value : JSON.stringify(value));
      expect(read).toMatch(reason);
    }
  });
});
